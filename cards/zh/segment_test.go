package zh

import (
	"io/fs"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"cika/cards/dict"
	"cika/seeds"
)

// segmentRef is segment as first written: every candidate word looked up in
// lex, long2 used only for the longest length. TestSegmentMatchesReference
// checks the two-character shortcut of prefix2 against it.
func (a *Analyzer) segmentRef(run string) ([]int, []uint8) {
	runes := []rune(run)
	n := len(runes)
	off := make([]int, 0, n+1)
	for i := range run {
		off = append(off, i)
	}
	off = append(off, len(run))
	best := make([]float64, n+1)
	next := make([]int, n+1)
	pos := make([]uint8, n+1)
	for i := n - 1; i >= 0; i-- {
		bestScore, bestEnd, bestPos := a.logUnknown+best[i+1], i+1, uint8(0)
		if r := runes[i]; r < maxRune && a.singles[r].logp != 0 {
			bestScore, bestPos = float64(a.singles[r].logp)+best[i+1], a.singles[r].pos
		}
		if i+1 < n {
			maxLen := int(a.long2.get(runes[i], runes[i+1]).maxLen)
			for j := i + 2; j <= n && j-i <= maxLen; j++ {
				le, ok := a.lex.get(run[off[i]:off[j]])
				if !ok {
					continue
				}
				if s := float64(le.logp) + a.lengthPrior(le.prior, le.logp, run, off, runes, i, j) + best[j]; s >= bestScore {
					bestScore, bestEnd, bestPos = s, j, le.pos
				}
			}
		}
		best[i], next[i], pos[i] = bestScore, bestEnd, bestPos
	}
	var ends []int
	var poss []uint8
	for i := 0; i < n; i = next[i] {
		ends = append(ends, off[next[i]])
		poss = append(poss, pos[i])
	}
	return ends, poss
}

