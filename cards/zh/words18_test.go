package zh

import "testing"

// Session 16 (words18): content words whose sense the slot, the object or
// the subject decides. The tables live here so that helpers appending at
// once do not collide.

// TestLagsBadly: 卡 (and the other predicateUsual characters) before 得 and
// how far it goes is the predicate, the device that lags: 卡得要命 "(coll.)
// slow", 火得不行 "hot (popular)"; 卡 stuck somewhere keeps "to stop".
func TestLagsBadly(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"晚上打游戏卡得要命。", "", "卡", "(computing) (coll.) slow"},
		{"这台旧电脑卡得不行。", "", "卡", "(computing) (coll.) slow"},
		{"视频卡得非常厉害，根本看不了。", "", "卡", "(computing) (coll.) slow"},
		{"我的电脑最近卡得厉害。", "My computer has been lagging badly lately.", "卡", "(computing) (coll.) slow"},
		{"这首歌去年火得不行。", "", "火", "hot (popular)"},
		{"鱼刺卡在喉咙里了。", "", "卡", "to stop"},  // guard
		{"门卡得很紧，打不开。", "", "卡", "to stop"}, // guard: no intensity after 得
	})
}
