package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
)

// docStage has names (微软, 西安), traditional forms and a word met twice.
const docStage = "我们的银行\tour bank\n微软是公司\tMicrosoft is a company\n谢谢你，再见！\tThank you, goodbye!\n" +
	"西安的人工智能\tXi'an's artificial intelligence\n回头见\tSee you later\n这是超级银行\tThis is a super bank\n"

var tStage = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

var errKilled = errors.New("killed")

// stageTest says how mineStaged mines.
type stageTest struct {
	stage  bool         // stage the words (stageFrom 1) or not (never)
	budget int          // stageBudget
	at     int          // after which staging Update (1: the first) to run then
	then   func() error // for a staged run; else right before the commit
}

// mineStaged mines docStage into db as cika mine does (batches, index,
// merge, commit) and returns the commit's error and how many staging
// Updates ran.
func mineStaged(t *testing.T, db *DB, r stageTest) (int, error) {
	t.Helper()
	defer func(from, budget int) { stageFrom, stageBudget, stageHook = from, budget, nil }(stageFrom, stageBudget)
	stageFrom, stageBudget = 1<<30, r.budget
	if r.stage {
		stageFrom = 1
	}
	updates := 0
	stageHook = func() error {
		if updates++; updates == r.at && r.then != nil {
			return r.then()
		}
		return nil
	}
	seq, doc, mn := storeInBatches(t, db, "s.tsv", docStage, tStage, 2)
	indexPostings(t, db, seq, mn)
	for done, err := false, error(nil); !done; {
		if done, err = db.MergeSentenceTerms(seq, 0); err != nil {
			t.Fatal(err)
		}
	}
	if !r.stage && r.then != nil {
		if err := r.then(); err != nil {
			return 0, err
		}
	}
	_, err := db.CommitDocument(seq, doc, mn.Mined(), tStage)
	return updates, err
}

// stageDB is a new collection whose known list has 银行 (its cards stay out
// of the new queue).
func stageDB(t *testing.T) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "c.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.AddKnown([]string{"银行"}, "test", tStage); err != nil {
		t.Fatal(err)
	}
	return db
}

// dumpDB is dumpAll but for the creation time (differs between two
// files).
func dumpDB(t *testing.T, db *DB) map[string]string {
	t.Helper()
	var m map[string]string
	db.bolt.View(func(tx *bolt.Tx) error { m = dumpAll(tx); return nil })
	delete(m, fmt.Sprintf("meta/%x", keyCreated))
	if len(m) < 10 {
		t.Fatalf("dump %v", m)
	}
	return m
}

// diff names the keys where two dumps differ.
func diff(got, want map[string]string) []string {
	var out []string
	for k, v := range want {
		if g, ok := got[k]; !ok {
			out = append(out, "missing "+k)
		} else if g != v {
			out = append(out, "differs "+k)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			out = append(out, "extra "+k)
		}
	}
	return out
}

// Staged words give the collection that one commit gives, key for key,
// however many Updates they are cut into, and leave nothing behind.
func TestStagedCommit(t *testing.T) {
	ref := stageDB(t)
	if n, err := mineStaged(t, ref, stageTest{}); err != nil || n != 0 {
		t.Fatalf("unstaged: %d staging Updates, %v", n, err)
	}
	want := dumpDB(t, ref)
	if _, ok := want[fmt.Sprintf("words/%x", "微软 Wei1 ruan3")]; !ok {
		t.Fatalf("no name mined: %v", want)
	}
	for _, budget := range []int{1, 2000, 1 << 20} {
		db := stageDB(t)
		n, err := mineStaged(t, db, stageTest{stage: true, budget: budget})
		if err != nil {
			t.Fatal(err)
		}
		// One Update makes the stage, then at least one a bucket.
		if n < 1+len(freshIndexes) {
			t.Errorf("budget %d: %d staging Updates", budget, n)
		}
		if d := diff(dumpDB(t, db), want); len(d) > 0 {
			t.Errorf("budget %d (%d Updates): %v", budget, n, d)
		}
		if err := db.Check(); err != nil {
			t.Error(err)
		}
	}
}

