package srs

import (
	"fmt"
	"math"
	"time"
)

// Stability bounds, in days.
const (
	minStability = 0.001
	maxStability = 36500.0
)

const day = 24 * time.Hour

// A Scheduler answers cards under fixed Parameters and a DayFunc. It holds
// no mutable state: one Scheduler may serve any number of goroutines.
type Scheduler struct {
	p   Parameters
	day DayFunc

	// derived from p once
	decay, factor float64 // forgetting curve R = (1 + factor*t/S)^decay
	modifier      float64 // interval = S * modifier at the desired retention
	d0Easy        float64 // D0(Easy), unclamped: the mean-reversion target
	expW8         float64
	forgetDiv     float64    // e^(w17*w18), 1 with short-term off
	sameDay       [5]float64 // e^(w17*(g-3+w18)) by grade
}

// NewScheduler validates p and returns a scheduler counting days with day
// (UTCDay if nil). p's step slices are copied.
func NewScheduler(p Parameters, day DayFunc) (*Scheduler, error) {
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("fsrs parameters: %w", err)
	}
	if day == nil {
		day = UTCDay
	}
	p.LearningSteps = append([]time.Duration(nil), p.LearningSteps...)
	p.RelearningSteps = append([]time.Duration(nil), p.RelearningSteps...)
	w := &p.W
	s := &Scheduler{p: p, day: day}
	s.decay = -w[20]
	s.factor = math.Pow(0.9, 1/s.decay) - 1
	// Rounded to 8 decimals as the reference does, so that retention 0.9
	// gives exactly S and round(S*modifier) agrees with it at .5 boundaries.
	s.modifier = math.Round((math.Pow(p.DesiredRetention, 1/s.decay)-1)/s.factor*1e8) / 1e8
	s.d0Easy = w[4] - math.Exp(3*w[5]) + 1
	s.expW8 = math.Exp(w[8])
	s.forgetDiv = 1
	if p.ShortTerm {
		s.forgetDiv = math.Exp(w[17] * w[18])
	}
	for g := Again; g <= Easy; g++ {
		s.sameDay[g] = math.Exp(w[17] * (float64(g) - 3 + w[18]))
	}
	return s, nil
}

// Parameters returns the scheduler's parameters.
func (s *Scheduler) Parameters() Parameters {
	p := s.p
	p.LearningSteps = append([]time.Duration(nil), p.LearningSteps...)
	p.RelearningSteps = append([]time.Duration(nil), p.RelearningSteps...)
	return p
}

// Day returns the scheduler's day number of t.
func (s *Scheduler) Day(t time.Time) int64 { return s.day(t) }

// ElapsedDays returns the days from c's last review to now (0 for a new
// card, and when now is before the last review).
func (s *Scheduler) ElapsedDays(c Card, now time.Time) int {
	if c.State == New || c.LastReview.IsZero() {
		return 0
	}
	return max(0, int(s.day(now)-s.day(c.LastReview)))
}

// Retrievability returns the probability that the learner recalls c at now:
// (1 + factor*t/S)^(-w20) with t in whole elapsed days. It is 0 for a new
// card.
func (s *Scheduler) Retrievability(c Card, now time.Time) float64 {
	if c.State == New {
		return 0
	}
	return s.forgettingCurve(s.ElapsedDays(c, now), c.Stability)
}

// IsDue reports whether c should be shown at now: a new card always, a card
// in its (re)learning steps once its due time has come, a card scheduled in
// days from the start of its due day (day(Due) <= day(now)).
func (s *Scheduler) IsDue(c Card, now time.Time) bool {
	switch {
	case c.State == New:
		return true
	case c.ScheduledDays == 0 && (c.State == Learning || c.State == Relearning):
		return !c.Due.After(now)
	default:
		return s.day(c.Due) <= s.day(now)
	}
}

// Schedule answers c with g at now and returns the card after the answer
// and its log entry. It panics if g is not a valid grade or c's state is
// unknown. A now before c's last review counts as the same day.
func (s *Scheduler) Schedule(c Card, g Grade, now time.Time) (Card, ReviewLog) {
	if !g.Valid() {
		panic(fmt.Sprintf("srs: invalid grade %d", g))
	}
	out, elapsed, r := s.next(c, now)
	return out[g-1], s.log(c, out[g-1], g, now, elapsed, r)
}

