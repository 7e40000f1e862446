package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"time"

	"cika/srs"

	bolt "go.etcd.io/bbolt"
)

// The review log is stored in binary since schema 12 (encodeReview, about
// 110 bytes a review), as JSON before (json.Marshal of an srs.ReviewLog,
// ≈ 600 bytes). The year collection's 237,000 reviews took 141 MB of
// pages scattered over the file, and touching them was most of the 4 s an
// export with progress spent reading the log; its stats and review
// start-up read the same pages.
//
// A binary record starts with reviewBinary, which no JSON text does. It
// decodes to exactly what the same review written as JSON decoded to:
// times with their zone offset, restored as time.Time's UnmarshalJSON
// restores them (UTC for offset 0, time.Local if its offset then matches,
// else a fixed zone). A review whose JSON would not give it back the same
// (a zone offset that is not whole minutes) or that JSON refuses (a year
// past 9999, NaN) is still written as JSON, to the same bytes or error.
//
// JSON records (of older collections before migration 11→12, or written
// as said above) are read by decodeReview's parser of the exact form
// json.Marshal writes; anything else (another field order, spaces,
// escapes, a record of an older version with fewer fields, a corrupt one)
// goes to json.Unmarshal, so that every JSON record decodes as
// json.Unmarshal decodes it, to the same values or the same error.

// binaryReviews rewrites the review log in binary (migration 11→12): the
// records are read, each JSON one encoded again, and the bucket made anew
// with them, in key order, pages filled. A record that binary would not
// give back alike stays JSON; one that does not decode stays as it is, to
// fail as it did. Rewritten in place, each of the year collection's 35,000
// leaves was spilled to a page of its own at the commit, and the Update
// held 350 MB; made anew, its new pages are about a sixth of that.
func binaryReviews(tx *bolt.Tx) error {
	// The records, keys and values, one after the other in one buffer:
	// the new bucket's values point into it until the commit.
	var buf []byte
	var ends []int // of each key and value in buf
	err := tx.Bucket(bucketReviews).ForEach(func(k, v []byte) error {
		buf = append(buf, k...)
		ends = append(ends, len(buf))
		nv := v
		if len(v) == 0 || v[0] != reviewBinary {
			var l srs.ReviewLog
			if decodeReview(v, &l) == nil {
				if b, err := encodeReview(&l); err == nil {
					nv = b
				}
			}
		}
		buf = append(buf, nv...)
		ends = append(ends, len(buf))
		return nil
	})
	if err != nil {
		return err
	}
	if err := tx.DeleteBucket(bucketReviews); err != nil {
		return err
	}
	b, err := tx.CreateBucket(bucketReviews)
	if err != nil {
		return err
	}
	b.FillPercent = 1 // written in key order
	for i, at := 0, 0; i < len(ends); i += 2 {
		k, v := buf[at:ends[i]], buf[ends[i]:ends[i+1]:ends[i+1]]
		if err := b.Put(k, v); err != nil {
			return err
		}
		at = ends[i+1]
	}
	return nil
}

// reviewBinary is the first byte of a binary review record.
const reviewBinary = 0x01

// errReviewRecord is a binary review record that does not decode.
var errReviewRecord = errors.New("corrupt binary review record")

// encodeReview is how a review is stored: in binary, or as JSON where
// binary would not decode to what JSON did (see above).
func encodeReview(l *srs.ReviewLog) ([]byte, error) {
	if !binaryReview(l) {
		return json.Marshal(l)
	}
	b := make([]byte, 0, 128)
	b = append(b, reviewBinary)
	b = appendTime(b, l.Time)
	b = append(b, byte(l.Grade))
	b = binary.AppendVarint(b, int64(l.ElapsedDays))
	b = binary.AppendVarint(b, int64(l.ScheduledDays))
	b = appendCard(b, &l.Before)
	b = appendCard(b, &l.After)
	b = binary.AppendVarint(b, int64(l.Duration))
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(l.Retrievability)), nil
}

