package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/corpus"
	"cika/cards/pinyin"
)

// The sentence index (sentindex.go) finds the sentences that hold a pair of
// Chinese characters or an English term, so that a phrase that is no word
// of the collection (超级智能, "arm farm") is found without reading every
// sentence; this file reads it.
//
// Its terms are the Han bigrams of a sentence written in simplified
// characters (sentenceText: a traditional sentence is indexed under its
// words' simplified forms) and the stems of the words of its English side
// (stem, as the word index's English terms).

// sentenceText is s's Chinese side in simplified characters, character for
// character: each part written as its word when the word has as many
// characters as the text (銀行 → 银行), as written otherwise. Offsets in it
// are offsets in s.ZH. Without parts that give ZH, ZH itself; ZH itself too,
// with nothing written, when the parts spell ZH and none is rewritten (a
// simplified sentence: most of those a search reads).
func sentenceText(s *cards.Sentence) string {
	if !partsGiveZH(s) {
		return s.ZH
	}
	same, at := true, 0
	for i := range s.Parts {
		p := &s.Parts[i]
		if simplifiedPart(p) != p.Text || !strings.HasPrefix(s.ZH[at:], p.Text) {
			same = false
			break
		}
		at += len(p.Text)
	}
	if same && at == len(s.ZH) {
		return s.ZH
	}
	var b strings.Builder
	b.Grow(len(s.ZH))
	for i := range s.Parts {
		b.WriteString(simplifiedPart(&s.Parts[i]))
	}
	return b.String()
}

// partsGiveZH reports whether s's parts have as many characters as ZH, so
// that sentenceText may be written from them.
func partsGiveZH(s *cards.Sentence) bool {
	if len(s.Parts) == 0 {
		return false
	}
	if partsSpellZH(s) {
		// (Most sentences: the analysis cuts its parts from ZH. The
		// count decoded every character twice, for every sentence
		// stored and every sentence a search reads.)
		return true
	}
	n := 0
	for i := range s.Parts {
		n += utf8.RuneCountInString(s.Parts[i].Text)
	}
	return n == utf8.RuneCountInString(s.ZH)
}

// partsSpellZH reports whether s's parts, one after the other, are ZH
// byte for byte (then they have as many characters).
func partsSpellZH(s *cards.Sentence) bool {
	zh := s.ZH
	for i := range s.Parts {
		t := s.Parts[i].Text
		if !strings.HasPrefix(zh, t) {
			return false
		}
		zh = zh[len(t):]
	}
	return zh == ""
}

// simplifiedPart is a part as sentenceText writes it.
func simplifiedPart(p *cards.Part) string {
	if p.Word != "" && p.Word != p.Text && utf8.RuneCountInString(p.Word) == utf8.RuneCountInString(p.Text) {
		return p.Word
	}
	return p.Text
}

// bigrams are the pairs of adjacent Chinese characters in text, in order,
// repeats included: the index terms of Chinese text.
func bigrams(text string) []string {
	var out []string
	prev, prevAt := rune(0), -1
	for i, r := range text {
		if corpus.IsHan(r) && prevAt >= 0 && corpus.IsHan(prev) {
			out = append(out, text[prevAt:i+utf8.RuneLen(r)])
		}
		prev, prevAt = r, i
	}
	return out
}

// eachBigram calls fn with each pair of adjacent Chinese characters of
// sentenceText(s), without writing it.
func eachBigram(s *cards.Sentence, fn func(a, b rune)) {
	prev := rune(0)
	step := func(text string) {
		for _, r := range text {
			if corpus.IsHan(r) {
				if prev != 0 {
					fn(prev, r)
				}
				prev = r
			} else {
				prev = 0
			}
		}
	}
	if !partsGiveZH(s) {
		step(s.ZH)
		return
	}
	for i := range s.Parts {
		step(simplifiedPart(&s.Parts[i]))
	}
}

