package zh

import (
	"strings"
	"sync/atomic"

	"cika/cards/wordnet"
)

// grammarSense (need.go) is asked of about seven words a pair and tries
// some 60 cases in turn. Most cases ask something of the entry alone (a
// single character, a first sense that is a verb, a later sense "or"), but
// many ask the neighbours first: a map of adverbs, a scan of the clause, a
// scan of the first sense's glosses (stative), for every word. The entry
// only parts are answered once per entry here, a bit per case; the case
// asks its bit before anything else. A clear bit means that the case
// cannot hold for the entry whatever the neighbours, so the gate changes
// no answer (TestGrammarGate). Cases whose first test is already an entry
// fact (single, fm.verb) have no bit. contextSense (sense.go), which asks
// grammarSense, has a few such cases of its own around it.
type grammarCases uint64

// The cases that have a bit: grammarSense's in the order of need.go, then
// contextSense's.
const (
	gcApproximately     grammarCases = 1 << iota // 十年左右 "approximately"
	gcBoundsQuantity                             // 不到一年 "less than"
	gcHeadNoun                                   // 最大的困难 "difficult situation"
	gcAdjectiveThenNoun                          // 团队的热情 "passion"
	gcBlame                                      // 你怪我吗 "to blame"
	gcItHurts                                    // 奶奶最疼我了 "to love dearly"
	gcModalDeterminer                            // 该公司 "the above-mentioned"
	gcStativeObject                              // 进行一个测试 "to carry out"
	gcColloquialState                            // 这个行业太卷了 "hypercompetitive"
	gcGradedVerb                                 // 这个游戏很花时间 "to spend"
	gcLabelledAdjective                          // 很标准 "(adjective) standard"
	gcGradedNoun                                 // 很专业 "professional"
	gcGradedState                                // 经验非常丰富 "rich"
	gcPlanVerb                                   // 我们计划明年去日本 "to plan"
	gcNegatedNoun                                // 并不理想 "ideal"
	gcAskedBoth                                  // 你信不信 "to trust"
	gcOwnedState                                 // 我这个月手头有点儿紧 "one's financial situation"
	gcIntent                                     // 我准备下个月去日本 "to intend"
	gcComputing                                  // 调用API "(computing) to call"
	gcTenable                                    // 同样的情况也成立 "to be tenable"
	gcOr                                         // 你喝茶还是咖啡 "or"
	gcStraight                                   // 一直往前走 "straight"
	gcCorrelative                                // 就是下雨我也去 "even if"
	gcProposal                                   // 要不我们打车吧 "how about...?"
	gcSuggestion                                 // 我们还是走吧 "had better"
	gcClause                                     // 我怀疑他在说谎 "to suspect that"
	gcAwareness                                  // 我发现他已经走了 "to notice"
	gcCognition                                  // 我感觉有点冷 "to feel"
	gcPersonObject                               // 他帮助我们 "to help"
	gcAdverbPredicate                            // 他经常帮助别人 "to help"
	gcVerbWaiting                                // 你最好早点来 "had better ..."
	gcObjectNoun                                 // 所有工作 "work"
	gcConcern                                    // 开车要注意安全 "safety"
	gcCompoundHead                               // 情感支持 "support"
	gcSuffix                                     // a suffix sense closing its clause

	// contextSense's, before and after it asks grammarSense.
	gcVerbSlot // 正在准备考试 "to prepare"
	gcNounHead // 产品定位是 "position"
	gcAddition // 还有,我明天不来了 "in addition"
	gcBut      // 不过我还是想去 "but; however"
	gcNewly    // 我新买了一辆车 "newly"
	gcAdverb   // 完全不认为 "totally", 他一口气喝了 "in one breath"
	gcKnown    // the bits are found (entryInfo.grammarMay)
)

// grammarGateOpen, set by tests, sets every bit: every case is asked.
var grammarGateOpen bool

// has reports whether case c may hold.
func (g grammarCases) has(c grammarCases) bool { return g&c != 0 }

// grammarGate returns the cases of grammarSense and contextSense that may
// hold for in with first as its first sense. They are found once per
// entry for each of the two firsts those ask with: the first plain sense
// (nine asks in ten) and the usual sense (learner.txt). For another first
// (a later sense, when the first does not fit) every case is asked.
func (in *entryInfo) grammarGate(first int) grammarCases {
	var may *atomic.Uint64
	switch {
	case grammarGateOpen:
		return ^grammarCases(0)
	case first == int(in.firstPlain):
		may = &in.grammarMay[0]
	case first == int(in.usual):
		may = &in.grammarMay[1]
	default:
		return ^grammarCases(0)
	}
	if g := grammarCases(may.Load()); g != 0 {
		return g
	}
	g := grammarCasesOf(in, first)
	may.Store(uint64(g)) // (two goroutines may both find it: the same bits)
	return g
}

