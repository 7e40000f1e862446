package cards

import (
	"testing"

	"cika/cards/corpus"
)

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

// oneToken is an analyzer that makes the Chinese side one token.
type oneToken struct{}

func (oneToken) Analyze(zh, en string) []Token { return []Token{{Text: zh, Word: zh, Reading: "x1"}} }

// The analyses remembered go with the analyzer once the words are taken:
// the miner is kept through the commit (Postings).
func TestRecentDropped(t *testing.T) {
	mn := NewMiner(oneToken{})
	mn.Add([]corpus.Pair{{ZH: "好", EN: "good"}, {ZH: "好", EN: "good"}}, nil)
	if len(mn.recent.cur) != 1 {
		t.Fatalf("%d pairs remembered, want 1", len(mn.recent.cur))
	}
	mn.Mined()
	if mn.recent.cur != nil || mn.recent.prev != nil {
		t.Error("analyses still held after Mined")
	}
}
