package dict

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Real lines of CC-CEDICT, covering the structured bits parsed on demand.
const realLines = `# CC-CEDICT
# License:
# Creative Commons Attribution-ShareAlike 4.0 International License
#! entries=10
覺得 觉得 [jue2 de5] /to think that ...; to feel that .../to feel (uncomfortable etc)/
一律 一律 [yi1 lu:4] /same; identical/uniformly; all; without exception/
朋友 朋友 [peng2 you5] /friend/CL:個|个[ge4],位[wei4]/
北京 北京 [Bei3 jing1] /Beijing municipality, capital of the People's Republic of China (short name 京[Jing1])/
王 王 [Wang2] /surname Wang/
只 只 [zhi1] /variant of 隻|只[zhi1]/
隻 只 [zhi1] /classifier for birds and certain animals, one of a pair, some utensils, vessels etc/
一個勁兒 一个劲儿 [yi1 ge4 jin4 r5] /erhua variant of 一個勁|一个劲[yi1 ge4 jin4]/
PO PO [po1] /(Tw) (coll.) to post (online)/also pr. [pou1]/
公寓 公寓 [gong1 yu4] /apartment building; block of flats (CL:套[tao4])/
`

func TestParseRealLines(t *testing.T) {
	d, err := Parse(strings.NewReader(realLines))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entries) != 10 {
		t.Fatalf("got %d entries, want 10", len(d.Entries))
	}
	if !strings.HasPrefix(d.Header, "# CC-CEDICT\n") || !strings.Contains(d.Header, "#! entries=10\n") {
		t.Errorf("header = %q", d.Header)
	}
	tests := []struct {
		word                 string
		trad, simp, pinyin   string
		reading              string
		senses               []string
		name, surname, vonly bool
		classifiers          []Ref
		variants             []Variant
		alsoPr               []string
		line                 int
	}{
		{word: "觉得", trad: "覺得", simp: "觉得", pinyin: "jue2 de5", reading: "jue2 de5",
			senses: []string{"to think that ...; to feel that ...", "to feel (uncomfortable etc)"}, line: 5},
		{word: "一律", trad: "一律", simp: "一律", pinyin: "yi1 lü4", reading: "yi1 lü4",
			senses: []string{"same; identical", "uniformly; all; without exception"}, line: 6},
		{word: "朋友", trad: "朋友", simp: "朋友", pinyin: "peng2 you5", reading: "peng2 you5",
			senses:      []string{"friend", "CL:個|个[ge4],位[wei4]"},
			classifiers: []Ref{{"個", "个", "ge4"}, {"位", "位", "wei4"}}, line: 7},
		{word: "北京", trad: "北京", simp: "北京", pinyin: "Bei3 jing1", reading: "bei3 jing1", name: true,
			senses: []string{"Beijing municipality, capital of the People's Republic of China (short name 京[Jing1])"}, line: 8},
		{word: "王", trad: "王", simp: "王", pinyin: "Wang2", reading: "wang2", name: true, surname: true,
			senses: []string{"surname Wang"}, line: 9},
		{word: "一个劲儿", trad: "一個勁兒", simp: "一个劲儿", pinyin: "yi1 ge4 jin4 r5", reading: "yi1 ge4 jin4 r5", vonly: true,
			senses:   []string{"erhua variant of 一個勁|一个劲[yi1 ge4 jin4]"},
			variants: []Variant{{Kind: "erhua", Of: Ref{"一個勁", "一个劲", "yi1 ge4 jin4"}}}, line: 12},
		{word: "PO", trad: "PO", simp: "PO", pinyin: "po1", reading: "po1",
			senses: []string{"(Tw) (coll.) to post (online)", "also pr. [pou1]"}, alsoPr: []string{"pou1"}, line: 13},
		// A newer entry's classifier note closes a sense.
		{word: "公寓", trad: "公寓", simp: "公寓", pinyin: "gong1 yu4", reading: "gong1 yu4",
			senses:      []string{"apartment building; block of flats (CL:套[tao4])"},
			classifiers: []Ref{{"套", "套", "tao4"}}, line: 14},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			es := d.Lookup(tt.word)
			if len(es) != 1 {
				t.Fatalf("Lookup(%q) = %d entries, want 1", tt.word, len(es))
			}
			e := es[0]
			if e.Trad != tt.trad || e.Simp != tt.simp || e.Pinyin != tt.pinyin || e.Reading() != tt.reading || e.Line != tt.line {
				t.Errorf("got %s %s [%s] %q line %d", e.Trad, e.Simp, e.Pinyin, e.Reading(), e.Line)
			}
			if !reflect.DeepEqual(e.Senses(), tt.senses) {
				t.Errorf("senses = %q, want %q", e.Senses(), tt.senses)
			}
			if e.IsName() != tt.name || e.IsSurname() != tt.surname || e.IsVariantOnly() != tt.vonly {
				t.Errorf("name %v surname %v variant-only %v", e.IsName(), e.IsSurname(), e.IsVariantOnly())
			}
			if !reflect.DeepEqual(e.Classifiers(), tt.classifiers) {
				t.Errorf("classifiers = %+v, want %+v", e.Classifiers(), tt.classifiers)
			}
			if !reflect.DeepEqual(e.Variants(), tt.variants) {
				t.Errorf("variants = %+v, want %+v", e.Variants(), tt.variants)
			}
			if !reflect.DeepEqual(e.AlsoPronounced(), tt.alsoPr) {
				t.Errorf("also pronounced = %q, want %q", e.AlsoPronounced(), tt.alsoPr)
			}
		})
	}
	// 只 has two entries: its own and the simplified form of 隻.
	if es := d.Lookup("只"); len(es) != 2 || es[0].Trad != "只" || es[1].Trad != "隻" {
		t.Errorf("Lookup(只) = %v", es)
	}
	if es := d.Traditional("隻"); len(es) != 1 || es[0].Simp != "只" {
		t.Errorf("Traditional(隻) = %v", es)
	}
	if v := d.Lookup("只")[0].Variants(); len(v) != 1 || v[0].Of != (Ref{"隻", "只", "zhi1"}) {
		t.Errorf("variants of 只 = %+v", v)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in, err string
	}{
		{"# header\n覺得 觉得 jue2 de5 /to think/\n", "line 2: malformed CC-CEDICT line: no [pinyin] after the headwords"},
		{"覺得\n", "line 1: malformed CC-CEDICT line: no space after the traditional headword"},
		{"覺得 觉得\n", "line 1: malformed CC-CEDICT line: no space after the simplified headword"},
		{"a a [a1 /x/\n", "line 1: malformed CC-CEDICT line: unterminated [pinyin]"},
		{"\n\na a [a1] x\n", "line 3: malformed CC-CEDICT line: senses must be written /like/this/"},
		{"a a [] /x/\n", "line 1: malformed CC-CEDICT line: empty [pinyin]"},
		{"a a [a1] /\n", "line 1: malformed CC-CEDICT line: senses must be written /like/this/"},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.in))
		if err == nil || err.Error() != tt.err || !errors.Is(err, ErrSyntax) {
			t.Errorf("Parse(%q) error = %v, want %q", tt.in, err, tt.err)
		}
	}
	// CRLF line ends, a BOM and a missing final newline are accepted.
	d, err := Parse(strings.NewReader("\ufeff# h\r\n好 好 [hao3] /good/\r\n好 好 [hao4] /to like/"))
	if err != nil || len(d.Lookup("好")) != 2 || d.Lookup("好")[1].Senses()[0] != "to like" {
		t.Errorf("CRLF/BOM file: %v %v", d, err)
	}
}

