package zh

import "testing"

// TestAdverbApart: an adverb in -ly that WordNet does not relate to the
// adjective it is spelled from says nothing of that adjective ("hardly"
// is no "hard"), while a gloss with the adverb itself still meets it; an
// adverb WordNet derives from its adjective ("clearly") says it still.
func TestAdverbApart(t *testing.T) {
	for _, c := range []struct {
		en, gloss string
		want      bool
	}{
		{"He could hardly walk after the race.", "hard", false},
		{"He works hard every day.", "hard", true}, // guard
		{"We are nearly there.", "near", false},
		{"We are nearly there.", "nearly", true}, // a gloss "almost; nearly"
		{"I haven't seen him lately.", "late", false},
		{"I can't hear him clearly.", "clear", true}, // guard
	} {
		en := newEnglish(c.en)
		st := stem(c.gloss)
		if got := en.hasStem(st, hash8(st)); got != c.want {
			t.Errorf("%q says gloss word %q (stem %q): %v, want %v", c.en, c.gloss, st, got, c.want)
		}
	}
}