// eachEnglishTerm calls fn with the index term (stem) of each word of
// English text, repeats included.
func eachEnglishTerm(text string, fn func(string)) {
	eachEnglishWord(text, func(w string) {
		if t := stem(lowerWord(w)); t != "" {
			fn(t)
		}
	})
}

// eachEnglishWord calls fn with each word of English text as written (its
// letters of Latin-1 and apostrophes), the words eachEnglishTerm stems.
func eachEnglishWord(text string, fn func(string)) {
	start := -1
	for i, r := range text {
		if r <= unicode.MaxLatin1 && unicode.IsLetter(r) || r == '\'' {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			fn(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fn(text[start:])
	}
}

// termCache remembers the index terms of the English words stored lately,
// by the word as written: a corpus says the same few thousand words again
// and again, and lowering, trimming and stemming each of them again in
// every sentence stored was a sixth of the store goroutine's index work
// (0.33 s of a 31.6 s million-pair profile).
type termCache map[string]string

// termCacheMax bounds a termCache: past it, the cache starts again.
const termCacheMax = 1 << 14

// term returns stem(lowerWord(w)), "" for a word that is no term.
func (c *termCache) term(w string) string {
	if t, ok := (*c)[w]; ok {
		return t
	}
	t := stem(lowerWord(w))
	if *c == nil || len(*c) >= termCacheMax {
		*c = make(termCache, 1024)
	}
	// (Both are pieces of a sentence's English, which the cache must not
	// keep.)
	t = strings.Clone(t)
	(*c)[strings.Clone(w)] = t
	return t
}

// sentenceTerms are the distinct index terms of a sentence, sorted.
func sentenceTerms(s *cards.Sentence) []string {
	var terms []string
	eachBigram(s, func(a, b rune) { terms = append(terms, string([]rune{a, b})) })
	eachEnglishTerm(s.EN, func(t string) { terms = append(terms, t) })
	slices.Sort(terms)
	return slices.Compact(terms)
}

// Found is a sentence found by its text: what ranking it takes, without
// the sentence itself (Sentences reads those shown: a found sentence stays
// in the collection, as only a pending document's pairs are ever removed
// and searches skip those). Reading a found
// sentence whole, with its document's name, is most of a search's cost;
// a search ranks 200 and shows 5.
type Found struct {
	Key PairKey
	// Runes is the length of the sentence's ZH in characters.
	Runes int
	// Spans are the [start, end) character offsets of the phrase in ZH
	// (Chinese) or in EN (English).
	Spans [][2]int
	// Whole is true when the phrase is a whole word or words: in Chinese,
	// it starts and ends where the sentence's words do; in English, its
	// terms are the sentence's, one after the other.
	Whole bool
	// Unknown counts the sentence's words (other than the phrase's) the
	// learner neither knows nor is learning (Familiar).
	Unknown int
}

// Search is the outcome of a sentence search: up to max sentences in the
// order mined, and whether there were more.
type Search struct {
	Found []Found
	More  bool
}

// SearchChinese finds the sentences whose Chinese contains any of texts
// (written in simplified characters; see Segment), up to max (0 = all).
// A text needs two Chinese characters, the index's shortest term.
func (db *DB) SearchChinese(texts []string, max int) (Search, error) {
	var res Search
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v, err := newVerifier(tx, true)
		if err != nil {
			return err
		}
		defer v.close()
		for _, text := range texts {
			terms := bigrams(text)
			if len(terms) == 0 {
				continue
			}
			slices.Sort(terms)
			terms = slices.Compact(terms)
			err := v.verify(terms, &res, max, func(s *cards.Sentence) ([][2]int, bool) {
				return chineseSpans(s, text)
			})
			if err != nil || res.More {
				return err
			}
		}
		return nil
	})
	slices.SortStableFunc(res.Found, func(a, b Found) int {
		if a.Key.Doc != b.Key.Doc {
			return int(a.Key.Doc) - int(b.Key.Doc)
		}
		return int(a.Key.Pos) - int(b.Key.Pos)
	})
	return res, err
}

