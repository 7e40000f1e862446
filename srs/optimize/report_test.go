package optimize

import (
	"errors"
	"strings"
	"testing"
	"time"

	"cika/srs"
)

func TestRun(t *testing.T) {
	f := loadLogReviews(t, "shared_a_400x180.csv")
	rep, err := Run(f, Config{Current: srs.DefaultWeights, Options: DefaultOptions()})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Better || rep.Weights != rep.Fitted || rep.After.LogLoss >= rep.Before.LogLoss {
		t.Errorf("better %v, log loss %.4f → %.4f", rep.Better, rep.Before.LogLoss, rep.After.LogLoss)
	}
	if !near(rep.Before.LogLoss, 0.3244015, 1e-6) {
		t.Errorf("log loss of the defaults %.7f, want 0.3244015", rep.Before.LogLoss)
	}
	// the fitted model's mean prediction is closer to the observed retention
	if a, b := rep.Retention.After-rep.Retention.Actual, rep.Retention.Before-rep.Retention.Actual; a*a > b*b {
		t.Errorf("retention %.4f, predicted %.4f before and %.4f after", rep.Retention.Actual, rep.Retention.Before, rep.Retention.After)
	}
	if len(rep.Forecast.After) != 30 || rep.Forecast.From != "2024-06-29" {
		t.Fatalf("forecast of %d days from %s", len(rep.Forecast.After), rep.Forecast.From)
	}
	total := func(f []float64) (sum float64) {
		for _, n := range f {
			sum += n
		}
		return sum
	}
	// A higher retention means shorter intervals and more reviews.
	d := NewData(f, nil)
	today := int64(19903) // 2024-06-29
	lo, mid, hi := total(d.Forecast(rep.Fitted, 0.8, today, 30)), total(rep.Forecast.After), total(d.Forecast(rep.Fitted, 0.97, today, 30))
	if !(0 < lo && lo < mid && mid < hi) {
		t.Errorf("reviews in 30 days at retention 0.8, 0.9, 0.97: %.1f, %.1f, %.1f", lo, mid, hi)
	}

	// Fitted weights in use: a refit is no better, they stay.
	again, err := Run(f, Config{Current: rep.Weights, Options: DefaultOptions()})
	if err != nil {
		t.Fatal(err)
	}
	if again.Better && again.After.LogLoss > rep.After.LogLoss {
		t.Errorf("refit replaced weights of log loss %.5f with %.5f", rep.After.LogLoss, again.After.LogLoss)
	}
}

func TestRunNotEnough(t *testing.T) {
	t0 := time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
	var rs []Review
	for c := range 3 {
		rs = append(rs, Review{Card: int64(c), Time: t0, Rating: srs.Good, State: srs.New},
			Review{Card: int64(c), Time: t0.AddDate(0, 0, 2), Rating: srs.Good, State: srs.Review})
	}
	_, err := Run(rs, Config{Current: srs.DefaultWeights, Options: DefaultOptions()})
	if !errors.Is(err, ErrNotEnoughData) {
		t.Fatalf("err = %v, want ErrNotEnoughData", err)
	}
	if want := "6 reviews, 3 of them on a later day than the card's previous one, 0 left after the outlier filter"; !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "at least 8 are needed") {
		t.Errorf("err = %q, want it to say %q and at least 8", err, want)
	}
}

func loadLogReviews(t testing.TB, name string) []Review {
	t.Helper()
	f, err := openTestdata(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rs, err := ReadCSV(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}
