// Package pinyin converts between the forms of Hanyu Pinyin that cika meets:
// numeric-tone syllables as stored ("yin2 hang2", CC-CEDICT's "lu:4"), tone
// marks as shown on cards ("yín háng"), and the toneless keys used to look a
// word up from whatever a learner types ("zhineng", "zhi4neng2", "zhìnéng").
//
// A reading in cika is always numeric: lower or capitalised syllables (capital
// for names), each followed by a tone digit 1-5 (5 = neutral), separated by
// single spaces, ü written as "ü" (CC-CEDICT's "u:" and the common "v" are
// accepted on input and normalised).
package pinyin

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// marked[v][tone-1] is vowel v carrying tone 1-4.
var marked = map[rune][4]string{
	'a': {"ā", "á", "ǎ", "à"}, 'e': {"ē", "é", "ě", "è"}, 'i': {"ī", "í", "ǐ", "ì"},
	'o': {"ō", "ó", "ǒ", "ò"}, 'u': {"ū", "ú", "ǔ", "ù"}, 'ü': {"ǖ", "ǘ", "ǚ", "ǜ"},
	'A': {"Ā", "Á", "Ǎ", "À"}, 'E': {"Ē", "É", "Ě", "È"}, 'I': {"Ī", "Í", "Ǐ", "Ì"},
	'O': {"Ō", "Ó", "Ǒ", "Ò"}, 'U': {"Ū", "Ú", "Ǔ", "Ù"}, 'Ü': {"Ǖ", "Ǘ", "Ǚ", "Ǜ"},
	// Syllabic nasals (嗯 ng, 呣 m) take the mark on the consonant.
	'n': {"n\u0304", "ń", "ň", "ǹ"}, 'm': {"m\u0304", "ḿ", "m\u030c", "m\u0300"},
	'N': {"N\u0304", "Ń", "Ň", "Ǹ"}, 'M': {"M\u0304", "Ḿ", "M\u030c", "M\u0300"},
}

// unmarked maps a tone-marked vowel back to its base letter and tone; built
// on first use (a query in tone marks), not at every command's start.
var unmarked = sync.OnceValue(func() map[rune]struct {
	base rune
	tone int
} {
	m := make(map[rune]struct {
		base rune
		tone int
	})
	for base, forms := range marked {
		for i, f := range forms {
			r, size := utf8.DecodeRuneInString(f)
			if size == len(f) { // precomposed only
				m[r] = struct {
					base rune
					tone int
				}{base, i + 1}
			}
		}
	}
	return m
})

// Split separates a numeric syllable into its letters (ü normalised) and its
// tone: "lu:4" → ("lü", 4); "ma" → ("ma", 0) when no tone is written.
func Split(syl string) (letters string, tone int) {
	if n := len(syl); n > 0 && syl[n-1] >= '1' && syl[n-1] <= '5' {
		tone = int(syl[n-1] - '0')
		syl = syl[:n-1]
	}
	return normaliseU(syl), tone
}

// normaliseU writes ü for CC-CEDICT's "u:" and the keyboard's "v".
func normaliseU(s string) string {
	if !strings.ContainsAny(s, ":vV") {
		return s
	}
	s = strings.NewReplacer("u:", "ü", "U:", "Ü", "v", "ü", "V", "Ü").Replace(s)
	return s
}

// MarkSyllable puts the tone mark of a numeric syllable on the right vowel:
// "hang2" → "háng", "lu:4" → "lǜ", "de5" → "de". Text that is not a syllable
// with a tone comes back with only ü normalised.
func MarkSyllable(syl string) string {
	letters, tone := Split(syl)
	if tone < 1 || tone > 4 {
		return letters
	}
	i := markIndex(letters)
	if i < 0 {
		return letters
	}
	r, size := utf8.DecodeRuneInString(letters[i:])
	forms, ok := marked[r]
	if !ok {
		return letters
	}
	return letters[:i] + forms[tone-1] + letters[i+size:]
}

// markIndex finds the byte offset in s of the letter that carries the tone:
// a or e if present, the o of "ou", else the last vowel, else a syllabic m or
// n; -1 if none. Offsets are taken in s itself (not a lower-cased copy,
// whose byte length may differ).
func markIndex(s string) int {
	ae, ou, vowel, nasal := -1, -1, -1, -1
	prevO := -1
	for i, r := range s {
		switch unicode.ToLower(r) {
		case 'a', 'e':
			if ae < 0 {
				ae = i
			}
		case 'o':
			prevO = i
			vowel = i
			continue
		case 'u':
			if prevO >= 0 && ou < 0 {
				ou = prevO
			}
			vowel = i
		case 'i', 'ü':
			vowel = i
		case 'm', 'n':
			if nasal < 0 {
				nasal = i
			}
		}
		prevO = -1
	}
	switch {
	case ae >= 0:
		return ae
	case ou >= 0:
		return ou
	case vowel >= 0:
		return vowel
	}
	return nasal
}

// Marks converts a numeric reading to tone marks, keeping its spaces:
// "yin2 hang2" → "yín háng".
func Marks(reading string) string {
	syls := strings.Fields(reading)
	for i, s := range syls {
		syls[i] = MarkSyllable(s)
	}
	return strings.Join(syls, " ")
}

// Syllables returns the syllables of a numeric reading with their tones:
// "jue2 de5" → ["jue2" "de5"].
func Syllables(reading string) []string { return strings.Fields(reading) }

// Tones returns the tone of each syllable of a numeric reading, 0 where none
// is written: "jue2 de5" → [2 5].
func Tones(reading string) []int {
	syls := strings.Fields(reading)
	tones := make([]int, len(syls))
	for i, s := range syls {
		_, tones[i] = Split(s)
	}
	return tones
}

// Toneless is the lookup key of a reading: lower case, no tones, no spaces, ü
// written v. "Yin2 hang2" → "yinhang", "lu:4 se4" → "lvse".
func Toneless(reading string) string {
	var b strings.Builder
	for _, s := range strings.Fields(reading) {
		letters, _ := Split(s)
		for _, r := range strings.ToLower(letters) {
			if r == 'ü' {
				r = 'v'
			}
			if r >= 'a' && r <= 'z' {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// IsNumericReading reports whether s looks like a stored reading: syllables of
// letters each ending in a tone digit. Used to validate data, not queries.
func IsNumericReading(s string) bool {
	syls := strings.Fields(s)
	if len(syls) == 0 {
		return false
	}
	for _, syl := range syls {
		letters, tone := Split(syl)
		if tone == 0 || letters == "" {
			return false
		}
		for _, r := range letters {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}
