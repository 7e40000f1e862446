// Package wordnet tells how two English words or phrases are related in
// meaning and form, from a compact table derived from Princeton's WordNet
// 3.0.
//
// cika chooses, for a Chinese word, the CC-CEDICT sense whose English gloss
// the English side of the sentence pair supports. Stems alone miss most of
// that support: "standpoint" never meets the gloss "point of view", "went"
// never meets "go". This package gives every word and multi-word lemma of
// WordNet a short list of meaning groups (Groups): its base forms, the
// synsets of its common senses, its derivational family and the synsets one
// step away; two words are related when their lists share a group.
//
// Precision comes before recall, since a false relation makes cika prefer a
// wrong sense: only a word's common senses count (those SemCor tagged often
// enough, see the generator), function words have no meaning groups, two
// words under the same hypernym (cat, dog) are not related, and very general
// hypernyms (entity, act, person…) relate nothing.
//
// WordNet misses relations a translator relies on (success/succeed,
// strength/strong, rely/depend, memorize/"learn by heart"):
// supplement.txt, written for cika, adds them, each a fact of English
// checked against WordNet (no antonyms, no unknown words).
//
// The table (wordnet.bin) is generated from the WordNet database and
// supplement.txt by TestGenerate and embedded in the binary, uncompressed;
// nothing is read at run time. It is decoded on first use, in one pass
// that finds where its items start in the binary's read-only data.
// WordNet 3.0 Copyright 2006
// by Princeton University; its licence is in LICENSE.wordnet beside this
// file.
package wordnet

//go:generate go test -run TestGenerate -update -wordnet /usr/share/wordnet

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Kind says how two English words are related, strongest first.
type Kind uint8

const (
	// Same: one is an inflection of the other (went/go, regulations/regulation).
	Same Kind = iota + 1
	// Derived: same root, another part of speech (regulate/regulation),
	// where WordNet links the two or one's gloss uses the other (safety/safe).
	Derived
	// Synonym: they share a synset among their common senses
	// (standpoint/viewpoint, amount/quantity).
	Synonym
	// Related: a common sense of one is one step from a common sense of the
	// other: its hypernym (dog/canid), similar adjective (huge/large) or
	// also-see.
	Related
)