// WordExamples is Word and Examples in one transaction, the word's record
// read with pread as its sentences are (pread.go): what a lookup shows of
// each word it found, whose records it has just read that way.
func (db *DB) WordExamples(id string, limit int) (cards.Word, []Sentence, error) {
	var w cards.Word
	var ss []Sentence
	err := db.bolt.View(func(tx *bolt.Tx) error {
		read, err := newPageReader(tx)
		if err != nil {
			return err
		}
		defer read.close()
		raw, err := read.get(tx.Bucket(bucketWords), []byte(id))
		if err != nil {
			return fmt.Errorf("word %s: %w", id, err)
		}
		if raw == nil {
			return fmt.Errorf("word %s: %w", id, ErrNotFound)
		}
		if w, err = decodeWord(raw); err != nil {
			return fmt.Errorf("word %s: %w", id, err)
		}
		ss, err = readExamples(tx, read, id, limit)
		return err
	})
	return w, ss, err
}

// FoundSentences reads the sentences a search found, as Sentences does
// (in the order of keys, a pending document's skipped), each with pread
// (pread.go): the few a lookup shows, each on a page of its own.
func (db *DB) FoundSentences(keys []PairKey, fn func(Sentence) error) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		read, err := newPageReader(tx)
		if err != nil {
			return err
		}
		defer read.close()
		pairs := tx.Bucket(bucketPairs)
		names := map[uint32]string{}
		for _, k := range keys {
			raw, err := read.get(pairs, k.bytes())
			if err != nil {
				return fmt.Errorf("sentence %s: %w", k, err)
			}
			s, err := decodeSentence(tx, raw, k, names)
			if errors.Is(err, errPending) {
				continue
			}
			if err != nil {
				return err
			}
			if err := fn(s); err != nil {
				return err
			}
		}
		return nil
	})
}

// SearchEnglish finds the sentences whose English holds every term of
// query (QueryTerms), up to max (0 = all).
func (db *DB) SearchEnglish(query string, max int) (Search, error) {
	var res Search
	terms := QueryTerms(query)
	if len(terms) == 0 {
		return res, nil
	}
	want := englishWordSpans(nil, query)
	slices.Sort(terms)
	terms = slices.Compact(terms)
	var words []englishWord // each sentence's, reused
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v, err := newVerifier(tx, false)
		if err != nil {
			return err
		}
		defer v.close()
		return v.verify(terms, &res, max, func(s *cards.Sentence) ([][2]int, bool) {
			var spans [][2]int
			var whole bool
			words, spans, whole = englishSpans(words, s.EN, want)
			return spans, whole
		})
	})
	return res, err
}

// verifier reads the sentences a search's index terms name, one
// transaction's worth, reusing what it decodes into: a search reads up to
// 200 sentences and keeps of each only a Found.
type verifier struct {
	tx *bolt.Tx
	// The sentences are read with pread (pread.go): each is on a page of
	// its own. known and learned are read with Seek (seekGet).
	pairs          *bolt.Bucket
	read           *pageReader
	known, learned *bolt.Cursor
	chinese        bool
	seen           map[PairKey]bool
	s              cards.Sentence // the sentence read, its Parts' array reused
	id             []byte         // a word's ID being written
	// words are the words met, by ID, as indexes of seenWords.
	words     map[string]int
	seenWords []wordSeen
	n         int // sentences kept
}

// wordSeen is a word a search met: whether the learner knows it (Familiar,
// asked once a word) and the last sentence it was counted in (verifier.n).
type wordSeen struct {
	familiar bool
	counted  int
}

// newVerifier starts reading a search's sentences; close it when done.
func newVerifier(tx *bolt.Tx, chinese bool) (*verifier, error) {
	read, err := newPageReader(tx)
	if err != nil {
		return nil, err
	}
	return &verifier{tx: tx, pairs: tx.Bucket(bucketPairs), read: read, known: tx.Bucket(bucketKnown).Cursor(),
		learned: tx.Bucket(bucketLearned).Cursor(), chinese: chinese,
		seen: map[PairKey]bool{}, words: map[string]int{}}, nil
}

