package store

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/corpus"
)

// Document is a mined document.
type Document struct {
	Seq    uint32        `json:"seq"`    // the collection's number for it (pair keys start with it)
	ID     string        `json:"id"`     // hex SHA-256 of the decoded text: its identity
	Name   string        `json:"name"`   // display name when first mined
	Format string        `json:"format"` // corpus format ("podcast", "tsv", …)
	Mined  time.Time     `json:"mined"`
	Pairs  int           `json:"pairs"`
	Lines  int           `json:"lines"`
	Skips  []corpus.Skip `json:"skips,omitempty"`
	// Title is the document's own title (corpus.Document.Title), "" when
	// its format gives none or it was mined before titles were kept.
	Title string `json:"title,omitempty"`
}

// MineResult says what MineDocument did.
type MineResult struct {
	Document Document
	// Already is true when the same text had been mined before (under any
	// name): nothing was written and Document is the earlier one.
	Already   bool
	Sentences int // sentences added
	NewWords  int // words (not names) new to the collection
	NewNames  int // proper names new to the collection (no cards)
	NewCards  int
	// Gained counts words already in the collection that gained sentences.
	Gained int
	// NoWords counts sentences with no vocabulary (kept, teach nothing).
	NoWords int
}

// DocumentByID returns the document with the given identity (corpus
// Document.ID), if mined: `cika mine` asks first, to skip the analysis of a
// document it already has.
func (db *DB) DocumentByID(id string) (Document, bool, error) {
	var d Document
	var found bool
	err := db.bolt.View(func(tx *bolt.Tx) error {
		var err error
		d, found, err = documentByID(tx, id)
		return err
	})
	return d, found, err
}

func documentByID(tx *bolt.Tx, id string) (Document, bool, error) {
	sum, err := hex.DecodeString(id)
	if err != nil {
		return Document{}, false, fmt.Errorf("document id %q: %w", id, err)
	}
	seq := tx.Bucket(bucketDocHash).Get(sum)
	if seq == nil {
		return Document{}, false, nil
	}
	d, err := document(tx, binary.BigEndian.Uint32(seq))
	return d, err == nil, err
}

func document(tx *bolt.Tx, seq uint32) (Document, error) {
	raw := tx.Bucket(bucketDocs).Get(u32(seq))
	if raw == nil {
		return Document{}, fmt.Errorf("document %d: %w", seq, ErrNotFound)
	}
	var d Document
	if err := json.Unmarshal(raw, &d); err != nil {
		return Document{}, fmt.Errorf("document %d: %w", seq, err)
	}
	return d, nil
}

// Documents returns every mined document, in the order mined.
func (db *DB) Documents() ([]Document, error) {
	var docs []Document
	err := db.bolt.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDocs).ForEach(func(k, v []byte) error {
			var d Document
			if err := json.Unmarshal(v, &d); err != nil {
				return fmt.Errorf("document %x: %w", k, err)
			}
			docs = append(docs, d)
			return nil
		})
	})
	return docs, err
}

// MineDocument stores one mined document in a single transaction: its
// sentences, new words with their cards (new, due now), and the sentences
// and senses that words already in the collection gained. The scheduling
// state of existing cards is never touched. Mining a document whose text is
// already in the collection changes nothing (result.Already).
func (db *DB) MineDocument(doc corpus.Document, m *cards.Mined, now time.Time) (MineResult, error) {
	var res MineResult
	if len(m.Sentences) != doc.Pairs {
		return res, fmt.Errorf("mine %s: %d sentences for %d pairs", doc.Name, len(m.Sentences), doc.Pairs)
	}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		res = MineResult{}
		prev, found, err := documentByID(tx, doc.ID)
		if err != nil {
			return err
		}
		if found {
			res.Document, res.Already = prev, true
			return nil
		}
		return mineTx(tx, doc, m, now, &res)
	})
	if err != nil {
		return MineResult{}, fmt.Errorf("mine %s: %w", doc.Name, err)
	}
	return res, nil
}

