package review_test

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/srs"
	"cika/srs/review"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

// t0 is 09:00 UTC; days start at 04:00 UTC.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// clock is a fake clock that moves only when told.
type clock struct{ t time.Time }

func (c *clock) now() time.Time             { return c.t }
func (c *clock) advance(d time.Duration)    { c.t = c.t.Add(d) }
func opts(c *clock) review.Options          { return review.Options{Now: c.now} }
func intp(n int) *int                       { return &n }
func word(i int) string                     { return string(rune(0x4E00+2*i)) + string(rune(0x4E01+2*i)) }
func wordID(i int) string                   { return cards.ID(word(i), "a1 b2") }
func key(i int, k cards.Kind) store.CardKey { return store.CardKey{Word: wordID(i), Kind: k} }

// mineN mines n words, word i met n-i times (so word 0 is the most
// frequent), one card pair each.
func mineN(t testing.TB, db *store.DB, n int, now time.Time) {
	t.Helper()
	var entries []cardstest.Entry
	var doc strings.Builder
	for i := range n {
		entries = append(entries, cardstest.Entry{Word: word(i), Reading: "a1 b2", Senses: []string{fmt.Sprintf("sense %d", i)}})
		for range n - i {
			fmt.Fprintf(&doc, "我%s。\tI %d.\n", word(i), i)
		}
	}
	pairs, d, err := corpus.Read("words.tsv", strings.NewReader(doc.String()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(d, cards.Mine(pairs, cardstest.New(entries...), nil), now); err != nil {
		t.Fatal(err)
	}
}

func start(t testing.TB, db *store.DB, o review.Options) *review.Session {
	t.Helper()
	s, err := review.Start(db, o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func answer(t testing.TB, s *review.Session, c *clock, g srs.Grade) store.CardKey {
	t.Helper()
	it := s.Current()
	if it == nil {
		t.Fatal("no card to answer")
	}
	k := it.Key()
	c.advance(5 * time.Second)
	if err := s.Answer(g); err != nil {
		t.Fatal(err)
	}
	return k
}

func TestFirstSession(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 30, t0.Add(-time.Hour))
	c := &clock{t0}
	s := start(t, db, opts(c))
	if got := s.Counts(); got != (review.Counts{New: 20}) {
		t.Fatalf("counts %+v, want 20 new", got)
	}
	// New cards in order of frequency, recognition only (the recall card
	// is its sibling); Good twice takes each through the steps.
	shown := map[store.CardKey]int{}
	var order []store.CardKey
	for s.Current() != nil {
		it := s.Current()
		if it.Queue == review.QueueNew {
			order = append(order, it.Key())
		}
		shown[answer(t, s, c, srs.Good)]++
		if len(shown) > 40 {
			t.Fatal("session does not end")
		}
	}
	if len(order) != 20 {
		t.Fatalf("%d new cards introduced, want 20", len(order))
	}
	// Most useful first: word i is met 30-i times, and some of the test
	// words are real ones (上下, 丈夫) with a general frequency and an HSK
	// level that put them ahead.
	want := make([]int, 30)
	for i := range want {
		want[i] = i
	}
	slices.SortStableFunc(want, func(a, b int) int {
		return cmp.Compare(review.Usefulness(word(b), 30-b), review.Usefulness(word(a), 30-a))
	})
	for i, k := range order {
		if k != key(want[i], cards.Recognition) {
			t.Fatalf("new card %d is %s, want %s", i, k, key(want[i], cards.Recognition))
		}
	}
	for k, n := range shown {
		if n != 2 {
			t.Errorf("%s answered %d times, want 2 (learning step 10m, then graduated)", k, n)
		}
		card, _ := db.Card(k)
		if card.State != srs.Review || card.Reps != 2 {
			t.Errorf("%s: state %v reps %d after two Goods", k, card.State, card.Reps)
		}
	}
	sum, err := s.Finish()
	if err != nil {
		t.Fatal(err)
	}
	if sum.Reviewed != 40 || sum.Cards != 20 || sum.Again != 0 {
		t.Errorf("summary %+v", sum)
	}
	if sum.NewTomorrow != 20 {
		t.Errorf("new tomorrow %d, want 20", sum.NewTomorrow)
	}
	st, _ := db.Stats()
	if st.Reviews != 40 {
		t.Errorf("%d reviews logged, want 40", st.Reviews)
	}

	// The same day, a new session has nothing left: the limit is spent and
	// the recall cards are siblings of today's cards.
	s = start(t, db, opts(c))
	if it := s.Current(); it != nil {
		t.Errorf("second session today shows %s", it.Key())
	}
	// --new 5 for one session: five more words, never a sibling.
	s = start(t, db, review.Options{Now: c.now, New: intp(5)})
	for it := s.Current(); it != nil; it = s.Current() {
		if it.Queue == review.QueueNew && it.Key() != key(want[len(order)], cards.Recognition) {
			t.Errorf("new card %s, want %s", it.Key(), key(want[len(order)], cards.Recognition))
		}
		if it.Queue == review.QueueNew {
			order = append(order, it.Key())
		}
		answer(t, s, c, srs.Easy)
	}
	if len(order) != 25 {
		t.Errorf("--new 5 introduced %d", len(order)-20)
	}

	// The next day: yesterday's words are not due yet (Good, Good gives
	// days), so their recall cards are introduced, most frequent first.
	c.t = t0.Add(24 * time.Hour)
	s = start(t, db, opts(c))
	if it := s.Current(); it == nil || it.Key() != key(want[0], cards.Recall) {
		t.Fatalf("next day starts with %v, want %s", it.Key(), key(want[0], cards.Recall))
	}
}

func TestLimits(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 10, t0.Add(-time.Hour))
	if l, _ := review.LoadLimits(db); l != review.DefaultLimits {
		t.Errorf("limits %+v, want defaults", l)
	}
	if err := review.SaveLimits(db, review.Limits{New: 3, Reviews: 50}); err != nil {
		t.Fatal(err)
	}
	if err := review.SaveLimits(db, review.Limits{New: -1}); err == nil {
		t.Error("negative limit saved")
	}
	c := &clock{t0}
	s := start(t, db, opts(c))
	if got := s.Counts().New; got != 3 {
		t.Errorf("%d new with a limit of 3", got)
	}
	answer(t, s, c, srs.Good)
	// Resuming the same day: the limit counts what was done before.
	s = start(t, db, opts(c))
	if got := s.Counts(); got.New != 2 || got.Learning != 1 {
		t.Errorf("resumed: %+v, want 2 new and 1 learning", got)
	}
	s = start(t, db, review.Options{Now: c.now, New: intp(0)})
	if got := s.Counts().New; got != 0 {
		t.Errorf("--new 0 gives %d new", got)
	}
}

// setReview makes a card a review card last reviewed days ago with the
// given stability, due at due.
func setReview(t *testing.T, db *store.DB, k store.CardKey, stability float64, last, due time.Time) {
	t.Helper()
	c, err := db.Card(k)
	if err != nil {
		t.Fatal(err)
	}
	c.Card = srs.Card{State: srs.Review, Stability: stability, Difficulty: 5, Due: due, LastReview: last,
		ScheduledDays: int(due.Sub(last).Hours() / 24), Reps: 3}
	if err := db.UpdateCard(c); err != nil {
		t.Fatal(err)
	}
}

func TestQueueOrder(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 5, t0.Add(-30*24*time.Hour))
	day := 24 * time.Hour
	// Word 0: overdue by little with high stability (most retrievable).
	setReview(t, db, key(0, cards.Recognition), 30, t0.Add(-20*day), t0.Add(-day))
	// Word 1: stability 2, last seen 10 days ago (least retrievable).
	setReview(t, db, key(1, cards.Recall), 2, t0.Add(-10*day), t0.Add(-8*day))
	// Word 2: in between; its sibling is due too and must wait.
	setReview(t, db, key(2, cards.Recognition), 5, t0.Add(-10*day), t0.Add(-5*day))
	setReview(t, db, key(2, cards.Recall), 6, t0.Add(-10*day), t0.Add(-4*day))
	// Word 3: not due until tomorrow; its new recall card is the one new
	// card allowed (words 0-2 have a card reviewed today, word 4 one in
	// learning).
	setReview(t, db, key(3, cards.Recognition), 5, t0.Add(-4*day), t0.Add(day))
	// Word 4: a relearning card due an hour ago comes first.
	lc, _ := db.Card(key(4, cards.Recall))
	lc.Card = srs.Card{State: srs.Relearning, Stability: 1, Difficulty: 7, Due: t0.Add(-time.Hour),
		LastReview: t0.Add(-70 * time.Minute), Reps: 5, Lapses: 1}
	if err := db.UpdateCard(lc); err != nil {
		t.Fatal(err)
	}
	c := &clock{t0}
	s := start(t, db, review.Options{Now: c.now, New: intp(1)})
	if got := s.Counts(); got != (review.Counts{New: 1, Learning: 1, Review: 3}) {
		t.Errorf("counts %+v", got)
	}
	want := []store.CardKey{key(4, cards.Recall), key(1, cards.Recall), key(2, cards.Recognition),
		key(0, cards.Recognition), key(3, cards.Recall)}
	for i, w := range want {
		it := s.Current()
		if it == nil {
			t.Fatalf("session over after %d cards", i)
		}
		if it.Key() != w {
			t.Fatalf("card %d is %s (%v), want %s", i, it.Key(), it.Queue, w)
		}
		answer(t, s, c, srs.Easy)
	}
	if it := s.Current(); it != nil {
		t.Errorf("extra card %s", it.Key())
	}
	// --limit 0 leaves only learning and new cards.
	c.t = t0.Add(2 * day)
	s = start(t, db, review.Options{Now: c.now, Reviews: intp(0), New: intp(0)})
	if it := s.Current(); it != nil {
		t.Errorf("--limit 0 --new 0 shows %s", it.Key())
	}
}

func TestUndo(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 3, t0.Add(-time.Hour))
	c := &clock{t0}
	s := start(t, db, opts(c))
	if err := s.Undo(); !errors.Is(err, review.ErrNothing) {
		t.Errorf("undo at start: %v", err)
	}
	before, _ := db.Card(key(0, cards.Recognition))
	k := answer(t, s, c, srs.Again)
	if after, _ := db.Card(k); after.State != srs.Learning {
		t.Fatalf("answer not committed: %+v", after)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Card(k); got.State != before.State || !got.Due.Equal(before.Due) || got.Reps != 0 {
		t.Errorf("undo left %+v, want %+v", got.Card, before.Card)
	}
	if st, _ := db.Stats(); st.Reviews != 0 {
		t.Errorf("%d reviews after undo", st.Reviews)
	}
	if it := s.Current(); it == nil || it.Key() != k {
		t.Fatalf("after undo the card on screen is %v, want %s", it, k)
	}
	if got := s.Counts(); got.New != 3 || got.Learning != 0 {
		t.Errorf("counts after undo %+v", got)
	}
	// Suspend, then bury, then undo both.
	if err := s.Suspend(); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Card(k); !got.Suspended {
		t.Error("suspend not committed")
	}
	k2 := s.Current().Key()
	if err := s.Bury(); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Card(k2); !got.BuriedUntil.Equal(time.Date(2026, 3, 3, 4, 0, 0, 0, time.UTC)) {
		t.Errorf("buried until %v", got.BuriedUntil)
	}
	// A new session today skips both.
	s2 := start(t, db, opts(c))
	for it := s2.Current(); it != nil; it = s2.Current() {
		if it.Key() == k || it.Key() == k2 {
			t.Errorf("%s shown while suspended or buried", it.Key())
		}
		answer(t, s2, c, srs.Easy)
	}
	for range 2 {
		if err := s.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := db.Card(k); got.Suspended {
		t.Error("undo suspend left it suspended")
	}
	if got, _ := db.Card(k2); !got.BuriedUntil.IsZero() {
		t.Error("undo bury left it buried")
	}
	if s.Current().Key() != k || s.CanUndo() {
		t.Errorf("after undoing all: on screen %s, can undo %v", s.Current().Key(), s.CanUndo())
	}
	// Buried cards come back the next day.
	if err := s.Bury(); err != nil {
		t.Fatal(err)
	}
	c.t = t0.Add(20 * time.Hour) // 05:00 the next day
	if s2 := start(t, db, opts(c)); s2.Current() == nil || s2.Current().Key() != k {
		t.Errorf("buried card not back the next day")
	}
}

func TestLearningAgain(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 2, t0.Add(-time.Hour))
	c := &clock{t0}
	s := start(t, db, opts(c))
	k := answer(t, s, c, srs.Again) // due in 1m
	if it := s.Current(); it == nil || it.Key() == k {
		t.Fatalf("the other new card should come before the learning card")
	}
	c.advance(2 * time.Minute)
	answer(t, s, c, srs.Good)
	// The again card is due now.
	if it := s.Current(); it == nil || it.Key() != k || it.Queue != review.QueueLearning {
		t.Fatalf("learning card not back: %v", it)
	}
	sum, _ := s.Finish()
	if sum.Again != 1 || sum.Reviewed != 2 || sum.AgainRate() != 0.5 {
		t.Errorf("summary %+v", sum)
	}
}

func TestForecast(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 5, t0.Add(-30*24*time.Hour))
	day := 24 * time.Hour
	setReview(t, db, key(0, cards.Recognition), 5, t0.Add(-5*day), t0)              // due today
	setReview(t, db, key(1, cards.Recognition), 5, t0.Add(-5*day), t0.Add(day))     // tomorrow
	setReview(t, db, key(2, cards.Recognition), 5, t0.Add(-5*day), t0.Add(3*day))   // this week
	setReview(t, db, key(3, cards.Recognition), 50, t0.Add(-5*day), t0.Add(40*day)) // later
	lc, _ := db.Card(key(4, cards.Recognition))
	lc.Card = srs.Card{State: srs.Learning, Stability: 1, Difficulty: 5, Due: t0.Add(time.Hour), LastReview: t0, Step: 1, Reps: 1}
	db.UpdateCard(lc)
	sched, _ := srs.NewScheduler(srs.DefaultParameters(), srs.RolloverDay(time.UTC, 4))
	d, err := review.Forecast(db, sched, t0, time.UTC, 4)
	if err != nil {
		t.Fatal(err)
	}
	want := review.Due{Now: 1, LaterToday: 1, Tomorrow: 1, DueTomorrow: 3, DueWeek: 4, New: 5, NewTotal: 5,
		NewTomorrow: 5, Limits: review.DefaultLimits}
	if d != want {
		t.Errorf("forecast\n got %+v\nwant %+v", d, want)
	}
}

