package store_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

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
