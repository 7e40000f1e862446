package zh

import (
	_ "embed"
	"strings"
)

// learnerTxt is usualSenses made systematic: the frequent words of the
// HSK 2.0 list, level by level, whose dictionary order puts first a sense
// a learner meets later (an old, literal, technical or narrow one), each
// with the start of the sense met first in today's talk and interviews
// (see its header). Written for cika, word by word, from modern usage.
//
//go:embed learner.txt
var learnerTxt string

// learnerSenses is learner.txt read: headword → start of its usual sense.
// usualSenses, the hand-written Go map, wins where both have a word (a
// test fails when both do).
var learnerSenses = parseLearner(learnerTxt)

// parseLearner reads "word<TAB>start of the sense" lines; blank lines and
// lines starting with # are skipped.
func parseLearner(txt string) map[string]string {
	m := make(map[string]string, strings.Count(txt, "\n"))
	for line := range dataLines(txt) {
		word, key, ok := strings.Cut(line, "\t")
		if !ok || word == "" || key == "" || strings.Contains(key, "\t") {
			panic("zh: learner.txt: bad line " + line) // embedded: a build defect
		}
		if _, dup := m[word]; dup {
			panic("zh: learner.txt: " + word + " twice")
		}
		m[word] = key
	}
	return m
}
