package main

import (
	"errors"

	"github.com/urfave/cli/v2"

	"cika/srs/review"
	"cika/srs/store"
)

// settingsCommand is `cika settings`: the scheduling options a learner may
// change, kept in the collection (review.Scheduler), and the daily limits.
func settingsCommand() *cli.Command {
	jsonFlag := &cli.BoolFlag{Name: "json", Usage: "print a JSON object (review.Scheduler's fields and the limits)"}
	return &cli.Command{
		Name:  "settings",
		Usage: "show or change how reviews are scheduled (retention, steps, day start)",
		Description: "What Anki keeps in a deck's options, kept in the collection, so that every\n" +
			"session and every command schedules alike:\n" +
			"  retention         the probability of recall intervals aim at (0.7–0.99; 0.9)\n" +
			"  max-interval      the longest interval, in days (36500)\n" +
			"  learning-steps    a new card's steps before it graduates (\"1m 10m\")\n" +
			"  relearning-steps  a lapsed card's steps (\"10m\"; \"\" for none)\n" +
			"  day-starts        the hour, local time, a new day starts (4, as in Anki)\n" +
			"  weights           the 21 FSRS-6 weights, \"w0 … w20\" (`cika optimize` fits them\n" +
			"                    to your reviews; \"default\" for FSRS-6's)\n" +
			"A higher retention means more reviews. The daily limits are set with\n" +
			"`cika review --new N --limit N --save`.\n\n" +
			"Examples:\n" +
			"  cika settings\n" +
			"  cika settings set retention 0.85\n" +
			"  cika settings set learning-steps \"1m 10m 1h\"\n" +
			"  cika settings reset",
		Flags: []cli.Flag{jsonFlag},
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			return showSettings(c)
		},
		Subcommands: []*cli.Command{
			{
				Name:      "set",
				Usage:     "change one setting",
				ArgsUsage: "NAME VALUE",
				Flags:     []cli.Flag{jsonFlag},
				Action: func(c *cli.Context) error {
					argv, err := args(c)
					if err != nil {
						return err
					}
					if len(argv) != 2 {
						return usageError{msg: "settings set needs a name and a value", hint: "cika settings set retention 0.85"}
					}
					return changeSettings(c, func(s *review.Scheduler) error { return s.Set(argv[0], argv[1]) })
				},
			},
			{
				Name:  "reset",
				Usage: "go back to the defaults",
				Flags: []cli.Flag{jsonFlag},
				Action: func(c *cli.Context) error {
					if err := noArgs(c); err != nil {
						return err
					}
					return changeSettings(c, func(s *review.Scheduler) error { *s = review.DefaultScheduler(); return nil })
				},
			},
		},
	}
}

// changeSettings applies change to the stored settings (one read and one
// write, under the collection's lock) and shows the result.
func changeSettings(c *cli.Context, change func(*review.Scheduler) error) error {
	db, err := openCollection(c, false)
	if err != nil {
		return err
	}
	defer db.Close()
	err = review.ChangeScheduler(db, change)
	var se *review.SettingError
	if errors.As(err, &se) {
		return usageError{msg: se.Msg, hint: se.Hint}
	}
	if err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	return showSettings(c)
}

func showSettings(c *cli.Context) error {
	load := func(db *store.DB) (review.Settings, error) { return review.LoadSettings(db) }
	return show(c, true, load, review.WriteSettings)
}

// scheduleOptions is reviewOptions scheduling as the collection's settings
// say (review.WithSettings): for the commands that schedule or count what
// is due.
func scheduleOptions(c interface {
	Setting(name string, v any) (bool, error)
}) (review.Options, error) {
	opt, err := reviewOptions()
	if err != nil {
		return opt, err
	}
	return review.WithSettings(c, opt)
}
