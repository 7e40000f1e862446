package corpus

import (
	"bufio"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// maxLine bounds one line, so that a binary file fed by mistake fails with a
// message instead of filling memory.
const maxLine = 1 << 20

// line is one decoded line without its line end.
type line struct {
	n    int // 1-based line number
	text string
}

// lines turns a byte stream into numbered, decoded lines: the byte-order mark
// is dropped, "\r\n" and "\r" become "\n", and every line is fed to the hash
// that identifies the document as it is consumed. Parsers pull lines with
// next and may look ahead with peek.
type lines struct {
	name  string
	br    *bufio.Reader
	n     int       // lines read from br so far
	hash  hash.Hash // nil: the document is not identified (Transient)
	buf   []line    // looked-ahead lines not yet consumed
	split []string  // lines that followed a lone "\r" in the last raw line
	eof   bool
	err   error  // read or decoding error, as an *Error
	enc   string // the encoding read (decode.go)
	// scratch holds a line and its "\n" on their way to the hash.
	scratch []byte
	// view makes read return a line as a view of the reader's buffer,
	// valid until br is read again (the lines split from it are all
	// taken before), rather than a copy: for Identify, which neither
	// peeks nor keeps a line, only hashes them (a million pairs: 135 MB
	// of copies, at the start of mining, on one core), and for a
	// Transient Reader of tsv.
	view bool
}

func newLines(name string, r io.Reader) *lines { return newLinesIn(name, r, "") }

// newLinesIn reads r in the encoding enc ("" = detect, see decode).
func newLinesIn(name string, r io.Reader, enc string) *lines {
	l := &lines{name: name, hash: sha256.New()}
	raw := bufio.NewReaderSize(r, sniffBytes)
	text, enc, err := decode(raw, enc)
	if err != nil {
		l.err = &Error{Doc: name, Err: err}
		l.br = bufio.NewReader(strings.NewReader(""))
		return l
	}
	l.enc = enc
	if text == io.Reader(raw) {
		l.br = raw
	} else {
		l.br = bufio.NewReaderSize(text, 64<<10)
	}
	return l
}

func stringsReader(s string) io.Reader { return strings.NewReader(s) }

// read reads one raw line from the input.
func (l *lines) read() (line, bool) {
	if len(l.split) > 0 {
		s := l.split[0]
		l.split = l.split[1:]
		return l.number(s)
	}
	if l.eof || l.err != nil {
		return line{}, false
	}
	var sb []byte
	for first := true; ; first = false {
		frag, err := l.br.ReadSlice('\n')
		if first && err == nil {
			sb = frag // a whole line in the buffer: the usual case, no copy
			break
		}
		sb = append(sb, frag...)
		if len(sb) > maxLine {
			l.err = &Error{Doc: l.name, Line: l.n + 1, Err: errors.New("line longer than 1 MiB: not a text file?")}
			return line{}, false
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			l.eof = true
			if len(sb) == 0 {
				return line{}, false
			}
			break
		}
		if err != nil {
			l.err = &Error{Doc: l.name, Err: err}
			return line{}, false
		}
		break
	}
	var s string
	if l.view {
		s = unsafe.String(unsafe.SliceData(sb), len(sb))
	} else {
		s = string(sb)
	}
	s = strings.TrimSuffix(s, "\n")
	s = strings.TrimSuffix(s, "\r")
	// A lone "\r" also ends a line (old Mac files): queue what follows it.
	if strings.IndexByte(s, '\r') >= 0 {
		parts := strings.Split(s, "\r")
		s = parts[0]
		l.split = append(l.split, parts[1:]...)
	}
	return l.number(s)
}

// number gives the next line number to s and checks its encoding.
func (l *lines) number(s string) (line, bool) {
	l.n++
	if l.n == 1 {
		s = strings.TrimPrefix(s, "\ufeff")
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		l.err = &Error{Doc: l.name, Line: l.n, Err: errors.New("binary data (a NUL byte): not a text file")}
		return line{}, false
	}
	if !utf8.ValidString(s) {
		l.err = &Error{Doc: l.name, Line: l.n, Err: fmt.Errorf("not valid UTF-8 (a broken or truncated sequence at byte %d of the line)", invalidAt(s)+1)}
		return line{}, false
	}
	if l.enc != UTF8 && strings.ContainsRune(s, utf8.RuneError) {
		l.err = &Error{Doc: l.name, Line: l.n, Err: fmt.Errorf("not valid %s (a broken sequence)", strings.ToUpper(l.enc))}
		return line{}, false
	}
	return line{n: l.n, text: s}, true
}

// next consumes and returns the next line.
func (l *lines) next() (line, bool) {
	var ln line
	if len(l.buf) > 0 {
		ln = l.buf[0]
		l.buf = l.buf[1:]
	} else {
		var ok bool
		if ln, ok = l.read(); !ok {
			return line{}, false
		}
	}
	if l.hash != nil {
		l.scratch = append(append(l.scratch[:0], ln.text...), '\n')
		l.hash.Write(l.scratch)
	}
	return ln, true
}

// peek returns the i-th line ahead (0 = the next one) without consuming it.
func (l *lines) peek(i int) (line, bool) {
	for len(l.buf) <= i {
		ln, ok := l.read()
		if !ok {
			return line{}, false
		}
		l.buf = append(l.buf, ln)
	}
	return l.buf[i], true
}

// invalidAt returns the byte offset of the first invalid UTF-8 sequence in s.
func invalidAt(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return i
			}
		}
	}
	return len(s)
}