func mineTx(tx *bolt.Tx, doc corpus.Document, m *cards.Mined, now time.Time, res *MineResult) error {
	n, err := tx.Bucket(bucketDocs).NextSequence()
	if err != nil {
		return err
	}
	if n > 1<<32-1 {
		return fmt.Errorf("too many documents")
	}
	seq := uint32(n)
	if err := putSentences(tx, seq, m.Sentences, &writeBufs{}); err != nil {
		return err
	}
	if err := commitSentenceTerms(tx, seq, nil, len(m.Sentences)); err != nil {
		return err
	}
	return commitTx(tx, seq, doc, byID(m.Words), m, now, res)
}

// putSentences stores sentences of document seq: their pair records, the
// sentence index's batch and their words' index entries. Their values are
// cut from wb.
func putSentences(tx *bolt.Tx, seq uint32, ss []cards.Sentence, wb *writeBufs) error {
	e, err := wb.encode(ss)
	if err != nil {
		return err
	}
	if err := putEncoded(tx, seq, e); err != nil {
		return err
	}
	postings := map[string][]uint32{}
	for i := range ss {
		for _, id := range ss[i].Words() {
			postings[id] = append(postings[id], uint32(ss[i].Pos))
		}
	}
	words := slices.Sorted(maps.Keys(postings))
	pos := make([][]uint32, len(words))
	for i, w := range words {
		pos[i] = postings[w]
	}
	return putPostings(tx, seq, words, pos)
}

// Encoded is a batch of sentences encoded for AddEncoded: their pair
// records and the sentence index's values (sentindex.go), made outside any
// Update (WriteBuffers.Encode), so that a miner encodes its next batch
// while the collection writes this one. Its values are cut from the
// buffers that encoded it, and stay valid until they encode again.
type Encoded struct {
	first   int      // the first sentence's Pos
	records [][]byte // the sentences' records, in order
	// gap is the index of the first sentence whose Pos is not first plus
	// its index (AddEncoded refuses the batch), -1 when none; gapPos is
	// its Pos.
	gap, gapPos int
	terms       []batchValue
}

// batchValue is a sentstage value and the first position of its batch.
type batchValue struct {
	first uint32
	val   []byte
}

// encode encodes ss (Encoded) in wb, whose values before are let go.
func (wb *writeBufs) encode(ss []cards.Sentence) (*Encoded, error) {
	wb.vals = wb.vals[:0]
	e := &wb.encoded
	*e = Encoded{records: e.records[:0], gap: -1, terms: e.terms[:0]}
	if len(ss) == 0 {
		return e, nil
	}
	e.first = ss[0].Pos
	for i := range ss {
		if e.gap < 0 && ss[i].Pos != e.first+i {
			e.gap, e.gapPos = i, ss[i].Pos
		}
		e.records = append(e.records, wb.pair(&ss[i]))
	}
	var err error
	if e.terms, err = wb.termsValues(ss, e.terms); err != nil {
		return nil, err
	}
	return e, nil
}

// putEncoded puts the records and sentence index batch of e, sentences of
// document seq.
func putEncoded(tx *bolt.Tx, seq uint32, e *Encoded) error {
	pairs := tx.Bucket(bucketPairs)
	// Pair keys only ever grow (a new document, positions in order), and
	// nothing is put between them (a roll back only deletes), so pages
	// can be packed full. Not so the words and indexes: with random
	// inserts a high fill percent makes more, emptier pages (measured on
	// the 100k collection: 1,576 → 2,310 pages for words). bbolt closes a
	// page where the next record would pass FillPercent of it, and a
	// Tatoeba-like record is ≈ 600 bytes: at 0.9 (3,686 bytes) a page held
	// five, 77 % full; at 1, six.
	pairs.FillPercent = 1
	for i, rec := range e.records {
		key := PairKey{Doc: seq, Pos: uint32(e.first + i)}.bytes()
		if err := pairs.Put(key, rec); err != nil {
			return err
		}
	}
	// The sentence index's batch in the same Update (sentindex.go).
	for _, bv := range e.terms {
		if err := putBatchTerms(tx, seq, bv.first, bv.val); err != nil {
			return err
		}
	}
	return nil
}