func TestLoadEmbedded(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// The licence must ship with the data.
	for _, want := range []string{"CC-CEDICT", "Creative Commons Attribution-ShareAlike 4.0", "#! entries=125049"} {
		if !strings.Contains(d.Header, want) {
			t.Errorf("header lacks %q", want)
		}
	}
	if len(d.Entries) != 125049 {
		t.Errorf("%d entries, header says 125049", len(d.Entries))
	}
	for _, w := range []string{"觉得", "覺得"} {
		es := d.Lookup(w)
		if len(es) != 1 || es[0].Reading() != "jue2 de5" {
			t.Errorf("Lookup(%s) = %v", w, es)
		}
	}
	if d.Has("这太") {
		t.Error("这太 is not a CC-CEDICT word")
	}
	var readings []string
	for _, e := range d.Lookup("行") {
		readings = append(readings, e.Pinyin)
	}
	if got := strings.Join(readings, ","); got != "hang2,heng2,xing2" {
		t.Errorf("readings of 行 = %s", got)
	}
	for _, i := range []int{0, 1, 77777, len(d.Entries) - 1} {
		if got := d.Index(&d.Entries[i]); got != i {
			t.Errorf("Index(&Entries[%d]) = %d", i, got)
		}
	}
	if d.MaxLen() < 10 {
		t.Errorf("MaxLen = %d", d.MaxLen())
	}
}

