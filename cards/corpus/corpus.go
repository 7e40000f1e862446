// Package corpus reads aligned Chinese–English sentence pairs from the files
// learners bring: bilingual podcast transcripts, subtitles (one bilingual
// SRT or WebVTT file, or a Chinese and an English one paired by time),
// tab-separated pairs (Tatoeba exports among them) and two line-aligned
// plain-text files. Each pair keeps where it came from (document, line,
// speaker, cue and times, attribution) so that a card can always show its
// source. Text may be UTF-8 (with or without a byte-order mark), UTF-16
// with a byte-order mark or GB18030/GBK (decode.go); line ends any of
// "\n", "\r\n", "\r".
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
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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
	// Title is the document's own title where the format gives one (a
	// podcast export's first line names the show and the episode), ""
	// otherwise: what a card's source shows before the file and line.
	Title    string
	Encoding string // the encoding read: "utf-8", "utf-16le", "utf-16be", "gb18030"
	Pairs    int    // pairs returned by Next
	Lines    int    // lines read (of the Chinese file, for two files)
	Skips    []Skip // chrome and other non-data stretches, in order
	// Problems are the pairs the pair checks skipped or fixed (check.go).
	Problems []Problem
	// Offset is the shift found between two subtitle files: the English
	// cues' times minus the Chinese ones'.
	Offset time.Duration
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
	var pe *problemError
	switch {
	case errors.As(e.Err, &pe):
		return "--strict makes the pair checks errors; without it such pairs are skipped and reported"
	case errors.Is(e.Err, errOneLanguage):
		return "give the Chinese and the English subtitle files together: cika mine zh.srt en.srt"
	}
	return "cika reads bilingual podcast transcripts, SRT/WebVTT subtitles (bilingual, or a Chinese and an " +
		"English file paired by time), tab-separated pairs (zh<TAB>en, Tatoeba id<TAB>text<TAB>id<TAB>text, " +
		"English<TAB>Chinese<TAB>attribution) and two line-aligned text files, one per language (zh.txt en.txt), " +
		"in UTF-8, UTF-16 with a byte-order mark or GB18030/GBK"
}

// problemError is a pair check failing under Options.Strict.
type problemError struct{ reason string }

func (e *problemError) Error() string { return "pair check: " + e.reason }

var errOneLanguage = errors.New("one language only")

// ErrEmpty is returned (inside an *Error) for a document without a single
// sentence pair: empty, blank, or a header and comments only.
var ErrEmpty = errors.New("no sentence pairs in it")

// ErrUnknownFormat is returned (inside an *Error) when a document's format
// cannot be told from its name or its first lines.
var ErrUnknownFormat = errors.New("cannot tell the format: no `Speaker N` block, subtitle cue or tab-separated pair in the first lines")

// Options change how a document is read. The zero value detects everything.
type Options struct {
	// Format forces a format (Formats lists them); "" detects it from the
	// file's extension, else from its first lines.
	Format string
	// Encoding forces an encoding (Encodings lists them); "" detects it.
	Encoding string
	// Strict makes the pair checks (check.go) errors instead of skips.
	Strict bool
}

// Reader reads the pairs of one document.
type Reader struct {
	name     string
	opts     Options
	lines    *lines
	partner  *lines // the English file of a two-file document
	parser   parser
	counter  sideCounter // parser, if it counts the sides it orders
	format   string
	pos      int
	err      error // sticky
	done     bool
	doc      Document
	problems problems
	// transient: the pairs may be views of the input (Transient).
	transient bool
}

// NewReader returns a reader of the document called name (a file name,
// used for messages and to pick the format by extension) held in r.
func NewReader(name string, r io.Reader) *Reader { return Open(name, r, nil) }

// Open is NewReader with options (nil for the defaults).
func Open(name string, r io.Reader, o *Options) *Reader {
	rd := &Reader{name: name}
	if o != nil {
		rd.opts = *o
	}
	rd.lines = newLinesIn(name, r, rd.opts.Encoding)
	return rd
}

// Transient lets Next return pairs whose texts are valid only until the
// next call, for a caller that only looks at each pair (mining's count of
// the pairs met again): in the tsv format a pair's texts are then views
// of the reader's buffer, where each line was copied (a million pairs:
// 135 MB, read while the first batches are analysed). Other formats keep
// texts from line to line (a cue's lines, a speaker's name) and still
// copy them. Nor is the document identified: the lines are not hashed
// (SHA-256 of a million pairs: 0.1 s of CPU, done again by the mine's own
// read), and Document's ID is "". Call it before the first Next.
func (r *Reader) Transient() {
	r.transient = true
	for _, l := range []*lines{r.lines, r.partner} {
		if l != nil {
			l.hash = nil
		}
	}
}

