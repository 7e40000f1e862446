package review

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"cika/cards"
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

// Segment is a run of a sentence: the card's word (Target) or the text
// around it.
type Segment struct {
	Text   string
	Target bool
}

// Segments splits the item's sentence into the card's word and the rest;
// nil when there is no sentence.
func (it *Item) Segments() []Segment {
	if it.Sentence == nil {
		return nil
	}
	id := it.Word.ID()
	var segs []Segment
	for _, p := range it.Sentence.Parts {
		t := p.ID() == id
		if n := len(segs); n > 0 && segs[n-1].Target == t && !t {
			segs[n-1].Text += p.Text
			continue
		}
		segs = append(segs, Segment{Text: p.Text, Target: t})
	}
	if len(segs) == 0 { // a sentence stored without its analysis
		segs = []Segment{{Text: it.Sentence.ZH}}
	}
	return segs
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

// Source says where the sentence came from: "podcast.txt:17, Speaker 0".
func (it *Item) Source() string {
	s := it.Sentence
	if s == nil {
		if it.Word.First.Doc == "" {
			return ""
		}
		return fmt.Sprintf("%s:%d", it.Word.First.Doc, it.Word.First.Line)
	}
	src := fmt.Sprintf("%s:%d", s.Doc, s.Line)
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
func (it *Item) Syllables() []Syllable {
	var out []Syllable
	for i, syl := range strings.Fields(it.Word.Reading) {
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
