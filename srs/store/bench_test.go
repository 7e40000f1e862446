package store_test

import (
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/pinyin"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

var synthetic = flag.String("synthetic", "", "write a synthetic 100k-sentence collection to this file (TestWriteSynthetic)")

// big100k is the benchmark collection: 100,000 sentences in 20 documents
// over a 30,000-word vocabulary.
var big100k = storetest.Synthetic{Sentences: 100_000, Documents: 20, Vocabulary: 30_000, Seed: 1}

// TestWriteSynthetic writes the benchmark collection where -synthetic says,
// to time the commands on it:
//
//	go test ./srs/store -run TestWriteSynthetic -synthetic /tmp/c100k.db
//	go build -o /tmp/cika ./cmd/cika && time /tmp/cika --db /tmp/c100k.db words >/dev/null
func TestWriteSynthetic(t *testing.T) {
	if *synthetic == "" {
		t.Skip("no -synthetic FILE")
	}
	os.Remove(*synthetic)
	db, err := store.Open(*synthetic, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	vocab, err := storetest.Fill(db, big100k)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := db.Stats()
	t.Logf("%s: %+v; frequent words: %s %s %s", *synthetic, st, vocab[2].Word, vocab[3].Word, vocab[100].Word)
}

var (
	benchOnce  sync.Once
	benchPath  string
	benchVocab []cardstest.Entry
	benchErr   error
)

// benchDB opens the 100k collection, building it once per run (≈ half a
// minute) in a temporary directory.
func benchDB(b *testing.B) (*store.DB, []cardstest.Entry) {
	b.Helper()
	benchOnce.Do(func() {
		if *synthetic != "" {
			// Reuse a collection written by TestWriteSynthetic.
			if _, err := os.Stat(*synthetic); err == nil {
				benchPath = *synthetic
				benchVocab = storetest.SyntheticVocabulary(big100k)
				return
			}
		}
		dir, err := os.MkdirTemp("", "cika-bench-")
		if err != nil {
			benchErr = err
			return
		}
		benchPath = filepath.Join(dir, "c100k.db")
		db, err := store.Open(benchPath, nil)
		if err != nil {
			benchErr = err
			return
		}
		benchVocab, benchErr = storetest.Fill(db, big100k)
		db.Close()
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	db, err := store.Open(benchPath, &store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db, benchVocab
}

// BenchmarkOpen is what every command pays first.
func BenchmarkOpen(b *testing.B) {
	db, _ := benchDB(b)
	path := db.Path()
	b.ResetTimer()
	for b.Loop() {
		d, err := store.Open(path, &store.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		d.Close()
	}
}

// BenchmarkLookup100k: a lookup as `cika lookup` does it (matches, then 5
// sentences of the best), on a frequent word.
func BenchmarkLookup100k(b *testing.B) {
	db, vocab := benchDB(b)
	w := vocab[3]
	q, _ := pinyin.ParseQuery(w.Reading)
	for _, bc := range []struct {
		name string
		find func() ([]store.Match, error)
	}{
		{"hanzi", func() ([]store.Match, error) { return db.LookupHanzi(w.Word) }},
		{"pinyin", func() ([]store.Match, error) { return db.LookupPinyin(q) }},
		{"english", func() ([]store.Match, error) { return db.LookupEnglish(w.Senses[0]) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				ms, err := bc.find()
				if err != nil || len(ms) == 0 {
					b.Fatalf("%d matches, %v", len(ms), err)
				}
				if _, err := db.Examples(ms[0].ID(), 5); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWords100k decodes every word, as `cika words` does.
func BenchmarkWords100k(b *testing.B) {
	db, _ := benchDB(b)
	for b.Loop() {
		n := 0
		if err := db.Words(func(cards.Word) bool { n++; return true }); err != nil || n == 0 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkMineSeedSized mines 452 pairs (the seed's size) with the test
// analyzer: the store's share of `cika mine`.
func BenchmarkMineStore(b *testing.B) {
	var text []byte
	for i := 0; i < 452; i++ {
		text = append(text, "我们是银行的智能公司，谢谢你。\tWe are the bank's smart company, thank you.\n"...)
	}
	for b.Loop() {
		b.StopTimer()
		db := storetest.Open(b)
		b.StartTimer()
		mineText(b, db, string(text))
	}
}

var yearFile = flag.String("year", "", "write the year collection (storetest.WriteYear) to this file")

// TestWriteYear writes the year collection where -year says, studied up to
// today, to time the commands on it (about two minutes):
//
//	go test ./srs/store -run TestWriteYear -year /tmp/year.db -timeout 30m
//	go build -o /tmp/cika ./cmd/cika && time /tmp/cika --db /tmp/year.db due
func TestWriteYear(t *testing.T) {
	if *yearFile == "" {
		t.Skip("no -year FILE")
	}
	os.Remove(*yearFile)
	if err := storetest.WriteYear(*yearFile, time.Now()); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(*yearFile, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, _ := db.Stats()
	t.Logf("%s: %+v", *yearFile, st)
}
