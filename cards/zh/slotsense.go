package zh

import (
	"strings"

	"cika/cards/wordnet"
)

// Senses the words right around a token decide before the English is
// asked: the slot leaves one reading, and an English word that matches
// another sense loosely ("a lot better" for 好多 "quite a lot", "push back"
// for 推 "to push", "stuffed" for nothing) would only mislead.

// muchBetterSense returns the index of 好多's "much better" where it closes
// its clause before 了 (我现在好多了, 病好多了, 比昨天好多了): a state that
// has changed, not a quantity, which a noun after it would count (好多人,
// 好多年了 keep "many"). -1 otherwise.
func (in *entryInfo) muchBetterSense(nb *neighbours) int {
	if nb == nil || nb.next != "了" || !nb.objectless || in.head != headMuchBetter {
		return -1
	}
	return glossedSense(in, -1, "much better")
}

// eatenVerbs are verbs of eating and drinking: what one is full of after
// them.
var eatenVerbs = map[string]bool{"吃": true, "喝": true, "吃得": true, "喝得": true}

// stuffedSense returns the index of 撑's "to fill to bursting point" right
// after a verb of eating or drinking, or after 太/好/都 and such where
// one of them opens the clause (我吃撑了, 别喝撑了, 晚饭吃得太撑了): the
// stomach filled, nothing held up (他撑着伞, 一个人撑起整个家 keep theirs).
// -1 otherwise.
func (in *entryInfo) stuffedSense(nb *neighbours) int {
	if nb == nil || in.head != headStuffed {
		return -1
	}
	if !eatenVerbs[nb.prev] && !(nb.in(prevDegree) && eatenDegreeBefore(nb)) {
		return -1
	}
	return glossedSense(in, -1, "to fill to bursting point")
}

// eatenDegreeBefore reports whether a verb of eating and drinking, with 得, stands
// within the three tokens before nb's token in its clause (吃得太撑).
func eatenDegreeBefore(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	for j := nb.k - 1; j >= 0 && j >= nb.k-3; j-- {
		t := toks[j].Text
		if isClausePunct(t) {
			return false
		}
		if t == "得" && j > 0 && eatenVerbs[toks[j-1].Text] || t == "吃得" || t == "喝得" {
			return true
		}
	}
	return false
}

// closeSense returns the index of 亲's "close" after a degree adverb (更亲,
// 最亲, 特别亲, 不太亲) closing its clause or before 了/吗/呢: how near
// two people are, a state, not "related" nor "parent" (亲一下 "to kiss",
// 亲兄弟 "one's own" keep theirs). -1 otherwise.
func (in *entryInfo) closeSense(nb *neighbours) int {
	if nb == nil || in.head != headClose || !nb.objectless || !nb.in(prevDegree) {
		return -1
	}
	return glossedSense(in, -1, "close")
}

// scheduledThings are what is fixed for a time and can be put off: 把约会
// 推了, 把会议往后推.
var scheduledThings = map[string]bool{
	"约会": true, "会议": true, "饭局": true, "聚会": true, "见面": true, "婚礼": true, "婚期": true,
	"考试": true, "面试": true, "行程": true, "旅行": true, "计划": true, "活动": true, "日期": true,
	"手术": true, "演出": true, "比赛": true, "签约": true, "约": true, "课": true, "会面": true,
	"发布会": true, "时间": true, "预约": true, "采访": true, "航班": true, "出差": true, "聚餐": true,
}

// putOffSense returns the index of a later "to put off" sense (推 "to put
// off") where what is put off is a thing fixed for a time: 往后 right before
// it (往后推一推), or a scheduled thing before it in its clause, after 把 or
// the topic (他临时把约会推了, 把会议推到下周, 考试推到了下个月): one pushes no
// appointment by hand (他把桌子推到墙边, 把门推开, 约会的时候他推了我一下 keep
// "to push"). -1 otherwise.
func (in *entryInfo) putOffSense(nb *neighbours) int {
	if !in.may(rulePutOff) || nb == nil || int(in.runes) != 1 || nb.sn == nil || nb.in(nextPersonal) {
		return -1
	}
	p := in.ruleSense(rulePutOff)
	if p < 0 {
		return -1
	}
	if nb.prev == "往后" || scheduledBaBefore(nb) && !spanCloses(nb.sn, nb.k+1) {
		// (How long it was put off, closing the clause, is delaySense's
		// "to delay": 会议推了一个星期.)
		return int(p)
	}
	return -1
}

