//go:build ignore

// Command score scores any command that speaks `annotate --tsv --json` on
// the gold files beside it, with the rules of cards/zh/gold_test.go (keep
// the two in step):
//
//	go run ./cards/zh/testdata/senses/score.go [-v] [-report FILE] CMD [ARG...]
//
// runs `CMD ARG... annotate --tsv --json` once per gold file with the
// file's sentence pairs on standard input, and prints per file the items,
// then the share found by the segmenter, read right and given a right
// sense. -v lists the misses; -report writes them as TSV.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type item struct {
	file         string
	line         int
	zh, en, word string
	occ          int
	reading      []string
	accept       []string
	reject       []string
	note         string
}

type token struct {
	Text    string   `json:"text"`
	Word    string   `json:"word"`
	Reading string   `json:"reading"`
	Gloss   string   `json:"gloss"`
	Senses  []string `json:"senses"`
	Sense   *int     `json:"sense"`
	Entry   string   `json:"entry"`
}

type sentence struct {
	Text   string  `json:"text"`
	Tokens []token `json:"tokens"`
}

func main() {
	verbose := flag.Bool("v", false, "list every miss")
	report := flag.String("report", "", "write the misses to this TSV file")
	dir := flag.String("dir", "", "the folder of the gold files (default: this program's)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run score.go [-v] [-report FILE] [-dir DIR] CMD [ARG...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *dir == "" {
		_, self, _, _ := runtime.Caller(0)
		*dir = filepath.Dir(self)
	}
	if err := run(*dir, flag.Args(), *verbose, *report); err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(1)
	}
}

func run(dir string, cmd []string, verbose bool, reportPath string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no gold files in %s", dir)
	}
	var rep strings.Builder
	rep.WriteString("file\tline\tmiss\tzh\ten\tword\twant reading\tgot reading\taccept\tgot entry\tgot sense\tnote\n")
	fmt.Printf("%-14s %6s %8s %8s %8s\n", "file", "items", "seg %", "read %", "sense %")
	for _, path := range files {
		items, err := readGold(path)
		if err != nil {
			return err
		}
		got, err := annotate(cmd, items)
		if err != nil {
			return err
		}
		var n, seg, rd, se int
		for _, it := range items {
			n++
			var (
				tok   token
				found bool
			)
			if s, ok := got[it.zh]; ok {
				tok, found = find(s.Tokens, it.word, it.occ)
			}
			var miss []string
			if !found {
				miss = append(miss, "seg")
			} else {
				seg++
				if readingOK(tok.Reading, it.reading) {
					rd++
				} else {
					miss = append(miss, "reading")
				}
				if senseOK(shown(tok), it.accept) && !senseOK(shown(tok), it.reject) {
					se++
				} else {
					miss = append(miss, "sense")
				}
			}
			if len(miss) == 0 {
				continue
			}
			sh := shown(tok)[len(shown(tok))-1]
			if verbose {
				fmt.Printf("  %s:%d %s: %s in %s: got %q %q, want %s %q\n", it.file, it.line,
					strings.Join(miss, "+"), it.word, it.zh, tok.Reading, sh,
					strings.Join(it.reading, "|"), strings.Join(it.accept, "|"))
			}
			fmt.Fprintf(&rep, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
				it.file, it.line, strings.Join(miss, "+"), it.zh, it.en, it.word,
				strings.Join(it.reading, "|"), tok.Reading, strings.Join(it.accept, "|"),
				tok.Entry, sh, it.note)
		}
		fmt.Printf("%-14s %6d %8.1f %8.1f %8.1f\n", filepath.Base(path), n, pct(seg, n), pct(rd, n), pct(se, n))
	}
	if reportPath != "" {
		return os.WriteFile(reportPath, []byte(rep.String()), 0o644)
	}
	return nil
}

