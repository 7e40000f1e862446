package zh

import (
	"sync"
	"sync/atomic"
)

// agePairs is how many pairs a generation of the analyzer's caches lasts
// (cacheAge): an entryInfo, its matchers and a wordInfo not used in the
// generation just ended (50,000 to 100,000 pairs unused) are let go, and
// computed again if met later; the first time after 100,000 pairs.
//
// The caches kept every entry and headword met: ≈ 65,000 entries and
// 75 MB live at a million pairs of big1m (384,000 of them analysed), until
// the analysis ended. Under `cika mine`'s memory limit (256 MiB) the
// collector then had ≈ 15 MiB of room in the last half of the analysis,
// and collected the whole heap every ≈ 15 MB allocated. Most entries are
// met in one stretch of a corpus and not again for long: on that run the
// caches hold 25,000 entries on average instead of 41,000 (a simulation
// of its trace), 31,000 entries are computed again (≈ 20 µs each), the
// heap live at the end of the analysis is 166 MB instead of 206, and the
// mine makes 66 collections instead of 83.
const agePairs = 50_000

// cacheAge records when each entry's and each headword's cached facts were
// last used, so that those of the words a corpus no longer uses can go.
// What is cached is a function of the entry or headword alone (the same
// whoever computes it, and whenever), so letting it go changes no output,
// only what is computed again.
//
// Each entryInfo, senseMatcher and wordInfo holds the generation it was
// last used in (its used field), beside the facts its user reads next: a
// table of generations by entry and by headword beside the caches cost a
// cache miss of its own at most uses (info is asked of the entries of
// every token and of its neighbours), ≈ 2 % of a mine's analysis.
type cacheAge struct {
	pairs   uint32        // pairs a generation lasts
	gen     atomic.Uint32 // the current generation
	counted atomic.Uint32 // pairs analysed so far
	sweep   sync.Mutex
}

func newCacheAge(pairs uint32) *cacheAge { return &cacheAge{pairs: pairs} }

// use records that the cached facts whose generation is *used were used in
// the current generation. It writes only the first time in a generation,
// so that the analysing goroutines do not write the same cache lines all
// the time. The first generation is not watched (end lets nothing go
// after it): a run shorter than one, as `cika annotate` and the gold sets
// are, pays a load and a branch a use.
func (c *cacheAge) use(used *atomic.Uint32) {
	if g := c.gen.Load(); g != 0 && used.Load() != g {
		used.Store(g)
	}
}

// pair counts an analysed pair, and ends the generation (sweep) after
// c.pairs of them.
func (c *cacheAge) pair(a *Analyzer) {
	if c.counted.Add(1)%c.pairs == 0 {
		c.end(a)
	}
}

// end lets go of the wordInfos, entryInfos and matchers not used in the
// generation that ends (none after the first, which use does not watch),
// and starts the next. An entry whose entryInfo or matcher was used keeps
// both; an entryInfo that a kept wordInfo holds (onlyInfo, head) is kept
// with it: it stays in memory anyway, and info would otherwise compute a
// second one.
func (c *cacheAge) end(a *Analyzer) {
	if !c.sweep.TryLock() {
		return
	}
	defer c.sweep.Unlock()
	g := c.gen.Load()
	if g == 0 {
		c.gen.Store(1)
		return
	}
	for id := range a.words {
		w := a.words[id].Load()
		if w == nil {
			continue
		}
		if w.used.Load() != g {
			a.words[id].Store(nil)
			continue
		}
		for _, in := range [2]*entryInfo{w.onlyInfo, w.head.Load()} {
			if in != nil {
				in.used.Store(g)
			}
		}
	}
	for i := range a.infos {
		in, m := a.infos[i].Load(), a.matchers[i].Load()
		if (in != nil || m != nil) && !(in != nil && in.used.Load() == g) && !(m != nil && m.used.Load() == g) {
			a.infos[i].Store(nil)
			a.matchers[i].Store(nil)
		}
	}
	c.gen.Store(g + 1)
}
