package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
)

func TestPositionsRoundTrip(t *testing.T) {
	for _, pos := range [][]uint32{{0}, {0, 1, 2}, {5, 5, 7, 300, 300, 1 << 31}, {1<<32 - 1}} {
		v := appendPositions(nil, pos)
		got, err := positionsOf(v)
		if err != nil {
			t.Fatal(err)
		}
		want := []uint32{}
		for i, p := range pos {
			if i == 0 || p != pos[i-1] {
				want = append(want, p)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%v → %x → %v", pos, v, got)
		}
	}
	// A zero step after the first or a position past 2³²−1 is damage.
	for _, v := range [][]byte{{1, 0}, {0xff, 0xff, 0xff, 0xff, 0x0f, 1}, {0x80}} {
		if _, err := positionsOf(v); !errors.Is(err, errCorrupt) {
			t.Errorf("%x: %v", v, err)
		}
	}
}

// The miner's postings are the store's posting values: a word's holds
// the positions of the sentences it is a word of, encoded as
// appendPositions encodes them, and IndexPostings stores it as it is. A
// damaged value is refused, and nothing of its Update is written.
func TestIndexPostings(t *testing.T) {
	text := "我们的银行。\tOur bank.\n智能。\tSmart.\n银行银行的智能。\tThe bank's smart bank.\n我们。\tUs.\n"
	pairs, _, err := corpus.Read("t.tsv", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]uint32{}
	for _, s := range cards.Mine(pairs, cardstest.Small(), nil).Sentences {
		for _, id := range s.Words() {
			want[id] = append(want[id], uint32(s.Pos))
		}
	}
	db, err := Open(filepath.Join(t.TempDir(), "c.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seq, _, mn := storeInBatches(t, db, "t.tsv", text, k0, 2)
	words, posting := mn.Postings()
	if len(words) != len(want) || len(want["银行 yin2 hang2"]) != 2 {
		t.Fatalf("words %q, want those of %v", words, want)
	}
	for i, w := range words {
		if v := posting(i); !bytes.Equal(v, appendPositions(nil, want[w])) {
			t.Errorf("%s: posting %x, want %v", w, v, want[w])
		}
	}
	stored := func(word string) []byte {
		var v []byte
		db.bolt.View(func(tx *bolt.Tx) error {
			v = bytes.Clone(tx.Bucket(bucketPostings).Get(postingKey(word, seq)))
			return nil
		})
		return v
	}
	if err := db.IndexPostings(seq, []string{"a", "b"}, [][]byte{{0, 1}, {1, 0}}); !errors.Is(err, errCorrupt) {
		t.Errorf("a zero step: %v", err)
	}
	if v := stored("a"); v != nil {
		t.Errorf("a stored as %x by a refused Update", v)
	}
	indexPostings(t, db, seq, mn)
	for w, pos := range want {
		if got, err := positionsOf(stored(w)); err != nil || !reflect.DeepEqual(got, pos) {
			t.Errorf("%s: stored %v (%v), want %v", w, got, err, pos)
		}
	}
}

// postingsDB mines two documents that share words, so that the index has
// words with several documents and sentences.
func postingsDB(t *testing.T) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, text := range []string{
		"我们的银行。\tOur bank.\n智能。\tSmart.\n银行很大。\tThe bank is big.\n",
		"我们是朋友。\tWe are friends.\n银行的朋友。\tFriends of the bank.\n",
	} {
		pairs, doc, err := corpus.Read("d.tsv", strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), k0); err != nil {
			t.Fatal(err)
		}
	}
	return db, path
}

// examples lists every word's sentences.
func examples(t *testing.T, db *DB) map[string][]PairKey {
	t.Helper()
	var ws []cards.Word
	if err := db.Words(func(w cards.Word) bool { ws = append(ws, w); return true }); err != nil {
		t.Fatal(err)
	}
	out := map[string][]PairKey{}
	for _, w := range ws {
		ss, err := db.Examples(w.ID(), 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ss {
			out[w.ID()] = append(out[w.ID()], s.Key)
		}
	}
	return out
}

// A schema-3 collection (one wordpairs key per word and sentence) is
// upgraded to postings with the same sentences for every word.
func TestMigratePostings(t *testing.T) {
	db, path := postingsDB(t)
	want := examples(t, db)
	if len(want["银行 yin2 hang2"]) != 3 {
		t.Fatalf("银行 in %v, want 3 sentences", want["银行 yin2 hang2"])
	}
	// Back to schema 3.
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		old, err := tx.CreateBucket(bucketWordPairs)
		if err != nil {
			return err
		}
		err = tx.Bucket(bucketPostings).ForEach(func(k, v []byte) error {
			word, seq, _ := splitPostingKey(k)
			return eachPosition(v, func(pos uint32) bool {
				err = old.Put(join(word, PairKey{Doc: seq, Pos: pos}.bytes()), nil)
				return err == nil
			})
		})
		if err != nil {
			return err
		}
		if err := tx.DeleteBucket(bucketPostings); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyVersion, u64(3))
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Check(); err != nil {
		t.Fatalf("after migration: %v", err)
	}
	if got := examples(t, db); !reflect.DeepEqual(got, want) {
		t.Errorf("after migration %v, want %v", got, want)
	}
	db.bolt.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketWordPairs) != nil {
			t.Error("wordpairs left behind")
		}
		return nil
	})
}

// Check finds a posting that names a sentence that is not there.
func TestCheckPostings(t *testing.T) {
	db, _ := postingsDB(t)
	key := postingKey("银行 yin2 hang2", 1)
	for _, v := range [][]byte{appendPositions(nil, []uint32{0, 9}), {}, {0, 0}} {
		err := db.bolt.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketPostings).Put(key, bytes.Clone(v)) })
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Check(); err == nil {
			t.Errorf("posting %x: Check passed", v)
		}
	}
}
