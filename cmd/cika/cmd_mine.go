package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/cards/corpus"
	"cika/cards/zh"
	"cika/seeds"
	"cika/srs/store"
)

// mineCommand is `cika mine`: read sentence pairs, find their words and add
// them to the collection with their cards.
func mineCommand() *cli.Command {
	return &cli.Command{
		Name:      "mine",
		Usage:     "add the words of Chinese–English sentence pairs to the collection",
		ArgsUsage: "[FILE...]",
		Description: "Reads each FILE (\"-\" for standard input; none = the sample podcast built\n" +
			"into cika), splits the Chinese side into words with CC-CEDICT, and stores\n" +
			"every sentence, every word with the sentences it occurs in, and two cards\n" +
			"per new word (recognition: 汉字 → meaning; recall: meaning → 汉字).\n\n" +
			"Formats, told apart by extension or content (--format to force one):\n" +
			"  podcast     blocks of a `Speaker N` line, the Chinese line, the English line\n" +
			"              (Bayt podcast app export; its title, markers and footer are skipped)\n" +
			"  srt, vtt    subtitles whose cues hold a Chinese and an English line; or two\n" +
			"              files, one per language, paired by time: cika mine zh.srt en.srt\n" +
			"              (a constant offset and differently split cues are handled)\n" +
			"  tsv         one pair per line: zh<TAB>en or en<TAB>zh (.tsv, .tab);\n" +
			"              Tatoeba pairs id<TAB>text<TAB>id<TAB>text; English<TAB>Chinese<TAB>\n" +
			"              attribution (manythings.org), the attribution kept\n" +
			"  text        two line-aligned files, one per language, in either order:\n" +
			"              cika mine zh.txt en.txt (or cika mine zh.txt --en en.txt)\n" +
			"Encodings: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK\n" +
			"(detected; --encoding to force); any line ends.\n\n" +
			"Pair checks: pairs with an empty side, Chinese on both sides or a wildly\n" +
			"implausible length ratio are skipped and reported, sides written the wrong\n" +
			"way round are swapped back; --strict makes each of these an error.\n\n" +
			"Mining is safe to repeat: a text already mined (under any name, in any\n" +
			"encoding) is skipped, and a new text adds sentences to the words you have\n" +
			"without touching their schedule. Each file is all or nothing: a bad line\n" +
			"stops that file with its name and line and nothing of it is stored, even\n" +
			"if cika is killed half-way through a big file (the next `cika mine` clears\n" +
			"what the interrupted run wrote). Big files are streamed and analysed on\n" +
			"all cores in batches; a progress bar shows on a terminal. One cika mines\n" +
			"into a collection at a time: a second stops with a message, or with\n" +
			"--wait waits for the first to finish and then mines.\n\n" +
			"Examples:\n" +
			"  cika mine                       mine the built-in sample podcast\n" +
			"  cika mine episode12.txt my.tsv  mine your own files\n" +
			"  cika mine film.zh.srt film.en.srt\n" +
			"  cika mine book.zh.txt book.en.txt\n" +
			"  cika mine --json cmn.txt | jq .collection",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print what was done as JSON (shape in README)"},
			&cli.StringFlag{Name: "en", Usage: "the English `FILE` line-aligned (or time-aligned, for subtitles) with the one FILE given"},
			&cli.StringFlag{Name: "format", Usage: "read FILEs as `FORMAT`: " + strings.Join(corpus.Formats(), ", ") + " (default: detect)"},
			&cli.StringFlag{Name: "encoding", Usage: "read FILEs in `ENCODING`: utf-8, utf-16le, utf-16be, gb18030/gbk (default: detect)"},
			&cli.BoolFlag{Name: "strict", Usage: "make the pair checks errors instead of skipping the pair"},
			&cli.BoolFlag{Name: "wait", Usage: "when another cika is mining into the collection, wait for it to finish, then mine"},
			&cli.IntFlag{Name: "batch", Value: defaultBatch, Usage: "analyse and store `N` pairs at a time", Hidden: true},
		},
		Action: func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			if os.Getenv("GOMEMLIMIT") == "" {
				debug.SetMemoryLimit(mineMemory)
			}
			opts := corpus.Options{Format: c.String("format"), Encoding: c.String("encoding"), Strict: c.Bool("strict")}
			inputs, cleanup, err := planInputs(argv, c.String("en"), c.App.Reader, &opts)
			defer cleanup()
			if err != nil {
				return err
			}
			path, err := dbPath(c)
			if err != nil {
				return err
			}
			m := &miner{path: path, load: func() (cards.Analyzer, error) { return zh.New() }, opts: opts, batch: c.Int("batch"), wait: c.Bool("wait")}
			m.learn = func(a cards.Analyzer, p cards.Priors) cards.Analyzer { return a.(*zh.Analyzer).WithPriors(p) }
			if isTerminal(c.App.ErrWriter) {
				m.progress = c.App.ErrWriter
			}
			if os.Getenv("CIKA_TRACE_BATCHES") != "" {
				// For the kill test (kill_test.go): say when a batch is stored.
				m.afterBatch = func(n int) {
					if n < 0 {
						fmt.Fprintf(c.App.ErrWriter, "cika: indexed %d words\n", -n)
					} else {
						fmt.Fprintf(c.App.ErrWriter, "cika: stored %d pairs\n", n)
					}
				}
			}
			if m.filter, err = mineFilterOf(c); err != nil {
				return err
			}
			report, err := m.mine(inputs)
			if err != nil {
				return err
			}
			if len(inputs) == 1 && inputs[0].err != nil {
				return inputs[0].err
			}
			if c.Bool("json") {
				err = writeJSON(c.App.Writer, report)
			} else {
				report.print(c.App.Writer, path)
				printHeld(c.App.Writer, m.filter)
			}
			if err != nil {
				return err
			}
			return report.failed()
		},
	}
}

