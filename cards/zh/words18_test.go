package zh

import "testing"

// Session 16 (words18): content words whose sense the slot, the object or
// the subject decides. The tables live here so that helpers appending at
// once do not collide.

// TestLagsBadly: 卡 (and the other predicateUsual characters) before 得 and
// how far it goes is the predicate, the device that lags: 卡得要命 "(coll.)
// slow", 火得不行 "hot (popular)"; 卡 stuck somewhere keeps "to stop".
func TestLagsBadly(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这台电脑开机卡得要命。", "", "卡", "(computing) (coll.) slow"},
		{"这台旧电脑卡得不行。", "", "卡", "(computing) (coll.) slow"},
		{"视频卡得非常厉害，根本看不了。", "", "卡", "(computing) (coll.) slow"},
		{"我的电脑最近卡得厉害。", "My computer has been lagging badly lately.", "卡", "(computing) (coll.) slow"},
		{"这首歌去年火得不行。", "", "火", "hot (popular)"},
		{"鱼刺卡在喉咙里了。", "", "卡", "to stop"},  // guard
		{"门卡得很紧，打不开。", "", "卡", "to stop"}, // guard: no intensity after 得
	})
}

// TestDrivenPastAdjective: a vehicle one drives is 开's object also with an
// adjective before it (开大货车, 开新车), and the object of the same verb
// or of 把 before it, the adjective between (开大卡车开了二十年, 把旧车开到
// 门口): "to operate", not "to open" nor a vehicle's "to start".
func TestDrivenPastAdjective(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我爸开大卡车开了二十年。", "", "开", "to turn on; to put in operation; to operate"},
		{"她开新车去上班了。", "", "开", "to turn on; to put in operation; to operate"},
		{"你把旧车开到门口来。", "", "开", "to turn on; to put in operation; to operate"},
		{"他开大货车跑长途。", "He drives big trucks on long hauls.", "开", "to turn on; to put in operation; to operate"},
		{"这车开了十年了。", "", "开", "to turn on; to put in operation; to operate"},
		{"这辆车开了三万公里。", "", "开", "to turn on; to put in operation; to operate"},
		{"火车快开了。", "", "开", "(of ships, vehicles, troops etc) to start"}, // guard: leaving
		{"他开大门让我们进去。", "", "开", "to open"},                               // guard: no vehicle
	})
}

// TestDeductedOnce: money the topic of 扣, 一 right before the verb (…一扣
// "once … are taken out"), and taxes, rent and a fee cut 水电 费 count as
// money: "to deduct (money)", not "to fasten".
func TestDeductedOnce(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"房租、水电费一扣，工资就剩不下多少了。", "", "扣", "to deduct (money)"},
		{"税一扣，到手也就八千。", "", "扣", "to deduct (money)"},
		{"工资一扣就没剩多少了。", "", "扣", "to deduct (money)"},
		{"个税一扣，每月到手六千多。", "Once income tax is taken out, I take home a bit over six thousand a month.", "扣", "to deduct (money)"},
		{"你把扣子一扣就好了。", "", "扣", "to fasten"}, // guard
		{"门一扣上就打不开了。", "", "扣", "to fasten"}, // guard
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

// TestPostedOnline: 晒, 转 and 喷 where the clause puts them online (an
// online place before or after, or for 晒 a photo its object) are what
// one does online; 晒 in the sun, 转 at a crossing keep theirs.
func TestPostedOnline(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"她天天在朋友圈晒孩子。", "", "晒", "(fig.) to expose and share"},
		{"他把新车的照片晒到了朋友圈。", "", "晒", "(fig.) to expose and share"},
		{"她在微博上晒了自己的工资条。", "", "晒", "(fig.) to expose and share"},
		{"晒完照片大家都在点赞。", "She posted the photos and everyone liked them.", "晒", "(fig.) to expose and share"},
		{"这篇文章我转到群里了。", "", "转", "(Internet) to share"},
		{"他在网上转了很多假新闻。", "", "转", "(Internet) to share"},
		{"有人在网上喷他。", "", "喷", "(slang) to criticize scathingly"},
		{"衣服晒在阳台上了。", "", "晒", "to dry (clothes"},         // guard
		{"夏天晒得太黑了。", "", "晒", "(of the sun) to shine on"}, // guard
		{"他踩了我一脚。", "", "踩", "to step on"},                // guard
	})
}

