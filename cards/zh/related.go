package zh

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"cika/cards/wordnet"
)

// English evidence beyond the same stem. A bilingual reader sees that
// "standpoint" says 角度 "point of view", "regulation" says 监管 "to
// regulate" and "what good will this do" says 好处 "benefit": the words
// are not the same, but related. cards/wordnet knows how (lemmas,
// derivations, synonyms, one step further), as meaning groups: two words
// sharing a group are related, as closely as the weaker of the two ids
// says.
//
// The groups of the English side are found once per pair, when a token
// first needs them; those of a gloss once per entry, when a token of the
// entry first needs them (relTable). Exact stems are still tried first
// and score 1.

// relWeight is the credit a gloss word gets from an English word related
// to it by kind k, against 1 for the same stem. A synonym is weaker
// evidence than the word itself, a word one step further much weaker: a
// long English side has one for some sense by chance ("dispatch" for
// 结果 "to kill; to dispatch" in a sentence about progress), so alone it
// never passes minWeakEvidence; with the words themselves it adds up.
func relWeight(k wordnet.Kind) float64 {
	switch k {
	case wordnet.Same:
		return 1
	case wordnet.Derived:
		return 0.8
	case wordnet.Synonym:
		return 0.7
	case wordnet.Related:
		return 0.3
	}
	return 0
}

// maxRelGroups caps the groups kept per gloss word: the first are its
// most common senses, and a matcher is kept for every entry met.
const maxRelGroups = 24

// relTable is the related-word form of a senseMatcher: for each of its
// words (in the matcher's order) the meaning groups of the gloss word it
// was made from (none for function words), and for each gloss of several
// words the groups of the whole phrase ("point of view").
type relTable struct {
	// flat holds the lists of groups in one block: first the end of each
	// word's list (nWord of them), then the end of each gloss's phrase
	// list (nGloss), then the lists themselves, each word's then each
	// phrase's, as offsets into flat (wordGroups, phraseGroups). relScore
	// reads the groups of every word of a sense; one list per word,
	// scattered, made it wait on a cache miss per word and per gloss
	// (most of its time), where the block keeps a sense's in a line or two.
	flat          []uint32
	nWord, nGloss int32
	// text is the gloss word each of the matcher's words was made from, lower case
	// ("" for function words): what directScore compares.
	text []string
	// verbPhrase holds, for each gloss of a verb of two or three words
	// after its "to" that WordNet knows as a lemma ("to learn by heart",
	// "to depend on"), the groups of that lemma (nil for other glosses):
	// what a single character's verb is said by (singleRelatedBest),
	// found when one first needs them (verbPhrases), since no other
	// entry does. It ends at the last gloss that has one.
	verbPhrase atomic.Pointer[[][]wordnet.Group]
	// bracket holds, for each sense, the Derived groups of its
	// bracketWords (nil if none; bracket itself nil if no sense has
	// any): "prescribed" names 开's "(a prescription, check, invoice
	// etc)".
	bracket [][]wordnet.Group
}

// wordGroups returns the groups of the gloss word of the matcher's word
// k (none for a function word); k < rt.nWord.
func (rt *relTable) wordGroups(k int) []wordnet.Group { return rt.list(k) }

// phraseGroups returns the groups of gloss gi as a phrase (none if
// WordNet has no such phrase); gi < rt.nGloss.
func (rt *relTable) phraseGroups(gi int) []wordnet.Group { return rt.list(int(rt.nWord) + gi) }

// list returns the n-th list of rt.flat.
func (rt *relTable) list(n int) []wordnet.Group {
	start := uint32(rt.nWord + rt.nGloss)
	if n > 0 {
		start = rt.flat[n-1]
	}
	l := rt.flat[start:rt.flat[n]]
	if len(l) == 0 {
		return nil
	}
	return unsafe.Slice((*wordnet.Group)(unsafe.Pointer(&l[0])), len(l)) // (a Group is a uint32)
}

// flatLists returns the lists of word then of gloss in one block, as
// relTable.flat has them, with no room beyond its length.
func flatLists(word, gloss [][]wordnet.Group) []uint32 {
	n := len(word) + len(gloss)
	for _, l := range word {
		n += len(l)
	}
	for _, l := range gloss {
		n += len(l)
	}
	flat := make([]uint32, len(word)+len(gloss), n)
	k := 0
	for _, lists := range [2][][]wordnet.Group{word, gloss} {
		for _, l := range lists {
			for _, g := range l {
				flat = append(flat, uint32(g))
			}
			flat[k] = uint32(len(flat))
			k++
		}
	}
	return flat
}

