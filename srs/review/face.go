package review

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"cika/cards"
	"cika/cards/gloss"
	"cika/cards/pinyin"
)

// What a card shows, shared by the full-screen and the plain renderers.
//
// Recognition: front = the word (and its traditional form); back = its
// reading, its meaning, the sentence with the word highlighted, the
// sentence's pinyin, the translation and the source.
// Recall: front = the meaning, the sentence with the word blanked and the
// translation; back = the word and its reading, then the same as
// recognition.

// Segment is a run of a sentence: the card's word (Target), the same
// characters inside another word (Same: 客户 in 客户端, which a Recall front
// blanks too, or it would give the answer away), or the text around them.
type Segment struct {
	Text   string
	Target bool
	Same   bool
}

// Segments splits the item's sentence into the card's word and the rest;
// nil when there is no sentence.
func (it *Item) Segments() []Segment {
	if it.Sentence == nil {
		return nil
	}
	id := it.Word.ID()
	var segs []Segment
	add := func(text string) {
		if n := len(segs); n > 0 && !segs[n-1].Target && !segs[n-1].Same {
			segs[n-1].Text += text
			return
		}
		segs = append(segs, Segment{Text: text})
	}
	for _, p := range it.Sentence.Parts {
		if p.ID() == id {
			segs = append(segs, Segment{Text: p.Text, Target: true})
			continue
		}
		text := p.Text
		for text != "" {
			at, w := -1, ""
			for _, c := range []string{it.Word.Word, it.Word.Trad} {
				if c == "" {
					continue
				}
				if i := strings.Index(text, c); i >= 0 && (at < 0 || i < at) {
					at, w = i, c
				}
			}
			if at < 0 {
				add(text)
				break
			}
			if at > 0 {
				add(text[:at])
			}
			segs = append(segs, Segment{Text: w, Same: true})
			text = text[at+len(w):]
		}
	}
	if len(segs) == 0 { // a sentence stored without its analysis
		segs = []Segment{{Text: it.Sentence.ZH}}
	}
	return segs
}

// clause is the byte range of the sentence a front shows (cards.Clause);
// false when the sentence has no occurrence of the word.
func clause(segs []Segment) (a, b int, ok bool) {
	var zh strings.Builder
	start, end := -1, -1
	for _, s := range segs {
		if s.Target && start < 0 {
			start, end = zh.Len(), zh.Len()+len(s.Text)
		}
		zh.WriteString(s.Text)
	}
	if start < 0 {
		return 0, zh.Len(), false
	}
	a, b = cards.Clause(zh.String(), start, end)
	return a, b, true
}

// FrontPinyinWords are the PinyinWords of the clause FrontSegments shows:
// what a screen too small for a long sentence shows on the back too.
func (it *Item) FrontPinyinWords() []PinyinWord {
	words := it.PinyinWords()
	a, b, ok := clause(it.Segments())
	if !ok {
		return words
	}
	var out []PinyinWord
	for _, w := range words {
		if w.start >= a && w.end <= b {
			if len(out) == 0 {
				w.Space = false
			}
			out = append(out, w)
		}
	}
	return out
}

// FrontSegments are the segments a Recall front shows: of a long sentence,
// only the clause around the word (cards.Clause); the back shows them all.
func (it *Item) FrontSegments() []Segment {
	segs := it.Segments()
	a, b, ok := clause(segs)
	if !ok {
		return segs
	}
	var out []Segment
	at := 0
	for _, s := range segs {
		from, to := at, at+len(s.Text)
		at = to
		if to <= a || from >= b {
			continue
		}
		if !s.Target && !s.Same { // cut plain text at the clause's edges
			s.Text = s.Text[max(a, from)-from : min(b, to)-from]
		}
		out = append(out, s)
	}
	return out
}

// Gloss is the sense the card shows, whole, CC-CEDICT's notation written
// for people (package gloss).
func (it *Item) Gloss() string { return gloss.Render(it.Word.CardGloss(), gloss.Simplified) }

