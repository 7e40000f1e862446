package vocab

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"cika/cards"
	"cika/cards/text"
)

// glossWidth is the widest a gloss is printed in a table, in columns.
const glossWidth = 40

// WriteTable prints n words, got in order from word (as List gives them),
// as aligned columns: word, pinyin, count, gloss, where first met. It reads
// the words twice, measuring the columns first, rather than keeping every
// row.
func WriteTable(w io.Writer, n int, word func(i int, w *cards.Word) error) error {
	if n == 0 {
		fmt.Fprintln(w, "no words yet: run `cika mine`")
		return nil
	}
	header := [5]string{"WORD", "PINYIN", "COUNT", "GLOSS", "FIRST SEEN"}
	var x cards.Word
	var pinyinBuf []byte
	row := func(i int) ([5]string, error) {
		if err := word(i, &x); err != nil {
			return [5]string{}, err
		}
		gloss := x.Gloss
		if x.Name {
			gloss = "[name] " + gloss
		}
		pinyinBuf = append(pinyinBuf[:0], cards.Pinyin(x.Reading)...)
		return [5]string{x.Word, string(pinyinBuf), strconv.Itoa(x.Count), text.Clip(gloss, glossWidth),
			x.First.Doc + ":" + strconv.Itoa(x.First.Line)}, nil
	}
	var width [4]int
	measure := func(cells [5]string) {
		for i := range width {
			width[i] = max(width[i], text.Width(cells[i]))
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
				pad(width[i] - text.Width(cells[i]))
				b.WriteString(cells[i])
			} else {
				b.WriteString(cells[i])
				pad(width[i] - text.Width(cells[i]))
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

// WriteJSON writes n words, got in order from word, as a JSON array of
// Entry, one object per line. It is written by hand because encoding/json
// takes half a second on a 30,000-word collection; TestWriteJSON checks it
// against encoding/json.
func WriteJSON(w io.Writer, n int, word func(i int, w *cards.Word) error) error {
	b := bufio.NewWriterSize(w, 64<<10)
	buf := make([]byte, 0, 1024)
	var x cards.Word
	b.WriteString("[")
	for i := range n {
		if err := word(i, &x); err != nil {
			return err
		}
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  ")
		buf = appendEntry(buf[:0], &x)
		b.Write(buf)
	}
	if n > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	return b.Flush()
}

// appendEntry appends the Entry form of x, compact.
func appendEntry(b []byte, x *cards.Word) []byte {
	str := func(key, v string) {
		b = append(b, '"')
		b = append(b, key...)
		b = append(b, `":`...)
		b = appendString(b, v)
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
		b = appendString(b, s.Gloss)
		b = append(b, `,"count":`...)
		b = strconv.AppendInt(b, int64(s.Count), 10)
		b = append(b, '}')
	}
	b = append(b, `],"senses":[`...)
	for i, s := range x.Senses {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	b = append(b, "],"...)
	num("count", x.Count)
	num("sentence_count", x.Pairs)
	b = append(b, `"first":{"doc":`...)
	b = appendString(b, x.First.Doc)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(x.First.Line), 10)
	b = append(b, `},"name":`...)
	b = strconv.AppendBool(b, x.Name)
	return append(b, '}')
}

// appendString appends s as a JSON string, escaping as encoding/json does
// with SetEscapeHTML(false).
func appendString(b []byte, s string) []byte {
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
