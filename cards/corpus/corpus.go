// Package corpus reads aligned Chinese–English sentence pairs from the files
// learners bring: the bilingual podcast transcripts that podcast apps export
// and plain tab-separated pairs. Each pair keeps where it came from (document,
// line, speaker, position) so that a card can always show its source.
//
// A Reader streams one document: call Next until io.EOF, then Document gives
// the document's identity (a hash of its decoded, newline-normalised text, so
// the same text under another name is the same document), its format and the
// export chrome that was skipped.
//
// Adding a format means adding an entry to the formats table (format.go): a
// name, the file extensions it owns, a sniffer for unnamed input and a parser
// that pulls lines and returns pairs.
package corpus

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"
	"unicode"
)

// Pair is one aligned sentence pair.
type Pair struct {
	ZH string // the Chinese side, as written
	EN string // the English side, "" when the source has none
	Source
}

// Source is where a pair came from.
type Source struct {
	// Doc is the document's display name (the file name as given).
	Doc string
	// Line is the 1-based line of the Chinese text in the decoded document.
	Line int
	// Pos is the 0-based index of the pair in its document; (document, Pos)
	// is the pair's identity.
	Pos int
	// Speaker is the speaker label of a transcript block ("Speaker 1").
	Speaker string
	// Cue is a subtitle cue number, 0 when the format has none.
	Cue int
	// Start and End are a subtitle cue's times, zero when the format has none.
	Start, End time.Duration
	// Attribution credits the pair's author or origin when the format says
	// (a Tatoeba sentence's contributor, for example).
	Attribution string
}

// Skip is a stretch of a document that is not data: the chrome a podcast app
// adds around a transcript, comment lines, a header row.
type Skip struct {
	Line   int    `json:"line"`   // first line of the stretch
	Lines  int    `json:"lines"`  // how many lines
	Reason string `json:"reason"` // "header", "footer", "more-subtitles marker", "comment"
}

// Document describes a document once it has been read to the end.
type Document struct {
	// ID is the hex SHA-256 of the decoded, newline-normalised text (no
	// byte-order mark, "\n" line ends, every line ended by "\n").
	ID     string
	Name   string
	Format string
	Pairs  int    // pairs returned by Next
	Lines  int    // lines read
	Skips  []Skip // chrome and other non-data stretches, in order
}

// Error is a problem in the input, located by document and line.
type Error struct {
	Doc  string
	Line int // 0 when the problem is not on one line
	Err  error
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.Doc, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.Doc, e.Line, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Hint tells the user what the reader expects; cmd prints it as
// "cika: hint: …".
func (e *Error) Hint() string {
	return "cika reads bilingual podcast transcripts (blocks of a `Speaker N` line, the Chinese line, " +
		"the English line) and tab-separated pairs (zh<TAB>en or en<TAB>zh), in UTF-8"
}

// ErrEmpty is returned (inside an *Error) for a document without a single
// sentence pair: empty, blank, or a header and comments only.
var ErrEmpty = errors.New("no sentence pairs in it")

// ErrUnknownFormat is returned (inside an *Error) when a document's format
// cannot be told from its name or its first lines.
var ErrUnknownFormat = errors.New("cannot tell the format: no `Speaker N` block and no tab-separated pair in the first lines")

// Reader reads the pairs of one document.
type Reader struct {
	name   string
	lines  *lines
	parser parser
	format string
	pos    int
	err    error // sticky
	done   bool
	doc    Document
}

// NewReader returns a reader of the document called name (a file name,
// used for messages and to pick the format by extension) held in r.
func NewReader(name string, r io.Reader) *Reader {
	return &Reader{name: name, lines: newLines(name, r)}
}

// Read reads a whole document and returns its pairs. It is NewReader and
// Next until io.EOF, for callers that want everything at once.
func Read(name string, r io.Reader) ([]Pair, Document, error) {
	rd := NewReader(name, r)
	var pairs []Pair
	for {
		p, err := rd.Next()
		if err == io.EOF {
			return pairs, rd.Document(), nil
		}
		if err != nil {
			return nil, Document{}, err
		}
		pairs = append(pairs, p)
	}
}

// Next returns the next pair, or io.EOF after the last. Any other error is an
// *Error naming the document and line, and is returned again by every later
// call.
func (r *Reader) Next() (Pair, error) {
	if r.err != nil {
		return Pair{}, r.err
	}
	if r.parser == nil {
		f, err := detect(r.name, r.lines)
		if err != nil {
			return Pair{}, r.fail(err)
		}
		r.format = f.name
		r.parser = f.newParser()
	}
	p, err := r.parser.next(r.lines)
	if err == io.EOF {
		if r.lines.err != nil {
			return Pair{}, r.fail(r.lines.err)
		}
		if r.pos == 0 {
			return Pair{}, r.fail(&Error{Doc: r.name, Err: ErrEmpty})
		}
		r.finish()
		r.err = io.EOF
		return Pair{}, io.EOF
	}
	if err != nil {
		return Pair{}, r.fail(err)
	}
	p.Doc = r.name
	p.Pos = r.pos
	r.pos++
	return p, nil
}

func (r *Reader) fail(err error) error {
	var e *Error
	if !errors.As(err, &e) {
		err = &Error{Doc: r.name, Err: err}
	}
	r.err = err
	return err
}

func (r *Reader) finish() {
	r.done = true
	sum := r.lines.hash.Sum(nil)
	r.doc = Document{
		ID:     hex.EncodeToString(sum),
		Name:   r.name,
		Format: r.format,
		Pairs:  r.pos,
		Lines:  r.lines.n,
		Skips:  r.parser.skips(),
	}
}

// Document describes the document; it is complete only after Next returned
// io.EOF (before that it is the zero Document).
func (r *Reader) Document() Document { return r.doc }

// Hash returns the document identity of text, as Document.ID would after
// reading it: for tests and tools that hold text in memory.
func Hash(text string) string {
	lr := newLines("", stringsReader(text))
	for {
		if _, ok := lr.next(); !ok {
			break
		}
	}
	return hex.EncodeToString(lr.hash.Sum(nil))
}

// isHan reports whether r is a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// hanCount returns how many runes of s are Chinese characters, and how many
// are letters of any script (Han included).
func hanCount(s string) (han, letters int) {
	for _, r := range s {
		if isHan(r) {
			han++
			letters++
		} else if unicode.IsLetter(r) {
			letters++
		}
	}
	return han, letters
}
