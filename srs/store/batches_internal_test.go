package store

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
)

// storeInBatches begins a document named name of text's pairs and stores
// its sentences batch pairs at a time, as cika mine does; it returns the
// document's sequence number, the document and the miner that read it.
func storeInBatches(t *testing.T, db *DB, name, text string, at time.Time, batch int) (uint32, corpus.Document, *cards.Miner) {
	t.Helper()
	pairs, doc, err := corpus.Read(name, strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	seq, err := db.BeginDocument(name, at)
	if err != nil {
		t.Fatal(err)
	}
	mn := cards.NewMiner(cardstest.Small())
	for i := 0; i < len(pairs); i += batch {
		if err := db.AddSentences(seq, mn.Add(pairs[i:min(i+batch, len(pairs))], nil)); err != nil {
			t.Fatal(err)
		}
	}
	return seq, doc, mn
}

// indexPostings stores the sentence index's postings of mn for document
// seq, as cika mine does after the last batch.
func indexPostings(t *testing.T, db *DB, seq uint32, mn *cards.Miner) {
	t.Helper()
	words, posting := mn.Postings()
	ps := make([][]byte, len(words))
	for i := range words {
		ps[i] = posting(i)
	}
	if err := db.IndexPostings(seq, words, ps); err != nil {
		t.Fatal(err)
	}
}

// WriteBuffers serve batch after batch (Encode, AddEncoded), each through
// a DB opened for it, and every record written through them reads back.
func TestWriteBuffersKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	bufs := new(WriteBuffers)
	pairs, _, err := corpus.Read("t.tsv", strings.NewReader("我们的银行。\tOur bank.\n智能。\tSmart.\n银行的智能。\tThe bank's smarts.\n我们。\tUs.\n"))
	if err != nil {
		t.Fatal(err)
	}
	mn := cards.NewMiner(cardstest.Small())
	var seq uint32
	var kept *byte
	for i := 0; i < len(pairs); i += 2 {
		db, err := Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if seq, err = db.BeginDocument("t.tsv", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
				t.Fatal(err)
			}
		}
		e, err := bufs.Encode(mn.Add(pairs[i:i+2], nil))
		if err != nil {
			t.Fatal(err)
		}
		if err := db.AddEncoded(seq, e); err != nil {
			t.Fatal(err)
		}
		if cap(bufs.wb.vals) == 0 {
			t.Fatal("buffers not used")
		}
		if i > 0 && &bufs.wb.vals[:1][0] != kept {
			t.Error("buffers not kept for the next batch")
		}
		kept = &bufs.wb.vals[:1][0]
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, p := range pairs {
		err := db.bolt.View(func(tx *bolt.Tx) error {
			s, err := decodePair(tx.Bucket(bucketPairs).Get(PairKey{Doc: seq, Pos: uint32(i)}.bytes()))
			if err == nil && (s.ZH != p.ZH || s.EN != p.EN || len(s.Parts) == 0) {
				err = fmt.Errorf("%q %q %d parts", s.ZH, s.EN, len(s.Parts))
			}
			return err
		})
		if err != nil {
			t.Errorf("pair %d: %v", i, err)
		}
	}
}

