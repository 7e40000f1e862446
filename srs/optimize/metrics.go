package optimize

import "math"

// Metrics measure how well weights predict a log's items.
type Metrics struct {
	Items int `json:"items"`

	// LogLoss is the mean binary cross-entropy between the predicted recall
	// and "answered above Again", over every item.
	LogLoss float64 `json:"log_loss"`
	// RMSE is RMSE(bins): items are binned by interval, review count and
	// lapse count (fsrs-rs r_matrix_index); the root mean square of the
	// per-bin gap between mean prediction and mean outcome, weighted by the
	// bins' sizes.
	RMSE float64 `json:"rmse_bins"`

	// The same with recent items weighing more (0.25 for the oldest item up
	// to 1 for the newest, cubically): what fsrs-rs's evaluate and Anki
	// show, and what training minimises.
	LogLossRecency float64 `json:"log_loss_recency"`
	RMSERecency    float64 `json:"rmse_bins_recency"`
}

// recency is the weight fsrs-rs gives item i of n.
func recency(i, n int) float64 {
	den := max(float64(n-1), 1)
	x := float64(i) / den
	return 0.25 + 0.75*x*x*x
}

// bce is the binary cross-entropy of predicting p for outcome y.
func bce(p float64, y bool) float64 {
	p = clampF(p, 1e-12, 1-1e-12)
	if y {
		return -math.Log(p)
	}
	return -math.Log(1 - p)
}

// binKey is fsrs-rs's r_matrix_index of an item: its interval, its length
// and its lapses, each on a geometric scale.
type binKey struct{ a, b, c uint32 }

func binOf(dtLast, longTerm, lapses int) binKey {
	round := func(x float64) uint32 { return uint32(math.Round(x)) } // half away from zero
	k := binKey{a: round(100 * 2.48 * math.Pow(3.62, math.Floor(math.Log(float64(dtLast))/math.Log(3.62))))}
	n := float64(1 + longTerm)
	k.b = round(1.99 * math.Pow(1.89, math.Floor(math.Log(n)/math.Log(1.89))))
	if lapses > 0 {
		k.c = round(1.65 * math.Pow(1.73, math.Floor(math.Log(float64(lapses))/math.Log(1.73))))
	}
	return k
}

// predictions returns, for every item in order, the predicted recall under w
// (clipped first) and the outcome.
func (d *Data) predictions(w [21]float64) (p []float64, y []bool) {
	m := newModel(clip(w))
	p = make([]float64, len(d.items))
	y = make([]bool, len(d.items))
	for ci := range d.cards {
		c := &d.cards[ci]
		lastItem := -1
		for j := len(c.item) - 1; j > 0; j-- {
			if c.item[j] >= 0 {
				lastItem = j
				break
			}
		}
		if lastItem < 0 {
			continue
		}
		s, dd := m.init(int(c.rating[0]))
		for j := 1; j <= lastItem; j++ {
			t := float64(c.dt[j])
			if it := c.item[j]; it >= 0 {
				p[it] = m.retrievability(t, s)
				y[it] = c.rating[j] > 1
			}
			s, dd = m.step(s, dd, t, int(c.rating[j]))
		}
	}
	return p, y
}

// Evaluate measures weights w (clipped to fsrs-rs's bounds first) on every
// item of d.
func Evaluate(w [21]float64, d *Data) Metrics {
	p, y := d.predictions(w)
	return d.metrics(p, y)
}

type binSum struct{ p, y, n, w float64 }

func (d *Data) metrics(p []float64, y []bool) Metrics {
	n := len(p)
	out := Metrics{Items: n}
	if n == 0 {
		return out
	}
	// A slice in order of first appearance, not a map: the sums are then
	// added in the same order on every run.
	index := map[binKey]int{}
	var bins []binSum
	var ll, llr, wsum float64
	for i := range p {
		l := bce(p[i], y[i])
		q := recency(i, n)
		ll += l
		llr += q * l
		wsum += q
		k := d.bin(i)
		bi, ok := index[k]
		if !ok {
			bi = len(bins)
			index[k] = bi
			bins = append(bins, binSum{})
		}
		b := &bins[bi]
		b.p += p[i]
		if y[i] {
			b.y++
		}
		b.n++
		b.w += q
	}
	out.LogLoss = ll / float64(n)
	out.LogLossRecency = llr / wsum
	var se, ser float64
	for _, b := range bins {
		gap := b.p/b.n - b.y/b.n
		se += b.n * gap * gap
		ser += b.w * gap * gap
	}
	out.RMSE = math.Sqrt(se / float64(n))
	out.RMSERecency = math.Sqrt(ser / wsum)
	return out
}

// bin returns item i's bin.
func (d *Data) bin(i int) binKey { return d.bins[i] }
