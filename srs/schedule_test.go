package srs_test

import (
	"math"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // RolloverDay tests need America/New_York everywhere

	"cika/srs"
)

var t0 = time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)

func mustScheduler(t testing.TB, p srs.Parameters, day srs.DayFunc) *srs.Scheduler {
	t.Helper()
	s, err := srs.NewScheduler(p, day)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Configurations of the table below, all without fuzz so that the figures
// are exact.
func stepsOn() srs.Parameters {
	p := srs.DefaultParameters()
	p.Fuzz = false
	return p
}

func stepsOff() srs.Parameters {
	p := stepsOn()
	p.LearningSteps, p.RelearningSteps = nil, nil
	return p
}

func longTerm() srs.Parameters {
	p := stepsOff()
	p.ShortTerm = false
	return p
}

func withSteps(learn, relearn []time.Duration) srs.Parameters {
	p := stepsOn()
	p.LearningSteps, p.RelearningSteps = learn, relearn
	return p
}

func withMax(p srs.Parameters, days int) srs.Parameters {
	p.MaximumInterval = days
	return p
}

// A card in Review with S = 10 and D = 5, last reviewed `ago` before t0.
func reviewCard(ago time.Duration) srs.Card {
	return srs.Card{State: srs.Review, Stability: 10, Difficulty: 5, LastReview: t0.Add(-ago),
		Due: t0, ScheduledDays: 10, Reps: 4, Lapses: 1}
}

// Expected figures worked out from SPEC.md's formulas by hand (Python),
// independently of this package.
func TestScheduleEdgeCases(t *testing.T) {
	type want struct {
		state  srs.State
		step   int
		days   int           // ScheduledDays
		wait   time.Duration // Due - now
		lapses int
		s, d   float64 // 0: not checked
	}
	const D0Hard, D0Good = 5.112170705601055, 2.118103970459015
	lapsed := srs.Card{State: srs.Relearning, Stability: 1.3919869729546932, Difficulty: 8.341762369296838,
		LastReview: t0.Add(-10 * time.Minute), Due: t0, Reps: 5, Lapses: 2}
	learning1 := srs.Card{State: srs.Learning, Stability: 2.3065, Difficulty: D0Good, Step: 1,
		LastReview: t0.Add(-10 * time.Minute), Due: t0, Reps: 1}
	for _, tc := range []struct {
		name string
		p    srs.Parameters
		card srs.Card
		g    srs.Grade
		want want
	}{
		// First answer of each grade.
		{"new again", stepsOn(), srs.NewCard(t0), srs.Again, want{srs.Learning, 0, 0, time.Minute, 0, 0.212, 6.4133}},
		{"new hard", stepsOn(), srs.NewCard(t0), srs.Hard, want{srs.Learning, 0, 0, 6 * time.Minute, 0, 1.2931, D0Hard}},
		{"new good", stepsOn(), srs.NewCard(t0), srs.Good, want{srs.Learning, 1, 0, 10 * time.Minute, 0, 2.3065, D0Good}},
		{"new easy", stepsOn(), srs.NewCard(t0), srs.Easy, want{srs.Review, 0, 8, 8 * 24 * time.Hour, 0, 8.2956, 1}},
		{"new again, no steps", stepsOff(), srs.NewCard(t0), srs.Again, want{srs.Review, 0, 1, 24 * time.Hour, 0, 0.212, 6.4133}},
		{"new hard, no steps", stepsOff(), srs.NewCard(t0), srs.Hard, want{srs.Review, 0, 1, 24 * time.Hour, 0, 1.2931, D0Hard}},
		{"new good, no steps", stepsOff(), srs.NewCard(t0), srs.Good, want{srs.Review, 0, 2, 48 * time.Hour, 0, 2.3065, D0Good}},
		{"new again, long-term", longTerm(), srs.NewCard(t0), srs.Again, want{srs.Review, 0, 1, 24 * time.Hour, 0, 0.212, 6.4133}},
		{"new hard, long-term: after again", longTerm(), srs.NewCard(t0), srs.Hard, want{srs.Review, 0, 2, 48 * time.Hour, 0, 1.2931, D0Hard}},
		{"new good, long-term: after hard", longTerm(), srs.NewCard(t0), srs.Good, want{srs.Review, 0, 3, 72 * time.Hour, 0, 2.3065, D0Good}},
		{"new easy, long-term", longTerm(), srs.NewCard(t0), srs.Easy, want{srs.Review, 0, 8, 8 * 24 * time.Hour, 0, 8.2956, 1}},

		// Steps.
		{"one step: hard is 1.5 steps", withSteps([]time.Duration{10 * time.Minute}, nil), srs.NewCard(t0), srs.Hard, want{srs.Learning, 0, 0, 15 * time.Minute, 0, 0, 0}},
		{"one step: good graduates", withSteps([]time.Duration{10 * time.Minute}, nil), srs.NewCard(t0), srs.Good, want{srs.Review, 0, 2, 48 * time.Hour, 0, 2.3065, 0}},
		{"last step: hard stays", stepsOn(), learning1, srs.Hard, want{srs.Learning, 1, 0, 6 * time.Minute, 0, 2.3065, 0}},
		{"last step: again restarts", stepsOn(), learning1, srs.Again, want{srs.Learning, 0, 0, time.Minute, 0, 0, 0}},
		{"last step: good graduates", stepsOn(), learning1, srs.Good, want{srs.Review, 0, 2, 48 * time.Hour, 0, 2.3065, 0}},
		{"step of a day goes to review", withSteps([]time.Duration{time.Minute, 24 * time.Hour}, nil), srs.NewCard(t0), srs.Good, want{srs.Review, 1, 1, 24 * time.Hour, 0, 2.3065, D0Good}},

		// A review 10 days after the last, at R = 0.9.
		{"review hard", stepsOn(), reviewCard(10 * 24 * time.Hour), srs.Hard, want{srs.Review, 0, 23, 23 * 24 * time.Hour, 1, 23.246875110466817, 6.665995369296838}},
		{"review good", stepsOn(), reviewCard(10 * 24 * time.Hour), srs.Good, want{srs.Review, 0, 32, 32 * 24 * time.Hour, 1, 32.02672948198673, 4.9902283692968386}},
		{"review easy", stepsOn(), reviewCard(10 * 24 * time.Hour), srs.Easy, want{srs.Review, 0, 51, 51 * 24 * time.Hour, 1, 51.25386164681294, 3.3144613692968385}},

		// Lapses.
		{"lapse to relearning", stepsOn(), reviewCard(10 * 24 * time.Hour), srs.Again, want{srs.Relearning, 0, 0, 10 * time.Minute, 2, 1.3919869729546932, 8.341762369296838}},
		{"lapse without relearning steps", stepsOff(), reviewCard(10 * 24 * time.Hour), srs.Again, want{srs.Review, 0, 1, 24 * time.Hour, 2, 1.3919869729546932, 8.341762369296838}},
		{"lapse, long-term", longTerm(), reviewCard(10 * 24 * time.Hour), srs.Again, want{srs.Review, 0, 1, 24 * time.Hour, 2, 1.3919869729546932, 8.341762369296838}},
		{"relearning good graduates", stepsOn(), lapsed, srs.Good, want{srs.Review, 0, 1, 24 * time.Hour, 2, 1.431103785326287, 0}},
		{"relearning again stays", stepsOn(), lapsed, srs.Again, want{srs.Relearning, 0, 0, 10 * time.Minute, 2, 0, 0}},
		{"relearning hard: 1.5 steps", stepsOn(), lapsed, srs.Hard, want{srs.Relearning, 0, 0, 15 * time.Minute, 2, 0, 0}},

		// Same-day repeats of a review card (t = 0): the short-term rule.
		{"same day again", stepsOff(), reviewCard(time.Hour), srs.Again, want{srs.Review, 0, 3, 3 * 24 * time.Hour, 2, 3.0512489355716377, 0}},
		{"same day hard: S kept", stepsOff(), reviewCard(time.Hour), srs.Hard, want{srs.Review, 0, 10, 10 * 24 * time.Hour, 1, 10, 0}},
		{"same day good: after hard", stepsOff(), reviewCard(time.Hour), srs.Good, want{srs.Review, 0, 11, 11 * 24 * time.Hour, 1, 10, 0}},
		{"same day easy", stepsOff(), reviewCard(time.Hour), srs.Easy, want{srs.Review, 0, 16, 16 * 24 * time.Hour, 1, 15.5343079471667, 0}},
		{"same day, long-term: R = 1, S kept", longTerm(), reviewCard(time.Hour), srs.Good, want{srs.Review, 0, 11, 11 * 24 * time.Hour, 1, 10, 0}},

		// Maximum interval: hard is capped; good and easy stay after it, one
		// and two days beyond the cap, as in the reference.
		{"maximum hard", withMax(stepsOn(), 100), srs.Card{State: srs.Review, Stability: 1000, Difficulty: 5, LastReview: t0.AddDate(0, 0, -1000)}, srs.Hard, want{srs.Review, 0, 100, 100 * 24 * time.Hour, 0, 0, 0}},
		{"maximum good", withMax(stepsOn(), 100), srs.Card{State: srs.Review, Stability: 1000, Difficulty: 5, LastReview: t0.AddDate(0, 0, -1000)}, srs.Good, want{srs.Review, 0, 101, 101 * 24 * time.Hour, 0, 0, 0}},
		{"maximum easy", withMax(stepsOn(), 100), srs.Card{State: srs.Review, Stability: 1000, Difficulty: 5, LastReview: t0.AddDate(0, 0, -1000)}, srs.Easy, want{srs.Review, 0, 102, 102 * 24 * time.Hour, 0, 0, 0}},
		{"maximum stability", stepsOn(), srs.Card{State: srs.Review, Stability: 36000, Difficulty: 1, LastReview: t0.AddDate(0, 0, -36000)}, srs.Easy, want{srs.Review, 0, 36502, 36502 * 24 * time.Hour, 0, 36500, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := mustScheduler(t, tc.p, srs.UTCDay)
			got, log := s.Schedule(tc.card, tc.g, t0)
			w := tc.want
			if got.State != w.state || got.Step != w.step || got.ScheduledDays != w.days || got.Due.Sub(t0) != w.wait || got.Lapses != w.lapses {
				t.Errorf("got %v step %d, %d days, due in %v, %d lapses; want %v step %d, %d days, due in %v, %d lapses",
					got.State, got.Step, got.ScheduledDays, got.Due.Sub(t0), got.Lapses, w.state, w.step, w.days, w.wait, w.lapses)
			}
			if w.s != 0 && !relClose(got.Stability, w.s, 1e-9) {
				t.Errorf("stability %v, want %v", got.Stability, w.s)
			}
			if w.d != 0 && !relClose(got.Difficulty, w.d, 1e-9) {
				t.Errorf("difficulty %v, want %v", got.Difficulty, w.d)
			}
			if got.Reps != tc.card.Reps+1 || !got.LastReview.Equal(t0) {
				t.Errorf("reps %d, last review %v; want %d, %v", got.Reps, got.LastReview, tc.card.Reps+1, t0)
			}
			if log.After != got || log.Before != tc.card || log.Grade != tc.g || !log.Time.Equal(t0) || log.ScheduledDays != got.ScheduledDays {
				t.Errorf("log %+v does not describe the answer", log)
			}
		})
	}
}

func TestReviewLog(t *testing.T) {
	s := mustScheduler(t, stepsOn(), srs.UTCDay)
	c := reviewCard(10 * 24 * time.Hour)
	got, log := s.Schedule(c, srs.Good, t0)
	if log.ElapsedDays != 10 || log.ScheduledDays != 32 || math.Abs(log.Retrievability-0.9) > 1e-12 ||
		log.Before != c || log.After != got || log.Grade != srs.Good || !log.Time.Equal(t0) || log.Duration != 0 {
		t.Errorf("log = %+v", log)
	}
	_, log = s.Schedule(srs.NewCard(t0), srs.Good, t0.Add(time.Hour))
	if log.ElapsedDays != 0 || log.Retrievability != 0 || log.Before.State != srs.New {
		t.Errorf("first review log = %+v", log)
	}
}

func TestRetrievability(t *testing.T) {
	s := mustScheduler(t, stepsOn(), srs.UTCDay)
	c := srs.Card{State: srs.Review, Stability: 10, Difficulty: 5, LastReview: t0}
	for _, tc := range []struct {
		days int
		want float64
	}{{0, 1}, {10, 0.9}, {20, 0.8458846451494336}} {
		if got := s.Retrievability(c, t0.AddDate(0, 0, tc.days)); !relClose(got, tc.want, 1e-12) {
			t.Errorf("R after %d days = %v, want %v", tc.days, got, tc.want)
		}
	}
	if got := s.Retrievability(srs.NewCard(t0), t0.AddDate(0, 0, 5)); got != 0 {
		t.Errorf("R of a new card = %v, want 0", got)
	}
	if got := s.Retrievability(c, t0.AddDate(0, 0, -3)); got != 1 {
		t.Errorf("R before the last review = %v, want 1", got)
	}
}

func TestPreview(t *testing.T) {
	s := mustScheduler(t, stepsOn(), srs.UTCDay)
	o := s.Preview(srs.NewCard(t0), t0)
	if got, want := o.String(), "Again 1m · Hard 6m · Good 10m · Easy 8d"; got != want {
		t.Errorf("preview of a new card = %q, want %q", got, want)
	}
	if got, want := s.Preview(reviewCard(10*24*time.Hour), t0).String(), "Again 10m · Hard 23d · Good 1.1mo · Easy 1.7mo"; got != want {
		t.Errorf("preview of a review card = %q, want %q", got, want)
	}

	// With fuzz, Preview and Schedule agree, whatever the seed.
	fz := mustScheduler(t, srs.DefaultParameters(), srs.UTCDay)
	for seed := range uint64(50) {
		c := reviewCard(10 * 24 * time.Hour)
		c.Seed = seed
		p := fz.Preview(c, t0)
		for _, g := range srs.Grades {
			got, log := fz.Schedule(c, g, t0.Add(5*time.Second))
			o := p.Of(g)
			if got.ScheduledDays != o.Card.ScheduledDays || got.State != o.Card.State || got.Stability != o.Card.Stability || log.Grade != o.Log.Grade {
				t.Fatalf("seed %d %v: schedule %+v, preview %+v", seed, g, got, o.Card)
			}
		}
	}
}

func TestFuzz(t *testing.T) {
	fz := mustScheduler(t, srs.DefaultParameters(), srs.UTCDay)
	plain := mustScheduler(t, stepsOn(), srs.UTCDay)
	base := reviewCard(10 * 24 * time.Hour)
	want, _ := plain.Schedule(base, srs.Good, t0) // 32 days unfuzzed: delta 3.575, range [28, 36]
	seen := map[int]int{}
	for seed := range uint64(1000) {
		c := base
		c.Seed = seed
		a, _ := fz.Schedule(c, srs.Good, t0)
		b, _ := fz.Schedule(c, srs.Good, t0)
		if a != b {
			t.Fatalf("seed %d: two answers differ: %v and %v days", seed, a.ScheduledDays, b.ScheduledDays)
		}
		if a.ScheduledDays < 28 || a.ScheduledDays > 36 || !a.Due.Equal(t0.AddDate(0, 0, a.ScheduledDays)) {
			t.Fatalf("seed %d: %d days (due %v), want 28..36 around %d", seed, a.ScheduledDays, a.Due, want.ScheduledDays)
		}
		seen[a.ScheduledDays]++
	}
	for d := 28; d <= 36; d++ {
		if seen[d] < 60 || seen[d] > 170 {
			t.Errorf("fuzz over 1000 seeds: %v, want each of 28..36 about 111 times", seen)
			break
		}
	}
	// The same card at its next review count gets another draw.
	c := base
	differ := 0
	for seed := range uint64(100) {
		c.Seed, c.Reps = seed, 4
		a, _ := fz.Schedule(c, srs.Good, t0)
		c.Reps = 5
		b, _ := fz.Schedule(c, srs.Good, t0)
		if a.ScheduledDays != b.ScheduledDays {
			differ++
		}
	}
	if differ < 50 {
		t.Errorf("changing the review count changed the fuzz of %d/100 cards", differ)
	}
	// Intervals under 2.5 days are not fuzzed.
	for seed := range uint64(100) {
		c := srs.NewCard(t0)
		c.Seed = seed
		if got, _ := fz.Schedule(c, srs.Good, t0); got.Due.Sub(t0) != 10*time.Minute {
			t.Fatalf("learning step fuzzed: %v", got.Due.Sub(t0))
		}
	}
}

func TestInvalidGradePanics(t *testing.T) {
	s := mustScheduler(t, stepsOn(), srs.UTCDay)
	for _, g := range []srs.Grade{0, 5} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(r.(string), "invalid grade") {
					t.Errorf("grade %d: recovered %v, want an invalid grade panic", g, r)
				}
			}()
			s.Schedule(srs.NewCard(t0), g, t0)
		}()
	}
}

