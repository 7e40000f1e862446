package cards

import (
	"fmt"
	"strings"
	"testing"
)

func part(text, word, reading, gloss string) Part {
	return Part{Text: text, Word: word, Reading: reading, Gloss: gloss}
}

func sentence(zh, en string, parts ...Part) *Sentence {
	s := &Sentence{Parts: parts}
	s.ZH, s.EN = zh, en
	return s
}

var (
	bank   = part("银行", "银行", "yin2 hang2", "bank")
	we     = part("我们", "我们", "wo3 men5", "we")
	go_    = part("去", "去", "qu4", "to go")
	stop   = part("。", "", "", "")
	lixi   = part("利息", "利息", "li4 xi1", "interest")
	jiang  = part("降低", "降低", "jiang4 di1", "to lower")
	bankRo = part("银行", "银行", "yin2 hang2", "row") // another sense
)

func TestChooseExample(t *testing.T) {
	w := &Word{Word: "银行", Reading: "yin2 hang2", Gloss: "bank"}
	hard := sentence("银行利息降低。", "The bank lowered interest.", bank, lixi, jiang, stop)
	easy := sentence("我们去银行。", "We go to the bank.", we, go_, bank, stop)
	easyLong := sentence("我们今天都去银行。", "We all go to the bank.", we, part("都", "", "", ""), go_, bank, stop)
	vague := sentence("我们去银行。", "Let's go.", we, go_, bank, stop)
	short := sentence("银行。", "Bank.", bank, stop)
	other := sentence("银行。", "A row.", bankRo, stop)
	none := sentence("你好。", "Hello.", stop)
	long := sentence("我们今天都去银行，我们今天都去银行，我们今天都去银行，我们今天都去银行。", "We all go to the bank.",
		we, part("今天都", "", "", ""), go_, bank, part("，我们今天都去银行，我们今天都去银行，我们今天都去银行。", "", "", ""))
	knows := func(ids ...string) func(string) bool {
		return func(id string) bool {
			for _, x := range ids {
				if x == id {
					return true
				}
			}
			return false
		}
	}
	for _, c := range []struct {
		name     string
		ss       []*Sentence
		familiar func(string) bool
		want     int
	}{
		{"fewer unfamiliar words win over length", []*Sentence{hard, easy}, nil, 1},
		{"unknown words make a sentence hard", []*Sentence{easyLong, hard}, nil, 0},
		{"known words make it easy", []*Sentence{easyLong, hard}, knows(lixi.ID(), jiang.ID()), 1},
		{"English that says the gloss", []*Sentence{vague, easy}, nil, 1},
		{"some context over the bare word", []*Sentence{short, easy}, nil, 1},
		{"the card's sense first", []*Sentence{other, hard}, nil, 1},
		{"a sentence without the word last", []*Sentence{none, hard}, nil, 1},
		{"the first on a tie", []*Sentence{easy, easy}, nil, 0},
		{"a fragment loses to a sentence with unknown words", []*Sentence{short, hard}, nil, 1},
		{"a long sentence loses to one of comfortable length", []*Sentence{long, hard}, nil, 1},
		{"a long sentence beats a fragment", []*Sentence{short, long}, nil, 1},
		{"none", nil, nil, 0},
	} {
		if got := ChooseExample(w, c.ss, c.familiar); got != c.want {
			t.Errorf("%s: chose %d, want %d", c.name, got, c.want)
		}
	}
}

func TestEasier(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"我们", "银行", true},    // HSK 1 < 3
		{"银行", "我们", false},   // 3 > 1
		{"银行", "智能手机", true},  // listed before unlisted
		{"智能手机", "银行", false}, // unlisted after listed
		{"是", "的", true},      // same level: the more frequent
		{"龘龘", "龘", false},    // neither known
	} {
		if got := Easier(c.a, c.b); got != c.want {
			t.Errorf("Easier(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestMentions(t *testing.T) {
	for _, c := range []struct {
		en, gloss string
		want      bool
	}{
		{"We go to the bank.", "bank", true},
		{"Two banks closed.", "bank", true},
		{"The shop closed early.", "to close", true},
		{"He is studying.", "to study; to learn", true},
		{"Let's go.", "bank", false},
		{"It is a row of trees.", "(coll.) bank", false},
		{"anything", "", true},
		// Nothing but function words outside brackets: nothing to confirm.
		{"The thing is here.", "to be (followed by substantives only)", true},
	} {
		if got := Mentions(c.en, c.gloss); got != c.want {
			t.Errorf("Mentions(%q, %q) = %v, want %v", c.en, c.gloss, got, c.want)
		}
	}
}

func TestMineFilter(t *testing.T) {
	ws := []*Word{
		{Word: "是", Reading: "shi4", Count: 1},
		{Word: "银行", Reading: "yin2 hang2", Count: 5},
		{Word: "利息", Reading: "li4 xi1", Count: 3},
		{Word: "龘龘", Reading: "da2 da2", Count: 9},
	}
	for _, c := range []struct {
		f    MineFilter
		want string
	}{
		{MineFilter{}, "[]"},
		{MineFilter{MinCount: 3}, "[是 shi4]"},
		{MineFilter{HSKMax: 3}, "[利息 li4 xi1 龘龘 da2 da2]"},
		{MineFilter{MaxNew: 2}, "[利息 li4 xi1 龘龘 da2 da2]"},
		{MineFilter{MinCount: 2, MaxNew: 1}, "[是 shi4 利息 li4 xi1 龘龘 da2 da2]"},
	} {
		f := c.f
		if got := fmt.Sprint(f.Hold(ws)); got != c.want {
			t.Errorf("%+v holds %s, want %s", c.f, got, c.want)
		}
	}
	f := MineFilter{Names: true}
	m := &Mined{Words: []*Word{{Word: "北京", Name: true}}}
	f.Prepare(m)
	if m.Words[0].Name {
		t.Error("--names left a name untaught")
	}
}

func ExampleChooseExample() {
	w := &Word{Word: "银行", Reading: "yin2 hang2", Gloss: "bank"}
	hard := sentence("银行利息降低。", "The bank lowered interest.", bank, lixi, jiang, stop)
	easy := sentence("我们去银行。", "We go to the bank.", we, go_, bank, stop)
	fmt.Println(ChooseExample(w, []*Sentence{hard, easy}, nil))
	// Output: 1
}

func TestClause(t *testing.T) {
	long := "他们在讨论今天晚上的比赛，大家都觉得结果很难预料，但是每个人心里都有自己支持的球队。"
	for _, c := range []struct {
		s, word string
		want    string
	}{
		{"我们去银行。", "银行", "我们去银行。"}, // short: whole
		{long, "比赛", "他们在讨论今天晚上的比赛，"},
		{long, "预料", "大家都觉得结果很难预料，"},
		{long, "球队", "但是每个人心里都有自己支持的球队。"},
		{"是的，好，嗯，对，我们今天都去银行看看吧，明天再说这些事情，后天也可以，我们都有空。", "好", "好，嗯，对，我们今天都去银行看看吧，"},
	} {
		i := strings.Index(c.s, c.word)
		a, b := Clause(c.s, i, i+len(c.word))
		if got := c.s[a:b]; got != c.want {
			t.Errorf("Clause(%q, %s) = %q, want %q", c.s, c.word, got, c.want)
		}
	}
}
