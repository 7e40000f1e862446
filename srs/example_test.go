package srs_test

import (
	"fmt"
	"time"

	"cika/srs"
)

func Example() {
	p := srs.DefaultParameters()
	p.Fuzz = false // fuzz is on for learners; off here for a fixed output
	// A learner in Berlin whose day starts at 4 am.
	berlin := time.FixedZone("CET", 3600)
	s, err := srs.NewScheduler(p, srs.RolloverDay(berlin, 4))
	if err != nil {
		panic(err)
	}

	now := time.Date(2026, 3, 1, 20, 0, 0, 0, berlin)
	card := srs.NewCard(now)
	card.Seed = srs.SeedOf("银行 yin2 hang2/recognition")
	fmt.Println(s.Preview(card, now))

	for _, answer := range []struct {
		after time.Duration
		grade srs.Grade
	}{{0, srs.Good}, {10 * time.Minute, srs.Good}, {50 * time.Hour, srs.Good}, {10 * 24 * time.Hour, srs.Again}} {
		now = now.Add(answer.after)
		var log srs.ReviewLog
		card, log = s.Schedule(card, answer.grade, now)
		fmt.Printf("%-5v after %d days: %-10v S=%.2f D=%.2f next in %s\n", answer.grade, log.ElapsedDays,
			card.State, card.Stability, card.Difficulty, srs.FormatInterval(card.Due.Sub(now)))
	}
	// Output:
	// Again 1m · Hard 6m · Good 10m · Easy 8d
	// Good  after 0 days: Learning   S=2.31 D=2.12 next in 10m
	// Good  after 0 days: Review     S=2.31 D=2.11 next in 2d
	// Good  after 2 days: Review     S=10.97 D=2.10 next in 11d
	// Again after 10 days: Relearning S=1.52 D=7.39 next in 10m
}
