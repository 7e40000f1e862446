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

// TestLoadInto: where things go into it (a complement of going in, a
// potential of room, how much after a modal of ability), 装 is "to load",
// not learner.txt's "to pretend".
func TestLoadInto(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这个箱子能装二十公斤。", "", "装", "to load"},
		{"这个瓶子装不下这么多水。", "", "装", "to load"},
		{"把衣服都装进箱子里。", "", "装", "to load"},
		{"你别装了，我都知道了。", "", "装", "to pretend"},  // guard
		{"师傅明天来给我们装空调。", "", "装", "to install"}, // guard
	})
}

// TestPrepositionNoAspect: a preposition takes no aspect particle: before
// 了 or 过 跟 is the verb, with or without the English's "with".
func TestPrepositionNoAspect(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这辆自行车跟了我十年。", "", "跟", "to follow closely"},
		{"这辆自行车跟了我十年。", "This bike has been with me for ten years.", "跟", "to follow closely"},
		{"他跟了这个老板很多年。", "", "跟", "to follow closely"},
		{"我跟过他一段时间。", "", "跟", "to follow closely"},
		{"我跟你说一件事。", "", "跟", "with"},                           // guard
		{"我跟你说一件事。", "Let me tell you something.", "跟", "with"}, // guard
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
