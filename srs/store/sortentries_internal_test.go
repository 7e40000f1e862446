package store

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortEntries sorts keys that share long prefixes, end inside the
// first 16 bytes, or differ only by trailing zero bytes (which keyBytes
// pads with), and checks the order against bytes.Compare and that every
// entry keeps its value.
func TestSortEntries(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	alphabet := []byte{0, 1, 'a', 'b', 0xff}
	seen := map[string]bool{}
	var es []entry
	for len(es) < 5000 {
		k := make([]byte, r.IntN(24))
		for i := range k {
			k[i] = alphabet[r.IntN(len(alphabet))]
		}
		if seen[string(k)] {
			continue
		}
		seen[string(k)] = true
		es = append(es, entry{k, []byte("v" + string(k))})
	}
	for _, n := range []int{0, 1, 2, 17, len(es)} {
		got := slices.Clone(es[:n])
		sortEntries(got)
		want := slices.Clone(es[:n])
		slices.SortFunc(want, func(a, b entry) int { return bytes.Compare(a.k, b.k) })
		for i := range want {
			if !bytes.Equal(got[i].k, want[i].k) || !bytes.Equal(got[i].v, append([]byte("v"), got[i].k...)) {
				t.Fatalf("n=%d: entry %d is %q=%q, want %q", n, i, got[i].k, got[i].v, want[i].k)
			}
		}
	}
}
