package export

import (
	"reflect"
	"testing"
	"time"

	"cika/cards"
	"cika/srs"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

// reviewLogs read a few reviews a transaction gives the logs it gives in
// one, reviews at the same instant included.
func TestReviewLogsInChunks(t *testing.T) {
	db := storetest.Open(t)
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	storetest.Mine(t, db, "a.tsv", "我们去银行。\tWe go to the bank.\n谢谢你。\tThank you.\n", t0)
	var words []cards.Word
	if err := db.Words(func(w cards.Word) bool { words = append(words, w); return true }); err != nil {
		t.Fatal(err)
	}
	reviews := 0
	for round := range 3 {
		at := t0.Add(time.Duration(round+1) * time.Hour) // every card answered at the same instant
		for _, w := range words {
			for _, kind := range []cards.Kind{cards.Recognition, cards.Recall} {
				k := store.CardKey{Word: w.ID(), Kind: kind}
				c, err := db.Card(k)
				if err != nil {
					continue // a word without cards
				}
				after := c.Card
				after.State, after.Stability, after.Difficulty, after.Reps = srs.Review, float64(round+1), 5, round+1
				after.LastReview, after.Due = at, at.Add(24*time.Hour)
				log := srs.ReviewLog{Time: at, Grade: srs.Good, Before: c.Card, After: after, Duration: time.Second}
				if _, err := db.Answer(k, after, log); err != nil {
					t.Fatal(err)
				}
				reviews++
			}
		}
	}
	ids := make([]string, len(words))
	for i := range words {
		ids[i] = words[i].ID()
	}
	whole, err := reviewLogs(db, ids)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, log := range whole {
		as, err := answers(log.b)
		if err != nil {
			t.Fatal(err)
		}
		if len(as) != log.n {
			t.Fatalf("a log of %d answers counted %d", len(as), log.n)
		}
		n += len(as)
	}
	if reviews < 6 || n != reviews {
		t.Fatalf("%d reviews in the logs, %d answered", n, reviews)
	}
	defer func(n int) { reviewsRead = n }(reviewsRead)
	for _, n := range []int{1, 2, 5} {
		reviewsRead = n
		got, err := reviewLogs(db, ids)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, whole) {
			t.Errorf("%d reviews a transaction: logs differ from one transaction's", n)
		}
	}
}
