package store

// The review queue, kept ready in the collection (schema 5): what a review
// session, `cika due`, `cika stats` and `cika words --next` need, updated in
// the transactions that change cards, so that none of them reads the
// 100,000 cards of a big collection at start.
//
//	queue  the cards that have left the new state, by due time, with a
//	       copy of their records (the due index without the new cards,
//	       which are most of a collection and all due from the time they
//	       were mined): a session reads the learning and review cards due
//	       today, stats the forecast.
//	newq   the new cards a session may introduce (not suspended, not of a
//	       word on the known list), in the order it introduces them: most
//	       useful word first (cards.Usefulness of its headword and corpus
//	       count), then by word ID and kind. A session reads the first
//	       few dozen.
//
// Running counts in meta: the cards in newq and their distinct words
// (`cika due`'s "not yet studied", tomorrow's new cards), and the new
// cards that are suspended (stats' suspended and known-new figures).

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/hsk"
	"cika/srs"
)

// queueValue is a card's value in the queue bucket: its due-index byte
// (state and flags) and a copy of its record, so that a session reads the
// day's cards in one run of pages instead of looking each up among
// 100,000 others.
func queueValue(c *Card) []byte {
	return append(dueValue(c), encodeCard(c)...)
}

// inQueue reports whether c belongs in the queue bucket.
func inQueue(c *Card) bool { return c.State != srs.New }

// inNew reports whether c belongs in the new queue; known says whether its
// headword is on the known list.
func inNew(c *Card, known bool) bool { return c.State == srs.New && !c.Suspended && !known }

// heldNew reports whether c is a suspended new card (counted apart).
func heldNew(c *Card) bool { return c.State == srs.New && c.Suspended }

// usefulKey orders new cards most useful first: the bits of the float
// made to sort as unsigned integers, then inverted.
func usefulKey(u float64) uint64 {
	b := math.Float64bits(u)
	if b&(1<<63) != 0 {
		b = ^b
	} else {
		b |= 1 << 63
	}
	return ^b
}

func keyUseful(k uint64) float64 {
	b := ^k
	if b&(1<<63) != 0 {
		b &^= 1 << 63
	} else {
		b = ^b
	}
	return math.Float64frombits(b)
}

// newKey is a card's key in newq.
func newKey(useful float64, k CardKey) []byte {
	b := binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(k.Word)+2), usefulKey(useful))
	return append(append(append(b, k.Word...), sep), byte(k.Kind))
}

// newValue is a card's value in newq: its due time (when it was mined),
// the time it is buried until (zero when not), and its word's count,
// general frequency rank and HSK level, so that listing the next words
// needs neither the word records nor the frequency table.
func newValue(c *Card, w wordInfo) []byte {
	b := append(timeKey(c.Due), timeKey(c.BuriedUntil)...)
	b = binary.AppendUvarint(b, uint64(max(w.count, 0)))
	b = binary.AppendUvarint(b, uint64(max(w.rank, 0)))
	return binary.AppendUvarint(b, uint64(max(w.level, 0)))
}

// wordInfo is what the new queue needs of a card's word.
type wordInfo struct {
	count       int
	rank, level int // hsk.Rank and hsk.Level of the headword
	useful      float64
	known       bool
}

func infoOf(tx *bolt.Tx, word string) (wordInfo, error) {
	raw := tx.Bucket(bucketWords).Get([]byte(word))
	if raw == nil {
		return wordInfo{}, fmt.Errorf("%w: card of %s has no word", errCorrupt, word)
	}
	w, err := decodeWord(raw)
	if err != nil {
		return wordInfo{}, fmt.Errorf("word %s: %w", word, err)
	}
	return makeInfo(tx, word, w.Count), nil
}

func makeInfo(tx *bolt.Tx, word string, count int) wordInfo {
	head, _ := cards.SplitID(word)
	return wordInfo{count: count, rank: hsk.Rank(head), level: hsk.Level(head),
		useful: cards.Usefulness(head, count), known: tx.Bucket(bucketKnown).Get([]byte(head)) != nil}
}

