package zh

import (
	"strings"

	"cika/cards"
)

// Sense priors: where the English of a pair confirms one sense of an entry
// (Token.Evidence), that is counted (cards.Miner.Priors), kept in the
// collection and given back to the analyzer of the next mine (WithPriors).
// The counts then decide the pairs whose English says nothing: a learner
// whose podcast says 框架 "framework" ten times sees "framework" where a
// sentence's translation is silent, not the dictionary's first sense.

// minPrior is the least number of confirmations, and priorShare the least
// share of them one sense must have, for the counts to decide.
const (
	minPrior   = 2
	priorShare = 0.6
)

// priorTable is cards.Priors indexed by dictionary entry.
type priorTable map[int][]uint32

// WithPriors returns an analyzer that shares a's tables and caches and
// decides the senses the English says nothing of by p (nil: as a does).
// Entries of p that the dictionary no longer has are ignored.
func (a *Analyzer) WithPriors(p cards.Priors) *Analyzer {
	c := *a
	c.priors = nil
	if len(p) == 0 {
		return &c
	}
	t := make(priorTable, len(p))
	for name, counts := range p {
		if e := a.entryByName(name); e >= 0 {
			t[e] = counts
		}
	}
	c.priors = t
	return &c
}

// entryByName returns the index of the entry EntryName calls name, -1 if
// none.
func (a *Analyzer) entryByName(name string) int {
	trad, rest, ok := strings.Cut(name, " ")
	if !ok {
		return -1
	}
	simp, rest, ok := strings.Cut(rest, " [")
	if !ok {
		return -1
	}
	pinyin := strings.TrimSuffix(rest, "]")
	for _, e := range a.dict.Lookup(simp) {
		if e.Trad == trad && e.Simp == simp && e.Pinyin == pinyin {
			return a.dict.Index(e)
		}
	}
	return -1
}

// priorSense returns the sense of in's entry that the priors settle, -1 if
// they do not.
func (a *Analyzer) priorSense(in *entryInfo) int {
	if a.priors == nil {
		return -1
	}
	counts := a.priors[a.dict.Index(in.e)]
	var total, top uint32
	ti := -1
	for i, n := range counts {
		total += n
		if n > top && i < len(in.senses) {
			top, ti = n, i
		}
	}
	if ti < 0 || top < minPrior || float64(top) < priorShare*float64(total) {
		return -1
	}
	return ti
}
