package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// The word index: which sentences hold a word.
//
// One entry per word and document (schema 4), not per word and sentence:
// the key is the word ID and the document number, the value the positions
// of the word's sentences in that document, ascending, each as the uvarint
// difference from the one before (the first from 0). A million mined
// pairs made ten million one-sentence entries before (170 MB of pages and
// a third of mining's time); as postings they are some 60,000 values of
// about 1.5 bytes a sentence. Keys sort by word, then document, so a
// word's sentences come in the order mined.

// postingKey is the index key of word in document seq.
func postingKey(word string, seq uint32) []byte {
	k := make([]byte, 0, len(word)+5)
	k = append(append(k, word...), sep)
	return binary.BigEndian.AppendUint32(k, seq)
}

// splitPostingKey returns the word and document of an index key.
func splitPostingKey(k []byte) (word []byte, seq uint32, ok bool) {
	i := len(k) - 5
	if i < 1 || k[i] != sep {
		return nil, 0, false
	}
	return k[:i], binary.BigEndian.Uint32(k[i+1:]), true
}

// appendPositions encodes ascending positions as a posting value, once
// each (a word twice in a sentence is one entry).
func appendPositions(b []byte, pos []uint32) []byte {
	last := uint32(0)
	for i, p := range pos {
		if i > 0 && p == last {
			continue
		}
		b = binary.AppendUvarint(b, uint64(p-last))
		last = p
	}
	return b
}

// eachPosition calls fn with each position of a posting value, in order,
// until fn returns false. Positions must ascend strictly after the first.
func eachPosition(v []byte, fn func(uint32) bool) error {
	var pos uint64
	for first := true; len(v) > 0; first = false {
		d, n := binary.Uvarint(v)
		if n <= 0 || (!first && d == 0) || pos+d > 1<<32-1 {
			return fmt.Errorf("posting: %w", errCorrupt)
		}
		v = v[n:]
		pos += d
		if !fn(uint32(pos)) {
			return nil
		}
	}
	return nil
}

// positionsOf decodes a posting value.
func positionsOf(v []byte) ([]uint32, error) {
	var out []uint32
	err := eachPosition(v, func(p uint32) bool { out = append(out, p); return true })
	return out, err
}

// wordSentences calls fn with the keys of the sentences of word in
// committed documents, in the order mined, until fn returns false or an
// error. Documents still being mined (pending.go) are skipped.
func wordSentences(tx *bolt.Tx, word string, fn func(PairKey) (bool, error)) error {
	p := prefix(word)
	cur := tx.Bucket(bucketPostings).Cursor()
	for k, v := cur.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = cur.Next() {
		if more, err := postingSentences(tx, p, k, v, fn); err != nil || !more {
			return err
		}
	}
	return nil
}

// wordSentencesRead is wordSentences reading the index with pread
// (walk.seek) rather than through the memory map, where each word's
// entries are pages nothing else touches (a lookup's ten words: 11 faults
// of `cika lookup time` on a million sentences, each 35-100 µs against
// 3 µs for a pread). fn must not read with walk. A document's entry longer
// than walk reads (preadPages: 的 in a million sentences, 430 KB, of which
// a lookup reads the first bytes) is read through the map, and the entries
// after it.
func wordSentencesRead(tx *bolt.Tx, walk *pageReader, word string, fn func(PairKey) (bool, error)) error {
	p := prefix(word)
	var last []byte // the key of the last entry read
	walk.maxPages = preadPages
	err := walk.seek(tx.Bucket(bucketPostings), p, func(k, v []byte) (bool, error) {
		if !bytes.HasPrefix(k, p) {
			return false, nil
		}
		last = append(last[:0], k...)
		return postingSentences(tx, p, k, v, fn)
	})
	if !errors.Is(err, errLongPage) {
		return err
	}
	cur := tx.Bucket(bucketPostings).Cursor()
	k, v := cur.Seek(p)
	if last != nil {
		// From the entry after the last one read: the long page holds
		// the ones after it.
		if k, v = cur.Seek(last); bytes.Equal(k, last) {
			k, v = cur.Next()
		}
	}
	for ; k != nil && bytes.HasPrefix(k, p); k, v = cur.Next() {
		if more, err := postingSentences(tx, p, k, v, fn); err != nil || !more {
			return err
		}
	}
	return nil
}

