package zh

import "testing"

// Content words whose sense what the verb acts on decides: a person, a
// thing, money, a vehicle, a noun that names a sense's bracket, or no
// object at all.

// TestPersonObject: a verb whose sense's brackets ask for a person,
// "(sb)", takes that sense where a person is its object (after it, or
// 把's); where the person goes somewhere after it, "to accompany".
// A thing after the person is given or sent.
func TestPersonObject(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"明天早上我去机场送你。", "送", "to see (sb) off"},
		{"我们去火车站送朋友。", "送", "to see (sb) off"},
		{"我送你到门口吧。", "送", "to accompany"},
		{"他每天早上送孩子去学校。", "送", "to accompany"},
		{"我开车送你回家。", "送", "to accompany"},
		{"他把我们送到了酒店。", "送", "to accompany"},
		{"有什么事别瞒着我。", "瞒", "to keep (sb) in the dark"},
		{"他们把他关起来了。", "关", "to confine; to lock (sb) up"},
		{"我把包裹送到了你家。", "送", "to send"},               // guard: a thing
		{"我想送你一个礼物。", "送", "to give (as a present)"}, // guard: a thing after the person
		{"出门前把窗户关好。", "关", "to close"},               // guard
	})
}

// TestGiving: a person and then a thing after 送 is what it gives, "to
// give (as a present)"; the person's 的 owns the thing.
func TestGiving(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"他送了我一本书。", "送", "to give (as a present)"},
		{"我生日那天她送我一束花。", "送", "to give (as a present)"},
		{"我送你到门口吧。", "送", "to accompany"}, // guard: a person going
	})
}

// TestPersonAfterNoun: a person right after a word whose usual sense is a
// noun and whose first is a verb is its object, and a noun takes none:
// 卡 "to stop; to block" (not learner.txt's "card"); after a measure word
// it stays the noun, the topic (这张卡你拿着).
func TestPersonAfterNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"签证的事卡了我们两个月。", "", "卡", "to stop"},
		{"这一步总是卡我。", "", "卡", "to stop"},
		{"这张卡你先拿着。", "", "卡", "(loanword) card"}, // guard
		{"我的卡找不到了。", "", "卡", "(loanword) card"}, // guard
	})
}

// TestVisitPerson: a character with a sense "to visit" after a verb of
// going (a place may stand between) and before a person is that sense.
func TestVisitPerson(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"周末我们去看爷爷奶奶吧。", "", "看", "to visit"},
		{"他生病了,我们明天去医院看他。", "", "看", "to visit"},
		{"我每年都回老家看他们。", "", "看", "to visit"},
		{"你看我干什么?", "", "看", "to see"},  // guard: no going
		{"我们去看电影吧。", "", "看", "to see"}, // guard: no person
	})
}

// TestCallOn: 找 before a person and what one goes to them to do (talk,
// ask) is "to call on sb", not "to try to find".
func TestCallOn(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我明天找他谈谈。", "", "找", "to call on sb"},
		{"你去找老师问问吧。", "", "找", "to call on sb"},
		{"有什么事就找我商量。", "If anything comes up, come and talk it over with me.", "找", "to call on sb"},
		{"我找过他们两次说这件事。", "", "找", "to try to find"}, // guard: no verb right after the person
		{"有人找你。", "", "找", "to try to find"},        // guard
		{"我找了他半天也没找到。", "", "找", "to try to find"},  // guard
	})
}

// TestGiveChange: a person and money after it make 找 "to give change";
// without money it is looking for someone.
func TestGiveChange(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"找您五块钱。", "", "找", "to give change"},
		{"一共二十五,给您三十,找我五块。", "", "找", "to give change"},
		{"老板,你还没找我钱呢。", "", "找", "to give change"},
		{"我找你有事。", "", "找", "to try to find"},  // guard
		{"我找你三天了。", "", "找", "to try to find"}, // guard: no money
	})
}

// TestCoax: a character first "to deceive" with a later "to coax" is that
// where it has no object of its own: one deceives someone, but soothes a
// child with nothing after.
func TestCoax(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"宝宝哭个不停，我抱着哄了半天。", "", "哄", "to coax"},
		{"孩子半夜醒了，你只能抱着哄。", "", "哄", "to coax"},
		{"你别哄我了。", "", "哄", "to deceive"}, // guard: its object
		{"他被哄了。", "", "哄", "to deceive"},  // guard: done to him
	})
}

