package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/cards/corpus"
	"cika/cards/hsk"
	"cika/srs/store"
)

// The filters of `cika mine` (cards.MineFilter): which new words get their
// cards introduced. The others are stored all the same, their cards
// suspended.

func mineFilterFlags() []cli.Flag {
	return []cli.Flag{
		&cli.IntFlag{Name: "min-count", Usage: "introduce only new words met at least `N` times (the others' cards are suspended)"},
		&cli.IntFlag{Name: "hsk-max", Usage: "introduce only new words of HSK 2.0 levels 1 to `N` (1-6)"},
		&cli.IntFlag{Name: "max-new", Usage: "introduce at most `N` new words, the most useful (count, general frequency, HSK level)"},
		&cli.BoolFlag{Name: "names", Usage: "teach the proper names met as words (by default they get no cards)"},
	}
}

// withMineFilters adds the filter flags to `cika mine`.
func withMineFilters(cmd *cli.Command) *cli.Command {
	cmd.Flags = append(cmd.Flags, mineFilterFlags()...)
	cmd.Description += "\n\nFilters (new words only; the others are stored all the same, their cards\n" +
		"suspended, so nothing is lost):\n" +
		"  cika mine book.txt --min-count 3 --hsk-max 4 --max-new 500\n" +
		"  cika mine --names               # proper names get cards too"
	return cmd
}

// commitFiltered commits a mined document, the filter applied: with
// --names its proper names become words, and the cards of the new words the
// filters leave out are suspended (a second Update: were cika stopped
// between the two, those cards would merely stay unsuspended).
func commitFiltered(db *store.DB, f *cards.MineFilter, seq uint32, doc corpus.Document, m *cards.Mined, t time.Time) (store.MineResult, error) {
	if f != nil {
		f.Prepare(m)
	}
	res, err := db.CommitDocument(seq, doc, m, t)
	if err != nil || res.Already {
		return res, err
	}
	n, err := holdFiltered(db, f, m)
	if f != nil {
		f.HeldCards += n
	}
	return res, err
}

// printHeld says how many new cards the filters held back.
func printHeld(w io.Writer, f *cards.MineFilter) {
	if f != nil && f.HeldCards > 0 {
		fmt.Fprintf(w, "held back %s of new words (suspended by --min-count/--hsk-max/--max-new; `cika unsuspend` brings words back)\n",
			plural(f.HeldCards, "card"))
	}
}

// mineFilterOf reads the filter flags.
func mineFilterOf(c *cli.Context) (*cards.MineFilter, error) {
	f := &cards.MineFilter{MinCount: c.Int("min-count"), HSKMax: c.Int("hsk-max"), MaxNew: c.Int("max-new"), Names: c.Bool("names")}
	switch {
	case f.MinCount < 0:
		return nil, usageError{msg: fmt.Sprintf("--min-count %d is negative", f.MinCount)}
	case f.HSKMax < 0 || f.HSKMax > hsk.MaxLevel:
		return nil, usageError{msg: fmt.Sprintf("--hsk-max %d is not an HSK level (1-%d)", f.HSKMax, hsk.MaxLevel)}
	case f.MaxNew < 0:
		return nil, usageError{msg: fmt.Sprintf("--max-new %d is negative", f.MaxNew)}
	}
	return f, nil
}

// holdFiltered suspends the cards of the words new to the collection from
// this document that the filter does not select, and returns how many
// cards it suspended. A word is new when the collection's count of it is
// this document's (it had none before).
func holdFiltered(db *store.DB, f *cards.MineFilter, m *cards.Mined) (int, error) {
	if f == nil || !f.Active() || m == nil {
		return 0, nil
	}
	var fresh []*cards.Word
	for _, w := range m.Words {
		if !w.Taught() {
			continue
		}
		stored, err := db.Word(w.ID())
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return 0, err
		}
		if stored.Count == w.Count && stored.Taught() {
			fresh = append(fresh, w)
		}
	}
	return db.HoldNew(f.Hold(fresh))
}
