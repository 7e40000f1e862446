package zh

import "testing"

// Session 16 (words18): content words whose sense the slot, the object or
// the subject decides. The tables live here so that helpers appending at
// once do not collide.

// TestLagsBadly: 卡 (and the other predicateUsual characters) before 得 and
// how far it goes is the predicate, the device that lags: 卡得要命 "(coll.)
// slow", 火得不行 "hot (popular)"; 卡 stuck somewhere keeps "to stop".
func TestLagsBadly(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这台电脑开机卡得要命。", "", "卡", "(computing) (coll.) slow"},
		{"这台旧电脑卡得不行。", "", "卡", "(computing) (coll.) slow"},
		{"视频卡得非常厉害，根本看不了。", "", "卡", "(computing) (coll.) slow"},
		{"我的电脑最近卡得厉害。", "My computer has been lagging badly lately.", "卡", "(computing) (coll.) slow"},
		{"这首歌去年火得不行。", "", "火", "hot (popular)"},
		{"鱼刺卡在喉咙里了。", "", "卡", "to stop"},  // guard
		{"门卡得很紧，打不开。", "", "卡", "to stop"}, // guard: no intensity after 得
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

// TestAspectNotPlace: 地方 after the 的 of how a thing or a person is, of
// what is alike or different, or of what one understands or learns, is
// "aspect; part"; after where one does something, or counted, a place.
func TestAspectNotPlace(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这就是这个方法厉害的地方。", "", "地方", "aspect; part"},
		{"你有什么不懂的地方就问我。", "", "地方", "aspect; part"},
		{"这两种做法有很多相似的地方。", "", "地方", "aspect; part"},
		{"这本书有很多值得学习的地方。", "", "地方", "aspect; part"},
		{"中国菜和日本菜不一样的地方在哪儿？", "", "地方", "aspect; part"},
		{"他最厉害的地方是记性好。", "His most impressive quality is his memory.", "地方", "aspect; part"},
		{"这是我住的地方。", "", "地方", "place"},      // guard
		{"我去了很多没去过的地方。", "", "地方", "place"},  // guard
		{"北京有一个很特别的地方。", "", "地方", "place"},  // guard: counted
		{"这个城市有很多好玩的地方。", "", "地方", "place"}, // guard
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

// TestHotWeather: 热, first "to warm up", is the weather's "hot" as a
// predicate (predicateUsual): after its subject before 了 (天热了: 天
// uncounted, not the measure word), before a question's particle (外面热
// 吗), before 得 and an intensity; heating something keeps the verb.
func TestHotWeather(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"天热了，多喝点水。", "", "热", "hot (of weather)"},
		{"外面热吗？", "", "热", "hot (of weather)"},
		{"今年夏天热得要命。", "", "热", "hot (of weather)"},
		{"最近天气热起来了。", "It has been getting hot lately.", "热", "hot (of weather)"},
		{"这首歌火吗？", "", "火", "hot (popular)"},
		{"把汤热了再喝。", "", "热", "to warm up"},      // guard
		{"把汤热一下再喝。", "", "热", "to warm up"},     // guard
		{"这是你的卡吗？", "", "卡", "(loanword) card"}, // guard
		{"再加点水吧。", "", "水", "water"},            // guard
	})
}

// TestQuiteFrame: 挺 in the frame 挺…的 closing its clause is "(coll.)
// quite; very", whatever gse tags the word between (精神 n).
func TestQuiteFrame(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你穿这件挺精神的。", "", "挺", "(coll.) quite; very"},
		{"这孩子挺精神的。", "The kid looks pretty lively.", "挺", "(coll.) quite; very"},
		{"我觉得这事儿挺偶然的。", "", "挺", "(coll.) quite; very"},
		{"那你们是怎么挺过来的？", "", "挺", "to withstand"}, // guard
	})
}
