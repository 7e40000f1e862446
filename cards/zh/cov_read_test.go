package zh

import "testing"

// TestCovReadWillDo: 行 xing2 right after a thing that is its subject,
// closing the clause, is whether it will do; after a person it is
// "capable".
func TestCovReadWillDo(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ zh, gloss string }{
		{"这个价格行吗?", "all right; OK!; will do"},
		{"我看这件衣服行。", "all right; OK!; will do"},
		{"你放心,这个办法行,我试过了。", "all right; OK!; will do"},
		{"你行吗?", "capable; competent"},
	} {
		if _, gloss := tokenAt(t, a, c.zh, "", "行"); gloss != "" && gloss != c.gloss {
			t.Errorf("%s: 行 is %q, want %q", c.zh, gloss, c.gloss)
		}
	}
}
