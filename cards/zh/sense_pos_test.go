package zh

import "testing"

// Content words whose part of speech the slot decides: a word that is a verb,
// a noun, a state or a modifier takes the sense of the one its slot wants.

// TestDurationAfter: how long it lasts, closing the clause right after a
// word, makes it the verb it also is (得在家休息两个星期 "to rest"); not
// after a measure word, whose noun it is (这次考试两个小时).
func TestDurationAfter(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"医生说他得在家休息两个星期。", "休息", "to rest"},
		{"我们在公园里休息一会儿吧。", "休息", "to rest"},
		{"这次考试两个小时。", "考试", "exam"},          // guard: after a measure word
		{"假期两个星期。", "假期", "vacation"},        // guard: no verb sense
		{"比赛两个小时以后开始。", "比赛", "competition"}, // guard: not closing
	})
}

// TestGoingOver: 过去 closing its clause after who goes or an adverb or a
// modal is "to go over; to pass by"; a verb's object or 的's noun stays
// "(in the) past".
func TestGoingOver(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"你等一下，我马上过去。", "过去", "to go over"},
		{"你先过去，我一会儿就到。", "过去", "to go over"},
		{"我们得快点儿过去。", "过去", "to go over"},
		{"都已经三个小时过去了。", "过去", "to go over"},
		{"那件事已经过去了。", "过去", "to go over"},
		{"过去我常去那儿。", "过去", "(in the) past"},    // guard
		{"过去三年公司发展很快。", "过去", "(in the) past"}, // guard
		{"我们的过去并不重要。", "过去", "(in the) past"},  // guard
	})
}

// TestVerbAfterNounSubject: after its subject, a noun, before the 了 that
// closes the clause, a word that is a verb too is that verb, whatever noun
// the English says.
func TestVerbAfterNounSubject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他去年打球腿伤了。", "He hurt his leg playing ball last year.", "伤", "to injure"},
		{"我搬家的时候腰伤了。", "I hurt my back when I was moving house.", "伤", "to injure"},
		{"这点伤不算什么。", "This little injury is nothing.", "伤", "injury"}, // guard
	})
}

// TestVerbOfClause: after its subject or a negation, a verb that takes a
// clause for object (信 + 你说的) is that verb, not the entry's grammar
// sense that is no preposition (信 "at will"); a preposition there stays
// one (我为你们准备了 为 "for").
func TestVerbOfClause(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我信你说的是真的。", "", "信", "to believe"},
		{"我不信他说的那些。", "", "信", "to believe"},
		{"邻居都不信她是我妈。", "The neighbours don't believe she is my mum.", "信", "to believe"},
		{"他把它设成了默认。", "", "设", "to set up"},
		{"我为你们准备了晚饭。", "", "为", "for"},       // guard: a preposition
		{"就像你说的，这事不好办。", "", "像", "such as"}, // guard
	})
}

// TestOnOwnBefore: after 自主, 独立 or 自行 "on one's own", before its object,
// a word first a noun is the verb it also is (自主研发芯片 "to develop").
func TestOnOwnBefore(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"为什么要自主研发芯片？", "研发", "to develop"},
		{"这是我们的自主品牌。", "品牌", "brand"}, // guard
	})
}

// TestGradedVerbObject: a degree adverb, then a character whose first
// sense is no verb, then a noun with no 的 between: the character is the
// verb it also is, graded with its object (很花精力 "to spend", 很重规矩
// "to attach importance to"). Before 的 or closing its clause it keeps
// its state; after 最 or 更 an adjective modifies its noun (最低气温).
func TestGradedVerbObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"照顾孩子很花精力。", "", "花", "to spend"},
		{"他们家很重规矩。", "", "重", "to attach importance to"},
		{"这种话真气人。", "", "气", "to make angry"},
		{"照顾孩子很花精力。", "Looking after children takes a lot of energy.", "花", "to spend"},
		{"这个行李箱很重。", "", "重", "heavy"},   // guard: no object
		{"这是一个很重的箱子。", "", "重", "heavy"}, // guard: 的
		{"明天最低气温零下三度。", "", "低", "low"},  // guard: 最 + attribute
		{"广场上有很多人在跳舞。", "", "多", "many"}, // guard: an amount
		{"这里的花很香。", "", "花", "flower"},   // guard
	})
}

