package review

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"cika/cards"
	"cika/cards/hsk"
	"cika/srs/store"
)

// Usefulness is cards.Usefulness: new cards are introduced most useful
// word first.
func Usefulness(word string, count int) float64 { return cards.Usefulness(word, count) }

// newCard is a new card in the queue: its identity, the time it was mined
// and how useful its word is.
type newCard struct {
	key    store.CardKey
	due    time.Time
	count  int
	useful float64
}

func makeNew(key store.CardKey, due time.Time, count int) newCard {
	head, _ := cards.SplitID(key.Word)
	return newCard{key: key, due: due, count: count, useful: Usefulness(head, count)}
}

// sortNew orders new cards as they will be introduced: the most useful word
// first, then by word, recognition before recall.
func sortNew(ns []newCard) {
	slices.SortFunc(ns, func(a, b newCard) int {
		return cmp.Or(cmp.Compare(b.useful, a.useful),
			strings.Compare(a.key.Word, b.key.Word), cmp.Compare(a.key.Kind, b.key.Kind))
	})
}

// Upcoming is a word whose new cards are waiting, as `cika words --next`
// lists them.
type Upcoming struct {
	Word       string  `json:"id"`         // word ID
	Count      int     `json:"count"`      // occurrences in the learner's sentences
	Rank       int     `json:"rank"`       // general frequency rank, 0 past 40,000
	HSK        int     `json:"hsk"`        // HSK 2.0 level, 0 when not listed
	Usefulness float64 `json:"usefulness"` // the score they are ordered by
}

// Next lists the first n words (all when n ≤ 0) whose new cards a review
// session would introduce, in order: not suspended, not buried, not known.
// Daily limits are not applied.
func Next(c Collection, n int, opt Options) ([]Upcoming, error) {
	_, now, loc, hour, err := opt.setup()
	if err != nil {
		return nil, err
	}
	t := now()
	dayStart, dayEnd := DayBounds(t, loc, hour)
	day, err := c.ReviewDay(dayEnd, dayStart)
	if err != nil {
		return nil, err
	}
	known, err := c.KnownWords()
	if err != nil {
		return nil, err
	}
	news := newCards(day, known, t)
	sortNew(news)
	var out []Upcoming
	seen := map[string]bool{}
	for _, nc := range news {
		if seen[nc.key.Word] {
			continue
		}
		seen[nc.key.Word] = true
		head, _ := cards.SplitID(nc.key.Word)
		out = append(out, Upcoming{Word: nc.key.Word, Count: nc.count, Rank: hsk.Rank(head),
			HSK: hsk.Level(head), Usefulness: math.Round(nc.useful*1000) / 1000})
		if n > 0 && len(out) == n {
			break
		}
	}
	return out, nil
}

// newCards are the day's new cards that may be introduced at t: neither
// suspended nor buried, and not of a known word.
func newCards(day store.ReviewDay, known map[string]bool, t time.Time) []newCard {
	var ns []newCard
	for _, c := range day.Due {
		if c.State == 0 && !c.Suspended && !c.BuriedUntil.After(t) && !store.IsKnown(known, c.Word) {
			ns = append(ns, makeNew(c.Key(), c.Due, day.Count[c.Word]))
		}
	}
	for _, n := range day.New {
		if !store.IsKnown(known, n.Key.Word) {
			ns = append(ns, makeNew(n.Key, n.Due, day.Count[n.Key.Word]))
		}
	}
	return ns
}
