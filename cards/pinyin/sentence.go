package pinyin

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence's pinyin is written word by word: each word's syllables
// joined, a space between words, punctuation in its half-width form
// attached to the word it belongs to — a comma or a closing quote to the
// word before, an opening quote or bracket to the word after — so that a
// quotation reads “chēngzhīwéi "jíqí"”, not “chēngzhīwéi " jíqí "”.

// halfWidth maps Chinese punctuation to the form that follows pinyin text.
var halfWidth = strings.NewReplacer(
	"，", ",", "。", ".", "？", "?", "！", "!", "：", ":", "；", ";", "、", ",",
	"“", "\"", "”", "\"", "‘", "'", "’", "'", "（", "(", "）", ")", "《", "\"", "》", "\"",
	"「", "\"", "」", "\"", "『", "'", "』", "'", "【", "[", "】", "]",
)

// Punctuation writes text that is not a word (punctuation, Latin words,
// digits) as it goes into a sentence's pinyin: Chinese punctuation in its
// half-width form, surrounding space trimmed.
func Punctuation(text string) string {
	return strings.TrimSpace(halfWidth.Replace(text))
}

// Spaces says, for each piece of a sentence as written (a word's text, or
// punctuation, as in the sentence), whether its pinyin is preceded by a
// space. Empty pieces (and pieces of white space) get false and are
// skipped over. Straight quotes, which do not say whether they open or
// close, alternate, starting with an opening one.
func Spaces(texts []string) []bool {
	out := make([]bool, len(texts))
	first := true
	glueNext := false       // the piece before opens: no space after it
	open := map[rune]bool{} // straight quotes currently open
	// Latin text joined by a dot, a colon or a slash stays joined
	// (okta.com, 3.5, 24/7): joinerAt is the index of such a joiner right
	// after a Latin letter or digit, -1 if the last pieces are not that.
	prevLatin, joinerAt, blank := false, -1, false
	for i, t := range texts {
		raw := t
		t = strings.TrimSpace(t)
		if t == "" {
			if raw != "" {
				blank = true
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		last, _ := utf8.DecodeLastRuneInString(t)
		kind := punctKind(r)
		if r == '"' || r == '\'' {
			if open[r] {
				kind = closing
			} else {
				kind = opening
			}
			open[r] = !open[r]
		}
		out[i] = !first && !glueNext && kind != closing && kind != trailing
		latin := isLatin(r)
		if latin && joinerAt == i-1 && !blank {
			out[i] = false
		}
		joinerAt = -1
		if prevLatin && !blank && len(t) == 1 && strings.ContainsRune(".:/@_-", r) {
			joinerAt = i
		}
		prevLatin = isLatin(last)
		blank = false
		first = false
		glueNext = kind == opening
		if kind == none && utf8.RuneCountInString(t) > 1 && punctKind(last) == opening {
			glueNext = true
		}
	}
	return out
}

type punct int

const (
	none     punct = iota // a word
	opening               // attaches to the word after: “ ‘ 《 （ (
	closing               // attaches to the word before: ” ’ 》 ） )
	trailing              // attaches to the word before: ， 。 ？ …
)

func punctKind(r rune) punct {
	switch {
	case strings.ContainsRune("“‘《（(「『【[", r):
		return opening
	case strings.ContainsRune("”’》）)」』】]", r):
		return closing
	case unicode.IsPunct(r):
		return trailing
	}
	return none
}

// isLatin reports whether r is an ASCII letter or digit.
func isLatin(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