// writeBufs are the buffers the values of a batch of sentences are cut
// from (encode): their records and the sentence index's batch value. bbolt
// keeps a value, not a copy, until the Update commits, so the values of
// one Update are appended, never written over, and the buffers encode
// again only once it is over (writePool, AddSentences, Encoded).
// Allocated afresh, the records alone were 450 of the 5,080 MB a million
// pairs' mining had allocated by 800k pairs.
type writeBufs struct {
	vals    []byte
	grams   []uint64   // batchTermsValue's bigrams and positions
	spare   []uint64   // and the other half of their sort
	english batchTerms // and its English terms
	terms   termCache  // the English words' terms, batch after batch
	encoded Encoded    // the last batch encoded
}

// writePool holds the buffers of the last AddSentences for the next. A
// sync.Pool, so that the collector takes them back once they are not used.
var writePool = sync.Pool{New: func() any { return new(writeBufs) }}

// WriteBuffers are the buffers a batch of sentences is encoded into
// (Encode), for a caller that stores batch after batch (a miner), each
// through a DB opened for it, so that a review or a lookup is not kept
// waiting, and keeps them: writePool lost them
// to the collections in between, at a million pairs a collection every
// batch or two, and the buffers were grown again each time (343 MB).
type WriteBuffers struct{ wb writeBufs }

// Encode encodes sentences for AddEncoded, which must be done with the
// Encoded before b encodes again. AddSentences(seq, ss) is
// AddEncoded(seq, Encode(ss)).
func (b *WriteBuffers) Encode(ss []cards.Sentence) (*Encoded, error) { return b.wb.encode(ss) }

// pair returns the record of s (encodePair) cut from wb.
func (wb *writeBufs) pair(s *cards.Sentence) []byte {
	at := len(wb.vals)
	wb.vals = appendPair(wb.vals, s)
	return wb.vals[at:len(wb.vals):len(wb.vals)]
}

// commitTx makes document seq, whose sentences are stored, part of the
// collection: its record and identity, its words (new ones with their
// cards, known ones merged) and the running counts. ws are m's words in
// ID order (byID).
func commitTx(tx *bolt.Tx, seq uint32, doc corpus.Document, ws []wordID, m *cards.Mined, now time.Time, res *MineResult) error {
	if err := putDocument(tx, seq, doc, m, now, res); err != nil {
		return err
	}
	meta := tx.Bucket(bucketMeta)
	packBulk(tx, len(m.Words), getCount(meta, countWords))
	t, err := commitWords(tx, ws, nil, now, res)
	if err != nil {
		return err
	}
	return addMineCounts(meta, res, t)
}

// commitWords merges the words of ws that the collection has and puts the
// others, new, but for those in staged, already put (commitStaged); ws and
// staged are in ID order. It returns what the words it put add.
//
// Words already in the collection are merged in key order, then the new
// ones go in (putFresh), bucket by bucket in key order: in one transaction
// bbolt splits no node until the commit, so random inserts into a bucket
// cost a copy of the node's tail each (measured: 0.5 s of memmove for 20k
// new words, quadratic in them), while in-order inserts append.
func commitWords(tx *bolt.Tx, ws, staged []wordID, now time.Time, res *MineResult) (freshTally, error) {
	var fresh []wordID
	words := tx.Bucket(bucketWords)
	for _, wi := range ws {
		for len(staged) > 0 && staged[0].id < wi.id {
			staged = staged[1:]
		}
		if len(staged) > 0 && staged[0].id == wi.id {
			continue
		}
		raw := words.Get([]byte(wi.id))
		if raw == nil {
			fresh = append(fresh, wi)
			continue
		}
		id := []byte(wi.id)
		w := wi.w
		old, err := decodeWord(raw)
		if err != nil {
			return freshTally{}, fmt.Errorf("word %s: %w", id, err)
		}
		merged := old
		merged.Met = append([]cards.Sense(nil), old.Met...)
		merged.Senses = append([]string(nil), old.Senses...)
		merged.Merge(w)
		if err := words.Put(id, encodeWord(&merged)); err != nil {
			return freshTally{}, err
		}
		if err := indexWord(tx, &old, &merged); err != nil {
			return freshTally{}, err
		}
		if err := putByCount(tx, wi.id, old.Count, merged.Count); err != nil {
			return freshTally{}, err
		}
		if merged.Count != old.Count && merged.Taught() {
			// Its new cards move up the new queue.
			if err := requeueWord(tx, wi.id, makeInfo(tx, wi.id, old.Count), makeInfo(tx, wi.id, merged.Count)); err != nil {
				return freshTally{}, err
			}
		}
		res.Gained++
	}
	fw := newFreshWords(tx, fresh, now)
	if err := putFresh(tx, fw); err != nil {
		return freshTally{}, err
	}
	return fw.tally(), nil
}

