package zh

import (
	"strings"

	"cika/cards/wordnet"
)

// The rules ask the first gloss of the senses they weigh in every pair
// (firstGloss), most of them of an entry's sense by its index. Asked by
// the sense's text, each answer is a slot of a global table
// (firstGlosses), a cache miss of its own; asked by index, it is where
// the sense's marks say, which the rules have read already: the entry's
// record holds it.

// glossAway is the glossLen of a sense whose first gloss is not a part
// of its text (an upper-case letter lowered), or too far in it.
const glossAway = 1<<16 - 1

// glossPlace returns where firstGloss(s) is in s: its start and length,
// glossAway as the length when it is not a part of s. (The first place
// its text is at, as firstGlosses keeps it: the same string.)
func glossPlace(s string) (uint16, uint16) {
	g := firstGloss(s)
	at := strings.Index(s, g)
	if at < 0 || at+len(g) >= glossAway {
		return 0, glossAway
	}
	return uint16(at), uint16(len(g))
}

// firstGlossAt returns firstGloss(in.senses[i]), read where in's marks
// place it.
func (in *entryInfo) firstGlossAt(i int) string {
	m, s := &in.marks[i], in.senses[i]
	if m.glossLen == glossAway {
		return firstGloss(s)
	}
	return s[m.glossAt : m.glossAt+m.glossLen]
}

// glossPOS returns partsOfSpeech(in.firstGlossAt(i)), kept in in's marks
// for a sense that is no verb's: the rules ask it of the first plain
// sense of the words they weigh, and glossParts's slot was another
// cache miss.
func (in *entryInfo) glossPOS(i int) wordnet.POS {
	if m := &in.marks[i]; m.posKnown {
		return m.pos
	}
	return partsOfSpeech(in.firstGlossAt(i))
}

// The senseFacts of a sense by its index are read from the same record:
// what they ask of the sense's text, nounish and the parts of speech of
// its first gloss, is there.

// plainNounAt is plainNoun(in.senses[i]).
func (in *entryInfo) plainNounAt(i int) bool {
	return in.marks[i].nounish && plainNounPOS(in.glossPOS(i))
}

// adverbGlossAt is adverbGloss(in.senses[i]).
func (in *entryInfo) adverbGlossAt(i int) bool { return in.glossPOS(i)&wordnet.Adv != 0 }

// nounLikeAt is nounLike(in.senses[i]).
func (in *entryInfo) nounLikeAt(i int) bool {
	return in.marks[i].nounish || !isVerbSense(in.senses[i]) && !in.isGrammar(i) && in.glossPOS(i)&wordnet.Noun != 0
}
