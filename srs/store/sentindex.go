package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"iter"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
)

// The sentence index: which sentences hold a Han bigram or an English term
// (search.go says which terms a sentence has).
//
// It has two layouts, for two moments of a document's life:
//
//   - While a document is mined (pending.go), each batch of its sentences
//     is indexed in the same Update as the sentences, in a bucket of the
//     document's own inside sentstage: key first (4), the batch's first
//     position; value the batch's terms in order, each with the positions
//     of the batch's sentences that hold it, as uvarint deltas from first
//     (batchEntries). One value a batch, appended to the bucket: written
//     once, and a killed mine's entries go with its sentences (RollBack).
//     (A key a term and batch, as schema 10 had, made 2.5 million keys of
//     117 MB for a million sentences, and deleting the bucket read every
//     one of its pages: the miner's peak RSS went from 288 to 448 MB. Big
//     values are overflow pages that bbolt frees unread.)
//   - Before the document is committed, its batches are merged term by
//     term into sentindex (MergeSentenceTerms; commitSentenceTerms merges
//     what is left): key term 0 seq (4), value the positions of the
//     document's sentences that hold the term, as the word postings
//     (postings.go). The document's sentstage bucket is then deleted
//     whole, by the last merge if it can (the commit's pages then reuse
//     its pages), else by the commit.
//
// A search reads one entry per term and document, all a term's documents
// side by side: a handful of pages. Schema 10 kept the batch layout for
// good: a search sought every batch of every term, and on a million
// sentences (365 batches) `cika lookup` of a phrase found nowhere took
// 1,790 page faults where one of a word takes 760 (now 750 both). Keys
// term-first written batch by batch would instead touch a page per term
// all over the bucket on every batch, hence the merge: it reads the
// batches in term order and writes the document's entries in key order,
// once.

// appendBatchEntry appends a term and its positions (appendPositions),
// each after its length, to a batch's sentstage value.
func appendBatchEntry(b []byte, term string, pos []uint32) []byte {
	b = binary.AppendUvarint(b, uint64(len(term)))
	b = append(b, term...)
	size, last := 0, uint32(0)
	for i, p := range pos {
		if i > 0 && p == last {
			continue
		}
		size += (bits.Len64(uint64(p-last)|1) + 6) / 7 // its uvarint's bytes
		last = p
	}
	return appendPositions(binary.AppendUvarint(b, uint64(size)), pos)
}

// batchEntries reads a batch's sentstage value one term at a time.
type batchEntries struct {
	b         []byte
	term, pos []byte // the current entry's term and positions
}

// next moves to the next entry; false at the end.
func (e *batchEntries) next() (bool, error) {
	if len(e.b) == 0 {
		e.term, e.pos = nil, nil
		return false, nil
	}
	l, n := binary.Uvarint(e.b)
	if n <= 0 || l == 0 || uint64(len(e.b)-n) < l {
		return false, fmt.Errorf("sentence index batch: %w", errCorrupt)
	}
	e.term, e.b = e.b[n:n+int(l)], e.b[n+int(l):]
	l, n = binary.Uvarint(e.b)
	if n <= 0 || l == 0 || uint64(len(e.b)-n) < l {
		return false, fmt.Errorf("sentence index batch, term %q: %w", e.term, errCorrupt)
	}
	e.pos, e.b = e.b[n:n+int(l)], e.b[n+int(l):]
	return true, nil
}

// indexKey is the sentindex key of term in document seq.
func indexKey(b []byte, term []byte, seq uint32) []byte {
	b = append(append(b[:0], term...), sep)
	return binary.BigEndian.AppendUint32(b, seq)
}

// stageOf is document seq's sentstage bucket, nil when it has none.
func stageOf(tx *bolt.Tx, seq uint32) *bolt.Bucket {
	sb := tx.Bucket(bucketSentStage)
	if sb == nil {
		return nil
	}
	return sb.Bucket(u32(seq))
}

// maxBlock bounds the sentences of one batch of the index: a bigram and a
// position in the batch are packed in a uint64 (21 bits a character).
const maxBlock = 1 << 22

// putSentenceTerms indexes sentences of document seq in its sentstage
// bucket, positions ascending, in batches of at most maxBlock, each under
// its first position (batchTermsValue, putBatchTerms). Their values are cut
// from wb (nil: buffers of their own).
func putSentenceTerms(tx *bolt.Tx, seq uint32, ss []cards.Sentence, wb *writeBufs) error {
	if wb == nil {
		wb = &writeBufs{}
	}
	vals, err := wb.termsValues(ss, nil)
	if err != nil {
		return err
	}
	for _, bv := range vals {
		if err := putBatchTerms(tx, seq, bv.first, bv.val); err != nil {
			return err
		}
	}
	return nil
}

// termsValues appends to vals the sentstage values of ss, positions
// ascending, in batches of at most maxBlock (batchTermsValue), cut from
// wb.
func (wb *writeBufs) termsValues(ss []cards.Sentence, vals []batchValue) ([]batchValue, error) {
	for len(ss) > 0 {
		block := ss[:min(len(ss), maxBlock)]
		first, val, err := batchTermsValue(block, wb)
		if err != nil {
			return nil, err
		}
		vals = append(vals, batchValue{first, val})
		ss = ss[len(block):]
	}
	return vals, nil
}

