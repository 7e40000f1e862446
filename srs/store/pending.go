package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/corpus"
)

// Mining a big document in batches, all or nothing.
//
// A document of a million pairs cannot be one Update: bbolt would hold every
// dirty page in memory until the commit. Instead its sentences are written
// in batches (AddSentences, one Update each) under a document number that a
// pending marker reserves (BeginDocument), and the document becomes part of
// the collection only in CommitDocument: one small Update that writes its
// record and identity, its words and cards and the running counts, and
// deletes the marker (the many new words of a big corpus are staged out of
// sight before, and merged in by that Update: stage.go). Until then the
// batches are invisible: no document
// record names them, no count includes them, no word has them in its
// Pairs, and the readers that walk a word's sentences skip them
// (errPending). If the process dies at any point, what it wrote is either a
// committed document or pending batches; RollBack deletes the latter, in
// small Updates too, and a new run mines the document again from the start
// and gets the same document number, so the result is the same as an
// uninterrupted run's.
//
// Only one process may mine at a time (LockMining), so that pending batches
// found by a miner are known to be a dead run's.

// errPending marks a sentence of a document still being mined.
var errPending = errors.New("document still being mined")

// pendingRecord is the marker of a document being mined.
type pendingRecord struct {
	Name    string    `json:"name"`
	Started time.Time `json:"started"`
	Pairs   int       `json:"pairs"` // sentences written so far
	// Merged is the last term of the sentence index merged from the
	// document's batches into the one searches read (MergeSentenceTerms),
	// "" before the merge, mergedAll after it; Unmerged, while a roll back
	// deletes those entries, the last term it went through.
	Merged   string `json:"merged,omitempty"`
	Unmerged string `json:"unmerged,omitempty"`
}

// Pending is a document whose mining started and did not finish.
type Pending struct {
	Seq     uint32
	Name    string
	Started time.Time
	Pairs   int
}

// BeginDocument reserves a document number for a document to be mined in
// batches and marks it pending.
func (db *DB) BeginDocument(name string, now time.Time) (uint32, error) {
	var seq uint32
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		pb, err := tx.CreateBucketIfNotExists(bucketPending)
		if err != nil {
			return err
		}
		n, err := tx.Bucket(bucketDocs).NextSequence()
		if err != nil {
			return err
		}
		if n > 1<<32-1 {
			return fmt.Errorf("too many documents")
		}
		seq = uint32(n)
		raw, err := json.Marshal(pendingRecord{Name: name, Started: now.UTC()})
		if err != nil {
			return err
		}
		return pb.Put(u32(seq), raw)
	})
	if err != nil {
		return 0, fmt.Errorf("begin mining %s: %w", name, err)
	}
	return seq, nil
}

func getPending(tx *bolt.Tx, seq uint32) (pendingRecord, error) {
	var p pendingRecord
	pb := tx.Bucket(bucketPending)
	if pb == nil {
		return p, fmt.Errorf("document %d is not being mined: %w", seq, ErrNotFound)
	}
	raw := pb.Get(u32(seq))
	if raw == nil {
		return p, fmt.Errorf("document %d is not being mined: %w", seq, ErrNotFound)
	}
	err := json.Unmarshal(raw, &p)
	return p, err
}

func putPending(tx *bolt.Tx, seq uint32, p pendingRecord) error {
	raw, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketPending).Put(u32(seq), raw)
}

// AddSentences stores the next batch of sentences of pending document seq,
// in one Update, without their words' index entries (IndexSentences).
// Batches must come in order: the first sentence's Pos is the number of
// sentences stored so far.
//
// The index entries (word → its sentences in the document, postings.go)
// are left out: a word's posting holds all its positions in the document,
// known only at the end, when it is written once, in word order, so that
// each page of the index is written about once.
func (db *DB) AddSentences(seq uint32, ss []cards.Sentence) error {
	wb := writePool.Get().(*writeBufs)
	defer writePool.Put(wb)
	e, err := wb.encode(ss)
	if err != nil {
		return err
	}
	return db.AddEncoded(seq, e)
}

// AddEncoded is AddSentences of sentences encoded already
// (WriteBuffers.Encode): one Update that puts their values.
func (db *DB) AddEncoded(seq uint32, e *Encoded) error {
	return db.bolt.Update(func(tx *bolt.Tx) error {
		p, err := getPending(tx, seq)
		if err != nil {
			return err
		}
		if len(e.records) > 0 && e.first != p.Pairs {
			return fmt.Errorf("mine %s: sentence %d comes after %d", p.Name, e.first, p.Pairs-1)
		}
		if e.gap >= 0 {
			return fmt.Errorf("mine %s: sentence %d comes after %d", p.Name, e.gapPos, p.Pairs+e.gap-1)
		}
		if err := putEncoded(tx, seq, e); err != nil {
			return err
		}
		p.Pairs += len(e.records)
		return putPending(tx, seq, p)
	})
}

