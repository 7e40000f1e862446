package store

// What `cika stats` needs, kept ready (schema 7) so that it reads neither
// the 140,000 cards nor the month's 20,000 reviews of a big collection:
//
//	learned   word ID → uvarint: how many of its cards have left the new
//	          state (HSK coverage counts a headword learned when one of
//	          its words is; choosing an example sentence asks about
//	          words; schema 9, by headword in 7 and 8)
//	answered  slot (8) → uvarints reviews, retention reviews, passed: the
//	          answers logged in each quarter hour (a learner's day starts
//	          on a quarter hour in every time zone, so days are sums of
//	          slots)
//
// and running counts of the cards past the new state by FSRS state
// (suspended ones apart), updated with the queue (queue.go).

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"iter"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/srs"
)

// SlotLength is the span of an answered slot.
const SlotLength = 15 * time.Minute

// slotKey is the key of the slot holding t.
func slotKey(t time.Time) []byte {
	s := t.Unix()
	n := s / int64(SlotLength/time.Second)
	if s < 0 && s%int64(SlotLength/time.Second) != 0 {
		n-- // floor
	}
	return u64(uint64(n) ^ 1<<63)
}

func slotTime(k []byte) time.Time {
	n := int64(binary.BigEndian.Uint64(k) ^ 1<<63)
	return time.Unix(n*int64(SlotLength/time.Second), 0)
}

// slotAligned reports whether t starts a slot.
func slotAligned(t time.Time) bool {
	return t.Nanosecond() == 0 && t.Unix()%int64(SlotLength/time.Second) == 0
}

// tallyCount is the count of past-new cards in a category: a state, or
// suspended (-1 for a new card, which is not counted here).
func tallyCategory(c *Card) int {
	switch {
	case c.State == srs.New:
		return -1
	case c.Suspended:
		return 0 // srs.New's slot: no past-new card is new
	}
	return int(c.State)
}

func tallyName(cat int) string {
	if cat == 0 {
		return countPastSuspended
	}
	return countPastState + strconv.Itoa(cat)
}

// syncTally updates the learned bucket and the past-new counts for card c
// going from old (nil: a new card) to c.
func syncTally(tx *bolt.Tx, old, c *Card) error {
	from, to := -1, tallyCategory(c)
	if old != nil {
		from = tallyCategory(old)
	}
	if from == to {
		return nil
	}
	meta := tx.Bucket(bucketMeta)
	if from >= 0 {
		if err := addCount(meta, tallyName(from), -1); err != nil {
			return err
		}
	}
	if to >= 0 {
		if err := addCount(meta, tallyName(to), 1); err != nil {
			return err
		}
	}
	if (from < 0) == (to < 0) {
		return nil // still past new (only its state or flag changed)
	}
	d := 1
	if to < 0 {
		d = -1
	}
	return addLearned(tx.Bucket(bucketLearned), c.Word, d)
}

func addLearned(b *bolt.Bucket, id string, d int) error {
	n := int64(0)
	if v := b.Get([]byte(id)); v != nil {
		u, size := binary.Uvarint(v)
		if size <= 0 {
			return fmt.Errorf("%w: learned %q", errCorrupt, id)
		}
		n = int64(u)
	}
	n += int64(d)
	switch {
	case n < 0:
		return fmt.Errorf("%w: learned %q below zero", errCorrupt, id)
	case n == 0:
		return b.Delete([]byte(id))
	}
	return b.Put([]byte(id), binary.AppendUvarint(nil, uint64(n)))
}

// answeredCounts are a slot's value.
type answeredCounts struct{ reviews, retained, passed int }

func decodeAnswered(v []byte) (answeredCounts, error) {
	var n [3]uint64
	for i := range n {
		u, size := binary.Uvarint(v)
		if size <= 0 {
			return answeredCounts{}, fmt.Errorf("%w: answered slot %x", errCorrupt, v)
		}
		n[i], v = u, v[size:]
	}
	return answeredCounts{int(n[0]), int(n[1]), int(n[2])}, nil
}

