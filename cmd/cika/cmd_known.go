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
		Name:  "known",
		Usage: "keep the list of words you already know (their cards are never introduced)",
		Description: "Words on the known list never become new cards: their new cards stay in the\n" +
			"collection but are not introduced, `cika words --next` skips them, and\n" +
			"example sentences treat them as easy. Taking a word off the list brings its\n" +
			"new cards back. Words are simplified headwords (a traditional form of a\n" +
			"word in the collection is stored as its simplified headword); every reading\n" +
			"of a headword is known. In a review session, k (\"I know this\") adds the\n" +
			"word on screen.\n\n" +
			"Examples:\n" +
			"  cika known hsk 2              # every HSK 2.0 word of levels 1 and 2\n" +
			"  cika known add 银行 智能\n" +
			"  cika known import pleco.txt   # one word a line, or Pleco / Anki TSV\n" +
			"  cika known list --json | jq length\n" +
			"  cika known remove 智能",
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
				Name:      "import",
				Usage:     "add the words of a file: one a line, or Pleco / Anki TSV",
				ArgsUsage: "FILE",
				Description: "Reads a word list, \"-\" for standard input. Each line gives a word as its\n" +
					"first tab-separated field that holds a Chinese character (or the field\n" +
					"--column names): a plain list (one word a line), Pleco's flashcard export\n" +
					"(银行[銀行]<TAB>yin2hang2<TAB>bank: the simplified form is taken) and Anki's\n" +
					"notes as plain text (#-headers skipped, HTML tags removed) all work. Empty\n" +
					"lines, lines starting with # or // and a first line without Chinese (a\n" +
					"header row) are skipped. Any other line without a word is an error naming the\n" +
					"file and line, and nothing is added.",
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
