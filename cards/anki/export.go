package anki

import (
	"cmp"
	"crypto/sha1"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"html"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
)

// Source gives a writer its notes one at a time, by index, so that a large
// export need not hold them all as Notes at once (srs/export keeps them
// encoded, a few hundred bytes a note). A writer reads every note twice:
// once for the identities (guids, ids, the collection's first day), then
// once more to write it; a homograph (fields.go) once more in between, and
// with progress every note once more for the review log (see WordSource).
// Only one goroutine at a time calls Note.
type Source interface {
	// Len is the number of notes.
	Len() int
	// Note sets *n to note i, 0 ≤ i < Len(). The writer may keep what n's
	// strings and slices point to, but not n itself, which it reuses.
	Note(i int, n *Note) error
}

// A WordSource is a Source that can also give a note without its example
// sentence (Sentence, Highlight, SentencePinyin, Parts, Translation and
// Source empty): the writer's passes that read only the word, its cards and
// their reviews (the identities, the review log) then skip it. srs/export
// keeps the examples of a large export in a file, and the fields are the
// only place that needs them.
type WordSource interface {
	Source
	NoteWord(i int, n *Note) error
}

// noteWord sets *n to note i of src, without its example sentence if src
// can leave it out.
func noteWord(src Source, i int, n *Note) error {
	if ws, ok := src.(WordSource); ok {
		return ws.NoteWord(i, n)
	}
	return src.Note(i, n)
}

// Notes is a Source of notes held in a slice.
type Notes []Note

// Len is len(ns).
func (ns Notes) Len() int { return len(ns) }

// Note sets *n to ns[i].
func (ns Notes) Note(i int, n *Note) error { *n = ns[i]; return nil }

// export is a checked export: the notes' source with their identities, and
// everything that depends on the options (decks, preset, the day numbers).
type export struct {
	opts    Options
	src     Source
	n       int // src.Len()
	guids   []string
	noteIDs []int64
	cardIDs [][2]int64
	// byID are the notes in the order of their ids, and of their cards'.
	byID []int32
	// reviews counts the review-log entries, with progress: the revlog
	// rows are made to that size (237,000 rows of 64 bytes on the year
	// collection, which grown by appending took 26 MB).
	reviews int
	// homographs: see fields.go.
	homographs []int
	// syllables is the pinyin rendered so far, and scratch and flds
	// the space a note's fields are rendered in, for the one goroutine
	// that renders the fields.
	syllables syllables
	scratch   scratch
	flds      []byte

	deckNames []string // outermost first; the last is the deck the cards go to
	deckIDs   []int64
	dconfID   int64

	loc          *time.Location
	crt          time.Time // day 0 of the collection, at the rollover hour
	crtDay       int64     // day number of crt
	params       Parameters
	decay        float64
	learnSteps   []time.Duration
	relearnSteps []time.Duration
}

// prepare checks the notes and options and assigns every identity, reading
// each note once (and a homograph's once more).
func prepare(src Source, opts Options) (*export, error) {
	if opts.Now.IsZero() {
		return nil, fmt.Errorf("export: no time given (Options.Now)")
	}
	if opts.Rollover < 0 || opts.Rollover > 23 {
		return nil, fmt.Errorf("export: rollover hour %d not in 0-23", opts.Rollover)
	}
	names, err := deckNames(opts.Deck)
	if err != nil {
		return nil, err
	}
	e := &export{opts: opts, src: src, n: src.Len(), deckNames: names, loc: opts.Now.Location()}
	for _, n := range names {
		e.deckIDs = append(e.deckIDs, plausibleID(hash64("cika deck\x00"+strings.ToLower(n))))
	}
	e.dconfID = plausibleID(hash64("cika preset\x00" + strings.ToLower(names[len(names)-1])))

	e.params = opts.Parameters
	if err := e.checkParameters(); err != nil {
		return nil, err
	}

	// Identities: guid from the word, ids from the guid and the time added.
	e.guids = make([]string, e.n)
	base := make([]int64, e.n)
	words := make([]string, e.n) // for homographs
	byGUID := make(map[string]int, e.n)
	first := opts.Now // the earliest review, with progress
	var note Note
	for i := range e.n {
		if err := noteWord(src, i, &note); err != nil {
			return nil, err
		}
		if err := checkNote(i, &note); err != nil {
			return nil, err
		}
		h := identityHash(note.Word, note.Reading)
		g := guidOf(h)
		if j, dup := byGUID[g]; dup {
			return nil, fmt.Errorf("note %d (%s %s): %w of note %d", i+1, note.Word, note.Reading, ErrDuplicate, j+1)
		}
		byGUID[g] = i
		e.guids[i] = g
		added := note.Added
		if added.IsZero() {
			added = fallbackAdded
		}
		base[i] = added.Unix()*1000 + int64(h%1000)
		words[i] = strings.Clone(strings.TrimSpace(note.Word))
		if opts.WithProgress {
			first = earliestReview(first, &note)
			for _, c := range note.Cards {
				e.reviews += len(c.Reviews)
			}
		}
	}
	byGUID = nil
	e.assignIDs(base)
	e.setCrt(first)
	if e.homographs, err = homographs(src, words); err != nil {
		return nil, err
	}
	return e, nil
}

