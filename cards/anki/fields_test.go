package anki

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"cika/cards"
)

// ourMarkup is the only markup cika puts in fields: tone and highlight spans
// and line breaks. Anything else that looks like a tag came from user text.
var ourMarkup = regexp.MustCompile(`<span class=(t[0-5]|hl|hc|far)>|<div class=(ctx|others)>|</span>|</div>|<br>`)

// FuzzFields feeds arbitrary text to every field: the note must still have
// exactly the note type's fields, no markup but cika's own, valid UTF-8, and a
// text export line with the right number of columns.
func FuzzFields(f *testing.F) {
	f.Add("银行", "yin2 hang2", "我去银行。", 3, 9, "<script>alert(1)</script>", "a\x1fb\tc\nd")
	f.Add("脚本", "jiao3 ben3", "<img src=x onerror=alert(1)>脚本", 0, 0, "\"quoted\"", "&amp; &lt;")
	f.Add("x", "lu:4", "\xff\xfe", -1, 100, "\r\n", "\x00")
	f.Fuzz(func(t *testing.T, word, reading, sentence string, start, end int, translation, source string) {
		n := Note{Word: word, Trad: source, Reading: reading, Meaning: translation, Sentence: sentence,
			Highlight: Span{start, end}, SentencePinyin: reading + " " + sentence,
			Translation: translation, Source: source, Tags: []string{source, translation}}
		fs := fields(&n, fieldOptions{homograph: start%2 == 0})
		joined := strings.Join(fs, "\x1f")
		if got := strings.Split(joined, "\x1f"); len(got) != len(Fields) {
			t.Fatalf("%d fields, want %d", len(got), len(Fields))
		}
		for i, v := range fs {
			if !utf8.ValidString(v) {
				t.Errorf("field %s not UTF-8: %q", Fields[i], v)
			}
			rest := ourMarkup.ReplaceAllString(v, "")
			if strings.ContainsAny(rest, "<>\"\t\n\r") {
				t.Errorf("field %s holds raw markup characters: %q", Fields[i], v)
			}
		}
		tags := tagString(n.Tags)
		if strings.ContainsAny(strings.TrimSpace(tags), "\t\n\r\x1f") || !strings.HasPrefix(tags, " cika") {
			t.Errorf("tags %q", tags)
		}
		if strings.TrimSpace(word) == "" || strings.TrimSpace(reading) == "" || !utf8.ValidString(word) || !utf8.ValidString(reading) {
			return
		}
		var b strings.Builder
		if err := WriteText(&b, []Note{n}, Options{Now: time.Unix(1e9, 0)}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if cols := strings.Split(lines[len(lines)-1], "\t"); len(cols) != len(Fields)+2 {
			t.Errorf("text line has %d columns, want %d: %q", len(cols), len(Fields)+2, lines[len(lines)-1])
		}
	})
}

func TestCSVField(t *testing.T) {
	for in, want := range map[string]string{
		"plain":  "plain",
		`a "b"`:  `"a ""b"""`,
		"a\tb":   "\"a\tb\"",
		"line\n": "\"line\n\"",
	} {
		if got := csvField(in); got != want {
			t.Errorf("csvField(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripHTMLAndChecksum(t *testing.T) {
	// SHA-1("银行") starts cb8a39d9 (python3 hashlib): Anki's csum is that
	// prefix as a big-endian integer.
	if got := checksum(stripHTML("<b>银行</b>")); got != 0xcb8a39d9 {
		t.Errorf("checksum = %#x, want 0xcb8a39d9", got)
	}
	if got := stripHTML("a &amp; <span class=t1>b</span>"); got != "a & b" {
		t.Errorf("stripHTML = %q", got)
	}
}

func ExampleGUID() {
	// The guid depends only on the word's identity, so every export of
	// 银行 (yín háng) updates the same note in Anki.
	fmt.Println(GUID("银行", "yin2 hang2"))
	fmt.Println(GUID("银行", "yin2  hang2"))
	// Output:
	// 9kfIlyJUs0a
	// 9kfIlyJUs0a
}

func ExampleWriteText() {
	notes := []Note{{
		Word: "银行", Reading: "yin2 hang2", Meaning: "bank",
		Sentence: "我去银行。", Translation: "I'm going to the bank.",
		Tags: []string{"HSK3"},
	}}
	opts := Options{Deck: "Chinese"}
	if err := WriteText(os.Stdout, notes, opts); err != nil {
		panic(err)
	}
	// Output:
	// #separator:tab
	// #html:true
	// #notetype:cika word
	// #deck:Chinese
	// #columns:GUID	Hanzi	Pinyin	PinyinColored	Meaning	Sentence	SentencePinyin	Translation	Source	Traditional	Tags
	// #guid column:1
	// #tags column:11
	// 9kfIlyJUs0a	银行	yínháng	<span class=t2>yín</span><span class=t2>háng</span>	bank	我去<span class=hl>银行</span>。		I&#39;m going to the bank.			cika HSK3
}

// TestPinyinAsCikaPrintsIt: the Pinyin field is what cika prints elsewhere
// (cards.Pinyin), and PinyinColored is the same text once the spans go.
func TestPinyinAsCikaPrintsIt(t *testing.T) {
	for _, r := range []string{"yin2 hang2", "xi1 an1", "Xi1 an1", "tian1 e2", "lu:4 se4", "nu:3 er2", "jue2 de5", "r5", "ng4"} {
		if got, want := marks(r), cards.Pinyin(r); got != want {
			t.Errorf("marks(%q) = %q, cards.Pinyin = %q", r, got, want)
		}
		if got, want := stripHTML(coloredPinyin(r)), marks(r); got != want {
			t.Errorf("coloredPinyin(%q) reads %q, want %q", r, got, want)
		}
	}
	if got := coloredPinyin("xi1 an1 de5"); got != "<span class=t1>xī</span>'<span class=t1>ān</span><span class=t5>de</span>" {
		t.Errorf("coloredPinyin = %q", got)
	}
}

// TestSyllablesRemembered: a syllables renders what coloredPinyin does,
// the first time and from memory, for syllables of every length (up to 7
// bytes are kept by their bytes, longer ones by their text) and odd text.
func TestSyllablesRemembered(t *testing.T) {
	readings := []string{"yin2 hang2", "zhuang1 shuang4", "lu:4 e5", "ABCDEFG1 ABCDEFGH1 ABCDEFG2", "a a1 a\x00 a\x00\x00",
		"x", "xi1 an1", "<b> &amp;", "chuang2chuang2 r5", "ü4 Ü3", "hang2 hang2"}
	var c syllables
	for round := range 2 {
		for _, r := range readings {
			if got, want := string(c.appendColored(nil, r)), coloredPinyin(r); got != want {
				t.Errorf("round %d, %q: %q, want %q", round, r, got, want)
			}
		}
	}
	if len(c.short) == 0 || len(c.long) == 0 {
		t.Errorf("kept %d short and %d long syllables, want some of each", len(c.short), len(c.long))
	}
}
