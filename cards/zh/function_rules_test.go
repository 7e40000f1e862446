package zh

import "testing"

// TestFunctionGlossRules: function words glossed by the rule of the words
// around them, in sentences written for the test and judged from CC-CEDICT;
// the rows where a rule must not fire stand beside those where it must.
// TestFunctionGloss (function_test.go) holds the older rows of the same kind.
func TestFunctionGlossRules(t *testing.T) {
	a := analyzer(t)
	checkFunctionGlosses(t, a, []functionGloss{
		// 跟 before the other party of a verb that takes one (说话, 对应, 合作…): "with; to"; two things
		// before 都, or no such verb: "and".
		{"我每天晚上都跟机器人说话。", "", "跟", "with; to (sb)"},
		{"我每天晚上都跟机器人说话。", "Every night I talk to the robot.", "跟", "with; to (sb)"},
		{"这个词跟英语的哪个词对应?", "", "跟", "with; to (sb)"},
		{"这个词跟英语的哪个词对应?", "Which English word does this word correspond to?", "跟", "with; to (sb)"},
		{"公司已经跟银行谈过了。", "", "跟", "with; to (sb)"},
		{"我们学校跟一所美国大学合作。", "", "跟", "with; to (sb)"},
		{"他用手机跟客服聊了半天。", "", "跟", "with; to (sb)"},
		{"这件事跟你没关系。", "", "跟", "with; and (sb)"},
		{"我买了苹果跟香蕉。", "", "跟", "and (joining two nouns)"},
		{"我爸跟我妈都是老师。", "", "跟", "with; and (sb)"},
		{"米饭跟面条都有。", "", "跟", "and (joining two nouns)"},
		{"这份翻译跟原文是完全一致的吗？", "", "跟", "with; to (sb)"},
		{"苹果跟香蕉要洗一下。", "", "跟", "and (joining two nouns)"},
		// 好 before an adjective describing a noun after it (的, a number, 时间): "so"; after a verb it
		// completes, the complement.
		{"昨天下了好大的雨。", "", "好", "(好 + adjective) so (exclaimed)"},
		{"昨天下了好大的雨。", "It rained really hard yesterday.", "好", "(好 + adjective) so (exclaimed)"},
		{"她买了好贵的一个包。", "", "好", "(好 + adjective) so (exclaimed)"},
		{"医院里排着好长的队。", "", "好", "(好 + adjective) so (exclaimed)"},
		{"我等了好长时间。", "", "好", "(好 + adjective) so (exclaimed)"},
		{"这是一本好书。", "", "好", "good"},
		{"饭做好了。", "", "好", "(verb complement indicating completion)"},
		{"他写好的报告在桌子上。", "", "好", "(verb complement indicating completion)"},
		{"他准备好新的材料了。", "", "好", "(verb complement indicating completion)"},
		{"这是好大的一笔钱。", "", "好", "(好 + adjective) so (exclaimed)"},
		// 怎么都 / 怎么也 before a failure however tried: "how" (no matter how), whatever the English.
		{"我怎么都睡不着。", "", "怎么", "how?"},
		{"我怎么都睡不着。", "No matter what I do I can't sleep.", "怎么", "how?"},
		{"钥匙怎么也找不到了。", "I can't find the keys whatever I do.", "怎么", "how?"},
		{"他怎么都不肯说。", "No matter what we tried he wouldn't say.", "怎么", "how?"},
		{"你怎么都不告诉我?", "Why didn't you tell me at all?", "怎么", "why?"},
		{"我怎么也想不起来她的电话号码。", "I just can't remember her phone number.", "怎么", "how?"},
		{"这个门怎么都打不开。", "This door won't open whatever I do.", "怎么", "how?"},
		{"你怎么也来了?", "Why are you here too?", "怎么", "why?"},
		{"随便你,怎么都行。", "", "怎么", "how?"},
		// 怎么 before 这么/那么 and a degree: surprise, "why".
		{"你今天怎么这么晚才到？", "", "怎么", "why?"},
		{"这件衣服怎么那么贵？", "", "怎么", "why?"},
		// 多 opening its clause before an adjective, then 都/也: "no matter how".
		{"到了给我回个话，多晚我都等着。", "", "多", "how (to what extent) (Taiwan pr. [duo2])"},
		{"多远我们都去。", "", "多", "how (to what extent) (Taiwan pr. [duo2])"},
		// 等 opening a clause of an event, a comma and the rest after: "by the time; when".
		{"等你长大了,你就明白了。", "", "等", glossDengWhen},
		{"等你长大了,你就明白了。", "When you grow up you'll understand.", "等", glossDengWhen},
		{"等我有钱了,我就买一辆车。", "", "等", glossDengWhen},
		{"等孩子上了大学,我们再去旅游。", "", "等", glossDengWhen},
		{"等我再存两年钱,就去买房子。", "", "等", glossDengWhen},
		{"等我一下,我马上来。", "", "等", "to wait for; to await"},
		{"等了半天,他也没来。", "", "等", "to wait for; to await"},
		{"我在门口等你。", "", "等", "to wait for; to await"},
		{"等他来了再说。", "", "等", "to wait for; to await"},
		{"等雨停了,我们再出去。", "", "等", glossDengWhen},
		{"等我再干几年,就退休了。", "", "等", glossDengWhen},
		{"等我还完房贷,我们就去旅游。", "", "等", glossDengWhen},
		{"等他的时候,我看了会儿书。", "", "等", "to wait for; to await"},
		{"等我再想想。", "", "等", "to wait for; to await"},
		{"等我们到了机场,天已经黑了。", "By the time we got to the airport it was already dark.", "等", glossDengWhen},
		// 还有一点，… / 还有一件事，…: one more point, "in addition"; what is left stays.
		{"还有一件事,明天的会改到下午了。", "", "还有", "in addition"},
		{"还有一个问题,这个软件要钱吗?", "", "还有", "in addition"},
		{"还有一点,你得早点来。", "One more thing: you need to come early.", "还有", "in addition"},
		// A 跟 B 差不多 closing the clause or before an adjective: "about the same".
		{"我的手机跟你的差不多。", "", "差不多", "about the same"},
		{"我的手机跟你的差不多。", "My phone is about the same as yours.", "差不多", "about the same"},
		{"他的个子和我差不多。", "He's roughly my height.", "差不多", "about the same"},
		{"这里的天气跟北京差不多。", "The weather here is pretty much like Beijing's.", "差不多", "about the same"},
		{"我差不多做完了。", "", "差不多", "almost"},
		{"他和我差不多高。", "", "差不多", "about the same"},
		{"像他这样的人差不多都走了。", "", "差不多", "almost"},
		{"我跟他差不多每天都见面。", "", "差不多", "almost"},
		// 上 + a school year (初二, 三年级, 大一) after who attends it: "to attend".
		{"我女儿上初二了。", "", "上", "to go to; to attend (school, work)"},
		{"我女儿上初二了。", "My daughter is in eighth grade.", "上", "to go to; to attend (school, work)"},
		{"他弟弟上三年级。", "", "上", "to go to; to attend (school, work)"},
		{"她上高三的时候特别忙。", "", "上", "to go to; to attend (school, work)"},
		{"我哥哥上大一了。", "", "上", "to go to; to attend (school, work)"},
		{"桌子上有一本书。", "", "上", "(after a noun) on; on top of; in"},
		{"我上小学的时候住在农村。", "", "上", "to go to; to attend (school, work)"},
		{"他在高三上学期转学了。", "", "上", "(after a noun) on; on top of; in"},
		{"山上大一点的树都被砍了。", "", "上", "(after a noun) on; on top of; in"},
		// 又 after a comma, a second deed after a first: "also"; the same verb or a state: "again".
		{"早上我洗了衣服,又拖了地。", "", "又", "also; in addition"},
		{"早上我洗了衣服,又拖了地。", "In the morning I did the laundry and also mopped the floor.", "又", "also; in addition"},
		{"他给我打了电话,又发了一条短信。", "", "又", "also; in addition"},
		{"我吃了一碗,又吃了一碗。", "", "又", "again (it happened again)"},
		{"电脑修好了,又坏了。", "", "又", "again (it happened again)"},
		{"他昨天迟到了,今天又迟到了。", "", "又", "again (it happened again)"},
		{"他吃完了饭,又喝了一杯咖啡。", "", "又", "also; in addition"},
		{"他丢了钱包,又丢了手机。", "", "又", "again (it happened again)"},
		// 不会 before a state (an adjective, a feeling, "to be" + adjective, or a degree and one): "will not",
		// never the reply "not at all" whatever "not … all" the English says; a skill: "not able".
		{"你一个人住,不会害怕吗?", "", "不会", "will not (act, happen etc)"},
		{"你一个人住,不会害怕吗?", "You live alone, don't you get scared at all?", "不会", "will not (act, happen etc)"},
		{"天天吃面条,不会腻吗?", "Noodles every day, don't you get sick of them?", "不会", "will not (act, happen etc)"},
		{"放心,这个菜不会太辣。", "Don't worry, this dish won't be too spicy.", "不会", "will not (act, happen etc)"},
		{"他不会游泳。", "He can't swim.", "不会", "not able"},
		{"我不会说日语。", "", "不会", "not able"},
		{"他不会做这种事。", "", "不会", "will not (act, happen etc)"},
		{"明天不会下雨。", "It won't rain tomorrow.", "不会", "will not (act, happen etc)"},
		{"他不会开车。", "", "不会", "not able"},
		{"你这样做,以后不会后悔吗?", "", "不会", "will not (act, happen etc)"},
		{"别担心,我不会生气的。", "Don't worry, I won't be angry.", "不会", "will not (act, happen etc)"},
		// 在 closing its clause after 还 (还会, 还能): "to exist; to be alive"; a person asked for: where.
		{"我小时候住的那栋楼现在还在。", "", "在", "to exist; to be alive"},
		{"我小时候住的那栋楼现在还在。", "The building I lived in as a kid is still there.", "在", "to exist; to be alive"},
		{"二十年以后,这家公司还会在吗?", "Will this company still be around in twenty years?", "在", "to exist; to be alive"},
		{"你还在吗?", "Are you still there?", "在", "to be (here, there, in)"},
		{"老板在吗?", "", "在", "to be (here, there, in)"},
		{"他不在。", "", "在", "to be (here, there, in)"},
		// 号 after 大/小, 了 and a number: the size.
		{"这双鞋大了两号,穿着不舒服。", "These shoes are two sizes too big; they're uncomfortable.", "号", "(大一号) one size (bigger, smaller)"},
		{"这条裤子小了两号。", "", "号", "(大一号) one size (bigger, smaller)"},
		// 比…还 grades the state after it as 很 does (准 "accurate", not "to allow"); 给我 + a
		// command closing the clause stresses the order; 老 + a place, problem or
		// way one has long had is "of long standing", not "always" (the adverb
		// before a verb stays).
		{"他比天气预报还准。", "", "准", "accurate"},
		{"他的表比我的还准。", "His watch is even more accurate than mine.", "准", "accurate"},
		{"这个比那个还贵。", "", "还", glossHaiEven},
		{"你给我站住!", "", "给", "(给我 + command) (stresses the order)"},
		{"你给我闭嘴!", "Shut up!", "给", "(给我 + command) (stresses the order)"},
		{"给我滚出去!", "", "给", "(给我 + command) (stresses the order)"},
		{"你给我老实点!", "", "给", "(给我 + command) (stresses the order)"},
		{"你给我回来!", "Get back here!", "给", "(给我 + command) (stresses the order)"},
		{"给我倒杯水。", "", "给", "(给 sb + verb) for; to (sb)"},
		{"我们还在老地方见面吧。", "", "老地方", "same place as before"}, // a headword, the unit a card teaches
		{"这是个老问题了。", "", "老", "(老 + friend, customer) of long standing"},
		{"他还是老办法。", "He's still using the same old method.", "老", "(老 + friend, customer) of long standing"},
		{"你老问这个问题。", "", "老", "(老 + verb) always; all the time"},
		// 给我 before a verb done for me, not a command.
		{"你给我回来的时候带瓶酱油。", "", "给", "(给 sb + verb) for; to (sb)"},
		// 当 dang4 between who takes and who is taken, before what for: "to regard as".
		{"你真当我是傻子啊?", "", "当", glossDangRegard},
		{"你真当我是傻子啊?", "Do you really take me for an idiot?", "当", glossDangRegard},
		{"我一直当你是朋友。", "", "当", glossDangRegard},
		{"我妈一直当我是三岁小孩。", "", "当", glossDangRegard},
		{"当我回到家的时候,他已经睡了。", "", "当", "when"},
		// 当 before 是 after an adverb or its subject: what happened taken as something.
		{"我报了个周末画画班，就当是放松一下。", "", "当", glossDangTakeAs},
		{"他说我声音好听，我就当是在夸我。", "", "当", glossDangTakeAs},
		{"他想当老师。", "", "当", "(当 + role) to be; to act as; to work as"},
		// 赶在 + time + 前: to hurry to be done by then.
		{"我们得赶在天亮前把菜分好。", "", "赶", glossGanBefore},
		{"想赶在日出之前爬到山顶。", "", "赶", glossGanBefore},
		// 一定 before a verb, a modal, 是 or 有: "surely"; before a noun or 的: "a certain".
		{"他也不一定有空。", "", "一定", "surely; certainly; definitely"},
		{"这不一定是坏事。", "", "一定", "surely; certainly; definitely"},
		{"大公司一定不会来。", "", "一定", "surely; certainly; definitely"},
		{"这话有一定的道理。", "", "一定", "a certain ...; a given ..."},
		{"在一定程度上是对的。", "", "一定", "a certain ...; a given ..."},
		// 原来 opening its clause, a person and 早就/已经/一直 after: "as it turns out"; after its subject:
		// "originally".
		{"原来他早就知道了。", "", "原来", "so, actually, as it turns out"},
		{"原来你一直在骗我!", "", "原来", "so, actually, as it turns out"},
		{"原来我们住在北京。", "", "原来", "originally; formerly; at first"},
		{"他原来是老师。", "", "原来", "originally; formerly; at first"},
		// 都 after one person opening the sentence, before what they did not do: "even"; after
		// several, or a topic or an amount before: "all".
		{"你都不知道我有多担心。", "", "都", "(连…都) even"},
		{"我都没注意到。", "", "都", "(连…都) even"},
		{"我昨天都没睡觉。", "", "都", "(连…都) even"},
		{"我们都没去。", "", "都", glossDouAll},
		{"这些我都不要。", "", "都", glossDouAll},
		{"饺子,我都不喜欢。", "", "都", glossDouAll},
		{"电话响了三次,我都没接。", "", "都", glossDouAll},
		// 不然 opening a clause after a comma: "or else; otherwise"; 不/都/就 + 怪 + a person: "to blame";
		// 可 before 怎么: the stress; 这个我来: 来 stands for the verb.
		{"快点,不然要迟到了。", "", "不然", glossBuranOtherwise},
		{"多穿点衣服,不然会感冒的。", "Wear more clothes, otherwise you'll catch a cold.", "不然", glossBuranOtherwise},
		{"不然呢?", "", "不然", "not so"},
		{"这事儿不怪你。", "", "怪", "to blame"},
		{"都怪我,没说清楚。", "", "怪", "to blame"},
		{"这可怎么办?", "", "可", "(可 + 不, 别, adjective) really; (stress)"},
		{"这个我来。", "", "来", glossLaiDoIt},
		{"剩下的我来吧。", "", "来", glossLaiDoIt},
		{"我来了。", "", "来", "to come"},
		// 来 after a 不 with no verb before it: the coming (not the
		// potential complement of 吃不来, which 起不来 keeps).
		{"他明天不来。", "", "来", "to come"},
		{"你怎么不来?", "", "来", "to come"},
		{"他可能不来了。", "", "来", "to come"},
		// Right after a verb (or its 不, 得), 清 and 快 say how it ends or
		// goes: "clear; distinct", "rapid" (not "soon" for the
		// English's "as soon as").
		{"你说慢一点，我没记清。", "", "清", "clear; distinct"}, // (听清 "to hear clearly" is a word)
		{"他的话我听不清。", "", "清", "clear; distinct"},
		{"她一说快，我就跟不上了。", "As soon as she talks fast, I can't keep up.", "快", "rapid"},
		{"天快黑了。", "", "快", "(快 + verb + 了) soon; almost; about to"},
		// 累 with no one after it to wear out: "tired" (not the verbs the
		// English's "worn out" or "hardly" meet); 累着自己 is the verb.
		{"他们干了一天活，累得说不出话。", "They worked all day and were so worn out they could hardly speak.", "累", "tired"},
		{"这份工作又脏又累。", "This job is dirty and exhausting; you work hard all day.", "累", "tired"},
		// 硬 before 把, 要 or a verb: "resolutely"; after a degree, "hard".
		{"他硬把钱塞进我口袋里。", "", "硬", "resolutely; uncompromisingly"},
		{"他硬要一个人去。", "", "硬", "resolutely; uncompromisingly"},
		{"这个馒头太硬了。", "", "硬", "hard; stiff; solid"},
		// 有点儿 grades the state after it as 有点 does: 累 lei4 "tired".
		{"我有点儿累。", "", "累", "tired"},
		// 会 asking A-not-A as its 不会 answers: a skill "can", anything else
		// "will". (会不会 is a headword, the unit a card teaches, so the
		// rows ask 会 … 不会, where 会 stands alone.)
		{"你会开车不会?", "", "会", "can (know how to)"},
		{"你会说中文不会?", "", "会", "can (know how to)"},
		{"明天会下雨不会?", "", "会", "will; be likely to"},
		{"他会生气不会?", "", "会", "will; be likely to"},
		// 快多了 is much faster, not an amount 快 nearly reaches.
		{"坐地铁快多了。", "", "快", "rapid"},
		{"坐高铁比坐飞机快多了。", "", "快", "rapid"},
		{"等了快一个小时。", "", "快", "(快 + amount) almost; nearly"},
		// 就是 as the speaker's pause before a comma: "just", and the 也 after it no "even if".
		{"就是,我们当时也没想那么多。", "", "就是", "only; simply; just"},
		{"就是,我们当时也没想那么多。", "", "也", "also (not); (not) either"},
		{"就是下雨,我也要去。", "", "也", "(even if …) still"},
		// Comparisons. 好 after 的 closing a
		// clause that compares is "good", no greeting; 跟 before a time gse tags a
		// locative (以前) and 不一样 is "different from"; 跟 … 似的 is "like".
		{"我的手机没你的好。", "", "好", "good"},
		{"这个不如那个的好。", "", "好", "good"},
		{"这座城市跟以前大不一样。", "", "跟", glossDifferentFrom},
		{"他现在跟以前完全不同了。", "", "跟", glossDifferentFrom},
		{"我跟以前一样。", "", "跟", glossSameAs},
		{"他跟个孩子似的。", "", "跟", glossSimilarTo},
		{"他跟疯了似的跑出去了。", "", "跟", glossSimilarTo},
		{"我跟他一起去。", "", "跟", "with; to (sb)"},
		// What is compared said at length, the clause closing on 一样/不同.
		{"这里跟我想象的不太一样。", "", "跟", glossDifferentFrom},
		{"结果跟我们预想的完全一样。", "", "跟", glossSameAs},
		// 给我 + a command gse cuts in two; 等等 + who is waited for.
		{"你给我听着!", "", "给", glossGeiCommand},
		{"你给我说清楚!", "", "给", glossGeiCommand},
		{"他给我说清楚了。", "", "给", "(给 sb + verb) for; to (sb)"},
		{"等等我!", "", "等等", "(等等 the verb) wait a minute; wait a bit"},
		{"苹果、香蕉等等我都买了。", "", "等等", anySense},
		// 后 after a verb's object: the deed is over, "after" (not "behind").
		{"看完电影后我们去吃饭。", "", "后", "(…后) after; later"},
		{"洗完澡后他就睡了。", "", "后", "(…后) after; later"},
		{"开完会后大家都走了。", "After the meeting everyone left.", "后", "(…后) after; later"},
		{"下班后我去接你。", "", "后", "(…后) after; later"},
		{"猫躲在门后。", "", "后", "(…后) after; behind"},
		{"他藏在沙发后。", "", "后", "(…后) after; behind"},
		{"小狗跑到门后去了。", "", "后", "(…后) after; behind"},
		// 的 before an adverb closes a subject with no noun: the … one, what ….
		{"贵的其实不一定好。", "", "的", "(adjective + 的) the … one"},
		{"便宜的已经卖完了。", "", "的", "(adjective + 的) the … one"},
		{"他做的其实挺好吃。", "", "的", glossDeWhat},
		{"我们买的还没到。", "", "的", glossDeWhat},
		{"成功的可能很小。", "", "的", "(links a description to its noun)"},
		{"他的其实也不错。", "", "的", "'s; the one of (mine, his…)"},
		{"我的比你的贵。", "", "的", "'s; the one of (mine, his…)"},
		// An adjective gse tags a name (安静, nr) describes the noun after 的.
		{"他们喜欢安静的咖啡馆。", "", "的", "(links a description to its noun)"},
		{"她想找个安静的房间。", "", "的", "(links a description to its noun)"},
		{"这是小王的房间。", "", "的", "'s; of (possession)"},
		{"人类文明的未来会怎样?", "", "的", "'s; of (possession)"},
		{"这双鞋你要蓝的还是白的?", "", "的", "(adjective + 的) the … one"},
		// 在 + verb + 中 closing the clause: under way.
		{"这个问题还在讨论中。", "", "中", "(verb + 中) in the course of"},
		{"新的图书馆正在建设中。", "", "中", "(verb + 中) in the course of"},
		{"事故的原因还在调查中。", "", "中", "(verb + 中) in the course of"},
		{"在工作中他学会了很多东西。", "", "中", "(after a noun) in; among; within"},
		{"他在生活中很节约。", "", "中", "(after a noun) in; among; within"},
		// A verb gse tags a bare morpheme (穿, 唱, 查: zg) before its
		// complement is a verb all the same.
		{"这双鞋穿起来很舒服。", "", "起来", glossQilaiSeems},
		{"这件毛衣穿起来很暖和。", "", "起来", glossQilaiSeems},
		{"你查一下收到没有。", "", "一下", "(after a verb) a bit"},
		{"他跳起来走了。", "", "起来", "(verb + 起来) up (upward movement)"}, // 站起来 is a headword (opengram.txt)
		{"他弟弟的脾气很好。", "", "好", "good"},
		{"他唱得很好。", "", "好", "good"},
		// 要 + negation, 就 after: "if".
		{"你要不喜欢就别吃了。", "", "要", glossYaoIf},
		{"他要没空,我们就改天再去。", "", "要", glossYaoIf},
		{"明天要不下雨,我们就去爬山。", "", "要", glossYaoIf},
		{"你要不要喝点水?", "", "要", glossYaoVerb},
		{"我要去超市,你就在家等我。", "", "要", glossYaoVerb},
		{"你不要走。", "", "不要", anySense},
		// 其 before an adjective, 的 and a noun owns the noun.
		{"这种方法有其明显的缺点。", "", "其", glossQiOwner},
		{"任何制度都有其合理的地方。", "", "其", glossQiOwner},
		{"每个城市都有其独特的文化。", "", "其", glossQiOwner},
		{"我们要尊重其合理的要求。", "", "其", glossQiOwner},
		{"老师要求其马上改正。", "", "其", "it; him; them (literary object)"},
		// 以 opening a clause after a comma, before a verb: the purpose.
		{"他拼命赚钱,以养活一家老小。", "", "以", "in order to; so as to"},
		{"我们每天记账,以控制开支。", "", "以", "in order to; so as to"},
		{"他以很低的价格买下了房子。", "", "以", "by means of; with; in (a way)"},
		{"她以最快的速度跑回家。", "", "以", "by means of; with; in (a way)"},
		// 嘛 before a comma: after a whole clause what is obvious, after a
		// topic the pause.
		{"这不难嘛,多练练就好了。", "", "嘛", glossMaObvious},
		{"他是你哥嘛,你应该帮他。", "", "嘛", glossMaObvious},
		{"大家都很忙嘛,别怪他。", "", "嘛", glossMaObvious},
		{"我们都很累嘛,明天再说吧。", "", "嘛", glossMaObvious},
		{"这个嘛,我再想想。", "", "嘛", "particle indicating a pause for emphasis"},
		{"其实嘛,我也不太清楚。", "", "嘛", "particle indicating a pause for emphasis"},
	})
}

