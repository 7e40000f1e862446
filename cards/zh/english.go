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
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) && len(w) >= 3 && isASCIILetters(lw) && !snowball.IsStopWord(lw) {
			if x.caps == nil {
				x.caps = make(map[string]string)
			}
			x.caps[lw] = w
		}
		if st := stem(lw); st != "" {
			x.stems[st] = true
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
func (x *english) senseScore(sense string) float64 {
	if len(x.stems) == 0 {
		return 0
	}
	best := 0.0
	for _, part := range glossSplitter.Split(sense, -1) {
		content, matched, function, fmatched := 0, 0, 0, 0
		for _, w := range glossWords(part) {
			if st := stem(w); st != "" {
				content++
				if x.stems[st] {
					matched++
				}
			} else if !glueWords[w] {
				function++
				if x.words[w] {
					fmatched++
				}
			}
		}
		switch {
		case content > 0:
			best = max(best, float64(matched)/float64(content))
		case function > 0:
			best = max(best, float64(fmatched)/float64(function))
		}
	}
	return best
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

// match is the best score of the entry's senses.
func (x *english) match(e *dict.Entry) float64 {
	if len(x.stems) == 0 {
		return 0
	}
	best := 0.0
	for _, s := range e.Senses() {
		if v := x.senseScore(s); v > best {
			best = v
		}
	}
	return best
}

// bestSense returns the index of the sense that matches best, if it covers
// at least half of a gloss; -1 otherwise. Ties go to the earlier sense.
func (x *english) bestSense(senses []string) int {
	if len(x.stems) == 0 {
		return -1
	}
	best, bi := 0.0, -1
	for i, s := range senses {
		if v := x.senseScore(s); v > best {
			best, bi = v, i
		}
	}
	if best < 0.5 {
		return -1
	}
	return bi
}