// grammarCasesOf finds the bits of grammarGate: each line is the part of
// its case's test in grammarSense that asks the entry alone, a laterPlain
// asked without neighbours (which allow fewer senses, never more).
func grammarCasesOf(in *entryInfo, first int) grammarCases {
	fs, fm, single := in.senses[first], &in.marks[first], int(in.runes) == 1
	laterHas := func(is func(string) bool) bool {
		return in.laterPlain(first, nil, func(_ int, s string) bool { return is(s) }) >= 0
	}
	firstPOS := partsOfSpeech(firstGloss(fs))
	g := gcKnown
	set := func(c grammarCases, may bool) {
		if may {
			g |= c
		}
	}
	set(gcApproximately, !approximation(fs) && laterHas(approximation))
	set(gcBoundsQuantity, !single && !fm.quantifier && laterHas(quantifier))
	set(gcHeadNoun, !single && !fm.verb && firstPOS&(wordnet.Adj|wordnet.Noun) == wordnet.Adj)
	set(gcAdjectiveThenNoun, !single && in.adjectiveThenAdjective(first))
	set(gcBlame, single && (adjectiveSense(fs) || feeling(fs)) && in.prepositionSense() < 0)
	set(gcItHurts, strings.HasPrefix(fs, "(it) "))
	set(gcModalDeterminer, fm.modal)
	set(gcStativeObject, !single && fm.verb && stative(fs) && !strings.HasPrefix(firstGloss(fs), "to be at "))
	set(gcColloquialState, single && (fm.nounish || fm.verb && !stative(fs)) && in.colloquialAdjective() >= 0)
	set(gcGradedVerb, single && !fm.verb && in.e.Simp != "多" && in.e.Simp != "少" && laterHas(isVerbSense))
	set(gcLabelledAdjective, !fm.verb && !predicateSense(fs) && firstPOS&wordnet.Adv == 0 && laterHas(labelledAdjective))
	set(gcGradedNoun, fm.nounish)
	set(gcGradedState, fm.verb && !stative(fs) && !feeling(fs))
	set(gcPlanVerb, !single && fm.nounish)
	set(gcNegatedNoun, fm.nounish)
	set(gcAskedBoth, fm.nounish)
	set(gcOwnedState, !single && !fm.verb && !fm.nounish && firstPOS&wordnet.Adv == 0 && laterHas(nounish))
	set(gcIntent, !single && intentSense(in, first) >= 0)
	set(gcComputing, computingVerbSense(in) >= 0 && computingVerbSense(in) != first)
	set(gcTenable, !single && tenableSense(in, first) >= 0)
	set(gcOr, !single && orSense(in, first) >= 0)
	set(gcStraight, !single && straightSense(in, first) >= 0)
	set(gcCorrelative, !single && hasCorrelativeSense(in, first))
	set(gcProposal, !single && proposalSense(in, first) >= 0)
	set(gcSuggestion, !single && suggestionSense(in, first) >= 0)
	set(gcClause, !single && clauseSense(in, first) >= 0)
	set(gcAwareness, !single && fm.verb && awarenessSense(in, first) >= 0)
	set(gcCognition, !single && fm.nounish && cognitionSense(in, first) >= 0)
	set(gcPersonObject, !single && fm.nounish)
	set(gcAdverbPredicate, !single && (fm.nounish || adjectiveSense(fs)))
	set(gcVerbWaiting, !single && verbWaitingSense(in, first) >= 0)
	set(gcObjectNoun, !single && fm.verb)
	set(gcConcern, !single && adjectiveSense(fs))
	set(gcCompoundHead, !single && int(in.runes) < 4 && fm.verb)
	// (The last case returns later's answer, -1 for an entry with no
	// such sense, as falling out of the switch does.)
	set(gcSuffix, single && laterHas(func(s string) bool { return strings.Contains(strings.ToLower(s), "suffix") }))

	set(gcVerbSlot, negatedState(fs) || (fm.nounish || !single && nounLike(fs)) && !adverbGloss(fs) || !fm.verb && !predicateSense(fs))
	set(gcNounHead, !single && predicateFirst(fs) && laterHas(func(s string) bool { return !isVerbSense(s) && nounish(s) && nounGloss(firstGloss(s)) }))
	// (The three below only return a sense they find.)
	set(gcAddition, !single && in.additionSense() >= 0 && in.additionSense() != first)
	set(gcBut, !single && in.butSense() >= 0 && in.butSense() != first)
	set(gcNewly, single && in.lySense(first) >= 0)
	set(gcAdverb, !in.usualIsAdverbial() && (in.adverbSense() >= 0 && in.adverbSense() != first || in.phraseAdverbSense(first) >= 0))
	return g
}

// hasCorrelativeSense reports whether in has a sense other than first
// that correlativeSense may give: "(used correlatively with X[…])".
func hasCorrelativeSense(in *entryInfo, first int) bool {
	for i, s := range in.senses {
		if rest, ok := strings.CutPrefix(s, "(used correlatively with "); ok && i != first {
			if w, _, ok := strings.Cut(rest, "["); ok && w != "" {
				return true
			}
		}
	}
	return false
}
