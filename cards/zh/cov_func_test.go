package zh

import "testing"

// TestCovFunc: session 17's coverage sweep of function words (helper covF,
// testdata/senses/cov-covF.tsv). Every sentence is written for the test;
// rows where a rule must fire stand beside guards it must leave alone.
func TestCovFunc(t *testing.T) {
	a := analyzer(t)
	checkFunctionGlosses(t, a, []functionGloss{
		// 后 after a verb's object: the deed is over, "after" (not "behind").
		{"看完电影后我们去吃饭。", "", "后", "(…后) after; later"},
		{"洗完澡后他就睡了。", "", "后", "(…后) after; later"},
		{"开完会后大家都走了。", "After the meeting everyone left.", "后", "(…后) after; later"},
		{"下班后我去接你。", "", "后", "(…后) after; later"},
		{"猫躲在门后。", "", "后", "(…后) after; behind"},
		{"他藏在沙发后。", "", "后", "(…后) after; behind"},
		{"小狗跑到门后去了。", "", "后", "(…后) after; behind"},
	})
}
