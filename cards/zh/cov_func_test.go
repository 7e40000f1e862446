package zh

import "testing"

// TestCovFunc: session 17's coverage sweep of function words (helper covF,
// testdata/senses/cov-covF.tsv). Every sentence is written for the test;
// rows where a rule must fire stand beside guards it must leave alone.
func TestCovFunc(t *testing.T) {
	a := analyzer(t)
	checkFunctionGlosses(t, a, []functionGloss{
		// 后 after a verb's object: the deed is over, "after" (not "behind").
		{"看完电影后我们去吃饭。", "", "后", "(…后) after; later"},
		{"洗完澡后他就睡了。", "", "后", "(…后) after; later"},
		{"开完会后大家都走了。", "After the meeting everyone left.", "后", "(…后) after; later"},
		{"下班后我去接你。", "", "后", "(…后) after; later"},
		{"猫躲在门后。", "", "后", "(…后) after; behind"},
		{"他藏在沙发后。", "", "后", "(…后) after; behind"},
		{"小狗跑到门后去了。", "", "后", "(…后) after; behind"},
		// 的 before an adverb closes a subject with no noun: the … one, what ….
		{"贵的其实不一定好。", "", "的", "(adjective + 的) the … one"},
		{"便宜的已经卖完了。", "", "的", "(adjective + 的) the … one"},
		{"他做的其实挺好吃。", "", "的", glossDeWhat},
		{"我们买的还没到。", "", "的", glossDeWhat},
		{"成功的可能很小。", "", "的", "(links a description to its noun)"},
		{"他的其实也不错。", "", "的", "'s; the one of (mine, his…)"},
		{"我的比你的贵。", "", "的", "'s; the one of (mine, his…)"},
		// An adjective gse tags a name (安静, nr) describes the noun after 的.
		{"他们喜欢安静的咖啡馆。", "", "的", "(links a description to its noun)"},
		{"她想找个安静的房间。", "", "的", "(links a description to its noun)"},
		{"这是小王的房间。", "", "的", "'s; of (possession)"},
		{"人类文明的未来会怎样?", "", "的", "'s; of (possession)"},
		{"这双鞋你要蓝的还是白的?", "", "的", "(adjective + 的) the … one"},
		// 在 + verb + 中 closing the clause: under way.
		{"这个问题还在讨论中。", "", "中", "(verb + 中) in the course of"},
		{"新的图书馆正在建设中。", "", "中", "(verb + 中) in the course of"},
		{"事故的原因还在调查中。", "", "中", "(verb + 中) in the course of"},
		{"在工作中他学会了很多东西。", "", "中", "(after a noun) in; among; within"},
		{"他在生活中很节约。", "", "中", "(after a noun) in; among; within"},
		// A verb gse tags a bare morpheme (穿, 唱, 查: zg) before its
		// complement is a verb all the same.
		{"这双鞋穿起来很舒服。", "", "起来", glossQilaiSeems},
		{"这件毛衣穿起来很暖和。", "", "起来", glossQilaiSeems},
		{"你查一下收到没有。", "", "一下", "(after a verb) a bit"},
		{"他站起来走了。", "", "起来", "(verb + 起来) up (upward movement)"},
		{"他弟弟的脾气很好。", "", "好", "good"},
		{"他唱得很好。", "", "好", "good"},
		// 要 + negation, 就 after: "if".
		{"你要不喜欢就别吃了。", "", "要", glossYaoIf},
		{"他要没空,我们就改天再去。", "", "要", glossYaoIf},
		{"明天要不下雨,我们就去爬山。", "", "要", glossYaoIf},
		{"你要不要喝点水?", "", "要", glossYaoVerb},
		{"我要去超市,你就在家等我。", "", "要", glossYaoVerb},
		{"你不要走。", "", "不要", anySense},
		// 其 before an adjective, 的 and a noun owns the noun.
		{"这种方法有其明显的缺点。", "", "其", glossQiOwner},
		{"任何制度都有其合理的地方。", "", "其", glossQiOwner},
		{"每个城市都有其独特的文化。", "", "其", glossQiOwner},
		{"我们要尊重其合理的要求。", "", "其", glossQiOwner},
		{"老师要求其马上改正。", "", "其", "it; him; them (literary object)"},
		// 以 opening a clause after a comma, before a verb: the purpose.
		{"他拼命赚钱,以养活一家老小。", "", "以", "in order to; so as to"},
		{"我们每天记账,以控制开支。", "", "以", "in order to; so as to"},
		{"他以很低的价格买下了房子。", "", "以", "by means of; with; in (a way)"},
		{"她以最快的速度跑回家。", "", "以", "by means of; with; in (a way)"},
		// 嘛 before a comma: after a whole clause what is obvious, after a
		// topic the pause.
		{"这不难嘛,多练练就好了。", "", "嘛", glossMaObvious},
		{"他是你哥嘛,你应该帮他。", "", "嘛", glossMaObvious},
		{"大家都很忙嘛,别怪他。", "", "嘛", glossMaObvious},
		{"我们都很累嘛,明天再说吧。", "", "嘛", glossMaObvious},
		{"这个嘛,我再想想。", "", "嘛", "particle indicating a pause for emphasis"},
		{"其实嘛,我也不太清楚。", "", "嘛", "particle indicating a pause for emphasis"},
	})
}