func (v *verifier) close() { v.read.close() }

// verify reads the sentences holding terms and keeps those match finds the
// phrase in, with their words' familiarity, until max are kept. The
// words of a Chinese phrase are not counted as unknown: every sentence
// found has them.
func (v *verifier) verify(terms []string, res *Search, max int, match func(*cards.Sentence) ([][2]int, bool)) error {
	var key [8]byte
	return sentencesWith(v.tx, terms, func(k PairKey) (bool, error) {
		if v.seen[k] {
			return true, nil
		}
		binary.BigEndian.PutUint32(key[:4], k.Doc)
		binary.BigEndian.PutUint32(key[4:], k.Pos)
		raw, err := v.read.get(v.pairs, key[:])
		if err != nil {
			return false, fmt.Errorf("sentence %s: %w", k, err)
		}
		if raw == nil {
			return false, fmt.Errorf("sentence %s: %w", k, ErrNotFound)
		}
		// Decoded in place, in the memory map: nothing of the sentence is
		// kept past the transaction (f holds none of its strings), and the
		// next sentence is decoded over it.
		if err := decodePairInto(unsafe.String(unsafe.SliceData(raw), len(raw)), &v.s); err != nil {
			return false, fmt.Errorf("sentence %s: %w", k, err)
		}
		spans, whole := match(&v.s)
		if spans == nil {
			return true, nil
		}
		if max > 0 && len(res.Found) == max {
			res.More = true
			return false, nil
		}
		v.seen[k] = true
		v.n++
		f := Found{Key: k, Runes: utf8.RuneCountInString(v.s.ZH), Spans: spans, Whole: whole}
		at := 0
		for i := range v.s.Parts {
			p := &v.s.Parts[i]
			n := utf8.RuneCountInString(p.Text)
			if p.Word != "" && p.Reading != "" && !(v.chinese && inSpans(at, n, spans)) && !v.familiar(p) {
				f.Unknown++
			}
			at += n
		}
		res.Found = append(res.Found, f)
		return true, nil
	})
}

// familiar reports whether p's word is Familiar, or already counted in
// this sentence (each word counts once).
func (v *verifier) familiar(p *cards.Part) bool {
	v.id = append(append(append(v.id[:0], p.Word...), ' '), p.Reading...)
	i, ok := v.words[string(v.id)]
	if !ok {
		id := string(v.id)
		i = len(v.seenWords)
		v.seenWords = append(v.seenWords, wordSeen{familiar: isFamiliar(v.known, v.learned, id)})
		v.words[id] = i
	}
	w := &v.seenWords[i]
	if w.counted == v.n {
		return true
	}
	w.counted = v.n
	return w.familiar
}

// inSpans reports whether characters [at, at+n) lie inside one of spans.
func inSpans(at, n int, spans [][2]int) bool {
	for _, sp := range spans {
		if at >= sp[0] && at+n <= sp[1] {
			return true
		}
	}
	return false
}

// chineseSpans finds text in s's simplified Chinese: the character spans of
// each occurrence, and whether one starts and ends at word boundaries.
func chineseSpans(s *cards.Sentence, text string) ([][2]int, bool) {
	zh := sentenceText(s)
	if !strings.Contains(zh, text) {
		return nil, false
	}
	var spans [][2]int
	whole := false
	n := utf8.RuneCountInString(text)
	start := 0 // characters before zh[from:]
	for from := 0; ; {
		i := strings.Index(zh[from:], text)
		if i < 0 {
			break
		}
		start += utf8.RuneCountInString(zh[from : from+i])
		spans = append(spans, [2]int{start, start + n})
		whole = whole || atBound(s.Parts, start) && atBound(s.Parts, start+n)
		from += i + len(text)
		start += n
	}
	return spans, whole
}

