package zh

import (
	"strings"
	"sync/atomic"
	"unsafe"

	"cika/cards/dict"
	"cika/cards/wordnet"
)

// The rules ask the same questions of the same dictionary senses in pair
// after pair: is "to repair; to mend" a narrow verb, is "work; job"
// nounish, is "(bound form) not; un-" free. Each answer splits, lowers
// and scans the sense (and nounish asks WordNet), hundreds of
// nanoseconds where a pair asks hundreds of them: a tenth of a pair's
// CPU. A senseMemo keeps the answers of the senses asked last, so that
// the rules stay functions of a string and a hit costs a load and a
// compare.

// memoSlots is the number of slots of each senseMemo: the senses asked
// often are a few thousand, and a slot lost to another sense is only
// asked again.
const (
	memoBits  = 14
	memoSlots = 1 << memoBits
)

// senseMemo remembers f(s) for the senses s asked last, lock-free: a slot
// holds one sense and its answer, and the last to ask replaces it. Two
// goroutines may both compute an answer: it is the same.
type senseMemo[T any] struct {
	slots [memoSlots]atomic.Pointer[memoized[T]]
}

// memoized is a sense and an answer about it.
type memoized[T any] struct {
	key string
	v   T
}

// of returns f(s), from the slot of s when it holds s. f must be a pure
// function of s: the answer is shared by every caller that asks of the
// same text. s must not change while it is kept (no view of a buffer):
// the senses asked are the dictionary's, which never do.
//
// The slot is chosen by where s is, not by what it says: a sense of the
// dictionary is the same bytes in every pair, so hashing its address
// finds it without reading it, and comparing the key with s finds the
// same address at once (a string compare checks the pointers first). A
// copy of a sense elsewhere only takes another slot; the compare of the
// texts keeps another string's answer from being taken.
func (m *senseMemo[T]) of(s string, f func(string) T) T {
	h := (uint64(uintptr(unsafe.Pointer(unsafe.StringData(s)))) ^ uint64(len(s))) * 0x9e3779b97f4a7c15
	slot := &m.slots[h>>(64-memoBits)]
	if p := slot.Load(); p != nil && p.key == s {
		return p.v
	}
	p := &memoized[T]{key: s, v: f(s)}
	slot.Store(p)
	return p.v
}

// A sense's facts share one word of a table: the senses a pair asks
// about are asked several questions each (nounish, then isFreeSense,
// then narrowVerb…), and with a table per question each answer was a
// cache miss of its own, and a pointer to a heap object (another miss,
// and garbage for the collector, a seventh of the analyzer's
// allocations in a cold pass). A factTable slot holds the sense's position in the
// embedded dictionary (dict.EmbeddedOffset) and, per fact, whether it is
// known and its value, all in one uint64: the first question brings the
// line into cache for the others, and a slot is read and written whole,
// so goroutines sharing it need no lock.

// fact names a predicate on senses kept in factTable.
type fact uint8

const (
	factNounish fact = iota
	factNarrowVerb
	factFreeSense
	factGrammar
	factAdverbOnly
	factNounOnly
	factNounGloss
	factAdverbGloss
	factPlainNoun
	nFacts
)

// The layout of a factTable slot: the key (offset<<factLenBits | length)
// above factKeyShift, two bits per fact below it (known, value). An
// empty slot is 0, which no key is: a sense is never empty.
const (
	factBits     = 15
	factLenBits  = 12
	factKeyShift = 2 * nFacts
)

// factTable remembers the facts of the dictionary's senses asked last.
type factTable struct {
	slots [1 << factBits]atomic.Uint64
}

// senseFacts is the table of the predicates above, and factMemos their
// memos for the senses it cannot key.
var (
	senseFacts factTable
	factMemos  [nFacts]senseMemo[bool]
)

