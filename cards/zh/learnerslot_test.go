package zh

import (
	"strings"
	"testing"
)

// TestUsualVerbs checks learner.txt's "verb: " lines: each key starts
// exactly one plain verb sense of the word's entries of one reading, and
// that sense is not the entry's first verb already (a line that names it
// would change nothing).
func TestUsualVerbs(t *testing.T) {
	a := analyzer(t)
	if len(learnerVerbSenses) == 0 {
		t.Fatal("learner.txt has no verb: lines")
	}
	for word, key := range learnerVerbSenses {
		named := map[string]bool{} // the readings whose entry has the sense
		for _, e := range a.dict.Lookup(word) {
			in := a.info(e)
			if i := senseKeyIndex(in.senses, key); e.Simp == word && i >= 0 {
				named[e.Pinyin] = true
				checkUsualVerb(t, in, key, i)
			}
		}
		if len(named) != 1 {
			t.Errorf("%s %q starts a sense of entries of %d readings, want 1", word, key, len(named))
		}
	}
}

// checkUsualVerb fails where sense i of in, which key starts, is not
// in's usualVerb, is its first verb already, or where key starts another
// sense too (a key that is a whole sense names that one).
func checkUsualVerb(t *testing.T, in *entryInfo, key string, i int) {
	t.Helper()
	word := in.e.Simp
	switch {
	case int(in.usualVerb) != i:
		t.Errorf("%s %q: sense %d %q is no plain verb sense (usualVerb %d)", word, key, i, in.senses[i], in.usualVerb)
	case i == in.firstVerbSense():
		t.Errorf("%s %q: already the first verb sense", word, key)
	}
	if in.senses[i] == key {
		return
	}
	for j, s := range in.senses {
		if j != i && startsSense(s, key) {
			t.Errorf("%s %q starts senses %d and %d", word, key, i, j)
		}
	}
}

// TestParseLearnerVerbLine checks that a "verb: " line goes to the verbs
// for a verb slot and a "classifier: " line to the measure words', beside
// the word's usual sense, and that the same slot twice is a defect.
func TestParseLearnerVerbLine(t *testing.T) {
	usual, verb, classifier := parseLearner("包\tbag\n包\tverb: to wrap\n回\tclassifier: classifier for occurrences\n")
	if usual["包"] != "bag" || verb["包"] != "to wrap" || classifier["回"] != "classifier for occurrences" {
		t.Errorf("parseLearner: usual %q, verb %q, classifier %q; want bag, to wrap, classifier for occurrences", usual["包"], verb["包"], classifier["回"])
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "twice") {
			t.Errorf("a verb line twice: recovered %v, want a panic", r)
		}
	}()
	parseLearner("包\tverb: to wrap\n包\tverb: to cover\n")
}

// TestUsualVerbInContext checks the verb a verb slot gives where the
// English says nothing: learner.txt's "verb: " line, not the dictionary's
// first verb (in the comment), while a noun slot keeps the usual sense.
func TestUsualVerbInContext(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"她自己包的饺子。", "包", "to wrap"},             // "to cover" (relativeVerbSense)
		{"外婆教过我包馄饨。", "包", "to wrap"},            // "to cover" (before its object)
		{"我不信。", "信", "to believe"},              // "to trust" (after a negation)
		{"他望着窗外。", "望", "to gaze"},               // "to hope" (before 着)
		{"这篇课文我背下来了。", "背", "to learn by heart"}, // "to turn one's back" (before a complement)
		{"我们要回报社会。", "回报", "to reciprocate"},     // "to report back" (after a modal)
		{"这次旅行我收获了很多。", "收获", "to gain"},         // "to harvest" (before 了)
		{"我粉了这个博主。", "粉", "to be a fan of"},      // "to turn to powder"
		{"你去把碗刷了。", "刷", "to brush; to scrub"},   // "to paint; to daub"
		{"我们想贷款买房。", "贷款", "to raise a loan"},    // "to provide a loan"
		{"他做这些不图回报。", "图", "to seek"},            // "to plan"
		// A verb slot keeps a usual sense that is a verb's, CC-CEDICT's
		// "be to …" too (isVerbSense): not the first verb, "(of a
		// guard, sentry etc) to come off duty".
		{"他爸前几年下岗了。", "下岗", "(of a worker) be to laid off"},
		// A noun slot keeps the usual sense or the first.
		{"我的包在哪儿?", "包", "bag"},
		{"我给妈妈寄了一封信。", "信", "letter"},
	})
}

// TestUsualClassifiers checks learner.txt's "classifier: " lines: each key
// starts a classifier sense of the word that is not its first already.
func TestUsualClassifiers(t *testing.T) {
	a := analyzer(t)
	if len(learnerClassifierSenses) == 0 {
		t.Fatal("learner.txt has no classifier: lines")
	}
	for word, key := range learnerClassifierSenses {
		found := false
		for _, e := range a.dict.Lookup(word) {
			in := a.info(e)
			i := senseKeyIndex(in.senses, key)
			if e.Simp != word || i < 0 {
				continue
			}
			found = true
			first := in.classifierSense() // the dictionary's first
			if int(in.usualClassifier) != i || i == first {
				t.Errorf("%s %q: sense %d %q (usualClassifier %d, first classifier %d)", word, key, i, in.senses[i], in.usualClassifier, first)
			}
		}
		if !found {
			t.Errorf("%s %q starts no sense", word, key)
		}
	}
}

// TestUsualClassifierInContext checks the measure word's sense where the
// slot counts: learner.txt's, not the dictionary's first (in the comment).
func TestUsualClassifierInContext(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"这回你说对了。", "回", "classifier for occurrences"},    // "… literary divisions"
		{"有没有哪回演砸了？", "回", "classifier for occurrences"},  // "… literary divisions"
		{"一刀下去偏了一毫米。", "刀", "classifier for knife cuts"},  // "… sets of one hundred sheets"
		{"这本书第三回很精彩。", "回", "classifier for literary"},    // after an ordinal, a chapter
		{"屋里有一股味道。", "股", "classifier for smoke, smells"}, // "… long winding things"
		{"他明天回上海。", "回", "to go back"},                    // guard: no count
	})
}

// TestMeasureHeldBefore checks that after a numeral and its measure word
// written as one word (一口, 一次) the token is what is counted, no second
// measure word (the measure word's sense in the comment), while the object
// half of a split word keeps the whole word's gloss.
func TestMeasureHeldBefore(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"他喝了一口水。", "水", "water"},  // "classifier for washings of a garment"
		{"剪一次头要六十八。", "头", "head"}, // "classifier for pigs or livestock"
		{"他们见过一次面。", "面", "(见…面)"}, // guard: a split word's object
	})
}
