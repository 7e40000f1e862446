package zh

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"cika/cards/dict"
	"cika/cards/wordnet"

	snowball "github.com/kljensen/snowball/english"
)

// english is the English side of a sentence pair, reduced to what the
// choice of readings and senses needs. Its slices are reused from one
// Analyze to the next (see scratch); an English sentence has few words, so
// a scan behind a Bloom filter beats a map.
type english struct {
	stems []string // Snowball stems of its content words, in order (may repeat)
	words []string // all its words, lower case (may repeat)
	// wordStems holds the Snowball stem of each of words, "" for none:
	// relGroups and beside ask it of every word, and a lookup in
	// englishStems costs a cache miss.
	wordStems []string
	// wordRoles holds the roles of each of words (rolesOf, as its stemmed
	// keeps them): relGroups asks the word sets of phrasal and light verbs
	// of every word, a map lookup each.
	wordRoles []uint16
	// wordGroups holds the meaning groups of each of words that relGroups
	// looks up (roleRelated; nil for the others), as its stemmed keeps
	// them: a lookup in englishGroups per word and pair cost a cache miss
	// or two.
	wordGroups [][]wordnet.Group
	// caps are the lower-cased capitalised words that are not English
	// function words (candidate names: "mustafa") with their spelling, the
	// last one met for a word written several ways; each lower-case word
	// once.
	caps []capWord
	// stemBits and wordBits are Bloom filters of stems and words: a gloss
	// word whose bit is clear is not in the lists, without a scan.
	stemBits, wordBits bits256
	// stemSum and wordSum are wider filters of the same (bits1k), tested
	// with a senseMatcher's words to skip an entry none of whose words the
	// English side has.
	stemSum, wordSum bits1k
	// stemFold and wordFold are stemSum and wordSum folded to 64 bits
	// (a bit per hash10 modulo 64; index): mayMatch's first test.
	stemFold, wordFold uint64
	// On a long English side (more than manyWords words or capitalised
	// words), maps index the lists instead of scans.
	stemSet, wordSet map[string]bool
	capIndex         map[string]int // index in caps by lw
	// groups are the WordNet meaning groups of words and phrases, each
	// once, found on first use (relGroups, relDone); groupSet holds them
	// too, for hasGroup.
	groups    []wordnet.Group
	groupBits bits1k
	groupSet  groupTable // groups as a set, kept from pair to pair
	relDone   bool
	// used are the content stems that the senses chosen for the earlier
	// words of the pair were matched by (claim), with the word that took
	// each; current is the word whose senses are being chosen now. A
	// stem another word took says nothing of this one: "last week" is
	// 上个星期's, not 去 "(of a time) last"; "my phone" is 手机's, not 电
	// "phone call".
	used    []usedStem
	current string
	// picks are the single characters whose sense the English chose, by
	// token, for reclaim: a word after them may take their stem.
	picks []pickedSense
	// strict: a stem another word took says nothing of this one even if
	// the two share a character (reclaim's bound forms).
	strict bool
	// fnTaken are the English function words that other tokens of the
	// pair translate whole (reclaimFunctionWords): while a single
	// character is chosen again, a gloss of function words says nothing
	// through them.
	fnTaken []string
	// claimAware: related words count only if no other word took them
	// (relation, claimedGroup); singleRelatedBest sets it for a noun
	// said by a noun of its kind.
	claimAware bool
	// adjStems are the stems of words that stand as an adjective or an
	// adverb of manner ("very mature", "clearly"), once per such word
	// (adjectival): a verb's gloss is not said by them.
	adjStems []string
	adjRole  bool // the word being added stands so (reset)
	// question: the pair asks something (a question mark on either side).
	question bool
	// sum is the sum of what reset and relGroups read ahead, kept so
	// that the reads are.
	sum uint64
}

// usedStem is a content stem of the English, the word that took it and
// that word's token index (-1 for a claim the English side itself makes:
// bookedWords, canWords).
type usedStem struct {
	stem, word string
	at         int
}

// takenByOther reports whether words other than x.current took every
// occurrence of stem st in the English: words sharing no character with it
// (考试 "exam" leaves "exam" to 考 in 这次考试他考得不错: the Chinese says it
// twice), any word when x.strict. An English word says one Chinese word:
// "My older brother is three years older than me" leaves an "older" to 大
// after 哥哥 took one.
func (x *english) takenByOther(st string) bool {
	n := 0
	for _, u := range x.used {
		if u.stem == st && u.word != x.current && (x.strict || !strings.ContainsAny(u.word, x.current)) {
			n++
		}
	}
	return n > 0 && n >= x.stemCount(st)
}

// take records that the word at token k took stem st (claim), once.
func (x *english) take(st, word string, k int) {
	for _, u := range x.used {
		if u.stem == st && u.at == k {
			return
		}
	}
	x.used = append(x.used, usedStem{st, word, k})
}

// adjectivalRole reports whether English word lw, after word prev, stands
// as an adjective or an adverb of manner, not as a verb: an adverb in -ly
// that WordNet knows as an adverb only, made of a word that is a verb too
// ("clearly", whose stem is "clear"s; not "temporarily", whose stem no
// verb shares), or an adjective after an adverb of degree ("very mature",
// "too slow").
//
// It is the definition: reset asks it of every English word through the
// word's stemmed (rolesOf, adjectivalAfter), where its WordNet lookups and
// the degree words' map are asked once per word met, not once per pair.
func adjectivalRole(prev, lw string) bool {
	if base, ok := strings.CutSuffix(lw, "ly"); ok && partsOfSpeech(lw) == wordnet.Adv {
		return partsOfSpeech(base)&wordnet.Verb != 0
	}
	return degreeBefore[prev] && partsOfSpeech(lw)&wordnet.Adj != 0
}

// The bits of stemmed.roles: what adjectivalRole asks of a word, and the
// word sets reset asks of every word.
const (
	roleLyAdverb  = 1 << iota // an adverb in -ly that WordNet knows as an adverb only
	roleLyVerb                // … made of a word that is a verb too
	roleAdjective             // WordNet knows the word as an adjective
	roleDegree                // an adverb of degree (degreeBefore)
	roleBooked                // bookedWords
	roleAlsoSays              // a word of alsoSays
	roleCan                   // canWords
	// The word sets relGroups asks of each English word (related.go):
	rolePhrasal        // phrasalParticles
	roleLightVerb      // lightVerbForms
	roleObjectPronoun  // objectPronounsEn
	roleNounDeterminer // nounDeterminersEn
	roleAuxiliary      // auxiliariesEn
	roleAdverbParticle // adverbParticles
	rolePhrasalObject  // phrasalObjects
	// What relGroups asks of each (stemOf sets it, with stemmed.groups):
	roleRelated // a content word whose groups it looks up (relatedWord)
)

// rolesOf returns the roles bits of English word lw.
func rolesOf(lw string) uint16 {
	var r uint16
	if base, ok := strings.CutSuffix(lw, "ly"); ok && partsOfSpeech(lw) == wordnet.Adv {
		r |= roleLyAdverb
		if partsOfSpeech(base)&wordnet.Verb != 0 {
			r |= roleLyVerb
		}
	}
	if partsOfSpeech(lw)&wordnet.Adj != 0 {
		r |= roleAdjective
	}
	if degreeBefore[lw] {
		r |= roleDegree
	}
	if bookedWords[lw] {
		r |= roleBooked
	}
	if len(alsoSays()[lw]) > 0 {
		r |= roleAlsoSays
	}
	if canWords[lw] {
		r |= roleCan
	}
	for _, set := range [...]struct {
		words map[string]bool
		role  uint16
	}{
		{phrasalParticles, rolePhrasal}, {lightVerbForms, roleLightVerb}, {objectPronounsEn, roleObjectPronoun},
		{nounDeterminersEn, roleNounDeterminer}, {auxiliariesEn, roleAuxiliary}, {adverbParticles, roleAdverbParticle},
		{phrasalObjects, rolePhrasalObject},
	} {
		if set.words[lw] {
			r |= set.role
		}
	}
	return r
}

// adjectivalAfter is adjectivalRole of p's word after a word that is an
// adverb of degree or not (prevDegree).
func (p *stemmed) adjectivalAfter(prevDegree bool) bool {
	if p.roles&roleLyAdverb != 0 {
		return p.roles&roleLyVerb != 0
	}
	return prevDegree && p.roles&roleAdjective != 0
}

// degreeBefore are the English adverbs of degree that stand before an
// adjective (not "really", before verbs as often: "I really want").
var degreeBefore = map[string]bool{
	"very": true, "too": true, "extremely": true, "quite": true, "fairly": true, "rather": true,
	"incredibly": true, "pretty": true, "so": true, "less": true, "least": true,
}

// adjectival reports whether every word of x whose stem is st stands as
// an adjective or an adverb of manner (adjectivalRole): "The model is very
// mature" says 成熟 "mature; ripe", not "to mature; to ripen"; "I can't
// hear him clearly" says 清 "clear; distinct", not "to clear".
func (x *english) adjectival(st string) bool {
	return len(x.adjStems) > 0 && slices.Contains(x.adjStems, st) && countOf(x.adjStems, st) == x.stemCount(st)
}

// countOf returns how many times s is in ss.
func countOf(ss []string, s string) int {
	n := 0
	for _, t := range ss {
		if t == s {
			n++
		}
	}
	return n
}

// stemCount returns how many times stem st is among x's stems.
func (x *english) stemCount(st string) int { return countOf(x.stems, st) }

