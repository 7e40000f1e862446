// Package dict is CC-CEDICT, the open Chinese–English dictionary, embedded
// in the binary and parsed into entries that can be looked up by simplified
// or traditional headword.
//
// The embedded file is cedict_ts.u8 exactly as MDBG publishes it, header
// included (CC BY-SA 4.0, https://cc-cedict.org/wiki/), uncompressed: the
// parsed entries point into the binary's read-only data instead of a
// decompressed copy on the heap (gunzip was a quarter of the analyzer's
// start-up CPU, and the copy 2,400 page faults). Parsing keeps every
// entry and every sense; the structured bits inside senses (measure words,
// variant references, alternative pronunciations, surnames) are read on
// demand by methods of Entry so that loading stays fast.
package dict

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"cika/cards/internal/pages"
)

//go:embed cedict_ts.u8
var cedict string

// ErrSyntax is wrapped by the errors Parse returns for a malformed line.
var ErrSyntax = errors.New("malformed CC-CEDICT line")

// Entry is one line of CC-CEDICT: a headword in both scripts, its reading
// and its senses. A headword with several readings (行 hang2, 行 xing2) has
// one Entry per reading.
type Entry struct {
	// Trad and Simp are the traditional and simplified headwords.
	Trad, Simp string
	// Pinyin is the reading as the dictionary gives it, numeric tones with 5
	// for the neutral tone, syllables separated by spaces, "u:" written "ü",
	// capitalised for proper names: "jue2 de5", "Bei3 jing1", "lü4".
	Pinyin string
	// defs is the text between the first and the last slash, senses
	// separated by "/".
	defs string
	// Line is the line number in the dictionary file (1-based).
	Line int
}

