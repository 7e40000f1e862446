package zh

import "testing"

// Session 16 (words16a): content words whose sense the one who does it,
// the object or the slot decides. The tables live here, not at the end of
// sense_test.go, so that helpers appending at once do not collide.

// TestUnitAfterUnit: after a number and a word of measure gse tags a
// numeral (斤), the number counts that word: the next is what is measured,
// not a unit (十斤米 "uncooked rice"); 十多米, 三十米 stay meters.
func TestUnitAfterUnit(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"帮我买十斤米回来。", "", "米", "uncooked rice"},
		{"帮我买十斤米回来。", "Buy me ten jin of rice.", "米", "uncooked rice"},
		{"家里还有五斤米。", "", "米", "uncooked rice"},
		{"这条河有二十多米宽。", "", "米", "meter"}, // guard: 多 after the number
		{"楼高三十米。", "", "米", "meter"},     // guard
	})
}

// TestFamiliarAsked: the first of an A-not-A question is its clause's
// predicate too: 你们俩熟不熟 "familiar".
func TestFamiliarAsked(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你们俩熟不熟？", "", "熟", "familiar"},
		{"你跟他熟不熟？", "", "熟", "familiar"},
		{"这个西瓜熟不熟？", "", "熟", "ripe"}, // guard: fruit
	})
}
