package export

import (
	"reflect"
	"testing"
	"time"

	"cika/srs"
)

// TestScheduleCarriesEveryField fills every field of an srs.Card and a
// ReviewLog with a distinct value and checks each arrives, so that a field
// added to anki.Schedule but not mapped here shows.
func TestScheduleCarriesEveryField(t *testing.T) {
	at := time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)
	c := srs.Card{State: srs.Relearning, Stability: 2.5, Difficulty: 7.25, Step: 1, Due: at.Add(time.Hour),
		LastReview: at, ScheduledDays: 3, Reps: 9, Lapses: 2, Seed: 42}
	s := schedule(c)
	v := reflect.ValueOf(s)
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Errorf("anki.Schedule.%s not carried", v.Type().Field(i).Name)
		}
	}
	if int(s.State) != int(c.State) || s.Stability != c.Stability || s.Difficulty != c.Difficulty || s.Step != c.Step ||
		!s.Due.Equal(c.Due) || !s.LastReview.Equal(c.LastReview) || s.ScheduledDays != 3 || s.Reps != 9 || s.Lapses != 2 {
		t.Errorf("schedule(%+v) = %+v", c, s)
	}
	log := srs.ReviewLog{Time: at, Grade: srs.Easy, ElapsedDays: 1, ScheduledDays: 5, Before: c, After: c,
		Duration: time.Second, Retrievability: 0.8}
	a := answer(&log)
	v = reflect.ValueOf(a)
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Errorf("anki.Answer.%s not carried", v.Type().Field(i).Name)
		}
	}
	if int(a.Grade) != int(srs.Easy) || a.ScheduledDays != 5 || a.Duration != time.Second || !a.Time.Equal(at) {
		t.Errorf("answer(%+v) = %+v", log, a)
	}
}
