package zh

import "testing"

// TestSlotSenses: senses the words around a token decide before the
// English (slotsense.go), each with guards where they must not fire.
func TestSlotSenses(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		// 好多 closing its clause before 了 is "much better".
		{"我现在好多了。", "", "好多", "much better"},
		{"吃了药以后，他好多了。", "After taking the medicine he felt a lot better.", "好多", "much better"},
		{"今天比昨天好多了。", "", "好多", "much better"},
		{"你的中文好多了！", "Your Chinese is a lot better!", "好多", "much better"},
		{"他有好多朋友。", "", "好多", "many"}, // guard: a noun counted
		{"来了好多人。", "", "好多", "many"},  // guard
		// 撑 after eating or drinking is being full.
		{"我吃撑了。", "", "撑", "to fill to bursting point"},
		{"别吃那么多，小心吃撑了。", "", "撑", "to fill to bursting point"},
		{"昨晚喝撑了。", "I drank way too much last night.", "撑", "to fill to bursting point"},
		{"晚饭吃得太撑了。", "", "撑", "to fill to bursting point"},
		{"他一个人撑起了整个家。", "", "撑", "to support"}, // guard
		// 亲 after a degree adverb is "close".
		{"孩子跟奶奶最亲。", "", "亲", "close"},
		{"我跟他不太亲。", "", "亲", "close"},
		{"你跟谁更亲？", "Who are you closer to?", "亲", "close"},
		{"亲一下妈妈。", "", "亲", "to kiss"},    // guard
		{"他是我亲哥哥。", "", "亲", "one's own"}, // guard
		// 推 of a thing fixed for a time is "to put off".
		{"我把会议推到下周了。", "", "推", "to put off"},
		{"他把饭局推了。", "", "推", "to put off"},
		{"他临时把约会推了。", "He pushed back the date at the last minute.", "推", "to put off"},
		{"我们把婚礼往后推了一个月。", "", "推", "to put off"},
		{"他把桌子推到墙边。", "", "推", "to push"}, // guard
		{"别推我。", "", "推", "to push"},      // guard
		// 算 + whose + 的 is "to regard as".
		{"这顿饭算我的。", "This meal is on me.", "算", "to regard as"},
		{"出了事，责任算谁的？", "", "算", "to regard as"},
		{"这笔账算他的。", "", "算", "to regard as"},
		{"你算一下多少钱。", "", "算", "to calculate"}, // guard
		// A measure word after 按 is the classifier.
		{"停车场按次收钱，不按小时。", "", "次", "classifier for enumerated events"},
		{"你们现在是按次收费吗？", "Do you charge per use?", "次", "classifier for enumerated events"},
		{"这种包子按个卖。", "", "个", "(classifier"},
		// 气 before what anger did is "to make angry".
		{"他气晕过去了。", "", "气", "to make angry"},
		{"我妈差点被他气哭了。", "My mom nearly cried, he made her so mad.", "气", "to make angry"},
		{"这个球没气了。", "", "气", "gas"}, // guard
		// 留 for someone after 给 + person is "to leave".
		{"我给你留了一块蛋糕。", "I saved a piece of cake for you.", "留", "to leave"},
		{"妈妈给他留了个座位。", "Mom kept a seat for him.", "留", "to leave"},
		// 假 between 是 and 的 is no "if".
		{"说不累是假的。", "I would be lying if I said I was not tired.", "假", "fake"},
		{"说不想家是假的。", "It would be a lie if I said I did not miss home.", "假", "fake"},
		{"假如明天下雨呢？", "", "假如", "if"}, // guard
		// A character between its doer (自己, 我妈) and 的 is the verb of
		// that clause, not a noun, whatever noun the English says (包's
		// verb learner.txt's "to wrap").
		{"她送了我一袋自己包的饺子。", "She gave me a bag of dumplings she'd made herself.", "包", "to wrap"},
		{"这是我妈包的饺子。", "", "包", "to wrap"},
		{"他请我们喝他自己酿的酒。", "He treated us to wine he'd made himself.", "酿", "to ferment"},
		{"我包的拉链坏了。", "", "包", "bag"},   // guard: a pronoun's 的 is as often its owner's
		{"这是她自己家的狗。", "", "家", "home"}, // guard: no verb
		// Before the 得 of how much, a character first an adjective is
		// that state, whatever verb sense the English says.
		{"一天下来累得说不出话。", "By the end of the day she's too exhausted to talk.", "累", "tired"},
		{"我们已经饿得不行了。", "We were already starving.", "饿", "hungry"},
		{"他们累了一天，早早就睡了。", "They were worn out from the day and went to bed early.", "累", "tired"},
		{"那只小狗饿了两天。", "The puppy had been starving for two days.", "饿", "hungry"}, // (累 of 累了一天 is construction.go's too)
		{"他气得说不出话。", "He was so angry he couldn't speak.", "气", "to make angry"},  // guard: first a noun
	})
}