// A miner killed after a staging Update leaves the collection as it
// was, to readers and, once rolled back, key for key; mining again gives
// what an uninterrupted run gives.
func TestStagedCommitKilled(t *testing.T) {
	ref := stageDB(t)
	total, err := mineStaged(t, ref, stageTest{stage: true, budget: 2000})
	if err != nil {
		t.Fatal(err)
	}
	want := dumpDB(t, ref)
	// After the stage is made, after the first words, half-way, and with
	// every word staged but the commit not run.
	for _, at := range []int{1, 2, total / 2, total} {
		db := stageDB(t)
		before := dumpDB(t, db)
		stats, _ := db.Stats()
		kill := func() error { return errKilled }
		if _, err := mineStaged(t, db, stageTest{stage: true, budget: 2000, at: at, then: kill}); !errors.Is(err, errKilled) {
			t.Fatalf("killed after staging Update %d of %d: %v", at, total, err)
		}
		if got, _ := db.Stats(); got != stats {
			t.Errorf("killed after %d: stats %+v, were %+v", at, got, stats)
		}
		if w, err := db.Word("银行 yin2 hang2"); !errors.Is(err, ErrNotFound) {
			t.Errorf("killed after %d: a staged word is visible: %+v %v", at, w, err)
		}
		if err := db.Check(); err != nil {
			t.Errorf("killed after %d: %v", at, err)
		}
		if n, err := db.RollBack(); n != 1 || err != nil {
			t.Fatalf("killed after %d: roll back %d, %v", at, n, err)
		}
		got := dumpDB(t, db)
		delete(got, "pending sequence") // (the bucket is left, empty)
		if d := diff(got, before); len(d) > 0 {
			t.Errorf("killed after %d and rolled back: %v", at, d)
		}
		if _, err := mineStaged(t, db, stageTest{stage: true, budget: 2000}); err != nil {
			t.Fatal(err)
		}
		if d := diff(dumpDB(t, db), want); len(d) > 0 {
			t.Errorf("killed after %d and mined again: %v", at, d)
		}
	}
}

// When another process changes what the staged words were built from
// between the Updates, the commit drops them and commits as for any
// document: the result is what an unstaged commit gives after the same
// change.
func TestStagedCommitChanged(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(db *DB) error
	}{
		{"known list", func(db *DB) error {
			_, err := db.AddKnown([]string{"公司"}, "test", tStage)
			return err
		}},
		{"words", func(db *DB) error {
			pairs, doc, err := corpus.Read("w.tsv", strings.NewReader("你好\thello\n"))
			if err != nil {
				return err
			}
			_, err = db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), tStage.Add(time.Hour))
			return err
		}},
	} {
		ref := stageDB(t)
		if _, err := mineStaged(t, ref, stageTest{then: func() error { return c.change(ref) }}); err != nil {
			t.Fatal(err)
		}
		db := stageDB(t)
		n, err := mineStaged(t, db, stageTest{stage: true, budget: 2000, at: 3, then: func() error { return c.change(db) }})
		if err != nil || n < 3 {
			t.Fatalf("%s: %d staging Updates, %v", c.name, n, err)
		}
		if d := diff(dumpDB(t, db), dumpDB(t, ref)); len(d) > 0 {
			t.Errorf("%s changed: %v", c.name, d)
		}
		if err := db.Check(); err != nil {
			t.Errorf("%s changed: %v", c.name, err)
		}
	}
}

// Words are staged only into a collection without any.
func TestStageOnlyFirst(t *testing.T) {
	db := stageDB(t)
	pairs, doc, err := corpus.Read("w.tsv", strings.NewReader("你好\thello\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), tStage); err != nil {
		t.Fatal(err)
	}
	if n, err := mineStaged(t, db, stageTest{stage: true, budget: 2000}); n != 0 || err != nil {
		t.Errorf("%d staging Updates, %v", n, err)
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
}
