package zh

import (
	"strings"
	"testing"
)

// TestConstructionGloss checks construction.go's glosses of prepositions,
// particles, modal verbs, demonstratives and measure words as
// TestFunctionGloss does (its own table, so that the helpers who append
// rows to that one do not collide).
func TestConstructionGloss(t *testing.T) {
	a := analyzer(t)
	tests := []functionGloss{
		// 那, 那么 opening the clause after a condition or a turn of talk.
		{"要是下雨的话，那比赛就取消了。", "", "那", "then (in that case)"},
		{"如果价格太高，那这个方案就不行。", "", "那", "then (in that case)"},
		{"那么，你觉得这个问题应该怎么解决？", "", "那么", "then; in that case"},
		{"那么我们接下来聊聊你的新书。", "", "那么", "then; in that case"},
		{"如果大家都同意，那么就这样定了。", "", "那么", "then; in that case"},
		{"他没有你说的那么好。", "", "那么", "like that; in that way; to that extent"},
		{"那么多人都来了。", "", "那么", "like that; in that way; to that extent"},
		// 号 after a number: a date (a month before, a day word, a part of
		// the day or what happens that day after), a number, a size.
		{"我的生日是三月八号。", "", "号", "day of the month"},
		{"报名截止到这个月二十三号。", "", "号", "day of the month"},
		{"你二十号有空吗？", "", "号", "day of the month"},
		{"演出改到了十二号晚上。", "", "号", "day of the month"},
		{"请到三号窗口办理。", "", "号", "(after a numeral) number designation"},
		{"你的座位是十二号。", "Your seat is number 12.", "号", "(after a numeral) number designation"},
		{"这双鞋小了，我要大两号的。", "", "号", "(大一号) one size (bigger, smaller)"},
		{"我们公司有一百多号人。", "", "号", "classifier for numbered people or items"},
		// 要 + verb as an obligation: after 每…都, before an adverb of how or
		// when, opening a clause with no subject, said to the listener.
		{"每天都要写作业。", "", "要", "(要 + verb) must; need to; should"},
		{"你们每个人都要交一份报告。", "Each of you has to hand in a report.", "要", "(要 + verb) must; need to; should"},
		{"停车要另外交钱。", "", "要", "(要 + verb) must; need to; should"},
		{"进门要先换鞋。", "You need to change your shoes before coming in.", "要", "(要 + verb) must; need to; should"},
		{"东西太多了，要分开放。", "", "要", "(要 + verb) must; need to; should"},
		{"你出门要带伞。", "", "要", "(要 + verb) must; need to; should"},
		{"看样子要下雪了。", "", "要", "(要…了) about to (happen)"},
		{"你要去哪儿？", "", "要", glossYaoVerb},
		{"你为什么要买这个？", "", "要", glossYaoVerb},
		{"明天我要去北京出差。", "", "要", glossYaoVerb},
		{"我要先走了。", "", "要", "(要…了) about to (happen)"},
		// 在 before a verb gse tags a noun (the dictionary has the verb): in
		// progress; 是 before it asserts; 在 before a place stays "at".
		{"我们公司在招人。", "Our company is hiring.", "在", "(在 + verb) be …-ing (in progress)"},
		{"这绝对是在浪费时间。", "", "在", "(在 + verb) be …-ing (in progress)"},
		{"这绝对是在浪费时间。", "", "是", "(是 + 在 + verb) (emphatic) it is that …"},
		{"他不是在开玩笑。", "", "在", "(在 + verb) be …-ing (in progress)"},
		{"他在工作，别打扰他。", "", "在", "(在 + verb) be …-ing (in progress)"},
		{"我在银行等你。", "", "在", "at; in; on (a place or time)"},
		{"这是在北京拍的照片。", "", "在", "at; in; on (a place or time)"},
		{"学生们在更安静的环境中进行复习。", "", "在", "at; in; on (a place or time)"},
		// 遍, 回, 趟 after a verb and a number count the times it is done
		// (第三回 is a chapter); 场 between a verb and a show or a match.
		{"这首歌我听了好几遍还想听。", "", "遍", "(verb + number + 遍) times (start to end)"},
		{"这篇课文你再读两遍就会了。", "", "遍", "(verb + number + 遍) times (start to end)"},
		{"这种事我见过好几回。", "", "回", "(verb + number + 回) times; occasions"},
		{"他来过我家一回。", "", "回", "(verb + number + 回) times; occasions"},
		{"我今天跑了两趟银行。", "", "趟", "(verb + number + 趟) trips; times"},
		{"周末去看场球赛怎么样？", "", "场", "(verb + 场) a (film, match, show)"},
		{"我们一起去看场电影吧。", "Let's go and see a film together.", "场", "(verb + 场) a (film, match, show)"},
		// 这 before a measure word or a noun; standing alone the pronoun.
		{"这套系统很好用。", "", "这", "(这 + measure word) this; these"},
		{"这件事你别管。", "", "这", "(这 + measure word) this; these"},
		{"这双鞋我穿着有点挤。", "", "这", "(这 + measure word) this; these"},
		{"这问题不好回答。", "", "这", "(这 + noun) this; the"},
		{"这现实吗？", "", "这", "(pronoun) this; these"},
		{"这很重要。", "", "这", "(pronoun) this; these"},
		// 跟 … 不太一样: different (不太 and 一样 are two tokens).
		{"我的想法跟你的不太一样。", "", "跟", "(A 跟 B 不同) different from"},
		{"他跟他哥哥一样高。", "", "跟", "(A 跟 B 一样) the same as; as … as"},
		// 会 a meeting named by its noun; 想 before 是 is thinking; 上 +
		// school after who attends it; 起 after a date; 受 … 影响.
		{"下午有个部门会，别迟到。", "", "会", "meeting; gathering"},
		{"我们明天开个项目会。", "", "会", "meeting; gathering"},
		{"我想是的。", "I think so.", "想", "to think (about)"},
		{"我想是这样吧。", "", "想", "to think (about)"},
		{"我想去北京。", "", "想", "(想 + verb) to want to; would like to"},
		{"孩子上小学以后，我就回去工作了。", "", "上", "to go to; to attend (school, work)"},
		{"我女儿上初中了。", "", "上", "to go to; to attend (school, work)"},
		{"下个月起房租要涨。", "", "起", "(从…起) starting from"},
		{"明年起，这条路禁止货车通行。", "", "起", "(从…起) starting from"},
		{"受大雪影响，航班延误了。", "", "受", "subjected to"},
		{"受疫情的冲击，很多小店关门了。", "", "受", "subjected to"},
		{"他受了很多苦。", "", "受", "to suffer"},
		// 而非, 而不是; 请 + the people treated + what to; 叫 + sb + a
		// coming; 到 + place + 去/来; a verb of change + 到 + amount.
		{"我们更看重能力而非学历。", "", "而", "(A 而非 B, A 而不是 B) rather than; not"},
		{"这是一个机会而不是威胁。", "", "而", "(A 而非 B, A 而不是 B) rather than; not"},
		{"姥姥做的红烧肉肥而不腻。", "", "而", glossErYetNot},
		{"他做事忙而不乱。", "", "而", glossErYetNot},
		{"她请全组同事喝了咖啡。", "", "请", "to treat (to a meal etc)"},
		{"老板请我们看了一场电影。", "", "请", "to treat (to a meal etc)"},
		{"请大家喝茶。", "", "请", "(请 + verb) please (do sth)"},
		{"饭好了，快去叫爸爸下楼。", "", "叫", "to call"},
		{"你去叫他过来。", "", "叫", "to call"},
		{"老师叫我们写一篇作文。", "", "叫", "to ask"},
		{"公司派我到上海的分公司去工作。", "", "到", "(到 + place + 去/来) to (a place)"},
		{"你明天到我家来吃饭吧。", "", "到", "(到 + place + 去/来) to (a place)"},
		{"我们把时间缩短到两天。", "", "到", "(verb + 到 + amount) to; up to"},
		{"他马上就到。", "", "到", "to reach; to arrive"},
		// 得了 after a verb (after a verb, 不了 is one headword:
		// TestUnableAfterVerb); 睡不着, the potential complement of falling
		// asleep.
		{"这点活我干得了。", "", "了", "(verb 不了/得了) can't / can (do it)"},
		{"楼上太吵，我睡不着。", "", "着", "(coll.) to fall asleep"},
		{"昨晚我一直睡不着。", "I couldn't sleep last night.", "着", "(coll.) to fall asleep"},
		// 大声点 (gse tags 大声 a numeral): a bit; 零 between amounts;
		// 至 after a verb before a time; 中了病毒.
		{"奶奶耳朵不好，你说话大声点。", "", "点", "(verb + 点) a little; some"},
		{"我们八点出发。", "", "点", "(after a number) o'clock"},
		{"门票一百二十块零五毛。", "", "零", "(三岁零两个月) and (a smaller amount)"},
		{"他今年三岁零两个月。", "", "零", "(三岁零两个月) and (a smaller amount)"},
		{"会议推迟至下周。", "", "至", "(A 至 B) to; until"},
		{"我的电脑中了病毒。", "", "中", "to be struck by (a bullet, illness etc)"},
		{"他中了一枪。", "", "中", "to be struck by (a bullet, illness etc)"},
		// 跟 opening a clause that a later one compares with the first.
		{"在大公司工作，跟自己开公司，完全是两回事。", "", "跟", "(A 跟 B 不同) different from"},
		{"他们说的，跟我听到的不一样。", "", "跟", "(A 跟 B 不同) different from"},
		// 这 before a number and its measure word: counted too.
		{"这两本书都很好。", "", "这", "(这 + measure word) this; these"},
		{"这几个问题很难。", "", "这", "(这 + measure word) this; these"},
		{"这对我们来说是一个很大的挑战。", "", "这", "(pronoun) this; these"},
		{"这个决定让很多员工都很担心。", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		// 在 before a word in -化, a change going on.
		{"整个社会都在数字化。", "", "在", "(在 + verb) be …-ing (in progress)"},
		{"他们说这个市场是在商品化。", "", "是", "(是 + 在 + verb) (emphatic) it is that …"},
		{"这家工厂在自动化方面投入很多。", "", "在", "at; in; on (a place or time)"},
		// 其 before an attributive and its noun: its; their.
		{"我们将作为其主要供应商。", "", "其", glossQiOwner},
		{"这家公司发挥了其核心优势。", "", "其", glossQiOwner},
		{"我们要求其改正错误。", "", "其", "it; him; them (literary object)"},
		// 会 after a noun that names a meeting, before 开得/开了.
		{"今天的销售会开得很顺利。", "", "会", "meeting; gathering"},
		{"项目会开了一个上午。", "", "会", "meeting; gathering"},
		{"公司会开一家新店。", "", "会", "will; be likely to"},
		// verb + 了 + person + 一下, the verb's first entry no verb (打 da2).
		{"他打了我一下。", "", "一下", "(verb + sb + 一下) a bit; briefly"},
		{"她推了我一下。", "", "一下", "(verb + sb + 一下) a bit; briefly"},
		// 于 before a year written digit by digit (gse cuts it in five).
		{"我们公司成立于二零一五年。", "", "于", "(of time or place) in; at; on"},
		{"这家店开业于二零零八年十月。", "", "于", "(of time or place) in; at; on"},
		// 让 after a degree adverb: the state it brings about is graded, so
		// 让 makes (a verb of feeling gse does not tag an adjective too).
		{"这次旅行最让我感动的是当地人的热情。", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"这部电影最让我难忘的是结尾。", "What I remember most about this film is the ending.", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"孩子的成绩真让人头疼。", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"老板让大家早点下班。", "", "让", "to have sb do sth; to make sb do"},
		// 当 + post after 在 + the place one works at, the post maybe cut in
		// two by gse (护士 长); 当…的时候 is not a post.
		{"她在医院当护士长,工作很忙。", "", "当", "(当 + role) to be; to act as; to work as"},
		{"他在国内当教练，压力很大。", "", "当", "(当 + role) to be; to act as; to work as"},
		{"在国外当教练难不难？", "Is it hard to coach abroad?", "当", "(当 + role) to be; to act as; to work as"},
		{"你想当教练吗？", "", "当", "(当 + role) to be; to act as; to work as"},
		{"多穿点衣服，当心冻着。", "", "着", "to be affected by"},
		{"别吓着孩子。", "", "着", "to be affected by"},
		{"我舅舅在县城当老师。", "", "当", "(当 + role) to be; to act as; to work as"},
		{"我表姐在中学当英语老师。", "", "当", "(当 + role) to be; to act as; to work as"},
		{"在学校当学生的时候,我很喜欢画画。", "", "当", "to be"},
		// 要 after a span counted as one or each: what every span requires.
		{"他开出租车,一天要跑三百多公里。", "", "要", "(要 + verb) must; need to; should"},
		{"这种药一天要吃三次。", "", "要", "(要 + verb) must; need to; should"},
		{"她每天要坐一个小时地铁上班。", "", "要", "(要 + verb) must; need to; should"},
		{"我总有一天要去看看大海。", "", "要", "(要 + verb) will; want to; must"},
		{"我明天要去北京。", "", "要", "(要 + verb) will; want to; must"},
		// 快 before an amount: how near it comes.
		{"我在门口等了快一个小时了。", "I've been waiting at the door for almost an hour.", "快", "(快 + amount) almost; nearly"},
		{"我爷爷快九十岁了,身体还很好。", "", "快", "(快 + amount) almost; nearly"},
		{"这双鞋穿了快三年。", "", "快", "(快 + amount) almost; nearly"},
		{"你快一点,要迟到了。", "", "快", "rapid"},
		// 要 + verb where the English says a duty ("need to", "have to",
		// "must"): not "will" nor the "to need" that "need" alone picks.
		{"我要报销这次出差的车费。", "I need to claim the travel expenses for this trip.", "要", "(要 + verb) must; need to; should"},
		{"我明天要早起。", "I have to get up early tomorrow.", "要", "(要 + verb) must; need to; should"},
		{"明天要早起,我先睡了。", "I've got to get up early tomorrow, so I'm going to bed.", "要", "(要 + verb) must; need to; should"},
		{"我明天要去上海。", "I'm going to Shanghai tomorrow.", "要", "(要 + verb) will; want to; must"},
		{"要学好中文,必须多说多练。", "To learn Chinese well you have to speak and practise a lot.", "要", "(要 + verb) will; want to; must"},
		// 看 + 谁 after 就, 还是: who wins decides, "to depend on".
		{"能不能成功,还是看谁准备得更充分。", "", "看", "to depend on"},
		{"这次比赛就看谁跑得快了。", "", "看", "to depend on"},
		{"这个事儿就看你自己了，我们都帮不了。", "", "看", "to depend on"},
		{"这次全看你了。", "", "看", "to depend on"},
		{"他就看你一眼。", "", "看", "to see; to look at"}, // guard: no 了 closing
		{"我还是看电视吧。", "", "看", "to see; to look at"},
		// 该 before a verb or a way of doing: "should", whatever "turn" the
		// English says; 该你了 and 该公司 stay.
		{"我不知道该怎么跟他解释。", "When it turns up, I don't know how to explain it to him.", "该", "(该 + verb) should; ought to"},
		{"这件事该由谁负责?", "", "该", "(该 + verb) should; ought to"},
		{"该吃饭了。", "", "该", "(该 + verb) should; ought to"},
		{"现在该你了。", "It's your turn now.", "该", "to be sb's turn to do sth"},
		{"该项目明年完成。", "", "该", "that"},
		// 了 closing a clause whose negated modal (不能, 不 想) stands before
		// a verb and its object: "not any more", as after 不 + verb.
		{"她感冒了,明天不能来上课了。", "", "了#2", "(不…了) not any more"},
		{"他太忙了,不想参加比赛了。", "", "了#2", "(不…了) not any more"},
		{"她病了,这周都不能去上班了。", "", "了#2", "(不…了) not any more"},
		{"我不知道他走了。", "", "了", "(verb + 了) done; change of state"},
		// 多 after a numeral and 成 "tenth": "… odd".
		{"价格跌了七成多,利润没了。", "", "多", "(after a numeral) ... odd"},
		{"今年的销量比去年少了两成多。", "", "多", "(after a numeral) ... odd"},
		{"事情变成多复杂了。", "", "多", "many; much; more; a lot of"},
		// 把 before a verb that opens its object's description (…的 + noun),
		// a verb after the noun: the object marker, not "to hold".
		{"妈妈把攒了两年的零花钱都给了我。", "", "把", "(object marker) object before the verb"},
		{"奶奶把存了很久的鸡蛋都卖了。", "", "把", "(object marker) object before the verb"},
		{"我买了一把新的雨伞。", "", "把", "classifier for things with handles"},
		// adjective + 的 before "not even one" (一口都, 一件也): the … one.
		{"医生说辣的一口都不能吃。", "", "的", "(adjective + 的) the … one"},
		{"红的一个都没剩下。", "", "的", "(adjective + 的) the … one"},
		{"这是一个很好的一天。", "", "的", "(links a description to its noun)"},
		// 再 + adjective closing a clause of concession, 也/都/还 in the next.
		{"工作再忙,也要按时吃饭。", "", "再", "(再 + adjective … 也) no matter how …"},
		{"价格再便宜,质量不好还是没人买。", "", "再", "(再 + adjective … 也) no matter how …"},
		{"天气再冷,他都坚持跑步。", "", "再", "(再 + adjective … 也) no matter how …"},
		{"你再努力一点就能考上。", "", "再", "again (later); once more; then"},
		// 还 + 要/需要 + a span of time: the time still to go.
		{"这个项目至少还要两年才能完成。", "", "还", glossHaiStill},
		{"从这里到机场还要一个小时。", "", "还", glossHaiStill},
		{"我还要一杯咖啡。", "", "还", "also; in addition"},
		// 了 closing a clause that 可 stresses, or a degree complement:
		// intensifying (他的猫死了, 电脑坏了: a change of state).
		{"这家店的面条可香了。", "", "了", glossLeIntensifying},
		{"她的新工作可忙了，每天都加班。", "Her new job is really busy; she works overtime every day.", "了", glossLeIntensifying},
		{"我们老板可厉害了。", "", "了", glossLeIntensifying},
		{"走了一天路，我累死了。", "After walking all day I'm dead tired.", "了#2", glossLeIntensifying},
		{"孩子们玩了一下午，都饿坏了。", "", "了#2", glossLeIntensifying},
		{"他的猫上个月死了。", "", "了", "(verb + 了) done; change of state"},
		{"我的电脑坏了。", "", "了", "(sentence-final) change of state: now"},
		{"你可别忘了。", "", "了", "(别…了) stop (doing it)"},
		// 给 + the one who gets + a thing counted, or + 的 and what is
		// given: "to give", not "for" before a verb.
		{"我想给她一个惊喜。", "I want to give her a surprise.", "给", "to give"},
		{"我想给她一个惊喜。", "", "给", "to give"},
		{"平台给作者的钱太少了。", "", "给", "to give"},
		{"学校给学生的补贴提高了。", "The allowance the school gives students went up.", "给", "to give"},
		{"我给妈妈打了一个电话。", "", "给", "(给 sb + verb) for; to (sb)"},
		{"他给我买了一件衣服。", "", "给", "(给 sb + verb) for; to (sb)"},
		// 请 + 到/来 + 的, 了 or a person counted: to invite (请到这边来:
		// please).
		{"这期节目请到的嘉宾是一位老师。", "The guest on this episode is a teacher.", "请", "to invite"},
		{"这期节目请到的嘉宾是一位老师。", "", "请", "to invite"},
		{"节目请来了很多明星。", "", "请", "to invite"},
		{"这次会议请到了三位专家。", "", "请", "to invite"},
		{"请到这边来。", "Please come over here.", "请", "(请 + verb) please (do sth)"},
		{"请到前台办理手续。", "", "请", "(请 + verb) please (do sth)"},
		// 叫 naming a thing before it, or a thing the clause before has.
		{"这种病叫糖尿病。", "This disease is called diabetes.", "叫", "to be called"},
		{"这道菜叫宫保鸡丁。", "", "叫", "to be called"},
		{"我们那儿有句老话，叫活到老学到老。", "", "叫", "to be called"},
		{"我们公司有个规矩，叫先来后到。", "Our company has a rule called first come, first served.", "叫", "to be called"},
		{"他在楼下叫我。", "", "叫", "to call"},
		{"老板叫小王去开会。", "", "叫", "to ask"},
		// 点 between an adjective and 的 + noun: a bit more.
		{"换个轻松点的话题吧。", "", "点", "(verb + 点) a little; some"},
		{"我想找个便宜点的房子。", "I want to find a slightly cheaper flat.", "点", "(verb + 点) a little; some"},
		{"有没有大点的盒子？", "", "点", "(verb + 点) a little; some"},
		{"我们八点的火车。", "", "点", "(after a number) o'clock"},
		// 上 + lessons counted: to attend; opening the clause: last.
		{"我每周还会去上一节钢琴课。", "", "上", "to go to; to attend (school, work)"},
		{"她下午要去上两节英语课。", "She has to go to two English classes this afternoon.", "上", "to go to; to attend (school, work)"},
		{"上一节课我们讲了语法。", "In the last class we covered grammar.", "上", "last; previous (上个月)"},
		// 项 after a determiner or a number: the measure word.
		{"体检结果出来了，各项指标都正常。", "", "项", "classifier for items, tasks, clauses"},
		{"这项工作很重要。", "", "项", "classifier for items, tasks, clauses"},
		// 那 opening a question about a topic described with 的: then.
		{"那你们公司的产品呢？", "", "那", "then (in that case)"},
		{"那学校里的老师多吗？", "", "那", "then (in that case)"},
		// 按 + a unit + a verb of charging or counting: according to.
		{"这里停车按小时收费。", "Parking here is charged by the hour.", "按", "according to"},
		{"小区的充电桩按度收费。", "", "按", "according to"},
		{"奖金按成绩分。", "", "按", "according to"},
		{"请按一下门铃。", "", "按", "to press"},
		// 冲着 + what one faces or comes for: towards.
		{"很多游客是冲着美食来的。", "", "冲", "(冲着) towards; for (the sake of)"},
		{"那条狗冲着我叫。", "", "冲", "(冲着) towards; for (the sake of)"},
		// 通过 + a means + the verb it serves: by means of.
		{"你可以通过邮件联系我。", "", "通过", "by means of; through; via"},
		{"你可以通过邮件和我联系。", "", "通过", "by means of; through; via"},
		{"他通过了考试。", "", "通过", "to pass through; to get through"},
		// 隔 + an amount: at intervals of.
		{"我们隔一天见一次面。", "", "隔", "(隔 + amount) at intervals of; … apart"},
		{"他家离我家只隔一条街。", "", "隔", "(隔 + amount) at intervals of; … apart"},
		// 一块 after a topic and 这: aspect; before a verb: together.
		{"我们在教育这一块投入很多。", "We invest a lot in education.", "一块", glossAspect},
		{"营销这一块是他负责的。", "", "一块", glossAspect},
		{"我们一块去吧。", "", "一块", "together; in company"},
		// 下面 opening the sentence before who goes on: next.
		{"下面我们来看第二个问题。", "Next, let's look at the second question.", "下面", "next; the following"},
		{"下面请王老师讲话。", "", "下面", "next; the following"},
		// 反过来 opening a clause: conversely; after 把 and a verb: the
		// opposite direction.
		{"反过来，如果价格太低，质量也会有问题。", "Conversely, if the price is too low, quality suffers.", "反过来", "conversely"},
		{"把衣服反过来穿。", "", "反过来", "in an opposite direction"},
		// 是 + a verb + its object + 的: the one who (a trade); a time or a
		// second verb between: the 是…的 of when or how.
		{"街上到处都是卖水果的。", "There are fruit sellers all over the street.", "的", glossDeWhat},
		{"他是开出租车的。", "He's a taxi driver.", "的", glossDeWhat},
		{"我爸爸是教英语的。", "", "的", glossDeWhat},
		{"她是做销售的。", "", "的", glossDeWhat},
		{"我是昨天来的。", "", "的", "(是…的) stresses when, where, how"},
		{"他是坐飞机来的。", "", "的", "(是…的) stresses when, where, how"},
		{"这是可以理解的。", "", "的", "(是…的) stresses when, where, how"},
		// 要 + verb where a custom or rule is named: must; should.
		{"今天是小年，按照老家的习惯要吃饺子。", "", "要", glossYaoMust},
		{"按规定进门要出示证件。", "", "要", glossYaoMust},
		{"按照计划他明天要去上海。", "", "要", glossYaoVerb},
		// 其 before what it owns: the owner the English names.
		{"我们仍将作为其主要算力供应商。", "We will remain their main compute supplier.", "其", "(literary) their"},
		{"这家公司去年上市，其股价涨了一倍。", "The company went public last year and its share price doubled.", "其", "(literary) its"},
		{"他写了很多书，其作品影响很大。", "He wrote many books, and his works were very influential.", "其", "(literary) his"},
		{"这是下一个平台，其规模会更大。", "This is the next platform, and it'll be bigger.", "其", "(literary) its"},
		{"这家公司去年上市，其股价涨了一倍。", "", "其", glossQiOwner},
		// 叫 + a name the segmenter cut into its characters, a person
		// before: to be called (叫车, 叫外卖, 叫一声 are no names).
		{"我叫小明。", "", "叫", "to be called"},
		{"你好，我叫张伟，很高兴认识你。", "Hi, I'm Zhang Wei, nice to meet you.", "叫", "to be called"},
		{"他儿子叫小宝。", "", "叫", "to be called"},
		{"他叫车去机场。", "", "叫", "to call"}, // (我叫车。 is 叫车 "to call a cab": one word)
		{"他大叫一声。", "", "叫", "to call"},
		// 拿…来说/为例: to take (as an example); 凭 + what a judgment
		// rests on: on the basis of; 肯 + verb: to be willing to.
		{"就拿我们公司来说吧。", "", "拿", "(拿…来说) to take (as an example)"},
		{"拿教育来讲，问题也不少。", "Take education: there are plenty of problems too.", "拿", "(拿…来说) to take (as an example)"},
		{"我们拿这个项目为例。", "", "拿", "(拿…来说) to take (as an example)"},
		{"他拿了一本书。", "", "拿", "to take"}, // (learner.txt)
		// 凭什么 "(spoken) why?" is a headword, the unit a card teaches
		// (JUDGEMENTS.md): the whole, not 凭 + 什么; it asks what a claim
		// rests on, "by what right".
		{"凭什么他能拿这么多钱？", "", "凭什么", glossPingShenme},
		{"你凭什么这么说?", "", "凭什么", glossPingShenme},
		// 会不会, a headword: "will it" unless it asks a skill (会不会游
		// 泳, 会不会说英语, 会不会思考: can or cannot).
		{"明天会不会下雨?", "", "会不会", glossHuiBuHuiWill},
		{"这样做会不会影响别人?", "", "会不会", glossHuiBuHuiWill},
		{"你会不会游泳?", "", "会不会", glossHuiBuHuiCan},
		{"你会不会说英语?", "", "会不会", glossHuiBuHuiCan},
		{"机器会不会思考?", "", "会不会", glossHuiBuHuiCan},
		{"他下个月会不会开车去?", "", "会不会", glossHuiBuHuiWill},
		{"医生凭经验判断病情。", "", "凭", "on the basis of; by"},
		{"这次全凭你了。", "", "凭", "to rely on"},
		{"他怎么也不肯说。", "", "肯", "(肯 + verb) to be willing to"},
		{"没有人肯去。", "", "肯", "(肯 + verb) to be willing to"},
		{"老板终于肯了。", "", "肯", "to agree; to consent"},
		// 的 closing a verb or an adjective listed with 、: what …; the
		// … one (not a reply, 好的).
		{"吃的、喝的，什么都有。", "", "的", glossDeWhat},
		{"红的、蓝的、白的，都很好看。", "", "的", "(adjective + 的) the … one"},
		{"好的，我知道了。", "", "的", "(好的, 对的) OK; right (a reply)"},
		// 在 + 跟/和 + a partner + a verb gse tags l or v: in progress.
		{"他在跟客户打电话。", "", "在", "(在 + verb) be …-ing (in progress)"},
		{"她在和朋友吃饭。", "", "在", "(在 + verb) be …-ing (in progress)"},
		// 是 + 给 + the one meant + 的: "for (sb)", not "to give".
		{"这是给你的礼物。", "", "给", "(是给…的) for (sb)"},
		{"这些花是给妈妈的。", "", "给", "(是给…的) for (sb)"},
		{"这个蛋糕是给你的。", "This cake is for you.", "给", "(是给…的) for (sb)"},
		{"他给我的感觉很好。", "", "给", "to give"},
		// 上 + 了 + a vehicle or a height, someone before: to get onto.
		{"他上了一辆公共汽车。", "", "上", "to climb; to get onto; to go up"},
		{"我们刚上了飞机。", "", "上", "to climb; to get onto; to go up"},
		// 那 opening a clause before a question word, a condition, 这 or a
		// preposition: then (那对夫妻: the specifier).
		{"那为什么大家还这么做？", "", "那", "then (in that case)"},
		{"那如果失败了呢？", "", "那", "then (in that case)"},
		{"那这个问题怎么解决？", "", "那", "then (in that case)"},
		{"那在中国呢？", "So what about in China?", "那", "then (in that case)"},
		{"那怎么办？", "", "那", "then (in that case)"},
		// 是 + 干/做 + 什么/哪一行 + 的: the one who (what one does).
		{"你是干什么的？", "", "的", glossDeWhat},
		{"他是干哪一行的？", "What line of work is he in?", "的", glossDeWhat},
		{"你是做什么的？", "", "的", glossDeWhat},
		// 比 + a longer B + 更/还: than.
		{"他比最优秀的学生还聪明。", "", "比", "(A 比 B + adjective) than; compared with"},
		{"今年的收入比去年的还多。", "", "比", "(A 比 B + adjective) than; compared with"},
		// number + 点 + 的 closing the clause: o'clock.
		{"我们的航班是十点的。", "", "点", "(after a number) o'clock"},
		// 冲 + a person + a verb: towards; at (sb).
		{"他冲我笑了笑。", "He smiled at me.", "冲", "(冲 + sb + verb) towards; at (sb)"},
		// 把 + a noun gse tags a verb (树) + the verb: the object marker.
		{"大风把树刮倒了。", "The strong wind blew the tree down.", "把", "(object marker) object before the verb"},
		// 叫 before a title or a quotation: to be called.
		{"这首歌叫《朋友》。", "", "叫", "to be called"},
		{"我们上周发布了一个叫“真心话”的功能。", "", "叫", "to be called"},
		// number + 点 + number + a unit measured: the decimal point
		// (三点五分 is a time).
		{"我们走了三点五公里。", "", "点", "(math.) decimal point"},
		{"收入增长了二点五倍。", "", "点", "(math.) decimal point"},
		{"我们三点五分出发。", "", "点", "(after a number) o'clock"},
		// 一块 + a number (or 钱): one yuan.
		{"这种电一度一块二。", "", "一块", "(coll.) one yuan; a dollar"},
		{"一块钱就够了。", "", "一块", "(coll.) one yuan; a dollar"},
		// 其 before what it owns (a noun, a word describing one, 前 + an
		// amount) is the possessive whatever stands before; before a verb
		// (or a noun made a verb by 化) the object.
		{"新技术将推动其价格下降。", "", "其", glossQiOwner},
		{"我想和你讨论其潜在问题。", "", "其", glossQiOwner},
		{"他们没能实现其前两个目标。", "", "其", glossQiOwner},
		{"我们将其性能推向极限。", "", "其", glossQiOwner},
		{"我们不该将其拟人化。", "", "其", "it; him; them (literary object)"},
		{"公司要求其改正错误。", "", "其", "it; him; them (literary object)"},
		{"让其自由发展。", "", "其", "it; him; them (literary object)"},
		// 这块 after a topic, no noun after: aspect (这块蛋糕: a piece).
		{"我们在教育这块投入很多。", "", "块", glossKuaiArea},
		{"营销这块是他负责的。", "He's in charge of marketing.", "块", glossKuaiArea},
		// 把/被…给 + verb: the 给 that stresses (我把书给他: to give).
		{"我把作业给忘了。", "", "给", "(把/被…给 + verb) (emphasis)"},
		{"杯子被他给打碎了。", "", "给", "(把/被…给 + verb) (emphasis)"},
		{"他把钱都给花光了。", "", "给", "(把/被…给 + verb) (emphasis)"},
		{"把这个给老师。", "", "给", "to give"},
		// 这/那 + 点 + a noun: a small amount; adjective + 了 + 点: a bit.
		{"这点钱不够。", "", "点", "a small amount; a bit"},
		{"那点时间根本不够。", "", "点", "a small amount; a bit"},
		{"这点很重要。", "", "点", "point; dot; spot; speck"},
		{"这件衣服贵了点。", "", "点", "(verb + 点) a little; some"},
		{"你来得晚了点。", "", "点", "(verb + 点) a little; some"},
		// 那 before a frame (对…来说, 在…中/呢, 从): then; before a phrase
		// that is the predicate of 那 (跟我有关系, 比这个好, 对吗): that.
		{"那对你来说意味着什么？", "", "那", "then (in that case)"},
		{"那从哪儿开始？", "", "那", "then (in that case)"},
		{"那在这种情况下怎么办？", "", "那", "then (in that case)"},
		{"那什么时候开始？", "", "那", "then (in that case)"},
		// 可能 after 不/有/a degree closing the clause: possible; counted or
		// after an adjective and 的: possibility; before a verb: maybe.
		// 叫 + a pet's name cut into characters: to be called (狗叫了: to
		// call).
		{"这条狗叫旺财。", "", "叫", "to be called"},
		{"那只狗叫了一晚上。", "", "叫", "to call"},
		// 所 + verb: the relative particle (not "actually"); after 被/为:
		// the passive; after a number or 这: the classifier.
		{"这是我们所做的一切。", "", "所", "(所 + verb) what (sb does); that which"},
		{"正如你所说，这很难。", "As you said, this is hard.", "所", "(所 + verb) what (sb does); that which"},
		{"我们所知道的很有限。", "", "所", "(所 + verb) what (sb does); that which"},
		{"他被大家所喜爱。", "", "所", "(被/为…所 + verb) (passive)"},
		// 就 + 这个/这一/此 + a topic + a verb of discussing: concerning
		// (这个问题我就不说了, 就这个吧: not).
		{"我们就这个问题讨论了很久。", "", "就", "(就 + topic) concerning; with regard to"},
		{"他就这一点发表了看法。", "He gave his view on this point.", "就", "(就 + topic) concerning; with regard to"},
		{"我想就这个问题问您一下。", "", "就", "(就 + topic) concerning; with regard to"},
		{"这个问题我就不说了。", "", "就", "then; just; right away"},
		{"就这个吧。", "", "就", "then; just; right away"},
		{"这是不可能的。", "", "可能", "possible"},
		{"这很有可能。", "", "可能", "possible"},
		{"这种可能很小。", "", "可能", "possibility"},
		{"最大的可能是他忘了。", "", "可能", "possibility"},
	}
	checkFunctionGlosses(t, a, tests)
}

// TestConstructionSense checks the CC-CEDICT sense that a construction
// gloss names, by its start: 跟 in a comparison is "compared with".
func TestConstructionSense(t *testing.T) {
	a := analyzer(t)
	for _, tt := range []struct{ zh, en, word, sense string }{
		{"我的想法跟你的不太一样。", "", "跟", "compared with"},
		{"他跟他哥哥一样高。", "He is as tall as his brother.", "跟", "compared with"},
		{"我跟他一起去。", "", "跟", "with"},
		// 那 standing for a thing before its predicate: the pronoun.
		{"那是我的。", "", "那", "(pronoun) that"},
		{"那太好了！", "", "那", "(pronoun) that"},
		{"那很好。", "", "那", "(pronoun) that"},
		{"那本书很好看。", "", "那", "(specifier) that"},
		// 那 before a noun + 的 opening a question that is no topic going
		// on: still the specifier; 下面 after a noun: below.
		{"那本书的作者是谁？", "", "那", "(specifier) that"},
		{"那人是谁？", "", "那", "(specifier) that"},
		{"桌子下面有一只猫。", "", "下面", "below"},
		// 通过 as a verb: passing a law.
		{"议会通过这个计划了吗？", "", "通过", "to adopt"},
		// 一 + 束 counted: the measure word, not the surname Shu (choose.go).
		{"他送了我一束花。", "", "束", "classifier for bunches"},
		{"那对夫妻很恩爱。", "", "那", "(specifier) that"},
		{"这块蛋糕很好吃。", "", "块", "classifier for pieces"},
		{"那对吗？", "", "那", "(pronoun) that"},
		{"那跟我有什么关系？", "", "那", "(pronoun) that"},
		{"那比这个好。", "", "那", "(pronoun) that"},
		{"那在哪儿？", "", "那", "(pronoun) that"},
		{"那什么意思？", "", "那", "(pronoun) that"},
		{"他可能来。", "", "可能", "maybe"},
		{"这所学校很大。", "", "所", "classifier for houses"},
		// 才 between a span and how often: "only" (so seldom); 等了三个小时
		// 才来, with no count, stays "not until".
		{"他一年才回一次家。", "He only comes home once a year.", "才", "(before an expression of quantity) only"},
		{"我们一个星期才见一面。", "", "才", "(before an expression of quantity) only"},
		{"这种车三个月才保养一次。", "", "才", "(before an expression of quantity) only"},
		{"他等了三个小时才来。", "", "才", "then and only then"},
		// 到底 in a choice asked (A 还是 B), with no question mark; 到底还是
		// "in the end … still" is not a question.
		{"你到底是学生还是老师,说清楚。", "", "到底", "after all"},
		{"他到底是喜欢你还是喜欢她,谁也不知道。", "Nobody knows whether he likes you or her, after all.", "到底", "after all"},
		{"他到底还是来了。", "", "到底", "finally"},
		// A 跟 B (长得)像: the two compared; 跟 + sb + verb stays "with".
		{"我跟我姐长得很像。", "My sister and I look very alike.", "跟", "compared with"},
		{"他跟他爸一点都不像。", "", "跟", "compared with"},
		{"她跟朋友去看电影了。", "", "跟", "with"},
		// 总不能, 总不会 "surely (not)"; 总会 "sooner or later"; 总 + verb
		// stays "always".
		{"总不能让孩子一个人在家吧。", "We can't very well leave the kid home alone.", "总", "surely"},
		{"你总不会不知道吧。", "", "总", "surely"},
		{"别急,总会有办法的。", "", "总", "anyway; after all"},
		{"他总迟到。", "He is always late.", "总", "in every case; always"},
		// A proposal + 怎么样: "how about?"; 你最近怎么样, 考得怎么样, 你觉得
		// 怎么样 ask "how?".
		{"明天我们去爬山怎么样?", "How about we go hiking tomorrow?", "怎么样", "how about?"},
		{"周末一起吃火锅怎么样?", "", "怎么样", "how about?"},
		{"你最近怎么样?", "How have you been lately?", "怎么样", "how?"},
		{"你觉得这件衣服怎么样?", "", "怎么样", "how?"},
		{"他考得怎么样?", "", "怎么样", "how?"},
		// 人家 where the speaker also says 我 is someone else, whatever "I"
		// the English says; 人家不想去嘛 alone may be the coy "I".
		{"人家明明没做错,我还骂了他。", "He clearly did nothing wrong, and I still scolded him.", "人家", "other people"},
		{"人家早就告诉我了,我没听。", "I was told long ago, but I did not listen.", "人家", "other people"},
		{"人家不想去嘛。", "I just don't want to go.", "人家", "I, me"},
		// A verb that moves a time, then the new time: 到 "to (a time)".
		{"明天的会改到下午三点了。", "Tomorrow's meeting has been moved to 3 pm.", "到", "to (a place); until (a time)"},
		{"航班推迟到下周一。", "", "到", "to (a place); until (a time)"},
		{"聚会提前到周五了。", "", "到", "to (a place); until (a time)"},
		// 得直 + verb, 直摇头: on and on; 这条路很直 stays "straight".
		{"孩子冻得直哆嗦。", "The child was shivering with cold.", "直", "(indicates continuing motion or action)"},
		{"她急得直跺脚。", "", "直", "(indicates continuing motion or action)"},
		{"他听了直摇头。", "", "直", "(indicates continuing motion or action)"},
		{"这条路很直。", "The road is very straight.", "直", "straight"},
		// 上 (了) + a span + a course: attending; 上了一辆公共汽车 climbs.
		{"我上了半年的英语培训班。", "I attended an English training course for half a year.", "上", "to attend (class or university)"},
		{"她去上了两年的补习班。", "", "上", "to attend (class or university)"},
		{"他上了一辆公共汽车。", "", "上", "to climb; to get onto"},
		// 被/把 … 请 + where to go: "to ask"; 请进来吧 stays "please".
		{"他被保安请出去了。", "He was asked to leave by security.", "请", "to ask"},
		{"服务员把客人请进来了。", "", "请", "to ask"},
		{"请进来吧。", "Please come in.", "请", "please"},
		// 等 + what happens + 再 + verb in one clause: "to wait for"; with a
		// comma and no 再, "by the time; when".
		{"等他来了再说。", "Let's talk about it when he comes.", "等", "to wait for"},
		{"我们等雨停了再走。", "We'll leave when the rain stops.", "等", "to wait for"},
		{"等孩子睡着了再打电话吧。", "Call after the kid falls asleep.", "等", "to wait for"},
		{"等你到了北京,给我打个电话。", "When you get to Beijing, give me a call.", "等", "by the time; when; till"},
		// 好 after a one-character verb, before a time agreed or the end of
		// the clause: the verb done (关 chosen "to close", its first sense
		// "mountain pass"); 很好, 心好 stay "good".
		{"我们约好明天下午见面。", "We agreed to meet tomorrow afternoon.", "好", "(verb complement indicating completion)"},
		{"我们约好明天下午见面。", "", "好", "(verb complement indicating completion)"},
		{"你出门前把窗户关好。", "Close the windows before you go out.", "好", "(verb complement indicating completion)"},
		{"你把门关好。", "Shut the door properly.", "好", "(verb complement indicating completion)"},
		{"他对我很好。", "He is very good to me.", "好", "good"},
		{"这个人心好。", "", "好", "good"},
		// 给 before 的: what is given; 给 + a person described by 的 + a
		// verb: the one it is done for (你给我的书丢了: a thing, "to give").
		{"公司给的工资太低了。", "The salary the company pays is too low.", "给", "to give"},
		{"你给的钱不够。", "", "给", "to give"},
		{"她每个月给老家的父母寄钱。", "Every month she sends money to her parents back home.", "给", "for"},
		{"我给楼上的邻居送了点水果。", "", "给", "for"},
		{"你给隔壁的王阿姨打个电话。", "Give Auntie Wang next door a call.", "给", "for"},
		{"你给我的书丢了。", "The book you gave me is lost.", "给", "to give"},
		{"他给我的老师很多帮助。", "", "给", "to give"},
		{"这是给你的。", "This is for you.", "给", "for"},
		// A measure word after a verb (and its 了) before a common noun
		// whose CL note does not name it: 一 left out (倒进瓶里: a locative).
		{"你去楼下买瓶酱油吧。", "Go downstairs and buy a bottle of soy sauce.", "瓶", "classifier for wine and liquids"},
		{"他回家时带了瓶醋。", "", "瓶", "classifier for wine and liquids"},
		{"把水倒进瓶里。", "Pour the water into the bottle.", "瓶", "bottle"},
		// 下来 after a verb of keeping on or keeping: lasted until now.
		{"你是怎么坚持下来的？", "How did you keep it up?", "下来", "(indicates continuation from the past towards us)"},
		{"这个传统是从古代流传下来的。", "", "下来", "(indicates continuation from the past towards us)"},
		{"那段日子太苦了，不过我们都熬了下来。", "", "下来", "(indicates continuation from the past towards us)"},
		{"你把课文背下来。", "", "下来", "(completed action marker)"},
		// 住 after a verb of one character and 得/不: the complement.
		{"这个价格守得住吗？", "Can this price hold?", "住", "(result complement indicating firmness"},
		{"你抓得住这个机会吗？", "", "住", "(result complement indicating firmness"},
		{"这么好的员工，我们留得住吗？", "", "住", "(result complement indicating firmness"},
		{"他住不惯城里。", "", "住", "to live"},
		{"他现在不住这里了。", "He doesn't live here any more.", "住", "to live"},
		// 拿 + what is treated + a verb of treating: like 把.
		{"别拿我开玩笑。", "Don't make fun of me.", "拿", "(used in the same way as 把"},
		{"他总拿弟弟出气。", "", "拿", "(used in the same way as 把"},
		{"别拿健康开玩笑。", "Don't joke about your health.", "拿", "(used in the same way as 把"},
		{"别拿他当小孩。", "", "拿", "(used in the same way as 把"},
		{"他拿钱买了一本书。", "He took the money and bought a book.", "拿", "to take"},
		// After 每, 这 or 整 a measure word counts, its noun left out before
		// an adverb; 整 before it is "whole".
		{"他的演唱会我每场都去。", "I go to every one of his concerts.", "场", "classifier for sporting or recreational activities"},
		{"这套书每本都很好看。", "", "本", "classifier for books"},
		{"整批产品都有问题。", "", "批", "classifier for batches"},
		{"整批产品都有问题。", "", "整", "(bound form) whole"},
		{"我整晚没睡。", "", "整", "(bound form) whole"},
		// 到 between a verb or an adjective and what it came to: until.
		{"孩子哭到睡着了。", "", "到", "to (a place); until (a time); up to (a point)"},
		{"他忙到忘了吃饭。", "He was so busy he forgot to eat.", "到", "to (a place); until (a time); up to (a point)"},
		{"我们走到门口。", "", "到", "(verb complement indicating arriving"},
		// 好 after 不, 还 or a degree, before a verb closing its clause:
		// "easy to", whatever "good" the English says of another word.
		{"这个问题不好回答。", "This question is not easy to answer.", "好", "(before a verb) easy to"},
		{"这种人才不好招，好人才更难留。", "Talent like this is hard to hire, and good talent is harder to keep.", "好", "(before a verb) easy to"},
		{"这个软件还好用吗？", "", "好", "(before a verb) easy to"},
		{"这个软件很好用。", "This software is easy to use.", "好", "(before a verb) easy to"},
		// 呗 closing advice after 就/别 + verb: "should only or can only be
		// done a certain way"; a shrug (X就X呗, 随便呗) keeps the first sense.
		{"不想去就别去呗。", "If you don't want to go, then don't.", "呗", "modal particle indicating that things should only"},
		{"你不会就问老师呗。", "", "呗", "modal particle indicating that things should only"},
		{"没钱就少买点呗。", "", "呗", "modal particle indicating that things should only"},
		{"他不来就不来呗。", "", "呗", "modal particle indicating lack of enthusiasm"},
		{"随便呗。", "", "呗", "modal particle indicating lack of enthusiasm"},
		{"那就这样呗。", "", "呗", "modal particle indicating lack of enthusiasm"},
		// A clause that is its verb (an adverb or 你 before it): the one
		// thing to do; a reply word keeps the shrug.
		{"还能怎么样，等着呗。", "What else can we do? Just wait.", "呗", "modal particle indicating that things should only"},
		{"你去问他呗。", "", "呗", "modal particle indicating that things should only"},
		{"钱不够就再攒攒呗。", "", "呗", "modal particle indicating that things should only"},
		{"行呗，听你的。", "", "呗", "modal particle indicating lack of enthusiasm"},
		{"好呗。", "", "呗", "modal particle indicating lack of enthusiasm"},
		// 双 after a demonstrative, its noun left out: a pair.
		{"我要那双。", "", "双", "pair"},
		{"鞋我买了，就是昨天看的那双。", "", "双", "pair"},
		// More measure words after a verb, 一 left out: 本, 口, 支, 封, 部,
		// 篇, 台, 间, 句 (口 counting people is not a mouthful).
		{"他买了本书。", "He bought a book.", "本", "classifier for books"},
		{"你喝口汤。", "Have a sip of soup.", "口", "classifier for bites or mouthfuls"},
		{"他抽了支烟。", "", "支", "classifier for rods"},
		{"我抽根烟再走。", "", "根", "classifier for long slender objects"},
		{"他给妈妈写了封信。", "", "封", "classifier for sealed objects"},
		{"我们看部电影吧。", "Let's watch a film.", "部", "classifier for works of literature"},
		{"我们租了间房子。", "", "间", "classifier for rooms"},
		{"他买了台电脑。", "", "台", "classifier for vehicles or machines"},
		{"我们村一共才三百来口人。", "", "口", "classifier for things with mouths"},
		{"我本想去。", "", "本", "originally"},
		// 下来 after an adjective: the state reached.
		{"你先冷静下来。", "Calm down first.", "下来", "(completed action marker)"},
		{"天慢慢黑下来了。", "", "下来", "(completed action marker)"},
		// 点 after a verb and 了 before what is eaten or 什么: "a bit".
		{"我给你带了点吃的。", "I brought you something to eat.", "点", "a small amount"},
		{"你吃了点什么？", "", "点", "a small amount"},
		// 口 counted after a verb of the mouth: a mouthful; before an
		// adverb after a number the measure word counts all the same.
		{"我喝了两口就不喝了。", "", "口", "classifier for bites or mouthfuls"},
		{"我家有五口人。", "", "口", "classifier for things with mouths"},
		{"这篇文章我写了两行就写不下去了。", "", "行", "classifier for rows or lines"},
		// 给 + a pronoun + a verb of seeing, tasting, trying: "to allow".
		{"给我看看你的照片。", "Let me see your photos.", "给", "to allow"},
		{"你给他尝一口。", "", "给", "to allow"},
		{"给我用一下你的手机。", "", "给", "to allow"},
		{"我给你买了一件衣服。", "I bought you a piece of clothing.", "给", "for"},
		// 上 closing the clause after a verb gse tags zg: the complement.
		{"你把外套披上。", "", "上", "(directional complement)"}, // (穿上 "to put on", 闭上 "to close" are one word)
		{"你把嘴捂上。", "", "上", "(directional complement)"},
	} {
		toks := a.Analyze(tt.zh, tt.en)
		tok, ok := goldLikeToken(toks, tt.word, 1)
		if !ok || tok.Sense < 0 || !strings.HasPrefix(tok.Senses[tok.Sense], tt.sense) {
			t.Errorf("%s: %s = %q (Sense %d), want %q…: %s", tt.zh, tt.word, tok.Gloss, tok.Sense, tt.sense, render(toks))
		}
	}
}

// TestRoleAfterNamedSubject: 当 + a role after a kinship word or a name,
// its subject, with no 时/的时候 after it, is "to act as" whatever "has
// been" the English says (construction.go roleAfterSubject).
func TestRoleAfterNamedSubject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"小李当经理快五年了。", "Xiao Li has been a manager for almost five years.", "当", "(当 + role)"},
		{"老王当司机很多年了。", "Lao Wang has been a driver for many years.", "当", "(当 + role)"},
		{"爸爸当时不在家。", "", "当时", "then"}, // guard
	})
}

// TestMakeFeelPastDegree: 让, a person (您 too, which gse tags zg), then
// any degree adverb grades the feeling 让 brings about: "to make (sb
// feel …)" (让您最满意, 让我们相当失望); 让我们早点回家 lets.
func TestMakeFeelPastDegree(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"哪道菜让您最满意？", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"这个消息让我们相当失望。", "", "让", "(让 + sb + feeling) to make (sb feel …)"},
		{"让我们早点回家吧。", "", "让", "to let; to make; to have sb do sth"}, // guard
	})
}

// TestPieceForGivenPerson: 一块 after the person a verb gives to, before a
// description closed by 的 and its noun, counts that noun, "a piece" (送了
// 我一块刚出炉的面包); after 跟 or a subject it is "together" (我跟他一块
// 吃的饭, 我们一块去吧).
func TestPieceForGivenPerson(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"她送了我一块刚出炉的面包。", "", "一块", "a piece; a chunk"},
		{"我跟他一块吃的饭。", "", "一块", "together; in company"}, // guard
		{"我们一块去吧。", "", "一块", "together; in company"},   // guard
	})
}
