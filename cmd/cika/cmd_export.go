package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/cards/anki"
	"cika/cards/hsk"
	"cika/srs"
	"cika/srs/review"
	"cika/srs/store"
)

// exportCommand is `cika export anki|tsv`: the collection as an Anki package
// or as Anki's text import format.
func exportCommand() *cli.Command {
	deck := &cli.StringFlag{Name: "deck", Value: anki.DefaultDeck, Usage: "Anki deck `NAME` (\"::\" makes sub-decks)"}
	words := &cli.StringSliceFlag{Name: "words", Usage: "export only the `WORD`s given (hanzi, or \"银行 yin2 hang2\"; repeat or separate with commas)"}
	asJSON := &cli.BoolFlag{Name: "json", Usage: "print what was exported as JSON"}
	return &cli.Command{
		Name:  "export",
		Usage: "export your words to Anki: a .apkg package or Anki's text format",
		Description: "Every taught word becomes one Anki note with two cards, Recognition\n" +
			"(汉字 → pinyin and meaning) and Recall (meaning → 汉字), with its example\n" +
			"sentence, the word highlighted, and tone-coloured pinyin. Notes are tagged\n" +
			"with the word's HSK 2.0 level (HSK1 … HSK6) and the document it was first\n" +
			"met in (corpus::NAME). Words on your known list (`cika known`) are tagged\n" +
			"\"known\" and their cards arrive suspended, so Anki does not teach them.\n\n" +
			"Exporting again is safe: notes keep their identity, so importing a newer\n" +
			"export updates the notes already in Anki instead of duplicating them.\n\n" +
			"Examples:\n" +
			"  cika export anki cika.apkg\n" +
			"  cika export anki cika.apkg --with-progress --deck 'Chinese::Podcast'\n" +
			"  cika export anki some.apkg --words 银行,智能\n" +
			"  cika export tsv cika.txt",
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
				Name:      "anki",
				Usage:     "write an Anki package (.apkg) to import with File → Import",
				ArgsUsage: "OUT.apkg",
				Description: "Writes OUT.apkg (replacing it if it exists; a failed export leaves it\n" +
					"as it was). In Anki: File → Import, choose the file.\n\n" +
					"--with-progress carries your schedule, FSRS memory and review history:\n" +
					"tick \"Import any learning progress\" in Anki's import dialog, and turn on\n" +
					"FSRS in the deck options (the preset \"cika: DECK\" holds cika's FSRS\n" +
					"parameters and desired retention; tick \"Import deck presets\").\n" +
					"Without it every card arrives new.",
				Flags: []cli.Flag{deck, words, asJSON,
					&cli.BoolFlag{Name: "with-progress", Usage: "include schedules, FSRS memory and review history"},
				},
				Action: func(c *cli.Context) error { return runExport(c, "anki") },
			},
			{
				Name:      "tsv",
				Usage:     "write Anki's text import format (tab-separated, \"-\" for standard output)",
				ArgsUsage: "OUT.txt",
				Description: "Writes the notes as Anki's text format: header lines name the note\n" +
					"type (\"" + anki.NotetypeName + "\"), the deck and the columns; a GUID column makes a\n" +
					"re-import update notes instead of duplicating them. The note type must\n" +
					"already be in Anki: import a .apkg from `cika export anki` once first.\n" +
					"No progress goes into a text file.",
				Flags:  []cli.Flag{deck, words, asJSON},
				Action: func(c *cli.Context) error { return runExport(c, "tsv") },
			},
		},
	}
}

