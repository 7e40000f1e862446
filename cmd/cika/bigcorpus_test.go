package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/cards/dict"
	"cika/cards/zh"
	"cika/seeds"
	"cika/srs/mine"
)

// A generated Tatoeba-like corpus, for measuring `cika mine` on a million
// pairs without keeping one in git:
//
//	go test ./cmd/cika -run TestWriteBigCorpus -bigcorpus /tmp/big.tsv -bigpairs 1000000
//	go build -o /tmp/cika ./cmd/cika
//	/usr/bin/time -v /tmp/cika --db /tmp/big.db mine /tmp/big.tsv
var (
	bigCorpus = flag.String("bigcorpus", "", "TestWriteBigCorpus writes a generated corpus to this file")
	bigPairs  = flag.Int("bigpairs", 1000000, "pairs TestWriteBigCorpus writes")
	// fastAnalyzer swaps zh for a longest-match analyzer over the same
	// dictionary words, to measure reading and storing without the
	// Chinese analysis.
	fastAnalyzer = flag.Bool("fastanalyzer", false, "BenchmarkMineBig: analyse by longest match (cardstest) instead of zh")
)

func TestWriteBigCorpus(t *testing.T) {
	if *bigCorpus == "" {
		t.Skip("give -bigcorpus FILE")
	}
	f, err := os.Create(*bigCorpus)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeBigCorpus(f, *bigPairs, 1); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

var clauseEnd = regexp.MustCompile(`[^，。？！；]+[，。？！；]?`)
var enClauseEnd = regexp.MustCompile(`[^,.?!;]+[,.?!;]?`)

// writeBigCorpus writes n pairs in Tatoeba's id<TAB>text<TAB>id<TAB>text
// layout: short sentences made of a clause of the seed podcast (Chinese and
// English from the same pair) and, in two pairs out of three, a CC-CEDICT
// word drawn by a Zipf law over the dictionary, so that the vocabulary grows
// with the corpus as a real one does (≈ 60k distinct words in a million
// pairs). The same n and seed give the same bytes.
func writeBigCorpus(w io.Writer, n int, seed uint64) error {
	raw, err := fsReadSeed()
	if err != nil {
		return err
	}
	pairs, _, err := corpus.Read(seeds.Default, bytes.NewReader(raw))
	if err != nil {
		return err
	}
	type clause struct{ zh, en string }
	var clauses []clause
	for _, p := range pairs {
		zs := clauseEnd.FindAllString(p.ZH, -1)
		es := enClauseEnd.FindAllString(p.EN, -1)
		for i := 0; i < len(zs) && i < len(es); i++ {
			z, e := strings.TrimSpace(zs[i]), strings.TrimSpace(es[i])
			if z != "" && e != "" && anyHan(z) {
				clauses = append(clauses, clause{z, e})
			}
		}
	}
	d, err := dict.Load()
	if err != nil {
		return err
	}
	var words []*dict.Entry
	for i := range d.Entries {
		e := &d.Entries[i]
		if r := []rune(e.Simp); len(r) <= 4 && anyHan(e.Simp) && e.Pinyin != "" && unicode.IsLower(rune(e.Pinyin[0])) {
			words = append(words, e)
		}
	}
	r := rand.New(rand.NewPCG(seed, 11))
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	zipf := rand.NewZipf(rand.New(rand.NewPCG(seed, 12)), 1.1, 8, uint64(len(words)-1))
	bw := bufio.NewWriterSize(w, 1<<20)
	for i := 0; i < n; i++ {
		c := clauses[r.IntN(len(clauses))]
		zh, en := strings.TrimRight(c.zh, "，；"), strings.TrimRight(c.en, ",;")
		if r.IntN(3) != 0 {
			e := words[zipf.Uint64()]
			zh = strings.TrimRight(zh, "。？！") + "，" + e.Simp + "。"
			en = strings.TrimRight(en, ".?!") + ", " + e.Pinyin + "."
		}
		fmt.Fprintf(bw, "%d\t%s\t%d\t%s\n", 2*i+1, zh, 2*i+2, en)
	}
	return bw.Flush()
}

func anyHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// BenchmarkMineBig mines a generated corpus of -bigpairs pairs (default
// here: set -bigpairs 200000 for a profile) into a new collection, the
// dictionary loaded before the timer:
//
//	go test ./cmd/cika -run XXX -bench MineBig -bigpairs 200000 -benchtime 1x -cpuprofile /tmp/cpu.out
func BenchmarkMineBig(b *testing.B) {
	var a cards.Analyzer
	var err error
	if *fastAnalyzer {
		a, err = dictAnalyzer()
	} else {
		a, err = zh.Load()
	}
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	file := filepath.Join(dir, "big.tsv")
	f, _ := os.Create(file)
	if err := writeBigCorpus(f, *bigPairs, 1); err != nil {
		b.Fatal(err)
	}
	f.Close()
	for i := 0; b.Loop(); i++ {
		path := filepath.Join(dir, fmt.Sprintf("c%d.db", i))
		ins, _, err := mine.Plan([]string{file}, "", nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		m := &mine.Miner{Path: path, Load: func() (cards.Analyzer, error) { return a, nil }, Now: time.Now()}
		rep, err := m.Mine(ins)
		if err != nil || rep.Documents[0].Error != "" {
			b.Fatal(rep, err)
		}
		b.ReportMetric(float64(rep.Documents[0].Pairs)/b.Elapsed().Seconds(), "pairs/s")
	}
}

// dictAnalyzer is a cardstest longest-match analyzer over CC-CEDICT's
// common words (first sense as gloss).
func dictAnalyzer() (cards.Analyzer, error) {
	d, err := dict.Load()
	if err != nil {
		return nil, err
	}
	var es []cardstest.Entry
	seen := map[string]bool{}
	for i := range d.Entries {
		e := &d.Entries[i]
		if seen[e.Simp] || !anyHan(e.Simp) || len([]rune(e.Simp)) > 4 {
			continue
		}
		seen[e.Simp] = true
		es = append(es, cardstest.Entry{Word: e.Simp, Reading: e.Pinyin, Senses: []string{e.Pinyin}})
	}
	return cardstest.New(es...), nil
}
