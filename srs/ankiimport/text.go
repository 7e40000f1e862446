package ankiimport

import (
	"bufio"
	"fmt"
	"io"
	"time"

	"cika/cards/text"
)

// Listed is how many changed cards the text report lists.
const Listed = 20

// WriteText prints r as `cika import anki` does: the notes read and
// matched, the answers merged (or that would be, in a dry run) with the
// first Listed cards changed and their due days in loc, the log entries
// that are no answers, and the notes skipped with the reason.
func WriteText(out io.Writer, r *Report, loc *time.Location) error {
	w := bufio.NewWriter(out)
	would := func(done, dry string) string {
		if r.DryRun {
			return dry
		}
		return done
	}
	fmt.Fprintf(w, "read %s (%s): %s of cika's note type", r.File, r.Collection, text.Plural(r.Notes, "note"))
	if r.OtherNotes > 0 {
		fmt.Fprintf(w, ", %s of other note types ignored", text.Plural(r.OtherNotes, "note"))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "matched %s to your words", text.Plural(r.Matched+r.ByReading, "note"))
	if r.ByReading > 0 {
		fmt.Fprintf(w, " (%d added in Anki, by hanzi and reading)", r.ByReading)
	}
	fmt.Fprintln(w)
	switch {
	case r.Answers == 0:
		fmt.Fprintln(w, "no answers in the package for your words (exported from Anki without scheduling information?)")
	case r.Added == 0:
		fmt.Fprintf(w, "nothing new: %s of the package already in the collection\n", text.Plural(r.Present, "answer"))
	default:
		fmt.Fprintf(w, "%s %s from Anki into %s", would("merged", "would merge"), text.Plural(r.Added, "answer"), text.Plural(len(r.Cards), "card"))
		if r.Present > 0 {
			fmt.Fprintf(w, " (%d already in the collection)", r.Present)
		}
		fmt.Fprintln(w)
		if r.Relogged > 0 {
			fmt.Fprintf(w, "%s of yours in cika %s again, after an earlier answer from Anki\n",
				text.Plural(r.Relogged, "review"), would("rescheduled", "would be rescheduled"))
		}
		for i, ch := range r.Cards {
			if i == Listed {
				fmt.Fprintf(w, "  … and %d more (--json lists them all)\n", len(r.Cards)-i)
				break
			}
			fmt.Fprintf(w, "  %s %s +%d, now %s, due %s\n", ch.Word, ch.Card, ch.Added, ch.State, ch.Due.In(loc).Format("2006-01-02"))
		}
	}
	switch {
	case r.NotAnswers == 1:
		fmt.Fprintln(w, "1 log entry is not an answer (Anki's rescheduling or cramming): ignored")
	case r.NotAnswers > 1:
		fmt.Fprintf(w, "%d log entries are not answers (Anki's rescheduling or cramming): ignored\n", r.NotAnswers)
	}
	if len(r.Skipped) > 0 {
		fmt.Fprintf(w, "skipped %d:\n", len(r.Skipped))
		for _, s := range r.Skipped {
			what := s.Note
			if s.Card != "" {
				what += " " + s.Card
			}
			fmt.Fprintf(w, "  %s (%s): %s\n", what, text.Plural(s.Answers, "answer"), s.Reason)
		}
	}
	if r.DryRun {
		fmt.Fprintln(w, "dry run: nothing written")
	}
	return w.Flush()
}
