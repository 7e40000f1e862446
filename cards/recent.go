package cards

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strings"
	"sync"
)

// recent remembers the analyses of the pairs met lately, so that a pair
// met again is not analysed again: the analysis is a function of the pair
// (Analyzer), and its tokens are only read (count, Parts), so sentences
// may share them. Real corpora repeat pairs: subtitles say "嗯。" and
// "谢谢。" again and again, and of a million Tatoeba-like pairs
// (/tmp/big1m.tsv) only 403,739 are distinct, half the repeats within
// 2,700 pairs of the one before, a quarter more than 56,000 apart.
//
// The memory of a remembered pair must be small for the cache to reach
// that far. So tokens are interned (a corpus has far fewer distinct
// tokens than tokens: the same 的 with the same gloss, again and again),
// and a pair is its hash and the ids of its tokens, which the collector
// does not scan. Pairs are kept in two generations of about recentIDs
// token ids each, the older dropped when the newer is full, and a pair met
// in the older moves to the newer; the interned tokens are dropped too
// when there are more than recentTokens of them. So the memory is bounded
// whatever the corpus, and a pair repeated often stays.
type recent struct {
	// maxIDs and maxTokens are the bounds, for tests; 0 is recentIDs and
	// recentTokens.
	maxIDs, maxTokens int

	mu        sync.Mutex
	seed      maphash.Seed
	toks      tokenTable
	cur, prev generation
	// only, if not nil, are the hashes of the pairs to remember: those a
	// document meets more than once (Repeats).
	only map[uint64]struct{}
}

// A generation holds the remembered pairs: by the hash of the pair, the
// span of ids that are its tokens.
type generation struct {
	pairs map[uint64]span
	ids   []uint32
}

type span struct{ off, n uint32 }

// recentIDs is the token ids of one generation of recent, 4 bytes each,
// with ≈ 20 bytes a pair for its hash: ≈ 10 MB a generation of ≈ 130,000
// Tatoeba-like pairs (16 tokens a pair). Of the 182,175 pairs of
// /tmp/big200k.tsv that mine analyses, 84,275 (46 %) are found, all there
// are to find (with 65,536 tokens a generation, held whole: 34 %); of the
// million of /tmp/big1m.tsv, a simulation finds 95 % of the repeats.
// recentTokens bounds the interned tokens, ≈ 150 bytes each with their
// index: big200k has 28,709.
const (
	recentIDs    = 1 << 21
	recentTokens = 1 << 18
)

// pairKey is a pair as the analyzer sees it.
type pairKey struct{ zh, en string }

// hash is the pair's key in a generation. Two pairs of the same hash
// are told apart by their Chinese side, which the tokens spell (get); two
// with the same Chinese side and English sides of the same 64-bit hash
// would be taken for one, a chance of about one in 2⁶⁴ for each pair of
// translations of one sentence.
//
// The sides are hashed apart (maphash.String reads a string in place,
// where a maphash.Hash copies it into its buffer), and the English side's
// hash goes into the key unmixed, so that two pairs of one Chinese side
// have one key only if their English sides have one hash.
func (r *recent) hash(k pairKey) uint64 { return pairHash(r.seed, k) }

func pairHash(seed maphash.Seed, k pairKey) uint64 {
	return maphash.String(seed, k.zh)*0x9e3779b97f4a7c15 ^ maphash.String(seed, k.en)
}

// init makes r ready for its first pair.
func (r *recent) init() {
	if r.cur.pairs == nil {
		if r.only == nil {
			r.seed = maphash.MakeSeed() // (expect gives it otherwise)
		}
		r.cur.pairs = map[uint64]span{}
	}
}

// expect makes r remember only the pairs of hashes only (by seed) from
// now on. The pairs and tokens it holds already, if any, are forgotten:
// they were hashed by another seed, and most were met once.
func (r *recent) expect(seed maphash.Seed, only map[uint64]struct{}) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.toks, r.cur, r.prev = tokenTable{}, generation{}, generation{}
	r.seed, r.only = seed, only
	r.init()
}

// Repeats are the pairs of a document met more than once: a pass over the
// document before it is mined finds them (Add each pair), and the miner
// then remembers the analyses of those pairs only (Miner.Expect), not of
// every pair it met lately. Of the 910,418 pairs /tmp/big1m.tsv gives the
// analysis, 403,739 are distinct and only 72,571 of those are met again:
// remembering every pair, recent held ≈ 21 MB at 800,000 pairs (live
// where the heap is nearest the memory limit) and still analysed again
// ≈ 39,000 repeats its generations had dropped; remembering the 72,571, it
// holds a few MB and drops none.
type Repeats struct {
	seed maphash.Seed
	met  map[uint64]bool // a pair's hash → met more than once
}

// NewRepeats returns an empty count of pairs.
func NewRepeats() *Repeats { return &Repeats{seed: maphash.MakeSeed(), met: map[uint64]bool{}} }

