package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

// statsCommand is `cika stats`: the size of the collection.
func statsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "count the collection's documents, sentences, words, cards and reviews",
		Description: "Reads the running counts kept in the collection (no scan), so it is\n" +
			"instant on any size.\n\n" +
			"Examples:\n" +
			"  cika stats\n" +
			"  cika stats --json | jq .cards",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print a JSON object (shape in README)"},
		},
		Action: func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			if len(argv) > 0 {
				return usageError{msg: fmt.Sprintf("stats takes no arguments (got %q)", argv[0])}
			}
			db, err := openCollection(c, true)
			if err != nil {
				return err
			}
			defer db.Close()
			st, err := db.Stats()
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return writeJSON(c.App.Writer, st)
			}
			fmt.Fprintf(c.App.Writer, "collection %s\n", displayPath(db.Path()))
			fmt.Fprintf(c.App.Writer, "  documents  %d\n  sentences  %d\n  words      %d\n  names      %d\n  cards      %d\n  reviews    %d\n",
				st.Documents, st.Sentences, st.Words, st.Names, st.Cards, st.Reviews)
			return nil
		},
	}
}
