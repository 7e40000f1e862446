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

// prepositionsEn are the English prepositions a gloss of a Chinese
// preposition is made of.
var prepositionsEn = map[string]bool{
	"from": true, "of": true, "in": true, "on": true, "at": true, "for": true, "about": true,
	"with": true, "by": true, "through": true, "into": true, "to": true, "towards": true, "toward": true,
	"than": true, "along": true, "according": true, "via": true, "onto": true, "upon": true,
}