// TestComplementAlone: 走's "away (in compound verbs …)" is a verb's
// complement: with no verb of one character right before it, the English
// "away" ("go away", "passed away") says another sense.
func TestComplementAlone(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你快走吧。", "Go away now.", "走", "to go"},
		{"他突然走了，什么都没说。", "He suddenly went away without a word.", "走", "to go"},
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

// TestAspectNotPlace: 地方 after the 的 of how a thing or a person is, of
// what is alike or different, or of what one understands or learns, is
// "aspect; part"; after where one does something, or counted, a place.
func TestAspectNotPlace(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这就是这个方法厉害的地方。", "", "地方", "aspect; part"},
		{"你有什么不懂的地方就问我。", "", "地方", "aspect; part"},
		{"这两种做法有很多相似的地方。", "", "地方", "aspect; part"},
		{"这本书有很多值得学习的地方。", "", "地方", "aspect; part"},
		{"中国菜和日本菜不一样的地方在哪儿？", "", "地方", "aspect; part"},
		{"他最厉害的地方是记性好。", "His most impressive quality is his memory.", "地方", "aspect; part"},
		{"这是我住的地方。", "", "地方", "place"},      // guard
		{"我去了很多没去过的地方。", "", "地方", "place"},  // guard
		{"北京有一个很特别的地方。", "", "地方", "place"},  // guard: counted
		{"这个城市有很多好玩的地方。", "", "地方", "place"}, // guard
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

// TestPassedOn: 转 passing something on (money after it, past a person;
// a go-between before it: 靠, 通过, 用 + 微信/支付宝) is "to transfer";
// turning keeps "to turn".
func TestPassedOn(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你先转五百块钱过来。", "", "转", "to transfer"},
		{"我微信转你两百。", "", "转", "to transfer"},
		{"工地上手机没信号，话都靠对讲机转。", "", "转", "to transfer"},
		{"房租用支付宝转就行。", "Just pay the rent by Alipay transfer.", "转", "to transfer"},
		{"他转过身来看着我。", "", "转", "to turn"},   // guard
		{"你用手转一下这个轮子。", "", "转", "to turn"}, // guard
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

// TestVerbNotSurname: a character gse tags a name is no surname before a
// verb's complement or aspect (不上, 起来, 着): 手机连不上网, 把线连起来
// lian2 "to link"; 连先生 keeps the surname.
func TestVerbNotSurname(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我的手机连不上网。", "", "连", "to link"},
		{"把这两根线连起来。", "", "连", "to link"},
		{"这两个房间是连着的。", "", "连", "to link"},
		{"连先生来了。", "", "连", "surname Lian"},  // guard
		{"连他都不知道。", "", "连", "(连…都/也) even"}, // guard
	})
}

// TestNamedKind: a noun names a verb's bracket by its kind where neither
// its gloss nor WordNet's synonyms say the bracket's word (bracketKin: a
// video is shot as a film, a university attended as a school), and a noun
// gse tags a place (高中) names as a noun does.
func TestNamedKind(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他在拍视频。", "", "拍", "to shoot (a film)"},
		{"我们去拍个视频吧。", "", "拍", "to shoot (a film)"},
		{"她在北京念大学。", "", "念", "to attend (a school)"},
		{"我弟弟还在念高中。", "", "念", "to attend (a school)"},
		{"你把这首诗念一遍。", "", "念", "to read aloud"}, // guard
		{"他拍了拍我的肩膀。", "", "拍", "to pat"},        // guard
	})
}

