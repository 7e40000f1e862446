package zh

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"cika/cards"
	"cika/cards/pinyin"
)

// AnnotateOptions control Annotate's output.
type AnnotateOptions struct {
	// Marks writes readings with tone marks (jué de) instead of numbers.
	Marks bool
	// Sandhi applies the tone changes of 一 and 不 to the readings shown
	// (不对 bu2 dui4, 一样 yi2 yang4); cards keep citation tones.
	Sandhi bool
	// JSON writes one JSON object per line with every token's headword,
	// reading, gloss and senses.
	JSON bool
	// TSV reads "chinese<TAB>english" lines and uses the English side.
	TSV bool
	// English is the translation used for every line when not TSV.
	English string
}

// Annotate reads lines from r and writes exactly one line to w for each: the
// tokens separated by spaces, a Chinese word as WORD[py1 py2] (one syllable
// per Han character), everything else bare, whitespace dropped. Output is
// flushed whenever the input has no more lines waiting, so that it can be
// used interactively.
func (a *Analyzer) Annotate(w io.Writer, r io.Reader, o AnnotateOptions) error {
	br := bufio.NewReaderSize(r, 64<<10)
	bw := bufio.NewWriterSize(w, 64<<10)
	var line []byte
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for n := 1; ; n++ {
		if br.Buffered() == 0 {
			if err := bw.Flush(); err != nil {
				return err
			}
		}
		chunk, err := br.ReadSlice('\n')
		line = append(line[:0], chunk...)
		for err == bufio.ErrBufferFull {
			chunk, err = br.ReadSlice('\n')
			line = append(line, chunk...)
		}
		if len(line) == 0 && err == io.EOF {
			break
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("read line %d: %w", n, err)
		}
		text := strings.TrimSuffix(strings.TrimSuffix(string(line), "\n"), "\r")
		en := o.English
		if o.TSV {
			text, en, _ = strings.Cut(text, "\t")
			en, _, _ = strings.Cut(en, "\t")
		}
		toks := a.Analyze(text, en)
		if o.Sandhi {
			applySandhi(toks)
		}
		if o.JSON {
			if err := enc.Encode(jsonLine(text, en, toks, o.Marks)); err != nil {
				return err
			}
		} else {
			writeTokens(bw, toks, o.Marks)
			bw.WriteByte('\n')
		}
		if err == io.EOF {
			break
		}
	}
	return bw.Flush()
}

func writeTokens(bw *bufio.Writer, toks []cards.Token, marks bool) {
	first := true
	for _, t := range toks {
		if isBlank(t.Text) { // (strings.TrimSpace(t.Text) == "", without trimming a Chinese token from both ends)
			continue
		}
		if !first {
			bw.WriteByte(' ')
		}
		first = false
		bw.WriteString(t.Text)
		if t.Reading == "" {
			continue
		}
		bw.WriteByte('[')
		if marks {
			bw.WriteString(pinyin.Marks(t.Reading))
		} else {
			bw.WriteString(t.Reading)
		}
		bw.WriteByte(']')
	}
}

// jsonToken is the --json form of a token.
type jsonToken struct {
	Text    string   `json:"text"`
	Word    string   `json:"word,omitempty"`
	Trad    string   `json:"trad,omitempty"`
	Reading string   `json:"reading,omitempty"`
	Marks   string   `json:"marks,omitempty"`
	Gloss   string   `json:"gloss,omitempty"`
	Senses  []string `json:"senses,omitempty"`
	Name    bool     `json:"name,omitempty"`
	// Entry is the chosen CC-CEDICT entry ("朝 朝 [chao2]") and Sense the
	// index in Senses of the gloss shown (absent when the gloss is not one
	// sense): what a gold set of senses checks.
	Entry string `json:"entry,omitempty"`
	Sense *int   `json:"sense,omitempty"`
}

type jsonSentence struct {
	Text    string      `json:"text"`
	English string      `json:"en,omitempty"`
	Tokens  []jsonToken `json:"tokens"`
}

func jsonLine(text, en string, toks []cards.Token, marks bool) jsonSentence {
	s := jsonSentence{Text: text, English: en, Tokens: make([]jsonToken, 0, len(toks))}
	for _, t := range toks {
		jt := jsonToken{Text: t.Text, Word: t.Word, Trad: t.Trad, Reading: t.Reading,
			Gloss: t.Gloss, Senses: t.Senses, Name: t.Name, Entry: t.Entry}
		if t.Word != "" && t.Sense >= 0 {
			jt.Sense = &t.Sense
		}
		if marks && t.Reading != "" {
			jt.Marks = pinyin.Marks(t.Reading)
		}
		s.Tokens = append(s.Tokens, jt)
	}
	return s
}

// applySandhi rewrites the readings of 一 and 不 for display: 不 before a
// fourth tone is bu2; 一 before a fourth tone is yi2 and before the other
// tones yi4, except as a number (第一, 一 at the end, 十一, 一一).
func applySandhi(toks []cards.Token) {
	type pos struct{ tok, syl int }
	var chars []rune
	var where []pos
	var syls [][]string
	for i, t := range toks {
		if t.Reading == "" {
			chars = append(chars, 0)
			where = append(where, pos{i, -1})
			syls = append(syls, nil)
			continue
		}
		ss := strings.Fields(t.Reading)
		syls = append(syls, ss)
		k := 0
		for _, r := range t.Text {
			if !isHan(r) {
				continue
			}
			chars = append(chars, r)
			where = append(where, pos{i, k})
			k++
		}
	}
	syl := func(c int) string {
		p := where[c]
		if p.syl < 0 || p.syl >= len(syls[p.tok]) {
			return ""
		}
		return syls[p.tok][p.syl]
	}
	numeral := func(r rune) bool { return strings.ContainsRune("〇一二三四五六七八九十百千万亿第", r) }
	for c, r := range chars {
		if r != '一' && r != '不' {
			continue
		}
		cur := syl(c)
		if c+1 >= len(chars) || cur == "" {
			continue
		}
		next := syl(c + 1)
		if next == "" {
			continue
		}
		tone := next[len(next)-1]
		var out string
		switch r {
		case '不':
			if cur == "bu4" && tone == '4' {
				out = "bu2"
			}
		case '一':
			if cur != "yi1" || (c > 0 && numeral(chars[c-1])) || numeral(chars[c+1]) {
				continue
			}
			switch tone {
			case '4':
				out = "yi2"
			case '1', '2', '3':
				out = "yi4"
			}
		}
		if out != "" {
			p := where[c]
			syls[p.tok][p.syl] = out
			toks[p.tok].Reading = strings.Join(syls[p.tok], " ")
		}
	}
}
