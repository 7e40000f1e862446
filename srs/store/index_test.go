package store

import (
	"reflect"
	"testing"

	"cika/cards"
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
