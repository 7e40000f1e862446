// Package ankiimport is the import job: it brings back what a learner
// reviewed in Anki (AnkiDroid on the phone, the desktop) into cika's
// collection, from a package (.apkg or .colpkg) that cards/anki reads.
//
// Notes are matched to the collection's words by the guid cika's export
// gave them (anki.GUID), and notes of cika's note type that cika did not
// write (added in Anki) by their Hanzi and Pinyin fields; a note that
// matches no word, or more than one, is reported and skipped, never
// guessed. Cards are matched by template (Recognition, Recall).
//
// Each matched card's answers in Anki's review log are merged into
// cika's: an answer already in the collection (the same card within a
// second: cika's own reviews, exported with --with-progress, come back this
// way) is not added twice, so importing the same file again changes
// nothing. The card's FSRS state is then replayed from the merged log with
// cika's scheduler and the learner's settings — Anki's own FSRS state is
// not copied, so the card is scheduled as if every answer had been given
// in cika. cika's reviews are all kept; those that come after an answer
// from Anki are logged again with the state the replay gives them.
//
// Everything is written in one Update (store.RewriteReviews), all or none.
package ankiimport

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"cika/cards"
	"cika/cards/anki"
	"cika/srs"
	"cika/srs/review"
	"cika/srs/store"
)

// Options control an import.
type Options struct {
	// DryRun reports what would be merged without writing anything.
	DryRun bool
	// Location is the learner's time zone: with the day-start hour of the
	// settings it says which answers fall on the same day, as in a review
	// session. nil is UTC.
	Location *time.Location
}

// ErrForeign is returned for a package without a note of cika's note type.
var ErrForeign = errors.New("no note of cika's note type: not a package of words cika exported")

// sameReview is how close an answer from Anki must be to one in the
// collection to be the same answer: cika's reviews come back from Anki at
// the millisecond, moved by a few when two shared one (the revlog id is
// the time and must be unique).
const sameReview = time.Second

// Report is what an import did, or would do with Options.DryRun: the
// `--json` shape of `cika import anki`.
type Report struct {
	File       string `json:"file"`
	Collection string `json:"collection"` // the member read: collection.anki2, .anki21 or .anki21b
	DryRun     bool   `json:"dry_run"`
	// Notes are the notes of cika's note type in the package; OtherNotes
	// those of other note types (a whole collection's other decks),
	// ignored.
	Notes      int `json:"notes"`
	OtherNotes int `json:"other_notes"`
	// Matched notes, by the guid cika wrote or (notes added in Anki) by
	// hanzi and reading.
	Matched   int `json:"matched"`
	ByReading int `json:"matched_by_reading"`
	// Answers in the package's log for the matched cards; of them,
	// Present were already in the collection and Added are merged.
	Answers int `json:"answers"`
	Present int `json:"already_present"`
	Added   int `json:"added"`
	// Relogged counts cika's own reviews logged again with a replayed
	// state, because an answer from Anki came before them.
	Relogged int `json:"relogged"`
	// NotAnswers counts the log entries of matched cards that are not
	// answers: Anki's manual rescheduling, and cramming in filtered decks.
	NotAnswers int `json:"not_answers"`
	// Cards are the cards whose state was replayed.
	Cards   []Change  `json:"cards"`
	Skipped []Skipped `json:"skipped"`
}

// Change is a card given new answers.
type Change struct {
	Word  string    `json:"word"` // word ID, "银行 yin2 hang2"
	Card  string    `json:"card"` // "recognition" or "recall"
	Added int       `json:"added"`
	State string    `json:"state"` // after the replay: "Review", …
	Due   time.Time `json:"due"`
}

// Skipped is a note, or a card of a note, whose answers were not merged.
type Skipped struct {
	Note    string `json:"note"` // the note's Hanzi and Pinyin fields, as text
	GUID    string `json:"guid"`
	Card    string `json:"card,omitempty"` // the card's template, when only it was skipped
	Answers int    `json:"answers"`        // answers in the package left out
	Reason  string `json:"reason"`
}

// word is a word with cards, as matching needs it.
type word struct {
	id      string
	guid    string   // the guid of its note in cika's exports
	hanzi   []string // simplified, and traditional when different
	reading string   // anki.PinyinKey of the reading
}

// card is one Anki card matched to one of cika's.
type card struct {
	key     store.CardKey
	note    int // index in Package.Notes
	answers []anki.RevlogEntry
	other   int  // log entries that are not answers
	reset   bool // a Forget/Reset in Anki's log
}

