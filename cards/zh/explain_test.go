package zh

import (
	"flag"
	"testing"

	"cika/cards/dict"

	"cika/cards/wordnet"
)

// TestExplain shows why a word gets its sense in a pair: the token the
// analyzer gives and, for every entry of the word, each sense's evidence
// from the English by its words (exact) and by related words (related).
// It runs only when asked:
//
//	go test ./cards/zh -run TestExplain -v -explain.word 角度 \
//	    -explain.zh '从某种角度看确实合理' -explain.en 'from a certain standpoint it makes sense'
var (
	explainWord = flag.String("explain.word", "", "TestExplain: the word to explain")
	explainZH   = flag.String("explain.zh", "", "TestExplain: the Chinese side")
	explainEN   = flag.String("explain.en", "", "TestExplain: the English side")
)

func TestExplain(t *testing.T) {
	if *explainWord == "" {
		t.Skip("no -explain.word")
	}
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	traceScore = func(text string, e *dict.Entry, s float64) {
		if text == *explainWord {
			t.Logf("score %s %s %.2f", text, e.Pinyin, s)
		}
	}
	defer func() { traceScore = nil }()
	found := false
	for _, tk := range a.Analyze(*explainZH, *explainEN) {
		if tk.Text == *explainWord {
			found = true
			t.Logf("token %s %s gloss %q sense %d evidence %v entry %s", tk.Text, tk.Reading, tk.Gloss, tk.Sense, tk.Evidence, tk.Entry)
		}
	}
	if !found {
		t.Errorf("%s is not a token of %s", *explainWord, *explainZH)
	}
	en := newEnglish(*explainEN)
	t.Logf("English: %d meaning groups", len(en.relGroups()))
	for _, e := range a.dict.Lookup(*explainWord) {
		in := a.info(e)
		i := 0
		for _, m := range [2]*senseMatcher{in.m1, in.m2} {
			if m == nil {
				break
			}
			n := int(m.nSenses)
			rt := relOf(m, in.senses[i:i+n])
			for j := range n {
				t.Logf("%s %d %q exact %.2f related %.2f form %.2f marked %v", e.Pinyin, i+j, in.senses[i+j],
					en.senseScore(m, j), en.relScore(m, rt, j, wordnet.Related), in.formEvidence(en, i+j), in.marks[i+j].marked)
			}
			i += n
		}
	}
}
