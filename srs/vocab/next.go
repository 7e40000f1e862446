package vocab

import (
	"fmt"
	"io"
	"strconv"

	"cika/cards"
	"cika/cards/text"
	"cika/srs/review"
	"cika/srs/store"
)

// Upcoming is a word whose new cards a review session will introduce, as
// `cika words --next N --json` prints it (README: "words --next").
type Upcoming struct {
	Position   int     `json:"position"` // 1 = introduced first
	ID         string  `json:"id"`
	Word       string  `json:"word"`
	Pinyin     string  `json:"pinyin"`
	Gloss      string  `json:"gloss"`
	Count      int     `json:"count"`     // occurrences in the learner's sentences
	HSK        int     `json:"hsk"`       // HSK 2.0 level, 0 = not listed
	FreqRank   int     `json:"freq_rank"` // general frequency rank, 0 = past 40,000
	Usefulness float64 `json:"usefulness"`
}

// Next lists the next n words a review session will introduce, in the
// session's order (review.Next), with what the learner sees of each. opt
// schedules as the session would (review.WithSettings).
func Next(db *store.DB, n int, opt review.Options) ([]Upcoming, error) {
	next, err := review.Next(db, n, opt)
	if err != nil {
		return nil, err
	}
	out := make([]Upcoming, 0, len(next))
	for i, u := range next {
		w, err := db.Word(u.Word)
		if err != nil {
			return nil, err
		}
		out = append(out, Upcoming{Position: i + 1, ID: u.Word, Word: w.Word, Pinyin: cards.Pinyin(w.Reading),
			Gloss: w.Gloss, Count: u.Count, HSK: u.HSK, FreqRank: u.Rank, Usefulness: u.Usefulness})
	}
	return out, nil
}

// WriteNext prints the words of Next as a table: position, word, pinyin,
// count, HSK level and frequency rank ("-" when unlisted), gloss.
func WriteNext(w io.Writer, next []Upcoming) error {
	if len(next) == 0 {
		fmt.Fprintln(w, "no new words waiting")
		return nil
	}
	rows := [][]string{{"#", "WORD", "PINYIN", "COUNT", "HSK", "FREQ", "GLOSS"}}
	for _, j := range next {
		lv, rank := "-", "-"
		if j.HSK > 0 {
			lv = strconv.Itoa(j.HSK)
		}
		if j.FreqRank > 0 {
			rank = strconv.Itoa(j.FreqRank)
		}
		rows = append(rows, []string{strconv.Itoa(j.Position), j.Word, j.Pinyin, strconv.Itoa(j.Count), lv, rank, text.Clip(j.Gloss, glossWidth)})
	}
	return text.Columns(w, rows)
}
