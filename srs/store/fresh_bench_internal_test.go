package store

import (
	"math/rand/v2"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/dict"
)

// benchFresh is 60,000 words with CC-CEDICT's senses and Zipf-like counts,
// about what a million pairs bring new to a collection, as the commit
// builds their entries (freshWords).
func benchFresh(b *testing.B) *freshWords {
	d, err := dict.Load()
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	var ws []*cards.Word
	for i := 0; i < len(d.Entries) && len(ws) < 60000; i += 2 {
		e := &d.Entries[i]
		if ss := e.Senses(); len(ss) > 0 {
			w := &cards.Word{Word: e.Simp, Trad: e.Trad, Reading: e.Pinyin, Gloss: ss[0], Senses: ss,
				Count: 1 + int(1000/(1+r.Float64()*1000))}
			if w.Trad == w.Word {
				w.Trad = ""
			}
			ws = append(ws, w)
		}
	}
	ids := byID(ws)
	fw := &freshWords{ws: ids, ids: make([][]byte, len(ids)), info: make([]wordInfo, len(ids)), now: time.Now().UTC()}
	for i, wi := range ids {
		fw.ids[i] = []byte(wi.id)
		fw.info[i] = wordInfo{count: wi.w.Count, useful: cards.Usefulness(wi.w.Word, wi.w.Count)}
	}
	return fw
}

// BenchmarkBuildFresh builds each of freshIndexes for 60,000 new words in
// key order, as buildFresh does while the commit waits for it: the
// commit of a million pairs, the tail of its mine.
func BenchmarkBuildFresh(b *testing.B) {
	fw := benchFresh(b)
	for _, idx := range freshIndexes {
		b.Run(string(idx.name), func(b *testing.B) {
			for b.Loop() {
				idx.entries(fw)
			}
		})
	}
}
