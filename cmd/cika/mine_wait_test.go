package main

import (
	"github.com/rogpeppe/go-internal/testscript"

	"cika/srs/store"
)

// cmdLockMine: lockmine PATH holds the miner's lock of the collection at
// PATH, as another `cika mine` would, until unlockmine.
func cmdLockMine(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: lockmine PATH")
	}
	release, err := store.LockMining(ts.MkAbs(args[0]), 0)
	ts.Check(err)
	h := heldBy(ts)
	h.mining = release
	ts.Defer(func() {
		if h.mining != nil {
			h.mining()
			h.mining = nil
		}
	})
}

// cmdUnlockMine: unlockmine releases the lock lockmine holds.
func cmdUnlockMine(ts *testscript.TestScript, neg bool, args []string) {
	h := heldBy(ts)
	if h.mining == nil {
		ts.Fatalf("unlockmine without lockmine")
	}
	ts.Check(h.mining())
	h.mining = nil
}
