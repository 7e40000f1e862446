package mine

import (
	"time"

	"cika/srs/store"
)

// The batches of a big input are stored every few tens of milliseconds.
// Opened for each of them, as every other write opens the collection, each
// batch had a new bbolt DB, whose page pool starts empty: every page of
// every commit was allocated afresh, and at a million pairs that was
// 0.9 GB, half of the garbage of the analysis (session 11's profile). So
// the batches go through a held collection: it stays open from one batch
// to the next, but is let go once holdFor has passed since it was opened,
// also while the miner waits for its next batch (at once if the last batch
// took longer to come than the hold has left), and is not opened again
// before restFor has passed. Another process waiting for the file (a
// review, a lookup: store.DefaultTimeout) tries its lock every 50 ms
// (bbolt's flock), so it gets the file within holdFor + 50 ms, plus the
// commit of the batch in flight.
var (
	holdFor = 200 * time.Millisecond
	restFor = 70 * time.Millisecond
)

// held is the collection as the miner holds it between batches; it is
// used by one goroutine at a time.
type held struct {
	open   func() (*store.DB, error)
	db     *store.DB
	opened time.Time // when db was opened
	closed time.Time // when the last db was closed
	// err is the error of a Close done while waiting (next), returned by
	// the next use: the batch stored before it may not be on disk.
	err error
	// waited is how long the last next waited for its batch.
	waited time.Duration
}

// use runs fn on the collection, opening it if it is not held, and lets it
// go when fn fails or its time is up.
func (h *held) use(fn func(*store.DB) error) error {
	if h.err != nil {
		return h.err
	}
	if h.db == nil {
		if rest := restFor - time.Since(h.closed); !h.closed.IsZero() && rest > 0 {
			time.Sleep(rest)
		}
		db, err := h.open()
		if err != nil {
			return err
		}
		h.db, h.opened = db, time.Now()
	}
	if err := fn(h.db); err != nil {
		h.release()
		return err
	}
	if time.Since(h.opened) >= holdFor {
		return h.release()
	}
	return nil
}

// release closes the collection if it is held.
func (h *held) release() error {
	if h.db == nil {
		return nil
	}
	err := h.db.Close()
	h.db, h.closed = nil, time.Now()
	return err
}

// next receives from ch; if the collection is held, it is let go when its
// time is up before anything comes, or at once when the last wait was
// longer than the time left: on a busy machine, where a batch takes
// longer to analyse than holdFor, holding the file would keep others
// waiting and save nothing.
func next[T any](h *held, ch <-chan T) (T, bool) {
	start := time.Now()
	defer func() { h.waited = time.Since(start) }()
	if h.db != nil {
		left := holdFor - time.Since(h.opened)
		if h.waited < left {
			t := time.NewTimer(left)
			select {
			case v, ok := <-ch:
				t.Stop()
				return v, ok
			case <-t.C:
			}
		}
		if err := h.release(); err != nil && h.err == nil {
			h.err = err
		}
	}
	v, ok := <-ch
	return v, ok
}