// TestThingMoved: 搬 with a thing for object (把's, or after it) is "to
// move (sth relatively heavy or bulky)", with the English's "move" too;
// without one it relocates oneself.
func TestThingMoved(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你帮我把这个箱子搬上楼吧。", "", "搬", "to move (sth relatively heavy or bulky)"},
		{"工人们正在搬家具。", "", "搬", "to move (sth relatively heavy or bulky)"},
		{"我们把沙发搬到客厅里吧。", "Let's move the sofa into the living room.", "搬", "to move (sth relatively heavy or bulky)"},
		{"他们下个月搬到上海。", "They are moving to Shanghai next month.", "搬", "to move (i.e. relocate oneself)"}, // guard
	})
}

// TestVehicleBefore: a vehicle before the verb that is its object (把's,
// or the topic put somewhere) chooses the sense whose brackets name it,
// "to park (a car)"; a vehicle that only stops keeps "to stop".
func TestVehicleBefore(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"我把车停在楼下了。", "停", "to park (a car)"},
		{"你把车停到那边去吧。", "停", "to park (a car)"},
		{"他的车停在门口。", "停", "to park (a car)"},
		{"公共汽车停了。", "停", "to stop"}, // guard
		{"雨停了。", "停", "to stop"},    // guard
	})
}

// TestInTimeForVehicle: a vehicle as the object of a word with a sense
// "in time for" (赶上) is caught in time; a person or a time is kept up
// with or met.
func TestInTimeForVehicle(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我差点没赶上火车。", "", "赶上", "in time for"},
		{"他终于赶上了末班车。", "", "赶上", "in time for"},
		{"路上堵车,我差点儿没赶上飞机。", "There was a jam and I nearly missed my flight.", "赶上", "in time for"},
		{"他学习很努力,很快就赶上了其他同学。", "", "赶上", "to keep up with"}, // guard: a person
	})
}

// TestDrivenPastAdjective: a vehicle one drives is 开's object also with an
// adjective before it (开大货车, 开新车), and the object of the same verb
// or of 把 before it, the adjective between (开大卡车开了二十年, 把旧车开到
// 门口): "to operate", not "to open" nor a vehicle's "to start".
func TestDrivenPastAdjective(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我爸开大卡车开了二十年。", "", "开", "to turn on; to put in operation; to operate"},
		{"她开新车去上班了。", "", "开", "to turn on; to put in operation; to operate"},
		{"你把旧车开到门口来。", "", "开", "to turn on; to put in operation; to operate"},
		{"他开大货车跑长途。", "He drives big trucks on long hauls.", "开", "to turn on; to put in operation; to operate"},
		{"这车开了十年了。", "", "开", "to turn on; to put in operation; to operate"},
		{"这辆车开了三万公里。", "", "开", "to turn on; to put in operation; to operate"},
		{"火车快开了。", "", "开", "(of ships, vehicles, troops etc) to start"}, // guard: leaving
		{"他开大门让我们进去。", "", "开", "to open"},                               // guard: no vehicle
	})
}

// TestSwitchPastDuration: how long may stand between 开 and the machine it
// switches on (开了一个夏天的空调): "to turn on", as with 开着空调.
func TestSwitchPastDuration(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"开了一个夏天的空调，电费贵死了。", "", "开", "to turn on"},
		{"昨晚开了一晚上空调，早上起来嗓子疼。", "", "开", "to turn on"},
		{"他开了三个小时空调，屋里还是很热。", "", "开", "to turn on"},
		{"我们家开了一整天电视，也没人看。", "", "开", "to turn on"},
		{"他开了三天会。", "", "开", "(开…会)"},  // guard: no machine
		{"你开一下门。", "", "开", "to open"}, // guard
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

// TestRewardObject: pay or a prize as the object of 拿 or 发 (after it, or
// the topic before it) makes them "to take" and "to issue": one takes one's
// pay and prize, and they are issued. 拿着 holds; a message is sent.
func TestRewardObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他去年拿了全国冠军。", "He won the national championship last year.", "拿", "to take"},
		{"她每个月拿八千块工资。", "She makes eight thousand a month.", "拿", "to take"},
		{"他读书的时候年年拿奖学金。", "", "拿", "to take"},
		{"我们公司今年拿了好几个奖。", "", "拿", "to take"},
		{"公司这个月还没发工资。", "The company hasn't paid us this month yet.", "发", "to issue"},
		{"年底公司会发奖金。", "", "发", "to issue"},
		{"工资每个月十号发。", "Wages are paid on the tenth of every month.", "发", "to issue"},
		{"奖金已经发下来了。", "", "发", "to issue"},
		{"他手里拿着一张奖状。", "He's holding a certificate.", "拿", "to hold"}, // guard: 着
		{"他拿了一本书。", "", "拿", "to take"},                               // guard (learner.txt: "to take")
		{"就拿工资来说吧。", "", "拿", "(拿…来说)"},                               // guard: the example
		{"我们每个月十号领工资。", "", "领", "to receive"},
		{"他们去年赢了冠军。", "", "赢", "to win"},
		{"他领着孩子去公园了。", "", "领", "to lead"},                         // guard
		{"我给你发了一封邮件。", "I sent you an email.", "发", "to send out"}, // guard
		{"他刚发了一条消息。", "", "发", "to send out"},                      // guard
	})
}

