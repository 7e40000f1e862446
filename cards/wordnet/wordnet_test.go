package wordnet

import (
	"slices"
	"testing"
)

func TestLemmas(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want []string
	}{
		{"went", []string{"go"}},
		{"framing", []string{"framing", "frame"}},
		{"data", []string{"data", "datum"}},
		{"children", []string{"child"}},
		{"better", []string{"better", "good", "well"}},
		{"regulations", []string{"regulation"}},
		{"glasses", []string{"glasses", "glass"}},
		{"points of view", []string{"point of view"}},
		{"rail lines", []string{"rail line"}},
		{"went out", []string{"go out"}},
		{"cat", []string{"cat"}},
		{"us", []string{"us"}},         // not "u": morphy leaves short nouns alone
		{"glass", []string{"glass"}},   // nor nouns in -ss
		{"gas", []string{"gas"}},       // not GA (Georgia): the exception list says so
		{"his", []string{"his"}},       // a function word, which WordNet lacks
		{"was", []string{"was", "be"}}, // function words keep their exceptions
		{"xqzzy", nil},
		{"", nil},
	} {
		if got := Lemmas(nil, tc.w); !slices.Equal(got, tc.want) {
			t.Errorf("Lemmas(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// relations is what cika needs of the table: the relations it should see,
// and those it must not (a false relation picks a wrong sense). The
// relations the wish list of issue 12 hoped for that WordNet 3.0 does not
// give are in notGiven.
var relations = []struct {
	a, b string
	want Kind
}{
	{"went", "go", Same},
	{"children", "child", Same},
	{"better", "good", Same},
	{"framing", "frame", Same},
	{"regulations", "regulation", Same},
	{"data", "datum", Same},
	{"regulate", "regulation", Derived},
	{"regulates", "regulations", Derived},
	{"safety", "safe", Derived}, // not linked by WordNet: found by suffix and gloss
	{"happiness", "happy", Derived},
	{"quickly", "quick", Derived},
	{"standpoint", "viewpoint", Synonym},
	{"standpoint", "point of view", Synonym},
	{"amount", "quantity", Synonym},
	{"accounting", "accountancy", Synonym},
	{"car", "automobile", Synonym},
	{"big", "large", Synonym},
	{"dog", "canid", Related},
	{"dog", "domestic animal", Related},
	{"teacher", "educator", Related},
	{"say", "state", Synonym},
	{"buy", "purchase", Synonym},
	{"begin", "start", Synonym},
	{"huge", "large", Related},
	{"internet", "computer network", Related},
	{"net", "internet", Synonym},
	// A verb sense of a word mostly tagged as a noun, a noun sense of one
	// whose other nouns are tagged more.
	{"cope", "deal", Synonym},
	{"basis", "base", Derived}, // a synonym of base the noun, derived of the verb (supplement.txt)
	// Adverbs the gloss of their first sense defines by others.
	{"fully", "entirely", Synonym},
	{"usually", "generally", Synonym},
	// supplement.txt: relations of English WordNet does not make.
	{"succeeded", "success", Derived},
	{"strength", "strong", Derived},
	{"lengths", "long", Derived},
	{"relies", "depend", Synonym},
	{"made sure", "ensure", Synonym},
	{"web", "internet", Synonym},
	{"memorized", "learn by heart", Synonym},
	{"learned by heart", "memorize", Synonym},
	{"definitely", "certainly", Synonym},
	{"actually", "in fact", Synonym},
	{"deaths", "dead", Derived},

	{"cat", "dog", 0},        // co-hyponyms
	{"good", "bad", 0},       // antonyms
	{"bank", "river", 0},     // only by topic
	{"in", "inch", 0},        // function word
	{"us", "america", 0},     // function word
	{"can", "container", 0},  // function word
	{"dog", "animal", 0},     // two steps
	{"teacher", "person", 0}, // too general a hypernym
	{"casualty", "casual", 0},
	{"wrong", "correctness", 0}, // attributes name both ends of a scale
	{"give", "springiness", 0},  // a rare sense of give
	{"bar", "room", 0},          // room has too many hyponyms
	{"party", "par", 0},
	{"bar", "pub", 0}, // see notGiven
	{"man", "woman", 0},
	{"hot", "cold", 0},
	{"king", "queen", 0},
	{"next", "future", 0},   // an adjective sense of a noun's word: see markCommon
	{"really", "simply", 0}, // simply's third sense: see adverbsByGloss
	{"red", "blue", 0},
	{"strength", "weak", 0}, // the supplement names one end of a scale
	{"success", "fail", 0},
	{"xqzzy", "xqzzy", 0},
}

// notGiven are relations issue 12 wished for that WordNet 3.0 does not
// make among the words' common senses (web~internet, which it does not
// make either, is in supplement.txt): bar is not a standard in WordNet; a bar (barroom) and a pub (public
// house) are different synsets, whose only link is the word "saloon" they
// both hold (bar~saloon and pub~saloon are synonyms): relations do not
// chain through a shared word, so bar~pub is not one.
var notGiven = [][2]string{{"bar", "standard"}, {"bar", "pub"}}

func TestRelate(t *testing.T) {
	for _, tc := range relations {
		if got := Relate(tc.a, tc.b); got != tc.want {
			t.Errorf("Relate(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := Relate(tc.b, tc.a); got != tc.want {
			t.Errorf("Relate(%q, %q) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
	for _, p := range notGiven {
		if got := Relate(p[0], p[1]); got != 0 {
			t.Errorf("Relate(%q, %q) = %v: the table now relates them; if WordNet does, move the pair to relations", p[0], p[1], got)
		}
	}
}

func TestGroups(t *testing.T) {
	if got := Groups(nil, "xqzzy"); got != nil {
		t.Errorf("Groups(unknown) = %v, want nil", got)
	}
	dst := []Group{42}
	got := Groups(dst, "standpoint")
	if got[0] != 42 || len(got) < 3 {
		t.Fatalf("Groups appended %v to [42]", got)
	}
	if !slices.IsSorted(got[1:]) || len(slices.Compact(slices.Clone(got[1:]))) != len(got)-1 {
		t.Errorf("Groups(standpoint) = %v, not sorted and distinct", got[1:])
	}
	var kinds [Related + 1]int
	for _, g := range got[1:] {
		kinds[g.Kind()]++
	}
	if kinds[Same] != 1 || kinds[Synonym] == 0 {
		t.Errorf("Groups(standpoint) kinds %v, want one Same and a Synonym", kinds)
	}
	// A function word has only itself.
	if got := Groups(nil, "in"); len(got) != 1 || got[0].Kind() != Same {
		t.Errorf("Groups(in) = %v, want its Same group alone", got)
	}
}

func TestGroupsAllocs(t *testing.T) {
	dst := make([]Group, 0, 512)
	Groups(dst, "regulations") // load
	if n := testing.AllocsPerRun(100, func() {
		Groups(dst[:0], "regulations")
		Groups(dst[:0], "points of view")
		Lemmas(make([]string, 0, 8)[:0], "went")
	}); n != 0 {
		t.Errorf("Groups: %v allocations, want 0", n)
	}
}

// TestParseMalformed: a damaged table is an error, never a panic.
func TestParseMalformed(t *testing.T) {
	raw := table()
	if _, err := parseRaw(raw); err != nil {
		t.Fatalf("the embedded table: %v", err)
	}
	bad := map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("cika-wordnet\x09"), raw[len(magic):]...),
		"truncated": raw[:len(raw)-3],
		"trailing":  append(slices.Clip(raw), 0),
	}
	for name, b := range bad {
		if _, err := parseRaw(b); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	// A byte flipped here and there, in the header, the offsets, the
	// strings and the records: an error or a table, never a panic.
	for _, at := range []int{len(magic), len(magic) + 5, len(magic) + 20, len(magic) + 400, len(raw) / 3, len(raw) / 2, len(raw) - 10} {
		b := slices.Clone(raw)
		b[at] ^= 0xff
		if tb, err := parseRaw(b); err == nil {
			var cs cands
			tb.lemmas(&cs, "regulations")
		}
	}
	if _, err := parseRaw([]byte("not a table of cika's")); err == nil {
		t.Error("parseRaw(not a table): no error")
	}
}

// FuzzParse: whatever the bytes, parseRaw returns an error or a table
// whose lookups do not panic.
func FuzzParse(f *testing.F) {
	raw := table()
	f.Add(raw[:len(magic)+16])
	f.Add([]byte(magic + "\x01\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tb, err := parseRaw(b)
		if err != nil {
			return
		}
		for i := range tb.words.len() {
			var cs cands
			tb.lemmas(&cs, tb.lemma(i)+"s")
			for _, c := range cs.c[:cs.n] {
				tb.appendGroups(nil, int(c.lemma), c.pos)
			}
		}
	})
}

func TestPartsOfSpeech(t *testing.T) {
	for _, c := range []struct {
		w    string
		want POS
	}{
		{"certainly", Adv},
		{"too", Adv},
		{"of course", Adv},
		{"entirely", Adv},
		{"life", Noun},
		{"went", 0},
		{"xyzzy", 0},
	} {
		if got := PartsOfSpeech(c.w); got != c.want {
			t.Errorf("%s: %b, want %b", c.w, got, c.want)
		}
	}
	if p := PartsOfSpeech("first"); p&Adv == 0 || p&Adj == 0 {
		t.Errorf("first: %b, want adjective and adverb", p)
	}
}

// PartsOfSpeech's kept answers are the table's, whatever word held the
// slot before: every lemma of a slice of the table, asked three times,
// and words that share a slot asked in turn.
func TestPartsOfSpeechKept(t *testing.T) {
	l := get()
	search := func(w string) POS {
		if i := l.find(w); i >= 0 {
			return POS(l.posMask(i))
		}
		return 0
	}
	var words []string
	for i := 0; i < l.words.len(); i += 37 {
		w := l.words.str(i)
		words = append(words, w, w+"s", w+"ed")
	}
	for range 3 {
		for _, w := range words {
			if got, want := PartsOfSpeech(w), search(w); got != want {
				t.Fatalf("%q: %b, want %b", w, got, want)
			}
		}
	}
	bySlot := map[uint32][]string{}
	for _, w := range words {
		k := posHash(w) % uint32(len(posSlots))
		bySlot[k] = append(bySlot[k], w)
	}
	shared := 0
	for _, ws := range bySlot {
		if len(ws) < 2 || search(ws[0]) == search(ws[1]) {
			continue
		}
		shared++
		for range 2 {
			for _, w := range ws[:2] {
				if got, want := PartsOfSpeech(w), search(w); got != want {
					t.Fatalf("%q after %q: %b, want %b", w, ws, got, want)
				}
			}
		}
	}
	if shared == 0 {
		t.Fatal("no two words of different parts of speech share a slot")
	}
}
