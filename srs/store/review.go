package store

// What a review session needs beyond cards.go (written for srs/review): the
// day's starting point and a card with its word and sentences, each read in
// one View, a bulk UpdateCards, and Lazy, a collection opened around each operation. Answers,
// undo, suspend and bury go through Answer, Undo and UpdateCard.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/srs"
)

// ReviewDay is what a review session starts from.
type ReviewDay struct {
	// Due are the cards due before the given time that are not plain new
	// cards, earliest first: learning and review cards, and new cards that
	// are suspended or buried (suspended and buried cards are included:
	// the caller decides).
	Due []Card
	// New are the other new cards, whatever their due time (the time they
	// were mined, which may be after until under another clock), in due
	// order. They are not decoded: a session reads the
	// one it shows (Show), so a 10,000-card collection starts fast.
	New []NewCard
	// Logged are the reviews logged since the given time, oldest first.
	Logged []Review
	// Count is, for each word with a new card (in New or Due), how often it
	// occurs in the mined sentences, so that new cards can be introduced
	// most frequent first.
	Count map[string]int
}

// NewCard is a new card as listed by ReviewDay.
type NewCard struct {
	Key CardKey
	Due time.Time // when it was mined
}

// ReviewDay reads, in one View, the cards due before until, every new card
// and the reviews logged since since.
func (db *DB) ReviewDay(until, since time.Time) (ReviewDay, error) {
	d := ReviewDay{Count: map[string]int{}}
	err := db.bolt.View(func(tx *bolt.Tx) error {
		end := timeKey(until)
		cb, words := tx.Bucket(bucketCards), tx.Bucket(bucketWords)
		count := func(word string) error {
			if _, ok := d.Count[word]; ok {
				return nil
			}
			raw := words.Get([]byte(word))
			if raw == nil {
				return fmt.Errorf("%w: card of %s has no word", errCorrupt, word)
			}
			w, err := decodeWord(raw)
			if err != nil {
				return fmt.Errorf("word %s: %w", word, err)
			}
			d.Count[word] = w.Count
			return nil
		}
		// New cards are due from the time they were mined; a document mined
		// after until (under another clock) makes the scan go on to its
		// cards, the rest of the index holds no new card.
		stop := end
		err := tx.Bucket(bucketDocs).ForEach(func(_, v []byte) error {
			var doc Document
			if err := json.Unmarshal(v, &doc); err != nil {
				return err
			}
			if k := timeKey(doc.Mined.Add(time.Nanosecond)); bytes.Compare(k, stop) > 0 {
				stop = k
			}
			return nil
		})
		if err != nil {
			return err
		}
		cur := tx.Bucket(bucketDue).Cursor()
		for k, v := cur.First(); k != nil && bytes.Compare(k[:8], stop) < 0; k, v = cur.Next() {
			raw := cb.Get(k[8:])
			if raw == nil || len(v) != 1 {
				return fmt.Errorf("%w: due entry %q has no card", errCorrupt, k[8:])
			}
			st, suspended, buried := dueFlags(v[0])
			isNew := st == srs.New
			if isNew && !suspended && !buried {
				key, err := cardKeyOf(k[8:])
				if err != nil {
					return err
				}
				d.New = append(d.New, NewCard{Key: key, Due: keyTime(k[:8])})
				if err := count(key.Word); err != nil {
					return err
				}
				continue
			}
			if bytes.Compare(k[:8], end) >= 0 && !isNew {
				continue
			}
			c, err := decodeCard(k[8:], raw)
			if err != nil {
				return err
			}
			d.Due = append(d.Due, c)
			if c.State == srs.New {
				if err := count(c.Word); err != nil {
					return err
				}
			}
		}
		rc := tx.Bucket(bucketReviews).Cursor()
		for k, v := rc.Seek(timeKey(since)); k != nil; k, v = rc.Next() {
			ck, err := cardKeyOf(k[8:])
			if err != nil {
				return err
			}
			r := Review{ID: ReviewID{Time: keyTime(k[:8]), Card: ck}}
			if err := json.Unmarshal(v, &r.ReviewLog); err != nil {
				return fmt.Errorf("review %s: %w", ck, err)
			}
			d.Logged = append(d.Logged, r)
		}
		return nil
	})
	return d, err
}