// TestMakeOrBeObject: the head of 做's object decides between learner.txt's
// "to do" and the senses the object asks for: a trade or a role one is
// (会计 "accountant") "(of a person) to be"; a thing made (软件 "software",
// 家具 "furniture") "to make". A verb after the nouns makes them a
// compound's modifiers: 做电池回收的 does.
func TestMakeOrBeObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"她在银行做会计。", "She works as an accountant at a bank.", "做", "(of a person) to be"},
		{"她在银行做会计。", "", "做", "(of a person) to be"},
		{"他大学毕业以后一直做老师。", "", "做", "(of a person) to be"},
		{"他以后想做律师。", "He wants to be a lawyer someday.", "做", "(of a person) to be"},
		{"她在一家公司做秘书。", "", "做", "(of a person) to be"},
		{"我们公司是做手机软件的。", "", "做", "to make"},
		{"这家工厂做家具。", "", "做", "to make"},
		{"他们做了一个新网站。", "", "做", "to make"},
		{"他在做作业。", "", "做", "to do"},       // guard
		{"我们做了一个实验。", "", "做", "to do"},    // guard
		{"你做葡萄酒生意多少年了？", "", "做", "to do"}, // guard: 生意 heads the object
		{"他们是做电池回收的。", "", "做", "to do"},   // guard: a verb after the noun
		{"他们是做城市规划的。", "", "做", "to do"},   // guard
	})
}

// TestEatenMeal: what one eats (after 吃, or 吃 and a measure word of
// meals) is the meal, the dictionary's first sense, not learner.txt's
// figurative one.
func TestEatenMeal(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"走，去我家吃顿家常便饭。", "", "家常便饭", "simple home-style meal"},
		{"今晚就在家吃家常便饭吧。", "", "家常便饭", "simple home-style meal"},
		{"加班对他来说是家常便饭。", "", "家常便饭", "common occurrence"}, // guard
	})
}

// TestSqueezeSense: 挤 with what is pressed or pressed out its object (痘痘,
// 脚, 柠檬汁) is "to press; to squeeze", not the first "to crowd in", which
// a crowd or a train keeps.
func TestSqueezeSense(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他在镜子前挤痘痘。", "", "挤", "to press"},
		{"这双鞋有点挤脚。", "", "挤", "to press"},
		{"新买的皮鞋穿着挤脚。", "The new leather shoes pinch when I wear them.", "挤", "to press"},
		{"往鱼上挤点柠檬汁。", "", "挤", "to press"},
		{"每天挤地铁上班太累了。", "", "挤", "to crowd in"}, // guard
		{"车上人太多了，别挤了。", "", "挤", "to crowd in"}, // guard
	})
}

// TestReturnPurchase: 退 after a modal, or before its object, gives a thing
// back ("to reject; to return (sth)"); with neither it retreats.
func TestReturnPurchase(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这张票不能退。", "", "退", "to reject; to return (sth)"},
		{"衣服买大了，能退吗？", "", "退", "to reject; to return (sth)"},
		{"我想退这双鞋。", "", "退", "to reject; to return (sth)"},
		{"打折的东西不能退也不能换。", "Sale items can't be returned or exchanged.", "退", "to reject; to return (sth)"},
		{"敌人退了。", "", "退", "to retreat"},        // guard
		{"退一步说，这也不是坏事。", "", "退", "to retreat"}, // guard
	})
}

// TestUseTool: 使 with no one after it to be made to do anything (doubled,
// before 一下 or an aspect particle, closing its clause) is "to use"; 使 +
// person + verb stays the causative.
func TestUseTool(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你的笔借我使使。", "", "使", "to use"},
		{"你的手机借我使一下。", "", "使", "to use"},
		{"这把刀你先使着。", "", "使", "to use"},
		{"剪刀借我使使行吗？", "Can I borrow the scissors for a sec?", "使", "to use"},
		{"他的话使我很生气。", "", "使", "(使 + sb + verb)"}, // guard
	})
}

