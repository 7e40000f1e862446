package corpus

import (
	"reflect"
	"strings"
	"testing"
)

// A cue's Chinese line is the one holding Chinese characters, however many
// Latin letters it has: the lines below are from a real bilingual talk and
// from the sample podcast written as bilingual subtitles (issue 13).
func TestCueSides(t *testing.T) {
	for _, tt := range []struct {
		lines  []string
		zh, en string
		zhLine int // of the cue's first text line at 10
	}{
		{[]string{"我是来自 Brain Robotics 团队的 Alex，", "I'm Alex, from the Brain Robotics team,"},
			"我是来自 Brain Robotics 团队的 Alex，", "I'm Alex, from the Brain Robotics team,", 10},
		{[]string{"访问okta.com。", "Visit okta.com."}, "访问okta.com。", "Visit okta.com.", 10},
		{[]string{"嘿,Alex。", "Hey, Alex."}, "嘿,Alex。", "Hey, Alex.", 10},
		{[]string{"与Agency(AGNT CY)共同塑造企业AI的未来。", "Shape the future of enterprise AI with Agency (AGNT CY)."},
			"与Agency(AGNT CY)共同塑造企业AI的未来。", "Shape the future of enterprise AI with Agency (AGNT CY).", 10},
		// English first.
		{[]string{"Hey, Alex.", "嘿,Alex。"}, "嘿,Alex。", "Hey, Alex.", 11},
		// A Chinese sentence over two lines, one mostly Latin.
		{[]string{"我是来自 Brain Robotics", "团队的 Alex，", "I'm Alex, from the Brain Robotics team,"},
			"我是来自 Brain Robotics 团队的 Alex，", "I'm Alex, from the Brain Robotics team,", 10},
		// Every line holds Chinese characters: the share decides.
		{[]string{"你好的意思是什么？", "What does 你好 mean?"}, "你好的意思是什么？", "What does 你好 mean?", 10},
		{[]string{"What does 你好 mean?", "你好的意思是什么？"}, "你好的意思是什么？", "What does 你好 mean?", 11},
		// One line, Chinese with Latin letters: Chinese only.
		{[]string{"访问okta.com。"}, "访问okta.com。", "", 10},
		{[]string{"我们走吧。"}, "我们走吧。", "", 10},
		// No Chinese character anywhere: English only.
		{[]string{"OK!"}, "", "OK!", 10},
		{[]string{"♪♪"}, "", "♪♪", 10},
	} {
		c := cue{line: 10, text: tt.lines}
		zh, en, line := c.sides()
		if zh != tt.zh || en != tt.en || line != tt.zhLine {
			t.Errorf("%q: zh %q en %q line %d, want %q %q %d", tt.lines, zh, en, line, tt.zh, tt.en, tt.zhLine)
		}
	}
}

// The pair checks take the side with Chinese characters for the Chinese
// one, whatever the share of Latin letters.
func TestCheckLatinInChinese(t *testing.T) {
	for _, tt := range []struct {
		zh, en         string
		problem        string
		wantZH, wantEN string
	}{
		{"访问okta.com。", "Visit okta.com.", "", "访问okta.com。", "Visit okta.com."},
		{"Visit okta.com.", "访问okta.com。", ProblemSwapped, "访问okta.com。", "Visit okta.com."},
		{"Hey, Alex.", "嘿,Alex。", ProblemSwapped, "嘿,Alex。", "Hey, Alex."},
		{"OK!", "OK!", "", "OK!", "OK!"},
		{"嘿,Alex。", "", ProblemEmpty, "嘿,Alex。", ""},
		{"你好", "他们", ProblemBothZH, "你好", "他们"},
	} {
		p := Pair{ZH: tt.zh, EN: tt.en}
		if got := check(&p, nil); got != tt.problem || p.ZH != tt.wantZH || p.EN != tt.wantEN {
			t.Errorf("check(%q, %q) = %q (%q, %q), want %q (%q, %q)", tt.zh, tt.en, got, p.ZH, p.EN, tt.problem, tt.wantZH, tt.wantEN)
		}
	}
}