// putBatchTerms writes the value of one batch, whose first position is
// first (batchTermsValue), into document seq's sentstage bucket, after the
// batches before it.
func putBatchTerms(tx *bolt.Tx, seq, first uint32, val []byte) error {
	b, err := tx.Bucket(bucketSentStage).CreateBucketIfNotExists(u32(seq))
	if err != nil {
		return err
	}
	b.FillPercent = 0.9 // keys only grow (see above)
	if k, _ := b.Cursor().Last(); len(k) == 4 && binary.BigEndian.Uint32(k) >= first {
		return fmt.Errorf("sentence index: batch at %d after one at %d", first, binary.BigEndian.Uint32(k))
	}
	return b.Put(u32(first), val)
}

// batchTermsValue returns the sentstage value of one batch of at most
// maxBlock sentences, positions ascending, and its first position. The
// value is cut from wb.
//
// It runs for every batch a miner stores (WriteBuffers.Encode), so it is
// written for speed (2,500 sentences in a few milliseconds): each bigram
// and position packed in one uint64 and the lot sorted as numbers, English
// terms numbered and grouped by a counting sort (batchTerms).
// Terms go in order: English terms (Latin letters) sort before the Han
// bigrams, and UTF-8 sorts as code points.
func batchTermsValue(ss []cards.Sentence, wb *writeBufs) (first uint32, val []byte, err error) {
	first = uint32(ss[0].Pos)
	grams, spare := slices.Grow(wb.grams[:0], 24*len(ss)), wb.spare
	defer func() { wb.grams, wb.spare = grams[:0], spare[:0] }()
	en := &wb.english
	defer en.reset()
	for i := range ss {
		p := uint32(ss[i].Pos)
		if p < first || p-first >= maxBlock || (i > 0 && p <= uint32(ss[i-1].Pos)) {
			return 0, nil, fmt.Errorf("sentence index: positions out of order at %d", p)
		}
		rel := uint64(p - first)
		eachBigram(&ss[i], func(a, b rune) { grams = append(grams, uint64(a)<<43|uint64(b)<<22|rel) })
		eachEnglishWord(ss[i].EN, func(w string) {
			if t := wb.terms.term(w); t != "" {
				en.add(t, uint32(rel))
			}
		})
	}
	grams, spare = sortGrams(grams, spare)

	// bbolt keeps the value, not a copy, until the commit: cut from wb.
	at := len(wb.vals)
	val = slices.Grow(wb.vals, 8*len(ss)+len(grams)*2)
	for t, pos := range en.sorted() {
		val = appendBatchEntry(val, t, pos)
	}
	var pos []uint32
	var gram [2 * utf8.UTFMax]byte
	for i := 0; i < len(grams); {
		g := grams[i] >> 22
		pos = pos[:0]
		for ; i < len(grams) && grams[i]>>22 == g; i++ {
			pos = append(pos, uint32(grams[i]&(maxBlock-1)))
		}
		t := utf8.AppendRune(utf8.AppendRune(gram[:0], rune(g>>21)), rune(g&(1<<21-1)))
		val = appendBatchEntry(val, unsafeString(t), pos)
	}
	wb.vals = val
	return first, val[at:len(val):len(val)], nil
}

// sortGrams sorts grams (bigram<<22 | position, as batchTermsValue packs
// them, the positions ascending as added) by bigram, each bigram's
// positions kept in order, so in numeric order: an LSD radix sort of the
// 42 bits of the bigram in 11-bit digits, through spare, which skips a
// digit all grams share (the Han characters' high bits). It returns the
// grams sorted and the other array, to reuse. slices.Sort was 29 % of
// batchTermsValue's time.
func sortGrams(grams, spare []uint64) (sorted, rest []uint64) {
	if len(grams) < 2 {
		return grams, spare
	}
	const bits = 11
	var at [1 << bits]int
	spare = slices.Grow(spare[:0], len(grams))[:len(grams)]
	for shift := 22; shift < 64; shift += bits {
		clear(at[:])
		for _, g := range grams {
			at[g>>shift&(1<<bits-1)]++
		}
		if at[grams[0]>>shift&(1<<bits-1)] == len(grams) {
			continue
		}
		n := 0
		for d, c := range at {
			at[d], n = n, n+c
		}
		for _, g := range grams {
			d := g >> shift & (1<<bits - 1)
			spare[at[d]] = g
			at[d]++
		}
		grams, spare = spare, grams
	}
	return grams, spare
}

// batchTerms gathers the English terms of a batch and their positions
// (batchTermsValue), in buffers kept from batch to batch: each term is
// numbered as met and each occurrence packed with its number, and the
// occurrences are grouped term by term once the terms are sorted. A map of
// position lists, one list a term, allocated 118 MB of a million pairs'
// mining (and as much again on the collector's side).
type batchTerms struct {
	ids   map[string]uint32 // a term's number
	terms []string          // by number
	occ   []uint64          // number<<32 | position, in order met
	order []uint32          // numbers by term
	next  []uint32          // by number (sorted)
	pos   []uint32
}