func (a answeredCounts) encode() []byte {
	b := binary.AppendUvarint(nil, uint64(a.reviews))
	b = binary.AppendUvarint(b, uint64(a.retained))
	return binary.AppendUvarint(b, uint64(a.passed))
}

func (a *answeredCounts) add(log *srs.ReviewLog, d int) {
	a.reviews += d
	if counts, passed := retained(log); counts {
		a.retained += d
		if passed {
			a.passed += d
		}
	}
}

// addAnswered counts a review logged (d 1) or undone (-1) in its slot.
func addAnswered(tx *bolt.Tx, log *srs.ReviewLog, d int) error {
	b := tx.Bucket(bucketAnswered)
	k := slotKey(log.Time)
	var a answeredCounts
	if v := b.Get(k); v != nil {
		var err error
		if a, err = decodeAnswered(v); err != nil {
			return err
		}
	}
	a.add(log, d)
	switch {
	case a.reviews < 0 || a.retained < 0 || a.passed < 0:
		return fmt.Errorf("%w: answered slot %s below zero", errCorrupt, log.Time)
	case a.reviews == 0:
		return b.Delete(k)
	}
	return b.Put(k, a.encode())
}

// tally is the content of the learned and answered buckets and the
// past-new counts, as computed from the cards and the log.
type tally struct {
	learned  map[string]int
	answered map[string]answeredCounts
	counts   map[string]int
}

func computeTally(tx *bolt.Tx) (tally, error) {
	t := tally{learned: map[string]int{}, answered: map[string]answeredCounts{}, counts: map[string]int{}}
	for cat := 0; cat <= int(srs.Relearning); cat++ {
		t.counts[tallyName(cat)] = 0
	}
	err := tx.Bucket(bucketCards).ForEach(func(k, v []byte) error {
		c, err := decodeCard(k, v)
		if err != nil {
			return err
		}
		if cat := tallyCategory(&c); cat >= 0 {
			t.counts[tallyName(cat)]++
			t.learned[c.Word]++
		}
		return nil
	})
	if err != nil {
		return t, err
	}
	err = eachLog(tx, func(k []byte, log *srs.ReviewLog) error {
		key := string(slotKey(log.Time))
		a := t.answered[key]
		a.add(log, 1)
		t.answered[key] = a
		return nil
	})
	return t, err
}

// eachLog decodes every review of the log.
func eachLog(tx *bolt.Tx, fn func(k []byte, log *srs.ReviewLog) error) error {
	return tx.Bucket(bucketReviews).ForEach(func(k, v []byte) error {
		var r Review
		if err := decodeReview(v, &r.ReviewLog); err != nil {
			return fmt.Errorf("review %x: %w", k, err)
		}
		return fn(k, &r.ReviewLog)
	})
}

