package srs_test

import (
	"testing"
	"time"

	"cika/srs"
)

// BenchmarkSchedule answers a review card Good, with fuzz, as the review
// session does once per card.
func BenchmarkSchedule(b *testing.B) {
	s := mustScheduler(b, srs.DefaultParameters(), srs.UTCDay)
	c := reviewCard(10 * 24 * time.Hour)
	c.Seed = 42
	b.ReportAllocs()
	for b.Loop() {
		c2, _ := s.Schedule(c, srs.Good, t0)
		if c2.ScheduledDays == 0 {
			b.Fatal("no interval")
		}
	}
}

// BenchmarkPreview computes the four outcomes and formats the button line.
func BenchmarkPreview(b *testing.B) {
	s := mustScheduler(b, srs.DefaultParameters(), srs.UTCDay)
	c := reviewCard(10 * 24 * time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Preview(c, t0).String()
	}
}

// BenchmarkScheduleRollover is Schedule with a learner's day in a real time
// zone (two time zone conversions per answer).
func BenchmarkScheduleRollover(b *testing.B) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		b.Fatal(err)
	}
	s := mustScheduler(b, srs.DefaultParameters(), srs.RolloverDay(ny, 4))
	c := reviewCard(10 * 24 * time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		s.Schedule(c, srs.Good, t0)
	}
}

// BenchmarkReplay replays a card through 12 reviews, as recomputing a
// schedule from the review log does.
func BenchmarkReplay(b *testing.B) {
	s := mustScheduler(b, srs.DefaultParameters(), srs.UTCDay)
	b.ReportAllocs()
	for b.Loop() {
		c := srs.NewCard(t0)
		now := t0
		for i := range 12 {
			g := srs.Good
			if i%5 == 4 {
				g = srs.Again
			}
			c, _ = s.Schedule(c, g, now)
			now = c.Due
		}
	}
}
