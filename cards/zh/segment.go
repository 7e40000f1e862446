package zh

import (
	"slices"
	"sync"
)

// segment splits run, a string of Han characters only, into words: the path
// through the lexicon with the highest product of unigram probabilities (the
// model of gse's and jieba's dictionary segmenters without their HMM, which
// invents non-words). It returns the byte offsets where words end.
//
// A character that starts no headword becomes a word of its own with the
// probability of an unknown word.
//
// For each word it also appends to out its gse part of speech, its
// lexicon id and log probability (see segWords).
func (a *Analyzer) segment(run string, out *segWords) {
	sc := segScratchPool.Get().(*segScratch)
	defer segScratchPool.Put(sc)
	off := sc.off[:0]
	runes := sc.runes[:0]
	for i, r := range run {
		off = append(off, i)
		runes = append(runes, r)
	}
	off = append(off, len(run))
	sc.off, sc.runes = off, runes
	a.segmentDecoded(run, off, runes, out, sc)
}

// segmentDecoded is segment given the runes of run and where each starts
// (and len(run) last).
func (a *Analyzer) segmentDecoded(run string, off []int, runes []rune, out *segWords, sc *segScratch) {
	n := len(runes)
	best := grow(sc.best, n+1)
	next := grow(sc.next, n+1)
	pos := grow(sc.pos, n+1)
	ids := grow(sc.ids, n+1)
	logps := grow(sc.logps, n+1)
	sc.best, sc.next, sc.pos, sc.ids, sc.logps = best, next, pos, ids, logps
	best[n] = 0
	// The loop below reads the single and the pair table for every
	// character, at random, a cache miss each: read here one after the
	// other, the misses overlap.
	sum := sc.sum
	for i, r := range runes {
		if r < maxRune {
			sum += uint64(a.singles[r].id)
		}
		if i+1 < n {
			sum += a.long2.slots[a.long2.home(pairKey(r, runes[i+1]))].key
		}
	}
	sc.sum = sum
	for i := n - 1; i >= 0; i-- {
		bestScore, bestEnd, bestPos := a.logUnknown+best[i+1], i+1, uint8(0)
		bestID, bestLogp := int32(-1), float32(0)
		if r := runes[i]; r < maxRune && a.singles[r].logp != 0 {
			le := &a.singles[r]
			bestScore, bestPos, bestID, bestLogp = float64(le.logp)+best[i+1], le.pos, le.id, le.logp
		}
		if i+1 < n {
			p := a.long2.get(runes[i], runes[i+1])
			maxLen := int(p.maxLen)
			// >= prefers the longer word on a tie, as jieba does.
			if p.isWord {
				if s := float64(p.logp) + a.lengthPrior(p.prior, p.logp, run, off, runes, i, i+2) + best[i+2]; s >= bestScore {
					bestScore, bestEnd, bestPos, bestID, bestLogp = s, i+2, p.pos, p.id, p.logp
				}
			}
			for j := i + 3; j <= n && j-i <= maxLen; j++ {
				if p.lens&lenBit(j-i) == 0 {
					continue // no headword of that length
				}
				w := run[off[i]:off[j]]
				if !a.long.mayHave(w) {
					continue
				}
				le, ok := a.lex.get(w)
				if !ok {
					continue
				}
				if s := float64(le.logp) + a.lengthPrior(le.prior, le.logp, run, off, runes, i, j) + best[j]; s >= bestScore {
					bestScore, bestEnd, bestPos, bestID, bestLogp = s, j, le.pos, le.id, le.logp
				}
			}
		}
		best[i], next[i], pos[i], ids[i], logps[i] = bestScore, bestEnd, bestPos, bestID, bestLogp
		if i+4 <= n && runes[i] == runes[i+1] && runes[i+2] == runes[i+3] && runes[i] != runes[i+2] {
			a.doubledPair(run, off, runes, i, best, next, pos, ids, logps)
		}
	}
	for i := 0; i < n; i = next[i] {
		out.ends = append(out.ends, off[next[i]])
		out.pos = append(out.pos, pos[i])
		out.ids = append(out.ids, ids[i])
		out.logp = append(out.logp, logps[i])
	}
}