// atBound reports whether character offset at is where a part starts or
// the last one ends.
func atBound(parts []cards.Part, at int) bool {
	if at == 0 {
		return true
	}
	b := 0
	for i := range parts {
		b += utf8.RuneCountInString(parts[i].Text)
		if b >= at {
			return b == at
		}
	}
	return false
}

// englishWordSpans are the words of English text, each with its index
// form (stem, or the word in lower case when stem drops it) and its
// character span.
type englishWord struct {
	form       string
	term       bool // a term of the index (not a stop word)
	start, end int  // in characters
	from, to   int  // in bytes
}

// They are appended to ws[:0], whose array a search reuses.
func englishWordSpans(ws []englishWord, text string) []englishWord {
	ws = ws[:0]
	start, from, at := -1, 0, 0
	flush := func(to int) {
		if start >= 0 {
			lower := lowerWord(text[from:to])
			t := stem(lower)
			w := englishWord{form: t, term: t != "", start: start, end: at, from: from, to: to}
			if t == "" {
				w.form = strings.Trim(lower, "'")
			}
			ws = append(ws, w)
		}
		start = -1
	}
	for i, r := range text {
		if r <= unicode.MaxLatin1 && unicode.IsLetter(r) || r == '\'' {
			if start < 0 {
				start, from = at, i
			}
		} else {
			flush(i)
		}
		at++
	}
	flush(len(text))
	return ws
}

// lowerWord is w in lower case, w itself (no copy) when it already is.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// englishSpans finds the terms of query in English text: the character
// span of each word of en that is one, nil unless every term is there;
// and whether the query's words, stop words included, are words of en one
// after the other ("quality bar" in "the quality bars", not in "a bar of
// quality"). It returns en's words in ws's array (englishWordSpans).
func englishSpans(ws []englishWord, en string, query []englishWord) ([]englishWord, [][2]int, bool) {
	ws = englishWordSpans(ws, en)
	var spans [][2]int
	for _, q := range query {
		if !q.term {
			continue
		}
		found := false
		for _, w := range ws {
			if w.term && w.form == q.form {
				found = true
			}
		}
		if !found {
			return ws, nil, false
		}
	}
	lastTo := -1 // byte offset of the last span's end
	for _, w := range ws {
		for _, q := range query {
			if q.term && w.term && w.form == q.form {
				// Words apart by spaces only are one span: "quality bar".
				if n := len(spans); n > 0 && strings.TrimSpace(en[lastTo:w.from]) == "" {
					spans[n-1][1] = w.end
				} else {
					spans = append(spans, [2]int{w.start, w.end})
				}
				lastTo = w.to
				break
			}
		}
	}
	whole := false
	for i := 0; i+len(query) <= len(ws) && !whole; i++ {
		whole = true
		for j, q := range query {
			if ws[i+j].form != q.form {
				whole = false
				break
			}
		}
	}
	return ws, spans, whole
}

// Piece is a stretch of a phrase and the collection's word written so.
type Piece struct {
	Text string      // as in the phrase
	Word *cards.Word // nil when the collection has no word written so
}