// TestVentAnger: anger let out on someone (把气撒在…身上, 有火别往我身上撒)
// is 撒 sa1 "to give expression to", not "to let go".
func TestVentAnger(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他在公司受了气，回家就把气撒在孩子身上。", "", "撒", "to give expression to"},
		{"他在公司受了气，回家就把气撒在孩子身上。", "He got pushed around at work and took it out on his kid at home.", "撒", "to give expression to"},
		{"你有火别往我身上撒。", "", "撒", "to give expression to"},
		{"老板心情不好，把火全撒到我们头上了。", "", "撒", "to give expression to"},
		{"在汤里撒点盐。", "Sprinkle some salt in the soup.", "撒", "to sprinkle"}, // guard
	})
}

// TestEndureThrough: 熬 before what it gets through (a person it wears
// down, a complement of getting through, how long with no dish before it)
// is "to endure"; before a dish, or after one, it cooks.
func TestEndureThrough(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"带孩子真熬人。", "Looking after kids really wears you out.", "熬", "to endure"},
		{"这份工作特别熬人，天天加班。", "", "熬", "to endure"},
		{"最难的那几年总算熬过去了。", "", "熬", "to endure"},
		{"再熬两个月就毕业了。", "", "熬", "to endure"},
		{"他实在熬不住了，就睡了。", "", "熬", "to endure"},
		{"妈妈在厨房熬粥。", "", "熬", "to cook on a slow fire"},   // guard
		{"这锅汤熬了三个小时。", "", "熬", "to cook on a slow fire"}, // guard: a dish before it
	})
}

// TestLineOfWork: 搞 with a line of work its object is "to go in for",
// whatever "make" the English says of another verb; 搞清楚 keeps "to do".
func TestLineOfWork(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我是搞技术的。", "", "搞", "to go in for"},
		{"她在大学搞研究。", "", "搞", "to go in for"},
		{"你原来在北京搞设计，怎么跑来做咖啡了？", "You used to be in design in Beijing; how come you ended up making coffee?", "搞", "to go in for"},
		{"这事你得搞清楚。", "", "搞", "to do"}, // guard
	})
}

// TestSunDried: 晒 with a thing put out in the sun (a noun its object, or
// 把's object earlier in its clause) is "to dry (clothes, grain etc) in
// the sun"; the sun named before it, or 晒太阳, keep theirs.
func TestSunDried(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"把被子拿出去晒晒。", "", "晒", "to dry (clothes, grain etc) in the sun"},
		{"今天太阳好，晒晒被子吧。", "", "晒", "to dry (clothes, grain etc) in the sun"},
		{"奶奶在院子里晒辣椒。", "", "晒", "to dry (clothes, grain etc) in the sun"},
		{"太阳把我晒得头晕。", "", "晒", "(of the sun) to shine on"},     // guard
		{"周末带爸妈去海边晒晒太阳。", "", "晒", "(of the sun) to shine on"}, // guard: 晒 晒太阳
	})
}

// TestPostedOnline: 晒, 转 and 喷 where the clause puts them online (an
// online place before or after, or for 晒 a photo its object) are what
// one does online; 晒 in the sun, 转 at a crossing keep theirs.
func TestPostedOnline(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"她天天在朋友圈晒孩子。", "", "晒", "(fig.) to expose and share"},
		{"他把新车的照片晒到了朋友圈。", "", "晒", "(fig.) to expose and share"},
		{"她在微博上晒了自己的工资条。", "", "晒", "(fig.) to expose and share"},
		{"晒完照片大家都在点赞。", "She posted the photos and everyone liked them.", "晒", "(fig.) to expose and share"},
		{"这篇文章我转到群里了。", "", "转", "(Internet) to share"},
		{"他在网上转了很多假新闻。", "", "转", "(Internet) to share"},
		{"有人在网上喷他。", "", "喷", "(slang) to criticize scathingly"},
		{"衣服晒在阳台上了。", "", "晒", "to dry (clothes"},         // guard
		{"夏天晒得太黑了。", "", "晒", "(of the sun) to shine on"}, // guard
		{"他踩了我一脚。", "", "踩", "to step on"},                // guard
	})
}

// TestPassedOn: 转 passing something on (money after it, past a person;
// a go-between before it: 靠, 通过, 用 + 微信/支付宝) is "to transfer";
// turning keeps "to turn".
func TestPassedOn(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你先转五百块钱过来。", "", "转", "to transfer"},
		{"我微信转你两百。", "", "转", "to transfer"},
		{"工地上手机没信号，话都靠对讲机转。", "", "转", "to transfer"},
		{"房租用支付宝转就行。", "Just pay the rent by Alipay transfer.", "转", "to transfer"},
		{"他转过身来看着我。", "", "转", "to turn"},   // guard
		{"你用手转一下这个轮子。", "", "转", "to turn"}, // guard
	})
}

