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
	"cika/srs"
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
	every  bool         // and after every one from then on
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
		if updates++; (updates == r.at || r.every && updates > r.at) && r.then != nil {
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
// of the new queue), with first mined in it unless it is "".
func stageDB(t *testing.T, first string) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "c.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	// No fsync: the staging tests run hundreds of Updates (one key each at
	// budget 1), and what they check does not depend on the disk.
	db.bolt.NoSync = true
	if _, err := db.AddKnown([]string{"银行"}, "test", tStage); err != nil {
		t.Fatal(err)
	}
	if first != "" {
		pairs, doc, err := corpus.Read("first.tsv", strings.NewReader(first))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), tStage.Add(-time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// What the collection holds before docStage is mined: nothing; words
// fewer than the 14 new ones docStage brings, 你 among them; and more,
// eleven of docStage's among them.
const (
	firstNone  = ""
	firstFew   = "你好\thello\n"
	firstMany  = "我们的银行\tour bank\n微软是公司\tMicrosoft is a company\n西安的人工智能\tXi'an's AI\n这是超级银行\tThis is a super bank\n你好\thello\n回来\tcome back\n行\tOK\n"
	wordStaged = "谢谢 xie4 xie5" // new to the collection in all three
)

var firstDocs = []string{firstNone, firstFew, firstMany}

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
// however many Updates they are cut into, whatever words the collection
// had, and leave nothing behind.
func TestStagedCommit(t *testing.T) {
	for _, first := range firstDocs {
		ref := stageDB(t, first)
		if n, err := mineStaged(t, ref, stageTest{}); err != nil || n != 0 {
			t.Fatalf("unstaged: %d staging Updates, %v", n, err)
		}
		want := dumpDB(t, ref)
		if _, ok := want[fmt.Sprintf("words/%x", "微软 Wei1 ruan3")]; !ok {
			t.Fatalf("no name mined: %v", want)
		}
		for _, budget := range []int{1, 2000, 1 << 20} {
			db := stageDB(t, first)
			n, err := mineStaged(t, db, stageTest{stage: true, budget: budget})
			if err != nil {
				t.Fatal(err)
			}
			// One Update makes the stage, then at least one a bucket.
			if n < 1+len(freshIndexes) {
				t.Errorf("first %q, budget %d: %d staging Updates", first, budget, n)
			}
			if d := diff(dumpDB(t, db), want); len(d) > 0 {
				t.Errorf("first %q, budget %d (%d Updates): %v", first, budget, n, d)
			}
			if err := db.Check(); err != nil {
				t.Error(err)
			}
		}
	}
}

// A miner killed after a staging Update leaves the collection as it
// was, to readers and, once rolled back, key for key; mining again gives
// what an uninterrupted run gives.
func TestStagedCommitKilled(t *testing.T) {
	for _, first := range firstDocs {
		ref := stageDB(t, first)
		total, err := mineStaged(t, ref, stageTest{stage: true, budget: 2000})
		if err != nil {
			t.Fatal(err)
		}
		want := dumpDB(t, ref)
		// After the stage is made, after the first words, half-way, and
		// with every word staged but the commit not run.
		for _, at := range []int{1, 2, total / 2, total} {
			db := stageDB(t, first)
			before := dumpDB(t, db)
			stats, _ := db.Stats()
			words := 0
			db.Words(func(cards.Word) bool { words++; return true })
			kill := func() error { return errKilled }
			if _, err := mineStaged(t, db, stageTest{stage: true, budget: 2000, at: at, then: kill}); !errors.Is(err, errKilled) {
				t.Fatalf("first %q, killed after staging Update %d of %d: %v", first, at, total, err)
			}
			if got, _ := db.Stats(); got != stats {
				t.Errorf("first %q, killed after %d: stats %+v, were %+v", first, at, got, stats)
			}
			if w, err := db.Word(wordStaged); !errors.Is(err, ErrNotFound) {
				t.Errorf("first %q, killed after %d: a staged word is visible: %+v %v", first, at, w, err)
			}
			n := 0
			db.Words(func(cards.Word) bool { n++; return true })
			if ms, _ := db.LookupEnglish("thank"); n != words || len(ms) > 0 {
				t.Errorf("first %q, killed after %d: %d words listed, were %d; %d found for thank", first, at, n, words, len(ms))
			}
			if err := db.Check(); err != nil {
				t.Errorf("first %q, killed after %d: %v", first, at, err)
			}
			if n, err := db.RollBack(); n != 1 || err != nil {
				t.Fatalf("first %q, killed after %d: roll back %d, %v", first, at, n, err)
			}
			got := dumpDB(t, db)
			delete(got, "pending sequence") // (the bucket is left, empty)
			if d := diff(got, before); len(d) > 0 {
				t.Errorf("first %q, killed after %d and rolled back: %v", first, at, d)
			}
			if _, err := mineStaged(t, db, stageTest{stage: true, budget: 2000}); err != nil {
				t.Fatal(err)
			}
			if d := diff(dumpDB(t, db), want); len(d) > 0 {
				t.Errorf("first %q, killed after %d and mined again: %v", first, at, d)
			}
		}
	}
}

// answer answers card k Good, taking it out of the new state.
func answer(db *DB, k CardKey) error {
	c, err := db.Card(k)
	if err != nil {
		return err
	}
	after := c.Card
	after.State, after.Due, after.Reps, after.Stability = srs.Review, tStage.Add(72*time.Hour), 1, 3.2
	_, err = db.Answer(k, after, srs.ReviewLog{Time: tStage.Add(time.Minute), Grade: srs.Good, Before: c.Card, After: after})
	return err
}

// Answers given while the words are staged stay: the buckets they change
// are staged again before the commit, or, when answers keep coming, the
// stage is given up (maxRestage).
func TestStagedCommitReviewed(t *testing.T) {
	for _, c := range []struct {
		first string
		words []string // whose cards are answered
		at    int      // after which staging Update (0: the last before the commit)
		each  bool     // one answer after each staging Update from then on; else all then
	}{
		{firstFew, []string{"你 ni3", "好 hao3"}, 3, false}, // before their cards are staged
		{firstFew, []string{"你 ni3", "好 hao3"}, 0, false}, // staged again once
		{firstMany, []string{"你 ni3", "好 hao3"}, 0, false},
		{firstMany, []string{"你 ni3", "好 hao3", "回来 hui2 lai5", "行 xing2", "我们 wo3 men5", "是 shi4", "公司 gong1 si1",
			"人工 ren2 gong1", "智能 zhi4 neng2", "这 zhe4", "超级 chao1 ji2", "的 de5"}, 0, true}, // given up
	} {
		var keys []CardKey
		for _, id := range c.words {
			for _, kind := range cards.Kinds {
				keys = append(keys, CardKey{Word: id, Kind: kind})
			}
		}
		total, err := mineStaged(t, stageDB(t, c.first), stageTest{stage: true, budget: 2000})
		if err != nil {
			t.Fatal(err)
		}
		db := stageDB(t, c.first)
		todo := keys
		review := func() error {
			n := len(todo)
			if c.each {
				n = min(n, 1)
			}
			for _, k := range todo[:n] {
				if err := answer(db, k); err != nil {
					return err
				}
			}
			todo = todo[n:]
			return nil
		}
		at := c.at
		if at == 0 {
			at = total
		}
		n, err := mineStaged(t, db, stageTest{stage: true, budget: 2000, at: at, every: c.each, then: review})
		if err != nil || (n > total) != (at == total) || len(todo) > 0 && !c.each {
			t.Fatalf("first %q: %d staging Updates (%d unchanged), %d not answered, %v", c.first, n, total, len(todo), err)
		}
		// The same answers, before an unstaged commit.
		ref := stageDB(t, c.first)
		if _, err := mineStaged(t, ref, stageTest{then: func() error {
			for _, k := range keys[:len(keys)-len(todo)] {
				if err := answer(ref, k); err != nil {
					return err
				}
			}
			return nil
		}}); err != nil {
			t.Fatal(err)
		}
		if d := diff(dumpDB(t, db), dumpDB(t, ref)); len(d) > 0 {
			t.Errorf("first %q, %d answered: %v", c.first, len(keys)-len(todo), d)
		}
		if err := db.Check(); err != nil {
			t.Errorf("first %q: %v", c.first, err)
		}
		t.Logf("first %q: %d answered from %d, %d staging Updates (%d unchanged)", c.first, len(keys)-len(todo), at, n, total)
	}
}

// When another process changes what the staged words were built from
// between the Updates, the commit drops them and commits as for any
// document; when it changes only other words, the commit merges with them.
// Either way the result is what an unstaged commit gives after the same
// change.
func TestStagedCommitChanged(t *testing.T) {
	mineText := func(text string) func(db *DB) error {
		return func(db *DB) error {
			pairs, doc, err := corpus.Read("w.tsv", strings.NewReader(text))
			if err != nil {
				return err
			}
			_, err = db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), tStage.Add(time.Hour))
			return err
		}
	}
	for _, c := range []struct {
		name   string
		change func(db *DB) error
	}{
		{"known list", func(db *DB) error {
			_, err := db.AddKnown([]string{"公司"}, "test", tStage)
			return err
		}},
		{"other words", mineText("回来\tcome back\n")},
		{"a staged word", mineText("谢谢\tthanks\n")},
	} {
		for _, first := range []string{firstNone, firstFew} {
			ref := stageDB(t, first)
			if _, err := mineStaged(t, ref, stageTest{then: func() error { return c.change(ref) }}); err != nil {
				t.Fatal(err)
			}
			db := stageDB(t, first)
			n, err := mineStaged(t, db, stageTest{stage: true, budget: 2000, at: 3, then: func() error { return c.change(db) }})
			if err != nil || n < 3 {
				t.Fatalf("%s, first %q: %d staging Updates, %v", c.name, first, n, err)
			}
			if d := diff(dumpDB(t, db), dumpDB(t, ref)); len(d) > 0 {
				t.Errorf("%s changed, first %q: %v", c.name, first, d)
			}
			if err := db.Check(); err != nil {
				t.Errorf("%s changed, first %q: %v", c.name, first, err)
			}
		}
	}
}