// scheduledBaBefore reports whether a scheduled thing stands before nb's
// token in its clause, after 把 or as the topic (把约会, 把明天的会议, 会议推到
// 下周, 婚礼推了两次), and no person follows the token, pushed (推了我一下).
func scheduledBaBefore(nb *neighbours) bool {
	toks := nb.sn.toks
	if j := nb.k + 2; nb.next == "了" && j < len(toks) && personalPronouns[toks[j].Text] {
		return false
	}
	for j := nb.k - 1; j >= 0; j-- {
		t := toks[j].Text
		if isClausePunct(t) {
			return false
		}
		if scheduledThings[t] {
			return true
		}
	}
	return false
}

// regardSense returns the index of 算's "to regard as" before whose it is
// counted, a person and 的 (这顿饭算我的, 责任算谁的, 这笔账算他的): the
// bill or the blame counted as someone's, nothing reckoned up. -1
// otherwise.
func (in *entryInfo) regardSense(nb *neighbours) int {
	if nb == nil || nb.sn == nil || in.head != headRegard || !(nb.in(nextPersonal) || nb.next == "谁") {
		return -1
	}
	if j := nb.k + 2; j >= len(nb.sn.toks) || nb.sn.toks[j].Text != "的" {
		return -1
	}
	return glossedSense(in, -1, "to regard as")
}

// rateMeasureSense returns the index of a measure word's classifier sense
// right after 按 or 论 and before the verb (按次收费, 按件计费, 论斤卖): the
// unit a price or a count goes by, not 次's "next in sequence". -1
// otherwise.
func (in *entryInfo) rateMeasureSense(nb *neighbours) int {
	if nb == nil || int(in.runes) != 1 || nb.prev != "按" && nb.prev != "论" || nb.clauseEnd {
		return -1
	}
	if c := in.classifierSense(); c >= 0 && c != int(in.firstPlain) {
		return c
	}
	return -1
}

// angerResults are results of being angered, right after 气: 气晕, 气哭,
// 气死, 气得.
var angerResults = map[string]bool{
	"晕": true, "哭": true, "坏": true, "疯": true, "炸": true, "跑": true, "走": true, "病": true,
	"得": true, "傻": true, "晕了": true, "哭了": true, "死了": true, "坏了": true, "够呛": true,
	"急": true, "昏": true, "笑": true, "醒": true,
}

// angerSense returns the index of 气's "to make angry" before what anger
// did to someone (气晕过去, 把我气哭了, 气得说不出话): no gas or air comes
// to that. -1 otherwise.
func (in *entryInfo) angerSense(nb *neighbours) int {
	if nb == nil || in.head != headAnger || !angerResults[nb.next] {
		return -1
	}
	return glossedSense(in, -1, "to make angry")
}

// setAsideSense returns the index of 留's first sense, "to leave (a
// message etc)", after 给 or 帮 and a person (给我留点饭, 给他留了个座位,
// 给你留了言): what is set aside for someone, left for them, whatever
// "save" or "keep" the English says ("to preserve" is keeping a thing
// from decay). -1 otherwise.
func (in *entryInfo) setAsideSense(nb *neighbours) int {
	if nb == nil || nb.sn == nil || in.head != headSetAside || !nb.in(prevPersonal) || nb.k < 2 {
		return -1
	}
	if b := nb.sn.toks[nb.k-2].Text; b != "给" && b != "帮" && b != "替" {
		return -1
	}
	if f := in.firstPlain; f >= 0 && strings.HasPrefix(in.senses[f], "to leave") {
		return int(f)
	}
	return -1
}

// conjunctionGlosses are senses of a clause's link: a word in a
// predicate's slot is none of them (说不累是假的 / "I'd be lying if I said
// …" 假 "false", not "if").
var conjunctionGlosses = map[string]bool{
	"if": true, "suppose": true, "supposing": true, "although": true, "though": true, "because": true,
	"unless": true, "in case": true, "even if": true, "whether": true, "provided that": true,
}

// predicateSlot reports whether a token stands as a predicate: after 是 or
// a degree adverb, before the 的 that closes a 是…的 (是假的, 很假).
func predicateSlot(nb *neighbours) bool {
	return nb.prev == "是" && nb.next == "的" || nb.in(prevDegree) && nb.objectless
}

// detourNext are what follows 绕 when one goes round a thing in one's way:
// 绕过(去), 绕开, 绕远(路), 绕道.
var detourNext = map[string]bool{"过": true, "过去": true, "开": true, "远": true, "远路": true, "道": true, "路": true, "过来": true}

