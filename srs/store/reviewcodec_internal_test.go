package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

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
	for range 4 {
		l := randomReview(r)
		raw, _ := encodeReview(&l)
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) == 0 || raw[0] != reviewBinary {
			sameAsJSON(t, raw)
			return
		}
		// A binary record decodes or fails; what decodes is a review
		// that encodes and decodes to itself.
		var l, again srs.ReviewLog
		if err := decodeReview(raw, &l); err != nil {
			return
		}
		b, err := encodeReview(&l)
		if err != nil {
			return // a value JSON refuses: NaN, a far year
		}
		if err := decodeReview(b, &again); err != nil || !reflect.DeepEqual(again, l) {
			t.Fatalf("%x decodes to %+v, encoded again to %+v (%v)", raw, l, again, err)
		}
	})
}

// TestBinaryReview: a review stored in binary decodes to what it decoded
// to stored as JSON; one whose JSON would not give it back alike is
// stored as JSON, and one JSON refuses fails as json.Marshal did.
func TestBinaryReview(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	zones := []*time.Location{time.Local, time.UTC, time.FixedZone("X", 0), time.FixedZone("", 5*3600+45*60),
		time.FixedZone("", -(23*3600 + 59*60))}
	var sizes int
	for n := range 3000 {
		l := randomReview(r)
		if z := zones[r.IntN(len(zones))]; n%2 == 0 {
			// (A zero time stays UTC: in time.Local it may take a
			// zone's local mean time, whose offset is not whole minutes.)
			for _, t := range []*time.Time{&l.Time, &l.After.Due} {
				if !t.IsZero() {
					*t = t.In(z)
				}
			}
		}
		raw, err := encodeReview(&l)
		if err != nil {
			t.Fatal(err)
		}
		if raw[0] != reviewBinary {
			t.Fatalf("%+v stored as %s", l, raw)
		}
		sizes += len(raw)
		js, _ := json.Marshal(l)
		var got, want srs.ReviewLog
		if err := decodeReview(raw, &got); err != nil {
			t.Fatal(err)
		}
		if err := decodeReview(js, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("binary:\n%+v\nJSON:\n%+v", got, want)
		}
	}
	if avg := sizes / 3000; avg > 140 {
		t.Errorf("binary records of %d bytes on average", avg)
	}

	// Stored as JSON, as before.
	var odd srs.ReviewLog
	odd.Time = time.Unix(1e9, 0).In(time.FixedZone("LMT", 3600+30)) // JSON drops the 30 s
	for _, l := range []srs.ReviewLog{odd, {Retrievability: math.NaN()}, {Before: srs.Card{Stability: math.Inf(1)}},
		{Time: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}, {Time: time.Unix(0, 0).In(time.FixedZone("", 24*3600))}} {
		raw, err := encodeReview(&l)
		js, jerr := json.Marshal(l)
		if !bytes.Equal(raw, js) || fmt.Sprint(err) != fmt.Sprint(jerr) {
			t.Errorf("%+v: stored as %s (%v), want %s (%v)", l, raw, err, js, jerr)
		}
	}

	// A damaged binary record fails.
	l := randomReview(r)
	raw, _ := encodeReview(&l)
	for _, bad := range [][]byte{raw[:1], raw[:len(raw)-1], append(bytes.Clone(raw), 0)} {
		var got srs.ReviewLog
		if err := decodeReview(bad, &got); !errors.Is(err, errReviewRecord) || !reflect.DeepEqual(got, srs.ReviewLog{}) {
			t.Errorf("%x: %+v, %v", bad, got, err)
		}
	}
}

// TestMigrateBinaryReviews: a schema-11 collection's JSON review log is
// rewritten in binary when it is opened, every record decoding to what it
// did (an older, shorter record; a time whose offset JSON cut to whole
// minutes, which it decodes to); a damaged one stays as it was.
func TestMigrateBinaryReviews(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(11, 12))
	old := map[string][]byte{}
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		rb := tx.Bucket(bucketReviews)
		for i := range 10000 { // more than one batch of the migration
			l := randomReview(r)
			raw, _ := json.Marshal(l)
			switch i {
			case 7:
				l.Time = time.Unix(1e9, 0).In(time.FixedZone("LMT", 3600+30))
				raw, _ = json.Marshal(l)
			case 8:
				raw = []byte(`{"Time":"2025-12-05T09:00:16Z","Grade":3}`) // an older, shorter record
			case 9:
				raw = []byte(`{"Time":`) // damaged
			}
			key := ReviewID{Time: time.Unix(int64(i), 0), Card: CardKey{Word: fmt.Sprintf("词%d ci2", i%50)}}.bytes()
			old[string(key)] = raw
			if err := rb.Put(key, raw); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keyVersion, u64(11))
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(path, nil); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	binaries := 0
	db.bolt.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketReviews).ForEach(func(k, v []byte) error {
			was, ok := old[string(k)]
			if !ok {
				t.Fatalf("review %x appeared", k)
			}
			delete(old, string(k))
			if v[0] == reviewBinary {
				binaries++
			} else if !bytes.Equal(v, was) {
				t.Errorf("%x: %s, was %s", k, v, was)
			}
			var got, want srs.ReviewLog
			gotErr, wantErr := decodeReview(v, &got), decodeReview(was, &want)
			if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || !reflect.DeepEqual(got, want) {
				t.Fatalf("%x: %+v (%v), was %+v (%v)", k, got, gotErr, want, wantErr)
			}
			return nil
		})
	})
	if len(old) > 0 || binaries != 10000-1 {
		t.Errorf("%d reviews lost, %d of 10,000 in binary (want all but the damaged one)", len(old), binaries)
	}
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
