package zh

import (
	"sync/atomic"
	"unsafe"
)

// The rules ask the same questions of the same dictionary senses in pair
// after pair: is "to repair; to mend" a narrow verb, is "work; job"
// nounish, is "(bound form) not; un-" free. Each answer splits, lowers
// and scans the sense (and nounish asks WordNet), hundreds of
// nanoseconds where a pair asks hundreds of them: a tenth of a pair's
// CPU. A senseMemo keeps the answers of the senses asked last, so that
// the rules stay functions of a string and a hit costs a load and a
// compare.

// memoSlots is the number of slots of each senseMemo: the senses asked
// often are a few thousand, and a slot lost to another sense is only
// asked again.
const (
	memoBits  = 14
	memoSlots = 1 << memoBits
)

// senseMemo remembers f(s) for the senses s asked last, lock-free: a slot
// holds one sense and its answer, and the last to ask replaces it. Two
// goroutines may both compute an answer: it is the same.
type senseMemo[T any] struct {
	slots [memoSlots]atomic.Pointer[memoized[T]]
}

// memoized is a sense and an answer about it.
type memoized[T any] struct {
	key string
	v   T
}

// of returns f(s), from the slot of s when it holds s. f must be a pure
// function of s: the answer is shared by every caller that asks of the
// same text. s must not change while it is kept (no view of a buffer):
// the senses asked are the dictionary's, which never do.
//
// The slot is chosen by where s is, not by what it says: a sense of the
// dictionary is the same bytes in every pair, so hashing its address
// finds it without reading it, and comparing the key with s finds the
// same address at once (a string compare checks the pointers first). A
// copy of a sense elsewhere only takes another slot; the compare of the
// texts keeps another string's answer from being taken.
func (m *senseMemo[T]) of(s string, f func(string) T) T {
	h := (uint64(uintptr(unsafe.Pointer(unsafe.StringData(s)))) ^ uint64(len(s))) * 0x9e3779b97f4a7c15
	slot := &m.slots[h>>(64-memoBits)]
	if p := slot.Load(); p != nil && p.key == s {
		return p.v
	}
	p := &memoized[T]{key: s, v: f(s)}
	slot.Store(p)
	return p.v
}

// The memos of the predicates on senses that the rules ask most.
var (
	nounishMemo, narrowVerbMemo, freeSenseMemo, grammarSenseMemo senseMemo[bool]
	adverbOnlyMemo, nounOnlyMemo                                 senseMemo[bool]
	firstGlossMemo                                               senseMemo[string]
)
