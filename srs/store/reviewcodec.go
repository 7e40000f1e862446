package store

import (
	"encoding/json"
	"strconv"
	"time"

	"cika/srs"
)

// The review log is stored as JSON (json.Marshal of an srs.ReviewLog,
// ≈ 600 bytes a review). Reading a year of it (237,000 reviews) through
// encoding/json took 2.2 s of an export's CPU, mostly reflection.
// decodeReview reads the exact form json.Marshal writes field by field, and
// hands anything else (another field order, spaces, escapes, a record of an
// older version with fewer fields, a corrupt one) to json.Unmarshal, so
// that every record decodes as json.Unmarshal decodes it, to the same
// values or the same error.

// decodeReview decodes a stored review into *log, as json.Unmarshal into a
// zero srs.ReviewLog would.
func decodeReview(v []byte, log *srs.ReviewLog) error {
	*log = srs.ReviewLog{}
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
