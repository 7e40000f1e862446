package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/cards/hsk"
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

// withMineFilters adds the filter flags to `cika mine` (help/mine.txt
// describes them with the rest).
func withMineFilters(cmd *cli.Command) *cli.Command {
	cmd.Flags = append(cmd.Flags, mineFilterFlags()...)
	return cmd
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
