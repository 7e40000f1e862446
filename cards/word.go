// Package cards is cika's note and card model and the mining that fills it:
// sentence pairs (from package corpus) go through an Analyzer (package zh
// implements it) and come out as words — Anki "notes" — each with the
// sentences it occurs in and its two cards, recognition and recall.
//
// The package is pure: it holds no files and no clock. The collection
// (srs/store) persists what Mine returns.
package cards

import (
	"fmt"
	"sort"
	"strings"
)

// ID returns a word's identity: the simplified headword and its numeric
// reading, "银行 yin2 hang2". It names the word for ever (Anki note GUIDs
// derive from it), so it never depends on insertion order.
func ID(word, reading string) string { return word + " " + reading }

// SplitID splits an ID back into headword and reading.
func SplitID(id string) (word, reading string) {
	word, reading, _ = strings.Cut(id, " ")
	return word, reading
}

// Kind is the kind of a card: which side it asks from.
type Kind uint8

const (
	// Recognition shows the Chinese word and asks for its meaning.
	Recognition Kind = 1
	// Recall shows the meaning and asks for the Chinese word.
	Recall Kind = 2
)

// Kinds are the cards every taught word gets, in the order they are made.
var Kinds = []Kind{Recognition, Recall}

func (k Kind) String() string {
	switch k {
	case Recognition:
		return "recognition"
	case Recall:
		return "recall"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// ParseKind is the inverse of Kind.String.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if k.String() == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("unknown card kind %q (want recognition or recall)", s)
}

// Sense is one meaning of a word as met in the learner's sentences.
type Sense struct {
	Gloss string `json:"gloss"`
	Count int    `json:"count"` // occurrences in which this sense was chosen
}

// Origin is where something was first met.
type Origin struct {
	Doc  string `json:"doc"`  // document display name
	Line int    `json:"line"` // line of the Chinese text
}

// Word is a vocabulary item: an Anki note. Its identity is ID(Word, Reading).
type Word struct {
	Word    string // simplified headword
	Trad    string // traditional form ("" when the same as Word)
	Reading string // numeric pinyin, "yin2 hang2"
	// Gloss is the meaning shown on its cards: the sense met most often.
	Gloss string
	// Met are the senses chosen in the learner's sentences, most met first.
	Met []Sense
	// Senses are all the dictionary senses of the entry, for lookup by
	// English.
	Senses []string
	// Count is the number of occurrences in all mined sentences.
	Count int
	// Pairs is the number of distinct sentence pairs it occurs in.
	Pairs int
	// First is where it was first met.
	First Origin
	// Name marks proper names: kept and looked up, but given no cards.
	Name bool
}

// ID is the word's identity.
func (w *Word) ID() string { return ID(w.Word, w.Reading) }

// Taught reports whether the word gets cards.
func (w *Word) Taught() bool { return !w.Name }

// Merge adds what another document taught about the same word: counts add
// up, senses met are merged and the gloss re-chosen; First and the word's
// identity stay.
func (w *Word) Merge(o *Word) {
	w.Count += o.Count
	w.Pairs += o.Pairs
	for _, s := range o.Met {
		w.meet(s.Gloss, s.Count)
	}
	w.Senses = union(w.Senses, o.Senses)
	if w.Trad == "" {
		w.Trad = o.Trad
	}
	w.choose()
}

// meet counts n occurrences of a sense.
func (w *Word) meet(gloss string, n int) {
	if gloss == "" {
		return
	}
	for i := range w.Met {
		if w.Met[i].Gloss == gloss {
			w.Met[i].Count += n
			return
		}
	}
	w.Met = append(w.Met, Sense{Gloss: gloss, Count: n})
}

// choose orders the senses met (most met first, ties in the order met) and
// takes the first as the gloss.
func (w *Word) choose() {
	sort.SliceStable(w.Met, func(i, j int) bool { return w.Met[i].Count > w.Met[j].Count })
	if len(w.Met) > 0 {
		w.Gloss = w.Met[0].Gloss
	} else if len(w.Senses) > 0 && w.Gloss == "" {
		w.Gloss = w.Senses[0]
	}
}

func union(a, b []string) []string {
	if len(b) > 0 && len(a) >= len(b) && &a[0] == &b[0] {
		// b is a prefix of a, as when a word's tokens share their entry's
		// senses (zh keeps one slice per entry): nothing to add, without
		// comparing every sense with every other for each token.
		return a
	}
	for _, s := range b {
		found := false
		for _, t := range a {
			if s == t {
				found = true
				break
			}
		}
		if !found {
			a = append(a, s)
		}
	}
	return a
}