// Senses returns the senses of the entry in dictionary order.
func (e *Entry) Senses() []string {
	if e.defs == "" {
		return nil
	}
	ss := strings.Split(e.defs, "/")
	out := ss[:0]
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// SensesSeq yields the senses of the entry as Senses returns them,
// without making their slice: for a caller that reads the senses of many
// entries once each (the words around a character, cards/zh's family
// vote), the slices were a seventh of the analyzer's allocations.
func (e *Entry) SensesSeq() iter.Seq[string] {
	return func(yield func(string) bool) {
		for s := range strings.SplitSeq(e.defs, "/") {
			if s = strings.TrimSpace(s); s != "" && !yield(s) {
				return
			}
		}
	}
}

// Reading is Pinyin in lower case: the form used on cards and as part of a
// note's identity ("bei3 jing1").
func (e *Entry) Reading() string {
	for i := 0; i < len(e.Pinyin); i++ {
		if c := e.Pinyin[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(e.Pinyin)
		}
	}
	return e.Pinyin
}

// Dict is the parsed dictionary. It is read-only after Load or Parse and safe
// for concurrent use.
type Dict struct {
	// Entries are all entries in file order.
	Entries []Entry
	// Header is the comment block at the top of the file (licence, version,
	// date), with its "# " prefixes.
	Header string

	bySimp headIndex // every entry by simplified headword
	byTrad headIndex // the entries whose traditional headword differs, by it
	ready  func()    // builds bySimp and byTrad if not yet done
}

var (
	loadOnce sync.Once
	loaded   *Dict
	loadErr  error
)

// Load parses the embedded CC-CEDICT. The result is shared: the file is
// parsed once per process. The lookup indexes are built by the first
// lookup (≈ 50 ms on two cores): a caller with indexes of its own, as
// cards/zh's lexicon is, never pays for them.
func Load() (*Dict, error) {
	loadOnce.Do(func() { loaded, loadErr = New() })
	return loaded, loadErr
}

// New parses the embedded CC-CEDICT as Load does, into a dictionary of the
// caller's own, which the garbage collector takes back (≈ 35 MB) once the
// caller drops it. Its strings are substrings of the embedded text.
func New() (*Dict, error) {
	d, err := parse(cedict, true)
	if err != nil {
		return nil, fmt.Errorf("embedded CC-CEDICT: %w", err)
	}
	return d, nil
}

// Parse reads a dictionary in CC-CEDICT's format (UTF-8 text, "#" comment
// lines, then one `TRAD SIMP [pin1 yin1] /sense/sense/` entry per line). A
// malformed line is an error naming the line.
func Parse(r io.Reader) (*Dict, error) {
	data, err := io.ReadAll(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	return parse(string(data), false)
}

// parse parses a whole file held in memory.
func parse(data string, lazy bool) (*Dict, error) {
	p := newParser(data, lazy)
	if err := p.feed(data); err != nil {
		return nil, err
	}
	return p.finish(), nil
}

// parser turns complete lines into entries, keeping every string a
// substring of its input so that loading allocates little.
type parser struct {
	d        *Dict
	header   strings.Builder
	inHeader bool
	lineNo   int
	lazy     bool // build the lookup indexes on the first lookup
}

// newParser returns a parser for data, with room for an entry per line.
func newParser(data string, lazy bool) *parser {
	es := make([]Entry, 0, strings.Count(data, "\n")+1)
	pages.Touch(es) // the collector may scan it before it is filled
	return &parser{d: &Dict{Entries: es}, inHeader: true, lazy: lazy}
}

// feed parses data, which holds whole lines (the last may lack its "\n").
func (p *parser) feed(data string) error {
	for data != "" {
		p.lineNo++
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		line = strings.TrimSuffix(line, "\r")
		if p.lineNo == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.HasPrefix(line, "#") {
			if p.inHeader {
				p.header.WriteString(line)
				p.header.WriteByte('\n')
			}
			continue
		}
		p.inHeader = false
		if blank(line) {
			continue
		}
		// Parsed in place: an entry returned and then appended was
		// copied twice (80 bytes, a tenth of parsing).
		p.d.Entries = append(p.d.Entries, Entry{Line: p.lineNo})
		if err := parseLine(&p.d.Entries[len(p.d.Entries)-1], line); err != nil {
			p.d.Entries = p.d.Entries[:len(p.d.Entries)-1]
			return fmt.Errorf("line %d: %w", p.lineNo, err)
		}
	}
	return nil
}

// finish builds the lookup indexes, or when lazy arranges for the first
// lookup to build them.
func (p *parser) finish() *Dict {
	d := p.d
	d.Header = p.header.String()
	simp := func(e *Entry) (string, bool) { return e.Simp, true }
	trad := func(e *Entry) (string, bool) { return e.Trad, e.Trad != e.Simp }
	build := func() {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			d.byTrad.build(d.Entries, trad)
		}()
		d.bySimp.build(d.Entries, simp)
		wg.Wait()
	}
	if p.lazy {
		d.ready = sync.OnceFunc(build)
	} else {
		build()
		d.ready = func() {}
	}
	return d
}

// headIndex finds the entries of a headword: a hash table with open
// addressing whose slots hold a hash and a group number, the groups being
// windows of order (entries sharing the headword, in file order). Only
// order holds pointers, one per entry, so that the garbage collector has
// little to scan in an index of 120,000 headwords.
type headIndex struct {
	slots  []uint64 // hash<<32 | group+1; 0 for an empty slot
	groups []int32  // group g is order[groups[g]:groups[g+1]]
	order  []*Entry // the indexed entries, group after group
	key    func(*Entry) (string, bool)
	seed   maphash.Seed
}

// build indexes the entries of es for which key says true, by that key.
func (x *headIndex) build(es []Entry, key func(*Entry) (string, bool)) {
	x.key, x.seed = key, maphash.MakeSeed()
	n := 0
	for i := range es {
		if _, ok := key(&es[i]); ok {
			n++
		}
	}
	size := 1024
	for size < 2*n {
		size *= 2
	}
	x.slots = make([]uint64, size)
	pages.Touch(x.slots)         // probed before written
	of := make([]int32, len(es)) // group of each entry, -1 if not indexed
	// The first entry and size of each group, at most one a keyed entry
	// (grown by append, they copied and faulted 1,400 pages).
	firsts, counts := make([]int32, 0, n), make([]int32, 0, n)
	mask := len(x.slots) - 1
	for i := range es {
		k, ok := key(&es[i])
		if !ok {
			of[i] = -1
			continue
		}
		h := x.hash(k)
		g := int32(-1)
		for j := int(h) & mask; ; j = (j + 1) & mask {
			s := x.slots[j]
			if s == 0 {
				g = int32(len(firsts))
				x.slots[j] = uint64(h)<<32 | uint64(g+1)
				firsts, counts = append(firsts, int32(i)), append(counts, 0)
				break
			}
			if uint32(s>>32) == h {
				if fk, _ := key(&es[firsts[s&0xFFFFFFFF-1]]); fk == k {
					g = int32(s&0xFFFFFFFF - 1)
					break
				}
			}
		}
		counts[g]++
		of[i] = g
	}
	x.groups = make([]int32, len(counts)+1)
	for g, c := range counts {
		x.groups[g+1] = x.groups[g] + c
	}
	x.order = make([]*Entry, x.groups[len(counts)])
	fill := counts[:0] // next free place of each group in order
	fill = append(fill, x.groups[:len(x.groups)-1]...)
	for i, g := range of {
		if g >= 0 {
			x.order[fill[g]] = &es[i]
			fill[g]++
		}
	}
}

func (x *headIndex) hash(k string) uint32 { return uint32(maphash.String(x.seed, k)) }

// get returns the entries of key k in file order, nil if none. The slice
// is shared, with its capacity cut so that append copies.
func (x *headIndex) get(k string) []*Entry {
	if len(x.slots) == 0 {
		return nil
	}
	h := x.hash(k)
	mask := len(x.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return nil
		}
		if uint32(s>>32) == h {
			g := s&0xFFFFFFFF - 1
			es := x.order[x.groups[g]:x.groups[g+1]:x.groups[g+1]]
			if fk, _ := x.key(es[0]); fk == k {
				return es
			}
		}
	}
}

