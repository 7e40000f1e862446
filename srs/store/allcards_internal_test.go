package store

import (
	"reflect"
	"testing"
)

// AllCards in transactions of a few cards gives every card once, in order,
// as in one.
func TestAllCardsInChunks(t *testing.T) {
	db, _ := postingsDB(t)
	read := func() []Card {
		var all []Card
		if err := db.AllCards(func(c Card) error { all = append(all, c); return nil }); err != nil {
			t.Fatal(err)
		}
		return all
	}
	whole := read()
	defer func(n int) { allCardsRead = n }(allCardsRead)
	for _, n := range []int{1, 2, 3, len(whole), len(whole) + 1} {
		allCardsRead = n
		if got := read(); len(whole) < 4 || !reflect.DeepEqual(got, whole) {
			t.Errorf("%d cards a transaction: %d cards, want the %d of one", n, len(got), len(whole))
		}
	}
}
