package store

import (
	"errors"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/srs"
)

// Answered is one answer for AnswerAll.
type Answered struct {
	Card  CardKey
	After srs.Card
	Log   srs.ReviewLog
}

// AnswerAll records many answers in one Update, all or none, with the same
// checks as Answer (each answer's log.Before must be the card's state at
// that point, so answers of one card go in time order): for importing a
// review history, and for building big collections in benchmarks without
// one fsync per review.
func (db *DB) AnswerAll(as []Answered) error {
	return db.bolt.Update(func(tx *bolt.Tx) error {
		rb := tx.Bucket(bucketReviews)
		for _, a := range as {
			old, err := getCard(tx, a.Card)
			if err != nil {
				return err
			}
			if !sameState(old.Card, a.Log.Before) {
				return fmt.Errorf("answer %s: %w", a.Card, ErrConflict)
			}
			c := old
			c.Card = a.After
			if err := putCard(tx, &old, &c); err != nil {
				return err
			}
			key := ReviewID{Time: a.Log.Time, Card: a.Card}.bytes()
			if rb.Get(key) != nil {
				return fmt.Errorf("answer %s: a review at %s is already logged", a.Card, a.Log.Time)
			}
			raw, err := encodeReview(&a.Log)
			if err != nil {
				return err
			}
			if err := rb.Put(key, raw); err != nil {
				return err
			}
			if err := addRetention(tx.Bucket(bucketMeta), &a.Log, 1); err != nil {
				return err
			}
			if err := addAnswered(tx, &a.Log, 1); err != nil {
				return err
			}
		}
		return addCount(tx.Bucket(bucketMeta), countReviews, len(as))
	})
}

// HoldNew suspends the new cards of the given words (those not suspended
// already), in one Update: `cika mine`'s filters hold back the words they
// do not select. It returns the number of cards suspended.
func (db *DB) HoldNew(ids []string) (int, error) {
	n := 0
	err := db.bolt.Update(func(tx *bolt.Tx) (err error) {
		n, err = suspendCards(tx, ids, true, func(c *Card) bool { return c.State == srs.New })
		return err
	})
	return n, err
}

// SetSuspended suspends (or unsuspends) every card of the given words whose
// flag differs, in one Update, and returns the number of cards changed. A
// buried card stays buried; an unknown word is an error naming it, and
// then nothing changes.
func (db *DB) SetSuspended(ids []string, suspended bool) (int, error) {
	n := 0
	err := db.bolt.Update(func(tx *bolt.Tx) (err error) {
		words := tx.Bucket(bucketWords)
		for _, id := range ids {
			if words.Get([]byte(id)) == nil {
				return fmt.Errorf("word %s: %w", id, ErrNotFound)
			}
		}
		n, err = suspendCards(tx, ids, suspended, nil)
		return err
	})
	return n, err
}

// suspendCards sets the suspended flag of the cards of the given words
// that want it changed and that only accepts (nil: all), and returns how
// many changed. Words without cards (names) are skipped.
func suspendCards(tx *bolt.Tx, ids []string, suspended bool, only func(*Card) bool) (int, error) {
	n := 0
	for _, id := range ids {
		for _, kind := range cards.Kinds {
			c, err := getCard(tx, CardKey{Word: id, Kind: kind})
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return 0, err
			}
			if c.Suspended == suspended || (only != nil && !only(&c)) {
				continue
			}
			old := c
			c.Suspended = suspended
			if err := putCard(tx, &old, &c); err != nil {
				return 0, err
			}
			n++
		}
	}
	return n, nil
}

// SuspendedWords returns the words with a suspended card, in ID order,
// from the due index (no card is read).
func (db *DB) SuspendedWords() ([]string, error) {
	var ids []string
	err := db.bolt.View(func(tx *bolt.Tx) error {
		seen := map[string]bool{}
		return tx.Bucket(bucketDue).ForEach(func(k, v []byte) error {
			if len(v) != 1 {
				return nil
			}
			if _, suspended, _ := dueFlags(v[0]); !suspended {
				return nil
			}
			ck, err := cardKeyOf(k[8:])
			if err != nil {
				return err
			}
			if !seen[ck.Word] {
				seen[ck.Word] = true
				ids = append(ids, ck.Word)
			}
			return nil
		})
	})
	slices.Sort(ids)
	return ids, err
}