// pickedSense is a single character's token whose sense the English chose.
type pickedSense struct {
	k  int
	in *entryInfo
}

// takenFrom reports whether the stem of a content word of sense i of in,
// the token at k, was taken by a word that the token's own choice could not
// see, so that the choice must be made again (strict: under x.strict):
//   - a word after it sharing no character with it: claims run in the
//     order of the sentence, and 最顶尖的模型 / "the absolute best models"
//     chose 最 "(after 之) best or most extreme example" before 顶尖 "best"
//     took "best", 如你所说…确实 / "as you say … actually" 所 "actually"
//     before 确实; but not what a verb's gloss names after its verb (犯了一些
//     错误 / "made some mistakes": 犯 "to make a mistake", whatever 错误
//     took) nor the noun a measure word's gloss counts (上百万笔交易 笔
//     "(classifier) sum of money; financial transaction");
//   - for a bound form, any word: the bound form is what the character
//     means inside a word, and a word holding it that says the same says
//     it there (要开一个很重要的会: 要 is not "(bound form) important",
//     重要 is "important"), unless the English says it twice (自对弈 …
//     自我改进 / "self play … self-improvement").
func (x *english) takenFrom(in *entryInfo, i, k int) (taken, strict bool) {
	m, j, _ := in.senseAt(i)
	if m == nil {
		return false, false
	}
	bound := strings.HasPrefix(in.senses[i], "(bound form)")
	verb, counter := in.marks[i].verb, in.isClassifier(i)
	words := m.words()
	for _, g := range m.senseGlosses(j) {
		for w := int(g.start); w < int(g.start+g.content); w++ {
			if !bound && (counter || verb && w > int(g.start)) {
				break
			}
			st := m.word(words, w)
			for _, u := range x.used {
				if u.stem != st || u.at < 0 || u.at == k {
					continue
				}
				if bound && x.stemCount(st) == 1 {
					return true, true
				}
				if u.at > k && !strings.ContainsAny(u.word, x.current) && x.takenByOther(st) {
					return true, false
				}
			}
		}
	}
	return false, false
}

// manyWords is the length of the lists beyond which english indexes them
// with maps.
const manyWords = 64

// bits1k is a one-hash Bloom filter of 1,024 bits, keyed by hash10.
type bits1k [16]uint64

func (b *bits1k) add(h uint16) { b[h>>6&15] |= 1 << (h & 63) }

func (b *bits1k) has(h uint16) bool { return b[h>>6&15]&(1<<(h&63)) != 0 }

// meets reports whether b and c have a bit in common.
func (b *bits1k) meets(c *bits1k) bool {
	var or uint64
	for i := range b {
		or |= b[i] & c[i]
	}
	return or != 0
}

// fold returns the 64 bits of b ORed together: bit h%64 is set when a
// key h of b's may be.
func (b *bits1k) fold() uint64 {
	var f uint64
	for _, w := range b {
		f |= w
	}
	return f
}

// hash10 is the key of bits1k: ten bits of the FNV-1a hash, independent
// of hash8's fold.
func hash10(h uint32) uint16 { return uint16(h>>22) & 1023 }

// capWord is a capitalised word of the English side: lower case and as
// written.
type capWord struct{ lw, orig string }

// bits256 is a set of bytes, the one-hash Bloom filter of english.
type bits256 [4]uint64

func (b *bits256) add(h uint8)      { b[h>>6] |= 1 << (h & 63) }
func (b *bits256) has(h uint8) bool { return b[h>>6]&(1<<(h&63)) != 0 }

// hash8 is the FNV-1a hash of s folded to a byte, the key of bits256.
func hash8(s string) uint8 { return fold8(fnv32(s)) }

func fold8(h uint32) uint8 { return uint8(h ^ h>>8 ^ h>>16 ^ h>>24) }

// fnv32 is the FNV-1a hash of s.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// newEnglish analyses en; "" gives an english that matches nothing.
func newEnglish(en string) *english {
	x := &english{}
	x.reset(en)
	return x
}

// reset makes x the analysis of en, reusing x's slices.
func (x *english) reset(en string) {
	*x = english{stems: x.stems[:0], words: x.words[:0], wordStems: x.wordStems[:0], wordRoles: x.wordRoles[:0], wordGroups: x.wordGroups[:0], caps: x.caps[:0], groups: x.groups[:0], groupSet: x.groupSet, used: x.used[:0], picks: x.picks[:0], fnTaken: x.fnTaken[:0], adjStems: x.adjStems[:0], sum: x.sum}
	defer x.index()
	x.question = hasQuestionMark(en)
	en = trimDiscourse(expandInformal(en))
	if strings.Contains(en, "ight ") {
		en = dropIntensifiers(en)
	}
	x.sum += englishStems.readAhead(en)
	prev, doPending := "", false
	gotTo := false      // the words before are "got to"
	prevDegree := false // degreeBefore[prev], as stemmed keeps it
	forWords(en, func(w string) {
		lw := strings.ToLower(w)
		h := fnv32(lw)
		p := englishStems.stemOf(lw, h)
		x.adjRole = p.adjectivalAfter(prevDegree) // adjectivalRole(prev, lw)
		if doPending {
			// The word after a do-form: see mainDo.
			if !doSubjects[lw] {
				x.addMainDo()
			}
			doPending = false
		}
		if lw == "like" && (prev == "would" || strings.HasSuffix(prev, "'d") || strings.HasSuffix(prev, "’d")) {
			// "I'd like a coffee", "would you like…": the English of 想
			// and 要 "to want", which no gloss says "like".
			p := englishStems.stemOf("want", wantHash)
			x.words, x.wordStems, x.wordRoles, x.wordGroups = append(x.words, "want"), append(x.wordStems, p.stem), append(x.wordRoles, p.roles), append(x.wordGroups, p.groups)
			x.wordBits.add(fold8(wantHash))
			x.wordSum.add(hash10(wantHash))
			x.addStem(p)
		}
		if p.roles&roleBooked != 0 || lw == "book" && bookBefore[prev] {
			// "We booked a double room": 订 "to order", CC-CEDICT's word
			// for reserving (预订 "to place an order; to book ahead").
			// (The noun, "a book", is 书's.) The "order" is the words of
			// 订's only (订, 预订, 订票), as "able" is 不会's: "book a
			// ticket to Shanghai" says no 去 "to go in order to do sth".
			p := englishStems.stemOf("order", orderHash)
			x.addStem(p)
			x.used = append(x.used, usedStem{p.stem, "订", -1})
		}
		if p.roles&roleAlsoSays != 0 {
			for _, said := range alsoSays()[lw] {
				x.addStem(englishStems.stemOf(said.word, said.h))
			}
		}
		if lw == "than" && prev != "" {
			// "lower than", "cooler than": a comparative, whatever else
			// the word may be (比预期要低 is 低 "low", not "to lower").
			if base := comparativeRoot(prev); base != "" && comparativeBase(prev) == "" {
				// (The noun or verb it also is says nothing here: its
				// stem goes, the adjective's comes.)
				x.dropLastStem(stem(prev))
				x.addWord(base)
			}
		}
		if gotTo && !nounDeterminersEn[lw] && !objectPronounsEn[lw] && isASCIILetters(lw) {
			// "We've got to think", "I got to go": the modal "have to"
			// (得 dei3), not "to get" (得 de2 "to obtain"). ("Got to
			// the station" arrives: a noun follows.)
			x.dropLastStem(stem("got"))
			x.dropLastStem(stem("get"))
			x.addWord("have")
		}
		gotTo = lw == "to" && prev == "got"
		switch lw {
		case "doing", "done":
			x.addMainDo()
		case "do", "does", "did":
			doPending = !doInverted[prev]
		}
		prev, prevDegree = lw, p.roles&roleDegree != 0
		x.words, x.wordStems, x.wordRoles, x.wordGroups = append(x.words, lw), append(x.wordStems, p.stem), append(x.wordRoles, p.roles), append(x.wordGroups, p.groups)
		x.wordBits.add(fold8(h))
		x.wordSum.add(hash10(h))
		if strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") {
			// "don't", "can't" say "not" (不想 "don't want" is 不 想), and
			// "can't" says "cannot" (不能).
			not := englishStems.stemOf("not", notHash)
			x.words, x.wordStems, x.wordRoles, x.wordGroups = append(x.words, "not"), append(x.wordStems, not.stem), append(x.wordRoles, not.roles), append(x.wordGroups, not.groups)
			x.wordBits.add(fold8(notHash))
			x.wordSum.add(hash10(notHash))
			if lw == "can't" || lw == "can’t" {
				p := englishStems.stemOf("cannot", cannotHash)
				x.words, x.wordStems, x.wordRoles, x.wordGroups = append(x.words, "cannot"), append(x.wordStems, p.stem), append(x.wordRoles, p.roles), append(x.wordGroups, p.groups)
				x.wordBits.add(fold8(cannotHash))
				x.wordSum.add(hash10(cannotHash))
				if p.stem != "" {
					x.addStem(p)
				}
			}
		}
		if strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") {
			// "won't", "shouldn't": the modal too (不会 "will not").
			if m := negatedModals[strings.TrimSuffix(strings.TrimSuffix(lw, "n't"), "n’t")]; m != "" {
				x.addWord(m)
			}
		}
		if p.roles&roleCan != 0 {
			// "can't", "couldn't": "not able" (不会 "not able"), as a
			// reader hears it; the "able" is the negated modal's (it
			// shares a character with 不会 and 不能), no other word's
			// (智能 "able" in "we couldn't build superintelligence").
			p := englishStems.stemOf("able", ableHash)
			x.words, x.wordStems, x.wordRoles, x.wordGroups = append(x.words, "able"), append(x.wordStems, ""), append(x.wordRoles, p.roles), append(x.wordGroups, nil) // (no groups: see relGroups)
			x.addStem(p)
			x.used = append(x.used, usedStem{p.stem, "不会", -1})
		}
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) && len(w) >= 3 && isASCIILetters(lw) && !snowball.IsStopWord(lw) {
			x.addCap(lw, w)
		}
		if p.stem != "" {
			x.addStem(p)
		}
		if head := compoundHead(lw); head != "" {
			if p := englishStems.stemOf(head, fnv32(head)); p.stem != "" {
				x.addStem(p)
			}
		}
		if base := p.base; base != "" {
			if p := englishStems.stemOf(base, fnv32(base)); p.stem != "" {
				x.addStem(p)
			}
		}
		if v := p.verb; v != "" {
			if p := englishStems.stemOf(v, fnv32(v)); p.stem != "" {
				x.addStem(p)
			}
		}
	})
	x.adjRole = false
	if doPending {
		x.addMainDo() // "What did you do?": a do-form at the end
	}
}

