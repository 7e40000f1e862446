package zh

import (
	"bytes"
	"flag"
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
