package zh

import (
	"testing"

	"cika/cards/wordnet"
)

// TestFirstGlossAt checks that the first gloss read where an entry's
// marks place it is the first gloss computed from the sense's text, for
// every sense of every fifth entry of the dictionary (its meaning's
// senses too), and that both places are met: in the text, and elsewhere
// (an upper-case letter lowered). Its parts of speech too (glossPOS),
// kept and not.
func TestFirstGlossAt(t *testing.T) {
	a := analyzer(t)
	d := a.Dict()
	inside, away, kept, asked := 0, 0, 0, 0
	for k := 0; k < len(d.Entries); k += 5 {
		in := a.info(&d.Entries[k])
		for i, s := range in.senses {
			if got, want := in.firstGlossAt(i), firstGlossOf(s); got != want {
				t.Fatalf("%s sense %d %q: firstGlossAt %q, firstGloss %q", EntryName(in.e), i, s, got, want)
			}
			if got, want := in.glossPOS(i), wordnet.PartsOfSpeech(firstGlossOf(s)); got != want {
				t.Fatalf("%s sense %d %q: glossPOS %v, WordNet %v", EntryName(in.e), i, s, got, want)
			}
			if in.marks[i].posKnown {
				kept++
			} else {
				asked++
			}
			if in.marks[i].glossLen == glossAway {
				away++
			} else {
				inside++
			}
		}
	}
	if inside < 10000 || away < 100 || kept < 10000 || asked < 1000 {
		t.Fatalf("%d first glosses in their sense, %d elsewhere, %d parts of speech kept, %d asked: too few to test each", inside, away, kept, asked)
	}
}