// TestScrolledAndSent: 刷 through a feed or videos on a phone is "to
// scroll on (a phone)" (onlineSense); money 把's object of 转 is
// transferred (transferSense).
func TestScrolledAndSent(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他每天都要刷朋友圈。", "", "刷", "to scroll on (a phone)"},
		{"我刷了一晚上短视频。", "", "刷", "to scroll on (a phone)"},
		{"我帮你把钱转过去。", "", "转", "to transfer"},
		{"你把身子转过去。", "", "转", "to turn"}, // guard
	})
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

// TestPhotoNamed: 照片 "photograph" names the "(a photo)" of 拍's and
// 照's "to take (a photo)" (a clipped synonym, clippedSynonym); light
// shining stays "to shine".
func TestPhotoNamed(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们在海边拍了好多照片。", "", "拍", "to take (a photo)"},
		{"你帮我拍张照片吧。", "", "拍", "to take (a photo)"},
		{"她用相机照了几张照片。", "", "照", "to take (a photo)"},
		{"他拍了拍我的肩膀。", "", "拍", "to pat"},    // guard
		{"太阳照在身上很暖和。", "", "照", "to shine"}, // guard
	})
}

// TestClippedGlossWord: a noun whose gloss word is a clipped synonym of a
// sense's bracket word names it ("photo" names "(photographs)").
func TestClippedGlossWord(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"把这张合影洗出来吧。", "", "洗", "to develop (photographs)"},
		{"我想把那张合影洗出来挂在墙上。", "", "洗", "to develop (photographs)"},
		{"把这件衣服洗一下吧。", "", "洗", "to wash"}, // guard
	})
}

// TestNounBracketNames: a noun's own brackets say what kind of thing it is
// and name a verb's sense as its glosses do: 纪录片 "documentary (film or
// TV program)" names 拍 "to shoot (a film)".
func TestNounBracketNames(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他这几年一直在拍纪录片。", "", "拍", "to shoot (a film)"},
		{"你拍纪录片多久了？", "", "拍", "to shoot (a film)"},
		{"她想拍纪录片，不想拍广告。", "She wants to make documentaries, not ads.", "拍", "to shoot (a film)"},
		{"他拍了拍我的肩膀。", "", "拍", "to pat"}, // guard
	})
}

// TestNamedKind: a noun names a verb's bracket by its kind where neither
// its gloss nor WordNet's synonyms say the bracket's word (bracketKin: a
// video is shot as a film, a university attended as a school), and a noun
// gse tags a place (高中) names as a noun does.
func TestNamedKind(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他在拍视频。", "", "拍", "to shoot (a film)"},
		{"我们去拍个视频吧。", "", "拍", "to shoot (a film)"},
		{"她在北京念大学。", "", "念", "to attend (a school)"},
		{"我弟弟还在念高中。", "", "念", "to attend (a school)"},
		{"你把这首诗念一遍。", "", "念", "to read aloud"}, // guard
		{"他拍了拍我的肩膀。", "", "拍", "to pat"},        // guard
	})
}

// TestHurryNoObject: a verb first "to overtake" with no object (往南边赶,
// 不用赶) or before a complement of going (赶过去) hurries; 人 as its object
// is a person driven away (personAt counts 人).
func TestHurryNoObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"油菜花一开完我们就往南边赶。", "Once the rapeseed is done we head south.", "赶", "to hurry"},
		{"下了班他就往医院赶。", "", "赶", "to hurry"},
		{"你别着急，慢慢来，不用赶。", "", "赶", "to hurry"},
		{"听说他出事了，我马上赶过去。", "", "赶", "to hurry"},
		{"他们也不赶人，你想坐多久就坐多久。", "", "赶", "to drive (cattle etc) forward; to drive (sb) away"},
		{"我们店从来不赶客人。", "", "赶", "to drive (cattle etc) forward; to drive (sb) away"},       // guard
		{"我得赶八点的飞机。", "I have to catch the eight o'clock flight.", "赶", "to try to catch"}, // guard
		{"这个月我很忙。", "", "忙", "busy"},                                                       // guard: first an adjective
	})
}

// TestObjectlessSense: a first sense that takes an object (all its glosses
// end in a preposition: 乱动 "to fiddle with") gives way to the first later
// verb sense that takes none where the verb has no object (nothing after
// it, no 把, no noun but its subject before it in its clause); after a
// degree adverb a state of mind keeps its sense.
func TestObjectlessSense(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"小朋友上课的时候老是乱动。", "Kids keep fidgeting in class.", "乱动", "to move randomly"},
		{"打针的时候千万别乱动。", "", "乱动", "to move randomly"},
		{"孩子们一直在乱动。", "", "乱动", "to move randomly"},
		{"我的东西你别乱动。", "", "乱动", "to fiddle with"},            // guard: the object put first
		{"别乱动我电脑上的文件。", "", "乱动", "to fiddle with"},          // guard: an object
		{"我姐下个月生孩子，我们都很期待。", "", "期待", "to look forward to"}, // guard: a state after 很
	})
}

