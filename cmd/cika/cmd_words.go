package main

import (
	"bufio"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/srs/vocab"
)

// wordsCommand is `cika words`: the vocabulary of the collection.
func wordsCommand() *cli.Command {
	return &cli.Command{
		Name:  "words",
		Usage: "list the words of the collection with pinyin, meaning, count and first source",
		Description: "Lists every word mined, most frequent first. Proper names (people,\n" +
			"places, brands) are kept but get no cards; --names lists them too.\n\n" +
			"Examples:\n" +
			"  cika words --limit 20\n" +
			"  cika words --sort pinyin\n" +
			"  cika words --next 20          # the next new words a review introduces\n" +
			"  cika words --json | jq -r '.[] | select(.count > 5) | .word'",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "sort", Value: "count", Usage: "order by `count` (most first), pinyin, word, gloss or first (order met)"},
			&cli.BoolFlag{Name: "reverse", Usage: "reverse the order"},
			&cli.IntFlag{Name: "limit", Usage: "show at most N words (0 = all)"},
			&cli.BoolFlag{Name: "names", Usage: "include proper names"},
			&cli.BoolFlag{Name: "json", Usage: "print a JSON array (shape in README)"},
			&cli.IntFlag{Name: "next", Usage: "list instead the next N words whose new cards reviews will introduce, most useful first (known, suspended and buried skipped)"},
		},
		Action: func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			if len(argv) > 0 {
				return usageError{msg: fmt.Sprintf("words takes no arguments (got %q)", argv[0]),
					hint: "to find one word use `cika lookup " + argv[0] + "`"}
			}
			if !vocab.KnownSort(c.String("sort")) {
				return usageError{msg: fmt.Sprintf("--sort %s: want count, pinyin, word, gloss or first", c.String("sort"))}
			}
			db, err := openCollection(c, true)
			if err != nil {
				return err
			}
			defer db.Close()
			if n := c.Int("next"); n > 0 {
				return wordsNext(c, db, n)
			}
			// The garbage collector is paused meanwhile: the command keeps
			// everything it allocates (tens of MB at most) to the end, and a
			// collection would only scan it (a tenth of the time, measured).
			defer debug.SetGCPercent(debug.SetGCPercent(-1))
			o := vocab.Options{Sort: c.String("sort"), Reverse: c.Bool("reverse"), Limit: c.Int("limit"), Names: c.Bool("names")}
			return vocab.List(db, o, func(n int, next func(int, *cards.Word) error) error {
				if c.Bool("json") {
					return writeWordsJSON(c.App.Writer, n, next)
				}
				return printWords(c.App.Writer, n, next)
			})
		},
	}
}

// printWords prints n words, got in order from next, as aligned columns. It
// reads the words twice, measuring the columns first, rather than keeping
// every row.
func printWords(w io.Writer, n int, next func(i int, w *cards.Word) error) error {
	if n == 0 {
		fmt.Fprintln(w, "no words yet: run `cika mine`")
		return nil
	}
	header := [5]string{"WORD", "PINYIN", "COUNT", "GLOSS", "FIRST SEEN"}
	var x cards.Word
	var pinyinBuf []byte
	row := func(i int) ([5]string, error) {
		if err := next(i, &x); err != nil {
			return [5]string{}, err
		}
		gloss := x.Gloss
		if x.Name {
			gloss = "[name] " + gloss
		}
		pinyinBuf = append(pinyinBuf[:0], cards.Pinyin(x.Reading)...)
		return [5]string{x.Word, string(pinyinBuf), strconv.Itoa(x.Count), clipWidth(gloss, 40),
			x.First.Doc + ":" + strconv.Itoa(x.First.Line)}, nil
	}
	var width [4]int
	measure := func(cells [5]string) {
		for i := range width {
			width[i] = max(width[i], textWidth(cells[i]))
		}
	}
	measure(header)
	for i := range n {
		cells, err := row(i)
		if err != nil {
			return err
		}
		measure(cells)
	}
	b := bufio.NewWriterSize(w, 64<<10)
	spaces := strings.Repeat(" ", 64)
	pad := func(n int) {
		for ; n > len(spaces); n -= len(spaces) {
			b.WriteString(spaces)
		}
		b.WriteString(spaces[:n])
	}
	write := func(cells [5]string) {
		for i := range width {
			if i == 2 { // numbers align right
				pad(width[i] - textWidth(cells[i]))
				b.WriteString(cells[i])
			} else {
				b.WriteString(cells[i])
				pad(width[i] - textWidth(cells[i]))
			}
			b.WriteString("  ")
		}
		b.WriteString(cells[4])
		b.WriteByte('\n')
	}
	write(header)
	for i := range n {
		cells, err := row(i)
		if err != nil {
			return err
		}
		write(cells)
	}
	return b.Flush()
}

// textWidth is the number of terminal columns s takes: 2 for Chinese and
// other wide characters.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x300 {
			n++
		} else {
			n += runewidth.RuneWidth(r)
		}
	}
	return n
}

// clipWidth shortens s to at most n columns.
func clipWidth(s string, n int) string {
	if textWidth(s) <= n {
		return s
	}
	cols := 0
	for i, r := range s {
		rw := textWidth(string(r))
		if cols+rw > n-1 {
			return s[:i] + "…"
		}
		cols += rw
	}
	return s
}

// writeWordsJSON writes the words as a JSON array, one object per line. It
// is written by hand because encoding/json takes half a second on a
// 30,000-word collection; TestWordsJSON checks it against encoding/json.
func writeWordsJSON(w io.Writer, n int, next func(i int, w *cards.Word) error) error {
	b := bufio.NewWriterSize(w, 64<<10)
	buf := make([]byte, 0, 1024)
	var x cards.Word
	b.WriteString("[")
	for i := range n {
		if err := next(i, &x); err != nil {
			return err
		}
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  ")
		buf = appendWordJSON(buf[:0], &x)
		b.Write(buf)
	}
	if n > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	return b.Flush()
}

// appendWordJSON appends the vocab.Entry form of x, compact.
func appendWordJSON(b []byte, x *cards.Word) []byte {
	str := func(key, v string) {
		b = append(b, '"')
		b = append(b, key...)
		b = append(b, `":`...)
		b = appendJSONString(b, v)
		b = append(b, ',')
	}
	num := func(key string, v int) {
		b = append(b, '"')
		b = append(b, key...)
		b = append(b, `":`...)
		b = strconv.AppendInt(b, int64(v), 10)
		b = append(b, ',')
	}
	b = append(b, '{')
	str("id", x.ID())
	str("word", x.Word)
	if x.Trad != "" {
		str("trad", x.Trad)
	}
	str("reading", x.Reading)
	str("pinyin", cards.Pinyin(x.Reading))
	str("gloss", x.Gloss)
	b = append(b, `"senses_met":[`...)
	for i, s := range x.Met {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"gloss":`...)
		b = appendJSONString(b, s.Gloss)
		b = append(b, `,"count":`...)
		b = strconv.AppendInt(b, int64(s.Count), 10)
		b = append(b, '}')
	}
	b = append(b, `],"senses":[`...)
	for i, s := range x.Senses {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	b = append(b, "],"...)
	num("count", x.Count)
	num("sentence_count", x.Pairs)
	b = append(b, `"first":{"doc":`...)
	b = appendJSONString(b, x.First.Doc)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(x.First.Line), 10)
	b = append(b, `},"name":`...)
	b = strconv.AppendBool(b, x.Name)
	return append(b, '}')
}

// appendJSONString appends s as a JSON string, escaping as encoding/json
// does with SetEscapeHTML(false).
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