// TestPredicateSlotNoun: a character first a noun closing its clause
// after an adverb that only a predicate follows (也, 都, 就 …) is the verb
// it also is (你说什么他都信 信 "to believe", learner.txt's verb, not "letter"); a character
// first a verb after 的, before its predicate closing the clause, is the
// subject, its noun (门上的锁坏了 锁 "a lock", not "to lock").
func TestPredicateSlotNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你说什么他都信。", "", "信", "to believe"},
		{"这种广告你也信？", "", "信", "to believe"},
		{"他编的故事你就信了？", "", "信", "to believe"},
		{"宿舍门上的锁坏了。", "", "锁", "a lock"},
		{"我们班的画卖完了。", "", "画", "picture"},
		{"宿舍门上的锁坏了。", "The lock on the dorm door is broken.", "锁", "a lock"},
		{"我昨天给他寄了一封信。", "", "信", "letter"}, // guard
		{"我想再加点水。", "", "水", "water"},      // guard: 点 is no adverb
		{"门我已经锁了。", "", "锁", "to lock"},    // guard
		{"他的笑很好看。", "", "笑", "to laugh"},   // guard: no noun sense
		{"她唱的比我好。", "", "比", "(A 比 B"},     // guard
	})
}

// TestPlanBeforePlace: 计划 after its subject and before 在, a place and
// the verb done there is the verb; after a determiner or 的 the noun.
func TestPlanBeforePlace(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"政府计划在这里修一条路。", "", "计划", "to plan"},
		{"我们公司计划在上海开分店。", "Our company plans to open a branch in Shanghai.", "计划", "to plan"},
		{"他们计划在北京待三天。", "", "计划", "to plan"},
		{"这个计划在上海实施。", "", "计划", "plan"},   // guard: a determiner
		{"公司的计划在会上通过了。", "", "计划", "plan"}, // guard: after 的
		{"公司计划在上海。", "", "计划", "plan"},     // guard: no verb after the place
	})
}

// TestAcquaintEvent: 认识 as the event of meeting (before the 的 closing
// a 是…的 clause, before 一下, after 刚 or 高兴) is "to get acquainted
// with sb"; knowing someone or something stays "to know".
func TestAcquaintEvent(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们是在大学认识的。", "", "认识", "to get acquainted"},
		{"我们是在大学认识的。", "We met at university.", "认识", "to get acquainted"},
		{"你们俩怎么认识的?", "How did you two meet?", "认识", "to get acquainted"},
		{"很高兴认识你。", "", "认识", "to get acquainted"},
		{"我来介绍一下,大家认识一下。", "", "认识", "to get acquainted"},
		{"我认识他很多年了。", "I've known him for years.", "认识", "to know"}, // guard: the state
		{"你认识这个字吗?", "", "认识", "to know"},                           // guard
		{"这是我认识的人。", "", "认识", "to know"},                           // guard: 的 before its noun
	})
}

// TestNominalObject: closing its clause after a verb that takes a thing
// done (得到, 受到, 提供, 进行, 引起 …), a word first a verb is the noun it
// also is; after a modal or 需要 it stays the verb.
func TestNominalObject(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"他生病的时候得到了帮助。", "帮助", "assistance"},
		{"我们公司给客户提供服务。", "服务", "service"},
		{"这件事在网上引起了关注。", "关注", "concern"},
		{"我们应该加强管理。", "管理", "management"},
		{"我们需要帮助别人。", "帮助", "to help"}, // guard: an object follows
	})
}

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

// TestHaveNoun: what 有 has is a noun, also before the 了 of a new
// state, where a character first a noun would be its verb (没电了 is so
// after 没 already); and 网 alone is the network a learner meets first.
func TestHaveNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"现在教室里就有网了。", "Now there is internet in the classroom.", "网", "network"},
		{"现在教室里就有网了。", "", "网", "network"},
		{"酒店有网吗?", "", "网", "network"},
		{"现在有电了。", "", "电", "electricity"},
		{"家里的网太慢了。", "", "网", "network"},
		{"他被电了一下。", "", "电", "to get (or give) an electric shock"}, // guard: no 有
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

