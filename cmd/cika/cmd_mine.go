package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/cards/corpus"
	"cika/cards/zh"
	"cika/seeds"
	"cika/srs/store"
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
			"Formats, told apart by extension or content:\n" +
			"  podcast  blocks of a `Speaker N` line, the Chinese line, the English line\n" +
			"           (Bayt podcast app export; its title, markers and footer are skipped)\n" +
			"  tsv      one pair per line, zh<TAB>en or en<TAB>zh (.tsv, .tab)\n\n" +
			"Mining is safe to repeat: a text already mined (under any name) is skipped,\n" +
			"and a new text adds sentences to the words you have without touching their\n" +
			"schedule. All files are checked before anything is written: a bad line\n" +
			"stops the command with its file and line, and the collection stays as it was.\n\n" +
			"Examples:\n" +
			"  cika mine                       mine the built-in sample podcast\n" +
			"  cika mine episode12.txt my.tsv  mine your own files\n" +
			"  cika mine --json | jq .collection",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print what was done as JSON (shape in README)"},
		},
		Action: func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			inputs, err := readInputs(argv, c.App.Reader)
			if err != nil {
				return err
			}
			path, err := dbPath(c)
			if err != nil {
				return err
			}
			m := &miner{path: path, load: func() (cards.Analyzer, error) { return zh.Load() }}
			if isTerminal(c.App.ErrWriter) {
				m.progress = c.App.ErrWriter
			}
			report, err := m.mine(inputs)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return writeJSON(c.App.Writer, report)
			}
			report.print(c.App.Writer, path)
			return nil
		},
	}
}

// input is one document read and checked, not yet mined.
type input struct {
	pairs []corpus.Pair
	doc   corpus.Document
}

// readInputs reads and checks every file before anything is mined, so that
// a bad file leaves the collection untouched.
func readInputs(names []string, stdin io.Reader) ([]input, error) {
	if len(names) == 0 {
		f, err := seeds.FS().Open(seeds.Default)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		in, err := readInput(seeds.Default, f)
		return []input{in}, err
	}
	var ins []input
	for _, name := range names {
		var r io.Reader = stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return nil, fmt.Errorf("read %s: %w", name, unwrapPath(err))
			}
			defer f.Close()
			r = f
		} else {
			name = "stdin"
		}
		in, err := readInput(name, r)
		if err != nil {
			return nil, err
		}
		ins = append(ins, in)
	}
	return ins, nil
}

func readInput(name string, r io.Reader) (input, error) {
	pairs, doc, err := corpus.Read(name, r)
	if err != nil {
		return input{}, err
	}
	return input{pairs: pairs, doc: doc}, nil
}

// miner mines documents into a collection. It holds the collection's
// write lock only to store what it analysed: the slow part (loading the
// dictionary, analysing) runs with the file closed, so a review session or a
// lookup is not kept waiting.
type miner struct {
	path     string
	load     func() (cards.Analyzer, error)
	progress io.Writer // nil: no progress lines
}

// mineReport is what `cika mine` did; its JSON form is documented in the
// README.
type mineReport struct {
	Documents  []docReport `json:"documents"`
	Collection store.Stats `json:"collection"`
}

type docReport struct {
	Name    string `json:"name"`
	ID      string `json:"id"`
	Format  string `json:"format"`
	Already bool   `json:"already_mined"`
	// AlreadyAs is the name the text was first mined under.
	AlreadyAs string        `json:"already_mined_as,omitempty"`
	Pairs     int           `json:"pairs"`
	Skipped   []corpus.Skip `json:"skipped"`
	NoWords   int           `json:"pairs_without_words"`
	NewWords  int           `json:"new_words"`
	NewNames  int           `json:"new_names"`
	NewCards  int           `json:"new_cards"`
	Gained    int           `json:"words_gaining_sentences"`
}

