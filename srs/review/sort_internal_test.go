package review

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"cika/srs"
	"cika/srs/store"
)

// sortReviews moves the cards into place along the cycles of their order;
// it gives what a stable sort of copies gives, ties (equal retrievability
// and due time) kept in their first order.
func TestSortReviews(t *testing.T) {
	sched, err := srs.NewScheduler(srs.DefaultParameters(), srs.RolloverDay(time.UTC, 4))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	s := &Session{sched: sched, start: now}
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 50, 1000} {
		cs := make([]store.Card, n)
		for i := range cs {
			c := &cs[i]
			c.Word = fmt.Sprint("w", i)
			c.State = srs.Review
			// Few distinct values, so that ties are common.
			c.Stability = float64(1 + r.IntN(5))
			c.LastReview = now.AddDate(0, 0, -r.IntN(10))
			c.Due = now.Add(-time.Duration(r.IntN(4)) * time.Hour)
		}
		want := slices.Clone(cs)
		slices.SortStableFunc(want, func(a, b store.Card) int {
			return cmp.Or(cmp.Compare(sched.Retrievability(a.Card, now), sched.Retrievability(b.Card, now)),
				a.Due.Compare(b.Due))
		})
		s.sortReviews(cs)
		if !reflect.DeepEqual(cs, want) {
			t.Errorf("%d cards: order differs from a stable sort", n)
		}
	}
}
