package zh

import "testing"

// TestScoredPoint: 分 after 的, a scoring verb before it in its clause
// (丢, 考, 扣, 拿), is what was scored or lost: "a point (in sports or
// games)", with no number to count it; not "fraction" or the verb.
func TestScoredPoint(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他总是丢一些不该丢的分。", "", "分", "a point"},
		{"他总是丢一些不该丢的分。", "He always loses marks he shouldn't.", "分", "a point"},
		{"这次考的分不高。", "", "分", "a point"},
		{"老师扣的分太多了。", "", "分", "a point"},
		{"他把丢掉的分都补回来了。", "", "分", "a point"},
		{"这是我们分的。", "", "分", "to divide"}, // guard: the verb
		{"蛋糕是他分的。", "", "分", "to divide"}, // guard
	})
}
