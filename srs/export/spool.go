package export

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"time"
	"unsafe"

	"cika/cards/anki"
)

// The notes of an export are kept encoded, a few hundred bytes each, in
// large byte chunks that the collector never scans, and decoded one at a
// time as the writer asks for them (anki.Source). Held as anki.Notes,
// 70,000 notes took ≈ 140 MB of pointer-laden heap, which the collector
// scanned again and again under the command's memory limit.
//
// A note is three records: its word's own fields (its head, written first,
// so that the words can be let go), its cards' (written by the worker that
// read them) and its example's (written by the example scan), each in the
// spool of the goroutine that wrote it, so that none waits for another.

// spool is an append-only store of records. Bytes once written never
// change, so that decoded strings may point into them.
//
// A spool that may spill (the examples') keeps its first spoolMemory bytes
// in memory; past them, each chunk once full goes to a temporary file, and
// its records are read back one at a time (a fresh buffer each, which the
// decoded strings then point into). Examples are the larger half of the
// notes (the year collection's 70,000: 35 of 47 MB), and the writer reads
// them once, to render the fields; the word records, which it reads two
// or three times (anki.WordSource), stay in memory, where reading costs
// no system call.
type spool struct {
	spills bool     // chunks past spoolMemory go to f
	chunks [][]byte // nil once written to f
	at     []int64  // where in f each chunk written to it starts
	memory int      // bytes of the chunks kept in memory
	f      *os.File // nil until a chunk goes to it
	size   int64    // of f
	remove string   // f's name, if it could not be removed while open
	err    error    // the first error writing f
}

// spoolChunk is the size of a spool's chunks; spoolMemory, how many
// bytes of chunks a spool keeps in memory. (Variables for the tests.)
var (
	spoolChunk  = 1 << 20
	spoolMemory = 4 << 20
)

// record locates a record: the spool, its chunk, where in it and how long.
type record struct{ spool, chunk, off, len uint32 }

// add appends a record to spool number sp (s).
func (s *spool) add(sp int, b []byte) record {
	last := len(s.chunks) - 1
	if last < 0 || cap(s.chunks[last])-len(s.chunks[last]) < len(b) {
		if last >= 0 && s.spills && s.memory >= spoolMemory {
			s.spill(last)
		}
		s.chunks = append(s.chunks, make([]byte, 0, max(spoolChunk, len(b))))
		s.memory += cap(s.chunks[len(s.chunks)-1])
		last++
	}
	c := s.chunks[last]
	r := record{spool: uint32(sp), chunk: uint32(last), off: uint32(len(c)), len: uint32(len(b))}
	s.chunks[last] = append(c, b...)
	return r
}

// spill writes chunk k, full, to the spool's file and lets it go.
func (s *spool) spill(k int) {
	if s.err != nil {
		return
	}
	if s.f == nil {
		if s.f, s.err = os.CreateTemp("", "cika-export-*"); s.err != nil {
			return
		}
		// Gone as soon as closed, however the export ends; where an
		// open file cannot be removed, Close removes it.
		if os.Remove(s.f.Name()) != nil {
			s.remove = s.f.Name()
		}
	}
	for len(s.at) < k {
		s.at = append(s.at, -1) // chunks kept in memory
	}
	c := s.chunks[k]
	if _, err := s.f.Write(c); err != nil {
		s.err = err
		return
	}
	s.at = append(s.at, s.size)
	s.size += int64(len(c))
	s.memory -= cap(c)
	s.chunks[k] = nil
}

// close closes and removes the spool's file.
func (s *spool) close() error {
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	if s.remove != "" {
		if rerr := os.Remove(s.remove); err == nil {
			err = rerr
		}
	}
	s.f = nil
	return err
}

// notes are an export's notes, as spooled records.
type notes struct {
	spools              []*spool
	head, word, example []record // a note's three records; a zero example: none
	hasExample          []bool
}

// spoolErr is the first error writing a spool's file.
func (ns *notes) spoolErr() error {
	for _, s := range ns.spools {
		if s.err != nil {
			return fmt.Errorf("export: spool notes to a temporary file: %w", s.err)
		}
	}
	return nil
}

