package optimize_test

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"cika/srs"
	"cika/srs/optimize"
	"cika/srs/review"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

const revlog = "testdata/shared_b_150x60.csv"

func clock() (review.Options, error) {
	return review.Options{Location: time.UTC, Now: func() time.Time { return time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC) }}, nil
}

// TestJobRevlog: a CSV log with no collection is fitted against the
// default weights and stored nowhere; a collection that cannot be opened
// is noted, one that does not exist yet silently left out.
func TestJobRevlog(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		collection string
		notes      int
	}{{"", 0}, {filepath.Join(dir, "none.db"), 0}, {dir, 1}} {
		notes := 0
		j := optimize.Job{Collection: c.collection, Revlog: revlog, Clock: clock, Note: func(error) { notes++ }}
		out, err := j.Run()
		if err != nil {
			t.Fatalf("%q: %v", c.collection, err)
		}
		if out.Source != revlog || out.Opened || out.Stored || out.Reviews == 0 || out.Current != srs.DefaultWeights {
			t.Errorf("%q: source %s, opened %v, stored %v, %d reviews", c.collection, out.Source, out.Opened, out.Stored, out.Reviews)
		}
		if notes != c.notes {
			t.Errorf("%q: %d notes, want %d", c.collection, notes, c.notes)
		}
	}
	// Without a log file, the collection must be there.
	j := optimize.Job{Collection: filepath.Join(dir, "none.db"), Clock: clock}
	if _, err := j.Run(); !errors.Is(err, store.ErrNoCollection) {
		t.Errorf("no collection, no log: %v", err)
	}
}

// TestJobStores: fitted against a collection's settings, the better weights
// are stored in them, unless it is a dry run; a collection with too few
// reviews is ErrNotEnoughData.
func TestJobStores(t *testing.T) {
	db := storetest.Open(t)
	path := db.Path()
	if err := review.SaveScheduler(db, review.Scheduler{DesiredRetention: 0.85, MaximumInterval: 365,
		LearningSteps: "1m", DayStartsAt: 4}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := (optimize.Job{Collection: path, Clock: clock}).Run(); !errors.Is(err, optimize.ErrNotEnoughData) {
		t.Fatalf("empty log: %v", err)
	}
	for _, dry := range []bool{true, false} {
		out, err := optimize.Job{Collection: path, Revlog: revlog, DryRun: dry, Clock: clock}.Run()
		if err != nil {
			t.Fatal(err)
		}
		if !out.Opened || out.Forecast.Retention != 0.85 {
			t.Errorf("dry %v: opened %v, forecast at retention %v", dry, out.Opened, out.Forecast.Retention)
		}
		if !out.Better {
			t.Fatal("the fit of a log simulated with other weights is no better than the defaults")
		}
		if out.Stored != (out.Better && !dry) {
			t.Errorf("dry %v: better %v, stored %v", dry, out.Better, out.Stored)
		}
		db, err := store.Open(path, &store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		s, err := review.LoadScheduler(db)
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		if stored := len(s.Weights) > 0; stored != out.Stored || stored && [21]float64(s.Weights) != out.Fitted {
			t.Errorf("dry %v: weights %v stored, outcome says %v", dry, s.Weights, out.Stored)
		}
	}
}
