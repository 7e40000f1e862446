package zh

import "testing"

// TestSenseMemo checks that the remembered predicates on senses answer
// as computing them does, for the senses of every eighth entry of the
// dictionary (more senses than a memo has slots, so slots are taken over
// by other senses), asked twice in turn: the second round finds many
// slots holding another sense, which must not be taken for its own.
func TestSenseMemo(t *testing.T) {
	a := analyzer(t)
	d := a.Dict()
	var senses []string
	for i := 0; i < len(d.Entries); i += 8 {
		senses = append(senses, d.Entries[i].Senses()...)
	}
	if len(senses) < memoSlots {
		t.Fatalf("%d senses, want more than %d", len(senses), memoSlots)
	}
	preds := []struct {
		name         string
		memo, direct func(string) bool
	}{
		{"nounish", nounish, nounishOf},
		{"narrowVerb", narrowVerb, narrowVerbOf},
		{"isFreeSense", isFreeSense, isFreeSenseOf},
		{"isGrammarSense", isGrammarSense, isGrammarSenseOf},
		{"adverbOnly", adverbOnly, adverbOnlyOf},
		{"nounOnly", nounOnly, nounOnlyOf},
	}
	for round := range 2 {
		for _, s := range senses {
			for _, p := range preds {
				if got, want := p.memo(s), p.direct(s); got != want {
					t.Fatalf("round %d: %s(%q) = %v, computed %v", round, p.name, s, got, want)
				}
			}
			if got, want := firstGloss(s), firstGlossOf(s); got != want {
				t.Fatalf("round %d: firstGloss(%q) = %q, computed %q", round, s, got, want)
			}
		}
	}
}
