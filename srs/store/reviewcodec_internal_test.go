package store

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"cika/srs"
)

// randomReview is a review with values of every kind json.Marshal writes
// differently: zero and far times, offsets, nanoseconds, floats small,
// large and whole, negative counts, large seeds.
func randomReview(r *rand.Rand) srs.ReviewLog {
	zones := []*time.Location{time.UTC, time.FixedZone("", 8*3600), time.FixedZone("", -(3*3600 + 30*60))}
	tm := func() time.Time {
		switch r.IntN(4) {
		case 0:
			return time.Time{}
		case 1:
			return time.Unix(r.Int64N(4e9), 0).UTC()
		default:
			return time.Unix(r.Int64N(4e9)-1e9, r.Int64N(1e9)).In(zones[r.IntN(len(zones))])
		}
	}
	f := func() float64 {
		switch r.IntN(5) {
		case 0:
			return 0
		case 1:
			return float64(r.IntN(100))
		case 2:
			return r.Float64() * 1e-9
		case 3:
			return r.NormFloat64() * 1e25
		default:
			return r.Float64() * 10
		}
	}
	i := func() int { return r.IntN(2000) - 5 }
	card := func() srs.Card {
		return srs.Card{State: srs.State(r.IntN(4)), Stability: f(), Difficulty: f(), Step: i(),
			Due: tm(), LastReview: tm(), ScheduledDays: i(), Reps: i(), Lapses: i(), Seed: r.Uint64() >> r.IntN(64)}
	}
	return srs.ReviewLog{Time: tm(), Grade: srs.Grade(r.IntN(5)), ElapsedDays: i(), ScheduledDays: i(),
		Before: card(), After: card(), Duration: time.Duration(r.Int64N(1e11) - 1e9), Retrievability: f()}
}

// sameAsJSON fails t unless decodeReview gives raw the values and error
// json.Unmarshal gives it.
func sameAsJSON(t *testing.T, raw []byte) {
	t.Helper()
	var want, got srs.ReviewLog
	wantErr := json.Unmarshal(raw, &want)
	gotErr := decodeReview(raw, &got)
	if (gotErr == nil) != (wantErr == nil) || (gotErr != nil && gotErr.Error() != wantErr.Error()) {
		t.Fatalf("%s:\nerror %v, json.Unmarshal's %v", raw, gotErr, wantErr)
	}
	if wantErr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%s:\ngot  %+v\nwant %+v", raw, got, want)
	}
}

// TestDecodeReview: reviews as json.Marshal writes them decode by the fast
// path to what json.Unmarshal gives; every other form, old or broken,
// decodes to json.Unmarshal's values or error.
func TestDecodeReview(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	fast := 0
	for range 2000 {
		raw, err := json.Marshal(randomReview(r))
		if err != nil {
			t.Fatal(err)
		}
		sameAsJSON(t, raw)
		var l srs.ReviewLog
		if p := (reviewParser{s: raw}); p.review(&l) && len(p.s) == 0 {
			fast++
		}
	}
	if fast != 2000 {
		t.Errorf("%d of 2000 reviews as json.Marshal writes them took the fast path", fast)
	}

	base, _ := json.Marshal(randomReview(r))
	variants := [][]byte{
		[]byte(`{"Time":"2025-12-05T09:00:16Z","Grade":3}`),                               // an older, shorter record
		bytes.Replace(base, []byte(`,"Retrievability"`), []byte(`, "Retrievability"`), 1), // a space
		bytes.Replace(base, []byte(`"Grade"`), []byte(`"grade"`), 1),                      // json matches names in any case
		bytes.Replace(base, []byte(`"Grade":`), []byte(`"Grade":300,"X":`), 1),            // overflow, unknown field
		bytes.Replace(base, []byte(`"Step":`), []byte(`"Step":1.5,"Y":`), 1),              // not an integer
		bytes.Replace(base, []byte(`"Stability":`), []byte(`"Stability":+1,"Z":`), 1),
		bytes.Replace(base, []byte(`"Stability":`), []byte(`"Stability":1.,"Z":`), 1),
		bytes.Replace(base, []byte(`"Stability":`), []byte(`"Stability":1e999,"Z":`), 1), // out of range
		bytes.Replace(base, []byte(`"Time":"`), []byte(`"Time":"\u0032`), 1),             // an escape
		bytes.Replace(base, []byte(`"Time":"`), []byte(`"Time":"x`), 1),
		bytes.Replace(base, []byte(`"Due":`), []byte(`"Due":null,"W":`), 1),
		append(bytes.Clone(base), ' '),
		append(bytes.Clone(base), '}'),
		base[:len(base)-1],
		base[:len(base)/2],
		[]byte(strings.Replace(string(base), `"Seed":`, `"Seed":-`, 1)),
		{}, []byte(`null`), []byte(`{}`),
	}
	for _, v := range variants {
		sameAsJSON(t, v)
	}
}

// FuzzDecodeReview: whatever the record, decodeReview agrees with
// json.Unmarshal.
func FuzzDecodeReview(f *testing.F) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 8 {
		raw, _ := json.Marshal(randomReview(r))
		f.Add(raw)
	}
	f.Add([]byte(`{"Time":"0001-01-01T00:00:00Z","Grade":0,"ElapsedDays":-0,"ScheduledDays":0}`))
	f.Fuzz(func(t *testing.T, raw []byte) { sameAsJSON(t, raw) })
}

// TestDecodeReviewFloats: floats at the edges of float64 come back bit for
// bit.
func TestDecodeReviewFloats(t *testing.T) {
	for _, x := range []float64{math.SmallestNonzeroFloat64, math.MaxFloat64, -math.MaxFloat64, 1e21, 1e-7, 0.1 + 0.2, -0.0} {
		raw, err := json.Marshal(srs.ReviewLog{Retrievability: x, Before: srs.Card{Stability: x}})
		if err != nil {
			t.Fatal(err)
		}
		sameAsJSON(t, raw)
	}
}

// BenchmarkDecodeReview decodes one review as stored, by decodeReview and
// by json.Unmarshal, to compare:
//
//	go test ./srs/store -run XXX -bench DecodeReview -benchmem
func BenchmarkDecodeReview(b *testing.B) {
	raw, err := json.Marshal(randomReview(rand.New(rand.NewPCG(3, 4))))
	if err != nil {
		b.Fatal(err)
	}
	var l srs.ReviewLog
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			if err := decodeReview(raw, &l); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			l = srs.ReviewLog{}
			if err := json.Unmarshal(raw, &l); err != nil {
				b.Fatal(err)
			}
		}
	})
}
