package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/cards/gloss"
	"cika/cards/text"
	"cika/srs/lookup"
)

// lookupCommand is `cika lookup`: find words by hanzi, pinyin or English and
// show the learner's own sentences for them. It reads the collection only:
// no dictionary, no segmenter.
func lookupCommand() *cli.Command {
	return &cli.Command{
		Name:      "lookup",
		Usage:     "find a word or phrase by 汉字, pinyin or English and show your sentences with it",
		ArgsUsage: "QUERY",
		Description: "QUERY is matched against the words of your collection:\n" +
			"  汉字     the word written so (simplified or traditional), else words containing it\n" +
			"  pinyin   with or without tones: zhineng, zhi neng, zhi4neng2, zhìnéng\n" +
			"  English  a word of its meanings: bank, banks, intelligent\n" +
			"Toneless pinyin that is also an English word (\"men\", \"fan\") shows both.\n" +
			"A query that is no word (超级智能, \"chaoji zhineng\") is looked for in your\n" +
			"sentences, with the words it is made of; English is always looked for in the\n" +
			"sentences' English too (\"arm farm\"). Sentences with the phrase as whole\n" +
			"words come first, then the shortest, easiest for the words you know.\n" +
			"Each sentence is printed with the word highlighted, its pinyin, the English,\n" +
			"and where it came from: file:line and speaker, or a subtitle's cue number\n" +
			"and times, or the credit a Tatoeba pair carries.\n\n" +
			"The exit status is grep's: 0 when a word was found, 1 when none was,\n" +
			"2 on an error (the message on stderr).\n\n" +
			"Examples:\n" +
			"  cika lookup 智能\n" +
			"  cika lookup zhi4neng2\n" +
			"  cika lookup intelligent --limit 1\n" +
			"  cika lookup 超级智能\n" +
			"  cika lookup \"arm farm\"\n" +
			"  cika lookup 银行 --json | jq '.words[0].sentences[].en'",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "limit", Value: 5, Usage: "sentences shown per word or phrase (0 = all)"},
			&cli.StringFlag{Name: "by", Usage: "match only by `KIND`: hanzi, pinyin or english (default: guess from QUERY)"},
			&cli.BoolFlag{Name: "json", Usage: "print the matches as JSON (shape in README)"},
		},
		// The exit status is grep's (status.go): 0 found, 1 nothing
		// found, 2 an error, a mistake on the command line included.
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return statusError{err: usageError{msg: err.Error(), hint: "`cika lookup --help` lists the flags"}, status: 2}
		},
		Action: grepStatus(func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			if len(argv) != 1 {
				return usageError{msg: "lookup takes one QUERY (quote it if it has spaces)", hint: "cika lookup 智能, cika lookup \"zhi neng\", cika lookup bank"}
			}
			query := strings.TrimSpace(argv[0])
			if query == "" {
				return usageError{msg: "empty query"}
			}
			db, err := openCollection(c, true)
			if err != nil {
				return err
			}
			defer db.Close()
			res, err := lookup.Find(db, query, c.String("by"), c.Int("limit"))
			var qe *lookup.QueryError
			if errors.As(err, &qe) {
				return usageError{msg: qe.Msg, hint: qe.Hint}
			}
			if err != nil {
				return err
			}
			if c.Bool("json") {
				if err := writeJSON(c.App.Writer, res); err != nil || res.Found() {
					return err
				}
				return statusError{status: 1}
			}
			printLookup(c.App.Writer, res, useColor(c.App.Writer))
			if !res.Found() {
				return statusError{status: 1}
			}
			return nil
		}),
	}
}

// usageError is a mistake on the command line, with an example to follow.
type usageError struct{ msg, hint string }

func (e usageError) Error() string { return e.msg }
func (e usageError) Hint() string  { return e.hint }

// mark wraps the spans of s in the highlight: bold yellow on a colour
// terminal, 【】 otherwise.
func mark(s string, spans [][2]int, color bool) string {
	open, close := "【", "】"
	if color {
		open, close = "\x1b[1;33m", "\x1b[0m"
	}
	rs := []rune(s)
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		if sp[0] < at || sp[1] > len(rs) {
			continue
		}
		b.WriteString(string(rs[at:sp[0]]))
		b.WriteString(open + string(rs[sp[0]:sp[1]]) + close)
		at = sp[1]
	}
	b.WriteString(string(rs[at:]))
	return b.String()
}

