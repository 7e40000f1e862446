package optimize

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"

	"cika/srs"
	"cika/srs/review"
)

// WriteText prints o as `cika optimize` does: the reviews fitted, how well
// the weights in use and the fitted ones predict them, the fitted weights
// and what they mean, the reviews a day each would give, and whether they
// were stored (dry: --dry-run asked not to).
func WriteText(w io.Writer, o Outcome, dry bool) error {
	bw := bufio.NewWriter(w)
	o.writeText(bw, dry)
	return bw.Flush()
}

func (o Outcome) writeText(w io.Writer, dry bool) {
	r := o.Report
	fmt.Fprintf(w, "%d reviews of %d cards; %d came on a later day than the card's previous one, %d kept after the outlier filter\n",
		r.Reviews, r.Cards, r.Items, r.TrainItems)
	if r.Skipped > 0 {
		fmt.Fprintf(w, "%d reviews left out: of cards with no first answer in the log, or before a card was reset\n", r.Skipped)
	}
	if r.Stage == StageInitial {
		fmt.Fprintf(w, "fewer than %d: only the first-answer stabilities w0–w3 were fitted\n", FullItems)
	}
	fmt.Fprintf(w, "\n            log loss   RMSE(bins)   predicted retention\n")
	fmt.Fprintf(w, "  in use    %.4f     %5.2f %%      %5.1f %%\n", r.Before.LogLoss, 100*r.Before.RMSE, 100*r.Retention.Before)
	fmt.Fprintf(w, "  fitted    %.4f     %5.2f %%      %5.1f %%\n", r.After.LogLoss, 100*r.After.RMSE, 100*r.Retention.After)
	fmt.Fprintf(w, "  observed                           %5.1f %% of these reviews answered above Again\n", 100*r.Retention.Actual)

	fmt.Fprintf(w, "\nweights  %s\n", review.FormatWeights(r.Fitted[:]))
	s0 := r.Fitted
	fmt.Fprintf(w, "meaning  a new card first answered Again, Hard, Good, Easy is still recalled 9 times\n"+
		"         in 10 after %s, %s, %s, %s; the forgetting curve's decay is %.3f (defaults %.3f)\n",
		days(s0[0]), days(s0[1]), days(s0[2]), days(s0[3]), s0[20], srs.DefaultWeights[20])

	f := r.Forecast
	fmt.Fprintf(w, "\nreviews a day from %s, next %d days, at retention %g (cards already studied):\n", f.From, len(f.After), f.Retention)
	top := 0.0
	for i := range f.After {
		top = max(top, f.Before[i], f.After[i])
	}
	fmt.Fprintf(w, "  in use  %s  %s\n", sparkline(f.Before, top), dayStats(f.Before))
	fmt.Fprintf(w, "  fitted  %s  %s\n", sparkline(f.After, top), dayStats(f.After))

	fmt.Fprintln(w)
	switch {
	case !r.Better:
		fmt.Fprintln(w, "the weights in use predict your reviews as well or better: they stay")
	case o.Stored:
		fmt.Fprintln(w, "stored: the fitted weights schedule your reviews from now on (cika settings reset to undo)")
	case dry:
		fmt.Fprintln(w, "better, not stored (--dry-run)")
	case !o.Opened:
		fmt.Fprintln(w, "better, not stored: no collection open (cika settings set weights \"…\" stores weights by hand)")
	}
}

// days writes a stability in days: "0.4 days", "12 days", "3.2 years".
func days(s float64) string {
	switch {
	case s >= 365:
		return fmt.Sprintf("%.1f years", s/365)
	case s >= 10:
		return fmt.Sprintf("%.0f days", s)
	default:
		return fmt.Sprintf("%.1f days", s)
	}
}

// sparkline draws counts as bars one character wide, top the full height.
func sparkline(v []float64, top float64) string {
	bars := []rune(" ▁▂▃▄▅▆▇█")
	var b strings.Builder
	for _, x := range v {
		i := 0
		if top > 0 {
			i = int(math.Ceil(x / top * float64(len(bars)-1)))
		}
		b.WriteRune(bars[min(max(i, 0), len(bars)-1)])
	}
	return b.String()
}

// dayStats writes the mean and the peak of a day count.
func dayStats(v []float64) string {
	var sum, peak float64
	for _, x := range v {
		sum += x
		peak = max(peak, x)
	}
	return fmt.Sprintf("mean %.1f, peak %.0f", sum/float64(max(len(v), 1)), peak)
}
