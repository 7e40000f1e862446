package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"cika/seeds"
)

func readSeed(t testing.TB) ([]Pair, Document, string) {
	t.Helper()
	b, err := fsReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	pairs, doc, err := Read(seeds.Default, strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	return pairs, doc, string(b)
}

func TestSeed(t *testing.T) {
	pairs, doc, text := readSeed(t)
	if len(pairs) != 452 {
		t.Errorf("read %d pairs, want 452", len(pairs))
	}
	distinct := map[[2]string]bool{}
	for i, p := range pairs {
		distinct[[2]string{p.ZH, p.EN}] = true
		if p.Pos != i || p.Doc != seeds.Default {
			t.Errorf("pair %d: pos %d doc %q", i, p.Pos, p.Doc)
		}
		if !strings.HasPrefix(p.Speaker, "Speaker ") {
			t.Errorf("pair %d: speaker %q", i, p.Speaker)
		}
		if h, _ := hanCount(p.ZH); h == 0 {
			t.Errorf("pair %d (line %d): no Chinese in %q", i, p.Line, p.ZH)
		}
		if h, _ := hanCount(p.EN); h != 0 || p.EN == "" {
			t.Errorf("pair %d (line %d): English side %q", i, p.Line, p.EN)
		}
	}
	if len(distinct) != 428 {
		t.Errorf("%d distinct pairs, want 428", len(distinct))
	}
	// The header's first line names the show and the episode; the app's
	// "封面" (cover) caption is not part of it.
	if want := "Big Technology Podcast - 大型语言模型会是通往超级智能的途径吗?——与穆斯塔法·苏莱曼的对话"; doc.Title != want {
		t.Errorf("title %q, want %q", doc.Title, want)
	}
	// Nothing lost: every non-blank line is a Speaker line, a pair's line or
	// skipped chrome.
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	used := map[int]bool{}
	for _, p := range pairs {
		used[p.Line] = true
		if lines[p.Line-1] != p.ZH {
			t.Errorf("pair %d: line %d is %q, not the Chinese side", p.Pos, p.Line, lines[p.Line-1])
		}
		for n := p.Line + 1; n <= len(lines); n++ {
			if strings.TrimSpace(lines[n-1]) != "" {
				used[n] = true
				if lines[n-1] != p.EN {
					t.Errorf("pair %d: English at line %d is %q", p.Pos, n, lines[n-1])
				}
				break
			}
		}
	}
	reasons := map[string]int{}
	for _, s := range doc.Skips {
		reasons[s.Reason]++
		for n := s.Line; n < s.Line+s.Lines; n++ {
			used[n] = true
		}
	}
	for i, ln := range lines {
		if strings.TrimSpace(ln) != "" && !used[i+1] && !speakerLine().MatchString(ln) {
			t.Errorf("line %d lost: %q", i+1, ln)
		}
	}
	if reasons["header"] != 1 || reasons["footer"] != 1 || reasons["more-subtitles marker"] != 1 {
		t.Errorf("skips %v", doc.Skips)
	}
	if doc.Format != "podcast" || doc.Pairs != 452 || doc.ID != identity(t, text) || len(doc.ID) != 64 {
		t.Errorf("document %+v", doc)
	}
}

// The identity of a document is its decoded text: line ends, a byte-order
// mark and the name do not change it.
func TestIdentity(t *testing.T) {
	_, doc, text := readSeed(t)
	variants := map[string]string{
		"crlf":     strings.ReplaceAll(text, "\n", "\r\n"),
		"cr":       strings.ReplaceAll(text, "\n", "\r"),
		"bom":      "\ufeff" + text,
		"no final": strings.TrimSuffix(text, "\n"),
	}
	for name, v := range variants {
		_, d, err := Read("renamed.txt", strings.NewReader(v))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.ID != doc.ID || d.Pairs != 452 {
			t.Errorf("%s: id %s pairs %d, want %s 452", name, d.ID, d.Pairs, doc.ID)
		}
	}
	_, d, err := Read("x.txt", strings.NewReader(strings.Replace(text, "谢谢你。", "谢谢您。", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if d.ID == doc.ID {
		t.Error("a changed text kept its identity")
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Pair // ZH, EN, Line, Speaker only
		err      string // substring of the error, "" for none
	}{
		{"a.txt", "Title\n\nSpeaker 0\n你好。\nHello.\n", []Pair{{ZH: "你好。", EN: "Hello.", Source: Source{Line: 4, Speaker: "Speaker 0"}}}, ""},
		{"a.txt", "Speaker 3\n\n\n你好。\n\n\nHello.\n\n关于 Bayt 播客\n\nmore chrome\n", []Pair{{ZH: "你好。", EN: "Hello.", Source: Source{Line: 4, Speaker: "Speaker 3"}}}, ""},
		{"a.txt", "Speaker 0\n你好。\nHello.\n展开剩余字幕(还有 3 条)\nSpeaker 1\n再见。\nBye.\n", []Pair{
			{ZH: "你好。", EN: "Hello.", Source: Source{Line: 2, Speaker: "Speaker 0"}},
			{ZH: "再见。", EN: "Bye.", Source: Source{Line: 6, Speaker: "Speaker 1"}}}, ""},
		{"a.txt", "Speaker 0\n你好。\nHello.\nstray line\n", nil, "a.txt:4: unexpected text outside a Speaker block"},
		{"a.txt", "Speaker 0\n你好。\n\nSpeaker 1\n再见。\nBye.\n", nil, "a.txt:4: the Speaker 0 block at line 1 has no English line"},
		{"a.txt", "Speaker 0\n你好。\n", nil, "a.txt:1: the Speaker 0 block at line 1 has no English line"},
		{"a.txt", "Speaker 0\n\n", nil, "has no Chinese and the English line"},
		{"a.txt", "Speaker 0\n你好。\nHi.\n关于 Bayt 播客\nSpeaker 1\n", nil, "a.txt:5: a Speaker block after"},
		{"a.txt", "just some text\n", nil, "a.txt: cannot tell the format"},
		{"a.txt", "", nil, "a.txt: no sentence pairs in it"},
		{"a.txt", "\n \n\n", nil, "a.txt: no sentence pairs in it"},
		{"a.tsv", "", nil, "a.tsv: no sentence pairs in it"},
		{"a.tsv", "zh\ten\n# nothing yet\n", nil, "a.tsv: no sentence pairs in it"},
		{"b.txt", "Speaker 0\n你\xffa\nHi.\n", nil, "b.txt:2: not valid UTF-8"},
		// tsv: either order, header, comments
		{"p.tsv", "zh\ten\n# note\n我们\twe\nbank\t银行\n", []Pair{
			{ZH: "我们", EN: "we", Source: Source{Line: 3}},
			{ZH: "银行", EN: "bank", Source: Source{Line: 4}}}, ""},
		{"p", "我们\twe\n", []Pair{{ZH: "我们", EN: "we", Source: Source{Line: 1}}}, ""},
		// pair checks skip (TestChecks has the strict errors)
		{"p.tsv", "我们\twe\nhello\tworld\n", []Pair{{ZH: "我们", EN: "we", Source: Source{Line: 1}}, {ZH: "hello", EN: "world", Source: Source{Line: 2}}}, ""},
		{"p.tsv", "我们\twe\nx\ty\tz\n", nil, "p.tsv:2: want 2 tab-separated columns (zh and en), got 3"},
		{"p.tsv", "我们\t\n", nil, "p.tsv: no sentence pairs in it (1 skipped by the pair checks)"},
		{"p.tsv", "我们\t他们\n", nil, "p.tsv: no sentence pairs in it (1 skipped by the pair checks)"},
		{"p.tsv", "Li Wei 李伟\t李伟说\n", []Pair{{ZH: "李伟说", EN: "Li Wei 李伟", Source: Source{Line: 1}}}, ""},
	}
	for _, tt := range tests {
		pairs, _, err := Read(tt.name, strings.NewReader(tt.in))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%q: error %v, want %q", tt.in, err, tt.err)
			}
			var e *Error
			if err != nil && !errors.As(err, &e) {
				t.Errorf("%q: error %T is not an *Error", tt.in, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if len(pairs) != len(tt.want) {
			t.Errorf("%q: %d pairs, want %d", tt.in, len(pairs), len(tt.want))
			continue
		}
		for i, p := range pairs {
			w := tt.want[i]
			w.Doc, w.Pos = tt.name, i
			if p != w {
				t.Errorf("%q pair %d: %+v, want %+v", tt.in, i, p, w)
			}
		}
	}
}

// Errors are sticky, and a reader stops at the first.
func TestStickyError(t *testing.T) {
	r := NewReader("a.txt", strings.NewReader("Speaker 0\n你好。\nHi.\nstray\nSpeaker 1\n再见。\nBye.\n"))
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	_, err1 := r.Next()
	_, err2 := r.Next()
	if err1 == nil || err1 == io.EOF || err1 != err2 {
		t.Errorf("errors %v, %v", err1, err2)
	}
}

func FuzzRead(f *testing.F) {
	b, err := fsReadFile(seeds.Default)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b[:4000]), "seed.txt")
	f.Add("Speaker 0\n你好。\nHello.\n", "a.txt")
	f.Add("Speaker 0\r\n你好。\rHello.\n展开剩余字幕(还有 1 条)\n关于 Bayt 播客\n", "a.txt")
	f.Add("zh\ten\n我们\twe\n", "a.tsv")
	f.Add("我们\twe\nhello\n", "b")
	f.Add("\ufeffSpeaker 0\n\xff\n", "c")
	f.Fuzz(func(t *testing.T, text, name string) {
		pairs, doc, err := Read(name, strings.NewReader(text))
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T %v is not an *Error", err, err)
			}
			return
		}
		if !utf8.ValidString(text) && doc.Encoding == UTF8 {
			t.Fatalf("invalid UTF-8 accepted")
		}
		if doc.Pairs != len(pairs) {
			t.Fatalf("document %+v for %d pairs", doc, len(pairs))
		}
		if id, lines, err := Identify(name, strings.NewReader(text), nil); err != nil || id != doc.ID || lines != doc.Lines {
			t.Fatalf("Identify: %s, %d lines, %v; read %s, %d lines", id, lines, err, doc.ID, doc.Lines)
		}
		last := 0
		for i, p := range pairs {
			if p.Pos != i || p.Line <= last || p.Line > doc.Lines || p.ZH == "" {
				t.Fatalf("pair %d: %+v after line %d", i, p, last)
			}
			if doc.Encoding == UTF8 && (!strings.Contains(text, p.ZH) || !strings.Contains(text, p.EN)) {
				t.Fatalf("pair %d text not in input: %+v", i, p)
			}
			last = p.Line
		}
	})
}

// identity is Identify's identity of text.
func identity(t *testing.T, text string) string {
	t.Helper()
	id, _, err := Identify("", strings.NewReader(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// Identify only hashes the lines it reads, and copies none (lines.view):
// a million pairs' lines were 135 MB of copies at the start of mining.
// (TestRead and the formats' tests check that its identity is a full
// read's, lines ended by a lone "\r" and longer than the buffer included.)
func TestIdentifyCopiesNoLine(t *testing.T) {
	var b strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&b, "%d\t我们的银行%d。\t%d\tour bank %d\n", 2*i, i, 2*i+1, i)
	}
	text := b.String()
	allocs := testing.AllocsPerRun(3, func() {
		if _, n, err := Identify("t.tsv", strings.NewReader(text), nil); err != nil || n != 2000 {
			t.Fatalf("%d lines, %v", n, err)
		}
	})
	if allocs > 100 {
		t.Errorf("Identify of 2,000 lines: %.0f allocations", allocs)
	}
}

// A Transient reader of tsv gives the pairs a full read gives, each valid
// until the next, without copying its line (lines.view): a header, a
// comment, swapped pairs, and more lines than the reader's buffer holds.
// The sample podcast, whose parser keeps texts from line to line, is
// still read as in full. Either way the document is the full read's but
// for its identity, not computed.
func TestTransient(t *testing.T) {
	var b strings.Builder
	b.WriteString("zh\ten\n# 一个注释\n")
	for i := range 3000 {
		if i%7 == 0 {
			fmt.Fprintf(&b, "the bank %d\t我们的银行%d。\n", i, i)
		} else {
			fmt.Fprintf(&b, "我们的银行%d。\tour bank %d\n", i, i)
		}
	}
	raw, err := fs.ReadFile(seeds.FS(), seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []struct{ name, text string }{{"t.tsv", b.String()}, {seeds.Default, string(raw)}} {
		want, wantDoc, err := Read(d.name, strings.NewReader(d.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []Pair
		read := func(transient bool) func() {
			return func() {
				got = got[:0]
				r := NewReader(d.name, strings.NewReader(d.text))
				if transient {
					r.Transient()
				}
				for {
					p, err := r.Next()
					if err == io.EOF {
						break
					}
					if err != nil {
						t.Fatal(err)
					}
					p.ZH, p.EN = strings.Clone(p.ZH), strings.Clone(p.EN)
					got = append(got, p)
				}
				wd := wantDoc
				if transient {
					wd.ID = ""
				}
				if doc := r.Document(); !reflect.DeepEqual(doc, wd) {
					t.Fatalf("%s: document %+v, want %+v", d.name, doc, wd)
				}
			}
		}
		copied := testing.AllocsPerRun(2, read(false))
		viewed := testing.AllocsPerRun(2, read(true))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %d pairs differ from a full read's %d", d.name, len(got), len(want))
		}
		if d.name == "t.tsv" && viewed > copied-2900 {
			t.Errorf("%s: %.0f allocations read transient, %.0f not", d.name, viewed, copied)
		}
	}
}

// TestIsHan: IsHan is unicode.Is(unicode.Han) on every rune (its short way
// for the common ideographs must not drop or add one).
func TestIsHan(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := IsHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("IsHan(%U) = %v, want %v", r, got, want)
		}
	}
}
