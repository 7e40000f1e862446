package mine

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"cika/cards"
	"cika/cards/corpus"
	"cika/cards/text"
)

// WriteText prints r as `cika mine` does, for the collection at path: each
// document with its format, the lines skipped and the pair checks, the new
// words and cards; the collection's size; and, when filter held new cards
// back, how many.
func WriteText(w io.Writer, r *Report, path string, filter *cards.MineFilter) error {
	var b bytes.Buffer
	for _, name := range r.RolledBack {
		fmt.Fprintf(&b, "%s: cleared what an interrupted `cika mine` had begun to store\n", name)
	}
	for _, d := range r.Documents {
		if d.Error != "" {
			fmt.Fprintf(&b, "%s: FAILED, nothing stored: %s\n", d.Name, d.Error)
			continue
		}
		if d.Already {
			as := ""
			if d.AlreadyAs != d.Name {
				as = " as " + d.AlreadyAs
			}
			fmt.Fprintf(&b, "%s: already mined%s, nothing to do\n", d.Name, as)
			continue
		}
		enc := ""
		if d.Encoding != "" && d.Encoding != corpus.UTF8 {
			enc = " (" + strings.ToUpper(d.Encoding) + ")"
		}
		fmt.Fprintf(&b, "%s: %s%s, %d pairs read\n", d.Name, d.Format, enc, d.Pairs)
		if d.OffsetMS != 0 {
			fmt.Fprintf(&b, "  English cues shifted by %+.3fs to match the Chinese ones\n", -float64(d.OffsetMS)/1000)
		}
		for _, s := range d.Skipped {
			lines := fmt.Sprintf("line %d", s.Line)
			if s.Lines > 1 {
				lines = fmt.Sprintf("lines %d-%d", s.Line, s.Line+s.Lines-1)
			}
			fmt.Fprintf(&b, "  skipped %s (%s)\n", lines, s.Reason)
		}
		for _, p := range d.Checks {
			lines := make([]string, len(p.Lines))
			for i, n := range p.Lines {
				lines[i] = fmt.Sprint(n)
			}
			at := "line"
			if p.Count > 1 {
				at = "lines"
			}
			more := ""
			if p.Count > len(p.Lines) {
				more = ", …"
			}
			what := "skipped " + text.Plural(p.Count, "pair")
			if p.Kept {
				what = "kept " + text.Plural(p.Count, "pair") + " with the sides swapped back"
				fmt.Fprintf(&b, "  %s: %s %s%s\n", what, at, strings.Join(lines, ", "), more)
				continue
			}
			fmt.Fprintf(&b, "  %s (%s): %s %s%s\n", what, p.Reason, at, strings.Join(lines, ", "), more)
		}
		if d.NoWords > 0 {
			fmt.Fprintf(&b, "  %s kept but teach nothing (no Chinese words)\n", text.Plural(d.NoWords, "pair"))
		}
		fmt.Fprintf(&b, "  %s, %s", text.Plural(d.NewWords, "new word"), text.Plural(d.NewCards, "new card"))
		if d.NewNames > 0 {
			fmt.Fprintf(&b, ", %s (kept, no cards)", text.Plural(d.NewNames, "new name"))
		}
		b.WriteByte('\n')
		if d.Gained > 0 {
			fmt.Fprintf(&b, "  %s gained sentences\n", text.Plural(d.Gained, "word already known"))
		}
	}
	c := r.Collection
	fmt.Fprintf(&b, "collection %s: %s, %s, %s, %s\n", path, text.Plural(c.Sentences, "sentence"),
		text.Plural(c.Words, "word"), text.Plural(c.Cards, "card"), text.Plural(c.Reviews, "review"))
	if filter != nil && filter.HeldCards > 0 {
		fmt.Fprintf(&b, "held back %s of new words (suspended by --min-count/--hsk-max/--max-new; `cika unsuspend` brings words back)\n",
			text.Plural(filter.HeldCards, "card"))
	}
	_, err := w.Write(b.Bytes())
	return err
}
