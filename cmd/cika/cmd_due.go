package main

import (
	"github.com/urfave/cli/v2"

	"cika/srs/review"
)

// dueCommand is `cika due`: how many cards wait now, later today and
// tomorrow.
func dueCommand() *cli.Command {
	return &cli.Command{
		Name:  "due",
		Usage: "count the cards due now, later today and tomorrow",
		Description: "Counts, without changing anything:\n" +
			"  now          learning cards due now and reviews due today\n" +
			"  new          new cards today's limit still allows\n" +
			"  later today  learning cards that come back later today\n" +
			"  tomorrow     cards that fall due tomorrow\n" +
			"  this week    everything due within seven days, today's included\n" +
			"A day starts at 04:00 local time, as in Anki. Suspended and buried cards\n" +
			"are not due.\n\n" +
			"Examples:\n" +
			"  cika due\n" +
			"  cika due --json | jq .now",
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
