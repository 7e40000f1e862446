package lookup_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"cika/cards"
	"cika/srs/lookup"
)

func TestMark(t *testing.T) {
	parts := []cards.Part{{Text: "銀行", Word: "银行", Reading: "yin2 hang2"}, {Text: "是"}, {Text: "银行", Word: "银行", Reading: "yin2 hang2"}}
	spans := lookup.Highlights(parts, "银行 yin2 hang2")
	if !reflect.DeepEqual(spans, [][2]int{{0, 2}, {3, 5}}) {
		t.Fatalf("spans %v", spans)
	}
	if got := lookup.Mark("銀行是银行", spans, false); got != "【銀行】是【银行】" {
		t.Errorf("mark = %q", got)
	}
	if got := lookup.Mark("銀行是银行", spans, true); got != "\x1b[1;33m銀行\x1b[0m是\x1b[1;33m银行\x1b[0m" {
		t.Errorf("colour mark = %q", got)
	}
	if got := lookup.Mark("短", [][2]int{{0, 5}}, false); got != "短" {
		t.Errorf("out-of-range span: %q", got)
	}
}

// WriteText prints a word with its sentences, what is left out, and a
// phrase with the words it is made of.
func TestWriteText(t *testing.T) {
	db := collection(t)
	for _, tt := range []struct {
		query string
		limit int
		want  string
	}{
		{"银行", 5, "银行（銀行）  yínháng  bank  · 1 sentence\n  also: classifiers: 家 jiā, 个 gè\n" +
			"  这是【银行】。\n  zhè shì yínháng.\n  This is the bank.\n    — p.tsv:1\n"},
		{"公司", 0, "公司  gōngsī  company  · 1 sentence\n  also: firm · corporation\n" +
			"  我们的【公司】\n  wǒmen de gōngsī\n  our company\n    — p.tsv:2\n"},
		{"银行公司", 5, "no word in the collection matches \"银行公司\", nor any sentence\n"},
		{"zebra", 5, "no word in the collection matches \"zebra\", nor any sentence\n"},
	} {
		res, err := lookup.Find(db, tt.query, "", tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := lookup.WriteText(&b, res, false); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%s:\n%s\nwant\n%s", tt.query, b.String(), tt.want)
		}
	}
	res, err := lookup.Find(db, "我们的", "", 5)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	lookup.WriteText(&b, res, false)
	if !strings.HasPrefix(b.String(), "我们的 = 我们 wǒmen ") || !strings.Contains(b.String(), "1 sentence with 我们的:\n  【我们的】公司\n") {
		t.Errorf("phrase:\n%s", b.String())
	}
}
