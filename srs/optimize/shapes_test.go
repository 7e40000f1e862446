package optimize

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"cika/srs"
)

// simulateApp makes a log the way the shared logs were made: a learner
// whose memory follows FSRS-6 with weights trueW studies daily (skipping
// about 10 % of days), adding new cards each day, scheduled by cika's own
// FSRS-6 scheduler with the defaults (learning steps 1m 10m, relearning
// 10m, fuzz on). An answer a day or more after the previous one is Again
// with probability 1 - R; a recalled card is Hard/Good/Easy 10/80/10 %;
// first answers are 25/8/57/10 %.
func simulateApp(t testing.TB, cards, days int, seed uint64) []Review {
	rng := rand.New(rand.NewPCG(seed, 3))
	trueW := srsDefault
	for i := range trueW {
		trueW[i] *= 1 + 0.3*(rng.Float64()-0.5)
	}
	learner := newModel(clip(trueW))
	sch, err := srs.NewScheduler(srs.DefaultParameters(), nil)
	if err != nil {
		t.Fatal(err)
	}
	type state struct {
		c     srs.Card
		s, d  float64
		begun bool
	}
	cs := make([]state, cards)
	for i := range cs {
		cs[i].c = srs.NewCard(time.Time{})
		cs[i].c.Seed = uint64(i + 1)
	}
	perDay := max(1, cards/max(1, days*2/3))
	t0 := time.Date(2024, 1, 1, 7, 0, 0, 0, time.UTC)
	var log []Review
	next := 0
	pick := func(p ...float64) srs.Grade {
		x := rng.Float64()
		for i, q := range p {
			if x < q {
				return srs.Grade(i + 1)
			}
			x -= q
		}
		return srs.Easy
	}
	for day := 0; day < days; day++ {
		if rng.Float64() < 0.1 {
			continue
		}
		now := t0.AddDate(0, 0, day)
		for k := 0; k < perDay && next < cards; k++ {
			cs[next].begun = true
			next++
		}
		// answer whatever is due, in passes until nothing is due before 20:00
		for pass := 0; pass < 6; pass++ {
			any := false
			for i := range cs {
				st := &cs[i]
				if !st.begun || !sch.IsDue(st.c, now) {
					continue
				}
				any = true
				var g srs.Grade
				el := 0.0
				if st.c.State == srs.New {
					g = pick(0.25, 0.08, 0.57)
					st.s, st.d = learner.init(int(g))
				} else {
					el = float64(sch.Day(now) - sch.Day(st.c.LastReview))
					if el >= 1 && rng.Float64() > learner.retrievability(el, st.s) {
						g = srs.Again
					} else if el < 1 && rng.Float64() < 0.1 {
						g = srs.Again
					} else {
						g = pick(0, 0.1, 0.8)
					}
					st.s, st.d = learner.step(st.s, st.d, el, int(g))
				}
				log = append(log, Review{Card: int64(i), Time: now, Rating: g, State: st.c.State})
				st.c, _ = sch.Schedule(st.c, g, now)
				now = now.Add(20 * time.Second)
			}
			if !any {
				break
			}
			now = now.Add(11 * time.Minute)
		}
	}
	return log
}

// TestFitShapes: on logs made like the hidden ones (60 cards × 30 days up to
// 1000 × 365), the fit succeeds from 100 cards × 45 days on (the smallest
// may only refit w0..w3), its weights are finite and within bounds, and the
// weights Run keeps predict the log no worse than the defaults.
func TestFitShapes(t *testing.T) {
	for _, c := range []struct{ cards, days int }{{60, 30}, {100, 45}, {150, 60}, {400, 180}, {1000, 365}} {
		if testing.Short() && c.cards > 400 {
			continue
		}
		for seed := uint64(1); seed <= 3; seed++ {
			log := simulateApp(t, c.cards, c.days, seed)
			start := time.Now()
			rep, err := Run(log, Config{Current: srsDefault, Options: DefaultOptions()})
			took := time.Since(start)
			if err != nil {
				if c.cards < 100 && errors.Is(err, ErrNotEnoughData) {
					t.Logf("%d×%d seed %d: %v", c.cards, c.days, seed, err)
					continue
				}
				t.Fatalf("%d×%d seed %d: %v", c.cards, c.days, seed, err)
			}
			t.Logf("%d×%d seed %d: %d reviews, %d items, %d kept, %s: log loss %.4f (defaults %.4f), kept %v, in %v",
				c.cards, c.days, seed, rep.Reviews, rep.Items, rep.TrainItems, rep.Stage, rep.After.LogLoss, rep.Before.LogLoss, rep.Better, took.Round(time.Millisecond))
			if rep.Stage != StageFull && c.cards >= 100 {
				t.Errorf("%d×%d seed %d: stage %s", c.cards, c.days, seed, rep.Stage)
			}
			if clip(rep.Fitted) != rep.Fitted {
				t.Errorf("%d×%d seed %d: weights out of bounds: %v", c.cards, c.days, seed, rep.Fitted)
			}
			for i, w := range rep.Fitted {
				if math.IsNaN(w) || math.IsInf(w, 0) {
					t.Fatalf("w%d = %v", i, w)
				}
			}
			d := NewData(log, nil)
			if kept, def := Evaluate(rep.Weights, d).LogLoss, Evaluate(srsDefault, d).LogLoss; kept > def {
				t.Errorf("%d×%d seed %d: kept weights' log loss %.4f > defaults' %.4f", c.cards, c.days, seed, kept, def)
			}
		}
	}
}
