package cards

import (
	"cmp"
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"cika/cards/hsk"
)

// Choosing the example sentence a word's cards show: the best "i+1"
// sentence, one in which the word is the only thing the learner has to work
// out. Of a word's sentences, ChooseExample prefers, in this order:
//
//  1. one in which the word has the sense the card teaches (the sense chosen
//     there is the word's gloss): a sentence using it in another sense
//     teaches the wrong thing;
//  2. one of comfortable length: more than a fragment (two characters or
//     more besides the word and the punctuation: not "是的。") and no more
//     than ComfortableLength characters, which a phone shows in two lines
//     and a Recall front can show whole;
//  3. fewer unfamiliar other words: a word is fine when the learner knows it
//     (known list, or a card already being learned) or when it is easier
//     than the card's word (Easier);
//  4. one whose English side says the gloss ("bank" in "the bank is
//     closed"): the translation confirms the sense;
//  5. one with some context;
//  6. the shorter;
//  7. the first met.

// ComfortableLength is the longest example sentence, in characters, that
// reads comfortably on a card.
const ComfortableLength = 32

// ExampleScore is how a sentence fares as a word's example, for tests and
// `--json` output.
type ExampleScore struct {
	HasWord    bool // the word is one of the sentence's parts
	SameSense  bool // the word has the card's sense in it
	Unfamiliar int  // other words neither familiar nor easier
	Confirms   bool // the English side says the gloss
	Context    bool // four characters or more besides the word
	// Comfortable: two characters or more besides the word and the
	// punctuation, and at most ComfortableLength characters.
	Comfortable bool
	Length      int // characters of the Chinese side
}

// ScoreExample judges one sentence as an example of w. familiar reports
// whether the learner knows a word ID; nil means no word is known.
func ScoreExample(w *Word, s *Sentence, familiar func(id string) bool) ExampleScore {
	j := newJudge(w, familiar)
	sc := j.head(s)
	sc.Unfamiliar = j.unfamiliar(s, -1)
	sc.Confirms = j.confirms(s.EN)
	return sc
}

// judge scores sentences as examples of one word. What depends only on the
// word (its length, HSK level and rank, the terms of its gloss) is worked out
// once, not once a sentence: an export judges 24 sentences a word for tens
// of thousands of words.
type judge struct {
	w           *Word
	familiar    func(id string) bool
	runes       int // characters of the word
	level, rank int // hsk.Level and hsk.Rank of the word
	terms       map[string]bool
	termsDone   bool
	key         uint64 // headKey(w.Word)
	spaced      bool   // w.Word has a space in it
}

func newJudge(w *Word, familiar func(id string) bool) *judge {
	return &judge{w: w, familiar: familiar, runes: utf8.RuneCountInString(w.Word),
		level: hsk.Level(w.Word), rank: hsk.Rank(w.Word),
		key: headKey(w.Word), spaced: strings.Contains(w.Word, " ")}
}

// head is the score of s without Unfamiliar and Confirms, which cost the
// most and matter only when the keys before them tie.
func (j *judge) head(s *Sentence) ExampleScore {
	sc := ExampleScore{}
	for _, p := range s.Parts {
		if p.Word != "" && sameID(p.Word, p.Reading, j.w.Word, j.w.Reading) {
			// The first occurrence of the word says its sense.
			sc.HasWord = true
			sc.SameSense = j.w.Gloss == "" || p.Gloss == "" || p.Gloss == j.w.Gloss
			break
		}
	}
	others := 0
	for _, r := range s.ZH {
		sc.Length++
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			others++
		}
	}
	sc.Context = sc.Length >= j.runes+4
	sc.Comfortable = others-j.runes >= 2 && sc.Length <= ComfortableLength
	return sc
}

// unfamiliar counts the other words of s neither familiar nor easier than
// the word, each word once; it stops counting past limit (when limit ≥ 0),
// since a sentence with more loses anyway.
func (j *judge) unfamiliar(s *Sentence, limit int) int {
	n := 0
	for i, p := range s.Parts {
		if p.Word == "" || sameID(p.Word, p.Reading, j.w.Word, j.w.Reading) || j.easier(p.Word) {
			continue
		}
		if j.familiar != nil && j.familiar(ID(p.Word, p.Reading)) {
			continue
		}
		if slices.ContainsFunc(s.Parts[:i], func(q Part) bool {
			return q.Word != "" && sameID(q.Word, q.Reading, p.Word, p.Reading)
		}) {
			continue // the word's first occurrence was judged
		}
		n++
		if limit >= 0 && n > limit {
			break
		}
	}
	return n
}

