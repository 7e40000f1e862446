package store_test

import (
	"reflect"
	"testing"
	"time"

	"cika/cards"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

// TestAllCards: every word's cards, as Cards gives them, each card once.
func TestAllCards(t *testing.T) {
	db := storetest.Open(t)
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	storetest.Mine(t, db, "a.tsv", "我们去银行。\tWe go to the bank.\n银行是公司。\tThe bank is a company.\n", t0)
	storetest.Mine(t, db, "b.tsv", "谢谢你。\tThank you.\n", t0.Add(time.Hour))
	var all []store.Card
	if err := db.AllCards(func(c store.Card) error { all = append(all, c); return nil }); err != nil {
		t.Fatal(err)
	}
	var want []store.Card
	var words []string
	err := db.Words(func(w cards.Word) bool {
		if w.Taught() {
			words = append(words, w.ID())
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range words {
		cs, err := db.Cards(id)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, cs...)
	}
	if len(all) == 0 || len(all) != len(want) {
		t.Fatalf("AllCards gave %d cards, Cards %d", len(all), len(want))
	}
	// In key order: by word ID; Words gives them in the same order.
	if !reflect.DeepEqual(all, want) {
		t.Errorf("AllCards:\n%v\nwant\n%v", all, want)
	}
}
