package zh

import "testing"

// Session 16 (words16b): content words whose sense the slot, the object or
// the subject decides. The tables live here so that helpers appending at
// once do not collide.

// TestNounSaidAsVerb: an English noun ("my stop", "two stops", "which
// stop") says no verb: where the Chinese puts a noun too (after a number
// or a demonstrative, or after a verb's 过, its object), a character first
// a noun keeps its noun sense ("station"), whatever verb ("to stop") the
// English word's stem says.
func TestNounSaidAsVerb(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我又坐过站了。", "", "站", "station"},
		{"我又坐过站了。", "I missed my stop again.", "站", "station"},
		{"再坐两站就到了。", "Two more stops and we're there.", "站", "station"},
		{"你在哪一站下车？", "Which stop do you get off at?", "站", "station"},
		{"坐三站就到了。", "It's three stops from here.", "站", "station"},
		{"他在门口站了很久。", "He stood at the door for a long time.", "站", "to stand"}, // guard
		{"你站着别动。", "", "站", "to stand"},                                         // guard
		{"我坐过这趟车。", "", "坐", "to sit"},                                          // guard
	})
}

// TestSaidOfWordBefore: an English word that says a gloss of a longer word
// before the token holding its character translates that word, and says
// nothing of the character standing alone after it (管线 "general term for
// pipes" takes "pipes"), where the character's sense it says is a noun.
func TestSaidOfWordBefore(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这些管线归哪个部门管？", "Which department are these pipes under?", "管", "to "},
		{"地下的管线归城建部门管。", "The pipes underground belong to the construction department.", "管", "to "},
		{"他在墙上钉了一个钉子。", "He hammered a nail into the wall.", "钉子", "nail"}, // guard
	})
}

// TestTradePointedAt: a noun naming a trade, then a demonstrative pointing
// at 行, say one thing twice: "line of business", though a noun follows
// that a measure word would count; 这一行字 counts the characters.
func TestTradePointedAt(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"保险这行竞争太激烈了。", "", "行", "(bound form) line of business"},
		{"房地产这一行利润越来越薄。", "Profits in the real estate business keep getting thinner.", "行", "(bound form) line of business"},
		{"这一行字太小了。", "", "行", "classifier for rows"}, // guard
		{"他写了一行字。", "", "行", "classifier for rows"},  // guard
	})
}