// exportSummary is what --json prints.
type exportSummary struct {
	Path         string `json:"path"`
	Format       string `json:"format"` // "anki" or "tsv"
	Deck         string `json:"deck"`
	Notes        int    `json:"notes"`
	Cards        int    `json:"cards"`
	Reviews      int    `json:"reviews"`
	WithProgress bool   `json:"with_progress"`
	// Known counts the notes of known words: suspended in a package,
	// tagged "known" in both formats.
	Known int `json:"known"`
}

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
	progress := format == "anki" && c.Bool("with-progress")
	var filter []string
	for _, w := range c.StringSlice("words") {
		for _, f := range strings.Split(w, ",") {
			if f = strings.TrimSpace(f); f != "" {
				filter = append(filter, f)
			}
		}
	}

	db, err := openCollection(c, true)
	if err != nil {
		return err
	}
	notes, reviews, err := collectNotes(db, filter, progress)
	limits := review.DefaultLimits
	if err == nil {
		_, err = db.Setting(review.SettingLimits, &limits)
	}
	db.Close()
	if err != nil {
		return err
	}
	if len(notes) == 0 {
		return usageError{msg: "nothing to export: the collection has no words with cards", hint: "run `cika mine` first"}
	}

	clock, err := reviewOptions() // the review session's clock and time zone
	if err != nil {
		return err
	}
	opts := anki.Options{
		Deck:         c.String("deck"),
		WithProgress: progress,
		Parameters:   exportParameters(),
		Now:          clock.Now().In(clock.Location),
		Rollover:     4, // the review session's day start (review.Options)
	}
	opts.Parameters.NewPerDay, opts.Parameters.ReviewsPerDay = limits.New, limits.Reviews
	switch {
	case format == "tsv" && out == "-":
		err = anki.WriteText(c.App.Writer, notes, opts)
	case format == "tsv":
		err = writeFileAtomic(out, func(w io.Writer) error { return anki.WriteText(w, notes, opts) })
	default:
		err = anki.WriteAPKG(out, notes, opts)
	}
	if err != nil {
		return err
	}

	sum := exportSummary{Path: out, Format: format, Deck: opts.Deck, Notes: len(notes),
		Cards: 2 * len(notes), WithProgress: progress}
	for _, n := range notes {
		if n.Known {
			sum.Known++
		}
	}
	if progress {
		sum.Reviews = reviews
	}
	if format == "tsv" {
		sum.Cards = 0
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.ErrWriter)
		if out != "-" {
			enc = json.NewEncoder(c.App.Writer)
		}
		return enc.Encode(sum)
	}
	if out == "-" {
		return nil
	}
	w := c.App.Writer
	switch {
	case format == "tsv":
		fmt.Fprintf(w, "exported %d notes to %s (Anki: File → Import; note type %q, deck %q)\n",
			sum.Notes, out, anki.NotetypeName, sum.Deck)
		if sum.Known > 0 {
			fmt.Fprintf(w, "%s tagged \"known\" (a text file cannot suspend cards: in Anki search tag:known, select all, Cards → Toggle Suspend)\n",
				plural(sum.Known, "known word"))
		}
	case progress:
		fmt.Fprintf(w, "exported %d notes, %d cards and %d reviews to %s (deck %q)\n", sum.Notes, sum.Cards, sum.Reviews, out, sum.Deck)
		fmt.Fprintln(w, "in Anki: File → Import, tick \"Import any learning progress\" and \"Import deck presets\", then turn on FSRS in the deck options")
	default:
		fmt.Fprintf(w, "exported %d notes and %d new cards to %s (deck %q)\n", sum.Notes, sum.Cards, out, sum.Deck)
		fmt.Fprintln(w, "in Anki: File → Import; exporting again later updates these notes instead of duplicating them")
	}
	if format == "anki" && sum.Known > 0 {
		fmt.Fprintf(w, "%s of %s suspended and tagged \"known\" (unsuspend them in Anki to study them)\n",
			plural(2*sum.Known, "card"), plural(sum.Known, "known word"))
	}
	return nil
}

// exportParameters are the FSRS settings the package's deck preset carries:
// the scheduler's, which review sessions use.
func exportParameters() anki.Parameters {
	p := srs.DefaultParameters()
	return anki.Parameters{
		W:                p.W[:],
		DesiredRetention: p.DesiredRetention,
		LearningSteps:    p.LearningSteps,
		RelearningSteps:  p.RelearningSteps,
		MaximumInterval:  p.MaximumInterval,
	}
}

// examplesRead is how many of a word's sentences are read to choose the one
// its notes show.
const examplesRead = 24

