package zh

import (
	"slices"
	"testing"
)

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

// TestLexiconFind checks that every headword is found under its own id,
// those that are their own key (shortKey) and those found by hash alike,
// and that strings that are no headword are not: the empty string,
// invalid UTF-8, U+FFFD, and a headword with a character added that is no
// headword.
func TestLexiconFind(t *testing.T) {
	a := analyzer(t)
	short, long := 0, 0
	for w, le := range a.lex.all() {
		got, ok := a.lex.get(w)
		if !ok || got != le {
			t.Fatalf("get(%q) = %v, %v, want %v", w, got, ok, le)
		}
		if _, ok := shortKey(w); ok {
			short++
		} else {
			long++
		}
		if le.id%7 == 0 {
			for _, more := range []string{w + "\xff", w + "\ufffd", w + "们们"} {
				if _, ok := a.lex.get(more); ok && !a.Dict().Has(more) {
					t.Fatalf("get(%q) found a word that is no headword", more)
				}
			}
		}
	}
	if short == 0 || long == 0 {
		t.Fatalf("%d short headwords, %d long: the test needs both", short, long)
	}
	for _, w := range []string{"", "\xff", "\xe4\xb8", "\ufffd", "\ufffd\ufffd", "这太", "a", "ab"} {
		if le, ok := a.lex.get(w); ok {
			t.Errorf("get(%q) = %v, found", w, le)
		}
	}
}

// TestDictViewLookup checks that the analysis's view of the dictionary
// finds the same entries, in the same order, as the dictionary's own
// Lookup: for every headword, Han or not (AA制, ○), and for strings that
// are none (punctuation, the empty string, Latin).
func TestDictViewLookup(t *testing.T) {
	a := analyzer(t)
	words := []string{"", "。", ",", "，", "?", "Hello", "卡拉OK", "AA制"}
	for i := range a.Dict().Entries {
		e := &a.Dict().Entries[i]
		words = append(words, e.Simp, e.Trad)
	}
	others := 0
	for _, w := range words {
		got, want := a.dict.Lookup(w), a.Dict().Lookup(w)
		if !slices.Equal(got, want) {
			t.Fatalf("Lookup(%q) = %d entries, the dictionary's %d", w, len(got), len(want))
		}
		if len(want) > 0 && !allHan(w) {
			others++
		}
	}
	if others == 0 {
		t.Fatal("no headword that is not all Han was looked up")
	}
}
