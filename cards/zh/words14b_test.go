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

// TestInsideNoun: before 中 or 里 (what one is in) a word whose chosen
// sense is an adjective or an adverb takes the noun made from it, also
// where the English says the adjective; elsewhere the adjective stays.
func TestInsideNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"在现实中,这种事很少发生。", "In the real world this rarely happens.", "现实", "reality"},
		{"现实中的他很内向。", "In real life he is very introverted.", "现实", "reality"},
		{"黑暗中有人喊了一声。", "", "黑暗", "darkness"},
		{"黑暗中有人喊了一声。", "Someone shouted in the dark.", "黑暗", "darkness"},
		{"他在黑暗里坐着。", "", "黑暗", "darkness"},
		{"他在困难中没有放弃。", "", "困难", "difficult situation"},
		{"他们生活在幸福之中。", "They live in happiness.", "幸福", "happiness"},
		{"这个想法不太现实。", "This idea is not very realistic.", "现实", "realistic"}, // guard: a predicate
		{"这里很黑暗。", "", "黑暗", "dark"},                                         // guard
		{"他们很幸福。", "", "幸福", "happy"},                                        // guard
	})
}

// TestSlangState: a character after a degree adverb, closing its clause,
// or before 得 and an intensity (厉害), is a state; where none of its plain senses is one, its slang sense that
// is an adjective ("hypercompetitive", "awesome", "cool").
func TestSlangState(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"现在这个行业太卷了。", "", "卷", "(slang) to compete to an unhealthy degree; hypercompetitive"},
		{"大家都很卷。", "", "卷", "(slang) to compete to an unhealthy degree; hypercompetitive"},
		{"现在的学生越来越卷。", "Students are getting more and more competitive these days.", "卷", "(slang) to compete"},
		{"这个人真牛。", "", "牛", "(slang) awesome"},
		{"你太牛了!", "You're amazing!", "牛", "(slang) awesome"},
		{"这双鞋很炫。", "", "炫", "(slang) cool"},
		{"现在这个行业卷得非常厉害。", "", "卷", "(slang) to compete"},
		{"互联网公司卷得很厉害。", "", "卷", "(slang) to compete"},
		{"头发卷得很漂亮。", "", "卷", "to roll up"}, // guard: no intensity
		{"把地毯卷起来。", "", "卷", "to roll up"},  // guard: no degree adverb
		{"这头牛很大。", "", "牛", "ox"},           // guard
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

// TestPlanBeforePlace: 计划 after its subject and before 在, a place and
// the verb done there is the verb; after a determiner or 的 the noun.
func TestPlanBeforePlace(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"政府计划在这里修一条路。", "", "计划", "to plan"},
		{"我们公司计划在上海开分店。", "Our company plans to open a branch in Shanghai.", "计划", "to plan"},
		{"他们计划在北京待三天。", "", "计划", "to plan"},
		{"这个计划在上海实施。", "", "计划", "plan"},   // guard: a determiner
		{"公司的计划在会上通过了。", "", "计划", "plan"}, // guard: after 的
		{"公司计划在上海。", "", "计划", "plan"},     // guard: no verb after the place
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

// TestHaveNoun: what 有 has is a noun, also before the 了 of a new
// state, where a character first a noun would be its verb (没电了 is so
// after 没 already); and 网 alone is the network a learner meets first.
func TestHaveNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"现在教室里就有网了。", "Now there is internet in the classroom.", "网", "network"},
		{"现在教室里就有网了。", "", "网", "network"},
		{"酒店有网吗?", "", "网", "network"},
		{"现在有电了。", "", "电", "electricity"},
		{"家里的网太慢了。", "", "网", "network"},
		{"他被电了一下。", "", "电", "to get (or give) an electric shock"}, // guard: no 有
	})
}

// TestDegreeSuffix: a suffix of degree ("(suffix) to the utmost") follows
// a verb or an adjective only, never a noun or a degree adverb; a machine
// that stops working is "broken".
func TestDegreeSuffix(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这个人很坏。", "", "坏", "bad"},
		{"他这个人真坏。", "", "坏", "bad"},
		{"孩子们都饿坏了。", "", "坏", "(suffix) to the utmost"},
		{"我的电脑坏了。", "", "坏", "broken"},
		{"电梯坏了,我们只能走楼梯。", "", "坏", "broken"},
		{"手机坏了,得拿去修。", "", "坏", "broken"},
		{"鸡蛋坏了,别吃了。", "", "坏", "bad"}, // guard: no machine
	})
}

// TestSubjectAfterTime: a word first a verb that heads its clause after a
// time, before a degree adverb and its predicate, is the subject, the
// noun it also is; after a person it stays the verb.
func TestSubjectAfterTime(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"最近工作很忙。", "", "工作", "job"},
		{"今年变化很大。", "", "变化", "change"},
		{"现在要求越来越高了。", "", "要求", "requirement"},
		{"这两天工作特别多。", "", "工作", "job"},
		{"最近他工作很努力。", "", "工作", "to work"}, // guard: a person before it
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
