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
		Name:  "stats",
		Usage: "show your progress: cards by state, reviews, forecast, retention, HSK coverage",
		Description: "Reads the collection without changing it and prints:\n" +
			"  - its size (documents, sentences, words, names, known words);\n" +
			"  - the cards by state (new, learning, review, relearning), suspended cards\n" +
			"    and the new cards of known words (never introduced) apart;\n" +
			"  - reviews per day over the last 30 days, and the cards falling due on\n" +
			"    each of the next 30 days (overdue cards count today), as bar charts;\n" +
			"  - true retention: the share of answers to review cards that were not\n" +
			"    Again, over the last 30 days and all time, next to the retention FSRS\n" +
			"    aims at (90%); a true retention well below it means the cards are hard;\n" +
			"  - HSK 2.0 coverage: per level, the words you know (`cika known`) or are\n" +
			"    learning (a card past new), and the share of levels 1..N covered.\n" +
			"Days start at 04:00 local time, as in Anki.\n\n" +
			"Examples:\n" +
			"  cika stats\n" +
			"  cika stats --json | jq .retention",
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
