package zh

import (
	"strings"
	"unicode/utf8"
)

// regroup (boundaries.go) asks some fifty rules of every word of a run, in
// turn, ≈ 0.5 µs a word; each fires on a few words only, and its first test
// says which: a word itself (一句话, 别管), its first or last character (不
// before a verb, 得 after one), or the word after or before it (着 after
// the verb, 第 before the number). regroupMask answers those first tests
// for the word at k and its neighbours from bits found once per headword of
// the lexicon (anchorsOf), and regroup asks only the rules whose bit is
// set.
//
// A rule's anchor is its own first test of one word, made on that word
// alone: a rule that changes that test changes its anchor below.
// TestRegroupGate checks every gated rule against its bit on the sentences
// of the package's tests.

// regroupBits holds one bit per gated rule of regroup and the place of the
// word its anchor tests (the word at k, the one after, before, or two
// after). The 64 bits all taken, two bits gate a group of rules each
// (boundaries.go): the rules of rgCountOrParticle mend a headword that
// runs across a count or measure word (点菜 of 买点菜, 五一 of 两块五一斤, 十分
// of 九十分, 通电话 of 打了通电话) or takes a verb's particle or complement
// into one word (说出, 走过, 见得, 得到), and atOnce, mostlyAll and takeTaxi
// (马上, 大都, 打的) share it; those of rgColloquialPhrases mend turns of
// talk that a headword runs across (一天 下来, 光 顾 着, 可 不, 就 算了, 想
// 要不要, 做 得 来) or cuts (急着, 试着, 没找着).
type regroupBits uint64

const (
	rgMoreAndMore       regroupBits = 1 << iota // next: 越…
	rgNegatedVerb                               // word: 不 and one character
	rgJoined                                    // word: 为 对 给 学好 还好 不好 得 老 最 要 不 着
	rgJoinedNext                                // next: 达
	rgSoonAfterYi                               // word: 一下
	rgCompoundDirection                         // next: 来 去
	rgOneSentence                               // word: 一句话
	rgDontMind                                  // word: 别管
	rgDontSay                                   // word: 别说
	rgThisOne                                   // prev: 这 那 哪
	rgOrdinal                                   // prev: 第
	rgTogether                                  // word: 起来
	rgReadingNow                                // word: 在读
	rgOneRow                                    // word: 一行
	rgFoundIt                                   // next: 着
	rgBodyMoved                                 // word: 下 or 过, then 头 腰 身 脸
	rgSplitBefore                               // word: 没什么 到了 要说
	rgSomeOf                                    // word: 有
	rgHowAbout                                  // word: 要
	rgNegatedResult                             // word: 没… 不…
	rgRecalled                                  // word: 来
	rgSuggestedObject                           // word: a character and 吧
	rgToAndFro                                  // word: …来
	rgDoubledObject                             // word: a character doubled, first
	rgEarlyThen                                 // word: 一
	rgDegreeOfZai                               // word: 在
	rgAskedBothWays                             // word: X不, X不X
	rgAtPlace                                   // next: a place near (nearPlaces), or its end
	rgDoubled                                   // word: a character whose double is a verb
	rgLongerObject                              // word: a verb's character, then more
	rgVerbCopied                                // after: 得
	rgDegreeHead                                // prev: a degree adverb
	rgHaveWord                                  // word: an adverb's character and 有
	rgOlderBy                                   // word: 大… 小…
	rgCannotReach                               // next: 不到
	rgSlangCount                                // word: 几… or a numeral, then more
	rgSubjectThenVerb                           // next: 了 着 过
	rgWeekday                                   // word: …星期 …礼拜
	rgNextOne                                   // prev: 上 下 这 那 哪
	rgDegreeAfterGain                           // word: a character and 得
	rgSoThatHands                               // word: 得…
	rgShortBy                                   // word: 差一点 差一点儿
	rgNoRoom                                    // next: 不下
	rgByOneself                                 // word: 一 一个
	rgMatterFirst                               // word: a noun's character and an adverb's
	rgTimeTill                                  // word: 离开
	rgOneAspect                                 // prev: …是
	rgMustServe                                 // word: 得…
	rgPlaceThenVerb                             // word: 上 里 下 中 and a character
	rgGoneAtEnd                                 // word: 没
	rgMustGo                                    // word: 得到
	rgPreviousOne                               // word: a character and 上 or 下
	rgGotPrize                                  // word: 过奖
	rgSpokenPair                                // word: a first word of spokenPairs (那 of 那时候)
	rgWrongBefore                               // word: 错过
	rgCountOrParticle                           // word: 点… 口…, …出, 出新, 马, 通电话, 人大, 得到, doneBeforeWords, 半…, a numeral and 一 or 度, 一 and a character, 打, 见得, 十分, 百分, 天干
	rgLoneZi                                    // next: 子
	rgVerbComplement                            // next: verbComplements
	rgLaterSend                                 // word: 头发
	rgColloquialPhrases                         // word: 天下 光顾 可不 可不是 就算 干什么 想要 只得 得来 急 试, …着, a verb's character

	rgKnown regroupBits = 1 << 63 // the bits are computed (never 0 then)
)

