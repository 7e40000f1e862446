package store

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/srs"
)

// wantNewOrder is the new queue as a session computed it before schema 5:
// every new card neither suspended nor of a known word, most useful word
// first, then by word and kind.
func wantNewOrder(t *testing.T, db *DB) []CardKey {
	t.Helper()
	known, err := db.KnownWords()
	if err != nil {
		t.Fatal(err)
	}
	type entry struct {
		key    CardKey
		useful float64
	}
	var es []entry
	err = db.DueCards(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC), func(c Card) bool {
		if c.State != srs.New || c.Suspended || IsKnown(known, c.Word) {
			return true
		}
		w, err := db.Word(c.Word)
		if err != nil {
			t.Fatal(err)
		}
		head, _ := cards.SplitID(c.Word)
		es = append(es, entry{c.Key(), cards.Usefulness(head, w.Count)})
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(es, func(a, b entry) int {
		return cmp.Or(cmp.Compare(b.useful, a.useful), strings.Compare(a.key.Word, b.key.Word), cmp.Compare(a.key.Kind, b.key.Kind))
	})
	keys := make([]CardKey, len(es))
	for i, e := range es {
		keys[i] = e.key
	}
	return keys
}

func newOrder(t *testing.T, db *DB) []CardKey {
	t.Helper()
	// Read in pages of 3, as a session does, to test NewCards' after.
	var keys []CardKey
	var after *NewCard
	for {
		page, more, err := db.NewCards(after, 3)
		if err != nil {
			t.Fatal(err)
		}
		for i := range page {
			keys = append(keys, page[i].Key)
		}
		if !more {
			return keys
		}
		after = &page[len(page)-1]
	}
}

// checkQueue verifies the indexes (Check compares them with the cards)
// and that the new queue is in the order sessions used to compute.
func checkQueue(t *testing.T, db *DB, step string) {
	t.Helper()
	if err := db.Check(); err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	if got, want := newOrder(t, db), wantNewOrder(t, db); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: new queue\n%v\nwant\n%v", step, got, want)
	}
}

