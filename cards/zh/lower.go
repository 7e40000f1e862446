package zh

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// lowerInto returns strings.ToLower(s). When s is ASCII with an
// upper-case letter, the result is written into *buf, which is reused:
// lowering many strings that are read once each (the senses of every word
// around a character, familyCount) then allocates nothing, where
// strings.ToLower allocated for each. So too when the rest of s is
// characters without case (Han: "CL:個|个[ge4]", "see 過來|过来[guo4
// lai2]"), which strings.ToLower maps one rune at a time into a new string
// (≈ 1,200 instructions a sense, 1.7 % of an analysis's). The result is
// valid until the next call with buf.
func lowerInto(buf *[]byte, s string) string {
	upper := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			upper = upper || 'A' <= c && c <= 'Z'
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 || !isHan(r) && unicode.ToLower(r) != r {
			// (A byte that is no UTF-8, which strings.ToLower writes
			// as U+FFFD, or a letter with a lower case.)
			return strings.ToLower(s)
		}
		i += n
	}
	if !upper {
		return s
	}
	b := append((*buf)[:0], s...)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	*buf = b
	return unsafe.String(unsafe.SliceData(b), len(b))
}
