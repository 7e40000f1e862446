package zh

import (
	"hash/maphash"
	"reflect"
	"sync/atomic"
	"testing"

	"cika/cards"
)

// A run decoded or settled from runMemos gives the tokens it gives
// computed anew: the package's test sentences and 3,000 Tatoeba-like
// pairs, analysed twice with the memos (the second time from them) and
// once without, give the same tokens. Each memo is read: with its stored
// outcomes spoilt (settled, and a decoded run's settled words: the words
// before settling; decoded: the run as one word out of the lexicon), some
// pair's tokens change.
func TestRunMemos(t *testing.T) {
	a := analyzer(t)
	pairs := append(testSentences(t), tatoebaPairs(t, a, 3000)...)
	without := *a
	without.runs = nil
	want := make([][]cards.Token, len(pairs))
	for i, p := range pairs {
		want[i] = without.Analyze(p[0], p[1])
	}
	for _, memo := range []struct {
		name  string
		slots func(*runMemos) []atomic.Pointer[memoRun]
		spoil func(*memoRun)
	}{
		{"settled", func(m *runMemos) []atomic.Pointer[memoRun] { return append(m.settled[:], m.decoded[:]...) }, func(p *memoRun) {
			if p.in != nil {
				p.out = p.in
			} else if ws := p.settled.Load(); ws != nil {
				p.settled.Store(&p.out) // (a decoded run's words settled: its words as decoded)
			}
		}},
		{"decoded", func(m *runMemos) []atomic.Pointer[memoRun] { return m.decoded[:] }, func(p *memoRun) {
			p.out = []segWord{{end: int32(len(p.run)), id: -1}}
		}},
	} {
		with := *a
		with.runs = newRunMemos()
		for pass := range 2 {
			for i, p := range pairs {
				if got := with.Analyze(p[0], p[1]); !reflect.DeepEqual(got, want[i]) {
					t.Fatalf("pass %d, %s / %s: with the memos %v, without %v", pass, p[0], p[1], got, want[i])
				}
			}
		}
		kept := 0
		for i := range memo.slots(with.runs) {
			if p := memo.slots(with.runs)[i].Load(); p != nil {
				kept++
				memo.spoil(p)
			}
		}
		changed := 0
		for i, p := range pairs {
			if !reflect.DeepEqual(with.Analyze(p[0], p[1]), want[i]) {
				changed++
			}
		}
		if changed == 0 {
			t.Fatalf("%s: %d runs kept, spoilt; no pair of %d changed: the memo is not read", memo.name, kept, len(pairs))
		}
		t.Logf("%s: %d pairs, %d runs kept; spoilt, %d pairs change", memo.name, len(pairs), kept, changed)
	}
}

// A pair of memo slots keeps the two runs met last: a run found in the
// second slot moves first, so that the next new run of the pair lets go
// of the other one, not of it.
func TestMemoPairKeepsRunMetLast(t *testing.T) {
	var pair memoPair
	runs := func() [2]string {
		var out [2]string
		for i := range pair {
			if p := pair[i].Load(); p != nil {
				out[i] = p.run
			}
		}
		return out
	}
	clause, word1, word2 := &memoRun{run: "我们讨论过这个"}, &memoRun{run: "冥纸"}, &memoRun{run: "纯情"}
	pair.first(clause)
	pair.first(word1)
	if got := runs(); got != [2]string{"冥纸", "我们讨论过这个"} {
		t.Fatalf("after two runs: %q", got)
	}
	pair.first(clause) // met again, in the second slot
	pair.first(word2)
	if got := runs(); got != [2]string{"纯情", "我们讨论过这个"} {
		t.Errorf("the clause met again and a new word: %q, want the word met once let go", got)
	}
}

// TestDecodeRunMovesRunMetAgain: decodeRun moves a run it finds in the
// second slot of its pair back to the first (memoPair.first), so that a
// clause met again outlives the next new run of its pair, as
// TestMemoPairKeepsRunMetLast has the pair do when told.
func TestDecodeRunMovesRunMetAgain(t *testing.T) {
	a := *analyzer(t)
	a.runs = newRunMemos()
	pairOf := func(run string) *memoPair { return memoPairOf(&a.runs.decoded, maphash.String(a.runs.seed, run)) }
	// Three runs of one pair of slots, among the runs of three characters
	// of a few common ones (the seed is new each time).
	chars := []rune("我你他们的是在有这个人中大来上国到说和地也子时道出要就下得可")
	met := map[*memoPair][]string{}
	var runs []string
	for i := 0; len(runs) == 0 && i < len(chars)*len(chars)*len(chars); i++ {
		n := len(chars)
		run := string([]rune{chars[i/(n*n)], chars[i/n%n], chars[i%n]})
		p := pairOf(run)
		if met[p] = append(met[p], run); len(met[p]) == 3 {
			runs = met[p]
		}
	}
	if runs == nil {
		t.Fatal("no three runs share a pair of slots")
	}
	decode := func(run string) {
		var off []int
		for i := range run {
			off = append(off, i)
		}
		var out segWords
		a.decodeRun(run, append(off, len(run)), []rune(run), &out, new(segScratch))
	}
	clause, word1, word2 := runs[0], runs[1], runs[2]
	decode(clause)
	decode(word1)
	decode(clause) // met again, in the second slot
	decode(word2)
	var got [2]string
	pair := pairOf(clause)
	for i := range pair {
		if p := pair[i].Load(); p != nil {
			got[i] = p.run
		}
	}
	if got != [2]string{word2, clause} {
		t.Errorf("runs %q, %q, %q again, %q: the pair holds %q, want the last two", clause, word1, clause, word2, got)
	}
}
