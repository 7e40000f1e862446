package zh

import (
	"strings"
	"testing"
)

// TestLearnerSenseInContext checks learner.txt where the English says
// nothing: the sense a learner meets first, not CC-CEDICT's first plain
// sense (the old sense is in the comment), while the grammar around the
// token still chooses among the senses.
func TestLearnerSenseInContext(t *testing.T) {
	a := analyzer(t)
	for _, tc := range []struct{ zh, word, want string }{
		// HSK levels 1 and 2.
		{"今天太热了。", "太", "too (much)"},          // "highest"
		{"你想点什么?", "点", "to order (food etc)"}, // "to touch briefly"
		{"你说错了。", "错", "wrong"},                // "mistake", after 说 "to grind"
		{"这道题很难。", "题", "exam question"},       // "topic"
		{"这是什么意思?", "意思", "meaning"},           // "idea"
		{"请进。", "进", "to enter"},               // "to go forward"
		{"这个孩子长得很快。", "长", "to grow"},          // "chief"
		{"我们昨天上了三节课。", "课", "class"},           // "subject"
		{"这个月的工资已经花光了。", "月", "month"},         // "moon"
		{"他每天下午都去游泳。", "游泳", "to swim"},        // "swimming"
		{"我们说为每个人准备的礼物。", "准备", "to prepare"},  // "preparation"
		{"谢谢你的帮助。", "帮助", "assistance"},        // the noun after 的
		{"我们一起去吧。", "一起", "together"},
	} {
		if g, _ := tokenGloss(t, a, tc.zh, "", tc.word); !strings.HasPrefix(g, tc.want) {
			t.Errorf("%s in %s: got %q, want %q", tc.word, tc.zh, g, tc.want)
		}
	}
}

// BenchmarkParseLearner is what learner.txt adds to every start of cika:
// it is read once, at package initialisation.
func BenchmarkParseLearner(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parseLearner(learnerTxt)
	}
}
