package zh

import "testing"

// TestPhrasalWhole: a phrasal verb the English says with a particle
// WordNet makes it a synonym with ("throw it out" for "to throw away"),
// or with its own particle "at" ("laughed at"), says the phrasal gloss
// whole, over the bare verb ("to throw", "to laugh; to smile"); the bare
// verb stays where no particle is said.
func TestPhrasalWhole(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这双鞋太旧了，扔了吧。", "These shoes are too old, just throw them out.", "扔", "to throw away"},
		{"他把球扔给我。", "He threw the ball to me.", "扔", "to throw"}, // guard
		{"同学们都笑他。", "All his classmates laughed at him.", "笑", "to laugh at"},
		{"听完这个笑话，他笑了。", "He laughed when he heard the joke.", "笑", "to laugh; to smile"}, // guard
	})
}

// TestPhrasalSynonyms: another particle says a phrasal verb only where
// WordNet makes the two verbs synonyms.
func TestPhrasalSynonyms(t *testing.T) {
	for _, c := range []struct {
		verb, p, q string
		want       bool
	}{
		{"throw", "away", "away", true},
		{"throw", "away", "out", true},
		{"eat", "up", "out", false},
		{"give", "up", "back", false},
	} {
		if got := phrasalSynonyms(c.verb, c.p, c.q); got != c.want {
			t.Errorf("phrasalSynonyms(%q, %q, %q) = %v, want %v", c.verb, c.p, c.q, got, c.want)
		}
	}
}
