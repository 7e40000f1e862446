package zh

import "testing"

// Session 13 (words13a): content words whose sense the object or the
// slot decides. The tables live here, not at the end of sense_test.go,
// so that helpers appending at once do not collide.

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

// TestPhrasalSaid: of two senses the English says alike, the one whose
// phrasal verb it says with its particle ("hang up") beats the bare verb
// ("to hang"); the bare verb stays where the particle is not said.
func TestPhrasalSaid(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你先别挂，我去问一下。", "Don't hang up, let me go and ask.", "挂", "to hang up (the phone)"},
		{"妈妈说她要挂了。", "Mom said she had to hang up now.", "挂", "to hang up (the phone)"},
		{"墙上挂着一幅画。", "A painting hangs on the wall.", "挂", "to hang; to suspend"}, // guard
	})
}

// TestCoverbBeforeComplement: a character first a preposition and a
// verb too, before 得 and its complement, is the verb, whatever noun
// sense the English says (照片照得很好 / "The photo came out well" is 照
// "to take (a photo)", not 照 "photo").
func TestCoverbBeforeComplement(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这张照片照得很好。", "This photo came out well.", "照", "to take (a photo)"},
		{"你的照片照得真漂亮。", "Your photos came out really beautiful.", "照", "to take (a photo)"},
		{"照片上的人是我爸爸。", "The man in the photo is my dad.", "照片", "photograph"}, // guard
	})
}

// TestQuestionNeed: a sense noted "(in an interrogative sentence)" is the
// one where its sentence asks a question (a question mark or word after
// it), and not elsewhere.
func TestQuestionNeed(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"你究竟想要什么？", "究竟", "(in an interrogative sentence)"},
		{"问题究竟在哪儿？", "究竟", "(in an interrogative sentence)"},
		{"他究竟是谁", "究竟", "(in an interrogative sentence)"},
		{"他究竟还是个孩子。", "究竟", "after all"}, // guard: no question
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

// TestMeasuredAttribute: before a noun whose size a degree adverb and an
// adjective of size say, a word first a verb modifies the noun (工作压力
// 很大 "job"); a verb with its object judged stays (学习中文很难).
func TestMeasuredAttribute(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"我最近工作压力很大。", "工作", "job"},
		{"他们工作时间太长了。", "工作", "job"},
		{"现在竞争压力越来越大。", "竞争", "competition"},
		{"学习中文很难。", "学习", "to learn"}, // guard
		{"他工作很努力。", "工作", "to work"},  // guard
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
