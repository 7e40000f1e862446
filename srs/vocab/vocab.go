// Package vocab is the vocabulary job: the collection's words listed in an
// order (count, pinyin, word, gloss, first met), and a word as the commands
// that list words print it (Entry, the `cika words --json` object, which
// `cika lookup --json` extends).
package vocab

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"cika/cards"
	"cika/cards/pinyin"
	"cika/srs/store"
)

// Entry is a word as `cika words --json` prints it (README: "words").
type Entry struct {
	ID            string        `json:"id"`
	Word          string        `json:"word"`
	Trad          string        `json:"trad,omitempty"`
	Reading       string        `json:"reading"`
	Pinyin        string        `json:"pinyin"`
	Gloss         string        `json:"gloss"`
	Met           []cards.Sense `json:"senses_met"`
	Senses        []string      `json:"senses"`
	Count         int           `json:"count"`
	SentenceCount int           `json:"sentence_count"`
	First         cards.Origin  `json:"first"`
	Name          bool          `json:"name"`
}

// EntryOf is w as an Entry; empty lists are [] in JSON, not null.
func EntryOf(w *cards.Word) Entry {
	j := Entry{ID: w.ID(), Word: w.Word, Trad: w.Trad, Reading: w.Reading, Pinyin: cards.Pinyin(w.Reading),
		Gloss: w.Gloss, Met: w.Met, Senses: w.Senses, Count: w.Count, SentenceCount: w.Pairs, First: w.First, Name: w.Name}
	if j.Met == nil {
		j.Met = []cards.Sense{}
	}
	if j.Senses == nil {
		j.Senses = []string{}
	}
	return j
}

// Options choose the words listed and their order.
type Options struct {
	Sort    string // "count" (most first, the default), "pinyin", "word", "gloss" or "first" (order met)
	Reverse bool
	Limit   int  // at most this many; 0 = all
	Names   bool // proper names too
}

// KnownSort reports whether sort names an order List knows ("" is count).
func KnownSort(sort string) bool {
	_, ok := orders[cmp.Or(sort, "count")]
	return ok
}

// List reads the words o chooses, in its order, and calls fn with how many
// there are and a function that reads the i-th into w. Everything happens
// inside one read transaction: the words point into the collection's
// memory map (see store.ViewWords), so fn must copy what it keeps.
func List(db *store.DB, o Options, fn func(n int, word func(i int, w *cards.Word) error) error) error {
	sort := cmp.Or(o.Sort, "count")
	compare, ok := orders[sort]
	if !ok {
		return fmt.Errorf("sort words: unknown order %q", o.Sort)
	}
	key := keys[sort]
	if o.Limit > 0 && sort == "count" && !o.Reverse {
		// The most frequent words come from the collection's count
		// index, in this order (store.ViewTopWords).
		return db.ViewTopWords(o.Limit, o.Names, func(l *store.WordList) error {
			return fn(l.Len(), l.Word)
		})
	}
	return db.ViewWords(func(l *store.WordList) error {
		ks := make([]wordKey, 0, l.Len())
		var w cards.Word
		for i := range l.Len() {
			if err := l.Summary(i, &w); err != nil {
				return err
			}
			if !w.Name || o.Names {
				ks = append(ks, key(i, &w))
			}
		}
		slices.SortFunc(ks, func(a, b wordKey) int {
			if o.Reverse {
				a, b = b, a
			}
			return compare(a, b)
		})
		if o.Limit > 0 && o.Limit < len(ks) {
			ks = ks[:o.Limit]
		}
		return fn(len(ks), func(i int, w *cards.Word) error { return l.Word(ks[i].i, w) })
	})
}

// wordKey is what an order compares, taken from a word once: sorting
// compares keys, not decoded words.
type wordKey struct {
	i       int    // the word's index in the store.WordList
	n       int    // count or line
	a, b    string // the order's strings
	word    string // the ID's parts, for ties
	reading string
}

// keys build each order's keys; orders compare them. Ties fall back to the
// word's identity so the output is stable.
var keys = map[string]func(i int, w *cards.Word) wordKey{
	"count": func(i int, w *cards.Word) wordKey {
		return wordKey{i: i, n: -w.Count, word: w.Word, reading: w.Reading}
	},
	"pinyin": func(i int, w *cards.Word) wordKey {
		return wordKey{i: i, a: pinyin.Toneless(w.Reading), b: strings.ToLower(w.Reading), word: w.Word, reading: w.Reading}
	},
	"word": func(i int, w *cards.Word) wordKey { return wordKey{i: i, word: w.Word, reading: w.Reading} },
	"gloss": func(i int, w *cards.Word) wordKey {
		return wordKey{i: i, a: strings.ToLower(w.Gloss), word: w.Word, reading: w.Reading}
	},
	"first": func(i int, w *cards.Word) wordKey {
		return wordKey{i: i, a: w.First.Doc, n: w.First.Line, word: w.Word, reading: w.Reading}
	},
}

var orders = map[string]func(a, b wordKey) int{
	"count":  byN,
	"pinyin": byAB,
	"word":   compareIDs,
	"gloss":  byAB,
	"first": func(a, b wordKey) int {
		if c := strings.Compare(a.a, b.a); c != 0 {
			return c
		}
		return byN(a, b)
	},
}

func byN(a, b wordKey) int {
	if c := cmp.Compare(a.n, b.n); c != 0 {
		return c
	}
	return compareIDs(a, b)
}

func byAB(a, b wordKey) int {
	if c := strings.Compare(a.a, b.a); c != 0 {
		return c
	}
	if c := strings.Compare(a.b, b.b); c != 0 {
		return c
	}
	return compareIDs(a, b)
}

// compareIDs orders words as their IDs ("word reading") would sort.
func compareIDs(a, b wordKey) int {
	if c := strings.Compare(a.word, b.word); c != 0 {
		return c
	}
	return strings.Compare(a.reading, b.reading)
}
