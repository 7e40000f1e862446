package zh

import "testing"

// Content words whose sense what follows the verb decides: a complement of
// result or direction, an aspect particle, 得 and how it went, how long.

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

// TestCaptureSense: 拍 before a complement of result that closes the verb
// phrase (到 with an object or nothing after it, 下来, 下) is "to take (a
// photo)": the camera got something. 到 + a place closed by 上 (where the
// hand lands) and 拍下去 keep "to pat".
func TestCaptureSense(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"监控拍到了那个小偷。", "", "拍", "to take (a photo)"},
		{"监控拍到了那个小偷。", "The security camera caught the thief.", "拍", "to take (a photo)"},
		{"记者拍到过很多珍贵的画面。", "", "拍", "to take (a photo)"},
		{"你能拍到月亮吗？", "", "拍", "to take (a photo)"},
		{"你拍下来发给我看看。", "", "拍", "to take (a photo)"},
		{"我拍下了整个过程。", "", "拍", "to take (a photo)"},
		{"他一巴掌拍到桌子上。", "", "拍", "to pat"},                                             // guard: where the hand lands
		{"他拍到我肩膀上说没事。", "He patted my shoulder and said it was fine.", "拍", "to pat"}, // guard
		{"他一巴掌拍下去，蚊子死了。", "", "拍", "to pat"},                                          // guard
		{"他拍了拍我的肩膀。", "", "拍", "to pat"},                                              // guard
	})
}

// TestAskedBack: 要 asking for something back, after 把 and its object
// before 回来 (把钱要回来) or before the potential 不回来 (钱要不回来了), is
// "to want; to need; to ask for"; 他明天要回来了 keeps "about to".
func TestAskedBack(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你得把钱要回来。", "", "要", "to want; to need; to ask for"},
		{"他把书要回去了。", "", "要", "to want; to need; to ask for"},
		{"这笔钱恐怕要不回来了。", "", "要", "to want; to need; to ask for"},
		{"押金要得回来吗？", "Can you get the deposit back?", "要", "to want; to need; to ask for"},
		{"他明天要回来了。", "", "要", "(要…了) about to"},   // guard
		{"我爸下个月要回来。", "", "要", "(要 + verb) will"}, // guard
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

// TestLoadInto: where things go into it (a complement of going in, a
// potential of room, how much after a modal of ability), 装 is "to load",
// not learner.txt's "to pretend".
func TestLoadInto(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这个箱子能装二十公斤。", "", "装", "to load"},
		{"这个瓶子装不下这么多水。", "", "装", "to load"},
		{"把衣服都装进箱子里。", "", "装", "to load"},
		{"你别装了，我都知道了。", "", "装", "to pretend"},  // guard
		{"师傅明天来给我们装空调。", "", "装", "to install"}, // guard
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

// TestNoSuffixBeforeAspect: a character first a verb before 了, 着 or 过
// is that verb, not a suffix of the word before it (时候学过法语, 新学了
// "to learn", not "-ology"); 生物学 keeps its word.
func TestNoSuffixBeforeAspect(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"她新学了一支舞。", "", "学", "to learn"},
		{"我小时候学过钢琴。", "", "学", "to learn"},
		{"他在大学学过经济。", "", "学", "to learn"},
	})
}

// TestPrepositionNoAspect: a preposition takes no aspect particle: before
// 了 or 过 跟 is the verb, with or without the English's "with".
func TestPrepositionNoAspect(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这辆自行车跟了我十年。", "", "跟", "to follow closely"},
		{"这辆自行车跟了我十年。", "This bike has been with me for ten years.", "跟", "to follow closely"},
		{"他跟了这个老板很多年。", "", "跟", "to follow closely"},
		{"我跟过他一段时间。", "", "跟", "to follow closely"},
		{"我跟你说一件事。", "", "跟", "with"},                           // guard
		{"我跟你说一件事。", "Let me tell you something.", "跟", "with"}, // guard
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

// TestDegreeSuffix: a suffix of degree ("(suffix) to the utmost") follows
// a verb or an adjective only, never a noun or a degree adverb; a machine
// that stops working is "broken".
func TestDegreeSuffix(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这个人很坏。", "", "坏", "bad"},
		{"他这个人真坏。", "", "坏", "bad"},
		{"孩子们都饿坏了。", "", "坏", "(suffix) to the utmost"},
		{"我的电脑坏了。", "", "坏", "broken"},
		{"电梯坏了,我们只能走楼梯。", "", "坏", "broken"},
		{"手机坏了,得拿去修。", "", "坏", "broken"},
		{"鸡蛋坏了,别吃了。", "", "坏", "bad"}, // guard: no machine
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

// TestDelayed: a character with a later sense "to delay" is that where how
// long follows and closes the clause, or where it closes its clause after
// 别, 再 or 一直 (not to put something off); and where how long closes the
// clause, the English's "dragged" or "pushed" says a sense that puts off.
func TestDelayed(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们的航班拖了两个多钟头。", "", "拖", "to delay"},
		{"这事拖了三天了。", "", "拖", "to delay"},
		{"这事不能再拖了。", "We can't put this off any longer.", "拖", "to delay"},
		{"会议推了一个星期。", "", "推", "to delay"},
		{"你把箱子拖过来。", "", "拖", "to drag"},    // guard
		{"他每天推两个小时的车。", "", "推", "to push"}, // guard: the time describes the thing
	})
}

// TestComplementOverEnglish: 出来 right after the verb it completes (or
// after that verb's 了) is the complement "(after a verb …)" even where
// the English says the motion with a verb of its own ("came running
// out", "dig out"), which names 出来 "to come out"; after a noun gse
// tags a verb (邻居) the English still decides. After 想 with no verb
// following, 出来 completes it: "to think up" (thoughtUp).
func TestComplementOverEnglish(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"孩子们从教室里跑了出来。", "The kids came running out of the classroom.", "出来", "(after"},
		{"你把羽绒服找出来吧。", "Dig out your down jacket.", "出来", "(after"},
		{"这个办法是谁想出来的?", "Who came up with this idea?", "出来", "(after"},
		{"他想出来一个好办法。", "", "出来", "(after"},
		{"再让邻居出来认一下。", "Then get a neighbour to come out and identify her.", "出来", "to come out"}, // guard: a noun
		{"他从房间里出来了。", "He came out of the room.", "出来", "to come out"},                            // guard
		{"我想出来走走。", "", "出来", "to come out"},                                                      // guard: 想 "to want"
	})
}

// TestGotUp: 起 after a time of day closing its clause, or before how
// early or late (起晚了, 起得太早), is "to get up", not "to rise" nor the
// measure word after 几点 (construction.go gotUp).
func TestGotUp(t *testing.T) {
	a := analyzer(t)
	checkFunctionGlosses(t, a, []functionGloss{
		{"你明天几点起？", "", "起", "to get up"},
		{"我爸每天五点起。", "", "起", "to get up"},
		{"周末我一般起得很晚。", "", "起", "to get up"},
		{"他今天又起晚了。", "", "起", "to get up"},
		{"外面起风了。", "", "起", "to rise"},                 // guard
		{"从下个月起房租要涨。", "", "起", "(从…起) starting from"}, // guard
	})
}
