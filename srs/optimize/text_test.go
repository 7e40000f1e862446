package optimize

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"cika/srs"
	"cika/srs/review"
)

// The report in words: figures, weights and their meaning, the load chart
// and the ending each outcome gets.
func TestWriteText(t *testing.T) {
	var o Outcome
	r := &o.Report
	r.Reviews, r.Cards, r.Items, r.TrainItems, r.Skipped, r.Stage = 208, 40, 160, 64, 3, StageInitial
	r.Before = Metrics{LogLoss: 0.4495, RMSE: 0.1234}
	r.After = Metrics{LogLoss: 0.41, RMSE: 0.05}
	r.Retention.Actual, r.Retention.Before, r.Retention.After = 0.85, 0.9, 0.86
	r.Fitted = srs.DefaultWeights
	r.Fitted[0], r.Fitted[1], r.Fitted[2], r.Fitted[3] = 0.4, 12, 400, 2000
	r.Forecast.Retention, r.Forecast.From = 0.9, "2024-03-17"
	r.Forecast.Before = []float64{8, 0, 4}
	r.Forecast.After = []float64{4, 2, 1}
	var b bytes.Buffer
	if err := WriteText(&b, o, true); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"208 reviews of 40 cards; 160 came on a later day than the card's previous one, 64 kept after the outlier filter",
		"3 reviews left out: of cards with no first answer in the log, or before a card was reset",
		"fewer than 64: only the first-answer stabilities w0–w3 were fitted",
		"",
		"            log loss   RMSE(bins)   predicted retention",
		"  in use    0.4495     12.34 %       90.0 %",
		"  fitted    0.4100      5.00 %       86.0 %",
		"  observed                            85.0 % of these reviews answered above Again",
		"",
		"weights  " + review.FormatWeights(r.Fitted[:]),
		"meaning  a new card first answered Again, Hard, Good, Easy is still recalled 9 times",
		"         in 10 after 0.4 days, 12 days, 1.1 years, 5.5 years; the forgetting curve's decay is " +
			fmt.Sprintf("%.3f (defaults %.3f)", r.Fitted[20], srs.DefaultWeights[20]),
		"",
		"reviews a day from 2024-03-17, next 3 days, at retention 0.9 (cards already studied):",
		"  in use  █ ▄  mean 4.0, peak 8",
		"  fitted  ▄▂▁  mean 2.3, peak 4",
		"",
		"the weights in use predict your reviews as well or better: they stay",
		"",
	}, "\n")
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	for _, tt := range []struct {
		better, stored, opened, dry bool
		last                        string
	}{
		{true, true, true, false, "stored: the fitted weights schedule your reviews from now on (cika settings reset to undo)"},
		{true, false, true, true, "better, not stored (--dry-run)"},
		{true, false, false, false, "better, not stored: no collection open (cika settings set weights \"…\" stores weights by hand)"},
	} {
		o.Better, o.Stored, o.Opened = tt.better, tt.stored, tt.opened
		b.Reset()
		WriteText(&b, o, tt.dry)
		if !strings.HasSuffix(b.String(), "\n\n"+tt.last+"\n") {
			t.Errorf("%+v: ends %q", tt, b.String()[max(0, b.Len()-120):])
		}
	}
}
