// Package srs is the FSRS-6 scheduler as pure functions of a card's memory
// state, a grade, a time and parameters: no I/O and no clock, so that a
// review can be replayed exactly and tested against the reference vectors.
package srs

import "time"

// State is where a card is in its life, numbered as in ts-fsrs and Anki's
// FSRS so that values can be exported as they are.
type State uint8

const (
	New        State = 0
	Learning   State = 1
	Review     State = 2
	Relearning State = 3
)

// Grade is the learner's answer.
type Grade uint8

const (
	Again Grade = 1
	Hard  Grade = 2
	Good  Grade = 3
	Easy  Grade = 4
)

// Card is a card's memory state and schedule.
type Card struct {
	State         State
	Stability     float64 // days
	Difficulty    float64 // 1..10
	Step          int     // index into the learning or relearning steps
	Due           time.Time
	LastReview    time.Time // zero for a new card
	ScheduledDays int
	Reps          int
	Lapses        int
}

// ReviewLog is one answer, with everything a parameter optimizer needs later.
type ReviewLog struct {
	Time          time.Time
	Grade         Grade
	ElapsedDays   int // days since the previous review (0 for the first)
	ScheduledDays int // interval given by this answer, in days (0 while in steps)
	Before        Card
	After         Card
	Duration      time.Duration // time the learner spent on the card
}