// buildTally fills the learned and answered buckets and the past-new
// counts (migration 6→7).
func buildTally(tx *bolt.Tx) error {
	t, err := computeTally(tx)
	if err != nil {
		return err
	}
	for _, name := range [][]byte{bucketLearned, bucketAnswered} {
		if tx.Bucket(name) != nil {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		b, err := tx.CreateBucket(name)
		if err != nil {
			return err
		}
		b.FillPercent = 0.9
	}
	lb, ab := tx.Bucket(bucketLearned), tx.Bucket(bucketAnswered)
	for id, n := range t.learned {
		if err := lb.Put([]byte(id), binary.AppendUvarint(nil, uint64(n))); err != nil {
			return err
		}
	}
	for k, a := range t.answered {
		if err := ab.Put([]byte(k), a.encode()); err != nil {
			return err
		}
	}
	meta := tx.Bucket(bucketMeta)
	for name, n := range t.counts {
		if err := meta.Put(countKey(name), u64(uint64(n))); err != nil {
			return err
		}
	}
	return nil
}

// checkTally verifies the learned and answered buckets and the past-new
// counts against the cards and the log.
func checkTally(tx *bolt.Tx) error {
	t, err := computeTally(tx)
	if err != nil {
		return err
	}
	n := 0
	err = tx.Bucket(bucketLearned).ForEach(func(k, v []byte) error {
		u, size := binary.Uvarint(v)
		if size <= 0 || int(u) != t.learned[string(k)] {
			return fmt.Errorf("learned %q is %x, the cards say %d", k, v, t.learned[string(k)])
		}
		n++
		return nil
	})
	if err != nil {
		return err
	}
	if n != len(t.learned) {
		return fmt.Errorf("learned holds %d words, the cards %d", n, len(t.learned))
	}
	n = 0
	err = tx.Bucket(bucketAnswered).ForEach(func(k, v []byte) error {
		a, err := decodeAnswered(v)
		if err != nil {
			return err
		}
		if a != t.answered[string(k)] {
			return fmt.Errorf("answered slot %s is %+v, the log says %+v", slotTime(k), a, t.answered[string(k)])
		}
		n++
		return nil
	})
	if err != nil {
		return err
	}
	if n != len(t.answered) {
		return fmt.Errorf("answered holds %d slots, the log %d", n, len(t.answered))
	}
	meta := tx.Bucket(bucketMeta)
	for name, want := range t.counts {
		if got := getCount(meta, name); got != uint64(want) {
			return fmt.Errorf("count %s is %d, the cards say %d", name, got, want)
		}
	}
	return nil
}

// Slot counts the answers logged in a span of time: a quarter hour (a
// slot of the answered bucket), or one answer's instant when the span
// asked for does not start on a quarter hour.
type Slot struct {
	Start   time.Time
	Reviews int
}

// answeredIn reads the answers logged from from up to before: from the
// answered slots when both start one, else from the log.
func answeredIn(tx *bolt.Tx, from, before time.Time, o *Overview) error {
	if !slotAligned(from) || !slotAligned(before) {
		cur, end := tx.Bucket(bucketReviews).Cursor(), timeKey(before)
		for k, v := cur.Seek(timeKey(from)); k != nil && bytes.Compare(k[:8], end) < 0; k, v = cur.Next() {
			var log srs.ReviewLog
			if err := decodeReview(v, &log); err != nil {
				return fmt.Errorf("review %x: %w", k, err)
			}
			o.Reviewed = append(o.Reviewed, Slot{Start: keyTime(k[:8]), Reviews: 1})
			if counts, passed := retained(&log); counts {
				o.Recent.Reviews++
				if passed {
					o.Recent.Passed++
				}
			}
		}
		return nil
	}
	cur, end := tx.Bucket(bucketAnswered).Cursor(), slotKey(before)
	for k, v := cur.Seek(slotKey(from)); k != nil && bytes.Compare(k, end) < 0; k, v = cur.Next() {
		a, err := decodeAnswered(v)
		if err != nil {
			return err
		}
		o.Reviewed = append(o.Reviewed, Slot{Start: slotTime(k), Reviews: a.reviews})
		o.Recent.Reviews += a.retained
		o.Recent.Passed += a.passed
	}
	return nil
}

// learnedHeads notes which of heads (every one when nil) have a word
// learned.
func learnedHeads(tx *bolt.Tx, heads iter.Seq[string], into map[string]bool) error {
	b := tx.Bucket(bucketLearned)
	if heads == nil {
		return b.ForEach(func(k, _ []byte) error {
			head, _ := cards.SplitID(string(k))
			into[head] = true
			return nil
		})
	}
	cur := b.Cursor()
	var p []byte
	for h := range heads {
		p = append(append(p[:0], h...), ' ')
		if k, _ := cur.Seek(p); k != nil && bytes.HasPrefix(k, p) {
			into[h] = true
		}
	}
	return nil
}

// isLearned reports whether the word has a card past the new state.
func isLearned(tx *bolt.Tx, id string) bool {
	return tx.Bucket(bucketLearned).Get([]byte(id)) != nil
}

// pastCounts reads the past-new counts: by state (not suspended), and
// suspended.
func pastCounts(meta *bolt.Bucket) (states [4]int, suspended int) {
	for st := srs.Learning; st <= srs.Relearning; st++ {
		states[st] = int(getCount(meta, tallyName(int(st))))
	}
	return states, int(getCount(meta, countPastSuspended))
}