// TestPassiveHasObject: after 被 the verb's object is its subject, put
// first: objectlessSense does not make it a verb that takes none (他被车
// 撞了 "to knock against", not "to meet by accident").
func TestPassiveHasObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他被车撞了。", "", "撞", "to knock against"},
		{"我的自行车被一辆出租车撞了。", "", "撞", "to knock against"},
		{"孩子们一直在乱动。", "", "乱动", "to move randomly"}, // guard
	})
}

// TestLookedAfter: a child as the object of a character with a later
// sense "to look after" (带), taken nowhere after it, is looked after.
func TestLookedAfter(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		// (带孩子 "to look after a baby" is a headword, the unit a card
		// teaches: 小孩 keeps 带 a word of its own.)
		{"带小孩很累。", "", "带", "to look after"},
		{"她在家带小孩。", "", "带", "to look after"},
		{"奶奶帮我们带小孩。", "", "带", "to look after"},
		{"我带孩子去公园。", "", "带", "to bring"}, // guard: taken along
		{"你带伞了吗?", "", "带", "to bring"},   // guard: a thing
		// 带 with pupils its object, perhaps counted or after how
		// long (带了三年研究生, 带过很多学生, 带了两个徒弟), is taught and led: "to
		// look after" (the entry's "to lead; … to look after; to raise"), as with a
		// child; so is any object after years or months of it (带了五年中学英语).
		// Taken somewhere after it (带学生去参观) it stays "to bring".
		{"他带了三年研究生。", "", "带", "to look after"},
		{"王老师带过很多学生。", "", "带", "to look after"},
		{"师傅带了两个徒弟。", "", "带", "to look after"},
		{"她带了十几年学生，经验很丰富。", "She has taught students for over ten years and has a lot of experience.", "带", "to look after"},
		{"老张带新人很有耐心。", "", "带", "to look after"},
		{"她带了五年中学英语。", "", "带", "to look after"},
		{"他在体校带了八年少年足球。", "He coached youth football at a sports school for eight years.", "带", "to look after"},
		{"她带了五年中学英语，每年都收新学生。", "She has coached middle-school English for five years and takes on new students every year.", "带", "to look after"},
		{"这个包我带了三年。", "", "带", "to bring"},    // guard: no one led
		{"老师带学生去博物馆参观。", "", "带", "to bring"}, // guard: taken along
		{"他带了两个学生过来。", "", "带", "to bring"},   // guard
		{"你出门记得带伞。", "", "带", "to bring"},     // guard
	})
}

// TestShakeOutNeedsObject: a transitive "to shake out" takes what is
// shaken out; where 抖 has no object (抖个不停, 抖得厉害, closing its
// clause) the English "shaking" says the first sense, "to tremble". 把衣服抖
// 一抖 keeps "to shake out" where the English says it.
func TestShakeOutNeedsObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"猫吓得抖个不停。", "The cat was so scared it kept shaking.", "抖", "to tremble"},
		{"他的腿抖得厉害。", "His legs were shaking badly.", "抖", "to tremble"},
		{"我手一直在抖。", "My hands were shaking the whole time.", "抖", "to tremble"},
		{"狗在诊所里抖个不停。", "The dog shook nonstop at the clinic.", "抖", "to tremble"},
		{"把床单抖一抖再铺。", "Shake out the sheet before you spread it.", "抖", "to shake out"}, // guard: an object
		{"他抖了抖衣服上的雪。", "He shook the snow off his coat.", "抖", "to shake out"},          // guard
		// Where the English says only the verb of a phrasal
		// sense ("shake" of 抖 "to shake out") and the verb has no object, the
		// first sense the English says by a related word wins ("to tremble").
		{"一紧张我的手就抖。", "Whenever I get nervous my hands shake.", "抖", "to tremble"},
		{"他冷得腿一直在抖。", "He was so cold his legs kept shaking.", "抖", "to tremble"},
		{"说到这里，她的声音有点抖。", "Her voice shook a little when she got to that part.", "抖", "to tremble"},
		{"把毯子抖一抖再叠。", "Shake out the blanket before you fold it.", "抖", "to shake out"}, // guard
		{"她抖了抖衣服上的雪。", "She shook the snow off her coat.", "抖", "to shake out"},         // guard: an object
	})
}