func printLookup(w io.Writer, r *lookup.Result, color bool) {
	var b bytes.Buffer
	switch {
	case r.Found():
	case r.Phrase != nil:
		fmt.Fprintf(&b, "no word in the collection matches %q, nor any sentence\n", r.Query)
	default:
		fmt.Fprintf(&b, "no word in the collection matches %q\n", r.Query)
	}
	for i, wr := range r.Words {
		if i > 0 {
			b.WriteByte('\n')
		}
		head := wr.Word
		if wr.Trad != "" {
			head += "（" + wr.Trad + "）"
		}
		// The sense in context whole and written for people, the other
		// senses on a line of their own, faint (cards.Word.OtherSenses).
		sw := cards.Word{Gloss: wr.Gloss, Met: wr.Met, Senses: wr.Senses}
		fmt.Fprintf(&b, "%s  %s  %s", head, wr.Pinyin, gloss.Render(sw.CardGloss(), gloss.Simplified))
		if wr.Name {
			b.WriteString("  [name]")
		}
		fmt.Fprintf(&b, "  · %s", text.Plural(wr.SentenceCount, "sentence"))
		if wr.By == "contains" {
			fmt.Fprintf(&b, "  (contains %s)", r.Query)
		}
		b.WriteByte('\n')
		if others := sw.OtherSenses(cards.OtherSensesShown); len(others) > 0 {
			for k, o := range others {
				others[k] = gloss.Render(o, gloss.Simplified)
			}
			also := "also: " + strings.Join(others, " · ")
			if color {
				also = "\x1b[2m" + also + "\x1b[0m"
			}
			fmt.Fprintf(&b, "  %s\n", also)
		}
		for _, s := range wr.Sentences {
			fmt.Fprintf(&b, "  %s\n  %s\n  %s\n", mark(s.ZH, s.Highlight, color), s.Pinyin, s.EN)
			fmt.Fprintf(&b, "    — %s\n", s.Source)
		}
		if n := wr.SentenceCount - len(wr.Sentences); n > 0 {
			fmt.Fprintf(&b, "  … %s more (--limit 0 shows all)\n", text.Plural(n, "sentence"))
		}
	}
	if len(r.More) > 0 {
		var heads []string
		for _, id := range r.More {
			word, _ := cards.SplitID(id)
			heads = append(heads, word)
		}
		fmt.Fprintf(&b, "\n%s more: %s\n", text.Plural(len(r.More), "word"), strings.Join(heads, " "))
	}
	if p := r.Phrase; p != nil && len(p.Sentences) > 0 {
		if len(r.Words) > 0 {
			b.WriteByte('\n')
		}
		printPhrase(&b, p, color)
	}
	w.Write(b.Bytes())
}

// printPhrase prints the sentences a phrase was found in, after the words
// it is made of: "超级智能 = 超级 chāojí super- + 智能 zhìnéng intelligent".
func printPhrase(b *bytes.Buffer, p *lookup.Phrase, color bool) {
	if len(p.Parts) > 1 {
		var pieces []string
		for _, pt := range p.Parts {
			piece := pt.Text
			if pt.ID != "" {
				g, _, _ := strings.Cut(gloss.Render(pt.Gloss, gloss.Simplified), "; ")
				piece += " " + pt.Pinyin + " " + g
			}
			pieces = append(pieces, piece)
		}
		fmt.Fprintf(b, "%s = %s\n", p.Text, strings.Join(pieces, " + "))
	}
	count := text.Plural(p.Count, "sentence")
	if p.More {
		count = fmt.Sprintf("%d+ sentences", p.Count)
	}
	what := p.Text
	if p.By == lookup.ByEnglish {
		what = fmt.Sprintf("%q", p.Text)
	}
	fmt.Fprintf(b, "%s with %s:\n", count, what)
	for _, s := range p.Sentences {
		zh, en := mark(s.ZH, s.Highlight, color), s.EN
		if len(s.HighlightEN) > 0 {
			en = mark(s.EN, s.HighlightEN, color)
		}
		fmt.Fprintf(b, "  %s\n  %s\n  %s\n", zh, s.Pinyin, en)
		fmt.Fprintf(b, "    — %s\n", s.Source)
	}
	if n := p.Count - len(p.Sentences); n > 0 || p.More {
		more := text.Plural(n, "sentence")
		if p.More {
			more = fmt.Sprintf("%d+ sentences", n)
		}
		fmt.Fprintf(b, "  … %s more (--limit 0 shows all)\n", more)
	}
}