// OpenPair returns a reader of a document held in two files, one per
// language: two subtitle files (SRT or WebVTT, paired by time) or two
// plain-text files (paired line by line). The format of the Chinese file
// (forced by o.Format or detected from its extension or content) decides
// which; the English file's encoding is detected on its own. The
// document's name is "zhName + enName" and its identity covers both texts.
func OpenPair(zhName string, zh io.Reader, enName string, en io.Reader, o *Options) *Reader {
	rd := Open(zhName, zh, o)
	rd.name = zhName + " + " + enName
	enc := rd.opts.Encoding
	rd.partner = newLinesIn(enName, en, enc)
	if rd.lines.err != nil {
		rd.err = rd.lines.err
		return rd
	}
	subtitle := func(name string, l *lines, force string) (vtt, ok bool) {
		f := force
		if f == "" {
			f = detectName(name, l)
		}
		return f == "vtt", f == "srt" || f == "vtt"
	}
	zvtt, zsub := subtitle(zhName, rd.lines, rd.opts.Format)
	evtt, esub := subtitle(enName, rd.partner, "")
	switch {
	case zsub && esub:
		rd.format = "srt"
		if zvtt {
			rd.format = "vtt"
		}
		if zvtt != evtt {
			rd.format = "srt+vtt"
		}
		rd.parser = &subtitleAligner{en: rd.partner, zhVTT: zvtt, enVTT: evtt}
	case zsub || esub:
		rd.err = &Error{Doc: rd.name, Err: errors.New("one file is subtitles and the other is not: give two subtitle files or two text files")}
	default:
		rd.format = "text"
		rd.parser = &textAligner{en: rd.partner}
	}
	return rd
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
		f, err := r.detect()
		if err != nil {
			return Pair{}, r.fail(err)
		}
		r.format = f.name
		r.parser = f.newParser()
		r.counter, _ = r.parser.(sideCounter)
		if _, tsv := r.parser.(*tsvParser); tsv && r.transient && r.partner == nil {
			// (The lines peeked to detect the format are copies.)
			r.lines.view = true
		}
	}
	for {
		p, err := r.parser.next(r.lines)
		if err == io.EOF {
			return Pair{}, r.end()
		}
		if err != nil {
			return Pair{}, r.fail(err)
		}
		var c *sideCounts
		if r.counter != nil {
			c = r.counter.lastCounts()
		}
		if problem := check(&p, c); problem != "" {
			if r.opts.Strict {
				return Pair{}, r.fail(&Error{Doc: r.name, Line: p.Line, Err: &problemError{problem}})
			}
			r.problems.add(problem, p.Line)
			if problem != ProblemSwapped {
				continue
			}
		}
		p.Doc = r.name
		p.Pos = r.pos
		r.pos++
		return p, nil
	}
}

func (r *Reader) detect() (*format, error) {
	if r.opts.Format == "" {
		return detect(r.name, r.lines)
	}
	for i := range formats {
		if formats[i].name == r.opts.Format {
			return &formats[i], nil
		}
	}
	return nil, &Error{Doc: r.name, Err: fmt.Errorf("unknown format %q (want one of %s)", r.opts.Format, strings.Join(Formats(), ", "))}
}

// end finishes the document at the end of its pairs.
func (r *Reader) end() error {
	for _, l := range []*lines{r.lines, r.partner} {
		if l != nil && l.err != nil {
			return r.fail(l.err)
		}
	}
	if r.pos == 0 {
		err := ErrEmpty
		if one, ok := r.parser.(interface{ oneLanguage() string }); ok && one.oneLanguage() != "" {
			err = fmt.Errorf("%w: the cues are in %s only (%w)", ErrEmpty, one.oneLanguage(), errOneLanguage)
		} else if n := r.skipped(); n > 0 {
			err = fmt.Errorf("%w (%d skipped by the pair checks)", ErrEmpty, n)
		}
		return r.fail(&Error{Doc: r.name, Err: err})
	}
	r.finish()
	r.err = io.EOF
	return io.EOF
}

