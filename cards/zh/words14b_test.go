package zh

import "testing"

// Session 14 (words14b): content words whose sense the slot, the object
// or the subject decides. The tables live here so that helpers appending
// at once do not collide.

// TestNumberLabel: a number and its 号 label the noun after them (地铁三号
// 线 "Line 3"); a sense "(after a number)" wants the number to count it
// (二线城市 "tier"), so it does not fit after 号.
func TestNumberLabel(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我每天坐地铁十号线上班。", "", "线", "line"},
		{"你坐二号线,到人民广场换乘。", "Take Line 2 and change at People's Square.", "线", "line"},
		{"坐10号线到终点站。", "", "线", "line"},
		{"三线城市的房价不高。", "", "线", "(after a number) tier"}, // guard: a number counts it
	})
}
