package anki

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

func TestTextGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteText(&buf, testNotes(), testOptions(true)); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "export.txt.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestTextGolden -update)", err)
	}
	if got := buf.String(); got != string(want) {
		t.Errorf("text export differs from %s (rerun with -update if intended)\n got:\n%s\nwant:\n%s", golden, got, want)
	}
}

// TestTextParses reads the export back the way Anki's importer does: header
// lines, then tab-separated records with CSV quoting.
func TestTextParses(t *testing.T) {
	notes := testNotes()
	var buf bytes.Buffer
	if err := WriteText(&buf, notes, testOptions(false)); err != nil {
		t.Fatal(err)
	}
	var header, body []string
	for _, line := range strings.SplitAfter(buf.String(), "\n") {
		if strings.HasPrefix(line, "#") && len(body) == 0 {
			header = append(header, strings.TrimSuffix(line, "\n"))
		} else {
			body = append(body, line)
		}
	}
	wantHeader := []string{
		"#separator:tab", "#html:true", "#notetype:cika word", "#deck:Chinese::cika",
		"#columns:GUID\tHanzi\tPinyin\tPinyinColored\tMeaning\tSentence\tSentencePinyin\tTranslation\tSource\tTraditional\tTags",
		"#guid column:1", "#tags column:11",
	}
	if strings.Join(header, "\n") != strings.Join(wantHeader, "\n") {
		t.Errorf("header\n got %q\nwant %q", header, wantHeader)
	}
	r := csv.NewReader(strings.NewReader(strings.Join(body, "")))
	r.Comma = '\t'
	records, err := r.ReadAll()
	if err != nil {
		t.Fatalf("records do not parse as tab-separated CSV: %v", err)
	}
	if len(records) != len(notes) {
		t.Fatalf("%d records, want %d", len(records), len(notes))
	}
	for i, rec := range records {
		if len(rec) != 11 {
			t.Errorf("record %d has %d columns, want 11", i+1, len(rec))
			continue
		}
		if rec[0] != GUID(notes[i].Word, notes[i].Reading) || rec[1] != notes[i].Word {
			t.Errorf("record %d: guid %q word %q", i+1, rec[0], rec[1])
		}
	}
	if got := records[0][3]; got != `<span class=t2>yín</span><span class=t2>háng</span>` {
		t.Errorf("PinyinColored after CSV unquoting = %q", got)
	}
	if got := records[2][10]; got != "cika my_tag" {
		t.Errorf("tags = %q", got)
	}
	if got := records[3][10]; got != "cika HSK1 corpus::podcast known" {
		t.Errorf("known word's tags = %q, want \"known\" last", got)
	}
	if strings.Contains(strings.ToLower(buf.String()), "<script") {
		t.Error("text export holds live <script>")
	}
}

func TestTextBadInput(t *testing.T) {
	var buf bytes.Buffer
	err := WriteText(&buf, []Note{{Word: "妈"}}, testOptions(false))
	if !errors.Is(err, ErrBadNote) {
		t.Errorf("err = %v, want ErrBadNote", err)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes before failing", buf.Len())
	}
}
