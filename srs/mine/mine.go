// Package mine is the mining job: it identifies the inputs (one file, two
// files paired, the built-in sample, standard input), takes the miner's
// lock of the collection, clears what a killed run left, reads ahead,
// analyses batches of pairs on all cores, stores them as pending sentences,
// indexes them and commits each document in one last transaction, so that
// each input is all or nothing. `cika mine` is flags, one Miner.Mine and
// the printing of its Report.
package mine

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"cika/cards"
	"cika/cards/corpus"
	"cika/srs/store"
)

// DefaultBatch is how many pairs are analysed and stored at a time: big
// enough that a batch's fsync and page writes are spread over many pairs
// (a million pairs: 400 batches, no slower than 100 of 10,000), small
// enough to keep memory flat (≈ 4 MB of sentences in each of the batches
// in flight: being read, being analysed, queued, being stored).
const DefaultBatch = 2500

// Miner mines documents into a collection. It holds the collection's
// write lock only to store batches, for 200 ms at most at a time (hold.go):
// the slow part (loading the dictionary, analysing) runs with the file
// closed, so a review session or a lookup is not kept waiting. It holds
// the miner's lock (store.LockMining) throughout.
type Miner struct {
	Path string // the collection
	Load func() (cards.Analyzer, error)
	// Learn, if set, gives the analyzer the senses the English confirmed
	// in the documents mined before (store.DB.Priors).
	Learn   func(cards.Analyzer, cards.Priors) cards.Analyzer
	Options corpus.Options
	Batch   int // pairs per batch; 0 = DefaultBatch
	// Now is the time the words and cards are added.
	Now time.Time
	// QuickBytes is the size from which a one-file input is only
	// identified before mining; 0 = QuickBytes.
	QuickBytes int64
	Progress   Progress // nil: nothing shown
	// AfterBatch, for tests, is called after each batch is stored (pairs
	// so far) and each index chunk (-words so far).
	AfterBatch func(stored int)
	Filter     *cards.MineFilter // which new words get their cards introduced (filter.go)
	Wait       bool              // wait for another miner instead of failing (wait.go)
	// StageFrom and AfterStage, for tests, are store.Options': from how
	// many new words a commit stages them, and a call after each staging
	// Update.
	StageFrom  int
	AfterStage func()
	// TailMemory, if positive and below the soft memory limit
	// (debug.SetMemoryLimit), is the limit from the end of the last
	// analysis until Mine returns, when the limit before is set back. The
	// analysis keeps its heap near the limit (the analyzer's caches), and
	// the work after it (index, merge, commit) needs less than half as
	// much live; but with the heap given back and grown again up to the
	// limit, that work's mapped pages came on top, and the commit was the
	// peak of mining's memory (see the commit message for figures).
	TailMemory int64
}

// Progress follows a run, for a progress bar on a terminal.
type Progress interface {
	// Say shows a message: the dictionary is loading, another miner is
	// waited for.
	Say(msg string)
	// Start begins an input: its pairs, or when they are not known yet
	// (0), its lines.
	Start(name string, pairs, lines int)
	// Reached is the line the reading has reached.
	Reached(line int)
	// Analysed is the pairs analysed so far; it is called from several
	// goroutines.
	Analysed(pairs int)
	// Done ends the input.
	Done()
}

// Report is what `cika mine` did; its JSON form is documented in the
// README.
type Report struct {
	Documents  []DocReport `json:"documents"`
	Collection store.Stats `json:"collection"`
	// RolledBack names documents an interrupted run had begun to store,
	// cleared before mining.
	RolledBack []string `json:"rolled_back,omitempty"`
}