// each calls f for every group, in the order of their first entries.
func (x *headIndex) each(f func(word string, entries []*Entry)) {
	for g := 0; g+1 < len(x.groups); g++ {
		es := x.order[x.groups[g]:x.groups[g+1]:x.groups[g+1]]
		k, _ := x.key(es[0])
		f(k, es)
	}
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// blank reports whether line is empty or white space only. Most lines
// start with a Han character, which answers at once, where TrimSpace,
// meeting a byte not ASCII first, went the slow way of TrimFunc.
func blank(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	return line == "" || unicode.IsSpace(r) && strings.TrimSpace(line) == ""
}

// parseLine parses `TRAD SIMP [pin1 yin1] /sense/sense/` into e.
func parseLine(e *Entry, line string) error {
	sp := strings.IndexByte(line, ' ')
	if sp <= 0 {
		return fmt.Errorf("%w: no space after the traditional headword", ErrSyntax)
	}
	e.Trad, line = line[:sp], line[sp+1:]
	sp = strings.IndexByte(line, ' ')
	if sp <= 0 {
		return fmt.Errorf("%w: no space after the simplified headword", ErrSyntax)
	}
	e.Simp, line = line[:sp], line[sp+1:]
	if !strings.HasPrefix(line, "[") {
		return fmt.Errorf("%w: no [pinyin] after the headwords", ErrSyntax)
	}
	end := strings.IndexByte(line, ']')
	if end < 0 {
		return fmt.Errorf("%w: unterminated [pinyin]", ErrSyntax)
	}
	e.Pinyin, line = NormalizePinyin(strings.TrimSpace(line[1:end])), strings.TrimSpace(line[end+1:])
	if len(line) < 2 || line[0] != '/' || line[len(line)-1] != '/' {
		return fmt.Errorf("%w: senses must be written /like/this/", ErrSyntax)
	}
	e.defs = line[1 : len(line)-1]
	if e.Pinyin == "" {
		return fmt.Errorf("%w: empty [pinyin]", ErrSyntax)
	}
	return nil
}

// NormalizePinyin rewrites CC-CEDICT's "u:" for ü: "nu:3" → "nü3",
// "Lu:4" → "Lü4". Case, tone numbers and spacing are kept.
func NormalizePinyin(p string) string {
	if strings.IndexByte(p, ':') < 0 { // (one search, where two for "u:" and "U:" were 4 % of parsing)
		return p
	}
	return umlaut.Replace(p)
}

// umlaut is NormalizePinyin's replacer, built once: building one per call
// cost 5 % of loading the dictionary (1,252 lines have "u:").
var umlaut = strings.NewReplacer("u:", "ü", "U:", "Ü")

// Lookup returns the entries whose simplified or traditional headword is
// word, simplified matches first, in file order. The slice is shared: do not
// modify it.
func (d *Dict) Lookup(word string) []*Entry {
	d.ready()
	s := d.bySimp.get(word)
	t := d.byTrad.get(word)
	switch {
	case len(t) == 0:
		return s
	case len(s) == 0:
		return t
	}
	out := make([]*Entry, 0, len(s)+len(t))
	out = append(out, s...)
	for _, e := range t {
		if e.Simp != word {
			out = append(out, e)
		}
	}
	return out
}

// Index returns the position of e in d.Entries. e must point into
// d.Entries (as every entry that d's lookups return does).
func (d *Dict) Index(e *Entry) int {
	return int((uintptr(unsafe.Pointer(e)) - uintptr(unsafe.Pointer(unsafe.SliceData(d.Entries)))) / unsafe.Sizeof(Entry{}))
}

// EmbeddedOffset returns the byte offset of s in the embedded CC-CEDICT
// text when s lies inside it, as every headword, reading and sense of a
// dictionary from Load or New does (they are substrings of it). It looks
// at where s is, never at what it says: a caller can key what it learns
// about a sense by its position without reading the text again (the
// dictionary is 10 MB, and reading a sense is a cache miss). A string
// elsewhere, or empty, gives false.
func EmbeddedOffset(s string) (int, bool) {
	base := uintptr(unsafe.Pointer(unsafe.StringData(cedict)))
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	if s == "" || len(s) > len(cedict) || p < base || p-base > uintptr(len(cedict)-len(s)) {
		return 0, false
	}
	return int(p - base), true
}

// Simplified returns the entries whose simplified headword is word.
func (d *Dict) Simplified(word string) []*Entry { d.ready(); return d.bySimp.get(word) }

// Traditional returns the entries whose traditional headword is word (and
// differs from the simplified one; for words written the same in both
// scripts use Simplified or Lookup).
func (d *Dict) Traditional(word string) []*Entry { d.ready(); return d.byTrad.get(word) }

// Has reports whether word is a headword in either script.
func (d *Dict) Has(word string) bool {
	d.ready()
	return len(d.bySimp.get(word)) > 0 || len(d.byTrad.get(word)) > 0
}

// MaxLen is the length in runes of the longest headword. It reads every
// headword: nothing in cika asks it, and finding it while parsing was 4 %
// of the analyzer's start-up.
func (d *Dict) MaxLen() int {
	n := 0
	for i := range d.Entries {
		e := &d.Entries[i]
		n = max(n, runeCount(e.Simp), runeCount(e.Trad))
	}
	return n
}

// Headwords calls f for every distinct headword (simplified, then
// traditional forms that differ) with its entries, in the order of their
// first entries in the file.
func (d *Dict) Headwords(f func(word string, entries []*Entry)) {
	d.ready()
	d.bySimp.each(f)
	d.byTrad.each(func(w string, es []*Entry) {
		if len(d.bySimp.get(w)) == 0 {
			f(w, es)
		}
	})
}