// The bits whose anchor is the word after (rgAtNext), before (rgAtPrev) and
// two after (rgAtAfter) the word at k; the others' is the word itself.
const (
	rgAtNext  = rgMoreAndMore | rgJoinedNext | rgCompoundDirection | rgFoundIt | rgAtPlace | rgCannotReach | rgSubjectThenVerb | rgNoRoom | rgLoneZi | rgVerbComplement
	rgAtPrev  = rgThisOne | rgOrdinal | rgDegreeHead | rgNextOne | rgOneAspect
	rgAtAfter = rgVerbCopied
	rgAtWord  = (rgKnown - 1) &^ (rgAtNext | rgAtPrev | rgAtAfter)
)

// regroupGateOpen, set by tests only, makes regroupMask answer every bit:
// every rule asked, as before the gate.
var regroupGateOpen bool

// regroupProbe, set by tests only, is told each word regroup asks its rules
// of, before it asks them.
var regroupProbe func(run string, out *segWords, k, from int, prev, prevTag string)

// regroupMask returns the bits of the rules of regroup that may fire at
// word k of out (from the first word of run).
func (a *Analyzer) regroupMask(run string, out *segWords, k, from int) regroupBits {
	if regroupGateOpen {
		return ^regroupBits(0)
	}
	m := a.anchorsAt(run, out, k, from) & rgAtWord
	if k+1 < len(out.ends) {
		m |= a.anchorsAt(run, out, k+1, from) & rgAtNext
		if k+2 < len(out.ends) {
			m |= a.anchorsAt(run, out, k+2, from) & rgAtAfter
		}
	}
	if k > from {
		m |= a.anchorsAt(run, out, k-1, from) & rgAtPrev
	}
	return m
}

// anchorsAt returns the anchors of word j of out, found once per headword;
// every bit for a word out of the lexicon.
func (a *Analyzer) anchorsAt(run string, out *segWords, j, from int) regroupBits {
	id := out.ids[j]
	if id < 0 {
		return ^regroupBits(0)
	}
	slot := &a.anchors[id]
	if b := regroupBits(slot.Load()); b != 0 {
		return b
	}
	b := a.anchorsOf(run[out.start(j, from):out.ends[j]]) | rgKnown
	slot.Store(uint64(b)) // (two goroutines may both compute it: the same bits)
	return b
}