// collectNotes reads the taught words (those named by filter, or all) with
// their example sentence and cards, and with progress their review logs.
// Notes come in the order their words were first met. It returns the number
// of reviews included.
func collectNotes(db *store.DB, filter []string, progress bool) ([]anki.Note, int, error) {
	var words []cards.Word
	err := db.Words(func(w cards.Word) bool {
		if w.Taught() {
			words = append(words, w)
		}
		return true
	})
	if err != nil {
		return nil, 0, err
	}
	if len(filter) > 0 {
		if words, err = selectWords(words, filter); err != nil {
			return nil, 0, err
		}
	}
	slices.SortFunc(words, func(a, b cards.Word) int {
		return cmp.Or(strings.Compare(a.First.Doc, b.First.Doc), cmp.Compare(a.First.Line, b.First.Line),
			strings.Compare(a.ID(), b.ID()))
	})

	logs := map[store.CardKey][]srs.ReviewLog{}
	if progress {
		wanted := make(map[string]bool, len(words))
		for _, w := range words {
			wanted[w.ID()] = true
		}
		err := db.Reviews(time.Time{}, func(r store.Review) bool {
			if wanted[r.ID.Card.Word] {
				logs[r.ID.Card] = append(logs[r.ID.Card], r.ReviewLog)
			}
			return true
		})
		if err != nil {
			return nil, 0, err
		}
	}

	familiar, err := db.FamiliarFunc()
	if err != nil {
		return nil, 0, err
	}
	known, err := db.KnownWords()
	if err != nil {
		return nil, 0, err
	}
	notes := make([]anki.Note, 0, len(words))
	reviews := 0
	for _, w := range words {
		id := w.ID()
		n := anki.Note{Word: w.Word, Trad: w.Trad, Reading: w.Reading, Meaning: w.Gloss,
			Tags: append(hskTags(w.Word), corpusTags(w)...), Known: store.IsKnown(known, id)}
		examples, err := db.Examples(id, examplesRead)
		if err != nil {
			return nil, 0, err
		}
		if len(examples) > 0 {
			s := examples[exampleSentence(&w, examples, familiar)]
			n.Sentence, n.Translation = s.ZH, s.EN
			n.SentencePinyin = cards.SentencePinyin(s.Parts)
			n.Highlight = highlightOf(s.Parts, id)
			n.Source = provenance(s.Source)
		}
		cs, err := db.Cards(id)
		if err != nil {
			return nil, 0, err
		}
		for _, c := range cs {
			if n.Added.IsZero() || c.Added.Before(n.Added) {
				n.Added = c.Added
			}
			kind := anki.Recognition
			if c.Kind == cards.Recall {
				kind = anki.Recall
			}
			st := anki.CardState{Kind: kind, Card: c.Card, Suspended: c.Suspended, Reviews: logs[c.Key()]}
			reviews += len(st.Reviews)
			n.Cards = append(n.Cards, st)
		}
		notes = append(notes, n)
	}
	return notes, reviews, nil
}

// selectWords keeps the words named by filter: a hanzi form (simplified or
// traditional, every reading) or a full identity "银行 yin2 hang2".
func selectWords(words []cards.Word, filter []string) ([]cards.Word, error) {
	var out []cards.Word
	for _, f := range filter {
		found := false
		for _, w := range words {
			if w.Word == f || (w.Trad != "" && w.Trad == f) || w.ID() == strings.Join(strings.Fields(f), " ") {
				found = true
				if !slices.ContainsFunc(out, func(o cards.Word) bool { return o.ID() == w.ID() }) {
					out = append(out, w)
				}
			}
		}
		if !found {
			return nil, usageError{msg: fmt.Sprintf("--words: %q is not a word of the collection with cards", f),
				hint: "`cika lookup " + f + "` shows what the collection knows of it; `cika words` lists them all"}
		}
	}
	return out, nil
}

// exampleSentence picks the sentence a word's notes show, by the rule the
// review session uses: the best i+1 example (cards.ChooseExample).
func exampleSentence(w *cards.Word, ss []store.Sentence, familiar func(id string) bool) int {
	ps := make([]*cards.Sentence, len(ss))
	for i := range ss {
		ps[i] = &ss[i].Sentence
	}
	return cards.ChooseExample(w, ps, familiar)
}

// highlightOf is the byte span of the word's first occurrence in a
// sentence's parts (whose texts make up the sentence), zero if not found.
func highlightOf(parts []cards.Part, id string) anki.Span {
	off := 0
	for _, p := range parts {
		if p.ID() == id {
			return anki.Span{Start: off, End: off + len(p.Text)}
		}
		off += len(p.Text)
	}
	return anki.Span{}
}

// hskTags tags a note with its word's HSK 2.0 level, "HSK1" … "HSK6", if the
// word is on the list.
func hskTags(word string) []string {
	if lv := hsk.Level(word); lv > 0 {
		return []string{fmt.Sprintf("HSK%d", lv)}
	}
	return nil
}

// corpusTags tags a note with the document its word was first met in:
// "corpus::podcast.zh-en" for podcast.zh-en.txt, "corpus::pairs" for
// pairs.tsv.
func corpusTags(w cards.Word) []string {
	doc := filepath.Base(filepath.ToSlash(w.First.Doc))
	doc = strings.TrimSuffix(doc, filepath.Ext(doc))
	if doc == "." || doc == "/" {
		doc = ""
	}
	if doc == "" {
		return nil
	}
	return []string{"corpus::" + doc}
}

// writeFileAtomic writes a file through a temporary file renamed into place,
// so a failed write leaves any previous file as it was.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err = os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}
