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
		Name:        "settings",
		Usage:       "show or change how reviews are scheduled (retention, steps, day start)",
		Description: help("settings"),
		Flags:       []cli.Flag{jsonFlag},
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
