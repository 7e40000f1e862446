package review

import (
	"testing"
	"time"

	"cika/srs"
)

func TestSchedulerSettings(t *testing.T) {
	def := DefaultScheduler()
	if def.LearningSteps != "1m 10m" || def.RelearningSteps != "10m" || def.DayStartsAt != 4 || def.DesiredRetention != 0.9 {
		t.Errorf("defaults %+v", def)
	}
	p, err := def.Parameters()
	if err != nil {
		t.Fatal(err)
	}
	if d := srs.DefaultParameters(); p.DesiredRetention != d.DesiredRetention || len(p.LearningSteps) != 2 {
		t.Errorf("default parameters %+v", p)
	}
	for _, steps := range []string{"1m 10m", "2m 30m 1h", "1d", "", "90m 2d"} {
		d, err := srs.ParseSteps(steps)
		if err != nil {
			t.Fatal(err)
		}
		back, _ := srs.ParseSteps(FormatSteps(d))
		if len(back) != len(d) {
			t.Errorf("%q → %q", steps, FormatSteps(d))
		}
	}
	for _, bad := range []Scheduler{
		{DesiredRetention: 1.2, MaximumInterval: 10, LearningSteps: "1m"},
		{DesiredRetention: 0.9, MaximumInterval: 0, LearningSteps: "1m"},
		{DesiredRetention: 0.9, MaximumInterval: 10, LearningSteps: "1x"},
		{DesiredRetention: 0.9, MaximumInterval: 10, DayStartsAt: 24},
	} {
		var opt Options
		if err := bad.Apply(&opt); err == nil {
			t.Errorf("%+v applied", bad)
		}
	}
	// A lower retention gives longer intervals.
	interval := func(retention float64) time.Duration {
		s := def
		s.DesiredRetention = retention
		var opt Options
		if err := s.Apply(&opt); err != nil {
			t.Fatal(err)
		}
		sched, err := srs.NewScheduler(*opt.Params, srs.RolloverDay(time.UTC, *opt.RolloverHour))
		if err != nil {
			t.Fatal(err)
		}
		t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		c, _ := sched.Schedule(srs.NewCard(t0), srs.Easy, t0)
		return c.Due.Sub(t0)
	}
	if lo, hi := interval(0.8), interval(0.95); lo <= hi {
		t.Errorf("Easy interval at 0.8: %v, at 0.95: %v", lo, hi)
	}
}
