package mine

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/srs/store"
)

// syncBuffer is a bytes.Buffer for a writer and a reader in two goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestLockMiningWait: without --wait a second miner fails with a hint
// naming --wait; with it, it says (on a terminal) that it waits, and holds
// the lock only once the first miner has let it go.
func TestLockMiningWait(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	first, err := store.LockMining(path, 0)
	if err != nil {
		t.Fatal(err)
	}

	_, err = (&Miner{Path: path}).lockMining()
	var h interface{ Hint() string }
	if !errors.Is(err, store.ErrMining) || !errors.As(err, &h) || !strings.Contains(h.Hint(), "--wait") {
		t.Fatalf("without --wait: %v", err)
	}

	var said syncBuffer
	type result struct {
		release func() error
		err     error
	}
	got := make(chan result, 1)
	go func() {
		release, err := (&Miner{Path: path, Wait: true, Progress: sayer{&said}}).lockMining()
		got <- result{release, err}
	}()
	// The message comes after the first try has given up, while the first
	// miner still holds the lock.
	for !strings.Contains(said.String(), "waiting for it to finish") {
		select {
		case r := <-got:
			t.Fatalf("took the lock (%v) while another miner held it", r.err)
		case <-time.After(10 * time.Millisecond):
		}
	}
	select {
	case r := <-got:
		t.Fatalf("took the lock (%v) while another miner held it", r.err)
	default:
	}
	if err := first(); err != nil {
		t.Fatal(err)
	}
	r := <-got
	if r.err != nil {
		t.Fatalf("after the first miner: %v", r.err)
	}
	defer r.release()
	if n := strings.Count(said.String(), "\n"); n != 1 {
		t.Errorf("said %q, want the message once", said.String())
	}
	// Now the waiter holds it.
	if _, err := store.LockMining(path, 100*time.Millisecond); !errors.Is(err, store.ErrMining) {
		t.Errorf("a third miner: %v", err)
	}
}

// sayer is a Progress that only says, into w.
type sayer struct{ w *syncBuffer }

func (s sayer) Say(msg string)       { s.w.Write([]byte(msg)) }
func (sayer) Start(string, int, int) {}
func (sayer) Reached(int)            {}
func (sayer) Analysed(int)           {}
func (sayer) Done()                  {}

// TestMineWhileHeld: a miner waits for the collection file while another
// process holds it for longer than store's default second (another miner
// committing, a review session), instead of failing with "in use": the
// first thing it does, asking which documents are new, included.
func TestMineWhileHeld(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.db")
	in := filepath.Join(dir, "a.tsv")
	if err := os.WriteFile(in, []byte("这是银行。\tThis is the bank.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	held, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		ins, cleanup, err := Plan([]string{in}, "", nil, nil)
		defer cleanup()
		if err == nil {
			_, err = (&Miner{Path: path, Load: func() (cards.Analyzer, error) { return cardstest.Small(), nil }}).Mine(ins)
		}
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("mined (%v) while the file was held", err)
	case <-time.After(1500 * time.Millisecond):
	}
	if err := held.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("after the file was let go: %v", err)
	}
}
