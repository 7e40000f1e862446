package zh

import "testing"

// splitsName is true where the character before and the token make a
// headword that is only a name (花都 "Huadu": 花 都 dou1), false where
// they make none or a word that is more than a name, and false for a
// token of several characters.
func TestSplitsName(t *testing.T) {
	a := analyzer(t)
	for _, tc := range []struct {
		zh, en, tok string
		want        bool
	}{
		{"公园里的花都开了。", "All the flowers in the park are out.", "都", true},
		{"我们都开了。", "We all drove.", "都", false},
		{"他的花很好看。", "His flowers are pretty.", "很", false},
		{"今天天气很好。", "The weather is fine today.", "天气", false},
	} {
		sn := &sentence{toks: a.Analyze(tc.zh, tc.en)}
		for _, tok := range sn.toks {
			sn.pos = append(sn.pos, 0)
			id := int32(-1)
			if le, ok := a.lex.get(tok.Text); ok {
				id = le.id
			}
			sn.ids = append(sn.ids, id)
		}
		k := -1
		for i, tok := range sn.toks {
			if tok.Text == tc.tok {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("%s: no token %s in %v", tc.zh, tc.tok, sn.toks)
		}
		nb := a.neighbours(sn, k)
		for range 2 { // (the second answer is the one kept)
			if got := nb.splitsName(); got != tc.want {
				t.Errorf("%s, %s after %s: splitsName %v, want %v", tc.zh, tc.tok, nb.prev, got, tc.want)
			}
		}
	}
}
