// Package zh analyses the Chinese side of a sentence pair: it splits the
// sentence into CC-CEDICT words, gives each its reading in this sentence and
// chooses the sense that fits the English side.
//
// Segmentation is a unigram model over CC-CEDICT's headwords (both scripts),
// weighted by the word frequencies of gse's Chinese dictionary, so every word
// it returns is a dictionary headword. Readings come from CC-CEDICT; where a
// word has several, the choice uses the English translation, the
// neighbouring words and a per-character prior (CC-CEDICT readings weighted
// by gse frequencies, and for rare characters and neighbouring pairs the
// readings of pinyin-pro's character and phrase dictionaries: usual.txt,
// pairs.bin.gz). go-pinyin is used only for characters CC-CEDICT lacks.
package zh

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"cika/cards"
	"cika/cards/dict"
)

// Analyzer implements cards.Analyzer. It is read-only after Load and safe for
// concurrent use.
type Analyzer struct {
	dict       *dict.Dict
	lex        map[string]lexEntry
	logUnknown float64
	w          *weights
	infos      []atomic.Pointer[entryInfo]    // per entry, filled as entries are met
	matchers   []atomic.Pointer[senseMatcher] // per entry, filled as entries are met
	singles    []lexEntry                     // single-character headwords by rune, logp 0 if none
	long2      map[[2]rune]prefix2            // headwords starting with two characters
	pairs      *phrasePairs                   // reading of polyphonic characters by neighbour in pinyin-pro's phrases
	usual      map[rune]usualInfo             // readings of polyphonic characters in pinyin-pro
}

var _ cards.Analyzer = (*Analyzer)(nil)

var (
	loadOnce sync.Once
	loaded   *Analyzer
	loadErr  error
)

// Load returns the analyzer built from the embedded CC-CEDICT and word
// frequencies. It is built once per process; later calls return the same
// analyzer.
func Load() (*Analyzer, error) {
	loadOnce.Do(func() { loaded, loadErr = load() })
	return loaded, loadErr
}

func load() (*Analyzer, error) {
	type result struct {
		w   *weights
		err error
	}
	wc := make(chan result, 1)
	go func() { // decode the weights while the dictionary is parsed
		w, err := readWeights(weightsGz)
		if err == nil {
			err = w.readPhrasePriors()
		}
		wc <- result{w, err}
	}()
	d, err := dict.Load()
	wr := <-wc
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	if wr.err != nil {
		return nil, wr.err
	}
	return build(d, wr.w)
}

// build makes the analyzer for d from the decoded weights.
func build(d *dict.Dict, w *weights) (*Analyzer, error) {
	if w.dictDate != dictDate(d) || len(w.fS) != len(d.Entries) {
		return nil, fmt.Errorf("%w: made for CC-CEDICT %s (%d entries), not %s (%d)",
			errWeights, w.dictDate, len(w.fS), dictDate(d), len(d.Entries))
	}
	a := &Analyzer{dict: d, w: w, infos: make([]atomic.Pointer[entryInfo], len(d.Entries)),
		matchers: make([]atomic.Pointer[senseMatcher], len(d.Entries))}
	a.lex, a.singles, a.long2 = buildLexicon(d, w)
	if w.pairs == nil {
		if err := w.readPhrasePriors(); err != nil {
			return nil, err
		}
	}
	a.usual, a.pairs = w.usual, w.pairs
	a.logUnknown = math.Log(unknownFreq) - math.Log(w.total)
	return a, nil
}

// dictDate is the "#! date=" line of the dictionary's header.
func dictDate(d *dict.Dict) string {
	for _, line := range strings.Split(d.Header, "\n") {
		if v, ok := strings.CutPrefix(line, "#! date="); ok {
			return v
		}
	}
	return ""
}

// Dict returns the dictionary the analyzer uses.
func (a *Analyzer) Dict() *dict.Dict { return a.dict }