// alsoSays lists, for English words, the words of CC-CEDICT's glosses they
// say too, where WordNet relates the two only through rare senses or not
// at all:
//   - low quality: "His grades are very poor", "worse than mine" say 差
//     "not up to standard; inferior", the word CC-CEDICT glosses low
//     quality with (劣, 次 "inferior quality");
//   - severity: "a bad cold", "badly hurt" say 重 "serious" (重感冒, 伤得很
//     重), not "heavy";
//   - a flaw open to attack: "a vulnerability", "found an exploit" say 漏洞
//     "loophole", not "leak".
//
// Built on first use: every cika command links this package, and most
// (lookup among them) never analyze a pair.
var alsoSays = sync.OnceValue(func() map[string][]glossWord {
	inferior, serious, loophole := newGlossWord("inferior"), newGlossWord("serious"), newGlossWord("loophole")
	return map[string][]glossWord{
		"bad": {inferior, serious}, "badly": {inferior, serious}, "worse": {inferior, serious}, "worst": {inferior, serious},
		"poor": {inferior}, "poorly": {inferior}, "poorer": {inferior}, "poorest": {inferior},
		"terrible": {inferior, serious}, "awful": {inferior}, "lousy": {inferior},
		"vulnerability": {loophole}, "vulnerabilities": {loophole}, "exploit": {loophole}, "exploits": {loophole},
	}
})

// glossWord is a word of CC-CEDICT's glosses and its fnv32.
type glossWord struct {
	word string
	h    uint32
}

func newGlossWord(w string) glossWord { return glossWord{w, fnv32(w)} }

// bookedWords are the forms of the verb "book" that no noun shares, and
// bookBefore the words after which "book" is the verb ("to book",
// "I'll book", "please book").
var (
	bookedWords = map[string]bool{"booked": true, "booking": true, "rebook": true, "rebooked": true}
	bookBefore  = map[string]bool{"to": true, "please": true, "i": true, "we": true, "you": true, "can": true, "could": true,
		"i'll": true, "we'll": true, "i’ll": true, "we’ll": true, "let's": true, "let’s": true, "should": true, "must": true, "will": true}
	orderHash = fnv32("order")
)

// negatedModals are the modals of "n't" forms, by what precedes "n't".
var negatedModals = map[string]string{
	"wo": "will", "ca": "can", "should": "should", "would": "would", "could": "could",
	"must": "must", "might": "might", "need": "need",
}

// canWords are the negated forms of "can", which say "not able".
var canWords = map[string]bool{"can't": true, "can’t": true, "cannot": true, "couldn't": true, "couldn’t": true}

var ableHash = fnv32("able")

// dropLastStem removes the last st from x's stems (its Bloom bits stay:
// a bit set in vain costs one scan).
func (x *english) dropLastStem(st string) {
	for i := len(x.stems) - 1; i >= 0; i-- {
		if x.stems[i] == st {
			x.stems = append(x.stems[:i], x.stems[i+1:]...)
			break
		}
	}
	for i := len(x.adjStems) - 1; i >= 0; i-- {
		if x.adjStems[i] == st {
			x.adjStems = append(x.adjStems[:i], x.adjStems[i+1:]...)
			return
		}
	}
}

// addWord adds the word w, and its stem if it has one, to x.
func (x *english) addWord(w string) {
	h := fnv32(w)
	p := englishStems.stemOf(w, h)
	x.words, x.wordStems, x.wordRoles, x.wordGroups = append(x.words, w), append(x.wordStems, p.stem), append(x.wordRoles, p.roles), append(x.wordGroups, p.groups)
	x.wordBits.add(fold8(h))
	x.wordSum.add(hash10(h))
	if p.stem != "" {
		x.addStem(p)
	}
}

// mainDo stands, among the words of an English side, for a form of "do"
// that is the sentence's verb ("What did you do today?", "I did my
// homework"), not an auxiliary ("Did you go?", "I don't know"); and among
// a gloss's function words for a gloss that is "to do" alone (干, 搞, 弄
// "to do"), which glueWords would leave empty. No English word is
// written so.
const mainDo = "do:verb"

// doInverted are the words after which a do-form is an auxiliary before
// its subject ("What did you say?", "Why does it hurt?"); the start of the
// sentence ("Did the train leave?") is one.
var doInverted = map[string]bool{
	"": true, "what": true, "where": true, "when": true, "why": true, "how": true, "who": true,
	"which": true, "whom": true, "whose": true, "so": true, "neither": true, "nor": true,
}

// doSubjects are the words that, right after a do-form, make it an
// auxiliary: a subject pronoun ("do you know", "did they come") or a
// negation.
var doSubjects = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "we": true, "they": true, "not": true,
}

// doSaid is the score of a gloss "to do" that a main-verb do says: a
// verb of all work, less than a gloss said word for word ("OK, will do"
// is 行 "all right; OK!; will do", not "(bound form) to do").
const doSaid = 0.9

// mainDoH8 is the hash8 of mainDo.
var mainDoH8 = uint16(fold8(mainDoHash))

// addMainDo adds mainDo to the words of x.
func (x *english) addMainDo() {
	x.words, x.wordStems, x.wordRoles, x.wordGroups = append(x.words, mainDo), append(x.wordStems, ""), append(x.wordRoles, 0), append(x.wordGroups, nil) // (in no set)
	x.wordBits.add(fold8(mainDoHash))
	x.wordSum.add(hash10(mainDoHash))
}

// isDoGloss reports whether the words of a gloss (glossWords) are "to do"
// or "do": glue words only, of which "do".
func isDoGloss(gw []string) bool {
	do := false
	for _, w := range gw {
		if !glueWords[w] {
			return false
		}
		do = do || w == "do"
	}
	return do
}

// intensified are the words after which "right" intensifies ("right now",
// "right away", "right after this") and says nothing of correctness ("turn
// right at the bank" keeps its direction: no preposition is here): 是
// in 这些数据被证明是有用的 / "which is proving useful right now" is not
// "correct; right".
var intensified = map[string]bool{
	"now": true, "away": true, "here": true, "there": true, "after": true, "before": true,
	"back": true, "behind": true, "next": true, "then": true,
}

// intensifiersDropped is sense, a gloss, read as reset reads the English
// side: "right away" is "away" on both sides, so that 马上 "right away"
// matches "I'm coming right away" in full.
func intensifiersDropped(sense string) string {
	if !strings.Contains(sense, "ight ") {
		return sense
	}
	return dropIntensifiers(sense)
}

// dropIntensifiers removes each "right" (any case) that intensifies the word
// after it.
func dropIntensifiers(en string) string {
	var b strings.Builder
	rest, dropped := en, false
	for {
		i := strings.Index(strings.ToLower(rest), "right ")
		if i < 0 {
			break
		}
		after := rest[i+len("right "):]
		next := after
		if j := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
			next = after[:j]
		}
		startsWord := i == 0 || !unicode.IsLetter(rune(rest[i-1]))
		if startsWord && intensified[strings.ToLower(next)] {
			b.WriteString(rest[:i])
			rest, dropped = after, true
			continue
		}
		b.WriteString(rest[:i+len("right ")])
		rest = after
	}
	if !dropped {
		return en
	}
	b.WriteString(rest)
	return b.String()
}

// notHash, cannotHash, wantHash and mainDoHash are fnv32 of "not",
// "cannot", "want" and mainDo.
var notHash, cannotHash, wantHash, mainDoHash = fnv32("not"), fnv32("cannot"), fnv32("want"), fnv32(mainDo)

// discourseMarkers open a spoken English sentence without saying anything
// of the Chinese ("Well, I think…" is not 是 "very well"). Only "well":
// "so", "oh", "I mean" translate 所以, 哦, 我的意思是.
var discourseMarkers = [...]string{"well"}

// informalEn are the spoken contractions of English that a transcript
// writes as one word, with the words they stand for: the podcast's "we
// gotta move faster" says 得 dei3 "to have to", "I wanna talk to you" 想
// "to want (to)", where the contraction is no word of any gloss. Only
// those that stand for one thing ("cause" is a noun too, "ya" a "yes").
// So are the informal spellings of words CC-CEDICT spells otherwise:
// "Okay." says 行 "all right; OK!", "Alright." 好 "all right!".
var informalEn = map[string]string{
	"gonna": "going to", "wanna": "want to", "gotta": "have to", "hafta": "have to", "oughta": "ought to",
	"kinda": "kind of", "sorta": "sort of", "lemme": "let me", "gimme": "give me", "dunno": "don't know",
	"outta": "out of", "lotta": "lot of", "cuz": "because", "'cause": "because", "y'know": "you know",
	"okay": "OK", "alright": "all right",
}

