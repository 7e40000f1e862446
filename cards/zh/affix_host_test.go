package zh

import "testing"

// TestAffixNeedsHost checks that a single character's prefix or suffix
// sense has a word to attach to: after it a noun, a verb or an adjective
// that is no negation or modal (prefix), before it one that is no modal
// (suffix), whatever the English says; and guards where the host is there.
func TestAffixNeedsHost(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我想去，可外面在下雨。", "I want to go, but it can rain outside.", "可", "but; however"},
		{"会啊，我们有个群。", "Sure, we have a group.", "会", "can"},
		{"你这样看书眼睛会坏的。", "Reading like that will ruin your eyes.", "坏", "bad"},
		// Guards: a host.
		{"这个结果是可预测的。", "The result is predictable.", "可", "(prefix) can; may; able to; -able"},
		{"她听到消息乐坏了。", "She was overjoyed at the news.", "坏", "(suffix) to the utmost"},
	})
}
