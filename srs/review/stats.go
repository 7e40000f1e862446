package review

import (
	"math"
	"time"

	"cika/cards/hsk"
	"cika/srs"
	"cika/srs/store"
)

// StatsDays is how many days the review history and the forecast cover.
const StatsDays = 30

// Stats are the learner's figures (`cika stats`).
type Stats struct {
	Collection store.Stats `json:"collection"`
	// Cards by state; suspended cards and the new cards of known words are
	// counted apart, not in their state.
	Cards CardStates `json:"cards"`
	// History counts the answers given on each of the last StatsDays
	// learner's days, today last.
	History []DayCount `json:"reviews_per_day"`
	// Forecast counts the cards (learning and review, suspended excluded)
	// falling due on each of the next StatsDays days, today first; today's
	// count includes the overdue.
	Forecast []DayCount `json:"due_forecast"`
	// Retention compares the pass rate on review cards (answers other than
	// Again, the "true retention") with the retention FSRS aims at.
	Retention RetentionStats `json:"retention"`
	// HSK is the coverage of each HSK 2.0 level by the words known (known
	// list) or learned (a card out of the new state).
	HSK []LevelCoverage `json:"hsk"`
}

// CardStates counts cards.
type CardStates struct {
	New        int `json:"new"`
	Learning   int `json:"learning"`
	Review     int `json:"review"`
	Relearning int `json:"relearning"`
	Suspended  int `json:"suspended"`
	KnownNew   int `json:"known_new"` // new cards of known words: never introduced
}

// DayCount is a count on one learner's day.
type DayCount struct {
	Day   string `json:"day"` // YYYY-MM-DD, the day's start in the learner's time zone
	Count int    `json:"count"`
}

// RetentionStats are the true retention figures; a rate is null (nil)
// when there was no answer to count.
type RetentionStats struct {
	Desired     float64  `json:"desired"`
	Month       *float64 `json:"last_30_days"`
	MonthPassed int      `json:"last_30_days_passed"`
	MonthCount  int      `json:"last_30_days_reviews"`
	AllTime     *float64 `json:"all_time"`
	AllPassed   int      `json:"all_time_passed"`
	AllCount    int      `json:"all_time_reviews"`
}

// LevelCoverage is how much of one HSK level the learner has.
type LevelCoverage struct {
	Level   int `json:"level"`
	Words   int `json:"words"`   // in the level
	Known   int `json:"known"`   // on the known list
	Learned int `json:"learned"` // learned and not on the known list
	// Cumulative is the share of levels 1 to Level covered (known or
	// learned), 0-1.
	Cumulative float64 `json:"cumulative"`
}

// Covered is the level's words known or learned.
func (l LevelCoverage) Covered() int { return l.Known + l.Learned }

// ComputeStats reads the figures from the collection under opt's clock,
// time zone, day rollover and FSRS parameters.
func ComputeStats(db *store.DB, opt Options) (Stats, error) {
	_, nowf, loc, hour, err := opt.setup()
	if err != nil {
		return Stats{}, err
	}
	now := nowf()
	dayStart, _ := DayBounds(now, loc, hour)
	first := dayStart.AddDate(0, 0, -(StatsDays - 1))
	// Day i starts at first + i days (calendar days in loc, DST-safe).
	starts := make([]time.Time, 2*StatsDays+1)
	for i := range starts {
		starts[i] = first.AddDate(0, 0, i)
	}
	// The history ends with today, at starts[StatsDays]; the forecast's
	// last day ends at starts[2*StatsDays-1].
	// The HSK words are read from hsk's table in place, twice (here and
	// for the coverage below), never listed.
	heads := func(yield func(string) bool) {
		for w := range hsk.Levels(hsk.MaxLevel) {
			if !yield(w) {
				return
			}
		}
	}
	// The forecast's day i ends at starts[StatsDays+i]; its first day
	// takes in the overdue cards.
	o, err := db.Overview(first, starts[StatsDays], starts[StatsDays:2*StatsDays], heads)
	if err != nil {
		return Stats{}, err
	}
	st := Stats{Collection: o.Stats}
	st.Cards = CardStates{New: o.States[srs.New], Learning: o.States[srs.Learning], Review: o.States[srs.Review],
		Relearning: o.States[srs.Relearning], Suspended: o.Suspended, KnownNew: o.KnownNew}

	dayOf := func(t time.Time) int { // index into starts, -1 before
		lo, hi := 0, len(starts)
		for lo < hi {
			m := (lo + hi) / 2
			if starts[m].After(t) {
				hi = m
			} else {
				lo = m + 1
			}
		}
		return lo - 1
	}
	st.History = make([]DayCount, StatsDays)
	for i := range st.History {
		st.History[i].Day = starts[i].Format(time.DateOnly)
	}
	for _, r := range o.Reviewed {
		if i := dayOf(r.Start); i >= 0 && i < StatsDays {
			st.History[i].Count += r.Reviews
		}
	}
	st.Forecast = make([]DayCount, StatsDays)
	for i := range st.Forecast {
		st.Forecast[i].Day = starts[StatsDays-1+i].Format(time.DateOnly)
	}
	for i, n := range o.Due {
		st.Forecast[i].Count = n
	}

	p := srs.DefaultParameters()
	if opt.Params != nil {
		p = *opt.Params
	}
	st.Retention = RetentionStats{Desired: p.DesiredRetention,
		Month: rate(o.Recent), MonthCount: o.Recent.Reviews, MonthPassed: o.Recent.Passed,
		AllTime: rate(o.All), AllCount: o.All.Reviews, AllPassed: o.All.Passed}

	st.HSK = make([]LevelCoverage, hsk.MaxLevel)
	for w, lv := range hsk.Levels(hsk.MaxLevel) {
		c := &st.HSK[lv-1]
		c.Words++
		switch {
		case o.Known[w]:
			c.Known++
		case o.Learned[w]:
			c.Learned++
		}
	}
	covered, total := 0, 0
	for i := range st.HSK {
		c := &st.HSK[i]
		c.Level = i + 1
		covered += c.Covered()
		total += c.Words
		c.Cumulative = math.Round(float64(covered)/float64(total)*1000) / 1000
	}
	return st, nil
}

func rate(r store.Retention) *float64 {
	if r.Reviews == 0 {
		return nil
	}
	v := math.Round(float64(r.Passed)/float64(r.Reviews)*10000) / 10000
	return &v
}
