package optimize

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"cika/srs"
)

// expected is the part of testdata/expected.json (fsrs-rs's results on the
// two shared logs, ../shared/fsrs/optimizer) the tests use.
type expected struct {
	Logs map[string]struct {
		Counts struct {
			Reviews, Cards, Items   int
			ItemsAfterOutlierFilter int `json:"items_after_outlier_filter"`
		}
		FittedW  [21]float64 `json:"fitted_w"`
		DefaultW [21]float64 `json:"default_w"`
		TrueW    [21]float64 `json:"true_w"`
		Metrics  map[string]struct {
			LogLoss        float64 `json:"logloss"`
			RMSE           float64 `json:"rmse_bins"`
			LogLossRecency float64 `json:"logloss_recency"`
			RMSERecency    float64 `json:"rmse_bins_recency"`
		}
		Examples []struct {
			Index   int
			Reviews [][2]int
			Bin     string
			Default struct{ S, D, P float64 }
			Fitted  struct{ S, D, P float64 }
		}
	}
}

func loadExpected(t testing.TB) expected {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var e expected
	if err := json.Unmarshal(raw, &e); err != nil {
		t.Fatal(err)
	}
	if len(e.Logs) != 2 {
		t.Fatalf("expected.json has %d logs, want 2", len(e.Logs))
	}
	return e
}

func openTestdata(name string) (*os.File, error) { return os.Open(filepath.Join("testdata", name)) }

func loadLog(t testing.TB, name string) *Data {
	t.Helper()
	return NewData(loadLogReviews(t, name), nil)
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// TestMetricsMatchReference: items, predictions and metrics agree with
// fsrs-rs's on the shared logs, for the default, true and fitted weights.
func TestMetricsMatchReference(t *testing.T) {
	e := loadExpected(t)
	for name, lg := range e.Logs {
		d := loadLog(t, name)
		if d.Reviews() != lg.Counts.Reviews || d.Cards() != lg.Counts.Cards || d.Items() != lg.Counts.Items {
			t.Errorf("%s: %d reviews, %d cards, %d items; want %d, %d, %d", name, d.Reviews(), d.Cards(), d.Items(),
				lg.Counts.Reviews, lg.Counts.Cards, lg.Counts.Items)
		}
		for set, w := range map[string][21]float64{"default": lg.DefaultW, "true": lg.TrueW, "fitted": lg.FittedW} {
			got := Evaluate(w, d)
			want := lg.Metrics[set]
			if !near(got.LogLoss, want.LogLoss, 2e-6) || !near(got.RMSE, want.RMSE, 2e-6) ||
				!near(got.LogLossRecency, want.LogLossRecency, 2e-6) || !near(got.RMSERecency, want.RMSERecency, 2e-6) {
				t.Errorf("%s %s weights: %+v, want %+v", name, set, got, want)
			}
		}
	}
}

// TestWorkedExamples: the worked items of expected.json have the same
// history, bin and replayed memory state here.
func TestWorkedExamples(t *testing.T) {
	e := loadExpected(t)
	for name, lg := range e.Logs {
		d := loadLog(t, name)
		if len(lg.Examples) == 0 {
			t.Fatalf("%s: no worked examples", name)
		}
		for _, ex := range lg.Examples {
			steps := d.Item(ex.Index)
			if len(steps) != len(ex.Reviews) {
				t.Errorf("%s item %d: %d reviews, want %d", name, ex.Index, len(steps), len(ex.Reviews))
				continue
			}
			for j, r := range ex.Reviews {
				if int(steps[j].Rating) != r[0] || steps[j].DeltaT != r[1] {
					t.Errorf("%s item %d review %d: (%d, %d), want %v", name, ex.Index, j, steps[j].Rating, steps[j].DeltaT, r)
				}
			}
			k := d.bin(ex.Index)
			if got := fmt.Sprintf("%d,%d,%d", k.a, k.b, k.c); got != ex.Bin {
				t.Errorf("%s item %d: bin %s, want %s", name, ex.Index, got, ex.Bin)
			}
			for _, c := range []struct {
				w    [21]float64
				want struct{ S, D, P float64 }
			}{{lg.DefaultW, ex.Default}, {lg.FittedW, ex.Fitted}} {
				m := newModel(clip(c.w))
				s, dd := m.init(int(steps[0].Rating))
				for _, st := range steps[1 : len(steps)-1] {
					s, dd = m.step(s, dd, float64(st.DeltaT), int(st.Rating))
				}
				p := m.retrievability(float64(steps[len(steps)-1].DeltaT), s)
				if !near(s, c.want.S, 1e-5*max(1, s)) || !near(dd, c.want.D, 1e-5) || !near(p, c.want.P, 1e-6) {
					t.Errorf("%s item %d: s %.7g d %.7g p %.7g, want %+v", name, ex.Index, s, dd, p, c.want)
				}
			}
		}
	}
}

// TestDataLastLearningRun: a card reset to New starts again from its last
// learning run; a card never New or Learning in the log is left out.
func TestDataLastLearningRun(t *testing.T) {
	day := func(n int) time.Time { return time.Date(2024, 1, 1+n, 9, 0, 0, 0, time.UTC) }
	rs := []Review{
		{Card: 1, Time: day(0), Rating: srs.Good, State: srs.New},
		{Card: 1, Time: day(3), Rating: srs.Good, State: srs.Review},
		{Card: 1, Time: day(9), Rating: srs.Again, State: srs.New}, // reset
		{Card: 1, Time: day(9).Add(time.Minute), Rating: srs.Good, State: srs.Learning},
		{Card: 1, Time: day(11), Rating: srs.Good, State: srs.Review},
		{Card: 2, Time: day(1), Rating: srs.Good, State: srs.Review}, // imported mid-life
		{Card: 2, Time: day(4), Rating: srs.Good, State: srs.Review},
	}
	d := NewData(rs, nil)
	if d.Cards() != 1 || d.Items() != 1 || d.Skipped() != 4 {
		t.Fatalf("%d cards, %d items, %d skipped; want 1, 1, 4", d.Cards(), d.Items(), d.Skipped())
	}
	want := []Step{{srs.Again, 0}, {srs.Good, 0}, {srs.Good, 2}}
	if got := d.Item(0); !slices.Equal(got, want) {
		t.Errorf("item %v, want %v", got, want)
	}
}
