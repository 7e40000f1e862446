package zh

import (
	"testing"
)

// TestLengthPriorGuards: where the text says a headword gse lacks is not
// the word, the length prior does not make it one (lengthPrior); each row
// failed before its guard, and the last stands for the headword still
// right on its own.
func TestLengthPriorGuards(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct {
		zh, en string
		want   string
	}{
		// 不 of a potential complement: 听清 "to hear clearly" is a
		// headword, so 听 不 清楚, not 不清楚 "unclear".
		{"电话里我听不清楚。", "I can't hear clearly on the phone.", "电话 里 我 听 不 清楚 。"},
		{"这件事我不清楚。", "I am not clear about this.", "这 件 事 我 不清楚 。"}, // guard
		// 得 opening a complement of degree, not 去得 "can go". (A
		// sentence without 来得快, whose counted 来得 is no more right
		// there than 去得 and is not this guard's to pin.)
		{"这场雨去得也快。", "This rain went away just as fast.", "这 场 雨 去 得 也 快 。"},
		// A clause on "it is" (没有什么 "it is nothing") only as the
		// whole run: before a noun, 没有 and 什么.
		{"他没有什么朋友。", "He does not have many friends.", "他 没有 什么 朋友 。"},
		{"没有什么。", "It is nothing.", "没有什么 。"}, // guard
		// The verb said again (V了V) stands alone: no 翻桌 "to flip a
		// table over" at the second 翻; a counted word keeps its evidence.
		{"我翻了翻桌上的文件。", "I leafed through the papers on the desk.", "我 翻 了 翻 桌 上 的 文件 。"},
		{"她点了点头。", "She nodded.", "她 点 了 点头 。"}, // guard
		// An unseen verb of two characters, the first a verb, done: before
		// 了 or closing the run (doneVerbPrior); not one whose second
		// character is a particle (完了 "to be finished" of 看完了).
		{"我终于想通了。", "", "我 终于 想通 了 。"},
		{"钥匙找着了。", "", "钥匙 找着 了 。"},
		{"这本书我看完了。", "", "这 本 书 我 看 完 了 。"}, // guard
		// A headword gse counts rareCount times or less earns the prior
		// too (看球, 到齐, 听清 have 3), but not against the counted word
		// that crosses it from the right (rareCrossed: 期中考 before 试).
		{"他其实是去看球了。", "", "他 其实 是 去 看球 了 。"},
		{"人都到齐了。", "", "人 都 到齐 了 。"},
		{"期中考试我考得不错。", "", "期中 考试 我 考 得 不错 。"},
		// A counted word crossing from the left is evidence against the
		// unseen word (crossedBySeen: 看不见|了, not 看|不见了); a proper
		// name's count is not (the county 子长 across 孩子|长高).
		{"孩子长高了。", "", "孩子 长高 了 。"},
		{"这孩子长高了不少。", "This child has grown a lot taller.", "这 孩子 长高 了 不少 。"},
		{"我看不见了。", "", "我 看不见 了 。"}, // guard
	} {
		if got := splitOf(a, c.zh, c.en); got != c.want {
			t.Errorf("%s: %q, want %q", c.zh, got, c.want)
		}
	}
}

// TestVerbWithItsObject: after a verb gse lacks whose sense holds its
// object (verbWithItsObject), the next word is no object of it, nor 给 its
// complement; the verb is still a verb to the words before it.
func TestVerbWithItsObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我用手机扫码付款。", "", "付款", "to pay"},
		{"你等一下给我打电话。", "", "给", "(给 sb + verb) for; to (sb)"},
		{"他叫我等一下。", "", "叫", "to ask"}, // guard: a verb to the words before it
	})
}