// Simplified writes pieces in simplified characters, each piece as its
// word when the word has as many characters.
func Simplified(ps []Piece) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Word != nil && utf8.RuneCountInString(p.Word.Word) == utf8.RuneCountInString(p.Text) {
			b.WriteString(p.Word.Word)
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// maxWordRunes bounds the words Segment and SpellPinyin try.
const maxWordRunes = 8

// Segment splits Chinese text (simplified or traditional) into the
// collection's words: the fewest pieces, each the most frequent word
// written so; a character that is no word is a piece of its own. What a
// phrase is made of, read from the collection only.
//
// The split is decided from the forms index alone (which stretches are
// words), and only the words of the pieces chosen are read: a single
// character is the form of dozens of words, each record a page of its
// own on a big collection.
func (db *DB) Segment(text string) ([]Piece, error) {
	rs := []rune(text)
	var out []Piece
	err := db.bolt.View(func(tx *bolt.Tx) error {
		forms, words := tx.Bucket(bucketForms), tx.Bucket(bucketWords)
		read, err := newPageReader(tx)
		if err != nil {
			return err
		}
		defer read.close()
		type step struct {
			n    int // pieces so far
			from int
			ids  []string // the words written rs[from:i]
		}
		best := make([]step, len(rs)+1)
		for i := 1; i <= len(rs); i++ {
			best[i] = step{n: -1}
			for j := max(0, i-maxWordRunes); j < i; j++ {
				if best[j].n < 0 {
					continue
				}
				ids, _ := scanIDs(forms, string(rs[j:i]))
				if len(ids) == 0 && i-j > 1 {
					continue
				}
				if n := best[j].n + 1; best[i].n < 0 || n < best[i].n {
					best[i] = step{n: n, from: j, ids: ids}
				}
			}
		}
		for i := len(rs); i > 0; i = best[i].from {
			w, err := mostFrequent(read, words, best[i].ids)
			if err != nil {
				return err
			}
			out = append(out, Piece{Text: string(rs[best[i].from:i]), Word: w})
		}
		slices.Reverse(out)
		return nil
	})
	return out, err
}

// mostFrequent decodes the word of ids met most often (nil for none),
// reading each with pread (pread.go): a page each, far apart.
func mostFrequent(read *pageReader, words *bolt.Bucket, ids []string) (*cards.Word, error) {
	var best *cards.Word
	for _, id := range ids {
		w, err := read.word(words, id, decodeWord)
		if err != nil {
			return nil, err
		}
		if best == nil || w.Count > best.Count {
			best = &w
		}
	}
	return best, nil
}

// SpellPinyin returns up to limit ways the collection's words spell pinyin q
// ("chaoji zhineng" → 超级 智能, 超级 职能): the fewest words, the three
// most frequent for each stretch of syllables, the tones q gives kept.
// The pieces' Text is the word's simplified form.
//
// Which stretches are words is read from the pinyin index alone (a word's
// ID ends in its reading, which the tones are checked against), and only
// the words of the stretches a spelling with the fewest words uses are
// read, with pread: a single syllable (ji, zhi) is the reading of a
// hundred words, and on a big collection each record is a page of its own.
func (db *DB) SpellPinyin(q pinyin.Query, limit int) ([][]Piece, error) {
	n := len(q.Syllables)
	if n == 0 {
		return nil, nil
	}
	var out [][]Piece
	err := db.bolt.View(func(tx *bolt.Tx) error {
		py, words := tx.Bucket(bucketPinyin), tx.Bucket(bucketWords)
		read, err := newPageReader(tx)
		if err != nil {
			return err
		}
		defer read.close()
		// ids[j][i]: the IDs of the words read as syllables j..i-1, in ID
		// order; fits[j][i] the three most frequent of them, read when a
		// spelling needs them.
		ids := make([][][]string, n+1)
		fits := make([][][]*cards.Word, n+1)
		for j := range ids {
			ids[j] = make([][]string, n+1)
			fits[j] = make([][]*cards.Word, n+1)
		}
		best := make([]int, n+1) // fewest words spelling the first i syllables
		for i := 1; i <= n; i++ {
			best[i] = -1
			for j := max(0, i-maxWordRunes); j < i; j++ {
				if best[j] < 0 {
					continue
				}
				sub := pinyin.Query{Key: strings.Join(q.Syllables[j:i], ""), Syllables: q.Syllables[j:i], Tones: q.Tones[j:i]}
				found, _ := scanIDs(py, sub.Key)
				kept := found[:0]
				for _, id := range found {
					if _, reading := cards.SplitID(id); sub.Matches(reading) {
						kept = append(kept, id)
					}
				}
				if len(kept) == 0 {
					continue
				}
				ids[j][i] = kept
				if best[i] < 0 || best[j]+1 < best[i] {
					best[i] = best[j] + 1
				}
			}
		}
		if best[n] < 0 {
			return nil
		}
		fit := func(j, i int) ([]*cards.Word, error) {
			if fits[j][i] != nil || len(ids[j][i]) == 0 {
				return fits[j][i], nil
			}
			ws := make([]*cards.Word, 0, len(ids[j][i]))
			for _, id := range ids[j][i] {
				w, err := read.word(words, id, decodeWord)
				if err != nil {
					return nil, err
				}
				ws = append(ws, &w)
			}
			slices.SortStableFunc(ws, func(a, b *cards.Word) int { return b.Count - a.Count })
			fits[j][i] = ws[:min(3, len(ws))]
			return fits[j][i], nil
		}
		// Every spelling with the fewest words, up to limit.
		var walk func(i int, tail []Piece) error
		walk = func(i int, tail []Piece) error {
			if len(out) == limit {
				return nil
			}
			if i == 0 {
				out = append(out, slices.Clone(tail))
				return nil
			}
			for j := 0; j < i; j++ {
				if best[j] < 0 || best[j]+1 != best[i] {
					continue
				}
				ws, err := fit(j, i)
				if err != nil {
					return err
				}
				for _, w := range ws {
					if err := walk(j, append([]Piece{{Text: w.Word, Word: w}}, tail...)); err != nil {
						return err
					}
				}
			}
			return nil
		}
		return walk(n, nil)
	})
	return out, err
}

// LookupEnglish finds the words whose senses contain every term of the
// query ("bank", "savings account"): best rank first, then most frequent.
// A match's Word holds only its Word, Reading and Count (Word(id) reads
// one whole): what ordering them needs, and for many matches all the
// bycount index gives (englishCounts).
func (db *DB) LookupEnglish(query string) ([]Match, error) {
	hits, err := db.englishHits(query)
	ms := make([]Match, len(hits))
	for i, h := range hits {
		word, reading := cards.SplitID(h.id)
		ms[i] = Match{Word: cards.Word{Word: word, Reading: reading, Count: h.count}, By: "english", Rank: h.rank}
	}
	return ms, err
}

// LookupEnglishIDs is the IDs of LookupEnglish's words, in its order: all
// a lookup keeps of the words it does not show ("time" matches 669 words
// of a million sentences, a Match each 200 bytes of fresh memory).
func (db *DB) LookupEnglishIDs(query string) ([]string, error) {
	hits, err := db.englishHits(query)
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.id
	}
	return ids, err
}

