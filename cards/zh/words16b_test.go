package zh

import "testing"

// Session 16 (words16b): content words whose sense the slot, the object or
// the subject decides. The tables live here so that helpers appending at
// once do not collide.

// TestObjectBeforeQuestion: the object of a verb (有, 得到 …) that ends its
// clause is the noun a word first a verb also is, also where the particle
// of a question or a suggestion follows it (吗, 呢, 吧); not before 了,
// which follows a verb done.
func TestObjectBeforeQuestion(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"加班有补贴吗？", "", "补贴", "subsidy"},
		{"我们这份工作没什么补贴吧？", "There is not much of an allowance with this job, is there?", "补贴", "allowance"},
		{"最近有变化吗？", "", "变化", "change"},
		{"这个方法对你有帮助吗？", "", "帮助", "assistance"},
		{"你对这件事有安排吗？", "", "安排", "arrangements"},
		{"你有打算吗？", "", "打算", "plan"},
		{"他有工作吗？", "", "工作", "job"},
		{"你们开始工作了吗？", "", "工作", "to work"},          // guard: 了 after a verb done
		{"他们在工作吗？", "", "工作", "to work"},            // guard
		{"你会继续努力吗？", "", "努力", "to make an effort"}, // guard: a verb that takes a verb
		{"你要去运动吗？", "", "运动", "to exercise"},        // guard: a verb of purpose
	})
}

// TestVerbBeforeLe: a character that is first a verb, before a 了 after
// which its clause goes on (its object), is the verb, whatever noun the
// English says ("line" in "stood in line" says 排 "row; line").
func TestVerbBeforeLe(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我在银行排了半天队。", "I stood in line at the bank forever.", "排", "to arrange in order; to line up"},
		{"排了一个小时的队才买到票。", "We waited in line for an hour to get tickets.", "排", "to arrange in order; to line up"},
		{"我们排了很长时间的队。", "We waited in line for a long time.", "排", "to arrange in order; to line up"},
		{"他站在第一排。", "He's standing in the first row.", "排", "classifier for rows"}, // guard: after a number
		{"他写了一行字。", "He wrote a line of characters.", "行", "classifier for rows"},  // guard
	})
}

// TestNounSaidAsVerb: an English noun ("my stop", "two stops", "which
// stop") says no verb: where the Chinese puts a noun too (after a number
// or a demonstrative, or after a verb's 过, its object), a character first
// a noun keeps its noun sense ("station"), whatever verb ("to stop") the
// English word's stem says.
func TestNounSaidAsVerb(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我又坐过站了。", "", "站", "station"},
		{"我又坐过站了。", "I missed my stop again.", "站", "station"},
		{"再坐两站就到了。", "Two more stops and we're there.", "站", "station"},
		{"你在哪一站下车？", "Which stop do you get off at?", "站", "station"},
		{"坐三站就到了。", "It's three stops from here.", "站", "station"},
		{"他在门口站了很久。", "He stood at the door for a long time.", "站", "to stand"}, // guard
		{"你站着别动。", "", "站", "to stand"},                                         // guard
		{"我坐过这趟车。", "", "坐", "to sit"},                                          // guard
	})
}

// TestLagging: 卡 as a predicate is the device that lags (predicateUsual),
// after a degree adverb and after an adverb of how often or how widely
// closing its clause (oftenAdverbs); after a measure word or 的 the card.
func TestLagging(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这台电脑开个文档都卡。", "", "卡", "(computing) (coll.) slow"},
		{"我的手机一直卡。", "", "卡", "(computing) (coll.) slow"},
		{"这个游戏老卡。", "This game keeps lagging.", "卡", "(computing) (coll.) slow"},
		{"电脑又卡了。", "", "卡", "(computing) (coll.) slow"},
		{"他的卡也丢了。", "", "卡", "(loanword) card"},  // guard
		{"这张卡不能用了。", "", "卡", "(loanword) card"}, // guard
		{"鱼刺卡在喉咙里了。", "", "卡", "to stop"},        // guard
	})
}

// TestJudgedPerformance: after the 得 of a performance (踢, 写, 下 …) a
// character closing its clause judges how well it went: its sense
// "terrible" or "crappy; bad", not a smell or a texture; elsewhere, and
// after a verb that changes a thing (煮), the plain sense stays.
func TestJudgedPerformance(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"昨天那场球他们踢得太臭了。", "", "臭", "terrible"},
		{"他的字写得很臭。", "", "臭", "terrible"},
		{"这步棋下得真臭。", "That was a really lousy move.", "臭", "terrible"},
		{"他的文章写得很烂。", "", "烂", "crappy; bad"},
		{"这鱼有点臭了。", "", "臭", "smelly"},       // guard
		{"面条煮得太烂了。", "", "烂", "soft; mushy"}, // guard: the noodles' texture
	})
}

