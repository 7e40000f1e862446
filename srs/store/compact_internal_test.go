package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
)

// An upgrade from schema 10 that frees more than compactFreePages rewrites
// the collection without them: every bucket, nested ones (a pending
// document's batches) and records as the upgrade in place leaves them, few
// free pages, no temporary file left. One below the threshold leaves the
// file be.
func TestUpgradeCompacts(t *testing.T) {
	defer func(n int, size int64) { compactFreePages, compactTxSize = n, size }(compactFreePages, compactTxSize)
	compactTxSize = 4 << 10 // several transactions, some ending inside a bucket
	db, path := searchDB(t)
	seq, err := db.BeginDocument("p.tsv", time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	pairs, _, err := corpus.Read("p.tsv", strings.NewReader(docSearch))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AddSentences(seq, cards.NewMiner(cardstest.Small()).Add(pairs, nil)); err != nil {
		t.Fatal(err)
	}
	toSchema10(t, db, 40)
	db.Close()
	inPlace := path + ".in-place"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(inPlace, raw, 0o600); err != nil {
		t.Fatal(err)
	}

	upgrade := func(path string, threshold int) (content map[string]string, free int, rewritten bool) {
		t.Helper()
		compactFreePages = threshold
		before, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		db, err := Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.Check(); err != nil {
			t.Fatal(err)
		}
		checkSearches(t, db)
		db.bolt.View(func(tx *bolt.Tx) error {
			if stageOf(tx, seq) == nil {
				t.Errorf("the pending document lost its batches")
			}
			content = dumpAll(tx)
			return nil
		})
		after, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(path + compactSuffix); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("temporary file left: %v", err)
		}
		return content, freePages(db.bolt), !os.SameFile(before, after)
	}
	want, free, rewritten := upgrade(inPlace, 1<<30)
	if rewritten || free < 160 {
		t.Fatalf("below the threshold: rewritten %v, %d free pages (the upgrade frees 40 values of 16 KB)", rewritten, free)
	}
	got, free, rewritten := upgrade(path, 64)
	if !rewritten || free >= 64 {
		t.Errorf("above the threshold: rewritten %v, %d free pages", rewritten, free)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rewritten: %d records, in place %d", len(got), len(want))
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: %s, want %s", k, got[k], v)
			}
		}
	}
}

// dumpAll is every record of the file, nested buckets' too, by path.
func dumpAll(tx *bolt.Tx) map[string]string {
	m := map[string]string{}
	var walk func(prefix string, b *bolt.Bucket)
	walk = func(prefix string, b *bolt.Bucket) {
		m[prefix+" sequence"] = fmt.Sprint(b.Sequence())
		b.ForEach(func(k, v []byte) error {
			if v == nil {
				walk(fmt.Sprintf("%s/%x", prefix, k), b.Bucket(k))
				return nil
			}
			m[fmt.Sprintf("%s/%x", prefix, k)] = fmt.Sprintf("%x", v)
			return nil
		})
	}
	tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		walk(string(name), b)
		return nil
	})
	return m
}

// A process that opened the collection before it was rewritten and got its
// lock after finds the path renamed over, and opens the new file.
func TestOpenAfterRename(t *testing.T) {
	db, path := searchDB(t)
	db.Close()
	defer func() { openedHook = nil }()
	for _, ro := range []bool{true, false} {
		// What the rewrite renames over the collection: a copy with a mark.
		mark := fmt.Sprintf("read-only %v", ro)
		tmp := path + compactSuffix
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(tmp, raw, 0o600); err != nil {
			t.Fatal(err)
		}
		b, err := bolt.Open(tmp, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		b.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put([]byte("mark"), []byte(mark)) })
		b.Close()

		opens := 0
		openedHook = func(p string) {
			if opens++; opens == 1 {
				// Renamed while this open waited for the lock.
				if err := os.Rename(tmp, p); err != nil {
					t.Error(err)
				}
			}
		}
		db, err := Open(path, &Options{ReadOnly: ro})
		if err != nil {
			t.Fatal(err)
		}
		var got string
		db.bolt.View(func(tx *bolt.Tx) error { got = string(tx.Bucket(bucketMeta).Get([]byte("mark"))); return nil })
		db.Close()
		if got != mark || opens != 2 {
			t.Errorf("%s: %d opens, mark %q: the replaced file was kept", mark, opens, got)
		}
	}
}

// toSchema10 turns a collection of this schema into one of schema 10: no
// sentence or character index, and schema 10's index holding n values of
// 16 KB.
func toSchema10(t *testing.T, db *DB, n int) {
	t.Helper()
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketSentIndex, bucketSentStage, bucketFormChars} {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		b, err := tx.CreateBucket(bucketSentTerms10)
		if err != nil {
			return err
		}
		for i := range n {
			if err := b.Put(u64(uint64(i)), make([]byte, 16<<10)); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keyVersion, u64(10))
	})
	if err != nil {
		t.Fatal(err)
	}
}
