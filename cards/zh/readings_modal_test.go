package zh

import "testing"

// Readings around a modal: 得 dei3 "must" against de2 "to obtain" and the
// particle de5, and 过 after a modal or before 下去 the verb guo4.

// TestModalReadings checks readings after a modal, a negation or a measure
// word: 没 before a word gse tags a conjunction or a preposition is mei2
// (他没接着说, 我没和他说话; was mo4 "drowned"); 干 closing its clause after a
// modal of will is gan4 "to do" (没人愿意干; was gan1 "dry"); 得 before a
// doubled adverb and a verb in one headword is dei3 (这事得慢慢来; was de2);
// a character before 到 and a number is the verb (数到十 shu3; was shu4);
// 只得 before 了 is 只 and 得 de2 (boundaries_split.go cutBefore); 得 before 还
// closing the clause is dei3 (借的钱，得还; was de2), after a verb of one
// character gse tags zg de5 (我干得挺开心的; was dei3 before 开心, a verb to
// gse), and before 在家, a time and its localizer, a character with an
// aspect particle or an adjective of how before the verb dei3 (得在家躺两
// 天, 得七点前出门, 得省着点儿用, 得早去; were de2); 种 after 哪 closing the
// clause is "kind" (construction.go), before its noun the classifier.
func TestModalReadings(t *testing.T) {
	a := analyzer(t)
	checkReadingGloss(t, a, []readingGloss{
		{"他没接着说下去。", "", "没", "mei2", ""},
		{"我没因为这件事生他的气。", "", "没", "mei2", ""},
		{"我昨天没和他说话。", "I didn't talk to him yesterday.", "没", "mei2", ""},
		{"你寄的包裹我还没收到。", "", "没", "mei2", ""},
		{"钱我一直没收到。", "I never received the money.", "没", "mei2", ""},
		{"这种脏活没人愿意干。", "", "干", "gan4", ""},
		{"他嫌累，不肯干。", "He says it's too tiring and won't do it.", "干", "gan4", ""},
		{"衣服还没干。", "", "干", "gan1", ""},
		{"别着急，这事得慢慢来。", "", "得", "dei3", ""},
		{"学外语得慢慢来。", "Learning a foreign language takes time.", "得", "dei3", ""},
		{"他跑得很快。", "", "得", "de5", ""},
		// 一般, 平常 "generally", adjectives to gse, before the modal and a
		// verb; 长得一般 has 一般 after the particle.
		{"这种病一般得住院。", "", "得", "dei3", ""},
		{"我们平常得八点上班。", "", "得", "dei3", ""},
		{"他长得一般。", "", "得", "de5", ""},
		{"闭上眼睛，我数到十你再睁开。", "", "数", "shu3", ""},
		{"他已经能从一数到一百了。", "He can already count from one to a hundred.", "数", "shu3", ""},
		{"这个数不对。", "", "数", "shu4", ""},
		{"比赛他只得了银牌。", "", "得", "de2", ""},
		{"这钱是跟朋友借的，得还。", "", "得", "dei3", ""},
		{"借来的书，得还。", "Borrowed books have to be returned.", "得", "dei3", ""},
		{"这份工作我干得挺开心的。", "", "得", "de5", ""},
		{"我在那家公司干得很开心。", "I was very happy working at that company.", "得", "de5", ""},
		{"他感冒了，得在家躺两天。", "", "得", "dei3", ""},
		{"火车八点开，我们得七点前出门。", "", "得", "dei3", ""},
		{"这个月钱不够，得省着点儿用。", "Money is short this month, we'll have to use it sparingly.", "得", "dei3", ""},
		{"想买到票就得早去。", "", "得", "dei3", ""},
		{"他上次比赛得了第一名。", "", "得", "de2", ""},
		{"今天的作业多得做不完。", "", "得", "de5", ""},
		{"广场上的人多得数不清。", "The square was too crowded to count.", "得", "de5", ""},
		{"我累得走不动了。", "", "得", "de5", ""},
		{"他这次比上次多得了十分。", "", "得", "de2", ""},
		{"红茶绿茶都有，你喝哪种？", "", "种", "zhong3", "kind"},
		{"你喝哪种茶？", "", "种", "zhong3", "classifier"},
	})
}

