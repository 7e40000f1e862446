package optimize

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
)

// ErrNotEnoughData is returned by Fit when the log has too few reviews on a
// later day than the card's previous one to fit anything.
var ErrNotEnoughData = errors.New("not enough reviews to fit weights")

// Minimums of fsrs-rs: with fewer training items (after the outlier filter)
// the defaults are kept; with fewer than FullItems only the initial
// stabilities w0..w3 are fitted.
const (
	MinItems  = 8
	FullItems = 64
)

// Options tune the training; DefaultOptions are fsrs-rs's.
type Options struct {
	Epochs       int
	BatchSize    int     // items per step
	LearningRate float64 // Adam's, cosine-annealed to 0 over the steps
	Gamma        float64 // weight of the L2 pull toward the starting weights
	MaxSeqLen    int     // longer histories are left out of training
	Seed         uint64  // of the batch order

	// Polish is a number of full-batch Adam steps (learning rate PolishRate,
	// cosine-annealed) taken after the epochs from their best weights, when
	// the items span more than one batch: the weights of lowest training
	// loss met are kept. A few epochs of mini-batches end wherever the last
	// batches pulled; on simulated logs of 400 to 1000 cards the polish
	// lowers the log loss by up to 0.5 %. A log of one batch is trained as
	// fsrs-rs does, exactly; 0 turns the polish off.
	Polish     int
	PolishRate float64

	// Progress, if not nil, is called after each training step with the
	// steps done and the total.
	Progress func(done, total int)
}

// DefaultOptions returns fsrs-rs's training configuration (5 epochs, batch
// 512, learning rate 0.04, gamma 1, histories up to 256 reviews, seed 2023)
// and a polish of 10 steps at 0.01.
func DefaultOptions() Options {
	return Options{Epochs: 5, BatchSize: 512, LearningRate: 0.04, Gamma: 1, MaxSeqLen: 256, Seed: 2023,
		Polish: 10, PolishRate: 0.01}
}

// Stage says how far a fit went.
type Stage string

const (
	StageInitial Stage = "initial" // only w0..w3 fitted: fewer than FullItems items
	StageFull    Stage = "full"    // all 21 weights fitted
)

// Result is a fit's outcome.
type Result struct {
	W     [21]float64
	Stage Stage
	// TrainItems are the items left after the outlier filter; InitCards the
	// cards the initial stabilities were pre-trained on.
	TrainItems int
	InitCards  int
	Steps      int // Adam steps taken
}

// paramsStddev scales fsrs-rs's L2 pull per weight (training.rs).
var paramsStddev = [21]float64{
	6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
	1.03, 0.31, 0.32, 0.14, 0.27,
}

// NotEnoughError tells how many usable reviews a log has and how many are
// needed; it matches ErrNotEnoughData.
type NotEnoughError struct {
	Reviews int // in the log
	Items   int // reviews on a later day than the card's previous one
	Kept    int // items left after the outlier filter
	Need    int
}

func (e *NotEnoughError) Error() string {
	return fmt.Sprintf("%d reviews, %d of them on a later day than the card's previous one, %d left after the outlier filter; at least %d are needed",
		e.Reviews, e.Items, e.Kept, e.Need)
}

func (e *NotEnoughError) Is(target error) bool { return target == ErrNotEnoughData }

// Hint says what gives the fit enough data.
func (e *NotEnoughError) Hint() string {
	return "review more (a card counts once it comes back on a later day; fsrs-rs also leaves out first answers seen on fewer than 20 cards)"
}

