package store

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// A bucket whose root page is damaged is told on Open, though the root
// bucket's page, which lists it, is whole: the probe reads each bucket's
// root page header.
func TestDamagedBucketRoot(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.db")
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Enough words that the bucket has pages of its own (not inline).
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketWords)
		for i := range 2000 {
			if err := b.Put(fmt.Appendf(nil, "word %05d", i), make([]byte, 40)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var root, pageSize int64
	db.bolt.View(func(tx *bolt.Tx) error {
		root = int64(tx.Bucket(bucketWords).Root())
		return nil
	})
	pageSize = int64(db.bolt.Info().PageSize)
	db.Close()
	if root == 0 {
		t.Fatal("the words bucket is inline")
	}
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for name, damage := range map[string]func(b []byte){
		"zeroed": func(b []byte) { clear(b[root*pageSize : (root+1)*pageSize]) },
		// The page of another: a whole page header, but not this page's.
		"moved": func(b []byte) { copy(b[root*pageSize:(root+1)*pageSize], b[2*pageSize:]) },
	} {
		b := append([]byte(nil), good...)
		damage(b)
		p := filepath.Join(dir, name+".db")
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, ro := range []bool{true, false} {
			db, err := Open(p, &Options{ReadOnly: ro})
			if err == nil {
				db.Close()
			}
			if !errors.Is(err, ErrDamaged) {
				t.Errorf("%s (read-only %v): %v", name, ro, err)
			}
		}
	}
	// The undamaged file opens.
	db, err = Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
}

var probeDB = flag.String("probedb", "", "a collection for BenchmarkProbe (a copy: it is only read), else a small one is made")

// BenchmarkProbe is the damage probe as a fresh process pays it: each
// round maps the file afresh, so that the pages the probe touches fault
// in again (within one mapping they would be free after the first round).
// "open" is bolt.Open and Close alone, for comparison.
func BenchmarkProbe(b *testing.B) {
	path := *probeDB
	if path == "" {
		path = filepath.Join(b.TempDir(), "c.db")
		db, err := Open(path, nil)
		if err != nil {
			b.Fatal(err)
		}
		err = db.bolt.Update(func(tx *bolt.Tx) error {
			for _, name := range [][]byte{bucketWords, bucketPairs, bucketCards, bucketQueue} {
				bk := tx.Bucket(name)
				for i := range 20000 {
					if err := bk.Put(fmt.Appendf(nil, "key %06d", i), make([]byte, 40)); err != nil {
						return err
					}
				}
			}
			return nil
		})
		db.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
	for _, withProbe := range []bool{false, true} {
		name := "open"
		if withProbe {
			name = "open+probe"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
				if err != nil {
					b.Fatal(err)
				}
				if withProbe {
					if err := probe(bdb, path); err != nil {
						b.Fatal(err)
					}
				}
				bdb.Close()
			}
		})
	}
}
