// Package review is the daily review session, apart from any terminal: the
// queue as Anki orders it (learning cards due now, then due reviews least
// retrievable first, then new cards up to the daily limit), the daily
// limits, sibling burying, undo, suspend and bury, and the summary.
//
// A Session talks to the collection through Collection, whose methods are
// those of *store.DB and store.Lazy: the command passes a store.Lazy, so the
// file is opened around each read or write and every answer is committed,
// with its review-log entry, the moment it is given. Nothing is held back:
// quitting at any point loses at most the card on screen, which was never
// answered. The clock is passed in (Options.Now).
package review

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"cika/cards"
	"cika/srs"
	"cika/srs/store"
)

// Collection is what a session reads and writes; *store.DB and store.Lazy
// implement it.
type Collection interface {
	ReviewDay(dueBefore, loggedFrom, loggedBefore time.Time, news int, each func(c *store.Card, n int)) (store.ReviewDay, error)
	NewCards(after *store.NewCard, n int) ([]store.NewCard, bool, error)
	Show(k store.CardKey, limit int) (store.Card, store.Note, error)
	Answer(k store.CardKey, after srs.Card, log srs.ReviewLog) (store.ReviewID, error)
	Undo(id store.ReviewID) error
	UpdateCard(c store.Card) error
	Setting(name string, v any) (bool, error)
	PutSetting(name string, v any) error
	// The known list (store/known.go): known words' new cards are never
	// introduced; Familiar helps choose i+1 example sentences.
	KnownWords() (map[string]bool, error)
	Familiar(ids []string) (map[string]bool, error)
	AddKnown(words []string, source string, now time.Time) (store.KnownResult, error)
	RemoveKnown(words []string) (store.KnownResult, error)
}

// Limits are the daily limits, kept in the collection's settings.
type Limits struct {
	New     int `json:"new"`     // new cards introduced a day
	Reviews int `json:"reviews"` // review cards shown a day
}

// SettingLimits is the name of the limits in the collection's settings.
const SettingLimits = "review.limits"

// DefaultLimits are Anki's: 20 new cards and 200 reviews a day.
var DefaultLimits = Limits{New: 20, Reviews: 200}

// LoadLimits reads the daily limits, DefaultLimits if never set.
func LoadLimits(c Collection) (Limits, error) {
	l := DefaultLimits
	_, err := c.Setting(SettingLimits, &l)
	return l, err
}

// SaveLimits stores the daily limits.
func SaveLimits(c Collection, l Limits) error {
	if l.New < 0 || l.Reviews < 0 {
		return fmt.Errorf("daily limits must not be negative (new %d, reviews %d)", l.New, l.Reviews)
	}
	return c.PutSetting(SettingLimits, l)
}

// LearnAhead is how far ahead a learning card may be shown when nothing else
// is left (Anki's "learn ahead limit").
const LearnAhead = 20 * time.Minute

// MaxAnswerTime caps the time logged for one answer (Anki's 60 s), so that a
// card left on screen over lunch does not count as an hour of study.
const MaxAnswerTime = time.Minute

// sentencesRead is how many of a word's sentences are read to choose the one
// its cards show.
const sentencesRead = 24

// Options configure a session. The zero value uses the default FSRS
// parameters, days starting at 04:00 UTC, the limits stored in the
// collection and time.Now.
type Options struct {
	Params   *srs.Parameters // nil: srs.DefaultParameters()
	Location *time.Location  // the learner's time zone; nil: UTC
	// RolloverHour is the hour the learner's day starts (Anki's "next day
	// starts at"); nil means 4.
	RolloverHour *int
	// New and Reviews, when not nil, replace what is left of today's
	// limits for this session only (--new, --limit).
	New, Reviews *int
	Now          func() time.Time
	// Settings applies the collection's scheduler settings (WithSettings)
	// over Params and RolloverHour, read by Start with the queue.
	Settings bool
}

