package zh

import "testing"

// TestFamilySense checks the family vote on characters whose first noun
// sense is the rare one (钱 "coin", 电 "lightning", 店 "inn", counting each
// gloss of a sense: "shop; store") and on one whose two
// nouns are both common (菜 "vegetable", "dish"), which keeps the first;
// and that a token the English says nothing of gets the family's noun.
func TestFamilySense(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct {
		char, want string // want: "" when the first sense stays
	}{
		{"钱", "money"},
		{"电", "electricity"},
		{"店", "(bound form) shop; store"}, // 26 words say "shop" or "store", 9 "inn"
		{"班", "team; class; grade"},
		{"菜", ""},
		{"花", ""},
		// Words: the longer words that hold them.
		{"机构", "agency"},  // 6 words say "agency", 1 "mechanism"
		{"问题", "problem"}, // 10 "problem", 3 "question"
		{"门槛", ""},        // 2 words only
		{"菜单", ""},        // its first sense is its one noun
		{"方面", "aspect"},  // 3 words say "aspect", none "respect"
		{"方案", ""},        // 2 "program", none "plan": too few
	} {
		var in *entryInfo
		for _, e := range a.dict.Lookup(c.char) {
			if x := a.info(e); x.firstPlain >= 0 && (in == nil || len(x.senses) > len(in.senses)) {
				in = x
			}
		}
		if in == nil {
			t.Fatalf("%s: no entry", c.char)
		}
		first := int(in.firstPlain)
		got := a.familySense(in, first)
		switch {
		case c.want == "" && got != first:
			t.Errorf("%s: family chose %q over the first sense %q", c.char, in.senses[got], in.senses[first])
		case c.want != "" && in.senses[got] != c.want:
			t.Errorf("%s: family chose %q, want %q", c.char, in.senses[got], c.want)
		}
	}
	for _, c := range []struct{ zh, word, gloss string }{
		{"我没有钱。", "钱", "money"},
		{"家里没有电。", "电", "electricity"},
		{"时间过得真快。", "真", "really"},        // an adverb first: no vote
		{"很多机构都参与了这个项目。", "机构", "agency"}, // (研究机构 "research organization" is a headword, the unit)
		{"这次出了点问题。", "问题", "problem"},
		{"我们在这方面还有很多工作要做。", "方面", "aspect"},
	} {
		if gloss, ok := tokenGloss(t, a, c.zh, "", c.word); ok && gloss != c.gloss {
			t.Errorf("%s in %s: gloss %q, want %q", c.word, c.zh, gloss, c.gloss)
		}
	}
}

// BenchmarkFamilyIndex measures building the character → words index, the
// one-time cost of the first family vote of a process.
func BenchmarkFamilyIndex(b *testing.B) {
	a := analyzer(b)
	b.ReportAllocs()
	for b.Loop() {
		f := new(familyIndex)
		if len(f.of(a.dict, '钱')) == 0 {
			b.Fatal("no words with 钱")
		}
	}
}
