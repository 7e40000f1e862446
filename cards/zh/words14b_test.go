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

// TestIngModifier: of a verb and its noun in -ing that the English says
// alike, the noun where the English word modifies a noun after it
// ("training objectives") and the token starts a noun phrase before a
// noun; the verb after an adverb or a form of be.
func TestIngModifier(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"训练目标和评估方法都要改。", "Training objectives and evaluation methods both need to change.", "训练", "training"},
		{"我们讨论了损失函数和训练目标。", "We discussed loss functions and training objectives.", "训练", "training"},
		{"写作技巧很重要。", "Writing skills matter.", "写作", "writing"},
		{"他们正在训练新员工。", "They are training new staff.", "训练", "to train"},         // guard: an adverb before
		{"我每天写作两个小时。", "I spend two hours writing every day.", "写作", "to write"}, // guard
		{"他很擅长教育孩子。", "He is good at educating children.", "教育", "to educate"},   // guard: a verb before
	})
}

// TestWayOfTime: 路 after an amount of time and 的 is the going,
// "journey"; a way described otherwise stays "road".
func TestWayOfTime(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"从这儿到车站要走半个小时的路。", "", "路", "journey"},
		{"开了三天的路才到。", "", "路", "journey"},
		{"还有两小时的路。", "", "路", "journey"},
		{"这是一条很长的路。", "", "路", "road"},   // guard
		{"这条路的尽头有一家店。", "", "路", "road"}, // guard
	})
}

// TestAdverbSaysAdjective: of a noun sense and an adjective sense that the
// English says alike, the adjective where an adverb in -ly says them.
func TestAdverbSaysAdjective(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这是一个递归定义的函数。", "This is a recursively defined function.", "递归", "recursive"},
		{"我们在讨论递归自我改进的系统。", "We're talking about recursively self-improving systems.", "递归", "recursive"},
		{"递归是一种常见的编程技巧。", "Recursion is a common programming technique.", "递归", "recursion"}, // guard
	})
}

// TestUsualSaidSame: where the English says two senses by the very same
// words, the learner's usual sense, if the slot allows it.
func TestUsualSaidSame(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"小公司可以依赖市场。", "Small companies can depend on the market.", "市场", "(economics) market"},
		{"我们的收入主要来自海外市场。", "Our revenue comes mostly from overseas markets.", "市场", "(economics) market"},
		{"他的汉语水平提高得很快。", "His level of Chinese has improved quickly.", "水平", "a standard; a level"},
		{"我去市场买点菜。", "I'm going to the market to buy some vegetables.", "市场", "marketplace"}, // guard: where one goes
	})
}
