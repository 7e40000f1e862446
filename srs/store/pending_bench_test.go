package store_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/srs/store"
)

// BenchmarkIndexSentences stores the word index entries of a pending
// document as `cika mine` does at the end: 2,000 words in word order, 64
// sentences each (128k entries, one Update).
func BenchmarkIndexSentences(b *testing.B) {
	var words []string
	var pos [][]uint32
	for i := range 2000 {
		words = append(words, fmt.Sprintf("词%05d|ci%d", i, i%4+1))
		var ps []uint32
		for j := range 64 {
			ps = append(ps, uint32(j*97+i%97))
		}
		pos = append(pos, ps)
	}
	slices.Sort(words)
	for b.Loop() {
		b.StopTimer()
		// (Not storetest.Open: its check would find the entries dangling,
		// as they are: the benchmark stores no sentences.)
		db, err := store.Open(filepath.Join(b.TempDir(), "c.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		seq, err := db.BeginDocument("bench", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := db.IndexSentences(seq, words, pos); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
}

// BenchmarkAddSentences stores batches of 10,000 analysed Tatoeba-sized
// sentences (15 tokens) of a pending document, as `cika mine` does for
// each batch: ns/op is per batch, see sentences/s.
func BenchmarkAddSentences(b *testing.B) {
	const batch = 10000
	parts := make([]cards.Part, 15)
	for i := range parts {
		parts[i] = cards.Part{Text: "银行", Word: "银行", Reading: "yin2 hang2", Gloss: "bank; (financial institution)"}
	}
	ss := make([]cards.Sentence, batch)
	for i := range ss {
		ss[i].ZH = strings.Repeat("银行", len(parts)) // the parts give it back, as from the analysis
		ss[i].EN = "There are many hard problems in machine learning we did not look at."
		ss[i].Line = i + 1
		ss[i].Attribution = "tatoeba.org #589017 & #589018"
		ss[i].Parts = parts
	}
	db, err := store.Open(filepath.Join(b.TempDir(), "c.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	seq, err := db.BeginDocument("bench", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i := range ss {
			ss[i].Pos = n + i
		}
		if err := db.AddSentences(seq, ss); err != nil {
			b.Fatal(err)
		}
		n += batch
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
