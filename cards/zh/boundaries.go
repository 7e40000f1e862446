package zh

import (
	"slices"
	"strings"
	"unicode/utf8"

	"cika/cards/wordnet"
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
		if prev == "好" && a.haoJi(run, out, k, from) || prev == "大" && a.bigHalf(run, out, k, from) {
			continue
		}
		if m&rgMoreAndMore != 0 && a.moreAndMore(run, out, k, from) || m&rgNegatedVerb != 0 && a.negatedVerb(run, out, k, from) { // negatedverb.go
			continue
		}
		if m&(rgJoined|rgJoinedNext) != 0 && a.joined(run, out, k, from, prev, prevTag) || m&rgSoonAfterYi != 0 && a.soonAfterYi(run, out, k, from, prevTag) {
			continue
		}
		if m&rgCompoundDirection != 0 && a.compoundDirection(run, out, k, from) || m&rgOneSentence != 0 && a.oneSentence(run, out, k, from, prev) || m&rgDontMind != 0 && a.dontMind(run, out, k, from) || m&rgDontSay != 0 && a.dontSay(run, out, k, from) || m&rgThisOne != 0 && a.thisOne(run, out, k, from, prev) || m&rgOrdinal != 0 && a.ordinal(run, out, k, from, prev) || m&rgTogether != 0 && a.together(run, out, k, from, prev) || m&rgReadingNow != 0 && a.readingNow(run, out, k, from) || m&rgOneRow != 0 && a.oneRow(run, out, k, from, prev, prevTag) || m&rgFoundIt != 0 && a.foundIt(run, out, k, from) || m&rgBodyMoved != 0 && a.bodyMoved(run, out, k, from, prev, prevTag) || m&rgSplitBefore != 0 && a.splitBefore(run, out, k, from, prevTag) || m&rgSomeOf != 0 && a.someOf(run, out, k, from, prevTag) || m&rgHowAbout != 0 && a.howAbout(run, out, k, from, prevTag) || m&rgNegatedResult != 0 && a.negatedResult(run, out, k, from) {
			continue
		}
		if m&rgRecalled != 0 && a.recalled(run, out, k, from) || m&rgSuggestedObject != 0 && a.suggestedObject(run, out, k, from) || m&rgToAndFro != 0 && a.toAndFro(run, out, k, from) || m&rgDoubledObject != 0 && a.doubledObject(run, out, k, from) || m&rgEarlyThen != 0 && a.earlyThen(run, out, k, from) || m&rgDegreeOfZai != 0 && a.degreeOfZai(run, out, k, from, prev) || m&rgAskedBothWays != 0 && a.askedBothWays(run, out, k, from) || m&rgAtPlace != 0 && a.atPlace(run, out, k, from) || m&rgDoubled != 0 && a.doubled(run, out, k, from) || m&rgLongerObject != 0 && a.longerObject(run, out, k, from) || m&rgVerbCopied != 0 && a.verbCopied(run, out, k, from) || m&rgDegreeHead != 0 && a.degreeHead(run, out, k, from, prev) || m&rgHaveWord != 0 && a.haveWord(run, out, k, from) || m&rgOlderBy != 0 && a.olderBy(run, out, k, from) || m&rgCannotReach != 0 && a.cannotReach(run, out, k, from) || m&rgSlangCount != 0 && a.slangCount(run, out, k, from) || m&rgSubjectThenVerb != 0 && a.subjectThenVerb(run, out, k, from) || m&rgWeekday != 0 && a.weekday(run, out, k, from) || m&rgNextOne != 0 && a.nextOne(run, out, k, from, prev) || m&rgDegreeAfterGain != 0 && a.degreeAfterGain(run, out, k, from) || m&rgSoThatHands != 0 && a.soThatHands(run, out, k, from, prevTag) || m&rgShortBy != 0 && a.shortBy(run, out, k, from) || m&rgNoRoom != 0 && a.noRoom(run, out, k, from) || m&rgByOneself != 0 && a.byOneself(run, out, k, from, prev) || m&rgMatterFirst != 0 && a.matterFirst(run, out, k, from, prev, prevTag) || m&rgTimeTill != 0 && a.timeTill(run, out, k, from) || m&rgOneAspect != 0 && a.oneAspect(run, out, k, from, prev) || m&rgMustServe != 0 && a.mustServe(run, out, k, from, prevTag) || m&rgPlaceThenVerb != 0 && a.placeThenVerb(run, out, k, from) || m&rgGoneAtEnd != 0 && a.goneAtEnd(run, out, k, from) || m&rgMustGo != 0 && a.mustGo(run, out, k, from, prevTag) || m&rgPreviousOne != 0 && a.previousOne(run, out, k, from) || m&rgThatTime != 0 && a.thatTime(run, out, k, from) || m&rgGotPrize != 0 && a.gotPrize(run, out, k, from, prev) || m&rgSpokenPair != 0 && a.spokenPair(run, out, k, from) || m&rgWrongBefore != 0 && a.wrongBefore(run, out, k, from, prev) || m&rgSeg16 != 0 && (a.someOfIt(run, out, k, from, prev, prevTag) || a.cameOut(run, out, k, from) || a.atOnce(run, out, k, from, prev) || a.experienced(run, out, k, from, prev) || a.countedRight(run, out, k, from, prev) || a.oneByOne(run, out, k, from) || a.takeTaxi(run, out, k, from) || a.seenMuch(run, out, k, from) || a.dayWorked(run, out, k, from, prev) || a.pointsScored(run, out, k, from, prev) || a.callCounted(run, out, k, from, prev) || a.mostlyAll(run, out, k, from, prev) || a.canReach(run, out, k, from, prev, prevTag)) || m&rgLoneZi != 0 && a.loneZi(run, out, k, from) || m&rgVerbComplement != 0 && a.verbComplement(run, out, k, from) || m&rgLaterSend != 0 && a.laterSend(run, out, k, from, prev) || m&rgNegatedResult != 0 && a.unrelatedTo(run, out, k, from) {
			continue
		}
		if m&rgLate18 != 0 && (a.dayOver(run, out, k, from, prev) || a.onlyMinding(run, out, k, from) || a.surelyNot(run, out, k, from) || a.thenCounts(run, out, k, from, prev) || a.whatFor(run, out, k, from) || a.hurriedTo(run, out, k, from) || a.missedIt(run, out, k, from, prev) || a.wonderIf(run, out, k, from) || a.gotOnly(run, out, k, from) || a.ableToCome(run, out, k, from, prevTag)) {
			continue
		}
		c1, n1 := utf8.DecodeRuneInString(w)
		c2, n2 := utf8.DecodeRuneInString(w[n1:])
		if out.ids[k] < 0 || n1+n2 != len(w) || c1 >= maxRune || c2 >= maxRune {
			continue
		}
		l1, l2 := a.singles[c1], a.singles[c2]
		if l1.logp == 0 || l2.logp == 0 {
			continue
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
				continue
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
				continue
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
		}
		if split {
			out.split(k, start, n1, l1, l2)
			k++
		}
	}
}

// untilLate reports whether the word next (gse tag tag; after, the word
// after it) is a late hour that 到 "until" reaches: 很晚, 很 晚, 半夜,
// 深夜, 凌晨, 天亮, or a numeral and 点 (十点, 十 点).
func untilLate(next, tag, after string) bool {
	switch next {
	case "很晚", "半夜", "深夜", "凌晨", "天亮", "后半夜", "晚上", "早上", "中午", "下午":
		return true
	case "很", "这么", "那么", "太":
		return after == "晚"
	}
	r, n := utf8.DecodeRuneInString(next)
	return isNumeral(r) && (next[n:] == "点" || next[n:] == "" && after == "点" || strings.HasSuffix(next, "点钟"))
}

// adverbialLittle splits, among the words of run in out from index from
// on, an adjective and "a bit" (点, 些) before a verb, after its subject or
// an adverb, where gse reads the word an adverb and CC-CEDICT has only a
// noun: 我们早点回家 "let's go home early" is 早 点, not 早点 "breakfast"
// (快点 "to do sth more quickly" keeps its word). With an English side
// splitUnconfirmed decides it (他们早点吃的是包子 "they had buns for
// breakfast").
func (a *Analyzer) adverbialLittle(run string, out *segWords, from int) {
	for k := from; k+1 < len(out.ends); k++ {
		start := out.start(k, from)
		w := run[start:out.ends[k]]
		c1, n1 := utf8.DecodeRuneInString(w)
		c2, n2 := utf8.DecodeRuneInString(w[n1:])
		if out.ids[k] < 0 || n1+n2 != len(w) || c2 != '点' && c2 != '些' || c1 >= maxRune || a.w.posNames[out.pos[k]] != "d" {
			continue
		}
		if k > from {
			if p := a.w.posNames[out.pos[k-1]]; !adverbial(p) && !strings.HasPrefix(p, "r") && !a.modalBefore(run, out, k, from) {
				continue
			}
		}
		l1, l2 := a.singles[c1], a.singles[c2]
		next := run[out.ends[k]:out.ends[k+1]]
		if l1.logp == 0 || l2.logp == 0 || a.w.posNames[l1.pos] != "a" || !(a.verbStart(a.w.posNames[out.pos[k+1]], next) || a.verbSense(next)) || !a.nounsOnly(w) {
			continue
		}
		out.split(k, start, n1, l1, l2)
		k++
	}
}

// joined joins word k and the word after it where the grammar reads the
// two as the headword they make, which the unigram model splits:
//   - 为 人 after 的 or 其, or after its subject before a degree adverb or
//     an adjective, is 为人 wei2 ren2 "conduct; personal character": 他的
//     为人, 他为人很热情 (为人民 is another word; 为人做事 keeps 为 "for");
//   - (and splits) 你好 or 您好 after 为, 对 or 给, the pronoun and 好:
//     都是为你好 "for your own good";
//   - a character and 达 "to reach" before a number, or closing the run
//     (digits follow it), is the word "to reach up to" they make: 温度高达
//     四十度, 会议长达三个小时 (高达, 长达); a rough number too (数百万,
//     几个, 好几, a numeral word to gse), or 上, 近 or 约 and a numeral:
//     损失高达数百万, 会议长达几个小时, 费用高达上百万.
func (a *Analyzer) joined(run string, out *segWords, k, from int, prev, prevTag string) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	after, afterTag := "", ""
	if k+2 < len(out.ends) {
		after, afterTag = run[out.ends[k+1]:out.ends[k+2]], a.w.posNames[out.pos[k+2]]
	}
	join := false
	switch {
	case w == "为" && next == "人":
		join = prev == "的" || prev == "其" ||
			(strings.HasPrefix(prevTag, "r") || strings.HasPrefix(prevTag, "n")) && (degreeAdverbs[after] || afterTag == "a")
	case (next == "你好" || next == "您好") && (w == "为" || w == "对" || w == "给"):
		// 都是为你好 "it's all for your own good" is 为 你 好, not 你好
		// "hello"; 他对你好吗 is 对 你 好.
		return a.splitInChars(out, k+1, out.ends[k], firstRune(next), '好')
	case w == "学好" && next != "的":
		// 学好 before what is learnt or a particle is 学 "to learn" and
		// 好 "well", its complement: 一定要学好中文, 他想学好英语, 把基础学好
		// 了再说; CC-CEDICT's 学好 is only "to follow good examples", which
		// a teacher would not read here. Closing its clause or before 的
		// (孩子跟着他学好的) the word may be meant.
		return a.splitInChars(out, k, start, '学', '好')
	case w == "还好" && utf8.RuneCountInString(next) == 1 && next != "有" && next != "是" && next != "没" && a.verbStart(a.w.posNames[out.pos[k+1]], next) && !aspectParticle(after) && after != "到" && after != "得":
		// 还好 before a verb of one character is 还 "still" and 好 "easy
		// to": 现在还好找工作吗 "is it still easy to find work", 这个软件还
		// 好用吗; not 还好 "fortunately", which stands before its clause
		// (还好你来了, 还好有你, 还好没下雨) or closes it (我觉得还好). A verb
		// done (还好带了伞, 还好赶到了) keeps "fortunately".
		return a.splitInChars(out, k, start, '还', '好')
	case w == "不好" && a.verbStart(a.w.posNames[out.pos[k+1]], next) && !notEasyVerbs[next] && (after == "" || finalParticle(after)) && len(a.dict.Lookup("好"+next)) == 0:
		// 不好 before a verb closing its clause (its object the topic before)
		// is 不 "not" and 好 "easy to": 这个问题不好回答, 好的厨师不好找, 这事
		// 不好办啊; CC-CEDICT's 不好 is only "no good". (Not where 好 and the
		// verb make a word, 不好吃, 不好看; nor before a verb with its own
		// object or complement: 心情不好想哭, 身体不好去医院.)
		return a.splitInChars(out, k, start, '不', '好')
	case next == "达" && utf8.RuneCountInString(w) == 1:
		r, _ := utf8.DecodeRuneInString(after)
		join = after == "" || isNumeral(r) || afterTag == "m" || roughFrom(after) && k+3 < len(out.ends) && isNumeral(firstRune(run[out.ends[k+2]:out.ends[k+3]]))
	case w == "得" && utf8.RuneCountInString(prev) == 1 && utf8.RuneCountInString(next) == 1 && a.verbChar(prev) && a.complementWord(w+next):
		// A verb of one character, then 得 and a character that make a
		// verb complement CC-CEDICT lists: 买得起 "can afford" is 买 得起
		// "(verb complement indicating ability to afford …)", not 得 and
		// 起 "to rise".
		join = true
	case w == "老" && next == "是" && (k == from || strings.HasPrefix(prevTag, "r") || strings.HasPrefix(prevTag, "n") || prevTag == "t" || prevTag == "f" || prevTag == "d" || prevTag == "s" || strings.HasPrefix(prevTag, "v") && utf8.RuneCountInString(prev) > 1):
		// After its subject, a time, a place or an adverb, before a verb or an
		// adverb, 老是 is "always": 他老是迟到, 我老是忘记带钥匙, 你老是这样,
		// 我最近老是睡不着, 他也老是加班 (not 老 "old" 是 "to be"); so
		// before a word gse tags a noun that has a verb's sense, what a
		// thing keeps doing: 网老是卡, 电脑老是死机 (卡 "to be stuck"); so
		// before an idiom or set phrase, which says how one behaves: 她老是
		// 丢三落四的, 他老是大手大脚. After a verb of two characters that
		// is the topic (他说话老是不算数, 我觉得老是这样不行) too.
		join = after != "" && (a.verbStart(afterTag, after) || adverbial(afterTag) || degreeAdverbs[after] || afterTag == "p" || afterTag == "l" || afterTag == "i" || afterTag == "r" && (after == "这样" || after == "那样") ||
			strings.HasPrefix(afterTag, "n") && after != "老" && a.verbSense(after))
	case w == "最" && next == "多" && after != "":
		// 最多 before a number, a modal or adverb, or a verb is the limit
		// "at most": 我最多等你十分钟, 最多三天, 一次最多能借两本; closing its
		// clause or before 的 it is the superlative 最 多 "the most"
		// (谁的书最多, 最多的是学生).
		join = isNumeral(firstRune(after)) || afterTag == "m" || atMostBefore[after] || a.verbStart(afterTag, after) || a.verbSense(after)
	case w == "要" && next == "好" && degreeAdverbs[prev] && (after == "" || after == "的" || finalParticles[after]):
		// A degree adverb, then 要好 closing the clause or before 的:
		// "to be close friends" (我们俩很要好, 很要好的朋友), not 要 "to
		// want" and 好.
		join = true
	}
	return join && a.joinAs(out, k, w+next)
}

