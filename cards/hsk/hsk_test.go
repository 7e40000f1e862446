package hsk

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestLevel(t *testing.T) {
	for _, c := range []struct {
		word string
		want int
	}{{"的", 1}, {"银行", 3}, {"爱好", 3}, {"不存在的词", 0}, {"", 0},
		// Listed twice by the source: the lower level.
		{"喂", 1}, {"还", 2}, {"过", 2}, {"长", 2}, {"得", 2}, {"等", 2}} {
		if got := Level(c.word); got != c.want {
			t.Errorf("Level(%q) = %d, want %d", c.word, got, c.want)
		}
	}
	// The list has 4,995 rows; 6 words the source lists twice are at their
	// lowest level.
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
		if got := search(freqTSV, w); got != r {
			t.Fatalf("search(%q) = %d, want %d", w, got, r)
		}
		for _, near := range []string{w[:len(w)-1], w + "\x00", w + "\xff", "\x00" + w} {
			if got, want := search(freqTSV, near), ranks[near]; got != want {
				t.Fatalf("search(%q) = %d, want %d", near, got, want)
			}
		}
	}
	for _, w := range []string{"", "\x00", "\xff\xff\xff\xff"} {
		if got := search(freqTSV, w); got != 0 {
			t.Errorf("search(%q) = %d, want 0", w, got)
		}
	}
}

// levelsTable is levels.tsv as hsk2.tsv gives it: its lines in byte order.
func levelsTable() string {
	lines := strings.SplitAfter(hskTSV, "\n")[1:] // no header
	slices.Sort(lines)                            // the tab sorts before any character of a word
	return strings.Join(lines, "")
}

// TestGenerateLevels checks levels.tsv against hsk2.tsv, and the search
// of it against the map for every word and its neighbours in byte order;
// with -update it writes levels.tsv.
func TestGenerateLevels(t *testing.T) {
	want := levelsTable()
	if *update {
		if err := os.WriteFile("levels.tsv", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if levelsTSV != want {
		t.Fatal("levels.tsv is not hsk2.tsv's: go test ./cards/hsk -run TestGenerateLevels -update")
	}
	levels = nil
	loadLevels()
	if len(levels) != len(Words(MaxLevel)) {
		t.Fatalf("levels.tsv has %d words, hsk2.tsv %d rows: a word listed twice", len(levels), len(Words(MaxLevel)))
	}
	for w, lv := range levels {
		if got := search(levelsTSV, w); got != lv {
			t.Fatalf("search(%q) = %d, want %d", w, got, lv)
		}
		for _, near := range []string{w[:len(w)-1], w + "\x00", w + "\xff", "\x00" + w} {
			if got, want := search(levelsTSV, near), levels[near]; got != want {
				t.Fatalf("search(%q) = %d, want %d", near, got, want)
			}
		}
	}
}

func ExampleLevel() {
	fmt.Println(Level("银行"), Level("的"), Level("量子"))
	// Output: 3 1 0
}

func BenchmarkLoad(b *testing.B) {
	for range b.N {
		levels, ranks, list = nil, nil, nil
		loadList()
		loadLevels()
		loadRanks()
	}
}

// BenchmarkSearch is one Rank of a command that ranks few words.
func BenchmarkSearch(b *testing.B) {
	words := []string{"是", "银行", "储蓄", "不存在的词", "量子"}
	for i := 0; b.Loop(); i++ {
		search(freqTSV, words[i%len(words)])
	}
}

// Levels yields Words' words in its order, each with its Level, and stops
// past top.
func TestLevels(t *testing.T) {
	for top := 0; top <= MaxLevel; top++ {
		var got []string
		for w, lv := range Levels(top) {
			if lv < 1 || lv > top || Level(w) != lv {
				t.Errorf("top %d: %s at level %d, Level says %d", top, w, lv, Level(w))
			}
			got = append(got, w)
		}
		if want := Words(top); !slices.Equal(got, want) {
			t.Errorf("top %d: %d words, Words has %d", top, len(got), len(want))
		}
	}
	n := 0
	for range Levels(MaxLevel) {
		if n++; n == 3 {
			break // the iterator stops when told
		}
	}
}
