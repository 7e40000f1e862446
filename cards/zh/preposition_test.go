package zh

import "testing"

// TestPrepositionObjectless: a preposition's sense ("towards; at; for")
// is not said by the English where nothing follows the token in its
// clause: 对 answering a question ("Yeah, …") is no preposition, whatever
// "for" the English says further on; before its object it stays one.
func TestPrepositionObjectless(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"对，我们每周都给老人送饭。", "Yeah, we bring meals for the old folks every week.", "对", "right; correct"},
		{"运动对身体有好处。", "Exercise is good for your health.", "对", "to; towards; about (sb or sth)"}, // guard: the construction
	})
}

// TestPrepositionOnly: the senses whose glosses are prepositions only.
func TestPrepositionOnly(t *testing.T) {
	in := &entryInfo{senses: []string{"towards; at; for", "right; correct", "(of sb) to be at", "with"}}
	for k, want := range []bool{true, false, false, true} {
		if got := in.prepositionOnly(k); got != want {
			t.Errorf("prepositionOnly(%q) = %v, want %v", in.senses[k], got, want)
		}
	}
}
