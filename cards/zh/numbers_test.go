package zh

import (
	"slices"
	"strings"
	"testing"
)

func TestNumeralValue(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"三", 3, true}, {"十", 10, true}, {"十五", 15, true}, {"二十", 20, true},
		{"二十五", 25, true}, {"一百零五", 105, true}, {"两千", 2000, true},
		{"三万五千", 35000, true}, {"一亿", 100000000, true}, {"十万", 100000, true},
		{"二〇二五", 2025, true}, {"零", 0, true}, {"五六", 56, true},
		{"", 0, false}, {"三点", 0, false}, {"几", 0, false},
	} {
		got, ok := numeralValue(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("numeralValue(%q) = %d %v, want %d %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestEnglishNumbers(t *testing.T) {
	for _, c := range []struct {
		en    string
		want  []int64
		clock bool
	}{
		{"Let's take the 4:10 train", []int64{4, 10}, true},
		{"He is three years older than her", []int64{3}, false},
		{"They have been married for more than twenty-five years", []int64{25}, false},
		{"More than a hundred people came", []int64{100}, false},
		{"two hundred and ten", []int64{210}, false},
		{"I'll come at one o'clock", []int64{1}, true},
		{"The train arrives at half past five", []int64{5}, true},
		{"See you at 5pm on the 3rd", []int64{5, 3}, true},
		{"In 2025 I went to China", []int64{2025}, false},
		{"No numbers here", nil, false},
	} {
		var x englishNumbers
		x.reset(c.en)
		if !slices.Equal(x.vals, c.want) || x.clock != c.clock {
			t.Errorf("%q: %v clock %v, want %v clock %v", c.en, x.vals, x.clock, c.want, c.clock)
		}
	}
	var x englishNumbers
	x.reset("the one I saw")
	if x.has(1) {
		t.Error(`"one" without a time is taken for a number`)
	}
}

// TestQuantities checks the cuts of quantities: where they fall in the
// run, given the English side.
func TestQuantities(t *testing.T) {
	for _, c := range []struct {
		zh, en string
		lead   int64
		want   string // the run with | at each cut
	}{
		{"四点十分的火车", "the 4:10 train", -1, "四|点|十|分|的火车"},
		{"大三岁", "three years older", -1, "大|三|岁"},
		{"三点多才睡着", "until after three", -1, "三|点|多|才睡着"},
		{"两个半小时", "two and a half hours", -1, "两|个|半|小时"},
		{"三十多年了", "more than thirty years", -1, "三十|多|年|了"},
		{"点多才回家", "until after 3", 3, "点|多|才回家"},
		{"十分喜欢", "likes it very much", -1, "十分喜欢"},     // no 10 in the English
		{"第三天", "on the 3rd day", -1, "第三天"},           // an ordinal
		{"星期三三点", "Wednesday at three", -1, "星期三|三|点"}, // a weekday, then a time
		{"一天", "one day", -1, "一天"},                    // one, without a time
		{"三部分", "three parts", -1, "三|部分"},             // a classifier may start a word
		{"一千万人口", "ten million people", -1, "一千万|人口"},
		{"八十年代", "the 80s", -1, "八十|年代"},
		{"三年前", "three years ago", -1, "三|年|前"},            // a unit of time ends the quantity
		{"三天后来了", "came three days later", -1, "三|天|后|来了"}, // and its postposition the time
		{"两个月前来过", "came two months ago", -1, "两|个月前|来过"},
		{"三年前后", "around three years", -1, "三|年|前后"},
		{"两个月饼", "two mooncakes", -1, "两|个月饼"},
	} {
		runes := []rune(c.zh)
		cut := make([]bool, len(runes)+1)
		var nums englishNumbers
		nums.reset(c.en)
		quantities(runes, c.lead, func() *englishNumbers { return &nums }, cut)
		var b strings.Builder
		for i, r := range runes {
			if i > 0 && cut[i] {
				b.WriteByte('|')
			}
			b.WriteRune(r)
		}
		if b.String() != c.want {
			t.Errorf("%s (%q): %s, want %s", c.zh, c.en, b.String(), c.want)
		}
	}
}

// TestClockTimes checks the clock times read without an English side: the
// split of the sentence, and where 十分 stays "very".
func TestClockTimes(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ zh, want string }{
		{"我们坐四点十分的火车吧", "我们 坐 四 点 十 分 的 火车 吧"},
		{"会议下午两点二十分开始", "会议 下午 两 点 二十 分 开始"},
		{"飞机九点五十分起飞", "飞机 九 点 五十 分 起飞"},
		{"现在是一点四十分。", "现在 是 一 点 四十 分 。"},
		{"她六点三十分起床", "她 六 点 三十 分 起床"},
		// 十分 "very": points, not hours; an adjective after it; no 点.
		{"这两点十分重要", "这 两 点 十分 重要"},
		{"有一点十分明显", "有 一点 十分 明显"},
		{"他十分喜欢这本书", "他 十分 喜欢 这 本 书"},
		// Not a time: the minutes run past an hour.
		{"三点七十分", "三 点 七 十分"},
	} {
		if got := splitOf(a, c.zh, ""); got != c.want {
			t.Errorf("%s: %s, want %s", c.zh, got, c.want)
		}
	}
}

// TestClassifierAfterNumeral checks, without an English side, that a
// numeral's classifier is not read as the start of a word when what follows
// takes it (人 CL:个), and is where it does not (部分 "part").
func TestClassifierAfterNumeral(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ zh, want string }{
		{"我家有三个人", "我 家 有 三 个 人"},
		{"教室里有二十个人", "教室 里 有 二十 个 人"},
		{"这本书分三部分", "这 本 书 分 三 部分"},
		// A measure word after a demonstrative counts the first character
		// of a word it does not count, before 得 or an aspect particle:
		// the noun and its verb (countedThenVerb). Control: 纸条, no
		// verb's complement after it.
		{"这本书写得很好", "这 本 书 写 得 很 好"},
		{"这首歌唱得真好", "这 首 歌 唱 得 真 好"},
		{"这张纸条是谁的", "这 张 纸条 是 谁 的"},
		{"这是我个人的看法", "这 是 我 个人 的 看法"},
		// 几 among numerals: a rough number.
		{"我们组里只有十几个人", "我们 组 里 只有 十几 个 人"},
		// A time counted and a place word.
		{"这条路两年内会修好", "这 条 路 两 年 内 会 修好"},
		{"我们在三年内还清了贷款", "我们 在 三 年 内 还清 了 贷款"},
		// A time counted and a name that starts with the unit.
		{"我们爬了一天山", "我们 爬 了 一 天 山"},
		// A digit after a numeral that ends in a unit goes on the number.
		{"外面有三十八度", "外面 有 三十 八 度"},
		{"今天零下五度", "今天 零下 五度"},
		// A numeral and its classifier made one word, before the noun it
		// counts (店 "shop (CL:家)", the head of 小书店).
		{"街上开了一家小书店", "街上 开 了 一 家 小 书店"},
		{"我们一家人都很好", "我们 一家人 都 很 好"},
	} {
		if got := splitOf(a, c.zh, ""); got != c.want {
			t.Errorf("%s: %s, want %s", c.zh, got, c.want)
		}
	}
}