// atMostBefore holds the modals and adverbs that 最多 "at most" stands
// before: 最多能, 最多也就, 最多只, 最多不超过.
var atMostBefore = map[string]bool{"能": true, "可以": true, "会": true, "也": true, "就": true, "只": true, "只能": true, "只有": true, "不过": true, "不": true, "不会": true, "不超过": true, "再": true, "还": true, "才": true}

// roughFrom reports whether w stands before a numeral to make the number
// rough from below or around: 上百万 "a million or more", 近千万, 约三成.
func roughFrom(w string) bool { return w == "上" || w == "近" || w == "约" }

// complementWord reports whether every entry of w opens with a verb
// complement's sense, "(verb complement …": 得起, 不住.
func (a *Analyzer) complementWord(w string) bool {
	entries := a.dict.Lookup(w)
	for _, e := range entries {
		if in := a.info(e); len(in.senses) == 0 || !strings.HasPrefix(in.senses[0], "(verb complement") {
			return false
		}
	}
	return len(entries) > 0
}

// soonAfterYi splits 一下 at the head of its clause or after its subject,
// where a noun follows and 就 comes after it in the run: 一 + verb … 就
// "as soon as": 一下课他就走了, 他一下车就看见了她 are 一 下课, 一 下 车,
// not 一下 "a bit" (看一下书就睡, after its verb, keeps it). 下 takes the
// noun when the two are a headword (下课 "to finish class").
func (a *Analyzer) soonAfterYi(run string, out *segWords, k, from int, prevTag string) bool {
	start := out.start(k, from)
	if run[start:out.ends[k]] != "一下" || k+2 >= len(out.ends) || k > from && !strings.HasPrefix(prevTag, "r") && !strings.HasPrefix(prevTag, "n") && prevTag != "t" {
		return false
	}
	if p := a.w.posNames[out.pos[k+1]]; !strings.HasPrefix(p, "n") && !(p == "zg" && a.nounFirst(run[out.ends[k]:out.ends[k+1]])) {
		return false // (gse tags 车 zg, a character of many uses)
	}
	jiu := false
	for j := k + 2; j < len(out.ends) && j <= k+4; j++ {
		if run[out.ends[j-1]:out.ends[j]] == "就" {
			jiu = true
			break
		}
	}
	if !jiu || !a.splitInChars(out, k, start, '一', '下') {
		return false
	}
	noun := run[out.ends[k+1]:out.ends[k+2]]
	if vo, ok := a.lex.get("下" + noun); ok && a.verbSense("下"+noun) {
		out.join(k+1, vo)
	}
	return true
}

// modalBefore reports whether word k follows a modal verb (modalVerbs), as
// in 你得早点出发 "you have to set off early", 我想早点回家: the modal
// takes the adverbial and the verb after it. 得 counts only where no verb
// comes before it, which makes it the particle de5 (起得早).
func (a *Analyzer) modalBefore(run string, out *segWords, k, from int) bool {
	prev := run[out.start(k-1, from):out.start(k, from)]
	if !modalVerbs[prev] {
		return false
	}
	return prev != "得" || k-1 == from || !strings.HasPrefix(a.w.posNames[out.pos[k-2]], "v")
}

// littleAfterAdjective reports whether the token before the one nb
// describes is 点 or 些 "a bit" after a single character that is no
// numeral nor demonstrative, an adjective (早点, 快些, which
// adverbialLittle may split) or a verb (加点), and so no quantity: with
// 早点 the adverb gse tags it, 你早点来 is "to come", not 来 "(after a
// round number) approximately" (三点来钟); 再加点水 is "water", not
// "classifier for washings of a garment". neighbours gives the token
// after it the adverb's tag.
func littleAfterAdjective(nb *neighbours) bool {
	if nb.sn == nil || nb.prev != "点" && nb.prev != "些" {
		return false
	}
	j := hanAt(nb.sn, nb.k-1, -1)
	if j < 0 || j != nb.k-2 {
		return false
	}
	t := nb.sn.toks[j].Text
	return utf8.RuneCountInString(t) == 1 && !isNumeral(firstRune(t)) && !numeralWord(t) && t != "这" && t != "那" && t != "哪"
}

// moreAndMore splits word k, 越 and a character, where the next word
// starts with 越: 越…越… "the more … the more …" takes a word after each
// 越. 日子越过越好 is 越 过 越 好, not 越过 "to cross over" 越 好. It
// reports whether it did.
func (a *Analyzer) moreAndMore(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) || !strings.HasPrefix(run[out.ends[k]:out.ends[k+1]], "越") {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c2, n2 := utf8.DecodeRuneInString(w[len("越"):])
	if !strings.HasPrefix(w, "越") || len(w) != len("越")+n2 || c2 >= maxRune {
		return false
	}
	return a.splitInChars(out, k, start, '越', c2)
}

// haoJi moves the boundary between 好 (word k-1) and a word of 几 and a
// measure word (word k): 好 几天 is 好几 "several" 天, the way CC-CEDICT
// and a teacher read 好几天, 好几次, 好几个; 倍 "-fold" alike (贵了好几倍).
// It reports whether it did.
func (a *Analyzer) haoJi(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	if !strings.HasPrefix(w, "几") || len(w) == len("几") {
		return false
	}
	// (个's sense is "(classifier used before a noun …)".)
	if m := w[len("几"):]; m != "个" && m != "倍" && !a.isClassifier(m) && !timeUnit(m) {
		return false
	}
	return a.shiftAs(out, k-1, "好几", w[len("几"):])
}

// bigHalf moves the boundary between 大 (word k-1) and a word of 半 and a
// unit of time or a measure word (word k): 大 半年 is 大半 "more than half"
// 年, as 花了大半年, 等了大半天, 大半个月 are read (not 大 "big" and 半年
// "half a year"). 半夜 is no count (大半夜 "the middle of the night"). It
// reports whether it did.
func (a *Analyzer) bigHalf(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	m, ok := strings.CutPrefix(w, "半")
	if !ok || m == "" || m != "个" && m != "年" && m != "天" && m != "辈子" && m != "个月" && m != "生" {
		return false
	}
	return a.shiftAs(out, k-1, "大半", m)
}

// doubled moves the boundary between a verb of one character (word k)
// and a word that starts with it (word k+1) where the verb doubled is a
// headword with a verb's sense: 看 看书 is 看看 "to take a look" 书, the
// verb done briefly and its object (the English "read" calls for 看书 "to
// read" across the base's 看看|书). It reports whether it did.
func (a *Analyzer) doubled(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	x, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	c, n := utf8.DecodeRuneInString(x)
	if n != len(x) || len(next) != 2*n || !strings.HasPrefix(next, x) || c >= maxRune {
		return false
	}
	y, _ := utf8.DecodeRuneInString(next[n:])
	if y >= maxRune || a.singles[y].logp == 0 {
		return false
	}
	xx, ok := a.lex.get(x + x)
	if !ok || !a.verbSense(x+x) {
		return false
	}
	out.shift(k, out.ends[k]+n, xx, a.singles[y])
	return true
}

// placeSuffix reports whether w is a place word that follows a noun: 里,
// 上 (咖啡里, 桌上). gse tags 里 zg.
func placeSuffix(w string) bool {
	switch w {
	case "里", "上", "下", "中", "内", "外", "边", "里面", "上面", "下面", "外面":
		return true
	}
	return false
}

// directional reports whether w is a direction a verb takes as its
// complement: 上 (锁上), 下, 起, 住, 掉, 开.
func directional(w string) bool {
	switch w {
	case "上", "下", "起", "住", "掉", "开", "走", "出", "进", "回", "好":
		return true
	}
	return false
}

// compoundDirection moves the boundary between a verb of two characters
// that ends in a direction (word k: 拿出, 带回, 坐下, 走进) and 来 or 去
// alone after it (word k+1), where the direction and 来/去 make the
// complement of direction a teacher reads as one word (出来, 回来, 下来,
// 进去): 把手机拿出来 is 拿 出来, not 拿出 "to take out" 来; 把东西带回来
// is 带 回来; 请坐下来 is 坐 下来; 写下来, 想出来, 走进去 alike. The
// English side often says the verb and its particle ("take out", "sit
// down") and so favours the shorter verb; the grammar settles it all the
// same. The first character must be a verb and word k tagged one, so a
// time or place word keeps its 上/下 (晚上来, 马上去). It reports whether
// it moved the boundary.
func (a *Analyzer) compoundDirection(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) || !strings.HasPrefix(a.w.posNames[out.pos[k]], "v") {
		return false
	}
	start := out.start(k, from)
	w, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	if next != "来" && next != "去" {
		return false
	}
	c1, n1 := utf8.DecodeRuneInString(w)
	_, n2 := utf8.DecodeRuneInString(w[n1:])
	if n1+n2 != len(w) || c1 >= maxRune || a.singles[c1].logp == 0 || !directionComplement(w[n1:]+next) || !a.verbChar(w[:n1]) {
		return false
	}
	return a.shiftAs(out, k, w[:n1], w[n1:]+next)
}

// oneSentence splits 一句话 "in a word; in short" into 一 句 话, the
// numeral, its classifier and the noun, where it does not sum up what
// follows: 他一句话也没说 "he didn't say a word", 我想说一句话 "I'd like
// to say something". The summing-up word stands alone before its comma
// (一句话，我们不去了) or after 总之. It reports whether it split.
func (a *Analyzer) oneSentence(run string, out *segWords, k, from int, prev string) bool {
	start := out.start(k, from)
	if run[start:out.ends[k]] != "一句话" || len(out.ends)-from == 1 || prev == "总之" || prev == "总而言之" {
		return false
	}
	yi, ju, hua := a.singles['一'], a.singles['句'], a.singles['话']
	if yi.logp == 0 || ju.logp == 0 || hua.logp == 0 {
		return false
	}
	// 句 and 话 first, then 一 and 句.
	out.split(k, start, len("一句"), hua, hua)
	out.split(k, start, len("一"), yi, ju)
	return true
}

// dontMind splits 别管 "no matter (who, what etc)" into 别 "don't" and 管
// "to bother about" where no question follows it in the run: 你别管我
// "leave me alone", 这件事你别管了, 别管闲事. "No matter" takes a
// question (别管他说什么, 别管是谁, 别管去不去) and keeps the word. It
// reports whether it split.
func (a *Analyzer) dontMind(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	if run[start:out.ends[k]] != "别管" {
		return false
	}
	for j := k + 1; j < len(out.ends); j++ {
		w := run[out.start(j, from):out.ends[j]]
		if questionWords[w] {
			return false
		}
		if j+2 < len(out.ends) && w == run[out.start(j+2, from):out.ends[j+2]] {
			if m := run[out.ends[j]:out.ends[j+1]]; m == "不" || m == "没" {
				return false // 去不去
			}
		}
	}
	return a.splitInChars(out, k, start, '别', '管')
}

// dontSay splits 别说 "to say nothing of; not to mention" into 别 "don't"
// and 说 where 了 and nothing but final particles follow it in the run:
// 你别说了 "stop talking", 别说了，我知道了. "Let alone" takes what it
// mentions (别说他了，连我都不知道) and keeps the word. It reports whether
// it split.
func (a *Analyzer) dontSay(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	if run[start:out.ends[k]] != "别说" || k+1 >= len(out.ends) || run[out.ends[k]:out.ends[k+1]] != "了" {
		return false
	}
	for j := k + 2; j < len(out.ends); j++ {
		if !finalParticles[run[out.ends[j-1]:out.ends[j]]] {
			return false
		}
	}
	return a.splitInChars(out, k, start, '别', '说')
}

// foundIt joins a verb of one character (word k) and 着 after it (word
// k+1) where the two are a headword read zhao2, "(after a verb) hitting
// the mark" (找着 "to find", 猜着 "to guess correctly", 点着 "to light"),
// an object follows and 了 closes the clause: 我找着我的钥匙了 "I found my
// keys", 你猜着答案了吗. 着 going on (zhe5) has no 了 after its object, or
// comes after 在, 正 or 正在 (他正找着钥匙呢, 我在找着…), or repeats (找着
// 找着就睡着了). It reports
// whether it joined.
func (a *Analyzer) foundIt(run string, out *segWords, k, from int) bool {
	if k+2 >= len(out.ends) || run[out.ends[k]:out.ends[k+1]] != "着" {
		return false
	}
	start := out.start(k, from)
	v := run[start:out.ends[k]]
	if c, n := utf8.DecodeRuneInString(v); n != len(v) || c >= maxRune || !a.verbChar(v) {
		return false
	}
	for j := from; j < k; j++ {
		switch run[out.start(j, from):out.ends[j]] {
		case "在", "正", "正在", "还", "着":
			return false // (着 before: 找着找着 goes on)
		}
	}
	if obj := run[out.ends[k+1]:out.ends[k+2]]; obj == "了" || finalParticles[obj] || obj == run[start:out.ends[k]] {
		return false // 找着了 keeps its own rule; 找着找着 goes on
	}
	closed := false
	for j := k + 3; j < len(out.ends); j++ {
		closed = closed || run[out.ends[j-1]:out.ends[j]] == "了"
	}
	return closed && a.readsZhao(v+"着") && a.joinAs(out, k, v+"着")
}

// bodyMoved splits a word of 下 or 过 and a part of the body (下腰 "to do
// a bridge", 过头 "to overdo it") after a verb of one character: the
// direction completes the verb and the body part is its object. 他弯下腰
// "he bent down" is 弯 下 腰, 他转过头来 "he turned his head" 转 过 头 来.
// Before a final particle the word stays (这次玩过头了 "went too far this
// time"). It reports whether it split.
func (a *Analyzer) bodyMoved(run string, out *segWords, k, from int, prev, prevTag string) bool {
	if k == from {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	d, n1 := utf8.DecodeRuneInString(w)
	b, n2 := utf8.DecodeRuneInString(w[n1:])
	if n1+n2 != len(w) || d != '下' && d != '过' || !strings.ContainsRune("头腰身脸", b) {
		return false
	}
	// (The verb last: verbChar reads CC-CEDICT.)
	if utf8.RuneCountInString(prev) != 1 || !(strings.HasPrefix(prevTag, "v") || a.verbChar(prev)) {
		return false
	}
	if k+1 < len(out.ends) && finalParticles[run[out.ends[k]:out.ends[k+1]]] {
		return false // 你玩过头了 "went too far": the word closes the clause
	}
	return a.splitInChars(out, k, start, d, b)
}

// splitBefore splits two headwords that the grammar reads as two words
// by what comes next to them:
//   - 没什么 "it's nothing; never mind" before a noun is 没 and 什么 "any",
//     what it denies: 这个没什么问题 "there's no problem with this", 我今天
//     没什么事 (没什么，别担心 and 谢谢！没什么。 keep the word);
//   - 到了 "at last; finally" after a verb is 到 completing it and 了:
//     我们搬到了深圳 "we moved to Shenzhen" (到了晚上, at the head of its
//     clause, is no verb's);
//   - 要说 "as for; when it comes to" after its subject or an adverb is
//     the modal 要 and 说: 你要说清楚 "you must say it clearly", 我要说的
//     是… (要说好吃，… at the head of its clause keeps the word).
//
// It reports whether it split.
func (a *Analyzer) splitBefore(run string, out *segWords, k, from int, prevTag string) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	var n int
	switch {
	case w == "没什么" && k+1 < len(out.ends) && strings.HasPrefix(a.w.posNames[out.pos[k+1]], "n"):
		n = len("没")
	case w == "到了" && k > from && strings.HasPrefix(prevTag, "v"):
		n = len("到")
	case w == "要说" && k > from && (strings.HasPrefix(prevTag, "r") || prevTag == "d"):
		n = len("要")
	default:
		return false
	}
	return a.splitAs(out, k, start, w[:n], w[n:])
}

