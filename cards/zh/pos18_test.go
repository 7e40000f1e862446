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

// TestNegatedState: 不 before a word closing its clause with no object
// negates the state a transitive verb leaves, where the word has it as
// the verb's past participle (统一 "to unify" / "unified", 固定 "to fix" /
// "fixed"); after a degree adverb that participle is the state first
// (很集中 "concentrated", not "centralized"). Done, given an object or with
// no such sense, the verb stays.
func TestNegatedState(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"这几家店的价格不统一。", "", "统一", "unified"},
		{"我们组里大家的看法不统一。", "", "统一", "unified"},
		{"他下班的时间不固定。", "", "固定", "fixed"},
		{"孩子上课的时候注意力不集中。", "", "集中", "concentrated"},
		{"他对现在的收入还不满足。", "", "满足", "satisfied"},
		{"这一带的人口很集中。", "", "集中", "concentrated"},
		{"这几家店的价格不统一。", "Prices at these shops aren't uniform.", "统一", "unified"},
		{"开会以后大家的意见统一了。", "", "统一", "to unify"},       // guard: done
		{"我们先统一一下思想。", "", "统一", "to unify"},          // guard: an object
		{"你先把架子固定好。", "", "固定", "to fix"},             // guard
		{"他不同意我的看法。", "", "同意", "to agree"},           // guard: no state
		{"你一个人去，我不放心。", "", "放心", "to feel relieved"}, // guard
	})
}

// TestGradedVerbObject: a degree adverb, then a character whose first
// sense is no verb, then a noun with no 的 between: the character is the
// verb it also is, graded with its object (很花精力 "to spend", 很重规矩
// "to attach importance to"). Before 的 or closing its clause it keeps
// its state; after 最 or 更 an adjective modifies its noun (最低气温).
func TestGradedVerbObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"照顾孩子很花精力。", "", "花", "to spend"},
		{"他们家很重规矩。", "", "重", "to attach importance to"},
		{"这种话真气人。", "", "气", "to make angry"},
		{"照顾孩子很花精力。", "Looking after children takes a lot of energy.", "花", "to spend"},
		{"这个行李箱很重。", "", "重", "heavy"},   // guard: no object
		{"这是一个很重的箱子。", "", "重", "heavy"}, // guard: 的
		{"明天最低气温零下三度。", "", "低", "low"},  // guard: 最 + attribute
		{"广场上有很多人在跳舞。", "", "多", "many"}, // guard: an amount
		{"这里的花很香。", "", "花", "flower"},   // guard
	})
}

// TestPredicateSlotNoun: a character first a noun closing its clause
// after an adverb that only a predicate follows (也, 都, 就 …) is the verb
// it also is (你说什么他都信 信 "to trust", not "letter"); a character
// first a verb after 的, before its predicate closing the clause, is the
// subject, its noun (门上的锁坏了 锁 "a lock", not "to lock").
func TestPredicateSlotNoun(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你说什么他都信。", "", "信", "to trust"},
		{"这种广告你也信？", "", "信", "to trust"},
		{"他编的故事你就信了？", "", "信", "to trust"},
		{"宿舍门上的锁坏了。", "", "锁", "a lock"},
		{"我们班的画卖完了。", "", "画", "picture"},
		{"宿舍门上的锁坏了。", "The lock on the dorm door is broken.", "锁", "a lock"},
		{"我昨天给他寄了一封信。", "", "信", "letter"}, // guard
		{"我想再加点水。", "", "水", "water"},      // guard: 点 is no adverb
		{"门我已经锁了。", "", "锁", "to lock"},    // guard
		{"他的笑很好看。", "", "笑", "to laugh"},   // guard: no noun sense
		{"她唱的比我好。", "", "比", "(A 比 B"},     // guard
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

// TestVerbOfClause: after its subject or a negation, a verb that takes a
// clause for object (信 + 你说的) is that verb, not the entry's grammar
// sense that is no preposition (信 "at will"); a preposition there stays
// one (我为你们准备了 为 "for").
func TestVerbOfClause(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我信你说的是真的。", "", "信", "to trust"},
		{"我不信他说的那些。", "", "信", "to trust"},
		{"邻居都不信她是我妈。", "The neighbours don't believe she is my mum.", "信", "to believe"},
		{"他把它设成了默认。", "", "设", "to set up"},
		{"我为你们准备了晚饭。", "", "为", "for"},       // guard: a preposition
		{"就像你说的，这事不好办。", "", "像", "such as"}, // guard
	})
}

// TestPersonAfterState: a person right after a character first an adjective
// or a feeling, after its subject, a negation or an adverb, is its object:
// the character is its verb of one word (怪 "to blame", 烦 "to bother"),
// not its state. A preposition before its object stays one.
func TestPersonAfterState(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你别怪她，她还小。", "", "怪", "to blame"},
		{"这件事我不怪你。", "", "怪", "to blame"},
		{"你怪我吗？", "", "怪", "to blame"},
		{"你别烦我了，我在写作业。", "", "烦", "to bother"},
		{"你别烦我了，我在写作业。", "Stop bothering me, I'm doing my homework.", "烦", "to bother"},
		{"这个人有点怪。", "", "怪", "odd"},          // guard: no object
		{"我最近很烦。", "", "烦", "to feel vexed"}, // guard
		{"他对我很好。", "", "对", "to; towards"},   // guard: a preposition
	})
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
