package optimize

import (
	"cmp"
	"slices"
)

// The outlier filter of fsrs-rs (dataset.rs, filter_outlier). A card's first
// rating and the days to its first review on a later day define its group;
// within each first rating, the rarest groups making up 5 % of the cards (at
// least 20) are dropped, and so are groups of fewer than 6 cards or with a
// first interval over 100 days (365 after Easy). Every item of a card in a
// dropped group leaves the training set. The cards that remain, through
// their first review on a later day, pre-train the initial stabilities.

// firstLongTerm returns the position of c's first review on a later day,
// or -1.
func (c *card) firstLongTerm() int {
	for j := 1; j < len(c.dt); j++ {
		if c.dt[j] > 0 {
			return j
		}
	}
	return -1
}

// outliers returns, for each card, whether it is kept, and the cards kept
// for pre-training.
func (d *Data) outliers() (keep []bool, initCards []int32) {
	type group struct {
		dt    int32
		cards []int32
	}
	var groups [5]map[int32]*group
	for ci := range d.cards {
		c := &d.cards[ci]
		j := c.firstLongTerm()
		if j < 0 {
			continue
		}
		r := c.rating[0]
		if groups[r] == nil {
			groups[r] = map[int32]*group{}
		}
		g := groups[r][c.dt[j]]
		if g == nil {
			g = &group{dt: c.dt[j]}
			groups[r][c.dt[j]] = g
		}
		g.cards = append(g.cards, int32(ci))
	}
	var removed [5]map[int32]bool
	for r := 1; r <= 4; r++ {
		removed[r] = map[int32]bool{}
		if groups[r] == nil {
			continue
		}
		var sub []*group
		total := 0
		for _, g := range groups[r] {
			sub = append(sub, g)
			total += len(g.cards)
		}
		// smallest first, and among equal sizes the shorter interval first
		slices.SortFunc(sub, func(a, b *group) int {
			if c := cmp.Compare(len(a.cards), len(b.cards)); c != 0 {
				return c
			}
			return cmp.Compare(a.dt, b.dt)
		})
		limit := 100
		if r == 4 {
			limit = 365
		}
		gone := 0
		for _, g := range sub {
			if gone+len(g.cards) >= max(20, total/20) {
				if len(g.cards) >= 6 && int(g.dt) <= limit {
					initCards = append(initCards, g.cards...)
				} else {
					removed[r][g.dt] = true
				}
			} else {
				gone += len(g.cards)
				removed[r][g.dt] = true
			}
		}
	}
	keep = make([]bool, len(d.cards))
	for ci := range d.cards {
		c := &d.cards[ci]
		if j := c.firstLongTerm(); j >= 0 {
			keep[ci] = !removed[c.rating[0]][c.dt[j]]
		}
	}
	slices.Sort(initCards)
	return keep, initCards
}
