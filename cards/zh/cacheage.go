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
type cacheAge struct {
	pairs   uint32        // pairs a generation lasts
	gen     atomic.Uint32 // the current generation
	counted atomic.Uint32 // pairs analysed so far
	// entry and word are made when the first generation ends (end), so
	// that a run shorter than one (annotate, the gold sets, a review) and
	// New do not make their 1.3 MB: before, nothing reads them (use).
	entry []atomic.Uint32 // per entry: the generation its entryInfo or matchers were last used in
	word  []atomic.Uint32 // per lexicon id: the generation its wordInfo was last used in
	// entries and words are their lengths.
	entries, words int
	sweep          sync.Mutex
}

func newCacheAge(entries, words int, pairs uint32) *cacheAge {
	return &cacheAge{pairs: pairs, entries: entries, words: words}
}

// ageKind names what use records: an entry's facts or a headword's.
type ageKind uint8

const (
	ageEntry ageKind = iota // cacheAge.entry
	ageWord                 // cacheAge.word
)

// use records that u[i] was used in the current generation. It writes only
// the first time in a generation, so that the analysing goroutines do not
// write the same cache lines all the time. The first generation is not
// watched (end lets nothing go after it): a run shorter than one, as
// `cika annotate` and the gold sets are, pays a load and a branch a use,
// where the records cost ≈ 1,500 instructions a pair (callgrind of
// annotating 5,000 pairs of big1m: 0.6 %).
func (c *cacheAge) use(k ageKind, i int) {
	g := c.gen.Load()
	if g == 0 {
		return
	}
	u := c.entry // (made before gen left 0: end)
	if k == ageWord {
		u = c.word
	}
	if u[i].Load() != g {
		u[i].Store(g)
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
// and starts the next. An entryInfo that a kept
// wordInfo holds (onlyInfo, head) is kept with it: it stays in memory
// anyway, and info would otherwise compute a second one.
func (c *cacheAge) end(a *Analyzer) {
	if !c.sweep.TryLock() {
		return
	}
	defer c.sweep.Unlock()
	g := c.gen.Load()
	if g == 0 {
		c.entry, c.word = make([]atomic.Uint32, c.entries), make([]atomic.Uint32, c.words)
		c.gen.Store(1) // (after the arrays: use reads them once it sees 1)
		return
	}
	for id := range a.words {
		w := a.words[id].Load()
		if w == nil {
			continue
		}
		if c.word[id].Load() != g {
			a.words[id].Store(nil)
			continue
		}
		for _, in := range [2]*entryInfo{w.onlyInfo, w.head.Load()} {
			if in != nil {
				c.entry[a.dict.Index(in.e)].Store(g)
			}
		}
	}
	for i := range a.infos {
		if c.entry[i].Load() != g && (a.infos[i].Load() != nil || a.matchers[i].Load() != nil) {
			a.infos[i].Store(nil)
			a.matchers[i].Store(nil)
		}
	}
	c.gen.Store(g + 1)
}
