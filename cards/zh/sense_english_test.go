package zh

import "testing"

// Content words whose sense the English decides by how it says it: a
// phrasal verb with or without its particle, a noun said as a verb or a verb
// as a noun, two senses said alike.

// TestPhrasalSaid: of two senses the English says alike, the one whose
// phrasal verb it says with its particle ("hang up") beats the bare verb
// ("to hang"); the bare verb stays where the particle is not said.
func TestPhrasalSaid(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你先别挂，我去问一下。", "Don't hang up, let me go and ask.", "挂", "to hang up (the phone)"},
		{"妈妈说她要挂了。", "Mom said she had to hang up now.", "挂", "to hang up (the phone)"},
		{"墙上挂着一幅画。", "A painting hangs on the wall.", "挂", "to hang; to suspend"}, // guard
		// An irregular past says its verb's phrasal sense too, and a
		// leading note does not hide one.
		{"那只猫一看见狗就跑了。", "The cat ran away the moment it saw the dog.", "跑", "to run away"},
		{"你先把这张申请表填一下。", "Fill in this application form first.", "填", "(of a form etc) to fill in"},
		// A gloss whose verb is a stop word ("to be in") has no verb to
		// find: an "in" after "at home" says nothing of it.
		{"星期天我一整天都在家。", "On Sunday I stayed at home in my pajamas all day.", "在家", "to be at home"}, // guard
	})
}

// TestLightVerbAlone: a light verb ("come", "get") whose adverb particle
// the English does not say beside it says nothing of the phrasal sense
// ("to come out"): the sense is chosen as if the English were silent on
// it. Said with its particle, it still says the phrase.
func TestLightVerbAlone(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"客人快来了，你把冰箱里的饮料拿出来吧。", "The guests are coming soon, so take the drinks out of the fridge.", "出来", "(after a verb"},
		{"太阳出来了。", "The sun came out.", "出来", "to come out"}, // guard
	})
}

// TestNumeralAlone: a number word ("one", often a pronoun) said alone
// says nothing of a gloss with other words ("one tenth" of 成), unless the
// English says it as a time of day ("at one", "one in the morning"),
// which says "one o'clock".
func TestNumeralAlone(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"再试一次，说不定就成了。", "Give it one more try, maybe it will work.", "成", "to succeed"},
		{"我们明天一点在公司门口见。", "Let's meet at the office entrance at one tomorrow.", "一点", "one o'clock"}, // guard
		{"他昨天晚上一直工作到一点。", "He worked until one in the morning last night.", "一点", "one o'clock"},     // guard
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

// TestVerbSaidAsNoun: an English verb right after its subject ("I mainly
// study") says a word's verb sense where the Chinese puts the verb, though
// its word is the noun's ("a study").
func TestVerbSaidAsNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我主要研究中国历史。", "I mainly study Chinese history.", "研究", "to research"},
		{"我们研究这个问题很久了。", "We have studied this problem for a long time.", "研究", "to research"},
		{"这项研究很重要。", "This study is important.", "研究", "a study"},                      // guard
		{"我的主要研究方向是天文。", "My main research direction is astronomy.", "研究", "research"}, // guard
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

// TestIngModifier: of a verb and its noun in -ing that the English says
// alike, the noun where the English word modifies a noun after it
// ("training objectives") and the token starts a noun phrase before a
// noun; the verb after an adverb or a form of be.
func TestIngModifier(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"训练目标和评估方法都要改。", "Training objectives and evaluation methods both need to change.", "训练", "training"},
		{"我们讨论了损失函数和训练目标。", "We discussed loss functions and training objectives.", "训练", "training"},
		{"写作技巧很重要。", "Writing skills matter.", "写作", "writing"},
		{"他们正在训练新员工。", "They are training new staff.", "训练", "to train"},         // guard: an adverb before
		{"我每天写作两个小时。", "I spend two hours writing every day.", "写作", "to write"}, // guard
		{"他很擅长教育孩子。", "He is good at educating children.", "教育", "to educate"},   // guard: a verb before
	})
}

// TestAdverbSaysAdjective: of a noun sense and an adjective sense that the
// English says alike, the adjective where an adverb in -ly says them.
func TestAdverbSaysAdjective(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这是一个递归定义的函数。", "This is a recursively defined function.", "递归", "recursive"},
		{"我们在讨论递归自我改进的系统。", "We're talking about recursively self-improving systems.", "递归", "recursive"},
		{"递归是一种常见的编程技巧。", "Recursion is a common programming technique.", "递归", "recursion"}, // guard
	})
}