// Fit fits FSRS-6 weights to d as fsrs-rs's compute_parameters does (short-
// term memory on, one relearning step), starting from the FSRS-6 defaults.
// It fails with an error matching ErrNotEnoughData when there are fewer than
// MinItems usable items or no card reviewed again on a later day.
func Fit(d *Data, opt Options) (Result, error) {
	keep, initCards := d.outliers()
	// The training set: the items of kept cards, in time order (the
	// recency weights follow it).
	train := make([]int32, 0, len(d.items))
	for i, it := range d.items {
		if keep[it.card] {
			train = append(train, int32(i))
		}
	}
	pass := 0
	for _, i := range train {
		it := d.items[i]
		if d.cards[it.card].rating[it.pos] > 1 {
			pass++
		}
	}
	res := Result{W: srsDefault, TrainItems: len(train), InitCards: len(initCards)}
	if len(train) < MinItems {
		return res, &NotEnoughError{Reviews: d.reviews, Items: len(d.items), Kept: len(train), Need: MinItems}
	}
	averageRecall := float64(pass) / float64(len(train))
	s0, count, err := d.initialStability(initCards, averageRecall)
	if err != nil {
		return res, &NotEnoughError{Reviews: d.reviews, Items: len(d.items), Kept: 0, Need: MinItems}
	}
	init := srsDefault
	copy(init[:4], s0[:])
	res.W, res.Stage = init, StageInitial
	if len(train) == len(initCards) || len(train) < FullItems {
		return res, nil
	}

	w, steps := d.train(train, init, opt)
	st := map[int]float64{1: w[0], 2: w[1], 3: w[2], 4: w[3]}
	s0, err = smoothAndFill(st, count)
	if err != nil {
		return res, err
	}
	copy(w[:4], s0[:])
	for _, v := range w {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return res, fmt.Errorf("fit: training diverged")
		}
	}
	res.W, res.Stage, res.Steps = w, StageFull, steps
	return res, nil
}

// cardBatch is the part of one card a batch trains on: its items' weights
// by position, up to its last item.
type cardBatch struct {
	card   int32
	weight []float64 // by position; 0 where no item
}

// train runs Adam over the training items from w0 and returns the weights
// of the epoch with the lowest training loss.
//
// Like fsrs-rs's card-windowed batches, a batch holds whole cards (every
// training item of each), about BatchSize items, so that one pass over a
// card's history yields all its predictions and their gradients.
func (d *Data) train(train []int32, w0 [21]float64, opt Options) ([21]float64, int) {
	n := len(train)
	// recency weights in time order, then histories too long left out
	perCard := map[int32]*cardBatch{}
	var order []int32
	total := 0
	for i, ii := range train {
		it := d.items[ii]
		if int(it.pos)+1 > opt.MaxSeqLen {
			continue
		}
		cb := perCard[it.card]
		if cb == nil {
			cb = &cardBatch{card: it.card}
			perCard[it.card] = cb
			order = append(order, it.card)
		}
		if len(cb.weight) < int(it.pos)+1 {
			cb.weight = slices.Grow(cb.weight, int(it.pos)+1-len(cb.weight))[:it.pos+1]
		}
		cb.weight[it.pos] = recency(i, n)
		total++
	}
	if total == 0 {
		return w0, 0
	}
	// Cards in a seeded random order, packed into batches. fsrs-rs sorts
	// them by history length first (and 6.5.0 its items by length): each
	// batch is then one kind of card, new ones or old ones, and each step
	// pulls the weights toward that kind. On simulated logs of 1000 cards ×
	// 365 days that left the fit worse than the defaults, on its own
	// objective too; random batches fit better (shared_a: log loss 0.30979,
	// fsrs-rs 0.31038). A log of one batch is trained exactly as fsrs-rs
	// does.
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(d.cards[a].id, d.cards[b].id) })
	shuffle := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	shuffle.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	var batches [][]*cardBatch
	var cur []*cardBatch
	inCur := 0
	for _, ci := range order {
		cb := perCard[ci]
		k := 0
		for _, q := range cb.weight {
			if q > 0 {
				k++
			}
		}
		if len(cur) > 0 && inCur+k > opt.BatchSize {
			batches = append(batches, cur)
			cur, inCur = nil, 0
		}
		cur = append(cur, cb)
		inCur += k
	}
	batches = append(batches, cur)
	sizes := make([]int, len(batches))
	for bi, b := range batches {
		for _, cb := range b {
			for _, q := range cb.weight {
				if q > 0 {
					sizes[bi]++
				}
			}
		}
	}

	iterations := (total/opt.BatchSize + 1) * opt.Epochs
	stepsTotal := len(batches) * opt.Epochs
	if len(batches) > 1 {
		stepsTotal += opt.Polish
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	w := w0
	var adam adam
	best, bestLoss := w0, math.Inf(1)
	step := 0
	perm := make([]int, len(batches))
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		for i := range perm {
			perm[i] = i
		}
		rng.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		for _, bi := range perm {
			step++
			lr := opt.LearningRate * (1 + math.Cos(math.Pi*float64(step-1)/float64(iterations))) / 2
			g := d.batchGrad(newModel(w), batches[bi])
			scale := opt.Gamma * float64(sizes[bi]) / float64(total)
			for i := range g {
				g[i] += 2 * (w[i] - w0[i]) / (paramsStddev[i] * paramsStddev[i]) * scale
			}
			adam.step(&w, &g, lr)
			w = clip(w)
			if opt.Progress != nil {
				opt.Progress(step, stepsTotal)
			}
		}
		loss := d.loss(newModel(w), batches)
		for i := range w {
			dw := w[i] - w0[i]
			loss += opt.Gamma * dw * dw / (paramsStddev[i] * paramsStddev[i])
		}
		if loss < bestLoss {
			best, bestLoss = w, loss
		}
	}
	if opt.Polish > 0 && len(batches) > 1 {
		w, loss := d.polish(batches, best, w0, opt, func() {
			step++
			if opt.Progress != nil {
				opt.Progress(step, stepsTotal)
			}
		})
		if loss < bestLoss {
			best = w
		}
	}
	return best, step
}