// someOf joins 有 (word k) and 的 (word k+1) into 有的 "(there are) some
// (who are...)" at the head of the run or after a noun, before the noun
// it picks out: 有的人喜欢，有的人不喜欢 "some people like it, some
// don't", 我们班有的同学已经走了 (gse's lexicon lacks 有的, so the unigram
// model splits it). After a pronoun 有 is the verb and 的 makes the
// relative clause: 我有的书你都有. It reports whether it joined.
func (a *Analyzer) someOf(run string, out *segWords, k, from int, prevTag string) bool {
	if k+2 >= len(out.ends) || run[out.start(k, from):out.ends[k]] != "有" || run[out.ends[k]:out.ends[k+1]] != "的" {
		return false
	}
	if k > from && !strings.HasPrefix(prevTag, "n") {
		return false
	}
	if next := a.w.posNames[out.pos[k+2]]; !strings.HasPrefix(next, "n") {
		return false
	}
	return a.joinAs(out, k, "有的")
}

// howAbout joins 要 (word k) and 不 (word k+1) into 要不 "how about…?;
// otherwise" at the head of the run or after its subject, where a pronoun
// or an adverb follows, the proposal's subject or its first word: 要不你
// 先走吧 "how about you go first", 你要不先回去吧, 快点走，要不就迟到了
// "otherwise we'll be late". 要 不要 (你要不要喝水) is another split, and
// a verb after 不 (我要不起) is no proposal. It reports whether it joined.
func (a *Analyzer) howAbout(run string, out *segWords, k, from int, prevTag string) bool {
	if k+2 >= len(out.ends) || run[out.start(k, from):out.ends[k]] != "要" || run[out.ends[k]:out.ends[k+1]] != "不" {
		return false
	}
	if k > from && !strings.HasPrefix(prevTag, "r") {
		return false
	}
	if next := a.w.posNames[out.pos[k+2]]; !strings.HasPrefix(next, "r") && next != "d" {
		return false
	}
	return a.joinAs(out, k, "要不")
}

// negatedResult moves the boundary in a word of 没 or 不 and a verb (没收
// "to confiscate") before the verb's complement of result or direction:
// the negation takes the verb and its complement. 我还没收到 "I haven't
// received it yet" is 没 收到, not 没收 到; 钱还没收回来 is 没 收 回来.
// Where the verb and the complement make a headword (收到) the boundary
// moves; where not, the word splits. It reports whether it did.
func (a *Analyzer) negatedResult(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	neg, n1 := utf8.DecodeRuneInString(w)
	if neg == '没' && next == "过" && w != "没有" {
		return a.notEver(run, out, k, start, w, n1)
	}
	if neg != '没' && neg != '不' || !resultComplement(next) && !directionComplement(next) {
		return false
	}
	v, n2 := utf8.DecodeRuneInString(w[n1:])
	if n1+n2 != len(w) || v >= maxRune || a.singles[v].logp == 0 || !a.verbChar(w[n1:]) {
		return false
	}
	ln := a.singles[neg]
	if vc, ok := a.lex.get(w[n1:] + next); ok && resultComplement(next) && a.verbSense(w[n1:]+next) {
		out.shift(k, start+n1, ln, vc)
		return true
	}
	if !directionComplement(next) {
		return false
	}
	out.split(k, start, n1, ln, a.singles[v])
	return true
}

// notEver splits word k, w (of 没 and a verb, starting at byte start of
// the run), before 过, which a verb takes and an adjective or noun does
// not: 这个软件我没用过 "I've never used this software" is 没 用 过, not
// 没用 "useless" 过. Where the verb and 过 make a headword the boundary
// moves instead: 我没错过 is 没 错过 "to miss". (没有过 keeps 没有.)
func (a *Analyzer) notEver(run string, out *segWords, k, start int, w string, n1 int) bool {
	v, n2 := utf8.DecodeRuneInString(w[n1:])
	if n1+n2 != len(w) || v >= maxRune || a.singles[v].logp == 0 || !a.verbChar(w[n1:]) {
		return false
	}
	ln := a.singles['没']
	if vg, ok := a.lex.get(w[n1:] + "过"); ok && a.verbSense(w[n1:]+"过") {
		out.shift(k, start+n1, ln, vg)
		return true
	}
	out.split(k, start, n1, ln, a.singles[v])
	return true
}

// resultComplement reports whether w completes a verb with its result:
// 到 (收到), 完, 好, 懂, 见, 住, 掉.
func resultComplement(w string) bool {
	switch w {
	case "到", "完", "好", "懂", "见", "住", "掉":
		return true
	}
	return false
}

