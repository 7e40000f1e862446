package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"cika/cards/anki"
	"cika/srs/export"
)

// exportCommand is `cika export anki|tsv`: the collection as an Anki package
// or as Anki's text import format.
func exportCommand() *cli.Command {
	deck := &cli.StringFlag{Name: "deck", Value: anki.DefaultDeck, Usage: "Anki deck `NAME` (\"::\" makes sub-decks)"}
	words := &cli.StringSliceFlag{Name: "words", Usage: "export only the `WORD`s given (hanzi, or \"银行 yin2 hang2\"; repeat or separate with commas)"}
	asJSON := &cli.BoolFlag{Name: "json", Usage: "print what was exported as JSON"}
	return &cli.Command{
		Name:        "export",
		Usage:       "export your words to Anki: a .apkg package or Anki's text format",
		Description: help("export"),
		Action: func(c *cli.Context) error {
			if c.Args().Len() == 0 {
				return usageError{msg: "export needs a format: anki or tsv",
					hint: "cika export anki cika.apkg (or cika export --help)"}
			}
			return usageError{msg: fmt.Sprintf("export: unknown format %q (want anki or tsv)", c.Args().First()),
				hint: "cika export anki cika.apkg (or cika export --help)"}
		},
		Subcommands: []*cli.Command{
			{
				Name:        "anki",
				Usage:       "write an Anki package (.apkg) to import with File → Import",
				ArgsUsage:   "OUT.apkg",
				Description: help("export-anki"),
				Flags: []cli.Flag{deck, words, asJSON,
					&cli.BoolFlag{Name: "with-progress", Usage: "include schedules, FSRS memory and review history"},
				},
				Action: func(c *cli.Context) error { return runExport(c, export.FormatAnki) },
			},
			{
				Name:        "tsv",
				Usage:       "write Anki's text import format (tab-separated, \"-\" for standard output)",
				ArgsUsage:   "OUT.txt",
				Description: help("export-tsv", "{notetype}", anki.NotetypeName),
				Flags:       []cli.Flag{deck, words, asJSON},
				Action:      func(c *cli.Context) error { return runExport(c, export.FormatText) },
			},
		},
	}
}

// exportGC is the collector's GOGC during `cika export` (the GOGC and
// GOMEMLIMIT variables override it): the heap may grow 40 % past what is
// live before a collection, not the default 100 %. Most of an export's live
// heap is its spooled notes, bytes the collector does not scan, so
// collecting more often costs little. Year collection (69,963 notes), peak
// RSS and user CPU: GOGC 100 with the former 256 MiB limit 189 MB 12.7 s,
// GOGC 40 133 MB 12.7 s, a 96 MiB limit 147 MB 11.5 s (a limit, below the
// live heap of a bigger collection, would make the collector run without
// end).
const exportGC = 40

func runExport(c *cli.Context, format string) error {
	argv, err := args(c)
	if err != nil {
		return err
	}
	ext := map[string]string{"anki": "apkg", "tsv": "txt"}[format]
	if len(argv) != 1 {
		return usageError{msg: fmt.Sprintf("export %s takes one argument, the file to write (got %d)", format, len(argv)),
			hint: fmt.Sprintf("cika export %s cika.%s", format, ext)}
	}
	out := argv[0]
	opts := export.Options{WithProgress: format == export.FormatAnki && c.Bool("with-progress")}
	for _, w := range c.StringSlice("words") {
		for _, f := range strings.Split(w, ",") {
			if f = strings.TrimSpace(f); f != "" {
				opts.Words = append(opts.Words, f)
			}
		}
	}

	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(exportGC)
	}
	db, err := openCollection(c, true)
	if err != nil {
		return err
	}
	x, err := export.Read(db, opts)
	db.Close()
	var unknown *export.UnknownWordError
	if errors.As(err, &unknown) {
		return fmt.Errorf("--words: %w", err)
	} else if err != nil {
		return err
	}
	defer x.Close()

	clock, err := reviewOptions() // the review session's clock and time zone
	if err != nil {
		return err
	}
	res, err := x.Write(format, out, c.App.Writer, c.String("deck"), clock.Now().In(clock.Location))
	if err != nil {
		return err
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.ErrWriter)
		if out != "-" {
			enc = json.NewEncoder(c.App.Writer)
		}
		return enc.Encode(res)
	}
	return export.WriteResult(c.App.Writer, res)
}
