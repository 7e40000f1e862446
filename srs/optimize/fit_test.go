package optimize

import (
	"math"
	"testing"
)

// TestGradient compares the forward-mode gradient of the weighted loss with
// central differences, on a real log and weights away from the defaults.
func TestGradient(t *testing.T) {
	d := loadLog(t, "shared_b_150x60.csv")
	e := loadExpected(t)
	w := e.Logs["shared_b_150x60.csv"].TrueW
	w[7] = 0.2 // away from its lower bound
	var cbs []*cardBatch
	for ci := range d.cards {
		c := &d.cards[ci]
		cb := &cardBatch{card: int32(ci), weight: make([]float64, len(c.rating))}
		for j, it := range c.item {
			if it >= 0 {
				cb.weight[j] = recency(int(it), d.Items())
			}
		}
		cbs = append(cbs, cb)
	}
	loss := func(w [21]float64) float64 {
		m := newModel(w)
		var l float64
		for _, cb := range cbs {
			l += d.cardLoss(m, cb)
		}
		return l
	}
	var g [21]float64
	m := newModel(w)
	for _, cb := range cbs {
		d.cardGrad(m, cb, &g)
	}
	for i := range w {
		h := 1e-6 * max(1, math.Abs(w[i]))
		up, down := w, w
		up[i] += h
		down[i] -= h
		num := (loss(up) - loss(down)) / (2 * h)
		if math.Abs(num-g[i]) > 1e-4*max(1, math.Abs(num)) {
			t.Errorf("d loss / d w%d = %.6g, central difference %.6g", i, g[i], num)
		}
	}
}

// TestFitSharedLogs: on both shared logs the fitted weights' log loss is
// within 1 % of fsrs-rs's fitted weights' (measured here on the same items)
// and no worse than the defaults', and a second fit gives the same weights.
func TestFitSharedLogs(t *testing.T) {
	e := loadExpected(t)
	for name, lg := range e.Logs {
		d := loadLog(t, name)
		res, err := Fit(d, DefaultOptions())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if res.TrainItems != lg.Counts.ItemsAfterOutlierFilter {
			t.Errorf("%s: %d items after the outlier filter, want %d", name, res.TrainItems, lg.Counts.ItemsAfterOutlierFilter)
		}
		got := Evaluate(res.W, d)
		ref := Evaluate(lg.FittedW, d)
		def := Evaluate(lg.DefaultW, d)
		t.Logf("%s: log loss %.5f (reference %.5f, defaults %.5f), RMSE %.5f (%.5f, %.5f), stage %s, %d steps\nw = %.4f",
			name, got.LogLoss, ref.LogLoss, def.LogLoss, got.RMSE, ref.RMSE, def.RMSE, res.Stage, res.Steps, res.W)
		if got.LogLoss > 1.01*ref.LogLoss {
			t.Errorf("%s: log loss %.5f > 1.01 × reference %.5f", name, got.LogLoss, ref.LogLoss)
		}
		if got.LogLoss > def.LogLoss {
			t.Errorf("%s: log loss %.5f worse than the defaults' %.5f", name, got.LogLoss, def.LogLoss)
		}
		// A training set of one batch leaves no batch order to differ: the
		// weights are then fsrs-rs's own, up to its float32 arithmetic.
		if res.TrainItems <= DefaultOptions().BatchSize {
			for i, w := range res.W {
				if !near(w, lg.FittedW[i], 2e-4*max(1, math.Abs(w))) {
					t.Errorf("%s: w%d = %.6f, fsrs-rs %.6f", name, i, w, lg.FittedW[i])
				}
			}
		}
		again, _ := Fit(d, DefaultOptions())
		if again.W != res.W {
			t.Errorf("%s: a second fit gives other weights", name)
		}
	}
}
