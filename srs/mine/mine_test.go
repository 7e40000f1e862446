package mine_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/zh"
	"cika/srs/mine"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

func small() (cards.Analyzer, error) { return cardstest.Small(), nil }

// TestMine mines two files, one of them broken: the good one is stored,
// the broken one reported and nothing of it kept; mining again changes
// nothing.
func TestMine(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.tsv")
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(good, []byte("这是银行。\tThis is the bank.\n我们的公司\tour company\n"), 0o644)
	os.WriteFile(bad, []byte("我们的公司\tour company\n\xff\xfe\x00broken\tline\n"), 0o644)
	path := filepath.Join(dir, "c.db")

	var batches []int
	m := &mine.Miner{Path: path, Load: small, Now: t0, AfterBatch: func(n int) { batches = append(batches, n) }}
	ins, cleanup, err := mine.Plan([]string{good, bad}, "", nil, nil)
	defer cleanup()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := m.Mine(ins)
	if err != nil {
		t.Fatal(err)
	}
	d := rep.Documents
	if len(d) != 2 || d[0].Error != "" || d[0].Pairs != 2 || d[0].NewWords != 6 || d[0].NewCards != 12 || d[1].Error == "" {
		t.Fatalf("report %+v", rep)
	}
	if rep.Collection.Sentences != 2 || rep.Collection.Documents != 1 || rep.Failed() == nil {
		t.Errorf("collection %+v, failed %v", rep.Collection, rep.Failed())
	}
	if len(batches) == 0 || batches[0] != 2 {
		t.Errorf("after each batch: %v", batches)
	}
	storetest.Check(t, path)

	ins, _, _ = mine.Plan([]string{good}, "", nil, nil)
	rep, err = m.Mine(ins)
	if err != nil || !rep.Documents[0].Already || rep.Collection.Sentences != 2 {
		t.Errorf("again: %+v, %v", rep, err)
	}
	db, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cs, err := db.Cards("银行 yin2 hang2")
	if err != nil || len(cs) != 2 || !cs[0].Added.Equal(t0) {
		t.Errorf("银行's cards %+v, %v", cs, err)
	}
}

// TestMineFilter: the cards of new words the filter leaves out are held
// back (suspended).
func TestMineFilter(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "p.tsv")
	os.WriteFile(f, []byte("这是银行。\tThis is the bank.\n这是公司。\tThis is the firm.\n这是银行。\tIt is the bank.\n"), 0o644)
	filter := &cards.MineFilter{MinCount: 2}
	m := &mine.Miner{Path: filepath.Join(dir, "c.db"), Load: small, Now: t0, Filter: filter}
	ins, _, _ := mine.Plan([]string{f}, "", nil, nil)
	if _, err := m.Mine(ins); err != nil {
		t.Fatal(err)
	}
	// 这, 是 and 银行 are met 2 times or more; 公司 once.
	if filter.HeldCards != 2 {
		t.Errorf("held %d cards, want 公司's 2", filter.HeldCards)
	}
}

// BenchmarkMineSeed mines the embedded seed podcast into a new collection:
// read, analyse (the dictionary is loaded once, before the timer), store.
// `time cika mine` adds the dictionary load to this.
func BenchmarkMineSeed(b *testing.B) {
	a, err := zh.Load()
	if err != nil {
		b.Fatal(err)
	}
	inputs, err := mine.Read(nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "c.db")
		b.StartTimer()
		m := &mine.Miner{Path: path, Load: func() (cards.Analyzer, error) { return a, nil }, Now: t0}
		rep, err := m.Mine(inputs)
		if err != nil || rep.Collection.Sentences != 452 {
			b.Fatal(rep, err)
		}
	}
}