func appendCard(b []byte, c *srs.Card) []byte {
	b = append(b, byte(c.State))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Stability))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Difficulty))
	b = binary.AppendVarint(b, int64(c.Step))
	b = appendTime(b, c.Due)
	b = appendTime(b, c.LastReview)
	b = binary.AppendVarint(b, int64(c.ScheduledDays))
	b = binary.AppendVarint(b, int64(c.Reps))
	b = binary.AppendVarint(b, int64(c.Lapses))
	return binary.LittleEndian.AppendUint64(b, c.Seed)
}

// appendTime keeps the instant and the zone offset in minutes.
func appendTime(b []byte, t time.Time) []byte {
	_, off := t.Zone()
	b = binary.AppendVarint(b, t.Unix())
	b = binary.AppendUvarint(b, uint64(t.Nanosecond()))
	return binary.AppendVarint(b, int64(off/60))
}

// binaryReview reports whether a review's binary form decodes to what its
// JSON did: every time JSON writes (a year of 0-9999, an offset under 24
// hours) in whole minutes of offset, every float finite.
func binaryReview(l *srs.ReviewLog) bool {
	timeOK := func(t time.Time) bool {
		_, off := t.Zone()
		y := t.Year()
		return off%60 == 0 && off > -24*3600 && off < 24*3600 && y >= 0 && y <= 9999
	}
	finite := func(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
	cardOK := func(c *srs.Card) bool {
		return finite(c.Stability) && finite(c.Difficulty) && timeOK(c.Due) && timeOK(c.LastReview)
	}
	return timeOK(l.Time) && finite(l.Retrievability) && cardOK(&l.Before) && cardOK(&l.After)
}

// binaryReader reads a binary review record; the first error sticks.
type binaryReader struct {
	b  []byte
	ok bool
}

func (r *binaryReader) byte() byte {
	if len(r.b) == 0 {
		r.ok = false
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

func (r *binaryReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.ok = false
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *binaryReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.ok = false
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *binaryReader) u64() uint64 {
	if len(r.b) < 8 {
		r.ok = false
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

func (r *binaryReader) float() float64 { return math.Float64frombits(r.u64()) }

// time restores a time as UnmarshalJSON does from its RFC 3339 text.
func (r *binaryReader) time() time.Time {
	sec, nsec, off := r.varint(), r.uvarint(), r.varint()
	if !r.ok || nsec >= 1e9 || off <= -24*60 || off >= 24*60 {
		r.ok = false
		return time.Time{}
	}
	t := time.Unix(sec, int64(nsec))
	if off == 0 {
		return t.UTC()
	}
	if _, local := t.Zone(); local == int(off)*60 {
		return t
	}
	return t.In(time.FixedZone("", int(off)*60))
}

func (r *binaryReader) card(c *srs.Card) {
	c.State = srs.State(r.byte())
	c.Stability = r.float()
	c.Difficulty = r.float()
	c.Step = int(r.varint())
	c.Due = r.time()
	c.LastReview = r.time()
	c.ScheduledDays = int(r.varint())
	c.Reps = int(r.varint())
	c.Lapses = int(r.varint())
	c.Seed = r.u64()
}

// decodeBinary decodes a binary review record (its first byte,
// reviewBinary, already checked).
func decodeBinary(v []byte, l *srs.ReviewLog) error {
	r := binaryReader{b: v[1:], ok: true}
	l.Time = r.time()
	l.Grade = srs.Grade(r.byte())
	l.ElapsedDays = int(r.varint())
	l.ScheduledDays = int(r.varint())
	r.card(&l.Before)
	r.card(&l.After)
	l.Duration = time.Duration(r.varint())
	l.Retrievability = r.float()
	if !r.ok || len(r.b) > 0 {
		*l = srs.ReviewLog{}
		return errReviewRecord
	}
	return nil
}

// decodeReview decodes a stored review into *log: a binary record, or JSON
// as json.Unmarshal into a zero srs.ReviewLog would.
func decodeReview(v []byte, log *srs.ReviewLog) error {
	*log = srs.ReviewLog{}
	if len(v) > 0 && v[0] == reviewBinary {
		return decodeBinary(v, log)
	}
	p := reviewParser{s: v}
	if p.review(log) && len(p.s) == 0 {
		return nil
	}
	*log = srs.ReviewLog{}
	return json.Unmarshal(v, log)
}

// reviewParser reads json.Marshal's form of a review from s. Each method
// returns false, leaving what it filled half done, at the first byte that
// is not where that form puts it.
type reviewParser struct{ s []byte }

func (p *reviewParser) review(l *srs.ReviewLog) bool {
	return p.lit(`{"Time":`) && p.time(&l.Time) &&
		p.lit(`,"Grade":`) && p.uint8((*uint8)(&l.Grade)) &&
		p.lit(`,"ElapsedDays":`) && p.int(&l.ElapsedDays) &&
		p.lit(`,"ScheduledDays":`) && p.int(&l.ScheduledDays) &&
		p.lit(`,"Before":`) && p.card(&l.Before) &&
		p.lit(`,"After":`) && p.card(&l.After) &&
		p.lit(`,"Duration":`) && p.int64((*int64)(&l.Duration)) &&
		p.lit(`,"Retrievability":`) && p.float(&l.Retrievability) &&
		p.lit(`}`)
}

func (p *reviewParser) card(c *srs.Card) bool {
	return p.lit(`{"State":`) && p.uint8((*uint8)(&c.State)) &&
		p.lit(`,"Stability":`) && p.float(&c.Stability) &&
		p.lit(`,"Difficulty":`) && p.float(&c.Difficulty) &&
		p.lit(`,"Step":`) && p.int(&c.Step) &&
		p.lit(`,"Due":`) && p.time(&c.Due) &&
		p.lit(`,"LastReview":`) && p.time(&c.LastReview) &&
		p.lit(`,"ScheduledDays":`) && p.int(&c.ScheduledDays) &&
		p.lit(`,"Reps":`) && p.int(&c.Reps) &&
		p.lit(`,"Lapses":`) && p.int(&c.Lapses) &&
		p.lit(`,"Seed":`) && p.uint64(&c.Seed) &&
		p.lit(`}`)
}

// lit consumes the literal text want.
func (p *reviewParser) lit(want string) bool {
	if len(p.s) < len(want) || string(p.s[:len(want)]) != want {
		return false
	}
	p.s = p.s[len(want):]
	return true
}

// number consumes a JSON number (RFC 8259's grammar, which strconv alone
// would widen: "+1", "1.", "0x10", "Inf"). The string shares the record's
// memory: it is only parsed, and whatever the parse's error says is dropped.
func (p *reviewParser) number() (string, bool) {
	s, i := p.s, 0
	digits := func() bool {
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i > j
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case !digits():
		return "", false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if !digits() {
			return "", false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if !digits() {
			return "", false
		}
	}
	p.s = s[i:]
	return unsafeString(s[:i]), true
}

func (p *reviewParser) int64(v *int64) bool {
	n, ok := p.number()
	if !ok {
		return false
	}
	x, err := strconv.ParseInt(n, 10, 64)
	*v = x
	return err == nil
}

func (p *reviewParser) int(v *int) bool {
	var x int64
	ok := p.int64(&x)
	*v = int(x)
	return ok
}

func (p *reviewParser) uint64(v *uint64) bool {
	n, ok := p.number()
	if !ok {
		return false
	}
	x, err := strconv.ParseUint(n, 10, 64)
	*v = x
	return err == nil
}

func (p *reviewParser) uint8(v *uint8) bool {
	n, ok := p.number()
	if !ok {
		return false
	}
	x, err := strconv.ParseUint(n, 10, 8)
	*v = uint8(x)
	return err == nil
}

func (p *reviewParser) float(v *float64) bool {
	n, ok := p.number()
	if !ok {
		return false
	}
	x, err := strconv.ParseFloat(n, 64)
	*v = x
	return err == nil
}

// time consumes a quoted time without escapes, decoded by time.Time's own
// UnmarshalJSON (as json.Unmarshal decodes it).
func (p *reviewParser) time(t *time.Time) bool {
	if len(p.s) == 0 || p.s[0] != '"' {
		return false
	}
	for i := 1; i < len(p.s); i++ {
		switch c := p.s[i]; {
		case c == '"':
			err := t.UnmarshalJSON(p.s[:i+1])
			p.s = p.s[i+1:]
			return err == nil
		case c == '\\' || c < 0x20 || c >= 0x80:
			return false
		}
	}
	return false
}
