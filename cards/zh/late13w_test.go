package zh

import "testing"

// Session 13, late round (late13w): content words whose sense the slot
// decides. The tables live here so that helpers appending at once do not
// collide.

// TestAdverbInLy: before a verb, a character whose later sense is its
// first gloss's adverb in -ly is that adverb (新 "newly"), also where the
// English says the adjective; before a noun, or as the noun's modifier
// after a determiner, it stays the adjective.
func TestAdverbInLy(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我家楼下新开了一家面包店。", "", "新", "newly"},
		{"我家楼下新开了一家面包店。", "A new bakery has opened downstairs from my place.", "新", "newly"},
		{"我们公司新来了一个同事。", "", "新", "newly"},
		{"她新买了一台电脑。", "She just bought a new computer.", "新", "newly"},
		{"这是一家新开的书店。", "", "新", "newly"},
		{"他买了一双新鞋。", "He bought a pair of new shoes.", "新", "new"}, // guard: before a noun
		{"新的学期开始了。", "", "新", "new"},                               // guard: before 的
		{"这是一个新发现。", "", "新", "new"},                               // guard: after a determiner
		{"他对新想法很感兴趣。", "", "新", "new"},                             // guard: no 了/的 after (想法 tagged v)
	})
}

// TestDayOfMonthBefore: a day of the month (a numeral with its 号 or 日,
// which gse may tag one numeral) counts nothing: the verb after it is no
// measure word (我十号回北京 "to go back", not "classifier for literary
// divisions"); after a numeral alone it is one (三回).
func TestDayOfMonthBefore(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们十号回广州。", "", "回", "to go back"},
		{"他们八号回学校。", "", "回", "to go back"},
		{"我们每月五号发奖金。", "", "发", "to issue"},
		{"我们每月十五号发奖金。", "We pay bonuses on the 15th of every month.", "发", "to issue"},
		{"这本小说一共一百二十回。", "", "回", "classifier"}, // guard: after a numeral
		{"他打了三发子弹。", "", "发", "classifier"},     // guard
	})
}

// TestFreeTime: 空 kong4 is "free time" for a learner (learner.txt), and
// after 没 before a verb a character is what one has not to do it with
// (我没空陪你), not a verb; 空出 keeps the verb.
func TestFreeTime(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这个周末我没空。", "", "空", "free time"},
		{"我最近没空去健身房。", "", "空", "free time"},
		{"我今天没空跟你吃饭。", "", "空", "free time"},
		{"我没钱买车。", "", "钱", "money"},  // guard
		{"我没去过上海。", "", "去", "to go"}, // guard: a verb stays one
	})
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

// TestDependOn: 靠 is "to depend on" for a learner (learner.txt: 靠父母,
// 靠技术, 靠打工); before 在 and a place, where one leans, the
// dictionary's first "to lean against or on" (usualFits).
func TestDependOn(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他上大学全靠奖学金。", "", "靠", "to depend on"},
		{"我们这个行业主要靠技术。", "", "靠", "to depend on"},
		{"年轻人买房还得靠父母。", "", "靠", "to depend on"},
		{"她累得靠在沙发上睡着了。", "", "靠", "to lean against or on"},
		{"他靠着窗户看书。", "", "靠", "to lean against or on"},
		{"别把东西倒在路边。", "", "倒", "to pour out"}, // guard: 把's object put there
		{"她穿着一件白衬衫。", "", "穿", "to wear"},     // guard: no verb of contact
	})
}

// TestPoliteRequest: at the head of its clause, before what a request
// asks (再, 帮, 给, 把, 让) or 您, 麻烦 is "to bother sb"; as the subject
// of a verb it stays "trouble".
func TestPoliteRequest(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"麻烦再拿两个碗。", "", "麻烦", "to bother sb"},
		{"麻烦帮我叫一辆出租车。", "", "麻烦", "to bother sb"},
		{"师傅，麻烦把窗户关一下。", "", "麻烦", "to bother sb"},
		{"麻烦让一让，我要过去。", "", "麻烦", "to bother sb"},
		{"麻烦您等一下。", "", "麻烦", "to bother sb"},
		{"麻烦又来了。", "", "麻烦", "trouble"}, // guard
	})
}

// TestOnlyAfterModal: 光 before a verb is "only; merely" also after a
// modal (不能光吃肉) or a verb that takes a clause (发现光靠…); as the
// complement it stays "used up".
func TestOnlyAfterModal(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"减肥不能光吃蔬菜。", "", "光", "only"},
		{"你要光喝水也不行。", "", "光", "only"},
		{"我觉得光靠运气不够。", "", "光", "only"},
		{"他把饭都吃光了。", "", "光", "used up"}, // guard
	})
}

// TestNoSuffixBeforeAspect: a character first a verb before 了, 着 or 过
// is that verb, not a suffix of the word before it (时候学过法语, 新学了
// "to learn", not "-ology"); 生物学 keeps its word.
func TestNoSuffixBeforeAspect(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"她新学了一支舞。", "", "学", "to learn"},
		{"我小时候学过钢琴。", "", "学", "to learn"},
		{"他在大学学过经济。", "", "学", "to learn"},
	})
}
