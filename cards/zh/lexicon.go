package zh

import (
	"hash/maphash"
	"iter"
	"math"
	"sync/atomic"
	"unicode/utf8"

	"cika/cards/dict"
	"cika/cards/internal/pages"
)

// lexEntry is a headword of the segmentation lexicon.
type lexEntry struct {
	logp  float32   // log probability of the word as a unigram
	id    int32     // the headword's number, an index into Analyzer.words
	pos   uint8     // gse's part of speech, an index into weights.posNames
	prior priorKind // whether the segmenter adds lengthPrior to logp
}

// lexicon maps the headwords of the segmentation lexicon to their
// lexEntry: a hash table with open addressing whose slots hold a hash and
// the headword's id, and a table by id of where the headword is in the
// dictionary and its weights. Nothing in it is a pointer but the
// dictionary, so that the garbage collector does not scan 200,000 keys.
//
// A headword of one or two characters of the Basic Multilingual Plane,
// most of those the analysis looks up, is its own key: its slot holds
// the characters (shortKey) where others hold their hash, so that finding
// it reads the slot only, where checking a hash read the headword's
// lexWord, its dictionary entry and then its text, a cache miss each.
type lexicon struct {
	entries []dict.Entry
	slots   []uint64  // key<<32 | id+1, with slotShort set when key is a shortKey; 0 for an empty slot
	words   []lexWord // by id
	seed    maphash.Seed
	// The entries of headword id are order[first[id]:first[id+1]], as
	// dict.Lookup returns them (index): the analysis looks its words up
	// here, and the dictionary's own indexes are not built at all unless
	// something else asks (see dictView).
	first []int32
	order []*dict.Entry
	// others holds the entries of the headwords that are not all Han
	// (AA制, T恤, ○: 1,399 of them), which are not in the lexicon, as
	// dict.Lookup gives them: the analysis also looks up punctuation and
	// empty words, and the dictionary answered them by building its own
	// indexes (≈ 9 MB, live for a whole mine, and 50 ms of CPU).
	others map[string][]*dict.Entry
}

// lexWord is a headword of the lexicon: entries[ref>>1].Simp, or .Trad when
// ref&1 is set, with its weights. shared is set when another entry has the
// same headword (in either script); names when every entry of it is a
// proper name's (namesOnly, which the segmentation asks of many words of
// every pair: answered here without reading the entries).
type lexWord struct {
	ref           int32
	logp          float32
	pos           uint8
	shared, names bool
	prior         priorKind
}

// newLexicon makes an empty lexicon for the headwords of entries, n of
// them expected. It has room for every headword: at most two per entry.
func newLexicon(entries []dict.Entry, n int) *lexicon {
	size := 1024
	for size < 4*len(entries) {
		size *= 2
	}
	l := &lexicon{entries: entries, slots: make([]uint64, size), words: make([]lexWord, 0, n), seed: maphash.MakeSeed()}
	pages.Touch(l.slots) // probed before written, as are the tables below
	return l
}

// slotShort marks a slot whose key is the headword's shortKey.
const slotShort = 1 << 31

// slotID returns the headword id of a full slot.
func slotID(s uint64) int32 { return int32(s&(slotShort-1)) - 1 }

// shortKey returns the characters of word packed in 32 bits (r1<<16 | r2,
// r1 alone for one character) when word is one or two characters below
// U+10000: one character is below 1<<16, two above, so no two words share
// a key. (Invalid UTF-8 decodes as U+FFFD, which is no headword: such a
// word is still not found.)
func shortKey(word string) (uint32, bool) {
	r1, n1 := utf8.DecodeRuneInString(word)
	if r1 >= 1<<16 || n1 == 0 {
		return 0, false
	}
	if n1 == len(word) {
		return uint32(r1), true
	}
	r2, n2 := utf8.DecodeRuneInString(word[n1:])
	if r2 >= 1<<16 || n1+n2 != len(word) {
		return 0, false
	}
	return uint32(r1)<<16 | uint32(r2), true
}

// slotFor returns the slot of headword word, of hash h, numbered id.
func slotFor(word string, h uint32, id int32) uint64 {
	if k, ok := shortKey(word); ok {
		return uint64(k)<<32 | slotShort | uint64(id+1)
	}
	return uint64(h)<<32 | uint64(id+1)
}

// key returns the headword of ref.
func (l *lexicon) key(ref int32) string {
	if ref&1 != 0 {
		return l.entries[ref>>1].Trad
	}
	return l.entries[ref>>1].Simp
}

