package zh

import "testing"

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
