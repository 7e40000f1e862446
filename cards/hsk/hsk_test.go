package hsk

import (
	"fmt"
	"strings"
	"testing"
)

func TestLevel(t *testing.T) {
	for _, c := range []struct {
		word string
		want int
	}{{"的", 1}, {"银行", 3}, {"爱好", 3}, {"不存在的词", 0}, {"", 0}} {
		if got := Level(c.word); got != c.want {
			t.Errorf("Level(%q) = %d, want %d", c.word, got, c.want)
		}
	}
	// The list has 5,001 rows; a word listed twice counts at its lowest level.
	want := []int{0, 150, 151, 297, 598, 1300, 2499}
	total := 0
	for lv := 1; lv <= MaxLevel; lv++ {
		if Count(lv) != want[lv] {
			t.Errorf("Count(%d) = %d, want %d", lv, Count(lv), want[lv])
		}
		total += Count(lv)
	}
	if got := len(Words(MaxLevel)); got != total {
		t.Errorf("len(Words(6)) = %d, want %d", got, total)
	}
	if got := len(Words(2)); got != Count(1)+Count(2) {
		t.Errorf("len(Words(2)) = %d, want %d", got, Count(1)+Count(2))
	}
	for _, w := range Words(1) {
		if Level(w) != 1 {
			t.Fatalf("Words(1) holds %s of level %d", w, Level(w))
		}
	}
}

func TestRank(t *testing.T) {
	if Rank("是") == 0 || Rank("是") > 20 {
		t.Errorf("Rank(是) = %d, want in the top 20", Rank("是"))
	}
	if !(Rank("银行") < Rank("储蓄")) || Rank("储蓄") == 0 {
		t.Errorf("Rank(银行) = %d, Rank(储蓄) = %d: want 银行 more frequent", Rank("银行"), Rank("储蓄"))
	}
	if Rank("不存在的词") != 0 {
		t.Errorf("Rank of a non-word = %d, want 0", Rank("不存在的词"))
	}
}

// TestSearch checks the in-place search against the map built from the
// same table, for every ranked word, words just before and after each in
// byte order, and the table's ends.
func TestSearch(t *testing.T) {
	if !strings.HasSuffix(freqTSV, "\n") {
		t.Fatal("freq.tsv does not end with a newline")
	}
	ranks = nil
	loadRanks()
	if len(ranks) != maxRanked {
		t.Fatalf("freq.tsv has %d words, want %d", len(ranks), maxRanked)
	}
	prev := ""
	for _, line := range strings.Split(strings.TrimSuffix(freqTSV, "\n"), "\n") {
		w, _, _ := strings.Cut(line, "\t")
		if w <= prev {
			t.Fatalf("freq.tsv: %q after %q: not in byte order", w, prev)
		}
		prev = w
	}
	for w, r := range ranks {
		if got := search(w); got != r {
			t.Fatalf("search(%q) = %d, want %d", w, got, r)
		}
		for _, near := range []string{w[:len(w)-1], w + "\x00", w + "\xff", "\x00" + w} {
			if got, want := search(near), ranks[near]; got != want {
				t.Fatalf("search(%q) = %d, want %d", near, got, want)
			}
		}
	}
	for _, w := range []string{"", "\x00", "\xff\xff\xff\xff"} {
		if got := search(w); got != 0 {
			t.Errorf("search(%q) = %d, want 0", w, got)
		}
	}
}

func ExampleLevel() {
	fmt.Println(Level("银行"), Level("的"), Level("量子"))
	// Output: 3 1 0
}

func BenchmarkLoad(b *testing.B) {
	for range b.N {
		levels, ranks, byLevel = nil, nil, [MaxLevel + 1][]string{}
		loadLevels()
		loadRanks()
	}
}

// BenchmarkSearch is one Rank of a command that ranks few words.
func BenchmarkSearch(b *testing.B) {
	words := []string{"是", "银行", "储蓄", "不存在的词", "量子"}
	for i := 0; b.Loop(); i++ {
		search(words[i%len(words)])
	}
}
