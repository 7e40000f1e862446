package zh

import "testing"

// Content words whose sense who or what they are said of decides: the
// subject a sense's brackets name, a person or a place that owns the word,
// the one addressed.

// TestNamedPastIntent: the subject that a sense's brackets name ("(of
// prices etc)", "(a company on the stock market)") may stand before the
// verb past a modal or a verb of intent (要, 会, 可能, 打算, 准备) and a
// phrase of 在 saying where, as past adverbs and times.
func TestNamedPastIntent(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"听说那家公司明年要上市。", "", "上市", "to float"},
		{"听说那家公司明年要上市。", "I hear that company is going public next year.", "上市", "to float"},
		{"公司打算明年在纽约上市。", "", "上市", "to float"},
		{"这家企业准备在香港上市。", "This firm is preparing to list in Hong Kong.", "上市", "to float"},
		{"股价可能还会跌。", "", "跌", "(of prices etc) to drop"},
		{"新款车型明年要上市。", "", "上市", "to hit the market"},        // guard: a product
		{"苹果公司的新手机下个月就要上市了。", "", "上市", "to hit the market"}, // guard: the product is the subject
	})
}

// TestNamedAndWritten: a subject that names the leading "(of …)" of a
// sense, and that the English writes too, chooses it over the broader
// sense the English says ("fell" says "to fall"); a bracket of the means
// ("(over a fire)") does not.
func TestNamedAndWritten(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"房价又跌了。", "House prices fell again.", "跌", "(of prices etc) to drop"},
		{"价格跌了一半。", "The price fell by half.", "跌", "(of prices etc) to drop"},
		{"油价今年跌了不少。", "Oil prices have fallen a lot this year.", "跌", "(of prices etc) to drop"},
		{"他在路上跌了一跤。", "He fell over on the road.", "跌", "to fall"},     // guard
		{"那场大火烧了两天。", "The fire burned for two days.", "烧", "to burn"}, // guard: the means
	})
}

// TestNamedSubjectTaggedVerb: a noun before an intransitive verb names the
// sense's bracket also where gse tags it a verb (签证 "visa") and past a
// date (三月五号) or 快: 签证到期了 "to expire (visa etc)", 贷款快到期了
// "to fall due (loan etc)".
func TestNamedSubjectTaggedVerb(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"签证到期了。", "", "到期", "to expire (visa etc)"},
		{"他的工作签证三月五号就到期了。", "", "到期", "to expire (visa etc)"},
		{"这笔贷款下个月到期。", "", "到期", "to fall due (loan etc)"},
		{"贷款快到期了，得赶紧还。", "", "到期", "to fall due (loan etc)"},
		{"这些债券明年到期。", "These bonds mature next year.", "到期", "to mature (investment bond etc)"},
	})
}

// TestColourSense: a character's sense of colour where the noun it is said
// of glosses "color" (its subject, adverbs between, or the noun after it).
func TestColourSense(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这件衣服的颜色太淡了。", "", "淡", "light in color"},
		{"洗了几次以后,颜色都淡了。", "", "淡", "light in color"},
		{"我喜欢浅颜色的衣服。", "", "浅", "light (color)"},
		{"这个颜色太浅了。", "", "浅", "light (color)"},
		{"这个菜太淡了,再加点盐。", "", "淡", "insipid"}, // guard: a dish
		{"这条河很浅。", "", "浅", "shallow"},       // guard
	})
}

// TestMoodOfPerson: a character first said of things (急 "urgent", 蔫 "to
// fade") that says a person's state of mind too is that where a person is
// in it: told not to be, or its subject.
func TestMoodOfPerson(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"别急，慢慢说。", "", "急", "hurried"},
		{"你先别急，听我说完。", "", "急", "hurried"},
		{"你急什么，还早呢。", "", "急", "hurried"},
		{"我心里很急。", "", "急", "hurried"},
		{"他失恋以后整个人都蔫了。", "", "蔫", "listless"},
		{"这件事很急，你快点办。", "", "急", "urgent"}, // guard: a thing
		{"花都蔫了，该浇水了。", "", "蔫", "to fade"}, // guard
	})
}

