package zh

import (
	"testing"

	"cika/cards"
)

// TestHoldsObject checks that holdsObject, the fact remembered on the
// wordInfo, answers as verbWithItsObject reads the lexicon, asked once and
// again: for every headword that is a verb gse lacks (the only ones it can
// hold for) and every 97th other. Another fact of the same word (wordVerbs,
// which most of these words have and many do not hold an object) is asked
// first, so that holdsObject reading another fact's bits fails too.
func TestHoldsObject(t *testing.T) {
	a := analyzer(t)
	held, asked := 0, 0
	for w, le := range a.lex.all() {
		if le.prior != unseenVerb && le.id%97 != 0 {
			continue
		}
		sn := &sentence{toks: []cards.Token{{Text: w}}, ids: []int32{le.id}}
		want := a.verbWithItsObject(le.id)
		a.wordAny(sn, 0, wordVerbs, mostlyVerbEntry)
		for range 2 {
			if got := a.holdsObject(sn, 0); got != want {
				t.Fatalf("holdsObject(%s) = %v, verbWithItsObject says %v", w, got, want)
			}
		}
		asked++
		if want {
			held++
		}
	}
	if held == 0 || held == asked {
		t.Fatalf("%d of %d headwords hold their object: the check compares nothing", held, asked)
	}
	t.Logf("%d of %d headwords hold their object", held, asked)
}
