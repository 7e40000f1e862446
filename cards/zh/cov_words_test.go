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

// TestVerbPhraseNoPreposition: the sense glossed by function words of a
// word of several characters that is a verb ("to have to do with", "to
// not have") is no preposition for a noun and a verb after it to make the
// token one: 关系 before a time and its predicate (关系这些年一直不错) is
// the subject, "relation".
func TestVerbPhraseNoPreposition(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们两家的关系这些年一直不错。", "", "关系", "relation"},
		{"她跟婆婆的关系有点紧张。", "", "关系", "relation"},
		{"公司和员工的关系这两年变了。", "", "关系", "relation"},
		{"我没有钱买车。", "", "没有", "(没有 + noun) to not have"}, // guard
		{"我有时间陪你去。", "", "有", "to have"},                 // guard: one character
	})
}

// TestMishapPastQuantity: what goes wrong is 出's object past a quantity
// too (出了很多问题, 出了不少毛病): "to arise; to occur", nobody goes out;
// what one puts out past a quantity keeps its phrase.
func TestMishapPastQuantity(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这台机器最近出了好多毛病。", "", "出", "to arise; to occur"},
		{"项目一开始就出了很多问题。", "", "出", "to arise; to occur"},
		{"新系统上线后出了一些错误。", "", "出", "to arise; to occur"},
		{"他为这个项目出了很多力。", "", "出", "(出…力) to exert oneself"}, // guard
		{"跑完步他出了很多汗。", "", "出", "(出…汗) to perspire"},        // guard
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

// TestPersonKnowsClearly: 清楚 with a person its subject (past adverbs,
// negation and degree) is knowing, "to understand thoroughly; to be clear
// about"; after a verb's 得, or said of a thing, it stays "clear".
func TestPersonKnowsClearly(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这事我真的不太清楚。", "", "清楚", "to understand thoroughly"},
		{"你清楚他为什么走吗？", "Do you know why he left?", "清楚", "to understand thoroughly"},
		{"她很清楚自己在做什么。", "", "清楚", "to understand thoroughly"},
		{"他解释得很清楚。", "", "清楚", "clear"},        // guard: after 得
		{"这张照片不太清楚。", "", "清楚", "clear"},       // guard: a thing
		{"这条规定写得很明白。", "", "明白", "clear"},      // guard
		{"我还是不明白。", "", "明白", "to understand"}, // guard: said before
	})
}
