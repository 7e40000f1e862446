package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/cards/corpus"
	"cika/cards/gloss"
	"cika/cards/pinyin"
	"cika/srs/store"
)

// lookupCommand is `cika lookup`: find words by hanzi, pinyin or English and
// show the learner's own sentences for them. It reads the collection only:
// no dictionary, no segmenter.
func lookupCommand() *cli.Command {
	return &cli.Command{
		Name:      "lookup",
		Usage:     "find a word by 汉字, pinyin or English and show your sentences with it",
		ArgsUsage: "QUERY",
		Description: "QUERY is matched against the words of your collection:\n" +
			"  汉字     the word written so (simplified or traditional), else words containing it\n" +
			"  pinyin   with or without tones: zhineng, zhi neng, zhi4neng2, zhìnéng\n" +
			"  English  a word of its meanings: bank, banks, intelligent\n" +
			"Toneless pinyin that is also an English word (\"men\", \"fan\") shows both.\n" +
			"Each sentence is printed with the word highlighted, its pinyin, the English,\n" +
			"and where it came from: file:line and speaker, or a subtitle's cue number\n" +
			"and times, or the credit a Tatoeba pair carries.\n\n" +
			"The exit status is grep's: 0 when a word was found, 1 when none was,\n" +
			"2 on an error (the message on stderr).\n\n" +
			"Examples:\n" +
			"  cika lookup 智能\n" +
			"  cika lookup zhi4neng2\n" +
			"  cika lookup intelligent --limit 1\n" +
			"  cika lookup 银行 --json | jq '.words[0].sentences[].en'",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "limit", Value: 5, Usage: "sentences shown per word (0 = all)"},
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
			res, err := lookup(db, query, c.String("by"), c.Int("limit"))
			if err != nil {
				return err
			}
			if c.Bool("json") {
				if err := writeJSON(c.App.Writer, res); err != nil || len(res.Words) > 0 {
					return err
				}
				return statusError{status: 1}
			}
			res.print(c.App.Writer, useColor(c.App.Writer))
			if len(res.Words) == 0 {
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

// maxLookupWords bounds the words a lookup shows in full.
const maxLookupWords = 10

// lookupResult is the answer to a lookup; its JSON form is documented in the
// README.
type lookupResult struct {
	Query string       `json:"query"`
	Words []wordResult `json:"words"`
	// More lists the IDs of further matches not shown in full.
	More []string `json:"more"`
}

type wordResult struct {
	wordJSON
	By        string           `json:"matched_by"` // hanzi, contains, pinyin, english
	Sentences []sentenceResult `json:"sentences"`
}

type sentenceResult struct {
	Key     string `json:"key"` // "doc:pos", the pair's identity
	ZH      string `json:"zh"`
	EN      string `json:"en"`
	Pinyin  string `json:"pinyin"`
	Doc     string `json:"doc"`
	Line    int    `json:"line"`
	Speaker string `json:"speaker,omitempty"`
	// Cue is a subtitle cue's number, Start and End its times as
	// "HH:MM:SS.mmm"; all three are omitted for formats without cues.
	Cue   int    `json:"cue,omitempty"`
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// Attribution credits the pair's authors (a Tatoeba pair's contributors).
	Attribution string `json:"attribution,omitempty"`
	// Highlight are the [start, end) offsets, in characters of ZH, where the
	// word occurs.
	Highlight [][2]int `json:"highlight"`

	source string // provenance, for the text output
}

func lookup(db *store.DB, query, by string, limit int) (*lookupResult, error) {
	if by == "" {
		by = guessBy(query)
	}
	var ms []store.Match
	add := func(found []store.Match, err error) error {
		ms = append(ms, found...)
		return err
	}
	var err error
	switch by {
	case "hanzi":
		err = add(db.LookupHanzi(query))
	case "pinyin", "pinyin+english":
		q, ok := pinyin.ParseQuery(query)
		if !ok {
			return nil, usageError{msg: fmt.Sprintf("%q is not pinyin", query), hint: "write syllables like zhineng, zhi4neng2 or zhìnéng"}
		}
		err = add(db.LookupPinyin(q))
		if err == nil && by == "pinyin+english" {
			err = add(db.LookupEnglish(query))
		}
	case "english":
		err = add(db.LookupEnglish(query))
	default:
		return nil, usageError{msg: fmt.Sprintf("--by %s: want hanzi, pinyin or english", by)}
	}
	if err != nil {
		return nil, err
	}
	res := &lookupResult{Query: query, Words: []wordResult{}, More: []string{}}
	seen := map[string]bool{}
	for _, m := range ms {
		id := m.ID()
		if seen[id] {
			continue
		}
		seen[id] = true
		if len(res.Words) == maxLookupWords {
			res.More = append(res.More, id)
			continue
		}
		ss, err := db.Examples(id, limit)
		if err != nil {
			return nil, err
		}
		wr := wordResult{wordJSON: toWordJSON(&m.Word), By: m.By, Sentences: make([]sentenceResult, len(ss))}
		for i, s := range ss {
			wr.Sentences[i] = sentenceResult{Key: s.Key.String(), ZH: s.ZH, EN: s.EN,
				Pinyin: cards.SentencePinyin(s.Parts), Doc: s.Doc, Line: s.Line, Speaker: s.Speaker,
				Attribution: s.Attribution, Highlight: highlights(s.Parts, id), source: provenance(s.Source)}
			if s.Cue != 0 {
				sr := &wr.Sentences[i]
				sr.Cue, sr.Start, sr.End = s.Cue, cueTime(s.Start), cueTime(s.End)
			}
		}
		res.Words = append(res.Words, wr)
	}
	return res, nil
}

// cueTime writes a cue time as "00:01:02.500" (hours, minutes, seconds,
// milliseconds; WebVTT's form, with SRT's comma the text output's).
func cueTime(d time.Duration) string {
	ms := d.Milliseconds()
	if ms < 0 {
		ms = 0
	}
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}

// provenance says where a sentence came from: "podcast.txt:17, Speaker 0"
// for a transcript, "film.srt #12 00:01:02,500–00:01:04,000" for a subtitle
// cue, "cmn.txt:3 (CC-BY 2.0 (France) Attribution: …)" for an attributed
// pair. lookup prints it and the Anki export's Source field holds it.
func provenance(src corpus.Source) string {
	out := fmt.Sprintf("%s:%d", src.Doc, src.Line)
	if src.Cue != 0 {
		out = fmt.Sprintf("%s #%d %s–%s", src.Doc, src.Cue,
			strings.ReplaceAll(cueTime(src.Start), ".", ","), strings.ReplaceAll(cueTime(src.End), ".", ","))
	}
	if src.Speaker != "" {
		out += ", " + src.Speaker
	}
	if src.Attribution != "" {
		out += " (" + src.Attribution + ")"
	}
	return out
}

// guessBy decides how to read a query: Chinese characters are hanzi; pinyin
// with tones is pinyin; toneless pinyin may also be English ("men", "fan").
func guessBy(q string) string {
	for _, r := range q {
		if unicode.Is(unicode.Han, r) {
			return "hanzi"
		}
	}
	pq, ok := pinyin.ParseQuery(q)
	switch {
	case !ok:
		return "english"
	case pq.HasTones():
		return "pinyin"
	}
	return "pinyin+english"
}

// highlights are the character spans of the parts that are the word id.
func highlights(parts []cards.Part, id string) [][2]int {
	spans := [][2]int{}
	at := 0
	for _, p := range parts {
		n := utf8.RuneCountInString(p.Text)
		if p.ID() == id {
			spans = append(spans, [2]int{at, at + n})
		}
		at += n
	}
	return spans
}

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

func (r *lookupResult) print(w io.Writer, color bool) {
	var b bytes.Buffer
	if len(r.Words) == 0 {
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
		fmt.Fprintf(&b, "  · %s", plural(wr.SentenceCount, "sentence"))
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
			fmt.Fprintf(&b, "    — %s\n", s.source)
		}
		if n := wr.SentenceCount - len(wr.Sentences); n > 0 {
			fmt.Fprintf(&b, "  … %s more (--limit 0 shows all)\n", plural(n, "sentence"))
		}
	}
	if len(r.More) > 0 {
		var heads []string
		for _, id := range r.More {
			word, _ := cards.SplitID(id)
			heads = append(heads, word)
		}
		fmt.Fprintf(&b, "\n%s more: %s\n", plural(len(r.More), "word"), strings.Join(heads, " "))
	}
	w.Write(b.Bytes())
}