func TestIsDue(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	s := mustScheduler(t, stepsOn(), srs.RolloverDay(ny, 4))
	at := func(s string) time.Time {
		t.Helper()
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, ny)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	learning := srs.Card{State: srs.Learning, Due: at("2026-03-02 10:10"), LastReview: at("2026-03-02 10:00")}
	review := srs.Card{State: srs.Review, ScheduledDays: 3, Due: at("2026-03-05 22:00"), LastReview: at("2026-03-02 22:00")}
	for _, tc := range []struct {
		c    srs.Card
		now  string
		want bool
	}{
		{srs.NewCard(at("2030-01-01 00:00")), "2026-03-02 10:00", true},
		{learning, "2026-03-02 10:09", false},
		{learning, "2026-03-02 10:10", true},
		{review, "2026-03-05 03:59", false}, // still the 4th
		{review, "2026-03-05 04:00", true},  // the 5th began at 4 am
		{review, "2026-03-06 02:00", true},
	} {
		if got := s.IsDue(tc.c, at(tc.now)); got != tc.want {
			t.Errorf("IsDue(%v due %v, %s) = %v, want %v", tc.c.State, tc.c.Due, tc.now, got, tc.want)
		}
	}
}

func TestDays(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	utc := func(s string) time.Time {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	for _, tc := range []struct {
		name   string
		day    srs.DayFunc
		a, b   string
		wantDs int64
	}{
		{"utc: one minute over midnight is a day", srs.UTCDay, "2024-06-18T23:59:00Z", "2024-06-19T00:01:00Z", 1},
		{"utc: 23 hours the same date", srs.UTCDay, "2024-06-18T00:30:00Z", "2024-06-18T23:30:00Z", 0},
		{"utc: before 1970", srs.UTCDay, "1969-12-31T23:59:00Z", "1970-01-01T00:00:00Z", 1},
		{"utc: time zone of the value ignored", srs.UTCDay, "2024-06-18T23:00:00-05:00", "2024-06-19T05:00:00Z", 0},
		{"rollover 4: 23:00 to 02:00 is the same day", srs.RolloverDay(ny, 4), "2026-03-02T04:00:00Z", "2026-03-02T07:00:00Z", 0},
		{"rollover 4: 03:59 to 04:00 is a day", srs.RolloverDay(ny, 4), "2026-03-02T08:59:00Z", "2026-03-02T09:00:00Z", 1},
		{"rollover 4: over spring forward (4 am EDT)", srs.RolloverDay(ny, 4), "2026-03-08T07:59:00Z", "2026-03-08T08:00:00Z", 1},
		{"rollover 4: over fall back (4 am EST)", srs.RolloverDay(ny, 4), "2026-11-01T08:59:00Z", "2026-11-01T09:00:00Z", 1},
		{"rollover 0 is local midnight", srs.RolloverDay(ny, 0), "2026-03-02T04:59:00Z", "2026-03-02T05:00:00Z", 1},
		{"rollover nil location is UTC", srs.RolloverDay(nil, 4), "2026-03-02T03:59:00Z", "2026-03-02T04:00:00Z", 1},
		{"rollover: a year", srs.RolloverDay(ny, 4), "2024-01-01T12:00:00Z", "2025-01-01T12:00:00Z", 366},
	} {
		if got := tc.day(utc(tc.b)) - tc.day(utc(tc.a)); got != tc.wantDs {
			t.Errorf("%s: %d days, want %d", tc.name, got, tc.wantDs)
		}
	}
	// Learner's days: a card answered at 23:00 and again at 02:00 was
	// answered twice on one day, so the same-day rule applies.
	s := mustScheduler(t, stepsOff(), srs.RolloverDay(ny, 4))
	c := srs.Card{State: srs.Review, Stability: 10, Difficulty: 5, LastReview: utc("2026-03-02T23:00:00Z")}
	now := utc("2026-03-03T06:00:00Z") // 18:00 to 01:00 in New York
	if got, log := s.Schedule(c, srs.Good, now); log.ElapsedDays != 0 || got.Stability != 10 {
		t.Errorf("18:00 to 01:00 with rollover at 4: %d elapsed days, S %v; want 0, 10", log.ElapsedDays, got.Stability)
	}
	if _, log := mustScheduler(t, stepsOff(), srs.UTCDay).Schedule(c, srs.Good, now); log.ElapsedDays != 1 {
		t.Errorf("over UTC midnight: %d elapsed days, want 1", log.ElapsedDays)
	}
}

func TestRolloverDayPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("RolloverDay(nil, 24) did not panic")
		}
	}()
	srs.RolloverDay(nil, 24)
}

func TestFormatInterval(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "<1m"},
		{30 * time.Second, "<1m"},
		{time.Minute, "1m"},
		{6 * time.Minute, "6m"},
		{59*time.Minute + 40*time.Second, "1h"},
		{90 * time.Minute, "1.5h"},
		{23 * time.Hour, "23h"},
		{24 * time.Hour, "1d"},
		{8 * 24 * time.Hour, "8d"},
		{29 * 24 * time.Hour, "29d"},
		{32 * 24 * time.Hour, "1.1mo"},
		{60 * 24 * time.Hour, "2mo"},
		{364 * 24 * time.Hour, "12.1mo"},
		{365 * 24 * time.Hour, "1y"},
		{548 * 24 * time.Hour, "1.5y"},
		{36500 * 24 * time.Hour, "100y"},
	} {
		if got := srs.FormatInterval(tc.d); got != tc.want {
			t.Errorf("FormatInterval(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}
