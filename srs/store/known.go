package store

// Known words: the words the learner already knows, by simplified headword
// (every reading of it). Their new cards are never introduced (srs/review
// skips them) and are not counted as waiting; their cards stay in the
// collection, untouched, so removing a word from the list brings them back.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
	"unicode"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
)

// Known is a word on the learner's known list.
type Known struct {
	Word   string    `json:"word"`   // simplified headword
	Source string    `json:"source"` // how it got there: "add", "hsk 2", "import words.txt", "review"
	Added  time.Time `json:"added"`
}

type knownRecord struct {
	Source string    `json:"source"`
	Added  time.Time `json:"added"`
}

// KnownResult says what AddKnown or RemoveKnown did.
type KnownResult struct {
	Changed int // words added (or removed)
	Already int // words that were already known (or not known, for remove)
	// Mapped counts words given in a traditional form and stored under the
	// simplified headword of a word in the collection.
	Mapped int
}

// CheckKnownWord reports why s cannot be a known word ("" when it can): it
// must hold a Han character and no space or control character.
func CheckKnownWord(s string) string {
	han := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han = true
		case unicode.IsSpace(r) || unicode.IsControl(r) || r == sep:
			return "has a space or control character"
		}
	}
	if !han {
		return "has no Chinese character"
	}
	return ""
}

// AddKnown adds words to the known list in one Update (all or nothing).
// A word that is a traditional form of a word in the collection is stored
// under its simplified headword. Words already known keep their source.
func (db *DB) AddKnown(words []string, source string, now time.Time) (KnownResult, error) {
	var res KnownResult
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		res = KnownResult{}
		kb := tx.Bucket(bucketKnown)
		raw, err := json.Marshal(knownRecord{Source: source, Added: now.UTC()})
		if err != nil {
			return err
		}
		for _, w := range words {
			if why := CheckKnownWord(w); why != "" {
				return fmt.Errorf("known word %q %s", w, why)
			}
			simp := simplified(tx, w)
			if simp != w {
				res.Mapped++
			}
			if kb.Get([]byte(simp)) != nil {
				res.Already++
				continue
			}
			if err := kb.Put([]byte(simp), raw); err != nil {
				return err
			}
			if err := requeueHead(tx, simp, true); err != nil {
				return err
			}
			res.Changed++
		}
		return addCount(tx.Bucket(bucketMeta), countKnown, res.Changed)
	})
	if err != nil {
		return KnownResult{}, fmt.Errorf("add known words: %w", err)
	}
	return res, nil
}

// simplified maps a form to the simplified headword of the collection's
// word that has it as its traditional form; a simplified headword, or a
// form the collection does not have, is returned as it is.
func simplified(tx *bolt.Tx, form string) string {
	p := prefix(form)
	cur := tx.Bucket(bucketForms).Cursor()
	other := ""
	for k, _ := cur.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = cur.Next() {
		head, _ := cards.SplitID(string(k[len(p):]))
		if head == form {
			return form
		}
		if other == "" {
			other = head
		}
	}
	if other != "" {
		return other
	}
	return form
}

// RemoveKnown takes words off the known list in one Update; their new cards
// join the queue again.
func (db *DB) RemoveKnown(words []string) (KnownResult, error) {
	var res KnownResult
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		res = KnownResult{}
		kb := tx.Bucket(bucketKnown)
		for _, w := range words {
			simp := simplified(tx, w)
			if kb.Get([]byte(simp)) == nil {
				res.Already++
				continue
			}
			if simp != w {
				res.Mapped++
			}
			if err := kb.Delete([]byte(simp)); err != nil {
				return err
			}
			if err := requeueHead(tx, simp, false); err != nil {
				return err
			}
			res.Changed++
		}
		return addCount(tx.Bucket(bucketMeta), countKnown, -res.Changed)
	})
	if err != nil {
		return KnownResult{}, fmt.Errorf("remove known words: %w", err)
	}
	return res, nil
}