// DocReport is what was done with one input.
type DocReport struct {
	Name     string `json:"name"`
	ID       string `json:"id,omitempty"`
	Format   string `json:"format,omitempty"`
	Encoding string `json:"encoding,omitempty"`
	// Error says why nothing of the document was stored.
	Error   string `json:"error,omitempty"`
	Already bool   `json:"already_mined"`
	// AlreadyAs is the name the text was first mined under.
	AlreadyAs string           `json:"already_mined_as,omitempty"`
	Pairs     int              `json:"pairs"`
	Skipped   []corpus.Skip    `json:"skipped"`
	Checks    []corpus.Problem `json:"pair_checks"`
	OffsetMS  int64            `json:"subtitle_offset_ms,omitempty"`
	NoWords   int              `json:"pairs_without_words"`
	NewWords  int              `json:"new_words"`
	NewNames  int              `json:"new_names"`
	NewCards  int              `json:"new_cards"`
	Gained    int              `json:"words_gaining_sentences"`
}

// describe fills in what the input says about its document.
func (d *DocReport) describe(in *Input) {
	d.Name, d.ID, d.Format, d.Encoding = in.Name, in.Doc.ID, in.Doc.Format, in.Doc.Encoding
	d.Pairs, d.Skipped, d.Checks, d.OffsetMS = in.Doc.Pairs, in.Doc.Skips, in.Doc.Problems, in.Doc.Offset.Milliseconds()
	if d.Skipped == nil {
		d.Skipped = []corpus.Skip{}
	}
	if d.Checks == nil {
		d.Checks = []corpus.Problem{}
	}
}

// Failed returns an error naming the inputs that failed, nil if none did.
func (r *Report) Failed() error {
	var names []string
	for _, d := range r.Documents {
		if d.Error != "" {
			names = append(names, d.Name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	if len(names) == len(r.Documents) {
		// Say nothing of "the others" when there are none.
		if len(names) == 1 {
			return fmt.Errorf("%s failed: nothing of it was stored", names[0])
		}
		return fmt.Errorf("all %d inputs failed (%s): nothing was stored", len(names), strings.Join(names, ", "))
	}
	return fmt.Errorf("%d of %d inputs failed (%s): nothing of them was stored, the others were mined",
		len(names), len(r.Documents), strings.Join(names, ", "))
}

// Mine mines the inputs (planned by Plan) one after the other, each all
// or nothing, and reports what it did. An input that fails (it does not
// parse, it changed) is reported and the others are still mined; a
// collection that cannot be written stops everything.
func (m *Miner) Mine(inputs []*Input) (*Report, error) {
	rep := &Report{Documents: make([]DocReport, len(inputs))}
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1)) // (TailMemory)
	t := m.Now
	var err error
	// The first quick input's repeats are counted from now on (identify),
	// beside its identity's read, the dictionary's load and its first
	// batches (Input.expectRepeats).
	ahead := true
	defer func() {
		for _, in := range inputs {
			in.dropCount()
		}
	}()
	for _, in := range inputs {
		if in.Err == nil && in.Doc.ID == "" {
			in.identify(&m.Options, m.QuickBytes, ahead)
			ahead = ahead && in.count == nil
		}
	}

	// Which documents are new? (Asked again when storing, in case another
	// cika mined one meanwhile.) Asked before the miner's lock is taken:
	// another miner storing a batch (an fsync on a busy disk can take
	// seconds) or a review session may hold the file, and then the
	// question is left to the store, which still skips a document it has.
	known := map[string]store.Document{}
	if db, err := store.Open(m.Path, &store.Options{ReadOnly: true, Timeout: openTimeout}); err == nil {
		for _, in := range inputs {
			if in.Err != nil {
				continue
			}
			prev, found, err := db.DocumentByID(in.Doc.ID)
			if err != nil {
				db.Close()
				return nil, err
			}
			if found {
				known[in.Doc.ID] = prev
			}
		}
		db.Close()
	} else if !errors.Is(err, store.ErrNoCollection) && !errors.Is(err, store.ErrLocked) {
		return nil, err
	}

	var analyzer cards.Analyzer
	var release func() error
	defer func() {
		if release != nil {
			release()
		}
	}()
	for i, in := range inputs {
		d := &rep.Documents[i]
		d.describe(in)
		if in.Err != nil {
			d.Error = in.Err.Error()
			continue
		}
		if prev, ok := known[in.Doc.ID]; ok {
			d.Already, d.AlreadyAs = true, prev.Name
			in.dropCount()
			continue
		}
		if release == nil {
			if release, err = m.lockMining(); err != nil {
				return nil, err
			}
			if rep.RolledBack, err = m.rollBack(); err != nil {
				return nil, err
			}
		}
		if analyzer == nil {
			m.say("loading the dictionary…\r")
			// A quick input's pairs met again are counted meanwhile, on the
			// other core (Input.countRepeats), if they are not already.
			if in.repeats == nil && in.count == nil {
				in.startCount(&m.Options)
			}
			// The collector is paused while the analyzer is built: it keeps
			// nearly all it allocates, and the collections its growth would
			// start scan it for nothing (a soft memory limit still holds).
			gc := debug.SetGCPercent(-1)
			analyzer, err = m.Load()
			debug.SetGCPercent(gc)
			if err != nil {
				return nil, err
			}
			if m.Learn != nil {
				var priors cards.Priors
				if err := m.withDB(func(db *store.DB) (err error) { priors, err = db.Priors(); return err }); err != nil {
					return nil, err
				}
				analyzer = m.Learn(analyzer, priors)
			}
		}
		// After the last document is analysed, the analyzer (≈ 80 MB)
		// can go before the commit, the peak of mining's memory.
		last := true
		for _, next := range inputs[i+1:] {
			if _, ok := known[next.Doc.ID]; next.Err == nil && !ok {
				last = false
			}
		}
		res, err := m.mineOne(in, &analyzer, last, t)
		if err != nil {
			// A bad input (changed since checked, unreadable) fails alone;
			// a collection that cannot be written stops everything.
			var ce *corpus.Error
			if !errors.As(err, &ce) {
				return nil, err
			}
			in.Err = err
			d.Error = err.Error()
			if _, err := m.rollBack(); err != nil {
				return nil, err
			}
			continue
		}
		if res.Already {
			d.Already, d.AlreadyAs = true, res.Document.Name
			if _, err := m.rollBack(); err != nil {
				return nil, err
			}
			continue
		}
		d.describe(in) // a quick input is known in full now
		d.NoWords, d.NewWords, d.NewNames, d.NewCards, d.Gained = res.NoWords, res.NewWords, res.NewNames, res.NewCards, res.Gained
	}

	db, err := store.Open(m.Path, &store.Options{Timeout: openTimeout})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	rep.Collection, err = db.Stats()
	if err != nil {
		return nil, err
	}
	return rep, db.Close()
}

// rollBack clears the batches of an interrupted run (under the miner's
// lock) and returns the names of their documents.
func (m *Miner) rollBack() ([]string, error) {
	db, err := store.Open(m.Path, &store.Options{Timeout: openTimeout})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	ps, err := db.PendingDocuments()
	if err != nil || len(ps) == 0 {
		return nil, err
	}
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
	}
	if _, err := db.RollBack(); err != nil {
		return nil, err
	}
	return names, db.Close()
}

