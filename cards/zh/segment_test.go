package zh

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"cika/seeds"
)

// segmentRef is segment as first written: every candidate word looked up in
// lex, long2 used only for the longest length. TestSegmentMatchesReference
// checks the two-character shortcut of prefix2 against it.
func (a *Analyzer) segmentRef(run string) ([]int, []uint8) {
	runes := []rune(run)
	n := len(runes)
	off := make([]int, 0, n+1)
	for i := range run {
		off = append(off, i)
	}
	off = append(off, len(run))
	best := make([]float64, n+1)
	next := make([]int, n+1)
	pos := make([]uint8, n+1)
	for i := n - 1; i >= 0; i-- {
		bestScore, bestEnd, bestPos := a.logUnknown+best[i+1], i+1, uint8(0)
		if r := runes[i]; r < maxRune && a.singles[r].logp != 0 {
			bestScore, bestPos = float64(a.singles[r].logp)+best[i+1], a.singles[r].pos
		}
		if i+1 < n {
			maxLen := int(a.long2[[2]rune{runes[i], runes[i+1]}].maxLen)
			for j := i + 2; j <= n && j-i <= maxLen; j++ {
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
	var ends []int
	var poss []uint8
	for i := 0; i < n; i = next[i] {
		ends = append(ends, off[next[i]])
		poss = append(poss, pos[i])
	}
	return ends, poss
}

// TestSegmentMatchesReference segments the Han runs of the seed corpus
// (and each of their suffixes, so that scratch buffers are reused with
// shorter and longer runs) both ways.
func TestSegmentMatchesReference(t *testing.T) {
	a := analyzer(t)
	raw, err := fs.ReadFile(seeds.FS(), seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	runs := strings.FieldsFunc(string(raw), func(r rune) bool { return !isHan(r) })
	if len(runs) < 500 {
		t.Fatalf("only %d Han runs in the seed", len(runs))
	}
	n := 0
	for _, run := range runs {
		for s := run; s != ""; {
			wantEnds, wantPos := a.segmentRef(s)
			ends, poss := a.segment(s, nil, nil)
			if !slices.Equal(ends, wantEnds) || !slices.Equal(poss, wantPos) {
				t.Fatalf("segment(%q) = %v %v, want %v %v", s, ends, poss, wantEnds, wantPos)
			}
			n++
			_, size := utf8.DecodeRuneInString(s)
			s = s[size:]
		}
	}
	t.Logf("%d runs compared", n)
}
