package zh

import (
	"slices"
	"testing"
)

// TestOldInGlosses: "old" is CC-CEDICT's notation only in brackets and
// before the notation word it qualifies ("old variant of"); elsewhere it
// is a meaning the English says (多大 "how old?"), but alone it says no
// gloss it qualifies ("an old guy" is no 老爷子 "my (your etc) old
// father", "an old street" no 店 "inn; old-style hotel").
func TestOldInGlosses(t *testing.T) {
	for _, c := range []struct {
		gloss string
		want  bool
	}{
		{"how old?", true},
		{"old friend", true},
		{"old variant of 為|为[wei4]", false},
		{"old name for Beijing", false},
		{"(old) to go", false},
		{"old place name", false},
	} {
		if got := slices.Contains(glossWords(c.gloss), "old"); got != c.want {
			t.Errorf("glossWords(%q) has \"old\": %v, want %v", c.gloss, got, c.want)
		}
	}
	m := compileSenses([]string{"old gentleman", "grandpa"})
	if v := newEnglish("He is an old friend of mine.").senseScore(m, 0); v != 0 {
		t.Errorf("\"an old friend\" says \"old gentleman\" %.2f, want 0", v)
	}
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你儿子今年多大了？", "How old is your son this year?", "多大", "how old"},
		{"那个老爷子每天早上都在公园散步。", "That old guy walks in the park every morning.", "老爷子", "polite appellation"},
		{"他的店开在一条老街上。", "His shop is on an old street.", "店", "(bound form) shop"},
	})
}
