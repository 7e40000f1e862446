package zh

import "testing"

// TestLexiconNames checks that a headword's names bit says what
// namesOnly used to find by reading its entries: every one is a proper
// name's, for every fifth headword. Both answers must occur.
func TestLexiconNames(t *testing.T) {
	a := analyzer(t)
	names, others := 0, 0
	for w, le := range a.lex.all() {
		if le.id%5 != 0 {
			continue
		}
		entries, ok := a.lex.lookup(w)
		if !ok || len(entries) == 0 {
			t.Fatalf("headword %q has no entries", w)
		}
		want := true
		for _, e := range entries {
			want = want && e.IsName()
		}
		if got := a.lex.words[le.id].names; got != want {
			t.Fatalf("names of %q = %v, its entries say %v", w, got, want)
		}
		if want {
			names++
		} else {
			others++
		}
	}
	if names == 0 || others == 0 {
		t.Fatalf("%d headwords of names only, %d others: the test needs both", names, others)
	}
}
