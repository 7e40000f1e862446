package zh

import (
	"math"
	"testing"
	"unicode/utf8"
)

// TestOpengramTable checks the generated table: words of two characters or
// more, each a headword of the lexicon that weighs it by open-gram's count
// (gse lacks it), and counts that rank words as a corpus would: 一句话
// above 站起来 above 出主意.
func TestOpengramTable(t *testing.T) {
	a := analyzer(t)
	counts := parseOpengram(opengramTxt)
	if len(counts) < 100 {
		t.Fatalf("opengram.txt has %d words", len(counts))
	}
	for w, c := range counts {
		if utf8.RuneCountInString(w) < 2 || !allHan(w) {
			t.Errorf("opengram.txt lists %q", w)
		}
		le, ok := a.lex.get(w)
		if !ok {
			t.Errorf("opengram.txt lists %q, no CC-CEDICT headword", w)
		} else if want := float32(math.Log(max(c*a.w.total/opengramScale, unknownFreq)) - math.Log(a.w.total)); math.Abs(float64(le.logp-want)) > 1e-4 {
			// (A word gse counts keeps gse's weight: its open-gram count is not read.)
			t.Errorf("%s weighs %g in the lexicon, want its open-gram count's %g", w, le.logp, want)
		}
		if c < 1 {
			t.Errorf("count of %s is %g", w, c)
		}
	}
	order := []string{"一句话", "站起来", "出主意"}
	for i := 1; i < len(order); i++ {
		if counts[order[i-1]] <= counts[order[i]] {
			t.Errorf("count of %s (%g) not above %s (%g)", order[i-1], counts[order[i-1]], order[i], counts[order[i]])
		}
	}
}

// TestOpengramWords: a headword gse lacks that open-gram counts as a word
// is one token (without opengram.txt it weighs as an unknown word and is
// cut: 入 职, 出 主意, 前 几天, 一 回 事); a chunk open-gram has but
// does not find cohesive (并不, 跑得, 得很) stays cut.
func TestOpengramWords(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct {
		zh   string
		want string
	}{
		{"他下个月入职。", "他 下个月 入职 。"},
		{"你帮我出主意吧。", "你 帮 我 出主意 吧 。"},
		{"前几天我见过他。", "前几天 我 见 过 他 。"},
		{"这是两回事,不是一回事。", "这 是 两回事 , 不是 一回事 。"},
		{"他突然站起来走了。", "他 突然 站起来 走 了 。"},
		{"这个问题并不简单。", "这个 问题 并 不简单 。"}, // guard
		{"他跑得很快。", "他 跑 得 很 快 。"},      // guard (得很 closing the clause is joined by regroup)
	} {
		if got := splitOf(a, c.zh, ""); got != c.want {
			t.Errorf("%s: %q, want %q", c.zh, got, c.want)
		}
	}
}
