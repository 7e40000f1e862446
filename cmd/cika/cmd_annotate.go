package main

import (
	"fmt"
	"math"
	"runtime/debug"

	"cika/cards/zh"

	"github.com/urfave/cli/v2"
)

// annotateCommand is `cika annotate`: segment Chinese lines and print each
// word with its reading.
func annotateCommand() *cli.Command {
	return &cli.Command{
		Name:        "annotate",
		Usage:       "print each word of Chinese lines with its pinyin (reads stdin)",
		ArgsUsage:   " ",
		Description: help("annotate"),
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "marks", Usage: "write tone marks (jué de) instead of tone numbers"},
			&cli.BoolFlag{Name: "sandhi", Usage: "show the tone changes of 一 and 不 (不对 bú duì); cards keep citation tones"},
			&cli.BoolFlag{Name: "json", Usage: "write one JSON object per line, with headwords, glosses and all senses"},
			&cli.StringFlag{Name: "en", Usage: "English translation of the input, used to choose readings and senses"},
			&cli.BoolFlag{Name: "tsv", Usage: "read chinese<TAB>english lines and use the English side"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("annotate reads standard input and takes no arguments (got %q)", c.Args().First())
			}
			if c.Bool("tsv") && c.IsSet("en") {
				return fmt.Errorf("--en and --tsv cannot be used together: --tsv takes the English from each line")
			}
			// The analyzer keeps ~60 MB live; a soft limit makes the
			// collector work a little harder on long inputs instead of
			// letting garbage double the footprint.
			if debug.SetMemoryLimit(-1) == math.MaxInt64 {
				debug.SetMemoryLimit(140 << 20)
			}
			// The collector is paused while the analyzer is built: it
			// keeps nearly all it allocates, and the two collections its
			// growth would start scan it for nothing (≈ 50 ms CPU of
			// ≈ 330 and 2,000 page faults of 11,000, measured).
			gc := debug.SetGCPercent(-1)
			a, err := zh.Load()
			debug.SetGCPercent(gc)
			if err != nil {
				return err
			}
			return a.Annotate(c.App.Writer, c.App.Reader, zh.AnnotateOptions{
				Marks:   c.Bool("marks"),
				Sandhi:  c.Bool("sandhi"),
				JSON:    c.Bool("json"),
				TSV:     c.Bool("tsv"),
				English: c.String("en"),
			})
		},
	}
}
