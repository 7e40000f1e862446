package zh

import (
	"iter"
	"strings"
)

// dataLines yields the lines of an embedded table (learner.txt,
// opengram.txt) that hold data: without their line end, blank lines and
// comment lines (starting with #) left out. The tables' parsers differ in
// what a line holds, not in how the file is read.
func dataLines(txt string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.Lines(txt) {
			line = strings.TrimRight(line, "\r\n")
			if line == "" || line[0] == '#' {
				continue
			}
			if !yield(line) {
				return
			}
		}
	}
}