// Every operation that changes cards, words, the known list or the log
// keeps the queue, the new queue, the tallies and their counts in step.
func TestQueuesFollowChanges(t *testing.T) {
	db, _ := postingsDB(t)
	checkQueue(t, db, "mined")
	bank := CardKey{Word: "银行 yin2 hang2", Kind: cards.Recognition}
	friend := CardKey{Word: "的 de5", Kind: cards.Recall}
	sched, _ := srs.NewScheduler(srs.DefaultParameters(), srs.RolloverDay(time.UTC, 4))
	answer := func(k CardKey, g srs.Grade, now time.Time) ReviewID {
		t.Helper()
		c, err := db.Card(k)
		if err != nil {
			t.Fatal(err)
		}
		after, log := sched.Schedule(c.Card, g, now)
		id, err := db.Answer(k, after, log)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	id := answer(bank, srs.Good, k0.Add(time.Hour))
	checkQueue(t, db, "answered")
	answer(friend, srs.Again, k0.Add(2*time.Hour))
	checkQueue(t, db, "answered again")
	if err := db.Undo(id); err != nil {
		t.Fatal(err)
	}
	checkQueue(t, db, "undone")
	c, _ := db.Card(friend)
	c.BuriedUntil = k0.Add(24 * time.Hour)
	if err := db.UpdateCard(c); err != nil {
		t.Fatal(err)
	}
	checkQueue(t, db, "buried")
	if _, err := db.HoldNew([]string{"我们 wo3 men5"}); err != nil {
		t.Fatal(err)
	}
	checkQueue(t, db, "held")
	if _, err := db.SetSuspended([]string{"的 de5"}, true); err != nil {
		t.Fatal(err)
	}
	checkQueue(t, db, "suspended")
	if _, err := db.AddKnown([]string{"银行", "智能"}, "test", k0); err != nil {
		t.Fatal(err)
	}
	checkQueue(t, db, "known")
	if _, err := db.RemoveKnown([]string{"银行"}); err != nil {
		t.Fatal(err)
	}
	checkQueue(t, db, "unknown")
	if _, err := db.SetSuspended([]string{"的 de5", "我们 wo3 men5"}, false); err != nil {
		t.Fatal(err)
	}
	checkQueue(t, db, "unsuspended")
	// A new document raises counts: the words move up the new queue.
	mineInternal(t, db, "e.tsv", "智能的朋友。\tSmart friends.\n智能。\tSmart.\n智能很大。\tSmart is big.\n")
	checkQueue(t, db, "mined again")
	o, err := db.Overview(k0, farFuture, []time.Time{farFuture}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if o.States[srs.Relearning]+o.States[srs.Learning]+o.States[srs.Review] != 1 || !o.Learned["的"] || o.Learned["银行"] {
		t.Errorf("overview: states %v learned %v", o.States, o.Learned)
	}
	if len(o.Reviewed) != 1 || o.Reviewed[0].Reviews != 1 || !o.Reviewed[0].Start.Equal(k0.Add(2*time.Hour)) {
		t.Errorf("overview reviewed %+v, want one answer at %s", o.Reviewed, k0.Add(2*time.Hour))
	}
	d, err := db.ReviewDay(k0.Add(48*time.Hour), k0, farFuture, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Due) != 1 || d.Due[0].Key() != friend || len(d.New) != 2 || !d.MoreNew || d.NewCards != len(wantNewOrder(t, db)) {
		t.Errorf("review day: due %v new %v more %v counts %+v", d.Due, d.New, d.MoreNew, d.QueueCounts)
	} else {
		// Overview counts the card due by the first bound after its due
		// time, and not at all when it falls after the last.
		due := d.Due[0].Due
		for _, tc := range []struct {
			by   []time.Time
			want []int
		}{
			{[]time.Time{due}, []int{0}},
			{[]time.Time{due.Add(time.Nanosecond)}, []int{1}},
			{[]time.Time{due.Add(-time.Hour), due, due.Add(time.Hour), farFuture}, []int{0, 0, 1, 0}},
			{[]time.Time{due.Add(time.Hour), farFuture}, []int{1, 0}},
			{nil, []int{}},
		} {
			o, err := db.Overview(k0, farFuture, tc.by, nil)
			if err != nil || !slices.Equal(o.Due, tc.want) {
				t.Errorf("overview due by %v: %v %v, want %v", tc.by, o.Due, err, tc.want)
			}
		}
	}
	// The log is read up to the end given, excluded, by quarter hours
	// (k0+2h starts one) or one by one (k0+2h+1s does not).
	for _, tc := range []struct {
		before time.Time
		want   int
	}{{k0.Add(2 * time.Hour), 0}, {k0.Add(2*time.Hour + time.Second), 1}, {k0.Add(2*time.Hour + SlotLength), 1}} {
		o, err := db.Overview(k0, tc.before, []time.Time{farFuture}, nil)
		if err != nil {
			t.Fatal(err)
		}
		d, err := db.ReviewDay(k0, k0, tc.before, 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(o.Reviewed) != tc.want || len(d.Logged) != tc.want {
			t.Errorf("logged before %s: overview %+v, review day %+v, want %d", tc.before, o.Reviewed, d.Logged, tc.want)
		}
	}
}

func mineInternal(t *testing.T, db *DB, name, text string) {
	t.Helper()
	pairs, doc, err := corpus.Read(name, strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), k0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
}

// A schema-4 collection (no queue, new queue, tallies or count index) is
// upgraded on open to the same figures as one kept up to date.
func TestMigrateQueues(t *testing.T) {
	db, path := knownDB(t)
	if _, err := db.HoldNew([]string{"智能 zhi4 neng2"}); err != nil {
		t.Fatal(err)
	}
	since := time.Date(2026, 3, 1, 4, 0, 0, 0, time.UTC)
	read := func(db *DB) (Overview, ReviewDay, []CardKey) {
		o, err := db.Overview(since, farFuture, []time.Time{farFuture}, nil)
		if err != nil {
			t.Fatal(err)
		}
		d, err := db.ReviewDay(farFuture, since, farFuture, 10, nil)
		if err != nil {
			t.Fatal(err)
		}
		return o, d, newOrder(t, db)
	}
	wantO, wantD, wantNew := read(db)
	// Back to schema 4.
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketQueue, bucketNewQ, bucketLearned, bucketAnswered, bucketByCount} {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		for _, name := range []string{countNewCards, countNewWords, countHeldNew, countPastSuspended,
			countPastState + "1", countPastState + "2", countPastState + "3"} {
			if err := meta.Delete(countKey(name)); err != nil {
				return err
			}
		}
		return meta.Put(keyVersion, u64(4))
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
	gotO, gotD, gotNew := read(db)
	if !reflect.DeepEqual(gotO, wantO) {
		t.Errorf("overview after migration\n%+v\nwant\n%+v", gotO, wantO)
	}
	if !reflect.DeepEqual(gotD, wantD) {
		t.Errorf("review day after migration\n%+v\nwant\n%+v", gotD, wantD)
	}
	if !reflect.DeepEqual(gotNew, wantNew) {
		t.Errorf("new queue after migration %v, want %v", gotNew, wantNew)
	}
}

// Check finds a new-queue entry the cards do not explain.
func TestCheckQueues(t *testing.T) {
	db, _ := knownDB(t)
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketNewQ).Put(newKey(1, CardKey{Word: "银行 yin2 hang2", Kind: cards.Recall}), make([]byte, 19))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Check(); err == nil || !strings.Contains(err.Error(), "newq") {
		t.Errorf("Check: %v, want a newq error", err)
	}
}

func TestUsefulKeyOrder(t *testing.T) {
	us := []float64{12.5, 3, 1e-9, 0, -0.5, -7}
	for i := 1; i < len(us); i++ {
		a, b := usefulKey(us[i-1]), usefulKey(us[i])
		if a >= b {
			t.Errorf("key(%v) = %x not before key(%v) = %x", us[i-1], a, us[i], b)
		}
	}
	for _, u := range us {
		if got := keyUseful(usefulKey(u)); got != u {
			t.Errorf("keyUseful(usefulKey(%v)) = %v", u, got)
		}
	}
}