// putDocument writes document seq's record and identity and the senses
// its English confirmed, and fills in res what the document says.
func putDocument(tx *bolt.Tx, seq uint32, doc corpus.Document, m *cards.Mined, now time.Time, res *MineResult) error {
	sum, err := hex.DecodeString(doc.ID)
	if err != nil || len(sum) != 32 {
		return fmt.Errorf("document id %q is not a SHA-256", doc.ID)
	}
	d := Document{Seq: seq, ID: doc.ID, Name: doc.Name, Format: doc.Format, Mined: now.UTC(),
		Pairs: doc.Pairs, Lines: doc.Lines, Skips: doc.Skips, Title: doc.Title}
	raw, err := json.Marshal(d)
	if err != nil {
		return err
	}
	if err := tx.Bucket(bucketDocs).Put(u32(seq), raw); err != nil {
		return err
	}
	if err := tx.Bucket(bucketDocHash).Put(sum, u32(seq)); err != nil {
		return err
	}
	res.Document = d
	res.Sentences = doc.Pairs
	res.NoWords = m.NoWords
	return putPriors(tx, m.Priors)
}

// addMineCounts adds a committed document, its new words (t) and what res
// counts to the running counts.
func addMineCounts(meta *bolt.Bucket, res *MineResult, t freshTally) error {
	res.NewWords += t.words
	res.NewNames += t.names
	res.NewCards += t.cards
	for name, delta := range map[string]int{countNewCards: t.queued, countNewWords: t.queuedWords} {
		if err := addCount(meta, name, delta); err != nil {
			return err
		}
	}
	for name, delta := range map[string]int{
		countDocuments: 1, countSentences: res.Sentences, countWords: res.NewWords + res.NewNames,
		countNames: res.NewNames, countCards: res.NewCards,
	} {
		if err := addCount(meta, name, delta); err != nil {
			return err
		}
	}
	return nil
}

// wordID is a mined word with its ID, computed once: ID builds a string,
// and the comparisons of a sort would build 2 n log n of them.
type wordID struct {
	id string
	w  *cards.Word
}

// byID returns ws with their IDs, in ID order.
func byID(ws []*cards.Word) []wordID {
	out := make([]wordID, len(ws))
	for i, w := range ws {
		out[i] = wordID{w.ID(), w}
	}
	slices.SortFunc(out, func(a, b wordID) int { return strings.Compare(a.id, b.id) })
	return out
}

// packBulk packs the pages of the word, card and index buckets when a
// document brings more words than the collection has (a first big corpus):
// the inserts then mostly append, in key order, and pages filled to 90 %
// instead of bbolt's 50 % halve what the commit holds in memory and
// writes (on a million pairs, ≈ 90 MB of pages). When words trickle into a
// big collection the default stays: full pages would split at the next
// insert into them.
func packBulk(tx *bolt.Tx, adding int, have uint64) {
	if uint64(adding) <= have {
		return
	}
	for _, idx := range freshIndexes {
		tx.Bucket(idx.name).FillPercent = 0.9
	}
}