// hash is the hash of word that its slot holds.
func (l *lexicon) hash(word string) uint32 { return uint32(maphash.String(l.seed, word)) }

// find returns the slot of word, or the empty slot where it goes.
func (l *lexicon) find(word string) (int, uint32) {
	h := l.hash(word)
	return l.findHashed(word, h), h
}

// findHashed is find given the hash of word. Every headword's probe
// starts at its hash; a short one is then recognised by its shortKey.
func (l *lexicon) findHashed(word string, h uint32) int {
	mask := len(l.slots) - 1
	if k, ok := shortKey(word); ok {
		want := uint64(k)<<32 | slotShort
		for i := int(h) & mask; ; i = (i + 1) & mask {
			s := l.slots[i]
			if s == 0 || s&^(slotShort-1) == want {
				return i
			}
		}
	}
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := l.slots[i]
		if s == 0 || (s&slotShort == 0 && uint32(s>>32) == h && l.key(l.words[slotID(s)].ref) == word) {
			return i
		}
	}
}

// get returns the lexEntry of word.
func (l *lexicon) get(word string) (lexEntry, bool) {
	i, _ := l.find(word)
	s := l.slots[i]
	if s == 0 {
		return lexEntry{}, false
	}
	id := slotID(s)
	w := &l.words[id]
	return lexEntry{logp: w.logp, id: id, pos: w.pos, prior: w.prior}, true
}

// only returns the entry of the headword id when it is the headword of no
// other entry: what dict.Lookup would return, without its two lookups.
func (l *lexicon) only(id int32) (*dict.Entry, bool) {
	w := &l.words[id]
	if w.shared {
		return nil, false
	}
	return &l.entries[w.ref>>1], true
}

// all yields every headword with its lexEntry, by id.
func (l *lexicon) all() iter.Seq2[string, lexEntry] {
	return func(yield func(string, lexEntry) bool) {
		for id, w := range l.words {
			if !yield(l.key(w.ref), lexEntry{logp: w.logp, id: int32(id), pos: w.pos, prior: w.prior}) {
				return
			}
		}
	}
}

// prefix2 is what the segmenter needs to know about a pair of characters:
// the length in runes of the longest headword starting with them, and the
// entry of the pair itself when it is a headword, so that one lookup
// answers for the two-character words, the most common ones.
type prefix2 struct {
	logp   float32 // lexEntry of the pair as a word, when isWord
	id     int32
	lens   uint32 // lenBit of the length of each headword starting with the pair
	pos    uint8
	maxLen uint8 // longest headword starting with the pair, in runes
	isWord bool
	prior  priorKind // lexEntry's of the pair as a word
}

// lenBit is the bit of prefix2.lens for a headword of n runes; all lengths
// from 31 share the last bit.
func lenBit(n int) uint32 { return 1 << min(n, 31) }

// wordFilter is a Bloom filter of the headwords of three characters or
// more: most of the words the segmenter tries are not headwords, and the
// filter, small enough to stay in cache, answers for most of them without a
// lookup in the lexicon.
type wordFilter struct {
	bits []uint64
	seed maphash.Seed
}

const wordFilterBits = 1 << 22

func newWordFilter() *wordFilter {
	f := &wordFilter{bits: make([]uint64, wordFilterBits/64), seed: maphash.MakeSeed()}
	pages.Touch(f.bits)
	return f
}

// probes returns the two bits of w.
func (f *wordFilter) probes(w string) (uint64, uint64) {
	h := maphash.String(f.seed, w)
	return h & (wordFilterBits - 1), (h >> 32) & (wordFilterBits - 1)
}

func (f *wordFilter) add(w string) {
	b1, b2 := f.probes(w)
	f.bits[b1/64] |= 1 << (b1 % 64)
	f.bits[b2/64] |= 1 << (b2 % 64)
}

// mayHave reports whether w may have been added; false means it was not.
func (f *wordFilter) mayHave(w string) bool {
	b1, b2 := f.probes(w)
	return f.bits[b1/64]&(1<<(b1%64)) != 0 && f.bits[b2/64]&(1<<(b2%64)) != 0
}

// pairTable maps pairs of characters to their prefix2: a hash table with
// open addressing and linear probing, whose probes mostly stay in one cache
// line (the segmenter looks up every pair of adjacent characters).
type pairTable struct {
	slots []pairSlot
	shift uint // 64 - log2(len(slots))
	n     int
}

type pairSlot struct {
	key uint64 // pairKey, 0 for an empty slot
	p   prefix2
}

