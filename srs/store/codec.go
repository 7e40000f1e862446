package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unsafe"

	"cika/cards"
	"cika/cards/corpus"
	"cika/srs"
)

// Words and pairs are the records read in bulk (`cika words` decodes every
// word, lookup dozens of pairs), so they have a compact binary encoding
// rather than JSON: a version byte, then the fields in order, integers as
// varints and strings as a length and bytes. New fields go at the end: a
// record that ends early decodes them as zero, so old records stay readable
// without a migration.

// Record versions: the first byte of every record.
const (
	codecV1 = 1
	codecV2 = 2 // sentences since schema 4 (encodePair)
)

var errCorrupt = errors.New("corrupt record")

type enc struct{ b []byte }

func (e *enc) int(v int)    { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *enc) str(s string) { e.b = binary.AppendUvarint(e.b, uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}
func (e *enc) dur(d time.Duration) { e.b = binary.AppendVarint(e.b, int64(d)) }

// dec reads a record from a string: the strings it returns are substrings
// of it, so a record costs one copy out of the mmap, not one per field.
type dec struct {
	s   string
	err error
	// senses and strs, when set, are arenas that Met and Senses slices are
	// cut from (Words decodes thousands of records).
	senses []cards.Sense
	strs   []string
	// skipSenses skips Met and Senses when decoding a word.
	skipSenses bool
}

func (d *dec) uvarint() uint64 {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if len(d.s) == 0 {
			d.err = errCorrupt
			return 0
		}
		c := d.s[0]
		d.s = d.s[1:]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	d.err = errCorrupt
	return 0
}

func (d *dec) int() int {
	if d.err != nil || len(d.s) == 0 {
		return 0
	}
	return int(d.int64())
}

func (d *dec) str() string {
	if d.err != nil || len(d.s) == 0 {
		return ""
	}
	l := d.uvarint()
	if d.err != nil || uint64(len(d.s)) < l {
		d.err = errCorrupt
		return ""
	}
	v := d.s[:l]
	d.s = d.s[l:]
	return v
}

func (d *dec) bool() bool {
	if d.err != nil || len(d.s) == 0 {
		return false
	}
	v := d.s[0]
	d.s = d.s[1:]
	return v != 0
}

func (d *dec) dur() time.Duration { return time.Duration(d.int()) }

func (d *dec) version() { d.versionOf(codecV1) }

// versionOf reads the record's version, one of those known.
func (d *dec) versionOf(known ...byte) byte {
	if len(d.s) > 0 {
		for _, v := range known {
			if d.s[0] == v {
				d.s = d.s[1:]
				return v
			}
		}
	}
	d.err = fmt.Errorf("%w: unknown record version", errCorrupt)
	return 0
}

// count reads a slice length, which cannot exceed the bytes left.
func (d *dec) count() int {
	n := d.int()
	if n < 0 || n > len(d.s) {
		d.err = errCorrupt
		return 0
	}
	return n
}

func (d *dec) senseSlice(n int) []cards.Sense {
	if n == 0 {
		return nil
	}
	if cap(d.senses)-len(d.senses) < n {
		return make([]cards.Sense, n)
	}
	l := len(d.senses)
	d.senses = d.senses[:l+n]
	return d.senses[l : l+n : l+n]
}

func (d *dec) strSlice(n int) []string {
	if n == 0 {
		return nil
	}
	if cap(d.strs)-len(d.strs) < n {
		return make([]string, n)
	}
	l := len(d.strs)
	d.strs = d.strs[:l+n]
	return d.strs[l : l+n : l+n]
}

// encodeWord: Word, Trad, Reading, Gloss, Met (n, then gloss+count each),
// Senses (n, then each), Count, Pairs, First.Doc, First.Line, Name.
func encodeWord(w *cards.Word) []byte {
	e := enc{b: make([]byte, 0, 128)}
	e.b = append(e.b, codecV1)
	e.str(w.Word)
	e.str(w.Trad)
	e.str(w.Reading)
	e.str(w.Gloss)
	e.int(len(w.Met))
	for _, s := range w.Met {
		e.str(s.Gloss)
		e.int(s.Count)
	}
	e.int(len(w.Senses))
	for _, s := range w.Senses {
		e.str(s)
	}
	e.int(w.Count)
	e.int(w.Pairs)
	e.str(w.First.Doc)
	e.int(w.First.Line)
	e.bool(w.Name)
	return e.b
}

func decodeWord(b []byte) (cards.Word, error) {
	d := dec{s: string(b)}
	var w cards.Word
	d.word(&w)
	return w, d.err
}

// decodeWordHead decodes a word without its Met and Senses, read in place
// and copying only the strings it keeps: a lookup sorts hundreds of
// matches by their counts to show ten.
func decodeWordHead(b []byte) (cards.Word, error) {
	d := dec{s: unsafeString(b), skipSenses: true}
	var w cards.Word
	d.word(&w)
	w.Word, w.Reading, w.Gloss, w.First.Doc = strings.Clone(w.Word), strings.Clone(w.Reading),
		strings.Clone(w.Gloss), strings.Clone(w.First.Doc)
	if w.Trad == w.Word {
		w.Trad = w.Word
	} else {
		w.Trad = strings.Clone(w.Trad)
	}
	return w, d.err
}

func (d *dec) word(w *cards.Word) {
	d.version()
	w.Word = d.str()
	w.Trad = d.str()
	w.Reading = d.str()
	w.Gloss = d.str()
	if d.skipSenses {
		w.Met, w.Senses = nil, nil
		for n := d.count(); n > 0; n-- {
			d.str()
			d.int()
		}
		for n := d.count(); n > 0; n-- {
			d.str()
		}
	} else {
		w.Met = d.senseSlice(d.count())
		for i := range w.Met {
			w.Met[i] = cards.Sense{Gloss: d.str(), Count: d.int()}
		}
		w.Senses = d.strSlice(d.count())
		for i := range w.Senses {
			w.Senses[i] = d.str()
		}
	}
	w.Count = d.int()
	w.Pairs = d.int()
	w.First.Doc = d.str()
	w.First.Line = d.int()
	w.Name = d.bool()
}

// encodePair (codecV2): ZH, EN, Line, Pos, Speaker, Cue, Start, End,
// Attribution, Parts: their number n, then, if n > 0, a byte that is 1 when
// the parts' texts put end to end give ZH (as the analysis makes them), and
// for each part a flags byte (partFlags), its text (only its length when the
// texts give ZH), and the word, reading and gloss its flags announce. A
// part's word is usually its text (simplified text): then it is not
// repeated. Sentences are most of a collection's bytes (a million pairs:
// 650 MB with codecV1, which stored four strings a part), and mining
// writes every one of them. The document is the key's first half; Doc is
// filled in from it when read. codecV1 records (no flags, four strings a
// part) are still read.
func encodePair(s *cards.Sentence) []byte { return appendPair(nil, s) }

// appendPair appends the record of s (encodePair) to b, growing b at
// most once.
func appendPair(b []byte, s *cards.Sentence) []byte {
	size := 32 + len(s.ZH) + len(s.EN) + len(s.Speaker) + len(s.Attribution)
	whole := 0
	for _, p := range s.Parts {
		size += 4 + len(p.Reading) + len(p.Gloss)
		if p.Word != p.Text {
			size += len(p.Word)
		}
		whole += len(p.Text)
	}
	inZH := whole == len(s.ZH)
	if inZH {
		at := 0
		for _, p := range s.Parts {
			if s.ZH[at:at+len(p.Text)] != p.Text {
				inZH = false
				break
			}
			at += len(p.Text)
		}
	}
	if !inZH {
		size += whole
	}
	e := enc{b: slices.Grow(b, size)}
	e.b = append(e.b, codecV2)
	e.str(s.ZH)
	e.str(s.EN)
	e.int(s.Line)
	e.int(s.Pos)
	e.str(s.Speaker)
	e.int(s.Cue)
	e.dur(s.Start)
	e.dur(s.End)
	e.str(s.Attribution)
	e.int(len(s.Parts))
	if len(s.Parts) == 0 {
		return e.b
	}
	e.bool(inZH)
	for _, p := range s.Parts {
		var f partFlags
		switch {
		case p.Word == "":
		case p.Word == p.Text:
			f |= wordIsText
		default:
			f |= wordGiven
		}
		if p.Reading != "" {
			f |= readingGiven
		}
		if p.Gloss != "" {
			f |= glossGiven
		}
		e.b = append(e.b, byte(f))
		if inZH {
			e.b = binary.AppendUvarint(e.b, uint64(len(p.Text)))
		} else {
			e.str(p.Text)
		}
		if f&wordGiven != 0 {
			e.str(p.Word)
		}
		if f&readingGiven != 0 {
			e.str(p.Reading)
		}
		if f&glossGiven != 0 {
			e.str(p.Gloss)
		}
	}
	return e.b
}

// partFlags say what a codecV2 part record holds.
type partFlags byte

const (
	wordIsText   partFlags = 1 << iota // the word is the part's text
	wordGiven                          // the word follows
	readingGiven                       // the reading follows
	glossGiven                         // the gloss follows
)

func decodePair(b []byte) (cards.Sentence, error) {
	var s cards.Sentence
	err := decodePairInto(string(b), &s)
	return s, err
}

// decodePairInto decodes record rec into s, reusing the array of s.Parts:
// a search decodes hundreds of pairs and keeps none of them. The strings
// of s are substrings of rec.
func decodePairInto(rec string, s *cards.Sentence) error {
	d := dec{s: rec}
	v := d.versionOf(codecV1, codecV2)
	parts := s.Parts[:0]
	*s = cards.Sentence{}
	s.Pair = corpus.Pair{ZH: d.str(), EN: d.str()}
	s.Line = d.int()
	s.Pos = d.int()
	s.Speaker = d.str()
	s.Cue = d.int()
	s.Start = d.dur()
	s.End = d.dur()
	s.Attribution = d.str()
	n := d.count()
	if n == 0 || d.err != nil {
		return d.err
	}
	if cap(parts) < n {
		parts = make([]cards.Part, n)
	}
	s.Parts = parts[:n]
	if v == codecV1 {
		for i := range s.Parts {
			s.Parts[i] = cards.Part{Text: d.str(), Word: d.str(), Reading: d.str(), Gloss: d.str()}
		}
		return d.err
	}
	inZH, zh := d.bool(), s.ZH
	for i := range s.Parts {
		if d.err != nil || len(d.s) == 0 {
			d.err = errCorrupt
			break
		}
		f := partFlags(d.s[0])
		d.s = d.s[1:]
		p := &s.Parts[i]
		*p = cards.Part{}
		if inZH {
			l := d.uvarint()
			if l > uint64(len(zh)) {
				d.err = errCorrupt
				break
			}
			p.Text, zh = zh[:l], zh[l:]
		} else {
			p.Text = d.str()
		}
		switch {
		case f&wordIsText != 0 && f&wordGiven != 0, f >= glossGiven<<1:
			d.err = errCorrupt
		case f&wordIsText != 0:
			p.Word = p.Text
		case f&wordGiven != 0:
			p.Word = d.str()
		}
		if f&readingGiven != 0 {
			p.Reading = d.str()
		}
		if f&glossGiven != 0 {
			p.Gloss = d.str()
		}
	}
	if d.err == nil && inZH && zh != "" {
		d.err = errCorrupt
	}
	return d.err
}

// Key encodings.

func u32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

// timeKey orders times as big-endian bytes: Unix nanoseconds with the sign bit
// flipped; the zero time is 0.
func timeKey(t time.Time) []byte {
	if t.IsZero() {
		return u64(0)
	}
	return u64(uint64(t.UnixNano()) ^ 1<<63)
}

func keyTime(b []byte) time.Time {
	v := binary.BigEndian.Uint64(b)
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(0, int64(v^1<<63))
}

// join builds a composite key: parts separated by sep.
func join(parts ...[]byte) []byte {
	n := len(parts) - 1
	for _, p := range parts {
		n += len(p)
	}
	k := make([]byte, 0, n)
	for i, p := range parts {
		if i > 0 {
			k = append(k, sep)
		}
		k = append(k, p...)
	}
	return k
}

// prefix is a composite key's first part followed by the separator, for
// scanning every key that starts with it.
func prefix(first string) []byte { return append([]byte(first), sep) }

// unsafeString views b as a string. b must not change while the string is
// used: Words uses it on arena chunks that are only ever appended to,
// ViewWords on the memory map during a read transaction.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// Cards.
//
// A card was a JSON object until schema 4 (≈ 290 bytes); it is now a binary
// record of ≈ 50 (codecV1, then the fields below), which matters when a big
// document's final transaction writes 100,000 new cards at once. The word
// and kind are the record's key, so they are not repeated. JSON records are
// still read (they begin with '{'), and become binary when next written.

func (e *enc) time(t time.Time) {
	if t.IsZero() {
		e.b = append(e.b, 0)
		return
	}
	e.b = append(e.b, 1)
	e.b = binary.AppendVarint(e.b, t.UnixNano())
}

func (e *enc) float(f float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(f)) }

