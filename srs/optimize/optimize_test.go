package optimize

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
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

func loadLog(t testing.TB, name string) *Data {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rs, err := ReadCSV(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return NewData(rs, nil)
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