// openTimeout is how long the miner waits for the collection file when
// another process holds it: a review session writing an answer, a miner
// storing its batch, a lookup. store's default second is for a command
// that should not keep its user waiting; a miner that has waited for its
// lock (--wait) or analysed a batch should not give up so soon.
const openTimeout = 10 * time.Second

// withDB runs fn on the collection opened for writing, for one Update.
func (m *Miner) withDB(fn func(*store.DB) error) error {
	db, err := m.openDB()
	if err != nil {
		return err
	}
	if err := fn(db); err != nil {
		db.Close()
		return err
	}
	return db.Close()
}

// openDB opens the collection for writing, for one batch or more (held).
func (m *Miner) openDB() (*store.DB, error) {
	return store.Open(m.Path, &store.Options{Timeout: openTimeout, StageFrom: m.StageFrom, AfterStage: m.AfterStage})
}

// mineOne mines one checked input with *a: batches of pairs are analysed
// on all cores and stored as pending sentences, one batch being stored
// while the next is analysed; the document becomes visible in one last
// transaction. For the last input, *a is cleared, so that the analyzer can
// go once the analysis is done.
func (m *Miner) mineOne(in *Input, a *cards.Analyzer, last bool, t time.Time) (store.MineResult, error) {
	var res store.MineResult
	r, closeFn, err := in.open(&m.Options)
	if err != nil {
		return res, err
	}
	defer closeFn()
	var seq uint32
	if err := m.withDB(func(db *store.DB) (err error) {
		seq, err = db.BeginDocument(in.Name, t)
		return err
	}); err != nil {
		return res, err
	}

	batch := m.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	bar := m.Progress
	if bar == nil {
		bar = silent{}
	}
	lines := 0
	if in.Quick {
		lines = in.Doc.Lines
	}
	bar.Start(in.Name, in.Doc.Pairs, lines)
	defer bar.Done()
	// One P more than there were, while the document is analysed, stored
	// and committed: the goroutine storing a batch keeps its P through
	// each write and fsync until the runtime's monitor, which sleeps 10 ms
	// at a time in a run this busy, takes it back, and on two cores one of
	// the two analysing goroutines waited meanwhile (a traced mine of
	// big1m: 621 syscalls over 1 ms, 3.5 s in all; 2.9 of the 41 s of
	// analysis with one goroutine running and another ready). With a
	// third P, and a third analysing goroutine (Add makes one a P), the
	// system shares the cores among them when nothing waits on the disk:
	// 2 s less wall on a million pairs than with two analysing goroutines
	// and the third P for the store alone.
	procs := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs + 1))
	mn := cards.NewMiner(*a)
	if in.repeats == nil && in.count == nil {
		in.startCount(&m.Options)
	}
	in.expectRepeats(mn)
	if last {
		*a = nil // the miner holds it until the analysis is done
	}
	// The batches analysed are encoded (their records and the sentence
	// index's values: store.WriteBuffers.Encode) on one goroutine and
	// written on another, each batch in one Update, so that a batch is
	// encoded while the one before is written: encoding was half of the
	// storing goroutine's work, which kept up with the analysis only just
	// (see the commit message for figures). Two sets of buffers: the one
	// of the batch being written, and the next.
	todo := make(chan []cards.Sentence, 1)
	bufs := make(chan *store.WriteBuffers, 2)
	bufs <- new(store.WriteBuffers)
	bufs <- new(store.WriteBuffers)
	type encodedBatch struct {
		e   *store.Encoded
		b   *store.WriteBuffers // e's buffers, free again once e is written
		n   int
		err error
	}
	encoded := make(chan encodedBatch, 1)
	go func() {
		defer close(encoded)
		for ss := range todo {
			b := <-bufs
			e, err := b.Encode(ss)
			mn.Recycle(ss) // encoded: a later batch reuses their memory
			encoded <- encodedBatch{e, b, len(ss), err}
		}
	}()
	stored := make(chan error, 1)
	go func() {
		// The collection is held from batch to batch (hold.go).
		h := &held{open: m.openDB}
		var err error
		n := 0
		for {
			eb, ok := next(h, encoded)
			if !ok {
				break
			}
			if err == nil {
				err = eb.err
			}
			if err == nil {
				err = h.use(func(db *store.DB) error { return db.AddEncoded(seq, eb.e) })
				n += eb.n
				if err == nil && m.AfterBatch != nil {
					m.AfterBatch(n)
				}
			}
			bufs <- eb.b
		}
		stored <- cmp.Or(err, h.release(), h.err)
	}()
	// The next batch is read while this one is analysed.
	batches := make(chan []corpus.Pair, 1)
	// A batch of pairs analysed (copied into its sentences) comes back
	// to be filled again, rather than left to the collector.
	free := make(chan []corpus.Pair, 2)
	var readErr error
	go func() {
		defer close(batches)
		fresh := func() []corpus.Pair {
			select {
			case ps := <-free:
				return ps
			default:
				return make([]corpus.Pair, 0, batch)
			}
		}
		pairs := fresh()
		for {
			p, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				readErr = err
				return
			}
			pairs = append(pairs, p)
			if len(pairs) == batch {
				batches <- pairs
				pairs = fresh()
			}
		}
		if len(pairs) > 0 {
			batches <- pairs
		}
	}()
	analysed := 0
	for pairs := range batches {
		in.expectRepeats(mn)
		bar.Reached(pairs[len(pairs)-1].Line)
		ss := mn.Add(pairs, func(done int) { bar.Analysed(analysed + done) })
		analysed += len(pairs)
		todo <- ss
		clear(pairs) // (their strings live on in ss until it is stored)
		select {
		case free <- pairs[:0]:
		default:
		}
	}
	close(todo)
	in.dropCount() // (a count not over yet is of no use now)
	err = <-stored
	// The batches are stored: the buffers go before the commit, the peak
	// of mining's memory.
	<-bufs
	<-bufs
	if err != nil {
		return res, err
	}
	if readErr != nil {
		return res, readErr
	}
	doc := r.Document()
	if doc.ID != in.Doc.ID {
		return res, &corpus.Error{Doc: in.Name, Err: errors.New("the file changed while it was mined")}
	}
	in.Doc, in.Quick = doc, false
	mined := mn.Mined() // (the miner lets go of the analyzer)
	if last {
		// The analyzer is gone, and with it most of the heap the analysis
		// used (≈ 250 MB at a million pairs, 40 MB of it live after), which
		// the runtime would give back to the system only slowly: the
		// merge's mapped pages and the commit then came on top of it (peak
		// RSS 320–337 MB). Given back now, they take its place.
		debug.FreeOSMemory()
		if m.TailMemory > 0 && m.TailMemory < debug.SetMemoryLimit(-1) {
			debug.SetMemoryLimit(m.TailMemory)
		}
	}
	if err := m.index(seq, mn); err != nil {
		return res, err
	}
	err = m.withDB(func(db *store.DB) (err error) {
		res, err = commitFiltered(db, m.Filter, seq, doc, mined, t)
		return err
	})
	return res, err
}

