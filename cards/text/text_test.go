package text

import (
	"bytes"
	"testing"
)

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n          int
		what, want string
	}{
		{1, "pair", "1 pair"}, {2, "pair", "2 pairs"}, {0, "new word", "0 new words"},
		{3, "word already known", "3 words already known"}, {1, "new name", "1 new name"},
		{68, "known word", "68 known words"},
	} {
		if got := Plural(tt.n, tt.what); got != tt.want {
			t.Errorf("Plural(%d, %q) = %q", tt.n, tt.what, got)
		}
	}
}

func TestClip(t *testing.T) {
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
		if got := Clip(tt.in, tt.n); got != tt.want || Width(got) > tt.n {
			t.Errorf("Clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
	if Width("我们 ok") != 7 {
		t.Errorf("Width %d", Width("我们 ok"))
	}
}

func TestColumns(t *testing.T) {
	var b bytes.Buffer
	if err := Columns(&b, [][]string{{"#", "WORD", "GLOSS"}, {"1", "银行", "bank"}, {"12", "行", "row; line"}}); err != nil {
		t.Fatal(err)
	}
	want := "#   WORD  GLOSS\n1   银行  bank\n12  行    row; line\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
