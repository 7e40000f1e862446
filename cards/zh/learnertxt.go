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

// learnerSenses is learner.txt read: headword → start of its usual sense;
// learnerVerbSenses, headword → start of the verb a learner meets first
// where the slot wants a verb (its "verb: " lines). usualSenses, the
// hand-written Go map, wins where both have a word (a test fails when both
// do).
var learnerSenses, learnerVerbSenses = parseLearner(learnerTxt)

// verbSlotLabel starts the key of a line that names the verb for a verb
// slot: "包<TAB>verb: to wrap" (the usual "bag" stands elsewhere).
const verbSlotLabel = "verb: "

// parseLearner reads "word<TAB>start of the sense" lines into the usual
// senses, and "word<TAB>verb: start of the sense" lines into the verbs for
// a verb slot; blank lines and lines starting with # are skipped.
func parseLearner(txt string) (usual, verb map[string]string) {
	usual = make(map[string]string, strings.Count(txt, "\n"))
	verb = map[string]string{}
	for line := range dataLines(txt) {
		word, key, ok := strings.Cut(line, "\t")
		if !ok || word == "" || key == "" || strings.Contains(key, "\t") {
			panic("zh: learner.txt: bad line " + line) // embedded: a build defect
		}
		m := usual
		if k, ok := strings.CutPrefix(key, verbSlotLabel); ok {
			m, key = verb, k
		}
		if _, dup := m[word]; dup || key == "" {
			panic("zh: learner.txt: " + word + " twice, or an empty key")
		}
		m[word] = key
	}
	return usual, verb
}
