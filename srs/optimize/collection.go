package optimize

import (
	"errors"
	"fmt"
	"os"
	"time"

	"cika/srs"
	"cika/srs/review"
	"cika/srs/store"
)

// Job is `cika optimize`: fit the weights to the collection's review log
// (or to an FSRS CSV log), compare them with the weights in use, and store
// them in the collection's settings if they predict better. Fit itself is
// pure (Run); the job reads and writes around it.
type Job struct {
	// Collection is the collection file; "" for none (Revlog is then
	// fitted against the default weights and nothing is stored).
	Collection string
	// Revlog is an FSRS CSV review log to fit instead of the collection's
	// (days are then UTC calendar days).
	Revlog string
	// DryRun stores nothing.
	DryRun bool
	// Clock gives the learner's clock and time zone (Now, Location), the
	// collection's settings (review.WithSettings) the rest; called only
	// when a collection is read.
	Clock func() (review.Options, error)
	// Progress, if not nil, is told of the fit's steps (Options.Progress).
	Progress func(done, total int)
	// Note is told why a collection that cannot be opened is left out
	// when Revlog is given (nil: not told).
	Note func(err error)
}

// Outcome is `cika optimize --json`: Run's report, where the log came
// from, and whether the weights were stored.
type Outcome struct {
	Source string `json:"source"` // the CSV file, or "collection"
	Report
	Stored bool `json:"stored"` // the weights were written to the collection
	// Opened tells that a collection was read: the weights could have
	// been stored.
	Opened bool `json:"-"`
}

// Run runs the job. ErrNotEnoughData when the log is too short to fit.
func (j Job) Run() (Outcome, error) {
	out := Outcome{Source: "collection"}
	cfg := Config{Current: srs.DefaultWeights, Retention: 0.9, Options: DefaultOptions()}
	cfg.Options.Progress = j.Progress
	log, err := j.fromCollection(&cfg, &out)
	if err != nil {
		return out, err
	}
	if j.Revlog != "" {
		out.Source = j.Revlog
		f, err := os.Open(j.Revlog)
		if err != nil {
			return out, fmt.Errorf("read review log: %w", err)
		}
		log, err = ReadCSV(f, j.Revlog)
		f.Close()
		if err != nil {
			return out, err
		}
	}
	rep, err := Run(log, cfg)
	if errors.Is(err, ErrNotEnoughData) {
		return out, fmt.Errorf("optimize: %w; the weights stay as they are", err)
	} else if err != nil {
		return out, err
	}
	out.Report = rep
	if rep.Better && !j.DryRun && out.Opened {
		if err := j.store(rep.Fitted); err != nil {
			return out, err
		}
		out.Stored = true
	}
	return out, nil
}

// fromCollection reads the weights in use, the desired retention and the
// day start from the collection, and its review log unless Revlog is
// given. The collection is closed before the weights are stored, which
// opens it for writing.
func (j Job) fromCollection(cfg *Config, out *Outcome) ([]Review, error) {
	if j.Collection == "" {
		return nil, nil
	}
	db, err := store.Open(j.Collection, &store.Options{ReadOnly: true})
	switch {
	case errors.Is(err, store.ErrNoCollection) && j.Revlog != "":
		return nil, nil
	case err != nil && j.Revlog != "":
		// A file needs no collection: fit it against the defaults.
		if j.Note != nil {
			j.Note(err)
		}
		return nil, nil
	case err != nil:
		return nil, err
	}
	defer db.Close()
	out.Opened = true
	opt, err := j.Clock()
	if err != nil {
		return nil, err
	}
	if opt, err = review.WithSettings(db, opt); err != nil {
		return nil, err
	}
	var log []Review
	if j.Revlog == "" {
		if log, err = collectionLog(db); err != nil {
			return nil, err
		}
	}
	p := srs.DefaultParameters()
	if opt.Params != nil {
		p = *opt.Params
	}
	cfg.Current, cfg.Retention = p.W, p.DesiredRetention
	if j.Revlog == "" {
		hour := 4
		if opt.RolloverHour != nil {
			hour = *opt.RolloverHour
		}
		now := opt.Now
		if now == nil {
			now = time.Now
		}
		cfg.Day = srs.RolloverDay(opt.Location, hour)
		cfg.Now = now()
	}
	return log, db.Close()
}

// collectionLog reads the collection's review log; cards are numbered in
// the order they first appear.
func collectionLog(db *store.DB) ([]Review, error) {
	ids := map[store.CardKey]int64{}
	var log []Review
	err := db.Reviews(time.Time{}, func(r store.Review) bool {
		id, ok := ids[r.ID.Card]
		if !ok {
			id = int64(len(ids))
			ids[r.ID.Card] = id
		}
		log = append(log, Review{Card: id, Time: r.Time, Rating: r.Grade, State: r.Before.State})
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("read the review log: %w", err)
	}
	return log, nil
}

// store writes w into the collection's scheduler settings.
func (j Job) store(w [21]float64) error {
	db, err := store.Open(j.Collection, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := review.LoadScheduler(db)
	if err != nil {
		return err
	}
	s.Weights = w[:]
	if err := review.SaveScheduler(db, s); err != nil {
		return fmt.Errorf("store the weights: %w", err)
	}
	return db.Close()
}
