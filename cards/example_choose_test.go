package cards

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// scoreEveryKey is ScoreExample as first written: every key of every
// sentence, each word's ID built and remembered in a map. ChooseExample and
// ScoreExample must agree with it.
func scoreEveryKey(w *Word, s *Sentence, familiar func(id string) bool) ExampleScore {
	id := w.ID()
	sc := ExampleScore{Length: utf8.RuneCountInString(s.ZH)}
	seen := map[string]bool{}
	for _, p := range s.Parts {
		pid := p.ID()
		if pid == "" || seen[pid] {
			continue
		}
		seen[pid] = true
		if pid == id {
			sc.HasWord = true
			sc.SameSense = w.Gloss == "" || p.Gloss == "" || p.Gloss == w.Gloss
			continue
		}
		if (familiar != nil && familiar(pid)) || Easier(p.Word, w.Word) {
			continue
		}
		sc.Unfamiliar++
	}
	sc.Confirms = Mentions(s.EN, w.Gloss)
	sc.Context = sc.Length >= utf8.RuneCountInString(w.Word)+4
	others := 0
	for _, r := range s.ZH {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			others++
		}
	}
	others -= utf8.RuneCountInString(w.Word)
	sc.Comfortable = others >= 2 && sc.Length <= ComfortableLength
	return sc
}

func chooseEveryKey(w *Word, ss []*Sentence, familiar func(id string) bool) int {
	best, bestScore := 0, ExampleScore{}
	for i, s := range ss {
		sc := scoreEveryKey(w, s, familiar)
		if i == 0 || compareExamples(sc, bestScore) < 0 {
			best, bestScore = i, sc
		}
	}
	return best
}

// TestChooseExampleAsEveryKey checks the shortcuts of ChooseExample (keys
// computed only while they can decide) against scoring every key, on random
// sentences of a few words: words of every HSK level and none, repeated
// words, the word in two senses, headwords with spaces whose IDs collide.
func TestChooseExampleAsEveryKey(t *testing.T) {
	pool := []Part{
		bank, we, go_, stop, lixi, jiang, bankRo,
		part("银行", "银行", "yin2 hang2", ""),
		part("经济", "经济", "jing1 ji4", "economy"),
		part("非常", "非常", "fei1 chang2", "very"),
		part("的", "的", "de5", "of"),
		part("龃龉", "龃龉", "ju3 yu3", "disagreement"),
		part("刘德华", "刘德华", "liu2 de2 hua2", "Andy Lau"),
		part("a b", "a b", "c", "ab"),
		part("a", "a", "b c", "a"), // ID "a b c", as the one before
		part("x", "", "", ""),
		part("，", "", "", ""),
	}
	english := []string{"", "The bank is closed.", "We go.", "Interest rates are lowered at banks.",
		"the economy", "A row of trees.", "Very good!", "c", "AB and a"}
	words := []*Word{
		{Word: "银行", Reading: "yin2 hang2", Gloss: "bank"},
		{Word: "银行", Reading: "yin2 hang2", Gloss: ""},
		{Word: "经济", Reading: "jing1 ji4", Gloss: "economy (of a country)"},
		{Word: "龃龉", Reading: "ju3 yu3", Gloss: "disagreement; discord"},
		{Word: "的", Reading: "de5", Gloss: "of"},
		{Word: "a b", Reading: "c", Gloss: "ab"},
		{Word: "a", Reading: "b c", Gloss: "a"},
	}
	r := rand.New(rand.NewPCG(1, 2))
	random := func() *Sentence {
		ps := make([]Part, r.IntN(7))
		var zh strings.Builder
		for i := range ps {
			ps[i] = pool[r.IntN(len(pool))]
			zh.WriteString(ps[i].Text)
		}
		if r.IntN(4) == 0 { // a long sentence
			zh.WriteString(strings.Repeat("我们去银行，", 6))
		}
		return sentence(zh.String(), english[r.IntN(len(english))], ps...)
	}
	differ := 0
	for n := 0; n < 20000; n++ {
		w := words[r.IntN(len(words))]
		ss := make([]*Sentence, r.IntN(8))
		for i := range ss {
			ss[i] = random()
		}
		var familiar func(string) bool
		if r.IntN(2) == 0 {
			known := map[string]bool{}
			for range 3 {
				known[pool[r.IntN(len(pool))].ID()] = true
			}
			familiar = func(id string) bool { return known[id] }
		}
		got, want := ChooseExample(w, ss, familiar), chooseEveryKey(w, ss, familiar)
		if got != want {
			t.Fatalf("%s among %d sentences: chose %d, scoring every key chooses %d", w.ID(), len(ss), got, want)
		}
		c := NewChooser(w, familiar) // from each sentence's facts
		f := NewFacts(familiar)
		for _, s := range ss {
			f.Set(s)
			c.AddFacts(f)
		}
		if got := c.Best(); got != want {
			t.Fatalf("%s among %d sentences: from their facts chose %d, scoring every key chooses %d", w.ID(), len(ss), got, want)
		}
		if want != 0 {
			differ++
		}
		for _, s := range ss {
			if got, want := ScoreExample(w, s, familiar), scoreEveryKey(w, s, familiar); got != want {
				t.Fatalf("%s in %q %v: score %+v, want %+v", w.ID(), s.ZH, s.Parts, got, want)
			}
		}
	}
	if differ < 1000 { // the cases must not all choose the first sentence
		t.Fatalf("only %d of the cases choose another sentence than the first", differ)
	}
}

func BenchmarkChooseExample(b *testing.B) {
	w := &Word{Word: "银行", Reading: "yin2 hang2", Gloss: "bank"}
	ss := []*Sentence{
		sentence("银行利息降低。", "The bank lowered interest.", bank, lixi, jiang, stop),
		sentence("我们今天都去银行。", "We all go to the bank.", we, part("都", "", "", ""), go_, bank, stop),
		sentence("我们去银行。", "Let's go.", we, go_, bank, stop),
		sentence("银行。", "A row.", bankRo, stop),
	}
	for len(ss) < 24 {
		ss = append(ss, ss[len(ss)%4])
	}
	familiar := func(id string) bool { return id == we.ID() }
	for b.Loop() {
		ChooseExample(w, ss, familiar)
	}
}

// BenchmarkChooseFacts is BenchmarkChooseExample with each sentence's
// facts worked out beforehand, as an export does once for all the words
// a sentence is an example of.
func BenchmarkChooseFacts(b *testing.B) {
	w := &Word{Word: "银行", Reading: "yin2 hang2", Gloss: "bank"}
	ss := []*Sentence{
		sentence("银行利息降低。", "The bank lowered interest.", bank, lixi, jiang, stop),
		sentence("我们今天都去银行。", "We all go to the bank.", we, part("都", "", "", ""), go_, bank, stop),
		sentence("我们去银行。", "Let's go.", we, go_, bank, stop),
		sentence("银行。", "A row.", bankRo, stop),
	}
	familiar := func(id string) bool { return id == we.ID() }
	fs := make([]*Facts, 24)
	for i := range fs {
		fs[i] = NewFacts(familiar)
		fs[i].Set(ss[i%4])
	}
	for b.Loop() {
		c := NewChooser(w, familiar)
		for _, f := range fs {
			c.AddFacts(f)
		}
	}
}
