package export

import (
	"cika/cards/anki"
	"cika/srs"
)

// schedule maps a card's FSRS state onto what Anki keeps of it. The states
// and grades are numbered alike on both sides (Anki's FSRS and ts-fsrs share
// the numbering), so they carry over as numbers.
func schedule(c srs.Card) anki.Schedule {
	return anki.Schedule{
		State:         anki.State(c.State),
		Stability:     c.Stability,
		Difficulty:    c.Difficulty,
		Step:          c.Step,
		Due:           c.Due,
		LastReview:    c.LastReview,
		ScheduledDays: c.ScheduledDays,
		Reps:          c.Reps,
		Lapses:        c.Lapses,
	}
}

// answer maps a review-log entry onto an entry of Anki's revlog.
func answer(r *srs.ReviewLog) anki.Answer {
	return anki.Answer{
		Time:          r.Time,
		Grade:         anki.Grade(r.Grade),
		ScheduledDays: r.ScheduledDays,
		Before:        schedule(r.Before),
		After:         schedule(r.After),
		Duration:      r.Duration,
	}
}
