package srs_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"cika/srs"
)

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*srs.Parameters)
		want string // "" for valid; else every line of the error
	}{
		{"defaults", func(*srs.Parameters) {}, ""},
		{"w7 too high", func(p *srs.Parameters) { p.W[7] = 0.9 }, "w7 = 0.9 out of range [0.001, 0.75]"},
		{"w0 too low", func(p *srs.Parameters) { p.W[0] = 0 }, "w0 = 0 out of range [0.001, 100]"},
		{"w4 too high", func(p *srs.Parameters) { p.W[4] = 10.5 }, "w4 = 10.5 out of range [1, 10]"},
		{"w20 NaN", func(p *srs.Parameters) { p.W[20] = math.NaN() }, "w20 = NaN out of range [0.1, 0.8]"},
		{"w16 infinite", func(p *srs.Parameters) { p.W[16] = math.Inf(1) }, "w16 = +Inf out of range [1, 6]"},
		{"w19 small with short-term", func(p *srs.Parameters) { p.W[19] = 0.005 }, "w19 = 0.005 out of range [0.01, 0.8]"},
		{"w19 small, long-term", func(p *srs.Parameters) { p.W[19] = 0.005; p.ShortTerm = false }, ""},
		{"w19 zero (FSRS-5) with short-term", func(p *srs.Parameters) { p.W[19] = 0 }, ""},
		{"bounds inclusive", func(p *srs.Parameters) { p.W[7] = 0.75; p.W[8] = 0; p.W[16] = 6 }, ""},
		{"several", func(p *srs.Parameters) { p.W[1] = -1; p.W[12] = 0.3 },
			"w1 = -1 out of range [0.001, 100]\nw12 = 0.3 out of range [0.001, 0.25]"},
		{"retention 0", func(p *srs.Parameters) { p.DesiredRetention = 0 }, "desired retention = 0 out of range (0, 1]"},
		{"retention 1.2", func(p *srs.Parameters) { p.DesiredRetention = 1.2 }, "desired retention = 1.2 out of range (0, 1]"},
		{"maximum interval 0", func(p *srs.Parameters) { p.MaximumInterval = 0 }, "maximum interval = 0 days, want at least 1"},
		{"step of seconds", func(p *srs.Parameters) { p.LearningSteps = []time.Duration{30 * time.Second} },
			"learning step 1 = 30s, want whole minutes, at least 1m"},
		{"negative relearning step", func(p *srs.Parameters) { p.RelearningSteps = []time.Duration{10 * time.Minute, -time.Minute} },
			"relearning step 2 = -1m0s, want whole minutes, at least 1m"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := srs.DefaultParameters()
			tc.edit(&p)
			err := p.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case tc.want != "" && (err == nil || err.Error() != tc.want):
				t.Errorf("Validate() = %v, want %q", err, tc.want)
			}
			_, nerr := srs.NewScheduler(p, nil)
			if (nerr == nil) != (tc.want == "") || (nerr != nil && !strings.HasPrefix(nerr.Error(), "fsrs parameters: ")) {
				t.Errorf("NewScheduler error = %v", nerr)
			}
		})
	}
}

func TestConvertWeights(t *testing.T) {
	fsrs5 := srs.DefaultWeights[:19]
	fsrs45 := []float64{0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367,
		1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755}
	for _, tc := range []struct {
		name string
		in   []float64
		want []float64 // nil: error
		err  string
	}{
		{"21 as they are", srs.DefaultWeights[:], srs.DefaultWeights[:], ""},
		{"19: w19 = 0, w20 = 0.5", fsrs5, append(append([]float64(nil), fsrs5...), 0, 0.5), ""},
		{"17: w4, w5, w6 converted", fsrs45, []float64{0.4872, 1.4003, 3.7145, 13.8206,
			7.6214, 0.5151015475014994, 1.3975, // 5.1618+2*1.2298, ln(3*1.2298+1)/3, 0.8975+0.5
			0.031, 1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755, 0, 0, 0, 0.5}, ""},
		{"18", make([]float64, 18), nil, "18 weights, want 21 (FSRS-6), 19 (FSRS-5) or 17 (FSRS-4.5)"},
		{"none", nil, nil, "0 weights, want 21 (FSRS-6), 19 (FSRS-5) or 17 (FSRS-4.5)"},
		{"NaN", append(append([]float64(nil), fsrs5[:3]...), math.NaN()), nil, "w3 = NaN is not a number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := srs.ConvertWeights(tc.in)
			if tc.want == nil {
				if err == nil || err.Error() != tc.err {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				if !relClose(got[i], tc.want[i], 1e-12) && got[i] != tc.want[i] {
					t.Errorf("w%d = %v, want %v", i, got[i], tc.want[i])
				}
			}
			// Converted sets are valid, with short-term on or off.
			for _, st := range []bool{true, false} {
				p := srs.DefaultParameters()
				p.W, p.ShortTerm = got, st
				if err := p.Validate(); err != nil {
					t.Errorf("converted set, short-term %v: %v", st, err)
				}
			}
		})
	}
}

func TestClipWeights(t *testing.T) {
	w := srs.DefaultWeights
	w[0], w[7], w[19], w[20] = -3, 2, 0, math.NaN()
	got := srs.ClipWeights(w, true)
	if got[0] != 0.001 || got[7] != 0.75 || got[19] != 0.01 || got[20] != 0.1 || got[1] != w[1] {
		t.Errorf("ClipWeights = %v", got)
	}
	if got := srs.ClipWeights(w, false); got[19] != 0 {
		t.Errorf("long-term w19 = %v, want 0", got[19])
	}
}

func TestParseSteps(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []time.Duration
		err  string
	}{
		{"", []time.Duration{}, ""},
		{"1m 10m", []time.Duration{time.Minute, 10 * time.Minute}, ""},
		{"10m,1h, 1d", []time.Duration{10 * time.Minute, time.Hour, 24 * time.Hour}, ""},
		{"1.5d", []time.Duration{36 * time.Hour}, ""},
		{"1h30m", []time.Duration{90 * time.Minute}, ""},
		{"10", nil, `step "10": want a number of m, h or d`},
		{"xd", nil, `step "xd": want a number of m, h or d`},
		{"-1d", nil, `step "-1d": want a number of m, h or d`},
	} {
		got, err := srs.ParseSteps(tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("ParseSteps(%q) error = %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || len(got) != len(tc.want) {
			t.Errorf("ParseSteps(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("ParseSteps(%q) = %v, want %v", tc.in, got, tc.want)
			}
		}
	}
}

func TestSchedulerKeepsItsParameters(t *testing.T) {
	p := srs.DefaultParameters()
	s := mustScheduler(t, p, nil)
	p.LearningSteps[0] = time.Hour // the caller's slice, changed afterwards
	s.Parameters().LearningSteps[1] = time.Hour
	if got := s.Parameters().LearningSteps; got[0] != time.Minute || got[1] != 10*time.Minute {
		t.Errorf("steps changed under the scheduler: %v", got)
	}
}
