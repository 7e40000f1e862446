// Package gsewords reads the word lists of github.com/go-ego/gse (jieba's
// dict.txt and its traditional twin) as written, for the generator tests
// that derive cika's embedded frequency tables (cards/zh, cards/hsk). gse's
// own loader flattens single-character counts to 2; the tables need the real
// ones. Only tests import this package, so gse stays out of the binary.
package gsewords

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	// Imported so that gse stays in go.mod for `go list -m` to find.
	_ "github.com/go-ego/gse"
)

// Word is one entry of gse's lists.
type Word struct {
	Freq float64
	POS  string // part of speech, "" when the list gives none
}

// Load reads data/dict/zh/s_1.txt then t_1.txt from gse's module directory.
// A word listed twice keeps its first entry. Total is the sum of the counts
// taken from the simplified list.
func Load() (words map[string]Word, total float64, err error) {
	dir, err := zhDir()
	if err != nil {
		return nil, 0, err
	}
	words = map[string]Word{}
	for _, name := range []string{"s_1.txt", "t_1.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, 0, err
		}
		for w, e := range parseList(data) {
			if _, dup := words[w]; dup {
				continue
			}
			words[w] = e
			if name == "s_1.txt" {
				total += e.Freq
			}
		}
	}
	return words, total, nil
}

// List reads one of gse's word lists ("s_1.txt" or "t_1.txt") on its own,
// the first entry of each word, so that a caller can compare what the two
// lists say of the same word (Load keeps only the simplified list's).
func List(name string) (map[string]Word, error) {
	dir, err := zhDir()
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	words := map[string]Word{}
	for w, e := range parseList(data) {
		if _, dup := words[w]; !dup {
			words[w] = e
		}
	}
	return words, nil
}

// IDF reads gse's idf.txt (jieba's inverse document frequencies, "word
// idf" a line): a second, independent measure of how common a word is.
func IDF() (map[string]float64, error) {
	dir, err := zhDir()
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filepath.Join(dir, "idf.txt"))
	if err != nil {
		return nil, err
	}
	idf := map[string]float64{}
	for i, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("idf.txt:%d: %w", i+1, err)
		}
		if _, dup := idf[f[0]]; !dup {
			idf[f[0]] = v
		}
	}
	return idf, nil
}

// parseList yields the entries of a word list ("word count [pos]" a line) in
// file order, skipping lines without a positive count.
func parseList(data []byte) func(yield func(string, Word) bool) {
	return func(yield func(string, Word) bool) {
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Fields(line)
			if len(f) < 2 {
				continue
			}
			n, err := strconv.ParseFloat(f[1], 64)
			if err != nil || n <= 0 {
				continue
			}
			w := Word{Freq: n}
			if len(f) > 2 {
				w.POS = f[2]
			}
			if !yield(f[0], w) {
				return
			}
		}
	}
}

// zhDir returns gse's data/dict/zh directory in the module cache.
func zhDir() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		return "", fmt.Errorf("find gse: %w", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "data", "dict", "zh"), nil
}
