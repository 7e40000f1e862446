package zh

import (
	"bytes"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var (
	updateUsual = flag.Bool("update-usual", false, "regenerate usual.txt and pairs.bin.gz from pinyin-pro")
	pinyinPro   = flag.String("pinyin-pro", "", "directory holding the unpacked npm packages pinyin-pro (3.29.4) and @pinyin-pro/data (1.3.1) as pinyin-pro/ and data/")
)

// TestGenerateUsual regenerates usual.txt and pairs.bin.gz from pinyin-pro
// (MIT) and its data package @pinyin-pro/data (ISC):
//
//	mkdir /tmp/pp && cd /tmp/pp && npm pack pinyin-pro@3.29.4 @pinyin-pro/data@1.3.1
//	mkdir pinyin-pro data && tar xzf pinyin-pro-3.29.4.tgz -C pinyin-pro && tar xzf pinyin-pro-data-1.3.1.tgz -C data
//	go test ./cards/zh -run TestGenerateUsual -update-usual -pinyin-pro /tmp/pp
//
// usual.txt: for each character pinyin-pro's character dictionary gives
// several readings, the first (pinyin-pro orders them by frequency), then
// how many phrases of @pinyin-pro/data's complete dictionary read it each
// way. pairs.bin.gz: the same counts by neighbouring character. 一 and 不
// are left out (the phrases write them with tone sandhi).
func TestGenerateUsual(t *testing.T) {
	if !*updateUsual {
		t.Skip("run with -update-usual -pinyin-pro DIR to regenerate usual.txt and pairs.bin.gz")
	}
	js, err := os.ReadFile(filepath.Join(*pinyinPro, "pinyin-pro", "package", "dist", "index.js"))
	if err != nil {
		t.Fatal(err)
	}
	first := map[rune]string{}
	group := regexp.MustCompile(`"([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ ]+)":\[((?:"[^"]+",?)+)\]`)
	quoted := regexp.MustCompile(`"([^"]+)"`)
	for _, m := range group.FindAllStringSubmatch(string(js), -1) {
		syls := strings.Fields(m[1])
		if len(syls) < 2 {
			continue
		}
		for _, q := range quoted.FindAllStringSubmatch(m[2], -1) {
			if r, n := utf8.DecodeRuneInString(q[1]); n == len(q[1]) {
				first[r] = numericTone(syls[0])
			}
		}
	}
	data, err := os.ReadFile(filepath.Join(*pinyinPro, "data", "package", "json", "complete.json"))
	if err != nil {
		t.Fatal(err)
	}
	var phrases map[string][2]any
	if err := json.Unmarshal(data, &phrases); err != nil {
		t.Fatal(err)
	}
	type pair struct {
		a, b   rune
		second bool
		py     string
	}
	counts := map[rune]map[string]int{}
	pairs := map[pair]int{}
	for word, v := range phrases {
		py, _ := v[0].(string)
		syls, runes := strings.Fields(py), []rune(word)
		if len(syls) != len(runes) || len(runes) < 2 {
			continue
		}
		for i, r := range runes {
			if _, ok := first[r]; !ok || r == '一' || r == '不' {
				continue
			}
			rd := numericTone(syls[i])
			if counts[r] == nil {
				counts[r] = map[string]int{}
			}
			counts[r][rd]++
			if i > 0 {
				pairs[pair{runes[i-1], r, true, rd}]++
			}
			if i+1 < len(runes) {
				pairs[pair{r, runes[i+1], false, rd}]++
			}
		}
	}
	var usual strings.Builder
	chars := make([]rune, 0, len(first))
	for r := range first {
		chars = append(chars, r)
	}
	slices.Sort(chars)
	for _, r := range chars {
		fmt.Fprintf(&usual, "%c\t%s", r, first[r])
		rds := make([]string, 0, len(counts[r]))
		for rd := range counts[r] {
			rds = append(rds, rd)
		}
		slices.SortFunc(rds, func(x, y string) int {
			return cmp.Or(cmp.Compare(counts[r][y], counts[r][x]), cmp.Compare(x, y))
		})
		for _, rd := range rds {
			fmt.Fprintf(&usual, " %s:%d", rd, counts[r][rd])
		}
		usual.WriteByte('\n')
	}
	// Syllable ids in sorted order, so that the file is the same each run.
	pp := &phrasePairs{sylID: map[string]uint16{}}
	for p := range pairs {
		if _, ok := pp.sylID[p.py]; !ok {
			pp.sylID[p.py] = 0
			pp.syls = append(pp.syls, p.py)
		}
	}
	slices.Sort(pp.syls)
	for i, py := range pp.syls {
		pp.sylID[py] = uint16(i)
	}
	var keys []uint64
	vals := map[uint64]float32{}
	for p, n := range pairs {
		k := ctxKeyOf(p.a, p.b, p.second, pp.sylID[p.py])
		keys = append(keys, k)
		vals[k] = float32(n)
	}
	slices.Sort(keys)
	for _, k := range keys {
		pp.t.keys = append(pp.t.keys, k)
		pp.t.vals = append(pp.t.vals, vals[k])
	}
	var buf bytes.Buffer
	if err := writePairs(&buf, pp); err != nil {
		t.Fatal(err)
	}
	if _, err := parseUsual(usual.String()); err != nil {
		t.Fatal(err)
	}
	if _, err := parsePairs(buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("usual.txt", []byte(usual.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("pairs.bin.gz", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("usual.txt: %d characters; pairs.bin.gz: %d pairs, %d bytes", len(chars), len(keys), buf.Len())
}

// numericTone turns a tone-marked syllable into numeric-tone form: "lǜ" →
// "lü4", "zi" → "zi5".
func numericTone(s string) string {
	tone := '5'
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch r {
		case '\u0304':
			tone = '1'
		case '\u0301':
			tone = '2'
		case '\u030c':
			tone = '3'
		case '\u0300':
			tone = '4'
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String()) + string(tone)
}