// easier is Easier(a, the word).
func (j *judge) easier(a string) bool {
	return j.easierThan(hsk.Level(a), func() int { return hsk.Rank(a) })
}

// easierThan is easier for a word of HSK level la and rank ra(), which is
// looked up only when the levels do not decide.
func (j *judge) easierThan(la int, ra func() int) bool {
	return easier(la, j.level, ra, func() int { return j.rank })
}

// easier is Easier on HSK levels la and lb, the ranks ra() and rb() looked
// up only when the levels do not decide.
func easier(la, lb int, ra, rb func() int) bool {
	switch {
	case la > 0 && lb > 0 && la != lb:
		return la < lb
	case la > 0 && lb == 0:
		return true
	case la == 0 && lb > 0:
		return false
	}
	r, q := ra(), rb()
	return r > 0 && (q == 0 || r < q)
}

// Facts are what judging a sentence as an example needs of the sentence
// alone, whatever the word: its length, and of each word in it its HSK
// level and rank, whether the learner knows it and whether it came earlier
// in the sentence. A reader that judges each sentence for many words (an
// export: sixteen words a sentence on average) works them out once (Set)
// and gives them to each word's Chooser (AddFacts).
//
// A Facts remembers what it found of each word (its level, its rank,
// whether the learner knows it) for the next sentences: an export meets the
// same few thousand words a million times, and looking each up again (two
// tables of hsk, its ID built for familiar, two sets) took half of Set.
type Facts struct {
	s               *Sentence
	length, letters int // characters of s.ZH; letters and digits of them
	words           []wordFacts
	en              []string // englishTerms(s.EN), once enDone
	enDone          bool

	familiar func(id string) bool
	// seen maps the words met lately (memoKey) to what was found of them,
	// infos[seen[k]]. Both are cleared when they hold memoWords words: the
	// frequent words are soon found again, and the memory stays small (the
	// year collection's sentences hold 100,000 different words; remembered
	// all, with their keys, 14 MB at the export's peak).
	seen  map[string]int32
	infos []wordInfo
	key   []byte   // memoKey's buffer
	keys  [][]byte // the keys of seen, copied into chunks that never move
}

// memoWords is how many words a Facts remembers at most.
const memoWords = 1 << 14

// NewFacts makes a Facts for a learner who knows the words familiar reports
// (nil: none).
func NewFacts(familiar func(id string) bool) *Facts {
	return &Facts{familiar: familiar}
}

// wordInfo is what a Facts found of a word, whatever the sentence.
type wordInfo struct {
	rank     int32 // hsk.Rank, or -1 until a judge needs it (rarely: the levels decide)
	level    int8  // hsk.Level
	familiar bool
}

// wordFacts are the facts of one word part of a sentence.
type wordFacts struct {
	part     *Part
	info     int32 // in Facts.infos
	level    int8
	key      uint64 // headKey(part.Word)
	spaced   bool   // the headword has a space in it
	familiar bool
	repeat   bool // an earlier part is the same word
}

// headKey is a word's first 7 bytes and its length in one integer, which
// tells most pairs of different words apart without comparing strings:
// every sentence's words are compared with the word judged, sixteen
// judges a sentence in an export.
func headKey(w string) uint64 {
	k := uint64(len(w)) << 56
	for i := 0; i < len(w) && i < 7; i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

// is reports whether the part is the judge's word (sameID).
func (wf *wordFacts) is(j *judge) bool {
	p := wf.part
	if wf.key == j.key && p.Word == j.w.Word {
		return p.Reading == j.w.Reading
	}
	return (wf.spaced || j.spaced) && sameID(p.Word, p.Reading, j.w.Word, j.w.Reading)
}

// Set makes f the facts of s. f keeps s.
func (f *Facts) Set(s *Sentence) {
	f.s, f.length, f.letters, f.words = s, 0, 0, f.words[:0]
	f.en, f.enDone = f.en[:0], false
	for _, r := range s.ZH {
		f.length++
		if r < utf8.RuneSelf {
			if 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9' {
				f.letters++
			}
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			f.letters++
		}
	}
	if len(f.infos) >= memoWords || f.seen == nil {
		f.forget()
	}
	for i := range s.Parts {
		p := &s.Parts[i]
		if p.Word == "" {
			continue
		}
		wf := f.wordFacts(p)
		for k := range f.words { // the earlier word parts
			q := &f.words[k]
			if q.info == wf.info || (q.spaced || wf.spaced) && sameID(q.part.Word, q.part.Reading, p.Word, p.Reading) {
				wf.repeat = true
				break
			}
		}
		f.words = append(f.words, wf)
	}
}

