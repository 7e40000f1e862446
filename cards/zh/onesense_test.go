package zh

import "testing"

// TestOneSense checks chooseSense's shortcut for a word of one plain
// sense (oneSenseOpen): asked of every entry of every Han word of the
// package's test sentences and 3,000 Tatoeba-like pairs, with its
// neighbours and without, chooseSense gives the sense and the evidence it
// gives with every rule asked; and the analysis of every pair gives the
// same tokens. Some entries must have one plain sense (else nothing is
// checked).
func TestOneSense(t *testing.T) {
	a := analyzer(t)
	pairs := append(testSentences(t), tatoebaPairs(t, a, 3000)...)
	asks, one := 0, 0
	eachEntryAsked(a, pairs, func(p [2]string, tok string, en *english, nb *neighbours, in *entryInfo) {
		asks++
		if len(in.senses) == 1 && in.firstPlain == 0 {
			one++
		}
		for _, n := range []*neighbours{nb, nil} {
			i, ev := a.chooseSense(in, en, n)
			oneSenseOpen = true
			all, allEv := a.chooseSense(in, en, n)
			oneSenseOpen = false
			if i != all || ev != allEv {
				t.Errorf("%s (%s %q) in %s (neighbours %v): sense %d evidence %v, every rule asked %d %v", tok, in.e.Pinyin, in.senses, p[0], n != nil, i, ev, all, allEv)
			}
		}
	})
	if one == 0 {
		t.Fatalf("%d entries asked, none of one plain sense", asks)
	}
	t.Logf("%d pairs, %d entries asked, %d of one plain sense", len(pairs), asks, one)
	sameWhenOpen(t, a, pairs, analyzeAll(a, pairs), &oneSenseOpen, "with the shortcut")
}

// eachEntryAsked calls f with every entry of every Han word of pairs, as
// the rules see it: the pair, the word, the English side, the word's
// neighbours and the entry's info.
func eachEntryAsked(a *Analyzer, pairs [][2]string, f func(p [2]string, tok string, en *english, nb *neighbours, in *entryInfo)) {
	for _, p := range pairs {
		sn := lexSentence(a, p[0], p[1])
		en := newEnglish(p[1])
		for k, tok := range sn.toks {
			if !isHan(firstRune(tok.Text)) {
				continue
			}
			nb := a.neighbours(sn, k)
			for _, e := range a.dict.Lookup(tok.Text) {
				f(p, tok.Text, en, &nb, a.info(a.resolve(e)))
			}
		}
	}
}