// KnownList returns the known list in headword (byte) order.
func (db *DB) KnownList() ([]Known, error) {
	var out []Known
	err := db.bolt.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketKnown).ForEach(func(k, v []byte) error {
			var r knownRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("known word %q: %w", k, err)
			}
			out = append(out, Known{Word: string(k), Source: r.Source, Added: r.Added})
			return nil
		})
	})
	return out, err
}

// KnownWords returns the set of known headwords (no decoding: a
// 5,000-word list reads in well under a millisecond).
func (db *DB) KnownWords() (map[string]bool, error) {
	set := map[string]bool{}
	err := db.bolt.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketKnown).ForEach(func(k, _ []byte) error {
			set[string(k)] = true
			return nil
		})
	})
	return set, err
}

// IsKnown reports whether a word ID ("银行 yin2 hang2") or headword is on
// the known list.
func IsKnown(set map[string]bool, id string) bool {
	head, _ := cards.SplitID(id)
	return set[head]
}

// Familiar returns, of the given word IDs, those the learner knows: on the
// known list, or with a card that has left the new state (being learned or
// reviewed). What choosing an i+1 example sentence needs.
func (db *DB) Familiar(ids []string) (map[string]bool, error) {
	var out map[string]bool
	err := db.bolt.View(func(tx *bolt.Tx) error {
		out = familiar(tx, ids)
		return nil
	})
	return out, err
}

func familiar(tx *bolt.Tx, ids []string) map[string]bool {
	out := map[string]bool{}
	kc, lc := tx.Bucket(bucketKnown).Cursor(), tx.Bucket(bucketLearned).Cursor()
	for _, id := range ids {
		if isFamiliar(kc, lc, id) {
			out[id] = true
		}
	}
	return out
}

// isFamiliar is Familiar's test of one word, given cursors of the known
// and learned buckets (a search asks of hundreds of words).
func isFamiliar(known, learned *bolt.Cursor, id string) bool {
	head, _ := cards.SplitID(id)
	return seekGet(known, []byte(head)) != nil || seekGet(learned, []byte(id)) != nil
}

// seekGet is Bucket.Get through a cursor, nil for a nested bucket as
// for none: Get makes a cursor, and grows its stack, at each call, where
// one cursor's stack serves every Seek.
func seekGet(c *bolt.Cursor, key []byte) []byte {
	k, v := c.Seek(key)
	if !bytes.Equal(k, key) {
		return nil
	}
	return v
}

// Learned returns the IDs of the words with a card that has left the new
// state, from the learned index (no card record is read).
func (db *DB) Learned() (map[string]bool, error) {
	out := map[string]bool{}
	err := db.bolt.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketLearned).ForEach(func(k, _ []byte) error {
			out[string(k)] = true
			return nil
		})
	})
	return out, err
}

// FamiliarFunc returns the test Familiar applies to each word, with the
// whole known list and every learned word read at once: for choosing the
// examples of many words (export).
func (db *DB) FamiliarFunc() (func(id string) bool, error) {
	known, err := db.KnownWords()
	if err != nil {
		return nil, err
	}
	learned, err := db.Learned()
	if err != nil {
		return nil, err
	}
	return func(id string) bool { return learned[id] || IsKnown(known, id) }, nil
}

// KnownWords is DB.KnownWords.
func (l Lazy) KnownWords() (set map[string]bool, err error) {
	err = l.with(true, func(db *DB) error { set, err = db.KnownWords(); return err })
	return set, err
}

// Familiar is DB.Familiar.
func (l Lazy) Familiar(ids []string) (set map[string]bool, err error) {
	err = l.with(true, func(db *DB) error { set, err = db.Familiar(ids); return err })
	return set, err
}

// AddKnown is DB.AddKnown.
func (l Lazy) AddKnown(words []string, source string, now time.Time) (res KnownResult, err error) {
	err = l.with(false, func(db *DB) error { res, err = db.AddKnown(words, source, now); return err })
	return res, err
}

// RemoveKnown is DB.RemoveKnown.
func (l Lazy) RemoveKnown(words []string) (res KnownResult, err error) {
	err = l.with(false, func(db *DB) error { res, err = db.RemoveKnown(words); return err })
	return res, err
}