// TestStillHaveNotInAddition: 还有 before 一点, the amount still there, is
// anything but "in addition".
func TestStillHaveNotInAddition(t *testing.T) {
	a := analyzer(t)
	nots := []struct{ zh, word, not string }{
		{"米饭还有一点。", "还有", "in addition"},
		{"还有一点时间,我们喝杯咖啡吧。", "还有", "in addition"},
		{"还有一点吗?", "还有", "in addition"},
	}
	for _, tt := range nots {
		tok, ok := goldLikeToken(a.Analyze(tt.zh, ""), tt.word, 1)
		if !ok || tok.Gloss == tt.not {
			t.Errorf("%s: %s = %q, want anything but %q", tt.zh, tt.word, tok.Gloss, tt.not)
		}
	}
}

// TestStressedJudgment: 才 after 这/那 before a judgment closing the
// clause (an adjective by the dictionary, 对, 像样, 叫 …), or after a
// pronoun before an adjective and 呢, stresses it: "really", not "only
// then" (function.go stressedJudgment).
func TestStressedJudgment(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这才对嘛。", "", "才", "(这才 + judgment) really"},
		{"大家一起干，这才长远。", "Everyone pitching in together, that's what really lasts.", "才", "(这才 + judgment) really"},
		{"这才叫生活。", "", "才", "(这才 + judgment) really"},
		{"你才笨呢！", "", "才", "(这才 + judgment) really"},
		{"他这才明白过来。", "", "才", "not until"}, // guard: a verb after
		{"他昨天才到。", "", "才", "not until"},   // guard
	})
}

