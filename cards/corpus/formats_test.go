package corpus

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"cika/seeds"
)

func ms(h, m, s, milli int) time.Duration {
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(s)*time.Second + time.Duration(milli)*time.Millisecond
}

const bilingualSRT = `1
00:00:01,000 --> 00:00:03,500
<i>我们走吧。</i>
Let's go.

2
00:00:04,000 --> 00:00:06,000 X1:100 X2:200
{\an8}你好，
世界！
Hello, world!

3
00:00:07,000 --> 00:00:08,000
♪♪

4
00:00:09,000 --> 00:00:10,000
谢谢。
`

func TestSubtitles(t *testing.T) {
	pairs, doc, err := Read("movie.srt", strings.NewReader(bilingualSRT))
	if err != nil {
		t.Fatal(err)
	}
	want := []Pair{
		{ZH: "我们走吧。", EN: "Let's go.", Source: Source{Doc: "movie.srt", Line: 3, Cue: 1, Start: ms(0, 0, 1, 0), End: ms(0, 0, 3, 500)}},
		{ZH: "你好， 世界！", EN: "Hello, world!", Source: Source{Doc: "movie.srt", Pos: 1, Line: 8, Cue: 2, Start: ms(0, 0, 4, 0), End: ms(0, 0, 6, 0)}},
	}
	if !reflect.DeepEqual(pairs, want) {
		t.Errorf("pairs\n%+v\nwant\n%+v", pairs, want)
	}
	// Cue 3 (music) and cue 4 (no English) are skipped and reported.
	if doc.Format != "srt" || len(doc.Problems) != 1 || doc.Problems[0].Reason != ProblemEmpty ||
		doc.Problems[0].Count != 2 || !reflect.DeepEqual(doc.Problems[0].Lines, []int{14, 18}) {
		t.Errorf("document %+v", doc)
	}

	vtt := "WEBVTT - a film\nKind: captions\n\nNOTE made by hand\nover two lines\n\nSTYLE\n::cue { color: red }\n\n" +
		"intro\n00:01.000 --> 00:03.500 align:start position:10%\n<c.yellow>我们走吧。</c>\nLet's go.\n\n" +
		"01:00:04.000 --> 01:00:06.000\n<v Roger>你好！\nHello!\n"
	pairs, doc, err = Read("film.vtt", strings.NewReader(vtt))
	if err != nil {
		t.Fatal(err)
	}
	want = []Pair{
		{ZH: "我们走吧。", EN: "Let's go.", Source: Source{Doc: "film.vtt", Line: 12, Cue: 1, Start: ms(0, 0, 1, 0), End: ms(0, 0, 3, 500)}},
		{ZH: "你好！", EN: "Hello!", Source: Source{Doc: "film.vtt", Pos: 1, Line: 16, Cue: 2, Start: ms(1, 0, 4, 0), End: ms(1, 0, 6, 0)}},
	}
	if !reflect.DeepEqual(pairs, want) || doc.Format != "vtt" || len(doc.Skips) != 2 || doc.Skips[0].Reason != "note" {
		t.Errorf("vtt %+v %+v", pairs, doc)
	}
	// Sniffed without an extension.
	if _, doc, err := Read("noext", strings.NewReader(bilingualSRT)); err != nil || doc.Format != "srt" {
		t.Errorf("sniffed srt: %v %v", doc.Format, err)
	}
	if _, doc, err := Read("noext", strings.NewReader(vtt)); err != nil || doc.Format != "vtt" {
		t.Errorf("sniffed vtt: %v %v", doc.Format, err)
	}
}