// relOf returns the relTable of m, whose senses are senses, computing it
// on first use.
func relOf(m *senseMatcher, senses []string) *relTable {
	if rt := m.rel.Load(); rt != nil {
		return rt
	}
	rt := &relTable{}
	// The lists are made in scratch lists, then copied at their length:
	// a table is kept for every entry met (≈ 17 MB of lists at a million
	// pairs), and grown by append each kept a quarter of its room unused
	// on average and left the smaller lists it outgrew to the collector.
	sc := relScratchPool.Get().(*relScratch)
	defer relScratchPool.Put(sc)
	gw, buf := sc.gw, sc.buf
	word, text, gloss := sc.word[:0], sc.text[:0], sc.gloss[:0]
	for _, sense := range senses {
		forMatchGlosses(sense, func(part string) {
			gw = appendGlossWords(gw[:0], part)
			var content, funcs int
			start := len(word)
			for _, w := range gw {
				if glossStem(w) != "" {
					word = append(word, glossGroups.of(w))
					text = append(text, w)
					content++
				} else if !glueWords[w] {
					funcs++
				}
			}
			if content == 0 && funcs == 0 {
				if !isDoGloss(gw) {
					word, text = word[:start], text[:start]
					return
				}
				funcs = 1 // mainDo, as compileSenses has it
			}
			for range funcs {
				word = append(word, nil)
				text = append(text, "")
			}
			var phrase []wordnet.Group
			if len(gw) >= 2 && len(gw) <= 4 {
				buf = wordnet.Groups(buf[:0], strings.Join(gw, " "))
				phrase = groupSet(buf)
			}
			gloss = append(gloss, phrase)
		})
	}
	rt.flat, rt.nWord, rt.nGloss = flatLists(word, gloss), int32(len(word)), int32(len(gloss))
	rt.text = exactCopy(text)
	clear(word[:cap(word)]) // (let the strings and groups go)
	clear(text[:cap(text)])
	clear(gloss[:cap(gloss)])
	clear(gw[:cap(gw)])
	sc.gw, sc.word, sc.text, sc.gloss = gw[:0], word[:0], text[:0], gloss[:0]
	for i, sense := range senses {
		if strings.IndexByte(sense, '(') < 0 {
			continue
		}
		buf = buf[:0]
		forBracketWords(sense, func(lw, _ string, _ bool) {
			for _, g := range glossGroups.of(lw) {
				if g.Kind() == wordnet.Derived {
					buf = append(buf, g)
				}
			}
		})
		if len(buf) > 0 {
			if rt.bracket == nil {
				rt.bracket = make([][]wordnet.Group, len(senses))
			}
			rt.bracket[i] = groupSet(buf)
		}
	}
	sc.buf = buf[:0]
	m.rel.Store(rt) // two goroutines may both compute it: same result
	return rt
}

// relScratch is relOf's working memory, kept from table to table.
type relScratch struct {
	gw    []string
	buf   []wordnet.Group
	word  [][]wordnet.Group
	text  []string
	gloss [][]wordnet.Group
}

var relScratchPool = sync.Pool{New: func() any { return new(relScratch) }}