// annotate runs cmd on the items' pairs and returns its sentences by text.
func annotate(cmd []string, items []item) (map[string]sentence, error) {
	var in bytes.Buffer
	seen := map[string]bool{}
	for _, it := range items {
		if !seen[it.zh] {
			seen[it.zh] = true
			fmt.Fprintf(&in, "%s\t%s\n", it.zh, it.en)
		}
	}
	args := append(append([]string{}, cmd[1:]...), "annotate", "--tsv", "--json")
	c := exec.Command(cmd[0], args...)
	c.Stdin = &in
	c.Stderr = os.Stderr
	out, err := c.Output()
	if err != nil {
		return nil, fmt.Errorf("run %s: %w", strings.Join(append(cmd[:1:1], args...), " "), err)
	}
	got := map[string]sentence{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var s sentence
		if err := dec.Decode(&s); err != nil {
			return nil, fmt.Errorf("read the output of %s: %w", cmd[0], err)
		}
		got[s.Text] = s
	}
	return got, nil
}

func readGold(path string) ([]item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var (
		items []item
		col   map[string]int
		n     int
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if col == nil {
			col = map[string]int{}
			for i, name := range fields {
				col[strings.TrimSpace(name)] = i
			}
			for _, name := range []string{"zh", "en", "word", "reading", "accept"} {
				if _, ok := col[name]; !ok {
					return nil, fmt.Errorf("read %s: header has no %q column", path, name)
				}
			}
			continue
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(fields) {
				return strings.TrimSpace(fields[i])
			}
			return ""
		}
		it := item{file: filepath.Base(path), line: n, zh: get("zh"), en: get("en"),
			word: get("word"), occ: 1, note: get("note")}
		if w, k, ok := strings.Cut(it.word, "#"); ok {
			it.word = w
			if it.occ, err = strconv.Atoi(k); err != nil || it.occ < 1 {
				return nil, fmt.Errorf("read %s:%d: bad occurrence in %q", path, n, get("word"))
			}
		}
		it.reading = splitKeys(get("reading"))
		it.accept = splitKeys(get("accept"))
		it.reject = splitKeys(get("reject"))
		if it.zh == "" || it.word == "" || len(it.reading) == 0 || len(it.accept) == 0 {
			return nil, fmt.Errorf("read %s:%d: zh, word, reading and accept are required", path, n)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return items, nil
}

func splitKeys(s string) []string {
	var out []string
	for _, k := range strings.Split(s, "|") {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

func find(toks []token, word string, occ int) (token, bool) {
	for _, t := range toks {
		if t.Word == word || t.Text == word {
			if occ--; occ == 0 {
				return t, true
			}
		}
	}
	return token{}, false
}

func normPinyin(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.NewReplacer("u:", "ü", "v", "ü").Replace(s)
}

func readingOK(got string, want []string) bool {
	for _, w := range want {
		if normPinyin(got) == normPinyin(w) {
			return true
		}
	}
	return false
}

func shown(t token) []string {
	out := []string{t.Gloss}
	if t.Sense != nil && *t.Sense >= 0 && *t.Sense < len(t.Senses) {
		out = append(out, t.Senses[*t.Sense])
	}
	return out
}

func senseOK(texts, keys []string) bool {
	for _, text := range texts {
		lt := strings.ToLower(strings.TrimSpace(strings.TrimSuffix(text, "…")))
		for _, k := range keys {
			k = strings.ToLower(k)
			if exact, ok := strings.CutPrefix(k, "="); ok {
				if lt == strings.TrimSpace(exact) {
					return true
				}
			} else if containsWord(lt, k) {
				return true
			}
		}
	}
	return false
}

func containsWord(s, key string) bool {
	if key == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(key)
	last, _ := utf8.DecodeLastRuneInString(key)
	for from := 0; from <= len(s)-len(key); {
		i := strings.Index(s[from:], key)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(key)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		okBefore := i == 0 || !isWordRune(first) || !isWordRune(before)
		okAfter := j == len(s) || !isWordRune(last) || !isWordRune(after)
		if okBefore && okAfter {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		from = i + size
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func pct(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}
