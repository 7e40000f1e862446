package anki

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// probeIDs is the definition assignIDs implements: in the order of (own id,
// guid), each note takes the first free id at or above its own, each card the
// first free card id at or above its note's.
func probeIDs(e *export, notes []Note) ([]int64, [][2]int64) {
	n := len(notes)
	base := make([]int64, n)
	order := make([]int, n)
	for i := range notes {
		added := notes[i].Added
		if added.IsZero() {
			added = fallbackAdded
		}
		base[i] = added.Unix()*1000 + int64(identityHash(notes[i].Word, notes[i].Reading)%1000)
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(base[a], base[b]), strings.Compare(e.guids[a], e.guids[b]))
	})
	noteIDs, cardIDs := make([]int64, n), make([][2]int64, n)
	usedNote, usedCard := map[int64]bool{}, map[int64]bool{}
	for _, i := range order {
		id := base[i]
		for usedNote[id] {
			id++
		}
		usedNote[id] = true
		noteIDs[i] = id
		next := id
		for k := range cardIDs[i] {
			for usedCard[next] {
				next++
			}
			usedCard[next] = true
			cardIDs[i][k] = next
		}
	}
	return noteIDs, cardIDs
}

// TestAssignIDsAsProbing checks the linear assignment against probing, on
// notes crowded into a few seconds (ids collide and runs of them merge) and
// on notes spread out.
func TestAssignIDsAsProbing(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct{ notes, seconds int }{{1, 1}, {50, 1}, {3000, 1}, {3000, 3}, {2000, 2000}, {500, 100000}} {
		notes := make([]Note, tc.notes)
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := range notes {
			notes[i] = Note{Word: fmt.Sprintf("词%d", i), Reading: "ci2",
				Added: start.Add(time.Duration(r.IntN(tc.seconds)) * time.Second)}
			if r.IntN(10) == 0 {
				notes[i].Added = time.Time{}
			}
		}
		e, err := prepare(Notes(notes), Options{Now: start})
		if err != nil {
			t.Fatal(err)
		}
		wantNotes, wantCards := probeIDs(e, notes)
		if !slices.Equal(e.noteIDs, wantNotes) || !slices.Equal(e.cardIDs, wantCards) {
			t.Errorf("%d notes over %d s: ids differ from probing", tc.notes, tc.seconds)
		}
	}
}

// BenchmarkAssignIDs is 60,000 notes mined in one second (one document):
// the case that was quadratic.
func BenchmarkAssignIDs(b *testing.B) {
	notes := make([]Note, 60000)
	for i := range notes {
		notes[i] = Note{Word: fmt.Sprintf("词%d", i), Reading: "ci2", Added: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	}
	e, err := prepare(Notes(notes), Options{Now: time.Now()})
	if err != nil {
		b.Fatal(err)
	}
	base := make([]int64, len(notes))
	for i := range notes {
		base[i] = notes[i].Added.Unix()*1000 + int64(identityHash(notes[i].Word, notes[i].Reading)%1000)
	}
	for b.Loop() {
		e.assignIDs(base)
	}
}