func pairKey(r1, r2 rune) uint64 { return 1<<63 | uint64(uint32(r1))<<32 | uint64(uint32(r2)) }

func newPairTable(n int) *pairTable {
	size, shift := 1024, uint(64-10)
	for size < 2*n {
		size, shift = size*2, shift-1
	}
	t := &pairTable{slots: make([]pairSlot, size), shift: shift}
	pages.Touch(t.slots)
	return t
}

func (t *pairTable) home(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> t.shift) }

// get returns the prefix2 of the pair r1 r2, the zero prefix2 if no
// headword starts with it.
func (t *pairTable) get(r1, r2 rune) prefix2 {
	k := pairKey(r1, r2)
	mask := len(t.slots) - 1
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return s.p
		}
		if s.key == 0 {
			return prefix2{}
		}
	}
}

// ref returns the prefix2 of the pair r1 r2 to be modified, added if new.
func (t *pairTable) ref(r1, r2 rune) *prefix2 {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		*t = *newPairTable(len(old))
		for _, s := range old {
			if s.key != 0 {
				t.slots[t.free(s.key)] = s
				t.n++
			}
		}
	}
	k := pairKey(r1, r2)
	i := t.free(k)
	if t.slots[i].key == 0 {
		t.slots[i].key = k
		t.n++
	}
	return &t.slots[i].p
}

// free returns the slot of key k, or the empty slot where it goes.
func (t *pairTable) free(k uint64) int {
	mask := len(t.slots) - 1
	i := t.home(k)
	for t.slots[i].key != 0 && t.slots[i].key != k {
		i = (i + 1) & mask
	}
	return i
}

// unknownFreq is the count given to a headword gse's dictionary lacks, and to
// a character no dictionary knows: below every count in gse's data (the
// least frequent words there have 2 or 3).
const unknownFreq = 1.0

// rareCount is the largest gse count that is no evidence for a headword:
// gse's least frequent words have 2 or 3, the floor of its counts, where
// jieba's text met the word once or twice or split it (看球, 认人, 害得, 到齐,
// 听清 have 3, as 不太好 has). Such a headword earns the length prior as
// one gse lacks (lengthPrior), but for the counted word that crosses it
// from the right (rareCrossed): there the count is the split's evidence.
const rareCount = 3

// maxRune bounds the characters whose longest headword is kept in a table.
const maxRune = 0x40000

