package zh

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// lowerInto returns strings.ToLower(s). When s is ASCII with an
// upper-case letter, the result is written into *buf, which is reused:
// lowering many strings that are read once each (the senses of every word
// around a character, familyCount) then allocates nothing, where
// strings.ToLower allocated for each. The result is valid until the next
// call with buf.
func lowerInto(buf *[]byte, s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
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
