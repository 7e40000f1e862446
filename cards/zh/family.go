package zh

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"cika/cards/dict"
	"cika/cards/wordnet"
)

// The sense of a single character that the English does not choose is
// CC-CEDICT's first, and the first is sometimes the rare one: 钱 "coin"
// before "money", 电 "lightning" before "electricity". The dictionary
// itself knows better: of its words with 钱 in them, 85 say "money" and 11
// "coin"; with 电, 228 say "electric…" and a handful "lightning". So a
// character's default noun gives way to another noun sense of the entry
// when the words of its family say that one far more often. So does a
// word's, by the longer words that hold it: CC-CEDICT lists 机构
// "mechanism" first, its words say "agency" and "organization"; 问题
// "question" first, its words "problem".

// familyMin and familyRatio are how often, at least, the family's words
// must say the winning sense, absolutely and against the first: a clear
// majority, not a tie between two ordinary senses (菜 "vegetable" 34,
// "dish" 27 keeps the first).
const (
	familyMin   = 20
	familyRatio = 3
)

// familyWordMin is familyMin for a word of several characters, whose
// family is the few longer words that hold it whole: 机构 "mechanism" is
// said by 1 of them, "agency" by 6.
const familyWordMin = 6

// familyIndex maps each Han character to the entries of the words of two
// characters or more that contain it, built once, on first use: one flat
// slice of entries (≈ 300k pointers) cut by character, not a slice per
// character grown by appends.
type familyIndex struct {
	once    sync.Once
	entries []*dict.Entry
	// The words of character c are entries[start[c]:start[c+1]]; a
	// character past the end has none. A table by character, where a map
	// of spans was: its inserts were most of building the index.
	start []int32
}

func (f *familyIndex) of(d dictView, c rune) []*dict.Entry {
	f.once.Do(func() { f.build(d) })
	if c < 0 || int(c)+1 >= len(f.start) {
		return nil
	}
	return f.entries[f.start[c]:f.start[c+1]]
}

// build counts each character's words, then places them. A word is an
// entry whose simplified headword has two characters or more, in file
// order: the order is not the dictionary's by headword, but the family
// only counts its words (familyCount), and walking the entries leaves the
// dictionary's lookup indexes unbuilt (≈ 50 ms on two cores, and the
// first annotation of `cika annotate` paid them).
func (f *familyIndex) build(d dictView) {
	each := func(fn func(r rune, e *dict.Entry)) {
		for i := range d.Entries {
			e := &d.Entries[i]
			w := e.Simp
			if _, size := utf8.DecodeRuneInString(w); size == len(w) {
				continue // one character (or none)
			}
			for i, r := range w {
				if !strings.ContainsRune(w[:i], r) { // a character twice in the word counts once
					fn(r, e)
				}
			}
		}
	}
	var next []int32 // per character: its count, then where its next word goes
	each(func(r rune, _ *dict.Entry) {
		if int(r) >= len(next) {
			next = append(next, make([]int32, int(r)+1-len(next))...)
		}
		next[r]++
	})
	f.start = make([]int32, len(next)+1)
	for c, n := range next {
		f.start[c+1] = f.start[c] + n
	}
	copy(next, f.start)
	f.entries = make([]*dict.Entry, f.start[len(next)])
	each(func(r rune, e *dict.Entry) {
		f.entries[next[r]] = e
		next[r]++
	})
}

// familySense returns the sense of in that the longer words holding its
// character or word say clearly more often than first, its first plain
// sense, where that is a noun (see familyVote), or first. Found once per
// entry: chooseSense asks it of every token the English says nothing of.
func (a *Analyzer) familySense(in *entryInfo, first int) int {
	if v := in.family.Load(); v != unknownSense {
		if v < 0 {
			return first
		}
		return int(v)
	}
	best := int32(-1)
	c, size := utf8.DecodeRuneInString(in.e.Simp)
	switch g := in.firstGlossAt(first); {
	case !in.marks[first].nounish || !nounGloss(g) || partsOfSpeech(g)&wordnet.Adv != 0:
		// Only a noun gives way (真 "really" keeps its adverb).
	case size == len(in.e.Simp):
		best = int32(a.familyVote(in, a.family.of(a.dict, c), first, familyMin))
	case size > 0:
		// A word: the longer words that hold it (金融机构 "financial
		// institution", 行政机构 "administrative agency" for 机构, whose
		// first sense is "mechanism").
		// (Looked for among the words of its rarest character: 问题's
		// among 题's, fewer than 问's.)
		fam := a.family.of(a.dict, c)
		for _, r := range in.e.Simp[size:] {
			if f := a.family.of(a.dict, r); len(f) < len(fam) {
				fam = f
			}
		}
		var words []*dict.Entry
		for _, e := range fam {
			if len(e.Simp) > len(in.e.Simp) && strings.Contains(e.Simp, in.e.Simp) {
				words = append(words, e)
			}
		}
		best = int32(a.familyVote(in, words, first, familyWordMin))
	}
	in.family.Store(best)
	if best < 0 {
		return first
	}
	return int(best)
}