// close closes the spools' files.
func (ns *notes) close() error {
	var err error
	for _, s := range ns.spools {
		if cerr := s.close(); err == nil {
			err = cerr
		}
	}
	return err
}

// bytes are record r's bytes, which never change.
func (ns *notes) bytes(r record) ([]byte, error) {
	s := ns.spools[r.spool]
	if s.err != nil {
		return nil, fmt.Errorf("export: spool notes to a temporary file: %w", s.err)
	}
	if c := s.chunks[r.chunk]; c != nil {
		return c[r.off : r.off+r.len : r.off+r.len], nil
	}
	b := make([]byte, r.len)
	if _, err := s.f.ReadAt(b, s.at[r.chunk]+int64(r.off)); err != nil {
		return nil, fmt.Errorf("export: read spooled notes: %w", err)
	}
	return b, nil
}

// Len is the number of notes.
func (ns *notes) Len() int { return len(ns.word) }

// Note decodes note i into n, reusing n's slices: its strings stay valid
// as long as the export, its slices only until the next call.
func (ns *notes) Note(i int, n *anki.Note) error {
	if err := ns.NoteWord(i, n); err != nil {
		return err
	}
	if !ns.hasExample[i] {
		n.Parts = nil
		return nil
	}
	b, err := ns.bytes(ns.example[i])
	if err != nil {
		return err
	}
	d := dec{b: b}
	d.example(n)
	return d.err
}

// NoteWord is Note without the example sentence (anki.WordSource).
func (ns *notes) NoteWord(i int, n *anki.Note) error {
	b, err := ns.bytes(ns.head[i])
	if err != nil {
		return err
	}
	d := dec{b: b}
	d.head(n)
	if d.err != nil {
		return d.err
	}
	if b, err = ns.bytes(ns.word[i]); err != nil {
		return err
	}
	d = dec{b: b}
	d.word(n)
	n.Sentence, n.Highlight, n.SentencePinyin, n.Parts = "", anki.Span{}, "", n.Parts[:0]
	n.Translation, n.Source = "", ""
	return d.err
}

// errSpool is a record that does not decode: a bug, not bad input.
var errSpool = errors.New("export: spooled note does not decode")

// enc appends a note's fields to b.
type enc struct{ b []byte }

func (e *enc) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) f64(v float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v)) }
func (e *enc) bool(v bool)   { e.b = append(e.b, b2u(v)) }
func (e *enc) strs(s []string) {
	e.uint(uint64(len(s)))
	for _, v := range s {
		e.str(v)
	}
}

// time keeps the instant, not the location: the writer reads times only
// as instants or in the learner's zone (anki.Options.Now).
func (e *enc) time(t time.Time) {
	if t.IsZero() {
		e.b = append(e.b, 0)
		return
	}
	e.b = append(e.b, 1)
	e.int(t.Unix())
	e.uint(uint64(t.Nanosecond()))
}