// Import merges the answers of p's matched cards into db.
func Import(db *store.DB, p *anki.Package, opts Options) (*Report, error) {
	rep := &Report{File: p.Path, Collection: p.Member, DryRun: opts.DryRun, Cards: []Change{}, Skipped: []Skipped{}}
	sched, err := scheduler(db, opts.Location)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, nt := range p.Notetypes {
		if nt.IsCika() {
			names = nil
			break
		}
		names = append(names, fmt.Sprintf("%q", nt.Name))
	}
	if names != nil || len(p.Notetypes) == 0 {
		slices.Sort(names)
		return nil, hinted{fmt.Errorf("import %s: %w (its note types: %s)", p.Path, ErrForeign, orNone(names)),
			"cika reads back its own notes (note type \"" + anki.NotetypeName + "\"), from a package of `cika export anki` reviewed in Anki"}
	}

	words, err := taughtWords(db)
	if err != nil {
		return nil, err
	}
	noteWord := matchNotes(p, words, rep)

	// The matched notes' cards, by Anki card id.
	byID := map[int64]*card{}
	var matched []*card
	for i := range p.Cards {
		c := &p.Cards[i]
		ni, ok := noteIndex(p, c.Note)
		if !ok {
			continue
		}
		id, ok := noteWord[ni]
		if !ok {
			continue
		}
		n := &p.Notes[ni]
		kind, ok := p.Notetypes[n.Notetype].Kind(c.Ord)
		if !ok {
			rep.skip(p, ni, fmt.Sprintf("template %d", c.Ord), 0, "not a Recognition or Recall card")
			continue
		}
		k := store.CardKey{Word: id, Kind: cards.Recognition}
		if kind == anki.Recall {
			k.Kind = cards.Recall
		}
		mc := &card{key: k, note: ni}
		byID[c.ID] = mc
		matched = append(matched, mc)
	}
	for i := range p.Revlog {
		r := &p.Revlog[i]
		c := byID[r.Card]
		switch {
		case c == nil:
		case r.Reset():
			c.reset = true
			c.other++
		case r.Answered():
			c.answers = append(c.answers, *r)
		default:
			c.other++
		}
	}

	var keys []store.CardKey
	for _, c := range matched {
		rep.NotAnswers += c.other
		if len(c.answers) > 0 {
			rep.Answers += len(c.answers)
			keys = append(keys, c.key)
		}
	}
	hs, err := db.Histories(keys)
	if err != nil {
		return nil, err
	}
	var rewrites []store.Rewrite
	for _, c := range matched {
		if len(c.answers) == 0 {
			continue
		}
		kind := c.key.Kind.String()
		h := hs[c.key]
		if h == nil {
			rep.skip(p, c.note, kind, len(c.answers), "the word has no "+kind+" card in the collection")
			continue
		}
		fresh := unseen(c.answers, h.Reviews)
		rep.Present += len(c.answers) - len(fresh)
		if len(fresh) == 0 {
			continue
		}
		if c.reset {
			rep.skip(p, c.note, kind, len(fresh), "reset in Anki (Forget): cika keeps its own schedule for this card")
			continue
		}
		rw, relogged, err := replay(sched, h, fresh)
		if err != nil {
			rep.skip(p, c.note, kind, len(fresh), err.Error())
			continue
		}
		rewrites = append(rewrites, rw)
		rep.Added += len(fresh)
		rep.Relogged += relogged
		rep.Cards = append(rep.Cards, Change{Word: c.key.Word, Card: kind, Added: len(fresh),
			State: rw.After.State.String(), Due: rw.After.Due.UTC()})
	}
	slices.SortFunc(rep.Cards, func(a, b Change) int {
		return cmp.Or(strings.Compare(a.Word, b.Word), strings.Compare(a.Card, b.Card))
	})
	if opts.DryRun || len(rewrites) == 0 {
		return rep, nil
	}
	if err := db.RewriteReviews(rewrites); errors.Is(err, store.ErrConflict) {
		return nil, hinted{fmt.Errorf("import %s: %w", p.Path, err), "a card changed while importing (a review session?); import again"}
	} else if err != nil {
		return nil, fmt.Errorf("import %s: %w", p.Path, err)
	}
	return rep, nil
}

// ReadPackage reads the package to import (anki.ReadPackage). A file that
// is no Anki package, or holds no collection, is most often the wrong
// export from Anki: its error's hint says which one to make.
func ReadPackage(path string) (*anki.Package, error) {
	p, err := anki.ReadPackage(path)
	if errors.Is(err, anki.ErrNotPackage) || errors.Is(err, anki.ErrNoCollection) {
		return nil, hinted{err, "export from Anki with File → Export: \"Anki Deck Package (.apkg)\" with scheduling information, or \"Anki Collection Package (.colpkg)\""}
	}
	return p, err
}

// hinted is an error with a hint: what the learner can do about it (the
// command line prints it after the error).
type hinted struct {
	err  error
	hint string
}

func (e hinted) Error() string { return e.err.Error() }
func (e hinted) Unwrap() error { return e.err }
func (e hinted) Hint() string  { return e.hint }