// IndexSentences stores index entries of pending document seq: words[i]
// occurs in the sentences at positions pos[i], ascending (postings.go).
// Each word once per document; put words in order: then the entries are
// appended, not scattered. The caller may split a big document's words
// over several calls, each one Update.
func (db *DB) IndexSentences(seq uint32, words []string, pos [][]uint32) error {
	return db.bolt.Update(func(tx *bolt.Tx) error {
		if _, err := getPending(tx, seq); err != nil {
			return err
		}
		return putPostings(tx, seq, words, pos)
	})
}

// IndexPostings is IndexSentences with each word's positions given as its
// posting value: the positions' uvarint differences, ascending, the first
// from 0 (cards.Miner.Postings), stored as they are once checked. The
// values must not change until IndexPostings returns.
func (db *DB) IndexPostings(seq uint32, words []string, postings [][]byte) error {
	return db.bolt.Update(func(tx *bolt.Tx) error {
		if _, err := getPending(tx, seq); err != nil {
			return err
		}
		return putPostingValues(tx, seq, words, postings)
	})
}

// CommitDocument makes pending document seq part of the collection, in one
// Update (for a big corpus, after the Updates that stage its new words:
// stage.go): doc must count as many pairs as were added, their index entries
// must be stored (IndexSentences), and m holds its words
// (cards.Miner.Mined). When the same text was mined meanwhile (by another
// name), nothing is committed, result.Already is set and the caller should
// RollBack.
func (db *DB) CommitDocument(seq uint32, doc corpus.Document, m *cards.Mined, now time.Time) (MineResult, error) {
	var res MineResult
	ws := byID(m.Words)
	st, err := db.stageFresh(seq, ws, now)
	if err != nil {
		return MineResult{}, fmt.Errorf("mine %s: %w", doc.Name, err)
	}
	for tries := 0; ; tries++ {
		var stale []int
		err = db.bolt.Update(func(tx *bolt.Tx) error {
			res = MineResult{}
			p, err := getPending(tx, seq)
			if err != nil {
				return err
			}
			if p.Pairs != doc.Pairs {
				return fmt.Errorf("%d sentences stored for %d pairs", p.Pairs, doc.Pairs)
			}
			prev, found, err := documentByID(tx, doc.ID)
			if err != nil {
				return err
			}
			if found {
				res.Document, res.Already = prev, true
				return nil
			}
			use := false
			if st != nil {
				var ok bool
				stale, ok = checkStage(tx, seq, st)
				if ok && len(stale) > 0 && tries < maxRestage {
					return errStale // (nothing written yet)
				}
				use = ok && len(stale) == 0
				if !use {
					if err := dropWordStage(tx, seq); err != nil {
						return err
					}
				}
			}
			var merged []byte
			if p.Merged != "" {
				merged = []byte(p.Merged)
			}
			if err := commitSentenceTerms(tx, seq, merged, p.Pairs); err != nil {
				return err
			}
			if use {
				err = commitStaged(tx, seq, doc, ws, m, now, st, &res)
			} else {
				err = commitTx(tx, seq, doc, ws, m, now, &res)
			}
			if err != nil {
				return err
			}
			return tx.Bucket(bucketPending).Delete(u32(seq))
		})
		if !errors.Is(err, errStale) {
			break
		}
		// The collection changed meanwhile (a review session answered).
		if err = db.restage(seq, st, stale); errors.Is(err, errCollision) {
			err, st = db.dropStage(seq), nil
		}
		if err != nil {
			break
		}
	}
	if err != nil {
		return MineResult{}, fmt.Errorf("mine %s: %w", doc.Name, err)
	}
	return res, nil
}

// PendingDocuments lists the documents whose mining started and did not
// finish.
func (db *DB) PendingDocuments() ([]Pending, error) {
	var ps []Pending
	err := db.bolt.View(func(tx *bolt.Tx) error {
		pb := tx.Bucket(bucketPending)
		if pb == nil {
			return nil
		}
		return pb.ForEach(func(k, v []byte) error {
			var p pendingRecord
			if err := json.Unmarshal(v, &p); err != nil {
				return fmt.Errorf("pending document %x: %w", k, err)
			}
			ps = append(ps, Pending{Seq: binary.BigEndian.Uint32(k), Name: p.Name, Started: p.Started, Pairs: p.Pairs})
			return nil
		})
	})
	return ps, err
}