func (d *dec) time() time.Time {
	if !d.bool() {
		return time.Time{}
	}
	return time.Unix(0, int64(d.int64())).UTC()
}

func (d *dec) int64() int64 {
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

func (d *dec) float() float64 {
	if d.err != nil || len(d.s) < 8 {
		d.err = errCorrupt
		return 0
	}
	v := binary.LittleEndian.Uint64([]byte(d.s[:8]))
	d.s = d.s[8:]
	return math.Float64frombits(v)
}

// encodeCard: State, Stability, Difficulty, Step, Due, LastReview,
// ScheduledDays, Reps, Lapses, Seed, Suspended, BuriedUntil, Added.
func encodeCard(c *Card) []byte {
	e := enc{b: make([]byte, 0, 64)}
	e.b = append(e.b, codecV1)
	e.int(int(c.State))
	e.float(c.Stability)
	e.float(c.Difficulty)
	e.int(c.Step)
	e.time(c.Due)
	e.time(c.LastReview)
	e.int(c.ScheduledDays)
	e.int(c.Reps)
	e.int(c.Lapses)
	e.b = binary.AppendUvarint(e.b, c.Seed)
	e.bool(c.Suspended)
	e.time(c.BuriedUntil)
	e.time(c.Added)
	return e.b
}

// decodeCardJSON reads a card stored before schema 4.
func decodeCardJSON(k CardKey, raw []byte) (Card, error) {
	var c Card
	if err := json.Unmarshal(raw, &c); err != nil {
		return Card{}, fmt.Errorf("card %s: %w", k, err)
	}
	if c.Key() != k {
		return Card{}, fmt.Errorf("card %s: %w: stored under %s", c.Key(), errCorrupt, k)
	}
	return c, nil
}

// decodeCard reads the card stored under key (binary or, from before
// schema 4, JSON).
func decodeCard(key, raw []byte) (Card, error) {
	k, err := cardKeyOf(key)
	if err != nil {
		return Card{}, err
	}
	return decodeCardOf(k, raw)
}

// decodeCardOf reads the card stored under k.
func decodeCardOf(k CardKey, raw []byte) (Card, error) {
	if len(raw) > 0 && raw[0] == '{' {
		return decodeCardJSON(k, raw)
	}
	// c stays on the stack (decoding 5,000 cards allocates no Card), and
	// a card keeps no string of its record.
	var c Card
	d := dec{s: unsafeString(raw)}
	d.version()
	c.Word, c.Kind = k.Word, k.Kind
	c.State = srs.State(d.int())
	c.Stability = d.float()
	c.Difficulty = d.float()
	c.Step = d.int()
	c.Due = d.time()
	c.LastReview = d.time()
	c.ScheduledDays = d.int()
	c.Reps = d.int()
	c.Lapses = d.int()
	c.Seed = d.uvarint()
	c.Suspended = d.bool()
	c.BuriedUntil = d.time()
	c.Added = d.time()
	if d.err != nil {
		return Card{}, fmt.Errorf("card %s: %w", k, d.err)
	}
	return c, nil
}
