// Package srs is the FSRS-6 scheduler as pure functions of a card's memory
// state, a grade, a time and parameters: no I/O and no clock, so that a
// review can be replayed exactly and tested against the reference vectors.
//
// The algorithm is the one ts-fsrs 5.4.2, Anki and fsrs-rs share, written out
// in ../shared/fsrs/SPEC.md; the conformance test replays the reference's
// golden vectors. A Scheduler holds validated Parameters and a DayFunc (how
// instants map to the learner's days); Schedule answers a card, Preview shows
// the outcome of all four grades, Retrievability gives the recall probability
// at an instant.
package srs

import (
	"fmt"
	"time"
)

// State is where a card is in its life, numbered as in ts-fsrs and Anki's
// FSRS so that values can be exported as they are.
type State uint8

const (
	New        State = 0
	Learning   State = 1
	Review     State = 2
	Relearning State = 3
)

var stateNames = [...]string{"New", "Learning", "Review", "Relearning"}

// String returns the state's name as ts-fsrs spells it ("Review").
func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

// Grade is the learner's answer.
type Grade uint8

const (
	Again Grade = 1
	Hard  Grade = 2
	Good  Grade = 3
	Easy  Grade = 4
)

// Grades lists the four grades in order, for ranging over a preview.
var Grades = [4]Grade{Again, Hard, Good, Easy}

var gradeNames = [...]string{"", "Again", "Hard", "Good", "Easy"}

// String returns the grade's name ("Good").
func (g Grade) String() string {
	if g.Valid() {
		return gradeNames[g]
	}
	return fmt.Sprintf("Grade(%d)", uint8(g))
}

// Valid reports whether g is one of Again, Hard, Good, Easy.
func (g Grade) Valid() bool { return g >= Again && g <= Easy }

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

	// Seed makes the card's fuzz its own: two cards answered alike at the
	// same time still get different fuzzed intervals. Set it once when the
	// card is created (SeedOf(key) hashes a stable identity); zero is valid.
	// The fuzz of an answer depends only on Seed and the card's state before
	// the answer (reps, stability, difficulty), never on the clock, so a
	// preview and the answer that follows agree, and a replay is exact.
	Seed uint64
}

// NewCard returns a card never reviewed, due at now.
func NewCard(now time.Time) Card {
	return Card{State: New, Due: now}
}

// SeedOf hashes a card's stable identity (for example its store key) into a
// Card.Seed, with 64-bit FNV-1a.
func SeedOf(key string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return h
}

// ReviewLog is one answer, with everything a parameter optimizer needs later.
type ReviewLog struct {
	Time          time.Time
	Grade         Grade
	ElapsedDays   int // days since the previous review (0 for the first)
	ScheduledDays int // interval given by this answer, in days (0 while in steps)
	Before        Card
	After         Card
	Duration      time.Duration // time the learner spent on the card (set by the caller)

	// Retrievability is the probability of recall at Time under Before's
	// memory state, the R the answer was scheduled with (0 for a new card).
	Retrievability float64
}