// exactCopy returns a copy of s with no room beyond its length, nil if s
// is empty (as a list appended to from nil is).
func exactCopy[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

// glossGroups caches the groupSet of gloss words: the same words gloss
// many entries.
var glossGroups = groupCache{cap: maxRelGroups}

// groupSet returns a sorted copy of the first maxRelGroups of gs, nil if
// none.
func groupSet(gs []wordnet.Group) []wordnet.Group {
	if len(gs) == 0 {
		return nil
	}
	out := slices.Clone(gs[:min(len(gs), maxRelGroups)])
	slices.Sort(out)
	return slices.Compact(out)
}

// relGroups returns the meaning groups of the English side's content
// words, of its phrases of the form "X of Y" ("point of view") and of its
// phrasal verbs ("put it off"), each once, found on first use.
// groupBits and groupSet are set with them (hasGroup). (Phrases of two content
// words were tried too: they changed no choice on the seed or the gold
// set, and were a third of the cost, most of them unknown to WordNet.)
func (x *english) relGroups() []wordnet.Group {
	if x.relDone {
		return x.groups
	}
	x.relDone = true
	ws, rs := x.words, x.wordRoles // (rs: the word sets asked below, found once per word met)
	g, phrase := x.contentGroups(x.groups[:0], nil)
	// Phrasal verbs: a verb and its particle, or the particle after an
	// object pronoun or a determiner and a noun ("put it off", "turned
	// the offer down"), as WordNet's lemma of the two ("brought up" is
	// "bring up"). Translators say a gloss's verb so: "the match was put
	// off" says 延期 "to postpone", "he brought up this problem" 提到 "to
	// raise (a subject)". (Light verbs too: "take over", "get by".)
	for i := 0; i+1 < len(ws); i++ {
		k := i + 1
		switch {
		case rs[k]&roleObjectPronoun != 0 && k+1 < len(ws) && rs[k+1]&roleAdverbParticle != 0:
			k++
		case rs[k]&roleNounDeterminer != 0 && k+2 < len(ws) && rs[k+2]&roleAdverbParticle != 0 && isASCIILetters(ws[k+1]):
			k += 2 // "put the meeting off"
		}
		if rs[k]&rolePhrasal == 0 || len(ws[i]) < 2 || rs[i]&roleAuxiliary != 0 || !isASCIILetters(ws[i]) {
			continue
		}
		phrase = append(append(append(phrase[:0], ws[i]...), ' '), ws[k]...)
		if k == i+1 && k+1 < len(ws) && rs[k+1]&rolePhrasalObject != 0 {
			// A verb of three words is not its first two: "come up
			// with an idea" is no "come up" (to arise), "catch up
			// with" is WordNet's own lemma. (Not after an object:
			// "brought the issue up at the meeting".)
			phrase = append(append(phrase, ' '), ws[k+1]...)
		}
		g = append(g, englishGroups.of(unsafe.String(&phrase[0], len(phrase)))...)
	}
	// A light verb and the word after it, as WordNet's lemma of the two
	// or, before a preposition, of the three ("made sure", "take care
	// of", "paid attention to"): the phrase says the gloss's verb, which
	// its words alone do not (the light verb says nothing): "make sure
	// the door is locked" says 保证 "to ensure".
	for i := 0; i+1 < len(ws); i++ {
		if rs[i]&roleLightVerb == 0 || rs[i+1]&rolePhrasal != 0 || !isASCIILetters(ws[i+1]) {
			continue // (a particle makes a phrasal verb, above)
		}
		phrase = append(append(append(phrase[:0], ws[i]...), ' '), ws[i+1]...)
		if i+2 < len(ws) && rs[i+2]&rolePhrasalObject != 0 {
			n := len(phrase)
			phrase = append(append(phrase, ' '), ws[i+2]...)
			if gs := englishGroups.of(unsafe.String(&phrase[0], len(phrase))); len(gs) > 0 {
				g = append(g, gs...)
				continue
			}
			phrase = phrase[:n]
		}
		g = append(g, englishGroups.of(unsafe.String(&phrase[0], len(phrase)))...)
	}
	x.groups = x.groupSet.fill(g[:0], g, &x.groupBits)
	return x.groups
}

// contentGroups appends to g the meaning groups of the English side's
// content words and of its phrases "X of Y" ("point of view"), the first
// part of relGroups, and returns them with phrase, a buffer for the
// phrases that the rest of relGroups reuses.
func (x *english) contentGroups(g []wordnet.Group, phrase []byte) ([]wordnet.Group, []byte) {
	ws := x.words
	// Content words (relatedWord, which stemOf asks once per word met,
	// keeping the groups). (A possessive or "is" after a noun counts its
	// noun: "Dinner's ready" says "dinner". A hedge counts nothing: "I
	// think one thing to consider" says 考虑 "to consider", not "to think
	// over".)
	content := func(i int) bool {
		return x.wordStems[i] != "" && x.wordRoles[i]&roleRelated != 0
	}
	for i, w := range ws {
		if !content(i) {
			continue
		}
		w = withoutS(w)
		g = append(g, x.wordGroups[i]...)
		switch {
		case i+2 < len(ws) && ws[i+1] == "of" && content(i+2):
			phrase = append(append(append(phrase[:0], w...), " of "...), withoutS(ws[i+2])...)
			g = append(g, englishGroups.of(unsafe.String(&phrase[0], len(phrase)))...)
		}
	}
	return g, phrase
}

// relatedWord reports whether relGroups looks up the groups of English
// word lw, of stem st: a content word of letters only (not digits or
// pinyin: "jue2" is no English word WordNet knows, and looking it up
// costs) that is no hedge, a possessive or "is" after it aside
// (contentGroups).
func relatedWord(lw, st string) bool {
	w := withoutS(lw)
	return len(w) > 2 && isASCIILetters(w) && st != "" && !hedges[st]
}

// groupTable is the set of the English side's meaning groups (relGroups),
// by open addressing on groupHash: relation asks it of the groups of every
// gloss word it weighs, and sorting the groups for a binary search instead
// was ≈ 1 % of a mine's CPU. Its slots are reused from pair to pair: a
// slot holds a group of this pair when its stamp is the table's.
type groupTable struct {
	slots []groupSlot
	stamp uint32
}

type groupSlot struct {
	g     wordnet.Group
	stamp uint32
}

// fill makes t the set of gs (which may repeat) and adds them to
// filter. It appends gs's distinct groups to dst, which may be gs[:0], and
// returns it.
func (t *groupTable) fill(dst, gs []wordnet.Group, filter *bits1k) []wordnet.Group {
	if n := 2 * len(gs); len(t.slots) < n {
		// At most half full: a probe meets an empty slot soon.
		t.slots = make([]groupSlot, max(64, 1<<bits.Len(uint(n-1))))
		t.stamp = 0
	}
	t.stamp++
	if t.stamp == 0 { // (wrapped: every stamp is stale)
		clear(t.slots)
		t.stamp = 1
	}
	mask := uint32(len(t.slots) - 1)
	for _, g := range gs {
		h := groupHash(g)
		for i := uint32(h) & mask; ; i = (i + 1) & mask {
			s := &t.slots[i]
			if s.stamp != t.stamp {
				*s = groupSlot{g, t.stamp}
				dst = append(dst, g)
				filter.add(h)
				break
			}
			if s.g == g {
				break
			}
		}
	}
	return dst
}

// has reports whether g is in t.
func (t *groupTable) has(g wordnet.Group) bool {
	if len(t.slots) == 0 {
		return false
	}
	mask := uint32(len(t.slots) - 1)
	for i := uint32(groupHash(g)) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.stamp != t.stamp {
			return false
		}
		if s.g == g {
			return true
		}
	}
}

// hasGroup reports whether the English side has group g (relGroups found
// already).
func (x *english) hasGroup(g wordnet.Group) bool {
	return x.groupBits.has(groupHash(g)) && x.groupSet.has(g)
}

// phrasalParticles are the words after a verb that make a phrasal verb
// WordNet may know as a lemma: the adverb particles, and the prepositions
// of verbs that mean more than their verb ("look into", "run into", "come
// across", "look after").
var phrasalParticles = map[string]bool{
	"off": true, "up": true, "down": true, "out": true, "away": true, "over": true, "back": true,
	"in": true, "on": true, "into": true, "through": true, "across": true, "along": true,
	"around": true, "after": true, "by": true, "for": true,
}

// lightVerbForms are the forms of the verbs that make a verb of a noun or
// an adjective after them (make sure, take part, pay attention): WordNet
// knows many such phrases as lemmas.
var lightVerbForms = map[string]bool{
	"make": true, "makes": true, "made": true, "making": true,
	"take": true, "takes": true, "took": true, "taken": true, "taking": true,
	"get": true, "gets": true, "got": true, "gotten": true, "getting": true,
	"give": true, "gives": true, "gave": true, "given": true, "giving": true,
	"keep": true, "keeps": true, "kept": true, "keeping": true,
	"pay": true, "pays": true, "paid": true, "paying": true,
}

// phrasalObjects are the prepositions after a phrasal verb's particle
// that take its object, making a verb of three words ("come up with",
// "run out of", "look forward to").
var phrasalObjects = map[string]bool{"with": true, "of": true, "to": true, "on": true, "for": true, "against": true, "at": true}