// TestWithAfterAdverbialNoun: 跟 after a unit of time and its number (how
// often) or after a place a verb of going or being takes, before a
// person and a verb, is "with", not "and" joining that noun to the
// person (function.go adverbialNounBefore).
func TestWithAfterAdverbialNoun(t *testing.T) {
	a := analyzer(t)
	checkFunctionGlosses(t, a, []functionGloss{
		{"我一个星期跟朋友打两次球。", "", "跟", "with; to (sb)"},
		{"他每天晚饭后去公园跟朋友下棋。", "", "跟", "with; to (sb)"},
		{"我明天到公司跟同事开会。", "", "跟", "with; to (sb)"},
		{"我喜欢苹果跟香蕉。", "", "跟", "and (joining two nouns)"},     // guard: no verb after
		{"它应该让人类和环境都更好。", "", "和", "and (joining two nouns)"}, // guard: 和 joins
	})
}

// TestMuchFewer: 少 before 多了 is "less", 多了 its degree (人少多了
// "much fewer"), not "to be missing", which an amount short after it
// keeps (少了五十块钱, 还少一个人).
func TestMuchFewer(t *testing.T) {
	a := analyzer(t)
	checkFunctionGlosses(t, a, []functionGloss{
		{"桥修好以后，坐船的人少多了。", "", "少", "less"},
		{"现在来的客人少多了吧？", "", "少", "less"},
		{"还是少了五十块钱。", "", "少", "to be missing"}, // guard
		{"我们还少一个人。", "", "少", "to be missing"},  // guard
	})
}

