package zh

import (
	"strings"
	"testing"
)

// Content words among numbers, measure words and quantities: what is
// counted is a noun, a number or a time holds its own measure word, a unit
// after a number is measured.

// TestCountedCharacter: what a measure word counts is a noun: a character
// first a verb takes its noun sense there (一幅画 "picture", 一把锁 "a
// lock"); before a verb it stays one (一把拉住).
func TestCountedCharacter(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"墙上挂着一幅画。", "", "画", "picture; painting"},
		{"他送了我一张画。", "", "画", "picture; painting"},
		{"门上有一把锁。", "", "锁", "a lock"},
		{"我买了一把锁。", "I bought a lock.", "锁", "a lock"},
		{"他一把拉住了我。", "", "拉", "to pull"},   // guard: before a complement
		{"你帮我画一下这个图。", "", "画", "to draw"}, // guard: no measure word
	})
}

// TestCountedPastModifier: what a quantity counts is a noun though an
// adjective stands between them with no 的 (一个新发现, 一个重要决定, 两个
// 好建议, 是个新开始): a word first a verb is there the noun it also is.
// Before an object, or with no quantity before the adjective, it stays
// the verb.
func TestCountedPastModifier(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们这次有一个大发现。", "", "发现", "a discovery"},
		{"这是一个重要决定，你再想想。", "", "决定", "decision"},
		{"他给我提了两个好建议。", "", "建议", "proposal"},
		{"换了工作对他来说是个新开始。", "", "开始", "beginning"},
		{"这个小区有一项新规定。", "", "规定", "regulations"},
		{"那次小争吵让他们冷静了几天。", "", "争吵", "dispute"},
		{"我手机里装了一个新应用。", "", "应用", "application"},
		{"我先给大家做一个简单介绍。", "", "介绍", "introduction"},
		{"老师给了我一个小提示。", "", "提示", "suggestion"},
		{"这是一个重要决定。", "This is an important decision.", "决定", "decision"},
		{"我们有一个大发现。", "We made a big discovery.", "发现", "a discovery"},
		{"我们很快发现了问题。", "", "发现", "to discover"}, // guard: no quantity
		{"他一个人决定了这件事。", "", "决定", "to decide"},  // guard: 一个人 is the subject
		{"我们一起好好计划一下。", "", "计划", "to plan"},    // guard
		{"这是一个新的开始。", "", "开始", "beginning"},    // (的: the older rule)
		{"我们第一次正式见面是在北京。", "", "见面", "to meet"}, // guard: a verb only
	})
}

// TestCountedSaidNoun: what a quantity counts is a noun whatever verb the
// English says by a related word, where it says the noun sense too (一个小
// 提示 / "a little hint" 提示 "suggestion", not "to suggest"); before 的
// the word may be a modifier's verb.
func TestCountedSaidNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他临走前给了我一个小提示。", "Before he left he gave me a little hint.", "提示", "suggestion"},
		{"考官给了两个提示。", "The examiner gave two hints.", "提示", "suggestion"},
		{"每种说话的方式都不一样。", "Every way of speaking is different.", "说话", "to speak"},   // guard: before 的
		{"他提示我别忘了带钥匙。", "He reminded me not to forget my keys.", "提示", "to remind"}, // guard: a verb's slot
	})
}

// TestBitCounted: 一点 closing the clause before a word counts it, a noun
// (你能给我一点帮助吗 帮助 "assistance", not "to help").
func TestBitCounted(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你能给我一点帮助吗？", "", "帮助", "assistance"},
		{"老师，能再给一点提示吗？", "", "提示", "suggestion"},
		{"他一点准备都没有。", "", "准备", "preparation"}, // (the older rule)
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

// TestAfterGe: a numeral or demonstrative with its 个 (一个, 这个) holds
// its measure word: the character after it is the noun counted, not a
// measure word, nor a verb.
func TestAfterGe(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"地上画了一个圈。", "", "圈", "circle"},
		{"他跑了一个圈。", "", "圈", "circle"},
		{"我买了一个套。", "", "套", "cover"},
		{"他给了我一个包。", "", "包", "bag"},      // guard
		{"他跑了三圈。", "", "圈", "classifier"}, // guard: after a number proper
	})
}

// TestTwoOfUs: 俩 and 仨 (two, three of people) hold their measure word:
// the verb after them is no measure word and needs no number.
func TestTwoOfUs(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这笔钱我们俩分了吧。", "", "分", "to divide"},
		{"我们俩点了三个菜。", "", "点", "to order"},
		{"他们俩吵了一架。", "", "吵", "to quarrel"},             // guard
		{"现在是三点。", "", "点", "(after a number) o'clock"}, // guard: a number proper
	})
}

// TestMeasuredAlreadyXiazi: 一下子 "all at once" holds its own measure
// word: the character after it is counted by nothing (这首歌一下子火了 is
// no 火 "classifier for military units (old)").
func TestMeasuredAlreadyXiazi(t *testing.T) {
	a := analyzer(t)
	if g, _ := tokenGloss(t, a, "这首歌一下子火了。", "", "火"); strings.HasPrefix(g, "classifier") {
		t.Errorf("火 in 这首歌一下子火了: got %q", g)
	}
}