// TestMustBeforeHow checks 得 dei3 "must" before what must be done where
// the words between hid the verb: a verb gse tags otherwise before its 着
// (省着点花), an adjective of manner right before the verb (早去), a time
// closed by a localizer (四点前出发), and after 就是/还是, which gse tags
// verbs; 得了感冒 keeps de2.
func TestMustBeforeHow(t *testing.T) {
	a := analyzer(t)
	checkReadingGloss(t, a, []readingGloss{
		{"油不多了，得省着点用。", "", "得", "dei3", ""},
		{"那家店人多，就是得早去排队。", "", "得", "dei3", ""},
		{"这事还是得自己来。", "", "得", "dei3", ""},
		{"飞机八点起飞，我们得六点前出门。", "", "得", "dei3", ""},
		{"他上个月得了肺炎。", "", "得", "de2", ""},
	})
}

// TestAtLeastMust checks that 得 right after a word of "at least" is dei3
// "to need; must" before an amount, and de2 "to obtain" before 了 or 过.
func TestAtLeastMust(t *testing.T) {
	a := analyzer(t)
	checkReadingGloss(t, a, []readingGloss{
		{"这门课至少得六十分才算过。", "", "得", "dei3", ""},
		{"搬家起码得五个人。", "", "得", "dei3", ""},
		{"搬家起码得五个人。", "You need at least five people to move house.", "得", "dei3", ""},
		{"装修最少得两个月。", "", "得", "dei3", ""},
		{"他这次至少得了八十分。", "", "得", "de2", ""},
	})
}

// TestPrizeReading checks that 得 after what was done and before a prize or
// a score is de2 "to obtain", not the particle of a complement; 得 before a
// verb or after an adverb keeps dei3 or de5.
func TestPrizeReading(t *testing.T) {
	a := analyzer(t)
	checkReadingGloss(t, a, []readingGloss{
		{"她上次比赛得冠军了。", "", "得", "de2", ""},
		{"他游泳得第一。", "", "得", "de2", ""},
		{"我弟弟考试得一百分。", "", "得", "de2", ""},
		{"她唱歌比赛得金牌了。", "She won gold in the singing contest.", "得", "de2", ""},
		{"你得考一百分。", "", "得", "dei3", ""},
		{"他跑得满头大汗。", "", "得", "de5", ""},
	})
}

// TestNoAspectAfterMust checks that 过 after 总得 "must" is the verb guo4
// "to live; to pass", not the aspect particle: 总得 is a modal verb.
func TestNoAspectAfterMust(t *testing.T) {
	a := analyzer(t)
	checkReadingGloss(t, a, []readingGloss{
		{"再难，日子总得过。", "", "过", "guo4", ""},
		{"这一关总得过。", "", "过", "guo4", ""},
		{"不管怎样，日子总得过。", "Whatever happens, life has to go on.", "过", "guo4", ""},
		{"这本书我读过。", "", "过", "guo5", ""},
	})
}

// TestLiveOnReading checks that 过 before a complement of going on (下去) is
// the verb guo4 "to live; to get along", not the aspect particle, and that
// 得 before it is dei3 "must".
func TestLiveOnReading(t *testing.T) {
	a := analyzer(t)
	checkReadingGloss(t, a, []readingGloss{
		{"再苦，日子还得过下去。", "", "过", "guo4", ""},
		{"再苦，日子还得过下去。", "", "得", "dei3", ""},
		{"这种日子真的没法过下去了。", "", "过", "guo4", ""},
		{"他们俩这样过下去也不是办法。", "They can't go on like this, the two of them.", "过", "guo4", ""},
		{"我去过上海。", "", "过", "guo5", ""},
	})
}
