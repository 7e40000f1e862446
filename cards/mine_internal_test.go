package cards

import (
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"cika/cards/corpus"
)

// get and put are recent's getHashed and putHashed of a pair not hashed
// yet, for the tests.
func (r *recent) get(k pairKey, cut func(n int) []*interned) ([]*interned, bool) {
	return r.getHashed(hashedPair(k, r.seedNow()), cut)
}

func (r *recent) put(k pairKey, toks []Token, cut func(n int) []*interned) []*interned {
	return r.putHashed(hashedPair(k, r.seedNow()), toks, nil, cut)
}

// spelled returns the tokens of a pair whose Chinese is the texts given,
// and that Chinese.
func spelled(texts ...string) ([]Token, string) {
	toks := make([]Token, len(texts))
	for i, s := range texts {
		toks[i] = Token{Text: s, Word: s, Reading: "x1"}
	}
	return toks, strings.Join(texts, "")
}

// recent holds at most two generations of maxIDs token ids, keeps a pair
// met again, and lets the pairs not met again go.
func TestRecentBounded(t *testing.T) {
	r := recent{maxIDs: 1 << 14}
	texts := make([]string, 100)
	for i := range texts {
		texts[i] = "好"
	}
	key := func(i int) (pairKey, []Token) {
		texts[99] = strconv.Itoa(i)
		toks, zh := spelled(texts...)
		return pairKey{zh, ""}, toks
	}
	kept, toks := key(0)
	r.put(kept, toks, nil)
	n := 4 * r.maxIDs / 100
	for i := 1; i < n; i++ {
		k, toks := key(i)
		r.put(k, toks, nil)
		if _, ok := r.get(kept, nil); !ok {
			t.Fatalf("pair met every time dropped after %d pairs", i)
		}
		if held := len(r.cur.ids) + len(r.prev.ids); held > 2*r.maxIDs+200 {
			t.Fatalf("%d token ids held after %d pairs", held, i)
		}
	}
	first, _ := key(1)
	if _, ok := r.get(first, nil); ok {
		t.Error("pair met once still held after four generations")
	}
	last, _ := key(n - 1)
	if got, ok := r.get(last, nil); !ok || len(got) != 100 || got[99].Text != strconv.Itoa(n-1) {
		t.Errorf("last pair: %v %v", got, ok)
	}
	if r.toks.n != n+1 {
		t.Errorf("%d tokens interned, want %d", r.toks.n, n+1)
	}
}

// The interned tokens are bounded too, and the pairs that name them go
// with them.
func TestRecentTokensBounded(t *testing.T) {
	r := recent{maxTokens: 1 << 14}
	texts := make([]string, 100)
	first := pairKey{}
	for i := 0; i < 2*r.maxTokens/100; i++ {
		for j := range texts {
			texts[j] = strconv.Itoa(i*100 + j)
		}
		toks, zh := spelled(texts...)
		r.put(pairKey{zh, ""}, toks, nil)
		if i == 0 {
			first = pairKey{zh, ""}
		}
		if r.toks.n > r.maxTokens {
			t.Fatalf("%d tokens held after %d pairs", r.toks.n, i+1)
		}
		if got, ok := r.get(pairKey{zh, ""}, nil); !ok || got[99].Text != texts[99] {
			t.Fatalf("pair %d not held: %v", i, ok)
		}
	}
	if _, ok := r.get(first, nil); ok {
		t.Error("first pair still held, its tokens dropped")
	}
}

