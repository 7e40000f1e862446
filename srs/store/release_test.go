package store_test

import (
	"reflect"
	"testing"

	"cika/cards"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

// TestRelease checks that letting go of the mapped pages changes nothing
// read before or after, in a read transaction's neighbourhood.
func TestRelease(t *testing.T) {
	db := storetest.Open(t)
	if _, err := storetest.Fill(db, storetest.Synthetic{Sentences: 300, Documents: 2, Vocabulary: 200, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	read := func() []store.Sentence {
		var all []store.Sentence
		var ids []string
		if err := db.Words(func(w cards.Word) bool { ids = append(ids, w.ID()); return len(ids) < 20 }); err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			ss, err := db.Examples(id, 0)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, ss...)
		}
		return all
	}
	before := read()
	db.Release()
	if after := read(); len(before) == 0 || !reflect.DeepEqual(before, after) {
		t.Errorf("%d sentences read before Release, %d after, or they differ", len(before), len(after))
	}
}
