package zh

import "testing"

// TestVerbBeforeObject checks the verb slots verbSlot finds without an
// aspect particle, a modal or a complement: a character after an adverb,
// a word of sequence, a time word or 去/来 (and a place) and before its
// object; 个 and a counted object after it; a word after 向 and its object.
// The dictionary's first sense, a noun's, in the comment.
func TestVerbBeforeObject(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"他们接着包礼物。", "包", "to wrap"}, // "bag" (a word of sequence)
		// 去 and the place: a verb's sense, not "neck". (The right one is
		// "to receive"; the slot gives the first verb, "to lead", which
		// this row must not pin as right.)
		{"他去邮局领包裹。", "领", "to "},
		{"现在年轻人刻个名字章。", "刻", "to carve"}, // "quarter (hour)" (个 and its object)
		{"你要向经理报告。", "报告", "to report"},  // "report" (向 and its object)
		// A subject keeps the noun: a verb follows it, not an object.
		{"今天信到了。", "信", "letter"},
		{"然后包里面有钱。", "包", "bag"},
	})
}
