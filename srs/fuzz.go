package srs

import "math"

// fuzzRange returns the days an interval of ivl days may be fuzzed to:
// ±1 day, plus 15% of the part between 2.5 and 7 days, 10% of the part
// between 7 and 20 and 5% beyond, never below 2 days nor above maximum, and
// after more than elapsed days when ivl is.
func fuzzRange(ivl float64, elapsed, maximum int) (lo, hi int) {
	delta := 1 +
		0.15*max(min(ivl, 7)-2.5, 0) +
		0.10*max(min(ivl, 20)-7, 0) +
		0.05*max(ivl-20, 0)
	ivl = min(ivl, float64(maximum))
	lo = max(2, int(math.Round(ivl-delta)))
	hi = min(int(math.Round(ivl+delta)), maximum)
	if ivl > float64(elapsed) {
		lo = max(lo, elapsed+1)
	}
	return min(lo, hi), hi
}

// fuzzFactor returns a number in [0, 1) that depends only on the card's seed
// and its state before the answer, so that the same answer to the same card
// always gets the same fuzz, and all grades of one answer share it.
func fuzzFactor(c Card) float64 {
	h := splitmix(c.Seed)
	h = splitmix(h ^ uint64(c.Reps))
	h = splitmix(h ^ math.Float64bits(c.Stability))
	h = splitmix(h ^ math.Float64bits(c.Difficulty))
	return float64(h>>11) / (1 << 53)
}

// splitmix is SplitMix64's finaliser (Steele, Lea, Flood 2014).
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}