// familyVote counts, for the first plain sense and each other plain noun
// sense of in, the words of its family (words) whose glosses have one of
// its key words (senseKeys), and returns the winner if at least least
// words say it and it beats first clearly, else -1. A bound form counts
// too: CC-CEDICT calls 店 "(bound form) shop; store", yet 这家店 is a
// shop, and 26 words say so against 9 "inn". A candidate must be a noun
// by WordNet too (nounish): 地方 "region" is not "local".
func (a *Analyzer) familyVote(in *entryInfo, words []*dict.Entry, first, least int) int {
	keys := senseKeys(in.senses[first])
	if len(keys) == 0 || len(words) < 2 {
		return -1
	}
	base := familyCount(words, keys, false)
	best, bi := 0, -1
	for i, s := range in.senses {
		if i == first || !in.plain(i, s) || isVerbSense(s) || isGrammarSense(s) || !nounGloss(firstGloss(s)) || !nounish(s) {
			continue
		}
		k := senseKeys(s)
		if len(k) == 0 || k[0] == keys[0] {
			continue
		}
		if n := familyCount(words, k, false); n > best {
			best, bi = n, i
		}
	}
	if bi < 0 || best < familyRatio*base {
		return -1
	}
	if best < least {
		// A word's family is small: a sense three words or more say by
		// its very word (not a longer one of its first letters:
		// "interest" is not "interesting"), where none says the first,
		// still wins: 方面 "aspect" (3 words) over "respect" (0); 方案
		// keeps "plan" (2 say "program").
		if least != familyWordMin || base > 0 || best < 3 || familyCount(words, wholeKeys(in.senses[bi]), true) < 3 {
			return -1
		}
	}
	return bi
}

// wholeKeys are the first content words of the glosses of sense s, whole.
func wholeKeys(s string) []string { return glossKeys(s, senseWord) }

// senseKey is the first content word of sense s outside brackets, cut to
// five letters so that "electricity" and "electric" share it; "" if none.
func senseKey(s string) string {
	w := senseWord(s)
	if len(w) > 5 {
		w = w[:5]
	}
	return w
}

// senseWord is the first content word of sense s outside brackets, "" if
// none.
func senseWord(s string) string {
	s = stripBrackets(s)
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "a", "an", "the", "of", "to", "in", "on", "for", "with", "sb", "sth", "etc", "one", "be":
			continue
		}
		return w
	}
	return ""
}

// senseKeys are the senseKeys of the glosses of sense s: "shop" and
// "store" for "(bound form) shop; store".
func senseKeys(s string) []string { return glossKeys(s, senseKey) }

// glossKeys are the keys key finds in the glosses of sense s, each once.
func glossKeys(s string, key func(string) string) []string {
	var out []string
	forGlosses(s, func(g string) {
		if k := key(g); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	})
	return out
}

// familyCount is the number of entries among words one of whose glosses
// has a word starting with one of keys, or, whole, a word that is one of
// keys or its plural.
func familyCount(words []*dict.Entry, keys []string, whole bool) int {
	n := 0
	var buf []byte
	for _, e := range words {
	senses:
		for s := range e.SensesSeq() {
			ls := lowerInto(&buf, s)
			for _, key := range keys {
				if hasWord(ls, key, whole) {
					n++
					break senses
				}
			}
		}
	}
	return n
}

// hasWord reports whether a word of s (lower case) starts with key and,
// whole, ends with it or its plural s.
func hasWord(s, key string, whole bool) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], key)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(key)
		if end < len(s) && s[end] == 's' {
			end++
		}
		if (j == 0 || !unicode.IsLetter(rune(s[j-1]))) && (!whole || end == len(s) || !unicode.IsLetter(rune(s[end]))) {
			return true
		}
		i = j + 1
	}
}
