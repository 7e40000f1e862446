// Package optimize fits the 21 FSRS-6 weights to a learner's review log, the
// way fsrs-rs (Anki's "Optimize") does: the log becomes one training item per
// review made a day or more after the card's previous one, outliers are
// filtered, the initial stabilities are pre-trained, and Adam minimises the
// recency-weighted log loss with an L2 pull toward the starting weights.
//
// The fit is pure and deterministic: no I/O besides the CSV parser reading
// an io.Reader, no clock, no global random source; the same log gives the
// same weights. Evaluate computes the metrics Anki and srs-benchmark report
// (log loss, RMSE(bins)) so that the command can say what changed. Job
// (collection.go) is `cika optimize` around it: it reads the collection's
// log and settings (or a CSV file) and stores better weights.
package optimize

import (
	"cmp"
	"slices"
	"time"

	"cika/srs"
)

// Review is one answer in a review log.
type Review struct {
	Card   int64     // the card's identity; only equality matters
	Time   time.Time // when it was answered
	Rating srs.Grade // 1 Again .. 4 Easy
	State  srs.State // the card's state before the answer
}

// card is one card's history from the start of its last learning run: the
// ratings, the days since the previous review, and the index of the item
// each review makes (-1 for the first review and same-day reviews).
type card struct {
	id      int64
	lastDay int64 // day number of the last review
	rating  []uint8
	dt      []int32
	item    []int32
}

// item is a review that FSRS predicts: the card's history up to pos, whose
// last review is the one predicted.
type item struct {
	card int32
	pos  int32
}

// Data is a review log turned into FSRS training items, ready to evaluate
// weights on or to fit them to.
type Data struct {
	cards   []card
	items   []item   // ordered by the time of their last review
	bins    []binKey // each item's RMSE bin
	reviews int      // reviews in the log
	skipped int      // reviews of cards without a learning start
}

// NewData groups reviews by card, keeps each card's reviews from the start of
// its last run of New/Learning reviews (an earlier history was reset), counts
// days with day (srs.UTCDay if nil) and makes one item per review made on a
// later day than the card's previous one. Same-day reviews make no item but
// stay in the histories of later ones. Cards with no New or Learning review
// have no known start and are skipped. Reviews with an invalid rating are
// skipped too.
func NewData(reviews []Review, day srs.DayFunc) *Data {
	if day == nil {
		day = srs.UTCDay
	}
	d := &Data{reviews: len(reviews)}
	// One sort by card, then time, then position in the log (the log's own
	// order breaks ties, as when it is read in time order).
	order := make([]int32, 0, len(reviews))
	for i := range reviews {
		if !reviews[i].Rating.Valid() {
			d.skipped++
			continue
		}
		order = append(order, int32(i))
	}
	slices.SortFunc(order, func(a, b int32) int {
		ra, rb := &reviews[a], &reviews[b]
		if c := cmp.Compare(ra.Card, rb.Card); c != 0 {
			return c
		}
		if c := ra.Time.Compare(rb.Time); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})

	type pending struct {
		at        time.Time
		idx       int32 // index in the log, for ties
		card, pos int32
		bin       binKey
	}
	var its []pending
	for lo := 0; lo < len(order); {
		id := reviews[order[lo]].Card
		hi := lo + 1
		for hi < len(order) && reviews[order[hi]].Card == id {
			hi++
		}
		rs := order[lo:hi]
		lo = hi
		last := -1
		for j := len(rs) - 1; j >= 0; j-- {
			if s := reviews[rs[j]].State; s == srs.New || s == srs.Learning {
				last = j
				break
			}
		}
		if last < 0 {
			d.skipped += len(rs)
			continue
		}
		start := last
		for start > 0 {
			if s := reviews[rs[start-1]].State; s != srs.New && s != srs.Learning {
				break
			}
			start--
		}
		d.skipped += start
		rs = rs[start:]
		c := card{id: id, rating: make([]uint8, len(rs)), dt: make([]int32, len(rs)), item: make([]int32, len(rs))}
		ci := int32(len(d.cards))
		prev := int64(0)
		longTerm, lapses := 0, 0 // reviews on a later day so far, and those forgotten
		for j, ri := range rs {
			r := &reviews[ri]
			c.rating[j] = uint8(r.Rating)
			dn := day(r.Time)
			if j > 0 {
				c.dt[j] = int32(max(0, dn-prev))
			}
			prev = dn
			c.lastDay = dn
			c.item[j] = -1
			if j > 0 && c.dt[j] > 0 {
				longTerm++
				its = append(its, pending{at: r.Time, idx: ri, card: ci, pos: int32(j),
					bin: binOf(int(c.dt[j]), longTerm, lapses)})
				if r.Rating == srs.Again {
					lapses++
				}
			}
		}
		d.cards = append(d.cards, c)
	}
	slices.SortFunc(its, func(a, b pending) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return cmp.Compare(a.idx, b.idx)
	})
	d.items = make([]item, len(its))
	d.bins = make([]binKey, len(its))
	for i, p := range its {
		d.items[i] = item{card: p.card, pos: p.pos}
		d.bins[i] = p.bin
		d.cards[p.card].item[p.pos] = int32(i)
	}
	return d
}

// Skipped returns the number of reviews left out: invalid ratings, and
// reviews of cards with no New or Learning review to start from (or before
// the start of a card's last learning run).
func (d *Data) Skipped() int { return d.skipped }

// Reviews returns the number of reviews in the log.
func (d *Data) Reviews() int { return d.reviews }

// Cards returns the number of cards with a usable history.
func (d *Data) Cards() int { return len(d.cards) }

// Items returns the number of training items: reviews a day or more after
// the card's previous review.
func (d *Data) Items() int { return len(d.items) }

// Step is one review in an item's history.
type Step struct {
	Rating srs.Grade
	DeltaT int // days since the card's previous review
}

// Item returns the history of item i (in the order of their last review),
// the predicted review last.
func (d *Data) Item(i int) []Step {
	it := d.items[i]
	c := &d.cards[it.card]
	out := make([]Step, it.pos+1)
	for j := range out {
		out[j] = Step{Rating: srs.Grade(c.rating[j]), DeltaT: int(c.dt[j])}
	}
	return out
}
