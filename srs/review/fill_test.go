package review_test

import (
	"testing"
	"time"

	"cika/cards"
	"cika/srs"
	"cika/srs/review"
	"cika/srs/store/storetest"
)

// A session reads the new queue a page at a time (fillNew), setting aside
// the words of the reviews ahead; its counts are those of the whole queue
// read, card after card. The most useful words have a review due and
// their other card new, so that the first pages hold few words a new card
// may be introduced for.
func TestFillNewCounts(t *testing.T) {
	day := 24 * time.Hour
	for _, tc := range []struct{ news, reviews int }{{12, 200}, {3, 200}} {
		db := storetest.Open(t)
		mineN(t, db, 80, t0.Add(-30*day))
		for i := range 50 {
			setReview(t, db, key(i, cards.Recognition), float64(1+i%7), t0.Add(-10*day), t0.Add(-time.Duration(1+i%3)*day))
		}
		c := &clock{t0}
		s := start(t, db, review.Options{Now: c.now, New: intp(tc.news), Reviews: intp(tc.reviews)})
		grades := []srs.Grade{srs.Good, srs.Again, srs.Easy, srs.Hard}
		for i := 0; s.Current() != nil && i < 200; i++ {
			want, err := review.CountsAllNew(s)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Counts(); got != want {
				t.Fatalf("new %d, reviews %d, card %d (%s): counts %+v, with the whole queue read %+v",
					tc.news, tc.reviews, i, s.Current().Key(), got, want)
			}
			answer(t, s, c, grades[i%len(grades)])
		}
	}
}