// An Outcome is what one grade would do to a card.
type Outcome struct {
	Card Card
	Log  ReviewLog
}

// Interval is the time from the answer to the card's next due time.
func (o Outcome) Interval() time.Duration { return o.Card.Due.Sub(o.Log.Time) }

// Outcomes holds the outcome of each grade, Again first.
type Outcomes [4]Outcome

// Of returns the outcome of g.
func (o *Outcomes) Of(g Grade) Outcome { return o[g-1] }

// String returns the line the review screen shows under a card:
// "Again 1m · Hard 6m · Good 10m · Easy 8d".
func (o Outcomes) String() string {
	b := make([]byte, 0, 48)
	for i := range o {
		if i > 0 {
			b = append(b, " · "...)
		}
		b = append(b, Grades[i].String()...)
		b = append(b, ' ')
		b = append(b, FormatInterval(o[i].Interval())...)
	}
	return string(b)
}

// Preview returns what each of the four grades would do to c at now;
// Schedule(c, g, now) returns exactly Preview(c, now).Of(g).
func (s *Scheduler) Preview(c Card, now time.Time) Outcomes {
	out, elapsed, r := s.next(c, now)
	var o Outcomes
	for i, g := range Grades {
		o[i] = Outcome{Card: out[i], Log: s.log(c, out[i], g, now, elapsed, r)}
	}
	return o
}

func (s *Scheduler) log(before, after Card, g Grade, now time.Time, elapsed int, r float64) ReviewLog {
	return ReviewLog{
		Time:           now,
		Grade:          g,
		ElapsedDays:    elapsed,
		ScheduledDays:  after.ScheduledDays,
		Before:         before,
		After:          after,
		Retrievability: r,
	}
}

// next computes the card after each grade, the elapsed days and the
// retrievability the answer is scheduled with.
func (s *Scheduler) next(c Card, now time.Time) (out [4]Card, elapsed int, r float64) {
	if c.State > Relearning {
		panic(fmt.Sprintf("srs: card in unknown state %d", c.State))
	}
	elapsed = s.ElapsedDays(c, now)
	if c.State != New {
		r = s.forgettingCurve(elapsed, c.Stability)
	}
	var u float64
	if s.p.Fuzz {
		u = fuzzFactor(c)
	}
	base := c
	base.LastReview = now
	base.Reps = c.Reps + 1
	for i, g := range Grades {
		out[i] = base
		out[i].Stability, out[i].Difficulty = s.memory(c, elapsed, g, r)
	}

	if !s.p.ShortTerm {
		// Every answer in days, ordered again < hard < good < easy.
		var ivl [4]int
		for i := range out {
			ivl[i] = s.interval(out[i].Stability, elapsed, u)
		}
		ivl[0] = min(ivl[0], ivl[1])
		ivl[1] = max(ivl[1], ivl[0]+1)
		ivl[2] = max(ivl[2], ivl[1]+1)
		ivl[3] = max(ivl[3], ivl[2]+1)
		for i := range out {
			setDays(&out[i], ivl[i], now)
		}
		// The reference also counts Again on a (re)learning card as a lapse;
		// such cards only exist here if short-term was switched off while
		// they were in steps, and forgetting during learning is no lapse.
		if c.State == Review {
			out[0].Lapses++
		}
		return out, elapsed, r
	}

	switch c.State {
	case New, Learning:
		for i, g := range Grades {
			s.steps(&out[i], g, s.p.LearningSteps, c.Step, false, Learning, now, elapsed, u)
		}
	case Relearning:
		for i, g := range Grades {
			s.steps(&out[i], g, s.p.RelearningSteps, c.Step, false, Relearning, now, elapsed, u)
		}
	case Review:
		// Passing answers in days, ordered hard < good < easy. As in the
		// reference, the order may push good and easy one or two days past
		// the maximum interval.
		h := s.interval(out[1].Stability, elapsed, u)
		g := s.interval(out[2].Stability, elapsed, u)
		e := s.interval(out[3].Stability, elapsed, u)
		h = min(h, g)
		g = max(g, h+1)
		e = max(e, g+1)
		setDays(&out[1], h, now)
		setDays(&out[2], g, now)
		setDays(&out[3], e, now)
		s.steps(&out[0], Again, s.p.RelearningSteps, c.Step, true, Relearning, now, elapsed, u)
		out[0].Lapses++
	}
	return out, elapsed, r
}