func TestDayBounds(t *testing.T) {
	sh, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Skip(err)
	}
	for _, tc := range []struct {
		t          time.Time
		start, end string
	}{
		{time.Date(2026, 3, 2, 3, 59, 0, 0, sh), "2026-03-01T04:00:00+08:00", "2026-03-02T04:00:00+08:00"},
		{time.Date(2026, 3, 2, 4, 0, 0, 0, sh), "2026-03-02T04:00:00+08:00", "2026-03-03T04:00:00+08:00"},
		{time.Date(2026, 3, 31, 23, 0, 0, 0, sh), "2026-03-31T04:00:00+08:00", "2026-04-01T04:00:00+08:00"},
	} {
		s, e := review.DayBounds(tc.t, sh, 4)
		if s.Format(time.RFC3339) != tc.start || e.Format(time.RFC3339) != tc.end {
			t.Errorf("DayBounds(%v) = %v, %v", tc.t, s, e)
		}
	}
}

// Cards mined "in the future" (another clock, or CIKA_NOW in the past) are
// still new cards today.
func TestMinedLater(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 3, t0.Add(48*time.Hour))
	c := &clock{t0}
	s := start(t, db, opts(c))
	if got := s.Counts(); got.New != 3 {
		t.Errorf("counts %+v, want 3 new", got)
	}
}

