package known

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"cika/srs/store"
)

// htmlTag is compiled at first use: only reading a list needs it, and
// every cika process paid for it at start.
var htmlTag = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<[^>]*>`) })

// ReadFile reads a word list at path ("-" is stdin): one word a line, as
// the first tab-separated field that holds a Chinese character (or the
// field column names, 1 = first): a plain list, Pleco's flashcard export
// (银行[銀行]<TAB>yin2hang2<TAB>bank: the simplified form is taken) and
// Anki's notes as plain text (HTML tags removed). Empty lines, lines
// starting with # or // and a first line without Chinese (a header row) are
// skipped; any other line without a word is an error naming the file and
// line.
func ReadFile(path string, stdin io.Reader, column int) ([]string, error) {
	var r io.Reader = stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	words, err := ParseList(path, r, column)
	if err != nil {
		return nil, err
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("%s: no words", path)
	}
	return words, nil
}

// ParseList reads one word a line from r, named name in errors (see
// ReadFile).
func ParseList(name string, r io.Reader, column int) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var words []string
	first := true
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "//") {
			continue
		}
		w, err := field(line, column)
		header := first && !hasHan(line)
		first = false
		if err != nil {
			if header {
				continue
			}
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		words = append(words, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return words, nil
}

var errNoWord = errors.New("no Chinese word on this line")

// field takes the word out of one line.
func field(line string, column int) (string, error) {
	fields := strings.Split(line, "\t")
	if len(fields) == 1 && !strings.Contains(line, "\t") {
		fields = strings.Split(line, ",") // CSV without quotes
		if len(fields) > 1 && !hasHan(fields[0]) {
			fields = []string{line}
		}
	}
	var f string
	switch {
	case column > 0 && column <= len(fields):
		f = fields[column-1]
	case column > 0:
		return "", fmt.Errorf("no field %d (the line has %d)", column, len(fields))
	default:
		for _, x := range fields {
			if hasHan(x) {
				f = x
				break
			}
		}
	}
	f = htmlTag().ReplaceAllString(f, "")
	f = strings.Trim(strings.TrimSpace(f), `"`)
	if i := strings.IndexAny(f, "[［"); i > 0 { // Pleco: 银行[銀行]
		f = f[:i]
	}
	if i := strings.IndexFunc(f, unicode.IsSpace); i > 0 { // "银行 yin2 hang2", a word ID
		f = f[:i]
	}
	if f == "" || !hasHan(f) {
		return "", errNoWord
	}
	if why := store.CheckKnownWord(f); why != "" {
		return "", fmt.Errorf("%q %s", f, why)
	}
	return f, nil
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
