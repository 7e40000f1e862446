package cards

import (
	"strings"
	"unicode"
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

// halfWidth maps Chinese punctuation to what follows pinyin text.
var halfWidth = strings.NewReplacer(
	"，", ",", "。", ".", "？", "?", "！", "!", "：", ":", "；", ";", "、", ",",
	"“", "\"", "”", "\"", "‘", "'", "’", "'", "（", "(", "）", ")", "《", "\"", "》", "\"",
	"…", "…", "—", "—",
)

// SentencePinyin writes the pinyin of a stored sentence: one word per
// reading, punctuation attached to the word before it, other text (Latin,
// digits) as written.
func SentencePinyin(parts []Part) string {
	var b strings.Builder
	for _, p := range parts {
		var piece string
		if p.Reading != "" {
			piece = Pinyin(p.Reading)
		} else {
			piece = strings.TrimSpace(halfWidth.Replace(p.Text))
		}
		if piece == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(piece)
		attach := unicode.IsPunct(r) && !strings.ContainsRune("(\"'", r)
		if b.Len() > 0 && !attach {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			if last != '(' {
				b.WriteByte(' ')
			}
		}
		b.WriteString(piece)
	}
	return b.String()
}