// expandInformal returns en with each word of informalEn (in any case)
// written out; en itself, without a copy, when it has none.
func expandInformal(en string) string {
	if !strings.Contains(en, "nna") && !strings.Contains(en, "tta") && !strings.Contains(en, "mme") &&
		!strings.Contains(en, "nno") && !strings.Contains(en, "nda") && !strings.Contains(en, "rta") &&
		!strings.Contains(en, "fta") && !strings.Contains(en, "cuz") && !strings.Contains(en, "'cause") &&
		!strings.Contains(en, "y'know") && !strings.Contains(en, "kay") && !strings.Contains(en, "lright") {
		return en
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(en); {
		if !isContractionByte(en[i]) {
			i++
			continue
		}
		j := i
		for j < len(en) && isContractionByte(en[j]) {
			j++
		}
		if j-i < 3 || j-i > 7 {
			i = j
			continue
		}
		if full, ok := informalEn[strings.ToLower(en[i:j])]; ok {
			if b.Len() == 0 {
				b.Grow(len(en) + 16)
			}
			b.WriteString(en[last:i])
			b.WriteString(full)
			last = j
		}
		i = j
	}
	if last == 0 {
		return en
	}
	b.WriteString(en[last:])
	return b.String()
}

// isContractionByte reports whether c may be part of an informal contraction:
// an ASCII letter or an apostrophe ("'cause", "y'know").
func isContractionByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\''
}

// trimDiscourse removes the discourse markers, each followed by a comma,
// that open en.
func trimDiscourse(en string) string {
	for {
		t := strings.TrimLeft(en, " \t")
		cut := false
		for _, m := range discourseMarkers {
			if len(t) > len(m) && strings.EqualFold(t[:len(m)], m) && t[len(m)] == ',' {
				en, cut = t[len(m)+1:], true
				break
			}
		}
		if !cut {
			return en
		}
	}
}

func (x *english) addStem(p *stemmed) {
	x.stems = append(x.stems, p.stem)
	if x.adjRole {
		x.adjStems = append(x.adjStems, p.stem)
	}
	x.stemBits.add(fold8(p.h))
	x.stemSum.add(hash10(p.h))
}

// compoundHead returns the noun that an English compound pronoun ends
// with, "" if lw is none: "something" says "thing" (东西 dong1 xi5),
// "everyone" says "one", "somebody" says "body"… as a reader hears them.
func compoundHead(lw string) string {
	for _, pre := range [...]string{"some", "any", "every", "no"} {
		if rest, ok := strings.CutPrefix(lw, pre); ok {
			switch rest {
			case "thing", "body", "place":
				return rest
			case "one":
				return "person"
			}
		}
	}
	return ""
}

// index builds stemSet and wordSet for a long English side, and the
// folds of stemSum and wordSum.
func (x *english) index() {
	x.stemFold, x.wordFold = x.stemSum.fold(), x.wordSum.fold()
	if len(x.stems) > manyWords {
		x.stemSet = make(map[string]bool, len(x.stems))
		for _, st := range x.stems {
			x.stemSet[st] = true
		}
	}
	if len(x.words) > manyWords {
		x.wordSet = make(map[string]bool, len(x.words))
		for _, w := range x.words {
			x.wordSet[w] = true
		}
	}
}

// release drops x's references to the English text, so that the scratch
// holding x keeps no input alive.
func (x *english) release() {
	clear(x.stems)
	clear(x.words)
	clear(x.wordStems)
	clear(x.wordGroups)
	clear(x.caps)
	clear(x.picks)
	clear(x.adjStems)
	x.stemSet, x.wordSet, x.capIndex = nil, nil, nil
}

func (x *english) addCap(lw, orig string) {
	if i, ok := x.capAt(lw); ok {
		x.caps[i].orig = orig
		return
	}
	x.caps = append(x.caps, capWord{lw, orig})
	switch {
	case x.capIndex != nil:
		x.capIndex[lw] = len(x.caps) - 1
	case len(x.caps) > manyWords:
		x.capIndex = make(map[string]int, 2*len(x.caps))
		for i, c := range x.caps {
			x.capIndex[c.lw] = i
		}
	}
}

// capAt returns the index in caps of lw.
func (x *english) capAt(lw string) (int, bool) {
	if x.capIndex != nil {
		i, ok := x.capIndex[lw]
		return i, ok
	}
	for i := range x.caps {
		if x.caps[i].lw == lw {
			return i, true
		}
	}
	return 0, false
}

// hasStem reports whether st, whose hash8 is h, is a stem of x.
func (x *english) hasStem(st string, h uint8) bool {
	if !x.stemBits.has(h) {
		return false
	}
	if x.stemSet != nil {
		return x.stemSet[st] && (len(x.used) == 0 || !x.takenByOther(st))
	}
	for _, s := range x.stems {
		if s == st {
			return len(x.used) == 0 || !x.takenByOther(st)
		}
	}
	return false
}

// hasWord reports whether w, whose hash8 is h, is a word of x.
func (x *english) hasWord(w string, h uint8) bool {
	if !x.wordBits.has(h) {
		return false
	}
	if x.wordSet != nil {
		return x.wordSet[w]
	}
	for _, s := range x.words {
		if s == w {
			return true
		}
	}
	return false
}

// capital returns the spelling of the capitalised word whose lower case is
// lw.
func (x *english) capital(lw string) (string, bool) {
	if i, ok := x.capAt(lw); ok {
		return x.caps[i].orig, true
	}
	return "", false
}

// writesSpelling reports whether the English side has a capitalised word
// whose lower case is name (see nameSpelling): "Zhou" for zhou1, "Beijing"
// for bei3 jing1.
func (x *english) writesSpelling(name string) bool {
	_, ok := x.capital(name)
	return ok
}

// nameSpelling is a reading without tones or spaces, as English writes a
// name: "beijing" for bei3 jing1.
func nameSpelling(reading string) string {
	var b strings.Builder
	for _, s := range strings.Fields(reading) {
		b.WriteString(toneless(s))
	}
	return b.String()
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// splitWords returns the runs of letters (and inner apostrophes) of s.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, notWordRune)
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
}