// polish takes opt.Polish full-batch Adam steps on the training loss from
// w, calling tick after each, and returns the weights of lowest loss met
// (w included) and that loss.
func (d *Data) polish(batches [][]*cardBatch, w, w0 [21]float64, opt Options, tick func()) ([21]float64, float64) {
	var all []*cardBatch
	for _, b := range batches {
		all = append(all, b...)
	}
	var a adam
	best, bestLoss := w, math.Inf(1)
	for k := 0; k <= opt.Polish; k++ {
		m := newModel(w)
		g, loss := d.batchGradLoss(m, all)
		for i := range w {
			dw := w[i] - w0[i]
			s2 := paramsStddev[i] * paramsStddev[i]
			loss += opt.Gamma * dw * dw / s2
			g[i] += 2 * opt.Gamma * dw / s2
		}
		if loss < bestLoss {
			best, bestLoss = w, loss
		}
		if k == opt.Polish {
			break
		}
		lr := opt.PolishRate * (1 + math.Cos(math.Pi*float64(k)/float64(opt.Polish))) / 2
		a.step(&w, &g, lr)
		w = clip(w)
		tick()
	}
	return best, bestLoss
}

// chunks is the number of parts a batch's cards are split into, to be
// worked on in parallel. Fixed, whatever the number of cores, so that the
// partial sums, added in order, give the same weights everywhere.
const chunks = 4

// batchGrad returns the gradient of the weighted log loss of a batch.
func (d *Data) batchGrad(m *model, batch []*cardBatch) [21]float64 {
	var parts [chunks][21]float64
	parallel(len(batch), func(c, lo, hi int) {
		for _, cb := range batch[lo:hi] {
			d.cardGrad(m, cb, &parts[c])
		}
	})
	var g [21]float64
	for c := range parts {
		for i := range g {
			g[i] += parts[c][i]
		}
	}
	return g
}