// forget empties the memo (seen, infos), keeping its memory.
func (f *Facts) forget() {
	if f.seen == nil {
		f.seen = map[string]int32{}
	}
	clear(f.seen)
	f.infos, f.keys = f.infos[:0], nil
}

// wordFacts are p's facts, what depends on its word alone worked out the
// first time the word is met (since the memo was last emptied).
func (f *Facts) wordFacts(p *Part) wordFacts {
	// The key is the headword's length, then the headword and the
	// reading: no two words share one (IDs do: "a b" "c" and "a" "b c").
	f.key = binary.AppendUvarint(f.key[:0], uint64(len(p.Word)))
	f.key = append(append(f.key, p.Word...), p.Reading...)
	k, ok := f.seen[string(f.key)]
	if !ok {
		k = int32(len(f.infos))
		f.infos = append(f.infos, wordInfo{
			rank: -1, level: int8(hsk.Level(p.Word)),
			familiar: f.familiar != nil && f.familiar(ID(p.Word, p.Reading)),
		})
		f.seen[f.keep(f.key)] = k
	}
	in := &f.infos[k]
	return wordFacts{part: p, info: k, level: in.level, familiar: in.familiar,
		key: headKey(p.Word), spaced: strings.Contains(p.Word, " ")}
}

// keep is a copy of key that stays as long as the memo: keys are copied
// into chunks of 64 KB (the memo's 16,384 keys take about 300 KB), not
// into an allocation each.
func (f *Facts) keep(key []byte) string {
	last := len(f.keys) - 1
	if last < 0 || cap(f.keys[last])-len(f.keys[last]) < len(key) {
		f.keys = append(f.keys, make([]byte, 0, max(64<<10, len(key))))
		last++
	}
	c := f.keys[last]
	f.keys[last] = append(c, key...)
	return unsafe.String(&f.keys[last][len(c)], len(key))
}

// englishTerms is englishTerms(s.EN), worked out once for every word
// judging s.
func (f *Facts) englishTerms() []string {
	if !f.enDone {
		f.en, f.enDone = appendEnglishTerms(f.en[:0], f.s.EN), true
	}
	return f.en
}

// headFacts is head from the sentence's facts.
func (j *judge) headFacts(f *Facts) ExampleScore {
	sc := ExampleScore{Length: f.length}
	for i := range f.words {
		if wf := &f.words[i]; wf.is(j) {
			p := wf.part
			sc.HasWord = true
			sc.SameSense = j.w.Gloss == "" || p.Gloss == "" || p.Gloss == j.w.Gloss
			break
		}
	}
	sc.Context = sc.Length >= j.runes+4
	sc.Comfortable = f.letters-j.runes >= 2 && sc.Length <= ComfortableLength
	return sc
}

// unfamiliarFacts is unfamiliar from the sentence's facts.
func (j *judge) unfamiliarFacts(f *Facts, limit int) int {
	n := 0
	for i := range f.words {
		wf := &f.words[i]
		if wf.familiar || wf.repeat || wf.is(j) || j.easierThan(int(wf.level), func() int { return f.rank(wf) }) {
			continue
		}
		n++
		if limit >= 0 && n > limit {
			break
		}
	}
	return n
}

// rank is the hsk.Rank of wf's word, looked up once.
func (f *Facts) rank(wf *wordFacts) int {
	in := &f.infos[wf.info]
	if in.rank < 0 {
		in.rank = int32(hsk.Rank(wf.part.Word))
	}
	return int(in.rank)
}

// confirms is Mentions(en, the word's gloss).
func (j *judge) confirms(en string) bool {
	return j.confirmsTerms(englishTerms(en))
}

// confirmsTerms is confirms of an English text's englishTerms.
func (j *judge) confirmsTerms(en []string) bool {
	if !j.termsDone {
		j.terms, j.termsDone = glossTerms(j.w.Gloss), true
	}
	return mentionsAny(en, j.terms)
}

// sameID reports whether ID(w1, r1) == ID(w2, r2) without building the IDs:
// the headwords differ and the IDs can still be equal only when a headword
// has a space in it.
func sameID(w1, r1, w2, r2 string) bool {
	if w1 == w2 {
		return r1 == r2
	}
	if !strings.Contains(w1, " ") && !strings.Contains(w2, " ") {
		return false
	}
	return ID(w1, r1) == ID(w2, r2)
}

