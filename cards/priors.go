package cards

// Priors counts, by CC-CEDICT entry (Token.Entry), how often the English
// side of a pair confirmed each of its senses (Token.Evidence at
// Token.Sense). An analyzer given the collection's priors
// (zh.Analyzer.WithPriors) uses them for the pairs whose English says
// nothing: the learner's own material teaches which sense a word has in
// it. Counts only grow; they never change a word's identity.
type Priors map[string][]uint32

// Add counts n confirmations of sense i of entry.
func (p Priors) Add(entry string, i int, n uint32) {
	if entry == "" || i < 0 || n == 0 {
		return
	}
	c := p[entry]
	for len(c) <= i {
		c = append(c, 0)
	}
	c[i] += n
	p[entry] = c
}

// Merge adds q's counts to p.
func (p Priors) Merge(q Priors) {
	for entry, counts := range q {
		for i, n := range counts {
			p.Add(entry, i, n)
		}
	}
}

// count adds what the English of a pair confirmed among its tokens.
func (p Priors) count(toks []*interned) {
	for _, t := range toks {
		if t.Evidence && t.Word != "" {
			p.Add(t.Entry, t.Sense, 1)
		}
	}
}
