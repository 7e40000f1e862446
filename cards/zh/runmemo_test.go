package zh

import (
	"reflect"
	"testing"
)

// A run settled from settledRuns gives the tokens it gives settled anew:
// the package's test sentences and 3,000 Tatoeba-like pairs, analysed
// twice with a memo (the second time from it) and once without, give the
// same tokens. The memo is read: with every stored outcome replaced by the
// words before settling, some pair's tokens change.
func TestSettledRuns(t *testing.T) {
	a := analyzer(t)
	pairs := append(testSentences(t), tatoebaPairs(t, a, 3000)...)
	without, with := *a, *a
	without.settled, with.settled = nil, newSettledRuns()
	for pass := range 2 {
		for _, p := range pairs {
			if got, want := with.Analyze(p[0], p[1]), without.Analyze(p[0], p[1]); !reflect.DeepEqual(got, want) {
				t.Fatalf("pass %d, %s / %s: with the memo %v, without %v", pass, p[0], p[1], got, want)
			}
		}
	}
	kept := 0
	for i := range with.settled.slots {
		if p := with.settled.slots[i].Load(); p != nil {
			kept++
			p.out = p.in
		}
	}
	changed := 0
	for _, p := range pairs {
		if !reflect.DeepEqual(with.Analyze(p[0], p[1]), without.Analyze(p[0], p[1])) {
			changed++
		}
	}
	if changed == 0 {
		t.Fatalf("%d runs kept; their outcomes unsettled, no pair of %d changed: the memo is not read", kept, len(pairs))
	}
	t.Logf("%d pairs, %d runs kept; unsettled, %d pairs change", len(pairs), kept, changed)
}
