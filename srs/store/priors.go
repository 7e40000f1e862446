package store

import (
	"encoding/binary"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
)

// The senses the English side of the learner's pairs confirmed
// (cards.Priors), kept so that the next mine's analyzer decides by them the
// pairs whose English says nothing. They are added in the transaction that
// commits a document (commitTx), so a document killed half-way adds none,
// and a document mined again adds nothing (it is not committed twice).
//
// The bucket is made by the first commit that brings priors; a collection
// without it has none. Binaries that do not know it leave it alone, so it
// needs no new schema version.

// bucketPriors maps a CC-CEDICT entry name ("朝 朝 [chao2]") to uvarints:
// per sense, how often the English of a pair confirmed it. (Named here
// rather than in schema.go while that file is being reworked; it moves
// there with the next schema change.)
var bucketPriors = []byte("priors")

// putPriors adds p to the collection's priors.
func putPriors(tx *bolt.Tx, p cards.Priors) error {
	if len(p) == 0 {
		return nil
	}
	b, err := tx.CreateBucketIfNotExists(bucketPriors)
	if err != nil {
		return err
	}
	// In key order: bbolt appends in-order puts, while random ones copy a
	// node's tail each (a million pairs bring ~100k entries).
	entries := make([]string, 0, len(p))
	for entry := range p {
		entries = append(entries, entry)
	}
	slices.Sort(entries)
	for _, entry := range entries {
		counts := p[entry]
		old, err := decodePrior(b.Get([]byte(entry)))
		if err != nil {
			return fmt.Errorf("priors of %s: %w", entry, err)
		}
		for i, n := range counts {
			if i < len(old) {
				old[i] += n
			} else {
				old = append(old, n)
			}
		}
		if err := b.Put([]byte(entry), encodePrior(old)); err != nil {
			return err
		}
	}
	return nil
}

// Priors returns the senses the English confirmed in every document mined
// so far, by CC-CEDICT entry.
func (db *DB) Priors() (cards.Priors, error) {
	p := cards.Priors{}
	err := db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPriors)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			counts, err := decodePrior(v)
			if err != nil {
				return fmt.Errorf("priors of %s: %w", k, err)
			}
			p[string(k)] = counts
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read priors: %w", err)
	}
	return p, nil
}

// encodePrior writes counts as uvarints.
func encodePrior(counts []uint32) []byte {
	out := make([]byte, 0, len(counts)+2)
	for _, n := range counts {
		out = binary.AppendUvarint(out, uint64(n))
	}
	return out
}

// decodePrior reads what encodePrior wrote; nil gives no counts.
func decodePrior(v []byte) ([]uint32, error) {
	var counts []uint32
	for len(v) > 0 {
		n, k := binary.Uvarint(v)
		if k <= 0 || n > 1<<32-1 {
			return nil, errCorrupt
		}
		counts = append(counts, uint32(n))
		v = v[k:]
	}
	return counts, nil
}