func orNone(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// scheduler is the review session's scheduler: the learner's settings and
// days.
func scheduler(db *store.DB, loc *time.Location) (*srs.Scheduler, error) {
	s, err := review.LoadScheduler(db)
	if err != nil {
		return nil, err
	}
	params, err := s.Parameters()
	if err != nil {
		return nil, fmt.Errorf("scheduler settings (cika settings): %w", err)
	}
	return srs.NewScheduler(params, srs.RolloverDay(loc, s.DayStartsAt))
}

// taughtWords are the words with cards.
func taughtWords(db *store.DB) ([]word, error) {
	var ws []word
	err := db.Words(func(w cards.Word) bool {
		if !w.Taught() {
			return true
		}
		x := word{id: w.ID(), guid: anki.GUID(w.Word, w.Reading), hanzi: []string{w.Word}, reading: anki.PinyinKey(w.Reading)}
		if w.Trad != "" && w.Trad != w.Word {
			x.hanzi = append(x.hanzi, w.Trad)
		}
		ws = append(ws, x)
		return true
	})
	return ws, err
}

// matchNotes gives each note of cika's note type that matches a word the
// word's ID, by index in p.Notes, and reports the others.
func matchNotes(p *anki.Package, words []word, rep *Report) map[int]string {
	byGUID := make(map[string]int, len(words))
	byHanzi := make(map[string][]int, len(words))
	for i := range words {
		w := &words[i]
		byGUID[w.guid] = i
		for _, h := range w.hanzi {
			byHanzi[h] = append(byHanzi[h], i)
		}
	}
	out := map[int]string{}
	claimed := map[int]int{} // word → the note that took it
	var later []int          // notes without a guid of cika's, matched second
	for i := range p.Notes {
		n := &p.Notes[i]
		nt := p.Notetypes[n.Notetype]
		if nt == nil || !nt.IsCika() {
			rep.OtherNotes++
			continue
		}
		rep.Notes++
		w, ok := byGUID[n.GUID]
		if !ok {
			later = append(later, i)
			continue
		}
		out[i] = words[w].id
		claimed[w] = i
		rep.Matched++
	}
	var counts map[int64]int
	if len(later) > 0 {
		counts = answersOf(p)
	}
	for _, i := range later {
		n := &p.Notes[i]
		nt := p.Notetypes[n.Notetype]
		hanzi, pinyin := anki.Hanzi(nt.Field(n, "Hanzi")), anki.PinyinKey(nt.Field(n, "Pinyin"))
		answers := counts[n.ID]
		var found []int
		for _, w := range byHanzi[hanzi] {
			if words[w].reading == pinyin {
				found = append(found, w)
			}
		}
		switch {
		case hanzi == "":
			rep.skip(p, i, "", answers, "no Hanzi in the note")
		case pinyin == "":
			rep.skip(p, i, "", answers, "no Pinyin in the note: matching by hanzi alone would be a guess")
		case len(found) == 0 && len(byHanzi[hanzi]) > 0:
			rep.skip(p, i, "", answers, fmt.Sprintf("no word %s with this reading in the collection (it has %s)", hanzi, readingsOf(words, byHanzi[hanzi])))
		case len(found) == 0:
			rep.skip(p, i, "", answers, fmt.Sprintf("no word %s with cards in the collection", hanzi))
		case len(found) > 1:
			rep.skip(p, i, "", answers, fmt.Sprintf("%d words of the collection are written %s with this reading (%s)", len(found), hanzi, readingsOf(words, found)))
		default:
			if other, dup := claimed[found[0]]; dup {
				rep.skip(p, i, "", answers, fmt.Sprintf("the same word (%s) as note %s", words[found[0]].id, p.Notes[other].GUID))
				continue
			}
			out[i] = words[found[0]].id
			claimed[found[0]] = i
			rep.ByReading++
		}
	}
	return out
}

func readingsOf(words []word, idx []int) string {
	var ids []string
	for _, w := range idx {
		ids = append(ids, words[w].id)
	}
	slices.Sort(ids)
	return strings.Join(ids, ", ")
}

// answersOf counts the answers in the log of each note's cards.
func answersOf(p *anki.Package) map[int64]int {
	noteOf := make(map[int64]int64, len(p.Cards))
	for i := range p.Cards {
		noteOf[p.Cards[i].ID] = p.Cards[i].Note
	}
	n := map[int64]int{}
	for i := range p.Revlog {
		if nid, ok := noteOf[p.Revlog[i].Card]; ok && p.Revlog[i].Answered() {
			n[nid]++
		}
	}
	return n
}

// noteIndex finds a note by id; p.Notes are in id order.
func noteIndex(p *anki.Package, id int64) (int, bool) {
	i := sort.Search(len(p.Notes), func(i int) bool { return p.Notes[i].ID >= id })
	return i, i < len(p.Notes) && p.Notes[i].ID == id
}

func (rep *Report) skip(p *anki.Package, note int, card string, answers int, reason string) {
	n := &p.Notes[note]
	label := n.GUID
	if nt := p.Notetypes[n.Notetype]; nt != nil {
		label = strings.TrimSpace(anki.Hanzi(nt.Field(n, "Hanzi")) + " " + anki.Hanzi(nt.Field(n, "Pinyin")))
	}
	rep.Skipped = append(rep.Skipped, Skipped{Note: label, GUID: n.GUID, Card: card, Answers: answers, Reason: reason})
}

// unseen are the answers from Anki that are not in the collection's log:
// each of the log's reviews accounts for at most one answer, the nearest
// within sameReview.
func unseen(answers []anki.RevlogEntry, logged []store.Review) []anki.RevlogEntry {
	used := make([]bool, len(logged))
	var out []anki.RevlogEntry
	for _, a := range answers {
		t := a.Time()
		best := -1
		var bestGap time.Duration
		// logged is in time order: look from the first review that could be the same.
		j := sort.Search(len(logged), func(j int) bool { return logged[j].ID.Time.After(t.Add(-sameReview)) })
		for ; j < len(logged) && logged[j].ID.Time.Before(t.Add(sameReview)); j++ {
			gap := logged[j].ID.Time.Sub(t).Abs()
			if !used[j] && (best < 0 || gap < bestGap) {
				best, bestGap = j, gap
			}
		}
		if best >= 0 {
			used[best] = true
			continue
		}
		out = append(out, a)
	}
	return out
}

// replay merges fresh answers into a card's history and answers the card
// again from the first of them on, with sched. The reviews before it stay
// as they are. It refuses (with the reason as error) a card whose log does
// not lead to its state from there: a card reset or changed in cika
// without a review, whose history a replay would undo.
func replay(sched *srs.Scheduler, h *store.History, fresh []anki.RevlogEntry) (store.Rewrite, int, error) {
	first := fresh[0].Time()
	logged := h.Reviews
	k := sort.Search(len(logged), func(i int) bool { return !logged[i].ID.Time.Before(first) })
	// The chain from the last review before the first answer from Anki.
	from := max(0, k-1)
	for i := from + 1; i < len(logged); i++ {
		if !sameState(logged[i].Before, logged[i-1].After) {
			return store.Rewrite{}, 0, fmt.Errorf("changed in cika without a review (reset?) after %s: not merged", logged[i-1].ID.Time.Format(time.DateOnly))
		}
	}
	var start srs.Card
	switch {
	case len(logged) == 0:
		if h.Card.State != srs.New {
			return store.Rewrite{}, 0, errors.New("in cika this card has a state but no reviews: not merged")
		}
		start = h.Card.Card
	case !sameState(h.Card.Card, logged[len(logged)-1].After):
		return store.Rewrite{}, 0, fmt.Errorf("changed in cika without a review (reset?) after %s: not merged", logged[len(logged)-1].ID.Time.Format(time.DateOnly))
	case k == 0:
		start = logged[0].Before
	default:
		start = logged[k-1].After
	}
	if start.Seed == 0 {
		start.Seed = srs.SeedOf(h.Card.Key().String()) // as a review session seeds it
	}

	type answer struct {
		t        time.Time
		g        srs.Grade
		duration time.Duration
		cika     bool
	}
	var merged []answer
	for _, r := range logged[k:] {
		merged = append(merged, answer{r.ID.Time, r.Grade, r.Duration, true})
	}
	for _, a := range fresh {
		merged = append(merged, answer{a.Time(), srs.Grade(a.Ease), min(a.Duration, review.MaxAnswerTime), false})
	}
	slices.SortStableFunc(merged, func(a, b answer) int { return a.t.Compare(b.t) })

	rw := store.Rewrite{Card: h.Card.Key(), Was: h.Card.Card}
	relogged := 0
	c := start
	for _, a := range merged {
		after, log := sched.Schedule(c, a.g, a.t)
		log.Duration = a.duration
		rw.Add = append(rw.Add, log)
		c = after
		if a.cika {
			relogged++
		}
	}
	for _, r := range logged[k:] {
		rw.Remove = append(rw.Remove, r.ID)
	}
	rw.After = c
	return rw, relogged, nil
}

// sameState compares memory states as the store does (times by instant).
func sameState(a, b srs.Card) bool {
	return a.State == b.State && a.Stability == b.Stability && a.Difficulty == b.Difficulty &&
		a.Step == b.Step && a.Due.Equal(b.Due) && a.LastReview.Equal(b.LastReview) &&
		a.ScheduledDays == b.ScheduledDays && a.Reps == b.Reps && a.Lapses == b.Lapses
}
