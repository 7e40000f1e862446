package known

import (
	"strings"
	"testing"

	"cika/srs/store"
)

func TestParseList(t *testing.T) {
	for _, c := range []struct {
		name, in string
		column   int
		want     string // words joined by spaces
		err      string
	}{
		{"one a line", "银行\n\n智能\r\n", 0, "银行 智能", ""},
		{"Pleco", "// Pleco\n銀行[銀行]\tyin2hang2\tbank\n智能\tzhi4neng2\tsmart\n", 0, "銀行 智能", ""},
		{"Pleco simplified[traditional]", "银行[銀行]\tyin2hang2\tbank\n", 0, "银行", ""},
		{"Anki with header and HTML", "#separator:tab\n#html:true\nHanzi\tMeaning\n<b>银行</b>\tbank\n", 0, "银行", ""},
		{"Anki GUID first", "#guid column:1\nAbC123\t银行\tbank\n", 0, "银行", ""},
		{"--column", "银行\t智能\n", 2, "智能", ""},
		{"word IDs", "银行 yin2 hang2\n", 0, "银行", ""},
		{"CSV", "银行,bank\n", 0, "银行", ""},
		{"BOM", "\ufeff银行\n", 0, "银行", ""},
		{"a bad line", "银行\nhello\n", 0, "", "words.txt:2: no Chinese word on this line"},
		{"header only on the first line", "hello\n银行\nworld\n", 0, "", "words.txt:3: no Chinese word"},
		{"missing column", "银行\n", 3, "", "words.txt:1: no field 3 (the line has 1)"},
	} {
		got, err := ParseList("words.txt", strings.NewReader(c.in), c.column)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil || strings.Join(got, " ") != c.want {
			t.Errorf("%s: %q %v, want %q", c.name, got, err, c.want)
		}
	}
}

// Whatever the file, the parser never panics, and every word it returns is
// one the store accepts.
func FuzzParseList(f *testing.F) {
	f.Add("银行\n智能\n", 0)
	f.Add("// Pleco\n銀行[銀行]\tyin2hang2\tbank\n", 0)
	f.Add("#separator:tab\nHanzi\tMeaning\n<b>银行</b>\tbank\n", 2)
	f.Add("\ufeff银行 yin2 hang2,bank\n", 1)
	f.Fuzz(func(t *testing.T, in string, column int) {
		if column < 0 || column > 10 {
			return
		}
		words, err := ParseList("f.txt", strings.NewReader(in), column)
		if err != nil {
			return
		}
		for _, w := range words {
			if why := store.CheckKnownWord(w); why != "" {
				t.Fatalf("%q from %q: %s", w, in, why)
			}
		}
	})
}