// defaultBatch is how many pairs are analysed and stored at a time: big
// enough that a batch's fsync and page writes are spread over many pairs
// (a million pairs: 400 batches, no slower than 100 of 10,000), small
// enough to keep memory flat (≈ 4 MB of sentences in each of the batches
// in flight: being read, being analysed, queued, being stored).
const defaultBatch = 2500

// mineMemory is the soft memory limit of `cika mine` (GOMEMLIMIT
// overrides it). The heap holds ≈ 50–150 MB live while a big corpus is
// analysed (the dictionary and the analysis caches, which grow with the
// words met) and up to ≈ 200 MB in the final commit, after the analyzer is
// dropped; the limit makes the collector run before the heap doubles past
// that. Measured on a million pairs: 256 MiB gives a peak RSS of 275 MB in
// the same time as 300 MiB (320 MB); 240 MiB 259 MB, 5 % slower.
const mineMemory = 256 << 20

// input is one document to mine: one file, or a Chinese and an English
// file read together.
type input struct {
	name   string // display name
	zh, en string // paths; en is "" for one file
	seed   bool   // the embedded sample
	doc    corpus.Document
	// quick: only the identity and line count of doc are known
	// (identify); the rest comes from mining it.
	quick bool
	err   error // why it failed, nil when it did not
}

// open returns a fresh reader of the input.
func (in *input) open(o *corpus.Options) (*corpus.Reader, func(), error) {
	if in.seed {
		f, err := seeds.FS().Open(seeds.Default)
		if err != nil {
			return nil, nil, err
		}
		return corpus.Open(seeds.Default, f, o), func() { f.Close() }, nil
	}
	zf, err := openFile(in.zh)
	if err != nil {
		return nil, nil, err
	}
	if in.en == "" {
		return corpus.Open(in.name, zf, o), func() { zf.Close() }, nil
	}
	ef, err := openFile(in.en)
	if err != nil {
		zf.Close()
		return nil, nil, err
	}
	return corpus.OpenPair(in.zh, zf, in.en, ef, o), func() { zf.Close(); ef.Close() }, nil
}