func TestSubtitleErrors(t *testing.T) {
	for _, tt := range []struct{ name, in, err string }{
		{"a.srt", "1\n00:00:01,000 --> 00:00:0x,000\n你好\nHi\n", "a.srt:2: broken cue timing"},
		{"a.srt", "1\n00:00:01,000 -> 00:00:02,000\n你好\nHi\n", "a.srt:2: broken cue timing"},
		{"a.srt", "1\n00:00:05,000 --> 00:00:02,000\n你好\nHi\n", "a.srt:2: the cue ends (00:00:02,000) before it starts"},
		{"a.srt", "1\n00:00:01,000 --> 00:00:02,000\n你好\nHi\n2\n00:00:03,000 --> 00:00:04,000\n再见\nBye\n", "a.srt:6: a timing line inside a cue"},
		{"a.srt", "1\n00:00:01,000 --> 00:00:02,000\n你好\n\n2\n00:00:03,000 --> 00:00:04,000\n再见\n", "a.srt: no sentence pairs in it: the cues are in Chinese only"},
		{"a.vtt", "1\n00:00:01,000 --> 00:00:02,000\n你好\nHi\n", "a.vtt:1: a WebVTT file starts with a WEBVTT line"},
		{"a.srt", "", "a.srt: no sentence pairs in it"},
	} {
		_, _, err := Read(tt.name, strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%q: error %v, want %q", tt.in, err, tt.err)
		}
	}
	_, _, err := Read("a.srt", strings.NewReader("1\n00:00:01,000 --> 00:00:02,000\n你好\n"))
	var e *Error
	if !errors.As(err, &e) || !strings.Contains(e.Hint(), "cika mine zh.srt en.srt") {
		t.Errorf("one-language hint: %v", err)
	}
}

