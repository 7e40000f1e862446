package store

import (
	"encoding/binary"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// ExampleKeys returns, for each word ID, the keys of the sentences Examples
// would return for it (up to limit, all when limit <= 0, in the order
// mined), read in one transaction and without decoding them: a reader of
// many words' examples (export) reads each sentence once with Sentences
// instead of once for every word it is an example of.
func (db *DB) ExampleKeys(ids []string, limit int) ([][]PairKey, error) {
	out := make([][]PairKey, len(ids))
	err := db.bolt.View(func(tx *bolt.Tx) error {
		for i, id := range ids {
			var ks []PairKey
			err := wordSentences(tx, id, func(k PairKey) (bool, error) {
				if limit > 0 && len(ks) == limit {
					return false, nil
				}
				ks = append(ks, k)
				return true, nil
			})
			if err != nil {
				return fmt.Errorf("examples of %s: %w", id, err)
			}
			out[i] = ks
		}
		return nil
	})
	return out, err
}

// Sentences reads the sentences keys name, in their order, in one
// transaction, and calls fn with each until fn returns an error. The
// sentence is fn's to keep. Reading keys in ascending order reads the
// collection's pages in order.
func (db *DB) Sentences(keys []PairKey, fn func(Sentence) error) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		pairs := tx.Bucket(bucketPairs)
		names := map[uint32]string{}
		for _, k := range keys {
			s, err := sentence(tx, pairs, k, names)
			if errors.Is(err, errPending) { // as Examples: being mined, not yet a sentence
				continue
			}
			if err != nil {
				return err
			}
			if err := fn(s); err != nil {
				return err
			}
		}
		return nil
	})
}

// ViewSentences is Sentences without copies: fn is given the same Sentence
// each time, decoded anew for each key, its strings pointing into the
// collection's memory map. It and its strings are valid only until fn
// returns, so fn must copy what it keeps. A reader that judges each
// sentence and keeps little of it (export's example choice reads every
// sentence of a collection's words) then makes no garbage of them: a copy
// of the record and its parts, ≈ 1 KB a sentence, were a third of an
// export's allocations.
func (db *DB) ViewSentences(keys []PairKey, fn func(*Sentence) error) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		pairs := tx.Bucket(bucketPairs)
		names := map[uint32]string{}
		var s Sentence
		var kb [8]byte
		for _, k := range keys {
			binary.BigEndian.PutUint32(kb[:4], k.Doc)
			binary.BigEndian.PutUint32(kb[4:], k.Pos)
			raw := pairs.Get(kb[:])
			if raw == nil {
				return fmt.Errorf("sentence %s: %w", k, ErrNotFound)
			}
			if err := decodePairInto(unsafeString(raw), &s.Sentence); err != nil {
				return fmt.Errorf("sentence %s: %w", k, err)
			}
			name, ok := names[k.Doc]
			if !ok {
				if isPending(tx, k.Doc) {
					continue // as Examples: being mined, not yet a sentence
				}
				d, err := document(tx, k.Doc)
				if err != nil {
					return err
				}
				name = d.Name
				names[k.Doc] = name
			}
			s.Key, s.Doc = k, name
			if err := fn(&s); err != nil {
				return err
			}
		}
		return nil
	})
}
