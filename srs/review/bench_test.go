package review_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/cards/cputime"
	"cika/srs"
	"cika/srs/review"
	"cika/srs/store"
)

// Benchmarks on a 10,000-card collection (5,000 words, each in its own
// sentence), opened the way `cika review` opens it: store.Lazy, one open
// and close around each read or write.
//
//	go test ./srs/review -run '^$' -bench . -benchmem
//
// "mature": 80% of the cards are reviews (stability 1-100 days, due from 30
// days ago to 60 days ahead), 20% new. "new": all 10,000 cards new.

var (
	benchOnce  sync.Once
	benchPaths map[string]string
	benchErr   error
)

func benchCollections(b *testing.B) map[string]string {
	benchOnce.Do(func() {
		dir, err := mkdirTemp()
		if err != nil {
			benchErr = err
			return
		}
		benchPaths = map[string]string{}
		for _, kind := range []string{"new", "mature"} {
			path := filepath.Join(dir, kind+".db")
			if benchErr = buildCollection(path, kind == "mature"); benchErr != nil {
				return
			}
			benchPaths[kind] = path
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchPaths
}

// benchDir holds the benchmark collections; TestMain removes it.
var benchDir string

func mkdirTemp() (string, error) {
	var err error
	benchDir, err = os.MkdirTemp("", "cika-bench-")
	return benchDir, err
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

func buildCollection(path string, mature bool) error {
	const words = 5000
	var entries []cardstest.Entry
	var doc strings.Builder
	for i := range words {
		w := string(rune(0x4E00+2*i)) + string(rune(0x4E01+2*i))
		entries = append(entries, cardstest.Entry{Word: w, Reading: "zhi4 neng2", Senses: []string{fmt.Sprintf("meaning number %d", i)}})
		fmt.Fprintf(&doc, "我们的%s是超级好的东西。\tOur %d is a super good thing.\n", w, i)
	}
	pairs, d, err := corpus.Read("bench.tsv", strings.NewReader(doc.String()))
	if err != nil {
		return err
	}
	db, err := store.Open(path, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	mined := t0.Add(-90 * 24 * time.Hour)
	if _, err := db.MineDocument(d, cards.Mine(pairs, cardstest.New(entries...), nil), mined); err != nil {
		return err
	}
	if !mature {
		return nil
	}
	r := rand.New(rand.NewPCG(1, 2))
	var cs []store.Card
	err = db.DueCards(t0.Add(365*24*time.Hour), func(c store.Card) bool {
		if r.IntN(5) == 0 {
			return true // stays new
		}
		due := t0.Add(time.Duration(r.IntN(90*24)-30*24) * time.Hour)
		s := 1 + r.Float64()*99
		last := due.Add(-time.Duration(s*24) * time.Hour)
		c.Card = srs.Card{State: srs.Review, Stability: s, Difficulty: 1 + r.Float64()*9, Due: due,
			LastReview: last, ScheduledDays: int(s), Reps: 1 + r.IntN(10), Lapses: r.IntN(3)}
		cs = append(cs, c)
		return true
	})
	if err != nil {
		return err
	}
	return db.UpdateCards(cs)
}

func BenchmarkStart10k(b *testing.B) {
	for _, kind := range []string{"mature", "new"} {
		b.Run(kind, func(b *testing.B) {
			coll := store.Lazy{Path: benchCollections(b)[kind]}
			now := func() time.Time { return t0 }
			cpu0 := cputime.Used()
			b.ResetTimer()
			for range b.N {
				s, err := review.Start(coll, review.Options{Now: now})
				if err != nil {
					b.Fatal(err)
				}
				if s.Current() == nil {
					b.Fatal("no first card")
				}
			}
			b.ReportMetric(float64((cputime.Used()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkAnswer10k commits answers through store.Lazy (open, one Update
// with the card and its log entry, close) and shows the next card (open,
// read, close), and reports the 50th and 99th percentiles.
func BenchmarkAnswer10k(b *testing.B) {
	coll := store.Lazy{Path: benchCollections(b)["mature"]}
	clock := t0
	now := func() time.Time { return clock }
	lots := 1 << 20
	s, err := review.Start(coll, review.Options{Now: now, New: &lots, Reviews: &lots})
	if err != nil {
		b.Fatal(err)
	}
	lat := make([]time.Duration, 0, b.N)
	grades := []srs.Grade{srs.Good, srs.Good, srs.Again, srs.Easy, srs.Hard}
	b.ResetTimer()
	for i := range b.N {
		if s.Current() == nil {
			b.StopTimer()
			clock = clock.Add(24 * time.Hour)
			if s, err = review.Start(coll, review.Options{Now: now, New: &lots, Reviews: &lots}); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
		clock = clock.Add(3 * time.Second)
		start := time.Now()
		if err := s.Answer(grades[i%len(grades)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
