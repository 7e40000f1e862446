// Package gloss writes a CC-CEDICT sense for people. The dictionary's own
// notation is for machines and lexicographers: "game (CL:場|场[chang3])",
// "菩薩|菩萨[pu2 sa4]", "(colloquial pr. [nei4])", "把[ba3] + {noun}". A card,
// the review screen and lookup show the same sense as "game (classifier: 场
// chǎng)", "菩萨 púsà", "(colloquial pr. nèi)", "把 bǎ + noun": one form of a
// cross-reference, in the learner's script, its reading with tone marks.
//
// Render never shortens a sense: cutting belongs to the terminal tables
// that have a width, not to a card.
package gloss

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"cika/cards/pinyin"
)

// Script is the learner's written form of Chinese.
type Script int

const (
	Simplified  Script = iota // 场, 菩萨
	Traditional               // 場, 菩薩
)

// Render writes sense s for people in the given script (see the package
// comment). Text outside the notation comes back as it was.
func Render(s string, script Script) string {
	if !strings.ContainsAny(s, "[{|") && !strings.Contains(s, "CL:") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "CL:"):
			refs, n := classifiers(s[i+3:], script)
			if n == 0 {
				b.WriteString("CL:")
				i += 3
				continue
			}
			if len(refs) == 1 {
				b.WriteString("classifier: ")
			} else {
				b.WriteString("classifiers: ")
			}
			b.WriteString(strings.Join(refs, ", "))
			i += 3 + n
		case s[i] == '[':
			// A reading on its own: "(colloquial pr. [nei4])".
			end := strings.IndexByte(s[i:], ']')
			if end < 0 {
				b.WriteString(s[i:])
				i = len(s)
				continue
			}
			p := Pinyin(s[i+1 : i+end])
			if p == "…" && strings.HasSuffix(b.String(), "…") {
				p = "" // 就[jiu4]…[xx5]: the slot is written already
			}
			b.WriteString(p)
			i += end + 1
		case s[i] == '{':
			// A slot of a construction: "把[ba3] + {noun}".
			if end := strings.IndexByte(s[i:], '}'); end > 0 {
				b.WriteString(s[i+1 : i+end])
				i += end + 1
				continue
			}
			b.WriteByte('{')
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if isHan(r) {
				if text, n := reference(s[i:], script); n > 0 {
					b.WriteString(text)
					i += n
					continue
				}
			}
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// classifiers reads the list after "CL:" (個|个[ge4],位[wei4]) and returns
// each classifier rendered, and the bytes read; 0 when s holds no reference.
func classifiers(s string, script Script) ([]string, int) {
	var refs []string
	read := 0
	for {
		text, n := reference(s[read:], script)
		if n == 0 {
			break
		}
		refs = append(refs, text)
		read += n
		if !strings.HasPrefix(s[read:], ",") {
			break
		}
		if next, m := reference(s[read+1:], script); m == 0 || next == "" {
			break
		}
		read++
	}
	return refs, read
}

// reference reads a cross-reference at the start of s — "菩薩|菩萨[pu2 sa4]",
// "把[ba3]", "菩薩|菩萨" — and returns it rendered ("菩萨 púsà") with the bytes
// read; 0 when s does not start with one. Plain Chinese text without a
// reading or a second form is not a reference and is left alone.
func reference(s string, script Script) (string, int) {
	first := hanRun(s)
	if first == 0 {
		return "", 0
	}
	trad, simp := s[:first], s[:first]
	n := first
	paired := false
	if strings.HasPrefix(s[n:], "|") {
		if m := hanRun(s[n+1:]); m > 0 {
			simp = s[n+1 : n+1+m]
			n += 1 + m
			paired = true
		}
	}
	reading := ""
	if strings.HasPrefix(s[n:], "[") {
		if end := strings.IndexByte(s[n:], ']'); end > 0 {
			reading = Pinyin(s[n+1 : n+end])
			n += end + 1
		}
	}
	if !paired && reading == "" {
		return "", 0
	}
	form := simp
	if script == Traditional {
		form = trad
	}
	if reading == "" {
		return form, n
	}
	return form + " " + reading, n
}

// hanRun is the length in bytes of the Chinese characters (and the few
// other characters CC-CEDICT headwords hold: Latin letters, digits, ・, 〇)
// that start s; 0 when s does not start with a Chinese character.
func hanRun(s string) int {
	n := 0
	for i, r := range s {
		switch {
		case isHan(r):
		case i > 0 && (r == '・' || r == '·' || r == '…' || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))):
		default:
			return n
		}
		n = i + utf8.RuneLen(r)
	}
	return n
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) || r == '〇' }

// Pinyin writes a CC-CEDICT reading ("pu2 sa4", "Bei3 jing1", "nu:3") with
// tone marks, syllables joined as a word is printed ("púsà", "Běijīng",
// "nǚ"), an apostrophe before a syllable that starts with a, o or e.
// Syllables that are not pinyin ("O K") stay as written, spaced; the
// placeholder syllable "xx5" is written "…" ("jiu4 xx5" → "jiù…").
func Pinyin(reading string) string {
	var b strings.Builder
	prevPinyin := false
	for i, syl := range strings.Fields(reading) {
		m, ok := markSyllable(syl)
		if strings.EqualFold(strings.TrimRight(syl, "12345"), "xx") {
			// CC-CEDICT's placeholder for any syllable: 就…[jiu4 xx5].
			b.WriteString("…")
			prevPinyin = false
			continue
		}
		switch {
		case i == 0:
		case ok && prevPinyin:
			if r, _ := utf8.DecodeRuneInString(m); strings.ContainsRune("aoeāáǎàōóǒòēéěèAOEĀÁǍÀŌÓǑÒĒÉĚÈ", r) {
				b.WriteByte('\'')
			}
		default:
			b.WriteByte(' ')
		}
		b.WriteString(m)
		prevPinyin = ok
	}
	return b.String()
}

// markSyllable marks one numeric syllable; false for anything else.
func markSyllable(syl string) (string, bool) {
	n := len(syl)
	if n < 2 || syl[n-1] < '1' || syl[n-1] > '5' {
		return syl, false
	}
	for _, r := range syl[:n-1] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == 'ü' || r == 'Ü' || r == ':') {
			return syl, false
		}
	}
	return pinyin.MarkSyllable(syl), true
}

// Raw reports whether s still holds CC-CEDICT notation that Render writes
// for people: a numeric reading in brackets, a "CL:" list or a
// "traditional|simplified" pair. Tests of what learners see use it.
func Raw(s string) bool {
	if strings.Contains(s, "CL:") {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|':
			return true
		case '[':
			end := strings.IndexByte(s[i:], ']')
			if end > 0 {
				for _, f := range strings.Fields(s[i+1 : i+end]) {
					if _, ok := markSyllable(f); ok {
						return true
					}
				}
			}
		}
	}
	return false
}
