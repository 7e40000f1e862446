package store

import (
	"path/filepath"
	"reflect"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The word index read with pread (wordSentencesRead) finds what the
// memory map finds (wordSentences), also when an entry is longer than a
// reader reads (preadPages) and the walk goes on through the map: "a" is
// in 310 documents, on leaves before and after document 301's long entry
// (5,000 positions).
func TestWordSentencesLongEntry(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	positions := func(n, step int) []uint32 {
		var ps []uint32
		for i := range n {
			ps = append(ps, uint32(i*step))
		}
		return ps
	}
	const longDoc = 301
	docs := make([][]uint32, 311) // each document's positions of a
	for seq := 1; seq < len(docs); seq++ {
		docs[seq] = positions(10, seq%4+1)
	}
	docs[longDoc] = positions(5000, 1)
	err = db.Update(func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucket(bucketPostings); err != nil {
			return err
		}
		for seq, pos := range docs[1:] {
			seq++
			if err := putPostings(tx, uint32(seq), []string{"a", "b"}, [][]uint32{pos, {1}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer closeBolt(db)
	var want []PairKey // through the memory map
	db.View(func(tx *bolt.Tx) error {
		return wordSentences(tx, "a", func(k PairKey) (bool, error) { want = append(want, k); return true, nil })
	})
	if len(want) != 309*10+5000 {
		t.Fatalf("%d sentences of a through the map", len(want))
	}
	defer func(n int) { preadPages = n }(preadPages)
	for _, pages := range []int{32, 1} {
		preadPages = pages
		for _, limit := range []int{0, 12, 3100, 8000} {
			var got []PairKey
			err := db.View(func(tx *bolt.Tx) error {
				walk, err := newPageReader(tx)
				if err != nil {
					return err
				}
				defer walk.close()
				return wordSentencesRead(tx, walk, "a", func(k PairKey) (bool, error) {
					got = append(got, k)
					return limit == 0 || len(got) < limit, nil
				})
			})
			if err != nil {
				t.Fatal(err)
			}
			if want := firstKeys(want, limit); !reflect.DeepEqual(got, want) {
				t.Errorf("preadPages %d, limit %d: %d sentences, want %d", pages, limit, len(got), len(want))
			}
		}
	}
}

// firstKeys is the first limit of ks (all for 0).
func firstKeys(ks []PairKey, limit int) []PairKey {
	if limit > 0 && limit < len(ks) {
		return ks[:limit]
	}
	return ks
}
