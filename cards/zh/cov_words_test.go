package zh

import "testing"

// Session 17 (covW): frequent content words of several senses, swept by
// frequency (testdata/senses/cov-covW.tsv). The tables live here so that
// helpers appending at once do not collide.

// TestFunctionVerbPhraseSaidWhole: a verb gloss made only of function
// words ("to have to do with": have, with) is said by the English whole or
// not at all; an auxiliary "have" or "do", or a "with", says it by chance.
func TestFunctionVerbPhraseSaidWhole(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你跟房东关系好吗？", "Do you get along with your landlord?", "关系", "relation"},
		{"我和同事们相处得很好，关系不错。", "I get on well with my coworkers, we are on good terms.", "关系", "relation"},
		{"他们俩关系怎么样？", "How do they get along with each other?", "关系", "relation"},
		{"飞机准备起飞了。", "The plane is about to take off.", "准备", "to be about to"}, // guard: said whole
	})
}

// TestClockTimeCountsNothing: after a numeral and its 点 (a clock time) a
// word is no measure word of the numeral: 三点回公司 "to go back", 八点响到
// 晚上 "to make a sound"; a number of times (去过三回) or a chapter (第三回)
// keeps its measure word.
func TestClockTimeCountsNothing(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他明早八点回北京。", "", "回", "to go back"},
		{"我们十点回学校吧。", "", "回", "to go back"},
		{"闹钟每天六点响。", "", "响", "to make a sound"},
		{"我去过三回。", "", "回", "(verb + number + 回) times"},   // guard
		{"这本书第三回很精彩。", "", "回", "classifier for literary"}, // guard
	})
}

// TestSuchAsBeforeList: 像 (or 如) opening its clause before a list of
// examples (items joined by 、, or closed by 什么的, 等) is "such as",
// whatever "like" the English says; 像 before one thing compared keeps
// "to resemble" or "to be like".
func TestSuchAsBeforeList(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我喜欢看球赛，像足球、篮球什么的。", "", "像", "such as"},
		{"有些水果，像西瓜、葡萄，夏天特别便宜。", "Some fruit, like watermelon and grapes, is really cheap in summer.", "像", "such as"},
		{"很多家务，像洗碗、拖地，他都会做。", "", "像", "such as"},
		{"他长得像他爸爸。", "", "像", "to resemble"}, // guard
		{"像他这样的人不多。", "", "像", "to be like"}, // guard: no list
	})
}
