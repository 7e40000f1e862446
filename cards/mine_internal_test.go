package cards

import "testing"

// recent holds at most two generations of recentTokens tokens, keeps a
// pair met again, and lets the pairs not met again go.
func TestRecentBounded(t *testing.T) {
	var r recent
	toks := make([]Token, 99) // 100 tokens a pair, as counted
	key := func(i int) pairKey { return pairKey{string(rune(0x4e00 + i)), ""} }
	kept := key(0)
	r.put(kept, toks)
	n := 4 * recentTokens / 100
	for i := 1; i < n; i++ {
		r.put(key(i), toks)
		if _, ok := r.get(kept); !ok {
			t.Fatalf("pair met every time dropped after %d pairs", i)
		}
		if held := 100 * (len(r.cur) + len(r.prev)); held > 2*recentTokens+200 {
			t.Fatalf("%d tokens held after %d pairs", held, i)
		}
	}
	if _, ok := r.get(key(1)); ok {
		t.Error("pair met once still held after four generations")
	}
	if _, ok := r.get(key(n - 1)); !ok {
		t.Error("last pair not held")
	}
}