// A pair's tokens are found only for its own Chinese, and equal tokens
// are one, with equal senses in slices of their own too; tokens that
// differ in anything are not.
func TestRecentTokens(t *testing.T) {
	var r recent
	senses := []string{"good"}
	a := []Token{{Text: "好", Word: "好", Reading: "hao3", Senses: senses}, {Text: "。"}}
	got := r.put(pairKey{"好。", "Good."}, a, nil)
	if !sameToken(&got[0].Token, &a[0]) || !sameToken(&got[1].Token, &a[1]) {
		t.Fatalf("interned %v, want %v", got, a)
	}
	if again, ok := r.get(pairKey{"好。", "Good."}, nil); !ok || again[0] != got[0] || again[1] != got[1] {
		t.Fatalf("met again: %v %v", again, ok)
	}
	if _, ok := r.get(pairKey{"好。", "Well."}, nil); ok {
		t.Error("found for another English side")
	}
	ids := r.cur.ids[r.cur.pairs[r.hash(pairKey{"好。", "Good."})].off:][:2]
	if _, ok := r.tokensOf(ids, "好！", nil); ok {
		t.Error("tokens taken for another Chinese side")
	}
	b := []Token{{Text: "好", Word: "好", Reading: "hao3", Senses: senses}, {Text: "好", Word: "好", Reading: "hao3", Senses: []string{"good"}},
		{Text: "好", Word: "好", Reading: "hao4", Senses: senses}, {Text: "好", Word: "好", Reading: "hao3", Senses: senses, Evidence: true},
		{Text: "好", Word: "好", Reading: "hao3", Senses: []string{"fine"}}, {Text: "好", Word: "好", Reading: "hao3", Senses: []string{}}}
	got = r.put(pairKey{"好好好好好好", ""}, b, nil)
	if got[0] != r.toks.at(0) || got[1] != got[0] {
		t.Error("equal token interned twice")
	}
	for i := 2; i < len(b); i++ {
		if got[i] == got[0] || !sameToken(&got[i].Token, &b[i]) {
			t.Errorf("token %d: %+v, want %+v of its own", i, got[i].Token, b[i])
		}
	}
}

// oneToken is an analyzer that makes the Chinese side one token.
type oneToken struct{}

func (oneToken) Analyze(zh, en string) []Token { return []Token{{Text: zh, Word: zh, Reading: "x1"}} }

// The analyses remembered go with the analyzer once the words are taken:
// the miner is kept through the commit (Postings).
func TestRecentDropped(t *testing.T) {
	mn := NewMiner(oneToken{})
	mn.Add([]corpus.Pair{{ZH: "好", EN: "good"}, {ZH: "好", EN: "good"}}, nil)
	if len(mn.recent.cur.pairs) != 1 {
		t.Fatalf("%d pairs remembered, want 1", len(mn.recent.cur.pairs))
	}
	mn.Mined()
	if mn.recent.cur.pairs != nil || mn.recent.prev.pairs != nil || mn.recent.toks.n != 0 {
		t.Error("analyses still held after Mined")
	}
}

// runeTokens is an analyzer that makes each character a token, glossed
// with the English side.
type runeTokens struct{}

func (runeTokens) Analyze(zh, en string) []Token {
	var toks []Token
	for _, r := range zh {
		toks = append(toks, Token{Text: string(r), Word: string(r), Reading: "x1", Gloss: en, Senses: []string{en}})
	}
	return toks
}

// A batch recycled lends its memory to the next, cleared, and the words
// counted are those of the pairs mined at once.
func TestMinerRecycle(t *testing.T) {
	var pairs []corpus.Pair
	for i := range 600 {
		zh := strings.Repeat("好人", 1+i%5) + strconv.Itoa(i%7)
		pairs = append(pairs, corpus.Pair{ZH: zh, EN: strconv.Itoa(i % 3), Source: corpus.Source{Pos: i}})
	}
	want := Mine(pairs, runeTokens{}, nil)

	mn := NewMiner(runeTokens{})
	b1 := mn.Add(pairs[:300], nil)
	first := &b1[0]
	mn.Recycle(b1)
	if len(mn.spares.parts) == 0 || len(mn.spares.tokens) == 0 || len(mn.spares.ss) != 1 {
		t.Fatalf("spares after a recycle: %d chunks of parts, %d of tokens, %d batches",
			len(mn.spares.parts), len(mn.spares.tokens), len(mn.spares.ss))
	}
	for _, c := range mn.spares.parts {
		for _, p := range c[:cap(c)] {
			if p != (Part{}) {
				t.Fatalf("spare part not cleared: %+v", p)
			}
		}
	}
	spare := len(mn.spares.parts)
	b2 := mn.Add(pairs[300:], nil)
	if &b2[0] != first {
		t.Error("the second batch's sentences are not the first's, recycled")
	}
	if len(mn.spares.parts) >= spare {
		t.Errorf("%d spare chunks of parts before the second batch, %d after", spare, len(mn.spares.parts))
	}
	for i := range b2 {
		// (Only Pair and Parts: count writes the tokens meanwhile.)
		s, w := &b2[i], &want.Sentences[300+i]
		if s.Pair != w.Pair || !slices.Equal(s.Parts, w.Parts) {
			t.Fatalf("sentence %d: %+v %+v, want %+v %+v", 300+i, s.Pair, s.Parts, w.Pair, w.Parts)
		}
	}
	mn.Recycle(b2[:1]) // not a batch: left alone
	mn.Recycle(b2)
	got := mn.Mined()
	if len(got.Words) != len(want.Words) {
		t.Fatalf("%d words, want %d", len(got.Words), len(want.Words))
	}
	for i, w := range got.Words {
		if v := want.Words[i]; w.ID() != v.ID() || w.Count != v.Count || w.Pairs != v.Pairs || len(w.Met) != len(v.Met) {
			t.Errorf("word %d: %+v, want %+v", i, *w, *v)
		}
	}
}

