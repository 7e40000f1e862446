package zh

import "testing"

// Session 14 (words14a): content words whose sense the slot, the object
// or a comparison decides. The tables live here, not at the end of
// sense_test.go, so that helpers appending at once do not collide.

// TestComparedSense: a character's comparative sense (强 "better") stands
// where something is compared, with 比 before it in its clause or 多 after
// it; elsewhere its first sense ("strong"), whatever "better" the English
// says.
func TestComparedSense(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他的中文比我强多了。", "", "强", "better"},
		{"有工作总比没工作强。", "", "强", "better"},
		{"这个比那个强一点。", "", "强", "better"},
		{"现在比以前强得多。", "Things are much better now than before.", "强", "better"},
		{"他的中文比我强多了。", "His Chinese is much better than mine.", "强", "better"},
		{"他的学习能力很强。", "", "强", "strong"},                                             // guard
		{"这种材料抗压能力强。", "This material stands up to pressure better.", "强", "strong"}, // nothing compared
		{"她的责任心特别强。", "She has a strong sense of responsibility.", "强", "strong"},    // guard
	})
}
