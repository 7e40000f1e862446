package srs

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// DefaultWeights are the FSRS-6 default parameters w0..w20.
var DefaultWeights = [21]float64{
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
	0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
	0.1542,
}

// Parameters configure the scheduler. The zero value is not usable: start
// from DefaultParameters.
type Parameters struct {
	W [21]float64 // FSRS-6 weights w0..w20

	// DesiredRetention is the probability of recall the intervals aim at,
	// in (0, 1]; 0.9 by default.
	DesiredRetention float64

	// MaximumInterval caps an interval computed from stability, in days.
	MaximumInterval int

	// LearningSteps are the short intervals of a new card before it
	// graduates to Review; RelearningSteps those of a lapsed card. Whole
	// minutes; a step of a day or more sends the card to Review. Empty:
	// answers are scheduled in days straight away.
	LearningSteps   []time.Duration
	RelearningSteps []time.Duration

	// ShortTerm enables steps and the same-day stability rule. Off, every
	// answer is scheduled in whole days and steps are ignored.
	ShortTerm bool

	// Fuzz spreads intervals of 3 days and more over a few days, so that
	// cards learned together do not stay together. Deterministic: see
	// Card.Seed.
	Fuzz bool
}

// DefaultParameters returns the defaults for a learner: FSRS-6 default
// weights, retention 0.9, maximum interval 36500 days, learning steps 1m
// 10m, relearning step 10m, short-term on, fuzz on.
func DefaultParameters() Parameters {
	return Parameters{
		W:                DefaultWeights,
		DesiredRetention: 0.9,
		MaximumInterval:  36500,
		LearningSteps:    []time.Duration{time.Minute, 10 * time.Minute},
		RelearningSteps:  []time.Duration{10 * time.Minute},
		ShortTerm:        true,
		Fuzz:             true,
	}
}

// bounds of w0..w20 (SPEC.md); w19's lower bound is 0.01 with short-term on.
var weightBounds = [21][2]float64{
	{0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100},
	{1, 10},
	{0.001, 4}, {0.001, 4},
	{0.001, 0.75},
	{0, 4.5},
	{0, 0.8},
	{0.001, 3.5},
	{0.001, 5},
	{0.001, 0.25},
	{0.001, 0.9},
	{0, 4},
	{0, 1},
	{1, 6},
	{0, 2}, {0, 2},
	{0, 0.8},
	{0.1, 0.8},
}

func weightBound(i int, shortTerm bool) (lo, hi float64) {
	lo, hi = weightBounds[i][0], weightBounds[i][1]
	if i == 19 && shortTerm {
		lo = 0.01
	}
	return lo, hi
}

// Validate reports every parameter outside its bounds, one error per line,
// each naming the parameter: "w7 = 0.9 out of range [0.001, 0.75]".
//
// w19 = 0 is accepted with short-term on although the spec's lower bound is
// 0.01: it is what ConvertWeights appends to an FSRS-5 set, and what Anki
// runs such presets with.
func (p Parameters) Validate() error {
	var errs []error
	for i, w := range p.W {
		lo, hi := weightBound(i, p.ShortTerm)
		if i == 19 && w == 0 {
			continue
		}
		if math.IsNaN(w) || w < lo || w > hi {
			errs = append(errs, fmt.Errorf("w%d = %v out of range [%v, %v]", i, w, lo, hi))
		}
	}
	if r := p.DesiredRetention; math.IsNaN(r) || r <= 0 || r > 1 {
		errs = append(errs, fmt.Errorf("desired retention = %v out of range (0, 1]", r))
	}
	if p.MaximumInterval < 1 {
		errs = append(errs, fmt.Errorf("maximum interval = %d days, want at least 1", p.MaximumInterval))
	}
	for _, s := range []struct {
		name  string
		steps []time.Duration
	}{{"learning", p.LearningSteps}, {"relearning", p.RelearningSteps}} {
		for i, d := range s.steps {
			if d < time.Minute || d%time.Minute != 0 {
				errs = append(errs, fmt.Errorf("%s step %d = %v, want whole minutes, at least 1m", s.name, i+1, d))
			}
		}
	}
	return errors.Join(errs...)
}

// ConvertWeights turns a weight set of any FSRS generation into FSRS-6's 21:
// 21 values are returned as they are; 19 (FSRS-5) get w19 = 0 and w20 = 0.5;
// 17 (FSRS-4.5) become w4 + 2*w5, ln(3*w5 + 1)/3, w6 + 0.5 and get w17..w19 =
// 0, w20 = 0.5. Other lengths and non-finite values are errors. The result
// is not validated: call Parameters.Validate.
func ConvertWeights(w []float64) ([21]float64, error) {
	var out [21]float64
	for i, v := range w {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return out, fmt.Errorf("w%d = %v is not a number", i, v)
		}
	}
	switch len(w) {
	case 21:
		copy(out[:], w)
	case 19:
		copy(out[:], w)
		out[19], out[20] = 0, 0.5
	case 17:
		copy(out[:], w)
		out[4] = w[4] + 2*w[5]
		out[5] = math.Log(3*w[5]+1) / 3
		out[6] = w[6] + 0.5
		out[17], out[18], out[19], out[20] = 0, 0, 0, 0.5
	default:
		return out, fmt.Errorf("%d weights, want 21 (FSRS-6), 19 (FSRS-5) or 17 (FSRS-4.5)", len(w))
	}
	return out, nil
}

// ClipWeights returns w with every weight moved into its bounds, as an
// optimizer does after each step. NaN becomes the lower bound.
func ClipWeights(w [21]float64, shortTerm bool) [21]float64 {
	for i := range w {
		lo, hi := weightBound(i, shortTerm)
		switch {
		case math.IsNaN(w[i]) || w[i] < lo:
			w[i] = lo
		case w[i] > hi:
			w[i] = hi
		}
	}
	return w
}

// ParseSteps reads steps written as Anki and ts-fsrs write them, separated
// by spaces or commas: "1m 10m", "10m,1h,1d". Units: m, h, d (also any
// unit time.ParseDuration knows). "" is no steps.
func ParseSteps(s string) ([]time.Duration, error) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	steps := make([]time.Duration, 0, len(fields))
	for _, f := range fields {
		var d time.Duration
		if n, ok := strings.CutSuffix(f, "d"); ok {
			days, err := strconv.ParseFloat(n, 64)
			if err != nil || days < 0 || math.IsInf(days, 0) {
				return nil, fmt.Errorf("step %q: want a number of m, h or d", f)
			}
			d = time.Duration(days * float64(24*time.Hour))
		} else {
			var err error
			if d, err = time.ParseDuration(f); err != nil {
				return nil, fmt.Errorf("step %q: want a number of m, h or d", f)
			}
		}
		steps = append(steps, d)
	}
	return steps, nil
}
