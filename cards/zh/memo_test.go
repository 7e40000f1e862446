package zh

import (
	"cika/cards/wordnet"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSenseMemo checks that the remembered predicates on senses answer
// as computing them does, for the senses of every fourth entry of the
// dictionary (more senses than senseFacts and a memo have slots, so slots
// are taken over by other senses), asked twice in turn: the second round
// finds many slots holding another sense, which must not be taken for its
// own. Every third sense is also asked as a copy, which is not in the
// embedded dictionary and goes to the predicate's senseMemo.
func TestSenseMemo(t *testing.T) {
	a := analyzer(t)
	d := a.Dict()
	var senses []string
	for i := 0; i < len(d.Entries); i += 4 {
		senses = append(senses, d.Entries[i].Senses()...)
	}
	if len(senses) < max(memoSlots, len(senseFacts.slots)) {
		t.Fatalf("%d senses, want more than %d", len(senses), max(memoSlots, len(senseFacts.slots)))
	}
	preds := []struct {
		name         string
		memo, direct func(string) bool
	}{
		{"nounish", nounish, nounishOf},
		{"narrowVerb", narrowVerb, narrowVerbOf},
		{"isFreeSense", isFreeSense, isFreeSenseOf},
		{"isGrammarSense", isGrammarSense, isGrammarSenseOf},
		{"adverbOnly", adverbOnly, adverbOnlyOf},
		{"nounOnly", nounOnly, nounOnlyOf},
		{"nounGloss", nounGloss, nounGlossOf},
		{"adverbGloss", adverbGloss, adverbGlossOf},
		{"plainNoun", plainNoun, plainNounOf},
	}
	want := make([][]bool, len(senses))
	for k, s := range senses {
		for _, p := range preds {
			want[k] = append(want[k], p.direct(s))
		}
	}
	for round := range 2 {
		for k, s := range senses {
			if k%3 == 0 {
				s = strings.Clone(s)
			}
			for j, p := range preds {
				if got := p.memo(s); got != want[k][j] {
					t.Fatalf("round %d: %s(%q) = %v, computed %v", round, p.name, s, got, want[k][j])
				}
			}
			if got, want := firstGloss(s), firstGlossOf(s); got != want {
				t.Fatalf("round %d: firstGloss(%q) = %q, computed %q", round, s, got, want)
			}
		}
	}
}

// TestRelFacts checks that info keeps, beside each sense of a single
// character, the facts singleRelatedBest reads (as computing them
// answers): adverbOnly of an unmarked sense neither a verb nor the first
// plain one, nounOnly of such a sense that is no adverb, narrowVerb of an
// unmarked verb; no fact where it does not hold, and none for the senses
// of longer words, which it does not ask.
func TestRelFacts(t *testing.T) {
	a := analyzer(t)
	d := a.Dict()
	singles, set := 0, 0
	for i := 0; i < len(d.Entries); i += 11 {
		e := &d.Entries[i]
		in := a.info(e)
		single := utf8.RuneCountInString(e.Simp) == 1
		if single {
			singles++
		}
		for k, s := range in.senses {
			mk := in.marks[k]
			got := mk.rel
			if !single {
				if got != 0 {
					t.Fatalf("%s sense %d %q: relFacts %03b for a word of several characters", EntryName(e), k, s, got)
				}
				continue
			}
			other := !mk.verb && !mk.marked && k != int(in.firstPlain)
			adverb, noun, narrow := adverbOnlyOf(s), nounOnlyOf(s), narrowVerbOf(s)
			bad := got&relAdverbOnly != 0 && !adverb || got&relNounOnly != 0 && !noun || got&relNarrowVerb != 0 && !narrow ||
				other && (got&relAdverbOnly != 0) != adverb ||
				other && !adverb && (got&relNounOnly != 0) != noun ||
				!mk.marked && mk.verb && (got&relNarrowVerb != 0) != narrow
			if bad {
				t.Fatalf("%s sense %d %q: relFacts %03b, but adverbOnly %v, nounOnly %v, narrowVerb %v", EntryName(e), k, s, got, adverb, noun, narrow)
			}
			if got != 0 {
				set++
			}
		}
	}
	if singles < 500 || set < 500 {
		t.Fatalf("%d single characters, %d senses with a fact: too few to test", singles, set)
	}
}

// The remembered sense searches answer as the searches do: for every
// entry of the dictionary (each asked twice, the second time from
// entryInfo.searched), beside its first plain sense, and beside another
// sense, which is not remembered.
func TestSearchOnce(t *testing.T) {
	a := analyzer(t)
	d := a.Dict()
	searches := []struct {
		name string
		find func(*entryInfo, int) int
		is   func(string) bool
	}{
		{"intentSense", intentSense, func(s string) bool {
			return slices.Contains([]string{"to intend", "to be about to", "to intend to", "to plan to"}, firstGloss(s))
		}},
		{"orSense", orSense, func(s string) bool { return s == "or" }},
		{"suggestionSense", suggestionSense, func(s string) bool { return strings.HasPrefix(s, "had better") }},
		{"tenableSense", tenableSense, func(s string) bool { return strings.HasPrefix(s, "to be tenable") }},
	}
	found := 0
	for i := range d.Entries {
		in := a.info(&d.Entries[i])
		for _, first := range []int{int(in.firstPlain), int(in.firstPlain), 0} {
			for _, s := range searches {
				got, want := s.find(in, first), otherPlainSense(in, first, s.is)
				if got != want {
					t.Fatalf("%s of %s beside %d = %d, want %d", s.name, in.name, first, got, want)
				}
				if got >= 0 {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no sense found")
	}
}

// TestPartsOfSpeechMemo checks partsOfSpeech against WordNet on the first
// glosses of every sense of the dictionary, the senses themselves and
// their last words (pieces of the embedded dictionary, which glossParts
// keeps), copies of them (which it does not) and English words, asked in
// two orders: far more pieces than slots, so that slots are taken over
// and a stale answer would show.
func TestPartsOfSpeechMemo(t *testing.T) {
	a := analyzer(t)
	var words []string
	for i := range a.dict.Entries {
		for _, s := range a.dict.Entries[i].Senses() {
			g := firstGloss(s)
			words = append(words, g, s, strings.Clone(g))
			if j := strings.LastIndexByte(g, ' '); j >= 0 {
				words = append(words, g[j+1:])
			}
		}
	}
	for _, p := range seedPairs(t) {
		words = append(words, strings.Fields(strings.ToLower(p.EN))...)
	}
	kept, held, kinds := 0, 0, map[wordnet.POS]bool{}
	for pass := range 2 {
		for _, w := range words {
			want := wordnet.PartsOfSpeech(w)
			key, i, ok := senseSlot(w, posKeyShift)
			if ok {
				kept++
				if glossParts.slots[i].Load()>>posKeyShift == key {
					held++
				}
			}
			if got := partsOfSpeech(w); got != want {
				t.Fatalf("pass %d: partsOfSpeech(%q) = %d, want %d (kept %v)", pass, w, got, want, ok)
			}
			kinds[want] = true
		}
		slices.Reverse(words)
	}
	if kept == 0 || held == 0 || kept == len(words)*2 || len(kinds) < 4 {
		t.Fatalf("%d of %d asks kept, %d held already, %d kinds of answer", kept, 2*len(words), held, len(kinds))
	}
}
