package zh

import "testing"

// TestProposalYaobu: 要不 opening a clause that proposes something (吧
// closes it, 别 or 不要 in it, 先 or 还是 with no consequence, or the
// sentence opening with it) is "how about...?"; before a consequence
// (就, 会) it stays "otherwise; or else".
func TestProposalYaobu(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"要不我们打车吧。", "", "要不", "how about"},
		{"要不你先回去休息。", "", "要不", "how about"},
		{"要不这个周末别去爬山了。", "Maybe let's skip the hike this weekend.", "要不", "how about"},
		{"要不你就别去了。", "", "要不", "how about"},
		{"太晚了，要不咱们还是走吧。", "", "要不", "how about"},
		{"快点走，要不就赶不上车了。", "", "要不", "or else"},                                      // guard: a consequence
		{"别喝了，要不你会头疼的。", "", "要不", "or else"},                                       // guard
		{"快点走，要不就赶不上车了。", "Hurry up, or else we'll miss the bus.", "要不", "or else"}, // guard
	})
}
