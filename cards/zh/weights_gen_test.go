package zh

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"cika/cards/dict"

	"cika/cards/internal/gsewords"
)

var update = flag.Bool("update", false, "regenerate weights.bin.gz from CC-CEDICT and gse's dictionary")

// TestGenerateWeights regenerates weights.bin.gz with -update (after
// updating CC-CEDICT or gse):
//
//	go test ./cards/zh -run TestGenerateWeights -update
//
// gse's word lists (data/dict/zh/s_1.txt and t_1.txt: jieba's dict.txt and
// its traditional twin) are read from gse's module directory as written:
// gse's own loader flattens single-character counts to 2, and the analysis
// needs the real ones.
func TestGenerateWeights(t *testing.T) {
	if !*update {
		t.Skip("run with -update to regenerate weights.bin.gz")
	}
	freq, total, err := gsewords.Load()
	if err != nil {
		t.Fatal(err)
	}
	trad, err := gsewords.List("t_1.txt")
	if err != nil {
		t.Fatal(err)
	}
	idf, err := gsewords.IDF()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range repairSingles(freq, trad, idf) {
		t.Logf("count of %s", m)
	}
	d, err := dict.Load()
	if err != nil {
		t.Fatal(err)
	}
	w := &weights{dictDate: dictDate(d), total: total, posNames: []string{""}}
	posID := map[string]uint8{"": 0}
	for i := range d.Entries {
		e := &d.Entries[i]
		// A simplified headword stands for its traditional forms too, and
		// gse's simplified list sometimes lacks the common one: 后 has 1,209
		// (as a surname, nr) where 後 has 124,793 (f). Take the larger.
		fs, ft := freq[e.Simp], freq[e.Trad]
		if ft.Freq > fs.Freq {
			fs = ft
		}
		if ft.Freq == 0 {
			ft = fs
		}
		id, ok := posID[fs.POS]
		if !ok {
			id = uint8(len(w.posNames))
			posID[fs.POS] = id
			w.posNames = append(w.posNames, fs.POS)
		}
		w.fS = append(w.fS, uint32(fs.Freq))
		w.fT = append(w.fT, uint32(ft.Freq))
		w.pos = append(w.pos, id)
	}
	countPriors(d, w)
	var buf bytes.Buffer
	if err := writeWeights(&buf, w); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("weights.bin.gz", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("weights.bin.gz: %d bytes, %d entries, %d+%d+%d prior keys", buf.Len(), len(w.fS), len(w.words.keys), len(w.names.keys), len(w.ctx.keys))
}

// Single characters whose count in gse's simplified list is not to be
// believed (see repairSingles).
const (
	// commonIDF: only characters more common than this (an idf below it,
	// about 10,000 occurrences in the counts' corpus) are mended; below
	// that the fit says little and a wrong count costs little.
	commonIDF = 6.0
	// suspectGap: a count more than e^4 (55 times) below what the idf
	// predicts is a defect, not noise: the fit's residuals have a standard
	// deviation of 0.84 nats, so this is almost five of them.
	suspectGap = 4.0
)

// repairSingles mends, in freq, the counts of common single characters
// that gse's simplified list gives as if they were rare bound morphemes:
// 才 10, 为 100, 当 111, 会 9, 给 3, 出 8, all tagged zg, where the
// traditional list has 才 55415 d and 出 85847 v. With such counts the
// segmenter glues the character to its neighbour whatever the sentence
// says (多才 "talented" in 三点多才睡, 为首 in 为首次, 学生会 "student
// union"), since a word of two characters beats two singles of which one is
// "rare".
//
// A count is suspect when it is tagged zg and lies more than suspectGap nats
// below the count that the character's idf (jieba's idf.txt, an independent
// document count) predicts, the prediction being a least-squares line of
// log count on idf over every single character not tagged zg. A suspect
// count takes the traditional list's count of the same character when that
// is larger, else the predicted count. Only the counts change: the part of
// speech stays as listed, since the sense chooser reads it.
//
// It returns what it changed, "char old -> new", sorted.
func repairSingles(freq, trad map[string]gsewords.Word, idf map[string]float64) []string {
	var n, sx, sy, sxx, sxy float64
	for w, e := range freq {
		x, ok := idf[w]
		if !ok || e.POS == "zg" || utf8.RuneCountInString(w) != 1 || !isHan(firstRune(w)) {
			continue
		}
		y := math.Log(e.Freq)
		n, sx, sy, sxx, sxy = n+1, sx+x, sy+y, sxx+x*x, sxy+x*y
	}
	if n < 2 || n*sxx == sx*sx {
		return nil
	}
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	icept := (sy - slope*sx) / n
	var changed []string
	for w, e := range freq {
		x, ok := idf[w]
		if !ok || e.POS != "zg" || x >= commonIDF || utf8.RuneCountInString(w) != 1 {
			continue
		}
		pred := icept + slope*x
		if math.Log(e.Freq) >= pred-suspectGap {
			continue
		}
		f := math.Round(math.Exp(pred))
		if t, ok := trad[w]; ok && t.Freq > e.Freq {
			f = t.Freq
		}
		changed = append(changed, fmt.Sprintf("%s %g -> %g", w, e.Freq, f))
		e.Freq = f
		freq[w] = e
	}
	slices.Sort(changed)
	return changed
}

// countPriors fills the reading priors of w from the dictionary, keeping
// only the characters whose single-character entries have two readings or
// more:
//   - words counts the headwords (both scripts) reading a character so:
//     银行, 行业, 同行 … for 行 hang2; 进行, 行动, 不行 … for xing2;
//   - names counts the proper-name headwords only (娜 na4, 塞 sai4);
//   - ctx weighs, for each pair of adjacent characters in a headword, the
//     reading of the polyphonic one, each headword by 1 + log(1 + its gse
//     frequency): 欠债还钱 votes huan2 for 还 before 钱.
func countPriors(d *dict.Dict, w *weights) {
	poly := map[rune]string{} // rune -> its reading, "" once it has two
	for i := range d.Entries {
		e := &d.Entries[i]
		r, n := utf8.DecodeRuneInString(e.Simp)
		if n != len(e.Simp) || !isHan(r) {
			continue
		}
		rd := e.Reading()
		for _, c := range []rune{r, firstRune(e.Trad)} {
			if old, ok := poly[c]; !ok {
				poly[c] = rd
			} else if old != rd {
				poly[c] = ""
			}
		}
	}
	w.sylID = map[string]uint16{}
	syl := func(s string) uint16 {
		id, ok := w.sylID[s]
		if !ok {
			id = uint16(len(w.syls))
			w.sylID[s] = id
			w.syls = append(w.syls, s)
		}
		return id
	}
	words, names, ctx := map[uint64]float64{}, map[uint64]float64{}, map[uint64]float64{}
	for i := range d.Entries {
		e := &d.Entries[i]
		if len(e.Simp) <= utf8.UTFMax {
			continue // a single character says nothing about context
		}
		syls := strings.Fields(e.Reading())
		weight := 1 + math.Log1p(float64(w.fS[i]))
		simp := []rune(e.Simp)
		for h, form := range []string{e.Simp, e.Trad} {
			if h == 1 && e.Trad == e.Simp {
				break
			}
			runes := []rune(form)
			if len(runes) != len(syls) || len(runes) != len(simp) {
				continue
			}
			for k, r := range runes {
				if rd, ok := poly[r]; !ok || rd != "" {
					continue
				}
				id := syl(syls[k])
				if h == 0 || r != simp[k] {
					words[readingKeyOf(r, id)]++
				}
				if e.IsName() {
					names[readingKeyOf(r, id)]++
				}
				if k > 0 {
					ctx[ctxKeyOf(runes[k-1], r, true, id)] += weight
				}
				if k+1 < len(runes) {
					ctx[ctxKeyOf(r, runes[k+1], false, id)] += weight
				}
			}
		}
	}
	for _, p := range []struct {
		m map[uint64]float64
		t *table
	}{{words, &w.words}, {names, &w.names}, {ctx, &w.ctx}} {
		for k := range p.m {
			p.t.keys = append(p.t.keys, k)
		}
		slices.Sort(p.t.keys)
		for _, k := range p.t.keys {
			p.t.vals = append(p.t.vals, float32(p.m[k]))
		}
	}
}

// TestWeightsMatchDictionary checks that the embedded weights were made from
// the embedded dictionary, and that they survive an encode/decode round trip.
func TestWeightsMatchDictionary(t *testing.T) {
	d, err := dict.Load()
	if err != nil {
		t.Fatal(err)
	}
	w, err := readWeights(weightsGz)
	if err != nil {
		t.Fatal(err)
	}
	if w.dictDate != dictDate(d) || len(w.fS) != len(d.Entries) {
		t.Fatalf("weights.bin.gz is for CC-CEDICT %q with %d entries, the embedded one is %q with %d: regenerate it",
			w.dictDate, len(w.fS), dictDate(d), len(d.Entries))
	}
	var buf bytes.Buffer
	if err := writeWeights(&buf, w); err != nil {
		t.Fatal(err)
	}
	w2, err := readWeights(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(w.fS, w2.fS) || !slices.Equal(w.ctx.keys, w2.ctx.keys) || !slices.Equal(w.ctx.vals, w2.ctx.vals) {
		t.Error("weights change in a round trip")
	}
	// Truncated or foreign data is an error, not a panic.
	for _, bad := range [][]byte{nil, weightsGz[:len(weightsGz)/2], []byte("not gzip")} {
		if _, err := readWeights(bad); err == nil {
			t.Errorf("readWeights accepted %d bytes of bad data", len(bad))
		}
	}
}

// TestRepairSingles checks the rule on made-up lists: a common character
// with a zg count far below its idf's prediction is mended, from the
// traditional list when that has more, else from the fit; a plausible count,
// a rare character and a word of two characters are left alone.
func TestRepairSingles(t *testing.T) {
	freq := map[string]gsewords.Word{
		// The fit: log count = 16 - idf, exactly.
		"的": {Freq: math.Exp(14), POS: "uj"}, // idf 2
		"人": {Freq: math.Exp(12), POS: "n"},  // idf 4
		"猫": {Freq: math.Exp(8), POS: "n"},   // idf 8
		// Suspects.
		"才": {Freq: 10, POS: "zg"}, // idf 4: predicted e^12
		"给": {Freq: 3, POS: "zg"},  // idf 3: predicted e^13, no traditional count
		// Left alone.
		"们":  {Freq: math.Exp(9), POS: "zg"}, // idf 4: only 3 nats below
		"罕":  {Freq: 2, POS: "zg"},           // idf 9: not common
		"才能": {Freq: 5, POS: "zg"},           // idf 4: not a single character
	}
	idf := map[string]float64{"的": 2, "人": 4, "猫": 8, "才": 4, "给": 3, "们": 4, "罕": 9, "才能": 4}
	trad := map[string]gsewords.Word{"才": {Freq: 55415, POS: "d"}, "给": {Freq: 1, POS: "p"}}
	got := repairSingles(freq, trad, idf)
	want := []string{"才 10 -> 55415", fmt.Sprintf("给 3 -> %g", math.Round(math.Exp(13)))}
	if !slices.Equal(got, want) {
		t.Errorf("repairSingles = %q, want %q", got, want)
	}
	for w, f := range map[string]float64{"才": 55415, "给": math.Round(math.Exp(13)), "们": math.Exp(9), "罕": 2, "才能": 5} {
		if freq[w].Freq != f {
			t.Errorf("count of %s = %g, want %g", w, freq[w].Freq, f)
		}
		if freq[w].POS != "zg" {
			t.Errorf("part of speech of %s changed to %q", w, freq[w].POS)
		}
	}
}
