package store

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
)

// sortEntries sorts es by key, as slices.SortFunc with bytes.Compare
// would (keys are distinct within a bucket).
//
// The new words of a million pairs' commit are ≈ 1.1 million entries
// (freshIndexes), each key allocated on its own: compared in place, every
// comparison read two keys from memory gone cold, and the sort was half of
// the time buildFresh takes, which the commit waits for (the tail of a
// mine, on one core). So the sort orders refs that hold each key's first
// 16 bytes as two numbers, which settle most comparisons without reading
// the keys, and then moves the entries into place.
func sortEntries(es []entry) {
	type ref struct {
		hi, lo uint64 // the key's bytes 0–7 and 8–15 (keyBytes)
		i      uint32 // es[i] is the key's entry
	}
	rs := make([]ref, len(es))
	for i, e := range es {
		rs[i] = ref{keyBytes(e.k, 0), keyBytes(e.k, 8), uint32(i)}
	}
	slices.SortFunc(rs, func(a, b ref) int {
		if c := cmp.Compare(a.hi, b.hi); c != 0 {
			return c
		}
		if c := cmp.Compare(a.lo, b.lo); c != 0 {
			return c
		}
		return bytes.Compare(es[a.i].k, es[b.i].k)
	})
	// es[j] takes the entry rs[j] names, cycle by cycle; a ref placed
	// names itself.
	for start := range rs {
		if rs[start].i == uint32(start) {
			continue
		}
		held := es[start]
		j := start
		for {
			k := int(rs[j].i)
			rs[j].i = uint32(j)
			if k == start {
				es[j] = held
				break
			}
			es[j] = es[k]
			j = k
		}
	}
}

// keyBytes is k's 8 bytes from at as a big-endian number, zeros past its
// end: two keys whose numbers differ are ordered as the numbers are (the
// first byte that differs decides, and a key that ends first, zeros after
// it, is the lesser or ties).
func keyBytes(k []byte, at int) uint64 {
	if len(k) >= at+8 {
		return binary.BigEndian.Uint64(k[at:])
	}
	var b [8]byte
	if at < len(k) {
		copy(b[:], k[at:])
	}
	return binary.BigEndian.Uint64(b[:])
}
