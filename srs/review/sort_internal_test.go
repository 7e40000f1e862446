package review

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"cika/srs/store"
)

// sortReviews puts the least retrievable first, then the earliest due, and
// keeps ties (equal retrievability and due time) in the queue's order.
func TestSortReviews(t *testing.T) {
	now := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 50, 1000} {
		rs := make([]dueReview, n)
		for i := range rs {
			// Few distinct values, so that ties are common.
			rs[i] = dueReview{key: store.CardKey{Word: fmt.Sprint("w", i)},
				due: now.Add(-time.Duration(r.IntN(4)) * time.Hour), r: float64(r.IntN(5)) / 4}
		}
		// The expected order, by an index sort with the queue position as
		// the last key.
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.Slice(idx, func(a, b int) bool {
			x, y := &rs[idx[a]], &rs[idx[b]]
			if x.r != y.r {
				return x.r < y.r
			}
			if !x.due.Equal(y.due) {
				return x.due.Before(y.due)
			}
			return idx[a] < idx[b]
		})
		want := make([]dueReview, n)
		for i, j := range idx {
			want[i] = rs[j]
		}
		sortReviews(rs)
		for i := range rs {
			if rs[i].key != want[i].key {
				t.Errorf("%d reviews: place %d holds %s, want %s", n, i, rs[i].key, want[i].key)
				break
			}
		}
	}
}
