package main

import (
	"github.com/rogpeppe/go-internal/testscript"

	"cika/srs/store"
)

// heldMining is the miner's lock held by the script (lockmine).
var heldMining func() error

// cmdLockMine: lockmine PATH holds the miner's lock of the collection at
// PATH, as another `cika mine` would, until unlockmine.
func cmdLockMine(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: lockmine PATH")
	}
	release, err := store.LockMining(ts.MkAbs(args[0]), 0)
	ts.Check(err)
	heldMining = release
	ts.Defer(func() {
		if heldMining != nil {
			heldMining()
			heldMining = nil
		}
	})
}

// cmdUnlockMine: unlockmine releases the lock lockmine holds.
func cmdUnlockMine(ts *testscript.TestScript, neg bool, args []string) {
	if heldMining == nil {
		ts.Fatalf("unlockmine without lockmine")
	}
	ts.Check(heldMining())
	heldMining = nil
}
