package lookup

import (
	"slices"
	"unicode"

	"cika/cards"
	"cika/cards/corpus"
	"cika/cards/pinyin"
	"cika/srs/store"
)

// MaxFound bounds the sentences a phrase search reads: the first MaxFound
// found, in the order mined, are ranked, and the count says "at least"
// (Phrase.More). Reading a sentence is most of a search's cost: 超级智能
// is in 68,010 of a generated million (BenchmarkFindBig), 1,000 of them
// read took 150 ms, 200 take 20.
const MaxFound = 200

// spellings bounds the ways a pinyin phrase is written in hanzi and looked
// for (SpellPinyin).
const spellings = 6

// Phrase is the answer to a query read as a phrase: the sentences holding
// it, ranked, and for Chinese the words it is made of.
type Phrase struct {
	// Text is what was looked for: the query in simplified characters, the
	// hanzi a pinyin query spells, or the English query.
	Text string `json:"text"`
	By   string `json:"matched_by"` // hanzi, pinyin or english
	// Parts are the words of a Chinese phrase, with their pinyin and gloss
	// (empty for English).
	Parts []Part `json:"parts"`
	// Count is how many sentences hold the phrase; with More, how many
	// were read before the search stopped (MaxFound).
	Count     int        `json:"count"`
	More      bool       `json:"more"`
	Sentences []Sentence `json:"sentences"`
}

// Part is one word of a phrase; ID, Reading, Pinyin and Gloss are empty for
// a character that is no word of the collection.
type Part struct {
	Text    string `json:"text"`
	ID      string `json:"id,omitempty"`
	Reading string `json:"reading,omitempty"`
	Pinyin  string `json:"pinyin,omitempty"`
	Gloss   string `json:"gloss,omitempty"`
}

// hanCount counts the Chinese characters of s.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

// findPhrase looks query up as a phrase read as by (hanzi, pinyin,
// english); nil when it cannot be one (a single character, pinyin no words
// spell).
func findPhrase(db *store.DB, query, by string, limit int) (*Phrase, error) {
	switch by {
	case ByHanzi:
		if hanCount(query) < 2 {
			return nil, nil
		}
		pieces, err := db.Segment(query)
		if err != nil {
			return nil, err
		}
		text := store.Simplified(pieces)
		texts := []string{text}
		if text != query {
			texts = append(texts, query) // characters no word maps
		}
		s, err := db.SearchChinese(texts, MaxFound)
		if err != nil {
			return nil, err
		}
		return phraseOf(db, text, ByHanzi, pieces, s, limit)
	case ByPinyin:
		q, ok := pinyin.ParseQuery(query)
		if !ok || len(q.Syllables) < 2 {
			return nil, nil
		}
		spelt, err := db.SpellPinyin(q, spellings)
		if err != nil || len(spelt) == 0 {
			return nil, err
		}
		// Each spelling on its own, so that the parts shown are those of
		// the sentences found; the one found most often first.
		var best []store.Piece
		var bestFound store.Search
		for _, pieces := range spelt {
			text := store.Simplified(pieces)
			if hanCount(text) < 2 {
				continue
			}
			s, err := db.SearchChinese([]string{text}, MaxFound)
			if err != nil {
				return nil, err
			}
			if best == nil || len(s.Found) > len(bestFound.Found) {
				best, bestFound = pieces, s
			}
		}
		if best == nil {
			return nil, nil
		}
		return phraseOf(db, store.Simplified(best), ByPinyin, best, bestFound, limit)
	case ByEnglish:
		if len(store.QueryTerms(query)) == 0 {
			return nil, nil
		}
		s, err := db.SearchEnglish(query, MaxFound)
		if err != nil {
			return nil, err
		}
		return phraseOf(db, query, ByEnglish, nil, s, limit)
	}
	return nil, nil
}

// phraseOf ranks what a search found and keeps the first limit sentences
// (0 = all): the phrase as a whole word before the phrase inside a word
// (or, in English, its words apart), then the easiest sentences: the
// shortest, each word the learner does not know yet counting as three
// characters more. Only the sentences kept are read.
func phraseOf(db *store.DB, text, by string, pieces []store.Piece, s store.Search, limit int) (*Phrase, error) {
	p := &Phrase{Text: text, By: by, Parts: []Part{}, Count: len(s.Found), More: s.More, Sentences: []Sentence{}}
	for _, pc := range pieces {
		part := Part{Text: pc.Text}
		if w := pc.Word; w != nil {
			part.ID, part.Reading, part.Pinyin, part.Gloss = w.ID(), w.Reading, cards.Pinyin(w.Reading), w.Gloss
		}
		p.Parts = append(p.Parts, part)
	}
	// Ranked by index, each sentence's cost computed once.
	order := make([]int, len(s.Found))
	cost := make([]int, len(s.Found))
	for i := range s.Found {
		f := &s.Found[i]
		order[i], cost[i] = i, f.Runes+3*f.Unknown
		if !f.Whole {
			cost[i] += 1 << 30
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cost[a] - cost[b] })
	if limit > 0 && len(order) > limit {
		order = order[:limit]
	}
	keys := make([]store.PairKey, len(order))
	for n, i := range order {
		keys[n] = s.Found[i].Key
	}
	n := 0
	err := db.FoundSentences(keys, func(st store.Sentence) error {
		// Sentences skips a pending document's sentences, and searches
		// never find those; matched by key all the same.
		for keys[n] != st.Key {
			n++
		}
		f := &s.Found[order[n]]
		n++
		sr := sentenceOf(&st)
		sr.Whole = f.Whole
		if by == ByEnglish {
			sr.HighlightEN = f.Spans
		} else {
			sr.Highlight = f.Spans
		}
		p.Sentences = append(p.Sentences, sr)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// sentenceOf is a stored sentence as shown, without highlights.
func sentenceOf(s *store.Sentence) Sentence {
	sr := Sentence{Key: s.Key.String(), ZH: s.ZH, EN: s.EN,
		Pinyin: cards.SentencePinyin(s.Parts), Doc: s.Doc, Line: s.Line, Speaker: s.Speaker,
		Attribution: s.Attribution, Highlight: [][2]int{}, Source: s.Source.String()}
	if s.Cue != 0 {
		sr.Cue, sr.Start, sr.End = s.Cue, corpus.CueTime(s.Start), corpus.CueTime(s.End)
	}
	return sr
}

// phraseWanted says whether a query read as by, whose word matches are
// hits, is also looked up as a phrase: English always (sentences by their
// English are another thing than words by their glosses); hanzi and pinyin
// when no word is written or read so.
func phraseWanted(by string, hits []hit) bool {
	if by == ByEnglish {
		return true
	}
	for _, h := range hits {
		if h.by == ByHanzi || h.by == ByPinyin {
			return false
		}
	}
	return true
}
