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

// TestNothingHad: what one has or has none of, after 什么 or 一点 (有什么
// 用, 一点用都没有), is the noun a character first a verb also is: 用
// "usefulness; utility", not "to use".
func TestNothingHad(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你这么做有什么用？", "", "用", "usefulness"},
		{"这个药一点用都没有。", "", "用", "usefulness"},
		{"我劝了他半天，什么用也没有。", "I talked to him for ages, and it did no good at all.", "用", "usefulness"},
		{"说了也没什么用。", "", "用", "usefulness"},
		{"这东西有啥用？", "", "用", "usefulness"},
		{"你用什么洗的碗？", "", "用", "(coverb) with"}, // guard: 什么 after it
		{"我们用一下你的电脑。", "", "用", "to use"},      // guard
	})
}

// TestMeasureAfterNumber: after a number (二十多, 十来 and gse's 三百 多
// too), 里 is li3 "li, ancient measure of length", not "inside" or "in;
// within (a time)"; and 度 after a number, with neither a verb nor a noun
// after it, is "degree (angles, temperature etc)", not "classifier for
// events and occurrences" (两度获得冠军 counts occurrences).
func TestMeasureAfterNumber(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"离这儿有二十多里路。", "", "里", "li, ancient measure of length"},
		{"我们走了十里山路。", "We walked ten li of mountain road.", "里", "li, ancient measure of length"},
		{"他每天要走十来里路去上学。", "", "里", "li, ancient measure of length"},
		{"一年里他搬了三次家。", "", "里", "(time + 里)"},           // guard: a time
		{"屋里有人。", "", "里", "(after a noun) in; inside"}, // guard
		{"外面三十五度。", "", "度", "degree (angles"},
		{"他发烧烧到三十八度了。", "His fever went up to thirty-eight.", "度", "degree (angles"},
		{"今天最高气温二十度左右。", "", "度", "degree (angles"},
		{"他两度获得冠军。", "", "度", "classifier for events"}, // guard: occurrences
	})
}

// TestComparedWith: 跟, 和 or 与 before the clause ends on 比 or 相比 is
// "compared with" (the one compared with), not "and"; and 比 before a
// noun by the dictionary, which gse tags otherwise, is "than".
func TestComparedWith(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"山里的孩子和城里的孩子比，差别大吗？", "", "和", "(跟/和/与 B 比) compared with"},
		{"跟去年比，今年的收入多了不少。", "Compared with last year, income is up quite a bit.", "跟", "(跟/和/与 B 比) compared with"},
		{"跟大城市相比，这里安静多了。", "", "跟", "(跟/和/与 B 比) compared with"},
		{"我和他都是老师。", "", "和", "and; with (sb)"}, // guard
		{"菜市场的鱼比超市的新鲜。", "", "比", "(A 比 B + adjective) than"},
		{"学校的食堂比饭馆便宜。", "", "比", "(A 比 B + adjective) than"},
	})
}

// TestBitOfNoun: after a quantity (很多, 这点, 那点: "this bit of"), a word
// first said of someone ("wronged; aggrieved", a participle WordNet does
// not know) or an adjective is the noun it also is; a noun phrase's head
// comes before "of" ("sense of being wronged").
func TestBitOfNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"她这些年受了很多委屈。", "", "委屈", "sense of being wronged"},
		{"这点委屈算什么？", "", "委屈", "sense of being wronged"},
		{"老人心里那点委屈，得有人听。", "", "委屈", "sense of being wronged"},
		{"这点困难我们能克服。", "", "困难", "difficult situation"},
		{"你别委屈自己。", "", "委屈", "to inconvenience"}, // guard
		{"这个问题很困难。", "", "困难", "difficult"},       // guard
	})
}

// TestVerbSaidAsNoun: an English verb right after its subject ("I mainly
// study") says a word's verb sense where the Chinese puts the verb, though
// its word is the noun's ("a study").
func TestVerbSaidAsNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我主要研究中国历史。", "I mainly study Chinese history.", "研究", "to research"},
		{"我们研究这个问题很久了。", "We have studied this problem for a long time.", "研究", "to research"},
		{"这项研究很重要。", "This study is important.", "研究", "a study"},                      // guard
		{"我的主要研究方向是天文。", "My main research direction is astronomy.", "研究", "research"}, // guard
	})
}

// TestAskedSplitWord: the first X of a question X不X (or X没X) asked of a
// verb–object word XY is that word's verb, as in a word split by 了 (开了点
// 药): 开不开药 "(开…药) to prescribe medicine", not "to open".
func TestAskedSplitWord(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"开不开药都一样，关键是多喝水。", "", "开", "(开…药) to prescribe"},
		{"医生说开不开药都行。", "", "开", "(开…药) to prescribe"},
		{"你帮不帮忙？", "", "帮", "to help"},   // guard: the half says it already
		{"你到底开不开门？", "", "开", "to open"}, // guard: no word 开门 after
	})
}
