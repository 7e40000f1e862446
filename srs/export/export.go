// Package export is the export job: it reads a collection's taught words,
// each with its example sentence, its two cards and (with progress) their
// review history, and writes them as Anki notes with cards/anki, as a
// package (.apkg) or as Anki's text import format.
//
// This is where the collection's types (srs/store, the srs scheduler) meet
// Anki's (anki.Note, anki.Schedule): the mapping lives here, on the higher
// floor, so that cards/anki stays a writer of Anki's format from plain
// values.
//
// Reading is split from writing so that a caller can let the collection go
// (close it) before the slower writing starts.
package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"cika/cards/anki"
	"cika/srs"
	"cika/srs/review"
)

// Options choose what is read.
type Options struct {
	// Words, when not empty, limits the export to these words: a hanzi
	// form (simplified or traditional, every reading) or a full identity
	// ("银行 yin2 hang2"). Each must name a word with cards.
	Words []string
	// WithProgress takes each card's FSRS state and review log along; the
	// text format ignores it.
	WithProgress bool
}

// ErrNothing is returned by Read when the collection has no word with
// cards; its hint says how to get some.
var ErrNothing error = nothingError{}

type nothingError struct{}

func (nothingError) Error() string {
	return "nothing to export: the collection has no words with cards"
}
func (nothingError) Hint() string { return "run `cika mine` first" }

// UnknownWordError is returned when Options.Words names a word that is not
// a word of the collection with cards.
type UnknownWordError struct{ Word string }

func (e *UnknownWordError) Error() string {
	return fmt.Sprintf("%q is not a word of the collection with cards", e.Word)
}

// Hint says where to find the words there are.
func (e *UnknownWordError) Hint() string {
	return "`cika lookup " + e.Word + "` shows what the collection knows of it; `cika words` lists them all"
}

// Export is what Read found, ready to be written.
type Export struct {
	notes    notes
	known    int // notes of known words
	reviews  int
	progress bool
	limits   review.Limits
	// params and rollover are the collection's scheduler settings (cika
	// settings), which the package's deck preset carries to Anki.
	params   srs.Parameters
	rollover int
}

// Summary counts what an export holds.
type Summary struct {
	Notes   int
	Cards   int // two a note
	Reviews int // review-log entries, 0 without progress
	// Known counts the notes of known words: suspended in a package,
	// tagged "known" in both formats.
	Known int
}

// Summary counts the notes, cards, reviews and known words.
func (x *Export) Summary() Summary {
	s := Summary{Notes: x.notes.Len(), Cards: 2 * x.notes.Len(), Known: x.known}
	if x.progress {
		s.Reviews = x.reviews
	}
	return s
}

// Notes are the notes as they go to Anki, in the order their words were
// first met. A note's SentencePinyin is set only where the writer reads it:
// when its Parts do not make up its Sentence.
//
// An export keeps its notes encoded (spool.go): Notes decodes them all,
// for a caller that wants them as values (the writers read them one at a
// time instead). It panics if a note cannot be read back from the
// export's temporary file.
func (x *Export) Notes() []anki.Note {
	out := make([]anki.Note, x.notes.Len())
	for i := range out {
		if err := x.notes.Note(i, &out[i]); err != nil {
			panic(err)
		}
	}
	return out
}

// Close lets go of the temporary file a large export keeps its notes in
// (it is removed when closed). The export cannot be written afterwards.
func (x *Export) Close() error {
	return x.notes.close()
}

// options are the writer's options: the deck, the time of the export (in
// the learner's time zone) and the collection's scheduler settings (FSRS
// weights, desired retention, steps, the hour the day starts) with the
// daily limits, which the package's deck preset carries: Anki then
// schedules the cards as cika's review would.
func (x *Export) options(deck string, now time.Time) anki.Options {
	p := &x.params
	return anki.Options{
		Deck:         deck,
		WithProgress: x.progress,
		Parameters: anki.Parameters{
			W:                p.W[:],
			DesiredRetention: p.DesiredRetention,
			LearningSteps:    p.LearningSteps,
			RelearningSteps:  p.RelearningSteps,
			MaximumInterval:  p.MaximumInterval,
			NewPerDay:        x.limits.New,
			ReviewsPerDay:    x.limits.Reviews,
		},
		Now:      now,
		Rollover: x.rollover,
	}
}

// WriteAPKG writes the notes as an Anki package at path, into deck ("" is
// anki.DefaultDeck). now is the time of the export; its location is the
// learner's time zone. A failed export leaves path as it was.
func (x *Export) WriteAPKG(path, deck string, now time.Time) error {
	return anki.WriteAPKGFrom(path, &x.notes, x.options(deck, now))
}

// WriteText writes the notes in Anki's text import format to w.
func (x *Export) WriteText(w io.Writer, deck string, now time.Time) error {
	return anki.WriteTextFrom(w, &x.notes, x.options(deck, now))
}

// WriteTextFile writes the notes in Anki's text import format to a file
// through a temporary file renamed into place, so a failed write leaves any
// previous file as it was.
func (x *Export) WriteTextFile(path, deck string, now time.Time) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = x.WriteText(f, deck, now); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err = os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}
