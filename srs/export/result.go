package export

import (
	"bufio"
	"fmt"
	"io"
	"time"

	"cika/cards/anki"
	"cika/cards/text"
)

// The formats an export is written in.
const (
	FormatAnki = "anki" // an Anki package (.apkg)
	FormatText = "tsv"  // Anki's text import format
)

// Result is what an export wrote, as `cika export --json` prints it.
type Result struct {
	Path         string `json:"path"`   // the file written, "-" for the writer given
	Format       string `json:"format"` // FormatAnki or FormatText
	Deck         string `json:"deck"`
	Notes        int    `json:"notes"`
	Cards        int    `json:"cards"` // 0 in a text file
	Reviews      int    `json:"reviews"`
	WithProgress bool   `json:"with_progress"`
	// Known counts the notes of known words: suspended in a package,
	// tagged "known" in both formats.
	Known int `json:"known"`
}

// Write writes the notes in format into deck at path, or with FormatText
// and path "-" to stdout; now is the time of the export, its location the
// learner's time zone. It says what it wrote.
func (x *Export) Write(format, path string, stdout io.Writer, deck string, now time.Time) (Result, error) {
	var err error
	switch {
	case format == FormatText && path == "-":
		err = x.WriteText(stdout, deck, now)
	case format == FormatText:
		err = x.WriteTextFile(path, deck, now)
	case format == FormatAnki:
		err = x.WriteAPKG(path, deck, now)
	default:
		err = fmt.Errorf("export: unknown format %q", format)
	}
	if err != nil {
		return Result{}, err
	}
	s := x.Summary()
	r := Result{Path: path, Format: format, Deck: deck, Notes: s.Notes, Cards: s.Cards,
		Reviews: s.Reviews, WithProgress: x.progress, Known: s.Known}
	if format == FormatText {
		r.Cards = 0
	}
	return r, nil
}

// WriteResult prints r as `cika export` does: what was written where, how
// to import it into Anki, and what became of the known words. An export
// to standard output prints nothing.
func WriteResult(out io.Writer, r Result) error {
	if r.Path == "-" {
		return nil
	}
	w := bufio.NewWriter(out)
	switch {
	case r.Format == FormatText:
		fmt.Fprintf(w, "exported %d notes to %s (Anki: File → Import; note type %q, deck %q)\n",
			r.Notes, r.Path, anki.NotetypeName, r.Deck)
		if r.Known > 0 {
			fmt.Fprintf(w, "%s tagged \"known\" (a text file cannot suspend cards: in Anki search tag:known, select all, Cards → Toggle Suspend)\n",
				text.Plural(r.Known, "known word"))
		}
	case r.WithProgress:
		fmt.Fprintf(w, "exported %d notes, %d cards and %d reviews to %s (deck %q)\n", r.Notes, r.Cards, r.Reviews, r.Path, r.Deck)
		fmt.Fprintln(w, "in Anki: File → Import, tick \"Import any learning progress\" and \"Import deck presets\", then turn on FSRS in the deck options")
	default:
		fmt.Fprintf(w, "exported %d notes and %d new cards to %s (deck %q)\n", r.Notes, r.Cards, r.Path, r.Deck)
		fmt.Fprintln(w, "in Anki: File → Import; exporting again later updates these notes instead of duplicating them")
	}
	if r.Format == FormatAnki && r.Known > 0 {
		fmt.Fprintf(w, "%s of %s suspended and tagged \"known\" (unsuspend them in Anki to study them)\n",
			text.Plural(2*r.Known, "card"), text.Plural(r.Known, "known word"))
	}
	return w.Flush()
}
