package storetest

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"cika/cards"
	"cika/srs"
	"cika/srs/store"
)

// Year describes a year of study replayed on a collection for benchmarks:
// every day the learner answers the cards due and introduces NewPerDay new
// cards, most frequent words first, with the default FSRS parameters.
type Year struct {
	Days      int       // days of study, ending the day before Until
	Until     time.Time // the benchmark's "now": study stops the day before
	NewPerDay int       // new cards introduced a day
	Seed      uint64    // same seed, same answers
}

// Study replays y on db, one AnswerAll (one Update) a day, and returns the
// number of reviews logged. Grades are drawn as a learner's are: Again 10%,
// Hard 10%, Good 75%, Easy 5%; learning steps are answered when they fall
// due the same day.
func Study(db *store.DB, y Year) (int, error) {
	sched, err := srs.NewScheduler(srs.DefaultParameters(), srs.RolloverDay(time.UTC, 4))
	if err != nil {
		return 0, err
	}
	count := map[string]int{}
	err = db.Words(func(w cards.Word) bool { count[w.ID()] = w.Count; return true })
	if err != nil {
		return 0, err
	}
	var all []store.Card
	err = db.DueCards(y.Until.AddDate(10, 0, 0), func(c store.Card) bool { all = append(all, c); return true })
	if err != nil {
		return 0, err
	}
	var news []*store.Card
	for i := range all {
		if all[i].State == srs.New && !all[i].Suspended {
			news = append(news, &all[i])
		}
	}
	slices.SortStableFunc(news, func(a, b *store.Card) int {
		return cmp.Or(cmp.Compare(count[b.Word], count[a.Word]), cmp.Compare(a.Word, b.Word), cmp.Compare(a.Kind, b.Kind))
	})
	r := rand.New(rand.NewPCG(y.Seed, 3))
	grade := func() srs.Grade {
		switch p := r.IntN(100); {
		case p < 10:
			return srs.Again
		case p < 20:
			return srs.Hard
		case p < 95:
			return srs.Good
		}
		return srs.Easy
	}
	start := time.Date(y.Until.Year(), y.Until.Month(), y.Until.Day(), 9, 0, 0, 0, time.UTC).AddDate(0, 0, -y.Days)
	total := 0
	for d := 0; d < y.Days; d++ {
		t := start.AddDate(0, 0, d)
		end := t.Add(14 * time.Hour)
		var queue []*store.Card
		for i := range all {
			if c := &all[i]; c.State != srs.New && !c.Suspended && c.Due.Before(end) {
				queue = append(queue, c)
			}
		}
		for n := 0; n < y.NewPerDay && len(news) > 0; n++ {
			queue = append(queue, news[0])
			news = news[1:]
		}
		var as []store.Answered
		now := t
		for len(queue) > 0 {
			c := queue[0]
			queue = queue[1:]
			now = now.Add(time.Duration(5+r.IntN(20)) * time.Second)
			if c.Due.After(now) && c.State != srs.New {
				now = c.Due
			}
			if c.Seed == 0 {
				c.Seed = srs.SeedOf(c.Key().String())
			}
			after, log := sched.Schedule(c.Card, grade(), now)
			log.Duration = time.Duration(3+r.IntN(10)) * time.Second
			as = append(as, store.Answered{Card: c.Key(), After: after, Log: log})
			c.Card = after
			if after.Due.Before(end) {
				queue = append(queue, c)
				slices.SortStableFunc(queue, func(a, b *store.Card) int { return a.Due.Compare(b.Due) })
			}
		}
		if err := db.AnswerAll(as); err != nil {
			return total, fmt.Errorf("day %d: %w", d, err)
		}
		total += len(as)
	}
	return total, nil
}

// The benchmark collection of a learner a year in (issue 15): 100,000
// sentences over an 80,000-word vocabulary (≈ 70,000 words, 140,000
// cards), then a year of study at 80 new cards a day (≈ 240,000 reviews).
var (
	BigYearMined = Synthetic{Sentences: 100_000, Documents: 20, Vocabulary: 80_000, Seed: 1}
	BigYearStudy = Year{Days: 365, NewPerDay: 80, Seed: 1}
)

// WriteYear writes the year collection at path (a new file), studied up to
// the day before until. About a minute.
func WriteYear(path string, until time.Time) error {
	db, err := store.Open(path, nil)
	if err != nil {
		return err
	}
	if _, err := Fill(db, BigYearMined); err != nil {
		db.Close()
		return err
	}
	y := BigYearStudy
	y.Until = until
	if _, err := Study(db, y); err != nil {
		db.Close()
		return err
	}
	return db.Close()
}