// thisOne moves the boundary between a demonstrative (这, 那, 哪; word
// k-1) and a word that starts with 个 (word k): 他这个人很靠谱 "he is a
// reliable person" is 这个 人, not 这 个人 "personal", which the English
// "person" may favour; 那个人是谁 alike. (After 是 or a numeral 个人 keeps
// its own rules: 这是个人问题, 三个人.) It reports whether it moved the
// boundary.
func (a *Analyzer) thisOne(run string, out *segWords, k, from int, prev string) bool {
	if prev != "这" && prev != "那" && prev != "哪" {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	if !strings.HasPrefix(w, "个") || len(w) == len("个") {
		return false
	}
	return a.nounFirst(w[len("个"):]) && a.shiftAs(out, k-1, prev+"个", w[len("个"):])
}

// ordinal moves the boundary between 第 (word k-1) and a numeral with
// its measure word (word k), so that 第 and the numeral make the ordinal:
// 第一个问题 "the first question" is 第一 个, not 第 "(literary) but;
// however" 一个. It reports whether it moved the boundary.
func (a *Analyzer) ordinal(run string, out *segWords, k, from int, prev string) bool {
	if prev != "第" {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c, n := utf8.DecodeRuneInString(w)
	if n == len(w) || !numeralRune(c) || !a.measureChar(w[n:]) {
		return false
	}
	return a.shiftAs(out, k-1, prev+w[:n], w[n:])
}

// together moves the boundary between 一 (word k-1) and 起来 (word k)
// to make 一起 "together" and 来 "to come": 你也一起来吧, 我们一起来做 are
// 一起 来, not 一 "one" 起来 "to stand up". 一…就 "as soon as" keeps 起来
// "to get up": 他一起来就去跑步. It reports whether it moved the boundary.
func (a *Analyzer) together(run string, out *segWords, k, from int, prev string) bool {
	if prev != "一" || run[out.start(k, from):out.ends[k]] != "起来" {
		return false
	}
	if rest := run[out.ends[k]:]; strings.Contains(rest, "就") || strings.Contains(rest, "便") {
		return false
	}
	yiqi, ok := a.lex.get("一起")
	if !ok {
		return false
	}
	lai, ok := a.lex.get("来")
	if !ok {
		return false
	}
	if d := slices.Index(a.w.posNames, "d"); d >= 0 {
		// gse tags 一起 a numeral: before 来 it is the adverb, not the
		// round number of 来 "(after a round number) approximately".
		yiqi.pos = uint8(d)
	}
	out.shift(k-1, out.start(k, from)+len("起"), yiqi, lai)
	return true
}

// readingNow splits 在读 "to be studying (at a school)" (word k) into 在, the
// progressive, and 读 "to read" before what is read, counted, pointed at
// or someone's: 他在读一本小说, 我在读这本书, 她在读你的信 are 在 读 (在读大学,
// 在读研究生 and a grade, 在读三年级, keep the word). It reports whether it
// split the word.
func (a *Analyzer) readingNow(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	if run[start:out.ends[k]] != "在读" || k+1 >= len(out.ends) {
		return false
	}
	next := run[out.ends[k]:out.ends[k+1]]
	c, _ := utf8.DecodeRuneInString(next)
	if strings.HasSuffix(next, "级") || k+2 < len(out.ends) && strings.HasSuffix(run[out.ends[k+1]:out.ends[k+2]], "级") {
		return false // (a grade)
	}
	tag := a.w.posNames[out.pos[k+1]]
	if !numeralRune(c) && !demonstratives[string(c)] && !strings.HasPrefix(tag, "r") && tag != "m" && tag != "q" {
		return false
	}
	return a.splitAs(out, k, start, "在", "读")
}

// oneRow splits 一行 "party; delegation" (word k) into 一 and 行 after a
// demonstrative or a verb (or its 了), where 行 is counted: 干这一行, 在这一行
// 干了十年 "this line of work", 写了一行字 "a line of characters". After
// the people it names, 一行 stays the party: 他们一行五人. It reports
// whether it split the word.
func (a *Analyzer) oneRow(run string, out *segWords, k, from int, prev, prevTag string) bool {
	start := out.start(k, from)
	if run[start:out.ends[k]] != "一行" || k == from {
		return false
	}
	if !demonstratives[prev] && prev != "了" && !strings.HasPrefix(prevTag, "v") {
		return false
	}
	return a.splitInChars(out, k, start, '一', '行')
}

// countedBy reports whether the word before (prev, gse tag prevTag)
// counts or points at the character c after it: a numeral (三, 第二)
// before a unit (天), a measure word (个, 两个, 这个) before a noun its CL
// note names (人), or 这些, 那些, 有的 before a noun. 三个天才 stays: 个
// counts no 天.
func (a *Analyzer) countedBy(prev, prevTag, c string) bool {
	if isNumeralWord(prev) || prevTag == "m" && !strings.HasSuffix(prev, "个") {
		return slices.ContainsFunc(measures(), func(m measure) bool { return m.w == c }) || a.measureChar(c)
	}
	if strings.HasSuffix(prev, "个") || prevTag == "q" || prevTag == "mq" {
		cl, _ := utf8.DecodeLastRuneInString(prev)
		return a.takes(c, string(cl))
	}
	return (prev == "这些" || prev == "那些" || prev == "有的") && !a.measureChar(c)
}

// heedWords reports whether 的话 (word k) follows 听 "to heed" or a verb
// of hearing (听懂, 听见, maybe with 了 or 过) and the one heeded, a person
// in a word alone between them: 你要听妈妈的话 "listen to your mother",
// 他从来不听我的话, 我听懂了老师的话 are 的 话 "what sb said" closing the
// run, not a condition (splitDeHua). 你想听音乐的话，… keeps the
// condition.
func (a *Analyzer) heedWords(run string, out *segWords, k, from int) bool {
	if k-2 < from {
		return false
	}
	v := run[out.start(k-2, from):out.ends[k-2]]
	if (v == "了" || v == "过") && k-3 >= from {
		v = run[out.start(k-3, from):out.ends[k-3]]
	}
	if !strings.HasPrefix(v, "听") {
		return false
	}
	who := run[out.start(k-1, from):out.ends[k-1]]
	return personalPronouns[who] || personPos(a.w.posNames[out.pos[k-1]]) || personSuffix(who) || compoundEndsIn(who, "妈爸爷奶哥姐弟妹母父婆友")
}

// oddNumber reports whether s, the run before a word, ends in a numeral
// and 多 or 来 "odd; more than": 二十多个人 "twenty-odd people", 十来个人,
// a rough number that counts what follows as a numeral does.
func oddNumber(s string) bool {
	last, n := utf8.DecodeLastRuneInString(s)
	if last != '多' && last != '来' {
		return false
	}
	num, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return isNumeral(num)
}

// longerObject moves the boundary between a verb-object word (word k)
// and a character after it (word k+1) where the object and the character
// make a noun: 打太极拳 "to do tai chi" is 打 太极拳 "taijiquan", not 打太极
// "to practise tai chi" 拳 "fist"; 看电视剧 is 看 电视剧. It reports
// whether it did.
func (a *Analyzer) longerObject(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	// (A word gse lacks has no tag: 打太极.)
	if p := a.w.posNames[out.pos[k]]; !strings.HasPrefix(p, "v") && (p != "" || !a.verbSense(w)) {
		return false
	}
	c, n := utf8.DecodeRuneInString(w)
	if n == len(w) || utf8.RuneCountInString(next) != 1 || c >= maxRune || a.singles[c].logp == 0 || !a.verbChar(w[:n]) {
		return false
	}
	obj, ok := a.lex.get(w[n:] + next)
	if !ok || !strings.HasPrefix(a.w.posNames[obj.pos], "n") {
		return false
	}
	out.shift(k, start+n, a.singles[c], obj)
	return true
}

// degreeHead splits word k, of three or more characters, after a degree
// adverb (prev) into its first character, an adjective, and the noun the
// rest makes: a degree adverb takes an adjective, not a noun phrase. 在很
// 多方面 "in many respects" is 很 多 方面, not 很 多方面 "many-sided"; 很长
// 时间 is 很 长 时间. It reports whether it did.
func (a *Analyzer) degreeHead(run string, out *segWords, k, from int, prev string) bool {
	if !degreeAdverbs[prev] || out.ids[k] < 0 {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c, n := utf8.DecodeRuneInString(w)
	if utf8.RuneCountInString(w) < 3 || c >= maxRune || a.singles[c].logp == 0 || !a.adjectiveFirst(w[:n]) {
		return false
	}
	head, ok := a.lex.get(w[n:])
	if !ok || !strings.HasPrefix(a.w.posNames[head.pos], "n") {
		return false
	}
	out.split(k, start, n, a.singles[c], head)
	return true
}

// haveWord moves the boundary between word k, an adverb and 有 (还有, 只
// 有), and a character after it that makes a word with 有 and is no noun
// nor measure word: the adverb modifies that word. 还有待观察 "remains to
// be seen" is 还 有待, 这还有用吗 "is this still useful" 还 有用; 还有人,
// 还有些问题 keep 还有 "there is still". It reports whether it did.
func (a *Analyzer) haveWord(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	c, n := utf8.DecodeRuneInString(w)
	if len(w) != n+len("有") || !strings.HasSuffix(w, "有") || !adverbChar(c) || utf8.RuneCountInString(next) != 1 || c >= maxRune || a.singles[c].logp == 0 {
		return false
	}
	return !a.nounFirst(next) && !a.measureChar(next) && a.shiftAs(out, k, w[:n], "有"+next)
}

// verbCopied moves the boundary between a verb of one character (word k)
// and a word that ends with it (word k+1) before 得, where the verb and
// the first part make a headword: the verb and its object, then the verb
// copied before its complement. 她唱歌唱得很好 is 唱歌 唱 得, not 唱 歌唱
// "to sing (a song)" 得. It reports whether it did.
func (a *Analyzer) verbCopied(run string, out *segWords, k, from int) bool {
	if k+2 >= len(out.ends) || run[out.ends[k+1]:out.ends[k+2]] != "得" {
		return false
	}
	start := out.start(k, from)
	v, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	c, n := utf8.DecodeRuneInString(v)
	if n != len(v) || len(next) <= n || !strings.HasSuffix(next, v) || c >= maxRune || a.singles[c].logp == 0 {
		return false
	}
	return a.verbSense(v+next[:len(next)-n]) && a.shiftAs(out, k, v+next[:len(next)-n], v)
}

// aspectParticle reports whether w is 了, 着 or 过.
func aspectParticle(w string) bool { return w == "了" || w == "着" || w == "过" }

// verbalMeasure reports whether w measures an action: 一下, 一遍, 一眼.
func verbalMeasure(w string) bool {
	switch w {
	case "一下", "一下子", "一遍", "一眼", "一会", "一会儿", "一番", "一圈", "一趟", "一声", "一口":
		return true
	}
	return false
}

// actionMeasure reports whether w counts the times an action is done:
// 遍, 次, 下, 回, 趟.
func actionMeasure(w string) bool {
	switch w {
	case "遍", "次", "下", "回", "趟":
		return true
	}
	return false
}

// adverbChar reports whether c is an adverb that stands before a modal
// verb: 才能, 总能, 都会, 也要.
func adverbChar(c rune) bool {
	switch c {
	case '才', '总', '都', '也', '还', '只', '又', '再', '就', '便', '却':
		return true
	}
	return false
}

// modalChar reports whether c is a modal verb: 能, 会, 要, 可, 该.
func modalChar(c rune) bool {
	switch c {
	case '能', '会', '要', '可', '该':
		return true
	}
	return false
}

// objectStart reports whether a word with gse tag p can open a verb's
// object: a numeral or measure word, a pronoun, a noun, an adjective or
// a distinguishing word before its noun.
func objectStart(p, w string) bool {
	if p == "m" || p == "q" || p == "mq" || p == "a" || p == "b" || strings.HasPrefix(p, "n") || strings.HasPrefix(p, "r") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return isNumeral(r)
}

// verbStart reports whether a word with gse tag p (text w) is a verb or
// opens a verb phrase.
func (a *Analyzer) verbStart(p, w string) bool {
	if strings.HasPrefix(p, "v") {
		return true
	}
	c, n := utf8.DecodeRuneInString(w)
	return n == len(w) && c < maxRune && a.verbChar(w)
}

// notEasyVerbs are verbs after 不好 that are no action "easy to" do: 不好
// 是, 不好有, 不好在.
var notEasyVerbs = map[string]bool{"是": true, "有": true, "在": true, "来": true, "去": true, "了": true, "想": true, "要": true, "会": true, "能": true}

// verbHalf reports whether the character c is a verb: tagged a verb by
// gse, or a verb of direction (上 下 进 出 回 起), which gse tags a place
// word. (CC-CEDICT's senses would call 点 of 晚点 "delayed" a verb.)
func (a *Analyzer) verbHalf(c rune) bool {
	if strings.ContainsRune("上下进出回起", c) {
		return true
	}
	return c < maxRune && strings.HasPrefix(a.w.posNames[a.singles[c].pos], "v")
}

// adverbial reports whether gse tag p is an adjective's or an adverb's: 晚
// of 晚点了两个小时 "delayed by two hours", which is no noun before a verb.
func adverbial(p string) bool { return p == "a" || p == "ad" || p == "d" }

// verbSense reports whether a plain sense of a CC-CEDICT entry of w is a
// verb's ("to ...").
func (a *Analyzer) verbSense(w string) bool {
	for _, e := range a.dict.Lookup(w) {
		in := a.info(e)
		for i, s := range in.senses {
			if !e.IsName() && in.plain(i, s) && isVerbSense(s) {
				return true
			}
		}
	}
	return false
}

// verbsOnly reports whether every plain sense of every CC-CEDICT entry
// of w is a verb's ("to ..."), and there is one: 手洗 "to hand-wash", not
// 工作 "to work; job".
func (a *Analyzer) verbsOnly(w string) bool {
	entries := a.dict.Lookup(w)
	for _, e := range entries {
		in := a.info(e)
		for i, s := range in.senses {
			if in.plain(i, s) && !isVerbSense(s) {
				return false
			}
		}
	}
	return len(entries) > 0
}

// nounFirst reports whether the first plain sense of an entry of w, not a
// name's, glosses a noun by WordNet: 糖 "sugar", which gse tags zg (a
// character of many uses).
func (a *Analyzer) nounFirst(w string) bool { return a.firstGlossIs(w, wordnet.Noun) }

// firstGlossIs reports whether the first plain sense of an entry of w,
// not a name's, is no verb's and glosses a word of part of speech p by
// WordNet (among others, maybe): nounFirst, adjectiveGloss.
func (a *Analyzer) firstGlossIs(w string, p wordnet.POS) bool {
	for _, e := range a.dict.Lookup(w) {
		if f := a.firstFree(e); !e.IsName() && f >= 0 {
			s := a.info(e).senses[f]
			if !isVerbSense(s) && partsOfSpeech(firstGloss(s))&p != 0 {
				return true
			}
		}
	}
	return false
}

// adjectiveFirst reports whether the first plain sense of an entry of w,
// not a name's, glosses an adjective by WordNet and no noun: 好喝 "tasty".
func (a *Analyzer) adjectiveFirst(w string) bool {
	for _, e := range a.dict.Lookup(w) {
		if f := a.firstFree(e); !e.IsName() && f >= 0 {
			p := partsOfSpeech(firstGloss(a.info(e).senses[f]))
			if p&wordnet.Adj != 0 && p&wordnet.Noun == 0 {
				return true
			}
		}
	}
	return false
}

// adjectiveGloss reports whether the first plain sense of an entry of w,
// not a name's, glosses an adjective by WordNet, a noun too or not (重
// zhong4 "heavy"), and is no verb's.
func (a *Analyzer) adjectiveGloss(w string) bool { return a.firstGlossIs(w, wordnet.Adj) }

// recalled joins 来 and 着 closing the clause (a final particle may follow)
// into 来着 "auxiliary showing sth happened in the past", the particle of
// spoken Chinese that asks for what one has forgotten: 他叫什么名字来着,
// 你刚才说多少来着 were 来 "to come" 着. It reports whether it did.
func (a *Analyzer) recalled(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) || k+3 < len(out.ends) || k == from {
		return false
	}
	start := out.start(k, from)
	if run[start:out.ends[k]] != "来" || run[out.ends[k]:out.ends[k+1]] != "着" {
		return false
	}
	if k+2 < len(out.ends) {
		if p := run[out.ends[k+1]:out.ends[k+2]]; p == "了" || !finalParticles[p] {
			return false
		}
	}
	return a.joinAs(out, k, "来着")
}

// askedBothWays splits the question that says a word and its negation
// where gse joins its first character to 不 (X不) or makes the whole
// question of that character (X不X): 可不可以 is 可 不 可以, not 可不
// "isn't it so" 可以; 这个好不好吃 is 好 不 好吃 "tasty", not 好不好 "is it
// good" 吃. It reports whether it did.
func (a *Analyzer) askedBothWays(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	x, n := utf8.DecodeRuneInString(w)
	if x >= maxRune || a.singles[x].logp == 0 {
		return false
	}
	not, ok := a.lex.get("不")
	if !ok {
		return false
	}
	switch w[n:] {
	case "不":
		// 可不 可以: the word after says the first character again.
		if !strings.HasPrefix(next, w[:n]) || len(next) == n {
			return false
		}
		if _, ok := a.lex.get(next); !ok {
			return false
		}
		out.split(k, start, n, a.singles[x], not)
		return true
	case "不" + w[:n]:
		// 好不好 吃: the first character and the word after make a word.
		whole, ok := a.lex.get(w[:n] + next)
		if !ok {
			return false
		}
		notX, ok := a.lex.get(w[n:])
		if !ok {
			return false
		}
		out.split(k, start, n, a.singles[x], notX)
		out.shift(k+1, start+n+len("不"), not, whole)
		return true
	}
	return false
}

// nearPlaces are words of a place by what it is near or part of: after
// a noun they make the place 在 introduces (家门口, 家附近).
var nearPlaces = map[string]bool{"门口": true, "附近": true, "旁边": true, "对面": true, "楼下": true, "楼上": true,
	"外面": true, "里面": true, "后面": true, "前面": true, "周围": true, "隔壁": true, "边上": true, "后边": true, "前边": true}

// atPlace splits 在 from a noun gse joins it to (在家 "at home", 在校 "at
// school") before a word of a place near or part of that noun: 我在家门口
// 等你 is 在 家 门口, not 在家 门口; 在家附近, 在家楼下 alike. A noun
// joined to the first character of such a word gives it back: 家门 口 is
// 家 门口 (家门 "house door"). It reports whether it did.
func (a *Analyzer) atPlace(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	c1, n1 := utf8.DecodeRuneInString(w)
	c2, n2 := utf8.DecodeRuneInString(w[n1:])
	if n1+n2 != len(w) || c1 >= maxRune || c2 >= maxRune || a.singles[c1].logp == 0 || a.singles[c2].logp == 0 {
		return false
	}
	if nearPlaces[w[n1:]+next] {
		// The noun, then the place word that its second character
		// starts: 家门 口 is 家 门口.
		if place, ok := a.lex.get(w[n1:] + next); ok && a.nounFirst(w[:n1]) {
			out.shift(k, start+n1, a.singles[c1], place)
			return true
		}
		return false
	}
	if c1 != '在' || !nearPlaces[next] || !a.nounFirst(w[n1:]) {
		return false
	}
	out.split(k, start, n1, a.singles[c1], a.singles[c2])
	return true
}

// degreeOfZai joins 在 and the character after it where a degree adverb
// or 不 stands before and the two make a word of the lexicon: 他对做饭很在
// 行 is 很 在行 "to be an expert", not 在 "at" 行 xing2; 说得很在理. It
// reports whether it did.
func (a *Analyzer) degreeOfZai(run string, out *segWords, k, from int, prev string) bool {
	if k+1 >= len(out.ends) || run[out.start(k, from):out.ends[k]] != "在" || !degreeAdverbs[prev] && prev != "不" {
		return false
	}
	next := run[out.ends[k]:out.ends[k+1]]
	if utf8.RuneCountInString(next) != 1 {
		return false
	}
	return (a.adjectiveGloss("在"+next) || a.verbSense("在"+next)) && a.joinAs(out, k, "在"+next)
}

// earlyThen moves the boundary between 一 and an adverb of two characters
// whose second is 就, 才 or 都 where 一 and the first make a word: 我们明天
// 一早就出发 is 一早 "early in the morning" 就, not 一 早就 "long ago". It
// reports whether it did.
func (a *Analyzer) earlyThen(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	if run[start:out.ends[k]] != "一" {
		return false
	}
	next := run[out.ends[k]:out.ends[k+1]]
	c, n := utf8.DecodeRuneInString(next)
	t, m := utf8.DecodeRuneInString(next[n:])
	if n+m != len(next) || c >= maxRune || t != '就' && t != '才' && t != '都' || a.singles[t].logp == 0 {
		return false
	}
	return a.shiftAs(out, k, "一"+next[:n], next[n:])
}

// olderBy splits 大 or 小 from a numeral that gse joins to it into a
// word (大三 "third year of university", 小三 "mistress") before 岁, 个
// or 倍: 他比我大三岁 is 大 三 岁 "three years older", as the English side's
// quantities make it (numbers.go), also where there is no English. It
// reports whether it did.
func (a *Analyzer) olderBy(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c, n := utf8.DecodeRuneInString(w)
	if c != '大' && c != '小' || n == len(w) {
		return false
	}
	if _, ok := numeralValue(w[n:]); !ok {
		return false
	}
	switch run[out.ends[k]:out.ends[k+1]] {
	case "岁", "个", "倍":
	default:
		return false
	}
	return a.splitAs(out, k, start, w[:n], w[n:])
}

// cannotReach joins a verb of one character and 不到 after it into the
// word of the lexicon they make, the verb's potential complement: 找不到
// "can't find", 听不到 "can't hear", 做不到 (gse cuts 找 不到, and 不到 alone
// is "not to arrive"); where they make none, it splits 不到 after the verb
// into 不 and 到, the complement (买不到, 赚不到钱). It reports whether it
// did.
func (a *Analyzer) cannotReach(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) || run[out.ends[k]:out.ends[k+1]] != "不到" {
		return false
	}
	start := out.start(k, from)
	if utf8.RuneCountInString(run[start:out.ends[k]]) != 1 {
		return false
	}
	w, ok := a.lex.get(run[start:out.ends[k+1]])
	if !ok {
		// No such word: after a verb, 不 and 到 its complement, "unable
		// to" (买不到 "can't get", not 不到 "not to arrive"; 一个月不到
		// keeps 不到).
		if !strings.HasPrefix(a.w.posNames[out.pos[k]], "v") {
			return false
		}
		return a.splitInChars(out, k+1, out.ends[k], '不', '到')
	}
	out.join(k, w)
	return true
}

// toAndFro splits a word of a verb and 来 where the verb comes again with
// 去 after it, the to and fro of V来V去: 我想来想去还是决定不去 is 想 来 想
// 去, not 想来 "it may be assumed" 想 去; 他看来看去 看 来, not 看来
// "apparently". It reports whether it did.
func (a *Analyzer) toAndFro(run string, out *segWords, k, from int) bool {
	if k+2 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	v, ok := strings.CutSuffix(w, "来")
	if !ok || v == "" || run[out.ends[k]:out.ends[k+1]] != v || run[out.ends[k+1]:out.ends[k+2]] != "去" {
		return false
	}
	return a.splitAs(out, k, start, v, "来")
}

// doubledObject moves the boundary inside a doubled character that is no
// verb (种种 "all kinds of") before one character, where the second of the
// pair and that character make a verb and its object: 退休以后种种花 is 种
// 种花 "to grow flowers", the verb done at leisure (种种原因 keeps 种种). It
// reports whether it did.
func (a *Analyzer) doubledObject(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	xx, y := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	c, n := utf8.DecodeRuneInString(xx)
	d, m := utf8.DecodeRuneInString(y)
	if len(xx) != 2*n || !strings.HasPrefix(xx[n:], xx[:n]) || m != len(y) || c >= maxRune || d >= maxRune || a.singles[c].logp == 0 {
		return false
	}
	if a.verbSense(xx) || !a.verbSense(xx[n:]+y) {
		return false
	}
	return a.shiftAs(out, k, xx[:n], xx[n:]+y)
}

// suggestedObject splits a noun ending in 吧 that closes the run (酒吧
// "bar", 网吧 "internet café") into its first character and the particle
// 吧 where the verb before it (a little amount, 点 or 些, between or not)
// makes a word with that character: 我们去喝酒吧 is 喝酒 吧 "let's go for a
// drink", not 喝 酒吧; 少喝点酒吧 is 酒 吧. 我们去酒吧吧 and 今晚
// 去网吧 keep the noun. It reports whether it did.
func (a *Analyzer) suggestedObject(run string, out *segWords, k, from int) bool {
	if k+1 != len(out.ends) || k == from {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	x, ok := strings.CutSuffix(w, "吧")
	if !ok || utf8.RuneCountInString(x) != 1 {
		return false
	}
	j := k - 1
	if v := run[out.start(j, from):out.ends[j]]; (v == "点" || v == "些" || v == "一点" || v == "一些") && j > from {
		j--
	}
	v := run[out.start(j, from):out.ends[j]]
	if !a.verbSense(v+x) || !a.verbChar(v) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(x)
	if c >= maxRune || a.singles[c].logp == 0 || a.singles['吧'].logp == 0 {
		return false
	}
	if vx, ok := a.lex.get(v + x); ok && j == k-1 {
		out.shift(j, start+len(x), vx, a.singles['吧']) // 喝酒 吧
		return true
	}
	out.split(k, start, len(x), a.singles[c], a.singles['吧'])
	return true
}

// verbInRun reports whether a word from index j on in run is a verb by
// gse's tag.
func (a *Analyzer) verbInRun(run string, out *segWords, j int) bool {
	for ; j < len(out.ends); j++ {
		if strings.HasPrefix(a.w.posNames[out.pos[j]], "v") {
			return true
		}
	}
	return false
}

// slangCount splits a word of 几 or a numeral and a measure word or unit
// of time whose every sense is slang (几号 "(slang) heroin", 零号) into the
// two: 今天是几月几号 "what's the date", 你几号走 are 几 号 "day of the
// month", the count the slang borrowed. It reports whether it did.
func (a *Analyzer) slangCount(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c, n := utf8.DecodeRuneInString(w)
	if c != '几' && !isNumeral(c) || n == len(w) || c >= maxRune || a.singles[c].logp == 0 {
		return false
	}
	if m := w[n:]; !timeUnit(m) && !a.isClassifier(m) || !a.slangOnly(w) {
		return false
	}
	return a.splitAs(out, k, start, w[:n], w[n:])
}

// slangOnly reports whether w has entries and every sense of each is
// marked slang: 几号 "(slang) heroin".
func (a *Analyzer) slangOnly(w string) bool {
	entries := a.dict.Lookup(w)
	for _, e := range entries {
		for _, s := range e.Senses() {
			if !strings.HasPrefix(s, "(slang)") && !strings.HasPrefix(s, "(Internet slang)") {
				return false
			}
		}
	}
	return len(entries) > 0
}

// nextOne splits 一 and a classifier that make a word (一轮 "first round",
// 一次 "first time; once") after 上 "previous" or 下 "next" (word k-1):
// 上一轮融资 "the last round of funding" is 上 一 轮, as 下一趟 is 下 一 趟,
// not 一轮 "first round"; 上一次 alike. 一下, 一点 and 一些 are no count of
// one (加上一点). It reports whether it did.
func (a *Analyzer) nextOne(run string, out *segWords, k, from int, prev string) bool {
	demonstrative := prev == "这" || prev == "那" || prev == "哪"
	if prev != "上" && prev != "下" && !demonstrative {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	cl, ok := strings.CutPrefix(w, "一")
	if !ok || utf8.RuneCountInString(cl) != 1 || cl == "下" || cl == "点" || cl == "些" || !a.isClassifier(cl) {
		return false
	}
	if demonstrative && !sequenceUnits[cl] {
		return false // 这一天, 那一年: left to the rest
	}
	return a.splitAs(out, k, start, "一", cl)
}

// degreeAfterGain splits a verb and 得 that make a word that is no verb
// (亏得 kui1 de5 "fortunately", 慌得 "hurriedly") where a degree closes the
// clause after it: 得 is then the particle de5 before the verb's
// complement: 去年亏得很厉害, 这次我们亏得太多了 are 亏 "to lose (money)" 得
// (亏得你提醒我 keeps the adverb). (The verbs of gaining, 挣得 zheng4 de2 "to
// earn", 赢得, read 得 de5 there too: 他挣得不多. Split as well, they cost
// heldout10.tsv an item that takes 挣得 for also right, and were left.) 见得
// "to seem", which stands in questions and after 不, is split too: 这种事我
// 见得多了 "I've seen plenty of that" is 见 得 多. It reports whether it
// did.
func (a *Analyzer) degreeAfterGain(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	v, ok := strings.CutSuffix(w, "得")
	if !ok || utf8.RuneCountInString(v) != 1 || k+1 >= len(out.ends) || !a.verbChar(v) || !a.noVerbFirst(w) && w != "见得" {
		return false
	}
	if !a.degreeCloses(run, out, k+1) {
		return false
	}
	return a.splitAs(out, k, start, v, "得")
}

// noVerbFirst reports whether w has entries, not names, and none has a
// verb's first sense: 亏得 "fortunately".
func (a *Analyzer) noVerbFirst(w string) bool {
	n := 0
	for _, e := range a.dict.Lookup(w) {
		if e.IsName() {
			continue
		}
		n++
		if f := a.firstFree(e); f >= 0 && isVerbSense(a.info(e).senses[f]) {
			return false
		}
	}
	return n > 0
}

// degreeCloses reports whether the words of run from index j on are a
// degree that closes the clause: degree adverbs or a negation (很, 更, 太,
// 比较, 不, 不太), maybe none, then an adjective or 多/少, and nothing after
// it but a final particle: 很厉害, 不多, 更多了, 比较少.
func (a *Analyzer) degreeCloses(run string, out *segWords, j int) bool {
	start := func(j int) int { return out.ends[j-1] }
	for ; j < len(out.ends); j++ {
		if w := run[start(j):out.ends[j]]; !degreeAdverbs[w] && w != "不" && w != "不太" && w != "这么" && w != "那么" {
			break
		}
	}
	if j >= len(out.ends) {
		return false
	}
	w, tag := run[start(j):out.ends[j]], a.w.posNames[out.pos[j]]
	if w != "多" && w != "少" && w != "不少" && w != "不多" && tag != "a" && !a.adjectiveGloss(w) {
		return false
	}
	return j+1 == len(out.ends) || j+2 == len(out.ends) && finalParticles[run[out.ends[j]:]]
}

// soThatHands splits 得 and a noun of one character that make a verb
// (得手 "to succeed") after an adjective or a verb, before what the noun
// does or how it is: 紧张得手都在发抖 "so nervous that his hands shook", 冷
// 得手都僵了 are 得 de5 手, the complement of degree (小偷得手后跑了, 他们终于
// 得手了 keep the verb). It reports whether it did.
func (a *Analyzer) soThatHands(run string, out *segWords, k, from int, prevTag string) bool {
	if k == from || k+1 >= len(out.ends) || !strings.HasPrefix(prevTag, "a") && !strings.HasPrefix(prevTag, "v") {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	x, ok := strings.CutPrefix(w, "得")
	c, n := utf8.DecodeRuneInString(x)
	if !ok || n != len(x) || c >= maxRune || a.singles[c].logp == 0 || a.w.posNames[a.singles[c].pos] != "n" || !a.verbSense(w) {
		return false
	}
	if next := a.w.posNames[out.pos[k+1]]; !strings.HasPrefix(next, "d") && !strings.HasPrefix(next, "v") && !strings.HasPrefix(next, "a") && next != "p" {
		return false
	}
	return a.splitAs(out, k, start, "得", x)
}

// shortBy splits 差一点 (or 差一点儿) "almost" closing the clause, before a
// final particle or 的, into 差 "short of; not up to standard" and 一点 "a
// bit": 他的英语差一点, 这个比那个差一点儿, 就差一点了, 质量差一点的便宜. "Almost"
// needs the verb it qualifies: 我差一点儿迟到了 keeps the word. It reports
// whether it did.
func (a *Analyzer) shortBy(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	bit, ok := strings.CutPrefix(w, "差")
	if !ok || bit != "一点" && bit != "一点儿" {
		return false
	}
	if k+1 < len(out.ends) {
		if next := run[out.ends[k]:out.ends[k+1]]; next != "的" && (!finalParticles[next] || k+2 < len(out.ends)) {
			return false
		}
	}
	return a.splitAs(out, k, start, "差", bit)
}

// byOneself joins 一个 and 人 (words k and k+1) into 一个人 "by oneself"
// after a person (a personal pronoun of one, 自己, a relative or a friend),
// before what the person does or nothing: 我一个人拿不动, 她一个人住在北京,
// 妈妈一个人在家, 就我一个人. After a verb or 是 the words count a person: 我
// 认识一个人, 这是一个人的问题. It reports whether it did.
func (a *Analyzer) byOneself(run string, out *segWords, k, from int, prev string) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	n := 2 // words of 一个人: 一个 人, or 一 个 人 as the English side's count leaves them
	switch w := run[out.start(k, from):out.ends[k]]; {
	case w == "一" && k+2 < len(out.ends) && run[out.ends[k]:out.ends[k+2]] == "个人" && out.ends[k+1]-out.ends[k] == len("个"):
		n = 3
	case w != "一个" || run[out.ends[k]:out.ends[k+1]] != "人":
		return false
	}
	k += n - 2 // the last word is then k+1
	switch prev {
	case "我", "你", "您", "他", "她", "自己":
	case "":
		// Opening its clause, before 就 or a verb of being able (能,
		// 可以; 也 before them), the person is the one who does it
		// alone: 一个人就能搞定, 一个人也能做, 一个人可以做完吗. (一个人也
		// 没有, 一个人都不认识 count: no person at all.)
		if !a.aloneAble(run, out, k+2) {
			return false
		}
	default:
		if !personSubject(prev) {
			return false
		}
	}
	if k+2 < len(out.ends) && prev != "" {
		// (gse knows no 拿不动 and tags 在家 a pronoun.)
		next := run[out.ends[k+1]:out.ends[k+2]]
		if tag := a.w.posNames[out.pos[k+2]]; !a.verbStart(tag, next) && !strings.HasPrefix(tag, "d") && tag != "p" && !potentialForm(next) && !strings.HasPrefix(next, "在") {
			return false
		}
	}
	alone, ok := a.lex.get("一个人")
	if !ok {
		return false
	}
	k -= n - 2
	if n == 3 {
		out.join(k, alone)
	}
	out.join(k, alone)
	return true
}

// matterFirst splits an adverb whose first character is a noun (事先 "in
// advance") after 的 or a measure word, which take a noun and no adverb,
// before a verb or an adverb: 工作的事先别想了 "leave the work matters for
// now", 这件事先别告诉他 are 事 先 "first" (我们事先商量好了 keeps the word).
// It reports whether it did.
func (a *Analyzer) matterFirst(run string, out *segWords, k, from int, prev, prevTag string) bool {
	if k == from || k+1 >= len(out.ends) || a.w.posNames[out.pos[k]] != "d" {
		return false
	}
	if prev != "的" && prev != "这些" && prev != "那些" && prevTag != "q" && !strings.HasSuffix(prev, "个") && !a.isClassifier(prev) {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c1, n1 := utf8.DecodeRuneInString(w)
	c2, n2 := utf8.DecodeRuneInString(w[n1:])
	if n1+n2 != len(w) || c1 >= maxRune || c2 >= maxRune || a.singles[c1].logp == 0 || a.singles[c2].logp == 0 {
		return false
	}
	if !strings.HasPrefix(a.w.posNames[a.singles[c1].pos], "n") || a.w.posNames[a.singles[c2].pos] != "d" {
		return false
	}
	if tag := a.w.posNames[out.pos[k+1]]; !a.verbStart(tag, run[out.ends[k]:out.ends[k+1]]) && tag != "d" && tag != "r" {
		return false
	}
	out.split(k, start, n1, a.singles[c1], a.singles[c2])
	return true
}

// timeTill moves the boundary inside 离开 "to leave" (word k) before a
// character that makes a verb with 开 (开车, 开会, 开学), then how much time
// is left: 离开车还有二十分钟 "twenty minutes before the train leaves" is 离
// "from" 开车, and 离开会只有五分钟了, 离开学不到一个星期 alike (我离开车就没法上班
// "I can't do without a car" keeps 离开). It reports whether it did.
func (a *Analyzer) timeTill(run string, out *segWords, k, from int) bool {
	if k+3 >= len(out.ends) || run[out.start(k, from):out.ends[k]] != "离开" {
		return false
	}
	x := run[out.ends[k]:out.ends[k+1]]
	if utf8.RuneCountInString(x) != 1 || !a.verbSense("开"+x) {
		return false
	}
	switch run[out.ends[k+1]:out.ends[k+2]] {
	case "还有", "只有", "不到", "还", "只", "还剩", "只剩", "没有", "有":
	default:
		return false
	}
	if amount := run[out.ends[k+2]:out.ends[k+3]]; a.w.posNames[out.pos[k+3]] != "m" && !isNumeral(firstRune(amount)) && amount != "几" && amount != "早" && amount != "多久" {
		return false
	}
	return a.shiftAs(out, k, "离", "开"+x)
}

// noRoom reads 不下 after a verb of one character (word k) as the verb's
// potential complement, "cannot … (for want of room)": where the lexicon
// has the three as a word it joins them (吃不下 "be unable to eat any more",
// 放不下), else it splits 不下, whose only entry, "to be not less than",
// follows a quantity's subject (参加的人不下一万): 这个房间住不下四个人, 车里
// 坐不下了, 箱子装不下 are 住 不 下. It reports whether it did.
func (a *Analyzer) noRoom(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) || run[out.ends[k]:out.ends[k+1]] != "不下" {
		return false
	}
	start := out.start(k, from)
	v := run[start:out.ends[k]]
	if utf8.RuneCountInString(v) != 1 || !a.verbChar(v) {
		return false
	}
	if w, ok := a.lex.get(run[start:out.ends[k+1]]); ok {
		out.join(k, w)
		return true
	}
	return a.splitInChars(out, k+1, out.ends[k], '不', '下')
}

// weekday moves 星期 or 礼拜 "week" from the end of word k to the day after
// it where the two make a weekday: 我们下个星期二见 "see you next Tuesday" is
// 下 个 星期二, as 上个星期五 comes out, not 下个星期 "next week" 二 "two";
// 下星期三 is 下 星期三. It reports whether it did.
func (a *Analyzer) weekday(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	pre, ok := strings.CutSuffix(w, "星期")
	unit := "星期"
	if !ok {
		pre, ok = strings.CutSuffix(w, "礼拜")
		unit = "礼拜"
	}
	if !ok || pre == "" || utf8.RuneCountInString(next) != 1 {
		return false
	}
	day, ok := a.lex.get(unit + next)
	if !ok {
		return false
	}
	c, n := utf8.DecodeRuneInString(pre)
	if c >= maxRune || a.singles[c].logp == 0 {
		return false
	}
	if n == len(pre) {
		out.shift(k, start+n, a.singles[c], day) // 下 星期三
		return true
	}
	cl, m := utf8.DecodeRuneInString(pre[n:])
	if n+m != len(pre) || cl != '个' || a.singles[cl].logp == 0 {
		return false
	}
	out.shift(k, start+len(pre), a.singles[cl], day)
	out.split(k, start, n, a.singles[c], a.singles[cl]) // 下 个 星期二
	return true
}

// subjectThenVerb moves the boundary inside a noun whose second character
// is a verb (火烧 "to set fire to; baked cake", word k) back to the
// character before it (word k-1) where that character and the noun's
// first make a noun, and an aspect particle follows: the subject and its
// verb. 那场大火烧了整整一夜 "the fire burned all night" is 大火 烧 了, not
// 大 火烧 了. It reports whether it did.
func (a *Analyzer) subjectThenVerb(run string, out *segWords, k, from int) bool {
	if k == from || k+1 >= len(out.ends) || !aspectParticle(run[out.ends[k]:out.ends[k+1]]) {
		return false
	}
	start, pstart := out.start(k, from), out.start(k-1, from)
	w, prev := run[start:out.ends[k]], run[pstart:start]
	c1, n1 := utf8.DecodeRuneInString(w)
	c2, n2 := utf8.DecodeRuneInString(w[n1:])
	if n1+n2 != len(w) || utf8.RuneCountInString(prev) != 1 || c2 >= maxRune || a.singles[c2].logp == 0 || c1 >= maxRune {
		return false
	}
	if !strings.HasPrefix(a.w.posNames[out.pos[k]], "n") || !strings.HasPrefix(a.w.posNames[a.singles[c2].pos], "v") {
		return false
	}
	subject, ok := a.lex.get(prev + w[:n1])
	if !ok || !strings.HasPrefix(a.w.posNames[subject.pos], "n") || !a.nounFirst(prev+w[:n1]) {
		return false
	}
	out.shift(k-1, start+n1, subject, a.singles[c2])
	return true
}

// oneAspect splits 一方面 "on the one hand" closing its run after 是, 只是
// or 也是 (word k-1): 价格是一方面，服务也很重要 "price is one aspect" is 一
// 方面, what the subject is said to be, not the opener of 一方面…另一方面.
// It reports whether it did.
func (a *Analyzer) oneAspect(run string, out *segWords, k, from int, prev string) bool {
	if !strings.HasSuffix(prev, "是") || k+1 != len(out.ends) {
		return false
	}
	start := out.start(k, from)
	if run[start:out.ends[k]] != "一方面" {
		return false
	}
	return a.splitAs(out, k, start, "一", "方面")
}

// aloneAble reports whether the words of run from index j on say what
// one can do: 就, 能, 可以 or 完全, or 也 before 能, 可以 or 会 (一个人就能
// 搞定, 一个人也能做), after 一个人 opening its clause.
func (a *Analyzer) aloneAble(run string, out *segWords, j int) bool {
	if j >= len(out.ends) {
		return false
	}
	switch run[out.ends[j-1]:out.ends[j]] {
	case "就", "就能", "就可以", "能", "可以", "完全", "完全可以":
		return true
	case "也":
		if j+1 < len(out.ends) {
			switch run[out.ends[j]:out.ends[j+1]] {
			case "能", "可以", "会":
				return true
			}
		}
	}
	return false
}

// mustServe splits 得 and a verb of one character that make a word whose
// first sense is no verb (得当 "appropriate") after an adverb or a person,
// before more of the clause: 还得当带教老师 "also has to act as a mentor",
// 你就得当好这个家 are 得 dei3 "must" 当 "to act as". Closing the clause
// (处理得当) or before 的 the word stays. It reports whether it did.
func (a *Analyzer) mustServe(run string, out *segWords, k, from int, prevTag string) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	x, ok := strings.CutPrefix(w, "得")
	if !ok || k == from || k+1 >= len(out.ends) {
		return false
	}
	c, n := utf8.DecodeRuneInString(x)
	if n != len(x) || c >= maxRune || a.singles[c].logp == 0 || prevTag != "d" && !strings.HasPrefix(prevTag, "r") {
		return false
	}
	next := run[out.ends[k]:out.ends[k+1]]
	if finalParticles[next] || next == "的" || next == "地" || !a.verbChar(x) || !a.noVerbFirst(w) {
		return false
	}
	if _, n := utf8.DecodeRuneInString(next); n < len(next) {
		if _, ok := a.lex.get(x + next[:n]); ok {
			return false // 我们得当面谈: gse's 得当 面谈 hides 当面, not 当 alone
		}
	}
	return a.splitAs(out, k, start, "得", x)
}

// placeThenVerb splits a place word's character (上, 里, 下, 中) and a
// verb of one character that make a noun (上装 "upper garment"), after 在
// and a noun, before the verb's object: 在车上装盒子, 在门上装个锁 are 上
// "on" 装 "to install". (他的上装 keeps the noun.) It reports whether it
// did.
func (a *Analyzer) placeThenVerb(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c1, n1 := utf8.DecodeRuneInString(w)
	if len(w) != 2*n1 || !strings.ContainsRune("上里下中", c1) || k-2 < from || k+1 >= len(out.ends) {
		return false
	}
	if run[out.start(k-2, from):out.ends[k-2]] != "在" {
		return false
	}
	// (gse tags 车 zg, a character of many uses.)
	if t := a.w.posNames[out.pos[k-1]]; !strings.HasPrefix(t, "n") && !(t == "zg" && a.nounFirst(run[out.start(k-1, from):start])) {
		return false
	}
	c2 := firstRune(w[n1:])
	if c2 >= maxRune || a.singles[c1].logp == 0 || a.singles[c2].logp == 0 || !objectStart(a.w.posNames[out.pos[k+1]], run[out.ends[k]:out.ends[k+1]]) {
		return false
	}
	if !a.verbChar(w[n1:]) || a.verbSense(w) {
		return false
	}
	out.split(k, start, n1, a.singles[c1], a.singles[c2])
	return true
}

// goneAtEnd joins 没 and 了 closing the clause (a final particle after
// them aside) into 没了 "to cease to exist; to be gone": 味道一下子就没了,
// 冰箱里的牛奶没了, 钱包没了吗 say that something is gone, CC-CEDICT's word.
// Before more of the clause 没 stays the negation (没了解). It reports
// whether it did.
func (a *Analyzer) goneAtEnd(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) || run[out.start(k, from):out.ends[k]] != "没" || run[out.ends[k]:out.ends[k+1]] != "了" {
		return false
	}
	if k+2 < len(out.ends) && (k+3 < len(out.ends) || !finalParticles[run[out.ends[k+1]:out.ends[k+2]]]) {
		return false
	}
	return a.joinAs(out, k, "没了")
}

// mustGo splits 得到 "to get" after an adverb or a person, before a place
// and what one goes there to do (or 去, 来): 明天还得到医院复查, 你得到北京
// 去一趟, 我们得到公司开会 are 得 dei3 "must" 到 "to go to". What is got
// stays: 他得到了很多帮助, 我们得到医生的帮助. It reports whether it did.
func (a *Analyzer) mustGo(run string, out *segWords, k, from int, prevTag string) bool {
	if k == from || k+2 >= len(out.ends) || run[out.start(k, from):out.ends[k]] != "得到" || prevTag != "d" && !strings.HasPrefix(prevTag, "r") {
		return false
	}
	place, tag := run[out.ends[k]:out.ends[k+1]], a.w.posNames[out.pos[k+1]]
	if !(tag == "ns" || tag == "s" || strings.HasPrefix(tag, "n") && placeEnd(place)) {
		return false
	}
	if after, t2 := run[out.ends[k+1]:out.ends[k+2]], a.w.posNames[out.pos[k+2]]; !strings.HasPrefix(t2, "v") && after != "去" && after != "来" {
		return false
	}
	return a.splitAs(out, k, out.start(k, from), "得", "到")
}

// placeEnd reports whether w ends in a character that makes a place of a
// noun: 医院, 公司, 车站, 学校, 家里, 楼上.
func placeEnd(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("院馆站店场厂局所校司家里上楼市省县区村镇园室处", r)
}

// previousOne splits a character and 上 or 下 that make a word (跟上 "to
// keep pace with", 比上) before 一 and a measure word of turns (一代, 一届,
// 一次, 一轮: sequenceUnits): 上 or 下 is "previous" or "next", the
// character a preposition: 这一代人跟上一代人不一样 is 跟 上 一 代, and
// nextOne then splits 一代. It reports whether it did.
func (a *Analyzer) previousOne(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c1, n1 := utf8.DecodeRuneInString(w)
	if len(w) != n1+len("上") || !strings.HasSuffix(w, "上") && !strings.HasSuffix(w, "下") || c1 >= maxRune || a.singles[c1].logp == 0 {
		return false
	}
	cl, ok := strings.CutPrefix(run[out.ends[k]:out.ends[k+1]], "一")
	if ok && cl == "" && k+2 < len(out.ends) {
		cl = run[out.ends[k+1]:out.ends[k+2]] // 一 届 as gse may cut it
	}
	if !ok || !sequenceUnits[cl] {
		return false
	}
	if a.w.posNames[a.singles[c1].pos] != "p" && !prepositionChars[c1] {
		return false
	}
	out.split(k, start, n1, a.singles[c1], a.singles[firstRune(w[n1:])])
	return true
}

// sequenceUnits count turns in a sequence, after 上 "previous" or 下
// "next": 上一代, 下一届, 上一次.
var sequenceUnits = map[string]bool{"代": true, "届": true, "次": true, "轮": true, "任": true, "期": true, "辈": true, "代人": true}

// prepositionChars are the characters that compare or accompany before
// what they take (gse may tag them verbs): 跟, 和, 比, 与, 同.
var prepositionChars = map[rune]bool{'跟': true, '和': true, '比': true, '与': true, '同': true}

// thatTime joins 那 and 时候 into CC-CEDICT's 那时候 "at that time", which
// gse leaves in two: 我们那时候刚起步, 现在想想，那时候真是年轻啊. (这时候 is
// no headword and stays apart.) It reports whether it did.
func (a *Analyzer) thatTime(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) || run[out.start(k, from):out.ends[k]] != "那" || run[out.ends[k]:out.ends[k+1]] != "时候" {
		return false
	}
	return a.joinAs(out, k, "那时候")
}