// Analyze segments zh into tokens whose Text concatenate to zh. en, the
// English translation (may be ""), helps choose readings and senses.
func (a *Analyzer) Analyze(zh, en string) []cards.Token {
	ctx := newEnglish(en)
	toks := make([]cards.Token, 0, len(zh)/4+1)
	poss := make([]uint8, 0, len(zh)/4+1) // gse part of speech of each token
	var ends []int
	var runPos []uint8
	for i := 0; i < len(zh); {
		r, size := utf8.DecodeRuneInString(zh[i:])
		switch {
		case isHan(r):
			j := i + size
			for j < len(zh) {
				r2, s2 := utf8.DecodeRuneInString(zh[j:])
				if !isHan(r2) {
					break
				}
				j += s2
			}
			run := zh[i:j]
			ends, runPos = a.segment(run, ends[:0], runPos[:0])
			start := 0
			for _, e := range ends {
				toks = append(toks, cards.Token{Text: run[start:e]})
				start = e
			}
			poss = append(poss, runPos...)
			i = j
		case unicode.IsSpace(r):
			j := i + size
			for j < len(zh) {
				r2, s2 := utf8.DecodeRuneInString(zh[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += s2
			}
			toks = append(toks, cards.Token{Text: zh[i:j]})
			poss = append(poss, 0)
			i = j
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			j := i + size
			for j < len(zh) {
				r2, s2 := utf8.DecodeRuneInString(zh[j:])
				if isHan(r2) || !(unicode.IsLetter(r2) || unicode.IsNumber(r2)) {
					break
				}
				j += s2
			}
			toks = append(toks, cards.Token{Text: zh[i:j]})
			poss = append(poss, 0)
			i = j
		default:
			// Punctuation, symbols and invalid bytes: one token each, so
			// that Text always gives the sentence back byte for byte.
			toks = append(toks, cards.Token{Text: zh[i : i+size]})
			poss = append(poss, 0)
			i += size
		}
	}
	sn := &sentence{toks: toks, pos: poss}
	for k := range toks {
		if r := firstRune(toks[k].Text); isHan(r) {
			a.fill(sn, k, ctx)
		}
	}
	return a.markNames(toks, ctx)
}

// sentence is a segmented sentence with the gse part of speech of each
// token, as analysis goes.
type sentence struct {
	toks []cards.Token
	pos  []uint8
}

func (sn *sentence) posOf(a *Analyzer, k int) string { return a.w.posNames[sn.pos[k]] }

// fill gives the Han token toks[k] its headword, reading and senses.
func (a *Analyzer) fill(sn *sentence, k int, en *english) {
	t := &sn.toks[k]
	entries := a.dict.Lookup(t.Text)
	if len(entries) == 0 {
		t.Reading = fallbackReading(t.Text)
		return
	}
	var nb *neighbours
	if len(entries) > 1 || utf8.RuneCountInString(t.Text) == 1 {
		nb = ptr(a.neighbours(sn, k))
	}
	e := a.choose(sn, k, entries, en, nb)
	in := a.info(e)
	t.Word, t.Trad, t.Reading = e.Simp, e.Trad, in.reading
	if t.Reading == "" {
		t.Reading = fallbackReading(t.Text)
	}
	t.Senses = in.senses
	t.Gloss = in.gloss
	switch i := en.bestSense(in.matchers); {
	case nb != nil && nb.objectThenVerb && in.grammar != "" && (i < 0 || !isGrammarSense(in.senses[i])):
		// 对AI的试验, 把这些能力…: a preposition, whatever the English.
		t.Gloss = in.grammar
	case i >= 0:
		t.Gloss = shortGloss(in.senses[i])
	case nb != nil && in.particle != "" && particleFits(sn.posOf(a, k), nb):
		// 过 after a verb is the experienced-action marker, not "to cross".
		t.Gloss = in.particle
	}
	t.Name = e.IsName()
}

func ptr[T any](v T) *T { return &v }

// syllablesOK reports whether every syllable of a lower-case reading is
// letters followed by a tone digit 1–5.
func syllablesOK(reading string) bool {
	for _, s := range strings.Split(reading, " ") {
		if len(s) < 2 {
			return false
		}
		if d := s[len(s)-1]; d < '1' || d > '5' {
			return false
		}
		for _, r := range s[:len(s)-1] {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// fallbackReading reads each Han character of s with go-pinyin's readings
// (for the characters CC-CEDICT lacks, see fallback.go); a character go-pinyin
// does not know either gets "xx5" as CC-CEDICT writes unknown readings.
func fallbackReading(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !isHan(r) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		p, ok := fallbackOf(r)
		if !ok {
			b.WriteString("xx5")
			continue
		}
		b.WriteString(p)
	}
	return b.String()
}
