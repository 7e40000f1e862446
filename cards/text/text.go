// Package text lays out the plain text cika's reports are printed in: a
// count with its noun ("2 new words"), the width of a string in terminal
// columns (a Chinese character takes two), a string clipped to a width, and
// rows aligned in columns by that width. The jobs that print a report
// (srs/vocab, srs/lookup, srs/mine…) and the command line share it, so that
// every table and count reads alike.
package text

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
)

// Plural writes "1 word" or "2 words". The noun is the first word of what,
// or the second after "new" or "known": "word already known" → "3 words
// already known", "known word" → "68 known words".
func Plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	first, rest, _ := strings.Cut(what, " ")
	for _, adj := range []string{"new ", "known "} { // "2 known words", not "2 knowns word"
		if strings.HasPrefix(what, adj) {
			first, rest, _ = strings.Cut(what[len(adj):], " ")
			first = adj + first
		}
	}
	if rest != "" {
		rest = " " + rest
	}
	return fmt.Sprintf("%d %ss%s", n, first, rest)
}

// Width is the number of terminal columns s takes: 2 for Chinese and other
// wide characters.
func Width(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x300 {
			n++
		} else {
			n += runewidth.RuneWidth(r)
		}
	}
	return n
}

// Clip shortens s to at most n columns, an ellipsis in the last.
func Clip(s string, n int) string {
	if Width(s) <= n {
		return s
	}
	cols := 0
	for i, r := range s {
		rw := Width(string(r))
		if cols+rw > n-1 {
			return s[:i] + "…"
		}
		cols += rw
	}
	return s
}

// Columns writes rows as columns two spaces apart, padded by display width;
// the last column is not padded.
func Columns(w io.Writer, rows [][]string) error {
	var width []int
	for _, r := range rows {
		for i, cell := range r {
			if i >= len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], Width(cell))
		}
	}
	bw := bufio.NewWriter(w)
	for _, r := range rows {
		for i, cell := range r {
			bw.WriteString(cell)
			if i < len(r)-1 {
				bw.WriteString(strings.Repeat(" ", width[i]-Width(cell)+2))
			}
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
