package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"cika/cards"
	"cika/srs/review"
	"cika/srs/store"
)

// nextJSON is a word of `cika words --next N --json` (README: "words --next").
type nextJSON struct {
	Position   int     `json:"position"` // 1 = introduced first
	ID         string  `json:"id"`
	Word       string  `json:"word"`
	Pinyin     string  `json:"pinyin"`
	Gloss      string  `json:"gloss"`
	Count      int     `json:"count"`     // occurrences in your sentences
	HSK        int     `json:"hsk"`       // HSK 2.0 level, 0 = not listed
	FreqRank   int     `json:"freq_rank"` // general frequency rank, 0 = past 40,000
	Usefulness float64 `json:"usefulness"`
}

// wordsNext prints the next n words a review session will introduce, in
// the session's order (review.Next).
func wordsNext(c *cli.Context, db *store.DB, n int) error {
	opt, err := scheduleOptions(db)
	if err != nil {
		return err
	}
	next, err := review.Next(db, n, opt)
	if err != nil {
		return err
	}
	out := make([]nextJSON, 0, len(next))
	for i, u := range next {
		w, err := db.Word(u.Word)
		if err != nil {
			return err
		}
		out = append(out, nextJSON{Position: i + 1, ID: u.Word, Word: w.Word, Pinyin: cards.Pinyin(w.Reading),
			Gloss: w.Gloss, Count: u.Count, HSK: u.HSK, FreqRank: u.Rank, Usefulness: u.Usefulness})
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, out)
	}
	if len(out) == 0 {
		fmt.Fprintln(c.App.Writer, "no new words waiting")
		return nil
	}
	rows := [][]string{{"#", "WORD", "PINYIN", "COUNT", "HSK", "FREQ", "GLOSS"}}
	for _, j := range out {
		lv, rank := "-", "-"
		if j.HSK > 0 {
			lv = strconv.Itoa(j.HSK)
		}
		if j.FreqRank > 0 {
			rank = strconv.Itoa(j.FreqRank)
		}
		rows = append(rows, []string{strconv.Itoa(j.Position), j.Word, j.Pinyin, strconv.Itoa(j.Count), lv, rank, clipWidth(j.Gloss, 40)})
	}
	return writeColumns(c.App.Writer, rows)
}

// writeColumns writes rows as columns two spaces apart, padded by display
// width (a Chinese character takes two cells); the last column is not
// padded.
func writeColumns(w io.Writer, rows [][]string) error {
	var width []int
	for _, r := range rows {
		for i, cell := range r {
			if i >= len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], textWidth(cell))
		}
	}
	bw := bufio.NewWriter(w)
	for _, r := range rows {
		for i, cell := range r {
			bw.WriteString(cell)
			if i < len(r)-1 {
				bw.WriteString(strings.Repeat(" ", width[i]-textWidth(cell)+2))
			}
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
