package corpus

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestTextLanguage(t *testing.T) {
	book := "我们去银行。\n图书馆很大。\n\n访问okta.com。\n"
	for _, tt := range []struct {
		name, text string
		o          *Options
		want       string
	}{
		{"book.zh.txt", book, nil, "zh"},
		{"book.en.txt", "We go to the bank.\nThe library is big.\n\nVisit okta.com.\n", nil, "en"},
		{"noext", "We go to the bank.\n", nil, "en"},
		// An English text quoting a word in Chinese now and then.
		{"en.txt", strings.Repeat("We go to the bank.\n", 9) + "Say 你好.\n", nil, "en"},
		{"zh.txt", strings.Repeat("我们去银行。\n", 9) + "OK!\n", nil, "zh"},
		{"mixed.txt", "我们去银行。\nWe go to the bank.\n", nil, "both"},
		{"digits.txt", "1\n2\n3\n", nil, "both"},
		// Other formats, forced or detected, and nothing to read.
		{"pairs.tsv", "我们\twe\n", nil, ""},
		{"pairs.txt", "我们\twe\n", nil, ""},
		{"film.srt", "1\n00:00:01,000 --> 00:00:02,000\n你好\n", nil, ""},
		{"book.zh.txt", book, &Options{Format: "tsv"}, ""},
		{"blank.txt", "\n \n", nil, ""},
		{"bad.txt", "我们\x00\n", nil, ""},
	} {
		if got := TextLanguage(tt.name, strings.NewReader(tt.text), tt.o); got != tt.want {
			t.Errorf("%s %q: %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(book)
	if err != nil {
		t.Fatal(err)
	}
	if got := TextLanguage("book.zh.txt", strings.NewReader(gb), nil); got != "zh" {
		t.Errorf("GB18030 book: %q", got)
	}
}
