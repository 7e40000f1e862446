package zh

import (
	"strings"
	"unicode/utf8"
)

// countedNounAhead reports whether what follows the token, in its clause,
// is a noun a measure word in the token's place would count: the noun
// itself (这帮人), or, after a number, a demonstrative, 有 or 是, the noun
// after a modifier of one character (那头老黄牛, 这帮老主顾, 一位新同事:
// gse tags 老 and 新 adjectives, so the tag of the next word alone missed
// them; the noun as nounAt knows it, for gse tags 主顾 a verb), or a
// description closed by 的 and then its noun, where the description opens
// with a verb or a preposition (是位给电影配字幕的老翻译, 有家卖包子的店; not
// 是家里的人, whose 家 begins a place word).
func countedNounAhead(nb *neighbours) bool {
	if strings.HasPrefix(nb.nextPos, "n") {
		return true
	}
	if nb.sn == nil || nb.a == nil {
		return false
	}
	if !numeralWord(nb.prev) && !pointsAtCounted(nb.prev) && nb.prev != "有" && nb.prev != "是" {
		// (Past a modifier only after what counts: a number, a
		// demonstrative, or 有 and 是 with their 一 left out. After a
		// time, 头一年对新师傅, 对 is the preposition.)
		return false
	}
	j := hanAt(nb.sn, nb.k, 1)
	if j < 0 {
		return false
	}
	if p := nb.sn.posOf(nb.a, j); p == "a" || p == "b" {
		// (One character of it: a modifier, not a predicate of its own;
		// 这位很好 has 很 between.)
		if k := hanAt(nb.sn, j, 1); k >= 0 && utf8.RuneCountInString(nb.sn.toks[j].Text) == 1 && nb.a.nounAt(nb.sn, k) {
			return true
		}
		return false
	}
	if strings.HasPrefix(nb.nextPos, "v") || nb.nextPos == "p" {
		return deNounAhead(nb.sn, nb.k)
	}
	return false
}