// TestRummageThrough: 翻 with a container or records its object (手机,
// 包, 抽屉, 聊天记录), past 了, 一下, 半天 or whose, is "to rummage
// through": one searches them. 翻了个身, 翻一下书 keep their senses.
func TestRummageThrough(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他在翻我的手机。", "", "翻", "to rummage through"},
		{"她翻了半天包也没找到钥匙。", "", "翻", "to rummage through"},
		{"你翻翻抽屉，应该在里面。", "", "翻", "to rummage through"},
		{"我翻一下聊天记录。", "Let me go through the chat history.", "翻", "to rummage through"},
		{"等一下，我翻一下他的手机号。", "", "翻", "to rummage through"},
		{"我翻一下书。", "", "翻", "to turn over"},           // guard: pages
		{"他翻了个身又睡着了。", "", "翻", "(翻…身) to turn over"}, // guard
		// What is turned over until it comes out (翻出来, 翻出) was
		// searched for: "to rummage through", whatever the English says; 翻过来
		// and 翻书 turn over.
		{"把冬天的衣服翻出来吧。", "", "翻", "to rummage through"},
		{"他从抽屉里翻出一张旧照片。", "He dug an old photo out of the drawer.", "翻", "to rummage through"},
		{"我把去年的衣服都翻出来了。", "I dug out all of last year's clothes.", "翻", "to rummage through"},
		{"他翻了一下书。", "", "翻", "to turn over"}, // guard
	})
}

// TestMoneyVerb: a character with a later verb sense said of money ("to
// deduct (money)", "to advance (money)") is that where money is what it
// acts on: a sum after it, money after it, or money the topic before it.
func TestMoneyVerb(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"话费扣了一百多。", "", "扣", "to deduct (money)"},
		{"这个月工资被扣了五百块。", "My pay was docked five hundred this month.", "扣", "to deduct (money)"},
		{"迟到一次扣五十。", "", "扣", "to deduct (money)"},
		{"他们扣了我两百块钱。", "", "扣", "to deduct (money)"},
		{"我先帮你垫了一百。", "", "垫", "to advance (money)"},
		{"你把扣子扣好。", "", "扣", "to fasten"},     // guard: no money
		{"他在门口垫了一块砖。", "", "垫", "to pad out"}, // guard: 一块砖 is no sum
		// Money the topic of 扣, 一 right before the verb (…一扣
		// "once … are taken out"), and taxes, rent and a fee cut 水电 费 count as
		// money: "to deduct (money)", not "to fasten".
		{"房租、水电费一扣，工资就剩不下多少了。", "", "扣", "to deduct (money)"},
		{"税一扣，到手也就八千。", "", "扣", "to deduct (money)"},
		{"工资一扣就没剩多少了。", "", "扣", "to deduct (money)"},
		{"个税一扣，每月到手六千多。", "Once income tax is taken out, I take home a bit over six thousand a month.", "扣", "to deduct (money)"},
		{"你把扣子一扣就好了。", "", "扣", "to fasten"}, // guard
		{"门一扣就打不开了。", "", "扣", "to fasten"},  // guard
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
		// What goes wrong is 出's object past a quantity
		// too (出了很多问题, 出了不少毛病): "to arise; to occur", nobody goes out;
		// what one puts out past a quantity keeps its phrase.
		{"这台机器最近出了好多毛病。", "", "出", "to arise; to occur"},
		{"项目一开始就出了很多问题。", "", "出", "to arise; to occur"},
		{"新系统上线后出了一些错误。", "", "出", "to arise; to occur"},
		{"他为这个项目出了很多力。", "", "出", "(出…力) to exert oneself"}, // guard
		{"跑完步他出了很多汗。", "", "出", "(出…汗) to perspire"},        // guard
	})
}

// TestRawFood: food bought, grown, washed or cut is raw, 菜's first sense
// "vegetable; greens"; ordered, made or eaten it is learner.go's usual
// "dish (of food)".
func TestRawFood(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"下班顺路去超市买点菜。", "", "菜", "vegetable"},
		{"奶奶在院子里种了很多菜。", "", "菜", "vegetable"},
		{"你先把菜洗一下。", "", "菜", "vegetable"},
		{"这家饭馆的菜很好吃。", "", "菜", "dish (of food)"}, // guard
		{"我们点了四个菜。", "", "菜", "dish (of food)"},   // guard
		{"他做了一桌子菜。", "", "菜", "dish (of food)"},   // guard
		// 菜 named beside raw food and staples (肉, 米, 水,
		// 鸡蛋) is one of them, "vegetable; greens", not the usual "dish (of
		// food)"; alone after 带 or 做 it keeps the dish.
		{"每次回家都带点菜和肉。", "", "菜", "vegetable"},
		{"鸡蛋和菜都放冰箱里吧。", "", "菜", "vegetable"},
		{"山上的人靠车送米和菜。", "", "菜", "vegetable"},
		{"他给老人送去了菜和水。", "He took the old man some veg and water.", "菜", "vegetable"},
		{"妈妈做了一桌子菜。", "", "菜", "dish (of food)"},  // guard
		{"这家饭馆的菜很好吃。", "", "菜", "dish (of food)"}, // guard
		{"他带了两个菜去聚会。", "", "菜", "dish (of food)"}, // guard
	})
}

