package store

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestLearnedHeads checks the stepping cursor against a lookup of each head
// on its own: heads learned or not, prefixes of one another (一, 一下,
// 一下子), near and far apart in the bucket, listed twice and unordered.
func TestLearnedHeads(t *testing.T) {
	b, err := bolt.Open(filepath.Join(t.TempDir(), "c.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	r := rand.New(rand.NewPCG(1, 2))
	var heads []string
	learned := map[string]bool{}
	err = b.Update(func(tx *bolt.Tx) error {
		bk, err := tx.CreateBucket(bucketLearned)
		if err != nil {
			return err
		}
		for i := range 3000 {
			h := string(rune(0x4E00 + r.IntN(400)))
			if i%3 == 0 {
				h += string(rune(0x4E00 + r.IntN(50)))
			}
			heads = append(heads, h)
			if r.IntN(4) == 0 {
				learned[h] = true
				if err := bk.Put([]byte(fmt.Sprintf("%s a%d", h, r.IntN(5))), []byte{1}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	heads = append(heads, "一", "一下", "一下子", "\x00", "\xff")
	err = b.View(func(tx *bolt.Tx) error {
		got := map[string]bool{}
		if err := learnedHeads(tx, slices.Values(heads), got); err != nil {
			return err
		}
		for _, h := range heads {
			if got[h] != learned[h] {
				t.Errorf("%q: learned %v, want %v", h, got[h], learned[h])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