// gotPrize splits 过奖 "you flatter me" after 得 (得 过奖 as gse cuts 他得过
// 奖) into 过 and 奖: 得过奖 is 得 "to obtain", the particle 过 and 奖 "prize".
// 您过奖了 keeps the word. It reports whether it did.
func (a *Analyzer) gotPrize(run string, out *segWords, k, from int, prev string) bool {
	start := out.start(k, from)
	if prev != "得" || run[start:out.ends[k]] != "过奖" {
		return false
	}
	return a.splitInChars(out, k, start, '过', '奖')
}

// spokenPairs are the first words of spoken headwords of CC-CEDICT that gse
// leaves in two, with the word that completes each: 没 办法 is 没办法 "there
// is nothing to be done", 听 起来 听起来 "to sound like", 非 要 非要 "to
// insist on", 一 宿 一宿 "all night" (宿 xiu3, not su4). Each is frequent in
// talk and means the same wherever the two words meet; so is 时 长 时长
// "duration" (通话时长, 电影时长), and 入 行 入行 "to enter a profession"
// (刚入行的时候, 我入行十年了). 对 门 is 对门 "the building or room
// opposite" where a place stands (acrossTheWay). (不 对 was tried as
// 不对 "incorrect" where 对 closes the clause: it cost a held-out item.)
var spokenPairs = map[string]string{"没": "办法", "听": "起来", "非": "要", "一": "宿", "时": "长", "对": "门", "入": "行"}

