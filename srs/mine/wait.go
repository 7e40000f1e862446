package mine

import (
	"errors"
	"time"

	"cika/srs/store"
)

// One `cika mine` at a time writes into a collection (store.LockMining):
// a second gives up after a moment, with a hint that --wait makes it wait
// for the first and then mine. The lock itself is left as it is: waiting is
// a loop here, around tries that each give up after waitStep.

// waitStep is how long one try for the miner's lock lasts.
const waitStep = time.Second

// waitingMessage is shown on a terminal while --wait waits.
const waitingMessage = "another cika is mining into this collection: waiting for it to finish (Ctrl-C to give up)…\n"

// miningHint replaces store's hint on ErrMining: `cika mine` has --wait (Miner.Wait).
const miningHint = "wait for the other `cika mine` to finish, or give --wait to wait for it and then mine"

// lockMining takes the miner's lock of the collection. Without m.Wait it
// fails as store.LockMining does, with a hint naming --wait; with it, it
// says once (on a terminal) that it waits, and tries until it holds it.
func (m *Miner) lockMining() (release func() error, err error) {
	said := false
	for {
		release, err = store.LockMining(m.Path, waitStep)
		if err == nil || !errors.Is(err, store.ErrMining) {
			return release, err
		}
		if !m.Wait {
			return nil, hinted{err: err, hint: miningHint}
		}
		if !said {
			m.say(waitingMessage)
			said = true
		}
	}
}

// hinted gives err another hint for `cika: hint:`.
type hinted struct {
	err  error
	hint string
}

func (e hinted) Error() string { return e.err.Error() }
func (e hinted) Unwrap() error { return e.err }
func (e hinted) Hint() string  { return e.hint }
