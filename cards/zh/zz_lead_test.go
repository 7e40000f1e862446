package zh

import (
	"flag"
	"testing"
	"cika/cards/wordnet"
)

var dbgZH = flag.String("zh", "", "")
var dbgEN = flag.String("en", "", "")
var dbgW = flag.String("w", "", "")

func TestLeadDebug(t *testing.T) {
	if *dbgW == "" {
		t.Skip()
	}
	a, _ := Load()
	for _, tk := range a.Analyze(*dbgZH, *dbgEN) {
		if tk.Text == *dbgW {
			t.Logf("TOKEN %s %s %q %d %s", tk.Text, tk.Reading, tk.Gloss, tk.Sense, tk.Entry)
		}
	}
	en := newEnglish(*dbgEN)
	en.relGroups()
	t.Logf("english groups: %d", len(en.groups))
	for _, e := range a.dict.Lookup(*dbgW) {
		in := a.info(e)
		i := 0
		for _, m := range [2]*senseMatcher{in.m1, in.m2} {
			if m == nil {
				break
			}
			n := int(m.nSenses)
			rt := relOf(m, in.senses[i:i+n])
			for j := range n {
				t.Logf("%s %d %q exact=%.2f rel=%.2f marked=%v", e.Pinyin, i+j, in.senses[i+j], en.senseScore(m, j), en.relScore(m, rt, j, 0), in.marks[i+j].marked)
			}
			i += n
		}
	}
	_ = wordnet.Same
}

func TestLeadScore(t *testing.T) {
	if *dbgW == "" {
		t.Skip()
	}
	a, _ := Load()
	sc := scratchPool.Get().(*scratch)
	_ = sc
	toks := a.Analyze(*dbgZH, *dbgEN)
	for _, tk := range toks {
		t.Logf("%s/%s", tk.Text, tk.Reading)
	}
}