// add records term t at position rel (ascending from call to call).
func (bt *batchTerms) add(t string, rel uint32) {
	if bt.ids == nil {
		bt.ids = map[string]uint32{}
	}
	id, ok := bt.ids[t]
	if !ok {
		id = uint32(len(bt.terms))
		bt.ids[t] = id
		bt.terms = append(bt.terms, t)
	}
	bt.occ = append(bt.occ, uint64(id)<<32|uint64(rel))
}

// sorted yields the terms in order, each with its positions, ascending
// (repeats left for appendBatchEntry to skip).
func (bt *batchTerms) sorted() iter.Seq2[string, []uint32] {
	n := len(bt.terms)
	bt.order = bt.order[:0]
	for id := range n {
		bt.order = append(bt.order, uint32(id))
	}
	slices.SortFunc(bt.order, func(a, b uint32) int { return strings.Compare(bt.terms[a], bt.terms[b]) })
	// A counting sort of the occurrences by term, stable: each term's
	// positions stay in the order met. next[id] counts the term's
	// occurrences, then is where its next one goes, and at last where its
	// positions end.
	next := slices.Grow(bt.next[:0], n)[:n]
	clear(next)
	for _, o := range bt.occ {
		next[o>>32]++
	}
	at := uint32(0)
	for _, id := range bt.order {
		next[id], at = at, at+next[id]
	}
	bt.pos = slices.Grow(bt.pos[:0], len(bt.occ))[:len(bt.occ)]
	for _, o := range bt.occ {
		bt.pos[next[o>>32]] = uint32(o)
		next[o>>32]++
	}
	bt.next = next
	return func(yield func(string, []uint32) bool) {
		from := uint32(0)
		for _, id := range bt.order {
			if !yield(bt.terms[id], bt.pos[from:next[id]]) {
				return
			}
			from = next[id]
		}
	}
}

// reset empties bt for the next batch, holding none of its strings.
func (bt *batchTerms) reset() {
	clear(bt.ids)
	clear(bt.terms)
	bt.terms, bt.occ = bt.terms[:0], bt.occ[:0]
}

// valueBuffer cuts posting values from shared buffers. bbolt keeps a
// value, not a copy, until the commit: a buffer is never appended to beyond
// its capacity (a full one is left to its values, and a new one started).
type valueBuffer struct{ buf []byte }

// positions encodes pos (appendPositions) in the buffer.
func (vb *valueBuffer) positions(pos []uint32) []byte {
	if len(vb.buf)+binary.MaxVarintLen32*len(pos) > cap(vb.buf) {
		vb.buf = make([]byte, 0, max(1<<16, binary.MaxVarintLen32*len(pos)))
	}
	start := len(vb.buf)
	vb.buf = appendPositions(vb.buf, pos)
	return vb.buf[start:len(vb.buf):len(vb.buf)]
}

// stageRun is one batch of a staged document, read in term order: its
// current entry is e.term (nil past the last) and e.pos.
type stageRun struct {
	seq, first uint32
	e          batchEntries
	// prefix is e.term's first 8 bytes as a big-endian number, zeros
	// after a shorter term: two runs of different prefixes are ordered by
	// them as by their terms, so that most of the merge's comparisons
	// (walkStages: a tree of a million pairs' 400 batches, 9 levels, one
	// comparison each, for each of their ≈ 5 million entries) are one of
	// integers, not bytes.Compare's call.
	prefix uint64
	// done, past the last entry (its prefix then the greatest), and the
	// run's leaf in the merge's tree (runTree).
	done bool
	leaf int
}

// next moves r to its next entry (batchEntries.next) and keeps its prefix.
func (r *stageRun) next() (bool, error) {
	ok, err := r.e.next()
	r.prefix = termPrefix(r.e.term)
	return ok, err
}

// termPrefix returns the first 8 bytes of term as a big-endian number,
// padded with zeros.
func termPrefix(term []byte) uint64 {
	if len(term) >= 8 {
		return binary.BigEndian.Uint64(term)
	}
	var b [8]byte
	copy(b[:], term)
	return binary.BigEndian.Uint64(b[:])
}

// runBefore orders runs by term, then document, then batch: the order of
// sentindex's keys, each term's positions ascending; a run that is done
// comes after every other.
func runBefore(a, b *stageRun) bool {
	if a.prefix != b.prefix {
		return a.prefix < b.prefix // (the common case, inlined)
	}
	return samePrefixBefore(a, b)
}

// samePrefixBefore is runBefore for runs of the same prefix: mostly the
// same term in two batches, which a prefix of a term no longer than 8
// bytes says whole.
func samePrefixBefore(a, b *stageRun) bool {
	if a.done || b.done {
		return b.done && !a.done
	}
	if len(a.e.term) != len(b.e.term) || len(a.e.term) > 8 {
		if c := bytes.Compare(a.e.term, b.e.term); c != 0 {
			return c < 0
		}
	}
	if a.seq != b.seq {
		return a.seq < b.seq
	}
	return a.first < b.first
}

