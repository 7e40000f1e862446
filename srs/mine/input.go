package mine

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync/atomic"

	"cika/cards"
	"cika/cards/corpus"
	"cika/seeds"
)

// UsageError is a mistake in the inputs named, with an example to follow.
type UsageError struct{ Msg, Hint string }

func (e *UsageError) Error() string { return e.Msg }

// input is one document to mine: one file, or a Chinese and an English
// file read together.
type Input struct {
	Name   string // display name
	ZH, EN string // paths; EN is "" for one file
	Seed   bool   // the embedded sample
	Doc    corpus.Document
	// Quick: only the identity and line count of Doc are known
	// (identify); the rest comes from mining it.
	Quick bool
	Err   error // why it failed, nil when it did not
	// repeats are the pairs met more than once (cards.Repeats), counted
	// by Check, or by countRepeats while a quick input is mined.
	repeats *cards.Repeats
	// count is the count of a quick input's repeats on a goroutine of its
	// own (startCount), nil when none is running.
	count *counting
}

// counting is a count of repeats running on its own goroutine.
type counting struct {
	stop atomic.Bool         // set: give up at the next pair
	done chan *cards.Repeats // the count, once over
}

// open returns a fresh reader of the input.
func (in *Input) open(o *corpus.Options) (*corpus.Reader, func(), error) {
	if in.Seed {
		f, err := seeds.FS().Open(seeds.Default)
		if err != nil {
			return nil, nil, err
		}
		return corpus.Open(seeds.Default, f, o), func() { f.Close() }, nil
	}
	zf, err := openFile(in.ZH)
	if err != nil {
		return nil, nil, err
	}
	if in.EN == "" {
		return corpus.Open(in.Name, zf, o), func() { zf.Close() }, nil
	}
	ef, err := openFile(in.EN)
	if err != nil {
		zf.Close()
		return nil, nil, err
	}
	return corpus.OpenPair(in.ZH, zf, in.EN, ef, o), func() { zf.Close(); ef.Close() }, nil
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

// Read plans and checks the inputs named (none: the sample), as `cika
// mine` does before mining.
func Read(names []string, stdin io.Reader) ([]*Input, error) {
	ins, _, err := Plan(names, "", stdin, nil)
	if err != nil {
		return nil, err
	}
	for _, in := range ins {
		if in.Check(nil); in.Err != nil {
			return nil, in.Err
		}
	}
	return ins, nil
}

// Plan turns the arguments into inputs: two subtitle files in a row,
// one in Chinese and one in English, are one document, and so are two
// plain-text files in a row, one in each language, and the one FILE given
// with --en. Standard input ("-") is copied to a temporary file,
// since a document is read twice (checked, then mined); cleanup removes it.
func Plan(names []string, en string, stdin io.Reader, o *corpus.Options) ([]*Input, func(), error) {
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	if len(names) == 0 {
		if en != "" {
			return nil, cleanup, &UsageError{Msg: "--en needs the Chinese FILE", Hint: "cika mine zh.txt --en en.txt"}
		}
		return []*Input{{Name: seeds.Default, Seed: true}}, cleanup, nil
	}
	if en != "" && len(names) != 1 {
		return nil, cleanup, &UsageError{Msg: fmt.Sprintf("--en pairs with one FILE, got %d", len(names)), Hint: "cika mine zh.txt --en en.txt"}
	}
	var ins []*Input
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
		in := &Input{Name: name, ZH: path}
		if en != "" {
			in.EN, in.Name = en, name+" + "+en
		} else if i+1 < len(names) && names[i+1] != "-" {
			a, b := fileLanguage(path, o, corpus.SubtitleLanguage), fileLanguage(names[i+1], o, corpus.SubtitleLanguage)
			if a == "" && b == "" {
				// Neither is subtitles: two plain-text files, line by line.
				a, b = fileLanguage(path, o, corpus.TextLanguage), fileLanguage(names[i+1], o, corpus.TextLanguage)
			}
			switch {
			case a == "zh" && b == "en":
				in.EN, in.Name = names[i+1], name+" + "+names[i+1]
				i++
			case a == "en" && b == "zh":
				in.ZH, in.EN, in.Name = names[i+1], path, names[i+1]+" + "+name
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
func (in *Input) Check(o *corpus.Options) {
	r, closeFn, err := in.open(o)
	if err != nil {
		in.Err = err
		return
	}
	defer closeFn()
	rp := cards.NewRepeats()
	for {
		p, err := r.Next()
		if err == io.EOF {
			in.Doc = r.Document()
			rp.Done()
			in.repeats = rp
			return
		}
		if err != nil {
			in.Err = err
			return
		}
		rp.Add(p.ZH, p.EN)
	}
}

// countRepeats counts the pairs of a quick input (identify), which Check
// did not read, in a pass of their own: ≈ 1.5 s of CPU for a million pairs,
// where remembering the analyses of the pairs met again only (Repeats)
// saved ≈ 39,000 analyses and ≈ 16 MB of the heap the collector scans (see
// the commit message for figures). A line that does not parse ends the
// count: mining finds it, as without the count. It gives up (an
// unfinished count returned) once stop is set.
func (in *Input) countRepeats(o *corpus.Options, stop *atomic.Bool) *cards.Repeats {
	rp := cards.NewRepeats()
	defer rp.Done()
	r, closeFn, err := in.open(o)
	if err != nil {
		return rp
	}
	defer closeFn()
	r.Transient() // (a pair is hashed, then let go)
	for !stop.Load() {
		p, err := r.Next()
		if err != nil {
			return rp
		}
		rp.Add(p.ZH, p.EN)
	}
	return rp
}

// startCount starts countRepeats on a goroutine of its own (takeCount
// takes its count).
func (in *Input) startCount(o *corpus.Options) {
	c := &counting{done: make(chan *cards.Repeats, 1)}
	in.count = c
	go func() { c.done <- in.countRepeats(o, &c.stop) }()
}

// takeCount makes the count startCount started the input's repeats if it
// is over, without waiting for it, and reports whether no count is left
// running.
func (in *Input) takeCount() bool {
	if in.count != nil {
		select {
		case in.repeats = <-in.count.done:
			in.count = nil
		default:
		}
	}
	return in.count == nil
}

// expectRepeats tells mn the input's repeats (cards.Miner.Expect) once
// they are counted. Mining does not wait for the count: the first batches
// are analysed meanwhile, where one core was left idle (a million pairs at
// load 6: the count took 1.28 s, and beside it the identity's read 0.28 s
// and the dictionary's load 0.41 s).
func (in *Input) expectRepeats(mn *cards.Miner) {
	if in.takeCount(); in.repeats != nil {
		mn.Expect(in.repeats)
		in.repeats = nil // (the miner keeps what it needs)
	}
}

// dropCount stops the count startCount started, if it is still running,
// and waits for its goroutine to end: the input is not mined (known
// already, failed) or mining stopped.
func (in *Input) dropCount() {
	if in.count != nil {
		in.count.stop.Store(true)
		<-in.count.done
		in.count = nil
	}
}

// QuickBytes is the size (Miner.QuickBytes changes it) from which a one-file input is identified
// (corpus.Identify) rather than read in full before mining: a full read
// of a million pairs takes 1.4 s of the 20 that mining them does, and all
// it adds is an earlier error for a line that does not parse, which
// mining finds too (and then clears what it stored).
const QuickBytes = 8 << 20

// identify learns the identity of a big one-file input cheaply; small
// inputs, two-file inputs and the sample are checked in full. With ahead
// set, a big input's repeats start being counted (startCount) before its
// identity is read: the two reads of the file, on two cores, then overlap
// (the identity's was ≈ 0.3 s of a million pairs' count, at the start of
// mining where the other core has nothing else to do).
func (in *Input) identify(o *corpus.Options, quick int64, ahead bool) {
	if in.Seed || in.EN != "" {
		in.Check(o)
		return
	}
	f, err := openFile(in.ZH)
	if err != nil {
		in.Err = err
		return
	}
	defer f.Close()
	if quick <= 0 {
		quick = QuickBytes
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() || fi.Size() < quick {
		in.Check(o)
		return
	}
	if ahead {
		in.startCount(o)
	}
	id, lines, err := corpus.Identify(in.Name, f, o)
	if err != nil {
		in.dropCount()
		in.Err = err
		return
	}
	in.Doc, in.Quick = corpus.Document{ID: id, Name: in.Name, Lines: lines}, true
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
