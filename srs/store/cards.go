package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/srs"
)

// PairKey is a sentence pair's identity: its document's number and its
// position in that document.
type PairKey struct {
	Doc uint32
	Pos uint32
}

func (k PairKey) bytes() []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, k.Doc)
	binary.BigEndian.PutUint32(b[4:], k.Pos)
	return b
}

func pairKeyOf(b []byte) PairKey {
	return PairKey{Doc: binary.BigEndian.Uint32(b), Pos: binary.BigEndian.Uint32(b[4:])}
}

// String is "doc:pos", as shown in --json output.
func (k PairKey) String() string { return fmt.Sprintf("%d:%d", k.Doc, k.Pos) }

// CardKey is a card's identity: its word and its kind.
type CardKey struct {
	Word string // word ID, "银行 yin2 hang2"
	Kind cards.Kind
}

func (k CardKey) bytes() []byte { return append(prefix(k.Word), byte(k.Kind)) }

func cardKeyOf(b []byte) (CardKey, error) {
	k, err := cardKeyIn(b)
	k.Word = strings.Clone(k.Word)
	return k, err
}

// cardKeyIn is cardKeyOf with the word ID read in place: valid while b is
// (a key of a transaction's memory map, for a card not kept past it).
func cardKeyIn(b []byte) (CardKey, error) {
	i := bytes.IndexByte(b, sep)
	if i < 0 || i != len(b)-2 {
		return CardKey{}, fmt.Errorf("%w: card key %q", errCorrupt, b)
	}
	return CardKey{Word: unsafeString(b[:i]), Kind: cards.Kind(b[i+1])}, nil
}

func (k CardKey) String() string { return k.Word + " " + k.Kind.String() }

// Card is a card as stored: its identity, its FSRS memory state and
// schedule, and the learner's flags.
type Card struct {
	Word string     `json:"word"` // word ID
	Kind cards.Kind `json:"kind"`
	srs.Card
	Suspended   bool      `json:"suspended,omitempty"`
	BuriedUntil time.Time `json:"buried_until,omitzero"`
	Added       time.Time `json:"added"`
}

// Key is the card's identity.
func (c *Card) Key() CardKey { return CardKey{Word: c.Word, Kind: c.Kind} }

// putCard writes c, moving its due-index and queue entries from old's (old
// nil for a new card).
func putCard(tx *bolt.Tx, old, c *Card) error {
	if err := putCardDue(tx, old, c); err != nil {
		return err
	}
	return syncQueues(tx, old, c, nil)
}

// putCardDue writes c and its due-index entry, not the queues.
func putCardDue(tx *bolt.Tx, old, c *Card) error {
	key := c.Key().bytes()
	raw := encodeCard(c)
	b, due := tx.Bucket(bucketCards), tx.Bucket(bucketDue)
	if err := b.Put(key, raw); err != nil {
		return err
	}
	if old != nil {
		if err := due.Delete(append(timeKey(old.Due), key...)); err != nil {
			return err
		}
	}
	return due.Put(append(timeKey(c.Due), key...), dueValue(c))
}

func getCard(tx *bolt.Tx, k CardKey) (Card, error) {
	raw := tx.Bucket(bucketCards).Get(k.bytes())
	if raw == nil {
		return Card{}, fmt.Errorf("card %s: %w", k, ErrNotFound)
	}
	return decodeCard(k.bytes(), raw)
}

// Card returns one card.
func (db *DB) Card(k CardKey) (Card, error) {
	var c Card
	err := db.bolt.View(func(tx *bolt.Tx) (err error) {
		c, err = getCard(tx, k)
		return err
	})
	return c, err
}

// Cards returns the cards of a word (none for a name), recognition first.
func (db *DB) Cards(wordID string) ([]Card, error) {
	var cs []Card
	err := db.bolt.View(func(tx *bolt.Tx) error {
		p := prefix(wordID)
		cur := tx.Bucket(bucketCards).Cursor()
		for k, v := cur.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = cur.Next() {
			c, err := decodeCard(k, v)
			if err != nil {
				return err
			}
			cs = append(cs, c)
		}
		return nil
	})
	return cs, err
}

// DueCards calls fn for every card due at or before the given time, earliest
// first (new cards are due from the time they were mined), until fn returns
// false. Suspended and buried cards are included: the caller decides.
func (db *DB) DueCards(before time.Time, fn func(Card) bool) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		end := timeKey(before)
		cards := tx.Bucket(bucketCards)
		cur := tx.Bucket(bucketDue).Cursor()
		for k, _ := cur.First(); k != nil && bytes.Compare(k[:8], end) <= 0; k, _ = cur.Next() {
			raw := cards.Get(k[8:])
			if raw == nil {
				return fmt.Errorf("%w: due entry %q has no card", errCorrupt, k[8:])
			}
			c, err := decodeCard(k[8:], raw)
			if err != nil {
				return err
			}
			if !fn(c) {
				return nil
			}
		}
		return nil
	})
}