func (k Kind) String() string {
	switch k {
	case 0:
		return "none"
	case Same:
		return "same"
	case Derived:
		return "derived"
	case Synonym:
		return "synonym"
	case Related:
		return "related"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Group is a meaning group of an English word: an id in the low bits and
// its Kind in the top three. An id always carries the same Kind, so two
// words share a group exactly when their slices hold an equal Group.
type Group uint32

const kindShift = 29

// Kind is the relation that sharing g makes.
func (g Group) Kind() Kind { return Kind(g >> kindShift) }

// ID is g without its Kind.
func (g Group) ID() uint32 { return uint32(g) & (1<<kindShift - 1) }

// The parts of speech, as bits of a lemma's mask, in the order of the
// lemma's group lists; and the bit of a function word.
const (
	noun = 1 << iota
	verb
	adj
	adv
	function
	allPOS = noun | verb | adj | adv
)

// POS is a set of parts of speech.
type POS uint8

// The parts of speech of a POS.
const (
	Noun POS = noun
	Verb POS = verb
	Adj  POS = adj
	Adv  POS = adv
)

// PartsOfSpeech returns the parts of speech WordNet gives the lower-case
// word or phrase w as a lemma, not as an inflection of another ("certainly"
// Adv, "of course" Adv, "first" Noun|Adj|Adv; 0 for "went"). cika tells
// an adverb's sense from others by it (完全 "totally; entirely" before a
// verb).
func PartsOfSpeech(w string) POS {
	// The analyzer asks about the first glosses of the same dictionary
	// senses again and again, and a search of the lemmas is 17 string
	// comparisons in memory rarely warm: the answers met lately are kept.
	slot := &posSlots[posHash(w)%uint32(len(posSlots))]
	if a := slot.Load(); a != nil && a.w == w {
		return a.pos
	}
	t := get()
	var pos POS
	if i := t.find(w); i >= 0 {
		pos = POS(t.posMask(i))
	}
	slot.Store(&posAnswer{w, pos})
	return pos
}

// posSlots hold PartsOfSpeech's answers, each in the slot of its word's
// hash, replaced by the next word of that hash: lock-free, and bounded.
var posSlots [1 << 13]atomic.Pointer[posAnswer]

type posAnswer struct {
	w   string
	pos POS
}

// posHash is FNV-1a: the words are short, and a seed would be one more
// thing to set up at start.
func posHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// Lemmas appends to dst the base forms of the lower-case English word or
// phrase w, w itself first when it is a lemma: "went" → [go], "framing" →
// [framing, frame], "data" → [data, datum]. It applies WordNet's exception
// lists and, where a form is not an exception, its detachment rules (as
// WordNet's morphy does), keeping only forms that are WordNet lemmas of the
// part of speech the rule is for. The strings live in the table: appending
// them allocates nothing beyond dst.
func Lemmas(dst []string, w string) []string {
	t := get()
	var cs cands
	t.lemmas(&cs, w)
	for _, c := range cs.c[:cs.n] {
		dst = append(dst, t.lemma(int(c.lemma)))
	}
	return dst
}

// Groups appends to dst the meaning groups of the lower-case English word
// or phrase s (words separated by single spaces, "point of view"): for each
// of its lemmas (Lemmas), the lemma itself (Same), the synsets of its common
// senses (Synonym), its derivational family (Derived) and the synsets one
// step from its common senses (Related). The groups it appends are sorted
// and distinct, so that two lists can be intersected by a merge (Relation).
// It returns dst unchanged for a word WordNet does not know, and allocates
// nothing when dst has room.
func Groups(dst []Group, s string) []Group {
	t := get()
	var cs cands
	t.lemmas(&cs, s)
	start := len(dst)
	for _, c := range cs.c[:cs.n] {
		dst = t.appendGroups(dst, int(c.lemma), c.pos)
	}
	added := dst[start:]
	slices.Sort(added)
	return dst[:start+len(slices.Compact(added))]
}

// Relation returns the strongest Kind of a group that the sorted lists a
// and b (as Groups appends them) share, or 0 when they share none.
func Relation(a, b []Group) Kind {
	var best Kind
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if k := a[i].Kind(); best == 0 || k < best {
				best = k
			}
			i++
			j++
		}
	}
	return best
}

// Relate returns how closely two words or phrases are related, 0 when not
// at all: Relation of their Groups. It is a convenience for tests and tools;
// a caller comparing one word with many keeps the Groups.
func Relate(a, b string) Kind {
	var ba, bb [64]Group
	return Relation(Groups(ba[:0], a), Groups(bb[:0], b))
}

// wordnetBin is the table TestGenerate derives from WordNet 3.0 (see
// gen_test.go for its layout). It is embedded uncompressed (3 MB, 1.4
// gzipped): the decoded lists point into it where they pointed into a
// decompressed copy on the heap, and inflating it was two thirds of
// decoding, a sixth of `cika annotate`'s start on a short input.
//
//go:embed wordnet.bin
var wordnetBin string

// table is the embedded table's bytes, which no one writes to.
func table() []byte { return unsafe.Slice(unsafe.StringData(wordnetBin), len(wordnetBin)) }

var (
	once sync.Once
	lex  *lexicon
)

// Load decodes the embedded table now rather than on first use (it takes
// a few tens of milliseconds): a program that will need it soon can call
// it in a goroutine while it loads other things.
func Load() { get() }

// get returns the embedded table, decoding it on first use.
func get() *lexicon {
	once.Do(func() {
		t, err := parseRaw(table())
		if err != nil {
			panic("wordnet: wordnet.bin: " + err.Error()) // embedded: a build defect
		}
		lex = t
	})
	return lex
}