// TestRoundNumberOrSo: a round number and 来 or 余 "or so" count what
// follows as the number alone would (一百来口人 "classifier for things
// with mouths", not "mouth").
func TestRoundNumberOrSo(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这个小村子只有一百来口人。", "", "口", "classifier"},
		{"她看起来四十来岁。", "", "岁", "classifier for years"},
		{"会上来了二十余位专家。", "", "位", "classifier"},
		{"你来一口吧。", "", "来", "(来 + amount)"}, // guard
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

// TestUnitAfterUnit: after a number and a word of measure gse tags a
// numeral (斤), the number counts that word: the next is what is measured,
// not a unit (十斤米 "uncooked rice"); 十多米, 三十米 stay meters.
func TestUnitAfterUnit(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"帮我买十斤米回来。", "", "米", "uncooked rice"},
		{"帮我买十斤米回来。", "Buy me ten jin of rice.", "米", "uncooked rice"},
		{"家里还有五斤米。", "", "米", "uncooked rice"},
		{"这条河有二十多米宽。", "", "米", "meter"}, // guard: 多 after the number
		{"楼高三十米。", "", "米", "meter"},     // guard
	})
}

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

// TestFirstPlace: 第一 before a 位 that counts no one (closing its
// clause, perhaps after 的) is "most important; primary; foremost",
// whatever "first" the English says; before a noun or a verb, "first".
func TestFirstPlace(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"健康是第一位的。", "Health comes first.", "第一", "most important"},
		{"我们要把安全放在第一位。", "", "第一", "most important"},
		{"他是第一位来的客人。", "He was the first guest to arrive.", "第一", "first"}, // guard
		{"我是第一个到的。", "", "第一", "first"},                                    // guard
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

// TestLittleWorse: 差 before a little amount of degree (一点, 了点, 一些)
// closing its clause says how much worse a thing is, "not up to
// standard"; after 还, or before an amount of a thing, what is lacking.
func TestLittleWorse(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他英语差一点。", "", "差", "not up to standard"},
		{"他的反手差了点。", "", "差", "not up to standard"},
		{"他数学很好，可是英语差一些。", "", "差", "not up to standard"},
		{"我还差十块钱。", "", "差", "to fall short"},          // guard: an amount of a thing
		{"我的中文还差一点。", "", "差", "to fall short"},        // guard: still lacking
		{"这家饭馆的服务太差了。", "", "差", "not up to standard"}, // guard
	})
}

// TestTradePointedAt: a noun naming a trade, then a demonstrative pointing
// at 行, say one thing twice: "line of business", though a noun follows
// that a measure word would count; 这一行字 counts the characters.
func TestTradePointedAt(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"保险这行竞争太激烈了。", "", "行", "(bound form) line of business"},
		{"房地产这一行利润越来越薄。", "Profits in the real estate business keep getting thinner.", "行", "(bound form) line of business"},
		{"这一行字太小了。", "", "行", "classifier for rows"}, // guard
		{"他写了一行字。", "", "行", "classifier for rows"},  // guard
	})
}

// TestScoredPoints: after a number that a scoring verb (考, 扣, 打, 赢 …)
// wins or loses, 分 is "a point", not "minute"; a clock time keeps the
// minute. A unit needs its number: 分 before 到 with no number is the verb,
// whatever "yuan" the English says.
func TestScoredPoints(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我这次考试考了八十五分。", "", "分", "a point"},
		{"我这次考试考了八十五分。", "I got eighty-five on this exam.", "分", "a point"},
		{"他因为迟到被扣了两分。", "He lost two points for being late.", "分", "a point"},
		{"老师给他的作文打了八分。", "", "分", "a point"},
		{"现在是八点十分。", "It's ten past eight.", "分", "minute"}, // guard: a clock time
		{"现在差五分八点。", "", "分", "minute"},                     // guard: no scoring
		{"奖金分到每个人手里只有一百块。", "The bonus comes to only a hundred yuan per person.", "分", "to divide"},
		{"奖金分到每个人手里只有一百块。", "", "分", "to divide"},
		{"他跑了一百米。", "He ran a hundred metres.", "米", "meter"}, // guard: a unit after its number
		// 分 after 的, a scoring verb before it in its clause
		// (丢, 考, 扣, 拿), is what was scored or lost: "a point (in sports or
		// games)", with no number to count it; not "fraction" or the verb.
		{"他总是丢一些不该丢的分。", "", "分", "a point"},
		{"他总是丢一些不该丢的分。", "He always loses marks he shouldn't.", "分", "a point"},
		{"这次考的分不高。", "", "分", "a point"},
		{"老师扣的分太多了。", "", "分", "a point"},
		{"他把丢掉的分都补回来了。", "", "分", "a point"},
		{"这是我们分的。", "", "分", "to divide"}, // guard: the verb
		{"蛋糕是他分的。", "", "分", "to divide"}, // guard
	})
}

