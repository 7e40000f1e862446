package cards

import "strings"

// What a word's cards show of its meaning: the sense met in context first,
// whole, then the word's other main senses, set apart. The review screen,
// lookup and the Anki note all take them from here.

// OtherSensesShown is how many other senses a card shows.
const OtherSensesShown = 3

// CardGloss is the sense the word's cards show: its gloss (the sense met
// most often), whole. The analyzer may have cut a long sense to fit a
// terminal table ("to withdraw the mandate of heaven (and…"); the card
// shows the dictionary's sense it was cut from.
func (w *Word) CardGloss() string { return whole(w.Gloss, w.Senses) }

// whole is the sense of senses that gloss was cut from, or gloss itself.
func whole(gloss string, senses []string) string {
	cut, ok := strings.CutSuffix(gloss, "…")
	if !ok || cut == "" {
		return gloss
	}
	for _, s := range senses {
		if len(s) > len(cut) && strings.HasPrefix(s, cut) {
			return s
		}
	}
	// A gloss made of several senses joined ("a; b; c…").
	joined := strings.Join(senses, "; ")
	if i := strings.Index(joined, cut); i >= 0 {
		rest := joined[i:]
		if j := strings.Index(rest[len(cut):], "; "); j >= 0 {
			return rest[:len(cut)+j]
		}
		return rest
	}
	return gloss
}

// OtherSenses are up to n of the word's other main senses, whole: those
// met in other sentences first (most met first), then the dictionary's in
// its order. Senses the card gloss already says are left out.
func (w *Word) OtherSenses(n int) []string {
	main := w.CardGloss()
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(whole(s, w.Senses))
		if s == "" || len(out) == n || s == main || strings.Contains(main, s) {
			return
		}
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	for _, m := range w.Met {
		add(m.Gloss)
	}
	for _, s := range w.Senses {
		add(s)
	}
	return out
}
