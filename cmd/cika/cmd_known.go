package main

import (
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/urfave/cli/v2"

	"cika/cards/hsk"
	"cika/srs/known"
	"cika/srs/store"
)

// knownCommand is `cika known`: the words the learner already knows.
func knownCommand() *cli.Command {
	jsonFlag := &cli.BoolFlag{Name: "json", Usage: "print a JSON object (shape in README)"}
	return &cli.Command{
		Name:        "known",
		Usage:       "keep the list of words you already know (their cards are never introduced)",
		Description: help("known"),
		Subcommands: []*cli.Command{
			{
				Name:      "add",
				Usage:     "add words to the known list",
				ArgsUsage: "WORD...",
				Flags:     []cli.Flag{jsonFlag},
				Action: func(c *cli.Context) error {
					argv, err := args(c)
					if err != nil {
						return err
					}
					if len(argv) == 0 {
						return usageError{msg: "known add needs at least one word", hint: "cika known add 银行 智能"}
					}
					for _, w := range argv {
						if why := store.CheckKnownWord(w); why != "" {
							return usageError{msg: fmt.Sprintf("%q %s", w, why), hint: "give Chinese words, separated by spaces"}
						}
					}
					return addKnown(c, argv, "add")
				},
			},
			{
				Name:        "import",
				Usage:       "add the words of a file: one a line, or Pleco / Anki TSV",
				ArgsUsage:   "FILE",
				Description: help("known-import"),
				Flags: []cli.Flag{
					jsonFlag,
					&cli.IntFlag{Name: "column", Usage: "take the word from this tab-separated field (1 = first); 0 = the first with Chinese"},
				},
				Action: func(c *cli.Context) error {
					argv, err := args(c)
					if err != nil {
						return err
					}
					if len(argv) != 1 {
						return usageError{msg: "known import needs one file", hint: "cika known import words.txt"}
					}
					words, err := known.ReadFile(argv[0], c.App.Reader, c.Int("column"))
					if err != nil {
						return err
					}
					return addKnown(c, words, "import "+filepath.Base(argv[0]))
				},
			},
			{
				Name:      "hsk",
				Usage:     "add every HSK 2.0 word up to a level (1-6)",
				ArgsUsage: "LEVEL",
				Flags:     []cli.Flag{jsonFlag},
				Action: func(c *cli.Context) error {
					argv, err := args(c)
					if err != nil {
						return err
					}
					if len(argv) != 1 {
						return usageError{msg: "known hsk needs a level", hint: "cika known hsk 2 (levels 1 and 2)"}
					}
					n, err := strconv.Atoi(argv[0])
					if err != nil || n < 1 || n > hsk.MaxLevel {
						return usageError{msg: fmt.Sprintf("HSK level %q is not 1-%d", argv[0], hsk.MaxLevel)}
					}
					return addKnown(c, hsk.Words(n), fmt.Sprintf("hsk %d", n))
				},
			},
			{
				Name:  "list",
				Usage: "print the known list",
				Flags: []cli.Flag{jsonFlag},
				Action: func(c *cli.Context) error {
					if err := noArgs(c); err != nil {
						return err
					}
					return show(c, true, known.List, known.WriteList)
				},
			},
			{
				Name:      "remove",
				Usage:     "take words off the known list (their new cards come back)",
				ArgsUsage: "WORD...",
				Flags:     []cli.Flag{jsonFlag},
				Action: func(c *cli.Context) error {
					argv, err := args(c)
					if err != nil {
						return err
					}
					if len(argv) == 0 {
						return usageError{msg: "known remove needs at least one word"}
					}
					remove := func(db *store.DB) (known.Result, error) { return known.Remove(db, argv) }
					return show(c, false, remove, known.WriteResult)
				},
			},
		},
	}
}

// addKnown adds words and says how many words remain to be learned.
func addKnown(c *cli.Context, words []string, source string) error {
	return show(c, false, func(db *store.DB) (known.Result, error) {
		opt, err := reviewOptions() // the clock, CIKA_NOW in tests
		if err != nil {
			return known.Result{}, err
		}
		return known.Add(db, words, source, opt)
	}, known.WriteResult)
}
