package zh

import (
	"slices"
	"strings"
	"testing"

	"cika/cards/wordnet"
)

// TestPartsOfSpeechMemo checks partsOfSpeech against WordNet on the first
// glosses of every sense of the dictionary, the senses themselves and
// their last words (pieces of the embedded dictionary, which glossParts
// keeps), copies of them (which it does not) and English words, asked in
// two orders: far more pieces than slots, so that slots are taken over
// and a stale answer would show.
func TestPartsOfSpeechMemo(t *testing.T) {
	a := analyzer(t)
	var words []string
	for i := range a.dict.Entries {
		for _, s := range a.dict.Entries[i].Senses() {
			g := firstGloss(s)
			words = append(words, g, s, strings.Clone(g))
			if j := strings.LastIndexByte(g, ' '); j >= 0 {
				words = append(words, g[j+1:])
			}
		}
	}
	for _, p := range seedPairs(t) {
		words = append(words, strings.Fields(strings.ToLower(p.EN))...)
	}
	kept, held, kinds := 0, 0, map[wordnet.POS]bool{}
	for pass := range 2 {
		for _, w := range words {
			want := wordnet.PartsOfSpeech(w)
			key, i, ok := senseSlot(w, posKeyShift)
			if ok {
				kept++
				if glossParts.slots[i].Load()>>posKeyShift == key {
					held++
				}
			}
			if got := partsOfSpeech(w); got != want {
				t.Fatalf("pass %d: partsOfSpeech(%q) = %d, want %d (kept %v)", pass, w, got, want, ok)
			}
			kinds[want] = true
		}
		slices.Reverse(words)
	}
	if kept == 0 || held == 0 || kept == len(words)*2 || len(kinds) < 4 {
		t.Fatalf("%d of %d asks kept, %d held already, %d kinds of answer", kept, 2*len(words), held, len(kinds))
	}
}