// forWords calls f with each word of s, as splitWords returns them, without
// building the slice.
func forWords(s string, f func(w string)) {
	start := -1
	for i, r := range s {
		if notWordRune(r) {
			if start >= 0 {
				f(s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		f(s[start:])
	}
}

// senseNoise are words of CC-CEDICT's sense notation, not of meaning
// ("form" and "old" only in brackets or before notation: appendGlossWords).
var senseNoise = map[string]bool{
	"sth": true, "sb": true, "bound": true, "form": true, "used": true, "variant": true,
	"classifier": true, "cl": true, "literary": true, "archaic": true, "dialect": true,
	"coll": true, "lit": true, "fig": true, "abbr": true, "pr": true, "taiwan": true,
	"old": true, "see": true, "also": true, "etc": true, "surname": true, "one's": true,
	"oneself": true, "idiom": true, "slang": true, "onom": true, "particle": true,
}

// stemCache remembers the stems of the words met last, lock-free: a slot
// per hash of the word, the newest word of a slot winning. Stems are a
// function of the word, so a lost or replaced slot only costs a new
// stemming. The words of English sides and of dictionary glosses (stemmed
// once per entry, but many) have a cache each, so that new entries do not
// push the words of the corpus out.
type stemCache [1 << 14]atomic.Pointer[stemmed]

var englishStems, glossStems stemCache

// stemmed is a word and its stem. A short word is kept inside the struct,
// so that a cache hit reads one object.
type stemmed struct {
	n uint8 // length of the word in short, 255 if it is in long
	// roles are what adjectivalRole and reset ask of the word (rolesOf),
	// in the English words' cache only.
	roles uint16
	h     uint32 // fnv32 of stem
	stem  string
	// base is the adjective of a regular comparative or superlative
	// ("bigger", "largest" → "big", "large"), "" for other words: Snowball
	// keeps them apart, a reader does not.
	base string
	// verb is the verb that lw, no lemma of its own, is an inflection of
	// where Snowball's stems differ ("goes" → "go", Snowball's "goe";
	// "went" → "go"), "" otherwise.
	verb string
	// groups are the meaning groups of the word, of the English words'
	// cache only, and of those relGroups looks up only (roleRelated).
	groups []wordnet.Group
	short  [23]byte
	long   string
}

func (p *stemmed) is(lw string) bool {
	if p.n == 255 {
		return p.long == lw
	}
	return int(p.n) == len(lw) && string(p.short[:p.n]) == lw
}

// readAhead reads the slots of c that the words of en (lower-cased, up to
// 64 of them) fall in, then the entries they hold, each in a tight loop,
// and returns a sum of what it read: the cache is large and read at
// random, a cache miss each, and read one after the other the misses
// overlap (english.reset then finds the lines in cache). A word whose hash
// is not the one its lower case has (not ASCII) reads a slot for nothing.
func (c *stemCache) readAhead(en string) uint64 {
	var ps [64]*stemmed
	n := 0
	forWords(en, func(w string) {
		if n == len(ps) {
			return
		}
		h := uint32(2166136261)
		for i := 0; i < len(w); i++ {
			b := w[i]
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			h ^= uint32(b)
			h *= 16777619
		}
		ps[n] = c[h&uint32(len(c)-1)&^1].Load() // (its set's newer word)
		n++
	})
	var sum uint64
	for _, p := range ps[:n] {
		if p != nil {
			sum += uint64(p.n)
		}
	}
	return sum
}

// stem returns the Snowball stem of a lower-case word of a gloss, "" for
// stop words and words of one letter.
func stem(lw string) string { return glossStems.stemOf(lw, fnv32(lw)).stem }

// stemOf returns the cache entry of lw, whose fnv32 is h. The cache is
// two-way: a word's slot and the one beside it (one cache line) are its
// set, looked up both; a new word takes the set's first slot and the
// word there moves to the second. With a slot a word, two frequent words
// of one slot met in turn pushed each other out: 2.65 % of the 8.1
// million English words of /tmp/big1m.tsv were stemmed again (2,329
// distinct words; "just" and "side" 3,922 times), 0.50 % with sets of two.
func (c *stemCache) stemOf(lw string, h uint32) *stemmed {
	b := h & uint32(len(c)-1) &^ 1
	old := c[b].Load()
	if old != nil && old.is(lw) {
		return old
	}
	if p := c[b+1].Load(); p != nil && p.is(lw) {
		return p
	}
	p := &stemmed{}
	if len(lw) > 1 && !snowball.IsStopWord(lw) {
		p.stem = snowball.Stem(lw, false)
		if p.stem != lw && adverbApart(lw) {
			p.stem = lw // "hardly" says no "hard" (adverbApart)
		}
	}
	p.h = fnv32(p.stem)
	if c == &englishStems {
		p.roles = rolesOf(lw)
		p.base = comparativeBase(lw)
		if p.stem != "" {
			p.verb = verbLemma(lw, p.stem)
		}
		if relatedWord(lw, p.stem) {
			p.roles |= roleRelated
			p.groups = englishGroups.of(withoutS(lw))
		}
	}
	if len(lw) <= len(p.short) {
		p.n = uint8(copy(p.short[:], lw))
	} else {
		p.n, p.long = 255, strings.Clone(lw)
	}
	if old != nil {
		c[b+1].Store(old)
	}
	c[b].Store(p)
	return p
}

// senseScore is how well one sense matches the English side, from 0 to 1:
// the best, over its ";"-separated glosses, of the fraction of the gloss's
// content words (Snowball stems, outside brackets) found in the English. A
// gloss made only of function words ("and; together with", "because of")
// is matched word for word instead.
//
// The glosses of sense i of m are m's compiled form (see compileSenses), so
// that matching a pair does no splitting or stemming.
func (x *english) senseScore(m *senseMatcher, i int) float64 {
	best := 0.0
	words := m.words()
	glosses := m.senseGlosses(i)
	verb := len(x.adjStems) > 0 && m.verbSense(i)
	for _, g := range glosses {
		start := int(g.start)
		if g.content > 0 {
			matched, light, olds := 0, 0, 0
			for k := start; k < start+int(g.content); k++ {
				if x.stemBits.has(uint8(words[k].h8)) && x.hasStem(m.word(words, k), uint8(words[k].h8)) && !(verb && k == start && x.adjectival(m.word(words, k))) {
					matched++
					if w := m.word(words, k); lightVerb(w) {
						light++
					} else if w == oldStem {
						olds++
					}
				}
			}
			if matched < int(g.content) && (light+olds == matched || x.numeralsOnly(m, words, start, g, matched-light-olds)) {
				// "how do I get to the station" does not say "to get rid
				// of": a light verb alone says nothing of a phrase. Nor
				// does a numeral, often the pronoun "one": "the most
				// precious one" says no 一块 "one yuan". Nor "old", the
				// qualifier of many a gloss ("old friend", "old-style
				// hotel"): "an old guy" says no 老爷子 "my (your etc) old
				// father".
				matched = 0
			}
			v := float64(matched) / float64(g.content)
			if matched == int(g.content) && g.function > 0 {
				switch {
				case light == 1 && g.content == 1 && hasParticle(m, words, start+1, int(g.function)) && !x.particleBeside(m, words, start, g):
					// A light verb whose adverb particle is not said
					// beside it says nothing of the phrase either ("how
					// do I get to the station" above): "you get fewer
					// problems" says no 想通 "to get over it", "it's
					// coming soon, take the drinks out" no 出来 "to come
					// out" (the complement of 拿).
					v = 0
				case !x.hasWords(m, words, start+int(g.content), int(g.function)):
					// The English says the verb but not its particle.
					v = phraseShort
					if len(glosses) > 1 && x.lacksParticle(m, words, start+int(g.content), int(g.function)) {
						// ... nor the sense's other glosses: "He told me"
						// says 说 "to say" more than "to scold; to tell
						// off", whose adverb makes another verb (but
						// "poured" says 倒 "to pour out").
						v = phraseMissing
					}
				case g.content == 1 && !x.beside(m.word(words, start), m, words, start+1, int(g.function)):
					// ... or not beside it: "looks after the kids at
					// home" says "to look after" more than "to look at".
					v = phraseShort
				}
			}
			best = max(best, v)
		} else {
			fmatched := 0
			for k := start; k < start+int(g.function); k++ {
				if x.wordBits.has(uint8(words[k].h8)) && x.hasWord(m.word(words, k), uint8(words[k].h8)) && (len(x.fnTaken) == 0 || !slices.Contains(x.fnTaken, m.word(words, k))) {
					fmatched++
				}
			}
			if fmatched < int(g.function) && m.verbSense(i) {
				// A verb phrase of function words is said whole or not
				// at all: "relations have changed" and "how do you get
				// along with him" say one of 关系's "to have to do with"
				// (have, with) by chance.
				fmatched = 0
			}
			v := float64(fmatched) / float64(g.function)
			if v > 0 && g.function == 1 && words[start].h8 == mainDoH8 && m.word(words, start) == mainDo {
				v = doSaid
			}
			best = max(best, v)
		}
	}
	if m.brackets != nil && len((*m.brackets)[i]) > 0 {
		bw := (*m.brackets)[i]
		// (What a leading "(of …)" names is another word's by nature, so
		// a word another token took names it still: 天气很干燥 / "The
		// weather is very dry" is "(of weather …) dry" though 天气 took
		// "weather", 嗓子哑了 / "my voice went" "(of voice) hoarse".)
		switch said := x.saysBracket(bw) || bw[0].of && x.writesBracket(ofWords(bw)); {
		case best < bracketEvidence && said:
			best = bracketEvidence
		case best == 1 && !said && bw[0].of:
			// A sense restricted to things the English does not name
			// says less than an unrestricted one it says as well: "You
			// look good in these clothes" is 好看 "good-looking", not
			// "(of a movie, book, TV show etc) good".
			best = restrictedShort
		}
	}
	return best
}

// restrictedShort is the score of a gloss said in full whose sense a
// leading "(of …)" restricts to things the English does not name.
const restrictedShort = 0.95

// bracketEvidence is the score of a sense whose glosses the English does
// not say but whose bracketed words (bracketWords: what the sense is
// about) it does: "The food at this restaurant" says 菜 "dish (of food)"
// over the default "vegetable", "You look good in these clothes" 穿 "to
// wear; to put on (clothes, shoes etc.)" over "to pierce", "a traffic
// accident" 一起 "an instance of; a case of (murder, accident, dispute
// etc)". As much as half a gloss: enough to choose a sense
// (minEvidence), never more than a gloss the English says in full.
const bracketEvidence = 0.5

// saysBracket reports whether the English has the stem of one of ws, and
// no earlier word took it.
func (x *english) saysBracket(ws []bracketWord) bool {
	for _, w := range ws {
		if x.stemBits.has(w.h8) && x.hasStem(w.stem, w.h8) {
			return true
		}
	}
	return false
}

// bracketWord is the stem of a content word in a sense's brackets, with
// its hash8 and hash10.
type bracketWord struct {
	stem string
	h8   uint8
	h10  uint16
	// of: the word is in a leading "(of …)" that restricts the sense to
	// the things it names ("(of a movie, book, TV show etc) good").
	of bool
}

// bracketNoise are words of CC-CEDICT's brackets that describe grammar or
// usage, not what the sense is about: "(after a verb)", "(used in
// questions)", "(of a person)".
var bracketNoise = map[string]bool{
	"verb": true, "verbs": true, "noun": true, "nouns": true, "adjective": true, "adjectives": true,
	"adverb": true, "numeral": true, "number": true, "numbers": true, "sentence": true, "phrase": true,
	"suffix": true, "prefix": true, "indicating": true, "indicate": true, "indicates": true,
	"expression": true, "pronoun": true, "measure": true, "word": true, "words": true, "character": true,
	"characters": true, "radical": true, "marker": true, "tone": true, "final": true, "modal": true,
	"complement": true, "object": true, "subject": true, "clause": true, "preposition": true,
	"coverb": true, "loanword": true, "transliteration": true, "attributive": true, "person": true,
	"people": true, "thing": true, "things": true, "usu": true, "esp": true, "often": true,
	"negative": true, "question": true, "questions": true, "abbreviation": true, "name": true,
	"general": true, "term": true, "kangxi": true, "pr": true, "tw": true, "mainland": true,
	"one": true, "two": true, "three": true, "used": true, "followed": true, "sense": true,
	"directional": true, "speaker": true, "action": true, "meaning": true, "literally": true,
}

// bracketWords returns the stems of the content words inside the
// brackets of sense, nil if none or if the sense is all in brackets
// (forGlosses gives those words to its glosses). Only brackets that name
// what the sense is about count — "(of food)", "(clothes, shoes etc.)",
// "(sb bon voyage, happy birthday etc)" — not a leading one-word label
// ("(computing)", "(coll.)"), a note on grammar or usage (any
// bracketNoise word: "(after a verb)", "(in this sense, commonly pr.
// …)", said by any "makes sense"), nor an explanation of more than
// maxBracketWords words ("(directional complement for motion toward the
// speaker …)").
func bracketWords(sense string) []bracketWord {
	var out []bracketWord
	forBracketWords(sense, func(_, st string, of bool) {
		h := fnv32(st)
		out = append(out, bracketWord{st, fold8(h), hash10(h), of})
	})
	return out
}

// forBracketWords calls f with each word that bracketWords keeps: the
// word in lower case, its stem, and whether it is in a leading "(of …)".
func forBracketWords(sense string, f func(lw, st string, of bool)) {
	if !hasOuterWords(sense) {
		return
	}
	type kept struct{ lw, st string }
	var sts []kept
	lead := true // before the sense's first word outside brackets
	for rest := sense; ; {
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			break
		}
		if lead && strings.ContainsFunc(rest[:open], unicode.IsLetter) {
			lead = false
		}
		end, depth := open, 0
		for ; end < len(rest); end++ {
			if rest[end] == '(' {
				depth++
			} else if rest[end] == ')' {
				if depth--; depth == 0 {
					break
				}
			}
		}
		group := outsideSquare(rest[open+1 : min(end, len(rest))])
		rest = rest[min(end+1, len(rest)):]
		ws := splitWords(group)
		if lead && len(ws) <= 1 {
			continue // a label
		}
		sts = sts[:0]
		noise := slices.ContainsFunc(ws, func(w string) bool { return bracketNoise[strings.ToLower(w)] })
		// Each item of the list counts its last word, what it names:
		// "(an intermediary, a good student etc)" is about students, and
		// "good" is no evidence for 做 "(of a person) to be".
		for item := range strings.FieldsFuncSeq(group, func(r rune) bool { return r == ',' || r == ';' }) {
			head := kept{}
			headed := false // a preposition after the head: "a company on the stock market"
			forWords(item, func(w string) {
				lw := strings.ToLower(w)
				if lw == "and" || lw == "or" {
					if head.st != "" {
						sts = append(sts, head)
					}
					head, headed = kept{}, false
					return
				}
				if headed {
					return
				}
				if head.st != "" && (lw == "on" || lw == "in" || lw == "at") {
					headed = true
					return
				}
				if !isASCIILetters(lw) || senseNoise[lw] {
					return // 樣|样, a digit
				}
				if st := stem(lw); st != "" {
					head = kept{lw, st}
				}
			})
			if head.st != "" {
				sts = append(sts, head)
			}
		}
		if noise || len(sts) > maxBracketWords {
			continue
		}
		of := lead && len(ws) > 1 && strings.EqualFold(ws[0], "of")
		for _, k := range sts {
			f(k.lw, k.st, of)
		}
	}
}

// maxBracketWords is the most content words a bracket that names what a
// sense is about has ("(a prescription, check, invoice etc)").
const maxBracketWords = 4

// outsideSquare is s without its [bracketed] parts (pinyin, in
// CC-CEDICT's brackets).
func outsideSquare(s string) string {
	if strings.IndexByte(s, '[') < 0 {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth = max(depth-1, 0)
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// glossStem is the stem of a gloss word counted as a content word, ""
// for a function word: stem, less the particle "along", which makes a
// phrase of a verb without saying more ("to take along" is 带's "take
// your keys"; counted as content, the light verb "take" alone said none
// of it).
func glossStem(w string) string {
	if w == "along" {
		return ""
	}
	return stem(w)
}

// lightVerb reports whether stem is that of a verb that says little on
// its own and makes phrases with others (get rid of, take off, make up):
// matched alone, it is no evidence for such a phrase.
func lightVerb(stem string) bool {
	switch stem {
	case "get", "take", "make", "go", "put", "set", "give", "come", "keep", "turn", "bring", "let":
		return true
	}
	return false
}

// numeralsOnly reports whether n of the content words of gloss g of m
// (from start) that the English says, those that are no light verb (nor
// "old"), are all bare numerals (bareNumeral).
func (x *english) numeralsOnly(m *senseMatcher, words []matchWord, start int, g glossSpan, n int) bool {
	for k := start; k < start+int(g.content) && n > 0; k++ {
		w := m.word(words, k)
		if lightVerb(w) || w == oldStem || !x.stemBits.has(uint8(words[k].h8)) || !x.hasStem(w, uint8(words[k].h8)) {
			continue
		}
		if !x.bareNumeral(w) {
			return false
		}
		n--
	}
	return true
}

// bareNumeral reports whether a gloss word's stem st is that of a number
// word ("one", "two", "hundred") that the English does not say as a time
// of day: said alone, such a number names no gloss of other words ("the
// most precious one" is no 一块 "one yuan"), where "meet at one" says 一点
// "one o'clock".
func (x *english) bareNumeral(st string) bool {
	_, n := numberWords[st]
	_, s := numberScales[st]
	return (n || s) && !x.timeOfDay(st)
}

// timeOfDay reports whether the English says number word w as a time of
// day: after "at" ("at one"), or before "o'clock", "am", "pm" or "in the
// morning" (afternoon, evening) or "at night".
func (x *english) timeOfDay(w string) bool {
	ws := x.words
	for k, lw := range ws {
		if lw != w {
			continue
		}
		if k > 0 && ws[k-1] == "at" {
			return true
		}
		if k+1 >= len(ws) {
			continue
		}
		switch ws[k+1] {
		case "o'clock", "o’clock", "am", "pm":
			return true
		case "in":
			if k+3 < len(ws) && ws[k+2] == "the" && dayPartsEn[ws[k+3]] {
				return true
			}
		case "at":
			if k+2 < len(ws) && ws[k+2] == "night" {
				return true
			}
		}
	}
	return false
}

// dayPartsEn are the parts of the day after "in the" that make the number
// before them a time ("one in the morning").
var dayPartsEn = map[string]bool{"morning": true, "afternoon": true, "evening": true}

// phraseMissing is the score of a gloss whose content words the English
// says but not an adverb particle of it, in a sense of other glosses ("to
// scold; to tell off" for "told"): weak evidence (minWeakEvidence ≤ it <
// minEvidence).
const phraseMissing = 0.4

// adverbParticles are the particles that make a phrasal verb another
// verb (tell off, give up, turn down), unlike prepositions that only
// mark the object (wait for, look at).
var adverbParticles = map[string]bool{
	"off": true, "up": true, "down": true, "out": true, "away": true, "over": true, "back": true,
}

// lacksParticle reports whether the English lacks one of the n function
// words of m from index from on that is an adverb particle.
func (x *english) lacksParticle(m *senseMatcher, words []matchWord, from, n int) bool {
	for k := from; k < from+n; k++ {
		if w := m.word(words, k); adverbParticles[w] && !x.hasWord(w, uint8(words[k].h8)) {
			return true
		}
	}
	return false
}

// hasParticle reports whether one of the n function words of m from
// index from on is an adverb particle, which makes a phrasal verb
// another verb ("to get over it", "to take up"; not "to take along").
func hasParticle(m *senseMatcher, words []matchWord, from, n int) bool {
	for k := from; k < from+n; k++ {
		if adverbParticles[m.word(words, k)] {
			return true
		}
	}
	return false
}

// particleBeside reports whether the English says an adverb particle of
// gloss g of m, which starts at start, right after (or a short object
// after) the gloss's verb, its one content word: "turns out" says "as it
// turns out", "make up those hours" says "to make up for".
func (x *english) particleBeside(m *senseMatcher, words []matchWord, start int, g glossSpan) bool {
	st := m.word(words, start)
	for k := start + int(g.content); k < start+int(g.content)+int(g.function); k++ {
		if adverbParticles[m.word(words, k)] && x.wordBits.has(uint8(words[k].h8)) && x.beside(st, m, words, k, 1) {
			return true
		}
	}
	return false
}

// phraseShort is the score of a gloss whose content words the English
// says but not all its function words ("to look at" for "looks after").
const phraseShort = 0.9

// beside reports whether the English has a word of stem st with the n
// function words of m from index from on right after it, in order (one
// alone may stand up to particleReach words after it), or the last of
// them right before it ("look after", "in charge").
func (x *english) beside(st string, m *senseMatcher, words []matchWord, from, n int) bool {
	for i := range x.words {
		if !x.verbStemIs(i, st) {
			continue
		}
		after := i+n < len(x.words)
		for k := 0; after && k < n; k++ {
			after = x.words[i+1+k] == m.word(words, from+k)
		}
		if n == 1 {
			// A particle may follow the verb's object: "turn the music
			// down", "pick him up".
			for k := i + 2; !after && k < len(x.words) && k <= i+particleReach; k++ {
				after = x.words[k] == m.word(words, from)
			}
		}
		if after || i > 0 && x.words[i-1] == m.word(words, from+n-1) {
			return true
		}
	}
	return false
}

// particleReach is how far after its verb a phrase's one particle may
// stand: past a short object ("turn the music down"), not past a
// phrase of its own ("looks after the kids at home").
const particleReach = 3

// hasWords reports whether the English has the n function words of m
// from index from on.
func (x *english) hasWords(m *senseMatcher, words []matchWord, from, n int) bool {
	for k := from; k < from+n; k++ {
		if !x.wordBits.has(uint8(words[k].h8)) || !x.hasWord(m.word(words, k), uint8(words[k].h8)) {
			return false
		}
	}
	return true
}

// senseMatcher is the senses of an entry reduced to what senseScore needs:
// for each gloss (the parts of a sense that forGlosses separates) the
// Snowball stems of its content words and its function words other than
// glueWords, computed once per entry (see Analyzer.matcher). One is kept
// for every entry met, so it is compact and holds two pointers: the words
// are one string, and their spans, the glosses and the senses one slice.
type senseMatcher struct {
	// text holds, gloss after gloss, the gloss's content stems then its
	// function words; glosses with neither are left out.
	text string
	// data holds senseEnd, glosses and words (see their methods), one
	// after the other.
	data              []uint16
	nSenses, nGlosses uint16
	// rel is the related-word form of the senses, made on first use
	// (relOf).
	rel relMatchers
	// sum, for a matcher of more than sumWords words, holds the bits1k
	// of its content stems and of its function words (mayMatch), nil for
	// the others.
	sum *[2]bits1k
	// brackets holds each sense's bracketWords, nil if no sense has any.
	brackets *[][]bracketWord
	// verbs has bit i set for a sense i < 64 that glosses a verb ("to
	// …"), whose verb an adjectival English word does not say ("to
	// mature"; but "to take seriously"), other than a copula and its
	// adjective (copulaSense), which it does.
	verbs uint64
	// fold is, for its content stems and bracket words, then its
	// function words, a bit per hash10 modulo 64: where it meets none of
	// the English side's stemFold and wordFold, mayMatch is false without
	// a word read (a word or two of a short entry: most entries a pair
	// meets).
	fold [2]uint64
	// used is the generation of cacheAge the matcher was last used in.
	used atomic.Uint32
}

// copulaSense reports whether a sense glosses a predicate of "to be" and
// the word after it ("to be open (to the public)", "to be similar"):
// "very open" says it, where it does not say the verb "to open".
func copulaSense(sense string) bool {
	return strings.HasPrefix(stripBrackets(sense), "to be ")
}

// verbSense reports whether sense i of m glosses a verb.
func (m *senseMatcher) verbSense(i int) bool { return i < 64 && m.verbs&(1<<i) != 0 }

// sumWords is the number of words beyond which a senseMatcher keeps its
// sum: testing 32 words of two bits1k is then cheaper than testing each
// word, and the matchers that long (characters of many senses) are a
// minority of those kept.
const sumWords = 32

// senseEnd[i] is the end of sense i's glosses in glosses.
func (m *senseMatcher) senseEnd() []uint16 { return m.data[:m.nSenses:m.nSenses] }

// glosses are the glosses of the senses, in order.
func (m *senseMatcher) glosses() []glossSpan {
	return view[glossSpan](m.data[m.nSenses:], int(m.nGlosses))
}

// senseGlosses are the glosses of sense i.
func (m *senseMatcher) senseGlosses(i int) []glossSpan {
	ends := m.senseEnd()
	lo := 0
	if i > 0 {
		lo = int(ends[i-1])
	}
	return m.glosses()[lo:ends[i]]
}

// words are the words of text: words[k] ends word k.
func (m *senseMatcher) words() []matchWord {
	off := int(m.nSenses) + 3*int(m.nGlosses)
	return view[matchWord](m.data[off:], (len(m.data)-off)/3)
}

// view returns the first n values of type T, made of three uint16 each,
// that s holds.
func view[T glossSpan | matchWord](s []uint16, n int) []T {
	if n == 0 {
		return nil
	}
	_ = s[3*n-1]
	return unsafe.Slice((*T)(unsafe.Pointer(&s[0])), n)
}

// matchWord is a word of a senseMatcher: where it ends in text, its hash8,
// and its hash10 (in the low ten bits of h10) with funcWord set for a
// function word.
type matchWord struct{ end, h10, h8 uint16 }

const funcWord = 1 << 15

// word returns word k of m, whose words() are words.
func (m *senseMatcher) word(words []matchWord, k int) string {
	start := 0
	if k > 0 {
		start = int(words[k-1].end)
	}
	return m.text[start:words[k].end]
}

// mayMatch reports whether some sense of m may score above 0 against x:
// false when no content stem of m is a stem of x and no function word of
// m is a word of x, by the bits1k of x (stemSum and wordSum).
func (x *english) mayMatch(m *senseMatcher) bool {
	if m.fold[0]&x.stemFold == 0 && m.fold[1]&x.wordFold == 0 {
		return false
	}
	if m.sum != nil {
		return m.sum[0].meets(&x.stemSum) || m.sum[1].meets(&x.wordSum)
	}
	for _, w := range m.words() {
		sum := &x.stemSum
		if w.h10&funcWord != 0 {
			sum = &x.wordSum
		}
		if sum.has(w.h10 & 1023) {
			return true
		}
	}
	if m.brackets != nil {
		for _, ws := range *m.brackets {
			for _, w := range ws {
				if x.stemSum.has(w.h10) {
					return true
				}
			}
		}
	}
	return false
}

// glossSpan is one gloss of a senseMatcher: where its words start in words,
// how many content stems and function words it has.
type glossSpan struct{ start, content, function uint16 }

// compileScratch is the working memory of compileSenses.
type compileScratch struct {
	words, funcs, gw []string
	spans            []glossSpan
}

var compilePool = sync.Pool{New: func() any { return new(compileScratch) }}

// compileSenses makes the senseMatcher of senses.
func compileSenses(senses []string) *senseMatcher {
	sc := compilePool.Get().(*compileScratch)
	defer compilePool.Put(sc)
	words, funcs, spans := sc.words[:0], sc.funcs[:0], sc.spans[:0]
	ends := make([]uint16, 0, len(senses))
	for _, sense := range senses {
		forMatchGlosses(intensifiersDropped(sense), func(part string) {
			start, content := len(words), 0
			funcs = funcs[:0]
			sc.gw = appendGlossWords(sc.gw[:0], part)
			if len(sc.gw) > 1 && sc.gw[0] == "for" && strings.HasPrefix(strings.TrimSpace(part), "classifier for ") {
				// "classifier for layers": the "for" is the notation's, no
				// English says it (三岁 "three years").
				sc.gw = sc.gw[1:]
			}
			for _, w := range sc.gw {
				if st := glossStem(w); st != "" {
					words = append(words, st)
					content++
				} else if !glueWords[w] {
					funcs = append(funcs, w)
				}
			}
			if content == 0 && len(funcs) == 0 {
				if !isDoGloss(sc.gw) {
					return
				}
				funcs = append(funcs, mainDo)
			}
			words = append(words, funcs...)
			spans = append(spans, glossSpan{uint16(start), uint16(content), uint16(len(funcs))})
		})
		ends = append(ends, uint16(len(spans)))
	}
	n := 0
	for _, w := range words {
		n += len(w)
	}
	if len(senses) > 0xFFFF || len(spans) > 0xFFFF || len(words) > 0xFFFF || n > 0xFFFF {
		panic("zh: senses too long to compile") // CC-CEDICT's longest entry has a few kB
	}
	m := &senseMatcher{nSenses: uint16(len(senses)), nGlosses: uint16(len(spans))}
	for i, sense := range senses {
		if i < 64 && isVerbSense(sense) && !copulaSense(sense) {
			m.verbs |= 1 << i
		}
	}
	for i, sense := range senses {
		if strings.IndexByte(sense, '(') < 0 {
			continue
		}
		if bw := bracketWords(sense); bw != nil {
			if m.brackets == nil {
				m.brackets = &[][]bracketWord{}
				*m.brackets = make([][]bracketWord, len(senses))
			}
			(*m.brackets)[i] = bw
		}
	}
	m.data = make([]uint16, len(senses)+3*len(spans)+3*len(words))
	copy(m.data, ends)
	copy(m.glosses(), spans)
	mw := m.words()
	var b strings.Builder
	b.Grow(n)
	for _, g := range spans {
		for i := int(g.start); i < int(g.start+g.content+g.function); i++ {
			h := fnv32(words[i])
			mw[i].h8, mw[i].h10 = uint16(fold8(h)), hash10(h)
			if i >= int(g.start+g.content) {
				mw[i].h10 |= funcWord
			}
		}
	}
	for i, w := range words {
		b.WriteString(w)
		mw[i].end = uint16(b.Len())
	}
	for _, w := range mw {
		k := 0
		if w.h10&funcWord != 0 {
			k = 1
		}
		m.fold[k] |= 1 << (w.h10 & 63)
	}
	if m.brackets != nil {
		for _, ws := range *m.brackets {
			for _, w := range ws {
				m.fold[0] |= 1 << (w.h10 & 63)
			}
		}
	}
	if len(mw) > sumWords {
		m.sum = new([2]bits1k)
		for _, w := range mw {
			k := 0
			if w.h10&funcWord != 0 {
				k = 1
			}
			m.sum[k].add(w.h10 & 1023)
		}
		if m.brackets != nil {
			for _, ws := range *m.brackets {
				for _, w := range ws {
					m.sum[0].add(w.h10)
				}
			}
		}
	}
	m.text = b.String()
	clear(words) // let the strings go
	clear(sc.gw)
	sc.words, sc.funcs, sc.spans = words[:0], funcs[:0], spans[:0]
	return m
}

// matcher returns the senseMatcher of e's senses, computed once per entry
// and process (again if cacheAge let it go).
func (a *Analyzer) matcher(e *dict.Entry) *senseMatcher { return a.matcherOf(e, nil) }

// matcherOf is matcher given e's senses, nil to split them here.
func (a *Analyzer) matcherOf(e *dict.Entry, senses []string) *senseMatcher {
	slot := &a.matchers[a.dict.Index(e)]
	if m := slot.Load(); m != nil {
		a.age.use(&m.used)
		return m
	}
	if senses == nil {
		senses = e.Senses()
	}
	m := compileSenses(senses)
	a.age.use(&m.used)
	slot.Store(m) // two goroutines may both compute it: same result
	return m
}

// forMatchGlosses calls f with each gloss of sense as the English is
// matched against it: forGlosses's parts, a choice of prepositions made
// whole (prepositionChoice). compileSenses and relOf must see the same
// glosses.
func forMatchGlosses(sense string, f func(part string)) {
	prev, off, or := "", 0, false
	forGlosses(sense, func(part string) {
		g := part
		if or {
			g = prepositionChoice(prev, part)
		}
		prev, off = part, off+len(part)
		or = strings.HasPrefix(sense[off:], " or ")
		if or {
			off += len(" or ")
		} else {
			off++
		}
		if !isLabel(g) {
			f(g)
		}
	})
}

// isLabel reports whether a gloss is a label of written forms, a
// capitalised word and a colon ("From: (in email header)", "To: (email
// header)", "Latin: petitio principii"), that names no meaning a
// sentence has: its one word would say 来自 "From:" wherever the English
// has "from", over "to come from (a place)".
func isLabel(g string) bool {
	g = strings.TrimSpace(g)
	i := strings.IndexFunc(g, func(r rune) bool { return !unicode.IsLetter(r) })
	return i > 0 && g[i] == ':' && unicode.IsUpper(rune(g[0]))
}

// prepositionChoice returns the gloss that part stands for after the
// gloss prev of the same sense, " or " between them: where it offers a choice of
// prepositions ("to lean against or on", "to climb over or into", "to be
// aimed at or against"), the second is the first gloss with the other
// preposition ("to lean on"), not a gloss of one function word that any
// "on" of the English would say in full ("relies on" is not "to lean").
// Any other part is returned as it is.
func prepositionChoice(prev, part string) string {
	w := strings.TrimSpace(part)
	p := strings.TrimRightFunc(prev, unicode.IsSpace)
	cut := strings.LastIndexByte(p, ' ')
	if !choicePrepositions[w] || cut < 0 || !choicePrepositions[p[cut+1:]] {
		return part
	}
	return p[:cut+1] + w
}

// choicePrepositions are the prepositions of place and direction that
// CC-CEDICT offers as a choice after a verb ("at or to", "over or into").
var choicePrepositions = map[string]bool{
	"on": true, "in": true, "at": true, "to": true, "from": true, "into": true, "onto": true,
	"over": true, "under": true, "against": true, "with": true, "by": true, "for": true,
	"through": true, "off": true, "out": true, "up": true, "down": true, "across": true,
	"around": true, "toward": true, "towards": true,
}

// glueWords are too common in English to tell one gloss from another
// ("to be" would match every sentence).
var glueWords = map[string]bool{"to": true, "be": true, "a": true, "an": true, "the": true, "of": true, "is": true, "it": true, "do": true}

// forGlosses calls f with each of the alternative glosses of sense: "king
// or monarch", "all; both; entirely", "to see, to look" are split at `;`,
// `,` and " or ", empty parts included, outside brackets only: "to write
// out (a prescription, check, invoice etc)" is one gloss, whose bracketed
// words say nothing (split there, "check" and "invoice" were glosses of
// 开 of their own, said by any "check"). A sense written all in brackets
// (an explanation: "(used after the verb 翻[fan1] to indicate how many
// times a quantity doubles, as in …)") is split inside them as well: its
// parts after the first are its words (the parts' brackets open in the
// first), as they were before brackets were minded.
func forGlosses(sense string, f func(part string)) {
	beg, depth := 0, 0
	inner := !hasOuterWords(sense)
	for i := 0; i < len(sense); {
		switch c := sense[i]; {
		case inner:
			if c != ';' && c != ',' && !strings.HasPrefix(sense[i:], " or ") {
				i++
				break
			}
			fallthrough
		case depth == 0 && (c == ';' || c == ',' || strings.HasPrefix(sense[i:], " or ")):
			f(sense[beg:i])
			if c == ' ' {
				i += len(" or ")
			} else {
				i++
			}
			beg = i
		case c == '(' || c == '[':
			depth++
			i++
		case c == ')' || c == ']':
			depth = max(depth-1, 0)
			i++
		case depth > 0:
			i++
		default:
			i++
		}
	}
	f(sense[beg:])
}

// hasOuterWords reports whether sense has a letter outside brackets.
func hasOuterWords(sense string) bool {
	depth := 0
	for _, r := range sense {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			depth = max(depth-1, 0)
		case depth == 0 && unicode.IsLetter(r):
			return true
		}
	}
	return false
}

// glossWords returns the lower-case words of a gloss outside brackets,
// without CC-CEDICT's notation words (sth, sb, variant…). "form" is one
// only in brackets ("(bound form)"): outside them it is a meaning (形式
// "form", 单 "form", 形成 "to form"), which "a form of art" says. "old" is
// one in brackets and before the word of notation it qualifies ("old
// variant of", "old name for"): elsewhere it is a meaning (多大 "how old?",
// 老人 "old man"), which "How old is he?" says.
func glossWords(g string) []string { return appendGlossWords(nil, g) }

// oldStem is the stem of "old" (see senseScore).
const oldStem = "old"

// oldNotation are the words after which CC-CEDICT's "old" is notation:
// "old variant of", "old name for", "old term for", "old form of", "old
// usage", "old place name", "old spelling of", "old word for".
var oldNotation = map[string]bool{"variant": true, "name": true, "term": true, "form": true, "usage": true, "place": true, "spelling": true, "word": true}

// appendGlossWords appends the glossWords of g to out.
func appendGlossWords(out []string, g string) []string {
	depth, start := 0, -1
	afterOld := false // the word flushed last is an "old" appended to out
	flush := func(end int) {
		if start >= 0 && depth == 0 {
			w := strings.ToLower(g[start:end])
			if afterOld && oldNotation[w] {
				out = out[:len(out)-1]
			}
			afterOld = false
			if !senseNoise[w] || w == "form" || w == "old" {
				out = append(out, w)
				afterOld = w == "old"
			}
		}
		start = -1
	}
	for i, r := range g {
		if unicode.IsLetter(r) || r == '\'' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		}
	}
	flush(len(g))
	return out
}

// match is the best score of the senses of m.
func (x *english) match(m *senseMatcher) float64 {
	if len(x.stems) == 0 || !x.mayMatch(m) {
		return 0
	}
	best := 0.0
	for i := range m.nSenses {
		if v := x.senseScore(m, int(i)); v > best {
			best = v
		}
	}
	return best
}

// verbLemma returns the verb that lw is an inflection of when lw is no
// WordNet lemma itself and the verb's Snowball stem differs from stem
// ("goes" → "go", "went" → "go", "ran" → "run"), "" otherwise. A word that
// is a lemma of its own ("left", "saw", "found") keeps only its own
// stem: the verb would be said by chance.
func verbLemma(lw, stem string) string {
	if !isASCIILetters(lw) {
		return ""
	}
	var buf [4]string
	ls := wordnet.Lemmas(buf[:0], lw)
	if len(ls) == 0 || ls[0] == lw {
		return ""
	}
	for _, l := range ls {
		if l != lw && len(l) > 1 && partsOfSpeech(l)&wordnet.Verb != 0 && snowball.Stem(l, false) != stem {
			return l
		}
	}
	return ""
}

// comparativeBase returns the adjective that lw, a regular comparative or
// superlative, is a form of ("bigger" → "big", "easiest" → "easy"), ""
// otherwise. lw may be an adjective of its own (WordNet lists "bigger"),
// but no noun, verb or adverb ("number" is no form of "numb"); irregular
// forms are left alone: "better" would say "well", and 是 has a sense
// "very well".
func comparativeBase(lw string) string {
	if len(lw) < 5 || !(strings.HasSuffix(lw, "er") || strings.HasSuffix(lw, "est")) || !isASCIILetters(lw) {
		return ""
	}
	// (An adverb may be a comparative too: "earlier", "later".)
	if partsOfSpeech(lw)&(wordnet.Noun|wordnet.Verb) != 0 {
		return ""
	}
	return comparativeRoot(lw)
}

// comparativeRoot is comparativeBase for a word known to be a comparative
// or superlative (before "than"), even one that is also a noun or a verb
// ("lower", "cooler").
func comparativeRoot(lw string) string {
	if len(lw) < 5 || !(strings.HasSuffix(lw, "er") || strings.HasSuffix(lw, "est")) || !isASCIILetters(lw) {
		return ""
	}
	var buf [4]string
	for _, l := range wordnet.Lemmas(buf[:0], lw) {
		if l == lw || len(l) < 2 || partsOfSpeech(l)&wordnet.Adj == 0 {
			continue
		}
		// The regular spellings: big → bigger, large → larger, easy →
		// easier.
		root := strings.TrimSuffix(strings.TrimSuffix(l, "e"), "y")
		if strings.HasPrefix(lw, root) {
			return l
		}
	}
	return ""
}
