package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"cika/srs/lookup"
	"cika/srs/store"
)

// lookupCommand is `cika lookup`: find words by hanzi, pinyin or English and
// show the learner's own sentences for them. It reads the collection only:
// no dictionary, no segmenter.
func lookupCommand() *cli.Command {
	return &cli.Command{
		Name:        "lookup",
		Usage:       "find a word or phrase by 汉字, pinyin or English and show your sentences with it",
		ArgsUsage:   "QUERY",
		Description: help("lookup"),
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "limit", Value: 5, Usage: "sentences shown per word or phrase (0 = all)"},
			&cli.StringFlag{Name: "by", Usage: "match only by `KIND`: hanzi, pinyin or english (default: guess from QUERY)"},
			&cli.BoolFlag{Name: "json", Usage: "print the matches as JSON (shape in README)"},
		},
		// The exit status is grep's (status.go): 0 found, 1 nothing
		// found, 2 an error, a mistake on the command line included.
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return statusError{err: usageError{msg: err.Error(), hint: "`cika lookup --help` lists the flags"}, status: 2}
		},
		Action: grepStatus(func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			if len(argv) != 1 {
				return usageError{msg: "lookup takes one QUERY (quote it if it has spaces)", hint: "cika lookup 智能, cika lookup \"zhi neng\", cika lookup bank"}
			}
			query := strings.TrimSpace(argv[0])
			if query == "" {
				return usageError{msg: "empty query"}
			}
			path, err := dbPath(c)
			if err != nil {
				return err
			}
			// A lookup reads a few hundred pages here and there.
			db, err := store.Open(path, &store.Options{ReadOnly: true, PointReads: true})
			if err != nil {
				return err
			}
			defer db.Close()
			res, err := lookup.Find(db, query, c.String("by"), c.Int("limit"))
			var qe *lookup.QueryError
			if errors.As(err, &qe) {
				return usageError{msg: qe.Msg, hint: qe.Hint}
			}
			if err != nil {
				return err
			}
			if c.Bool("json") {
				if err := writeJSON(c.App.Writer, res); err != nil || res.Found() {
					return err
				}
				stopWordsHint(c, res)
				return statusError{status: 1}
			}
			if err := lookup.WriteText(c.App.Writer, res, useColor(c.App.Writer)); err != nil {
				return err
			}
			if !res.Found() {
				stopWordsHint(c, res)
				return statusError{status: 1}
			}
			return nil
		}),
	}
}

// stopWordsHint says on stderr why a query of English stop words found
// nothing: the sentences may well hold it, but no index can find them by it.
func stopWordsHint(c *cli.Context, res *lookup.Result) {
	if res.StopWords {
		fmt.Fprintf(c.App.ErrWriter, "cika: hint: every word of %q is too common to look up by (as \"the\", \"of\", \"in\" and single letters are); add a word with a meaning of its own, e.g. cika lookup \"the bank\"\n", res.Query)
	}
}

// usageError is a mistake on the command line, with an example to follow.
type usageError struct{ msg, hint string }

func (e usageError) Error() string { return e.msg }
func (e usageError) Hint() string  { return e.hint }
