package zh

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// fallback.txt.gz holds go-pinyin's first reading of every character it
// knows, as "字<TAB>zi4" lines, numeric tones with 5 for the neutral tone and
// ü written ü. It is generated from github.com/mozillazg/go-pinyin by
//
//	go test ./cards/zh -run TestGenerateFallback -update-fallback
//
// and checked against go-pinyin by TestFallbackMatchesGoPinyin. Reading a
// table instead of importing go-pinyin at run time keeps go-pinyin's package
// initialisation (a 40,000-entry map built on every start, 15-30 ms) out of
// every cika command, including the ones that never analyse text.
//
//go:embed fallback.txt.gz
var fallbackGz []byte

var fallback struct {
	once sync.Once
	m    map[rune]string
}

// fallbackOf is go-pinyin's reading of r, loaded on first use.
func fallbackOf(r rune) (string, bool) {
	fallback.once.Do(func() { fallback.m = parseFallback(fallbackGz) })
	p, ok := fallback.m[r]
	return p, ok
}

func parseFallback(gz []byte) map[rune]string {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		panic("zh: fallback.txt.gz: " + err.Error()) // embedded: a build defect
	}
	m := make(map[rune]string, 42000)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		char, reading, ok := strings.Cut(line, "\t")
		r, size := utf8.DecodeRuneInString(char)
		if !ok || size != len(char) || reading == "" {
			panic("zh: fallback.txt.gz: bad line " + line)
		}
		m[r] = reading
	}
	if err := sc.Err(); err != nil {
		panic("zh: fallback.txt.gz: " + err.Error())
	}
	return m
}
