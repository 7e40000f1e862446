package cards

import (
	"slices"
	"sync"
)

// The memory of a batch's sentences, reused from batch to batch.
//
// Each sentence Add returns has its Parts (≈ 1 KB a Tatoeba-like pair)
// and, while it is counted, its list of tokens. Allocated one by one, a
// million pairs made ≈ 1.1 GB of them (a fifth of all a mining run
// allocated), garbage as soon as the batch was stored and counted; and at a
// million pairs the live heap is within ≈ 25 MB of the memory limit, so
// every 25 MB allocated cost a collection of ≈ 200 MB. Instead they are cut
// from chunks, and a caller that is done with a batch (Recycle) gives its
// chunks to a later batch.

// Chunk sizes: a batch of 2,500 pairs of ≈ 16 tokens cuts ≈ 10 chunks of
// each.
const (
	partChunk = 1 << 12
	listChunk = 1 << 12
	// maxSpare bounds the chunks of each kind kept for the next batch
	// (4 MB of Parts): about what a batch cuts. Spares are live memory,
	// and at a million pairs every MB live is a MB less between
	// collections.
	maxSpare = 16
)

// batchMem is what one batch's sentences are cut from.
type batchMem struct {
	ss      []Sentence
	parts   [][]Part
	tokens  [][]*interned
	counted chan struct{} // closed once count is done with the batch
}

// spares are the chunks of batches recycled, for the next batches.
type spares struct {
	mu     sync.Mutex
	ss     [][]Sentence
	parts  [][]Part
	tokens [][]*interned
	// inFlight are the last batches returned, to be recycled: a caller
	// that does not recycle them leaves them to the collector once
	// maxInFlight more have come.
	inFlight []*batchMem
}

const maxInFlight = 8

// sentences returns n zero sentences, from a recycled batch if one is big
// enough.
func (sp *spares) sentences(n int) []Sentence {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	for i, ss := range sp.ss {
		if cap(ss) >= n {
			sp.ss = append(sp.ss[:i], sp.ss[i+1:]...)
			return ss[:n]
		}
	}
	return make([]Sentence, n)
}

// cutter cuts one worker's Parts and token lists from chunks, taken from
// the spares or made.
type cutter struct {
	sp     *spares
	parts  chunkCut[Part]
	tokens chunkCut[*interned]
}

func (c *cutter) cutParts(n int) []Part {
	return c.parts.cut(n, partChunk, func() []Part { return take(c.sp, &c.sp.parts) })
}

func (c *cutter) cutTokens(n int) []*interned {
	return c.tokens.cut(n, listChunk, func() []*interned { return take(c.sp, &c.sp.tokens) })
}

// take takes a spare chunk from *list (nil if there is none).
func take[T any](sp *spares, list *[][]T) []T {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if len(*list) == 0 {
		return nil
	}
	c := (*list)[len(*list)-1]
	*list = (*list)[:len(*list)-1]
	return c
}

// chunkCut cuts slices from the chunk it fills, and remembers every chunk
// it cut from, whole, so that they can be recycled with their batch.
type chunkCut[T any] struct {
	cur  []T
	used [][]T
}

// cut returns n elements (zero: the chunks are cleared when recycled)
// with no room to append into the next.
func (c *chunkCut[T]) cut(n, size int, spare func() []T) []T {
	if len(c.cur)+n > cap(c.cur) {
		c.cur = spare()
		if cap(c.cur) < n {
			c.cur = make([]T, 0, max(size, n))
		}
		c.used = append(c.used, c.cur[:cap(c.cur)])
	}
	at := len(c.cur)
	c.cur = c.cur[:at+n]
	return c.cur[at : at+n : at+n]
}

// keep records the batch whose sentences ss are, to be recycled.
func (sp *spares) keep(ss []Sentence, cs []cutter, counted chan struct{}) {
	if len(ss) == 0 {
		return
	}
	b := &batchMem{ss: ss, counted: counted}
	for i := range cs {
		b.parts = append(b.parts, cs[i].parts.used...)
		b.tokens = append(b.tokens, cs[i].tokens.used...)
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if len(sp.inFlight) == maxInFlight {
		sp.inFlight = append(sp.inFlight[:0], sp.inFlight[1:]...)
	}
	sp.inFlight = append(sp.inFlight, b)
}

// Recycle tells the miner that the caller is done with ss, sentences that
// Add returned (stored): their memory is reused by the next batches, so
// neither ss nor their Parts may be read after. It waits until the words
// of ss are counted. Sentences not from Add, or recycled already, are left
// alone.
func (mn *Miner) Recycle(ss []Sentence) {
	if len(ss) == 0 {
		return
	}
	sp := &mn.spares
	sp.mu.Lock()
	var b *batchMem
	for i, f := range sp.inFlight {
		if &f.ss[0] == &ss[0] && len(f.ss) == len(ss) {
			b = f
			sp.inFlight = slices.Delete(sp.inFlight, i, i+1)
			break
		}
	}
	sp.mu.Unlock()
	if b == nil {
		return
	}
	<-b.counted
	// Cleared, so that a spare holds no strings of the pairs: they would
	// be kept (and scanned) until the chunk is cut again.
	clear(b.ss[:cap(b.ss)])
	for _, c := range b.parts {
		clear(c)
	}
	for _, c := range b.tokens {
		clear(c)
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if len(sp.ss) < 2 {
		sp.ss = append(sp.ss, b.ss[:0])
	}
	sp.parts = appendSpare(sp.parts, b.parts)
	sp.tokens = appendSpare(sp.tokens, b.tokens)
}

func appendSpare[T any](list [][]T, cs [][]T) [][]T {
	for _, c := range cs {
		if len(list) >= maxSpare {
			break
		}
		list = append(list, c[:0])
	}
	return list
}

// drop lets the spares go: no batch comes after (Mined).
func (sp *spares) drop() {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.ss, sp.parts, sp.tokens, sp.inFlight = nil, nil, nil, nil
}