// buildLexicon makes the segmentation lexicon from every all-Han CC-CEDICT
// headword (both scripts), weighted by gse's frequencies, or open-gram's
// for the words gse lacks that opengram.txt lists. singles holds the
// entries of the one-character headwords by rune (logp 0 for none), and
// long2 the prefix2 of each pair of characters that starts a headword, so
// that the segmenter looks up only what may exist, and long a filter of the
// headwords of three characters or more. Headwords are numbered
// from 0 in the order met; n is their number.
func buildLexicon(d *dict.Dict, w *weights) (lex *lexicon, singles []lexEntry, long2 *pairTable, long *wordFilter, n int32) {
	lex = newLexicon(d.Entries, 220000)
	long = newWordFilter()
	singles = make([]lexEntry, maxRune)
	long2 = newPairTable(130000)
	logT := math.Log(w.total)
	// Nearly all frequencies are small: their logarithms are taken from
	// a table, the same numbers as math.Log's, where a call each was a
	// tenth of the build.
	var smallLog [4096]float64
	for i := 1; i < len(smallLog); i++ {
		smallLog[i] = math.Log(float64(i))
	}
	refID := make([]int32, 2*len(d.Entries)) // 1 + the id of each ref, 0 if none
	var odd []int32                          // the refs of headwords not all Han
	cohesive := parseOpengram(opengramTxt)
	verbTag := w.tagIndex("v")
	ogScale, logUnknownF := w.total/opengramScale, math.Log(unknownFreq)
	// og is the open-gram count of the entry's simplified headword
	// (open-gram's script), 0 unless opengram.txt lists it: the weight of
	// a headword gse lacks.
	add := func(ref int32, word string, hw *headword, f uint32, pos uint8, og float64) {
		var logF float64
		switch {
		case f == 0 && og == 0:
			logF = logUnknownF
		case f == 0:
			logF = math.Log(max(og*ogScale, unknownFreq))
		case f < uint32(len(smallLog)):
			logF = smallLog[f]
		default:
			logF = math.Log(float64(f))
		}
		le := lexEntry{logp: float32(logF - logT), pos: pos}
		if (f == 0 && og == 0 || f > 0 && f <= rareCount) && hw.runes >= 2 {
			if le.prior = priorOf(&d.Entries[ref>>1]); le.prior == unseenVerb && pos == 0 {
				// A verb by its first sense, "to …": tagged as gse
				// tags verbs, for the rules that read a neighbour's
				// tag (就 "as soon as" after 写完 "to finish writing").
				le.pos = verbTag
			}
		}
		// A headword of several entries (后 of 后 and 後) keeps the
		// largest frequency among them.
		if !hw.han {
			odd = append(odd, ref)
			return
		}
		h := hw.h
		slot := lex.findHashed(word, h)
		if s := lex.slots[slot]; s != 0 {
			le.id = slotID(s)
			refID[ref] = le.id + 1
			old := &lex.words[le.id]
			old.shared = true
			if old.logp == le.logp && old.prior != le.prior && old.prior != noPrior && le.prior != noPrior {
				// Two entries gse lacks both: the headword is an
				// utterance only if both are.
				old.prior = unseenWord
				if hw.runes == 2 {
					long2.ref(hw.r1, hw.r2).prior = unseenWord
				}
			}
			if old.logp >= le.logp {
				return
			}
			old.logp, old.pos, old.prior = le.logp, le.pos, le.prior
		} else {
			le.id = n
			n++
			refID[ref] = le.id + 1
			lex.words = append(lex.words, lexWord{ref: ref, logp: le.logp, pos: le.pos, prior: le.prior})
			lex.slots[slot] = slotFor(word, h, le.id)
		}
		r1, r2, nr := hw.r1, hw.r2, hw.runes
		if nr == 1 {
			if r1 < maxRune {
				singles[r1] = le
			}
			return
		}
		if nr >= 3 {
			long.add(word)
		}
		p := long2.ref(r1, r2)
		p.maxLen = max(p.maxLen, uint8(min(nr, 255)))
		p.lens |= lenBit(nr)
		if nr == 2 {
			p.logp, p.id, p.pos, p.isWord, p.prior = le.logp, le.id, le.pos, true, le.prior
		}
	}
	// Each insert reads a slot of the lexicon, one of the pair table and
	// two words of the filter at random, a cache miss each. For a block of
	// entries, where their inserts will read is found first, then read in
	// tight loops, so that the misses overlap and the inserts find the
	// lines in cache: the lexicon's build takes about 40 % less CPU.
	const block = 32
	var (
		hws        [2 * block]headword // the entries' headwords, simplified then traditional
		ls, ps, fs [4 * block]int      // where to read ahead in lex.slots, long2.slots, long.bits
		sink       uint64
	)
	lmask, pmask := len(lex.slots)-1, len(long2.slots)-1
	for lo := 0; lo < len(d.Entries); lo += block {
		es := d.Entries[lo:min(lo+block, len(d.Entries))]
		nl, np, nf := 0, 0, 0
		ahead := func(hw *headword, word string) {
			*hw = headwordOf(word)
			hw.h = lex.hash(word)
			ls[nl], nl = int(hw.h)&lmask, nl+1
			if hw.runes >= 2 {
				ps[np], np = long2.home(pairKey(hw.r1, hw.r2))&pmask, np+1
				if hw.runes >= 3 {
					b1, b2 := long.probes(word)
					fs[nf], fs[nf+1], nf = int(b1/64), int(b2/64), nf+2
				}
			}
		}
		for i := range es {
			ahead(&hws[2*i], es[i].Simp)
			if es[i].Trad != es[i].Simp {
				ahead(&hws[2*i+1], es[i].Trad)
			}
		}
		for _, k := range ls[:nl] {
			sink += lex.slots[k]
		}
		for _, k := range ps[:np] {
			// A slot's prefix2 may begin or end on the next line.
			s := &long2.slots[k]
			sink += s.key + uint64(s.p.maxLen)
		}
		for _, k := range fs[:nf] {
			sink += long.bits[k]
		}
		for i := range es {
			e, j := &es[i], lo+i
			og := 0.0
			if w.fS[j] == 0 || w.fT[j] == 0 {
				og = cohesive[e.Simp]
			}
			add(int32(2*j), e.Simp, &hws[2*i], w.fS[j], w.pos[j], og)
			if e.Trad != e.Simp {
				add(int32(2*j+1), e.Trad, &hws[2*i+1], w.fT[j], w.pos[j], og)
			}
		}
	}
	touched.Store(sink)
	lex.index(refID, n)
	lex.indexOthers(odd)
	return lex, singles, long2, long, n
}

