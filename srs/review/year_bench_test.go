package review_test

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"cika/cards/cputime"
	"cika/srs"
	"cika/srs/review"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

// Benchmarks on the collection of a learner a year in (storetest.WriteYear:
// 140,000 cards, 240,000 reviews), what `cika due`, `cika words --next`,
// `cika stats` and `cika review` do in process:
//
//	go test ./srs/review -run '^$' -bench Year -benchtime 20x -timeout 30m
//
// The collection is built once (about a minute), or reused with
// -year FILE (written by `go test ./srs/store -run TestWriteYear -year FILE`).
// yearNow is the day after its year of study.

var yearFile = flag.String("year", "", "the year collection to reuse (storetest.WriteYear)")

var (
	yearOnce sync.Once
	yearPath string
	yearNow  time.Time
	yearErr  error
)

func yearCollection(b *testing.B) string {
	b.Helper()
	yearOnce.Do(func() {
		if *yearFile != "" {
			yearPath = *yearFile
			fi, err := os.Stat(yearPath)
			if yearErr = err; err == nil {
				yearNow = fi.ModTime() // studied up to the day before it was written
			}
			return
		}
		dir, err := mkdirTemp()
		if err != nil {
			yearErr = err
			return
		}
		yearPath = filepath.Join(dir, "year.db")
		yearNow = time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
		yearErr = storetest.WriteYear(yearPath, yearNow)
	})
	if yearErr != nil {
		b.Fatal(yearErr)
	}
	return yearPath
}

func yearOptions() review.Options {
	return review.Options{Now: func() time.Time { return yearNow }}
}

// BenchmarkYearStart: the queue read and the first card shown, as `cika
// review` does through store.Lazy.
func BenchmarkYearStart(b *testing.B) {
	coll := store.Lazy{Path: yearCollection(b)}
	cpu0 := cputime.Used()
	b.ResetTimer()
	for b.Loop() {
		s, err := review.Start(coll, yearOptions())
		if err != nil || s.Current() == nil {
			b.Fatal("no first card", err)
		}
	}
	b.ReportMetric(float64((cputime.Used()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkYearCount is `cika due`.
func BenchmarkYearCount(b *testing.B) {
	db := openYear(b)
	for b.Loop() {
		d, err := review.Count(db, yearOptions())
		if err != nil || d.NewTotal == 0 {
			b.Fatal(d, err)
		}
	}
}

// BenchmarkYearNext is `cika words --next 20`.
func BenchmarkYearNext(b *testing.B) {
	db := openYear(b)
	for b.Loop() {
		if next, err := review.Next(db, 20, yearOptions()); err != nil || len(next) != 20 {
			b.Fatal(len(next), err)
		}
	}
}

// BenchmarkYearStats is `cika stats`.
func BenchmarkYearStats(b *testing.B) {
	db := openYear(b)
	for b.Loop() {
		if _, err := review.ComputeStats(db, yearOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

func openYear(b *testing.B) *store.DB {
	b.Helper()
	db, err := store.Open(yearCollection(b), &store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkYearAnswer commits answers on a copy of the year collection
// through store.Lazy (open, one Update with the card, its log entry and
// the indexes, fsync, close) and shows the next card, and reports the
// 50th and 99th percentiles.
func BenchmarkYearAnswer(b *testing.B) {
	src := yearCollection(b)
	path := filepath.Join(b.TempDir(), "year.db")
	if err := copyFile(path, src); err != nil {
		b.Fatal(err)
	}
	coll := store.Lazy{Path: path}
	clock := yearNow
	now := func() time.Time { return clock }
	lots := 1 << 20
	s, err := review.Start(coll, review.Options{Now: now, New: &lots, Reviews: &lots})
	if err != nil {
		b.Fatal(err)
	}
	lat := make([]time.Duration, 0, b.N)
	grades := []srs.Grade{srs.Good, srs.Good, srs.Again, srs.Easy, srs.Hard}
	cpu0 := cputime.Used()
	b.ResetTimer()
	for i := range b.N {
		clock = clock.Add(3 * time.Second)
		start := time.Now()
		if err := s.Answer(grades[i%len(grades)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		if s.Current() == nil {
			b.Fatal("ran out of cards")
		}
	}
	b.StopTimer()
	b.ReportMetric(float64((cputime.Used()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// BenchmarkYearCommit is an answer committed and nothing else, what `cika
// review` waits for before it shows the next card: the collection opened
// for writing through store.Lazy, one Update with the card, its log entry
// and every index (bbolt writes the pages, fdatasync, writes the meta
// page, fdatasync), closed. Due cards of the year collection's copy are
// answered Good in turn; the 50th and 99th percentiles are reported with
// the CPU time.
func BenchmarkYearCommit(b *testing.B) {
	src := yearCollection(b)
	path := filepath.Join(b.TempDir(), "year.db")
	if err := copyFile(path, src); err != nil {
		b.Fatal(err)
	}
	coll := store.Lazy{Path: path}
	day, err := coll.ReviewDay(yearNow.AddDate(0, 0, 30), yearNow, yearNow, 0, nil)
	if err != nil {
		b.Fatal(err)
	}
	sched, err := srs.NewScheduler(srs.DefaultParameters(), srs.RolloverDay(time.UTC, 4))
	if err != nil {
		b.Fatal(err)
	}
	lat := make([]time.Duration, 0, b.N)
	cpu0 := cputime.Used()
	b.ResetTimer()
	for i := range b.N {
		c := day.Due[i%len(day.Due)]
		at := yearNow.Add(time.Duration(i) * time.Second)
		after, log := sched.Schedule(c.Card, srs.Good, at)
		start := time.Now()
		if _, err := coll.Answer(c.Key(), after, log); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	b.ReportMetric(float64((cputime.Used()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
