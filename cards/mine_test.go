package cards_test

import (
	"encoding/binary"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
)

func pairs(t *testing.T, tsv string) []corpus.Pair {
	t.Helper()
	ps, _, err := corpus.Read("t.tsv", strings.NewReader(tsv))
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func TestMine(t *testing.T) {
	ps := pairs(t, "我们的银行，我们的公司。\tOur bank, our company.\n銀行是好銀行\tThe bank is a good bank\n嗯。\tHmm.\n西安\tXi'an\n")
	m := cards.Mine(ps, cardstest.Small(), nil)
	if len(m.Sentences) != 4 || m.NoWords != 1 {
		t.Fatalf("%d sentences, %d without words", len(m.Sentences), m.NoWords)
	}
	var got []string
	for _, w := range m.Words {
		got = append(got, w.ID())
	}
	want := []string{"我们 wo3 men5", "的 de5", "银行 yin2 hang2", "公司 gong1 si1", "是 shi4", "好 hao3", "西安 Xi1 an1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("words %v, want %v", got, want)
	}
	bank := m.Words[2]
	// Twice in the second pair (written traditionally), once in the first.
	if bank.Count != 3 || bank.Pairs != 2 || bank.Trad != "銀行" || bank.First != (cards.Origin{Doc: "t.tsv", Line: 1}) ||
		bank.Gloss != "bank" || !reflect.DeepEqual(bank.Met, []cards.Sense{{Gloss: "bank", Count: 3}}) {
		t.Errorf("银行: %+v", bank)
	}
	if we := m.Words[0]; we.Count != 2 || we.Pairs != 1 {
		t.Errorf("我们: %+v", we)
	}
	if !m.Words[6].Name || m.Words[6].Taught() {
		t.Errorf("西安 is a name: %+v", m.Words[6])
	}
	// The parts give the sentence back, and name their words.
	s := m.Sentences[1]
	var text strings.Builder
	for _, p := range s.Parts {
		text.WriteString(p.Text)
	}
	if text.String() != s.ZH || s.Parts[0].Text != "銀行" || s.Parts[0].ID() != "银行 yin2 hang2" {
		t.Errorf("parts %+v", s.Parts)
	}
	if ids := s.Words(); !reflect.DeepEqual(ids, []string{"银行 yin2 hang2", "是 shi4", "好 hao3"}) {
		t.Errorf("distinct words %v", ids)
	}
}

// Mining on several goroutines gives the same result as the order of the
// pairs, whatever the scheduling.
func TestMineDeterministic(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 500; i++ {
		b.WriteString([]string{"我们的银行\tour bank\n", "谢谢你\tthank you\n", "行\tOK\n"}[i%3])
	}
	ps := pairs(t, b.String())
	first := cards.Mine(ps, cardstest.Small(), nil)
	calls := 0
	for range 5 {
		m := cards.Mine(ps, cardstest.Small(), func(int) { calls++ })
		if !reflect.DeepEqual(m, first) {
			t.Fatal("mining is not deterministic")
		}
	}
	if calls == 0 {
		t.Error("no progress reported")
	}
}

func TestMerge(t *testing.T) {
	w := cards.Word{Word: "行", Reading: "xing2", Met: []cards.Sense{{Gloss: "to walk", Count: 2}}, Gloss: "to walk",
		Senses: []string{"to walk"}, Count: 2, Pairs: 2, First: cards.Origin{Doc: "a", Line: 1}}
	w.Merge(&cards.Word{Word: "行", Reading: "xing2", Met: []cards.Sense{{Gloss: "OK", Count: 3}}, Gloss: "OK",
		Senses: []string{"OK", "to walk"}, Count: 3, Pairs: 3, First: cards.Origin{Doc: "b", Line: 9}})
	if w.Count != 5 || w.Pairs != 5 || w.Gloss != "OK" || w.First.Doc != "a" ||
		!reflect.DeepEqual(w.Senses, []string{"to walk", "OK"}) || len(w.Met) != 2 {
		t.Errorf("merged %+v", w)
	}
}

func TestPinyin(t *testing.T) {
	for in, want := range map[string]string{
		"yin2 hang2": "yínháng", "Xi1 an1": "Xī'ān", "jue2 de5": "juéde", "nu:3 er2": "nǚ'ér", "": "",
	} {
		if got := cards.Pinyin(in); got != want {
			t.Errorf("Pinyin(%q) = %q, want %q", in, got, want)
		}
	}
	parts := []cards.Part{{Text: "我们", Word: "我们", Reading: "wo3 men5"}, {Text: "用"}, {Text: "AI"},
		{Text: "，"}, {Text: "银行", Word: "银行", Reading: "yin2 hang2"}, {Text: "。"}}
	if got := cards.SentencePinyin(parts); got != "wǒmen 用 AI, yínháng." {
		t.Errorf("SentencePinyin = %q", got)
	}
}

func TestKind(t *testing.T) {
	for _, k := range cards.Kinds {
		back, err := cards.ParseKind(k.String())
		if err != nil || back != k {
			t.Errorf("%v: %v %v", k, back, err)
		}
	}
	if _, err := cards.ParseKind("cloze"); err == nil {
		t.Error("parsed cloze")
	}
	if w, r := cards.SplitID(cards.ID("银行", "yin2 hang2")); w != "银行" || r != "yin2 hang2" {
		t.Errorf("SplitID: %q %q", w, r)
	}
}

// The postings of a document mined batch by batch: every word once, sorted
// by ID, with the positions of its sentences (once a sentence, ascending),
// as uvarint differences.
func TestMinerPostings(t *testing.T) {
	ps, _, err := corpus.Read("t.tsv", strings.NewReader("我们的银行。\tOur bank.\n智能。\tSmart.\n银行银行的智能。\tThe bank's smart bank.\n"))
	if err != nil {
		t.Fatal(err)
	}
	mn := cards.NewMiner(cardstest.Small())
	mn.Add(ps[:2], nil)
	mn.Add(ps[2:], nil)
	ids, posting := mn.Postings()
	if !slices.IsSorted(ids) || len(ids) != len(mn.Mined().Words) {
		t.Fatalf("ids %q", ids)
	}
	got := map[string][]uint32{}
	for i, id := range ids {
		var pos uint32
		for b := posting(i); len(b) > 0; {
			d, n := binary.Uvarint(b)
			if n <= 0 {
				t.Fatalf("%s: posting %x", id, posting(i))
			}
			pos, b = pos+uint32(d), b[n:]
			got[id] = append(got[id], pos)
		}
	}
	if want := []uint32{0, 2}; !slices.Equal(got["银行 yin2 hang2"], want) {
		t.Errorf("银行 in %v, want %v", got["银行 yin2 hang2"], want)
	}
	if want := []uint32{1, 2}; !slices.Equal(got["智能 zhi4 neng2"], want) {
		t.Errorf("智能 in %v, want %v", got["智能 zhi4 neng2"], want)
	}
}

// The miner counts the senses the English confirmed, by entry and sense,
// and nothing for the pairs whose English says nothing.
func TestMinePriors(t *testing.T) {
	ps := pairs(t, "好\tWell.\n好\tWell, well.\n好好\tGood.\n好\t嗯\n行\tOK\n")
	m := cards.Mine(ps, cardstest.Small(), nil)
	want := cards.Priors{"好 好 [hao3]": {2, 2}, "行 行 [xing2]": {0, 0, 1}}
	if !reflect.DeepEqual(m.Priors, want) {
		t.Errorf("priors %v, want %v", m.Priors, want)
	}
	all := cards.Priors{"好 好 [hao3]": {1}}
	all.Merge(m.Priors)
	if got := all["好 好 [hao3]"]; !reflect.DeepEqual(got, []uint32{3, 2}) {
		t.Errorf("merged %v", got)
	}
}

// counting counts the analyses of each pair.
type counting struct {
	a     cards.Analyzer
	mu    sync.Mutex
	calls map[string]int
}

func (c *counting) Analyze(zh, en string) []cards.Token {
	c.mu.Lock()
	c.calls[zh+"\t"+en]++
	c.mu.Unlock()
	return c.a.Analyze(zh, en)
}

// A pair met again is analysed once (the miner remembers it), and still
// counted and stored as every occurrence: the same words, counts, senses
// and priors as an analysis of each.
func TestMineRepeats(t *testing.T) {
	var b strings.Builder
	for i := range 100 { // fewer than 128 pairs: one goroutine
		b.WriteString([]string{"我们的银行\tour bank\n", "好\tWell.\n", "我们的银行\tOur bank.\n", "行\tOK\n"}[i%4])
	}
	ps := pairs(t, b.String())
	c := &counting{a: cardstest.Small(), calls: map[string]int{}}
	m := cards.Mine(ps, c, nil)
	if len(c.calls) != 4 {
		t.Fatalf("calls %v", c.calls)
	}
	for p, n := range c.calls {
		if n != 1 {
			t.Errorf("%q analysed %d times", p, n)
		}
	}
	// What an analysis of every pair gives: each mined alone, then merged.
	want := map[string]cards.Word{}
	priors := cards.Priors{}
	for i := range ps {
		one := cards.Mine(ps[i:i+1], cardstest.Small(), nil)
		if !reflect.DeepEqual(one.Sentences[0].Parts, m.Sentences[i].Parts) {
			t.Fatalf("pair %d: parts %+v, want %+v", i, m.Sentences[i].Parts, one.Sentences[0].Parts)
		}
		priors.Merge(one.Priors)
		for _, w := range one.Words {
			if got, ok := want[w.ID()]; ok {
				got.Merge(w)
				w = &got
			}
			want[w.ID()] = *w
		}
	}
	if len(m.Words) != len(want) {
		t.Fatalf("%d words, want %d", len(m.Words), len(want))
	}
	for _, w := range m.Words {
		if v := want[w.ID()]; w.Count != v.Count || w.Pairs != v.Pairs || w.Gloss != v.Gloss || !reflect.DeepEqual(w.Met, v.Met) ||
			!reflect.DeepEqual(w.Senses, v.Senses) {
			t.Errorf("%s: %+v, want %+v", w.ID(), *w, v)
		}
	}
	if !reflect.DeepEqual(m.Priors, priors) {
		t.Errorf("priors %v, want %v", m.Priors, priors)
	}
}
