package store

import (
	"cmp"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
)

// BenchmarkWalkStages reads the staged sentence index of a pending
// document of 100 batches of 2,500 sentences (20 characters of 400 and
// 10 English words of 2,000 each, drawn at random) term by term, as
// MergeSentenceTerms does at the end of mining: a merge of the batches,
// each read in term order. ns/op is one walk; see entries/s.
func BenchmarkWalkStages(b *testing.B) {
	const batches, batch = 100, 2500
	r := rand.New(rand.NewPCG(1, 2))
	hanzi := []rune("的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知全情常")[:100]
	for len(hanzi) < 400 {
		hanzi = append(hanzi, rune(0x4E00+len(hanzi)*37))
	}
	words := make([]string, 2000)
	for i := range words {
		var w []byte
		for range 3 + r.IntN(6) {
			w = append(w, byte('a'+r.IntN(26)))
		}
		words[i] = string(w)
	}
	db, err := Open(filepath.Join(b.TempDir(), "c.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	seq, err := db.BeginDocument("bench", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		b.Fatal(err)
	}
	ss := make([]cards.Sentence, batch)
	for k := range batches {
		for i := range ss {
			var zh strings.Builder
			var parts []cards.Part
			for range 20 {
				c := string(hanzi[r.IntN(len(hanzi))])
				zh.WriteString(c)
				parts = append(parts, cards.Part{Text: c, Word: c, Reading: "a1", Gloss: "a"})
			}
			en := make([]string, 10)
			for j := range en {
				en[j] = words[r.IntN(len(words))]
			}
			ss[i] = cards.Sentence{Parts: parts}
			ss[i].ZH, ss[i].EN, ss[i].Pos, ss[i].Line = zh.String(), strings.Join(en, " "), k*batch+i, k*batch+i+1
		}
		if err := db.AddSentences(seq, ss); err != nil {
			b.Fatal(err)
		}
	}
	n := 0
	for b.Loop() {
		err := db.bolt.View(func(tx *bolt.Tx) error {
			return walkStages(tx, []uint32{seq}, nil, func(term []byte, _ uint32, pos []uint32) (bool, error) {
				n += len(pos)
				return true, nil
			})
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "positions/s")
}

// runBefore orders runs as their terms, documents and batches compare,
// its prefixes of 8 bytes notwithstanding: terms shorter and longer than
// 8 bytes, one the start of another, the same up to the 8th byte and
// after, with zero bytes, and the same term in other documents and
// batches.
func TestRunBefore(t *testing.T) {
	terms := []string{"", "a", "ab", "ab\x00", "ab\x00c", "abcdefgh", "abcdefghi", "abcdefgi", "abcdefgh\x00", "银行", "银行们", "银", "bank", "banks", "\xff\xff\xff\xff\xff\xff\xff\xff\xff"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = "ab\x00\xff"[r.IntN(4)]
		}
		terms = append(terms, string(b))
	}
	var runs []*stageRun
	for _, term := range terms {
		for _, seq := range []uint32{1, 2} {
			for _, first := range []uint32{0, 2500} {
				runs = append(runs, &stageRun{seq: seq, first: first, e: batchEntries{term: []byte(term)}, prefix: termPrefix([]byte(term))})
			}
		}
	}
	want := func(a, b *stageRun) bool {
		if c := strings.Compare(string(a.e.term), string(b.e.term)); c != 0 {
			return c < 0
		}
		if a.seq != b.seq {
			return a.seq < b.seq
		}
		return a.first < b.first
	}
	for range 200000 {
		a, b := runs[r.IntN(len(runs))], runs[r.IntN(len(runs))]
		if got := runBefore(a, b); got != want(a, b) {
			t.Fatalf("runBefore(%q %d %d, %q %d %d) = %v", a.e.term, a.seq, a.first, b.e.term, b.seq, b.first, got)
		}
	}
}

// The tree of losers of walkStages gives the runs' entries in runBefore's
// order, whatever their number (a power of two or not, one, none), the
// runs moving on and finishing at random, terms of the greatest prefix
// included.
func TestRunTree(t *testing.T) {
	type entry struct {
		term       string
		seq, first uint32
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, k := range []int{0, 1, 2, 3, 5, 8, 13, 64, 100, 365} {
		var runs []*stageRun
		rest := map[*stageRun][]string{}
		var want []entry
		for i := range k {
			var terms []string
			for range 1 + r.IntN(20) {
				b := make([]byte, r.IntN(10))
				for j := range b {
					b[j] = "ab\x00\xff"[r.IntN(4)]
				}
				terms = append(terms, string(b))
			}
			if i%2 == 0 { // the greatest prefix, a done run's
				terms = append(terms, strings.Repeat("\xff", 8+i%3))
			}
			slices.Sort(terms)
			terms = slices.Compact(terms) // (a batch's terms are distinct)
			run := &stageRun{seq: uint32(1 + i%3), first: uint32(i * 2500)}
			for _, term := range terms {
				want = append(want, entry{term, run.seq, run.first})
			}
			run.e.term, run.prefix = []byte(terms[0]), termPrefix([]byte(terms[0]))
			rest[run] = terms[1:]
			runs = append(runs, run)
		}
		slices.SortFunc(want, func(a, b entry) int {
			return cmp.Or(strings.Compare(a.term, b.term), cmp.Compare(a.seq, b.seq), cmp.Compare(a.first, b.first))
		})
		var got []entry
		tree := newRunTree(runs)
		for run := tree.top(); run != nil; run = tree.top() {
			got = append(got, entry{string(run.e.term), run.seq, run.first})
			more := rest[run]
			if len(more) > 0 {
				run.e.term, run.prefix, rest[run] = []byte(more[0]), termPrefix([]byte(more[0])), more[1:]
			}
			tree.advanced(len(more) > 0)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d runs: %d entries, want %d\n%v\nwant %v", k, len(got), len(want), got, want)
		}
	}
}
