package export_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cika/srs/export"
)

// Write writes each format where it is told and says what it wrote;
// WriteResult prints that as `cika export` does.
func TestWriteResult(t *testing.T) {
	db := small(t)
	x, err := export.Read(db, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	dir := t.TempDir()
	var stdout bytes.Buffer
	for _, tt := range []struct {
		format, path string
		cards        int
		says         string
	}{
		{export.FormatText, "-", 0, ""},
		{export.FormatText, filepath.Join(dir, "c.txt"), 0, "exported 7 notes to " + filepath.Join(dir, "c.txt") +
			" (Anki: File → Import; note type \"cika word\", deck \"Chinese\")\n"},
		{export.FormatAnki, filepath.Join(dir, "c.apkg"), 14, "exported 7 notes and 14 new cards to " + filepath.Join(dir, "c.apkg") +
			" (deck \"Chinese\")\nin Anki: File → Import; exporting again later updates these notes instead of duplicating them\n"},
	} {
		stdout.Reset()
		r, err := x.Write(tt.format, tt.path, &stdout, "Chinese", t0)
		if err != nil {
			t.Fatal(err)
		}
		want := export.Result{Path: tt.path, Format: tt.format, Deck: "Chinese", Notes: 7, Cards: tt.cards}
		if r != want {
			t.Errorf("%s %s: %+v, want %+v", tt.format, tt.path, r, want)
		}
		if tt.path == "-" {
			if !strings.Contains(stdout.String(), "银行") {
				t.Errorf("nothing written to stdout: %q", stdout.String())
			}
		} else if st, err := os.Stat(tt.path); err != nil || st.Size() == 0 || stdout.Len() > 0 {
			t.Errorf("%s: %v, %d bytes to stdout", tt.path, err, stdout.Len())
		}
		var b bytes.Buffer
		if err := export.WriteResult(&b, r); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.says {
			t.Errorf("%s %s says\n%s\nwant\n%s", tt.format, tt.path, b.String(), tt.says)
		}
	}
	if _, err := x.Write("pdf", filepath.Join(dir, "c.pdf"), &stdout, "", t0); err == nil {
		t.Error("pdf written")
	}
}

// What becomes of known words, and of progress, in the report.
func TestWriteResultKnown(t *testing.T) {
	for _, tt := range []struct {
		r    export.Result
		want string
	}{
		{export.Result{Path: "c.txt", Format: export.FormatText, Deck: "d", Notes: 3, Known: 2},
			"exported 3 notes to c.txt (Anki: File → Import; note type \"cika word\", deck \"d\")\n" +
				"2 known words tagged \"known\" (a text file cannot suspend cards: in Anki search tag:known, select all, Cards → Toggle Suspend)\n"},
		{export.Result{Path: "c.apkg", Format: export.FormatAnki, Deck: "d", Notes: 3, Cards: 6, Reviews: 9, WithProgress: true, Known: 1},
			"exported 3 notes, 6 cards and 9 reviews to c.apkg (deck \"d\")\n" +
				"in Anki: File → Import, tick \"Import any learning progress\" and \"Import deck presets\", then turn on FSRS in the deck options\n" +
				"2 cards of 1 known word suspended and tagged \"known\" (unsuspend them in Anki to study them)\n"},
	} {
		var b bytes.Buffer
		export.WriteResult(&b, tt.r)
		if b.String() != tt.want {
			t.Errorf("got\n%s\nwant\n%s", b.String(), tt.want)
		}
	}
}
