package optimize

import (
	"errors"
	"math"
	"time"

	"cika/srs"
)

// Config is what Run needs besides the log.
type Config struct {
	// Current are the weights in use; the fitted ones replace them only if
	// they predict the log better.
	Current [21]float64
	// Retention is the desired retention the forecast schedules at.
	Retention float64
	// Day numbers the learner's days (srs.UTCDay if nil).
	Day srs.DayFunc
	// Now starts the forecast; zero: the day after the log's last review.
	Now time.Time
	// ForecastDays is the forecast's length (30 if 0).
	ForecastDays int
	Options      Options
}

// Report is the outcome of Run: what was fitted, how well the current and
// the fitted weights predict the log, and what the weights mean for the
// learner's workload.
type Report struct {
	Reviews    int   `json:"reviews"`
	Skipped    int   `json:"skipped"` // reviews before a card's last learning start, or of cards without one
	Cards      int   `json:"cards"`
	Items      int   `json:"items"`       // reviews a day or more after the card's previous one
	TrainItems int   `json:"train_items"` // after the outlier filter
	Stage      Stage `json:"stage"`       // "full" or "initial" (only w0..w3)

	Current [21]float64 `json:"current_weights"`
	// Fitted are Fit's weights, with w19 raised to 0.01 if lower so that
	// the scheduler takes them.
	Fitted [21]float64 `json:"fitted_weights"`
	Before Metrics     `json:"before"` // the current weights on the log
	After  Metrics     `json:"after"`  // the fitted weights
	// Better is whether the fitted weights have a lower log loss than the
	// current ones; Weights are the better of the two, those to keep.
	Better  bool        `json:"better"`
	Weights [21]float64 `json:"weights"`

	// Retention observed in the log (items answered above Again) and
	// predicted for them by the current and the fitted weights.
	Retention struct {
		Actual float64 `json:"actual"`
		Before float64 `json:"before"`
		After  float64 `json:"after"`
	} `json:"retention"`

	// Forecast is the expected number of reviews on each of the next days
	// (from Config.Now) of the cards in the log, at the desired retention,
	// under the current and the fitted weights; new cards not counted.
	Forecast struct {
		Retention float64   `json:"desired_retention"`
		From      string    `json:"from"` // YYYY-MM-DD of the first day, in the log's day count
		Before    []float64 `json:"before"`
		After     []float64 `json:"after"`
	} `json:"forecast"`
}

// Run converts the log, fits weights to it and measures them against
// cfg.Current. A log too small to fit fails with an error matching
// ErrNotEnoughData.
func Run(reviews []Review, cfg Config) (Report, error) {
	if cfg.Day == nil {
		cfg.Day = srs.UTCDay
	}
	if cfg.ForecastDays == 0 {
		cfg.ForecastDays = 30
	}
	if cfg.Retention == 0 {
		cfg.Retention = 0.9
	}
	d := NewData(reviews, cfg.Day)
	rep := Report{Reviews: d.Reviews(), Skipped: d.Skipped(), Cards: d.Cards(), Items: d.Items(), Current: cfg.Current}
	res, err := Fit(d, cfg.Options)
	rep.TrainItems = res.TrainItems
	if err != nil {
		return rep, err
	}
	// The scheduler (short-term on) wants w19 of 0.01 at least where
	// fsrs-rs allows 0: the difference is negligible, and the weights can
	// then be stored and used.
	rep.Stage, rep.Fitted = res.Stage, srs.ClipWeights(clip(res.W), true)
	pb, y := d.predictions(cfg.Current)
	pa, _ := d.predictions(rep.Fitted)
	rep.Before, rep.After = d.metrics(pb, y), d.metrics(pa, y)
	rep.Better = rep.After.LogLoss < rep.Before.LogLoss
	rep.Weights = cfg.Current
	if rep.Better {
		rep.Weights = rep.Fitted
	}
	for i := range y {
		if y[i] {
			rep.Retention.Actual++
		}
		rep.Retention.Before += pb[i]
		rep.Retention.After += pa[i]
	}
	if n := float64(len(y)); n > 0 {
		rep.Retention.Actual /= n
		rep.Retention.Before /= n
		rep.Retention.After /= n
	}

	today := int64(math.MinInt64)
	if !cfg.Now.IsZero() {
		today = cfg.Day(cfg.Now)
	} else {
		for i := range d.cards {
			today = max(today, d.cards[i].lastDay+1)
		}
	}
	if today == math.MinInt64 {
		return rep, errors.New("optimize: no card to forecast")
	}
	rep.Forecast.Retention = cfg.Retention
	rep.Forecast.From = time.Unix(today*86400, 0).UTC().Format(time.DateOnly)
	rep.Forecast.Before = d.Forecast(cfg.Current, cfg.Retention, today, cfg.ForecastDays)
	rep.Forecast.After = d.Forecast(rep.Fitted, cfg.Retention, today, cfg.ForecastDays)
	return rep, nil
}

// Forecast returns the expected reviews on each of the days days from day
// today of the log's cards, scheduled at retention under weights w: each
// card comes back after the interval its stability gives, is recalled with
// the probability the model predicts (a lapse adds one relearning review
// that day), and goes on from the state of a recall. Overdue cards count on
// the first day; new cards are not counted.
func (d *Data) Forecast(w [21]float64, retention float64, today int64, days int) []float64 {
	m := newModel(clip(w))
	out := make([]float64, days)
	mult := (math.Pow(retention, -1/m.w[20]) - 1) / m.factor // interval = S * mult
	interval := func(s float64) int64 {
		return int64(clampF(math.Round(s*mult), 1, sMax))
	}
	end := today + int64(days)
	for ci := range d.cards {
		c := &d.cards[ci]
		s, dd := m.init(int(c.rating[0]))
		for j := 1; j < len(c.rating); j++ {
			s, dd = m.step(s, dd, float64(c.dt[j]), int(c.rating[j]))
		}
		last := c.lastDay
		for due := max(last+interval(s), today); due < end; due = max(last+interval(s), today) {
			t := float64(due - last)
			r := m.retrievability(t, s)
			out[due-today] += 1 + (1 - r)
			s, dd = m.step(s, dd, t, int(srs.Good))
			last = due
		}
	}
	return out
}
