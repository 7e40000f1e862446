package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

// mineBatches mines text into db as cika mine does: sentences in batches,
// then the index, then the commit; stop says after how many steps to stop
// (-1: never).
func mineBatches(t *testing.T, db *store.DB, name, text string, stop int) (store.MineResult, bool) {
	t.Helper()
	pairs, doc, err := corpus.Read(name, strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	seq, err := db.BeginDocument(name, t0)
	if err != nil {
		t.Fatal(err)
	}
	mn := cards.NewMiner(cardstest.Small())
	post := map[string][]uint32{}
	step := 0
	for i := 0; i < len(pairs); i += 2 {
		ss := mn.Add(pairs[i:min(i+2, len(pairs))], nil)
		for _, s := range ss {
			for _, id := range s.Words() {
				post[id] = append(post[id], uint32(s.Pos))
			}
		}
		if err := db.AddSentences(seq, ss); err != nil {
			t.Fatal(err)
		}
		if step++; step == stop {
			return store.MineResult{}, false
		}
	}
	var words []string
	var pos [][]uint32
	for _, w := range sortedKeys(post) {
		words, pos = append(words, w), append(pos, post[w])
	}
	if err := db.IndexSentences(seq, words, pos); err != nil {
		t.Fatal(err)
	}
	if step++; step == stop {
		return store.MineResult{}, false
	}
	res, err := db.CommitDocument(seq, doc, mn.Mined(), t0)
	if err != nil {
		t.Fatal(err)
	}
	return res, true
}

func sortedKeys(m map[string][]uint32) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

const docC = "我们的银行\tour bank\n谢谢你\tthank you\n智能银行\tsmart bank\n超级智能\tsuperintelligence\n嗯。\tHmm.\n"

// Batches are invisible until the commit, a roll-back leaves the collection
// as it was (numbering included), and mining in batches gives what one
// MineDocument gives.
func TestPendingDocument(t *testing.T) {
	db := storetest.Open(t)
	mine(t, db, "a.tsv", docB, t0)
	before, _ := db.Stats()
	bank, _ := db.Examples("银行 yin2 hang2", 0)

	for stop := 1; stop <= 4; stop++ {
		if _, done := mineBatches(t, db, "c.tsv", docC, stop); done {
			t.Fatalf("stop %d: done", stop)
		}
		if st, _ := db.Stats(); st != before {
			t.Errorf("stop %d: stats %+v while pending", stop, st)
		}
		if ex, _ := db.Examples("银行 yin2 hang2", 0); !reflect.DeepEqual(ex, bank) {
			t.Errorf("stop %d: pending sentences visible: %+v", stop, ex)
		}
		if err := db.Check(); err != nil {
			t.Errorf("stop %d: %v", stop, err)
		}
		ps, _ := db.PendingDocuments()
		if len(ps) != 1 || ps[0].Name != "c.tsv" {
			t.Errorf("pending %+v", ps)
		}
		if n, err := db.RollBack(); n != 1 || err != nil {
			t.Fatalf("roll back: %d %v", n, err)
		}
		if ps, _ := db.PendingDocuments(); len(ps) != 0 {
			t.Errorf("still pending %+v", ps)
		}
	}
	res, done := mineBatches(t, db, "c.tsv", docC, -1)
	if !done || res.Document.Seq != 2 || res.Sentences != 5 || res.NoWords != 1 {
		t.Errorf("batched: %+v", res)
	}

	// The same two documents mined in one Update each.
	ref := storetest.Open(t)
	mine(t, ref, "a.tsv", docB, t0)
	want := mine(t, ref, "c.tsv", docC, t0)
	if !reflect.DeepEqual(res, want) {
		t.Errorf("batched %+v, one go %+v", res, want)
	}
	for _, id := range []string{"银行 yin2 hang2", "智能 zhi4 neng2", "我们 wo3 men5"} {
		a, _ := db.Examples(id, 0)
		b, _ := ref.Examples(id, 0)
		wa, _ := db.Word(id)
		wb, _ := ref.Word(id)
		if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(wa, wb) {
			t.Errorf("%s: batched %+v %+v\none go %+v %+v", id, wa, a, wb, b)
		}
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
}

func TestLockMining(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	release, err := store.LockMining(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.LockMining(path, 100e6); err == nil || !strings.Contains(err.Error(), "another cika is mining") {
		t.Errorf("second lock: %v", err)
	}
	release()
	r2, err := store.LockMining(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	r2()
}

// A damaged file is told on Open, with a hint; it never crashes the process.
func TestDamaged(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.db")
	db, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	mine(t, db, "a.tsv", docB, t0)
	db.Close()
	good, _ := os.ReadFile(path)
	zeroed := append([]byte(nil), good...)
	for i := 2 * 4096; i < len(zeroed); i++ {
		zeroed[i] = 0
	}
	for name, b := range map[string][]byte{
		"garbage":   []byte("not a collection at all, just text"),
		"truncated": good[:4096],
		"meta":      append(make([]byte, 8192), good[8192:]...),
		"zeroed":    zeroed,
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o600)
		for _, ro := range []bool{true, false} {
			db, err := store.Open(p, &store.Options{ReadOnly: ro})
			if err == nil {
				db.Close()
			}
			var pe *store.PathError
			if err == nil || !errorsAs(err, &pe) || !strings.Contains(err.Error(), "damaged") || !strings.Contains(pe.Hint(), "backup") {
				t.Errorf("%s (read-only %v): %v", name, ro, err)
			}
		}
	}
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }
