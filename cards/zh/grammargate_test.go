package zh

import (
	"math/bits"
	"testing"
)

// TestGrammarGate checks the gate of grammarSense and contextSense
// (grammargate.go): asked of every entry of every Han word of the
// package's test sentences and 3,000 Tatoeba-like pairs, grammarSense
// (from the entry's first plain sense and from its usual sense) and
// contextSense give what they give with every case asked; and the
// analysis of every pair gives the same tokens. Every bit must be clear
// for some entry (else it gates nothing) and set for another (else its
// case is not checked).
func TestGrammarGate(t *testing.T) {
	a := analyzer(t)
	pairs := append(testSentences(t), tatoebaPairs(t, a, 3000)...)
	n := bits.TrailingZeros64(uint64(gcKnown)) // the cases' bits
	set, clear := make([]int, n), make([]int, n)
	asks, fired := 0, 0
	eachEntryAsked(a, pairs, func(p [2]string, tok string, _ *english, nb *neighbours, in *entryInfo) {
		first := int(in.firstPlain)
		if first < 0 {
			return
		}
		asks++
		for _, f := range []int{first, int(in.usual)} {
			if f < 0 {
				continue
			}
			gated := in.grammarSense(f, nb)
			grammarGateOpen = true
			all := in.grammarSense(f, nb)
			grammarGateOpen = false
			if gated != all {
				t.Errorf("grammarSense of %s (%s %q) from sense %d in %s: gated %d, every case asked %d", tok, in.e.Pinyin, in.senses, f, p[0], gated, all)
			}
			if all >= 0 {
				fired++
			}
			g := in.grammarGate(f)
			for c := range n {
				if g.has(1 << c) {
					set[c]++
				} else {
					clear[c]++
				}
			}
		}
		context, construction := in.contextSense(nb)
		grammarGateOpen = true
		allContext, allConstruction := in.contextSense(nb)
		grammarGateOpen = false
		if context != allContext || construction != allConstruction {
			t.Errorf("contextSense of %s (%s %q) in %s: gated %d %v, every case asked %d %v", tok, in.e.Pinyin, in.senses, p[0], context, construction, allContext, allConstruction)
		}
	})
	for c := range n {
		if set[c] == 0 || clear[c] == 0 {
			t.Errorf("bit %d: set for %d asks, clear for %d", c, set[c], clear[c])
		}
	}
	t.Logf("%d pairs, %d entries asked, %d senses given by grammarSense", len(pairs), asks, fired)
	sameWhenOpen(t, a, pairs, analyzeAll(a, pairs), &grammarGateOpen, "gated")
}
