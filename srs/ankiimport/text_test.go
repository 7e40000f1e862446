package ankiimport_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"cika/srs/ankiimport"
)

// The import report, merged and as a dry run, with more changed cards than
// it lists, entries that are no answers and skipped notes.
func TestWriteText(t *testing.T) {
	r := &ankiimport.Report{File: "phone.apkg", Collection: "collection.anki21", Notes: 5, OtherNotes: 2,
		Matched: 3, ByReading: 1, Answers: 30, Present: 6, Added: 24, Relogged: 1, NotAnswers: 2,
		Skipped: []ankiimport.Skipped{{Note: "的 de", Answers: 1, Reason: "no word of the collection"}, {Note: "去 qu4", Card: "recall", Answers: 2, Reason: "no such card"}}}
	for i := range ankiimport.Listed + 2 {
		r.Cards = append(r.Cards, ankiimport.Change{Word: fmt.Sprintf("词%d ci2", i), Card: "recognition", Added: 1, State: "Review",
			Due: time.Date(2026, 3, 9, 23, 0, 0, 0, time.UTC)})
	}
	var b bytes.Buffer
	if err := ankiimport.WriteText(&b, r, time.FixedZone("UTC+8", 8*3600)); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"read phone.apkg (collection.anki21): 5 notes of cika's note type, 2 notes of other note types ignored\n" +
			"matched 4 notes to your words (1 added in Anki, by hanzi and reading)\n" +
			"merged 24 answers from Anki into 22 cards (6 already in the collection)\n" +
			"1 review of yours in cika rescheduled again, after an earlier answer from Anki\n" +
			"  词0 ci2 recognition +1, now Review, due 2026-03-10\n",
		"  词19 ci2 recognition +1, now Review, due 2026-03-10\n  … and 2 more (--json lists them all)\n" +
			"2 log entries are not answers (Anki's rescheduling or cramming): ignored\n" +
			"skipped 2:\n  的 de (1 answer): no word of the collection\n  去 qu4 recall (2 answers): no such card\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("got\n%s\nwant it to contain\n%s", got, want)
		}
	}
	if strings.Contains(got, "词20") || strings.Contains(got, "dry run") {
		t.Errorf("lists past %d cards, or says dry run:\n%s", ankiimport.Listed, got)
	}
	r.DryRun, r.NotAnswers = true, 1
	b.Reset()
	ankiimport.WriteText(&b, r, time.UTC)
	for _, want := range []string{"would merge 24 answers", "would be rescheduled again", "\n1 log entry is not an answer", "due 2026-03-09\n", "\ndry run: nothing written\n"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("dry run: no %q in\n%s", want, b.String())
		}
	}
	for _, tt := range []struct {
		answers, added int
		want           string
	}{
		{0, 0, "no answers in the package for your words (exported from Anki without scheduling information?)\n"},
		{6, 0, "nothing new: 6 answers of the package already in the collection\n"},
	} {
		b.Reset()
		ankiimport.WriteText(&b, &ankiimport.Report{Answers: tt.answers, Present: tt.answers, Added: tt.added}, time.UTC)
		if !strings.Contains(b.String(), "\n"+tt.want) {
			t.Errorf("%d answers: no %q in\n%s", tt.answers, tt.want, b.String())
		}
	}
}