// indexChunk is how many bytes of postings (≈ 1.5 a sentence position)
// one Update of m.index writes: a transaction holds its pages in memory
// until it commits, and each Update costs an fsync. A million pairs: ten
// million positions, three Updates.
const indexChunk = 6 << 20

// mergeChunk is how many positions of the sentence index one Update of
// its merge writes (store.MergeSentenceTerms). Each Update first reads
// again, in every batch, the terms the Updates before it merged, and costs
// an fsync; and the merge runs once the analyzer (≈ 80 MB) is gone, so it
// may hold more than the postings. A million pairs: 21 million positions,
// 31 MB of values, one Update (at indexChunk, five) holding ≈ 70 MB
// until it commits, less than the analysis used.
const mergeChunk = 32 << 20

// index stores the postings of pending document seq, in word order, about
// indexChunk bytes per Update, then merges its sentence index.
func (m *Miner) index(seq uint32, mn *cards.Miner) error {
	words, posting := mn.Postings()
	var ws []string
	var ps [][]byte
	n, done := 0, 0
	flush := func() error {
		err := m.withDB(func(db *store.DB) error { return db.IndexPostings(seq, ws, ps) })
		done += len(ws)
		if err == nil && m.AfterBatch != nil {
			m.AfterBatch(-done)
		}
		ws, ps, n = ws[:0], ps[:0], 0
		return err
	}
	for i, w := range words {
		p := posting(i)
		ws, ps, n = append(ws, w), append(ps, p), n+len(p)
		if n >= indexChunk {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if len(ws) > 0 {
		if err := flush(); err != nil {
			return err
		}
	}
	// The sentence index, from the batches' entries into one a term
	// (store.MergeSentenceTerms), mergeChunk positions an Update.
	for done := false; !done; {
		err := m.withDB(func(db *store.DB) (err error) {
			done, err = db.MergeSentenceTerms(seq, mergeChunk)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (m *Miner) say(s string) {
	if m.Progress != nil {
		m.Progress.Say(s)
	}
}

// silent is the Progress of a miner without one.
type silent struct{}

func (silent) Say(string)             {}
func (silent) Start(string, int, int) {}
func (silent) Reached(int)            {}
func (silent) Analysed(int)           {}
func (silent) Done()                  {}
