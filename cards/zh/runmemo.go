package zh

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// Two steps of a run's segmentation are functions of the run alone, and a
// corpus says the same clauses in pair after pair with other English or
// other words beside them: of 50,000 Tatoeba-like pairs
// (BenchmarkAnalyzeTatoeba), 144,905 runs were decoded, 11,395 distinct,
// and of the 100,040 that regroup asked its hundred rules of, 1,325 were
// distinct. runMemos keeps their outcomes for the runs met last.
//
//   - segmentDecoded, the unigram model's best path (≈ 4 % of a pair's
//     CPU), reads the run and the lexicon only;
//   - the last steps (settleRun: splitZhe, splitAfterNumeral, regroup: ≈
//     9 %) read only the run and its words as segmented so far (their
//     ends, gse tags, lexicon ids and log probabilities) and CC-CEDICT:
//     never the English, the sentence around the run or the priors.

// A memo's slots, in pairs: a run's hash picks a pair, a new run takes
// its first slot and moves the one there to the second, and a run found
// in the second moves back to the first (memoPair). Of the two, the run
// met less lately goes, so that a clause said again and again stays
// however many words met once come between: big1m ends most clauses with
// a dictionary word, most of them met once, and with one slot a run such
// a word took the slot of a clause whatever its use. Analysing big1m's
// 403,739 distinct pairs, pairs of slots decode 158,101 runs instead of
// 223,755 (56,223 of more than two characters instead of 102,334, ≈ 13
// µs each) and settle 119,450 instead of 132,077 (40,724 long ones
// instead of 47,525, ≈ 37 µs each).
const (
	runMemoBits  = 14
	runMemoSlots = 1 << runMemoBits
	// maxMemoRun is the longest run, in bytes, that is kept: a long run
	// (a paragraph without punctuation) is rarely said twice.
	maxMemoRun = 512
)

// runMemos remembers, lock-free, the outcomes of the runs decoded and
// settled last. Two goroutines may compute the same run's at once: the
// outcome is the same.
type runMemos struct {
	seed             maphash.Seed
	decoded, settled [runMemoSlots]atomic.Pointer[memoRun]
}

func newRunMemos() *runMemos { return &runMemos{seed: maphash.MakeSeed()} }

// memoRun is a run, its words before a step (none for segmentDecoded,
// which starts from none) and after it; for a decoded run, the words of
// the lexicon that cross the boundaries of its decoded words, once
// crossingFits has found them (ambiguity.go).
type memoRun struct {
	run       string
	in, out   []segWord
	crossings atomic.Pointer[[]crossingWord]
	// settled is, for a decoded run, its words settled (settleRun) when
	// they come out of segmentEnglish as decoded, as most do: so settleRun
	// finds them beside the decoded words, where a second lookup costs
	// the cache misses of a second memo.
	settled atomic.Pointer[[]segWord]
}

// crossingWord is a word of the lexicon over characters i..j-1 of a run.
type crossingWord struct {
	i, j uint16
	id   int32
}

// segWord is a word of a segWords: where it ends in its run, its gse tag,
// lexicon id and log probability.
type segWord struct {
	end  int32
	id   int32
	logp float32
	pos  uint8
}

// decodeRun is segmentDecoded (segment.go), from runMemos when the run was
// met lately. It returns the run's memoRun, nil when the run is not kept.
func (a *Analyzer) decodeRun(run string, off []int, runes []rune, out *segWords, sc *segScratch) *memoRun {
	m := a.runs
	if m == nil || len(run) > maxMemoRun {
		a.segmentDecoded(run, off, runes, out, sc)
		return nil
	}
	pair := memoPairOf(&m.decoded, maphash.String(m.seed, run))
	from := len(out.ends)
	if p := pair[0].Load(); p != nil && p.run == run {
		appendOut(p.out, out, from)
		return p
	}
	if p := pair[1].Load(); p != nil && p.run == run {
		pair.first(p)
		appendOut(p.out, out, from)
		return p
	}
	a.segmentDecoded(run, off, runes, out, sc)
	p := &memoRun{run: strings.Clone(run), out: appendWords(nil, out, from)}
	pair.first(p)
	return p
}

// memoPair is the pair of slots of a memo that a run's hash picks (see
// runMemoSlots): the run met last first.
type memoPair [2]atomic.Pointer[memoRun]

