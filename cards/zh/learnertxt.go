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
// learnerVerbSenses and learnerClassifierSenses, headword → start of the
// sense a learner meets first where the slot wants a verb or a measure
// word (its "verb: " and "classifier: " lines). usualSenses, the
// hand-written Go map, wins where both have a word (a test fails when both
// do).
var learnerSenses, learnerVerbSenses, learnerClassifierSenses = parseLearner(learnerTxt)

// verbSlotLabel and classifierSlotLabel start the key of a line that names
// the sense for a verb slot or a measure word's: "包<TAB>verb: to wrap" (the
// usual "bag" stands elsewhere), "回<TAB>classifier: classifier for
// occurrences or times".
const (
	verbSlotLabel       = "verb: "
	classifierSlotLabel = "classifier: "
)

// parseLearner reads "word<TAB>start of the sense" lines into the usual
// senses, and "word<TAB>verb: start of the sense" and "word<TAB>classifier:
// start of the sense" lines into the senses for a verb slot and a measure
// word's; blank lines and lines starting with # are skipped.
func parseLearner(txt string) (usual, verb, classifier map[string]string) {
	usual = make(map[string]string, strings.Count(txt, "\n"))
	verb, classifier = map[string]string{}, map[string]string{}
	for line := range dataLines(txt) {
		word, key, ok := strings.Cut(line, "\t")
		if !ok || word == "" || key == "" || strings.Contains(key, "\t") {
			panic("zh: learner.txt: bad line " + line) // embedded: a build defect
		}
		m := usual
		if k, ok := strings.CutPrefix(key, verbSlotLabel); ok {
			m, key = verb, k
		} else if k, ok := strings.CutPrefix(key, classifierSlotLabel); ok {
			m, key = classifier, k
		}
		if _, dup := m[word]; dup || key == "" {
			panic("zh: learner.txt: " + word + " twice, or an empty key")
		}
		m[word] = key
	}
	return usual, verb, classifier
}
