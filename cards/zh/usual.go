package zh

import (
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// usualTxt lists, for each character with several readings, the reading it
// most commonly has in today's Chinese, one "字\treading" a line, numeric
// tones. It is derived from the order of readings in the character
// dictionary of pinyin-pro (MIT licence, © zh-lx), which puts the most
// frequent reading first; regenerate it with
//
//	go test ./cards/zh -run TestGenerateUsual -update-usual -pinyin-pro DIR
//
// where DIR is an unpacked pinyin-pro npm package (see usual_gen_test.go).
//
//go:embed usual.txt
var usualTxt string

// usualInfo is what usual.txt says of one character.
type usualInfo struct {
	first  string       // its most common reading
	counts []usualCount // phrases reading it so, most first
}

type usualCount struct {
	reading string
	n       float64
}

// count returns the number of phrases reading the character as reading.
func (u usualInfo) count(reading string) float64 {
	for _, c := range u.counts {
		if c.reading == reading {
			return c.n
		}
	}
	return 0
}

// parseUsual reads usual.txt.
func parseUsual(txt string) (map[rune]usualInfo, error) {
	m := make(map[rune]usualInfo, strings.Count(txt, "\n"))
	for n, line := range strings.Split(strings.TrimSuffix(txt, "\n"), "\n") {
		bad := func() error { return fmt.Errorf("%w: usual.txt line %d: %q", errWeights, n+1, line) }
		c, rest, ok := strings.Cut(line, "\t")
		r, size := utf8.DecodeRuneInString(c)
		if !ok || size != len(c) || !isHan(r) {
			return nil, bad()
		}
		f := strings.Split(rest, " ")
		if !syllablesOK(f[0]) {
			return nil, bad()
		}
		u := usualInfo{first: f[0]}
		for _, rc := range f[1:] {
			py, ns, ok := strings.Cut(rc, ":")
			k, err := strconv.Atoi(ns)
			if !ok || err != nil || k <= 0 || !syllablesOK(py) {
				return nil, bad()
			}
			u.counts = append(u.counts, usualCount{py, float64(k)})
		}
		m[r] = u
	}
	return m, nil
}

// pairsGz lists, for each pair of adjacent characters in a pinyin-pro
// phrase (its complete dictionary, @pinyin-pro/data, ISC licence) one of
// which is polyphonic, the reading of that one and the number of phrases
// reading it so: "六圩\t1\twei2\t1" (1: the second character is read).
// Generated with usual.txt.
//
//go:embed pairs.txt.gz
var pairsGz []byte

// phrasePairs is the decoded pairs.txt.gz.
type phrasePairs struct {
	sylID map[string]uint16
	t     table
}

func (p *phrasePairs) get(a, b rune, second bool, reading string) float64 {
	id, ok := p.sylID[reading]
	if !ok {
		return 0
	}
	return float64(p.t.get(ctxKeyOf(a, b, second, id)))
}

func parsePairs(gz []byte) (*phrasePairs, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("%w: pairs.txt.gz: %v", errWeights, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%w: pairs.txt.gz: %v", errWeights, err)
	}
	txt := string(data)
	p := &phrasePairs{sylID: map[string]uint16{}}
	n := strings.Count(txt, "\n")
	type kv struct {
		k uint64
		v float32
	}
	kvs := make([]kv, 0, n)
	for ln := 1; txt != ""; ln++ {
		var line string
		line, txt, _ = strings.Cut(txt, "\n")
		f := strings.Split(line, "\t")
		bad := fmt.Errorf("%w: pairs.txt.gz line %d: %q", errWeights, ln, line)
		if len(f) != 4 || utf8.RuneCountInString(f[0]) != 2 || (f[1] != "0" && f[1] != "1") || !syllablesOK(f[2]) {
			return nil, bad
		}
		c, err := strconv.Atoi(f[3])
		if err != nil || c <= 0 {
			return nil, bad
		}
		a, size := utf8.DecodeRuneInString(f[0])
		b, _ := utf8.DecodeRuneInString(f[0][size:])
		id, ok := p.sylID[f[2]]
		if !ok {
			id = uint16(len(p.sylID))
			p.sylID[f[2]] = id
		}
		kvs = append(kvs, kv{ctxKeyOf(a, b, f[1] == "1", id), float32(c)})
	}
	slices.SortFunc(kvs, func(x, y kv) int { return cmp.Compare(x.k, y.k) })
	p.t.keys, p.t.vals = make([]uint64, len(kvs)), make([]float32, len(kvs))
	for i, e := range kvs {
		p.t.keys[i], p.t.vals[i] = e.k, e.v
	}
	return p, nil
}