// TestFailed: 砸 closing its clause with nothing it is done to, after a
// verb (its result) or after its subject, is "to fail"; with 把 or 被 or an
// object it smashes.
func TestFailed(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我把这件事办砸了。", "", "砸", "to fail"},
		{"别把事情弄砸了。", "Don't mess things up.", "砸", "to fail"},
		{"第一场演出全砸了。", "", "砸", "to fail"},
		{"他一生气把杯子砸了。", "", "砸", "to smash"}, // guard
		{"有人砸了我的车窗。", "", "砸", "to smash"},  // guard
		{"窗户被砸了。", "", "砸", "to smash"},     // guard
	})
}

// TestSplitState: a character closing its clause as the predicate of the
// word before it, a degree adverb or a negation between, where the two
// make a word (手头紧 "short of money", 病重 "seriously ill"), takes its
// sense that shares a word with that word's, whatever the English says.
func TestSplitState(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"最近手头有点儿紧。", "", "紧", "hard up"},
		{"他这几个月手头很紧。", "Money has been really tight for him these months.", "紧", "hard up"},
		{"他的病很重。", "", "重", "serious"},
		{"医生说他的病不重。", "", "重", "serious"},
		{"这双鞋太紧了。", "", "紧", "tight"}, // guard: no word 鞋紧
		{"时间有点紧。", "", "紧", "tight"},  // guard
		{"这个箱子很重。", "", "重", "heavy"}, // guard
	})
}

// TestOwnedState: after whose or when it is (a person, a time) and before
// a degree adverb and the state it grades, closing the clause, a word
// first an adverb or an adjective is the subject, its noun sense.
func TestOwnedState(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"最近手头有点儿紧。", "", "手头", "one's financial situation"},
		{"我手头不太宽裕。", "", "手头", "one's financial situation"},
		{"他这几个月手头很紧。", "Money has been really tight for him these months.", "手头", "one's financial situation"},
		{"我手头没有这本书。", "", "手头", "on hand"},     // guard
		{"手头的工作太多了。", "", "手头", "on hand"},     // guard
		{"外面太吵了，把窗户关上吧。", "", "外面", "outside"}, // guard: nobody's
	})
}

// TestRepeatedVerb: a character before 得 or an aspect particle that
// repeats the verb opening a verb–object word just before it takes the
// sense whose verb is that word's (包饺子 "to wrap jiaozi": 包 "to wrap";
// 拍照 "to take a picture": 拍 "to take (a photo)").
func TestRepeatedVerb(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们第一次包饺子，包得很难看。", "", "包", "to wrap"},
		{"我们包饺子包了一下午。", "", "包", "to wrap"},
		{"他拍照拍得很好。", "", "拍", "to take (a photo)"},
		{"她拍照拍了一整天。", "She spent the whole day taking pictures.", "拍", "to take (a photo)"},
		{"他开车开了十年。", "", "开", "to turn on; to put in operation; to operate; to run"}, // guard
	})
}

// TestSaidOfWordBefore: an English word that says a gloss of a longer word
// before the token holding its character translates that word, and says
// nothing of the character standing alone after it (管线 "general term for
// pipes" takes "pipes"), where the character's sense it says is a noun.
func TestSaidOfWordBefore(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这些管线归哪个部门管？", "Which department are these pipes under?", "管", "to "},
		{"地下的管线归城建部门管。", "The pipes underground belong to the construction department.", "管", "to "},
		{"他在墙上钉了一个钉子。", "He hammered a nail into the wall.", "钉子", "nail"}, // guard
	})
}

// TestWrapClosed: before a complement that closes something in (起来, 好,
// 上) 包 wraps; elsewhere its first sense or the noun stays.
func TestWrapClosed(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"把礼物包起来。", "", "包", "to wrap"},
		{"饺子都包好了。", "", "包", "to wrap"},
		{"用报纸包上。", "", "包", "to wrap"},
		{"我的包丢了。", "", "包", "bag"}, // guard
	})
}

// TestConnectTopic: 接 before 上 (or 不上, 得上) closing its clause joins
// the topic before it: "to connect", whatever the English says ("caught",
// of 着火, says "to catch"); with an object after the complement the slot
// decides.
func TestConnectTopic(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"两根管子接不上。", "", "接", "to connect"},
		{"厨房着火了，水管都接不上。", "The kitchen caught fire, and we couldn't even hook up the hose.", "接", "to connect"},
		{"车库着火的时候，两根水管怎么也接不上。", "When the garage caught fire, the two hoses just wouldn't hook up.", "接", "to connect"},
		{"他接不上话。", "", "接", "to receive"}, // guard: an object follows
	})
}

// TestStateAfterVerbGe: after a verb and 个, a word closing its clause is
// the state the verb seeks (图个踏实), which 个 does not count as a noun:
// the verb sense the English says stays ("to have peace of mind", not the
// noun "steady").
func TestStateAfterVerbGe(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我多花点钱买保险，图个踏实。", "I pay a bit more for insurance, for peace of mind.", "踏实", "to have peace of mind"},
		{"提前到机场，图个踏实。", "Get to the airport early, for peace of mind.", "踏实", "to have peace of mind"},
		{"他买了个新手机。", "He bought a new phone.", "手机", "cell phone"}, // guard
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