// spokenPair joins the word at k and the next into the headword they make
// when the word is one of spokenPairs and the next its completion. It
// reports whether it did.
func (a *Analyzer) spokenPair(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	w := run[out.start(k, from):out.ends[k]]
	next, ok := spokenPairs[w]
	if !ok || run[out.ends[k]:out.ends[k+1]] != next {
		return false
	}
	if w == "对" && !acrossTheWay(run, out, k, from) {
		return false // 他对门很感兴趣: "towards" the door
	}
	return a.joinAs(out, k, w+next)
}

// acrossTheWay reports whether 对 门 at k stands where a place does: after
// 在 or 住, before 的, or closing the run (他家就在我对门, 住我对门的阿姨).
func acrossTheWay(run string, out *segWords, k, from int) bool {
	if k > from {
		if p := run[out.start(k-1, from):out.ends[k-1]]; p == "在" || p == "住" || p == "就在" {
			return true
		}
	}
	return k+2 >= len(out.ends) || run[out.ends[k+1]:out.ends[k+2]] == "的"
}

// wrongBefore splits 错过 "to miss (an opportunity)" after a verb that takes
// 错 as its result (wrongResultVerbs) into 错 "wrong" and the particle 过:
// 你看错过吗, 我以前也算错过 are "have got it wrong"; 别错过, 我错过了那趟车
// keep the word. It reports whether it did.
func (a *Analyzer) wrongBefore(run string, out *segWords, k, from int, prev string) bool {
	start := out.start(k, from)
	if !wrongResultVerbs[prev] || run[start:out.ends[k]] != "错过" {
		return false
	}
	return a.splitInChars(out, k, start, '错', '过')
}

// wrongResultVerbs are the verbs of one character that 错 "wrong" follows
// as their result (看错, 听错, 算错, 判错).
var wrongResultVerbs = map[string]bool{"看": true, "听": true, "说": true, "做": true, "写": true, "判": true, "算": true, "走": true, "拿": true, "认": true, "记": true, "猜": true, "填": true, "买": true, "选": true, "读": true, "念": true, "用": true, "坐": true, "叫": true, "找": true, "答": true, "弄": true, "搞": true, "发": true, "打": true, "穿": true, "送": true}

// someOfIt splits a word of two characters after a verb of one character
// where its first character is the measure of what the verb takes, "a
// bit" (点) or "a mouthful" (口), and its second the thing: 买点菜 "buy
// some groceries" is 买 点 菜, not 点菜 "to order dishes"; 喝口水 "have a
// sip of water" is 喝 口 水, not 口水 "saliva". 点 so only before a word
// that is a verb (点心 "dim sum" stays: 吃点心), after a verb that is no
// modal or motion (想点菜, 去点菜 "to order"); 口 only after a verb of the
// mouth (流口水 "to drool" keeps its word). It reports whether it split.
func (a *Analyzer) someOfIt(run string, out *segWords, k, from int, prev, prevTag string) bool {
	if k == from || !strings.HasPrefix(prevTag, "v") || utf8.RuneCountInString(prev) != 1 {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c1, n1 := utf8.DecodeRuneInString(w)
	c2, n2 := utf8.DecodeRuneInString(w[n1:])
	if n1+n2 != len(w) || c2 >= maxRune {
		return false
	}
	thing := a.singles[c2]
	if thing.logp == 0 || !strings.HasPrefix(a.w.posNames[thing.pos], "n") {
		return false
	}
	switch {
	case c1 == '点':
		if mv, _ := utf8.DecodeRuneInString(prev); modalChar(mv) || prev == "想" || prev == "去" || prev == "来" || prev == "回" || !a.verbsOnly(w) {
			return false
		}
	case c1 == '口':
		if !mouthVerbs[prev] {
			return false
		}
	default:
		return false
	}
	out.split(k, start, n1, a.singles[c1], thing)
	return true
}

// mouthVerbs are the verbs of one character whose object 口 "a mouthful"
// measures: 喝口水, 吃口饭, 尝口汤, 喘口气.
var mouthVerbs = map[string]bool{"喝": true, "吃": true, "尝": true, "咬": true, "抽": true, "吸": true, "喘": true, "咽": true, "吞": true, "亲": true, "啃": true}

// cameOut splits a verb and 出 "out" where 出 is the verb "to occur" of
// what happened, before 了 and the thing that happened (事, 什么事, 车祸):
// 跟我说出了什么事 "tell me what happened" is 说 出 了, not 说出 "to speak
// out" 了 (他说出了真相 keeps it: 真相 is no happening). And it splits 出新
// "to make new advances" before a noun, 出 "to put out" and the new thing:
// 每个季度都要出新品, 又出新书了 (不断出新 keeps the word). It reports whether
// it split.
func (a *Analyzer) cameOut(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c1, n1 := utf8.DecodeRuneInString(w)
	if c1 >= maxRune || a.singles[c1].logp == 0 {
		return false
	}
	next := run[out.ends[k]:out.ends[k+1]]
	if w == "出新" {
		if !strings.HasPrefix(a.w.posNames[out.pos[k+1]], "n") && !a.nounFirst(next) {
			return false // (gse tags 品 of 新品 otherwise: a noun by its first gloss)
		}
		out.split(k, start, n1, a.singles['出'], a.singles['新'])
		return true
	}
	if w[n1:] != "出" || next != "了" || k+2 >= len(out.ends) || !a.verbChar(w[:n1]) {
		return false
	}
	after := run[out.ends[k+1]:out.ends[k+2]]
	if after == "什么" && k+3 < len(out.ends) {
		after = run[out.ends[k+2]:out.ends[k+3]]
	}
	if !happenings[after] {
		return false
	}
	out.split(k, start, n1, a.singles[c1], a.singles['出'])
	return true
}

// happenings are what 出了 "there occurred" brings: 出了事, 出了车祸.
var happenings = map[string]bool{"事": true, "事儿": true, "事情": true, "点事": true, "大事": true, "车祸": true, "事故": true, "意外": true, "岔子": true, "乱子": true, "差错": true, "状况": true}

// unrelatedTo splits 没关系 "it doesn't matter" into 没 and 关系 "to have to
// do with" after 跟, 和, 与 or 同 and what it is no matter to: 这跟你没关系
// "this has nothing to do with you", 这和钱根本没关系; 没关系，下次注意 and
// 跟他说没关系 "it's fine to tell him" (a verb between) keep the word. It
// reports whether it split.
func (a *Analyzer) unrelatedTo(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	if run[start:out.ends[k]] != "没关系" {
		return false
	}
	for j := k - 1; j >= from && j >= k-4; j-- {
		switch w, p := run[out.start(j, from):out.ends[j]], a.w.posNames[out.pos[j]]; {
		case w == "跟" || w == "和" || w == "与" || w == "同":
			if j == k-1 {
				return false
			}
			return a.splitAs(out, k, start, "没", "关系")
		case strings.HasPrefix(p, "v") || p == "c" || p == "p":
			return false
		}
	}
	return false
}

// loneZi moves the boundary before a lone 子, which is no word of today's
// speech, into the word before it where its last character and 子 make a
// headword: 这套房子 "this flat", which the English "flat" makes 套房
// "suite; flat" 子, is 套 房子; 一套房子 alike. (Where no such word is, it
// leaves the 子: 他住在一个套房里 keeps 套房.) It reports whether it moved
// it.
func (a *Analyzer) loneZi(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) || run[out.ends[k]:out.ends[k+1]] != "子" {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c1, n1 := utf8.DecodeRuneInString(w)
	if n1 >= len(w) || c1 >= maxRune || a.singles[c1].logp == 0 || utf8.RuneCountInString(w) != 2 {
		return false
	}
	return a.shiftAs(out, k, w[:n1], w[n1:]+"子")
}

// atOnce joins a lone 马 "horse" and the 上 that opens the word after it
// into 马上 "at once" where what is left of that word is a word: 别马上去游泳
// "don't go swimming right after", which the English "go" makes 马 上去 "to
// go up", is 马上 去; 马上去问问 alike. Not after a verb or a word that
// counts or owns a horse: 骑马上山, 那匹马上了年纪. It reports whether it
// joined.
func (a *Analyzer) atOnce(run string, out *segWords, k, from int, prev string) bool {
	if k+1 >= len(out.ends) || run[out.start(k, from):out.ends[k]] != "马" || horseBefore[prev] {
		return false
	}
	next := run[out.ends[k]:out.ends[k+1]]
	rest, ok := strings.CutPrefix(next, "上")
	if !ok || rest == "" || utf8.RuneCountInString(rest) != 1 {
		return false
	}
	return a.shiftAs(out, k, "马上", rest)
}

// horseBefore are the words after which 马 is the horse: a verb that
// rides or leads it, a measure word or 的.
var horseBefore = map[string]bool{"骑": true, "牵": true, "喂": true, "养": true, "匹": true, "的": true, "只": true, "头": true, "赛": true, "下": true}

// experienced splits a verb and 过 that CC-CEDICT makes one word (走过 "to
// walk past", 穿过 "to pass through", 借过 "excuse me") into the verb and
// the aspect particle 过 "have done", where the clause asks whether it was
// ever done: after 没 (我没走过这条路, 我从来没穿过这件衣服), or before how many
// times (这条路我走过很多次, 他借过两次钱) or 吗 closing it (你走过吗).
// 他从我身边走过 keeps the word. It reports whether it split.
func (a *Analyzer) experienced(run string, out *segWords, k, from int, prev string) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	if !doneBeforeWords[w] {
		return false
	}
	ever := strings.HasSuffix(prev, "没") || prev == "没有" || prev == "从未" || prev == "未曾"
	if !ever && k+1 < len(out.ends) {
		next := run[out.ends[k]:out.ends[k+1]]
		after := ""
		if k+2 < len(out.ends) {
			after = run[out.ends[k+1]:out.ends[k+2]]
		}
		ever = next == "吗" && k+2 == len(out.ends) || timesCount(next, after)
		// 受过 "to take the blame (for sb else)" takes no object: before
		// one it is 受 and the particle, what was suffered (他腿受过伤,
		// 受过高等教育, 受过很多苦); 替人受过 keeps the word.
		ever = ever || w == "受过" && next != "" && isHan(firstRune(next))
	}
	if !ever {
		return false
	}
	_, n := utf8.DecodeRuneInString(w)
	c, _ := utf8.DecodeRuneInString(w)
	if c >= maxRune || a.singles[c].logp == 0 {
		return false
	}
	out.split(k, start, n, a.singles[c], a.singles['过'])
	return true
}