// objectPronounsEn stand between a phrasal verb and its particle ("figure
// it out").
var objectPronounsEn = map[string]bool{
	"it": true, "them": true, "him": true, "her": true, "me": true, "us": true, "you": true, "this": true, "that": true,
}

// auxiliariesEn are the English auxiliaries and modals, whose "phrasal
// verbs" are none ("is in", "was up", "can on").
var auxiliariesEn = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "am": true, "been": true, "being": true,
	"have": true, "has": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "shall": true, "should": true,
	"may": true, "might": true, "must": true,
}

// withoutS returns w without a final "'s" or "’s" (a possessive, or "is"
// or "has" after its subject), w itself if it has none.
func withoutS(w string) string {
	if b, ok := strings.CutSuffix(w, "'s"); ok {
		return b
	}
	if b, ok := strings.CutSuffix(w, "’s"); ok {
		return b
	}
	return w
}

// groupCache remembers the groups of the English words and phrases met
// last, lock-free, as stemCache does for stems: the words of a corpus
// repeat, and finding a word's lemmas and groups costs a microsecond.
type groupCache struct {
	slots [1 << 14]atomic.Pointer[groupsOf]
	cap   int // the groups kept of each, 0 for all
}

var englishGroups groupCache

// groupsOf is a word or phrase and its groups.
type groupsOf struct {
	key    string
	groups []wordnet.Group
}

// of returns the wordnet.Groups of s. s may be a view of a buffer that
// changes after the call: it is copied when kept. The cache is two-way,
// as stemCache.stemOf's.
func (c *groupCache) of(s string) []wordnet.Group {
	b := fnv32(s) & uint32(len(c.slots)-1) &^ 1
	old := c.slots[b].Load()
	if old != nil && old.key == s {
		return old.groups
	}
	if p := c.slots[b+1].Load(); p != nil && p.key == s {
		return p.groups
	}
	gs := wordnet.Groups(nil, s)
	if c.cap > 0 {
		gs = groupSet(gs)
	}
	p := &groupsOf{key: strings.Clone(s), groups: gs}
	if old != nil {
		c.slots[b+1].Store(old)
	}
	c.slots[b].Store(p)
	return p.groups
}

// groupHash is the key of a group in english.groupBits.
func groupHash(g wordnet.Group) uint16 { return uint16((uint32(g) * 2654435761) >> 22) }

// relation returns the credit of the closest relation between the groups
// gs of a gloss word and those of the English side x (relGroups), 0 if
// none, counting relations up to most (Same < Derived < Synonym <
// Related). gs is short, x's groups many: each of gs is tested against x's
// Bloom filter, then searched.
func (x *english) relation(gs []wordnet.Group, most wordnet.Kind) float64 {
	// gs is sorted, and a Group sorts by its Kind first: the first one
	// the English has is the closest, and past most nothing counts.
	for _, g := range gs {
		if g.Kind() > most {
			break
		}
		if x.hasGroup(g) && (!x.claimAware || !x.claimedGroup(g)) {
			return relWeight(g.Kind())
		}
	}
	return 0
}

// claimedGroup reports whether every English content word with group g
// was taken by another Chinese word (takenByOther): such a word says that
// one, not a relative of it. "Many cities are …" says 城市 "city", not 都
// "metropolis" through "city". A group that only a phrase of the English
// has ("put off") is no word's, so not claimed.
func (x *english) claimedGroup(g wordnet.Group) bool {
	if len(x.used) == 0 {
		return false
	}
	claimed := false
	for i, w := range x.words {
		st := x.wordStems[i]
		if w = withoutS(w); len(w) <= 2 || st == "" || !isASCIILetters(w) {
			continue
		}
		if _, ok := slices.BinarySearch(englishGroups.of(w), g); !ok {
			continue
		}
		if !x.takenByOther(st) {
			return false
		}
		claimed = true
	}
	return claimed
}

// wordRelation is relation for the groups gs of the gloss word w, where
// an English adverb derived from w, an adjective, says it less than a
// synonym of its own part of speech would: "truly" says 实在 "really" (a
// synonym) more than "true" (truly's adjective), which it still says
// (adverbDerived, above minEvidence) where no adverb sense is said.
func (x *english) wordRelation(gs []wordnet.Group, w string, most wordnet.Kind) float64 {
	v := x.relation(gs, most)
	if v != relWeight(wordnet.Derived) || partsOfSpeech(w)&wordnet.Adj == 0 {
		return v
	}
	// The Derived group that relation found is the first the English has;
	// a weaker kind may follow, which the downgrade may let count.
	best := 0.0
	for _, g := range gs {
		if g.Kind() > most {
			break
		}
		if !x.hasGroup(g) {
			continue
		}
		r := relWeight(g.Kind())
		if g.Kind() == wordnet.Derived && x.saidByAdverbsOnly(g) {
			r = adverbDerived
		}
		best = max(best, r)
	}
	return best
}

// adverbDerived is the credit of an adjective of a gloss said by an
// English adverb derived from it (wordRelation).
const adverbDerived = 0.6

// saidByAdverbsOnly reports whether every content word of the English
// that has group g is a word WordNet knows as an adverb only ("truly",
// not "fast").
func (x *english) saidByAdverbsOnly(g wordnet.Group) bool {
	seen := false
	for i, w := range x.words {
		w = withoutS(w)
		if len(w) <= 2 || x.wordStems[i] == "" || !isASCIILetters(w) {
			continue
		}
		if _, ok := slices.BinarySearch(englishGroups.of(w), g); !ok {
			continue
		}
		if partsOfSpeech(w) != wordnet.Adv {
			return false
		}
		seen = true
	}
	return seen
}

