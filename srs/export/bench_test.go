package export_test

import (
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"cika/srs/export"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

// A collection of about 10,000 words for the benchmarks: 20,000 sentences
// over a 12,000-word vocabulary. Measure the whole command on bigger ones
// made by TestWriteCollection:
//
//	go test ./srs/export -run TestWriteCollection -collection /tmp/c60k.db -sentences 100000 -vocabulary 70000
//	go build -o /tmp/cika ./cmd/cika
//	/usr/bin/time -f "%e s %M KB" /tmp/cika --db /tmp/c60k.db export anki /tmp/c60k.apkg
var (
	collection = flag.String("collection", "", "TestWriteCollection writes a synthetic collection to this file")
	sentences  = flag.Int("sentences", 20_000, "sentences of TestWriteCollection's collection")
	vocabulary = flag.Int("vocabulary", 12_000, "vocabulary TestWriteCollection's sentences draw from")
)

func TestWriteCollection(t *testing.T) {
	if *collection == "" {
		t.Skip("give -collection FILE")
	}
	os.Remove(*collection)
	db, err := store.Open(*collection, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := storetest.Synthetic{Sentences: *sentences, Documents: max(1, *sentences/5000), Vocabulary: *vocabulary, Seed: 1}
	if _, err := storetest.Fill(db, s); err != nil {
		t.Fatal(err)
	}
	st, _ := db.Stats()
	t.Logf("%s: %+v", *collection, st)
}

var (
	benchOnce sync.Once
	benchPath string
	benchErr  error
)

// benchDB opens the 10k-word collection, built once per run in a temporary
// directory.
func benchDB(b *testing.B) *store.DB {
	b.Helper()
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "cika-export-bench-")
		if err != nil {
			benchErr = err
			return
		}
		benchPath = filepath.Join(dir, "c.db")
		db, err := store.Open(benchPath, nil)
		if err != nil {
			benchErr = err
			return
		}
		defer db.Close()
		_, benchErr = storetest.Fill(db, storetest.Synthetic{Sentences: 20_000, Documents: 4, Vocabulary: 12_000, Seed: 1})
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	db, err := store.Open(benchPath, &store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkRead reads every note of the collection: the example sentences
// chosen, the cards.
func BenchmarkRead(b *testing.B) {
	db := benchDB(b)
	var notes int
	for b.Loop() {
		x, err := export.Read(db, export.Options{})
		if err != nil {
			b.Fatal(err)
		}
		notes = x.Summary().Notes
		x.Close()
	}
	b.ReportMetric(float64(notes), "notes")
}

// BenchmarkAPKG is the whole export: read, then write the package.
func BenchmarkAPKG(b *testing.B) {
	db := benchDB(b)
	out := filepath.Join(b.TempDir(), "out.apkg")
	now := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
	for b.Loop() {
		x, err := export.Read(db, export.Options{WithProgress: true})
		if err != nil {
			b.Fatal(err)
		}
		if err := x.WriteAPKG(out, "", now); err != nil {
			b.Fatal(err)
		}
		x.Close()
	}
}
