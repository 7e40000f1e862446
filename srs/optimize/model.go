package optimize

import (
	"math"

	"cika/srs"
)

// The memory model below is fsrs-rs's (forward_reviews), which the optimizer
// trains and Anki evaluates with. It differs from srs.Scheduler in one place:
// a first answer's stability is w[G-1] clamped to [0.001, 36500], without
// the scheduler's 0.1 floor. It is written out here rather than borrowed from
// srs because training needs the derivative of every update with respect to
// every weight, carried along each card's history (forward-mode).

const (
	sMin = 0.001
	sMax = 36500.0
	nw   = 21
)

// model holds the weights and what is derived from them once.
type model struct {
	w       [nw]float64
	factor  float64 // R = (1 + factor*t/S)^(-w20)
	dFactor float64 // d factor / d w20
	d04     float64 // D0(Easy), unclamped: the mean-reversion target
	expW8   float64
	sameDay [5]float64 // e^(w17*(G-3+w18)) by grade
	forget  float64    // e^(w17*w18)
}

func newModel(w [nw]float64) *model {
	m := &model{w: w}
	m.factor = math.Pow(0.9, -1/w[20]) - 1
	m.dFactor = (m.factor + 1) * math.Log(0.9) / (w[20] * w[20])
	m.d04 = w[4] - math.Exp(3*w[5]) + 1
	m.expW8 = math.Exp(w[8])
	for g := 1; g <= 4; g++ {
		m.sameDay[g] = math.Exp(w[17] * (float64(g) - 3 + w[18]))
	}
	m.forget = math.Exp(w[17] * w[18])
	return m
}

// clip moves w into fsrs-rs's bounds, as FSRS::new and every training step
// do. fsrs-rs lets w19 go down to 0, the scheduler's short-term-off bounds.
func clip(w [nw]float64) [nw]float64 { return srs.ClipWeights(w, false) }

// retrievability is R(t, S).
//
// Powers are written exp(y*log(x)) throughout (x > 0 everywhere here): the
// logarithms are needed for the derivatives anyway, and math.Pow took half
// of a fit's time.
func (m *model) retrievability(t, s float64) float64 {
	return math.Exp(-m.w[20] * math.Log1p(m.factor*t/s))
}

// init returns the memory state after a first answer g.
func (m *model) init(g int) (s, d float64) {
	s = clampF(m.w[g-1], sMin, sMax)
	d = clampF(m.w[4]-math.Exp(m.w[5]*float64(g-1))+1, 1, 10)
	return s, d
}

// step returns the memory state after answering g, t days after the
// previous review, from state (s, d).
func (m *model) step(s, d float64, t float64, g int) (float64, float64) {
	w := &m.w
	var ns float64
	switch {
	case t == 0:
		inc := m.sameDay[g] * math.Exp(-w[19]*math.Log(s))
		if g >= 2 {
			inc = max(inc, 1)
		}
		ns = s * inc
	case g == 1:
		r := m.retrievability(t, s)
		sf := w[11] * math.Exp(-w[12]*math.Log(d)) * math.Expm1(w[13]*math.Log1p(s)) * math.Exp(w[14]*(1-r))
		ns = min(sf, s/m.forget)
	default:
		r := m.retrievability(t, s)
		a := m.expW8 * (11 - d) * math.Exp(-w[9]*math.Log(s)) * math.Expm1(w[10]*(1-r))
		if g == 2 {
			a *= w[15]
		} else if g == 4 {
			a *= w[16]
		}
		ns = s * (1 + a)
	}
	dp := d + (10-d)*(-w[6]*float64(g-3))/9
	nd := clampF(w[7]*(m.d04-dp)+dp, 1, 10)
	return clampF(ns, sMin, sMax), nd
}

func clampF(x, lo, hi float64) float64 { return min(max(x, lo), hi) }

// grad is the derivative of a state variable with respect to the weights.
type grad [nw]float64

// initGrad is init with the derivatives of s and d.
func (m *model) initGrad(g int, gs, gd *grad) (s, d float64) {
	*gs, *gd = grad{}, grad{}
	raw := m.w[g-1]
	s = clampF(raw, sMin, sMax)
	if s == raw {
		gs[g-1] = 1
	}
	e := math.Exp(m.w[5] * float64(g-1))
	rawD := m.w[4] - e + 1
	d = clampF(rawD, 1, 10)
	if d == rawD {
		gd[4] = 1
		gd[5] = -float64(g-1) * e
	}
	return s, d
}

