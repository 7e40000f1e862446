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

// TestSenseFactsAt checks that the senseFacts read from an entry's record
// by the sense's index (nounish from its marks too) answer as computing them from the sense's text,
// for every sense of every fifth entry, each answer met both ways.
func TestSenseFactsAt(t *testing.T) {
	a := analyzer(t)
	d := a.Dict()
	var yes [4]int
	asked := 0
	for k := 0; k < len(d.Entries); k += 5 {
		in := a.info(&d.Entries[k])
		for i, s := range in.senses {
			got := [4]bool{in.plainNounAt(i), in.adverbGlossAt(i), in.nounLikeAt(i), in.marks[i].nounish}
			want := [4]bool{plainNounOf(s), adverbGlossOf(s), nounLike(s), nounishOf(s)}
			if got != want {
				t.Fatalf("%s sense %d %q: plainNoun, adverbGloss, nounLike, nounish %v by index, %v by text", EntryName(in.e), i, s, got, want)
			}
			for f, v := range want {
				if v {
					yes[f]++
				}
			}
			asked++
		}
	}
	for f, n := range yes {
		if n < 100 || asked-n < 100 {
			t.Fatalf("fact %d holds for %d of %d senses: too few either way to test", f, n, asked)
		}
	}
}