func (e *export) checkParameters() error {
	p := &e.params
	if e.opts.WithProgress && len(p.W) == 0 {
		return fmt.Errorf("export with progress: %w", ErrNoParameters)
	}
	if len(p.W) != 0 && len(p.W) != 21 {
		return fmt.Errorf("export: %d FSRS weights, want the 21 of FSRS-6", len(p.W))
	}
	for i, w := range p.W {
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return fmt.Errorf("export: FSRS weight w%d is %v", i, w)
		}
	}
	if p.DesiredRetention == 0 {
		p.DesiredRetention = 0.9
	}
	if !(p.DesiredRetention > 0 && p.DesiredRetention < 1) {
		return fmt.Errorf("export: desired retention %v not between 0 and 1", p.DesiredRetention)
	}
	if p.MaximumInterval <= 0 {
		p.MaximumInterval = 36500
	}
	if p.NewPerDay <= 0 {
		p.NewPerDay = 20
	}
	if p.ReviewsPerDay <= 0 {
		p.ReviewsPerDay = 200
	}
	e.learnSteps = p.LearningSteps
	if len(e.learnSteps) == 0 {
		e.learnSteps = []time.Duration{time.Minute, 10 * time.Minute}
	}
	e.relearnSteps = p.RelearningSteps
	if len(e.relearnSteps) == 0 {
		e.relearnSteps = []time.Duration{10 * time.Minute}
	}
	if len(p.W) == 21 {
		e.decay = p.W[20]
	}
	return nil
}

// plausibleID maps a hash into ids that read as times in 2020-2023, as
// Anki's own ids (milliseconds since 1970) do.
func plausibleID(h uint64) int64 {
	const base, span = 1_577_836_800_000, 100_000_000_000
	return base + int64(h%span)
}

// assignIDs gives each note and card an id that reads, as Anki's ids do, as
// its creation time in milliseconds: base, the second the word was added
// plus a millisecond offset from its guid. Collisions (many words added in
// the same second) are resolved by moving up, in an order that depends only
// on the notes, so exporting the same notes always gives the same ids.
//
// Taken in that order, each note gets the first free id at or above its own
// (and each card the first free card id at or above its note's): since the
// ids taken so far end in one unbroken run, that is the larger of its own and
// one past the last taken. Probing a set of used ids instead costs a
// thousand notes mined in the same second a million probes.
func (e *export) assignIDs(base []int64) {
	n := e.n
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(cmp.Compare(base[a], base[b]), strings.Compare(e.guids[a], e.guids[b]))
	})
	e.byID = order
	e.noteIDs = make([]int64, n)
	e.cardIDs = make([][2]int64, n)
	lastNote, lastCard := int64(math.MinInt64), int64(math.MinInt64)
	for _, i := range order {
		id := max(base[i], lastNote+1)
		lastNote = id
		e.noteIDs[i] = id
		for k := range e.cardIDs[i] {
			lastCard = max(id, lastCard+1)
			e.cardIDs[i][k] = lastCard
		}
	}
}

