package review

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// The text reports of the commands that show the schedule: `cika stats`,
// `cika due` and `cika settings`.

// WriteStats prints st as `cika stats` does, for the collection at path:
// its size, the cards by state, reviews a day over the last 30 days and
// cards due a day over the next 30 as bar charts, true retention next to
// the desired, and HSK coverage by level.
func WriteStats(out io.Writer, path string, st Stats) error {
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

// percent writes a retention: the rate and how many of how many, or that
// there were no reviews.
func percent(rate *float64, passed, n int) string {
	if rate == nil {
		return "– (no reviews)"
	}
	return fmt.Sprintf("%.1f%%  (%d of %d)", 100**rate, passed, n)
}

// writeAligned writes label-number rows with the numbers aligned on the
// right, and an optional note after.
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
func barChart(w io.Writer, days []DayCount) {
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

// DueJSON is `cika due --json` (README: "due").
type DueJSON struct {
	Now          int       `json:"now"`
	New          int       `json:"new"`
	LaterToday   int       `json:"later_today"`
	Tomorrow     int       `json:"tomorrow"`
	Week         int       `json:"week"`
	NewAvailable int       `json:"new_available"`
	Limits       DueLimits `json:"limits"`
}

// DueLimits are the daily limits in DueJSON.
type DueLimits struct {
	New     int `json:"new"`
	Reviews int `json:"reviews"`
}

// JSON is d as `cika due --json` prints it.
func (d Due) JSON() DueJSON {
	return DueJSON{Now: d.Now, New: d.New, LaterToday: d.LaterToday, Tomorrow: d.Tomorrow,
		Week: d.DueWeek, NewAvailable: d.NewTotal, Limits: DueLimits{New: d.Limits.New, Reviews: d.Limits.Reviews}}
}

// WriteDue prints d as `cika due` does, one count a line.
func WriteDue(w io.Writer, d Due) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "now          %d\n", d.Now)
	fmt.Fprintf(bw, "new          %d  (%d not yet studied; %d a day)\n", d.New, d.NewTotal, d.Limits.New)
	fmt.Fprintf(bw, "later today  %d\n", d.LaterToday)
	fmt.Fprintf(bw, "tomorrow     %d\n", d.Tomorrow)
	fmt.Fprintf(bw, "this week    %d\n", d.DueWeek)
	return bw.Flush()
}

// WriteSettings prints st as `cika settings` does: a setting a line, by the
// name `cika settings set` takes, and the daily limits with how to change
// them.
func WriteSettings(w io.Writer, st Settings) error {
	s, l := st.Scheduler, st.Limits
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "retention         %g\n", s.DesiredRetention)
	fmt.Fprintf(bw, "max-interval      %d days\n", s.MaximumInterval)
	fmt.Fprintf(bw, "learning-steps    %s\n", orNone(s.LearningSteps))
	fmt.Fprintf(bw, "relearning-steps  %s\n", orNone(s.RelearningSteps))
	fmt.Fprintf(bw, "day-starts        %02d:00\n", s.DayStartsAt)
	fmt.Fprintf(bw, "weights           %s\n", FormatWeights(s.Weights))
	fmt.Fprintf(bw, "new cards a day   %d  (cika review --new N --save)\n", l.New)
	fmt.Fprintf(bw, "reviews a day     %d  (cika review --limit N --save)\n", l.Reviews)
	return bw.Flush()
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