// TestFamiliarPerson: 熟 said of one who knows someone or somewhere (a
// person before it, or the object of 对, 跟, 同, 与) is "familiar", not
// "ripe"; food keeps its first senses.
func TestFamiliarPerson(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我和她不太熟。", "I don't know her very well.", "熟", "familiar"},
		{"你跟老张熟吗？", "", "熟", "familiar"},
		{"我对这一带很熟。", "I know this area well.", "熟", "familiar"},
		{"他对公司的情况还不熟。", "", "熟", "familiar"},
		{"我们俩很熟，从小一起长大的。", "", "熟", "familiar"},
		{"他们跟这边的人都不熟。", "", "熟", "familiar"},
		{"刚来的时候我对这个城市一点儿也不熟。", "When I first came I didn't know this city at all.", "熟", "familiar"},
		{"我跟他们老板挺熟的。", "I'm pretty close with their boss.", "熟", "familiar"},
		{"肉还没熟，再煮一会儿。", "", "熟", "ripe"},                 // guard: food
		{"苹果和梨都熟了。", "", "熟", "ripe"},                    // guard: 和 joins the fruits
		{"我跟你说，饭已经熟了。", "", "熟", "ripe"},                 // guard: 跟 of another clause
		{"这些西红柿还不太熟。", "", "熟", "ripe"},                  // guard: gse tags 西红柿 nr
		{"苹果已经熟了。", "The apples are ripe.", "熟", "ripe"}, // guard
	})
}

// TestFrankSpeech: 直 said of a person, or of one's speech or nature
// (说话, 性格, 人), closing its clause, is "frank"; a road stays
// "straight", and before a verb it is no predicate.
func TestFrankSpeech(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他说话很直。", "", "直", "frank"},
		{"他这个人太直了,容易得罪人。", "He's too blunt and tends to offend people.", "直", "frank"},
		{"他说话直,不会拐弯。", "", "直", "frank"},
		{"这条路很直。", "", "直", "straight"}, // guard: a road
	})
	// Only a character first "straight": 他很爽 (爽 "bright", then
	// "frank") feels good; it is not this rule's.
	if g, _ := tokenGloss(t, a, "他很爽。", "", "爽"); g == "frank" {
		t.Errorf("爽 in 他很爽: got %q", g)
	}
	// Before a verb 直 is no predicate: not "frank" after the person.
	if g, _ := tokenGloss(t, a, "辣得我直冒汗。", "", "直"); g == "frank" {
		t.Errorf("直 in 辣得我直冒汗: got %q", g)
	}
}

// TestPersonKnowsClearly: 清楚 with a person its subject (past adverbs,
// negation and degree) is knowing, "to understand thoroughly; to be clear
// about"; after a verb's 得, or said of a thing, it stays "clear"
// (TestHeadRules checks that info finds every word of knowingWords).
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

// TestWillDoAfterThing: 行 xing2 right after a thing that is its subject,
// closing the clause, is whether it will do; after a person it is
// "capable".
func TestWillDoAfterThing(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ zh, gloss string }{
		{"这个价格行吗?", "all right; OK!; will do"},
		{"我看这件衣服行。", "all right; OK!; will do"},
		{"你放心,这个办法行,我试过了。", "all right; OK!; will do"},
		{"你行吗?", "capable; competent"},
	} {
		if _, gloss := tokenAt(t, a, c.zh, "", "行"); gloss != "" && gloss != c.gloss {
			t.Errorf("%s: 行 is %q, want %q", c.zh, gloss, c.gloss)
		}
	}
}

// TestPlaceFeeling: a place's 味道 (its owner before 的 a street, a city,
// an alley) is "(fig.) feeling"; a dish's or a soup's, "flavor; taste".
func TestPlaceFeeling(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这座城市的味道很特别。", "", "味道", "(fig.) feeling"},
		{"胡同的味道还在。", "", "味道", "(fig.) feeling"},
		{"这道菜的味道不错。", "", "味道", "flavor; taste"}, // guard
		{"汤的味道有点咸。", "", "味道", "flavor; taste"},  // guard
	})
}

// TestHeartSuffers: 难受 where the heart suffers (心里 before it, or news
// or a sight taken in earlier: 听到, 看到, 想起 …) is "to be difficult to
// bear", whatever "felt" the English says; the body's keeps "to feel
// unwell".
func TestHeartSuffers(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我心里很难受。", "", "难受", "to be difficult to bear"},
		{"听到这个消息，我难受了好几天。", "When I heard the news I felt terrible for days.", "难受", "to be difficult to bear"},
		{"看到他这样我很难受。", "", "难受", "to be difficult to bear"},
		{"想起那件事我就难受。", "", "难受", "to be difficult to bear"},
		{"我头疼，浑身难受。", "", "难受", "to feel unwell"},                                           // guard
		{"感冒了，嗓子特别难受。", "I have a cold and my throat feels awful.", "难受", "to feel unwell"}, // guard
	})
}

// TestQuarrel: a character first "noisy; loud" with a later "to quarrel"
// is that where there are two sides: 跟/和 and the other before it in its
// clause, or people its subject (not the people 嫌 finds noisy); or
// before 完.
func TestQuarrel(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他跟邻居为一个车位吵起来了。", "", "吵", "to quarrel"},
		{"昨天跟房东为押金的事吵起来了。", "", "吵", "to quarrel"},
		{"我和他吵了一架。", "", "吵", "to quarrel"},
		{"他们又吵起来了。", "They're at it again.", "吵", "to quarrel"},
		{"外面太吵了。", "", "吵", "noisy"},   // guard
		{"别吵，我在看书。", "", "吵", "noisy"}, // guard
		{"孩子们在外面吵。", "", "吵", "noisy"}, // guard
		// Before 完 only the verb: done quarrelling.
		{"他吵完就后悔了。", "", "吵", "to quarrel"},
		// After 嫌 the people are what it finds noisy, not the subject.
		{"邻居嫌我们吵。", "", "吵", "noisy"},
		{"你不嫌他们吵吗？", "", "吵", "noisy"},
	})
}

