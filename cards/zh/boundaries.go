package zh

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Word boundaries the grammar settles. The unigram model takes the likeliest
// words one by one and cannot see that a word it picked leaves no verb
// where the sentence needs one: 我们家养了一只猫 "our family keeps a cat"
// comes out 家养 "domestic" 了, an adjective with an aspect particle and an
// object. regroup moves such boundaries where the two halves are words of
// the kinds the slot needs, whatever the English says (it often says
// nothing that tells the two apart: 加点盐 "add some salt").
//
// Each rule reads only the words of the run, their gse tags and
// CC-CEDICT; each fires on a headword of two characters whose halves are
// words of the lexicon.
//
// Where the rules live:
//   - boundaries.go: regroup, which asks them in turn (regroupgate.go says
//     which may fire at a word), twoHalves, its own rules on a word of two
//     characters (家养 了, 才能 到, 把手 伸), and the four edits every rule
//     ends in, splitInChars, splitAs, shiftAs and joinAs;
//   - boundaries_join.go: two words made the headword they are (找 着 了);
//   - boundaries_move.go: a boundary moved between two words (拿出 来);
//   - boundaries_split.go: a headword cut in two (别管, 见得 多);
//   - boundaries_count.go: numerals, measure words and spans of time (好
//     几天, 第 一个, 下个星期 二), whichever edit they make;
//   - boundaries_words.go: the word classes and sense tests they read
//     (verbSense, objectStart, directional…);
//   - negatedverb.go: 不 and a verb.

