package zh

import "testing"

// covReadCases are sentences of covR's own (session 17's sweep of readings
// and word boundaries, testdata/senses/cov-covR.tsv) for the boundaries a
// gold writer draws by the longer-word rule, and the sentences around them
// that must keep their cut.
var covReadCases = []splitCase{
	// A verb and its complement of result make the CC-CEDICT headword gse
	// lacks (写完, 吃完, 做完, 花光, 用坏) before 了, an object or a comma
	// (verbComplement); 看完, 说错 are no headwords, and the potential (吃得
	// 完, 吃不完) keeps its parts.
	{zh: "我的作业终于写完了。", want: "我 的 作业 终于 写完 了 。"},
	{zh: "你先把药吃完,再去睡觉。", want: "你 先 把 药 吃完 , 再 去 睡觉 。"},
	{zh: "他每天做完功课才出去玩。", want: "他 每天 做完 功课 才 出去 玩 。"},
	{zh: "周末的时候我把钱都花光了。", want: "周末 的 时候 我 把 钱 都 花光 了 。"},
	{zh: "这台打印机早就用坏了。", want: "这 台 打印机 早就 用坏 了 。"},
	{zh: "这么多菜你吃得完吗?", want: "这么 多 菜 你 吃 得 完 吗 ?"},
	{zh: "我已经看完了。", want: "我 已经 看 完 了 。"},
	{zh: "他说错了一个字。", want: "他 说 错 了 一个 字 。"},
	{zh: "一个星期也吃不完。", want: "一个 星期 也 吃 不 完 。"},
}

func TestCovRead(t *testing.T) {
	a := analyzer(t)
	for _, c := range covReadCases {
		if got := splitOf(a, c.zh, c.en); got != c.want {
			t.Errorf("%s (%q): %s, want %s", c.zh, c.en, got, c.want)
		}
	}
}

// TestCovReadDoneFirst: a verb and 完 joined into one word (写完) stay the
// action done before 就 "as soon as", as 写 完 were.
func TestCovReadDoneFirst(t *testing.T) {
	a := analyzer(t)
	for _, tk := range a.Analyze("他写完作业就睡觉了", "He went to bed as soon as he finished his homework") {
		if tk.Text == "就" && tk.Gloss != "as soon as … then (一/刚/了…就)" {
			t.Errorf("就 after 写完 is %q, want as soon as", tk.Gloss)
		}
	}
}
