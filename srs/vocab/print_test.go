package vocab_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/srs/review"
	"cika/srs/vocab"
)

// The hand-written JSON of WriteJSON is what encoding/json would write for
// Entry.
func TestWriteJSON(t *testing.T) {
	words := []cards.Word{
		{Word: "银行", Trad: "銀行", Reading: "yin2 hang2", Gloss: "bank", Count: 3, Pairs: 2,
			Met: []cards.Sense{{Gloss: "bank", Count: 3}}, Senses: []string{"bank", "CL:家[jia1]"},
			First: cards.Origin{Doc: "a \"b\".txt", Line: 7}},
		{Word: "行", Reading: "xing2", Gloss: "<ok> & \\ \t\n\x01 \u2028 \xff", Name: true},
		{},
	}
	next := func(i int, w *cards.Word) error { *w = words[i]; return nil }
	var got bytes.Buffer
	if err := vocab.WriteJSON(&got, len(words), next); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	want.WriteString("[")
	for i := range words {
		if i > 0 {
			want.WriteString(",")
		}
		want.WriteString("\n  ")
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(vocab.EntryOf(&words[i])); err != nil {
			t.Fatal(err)
		}
		want.Truncate(want.Len() - 1) // Encode's newline
	}
	want.WriteString("\n]\n")
	if got.String() != want.String() {
		t.Errorf("got\n%s\nwant\n%s", got.String(), want.String())
	}
	var back []vocab.Entry
	if err := json.Unmarshal(got.Bytes(), &back); err != nil || len(back) != 3 || back[0].First.Line != 7 {
		t.Errorf("round trip: %+v %v", back, err)
	}
	got.Reset()
	vocab.WriteJSON(&got, 0, next)
	if got.String() != "[]\n" {
		t.Errorf("no words: %q", got.String())
	}
}

// The table's columns are aligned by display width, counts on the right,
// long glosses clipped, names marked.
func TestWriteTable(t *testing.T) {
	words := []cards.Word{
		{Word: "银行", Reading: "yin2 hang2", Gloss: "bank", Count: 12, First: cards.Origin{Doc: "p.tsv", Line: 3}},
		{Word: "微软", Reading: "Wei1 ruan3", Gloss: "Microsoft", Count: 1, Name: true, First: cards.Origin{Doc: "p.tsv", Line: 9}},
		{Word: "行", Reading: "xing2", Gloss: strings.Repeat("to walk; ", 6), Count: 3, First: cards.Origin{Doc: "q.txt", Line: 1}},
	}
	var got bytes.Buffer
	err := vocab.WriteTable(&got, len(words), func(i int, w *cards.Word) error { *w = words[i]; return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := "" +
		"WORD  PINYIN   COUNT  GLOSS                                     FIRST SEEN\n" +
		"银行  yínháng     12  bank                                      p.tsv:3\n" +
		"微软  Wēiruǎn      1  [name] Microsoft                          p.tsv:9\n" +
		"行    xíng         3  to walk; to walk; to walk; to walk; to …  q.txt:1\n"
	if got.String() != want {
		t.Errorf("got\n%s\nwant\n%s", got.String(), want)
	}
	got.Reset()
	vocab.WriteTable(&got, 0, nil)
	if got.String() != "no words yet: run `cika mine`\n" {
		t.Errorf("no words: %q", got.String())
	}
}

// Next lists the words a session introduces, most useful first, with what
// the learner sees of each.
func TestNext(t *testing.T) {
	db := collection(t)
	opt := review.Options{Now: func() time.Time { return time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC) }, Location: time.UTC}
	next, err := vocab.Next(db, 2, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(next) != 2 || next[0].Position != 1 || next[1].Position != 2 || next[0].Pinyin == "" || next[0].Gloss == "" {
		t.Fatalf("Next = %+v", next)
	}
	var got bytes.Buffer
	if err := vocab.WriteNext(&got, next); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(got.String(), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "#  WORD") || !strings.HasPrefix(lines[1], "1  "+next[0].Word) {
		t.Errorf("WriteNext:\n%s", got.String())
	}
	got.Reset()
	vocab.WriteNext(&got, nil)
	if got.String() != "no new words waiting\n" {
		t.Errorf("none: %q", got.String())
	}
}