func FuzzParse(f *testing.F) {
	f.Add(realLines)
	f.Add("a a [a1] /\n")
	f.Add("覺得 觉得 [jue2 de5] /to think/\r\n# late comment\n\n")
	f.Add("x y [nu:3 U:4] /CL:個|个[ge4/variant of |[/also pr. [/")
	f.Fuzz(func(t *testing.T, in string) {
		d, err := Parse(strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, ErrSyntax) || !strings.HasPrefix(err.Error(), "line ") {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		for i := range d.Entries {
			e := &d.Entries[i]
			if e.Trad == "" || e.Simp == "" || e.Pinyin == "" || strings.Contains(e.Pinyin, "u:") {
				t.Fatalf("bad entry %+v", e)
			}
			found := false
			for _, x := range d.Lookup(e.Simp) {
				found = found || x == e
			}
			if !found {
				t.Fatalf("entry %+v not found by its simplified headword", e)
			}
			e.Senses()
			e.Classifiers()
			e.Variants()
			e.AlsoPronounced()
		}
	})
}

// TestIndexMatchesMaps checks the headword indexes against maps built the
// plain way from Entries: every headword's entries in file order, for
// Simplified, Traditional, Lookup and Headwords, and nothing for strings
// that are not headwords.
func TestIndexMatchesMaps(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	simp, trad := map[string][]*Entry{}, map[string][]*Entry{}
	for i := range d.Entries {
		e := &d.Entries[i]
		simp[e.Simp] = append(simp[e.Simp], e)
		if e.Trad != e.Simp {
			trad[e.Trad] = append(trad[e.Trad], e)
		}
	}
	same := func(a, b []*Entry) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
		return true
	}
	nHead := len(simp)
	for w, es := range simp {
		if got := d.Simplified(w); !same(got, es) || cap(got) != len(got) {
			t.Fatalf("Simplified(%q) = %d entries (cap %d), want %d", w, len(got), cap(got), len(es))
		}
		if got := d.Lookup(w); trad[w] == nil && !same(got, es) {
			t.Fatalf("Lookup(%q) = %d entries, want %d", w, len(got), len(es))
		}
	}
	for w, es := range trad {
		if simp[w] == nil {
			nHead++
		}
		if got := d.Traditional(w); !same(got, es) {
			t.Fatalf("Traditional(%q) = %d entries, want %d", w, len(got), len(es))
		}
		want := append([]*Entry(nil), simp[w]...)
		for _, e := range es {
			if e.Simp != w {
				want = append(want, e)
			}
		}
		if got := d.Lookup(w); !same(got, want) {
			t.Fatalf("Lookup(%q) = %d entries, want %d", w, len(got), len(want))
		}
	}
	seen := map[string]bool{}
	d.Headwords(func(w string, es []*Entry) {
		if seen[w] {
			t.Fatalf("Headwords gives %q twice", w)
		}
		seen[w] = true
		want := simp[w]
		if want == nil {
			want = trad[w]
		}
		if !same(es, want) {
			t.Fatalf("Headwords: %q has %d entries, want %d", w, len(es), len(want))
		}
	})
	if len(seen) != nHead {
		t.Fatalf("Headwords gives %d headwords, want %d", len(seen), nHead)
	}
	for _, w := range []string{"", "这太", "xyz", "龘龘龘"} {
		if d.Has(w) || d.Lookup(w) != nil || d.Simplified(w) != nil || d.Traditional(w) != nil {
			t.Fatalf("%q is found", w)
		}
	}
}

// TestEmbeddedOffset checks that the senses of the embedded dictionary are
// found where they lie in its text, and that a copy of one, a parsed
// dictionary's sense and the empty string are not taken for a part of it.
func TestEmbeddedOffset(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := 0; i < len(d.Entries); i += 97 {
		for _, s := range d.Entries[i].Senses() {
			off, ok := EmbeddedOffset(s)
			if !ok || cedict[off:off+len(s)] != s {
				t.Fatalf("EmbeddedOffset(%q) = %d, %v", s, off, ok)
			}
			if _, ok := EmbeddedOffset(strings.Clone(s)); ok {
				t.Fatalf("a copy of %q taken for the embedded text", s)
			}
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d senses tried", n)
	}
	p, err := Parse(strings.NewReader(realLines))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append(p.Entries[0].Senses(), "") {
		if off, ok := EmbeddedOffset(s); ok {
			t.Errorf("EmbeddedOffset(%q) = %d, true, want false", s, off)
		}
	}
}

// TestSensesSeq checks that SensesSeq yields what Senses returns, for
// every entry, and stops when asked to.
func TestSensesSeq(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for i := range d.Entries {
		e := &d.Entries[i]
		want := e.Senses()
		got := slices.Collect(e.SensesSeq())
		if !slices.Equal(got, want) {
			t.Fatalf("%s %s: SensesSeq %q, Senses %q", e.Simp, e.Pinyin, got, want)
		}
		if len(want) > 1 {
			for s := range e.SensesSeq() {
				if s != want[0] {
					t.Fatalf("%s %s: first sense %q, want %q", e.Simp, e.Pinyin, s, want[0])
				}
				break
			}
		}
	}
	var empty Entry
	for s := range empty.SensesSeq() {
		t.Fatalf("an entry without senses yields %q", s)
	}
}