// A card changed by another process after the queue was read (here
// suspended, and answered) is passed over, not shown stale.
func TestChangedElsewhere(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 4, t0.Add(-time.Hour))
	c := &clock{t0}
	s := start(t, db, opts(c))
	if s.Current().Key() != key(0, cards.Recognition) {
		t.Fatalf("first card %s", s.Current().Key())
	}
	other := start(t, db, opts(c)) // a second session, as in another terminal
	sc, _ := db.Card(key(1, cards.Recognition))
	sc.Suspended = true
	if err := db.UpdateCard(sc); err != nil {
		t.Fatal(err)
	}
	if err := other.Suspend(); err != nil { // suspends word 0 there
		t.Fatal(err)
	}
	// Word 0 was suspended there, not answered: the answer here stands.
	k := answer(t, s, c, srs.Good)
	if k != key(0, cards.Recognition) {
		t.Fatalf("answered %s", k)
	}
	x := s.Current()
	if x == nil || x.Key() == key(1, cards.Recognition) {
		t.Fatalf("a card suspended elsewhere is shown: %v", x)
	}
	// The other session answers x first: here it is then a conflict, and
	// the session moves on.
	for i := 0; other.Current() != nil && i < 5; i++ {
		c.advance(time.Second)
		done := other.Current().Key() == x.Key()
		if err := other.Answer(srs.Easy); err != nil {
			t.Fatal(err)
		}
		if done {
			break
		}
	}
	c.advance(time.Second)
	if err := s.Answer(srs.Good); !errors.Is(err, store.ErrConflict) {
		t.Errorf("answer of a card answered elsewhere: %v, want ErrConflict", err)
	}
	if it := s.Current(); it != nil && it.Key() == x.Key() {
		t.Error("the conflicting card is still on screen")
	}
}

