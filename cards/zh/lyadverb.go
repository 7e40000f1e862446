package zh

import (
	"strings"

	"cika/cards/wordnet"
)

// adverbApart reports whether lw is an adverb in -ly that Snowball stems
// as the adjective it is spelled from but that means something else:
// WordNet knows lw as an adverb only and that adjective as a lemma, and
// relates the two in no way (same lemma, derivation, synonym or a step
// between their common senses). "hardly" is no "hard" manner (it says
// "barely"), "nearly" no nearness in space ("almost"), "lately" nothing
// late ("recently"), "mostly" no superlative ("mainly"): where the
// English says one, a gloss with the adjective ("to work hard", "near",
// "late") is said by form, not meaning (累 "to work hard" met "hardly").
// "clearly", "quickly", "basically", which WordNet derives from "clear",
// "quick", "basic", keep saying them.
//
// stemOf asks it of every new word of both caches, the English side's
// and the glosses', so that a gloss "nearly" still meets the English
// "nearly" (both keep the word whole as their stem).
func adverbApart(lw string) bool {
	n := len(lw)
	if n < 5 || !strings.HasSuffix(lw, "ly") || !isASCIILetters(lw) || partsOfSpeech(lw) != wordnet.Adv {
		return false
	}
	base := false
	for _, b := range [...]string{lw[:n-2], lw[:n-3] + "y", lw[:n-2] + "e", lw[:n-2] + "le"} {
		if len(b) < 3 || partsOfSpeech(b)&wordnet.Adj == 0 {
			continue
		}
		if wordnet.Relate(lw, b) != 0 {
			return false
		}
		base = true
	}
	return base
}
