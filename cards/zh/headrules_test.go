package zh

import "testing"

// TestHeadRules checks that every headRule has its headword in headRules
// (a rule without one would never fire), that each is a headword of the
// dictionary, and that info gives its entries the rule.
func TestHeadRules(t *testing.T) {
	a := analyzer(t)
	has := map[headRule]bool{}
	for w, r := range headRules {
		has[r] = true
		if len(a.dict.Lookup(w)) == 0 {
			t.Errorf("%s (head rule %d) is no headword of the dictionary", w, r)
		}
		for _, e := range a.dict.Lookup(w) {
			if got := a.info(a.resolve(e)).head; got != r {
				t.Errorf("%s (%s): head %d, want %d", w, e.Pinyin, got, r)
			}
		}
	}
	for r := headNone + 1; r < nHeadRules; r++ {
		if !has[r] {
			t.Errorf("head rule %d has no headword", r)
		}
	}
	if e := a.dict.Lookup("我"); len(e) == 0 || a.info(a.resolve(e[0])).head != headNone {
		t.Errorf("我: a head rule")
	}
}