func (r *Reader) skipped() int {
	n := 0
	for _, p := range r.problems.list {
		if !p.Kept {
			n += p.Count
		}
	}
	return n
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
	var id string // "" for a Transient reader, which does not hash
	if !r.transient {
		id = hex.EncodeToString(r.lines.hash.Sum(nil))
		if r.partner != nil {
			// Two files: the hash of both identities, so that neither
			// file alone (nor the two the other way round) is the same
			// document.
			h := sha256.Sum256([]byte("pair\n" + id + "\n" + hex.EncodeToString(r.partner.hash.Sum(nil)) + "\n"))
			id = hex.EncodeToString(h[:])
		}
	}
	r.doc = Document{
		ID:       id,
		Name:     r.name,
		Format:   r.format,
		Encoding: r.lines.enc,
		Pairs:    r.pos,
		Lines:    r.lines.n,
		Skips:    r.parser.skips(),
		Problems: r.problems.list,
	}
	if n, ok := r.parser.(interface{ name() string }); ok {
		r.doc.Format = n.name()
	}
	if t, ok := r.parser.(interface{ title() string }); ok {
		r.doc.Title = t.title()
	}
	if a, ok := r.parser.(*subtitleAligner); ok {
		r.doc.Offset = a.offset
	}
}

// Document describes the document; it is complete only after Next returned
// io.EOF (before that it is the zero Document).
func (r *Reader) Document() Document { return r.doc }

// Identify returns the identity of a one-file document, as Document.ID
// would be after reading it, and its number of lines, reading it once
// without parsing it: whether a big file was mined before is then known in
// a fraction of the time a full read takes (a million Tatoeba pairs: 0.3 s
// instead of 1.4 s). A line that cannot be decoded is an *Error naming it,
// as from Next; a line that does not parse is found only by reading.
func Identify(name string, r io.Reader, o *Options) (id string, lines int, err error) {
	enc := ""
	if o != nil {
		enc = o.Encoding
	}
	lr := newLinesIn(name, r, enc)
	lr.view = true
	for {
		if _, ok := lr.next(); !ok {
			break
		}
	}
	if lr.err != nil {
		return "", 0, lr.err
	}
	return hex.EncodeToString(lr.hash.Sum(nil)), lr.n, nil
}

// IsHan reports whether r is a Chinese character. The common ideographs
// U+4E00–U+9FFF, most characters of most sentences, are answered without
// unicode's table, which Is reads range by range up to theirs: it runs on
// both sides of every pair read here and, in srs/store, on every character
// of every sentence stored and searched.
func IsHan(r rune) bool {
	switch {
	case r < 0x2E80: // below every Han block: ASCII, Latin, Cyrillic…
		return false
	case r >= 0x4E00 && r <= 0x9FFF: // the common ideographs, first
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// hanCount returns how many runes of s are Chinese characters, and how many
// are letters of any script (Han included). It runs on both sides of every
// pair, four times (the side-order guess and the pair checks, when checking
// and again when mining): ASCII and the common ideographs take the short
// way. The ideographs U+4E00–U+9FFF are the three-byte sequences led by
// 0xE4 to 0xE9 (from 0xE4 0xB8 on): read from the bytes, they skip
// utf8's decoding and unicode's tables, where they were half of reading a
// Tatoeba-like file (0.52 s of 1.18 s, hanCount's own time in a profile of
// three reads of /tmp/big1m.tsv). Eight bytes of ASCII at a time count
// their letters at once (asciiLetters): the English sides were most of
// what was left (0.18 s a read).
func hanCount(s string) (han, letters int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if i+8 <= len(s) {
				if x := load64(s[i : i+8]); x&0x8080808080808080 == 0 {
					letters += asciiLetters(x)
					i += 8
					continue
				}
			}
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				letters++
			}
			i++
			continue
		}
		if 0xE4 <= c && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 &&
			(c != 0xE4 || s[i+1] >= 0xB8) {
			han++
			letters++
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case IsHan(r):
			han++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
		i += size
	}
	return han, letters
}

// load64 returns the first 8 bytes of s (at least 8 long) as a
// little-endian number: one load, the compiler combining the bytes'.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// asciiLetters returns how many of the eight ASCII bytes of x are letters
// (A–Z, a–z), all at once: each byte with bit 0x20 set (upper case to
// lower) is a letter when it is at least 'a' and below '{', which adding
// 0x80-'a' and 0x80-'{' to every byte tells in its top bit (no byte carries
// into the next: they are all below 0x80).
func asciiLetters(x uint64) int {
	const ones = 0x0101010101010101
	y := x | 0x20*ones
	atLeastA := y + (0x80-'a')*ones
	pastZ := y + (0x80-'{')*ones
	return bits.OnesCount64(atLeastA &^ pastZ & (0x80 * ones))
}
