package zh

import (
	"bytes"
	"io"
	"io/fs"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"cika/cards"
	"cika/cards/corpus"
	"cika/cards/cputime"
	"cika/cards/dict"
	"cika/seeds"
)

// BenchmarkBuild measures what Load adds to the dictionary (see
// cards/dict's BenchmarkLoad): decoding the weights and building the
// segmentation lexicon.
func BenchmarkBuild(b *testing.B) {
	d, err := dict.Load()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w, err := readWeights(weightsGz)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := build(d, w); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew is the analyzer's whole start-up, what `cika annotate`
// pays before its first line: parsing the dictionary, decoding the weights
// and phrase priors, building the lexicon. In a loop the heap reuses the
// last build's memory; a fresh process also pays a page fault per page
// (measure that with perf stat -e task-clock,page-faults cika annotate
// </dev/null). On a shared machine cpu-ns/op varies less than ns/op.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(b.N), "cpu-ns/op")
}

// BenchmarkAnalyze measures annotating the Chinese lines of the seed corpus;
// b.SetBytes makes -bench report MB/s of Chinese text.
func BenchmarkAnalyze(b *testing.B) {
	a := analyzer(b)
	raw, err := fs.ReadFile(seeds.FS(), seeds.Default)
	if err != nil {
		b.Fatal(err)
	}
	var lines []string
	n := 0
	for _, l := range strings.Split(string(raw), "\n") {
		if hanCount(l) > 0 {
			lines = append(lines, l)
			n += len(l)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			a.Analyze(l, "")
		}
	}
}

// BenchmarkAnalyzeShortPairs measures Analyze on short Tatoeba-like pairs
// with their English side: the clauses of the seed's pairs, cut at
// punctuation, where the per-pair cost (English analysis, sense matching)
// dominates. It reports ns/op per pair.
func BenchmarkAnalyzeShortPairs(b *testing.B) {
	a := analyzer(b)
	pairs := seedPairs(b)
	zhClause := regexp.MustCompile(`[^，。？！；]+[，。？！；]?`)
	enClause := regexp.MustCompile(`[^,.?!;]+[,.?!;]?`)
	type pair struct{ zh, en string }
	var short []pair
	for _, p := range pairs {
		zs, es := zhClause.FindAllString(p.ZH, -1), enClause.FindAllString(p.EN, -1)
		for i := 0; i < len(zs) && i < len(es); i++ {
			if z := strings.TrimSpace(zs[i]); hanCount(z) > 0 {
				short = append(short, pair{z, strings.TrimSpace(es[i])})
			}
		}
	}
	if len(short) == 0 {
		b.Fatal("no short pairs in the seed")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := short[i%len(short)]
		a.Analyze(p.zh, p.en)
	}
}

// BenchmarkAnalyzeTatoeba measures Analyze on generated Tatoeba-like pairs,
// made the way cmd/cika's big corpus is: a clause of a seed pair and, in two
// pairs out of three, a CC-CEDICT word drawn by a Zipf law over the
// dictionary (with its pinyin on the English side), so that new words keep
// coming as in a real corpus. One op is one pair; cpu-ns/op is the
// process's CPU time (GC included) a pair, steadier than ns/op on a shared
// machine.
func BenchmarkAnalyzeTatoeba(b *testing.B) {
	a := analyzer(b)
	pairs := tatoebaPairs(b, a, 50000)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Used()
	for i := 0; i < b.N; i++ {
		p := pairs[i%len(pairs)]
		a.Analyze(p[0], p[1])
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkMineTatoeba measures the analysis stage of `cika mine` (the
// analysis on all cores, the words counted) on 20,000 generated
// Tatoeba-like pairs, 13,101 of them distinct. One op is one pair.
func BenchmarkMineTatoeba(b *testing.B) {
	a := analyzer(b)
	const n = 20000
	ps := make([]corpus.Pair, n)
	for i, p := range tatoebaPairs(b, a, n) {
		ps[i] = corpus.Pair{ZH: p[0], EN: p[1], Source: corpus.Source{Doc: "t", Line: i + 1, Pos: i}}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += n {
		cards.Mine(ps[:min(n, b.N-i)], a, nil)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// tatoebaPairs generates n pairs as cmd/cika's writeBigCorpus does.
func tatoebaPairs(tb testing.TB, a *Analyzer, n int) [][2]string {
	tb.Helper()
	sp := seedPairs(tb)
	zhClause := regexp.MustCompile(`[^，。？！；]+[，。？！；]?`)
	enClause := regexp.MustCompile(`[^,.?!;]+[,.?!;]?`)
	var clauses [][2]string
	for _, p := range sp {
		zs, es := zhClause.FindAllString(p.ZH, -1), enClause.FindAllString(p.EN, -1)
		for i := 0; i < len(zs) && i < len(es); i++ {
			z, e := strings.TrimSpace(zs[i]), strings.TrimSpace(es[i])
			if z != "" && e != "" && hanCount(z) > 0 {
				clauses = append(clauses, [2]string{z, e})
			}
		}
	}
	d := a.Dict()
	var words []*dict.Entry
	for i := range d.Entries {
		e := &d.Entries[i]
		if utf8.RuneCountInString(e.Simp) <= 4 && hanCount(e.Simp) > 0 && e.Pinyin != "" && unicode.IsLower(rune(e.Pinyin[0])) {
			words = append(words, e)
		}
	}
	r := rand.New(rand.NewPCG(1, 11))
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	zipf := rand.NewZipf(rand.New(rand.NewPCG(1, 12)), 1.1, 8, uint64(len(words)-1))
	out := make([][2]string, n)
	for i := range out {
		c := clauses[r.IntN(len(clauses))]
		zh, en := strings.TrimRight(c[0], "，；"), strings.TrimRight(c[1], ",;")
		if r.IntN(3) != 0 {
			e := words[zipf.Uint64()]
			zh = strings.TrimRight(zh, "。？！") + "，" + e.Simp + "。"
			en = strings.TrimRight(en, ".?!") + ", " + e.Pinyin + "."
		}
		out[i] = [2]string{zh, en}
	}
	return out
}

// BenchmarkAnnotate is `cika annotate` without the process: the seed's
// Chinese lines in, numeric pinyin lines out.
func BenchmarkAnnotate(b *testing.B) {
	a := analyzer(b)
	raw, err := fs.ReadFile(seeds.FS(), seeds.Default)
	if err != nil {
		b.Fatal(err)
	}
	var in strings.Builder
	for _, l := range strings.Split(string(raw), "\n") {
		if hanCount(l) > 0 {
			in.WriteString(l)
			in.WriteByte('\n')
		}
	}
	text := in.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := a.Annotate(io.Discard, strings.NewReader(text), AnnotateOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPhrasePriors measures decoding the pinyin-pro priors (usual.txt
// and pairs.bin.gz), part of what Load does.
func BenchmarkPhrasePriors(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := parseUsual(usualTxt); err != nil {
			b.Fatal(err)
		}
		if _, err := parsePairs(pairsGz); err != nil {
			b.Fatal(err)
		}
	}
}

// seedPairs returns the pairs of the embedded seed podcast, the text the
// benchmarks of this package run on.
func seedPairs(tb testing.TB) []corpus.Pair {
	tb.Helper()
	raw, err := fs.ReadFile(seeds.FS(), seeds.Default)
	if err != nil {
		tb.Fatal(err)
	}
	pairs, _, err := corpus.Read(seeds.Default, bytes.NewReader(raw))
	if err != nil {
		tb.Fatal(err)
	}
	return pairs
}
