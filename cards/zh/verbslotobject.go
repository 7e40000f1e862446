package zh

import (
	"strings"
	"unicode/utf8"
)

// A character between what only a predicate follows and its object is a
// verb, though no aspect particle, modal or complement says so: 接着包花
// 包 "to wrap", 每天刷碗 刷 "to brush", 去邮局领包裹 领 "to receive" (not
// "bag", "a brush", "neck", the dictionary's first senses, nouns).
// verbSlot asks verbBeforeObject last.

// verbBeforeObject reports whether the token, a single character, stands
// after an adverb (gse's tag, not a degree adverb: 很包 is none), a word
// of sequence or of how often (接着, 然后, 也, 又, 一直), a time word (今天,
// 每天), or after 去 or 来 and the place one goes to, and before a noun,
// its object. A noun of one character standing there would head a compound
// that the segmentation makes one word (电费, 网速), and a subject there is
// followed by its verb, not by a noun (今天信到了 keeps "letter").
func verbBeforeObject(nb *neighbours) bool {
	if nb.sn == nil || nb.a == nil || len(nb.sn.toks[nb.k].Text) > utf8.UTFMax || utf8.RuneCountInString(nb.sn.toks[nb.k].Text) != 1 || !objectPosNext(nb) {
		return false
	}
	if !cheapLeadBefore(nb) && !destinationBefore(nb) && !predicateLeadBefore(nb) {
		return false
	}
	return objectNounNext(nb)
}

// cheapLeadBefore is predicateLeadBefore's answer where gse's tag or the
// word itself gives it without a lookup: an adverb (not a degree adverb),
// a time word, 去 or 来.
func cheapLeadBefore(nb *neighbours) bool {
	switch nb.prevPos {
	case "d":
		return !nb.in(prevDegree)
	case "t":
		return true
	}
	return nb.prev == "去" || nb.prev == "来"
}

// predicateLeadBefore reports whether the word before the token is one
// only a predicate follows, where cheapLeadBefore (an adverb by gse's tag,
// a time word, 去 or 来) has said no: a word of sequence (接着, 然后), of
// how often (oftenAdverbs: 也, 又, 一直), 每 and a unit of time (每天), or
// an adverb by its gloss (prevAdverb). verbBeforeObject asks it after
// cheapLeadBefore only, so it does not ask the cheap cases again.
func predicateLeadBefore(nb *neighbours) bool {
	switch {
	case nb.prevPos == "d":
		return false // a degree adverb: 很包 is no verb slot
	case sequenceWords[nb.prev] || oftenAdverbs[nb.prev]:
		return true
	case strings.HasPrefix(nb.prev, "每") && timeUnit(nb.prev[len("每"):]):
		return true // 每天, 每周, 每年
	}
	// (By its gloss only where gse's tag may hide an adverb: a pronoun
	// 哪里缺车, a conjunction, an adjective 重新.)
	return (strings.HasPrefix(nb.prevPos, "r") || nb.prevPos == "c" || nb.prevPos == "a") && prevAdverb(nb)
}

// countedObjectNext reports whether 个 and what it counts follow the
// token, a single character that is no numeral nor demonstrative (gse's
// tags): only a verb takes a counted object so (刷个牙, 包个红包, 画个圈,
// "a brush", "bag", not "picture"), where 一 is left out.
func countedObjectNext(nb *neighbours) bool {
	if nb.next != "个" || nb.sn == nil || utf8.RuneCountInString(nb.sn.toks[nb.k].Text) != 1 {
		return false
	}
	p := nb.sn.posOf(nb.a, nb.k)
	return p != "m" && p != "q" && !strings.HasPrefix(p, "r") && nb.k+2 < len(nb.sn.toks) && isHan(firstRune(nb.sn.toks[nb.k+2].Text))
}

// towardsBefore reports whether a preposition of whom an act is aimed
// at or done for (向, 朝, 替) and its object, a noun or a pronoun, stand
// right before the token: what follows them is the verb (向经理报告 "to
// report", 向银行贷款, 替我谢谢他).
func towardsBefore(nb *neighbours) bool {
	if nb.sn == nil || nb.k < 2 || !isObjectPos(nb.prevPos) {
		return false
	}
	switch nb.sn.toks[nb.k-2].Text {
	case "向", "朝", "替":
		return true
	}
	return false
}

// destinationBefore reports whether the word before the token is the
// place a verb of going right before it goes to: 去邮局领包裹, 来我家吃饭.
func destinationBefore(nb *neighbours) bool {
	if nb.k < 2 || !isNounPos(nb.prevPos) {
		return false
	}
	switch nb.sn.toks[nb.k-2].Text {
	case "去", "来":
		return true
	}
	return false
}

// objectPosNext reports whether the word after the token may be its
// object by gse's tag: a Han word that is no locative, particle,
// preposition, adverb, conjunction or numeral (the cheap half of
// objectNounNext, asked first).
func objectPosNext(nb *neighbours) bool {
	p := nb.nextPos
	return nb.next != "" && isHan(firstRune(nb.next)) && p != "f" && !strings.HasPrefix(p, "u") && p != "p" && p != "d" && p != "c" && p != "m" && p != "y"
}

// objectNounNext reports whether the word after the token, one
// objectPosNext allows, is a noun, its object: gse tags it one, or (gse
// tags 花 and 包裹 verbs, 碗 a measure word) the dictionary's first sense
// of its headword is a noun's.
func objectNounNext(nb *neighbours) bool {
	if isNounPos(nb.nextPos) {
		return true
	}
	if nb.a.anyEntry(nb.next, nounFirst) {
		return true
	}
	// A word of several characters closing the clause, a noun too, is
	// the object (包裹 "to wrap up; …; parcel" after 领): after a subject
	// of one character a verb closes it (门打开了).
	return nb.sn != nil && nb.k+1 < len(nb.sn.toks) && utf8.RuneCountInString(nb.next) > 1 && clauseEndsAt(nb.sn.toks, nb.k+2) && nb.a.anyEntry(nb.next, hasNounSense)
}

// nounFirst reports whether in's first plain sense is a noun's.
func nounFirst(in *entryInfo) bool {
	return in.firstPlain >= 0 && in.marks[in.firstPlain].nounish
}

// hasNounSense reports whether a plain sense of in is a noun's.
func hasNounSense(in *entryInfo) bool {
	for i, s := range in.senses {
		if in.marks[i].nounish && in.plain(i, s) {
			return true
		}
	}
	return false
}
