package cards

import (
	"strings"
	"unicode/utf8"

	"cika/cards/pinyin"
)

// Pinyin writes a word's numeric reading the way it is printed: tone marks,
// syllables joined, an apostrophe before a syllable that starts with a, o or
// e ("xi1 an1" → "xī'ān").
func Pinyin(reading string) string {
	var b strings.Builder
	for i, syl := range strings.Fields(reading) {
		m := pinyin.MarkSyllable(syl)
		if i > 0 {
			r, _ := utf8.DecodeRuneInString(m)
			if strings.ContainsRune("aoeāáǎàōóǒòēéěèAOE", r) {
				b.WriteByte('\'')
			}
		}
		b.WriteString(m)
	}
	return b.String()
}

// SentencePinyin writes the pinyin of a stored sentence: one word per
// reading, punctuation attached to the word it belongs to (pinyin.Spaces),
// other text (Latin, digits) as written.
func SentencePinyin(parts []Part) string {
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = p.Text
	}
	var b strings.Builder
	for i, space := range pinyin.Spaces(texts) {
		p := parts[i]
		var piece string
		if p.Reading != "" {
			piece = Pinyin(p.Reading)
		} else {
			piece = pinyin.Punctuation(p.Text) // punctuation, Latin text, digits
		}
		if piece == "" {
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		b.WriteString(piece)
	}
	return b.String()
}
