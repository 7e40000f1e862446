package hsk

import (
	"cmp"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"cika/cards/dict"

	"cika/cards/internal/gsewords"
)

var update = flag.Bool("update", false, "regenerate freq.tsv from gse's dictionary and CC-CEDICT")

// TestGenerateFreq regenerates freq.tsv with -update:
//
//	go test ./cards/hsk -run TestGenerateFreq -update
//
// It ranks CC-CEDICT's simplified headwords by their frequency in gse's
// word lists (data/dict/zh/s_1.txt and t_1.txt, jieba's dict.txt and its
// traditional twin, MIT), each headword taking the larger of its simplified
// and traditional counts (gse lists 后 as a surname, 後 as the common word),
// and keeps the first maxRanked, word<TAB>rank, in byte order (Rank
// searches it).
func TestGenerateFreq(t *testing.T) {
	if !*update {
		t.Skip("run with -update to regenerate freq.tsv")
	}
	words, _, err := gsewords.Load()
	if err != nil {
		t.Fatal(err)
	}
	freq := func(w string) float64 { return words[w].Freq }
	d, err := dict.Load()
	if err != nil {
		t.Fatal(err)
	}
	best := map[string]float64{}
	for i := range d.Entries {
		e := &d.Entries[i]
		f := max(freq(e.Simp), freq(e.Trad))
		if f > best[e.Simp] {
			best[e.Simp] = f
		}
	}
	type wf struct {
		w string
		f float64
	}
	var all []wf
	for w, f := range best {
		all = append(all, wf{w, f})
	}
	slices.SortFunc(all, func(a, b wf) int { return cmp.Or(cmp.Compare(b.f, a.f), strings.Compare(a.w, b.w)) })
	all = all[:min(len(all), maxRanked)]
	lines := make([]string, len(all))
	for i, x := range all {
		lines[i] = fmt.Sprintf("%s\t%d\n", x.w, i+1)
	}
	slices.Sort(lines) // the tab sorts before any character of a word
	data := strings.Join(lines, "")
	if err := os.WriteFile("freq.tsv", []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("freq.tsv: %d bytes, %d words", len(data), len(all))
}