func (m *miner) mine(inputs []input) (*mineReport, error) {
	rep := &mineReport{Documents: make([]docReport, len(inputs))}
	for i, in := range inputs {
		rep.Documents[i] = docReport{Name: in.doc.Name, ID: in.doc.ID, Format: in.doc.Format,
			Pairs: in.doc.Pairs, Skipped: in.doc.Skips}
		if rep.Documents[i].Skipped == nil {
			rep.Documents[i].Skipped = []corpus.Skip{}
		}
	}

	// Which documents are new? (Asked again when storing, in case another
	// cika mined one meanwhile.)
	known := map[string]store.Document{}
	if db, err := store.Open(m.path, &store.Options{ReadOnly: true}); err == nil {
		for _, in := range inputs {
			prev, found, err := db.DocumentByID(in.doc.ID)
			if err != nil {
				db.Close()
				return nil, err
			}
			if found {
				known[in.doc.ID] = prev
			}
		}
		db.Close()
	} else if !errors.Is(err, store.ErrNoCollection) {
		return nil, err
	}

	mined := make([]*cards.Mined, len(inputs))
	var analyzer cards.Analyzer
	for i, in := range inputs {
		if _, ok := known[in.doc.ID]; ok {
			continue
		}
		if analyzer == nil {
			m.say("loading the dictionary…\r")
			var err error
			if analyzer, err = m.load(); err != nil {
				return nil, err
			}
		}
		mined[i] = cards.Mine(in.pairs, analyzer, func(done int) {
			m.say(fmt.Sprintf("analysing %s: %d/%d pairs\r", in.doc.Name, done, len(in.pairs)))
		})
		m.say("\x1b[K")
	}

	db, err := store.Open(m.path, nil)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	for i, in := range inputs {
		d := &rep.Documents[i]
		prev, found := known[in.doc.ID]
		if !found {
			res, err := db.MineDocument(in.doc, mined[i], now())
			if err != nil {
				return nil, err
			}
			prev, found = res.Document, res.Already
			d.NoWords, d.NewWords, d.NewNames, d.NewCards, d.Gained = res.NoWords, res.NewWords, res.NewNames, res.NewCards, res.Gained
		}
		if found {
			d.Already, d.AlreadyAs = true, prev.Name
		}
	}
	rep.Collection, err = db.Stats()
	if err != nil {
		return nil, err
	}
	return rep, db.Close()
}

func (m *miner) say(s string) {
	if m.progress != nil {
		io.WriteString(m.progress, s)
	}
}

func (r *mineReport) print(w io.Writer, path string) {
	var b bytes.Buffer
	for _, d := range r.Documents {
		if d.Already {
			as := ""
			if d.AlreadyAs != d.Name {
				as = " as " + d.AlreadyAs
			}
			fmt.Fprintf(&b, "%s: already mined%s, nothing to do\n", d.Name, as)
			continue
		}
		fmt.Fprintf(&b, "%s: %s, %d pairs read\n", d.Name, d.Format, d.Pairs)
		for _, s := range d.Skipped {
			lines := fmt.Sprintf("line %d", s.Line)
			if s.Lines > 1 {
				lines = fmt.Sprintf("lines %d-%d", s.Line, s.Line+s.Lines-1)
			}
			fmt.Fprintf(&b, "  skipped %s (%s)\n", lines, s.Reason)
		}
		if d.NoWords > 0 {
			fmt.Fprintf(&b, "  %s kept but teach nothing (no Chinese words)\n", plural(d.NoWords, "pair"))
		}
		fmt.Fprintf(&b, "  %s, %s", plural(d.NewWords, "new word"), plural(d.NewCards, "new card"))
		if d.NewNames > 0 {
			fmt.Fprintf(&b, ", %s (kept, no cards)", plural(d.NewNames, "new name"))
		}
		b.WriteByte('\n')
		if d.Gained > 0 {
			fmt.Fprintf(&b, "  %s gained sentences\n", plural(d.Gained, "word already known"))
		}
	}
	c := r.Collection
	fmt.Fprintf(&b, "collection %s: %s, %s, %s, %s\n", displayPath(path), plural(c.Sentences, "sentence"),
		plural(c.Words, "word"), plural(c.Cards, "card"), plural(c.Reviews, "review"))
	w.Write(b.Bytes())
}

// plural writes "1 word" or "2 words" ("word already known" → "words already known").
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	first, rest, _ := strings.Cut(what, " ")
	if strings.HasPrefix(what, "new ") {
		first, rest, _ = strings.Cut(what[4:], " ")
		first = "new " + first
	}
	if rest != "" {
		rest = " " + rest
	}
	return fmt.Sprintf("%d %ss%s", n, first, rest)
}

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

// unwrapPath drops the operation and path of an *fs.PathError, which the
// message names already.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