// TestDoingInSlot: a verb's doing where the slot says it:
// learner.txt's 发火 "to get angry" and 凑合 "to make do"; a word that is a
// verb too before 着; 我来 + a chore "let me"; 闻起来 + a one-word comment;
// 给 + person + … 的时间/机会 "to give"; 当 + role after its subject; 绕
// going round a thing in the way. Guards where each must not fire.
func TestDoingInSlot(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他从来不发火。", "", "发火", "to get angry"},
		{"你别发火，听我说。", "", "发火", "to get angry"},
		{"炉子突然发火了。", "The stove suddenly caught fire.", "发火", "to catch fire"}, // guard: the English says it
		{"我们就凑合着吃吧。", "", "凑合", "to make do"},
		{"没有床，就在沙发上凑合一晚。", "", "凑合", "to make do"},
		{"他们以前一直凑合着住，日子也不算太坏。", "They just made do back then, and life wasn't too bad.", "凑合", "to make do"},
		{"味道还凑合。", "The taste is passable.", "凑合", "passable"}, // guard
		{"剩下的活儿我来弄。", "", "来", "(我/我们来 + verb) let me"},
		{"这件事我来办。", "I'll take care of this.", "来", "(我/我们来 + verb) let me"},
		{"你歇着，碗我来洗。", "", "来", "(我/我们来 + verb) let me"},
		{"我明天来看你。", "", "来", "to come"}, // guard
		{"这汤闻起来香，就是太烫了。", "", "起来", "(verb 起来 + comment)"},
		{"这块布摸起来软，穿着舒服。", "This fabric feels soft and is comfortable to wear.", "起来", "(verb 起来 + comment)"},
		{"他吃起来了。", "", "起来", "(after a verb) indicating the beginning"},      // guard
		{"这家店是怎么开起来的？", "", "起来", "(after a verb) indicating the beginning"}, // guard
		{"老板不给我们说话的机会。", "", "给", "to give"},
		{"他从来不给自己休息的时间。", "He never gives himself time to rest.", "给", "to give"},
		{"我给他买的衣服很贵。", "", "给", "(给 sb + verb) for"}, // guard
		{"他当护士已经很多年了。", "He has been a nurse for many years.", "当", "(当 + role)"},
		{"您当老师多少年了？", "", "当", "(当 + role)"},
		{"我当会计快十年了。", "", "当", "(当 + role)"},
		{"当我到家的时候，他已经走了。", "", "当", "when"}, // guard
		{"他看见狗就绕着走。", "Whenever he sees a dog he walks around it.", "绕", "to go round"},
		{"前面修路，我们绕过去吧。", "The road ahead is under repair, let's go around.", "绕", "to go round"},
		{"我们绕开那条街吧。", "", "绕", "to go round"},
	})
}

// TestVerbSlotNoNoun: where only a verb stands (after a modal of ability
// or duty, between a subject and its pronoun object, a single character
// before the result 成), a noun sense the English says is no fit
// (slotForbids, verbOnlySlot).
func TestVerbSlotNoNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"现在手机也能合成人的声音。", "Phones can now synthesise human voices too.", "合成", "to compose"},
		{"这个软件可以合成照片。", "This app can synthesise photos.", "合成", "to compose"},
		{"您一般建议大家怎么做？", "So what do you usually recommend?", "建议", "to propose"},
		{"那你一般建议我们吃什么？", "So what do you usually recommend?", "建议", "to propose"},
		{"把重要的地方标成红色。", "Mark the important parts in red.", "标", "to mark"},
		{"价格都标成了美元。", "The prices are all marked in dollars.", "标", "to mark"},
		{"你有什么建议？", "Do you have any recommendations?", "建议", "proposal"}, // guard
		{"这个标很好看。", "This logo looks nice.", "标", "mark"},                 // guard
	})
}

// TestPutOffTopic: a scheduled thing the topic before 推, with no 把, is
// put off too; a person pushed after it is not (putOffSense).
func TestPutOffTopic(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"会议推到下周了。", "", "推", "to put off"},
		{"考试推到了下个月。", "The exam was pushed back to next month.", "推", "to put off"},
		{"婚礼推了两次了。", "", "推", "to put off"},
		{"约会的时候他推了我一下。", "", "推", "to push"}, // guard: a person pushed
		{"车子推不动了。", "", "推", "to push"},      // guard
	})
}

// TestFairEnough: after 还 or 还算, closing the clause, a word first a
// verb is the state graded as fair: 凑合 "passable" (fairSense).
func TestFairEnough(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这件衣服还凑合。", "", "凑合", "passable"},
		{"质量还算凑合。", "", "凑合", "passable"},
		{"还凑合吧。", "", "凑合", "passable"},
		{"我们就凑合着吃吧。", "", "凑合", "to make do"}, // guard
	})
}