// latinCuesSRT is a bilingual SRT whose Chinese lines hold Latin text.
const latinCuesSRT = `1
00:00:01,000 --> 00:00:03,000
大家好。
Hi everyone.

2
00:00:03,000 --> 00:00:06,000
我是来自 Brain Robotics 团队的 Alex，
I'm Alex, from the Brain Robotics team,

3
00:00:06,000 --> 00:00:08,000
访问okta.com。
Visit okta.com.

4
00:00:08,000 --> 00:00:09,000
嘿,Alex。
Hey, Alex.

5
00:00:09,000 --> 00:00:12,000
与Agency(AGNT CY)共同塑造企业AI的未来。
Shape the future of enterprise AI with Agency (AGNT CY).
`

func TestSubtitlesLatinInChinese(t *testing.T) {
	pairs, doc, err := Read("talk.srt", strings.NewReader(latinCuesSRT))
	if err != nil {
		t.Fatal(err)
	}
	var got [][2]string
	for _, p := range pairs {
		got = append(got, [2]string{p.ZH, p.EN})
	}
	want := [][2]string{
		{"大家好。", "Hi everyone."},
		{"我是来自 Brain Robotics 团队的 Alex，", "I'm Alex, from the Brain Robotics team,"},
		{"访问okta.com。", "Visit okta.com."},
		{"嘿,Alex。", "Hey, Alex."},
		{"与Agency(AGNT CY)共同塑造企业AI的未来。", "Shape the future of enterprise AI with Agency (AGNT CY)."},
	}
	if !reflect.DeepEqual(got, want) || len(doc.Problems) != 0 {
		t.Errorf("pairs %q\nwant %q\nproblems %+v", got, want, doc.Problems)
	}
	if pairs[1].Line != 8 || pairs[1].Cue != 2 {
		t.Errorf("provenance %+v", pairs[1].Source)
	}
	// Split in two one-language files, each is known for its language.
	var zh, en strings.Builder
	for _, block := range strings.Split(latinCuesSRT, "\n\n") {
		ls := strings.Split(strings.TrimSpace(block), "\n")
		zh.WriteString(strings.Join(ls[:3], "\n") + "\n\n")
		en.WriteString(strings.Join(append(ls[:2:2], ls[3]), "\n") + "\n\n")
	}
	if l := SubtitleLanguage("zh.srt", strings.NewReader(zh.String()), nil); l != "zh" {
		t.Errorf("Chinese file: %q", l)
	}
	if l := SubtitleLanguage("en.srt", strings.NewReader(en.String()), nil); l != "en" {
		t.Errorf("English file: %q", l)
	}
}

// The tsv parser keeps the counts of the sides it ordered for the pair
// checks, which then do not count them again: they are the pair's own,
// whichever way round its fields came, and none is kept for a layout
// whose sides need no guess (manythings).
func TestTSVSideCounts(t *testing.T) {
	for _, tt := range []struct {
		text    string
		counted bool
	}{
		{"我们的银行\tour bank\n", true},
		{"our bank\t我们的银行\n", true},
		{"What does 你好 mean?\t你好的意思是什么？\n", true},
		{"你好\t他们\n", true},
		{"1\t我们走吧。\t2\tLet's go.\n", true},
		{"3\tLet's go!\t4\t走吧！\n", true},
		{"Let's go.\t我们走吧。\tCC-BY 2.0 (France)\n", false},
	} {
		p := &tsvParser{}
		pair, err := p.next(newLines("t.tsv", strings.NewReader(tt.text)))
		if err != nil {
			t.Fatalf("%q: %v", tt.text, err)
		}
		c := p.lastCounts()
		if tt.counted != (c != nil) || c != nil && *c != counts(&pair) {
			t.Errorf("%q: kept %+v, want %v %+v", tt.text, c, tt.counted, counts(&pair))
		}
	}
}
