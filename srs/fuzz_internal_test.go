package srs

import "testing"

func TestFuzzRange(t *testing.T) {
	for _, tc := range []struct {
		ivl              float64
		elapsed, maximum int
		lo, hi           int
	}{
		{3, 0, 36500, 2, 4},      // delta 1.075
		{7, 0, 36500, 5, 9},      // delta 1.675
		{20, 0, 36500, 17, 23},   // delta 2.975
		{32, 10, 36500, 28, 36},  // delta 3.575
		{100, 0, 36500, 93, 107}, // delta 6.975
		{10, 9, 36500, 10, 12},   // lower bound raised to elapsed+1
		{10, 20, 36500, 8, 12},   // not raised when the interval is shorter than elapsed
		{100, 0, 100, 93, 100},   // upper bound capped at the maximum
		{36500, 40000, 36500, 34673, 36500},
		{3, 5, 3, 2, 3}, // never past the maximum, lo <= hi
	} {
		lo, hi := fuzzRange(tc.ivl, tc.elapsed, tc.maximum)
		if lo != tc.lo || hi != tc.hi {
			t.Errorf("fuzzRange(%v, %d, %d) = [%d, %d], want [%d, %d]", tc.ivl, tc.elapsed, tc.maximum, lo, hi, tc.lo, tc.hi)
		}
	}
}

func TestFuzzFactorRange(t *testing.T) {
	c := Card{Stability: 3.5, Difficulty: 5}
	for seed := range uint64(10000) {
		c.Seed = seed
		if u := fuzzFactor(c); u < 0 || u >= 1 {
			t.Fatalf("fuzzFactor = %v, want [0, 1)", u)
		}
	}
}