// TestHolidayTopic: 过 closing its clause after the holiday it is about
// (春节怎么过？) is "to celebrate (a holiday)", as before the holiday
// (过春节); not "to cross".
func TestHolidayTopic(t *testing.T) {
	a := analyzer(t)
	checkFunctionGlosses(t, a, []functionGloss{
		{"中秋节你们家一般怎么过？", "", "过", "to celebrate (a holiday)"},
		{"今年的生日你打算在哪儿过？", "", "过", "to celebrate (a holiday)"},
		{"我们一起过春节吧。", "", "过", "to celebrate (a holiday)"},
		{"前面那条河你们怎么过？", "", "过", "to cross"}, // guard: no holiday
	})
}

// TestBeiNoDoer: 被 before a word that only 了 or an adjective follows
// to the end of its clause names no doer: the word is what was done
// (被坑了, 被坑惨了 "(passive) is …-ed"), whatever gse's tag of it; before
// a doer and a verb it is "by".
func TestBeiNoDoer(t *testing.T) {
	a := analyzer(t)
	checkFunctionGlosses(t, a, []functionGloss{
		{"他又被坑了。", "", "被", "(passive) is …-ed (被 + verb)"},
		{"装修的时候我们被坑惨了。", "", "被", "(passive) is …-ed (被 + verb)"},
		{"他被车撞了。", "", "被", "(passive) by (the doer)"},  // guard
		{"院子被水淹了。", "", "被", "(passive) by (the doer)"}, // guard
	})
}