// BenchmarkRecentPut remembers pairs never met, of 16 tokens drawn from
// 20,000 distinct ones, most often the first (as a corpus's 的 and 。),
// each token with the fields an analysis gives a word.
func BenchmarkRecentPut(b *testing.B) {
	const distinct = 20000
	vocab := make([]Token, distinct)
	senses := []string{"sense one", "sense two"}
	for i := range vocab {
		w := "词" + strconv.Itoa(i)
		vocab[i] = Token{Text: w, Word: w, Trad: w, Reading: "ci2 " + strconv.Itoa(i%5), Gloss: "a gloss " + strconv.Itoa(i),
			Senses: senses, Sense: 1, Entry: w + " " + w + " [ci2]"}
	}
	pairs := make([][]Token, 4096)
	x := uint64(1)
	for i := range pairs {
		for range 16 {
			x = x*6364136223846793005 + 1442695040888963407
			r := float64(x>>11) / (1 << 53)
			pairs[i] = append(pairs[i], vocab[int(r*r*r*distinct)]) // skewed to the first
		}
	}
	var r recent
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		toks := pairs[i%len(pairs)]
		r.put(pairKey{strconv.Itoa(i), ""}, toks, nil)
	}
}

// countingAnalyzer counts the analyses asked of it, as runeTokens.
type countingAnalyzer struct{ n atomic.Int64 }

func (c *countingAnalyzer) Analyze(zh, en string) []Token {
	c.n.Add(1)
	return runeTokens{}.Analyze(zh, en)
}

// Told the pairs met more than once (Expect), the miner remembers those
// only, and analyses each once even when another thousand pairs come
// between two of its occurrences (more than recent's generations hold);
// the sentences and words are those mined without it. Told after its
// first batches (the repeats counted meanwhile), it forgets the pairs and
// tokens it remembered until then, hashed by another seed, and mines the
// same.
func TestMinerExpect(t *testing.T) {
	var pairs []corpus.Pair
	add := func(zh, en string) {
		pairs = append(pairs, corpus.Pair{ZH: zh, EN: en, Source: corpus.Source{Pos: len(pairs)}})
	}
	add("好人好事", "twice")
	for i := range 1000 {
		add(strconv.Itoa(i)+"好人", "once")
	}
	add("好人好事", "twice")
	add("好人好事", "other English: once")
	want := Mine(pairs, runeTokens{}, nil)

	rp := NewRepeats()
	for _, p := range pairs {
		rp.Add(p.ZH, p.EN)
	}
	rp.Done()
	for _, tc := range []struct {
		at       int // the pairs added before Expect
		analyses int
	}{
		{0, len(pairs) - 1},
		{300, len(pairs)}, // the pair met twice, forgotten at 300
	} {
		a := &countingAnalyzer{}
		mn := NewMiner(a)
		mn.recent.maxIDs = 1 << 10 // two generations of 1,024 ids: 1,000 pairs would push the first out
		var got []Sentence
		for i := 0; i < len(pairs); i += 100 {
			if i == tc.at {
				mn.Expect(rp)
				if r := &mn.recent; len(r.cur.pairs)+len(r.prev.pairs) != 0 || r.toks.n != 0 {
					t.Errorf("at %d: %d pairs and %d tokens remembered after Expect, want none", tc.at,
						len(r.cur.pairs)+len(r.prev.pairs), r.toks.n)
				}
			}
			ss := mn.Add(pairs[i:min(i+100, len(pairs))], nil)
			mn.wait() // (count writes the sentences' tokens field: copied after)
			got = append(got, ss...)
		}
		if n := a.n.Load(); n != int64(tc.analyses) {
			t.Errorf("at %d: %d analyses of %d pairs, one met twice: want %d", tc.at, n, len(pairs), tc.analyses)
		}
		if n := len(mn.recent.cur.pairs) + len(mn.recent.prev.pairs); n != 1 {
			t.Errorf("at %d: %d pairs remembered, want the one met again", tc.at, n)
		}
		for i := range got {
			if got[i].Pair != want.Sentences[i].Pair || !slices.Equal(got[i].Parts, want.Sentences[i].Parts) {
				t.Fatalf("at %d: sentence %d: %+v, want %+v", tc.at, i, got[i].Parts, want.Sentences[i].Parts)
			}
		}
		m := mn.Mined()
		if len(m.Words) != len(want.Words) {
			t.Fatalf("at %d: %d words, want %d", tc.at, len(m.Words), len(want.Words))
		}
		for i, w := range m.Words {
			if w.ID() != want.Words[i].ID() || w.Count != want.Words[i].Count || w.Pairs != want.Words[i].Pairs {
				t.Errorf("at %d: word %d: %+v, want %+v", tc.at, i, *w, *want.Words[i])
			}
		}
	}
}

