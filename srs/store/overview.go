package store

import (
	"bytes"
	"fmt"
	"iter"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/srs"
)

// Overview is what `cika stats` needs, read in one View from what the
// collection keeps ready (queue.go, tally.go) without reading a card record
// or the month's reviews: running counts, the known and learned
// headwords, the due times of the cards due before a given time, and the
// answers since a given time by quarter hour.
type Overview struct {
	Stats
	// States counts the cards neither suspended nor new cards of known
	// words, by FSRS state (srs.New … srs.Relearning).
	States [4]int
	// Suspended counts suspended cards; KnownNew the new cards of words on
	// the known list (never introduced).
	Suspended, KnownNew int
	// Due counts the cards being learned or reviewed (not new, not
	// suspended) by the bound they fall before: Due[i] those due before
	// dueBy[i] and not before dueBy[i-1] (Due[0], all those before
	// dueBy[0]). Counted in the queue's order, not listed: stats' month
	// ahead on a year's collection is 10,000 cards, a list of 240 KB.
	Due []int
	// Reviewed count the answers logged in the given span, oldest first,
	// by quarter hour (or one by one when the span does not start and end
	// on quarter hours).
	Reviewed []Slot
	// Recent and All count answers to cards in the review state (true
	// retention): those in the given span, and all of them.
	Recent, All Retention
	// Known are the known headwords; Learned the headwords with a card that
	// has left the new state.
	Known, Learned map[string]bool
}

// Retention counts answers to review cards: Passed are those not graded
// Again.
type Retention struct {
	Reviews, Passed int
}

// The due-index value of a card is one byte: its srs.State, with these bits
// for the flags that take it out of the queue, so that the review queue and
// stats can be read from the index without decoding card records.
const (
	suspendedBit = 0x80
	buriedBit    = 0x40 // BuriedUntil set (a date that may have passed)
	stateMask    = 0x3f
)

// dueValue is a card's due-index value.
func dueValue(c *Card) []byte {
	v := byte(c.State)
	if c.Suspended {
		v |= suspendedBit
	}
	if !c.BuriedUntil.IsZero() {
		v |= buriedBit
	}
	return []byte{v}
}

// dueFlags reads a due-index value written by dueValue.
func dueFlags(v byte) (st srs.State, suspended, buried bool) {
	return srs.State(v & stateMask), v&suspendedBit != 0, v&buriedBit != 0
}

// retained reports whether a review counts for true retention (the card
// was in the review state) and whether it passed.
func retained(log *srs.ReviewLog) (counts, passed bool) {
	return log.Before.State == srs.Review, log.Grade != srs.Again
}

// addRetention counts a review logged (delta 1) or undone (-1).
func addRetention(meta *bolt.Bucket, log *srs.ReviewLog, delta int) error {
	counts, passed := retained(log)
	if !counts {
		return nil
	}
	if err := addCount(meta, countRetentionReviews, delta); err != nil {
		return err
	}
	if passed {
		return addCount(meta, countRetentionPassed, delta)
	}
	return nil
}

// countRetention counts the retention answers of the whole log.
func countRetention(tx *bolt.Tx) (reviews, passed int, err error) {
	err = tx.Bucket(bucketReviews).ForEach(func(k, v []byte) error {
		var log srs.ReviewLog
		if err := decodeReview(v, &log); err != nil {
			return fmt.Errorf("review %x: %w", k, err)
		}
		if counts, ok := retained(&log); counts {
			reviews++
			if ok {
				passed++
			}
		}
		return nil
	})
	return reviews, passed, err
}

// migrateOverview (schema 1→2) fills the due index's values and the
// retention counts.
func migrateOverview(tx *bolt.Tx) error {
	if err := rewriteDueValues(tx); err != nil {
		return err
	}
	reviews, passed, err := countRetention(tx)
	if err != nil {
		return err
	}
	meta := tx.Bucket(bucketMeta)
	if err := meta.Put(countKey(countRetentionReviews), u64(uint64(reviews))); err != nil {
		return err
	}
	return meta.Put(countKey(countRetentionPassed), u64(uint64(passed)))
}