func setDays(n *Card, days int, now time.Time) {
	n.State = Review
	n.Step = 0
	n.ScheduledDays = days
	n.Due = now.Add(time.Duration(days) * day)
}

// steps schedules n, answered g at step cur of steps: a step shorter than a
// day keeps it in state to; a step of a day or more, or no step left,
// sends it to Review.
func (s *Scheduler) steps(n *Card, g Grade, steps []time.Duration, cur int, fromReview bool, to State, now time.Time, elapsed int, u float64) {
	wait, next, ok := stepFor(steps, cur, g, fromReview)
	switch {
	case ok && wait < day:
		n.State = to
		n.Step = next
		n.ScheduledDays = 0
		n.Due = now.Add(wait)
	case ok:
		n.State = Review
		n.Step = next
		n.ScheduledDays = int(wait / day)
		n.Due = now.Add(wait)
	default:
		setDays(n, s.interval(n.Stability, elapsed, u), now)
	}
}

// stepFor returns the wait after answering g at step cur, and the step
// index to go on from; ok is false when no step applies (the card
// graduates or is scheduled in days).
func stepFor(steps []time.Duration, cur int, g Grade, fromReview bool) (wait time.Duration, next int, ok bool) {
	cur = max(cur, 0)
	if len(steps) == 0 || cur >= len(steps) {
		return 0, 0, false
	}
	if fromReview {
		if g == Again {
			return steps[cur], 0, true
		}
		return 0, 0, false
	}
	switch g {
	case Again:
		return steps[0], 0, true
	case Hard:
		if len(steps) == 1 {
			return (steps[0] * 3 / 2).Round(time.Minute), cur, true
		}
		return ((steps[0] + steps[1]) / 2).Round(time.Minute), cur, true
	case Good:
		if cur+1 < len(steps) && steps[cur+1] > 0 {
			return steps[cur+1], cur + 1, true
		}
	}
	return 0, 0, false
}

// memory returns stability and difficulty after answering g, t days after
// the last review, with retrievability r.
func (s *Scheduler) memory(c Card, t int, g Grade, r float64) (stability, difficulty float64) {
	w := &s.p.W
	if c.State == New {
		return max(w[g-1], 0.1), clamp(w[4]-math.Exp(w[5]*float64(g-1))+1, 1, 10)
	}
	// A stored state out of bounds (hand-edited, or older code) is pulled
	// back in rather than turned into NaN.
	st := clamp(c.Stability, minStability, maxStability)
	d := clamp(c.Difficulty, 1, 10)

	switch {
	case t == 0 && s.p.ShortTerm:
		inc := s.sameDay[g] * math.Pow(st, -w[19])
		if g >= Hard {
			inc = max(inc, 1)
		}
		stability = st * inc
	case g == Again:
		forget := w[11] * math.Pow(d, -w[12]) * (math.Pow(st+1, w[13]) - 1) * math.Exp(w[14]*(1-r))
		stability = min(max(st/s.forgetDiv, minStability), clamp(forget, minStability, maxStability))
	default:
		hard, easy := 1.0, 1.0
		if g == Hard {
			hard = w[15]
		} else if g == Easy {
			easy = w[16]
		}
		stability = st * (1 + s.expW8*(11-d)*math.Pow(st, -w[9])*(math.Exp(w[10]*(1-r))-1)*hard*easy)
	}
	stability = clamp(stability, minStability, maxStability)

	next := d + -w[6]*(float64(g)-3)*(10-d)/9
	difficulty = clamp(w[7]*s.d0Easy+(1-w[7])*next, 1, 10)
	return stability, difficulty
}

func (s *Scheduler) forgettingCurve(t int, stability float64) float64 {
	return math.Pow(1+s.factor*float64(t)/stability, s.decay)
}

// interval returns the days until a card of this stability falls to the
// desired retention, within [1, MaximumInterval], fuzzed with u when fuzz
// is on.
func (s *Scheduler) interval(stability float64, elapsed int, u float64) int {
	ivl := clamp(math.Round(stability*s.modifier), 1, float64(s.p.MaximumInterval))
	if !s.p.Fuzz || ivl < 2.5 {
		return int(ivl)
	}
	lo, hi := fuzzRange(ivl, elapsed, s.p.MaximumInterval)
	return int(math.Floor(u*float64(hi-lo+1))) + lo
}

func clamp(x, lo, hi float64) float64 { return min(max(x, lo), hi) }
