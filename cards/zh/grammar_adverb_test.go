package zh

import "testing"

// TestAdverbGrammarTakesNoObject checks that a word's grammar sense, which
// fill gives it before an object and its verb whatever the English says,
// is no adverb's gloss there: an adverb says how or when of the verb and
// takes no object (这些老楼装了电梯 老 "old", not "always"); before its verb
// the adverb stays.
func TestAdverbGrammarTakesNoObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这些老楼装了电梯以后方便多了。", "These old buildings are much more convenient now that they have lifts.", "老", "old"},
		{"他老迟到。", "He is always late.", "老", "(老 + verb) always"}, // guard
	})
}
