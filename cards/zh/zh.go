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
	dict       dictView
	lex        *lexicon
	logUnknown float64
	w          *weights
	infos      []atomic.Pointer[entryInfo]    // per entry, filled as entries are met
	matchers   []atomic.Pointer[senseMatcher] // per entry, filled as entries are met
	words      []atomic.Pointer[wordInfo]     // per lexicon id, filled as headwords are met
	anchors    []atomic.Uint64                // per lexicon id, the regroupBits of its word (regroupgate.go), 0 until met
	wordSets   []uint16                       // per lexicon id, wordSetsOf its headword (neighbours.in)
	rareBelow  float64                        // log probability under which a word is rare
	singles    []lexEntry                     // single-character headwords by rune, logp 0 if none
	long2      *pairTable                     // headwords starting with two characters
	long       *wordFilter                    // headwords of three characters or more
	pairs      *phrasePairs                   // reading of polyphonic characters by neighbour in pinyin-pro's phrases
	usual      map[rune]usualInfo             // readings of polyphonic characters in pinyin-pro
	priors     priorTable                     // senses the English confirmed in earlier pairs (WithPriors), nil if none
	family     *familyIndex                   // words by the characters in them (familySense), built on first use; shared by WithPriors copies
	runs       *runMemos                      // the runs decoded and settled last (runmemo.go); shared by WithPriors copies
	age        *cacheAge                      // when infos, matchers and words were last used (cacheage.go); shared by WithPriors copies
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
	loadOnce.Do(func() { loaded, loadErr = load(dict.Load) })
	return loaded, loadErr
}

// New builds an analyzer of its own, which the garbage collector takes
// back once the caller drops it: `cika mine` lets its ≈ 80 MB go before
// the final commit of a big corpus, the peak of its memory. Load shares
// one analyzer instead.
func New() (*Analyzer, error) { return load(dict.New) }

// load builds an analyzer on the dictionary that loadDict gives.
func load(loadDict func() (*dict.Dict, error)) (*Analyzer, error) {
	type result struct {
		w   *weights
		err error
	}
	wc := make(chan result, 1)
	pc := make(chan phrasePriors, 1)
	// The weights are decoded while the dictionary is parsed, and the
	// phrase priors, which only the analysis reads, while the lexicon is
	// built: before it, they made the build wait on two cores.
	go func() {
		w, err := readWeights(weightsGz)
		wc <- result{w, err}
		if err == nil {
			pc <- readPhrasePriors()
		}
	}()
	d, err := loadDict()
	wr := <-wc
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	if wr.err != nil {
		return nil, wr.err
	}
	a, err := build(d, wr.w)
	p := <-pc
	if err != nil {
		return nil, err
	}
	if p.err != nil {
		return nil, p.err
	}
	a.usual, a.pairs = p.usual, p.pairs
	return a, nil
}