// regroup applies the rules below to the words of run in out from index
// from on.
func (a *Analyzer) regroup(run string, out *segWords, from int) {
	if len(out.ends)-from < 2 {
		return
	}
	for k := from; k < len(out.ends); k++ {
		start := out.start(k, from)
		w := run[start:out.ends[k]]
		prev, prevTag := "", ""
		if k > from {
			prev, prevTag = run[out.start(k-1, from):start], a.w.posNames[out.pos[k-1]]
		}
		if regroupProbe != nil {
			regroupProbe(run, out, k, from, prev, prevTag)
		}
		m := a.regroupMask(run, out, k, from) // (regroupgate.go: the rules that cannot fire here are not asked)
		// The rules are asked in this order, and the first that fires
		// ends the word's turn: where two could fire, the earlier wins.
		if prev == "好" && a.haoJi(run, out, k, from) || prev == "大" && a.bigHalf(run, out, k, from) {
			continue
		}
		if m&rgMoreAndMore != 0 && a.moreAndMore(run, out, k, from) || m&rgNegatedVerb != 0 && a.negatedVerb(run, out, k, from) { // negatedverb.go
			continue
		}
		if m&(rgJoined|rgJoinedNext) != 0 && a.joined(run, out, k, from, prev, prevTag) || m&rgSoonAfterYi != 0 && a.soonAfterYi(run, out, k, from, prevTag) {
			continue
		}
		if m&rgCompoundDirection != 0 && a.compoundDirection(run, out, k, from) ||
			m&rgOneSentence != 0 && a.oneSentence(run, out, k, from, prev) ||
			m&rgDontMind != 0 && a.dontMind(run, out, k, from) ||
			m&rgDontSay != 0 && a.dontSay(run, out, k, from) ||
			m&rgThisOne != 0 && a.thisOne(run, out, k, from, prev) ||
			m&rgOrdinal != 0 && a.ordinal(run, out, k, from, prev) ||
			m&rgTogether != 0 && a.together(run, out, k, from, prev) ||
			m&rgReadingNow != 0 && a.readingNow(run, out, k, from) ||
			m&rgOneRow != 0 && a.oneRow(run, out, k, from, prev, prevTag) ||
			m&rgFoundIt != 0 && a.foundIt(run, out, k, from) ||
			m&rgBodyMoved != 0 && a.bodyMoved(run, out, k, from, prev, prevTag) ||
			m&rgSplitBefore != 0 && a.splitBefore(run, out, k, from, prevTag) ||
			m&rgSomeOf != 0 && a.someOf(run, out, k, from, prevTag) ||
			m&rgHowAbout != 0 && a.howAbout(run, out, k, from, prevTag) ||
			m&rgNegatedResult != 0 && a.negatedResult(run, out, k, from) {
			continue
		}
		if m&rgRecalled != 0 && a.recalled(run, out, k, from) ||
			m&rgSuggestedObject != 0 && a.suggestedObject(run, out, k, from) ||
			m&rgToAndFro != 0 && a.toAndFro(run, out, k, from) ||
			m&rgDoubledObject != 0 && a.doubledObject(run, out, k, from) ||
			m&rgEarlyThen != 0 && a.earlyThen(run, out, k, from) ||
			m&rgDegreeOfZai != 0 && a.degreeOfZai(run, out, k, from, prev) ||
			m&rgAskedBothWays != 0 && a.askedBothWays(run, out, k, from) ||
			m&rgAtPlace != 0 && a.atPlace(run, out, k, from) ||
			m&rgDoubled != 0 && a.doubled(run, out, k, from) ||
			m&rgLongerObject != 0 && a.longerObject(run, out, k, from) ||
			m&rgVerbCopied != 0 && a.verbCopied(run, out, k, from) ||
			m&rgDegreeHead != 0 && a.degreeHead(run, out, k, from, prev) ||
			m&rgHaveWord != 0 && a.haveWord(run, out, k, from) ||
			m&rgOlderBy != 0 && a.olderBy(run, out, k, from) ||
			m&rgCannotReach != 0 && a.cannotReach(run, out, k, from) ||
			m&rgSlangCount != 0 && a.slangCount(run, out, k, from) ||
			m&rgSubjectThenVerb != 0 && a.subjectThenVerb(run, out, k, from) ||
			m&rgWeekday != 0 && a.weekday(run, out, k, from) ||
			m&rgNextOne != 0 && a.nextOne(run, out, k, from, prev) ||
			m&rgDegreeAfterGain != 0 && a.degreeAfterGain(run, out, k, from) ||
			m&rgSoThatHands != 0 && a.soThatHands(run, out, k, from, prevTag) ||
			m&rgShortBy != 0 && a.shortBy(run, out, k, from) ||
			m&rgNoRoom != 0 && a.noRoom(run, out, k, from) ||
			m&rgByOneself != 0 && a.byOneself(run, out, k, from, prev) ||
			m&rgMatterFirst != 0 && a.matterFirst(run, out, k, from, prev, prevTag) ||
			m&rgTimeTill != 0 && a.timeTill(run, out, k, from) ||
			m&rgOneAspect != 0 && a.oneAspect(run, out, k, from, prev) ||
			m&rgMustServe != 0 && a.mustServe(run, out, k, from, prevTag) ||
			m&rgPlaceThenVerb != 0 && a.placeThenVerb(run, out, k, from) ||
			m&rgGoneAtEnd != 0 && a.goneAtEnd(run, out, k, from) ||
			m&rgMustGo != 0 && a.mustGo(run, out, k, from, prevTag) ||
			m&rgPreviousOne != 0 && a.previousOne(run, out, k, from) ||
			m&rgGotPrize != 0 && a.gotPrize(run, out, k, from, prev) ||
			m&rgSpokenPair != 0 && a.spokenPair(run, out, k, from) ||
			m&rgWrongBefore != 0 && a.wrongBefore(run, out, k, from, prev) ||
			m&rgCountOrParticle != 0 && (a.someOfIt(run, out, k, from, prev, prevTag) ||
				a.cameOut(run, out, k, from) ||
				a.atOnce(run, out, k, from, prev) ||
				a.experienced(run, out, k, from, prev) ||
				a.countedRight(run, out, k, from, prev) ||
				a.oneByOne(run, out, k, from) ||
				a.takeTaxi(run, out, k, from) ||
				a.seenMuch(run, out, k, from) ||
				a.dayWorked(run, out, k, from, prev) ||
				a.pointsScored(run, out, k, from, prev) ||
				a.callCounted(run, out, k, from, prev) ||
				a.mostlyAll(run, out, k, from, prev) ||
				a.canReach(run, out, k, from, prev, prevTag)) ||
			m&rgLoneZi != 0 && a.loneZi(run, out, k, from) ||
			m&rgVerbComplement != 0 && a.verbComplement(run, out, k, from) ||
			m&rgLaterSend != 0 && a.laterSend(run, out, k, from, prev) ||
			m&rgNegatedResult != 0 && a.unrelatedTo(run, out, k, from) {
			continue
		}
		if m&rgColloquialPhrases != 0 && (a.dayOver(run, out, k, from, prev) ||
			a.cutBefore(run, out, k, from) ||
			a.surelyNot(run, out, k, from) ||
			a.thenCounts(run, out, k, from, prev) ||
			a.hurriedTo(run, out, k, from) ||
			a.missedIt(run, out, k, from, prev) ||
			a.wonderIf(run, out, k, from) ||
			a.ableToCome(run, out, k, from, prevTag)) {
			continue
		}
		if a.twoHalves(run, out, k, from, start, w, prev, prevTag) {
			k++ // (the second half is no word to ask)
		}
	}
}