// Queue names where a card comes from.
type Queue uint8

const (
	QueueNew Queue = iota
	QueueLearning
	QueueReview
)

func (q Queue) String() string { return [...]string{"new", "learning", "review"}[q] }

// Item is the card on screen: the card, its word and the sentence it is
// shown with, and what each grade would do.
type Item struct {
	Card     store.Card
	Queue    Queue
	Word     cards.Word
	Sentence *store.Sentence // nil when the word has no stored sentence
	Preview  srs.Outcomes    // at the time it was shown
	Shown    time.Time
}

// Key is the card's identity.
func (it *Item) Key() store.CardKey { return it.Card.Key() }

// Counts are what is left to do in the session.
type Counts struct{ New, Learning, Review int }

// Summary is the session's result.
type Summary struct {
	Reviewed  int           // answers given (a card answered twice counts twice)
	Cards     int           // distinct cards answered
	Again     int           // answers graded Again
	Suspended int           // cards suspended
	Buried    int           // cards buried until tomorrow
	Known     int           // words marked known ("I know this")
	Spent     time.Duration // from the start of the session
	// Tomorrow and Week count the cards due by the end of tomorrow and of
	// the next seven days (reviews and learning cards, overdue included,
	// suspended not), and the new cards the daily limit will add on top.
	Tomorrow, Week int
	NewTomorrow    int
}

// AgainRate is the share of answers graded Again, 0 when none.
func (s Summary) AgainRate() float64 {
	if s.Reviewed == 0 {
		return 0
	}
	return float64(s.Again) / float64(s.Reviewed)
}

// ErrNothing is returned by Undo when there is nothing to undo.
var ErrNothing = errors.New("nothing to undo")

// Session is one review session. It is not safe for concurrent use.
type Session struct {
	coll  Collection
	sched *srs.Scheduler
	now   func() time.Time
	loc   *time.Location
	hour  int

	start            time.Time
	dayStart, dayEnd time.Time
	behind           time.Time // see Behind

	st      state
	history []undo
	sum     Summary
}

// state is everything an undo restores.
type state struct {
	learning []store.Card   // due today in (re)learning steps, earliest first
	reviews  []dueReview    // due reviews, least retrievable first
	news     []newCard      // new cards, most useful word first: a prefix of the new queue
	newLast  *store.NewCard // the last card of the new queue read
	newMore  bool           // the new queue goes on after newLast
	newLeft  int            // new cards that may still be introduced
	revLeft  int            // reviews that may still be shown
	seen     map[string]int // answers today by word: siblings wait for tomorrow
	answered map[store.CardKey]bool
	known    map[string]bool // headwords marked known in this session
	current  *Item
}

func (s state) clone() state {
	// reviews and news are only ever re-sliced from the front, never
	// written, so the saved headers keep their contents; learning takes
	// insertions.
	s.learning = slices.Clone(s.learning)
	s.seen = maps.Clone(s.seen)
	s.answered = maps.Clone(s.answered)
	s.known = maps.Clone(s.known)
	return s
}

type undoKind uint8

const (
	undoAnswer undoKind = iota
	undoSuspend
	undoBury
	undoKnow
)

type undo struct {
	kind  undoKind
	id    store.ReviewID // the answer's log entry
	card  store.Card     // the card before a suspend or bury
	grade srs.Grade
	first bool // the card's first answer in this session
	st    state
}

// setup fills in the defaults of opt and builds its scheduler.
func (opt Options) setup() (sched *srs.Scheduler, now func() time.Time, loc *time.Location, hour int, err error) {
	p := srs.DefaultParameters()
	if opt.Params != nil {
		p = *opt.Params
	}
	now, loc, hour = opt.Now, opt.Location, 4
	if now == nil {
		now = time.Now
	}
	if loc == nil {
		loc = time.UTC
	}
	if opt.RolloverHour != nil {
		hour = *opt.RolloverHour
	}
	if hour < 0 || hour > 23 {
		return nil, nil, nil, 0, fmt.Errorf("day rollover hour %d is not in 0..23", hour)
	}
	sched, err = srs.NewScheduler(p, srs.RolloverDay(loc, hour))
	return sched, now, loc, hour, err
}

