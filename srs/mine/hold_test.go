package mine

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/srs/store"
)

// TestOpenWhileMining: another process waiting for the collection (here
// a second Open, which takes the file's lock as another process would)
// gets it while a long mine runs, although the miner holds the file from
// batch to batch (hold.go). One pair a batch, stored as soon as it is
// analysed, the batches follow one another with nothing in between:
// without its rest, the miner opened the file again before the other's
// next try, and the other got it only once mining was done. The hold is
// short and the rest longer than the other's 50 ms between tries, so
// that the rest of the mine spans several rests whatever the machine's
// speed: with a 50 ms hold, a quiet machine stored all the batches in
// the first hold, and the test failed without a defect.
func TestOpenWhileMining(t *testing.T) {
	defer func(hold, rest time.Duration) { holdFor, restFor = hold, rest }(holdFor, restFor)
	holdFor, restFor = 5*time.Millisecond, 100*time.Millisecond
	dir := t.TempDir()
	path := filepath.Join(dir, "c.db")
	in := filepath.Join(dir, "a.tsv")
	const pairs = 60
	var text strings.Builder
	for i := range pairs {
		fmt.Fprintf(&text, "这是第%d个银行。\tThis is bank number %d.\n", i, i)
	}
	if err := os.WriteFile(in, []byte(text.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var stored atomic.Int64
	start := make(chan struct{})
	got := make(chan int64, 1) // the batches stored when the other got the file
	m := &Miner{Path: path, Load: func() (cards.Analyzer, error) { return cardstest.Small(), nil }, Batch: 1,
		AfterBatch: func(n int) {
			if n > 0 {
				stored.Store(int64(n))
			}
			if n == 5 {
				close(start)
			}
		}}
	go func() {
		<-start
		db, err := store.Open(path, &store.Options{Timeout: store.DefaultTimeout})
		if err != nil {
			t.Errorf("while mining: %v", err)
			got <- -1
			return
		}
		got <- stored.Load()
		db.Close()
	}()
	ins, cleanup, err := Plan([]string{in}, "", nil, nil)
	defer cleanup()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := m.Mine(ins)
	if err != nil || rep.Documents[0].Error != "" || rep.Collection.Sentences != pairs {
		t.Fatalf("%+v, %v", rep, err)
	}
	if n := <-got; n >= pairs {
		t.Errorf("the other got the file only after mining (%d of %d batches stored)", n, pairs)
	}
}

// TestHeldLetGo: the held collection is kept from one use to the next and
// let go when its time is up, while the miner waits for its next batch
// too, or when a use fails.
func TestHeldLetGo(t *testing.T) {
	defer func(hold, rest time.Duration) { holdFor, restFor = hold, rest }(holdFor, restFor)
	holdFor, restFor = 150*time.Millisecond, 0
	path := filepath.Join(t.TempDir(), "c.db")
	opens := 0
	h := &held{open: func() (*store.DB, error) { opens++; return store.Open(path, nil) }}
	nop := func(*store.DB) error { return nil }
	if err := h.use(nop); err != nil || h.db == nil {
		t.Fatalf("first use: %v, held %v", err, h.db != nil)
	}
	if err := h.use(nop); err != nil || opens != 1 {
		t.Fatalf("second use: %v, %d opens", err, opens)
	}
	ch := make(chan int)
	go func() { time.Sleep(4 * holdFor); ch <- 1 }()
	if v, ok := next(h, ch); v != 1 || !ok || h.db != nil {
		t.Fatalf("next: %d %v, still held %v", v, ok, h.db != nil)
	}
	// Another Open gets the file now.
	db, err := store.Open(path, &store.Options{Timeout: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if err := h.use(nop); err != nil || opens != 2 {
		t.Fatalf("use after: %v, %d opens", err, opens)
	}
	// A use that outlasts the hold lets go.
	if err := h.use(func(*store.DB) error { time.Sleep(holdFor); return nil }); err != nil || h.db != nil {
		t.Fatalf("long use: %v, still held %v", err, h.db != nil)
	}
	if err := h.use(func(*store.DB) error { return os.ErrInvalid }); err != os.ErrInvalid || h.db != nil {
		t.Fatalf("failed use: %v, still held %v", err, h.db != nil)
	}
}

// TestHeldNotKept: when the last batch took longer to come than the time
// the hold has left, the collection is let go at once, not when that time
// is up: on a busy machine a hold would keep others waiting for nothing.
func TestHeldNotKept(t *testing.T) {
	defer func(hold, rest time.Duration) { holdFor, restFor = hold, rest }(holdFor, restFor)
	holdFor, restFor = time.Second, 0
	path := filepath.Join(t.TempDir(), "c.db")
	h := &held{open: func() (*store.DB, error) { return store.Open(path, nil) }}
	if err := h.use(func(*store.DB) error { return nil }); err != nil {
		t.Fatal(err)
	}
	slow := make(chan int)
	go func() { time.Sleep(600 * time.Millisecond); slow <- 1 }()
	if _, ok := next(h, slow); !ok || h.db == nil {
		t.Fatalf("let go within the hold (%v)", ok)
	}
	// 400 ms left, and the last batch took 600 to come.
	got := make(chan error, 1)
	go func() {
		time.Sleep(100 * time.Millisecond)
		db, err := store.Open(path, &store.Options{Timeout: 150 * time.Millisecond})
		if err == nil {
			db.Close()
		}
		got <- err
	}()
	if err, ok := next(h, got); !ok || err != nil {
		t.Errorf("the other waited for the rest of the hold: %v", err)
	}
}