// englishHit is a word found by its English, with what orders it.
type englishHit struct {
	id          string
	rank, count int
}

// englishHits finds LookupEnglish's words, in its order. Each term's
// entries come in ID order, so the words under every term are merged
// from them, without a map.
func (db *DB) englishHits(query string) ([]englishHit, error) {
	terms := QueryTerms(query)
	if len(terms) == 0 {
		return nil, nil
	}
	var hits []englishHit
	err := db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketEnglish)
		// The index is read with pread (pageReader.seek), as the counts
		// are: on a big collection a term's entries are pages nothing else
		// touches.
		read, err := newPageReader(tx)
		if err != nil {
			return err
		}
		defer read.close()
		for i, t := range terms {
			p := prefix(t)
			kept, j := hits[:0], 0
			err := read.seek(b, p, func(k, v []byte) (bool, error) {
				if !bytes.HasPrefix(k, p) {
					return false, nil
				}
				r := 0
				if len(v) == 1 {
					r = int(v[0])
				}
				id := k[len(p):]
				if i == 0 {
					hits = append(hits, englishHit{id: string(id), rank: r})
					return true, nil
				}
				for j < len(hits) && hits[j].id < string(id) {
					j++
				}
				if j == len(hits) {
					return false, nil
				}
				if hits[j].id == string(id) {
					kept = append(kept, englishHit{id: hits[j].id, rank: max(hits[j].rank, r)})
					j++
				}
				return true, nil
			})
			if err != nil {
				return err
			}
			if i > 0 {
				hits = kept
			}
		}
		if len(terms) > 1 {
			for i := range hits {
				hits[i].rank = rankOther
			}
		}
		return englishCounts(tx, read, hits)
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(hits, func(a, b englishHit) int {
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		if a.count != b.count {
			return b.count - a.count
		}
		return strings.Compare(a.id, b.id)
	})
	return hits, nil
}

