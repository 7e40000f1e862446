package main

import (
	"github.com/urfave/cli/v2"

	"cika/srs/review"
)

// dueCommand is `cika due`: how many cards wait now, later today and
// tomorrow.
func dueCommand() *cli.Command {
	return &cli.Command{
		Name:        "due",
		Usage:       "count the cards due now, later today and tomorrow",
		Description: help("due"),
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print a JSON object (shape in README)"},
		},
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			// One open for the settings and the counts: each open of a big
			// collection maps it afresh.
			db, err := openCollection(c, true)
			if err != nil {
				return err
			}
			defer db.Close()
			opt, err := scheduleOptions(db)
			if err != nil {
				return err
			}
			d, err := review.Count(db, opt)
			if err != nil {
				return err
			}
			clockNote(c.App.ErrWriter, d.Behind)
			if c.Bool("json") {
				return writeJSON(c.App.Writer, d.JSON())
			}
			return review.WriteDue(c.App.Writer, d)
		},
	}
}
