package zh

import (
	"strings"
	"testing"
)

// TestCountedPastModifier: what a quantity counts is a noun though an
// adjective stands between them with no 的 (一个新发现, 一个重要决定, 两个
// 好建议, 是个新开始): a word first a verb is there the noun it also is.
// Before an object, or with no quantity before the adjective, it stays
// the verb.
func TestCountedPastModifier(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们这次有一个大发现。", "", "发现", "a discovery"},
		{"这是一个重要决定，你再想想。", "", "决定", "decision"},
		{"他给我提了两个好建议。", "", "建议", "proposal"},
		{"换了工作对他来说是个新开始。", "", "开始", "beginning"},
		{"这个小区有一项新规定。", "", "规定", "regulations"},
		{"那次小争吵让他们冷静了几天。", "", "争吵", "dispute"},
		{"我手机里装了一个新应用。", "", "应用", "application"},
		{"我先给大家做一个简单介绍。", "", "介绍", "introduction"},
		{"老师给了我一个小提示。", "", "提示", "suggestion"},
		{"这是一个重要决定。", "This is an important decision.", "决定", "decision"},
		{"我们有一个大发现。", "We made a big discovery.", "发现", "a discovery"},
		{"我们很快发现了问题。", "", "发现", "to discover"}, // guard: no quantity
		{"他一个人决定了这件事。", "", "决定", "to decide"},  // guard: 一个人 is the subject
		{"我们一起好好计划一下。", "", "计划", "to plan"},    // guard
		{"这是一个新的开始。", "", "开始", "beginning"},    // (的: the older rule)
		{"我们第一次正式见面是在北京。", "", "见面", "to meet"}, // guard: a verb only
	})
}

// TestAskedBoth: X不X asks whether one predicate holds: the first X is
// the verb or adjective a word first a noun also is (你信不信 "to trust",
// not "letter"), it is no subject noun before 不 (方便不方便 "convenient",
// not "having money to spare"), and the second X takes the first's sense
// (熟不熟 "familiar" twice, not "ripe" after 不). Every token of the word
// is checked.
func TestAskedBoth(t *testing.T) {
	a := analyzer(t)
	for _, tc := range []pairGloss{
		{"这种鬼话你信不信？", "", "信", "to trust"},
		{"你到底信不信我说的？", "", "信", "to trust"},
		{"我明天过去一趟，你方便不方便？", "", "方便", "convenient"},
		{"你跟老王熟不熟？", "", "熟", "familiar"},
		{"你信不信我？", "Do you trust me?", "信", "to trust"},
		{"你到底信不信我说的话？", "", "信", "to trust"},
		{"这个西瓜熟不熟？", "", "熟", "ripe"},       // guard: a fruit
		{"你今天忙不忙？", "", "忙", "busy"},        // guard
		{"这道菜辣不辣？", "", "辣", "hot (spicy)"}, // guard
	} {
		n := 0
		for _, tk := range a.Analyze(tc.zh, tc.en) {
			if tk.Text != tc.word {
				continue
			}
			n++
			if !strings.HasPrefix(tk.Gloss, tc.want) {
				t.Errorf("%s (%d) in %s: got %q, want %q", tc.word, n, tc.zh, tk.Gloss, tc.want)
			}
		}
		if n != 2 {
			t.Errorf("%s in %s: %d tokens, want 2", tc.word, tc.zh, n)
		}
	}
}

// TestNothingHadWord: what one has or has none of after 什么, 没什么 or
// 一点 is a noun for a word of several characters too: 没什么变化 "change;
// variation", not "to change".
func TestNothingHadWord(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我们老家这几年没什么变化。", "", "变化", "change; variation"},
		{"这些年他的中文没什么进步。", "", "进步", "progress"},
		{"这个药对我一点帮助都没有。", "", "帮助", "assistance"},
		{"你下周有什么安排吗？", "", "安排", "arrangements"},           // (the older rule: 吗 ends it)
		{"情况一直在变化。", "", "变化", "(intransitive) to change"}, // guard: no amount before
	})
}

// TestCountedSaidNoun: what a quantity counts is a noun whatever verb the
// English says by a related word, where it says the noun sense too (一个小
// 提示 / "a little hint" 提示 "suggestion", not "to suggest"); before 的
// the word may be a modifier's verb.
func TestCountedSaidNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"他临走前给了我一个小提示。", "Before he left he gave me a little hint.", "提示", "suggestion"},
		{"考官给了两个提示。", "The examiner gave two hints.", "提示", "suggestion"},
		{"每种说话的方式都不一样。", "Every way of speaking is different.", "说话", "to speak"},   // guard: before 的
		{"他提示我别忘了带钥匙。", "He reminded me not to forget my keys.", "提示", "to remind"}, // guard: a verb's slot
	})
}

// TestBitCounted: 一点 closing the clause before a word counts it, a noun
// (你能给我一点帮助吗 帮助 "assistance", not "to help").
func TestBitCounted(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你能给我一点帮助吗？", "", "帮助", "assistance"},
		{"老师，能再给一点提示吗？", "", "提示", "suggestion"},
		{"他一点准备都没有。", "", "准备", "preparation"}, // (the older rule)
	})
}