// of returns p's answer about s, f(s), from s's slot when it holds it,
// and otherwise from p's senseMemo: a sense that is not in the embedded
// dictionary (a learner gloss, a test's dictionary) or too long for the
// key. f must be a pure function of s.
func (t *factTable) of(s string, p fact, f func(string) bool) bool {
	key, i, ok := senseSlot(s, int(factKeyShift))
	if !ok {
		return factMemos[p].of(s, f)
	}
	slot := &t.slots[i]
	known, value := uint64(1)<<(2*p), uint64(1)<<(2*p+1)
	old := slot.Load()
	if old>>factKeyShift == key && old&known != 0 {
		return old&value != 0
	}
	v := f(s)
	nw := known
	if v {
		nw |= value
	}
	if old>>factKeyShift == key {
		nw |= old
	} else {
		nw |= key << factKeyShift
	}
	// Another goroutine may have written the slot since: then its
	// answer stays and this one is only computed again next time.
	slot.CompareAndSwap(old, nw)
	return v
}

// senseSlot returns the key of s in a table whose slots keep keyShift
// bits below the key (offset<<factLenBits | length), and the index of its
// slot; false when s is not in the embedded dictionary, or too long or
// too far in it for the key.
func senseSlot(s string, keyShift int) (uint64, int, bool) {
	off, ok := dict.EmbeddedOffset(s)
	if !ok || len(s) >= 1<<factLenBits || off >= 1<<(64-keyShift-factLenBits) {
		return 0, 0, false
	}
	key := uint64(off)<<factLenBits | uint64(len(s))
	return key, int((key * 0x9e3779b97f4a7c15) >> (64 - factBits)), true
}

// A sense's first gloss (firstGloss) is, for all but a few senses, a
// part of the sense itself ("to repair" of "to repair; to mend"): a
// glossTable slot keeps where it is in the sense, beside the sense's key,
// in one uint64 as a factTable slot does, where a senseMemo kept a pointer
// to a heap object holding the string.

// The layout of a glossTable slot: the sense's key (as a factTable's)
// above glossKeyShift, then the start of the gloss in the sense and its
// length; glossElsewhere as the length when the gloss is not a part of the
// sense (an upper-case letter lowered): firstGlossMemo answers for it.
const (
	glossKeyShift  = 2*factLenBits + 1
	glossElsewhere = 1<<(factLenBits+1) - 1
)

// glossTable remembers where the first glosses of the dictionary's
// senses asked last are.
type glossTable struct {
	slots [1 << factBits]atomic.Uint64
}

var (
	firstGlosses   glossTable
	firstGlossMemo senseMemo[string] // for the senses firstGlosses cannot keep
)

// of returns f(s), a part of s or a string of the same text, from s's
// slot when it holds s, and otherwise from firstGlossMemo. f must be a
// pure function of s.
func (t *glossTable) of(s string, f func(string) string) string {
	key, i, ok := senseSlot(s, glossKeyShift)
	if !ok {
		return firstGlossMemo.of(s, f)
	}
	slot := &t.slots[i]
	if v := slot.Load(); v>>glossKeyShift == key {
		start, n := int(v>>(factLenBits+1))&(1<<factLenBits-1), int(v&glossElsewhere)
		if n == glossElsewhere {
			return firstGlossMemo.of(s, f)
		}
		return s[start : start+n]
	}
	g := f(s)
	start := strings.Index(s, g)
	n := len(g)
	if start < 0 {
		start, n = 0, glossElsewhere
		firstGlossMemo.of(s, func(string) string { return g })
	}
	slot.Store(key<<glossKeyShift | uint64(start)<<(factLenBits+1) | uint64(n))
	return g
}

// relFacts are the facts singleRelatedBest asks of every sense of a
// single character in every pair (adverbOnly, nounOnly, narrowVerb), kept
// beside the sense's marks once per entry: asked of the factTable, each
// was a slot found and read per sense and pair, a sixth of what finding
// a character's related senses cost.
type relFacts uint8

const (
	relAdverbOnly relFacts = 1 << iota
	relNounOnly
	relNarrowVerb
	// relLightPhrase: a light verb's phrase whose first gloss has
	// several content words ("to take along"), which singleRelatedBest
	// leaves to its phrase.
	relLightPhrase
)