func openFile(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, unwrapPath(err))
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close()
		return nil, fmt.Errorf("read %s: is a directory (give the files in it)", name)
	}
	return f, nil
}

// readInputs plans and checks the inputs named (none: the sample), as
// `cika mine` does before mining.
func readInputs(names []string, stdin io.Reader) ([]*input, error) {
	ins, _, err := planInputs(names, "", stdin, nil)
	if err != nil {
		return nil, err
	}
	for _, in := range ins {
		if in.check(nil); in.err != nil {
			return nil, in.err
		}
	}
	return ins, nil
}

// planInputs turns the arguments into inputs: two subtitle files in a row,
// one in Chinese and one in English, are one document, and so are two
// plain-text files in a row, one in each language, and the one FILE given
// with --en. Standard input ("-") is copied to a temporary file,
// since a document is read twice (checked, then mined); cleanup removes it.
func planInputs(names []string, en string, stdin io.Reader, o *corpus.Options) ([]*input, func(), error) {
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	if len(names) == 0 {
		if en != "" {
			return nil, cleanup, usageError{msg: "--en needs the Chinese FILE", hint: "cika mine zh.txt --en en.txt"}
		}
		return []*input{{name: seeds.Default, seed: true}}, cleanup, nil
	}
	if en != "" && len(names) != 1 {
		return nil, cleanup, usageError{msg: fmt.Sprintf("--en pairs with one FILE, got %d", len(names)), hint: "cika mine zh.txt --en en.txt"}
	}
	var ins []*input
	for i := 0; i < len(names); i++ {
		name, path := names[i], names[i]
		if name == "-" {
			t, err := spool(stdin)
			if err != nil {
				return nil, cleanup, err
			}
			temps = append(temps, t)
			name, path = "stdin", t
		}
		in := &input{name: name, zh: path}
		if en != "" {
			in.en, in.name = en, name+" + "+en
		} else if i+1 < len(names) && names[i+1] != "-" {
			a, b := fileLanguage(path, o, corpus.SubtitleLanguage), fileLanguage(names[i+1], o, corpus.SubtitleLanguage)
			if a == "" && b == "" {
				// Neither is subtitles: two plain-text files, line by line.
				a, b = fileLanguage(path, o, corpus.TextLanguage), fileLanguage(names[i+1], o, corpus.TextLanguage)
			}
			switch {
			case a == "zh" && b == "en":
				in.en, in.name = names[i+1], name+" + "+names[i+1]
				i++
			case a == "en" && b == "zh":
				in.zh, in.en, in.name = names[i+1], path, names[i+1]+" + "+name
				i++
			}
		}
		ins = append(ins, in)
	}
	return ins, cleanup, nil
}

// fileLanguage is what language tells of the file at path ("zh", "en",
// "both"), "" when it is not a regular file.
func fileLanguage(path string, o *corpus.Options, language func(string, io.Reader, *corpus.Options) string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return ""
	}
	return language(path, f, o)
}

func spool(r io.Reader) (string, error) {
	f, err := os.CreateTemp("", "cika-stdin-*")
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		os.Remove(f.Name())
		return "", fmt.Errorf("read stdin: %w", err)
	}
	return f.Name(), f.Close()
}

// check reads the whole input once, to find a bad line before anything is
// written and to learn the document's identity and size.
func (in *input) check(o *corpus.Options) {
	r, closeFn, err := in.open(o)
	if err != nil {
		in.err = err
		return
	}
	defer closeFn()
	for {
		_, err := r.Next()
		if err == io.EOF {
			in.doc = r.Document()
			return
		}
		if err != nil {
			in.err = err
			return
		}
	}
}

// quickBytes is the size from which a one-file input is identified
// (corpus.Identify) rather than read in full before mining: a full read
// of a million pairs takes 1.4 s of the 20 that mining them does, and all
// it adds is an earlier error for a line that does not parse, which
// mining finds too (and then clears what it stored).
const quickBytes = 8 << 20

