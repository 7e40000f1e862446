package review_test

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"cika/srs"
	"cika/srs/review"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

var reviewsDB = flag.String("reviews", "", "write (or reuse) the 100k-review collection at this file (TestWriteReviews, BenchmarkStats100k)")

// statsNow is the clock of the 100k-review collection: a year of reviews
// ends here.
var statsNow = time.Date(2027, 1, 1, 9, 0, 0, 0, time.UTC)

// TestWriteReviews writes the 100k-review collection where -reviews says, to
// time `cika stats` on it:
//
//	go test ./srs/review -run TestWriteReviews -reviews /tmp/r100k.db -timeout 10m
//	go build -o /tmp/cika ./cmd/cika
//	time CIKA_NOW=2027-01-01T09:00:00Z /tmp/cika --db /tmp/r100k.db stats >/dev/null
func TestWriteReviews(t *testing.T) {
	if *reviewsDB == "" {
		t.Skip("no -reviews FILE")
	}
	os.Remove(*reviewsDB)
	if err := buildReviews(*reviewsDB); err != nil {
		t.Fatal(err)
	}
}

// buildReviews makes a collection of 100,000 sentences over a 30,000-word
// vocabulary (storetest.Synthetic) and gives 12,000 of its cards a year of
// FSRS reviews, 100,000 in all (Again 10%, Hard 5%, Easy 10%, else Good),
// stored with AnswerAll.
func buildReviews(path string) error {
	db, err := store.Open(path, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := storetest.Fill(db, storetest.Synthetic{Sentences: 100_000, Documents: 20, Vocabulary: 30_000, Seed: 1}); err != nil {
		return err
	}
	var keys []store.CardKey
	if err := db.DueCards(statsNow.AddDate(10, 0, 0), func(c store.Card) bool {
		keys = append(keys, c.Key())
		return true
	}); err != nil {
		return err
	}
	sched, err := srs.NewScheduler(srs.DefaultParameters(), srs.RolloverDay(time.UTC, 4))
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(7, 8))
	r.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	const total, cardsReviewed = 100_000, 12_000
	var batch []store.Answered
	states := map[store.CardKey]srs.Card{} // the cards answered, as after their last answer
	done, lastRound := 0, -1
	for i := 0; done < total; i = (i + 1) % cardsReviewed {
		if i == 0 {
			if done == lastRound {
				return fmt.Errorf("only %d reviews fit before %s", done, statsNow)
			}
			lastRound = done
		}
		k := keys[i]
		card, seen := states[k]
		t := statsNow.AddDate(-1, 0, 0).Add(time.Duration(r.IntN(300*24)) * time.Hour)
		if seen {
			t = card.Due.Add(time.Duration(r.IntN(48)) * time.Hour)
		} else {
			c, err := db.Card(k)
			if err != nil {
				return err
			}
			card = c.Card
			card.Seed = srs.SeedOf(k.String())
		}
		if !t.Before(statsNow) {
			continue
		}
		for n := 0; n < 12 && t.Before(statsNow) && done < total; n++ {
			g := srs.Good
			switch x := r.IntN(100); {
			case x < 10:
				g = srs.Again
			case x < 15:
				g = srs.Hard
			case x < 25:
				g = srs.Easy
			}
			after, log := sched.Schedule(card, g, t)
			log.Duration = time.Duration(3+r.IntN(10)) * time.Second
			batch = append(batch, store.Answered{Card: k, After: after, Log: log})
			done++
			card = after
			t = after.Due.Add(time.Duration(r.IntN(12*60)) * time.Minute)
		}
		states[k] = card
		if len(batch) >= 20_000 || done == total {
			if err := db.AnswerAll(batch); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return nil
}

// BenchmarkStats100k times the figures of `cika stats` (one Overview read
// and the day bucketing) on the 100k-review collection, built once (about a
// minute) unless -reviews names one already written:
//
//	go test ./srs/review -run '^$' -bench Stats100k -benchmem -reviews /tmp/r100k.db -timeout 10m
func BenchmarkStats100k(b *testing.B) {
	path := *reviewsDB
	if path == "" {
		path = filepath.Join(b.TempDir(), "r100k.db")
	}
	if _, err := os.Stat(path); err != nil {
		if err := buildReviews(path); err != nil {
			b.Fatal(err)
		}
	}
	db, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	opt := review.Options{Now: func() time.Time { return statsNow }}
	st, err := review.ComputeStats(db, opt)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(st.Collection.Reviews), "reviews")
	b.ReportMetric(float64(st.Collection.Cards), "cards")
	for b.Loop() {
		if _, err := review.ComputeStats(db, opt); err != nil {
			b.Fatal(err)
		}
	}
}
