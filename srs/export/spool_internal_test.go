package export

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"cika/cards/anki"
	"cika/srs/store/storetest"
)

// spoolSmall makes the spools keep no chunk in memory but the one being
// filled, chunks of the given size, until the test ends.
func spoolSmall(t *testing.T, chunk int) {
	chunkWas, memoryWas := spoolChunk, spoolMemory
	spoolChunk, spoolMemory = chunk, 0
	t.Cleanup(func() { spoolChunk, spoolMemory = chunkWas, memoryWas })
}

// Records spilled to the spool's file read back as they were written, the
// ones still in memory too, one longer than a chunk included.
func TestSpoolSpills(t *testing.T) {
	spoolSmall(t, 4096)
	r := rand.New(rand.NewPCG(3, 4))
	ns := notes{spools: []*spool{{spills: true}, {spills: true}}}
	var want [][]byte
	var recs []record
	for i := range 500 {
		b := make([]byte, 1+r.IntN(600))
		if i == 250 {
			b = make([]byte, 3*spoolChunk)
		}
		for k := range b {
			b[k] = byte(r.IntN(256))
		}
		sp := i % 2
		recs = append(recs, ns.spools[sp].add(sp, b))
		want = append(want, b)
	}
	for k, s := range ns.spools {
		if s.f == nil || s.chunks[0] != nil || s.chunks[len(s.chunks)-1] == nil {
			t.Fatalf("spool %d: file %v, first chunk in memory %v, last %v", k, s.f != nil, s.chunks[0] != nil, s.chunks[len(s.chunks)-1] != nil)
		}
		if _, err := os.Stat(s.f.Name()); err == nil {
			t.Errorf("spool %d: %s is still there while open", k, s.f.Name())
		}
	}
	for i, rec := range recs {
		got, err := ns.bytes(rec)
		if err != nil || !bytes.Equal(got, want[i]) {
			t.Fatalf("record %d (%+v): %d bytes, %v; want %d bytes", i, rec, len(got), err, len(want[i]))
		}
	}
	if err := ns.close(); err != nil {
		t.Fatal(err)
	}
	for k, s := range ns.spools {
		if s.f != nil {
			t.Errorf("spool %d: file still open", k)
		}
	}
}

// An export whose notes all went to the spool's file gives the same notes,
// and the same package, as one kept in memory.
func TestReadSpilled(t *testing.T) {
	db := storetest.Open(t)
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	storetest.Mine(t, db, "a.tsv", "我们去银行。\tWe go to the bank.\n谢谢你。\tThank you.\n这是银行。\tThis is the bank.\n", at)
	now := at.Add(24 * time.Hour)
	dir := t.TempDir()
	write := func(name string) ([]byte, *Export) {
		x, err := Read(db, Options{WithProgress: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { x.Close() })
		p := filepath.Join(dir, name)
		if err := x.WriteAPKG(p, "", now); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b, x
	}
	inMemory, x := write("memory.apkg")
	want := x.Notes()
	spoolSmall(t, 64)
	spilled, y := write("spilled.apkg")
	if y.notes.spools[0].f == nil || y.notes.spools[1].f != nil {
		t.Fatalf("examples spilled %v (want true), word records %v (want false)", y.notes.spools[0].f != nil, y.notes.spools[1].f != nil)
	}
	if got := y.Notes(); !reflect.DeepEqual(got, want) {
		t.Errorf("spilled notes differ:\n%+v\nwant\n%+v", got, want)
	}
	if !bytes.Equal(spilled, inMemory) {
		t.Error("the package written from spilled notes differs")
	}
}

// A word record decodes to the note encoded, reviews whose Before is the
// After of the one before (one byte) and ones where it is not.
func TestWordRecordRoundTrip(t *testing.T) {
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	var log []anki.Answer
	prev := anki.Schedule{State: anki.New}
	for k := range 6 {
		after := anki.Schedule{State: anki.Review, Stability: 1.5 * float64(k+1), Difficulty: 5.25, Step: k % 2,
			Due: at.Add(time.Duration(k+1) * 24 * time.Hour), LastReview: at, ScheduledDays: k + 1, Reps: k + 1}
		before := prev
		if k == 3 { // the card was changed between two answers
			before.Stability = 99
		}
		log = append(log, anki.Answer{Time: at, Grade: anki.Good, ScheduledDays: k + 1, Before: before, After: after, Duration: time.Second})
		prev, at = after, after.Due
	}
	n := anki.Note{Word: "银行", Reading: "yin2 hang2", Meaning: "bank", Tags: []string{"HSK3"}, Added: at,
		Cards: []anki.CardState{{Kind: anki.Recognition, Card: prev, Reviews: log}, {Kind: anki.Recall, Suspended: true}}}
	var e enc
	e.head(&n)
	e.word(&n)
	var got anki.Note
	d := dec{b: e.b}
	d.head(&got)
	d.word(&got)
	if d.err != nil || len(d.b) != 0 {
		t.Fatalf("decode: %v, %d bytes left", d.err, len(d.b))
	}
	if !reflect.DeepEqual(got, n) {
		t.Errorf("decoded\n%+v\nwant\n%+v", got, n)
	}
}

// TestNoteReusesReviews: decoding notes one after another into the same
// Note (as the writer does) gives each note its own cards and answers,
// whatever the sizes of the logs before.
func TestNoteReusesReviews(t *testing.T) {
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	logOf := func(n int) []anki.Answer {
		var out []anki.Answer
		var before anki.Schedule
		for k := range n {
			after := anki.Schedule{State: anki.Review, Stability: float64(k + 1), Due: at.AddDate(0, 0, k+1), Reps: k + 1}
			out = append(out, anki.Answer{Time: at.Add(time.Duration(k) * time.Hour), Grade: anki.Good, Before: before, After: after, Duration: time.Second})
			before = after
		}
		return out
	}
	var want []anki.Note
	for i, sizes := range [][]int{{5, 2}, {1}, {0, 7}, {3, 3}, {}, {9, 0}} {
		n := anki.Note{Word: fmt.Sprint("词", i), Added: at}
		for k, size := range sizes {
			n.Cards = append(n.Cards, anki.CardState{Kind: anki.Kind(k), Reviews: logOf(size)})
		}
		want = append(want, n)
	}
	ns := notes{spools: []*spool{{}}}
	var e enc
	for i := range want {
		e.b = e.b[:0]
		e.head(&want[i])
		ns.head = append(ns.head, ns.spools[0].add(0, e.b))
		e.b = e.b[:0]
		e.word(&want[i])
		ns.word = append(ns.word, ns.spools[0].add(0, e.b))
		ns.example = append(ns.example, record{})
		ns.hasExample = append(ns.hasExample, false)
	}
	var n anki.Note
	for round := range 2 {
		for i := range want {
			if err := ns.NoteWord(i, &n); err != nil {
				t.Fatal(err)
			}
			for k := range want[i].Cards {
				if got := n.Cards[k].Reviews; !reflect.DeepEqual(got, want[i].Cards[k].Reviews) && !(len(got) == 0 && len(want[i].Cards[k].Reviews) == 0) {
					t.Fatalf("round %d, note %d card %d: %d answers %+v, want %d", round, i, k, len(got), got, len(want[i].Cards[k].Reviews))
				}
			}
			if len(n.Cards) != len(want[i].Cards) {
				t.Fatalf("note %d: %d cards, want %d", i, len(n.Cards), len(want[i].Cards))
			}
		}
	}
}