// twoHalves applies regroup's own rules to word k, w, of two characters
// whose halves are headwords (starting at byte start of the run; prev and
// prevTag the word before and its gse tag): 家养 了 is 家 养 了, 才能 到
// 才 能 到, 把手 伸 把 手 伸, 出 门前 出门 前. It reports whether it split
// the word (a rule that moves a boundary reports false: the word after
// is still to be asked).
func (a *Analyzer) twoHalves(run string, out *segWords, k, from, start int, w, prev, prevTag string) bool {
	c1, n1 := utf8.DecodeRuneInString(w)
	c2, n2 := utf8.DecodeRuneInString(w[n1:])
	if out.ids[k] < 0 || n1+n2 != len(w) || c1 >= maxRune || c2 >= maxRune {
		return false
	}
	l1, l2 := a.singles[c1], a.singles[c2]
	if l1.logp == 0 || l2.logp == 0 {
		return false
	}
	next, after := "", ""
	if k+1 < len(out.ends) {
		next = run[out.ends[k]:out.ends[k+1]]
	}
	if k+2 < len(out.ends) {
		after = run[out.ends[k+1]:out.ends[k+2]]
	}
	tag := func(j int) string {
		if j >= len(out.ends) {
			return ""
		}
		return a.w.posNames[out.pos[j]]
	}
	if p := a.w.posNames[out.pos[k]]; k > from && (strings.HasPrefix(prevTag, "v") || prevTag == "zg" && a.verbChar(prev)) && utf8.RuneCountInString(prev) == 1 && (c2 == '前' || c2 == '后' || c2 == '时') &&
		(strings.HasPrefix(p, "n") || p == "s" || p == "f") && a.verbSense(prev+w[:n1]) {
		// A verb and its object, then the time it marks: 出门前
		// "before going out" is 出门 前, not 出 门前 "in front of the
		// door"; 进门后 is 进门 后.
		if vo, ok := a.lex.get(prev + w[:n1]); ok {
			out.shift(k-1, start+n1, vo, l2)
			return false
		}
	}
	if c1 == '地' && k > from && next != "" && a.adverbialWord(run, out, k-1, from, prevTag) {
		// 地 after an adverbial is the particle that links it to the
		// verb after it (adverbialDe), not the first character of a noun
		// the unigram model takes across the verb: 认真地面对问题 is 地
		// 面对, not 地面 "ground" 对; 积极地区分 is 地 区分; 争先恐后地上
		// 了车 is 地 上 了, the verb alone before its particle.
		if vw, ok := a.lex.get(w[n1:] + next); ok && (a.verbSense(w[n1:]+next) || a.adjectiveFirst(w[n1:]+next)) {
			out.shift(k, start+n1, l1, vw)
			return false
		}
		if aspectParticle(next) && (a.verbHalf(c2) || a.verbChar(w[n1:])) {
			out.split(k, start, n1, l1, l2)
			return true
		}
	}
	split := false
	switch p := tag(k); {
	case next != "" && aspectParticle(next) && after != "" && (p == "n" || p == "f" || p == "s" || p == "v" && k > from && (strings.HasPrefix(prevTag, "n") || prevTag == "s") && a.w.posNames[l1.pos] == "f" && !a.verbSense(w)) && a.verbHalf(c2) && !adverbial(a.w.posNames[l1.pos]) && !a.verbChar(w[:n1]) && (a.w.posNames[l1.pos] == "f" || !a.verbSense(w)):
		// A noun or place word whose second character is a verb,
		// before an aspect particle and an object, is a noun and the
		// verb: 我们家养了一只猫 is 家 养 了, not 家养 "domestic" 了;
		// 山上下着大雪 is 上 下 着, not 上下 "up and down" 着. Not a
		// word with a verb's sense (习惯了 "got used to", a noun to
		// gse), unless it opens with a place word (上下 "to go up and
		// down"), nor one that opens with a verb. gse may tag the
		// word a verb where it opens with a place word and CC-CEDICT
		// gives it no verb's sense: 墙上装了一个空调 is 上 装 "to
		// install" 了, not 上装 "upper garment".
		// The object may open with its degree or amount: 在产品上下了
		// 很大功夫, 下了不少工夫 (下功夫 "to put in effort").
		split = objectStart(tag(k+2), after) || degreeAdverbs[after] || after == "不少" || after == "好多"
	case c2 == '到' && k+1 < len(out.ends) && a.verbChar(w[:n1]) && untilLate(next, tag(k+1), after):
		// A verb and 到 "until" before a time of night: 他每天学到很晚
		// "studies until late" is 学 到 很 晚, not 学到 "to learn (sth)";
		// 聊到半夜 is 聊 到 半夜. The verb keeps a verb's tag (gse tags
		// 学 a noun), which 到 "until" after a verb asks for.
		if v := slices.Index(a.w.posNames, "v"); v >= 0 {
			l1.pos = uint8(v)
		}
		split = true
	case c2 == '了' && strings.HasPrefix(p, "v") && (verbalMeasure(next) || isNumeralWord(next) && actionMeasure(after)) && a.verbChar(w[:n1]):
		// A verb and 了 before a measure of the action: 他算了一下
		// "he worked it out" is 算 了 一下, not 算了 "let it be";
		// 算了三遍 is 算 了 三 遍.
		split = true
	case c2 == '跟' && next == "了" && (personalPronouns[after] || strings.HasPrefix(tag(k+2), "nr")):
		// A thing that has gone with someone (跟了我三年 "has been with
		// me three years"): 这双鞋跟了我三年 is 鞋 跟 了, not 鞋跟 "heel"
		// 了, which takes no aspect particle.
		split = true
	case c1 == '算' && c2 == '了' && (prev == "多" || prev == "少") && next != "" && (strings.HasPrefix(tag(k+1), "r") || objectStart(tag(k+1), next)):
		// Counted too much or too little, before whom or what: 服务员
		// 多算了我们一道菜 "charged us for a dish too many", 少算了十块钱
		// are 算 "to count" 了, not 算了 "let it be".
		split = true
	case adverbChar(c1) && modalChar(c2) && next != "" && (p == "n" || a.nounsOnly(w)) && prev != "的" && prevTag != "uj" && (a.verbStart(tag(k+1), next) || tag(k+1) == "a" || a.verbSense(next) || tag(k+1) == "d" && after != "" && (a.verbStart(tag(k+2), after) || a.verbSense(after))):
		// An adverb and a modal verb before a verb, where the two
		// make a noun: 下周才能到 "won't arrive until next week" is
		// 才 能, not 才能 "talent"; 他总能找到 is 总 能, not 总能
		// "total energy". After 的 the noun stays: 他的才能得到了发挥.
		// The verb may be one gse tags otherwise, an adjective or an
		// adverb, that CC-CEDICT glosses as a verb: 只有努力才能成功
		// "only by working hard can you succeed" (成功 a), 多读书才能
		// 进步 (进步 d), 早点出发才能赶上 (赶上 d); an adverb may come
		// between: 才能真正理解.
		split = true
	case k > from && a.lex.words[out.ids[k]].names && a.countedBy(prev, prevTag, w[:n1]) && (next == "" || finalParticles[next] || a.verbStart(tag(k+1), next)):
		// A measure word counts the first character of a word that
		// is only a name, before a particle, a verb or nothing: 你一个
		// 人行吗 "can you manage alone" is 人 行, not 人行 "People's
		// Bank of China"; 这个人行不行 alike. (namesOnly, read by
		// the word's lexicon id: out.ids[k] is set here.)
		split = true
	case c2 == '才' && k > from && a.countedBy(prev, prevTag, w[:n1]) && (p == "n" || a.nounFirst(w)) && !a.verbSense(w) && next != "" && (a.verbStart(tag(k+1), next) || adverbial(tag(k+1)) || tag(k+1) == "m" || a.verbSense(next)):
		// A quantity's noun or unit, then 才 "only then; only" before
		// the verb, where the two make a noun: 我等了三天才收到
		// "it took three days to arrive" is 三 天 才, not 天才
		// "genius"; 这个人才二十岁 is 人 才 二十, not 人才 "talent".
		// Counted and closing the clause the noun stays: 公司引进了
		// 两个人才.
		split = true
	case c1 == '只' && c2 == '要' && k > from && (strings.HasPrefix(prevTag, "r") || strings.HasPrefix(prevTag, "n")) && next != "" && objectStart(tag(k+1), next) && !a.verbInRun(run, out, k+1):
		// 只要 "as long as" opens a condition with its verb; before
		// an object and no verb after it, after its subject, 要 is
		// "to want" and 只 "only": 我只要一个 "I only want one", 我只要
		// 一杯咖啡 are 只 要 (只要你愿意 keeps the word).
		split = true
	case c1 == '就' && modalChar(c2) && p == "d" && next != "" && objectStart(tag(k+1), next) && !strings.HasSuffix(run, "了"):
		// 就要 "will; be going to" takes a verb; before an object 要 is
		// the verb "to want": 我就要一杯茶 is 就 要. (就要一年了 "it
		// will soon be a year" keeps it: the clause ends in 了.)
		split = true
	case c2 == '点' && p == "n" && next != "" && (strings.HasPrefix(tag(k+1), "n") || tag(k+1) == "r" || tag(k+1) == "zg" && a.nounFirst(next)) && a.verbHalf(c1) && (k == from || prevTag == "d" || strings.HasPrefix(prevTag, "r") || placeSuffix(prev)):
		// A verb and 点 "a bit (of)", the 一 left out, before what it
		// takes: 再加点盐 is 加 点 盐, not 加点 "to work overtime";
		// 你要点什么 is 要 点 什么, not 要点 "main point". Only after
		// its subject, an adverb or a place (咖啡里加点糖): 文章的要点,
		// 是试点学校 keep the noun.
		split = true
	case p == "n" && directional(next) && after == "了" && k+3 == len(out.ends) && !a.verbChar(w[:n1]) && !a.verbSense(w) && a.verbSense(w[n1:]+next):
		// A noun whose second character is a verb, before a
		// direction that completes the verb and 了 closing the
		// clause, is the noun and the verb: 门锁上了 "the door is
		// locked" is 门 锁上 了, not 门锁 "door lock" 上 了 (锁上 "to
		// lock" is a word).
		if vd, ok := a.lex.get(w[n1:] + next); ok {
			out.shift(k, start+n1, l1, vd)
			return false
		}
	case (negation(c1) || c1 == '别' || adverbChar(c1)) && strings.HasPrefix(p, "n") && directionComplement(next) && a.verbChar(w[n1:]) && !a.verbSense(w):
		// A negation or an adverb, then a verb with its complement
		// of direction, where the two characters make a noun: 千万别
		// 传出去 "don't let it get out" is 别 传 出去, not 别传
		// "supplementary biography" 出去.
		split = true
	case c1 == '多' && c2 != '少' && (prev == "有" || prev == "没有") && a.adjectiveGloss(w[n1:]) && (next == "" || finalParticles[next]):
		// 有多 + an adjective closing the clause asks "how …": 这些
		// 苹果有多重 "how heavy" is 多 重 zhong4, not 多重 duo1 chong2
		// "multiple". (Not 多少, "how many" itself: 一共有多少？)
		split = true
	case degreeAdverbs[prev] && (p == "m" || p == "mq" || p == "b") && a.adjectiveFirst(w[:n1]) && a.measureChar(w[n1:]):
		// A degree adverb takes an adjective, not a word that counts:
		// 很多种花 "many kinds of flowers" is 很 多 种 花, not 很 多种
		// "many kinds of" (which 很 cannot modify).
		split = true
	case c1 == '好' && a.verbHalf(c2) && strings.HasPrefix(tag(k+1), "n") && a.adjectiveFirst(w):
		// 好 "to be fond of" before a verb and its object: 他好喝酒 is
		// 好 喝 酒, not 好喝 "tasty" 酒 (the adjective takes no
		// object; 好喝的酒 has 的). gse tags 好喝 a verb: the word's
		// first sense says the adjective (好像 "to seem" stays).
		split = true
	case placeSuffix(w[:n1]) && (adverbChar(c2) || c2 == '将') && next != "" && (strings.HasPrefix(prevTag, "n") || prevTag == "s") && a.verbStart(tag(k+1), next):
		// A place word closing the noun before it, then the adverb of
		// the verb that follows: 会议上将讨论预算 "the budget will be
		// discussed at the meeting" is 上 将, not 上将 "general"
		// (jiang1 "will", not jiang4); 节目中将介绍 is 中 将, not 中将.
		split = true
	case c1 == '把' && (personalPronouns[prev] || prevTag == "d" || prev == "请" || k == from && a.anyEntry(next, verbFirst)) && next != "" && (a.verbStart(tag(k+1), next) || a.verbSense(next)) && strings.HasPrefix(a.w.posNames[l2.pos], "n"):
		// 把 and its object after the subject or an adverb, the verb
		// following (我们都把手举起来):
		// 他把手伸进口袋里 "he put his hand into his pocket" is 把 手,
		// not 把手 "handle; to shake hands"; 他们把门关上了 is 把 门,
		// not 把门 "to guard a gate". At the head of the clause too,
		// before a word that is first a verb: 把门打开 "open the door",
		// 把手洗干净 (把手坏了 keeps the handle).
		split = true
	case prev == "把" && (p == "" || p == "v") && a.w.posNames[l1.pos] == "n" && a.verbChar(w[n1:]) && a.verbsOnly(w):
		// 把 takes its object before the verb: 把手洗干净 "wash your
		// hands" is 手 洗, not 手洗 "to hand-wash". A word that can be
		// a noun is the object: 把工作做完.
		split = true
	case prev == "把" && strings.HasPrefix(p, "n") && resultComplement(next) && !a.verbChar(w[:n1]) && a.verbChar(w[n1:]) && !a.verbSense(w):
		// 把, its object, then the verb and its result: 他把门锁好了
		// "locked the door" is 门 锁 好, not 门锁 "door lock" 好: after
		// 把 the object's verb follows it, and a result complement is no
		// verb (把门锁换了 keeps the lock, a verb after it; so does 把电视
		// 开得太大声: 开 may be the verb, as a direction is).
		split = true
	}
	if split {
		out.split(k, start, n1, l1, l2)
	}
	return split
}