// relScore is senseScore with related words: a content word of a gloss
// that the English side does not have scores the relWeight of its closest
// related English word, and a gloss of several words that is a WordNet
// phrase ("point of view") scores as a whole, counting relations up to
// most. Glosses of function words only are left to senseScore, whose
// value the caller keeps as a floor (bestByEnglishIn).
func (x *english) relScore(m *senseMatcher, rt *relTable, i int, most wordnet.Kind) float64 {
	best := 0.0
	eg := x.relGroups()
	if len(eg) == 0 {
		return best
	}
	ends, words := m.senseEnd(), m.words()
	lo := 0
	if i > 0 {
		lo = int(ends[i-1])
	}
	verb := len(x.adjStems) > 0 && m.verbSense(i)
	for gi := lo; gi < int(ends[i]); gi++ {
		g := m.glosses()[gi]
		if most >= wordnet.Synonym && gi < int(rt.nGloss) {
			if gs := rt.phraseGroups(gi); gs != nil {
				best = max(best, x.relation(gs, most))
			}
		}
		if g.content == 0 {
			continue
		}
		start := int(g.start)
		sum, numerals, exact, olds := 0.0, 0.0, 0, 0
		for k := start; k < start+int(g.content); k++ {
			if x.stemBits.has(uint8(words[k].h8)) && x.hasStem(m.word(words, k), uint8(words[k].h8)) {
				if !verb || k != start || !x.adjectival(m.word(words, k)) {
					sum++
					exact++
					if x.bareNumeral(m.word(words, k)) {
						numerals++
					}
					if m.word(words, k) == oldStem {
						olds++
					}
				}
			} else if k < int(rt.nWord) {
				sum += x.wordRelation(rt.wordGroups(k), rt.text[k], most)
			}
		}
		if numerals > 0 && numerals == sum && g.content > 1 {
			sum = 0 // a numeral alone: see senseScore
		}
		if olds > 0 && olds == exact && g.content > 1 {
			sum -= float64(olds) // "old" alone: see senseScore
		}
		v := sum / float64(g.content)
		if g.function > 0 && g.content == 1 && v > 0 && lightVerb(m.word(words, start)) && hasParticle(m, words, start+1, int(g.function)) && !x.particleBeside(m, words, start, g) {
			v = 0 // a light verb without its particle: see senseScore
		} else if g.function > 0 && v > phraseMissing && int(ends[i])-lo > 1 && x.lacksParticle(m, words, start+int(g.content), int(g.function)) {
			v = phraseMissing // "told" and "to tell off": see senseScore
		} else if g.function > 0 && v > phraseShort && !x.hasWords(m, words, start+int(g.content), int(g.function)) {
			// Its words said without the phrase's function words, as
			// senseScore counts them: "the results of this study" says
			// 结果 "result" more than "as a result".
			v = phraseShort
		}
		best = max(best, v)
	}
	if best < bracketEvidence && rt.bracket != nil && rt.bracket[i] != nil && !x.writesBracket((*m.brackets)[i]) && x.derivesBracket(rt.bracket[i]) {
		// What the sense is about, said in another form: "the doctor
		// prescribed me some medicine" names 开's "to write out (a
		// prescription, check, invoice etc)", "windy" 颳's "to blow (of
		// the wind)".
		best = bracketEvidence
	}
	return best
}

// writesBracket reports whether the English has the stem of one of ws,
// taken by an earlier word or not: then the word itself is there, and
// saysBracket has judged it (下午 takes "afternoon" from 一个 "the whole
// (afternoon …)"; "products" is no other form of 转型's "(to a new model
// of product)").
func (x *english) writesBracket(ws []bracketWord) bool {
	for _, w := range ws {
		if x.stemBits.has(w.h8) && (x.stemSet != nil && x.stemSet[w.stem] || x.stemSet == nil && slices.Contains(x.stems, w.stem)) {
			return true
		}
	}
	return false
}

// derivesBracket reports whether a content word of the English shares a
// group of gs (a sense's bracket words' Derived groups), other than a
// verb that hedges what the speaker says ("I don't think it's fair" names
// no "thought" of 发挥's "to express (a thought or moral)"; relGroups
// leaves hedges out too).
func (x *english) derivesBracket(gs []wordnet.Group) bool {
	x.relGroups()
	if !slices.ContainsFunc(gs, func(g wordnet.Group) bool { return x.groupBits.has(groupHash(g)) }) {
		return false
	}
	for i, w := range x.words {
		w = withoutS(w)
		if len(w) <= 2 || x.wordStems[i] == "" || !isASCIILetters(w) || hedges[x.wordStems[i]] {
			continue
		}
		for _, g := range englishGroups.of(w) {
			if _, ok := slices.BinarySearch(gs, g); ok {
				return true
			}
		}
	}
	return false
}

// hedges are the stems of the verbs with which a speaker hedges or
// frames what they say (I think, you know, I mean, I guess).
var hedges = map[string]bool{"think": true, "know": true, "mean": true, "guess": true, "suppos": true, "believ": true}