// detourSense returns the index of 绕's "to go round (an obstacle)" where
// one goes past a thing in one's way (绕过去, 绕开, 绕道) or keeps clear of it
// (看见狗就绕着走): whatever "around" the English says, nothing is
// rotated about (孩子们绕着操场跑 is left to the English and the default).
// -1 otherwise.
func (in *entryInfo) detourSense(nb *neighbours) int {
	if nb == nil || in.head != headDetour {
		return -1
	}
	if !detourNext[nb.next] && !(nb.next == "着" && nb.sn != nil && nb.k+2 < len(nb.sn.toks) && nb.sn.toks[nb.k+2].Text == "走") {
		return -1
	}
	return glossedSense(in, -1, "to go round")
}

// ableModals are modals of ability, permission or duty: a verb follows
// them, never a noun object (想, 要, 需要, 打算 take one: 要钱, 想家).
var ableModals = map[string]bool{"能": true, "会": true, "可以": true, "应该": true, "该": true, "敢": true, "肯": true, "愿意": true, "能够": true, "必须": true}

// verbOnlySlot reports whether the token stands where only a verb stands:
// after a modal of ability or duty; after its subject (a personal pronoun),
// an adverb or a time word (gse tags 一般 an adjective) and before a
// personal pronoun, its object, a word of two
// characters or more (建议他们, 通知你; 帮我 is a coverb's too); a single
// character before the result 成 (标成, 写成), or between its doer and 的
// (relativeVerbSlot: 自己包的).
func verbOnlySlot(nb *neighbours, runes int, s string) bool {
	switch {
	case runes == 1 && nb.next == "成" && !nb.afterNumeral:
		return true
	case runes == 1 && relativeVerbSlot(nb):
		return true
	case wordnet.PartsOfSpeech(firstGloss(s))&wordnet.Verb != 0:
		// (Elsewhere an English gloss that is a verb too may be the
		// verb's: 能录 "record".)
		return false
	case ableModals[nb.prev]:
		return true
	case runes > 1 && nb.in(nextPersonal) && (nb.in(prevPersonal) || nb.prevPos == "d" || nb.prevPos == "ad" || nb.prevPos == "a" || nb.prevPos == "t"):
		return true
	}
	return false
}

// plainNoun reports whether sense s is a noun's and no adjective's or
// adverb's by its first gloss ("synthesis", "trouble"; not "proud of sth",
// "as much as possible", "fun"). Remembered (memo.go): slotForbids asks it
// of the sense the English chose for most words of several senses.
func plainNoun(s string) bool { return senseFacts.of(s, factPlainNoun, plainNounOf) }

// plainNounOf is plainNoun, computed.
func plainNounOf(s string) bool {
	return nounish(s) && plainNounPOS(wordnet.PartsOfSpeech(firstGloss(s)))
}

// plainNounPOS reports whether a nounish sense whose first gloss has the
// parts of speech p is a plainNoun: a noun to WordNet, no adjective or
// adverb.
func plainNounPOS(p wordnet.POS) bool {
	return p&wordnet.Noun != 0 && p&(wordnet.Adj|wordnet.Adv) == 0
}

// fairlyBefore grade what follows as fair enough: 还凑合, 还算凑合.
var fairlyBefore = map[string]bool{"还": true, "还算": true, "也还": true, "算是": true, "算": true}

// knowingWords are adjectives of clarity whose sense of knowing (the start
// of its gloss) a person as their subject asks for: 我不清楚他住哪儿 "to be
// clear about", 你明白吗 "to understand"; said of a thing or after a verb's
// 得 they are "clear" (这个问题很清楚, 他写得很清楚).
var knowingWords = map[string]string{"清楚": "to understand thoroughly", "明白": "to understand"}

// knowingSense returns the index of in's sense of knowing (knowingWords)
// where a person is its subject (personSubject), -1 otherwise.
//
// chooseSense asks it of every token: the headword is looked up in
// knowingWords only when info found it there (headrules.go), since the
// lookup, the hash of the headword and a cache miss on its text, was
// ≈ 0.6 % of a pair's CPU.
func (a *Analyzer) knowingSense(in *entryInfo, nb *neighbours) int {
	if in.head != headKnowing || nb == nil || nb.sn == nil || !a.personSubject(nb) {
		return -1
	}
	g := knowingWords[in.e.Simp]
	for i, s := range in.senses {
		if strings.HasPrefix(s, g) {
			return i
		}
	}
	return -1
}

// listEnds are the words that close an open list of examples: 像苹果香蕉
// 什么的, 像北京上海等.
var listEnds = map[string]bool{"什么的": true, "等": true, "等等": true, "之类": true, "之类的": true}