// walkStages reads the sentstage buckets of documents seqs term by term:
// fn gets each term after after (nil: from the first), in order, with each
// document's positions that hold it, until fn returns false. It is a merge
// of the batches, each read in order, so that memory holds one term's
// positions.
func walkStages(tx *bolt.Tx, seqs []uint32, after []byte, fn func(term []byte, seq uint32, pos []uint32) (bool, error)) error {
	var runs []*stageRun
	for _, seq := range seqs {
		b := stageOf(tx, seq)
		if b == nil {
			continue
		}
		err := b.ForEach(func(k, v []byte) error {
			if len(k) != 4 {
				return fmt.Errorf("sentence index stage %d batch %q: %w", seq, k, errCorrupt)
			}
			r := &stageRun{seq: seq, first: binary.BigEndian.Uint32(k), e: batchEntries{b: v}}
			for {
				ok, err := r.next()
				if err != nil {
					return fmt.Errorf("stage %d batch %d: %w", seq, r.first, err)
				}
				if !ok {
					return nil
				}
				if after == nil || bytes.Compare(r.e.term, after) > 0 {
					runs = append(runs, r)
					return nil
				}
			}
		})
		if err != nil {
			return err
		}
	}
	t := newRunTree(runs)
	var term []byte
	var pos []uint32
	for t.top() != nil {
		top := t.top()
		term = append(term[:0], top.e.term...)
		seq := top.seq
		pos = pos[:0]
		for r := top; r != nil && r.seq == seq && bytes.Equal(r.e.term, term); r = t.top() {
			err := eachPosition(r.e.pos, func(p uint32) bool { pos = append(pos, r.first+p); return true })
			if err != nil {
				return fmt.Errorf("sentence index stage %d batch %d term %q: %w", r.seq, r.first, r.e.term, err)
			}
			ok, err := r.next()
			if err != nil {
				return fmt.Errorf("sentence index stage %d batch %d: %w", r.seq, r.first, err)
			}
			t.advanced(ok)
		}
		if more, err := fn(term, seq, pos); err != nil || !more {
			return err
		}
	}
	return nil
}

// runTree is a tree of losers (Knuth, TAOCP 5.4.1) over the runs of a
// merge: each inner node holds the run that lost the match played there,
// and the root's winner, the run with the least entry, is on top. After
// the top run moves on, the way back to the root is one match a level,
// where a binary heap played two (a million pairs: 400 runs, 9 levels,
// for each of ≈ 5 million entries).
type runTree struct {
	leaves int
	node   []*stageRun // node[0] the winner; node[i], i ≥ 1, the loser at node i
}

// newRunTree plays every match of runs.
func newRunTree(runs []*stageRun) *runTree {
	if len(runs) == 0 {
		return &runTree{leaves: 1, node: []*stageRun{{done: true, prefix: math.MaxUint64}}}
	}
	t := &runTree{leaves: len(runs), node: make([]*stageRun, len(runs))}
	for i, r := range runs {
		r.leaf = i
	}
	t.node[0] = t.play(1, runs)
	return t
}

// play returns the winner of the subtree at node i, whose leaves are the
// runs at i - t.leaves, keeping the losers.
func (t *runTree) play(i int, runs []*stageRun) *stageRun {
	if i >= t.leaves {
		return runs[i-t.leaves]
	}
	a, b := t.play(2*i, runs), t.play(2*i+1, runs)
	if runBefore(b, a) {
		a, b = b, a
	}
	t.node[i] = b
	return a
}

// top is the run with the least entry, nil when every run is done.
func (t *runTree) top() *stageRun {
	if w := t.node[0]; !w.done {
		return w
	}
	return nil
}

// advanced replays the matches of the top run, which moved to its next
// entry, or is done (!ok): then it comes after every other (runBefore).
func (t *runTree) advanced(ok bool) {
	w := t.node[0]
	if !ok {
		w.done, w.prefix = true, math.MaxUint64
	}
	for i := (w.leaf + t.leaves) / 2; i >= 1; i /= 2 {
		if l := t.node[i]; runBefore(l, w) {
			t.node[i], w = w, l
		}
	}
	t.node[0] = w
}

// mergeSentenceTerms writes into sentindex the staged entries of document
// seq whose terms come after after (nil: all), in key order, until budget
// positions are written (0: no limit), and returns the last term written
// and whether every term was.
//
// pairs is the document's number of sentences: when it has more than the
// collection (a first big corpus), its keys mostly append and pages are
// packed full, as packBulk does; otherwise they go among other documents'
// keys, where full pages would split at the next insert.
func mergeSentenceTerms(tx *bolt.Tx, seq uint32, after []byte, budget, pairs int) (last []byte, done bool, err error) {
	idx := tx.Bucket(bucketSentIndex)
	if uint64(pairs) > getCount(tx.Bucket(bucketMeta), countSentences) {
		idx.FillPercent = 0.9
	}
	var vals valueBuffer
	var key []byte
	n := 0
	done = true
	err = walkStages(tx, []uint32{seq}, after, func(term []byte, seq uint32, pos []uint32) (bool, error) {
		key = indexKey(key, term, seq)
		if err := idx.Put(key, vals.positions(pos)); err != nil {
			return false, err
		}
		last = append(last[:0], term...)
		if n += len(pos); budget > 0 && n >= budget {
			done = false
			return false, nil
		}
		return true, nil
	})
	return last, done, err
}