// OtherSenses are the word's other main senses, written for people: the
// card shows them after the gloss, set apart.
func (it *Item) OtherSenses() []string {
	out := it.Word.OtherSenses(cards.OtherSensesShown)
	for i, s := range out {
		out[i] = gloss.Render(s, gloss.Simplified)
	}
	return out
}

// PinyinWord is one word of the sentence's pinyin: its syllables (or, for
// punctuation and other text, Text), whether a space goes before it, and
// whether it is the card's word.
type PinyinWord struct {
	Syllables []Syllable
	Text      string
	Space     bool
	Target    bool

	start, end int // the part's bytes in the sentence
}

// PinyinWords are the sentence's pinyin word by word, for colouring by
// tone; nil when there is no sentence.
func (it *Item) PinyinWords() []PinyinWord {
	if it.Sentence == nil {
		return nil
	}
	parts := it.Sentence.Parts
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = p.Text
	}
	id := it.Word.ID()
	var out []PinyinWord
	at := 0
	for i, space := range pinyin.Spaces(texts) {
		p := parts[i]
		w := PinyinWord{Space: space, Target: p.ID() == id, start: at, end: at + len(p.Text)}
		at = w.end
		if p.Reading != "" {
			w.Syllables = syllables(p.Reading)
		} else if w.Text = pinyin.Punctuation(p.Text); w.Text == "" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// Blank is what stands for the word in a recall card's sentence: a
// full-width low line per character.
func Blank(word string) string { return strings.Repeat("＿", utf8.RuneCountInString(word)) }

// SentencePinyin is the pinyin of the item's sentence ("" when none).
func (it *Item) SentencePinyin() string {
	if it.Sentence == nil {
		return ""
	}
	return cards.SentencePinyin(it.Sentence.Parts)
}

// English is the translation of the item's sentence ("" when none).
func (it *Item) English() string {
	if it.Sentence == nil {
		return ""
	}
	return it.Sentence.EN
}

// Source says where the sentence came from: "podcast.txt:17, Speaker 0",
// "film.srt #12 00:01:02" for a subtitle cue.
func (it *Item) Source() string {
	s := it.Sentence
	if s == nil {
		if it.Word.First.Doc == "" {
			return ""
		}
		return fmt.Sprintf("%s:%d", it.Word.First.Doc, it.Word.First.Line)
	}
	src := fmt.Sprintf("%s:%d", s.Doc, s.Line)
	if s.Cue != 0 { // a subtitle: the cue and when it is said
		src = fmt.Sprintf("%s #%d %s", s.Doc, s.Cue, cueTime(s.Start))
	}
	if s.Speaker != "" {
		src += ", " + s.Speaker
	}
	return src
}

// Headword is the word with its traditional form when it differs:
// "银行（銀行）".
func (it *Item) Headword() string {
	if it.Word.Trad != "" && it.Word.Trad != it.Word.Word {
		return it.Word.Word + "（" + it.Word.Trad + "）"
	}
	return it.Word.Word
}

// Syllable is one syllable of a reading, tone-marked, with its tone (1-4,
// 5 for the neutral tone, 0 when unknown).
type Syllable struct {
	Text string
	Tone int
}

// Syllables are the word's reading as it is printed, one syllable at a time
// (an apostrophe before a syllable starting with a, o or e, as in xī'ān).
func (it *Item) Syllables() []Syllable { return syllables(it.Word.Reading) }

func syllables(reading string) []Syllable {
	var out []Syllable
	for i, syl := range strings.Fields(reading) {
		_, tone := pinyin.Split(syl)
		m := pinyin.MarkSyllable(syl)
		if r, _ := utf8.DecodeRuneInString(m); i > 0 && strings.ContainsRune("aoeāáǎàōóǒòēéěèAOE", r) {
			m = "'" + m
		}
		out = append(out, Syllable{Text: m, Tone: tone})
	}
	return out
}

// Reading is the word's reading with tone marks ("yínháng").
func (it *Item) Reading() string { return cards.Pinyin(it.Word.Reading) }

// cueTime writes when a cue is said, to the second: "00:01:02".
func cueTime(d time.Duration) string {
	sec := max(int64(d/time.Second), 0)
	return fmt.Sprintf("%02d:%02d:%02d", sec/3600, sec/60%60, sec%60)
}
