package store

// What a review session needs beyond cards.go (written for srs/review): the
// day's starting point and a card with its word and sentences, each read in
// one View, a bulk UpdateCards, and Lazy, a collection opened around each operation. Answers,
// undo, suspend and bury go through Answer, Undo and UpdateCard.

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/srs"
)

// ReviewDay is what a review session starts from, read from the queue the
// collection keeps ready (queue.go) rather than from every card.
type ReviewDay struct {
	// Due are the cards past the new state due before the given time,
	// earliest first (suspended and buried cards are included: the caller
	// decides).
	Due []Card
	// New are the first cards of the new queue, in the order a session
	// introduces them: not suspended, not of a known word (buried ones
	// included). MoreNew says whether more follow (NewCards reads them).
	New     []NewCard
	MoreNew bool
	// QueueCounts count the whole new queue.
	QueueCounts
	// Logged are the reviews logged in the given span, oldest first.
	Logged []Review
	// LastLogged is the time of the last review in the log, wherever it
	// falls (zero when none): a clock behind it is worth telling the
	// learner about.
	LastLogged time.Time
}

// ReviewDay reads, in one View, the cards due before dueBefore, the first
// news cards of the new queue (none when news ≤ 0) and the reviews logged
// from loggedFrom up to loggedBefore. The log is bounded at both ends: under
// a clock earlier than the last review (a wrong clock, a restored backup),
// "since the day started" would otherwise take in every later review, a
// year of them decoded to find that none is today's. When each is not nil,
// the due cards are passed to it one by one instead of being listed in Due
// (the card is valid only during the call), with n, the number of them:
// counting 5,000 cards due this week then allocates nothing for them, and a
// caller that keeps some sizes its slices once.
func (db *DB) ReviewDay(dueBefore, loggedFrom, loggedBefore time.Time, news int, each func(c *Card, n int)) (ReviewDay, error) {
	var d ReviewDay
	err := db.bolt.View(func(tx *bolt.Tx) error {
		end := timeKey(dueBefore)
		cur := tx.Bucket(bucketQueue).Cursor()
		// Counted first: growing a slice of 5,000 cards copies megabytes
		// (append grows a big slice by a quarter at a time).
		n := 0
		for k, _ := cur.First(); k != nil && bytes.Compare(k[:8], end) < 0; k, _ = cur.Next() {
			n++
		}
		if each == nil {
			d.Due = make([]Card, 0, n)
		}
		var c Card // one for every call of each
		for k, v := cur.First(); k != nil && bytes.Compare(k[:8], end) < 0; k, v = cur.Next() {
			if len(v) < 2 {
				return fmt.Errorf("%w: queue entry %q", errCorrupt, k)
			}
			if each != nil {
				// The card is each's during the call only: its word ID is
				// read in place (counting a week's 4,000 cards for `cika
				// due` allocated a string for each).
				ck, err := cardKeyIn(k[8:])
				if err == nil {
					c, err = decodeCardOf(ck, v[1:])
				}
				if err != nil {
					return err
				}
				each(&c, n)
				continue
			}
			var err error
			if c, err = decodeCard(k[8:], v[1:]); err != nil {
				return err
			}
			d.Due = append(d.Due, c)
		}
		if news > 0 {
			var err error
			if d.New, d.MoreNew, err = newCards(tx, nil, news); err != nil {
				return err
			}
		}
		d.QueueCounts = queueCounts(tx)
		rc, logEnd := tx.Bucket(bucketReviews).Cursor(), timeKey(loggedBefore)
		if k, _ := rc.Last(); k != nil {
			d.LastLogged = keyTime(k[:8])
		}
		for k, v := rc.Seek(timeKey(loggedFrom)); k != nil && bytes.Compare(k[:8], logEnd) < 0; k, v = rc.Next() {
			ck, err := cardKeyOf(k[8:])
			if err != nil {
				return err
			}
			r := Review{ID: ReviewID{Time: keyTime(k[:8]), Card: ck}}
			if err := decodeReview(v, &r.ReviewLog); err != nil {
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
	// Familiar are the words of the sentences the learner knows or is
	// learning (DB.Familiar), read in the same View: what choosing the
	// sentence to show needs, without opening the collection again.
	Familiar map[string]bool
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
		err = wordSentences(tx, k.Word, func(pk PairKey) (bool, error) {
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
		if err != nil {
			return err
		}
		var ids []string
		for i := range n.Sentences {
			ids = append(ids, n.Sentences[i].Words()...)
		}
		n.Familiar = familiar(tx, ids)
		return nil
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

// View opens the collection for reading once for all of fn's reads (a
// review session's start), and closes it after.
func (l Lazy) View(fn func(*DB) error) error { return l.with(true, fn) }

// ReviewDay is DB.ReviewDay.
func (l Lazy) ReviewDay(dueBefore, loggedFrom, loggedBefore time.Time, news int, each func(c *Card, n int)) (d ReviewDay, err error) {
	err = l.with(true, func(db *DB) error {
		d, err = db.ReviewDay(dueBefore, loggedFrom, loggedBefore, news, each)
		return err
	})
	return d, err
}

// NewCards is DB.NewCards.
func (l Lazy) NewCards(after *NewCard, n int) (cs []NewCard, more bool, err error) {
	err = l.with(true, func(db *DB) error { cs, more, err = db.NewCards(after, n); return err })
	return cs, more, err
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