// TestBetweenZaiAndPlace: between 在 and a word of place (中, 上, 方面 …) a
// word first a verb is the noun it also is; 在 + verb in progress stays.
func TestBetweenZaiAndPlace(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"在工作中我们要多沟通。", "工作", "job"},
		{"他在教育上花了很多钱。", "教育", "education"},
		{"在训练中他的腿受伤了。", "训练", "training"},
		{"他们在教育孩子。", "教育", "to educate"}, // guard: 在 + a verb in progress
	})
}

// TestInsideNoun: before 中 or 里 (what one is in) a word whose chosen
// sense is an adjective or an adverb takes the noun made from it, also
// where the English says the adjective; elsewhere the adjective stays.
func TestInsideNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"在现实中,这种事很少发生。", "In the real world this rarely happens.", "现实", "reality"},
		{"现实中的他很内向。", "In real life he is very introverted.", "现实", "reality"},
		{"黑暗中有人喊了一声。", "", "黑暗", "darkness"},
		{"黑暗中有人喊了一声。", "Someone shouted in the dark.", "黑暗", "darkness"},
		{"他在黑暗里坐着。", "", "黑暗", "darkness"},
		{"他在困难中没有放弃。", "", "困难", "difficult situation"},
		{"他们生活在幸福之中。", "They live in happiness.", "幸福", "happiness"},
		{"这个想法不太现实。", "This idea is not very realistic.", "现实", "realistic"}, // guard: a predicate
		{"这里很黑暗。", "", "黑暗", "dark"},                                         // guard
		{"他们很幸福。", "", "幸福", "happy"},                                        // guard
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

// TestSubjectAfterTime: a word first a verb that heads its clause after a
// time, before a degree adverb and its predicate, is the subject, the
// noun it also is; after a person it stays the verb.
func TestSubjectAfterTime(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"最近工作很忙。", "", "工作", "job"},
		{"今年变化很大。", "", "变化", "change"},
		{"现在要求越来越高了。", "", "要求", "requirement"},
		{"这两天工作特别多。", "", "工作", "job"},
		{"最近他工作很努力。", "", "工作", "to work"}, // guard: a person before it
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

// TestMeasuredAttribute: before a noun whose size a degree adverb and an
// adjective of size say, a word first a verb modifies the noun (工作压力
// 很大 "job"); a verb with its object judged stays (学习中文很难).
func TestMeasuredAttribute(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"我最近工作压力很大。", "工作", "job"},
		{"他们工作压力太大了。", "工作", "job"}, // (工作时间 is a headword, the unit)
		{"现在竞争压力越来越大。", "竞争", "competition"},
		{"学习中文很难。", "学习", "to learn"}, // guard
		{"他工作很努力。", "工作", "to work"},  // guard
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

// TestStateAfter: closing its clause after 变得, 显得, 更加 or the 且 of
// two states, a word first a verb that is an adjective too is the state.
func TestStateAfter(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"智能手机变得便宜且普及。", "普及", "widespread"},
		{"这些城市的人口变得集中。", "集中", "centralized"},
		{"我们要普及科学知识。", "普及", "to spread extensively"}, // guard: an object follows
	})
}

// TestDegreeKeepsState: after a degree adverb, closing its clause, a word
// first an adjective is that state, whatever verb it also is that the
// English says in another clause.
func TestDegreeKeepsState(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"屋里太闷了，我们出去走走吧。", "It's too stuffy in here, let's go out and cover some ground.", "闷", "stuffy"},
		{"今天太闷了，出门就一身汗。", "So muggy today, you step out and you're covered in sweat.", "闷", "stuffy"},
		{"这屋子太闷了，快开窗。", "This room is smothering, open a window quick.", "闷", "stuffy"},
		{"车里很闷，窗户全被雪盖住了。", "It's close in the car; the windows are all covered with snow.", "闷", "stuffy"},
		{"他把锅盖盖上，闷了一会儿。", "He put the lid on and covered it tightly for a while.", "闷", "to cover tightly"}, // guard: no degree
	})
}