// TestUsualSaidSame: where the English says two senses by the very same
// words, the learner's usual sense, if the slot allows it.
func TestUsualSaidSame(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"小公司可以依赖市场。", "Small companies can depend on the market.", "市场", "(economics) market"},
		{"我们的收入主要来自海外市场。", "Our revenue comes mostly from overseas markets.", "市场", "(economics) market"},
		{"他的汉语水平提高得很快。", "His level of Chinese has improved quickly.", "水平", "a standard; a level"},
		{"我去市场买点菜。", "I'm going to the market to buy some vegetables.", "市场", "marketplace"}, // guard: where one goes
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

// TestFunctionVerbPhraseSaidWhole: a verb gloss made only of function
// words ("to have to do with": have, with) is said by the English whole or
// not at all; an auxiliary "have" or "do", or a "with", says it by chance.
func TestFunctionVerbPhraseSaidWhole(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你跟房东关系好吗？", "Do you get along with your landlord?", "关系", "relation"},
		{"我和同事们相处得很好，关系不错。", "I get on well with my coworkers, we are on good terms.", "关系", "relation"},
		{"他们俩关系怎么样？", "How do they get along with each other?", "关系", "relation"},
		{"飞机准备起飞了。", "The plane is about to take off.", "准备", "to be about to"}, // guard: said whole
	})
}

// TestDoubledWordSaidWhole: a sense glossed by a doubled word ("so-so")
// is said by the doubled word, not by its half ("So, what do you…"):
// there the slot decides (一般 before a verb or before 怎么 "generally",
// before 的 "ordinary").
func TestDoubledWordSaidWhole(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你周末一般做什么？", "So what do you usually do at weekends?", "一般", "generally"},
		{"你们一般怎么过春节？", "So how do you usually spend the Spring Festival?", "一般", "generally"},
		{"这个店的菜很一般。", "The food at this place is just so-so.", "一般", "so-so"}, // guard: said whole
	})
}

// TestVerbSlotSaid: where the English says a noun sense and a verb sense
// of a word of several characters, the verb's slot takes the verb: a
// personal pronoun right after it at the head of its clause or after an
// adverb, or its subject pronoun before it and an object after it said as
// much. After a verb, or a connective, it keeps the noun.
func TestVerbSlotSaid(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"就麻烦你跑一趟吧。", "Sorry to trouble you with the trip.", "麻烦", "to bother sb"},
		{"我感觉老板今天心情不好。", "I get the feeling the boss is in a bad mood today.", "感觉", "to feel"},
		{"过完安检我们就去登机口。", "After we get through security we go to the gate.", "安检", "security"}, // guard: after a verb
		{"再说我一个人也吃不完。", "Besides, I can't finish it on my own.", "再说", "besides"},              // guard: no noun
	})
}

// TestAdverbSaidByLy: an adjective sense the English says only by its
// adverb in -ly ("probably" for 可能 "probable") leaves, before a verb, the
// word's first sense where that is a modal or an adverb ("might
// (happen)"); where the English says the adjective itself it stays.
func TestAdverbSaidByLy(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他可能已经回家了。", "He has probably gone home already.", "可能", "might"},
		{"明天可能要下雨。", "It'll probably rain tomorrow.", "可能", "might"},
	})
}

// TestGrammarBreaksTie: where the English says two senses by the very same
// words, as much ("open" of 开门 "(lit. and fig.) to open a door" and "to
// open for business"), it is no evidence between them: the sense the rules
// choose without it wins, not the dictionary's first. Where the English
// says one more fully ("open the door"), it decides.
func TestGrammarBreaksTie(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"超市早上八点开门。", "The supermarket opens at eight in the morning.", "开门", "to open for business"},
		{"她送了我一束玫瑰，一共十一朵。", "She gave me a bunch of roses, eleven in all.", "玫瑰", "rose flower"},
		{"他敲了半天，才有人来开门。", "He knocked for ages before someone came to open the door.", "开门", "(lit. and fig.) to open a door"}, // guard
	})
}

// TestRestrictionNamedByAnother: a sense restricted by a leading "(of …)"
// to things the English names keeps its full score though another token
// took the naming word ("weather" is 天气's): the restriction is met, and
// 干燥 is "(of weather …) dry", not "(fig.) dull; dry"; and such a word
// is the sense's bracket evidence. Where the English names nothing of it,
// the unrestricted sense still wins.
func TestRestrictionNamedByAnother(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"今年夏天北方的天气特别干燥。", "The weather in the north is especially dry this summer.", "干燥", "(of weather, climate, soil etc) dry"},
		// So does a sense the English says only by its bracket: "voice"
		// is 嗓子's, and 哑 is "(of voice) hoarse", not "mute".
		{"开了一天会，我嗓子都哑了。", "After a whole day of meetings my voice is almost gone.", "哑", "(of a voice) hoarse"},
		{"你穿这件衣服很好看。", "You look good in these clothes.", "好看", "good-looking"}, // guard
		{"他天生就是哑的。", "He was born mute.", "哑", "mute"},                          // guard
	})
}
