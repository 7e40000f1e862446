package store

import (
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

var k0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// knownDB is a collection of three words (银行 with its traditional form),
// 银行's recognition card reviewed twice (once as a review card, Again).
func knownDB(t *testing.T) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	pairs, doc, err := corpus.Read("k.tsv", strings.NewReader("我们的银行。\tOur bank.\n智能。\tSmart.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), k0); err != nil {
		t.Fatal(err)
	}
	sched, _ := srs.NewScheduler(srs.DefaultParameters(), srs.RolloverDay(time.UTC, 4))
	key := CardKey{Word: "银行 yin2 hang2", Kind: cards.Recognition}
	c, err := db.Card(key)
	if err != nil {
		t.Fatal(err)
	}
	now := k0
	for _, g := range []srs.Grade{srs.Easy, srs.Again} {
		after, log := sched.Schedule(c.Card, g, now)
		if _, err := db.Answer(key, after, log); err != nil {
			t.Fatal(err)
		}
		c.Card = after
		now = after.Due.Add(time.Hour)
	}
	return db, path
}

func TestKnown(t *testing.T) {
	db, _ := knownDB(t)
	res, err := db.AddKnown([]string{"銀行", "我们", "龙虾"}, "test", k0)
	if err != nil {
		t.Fatal(err)
	}
	if res != (KnownResult{Changed: 3, Mapped: 1}) {
		t.Errorf("AddKnown: %+v", res)
	}
	if res, _ := db.AddKnown([]string{"我们"}, "again", k0); res.Already != 1 || res.Changed != 0 {
		t.Errorf("AddKnown twice: %+v", res)
	}
	if _, err := db.AddKnown([]string{"ok", "我们"}, "x", k0); err == nil {
		t.Error("AddKnown accepted a word without Chinese")
	}
	list, err := db.KnownList()
	if err != nil || len(list) != 3 || list[2].Word != "龙虾" || list[0].Source != "test" {
		t.Errorf("KnownList: %+v %v", list, err)
	}
	set, _ := db.KnownWords()
	if !IsKnown(set, "银行 yin2 hang2") || IsKnown(set, "智能 zhi4 neng2") {
		t.Errorf("KnownWords: %v", set)
	}
	fam, err := db.Familiar([]string{"银行 yin2 hang2", "智能 zhi4 neng2", "我们 wo3 men5"})
	if err != nil || !fam["银行 yin2 hang2"] || fam["智能 zhi4 neng2"] || !fam["我们 wo3 men5"] {
		t.Errorf("Familiar: %v %v", fam, err)
	}
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
	o, err := db.Overview(time.Time{}, farFuture, []time.Time{farFuture}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// 银行: recognition relearning, recall new but known; 我们 (known, 2 new);
	// 的 and 智能: 4 new.
	if o.States != [4]int{4, 0, 0, 1} || o.KnownNew != 3 || o.Suspended != 0 || o.Known["银行"] != true || !o.Learned["银行"] {
		t.Errorf("Overview: states %v known new %d learned %v", o.States, o.KnownNew, o.Learned)
	}
	if o.All != (Retention{Reviews: 1, Passed: 0}) || o.Recent != o.All || len(o.Reviewed) != 2 || o.Due[0] != 1 {
		t.Errorf("Overview: all %+v recent %+v reviewed %v due %v", o.All, o.Recent, o.Reviewed, o.Due)
	}
	if res, err := db.RemoveKnown([]string{"銀行", "龙虾", "火"}); err != nil || res.Changed != 2 || res.Already != 1 {
		t.Errorf("RemoveKnown: %+v %v", res, err)
	}
	if st, _ := db.Stats(); st.Known != 1 {
		t.Errorf("%d known after remove, want 1", st.Known)
	}
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
}

// A schema-1 collection (no known bucket, no due-index values, no
// retention counts) is upgraded on open, with the counts taken from its log.
func TestMigrateKnown(t *testing.T) {
	db, path := knownDB(t)
	if _, err := db.HoldNew([]string{"智能 zhi4 neng2"}); err != nil {
		t.Fatal(err)
	}
	want, err := db.Overview(time.Time{}, farFuture, []time.Time{farFuture}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Back to schema 1.
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketKnown); err != nil {
			return err
		}
		due := tx.Bucket(bucketDue)
		var keys [][]byte
		due.ForEach(func(k, _ []byte) error { keys = append(keys, append([]byte(nil), k...)); return nil })
		for _, k := range keys {
			if err := due.Put(k, nil); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		meta.Delete(countKey(countRetentionReviews))
		meta.Delete(countKey(countRetentionPassed))
		meta.Delete(countKey(countKnown))
		return meta.Put(keyVersion, u64(1))
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
	got, err := db.Overview(time.Time{}, farFuture, []time.Time{farFuture}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.States != want.States || got.Suspended != 2 || got.All != want.All || got.Due[0] != want.Due[0] {
		t.Errorf("after migration %+v, want %+v", got, want)
	}
}

// farFuture is an Overview's "until" that takes every due card.
var farFuture = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