// TestSlangState: a character after a degree adverb, closing its clause,
// or before 得 and an intensity (厉害), is a state; where none of its plain senses is one, its slang sense that
// is an adjective ("hypercompetitive", "awesome", "cool").
func TestSlangState(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"现在这个行业太卷了。", "", "卷", "(slang) to compete to an unhealthy degree; hypercompetitive"},
		{"大家都很卷。", "", "卷", "(slang) to compete to an unhealthy degree; hypercompetitive"},
		{"现在的学生越来越卷。", "Students are getting more and more competitive these days.", "卷", "(slang) to compete"},
		{"这个人太牛了。", "", "牛", "(slang) awesome"}, // (真牛 is a headword, the unit)
		{"你太牛了!", "You're amazing!", "牛", "(slang) awesome"},
		{"这双鞋很炫。", "", "炫", "(slang) cool"},
		{"现在这个行业卷得非常厉害。", "", "卷", "(slang) to compete"},
		{"互联网公司卷得很厉害。", "", "卷", "(slang) to compete"},
		{"头发卷得很漂亮。", "", "卷", "to roll up"}, // guard: no intensity
		{"把地毯卷起来。", "", "卷", "to roll up"},  // guard: no degree adverb
		{"这头牛很大。", "", "牛", "ox"},           // guard
	})
}