// TestHotWeather: 热, first "to warm up", is the weather's "hot" as a
// predicate (predicateUsual): after its subject before 了 (天热了: 天
// uncounted, not the measure word), before a question's particle (外面热
// 吗), before 得 and an intensity; heating something keeps the verb.
func TestHotWeather(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"天热了，多喝点水。", "", "热", "hot (of weather)"},
		{"外面热吗？", "", "热", "hot (of weather)"},
		{"今年夏天热得要命。", "", "热", "hot (of weather)"},
		{"最近天气热起来了。", "It has been getting hot lately.", "热", "hot (of weather)"},
		{"这首歌火吗？", "", "火", "hot (popular)"},
		{"把汤热了再喝。", "", "热", "to warm up"},      // guard
		{"把汤热一下再喝。", "", "热", "to warm up"},     // guard
		{"这是你的卡吗？", "", "卡", "(loanword) card"}, // guard
		{"再加点水吧。", "", "水", "water"},            // guard
	})
}

// TestScrolledAndSent: 刷 through a feed or videos on a phone is "to
// scroll on (a phone)" (onlineSense); money 把's object of 转 is
// transferred (transferSense).
func TestScrolledAndSent(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他每天都要刷朋友圈。", "", "刷", "to scroll on (a phone)"},
		{"我刷了一晚上短视频。", "", "刷", "to scroll on (a phone)"},
		{"我帮你把钱转过去。", "", "转", "to transfer"},
		{"你把身子转过去。", "", "转", "to turn"}, // guard
	})
}

// TestSunDried: 晒 with a thing put out in the sun (a noun its object, or
// 把's object earlier in its clause) is "to dry (clothes, grain etc) in
// the sun"; the sun named before it, or 晒太阳, keep theirs.
func TestSunDried(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"把被子拿出去晒晒。", "", "晒", "to dry (clothes, grain etc) in the sun"},
		{"今天太阳好，晒晒被子吧。", "", "晒", "to dry (clothes, grain etc) in the sun"},
		{"奶奶在院子里晒辣椒。", "", "晒", "to dry (clothes, grain etc) in the sun"},
		{"太阳把我晒得头晕。", "", "晒", "(of the sun) to shine on"},     // guard
		{"周末带爸妈去海边晒晒太阳。", "", "晒", "(of the sun) to shine on"}, // guard: 晒 晒太阳
	})
}

// TestQuiteFrame: 挺 in the frame 挺…的 closing its clause is "(coll.)
// quite; very", whatever gse tags the word between (精神 n).
func TestQuiteFrame(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你穿这件挺精神的。", "", "挺", "(coll.) quite; very"},
		{"这孩子挺精神的。", "The kid looks pretty lively.", "挺", "(coll.) quite; very"},
		{"我觉得这事儿挺偶然的。", "", "挺", "(coll.) quite; very"},
		{"那你们是怎么挺过来的？", "", "挺", "to withstand"}, // guard
	})
}

// TestPassiveHasObject: after 被 the verb's object is its subject, put
// first: objectlessSense does not make it a verb that takes none (他被车
// 撞了 "to knock against", not "to meet by accident").
func TestPassiveHasObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他被车撞了。", "", "撞", "to knock against"},
		{"我的自行车被一辆出租车撞了。", "", "撞", "to knock against"},
		{"孩子们一直在乱动。", "", "乱动", "to move randomly"}, // guard
	})
}

// TestLineOfWork: 搞 with a line of work its object is "to go in for",
// whatever "make" the English says of another verb; 搞清楚 keeps "to do".
func TestLineOfWork(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我是搞技术的。", "", "搞", "to go in for"},
		{"她在大学搞研究。", "", "搞", "to go in for"},
		{"你原来在北京搞设计，怎么跑来做咖啡了？", "You used to be in design in Beijing; how come you ended up making coffee?", "搞", "to go in for"},
		{"这事你得搞清楚。", "", "搞", "to do"}, // guard
	})
}
