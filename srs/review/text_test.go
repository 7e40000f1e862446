package review_test

import (
	"bytes"
	"flag"
	"os"
	"testing"
	"time"

	"cika/srs/review"
	"cika/srs/store"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/stats.txt from WriteStats")

// The stats report on a small learner's figures, against
// testdata/stats.txt: sizes, cards by state, a month's reviews and an empty
// forecast as charts with their axes, retention with and without reviews,
// HSK coverage.
func TestWriteStats(t *testing.T) {
	rate := 0.8
	st := review.Stats{
		Collection: store.Stats{Documents: 1, Sentences: 452, Words: 1451, Names: 12, Cards: 2902, Reviews: 601, Known: 2},
		Cards:      review.CardStates{New: 2880, Learning: 10, Review: 8, Relearning: 1, Suspended: 1, KnownNew: 2},
		Forecast:   []review.DayCount{{Day: "2026-03-09", Count: 0}, {Day: "2026-03-10", Count: 0}},
		Retention:  review.RetentionStats{Desired: 0.9, Month: &rate, MonthPassed: 4, MonthCount: 5},
		HSK: []review.LevelCoverage{{Level: 1, Words: 150, Known: 10, Learned: 5, Cumulative: 0.1},
			{Level: 2, Words: 150, Known: 150, Cumulative: 0.55}},
	}
	day := time.Date(2026, 2, 8, 0, 0, 0, 0, time.UTC)
	for i := range review.StatsDays {
		st.History = append(st.History, review.DayCount{Day: day.AddDate(0, 0, i).Format(time.DateOnly), Count: i * i % 41})
	}
	var b bytes.Buffer
	if err := review.WriteStats(&b, "~/c.db", st); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/stats.txt"
	if *updateGolden {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("got\n%s\nwant (%s)\n%s", b.String(), golden, want)
	}
}

func TestWriteDue(t *testing.T) {
	d := review.Due{Now: 3, New: 20, LaterToday: 2, Tomorrow: 5, DueWeek: 40, NewTotal: 2880, Limits: review.Limits{New: 20, Reviews: 200}}
	var b bytes.Buffer
	if err := review.WriteDue(&b, d); err != nil {
		t.Fatal(err)
	}
	want := "now          3\nnew          20  (2880 not yet studied; 20 a day)\nlater today  2\ntomorrow     5\nthis week    40\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	if j := d.JSON(); j.Week != 40 || j.NewAvailable != 2880 || j.Limits.Reviews != 200 {
		t.Errorf("JSON %+v", j)
	}
}

func TestWriteSettings(t *testing.T) {
	s := review.DefaultScheduler()
	s.RelearningSteps = ""
	var b bytes.Buffer
	if err := review.WriteSettings(&b, review.Settings{Scheduler: s, Limits: review.Limits{New: 20, Reviews: 200}}); err != nil {
		t.Fatal(err)
	}
	want := "retention         0.9\nmax-interval      36500 days\nlearning-steps    1m 10m\nrelearning-steps  none\n" +
		"day-starts        04:00\nweights           " + review.FormatWeights(s.Weights) + "\n" +
		"new cards a day   20  (cika review --new N --save)\nreviews a day     200  (cika review --limit N --save)\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