// TestAddressStranger: a kinship word that also addresses someone outside
// the family (大爷 "term of respect for older man", 老爷子 "polite
// appellation for an elderly male") is that where it names a stranger:
// counted or pointed at (some or many of them too: 有的大爷, 那些大爷, 有些大娘),
// after the 的 of a place or of anything but a
// person, or called at the head of the sentence. After a person it is the
// relative.
func TestAddressStranger(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"公园里有位老爷子在下棋。", "", "老爷子", "polite appellation"},
		{"门口有个大叔在卖西瓜。", "", "大叔", "uncle (term used to address"},
		{"楼下的大娘每天都在跳广场舞。", "", "大娘", "aunt (polite address)"},
		{"大爷，您去哪儿？", "", "大爷", "term of respect"},
		{"那位大姐是新来的。", "", "大姐", "older sister (also polite"},
		{"卖菜的大姐给我多称了一点。", "The woman selling vegetables gave me a bit extra.", "大姐", "older sister (also polite"},
		{"有的大爷听了就笑。", "", "大爷", "term of respect"}, // some of them
		{"那些大爷天天来下棋。", "", "大爷", "term of respect"},
		{"有些大娘不爱说话。", "", "大娘", "aunt (polite address)"},
		{"我家老爷子今年八十了。", "", "老爷子", "my (your etc) old father"}, // guard: a relative
		{"我大姐比我大五岁。", "", "大姐", "big sister"},                  // guard
		{"他的大哥在北京工作。", "", "大哥", "eldest brother"},             // guard: a person's
		{"我爸的大哥就是我大爷。", "", "大哥", "eldest brother"},            // guard
	})
}

// TestShinePastAdverbs: light before 照 and its complement of place is what
// shines, also past adverbs and a modal (阳光能一直照到床上).
func TestShinePastAdverbs(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"太阳一直照到窗台上。", "", "照", "to shine"},
		{"阳光能一直照到床上。", "", "照", "to shine"},
		{"早上的阳光照进了卧室。", "", "照", "to shine"},   // (as before)
		{"你就照他说的做吧。", "", "照", "according to"}, // guard
	})
}

// TestInCharge: 归 or 由 and who, before 管 closing its clause, say whose
// charge it is: "to be in charge of"; elsewhere 管 keeps its first sense.
func TestInCharge(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这事不归我管。", "", "管", "to be in charge of"},
		{"孩子归他妈妈管。", "", "管", "to be in charge of"},
		{"这个项目由谁来管？", "", "管", "to be in charge of"},
		{"这些管线归哪个部门管？", "Which department are these pipes under?", "管", "to be in charge of"},
		{"你别管了。", "", "管", "to take care (of)"}, // guard
	})
}

// TestServiceWindow: 窗口 where one is served (a number and 号 before it,
// an office or a service, or the business done there after it) is the
// service window; a window one stands at or opens stays "window".
func TestServiceWindow(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"请到三号窗口办理。", "", "窗口", "opening providing restricted access"},
		{"银行的窗口下午四点就关了。", "", "窗口", "opening providing restricted access"},
		{"你先去售票窗口买票。", "", "窗口", "opening providing restricted access"},
		{"大家都在窗口排队。", "", "窗口", "opening providing restricted access"},
		{"医院窗口的人太多了。", "The hospital counters are too crowded.", "窗口", "opening providing restricted access"},
		{"他站在窗口往外看。", "", "窗口", "window"}, // guard
		{"把窗口打开透透气。", "", "窗口", "window"}, // guard
	})
}

// TestDiedAfterIllness: 走了 right after an illness (生病, 因病, 心脏病,
// 癌症 …) is "to die (euph.)"; 走了 after a clause of its own leaves.
func TestDiedAfterIllness(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我爷爷去年生病走了。", "", "走", "to die (euph.)"},
		{"奶奶得癌症走了，才六十岁。", "", "走", "to die (euph.)"},
		{"他爸爸前年因病走了。", "", "走", "to die (euph.)"},
		{"老王前年心脏病走了。", "Old Wang passed away from a heart attack two years ago.", "走", "to die (euph.)"},
		{"他生病了，先走了。", "", "走", "to leave"}, // guard
		{"我们走了。", "", "走", "to leave"},     // guard
	})
}