// memoPairOf returns the pair of slots of hash h in slots.
func memoPairOf(slots *[runMemoSlots]atomic.Pointer[memoRun], h uint64) *memoPair {
	b := h >> (64 - runMemoBits) &^ 1
	return (*memoPair)(slots[b : b+2])
}

// first puts p, a new run or the one of the second slot, in the first
// slot, and the run that was there in the second, letting go of the run
// the second held. (Two goroutines may move a pair at once: a run may then
// stand in both slots and another be let go, which only costs it being
// computed again.)
func (pair *memoPair) first(p *memoRun) {
	pair[1].Store(pair[0].Load())
	pair[0].Store(p)
}

// settleRun applies to the words of run in out from index from on the
// steps that read the run's words alone: splitZhe, splitAfterNumeral, then
// regroup, from runMemos when the run and its words were met lately.
// decoded, if not nil, is the run's memoRun of its decoded words.
func (a *Analyzer) settleRun(run string, out *segWords, from int, decoded *memoRun) {
	m := a.runs
	if m == nil || len(run) > maxMemoRun || regroupProbe != nil || regroupGateOpen {
		a.settleRunOnce(run, out, from)
		return
	}
	if decoded != nil && sameWords(decoded.out, out, from) {
		if ws := decoded.settled.Load(); ws != nil {
			appendOut(*ws, out, from)
			return
		}
		a.settleRunKept(run, out, from)
		ws := appendWords(nil, out, from)
		decoded.settled.Store(&ws) // (two goroutines may both settle it: the same words)
		return
	}
	a.settleRunKept(run, out, from)
}

// settleRunKept is settleRun from its memo of settled runs.
func (a *Analyzer) settleRunKept(run string, out *segWords, from int) {
	m := a.runs
	h := maphash.String(m.seed, run)
	for k := from; k < len(out.ends); k++ {
		h = (h ^ uint64(out.ends[k])<<32 ^ uint64(uint32(out.ids[k]))) * 0x9e3779b97f4a7c15
	}
	pair := memoPairOf(&m.settled, h)
	if p := pair[0].Load(); p != nil && p.run == run && sameWords(p.in, out, from) {
		appendOut(p.out, out, from)
		return
	}
	if p := pair[1].Load(); p != nil && p.run == run && sameWords(p.in, out, from) {
		pair.first(p)
		appendOut(p.out, out, from)
		return
	}
	n := len(out.ends) - from
	in := appendWords(make([]segWord, 0, 2*n), out, from)
	a.settleRunOnce(run, out, from)
	ws := appendWords(in, out, from)
	pair.first(&memoRun{run: strings.Clone(run), in: ws[:n:n], out: ws[n:]})
}

// appendOut makes ws the words of out from index from on.
func appendOut(ws []segWord, out *segWords, from int) {
	out.ends, out.pos, out.ids, out.logp = out.ends[:from], out.pos[:from], out.ids[:from], out.logp[:from]
	for _, w := range ws {
		out.ends = append(out.ends, int(w.end))
		out.pos = append(out.pos, w.pos)
		out.ids = append(out.ids, w.id)
		out.logp = append(out.logp, w.logp)
	}
}

// settleRunOnce is settleRun's steps, in the order segmentRun had them.
func (a *Analyzer) settleRunOnce(run string, out *segWords, from int) {
	a.splitZhe(run, out, from) // readings.go
	a.splitAfterNumeral(run, out, from)
	a.regroup(run, out, from) // boundaries.go
}

// appendWords appends the words of out from index from on to ws.
func appendWords(ws []segWord, out *segWords, from int) []segWord {
	for k := from; k < len(out.ends); k++ {
		ws = append(ws, segWord{end: int32(out.ends[k]), id: out.ids[k], logp: out.logp[k], pos: out.pos[k]})
	}
	return ws
}

// sameWords reports whether ws are the words of out from index from on.
func sameWords(ws []segWord, out *segWords, from int) bool {
	if len(ws) != len(out.ends)-from {
		return false
	}
	for i, w := range ws {
		k := from + i
		if int(w.end) != out.ends[k] || w.id != out.ids[k] || w.logp != out.logp[k] || w.pos != out.pos[k] {
			return false
		}
	}
	return true
}
