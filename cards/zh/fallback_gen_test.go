package zh

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	gopinyin "github.com/mozillazg/go-pinyin"
)

var updateFallback = flag.Bool("update-fallback", false, "regenerate fallback.txt.gz from go-pinyin")

// goPinyinReadings is go-pinyin's first reading of every character it knows,
// in cika's numeric form.
func goPinyinReadings() map[rune]string {
	args := gopinyin.NewArgs()
	args.Style = gopinyin.Tone3
	m := make(map[rune]string, len(gopinyin.PinyinDict))
	for code := range gopinyin.PinyinDict {
		r := rune(code)
		py := gopinyin.SinglePinyin(r, args)
		if len(py) == 0 || py[0] == "" {
			continue
		}
		p := strings.ReplaceAll(py[0], "v", "ü")
		if d := p[len(p)-1]; d < '1' || d > '4' {
			p += "5"
		}
		m[r] = p
	}
	return m
}

func TestGenerateFallback(t *testing.T) {
	if !*updateFallback {
		t.Skip("run with -update-fallback to regenerate fallback.txt.gz")
	}
	m := goPinyinReadings()
	runes := make([]rune, 0, len(m))
	for r := range m {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	for _, r := range runes {
		fmt.Fprintf(zw, "%c\t%s\n", r, m[r])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("fallback.txt.gz", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFallbackMatchesGoPinyin keeps the embedded table honest: it must say
// exactly what go-pinyin says, character for character.
func TestFallbackMatchesGoPinyin(t *testing.T) {
	want := goPinyinReadings()
	got := parseFallback(fallbackGz)
	if len(got) != len(want) {
		t.Errorf("table has %d characters, go-pinyin %d: regenerate with -update-fallback", len(got), len(want))
	}
	bad := 0
	for r, w := range want {
		if got[r] != w {
			if bad++; bad <= 5 {
				t.Errorf("%c: table %q, go-pinyin %q", r, got[r], w)
			}
		}
	}
	if p, ok := fallbackOf('㐀'); ok && p != want['㐀'] {
		t.Errorf("fallbackOf(㐀) = %q, want %q", p, want['㐀'])
	}
}
