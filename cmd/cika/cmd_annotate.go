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
		Name:      "annotate",
		Usage:     "print each word of Chinese lines with its pinyin (reads stdin)",
		ArgsUsage: " ",
		Description: "Reads UTF-8 lines on standard input and writes exactly one line for each:\n" +
			"the words separated by spaces, a Chinese word as WORD[py1 py2] with one\n" +
			"numeric-tone syllable per character (5 = neutral tone), everything else bare.\n" +
			"Words and readings come from CC-CEDICT; the English side, when given, helps\n" +
			"choose between readings and senses.\n\n" +
			"Examples:\n" +
			"  echo 我觉得银行很重要 | cika annotate\n" +
			"      我[wo3] 觉得[jue2 de5] 银行[yin2 hang2] 很[hen3] 重要[zhong4 yao4]\n" +
			"  echo 他会说中文 | cika annotate --marks\n" +
			"  echo 行 | cika annotate --en \"a row of trees\" --json\n" +
			"  cut -f1,2 pairs.tsv | cika annotate --tsv      (chinese<TAB>english lines)",
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
