package main

import (
	"io"

	"github.com/urfave/cli/v2"

	"cika/srs/review"
	"cika/srs/store"
)

// statsCommand is `cika stats`: the collection and the learner's progress.
func statsCommand() *cli.Command {
	return &cli.Command{
		Name:        "stats",
		Usage:       "show your progress: cards by state, reviews, forecast, retention, HSK coverage",
		Description: help("stats"),
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print a JSON object (shape in README)"},
		},
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			var path string
			return show(c, true, func(db *store.DB) (review.Stats, error) {
				path = displayPath(db.Path())
				opt, err := scheduleOptions(db)
				if err != nil {
					return review.Stats{}, err
				}
				return review.ComputeStats(db, opt)
			}, func(w io.Writer, st review.Stats) error { return review.WriteStats(w, path, st) })
		},
	}
}