// UpdateCards writes the flags or state of many cards without reviews (a
// bulk suspend, bury or reset), keeping the due index in step, in one
// Update: all or none.
func (db *DB) UpdateCards(cs []Card) error {
	return db.bolt.Update(func(tx *bolt.Tx) error {
		for i := range cs {
			old, err := getCard(tx, cs[i].Key())
			if err != nil {
				return err
			}
			if err := putCard(tx, &old, &cs[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// Note is a word as a card shows it: the word and some of its sentences.
type Note struct {
	Word      cards.Word
	Sentences []Sentence
}

// Show reads a card, its word and up to limit of the word's sentences (in
// the order mined) in one View: what a review shows.
func (db *DB) Show(k CardKey, limit int) (Card, Note, error) {
	var c Card
	var n Note
	err := db.bolt.View(func(tx *bolt.Tx) error {
		var err error
		if c, err = getCard(tx, k); err != nil {
			return err
		}
		raw := tx.Bucket(bucketWords).Get([]byte(k.Word))
		if raw == nil {
			return fmt.Errorf("word %s: %w", k.Word, ErrNotFound)
		}
		if n.Word, err = decodeWord(raw); err != nil {
			return fmt.Errorf("word %s: %w", k.Word, err)
		}
		pairs := tx.Bucket(bucketPairs)
		names := map[uint32]string{}
		return wordSentences(tx, k.Word, func(pk PairKey) (bool, error) {
			if len(n.Sentences) >= limit {
				return false, nil
			}
			s, err := sentence(tx, pairs, pk, names)
			if errors.Is(err, errPending) {
				return true, nil // a document being mined (pending.go)
			}
			if err != nil {
				return false, err
			}
			n.Sentences = append(n.Sentences, s)
			return true, nil
		})
	})
	return c, n, err
}

// Lazy is a collection that is opened for each operation and closed right
// after, so that a long-running program (a review session) holds the file's
// lock only while it reads or writes: `cika lookup` works meanwhile, and a
// writer that finds the file busy fails with ErrLocked after Timeout instead
// of waiting. Reads take the shared lock, writes the exclusive one.
type Lazy struct {
	Path    string
	Timeout time.Duration // 0: DefaultTimeout
}

func (l Lazy) with(readOnly bool, fn func(*DB) error) error {
	db, err := Open(l.Path, &Options{ReadOnly: readOnly, Timeout: l.Timeout})
	if err != nil {
		return err
	}
	err = fn(db)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close collection %s: %w", l.Path, cerr)
	}
	return err
}

// ReviewDay is DB.ReviewDay.
func (l Lazy) ReviewDay(until, since time.Time) (d ReviewDay, err error) {
	err = l.with(true, func(db *DB) error { d, err = db.ReviewDay(until, since); return err })
	return d, err
}

// Show is DB.Show.
func (l Lazy) Show(k CardKey, limit int) (c Card, n Note, err error) {
	err = l.with(true, func(db *DB) error { c, n, err = db.Show(k, limit); return err })
	return c, n, err
}

// DueCards is DB.DueCards.
func (l Lazy) DueCards(before time.Time, fn func(Card) bool) error {
	return l.with(true, func(db *DB) error { return db.DueCards(before, fn) })
}

// Answer is DB.Answer.
func (l Lazy) Answer(k CardKey, after srs.Card, log srs.ReviewLog) (id ReviewID, err error) {
	err = l.with(false, func(db *DB) error { id, err = db.Answer(k, after, log); return err })
	return id, err
}

// Undo is DB.Undo.
func (l Lazy) Undo(id ReviewID) error {
	return l.with(false, func(db *DB) error { return db.Undo(id) })
}

// UpdateCard is DB.UpdateCard.
func (l Lazy) UpdateCard(c Card) error {
	return l.with(false, func(db *DB) error { return db.UpdateCard(c) })
}

// Setting is DB.Setting.
func (l Lazy) Setting(name string, v any) (found bool, err error) {
	err = l.with(true, func(db *DB) error { found, err = db.Setting(name, v); return err })
	return found, err
}

// PutSetting is DB.PutSetting.
func (l Lazy) PutSetting(name string, v any) error {
	return l.with(false, func(db *DB) error { return db.PutSetting(name, v) })
}
