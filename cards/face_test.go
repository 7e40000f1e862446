package cards

import (
	"slices"
	"testing"
)

func TestCardGloss(t *testing.T) {
	w := Word{Word: "革命", Gloss: "to withdraw the mandate of heaven (and…",
		Senses: []string{"revolution", "revolutionary", "to withdraw the mandate of heaven (and transition to a new dynasty)"}}
	if got := w.CardGloss(); got != "to withdraw the mandate of heaven (and transition to a new dynasty)" {
		t.Errorf("CardGloss = %q", got)
	}
	if got := w.OtherSenses(OtherSensesShown); !slices.Equal(got, []string{"revolution", "revolutionary"}) {
		t.Errorf("OtherSenses = %q", got)
	}
	w = Word{Word: "比赛", Gloss: "match", Met: []Sense{{"match", 3}, {"to compete", 1}},
		Senses: []string{"competition (sports etc)", "match", "CL:場|场[chang3],次[ci4]", "to compete", "to race"}}
	if got := w.OtherSenses(3); !slices.Equal(got, []string{"to compete", "competition (sports etc)", "CL:場|场[chang3],次[ci4]"}) {
		t.Errorf("OtherSenses = %q", got)
	}
	w = Word{Word: "银行", Gloss: "bank", Senses: []string{"bank"}}
	if got := w.OtherSenses(3); len(got) != 0 || w.CardGloss() != "bank" {
		t.Errorf("OtherSenses = %q, CardGloss %q", got, w.CardGloss())
	}
}