// UpdateCard writes a card's flags or state without a review (suspend,
// bury, reset), keeping the due index in step.
func (db *DB) UpdateCard(c Card) error {
	return db.bolt.Update(func(tx *bolt.Tx) error {
		old, err := getCard(tx, c.Key())
		if err != nil {
			return err
		}
		return putCard(tx, &old, &c)
	})
}

// ReviewID identifies a review in the log: its time and card.
type ReviewID struct {
	Time time.Time
	Card CardKey
}

func (r ReviewID) bytes() []byte { return append(timeKey(r.Time), r.Card.bytes()...) }

// Review is one logged answer.
type Review struct {
	ID ReviewID `json:"-"`
	srs.ReviewLog
}

// Answer records one answer atomically: the card takes the state after
// (usually log.After) and the review joins the log. It fails with
// ErrConflict, changing nothing, if the stored card's state is not
// log.Before (another process answered it meanwhile).
func (db *DB) Answer(k CardKey, after srs.Card, log srs.ReviewLog) (ReviewID, error) {
	id := ReviewID{Time: log.Time, Card: k}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		old, err := getCard(tx, k)
		if err != nil {
			return err
		}
		if !sameState(old.Card, log.Before) {
			return fmt.Errorf("answer %s: %w", k, ErrConflict)
		}
		c := old
		c.Card = after
		if err := putCard(tx, &old, &c); err != nil {
			return err
		}
		rb := tx.Bucket(bucketReviews)
		key := id.bytes()
		if rb.Get(key) != nil {
			return fmt.Errorf("answer %s: a review at %s is already logged", k, log.Time)
		}
		raw, err := encodeReview(&log)
		if err != nil {
			return err
		}
		if err := rb.Put(key, raw); err != nil {
			return err
		}
		if err := addRetention(tx.Bucket(bucketMeta), &log, 1); err != nil {
			return err
		}
		if err := addAnswered(tx, &log, 1); err != nil {
			return err
		}
		return addCount(tx.Bucket(bucketMeta), countReviews, 1)
	})
	return id, err
}

// Undo takes back a review: the card returns to the state before it and the
// review leaves the log, atomically. It fails with ErrConflict if the card
// was answered again since.
func (db *DB) Undo(id ReviewID) error {
	return db.bolt.Update(func(tx *bolt.Tx) error {
		rb := tx.Bucket(bucketReviews)
		key := id.bytes()
		raw := rb.Get(key)
		if raw == nil {
			return fmt.Errorf("undo %s at %s: %w", id.Card, id.Time, ErrNotFound)
		}
		var log srs.ReviewLog
		if err := decodeReview(raw, &log); err != nil {
			return err
		}
		old, err := getCard(tx, id.Card)
		if err != nil {
			return err
		}
		if !sameState(old.Card, log.After) {
			return fmt.Errorf("undo %s: %w", id.Card, ErrConflict)
		}
		c := old
		c.Card = log.Before
		if err := putCard(tx, &old, &c); err != nil {
			return err
		}
		if err := rb.Delete(key); err != nil {
			return err
		}
		if err := addRetention(tx.Bucket(bucketMeta), &log, -1); err != nil {
			return err
		}
		if err := addAnswered(tx, &log, -1); err != nil {
			return err
		}
		return addCount(tx.Bucket(bucketMeta), countReviews, -1)
	})
}

// Reviews calls fn for every logged review from the given time on, oldest
// first, until fn returns false.
func (db *DB) Reviews(from time.Time, fn func(Review) bool) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		cur := tx.Bucket(bucketReviews).Cursor()
		for k, v := cur.Seek(timeKey(from)); k != nil; k, v = cur.Next() {
			ck, err := cardKeyOf(k[8:])
			if err != nil {
				return err
			}
			r := Review{ID: ReviewID{Time: keyTime(k[:8]), Card: ck}}
			if err := decodeReview(v, &r.ReviewLog); err != nil {
				return fmt.Errorf("review %s: %w", ck, err)
			}
			if !fn(r) {
				return nil
			}
		}
		return nil
	})
}

// sameState compares memory states, times by instant (JSON round trips drop
// the monotonic clock and may change the location).
func sameState(a, b srs.Card) bool {
	return a.State == b.State && a.Stability == b.Stability && a.Difficulty == b.Difficulty &&
		a.Step == b.Step && a.Due.Equal(b.Due) && a.LastReview.Equal(b.LastReview) &&
		a.ScheduledDays == b.ScheduledDays && a.Reps == b.Reps && a.Lapses == b.Lapses
}
