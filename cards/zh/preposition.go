package zh

import "strings"

// prepositionOnly reports whether every gloss of sense k of in is English
// prepositions only ("towards; at; for", "with", "from"): a sense that
// takes an object after it.
func (in *entryInfo) prepositionOnly(k int) bool {
	seen := false
	for g := range strings.SplitSeq(stripBrackets(in.senses[k]), ";") {
		ws := glossWords(g)
		if len(ws) == 0 {
			continue
		}
		for _, w := range ws {
			if !prepositionsEn[w] {
				return false
			}
		}
		seen = true
	}
	return seen
}

// prepositionsEn are the English prepositions: what a gloss of a Chinese
// preposition is made of ("towards; at; for"; prepositionOnly) or starts
// with ("by means of", "as (in the capacity of)"; prepositionGloss), and
// what takes a noun for object on the English side (nounAt).
var prepositionsEn = map[string]bool{
	"from": true, "of": true, "in": true, "on": true, "at": true, "for": true, "about": true,
	"with": true, "by": true, "through": true, "into": true, "to": true, "towards": true, "toward": true,
	"than": true, "along": true, "according": true, "via": true, "onto": true, "upon": true,
	"as": true, "regarding": true, "concerning": true, "under": true, "against": true, "per": true,
	"across": true, "throughout": true, "despite": true, "without": true,
}

// objectPreposition reports whether English word w is a preposition that
// takes an object: not "to", mostly an infinitive's.
func objectPreposition(w string) bool { return w != "to" && prepositionsEn[w] }

// leadingPreposition reports whether w, the first word of a gloss, makes
// it a preposition's: not "to", a verb's ("to go"), nor the prepositions
// that start CC-CEDICT's set phrases more often than a preposition's
// gloss ("in addition", "on time", "at will", "of course"; with them 根本
// "fundamental" was "(not) at all" for "fundamentally", 晚上 "evening"
// "in the evening" for "night").
func leadingPreposition(w string) bool {
	switch w {
	case "to", "in", "on", "at", "of":
		return false
	}
	return prepositionsEn[w]
}
