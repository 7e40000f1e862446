package zh

import (
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
	n := utf8.RuneCountInString(run)
	off := make([]int, 0, n+1)
	for i := range run {
		off = append(off, i)
	}
	off = append(off, len(run))
	best := make([]float64, n+1)
	next := make([]int, n+1)
	pos := make([]uint8, n+1)
	runes := make([]rune, 0, n)
	for _, r := range run {
		runes = append(runes, r)
	}
	for i := n - 1; i >= 0; i-- {
		bestScore, bestEnd, bestPos := a.logUnknown+best[i+1], i+1, uint8(0)
		if r := runes[i]; r < maxRune && a.singles[r].logp != 0 {
			bestScore, bestPos = float64(a.singles[r].logp)+best[i+1], a.singles[r].pos
		}
		if i+1 < n {
			maxLen := int(a.long2[[2]rune{runes[i], runes[i+1]}])
			for j := i + 2; j <= n && j-i <= maxLen; j++ {
				le, ok := a.lex[run[off[i]:off[j]]]
				if !ok {
					continue
				}
				// >= prefers the longer word on a tie, as jieba does.
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