// rewriteDueValues sets every due-index value from its card record.
func rewriteDueValues(tx *bolt.Tx) error {
	cb, due := tx.Bucket(bucketCards), tx.Bucket(bucketDue)
	type entry struct{ k, v []byte }
	var es []entry
	err := due.ForEach(func(k, _ []byte) error {
		raw := cb.Get(k[8:])
		if raw == nil {
			return fmt.Errorf("%w: due entry %q has no card", errCorrupt, k[8:])
		}
		c, err := decodeCard(k[8:], raw)
		if err != nil {
			return err
		}
		es = append(es, entry{bytes.Clone(k), dueValue(&c)})
		return nil
	})
	if err != nil {
		return err
	}
	for _, e := range es {
		if err := due.Put(e.k, e.v); err != nil {
			return err
		}
	}
	return nil
}

// checkRetention verifies the retention counts against the log.
func checkRetention(tx *bolt.Tx) error {
	reviews, passed, err := countRetention(tx)
	if err != nil {
		return err
	}
	meta := tx.Bucket(bucketMeta)
	if got := getCount(meta, countRetentionReviews); got != uint64(reviews) {
		return fmt.Errorf("count %s is %d, the log has %d", countRetentionReviews, got, reviews)
	}
	if got := getCount(meta, countRetentionPassed); got != uint64(passed) {
		return fmt.Errorf("count %s is %d, the log has %d", countRetentionPassed, got, passed)
	}
	return nil
}

// Overview reads the collection's figures for stats, with the reviews
// logged from loggedFrom up to loggedBefore and the cards due before each
// of dueBy (ascending; see Overview.Due). (The log's span is bounded at both ends: under a clock earlier
// than the last review, the last 30 days' retention took in every later
// review.) Learned tells which of
// the given headwords are learned (all of them when heads is nil: stats
// asks about the 5,000 HSK words, not the 15,000 a learner may have).
func (db *DB) Overview(loggedFrom, loggedBefore time.Time, dueBy []time.Time, heads iter.Seq[string]) (Overview, error) {
	o := Overview{Known: map[string]bool{}, Learned: map[string]bool{}, Due: make([]int, len(dueBy))}
	err := db.bolt.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		o.Stats = Stats{
			Documents: int(getCount(meta, countDocuments)),
			Sentences: int(getCount(meta, countSentences)),
			Names:     int(getCount(meta, countNames)),
			Cards:     int(getCount(meta, countCards)),
			Reviews:   int(getCount(meta, countReviews)),
			Known:     int(getCount(meta, countKnown)),
		}
		o.Stats.Words = int(getCount(meta, countWords)) - o.Stats.Names
		o.All = Retention{Reviews: int(getCount(meta, countRetentionReviews)), Passed: int(getCount(meta, countRetentionPassed))}
		if err := tx.Bucket(bucketKnown).ForEach(func(k, _ []byte) error {
			o.Known[string(k)] = true
			return nil
		}); err != nil {
			return err
		}
		// The cards past the new state are counted by state; the new ones
		// are those in the new queue, those suspended, and the rest, of
		// known words.
		states, suspended := pastCounts(meta)
		q, held := queueCounts(tx), int(getCount(meta, countHeldNew))
		past := suspended
		for _, n := range states {
			past += n
		}
		if err := learnedHeads(tx, heads, o.Learned); err != nil {
			return err
		}
		o.States = states
		o.States[srs.New] = q.NewCards
		o.Suspended = suspended + held
		o.KnownNew = o.Stats.Cards - past - held - q.NewCards
		if o.KnownNew < 0 {
			return fmt.Errorf("%w: %d cards, %d past new, %d new suspended, %d in the new queue", errCorrupt,
				o.Stats.Cards, past, held, q.NewCards)
		}
		cur := tx.Bucket(bucketQueue).Cursor()
		k, v := cur.First()
		for i, by := range dueBy {
			end := timeKey(by)
			for ; k != nil && bytes.Compare(k[:8], end) < 0; k, v = cur.Next() {
				if len(v) < 2 {
					return fmt.Errorf("%w: queue entry %q", errCorrupt, k)
				}
				if _, suspended, _ := dueFlags(v[0]); !suspended {
					o.Due[i]++
				}
			}
		}
		return answeredIn(tx, loggedFrom, loggedBefore, &o)
	})
	return o, err
}