// TestSegmentMatchesReference segments the Han runs of the seed corpus
// (and each of their suffixes, so that scratch buffers are reused with
// shorter and longer runs) both ways.
func TestSegmentMatchesReference(t *testing.T) {
	a := analyzer(t)
	raw, err := fs.ReadFile(seeds.FS(), seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	runs := strings.FieldsFunc(string(raw), func(r rune) bool { return !isHan(r) })
	if len(runs) < 500 {
		t.Fatalf("only %d Han runs in the seed", len(runs))
	}
	n := 0
	for _, run := range runs {
		for s := run; s != ""; {
			wantEnds, wantPos := a.segmentRef(s)
			var w segWords
			a.segment(s, &w)
			ends, poss := w.ends, w.pos
			if !slices.Equal(ends, wantEnds) || !slices.Equal(poss, wantPos) {
				t.Fatalf("segment(%q) = %v %v, want %v %v", s, ends, poss, wantEnds, wantPos)
			}
			start := 0
			for k, e := range ends {
				word := s[start:e]
				start = e
				le, ok := a.lex.get(word)
				switch {
				case w.ids[k] >= 0 && (!ok || le.id != w.ids[k] || le.logp != w.logp[k]):
					t.Fatalf("segment(%q): word %q has id %d logp %v, lexicon says %v %v", s, word, w.ids[k], w.logp[k], le, ok)
				case w.ids[k] < 0 && ok && firstRune(word) < maxRune:
					t.Fatalf("segment(%q): headword %q has no id", s, word)
				}
			}
			n++
			_, size := utf8.DecodeRuneInString(s)
			s = s[size:]
		}
	}
	t.Logf("%d runs compared", n)
}

// TestPairTable checks long2 against the lexicon: every pair that starts a
// headword has the longest length and the lengths of the headwords it
// starts, and its own entry when it is one.
func TestPairTable(t *testing.T) {
	a := analyzer(t)
	want := map[[2]rune]prefix2{}
	for w, le := range a.lex.all() {
		rs := []rune(w)
		if len(rs) < 2 {
			continue
		}
		k := [2]rune{rs[0], rs[1]}
		p := want[k]
		p.maxLen = max(p.maxLen, uint8(min(len(rs), 255)))
		p.lens |= lenBit(len(rs))
		if len(rs) == 2 {
			p.logp, p.id, p.pos, p.isWord, p.prior = le.logp, le.id, le.pos, true, le.prior
		}
		want[k] = p
	}
	if a.long2.n != len(want) {
		t.Fatalf("long2 has %d pairs, want %d", a.long2.n, len(want))
	}
	for k, p := range want {
		if got := a.long2.get(k[0], k[1]); got != p {
			t.Fatalf("long2 %q: %+v, want %+v", string(k[:]), got, p)
		}
	}
	if got := a.long2.get('龘', '龘'); got != (prefix2{}) {
		t.Fatalf("long2 of a pair that starts nothing: %+v", got)
	}
	// Growth from the smallest table.
	small := newPairTable(0)
	for i := rune(0); i < 5000; i++ {
		small.ref(0x4E00+i%97, 0x4E00+i).maxLen = uint8(i%250 + 1)
	}
	for i := rune(0); i < 5000; i++ {
		if got := small.get(0x4E00+i%97, 0x4E00+i).maxLen; got != uint8(i%250+1) {
			t.Fatalf("grown table: pair %d has maxLen %d", i, got)
		}
	}
	if small.n != 5000 || small.get('a', 'b') != (prefix2{}) {
		t.Fatalf("grown table: %d pairs", small.n)
	}
}

// TestWordFilter checks that the filter of long headwords has every one of
// them, and rejects most strings that are not headwords.
func TestWordFilter(t *testing.T) {
	a := analyzer(t)
	n := 0
	for w := range a.lex.all() {
		if utf8.RuneCountInString(w) >= 3 {
			if !a.long.mayHave(w) {
				t.Fatalf("filter lacks %q", w)
			}
			n++
		}
	}
	if n < 50000 {
		t.Fatalf("only %d long headwords", n)
	}
	tried, passed := 0, 0
	for c := rune(0x4E00); c < 0x4E00+10000; c++ {
		w := string([]rune{c, c + 1, c + 2})
		if _, ok := a.lex.get(w); ok {
			continue
		}
		tried++
		if a.long.mayHave(w) {
			passed++
		}
	}
	if passed*20 > tried {
		t.Fatalf("%d of %d non-words pass the filter", passed, tried)
	}
	t.Logf("%d long headwords; %d of %d non-words pass", n, passed, tried)
}

// TestLexiconMatchesMap checks the lexicon against a map built the plain
// way: every all-Han headword with the largest frequency among its entries
// (open-gram's, from opengram.txt, for a headword gse lacks)
// and the part of speech of that entry, ids numbered in the order met.
func TestLexiconMatchesMap(t *testing.T) {
	a := analyzer(t)
	d, w := a.dict, a.w
	logT := math.Log(w.total)
	want := map[string]lexEntry{}
	var n int32
	cohesive := parseOpengram(opengramTxt)
	add := func(e *dict.Entry, word string, f uint32, pos uint8, simp string) {
		freq := float64(f)
		if freq <= 0 {
			freq = max(cohesive[simp]*w.total/opengramScale, unknownFreq)
		}
		le := lexEntry{logp: float32(math.Log(freq) - logT), pos: pos}
		if (f == 0 && cohesive[simp] == 0 || f > 0 && f <= rareCount) && utf8.RuneCountInString(word) >= 2 {
			if le.prior = priorOf(e); le.prior == unseenVerb && pos == 0 {
				le.pos = w.tagIndex("v")
			}
		}
		old, dup := want[word]
		if dup && old.logp == le.logp && old.prior != noPrior && le.prior != noPrior && old.prior != le.prior && allHan(word) {
			old.prior = unseenWord
			want[word] = old
		}
		if (dup && old.logp >= le.logp) || !allHan(word) {
			return
		}
		if dup {
			le.id = old.id
		} else {
			le.id = n
			n++
		}
		want[word] = le
	}
	for i := range d.Entries {
		e := &d.Entries[i]
		add(e, e.Simp, w.fS[i], w.pos[i], e.Simp)
		if e.Trad != e.Simp {
			add(e, e.Trad, w.fT[i], w.pos[i], e.Simp)
		}
	}
	for word, le := range want {
		if got, ok := a.lex.get(word); !ok || got != le {
			t.Fatalf("lexicon %q: %+v %v, want %+v", word, got, ok, le)
		}
	}
	m := 0
	for word, le := range a.lex.all() {
		if want[word] != le {
			t.Fatalf("lexicon.all %q: %+v, want %+v", word, le, want[word])
		}
		m++
	}
	if m != len(want) || len(a.words) != len(want) {
		t.Fatalf("lexicon has %d headwords (%d ids), want %d", m, len(a.words), len(want))
	}
	for _, word := range []string{"", "这太", "abc", "龘龘龘"} {
		if _, ok := a.lex.get(word); ok {
			t.Fatalf("lexicon has %q", word)
		}
	}
}

// TestLexiconOnly checks lexicon.only against dict.Lookup: a headword not
// shared gives the one entry Lookup returns, and one that Lookup finds
// several entries for is shared.
func TestLexiconOnly(t *testing.T) {
	a := analyzer(t)
	n := 0
	for w, le := range a.lex.all() {
		found := a.dict.Lookup(w)
		e, ok := a.lex.only(le.id)
		switch {
		case ok && (len(found) != 1 || found[0] != e):
			t.Fatalf("only(%q) = %v, Lookup: %v", w, e, found)
		case !ok && len(found) == 1:
			t.Fatalf("%q is shared, but Lookup finds one entry", w)
		}
		if ok {
			n++
		}
	}
	if n < 100000 {
		t.Fatalf("only %d headwords of one entry", n)
	}
}