// suchAsSense returns the index of a single character's sense "such as"
// where the character opens its clause and a list of examples follows it
// (items joined by 、, or closed by 什么的, 等 or 之类): 我爱吃水果，像桃子、
// 梨什么的 / "like peaches and pears" is 像 "such as", not "to
// resemble", whatever "like" the English says. -1 otherwise.
func (in *entryInfo) suchAsSense(nb *neighbours) int {
	if nb == nil || nb.sn == nil || nb.prev != "" || int(in.runes) != 1 {
		return -1
	}
	i := -1
	for k, s := range in.senses {
		if strings.HasPrefix(s, "such as") {
			i = k
			break
		}
	}
	if i < 0 {
		return -1
	}
	toks := nb.sn.toks
	for j := nb.k + 1; j < len(toks) && j <= nb.k+8; j++ {
		t := toks[j].Text
		if t == "、" || listEnds[t] {
			return i
		}
		if clauseEndsAt(toks, j) {
			return -1
		}
	}
	return -1
}

// fairSense returns the index of the first adjective sense (by WordNet an
// adjective only) of a word of two characters or more that closes its
// clause after 还 or 还算, where its first plain sense is no adjective: the
// state graded as fair (味道还凑合, 还算凑合 "passable", not "to make do").
// -1 otherwise.
func (in *entryInfo) fairSense(nb *neighbours) int {
	if nb == nil || int(in.runes) < 2 || !nb.objectless || !fairlyBefore[nb.prev] || in.firstPlain < 0 || adjectiveSense(in.senses[in.firstPlain]) {
		return -1
	}
	for i, s := range in.senses {
		if !in.marks[i].verb && in.plain(i, s) && wordnet.PartsOfSpeech(firstGloss(s)) == wordnet.Adj {
			return i
		}
	}
	return -1
}

// relativeVerbSlot reports whether token k of nb, a single character,
// stands as the verb of a clause that names its doer and ends in 的, the
// clause before a noun it describes or closing a 是…的: its subject
// right before it (自己, or a noun after a personal pronoun: 我妈), 的
// after it, and gse tags it a verb. 她自己包的饺子 / "dumplings she'd made
// herself" is 包 the verb, not "bag" (which the English says of 一袋),
// 他自己酿的酒 酿 "to ferment", not "wine". (Not after a personal pronoun
// alone, whose 的 is as often its owner's: 我包的拉链 "my bag's zipper";
// nor 自己家的, 我们班的: gse tags them nouns.)
func relativeVerbSlot(nb *neighbours) bool {
	if nb.next != "的" || nb.sn == nil || nb.a == nil || !strings.HasPrefix(nb.sn.posOf(nb.a, nb.k), "v") {
		return false
	}
	if nb.prev == "自己" {
		return true
	}
	p := hanAt(nb.sn, nb.k-1, -1)
	return p >= 0 && strings.HasPrefix(nb.prevPos, "n") && personalPronouns[nb.sn.toks[p].Text]
}

// relativeVerbSense returns in's verb for a verb slot (slotVerb) where token k of
// nb, a single character, is the verb of such a clause (relativeVerbSlot)
// and the words around it choose a noun's sense (包's "bag", what a
// learner meets first); -1 otherwise.
func (in *entryInfo) relativeVerbSense(nb *neighbours) int {
	if nb == nil || in.runes != 1 || !relativeVerbSlot(nb) {
		return -1
	}
	if def, _ := in.contextSense(nb); def < 0 || !nounish(in.senses[def]) {
		return -1
	}
	return in.slotVerb()
}

// stateMeasured reports whether sense i of a single character is a verb
// that the words after it rule out by measuring a state: the 得 of a
// complement of degree (累得说不出话, 饿得不行), or 了 and a span of time
// closing the clause (累了一天), which say how much or how long, where the
// character's first plain sense is an adjective (累 "tired", 饿 "hungry"),
// that state; a later verb sense ("to work hard", "to wear out", "to
// starve (sb)") is another use. (Not a verb of state or feeling, which a
// degree fits too.)
func (in *entryInfo) stateMeasured(i int, nb *neighbours) bool {
	if in.runes != 1 || !in.marks[i].verb || in.firstPlain < 0 || i == int(in.firstPlain) {
		return false
	}
	if nb.next != "得" && !(nb.next == "了" && nb.sn != nil && spanCloses(nb.sn, nb.k+1)) {
		return false
	}
	s := in.senses[i]
	return adjectiveSense(in.senses[in.firstPlain]) && !stative(s) && !feeling(s)
}