// build makes the analyzer for d from the decoded weights, without the
// phrase priors (readPhrasePriors), which load adds.
func build(d *dict.Dict, w *weights) (*Analyzer, error) {
	if w.dictDate != dictDate(d) || len(w.fS) != len(d.Entries) {
		return nil, fmt.Errorf("%w: made for CC-CEDICT %s (%d entries), not %s (%d)",
			errWeights, w.dictDate, len(w.fS), dictDate(d), len(d.Entries))
	}
	a := &Analyzer{w: w, infos: make([]atomic.Pointer[entryInfo], len(d.Entries)),
		matchers: make([]atomic.Pointer[senseMatcher], len(d.Entries))}
	var n int32
	a.lex, a.singles, a.long2, a.long, n = buildLexicon(d, w)
	a.dict = dictView{d, a.lex}
	a.family = new(familyIndex)
	a.runs = newRunMemos()
	a.words = make([]atomic.Pointer[wordInfo], n)
	a.anchors = make([]atomic.Uint64, n)
	a.wordSets = make([]uint16, n)
	for w, sets := range wordSetsOf {
		if e, ok := a.lex.get(w); ok {
			a.wordSets[e.id] = sets
		}
	}
	a.age = newCacheAge(agePairs)
	a.logUnknown = math.Log(unknownFreq) - math.Log(w.total)
	a.rareBelow = math.Log(2000 / w.total)
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
func (a *Analyzer) Dict() *dict.Dict { return a.dict.Dict }

// dictView is the dictionary as the analysis reads it: Lookup answers
// from the lexicon for Chinese words, every one of which is a headword of
// the lexicon, and for others from the lexicon's list of them, so that the dictionary's own indexes, which duplicate the
// lexicon's, are not built when only the analysis looks words up (they
// were a fifth of the analyzer's start-up, CPU and page faults).
type dictView struct {
	*dict.Dict
	lex *lexicon
}

// Lookup is dict.Dict.Lookup.
func (d dictView) Lookup(word string) []*dict.Entry {
	if es, ok := d.lex.lookup(word); ok {
		return es
	}
	if allHan(word) {
		return nil // every Han headword is in the lexicon
	}
	es := d.lex.others[word]
	return es[:len(es):len(es)] // (shared: append copies)
}

// Analyze segments zh into tokens whose Text concatenate to zh. en, the
// English translation (may be ""), helps choose readings and senses.
func (a *Analyzer) Analyze(zh, en string) []cards.Token { return a.AnalyzeInto(nil, zh, en) }

// AnalyzeInto is Analyze with the tokens written in dst's memory when it
// has room (cards.IntoAnalyzer): a miner copies each pair's tokens at once
// (interned), and a new list a pair was ≈ 3 KB of garbage, the most the
// analysis allocated (≈ 1.2 GB at a million pairs).
func (a *Analyzer) AnalyzeInto(dst []cards.Token, zh, en string) []cards.Token {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	ctx := &sc.en
	ctx.reset(en)
	ctx.question = ctx.question || hasQuestionMark(zh)
	texts := sc.texts[:0] // of the tokens
	sn := &sc.sn
	sn.pos, sn.ids, sn.logp = sn.pos[:0], sn.ids[:0], sn.logp[:0]
	other := func(text string) { // a token that is not a Han word
		texts = append(texts, text)
		sn.pos = append(sn.pos, 0)
		sn.ids = append(sn.ids, -1)
		sn.logp = append(sn.logp, 0)
	}
	seg := &sc.seg
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
			seg.reset()
			a.segmentRun(run, seg, ctx, en, zh[:i])
			start := 0
			for k, e := range seg.ends {
				texts = append(texts, run[start:e])
				if seg.pos[k] == 0 && seg.ids[k] >= 0 && a.unseenNoun(seg.ids[k], run[start:e]) {
					seg.pos[k] = a.w.tagIndex("n")
				}
				start = e
			}
			sn.pos = append(sn.pos, seg.pos...)
			sn.ids = append(sn.ids, seg.ids...)
			sn.logp = append(sn.logp, seg.logp...)
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
			other(zh[i:j])
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
			other(zh[i:j])
			i = j
		default:
			// Punctuation, symbols and invalid bytes: one token each, so
			// that Text always gives the sentence back byte for byte.
			other(zh[i : i+size])
			i += size
		}
	}
	var toks []cards.Token
	if cap(dst) >= len(texts) {
		toks = dst[:len(texts)]
		clear(toks)
	} else {
		toks = make([]cards.Token, len(texts))
	}
	for k, t := range texts {
		toks[k].Text = t
	}
	clear(texts) // let the strings go
	sc.texts = texts[:0]
	sn.toks = toks
	a.retag(sn)
	a.readAhead(sn, &sc.ahead)
	for k := range toks {
		if t := toks[k].Text; hanLead(t) || isHan(firstRune(t)) {
			a.fill(sn, k, ctx, &sc.nb)
		}
	}
	if len(ctx.used) > 0 && len(ctx.picks) > 0 {
		a.reclaim(sn, ctx, &sc.nb)
	}
	if len(ctx.picks) > 0 {
		a.reclaimFunctionWords(sn, ctx, &sc.nb)
	}
	a.askedTwice(sn)
	sn.toks = nil
	toks = a.markNames(toks, ctx)
	ctx.release()
	a.age.pair(a)
	return toks
}

