package lookup

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"cika/cards"
	"cika/cards/gloss"
	"cika/cards/text"
)

// WriteText prints r as `cika lookup` does: each word with its pinyin, the
// sense in context and the others faint, then its sentences with the word
// highlighted (bold yellow when color, 【】 otherwise), pinyin, English and
// where each came from; the IDs of the words not shown; then the phrase's
// sentences. When nothing was found it says so.
//
// It writes through a buffer of its own size: what `lookup time` prints
// (ten words, 659 more) grew a whole-output buffer to 32 KB, a page fault
// for each fresh 4 KiB.
func WriteText(w io.Writer, r *Result, color bool) error {
	b := bufio.NewWriterSize(w, 8<<10)
	switch {
	case r.Found():
	case r.Phrase != nil:
		fmt.Fprintf(b, "no word in the collection matches %q, nor any sentence\n", r.Query)
	default:
		fmt.Fprintf(b, "no word in the collection matches %q\n", r.Query)
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
		fmt.Fprintf(b, "%s  %s  %s", head, wr.Pinyin, gloss.Render(sw.CardGloss(), gloss.Simplified))
		if wr.Name {
			b.WriteString("  [name]")
		}
		fmt.Fprintf(b, "  · %s", text.Plural(wr.SentenceCount, "sentence"))
		if wr.By == "contains" {
			fmt.Fprintf(b, "  (contains %s)", r.Query)
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
			fmt.Fprintf(b, "  %s\n", also)
		}
		for _, s := range wr.Sentences {
			fmt.Fprintf(b, "  %s\n  %s\n  %s\n", Mark(s.ZH, s.Highlight, color), s.Pinyin, s.EN)
			fmt.Fprintf(b, "    — %s\n", s.Source)
		}
		if n := wr.SentenceCount - len(wr.Sentences); n > 0 {
			fmt.Fprintf(b, "  … %s more (--limit 0 shows all)\n", text.Plural(n, "sentence"))
		}
	}
	if len(r.More) > 0 {
		var heads []string
		for _, id := range r.More {
			word, _ := cards.SplitID(id)
			heads = append(heads, word)
		}
		fmt.Fprintf(b, "\n%s more: %s\n", text.Plural(len(r.More), "word"), strings.Join(heads, " "))
	}
	if p := r.Phrase; p != nil && len(p.Sentences) > 0 {
		if len(r.Words) > 0 {
			b.WriteByte('\n')
		}
		writePhrase(b, p, color)
	}
	return b.Flush()
}

// writePhrase prints the sentences a phrase was found in, after the words
// it is made of: "超级智能 = 超级 chāojí super- + 智能 zhìnéng intelligent".
func writePhrase(b *bufio.Writer, p *Phrase, color bool) {
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
	if p.By == ByEnglish {
		what = fmt.Sprintf("%q", p.Text)
	}
	fmt.Fprintf(b, "%s with %s:\n", count, what)
	for _, s := range p.Sentences {
		zh, en := Mark(s.ZH, s.Highlight, color), s.EN
		if len(s.HighlightEN) > 0 {
			en = Mark(s.EN, s.HighlightEN, color)
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

// Mark wraps the spans of s (in characters, as Highlight gives them) in the
// highlight: bold yellow when color, 【】 otherwise. Spans that overlap an
// earlier one or run past the end are left out.
func Mark(s string, spans [][2]int, color bool) string {
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
