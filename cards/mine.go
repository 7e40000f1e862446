package cards

import (
	"encoding/binary"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"cika/cards/corpus"
)

// Part is a token as kept with its sentence: enough to highlight a word and
// show the sentence's pinyin and glosses without running the analysis again.
type Part struct {
	Text    string // as written in the sentence
	Word    string // simplified headword, "" when not vocabulary
	Reading string // numeric pinyin, "" when none
	Gloss   string // the sense chosen in this sentence
}

// IsWord reports whether the part is vocabulary.
func (p Part) IsWord() bool { return p.Word != "" }

// ID is the identity of the part's word ("" when not vocabulary).
func (p Part) ID() string {
	if p.Word == "" {
		return ""
	}
	return ID(p.Word, p.Reading)
}

// Sentence is an analysed pair.
type Sentence struct {
	corpus.Pair
	Parts []Part

	tokens []*interned // the analysis, while mining (shared with recent)
}

// Words returns the IDs of the distinct words of the sentence, in order.
func (s *Sentence) Words() []string {
	var ids []string
	for _, p := range s.Parts {
		if id := p.ID(); id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// Mined is one document's harvest, ready to be merged into a collection.
type Mined struct {
	// Sentences are all the document's pairs, analysed, in order.
	Sentences []Sentence
	// Words are the words met, in order of first occurrence, with counts
	// and senses for this document only.
	Words []*Word
	// NoWords counts pairs whose Chinese side has no vocabulary (numbers,
	// Latin, punctuation only): kept as sentences, but they teach nothing.
	NoWords int
	// Priors are the senses the English confirmed in the document's pairs.
	Priors Priors
}

// Mine analyses the pairs of one document with a and collects its words.
// progress, if not nil, is called now and then with the number of pairs
// analysed so far (from several goroutines, never concurrently).
func Mine(pairs []corpus.Pair, a Analyzer, progress func(done int)) *Mined {
	mn := NewMiner(a)
	ss := mn.Add(pairs, progress)
	m := mn.Mined()
	m.Sentences = ss
	return m
}

// Miner mines a document batch by batch, for documents too big to hold in
// memory: Add each batch of pairs in document order, store the sentences it
// returns, and take the words of the whole document from Mined at the end.
// The result is the same as Mine's on all the pairs at once.
type Miner struct {
	a       Analyzer
	index   map[wordKey]int // into words and posts
	words   []*Word
	posts   []posting // posts[i]: the sentences of words[i]
	noWords int
	priors  Priors
	// counting is closed when the last batch's words are counted, nil
	// when none are being counted (see Add).
	counting chan struct{}
	recent   recent // the analyses of the pairs met lately
	spares   spares // the memory of batches recycled (batchmem.go)
}

// wordKey is a word's identity (ID) without building the ID string: Add
// looks up every token of every pair.
type wordKey struct{ word, reading string }

// NewMiner returns a miner analysing with a.
func NewMiner(a Analyzer) *Miner {
	return &Miner{a: a, index: map[wordKey]int{}, priors: Priors{}}
}

// Expect tells the miner the pairs that the document it mines meets more
// than once: it remembers the analyses of those only (see Repeats).
// Without it, the miner remembers every pair it met lately. Either way,
// the sentences are the same. It may come after the first batches, when
// the repeats are counted while they are analysed: what the miner
// remembered until then is forgotten.
func (mn *Miner) Expect(rp *Repeats) {
	only := map[uint64]struct{}{}
	for h, again := range rp.met {
		if again {
			only[h] = struct{}{}
		}
	}
	mn.recent.expect(rp.seed, only)
}

// tokenWord is a token's word (an index into Miner.words) and the index
// of the token's gloss in the word's Met (-1 for no gloss): a word's senses
// already hold the token's (union), and Met only grows until Mined.
type tokenWord struct{ word, met int32 }

// Add analyses a batch of pairs on all cores and returns their sentences.
// Their words are counted on a goroutine of their own, while the caller
// stores the sentences and Add analyses the next batch: counting is
// serial, and with it in line the other cores waited (5 % of a big
// corpus's time). progress is as for Mine, counting within the batch.
//
// The sentences' memory is reused for a later batch once the caller calls
// Recycle: a caller that does not may keep them.
func (mn *Miner) Add(pairs []corpus.Pair, progress func(done int)) []Sentence {
	ss := mn.spares.sentences(len(pairs))
	cs := make([]cutter, min(runtime.GOMAXPROCS(0), max(1, len(pairs)/64)))
	for i := range cs {
		cs[i].sp = &mn.spares
	}
	analyse(pairs, mn.a, &mn.recent, ss, cs, progress)
	mn.wait()
	done := make(chan struct{})
	mn.counting = done
	mn.spares.keep(ss, cs, done)
	go func() {
		defer close(done)
		mn.count(ss)
	}()
	return ss
}

// wait waits for the words of the last batch to be counted.
func (mn *Miner) wait() {
	if mn.counting != nil {
		<-mn.counting
		mn.counting = nil
	}
}

// count counts the words of analysed sentences and lets their tokens go.
// It reads the sentences and writes only their tokens field, so the
// caller may store them meanwhile.
func (mn *Miner) count(ss []Sentence) {
	var inPair []*Word // the pair's words so far: a handful, no map needed
	for i := range ss {
		s := &ss[i]
		inPair = inPair[:0]
		mn.priors.count(s.tokens)
		for j, p := range s.Parts {
			if !p.IsWord() {
				continue
			}
			tok := s.tokens[j]
			if !tok.counted {
				// The tokens are shared (recent), and most of a corpus's
				// are met again and again: a token's word is found once.
				tok.word, tok.counted = mn.wordOf(s, &tok.Token), true
			}
			tw := tok.word
			w := mn.words[tw.word]
			w.Count++
			if tw.met >= 0 {
				w.Met[tw.met].Count++
			}
			if !slices.Contains(inPair, w) {
				inPair = append(inPair, w)
				w.Pairs++
				mn.posts[tw.word].add(uint32(s.Pos))
			}
		}
		if len(inPair) == 0 {
			mn.noWords++
		}
		s.tokens = nil
	}
}

// wordOf finds the word of tok, met first in s, adding it or its senses
// as needed, and its sense met, with none counted yet.
func (mn *Miner) wordOf(s *Sentence, tok *Token) tokenWord {
	key := wordKey{tok.Word, tok.Reading}
	k, ok := mn.index[key]
	if !ok {
		w := &Word{Word: tok.Word, Trad: tok.Trad, Reading: tok.Reading, Senses: tok.Senses,
			Name: tok.Name, First: Origin{Doc: s.Doc, Line: s.Line}}
		if w.Trad == w.Word {
			w.Trad = ""
		}
		k = len(mn.words)
		mn.index[key] = k
		mn.words = append(mn.words, w)
		mn.posts = append(mn.posts, posting{})
	} else {
		mn.words[k].Senses = union(mn.words[k].Senses, tok.Senses)
	}
	w := mn.words[k]
	tw := tokenWord{word: int32(k), met: -1}
	if tok.Gloss != "" {
		w.meet(tok.Gloss, 0)
		tw.met = int32(slices.IndexFunc(w.Met, func(m Sense) bool { return m.Gloss == tok.Gloss }))
	}
	return tw
}

// Mined returns the words met so far, in order of first occurrence, with
// their senses chosen, and the count of pairs without words; Sentences is
// nil (they were returned by Add). Call it once, after the last Add.
func (mn *Miner) Mined() *Mined {
	mn.wait()
	// No more analysis: let a big analyzer, and the analyses it
	// remembers, go before the commit.
	mn.a, mn.recent = nil, recent{}
	mn.spares.drop()
	for _, w := range mn.words {
		w.choose()
	}
	return &Mined{Words: mn.words, NoWords: mn.noWords, Priors: mn.priors}
}

// Postings returns the IDs of the words met so far, sorted, and a function
// giving the postings of the i-th one: the word index of a document mined
// batch by batch (store.IndexPostings), written at the end in word order.
// A posting is the positions (Pair.Pos) of the sentences holding the word,
// ascending, each as the uvarint difference from the one before (the first
// from 0): the value the store keeps, so that it is stored as it was
// counted, not decoded and encoded again (ten million positions at a
// million pairs, in the serial tail of the mine). The caller must not
// change it.
func (mn *Miner) Postings() (ids []string, posting func(i int) []byte) {
	mn.wait()
	order := make([]int, len(mn.words))
	ids = make([]string, len(mn.words))
	for i, w := range mn.words {
		order[i], ids[i] = i, w.ID()
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(ids[a], ids[b]) })
	sorted := make([]string, len(ids))
	for i, k := range order {
		sorted[i] = ids[k]
	}
	return sorted, func(i int) []byte { return mn.posts[order[i]].delta }
}

// posting is the ascending positions of a word's sentences as uvarint
// deltas: ≈ 1.5 bytes a sentence instead of 4 (15 MB for a million pairs,
// held until the document is indexed).
type posting struct {
	last  uint32
	delta []byte
}

func (p *posting) add(pos uint32) {
	p.delta = binary.AppendUvarint(p.delta, uint64(pos-p.last))
	p.last = pos
}

// fillParts sets parts[j] from toks[j], the tokens of a pair whose Chinese
// side is zh. Where the tokens spell zh, each part's text is the piece of
// zh it is, not the interned token's copy, and its word that same piece
// where the word is the text (interned.wordIsText): then the store's tests
// that the parts spell ZH (partsSpellZH, appendPair's) and that a part's
// word is its text compare a string with itself, which the runtime answers
// without reading the bytes. They read them in the storing goroutine, long
// after the analysis, from memory gone cold: ≈ 1 % of a million-pair
// mine's CPU. The strings are byte for byte those of the tokens, so what is
// stored is the same.
//
// The tokens spell zh when spelt (recent.get found them so) or, for a
// fresh analysis made, while made[j].Text is what zh has where toks[j]
// starts (toks[j] is made[j] interned, the same text): a test made here,
// where both are in cache (most texts are cut from zh, and the runtime
// then compares no bytes). Past a token that is not, the parts keep the
// tokens' strings.
func fillParts(parts []Part, toks []*interned, zh string, spelt bool, made []Token) {
	at := 0 // where toks[j] starts in zh; -1 once the tokens leave it
	for j, t := range toks {
		p := Part{Text: t.Text, Word: t.Word, Reading: t.Reading, Gloss: t.Gloss}
		if n := len(t.Text); at >= 0 && n > 0 && at+n <= len(zh) &&
			(spelt || j < len(made) && strings.HasPrefix(zh[at:], made[j].Text)) {
			p.Text = zh[at : at+n]
			if t.wordIsText {
				p.Word = p.Text
			}
			at += n
		} else {
			at = -1
		}
		parts[j] = p
	}
}

// analyse fills out[i] from pairs[i], on a goroutine for each cutter of
// cs, which cut the sentences' Parts and token lists. A pair that r
// remembers is not analysed again.
func analyse(pairs []corpus.Pair, a Analyzer, r *recent, out []Sentence, cs []cutter, progress func(int)) {
	var next, done atomic.Int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	into, _ := a.(IntoAnalyzer)
	seed := r.seedNow()
	for w := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := &cs[w]
			var buf []Token   // the last pair's tokens, interned: reused (IntoAnalyzer)
			var hs [64]uint64 // their hashes (recent.putHashed)
			for {
				i := int(next.Add(1) - 1)
				if i >= len(pairs) {
					return
				}
				hk := hashedPair(pairKey{pairs[i].ZH, pairs[i].EN}, seed)
				key := hk.pairKey
				toks, spelt := r.getHashed(hk, c.cutTokens)
				var made []Token
				if !spelt {
					if into != nil {
						made = into.AnalyzeInto(buf, key.zh, key.en)
						if cap(made) > cap(buf) {
							buf = made[:0]
						}
					} else {
						made = a.Analyze(key.zh, key.en)
					}
					toks = r.putHashed(hk, made, hs[:], c.cutTokens)
				}
				s := Sentence{Pair: pairs[i], Parts: c.cutParts(len(toks)), tokens: toks}
				fillParts(s.Parts, toks, key.zh, spelt, made)
				out[i] = s
				if n := done.Add(1); progress != nil && (n%256 == 0 || int(n) == len(pairs)) {
					mu.Lock()
					progress(int(n))
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
}
