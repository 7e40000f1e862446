package zh

import (
	"math"
	"unicode/utf8"

	"cika/cards/dict"
)

// lexEntry is a headword of the segmentation lexicon.
type lexEntry struct {
	logp float32 // log probability of the word as a unigram
	pos  uint8   // gse's part of speech, an index into weights.posNames
}

// prefix2 is what the segmenter needs to know about a pair of characters:
// the length in runes of the longest headword starting with them, and the
// entry of the pair itself when it is a headword, so that one lookup
// answers for the two-character words, the most common ones.
type prefix2 struct {
	logp   float32 // lexEntry of the pair as a word, when isWord
	pos    uint8
	maxLen uint8 // longest headword starting with the pair, in runes
	isWord bool
}

// unknownFreq is the count given to a headword gse's dictionary lacks, and to
// a character no dictionary knows: below every count in gse's data (the
// least frequent words there have 2 or 3).
const unknownFreq = 1.0

// maxRune bounds the characters whose longest headword is kept in a table.
const maxRune = 0x40000

// buildLexicon makes the segmentation lexicon from every all-Han CC-CEDICT
// headword (both scripts), weighted by gse's frequencies. singles holds the
// entries of the one-character headwords by rune (logp 0 for none), and
// long2 the prefix2 of each pair of characters that starts a headword, so
// that the segmenter looks up only what may exist.
func buildLexicon(d *dict.Dict, w *weights) (lex map[string]lexEntry, singles []lexEntry, long2 map[[2]rune]prefix2) {
	lex = make(map[string]lexEntry, 220000)
	singles = make([]lexEntry, maxRune)
	long2 = make(map[[2]rune]prefix2, 120000)
	logT := math.Log(w.total)
	add := func(word string, f uint32, pos uint8) {
		freq := float64(f)
		if freq <= 0 {
			freq = unknownFreq
		}
		le := lexEntry{logp: float32(math.Log(freq) - logT), pos: pos}
		// A headword of several entries (后 of 后 and 後) keeps the
		// largest frequency among them.
		if old, dup := lex[word]; (dup && old.logp >= le.logp) || !allHan(word) {
			return
		}
		lex[word] = le
		r1, n1 := utf8.DecodeRuneInString(word)
		if n1 == len(word) {
			if r1 < maxRune {
				singles[r1] = le
			}
			return
		}
		r2, n2 := utf8.DecodeRuneInString(word[n1:])
		n := uint8(min(utf8.RuneCountInString(word), 255))
		k := [2]rune{r1, r2}
		p := long2[k]
		p.maxLen = max(p.maxLen, n)
		if n1+n2 == len(word) {
			p.logp, p.pos, p.isWord = le.logp, le.pos, true
		}
		long2[k] = p
	}
	for i := range d.Entries {
		e := &d.Entries[i]
		add(e.Simp, w.fS[i], w.pos[i])
		if e.Trad != e.Simp {
			add(e.Trad, w.fT[i], w.pos[i])
		}
	}
	return lex, singles, long2
}

// isHan reports whether r is a Chinese character (CJK unified ideographs,
// extensions, compatibility ideographs, or 〇).
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

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
