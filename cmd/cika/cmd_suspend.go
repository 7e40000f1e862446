package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/srs/store"
)

// suspendCommand is `cika suspend`, and with suspended false `cika
// unsuspend`: take words' cards out of reviews, or put them back. Review's
// s key and mine's filters (--max-new and the others) suspend cards; this
// is how a learner gets them back.
func suspendCommand(suspend bool) *cli.Command {
	name, verb, doing := "suspend", "take out of reviews", "suspended"
	if !suspend {
		name, verb, doing = "unsuspend", "bring back into reviews", "unsuspended"
	}
	cmd := &cli.Command{
		Name:      name,
		Usage:     verb + " the cards of words",
		ArgsUsage: "WORD...",
		Description: "A word is written in Chinese characters, simplified or traditional (every\n" +
			"reading of it), or given as its ID with the reading (\"行 hang2\"). A suspended\n" +
			"card keeps its schedule and history; it is never shown until unsuspended.\n" +
			"One change for all the words: an unknown word changes nothing.\n\n" +
			"Examples:\n" +
			"  cika " + name + " 银行 智能\n" +
			"  cika " + name + " \"行 hang2\"\n",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print a JSON object: {\"words\": [IDs], \"cards\": N}"},
		},
		Action: func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			all := !suspend && c.Bool("all")
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
			var ids []string
			if all {
				ids, err = db.SuspendedWords()
			} else {
				ids, err = wordIDs(db, argv)
			}
			if err != nil {
				return err
			}
			n, err := db.SetSuspended(ids, suspend)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				if ids == nil {
					ids = []string{}
				}
				return writeJSON(c.App.Writer, suspendJSON{Words: ids, Cards: n})
			}
			fmt.Fprintf(c.App.Writer, "%s %s of %s\n", doing, plural(n, "card"), plural(len(ids), "word"))
			return db.Close()
		},
	}
	if !suspend {
		cmd.Flags = append(cmd.Flags, &cli.BoolFlag{Name: "all", Usage: "unsuspend every suspended card"})
		cmd.Description += "  cika unsuspend --all\n"
	}
	return cmd
}

// suspendJSON is `cika suspend --json` and `cika unsuspend --json`.
type suspendJSON struct {
	Words []string `json:"words"` // the IDs of the words
	Cards int      `json:"cards"` // the cards whose flag changed
}

// wordIDs resolves words as the learner types them: an ID ("行 hang2") as
// is, Chinese characters to every word written so. A word the collection
// lacks is an error naming it.
func wordIDs(db *store.DB, words []string) ([]string, error) {
	var ids []string
	for _, w := range words {
		if head, reading := cards.SplitID(w); reading != "" {
			if _, err := db.Word(cards.ID(head, reading)); err != nil {
				return nil, fmt.Errorf("no word %q in the collection: %w", w, err)
			}
			ids = append(ids, cards.ID(head, reading))
			continue
		}
		ms, err := db.LookupHanzi(w)
		if err != nil {
			return nil, err
		}
		found := false
		for _, m := range ms {
			if m.By == "hanzi" {
				ids = append(ids, m.ID())
				found = true
			}
		}
		if !found {
			return nil, usageError{msg: fmt.Sprintf("no word %q in the collection", w),
				hint: "cika lookup " + strings.TrimSpace(w) + " shows what is there"}
		}
	}
	return ids, nil
}
