package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"cika/cards"
	"cika/srs/vocab"
)

// The hand-written JSON of `cika words --json` is what encoding/json would
// write for vocab.Entry.
func TestWordsJSON(t *testing.T) {
	words := []cards.Word{
		{Word: "银行", Trad: "銀行", Reading: "yin2 hang2", Gloss: "bank", Count: 3, Pairs: 2,
			Met: []cards.Sense{{Gloss: "bank", Count: 3}}, Senses: []string{"bank", "CL:家[jia1]"},
			First: cards.Origin{Doc: "a \"b\".txt", Line: 7}},
		{Word: "行", Reading: "xing2", Gloss: "<ok> & \\ \t\n\x01 \u2028 \xff", Name: true},
		{},
	}
	next := func(i int, w *cards.Word) error { *w = words[i]; return nil }
	var got bytes.Buffer
	if err := writeWordsJSON(&got, len(words), next); err != nil {
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
	writeWordsJSON(&got, 0, next)
	if got.String() != "[]\n" {
		t.Errorf("no words: %q", got.String())
	}
}

func TestClipWidth(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"bank", 40, "bank"},
		{"abcdef", 4, "abc…"},
		{"银行银行", 5, "银行…"},
		{"银行银行", 8, "银行银行"},
	}
	for _, tt := range tests {
		if got := clipWidth(tt.in, tt.n); got != tt.want || textWidth(got) > tt.n {
			t.Errorf("clipWidth(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
	if textWidth("我们 ok") != 7 {
		t.Errorf("textWidth %d", textWidth("我们 ok"))
	}
	_ = strings.Repeat
}
