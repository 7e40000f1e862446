package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"cika/cards/text"
	"cika/srs/suspend"
)

// suspendCommand is `cika suspend`, and with suspending false `cika
// unsuspend`: take words' cards out of reviews, or put them back. Review's
// s key and mine's filters (--max-new and the others) suspend cards; this
// is how a learner gets them back.
func suspendCommand(suspending bool) *cli.Command {
	name, verb, doing := "suspend", "take out of reviews", "suspended"
	if !suspending {
		name, verb, doing = "unsuspend", "bring back into reviews", "unsuspended"
	}
	cmd := &cli.Command{
		Name:        name,
		Usage:       verb + " the cards of words",
		ArgsUsage:   "WORD...",
		Description: help("suspend", "{name}", name),
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print a JSON object: {\"words\": [IDs], \"cards\": N}"},
		},
		Action: func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			all := !suspending && c.Bool("all")
			switch {
			case len(argv) == 0 && !all:
				return usageError{msg: name + " needs at least one word", hint: "cika " + name + " 银行 智能"}
			case len(argv) > 0 && all:
				return usageError{msg: "give words or --all, not both", hint: "cika unsuspend --all"}
			}
			db, err := openCollection(c, false)
			if err != nil {
				return err
			}
			defer db.Close()
			var res suspend.Result
			if all {
				res, err = suspend.All(db)
			} else {
				res, err = suspend.Words(db, argv, suspending)
			}
			var we *suspend.WordError
			if errors.As(err, &we) {
				return usageError{msg: we.Msg, hint: we.Hint}
			}
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return writeJSON(c.App.Writer, res)
			}
			fmt.Fprintf(c.App.Writer, "%s %s of %s\n", doing, text.Plural(res.Cards, "card"), text.Plural(len(res.Words), "word"))
			return db.Close()
		},
	}
	if !suspending {
		cmd.Flags = append(cmd.Flags, &cli.BoolFlag{Name: "all", Usage: "unsuspend every suspended card"})
		cmd.Description += "  cika unsuspend --all\n"
	}
	return cmd
}
