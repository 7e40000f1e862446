package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"cika/srs/review"
)

// statsCommand is `cika stats`: the collection and the learner's progress.
func statsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "show your progress: cards by state, reviews, forecast, retention, HSK coverage",
		Description: "Reads the collection without changing it and prints:\n" +
			"  - its size (documents, sentences, words, names, known words);\n" +
			"  - the cards by state (new, learning, review, relearning), suspended cards\n" +
			"    and the new cards of known words (never introduced) apart;\n" +
			"  - reviews per day over the last 30 days, and the cards falling due on\n" +
			"    each of the next 30 days (overdue cards count today), as bar charts;\n" +
			"  - true retention: the share of answers to review cards that were not\n" +
			"    Again, over the last 30 days and all time, next to the retention FSRS\n" +
			"    aims at (90%); a true retention well below it means the cards are hard;\n" +
			"  - HSK 2.0 coverage: per level, the words you know (`cika known`) or are\n" +
			"    learning (a card past new), and the share of levels 1..N covered.\n" +
			"Days start at 04:00 local time, as in Anki.\n\n" +
			"Examples:\n" +
			"  cika stats\n" +
			"  cika stats --json | jq .retention",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print a JSON object (shape in README)"},
		},
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			db, err := openCollection(c, true)
			if err != nil {
				return err
			}
			defer db.Close()
			opt, err := scheduleOptions(db)
			if err != nil {
				return err
			}
			st, err := review.ComputeStats(db, opt)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return writeJSON(c.App.Writer, st)
			}
			return printStats(c.App.Writer, displayPath(db.Path()), st)
		},
	}
}

func printStats(out io.Writer, path string, st review.Stats) error {
	w := bufio.NewWriter(out)
	s := st.Collection
	fmt.Fprintf(w, "collection %s\n", path)
	fmt.Fprintf(w, "  documents %d · sentences %d · words %d · names %d\n  known words %d · reviews %d\n",
		s.Documents, s.Sentences, s.Words, s.Names, s.Known, s.Reviews)

	cs := st.Cards
	fmt.Fprintf(w, "\ncards %d\n", s.Cards)
	rows := [][]string{
		{"  new", fmt.Sprint(cs.New)},
		{"  learning", fmt.Sprint(cs.Learning)},
		{"  review", fmt.Sprint(cs.Review)},
		{"  relearning", fmt.Sprint(cs.Relearning)},
		{"  suspended", fmt.Sprint(cs.Suspended)},
		{"  known", fmt.Sprint(cs.KnownNew), "(new cards of known words: never introduced)"},
	}
	writeAligned(w, rows)

	total, today := 0, 0
	for _, d := range st.History {
		total += d.Count
	}
	if n := len(st.History); n > 0 {
		today = st.History[n-1].Count
	}
	fmt.Fprintf(w, "\nreviews per day, last %d days: %d in all, %d today\n", len(st.History), total, today)
	barChart(w, st.History)
	due := 0
	for _, d := range st.Forecast {
		due += d.Count
	}
	fmt.Fprintf(w, "\ndue per day, next %d days: %d in all", len(st.Forecast), due)
	if len(st.Forecast) > 0 {
		fmt.Fprintf(w, ", %d today (overdue included)", st.Forecast[0].Count)
	}
	fmt.Fprintln(w)
	barChart(w, st.Forecast)

	r := st.Retention
	fmt.Fprintf(w, "\ntrue retention (answers to review cards other than Again)\n")
	fmt.Fprintf(w, "  last 30 days  %s\n  all time      %s\n  desired       %.0f%%\n",
		percent(r.Month, r.MonthPassed, r.MonthCount), percent(r.AllTime, r.AllPassed, r.AllCount), 100*r.Desired)

	fmt.Fprintf(w, "\nHSK 2.0 coverage (known + learning)\n")
	for _, l := range st.HSK {
		share := 0.0
		if l.Words > 0 {
			share = float64(l.Covered()) / float64(l.Words)
		}
		fmt.Fprintf(w, "  HSK %d %s %4d/%-4d %3.0f%% · known %d, learning %d · HSK 1-%d %.0f%%\n",
			l.Level, meter(share, 16), l.Covered(), l.Words, 100*share, l.Known, l.Learned, l.Level, 100*l.Cumulative)
	}
	return w.Flush()
}

func percent(rate *float64, passed, n int) string {
	if rate == nil {
		return "– (no reviews)"
	}
	return fmt.Sprintf("%.1f%%  (%d of %d)", 100**rate, passed, n)
}

func writeAligned(w io.Writer, rows [][]string) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r[0])+len(r[1]))
	}
	for _, r := range rows {
		line := r[0] + strings.Repeat(" ", width-len(r[0])-len(r[1])+2) + r[1]
		if len(r) > 2 {
			line += "  " + r[2]
		}
		fmt.Fprintln(w, line)
	}
}

// eighths are the block characters of a bar's top, by eighths of a row.
var eighths = []string{" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}

// chartRows is the height of a bar chart.
const chartRows = 6

// barChart draws one column per day, two cells wide, chartRows high, the
// maximum on the left axis and the first, middle and last dates below.
func barChart(w io.Writer, days []review.DayCount) {
	top := 0
	for _, d := range days {
		top = max(top, d.Count)
	}
	if top == 0 {
		fmt.Fprintln(w, "  (none)")
		return
	}
	label := fmt.Sprint(top)
	pad := strings.Repeat(" ", len(label))
	for row := chartRows - 1; row >= 0; row-- {
		if row == chartRows-1 {
			fmt.Fprintf(w, "  %s ┤", label)
		} else {
			fmt.Fprintf(w, "  %s │", pad)
		}
		var b strings.Builder
		for _, d := range days {
			// The bar's height in eighths of a row, at least one for a
			// non-zero day.
			h := (d.Count*chartRows*8 + top - 1) / top
			cell := min(max(h-row*8, 0), 8)
			b.WriteString(eighths[cell])
			b.WriteString(" ")
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	fmt.Fprintf(w, "  %s └%s\n", strings.Repeat(" ", len(label)-1)+"0", strings.Repeat("─", 2*len(days)))
	n := len(days)
	axis := []rune(strings.Repeat(" ", 2*n+6))
	put := func(col int, s string) {
		for i, r := range []rune(s) {
			if col+i < len(axis) {
				axis[col+i] = r
			}
		}
	}
	first, mid, last := days[0].Day[5:], days[n/2].Day[5:], days[n-1].Day[5:]
	put(0, first)
	put(2*(n/2), mid)
	put(2*(n-1)-len(last)+1, last)
	fmt.Fprintf(w, "  %s  %s\n", pad, strings.TrimRight(string(axis), " "))
}

// meter is a horizontal bar of width cells filled to share (0-1).
func meter(share float64, width int) string {
	n := int(share*float64(width)*8 + 0.5)
	full := n / 8
	s := strings.Repeat("█", full)
	if rest := n % 8; rest > 0 && full < width {
		s += []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}[rest]
		full++
	}
	return s + strings.Repeat("·", width-full)
}