// earliestReview is the earlier of first and the first review of n's cards
// (a card's last review, or the first entry of its log).
func earliestReview(first time.Time, n *Note) time.Time {
	for _, c := range n.Cards {
		if t := c.Card.LastReview; !t.IsZero() && t.Before(first) {
			first = t
		}
		if len(c.Reviews) > 0 && c.Reviews[0].Time.Before(first) {
			first = c.Reviews[0].Time
		}
	}
	return first
}

// setCrt chooses day 0 of the collection: the learner's day of first, the
// export's or, when progress goes along, the earliest review's, so that
// every day number is positive.
func (e *export) setCrt(first time.Time) {
	d := first.In(e.loc).Add(-time.Duration(e.opts.Rollover) * time.Hour)
	y, m, dd := d.Date()
	e.crt = time.Date(y, m, dd, e.opts.Rollover, 0, 0, 0, e.loc)
	e.crtDay = civilDay(y, m, dd)
}

func civilDay(y int, m time.Month, d int) int64 {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// day is the learner's day of t counted from crt: what Anki calls a day
// number for review due dates (its day starts at the rollover hour).
func (e *export) day(t time.Time) int64 {
	d := t.In(e.loc).Add(-time.Duration(e.opts.Rollover) * time.Hour)
	y, m, dd := d.Date()
	return civilDay(y, m, dd) - e.crtDay
}

// --- rows ---------------------------------------------------------------

type noteRow struct {
	id   int64
	guid string
	mod  int64
	tags string
	flds string
	sfld string
	csum int64
}

func (e *export) noteRow(i int, n *Note) noteRow {
	e.flds = e.appendFields(e.flds[:0], i, n)
	flds := string(e.flds)
	first, _, _ := strings.Cut(flds, fieldSep)
	sort := stripHTML(first)
	return noteRow{
		id:   e.noteIDs[i],
		guid: e.guids[i],
		mod:  e.opts.Now.Unix(),
		tags: noteTags(n),
		flds: flds,
		sfld: sort,
		csum: checksum(sort),
	}
}

// htmlTag is compiled at first use: only an export with markup in a field
// needs it, and every start of cika would compile it.
var htmlTag = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?s)<!--.*?-->|<[^>]*>`) })

// stripHTML is the text of a field without markup, as Anki's sort field and
// checksum use it (cika's fields hold no media, so no file names to keep).
func stripHTML(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = html.UnescapeString(htmlTag().ReplaceAllString(s, ""))
	}
	return strings.TrimSpace(s)
}

// checksum is Anki's csum: the first 4 bytes of the SHA-1 of the first field
// stripped of HTML, as a big-endian unsigned integer.
func checksum(stripped string) int64 {
	sum := sha1.Sum([]byte(stripped))
	return int64(binary.BigEndian.Uint32(sum[:4]))
}

type cardRow struct {
	id, nid, did, ord, mod       int64
	typ, queue, due, ivl, factor int64
	reps, lapses, left           int64
	data                         string
}

type revlogRow struct {
	id, cid, ease, ivl, lastIvl, factor, time, typ int64
}

// state returns the progress given for card kind k of note n, if any.
func (e *export) state(n *Note, k Kind) *CardState {
	if !e.opts.WithProgress {
		return nil
	}
	for j := range n.Cards {
		if n.Cards[j].Kind == k {
			return &n.Cards[j]
		}
	}
	return nil
}

// cardRow is card kind k of note i, n. New cards are due at the note's
// position (pos), in the order the notes were given.
func (e *export) cardRow(i int, n *Note, k Kind, pos int64) cardRow {
	r := cardRow{
		id: e.cardIDs[i][k], nid: e.noteIDs[i], did: e.deckIDs[len(e.deckIDs)-1],
		ord: int64(k), mod: e.opts.Now.Unix(),
		typ: 0, queue: 0, due: pos,
	}
	st := e.state(n, k)
	if n.Known {
		r.queue = -1 // a known word: in the deck, never taught (Note.Known)
	}
	if st == nil {
		return r
	}
	c := st.Card
	r.reps, r.lapses = int64(c.Reps), int64(c.Lapses)
	switch c.State {
	case New:
		// due stays the position
	case Learning, Relearning:
		steps := e.learnSteps
		r.typ = 1
		if c.State == Relearning {
			steps = e.relearnSteps
			r.typ = 3
			r.ivl = max(1, int64(c.ScheduledDays), int64(math.Round(c.Stability)))
		}
		r.left = max(1, int64(len(steps)-c.Step))
		if !c.LastReview.IsZero() && c.Due.Sub(c.LastReview) >= 24*time.Hour {
			r.queue, r.due = 3, e.day(c.Due) // a step of a day or more
		} else {
			r.queue, r.due = 1, c.Due.Unix()
		}
		r.factor = 2500
	case Review:
		r.typ, r.queue = 2, 2
		r.due = e.day(c.Due)
		r.ivl = int64(c.ScheduledDays)
		if r.ivl <= 0 && !c.LastReview.IsZero() {
			r.ivl = e.day(c.Due) - e.day(c.LastReview)
		}
		r.ivl = max(1, r.ivl)
		// FSRS ignores the ease factor; 2500 (Anki's starting ease) keeps
		// the card sane if the learner turns FSRS off.
		r.factor = 2500
	}
	if st.Suspended || n.Known {
		r.queue = -1
	}
	if c.State != New && c.Stability > 0 {
		r.data = e.memoryJSON(c)
	}
	return r
}

// memoryJSON is the FSRS memory Anki keeps in cards.data: stability to 4
// decimals, difficulty to 3, the desired retention, the decay (w20) and the
// last review in unix seconds.
func (e *export) memoryJSON(c Schedule) string {
	m := struct {
		S     float64 `json:"s"`
		D     float64 `json:"d"`
		DR    float64 `json:"dr"`
		Decay float64 `json:"decay"`
		LRT   int64   `json:"lrt,omitempty"`
	}{
		S:     math.Round(c.Stability*1e4) / 1e4,
		D:     math.Round(c.Difficulty*1e3) / 1e3,
		DR:    math.Round(e.params.DesiredRetention*1e4) / 1e4,
		Decay: e.decay,
	}
	if !c.LastReview.IsZero() {
		m.LRT = c.LastReview.Unix()
	}
	b, _ := json.Marshal(m) // cannot fail: plain numbers, checked finite
	return string(b)
}

// revlogRows turns a card's review log into Anki's revlog. used holds the
// revlog ids taken so far (an id is the review time in ms and must be unique).
func (e *export) revlogRows(cid int64, st *CardState, used map[int64]bool, out []revlogRow) []revlogRow {
	for _, r := range st.Reviews {
		id := r.Time.UnixMilli()
		for used[id] {
			id++
		}
		used[id] = true
		row := revlogRow{
			id: id, cid: cid, ease: int64(r.Grade),
			factor: int64(math.Round(((r.After.Difficulty-1)/9 + 0.1) * 1000)),
			time:   max(0, r.Duration.Milliseconds()),
		}
		switch r.Before.State {
		case New, Learning:
			row.typ = 0
		case Review:
			row.typ = 1
		case Relearning:
			row.typ = 2
		}
		row.ivl = e.interval(r.After, r.Time, int64(r.ScheduledDays))
		if r.Before.State != New {
			row.lastIvl = e.interval(r.Before, r.Before.LastReview, int64(r.Before.ScheduledDays))
		}
		out = append(out, row)
	}
	return out
}

// interval is a revlog interval: days for a card in review, else minus the
// seconds until the next step.
func (e *export) interval(c Schedule, from time.Time, days int64) int64 {
	if c.State == Review {
		if days <= 0 && !from.IsZero() {
			days = e.day(c.Due) - e.day(from)
		}
		return max(1, days)
	}
	if from.IsZero() || c.Due.IsZero() {
		return 0
	}
	return -max(1, int64(c.Due.Sub(from)/time.Second))
}

// --- the col row ----------------------------------------------------------

type colRow struct {
	crt, mod, scm                    int64
	conf, models, decks, dconf, tags string
}

func (e *export) colRow() colRow {
	now := e.opts.Now
	deckID := e.deckIDs[len(e.deckIDs)-1]
	_, off := e.crt.Zone()
	_, nowOff := now.Zone()
	conf := map[string]any{
		"schedVer":       2,
		"rollover":       e.opts.Rollover,
		"creationOffset": -off / 60, // minutes west of UTC, as JavaScript's getTimezoneOffset
		"localOffset":    -nowOff / 60,
		"activeDecks":    []int64{deckID},
		"curDeck":        deckID,
		"curModel":       notetypeID,
		"nextPos":        e.n + 1,
		"newSpread":      0,
		"collapseTime":   1200,
		"timeLim":        0,
		"estTimes":       true,
		"dueCounts":      true,
		"sortType":       "noteFld",
		"sortBackwards":  false,
		"addToCur":       true,
		"newBury":        true,
		"dayLearnFirst":  false,
	}
	models := map[string]any{fmt.Sprint(notetypeID): notetypeJSON(deckID)}

	decks := map[string]any{"1": deckJSON(1, "Default", 1, 0, "")}
	for i, name := range e.deckNames {
		desc := ""
		if i == len(e.deckNames)-1 {
			desc = "Words mined by cika from your own sentence pairs."
		}
		decks[fmt.Sprint(e.deckIDs[i])] = deckJSON(e.deckIDs[i], name, e.dconfID, now.Unix(), desc)
	}

	dconf := map[string]any{
		"1":                   dconfJSON(1, "Default", 0, Parameters{MaximumInterval: 36500, NewPerDay: 20, ReviewsPerDay: 200}, nil, nil),
		fmt.Sprint(e.dconfID): dconfJSON(e.dconfID, "cika: "+e.deckNames[len(e.deckNames)-1], now.Unix(), e.params, e.learnSteps, e.relearnSteps),
	}
	return colRow{
		crt:    e.crt.Unix(),
		mod:    now.UnixMilli(),
		scm:    now.UnixMilli(),
		conf:   mustJSON(conf),
		models: mustJSON(models),
		decks:  mustJSON(decks),
		dconf:  mustJSON(dconf),
		tags:   "{}",
	}
}

func deckJSON(id int64, name string, conf int64, mod int64, desc string) map[string]any {
	return map[string]any{
		"id": id, "mod": mod, "name": name, "usn": -1,
		"lrnToday": []int{0, 0}, "revToday": []int{0, 0},
		"newToday": []int{0, 0}, "timeToday": []int{0, 0},
		"collapsed": false, "browserCollapsed": false,
		"desc": desc, "dyn": 0, "conf": conf,
		"extendNew": 0, "extendRev": 0,
	}
}

// dconfJSON is a deck options preset in schema-11 form. With FSRS weights it
// carries them as fsrsParams6 along with the desired retention.
func dconfJSON(id int64, name string, mod int64, p Parameters, learn, relearn []time.Duration) map[string]any {
	minutes := func(steps []time.Duration, def []float64) []float64 {
		if len(steps) == 0 {
			return def
		}
		out := make([]float64, len(steps))
		for i, s := range steps {
			out[i] = s.Minutes()
		}
		return out
	}
	c := map[string]any{
		"id": id, "mod": mod, "name": name, "usn": -1,
		"maxTaken": 60, "autoplay": true, "timer": 0, "replayq": true, "dyn": false,
		"new": map[string]any{
			"bury": false, "delays": minutes(learn, []float64{1, 10}),
			"initialFactor": 2500, "ints": []int{1, 4, 0}, "order": 1,
			"perDay": p.NewPerDay, "separate": true,
		},
		"rev": map[string]any{
			"bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": p.MaximumInterval,
			"perDay": p.ReviewsPerDay, "hardFactor": 1.2, "fuzz": 0.05, "minSpace": 1,
		},
		"lapse": map[string]any{
			"delays": minutes(relearn, []float64{10}), "leechAction": 1,
			"leechFails": 8, "minInt": 1, "mult": 0.0,
		},
		"newMix": 0, "newPerDayMinimum": 0, "interdayLearningMix": 0,
		"reviewOrder": 0, "newSortOrder": 0, "newGatherPriority": 0,
		"buryInterdayLearning": false,
	}
	if len(p.W) > 0 {
		c["fsrsParams6"] = p.W
		c["desiredRetention"] = p.DesiredRetention
	}
	return c
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only maps of plain values, checked finite
	}
	return string(b)
}