// betterSaid breaks a tie between senses i and j of in that the English
// says alike: the one whose own words it has (formEvidence: "preparing"
// is "to prepare", not "preparation"), then the one whose gloss it says
// in more words, the narrower meaning ("open minded" is 开放
// "open-minded", not "to open").
func (in *entryInfo) betterSaid(en *english, i, j int) bool {
	vi, vj := in.marks[i].verb, in.marks[j].verb
	if vi != vj {
		// An English word that stands as a noun says the noun sense,
		// though it is a form of the verb's word too: "comes from
		// advertising" is 广告 "advertisement", not "to advertise"
		// (saysAsNoun); "any worry" is no adjective (担心 "worried").
		v, n := j, i
		if vi {
			v, n = i, j
		}
		if in.marks[n].nounish && en.saysAsNoun(in, v) {
			return vj
		}
	}
	fi, fj := in.formEvidence(en, i), in.formEvidence(en, j)
	if fi != fj {
		return fi > fj
	}
	if wi, wj := in.saidWords(en, i), in.saidWords(en, j); wi != wj {
		return wi > wj
	}
	// Then the English word's part of speech: "educational resources"
	// says 教育 "education", not "to educate", where both share the stem
	// and neither is the word itself; a word that can be a verb
	// ("advertising") leaves the order as it is.
	if vi != vj {
		v := j
		if vi {
			v = i
		}
		// So does a word a determiner stands before ("any plans" says 安排
		// "plans", not "to plan"; "a unified approach" 统一 "unified").
		return vj && (!en.saysAsVerb(in, v) || en.saysAsNoun(in, v))
	}
	return false
}

// saysAsNoun reports whether every English word that says a content word
// of a gloss of verb sense i of in stands right after a determiner or a
// possessive ("any plans", "your support"), where English puts a noun,
// and at least one does.
func (x *english) saysAsNoun(in *entryInfo, i int) bool {
	return x.everySayingWord(in, i, x.nounAt)
}

// everySayingWord reports whether every English word that says a content
// word of a gloss of sense i of in (eachSayingWord) passes ok, and at
// least one does: the English says the sense, and only in the role ok
// tests (a noun's place, an -ing modifier, an adverb in -ly).
func (x *english) everySayingWord(in *entryInfo, i int, ok func(k int) bool) bool {
	seen, all := false, true
	x.eachSayingWord(in, i, func(k int) bool {
		if !ok(k) {
			all = false
			return false
		}
		seen = true
		return true
	})
	return seen && all
}

// eachSayingWord calls f with the index in x.words of each English word
// whose stem is a content word of a gloss of sense i of in, until f
// returns false; it reports whether sense i has a matcher at all.
func (x *english) eachSayingWord(in *entryInfo, i int, f func(k int) bool) bool {
	m, j, _ := in.senseAt(i)
	if m == nil {
		return false
	}
	words := m.words()
	for _, g := range m.senseGlosses(j) {
		for c := int(g.start); c < int(g.start+g.content); c++ {
			st := m.word(words, c)
			for k, ws := range x.wordStems {
				if ws == st && !f(k) {
					return true
				}
			}
		}
	}
	return true
}

// nounAt reports whether English word k stands as a noun: after a
// determiner or a possessive, or after a preposition with no object of
// its own after it ("comes from advertising", not "at educating
// children").
func (x *english) nounAt(k int) bool {
	if k == 0 {
		return false
	}
	if nounDeterminersEn[x.words[k-1]] {
		return true
	}
	if !objectPreposition(x.words[k-1]) {
		return false
	}
	return k+1 == len(x.words) || objectPreposition(x.words[k+1]) || clauseLinksEn[x.words[k+1]]
}

// clauseLinksEn are the words that end a noun phrase.
var clauseLinksEn = map[string]bool{"and": true, "or": true, "but": true, "is": true, "are": true, "was": true, "were": true}

// nounDeterminersEn are the English words after which a noun stands, not
// a verb: articles, possessives, quantifiers.
var nounDeterminersEn = map[string]bool{
	"a": true, "an": true, "the": true, "my": true, "your": true, "his": true, "her": true, "its": true,
	"our": true, "their": true, "any": true, "every": true, "each": true, "no": true, "this": true,
	"these": true, "those": true, "several": true, "many": true, "few": true,
}

// saysAsVerb reports whether an English word that says a content word of
// a gloss of verb sense i of in can be a verb by WordNet (a lemma of it is
// a verb): "educates", "advertising", "needs", not "educational".
func (x *english) saysAsVerb(in *entryInfo, i int) bool {
	var lemmas []string
	verb := false
	if !x.eachSayingWord(in, i, func(k int) bool {
		lemmas = wordnet.Lemmas(lemmas[:0], withoutS(x.words[k]))
		if len(lemmas) == 0 {
			verb = true // a word WordNet does not know: say nothing
			return false
		}
		for _, l := range lemmas {
			if partsOfSpeech(l)&wordnet.Verb != 0 {
				verb = true
				return false
			}
		}
		return true
	}) {
		return true
	}
	return verb
}

// saidWords is the most content words, light verbs aside, of a gloss of
// sense i of in that the English says in full, 0 if none. (A light verb
// is said by chance: "it makes sense to use" says 使用 "to use", not "to
// make use of".)
func (in *entryInfo) saidWords(en *english, i int) int {
	m, j, _ := in.senseAt(i)
	if m == nil {
		return 0
	}
	n, words := 0, m.words()
	for _, g := range m.senseGlosses(j) {
		all, c := g.content > 0, 0
		for k := int(g.start); all && k < int(g.start+g.content); k++ {
			w := m.word(words, k)
			all = en.hasStem(w, uint8(words[k].h8))
			if !lightVerb(w) {
				c++
			}
		}
		if all {
			n = max(n, c)
		}
	}
	return n
}