// A session reads the new queue a page at a time: when the learner marks
// words known, more new cards are introduced than the first page holds,
// in the queue's order, one card per word.
func TestNewQueuePages(t *testing.T) {
	db := storetest.Open(t)
	c := &clock{t0}
	mineN(t, db, 160, t0.Add(-time.Hour))
	next, err := review.Next(db, 0, opts(c))
	if err != nil || len(next) != 160 {
		t.Fatalf("Next: %d words, %v", len(next), err)
	}
	s := start(t, db, review.Options{Now: c.now, New: intp(100)})
	if got := s.Counts(); got != (review.Counts{New: 100}) {
		t.Errorf("counts %+v, want 100 new", got)
	}
	var known, got []string
	for s.Current() != nil {
		it := s.Current()
		if it.Queue == review.QueueNew && len(known) < 40 {
			known = append(known, it.Card.Word)
			if err := s.Know(); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if it.Queue == review.QueueNew {
			got = append(got, it.Card.Word)
		}
		answer(t, s, c, srs.Easy)
	}
	if len(got) != 100 {
		t.Fatalf("%d new cards introduced, want 100", len(got))
	}
	for i, w := range append(known, got...) {
		if w != next[i].Word {
			t.Fatalf("new card %d is of %s, want %s", i, w, next[i].Word)
		}
	}
}

// TestStartSettings: with Options.Settings, Start schedules as the
// collection's settings say, read through store.Lazy's single open (the
// learning steps "3m 30m": Again on a new card brings it back in 3
// minutes); without, FSRS-6's 1m.
func TestStartSettings(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 5, t0.Add(-time.Hour))
	s := review.DefaultScheduler()
	s.LearningSteps = "3m 30m"
	if err := review.SaveScheduler(db, s); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	coll := store.Lazy{Path: path}
	for _, c := range []struct {
		settings bool
		again    time.Duration
	}{{true, 3 * time.Minute}, {false, time.Minute}} {
		o := opts(&clock{t0})
		o.Settings = c.settings
		sess, err := review.Start(coll, o)
		if err != nil {
			t.Fatal(err)
		}
		it := sess.Current()
		if it == nil {
			t.Fatal("no first card")
		}
		if got := it.Preview[0].Card.Due.Sub(t0); got != c.again {
			t.Errorf("Settings %v: Again due in %v, want %v", c.settings, got, c.again)
		}
		// The session goes on through the lazy collection, opening it
		// for each answer.
		if err := sess.Answer(srs.Good); err != nil {
			t.Fatal(err)
		}
	}
}

