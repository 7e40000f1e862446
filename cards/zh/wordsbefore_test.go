package zh

import (
	"slices"
	"testing"
)

// TestWordsBefore checks the words a sense's leading note asks to stand
// before the token (needWordBefore): a pattern's element before "~", the
// words cited after "after", none where the list is open ("etc") or no
// word is cited.
func TestWordsBefore(t *testing.T) {
	for _, tc := range []struct {
		sense string
		want  []string
	}{
		{"(pattern: {verb} + 個|个[ge5] + ~) without end; incessantly", []string{"個", "个"}},
		{"(after 得[de5]) very", []string{"得"}},
		{"(used after 得[de2] to indicate possibility, as in 談得來|谈得来[tan2 de5 lai2], or after 不[bu4] to indicate impossibility, as in 吃不來|吃不来[chi1 bu5 lai2])", []string{"得", "不"}},
		{"(after 不[bu4] or 只[zhi3] or 何[he2] etc) to need; to require; to take", nil},
		{"(after a verb) a bit; a little", nil},
		{"(pattern: 就[jiu4] ... 也[ye3] ...) even if ... still ...", nil},
		{"to eat", nil},
	} {
		if got := wordsBefore(tc.sense); !slices.Equal(got, tc.want) {
			t.Errorf("wordsBefore(%q) = %q, want %q", tc.sense, got, tc.want)
		}
	}
}

// TestPatternSenseNeedsItsWord checks that a sense whose pattern names the
// word before it is not chosen without that word: 吃不了 is "unable to",
// not 不了's "(pattern: {verb} + 个 + ~) without end", whatever "finish"
// or "end" the English says.
func TestPatternSenseNeedsItsWord(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这么大的蛋糕我一个人吃不了。", "I can not finish such a big cake by myself.", "不了", "(as a resultative verb suffix) unable to"},
	})
}