// batchGradLoss returns the gradient and the weighted log loss of cards.
func (d *Data) batchGradLoss(m *model, batch []*cardBatch) ([21]float64, float64) {
	var parts [chunks][21]float64
	var losses [chunks]float64
	parallel(len(batch), func(c, lo, hi int) {
		for _, cb := range batch[lo:hi] {
			losses[c] += d.cardGrad(m, cb, &parts[c])
		}
	})
	var g [21]float64
	var l float64
	for c := range parts {
		l += losses[c]
		for i := range g {
			g[i] += parts[c][i]
		}
	}
	return g, l
}

// loss returns the weighted log loss of all batches.
func (d *Data) loss(m *model, batches [][]*cardBatch) float64 {
	var all []*cardBatch
	for _, b := range batches {
		all = append(all, b...)
	}
	var parts [chunks]float64
	parallel(len(all), func(c, lo, hi int) {
		for _, cb := range all[lo:hi] {
			parts[c] += d.cardLoss(m, cb)
		}
	})
	var l float64
	for _, p := range parts {
		l += p
	}
	return l
}

// parallel splits [0, n) into chunks parts and runs fn on each, on up to
// GOMAXPROCS goroutines; small n runs inline.
func parallel(n int, fn func(c, lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), chunks)
	if n < 64 || workers == 1 {
		for c := range chunks {
			fn(c, c*n/chunks, (c+1)*n/chunks)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int, chunks)
	for c := range chunks {
		next <- c
	}
	close(next)
	for range workers {
		wg.Go(func() {
			for c := range next {
				fn(c, c*n/chunks, (c+1)*n/chunks)
			}
		})
	}
	wg.Wait()
}

// cardLoss is the weighted log loss of one card's training items.
func (d *Data) cardLoss(m *model, cb *cardBatch) float64 {
	c := &d.cards[cb.card]
	s, dd := m.init(int(c.rating[0]))
	var loss float64
	for j := 1; j < len(cb.weight); j++ {
		t := float64(c.dt[j])
		if q := cb.weight[j]; q > 0 {
			loss += q * bce(m.retrievability(t, s), c.rating[j] > 1)
		}
		if j+1 < len(cb.weight) {
			s, dd = m.step(s, dd, t, int(c.rating[j]))
		}
	}
	return loss
}

// cardGrad adds the gradient of one card's weighted log loss to g, and
// returns the loss.
func (d *Data) cardGrad(m *model, cb *cardBatch, g *[21]float64) (loss float64) {
	c := &d.cards[cb.card]
	var gs, gd grad
	s, dd := m.initGrad(int(c.rating[0]), &gs, &gd)
	for j := 1; j < len(cb.weight); j++ {
		t := float64(c.dt[j])
		if q := cb.weight[j]; q > 0 {
			r, rS, rW20 := m.rGrad(t, s)
			r = clampF(r, 1e-12, 1-1e-12)
			var dl float64 // d loss / d r
			if c.rating[j] > 1 {
				dl = -q / r
				loss -= q * math.Log(r)
			} else {
				dl = q / (1 - r)
				loss -= q * math.Log(1-r)
			}
			k := dl * rS
			for i := range g {
				g[i] += k * gs[i]
			}
			g[20] += dl * rW20
		}
		if j+1 < len(cb.weight) {
			s, dd = m.stepGrad(s, dd, t, int(c.rating[j]), &gs, &gd)
		}
	}
	return loss
}

// adam is Adam with fsrs-rs's constants.
type adam struct {
	m, v [21]float64
	t    int
}

func (a *adam) step(w, g *[21]float64, lr float64) {
	const b1, b2, eps = 0.9, 0.999, 1e-8
	a.t++
	c1 := 1 - math.Pow(b1, float64(a.t))
	c2 := 1 - math.Pow(b2, float64(a.t))
	for i := range w {
		a.m[i] = b1*a.m[i] + (1-b1)*g[i]
		a.v[i] = b2*a.v[i] + (1-b2)*g[i]*g[i]
		w[i] -= lr * (a.m[i] / c1) / (math.Sqrt(a.v[i]/c2) + eps)
	}
}