// Count counts the cards due now, later today, tomorrow and this week
// (`cika due`), under opt's clock, time zone and rollover hour.
func Count(c Collection, opt Options) (Due, error) {
	sched, now, loc, hour, err := opt.setup()
	if err != nil {
		return Due{}, err
	}
	return Forecast(c, sched, now(), loc, hour)
}

// Start reads the day's queue and shows the first card.
//
// A collection that can hold one read open for several reads (store.Lazy's
// View) is opened once for all of them (the settings, the limits, the
// queue and the first card): each open of a big collection maps it afresh
// and faults in the pages of its trees again. The session then opens it
// around each later read or write, as before.
func Start(c Collection, opt Options) (*Session, error) {
	v, ok := c.(interface {
		View(func(*store.DB) error) error
	})
	if !ok {
		return start(c, opt)
	}
	var s *Session
	err := v.View(func(db *store.DB) error {
		var err error
		s, err = start(db, opt)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.coll = c
	return s, nil
}

func start(c Collection, opt Options) (*Session, error) {
	if opt.Settings {
		var err error
		if opt, err = WithSettings(c, opt); err != nil {
			return nil, err
		}
	}
	s := &Session{coll: c}
	var err error
	if s.sched, s.now, s.loc, s.hour, err = opt.setup(); err != nil {
		return nil, err
	}
	limits, err := LoadLimits(c)
	if err != nil {
		return nil, err
	}
	s.start = s.now()
	s.dayStart, s.dayEnd = DayBounds(s.start, s.loc, s.hour)
	// The new queue is read a page at a time (fillNew): a collection may
	// hold 100,000 new cards, a day introduces a few dozen.
	most := limits.New
	if opt.New != nil {
		most = max(most, *opt.New)
	}
	// Today's reviews, for the limits, are those logged between the day's
	// bounds, not since its start: under a clock earlier than the last
	// review every later review would count (a year of them, to find the
	// day's limits used up and show nothing).
	// The due cards are passed one by one (ReviewDay's each) and only what
	// the session needs of them kept: a learning card whole (an answer
	// puts it back among them), a review as a dueReview, 56 bytes where a
	// store.Card is 192 (on the year collection's 1,226 due cards, 235 KB
	// of fresh pages, each a page fault, before the first card).
	shown := func(c *store.Card) bool { return !c.Suspended && !c.BuriedUntil.After(s.start) }
	var learning []store.Card
	var reviews []dueReview
	day, err := c.ReviewDay(s.dayEnd, s.dayStart, s.dayEnd, newPage(most), func(c *store.Card, n int) {
		if reviews == nil {
			// Sized once (append grows a big slice by a quarter, copying
			// it each time); a learning card is rarer.
			reviews = make([]dueReview, 0, n)
		}
		if !shown(c) {
			return
		}
		// c's word is read in place, valid during the call only.
		switch {
		case inSteps(c.Card):
			l := *c
			l.Word = strings.Clone(c.Word)
			learning = append(learning, l)
		case s.sched.IsDue(c.Card, s.start):
			reviews = append(reviews, dueReview{key: store.CardKey{Word: strings.Clone(c.Word), Kind: c.Kind},
				due: c.Due, r: s.sched.Retrievability(c.Card, s.start)})
		}
	})
	if err != nil {
		return nil, err
	}
	if !day.LastLogged.Before(s.dayEnd) {
		s.behind = day.LastLogged
	}
	st := state{seen: map[string]int{}, answered: map[store.CardKey]bool{}, known: map[string]bool{}}
	newDone, revDone := 0, 0
	for _, r := range day.Logged {
		st.seen[r.ID.Card.Word]++
		switch r.Before.State {
		case srs.New:
			newDone++
		case srs.Review:
			revDone++
		}
	}
	st.newLeft = max(0, limits.New-newDone)
	st.revLeft = max(0, limits.Reviews-revDone)
	if opt.New != nil {
		st.newLeft = max(0, *opt.New)
	}
	if opt.Reviews != nil {
		st.revLeft = max(0, *opt.Reviews)
	}
	st.addNew(day.New, day.MoreNew, s.start)
	st.learning, st.reviews = learning, reviews
	sortReviews(st.reviews)
	s.st = st
	if err := s.next(); err != nil {
		return nil, err
	}
	return s, nil
}

// inSteps reports whether c is in its (re)learning steps, scheduled in
// minutes rather than days.
func inSteps(c srs.Card) bool {
	return (c.State == srs.Learning || c.State == srs.Relearning) && c.ScheduledDays == 0
}

// dueReview is a due review in the session's queue: what picking it and
// ordering the queue need. The card is read whole when it is shown.
type dueReview struct {
	key store.CardKey
	due time.Time
	r   float64 // retrievability at the session's start
}

// sortReviews orders due reviews least retrievable first (the most
// overdue relative to their stability), then earliest due, ties in the
// order given (the queue's: due time, then card).
func sortReviews(rs []dueReview) {
	slices.SortStableFunc(rs, func(a, b dueReview) int {
		return cmp.Or(cmp.Compare(a.r, b.r), a.due.Compare(b.due))
	})
}

// DayBounds returns the start of the learner's day that t falls in, and the
// start of the next one, for a day that starts at hour o'clock in loc.
func DayBounds(t time.Time, loc *time.Location, hour int) (start, end time.Time) {
	lt := t.In(loc)
	y, m, d := lt.Date()
	start = time.Date(y, m, d, hour, 0, 0, 0, loc)
	if lt.Before(start) {
		start = time.Date(y, m, d-1, hour, 0, 0, 0, loc)
	}
	y, m, d = start.Date()
	return start, time.Date(y, m, d+1, hour, 0, 0, 0, loc)
}

// Current is the card to show, nil when the session is over.
func (s *Session) Current() *Item { return s.st.current }

// Behind is the time of the collection's last answer when it falls on a
// later day than the session's, else zero: the clock is behind the log (a
// wrong clock, a restored backup). The session goes on by the clock: the
// answers of later days use up none of today's limits, and the cards they
// scheduled are due when they said. The learner should know. (An answer
// later the same day is not reported: it counts for today as usual, and
// CIKA_NOW restarts the same instant for every command of a script.)
func (s *Session) Behind() time.Time { return s.behind }

// Scheduler is the session's scheduler.
func (s *Session) Scheduler() *srs.Scheduler { return s.sched }

// next picks the card to show and reads it with its word. A card that
// changed since the queue was read (suspended, buried or answered by
// another process) is passed over.
func (s *Session) next() error {
	st := &s.st
	st.current = nil
	now := s.now()
	for {
		if err := s.fillNew(); err != nil {
			return err
		}
		key, due, q, ok := s.pick(now)
		if !ok {
			return nil
		}
		c, n, err := s.coll.Show(key, sentencesRead)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if c.Suspended || c.BuriedUntil.After(now) || !c.Due.Equal(due) || (q == QueueNew) != (c.State == srs.New) {
			switch q {
			case QueueNew:
				st.newLeft++
			case QueueReview:
				st.revLeft++
			}
			continue
		}
		it := &Item{Card: c, Queue: q, Word: n.Word, Shown: now}
		if len(n.Sentences) > 0 {
			i, err := s.chooseSentence(&n)
			if err != nil {
				return err
			}
			it.Sentence = &n.Sentences[i]
		}
		it.Preview = s.sched.Preview(seeded(c), now)
		st.current = it
		return nil
	}
}

// seeded is c's memory state with its fuzz seed: the one stored, or for a
// card mined without one, the hash of its key (srs.SeedOf), which the first
// answer then stores.
func seeded(c store.Card) srs.Card {
	if c.Seed == 0 {
		c.Seed = srs.SeedOf(c.Key().String())
	}
	return c.Card
}

// pick takes the next card off the queues.
func (s *Session) pick(now time.Time) (store.CardKey, time.Time, Queue, bool) {
	st := &s.st
	if len(st.learning) > 0 && !st.learning[0].Due.After(now) {
		c := st.learning[0]
		st.learning = st.learning[1:]
		return c.Key(), c.Due, QueueLearning, true
	}
	for st.revLeft > 0 && len(st.reviews) > 0 {
		r := st.reviews[0]
		st.reviews = st.reviews[1:]
		if st.seen[r.key.Word] == 0 {
			st.revLeft--
			return r.key, r.due, QueueReview, true
		}
	}
	for st.newLeft > 0 && len(st.news) > 0 {
		c := st.news[0]
		st.news = st.news[1:]
		if st.seen[c.key.Word] == 0 && !store.IsKnown(st.known, c.key.Word) {
			st.newLeft--
			return c.key, c.due, QueueNew, true
		}
	}
	if len(st.learning) > 0 && st.learning[0].Due.Before(now.Add(LearnAhead)) {
		c := st.learning[0]
		st.learning = st.learning[1:]
		return c.Key(), c.Due, QueueLearning, true
	}
	return store.CardKey{}, time.Time{}, 0, false
}

// chooseSentence picks the sentence a word's cards show: the best i+1
// example of those read (cards.ChooseExample), judged against the words the
// learner knows or is learning.
func (s *Session) chooseSentence(n *store.Note) (int, error) {
	ss := make([]*cards.Sentence, len(n.Sentences))
	var ids []string
	for i := range n.Sentences {
		ss[i] = &n.Sentences[i].Sentence
		ids = append(ids, ss[i].Words()...)
	}
	familiar := n.Familiar // read with the note (store.Show)
	if familiar == nil {
		var err error
		if familiar, err = s.coll.Familiar(ids); err != nil {
			return 0, err
		}
	}
	return cards.ChooseExample(&n.Word, ss, func(id string) bool { return familiar[id] }), nil
}

// Counts returns what is left: new cards that will still be introduced,
// learning cards due today and reviews, the card on screen included.
func (s *Session) Counts() Counts {
	st := &s.st
	var c Counts
	words := map[string]bool{}
	if st.current != nil {
		words[st.current.Card.Word] = true
	}
	for _, r := range st.reviews {
		if c.Review == st.revLeft {
			break
		}
		if w := r.key.Word; st.seen[w] == 0 && !words[w] {
			words[w] = true
			c.Review++
		}
	}
	for _, n := range st.news {
		if c.New == st.newLeft {
			break
		}
		if st.seen[n.key.Word] == 0 && !words[n.key.Word] && !store.IsKnown(st.known, n.key.Word) {
			words[n.key.Word] = true
			c.New++
		}
	}
	c.Learning = len(st.learning)
	if it := st.current; it != nil {
		switch it.Queue {
		case QueueNew:
			c.New++
		case QueueLearning:
			c.Learning++
		case QueueReview:
			c.Review++
		}
	}
	return c
}

// Answer grades the card on screen, commits the answer and its log entry to
// the collection, and shows the next card. If another process answered the
// card meanwhile (store.ErrConflict), the card is dropped from the session
// and the error returned; the session goes on.
func (s *Session) Answer(g srs.Grade) error {
	it := s.st.current
	if it == nil {
		return errors.New("no card to answer")
	}
	if !g.Valid() {
		return fmt.Errorf("grade %d is not 1..4", g)
	}
	now := s.now()
	if !now.After(it.Shown) {
		now = it.Shown.Add(time.Nanosecond) // a log entry per instant
	}
	after, log := s.sched.Schedule(seeded(it.Card), g, now)
	log.Duration = min(now.Sub(it.Shown), MaxAnswerTime)
	saved := s.st.clone()
	id, err := s.coll.Answer(it.Key(), after, log)
	if err != nil {
		if errors.Is(err, store.ErrConflict) {
			if nerr := s.next(); nerr != nil {
				return nerr
			}
		}
		return err
	}
	first := !s.st.answered[it.Key()]
	s.history = append(s.history, undo{kind: undoAnswer, id: id, grade: g, first: first, st: saved})
	s.st.answered[it.Key()] = true
	s.st.seen[it.Card.Word]++
	s.sum.Reviewed++
	if first {
		s.sum.Cards++
	}
	if g == srs.Again {
		s.sum.Again++
	}
	if inSteps(after) && after.Due.Before(s.dayEnd) {
		c := it.Card
		c.Card = after
		i, _ := slices.BinarySearchFunc(s.st.learning, c, func(a, b store.Card) int {
			if a.Due.After(b.Due) {
				return 1
			}
			return -1 // after every card due at the same time
		})
		s.st.learning = slices.Insert(s.st.learning, i, c)
	}
	return s.next()
}

// Suspend suspends the card on screen (it is not shown again until
// unsuspended) and shows the next.
func (s *Session) Suspend() error {
	return s.set(undoSuspend, func(c *store.Card) { c.Suspended = true })
}

// Bury hides the card on screen until the learner's next day and shows the
// next.
func (s *Session) Bury() error {
	return s.set(undoBury, func(c *store.Card) { c.BuriedUntil = s.dayEnd })
}

func (s *Session) set(kind undoKind, change func(*store.Card)) error {
	it := s.st.current
	if it == nil {
		return errors.New("no card on screen")
	}
	saved := s.st.clone()
	old := it.Card
	c := old
	change(&c)
	if err := s.coll.UpdateCard(c); err != nil {
		return err
	}
	s.history = append(s.history, undo{kind: kind, card: old, st: saved})
	if kind == undoSuspend {
		s.sum.Suspended++
	} else {
		s.sum.Buried++
	}
	return s.next()
}

// ErrNotNew is returned by Know for a card that is not new.
var ErrNotNew = errors.New("only a new card can be marked known")

// Know marks the word of the new card on screen as known ("I know this"):
// the word joins the collection's known list, its new cards leave the queue
// (they stay in the collection, and come back if the word is taken off the
// list), the card does not count against today's new-card limit, and the
// next card is shown. Undo takes the word off the list again.
func (s *Session) Know() error {
	it := s.st.current
	if it == nil {
		return errors.New("no card on screen")
	}
	if it.Queue != QueueNew {
		return ErrNotNew
	}
	saved := s.st.clone()
	if _, err := s.coll.AddKnown([]string{it.Word.Word}, "review", s.now()); err != nil {
		return err
	}
	s.history = append(s.history, undo{kind: undoKnow, card: it.Card, st: saved})
	s.st.known[it.Word.Word] = true
	s.st.newLeft++
	s.sum.Known++
	return s.next()
}

// CanUndo reports whether there is something to undo.
func (s *Session) CanUndo() bool { return len(s.history) > 0 }

// Undo takes back the last answer, suspend or bury of this session, in the
// collection too, and shows that card again.
func (s *Session) Undo() error {
	if len(s.history) == 0 {
		return ErrNothing
	}
	u := s.history[len(s.history)-1]
	var err error
	switch u.kind {
	case undoAnswer:
		err = s.coll.Undo(u.id)
	case undoKnow:
		head, _ := cards.SplitID(u.card.Word)
		_, err = s.coll.RemoveKnown([]string{head})
	default:
		err = s.coll.UpdateCard(u.card)
	}
	if err != nil {
		return fmt.Errorf("undo: %w", err)
	}
	s.history = s.history[:len(s.history)-1]
	switch u.kind {
	case undoAnswer:
		s.sum.Reviewed--
		if u.first {
			s.sum.Cards--
		}
		if u.grade == srs.Again {
			s.sum.Again--
		}
	case undoSuspend:
		s.sum.Suspended--
	case undoBury:
		s.sum.Buried--
	case undoKnow:
		s.sum.Known--
	}
	s.st = u.st
	if it := s.st.current; it != nil {
		it.Shown = s.now()
		it.Preview = s.sched.Preview(seeded(it.Card), it.Shown)
	}
	return nil
}

// Finish returns the session's summary, with the cards due tomorrow and
// this week read from the collection.
func (s *Session) Finish() (Summary, error) {
	sum := s.sum
	now := s.now()
	sum.Spent = now.Sub(s.start)
	f, err := Forecast(s.coll, s.sched, now, s.loc, s.hour)
	if err != nil {
		return sum, err
	}
	sum.Tomorrow, sum.Week = f.DueTomorrow, f.DueWeek
	sum.NewTomorrow = f.NewTomorrow
	return sum, nil
}

// Due counts the cards waiting, for `cika due` and the summary.
type Due struct {
	Now        int // learning cards due now and reviews due today (limits not applied)
	New        int // new cards today's limit still allows (siblings aside)
	LaterToday int // learning cards due later today
	Tomorrow   int // cards that fall due tomorrow
	// DueTomorrow and DueWeek are everything due by the end of tomorrow and
	// of the seventh day from today, overdue cards included.
	DueTomorrow, DueWeek int
	NewTomorrow          int // new cards tomorrow's limit will introduce
	NewTotal             int // new cards in the collection (not suspended)
	Limits               Limits
	// Behind is the time of the last answer when it falls on a later day
	// than now's (the clock is behind the log; see Session.Behind), else
	// zero.
	Behind time.Time
}

// Forecast counts the cards due now, later today, tomorrow and this week.
func Forecast(c Collection, sched *srs.Scheduler, now time.Time, loc *time.Location, hour int) (Due, error) {
	var d Due
	limits, err := LoadLimits(c)
	if err != nil {
		return d, err
	}
	d.Limits = limits
	dayStart, dayEnd := DayBounds(now, loc, hour)
	tomorrowEnd := dayEnd.AddDate(0, 0, 1)
	weekEnd := dayEnd.AddDate(0, 0, 6)
	day, err := c.ReviewDay(weekEnd, dayStart, dayEnd, 0, func(c *store.Card, _ int) {
		if c.Suspended {
			return
		}
		buried := c.BuriedUntil.After(now)
		switch {
		case !buried && inSteps(c.Card) && !c.Due.After(now):
			d.Now++
		case !buried && inSteps(c.Card) && c.Due.Before(dayEnd):
			d.LaterToday++
		case !buried && !inSteps(c.Card) && sched.IsDue(c.Card, now):
			d.Now++
		case !c.Due.Before(dayEnd) && c.Due.Before(tomorrowEnd):
			d.Tomorrow++
		}
		if c.Due.Before(tomorrowEnd) {
			d.DueTomorrow++
		}
		d.DueWeek++
	})
	if err != nil {
		return d, err
	}
	if !day.LastLogged.Before(dayEnd) {
		d.Behind = day.LastLogged
	}
	newDone := 0
	for _, r := range day.Logged {
		if r.Before.State == srs.New {
			newDone++
		}
	}
	// The new queue holds the new cards neither suspended nor of a known
	// word (buried ones included), and counts them and their words.
	d.NewTotal = day.NewCards
	d.New = min(max(0, limits.New-newDone), d.NewTotal)
	// One card of each word a day: the limit, or as many words as have new
	// cards, whichever is smaller (today's introductions aside).
	d.NewTomorrow = min(limits.New, day.NewWords)
	return d, nil
}