// A batch encoded by one set of buffers while the one before, encoded by
// another, is written (as cika mine stores) gives the same records and
// sentence index as AddSentences; AddEncoded refuses a batch that does not
// follow the sentences stored or whose positions skip one, writing nothing.
func TestAddEncoded(t *testing.T) {
	var text strings.Builder
	rnd := rand.New(rand.NewPCG(3, 4))
	zh := []string{"我们", "的", "银行", "智能", "公司", "很", "好"}
	en := []string{"our", "bank", "smart", "company", "is", "very", "good", "Bank's"}
	for range 300 {
		for range 2 + rnd.IntN(6) {
			text.WriteString(zh[rnd.IntN(len(zh))])
		}
		text.WriteString("。\t")
		for range 2 + rnd.IntN(6) {
			text.WriteString(en[rnd.IntN(len(en))] + " ")
		}
		text.WriteString("\n")
	}
	pairs, _, err := corpus.Read("t.tsv", strings.NewReader(text.String()))
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	dump := func(db *DB) map[string]string {
		m := map[string]string{}
		db.bolt.View(func(tx *bolt.Tx) error {
			tx.Bucket(bucketPairs).ForEach(func(k, v []byte) error { m["p"+string(k)] = string(v); return nil })
			stageOf(tx, 1).ForEach(func(k, v []byte) error { m["s"+string(k)] = string(v); return nil })
			return nil
		})
		return m
	}
	one, err := Open(filepath.Join(t.TempDir(), "one.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	two, err := Open(filepath.Join(t.TempDir(), "two.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer two.Close()
	for _, db := range []*DB{one, two} {
		if _, err := db.BeginDocument("t.tsv", at); err != nil {
			t.Fatal(err)
		}
	}
	mn1, mn2 := cards.NewMiner(cardstest.Small()), cards.NewMiner(cardstest.Small())
	bufs := [2]*WriteBuffers{new(WriteBuffers), new(WriteBuffers)}
	var last *Encoded
	for i, b := 0, 0; i < len(pairs); i, b = i+70, b+1 {
		batch := pairs[i:min(i+70, len(pairs))]
		if err := one.AddSentences(1, mn1.Add(batch, nil)); err != nil {
			t.Fatal(err)
		}
		e, err := bufs[b%2].Encode(mn2.Add(batch, nil))
		if err != nil {
			t.Fatal(err)
		}
		if last != nil {
			if err := two.AddEncoded(1, last); err != nil {
				t.Fatal(err)
			}
		}
		last = e
	}
	if err := two.AddEncoded(1, last); err != nil {
		t.Fatal(err)
	}
	want, got := dump(one), dump(two)
	if len(want) < len(pairs) || !maps.Equal(got, want) {
		t.Fatalf("%d records and batches encoded apart, %d through AddSentences, or they differ", len(got), len(want))
	}

	more := mn2.Add([]corpus.Pair{{ZH: "银行。", EN: "Bank.", Source: corpus.Source{Pos: len(pairs) + 1}}}, nil)
	if e, _ := bufs[0].Encode(more); two.AddEncoded(1, e) == nil {
		t.Error("a batch after a gap was stored")
	}
	more = mn2.Add([]corpus.Pair{{ZH: "银行。", EN: "Bank.", Source: corpus.Source{Pos: len(pairs)}}, {ZH: "好。", EN: "Good.", Source: corpus.Source{Pos: len(pairs) + 2}}}, nil)
	if e, _ := bufs[0].Encode(more); two.AddEncoded(1, e) == nil {
		t.Error("a batch skipping a position was stored")
	}
	if got := dump(two); !maps.Equal(got, want) {
		t.Errorf("a batch refused wrote %d records and batches, want %d", len(got), len(want))
	}
}

// batchTerms gives each term once, in order, with its positions in the
// order added, batch after batch in the same buffers; reset keeps none of a
// batch's terms.
func TestBatchTerms(t *testing.T) {
	var bt batchTerms
	rnd := rand.New(rand.NewPCG(1, 2))
	words := []string{"tea", "bank", "a", "zoo", "bank's", "river", "money", "tree"}
	for batch := range 3 {
		want := map[string][]uint32{}
		for rel := range uint32(200) {
			for range rnd.IntN(4) {
				w := words[rnd.IntN(len(words)-batch)]
				bt.add(w, rel)
				want[w] = append(want[w], rel)
			}
		}
		var got []string
		for term, pos := range bt.sorted() {
			got = append(got, term)
			if !slices.Equal(pos, want[term]) {
				t.Errorf("batch %d: %q at %v, want %v", batch, term, pos, want[term])
			}
		}
		if !slices.IsSorted(got) || len(got) != len(want) {
			t.Errorf("batch %d: terms %q, want the %d of %v sorted", batch, got, len(want), slices.Collect(maps.Keys(want)))
		}
		bt.reset()
		if len(bt.ids) != 0 || len(bt.terms) != 0 || len(bt.occ) != 0 || slices.ContainsFunc(bt.terms[:cap(bt.terms)], func(s string) bool { return s != "" }) {
			t.Fatalf("batch %d: reset left %d ids, terms %q", batch, len(bt.ids), bt.terms[:cap(bt.terms)])
		}
	}
}

// sortGrams orders packed bigrams and positions as numbers, given the
// positions ascending as batchTermsValue adds them, and whatever array it
// is given to sort through.
func TestSortGrams(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	han := func() uint64 { return uint64(0x4e00 + rnd.IntN(300)) }
	for _, n := range []int{0, 1, 2, 50, 5000} {
		var grams []uint64
		for rel := uint64(0); len(grams) < n; rel += uint64(rnd.IntN(3)) {
			a, b := han(), han()
			switch rnd.IntN(10) {
			case 0:
				a = uint64(0x20000 + rnd.IntN(5)) // beyond the basic block
			case 1:
				a, b = 0x4e00, 0x4e01 // repeated, in one sentence too
			}
			grams = append(grams, a<<43|b<<22|rel)
		}
		want := slices.Sorted(slices.Values(grams))
		for _, spare := range [][]uint64{nil, make([]uint64, 3, n+10)} {
			got, rest := sortGrams(slices.Clone(grams), spare)
			if !slices.Equal(got, want) {
				t.Errorf("%d grams: not in order", n)
			}
			if n > 1 && &got[0] == &rest[:1][0] {
				t.Errorf("%d grams: sorted and rest share an array", n)
			}
		}
	}
}
