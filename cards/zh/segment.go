package zh

import (
	"sync"
	"unicode/utf8"
)

// segment splits run, a string of Han characters only, into words: the path
// through the lexicon with the highest product of unigram probabilities (the
// model of gse's and jieba's dictionary segmenters without their HMM, which
// invents non-words). It returns the byte offsets where words end.
//
// A character that starts no headword becomes a word of its own with the
// probability of an unknown word.
//
// For each word it also appends to poss its gse part of speech (an index
// into weights.posNames, 0 if unknown).
func (a *Analyzer) segment(run string, ends []int, poss []uint8) ([]int, []uint8) {
	sc := segScratchPool.Get().(*segScratch)
	defer segScratchPool.Put(sc)
	n := utf8.RuneCountInString(run)
	off := sc.off[:0]
	runes := sc.runes[:0]
	for i, r := range run {
		off = append(off, i)
		runes = append(runes, r)
	}
	off = append(off, len(run))
	best := grow(sc.best, n+1)
	next := grow(sc.next, n+1)
	pos := grow(sc.pos, n+1)
	sc.off, sc.runes, sc.best, sc.next, sc.pos = off, runes, best, next, pos
	best[n] = 0
	for i := n - 1; i >= 0; i-- {
		bestScore, bestEnd, bestPos := a.logUnknown+best[i+1], i+1, uint8(0)
		if r := runes[i]; r < maxRune && a.singles[r].logp != 0 {
			bestScore, bestPos = float64(a.singles[r].logp)+best[i+1], a.singles[r].pos
		}
		if i+1 < n {
			p := a.long2[[2]rune{runes[i], runes[i+1]}]
			maxLen := int(p.maxLen)
			// >= prefers the longer word on a tie, as jieba does.
			if p.isWord {
				if s := float64(p.logp) + best[i+2]; s >= bestScore {
					bestScore, bestEnd, bestPos = s, i+2, p.pos
				}
			}
			for j := i + 3; j <= n && j-i <= maxLen; j++ {
				le, ok := a.lex[run[off[i]:off[j]]]
				if !ok {
					continue
				}
				if s := float64(le.logp) + best[j]; s >= bestScore {
					bestScore, bestEnd, bestPos = s, j, le.pos
				}
			}
		}
		best[i], next[i], pos[i] = bestScore, bestEnd, bestPos
	}
	for i := 0; i < n; i = next[i] {
		ends = append(ends, off[next[i]])
		poss = append(poss, pos[i])
	}
	return ends, poss
}

// segScratch is the working memory of segment, reused across calls.
type segScratch struct {
	off, next []int
	runes     []rune
	best      []float64
	pos       []uint8
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
