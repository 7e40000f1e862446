package zh

import (
	"strings"
	"testing"
)

// senseScoreRef is senseScore as it was before senses were compiled: split
// and stem the sense at every call. TestCompiledSensesMatch checks the
// compiled form against it.
func (x *english) senseScoreRef(sense string) float64 {
	if len(x.stems) == 0 {
		return 0
	}
	best := 0.0
	for _, part := range glossSplitter.Split(sense, -1) {
		content, matched, function, fmatched := 0, 0, 0, 0
		for _, w := range glossWords(part) {
			if st := stem(w); st != "" {
				content++
				if x.stems[st] {
					matched++
				}
			} else if !glueWords[w] {
				function++
				if x.words[w] {
					fmatched++
				}
			}
		}
		switch {
		case content > 0:
			best = max(best, float64(matched)/float64(content))
		case function > 0:
			best = max(best, float64(fmatched)/float64(function))
		}
	}
	return best
}

// TestCompiledSensesMatch scores every sense of a sample of CC-CEDICT
// entries against English sentences made of words of those senses, and
// compares the compiled scores with the string-based ones exactly.
func TestCompiledSensesMatch(t *testing.T) {
	a := analyzer(t)
	entries := a.dict.Entries
	step := len(entries) / 3000
	var ens []*english
	for _, s := range []string{
		"", "I want to see the king and the monarch", "Both of them are entirely right.",
		"And together with you, because of that.", "He plays the guitar; she sings.",
		"to be or not to be", "Large-scale models of language, a pattern (mold).",
	} {
		ens = append(ens, newEnglish(s))
	}
	n := 0
	for i := 0; i < len(entries); i += step {
		e := &entries[i]
		ss := e.Senses()
		// An English side made of this entry's own sense words, so that
		// matches are common.
		own := newEnglish(strings.Join(ss, " "))
		half := newEnglish(strings.Join(ss[:(len(ss)+1)/2], " "))
		m := compileSenses(ss)
		if len(m.senseEnd) != len(ss) {
			t.Fatalf("%s: %d senses compiled, want %d", e.Simp, len(m.senseEnd), len(ss))
		}
		for _, x := range append(ens, own, half) {
			for j, s := range ss {
				got, want := 0.0, x.senseScoreRef(s)
				if len(x.stems) > 0 {
					got = x.senseScore(m, j)
				}
				if got != want {
					t.Fatalf("%s sense %q (sense %d of %q), English %v: compiled score %v, want %v", e.Simp, s, j, ss, x.stems, got, want)
				}
				if want > 0 {
					n++
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d positive scores compared; the test compares too little", n)
	}
}