// headword is what buildLexicon reads of a headword, found in one pass
// over its characters (decoding them again for each question was a
// tenth of the build).
type headword struct {
	h      uint32 // its hash in the lexicon
	r1, r2 rune   // its first two characters; r2 0 for one
	runes  int    // its length in characters
	han    bool   // whether all its characters are Han (allHan)
}

// headwordOf is the headword word, but for its hash.
func headwordOf(word string) headword {
	hw := headword{han: word != ""}
	for _, r := range word {
		switch hw.runes {
		case 0:
			hw.r1 = r
		case 1:
			hw.r2 = r
		}
		hw.runes++
		hw.han = hw.han && isHan(r)
	}
	return hw
}

// touched keeps the sum of the slots buildLexicon reads ahead, so that
// the compiler keeps the reads.
var touched atomic.Uint64

// index fills lex.first and lex.order from the id of each ref (refID[ref]
// is 1 + its id, 0 for none): each headword's entries in the order
// dict.Lookup gives them, those it is the simplified headword of in file
// order, then those it is the traditional headword of (and not the
// simplified one) in file order.
func (l *lexicon) index(refID []int32, n int32) {
	l.first = make([]int32, n+1)
	for _, id := range refID {
		if id > 0 {
			l.first[id]++ // counts, shifted by one
		}
	}
	for i := range n {
		l.first[i+1] += l.first[i]
	}
	l.order = make([]*dict.Entry, l.first[n])
	fill := make([]int32, n) // next free place of each id
	copy(fill, l.first[:n])
	for id := range l.words {
		l.words[id].names = true // until an entry that is no name
	}
	for script := range 2 { // simplified refs first, then traditional
		for ref := script; ref < len(refID); ref += 2 {
			if id := refID[ref] - 1; id >= 0 {
				e := &l.entries[ref>>1]
				l.order[fill[id]] = e
				fill[id]++
				if !e.IsName() {
					l.words[id].names = false
				}
			}
		}
	}
}

// indexOthers fills others from refs, the headwords not all Han in file
// order: for each, the entries it is the simplified headword of, then
// those it is the traditional headword of (refs of a traditional
// headword are only made where it differs from the simplified one).
func (l *lexicon) indexOthers(refs []int32) {
	l.others = make(map[string][]*dict.Entry, len(refs))
	for script := range int32(2) {
		for _, ref := range refs {
			if ref&1 == script {
				w := l.key(ref)
				l.others[w] = append(l.others[w], &l.entries[ref>>1])
			}
		}
	}
}

// lookup returns the entries whose simplified or traditional headword is
// word, as dict.Lookup does, when word is a headword of the lexicon.
func (l *lexicon) lookup(word string) ([]*dict.Entry, bool) {
	i, _ := l.find(word)
	s := l.slots[i]
	if s == 0 {
		return nil, false
	}
	id := slotID(s)
	return l.order[l.first[id]:l.first[id+1]:l.first[id+1]], true
}

// isHan reports whether r is a Chinese character (CJK unified ideographs,
// extensions, compatibility ideographs, or 〇).
// hanLead reports whether s opens with a Han character of U+4E00–U+9FFF,
// where the common characters are, from its first three bytes: E5–E9, or
// E4 then B8–BF, and two continuation bytes. It is isHan(firstRune(s)) for
// those, small enough to be inlined, and false for the rest (a blank, a
// rarer Han character, punctuation), which the caller asks the long way.
func hanLead(s string) bool {
	return len(s) >= 3 && (s[0] >= 0xE5 && s[0] <= 0xE9 || s[0] == 0xE4 && s[1] >= 0xB8) && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80
}

func isHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF,
		r >= 0xF900 && r <= 0xFAFF, r >= 0x20000 && r <= 0x3FFFF, r == 0x3007:
		return true
	}
	return false
}

func allHan(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}

// firstRune returns the first rune of s, as utf8.DecodeRuneInString does.
// A character of three bytes (Han, CJK punctuation) is decoded here: the
// rules ask the first rune of every neighbour, and DecodeRuneInString
// decodes it out of line.
func firstRune(s string) rune {
	if len(s) >= 3 {
		// E1–EC and EE–EF take any continuation bytes (E0 and ED have
		// narrower ranges: overlong forms, surrogates).
		if c := s[0]; (c >= 0xE1 && c <= 0xEC || c >= 0xEE) && c <= 0xEF && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