// doneBeforeWords are the words of CC-CEDICT made of a verb of everyday
// actions and 过, which the aspect particle 过 "have done" after that verb
// looks like (experienced).
var doneBeforeWords = map[string]bool{"走过": true, "穿过": true, "借过": true, "受过": true, "带过": true, "接过": true, "跳过": true, "翻过": true, "飞过": true, "挤过": true, "掉过": true, "划过": true, "闯过": true}

// timesCount reports whether next (and after, the word after it) count
// how many times, or many (走过很多地方): 很多次, 好几次, 两次, 一 次, 三 回.
func timesCount(next, after string) bool {
	switch next {
	case "很多次", "好几次", "几次", "多次", "无数次", "好多次", "一次", "两次", "三次", "几回", "一回", "两回":
		return true
	case "很多", "好多":
		return true // 走过很多地方 too
	case "很", "好":
		return after == "多" || after == "多次"
	case "好几", "几":
		return after == "次" || after == "回" || after == "遍" || after == "趟"
	}
	r, n := utf8.DecodeRuneInString(next)
	if !isNumeral(r) {
		return false
	}
	rest := next[n:]
	if rest == "" {
		rest = after
	}
	return rest == "次" || rest == "回" || rest == "遍" || rest == "趟"
}

// countedRight cuts the numbers of everyday prices and lengths where a
// word of the lexicon runs across them:
//   - a numeral word ending in 一 (五一 "May Day", 十一) after a money unit
//     or a round numeral, before a measure word: 两块五一斤 "2.50 a jin" is
//     块 五 一 斤, 三百五一个 alike;
//   - a word opening with 半 "half" (半月 "half-moon", 半小时) after a
//     numeral and 个: 一个半月 "a month and a half" is 一个 半 月, 两个半小时
//     is 两 个 半 小时;
//   - a numeral and 角 or 毛 after a money unit: 两块五角 is 五 角, not
//     五角 "pentagon";
//   - a numeral and 度 (一度 "for a time", 百度 "Baidu") before 电: 一度电
//     "one kilowatt-hour" is 一 度 电, 两百度电 is 两 百 度 电; and
//     degrees of heat or an angle (degreesSaid): 零下八度 is 八 度, not 八度
//     "octave".
//
// It reports whether it cut.
func (a *Analyzer) countedRight(run string, out *segWords, k, from int, prev string) bool {
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	c1, n1 := utf8.DecodeRuneInString(w)
	rest := w[n1:]
	if c1 >= maxRune || a.singles[c1].logp == 0 || rest == "" {
		return false
	}
	next := ""
	if k+1 < len(out.ends) {
		next = run[out.ends[k]:out.ends[k+1]]
	}
	var second lexEntry
	switch {
	case rest == "一" && isNumeral(c1) && next != "" && (a.measureChar(next) || weightUnits[next]) && (priceUnits[prev] || prev == "十" || prev == "百" || prev == "千" || prev == "万"):
		second = a.singles['一']
	case c1 == '半' && strings.HasSuffix(prev, "个") && prev != "个" && isNumeral(firstRune(prev)) || c1 == '半' && prev == "个" && k-2 >= from && isNumeral(firstRune(run[out.start(k-2, from):out.ends[k-2]])):
		le, ok := a.lex.get(rest)
		if !ok {
			return false
		}
		second = le
	case (rest == "角" || rest == "毛") && isNumeral(c1) && priceUnits[prev]:
		second = a.singles[firstRune(rest)] // 两块五角 "2.50": 五 角, not 五角 "pentagon"
	case rest == "度" && isNumeral(c1) && (next == "电" || degreesSaid(c1, prev, next)):
		second = a.singles['度']
	default:
		return false
	}
	if second.logp == 0 {
		return false
	}
	out.split(k, start, n1, a.singles[c1], second)
	return true
}

// degreesSaid reports whether a word of a numeral and 度 that CC-CEDICT
// gives only as a musical interval (八度 "octave", 三度 "third") after prev
// and before next is the number of degrees of a temperature or an angle:
// anywhere but after the words that raise or lower a pitch, or before 音
// (唱高八度, 一个八度, 八度音); 今天零下八度, 三度左右 are 八 度 and 三 度. (五度
// keeps its first sense, "five degrees", and 几度 "how many degrees".)
// After 零下 "below zero" the other numerals count degrees too (零下一度,
// not 一度 "once").
func degreesSaid(c rune, prev, next string) bool {
	if c == '五' || c == '几' {
		return false
	}
	if prev == "零下" {
		return true
	}
	switch c {
	case '三', '八':
		return !pitchBefore[prev] && !strings.HasPrefix(next, "音")
	}
	return false
}

// pitchBefore are the words before a musical interval (高八度 "an octave
// higher", 一个八度).
var pitchBefore = map[string]bool{"高": true, "低": true, "个": true, "一个": true, "纯": true, "大": true, "小": true, "升高": true, "降低": true}

// oneByOne cuts 一 and a measure word said twice, "one by one" (一家一家地
// 问, 一口一口地吃, 一排一排地插), where CC-CEDICT makes 一X a word of its
// own (一家 "the whole family", 一口 "a mouthful", 一排 "row"): each is 一
// and the measure word, as 一片一片, 一步一步 already come out, so that the
// measure word counts and the 地 after it links an adverbial (de5). 一点一点
// "little by little" is a headword of its own and stays, and so does 一样
// "same" (跟我的一样一样的 "just the same"). It reports whether it cut.
func (a *Analyzer) oneByOne(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	rest, ok := strings.CutPrefix(w, "一")
	if !ok || rest == "样" || run[out.ends[k]:out.ends[k+1]] != w || utf8.RuneCountInString(rest) != 1 || !a.measureChar(rest) {
		return false
	}
	c := firstRune(rest)
	if c >= maxRune || a.singles[c].logp == 0 || a.singles['一'].logp == 0 {
		return false
	}
	out.split(k+1, out.ends[k], len("一"), a.singles['一'], a.singles[c])
	out.split(k, start, len("一"), a.singles['一'], a.singles[c])
	return true
}

