package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/cards/corpus"
	"cika/cards/zh"
	"cika/srs/mine"
)

// mineCommand is `cika mine`: read sentence pairs, find their words and add
// them to the collection with their cards.
func mineCommand() *cli.Command {
	return &cli.Command{
		Name:        "mine",
		Usage:       "add the words of Chinese–English sentence pairs to the collection",
		ArgsUsage:   "[FILE...]",
		Description: help("mine"),
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print what was done as JSON (shape in README)"},
			&cli.StringFlag{Name: "en", Usage: "the English `FILE` line-aligned (or time-aligned, for subtitles) with the one FILE given"},
			&cli.StringFlag{Name: "format", Usage: "read FILEs as `FORMAT`: " + strings.Join(corpus.Formats(), ", ") + " (default: detect)"},
			&cli.StringFlag{Name: "encoding", Usage: "read FILEs in `ENCODING`: utf-8, utf-16le, utf-16be, gb18030/gbk (default: detect)"},
			&cli.BoolFlag{Name: "strict", Usage: "make the pair checks errors instead of skipping the pair"},
			&cli.BoolFlag{Name: "wait", Usage: "when another cika is mining into the collection, wait for it to finish, then mine"},
			&cli.IntFlag{Name: "batch", Value: mine.DefaultBatch, Usage: "analyse and store `N` pairs at a time", Hidden: true},
		},
		Action: func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			if os.Getenv("GOMEMLIMIT") == "" {
				debug.SetMemoryLimit(mineMemory)
			}
			opts := corpus.Options{Format: c.String("format"), Encoding: c.String("encoding"), Strict: c.Bool("strict")}
			inputs, cleanup, err := mine.Plan(argv, c.String("en"), c.App.Reader, &opts)
			defer cleanup()
			var ue *mine.UsageError
			if errors.As(err, &ue) {
				return usageError{msg: ue.Msg, hint: ue.Hint}
			}
			if err != nil {
				return err
			}
			path, err := dbPath(c)
			if err != nil {
				return err
			}
			m := &mine.Miner{Path: path, Load: func() (cards.Analyzer, error) { return zh.New() }, Options: opts,
				Batch: c.Int("batch"), Wait: c.Bool("wait")}
			m.Learn = func(a cards.Analyzer, p cards.Priors) cards.Analyzer { return a.(*zh.Analyzer).WithPriors(p) }
			if os.Getenv("GOMEMLIMIT") == "" {
				m.TailMemory = mineTailMemory
			}
			if v, err := strconv.ParseInt(os.Getenv("CIKA_QUICK_BYTES"), 10, 64); err == nil {
				m.QuickBytes = v // for tests (testdata/script/mine_quick.txt)
			}
			if v, err := strconv.Atoi(os.Getenv("CIKA_STAGE_FROM")); err == nil {
				m.StageFrom = v // for the kill test (kill_test.go)
			}
			if isTerminal(c.App.ErrWriter) {
				m.Progress = mine.NewBar(c.App.ErrWriter)
			}
			if os.Getenv("CIKA_TRACE_BATCHES") != "" {
				// For the kill test (kill_test.go): say when a batch is stored.
				m.AfterBatch = func(n int) {
					if n < 0 {
						fmt.Fprintf(c.App.ErrWriter, "cika: indexed %d words\n", -n)
					} else {
						fmt.Fprintf(c.App.ErrWriter, "cika: stored %d pairs\n", n)
					}
				}
				m.AfterStage = func() { fmt.Fprintln(c.App.ErrWriter, "cika: staged words") }
			}
			if m.Filter, err = mineFilterOf(c); err != nil {
				return err
			}
			// CIKA_NOW exactly, for tests that compare collections.
			if m.Now, err = testNow(); err != nil {
				return err
			} else if m.Now.IsZero() {
				m.Now = now()
			}
			report, err := m.Mine(inputs)
			if err != nil {
				return err
			}
			if len(inputs) == 1 && inputs[0].Err != nil {
				return inputs[0].Err
			}
			text := func(w io.Writer, r *mine.Report) error { return mine.WriteText(w, r, displayPath(path), m.Filter) }
			if err := present(c, report, text); err != nil {
				return err
			}
			return report.Failed()
		},
	}
}

// mineMemory is the soft memory limit of `cika mine` (GOMEMLIMIT
// overrides it). The heap holds ≈ 50–175 MB live while a big corpus is
// analysed (the dictionary and the analysis caches, which grow with the
// words met) and ≈ 50–155 MB after, once the analyzer is dropped (the
// postings, the sentence index's merge, the staged commit: srs/store's
// stage.go); the limit makes the collector run before the heap doubles
// past that. Measured on a million pairs after the sample: peak RSS 285 MB,
// 272 MB of it by the end of the analysis (session 5); earlier, 256 MiB
// gave the same time as 300 MiB, and 240 MiB 16 MB less, 5 % slower.
const mineMemory = 256 << 20

// mineTailMemory is the soft memory limit once the analysis is done
// (mine.Miner.TailMemory): the index, the merge and the commit hold ≈ 50–120
// MB live, and under mineMemory their heap grew back to it, with the
// merge's mapped pages on top (peak RSS 288–298 MB at a million pairs).
const mineTailMemory = 192 << 20

// displayPath shortens a path under the home directory to ~/….
func displayPath(p string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		if rel, err := filepath.Rel(home, p); err == nil && !strings.HasPrefix(rel, "..") && !filepath.IsAbs(rel) {
			return filepath.Join("~", rel)
		}
	}
	return p
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
