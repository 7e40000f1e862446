package zh

import (
	"strings"

	"cika/cards/wordnet"
)

// phrasalSynonyms reports whether particle q after verb says the phrasal
// verb of verb and particle p: q is p, or WordNet makes the two phrasal
// verbs one lemma's forms or synonyms ("throw out" and "throw away", both
// "to discard"; but not "eat up" and "eat out").
func phrasalSynonyms(verb, p, q string) bool {
	if p == q {
		return true
	}
	verb = strings.ToLower(verb)
	k := wordnet.Relate(verb+" "+p, verb+" "+q)
	return k != 0 && k <= wordnet.Synonym
}

// glossParticle reports whether w makes a phrasal verb of the verb before
// it in a gloss that phrasalSaid reads: a particle of phrasalParticles, or
// "at", which aims the verb at someone ("laughed at me" says 笑 "to laugh
// at", not "to laugh; to smile"). ("at" is not among phrasalParticles,
// whose phrases relGroups looks up in WordNet: there the gloss "to sniff
// at" would be WordNet's "sniff at", to scorn.)
func glossParticle(w string) bool { return phrasalParticles[w] || w == "at" }
