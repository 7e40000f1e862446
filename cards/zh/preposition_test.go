package zh

import (
	"slices"
	"testing"
)

// TestPrepositionObjectless: a preposition's sense ("towards; at; for")
// is not said by the English where nothing follows the token in its
// clause: 对 answering a question ("Yeah, …") is no preposition, whatever
// "for" the English says further on; before its object it stays one.
func TestPrepositionObjectless(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"对，我们每周都给老人送饭。", "Yeah, we bring meals for the old folks every week.", "对", "right; correct"},
		{"运动对身体有好处。", "Exercise is good for your health.", "对", "to; towards; about (sb or sth)"}, // guard: the construction
	})
}

// TestPrepositionOnly: the senses whose glosses are prepositions only.
func TestPrepositionOnly(t *testing.T) {
	in := &entryInfo{senses: []string{"towards; at; for", "right; correct", "(of sb) to be at", "with"}}
	for k, want := range []bool{true, false, false, true} {
		if got := in.prepositionOnly(k); got != want {
			t.Errorf("prepositionOnly(%q) = %v, want %v", in.senses[k], got, want)
		}
	}
}

// TestOnePrepositionSet: the English side's prepositions (nounAt) are
// prepositionsEn, all of them ("against", "towards", "as" take a noun as
// "with" does) but the infinitive's "to"; a gloss is a preposition's
// (prepositionGloss) by its first word of the same set but for "to" and
// the prepositions that start set phrases ("in addition", "at will").
func TestOnePrepositionSet(t *testing.T) {
	for _, c := range []struct {
		en, word string
		want     bool
	}{
		{"They voted against change.", "change", true},
		{"She walked towards home.", "home", true},
		{"He works with wood and stone.", "wood", true}, // guard: a preposition of the old set
		{"Nobody wants to change.", "change", false},    // guard: an infinitive
	} {
		x := newEnglish(c.en)
		k := slices.Index(x.words, c.word)
		if got := x.nounAt(k); got != c.want {
			t.Errorf("%q: nounAt(%q) = %v, want %v", c.en, c.word, got, c.want)
		}
	}
	for s, want := range map[string]bool{
		"by means of; through": true, "without": true, "to go": false, "in addition": false, "at will": false, "of course": false,
	} {
		if got := prepositionGloss(s); got != want {
			t.Errorf("prepositionGloss(%q) = %v, want %v", s, got, want)
		}
	}
}
