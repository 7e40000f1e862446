package zh

import "testing"

// covReadCases are sentences of covR's own (session 17's sweep of readings
// and word boundaries, testdata/senses/cov-covR.tsv) for the boundaries a
// gold writer draws by the longer-word rule, and the sentences around them
// that must keep their cut. TestRegroup runs them.
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
	{zh: "这么多点心我们三天也吃不完。", want: "这么 多 点心 我们 三 天 也 吃 不 完 。"},
	// A result that opens no phrase of its own joins whatever follows, an
	// adverb or a number; 起来 joins before 了 or the clause end (站起来,
	// 想起来 "to remember", 好起来 "to get better") or an object, not after
	// a modal denied (不想起来 "don't want to get up").
	{zh: "你吃完再走吧。", want: "你 吃完 再 走 吧 。"},
	{zh: "我今天做完三道题了。", want: "我 今天 做完 三 道 题 了 。"},
	{zh: "听到这个消息,他马上站起来了。", want: "听到 这个 消息 , 他 马上 站起来 了 。"},
	{zh: "我想起来了,钥匙在抽屉里。", want: "我 想起来 了 , 钥匙 在 抽屉 里 。"},
	{zh: "天气慢慢好起来了。", want: "天气 慢慢 好起来 了 。"},
	{zh: "外面太冷,我真不想起来。", want: "外面 太 冷 , 我 真 不 想 起来 。"},
	{zh: "两个孩子打起来了。", want: "两 个 孩子 打 起来 了 。"},
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

// TestCovReadSplitObject: the object of a split verb–object word takes the
// sense that says the whole word where it has one, whatever follows it,
// and a noun before 的 may stand inside as the object's owner (生妈妈的气,
// 帮朋友的忙); an object that is a noun of its own keeps it (路, 字).
func TestCovReadSplitObject(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ zh, en, word, gloss string }{
		{"你别生我的气。", "Don't be mad at me.", "气", "to make angry; to annoy; to get angry"},
		{"他还在生妈妈的气呢。", "He's still angry with his mom.", "生", "(生…气) to get angry; to be furious"},
		{"你能帮朋友的忙吗?", "Can you help your friend out?", "忙", "(帮…忙) to help"},
		{"老板生员工的气了。", "The boss got mad at the staff.", "生", "(生…气) to get angry; to be furious"},
		{"我们走了很长一段路。", "We walked a long way.", "路", "road (CL:條|条[tiao2])"},
		{"他签了个字就走了。", "He signed and left.", "字", "character"},
		{"他吃了妈妈的饭就走了。", "He ate mom's food and left.", "饭", "meal"},
	} {
		if _, gloss := tokenAt(t, a, c.zh, c.en, c.word); gloss != "" && gloss != c.gloss {
			t.Errorf("%s: %s is %q, want %q", c.zh, c.word, gloss, c.gloss)
		}
	}
}

// TestCovReadHowAdjective: after 多 or 多么 "how", a character closing its
// clause is the adjective asked about, not a noun read otherwise (难 nan2
// "difficult", not nan4 "disaster"); 了 after 多 stays the particle.
func TestCovReadHowAdjective(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ zh, word, reading string }{
		{"不管多难,我们都要坚持。", "难", "nan2"},
		{"这道题有多难?", "难", "nan2"},
		{"一个人带孩子多难啊!", "难", "nan2"},
		{"这个箱子有多重?", "重", "zhong4"},
		{"那座桥有多长?", "长", "chang2"},
		{"他昨天喝多了。", "了", "le5"},
		{"这是假的。", "假", "jia3"},
	} {
		if reading, _ := tokenAt(t, a, c.zh, "", c.word); reading != "" && reading != c.reading {
			t.Errorf("%s: %s read %s, want %s", c.zh, c.word, reading, c.reading)
		}
	}
}

// TestCovReadWillDo: 行 xing2 right after a thing that is its subject,
// closing the clause, is whether it will do; after a person it is
// "capable".
func TestCovReadWillDo(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ zh, gloss string }{
		{"这个价格行吗?", "all right; OK!; will do"},
		{"我看这件衣服行。", "all right; OK!; will do"},
		{"你放心,这个办法行,我试过了。", "all right; OK!; will do"},
		{"你行吗?", "capable; competent"},
	} {
		if _, gloss := tokenAt(t, a, c.zh, "", "行"); gloss != "" && gloss != c.gloss {
			t.Errorf("%s: 行 is %q, want %q", c.zh, gloss, c.gloss)
		}
	}
}