// formScore is senseScore counting the gloss's own words (with a plural
// s) and a verb's inflections only (WordNet's same-lemma group), not
// words of the same
// Snowball stem: "preparing" says "to prepare" in full and "preparation"
// not at all, where both share the stem "prepar". It breaks ties between
// senses that senseScore scores alike (bestByEnglishIn).
func (x *english) formScore(m *senseMatcher, rt *relTable, i int, sense string) float64 {
	x.relGroups() // the English words' groups, which relation reads
	// Only the words outside brackets: "(phone, system, bomb etc)" are
	// examples, not the meaning ("intelligence systems" is not 智能
	// "smart").
	plain := strings.ToLower(outsideBrackets(sense))
	// A verb's inflections say it ("preparing"); an adjective's do not
	// ("smarter" is 聪明's, not 智能 "smart").
	verb := isVerbSense(sense)
	return x.wordsSaid(m, rt, i, func(k int, w string) bool {
		return containsWord(plain, w) && (x.written(w) || verb && x.relation(rt.wordGroups(k), wordnet.Same) > 0)
	})
}

// wordsSaid is the best share, over the glosses of sense i of m, of the
// content words that said accepts (k indexes rt, w is the word).
func (x *english) wordsSaid(m *senseMatcher, rt *relTable, i int, said func(k int, w string) bool) float64 {
	best := 0.0
	for _, g := range m.senseGlosses(i) {
		if g.content == 0 {
			continue
		}
		start, n := int(g.start), 0
		for k := start; k < start+int(g.content) && k < len(rt.text); k++ {
			if said(k, rt.text[k]) {
				n++
			}
		}
		best = max(best, float64(n)/float64(g.content))
	}
	return best
}

// written reports whether the English has word w as written, or with a
// plural s.
func (x *english) written(w string) bool {
	return x.hasWord(w, hash8(w)) || x.hasWord(w+"s", hash8(w+"s"))
}

// outsideBrackets is s without its bracketed parts.
func outsideBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			depth = max(depth-1, 0)
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// containsWord reports whether w is one of the words of s (forWords).
func containsWord(s, w string) bool {
	found := false
	forWords(s, func(x string) {
		found = found || x == w
	})
	return found
}

// relMatchers is the type of senseMatcher.rel.
type relMatchers = atomic.Pointer[relTable]

// directScore is senseScore counting only the gloss's own words written
// in the English (or with a plural s), not words of the same stem, and
// only a gloss said in full (1, else 0): the evidence a marked sense
// needs ("the framing" does not say 框架 "(construction) frame", "frames"
// would).
func (x *english) directScore(m *senseMatcher, rt *relTable, i int) float64 {
	// A marked sense needs a whole gloss: "pushing the state of the art
	// forward" does not say 前沿 "(military) forward position".
	if x.wordsSaid(m, rt, i, func(_ int, w string) bool { return x.written(w) }) == 1 {
		return 1
	}
	return 0
}

// singleRelatedBest is relatedBest for a single character, whose many
// short senses a long English side says by chance through related words:
// only its verb senses count, by their English inflections ("grown" for
// 长 "to grow", "made" for "to make"; not its other senses: "better" is a
// form of "well"), and a verb of one word (narrowVerb) by its synonyms
// too: "it needs fixing" says 修 "to repair", not the dictionary's first
// "to decorate"; so does an adverb of one word (adverbOnly): "rarely"
// says 少 "seldom".
func (in *entryInfo) singleRelatedBest(en *english, fit func(int, float64) float64, best float64, bi int) (float64, int) {
	i := 0
	for _, m := range [2]*senseMatcher{in.m1, in.m2} {
		if m == nil {
			break
		}
		n := int(m.nSenses)
		var rt *relTable
		for j := range n {
			k := i + j
			weighed, noun, adverb := in.weighedAlone(k)
			if !weighed {
				continue
			}
			if noun {
				// A noun of one word is said by a noun of its kind:
				// "Dinner's ready" says 饭 "meal", not "cooked rice".
				if rt == nil {
					rt = relOf(m, in.senses[i:i+n])
				}
				// (Only by English words no other word took: "Many
				// cities" is 城市's, and says no "metropolis" of 都.)
				if nounSaid > best {
					en.claimAware = true
					said := en.relScore(m, rt, j, wordnet.Related) > en.relScore(m, rt, j, wordnet.Derived)
					en.claimAware = false
					if said {
						if v := fit(k, nounSaid); v > best {
							best, bi = v, k
						}
					}
				}
				continue
			}
			if rt == nil {
				rt = relOf(m, in.senses[i:i+n])
			}
			kind := wordnet.Same
			if adverb || in.marks[k].rel&relNarrowVerb != 0 {
				kind = wordnet.Synonym
			}
			v := en.relScore(m, rt, j, kind)
			if !adverb && v < relWeight(wordnet.Synonym) {
				v = max(v, en.phraseSaid(m, rt, in.senses[i:i+n], j))
			}
			if v := fit(k, v); v > best {
				best, bi = v, k
			}
		}
		i += n
	}
	return best, bi
}

// weighedAlone reports whether singleRelatedBest weighs sense k of a
// single character by related words, and as what: a noun of one word
// said by a noun of its kind, an adverb of one word by its synonyms, or
// (neither) an unmarked verb by its inflections.
func (in *entryInfo) weighedAlone(k int) (weighed, noun, adverb bool) {
	// (An adverb's or a noun's related words are sought only for a sense
	// that is not the default: evidence for the default changes nothing,
	// and finding related words is most of the cost of a pair.)
	mk := in.marks[k]
	other := !mk.verb && !mk.marked && k != int(in.firstPlain)
	adverb = other && mk.rel&relAdverbOnly != 0
	if other && !adverb && mk.rel&relNounOnly != 0 {
		return true, true, false
	}
	// (A light verb's phrase is said by the phrase, but "to take along"
	// is "take" and a particle: "He took us".)
	if mk.marked || !mk.verb && !adverb || mk.rel&relLightPhrase != 0 {
		return false, false, false
	}
	return true, false, adverb
}

