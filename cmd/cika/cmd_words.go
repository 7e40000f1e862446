package main

import (
	"fmt"
	"runtime/debug"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/srs/vocab"
)

// wordsCommand is `cika words`: the vocabulary of the collection.
func wordsCommand() *cli.Command {
	return &cli.Command{
		Name:        "words",
		Usage:       "list the words of the collection with pinyin, meaning, count and first source",
		Description: help("words"),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "sort", Value: "count", Usage: "order by `count` (most first), pinyin, word, gloss or first (order met)"},
			&cli.BoolFlag{Name: "reverse", Usage: "reverse the order"},
			&cli.IntFlag{Name: "limit", Usage: "show at most N words (0 = all)"},
			&cli.BoolFlag{Name: "names", Usage: "include proper names"},
			&cli.BoolFlag{Name: "json", Usage: "print a JSON array (shape in README)"},
			&cli.IntFlag{Name: "next", Usage: "list instead the next N words whose new cards reviews will introduce, most useful first (known, suspended and buried skipped)"},
		},
		Action: func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			if len(argv) > 0 {
				return usageError{msg: fmt.Sprintf("words takes no arguments (got %q)", argv[0]),
					hint: "to find one word use `cika lookup " + argv[0] + "`"}
			}
			if !vocab.KnownSort(c.String("sort")) {
				return usageError{msg: fmt.Sprintf("--sort %s: want count, pinyin, word, gloss or first", c.String("sort"))}
			}
			db, err := openCollection(c, true)
			if err != nil {
				return err
			}
			defer db.Close()
			if n := c.Int("next"); n > 0 {
				opt, err := scheduleOptions(db)
				if err != nil {
					return err
				}
				next, err := vocab.Next(db, n, opt)
				if err != nil {
					return err
				}
				return present(c, next, vocab.WriteNext)
			}
			// The garbage collector is paused meanwhile: the command keeps
			// everything it allocates (tens of MB at most) to the end, and a
			// collection would only scan it (a tenth of the time, measured).
			defer debug.SetGCPercent(debug.SetGCPercent(-1))
			o := vocab.Options{Sort: c.String("sort"), Reverse: c.Bool("reverse"), Limit: c.Int("limit"), Names: c.Bool("names")}
			return vocab.List(db, o, func(n int, next func(int, *cards.Word) error) error {
				if c.Bool("json") {
					return vocab.WriteJSON(c.App.Writer, n, next)
				}
				return vocab.WriteTable(c.App.Writer, n, next)
			})
		},
	}
}