// intoAnalyzer is runeTokens as an IntoAnalyzer that scribbles over the
// memory it is given before writing the tokens there, and counts the
// analyses given memory with room.
type intoAnalyzer struct{ roomy atomic.Int64 }

func (*intoAnalyzer) Analyze(zh, en string) []Token { return runeTokens{}.Analyze(zh, en) }

func (a *intoAnalyzer) AnalyzeInto(dst []Token, zh, en string) []Token {
	toks := runeTokens{}.Analyze(zh, en)
	if cap(dst) < len(toks) {
		return toks
	}
	a.roomy.Add(1)
	all := dst[:cap(dst)]
	for i := range all {
		all[i] = Token{Text: "坏", Word: "坏", Reading: "huai4", Gloss: "scribbled", Senses: []string{"scribbled"}}
	}
	return append(dst[:0], toks...)
}

// A miner whose analyzer can write into memory given (IntoAnalyzer)
// reuses one list a worker, and mines what it mines with a new list a
// pair: the tokens are copied before the list is written again.
func TestMinerInto(t *testing.T) {
	var pairs []corpus.Pair
	for i := range 700 {
		zh := strings.Repeat("好人", 1+i%6) + strconv.Itoa(i)
		pairs = append(pairs, corpus.Pair{ZH: zh, EN: strconv.Itoa(i % 3), Source: corpus.Source{Pos: i}})
	}
	want := Mine(pairs, runeTokens{}, nil)
	a := &intoAnalyzer{}
	got := Mine(pairs, a, nil)
	if n := a.roomy.Load(); n < int64(len(pairs))/2 {
		t.Fatalf("%d of %d analyses were given memory with room", n, len(pairs))
	}
	for i := range got.Sentences {
		if !slices.Equal(got.Sentences[i].Parts, want.Sentences[i].Parts) {
			t.Fatalf("sentence %d: %+v, want %+v", i, got.Sentences[i].Parts, want.Sentences[i].Parts)
		}
	}
	if len(got.Words) != len(want.Words) {
		t.Fatalf("%d words, want %d", len(got.Words), len(want.Words))
	}
	for i, w := range got.Words {
		if w.ID() != want.Words[i].ID() || w.Count != want.Words[i].Count || !slices.Equal(w.Senses, want.Words[i].Senses) {
			t.Errorf("word %d: %+v, want %+v", i, *w, *want.Words[i])
		}
	}
}

// A pair hashed by the seed a worker took before expect gave recent
// another (hashedPair, seedNow) is stored and found by the new seed: its
// hash and its tokens' hashes are found again (hashOf, putHashed), so the
// pair is remembered if the count says it repeats, and a token interned
// then is the one a later pair of the new seed finds.
func TestRecentSeedChanged(t *testing.T) {
	var r recent
	old := r.seedNow()
	toks, zh := spelled("你", "好")
	again := pairKey{zh, "hi"}
	rp := NewRepeats()
	rp.Add(again.zh, again.en)
	rp.Add(again.zh, again.en)
	rp.Done()
	r.expect(rp.seed, map[uint64]struct{}{pairHash(rp.seed, again): {}})
	var hs [8]uint64
	got := r.putHashed(hashedPair(again, old), toks, hs[:], nil)
	if found, ok := r.get(again, nil); !ok || found[0] != got[0] || found[1] != got[1] {
		t.Fatalf("pair put with the old seed not found by the new: %v %v", found, ok)
	}
	other, _ := spelled("好", "你")
	later := r.put(pairKey{"好你", ""}, other, nil)
	if later[0] != got[1] || later[1] != got[0] {
		t.Error("tokens interned with the old seed's hashes interned again")
	}
	if _, ok := r.getHashed(hashedPair(pairKey{"好你", ""}, r.seedNow()), nil); ok {
		t.Error("a pair the count did not see twice was remembered")
	}
}
