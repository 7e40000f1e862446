package zh

import "testing"

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

// TestCarePupils: 带 with pupils its object, perhaps counted or after how
// long (带了三年研究生, 带过很多学生, 带了两个徒弟), is taught and led: "to
// look after" (the entry's "to lead; … to look after; to raise"), as with a
// child; so is any object after years or months of it (带了五年中学英语).
// Taken somewhere after it (带学生去参观) it stays "to bring".
func TestCarePupils(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
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

// TestScoredPoint: 分 after 的, a scoring verb before it in its clause
// (丢, 考, 扣, 拿), is what was scored or lost: "a point (in sports or
// games)", with no number to count it; not "fraction" or the verb.
func TestScoredPoint(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他总是丢一些不该丢的分。", "", "分", "a point"},
		{"他总是丢一些不该丢的分。", "He always loses marks he shouldn't.", "分", "a point"},
		{"这次考的分不高。", "", "分", "a point"},
		{"老师扣的分太多了。", "", "分", "a point"},
		{"他把丢掉的分都补回来了。", "", "分", "a point"},
		{"这是我们分的。", "", "分", "to divide"}, // guard: the verb
		{"蛋糕是他分的。", "", "分", "to divide"}, // guard
	})
}

// TestGroceriesRaw: 菜 named beside raw food and staples (肉, 米, 水,
// 鸡蛋) is one of them, "vegetable; greens", not the usual "dish (of
// food)"; alone after 带 or 做 it keeps the dish.
func TestGroceriesRaw(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"每次回家都带点菜和肉。", "", "菜", "vegetable"},
		{"鸡蛋和菜都放冰箱里吧。", "", "菜", "vegetable"},
		{"山上的人靠车送米和菜。", "", "菜", "vegetable"},
		{"他给老人送去了菜和水。", "He took the old man some veg and water.", "菜", "vegetable"},
		{"妈妈做了一桌子菜。", "", "菜", "dish (of food)"},  // guard
		{"这家饭馆的菜很好吃。", "", "菜", "dish (of food)"}, // guard
		{"他带了两个菜去聚会。", "", "菜", "dish (of food)"}, // guard
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
	})
}

// TestRummageSearched: 翻 with a container or records its object (手机,
// 包, 抽屉, 聊天记录), past 了, 一下, 半天 or whose, is "to rummage
// through": one searches them. 翻了个身, 翻一下书 keep their senses.
func TestRummageSearched(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他在翻我的手机。", "", "翻", "to rummage through"},
		{"她翻了半天包也没找到钥匙。", "", "翻", "to rummage through"},
		{"你翻翻抽屉，应该在里面。", "", "翻", "to rummage through"},
		{"我翻一下聊天记录。", "Let me go through the chat history.", "翻", "to rummage through"},
		{"等一下，我翻一下他的手机号。", "", "翻", "to rummage through"},
		{"我翻一下书。", "", "翻", "to turn over"},           // guard: pages
		{"他翻了个身又睡着了。", "", "翻", "(翻…身) to turn over"}, // guard
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
