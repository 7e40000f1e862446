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
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		return nil, 0, fmt.Errorf("find gse: %w", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "data", "dict", "zh")
	words = map[string]Word{}
	for _, name := range []string{"s_1.txt", "t_1.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, 0, err
		}
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Fields(line)
			if len(f) < 2 {
				continue
			}
			n, err := strconv.ParseFloat(f[1], 64)
			if err != nil || n <= 0 {
				continue
			}
			if _, dup := words[f[0]]; dup {
				continue
			}
			w := Word{Freq: n}
			if len(f) > 2 {
				w.POS = f[2]
			}
			words[f[0]] = w
			if name == "s_1.txt" {
				total += n
			}
		}
	}
	return words, total, nil
}