// compareExamples orders scores best first.
func compareExamples(a, b ExampleScore) int {
	return cmp.Or(
		-cmpBool(a.HasWord, b.HasWord),
		-cmpBool(a.SameSense, b.SameSense),
		-cmpBool(a.Comfortable, b.Comfortable),
		cmp.Compare(a.Unfamiliar, b.Unfamiliar),
		-cmpBool(a.Confirms, b.Confirms),
		-cmpBool(a.Context, b.Context),
		cmp.Compare(a.Length, b.Length),
	)
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// ChooseExample returns the index of the best example of w among ss (see
// above), the first on a tie; 0 when ss is empty. It gives the index that
// comparing every sentence's ScoreExample would, but counts unfamiliar words
// only while a sentence can still win and reads the English side only to
// break a tie.
func ChooseExample(w *Word, ss []*Sentence, familiar func(id string) bool) int {
	c := NewChooser(w, familiar)
	for _, s := range ss {
		c.Add(s)
	}
	return c.Best()
}

// Chooser is ChooseExample one sentence at a time, for a reader that meets
// a word's sentences in their order among other words' (an export reading
// each sentence once for every word it is an example of). It keeps none of
// the sentences, only a copy of the best one's English side: a reader with
// thousands of words still being chosen keeps what it needs of each word's
// best sentence (Add says which), as compactly as it likes.
type Chooser struct {
	j         judge
	n, best   int
	bestEN    string // the best sentence's English side, for Confirms
	bestScore ExampleScore
	confirmed bool // bestScore.Confirms is set
}

// NewChooser starts choosing an example of w.
func NewChooser(w *Word, familiar func(id string) bool) *Chooser {
	return &Chooser{j: *newJudge(w, familiar)}
}

// Best is the index, in the order added, of the best sentence so far; 0
// when none was added.
func (c *Chooser) Best() int { return c.best }

// Add judges the next sentence, and reports whether it is now the best. The
// chooser does not keep s.
func (c *Chooser) Add(s *Sentence) bool { return c.add(s, nil) }

// AddFacts is Add of the sentence f is the facts of (Facts.Set), with the
// familiar words f was made with (they must be the chooser's).
func (c *Chooser) AddFacts(f *Facts) bool { return c.add(f.s, f) }

// add is Add, from the facts f of s when f is not nil.
func (c *Chooser) add(s *Sentence, f *Facts) bool {
	j := &c.j
	i := c.n
	c.n++
	unfamiliar := func(limit int) int {
		if f != nil {
			return j.unfamiliarFacts(f, limit)
		}
		return j.unfamiliar(s, limit)
	}
	var sc ExampleScore
	if f != nil {
		sc = j.headFacts(f)
	} else {
		sc = j.head(s)
	}
	if i == 0 {
		sc.Unfamiliar = unfamiliar(-1)
		c.setBest(i, s, sc, false)
		return true
	}
	switch cmp.Or(
		-cmpBool(sc.HasWord, c.bestScore.HasWord),
		-cmpBool(sc.SameSense, c.bestScore.SameSense),
		-cmpBool(sc.Comfortable, c.bestScore.Comfortable),
	) {
	case 1:
		return false
	case -1:
		sc.Unfamiliar = unfamiliar(-1)
		c.setBest(i, s, sc, false)
		return true
	}
	sc.Unfamiliar = unfamiliar(c.bestScore.Unfamiliar)
	switch {
	case sc.Unfamiliar > c.bestScore.Unfamiliar:
		return false
	case sc.Unfamiliar < c.bestScore.Unfamiliar:
		c.setBest(i, s, sc, false)
		return true
	}
	if !c.confirmed {
		c.bestScore.Confirms, c.confirmed = j.confirms(c.bestEN), true
	}
	if f != nil {
		sc.Confirms = j.confirmsTerms(f.englishTerms())
	} else {
		sc.Confirms = j.confirms(s.EN)
	}
	if compareExamples(sc, c.bestScore) >= 0 {
		return false
	}
	c.setBest(i, s, sc, true)
	return true
}

// setBest makes sentence i, s, the best; confirmed says whether sc.Confirms
// is worked out. The English side is copied: a decoded sentence's strings
// may share one buffer, which the chooser would otherwise keep whole.
func (c *Chooser) setBest(i int, s *Sentence, sc ExampleScore, confirmed bool) {
	c.best, c.bestEN, c.bestScore, c.confirmed = i, "", sc, confirmed
	if !confirmed {
		c.bestEN = strings.Clone(s.EN)
	}
}

// Easier reports whether word a is easier than word b (both simplified
// headwords): a lower HSK level; at the same level, or when neither is in
// the HSK list, more frequent in general usage. A word in the HSK list is
// easier than one outside it.
func Easier(a, b string) bool {
	return easier(hsk.Level(a), hsk.Level(b), func() int { return hsk.Rank(a) }, func() int { return hsk.Rank(b) })
}

// Mentions reports whether the English text says one of the content words
// of a gloss ("to bank on" → bank), allowing for simple endings (banks,
// banked, banking); true for an empty gloss.
func Mentions(en, gloss string) bool {
	return mentionsTerms(en, glossTerms(gloss))
}

// mentionsTerms reports whether en says one of want (glossTerms); true when
// want is empty.
func mentionsTerms(en string, want map[string]bool) bool {
	return mentionsAny(englishTerms(en), want)
}

// mentionsAny reports whether one of the terms (englishTerms) is one of
// want; true when want is empty.
func mentionsAny(terms []string, want map[string]bool) bool {
	if len(want) == 0 {
		return true
	}
	for _, t := range terms {
		if want[t] {
			return true
		}
	}
	return false
}

// stopWords are the gloss words that say nothing about the sense.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "to": true, "of": true, "and": true, "or": true,
	"be": true, "is": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"sb": true, "sth": true, "one": true, "as": true, "by": true, "it": true, "up": true,
	"etc": true, "used": true, "(": true,
}