// identify learns the identity of a big one-file input cheaply; small
// inputs, two-file inputs and the sample are checked in full.
func (in *input) identify(o *corpus.Options) {
	if in.seed || in.en != "" {
		in.check(o)
		return
	}
	f, err := openFile(in.zh)
	if err != nil {
		in.err = err
		return
	}
	defer f.Close()
	quick := int64(quickBytes)
	if v, err := strconv.ParseInt(os.Getenv("CIKA_QUICK_BYTES"), 10, 64); err == nil {
		quick = v // for tests (testdata/script/mine_quick.txt)
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() || fi.Size() < quick {
		in.check(o)
		return
	}
	id, lines, err := corpus.Identify(in.name, f, o)
	if err != nil {
		in.err = err
		return
	}
	in.doc, in.quick = corpus.Document{ID: id, Name: in.name, Lines: lines}, true
}

// miner mines documents into a collection. It holds the collection's
// write lock only to store a batch: the slow part (loading the dictionary,
// analysing) runs with the file closed, so a review session or a lookup is
// not kept waiting. It holds the miner's lock (store.LockMining) throughout.
type miner struct {
	path string
	load func() (cards.Analyzer, error)
	// learn, if set, gives the analyzer the senses the English confirmed
	// in the documents mined before (store.DB.Priors).
	learn    func(cards.Analyzer, cards.Priors) cards.Analyzer
	opts     corpus.Options
	batch    int       // pairs per batch; 0 = defaultBatch
	progress io.Writer // nil: no progress bar
	// afterBatch, for tests, is called after each batch is stored.
	afterBatch func(stored int)  // for tests: after each batch (pairs so far) and index chunk (-words so far)
	filter     *cards.MineFilter // --min-count, --hsk-max, --max-new, --names (mine_filter.go)
	wait       bool              // --wait: wait for another miner (mine_wait.go)
}

// mineReport is what `cika mine` did; its JSON form is documented in the
// README.
type mineReport struct {
	Documents  []docReport `json:"documents"`
	Collection store.Stats `json:"collection"`
	// RolledBack names documents an interrupted run had begun to store,
	// cleared before mining.
	RolledBack []string `json:"rolled_back,omitempty"`
}

type docReport struct {
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
func (d *docReport) describe(in *input) {
	d.Name, d.ID, d.Format, d.Encoding = in.name, in.doc.ID, in.doc.Format, in.doc.Encoding
	d.Pairs, d.Skipped, d.Checks, d.OffsetMS = in.doc.Pairs, in.doc.Skips, in.doc.Problems, in.doc.Offset.Milliseconds()
	if d.Skipped == nil {
		d.Skipped = []corpus.Skip{}
	}
	if d.Checks == nil {
		d.Checks = []corpus.Problem{}
	}
}

// failed returns an error naming the inputs that failed, nil if none did.
func (r *mineReport) failed() error {
	var names []string
	for _, d := range r.Documents {
		if d.Error != "" {
			names = append(names, d.Name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	return fmt.Errorf("%d of %d inputs failed (%s): nothing of them was stored, the others were mined",
		len(names), len(r.Documents), strings.Join(names, ", "))
}

// mineClock is the mining time: now, or CIKA_NOW (RFC 3339) exactly, for
// tests that compare collections.
func mineClock() (time.Time, error) {
	if v := os.Getenv("CIKA_NOW"); v != "" {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return t, fmt.Errorf("CIKA_NOW: %w", err)
		}
		return t, nil
	}
	return now(), nil
}

func (m *miner) mine(inputs []*input) (*mineReport, error) {
	rep := &mineReport{Documents: make([]docReport, len(inputs))}
	t, err := mineClock()
	if err != nil {
		return nil, err
	}
	for _, in := range inputs {
		if in.err == nil && in.doc.ID == "" {
			in.identify(&m.opts)
		}
	}

	// Which documents are new? (Asked again when storing, in case another
	// cika mined one meanwhile.)
	known := map[string]store.Document{}
	if db, err := store.Open(m.path, &store.Options{ReadOnly: true}); err == nil {
		for _, in := range inputs {
			if in.err != nil {
				continue
			}
			prev, found, err := db.DocumentByID(in.doc.ID)
			if err != nil {
				db.Close()
				return nil, err
			}
			if found {
				known[in.doc.ID] = prev
			}
		}
		db.Close()
	} else if !errors.Is(err, store.ErrNoCollection) {
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
		if in.err != nil {
			d.Error = in.err.Error()
			continue
		}
		if prev, ok := known[in.doc.ID]; ok {
			d.Already, d.AlreadyAs = true, prev.Name
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
			if analyzer, err = m.load(); err != nil {
				return nil, err
			}
			if m.learn != nil {
				var priors cards.Priors
				if err := m.withDB(func(db *store.DB) (err error) { priors, err = db.Priors(); return err }); err != nil {
					return nil, err
				}
				analyzer = m.learn(analyzer, priors)
			}
		}
		// After the last document is analysed, the analyzer (≈ 80 MB)
		// can go before the commit, the peak of mining's memory.
		last := true
		for _, next := range inputs[i+1:] {
			if _, ok := known[next.doc.ID]; next.err == nil && !ok {
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
			in.err = err
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

	db, err := store.Open(m.path, nil)
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
func (m *miner) rollBack() ([]string, error) {
	db, err := store.Open(m.path, nil)
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

// withDB runs fn on the collection opened for writing, for one batch.
func (m *miner) withDB(fn func(*store.DB) error) error {
	db, err := store.Open(m.path, &store.Options{Timeout: 10 * time.Second})
	if err != nil {
		return err
	}
	if err := fn(db); err != nil {
		db.Close()
		return err
	}
	return db.Close()
}

// mineOne mines one checked input with *a: batches of pairs are analysed
// on all cores and stored as pending sentences, one batch being stored
// while the next is analysed; the document becomes visible in one last
// transaction. For the last input, *a is cleared, so that the analyzer can
// go once the analysis is done.
func (m *miner) mineOne(in *input, a *cards.Analyzer, last bool, t time.Time) (store.MineResult, error) {
	var res store.MineResult
	r, closeFn, err := in.open(&m.opts)
	if err != nil {
		return res, err
	}
	defer closeFn()
	var seq uint32
	if err := m.withDB(func(db *store.DB) (err error) {
		seq, err = db.BeginDocument(in.name, t)
		return err
	}); err != nil {
		return res, err
	}

	batch := m.batch
	if batch <= 0 {
		batch = defaultBatch
	}
	bar := m.newBar(in.name, in.doc.Pairs)
	if in.quick {
		bar.lines = in.doc.Lines
	}
	defer bar.done()
	mn := cards.NewMiner(*a)
	if last {
		*a = nil // the miner holds it until the analysis is done
	}
	todo := make(chan []cards.Sentence, 1)
	stored := make(chan error, 1)
	go func() {
		var err error
		n := 0
		for ss := range todo {
			if err != nil {
				continue
			}
			err = m.withDB(func(db *store.DB) error { return db.AddSentences(seq, ss) })
			n += len(ss)
			if err == nil && m.afterBatch != nil {
				m.afterBatch(n)
			}
		}
		stored <- err
	}()
	// The next batch is read while this one is analysed.
	batches := make(chan []corpus.Pair, 1)
	var readErr error
	go func() {
		defer close(batches)
		pairs := make([]corpus.Pair, 0, batch)
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
				pairs = make([]corpus.Pair, 0, batch)
			}
		}
		if len(pairs) > 0 {
			batches <- pairs
		}
	}()
	analysed := 0
	for pairs := range batches {
		bar.reached(pairs[len(pairs)-1].Line)
		ss := mn.Add(pairs, func(done int) { bar.set(analysed + done) })
		analysed += len(pairs)
		todo <- ss
	}
	close(todo)
	if err := <-stored; err != nil {
		return res, err
	}
	if readErr != nil {
		return res, readErr
	}
	doc := r.Document()
	if doc.ID != in.doc.ID {
		return res, &corpus.Error{Doc: in.name, Err: errors.New("the file changed while it was mined")}
	}
	in.doc, in.quick = doc, false
	mined := mn.Mined() // (the miner lets go of the analyzer)
	if err := m.index(seq, mn); err != nil {
		return res, err
	}
	err = m.withDB(func(db *store.DB) (err error) {
		res, err = commitFiltered(db, m.filter, seq, doc, mined, t)
		return err
	})
	return res, err
}

// indexChunk is how many sentence positions the postings one Update of
// m.index writes hold: a transaction holds its postings in memory until it
// commits (≈ 1.5 bytes a position), and each Update costs an fsync. A
// million pairs: ten million positions, three Updates.
const indexChunk = 4 << 20

// index stores the postings of pending document seq, in word order, about
// indexChunk positions per Update.
func (m *miner) index(seq uint32, mn *cards.Miner) error {
	words, positions := mn.Postings()
	var ws []string
	var ps [][]uint32
	n, done := 0, 0
	flush := func() error {
		err := m.withDB(func(db *store.DB) error { return db.IndexSentences(seq, ws, ps) })
		done += len(ws)
		if err == nil && m.afterBatch != nil {
			m.afterBatch(-done)
		}
		ws, ps, n = ws[:0], ps[:0], 0
		return err
	}
	for i, w := range words {
		pos := positions(i)
		ws, ps, n = append(ws, w), append(ps, pos), n+len(pos)
		if n >= indexChunk {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if len(ws) > 0 {
		return flush()
	}
	return nil
}

func (m *miner) say(s string) {
	if m.progress != nil {
		io.WriteString(m.progress, s)
	}
}

// bar is a progress bar on a terminal: "mining NAME  42% [#####     ]
// 420000/1000000 pairs, 61000 pairs/s", redrawn at most ten times a second.
// For an input identified quickly (input.identify) the number of pairs is
// not known before mining, but its lines are: the bar then goes by the line
// reached, "mining NAME  42% [#####     ] 420000 pairs, 61000 pairs/s".
type bar struct {
	w     io.Writer
	name  string
	total int // pairs, 0 when not known
	lines int // the input's lines, when total is 0
	line  int // the line reached
	start time.Time
	last  time.Time
	mu    sync.Mutex
	drawn bool
}

// reached records the line the reading has reached.
func (b *bar) reached(line int) {
	b.mu.Lock()
	b.line = line
	b.mu.Unlock()
}

func (m *miner) newBar(name string, total int) *bar {
	return &bar{w: m.progress, name: name, total: total, start: time.Now()}
}

func (b *bar) set(done int) {
	if b.w == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if time.Since(b.last) < 100*time.Millisecond && (done < b.total || b.total == 0) {
		return
	}
	b.last = time.Now()
	b.drawn = true
	rate := float64(done) / max(time.Since(b.start).Seconds(), 1e-3)
	const width = 30
	frac := float64(done) / float64(max(b.total, 1))
	count := fmt.Sprintf("%d/%d", done, b.total)
	if b.total == 0 {
		frac, count = float64(b.line)/float64(max(b.lines, 1)), fmt.Sprint(done)
	}
	fill := min(int(frac*width), width)
	fmt.Fprintf(b.w, "\rmining %s %3.0f%% [%s%s] %s pairs, %.0f pairs/s\x1b[K", b.name, 100*frac,
		strings.Repeat("#", fill), strings.Repeat(" ", width-fill), count, rate)
}

func (b *bar) done() {
	if b.w != nil && b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
	}
}

func (r *mineReport) print(w io.Writer, path string) {
	var b bytes.Buffer
	for _, name := range r.RolledBack {
		fmt.Fprintf(&b, "%s: cleared what an interrupted `cika mine` had begun to store\n", name)
	}
	for _, d := range r.Documents {
		if d.Error != "" {
			fmt.Fprintf(&b, "%s: FAILED, nothing stored: %s\n", d.Name, d.Error)
			continue
		}
		if d.Already {
			as := ""
			if d.AlreadyAs != d.Name {
				as = " as " + d.AlreadyAs
			}
			fmt.Fprintf(&b, "%s: already mined%s, nothing to do\n", d.Name, as)
			continue
		}
		enc := ""
		if d.Encoding != "" && d.Encoding != corpus.UTF8 {
			enc = " (" + strings.ToUpper(d.Encoding) + ")"
		}
		fmt.Fprintf(&b, "%s: %s%s, %d pairs read\n", d.Name, d.Format, enc, d.Pairs)
		if d.OffsetMS != 0 {
			fmt.Fprintf(&b, "  English cues shifted by %+.3fs to match the Chinese ones\n", -float64(d.OffsetMS)/1000)
		}
		for _, s := range d.Skipped {
			lines := fmt.Sprintf("line %d", s.Line)
			if s.Lines > 1 {
				lines = fmt.Sprintf("lines %d-%d", s.Line, s.Line+s.Lines-1)
			}
			fmt.Fprintf(&b, "  skipped %s (%s)\n", lines, s.Reason)
		}
		for _, p := range d.Checks {
			lines := make([]string, len(p.Lines))
			for i, n := range p.Lines {
				lines[i] = fmt.Sprint(n)
			}
			at := "line"
			if p.Count > 1 {
				at = "lines"
			}
			more := ""
			if p.Count > len(p.Lines) {
				more = ", …"
			}
			what := "skipped " + plural(p.Count, "pair")
			if p.Kept {
				what = "kept " + plural(p.Count, "pair") + " with the sides swapped back"
				fmt.Fprintf(&b, "  %s: %s %s%s\n", what, at, strings.Join(lines, ", "), more)
				continue
			}
			fmt.Fprintf(&b, "  %s (%s): %s %s%s\n", what, p.Reason, at, strings.Join(lines, ", "), more)
		}
		if d.NoWords > 0 {
			fmt.Fprintf(&b, "  %s kept but teach nothing (no Chinese words)\n", plural(d.NoWords, "pair"))
		}
		fmt.Fprintf(&b, "  %s, %s", plural(d.NewWords, "new word"), plural(d.NewCards, "new card"))
		if d.NewNames > 0 {
			fmt.Fprintf(&b, ", %s (kept, no cards)", plural(d.NewNames, "new name"))
		}
		b.WriteByte('\n')
		if d.Gained > 0 {
			fmt.Fprintf(&b, "  %s gained sentences\n", plural(d.Gained, "word already known"))
		}
	}
	c := r.Collection
	fmt.Fprintf(&b, "collection %s: %s, %s, %s, %s\n", displayPath(path), plural(c.Sentences, "sentence"),
		plural(c.Words, "word"), plural(c.Cards, "card"), plural(c.Reviews, "review"))
	w.Write(b.Bytes())
}

// plural writes "1 word" or "2 words" ("word already known" → "words already known").
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	first, rest, _ := strings.Cut(what, " ")
	if strings.HasPrefix(what, "new ") {
		first, rest, _ = strings.Cut(what[4:], " ")
		first = "new " + first
	}
	if rest != "" {
		rest = " " + rest
	}
	return fmt.Sprintf("%d %ss%s", n, first, rest)
}

// displayPath shortens a path under the home directory to ~/….
func displayPath(p string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		if rel, err := filepath.Rel(home, p); err == nil && !strings.HasPrefix(rel, "..") && !filepath.IsAbs(rel) {
			return filepath.Join("~", rel)
		}
	}
	return p
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// unwrapPath drops the operation and path of an *fs.PathError, which the
// message names already.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