// byCountOrder bounds the words englishCounts reads one by one: each
// word's record is a page of its own on a big collection ("time" matches
// 669 words of a million sentences' 60,000: 210 page faults), while the
// bycount index holds every word's count, in order, in 717 pages, most
// of them side by side, read a run at a time (pageReader.each).
var byCountOrder = 150 // (a variable for the tests)

// englishCounts sets the count of each word of hits: for a few, from
// their records; for many, from the bycount index.
func englishCounts(tx *bolt.Tx, read *pageReader, hits []englishHit) error {
	if len(hits) == 0 {
		return nil
	}
	if len(hits) <= byCountOrder {
		ids := make([]string, len(hits))
		for i, h := range hits {
			ids[i] = h.id
		}
		ms, err := matches(tx, ids, "english", nil)
		for i := range ms {
			hits[i].count = ms[i].Count
		}
		return err
	}
	// hits come in ID order (englishHits merges the index's entries,
	// which are), so an ID is found in them by binary search: a map of
	// "time"'s 669 IDs was 26 KB of fresh memory, and 669 insertions.
	maybe := new(idFilter)
	for _, h := range hits {
		maybe.add(h.id)
	}
	n := 0
	err := read.each(tx.Bucket(bucketByCount), func(k, _ []byte) (bool, error) {
		if len(k) <= 8 {
			return false, fmt.Errorf("%w: bycount entry %q", errCorrupt, k)
		}
		if !maybe.has(k[8:]) {
			return true, nil
		}
		if i, ok := slices.BinarySearchFunc(hits, k[8:], compareID); ok {
			hits[i].count = int(^binary.BigEndian.Uint64(k[:8]))
			n++
		}
		return n < len(hits), nil
	})
	if err != nil {
		return err
	}
	if n != len(hits) {
		return fmt.Errorf("%w: %d of %d words found by their English are not in the bycount index", errCorrupt, len(hits)-n, len(hits))
	}
	return nil
}

// compareID orders a hit by its ID against id, without a copy of id
// (string(id) in a comparison is not one; passed to strings.Compare, it
// was one for each of ten thousand comparisons).
func compareID(h englishHit, id []byte) int {
	switch {
	case h.id < string(id):
		return -1
	case h.id > string(id):
		return 1
	}
	return 0
}

// idFilter tells which IDs may be in a set, as a bit for each of 65,536
// hashes of an ID's first and last eight bytes and length: most of the
// bycount index's 60,000 IDs are told apart from a lookup's few hundred
// without a map lookup, which took 1-1.5 ms of englishCounts' walk.
type idFilter [1 << 10]uint64

func idHash(id []byte) uint32 {
	var head, tail uint64
	if n := len(id); n >= 8 {
		head, tail = binary.LittleEndian.Uint64(id), binary.LittleEndian.Uint64(id[n-8:])
	} else {
		for _, c := range id {
			head = head<<8 | uint64(c)
		}
	}
	return uint32((head*0x9E3779B97F4A7C15 ^ tail*0xC2B2AE3D27D4EB4F ^ uint64(len(id))) >> 48)
}

func (f *idFilter) add(id string) {
	h := idHash([]byte(id))
	f[h>>6] |= 1 << (h & 63)
}

// has reports whether id may be in the set (false: it is not).
func (f *idFilter) has(id []byte) bool {
	h := idHash(id)
	return f[h>>6]&(1<<(h&63)) != 0
}
