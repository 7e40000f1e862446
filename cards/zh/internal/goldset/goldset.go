// Package goldset reads the gold sets of senses (cards/zh/testdata/senses)
// and judges an analysis against them: what TestGold and the score.go
// script share, so that the two cannot drift apart.
package goldset

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Item is one line of a gold file.
type Item struct {
	File    string
	Line    int
	ZH, EN  string
	Word    string   // the headword as the segmenter should give it
	Occ     int      // which occurrence of Word in ZH, from 1 ("word#2")
	Reading []string // acceptable readings, numeric pinyin
	Accept  []string // keys, one of which the chosen sense must contain
	Reject  []string // keys none of which it may contain (a gloss hedging between uses)
	Note    string
	Part    string // the part of the file it is in ("podcast"), from a "# Part 1: podcast" line; "" before any
}

// partName returns the name of a part heading, "# Part 2: everyday" (one
// word after the colon), so that the parts of a held-out file (pairs of
// the seed, pairs written for it) can be scored apart. A comment of more
// words ("# Part 1: pairs of the seed podcast ...") describes, not heads.
func partName(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "# Part ")
	if !ok {
		return "", false
	}
	num, name, ok := strings.Cut(rest, ":")
	if _, err := strconv.Atoi(num); !ok || err != nil {
		return "", false
	}
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsFunc(name, unicode.IsSpace) {
		return "", false
	}
	return name, true
}

// Read reads a gold file: a header line naming the columns (zh, en,
// word, reading, accept, and optionally note and others), then one item a
// line; blank lines and lines starting with '#' are skipped.
func Read(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var (
		items []Item
		col   map[string]int
		n     int
		part  string
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if name, ok := partName(line); ok {
			part = name
		}
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
		it := Item{File: filepath.Base(path), Line: n, ZH: get("zh"), EN: get("en"),
			Word: get("word"), Occ: 1, Note: get("note"), Part: part}
		if w, k, ok := strings.Cut(it.Word, "#"); ok {
			it.Word = w
			if it.Occ, err = strconv.Atoi(k); err != nil || it.Occ < 1 {
				return nil, fmt.Errorf("read %s:%d: bad occurrence in %q", path, n, get("word"))
			}
		}
		it.Reading = SplitKeys(get("reading"))
		it.Accept = SplitKeys(get("accept"))
		it.Reject = SplitKeys(get("reject"))
		if it.ZH == "" || it.Word == "" || len(it.Reading) == 0 || len(it.Accept) == 0 {
			return nil, fmt.Errorf("read %s:%d: zh, word, reading and accept are required", path, n)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return items, nil
}

// SplitKeys splits "a|b" into its non-empty, trimmed alternatives.
func SplitKeys(s string) []string {
	var out []string
	for _, k := range strings.Split(s, "|") {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// normPinyin lower-cases a reading and writes ü for CC-CEDICT's u: and v.
func normPinyin(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.NewReplacer("u:", "ü", "v", "ü").Replace(s)
}

// ReadingOK reports whether got is one of the acceptable readings.
func ReadingOK(got string, want []string) bool {
	for _, w := range want {
		if normPinyin(got) == normPinyin(w) {
			return true
		}
	}
	return false
}

// SenseOK reports whether one of texts matches one of the keys: "=x"
// when the text is x, any other key when the text contains it as whole
// words, case aside. A sense is right when it matches an accept key and no
// reject key: a gloss that lists the uses of a word side by side ("will;
// be likely to; can") does not pass for the one this sentence needs.
func SenseOK(texts, keys []string) bool {
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

// containsWord reports whether key occurs in s with no letter or digit
// glued to either end (where the key's own end is a letter or digit):
// "at" is in "towards; at; for" but not in "that".
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