// Add counts a pair of the document.
func (rp *Repeats) Add(zh, en string) {
	h := pairHash(rp.seed, pairKey{zh, en})
	_, again := rp.met[h]
	rp.met[h] = again
}

// Done ends the count: rp keeps the pairs met more than once only, which
// for a big document take a fifth of the memory of all.
func (rp *Repeats) Done() {
	again := map[uint64]bool{}
	for h, a := range rp.met {
		if a {
			again[h] = true
		}
	}
	rp.met = again
}

// hashed is a pair with its hash under seed, found by a worker before it
// takes the lock (hashedPair, seedNow): getHashed and putHashed then need
// not hash it again, each under the lock that every analysing goroutine
// waits for.
type hashed struct {
	pairKey
	seed maphash.Seed
	h    uint64
}

// seedNow returns the seed r hashes by, made if r has none yet: a worker
// takes it once per batch (analyse), and getHashed and putHashed hash
// again if expect changed it since.
func (r *recent) seedNow() maphash.Seed {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.init()
	return r.seed
}

// hashedPair returns k hashed by seed (seedNow).
func hashedPair(k pairKey, seed maphash.Seed) hashed { return hashed{k, seed, pairHash(seed, k)} }

// hashOf returns the hash of hk under r's seed (r.mu held).
func (r *recent) hashOf(hk hashed) uint64 {
	if hk.seed != r.seed {
		return r.hash(hk.pairKey)
	}
	return hk.h
}

// getHashed returns the tokens of the pair hk if it was analysed lately,
// in a list cut by cut (nil: made).
func (r *recent) getHashed(hk hashed, cut func(n int) []*interned) ([]*interned, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cur.pairs == nil {
		return nil, false
	}
	k, h := hk.pairKey, r.hashOf(hk)
	if r.only != nil {
		if _, again := r.only[h]; !again {
			// Only the pairs of only are remembered (since expect,
			// which forgot the others): no need to look in both
			// generations.
			return nil, false
		}
	}
	if s, ok := r.cur.pairs[h]; ok {
		return r.tokensOf(r.cur.ids[s.off:s.off+s.n], k.zh, cut)
	}
	s, ok := r.prev.pairs[h]
	if !ok {
		return nil, false
	}
	ids := r.prev.ids[s.off : s.off+s.n]
	toks, ok := r.tokensOf(ids, k.zh, cut)
	if ok {
		r.remember(h, ids)
	}
	return toks, ok
}

// tokensOf returns the tokens of ids, in a list cut by cut (nil: made), if
// they spell zh.
func (r *recent) tokensOf(ids []uint32, zh string, cut func(n int) []*interned) ([]*interned, bool) {
	toks := cutList(len(ids), cut)
	rest := zh
	for i, id := range ids {
		t := r.toks.at(id)
		if !strings.HasPrefix(rest, t.Text) {
			return nil, false
		}
		rest = rest[len(t.Text):]
		toks[i] = t
	}
	return toks, rest == ""
}

