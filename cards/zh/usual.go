package zh

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
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

// phrasePriors are the pinyin-pro priors, decoded (readPhrasePriors).
type phrasePriors struct {
	usual map[rune]usualInfo
	pairs *phrasePairs
	err   error
}

// readPhrasePriors decodes usual.txt and pairs.bin.gz.
func readPhrasePriors() phrasePriors {
	var p phrasePriors
	if p.usual, p.err = parseUsual(usualTxt); p.err == nil {
		p.pairs, p.err = parsePairs(pairsGz)
	}
	return p
}

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

// pairsGz holds, for each pair of adjacent characters in a pinyin-pro
// phrase (its complete dictionary, @pinyin-pro/data, ISC licence) one of
// which is polyphonic, the reading of that one and the number of phrases
// reading it so (六圩: 圩 wei2 in 1 phrase). Generated with usual.txt;
// the format is that of a weights table (see writePairs).
//
//go:embed pairs.bin.gz
var pairsGz []byte

const pairsMagic = "cika-zh-pairs 1\n"

// phrasePairs is the decoded pairs.bin.gz: a table keyed by ctxKeyOf with
// its own syllable ids.
type phrasePairs struct {
	sylID map[string]uint16
	syls  []string
	t     table
}

func (p *phrasePairs) get(a, b rune, second bool, reading string) float64 {
	id, ok := p.sylID[reading]
	return pairCount(&p.t, a, b, second, id, ok)
}

// parsePairs decodes pairs.bin.gz.
func parsePairs(gz []byte) (*phrasePairs, error) {
	r, err := openTable(gz, "pairs.bin.gz", pairsMagic)
	if err != nil {
		return nil, err
	}
	p := &phrasePairs{syls: make([]string, r.count(1<<16))}
	p.sylID = make(map[string]uint16, len(p.syls))
	for i := range p.syls {
		p.syls[i] = r.str()
		p.sylID[p.syls[i]] = uint16(i)
	}
	n := r.count(1 << 24)
	p.t.keys, p.t.vals = make([]uint64, n), make([]float32, n)
	k := uint64(0)
	for i := 0; i < n; i++ {
		d := r.uint()
		if i > 0 && d == 0 && r.err == nil {
			r.err = errors.New("keys not increasing")
		}
		k += d
		p.t.keys[i] = k
		p.t.vals[i] = float32(r.uint())
	}
	if r.err != nil {
		return nil, fmt.Errorf("%w: pairs.bin.gz: %v", errWeights, r.err)
	}
	for _, k := range p.t.keys {
		if int(k&0xffff) >= len(p.syls) {
			return nil, fmt.Errorf("%w: pairs.bin.gz: syllable %d of %d", errWeights, k&0xffff, len(p.syls))
		}
	}
	p.t.index()
	p.t.indexFirst()
	return p, nil
}

// writePairs encodes p (the inverse of parsePairs), for the generator.
func writePairs(out io.Writer, p *phrasePairs) error {
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putUint := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	bw.WriteString(pairsMagic)
	putUint(uint64(len(p.syls)))
	for _, s := range p.syls {
		putUint(uint64(len(s)))
		bw.WriteString(s)
	}
	putUint(uint64(len(p.t.keys)))
	prev := uint64(0)
	for i, k := range p.t.keys {
		putUint(k - prev)
		prev = k
		putUint(uint64(p.t.vals[i]))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}