// segWords is what segment finds, word after word.
type segWords struct {
	ends []int     // byte offset where the word ends in the run
	pos  []uint8   // gse part of speech (an index into weights.posNames, 0 if unknown)
	ids  []int32   // the headword's lexicon id, -1 for a character segment did not find
	logp []float32 // the headword's log probability, when ids is not -1
}

// split cuts word k, which starts at byte start of the run, in two at
// byte start+n: the first part takes first's headword, the second
// second's.
func (w *segWords) split(k, start, n int, first, second lexEntry) {
	w.ends = slices.Insert(w.ends, k, start+n)
	w.pos = slices.Insert(w.pos, k, first.pos)
	w.ids = slices.Insert(w.ids, k, first.id)
	w.logp = slices.Insert(w.logp, k, first.logp)
	w.pos[k+1], w.ids[k+1], w.logp[k+1] = second.pos, second.id, second.logp
}

// shift moves the end of word k, and so the start of word k+1, to byte
// at of the run: word k takes first's headword, word k+1 second's.
func (w *segWords) shift(k, at int, first, second lexEntry) {
	w.ends[k] = at
	w.pos[k], w.ids[k], w.logp[k] = first.pos, first.id, first.logp
	w.pos[k+1], w.ids[k+1], w.logp[k+1] = second.pos, second.id, second.logp
}

// join makes words k and k+1 one word, of word's headword.
func (w *segWords) join(k int, word lexEntry) {
	w.ends = slices.Delete(w.ends, k, k+1)
	w.pos = slices.Delete(w.pos, k+1, k+2)
	w.ids = slices.Delete(w.ids, k+1, k+2)
	w.logp = slices.Delete(w.logp, k+1, k+2)
	w.pos[k], w.ids[k], w.logp[k] = word.pos, word.id, word.logp
}

// start is where word k begins in the run whose first word is from.
func (w *segWords) start(k, from int) int {
	if k > from {
		return w.ends[k-1]
	}
	return 0
}

func (w *segWords) reset() {
	w.ends, w.pos, w.ids, w.logp = w.ends[:0], w.pos[:0], w.ids[:0], w.logp[:0]
}

// segScratch is the working memory of segment, reused across calls.
type segScratch struct {
	off, next []int
	runes     []rune
	best      []float64
	pos       []uint8
	ids       []int32
	logps     []float32
	sum       uint64 // of what segmentDecoded reads ahead, kept so that the reads are
}

var segScratchPool = sync.Pool{New: func() any { return new(segScratch) }}

// grow returns s resliced to length n, reallocated if too small. The
// contents are not cleared.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// doubledPair cuts the AABB form of a word AB that the lexicon lacks
// (干干净净, 认认真真, 开开心心) at runes i to i+4 of run as A AB B: the
// learner's dictionary has AB, and each character keeps its syllable in
// it (漂漂亮亮 piao4 … liang4, not piao1 "to float"; see doubledHalf).
// Without it the unigram model takes what scores best across the form:
// 老 老实 实地 "on the spot", 平平 安安, 开 开心 心地. The cut wins over
// every other: best[i] gets doubledBonus. It reports whether it cut.
func (a *Analyzer) doubledPair(run string, off []int, runes []rune, i int, best []float64, next []int, pos []uint8, ids []int32, logps []float32) bool {
	ra, rb := runes[i], runes[i+2]
	if ra >= maxRune || rb >= maxRune || a.singles[ra].logp == 0 || a.singles[rb].logp == 0 {
		return false
	}
	if _, ok := a.lex.get(run[off[i]:off[i+4]]); ok {
		return false // a headword itself: 高高兴兴, 马马虎虎
	}
	ab, ok := a.lex.get(run[off[i+1]:off[i+3]])
	if !ok {
		return false
	}
	la, lb := a.singles[ra], a.singles[rb]
	best[i] = float64(la.logp) + float64(ab.logp) + float64(lb.logp) + best[i+4] + doubledBonus
	next[i], pos[i], ids[i], logps[i] = i+1, la.pos, la.id, la.logp
	next[i+1], pos[i+1], ids[i+1], logps[i+1] = i+3, ab.pos, ab.id, ab.logp
	next[i+3], pos[i+3], ids[i+3], logps[i+3] = i+4, lb.pos, lb.id, lb.logp
	return true
}

// doubledBonus is what the AABB cut of doubledPair adds to its path's
// log probability: more than any other cut of four characters scores.
const doubledBonus = 40
