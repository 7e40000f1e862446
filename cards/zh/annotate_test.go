package zh

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAnnotate(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name string
		in   string
		o    AnnotateOptions
		want string
	}{
		{"numeric", "我觉得银行很重要。\n", AnnotateOptions{},
			"我[wo3] 觉得[jue2 de5] 银行[yin2 hang2] 很[hen3] 重要[zhong4 yao4] 。\n"},
		{"marks", "我觉得银行很重要\n", AnnotateOptions{Marks: true},
			"我[wǒ] 觉得[jué de] 银行[yín háng] 很[hěn] 重要[zhòng yào]\n"},
		{"sandhi", "一样不对，第一\n", AnnotateOptions{Sandhi: true},
			"一样[yi2 yang4] 不对[bu2 dui4] ， 第一[di4 yi1]\n"},
		{"latin and digits stay bare", "用GPT-4写 2 行代码\n", AnnotateOptions{},
			"用[yong4] GPT - 4 写[xie3] 2 行[hang2] 代码[dai4 ma3]\n"},
		{"one line out per line in, blank lines kept", "你好\n\n  \r\n再见", AnnotateOptions{},
			"你好[ni3 hao3]\n\n\n再见[zai4 jian4]\n"},
		{"tsv uses the english side", "行\ta row of trees\n行\tOK, will do\n", AnnotateOptions{TSV: true},
			"行[hang2]\n行[xing2]\n"},
		{"english for every line", "行\n", AnnotateOptions{English: "a row"}, "行[hang2]\n"},
		{"no input", "", AnnotateOptions{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := a.Annotate(&out, strings.NewReader(tt.in), tt.o); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("got\n%q\nwant\n%q", out.String(), tt.want)
			}
		})
	}
}

func TestAnnotateJSON(t *testing.T) {
	a := analyzer(t)
	var out bytes.Buffer
	in := "我会说中文\tI can speak Chinese\n行\n"
	if err := a.Annotate(&out, strings.NewReader(in), AnnotateOptions{JSON: true, TSV: true, Marks: true}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d JSON lines for 2 input lines:\n%s", len(lines), out.String())
	}
	var s jsonSentence
	if err := json.Unmarshal([]byte(lines[0]), &s); err != nil {
		t.Fatal(err)
	}
	if s.Text != "我会说中文" || s.English != "I can speak Chinese" || len(s.Tokens) != 4 {
		t.Fatalf("got %+v", s)
	}
	hui := s.Tokens[1]
	if hui.Word != "会" || hui.Trad != "會" || hui.Reading != "hui4" || hui.Marks != "huì" ||
		!strings.Contains(hui.Gloss, "can") || len(hui.Senses) < 3 {
		t.Errorf("会: %+v", hui)
	}
}

// FuzzAnnotate feeds arbitrary bytes to annotate: it must write exactly one
// line per input line, keep every Han character in order, and give each
// bracketed word one syllable per Han character.
func FuzzAnnotate(f *testing.F) {
	a := analyzer(f)
	for _, s := range []string{
		"我觉得这太难了\n", "行\ta row\n", "a[b c]d\n", "\r\n\r\n", "\xff\xfe\n中\xe4\xb8",
		"穆斯塔法·苏莱曼\tMustafa Suleyman\n", "\u2028中\u0085文\v\f", "〇一二\t\t\n",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, in string, tsv bool) {
		var out bytes.Buffer
		if err := a.Annotate(&out, strings.NewReader(in), AnnotateOptions{TSV: tsv}); err != nil {
			t.Fatal(err)
		}
		inLines := strings.SplitAfter(in, "\n")
		if inLines[len(inLines)-1] == "" {
			inLines = inLines[:len(inLines)-1]
		}
		outLines := strings.SplitAfter(out.String(), "\n")
		if outLines[len(outLines)-1] != "" {
			t.Fatalf("output does not end with a newline: %q", out.String())
		}
		outLines = outLines[:len(outLines)-1]
		if len(outLines) != len(inLines) {
			t.Fatalf("%d output lines for %d input lines\nin:  %q\nout: %q", len(outLines), len(inLines), in, out.String())
		}
		for i, line := range inLines {
			zh := line
			if tsv {
				zh, _, _ = strings.Cut(zh, "\t")
			}
			if got, want := hanOnly(outLines[i]), hanOnly(zh); got != want {
				t.Fatalf("line %d: Han characters %q, want %q", i+1, got, want)
			}
			for _, tok := range strings.Fields(outLines[i]) {
				w, py, ok := strings.Cut(tok, "[")
				if !ok || hanCount(w) == 0 || !strings.HasSuffix(py, "]") {
					continue
				}
				if n := len(strings.Fields(strings.TrimSuffix(py, "]"))); n == 0 {
					t.Fatalf("line %d: empty reading in %q", i+1, outLines[i])
				}
			}
		}
	})
}

func hanOnly(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if isHan(r) {
			b.WriteRune(r)
		}
		s = s[n:]
	}
	return b.String()
}