// TestOnlyThenAfterSpanOrStep: 才 after a span of time (半个钟头, 一个
// 钟头) or a later step of a sequence (后来, 最后) waits for it, "not
// until; only then", though an amount follows its verb or 是 follows it;
// a degree closing the clause (好一点) is no amount to bound. 一点 before
// the noun it counts stays "only", 这才是 stays stressed.
func TestOnlyThenAfterSpanOrStep(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"车开了一个钟头才走了十公里。", "", "才", "not until"},
		{"先洗菜，再切菜，最后才是炒菜。", "", "才", "only then; not until"},
		{"休息了几天，他的腿才好一点。", "", "才", "only then; not until"},
		{"一年下来，我们才赚了一点钱。", "", "才", "only (before an amount)"}, // guard: 一点 counts 钱
		{"这才是我想要的。", "", "才", "(才是) really"},                   // guard
	})
}

// TestOnlySoLittle: 就 before 这么 or 那么 and an amount (点, 几 and its
// measure word, a numeral) is "only" (工资就那么点, 就这么几个人), not
// "just (like this)", which 就这么定了 keeps.
func TestOnlySoLittle(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我的工资就那么点，不够花。", "", "就", "only; just (that much)"},
		{"今天就这么几个人来了。", "", "就", "only; just (that much)"},
		{"这件事就这么定了。", "", "就", "(就这样) just (like this)"}, // guard
	})
}
