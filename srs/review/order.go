package review

import (
	"math"
	"slices"
	"time"

	"cika/cards"
	"cika/srs/store"
)

// Usefulness is cards.Usefulness: new cards are introduced most useful
// word first.
func Usefulness(word string, count int) float64 { return cards.Usefulness(word, count) }

// newCard is a new card in the queue: its identity, the time it was mined
// and how useful its word is (the queue's order, kept by the collection).
type newCard struct {
	key    store.CardKey
	due    time.Time
	count  int
	useful float64
}

// newPage is how many cards of the new queue to read at a time when n new
// cards may still be introduced: each word has two cards, and some are
// passed over (siblings, words marked known).
func newPage(n int) int { return 2*max(n, 0) + 32 }

// addNew appends a page of the new queue, leaving out the cards buried
// past t, and notes where the queue goes on.
func (st *state) addNew(page []store.NewCard, more bool, t time.Time) {
	st.news = slices.Clip(st.news) // saved states share the array: copy on append
	for i := range page {
		if nc := &page[i]; !nc.BuriedUntil.After(t) {
			st.news = append(st.news, newCard{key: nc.Key, due: nc.Due, count: nc.Count, useful: nc.Useful})
		}
	}
	if len(page) > 0 {
		last := page[len(page)-1]
		st.newLast = &last
	}
	st.newMore = more
}

// fillNew reads more of the new queue until the cards read hold enough
// words that may be introduced for Counts and pick: today's new cards left
// and one more (the card pick may take), none of them seen today, known, or
// given by Counts to the reviews ahead (a word's cards wait for tomorrow
// once one is answered). One more covers the card pick takes (a new card,
// or a learning card, whose word Counts then sets aside, and whose review
// sibling, if counted, lets one more review word in). It read, where the
// reviews' words were not known, as many more words as reviews might be
// shown (221 words, 474 cards of the queue on the year collection, before
// its first card): those Counts sets aside are now told apart.
func (s *Session) fillNew() error {
	st := &s.st
	for st.newMore {
		need := st.newLeft + 1
		taken := st.reviewWords()
		words := make(map[string]bool, need)
		for _, n := range st.news {
			if len(words) >= need {
				break
			}
			if w := n.key.Word; st.seen[w] == 0 && !taken[w] && !store.IsKnown(st.known, w) {
				words[w] = true
			}
		}
		if len(words) >= need {
			return nil
		}
		page, more, err := s.coll.NewCards(st.newLast, newPage(need))
		if err != nil {
			return err
		}
		st.addNew(page, more, s.start)
	}
	return nil
}

// reviewWords are the words Counts gives to the reviews ahead, with no card
// on screen: those of the first revLeft reviews of words not seen today,
// each word once.
func (st *state) reviewWords() map[string]bool {
	words := make(map[string]bool, min(st.revLeft, len(st.reviews)))
	for _, r := range st.reviews {
		if len(words) == st.revLeft {
			break
		}
		if w := r.key.Word; st.seen[w] == 0 {
			words[w] = true
		}
	}
	return words
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
	_, now, _, _, err := opt.setup()
	if err != nil {
		return nil, err
	}
	t := now()
	var out []Upcoming
	seen := map[string]bool{}
	var after *store.NewCard
	for more := true; more && (n <= 0 || len(out) < n); {
		var page []store.NewCard
		size := 0 // all at once
		if n > 0 {
			size = newPage(n - len(out))
		}
		if page, more, err = c.NewCards(after, size); err != nil {
			return nil, err
		}
		for i := range page {
			nc := &page[i]
			after = nc
			if seen[nc.Key.Word] || nc.BuriedUntil.After(t) {
				continue
			}
			seen[nc.Key.Word] = true
			out = append(out, Upcoming{Word: nc.Key.Word, Count: nc.Count, Rank: nc.Rank,
				HSK: nc.HSK, Usefulness: math.Round(nc.Useful*1000) / 1000})
			if n > 0 && len(out) == n {
				return out, nil
			}
		}
	}
	return out, nil
}
