package store

import (
	"errors"
	"reflect"
	"testing"
)

// Suspending and unsuspending a word's cards, all or nothing, keeps the due
// index in step.
func TestSetSuspended(t *testing.T) {
	db, _ := postingsDB(t)
	bank, we := "银行 yin2 hang2", "我们 wo3 men5"
	if n, err := db.SetSuspended([]string{bank, we}, true); err != nil || n != 4 {
		t.Fatalf("suspend: %d, %v", n, err)
	}
	if n, err := db.SetSuspended([]string{bank}, true); err != nil || n != 0 {
		t.Errorf("suspend again: %d, %v", n, err)
	}
	if ids, err := db.SuspendedWords(); err != nil || !reflect.DeepEqual(ids, []string{we, bank}) {
		t.Errorf("suspended words %q, %v", ids, err)
	}
	// An unknown word: an error, and nothing changes.
	if _, err := db.SetSuspended([]string{bank, "没有 mei2 you3"}, false); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown word: %v", err)
	}
	if ids, _ := db.SuspendedWords(); len(ids) != 2 {
		t.Errorf("after a failed unsuspend: %q", ids)
	}
	if n, err := db.SetSuspended([]string{bank}, false); err != nil || n != 2 {
		t.Errorf("unsuspend: %d, %v", n, err)
	}
	cs, err := db.Cards(bank)
	if err != nil || len(cs) != 2 || cs[0].Suspended || cs[1].Suspended {
		t.Errorf("cards after unsuspend: %+v, %v", cs, err)
	}
	if ids, _ := db.SuspendedWords(); !reflect.DeepEqual(ids, []string{we}) {
		t.Errorf("suspended words %q", ids)
	}
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
}
