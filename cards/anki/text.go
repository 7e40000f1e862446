package anki

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteText writes notes in Anki's text import format ("Import File" of a
// .txt): UTF-8, tab-separated, with header lines naming the note type, the
// deck and the columns, a guid column so a re-import updates the notes
// instead of duplicating them, and a tags column. Fields are the same HTML as
// in the .apkg. The note type must exist in Anki, so import the .apkg once
// first. No progress goes into a text file (Options.WithProgress is ignored),
// nor suspension: a known word's note carries only the tag "known" (in Anki,
// search tag:known, select all, Cards → Toggle Suspend).
func WriteText(w io.Writer, notes []Note, opts Options) error {
	return WriteTextFrom(w, Notes(notes), opts)
}

// WriteTextFrom is WriteText with the notes read from src one at a time.
func WriteTextFrom(w io.Writer, src Source, opts Options) error {
	opts.WithProgress = false
	if opts.Now.IsZero() {
		opts.Now = time.Unix(0, 0).UTC() // a text file carries no times
	}
	e, err := prepare(src, opts)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	columns := append(append([]string{"GUID"}, Fields...), "Tags")
	fmt.Fprintf(bw, "#separator:tab\n#html:true\n#notetype:%s\n#deck:%s\n#columns:%s\n#guid column:1\n#tags column:%d\n",
		NotetypeName, e.deckNames[len(e.deckNames)-1], strings.Join(columns, "\t"), len(columns))
	var n Note
	for i := range e.n {
		if err := src.Note(i, &n); err != nil {
			return err
		}
		bw.WriteString(e.guids[i])
		for _, f := range e.fields(i, &n) {
			bw.WriteByte('\t')
			bw.WriteString(csvField(f))
		}
		bw.WriteByte('\t')
		bw.WriteString(csvField(strings.TrimSpace(noteTags(&n))))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write text export: %w", err)
	}
	return nil
}

// csvField quotes a field the way Anki's CSV reader expects when it holds a
// quote (the attributes of cika's own markup), a tab or a line break:
// between double quotes, inner quotes doubled.
func csvField(s string) string {
	if !strings.ContainsAny(s, "\"\t\n\r") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