// postingSentences calls fn with the keys of the sentences of index entry
// k, v (of a word whose prefix is p) unless its document is pending; more
// is false once fn has returned false.
func postingSentences(tx *bolt.Tx, p, k, v []byte, fn func(PairKey) (bool, error)) (more bool, err error) {
	_, seq, ok := splitPostingKey(k)
	if !ok || len(k) != len(p)+4 {
		return false, fmt.Errorf("index entry %q: %w", k, errCorrupt)
	}
	if isPending(tx, seq) {
		return true, nil
	}
	var ferr error
	more = true
	err = eachPosition(v, func(pos uint32) bool {
		more, ferr = fn(PairKey{Doc: seq, Pos: pos})
		return more && ferr == nil
	})
	if err != nil {
		return false, fmt.Errorf("index entry %q: %w", k, err)
	}
	return more, ferr
}

// putPostings stores the index entries of document seq: words[i] occurs in
// its sentences at positions pos[i] (ascending). Words in key order make
// bbolt append rather than split pages at random.
func putPostings(tx *bolt.Tx, seq uint32, words []string, pos [][]uint32) error {
	vals := make([][]byte, len(words))
	for i, w := range words {
		if !slices.IsSorted(pos[i]) {
			return fmt.Errorf("index %s: positions out of order", w)
		}
		vals[i] = appendPositions(make([]byte, 0, 2*len(pos[i])), pos[i])
	}
	return putPostingValues(tx, seq, words, vals)
}

// putPostingValues stores the index entries of document seq: vals[i] is
// the posting value of words[i] (appendPositions' encoding), checked but
// not copied, so it must not change until the Update commits. Words in key
// order make bbolt append rather than split pages at random.
func putPostingValues(tx *bolt.Tx, seq uint32, words []string, vals [][]byte) error {
	b := tx.Bucket(bucketPostings)
	var key []byte // Put copies keys; values must live until the commit
	for i, w := range words {
		if len(vals[i]) == 0 {
			continue
		}
		if err := eachPosition(vals[i], func(uint32) bool { return true }); err != nil {
			return fmt.Errorf("index %s: %w", w, err)
		}
		key = binary.BigEndian.AppendUint32(append(append(key[:0], w...), sep), seq)
		if err := b.Put(key, vals[i]); err != nil {
			return err
		}
	}
	return nil
}

// bucketWordPairs is the word index of schemas 1 to 3: word ID 0 pair key
// → nothing. Only migratePostings reads it.
var bucketWordPairs = []byte("wordpairs")

// migratePostings turns the schema-3 word index into postings (3→4).
// The old keys come in word, document, position order, so each posting is
// complete when the word or the document changes.
func migratePostings(tx *bolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bucketPostings); err != nil {
		return err
	}
	old := tx.Bucket(bucketWordPairs)
	if old == nil {
		return nil // made by a cika that never had it
	}
	var (
		word []byte
		seq  uint32
		pos  []uint32
	)
	flush := func() error {
		if len(pos) == 0 {
			return nil
		}
		err := putPostings(tx, seq, []string{string(word)}, [][]uint32{pos})
		pos = pos[:0]
		return err
	}
	err := old.ForEach(func(k, _ []byte) error {
		i := len(k) - 9
		if i < 1 || k[i] != sep {
			return fmt.Errorf("wordpairs entry %q: %w", k, errCorrupt)
		}
		pk := pairKeyOf(k[i+1:])
		if !bytes.Equal(k[:i], word) || pk.Doc != seq {
			if err := flush(); err != nil {
				return err
			}
			word, seq = append(word[:0], k[:i]...), pk.Doc
		}
		pos = append(pos, pk.Pos)
		return nil
	})
	if err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	return tx.DeleteBucket(bucketWordPairs)
}