// syncQueues moves card c (old: its previous state, nil for a new card)
// between the queue indexes and their counts. info is its word's, nil to
// read it when needed.
func syncQueues(tx *bolt.Tx, old, c *Card, info *wordInfo) error {
	key := c.Key().bytes()
	q := tx.Bucket(bucketQueue)
	if old != nil && inQueue(old) {
		if err := q.Delete(append(timeKey(old.Due), key...)); err != nil {
			return err
		}
	}
	if inQueue(c) {
		if err := q.Put(append(timeKey(c.Due), key...), queueValue(c)); err != nil {
			return err
		}
	}
	if err := syncTally(tx, old, c); err != nil {
		return err
	}
	meta := tx.Bucket(bucketMeta)
	if d := b2i(heldNew(c)) - b2i(old != nil && heldNew(old)); d != 0 {
		if err := addCount(meta, countHeldNew, d); err != nil {
			return err
		}
	}
	if (old == nil || old.State != srs.New) && c.State != srs.New {
		return nil // neither is new: newq is not concerned
	}
	if info == nil {
		i, err := infoOf(tx, c.Word)
		if err != nil {
			return err
		}
		info = &i
	}
	was, is := old != nil && inNew(old, info.known), inNew(c, info.known)
	if !was && !is {
		return nil
	}
	nq := tx.Bucket(bucketNewQ)
	nk := newKey(info.useful, c.Key())
	if was && !is {
		if err := nq.Delete(nk); err != nil {
			return err
		}
	} else if err := nq.Put(nk, newValue(c, *info)); err != nil {
		return err
	}
	if was == is {
		return nil
	}
	d := b2i(is) - b2i(was)
	if err := addCount(meta, countNewCards, d); err != nil {
		return err
	}
	// The word joins (or leaves) the words with new cards when no other
	// card of it is in newq.
	for _, kind := range cards.Kinds {
		if kind == c.Kind {
			continue
		}
		if nq.Get(newKey(info.useful, CardKey{Word: c.Word, Kind: kind})) != nil {
			return nil
		}
	}
	return addCount(meta, countNewWords, d)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// requeueWord re-keys the new cards of a word whose count changed (old to
// w.Count) or whose headword joined or left the known list: the word's
// cards leave newq as they were and enter it as they are now.
func requeueWord(tx *bolt.Tx, id string, before, after wordInfo) error {
	cb := tx.Bucket(bucketCards)
	var news []Card
	for _, kind := range cards.Kinds {
		k := CardKey{Word: id, Kind: kind}
		raw := cb.Get(k.bytes())
		if raw == nil {
			continue // a name has no cards
		}
		c, err := decodeCard(k.bytes(), raw)
		if err != nil {
			return err
		}
		if c.State == srs.New {
			news = append(news, c)
		}
	}
	// Every card leaves newq as it was before any enters as it is now, so
	// that the count of words with new cards sees the word leave, then
	// come back.
	gone := make([]Card, len(news))
	for i := range news {
		gone[i] = news[i]
		gone[i].Suspended = true // out of newq
		if err := syncQueues(tx, &news[i], &gone[i], &before); err != nil {
			return err
		}
	}
	for i := range news {
		if err := syncQueues(tx, &gone[i], &news[i], &after); err != nil {
			return err
		}
	}
	return nil
}

// requeueHead re-keys the new cards of every word with the given
// headword, after it joined (known true) or left the known list.
func requeueHead(tx *bolt.Tx, head string, known bool) error {
	p := []byte(head + " ")
	var ids []string
	cur := tx.Bucket(bucketWords).Cursor()
	for k, _ := cur.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = cur.Next() {
		ids = append(ids, string(k))
	}
	for _, id := range ids {
		after, err := infoOf(tx, id)
		if err != nil {
			return err
		}
		before := after
		before.known = !known
		after.known = known
		if err := requeueWord(tx, id, before, after); err != nil {
			return err
		}
	}
	return nil
}

// buildQueues fills queue and newq and their counts from the cards, the
// words and the known list (migration 4→5, and tests comparing them).
func buildQueues(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketQueue, bucketNewQ} {
		if tx.Bucket(name) != nil {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	meta := tx.Bucket(bucketMeta)
	for _, name := range []string{countNewCards, countNewWords, countHeldNew} {
		if err := meta.Put(countKey(name), u64(0)); err != nil {
			return err
		}
	}
	type entry struct{ k, v []byte }
	var qs, ns []entry
	var newCards, newWords, held int
	infos := map[string]wordInfo{}
	lastWord := ""
	err := tx.Bucket(bucketCards).ForEach(func(k, v []byte) error {
		c, err := decodeCard(k, v)
		if err != nil {
			return err
		}
		if inQueue(&c) {
			qs = append(qs, entry{append(timeKey(c.Due), k...), queueValue(&c)})
		}
		if heldNew(&c) {
			held++
		}
		if c.State != srs.New {
			return nil
		}
		info, ok := infos[c.Word]
		if !ok {
			if info, err = infoOf(tx, c.Word); err != nil {
				return err
			}
			infos[c.Word] = info
		}
		if inNew(&c, info.known) {
			ns = append(ns, entry{newKey(info.useful, c.Key()), newValue(&c, info)})
			newCards++
			if c.Word != lastWord { // cards are in word order
				newWords++
				lastWord = c.Word
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, b := range []struct {
		name []byte
		es   []entry
	}{{bucketQueue, qs}, {bucketNewQ, ns}} {
		slices.SortFunc(b.es, func(a, b entry) int { return bytes.Compare(a.k, b.k) })
		bk := tx.Bucket(b.name)
		bk.FillPercent = 0.9
		for _, e := range b.es {
			if err := bk.Put(e.k, e.v); err != nil {
				return err
			}
		}
	}
	for name, n := range map[string]int{countNewCards: newCards, countNewWords: newWords, countHeldNew: held} {
		if err := meta.Put(countKey(name), u64(uint64(n))); err != nil {
			return err
		}
	}
	return nil
}

// checkQueues verifies queue, newq and their counts against the cards.
func checkQueues(tx *bolt.Tx) error {
	want := map[string][]byte{}
	wantNew := map[string][]byte{}
	var newCards, held int
	newWords := map[string]bool{}
	err := tx.Bucket(bucketCards).ForEach(func(k, v []byte) error {
		c, err := decodeCard(k, v)
		if err != nil {
			return err
		}
		if inQueue(&c) {
			want[string(append(timeKey(c.Due), k...))] = queueValue(&c)
		}
		if heldNew(&c) {
			held++
		}
		if c.State == srs.New {
			info, err := infoOf(tx, c.Word)
			if err != nil {
				return err
			}
			if inNew(&c, info.known) {
				wantNew[string(newKey(info.useful, c.Key()))] = newValue(&c, info)
				newCards++
				newWords[c.Word] = true
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, b := range []struct {
		name []byte
		want map[string][]byte
	}{{bucketQueue, want}, {bucketNewQ, wantNew}} {
		n := 0
		err := tx.Bucket(b.name).ForEach(func(k, v []byte) error {
			w, ok := b.want[string(k)]
			if !ok {
				return fmt.Errorf("%s entry %q names no such card", b.name, k)
			}
			if !bytes.Equal(v, w) {
				return fmt.Errorf("%s entry %q is %x, the card says %x", b.name, k, v, w)
			}
			n++
			return nil
		})
		if err != nil {
			return err
		}
		if n != len(b.want) {
			return fmt.Errorf("%s holds %d entries, the cards %d", b.name, n, len(b.want))
		}
	}
	meta := tx.Bucket(bucketMeta)
	for name, n := range map[string]int{countNewCards: newCards, countNewWords: len(newWords), countHeldNew: held} {
		if got := getCount(meta, name); got != uint64(n) {
			return fmt.Errorf("count %s is %d, the cards say %d", name, got, n)
		}
	}
	return nil
}

// NewCard is a card of the new queue.
type NewCard struct {
	Key         CardKey
	Due         time.Time // when it was mined
	BuriedUntil time.Time // zero when not buried
	Count       int       // its word's occurrences in the mined sentences
	Rank, HSK   int       // hsk.Rank and hsk.Level of its headword
	Useful      float64   // cards.Usefulness of its word: the queue's order
}

// NewCards returns up to n cards of the new queue (every one when n ≤ 0),
// in the order a session introduces them, starting after the card after
// (nil: from the first), and whether more follow.
func (db *DB) NewCards(after *NewCard, n int) ([]NewCard, bool, error) {
	var out []NewCard
	more := false
	err := db.bolt.View(func(tx *bolt.Tx) (err error) {
		out, more, err = newCards(tx, after, n)
		return err
	})
	return out, more, err
}

func newCards(tx *bolt.Tx, after *NewCard, n int) ([]NewCard, bool, error) {
	var out []NewCard
	if n > 0 {
		out = make([]NewCard, 0, min(n, 1024)) // a session may ask for "all"
	}
	cur := tx.Bucket(bucketNewQ).Cursor()
	k, v := cur.First()
	if after != nil {
		start := newKey(after.Useful, after.Key)
		k, v = cur.Seek(start)
		if k != nil && bytes.Equal(k, start) {
			k, v = cur.Next()
		}
	}
	for ; k != nil; k, v = cur.Next() {
		if n > 0 && len(out) == n {
			return out, true, nil
		}
		if len(k) < 11 || len(v) < 17 {
			return nil, false, fmt.Errorf("%w: newq entry %q", errCorrupt, k)
		}
		ck, err := cardKeyOf(k[8:])
		if err != nil {
			return nil, false, err
		}
		var nums [3]uint64
		rest := v[16:]
		for i := range nums {
			n, size := binary.Uvarint(rest)
			if size <= 0 {
				return nil, false, fmt.Errorf("%w: newq entry %q", errCorrupt, k)
			}
			nums[i], rest = n, rest[size:]
		}
		out = append(out, NewCard{Key: ck, Due: keyTime(v[:8]), BuriedUntil: keyTime(v[8:16]),
			Count: int(nums[0]), Rank: int(nums[1]), HSK: int(nums[2]),
			Useful: keyUseful(binary.BigEndian.Uint64(k[:8]))})
	}
	return out, false, nil
}

// QueueCounts are the new queue's running counts.
type QueueCounts struct {
	NewCards int // new cards a session may introduce (buried ones included)
	NewWords int // their distinct words
}

func queueCounts(tx *bolt.Tx) QueueCounts {
	m := tx.Bucket(bucketMeta)
	return QueueCounts{NewCards: int(getCount(m, countNewCards)), NewWords: int(getCount(m, countNewWords))}
}
