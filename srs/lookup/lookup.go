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
	"runtime"
	"sync"
	"sync/atomic"
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
	hits, err := matchChinese(db, query, by)
	if err != nil {
		return nil, err
	}
	// Whether the query is looked up as a phrase too depends on these
	// matches only (English ones never stop it). The phrase is searched
	// here, and the words, when there may be some, beside it on a
	// goroutine of their own (wordsAside).
	if !phraseWanted(by, hits) {
		return findWords(db, query, by, hits, limit)
	}
	var words <-chan wordsFound
	if by == ByEnglish || by == pinyinOrEnglish || len(hits) > 0 {
		words = wordsAside(db, query, by, hits, limit)
	}
	p, err := findPhrases(db, query, by, limit)
	res := &Result{Query: query, Words: []Word{}, More: []string{}}
	if words != nil {
		// Waited for even after an error: nothing reads the collection
		// once Find has returned.
		w := <-words
		if err == nil {
			res, err = w.res, w.err
		}
	}
	if err != nil {
		return nil, err
	}
	res.Phrase = p
	return res, nil
}

// matchChinese finds the words query matches by hanzi or pinyin, read as
// by (none for English), in order, a word perhaps more than once.
func matchChinese(db *store.DB, query, by string) ([]hit, error) {
	var ms []store.Match
	var err error
	switch by {
	case ByHanzi:
		ms, err = db.LookupHanzi(query)
	case ByPinyin, pinyinOrEnglish:
		q, ok := pinyin.ParseQuery(query)
		if !ok {
			return nil, &QueryError{Msg: fmt.Sprintf("%q is not pinyin", query), Hint: "write syllables like zhineng, zhi4neng2 or zhìnéng"}
		}
		ms, err = db.LookupPinyin(q)
	case ByEnglish:
	default:
		return nil, &QueryError{Msg: fmt.Sprintf("--by %s: want hanzi, pinyin or english", by)}
	}
	if err != nil {
		return nil, err
	}
	hits := make([]hit, len(ms))
	for i := range ms {
		hits[i] = hit{id: ms[i].ID(), by: ms[i].By}
	}
	return hits, nil
}

// findWords is the Result of a query read as by without its phrase: the
// words of hits and then those matched by English, the first MaxWords
// distinct ones in full with up to limit sentences each, the others'
// IDs (More).
func findWords(db *store.DB, query, by string, hits []hit, limit int) (*Result, error) {
	res := &Result{Query: query, Words: []Word{}, More: []string{}}
	var ids []string
	if by == ByEnglish || by == pinyinOrEnglish {
		// A query may match hundreds of words by English ("time" 669),
		// of which MaxWords are read whole.
		var err error
		if ids, err = db.LookupEnglishIDs(query); err != nil {
			return nil, err
		}
		res.StopWords = len(store.QueryTerms(query)) == 0
	}
	var shown []hit
	add := func(h hit) {
		if len(shown) < MaxWords {
			shown = append(shown, h)
			return
		}
		if len(res.More) == 0 {
			res.More = make([]string, 0, len(hits)+len(ids)-MaxWords)
		}
		res.More = append(res.More, h.id)
	}
	// hits may repeat a word, and an English match be one of them; the
	// English matches are distinct words, so only hits' are remembered,
	// not the hundreds of the others (a map of "time"'s 669 IDs was 40 KB
	// of fresh memory).
	seen := make(map[string]bool, len(hits))
	for _, h := range hits {
		if !seen[h.id] {
			seen[h.id] = true
			add(h)
		}
	}
	for _, id := range ids {
		if !seen[id] {
			add(hit{id: id, by: ByEnglish})
		}
	}
	res.Words = make([]Word, len(shown))
	if err := readWords(db, shown, res.Words, limit); err != nil {
		return nil, err
	}
	return res, nil
}

// readWords reads the words of hits into ws, each with up to limit
// sentences (0 = all), on as many cores as there are: each word is a read
// transaction of its own, a few dozen pages (~0.4 ms of `lookup time` on a
// million sentences), and ten are read one after the other otherwise. The
// first error in the order of hits is returned.
func readWords(db *store.DB, hits []hit, ws []Word, limit int) error {
	errs := make([]error, len(hits))
	var next atomic.Int32
	work := func() {
		for {
			i := int(next.Add(1)) - 1
			if i >= len(hits) {
				return
			}
			ws[i], errs[i] = readWord(db, hits[i], limit)
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(hits)) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// readWord reads the word h found, with up to limit sentences (0 = all).
func readWord(db *store.DB, h hit, limit int) (Word, error) {
	w, ss, err := db.WordExamples(h.id, limit) // whole: a match has no senses
	if err != nil {
		return Word{}, err
	}
	wr := Word{Entry: vocab.EntryOf(&w), By: h.by, Sentences: make([]Sentence, len(ss))}
	for i := range ss {
		wr.Sentences[i] = sentenceOf(&ss[i])
		wr.Sentences[i].Highlight = Highlights(ss[i].Parts, h.id)
	}
	return wr, nil
}

// wordsFound is what wordsAside sends: findWords' result, or why not.
type wordsFound struct {
	res *Result
	err error
}

// wordsAside is findWords on a goroutine of its own, beside the phrase
// search: the two read about as much (`lookup time` on a million
// sentences: the English matches and the words 20 % of the process, the
// phrase 15 %), and on two cores take the time of the longer. The phrase
// stays on the caller's goroutine, whose stack has grown already: a
// search that no words go with (超级智能, whose words are no query's
// matches) costs no more than before.
func wordsAside(db *store.DB, query, by string, hits []hit, limit int) <-chan wordsFound {
	ch := make(chan wordsFound, 1)
	go func() {
		res, err := findWords(db, query, by, hits, limit)
		ch <- wordsFound{res, err}
	}()
	return ch
}

// findPhrases looks query up as a phrase, read as by. Toneless pinyin may
// be English too: the pinyin phrase, else (only then: each search reads up
// to MaxFound sentences) the English one.
func findPhrases(db *store.DB, query, by string, limit int) (*Phrase, error) {
	var found *Phrase
	for _, as := range phraseReadings(by) {
		p, err := findPhrase(db, query, as, limit)
		if err != nil {
			return nil, err
		}
		if p != nil && (found == nil || found.Count == 0) {
			found = p
		}
		if found != nil && found.Count > 0 {
			break
		}
	}
	return found, nil
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
