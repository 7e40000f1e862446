package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/urfave/cli/v2"

	"cika/srs"
	"cika/srs/optimize"
	"cika/srs/review"
)

// optimizeCommand is `cika optimize`: fit the FSRS weights to the learner's
// reviews (package optimize) and keep them if they predict better.
func optimizeCommand() *cli.Command {
	return &cli.Command{
		Name:  "optimize",
		Usage: "fit the FSRS-6 weights to your own reviews, as Anki's Optimize does",
		Description: "Fits the 21 FSRS-6 weights to the review log, as fsrs-rs (Anki's\n" +
			"\"Optimize\") does, and shows how well the weights in use and the fitted\n" +
			"ones predict your answers (log loss and RMSE(bins), lower is better),\n" +
			"what the weights mean and the reviews a day they give over the next 30\n" +
			"days. The fitted weights are stored in the collection's settings only if\n" +
			"they predict better; `cika settings` shows them, `cika settings reset`\n" +
			"goes back to the defaults.\n\n" +
			"--revlog fits a review log in the standard FSRS CSV instead (card_id,\n" +
			"review_time in Unix ms, review_rating 1-4, review_state 0-3 before the\n" +
			"review), as exported by the FSRS tools; days are UTC calendar days.\n\n" +
			"Examples:\n" +
			"  cika optimize\n" +
			"  cika optimize --dry-run\n" +
			"  cika optimize --revlog revlog.csv --dry-run --json",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "revlog", Usage: "fit this FSRS CSV review log instead of the collection's", TakesFile: true},
			&cli.BoolFlag{Name: "dry-run", Usage: "show the fit without storing the weights"},
			&cli.BoolFlag{Name: "json", Usage: "print a JSON object: the report of package optimize, and stored"},
		},
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			return runOptimize(c)
		},
	}
}

func runOptimize(c *cli.Context) error {
	j := optimize.Job{Revlog: c.String("revlog"), DryRun: c.Bool("dry-run"), Clock: reviewOptions}
	j.Note = func(err error) {
		fmt.Fprintf(c.App.ErrWriter, "cika: note: %v; comparing with the default weights, storing nothing\n", err)
	}
	// The collection gives the weights in use and the desired retention,
	// and its review log unless --revlog names another.
	path, err := dbPath(c)
	switch {
	case err != nil && j.Revlog == "":
		return err
	case err != nil:
		j.Note(err)
	default:
		j.Collection = path
	}
	if !c.Bool("json") && isTerminal(c.App.ErrWriter) {
		j.Progress = func(done, total int) {
			fmt.Fprintf(c.App.ErrWriter, "\rcika: fitting, step %d of %d", done, total)
			if done == total {
				fmt.Fprint(c.App.ErrWriter, "\r\033[K")
			}
		}
	}
	out, err := j.Run()
	if errors.Is(err, optimize.ErrNotEnoughData) {
		return usageError{msg: "optimize: " + err.Error() + "; the weights stay as they are",
			hint: "review more (a card counts once it comes back on a later day; fsrs-rs also leaves out first answers seen on fewer than 20 cards)"}
	}
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return writeJSON(c.App.Writer, out)
	}
	printOptimize(c.App.Writer, out, j.DryRun, useColor(c.App.Writer))
	return nil
}

func printOptimize(w io.Writer, o optimize.Outcome, dry, color bool) {
	r := o.Report
	fmt.Fprintf(w, "%d reviews of %d cards; %d came on a later day than the card's previous one, %d kept after the outlier filter\n",
		r.Reviews, r.Cards, r.Items, r.TrainItems)
	if r.Skipped > 0 {
		fmt.Fprintf(w, "%d reviews left out: of cards with no first answer in the log, or before a card was reset\n", r.Skipped)
	}
	if r.Stage == optimize.StageInitial {
		fmt.Fprintf(w, "fewer than %d: only the first-answer stabilities w0–w3 were fitted\n", optimize.FullItems)
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

func dayStats(v []float64) string {
	var sum, peak float64
	for _, x := range v {
		sum += x
		peak = max(peak, x)
	}
	return fmt.Sprintf("mean %.1f, peak %.0f", sum/float64(max(len(v), 1)), peak)
}
