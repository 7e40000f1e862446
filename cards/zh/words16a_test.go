package zh

import "testing"

// Session 16 (words16a): content words whose sense the one who does it,
// the object or the slot decides. The tables live here, not at the end of
// sense_test.go, so that helpers appending at once do not collide.

// TestFamiliarPerson: 熟 said of one who knows someone or somewhere (a
// person before it, or the object of 对, 跟, 同, 与) is "familiar", not
// "ripe"; food keeps its first senses.
func TestFamiliarPerson(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我和她不太熟。", "I don't know her very well.", "熟", "familiar"},
		{"你跟老张熟吗？", "", "熟", "familiar"},
		{"我对这一带很熟。", "I know this area well.", "熟", "familiar"},
		{"他对公司的情况还不熟。", "", "熟", "familiar"},
		{"我们俩很熟，从小一起长大的。", "", "熟", "familiar"},
		{"他们跟这边的人都不熟。", "", "熟", "familiar"},
		{"刚来的时候我对这个城市一点儿也不熟。", "When I first came I didn't know this city at all.", "熟", "familiar"},
		{"我跟他们老板挺熟的。", "I'm pretty close with their boss.", "熟", "familiar"},
		{"肉还没熟，再煮一会儿。", "", "熟", "ripe"},                 // guard: food
		{"苹果和梨都熟了。", "", "熟", "ripe"},                    // guard: 和 joins the fruits
		{"我跟你说，饭已经熟了。", "", "熟", "ripe"},                 // guard: 跟 of another clause
		{"这些西红柿还不太熟。", "", "熟", "ripe"},                  // guard: gse tags 西红柿 nr
		{"苹果已经熟了。", "The apples are ripe.", "熟", "ripe"}, // guard
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

// TestShinePastAdverbs: light before 照 and its complement of place is what
// shines, also past adverbs and a modal (阳光能一直照到床上).
func TestShinePastAdverbs(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"太阳一直照到窗台上。", "", "照", "to shine"},
		{"阳光能一直照到床上。", "", "照", "to shine"},
		{"早上的阳光照进了卧室。", "", "照", "to shine"},   // (as before)
		{"你就照他说的做吧。", "", "照", "according to"}, // guard
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

// TestPhrasalNoObject: where the English says only the verb of a phrasal
// sense ("shake" of 抖 "to shake out") and the verb has no object, the
// first sense the English says by a related word wins ("to tremble").
func TestPhrasalNoObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"一紧张我的手就抖。", "Whenever I get nervous my hands shake.", "抖", "to tremble"},
		{"他冷得腿一直在抖。", "He was so cold his legs kept shaking.", "抖", "to tremble"},
		{"说到这里，她的声音有点抖。", "Her voice shook a little when she got to that part.", "抖", "to tremble"},
		{"把毯子抖一抖再叠。", "Shake out the blanket before you fold it.", "抖", "to shake out"}, // guard
		{"她抖了抖衣服上的雪。", "She shook the snow off her coat.", "抖", "to shake out"},         // guard: an object
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

// TestUnitAfterUnit: after a number and a word of measure gse tags a
// numeral (斤), the number counts that word: the next is what is measured,
// not a unit (十斤米 "uncooked rice"); 十多米, 三十米 stay meters.
func TestUnitAfterUnit(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"帮我买十斤米回来。", "", "米", "uncooked rice"},
		{"帮我买十斤米回来。", "Buy me ten jin of rice.", "米", "uncooked rice"},
		{"家里还有五斤米。", "", "米", "uncooked rice"},
		{"这条河有二十多米宽。", "", "米", "meter"}, // guard: 多 after the number
		{"楼高三十米。", "", "米", "meter"},     // guard
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

// TestFamiliarAsked: the first of an A-not-A question is its clause's
// predicate too: 你们俩熟不熟 "familiar".
func TestFamiliarAsked(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你们俩熟不熟？", "", "熟", "familiar"},
		{"你跟他熟不熟？", "", "熟", "familiar"},
		{"这个西瓜熟不熟？", "", "熟", "ripe"}, // guard: fruit
	})
}
