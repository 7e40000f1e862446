package optimize

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"cika/cards/cputime"
	"cika/srs"
)

// synthLog simulates a learner whose memory follows FSRS-6 with perturbed
// default weights (±40 %): cards start New with one or two same-day steps, come back
// after their stability ±30 % (retention about 0.9), and are forgotten with
// probability 1 - R; a lapse adds a same-day relearning step. It returns
// about n reviews, sorted by time.
func synthLog(n int, seed uint64) []Review {
	rng := rand.New(rand.NewPCG(seed, 1))
	w := srsDefault
	for i := range w {
		w[i] *= 1 + 0.8*(rng.Float64()-0.5)
	}
	m := newModel(clip(w))
	t0 := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)
	type due struct {
		day  int
		s, d float64
		last int
	}
	var out []Review
	perDay := max(3, n/2000) // new cards a day
	var cards []due
	for day := 0; len(out) < n; day++ {
		at := t0.AddDate(0, 0, day)
		sec := 0
		add := func(id int, g srs.Grade, st srs.State) {
			sec += 30
			out = append(out, Review{Card: int64(id), Time: at.Add(time.Duration(sec) * time.Second), Rating: g, State: st})
		}
		for k := 0; k < perDay; k++ {
			id := len(cards)
			g := srs.Grade(1 + rng.IntN(4))
			add(id, g, srs.New)
			s, d := m.init(int(g))
			if g < srs.Easy {
				add(id, srs.Good, srs.Learning)
				s, d = m.step(s, d, 0, 3)
			}
			cards = append(cards, due{day: day + max(1, int(math.Round(s))), s: s, d: d, last: day})
		}
		for id := range cards {
			c := &cards[id]
			if c.day != day {
				continue
			}
			t := float64(day - c.last)
			r := m.retrievability(t, c.s)
			g := srs.Again
			if rng.Float64() < r {
				g = srs.Grade(2 + rng.IntN(3))
			}
			add(id, g, srs.Review)
			c.s, c.d = m.step(c.s, c.d, t, int(g))
			if g == srs.Again {
				add(id, srs.Good, srs.Relearning)
				c.s, c.d = m.step(c.s, c.d, 0, 3)
			}
			c.last = day
			c.day = day + max(1, int(math.Round(c.s*(0.7+0.6*rng.Float64()))))
		}
	}
	return out
}

// TestFitSynthetic: on a simulated log of 20k reviews the fit beats the
// defaults it starts from.
func TestFitSynthetic(t *testing.T) {
	d := NewData(synthLog(20000, 7), nil)
	res, err := Fit(d, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	got, def := Evaluate(res.W, d), Evaluate(srsDefault, d)
	t.Logf("%d reviews, %d items: log loss %.4f (defaults %.4f), RMSE %.4f (%.4f), recency %.4f (%.4f) w=%.3f", d.Reviews(), d.Items(), got.LogLoss, def.LogLoss, got.RMSE, def.RMSE, got.LogLossRecency, def.LogLossRecency, res.W)
	if res.Stage != StageFull || got.LogLoss >= def.LogLoss {
		t.Errorf("stage %s, log loss %.4f, defaults %.4f", res.Stage, got.LogLoss, def.LogLoss)
	}
}

func benchmarkFit(b *testing.B, n int) {
	log := synthLog(n, 1)
	b.ResetTimer()
	cpu := cputime.Used()
	for b.Loop() {
		d := NewData(log, nil)
		if _, err := Fit(d, DefaultOptions()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(log)), "reviews")
	b.ReportMetric(float64((cputime.Used()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// BenchmarkFit10k and BenchmarkFit100k time the whole fit, log to weights
// (fsrs-rs: about 50 ms for 10k reviews on 2 cores).
func BenchmarkFit10k(b *testing.B)  { benchmarkFit(b, 10_000) }
func BenchmarkFit100k(b *testing.B) { benchmarkFit(b, 100_000) }

// BenchmarkEvaluate100k times the metrics over 100k reviews.
func BenchmarkEvaluate100k(b *testing.B) {
	d := NewData(synthLog(100_000, 1), nil)
	b.ResetTimer()
	for b.Loop() {
		Evaluate(srsDefault, d)
	}
}
