package review

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"cika/srs"
	"cika/srs/store/storetest"
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

// TestSet: the settings as `cika settings set` names and parses them, and
// the errors it shows (nil: accepted).
func TestSet(t *testing.T) {
	const help = "cika settings --help lists the settings"
	for _, c := range []struct {
		name, value string
		check       func(Scheduler) bool
		err, hint   string
	}{
		{"retention", "0.85", func(s Scheduler) bool { return s.DesiredRetention == 0.85 }, "", ""},
		{"retention", "2", nil, `retention "2": want a probability from 0.7 to 0.99`, help},
		{"retention", "x", nil, `retention "x": want a probability from 0.7 to 0.99`, help},
		{"max-interval", "365", func(s Scheduler) bool { return s.MaximumInterval == 365 }, "", ""},
		{"max-interval", "0", nil, `max-interval "0": want a number of days, at least 1`, help},
		{"learning-steps", "1m 10m 1h", func(s Scheduler) bool { return s.LearningSteps == "1m 10m 1h" }, "", ""},
		{"learning-steps", "1x", nil, `learning-steps "1x": learning steps: `, help},
		{"relearning-steps", "", func(s Scheduler) bool { return s.RelearningSteps == "" }, "", ""},
		{"day-starts", "0", func(s Scheduler) bool { return s.DayStartsAt == 0 }, "", ""},
		{"day-starts", "24", nil, `day-starts "24": want an hour from 0 to 23`, help},
		{"weights", "default", func(s Scheduler) bool { return s.Weights == nil }, "", ""},
		{"weights", "1 2 3", nil, `weights "1 2 3": want 21 numbers (`, help},
		{"weights", "1 2 x", nil, `weights "1 2 x": want 21 numbers (w2 "x" is not one)`, help},
		{"bogus", "1", nil, `no setting "bogus"`, "settings: " + SettingNames},
	} {
		s := DefaultScheduler()
		s.Weights = srs.DefaultWeights[:]
		err := s.Set(c.name, c.value)
		if c.err == "" {
			if err != nil || !c.check(s) {
				t.Errorf("set %s %q: %+v, %v", c.name, c.value, s, err)
			}
			continue
		}
		var se *SettingError
		if !errors.As(err, &se) || !strings.HasPrefix(se.Msg, c.err) || se.Hint != c.hint {
			t.Errorf("set %s %q: error %v, want %q (hint %q)", c.name, c.value, err, c.err, c.hint)
		}
	}
}

func TestWeightsText(t *testing.T) {
	w := srs.DefaultWeights[:]
	got, err := ParseWeights(FormatWeights(w))
	if err != nil || len(got) != 21 {
		t.Fatalf("ParseWeights(FormatWeights(defaults)) = %v, %v", got, err)
	}
	for i := range w {
		if math.Abs(got[i]-w[i]) > 5e-5 {
			t.Errorf("w%d: %v, want %v", i, got[i], w[i])
		}
	}
	if s := FormatWeights([]float64{0.21234567, 1}); s != "0.2123 1" {
		t.Errorf("FormatWeights = %q", s)
	}
	if FormatWeights(nil) != "defaults (FSRS-6)" {
		t.Errorf("FormatWeights(nil) = %q", FormatWeights(nil))
	}
	// 19 weights of FSRS-5, comma-separated, are taken.
	if got, err := ParseWeights(strings.Repeat("1,", 18) + "0.5"); err != nil || len(got) != 19 {
		t.Errorf("19 weights: %v, %v", got, err)
	}
}

// TestChangeSettings: the stored settings changed, the limits saved, read
// back together.
func TestChangeSettings(t *testing.T) {
	db := storetest.Open(t)
	if err := ChangeScheduler(db, func(s *Scheduler) error { return s.Set("retention", "0.8") }); err != nil {
		t.Fatal(err)
	}
	bad := ChangeScheduler(db, func(s *Scheduler) error { return s.Set("retention", "0.1") })
	if bad == nil {
		t.Fatal("retention 0.1 stored")
	}
	l, err := ChangeLimits(db, nil, intp(50))
	if err != nil || l != (Limits{New: DefaultLimits.New, Reviews: 50}) {
		t.Fatalf("limits %+v, %v", l, err)
	}
	st, err := LoadSettings(db)
	if err != nil || st.DesiredRetention != 0.8 || st.Limits != l {
		t.Errorf("settings %+v, %v", st, err)
	}
}

func intp(n int) *int { return &n }
