package corpus

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encodings a document may be in. Detection (the empty Options.Encoding):
//
//   - a byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE;
//   - else the first 64 KiB decide: valid UTF-8 (a sequence cut by the end of
//     the sample allowed) means UTF-8;
//   - else, when they hold no NUL byte and decode as GB18030 without an
//     invalid sequence into text whose non-ASCII characters are mostly
//     Chinese characters and CJK punctuation, GB18030 (which covers GBK and
//     GB2312);
//   - else UTF-8, so that the first broken line is reported by number
//     rather than read as mojibake.
//
// UTF-16 without a byte-order mark is not guessed: its NUL bytes make it
// "binary data".
const (
	UTF8    = "utf-8"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	GB18030 = "gb18030"
)

// Encodings lists the names Options.Encoding accepts (gbk and gb2312 are
// read as GB18030, their superset; utf-16 needs a byte-order mark).
var Encodings = []string{UTF8, "utf-16", UTF16LE, UTF16BE, GB18030, "gbk", "gb2312"}

// sniffBytes is how much of the input encoding detection looks at.
const sniffBytes = 64 << 10

// decode returns a reader of r's text as UTF-8 and the encoding's name.
// enc forces an encoding ("" detects it).
func decode(br *bufio.Reader, enc string) (io.Reader, string, error) {
	head, _ := br.Peek(sniffBytes)
	bom := func(b ...byte) bool { return bytes.HasPrefix(head, b) }
	switch strings.ToLower(enc) {
	case "":
	case UTF8, "utf8":
		return br, UTF8, nil
	case "utf-16", "utf16":
		if !bom(0xff, 0xfe) && !bom(0xfe, 0xff) {
			return nil, "", fmt.Errorf("no UTF-16 byte-order mark: say --encoding utf-16le or utf-16be")
		}
	case UTF16LE:
		return utf16(br, xunicode.LittleEndian), UTF16LE, nil
	case UTF16BE:
		return utf16(br, xunicode.BigEndian), UTF16BE, nil
	case GB18030, "gbk", "gb2312", "cp936":
		return transform.NewReader(br, simplifiedchinese.GB18030.NewDecoder()), GB18030, nil
	default:
		return nil, "", fmt.Errorf("unknown encoding %q (want one of %s)", enc, strings.Join(Encodings, ", "))
	}
	switch {
	case bom(0xef, 0xbb, 0xbf):
		return br, UTF8, nil
	case bom(0xff, 0xfe):
		return utf16(br, xunicode.LittleEndian), UTF16LE, nil
	case bom(0xfe, 0xff):
		return utf16(br, xunicode.BigEndian), UTF16BE, nil
	}
	if validPrefix(head, len(head) == sniffBytes) || bytes.IndexByte(head, 0) >= 0 {
		return br, UTF8, nil
	}
	if plausibleGB18030(head, len(head) == sniffBytes) {
		return transform.NewReader(br, simplifiedchinese.GB18030.NewDecoder()), GB18030, nil
	}
	return br, UTF8, nil
}

func utf16(r io.Reader, e xunicode.Endianness) io.Reader {
	return transform.NewReader(r, xunicode.UTF16(e, xunicode.UseBOM).NewDecoder())
}

// validPrefix reports whether b is UTF-8, allowing a sequence cut short at
// its end when cut says the sample stops mid-file.
func validPrefix(b []byte, cut bool) bool {
	if utf8.Valid(b) {
		return true
	}
	if !cut {
		return false
	}
	for i := 1; i < utf8.UTFMax && i <= len(b); i++ {
		if utf8.Valid(b[:len(b)-i]) && !utf8.FullRune(b[len(b)-i:]) {
			return true
		}
	}
	return false
}

// plausibleGB18030 reports whether b decodes as GB18030 into Chinese: no
// invalid sequence and at least nine in ten non-ASCII characters Chinese
// characters or CJK punctuation.
func plausibleGB18030(b []byte, cut bool) bool {
	if cut {
		// Drop a last character possibly cut in two: GB18030 characters
		// are at most 4 bytes, and ASCII bytes never occur inside one
		// lead position, so cut at the last ASCII byte.
		if i := bytes.LastIndexFunc(b, func(r rune) bool { return r < 0x80 }); i > 0 {
			b = b[:i+1]
		}
	}
	// The GB18030 decoder turns invalid bytes into U+FFFD.
	text, _, err := transform.Bytes(simplifiedchinese.GB18030.NewDecoder(), b)
	if err != nil {
		return false
	}
	han, other := 0, 0
	for _, r := range string(text) {
		switch {
		case r == utf8.RuneError:
			return false
		case r < 0x80:
		case unicode.Is(unicode.Han, r), r >= 0x3000 && r <= 0x303f, r >= 0xff00 && r <= 0xffef,
			r == '·', r == '—', r == '…', r == '“', r == '”', r == '‘', r == '’':
			if unicode.Is(unicode.Han, r) {
				han++
			}
		default:
			other++
		}
	}
	return han >= 2 && other*10 <= han
}