// mergedAll is a pending record's Merged once every term of the document
// is in sentindex and its batches are deleted (0xFF never occurs in UTF-8,
// so it comes after every term).
const mergedAll = "\xff"

// unmergeSentenceTerms deletes from sentindex the entries of pending
// document seq whose terms come after from (nil: the first) and no later
// than to (what a merge wrote before the mine was killed), up to budget
// entries, and returns the last term it went through and whether it got
// past to. It reads sentindex itself, not the batches, which may be gone
// (mergedAll): a roll back after a killed merge is rare, and reading a
// million sentences' index is a second.
func unmergeSentenceTerms(tx *bolt.Tx, seq uint32, from, to []byte, budget int) (last []byte, done bool, err error) {
	idx := tx.Bucket(bucketSentIndex)
	c := idx.Cursor()
	k, _ := c.First()
	if from != nil {
		k, _ = c.Seek(from)
	}
	var drop [][]byte
	done = true
	for ; k != nil; k, _ = c.Next() {
		term, s, ok := splitPostingKey(k)
		if !ok {
			return nil, false, fmt.Errorf("sentence index entry %q: %w", k, errCorrupt)
		}
		if from != nil && bytes.Compare(term, from) <= 0 {
			continue
		}
		if bytes.Compare(term, to) > 0 {
			break
		}
		if s != seq {
			continue
		}
		drop = append(drop, append([]byte(nil), k...))
		last = append(last[:0], term...)
		if len(drop) >= budget {
			done = bytes.Equal(term, to)
			break
		}
	}
	for _, k := range drop {
		if err := idx.Delete(k); err != nil {
			return nil, false, err
		}
	}
	if done {
		last = nil
	}
	return last, done, nil
}

// commitSentenceTerms merges what is left of document seq's staged entries
// (after the terms up to merged) and deletes its sentstage bucket: the
// index part of committing a document.
func commitSentenceTerms(tx *bolt.Tx, seq uint32, merged []byte, pairs int) error {
	if stageOf(tx, seq) == nil {
		return nil // no sentence
	}
	if _, _, err := mergeSentenceTerms(tx, seq, merged, 0, pairs); err != nil {
		return err
	}
	return tx.Bucket(bucketSentStage).DeleteBucket(u32(seq))
}

// MergeSentenceTerms moves about budget positions of pending document
// seq's sentence index from its batches into the index searches read, in
// one Update, and reports whether it is all there. The miner calls it
// until it is, between storing the last batch and committing: each Update
// holds what it writes in memory until it commits, so a big document's
// merge is cut up. The last one deletes the batches. CommitDocument merges
// whatever is left.
func (db *DB) MergeSentenceTerms(seq uint32, budget int) (done bool, err error) {
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		p, err := getPending(tx, seq)
		if err != nil {
			return err
		}
		var after []byte
		if p.Merged != "" {
			after = []byte(p.Merged)
		}
		if p.Merged == mergedAll {
			done = true
			return nil
		}
		last, finished, err := mergeSentenceTerms(tx, seq, after, budget, p.Pairs)
		if err != nil {
			return err
		}
		if done = finished; done {
			// The batches go now, not in the commit: the commit's pages
			// (words, cards: more than the batches) then reuse theirs, where
			// freed in the commit they were left free in the file, and a
			// free page costs every later write (bbolt reads and writes
			// its list of them at each commit).
			if stageOf(tx, seq) != nil {
				if err := tx.Bucket(bucketSentStage).DeleteBucket(u32(seq)); err != nil {
					return err
				}
			}
			p.Merged = mergedAll
			return putPending(tx, seq, p)
		}
		if last == nil {
			return nil
		}
		p.Merged = string(last)
		return putPending(tx, seq, p)
	})
	if err != nil {
		return false, fmt.Errorf("index the sentences of document %d: %w", seq, err)
	}
	// The batches read stay in the page cache, not in this process's
	// memory (a million sentences: 60 MB).
	release(db.bolt)
	return done, nil
}