// hasQuestionMark reports whether s holds "?" or "？", as
// strings.ContainsAny(s, "?？") does: a set with a character beyond ASCII
// made ContainsAny look each rune of s up in it, ≈ 0.3 µs a Chinese side
// (0.11 s of a million pairs' analysis), where a byte search finds either.
func hasQuestionMark(s string) bool {
	return strings.IndexByte(s, '?') >= 0 || strings.Contains(s, "？")
}

// scratch is the working memory of one Analyze, reused across calls.
type scratch struct {
	texts []string
	en    english
	sn    sentence
	seg   segWords
	nb    neighbours
	ahead readAheads
}

// readAheads is the working memory of readAhead, and the sum of what it
// read, kept so that the reads are.
type readAheads struct {
	words []*wordInfo
	infos []*entryInfo
	sum   uint64
}

// readAhead reads what fill will read first of the words of sn: each
// word's wordInfo, then the entryInfo of its entries, then their entries,
// each in a tight loop. The tables are large and read at random, a cache
// miss each; read one after the other, the misses overlap, and fill finds
// the lines in cache.
func (a *Analyzer) readAhead(sn *sentence, ra *readAheads) {
	ws, ins := ra.words[:0], ra.infos[:0]
	for _, id := range sn.ids {
		if id >= 0 {
			if w := a.words[id].Load(); w != nil {
				ws = append(ws, w)
			}
		}
	}
	sum := ra.sum
	for _, w := range ws {
		if w.onlyInfo != nil {
			ins = append(ins, w.onlyInfo)
			continue
		}
		for _, e := range w.entries {
			if in := a.infos[a.dict.Index(e)].Load(); in != nil {
				ins = append(ins, in)
			}
		}
	}
	for _, in := range ins {
		sum += uint64(in.glossSense)
	}
	for _, in := range ins {
		sum += uint64(len(in.e.Simp))
	}
	ra.sum = sum
	clear(ws)
	clear(ins)
	ra.words, ra.infos = ws[:0], ins[:0]
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// sentence is a segmented sentence with the gse part of speech of each
// token, as analysis goes.
type sentence struct {
	toks []cards.Token
	pos  []uint8
	ids  []int32   // lexicon id of each Han word, -1 if none (see segWords)
	logp []float32 // its log probability, when ids is not -1
}

func (sn *sentence) posOf(a *Analyzer, k int) string { return a.w.posNames[sn.pos[k]] }

// rare reports whether token k is a rare word (see Analyzer.rare).
func (sn *sentence) rare(a *Analyzer, k int) bool {
	if sn.ids[k] < 0 {
		return a.rare(sn.toks[k].Text)
	}
	return float64(sn.logp[k]) < a.rareBelow
}

// wordInfo is what the analysis keeps about a headword of the lexicon.
type wordInfo struct {
	entries []*dict.Entry // its dictionary entries, as Dict.Lookup returns them
	// For a headword of one entry, the entryInfo of the entry choose
	// returns.
	onlyInfo *entryInfo
	// head is the entryInfo of the first entry, resolved (headInfo),
	// found on first use for a headword of several entries.
	head atomic.Pointer[entryInfo]
	// facts holds the wordFacts answered so far: bit 2f is set once fact
	// f is known, bit 2f+1 when it holds (wordAny).
	facts atomic.Uint32
	// used is the generation of cacheAge the wordInfo was last used in.
	used atomic.Uint32
	// needs holds the reading needs that may fire on the word
	// (needgate.go) and, from bit 32 up, its needText (needtext.go); 0
	// until first asked.
	needs atomic.Uint64
}

// A wordFact names a question about a headword alone (has it an entry
// first "how many"? is it a verb that holds its object?), which the
// reading needs, and neighbours of the word before each token, ask in
// every pair: anyEntry looks every entry up, verbWithItsObject reads the
// lexicon's record. wordAny and holdsObject answer it once per headword
// (wordInfo.fact), so that a need can ask it before the words around the
// token.
type wordFact uint8

const (
	wordFalls       wordFact = iota // an entry first "to fall" (fallFirst)
	wordFallAdverb                  // another with a function word's sense (fallOrAdverb)
	wordSeveral                     // an entry first "how many" (severalEntry)
	wordMore                        // an entry first "more" (moreFirst)
	wordLacks                       // an entry that lacks (lackSense)
	wordParticle                    // a particle's entry
	wordPreposition                 // a function word with a preposition's sense (prepositionEntry)
	wordVerbs                       // a verb's entry (kinds.verb ≥ 0.5)
	wordNounFirst                   // an entry first a noun (headNounFirst)
	wordVerbFirst                   // an entry first a verb (verbFirst)
	wordNeither                     // an entry first neither (nounOrVerbHead)
	wordHoldsObject                 // a verb gse lacks whose first sense holds its object (verbWithItsObject)
)

// wordAny is a.anyEntry(text, is) for token k's text, is being the test
// fact f names, found once per headword of the lexicon.
func (a *Analyzer) wordAny(sn *sentence, k int, f wordFact, is func(*entryInfo) bool) bool {
	if sn.ids[k] < 0 {
		return a.anyEntry(sn.toks[k].Text, is)
	}
	return a.word(sn, k).fact(f, func(w *wordInfo) bool {
		for _, e := range w.entries {
			if !e.IsName() && is(a.info(e)) {
				return true
			}
		}
		return false
	})
}

// fact returns fact f of w, found by find (a function of w alone) the
// first time it is asked.
func (w *wordInfo) fact(f wordFact, find func(*wordInfo) bool) bool {
	known, holds := uint32(1)<<(2*f), uint32(2)<<(2*f)
	if v := w.facts.Load(); v&known != 0 {
		return v&holds != 0
	}
	ans := find(w)
	if ans {
		known |= holds
	}
	w.facts.Or(known) // (two goroutines may both find it: the same answer)
	return ans
}

// holdsObject is verbWithItsObject of token j's word (j has a lexicon
// id), remembered as a fact of its wordInfo: neighbours asks it of the
// word before every token it looks at, and the lexicon's record of the
// word was a cache miss each time (≈ 0.9 % of a mine's CPU), where the
// wordInfo is in cache (readAhead, and fill read it for token j).
func (a *Analyzer) holdsObject(sn *sentence, j int) bool {
	return a.word(sn, j).fact(wordHoldsObject, func(*wordInfo) bool { return a.verbWithItsObject(sn.ids[j]) })
}

// headAt is the head entry of token j's word, nil where the token is
// out of the lexicon or its word has no entry: the rules that ask what a
// neighbour is by its first senses (a noun, a verb naming a vehicle)
// start here.
func (a *Analyzer) headAt(sn *sentence, j int) *entryInfo {
	if j < 0 || sn.ids[j] < 0 {
		return nil
	}
	w := a.word(sn, j)
	if len(w.entries) == 0 {
		return nil
	}
	return a.headInfo(w)
}

// headInfo returns a.info(a.resolve(w.entries[0])), what the rules ask of
// the words around a token (predicateAt, neighbours), found once per
// headword. w must have entries.
func (a *Analyzer) headInfo(w *wordInfo) *entryInfo {
	if w.onlyInfo != nil {
		return w.onlyInfo
	}
	if in := w.head.Load(); in != nil {
		return in
	}
	in := a.info(a.resolve(headEntry(w.entries)))
	w.head.Store(in) // two goroutines may both compute it: same result
	return in
}

// headEntry returns the first of entries that is not only an old variant
// of another (幇 帮 "old variant of 幫|帮", listed before 幫 帮 "to
// help"), the first entry if all are: the entry that says what the word
// is when its neighbours ask.
func headEntry(entries []*dict.Entry) *dict.Entry {
	for _, e := range entries {
		if !e.IsVariantOnly() && !e.IsName() {
			return e
		}
	}
	for _, e := range entries {
		if !e.IsVariantOnly() {
			return e
		}
	}
	return entries[0]
}

// word returns the wordInfo of token k, computed once per headword when
// the token has a lexicon id.
func (a *Analyzer) word(sn *sentence, k int) *wordInfo {
	id := sn.ids[k]
	if id < 0 {
		return a.newWordInfo(sn.toks[k].Text)
	}
	slot := &a.words[id]
	if w := slot.Load(); w != nil {
		a.age.use(&w.used)
		return w
	}
	w := a.newWordInfo(sn.toks[k].Text)
	a.age.use(&w.used)
	slot.Store(w) // two goroutines may both compute it: same result
	return w
}

func (a *Analyzer) newWordInfo(text string) *wordInfo {
	w := &wordInfo{entries: a.dict.Lookup(text)}
	if len(w.entries) == 1 {
		w.onlyInfo = a.info(a.resolve(w.entries[0]))
	}
	return w
}

// fill gives the Han token toks[k] its headword, reading and senses.
// nbBuf is where the neighbours go when they are needed.
func (a *Analyzer) fill(sn *sentence, k int, en *english, nbBuf *neighbours) {
	t := &sn.toks[k]
	en.current = t.Text
	w := a.word(sn, k)
	entries := w.entries
	if len(entries) == 0 {
		t.Reading = fallbackReading(t.Text)
		return
	}
	var nb *neighbours
	if len(entries) > 1 || utf8.RuneCountInString(t.Text) == 1 {
		*nbBuf = a.neighbours(sn, k)
		nb = nbBuf
	}
	in := w.onlyInfo
	if in == nil {
		in = a.info(a.choose(sn, k, entries, en, nb))
	}
	// The rules of function words below look at the neighbours of words
	// that may be one (a single character, a headword of several
	// entries); contextSense looks at those of any word of several senses.
	grammarNB := nb
	if nb == nil && len(in.senses) > 1 {
		*nbBuf = a.neighbours(sn, k)
		nb = nbBuf
	}
	t.Word, t.Trad, t.Reading = in.e.Simp, in.e.Trad, in.reading()
	if t.Reading == "" {
		t.Reading = fallbackReading(t.Text)
	}
	t.Senses = in.senses
	t.Entry = in.name
	t.Gloss, t.Sense = in.gloss, in.glossSense
	// A function word's construction (在 + verb, 对 + object: function.go)
	// gives the gloss whatever the English says, but for the few glosses
	// the English may override (englishMayPick): then the sense chosen
	// below would be thrown away, and is not chosen. (functionGloss reads
	// the glosses of the tokens before this one only.)
	fg, fok := a.entryGloss(sn, k, in, nb)
	fg = en.ownerGloss(fg) // 其 "(literary) their" (functionsense.go)
	if fg == glossYaoVerb && en.saysObligation() && !dutyAfter(sn, k) {
		fg = glossYaoMust // 我要报销 "I need to claim" (function.go)
	}
	if fg == glossDouAlready && en.saysAll() {
		fg = glossDouAll // 花都开了 "the flowers are all out" (function.go)
	}
	fg = en.negatedReading(fg, nb) // 晚饭都没吃 "didn't even eat" (function.go)
	if fok && !englishMayPick(fg) {
		// (The construction chose, not the English: nothing for
		// Priors to learn.)
		t.Gloss, t.Sense, t.Evidence = fg, in.senseOfGloss(fg, en), false
		t.Name = in.score.name
		return
	}
	i, evidence := a.chooseSense(in, en, nb)
	grammar := int32(-1)
	switch {
	case grammarNB != nil && grammarNB.afterNumeral && in.classifierSense() >= 0:
		// 这本书我已经看完了: 本 counts the book (a noun and then a verb
		// follow, as after a preposition).
	case grammarNB != nil && grammarNB.objectThenVerb && (in.grammar < 0 || in.needFits(int(in.grammar), grammarNB) && !in.verbOfClause(i, grammarNB) && in.grammarTakesObject()):
		grammar = in.grammar
	case nb != nil && nb.objectThenVerb && in.prepositionSense() >= 0:
		// 通过一致的政策来保护, 数据作为核心商品推动: a preposition
		// before its object and the verb.
		grammar = int32(in.prepositionSense())
	}
	switch {
	case grammar >= 0 && (!evidence || !in.isGrammar(i)):
		// 对AI的试验, 把这些能力…: a preposition, whatever the English.
		t.Gloss, t.Sense = in.shortGloss(int(grammar)), int(grammar)
	case evidence:
		t.Gloss, t.Sense, t.Evidence = in.shortGloss(i), i, true
	case grammarNB != nil && in.particle >= 0 && particleFits(sn.posOf(a, k), nb):
		// 过 after a verb is the experienced-action marker, not "to cross".
		t.Gloss, t.Sense = in.shortGloss(int(in.particle)), int(in.particle)
	case i >= 0:
		t.Gloss, t.Sense = in.shortGloss(i), i
	}
	if t.Sense == 0 && len(in.senses) == 1 && strings.HasPrefix(in.senses[0], "see ") {
		// A cross-reference (过来 guo4 lai5 "see 過來|过来[guo4 lai2]")
		// shows what the word means, not where to look it up: the
		// referred entry's default gloss, the reading staying the
		// token's. (The prefix is seeOnly's first test, made here on
		// the sense at hand: seeOnly splits the entry's senses again.)
		if x := a.seeOnly(in.e); x != nil {
			t.Gloss = a.info(x).gloss
		}
	}
	if !t.Evidence && nb != nil {
		t.Gloss, t.Sense = a.splitSense(sn, k, in, t.Gloss, t.Sense) // 帮我一个忙 (splitverb.go)
	}
	picked := -1 // the sense the English says, if any
	if evidence {
		picked = i
	}
	if fok && !in.englishPicks(en, picked, fg) {
		// 在 + verb, 对 + object: see function.go. The construction chose,
		// not the English: nothing for Priors to learn.
		t.Gloss, t.Sense, t.Evidence = fg, in.senseOfGloss(fg, en), false
	}
	if t.Evidence && t.Sense >= 0 {
		if utf8.RuneCountInString(t.Text) > 1 {
			in.claim(en, t.Sense, t.Text, k)
		} else {
			en.picks = append(en.picks, pickedSense{k, in})
		}
	}
	t.Name = in.score.name
}

// claim marks the content stems of sense i of in that the English says as
// taken by word: the English word is its translation, and says nothing of
// the words after it (english.used). Only words of several characters
// claim: a single character's evidence is too often chance.
func (in *entryInfo) claim(en *english, i int, word string, k int) {
	m, i, _ := in.senseAt(i)
	if m == nil {
		return
	}
	words := m.words()
	for _, g := range m.senseGlosses(i) {
		for w := int(g.start); w < int(g.start+g.content); w++ {
			// (A light verb is no one's: 打车 "to take a taxi" leaves
			// "take" to 坐 "to take (a bus …)".)
			if st := m.word(words, w); !lightVerb(st) && en.hasStem(st, uint8(words[w].h8)) {
				en.take(st, word, k)
			}
		}
	}
}

// reclaim chooses again the sense of each single character whose English
// evidence a word the choice could not see has taken (english.takenFrom):
// fill runs in the order of the sentence, and a word after the character
// claims its English only once it is filled.
func (a *Analyzer) reclaim(sn *sentence, en *english, nbBuf *neighbours) {
	picks := en.picks
	for _, p := range picks {
		t := &sn.toks[p.k]
		if !t.Evidence || t.Sense < 0 {
			continue
		}
		en.current = t.Text
		taken, strict := en.takenFrom(p.in, t.Sense, p.k)
		if !taken {
			continue
		}
		*t = cards.Token{Text: t.Text}
		en.strict = strict
		a.fill(sn, p.k, en, nbBuf)
		en.strict = false
	}
}

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
