package zh

import (
	"strings"
	"testing"
)

// Session 14 (words14a): content words whose sense the slot, the object
// or a comparison decides. The tables live here, not at the end of
// sense_test.go, so that helpers appending at once do not collide.

// TestComparedSense: a character's comparative sense (强 "better") stands
// where something is compared, with 比 before it in its clause or 多 after
// it; elsewhere its first sense ("strong"), whatever "better" the English
// says.
func TestComparedSense(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他的中文比我强多了。", "", "强", "better"},
		{"有工作总比没工作强。", "", "强", "better"},
		{"这个比那个强一点。", "", "强", "better"},
		{"现在比以前强得多。", "Things are much better now than before.", "强", "better"},
		{"他的中文比我强多了。", "His Chinese is much better than mine.", "强", "better"},
		{"他的学习能力很强。", "", "强", "strong"},                                             // guard
		{"这种材料抗压能力强。", "This material stands up to pressure better.", "强", "strong"}, // nothing compared
		{"她的责任心特别强。", "She has a strong sense of responsibility.", "强", "strong"},    // guard
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
	})
}

// TestMishapObject: a mishap as the object of 出 (a noun whose glosses end
// in "accident", "problem", "malfunction", "mistake" …) makes it "to arise;
// to occur": something comes about, nobody goes out.
func TestMishapObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"听说高速上出了车祸。", "", "出", "to arise; to occur"},
		{"听说高速上出了车祸。", "I heard there was an accident on the highway.", "出", "to arise; to occur"},
		{"电脑又出问题了。", "The computer is acting up again.", "出", "to arise; to occur"},
		{"机器出了故障。", "The machine broke down.", "出", "to arise; to occur"},
		{"工作中出了点差错。", "", "出", "to arise; to occur"},
		{"他出了一身汗。", "He broke into a sweat.", "出", "to go out"}, // guard: no mishap
	})
}

// TestParticleUnsaid: where the English says only the verb of a sense's
// phrasal gloss, not its particle ("left" for 落 "to leave out", "go" for
// 送 "to go along with"), the learner's usual sense, if the English says it
// too, or the sense the object chooses wins.
func TestParticleUnsaid(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我把手机落在出租车上了。", "I left my phone in the taxi.", "落", "to leave behind"},
		{"钥匙落家里了。", "I left the keys at home.", "落", "to leave behind"},
		{"他每次都多送我们一盘水果。", "Every time we go he throws in an extra plate of fruit.", "送", "to give (as a present)"},
		{"每次去他都送我们一瓶酒。", "Every time we go there he hands us a bottle of wine.", "送", "to give (as a present)"},
		{"我送你到门口吧。", "Let me go with you to the door.", "送", "to accompany"},                     // guard: the particle said
		{"明天我去机场送你。", "I'll go to the airport to see you off tomorrow.", "送", "to see (sb) off"}, // guard
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

// TestLeanOnDeed: before a verb, what one lives by, 靠 is "to depend
// on", whatever "lean" the English says; before 在 or 着 and a thing, "to
// lean against or on".
func TestLeanOnDeed(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"所以很多乐队靠卖周边养活自己。", "So many bands lean on selling merch to support themselves.", "靠", "to depend on"},
		{"他们靠打工赚学费。", "They lean on part-time work to pay tuition.", "靠", "to depend on"},
		{"他靠在墙上睡着了。", "He fell asleep leaning on the wall.", "靠", "to lean against"}, // guard
		{"别靠着门。", "Don't lean on the door.", "靠", "to lean against"},                 // guard
		{"这种包可以防偷。", "This bag guards against theft.", "防", "to guard against"},      // guard: no leaning
	})
}

// TestUsualSaidAlike: where the English says two senses of a character
// alike by a related word ("rely": 靠 "to depend on", "to trust"), the
// learner's usual sense wins.
func TestUsualSaidAlike(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"三文鱼以前基本靠进口。", "Salmon used to rely basically on imports.", "靠", "to depend on"},
		{"这个国家以前靠进口粮食。", "This country used to rely on imported grain.", "靠", "to depend on"},
		{"我们只能靠自己。", "We can only rely on ourselves.", "靠", "to depend on"},
		{"他靠着墙站着。", "He stood leaning against the wall.", "靠", "to lean against"}, // guard
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