// TestMineBatches: a document mined one pair per batch (each batch's words
// counted while the next is analysed and the last is stored) gives the
// collection that one batch gives.
func TestMineBatches(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "p.tsv")
	os.WriteFile(f, []byte("这是银行。\tThis is the bank.\n我们的公司\tour company\n这是公司。\tThis is the firm.\n"+
		"这是银行。\tIt is the bank.\n我们的银行\tour bank\n"), 0o644)
	words := func(batch int) (store.Stats, []cards.Word) {
		path := filepath.Join(dir, fmt.Sprintf("c%d.db", batch))
		m := &mine.Miner{Path: path, Load: small, Now: t0, Batch: batch}
		ins, _, _ := mine.Plan([]string{f}, "", nil, nil)
		rep, err := m.Mine(ins)
		if err != nil || rep.Documents[0].Error != "" {
			t.Fatalf("batch %d: %+v, %v", batch, rep, err)
		}
		storetest.Check(t, path)
		db, err := store.Open(path, &store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var ws []cards.Word
		if err := db.Words(func(w cards.Word) bool { ws = append(ws, w); return true }); err != nil {
			t.Fatal(err)
		}
		return rep.Collection, ws
	}
	stats1, words1 := words(1)
	stats, ws := words(1000)
	if stats1 != stats || !reflect.DeepEqual(words1, ws) {
		t.Errorf("one pair a batch: %+v\n%+v\none batch: %+v\n%+v", stats1, words1, stats, ws)
	}
	if len(ws) == 0 || ws[0].Pairs == 0 {
		t.Errorf("no words counted: %+v", ws)
	}
}

// TestMineTailMemory: after the last analysis the memory limit is
// TailMemory, and Mine sets back the limit it found. The input is quick
// (identified only): its repeats are counted in a pass of their own.
func TestMineTailMemory(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "p.tsv")
	os.WriteFile(f, []byte("这是银行。\tThis is the bank.\n我们的公司\tour company\n这是银行。\tThis is the bank.\n"), 0o644)
	const before, tail = 1 << 30, 100 << 20
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(before))
	var inTail []int64
	m := &mine.Miner{Path: filepath.Join(dir, "c.db"), Load: small, Now: t0, QuickBytes: 1, TailMemory: tail,
		AfterBatch: func(n int) {
			if n < 0 { // (the index, after the analysis)
				inTail = append(inTail, debug.SetMemoryLimit(-1))
			}
		}}
	ins, _, _ := mine.Plan([]string{f}, "", nil, nil)
	rep, err := m.Mine(ins)
	if err != nil || rep.Documents[0].Error != "" || rep.Collection.Sentences != 3 {
		t.Fatalf("%+v, %v", rep, err)
	}
	if len(inTail) == 0 || inTail[0] != tail {
		t.Errorf("limit while indexing %v, want %d", inTail, tail)
	}
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after Mine %d, want %d as before", got, before)
	}
}

// procsSeen is an analyzer that records GOMAXPROCS.
type procsSeen struct {
	a     cards.Analyzer
	mu    sync.Mutex
	procs map[int]int
}

func (p *procsSeen) Analyze(zh, en string) []cards.Token {
	p.mu.Lock()
	p.procs[runtime.GOMAXPROCS(0)]++
	p.mu.Unlock()
	return p.a.Analyze(zh, en)
}

// TestMineExtraProc: while a document is mined, GOMAXPROCS is one more
// than before, for the goroutine storing batches (it keeps its P through
// each fsync); after, it is as before.
func TestMineExtraProc(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	dir := t.TempDir()
	f := filepath.Join(dir, "p.tsv")
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, "我们的银行%d\tour bank %d\n", i, i)
	}
	os.WriteFile(f, []byte(b.String()), 0o644)
	p := &procsSeen{a: cardstest.Small(), procs: map[int]int{}}
	m := &mine.Miner{Path: filepath.Join(dir, "c.db"), Load: func() (cards.Analyzer, error) { return p, nil }, Now: t0}
	ins, _, _ := mine.Plan([]string{f}, "", nil, nil)
	rep, err := m.Mine(ins)
	if err != nil || rep.Documents[0].Error != "" || rep.Collection.Sentences != 300 {
		t.Fatalf("%+v, %v", rep, err)
	}
	if !reflect.DeepEqual(p.procs, map[int]int{3: 300}) {
		t.Errorf("GOMAXPROCS while analysing (pairs): %v, want 3 (300)", p.procs)
	}
	if got := runtime.GOMAXPROCS(0); got != 2 {
		t.Errorf("GOMAXPROCS after Mine %d, want 2 as before", got)
	}
}
