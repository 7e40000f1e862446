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
		Name:      "mine",
		Usage:     "add the words of Chinese–English sentence pairs to the collection",
		ArgsUsage: "[FILE...]",
		Description: "Reads each FILE (\"-\" for standard input; none = the sample podcast built\n" +
			"into cika), splits the Chinese side into words with CC-CEDICT, and stores\n" +
			"every sentence, every word with the sentences it occurs in, and two cards\n" +
			"per new word (recognition: 汉字 → meaning; recall: meaning → 汉字).\n\n" +
			"Formats, told apart by extension or content (--format to force one):\n" +
			"  podcast     blocks of a `Speaker N` line, the Chinese line, the English line\n" +
			"              (Bayt podcast app export; its title, markers and footer are skipped)\n" +
			"  srt, vtt    subtitles whose cues hold a Chinese and an English line; or two\n" +
			"              files, one per language, paired by time: cika mine zh.srt en.srt\n" +
			"              (a constant offset and differently split cues are handled)\n" +
			"  tsv         one pair per line: zh<TAB>en or en<TAB>zh (.tsv, .tab);\n" +
			"              Tatoeba pairs id<TAB>text<TAB>id<TAB>text; English<TAB>Chinese<TAB>\n" +
			"              attribution (manythings.org), the attribution kept\n" +
			"  text        two line-aligned files, one per language, in either order:\n" +
			"              cika mine zh.txt en.txt (or cika mine zh.txt --en en.txt)\n" +
			"Encodings: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK\n" +
			"(detected; --encoding to force); any line ends.\n\n" +
			"Pair checks: pairs with an empty side, Chinese on both sides or a wildly\n" +
			"implausible length ratio are skipped and reported, sides written the wrong\n" +
			"way round are swapped back; --strict makes each of these an error.\n\n" +
			"Mining is safe to repeat: a text already mined (under any name, in any\n" +
			"encoding) is skipped, and a new text adds sentences to the words you have\n" +
			"without touching their schedule. Each file is all or nothing: a bad line\n" +
			"stops that file with its name and line and nothing of it is stored, even\n" +
			"if cika is killed half-way through a big file (the next `cika mine` clears\n" +
			"what the interrupted run wrote). Big files are streamed and analysed on\n" +
			"all cores in batches; a progress bar shows on a terminal. One cika mines\n" +
			"into a collection at a time: a second stops with a message, or with\n" +
			"--wait waits for the first to finish and then mines.\n\n" +
			"Examples:\n" +
			"  cika mine                       mine the built-in sample podcast\n" +
			"  cika mine episode12.txt my.tsv  mine your own files\n" +
			"  cika mine film.zh.srt film.en.srt\n" +
			"  cika mine book.zh.txt book.en.txt\n" +
			"  cika mine --json cmn.txt | jq .collection",
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
			if v, err := strconv.ParseInt(os.Getenv("CIKA_QUICK_BYTES"), 10, 64); err == nil {
				m.QuickBytes = v // for tests (testdata/script/mine_quick.txt)
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
// overrides it). The heap holds ≈ 50–150 MB live while a big corpus is
// analysed (the dictionary and the analysis caches, which grow with the
// words met) and up to ≈ 200 MB in the final commit, after the analyzer is
// dropped; the limit makes the collector run before the heap doubles past
// that. Measured on a million pairs: 256 MiB gives a peak RSS of 275 MB in
// the same time as 300 MiB (320 MB); 240 MiB 259 MB, 5 % slower.
const mineMemory = 256 << 20

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