func b2u(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// head encodes what a note takes from its word alone.
func (e *enc) head(n *anki.Note) {
	e.str(n.Word)
	e.str(n.Trad)
	e.str(n.Reading)
	e.str(n.Meaning)
	e.strs(n.Others)
	e.strs(n.Tags)
}

// word encodes what a note takes from its cards, and whether its word is
// known.
func (e *enc) word(n *anki.Note) {
	e.wordLogs(n, nil)
}

// wordLogs is word with the cards' review logs given encoded, logs[k] for
// card k (as enc.after writes them one after the other, the form word's
// enc.chained writes too), instead of their Reviews.
func (e *enc) wordLogs(n *anki.Note, logs []cardLog) {
	e.bool(n.Known)
	e.time(n.Added)
	e.uint(uint64(len(n.Cards)))
	for k, c := range n.Cards {
		e.uint(uint64(c.Kind))
		e.schedule(&c.Card)
		e.bool(c.Suspended)
		if logs == nil {
			e.uint(uint64(len(c.Reviews)))
			for k := range c.Reviews {
				e.chained(c.Reviews[:k], &c.Reviews[k])
			}
			continue
		}
		e.uint(uint64(logs[k].n))
		e.b = append(e.b, logs[k].b...)
	}
}

// chained encodes an answer of a card's log, after the answers before: its
// Before is most often the After of the one before, and is then written
// as one byte (a schedule is 45 bytes: 10 MB of the year collection's
// 237,000 reviews).
func (e *enc) chained(before []anki.Answer, r *anki.Answer) {
	var prev *anki.Schedule
	if k := len(before); k > 0 {
		prev = &before[k-1].After
	}
	e.after(prev, r)
}

// after is chained with the After of the answer before, prev (nil for a
// card's first answer).
func (e *enc) after(prev *anki.Schedule, r *anki.Answer) {
	if prev != nil && sameSchedule(prev, &r.Before) {
		e.b = append(e.b, 1)
		e.time(r.Time)
		e.uint(uint64(r.Grade))
		e.int(int64(r.ScheduledDays))
		e.schedule(&r.After)
		e.int(int64(r.Duration))
		return
	}
	e.b = append(e.b, 0)
	e.answer(r)
}

// sameSchedule reports whether a and b decode the same: times are kept
// as instants.
func sameSchedule(a, b *anki.Schedule) bool {
	return a.State == b.State && a.Stability == b.Stability && a.Difficulty == b.Difficulty &&
		a.Step == b.Step && a.Due.Equal(b.Due) && a.LastReview.Equal(b.LastReview) &&
		a.ScheduledDays == b.ScheduledDays && a.Reps == b.Reps && a.Lapses == b.Lapses
}

// answer encodes one entry of a review log.
func (e *enc) answer(r *anki.Answer) {
	e.time(r.Time)
	e.uint(uint64(r.Grade))
	e.int(int64(r.ScheduledDays))
	e.schedule(&r.Before)
	e.schedule(&r.After)
	e.int(int64(r.Duration))
}

func (e *enc) schedule(s *anki.Schedule) {
	e.uint(uint64(s.State))
	e.f64(s.Stability)
	e.f64(s.Difficulty)
	e.int(int64(s.Step))
	e.time(s.Due)
	e.time(s.LastReview)
	e.int(int64(s.ScheduledDays))
	e.int(int64(s.Reps))
	e.int(int64(s.Lapses))
}

// Part flags: the text is the next bytes of the sentence (only its length
// is kept), the part is the note's word.
const (
	partInSentence = 1 << iota
	partTarget
)

// example encodes what a note takes from its example sentence. A part's
// text that continues the sentence is kept as a length.
func (e *enc) example(n *anki.Note) {
	e.str(n.Sentence)
	e.int(int64(n.Highlight.Start))
	e.int(int64(n.Highlight.End))
	e.str(n.SentencePinyin)
	e.str(n.Translation)
	e.str(n.Source)
	e.uint(uint64(len(n.Parts)))
	at := 0
	for _, p := range n.Parts {
		var flags byte
		if p.Target {
			flags |= partTarget
		}
		in := len(n.Sentence)-at >= len(p.Text) && n.Sentence[at:at+len(p.Text)] == p.Text
		if in {
			flags |= partInSentence
		}
		e.b = append(e.b, flags)
		if in {
			e.uint(uint64(len(p.Text)))
			at += len(p.Text)
		} else {
			e.str(p.Text)
		}
		e.str(p.Reading)
	}
}

// dec reads what enc wrote; the first error sticks.
type dec struct {
	b   []byte
	err error
}

func (d *dec) fail() {
	if d.err == nil {
		d.err = errSpool
	}
	d.b = nil
}

func (d *dec) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) int() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) byte() byte {
	if len(d.b) == 0 {
		d.fail()
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

func (d *dec) bool() bool { return d.byte() == 1 }

// str points into the spool, whose bytes never change: no copy.
func (d *dec) str() string {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	if n == 0 {
		return ""
	}
	s := unsafe.String(&d.b[0], int(n))
	d.b = d.b[n:]
	return s
}

func (d *dec) f64() float64 {
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

func (d *dec) strs(s []string) []string {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return s[:0]
	}
	s = s[:0]
	for range n {
		s = append(s, d.str())
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

func (d *dec) time() time.Time {
	if d.byte() == 0 {
		return time.Time{}
	}
	sec := d.int()
	return time.Unix(sec, int64(d.uint())).UTC()
}

func (d *dec) head(n *anki.Note) {
	n.Word = d.str()
	n.Trad = d.str()
	n.Reading = d.str()
	n.Meaning = d.str()
	n.Others = d.strs(n.Others)
	n.Tags = d.strs(n.Tags)
}

func (d *dec) word(n *anki.Note) {
	n.Known = d.bool()
	n.Added = d.time()
	cs := d.uint()
	if cs > uint64(len(d.b)) {
		d.fail()
		return
	}
	// The cards' review logs go into the arrays of the note decoded
	// before (a note's slices are valid only until the next call): the
	// writer decodes every note three times, and the year collection's
	// 237,000 answers were 64 MB of garbage each time.
	before := n.Cards[:cap(n.Cards)]
	n.Cards = n.Cards[:0]
	for k := range cs {
		c := anki.CardState{Kind: anki.Kind(d.uint())}
		d.schedule(&c.Card)
		c.Suspended = d.bool()
		rs := d.uint()
		if rs > uint64(len(d.b)) {
			d.fail()
			return
		}
		var reuse []anki.Answer
		if k < uint64(len(before)) {
			reuse = before[k].Reviews
		}
		if rs > 0 && uint64(cap(reuse)) >= rs {
			c.Reviews = reuse[:rs]
		} else if rs > 0 {
			c.Reviews = make([]anki.Answer, rs)
		}
		for k := range c.Reviews {
			d.chained(c.Reviews[:k], &c.Reviews[k])
		}
		n.Cards = append(n.Cards, c)
	}
	if len(n.Cards) == 0 {
		n.Cards = nil
	}
}

func (d *dec) answer(r *anki.Answer) {
	r.Time = d.time()
	r.Grade = anki.Grade(d.uint())
	r.ScheduledDays = int(d.int())
	d.schedule(&r.Before)
	d.schedule(&r.After)
	r.Duration = time.Duration(d.int())
}

// chained decodes what enc.chained wrote.
func (d *dec) chained(before []anki.Answer, r *anki.Answer) {
	if d.byte() == 0 {
		d.answer(r)
		return
	}
	if len(before) == 0 {
		d.fail()
		return
	}
	r.Time = d.time()
	r.Grade = anki.Grade(d.uint())
	r.ScheduledDays = int(d.int())
	r.Before = before[len(before)-1].After
	d.schedule(&r.After)
	r.Duration = time.Duration(d.int())
}

// answers decodes a card's review log, encoded answer after answer, each
// chained with the one before (enc.after).
func answers(b []byte) ([]anki.Answer, error) {
	var out []anki.Answer
	d := dec{b: b}
	for len(d.b) > 0 && d.err == nil {
		out = append(out, anki.Answer{})
		d.chained(out[:len(out)-1], &out[len(out)-1])
	}
	return out, d.err
}

func (d *dec) schedule(s *anki.Schedule) {
	s.State = anki.State(d.uint())
	s.Stability = d.f64()
	s.Difficulty = d.f64()
	s.Step = int(d.int())
	s.Due = d.time()
	s.LastReview = d.time()
	s.ScheduledDays = int(d.int())
	s.Reps = int(d.int())
	s.Lapses = int(d.int())
}

func (d *dec) example(n *anki.Note) {
	n.Sentence = d.str()
	n.Highlight.Start = int(d.int())
	n.Highlight.End = int(d.int())
	n.SentencePinyin = d.str()
	n.Translation = d.str()
	n.Source = d.str()
	ps := d.uint()
	if ps > uint64(len(d.b)) {
		d.fail()
		return
	}
	n.Parts = n.Parts[:0]
	at := 0
	for range ps {
		flags := d.byte()
		p := anki.Part{Target: flags&partTarget != 0}
		if flags&partInSentence != 0 {
			l := int(d.uint())
			if l > len(n.Sentence)-at {
				d.fail()
				return
			}
			p.Text = n.Sentence[at : at+l]
			at += l
		} else {
			p.Text = d.str()
		}
		p.Reading = d.str()
		n.Parts = append(n.Parts, p)
	}
	if len(n.Parts) == 0 {
		n.Parts = nil
	}
}
