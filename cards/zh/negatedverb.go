package zh

import (
	"strings"
	"unicode/utf8"

	"cika/cards/wordnet"
)

// negatedVerb splits word k of run, a headword of 不 and a verb whose
// every sense is an adverb's (不想 "unexpectedly; to one's surprise", a
// written word), into 不 "not" and the verb, as speech has it: 我不想去 "I
// don't want to go", 他不想工作了, 我不想你走: before a verb or the end of
// the run, or after its subject. Not where the written adverb opens its
// clause (不想他竟然来了) or follows another adverb (尚不觉其困). It
// reports whether it split.
func (a *Analyzer) negatedVerb(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	rest, ok := strings.CutPrefix(w, "不")
	if !ok || utf8.RuneCountInString(rest) != 1 || !a.adverbOnly(w) || !a.anyEntry(rest, hasVerbSense) {
		return false
	}
	verbNext := k+1 >= len(out.ends) || strings.HasPrefix(a.w.posNames[out.pos[k+1]], "v")
	subjectBefore := k > from && (strings.HasPrefix(a.w.posNames[out.pos[k-1]], "r") || strings.HasPrefix(a.w.posNames[out.pos[k-1]], "n"))
	if !verbNext && !subjectBefore {
		return false
	}
	c2, _ := utf8.DecodeRuneInString(rest)
	bu, verb := a.singles['不'], a.singles[c2]
	if bu.logp == 0 || verb.logp == 0 {
		return false
	}
	out.split(k, start, len("不"), bu, verb)
	return true
}

// adverbOnly reports whether w has dictionary entries and the first gloss
// of each of their senses is a word WordNet knows only as an adverb.
func (a *Analyzer) adverbOnly(w string) bool {
	entries := a.dict.Lookup(w)
	if len(entries) == 0 {
		return false
	}
	for _, e := range entries {
		for _, s := range e.Senses() {
			if partsOfSpeech(firstGloss(s))&(wordnet.Adv|wordnet.Adj|wordnet.Noun|wordnet.Verb) != wordnet.Adv {
				return false
			}
		}
	}
	return true
}
