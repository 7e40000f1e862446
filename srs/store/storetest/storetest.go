// Package storetest opens throwaway collections for tests, the way bbolt's
// internal/btesting does: in t.TempDir(), closed and checked for integrity
// (page structure, counts, indexes) when the test ends.
package storetest

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/srs/store"
)

// Open opens a new collection in a temporary directory. When the test ends
// it is closed, reopened and checked; a broken collection fails the test.
func Open(t testing.TB) *store.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "collection.db")
	db, err := store.Open(path, &store.Options{Now: func() time.Time {
		return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close() // the test may have closed it already
		Check(t, path)
	})
	return db
}

// Check opens the collection at path read-only and verifies it.
func Check(t testing.TB, path string) {
	t.Helper()
	db, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		t.Errorf("reopen %s: %v", path, err)
		return
	}
	defer db.Close()
	if err := db.Check(); err != nil {
		t.Errorf("collection %s: %v", path, err)
	}
}

// Mine mines text, a document in any format corpus reads, into db under
// name with the small test analyzer (cardstest.Small), as at now: the
// few lines most tests of the jobs above the store begin with.
func Mine(t testing.TB, db *store.DB, name, text string, now time.Time) store.MineResult {
	t.Helper()
	pairs, doc, err := corpus.Read(name, strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), now)
	if err != nil {
		t.Fatal(err)
	}
	return res
}