// dropSentenceTerms takes out of the index of pending document seq the
// sentences keys (just deleted; the document's first remaining ones), or
// all its entries when none of its sentences is left: entries of batches
// that start after the last of keys stay, those of earlier batches lose
// the deleted positions. Entries a merge wrote to sentindex must be gone
// first (dropSentences).
func dropSentenceTerms(tx *bolt.Tx, seq uint32, keys [][]byte, all bool) error {
	b := stageOf(tx, seq)
	if b == nil {
		return nil
	}
	if all {
		return tx.Bucket(bucketSentStage).DeleteBucket(u32(seq))
	}
	var last uint32
	if len(keys) > 0 {
		last = pairKeyOf(keys[len(keys)-1]).Pos
	}
	type rewrite struct{ k, v []byte } // v empty: delete
	var todo []rewrite
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if len(k) != 4 {
			return fmt.Errorf("sentence index stage %d batch %q: %w", seq, k, errCorrupt)
		}
		first := binary.BigEndian.Uint32(k)
		if first > last {
			break
		}
		r := rewrite{k: append([]byte(nil), k...)}
		var keep []uint32
		for e := (batchEntries{b: v}); ; {
			ok, err := e.next()
			if err != nil {
				return fmt.Errorf("sentence index stage %d batch %d: %w", seq, first, err)
			}
			if !ok {
				break
			}
			keep = keep[:0]
			err = eachPosition(e.pos, func(p uint32) bool {
				if first+p > last {
					keep = append(keep, p)
				}
				return true
			})
			if err != nil {
				return fmt.Errorf("sentence index stage %d batch %d term %q: %w", seq, first, e.term, err)
			}
			if len(keep) > 0 {
				r.v = appendBatchEntry(r.v, string(e.term), keep)
			}
		}
		todo = append(todo, r)
	}
	for _, r := range todo {
		var err error
		if len(r.v) == 0 {
			err = b.Delete(r.k)
		} else {
			err = b.Put(r.k, r.v)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// checkSentenceTerms verifies that the sentence index holds exactly the
// terms of every stored sentence: each entry names a stored sentence that
// has its term; the sentindex entries of committed documents count each of
// their sentences' terms once, and so do the staged entries of each
// pending document, or its sentindex entries once all are merged. A
// pending document's sentindex entries while a merge or a roll back is
// under way need only name stored sentences; a committed document has no
// staged entries.
func checkSentenceTerms(tx *bolt.Tx) error {
	idx, stages := tx.Bucket(bucketSentIndex), tx.Bucket(bucketSentStage)
	if idx == nil || stages == nil {
		return fmt.Errorf("no sentence index")
	}
	pairs := tx.Bucket(bucketPairs)
	terms := map[PairKey][]string{}
	termsOf := func(k PairKey) ([]string, error) {
		if ts, ok := terms[k]; ok {
			return ts, nil
		}
		raw := pairs.Get(k.bytes())
		if raw == nil {
			return nil, fmt.Errorf("sentence index names a missing sentence %s", k)
		}
		s, err := decodePair(raw)
		if err != nil {
			return nil, fmt.Errorf("sentence %s: %w", k, err)
		}
		ts := sentenceTerms(&s)
		terms[k] = ts
		return ts, nil
	}
	entries := 0 // of committed documents in sentindex, of pending ones staged
	has := func(seq, pos uint32, term string) error {
		ts, err := termsOf(PairKey{Doc: seq, Pos: pos})
		if err == nil {
			if _, found := slices.BinarySearch(ts, term); !found {
				err = fmt.Errorf("sentence %d:%d indexed under %q, which it lacks", seq, pos, term)
			}
		}
		return err
	}
	// exact[seq]: whether document seq's sentindex entries must count its
	// sentences' terms (committed, or pending with every term merged and
	// no roll back under way), and whether its sentences are counted at
	// all (so too a pending document with batches; not one being rolled
	// back, whose entries went before its sentences).
	type exactness struct{ index, counted bool }
	exact := map[uint32]exactness{}
	exactOf := func(seq uint32) (exactness, error) {
		if e, ok := exact[seq]; ok {
			return e, nil
		}
		e := exactness{index: true, counted: true}
		if isPending(tx, seq) {
			p, err := getPending(tx, seq)
			if err != nil {
				return e, err
			}
			e.index = p.Merged == mergedAll && p.Unmerged == ""
			e.counted = e.index || stageOf(tx, seq) != nil
		}
		exact[seq] = e
		return e, nil
	}
	err := idx.ForEach(func(k, v []byte) error {
		term, seq, ok := splitPostingKey(k)
		if !ok {
			return fmt.Errorf("sentence index entry %q: %w", k, errCorrupt)
		}
		ex, err := exactOf(seq)
		if err != nil {
			return err
		}
		if ex.index && stageOf(tx, seq) != nil && isPending(tx, seq) {
			return fmt.Errorf("document %d: every term merged, its batches left", seq)
		}
		var ferr error
		err = eachPosition(v, func(p uint32) bool {
			if ex.index {
				entries++
			}
			ferr = has(seq, p, string(term))
			return ferr == nil
		})
		if err != nil {
			return fmt.Errorf("sentence index entry %q: %w", k, err)
		}
		return ferr
	})
	if err != nil {
		return err
	}
	err = stages.ForEachBucket(func(name []byte) error {
		if len(name) != 4 {
			return fmt.Errorf("sentence index stage %q: %w", name, errCorrupt)
		}
		seq := binary.BigEndian.Uint32(name)
		if !isPending(tx, seq) {
			return fmt.Errorf("sentence index stage of document %d, which is not being mined", seq)
		}
		return stages.Bucket(name).ForEach(func(k, v []byte) error {
			if len(k) != 4 {
				return fmt.Errorf("sentence index stage %d batch %q: %w", seq, k, errCorrupt)
			}
			first := binary.BigEndian.Uint32(k)
			var prev []byte
			for e := (batchEntries{b: v}); ; {
				ok, err := e.next()
				if err != nil || !ok {
					return err
				}
				if bytes.Compare(e.term, prev) <= 0 {
					return fmt.Errorf("sentence index stage %d batch %d: %q after %q", seq, first, e.term, prev)
				}
				prev = e.term
				var ferr error
				err = eachPosition(e.pos, func(p uint32) bool {
					entries++
					ferr = has(seq, first+p, string(e.term))
					return ferr == nil
				})
				if err != nil {
					return fmt.Errorf("sentence index stage %d batch %d term %q: %w", seq, first, e.term, err)
				}
				if ferr != nil {
					return ferr
				}
			}
		})
	})
	if err != nil {
		return err
	}
	want := 0
	err = pairs.ForEach(func(k, v []byte) error {
		if ex, err := exactOf(pairKeyOf(k).Doc); err != nil || !ex.counted {
			return err
		}
		if ts, ok := terms[pairKeyOf(k)]; ok {
			want += len(ts)
			return nil
		}
		s, err := decodePair(v)
		if err != nil {
			return fmt.Errorf("sentence %x: %w", k, err)
		}
		want += len(sentenceTerms(&s))
		return nil
	})
	if err != nil {
		return err
	}
	if entries != want {
		return fmt.Errorf("sentence index holds %d entries, the sentences have %d terms", entries, want)
	}
	return nil
}

// sentencesWith calls fn with the sentences of committed documents that
// hold every term, in the order mined, until fn returns false: a cursor a
// term, each moved to the next document all of them have.
func sentencesWith(tx *bolt.Tx, terms []string, fn func(PairKey) (bool, error)) error {
	if len(terms) == 0 {
		return nil
	}
	idx := tx.Bucket(bucketSentIndex)
	type cur struct {
		c      *bolt.Cursor
		prefix []byte
		seq    uint32
		v      []byte
		ok     bool // on an entry of the term
	}
	cs := make([]cur, len(terms))
	var key []byte
	// at moves cs[i] to its first entry for document seq or after; false
	// when the term has none.
	at := func(i int, seq uint32) (bool, error) {
		c := &cs[i]
		if c.ok && c.seq >= seq {
			return true, nil
		}
		key = binary.BigEndian.AppendUint32(append(key[:0], c.prefix...), seq)
		k, v := c.c.Seek(key)
		if k == nil || !bytes.HasPrefix(k, c.prefix) {
			return false, nil
		}
		if len(k) != len(c.prefix)+4 {
			return false, fmt.Errorf("sentence index entry %q: %w", k, errCorrupt)
		}
		c.seq, c.v, c.ok = binary.BigEndian.Uint32(k[len(c.prefix):]), v, true
		return true, nil
	}
	for i, t := range terms {
		cs[i] = cur{c: idx.Cursor(), prefix: prefix(t)}
	}
	its := make([]positionReader, len(terms))
	for seq := uint32(0); ; seq++ {
		// Every cursor on the same document, the first at or after seq.
		for agreed := false; !agreed; {
			agreed = true
			for i := range cs {
				ok, err := at(i, seq)
				if err != nil || !ok {
					return err
				}
				if cs[i].seq != seq {
					seq, agreed = cs[i].seq, false
				}
			}
		}
		if !isPending(tx, seq) {
			for i := range cs {
				its[i] = positionReader{v: cs[i].v}
			}
			// The positions all terms have, read no further than needed: a
			// search stops at MaxFound sentences, and a frequent bigram's
			// entry in a big document spans many pages.
			more, err := intersectPositions(its, func(p uint32) (bool, error) {
				return fn(PairKey{Doc: seq, Pos: p})
			})
			if err != nil {
				return fmt.Errorf("sentence index entry of document %d: %w", seq, err)
			}
			if !more {
				return nil
			}
		}
		if seq == 1<<32-1 {
			return nil
		}
	}
}

// positionReader reads a posting value (appendPositions) one position at
// a time.
type positionReader struct {
	v    []byte
	pos  uint32
	read bool // pos holds a position
}

// next reads the next position; false at the end.
func (r *positionReader) next() (bool, error) {
	if len(r.v) == 0 {
		return false, nil
	}
	d, n := binary.Uvarint(r.v)
	if n <= 0 || (r.read && d == 0) || uint64(r.pos)+d > 1<<32-1 {
		return false, fmt.Errorf("posting: %w", errCorrupt)
	}
	r.v = r.v[n:]
	r.pos += uint32(d)
	r.read = true
	return true, nil
}

// intersectPositions calls fn with each position all of rs hold, ascending,
// until fn returns false (more is then false): each reader moves on to the
// greatest position the others are at, and none reads past the last
// position fn is given.
func intersectPositions(rs []positionReader, fn func(uint32) (bool, error)) (more bool, err error) {
	for i := range rs {
		if ok, err := rs[i].next(); !ok || err != nil {
			return true, err
		}
	}
	for {
		x := rs[0].pos
		agreed := true
		for i := range rs {
			for rs[i].pos < x {
				if ok, err := rs[i].next(); !ok || err != nil {
					return true, err
				}
			}
			if rs[i].pos > x {
				x, agreed = rs[i].pos, false
			}
		}
		if !agreed {
			// Bring the first reader up to x and try again.
			for rs[0].pos < x {
				if ok, err := rs[0].next(); !ok || err != nil {
					return true, err
				}
			}
			continue
		}
		if more, err := fn(x); err != nil || !more {
			return false, err
		}
		if ok, err := rs[0].next(); !ok || err != nil {
			return true, err
		}
	}
}

// buildSentenceIndex builds the sentence index of a collection made before
// schema 11 from its sentences, in Updates of its own before the one that
// upgrades it (upgrade): one Update would hold the whole index in memory
// until it commits (1.35 GB for a million sentences in schema 10's). The
// schema version is not changed, so a run cut short leaves the collection
// as it was, with buckets its schema does not know; the next run starts
// again from nothing. Each document's sentences are staged in batches, as
// mining does, and the committed documents' batches are then merged, all
// documents at once, so that sentindex's keys are written in order.
func buildSentenceIndex(db *bolt.DB) error {
	err := db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketSentIndex, bucketSentStage} {
			if tx.Bucket(name) != nil {
				if err := tx.DeleteBucket(name); err != nil {
					return err
				}
			}
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	// Stage every sentence, buildChunk sentences an Update.
	var after []byte // the last pair staged
	for done := false; !done; {
		err := db.Update(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketPairs).Cursor()
			k, v := c.First()
			if after != nil {
				if k, v = c.Seek(after); bytes.Equal(k, after) {
					k, v = c.Next()
				}
			}
			var doc uint32
			ss := make([]cards.Sentence, 0, buildBatch)
			flush := func() error {
				err := putSentenceTerms(tx, doc, ss, nil)
				ss = ss[:0]
				return err
			}
			for n := 0; k != nil && n < buildChunk; k, v = c.Next() {
				pk := pairKeyOf(k)
				if pk.Doc != doc || len(ss) == buildBatch {
					if err := flush(); err != nil {
						return err
					}
					doc = pk.Doc
				}
				s, err := decodePair(v)
				if err != nil {
					return fmt.Errorf("sentence %s: %w", pk, err)
				}
				s.Pos = int(pk.Pos)
				ss = append(ss, s)
				after = append(after[:0], k...)
				n++
			}
			done = k == nil
			return flush()
		})
		release(db) // (the pages read stay in the page cache, not in this process)
		if err == nil && buildStepped != nil {
			err = buildStepped()
		}
		if err != nil {
			return err
		}
	}
	// Merge the committed documents' batches, buildChunk × 20 positions
	// (about 20 terms a sentence) an Update.
	var last []byte
	for done := false; !done; {
		err := db.Update(func(tx *bolt.Tx) error {
			var seqs []uint32
			stages := tx.Bucket(bucketSentStage)
			err := stages.ForEachBucket(func(name []byte) error {
				if seq := binary.BigEndian.Uint32(name); !isPending(tx, seq) {
					seqs = append(seqs, seq)
				}
				return nil
			})
			if err != nil {
				return err
			}
			idx := tx.Bucket(bucketSentIndex)
			idx.FillPercent = 0.9 // written in key order
			var vals valueBuffer
			var key []byte
			n := 0
			done = true
			return walkStages(tx, seqs, last, func(term []byte, seq uint32, pos []uint32) (bool, error) {
				// Stop only between terms: the next Update starts after
				// the last one written.
				if !bytes.Equal(term, last) {
					if n >= 20*buildChunk {
						done = false
						return false, nil
					}
					last = append(last[:0], term...)
				}
				key = indexKey(key, term, seq)
				if err := idx.Put(key, vals.positions(pos)); err != nil {
					return false, err
				}
				n += len(pos)
				return true, nil
			})
		})
		release(db) // (the pages read stay in the page cache, not in this process)
		if err == nil && buildStepped != nil {
			err = buildStepped()
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// How buildSentenceIndex cuts its work: sentences in a batch (as a miner's)
// and sentences staged in an Update. Variables for the tests, which also
// set buildStepped, called after each Update (an error stops the build
// there, as a killed process would).
var (
	buildBatch   = 2500
	buildChunk   = 100_000
	buildStepped func() error
)

// adoptSentenceIndex finishes buildSentenceIndex in the Update that
// upgrades the collection: the committed documents' batches go (the
// pending ones' stay for the miner to merge or roll back), and so does
// schema 10's index.
func adoptSentenceIndex(tx *bolt.Tx) error {
	if tx.Bucket(bucketSentTerms10) != nil {
		if err := tx.DeleteBucket(bucketSentTerms10); err != nil {
			return err
		}
	}
	stages := tx.Bucket(bucketSentStage)
	if stages == nil || tx.Bucket(bucketSentIndex) == nil {
		return fmt.Errorf("no sentence index built")
	}
	var done [][]byte
	err := stages.ForEachBucket(func(name []byte) error {
		if !isPending(tx, binary.BigEndian.Uint32(name)) {
			done = append(done, append([]byte(nil), name...))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, name := range done {
		if err := stages.DeleteBucket(name); err != nil {
			return err
		}
	}
	return nil
}