// TestNegatedState: 不 before a word closing its clause with no object
// negates the state a transitive verb leaves, where the word has it as
// the verb's past participle (统一 "to unify" / "unified", 固定 "to fix" /
// "fixed"); after a degree adverb that participle is the state first
// (很集中 "concentrated", not "centralized"). Done, given an object or with
// no such sense, the verb stays.
func TestNegatedState(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这几家店的价格不统一。", "", "统一", "unified"},
		{"我们组里大家的看法不统一。", "", "统一", "unified"},
		{"他下班的时间不固定。", "", "固定", "fixed"},
		{"孩子上课的时候注意力不集中。", "", "集中", "concentrated"},
		{"他对现在的收入还不满足。", "", "满足", "satisfied"},
		{"这一带的人口很集中。", "", "集中", "concentrated"},
		{"这几家店的价格不统一。", "Prices at these shops aren't uniform.", "统一", "unified"},
		{"开会以后大家的意见统一了。", "", "统一", "to unify"},       // guard: done
		{"我们先统一一下思想。", "", "统一", "to unify"},          // guard: an object
		{"你先把架子固定好。", "", "固定", "to fix"},             // guard
		{"他不同意我的看法。", "", "同意", "to agree"},           // guard: no state
		{"你一个人去，我不放心。", "", "放心", "to feel relieved"}, // guard
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

// TestPredicateUsual: every predicateUsual key starts a sense of its
// character; where the character is a predicate (after a degree adverb,
// or closing its clause with 了 or 起来 after its subject) it has that
// sense, elsewhere its first.
func TestPredicateUsual(t *testing.T) {
	a := analyzer(t)
	for w, key := range predicateUsual {
		found := false
		for _, e := range a.dict.Lookup(w) {
			if senseKeyIndex(a.info(e).senses, key) >= 0 {
				found = true
			}
		}
		if !found {
			t.Errorf("predicateUsual %s: no sense starts %q", w, key)
		}
	}
	checkPairGlosses(t, a, []pairGloss{
		{"这家店最近特别火。", "", "火", "hot (popular)"},
		{"这首歌一下子火了。", "", "火", "hot (popular)"},
		{"这个行业突然火起来了。", "", "火", "hot (popular)"},
		{"你太牛了。", "", "牛", "(slang) awesome"}, // (真牛 is a headword, the unit)
		{"这件衣服很土。", "", "土", "unsophisticated"},
		{"我打游戏很菜。", "", "菜", "(of one's skills etc) weak"},
		{"小心火。", "", "火", "fire"},              // guard
		{"火很大。", "", "火", "fire"},              // guard: the subject
		{"他把火点起来了。", "", "火", "fire"},          // guard: 把's object
		{"这道菜很好吃。", "", "菜", "dish (of food)"}, // guard
		{"他养了一头牛。", "", "牛", "ox"},             // guard
	})
}

// TestPredicateUsualSlots: a predicateUsual character (learner.go) takes
// its predicate's sense in the slots of a predicate.
func TestPredicateUsualSlots(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		// 卡 as a predicate is the device that lags (predicateUsual),
		// after a degree adverb and after an adverb of how often or how widely
		// closing its clause (oftenAdverbs); after a measure word or 的 the card.
		{"这台电脑开个文档都卡。", "", "卡", "(computing) (coll.) slow"},
		{"我的手机一直卡。", "", "卡", "(computing) (coll.) slow"},
		{"这个游戏老卡。", "This game keeps lagging.", "卡", "(computing) (coll.) slow"},
		{"电脑又卡了。", "", "卡", "(computing) (coll.) slow"},
		{"他的卡也丢了。", "", "卡", "(loanword) card"},  // guard
		{"这张卡不能用了。", "", "卡", "(loanword) card"}, // guard
		{"鱼刺卡在喉咙里了。", "", "卡", "to stop"},        // guard
		// 卡 (and the other predicateUsual characters) before 得 and
		// how far it goes is the predicate, the device that lags: 卡得要命 "(coll.)
		// slow", 火得不行 "hot (popular)"; 卡 stuck somewhere keeps "to stop".
		{"这台电脑开机卡得要命。", "", "卡", "(computing) (coll.) slow"},
		{"这台旧电脑卡得不行。", "", "卡", "(computing) (coll.) slow"},
		{"视频卡得非常厉害，根本看不了。", "", "卡", "(computing) (coll.) slow"},
		{"我的电脑最近卡得厉害。", "My computer has been lagging badly lately.", "卡", "(computing) (coll.) slow"},
		{"这首歌去年火得不行。", "", "火", "hot (popular)"},
		{"鱼刺卡在喉咙里了。", "", "卡", "to stop"},  // guard
		{"门卡得很紧，打不开。", "", "卡", "to stop"}, // guard: no intensity after 得
		// 热, first "to warm up", is the weather's "hot" as a
		// predicate (predicateUsual): after its subject before 了 (天热了: 天
		// uncounted, not the measure word), before a question's particle (外面热
		// 吗), before 得 and an intensity; heating something keeps the verb.
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

// TestStateVerbAdverb: a word first glossed "to be" and an adjective (肯定
// "to be certain") is a state, not a verb taking a verb as its object:
// before a verb or a negation it is its adverb; standing alone it keeps
// the state.
func TestStateVerbAdverb(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他肯定知道这件事。", "", "肯定", "assuredly; definitely"},
		{"看这天，明天肯定下雨。", "", "肯定", "assuredly; definitely"},
		{"市中心的房租肯定不便宜。", "", "肯定", "assuredly; definitely"},
		{"这件事我还不能肯定。", "", "肯定", "to be certain"}, // guard: no verb after it
		{"你明天需要早点来。", "", "需要", "to need"},        // guard: a verb taking a verb
	})
}

// TestDegreeStateBeforeDe: after a degree adverb and before the 的 that
// closes the clause (挺累的), a character first an adjective is that
// state, not a verb sense the English says by a word of another clause
// ("line of work": 累 "to work hard").
func TestDegreeStateBeforeDe(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"当护士挺累的。", "Nursing is hard work, and it's pretty exhausting.", "累", "tired"},
		{"当护士挺累。", "Nursing is hard work, and it's pretty exhausting.", "累", "tired"},
	})
}

// TestGivenToPerson: what 给 gives a person, closing the clause, is a
// thing: a word first a verb is its noun there (给他们建议吗 "proposal");
// with an object after it, it stays the verb.
func TestGivenToPerson(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你给我们建议一个吃饭的地方吧。", "", "建议", "to propose"}, // guard: an object after it
		{"老师没给我们建议。", "", "建议", "proposal"},
		{"我建议你早点睡。", "", "建议", "to propose"}, // guard: no 给
	})
}
