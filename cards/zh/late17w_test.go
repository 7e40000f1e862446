package zh

import "testing"

// TestCaptureSense: 拍 before a complement of result that closes the verb
// phrase (到 with an object or nothing after it, 下来, 下) is "to take (a
// photo)": the camera got something. 到 + a place closed by 上 (where the
// hand lands) and 拍下去 keep "to pat".
func TestCaptureSense(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"监控拍到了那个小偷。", "", "拍", "to take (a photo)"},
		{"监控拍到了那个小偷。", "The security camera caught the thief.", "拍", "to take (a photo)"},
		{"记者拍到过很多珍贵的画面。", "", "拍", "to take (a photo)"},
		{"你能拍到月亮吗？", "", "拍", "to take (a photo)"},
		{"你拍下来发给我看看。", "", "拍", "to take (a photo)"},
		{"我拍下了整个过程。", "", "拍", "to take (a photo)"},
		{"他一巴掌拍到桌子上。", "", "拍", "to pat"},                                             // guard: where the hand lands
		{"他拍到我肩膀上说没事。", "He patted my shoulder and said it was fine.", "拍", "to pat"}, // guard
		{"他一巴掌拍下去，蚊子死了。", "", "拍", "to pat"},                                          // guard
		{"他拍了拍我的肩膀。", "", "拍", "to pat"},                                              // guard
	})
}

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

// TestAskedBack: 要 asking for something back, after 把 and its object
// before 回来 (把钱要回来) or before the potential 不回来 (钱要不回来了), is
// "to want; to need; to ask for"; 他明天要回来了 keeps "about to".
func TestAskedBack(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你得把钱要回来。", "", "要", "to want; to need; to ask for"},
		{"他把书要回去了。", "", "要", "to want; to need; to ask for"},
		{"这笔钱恐怕要不回来了。", "", "要", "to want; to need; to ask for"},
		{"押金要得回来吗？", "Can you get the deposit back?", "要", "to want; to need; to ask for"},
		{"他明天要回来了。", "", "要", "(要…了) about to"},   // guard
		{"我爸下个月要回来。", "", "要", "(要 + verb) will"}, // guard
	})
}
