package zh

import "testing"

// Session 16 (words18): content words whose sense the slot, the object or
// the subject decides. The tables live here so that helpers appending at
// once do not collide.

// TestQuiteFrame: 挺 in the frame 挺…的 closing its clause is "(coll.)
// quite; very", whatever gse tags the word between (精神 n).
func TestQuiteFrame(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你穿这件挺精神的。", "", "挺", "(coll.) quite; very"},
		{"这孩子挺精神的。", "The kid looks pretty lively.", "挺", "(coll.) quite; very"},
		{"我觉得这事儿挺偶然的。", "", "挺", "(coll.) quite; very"},
		{"那你们是怎么挺过来的？", "", "挺", "to withstand"}, // guard
	})
}