func glossTerms(gloss string) map[string]bool {
	// Parenthesised notes ("(coll.)", "(of a person)") are not the sense.
	var b strings.Builder
	depth := 0
	for _, r := range gloss {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	out := map[string]bool{}
	for _, t := range englishTerms(b.String()) {
		if !stopWords[t] {
			out[t] = true
		}
	}
	return out
}

// englishTerms splits text into lower-case words with simple endings cut.
func englishTerms(s string) []string { return appendEnglishTerms(nil, s) }

// appendEnglishTerms appends englishTerms(s) to out.
func appendEnglishTerms(out []string, s string) []string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	out = slices.Grow(out, len(words))
	start := len(out)
	for _, w := range words {
		w = strings.Trim(w, "'")
		if w == "" || !isASCII(w) {
			continue
		}
		out = append(out, stemEnglish(w))
	}
	return out[:start+len(slices.Compact(out[start:]))]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// stemEnglish cuts the commonest inflections: -s, -es, -ed, -ing, -ly.
func stemEnglish(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "ly", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = strings.TrimSuffix(w, suf)
			if n := len(w); n >= 2 && w[n-1] == w[n-2] && suf != "s" && suf != "ly" { // stopped → stopp → stop
				w = w[:n-1]
			}
			break
		}
	}
	if len(w) > 3 && w[len(w)-1] == 'e' { // close, closed → clos
		w = w[:len(w)-1]
	}
	return w
}

// Clause is the part of a long example sentence a card's front shows: the
// byte range [a, b) of s around the word at [start, end), from the
// punctuation before it to the punctuation that ends its clause (widened by
// the next clause while the clause is very short). A sentence of at most
// ComfortableLength characters is shown whole: Clause returns all of it. The
// back of the card shows the whole sentence.
func Clause(s string, start, end int) (a, b int) {
	if utf8.RuneCountInString(s) <= ComfortableLength || start < 0 || end > len(s) || start >= end {
		return 0, len(s)
	}
	isBreak := func(r rune) bool { return strings.ContainsRune("，。；！？：,.;!?…", r) }
	for i := start; i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if isBreak(r) {
			a = i
			break
		}
		i -= size
	}
	b = len(s)
	for i := end; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !isBreak(r) {
			continue
		}
		for i < len(s) { // the closing quotes that follow the break
			q, qs := utf8.DecodeRuneInString(s[i:])
			if !strings.ContainsRune("”’」』)）\"'", q) {
				break
			}
			i += qs
		}
		b = i
		if utf8.RuneCountInString(s[a:b]) >= 8 {
			break
		}
	}
	for a < b { // white space left at the start
		r, size := utf8.DecodeRuneInString(s[a:])
		if r != ' ' && r != '\u3000' {
			break
		}
		a += size
	}
	return a, b
}