// adverbialWord reports whether word j of out (gse tag p) is an adverbial
// that 地 may link to a verb: a word of two characters or more that gse
// tags an adjective, an adverb, a distinguishing word, a descriptive word
// or a set phrase (认真, 不停, 高兴, 悄悄, 争先恐后), or an adjective of one
// character after a degree adverb (很快).
func (a *Analyzer) adverbialWord(run string, out *segWords, j, from int, p string) bool {
	w := run[out.start(j, from):out.ends[j]]
	if !adverbialTag(p) {
		return false
	}
	if utf8.RuneCountInString(w) > 1 {
		return true
	}
	return p == "a" && j > from && degreeAdverbs[run[out.start(j-1, from):out.start(j, from)]]
}

// splitInChars cuts word k, a word of two characters starting at byte
// start of the run, into its characters first and second, each taking its
// own single-character headword; where either character has none, the
// word stays whole. The rules here that find a two-character word to be
// two words end so. It reports whether it cut.
func (a *Analyzer) splitInChars(out *segWords, k, start int, first, second rune) bool {
	if a.singles[first].logp == 0 || a.singles[second].logp == 0 {
		return false
	}
	out.split(k, start, utf8.RuneLen(first), a.singles[first], a.singles[second])
	return true
}

// splitAs cuts word k, starting at byte start of the run, into the
// headwords first and second (first+second is the word); where the
// lexicon lacks either, the word stays whole. It reports whether it cut.
func (a *Analyzer) splitAs(out *segWords, k, start int, first, second string) bool {
	f, ok := a.lex.get(first)
	if !ok {
		return false
	}
	s, ok := a.lex.get(second)
	if !ok {
		return false
	}
	out.split(k, start, len(first), f, s)
	return true
}

// shiftAs moves the boundary between words k and k+1 so that they are the
// headwords first and second, word k+1 keeping its end; where the lexicon
// lacks either, the words stay as they are. It reports whether it moved
// the boundary.
func (a *Analyzer) shiftAs(out *segWords, k int, first, second string) bool {
	f, ok := a.lex.get(first)
	if !ok {
		return false
	}
	s, ok := a.lex.get(second)
	if !ok {
		return false
	}
	out.shift(k, out.ends[k+1]-len(second), f, s)
	return true
}

// joinAs makes words k and k+1 one word, the headword word; where the
// lexicon lacks it, the words stay apart. It reports whether it joined.
func (a *Analyzer) joinAs(out *segWords, k int, word string) bool {
	le, ok := a.lex.get(word)
	if !ok {
		return false
	}
	out.join(k, le)
	return true
}
