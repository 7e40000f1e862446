package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"cika/srs/review"
	"cika/srs/review/tui"
	"cika/srs/store"
)

// reviewCommand is `cika review`: today's review session, full-screen or
// --plain.
func reviewCommand() *cli.Command {
	return &cli.Command{
		Name:        "review",
		Usage:       "review today's cards (full-screen; --plain for pipes and scripts)",
		Description: help("review"),
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "plain", Usage: "line-by-line session on stdin/stdout, for pipes and scripts"},
			&cli.IntFlag{Name: "new", Usage: "new cards for this session", DefaultText: "what is left of the daily limit"},
			&cli.IntFlag{Name: "limit", Usage: "reviews for this session", DefaultText: "what is left of the daily limit"},
			&cli.BoolFlag{Name: "save", Usage: "keep --new and --limit as the daily limits"},
		},
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			path, err := dbPath(c)
			if err != nil {
				return err
			}
			coll := store.Lazy{Path: path}
			opt, err := reviewOptions()
			if err != nil {
				return err
			}
			opt.Settings = true        // read with the queue
			var newCards, reviews *int // --new, --limit
			for _, f := range []struct {
				name string
				to   **int
			}{{"new", &newCards}, {"limit", &reviews}} {
				if !c.IsSet(f.name) {
					continue
				}
				if c.Int(f.name) < 0 {
					return usageError{msg: fmt.Sprintf("--%s must not be negative", f.name)}
				}
				n := c.Int(f.name)
				*f.to = &n
			}
			if c.Bool("save") {
				if newCards == nil && reviews == nil {
					return usageError{msg: "--save keeps --new and --limit: give at least one"}
				}
				l, err := review.ChangeLimits(coll, newCards, reviews)
				if err != nil {
					return err
				}
				fmt.Fprintf(c.App.ErrWriter, "daily limits: %d new, %d reviews\n", l.New, l.Reviews)
			} else {
				opt.New, opt.Reviews = newCards, reviews
			}
			if !c.Bool("plain") && !(isTerminal(c.App.Writer) && isTerminal(c.App.Reader)) {
				return usageError{msg: "the full-screen review needs a terminal", hint: "use `cika review --plain` in pipes and scripts"}
			}
			s, err := review.Start(coll, opt)
			if err != nil {
				return err
			}
			clockNote(c.App.ErrWriter, s.Behind())
			if c.Bool("plain") {
				_, err := review.Plain(s, c.App.Reader, c.App.Writer)
				return err
			}
			return tui.Run(s, review.Homographs(coll), c.App.Reader, c.App.Writer, useColor(c.App.Writer))
		},
	}
}

// reviewOptions are the session's clock and day: the learner's time zone,
// days starting at 04:00, and for tests CIKA_NOW (RFC 3339), the instant the
// clock starts at; it runs on from there.
func reviewOptions() (review.Options, error) {
	opt := review.Options{Location: time.Local, Now: now}
	t0, err := testNow()
	if !t0.IsZero() {
		start := time.Now()
		opt.Now = func() time.Time { return t0.Add(time.Since(start)) }
	}
	return opt, err
}

// testNow is CIKA_NOW (RFC 3339), the instant tests start the clock at;
// zero when it is not set.
func testNow() (time.Time, error) {
	v := os.Getenv("CIKA_NOW")
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return t, fmt.Errorf("CIKA_NOW: %w", err)
	}
	return t, nil
}

// clockNote tells the learner, when the clock is a day or more behind the
// collection's last answer (last is not zero), that the day is the clock's:
// a wrong clock otherwise shows an odd day without a word.
func clockNote(w io.Writer, last time.Time) {
	if !last.IsZero() {
		fmt.Fprintf(w, "cika: note: the clock is behind the last answer (%s): the answers after it count for their own days, not today\n",
			last.Local().Format("2006-01-02 15:04 MST"))
	}
}