// rGrad returns R(t, s) and its partial derivatives in s and w20.
func (m *model) rGrad(t, s float64) (r, dS, dW20 float64) {
	w20 := m.w[20]
	x := m.factor * t / s
	lb := math.Log1p(x) // log(base), base = 1 + x
	r = math.Exp(-w20 * lb)
	base := 1 + x
	dS = w20 * r / base * m.factor * t / (s * s)
	dW20 = -r*lb - w20*r/base*(t/s)*m.dFactor
	return r, dS, dW20
}

// stepGrad is step carrying the derivatives: gs and gd hold d s/d w and
// d d/d w before the call and after it.
func (m *model) stepGrad(s, d, t float64, g int, gs, gd *grad) (float64, float64) {
	w := &m.w
	var ns float64
	// ns = aS*s + aD*d (linearised) + direct partials in w
	var aS, aD float64
	var direct grad
	switch {
	case t == 0:
		ls := math.Log(s)
		inc := m.sameDay[g] * math.Exp(-w[19]*ls)
		if g >= 2 && inc < 1 {
			ns = s
			aS = 1
		} else {
			ns = s * inc
			aS = (1 - w[19]) * ns / s
			direct[17] = ns * (float64(g) - 3 + w[18])
			direct[18] = ns * w[17]
			direct[19] = -ns * ls
		}
	case g == 1:
		r, rS, rW20 := m.rGrad(t, s)
		ld, ls1 := math.Log(d), math.Log1p(s)
		dpow := math.Exp(-w[12] * ld)
		sp1 := math.Expm1(w[13] * ls1) // (s+1)^w13 - 1
		sp := sp1 + 1
		ex := math.Exp(w[14] * (1 - r))
		sf := w[11] * dpow * sp1 * ex
		smin := s / m.forget
		if smin < sf {
			ns = smin
			aS = 1 / m.forget
			direct[17] = -smin * w[18]
			direct[18] = -smin * w[17]
		} else {
			ns = sf
			dR := -w[14] * sf // d sf / d r
			aS = w[11]*dpow*ex*w[13]*sp/(s+1) + dR*rS
			aD = -w[12] * sf / d
			direct[11] = dpow * sp1 * ex
			direct[12] = -sf * ld
			direct[13] = w[11] * dpow * ex * sp * ls1
			direct[14] = sf * (1 - r)
			direct[20] = dR * rW20
		}
	default:
		r, rS, rW20 := m.rGrad(t, s)
		ls := math.Log(s)
		spow := math.Exp(-w[9] * ls)
		em1 := math.Expm1(w[10] * (1 - r)) // ex - 1
		ex := em1 + 1
		k := m.expW8 * (11 - d) * spow // a = k*(ex-1)*hb
		hb := 1.0
		if g == 2 {
			hb = w[15]
		} else if g == 4 {
			hb = w[16]
		}
		a := k * em1 * hb
		ns = s * (1 + a)
		dA_dR := -k * ex * w[10] * hb
		aS = 1 + a - w[9]*a + s*dA_dR*rS
		aD = -s * m.expW8 * spow * em1 * hb
		direct[8] = s * a
		direct[9] = -s * a * ls
		direct[10] = s * k * ex * (1 - r) * hb
		if g == 2 {
			direct[15] = s * k * em1
		} else if g == 4 {
			direct[16] = s * k * em1
		}
		direct[20] = s * dA_dR * rW20
	}
	// difficulty
	delta := -w[6] * float64(g-3) / 9
	dp := d + (10-d)*delta
	rawD := w[7]*(m.d04-dp) + dp
	nd := clampF(rawD, 1, 10)

	csS := clampF(ns, sMin, sMax)
	if csS != ns {
		*gs = grad{}
	} else {
		for i := range gs {
			gs[i] = aS*gs[i] + aD*gd[i] + direct[i]
		}
	}
	if nd != rawD {
		*gd = grad{}
	} else {
		// rawD = w7*d04 + (1-w7)*dp, dp = d*(1-delta) + 10*delta
		f := (1 - w[7]) * (1 - delta)
		for i := range gd {
			gd[i] *= f
		}
		gd[4] += w[7]
		gd[5] += -w[7] * 3 * math.Exp(3*w[5])
		gd[6] += (1 - w[7]) * (10 - d) * (-float64(g-3) / 9)
		gd[7] += m.d04 - dp
	}
	return csS, nd
}
