package zh

import (
	"strings"
	"testing"
)

// Content words whose sense the clause around them decides: a question
// (X不X), a request, a proposal, a comparison, a list, a frame.

// TestQuestionNeed: a sense noted "(in an interrogative sentence)" is the
// one where its sentence asks a question (a question mark or word after
// it), and not elsewhere.
func TestQuestionNeed(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"你究竟想要什么？", "究竟", "(in an interrogative sentence)"},
		{"问题究竟在哪儿？", "究竟", "(in an interrogative sentence)"},
		{"他究竟是谁", "究竟", "(in an interrogative sentence)"},
		{"他究竟还是个孩子。", "究竟", "after all"}, // guard: no question
	})
}

// TestAskedBoth: X不X asks whether one predicate holds: the first X is
// the verb or adjective a word first a noun also is (你信不信 "to believe",
// learner.txt's verb, not "letter"), it is no subject noun before 不 (方便不方便 "convenient",
// not "having money to spare"), and the second X takes the first's sense
// (熟不熟 "familiar" twice, not "ripe" after 不). Every token of the word
// is checked.
func TestAskedBoth(t *testing.T) {
	a := analyzer(t)
	for _, tc := range []pairGloss{
		{"这种鬼话你信不信？", "", "信", "to believe"},
		{"你到底信不信我说的？", "", "信", "to believe"},
		{"我明天过去一趟，你方便不方便？", "", "方便", "convenient"},
		{"你跟老王熟不熟？", "", "熟", "familiar"},
		{"你信不信我？", "Do you trust me?", "信", "to trust"},
		{"你到底信不信我说的话？", "", "信", "to believe"},
		{"这个西瓜熟不熟？", "", "熟", "ripe"},       // guard: a fruit
		{"你今天忙不忙？", "", "忙", "busy"},        // guard
		{"这道菜辣不辣？", "", "辣", "hot (spicy)"}, // guard
	} {
		n := 0
		for _, tk := range a.Analyze(tc.zh, tc.en) {
			if tk.Text != tc.word {
				continue
			}
			n++
			if !strings.HasPrefix(tk.Gloss, tc.want) {
				t.Errorf("%s (%d) in %s: got %q, want %q", tc.word, n, tc.zh, tk.Gloss, tc.want)
			}
		}
		if n != 2 {
			t.Errorf("%s in %s: %d tokens, want 2", tc.word, tc.zh, n)
		}
	}
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

// TestAskedSplitWord: the first X of a question X不X (or X没X) asked of a
// verb–object word XY is that word's verb, as in a word split by 了 (开了点
// 药): 开不开药 "(开…药) to prescribe medicine", not "to open".
func TestAskedSplitWord(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"开不开药都一样，关键是多喝水。", "", "开", "(开…药) to prescribe"},
		{"医生说开不开药都行。", "", "开", "(开…药) to prescribe"},
		{"你帮不帮忙？", "", "帮", "to help"},   // guard: the half says it already
		{"你到底开不开门？", "", "开", "to open"}, // guard: no word 开门 after
	})
}

// TestPoliteRequest: at the head of its clause, before what a request
// asks (再, 帮, 给, 把, 让) or 您, 麻烦 is "to bother sb"; as the subject
// of a verb it stays "trouble".
func TestPoliteRequest(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"麻烦再拿两个碗。", "", "麻烦", "to bother sb"},
		{"麻烦帮我叫一辆出租车。", "", "麻烦", "to bother sb"},
		{"师傅，麻烦把窗户关一下。", "", "麻烦", "to bother sb"},
		{"麻烦让一让，我要过去。", "", "麻烦", "to bother sb"},
		{"麻烦您等一下。", "", "麻烦", "to bother sb"},
		{"麻烦又来了。", "", "麻烦", "trouble"}, // guard
	})
}

// TestProposalYaobu: 要不 opening a clause that proposes something (吧
// closes it, 别 or 不要 in it, 先 or 还是 with no consequence, or the
// sentence opening with it) is "how about...?"; before a consequence
// (就, 会) it stays "otherwise; or else".
func TestProposalYaobu(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"要不我们打车吧。", "", "要不", "how about"},
		{"要不你先回去休息。", "", "要不", "how about"},
		{"要不这个周末别去爬山了。", "Maybe let's skip the hike this weekend.", "要不", "how about"},
		{"要不你就别去了。", "", "要不", "how about"},
		{"太晚了，要不咱们还是走吧。", "", "要不", "how about"},
		{"快点走，要不就赶不上车了。", "", "要不", "or else"},                                      // guard: a consequence
		{"别喝了，要不你会头疼的。", "", "要不", "or else"},                                       // guard
		{"快点走，要不就赶不上车了。", "Hurry up, or else we'll miss the bus.", "要不", "or else"}, // guard
	})
}

// TestComparedSense: a character's comparative sense (强 "better") stands
// where something is compared, with 比 before it in its clause or 多 after
// it; elsewhere its first sense ("strong"), whatever "better" the English
// says.
func TestComparedSense(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他的中文比我强多了。", "", "强", "better"},
		{"有工作总比没工作强。", "", "强", "better"},
		{"这个比那个强一点。", "", "强", "better"},
		{"现在比以前强得多。", "Things are much better now than before.", "强", "better"},
		{"他的中文比我强多了。", "His Chinese is much better than mine.", "强", "better"},
		{"他的学习能力很强。", "", "强", "strong"},                                             // guard
		{"这种材料抗压能力强。", "This material stands up to pressure better.", "强", "strong"}, // nothing compared
		{"她的责任心特别强。", "She has a strong sense of responsibility.", "强", "strong"},    // guard
	})
}

// TestComparedWith: 跟, 和 or 与 before the clause ends on 比 or 相比 is
// "compared with" (the one compared with), not "and"; and 比 before a
// noun by the dictionary, which gse tags otherwise, is "than".
func TestComparedWith(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"山里的孩子和城里的孩子比，差别大吗？", "", "和", "(跟/和/与 B 比) compared with"},
		{"跟去年比，今年的收入多了不少。", "Compared with last year, income is up quite a bit.", "跟", "(跟/和/与 B 比) compared with"},
		{"跟大城市相比，这里安静多了。", "", "跟", "(跟/和/与 B 比) compared with"},
		{"我和他都是老师。", "", "和", "and; with (sb)"}, // guard
		{"菜市场的鱼比超市的新鲜。", "", "比", "(A 比 B + adjective) than"},
		{"学校的食堂比饭馆便宜。", "", "比", "(A 比 B + adjective) than"},
	})
}

// TestSuchAsBeforeList: 像 (or 如) opening its clause before a list of
// examples (items joined by 、, or closed by 什么的, 等) is "such as",
// whatever "like" the English says; 像 before one thing compared keeps
// "to resemble" or "to be like".
func TestSuchAsBeforeList(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我喜欢看球赛，像足球、篮球什么的。", "", "像", "such as"},
		{"有些水果，像西瓜、葡萄，夏天特别便宜。", "Some fruit, like watermelon and grapes, is really cheap in summer.", "像", "such as"},
		{"很多家务，像洗碗、拖地，他都会做。", "", "像", "such as"},
		{"他长得像他爸爸。", "", "像", "to resemble"}, // guard
		{"像他这样的人不多。", "", "像", "to be like"}, // guard: no list
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