// putHashed remembers the tokens of the pair hk and returns them
// interned, in a list cut by cut (nil: made). hs, if it has room for
// them, is where the tokens' hashes are found before the lock is taken
// (they were half of interning's work, all of it under the lock).
func (r *recent) putHashed(hk hashed, toks []Token, hs []uint64, cut func(n int) []*interned) []*interned {
	hs = hs[:0]
	if cap(hs) >= len(toks) {
		for i := range toks {
			hs = append(hs, tokenHash(&toks[i], hk.seed))
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.init()
	if hk.seed != r.seed {
		hs = hs[:0] // (hashed by a seed expect replaced)
	}
	if r.toks.n+len(toks) > cmp.Or(r.maxTokens, recentTokens) {
		// The ids of both generations name the tokens dropped.
		r.toks, r.cur, r.prev = tokenTable{}, generation{pairs: map[uint64]span{}}, generation{}
	}
	out := cutList(len(toks), cut)
	var buf [32]uint32 // most pairs' ids, without an allocation
	ids := buf[:0]
	for i := range toks {
		var th uint64
		if len(hs) == len(toks) {
			th = hs[i]
		} else {
			th = tokenHash(&toks[i], r.seed)
		}
		id := r.toks.intern(&toks[i], th)
		ids = append(ids, id)
		out[i] = r.toks.at(id)
	}
	h := r.hashOf(hk)
	if _, again := r.only[h]; again || r.only == nil {
		r.remember(h, ids)
	}
	return out
}

// cutList returns a list of n tokens, cut by cut or made.
func cutList(n int, cut func(n int) []*interned) []*interned {
	if cut == nil {
		return make([]*interned, n)
	}
	return cut(n)
}

// remember adds the pair of hash h and tokens ids to the newer
// generation, which becomes the older when full.
func (r *recent) remember(h uint64, ids []uint32) {
	if _, ok := r.cur.pairs[h]; ok {
		return // two goroutines analysed it at once
	}
	r.cur.pairs[h] = span{uint32(len(r.cur.ids)), uint32(len(ids))}
	r.cur.ids = append(r.cur.ids, ids...)
	if len(r.cur.ids) >= cmp.Or(r.maxIDs, recentIDs) {
		r.prev, r.cur = r.cur, generation{pairs: make(map[uint64]span, len(r.cur.pairs))}
	}
}

// tokenTable interns tokens: each distinct token is held once, in chunks
// that never move, so that a sentence may point at it while more are
// added.
type tokenTable struct {
	// slots find a token's id by its hash, by open addressing: a slot
	// holds the hash's upper half, which also places it (tokenSlot), and
	// the id + 1 (0: empty). At most half full. Interning looks up every
	// token of every pair analysed, in a table of up to recentTokens: a
	// slot of 8 bytes is one cache miss, where a map[uint64]uint32 (the
	// index it replaces) read a control word and then the slot, and grew
	// by moving its entries (its lookups and inserts were 0.6 s of a
	// million-pair mine's CPU).
	slots  []tokenSlot
	chunks [][]interned
	n      int
}

// tokenSlot is a slot of tokenTable.slots.
type tokenSlot struct{ tag, id uint32 }

// slotOf returns where a token of hash h is looked for first in slots of
// length mask+1: its upper half, as a slot keeps it.
func slotOf(tag uint32, mask int) int { return int(tag) & mask }

// interned is a token as the table holds it, with what the miner's count
// learnt of it (Miner.count): the word it is and its sense met. A corpus
// meets the same tokens again and again, and a map from token to word
// beside the table held 6.7 MB at 800,000 pairs, live where the heap is
// nearest the memory limit (see Miner.count); here it is 8 bytes a token.
// Only count reads and writes word and counted, one batch at a time.
type interned struct {
	Token
	word    tokenWord
	counted bool
	// wordIsText is Word == Text, found once per token (fillParts).
	wordIsText bool
}

const tokenChunk = 1 << 12

func (tt *tokenTable) at(id uint32) *interned { return &tt.chunks[id/tokenChunk][id%tokenChunk] }

// tokenHash is the hash by which tokenTable finds t. It leaves out the
// word, its traditional form and reading, which the entry names ("朝 朝
// [chao2]") but for a name (its entry is "", its text the word): tokens
// that differ only there are told apart by sameToken, and hashing six
// strings a token was a third of interning's time.
func tokenHash(t *Token, seed maphash.Seed) uint64 {
	h := uint64(t.Sense)
	if t.Evidence {
		h++
	}
	for _, s := range [...]string{t.Text, t.Gloss, t.Entry} {
		h = h*0x9e3779b97f4a7c15 ^ maphash.String(seed, s)
	}
	return h
}

// intern returns the id of the token equal to t, of hash h (tokenHash),
// adding it if new.
func (tt *tokenTable) intern(t *Token, h uint64) uint32 {
	if 2*(tt.n+1) > len(tt.slots) {
		tt.grow()
	}
	tag, mask := uint32(h>>32), len(tt.slots)-1
	for i := slotOf(tag, mask); ; i = (i + 1) & mask {
		s := &tt.slots[i]
		if s.id == 0 {
			id := uint32(tt.n)
			if tt.n%tokenChunk == 0 {
				tt.chunks = append(tt.chunks, make([]interned, tokenChunk))
			}
			c := interned{Token: *t}
			// The text is a piece of the sentence; held alone, it does not
			// keep the sentence.
			c.Text = strings.Clone(c.Text)
			c.wordIsText = c.Word == c.Text
			*tt.at(id) = c
			tt.n++
			*s = tokenSlot{tag, id + 1}
			return id
		}
		if s.tag == tag && sameToken(&tt.at(s.id-1).Token, t) {
			return s.id - 1
		}
	}
}

// grow doubles tt.slots (4,096 at first), placing each token again by the
// tag its slot keeps.
func (tt *tokenTable) grow() {
	old := tt.slots
	tt.slots = make([]tokenSlot, max(1<<12, 2*len(old)))
	mask := len(tt.slots) - 1
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		i := slotOf(s.tag, mask)
		for tt.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		tt.slots[i] = s
	}
}

// sameToken reports whether a and b are the same token: the same fields
// and senses. The senses are mostly the dictionary's own slice, but a name
// gets a new one each time it is met.
func sameToken(a, b *Token) bool {
	return a.Text == b.Text && a.Word == b.Word && a.Trad == b.Trad && a.Reading == b.Reading &&
		a.Gloss == b.Gloss && a.Sense == b.Sense && a.Entry == b.Entry && a.Evidence == b.Evidence &&
		a.Name == b.Name && sameSenses(a.Senses, b.Senses)
}

func sameSenses(a, b []string) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0] || slices.Equal(a, b)
}
