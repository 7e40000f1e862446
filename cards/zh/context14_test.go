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

// TestMeasuredAlreadyXiazi: 一下子 "all at once" holds its own measure
// word: the character after it is counted by nothing (这首歌一下子火了 is
// no 火 "classifier for military units (old)").
func TestMeasuredAlreadyXiazi(t *testing.T) {
	a := analyzer(t)
	if g, _ := tokenGloss(t, a, "这首歌一下子火了。", "", "火"); strings.HasPrefix(g, "classifier") {
		t.Errorf("火 in 这首歌一下子火了: got %q", g)
	}
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
