// Package lookup is the lookup job: find a collection's words by hanzi
// (simplified or traditional, else the words containing them), by pinyin in
// any form or by an English word of their meanings, each with the learner's
// own sentences for it; and find a phrase that is no word (超级智能, "arm
// farm", chaoji zhineng) in the learner's sentences, with the words it is
// made of (phrase.go). It reads the collection only: no dictionary, no
// segmenter.
package lookup

import (
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

	"cika/cards"
	"cika/cards/pinyin"
	"cika/srs/store"
	"cika/srs/vocab"
)

// MaxWords bounds the words a lookup shows in full; the IDs of the others
// are listed (Result.More).
const MaxWords = 10

// How a query is read (Find's by): "" guesses from the query.
const (
	ByHanzi   = "hanzi"
	ByPinyin  = "pinyin"
	ByEnglish = "english"
)

// Result is the answer to a lookup; its JSON form is documented in the
// README (`cika lookup --json`).
type Result struct {
	Query string `json:"query"`
	Words []Word `json:"words"`
	// More lists the IDs of further matches not shown in full.
	More []string `json:"more"`
	// Phrase is the query looked up as a phrase in the sentences (English
	// always; hanzi and pinyin when no word is written or read so); nil
	// when it was not, or cannot be one (a single character).
	Phrase *Phrase `json:"phrase,omitempty"`
	// StopWords is true when the query was read as English and every word
	// of it is one the English indexes leave out ("the", "of", a single
	// letter: store.QueryTerms): no word and no sentence could be found by
	// its English, however many sentences hold it, and the learner is
	// owed the reason rather than a bare "no word matches".
	StopWords bool `json:"stop_words,omitempty"`
}

// Found reports whether the lookup found anything: a word or a sentence.
func (r *Result) Found() bool {
	return len(r.Words) > 0 || (r.Phrase != nil && len(r.Phrase.Sentences) > 0)
}

// Word is a word found, with its sentences.
type Word struct {
	vocab.Entry
	By        string     `json:"matched_by"` // hanzi, contains, pinyin, english
	Sentences []Sentence `json:"sentences"`
}

// Sentence is one of the learner's sentences of a word.
type Sentence struct {
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
	// HighlightEN are those, in characters of EN, of the words of an
	// English phrase (Phrase).
	HighlightEN [][2]int `json:"highlight_en,omitempty"`
	// Whole is true, for a phrase's sentence, when the phrase is a word or
	// words there rather than part of one (or, in English, its words come
	// one after the other).
	Whole bool `json:"whole,omitempty"`

	// Source says where the sentence came from, for the text output
	// (corpus.Source.String).
	Source string `json:"-"`
}

// QueryError is a query or a kind of match Find cannot read, with an
// example to follow.
type QueryError struct{ Msg, Hint string }

func (e *QueryError) Error() string { return e.Msg }

// Find looks query up, read as by says ("" guesses: Guess), and returns up
// to MaxWords words in full with up to limit sentences each (0 = all).
func Find(db *store.DB, query, by string, limit int) (*Result, error) {
	if by == "" {
		by = Guess(query)
	}
	// The words found, by ID, and how: a query may match hundreds of
	// words ("time" 669), of which MaxWords are read whole.
	var hits []hit
	addMatches := func(ms []store.Match, err error) error {
		for i := range ms {
			hits = append(hits, hit{id: ms[i].ID(), by: ms[i].By})
		}
		return err
	}
	addEnglish := func() error {
		ids, err := db.LookupEnglishIDs(query)
		hits = slices.Grow(hits, len(ids)) // after the pinyin's, if any
		for _, id := range ids {
			hits = append(hits, hit{id: id, by: ByEnglish})
		}
		return err
	}
	var err error
	switch by {
	case ByHanzi:
		err = addMatches(db.LookupHanzi(query))
	case ByPinyin, pinyinOrEnglish:
		q, ok := pinyin.ParseQuery(query)
		if !ok {
			return nil, &QueryError{Msg: fmt.Sprintf("%q is not pinyin", query), Hint: "write syllables like zhineng, zhi4neng2 or zhìnéng"}
		}
		err = addMatches(db.LookupPinyin(q))
		if err == nil && by == pinyinOrEnglish {
			err = addEnglish()
		}
	case ByEnglish:
		err = addEnglish()
	default:
		return nil, &QueryError{Msg: fmt.Sprintf("--by %s: want hanzi, pinyin or english", by)}
	}
	if err != nil {
		return nil, err
	}
	res := &Result{Query: query, Words: []Word{}, More: []string{}}
	if by == ByEnglish || by == pinyinOrEnglish {
		res.StopWords = len(store.QueryTerms(query)) == 0
	}
	// English matches are distinct words; others may repeat one.
	var seen map[string]bool
	if by != ByEnglish {
		seen = map[string]bool{}
	}
	for _, h := range hits {
		if seen != nil {
			if seen[h.id] {
				continue
			}
			seen[h.id] = true
		}
		if len(res.Words) == MaxWords {
			if len(res.More) == 0 {
				res.More = make([]string, 0, len(hits)-MaxWords)
			}
			res.More = append(res.More, h.id)
			continue
		}
		w, ss, err := db.WordExamples(h.id, limit) // whole: a match has no senses
		if err != nil {
			return nil, err
		}
		wr := Word{Entry: vocab.EntryOf(&w), By: h.by, Sentences: make([]Sentence, len(ss))}
		for i := range ss {
			wr.Sentences[i] = sentenceOf(&ss[i])
			wr.Sentences[i].Highlight = Highlights(ss[i].Parts, h.id)
		}
		res.Words = append(res.Words, wr)
	}
	if !phraseWanted(by, hits) {
		return res, nil
	}
	// Toneless pinyin may be English too: the pinyin phrase, else (only
	// then: each search reads up to MaxFound sentences) the English one.
	for _, as := range phraseReadings(by) {
		p, err := findPhrase(db, query, as, limit)
		if err != nil {
			return nil, err
		}
		if p != nil && (res.Phrase == nil || res.Phrase.Count == 0) {
			res.Phrase = p
		}
		if res.Phrase != nil && res.Phrase.Count > 0 {
			break
		}
	}
	return res, nil
}

// phraseReadings are the ways a query read as by is looked for as a phrase.
func phraseReadings(by string) []string {
	if by == pinyinOrEnglish {
		return []string{ByPinyin, ByEnglish}
	}
	return []string{by}
}

// pinyinOrEnglish reads toneless pinyin that may also be English ("men",
// "fan") both ways.
const pinyinOrEnglish = "pinyin+english"

// hit is a word a query matched, and how (Word.By).
type hit struct{ id, by string }

// Guess decides how to read a query: Chinese characters are hanzi; pinyin
// with tones is pinyin; toneless pinyin may also be English ("men", "fan"),
// and is then read both ways ("pinyin+english").
func Guess(q string) string {
	for _, r := range q {
		if unicode.Is(unicode.Han, r) {
			return ByHanzi
		}
	}
	pq, ok := pinyin.ParseQuery(q)
	switch {
	case !ok:
		return ByEnglish
	case pq.HasTones():
		return ByPinyin
	}
	return pinyinOrEnglish
}

// Highlights are the character spans of the parts that are the word id.
func Highlights(parts []cards.Part, id string) [][2]int {
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