// TestPersonAfterState: a person right after a character first an adjective
// or a feeling, after its subject, a negation or an adverb, is its object:
// the character is its verb of one word (怪 "to blame", 烦 "to bother"),
// not its state. A preposition before its object stays one.
func TestPersonAfterState(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你别怪她，她还小。", "", "怪", "to blame"},
		{"这件事我不怪你。", "", "怪", "to blame"},
		{"你怪我吗？", "", "怪", "to blame"},
		{"你别烦我了，我在写作业。", "", "烦", "to bother"},
		{"你别烦我了，我在写作业。", "Stop bothering me, I'm doing my homework.", "烦", "to bother"},
		{"这个人有点怪。", "", "怪", "odd"},          // guard: no object
		{"我最近很烦。", "", "烦", "to feel vexed"}, // guard
		{"他对我很好。", "", "对", "to; towards"},   // guard: a preposition
	})
}

// TestDependOrLean: 靠's "to depend on" and "to lean against or on", by what
// follows it, by what a learner meets first and by what the English says.
func TestDependOrLean(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		// Before a verb, what one lives by, 靠 is "to depend
		// on", whatever "lean" the English says; before 在 or 着 and a thing, "to
		// lean against or on".
		{"所以很多乐队靠卖周边养活自己。", "So many bands lean on selling merch to support themselves.", "靠", "to depend on"},
		{"他们靠打工赚学费。", "They lean on part-time work to pay tuition.", "靠", "to depend on"},
		{"他靠在墙上睡着了。", "He fell asleep leaning on the wall.", "靠", "to lean against"}, // guard
		{"别靠着门。", "Don't lean on the door.", "靠", "to lean against"},                 // guard
		{"这种包可以防偷。", "This bag guards against theft.", "防", "to guard against"},      // guard: no leaning
		// 靠 is "to depend on" for a learner (learner.txt: 靠父母,
		// 靠技术, 靠打工); before 在 and a place, where one leans, the
		// dictionary's first "to lean against or on" (usualFits).
		{"他上大学全靠奖学金。", "", "靠", "to depend on"},
		{"我们这个行业主要靠技术。", "", "靠", "to depend on"},
		{"年轻人买房还得靠父母。", "", "靠", "to depend on"},
		{"她累得靠在沙发上睡着了。", "", "靠", "to lean against or on"},
		{"他靠着窗户看书。", "", "靠", "to lean against or on"},
		{"别把东西倒在路边。", "", "倒", "to pour out"}, // guard: 把's object put there
		{"她穿着一件白衬衫。", "", "穿", "to wear"},     // guard: no verb of contact
		// Where the English says two senses of a character
		// alike by a related word ("rely": 靠 "to depend on", "to trust"), the
		// learner's usual sense wins.
		{"三文鱼以前基本靠进口。", "Salmon used to rely basically on imports.", "靠", "to depend on"},
		{"这个国家以前靠进口粮食。", "This country used to rely on imported grain.", "靠", "to depend on"},
		{"我们只能靠自己。", "We can only rely on ourselves.", "靠", "to depend on"},
		{"他靠着墙站着。", "He stood leaning against the wall.", "靠", "to lean against"}, // guard
	})
}

// TestObjectAfterBa: right after 把 stands its object: a word first a verb
// that is a noun too is that noun there; before 把 or with no 把 it stays
// the verb.
func TestObjectAfterBa(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"天黑以前得把活干完。", "", "活", "work"},
		{"你先把画挂到墙上。", "", "画", "picture"},
		{"他想活到一百岁。", "", "活", "to live"}, // guard: no 把
	})
}

// TestDoneAfterBei: right after the passive 被, with no verb after it, a
// word first a noun is the verb it also is (被坑惨了 "to cheat", not
// "pit"); before a verb it is the doer (被水淹了 "water").
func TestDoneAfterBei(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"买房的时候我被坑惨了。", "", "坑", "(coll.) to cheat"},
		{"他又被坑了。", "", "坑", "(coll.) to cheat"},
		{"院子被水淹了。", "", "水", "water"}, // guard: the doer
	})
}