// pointsScored mends the cut of a score in points: after a numeral of one
// character, 十分 "very" and 百分 "percent" are the tens or hundreds of the
// number and 分 "point": 考了九十分 is 九十 分, not 九 十分; 一百分 is 一百 分.
// (九十分钟 is cut 九十 分钟 already.) It reports whether it moved the
// boundary.
func (a *Analyzer) pointsScored(run string, out *segWords, k, from int, prev string) bool {
	if k == from {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	if w != "十分" && w != "百分" || utf8.RuneCountInString(prev) != 1 || !isNumeral(firstRune(prev)) {
		return false
	}
	if k-1 > from && run[out.start(k-2, from):out.ends[k-2]] == "点" {
		return false // a clock's minutes are numbers.go's (三点七十分 is no time)
	}
	c, n := utf8.DecodeRuneInString(w)
	if a.singles['分'].logp == 0 || a.singles[c].logp == 0 {
		return false
	}
	if number, ok := a.lex.get(prev + w[:n]); ok {
		out.shift(k-1, start+n, number, a.singles['分'])
	} else {
		out.split(k, start, n, a.singles[c], a.singles['分']) // (一 百 分)
	}
	return true
}

// dayWorked splits 天干 "the ten Heavenly Stems" after a count of days or
// 每 (一天干不完 "can't be done in a day", 每天干八个小时, 两天干完): 天
// "day" and the verb 干. It reports whether it split.
func (a *Analyzer) dayWorked(run string, out *segWords, k, from int, prev string) bool {
	start := out.start(k, from)
	if k == from || run[start:out.ends[k]] != "天干" {
		return false
	}
	if !(isNumeral(lastRuneOf(prev)) || prev == "每" || prev == "几" || prev == "半") {
		return false
	}
	return a.splitInChars(out, k, start, '天', '干')
}

// seenMuch splits 见得 "to seem; to appear" (不见得, 何以见得 are words of
// their own) into 见 "to see" and the particle 得 before how much was seen:
// 这种事我见得多了 "I have seen plenty of this", 他世面见得少, 见得不多 (were
// 见得 de2). It reports whether it split.
func (a *Analyzer) seenMuch(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	if run[start:out.ends[k]] != "见得" {
		return false
	}
	next := run[out.ends[k]:out.ends[k+1]]
	if next == "不" && k+2 < len(out.ends) {
		next = run[out.ends[k+1]:out.ends[k+2]]
	}
	return muchSeen[next] && a.splitInChars(out, k, start, '见', '得')
}

// muchSeen say how much was seen after 见得 (seenMuch).
var muchSeen = map[string]bool{"多": true, "少": true, "很多": true, "不少": true, "太多": true, "多了": true}

// takeTaxi joins 打 and a 的 the segmenter left apart into 打的 "to take a
// taxi" before a verb of going or where it goes (我们打的去吧, 打的回家, 打的到
// 机场): the 的 of "what was hit" is followed by its noun or ends the
// clause (他打的球, 这是我打的). It reports whether it joined.
func (a *Analyzer) takeTaxi(run string, out *segWords, k, from int) bool {
	if k+2 >= len(out.ends) || run[out.start(k, from):out.ends[k]] != "打" || run[out.ends[k]:out.ends[k+1]] != "的" {
		return false
	}
	if !taxiGoes[run[out.ends[k+1]:out.ends[k+2]]] {
		return false
	}
	return a.joinAs(out, k, "打的")
}

// taxiGoes are the verbs of going after 打的 (takeTaxi).
var taxiGoes = map[string]bool{"去": true, "回": true, "回家": true, "回去": true, "回来": true, "到": true, "过去": true, "过来": true, "来": true, "走": true, "上班": true, "进城": true}

// priceUnits are the units of money a price's last numeral follows (两块五
// "2.50").
var priceUnits = map[string]bool{"块": true, "毛": true, "元": true, "角": true, "块钱": true}

// weightUnits are the units a price is given for, which CC-CEDICT gives no
// classifier's sense: 五块一斤.
var weightUnits = map[string]bool{"斤": true, "公斤": true, "两": true, "克": true, "米": true}

// callCounted splits 通电话 "to phone each other" after 打 or its 了, or
// after a numeral or a demonstrative, into 通, the measure word of a call,
// and 电话: 他给我打了通电话 "he gave me a call", 刚才那通电话; 我们每天通电话
// keeps the verb. It reports whether it split.
func (a *Analyzer) callCounted(run string, out *segWords, k, from int, prev string) bool {
	start := out.start(k, from)
	if run[start:out.ends[k]] != "通电话" || k == from {
		return false
	}
	if prev != "打" && prev != "了" && !demonstratives[prev] && !isNumeral(lastRuneOf(prev)) {
		return false
	}
	return a.splitAs(out, k, start, "通", "电话")
}

// mostlyAll mends the cut of 人大 "National People's Congress" 都 after
// 的: it is 人 and 大都 "for the most part" (城市里的人大都很忙 "people in
// the city are mostly busy"; 人大代表 stays). It reports whether it moved
// the boundary.
func (a *Analyzer) mostlyAll(run string, out *segWords, k, from int, prev string) bool {
	start := out.start(k, from)
	switch w := run[start:out.ends[k]]; {
	case w == "人大" && prev == "的" && k+1 < len(out.ends) && run[out.ends[k]:out.ends[k+1]] == "都":
		return a.shiftAs(out, k, "人", "大都")
	}
	return false
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

// canReach splits 得到 "to get" after a verb of one character into 得, the
// particle of what the verb can do, and 到, its result: 还买得到票吗 "can we
// still get tickets", 找得到, 看得到 are 买 得 到, not 买 得到 de2 dao4. Not
// after a modal (一定能得到) nor anything but a verb (他终于得到了). It
// reports whether it split.
func (a *Analyzer) canReach(run string, out *segWords, k, from int, prev, prevTag string) bool {
	start := out.start(k, from)
	if k == from || run[start:out.ends[k]] != "得到" || !strings.HasPrefix(prevTag, "v") || utf8.RuneCountInString(prev) != 1 || !a.verbChar(prev) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(prev); modalChar(r) || prev == "想" || prev == "获" || prev == "取" {
		return false
	}
	return a.splitInChars(out, k, start, '得', '到')
}

// verbComplement joins a verb of one character (word k) and its
// complement of result or direction (word k+1: 上 到 丢 掉 住 走 完 …) into
// the CC-CEDICT headword they make, where what follows continues the verb
// phrase: 了 or 过 (孩子在商场走丢了, 他迷上了钓鱼), an object (她戴上眼镜,
// 他看上了那辆车), or an amount the verb reaches (烧到三十八度); a
// complement of result also where the clause ends (小心别走丢). A
// complement of direction closing the clause stays a word of its own, "(directional
// complement)": 快把外套穿上, 把眼睛闭上吧. (进 stays out: 冲 进 了 房间
// keeps the verb's reading test; 钻进去 is compoundDirection's 钻 进去.) A gold writer, like a learner's dictionary,
// takes the longest headword; gse often has none for such words and
// splits them (走 丢, 迷 上). Not where the complement opens a phrase of
// its own: 上 before a numeral or measure word is "previous" (说上一句话
// is 说 上一 句), 到 before a place that a postposition closes (弄到衣服上)
// or a place question (说到哪儿) is "to (a place)", before a late hour
// "until" (讲到十二点, untilLate), and a verb after it
// means the pair goes on (爬上爬下). It reports whether it joined.
func (a *Analyzer) verbComplement(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	v, c := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	if !verbComplements[c] || utf8.RuneCountInString(v) != 1 || !(strings.HasPrefix(a.w.posNames[out.pos[k]], "v") || a.verbChar(v)) {
		return false
	}
	word, ok := a.lex.get(v + c)
	if !ok || !a.verbSense(v+c) {
		return false
	}
	if modalVerbs[v] && k > from {
		// A modal denied wants no result: 我不想起来 "I don't want to
		// get up" is 想 起来, not 想起来 "to remember".
		if p := run[out.start(k-1, from):start]; p == "不" || p == "没" || p == "别" {
			return false
		}
	}
	if k+2 == len(out.ends) && directional(c) {
		return false
	}
	if k+2 < len(out.ends) {
		after, tag := run[out.ends[k+1]:out.ends[k+2]], a.w.posNames[out.pos[k+2]]
		third := ""
		if k+3 < len(out.ends) {
			third = run[out.ends[k+2]:out.ends[k+3]]
		}
		r, _ := utf8.DecodeRuneInString(after)
		switch {
		case after == "了" || after == "过" || wholeResults[c]:
		case finalParticles[after] && directional(c):
			return false
		case finalParticles[after]:
		case c == "到" && (placeSuffix(third) || tag == "s" || strings.HasPrefix(tag, "r") && !personalPronouns[after] || untilLate(after, tag, third) || isNumeralWord(after) && strings.HasPrefix(third, "点")):
			return false
		case c != "到" && (isNumeral(r) || tag == "m" || tag == "q" || tag == "mq"):
			return false
		case strings.HasPrefix(tag, "r") && !personalPronouns[after]:
			return false
		case !objectStart(tag, after):
			return false
		}
	}
	if a.w.posNames[word.pos] == "" {
		// gse lacks most such words (写完, 用坏): the word is the verb
		// the rules after it look for (吃完饭就走了 "as soon as").
		if v := slices.Index(a.w.posNames, "v"); v >= 0 {
			word.pos = uint8(v)
		}
	}
	out.join(k, word)
	return true
}

// verbComplements are the complements verbComplement joins to the verb
// before them: of direction 上 走 起来 (站起来 "to stand up", 想起来 "to
// remember", 好起来 "to get better"), of result 到 丢 掉 住 and 完 (写完
// "to finish writing", 吃完), 懂 (听懂), 醒, 坏 (用坏 "to wear out"), 错,
// 光 (花光 "to spend all"), 饱.
var verbComplements = map[string]bool{"上": true, "到": true, "丢": true, "掉": true, "住": true, "走": true, "起来": true, "完": true, "懂": true, "醒": true, "坏": true, "错": true, "光": true, "饱": true}

// wholeResults are the complements of result of verbComplements that open
// no phrase of their own (上 opens 上一 "previous", 到 a place): the word
// they make with the verb is the word whatever follows, a number (做完三道
// 题) or an adverb (吃完再走). (起来 before a verb may be the start of
// what follows, 她怎么会想起来开饭馆 "how did she come to open a
// restaurant", not 想起来 "to remember": it joins before 了, a particle or
// the clause end.)
var wholeResults = map[string]bool{"完": true, "懂": true, "醒": true, "坏": true, "错": true, "光": true, "饱": true}

// laterSend moves the boundary of 回 头发 to 回头 发 where 发 "to send"
// takes what follows: 回头 "later" before a verb is frequent in talk (回头
// 再说, 回头告诉你), and gse, which knows 头发 "hair" better, cuts 回头发你
// 邮箱 "I'll send it to your email later" as 回 头发. Hair takes no person,
// 一下, 个 or amount after it: 我回头发个链接给你, 你回头发一下地址. 洗头发,
// 回家剪头发 keep the hair. It reports whether it moved the boundary.
func (a *Analyzer) laterSend(run string, out *segWords, k, from int, prev string) bool {
	if prev != "回" || k+1 >= len(out.ends) || run[out.start(k, from):out.ends[k]] != "头发" {
		return false
	}
	next := run[out.ends[k]:out.ends[k+1]]
	r, _ := utf8.DecodeRuneInString(next)
	if !(personalPronouns[next] || next == "给" || next == "一下" || next == "个" || isNumeral(r)) {
		return false
	}
	return a.shiftAs(out, k-1, "回头", "发")
}

// dayOver moves the boundary of 天下 "the world" 来 after a numeral to 天
// 下来 "to be over (of a period of time)": 一天下来 "by the end of the day",
// 几天下来, 三天下来 (gse takes 天下 first; 一个月下来, 几年下来 come out
// right). It reports whether it moved the boundary.
func (a *Analyzer) dayOver(run string, out *segWords, k, from int, prev string) bool {
	start := out.start(k, from)
	if k == from || k+1 >= len(out.ends) || run[start:out.ends[k]] != "天下" || run[out.ends[k]:out.ends[k+1]] != "来" {
		return false
	}
	if r := lastRuneOf(prev); !isNumeral(r) && r != '几' && r != '整' {
		return false
	}
	return a.shiftAs(out, k, "天", "下来") // (word k+1, 来, now starts at 下)
}

// onlyMinding splits 光顾 "to visit (as a customer)" before 着 into 光
// "only" and 顾 "to attend to": 别光顾着玩 "don't just think of playing",
// 他光顾着说话，菜都凉了. A customer's visit takes a shop, not 着 (欢迎再次
// 光顾). It reports whether it split.
func (a *Analyzer) onlyMinding(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	if k+1 >= len(out.ends) || run[start:out.ends[k]] != "光顾" || run[out.ends[k]:out.ends[k+1]] != "着" {
		return false
	}
	return a.splitInChars(out, k, start, '光', '顾')
}

// surelyNot splits 可不, which CC-CEDICT has only for 可不是 "exactly;
// right", before what 不 negates: 可 of emphasis and 不 "not" (这个老师可不
// 给你偷懒的机会 "this teacher sure won't let you slack off", 这可不行, 你可不能走, 他可不
// 想去). 可不是, 可不嘛 and 可不 closing its clause ("exactly") keep the
// word. It reports whether it split.
func (a *Analyzer) surelyNot(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	if k+1 >= len(out.ends) || run[start:out.ends[k]] != "可不" {
		return false
	}
	if next := run[out.ends[k]:out.ends[k+1]]; next == "是" || finalParticle(next) || !isHan(firstRune(next)) {
		return false
	}
	return a.splitInChars(out, k, start, '可', '不')
}

// thenCounts cuts 就算 "even if" 了 closing its clause as 就 "then" 算了
// "let it be" (那就算了), and splits 就算 into 就 "then" and 算 "to count as"
// where a verdict and 了 close the clause after it: 能卖出一半就算不错了
// "that counts as pretty good", 考六十分就算及格了, 这样就算可以了, 有人来就算
// 好的了. "Even if" opens a clause of its own, at the head of the run or
// after its subject (就算累了，也要去; 你就算不错了…), and is left alone
// there. It reports whether it split.
func (a *Analyzer) thenCounts(run string, out *segWords, k, from int, prev string) bool {
	start := out.start(k, from)
	if k+1 < len(out.ends) && run[start:out.ends[k]] == "就算" && run[out.ends[k]:out.ends[k+1]] == "了" && (k+2 == len(out.ends) || k+3 == len(out.ends) && finalParticles[run[out.ends[k+1]:out.ends[k+2]]]) {
		// 就算 and 了 closing the clause: 就 "then" and 算了 "let it
		// be" (那就算了, 不想去就算了吧); "even if" needs a clause after it.
		return a.shiftAs(out, k, "就", "算了") // (word k+1, 了, now starts at 算)
	}
	if k == from || personalPronouns[prev] || k+2 >= len(out.ends) || run[start:out.ends[k]] != "就算" {
		return false
	}
	next, tag := run[out.ends[k]:out.ends[k+1]], a.w.posNames[out.pos[k+1]]
	if tag != "a" && !verdicts[next] {
		return false
	}
	j := k + 2
	if run[out.ends[j-1]:out.ends[j]] == "的" {
		j++
	}
	if j+1 != len(out.ends) || run[out.ends[j-1]:out.ends[j]] != "了" {
		return false
	}
	return a.splitInChars(out, k, start, '就', '算')
}

// verdicts are the words of a verdict that 算 "to count as" takes besides
// adjectives (thenCounts).
var verdicts = map[string]bool{"不错": true, "可以": true, "行": true, "好": true, "及格": true, "合格": true, "成功": true, "过关": true, "完": true, "完成": true, "数": true}

// whatFor splits 干什么 "what are you doing?" before 用 into 干 "to do" and
// 什么: 这是干什么用的 "what is it for", 你买这个干什么用. It reports whether
// it split.
func (a *Analyzer) whatFor(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	if k+1 >= len(out.ends) || run[start:out.ends[k]] != "干什么" || run[out.ends[k]:out.ends[k+1]] != "用" {
		return false
	}
	return a.splitAs(out, k, start, "干", "什么")
}

// hurriedTo joins 急 or 试 and the 着 after it into the headword they
// make, 急着 "urgently", 试着 "(coll.) to try to", where a verb follows
// that the word leads (别急着走, 你试着说一下); a gold writer, like a
// learner's dictionary, takes the headword. 他急着呢 keeps 着 its own;
// 他忙着做饭 keeps 忙 "busy" (TestContentWords13), though CC-CEDICT has
// 忙着 too. It reports whether it joined.
func (a *Analyzer) hurriedTo(run string, out *segWords, k, from int) bool {
	if k+2 >= len(out.ends) {
		return false
	}
	w := run[out.start(k, from):out.ends[k]]
	if w != "急" && w != "试" || run[out.ends[k]:out.ends[k+1]] != "着" {
		return false
	}
	after := run[out.ends[k+1]:out.ends[k+2]]
	if !a.verbStart(a.w.posNames[out.pos[k+2]], after) && !a.verbSense(after) {
		return false
	}
	return a.joinAs(out, k, w+"着")
}

// missedIt mends a verb and 着 "to hit the mark" (zhao2) after 没, what
// was tried and not reached: 我把包翻了个遍也没找着, 我没找着钥匙 are 找着 "to
// find", the headword read zhao2 (gse cuts 找 着); closing the clause,
// 电话我没接着 "I didn't
// manage to pick up" is 接 着, not 接着 "to continue" (zhe5), which leads a
// verb (他没接着说). It reports whether it moved a boundary.
func (a *Analyzer) missedIt(run string, out *segWords, k, from int, prev string) bool {
	if k == from || !strings.HasSuffix(prev, "没") && prev != "没有" {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	v, ok := strings.CutSuffix(w, "着")
	if ok && v != "" {
		// 接着 closing the clause.
		if k+1 < len(out.ends) && !finalParticles[run[out.ends[k]:out.ends[k+1]]] || !a.verbChar(v) || a.readsZhao(w) {
			return false
		}
		c := firstRune(v)
		if utf8.RuneCountInString(v) != 1 || c >= maxRune || a.singles[c].logp == 0 || a.singles['着'].logp == 0 {
			return false
		}
		out.split(k, start, len(v), a.singles[c], a.singles['着'])
		return true
	}
	// 找 着, what was found after it or not.
	if k+1 >= len(out.ends) || run[out.ends[k]:out.ends[k+1]] != "着" {
		return false
	}
	return utf8.RuneCountInString(w) == 1 && a.verbChar(w) && a.readsZhao(w+"着") && a.joinAs(out, k, w+"着")
}

// wonderIf splits 想要 "to want" before 不要 into 想 "to think" and 要, the
// first half of 要不要 "whether or not to": 我在想要不要去 "I'm wondering
// whether to go", 我一直在想要不要换工作 (as 考虑要不要 comes out). 我想要
// 不要辣的 is as often "I'd like it not spicy"; after 在 or 还在 the
// thinking is meant. It reports whether it split.
func (a *Analyzer) wonderIf(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	if k == from || k+1 >= len(out.ends) || run[start:out.ends[k]] != "想要" || run[out.ends[k]:out.ends[k+1]] != "不要" {
		return false
	}
	if p := run[out.start(k-1, from):out.ends[k-1]]; p != "在" && p != "正在" && p != "还在" && p != "一直在" {
		return false
	}
	return a.splitInChars(out, k, start, '想', '要')
}

// gotOnly splits 只得 "to have no alternative but to", which takes a verb,
// before 了 into 只 "only" and 得 "to obtain": 他只得了六十分 "he only got
// sixty", 这次只得了第三名 (他只得放弃 keeps the word). It reports whether it
// split.
func (a *Analyzer) gotOnly(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	if k+1 >= len(out.ends) || run[start:out.ends[k]] != "只得" || run[out.ends[k]:out.ends[k+1]] != "了" {
		return false
	}
	return a.splitInChars(out, k, start, '只', '得')
}

// ableToCome splits 得来 "to obtain" after a verb, closing the clause (or
// before 吗, 吧, 呢), into 得, the particle of what one can do, and 来 its
// complement: 这种情况我们应付得来 "we can cope", 这种活儿我做得来, 你一个人忙
// 得来吗 (as 学不来 comes out). Before 的 the word stays: 这钱是辛苦得来的
// "was hard earned". It reports whether it split.
func (a *Analyzer) ableToCome(run string, out *segWords, k, from int, prevTag string) bool {
	start := out.start(k, from)
	if k == from || run[start:out.ends[k]] != "得来" || !strings.HasPrefix(prevTag, "v") {
		return false
	}
	if k+1 < len(out.ends) {
		next := run[out.ends[k]:out.ends[k+1]]
		if next != "吗" && next != "吧" && next != "呢" || k+2 < len(out.ends) {
			return false
		}
	}
	return a.splitAs(out, k, start, "得", "来")
}

// readsZhao reports whether an entry of w reads its last 着 zhao2, "(after
// a verb) hitting the mark": 找着, 睡着, 猜着.
func (a *Analyzer) readsZhao(w string) bool {
	for _, e := range a.dict.Lookup(w) {
		if strings.HasSuffix(e.Reading(), " zhao2") {
			return true
		}
	}
	return false
}

// spanCounted reports whether w, after before, is a span of time counted
// by a numeral (一天, 几个 月, 两 年, 三 个 月, 整 天; not 这个 月): what 下来
// after it says is over (一天下来 "by the end of the day").
func spanCounted(w, before string) bool {
	unit := w
	if r := firstRune(w); isNumeral(r) || r == '几' || r == '整' {
		_, n := utf8.DecodeRuneInString(w)
		unit, before = strings.TrimPrefix(w[n:], "个"), w[:n]
	}
	switch unit {
	case "天", "年", "月", "星期", "礼拜", "周", "小时":
	default:
		return false
	}
	before = strings.TrimSuffix(before, "个")
	if before == "" {
		return true // 三 个 月: a numeral before 个
	}
	r := lastRuneOf(before)
	return isNumeral(r) || r == '几' || r == '整' // (not 这个月, 每天)
}