// markRelFacts sets the relFacts of in's senses that singleRelatedBest
// asks, for a single character (in.related 0) only: adverbOnly, and
// nounOnly if not an adverb, of an unmarked sense that is not a verb nor
// the first plain one; narrowVerb and relLightPhrase of an unmarked verb. (Computing the
// others too made a cold pass's first meetings dearer for nothing.)
// in.firstPlain must be set.
func (in *entryInfo) markRelFacts() {
	if in.related != 0 {
		return
	}
	for i, s := range in.senses {
		var f relFacts
		switch mk := in.marks[i]; {
		case mk.marked:
		case mk.verb:
			if narrowVerb(s) {
				f |= relNarrowVerb
			}
			if mk.light && contentWords(firstGloss(s)) > 1 {
				f |= relLightPhrase
			}
		case i != int(in.firstPlain):
			if adverbOnly(s) {
				f |= relAdverbOnly
			} else if nounOnly(s) {
				f |= relNounOnly
			}
		}
		in.marks[i].rel = f
	}
}

// partsOfSpeech is wordnet.PartsOfSpeech(w), remembered for a w that is a
// piece of the embedded dictionary (a sense's first gloss, mostly) by
// where w is, as a factTable keys a sense: one slot read where WordNet's
// own memo hashes w's bytes and follows a pointer to its answer, a cache
// miss each (the rules ask it of the first gloss of every sense they
// weigh: 0.64 s of a million-pair mine's CPU). Any other w is asked of
// WordNet.
func partsOfSpeech(w string) wordnet.POS {
	key, i, ok := senseSlot(w, posKeyShift)
	if !ok {
		return wordnet.PartsOfSpeech(w)
	}
	slot := &glossParts.slots[i]
	if v := slot.Load(); v>>posKeyShift == key {
		return wordnet.POS(v)
	}
	p := wordnet.PartsOfSpeech(w)
	slot.Store(key<<posKeyShift | uint64(p))
	return p
}

// posKeyShift is where the key of a glossParts slot starts, above the
// answer (a wordnet.POS, one byte). An empty slot is 0, which no key is:
// w is never empty.
const posKeyShift = 8

// glossParts remembers partsOfSpeech's answers about the dictionary's
// pieces asked last.
var glossParts struct {
	slots [1 << factBits]atomic.Uint64
}

// adverbGloss reports whether WordNet knows the first gloss of sense s as
// an adverb. Remembered: contextSense asks it of the first plain sense
// of every word standing in a verb slot, in every pair.
func adverbGloss(s string) bool { return senseFacts.of(s, factAdverbGloss, adverbGlossOf) }

// adverbGlossOf is adverbGloss, computed.
func adverbGlossOf(s string) bool { return partsOfSpeech(firstGloss(s))&wordnet.Adv != 0 }

// A senseSearch names a search among an entry's other plain senses for one
// of a kind ("to intend", "or", "had better"), which grammarSense makes
// of the words in a slot in every pair: each scans the senses and tests
// each one's gloss. Its answer for the entry's first plain sense is kept
// in entryInfo.searched, a byte per search.
type senseSearch uint8

const (
	searchIntent senseSearch = iota
	searchTenable
	searchOr
	searchStraight
	searchSuggestion
	searchClause
	searchAwareness
	searchCognition
)

// searchOnce returns find(), the index of the sense search s finds in in
// beside first (-1 if none), found once per entry where first is in's
// first plain sense. find must be a pure function of in and first.
func (in *entryInfo) searchOnce(s senseSearch, first int, find func() int) int {
	if first != int(in.firstPlain) {
		return find()
	}
	shift := 8 * uint(s)
	if v := in.searched.Load() >> shift & 0xff; v != 0 {
		return int(v) - 2
	}
	i := find()
	if i+2 <= 0xff {
		in.searched.Or(uint64(i+2) << shift) // (two goroutines may both find it: the same answer)
	}
	return i
}
