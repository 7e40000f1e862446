package zh

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"cika/cards/dict"

	snowball "github.com/kljensen/snowball/english"
)

// english is the English side of a sentence pair, reduced to what the
// choice of readings and senses needs.
type english struct {
	stems map[string]bool // Snowball stems of its content words
	words map[string]bool // all its words, lower case
	// caps maps the lower-cased capitalised words that are not English
	// function words (candidate names: "mustafa") to their spelling.
	caps map[string]string
	// stemBits and wordBits are Bloom filters of stems and words: a gloss
	// word whose bit is clear is not in the maps, without a lookup.
	stemBits, wordBits bits256
}

// bits256 is a set of bytes, the one-hash Bloom filter of english.
type bits256 [4]uint64

func (b *bits256) add(h uint8)      { b[h>>6] |= 1 << (h & 63) }
func (b *bits256) has(h uint8) bool { return b[h>>6]&(1<<(h&63)) != 0 }

// hash8 is the FNV-1a hash of s folded to a byte, the key of bits256.
func hash8(s string) uint8 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return uint8(h ^ h>>8 ^ h>>16 ^ h>>24)
}

// newEnglish analyses en; "" gives an english that matches nothing.
func newEnglish(en string) *english {
	x := &english{}
	if en == "" {
		return x
	}
	x.stems = make(map[string]bool)
	x.words = make(map[string]bool)
	for _, w := range splitWords(en) {
		lw := strings.ToLower(w)
		x.words[lw] = true
		x.wordBits.add(hash8(lw))
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) && len(w) >= 3 && isASCIILetters(lw) && !snowball.IsStopWord(lw) {
			if x.caps == nil {
				x.caps = make(map[string]string)
			}
			x.caps[lw] = w
		}
		if st := stem(lw); st != "" {
			x.stems[st] = true
			x.stemBits.add(hash8(st))
		}
	}
	return x
}