// verbPhrases returns rt.verbPhrase for the senses rt was made of,
// finding it on first use. Its glosses are those relOf keeps, in order.
func (rt *relTable) verbPhrases(senses []string) [][]wordnet.Group {
	if p := rt.verbPhrase.Load(); p != nil {
		return *p
	}
	var out [][]wordnet.Group
	var gw []string
	var buf []wordnet.Group
	n := 0 // the glosses relOf keeps, so far
	for _, sense := range senses {
		forMatchGlosses(sense, func(part string) {
			gw = appendGlossWords(gw[:0], part)
			kept := isDoGloss(gw)
			for _, w := range gw {
				kept = kept || glossStem(w) != "" || !glueWords[w]
			}
			if !kept {
				return // as relOf leaves it out
			}
			n++
			if len(gw) < 3 || len(gw) > 4 || gw[0] != "to" {
				return
			}
			if buf = wordnet.Groups(buf[:0], strings.Join(gw[1:], " ")); len(buf) == 0 {
				return
			}
			for len(out) < n-1 {
				out = append(out, nil)
			}
			out = append(out, groupSet(buf))
		})
	}
	rt.verbPhrase.Store(&out) // two goroutines may both compute it: same result
	return out
}

// phraseSaid is the credit of sense i of m by its verbs of several words
// that WordNet knows as lemmas (relTable.verbPhrase), each as a whole:
// the relWeight of the closest group the English shares with one, its own
// lemma or a synonym ("memorize" says 背 "to learn by heart", "rely on"
// 靠 "to depend on"), 0 if none. A lemma of several words names one
// meaning where its words alone name many; a derivation ("breakthrough"
// for "to break through") is another part of speech and does not count.
func (x *english) phraseSaid(m *senseMatcher, rt *relTable, senses []string, i int) float64 {
	ends := m.senseEnd()
	lo := 0
	if i > 0 {
		lo = int(ends[i-1])
	}
	best := 0.0
	vp := rt.verbPhrases(senses)
	for gi := lo; gi < int(ends[i]) && gi < len(vp); gi++ {
		for _, g := range vp[gi] {
			if k := g.Kind(); k != wordnet.Same && k != wordnet.Synonym {
				continue
			}
			if x.hasGroup(g) {
				best = max(best, relWeight(g.Kind()))
			}
		}
	}
	return best
}

// narrowVerb reports whether a verb sense is glossed by verbs of one word
// each ("to repair", "to fix; to mend") and carries no marked label, even
// after its glosses ("to die (euphemism)": "expired" is no reason for it).
// Such a verb's synonyms say it; a phrase's ("to act as", "to go to") are
// too loose. Remembered (memo.go).
func narrowVerb(sense string) bool { return senseFacts.of(sense, factNarrowVerb, narrowVerbOf) }

// narrowVerbOf is narrowVerb, computed.
func narrowVerbOf(sense string) bool {
	for rest := sense; ; {
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			break
		}
		end := strings.IndexByte(rest[open:], ')')
		if end < 0 {
			break
		}
		for _, l := range strings.Split(strings.ToLower(rest[open+1:open+end]), ",") {
			if markedLabels[strings.TrimSpace(l)] {
				return false
			}
		}
		rest = rest[open+end+1:]
	}
	ok := true
	forGlosses(sense, func(part string) {
		ws := glossWords(part)
		if len(ws) != 2 || ws[0] != "to" {
			ok = false
		}
	})
	return ok
}

// adverbOnly reports whether each gloss of a sense is one word that
// WordNet knows as an adverb only ("seldom", "often; frequently"): a
// closed class whose synonyms say it ("He rarely gets sick" is 少
// "seldom", not "few"), where an adjective's or a noun's are too loose.
// Remembered (memo.go): singleRelatedBest asks it of most senses of every
// single character in every pair.
func adverbOnly(sense string) bool { return senseFacts.of(sense, factAdverbOnly, adverbOnlyOf) }

// adverbOnlyOf is adverbOnly, computed.
func adverbOnlyOf(sense string) bool { return oneWordGlosses(sense, wordnet.Adv) }

// oneWordGlosses reports whether sense has no brackets and each of its
// glosses is one word that WordNet knows as pos only.
func oneWordGlosses(sense string, pos wordnet.POS) bool {
	if strings.IndexByte(sense, '(') >= 0 {
		return false
	}
	ok := true
	forGlosses(sense, func(part string) {
		ws := glossWords(part)
		ok = ok && len(ws) == 1 && partsOfSpeech(ws[0]) == pos
	})
	return ok
}

// nounOnly reports whether each gloss of a sense is one word that
// WordNet knows as a noun only ("meal", "money"). Such a sense of a
// single character is said by the English word's synonyms, hypernyms and
// hyponyms ("dinner" is a meal), at nounSaid; not by a word derived from
// another part of speech ("able" says no "ability" of 具). Remembered
// (memo.go), as adverbOnly.
func nounOnly(sense string) bool { return senseFacts.of(sense, factNounOnly, nounOnlyOf) }

// nounOnlyOf is nounOnly, computed.
func nounOnlyOf(sense string) bool { return oneWordGlosses(sense, wordnet.Noun) }

// nounSaid is the score of a nounOnly sense said by a related noun:
// enough to choose it (minEvidence), below a gloss said in full.
const nounSaid = 0.5

// contentWords is the number of content words of gloss g (glossStem).
func contentWords(g string) int {
	n := 0
	for _, w := range glossWords(g) {
		if glossStem(w) != "" {
			n++
		}
	}
	return n
}