// lexicon is a decoded wordnet.bin: its lists all point into the table,
// so that decoding it is one pass that finds where each item starts.
type lexicon struct {
	synStart uint32 // first Synonym id; ids below are lemmas (Same)
	derStart uint32 // first Derived id
	relStart uint32 // first Related id
	words    list   // the lemmas and function words, sorted
	groups   list   // per lemma: POS mask, then per POS a list (see appendGroups)
	excForms list   // the inflected forms of the exception lists, sorted
	excBases list   // per form: (POS bit, uvarint 1+lemma index or 0) pairs, see bases
}

// list is a sequence of byte strings in a buffer: item i is
// data[off[i]:off[i+1]-sep], sep being the length of the separator that
// ends each item (a newline after a string, nothing after a record).
type list struct {
	off  []uint32
	data []byte
	sep  uint32
}

func (l *list) len() int { return len(l.off) - 1 }

func (l *list) at(i int) []byte { return l.data[l.off[i] : l.off[i+1]-l.sep] }

// str is item i as a string sharing the buffer, which no one writes to
// after decoding.
func (l *list) str(i int) string {
	b := l.at(i)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// search returns the index of s in a sorted list, or -1.
func (l *list) search(s string) int {
	n := l.len()
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if l.str(m) < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < n && l.str(lo) == s {
		return lo
	}
	return -1
}

// magic opens wordnet.bin; its last byte is the layout's version.
const magic = "cika-wordnet\x02"

var errFormat = errors.New("malformed table")

// parseRaw finds the items of the table (see TestGenerate
// for its layout) and checks every one, so that lookups need no checks of
// their own: a malformed table fails here, not with a panic in Groups.
func parseRaw(raw []byte) (*lexicon, error) {
	if !bytes.HasPrefix(raw, []byte(magic)) || len(raw) < len(magic)+20 {
		return nil, fmt.Errorf("read table header: %w", errFormat)
	}
	b := raw[len(magic):]
	u32 := func(i int) uint32 { return binary.LittleEndian.Uint32(b[4*i:]) }
	nLemma, nExc := int(u32(0)), int(u32(4))
	t := &lexicon{synStart: u32(1), derStart: u32(2), relStart: u32(3)}
	b = b[20:]
	if nLemma > len(b) || nExc > len(b) || t.synStart != uint32(nLemma) ||
		t.derStart < t.synStart || t.relStart < t.derStart || t.relStart >= 1<<kindShift {
		return nil, fmt.Errorf("read table header: %w", errFormat)
	}
	// One allocation for the four lists' offsets.
	offs := make([]uint32, 2*(nLemma+1)+2*(nExc+1))
	var err error
	t.words, b, err = lines(b, offs[:nLemma+1:nLemma+1])
	if err != nil {
		return nil, fmt.Errorf("read lemmas: %w", err)
	}
	offs = offs[nLemma+1:]
	t.groups, b, err = t.records(b, offs[:nLemma+1:nLemma+1])
	if err != nil {
		return nil, fmt.Errorf("read groups: %w", err)
	}
	offs = offs[nLemma+1:]
	t.excForms, b, err = lines(b, offs[:nExc+1:nExc+1])
	if err != nil {
		return nil, fmt.Errorf("read exceptions: %w", err)
	}
	t.excBases, b, err = bases(b, offs[nExc+1:], nLemma)
	if err != nil {
		return nil, fmt.Errorf("read exceptions: %w", err)
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("read table: %w", errFormat)
	}
	return t, nil
}

// lines reads len(off)-1 strings, each ended by a newline, which must be
// in strictly increasing order, and returns them with the rest of b.
func lines(b []byte, off []uint32) (list, []byte, error) {
	pos := 0
	for i := range len(off) - 1 {
		j := bytes.IndexByte(b[pos:], '\n')
		if j < 0 {
			return list{}, nil, errFormat
		}
		off[i] = uint32(pos)
		if i > 0 && string(b[off[i-1]:pos-1]) >= string(b[pos:pos+j]) {
			return list{}, nil, errFormat
		}
		pos += j + 1
	}
	off[len(off)-1] = uint32(pos)
	return list{off: off, data: b[:pos], sep: 1}, b[pos:], nil
}

// records reads the lemmas' group records (see appendGroups), checking
// that each list of ids is well formed and its ids in range, and returns
// them with the rest of b.
func (t *lexicon) records(b []byte, off []uint32) (list, []byte, error) {
	pos := 0
	for i := range len(off) - 1 {
		off[i] = uint32(pos)
		if pos >= len(b) {
			return list{}, nil, errFormat
		}
		mask := b[pos]
		if mask == 0 || mask > allPOS|function {
			return list{}, nil, errFormat
		}
		pos++
		for p := mask & allPOS; p != 0; p &= p - 1 {
			n, k := binary.Uvarint(b[pos:])
			if k <= 0 || n > uint64(len(b)) {
				return list{}, nil, errFormat
			}
			pos += k
			id := uint64(t.synStart)
			for range n {
				d, k := binary.Uvarint(b[pos:])
				if k <= 0 {
					return list{}, nil, errFormat
				}
				pos, id = pos+k, id+d
			}
			if id >= 1<<kindShift {
				return list{}, nil, errFormat
			}
		}
	}
	off[len(off)-1] = uint32(pos)
	return list{off: off, data: b[:pos]}, b[pos:], nil
}

// bases reads the exception forms' bases: for each form, their number,
// then a POS bit and a uvarint of 1 + the lemma index for each (0: the
// form blocks the rules of that part of speech and is no lemma).
func bases(b []byte, off []uint32, nLemma int) (list, []byte, error) {
	pos := 0
	for i := range len(off) - 1 {
		if pos >= len(b) {
			return list{}, nil, errFormat
		}
		n := int(b[pos])
		pos++
		off[i] = uint32(pos)
		for range n {
			if pos >= len(b) {
				return list{}, nil, errFormat
			}
			l, k := binary.Uvarint(b[pos+1:])
			if k <= 0 || l > uint64(nLemma) || b[pos]&^allPOS != 0 || b[pos] == 0 {
				return list{}, nil, errFormat
			}
			pos += 1 + k
		}
		// The next form's count byte sits between: it is this item's
		// separator, and the last item has a zero byte of its own.
	}
	if pos >= len(b) || b[pos] != 0 {
		return list{}, nil, errFormat
	}
	pos++
	off[len(off)-1] = uint32(pos)
	return list{off: off, data: b[:pos], sep: 1}, b[pos:], nil
}

// posMask is the parts of speech lemma i has.
func (t *lexicon) posMask(i int) uint8 { return t.groups.data[t.groups.off[i]] & allPOS }

// function reports whether lemma i is a function word, whose only group
// is itself and which the detachment rules leave alone.
func (t *lexicon) function(i int) bool { return t.groups.data[t.groups.off[i]]&function != 0 }

func (t *lexicon) lemma(i int) string { return t.words.str(i) }

// find returns the index of lemma s, or -1.
func (t *lexicon) find(s string) int { return t.words.search(s) }

// appendGroups appends lemma i's Same group and the groups of its parts of
// speech in mask. A lemma's record is its POS mask, then for each of its
// parts of speech, in the order of the bits, the number of groups and
// their ids, ascending, each a uvarint of the difference from the one
// before (the first from synStart).
func (t *lexicon) appendGroups(dst []Group, i int, mask uint8) []Group {
	dst = append(dst, Group(uint32(Same)<<kindShift|uint32(i)))
	b := t.groups.at(i)
	have := b[0] & allPOS
	b = b[1:]
	for p := uint8(1); p <= adv; p <<= 1 {
		if have&p == 0 {
			continue
		}
		n, k := binary.Uvarint(b)
		b = b[k:]
		if mask&p == 0 {
			for range n {
				_, k := binary.Uvarint(b)
				b = b[k:]
			}
			continue
		}
		id := t.synStart
		for range n {
			d, k := binary.Uvarint(b)
			b = b[k:]
			id += uint32(d)
			dst = append(dst, Group(uint32(t.kindOf(id))<<kindShift|id))
		}
	}
	return dst
}

func (t *lexicon) kindOf(id uint32) Kind {
	switch {
	case id < t.synStart:
		return Same
	case id < t.derStart:
		return Synonym
	case id < t.relStart:
		return Derived
	}
	return Related
}