// writesName reports whether the English side has a capitalised word
// spelled like the reading without tones: "Zhou" for zhou1, "Beijing" for
// bei3 jing1.
func (x *english) writesName(reading string) bool {
	if len(x.caps) == 0 {
		return false
	}
	var b strings.Builder
	for _, s := range strings.Fields(reading) {
		b.WriteString(toneless(s))
	}
	_, ok := x.caps[b.String()]
	return ok
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
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// senseNoise are words of CC-CEDICT's sense notation, not of meaning.
var senseNoise = map[string]bool{
	"sth": true, "sb": true, "bound": true, "form": true, "used": true, "variant": true,
	"classifier": true, "cl": true, "literary": true, "archaic": true, "dialect": true,
	"coll": true, "lit": true, "fig": true, "abbr": true, "pr": true, "taiwan": true,
	"old": true, "see": true, "also": true, "etc": true, "surname": true, "one's": true,
	"oneself": true, "idiom": true, "slang": true, "onom": true, "particle": true,
}

var stemCache sync.Map // lower-case word -> stem ("" for stop words)

// stem returns the Snowball stem of a lower-case word, "" for stop words and
// words of one letter.
func stem(lw string) string {
	if v, ok := stemCache.Load(lw); ok {
		return v.(string)
	}
	st := ""
	if len(lw) > 1 && !snowball.IsStopWord(lw) {
		st = snowball.Stem(lw, false)
	}
	stemCache.Store(lw, st)
	return st
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
	lo := 0
	if i > 0 {
		lo = int(m.senseEnd[i-1])
	}
	for _, g := range m.glosses[lo:m.senseEnd[i]] {
		w, h := m.words[g.start:], m.hashes[g.start:]
		if g.content > 0 {
			matched := 0
			for k, st := range w[:g.content] {
				if x.stemBits.has(h[k]) && x.stems[st] {
					matched++
				}
			}
			best = max(best, float64(matched)/float64(g.content))
		} else {
			fmatched := 0
			for k, fw := range w[:g.function] {
				if x.wordBits.has(h[k]) && x.words[fw] {
					fmatched++
				}
			}
			best = max(best, float64(fmatched)/float64(g.function))
		}
	}
	return best
}

// senseMatcher is the senses of an entry reduced to what senseScore needs:
// for each gloss (the parts of a sense that glossSplitter separates) the
// Snowball stems of its content words and its function words other than
// glueWords, computed once per entry (see Analyzer.matcher).
type senseMatcher struct {
	// words holds, gloss after gloss, the gloss's content stems then its
	// function words; glosses with neither are left out.
	words   []string
	hashes  []uint8 // hash8 of each of words
	glosses []glossSpan
	// senseEnd[i] is the end of sense i's glosses in glosses.
	senseEnd []int32
}

// glossSpan is one gloss of a senseMatcher: where its words start in words,
// how many content stems and function words it has.
type glossSpan struct{ start, content, function int32 }

// compileSenses makes the senseMatcher of senses.
func compileSenses(senses []string) *senseMatcher {
	m := &senseMatcher{senseEnd: make([]int32, 0, len(senses))}
	var funcs []string
	for _, sense := range senses {
		for _, part := range glossSplitter.Split(sense, -1) {
			start, content := len(m.words), 0
			funcs = funcs[:0]
			for _, w := range glossWords(part) {
				if st := stem(w); st != "" {
					m.words = append(m.words, st)
					content++
				} else if !glueWords[w] {
					funcs = append(funcs, w)
				}
			}
			if content == 0 && len(funcs) == 0 {
				continue
			}
			m.words = append(m.words, funcs...)
			m.glosses = append(m.glosses, glossSpan{int32(start), int32(content), int32(len(funcs))})
		}
		m.senseEnd = append(m.senseEnd, int32(len(m.glosses)))
	}
	m.words = m.words[:len(m.words):len(m.words)]
	m.hashes = make([]uint8, len(m.words))
	for i, w := range m.words {
		m.hashes[i] = hash8(w)
	}
	return m
}

// matcher returns the senseMatcher of e's senses, computed once per entry
// and process (the entries met grow with the vocabulary of the corpus, not
// with its size).
func (a *Analyzer) matcher(e *dict.Entry) *senseMatcher {
	slot := &a.matchers[a.dict.Index(e)]
	if m := slot.Load(); m != nil {
		return m
	}
	m := compileSenses(e.Senses())
	slot.Store(m) // two goroutines may both compute it: same result
	return m
}

// glueWords are too common in English to tell one gloss from another
// ("to be" would match every sentence).
var glueWords = map[string]bool{"to": true, "be": true, "a": true, "an": true, "the": true, "of": true, "is": true, "it": true, "do": true}

// glossSplitter splits a sense into its alternative glosses: "king or
// monarch", "all; both; entirely", "to see, to look".
var glossSplitter = regexp.MustCompile(`;|,| or `)

// glossWords returns the lower-case words of a gloss outside brackets,
// without CC-CEDICT's notation words (sth, sb, bound form…).
func glossWords(g string) []string {
	var out []string
	depth, start := 0, -1
	flush := func(end int) {
		if start >= 0 && depth == 0 {
			if w := strings.ToLower(g[start:end]); !senseNoise[w] {
				out = append(out, w)
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
	if len(x.stems) == 0 {
		return 0
	}
	best := 0.0
	for i := range m.senseEnd {
		if v := x.senseScore(m, i); v > best {
			best = v
		}
	}
	return best
}

// bestSense returns the index of the sense that matches best among the
// senses of ms, one after the other, if it covers at least half of a gloss;
// -1 otherwise. Ties go to the earlier sense.
func (x *english) bestSense(ms []*senseMatcher) int {
	if len(x.stems) == 0 {
		return -1
	}
	best, bi := 0.0, -1
	i := 0
	for _, m := range ms {
		for j := range m.senseEnd {
			if v := x.senseScore(m, j); v > best {
				best, bi = v, i
			}
			i++
		}
	}
	if best < 0.5 {
		return -1
	}
	return bi
}