func readAll(t *testing.T, r *Reader) ([]Pair, Document) {
	t.Helper()
	var ps []Pair
	for {
		p, err := r.Next()
		if err == io.EOF {
			return ps, r.Document()
		}
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
}

// Two subtitle files: the English one runs 2.5 s late, splits cue 2 in two,
// merges cues 3 and 4 into one and has nothing for cue 5.
func TestAlignSubtitles(t *testing.T) {
	zh := "1\n00:00:01,000 --> 00:00:03,000\n我们走吧。\n\n2\n00:00:04,000 --> 00:00:08,000\n我觉得这个问题很难回答。\n\n" +
		"3\n00:00:09,000 --> 00:00:10,000\n好的，\n\n4\n00:00:10,100 --> 00:00:11,000\n谢谢。\n\n5\n00:00:20,000 --> 00:00:21,000\n再见。\n"
	en := "WEBVTT\n\n00:03.500 --> 00:05.500\nLet's go.\n\n00:06.500 --> 00:08.500\nI think this question\n\n" +
		"00:08.500 --> 00:10.500\nis hard to answer.\n\n00:11.500 --> 00:13.500\nOK, thanks.\n"
	pairs, doc := readAll(t, OpenPair("zh.srt", strings.NewReader(zh), "en.vtt", strings.NewReader(en), nil))
	got := [][2]string{}
	for _, p := range pairs {
		got = append(got, [2]string{p.ZH, p.EN})
	}
	want := [][2]string{{"我们走吧。", "Let's go."}, {"我觉得这个问题很难回答。", "I think this question is hard to answer."},
		{"好的， 谢谢。", "OK, thanks."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("aligned %q\nwant %q", got, want)
	}
	if doc.Offset != 2500*time.Millisecond || doc.Format != "srt+vtt" || doc.Name != "zh.srt + en.vtt" ||
		len(doc.Problems) != 1 || doc.Problems[0].Lines[0] != 19 {
		t.Errorf("document %+v", doc)
	}
	if p := pairs[2]; p.Cue != 3 || p.Line != 11 || p.Start != ms(0, 0, 9, 0) || p.End != ms(0, 0, 11, 0) {
		t.Errorf("provenance %+v", p)
	}
	// The identity covers both files, in order.
	_, swapped := readAll(t, OpenPair("en.vtt", strings.NewReader(en), "zh.srt", strings.NewReader(zh), nil))
	if swapped.ID == doc.ID {
		t.Error("swapped files have the same identity")
	}
}

func TestAlignText(t *testing.T) {
	zh := "我们走吧。\n\n你好！\n谢谢。\n"
	en := "Let's go.\n\nHello!\n\n"
	pairs, doc := readAll(t, OpenPair("zh.txt", strings.NewReader(zh), "en.txt", strings.NewReader(en), nil))
	if len(pairs) != 2 || pairs[1].ZH != "你好！" || pairs[1].EN != "Hello!" || pairs[1].Line != 3 ||
		doc.Format != "text" || doc.Problems[0].Reason != ProblemEmpty || doc.Problems[0].Lines[0] != 4 {
		t.Errorf("%+v %+v", pairs, doc)
	}
	r := OpenPair("zh.txt", strings.NewReader("一\n二\n三\n"), "en.txt", strings.NewReader("one\ntwo\n"), nil)
	var err error
	for err == nil {
		_, err = r.Next()
	}
	if err == io.EOF || !strings.Contains(err.Error(), "zh.txt:3: en.txt ends at line 2 but this file goes on") {
		t.Errorf("misaligned: %v", err)
	}
	r = OpenPair("zh.srt", strings.NewReader(bilingualSRT), "en.txt", strings.NewReader("one\n"), nil)
	if _, err := r.Next(); err == nil || !strings.Contains(err.Error(), "one file is subtitles") {
		t.Errorf("srt with txt: %v", err)
	}
}

func TestTatoeba(t *testing.T) {
	pairs, doc, err := Read("cmn.txt", strings.NewReader(
		"Hi.\t嗨。\tCC-BY 2.0 (France) Attribution: tatoeba.org #538123 (CM) & #891077 (Martha)\n"+
			"我们走吧。\tLet's go.\tCC-BY 2.0 (France) Attribution: tatoeba.org #1 (x)\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "manythings" || pairs[0].ZH != "嗨。" || pairs[0].EN != "Hi." ||
		!strings.HasPrefix(pairs[0].Attribution, "CC-BY 2.0 (France) Attribution: tatoeba.org #538123") ||
		pairs[1].ZH != "我们走吧。" || len(doc.Problems) != 1 || doc.Problems[0].Reason != ProblemSwapped || !doc.Problems[0].Kept {
		t.Errorf("%+v %+v", pairs, doc)
	}
	pairs, doc, err = Read("pairs.tsv", strings.NewReader("1277\t我们试试吧。\t1276\tLet's try something.\n1280\tI have to go.\t1281\t我得走了。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "tatoeba" || pairs[0].Attribution != "tatoeba.org #1277 & #1276" ||
		pairs[1].ZH != "我得走了。" || pairs[1].Attribution != "tatoeba.org #1281 & #1280" {
		t.Errorf("%+v %+v", pairs, doc)
	}
	if _, _, err := Read("pairs.tsv", strings.NewReader("12a\t我们\t1\twe\n")); err == nil ||
		!strings.Contains(err.Error(), "pairs.tsv:1: column 1 is \"12a\", not a Tatoeba sentence number") {
		t.Errorf("bad id: %v", err)
	}
}

func TestChecks(t *testing.T) {
	in := "我们走吧。\tLet's go.\n我们\t\n你好\t他们\nhello\tworld\n" +
		"这是一个非常非常长的中文句子但是英文很短\tOK\n对\t" + strings.Repeat("yes ", 30) + "\n"
	pairs, doc, err := Read("c.tsv", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 2 || pairs[1].ZH != "hello" {
		t.Errorf("kept %+v", pairs)
	}
	got := map[string]int{}
	for _, p := range doc.Problems {
		got[p.Reason] = p.Lines[0]
	}
	want := map[string]int{ProblemEmpty: 2, ProblemBothZH: 3, ProblemRatio: 5}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems %v, want %v", got, want)
	}
	_, _, err = readOpts("c.tsv", in, &Options{Strict: true})
	var e *Error
	if err == nil || err.Error() != "c.tsv:2: pair check: empty side" || !errors.As(err, &e) || !strings.Contains(e.Hint(), "--strict") {
		t.Errorf("strict: %v", err)
	}
}

func readOpts(name, text string, o *Options) ([]Pair, Document, error) {
	r := Open(name, strings.NewReader(text), o)
	var ps []Pair
	for {
		p, err := r.Next()
		if err == io.EOF {
			return ps, r.Document(), nil
		}
		if err != nil {
			return nil, Document{}, err
		}
		ps = append(ps, p)
	}
}

func encode(t *testing.T, tr transform.Transformer, s string) string {
	t.Helper()
	b, _, err := transform.String(tr, s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The same text in every encoding is the same document with the same pairs.
func TestEncodings(t *testing.T) {
	text := "# 对话\n我们走吧。\tLet's go.\n你好，世界！\tHello, world!\n“谢谢”——再见…\t\"Thanks\" - bye...\n"
	pairs, doc, err := Read("u.tsv", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	le := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder()
	be := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder()
	gb := simplifiedchinese.GB18030.NewEncoder()
	gbk := simplifiedchinese.GBK.NewEncoder()
	crlf := strings.ReplaceAll(text, "\n", "\r\n")
	for name, v := range map[string]struct{ in, enc string }{
		"utf-8 bom":     {"\ufeff" + text, UTF8},
		"utf-8 crlf":    {crlf, UTF8},
		"utf-16le":      {encode(t, le, text), UTF16LE},
		"utf-16be crlf": {encode(t, be, crlf), UTF16BE},
		"gb18030":       {encode(t, gb, text), GB18030},
		"gbk crlf":      {encode(t, gbk, crlf), GB18030},
	} {
		ps, d, err := Read("u.tsv", strings.NewReader(v.in))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if d.ID != doc.ID || d.Encoding != v.enc || !reflect.DeepEqual(ps, pairs) {
			t.Errorf("%s: %s %s %+v", name, d.ID, d.Encoding, ps)
		}
	}
	// Forced.
	if _, d, err := readOpts("u.tsv", encode(t, gb, text), &Options{Encoding: "gbk"}); err != nil || d.ID != doc.ID {
		t.Errorf("forced gbk: %v", err)
	}
	// A GB18030 file longer than the sample, with its Chinese far in.
	long := strings.Repeat("# ascii comment line\n", 5000) + text
	if _, d, err := Read("u.tsv", strings.NewReader(encode(t, gb, long))); err == nil || d.Encoding == GB18030 {
		t.Logf("late GB18030: %v (ASCII sample reads as UTF-8: the first Chinese line is the error)", err)
	}
}

func TestBadBytes(t *testing.T) {
	utf := "我们走吧。\tLet's go.\n你好\thello\n"
	for _, tt := range []struct{ name, in, err string }{
		// A UTF-8 file cut inside its last character.
		{"cut", utf[:len(utf)-len("好\thello\n")+1], "x.tsv:2: not valid UTF-8 (a broken or truncated sequence at byte 4 of the line)"},
		// A broken sequence in the middle of a UTF-8 file.
		{"broken", strings.Replace(utf, "你", "\xe4\xbd", 1), "x.tsv:2: not valid UTF-8"},
		// Latin-1 is not GB18030-plausible: an error, not mojibake.
		{"latin1", "caf\xe9\tcoffee\n", "x.tsv:1: not valid UTF-8"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.tsv:"},
		{"nul", "我们\twe\x00\n", "x.tsv:1: binary data (a NUL byte): not a text file"},
		{"long", strings.Repeat("长", 2<<20) + "\tlong\n", "x.tsv:1: line longer than 1 MiB"},
		{"utf16 no bom", encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM).NewEncoder(), utf), "x.tsv:1: binary data"},
		{"gb broken", encode(t, simplifiedchinese.GB18030.NewEncoder(), strings.Repeat(utf, 4000)) + "\xff\xfe\tbad\n", "x.tsv:8001: not valid GB18030 (a broken sequence)"},
	} {
		_, _, err := Read("x.tsv", strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
		}
	}
	if _, _, err := readOpts("x.tsv", "a", &Options{Encoding: "latin9"}); err == nil || !strings.Contains(err.Error(), "unknown encoding") {
		t.Errorf("unknown encoding: %v", err)
	}
	if _, _, err := readOpts("x.tsv", "a", &Options{Format: "docx"}); err == nil || !strings.Contains(err.Error(), "unknown format") {
		t.Errorf("unknown format: %v", err)
	}
	_ = bytes.MinRead
}

func FuzzSubtitles(f *testing.F) {
	f.Add(bilingualSRT, "1\n00:00:01,000 --> 00:00:02,000\nHi\n")
	f.Add("WEBVTT\n\nNOTE x\n\n00:01.000 --> 00:02.000\n你好\nHi\n", "WEBVTT\n\n00:01.500 --> 00:02.500\nHi\n")
	f.Add("1\n00:00:01,000 --> 00:00:0x,000\n你好\n", "")
	f.Add(latinCuesSRT, "1\n00:00:01,000 --> 00:00:02,000\n访问okta.com。\n\n2\n00:00:02,000 --> 00:00:03,000\nWhat does 你好 mean?\n你好的意思是什么？\n")
	f.Fuzz(func(t *testing.T, zh, en string) {
		for _, r := range []*Reader{
			NewReader("a.srt", strings.NewReader(zh)),
			NewReader("a.vtt", strings.NewReader(zh)),
			OpenPair("zh.srt", strings.NewReader(zh), "en.srt", strings.NewReader(en), nil),
			OpenPair("zh.txt", strings.NewReader(zh), "en.txt", strings.NewReader(en), nil),
		} {
			n := 0
			for {
				p, err := r.Next()
				if err == io.EOF {
					if r.Document().Pairs != n || len(r.Document().ID) != 64 {
						t.Fatalf("document %+v after %d pairs", r.Document(), n)
					}
					break
				}
				if err != nil {
					var e *Error
					if !errors.As(err, &e) {
						t.Fatalf("error %T %v", err, err)
					}
					break
				}
				if p.ZH == "" || p.EN == "" || p.Pos != n {
					t.Fatalf("pair %+v", p)
				}
				n++
			}
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("我们\twe\n"))
	f.Add([]byte("\xff\xfe" + "a\x00\t\x00b\x00"))
	f.Add([]byte("\xce\xd2\xc3\xc7\twe\n"))
	f.Add([]byte("caf\xe9\tcoffee\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		pairs, doc, err := Read("f.tsv", bytes.NewReader(b))
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T %v", err, err)
			}
			return
		}
		if doc.Pairs != len(pairs) {
			t.Fatal("count")
		}
		for _, p := range pairs {
			if !utf8Valid(p.ZH) || !utf8Valid(p.EN) || strings.ContainsRune(p.ZH+p.EN, '\ufffd') && doc.Encoding != UTF8 {
				t.Fatalf("pair %q %q in %s", p.ZH, p.EN, doc.Encoding)
			}
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

// Identify gives the identity a full read gives, in every format and
// encoding, and the same decoding errors.
func TestIdentify(t *testing.T) {
	raw, err := fs.ReadFile(seeds.FS(), seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	text := "# 对话\n我们走吧。\tLet's go.\n你好，世界！\tHello, world!\n"
	vtt := "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n你好\nHi\n"
	for _, d := range []struct{ name, in string }{
		{seeds.Default, string(raw)},
		{"movie.srt", bilingualSRT},
		{"film.vtt", vtt},
		{"u.tsv", text},
		{"crlf.tsv", strings.ReplaceAll(text, "\n", "\r\n")},
		{"bom.tsv", "\ufeff" + text},
		{"gb.tsv", encode(t, simplifiedchinese.GB18030.NewEncoder(), text)},
		{"utf16.tsv", encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder(), text)},
		{"pairs.tsv", "1277\t我们试试吧。\t1276\tLet's try something.\n1280\tI have to go.\t1281\t我得走了。"},
		// Lines ended by a lone "\r", and lines longer than the reader's
		// buffer: Identify reads views of the buffer (lines.view).
		{"cr.tsv", strings.ReplaceAll(text, "\n", "\r") + strings.ReplaceAll(text, "\n", "\r\r")},
		{"long.tsv", text + strings.Repeat("很长", 50000) + "\tlong\n" + text + "短\t" + strings.Repeat("short ", 30000)},
	} {
		_, doc, err := Read(d.name, strings.NewReader(d.in))
		if err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
		id, lines, err := Identify(d.name, strings.NewReader(d.in), nil)
		if err != nil || id != doc.ID || lines != doc.Lines {
			t.Errorf("%s: Identify %s, %d lines, %v; Read %s, %d lines", d.name, id, lines, err, doc.ID, doc.Lines)
		}
	}
	bad := "我们\t好\n你\xe4\xbd\thello\n"
	_, _, rerr := Read("x.tsv", strings.NewReader(bad))
	_, _, ierr := Identify("x.tsv", strings.NewReader(bad), nil)
	if rerr == nil || ierr == nil || ierr.Error() != rerr.Error() {
		t.Errorf("broken UTF-8: Identify %v, Read %v", ierr, rerr)
	}
}