// TestLiableToMishap: before what befalls one unwanted (感冒, 生气, 被,
// 犯错, 引起 …) 容易 is "likely; liable to", whatever "easy" the English
// says; before anything else, "easy".
func TestLiableToMishap(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"冬天容易感冒。", "", "容易", "likely; liable to"},
		{"他很容易生气。", "He gets angry easily.", "容易", "likely; liable to"},
		{"老人容易被骗。", "", "容易", "likely; liable to"},
		{"这样容易引起误会。", "That can easily cause misunderstandings.", "容易", "likely; liable to"},
		{"这个问题很容易解决。", "", "容易", "easy"},                          // guard
		{"学中文不容易。", "Learning Chinese isn't easy.", "容易", "easy"}, // guard
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
		{"你真牛。", "", "牛", "(slang) awesome"},
		{"这件衣服很土。", "", "土", "unsophisticated"},
		{"我打游戏很菜。", "", "菜", "(of one's skills etc) weak"},
		{"小心火。", "", "火", "fire"},              // guard
		{"火很大。", "", "火", "fire"},              // guard: the subject
		{"他把火点起来了。", "", "火", "fire"},          // guard: 把's object
		{"这道菜很好吃。", "", "菜", "dish (of food)"}, // guard
		{"他养了一头牛。", "", "牛", "ox"},             // guard
	})
}

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

// TestChildLookedAfter: a child as the object of a character with a later
// sense "to look after" (带), taken nowhere after it, is looked after.
func TestChildLookedAfter(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"带孩子很累。", "", "带", "to look after"},
		{"她在家带孩子。", "", "带", "to look after"},
		{"奶奶帮我们带孩子。", "", "带", "to look after"},
		{"我带孩子去公园。", "", "带", "to bring"}, // guard: taken along
		{"你带伞了吗?", "", "带", "to bring"},   // guard: a thing
	})
}

// TestSeekAfter: a character first a noun with a later sense "to seek"
// (图) before what one is after (a quality, 个 and one, 什么) is that
// verb; after a measure word or a determiner, the noun.
func TestSeekAfter(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他买这个就是图便宜。", "", "图", "to seek"},
		{"你图什么呀?", "", "图", "to seek"},
		{"我就图个方便。", "", "图", "to seek"},
		{"这张图很清楚。", "", "图", "diagram"}, // guard
		{"你看这个图。", "", "图", "diagram"},  // guard
	})
}

// TestShiftOnDuty: a shift as the object of a character with a later
// sense "to be on duty" (值), past a number and its 个, chooses it.
func TestShiftOnDuty(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"她一个月要值六七个夜班。", "", "值", "to be on duty"},
		{"今晚我值夜班。", "", "值", "to be on duty"},
		{"明天他值早班。", "He's on the early shift tomorrow.", "值", "to be on duty"},
	})
	// No shift, no duty: 这个东西值多少钱 is what it is worth.
	if g, _ := tokenGloss(t, a, "这个东西值多少钱?", "", "值"); g == "to be on duty" {
		t.Errorf("值 in 这个东西值多少钱: got %q", g)
	}
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

// TestWorthAmount: 值 before what it is worth (an amount, 多少, 钱) is
// "(to be) worth"; standing as a noun, "value"; before a shift, on duty.
func TestWorthAmount(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这个东西值多少钱?", "", "值", "(to be) worth"},
		{"这辆车值十万。", "", "值", "(to be) worth"},
		{"这幅画值不少钱。", "", "值", "(to be) worth"},
		{"这个值很高。", "", "值", "value"},               // guard
		{"她一个月要值六七个夜班。", "", "值", "to be on duty"}, // guard: a shift
	})
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
