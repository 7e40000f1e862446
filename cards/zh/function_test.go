package zh

import (
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"cika/cards"
	"cika/seeds"
)

// TestFunctionGloss checks the construction gloss of function words through
// the whole analysis: segmentation, reading, the English side, then
// functionGloss. A row whose want is dict expects the dictionary's own sense
// instead (Sense ≥ 0): no construction applies, or the reading or the
// English picks a content sense.
func TestFunctionGloss(t *testing.T) {
	a := analyzer(t)
	tests := []functionGloss{
		// 在 before a place, before a verb, after a verb, as the verb.
		{"她在图书馆学习。", "She studies in the library.", "在", "at; in; on (a place or time)"},
		{"孩子们在睡觉。", "The children are sleeping.", "在", "(在 + verb) be …-ing (in progress)"},
		{"他在认真地听。", "He is listening carefully.", "在", "(在 + verb) be …-ing (in progress)"},
		{"我把书放在桌子上了。", "I put the book on the table.", "在", "(verb + 在) at; in; on (where it ends)"},
		{"你妈妈在吗?", "Is your mom in?", "在", "to be (here, there, in)"},
		{"我们在这些学生中间选一个。", "We choose one among these students.", "在", "at; in; on (a place or time)"},
		// 在 before a word gse tags a preposition or a bare morpheme whose
		// first sense is a verb's (用, 抖), or before 干嘛: in progress.
		{"这个软件我们每天都在用。", "", "在", "(在 + verb) be …-ing (in progress)"},
		{"他冷得腿一直在抖。", "", "在", "(在 + verb) be …-ing (in progress)"},
		{"你这几天在干嘛?", "", "在", "(在 + verb) be …-ing (in progress)"},
		// 对 before an object; as a predicate it keeps "right; correct".
		{"老师对学生很耐心。", "The teacher is patient with the students.", "对", glossDuiTo},
		{"你说得对。", "You're right.", "对", "right; correct"},
		{"对学生来说,这很难。", "For students, this is hard.", "对", "(对 sb 来说) for sb; in sb's view"},
		{"对,我明天去。", "Yes, I'm going tomorrow.", "对", "right; correct"},
		// 对 before a word gse tags b (整个, 所有), after 这: not 这对 "this
		// couple"; before a verb, its 的 and a noun: the topic.
		{"这对整个社会都有好处。", "", "对", glossDuiTo},
		{"人工智能对就业的影响很大。", "", "对", glossDuiTo},
		{"他对学习的兴趣越来越大。", "", "对", glossDuiTo},
		{"这对夫妻很幸福。", "", "对", "classifier: couple; pair"},
		{"那对双胞胎长得一模一样。", "", "对", "classifier: couple; pair"},
		// 后 after a verb or a time, after a noun.
		{"下课后我们去吃饭。", "After class we go and eat.", "后", "(…后) after; later"},
		{"三天后他回来了。", "He came back three days later.", "后", "(…后) after; later"},
		{"房子后有一棵树。", "There is a tree behind the house.", "后", "(…后) after; behind"},
		// 给 before a person and a verb, as the verb, after a verb.
		{"他给我买了一件衣服。", "He bought me a piece of clothing.", "给", "(给 sb + verb) for; to (sb)"},
		{"我给奶奶打了个电话。", "I called grandma.", "给", "(给 sb + verb) for; to (sb)"},
		{"请给我一杯水。", "Please give me a glass of water.", "给", "to give"},
		{"他给了我一本书。", "He gave me a book.", "给", "to give"},
		{"我打了一个电话给他。", "", "给", "(verb + 给) to (sb)"},
		{"她寄了一封信给妈妈。", "", "给", "(verb + 给) to (sb)"},
		{"我想把书给他。", "", "给", "to give"},
		// 把, 被, 让.
		{"他把作业做完了。", "He finished his homework.", "把", "(object marker) object before the verb"},
		{"她手里拿着一把伞。", "She is holding an umbrella.", "把", "classifier for things with handles"},
		{"我的自行车被偷了。", "My bike was stolen.", "被", "(passive) is …-ed (被 + verb)"},
		{"他被狗咬了。", "He was bitten by a dog.", "被", "(passive) by (the doer)"},
		{"妈妈不让我看电视。", "Mom doesn't let me watch TV.", "让", "to let; to make; to have sb do sth"},
		{"他让我慢点回家。", "", "让", "to have sb do sth; to make sb do"},
		{"村民一开始乐意让你们画吗？", "", "让", glossRangLet},
		{"他爸爸不同意让他出国。", "", "让", glossRangLet},
		// 的: possessive, attributive, nominal, 是…的, 是的.
		{"这是我的书包。", "This is my schoolbag.", "的", "'s; of (possession)"},
		{"我喜欢漂亮的衣服。", "I like pretty clothes.", "的", "(links a description to its noun)"},
		{"这本书是我的。", "This book is mine.", "的", "'s; the one of (mine, his…)"},
		{"我是坐飞机来的。", "I came by plane.", "的", "(是…的) stresses when, where, how"},
		{"这部电影让我很感动。", "This film moved me a lot.", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"他没有来。", "He didn't come.", "没有", "(没有 + verb) did not; have not (done)"},
		{"他把车停在门口。", "He parked the car at the door.", "把", "(object marker) object before the verb"},
		{"你想吃点什么？", "What would you like to eat?", "点", "(verb + 点) a little; some"},
		{"我们可以买苹果或香蕉。", "We can buy apples or bananas.", "或", "or"},
		{"我很想和你聊聊。", "I really want to chat with you.", "想", "(想 + verb) to want to; would like to"},
		{"我们点了三个菜。", "We ordered three dishes.", "点", anySense},
		{"我没有钱。", "I don't have money.", "没有", anySense},
		{"老板让我明天早点来。", "The boss told me to come early tomorrow.", "让", "to have sb do sth; to make sb do"},
		{"先让我说说。", "First let me say something.", "让", "to let; to make; to have sb do sth"},
		{"天黑了，而他还没回来。", "It's dark, but he hasn't come back yet.", "而", "(, 而 …) but; whereas; while"},
		{"菜都凉了，快吃吧。", "The food has gone cold, eat up.", "了", "(sentence-final) change of state: now"},
		{"他想说的是这个办法不行。", "What he wants to say is that this method won't work.", "的", glossDeWhat},
		{"正如我们所看到的，价格上涨了。", "As we have seen, prices went up.", "的", glossDeWhat},
		{"这样做是不公平的。", "Doing it this way is unfair.", "的", "(是…的) stresses when, where, how"},
		{"好的，明天见。", "OK, see you tomorrow.", "的", "(好的, 对的) OK; right (a reply)"},
		{"我的是红色的。", "Mine is the red one.", "的#1", "'s; the one of (mine, his…)"},
		{"是的,我知道。", "Yes, I know.", "是的", "yes, that's right"}, // one word when the English says yes (ambiguity.go)
		// 得 de5, dei3; 地; 了; 着; 过.
		{"她唱得很好。", "She sings well.", "得", "(structural particle) verb 得 + how"},
		{"这么多菜我们吃得完吗?", "Can we finish so many dishes?", "得", "(verb 得 result) can; manage to"},
		{"我得走了。", "I have to go.", "得", "to have to; must"},
		{"他慢慢地走过来。", "He walked over slowly.", "地", "(adverb marker) -ly; in a … way"},
		{"我买了两本书。", "I bought two books.", "了", "(after a verb) completed action"},
		{"天黑了。", "It's getting dark.", "了", "(sentence-final) change of state: now"},
		{"这个菜太辣了。", "This dish is too spicy.", "了", "(太…了) so; too much (modal particle)"},
		{"我不去了。", "I'm not going any more.", "了", "(不…了) not any more"},
		{"别哭了。", "Stop crying.", "了", "(别…了) stop (doing it)"},
		{"他走了。", "He left.", "了", "(verb + 了) done; change of state"},
		{"门开着。", "The door is open.", "着", "(verb + 着) -ing; ongoing state"},
		{"他笑着说。", "He said with a smile.", "着", "(V1着 V2) while V1 is in progress"},
		{"我吃过北京烤鸭。", "I have eaten Peking duck.", "过", "(experienced action) have ever done"},
		// 就 才 还 也 都 又 再.
		{"我马上就到。", "I'll be there right away.", "就", "(so soon) already; right away"},
		{"如果下雨,我们就不去了。", "If it rains, we won't go.", "就", "(if …,) then"},
		{"他一回家就睡觉。", "As soon as he gets home he goes to sleep.", "就", "as soon as … then (一/刚/了…就)"},
		{"我就一个问题。", "I have just one question.", "就", "only; just (that much)"},
		{"他十点才起床。", "He didn't get up until ten.", "才", "not until; only then"},
		{"她才五岁。", "She is only five.", "才", "only (before an amount)"},
		{"他还没吃饭。", "He hasn't eaten yet.", "还", "still (not); (not) yet"},
		{"他比我还高。", "He is even taller than me.", "还", "(比…还) even more"},
		{"你还想要什么?", "What else do you want?", "还", "else; still more (还…什么)"},
		{"我也是学生。", "I'm a student too.", "也", "also; too"},
		{"他也不知道。", "He doesn't know either.", "也", "also (not); (not) either"},
		{"我们都喜欢音乐。", "We all like music.", "都", "all; both (every one)"},
		{"都十二点了,快睡吧。", "It's already twelve, go to sleep.", "都", "(都…了) already"},
		{"他连一个字都没写。", "He didn't even write one word.", "都", "(连…都) even"},
		{"他今天又迟到了。", "He was late again today.", "又", "again (it happened again)"},
		{"这个苹果又大又甜。", "This apple is big and sweet.", "又", "(又…又) both... and..."},
		{"这种布既薄又暖和。", "This cloth is both thin and warm.", "又", "(既…又) both... and..."},
		{"请再写一遍。", "Please write it once more.", "再", "again (later); once more; then"},
		{"我们先吃饭,再去看电影。", "We eat first, then go to the cinema.", "再", "(先…再) then; after that"},
		// Modals: 会 要 能 可以.
		{"明天会下雪。", "It will snow tomorrow.", "会", "will; be likely to"},
		{"我会游泳。", "I can swim.", "会", "can (know how to)"},
		{"她会日语。", "She knows Japanese.", "会", glossHuiKnow},
		{"这个会开了三个小时。", "This meeting lasted three hours.", "会", "meeting; gathering"},
		{"我们每周开一次会。", "", "会", "meeting; gathering"},
		{"今天开了三个小时的会。", "", "会", "meeting; gathering"},
		{"我下次会早点来。", "", "会", "will; be likely to"},
		// 多 and 少 before a verb are adverbs: 看 is no "try" after them, the
		// first 听 of 多听听 no measure word.
		{"我很少看电视。", "", "看", "to see; to look at"},
		{"你要多听听。", "", "听", "to listen to; to hear"},
		// 双 counted before a noun: a pair, not "two" or "both".
		{"这双鞋很舒服。", "", "双", "pair"},
		{"我买了一双新鞋。", "", "双", "pair"},
		// A measure word right after a verb, 一 left out, before a noun
		// whose CL note names it.
		{"我们去喝杯茶吧。", "", "杯", "a cup; a glass (of)"},
		{"我去买张票。", "", "张", "a sheet (of flat things)"},
		// its noun left out after a description and 的, closing the clause
		{"旧手机坏了，他又买了部新的。", "", "部", "a (film, book, machine)"},
		{"我们一起吃顿饭吧。", "", "顿", "a meal; a bout (of)"},
		{"我要去上海。", "I'm going to Shanghai.", "要", glossYaoVerb},
		{"我要一杯咖啡。", "I'd like a cup of coffee.", "要", anySense},
		{"我要学中文。", "I want to learn Chinese.", "要", anySense},
		{"要下雨了。", "It's about to rain.", "要", "(要…了) about to (happen)"},
		{"你能帮我吗?", "Can you help me?", "能", "can; be able to"},
		{"我可以进来吗?", "May I come in?", "可以", "can; may (be allowed to)"},
		// Prepositions and conjunctions.
		{"他向老师问好。", "He greeted the teacher.", "向", "towards; to (sb or sth)"},
		{"我想跟你聊聊。", "I'd like to chat with you.", "跟", "with; to (sb)"},
		{"跟我来，我带你去。", "", "跟", glossGenFollow},
		{"别怕，跟我走吧。", "", "跟", glossGenFollow},
		{"我跟他来的。", "", "跟", "with; and (sb)"}, // guard: 来 does not close the clause
		{"我喜欢苹果和香蕉。", "I like apples and bananas.", "和", "and (joining two nouns)"},
		{"总统与外国记者见了面。", "The president met foreign journalists.", "与", glossYuWith},
		{"我为你准备了礼物。", "I prepared a gift for you.", "为", "for; for the sake of (sb)"},
		{"关于这件事,我不知道。", "About this matter, I don't know.", "关于", "about; on; concerning (a topic)"},
		{"对于这个问题,大家有不同的看法。", "As for this question, people see it differently.", "对于", "as for; regarding (a topic)"},
		{"他以老师为榜样。", "He takes his teacher as a model.", "以", "(以…为) to take … as"},
		{"他聪明而努力。", "He is clever and hard-working.", "而", "and; but; whereas (links two parts)"},
		{"其目的是帮助学生。", "Its purpose is to help students.", "其", "(literary) its"}, // the English names the owner (ownerGloss)
		{"父母之爱很伟大。", "Parents' love is great.", "之", "(literary 的) of; 's"},
		{"他接受并完成了任务。", "He accepted and completed the task.", "并", "and (also); and then"},
		{"会议将在下午举行。", "The meeting will be held in the afternoon.", "将", "will; shall (formal future)"},
		{"他将书放在桌上。", "He put the book on the table.", "将", "(formal 把) object before the verb"},
		{"我买了苹果、香蕉等水果。", "I bought apples, bananas and other fruit.", "等", "etc.; and so on (ends a list)"},
		{"我在门口等你。", "I'm waiting for you at the door.", "等", anySense},
		// Locatives after a noun.
		{"书在桌子上。", "The book is on the table.", "上", "(after a noun) on; on top of; in"},
		{"老板在会上表扬了她。", "The boss praised her at the meeting.", "上", "(after a noun) on; on top of; in"},
		{"请把这段话翻译成中文。", "Please translate this passage into Chinese.", "成", "(verb + 成) into; to become"},
		{"现在没有人住在这里。", "Nobody lives here now.", "没有", "(没有 + noun) to not have; there is no"},
		{"我们没有时间了。", "We have no time left.", "没有", "(没有 + noun) to not have; there is no"},
		{"这道题太简单了，甚至小孩子都会做。", "This problem is too easy; even small children can do it.", "都", "(连…都) even"},
		{"从周一到周五我都要上班。", "I have to work from Monday to Friday.", "到", "(从…到) to; until"},
		{"窗外下着小雨。", "It is drizzling outside the window.", "下", "(下 + rain, snow) to fall"},
		{"昨晚下了一场大雪。", "", "下", "(下 + rain, snow) to fall"},
		{"她上午上了三节课。", "", "上", "to go to; to attend (school, work)"},
		{"请你们坐在这儿。", "", "请", "(请 + verb) please (do sth)"},
		{"明天我请你们喝咖啡。", "Tomorrow I'll treat you to coffee.", "请", "to treat (to a meal etc)"},
		{"我想请你吃饭。", "", "请", "to treat (to a meal etc)"},
		{"我想请你帮个忙。", "", "请", "(请 + sb + verb) to ask; to invite"},
		{"桌子下有一只猫。", "There is a cat under the table.", "下", "(after a noun) under; below"},
		{"在老师的帮助下,他进步了。", "With the teacher's help he improved.", "下", "(在…下) under (help, rule…)"},
		{"在这些学生中,他最高。", "Among these students he is the tallest.", "中", "(after a noun) in; among; within"},
		{"我的钱包在书包里。", "My wallet is in the schoolbag.", "里", "(after a noun) in; inside"},
		{"过去两年里我们搬了三次家。", "We moved three times in the last two years.", "里", "(time + 里) in; within (a time)"},
		// The gloss follows the reading the chooser gives: 还 huan2 is
		// "to return", not "still"; 得 de2, 着 zhao2, 地 di4 likewise.
		{"我去图书馆还书。", "I went to the library to return books.", "还", anySense},
		{"他得了第一名。", "He won first place.", "得", anySense},
		{"这块地很大。", "This plot of land is big.", "地", anySense},
		// Constructions of common words (construction.go).
		{"他在一家公司当会计。", "He works as an accountant at a company.", "当", "(当 + role) to be; to act as; to work as"},
		{"他家有几本中文书。", "His family has a few Chinese books.", "几", "several; a few"},
		{"你家有几本中文书?", "How many Chinese books does your family have?", "几", "how many; how much"},
		{"他越说越生气。", "The more he talked, the angrier he got.", "越", "the more... the more"},
		{"我们应该这么做。", "We should do it like this.", "这么", "this way"},
		{"服务员,来两杯咖啡。", "Waiter, two coffees please.", "来", glossLaiAmount},
		{"她来我家吃饭。", "She comes to my home for dinner.", "来", anySense},
		{"他找了半天钥匙。", "He looked for his keys for ages.", "半天", "a long time"},
		{"我们明天一起去公园吧。", "Let's go to the park together tomorrow.", "一起", "together; in company (with)"},
		{"昨天这里发生了一起交通事故。", "A traffic accident happened here yesterday.", "一起", glossYiqiCase},
		{"到了路口往右走。", "At the crossing go right.", "往", "towards"},
		{"这个字怎么写?", "How do you write this character?", "怎么", "how?"},
		{"你怎么不吃饭?", "Why aren't you eating?", "怎么", "why?"},
		{"这个很好吃。", "This is delicious.", "这个", "(pronoun) this"},
		{"这个问题很难。", "This question is hard.", "这个", "(adjective) this"},
		{"这个月我很忙。", "I'm busy this month.", "这个", "(adjective) this"},
		{"请把这些生词记下来。", "Please write down these new words.", "下来", "(completed action marker)"},
		{"我叫李明。", "My name is Li Ming.", "叫", "to be called"},
		{"今年我们在北京过中秋节。", "This year we celebrate the Mid-Autumn Festival in Beijing.", "过", "to celebrate (a holiday)"},
		{"日子过得很快。", "The days pass quickly.", "过", "to pass (time)"},
		{"请把温度调高一点。", "Please turn the temperature up a little.", "调", "to adjust"},
		{"她朝门口走去。", "She walked towards the door.", "朝", "towards"},
		{"他像他爸爸一样高。", "He is as tall as his father.", "像", "to be like"},
		{"天冷了,多穿点衣服。", "It's cold, wear more clothes.", "点", "(verb + 点) a little; some"},
		{"你明天早点来。", "Come a bit earlier tomorrow.", "点", "(verb + 点) a little; some"},
		{"你慢点回家。", "", "点", "(verb + 点) a little; some"},
		// Verb + person + 一下: 帮's first entry is an old variant (幇), its
		// verb sense is the entry after.
		{"你能帮我一下吗？", "Can you help me for a moment?", "一下", "(verb + sb + 一下) a bit; briefly"},
		{"我一下就明白了。", "I understood at once.", "一下", anySense},
		{"他叫我等一下。", "", "叫", "to ask"},
		{"他叫我看一下。", "", "一下", "(after a verb) a bit"}, // (等一下 is a headword, the unit)
		{"这件事以后再说吧。", "", "再说", "(…再说) to leave it until later"},
		{"再说，我也累了。", "", "再说", "(再说，…) besides; what's more"},
		{"请你再说一遍。", "", "再说", anySense},
		{"他到底来不来？", "", "到底", "(in questions) after all; … on earth"},
		{"我们会坚持到底。", "", "到底", "(verb + 到底) to the end"},
		{"火车快开了，快上车吧。", "", "快", "(快 + verb + 了) soon; almost; about to"},
		{"这辆车跑得很快。", "", "快", anySense},
		{"外面冷，出门小心点。", "", "点", "(verb + 点) a little; some"},
		{"我们可以用这个工具来检查错误。", "", "来", "(verb + object + 来 + verb) in order to"},
		{"公司请了一位专家来讲课。", "", "来", anySense},
		{"对很多老人来说，手机太复杂了。", "", "来", glossForSb},
		{"对很多老人来说，手机太复杂了。", "", "说", glossForSb},
		{"从长远来看，这笔投资是值得的。", "", "看", glossSeenFrom},
		{"他下午来看我。", "", "看", anySense},
		{"他每天骑自行车来上班。", "", "来", anySense},
		{"奶奶一边做饭一边唱歌。", "", "一边", "(一边 A 一边 B) doing A while doing B"},
		{"她刚走出教室就下雨了。", "", "刚", "(刚 + verb) just; a moment ago"},
		{"这个主意是谁想出来的？", "", "想", anySense},
		{"她用了很多精力去准备这次面试。", "", "去", "(去 + verb) to go and (do); in order to"},
		{"他答应周末来帮我搬家。", "", "来", anySense},
		{"我们每个月开一次家庭会议。", "", "一次", "once; one time"},
		{"公司把重心放到了海外市场。", "", "把", "(object marker) object before the verb"},
		{"嗯，我的看法是，这件事不急。", "Well, my view is that there's no hurry.", "是", "to be (followed by substantives only)"},
		{"他的答案是对的。", "His answer is right.", "是", "to be (followed by substantives only)"},
		{"我对新工作还不太习惯。", "", "太", "(不太 + adjective) not very; not too"},
		{"小偷把我的自行车骑走了。", "", "走", "(verb + 走) away"},
		// 走 closing its clause after who leaves or when: leaving; after a
		// direction, walking; the English "go" may pick "to go".
		{"他已经走了。", "", "走", "to leave"},
		{"你怎么还没走？", "", "走", "to leave"},
		{"时间不早了，我得走了。", "", "走", "to leave"},
		{"一直往前走。", "", "走", "to walk"},
		// 靠 before oneself or a person: depending on them; before 着 or
		// 在, leaning.
		{"说到底，还是要靠自己。", "", "靠", "to depend on"},
		{"这次全靠你了。", "", "靠", "to depend on"},
		{"他靠着墙站着。", "", "靠", "to lean against or on"},
		{"我得走了。", "I have to go.", "走", "to go"},
		{"他想走，可是雨太大了。", "", "走", anySense},
		{"老板把他开掉了。", "", "掉", "(verb + 掉) away; off (gone, done)"},
		{"杯子从桌上掉下来了。", "", "掉", anySense},
		{"我一到家就给你打电话。", "", "一", "(一 + verb … 就) as soon as"},
		{"我弟弟一上台就结巴。", "", "一", "(一 + verb … 就) as soon as"}, // 上台 gse ns, a verb by the dictionary
		{"牛仔裤进了一趟洗衣机就缩水了。", "", "一", "one"},                  // guard: a measure word, not the verb
		{"我们一共有一百个人。", "", "一", anySense},
		{"像北京、上海等大城市，房租都很贵。", "", "像", "such as"},
		{"等雨停了我们再出发。", "", "再", "(先…再) then; after that"},
		{"我们买了苹果、香蕉等，明天再买菜。", "", "再", "again (later); once more; then"},
		{"雪越下越大。", "", "下", "(下 + rain, snow) to fall"},
		{"要迟到了，快走！", "", "快", "(快 + verb!) hurry; quick"},
		{"离正式上线还有两个星期。", "", "离", "(A 离 B + near/far) from; away from"},
		{"我们晚上八点见面吧。", "", "点", "(after a number) o'clock"},
		{"他推了我一下。", "", "一下", "(verb + sb + 一下) a bit; briefly"},
		{"这个新手机很好看。", "", "这个", "(adjective) this"},
		{"我看你今天不用去了。", "", "看", "to consider; to think"},
		{"我看了你的信。", "", "看", anySense},
		{"这家饭店不算贵。", "", "不算", "to not be considered (as)"},
		{"这个工作需要两到三年。", "", "到", glossSpanTo},
		{"我到现在还没吃午饭。", "", "到", glossUntil},
		{"每到周末，公园里人很多。", "", "到", anySense},
		{"光靠运气是不够的。", "", "光", "only; merely"},
		{"她既聪明又努力。", "", "既", "both... (and...)"},
		{"所有的客人都走了。", "", "都", "(every/any …) all, without exception"},
		{"这样的日子我过不下去了。", "", "下去", "to go on; to continue"},
		{"我们要先把一个市场做透。", "", "透", "thoroughly; through and through"},
		{"他们后来成了好朋友。", "", "成", "to become"},
		{"这点困难不算什么。", "", "不算", "to not be considered (as)"},
		{"公司请了一位新的会计师。", "", "请", "to invite"},
		{"我和她从小一起长大。", "", "一起", "together; in company (with)"},
		{"这件事你最好别跟妈妈说。", "", "别", "don't ...!"},
		{"这家店的菜挺好吃的。", "", "挺", "(coll.) quite; very"},
		{"她在比赛中得了第二名。", "", "名", "place (e.g. among winners)"},
		{"这件事让我再想想。", "", "想", anySense},
		{"我每天早上坚持跑五公里。", "", "跑", "to run"},
		{"我好像在电视上见过他。", "", "在", "at; in; on (a place or time)"},
		{"他们决定在上海开一家分店。", "", "在", "at; in; on (a place or time)"},
		{"她在这个位置上工作了很多年。", "", "上", "(after a noun) on; on top of; in"},
		{"装修房子花的钱比预算多。", "", "花", "to spend (money, time)"},
		{"下班后我去学校接孩子。", "", "接", "to meet or welcome sb"},
		{"他下了飞机就给我打电话。", "", "下", "to go down"},
		{"孩子们放学后往家跑。", "", "往", "towards"},
		{"蛋糕已经被吃光了。", "", "光", "used up; finished"},
		{"公司正在寻找新的增长点。", "", "点", "point; dot; spot; speck"},
		{"我们走慢点吧。", "", "点", "(verb + 点) a little; some"},
		{"房间里的光太暗了。", "", "光", anySense},
		{"他跑得很快。", "", "快", anySense},
		{"你感冒了，要多喝热水。", "", "要", "need to; should"},
		{"这个问题你去问老李吧。", "", "老", "(老 + surname) old (familiar address)"},
		{"昨天的雪下了一整天。", "", "下", "(下 + rain, snow) to fall"},
		{"我明天去图书馆还书。", "", "去", anySense},
		{"学校花了两百万元来建新的体育馆。", "", "来", "(verb + object + 来 + verb) in order to"},
		{"你往前面走吧。", "", "往", "towards"},
		{"商店里人很多。", "There are many people in the shop.", "里", "(after a noun) in; inside"},
		{"我女儿今年上中学了。", "My daughter started middle school this year.", "上", "to go to; to attend (school, work)"},
		{"我没听清楚他说的话。", "I didn't hear clearly what he said.", "话", "what sb said"},
		{"这家店比较贵。", "This shop is rather expensive.", "比较", "relatively"},
		{"这个菜叫什么?", "What is this dish called?", "叫", "to be called"},
		{"妈妈叫我回家吃饭。", "Mum asked me to come home for dinner.", "叫", "to ask"},
		{"他从树上跳下来。", "He jumped down from the tree.", "下来", "(motion verb + 下来) down (towards us)"},
		{"他比以前胖了。", "He is fatter than before.", "比", "(A 比 B + adjective) than; compared with"},
		{"下午的会很重要。", "The afternoon meeting is important.", "会", "meeting; gathering"},
		{"等十分钟再走。", "Wait ten minutes, then go.", "再", "(先…再) then; after that"},
		{"我明天再来。", "I'll come again tomorrow.", "再", "again (later); once more; then"},
		// 在 before a word gse tags a verb that the dictionary knows only
		// as a noun (超市), and before a preposition gse tags zg (为).
		{"她周末在超市打工。", "She works part-time at a supermarket on weekends.", "在", "at; in; on (a place or time)"},
		{"老师们一直在为学生准备考试。", "The teachers have been preparing the exam for the students.", "在", "(在 + verb) be …-ing (in progress)"},
		// 的 after a description gse tags as a noun: a verb and its
		// object after a determiner, a 关于 phrase, an adjective by the
		// dictionary after a determiner; an owner after a subject's verb.
		{"那个戴眼镜的男人是谁?", "Who is that man with glasses?", "的", "(links a description to its noun)"},
		{"他写了一篇关于城市交通的文章。", "He wrote an article about city traffic.", "的", "(links a description to its noun)"},
		{"这是一个大胆的计划。", "This is a bold plan.", "的", "(links a description to its noun)"},
		{"我喜欢老师的办公室。", "I like the teacher's office.", "的", "'s; of (possession)"},
		{"在公司的帮助下，他买了房子。", "With the company's help, he bought a flat.", "的", "'s; of (possession)"},
		// 那个 before a description and its noun; 一家 counting a
		// business, with its noun after modifiers or without (right
		// before the noun it is 一 家, countsNounAfter); the family
		// itself.
		{"那个拿着雨伞的人是我爸爸。", "", "那个", "that (as opposed to this)"},
		{"我朋友开了一家很小的分公司。", "", "一家", glossOneFirm},
		{"这两家饭馆，我更喜欢那一家。", "", "一家", glossOneFirm},
		{"他们一家都去了北京。", "", "一家", anySense},
		// 给: the verb before sb 的 noun.
		{"你给我的建议很有用。", "", "给", "to give"},
		// 就: 一 + verb across a comma; a topic at the head; an amount.
		{"一回到家，我就开始做饭。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"就这件事，我想说两句。", "", "就", "with regard to; concerning"},
		{"我就买一个。", "", "就", "only; just (that much)"},
		// 上 before 一 and a measure word (不了 after a verb is one headword:
		// TestUnableAfterVerb); 来 taking
		// a task on, and after a means; 把 counting after a verb; 过得.
		{"上一次见面是在去年。", "", "上", "last; previous (上个月)"},
		{"我来回答一下这个问题。", "", "来", "(我/我们来 + verb) let me; let's (do)"},
		{"我们要根据天气的变化来安排行程。", "", "来", "(verb + object + 来 + verb) in order to"},
		{"我去买把椅子。", "", "把", "classifier for things with handles"},
		{"她最近过得很好。", "", "过", "to live; to get along"},
		// 跟 in a comparison.
		{"这家店的价格跟网上一样。", "", "跟", glossSameAs},
		{"我的想法跟你不同。", "", "跟", glossDifferentFrom},
		{"这种鸟和鸽子很相似。", "", "和", glossSimilarTo},
		// 是 + when + verb 的 object (the split 是…的); a subject after
		// 是 makes a description.
		{"他们是前年买的房子。", "", "的", "(是…的) stresses when, where, how"},
		{"这是我昨天买的书。", "", "的", "(links a description to its noun)"},
		// 没有 in a comparison; 一下子 before its verb; 一下 after a verb
		// gse does not tag; 也 after the least amount; 其 before a noun.
		{"我的中文没有她好。", "", "没有", "(A 没有 B + adjective) not as … as"},
		{"她一下子就找到了答案。", "", "一下子", "all at once; all of a sudden"},
		{"妈妈，你过来一下。", "", "一下", "(after a verb) a bit"},
		{"这部电影一点也不好看。", "", "也", "(一点也不…) (not) at all; (not) even"},
		{"这件事我一次也没想过。", "", "也", "(一点也不…) (not) at all; (not) even"},
		{"这种方法有其局限。", "", "其", "its; their; his; her (literary)"},
		// 了 after 快 the adjective; 除…以外.
		{"他跑得更快了。", "", "了", "(sentence-final) change of state: now"},
		{"他跑得比我快多了。", "", "了", "(sentence-final) change of state: now"},
		// 给 after a modal (不能, 可以) is the preposition before its person.
		{"你能不能给我们举个例子？", "", "给", "(给 sb + verb) for; to (sb)"},
		{"你可以给我发个消息。", "", "给", "(给 sb + verb) for; to (sb)"},
		{"这趟车比以前快了。", "", "了", "(sentence-final) change of state: now"},
		{"除此以外，他还喜欢画画。", "", "除", "except; not including"},
		// 等 after 在 the verb; 会 before 说 + a language after 也;
		// 被 before a noun gse tags zg; 让一下; 还可以。; 说起话来; 和
		// between two verbs as the subject (the dictionary's "and").
		{"他们在等老师回来。", "", "等", "to wait for; to await"},
		{"他也会说西班牙语。", "", "会", "can (know how to)"},
		{"我的腿被车撞伤了。", "", "被", "(passive) by (the doer)"},
		{"麻烦让一下。", "", "让", "to yield"},
		{"这家饭馆还可以。", "", "还", "fairly; passably (还可以: not bad)"},
		{"他们说起话来没完没了。", "", "来", "(verb 起 … 来) start (doing sth)"},
		{"吃饭和睡觉都很重要。", "", "和", "(joining two nouns) and; together with"},
		// 呢 by its place: a question, a state that holds, a pause, a
		// stress.
		{"那你呢？", "And you?", "呢", glossNeQuestion},
		{"你们在聊什么呢", "", "呢", glossNeAsks},
		{"那这要怎么解释呢？", "So how do we explain this?", "呢", glossNeAsks},
		{"你到底去不去呢？", "", "呢", glossNeQuestion},
		{"他还在睡觉呢。", "", "呢", glossNeStill},
		{"我还没吃饭呢。", "", "呢", glossNeStill},
		{"外面刮着风呢。", "", "呢", glossNeOngoing},
		{"妈妈正在做饭呢。", "Mom is cooking.", "呢", glossNeOngoing},
		{"其实呢，这个问题不难。", "", "呢", glossNePause},
		{"你呢，最近怎么样？", "", "呢", glossNeQuestion},
		{"我才不信呢！", "", "呢", glossNeEmphasis},
		// 一点 denied and after an adjective; 都 after it; 而且 alone;
		// 只有…才; 比较 + verb.
		{"这道菜一点也不辣。", "", "一点", "(一点也不…) not a bit; not at all"},
		{"我一点都不累。", "", "都", "(一点都不…) (not) at all"},
		{"你能说慢一点吗？", "", "一点", "(adjective + 一点) a bit more; -er"},
		{"我只会做一点家务。", "", "一点", anySense},
		{"我今天有一点不舒服。", "", "一点", anySense},
		{"这个地方很安静，而且交通很方便。", "", "而且", "moreover; in addition; furthermore"},
		{"她不仅聪明，而且很努力。", "", "而且", "(not only ...) but also"},
		{"只有多练习，才能说得流利。", "", "只有", "(只有…才) only if; only by"},
		{"只有他才知道密码。", "", "只有", "(只有 sb 才) only (sb)"},
		{"我比较担心他的身体。", "", "比较", "relatively"},
		{"我们来比较两种方法。", "", "比较", "to compare"},
		// 前 after a span of time; 完 and 上 after a verb; 一下 after 去.
		{"我们两个月前见过面。", "", "前", "(time span + 前) ago"},
		{"睡觉前别喝咖啡。", "", "前", anySense},
		{"我看完电影就走。", "", "完", "(verb + 完) to finish (doing)"},
		{"他喜欢上了这个城市。", "", "上", "(after a verb) up; onto; on"},
		{"我去一下银行。", "", "一下", "(after a verb) a bit"},
		// 来 and 去 after a verb of direction; 来 standing for the task.
		{"大家上楼来吧。", "", "来", glossLaiHither},
		{"他转过身来看着窗外。", "", "来", glossLaiHither},
		{"我们下楼去吧。", "", "去", "(verb + 去) away (from the speaker)"},
		{"不用帮忙，我自己来。", "", "来", glossLaiDoIt},
		// 要 before care or effort; passive 给; 过 before a span of time;
		// 什么 asked with 吗, denied or before 都; 来 before a place.
		{"你们要注意身体。", "", "要", "need to; should"},
		{"我要一碗面。", "", "要", anySense},
		{"花瓶给猫打碎了。", "", "给", "(passive 给) by (= 被)"},
		{"公司给员工发了奖金。", "", "给", "(给 sb + verb) for; to (sb)"},
		{"爸爸给我修好了。", "", "给", "(给 sb + verb) for; to (sb)"},
		{"过了几分钟，电话又响了。", "", "过", "to pass (time)"},
		{"我们过两天再联系。", "", "过", "to pass (time)"},
		{"过桥的时候慢一点。", "", "过", anySense},
		{"你还有什么要求吗？", "", "什么", "something; anything"},
		{"我不想吃什么东西。", "", "什么", "something; anything"},
		{"你知道他说了什么吗？", "", "什么", "what?"},
		{"他第二次来上海。", "", "来", "to come"},
		// 点 counting points; 上说/上看 closing a point of view; 怎么看
		// asked of a person.
		{"我想说两点看法。", "", "点", "(number + 点) points; items (三点建议)"},
		{"理由有三点。", "", "点", "(number + 点) points; items (三点建议)"},
		{"我们两点见面。", "", "点", "(after a number) o'clock"},
		{"从经济上看，这个计划不划算。", "", "看", glossSeenFrom},
		{"从这个意义上说，他没有错。", "", "说", glossSeenFrom},
		{"你们怎么看这件事？", "", "看", "to consider; to think"},
		{"这张地图怎么看？", "", "看", anySense},
		// 起来 by its verb.
		{"猫一下子跳了起来。", "", "起来", glossQilaiUp},
		{"把玩具收起来吧。", "", "起来", glossQilaiTogether},
		{"这个手机用起来很顺手。", "", "起来", glossQilaiSeems},
		{"孩子突然哭了起来。", "", "起来", anySense},
		// 条 counting news and rules; 位 after a verb, 一 left out.
		{"我刚收到一条短信。", "", "条", "(classifier) item; piece (news, rules…)"},
		{"这条河很宽。", "", "条", anySense},
		{"她是位有名的作家。", "", "位", "classifier for people (honorific)"},
		// 来 after a phrase of means whatever its last word; 又不是.
		{"我们通过用户反馈来改进产品。", "", "来", "(verb + object + 来 + verb) in order to"},
		{"你又不是小孩子。", "", "又", "(used for emphasis) anyway; after all"},
		{"她是从日本来的。", "", "来", "to come"},
		// The degree after 得.
		{"今天忙得要命。", "", "要命", "extremely; terribly"},
		{"孩子们高兴得不得了。", "", "不得了", "extremely"},
		{"屋里闷得慌。", "", "慌", "(得慌) unbearably; terribly"},
		// 可 stressing, or "but" at the head of a clause.
		{"这样可不行。", "", "可", "(可 + 不, 别, adjective) really; (stress)"},
		{"这可不是小事。", "This is no small matter.", "可", "(可 + 不, 别, adjective) really; (stress)"},
		{"外面可冷了。", "", "可", "(可 + 不, 别, adjective) really; (stress)"},
		{"我劝了他很多次，可他就是不听。", "", "可", "but; however"},
		// 在 before an adverb of how an action goes on.
		{"技术在不断进步。", "", "在", "(在 + verb) be …-ing (in progress)"},
		{"价格在逐渐下降。", "", "在", "(在 + verb) be …-ing (in progress)"},
		// 跟/和 + the person spoken to.
		{"我跟你说一件事。", "", "跟", "with; to (sb)"},
		{"你去和老师解释一下。", "", "和", "with; to (sb)"},
		{"我跟他不熟。", "", "跟", "with; and (sb)"},
		// 那 opening a clause before its subject; 来 before 给 is no
		// verb that gives.
		{"那你打算怎么办呢？", "", "那", "then (in that case)"},
		{"那是我的书。", "", "那", anySense},
		{"我来给你们介绍一下。", "", "给", "(给 sb + verb) for; to (sb)"},
		// 是 + noun + 的; 还 before 想要; 会 + skill + 了 after 就; 上 +
		// school; 举 + example.
		{"这件衣服是纯棉的。", "", "的", "'s; the one of (mine, his…)"},
		{"这是不可能的。", "", "的", "(是…的) stresses when, where, how"},
		{"我还想要一份沙拉。", "", "还", glossHaiAlso},
		{"她两岁就会走路了。", "", "会", "can (know how to)"},
		{"我弟弟在上初中。", "", "上", "to go to; to attend (school, work)"},
		{"我给你举个例子。", "", "举", "to cite"},
		// 那个 as a filler.
		{"那个，我想问一下价格。", "", "那个", "(filler) umm; you know"},
		{"嗯，那个，我们明天再说吧。", "", "那个", "(filler) umm; you know"},
		{"我要那个，不要这个。", "", "那个", "that one"},
		// 就 after a verb and a span of time.
		{"你多睡几天就好了。", "", "就", "(verb + time + 就) then (after that long)"},
		{"再等十分钟就到了。", "", "就", "(verb + time + 就) then (after that long)"},
		{"他三天就学会了。", "", "就", "(so soon) already; right away"},
		{"他每隔十分钟就看一次手机。", "", "就", "(每…就) then (each time)"},
		// 再 … 也: no matter how.
		{"工作再忙也要吃饭。", "", "再", "(再 + adjective … 也) no matter how …"},
		{"再好的手机也会坏。", "", "再", "(再 + adjective … 也) no matter how …"},
		{"我们再试一次。", "", "再", "again (later); once more; then"},
		// 之所以, 之间 after a pronoun.
		{"我之所以来，是因为想见你。", "", "之所以", "(之所以…是因为) the reason why …"},
		{"我们之间没有秘密。", "", "之间", "(after a noun) between; among; amid"},
		// 则, 均, 便 of the written register.
		{"城市人口在增加，农村人口则在减少。", "", "则", "(A…, B 则…) while; but; then"},
		{"两家公司均已确认。", "", "均", "(literary) without exception; all"},
		{"他一到家便睡着了。", "", "便", "(便 = 就) then; right away"},
		// 由 a doer; 于 after a verb; 至 ending a span; 按 a rule.
		{"这个项目由她负责。", "", "由", "(由 sb + verb) by (sb); it is for sb to"},
		{"这种方法适用于很多情况。", "", "于", "(verb + 于) to; for; with regard to"},
		{"新版本于2024年发布。", "", "于", anySense},
		{"这一切都始于一个想法。", "", "于", "(verb + 于) from (a source)"},
		{"展览从周一至周五开放。", "", "至", "(A 至 B) to; until"},
		{"请按规定填写表格。", "", "按", "according to"},
		{"请按这个按钮。", "", "按", anySense},
		// 下来 after 了; 本 + a measure word; 都 after a list with 及.
		{"虽然很累，他还是坚持了下来。", "", "下来", "(verb + 下来) continuing until now"},
		{"本次比赛共有十个队参加。", "", "本", "(本 + measure word) this; the current"},
		{"老师及学生都到了。", "", "都", "all; both (every one)"},
		// 怎么 before 又 or a verb and a clause-final 了: why.
		{"你怎么又迟到了？", "", "怎么", "why?"},
		{"孩子怎么哭了？", "", "怎么", "why?"},
		{"你是怎么来的？", "", "怎么", "how?"},
		// 会 before a skill after 还 or 也.
		{"她会弹钢琴，还会唱歌。", "", "会#2", "can (know how to)"},
		{"明天还会下雨。", "", "会", "will; be likely to"},
		// 从…起.
		{"从下个月起，我们每周开一次会。", "", "起", "(从…起) starting from"},
		// 老 before a verb.
		{"你别老玩游戏。", "", "老", "(老 + verb) always; all the time"},
		// 以上, 以下 opening a clause.
		{"以上是我的一些看法。", "", "以上", "the above-mentioned"},
		{"以下是会议的安排。", "", "以下", "the following"},
		{"六十岁以上的老人免费。", "", "以上", anySense},
		// 让 and 叫 as the passive's "by".
		{"我的手机让人偷了。", "", "让", "(passive 让) by (= 被)"},
		{"饭叫狗吃了。", "", "叫", "(passive 叫) by (= 被)"},
		// 好，… as a reply.
		{"好，我马上去办。", "", "好", "all right!"},
		{"他人很好，大家都喜欢他。", "", "好", anySense},
		// 的 closing a subject before its predicate; the assertive 的
		// after 会 or 挺 + adjective.
		{"你说的没错。", "", "的", glossDeWhat},
		{"大的比小的贵。", "", "的", "(adjective + 的) the … one"},
		{"我会努力的。", "", "的", "(sentence-final) it is so (emphasis)"},
		{"这里的房子挺贵的。", "", "的#2", "(sentence-final) it is so (emphasis)"},
		// 就 before 多 "more" is no "only".
		{"既然来了，就多住几天吧。", "", "就", "(if …,) then"},
		// 才不…呢.
		{"我才不怕呢！", "", "才", "(才不…呢) really (not); certainly (not)"},
		{"我才知道这个消息。", "", "才", "(才 + verb) just now; only just"},
		{"我们等了半天他才来。", "", "才", "only then; not until; just"},
		{"我才喝了一杯。", "", "才", "only (before an amount)"},
		{"好啦，别生气了。", "", "好", "all right!"},
		// 等等 the verb.
		{"等等，我马上就好。", "", "等等", "(等等 the verb) wait a minute; wait a bit"},
		{"你再等等吧。", "", "等等", "(等等 the verb) wait a minute; wait a bit"},
		{"我买了苹果、香蕉等等。", "", "等等", anySense},
		{"他是我的老朋友。", "", "老朋友", anySense},
		// 点 counted after 有 or a verb of saying, or ordinal: points; 还有
		// 一点， one more point. A time keeps o'clock.
		{"我们有两点需要注意。", "", "点", "(number + 点) points; items (三点建议)"},
		{"我想补充两点。", "", "点", "(number + 点) points; items (三点建议)"},
		{"第一点，价格太高。", "", "点", "(number + 点) points; items (三点建议)"},
		{"还有一点，我们没有钱。", "", "一点", "a point (in a discussion etc)"},
		{"我下午有三点的课。", "", "点", "(after a number) o'clock"},
		{"我订了明天早上八点的票。", "", "点", "(after a number) o'clock"},
		{"他说三点到。", "", "点", "(after a number) o'clock"},
		// 左右 after an amount and its noun: approximately.
		{"我们等了一个小时左右。", "", "左右", "approximately"},
		{"这个包三百块钱左右。", "", "左右", "approximately"},
		{"那天来了一百人左右。", "", "左右", "approximately"},
		// 我们来 + a verb of the task: let's (not a visit).
		{"今天我们来聊一聊人工智能。", "", "来", "(我/我们来 + verb) let me; let's (do)"},
		{"我们先来听一段录音。", "", "来", "(我/我们来 + verb) let me; let's (do)"},
		{"我们来谈谈你的新书吧。", "", "来", "(我/我们来 + verb) let me; let's (do)"},
		{"我们来看你了。", "", "来", "to come"},
		{"明天我来看你。", "", "来", "to come"},
		{"我是来看病的。", "", "来", "to come"},
		// 倒 before what is said of its subject: contrary to expectation.
		{"你说得倒容易。", "", "倒", "contrary to what one might expect; yet"},
		{"我倒觉得这样挺好。", "", "倒", "contrary to what one might expect; yet"},
		{"他倒不怕。", "", "倒", "contrary to what one might expect; yet"},
		{"他倒很高兴。", "", "倒", "contrary to what one might expect; yet"},
		{"这个手机不贵，质量倒挺好。", "This phone is cheap, and the quality is actually pretty good.", "倒", "contrary to what one might expect; yet"},
		{"给我倒杯水。", "", "倒", "to pour out"},
		{"把水倒了吧。", "", "倒", "to pour out"},
		// 照 + whose word or way + saying or going on: according to.
		{"照你这么说，是我错了？", "", "照", "according to"},
		{"照我看，他不会来了。", "", "照", "according to"},
		{"照这样下去，我们会输的。", "", "照", "according to"},
		{"阳光照在地上。", "", "照", "to shine"},
		// 干嘛 before what is questioned: why on earth.
		{"你干嘛不早说？", "", "干嘛", "whatever for?; why on earth?"},
		{"你干嘛这么着急？", "", "干嘛", "whatever for?; why on earth?"},
		{"你在干嘛？", "", "干嘛", "what are you doing?"},
		{"你干嘛呢？", "", "干嘛", "what are you doing?"},
		{"说好好的墙弄那么花干嘛。", "", "干嘛", "whatever for?; why on earth?"},
		{"你买这么多菜干嘛？", "", "干嘛", "whatever for?; why on earth?"},
		{"你去干嘛？", "", "干嘛", "what are you doing?"},
		// 可 + verb … 了: the stress.
		{"我可喜欢吃饺子了。", "", "可", "(可 + 不, 别, adjective) really; (stress)"},
		// 哪 before a measure word: which; 大家好 the greeting; a
		// one-character verb + 好 + 了 or object: done.
		{"有没有哪本书对你影响特别大？", "", "哪", "which"},
		{"哪有这么便宜的东西？", "", "哪", "how"},
		{"这么多人我哪数得过来。", "", "哪", "how"},
		{"大家好，欢迎收听本期节目。", "", "好", "(after a form of address) hello"},
		{"大家好好休息。", "", "好好", anySense},
		{"我们约好了明天见。", "", "好", "(verb complement indicating completion)"},
		{"你想好了吗？", "", "好", "(verb complement indicating completion)"},
		{"你穿好衣服，我们出门。", "", "好", "(verb complement indicating completion)"},
		{"我觉得好。", "", "好", "good"},
		// 行 after 这/那/哪 (一): the line of business; V了/过…没有？
		{"他是干哪一行的？", "What line of work is he in?", "行", glossTrade},
		{"干我们这行，压力很大。", "", "行", glossTrade},
		{"他对这行很熟悉。", "", "行", glossTrade},
		{"这一行字太小了。", "This line of characters is too small.", "行", "classifier for rows or lines"},
		{"他写了三行字。", "", "行", "classifier for rows or lines"},
		{"你吃饭了没有？", "", "没有", "(…了没有？) have (you) … or not?"},
		{"你去过长城没有？", "", "没有", "(…了没有？) have (you) … or not?"},
		{"我没有钱。", "", "没有", "(没有 + noun) to not have; there is no"},
		// 块 counting things, not money (TestSenseByConstruction has the
		// money); 一口 after drinking: a mouthful.
		{"我吃了三块蛋糕。", "", "块", anySense},
		{"他喝了一口水。", "", "一口", "a mouthful; a bite"},
		{"他一口答应了。", "", "一口", "readily"},
		// 挺 before getting through; A 是 A conceding; 的 closing a
		// clause a stress adverb opens.
		{"那你们是怎么挺过来的？", "", "挺", "to withstand"},
		{"累是累，但是很开心。", "", "是", glossShiConcede},
		{"好是好，就是太贵了。", "", "是", glossShiConcede},
		{"他是我的老师。", "", "是", "to be (followed by substantives only)"},
		{"大家都挺有激情的。", "", "的", "(sentence-final) it is so (emphasis)"},
		{"那挺累的吧？", "", "的", "(sentence-final) it is so (emphasis)"},
		{"这是我的。", "", "的", "'s; the one of (mine, his…)"},
		{"这本书是你的吧？", "", "的", "'s; the one of (mine, his…)"},
		{"这件衣服长了一点，有短一点的吗？", "", "的", "(adjective + 的) the … one"},
		{"你们有四十二号的吗？", "", "的", "'s; the one of (mine, his…)"},
		{"你要是问我的话，我会说还是得靠自己。", "", "会", "will; be likely to"},
		{"他会说三种语言。", "", "会", "can (know how to)"},
		{"如果让你给十年前的自己一句建议，你会说什么？", "", "会", "will; be likely to"},
		{"外面下着雨呢，带把伞吧。", "", "呢", glossNeOngoing},
		{"我呢，不太喜欢吃辣的。", "", "呢", glossNePause},
		{"我刚才去超市买了点水果。", "", "点", "(verb + 点) a little; some"},
		{"今天倒霉死了。", "", "死", "extremely"},
		{"今天热死人了。", "", "死", "extremely"},
		{"鱼缸里的鱼死了。", "", "死", "to die"},
		// 结果 and 本来 opening what happened; 一 + a lone verb, comma.
		{"结果一聊，发现我们想法很接近。", "", "结果", "in the end; as a result"},
		{"我准备了很久，结果还是没考好。", "", "结果", "in the end; as a result"},
		{"考试结果很好。", "", "结果", "outcome; result; consequence"},
		{"结果是我们输了。", "", "结果", anySense},
		{"结果一聊，发现我们想法很接近。", "", "一", "(一 + verb … 就) as soon as"},
		{"那天本来我都不想去的。", "", "本来", "originally"},
		{"这是它本来的样子。", "", "本来", "original"},
		{"要排一个小时的队呢。", "", "的", "(links a description to its noun)"},
		{"坐两个小时的车就到了。", "", "的", "(links a description to its noun)"},
		{"说到底，工具本身没有好坏之分。", "", "之", "(literary 的) of; 's"},
		{"很多老师担心学生会用AI来写作业。", "Many teachers worry students will use AI to do homework.", "会", "will; be likely to"},
		{"走路大概要十分钟。", "", "要", glossYaoTakes},
		{"这个要多少钱？", "", "要", glossYaoTakes},
		{"我要两杯咖啡。", "", "要", "to want; to need; to ask for"},
		{"别难过了，下次努力就行了。", "", "行", "all right; OK!; will do"},
		{"你真行！", "", "你真行", anySense},
		{"今天的会开到几点？", "", "到", glossUntil},
		{"我们一直聊到半夜。", "", "到", glossUntil},
		{"他把我送到北京。", "", "到", anySense},
		{"会议改到下午三点了。", "", "到", anySense},
		{"他向门口冲去。", "", "去", anySense},
		{"我们边吃边聊吧。", "", "边", "simultaneously"},
		{"这本书挺有意思的，你可以看看。", "", "看看", "to take a look at"},
		{"今天天气不错，我们出去看看吧。", "", "看看", "to take a look at"},
		{"下次有机会一定要带孩子去。", "Next time we get the chance we must take the kids.", "去", "to go"},
		{"这个嘛，我再想想。", "", "嘛", "particle indicating a pause for emphasis"},
		{"他今年二十出头。", "", "出头", "a little more than"},
		{"这样的日子什么时候是个头啊。", "", "的", "(links a description to its noun)"},
		{"你想找什么样的工作？", "", "的", "(links a description to its noun)"},
		{"会开了一上午，什么也没决定。", "", "会", "meeting; gathering"},
		{"他会开车。", "", "会", "can (know how to)"},
		{"我们好久没见了。", "", "了", "(sentence-final) change of state: now"},
		{"他三天没吃饭了。", "", "了", "(sentence-final) change of state: now"},
		{"我不去了。", "", "了", "(不…了) not any more"},
		{"有什么问题随时给我打电话。", "", "什么", "something; anything"},
		{"你有什么问题？", "", "什么", "what?"},
		{"我还没想好要不要去。", "", "好", "(verb complement indicating completion)"},
		// After the copula 是, 好 is "good": 是 is no verb a complement completes.
		{"这是好的开始", "", "好", "good"},
		{"这个办法是好的。", "", "好", "good"},
		{"这是好的开始。", "It's a good start.", "好", "good"},
		{"饭已经做好了。", "", "好", "(verb complement indicating completion)"},
		// Found by reading my probe pairs without their English.
		{"我想在家好好睡一觉。", "", "想", "to desire; to want (to)"},
		{"我还想再吃一碗。", "", "想", "to desire; to want (to)"},
		{"我想他会来的。", "", "想", "to think (about)"},
		{"你越是着急，越容易出错。", "", "越", "the more... the more"},
		{"请把你的名字写下来。", "", "请", "(请 + verb) please (do sth)"},
		{"去不去要看天气。", "", "看", "to depend on"},
		{"看天气吧。", "", "看", "to depend on"}, // (看情况 is a headword, the unit)
		{"我们要看电影。", "", "看", "to see; to look at"},
		{"他拿出手机看了看。", "", "看#2", "to see; to look at"},
		{"你多大了？", "", "多", "how (to what extent) (Taiwan pr. [duo2])"},
		{"你看这天多好啊！", "", "多", "how (to what extent) (Taiwan pr. [duo2])"},
		{"多吃点水果。", "", "多", "many; much; more; a lot of"},
		{"这样行不行？", "", "行", "all right; OK!; will do"},
		{"你行吗？我来帮你。", "", "行", "capable; competent"},
		{"明天下午三点，对你行吗？", "", "行", "all right; OK!; will do"},
		{"但我想当我们听到这个词时，就会想到他。", "", "想", "to think (about)"},
		{"他长大以后想当警察。", "", "想", "to desire; to want (to)"},
		{"这个还行。", "", "行", "all right; OK!; will do"},
		{"行，那你问问她。", "", "行", "all right; OK!; will do"},
		{"这个好难啊！", "", "好", glossHaoSo},
		{"我一到家就睡觉了。", "As soon as I got home I went to sleep.", "到", "to reach; to arrive"},
		{"他刚到家就又出去了。", "He went out again as soon as he got home.", "到", "to reach; to arrive"},
		{"到了路口往右走。", "At the crossing go right.", "到", "to reach; to arrive"},
		{"他想去，可没时间。", "", "可", "but; however"},
		{"不管多忙，他每天都给妈妈打电话。", "", "多", "how (to what extent) (Taiwan pr. [duo2])"},
		{"他们左右看了看。", "", "左右", "left and right"},
		{"我不想被别人左右。", "", "左右", "to control"},
		{"他们是好同学。", "", "好", "good"}, // (好朋友 is a headword, the unit)
		{"那就吃火锅吧，好久没吃了。", "", "就", "(if …,) then"},
		{"知道了，下次不会了。", "", "了#2", "(不…了) not any more"},
		{"买菜的时候顺便帮我买瓶酱油。", "", "的", "(links a description to its noun)"},
		{"没想到他这么快就答应了。", "", "了", "(verb + 了) done; change of state"},
		{"说白了，就是不想干了。", "", "了", "(不…了) not any more"},
		{"他不小心摔倒了。", "", "了", "(verb + 了) done; change of state"},
		{"后来就自己学着写歌。", "", "就", "then; just; right away"},
		{"我先把话说在前头，这次不能再迟到了。", "", "再", "again; once more; re-"},
		{"好吧好吧，听你的。", "", "好", "all right!"},
		{"好吧好吧，听你的。", "", "好#2", "all right!"},
		{"有什么事喊一声就行。", "", "就", "then; just; right away"},
		{"我一下就明白了。", "", "就", "(so soon) already; right away"},
		{"你能不能小声点？", "", "点", "(verb + 点) a little; some"},
		{"你看这点。", "", "点", "point; dot; spot; speck"},
		{"他说他马上就到，结果等了半个小时。", "", "到", "to reach; to arrive"},
		{"车快到了。", "", "到", "to reach; to arrive"},
		{"这件事你别管了，我来处理。", "", "来", "(我/我们来 + verb) let me; let's (do)"},
		{"我看你脸色不太好，是不是病了？", "", "看", "to consider; to think"},
		{"对啊，上个月刚换的。", "", "的", "(是…的) stresses when, where, how"},
		{"还好吧，习惯了就好了。", "", "还好", "not bad; pretty good"},
		{"还好没下雨。", "", "还好", "fortunately; luckily"},
		{"我看这事儿没戏了。", "", "看", "to consider; to think"},
		{"我看这本书。", "", "看", "to read"},
		{"今天来的人很少。", "Very few people came today.", "来", "to come"},
		{"饭做好了，快来吃吧。", "Dinner's ready; come and eat.", "来", "to come"},
		{"我们聊到很晚才睡。", "", "到", glossUntil},
		{"他终于出头了。", "", "出头", "to get out of a predicament"},
		{"这很简单嘛。", "", "嘛", anySense},
		{"我还以为你不来了呢。", "", "呢", glossNeEmphasis},
		{"那棵树死了。", "", "死", "to die"},
		// 让 + people (in several words, 都 or 一直 between) + a feeling.
		{"这部电影让我们都很感动。", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"比赛的结果让球迷们都非常失望。", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"这个问题让我一直很头疼。", "The problem has given me a headache all along.", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"妈妈让我们都早点睡觉。", "", "让", "to have sb do sth; to make sb do"},
		{"经理让大家都准备一下。", "", "让", "to have sb do sth; to make sb do"},
		// 就 before 像: just like; after a time something began: from then
		// on; after a state reached, before a negation: a condition; 刚 in
		// the clause before; two actions in one clause; the one pointed at.
		{"就像你说的，这件事不简单。", "Just like you said, this isn't simple.", "就", "(就像) just like; exactly like"},
		{"他笑起来就像他爸爸。", "", "就", "(就像) just like; exactly like"},
		{"这个房间就像一个小仓库。", "", "就", "(就像) just like; exactly like"},
		{"我一看到他就像见到了老朋友。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"他从小就喜欢画画。", "He has loved drawing since he was little.", "就", "(从小, 一开始 + 就) already; right from then"},
		{"我一开始就知道他在撒谎。", "", "就", "(从小, 一开始 + 就) already; right from then"},
		{"我们当初就不该买这个房子。", "", "就", "(从小, 一开始 + 就) already; right from then"},
		{"他小时候就会游泳了。", "", "就", "(从小, 一开始 + 就) already; right from then"},
		{"饭凉了就不好吃了。", "The food won't taste good once it's cold.", "就", "(if …,) then"},
		{"你去晚了就买不到票了。", "", "就", "(if …,) then"},
		{"天黑了就别出去了。", "", "就", "(if …,) then"},
		{"东西多了就放不下了。", "", "就", "(if …,) then"},
		{"我吃了饭就走。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"这篇文章我写了两行就写不下去了。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"我刚出门，就下雨了。", "I had just gone out when it started to rain.", "就", "as soon as … then (一/刚/了…就)"},
		{"他刚坐下，电话就响了。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"我们刚吃完饭，他就来了。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"他把书包放在桌子上就出去了。", "He put his bag on the table and went straight out.", "就", "as soon as … then (一/刚/了…就)"},
		{"他看到我就跑了。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"他听说这个消息就哭了。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"你放在门口就行了。", "", "就", "then; just; right away"},
		{"沿着这条街走就到了。", "", "就", "then; just; right away"},
		{"我就要这个。", "I'll just have this one.", "就", "only; just (that much)"},
		{"我就买这件，别的不要了。", "", "就", "only; just (that much)"},
		// 又 with the verb said again: both … and; after a comma before a
		// quality: also; else again, never "also". 都 after 得 and what
		// one could not even do: even. 也 after one of a measure, before
		// a negated modal: not even one.
		{"她懂技术又懂管理。", "She understands both technology and management.", "又", "(V A 又 V B) both... and..."},
		{"我们需要会写代码又会做设计的人。", "", "又", "(V A 又 V B) both... and..."},
		{"他会说英语又会说日语。", "", "又", "(V A 又 V B) both... and..."},
		{"我想了又想，还是不明白。", "", "又", "again (it happened again)"},
		{"他昨天来了，今天又来了。", "", "又", "again (it happened again)"},
		{"油价又要涨了。", "Fuel prices are going up again.", "又", "again (it happened again)"},
		{"我的手机又找不到了。", "", "又", "again (it happened again)"},
		{"他很聪明，又很努力。", "", "又", glossHaiAlso},
		{"我累得饭都不想吃。", "I was so tired I didn't even want to eat.", "都", "(连…都) even"},
		{"她高兴得话都说不出来了。", "", "都", "(连…都) even"},
		{"我腿疼得路都走不了。", "", "都", "(连…都) even"},
		{"他说得我们都笑了。", "He made us all laugh.", "都", "all; both (every one)"},
		{"他们跑得都很快。", "", "都", "all; both (every one)"},
		{"一分钟也不能等了。", "", "也", "(一点也不…) (not) at all; (not) even"},
		{"我们一天也不想休息。", "", "也", "(一点也不…) (not) at all; (not) even"},
		{"这个也不错。", "", "也", "also; too"},
		{"我也不能去。", "", "也", "also (not); (not) either"},
		// 很 before an adjective that ends its clause: unstressed, unless
		// the English says "very" (or "so", "really" …); before a verb, an
		// attribute, or after a verb and 了: very.
		{"这家餐厅很安静。", "This restaurant is quiet.", "很", glossHenPlain},
		{"他很高。", "", "很", glossHenPlain},
		{"天气很好啊。", "", "很", glossHenPlain},
		{"我今天很累。", "I'm very tired today.", "很", "very; quite"},
		{"这个问题很难。", "This question is really hard.", "很", "very; quite"},
		{"他很喜欢音乐。", "", "很", "very; quite"},
		{"这是一个很好的机会。", "", "很", "very; quite"},
		{"我等了很久。", "", "很", "very; quite"},
		// 特别, 只是, 千万, 乱, 差不多, 一会儿, 有些 by what follows.
		{"今天人特别多。", "It's really crowded today.", "特别", "very; especially; particularly"},
		{"他是一个特别的人。", "He is a special person.", "特别", "unusual; special"},
		{"这件衣服挺好看的，只是有点贵。", "This dress looks nice, it's just a bit expensive.", "只是", "but; however"},
		{"我很想去，只是没有时间。", "", "只是", "but; however"},
		{"他只是一个孩子。", "He's just a child.", "只是", "merely; only; just; nothing but"},
		// a subject and its predicate after it: still the reservation
		{"菜都不错，只是汤太咸了。", "The dishes were all good, only the soup was too salty.", "只是", "but; however"},
		{"你千万别告诉他。", "Whatever you do, don't tell him.", "千万", "one must by all means"},
		{"路上千万要小心。", "", "千万", "one must by all means"},
		{"这座城市有上千万人口。", "", "千万", "ten million"},
		{"他把东西乱放。", "", "乱", "(乱 + verb) at random; indiscriminately"},
		{"房间里很乱。", "The room is messy.", "乱", "in confusion or disorder"},
		{"他差不多每天都来。", "He comes almost every day.", "差不多", "almost"},
		{"这两个颜色差不多。", "These two colours are about the same.", "差不多", "about the same"},
		{"天气一会儿冷一会儿热。", "", "一会儿", "now...now..."},
		{"我一会儿就来。", "", "一会儿", "in a moment"},
		{"有些人不喜欢吃辣。", "", "有些", "some"},
		{"我有些累。", "", "有些", "somewhat; rather; a bit"},
		// 太 too, or exclaiming over praise; 先 for now before a short
		// span; 正 exactly before 合适; 正好 before what happened; 少 an
		// amount short, or less before a verb; 好的 as a reply.
		{"这件衣服太小了。", "This shirt is too small.", "太", glossTaiToo},
		{"这里太贵了，我们走吧。", "", "太", glossTaiToo},
		{"这个地方太漂亮了。", "", "太", glossTaiSo},
		{"这太不可思议了。", "", "太", glossTaiSo},
		{"你先坐一会儿，他马上回来。", "Have a seat for now; he'll be right back.", "先", "(先 … 一会儿) for now; for a while"},
		{"你先休息一会儿吧。", "", "先", "(先 … 一会儿) for now; for a while"},
		{"先坐一会儿，再去买东西。", "", "先", "(先 + verb) first; beforehand"},
		{"这个位置正合适。", "This spot is just right.", "正", "exactly"},
		{"那天正好下大雨。", "", "正好", "to happen to"},
		{"我正好有空。", "", "正好", "to happen to"},
		{"正好他也在。", "", "正好", "to happen to"},
		{"你来得正好。", "", "正好", "just (in time)"},
		{"这双鞋大小正好合适。", "", "正好", "just right"},
		{"还是少了五十块钱。", "Still fifty yuan short.", "少", "to be missing"},
		{"我们还少一个人。", "", "少", "to be missing"},
		{"你少吃一点。", "", "少", "less"},
		{"来的人很少。", "", "少", "few"},
		{"好的。", "Okay.", "好", "all right!"},
		{"他说，好的，没问题。", "", "好", "all right!"},
		{"这个好的办法是他想的。", "", "好", "good"},
		// 根本 before a negation, 十分 before a predicate, 原来是, 都 … 了
		// after an amount, 再 before a doubled verb, 肯定 before a modal,
		// 就是 before a negation, 一般 before a time or verb, 是真的.
		{"我根本不知道。", "", "根本", "(not) at all"},
		{"这是问题的根本。", "", "根本", "fundamental"},
		{"他十分努力。", "", "十分", "very"},
		{"原来是你！", "", "原来", "so, actually, as it turns out"},
		{"我原来住在北京。", "", "原来", "originally; formerly; at first"},
		{"我都说了三遍了。", "", "都", "(都…了) already"},
		// Things, then what was done to them, then 了: "all" (a state
		// reached stays "already": 菜都凉了).
		{"会议都取消了。", "", "都", "all; both (every one)"},
		{"树叶都落了。", "", "都", "all; both (every one)"},
		{"明天的航班都取消了。", "All of tomorrow's flights have been cancelled.", "都", "all; both (every one)"},
		{"汤都凉了,快喝吧。", "", "都", "(都…了) already"},
		// An amount after a condition, then 就: "then" (一 counts, it
		// opens no 一…就).
		{"要是不下雨,一年就白干了。", "", "就", "(if …,) then"},
		{"如果这次没考好,一年就白学了。", "If I fail this time, a whole year of study is wasted.", "就", "(if …,) then"},
		{"要是没有你,这个项目一天就完了。", "", "就", "(if …,) then"},
		{"如果你一到就给我打电话。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"他一年就赚了一百万。", "", "就", "(so soon) already; right away"},
		// 对, a verb as its topic, then 有 or 没有: "to; towards".
		{"公司对迟到有严格的规定。", "", "对", "to; towards; about (sb or sth)"},
		{"他对学习没有兴趣。", "", "对", "to; towards; about (sb or sth)"},
		{"学校对抽烟有明确的规定。", "The school has clear rules on smoking.", "对", "to; towards; about (sb or sth)"},
		{"你说得对,我们有时间。", "", "对", "right; correct"},
		// 一 + a measure word + a noun, 都, a negation: "not even one" (一点
		// 都不 stays "(not) at all").
		{"他一句话都没说就走了。", "", "都", "(连…都) even"},
		{"我们一个人都不认识。", "", "都", "(连…都) even"},
		{"他一口饭都没吃。", "He didn't eat a single bite.", "都", "(连…都) even"},
		{"我一次都没去过。", "", "都", "(一点都不…) (not) at all"},
		// 让 + sb + what befalls them (失业, 生病, 上瘾): "to make", not "to let".
		{"机器人会让很多工人失业。", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"熬夜会让你生病。", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"手机游戏很容易让孩子上瘾。", "Mobile games easily get kids addicted.", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"那场车祸至今还让我后怕。", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"孩子一个人出门总让妈妈担心。", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"老板让我们明天加班。", "", "让", "to have sb do sth; to make sb do"},
		// Not now (今天, 现在 in a clause before), but at a later time, 再:
		// "then" (明天再来 alone, or 又 came today, stays "again").
		{"我今天太累了,明天再洗吧。", "", "再", "(先…再) then; after that"},
		{"这份作业我今天做不完了,周末再做。", "", "再", "(先…再) then; after that"},
		{"现在人太多了,晚上再去吧。", "There are too many people now, let's go in the evening.", "再", "(先…再) then; after that"},
		{"他今天又来了,说明天再来。", "", "再", "again (later); once more; then"},
		// A brief action first (洗一洗, 看看), a time reached
		// (等到, 到 + time) or 最后: 再 "then" (最后再问一个问题: one more).
		{"衣服泡一泡再洗。", "", "再", "(先…再) then; after that"},
		{"水果洗一洗再吃。", "", "再", "(先…再) then; after that"},
		{"这笔钱留到月底再花。", "", "再", "(先…再) then; after that"},
		{"盐最后再放。", "", "再", "(先…再) then; after that"},
		{"最后再讲一个故事。", "", "再", "again (later); once more; then"},
		{"他明年再考。", "", "再", "again (later); once more; then"},
		// 少 in a comparison with 比: "less" (an amount short without 比
		// stays "to be missing").
		{"他的工资比我少。", "", "少", "less"},
		{"这次来的人比上次少了一半。", "", "少", "less"},
		{"今年的游客比去年少了两成。", "There were 20% fewer tourists this year than last year.", "少", "less"},
		{"钱包里少了两百块。", "", "少", "to be missing"},
		{"我们都吃了三碗了。", "", "都", "all; both (every one)"},
		{"我们再等等吧。", "", "再", "(再 + verb) a bit longer; a bit more"},
		{"你再想想。", "", "再", "(再 + verb) a bit longer; a bit more"},
		{"再等一会儿吧。", "", "再", "(再 + verb) a bit longer; a bit more"},
		{"他肯定会来。", "", "肯定", "assuredly; definitely"},
		{"老师肯定了他的成绩。", "", "肯定", "to give recognition; to affirm"},
		{"他就是不听。", "", "就是", "only; simply; just"},
		{"这就是我的家。", "", "就是", "exactly; precisely"},
		{"我们一般七点吃饭。", "", "一般", "generally"},
		{"这部电影很一般。", "", "一般", "ordinary"},
		{"这是真的吗？", "", "真的", "real; true; genuine"},
		{"他真的很好。", "", "真的", "really; truly; indeed"},
		// 还 … 什么 before 要: else; 就这样: just so; 就 + person + amount:
		// only; 再 or 怎么 before 也: however much.
		{"你还要什么？", "", "还", "else; still more (还…什么)"},
		{"我还要一杯咖啡。", "", "还", glossHaiAlso},
		{"这件事就这么定了。", "", "就", "(就这样) just (like this); simply"},
		{"就这样吧。", "", "就", "(就这样) just (like this); simply"},
		{"如果你不同意，那就这样吧。", "", "就", "(if …,) then"},
		{"就你一个人去吗？", "", "就", "only; just (that much)"},
		{"就我们两个人。", "", "就", "only; just (that much)"},
		{"你再忙也要吃饭。", "", "也", "(even if …) still"},
		{"我怎么也睡不着。", "", "也", "(even if …) still"},
		{"我也想去。", "", "也", "also; too"},
		// 又 after a wish, before a fear: and yet; 都 after 很 + adjective,
		// before 能: even.
		{"我想去，又怕花钱。", "", "又", "and yet"},
		{"他想说又不敢说。", "", "又", "and yet"},
		{"他又不是小孩子。", "", "又", "(used for emphasis) anyway; after all"},
		{"这么远都能看见。", "", "都", "(连…都) even"},
		{"我们都能听见。", "", "都", "all; both (every one)"},
		// 超, 蛮, 怪 before a predicate: spoken degree words.
		{"这家店的蛋糕超好吃。", "", "超", "(超 + adjective) super-; really"},
		{"我超喜欢这首歌。", "", "超", "(超 + adjective) super-; really"},
		{"这个速度超一百了。", "", "超", "to exceed"},
		{"这部电影蛮好看的。", "", "蛮", "quite"},
		{"我怪不好意思的。", "", "怪", "(coll.) somewhat; rather"},
		{"别怪我。", "", "怪", "to blame"},
		{"他的样子怪怪的。", "", "怪", "odd; strange; uncanny"},
		// 白, 净, 干脆 before a verb: in vain, only, might as well.
		{"我白跑了一趟。", "", "白", "in vain"},
		{"我等了他半天，白等了。", "", "白", "in vain"},
		{"她穿着一件白衣服。", "", "白", "white"},
		{"这孩子净说傻话。", "", "净", "only"},
		{"你干脆别去了。", "", "干脆", "(干脆 + verb) simply; might as well"},
		{"他说话很干脆。", "", "干脆", "candid"},
		// 都 after an amount, before 算 or 不够: even that much.
		{"三个小时都不够。", "", "都", "(连…都) even"},
		{"一百块都不到。", "", "都", "(连…都) even"},
		{"两本书都很好。", "", "都", "all; both (every one)"},
		// 一下子 after no verb, before more of its clause: all at once.
		{"他听到这个好消息，心情一下子好多了。", "", "一下子", "all at once; all of a sudden"},
		{"房间一下子安静下来。", "", "一下子", "all at once; all of a sudden"},
		{"请你等一下子。", "", "一下子", "(following a verb) for a moment; briefly"},
		// 就 after a condition closed by 了: then (an action done first
		// and no condition: as soon as).
		{"你要是累了就先睡吧。", "", "就", "(if …,) then"},
		{"如果你饿了就吃点面包。", "If you're hungry, have some bread.", "就", "(if …,) then"},
		{"要是钱不够了就给我打电话。", "", "就", "(if …,) then"},
		{"他吃了饭就走了。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"她每到周末就去爬山。", "She goes hiking every weekend.", "就", "(每…就) then (each time)"},
		{"每次下雨，他就不想出门。", "", "就", "(每…就) then (each time)"},
		// 还 opening a clause after a comma, adding a second thing done
		// (V 了), or after 不但/除此以外: also; lasting: still (no "also").
		{"这个软件太慢了，还删了我的文件。", "", "还", glossHaiAlso},
		{"他不但迟到了，还忘了带作业。", "", "还", glossHaiAlso},
		{"除此以外，他还喜欢画画。", "", "还", glossHaiAlso},
		{"我嗓子疼，还有点咳嗽。", "", "还", glossHaiAlso},
		{"我爷爷九十岁了，还每天去公园散步。", "", "还", glossHaiStill},
		{"到现在我还记得那天的事。", "", "还", glossHaiStill},
		{"离考试还要两个星期。", "", "还", glossHaiStill},
		{"他们没出错，工资还降了。", "", "还", glossHaiStill}, // its own subject
		// 还有 opening a clause: the next item, in addition (what is still
		// there or still to go after a subject or before an amount).
		{"这家店的菜很好吃，还有，服务也不错。", "", "还有", "in addition"},
		{"我们需要买鸡蛋、牛奶，还有面包。", "We need to buy eggs, milk, and bread.", "还有", "in addition"},
		{"还有运费。快递要二十块。", "", "还有", "in addition"},
		{"冰箱里还有两瓶牛奶。", "", "还有", anySense},
		{"离春节还有三天。", "", "还有", anySense},
		// 全 before a verb: all; 原来的: original; 一口气 before a verb: at
		// a stretch.
		{"钱全花光了。", "", "全", "(全 + verb) all; entirely"},
		{"这些书我全看过了。", "I've read all these books.", "全", "(全 + verb) all; entirely"},
		{"墙为什么全用了红砖？", "", "全", "(全 + verb) all; entirely"},
		{"我还是喜欢原来的样子。", "", "原来", "original; former"},
		{"那原来的老板去哪了？", "So where did the old boss go?", "原来", "original; former"},
		{"他原来住在上海。", "", "原来", "originally; formerly; at first"},
		{"他一口气跑了五公里。", "", "一口气", "at a stretch"},
		{"我一口气喝完了一瓶水。", "I drank a whole bottle of water in one breath.", "一口气", "at a stretch"},
		{"她深深地吸了一口气。", "", "一口气", "one breath"},
		{"我想一口气把这本书看完。", "", "一口气", "at a stretch"}, // after a modal
		{"他能一口气游两千米。", "", "一口气", "at a stretch"},
		// 提前 before what is done early: in advance; before 到 or 了: the
		// date moved.
		{"请提前十分钟到。", "", "提前", "in advance"},
		{"你要提前告诉我。", "", "提前", "in advance"},
		{"会议提前到了周一。", "The meeting was moved up to Monday.", "提前", "to shift to an earlier date"},
		{"考试提前了一周。", "", "提前", "to shift to an earlier date"},
		// 临时 before a change or something that came up: at the last
		// moment; before a noun: temporary.
		{"他临时有事，来不了了。", "", "临时", "at the last moment"},
		{"比赛临时取消了。", "The match was called off at the last minute.", "临时", "at the last moment"},
		{"我们临时改了计划。", "", "临时", "at the last moment"},
		{"我在找一份临时工作。", "", "临时", "temporary"},
		// 够 before an adjective, after 真 or before 的: really.
		{"今天真够冷的。", "It's really cold today.", "够", "(coll.) (before adj.) really"},
		{"这活儿够累的。", "", "够", "(coll.) (before adj.) really"},
		{"这个房间够大了。", "", "够", "enough (sufficient)"},
		// 另 before a verb of charging: separately.
		{"早餐另收费。", "Breakfast is charged separately.", "另", "separately"},
		{"运费另算。", "", "另", "separately"},
		{"另一个问题是价格。", "", "另", "other"},
		// 究竟 in a question, direct or reported.
		{"你究竟想要什么？", "What on earth do you want?", "究竟", "(in an interrogative sentence) finally"},
		{"问题究竟出在哪里，还要再查。", "", "究竟", "(in an interrogative sentence) finally"},
		{"我们究竟要做何种产品？", "So what kind of product are we actually going to make?", "究竟", "(in an interrogative sentence) finally"},
		// 快去/快来 + verb: hurry (快去…了 "almost").
		{"快去洗手，要吃饭了。", "", "快", "(快 + verb!) hurry; quick"},
		{"汤快好了，快去叫大家来吃饭。", "The soup's nearly ready, go and call everyone to eat.", "快#2", "(快 + verb!) hurry; quick"},
		{"你快去把桌子擦一下。", "", "快", "(快 + verb!) hurry; quick"},
		{"他快去美国了。", "", "快", "(快 + verb + 了) soon; almost; about to"},
		// 光 + noun … 就: only.
		{"光房租就要三千块。", "", "光", "only; merely"},
		{"我每天光路上就要花一个小时。", "I spend an hour a day just getting there.", "光", "only; merely"},
		{"光这一项就花了一万。", "", "光", "only; merely"},
		{"屋里没有光。", "", "光", "light; ray (CL:道[dao4])"},
		// 可 + a one-character verb after a degree adverb: -able.
		{"这个风险非常可控。", "This risk is very controllable.", "可", "(prefix) can; may; able to; -able"},
		{"这种技术完全可控。", "", "可", "(prefix) can; may; able to; -able"},
		// 真正 before a verb phrase its 的 makes a thing: the real one,
		// unless the English says "really".
		{"真正难的是开头。", "", "真正", "genuine; real; true"},
		{"但真正缺的是人手。", "But the real shortage is staff.", "真正", "genuine; real; true"},
		{"真正重要的是健康。", "What really matters is health.", "真正", "really; indeed"},
		{"他真正理解了这个问题。", "", "真正", "really; indeed"},
		// 还 + modal in a yes-no question: still.
		{"这台旧电脑还能用吗？", "", "还", glossHaiStill},
		{"他明天还会来吗？", "", "还", glossHaiStill},
		{"我们还能帮你搬家。", "", "还", glossHaiAlso},
		// 早 before a verb whose 了 ends the clause: long ago (after the
		// verb, or before an amount: early).
		{"我早知道了。", "", "早", "long ago"},
		{"这件事我早忘了。", "I forgot about that long ago.", "早", "long ago"},
		{"他早走了，你来晚了。", "", "早", "long ago"},
		{"你来早了。", "", "早", "early"},
		{"今天我早到了十分钟。", "", "早", "early"},
		// 实在 after a degree adverb: honest (before one: really).
		{"他这个人很实在。", "", "实在", "honest"},
		{"这家店的价格非常实在。", "", "实在", "honest"},
		{"我实在太累了。", "", "实在", "really"},
		// 多 before a verb of paying or charging: in excess (asking a bit
		// more: more).
		{"服务员多收了我十块钱。", "", "多", "too many; in excess"},
		{"你多付了五十块。", "You paid fifty too much.", "多", "too many; in excess"},
		{"我不想多花钱。", "", "多", "too many; in excess"},
		{"多花点钱买个好的吧。", "", "多", "many; much; more; a lot of"},
		{"你多吃点。", "", "多", "many; much; more; a lot of"},
		// 还有 asking whether there is any still: no "in addition" (a
		// comma after 还有 closes it first).
		{"你再想想，还有没有别的办法。", "", "还有", anySense},
		{"还有，你明天几点来？", "", "还有", "in addition"},
		// 根本 before a negated potential complement: (not) at all.
		{"这个方案根本行不通。", "", "根本", "(not) at all"},
		{"他说的话我根本听不懂。", "", "根本", "(not) at all"},
		// 还算 before how it went: fairly.
		{"这次考试还算顺利。", "", "还", "fairly; passably (还可以: not bad)"},
		{"他的中文还算不错。", "", "还", "fairly; passably (还可以: not bad)"},
		{"这个数字其实还算可以。", "", "还", "fairly; passably (还可以: not bad)"},
		// 还挺/还蛮 with no years gone by before it: fairly; 还 + modal +
		// a verb of lasting: still.
		{"这件事对我们来说还挺重要的。", "", "还", "fairly; passably (还可以: not bad)"},
		{"我试了一下，味道还蛮好的。", "", "还", "fairly; passably (还可以: not bad)"},
		{"姥爷都九十了，身体还挺好。", "", "还", glossHaiStill},
		{"我觉得这个趋势还会持续很多年。", "", "还", glossHaiStill},
		// 本来就: so it was all along.
		{"这个行业本来就很难。", "", "就", "(本来就) simply; just (all along)"},
		{"他本来就不想去。", "He never wanted to go in the first place.", "就", "(本来就) simply; just (all along)"},
		// 再 + verb + a span of time: further.
		{"大概再过两三年，这个技术就会普及。", "", "再", "(再 + verb + time) another …; further"},
		{"我们顶多再等十分钟。", "", "再", "(再 + verb + time) another …; further"},
		{"我明天再来。", "", "再", "again (later); once more; then"},
		// 刚好 before what happened: to happen to be (before 合适, or
		// ending its clause: just right).
		{"我刚好路过，就进来看看。", "", "刚好", "to happen to be"},
		{"那天我刚好在家。", "", "刚好", "to happen to be"},
		{"这双鞋刚好合适。", "", "刚好", anySense},
		// 老 + verb after a time: always.
		{"我最近老加班。", "", "老", "(老 + verb) always; all the time"},
		// 就 limiting: before a verb and an amount, before people counted,
		// after 也 before an amount, after a clause that denies the rest
		// (not after a condition, an action or a span of time).
		{"我就去过一次。", "I've only been there once.", "就", "only; just (that much)"},
		{"他就吃了两口饭。", "", "就", "only; just (that much)"},
		{"这个月我就休息了一天。", "", "就", "only; just (that much)"},
		{"冰箱里就剩两个鸡蛋了。", "There are only two eggs left in the fridge.", "就", "only; just (that much)"},
		{"他钱包里就剩二十块钱了。", "", "就", "only; just (that much)"},
		{"我们不熟，就聊过几句。", "", "就", "only; just (that much)"},
		{"晚饭我不想吃太多，就吃点水果。", "", "就", "only; just (that much)"},
		{"他没吃早饭，就喝了一杯咖啡。", "", "就", "only; just (that much)"},
		{"家里就我们俩，挺安静的。", "", "就", "only; just (that much)"},
		{"周末就我们三个人去爬山。", "Only the three of us are going hiking at the weekend.", "就", "only; just (that much)"},
		{"他每天也就睡五六个小时。", "He only sleeps five or six hours a day.", "就", "only; just (that much)"},
		{"我一年也就回家一两次。", "", "就", "only; just (that much)"},
		{"我今天哪儿也不去，就想睡觉。", "I'm not going anywhere today, I just want to sleep.", "就", glossJiuJust},
		{"他什么也没说，就笑了笑。", "", "就", glossJiuJust},
		{"我没什么爱好，就喜欢看书。", "", "就", glossJiuJust},
		{"你什么都不用带，就带个身份证。", "", "就", glossJiuJust},
		{"下了班，他就买了两斤肉。", "", "就", "then; just; right away"},
		{"不到一个小时，他就喝了三瓶啤酒。", "", "就", "then; just; right away"},
		{"没过几天他就买了两辆车。", "", "就", "then; just; right away"},
		{"你不想去，就别去了。", "", "就", "then; just; right away"},
		{"他吃了两口就走了。", "", "就", "as soon as … then (一/刚/了…就)"},
		{"我三天就看完了一本书。", "", "就", "(so soon) already; right away"},
		{"要是你什么都不想吃，就喝点粥吧。", "", "就", "(if …,) then"},
		{"你来了，我也就放心了。", "", "就", "then; just; right away"},
		// 都 after one small thing opening its clause, before what it
		// takes or how it fails: even (not after people, plural things,
		// an habit, or before 吃不完).
		{"我这两天感冒了，说话都费劲。", "I've had a cold these two days, even talking is hard.", "都", "(连…都) even"},
		{"我腿疼，走路都疼。", "", "都", "(连…都) even"},
		{"这家店人太多了，吃个饭都得排半个小时。", "", "都", "(连…都) even"},
		{"我太紧张了，话都说不出来。", "I was so nervous I couldn't even speak.", "都", "(连…都) even"},
		{"门都打不开，怎么进去？", "", "都", "(连…都) even"},
		{"我看都没看就签了。", "I signed without even looking.", "都", "(连…都) even"},
		{"他看都不看我一眼。", "", "都", "(连…都) even"},
		{"他衣服都没换就出门了。", "", "都", "(连…都) even"},
		{"我上班都坐地铁。", "I always take the subway to work.", "都", "all; both (every one)"},
		{"他们说话都很小声。", "", "都", "all; both (every one)"},
		{"菜都吃不完，别再点了。", "", "都", "all; both (every one)"},
		{"孩子们都没回来。", "", "都", "all; both (every one)"},
		{"我上班都不迟到。", "", "都", "all; both (every one)"},
		{"我手机都没电了。", "", "都", "(都…了) already"},
		// 连 before what 都 or 也 says even that holds of (not "to link",
		// not the surname): 连在一起, 连着三天, 连不上.
		{"我连他的名字都不知道。", "I don't even know his name.", "连", glossLianEven},
		{"连小孩都知道这个道理。", "", "连", glossLianEven},
		{"她忙得连喝水的时间都没有。", "", "连", glossLianEven},
		{"有一次连人带车滑到沟里去了。", "", "连", glossLianBoth},
		{"这一顿连吃带喝花了三百块。", "", "连", glossLianBoth},
		{"连他这样的老手，也犯了错。", "", "连", glossLianEven},
		{"这件事连他妈妈也不知道。", "", "连", glossLianEven},
		{"手机连不上网，也打不了电话。", "", "连", anySense},
		{"把这两根线连在一起，也不难。", "", "连", anySense},
		{"他连着三天没睡觉，也不觉得累。", "", "连", anySense},
		// 老 before someone known for years: of long standing; before a
		// predicate after its subject, a time or an occasion: always.
		{"周末我想约几个老同学聚一聚。", "I'd like to get together with a few old classmates at the weekend.", "老", glossLaoLong},
		{"他是我们店的老顾客了。", "", "老", glossLaoLong},
		{"有些老客户每年都来。", "", "老", glossLaoLong},
		{"昨天碰到了一个老邻居。", "", "老", glossLaoLong},
		{"这孩子最近老不吃饭。", "This kid hasn't been eating lately.", "老", "(老 + verb) always; all the time"},
		{"你怎么老跟他吵架？", "", "老", "(老 + verb) always; all the time"},
		{"他老把钥匙忘在家里。", "", "老", "(老 + verb) always; all the time"},
		{"他上课老迟到。", "", "老", "(老 + verb) always; all the time"},
		{"老王明天来。", "", "老", "(老 + surname) old (familiar address)"},
		{"我爷爷已经很老了。", "", "老", anySense},
		// 要 before 早 or 晚 and the verb: will (not "to want").
		{"路上堵车，我可能要晚到二十分钟。", "The traffic's bad, I might be twenty minutes late.", "要", glossYaoVerb},
		{"我估计要晚一点回家。", "", "要", glossYaoVerb},
		// 以前 before 的 and who or what was so: former (not after a time,
		// nor after an action before a thing).
		{"我在超市碰到了以前的同事。", "I ran into a former colleague at the supermarket.", "以前", glossYiqianFormer},
		{"这是我以前的房子。", "", "以前", glossYiqianFormer},
		{"以前的事就别提了。", "", "以前", glossYiqianFormer},
		{"三年以前的事了。", "", "以前", anySense},
		{"他出国以前的工作很轻松。", "", "以前", anySense},
		{"我以前住在上海。", "", "以前", anySense},
		// 结果 opening a clause before a time: in the end.
		{"他没带伞，结果第二天就感冒了。", "He didn't take an umbrella, and the next day he caught a cold.", "结果", "in the end; as a result"},
		{"我本来想早点睡，结果后来又看了两集电视剧。", "", "结果", "in the end; as a result"},
		// 实在 before 话 or 人: honest.
		{"说句实在话，这个价格真的不便宜。", "To be honest, this price really isn't cheap.", "实在", "honest"},
		{"他是个实在人。", "", "实在", "honest"},
		{"我实在太累了。", "", "实在", anySense},
		// 多 before a verb done that much too much: in excess.
		{"他多给了我一张票。", "", "多", "too many; in excess"},
		{"超市多找了我五块钱。", "", "多", "too many; in excess"},
		{"我多买了两个，你要吗？", "", "多", "too many; in excess"},
		{"我今天多睡了一会儿。", "", "多", anySense},
		// 容易 before what befalls one unwanted: likely; liable to (an
		// ailment, a state, a failure, harm to the body, an error).
		{"吃完饭马上跑步，容易抽筋。", "If you run right after eating you can easily get a cramp.", "容易", "likely; liable to; apt to"},
		{"夏天吃辣的容易上火。", "", "容易", "likely; liable to; apt to"},
		{"空腹喝酒容易伤胃。", "", "容易", "likely; liable to; apt to"},
		{"新鞋容易磨脚。", "", "容易", "likely; liable to; apt to"},
		{"晚上喝咖啡容易睡不着。", "", "容易", "likely; liable to; apt to"},
		{"这两个字很容易写错。", "", "容易", "likely; liable to; apt to"},
		{"钥匙太小，容易弄丢。", "", "容易", "likely; liable to; apt to"},
		{"白衣服容易脏。", "", "容易", "likely; liable to; apt to"},
		{"这个问题容易解决。", "", "容易", "easy; straightforward"},
		{"他这个人容易相处。", "", "容易", "easy; straightforward"},
		{"这本书很容易看懂。", "", "容易", "easy; straightforward"},
		{"这个地方很容易找到。", "", "容易", "easy; straightforward"},
		// 不会 before a skill: not able (not before what one will not do).
		{"我不会游泳。", "", "不会", "not able"},
		{"很多人不会做饭。", "", "不会", "not able"},
		{"他不会说中文。", "", "不会", "not able"},
		{"这个字我不会写。", "", "不会", "not able"},
		{"他不会来的。", "", "不会", "will not (act, happen etc)"},
		{"放心，我不会告诉别人。", "", "不会", "will not (act, happen etc)"},
		{"我不会用你的东西。", "", "不会", "will not (act, happen etc)"},
		{"我不会说的。", "", "不会", "will not (act, happen etc)"},
		{"你不会用筷子吗？", "", "不会", "not able"},
		{"他不会写汉字。", "", "不会", "not able"},
		{"我不会修电脑。", "", "不会", "not able"},
		{"他不会打人。", "", "不会", "will not (act, happen etc)"},
		{"我不会做这种事。", "", "不会", "will not (act, happen etc)"},
		{"放心，我不会拿钱。", "", "不会", "will not (act, happen etc)"},
		// 都…了: "all" when the English says so, else "already".
		{"春天来了，树叶都绿了。", "Spring is here and the leaves have all turned green.", "都", glossDouAll},
		{"春天来了，树叶都绿了。", "Spring is here and the leaves are already green.", "都", glossDouAlready},
		{"菜都凉了，快吃吧。", "The food has gone cold, eat up.", "都", glossDouAlready},
		{"都十点了，他还没起床。", "It's ten already and he still isn't up, not at all like him.", "都", glossDouAlready},
		// 再 after something done first in its clause: then.
		{"我们吃完饭再走吧。", "Let's leave after we've eaten.", "再", "(先…再) then; after that"},
		{"你考虑好了再决定。", "", "再", "(先…再) then; after that"},
		{"做完作业再看电视。", "", "再", "(先…再) then; after that"},
		{"我想好了再告诉你。", "", "再", "(先…再) then; after that"},
		{"我做完了再做一遍。", "", "再", "again (later); once more; then"},
		{"我明天再来。", "", "再", "again (later); once more; then"},
		// 偏 before what is done against advice; 非…不可 must; 一时 before
		// a verb: for a short while.
		{"他偏不听。", "He just won't listen.", "偏", glossPianStubborn},
		{"这幅画挂偏了。", "", "偏", anySense},
		{"你非去不可吗？", "", "非", "(coll.) to insist on; simply must"},
		{"非会员不能进。", "", "非", anySense},
		{"我一时想不起来。", "I can't remember it just now.", "一时", "for a short while"},
		{"他一时冲动说错了话。", "", "一时", "for a short while"},
		// 多 before any adjective exclaimed: how.
		{"这花多好看啊！", "How pretty these flowers are!", "多", "how (to what extent) (Taiwan pr. [duo2])"},
		{"这孩子多聪明啊！", "", "多", "how (to what extent) (Taiwan pr. [duo2])"},
		{"多穿点衣服啊。", "", "多", "many; much; more; a lot of"},
		// 都快…了: almost there already.
		{"他都快四十了还没结婚。", "He's nearly forty and still not married.", "都", glossDouAlready},
		{"都快十二点了，快睡吧。", "", "都", glossDouAlready},
		{"我们都快到了。", "", "都", glossDouAll},
		// 都 + verb (等, which gse tags "etc.") + 了 + an amount (after a
		// pronoun, the object) + 了; 都 + a span + 没 … 了: already; a 连
		// an earlier 都 closed is not this 都's.
		{"都等了半个小时了，车还没来。", "", "都", glossDouAlready},
		{"他都等了我两个小时了。", "", "都", glossDouAlready},
		{"我都半年没碰过吉他了。", "", "都", glossDouAlready},
		{"连小孩都会用电脑了，我都半年没碰过吉他了。", "", "都#2", glossDouAlready},
		{"他们都半年没碰过吉他了。", "", "都", glossDouAll},
		// 也 after a single one counted, before a negation or a negated
		// potential complement: (not) even.
		{"我一分钱也没有。", "I don't have a single cent.", "也", "(一点也不…) (not) at all; (not) even"},
		{"我累得一步也走不动了。", "", "也", "(一点也不…) (not) at all; (not) even"},
		{"我找了一下午也没找到。", "", "也", "also (not); (not) either"},
		// 就能 after a span of time: that little is all it takes.
		{"从这儿走十分钟就能到地铁站。", "It's only a ten-minute walk from here to the subway station.", "就", "only; just (that much)"},
		{"学这个软件，三天就能学会。", "", "就", "only; just (that much)"},
		{"五个月就能完工。", "", "就", "only; just (that much)"},
		{"他三天就学会了。", "", "就", "(so soon) already; right away"},
		{"他五岁就能读报纸了。", "", "就", "(so soon) already; right away"},
		{"五点就能到。", "", "就", "(so soon) already; right away"},
		{"五月就能完工。", "", "就", "(so soon) already; right away"},
		// 特别 before any adjective: very; 真 before a noun: real.
		{"这个地方特别安静。", "This place is very quiet.", "特别", "very; especially; particularly"},
		{"这个地方特别安静。", "", "特别", "very; especially; particularly"},
		{"他是个特别的人。", "", "特别", anySense},
		{"他是个真朋友。", "He's a true friend.", "真", "real; true; genuine"},
		{"他是个真朋友。", "", "真", "real; true; genuine"},
		{"这事儿真麻烦。", "", "真", anySense},
		{"今天真热闹。", "", "真", anySense},
	}
	checkFunctionGlosses(t, a, tests)
}

// functionGloss is a row of the gloss tables of function words and
// constructions: the token word ("word#2" for its second occurrence) of
// zh, with its English en, is glossed want, or any CC-CEDICT sense where
// want is anySense.
type functionGloss struct{ zh, en, word, want string }

// anySense as a functionGloss's want accepts any CC-CEDICT sense.
const anySense = "\x00dict"

// checkFunctionGlosses checks each row's gloss, that it fits a card (40
// characters), that a construction gloss names a sense of the entry, and
// that a dictionary sense's index agrees with its gloss.
func checkFunctionGlosses(t *testing.T, a *Analyzer, rows []functionGloss) {
	t.Helper()
	for _, tt := range rows {
		toks := a.Analyze(tt.zh, tt.en)
		word, tok, ok := goldLikeSpec(toks, tt.word)
		if !ok {
			t.Errorf("%s: no token %s: %s", tt.zh, tt.word, render(toks))
			continue
		}
		if tt.want == anySense {
			if tok.Sense < 0 {
				t.Errorf("%s (%s): %s [%s] = %q (Sense %d), want a dictionary sense", tt.zh, tt.en, word, tok.Reading, tok.Gloss, tok.Sense)
			}
			continue
		}
		if tok.Gloss != tt.want {
			t.Errorf("%s (%s): %s [%s] = %q, want %q", tt.zh, tt.en, word, tok.Reading, tok.Gloss, tt.want)
		}
		if n := utf8.RuneCountInString(tok.Gloss); n > 40 {
			t.Errorf("%s: gloss %q is %d characters, more than a card's 40", tt.zh, tok.Gloss, n)
		}
		_, mapped := functionSenses[tok.Gloss]
		if !mapped && tok.Sense < 0 && !glossesWithoutSense[tok.Gloss] {
			t.Errorf("%s: %s's gloss %q is no sense of %s and has no line in functionSenses", tt.zh, word, tok.Gloss, tok.Entry)
		}
		if mapped && tok.Sense < 0 {
			t.Errorf("%s: %s's gloss %q names no sense of %s", tt.zh, word, tok.Gloss, tok.Entry)
		}
		if tok.Sense >= 0 && !mapped && tok.Senses[tok.Sense] != tok.Gloss && !strings.HasPrefix(tok.Senses[tok.Sense], tok.Gloss) {
			t.Errorf("%s: %s has Sense %d (%q) for gloss %q", tt.zh, word, tok.Sense, tok.Senses[tok.Sense], tok.Gloss)
		}
	}
}

// glossesWithoutSense are the construction glosses that name no sense of
// their entry (a card without a dictionary sense), known and left so: any
// other gloss a row meets must be a sense or have its line in
// functionSenses, so that a new construction's gloss left out of that
// table fails its rows instead of losing its sense silently.
var glossesWithoutSense = map[string]bool{
	"(会不会…?) will it (or not)?; is it likely": true,
	"(对…来说) for sb; as far as … is concerned": true,
	"(从…来看/来说) judging from; as seen from":    true,
	"a; one (classifier for businesses)":      true,
	"(A 没有 B + adjective) not as … as":        true,
	"except; not including":                   true,
	"(verb 起 … 来) start (doing sth)":          true,
}

// goldLikeSpec is goldLikeToken of a word written as the tables write
// it: 的 for its first occurrence, 的#2 for its second. It returns the
// word without its count.
func goldLikeSpec(toks []cards.Token, spec string) (string, cards.Token, bool) {
	word, occ := spec, 1
	if w, n, ok := strings.Cut(spec, "#"); ok {
		word, occ = w, int(n[0]-'0')
	}
	tok, ok := goldLikeToken(toks, word, occ)
	return word, tok, ok
}

// goldLikeToken returns the occ-th token whose Word or Text is word.
func goldLikeToken(toks []cards.Token, word string, occ int) (cards.Token, bool) {
	for _, t := range toks {
		if t.Word == word || t.Text == word {
			if occ--; occ == 0 {
				return t, true
			}
		}
	}
	return cards.Token{}, false
}

// TestSenseByConstruction checks senses too long for TestFunctionGloss's
// card-length rule by their start: 亿 counts as a numeral (上亿条 is the
// classifier, not "strip"); a potential complement after 不 is the
// complement (推不开 "away; off", 做不起来 qi5 lai5, not "to stand up"); a
// unit after a number (三十米 "meter", not "rice"); a verb after 多 as an
// adverb (多休息 "to rest").
func TestSenseByConstruction(t *testing.T) {
	a := analyzer(t)
	for _, tt := range []struct{ zh, en, word, reading, sense string }{
		{"这个网站每天有上亿条新消息。", "", "条", "tiao2", "classifier"},
		{"这个门怎么也推不开。", "", "开", "kai1", "(directional complement)"},
		{"没有钱，这个小生意根本做不起来。", "", "起来", "qi5 lai5", "(after a verb) indicating the beginning"},
		{"这条河有三十米宽。", "", "米", "mi3", "meter (unit of length)"},
		{"感冒了就应该多休息。", "", "休息", "xiu1 xi5", "to rest"},
		{"一定要把握住这次机会。", "We must seize this opportunity.", "住", "zhu4", "(result complement"},
		{"别担心，事情会好的。", "", "好", "hao3", "good"},
		// A measure word before a description closed by 的, then its noun
		// (gse tags the word after the measure word an adverb or a
		// preposition).
		{"他们做了一项关于睡眠的研究。", "", "项", "xiang4", "classifier"},
		{"这是一场非常激烈的比赛。", "", "场", "", "classifier"},
		// 块 after a number, before 钱, a number or nothing: money.
		{"这个苹果三块五。", "", "块", "kuai4", glossKuaiMoney},
		{"这件衣服五十多块。", "", "块", "kuai4", glossKuaiMoney},
		{"你能借我一百块吗？", "", "块", "kuai4", glossKuaiMoney},
		// 那 before a time or a measure word: that.
		// (那时候 is CC-CEDICT's word "at that time": boundaries_join.go spokenPairs.)
		{"我们那时候刚起步，什么都要自己来。", "We had just started back then.", "那时候", "na4 shi2 hou5", "at that time"},
		{"现在想想，那时候真是年轻啊。", "", "那时候", "na4 shi2 hou5", "at that time"},
		{"如果你喜欢，那本书送给你。", "", "那", "na4", glossNaThat}, // (not "then" after the condition)
		// 每…就: one thing follows the other each time, "as soon as" (not
		// the "in that case" of a condition).
		{"她每到周末就去爬山。", "", "就", "jiu4", "(after a clause of action) as soon as"},
		{"他每次喝了酒就脸红。", "", "就", "jiu4", "(after a clause of action) as soon as"},
		// 还 lasting: "still", no other sense; 还有 before an amount: there
		// is still.
		{"我爷爷九十岁了，还每天去公园散步。", "", "还", "hai2", "still"},
		{"冰箱里还有两瓶牛奶。", "", "还有", "hai2 you3", "there still remain(s)"},
		{"离春节还有三天。", "", "还有", "hai2 you3", "there still remain(s)"},
		{"你再想想，还有没有别的办法。", "", "还有", "hai2 you3", "there still remain(s)"},
	} {
		toks := a.Analyze(tt.zh, tt.en)
		tok, ok := goldLikeToken(toks, tt.word, 1)
		if !ok || tt.reading != "" && tok.Reading != tt.reading || tok.Sense < 0 || !strings.HasPrefix(tok.Senses[tok.Sense], tt.sense) {
			t.Errorf("%s: %s [%s] = %q (Sense %d), want [%s] %q…: %s", tt.zh, tt.word, tok.Reading, tok.Gloss, tok.Sense, tt.reading, tt.sense, render(toks))
		}
	}
}

// testSentence builds the sentence functionGloss sees from "word/pos"
// fields, gse parts of speech: "他/r 在/p 看书/v". The tokens before the
// last are filled (Word set), as in Analyze.
func testSentence(tb testing.TB, a *Analyzer, spec string) *sentence {
	tb.Helper()
	sn := &sentence{}
	for _, f := range strings.Fields(spec) {
		w, p, _ := strings.Cut(f, "/")
		id := -1
		for i, name := range a.w.posNames {
			if name == p {
				id = i
			}
		}
		if id < 0 {
			tb.Fatalf("%s: no part of speech %q", spec, p)
		}
		sn.toks = append(sn.toks, cards.Token{Text: w, Word: w})
		sn.pos = append(sn.pos, uint8(id))
		sn.ids = append(sn.ids, -1)
		sn.logp = append(sn.logp, 0)
	}
	return sn
}

// TestFunctionGlossReading checks that a gloss always agrees with the
// reading the chooser gave: another reading of the same characters (还
// huan2 "to give back", 得 de2 "to obtain") gets none.
func TestFunctionGlossReading(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		spec    string
		k       int
		reading string
		want    string // "" for ok=false
	}{
		{"他/r 还/d 在/p 睡觉/v", 1, "hai2", glossHaiStill},
		{"他/r 还/d 在/p 睡觉/v", 1, "huan2", ""},
		{"我/r 得/ud 走/v", 1, "dei3", "to have to; must"},
		{"我/r 得/ud 走/v", 1, "de2", ""},
		{"他/r 跑/v 得/ud 很/zg 快/a", 2, "de5", "(structural particle) verb 得 + how"},
		{"门/n 开/v 着/uz", 2, "zhe5", "(verb + 着) -ing; ongoing state"},
		{"门/n 开/v 着/uz", 2, "zhao2", ""},
		{"我/r 去/v 过/ug 中国/ns", 2, "guo5", "(experienced action) have ever done"},
		{"我/r 去/v 过/ug 中国/ns", 2, "guo4", ""},
		{"我们/r 都/d 是/v 学生/n", 1, "du1", ""},
		{"他/r 为/p 我们/r 工作/vn", 1, "wei4", "for; for the sake of (sb)"},
		{"高兴/a 地/uv 笑/v", 1, "di4", ""},
		{"我/r 吃/v 了/ul 饭/n", 2, "liao3", ""},
		{"对于/p 这个/r 问题/n", 0, "dui4 yu2", "as for; regarding (a topic)"},
		{"对于/p 这个/r 问题/n", 0, "xx5", ""},
		{"公司/n 将/d 推出/v 产品/n", 1, "jiang4", ""},
		{"公司/n 将/d 推出/v 产品/n", 1, "jiang1", "will; shall (formal future)"},
		{"我/r 会/v 开车/v", 1, "kuai4", ""},
		{"电脑/n 中/f", 1, "zhong4", ""},
		{"电脑/n 中/f", 1, "zhong1", "(after a noun) in; among; within"},
	}
	for _, tt := range tests {
		sn := testSentence(t, a, tt.spec)
		for j := tt.k + 1; j < len(sn.toks); j++ {
			sn.toks[j].Word = "" // not filled yet
		}
		g, ok := a.functionGloss(sn, tt.k, tt.reading, nil)
		if ok != (tt.want != "") || g != tt.want {
			t.Errorf("%s, %s [%s]: got %q, %v; want %q", tt.spec, sn.toks[tt.k].Text, tt.reading, g, ok, tt.want)
		}
	}
}

// TestFunctionGlossAllocs checks that functionGloss allocates nothing: it
// runs for every Han token of millions of pairs.
func TestFunctionGlossAllocs(t *testing.T) {
	a := analyzer(t)
	sns := []*sentence{
		testSentence(t, a, "他/r 在/p 看书/v , 我/r 对/p 他/r 说/v 了/ul"),
		testSentence(t, a, "如果/c 下雨/v 我们/r 就/d 不/d 去/v 了/ul"),
		testSentence(t, a, "这/r 是/v 我/r 的/uj 书/n 桌子/n 上/f 等/u"),
	}
	readings := map[string]string{"在": "zai4", "对": "dui4", "了": "le5", "就": "jiu4", "的": "de5", "上": "shang4", "等": "deng3"}
	n := 0
	allocs := testing.AllocsPerRun(100, func() {
		for _, sn := range sns {
			for k := range sn.toks {
				if _, ok := a.functionGloss(sn, k, readings[sn.toks[k].Text], nil); ok {
					n++
				}
			}
		}
	})
	if allocs != 0 {
		t.Errorf("functionGloss: %v allocations a run, want 0", allocs)
	}
	if n == 0 {
		t.Error("functionGloss glossed nothing: the allocation count means nothing")
	}
}

// BenchmarkFunctionGloss measures functionGloss alone over every Han token
// of the seed's Chinese lines, given the neighbours fill computes anyway
// (single characters, words of several entries): the cost it adds to fill,
// reported per token to compare with BenchmarkAnalyze's.
func BenchmarkFunctionGloss(b *testing.B) {
	a := analyzer(b)
	raw, err := fs.ReadFile(seeds.FS(), seeds.Default)
	if err != nil {
		b.Fatal(err)
	}
	type tok struct {
		sn *sentence
		k  int
		nb *neighbours
	}
	var toks []tok
	for _, l := range strings.Split(string(raw), "\n") {
		if hanCount(l) == 0 {
			continue
		}
		sn := lexSentence(a, l, "")
		for k, t := range sn.toks {
			if !isHan(firstRune(t.Text)) || t.Word == "" {
				continue
			}
			var nb *neighbours
			if utf8.RuneCountInString(t.Text) == 1 || len(a.dict.Lookup(t.Text)) > 1 {
				n := a.neighbours(sn, k)
				nb = &n
			}
			toks = append(toks, tok{sn, k, nb})
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range toks {
			a.functionGloss(t.sn, t.k, t.sn.toks[t.k].Reading, t.nb)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(toks)), "ns/token")
	b.ReportMetric(float64(len(toks)), "tokens")
}

// TestFunctionGlossEdges runs function words at the edges of sentences,
// next to punctuation, Latin text and digits, alone and in traditional
// characters: every gloss stays short, and nothing reads past the
// sentence.
func TestFunctionGlossEdges(t *testing.T) {
	a := analyzer(t)
	words := []string{"在", "对", "后", "给", "把", "被", "让", "的", "得", "地", "了", "着", "过", "就", "才",
		"还", "也", "都", "又", "再", "会", "要", "能", "可以", "向", "跟", "和", "与", "为", "对于", "关于",
		"以", "而", "其", "之", "并", "将", "等", "上", "下", "中", "里", "對", "給", "讓", "還", "會", "與", "為", "將", "裡"}
	glossed := 0
	for _, w := range words {
		for _, zh := range []string{w, w + "。", "。" + w, "AI" + w, w + "AI", "3" + w + "5", "他" + w, w + "他",
			"他" + w + "了", "“" + w + "”", w + "，" + w, "我" + w + "的" + w + "上"} {
			for _, tok := range a.Analyze(zh, "") {
				if n := utf8.RuneCountInString(tok.Gloss); n > 40 && tok.Sense < 0 {
					t.Errorf("%s: %s gloss %q is %d characters", zh, tok.Text, tok.Gloss, n)
				}
				if tok.Sense < 0 && tok.Gloss != "" {
					glossed++
				}
			}
		}
	}
	if glossed == 0 {
		t.Error("no construction gloss at all: the test checks nothing")
	}
}

// TestConstructionAtEdges checks that the rules looking two tokens away
// stand at the edges of a sentence with no punctuation: 成了 and 不下去 at
// its end or start, 名 and 想 at its start (an index of -1 once panicked).
func TestConstructionAtEdges(t *testing.T) {
	a := analyzer(t)
	for _, zh := range []string{"他成了", "不下去", "名", "想想", "别", "挺", "到现在", "下去", "成了", "第名", "一场深刻的", "一项的", "那个穿红衣服的", "在超市", "在为", "的", "那一家", "一家", "给我的", "一下课，就", "就这件事，", "就", "我就要一", "上一", "不了", "我来", "拿把", "过得", "跟一样", "跟", "是去年结的婚", "结的婚", "没有他快", "一下子", "过来一下", "一点也", "也", "有其", "更快了", "除", "除此以外", "在等", "也会说英语", "被车", "让一下", "还可以", "起话来", "说起话来", "和睡觉",
		"呢", "呢，", "你呢", "着呢", "一点都", "一点也不", "慢一点", "而且", "只有", "只有才", "前", "年前", "2028年前", "三年前", "完", "吃完", "上了", "去一下", "来", "自己来", "坐下来", "身来", "转过身来", "下楼去", "去", "比较喜欢",
		"什么", "什么吗", "了什么吗", "不什么", "过了", "过两", "过了两个", "给打碎了", "花瓶给", "要小心", "来上海",
		"三点建议", "有三点", "上说", "上看", "从上看", "怎么看", "你怎么看",
		"起来", "了起来", "跳了起来", "收起来", "用起来很",
		"条", "一条", "一条消息", "位", "是位", "是位医生",
		"得要命", "要命", "得慌", "慌", "可", "可不", "，可他", "又不是", "来的", "通过来改进",
		"在不断", "关好", "好", "做好了", "左右", "人左右", "有两点", "第一点", "还有一点", "我们来", "我们来聊", "来聊你", "倒", "倒是", "说得倒", "照", "照你", "照这样", "干嘛", "干嘛不", "可喜欢了", "哪", "哪本", "大家好", "好", "约好", "穿好衣服", "行", "这行", "一行", "了没有", "没有？", "块", "三块", "块钱", "一口", "喝一口", "挺过来", "累是累", "是是", "挺有的", "挺的吧", "死", "死了", "累死", "了点", "买了点", "结果", "结果一", "本来", "本来我", "一聊，", "那时候", "那", "边", "边吃边", "看看", "开到", "就行", "出头", "二十出头", "多", "多大", "行", "行不行", "看情况", "要看", "好难啊", "会上"} {
		a.Analyze(zh, "")
	}
}

// TestNegationNoComplement: 走 and 掉 after a negation (没, 不, 别: gse
// may tag 没 v) are the verb itself, never the complement of a verb.
func TestNegationNoComplement(t *testing.T) {
	a := analyzer(t)
	for _, zh := range []string{"你怎么还没走？", "他今天不走了。", "你先别走。"} {
		toks := a.Analyze(zh, "")
		tok, ok := goldLikeToken(toks, "走", 1)
		if !ok {
			t.Errorf("%s: no token 走: %s", zh, render(toks))
			continue
		}
		if strings.HasPrefix(tok.Gloss, "(verb + 走)") {
			t.Errorf("%s: 走 = %q, the complement after a negation", zh, tok.Gloss)
		}
	}
}

// TestExclaimedDegree: 好 and 可 before a state word closing the clause are
// adverbs of degree, without English: 好 "so", 可 "really", and the state
// word takes its adjective's reading and sense (累 lei4 "tired", not lei3
// "to accumulate"; 热 "hot", not "to warm up"). 好 before a verb stays "easy
// to", after a verb the complement, before a noun "good"; 可 before a verb
// "can".
func TestExclaimedDegree(t *testing.T) {
	a := analyzer(t)
	tests := []struct{ zh, word, reading, gloss string }{
		{"我好累。", "好", "hao3", glossHaoSo},
		{"我好累。", "累", "lei4", "tired"},
		{"我好累啊，想睡觉。", "累", "lei4", "tired"},
		{"最近工作好累。", "累", "lei4", "tired"},
		{"这里好热。", "好", "hao3", glossHaoSo},
		{"这里好热。", "热", "re4", "hot (of weather)"},
		{"今天好热啊！", "热", "re4", "hot (of weather)"},
		{"天气好热，我们去游泳吧。", "热", "re4", "hot (of weather)"},
		{"他最近好忙。", "好", "hao3", glossHaoSo},
		{"这道题好难。", "好", "hao3", glossHaoSo},
		{"这件衣服好贵。", "好", "hao3", glossHaoSo},
		{"今天可热了。", "可", "ke3", "(可 + 不, 别, adjective) really; (stress)"},
		{"今天可热了。", "热", "re4", "hot (of weather)"},
		{"今天可热了。", "了", "le5", glossLeIntensifying},
		{"这里可热呢。", "热", "re4", "hot (of weather)"},
		{"今天特别热。", "特别", "te4 bie2", "very; especially; particularly"},
		{"夏天这里特别热啊。", "特别", "te4 bie2", "very; especially; particularly"},
		{"我好想你。", "好", "hao3", glossHaoSo},
		{"好想吃火锅啊。", "好", "hao3", glossHaoSo},
		{"我好怕。", "好", "hao3", glossHaoSo},
		{"我好喜欢这首歌。", "好", "hao3", glossHaoSo},
		{"好羡慕你啊。", "好", "hao3", glossHaoSo},
		{"我真的好担心他。", "好", "hao3", glossHaoSo},
		{"我好想你们啊！", "想", "xiang3", "to miss (feel wistful about the absence of)"},
		{"妈妈很想他。", "想", "xiang3", "to miss (feel wistful about the absence of)"},
		{"你想我吗？", "想", "xiang3", "to miss (feel wistful about the absence of)"},
		{"我今天好开心啊。", "好", "hao3", glossHaoSo},
		{"我好开心。", "好", "hao3", glossHaoSo},
		{"听到这个消息，我好难过。", "好", "hao3", glossHaoSo},
		{"最近事情太多，好烦啊。", "好", "hao3", glossHaoSo},
		{"她好伤心。", "好", "hao3", glossHaoSo},
		{"这里好安静。", "好", "hao3", glossHaoSo},
		{"你的房间好乱。", "好", "hao3", glossHaoSo},
		{"我今天好感动啊。", "好", "hao3", glossHaoSo},
		{"他好生气。", "好", "hao3", glossHaoSo},
		{"我现在好激动。", "好", "hao3", glossHaoSo},
		// Where it must not fire.
		{"我想他会来。", "想", "xiang3", "to think (about)"},
		{"这个问题好想。", "好", "hao3", "(before a verb) easy to"},
		{"他好喝酒。", "好", "hao4", "to be fond of; to have a tendency to; to be prone to"},
		{"这个地方特别。", "特别", "te4 bie2", "unusual; special"},
		{"这个问题好回答。", "好", "hao3", "(before a verb) easy to"},
		{"好的工程师不好招。", "招", "zhao1", "to recruit"},
		{"早睡早起是一个好习惯。", "习惯", "xi2 guan4", "habit"},
		{"他写好信了。", "好", "hao3", "(verb complement indicating completion)"},
		{"这种药可用吗？", "可", "ke3", "(prefix) can; may; able to; -able"},
	}
	for _, tt := range tests {
		toks := a.Analyze(tt.zh, "")
		tok, ok := goldLikeToken(toks, tt.word, 1)
		if !ok {
			t.Errorf("%s: no token %s: %s", tt.zh, tt.word, render(toks))
			continue
		}
		if tok.Reading != tt.reading || tok.Gloss != tt.gloss {
			t.Errorf("%s: %s = %s %q; want %s %q", tt.zh, tt.word, tok.Reading, tok.Gloss, tt.reading, tt.gloss)
		}
	}
}
