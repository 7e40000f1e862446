package zh

import "testing"

// Session 13, late round (late13w): content words whose sense the slot
// decides. The tables live here so that helpers appending at once do not
// collide.

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
