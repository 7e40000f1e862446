package store

// What importing reviews done elsewhere (Anki) needs: the cards and review
// logs of some cards read in one View, and their histories rewritten in one
// Update — new reviews added, the entries after the first of them replaced
// by their replay, each card given its replayed state — all or none.

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/srs"
)

// History is a card with its review log, oldest first.
type History struct {
	Card    Card
	Reviews []Review
}

// Histories reads the cards with the given keys and their review logs, in
// one View. A key without a card is left out of the result. The log is
// scanned once, and only the entries of the cards asked for are decoded.
func (db *DB) Histories(keys []CardKey) (map[CardKey]*History, error) {
	out := make(map[CardKey]*History, len(keys))
	err := db.bolt.View(func(tx *bolt.Tx) error {
		want := make(map[string]*History, len(keys)) // by the key's bytes
		for _, k := range keys {
			c, err := getCard(tx, k)
			if errors.Is(err, ErrNotFound) {
				continue // not a card of the collection: the caller reports it
			}
			if err != nil {
				return err
			}
			h := &History{Card: c}
			out[k] = h
			want[string(k.bytes())] = h
		}
		if len(want) == 0 {
			return nil
		}
		cur := tx.Bucket(bucketReviews).Cursor()
		for k, v := cur.First(); k != nil; k, v = cur.Next() {
			if len(k) < 8 {
				return fmt.Errorf("%w: review key %q", errCorrupt, k)
			}
			h := want[string(k[8:])]
			if h == nil {
				continue
			}
			r := Review{ID: ReviewID{Time: keyTime(k[:8]), Card: h.Card.Key()}}
			if err := decodeReview(v, &r.ReviewLog); err != nil {
				return fmt.Errorf("review %s: %w", r.ID.Card, err)
			}
			h.Reviews = append(h.Reviews, r)
		}
		return nil
	})
	return out, err
}

// Rewrite is one card's history rewritten.
type Rewrite struct {
	Card CardKey
	// Was is the card's state as read; if it changed since (another
	// process answered the card), RewriteReviews fails with ErrConflict.
	Was srs.Card
	// After is the card's state once rewritten. Its flags (suspended,
	// buried) stay as they are.
	After srs.Card
	// Remove are the log entries replaced; each must be in the log.
	Remove []ReviewID
	// Add are the entries put in their place and the new ones.
	Add []srs.ReviewLog
}

// RewriteReviews applies rewrites in one Update, all or none, keeping the
// counts, the retention and answered tallies, the due index and the queues
// in step.
func (db *DB) RewriteReviews(rs []Rewrite) error {
	type put struct {
		key []byte
		log *srs.ReviewLog
	}
	var puts []put
	for i := range rs {
		for j := range rs[i].Add {
			puts = append(puts, put{ReviewID{Time: rs[i].Add[j].Time, Card: rs[i].Card}.bytes(), &rs[i].Add[j]})
		}
	}
	// Puts in key order: bbolt then appends to its pages instead of
	// splitting them all over the tree.
	slices.SortFunc(puts, func(a, b put) int { return bytes.Compare(a.key, b.key) })
	order := make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	// Cards in the order of their new due time: the due index and the
	// queue, keyed by it, then take their entries in key order too. In
	// card-key order each put moved the tail of a growing node: profiled
	// over BenchmarkImport10k (22,792 cards), the due-index puts went from
	// 0.98 to 0.49 s of CPU and putCard from 2.08 to 1.70 s.
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(rs[a].After.Due.Compare(rs[b].After.Due),
			cmp.Compare(rs[a].Card.Word, rs[b].Card.Word), cmp.Compare(rs[a].Card.Kind, rs[b].Card.Kind))
	})
	return db.bolt.Update(func(tx *bolt.Tx) error {
		rb, meta := tx.Bucket(bucketReviews), tx.Bucket(bucketMeta)
		delta := len(puts)
		for _, i := range order {
			r := &rs[i]
			old, err := getCard(tx, r.Card)
			if err != nil {
				return err
			}
			if !sameState(old.Card, r.Was) {
				return fmt.Errorf("import into %s: %w", r.Card, ErrConflict)
			}
			for _, id := range r.Remove {
				if id.Card != r.Card {
					return fmt.Errorf("import into %s: review of %s given", r.Card, id.Card)
				}
				key := id.bytes()
				raw := rb.Get(key)
				if raw == nil {
					return fmt.Errorf("import into %s: review at %s: %w", r.Card, id.Time, ErrConflict)
				}
				var log srs.ReviewLog
				if err := decodeReview(raw, &log); err != nil {
					return fmt.Errorf("review %s: %w", r.Card, err)
				}
				if err := addRetention(meta, &log, -1); err != nil {
					return err
				}
				if err := addAnswered(tx, &log, -1); err != nil {
					return err
				}
				if err := rb.Delete(key); err != nil {
					return err
				}
				delta--
			}
			c := old
			c.Card = r.After
			if err := putCard(tx, &old, &c); err != nil {
				return err
			}
		}
		for _, p := range puts {
			if rb.Get(p.key) != nil {
				return fmt.Errorf("import: a review at %s is already logged for %x", p.log.Time.Format(time.RFC3339Nano), p.key[8:])
			}
			raw, err := encodeReview(p.log)
			if err != nil {
				return err
			}
			if err := rb.Put(p.key, raw); err != nil {
				return err
			}
			if err := addRetention(meta, p.log, 1); err != nil {
				return err
			}
			if err := addAnswered(tx, p.log, 1); err != nil {
				return err
			}
		}
		return addCount(meta, countReviews, delta)
	})
}