// anchorsOf returns the anchors w meets, in every place: the bit of a rule
// is set when w passes the rule's first test of the word at its anchor's
// place.
func (a *Analyzer) anchorsOf(w string) regroupBits {
	var b regroupBits
	set := func(bit regroupBits, may bool) {
		if may {
			b |= bit
		}
	}
	c1, n1 := utf8.DecodeRuneInString(w)
	c2, n2 := utf8.DecodeRuneInString(w[n1:])
	two := n1 > 0 && n2 > 0 && n1+n2 == len(w)
	single := func(c rune) bool { return c < maxRune && a.singles[c].logp != 0 }

	set(rgMoreAndMore, strings.HasPrefix(w, "越"))
	rest, ok := strings.CutPrefix(w, "不")
	set(rgNegatedVerb, ok && utf8.RuneCountInString(rest) == 1)
	switch w {
	case "为", "对", "给", "学好", "还好", "不好", "得", "老", "最", "要", "不", "着":
		b |= rgJoined
	}
	set(rgJoinedNext, w == "达")
	set(rgSoonAfterYi, w == "一下")
	set(rgCompoundDirection, w == "来" || w == "去")
	set(rgOneSentence, w == "一句话")
	set(rgDontMind, w == "别管")
	set(rgDontSay, w == "别说")
	set(rgThisOne, w == "这" || w == "那" || w == "哪")
	set(rgOrdinal, w == "第")
	set(rgTogether, w == "起来")
	set(rgReadingNow, w == "在读")
	set(rgOneRow, w == "一行")
	set(rgFoundIt, w == "着")
	set(rgBodyMoved, two && (c1 == '下' || c1 == '过') && strings.ContainsRune("头腰身脸", c2))
	set(rgSplitBefore, w == "没什么" || w == "到了" || w == "要说")
	set(rgSomeOf, w == "有")
	set(rgHowAbout, w == "要")
	set(rgNegatedResult, c1 == '没' || c1 == '不')
	set(rgRecalled, w == "来")
	x, ok := strings.CutSuffix(w, "吧")
	set(rgSuggestedObject, ok && utf8.RuneCountInString(x) == 1)
	v, ok := strings.CutSuffix(w, "来")
	set(rgToAndFro, ok && v != "")
	set(rgDoubledObject, n1 > 0 && len(w) == 2*n1 && strings.HasPrefix(w[n1:], w[:n1]))
	set(rgEarlyThen, w == "一")
	set(rgDegreeOfZai, w == "在")
	set(rgAskedBothWays, n1 > 0 && (w[n1:] == "不" || w[n1:] == "不"+w[:n1]))
	set(rgAtPlace, nearPlaceEnds[w])
	if n1 > 0 && n1 == len(w) {
		if _, ok := a.lex.get(w + w); ok && a.verbSense(w+w) {
			b |= rgDoubled
		}
	}
	set(rgLongerObject, n1 > 0 && n1 < len(w) && single(c1) && a.verbChar(w[:n1]))
	set(rgVerbCopied, w == "得")
	set(rgDegreeHead, degreeAdverbs[w])
	set(rgHaveWord, len(w) == n1+len("有") && strings.HasSuffix(w, "有") && adverbChar(c1) && single(c1))
	set(rgOlderBy, (c1 == '大' || c1 == '小') && n1 < len(w))
	set(rgCannotReach, w == "不到")
	set(rgSlangCount, (c1 == '几' || isNumeral(c1)) && n1 > 0 && n1 < len(w))
	set(rgSubjectThenVerb, aspectParticle(w))
	pre, ok := strings.CutSuffix(w, "星期")
	if !ok {
		pre, ok = strings.CutSuffix(w, "礼拜")
	}
	set(rgWeekday, ok && pre != "")
	set(rgNextOne, w == "上" || w == "下" || w == "这" || w == "那" || w == "哪")
	v, ok = strings.CutSuffix(w, "得")
	set(rgDegreeAfterGain, ok && utf8.RuneCountInString(v) == 1)
	set(rgSoThatHands, strings.HasPrefix(w, "得"))
	set(rgShortBy, w == "差一点" || w == "差一点儿")
	set(rgNoRoom, w == "不下")
	set(rgByOneself, w == "一" || w == "一个")
	set(rgMatterFirst, two && single(c1) && single(c2) && strings.HasPrefix(a.w.posNames[a.singles[c1].pos], "n") && a.w.posNames[a.singles[c2].pos] == "d")
	set(rgTimeTill, w == "离开")
	set(rgOneAspect, strings.HasSuffix(w, "是"))
	set(rgMustServe, strings.HasPrefix(w, "得"))
	set(rgPlaceThenVerb, two && strings.ContainsRune("上里下中", c1))
	set(rgGoneAtEnd, w == "没")
	set(rgMustGo, w == "得到")
	set(rgPreviousOne, two && (c2 == '上' || c2 == '下'))
	set(rgGotPrize, w == "过奖")
	set(rgSpokenPair, spokenPairs[w] != "")
	set(rgWrongBefore, w == "错过")
	set(rgCountOrParticle, two && (c1 == '点' || c1 == '口' || c2 == '出' || isNumeral(c1) && (c2 == '一' || c2 == '度' || c2 == '角' || c2 == '毛')) || w == "出新" || w == "马" || w == "通电话" || w == "人大" || w == "得到" || doneBeforeWords[w] || c1 == '半' && n1 < len(w) || two && c1 == '一' || w == "打" || w == "见得" || w == "十分" || w == "百分" || w == "天干")
	set(rgLoneZi, w == "子")
	set(rgVerbComplement, verbComplements[w])
	set(rgLaterSend, w == "头发")
	set(rgColloquialPhrases, w == "天下" || w == "光顾" || w == "可不" || w == "可不是" || w == "就算" || w == "干什么" || w == "想要" || w == "只得" || w == "得来" || w == "急" || w == "试" || two && c2 == '着' || n1 == len(w) && single(c1) && a.verbChar(w))
	return b
}

// nearPlaceEnds are the words after which atPlace may move a boundary: a
// place near (nearPlaces), or what follows its first character (口 of 门口,
// which 家门 before it leaves alone).
var nearPlaceEnds = func() map[string]bool {
	m := map[string]bool{}
	for p := range nearPlaces {
		m[p] = true
		_, n := utf8.DecodeRuneInString(p)
		m[p[n:]] = true
	}
	return m
}()
