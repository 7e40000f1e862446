package store

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"cika/cards"
	"cika/cards/dict"
)

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"bank": "bank", "banks": "bank", "companies": "company", "boxes": "box", "watches": "watch",
		"class": "class", "bus": "bus", "analysis": "analysis", "the": "", "sb": "", "x": "",
		"intelligent": "intelligent", "intelligence": "intelligence", "children's": "children", "gas": "gas",
		// Every word of CC-CEDICT's noise and some stop words: one set now (unindexed).
		"sth": "", "cl": "", "abbr": "", "lit": "", "fig": "", "etc": "", "variant": "", "used": "", "also": "",
		"pr": "", "esp": "", "oneself": "", "see": "", "shall": "", "had": "", "into": "", "one's": "one",
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEnglishTerms(t *testing.T) {
	w := &cards.Word{Gloss: "bank; rows of seats", Senses: []string{
		"to bank (an airplane)", "a row of trees", "CL:家[jia1]", "line of business (as in 银行业[yin2 hang2 ye4])",
		"see 行[xing2]",
	}}
	got := englishTerms(w)
	want := map[string]byte{"bank": rankSense, "row": rankGloss, "airplane": rankOther, "tree": rankOther,
		"line": rankOther, "business": rankOther, "seat": rankGloss}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("terms %v, want %v", got, want)
	}
}

// TestEnglishTermsOnce: englishTerms, which reads the gloss once and skips
// a sense that is the gloss, gives every CC-CEDICT entry the terms and ranks
// that reading the gloss and then every sense in full gives, whichever
// sense (or none) the gloss is.
func TestEnglishTermsOnce(t *testing.T) {
	d, err := dict.Load()
	if err != nil {
		t.Fatal(err)
	}
	every := func(w *cards.Word) map[string]byte {
		terms := map[string]byte{}
		for i, s := range append([]string{w.Gloss}, w.Senses...) {
			for word := range lowerWords(indexable(s)) {
				if t := stem(word); t != "" {
					if r, ok := terms[t]; !ok || rankOther < r {
						terms[t] = rankOther
					}
				}
			}
			for _, piece := range strings.Split(indexable(s), ";") {
				bare := strings.TrimSpace(cutBrackets(strings.ToLower(piece)))
				for _, article := range []string{"to ", "a ", "an ", "the "} {
					bare = strings.TrimPrefix(bare, article)
				}
				if w, ok := onlyWord(bare); ok && stem(w) != "" {
					terms[stem(w)] = rankSense
				}
			}
			if i == len(w.Senses) {
				for word := range lowerWords(indexable(w.Gloss)) {
					if t := stem(word); t != "" && terms[t] > rankGloss {
						terms[t] = rankGloss
					}
				}
			}
		}
		return terms
	}
	for i := range d.Entries {
		ss := d.Entries[i].Senses()
		for _, gloss := range []string{ss[0], ss[len(ss)-1], "a row of banks"} {
			w := &cards.Word{Gloss: gloss, Senses: ss}
			if got, want := englishTerms(w), every(w); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q %q: terms %v, want %v", gloss, ss, got, want)
			}
		}
	}
}

// BenchmarkEnglishTerms builds the English terms of a word with senses as
// CC-CEDICT writes them, most without brackets (a new word's index
// entries, fresh.go).
func BenchmarkEnglishTerms(b *testing.B) {
	w := &cards.Word{Gloss: "to study; to learn", Senses: []string{
		"to learn", "to study", "to imitate", "science", "-ology", "school", "knowledge",
		"a row of trees", "line of business (as in 银行业[yin2 hang2 ye4])", "CL:門|门[men2]",
	}}
	for b.Loop() {
		englishTerms(w)
	}
}

// TestCutSpans: the spans cut from senses by hand are what the regular
// expressions they replace took out, on every sense of CC-CEDICT and on
// strings of brackets, Chinese and example marks put together.
func TestCutSpans(t *testing.T) {
	pinyinRef := regexp.MustCompile(`\[[^\]]*\]`)
	example := regexp.MustCompile(`\([^)]*(\p{Han}|as in |e\.g\.)[^)]*\)`)
	parenthetical := regexp.MustCompile(`\([^)]*\)|\[[^\]]*\]`)
	texts := sensesAnd(t, 200000, 1, "(", ")", "[", "]", "a", " ", "中", "㐀", "々", "as in ", "as in", "e.g.", "e.g", "as", " in ", "e.", "g.", "\xff", "门[men2]", "(lit.)")
	cut := 0
	for _, s := range texts {
		want := example.ReplaceAllString(pinyinRef.ReplaceAllString(s, ""), "")
		if got := cutSpans(cutSpans(s, '[', ']', nil), '(', ')', isExample); got != want {
			t.Fatalf("examples and readings of %q: %q, want %q", s, got, want)
		}
		if want != s {
			cut++
		}
		if got, want := cutBrackets(s), parenthetical.ReplaceAllString(s, ""); got != want {
			t.Fatalf("brackets of %q: %q, want %q", s, got, want)
		}
	}
	if cut < 10000 {
		t.Errorf("only %d of %d texts had a span cut", cut, len(texts))
	}
}

// BenchmarkFreshEnglish builds the English terms of 60,000 words with
// CC-CEDICT's senses, about what a million pairs bring new to a collection
// (freshIndexes' slowest bucket, built while the commit waits).
func BenchmarkFreshEnglish(b *testing.B) {
	d, err := dict.Load()
	if err != nil {
		b.Fatal(err)
	}
	var ws []*cards.Word
	for i := 0; i < len(d.Entries) && len(ws) < 60000; i += 2 {
		if ss := d.Entries[i].Senses(); len(ss) > 0 {
			ws = append(ws, &cards.Word{Word: d.Entries[i].Simp, Reading: d.Entries[i].Pinyin, Gloss: ss[0], Senses: ss})
		}
	}
	for b.Loop() {
		for _, w := range ws {
			englishTerms(w)
		}
	}
}

// TestLowerWords: lowerWords yields the words strings.FieldsFunc finds in
// strings.ToLower of the text, on every sense of CC-CEDICT and on strings
// of ASCII and other letters, capitals, apostrophes and separators put
// together (the Kelvin sign lowers to an ASCII k, İ to i; Ā and ǅ lower
// to letters that are not Latin-1; \xff is not UTF-8).
func TestLowerWords(t *testing.T) {
	texts := sensesAnd(t, 100000, 3, "a", "Z", "b", "'", " ", ";", "-", "é", "É", "K", "İ", "ß", "中", "\xff", "x1", "Don't", "(to)", "Ā", "ǅ", "\ufffd")
	for _, s := range texts {
		want := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' || r > unicode.MaxLatin1
		})
		got := slices.Collect(lowerWords(s))
		if !slices.Equal(got, want) {
			t.Fatalf("words of %q: %q, want %q", s, got, want)
		}
		if w, ok := onlyWord(s); ok != (len(want) == 1) || ok && w != want[0] {
			t.Fatalf("only word of %q: %q %v, want %q", s, w, ok, want)
		}
	}
}

// sensesAnd returns every sense of CC-CEDICT, then n strings of up to
// eight pieces put together at random (seeded by seed).
func sensesAnd(t *testing.T, n int, seed uint64, pieces ...string) []string {
	d, err := dict.Load()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for i := range d.Entries {
		texts = append(texts, d.Entries[i].Senses()...)
	}
	r := rand.New(rand.NewPCG(seed, seed+1))
	for range n {
		var b strings.Builder
		for range r.IntN(9) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}
