package export

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"cika/cards"
)

// TestPermute checks permute against a copy made in the order given, for
// permutations of every size up to 40 (fixed points, one long cycle, many
// short ones).
func TestPermute(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 41 {
		for range 20 {
			order := make([]int32, n)
			for i := range order {
				order[i] = int32(i)
			}
			r.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
			words, ids := make([]cards.Word, n), make([]string, n)
			for i := range words {
				words[i] = cards.Word{Word: strconv.Itoa(i), Count: i}
				ids[i] = "id" + strconv.Itoa(i)
			}
			var wantWords []cards.Word
			var wantIDs []string
			for _, i := range order {
				wantWords, wantIDs = append(wantWords, words[i]), append(wantIDs, ids[i])
			}
			given := slices.Clone(order)
			permute(words, ids, order)
			if !slices.EqualFunc(words, wantWords, func(a, b cards.Word) bool { return a.Word == b.Word && a.Count == b.Count }) ||
				!slices.Equal(ids, wantIDs) || !slices.Equal(order, given) {
				t.Fatalf("order %v: got %v %v, want %v %v", given, words, ids, wantWords, wantIDs)
			}
		}
	}
}