// A clock earlier than the last review (a wrong clock, a restored backup)
// starts a day like any other: the reviews logged on later days are not
// today's, so they use up none of today's limits and no month's retention.
// (Counted from the day's start with no end, they did: a year collection
// read a year of reviews to show 0 cards, in 6 s and 460 MB.)
func TestClockBehindLog(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 10, t0.Add(-30*24*time.Hour))
	if err := review.SaveLimits(db, review.Limits{New: 3, Reviews: 50}); err != nil {
		t.Fatal(err)
	}
	day := 24 * time.Hour
	setReview(t, db, key(9, cards.Recognition), 5, t0.Add(-5*day), t0.Add(9*day))
	// Ten days on, the day's 3 new cards and the review card are answered.
	later := &clock{t0.Add(10 * day)}
	s := start(t, db, opts(later))
	if got := s.Counts(); got != (review.Counts{New: 3, Review: 1}) {
		t.Fatalf("ten days on: counts %+v, want 3 new and 1 review", got)
	}
	for s.Current() != nil {
		answer(t, s, later, srs.Good)
	}
	// Back at t0: the limits are whole, the answered cards not due.
	c := &clock{t0}
	s = start(t, db, opts(c))
	if got := s.Counts(); got != (review.Counts{New: 3}) {
		t.Errorf("clock behind the log: counts %+v, want 3 new", got)
	}
	if it := s.Current(); it == nil || it.Queue != review.QueueNew {
		t.Errorf("clock behind the log: first card %+v, want a new one", it)
	}
	if b := s.Behind(); !b.Equal(later.t) {
		t.Errorf("clock behind the log: Behind %v, want the last answer's %v", b, later.t)
	}
	sched, _ := srs.NewScheduler(srs.DefaultParameters(), srs.RolloverDay(time.UTC, 4))
	d, err := review.Forecast(db, sched, t0, time.UTC, 4)
	if err != nil {
		t.Fatal(err)
	}
	if d.New != 3 || d.Now != 0 || d.LaterToday != 0 || !d.Behind.Equal(later.t) {
		t.Errorf("clock behind the log: forecast %+v, want 3 new and nothing due", d)
	}
	st, err := review.ComputeStats(db, opts(c))
	if err != nil {
		t.Fatal(err)
	}
	if st.Retention.MonthCount != 0 || st.Retention.AllCount != 1 {
		t.Errorf("clock behind the log: retention %+v, want no review in the last 30 days, 1 in all", st.Retention)
	}
	for _, h := range st.History {
		if h.Count != 0 {
			t.Errorf("clock behind the log: %d reviews on %s", h.Count, h.Day)
		}
	}
	// The day of the answers still counts them.
	s = start(t, db, opts(later))
	if got := s.Counts(); got != (review.Counts{}) {
		t.Errorf("ten days on, again: counts %+v, want nothing left", got)
	}
	if b := s.Behind(); !b.IsZero() {
		t.Errorf("ten days on, again: Behind %v, want zero", b)
	}
}
