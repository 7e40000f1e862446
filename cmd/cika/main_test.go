package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"cika/srs/store"
)

// TestMain lets the test binary run as `cika` inside the scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"cika": func() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the user stories in testdata/script: each is a shell-like
// session with its files inline (see the testscript package).
//
// Extra commands:
//
//	lockdb PATH   hold PATH open for writing, as another cika would, until
//	unlockdb      releases it
//	checkdb PATH  verify the collection's structure, counts and indexes
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("HOME", filepath.Join(env.WorkDir, "home"))
			env.Setenv("NO_COLOR", "1")
			// Scripts run in parallel: what one holds is its own.
			env.Values[heldKey{}] = &held{}
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"lockdb": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: lockdb PATH")
				}
				db, err := store.Open(ts.MkAbs(args[0]), &store.Options{Timeout: 5 * time.Second})
				ts.Check(err)
				heldBy(ts).db = db
				ts.Defer(func() { db.Close() })
			},
			"unlockdb": func(ts *testscript.TestScript, neg bool, args []string) {
				h := heldBy(ts)
				if h.db == nil {
					ts.Fatalf("unlockdb without lockdb")
				}
				ts.Check(h.db.Close())
				h.db = nil
			},
			"encode": cmdEncode, "cutbytes": cmdCutBytes, "bigline": cmdBigLine, "gencorpus": cmdGenCorpus, "concat": cmdConcat, "sentences": cmdSentences, // inputs_test.go
			"apkgcards": cmdAPKGCards,                             // cmd_export_test.go
			"ankiphone": cmdAnkiPhone,                             // cmd_import_test.go
			"lockmine":  cmdLockMine, "unlockmine": cmdUnlockMine, // mine_wait_test.go
			"checkdb": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: checkdb PATH")
				}
				db, err := store.Open(ts.MkAbs(args[0]), &store.Options{ReadOnly: true})
				ts.Check(err)
				defer db.Close()
				if err := db.Check(); (err != nil) != neg {
					ts.Fatalf("check %s: %v", args[0], err)
				}
			},
		},
	})
}

// held is what one script holds open (lockdb, lockmine) until it lets go.
type held struct {
	db     *store.DB
	mining func() error
}

type heldKey struct{}

// heldBy returns the running script's own held; a package variable was
// shared by the scripts running in parallel, and one's unlock could take
// another's lock (locked.txt failed "unlockdb without lockdb" in CI).
func heldBy(ts *testscript.TestScript) *held {
	return ts.Value(heldKey{}).(*held)
}
