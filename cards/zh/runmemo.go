package zh

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// The last steps of a run's segmentation (settleRun: splitZhe,
// splitAfterNumeral, regroup) read only the run and its words as segmented
// so far (their ends, gse tags, lexicon ids and log probabilities) and
// CC-CEDICT: never the English, the sentence around the run or the
// priors. Their outcome is a function of those words, and a corpus says
// the same clauses in pair after pair with other English or other words
// beside them: of the 100,040 runs of 50,000 Tatoeba-like pairs
// (BenchmarkAnalyzeTatoeba) that regroup asked its hundred rules of, 1,325
// were distinct, and regroup alone was ≈ 8 % of a pair's CPU. A settledRuns
// keeps the outcome of the runs settled last.

// settledSlots is the number of slots of a settledRuns: a run replaces the
// one in its slot, so the runs a corpus repeats often stay.
const (
	settledBits  = 13
	settledSlots = 1 << settledBits
	// maxSettledRun is the longest run, in bytes, that is kept: a long
	// run (a paragraph without punctuation) is rarely said twice.
	maxSettledRun = 512
)

// settledRuns remembers, lock-free, the words of the runs settled last
// before and after settleRun's steps. Two goroutines may settle the same
// run at once: the outcome is the same.
type settledRuns struct {
	seed  maphash.Seed
	slots [settledSlots]atomic.Pointer[settledRun]
}

func newSettledRuns() *settledRuns { return &settledRuns{seed: maphash.MakeSeed()} }

// settledRun is a run and its words before and after settleRun.
type settledRun struct {
	run     string
	in, out []segWord
}

// segWord is a word of a segWords: where it ends in its run, its gse tag,
// lexicon id and log probability.
type segWord struct {
	end  int32
	id   int32
	logp float32
	pos  uint8
}

// settleRun applies to the words of run in out from index from on the
// steps that read the run's words alone: splitZhe, splitAfterNumeral, then
// regroup, from settledRuns when the run and its words were met lately.
func (a *Analyzer) settleRun(run string, out *segWords, from int) {
	m := a.settled
	if m == nil || len(run) > maxSettledRun || regroupProbe != nil || regroupGateOpen {
		a.settleRunOnce(run, out, from)
		return
	}
	h := maphash.String(m.seed, run)
	for k := from; k < len(out.ends); k++ {
		h = (h ^ uint64(out.ends[k])<<32 ^ uint64(uint32(out.ids[k]))) * 0x9e3779b97f4a7c15
	}
	slot := &m.slots[h>>(64-settledBits)]
	if p := slot.Load(); p != nil && p.run == run && sameWords(p.in, out, from) {
		out.ends, out.pos, out.ids, out.logp = out.ends[:from], out.pos[:from], out.ids[:from], out.logp[:from]
		for _, w := range p.out {
			out.ends = append(out.ends, int(w.end))
			out.pos = append(out.pos, w.pos)
			out.ids = append(out.ids, w.id)
			out.logp = append(out.logp, w.logp)
		}
		return
	}
	n := len(out.ends) - from
	in := appendWords(make([]segWord, 0, 2*n), out, from)
	a.settleRunOnce(run, out, from)
	ws := appendWords(in, out, from)
	slot.Store(&settledRun{run: strings.Clone(run), in: ws[:n:n], out: ws[n:]})
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
