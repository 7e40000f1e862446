package zh

import "testing"

// TestMatcherGate checks bestByEnglishIn's gate (matcherGateOpen): asked
// of every entry of every Han word of the package's test sentences and
// 3,000 Tatoeba-like pairs, in a verb's, a noun's and no context, with the
// neighbours and without, it gives the score and the sense it gives when
// it reads every matcher; and the analysis of every pair gives the same
// tokens. Every part of the gate must be taken (else nothing is checked):
// a fold that meets no English word, a single character none of whose
// senses singleRelatedBest weighs, an English side without meaning groups.
func TestMatcherGate(t *testing.T) {
	a := analyzer(t)
	pairs := append(testSentences(t), tatoebaPairs(t, a, 3000)...)
	asks, folded, quiet, ungrouped := 0, 0, 0, 0
	eachEntryAsked(a, pairs, func(p [2]string, tok string, en *english, nb *neighbours, in *entryInfo) {
		asks++
		if in.fold[0]&en.stemFold == 0 && in.fold[1]&en.wordFold == 0 {
			folded++
		}
		if in.relQuiet {
			quiet++
		}
		if len(en.words) > 0 && len(en.relGroups()) == 0 {
			ungrouped++
		}
		for _, n := range []*neighbours{nb, nil} {
			for _, vc := range []float64{-1, 0, 1} {
				best, bi := bestByEnglishIn(in, en, vc, n)
				matcherGateOpen = true
				all, allBi := bestByEnglishIn(in, en, vc, n)
				matcherGateOpen = false
				if best != all || bi != allBi {
					t.Errorf("%s (%s %q) in %s (vc %v, neighbours %v): %v at %d, every matcher read %v at %d", tok, in.e.Pinyin, in.senses, p[0], vc, n != nil, best, bi, all, allBi)
				}
			}
		}
	})
	if folded == 0 || quiet == 0 || ungrouped == 0 {
		t.Fatalf("%d entries asked: the fold gates %d, %d are quiet, %d against an English side without groups", asks, folded, quiet, ungrouped)
	}
	t.Logf("%d pairs, %d entries asked: the fold gates %d, %d are quiet, %d against an English side without groups", len(pairs), asks, folded, quiet, ungrouped)
	sameWhenOpen(t, a, pairs, analyzeAll(a, pairs), &matcherGateOpen, "with every matcher read")
}