// rollBackBatch is how many sentences RollBack deletes per Update.
const rollBackBatch = 20000

// RollBack deletes every pending document's sentences and markers, a batch
// of sentences per Update, and returns how many documents it removed. Call
// it only under LockMining (another miner's batches are pending too). It
// may be interrupted and run again.
func (db *DB) RollBack() (int, error) {
	ps, err := db.PendingDocuments()
	if err != nil {
		return 0, err
	}
	for _, p := range ps {
		for {
			done := false
			err := db.bolt.Update(func(tx *bolt.Tx) error {
				var err error
				done, err = dropSentences(tx, p.Seq, rollBackBatch)
				return err
			})
			if err != nil {
				return 0, fmt.Errorf("roll back %s: %w", p.Name, err)
			}
			if done {
				break
			}
		}
	}
	if len(ps) == 0 {
		return 0, nil
	}
	// Give the numbers back, so that a new run numbers its document as
	// the interrupted one would have been.
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		if pb := tx.Bucket(bucketPending); pb != nil && pb.Stats().KeyN > 0 {
			return nil
		}
		// (Words staged by a run whose marker an older cika deleted.)
		if tx.Bucket(bucketWordStage) != nil {
			if err := tx.DeleteBucket(bucketWordStage); err != nil {
				return err
			}
		}
		docs := tx.Bucket(bucketDocs)
		last := uint64(0)
		if k, _ := docs.Cursor().Last(); k != nil {
			last = uint64(binary.BigEndian.Uint32(k))
		}
		return docs.SetSequence(last)
	})
	return len(ps), err
}

// dropSentences deletes up to n sentences of pending document seq with
// their index entries, and the marker once none is left. The entries a
// merge of its sentence index wrote go first, n an Update.
func dropSentences(tx *bolt.Tx, seq uint32, n int) (done bool, err error) {
	p, err := getPending(tx, seq)
	if err != nil {
		return false, err
	}
	if wordStage(tx, seq) != nil {
		// Its staged words (stage.go) go first, in an Update of their own.
		return false, dropWordStage(tx, seq)
	}
	if p.Merged != "" {
		var from []byte
		if p.Unmerged != "" {
			from = []byte(p.Unmerged)
		}
		last, all, err := unmergeSentenceTerms(tx, seq, from, []byte(p.Merged), n)
		if err != nil {
			return false, err
		}
		if p.Unmerged = string(last); all {
			p.Merged, p.Unmerged = "", ""
		}
		if err := putPending(tx, seq, p); err != nil || !all {
			return false, err
		}
	}
	pairs, postings := tx.Bucket(bucketPairs), tx.Bucket(bucketPostings)
	prefix := u32(seq)
	var keys [][]byte
	c := pairs.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && len(keys) < n; k, v = c.Next() {
		s, err := decodePair(v)
		if err != nil {
			return false, fmt.Errorf("sentence %x: %w", k, err)
		}
		key := append([]byte(nil), k...)
		for _, id := range s.Words() {
			if err := postings.Delete(postingKey(id, seq)); err != nil {
				return false, err
			}
		}
		keys = append(keys, key)
	}
	for _, k := range keys {
		if err := pairs.Delete(k); err != nil {
			return false, err
		}
	}
	if err := dropSentenceTerms(tx, seq, keys, len(keys) < n); err != nil {
		return false, err
	}
	if len(keys) == n {
		return false, nil
	}
	return true, tx.Bucket(bucketPending).Delete(prefix)
}

// isPending reports whether document seq is being mined (has a marker).
func isPending(tx *bolt.Tx, seq uint32) bool {
	pb := tx.Bucket(bucketPending)
	return pb != nil && pb.Get(u32(seq)) != nil
}

// pendingPairs counts the stored sentences of pending documents.
func pendingPairs(tx *bolt.Tx) int {
	pb := tx.Bucket(bucketPending)
	if pb == nil {
		return 0
	}
	n := 0
	pb.ForEach(func(k, v []byte) error {
		c := tx.Bucket(bucketPairs).Cursor()
		for pk, _ := c.Seek(k); pk != nil && bytes.HasPrefix(pk, k); pk, _ = c.Next() {
			n++
		}
		return nil
	})
	return n
}
