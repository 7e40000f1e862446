package optimize

import (
	"errors"
	"math"
	"slices"
)

// Pre-training of the initial stabilities w0..w3, as fsrs-rs does
// (parameter_initialization.rs): for each first rating, the stability whose
// forgetting curve (with the default decay) best fits the recall at the
// card's first review on a later day, grouped by interval, found by ternary
// search with a small pull toward the default; then the four made to
// increase with the rating, and missing ones filled in from the others.

const initSMax = 100.0

// errNoFirstReviews: no card has a review on a later day than its first.
var errNoFirstReviews = errors.New("no card was reviewed again on a later day")

type recallAt struct{ dt, recall, count float64 }

// initialStability returns w0..w3 fitted to the cards' first reviews on a
// later day, and how many cards started with each rating.
func (d *Data) initialStability(cards []int32, averageRecall float64) ([4]float64, map[int]int, error) {
	type acc struct{ pass, n int }
	groups := map[int]map[int32]*acc{}
	for _, ci := range cards {
		c := &d.cards[ci]
		j := c.firstLongTerm()
		r := int(c.rating[0])
		if groups[r] == nil {
			groups[r] = map[int32]*acc{}
		}
		a := groups[r][c.dt[j]]
		if a == nil {
			a = &acc{}
			groups[r][c.dt[j]] = a
		}
		a.n++
		if c.rating[j] > 1 {
			a.pass++
		}
	}
	count := map[int]int{}
	stab := map[int]float64{}
	for r := 1; r <= 4; r++ {
		g := groups[r]
		if g == nil {
			continue
		}
		var data []recallAt
		for dt, a := range g {
			data = append(data, recallAt{float64(dt), float64(a.pass) / float64(a.n), float64(a.n)})
			count[r] += a.n
		}
		slices.SortFunc(data, func(a, b recallAt) int { return int(a.dt - b.dt) })
		stab[r] = float64(float32(searchStability(data, averageRecall, srsDefault[r-1])))
	}
	s0, err := smoothAndFill(stab, count)
	return s0, count, err
}

// srsDefault are the FSRS-6 defaults fsrs-rs starts from.
var srsDefault = [21]float64{
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
	0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
	0.1542,
}

func searchStability(data []recallAt, averageRecall, defaultS0 float64) float64 {
	decay := -srsDefault[20]
	factor := math.Pow(0.9, 1/decay) - 1
	loss := func(s float64) float64 {
		var l float64
		for _, x := range data {
			// Laplace smoothing toward the average recall
			y := (x.recall*x.count + averageRecall) / (x.count + 1)
			p := math.Pow(1+factor*x.dt/s, decay)
			l -= (y*math.Log(p) + (1-y)*math.Log(1-p)) * x.count
		}
		return l + math.Abs(s-defaultS0)/16
	}
	lo, hi := sMin, initSMax
	best := defaultS0
	for iter := 0; hi-lo > 2.220446049250313e-16 && iter < 1000; iter++ {
		m1 := lo + (hi-lo)/3
		m2 := hi - (hi-lo)/3
		if loss(m1) < loss(m2) {
			hi = m2
		} else {
			lo = m1
		}
		best = (hi + lo) / 2
	}
	return best
}

// smoothAndFill makes the initial stabilities increase with the rating
// (the value of the rating seen more often wins) and fills in ratings never
// seen first from those seen, with fsrs-rs's interpolation.
func smoothAndFill(stab map[int]float64, count map[int]int) ([4]float64, error) {
	for r := range stab {
		if _, ok := count[r]; !ok {
			delete(stab, r)
		}
	}
	for _, p := range [][2]int{{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}} {
		small, okS := stab[p[0]]
		big, okB := stab[p[1]]
		if okS && okB && small > big {
			if count[p[0]] > count[p[1]] {
				stab[p[1]] = small
			} else {
				stab[p[0]] = big
			}
		}
	}
	const w1, w2 = 0.41, 0.54
	var out [4]float64
	has := func(r int) bool { _, ok := stab[r]; return ok }
	pw := math.Pow
	switch len(stab) {
	case 0:
		return out, errNoFirstReviews
	case 1:
		for r, v := range stab {
			f := v / srsDefault[r-1]
			for i := range out {
				out[i] = srsDefault[i] * f
			}
		}
		slices.Sort(out[:])
	case 2:
		r1, r2, r3, r4 := stab[1], stab[2], stab[3], stab[4]
		switch {
		case !has(1) && !has(2):
			r2 = pw(r3, 1/(1-w2)) * pw(r4, 1-1/(1-w2))
			r1 = pw(r2, 1/w1) * pw(r3, 1-1/w1)
		case !has(1) && !has(3):
			r3 = pw(r2, 1-w2) * pw(r4, w2)
			r1 = pw(r2, 1/w1) * pw(r3, 1-1/w1)
		case !has(1) && !has(4):
			r4 = pw(r2, 1-1/w2) * pw(r3, 1/w2)
			r1 = pw(r2, 1/w1) * pw(r3, 1-1/w1)
		case !has(2) && !has(3):
			k := w1 + w2 - w1*w2
			r2 = pw(r1, w1/k) * pw(r4, 1-w1/k)
			r3 = pw(r1, 1-w2/k) * pw(r4, w2/k)
		case !has(2) && !has(4):
			r2 = pw(r1, w1) * pw(r3, 1-w1)
			r4 = pw(r2, 1-1/w2) * pw(r3, 1/w2)
		case !has(3) && !has(4):
			r3 = pw(r1, 1-1/(1-w1)) * pw(r2, 1/(1-w1))
			r4 = pw(r2, 1-1/w2) * pw(r3, 1/w2)
		}
		out = [4]float64{r1, r2, r3, r4}
	case 3:
		r1, r2, r3, r4 := stab[1], stab[2], stab[3], stab[4]
		switch {
		case !has(1):
			r1 = pw(r2, 1/w1) * pw(r3, 1-1/w1)
		case !has(2):
			r2 = pw(r1, w1) * pw(r3, 1-w1)
		case !has(3):
			r3 = pw(r2, 1-w2) * pw(r4, w2)
		case !has(4):
			r4 = pw(r2, 1-1/w2) * pw(r3, 1/w2)
		}
		out = [4]float64{r1, r2, r3, r4}
	default:
		out = [4]float64{stab[1], stab[2], stab[3], stab[4]}
	}
	for i := range out {
		out[i] = clampF(out[i], sMin, initSMax)
	}
	return out, nil
}