// TestTimeCountsNothing: a day of the month (a numeral with its 号 or 日,
// which gse may tag one numeral) counts nothing: the verb after it is no
// measure word (我十号回北京 "to go back", not "classifier for literary
// divisions"); after a numeral alone it is one (三回).
func TestTimeCountsNothing(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们十号回广州。", "", "回", "to go back"},
		{"他们八号回学校。", "", "回", "to go back"},
		{"我们每月五号发奖金。", "", "发", "to issue"},
		{"我们每月十五号发奖金。", "We pay bonuses on the 15th of every month.", "发", "to issue"},
		{"这本小说一共一百二十回。", "", "回", "classifier"}, // guard: after a numeral
		{"他打了三发子弹。", "", "发", "classifier"},     // guard
		// After a numeral and its 点 (a clock time) a
		// word is no measure word of the numeral: 三点回公司 "to go back", 八点响到
		// 晚上 "to make a sound"; a number of times (去过三回) or a chapter (第三回)
		// keeps its measure word.
		{"他明早八点回北京。", "", "回", "to go back"},
		{"我们十点回学校吧。", "", "回", "to go back"},
		{"闹钟每天六点响。", "", "响", "to make a sound"},
		{"我去过三回。", "", "回", "(verb + number + 回) times"},   // guard
		{"这本书第三回很精彩。", "", "回", "classifier for literary"}, // guard
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
		// What one has or has none of after 什么, 没什么 or
		// 一点 is a noun for a word of several characters too: 没什么变化 "change;
		// variation", not "to change".
		{"我们老家这几年没什么变化。", "", "变化", "change; variation"},
		{"这些年他的中文没什么进步。", "", "进步", "progress"},
		{"这个药对我一点帮助都没有。", "", "帮助", "assistance"},
		{"你下周有什么安排吗？", "", "安排", "arrangements"},           // (the older rule: 吗 ends it)
		{"情况一直在变化。", "", "变化", "(intransitive) to change"}, // guard: no amount before
	})
}

// TestDoneVerbCounts: between a verb's 了 and a noun, spoken Chinese drops
// the 一 of a single thing counted (开了家店 for 开了一家店): a word that can
// be a measure word is one there; a verb after 了 stays a verb.
func TestDoneVerbCounts(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们楼下新开了家面馆。", "", "家", "classifier for families or businesses"},
		{"他上周去了趟上海。", "", "趟", "classifier for times"},
		{"他又忘了带钥匙。", "", "带", "to bring"},               // guard: a verb after 了
		{"她批准了这笔预算。", "", "这", "(pronoun) this; these"}, // guard: a demonstrative
	})
}

// TestMeasureWordPastModifier: after a number, a demonstrative, or 有 and
// 是 with their 一 left out, a word that can be a measure word is one
// where the noun it counts follows past a one-character modifier or a
// description closed by 的 (countedNounAhead), whatever the English says
// by a word of another token ("First" is 先's); not after a time, where
// the word is what it is in the clause.
func TestMeasureWordPastModifier(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们先去喂了邻居家那头老牛。", "First we went to feed the neighbours' old ox.", "头", "classifier for pigs or livestock"},
		{"我们这帮老同学每年都聚一次。", "", "帮", "group"},
		{"今天来的是位从上海来的老教授。", "", "位", "classifier for people (honorific)"},
		{"他有家开在街口的小饭馆。", "", "家", "classifier for families or businesses"},
		{"头一年对新会员是免费的。", "The first year is free for new members.", "对", "towards; at; for"}, // guard: after a time
	})
}

// TestBoundsNumberOverSaidVerb: before a number, a sense that bounds the
// amount (不到 "less than") beats a verb sense the English says by a word
// of another token ("arrived" is 到了's); before 多 or 好多, no number,
// 以前 stays "before".
func TestBoundsNumberOverSaidVerb(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他到了以后，不到十分钟就走了。", "When he arrived, he left in under ten minutes.", "不到", "less than"},
		{"他比以前好多了。", "He's much better than before.", "以前", "before"}, // guard
	})
}

// TestNounAfterVerbGe: after a verb's 个 a word first an adverb is the
// noun it also is (看了个大概 "general idea", not "roughly"); elsewhere
// it stays the adverb.
func TestNounAfterVerbGe(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这本书我只看了个大概。", "", "大概", "general idea"},
		{"他大概不来了。", "", "大概", "roughly"}, // guard
	})
}

// TestCountedRightAfterVerb: right after a verb and before the noun it
// counts, the 一 of a single thing dropped, a measure word is one though
// no 了 stands between (录段音频, 买条裤子, 跑趟邮局); not where the "noun"
// after is a verb gse tags a noun (加完班回家, 拼团买菜), nor with no noun.
func TestCountedRightAfterVerb(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你先录段音频给我听听。", "", "段", "classifier for stories"},
		{"周末我想去买条裤子。", "", "条", "classifier for long thin things"},
		{"下午我得跑趟邮局。", "", "趟", "classifier for times"},
		{"他们昨天加完班回家都很晚了。", "", "班", "team"}, // guard: 回家 is a verb
		{"她们天天拼团买菜。", "", "团", "group"},     // guard: 买菜 is a verb
		{"下午我得跑趟。", "", "趟", "a time"},      // guard: no noun after
	})
}
