package zh

import (
	"testing"

	"cika/cards"
)

// glossOf returns the gloss a gives word in zh with English en.
func glossOf(t *testing.T, a *Analyzer, zh, en, word string) cards.Token {
	t.Helper()
	for _, tk := range a.Analyze(zh, en) {
		if tk.Text == word {
			return tk
		}
	}
	t.Fatalf("%s: no token %s", zh, word)
	return cards.Token{}
}

func TestPriors(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// 方案: plan / program (for action etc) / proposal / proposed bill.
	// The English of three pairs said "proposal".
	confirmed := glossOf(t, a, "他们的方案更好。", "Their proposal is better.", "方案")
	if !confirmed.Evidence || confirmed.Gloss != "proposal" {
		t.Fatalf("English 'proposal': got %q evidence %v", confirmed.Gloss, confirmed.Evidence)
	}
	p := cards.Priors{}
	p.Add(confirmed.Entry, confirmed.Sense, 3)
	learned := a.WithPriors(p)

	const silent = "我们讨论了这个方案。"
	if tk := glossOf(t, a, silent, "", "方案"); tk.Gloss != "plan" || tk.Evidence {
		t.Errorf("no priors: got %q evidence %v, want the first sense", tk.Gloss, tk.Evidence)
	}
	if tk := glossOf(t, learned, silent, "", "方案"); tk.Gloss != "proposal" || tk.Evidence {
		t.Errorf("priors: got %q evidence %v, want the confirmed sense", tk.Gloss, tk.Evidence)
	}
	// The English of the pair still wins over the priors.
	if tk := glossOf(t, learned, silent, "We discussed this program.", "方案"); tk.Gloss != "program (for action etc)" {
		t.Errorf("priors and English 'program': got %q", tk.Gloss)
	}
	// One confirmation, or no clear majority, decides nothing.
	weak := cards.Priors{}
	weak.Add(confirmed.Entry, confirmed.Sense, 1)
	if tk := glossOf(t, a.WithPriors(weak), silent, "", "方案"); tk.Gloss != "plan" {
		t.Errorf("one confirmation: got %q", tk.Gloss)
	}
	split := cards.Priors{}
	split.Add(confirmed.Entry, confirmed.Sense, 3)
	split.Add(confirmed.Entry, confirmed.Sense+1, 3)
	if tk := glossOf(t, a.WithPriors(split), silent, "", "方案"); tk.Gloss != "plan" {
		t.Errorf("split confirmations: got %q", tk.Gloss)
	}
	// A construction beats the priors: after a demonstrative 家 is a
	// measure word, however often the learner's English said "home".
	home := glossOf(t, a, "家是最温暖的地方。", "Home is the warmest place.", "家")
	if !home.Evidence {
		t.Fatalf("家 'home' not confirmed: %q", home.Gloss)
	}
	hp := cards.Priors{}
	hp.Add(home.Entry, home.Sense, 10)
	if tk := glossOf(t, a.WithPriors(hp), "这家饭馆很好。", "", "家"); tk.Gloss != "classifier for families or businesses" {
		t.Errorf("这家 with priors for 'home': got %q", tk.Gloss)
	}
	// Entries the dictionary does not have are ignored.
	if got := a.WithPriors(cards.Priors{"無 无 [xx9]": {5}}).priors; len(got) != 0 {
		t.Errorf("unknown entry kept: %v", got)
	}
}
