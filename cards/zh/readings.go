package zh

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"cika/cards/dict"
	"cika/cards/wordnet"
)

// The reading of a single character that CC-CEDICT gives as several
// entries (过 guo4 / guo5, 长 chang2 / zhang3, 假 jia3 / jia4, 场 chang2 /
// chang3 …), from what a reader sees around it: the word a particle
// attaches to, the noun a measure word counts, the slot a verb or a noun
// fills, and which entry the English names by its first sense. choose
// weighs these with the priors and the English (issue 12, point 7).

const (
	// wSlot weighs the entry's share of senses of the part of speech
	// that the construction calls for (verbSlot, nounSlot): more than
	// the priors of a common reading over a rare one (量 liang4 over
	// liang2), less than English evidence and a particle's fit.
	wSlot = 8.0
	// wPrimary is the weight of an entry whose first sense the English
	// names when it names a later sense of another entry as well, or
	// that the English names plainly when it names no other (onlyNamed):
	// as much as a slot's fit. Half of it left the priors of a common
	// reading in charge where the English had said the rare one: 把鞋带系
	// 好 "tie" read xi4 (係 "to connect; to relate to; to tie up"), not
	// ji4 "to tie"; 钱包落在出租车上了 "left" luo4 "to fall", not la4 "to
	// leave out; … to leave behind".
	wPrimary = 8.0
)

// wUsualEntry weighs, among entries of a word read alike, the one
// holding the sense a learner meets first (learner.txt, usualSenses):
// where neither the English nor the construction decides, the everyday
// word. 他冲进了房间 is 衝 chong1 "to rush", not 沖 chong1 "(of water)
// to dash against". Only between entries of one reading: across
// readings the priors and the slots know more (倒 dao3 "to fall" in 房子
// 倒了, whose learner sense is dao4's).
const wUsualEntry = 2.0

// sameReadingTwin reports whether another entry of entries has e's
// reading, tones and all (a surname's capital aside).
func sameReadingTwin(entries []*dict.Entry, e *dict.Entry) bool {
	for _, o := range entries {
		if o != e && !o.IsName() && strings.EqualFold(o.Pinyin, e.Pinyin) {
			return true
		}
	}
	return false
}

// hanAt returns the index of the token before (d = -1) or after (d = 1)
// token k, skipping blanks, -1 if there is none or it is not Han (a
// punctuation mark ends the clause).
func hanAt(sn *sentence, k, d int) int {
	for j := k + d; j >= 0 && j < len(sn.toks); j += d {
		t := sn.toks[j].Text
		if hanLead(t) {
			return j // (most words: no need to decode t)
		}
		if isBlank(t) {
			continue
		}
		if isHan(firstRune(t)) {
			return j
		}
		return -1
	}
	return -1
}

// attachedParticle reports whether sense s is a particle that attaches to
// the verb (or adjective) before it, as CC-CEDICT describes 过 guo5
// "(experienced action marker)", 着 zhe5 "aspect particle indicating
// action in progress" and 得 de5 "structural particle: used after a verb".
// (CC-CEDICT writes these notes in lower case.)
func attachedParticle(s string) bool {
	return strings.HasPrefix(s, "(experienced action marker") || strings.HasPrefix(s, "aspect particle") ||
		strings.HasPrefix(s, "structural particle: used after a verb")
}

// fondNeed reports whether in, an entry whose first free sense is "to be
// fond of" (好 hao4), stands before a verb of one character and that
// verb's object, or a word of a verb and its object: 他好打篮球, 他好喝
// 酒. (好 before a verb with no object is hao3 "easy to": 这个问题好回答;
// 好吃的菜.)
func (a *Analyzer) fondNeed(sn *sentence, k int, in *entryInfo) bool {
	if !in.fond {
		return false
	}
	if p := hanAt(sn, k, -1); p >= 0 && degreeAdverbs[sn.toks[p].Text] {
		return false // 很好说话 "easy to talk to"
	}
	v := hanAt(sn, k, 1)
	if v != k+1 || !strings.HasPrefix(sn.posOf(a, v), "v") || gradedFeelings[sn.toks[v].Text] || a.stateClosesAt(sn, v, false) {
		return false // (好担心他, 好羡慕你, 我好开心, 好奇怪: hao3 "so", function.go)
	}
	switch vt := []rune(sn.toks[v].Text); len(vt) {
	case 1:
		o := hanAt(sn, v, 1)
		return o == v+1 && a.nounAt(sn, o)
	case 2:
		// A verb and its object in one word: 他好喝酒.
		return vt[1] < maxRune && strings.HasPrefix(a.w.posNames[a.singles[vt[1]].pos], "n")
	}
	return false
}

// fondFirst reports whether the first free sense of in is "to be fond
// of" (好 hao4): what fondNeed asks first, found once per entry
// (entryInfo.fond).
func fondFirst(in *entryInfo) bool {
	for _, s := range in.senses {
		if isFreeSense(s) {
			return strings.HasPrefix(s, "to be fond of")
		}
	}
	return false
}

// ruledOut is readingNeed's answer for an entry its own dictionary note
// rules out: times wNeed, more than a particle earns at the end of a
// clause where gse tags its character a modal particle (wParticle +
// wClauseEnd).
const ruledOut = -2

// finalOnly reports whether every free sense of in is a final particle's
// (哪 na5 "(emphatic sentence-final particle …)", 哟 yo5); not 呢 ne5,
// which also marks a pause. entryInfo.final keeps the answer.
func finalOnly(in *entryInfo) bool {
	n := 0
	for _, s := range in.senses {
		if !isFreeSense(s) || strings.HasPrefix(s, "CL:") {
			continue
		}
		if !strings.Contains(s, "final particle") {
			return false
		}
		n++
	}
	return n > 0
}

// saysAfterN reports whether CC-CEDICT reads in so "after a word ending
// in "n"" (哪 na5, for 啊).
func saysAfterN(in *entryInfo) bool {
	return len(in.senses) > 0 && strings.Contains(in.senses[0], `after a word ending in "n"`)
}

// afterN reports whether token k follows a syllable ending in n (天 tian1,
// not 想 xiang3).
func afterN(sn *sentence, k int) bool {
	j := hanAt(sn, k, -1)
	return j >= 0 && j == k-1 && strings.HasSuffix(strings.TrimRight(sn.toks[j].Reading, "12345"), "n")
}

// adverbialParticle reports whether sense s is the particle that links an
// adverbial to the verb after it: 地 de5 "structural particle: used
// before a verb or adjective, linking it to preceding modifying adverbial
// adjunct".
func adverbialParticle(s string) bool {
	return strings.HasPrefix(s, "structural particle: used before a verb or adjective, linking it to preceding")
}

// doubledBefore reports whether the words right before token k are a
// doubled form: a word of a character twice (慢慢, 好好), a character
// twice as two words (静 静), or 一 and a measure word twice (一步一步).
func doubledBefore(sn *sentence, k int) bool {
	text := func(j int) string {
		if j < 0 || j >= k || isBlank(sn.toks[j].Text) || !isHan(firstRune(sn.toks[j].Text)) {
			return ""
		}
		return sn.toks[j].Text
	}
	if r := []rune(text(k - 1)); len(r) == 2 && r[0] == r[1] {
		return true
	}
	if t := text(k - 1); utf8.RuneCountInString(t) == 1 && t == text(k-2) && !numeralWord(t) {
		return true
	}
	return text(k-1) != "" && text(k-1) == text(k-3) && text(k-2) == "一" && text(k-4) == "一"
}

// particleNeed is +1 for an entry that is an attached particle (its first
// free sense is) right after a verb or adjective, -1 for one after
// something else: a pronoun, noun, adverb, numeral or nothing. 去过 guo5,
// but 在老家过春节 guo4 "to spend (a holiday)"; 跑得快 de5, but 你得多喝水
// dei3. 0 for other entries, or when the word before says nothing sure.
func (a *Analyzer) particleNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if in.particle < 0 {
		return 0 // most entries: found without a walk over the senses
	}
	if adverbialParticle(in.senses[in.particle]) {
		// 地 de5 links the adverbial before it to the verb after it: it
		// does not follow a preposition, pronoun, measure word or
		// particle, nor open a clause (他把地扫干净了 di4 "floor"). (A
		// quantity word may be the adverbial: 越来越多地提供.)
		switch p := nb.prevPos; {
		case hanAt(sn, k, -1) < 0:
			return -1
		case hanAt(sn, k, -1) == k-1 && k >= 1 && a.doubledHalf(sn, k-1) != "":
			return 1 // an AABB form before it: 热热闹闹地 de5, not di4
		case hanAt(sn, k, -1) == k-1 && doubledBefore(sn, k):
			// A word doubled before it, whatever follows: 慢慢地人就多了
			// 起来, 一步一步地往前走, 静静地 are de5, an adverbial.
			return 1
		case strings.HasPrefix(p, "r") || p == "q" || p == "p" || p == "c" || strings.HasPrefix(p, "u"):
			return -1
		case utf8.RuneCountInString(nb.prev) == 1 && hanAt(sn, k, -1) == k-1 && k >= 2 && hanAt(sn, k-1, -1) == k-2 && countingRune(lastRuneOf(sn.toks[k-2].Text)):
			// A measure word after its numeral or demonstrative counts the
			// token, whatever gse tags it: 这块地是我们家的, 三亩地 are di4
			// "land", not the adverbial's de5 (gse tags 块 zg).
			return -1
		case hanAt(sn, k, -1) == k-1 && adverbialTag(p) && (utf8.RuneCountInString(nb.prev) > 1 || p == "a" && k >= 2 && hanAt(sn, k-1, -1) == k-2 && degreeAdverbs[sn.toks[k-2].Text]) &&
			hanAt(sn, k, 1) == k+1 && a.predicateAt(sn, k+1):
			// An adverbial, then 地 before a verb or an adjective: 不停地
			// 道歉, 高兴地上学, 很快地方便了一下 are de5, whatever pair 地
			// makes with the verb's first character (地道 "authentic",
			// 地上 "on the ground"); the noun 地 "ground" does not stand
			// between the two.
			return 1
		case nb.clauseEnd && utf8.RuneCountInString(nb.prev) > 1 && (p == "i" || p == "l" || p == "d" || p == "ad" || p == "a" || p == "z"):
			// An adverbial of several characters and 地 closing the
			// clause modify the clause after the comma: 不知不觉地，一年
			// 过去了, 自然而然地， are de5, not di4 "earth; ground".
			return 1
		}
		return 0
	}
	if !attachedParticle(in.senses[in.particle]) {
		return 0
	}
	first := -1
	for i, s := range in.senses {
		if isFreeSense(s) && !strings.HasPrefix(s, "CL:") {
			first = i
			break
		}
	}
	if first < 0 || int32(first) != in.particle || !attachedParticle(in.senses[first]) {
		return 0
	}
	j := hanAt(sn, k, -1)
	if j < 0 {
		return -1 // nothing before it in the clause
	}
	if sn.toks[k].Text == "着" && harmWarned(sn, k) {
		return -1 // 当心冻着: zhao2 "to be affected by" (complementNeed)
	}
	if sn.toks[k].Text == "过" && sn.toks[j].Text == "着" && j == k-1 && livedOn(sn, k) {
		// After a verb and 着, 过 is the verb "to live; to get along",
		// never a second aspect particle: 凑合着过, 将就着过日子 are guo4.
		return -1
	}
	if sn.toks[k].Text == "过" && goingOn[nb.next] {
		// A complement of going on follows the verb 过 "to live; to get
		// along", never the particle: 日子还得过下去, 这日子没法过下去了,
		// 过不下去 are guo4.
		return -1
	}
	if sn.toks[k].Text == "过" && j == k-1 && (sn.toks[j].Text == "没" || sn.toks[j].Text == "还没") {
		// Right after 没 "not", with no verb between, 过 is the verb "to
		// pass", never the particle that follows a verb: 考试没过, 面试还
		// 没过, 没过几天他就回来了 are guo4 (gse tags 没 a verb). 没有过
		// "have never had" keeps the particle (没有 "to have not").
		return -1
	}
	if sn.toks[j].Text == "得" && sn.toks[j].Reading == "de2" && sn.toks[k].Text != "得" {
		// 得 read as the verb "to obtain" takes an aspect particle like
		// any verb (gse tags it a particle): 这些年他得过很多奖 guo5.
		return 1
	}
	if noAspectAfter[sn.toks[j].Text] {
		// A modal verb takes a verb, never an aspect particle: 不应该过多
		// 干预, 我们会过些天再谈 are guo4 "to pass; too (much)", not
		// guo5.
		return -1
	}
	if sn.toks[k].Text == "得" && !strings.HasPrefix(nb.prevPos, "r") && (a.judgedAfter(sn, k) || pairedAfter(sn, k)) {
		// A judgement of how it was done follows the particle, after
		// its verb: 你干得不错 de5, not de2 "to obtain" (gse tags 干,
		// a character of many uses, as it may). So does a pair of
		// qualities, 又… 又…, closing the clause: 雪下得又大又急, 他跑得
		// 又快又稳 (gse tags 下 a place word).
		return 1
	}
	if sn.toks[k].Text == "得" && a.doingBefore(sn, k, nb) {
		// What one does, a verb and its object, then 得 and what must
		// be done in doing it: 开车得小心, 做生意得讲信用 are dei3 (modalNeed).
		return -1
	}
	if sn.toks[k].Text == "得" && nb.prev == "可" {
		// 可 "really" before the modal (gse tags it a verb, "can"): 这事可
		// 得小心, 你可得记住 are dei3 (modalNeed).
		return -1
	}
	if sn.toks[k].Text == "得" && a.causedFeeling(sn, k, nb) {
		// A feeling or a state, then 得 and the person it got to: 气得我
		// 直哭, 吓得他不敢动, 热得我睡不着 are de5 (not de2 "to obtain", nor
		// dei3: 这事得我去 has no feeling before it).
		return 1
	}
	if sn.toks[k].Text == "得" && (a.costAfterVerb(sn, k, nb) || a.placeGoneTo(sn, hanAt(sn, k, -1)) || a.activityMust(sn, k, nb)) {
		// 走路得二十分钟 "walking takes twenty minutes", 去北站得坐几路车:
		// dei3 "to need; must" (modalNeed).
		return -1
	}
	if a.degreeSlot(sn, k, nb) {
		// These complements of degree follow the particle, never the
		// modal or the verb: 热得不得了, 疼得厉害 (gse tags 热 a noun,
		// and 热 has a verb's sense too).
		return 1
	}
	if sn.toks[k].Text == "着" && nb.next == "过" && livedOn(sn, hanAt(sn, k, 1)) {
		// A verb and 着, then 过 "to live; to get along" closing the
		// clause or before 日子 or 下去: the manner of living, 凑合着过,
		// 将就着过日子, 省着过 zhe5 (not zhuo2, which no particle
		// follows; 过 is the verb, whatever "put up with" says).
		return 1
	}
	switch nb.next {
	case "了", "着", "过":
		// No particle takes an aspect particle: 考试得了九十分 de2 "to
		// obtain". But after a verb of one character, 了 and 着 are the
		// complement of what it can do (吃得了 de5 liao3, 买得着 de5
		// zhao2), as after 不 (吃不了).
		if nb.next != "过" && a.potentialAt(sn, j, hanAt(sn, k, 1)) {
			return 1
		}
		return -1
	}
	p := nb.prevPos
	switch {
	case strings.HasPrefix(p, "v") || p == "a" || p == "ad" || p == "an" || p == "z":
		return 1
	case p == "b" && a.adjectiveWord(sn, j):
		return 1 // 高兴得直拍手 de5: gse tags 高兴 b
	case p == "zg" && (a.verbChar(nb.prev) || utf8.RuneCountInString(nb.prev) == 1 && a.anyEntry(nb.prev, verbFirst)):
		return 1 // 他当过兵 guo5: gse tags 当 zg, a character of many uses
	case (p == "m" || p == "q") && utf8.RuneCountInString(nb.prev) == 1 && isVerbSense(sn.toks[j].Gloss):
		// A measure word's character chosen as the verb it also is: 你种
		// 过菜吗 guo5, not guo4 "to cross" (gse tags 种 m, "kind").
		return 1
	case strings.HasPrefix(p, "u") && (nb.prev == "过" || nb.prev == "过来" || nb.prev == "起来"):
		// A particle's character used as the verb before it: 时间过得真快
		// de5 (gse tags 过 a particle).
		return 1
	case p == "p" && sn.toks[k].Text == "得" && utf8.RuneCountInString(nb.prev) == 1 && a.anyEntry(nb.prev, verbFirst):
		// A coverb's character used as the verb it first is: 这种药现在用
		// 得少了, 这个软件我用得不多, 他给得太少了 are de5, not de2 "to
		// obtain" (gse tags 用 and 给 prepositions). A preposition cannot
		// be the subject of 得 dei3 "must", nor a verb that obtains.
		return 1
	case p == "p" && sn.toks[k].Text == "过" && utf8.RuneCountInString(nb.prev) == 1 && a.anyEntry(nb.prev, hasVerbSense):
		// So before 过, which no preposition takes: 你跟过师父吗, 他离过
		// 婚, 她给过我钱 are guo5, the experienced action (gse tags 跟,
		// 离 and 给 prepositions), not guo4 "to cross".
		return 1
	case strings.HasPrefix(p, "r") || p == "d" || p == "m" || p == "q" || p == "p" || p == "c" || strings.HasPrefix(p, "u") || p == "y":
		return -1
	case strings.HasPrefix(p, "n") || p == "t" || p == "s" || p == "f":
		if sn.toks[k].Text == "得" && timeWord(nb.prev, p) {
			// A time is no verb 得 follows: 以后得少吃 is dei3 "must"
			// (modalNeed), though 以后's first gloss "after" is an
			// adjective's.
			return -1
		}
		// gse tags some verbs as nouns (工作, 准备): the dictionary says.
		// A word with a verb sense among others (效力 "effectiveness; to
		// render a service") may be the verb: nothing sure then.
		if a.predicateAt(sn, j) {
			return 1
		}
		if sn.toks[k].Text == "得" && utf8.RuneCountInString(nb.prev) == 1 && isVerbSense(sn.toks[j].Gloss) && a.subjectBefore(sn, j) {
			// A character gse tags a noun, read as its verb after its
			// subject: 他气得直哭, 妈妈气得一晚上没睡 de5 (气 "to get
			// angry", not "gas"). Without a subject before it, the noun
			// is the subject of 得 dei3: 药得按时吃.
			return 1
		}
		for _, e := range a.dict.Lookup(sn.toks[j].Text) {
			if a.info(e).kinds.verb > 0 {
				return 0
			}
		}
		return -1
	}
	return 0
}

// noAspectAfter are the modal verbs that take no aspect particle (过, 着)
// after them: 应该, 会, 能, 可以, 总得 "must" (日子总得过 guo4 "to live").
// (Not 想, 要 or 需要, which are verbs too: 我想过这个问题.)
var noAspectAfter = map[string]bool{"应该": true, "应当": true, "必须": true, "会": true, "能": true, "能够": true, "总得": true, "只得": true,
	"可以": true, "可能": true, "不能": true, "不会": true, "是": true, "是否": true, "敢": true, "肯": true, "愿意": true}

// degreeAfter reports whether a complement of degree closes the clause
// after token k (得), which follows neither a pronoun nor a noun (你得很
// 小心 "you must be very careful" is dei3): 很 or 多 (房间乱得很 "very
// messy", 好得多 "much better"), or a degree adverb and an adjective (雨下
// 得真大 "the rain is really heavy": gse tags 下 a place word).
func (a *Analyzer) degreeAfter(sn *sentence, k int, nb *neighbours) bool {
	if strings.HasPrefix(nb.prevPos, "r") || strings.HasPrefix(nb.prevPos, "n") {
		return false
	}
	next := hanAt(sn, k, 1)
	if next < 0 {
		return false
	}
	after := hanAt(sn, next, 1)
	switch t := sn.toks[next].Text; {
	case (t == "很" || t == "多") && after < 0:
		return true
	case a.tooMuchTo(sn, k, nb):
		return true
	case degreeAdverbs[t]:
		return after >= 0 && sn.posOf(a, after) == "a" && closesClause(sn, after)
	}
	return false
}

// tooMuchTo reports whether token k, 得, stands between 多, 少 or a
// one-character adjective and a verb with its negated potential complement
// (数不清, 做 不 完, 走 不 动): what the state makes impossible, a
// complement of degree (星星多得数不清, 作业多得做不完, 累得走不动 de5), not
// dei3 "must" before the verb nor de2 "to obtain".
func (a *Analyzer) tooMuchTo(sn *sentence, k int, nb *neighbours) bool {
	if nb.prev != "多" && nb.prev != "少" && !(nb.prevPos == "a" && utf8.RuneCountInString(nb.prev) == 1) {
		return false
	}
	next := hanAt(sn, k, 1)
	if next < 0 {
		return false
	}
	if r := []rune(sn.toks[next].Text); len(r) == 3 && r[1] == '不' {
		return true // 数不清, 说不出
	}
	after := hanAt(sn, next, 1)
	return after >= 0 && sn.toks[after].Text == "不" && strings.HasPrefix(sn.posOf(a, next), "v") && hanAt(sn, after, 1) >= 0
}

// closesClause reports whether token j ends its clause, or only a final
// particle follows it there (穿得太少了, 说得太快啊).
func closesClause(sn *sentence, j int) bool {
	n := hanAt(sn, j, 1)
	return n < 0 || finalParticles[sn.toks[n].Text] && hanAt(sn, n, 1) < 0
}

// degreeSlot reports whether token k, 得, brings a complement of degree:
// degreeComplements or degreeAfter. No verb that takes an object stands
// there: 我们相处得很好 is de5, whatever "get along" says of de2 "to get"
// (gse tags 相处 an adverb).
func (a *Analyzer) degreeSlot(sn *sentence, k int, nb *neighbours) bool {
	return sn.toks[k].Text == "得" && hanAt(sn, k, -1) >= 0 && (degreeComplements[nb.next] || a.degreeAfter(sn, k, nb))
}

// havingNot reports whether a negation stands where it says "not have":
// before a noun, a pronoun, a numeral or a measure word, or with nothing
// after it but final particles (我没时间, 没人知道, 钱包没了). CC-CEDICT
// glosses 没 mei2 only as "(negative prefix for verbs)", so the verb 没 mo4
// "drowned; to inundate" would otherwise take the noun as its object.
func havingNot(nb *neighbours) bool {
	if nb.objectless {
		return nb.left != 0
	}
	p := nb.nextPos
	return strings.HasPrefix(p, "n") || strings.HasPrefix(p, "r") || p == "m" || p == "q" || p == "j"
}

// negatedChar reports whether a verb of one character that gse does not
// tag a verb follows the negation: 衣服还没干, 他没干完 are mei2 "(negative
// prefix for verbs)", not mo4 "drowned" (gse tags 干 zg). Not 过: 水没过
// 膝盖 is mo4 "to rise above".
func (a *Analyzer) negatedChar(nb *neighbours) bool {
	return nb.nextPos == "zg" && nb.next != "过" && utf8.RuneCountInString(nb.next) == 1 && a.anyEntry(nb.next, hasVerbSense)
}

// countedToNeed is, for entry in of token k, a single character right
// before 到 and a number, not after a quantity or 的: the count or size
// reached, so +1 for an entry whose first plain sense is a verb's and -1
// for the others where one is (我数到十 shu3 "to count", not shu4 "number";
// 这个数到了一百 is not asked). 0 elsewhere.
func (a *Analyzer) countedToNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if nb.next != "到" || nb.afterNumeral || nb.prev == "的" || in.runes != 1 || in.firstPlain < 0 {
		return 0
	}
	j := hanAt(sn, hanAt(sn, k, 1), 1)
	if j < 0 || !numeralRune(firstRune(sn.toks[j].Text)) || !a.anyEntry(sn.toks[k].Text, verbFirst) || !a.anyEntry(sn.toks[k].Text, nounOrStateFirst) {
		return 0 // (调到二十五度: both of 调's entries are verbs; others decide)
	}
	if verbFirst(in) {
		return 1
	}
	return -1
}

// placeAt reports whether t is 在 and a place in one word (在家, 在这儿),
// a coverb's phrase before the verb.
func placeAt(t string) bool {
	return t == "在家" || t == "在这儿" || t == "在那儿" || t == "在这里" || t == "在那里"
}

// nounOrStateFirst reports whether in's first plain sense is no verb's.
func nounOrStateFirst(in *entryInfo) bool { return in.firstPlain >= 0 && !verbFirst(in) }

// doubledThenVerb reports whether w is a character said twice and a verb
// of one character: 慢慢来, 好好说, 早早走.
func doubledThenVerb(a *Analyzer, w string) bool {
	r := []rune(w)
	return len(r) == 3 && r[0] == r[1] && a.verbSense(string(r[2]))
}

// willingBefore are the modal verbs of will, which take an action, never
// a state: 愿意, 肯, 敢, 想, 打算, 准备, 乐意.
var willingBefore = map[string]bool{"愿意": true, "肯": true, "敢": true, "想": true, "打算": true, "准备": true, "乐意": true, "不愿意": true, "不肯": true, "不敢": true, "不想": true}

// negatedLink reports whether a word gse tags a conjunction or a
// preposition follows the negation: what it negates comes after (他没接着
// 说, 我没因为这个生气, 我没和他说话 are mei2 "(negative prefix for
// verbs)", not mo4 "drowned", which takes no such word; 没于水中 "sank into
// the water", literary, keeps mo4); or a verb of several characters (我还没
// 收到, not mo4 by the pair 没收 "to confiscate" read across the boundary).
func negatedLink(nb *neighbours) bool {
	return (nb.nextPos == "c" || nb.nextPos == "p") && nb.next != "于" || strings.HasPrefix(nb.nextPos, "v") && utf8.RuneCountInString(nb.next) > 1
}

// noObjectAfter reports whether nothing that could be an object follows
// the token in its clause: the clause ends (or only final particles
// follow), or 的 comes next (非常好的机会).
func noObjectAfter(nb *neighbours) bool {
	return nb.objectless || nb.next == "的"
}

// quantityNext reports whether a numeral opens the word after token k,
// with a measure word in it or after it (一段, 一部分, 两个).
func quantityNext(sn *sentence, k int) bool {
	j := hanAt(sn, k, 1)
	if j < 0 || j != k+1 {
		return false
	}
	t := sn.toks[j].Text
	r, n := utf8.DecodeRuneInString(t)
	if !numeralRune(r) {
		return false
	}
	if n < len(t) {
		return !numeralWord(t)
	}
	m := hanAt(sn, j, 1)
	return m == j+1 && !numeralWord(sn.toks[m].Text)
}

// objectAsking reports whether every plain sense of in is a verb that ends
// in a preposition and so asks for its object: 好 hao4 "to be fond of; to
// have a tendency to; to be prone to". After a degree adverb with no object
// after it such an entry is not the word, though a degree adverb favours
// verbs of feeling (很喜欢): 这样特别好, 他唱得非常好 are hao3.
func objectAsking(in *entryInfo) bool {
	n := 0
	for i, s := range in.senses {
		if !in.plain(i, s) {
			continue
		}
		g := firstGloss(s)
		if !isVerbSense(s) {
			return false
		}
		sp := strings.LastIndexByte(g, ' ')
		if sp < 0 || !prepositionEnds[g[sp+1:]] {
			return false
		}
		n++
	}
	return n > 0
}

// prepositionEnds are the prepositions a verb's gloss ends in when the verb
// wants an object ("to be fond of", "to be prone to").
var prepositionEnds = map[string]bool{"of": true, "to": true, "with": true, "for": true, "on": true, "at": true, "about": true, "in": true, "from": true}

// degreeComplements say "extremely" after 得 de5: 热得不得了, 忙得要命.
var degreeComplements = map[string]bool{"不得了": true, "要命": true, "要死": true, "厉害": true, "不行": true}

// classifierNeed is +1 for a measure word's entry whose reading the noun
// it counts names in its CC-CEDICT "CL:" note (一场大雪: 雪 "CL:場|场
// [chang2]", a spell of weather; 一场比赛: 比赛 "CL:場|场[chang3]", a
// sporting event), -1 for another of its measure-word entries, 0 when
// the token does not count a noun or the noun's note does not name it.
// The noun is the first noun after the token within three words (一场大
// 雨, 这种新的水果); a compound without a note is looked up by its last
// character, its head (大病 by 病).
//
// Spoken Chinese drops the 一 between a verb's 了 and the measure word
// (下了场大雨, 打了场比赛, 养了只猫): there too the token counts the noun
// after it, though no numeral stands before it (but with no noun after
// it, 进了场, it may be the noun itself, and is not asked). So it does
// right after 有 or a verb of one character (床下有只猫, 养只狗, 这是只猫:
// zhi1, not zhi3 "only", which the noun's note rules out).
func (a *Analyzer) classifierNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if in.kinds.classifier == 0 {
		return 0
	}
	text := sn.toks[k].Text
	if !nb.afterNumeral && !(nb.prev == "了" && a.verbLeBefore(sn, k)) {
		if oneDroppedAfter(nb) {
			return a.notedClassifier(sn, k, in)
		}
		return 0
	}
	if nb.prev == "哪" && (nb.clauseEnd || nb.next == "的" || finalParticles[nb.next]) {
		// 哪 "which" and the measure word closing the clause, the noun it
		// counts said before or understood: 你喜欢的是哪种？, 你要哪只,
		// 你喜欢哪种的 are zhong3 "kind" and zhi1, not zhong4 "to plant"
		// and zhi3 "only" (no verb follows them). (Not after 这 or 那: 这
		// 行吗 is xing2 "all right".)
		return a.classifierEntry(text, in)
	}
	for j, n := k, 0; n < 3; n++ {
		if j = hanAt(sn, j, 1); j < 0 {
			if n == 0 && nb.clauseEnd && nb.afterNumeral && a.countsAction(sn, k) {
				// No noun: the measure word counts the verb's action
				// (大哭了一场 chang2 "bout", not chang3 "classifier for
				// sporting activities").
				for _, s := range in.senses {
					if actionClassifier(s) {
						return 1
					}
				}
				return -1
			}
			return 0
		}
		if !countedTag(sn.posOf(a, j)) {
			if r, ok := a.clReading(sn.toks[j].Text, text); ok && n == 0 {
				// A word right after the token, whose "CL:" note names it, is
				// the noun it counts, whatever gse tags it: 这只包 zhi1
				// (包 "bag", CL:隻|只[zhi1]; gse tags it a verb), not
				// zhi3 "only".
				if strings.EqualFold(r, in.e.Pinyin) {
					return 1
				}
				return -1
			}
			if n == 0 && a.happening(sn.toks[j].Text) {
				return a.eventClassifier(text, in) // 这场感冒 (gse tags 感冒 v)
			}
			continue
		}
		noun := sn.toks[j].Text
		r, ok := a.clReading(noun, text)
		if !ok && utf8.RuneCountInString(noun) > 1 {
			_, size := utf8.DecodeLastRuneInString(noun)
			r, ok = a.clReading(noun[len(noun)-size:], text)
		}
		switch {
		case !ok && n <= 1 && a.happening(noun):
			return a.eventClassifier(text, in)
		case !ok && n == 0 && utf8.RuneCountInString(noun) == 1 && hanAt(sn, j, 1) == j+1 && countedTag(sn.posOf(a, j+1)):
			// A character before a noun, the two a compound the
			// dictionary lacks (橘猫 "ginger cat", cut 橘 猫): the noun
			// after it is the head the token counts (那只橘猫 zhi1, by 猫
			// "CL:隻|只[zhi1]").
			continue
		case !ok && n == 0 && a.nounAt(sn, j) && utf8.RuneCountInString(noun) > 1:
			// A noun whose note names no measure word right after a
			// numeral or demonstrative and the token: the token counts
			// it, whichever measure word it is (这只行李箱 zhi1, not zhi3
			// "only"; 这只能说明问题, a verb after it, is not asked).
			return a.classifierEntry(sn.toks[k].Text, in)
		case !ok:
			return 0
		case strings.EqualFold(r, in.e.Pinyin):
			return 1
		}
		return -1
	}
	return 0
}

// notedClassifier is classifierNeed where the 一 was dropped after 有 or
// a verb: only a noun right after the token whose "CL:" note names the
// token (or its head's, the last character) says it counts it, +1 for
// the reading the note gives and -1 for the token's other measure-word
// entries; 0 otherwise (去和老师, 是哪国人 are not asked).
func (a *Analyzer) notedClassifier(sn *sentence, k int, in *entryInfo) float64 {
	j := hanAt(sn, k, 1)
	if j != k+1 || !countedTag(sn.posOf(a, j)) {
		return 0
	}
	noun, text := sn.toks[j].Text, sn.toks[k].Text
	r, ok := a.clReading(noun, text)
	if !ok && utf8.RuneCountInString(noun) > 1 {
		_, size := utf8.DecodeLastRuneInString(noun)
		r, ok = a.clReading(noun[len(noun)-size:], text)
	}
	switch {
	case !ok:
		return 0
	case strings.EqualFold(r, in.e.Pinyin):
		return 1
	}
	return -1
}

// oneDroppedAfter reports whether the word before the token is 有 or a
// verb of one character by gse's tag, after which speech drops the 一 of
// "one" before a measure word (有只猫, 养只狗).
func oneDroppedAfter(nb *neighbours) bool {
	return nb.prev == "有" || strings.HasPrefix(nb.prevPos, "v") && utf8.RuneCountInString(nb.prev) == 1
}

// verbLeBefore reports whether token k follows a verb and its 了 (买了
// 只猫, 下了场雨), the 一 of "one" left out before the measure word.
func (a *Analyzer) verbLeBefore(sn *sentence, k int) bool {
	j := hanAt(sn, k, -1)
	if j < 0 || sn.toks[j].Text != "了" {
		return false
	}
	if j = hanAt(sn, j, -1); j < 0 {
		return false
	}
	p := sn.posOf(a, j) // (a verb, or 下 that gse tags f; not 这下了, 三天了)
	return strings.HasPrefix(p, "v") || p == "f" && a.verbSense(sn.toks[j].Text)
}

// countedTag reports whether gse's tag pos is a noun's or a verbal noun's
// (比赛 vn), what a measure word counts.
func countedTag(pos string) bool { return strings.HasPrefix(pos, "n") || pos == "vn" }

// eventClassifier is, for entry in of the measure word text before a
// happening whose note names no measure word (台风, 误会, 车祸, 感冒), +1
// where in counts events (actionClassifier: 场 chang2 "classifier for
// events and happenings"), -1 where another entry of text does (chang3,
// which counts games and shows), 0 otherwise: 一场台风, 一场误会 chang2.
func (a *Analyzer) eventClassifier(text string, in *entryInfo) float64 {
	if slices.ContainsFunc(in.senses, actionClassifier) {
		return 1
	}
	if a.anyEntry(text, func(o *entryInfo) bool { return slices.ContainsFunc(o.senses, actionClassifier) }) {
		return -1
	}
	return 0
}

// happening reports whether a CC-CEDICT sense of noun names weather, an
// illness, a quarrel, a disaster or a misunderstanding (happeningWords):
// what 场 chang2 "classifier for events and happenings: spell, episode,
// bout" counts (一场台风, 一场误会, 一场车祸).
func (a *Analyzer) happening(noun string) bool {
	for _, e := range a.dict.Lookup(noun) {
		if e.IsName() {
			continue
		}
		for _, s := range a.info(e).senses {
			for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' }) {
				if happeningWords[w] {
					return true
				}
			}
		}
	}
	return false
}

// happeningWords name happenings (happening).
var happeningWords = map[string]bool{"typhoon": true, "hurricane": true, "storm": true, "rainstorm": true, "snowstorm": true,
	"thunderstorm": true, "downpour": true, "blizzard": true, "snowfall": true, "drought": true, "flood": true, "earthquake": true,
	"illness": true, "disease": true, "fever": true, "flu": true, "influenza": true, "epidemic": true, "plague": true,
	"quarrel": true, "dispute": true, "war": true, "battle": true, "disaster": true, "calamity": true, "catastrophe": true,
	"accident": true, "misunderstanding": true, "nightmare": true, "dream": true, "tragedy": true, "farce": true, "crisis": true,
	"fire": true, "cold": true}

// classifierEntry is, for entry in of text, +1 if in has a classifier's
// sense, -1 if it has none while another entry of text has one, 0
// otherwise.
func (a *Analyzer) classifierEntry(text string, in *entryInfo) float64 {
	if in.kinds.classifier > 0 {
		return 1
	}
	for _, e := range a.dict.Lookup(text) {
		if !e.IsName() && a.info(e).kinds.classifier > 0 {
			return -1
		}
	}
	return 0
}

// actionClassifier reports whether sense s is a measure word that counts
// occurrences of an action or event, as CC-CEDICT describes 场 chang2
// "classifier for events and happenings: spell, episode, bout" and 转
// zhuan4 "classifier for repeated actions" or 圈 quan1 "classifier for
// loops, orbits, laps" (跑了三圈, not juan4 "pen; sty").
func actionClassifier(s string) bool {
	if !strings.HasPrefix(s, "classifier for") {
		return false
	}
	for _, w := range []string{"bout", "spell", "episode", "repeated action", "occurrence", "number of times", "laps", "rounds"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// countsAction reports whether token k, a measure word after its
// numeral, follows a verb (and its aspect particle): 大哭了一场, 病了一场.
func (a *Analyzer) countsAction(sn *sentence, k int) bool {
	j := hanAt(sn, k, -1) // the numeral
	if j < 0 {
		return false
	}
	if j = hanAt(sn, j, -1); j >= 0 && (sn.toks[j].Text == "了" || sn.toks[j].Text == "过") {
		j = hanAt(sn, j, -1)
	}
	// (Or a happening said as the verb: 他大病了一场, 病了一场 "fell ill
	// for a spell", gse tags 大病 and 病 nouns.)
	return j >= 0 && (strings.HasPrefix(sn.posOf(a, j), "v") || a.happening(sn.toks[j].Text))
}

// clReading returns the reading under which noun's CC-CEDICT entries name
// the measure word cl in a "CL:" note ("CL:場|场[chang3],次[ci4]" gives
// chang3 for 场; "cat (CL:隻|只[zhi1])" zhi1 for 只), and whether one
// does.
func (a *Analyzer) clReading(noun, cl string) (string, bool) {
	for _, e := range a.dict.Lookup(noun) {
		for _, s := range a.info(e).senses {
			// A sense of its own ("CL:場|场[chang3],次[ci4]") or a note
			// in one ("cat (CL:隻|只[zhi1])").
			at := strings.Index(s, "CL:")
			if at < 0 {
				continue
			}
			list := s[at+3:]
			if end := strings.IndexByte(list, ')'); end >= 0 {
				list = list[:end]
			}
			for rest := list; rest != ""; {
				var item string
				item, rest, _ = strings.Cut(rest, ",")
				open := strings.IndexByte(item, '[')
				end := strings.IndexByte(item, ']')
				if open < 0 || end < open {
					continue
				}
				forms := item[:open]
				if bar := strings.IndexByte(forms, '|'); bar >= 0 {
					forms = forms[bar+1:] // traditional|simplified
				}
				if forms == cl {
					return item[open+1 : end], true
				}
			}
		}
	}
	return "", false
}

// slot is the part of speech the construction around a token calls for.
type slot uint8

const (
	slotNone slot = iota
	slotVerb
	slotNoun
	slotModal
	slotObject    // a verb before its object
	slotPrep      // a preposition before its object and a verb
	slotPredicate // the predicate of a comparison: 比我差
	slotAdjective // an adjective's degree: 差了一点
	slotToward    // a preposition before a person and a verb: 冲我笑
	slotState     // a state its subject is in: 我累了, 我累得不行
	slotBareState // a state closing the clause after a thing or a degree adverb: 衣服干了, 空气很干
)

// olderNeed is, for 长, +1 for zhang3 ("elder; senior") and -1 for the
// others before a numeral and 岁: 他比我长两岁 "two years older than me" is
// zhang3, not chang2 "long" (这条路长两公里 stays chang2).
func (a *Analyzer) olderNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "长" {
		return 0
	}
	j := hanAt(sn, k, 1)
	if j < 0 || !numeralWord(sn.toks[j].Text) {
		return 0
	}
	if j = hanAt(sn, j, 1); j < 0 || sn.toks[j].Text != "岁" {
		return 0
	}
	if in.e.Pinyin == "zhang3" {
		return 1
	}
	return -1
}

// againNeed is, for a character one of whose entries says "again" (重
// chong2 "to repeat; repetition; again; re-"), +1 for that entry and -1
// for the others right before a verb of one character that gse leaves
// apart from it: 重写一遍, 重说一遍, 这篇文章我重看了一遍, 再重拍一张 are
// chong2 "again", not zhong4 "heavy", which no verb follows but its own
// complement (太重拿不动: after a degree adverb the token is the state).
// Not before a verb that links it to what follows (重在参与, 重达一吨).
func (a *Analyzer) againNeed(sn *sentence, k int, in *entryInfo) float64 {
	again := againEntry
	if utf8.RuneCountInString(sn.toks[k].Text) != 1 {
		return 0
	}
	j := hanAt(sn, k, 1)
	if j < 0 || utf8.RuneCountInString(sn.toks[j].Text) != 1 || linkingVerbs[sn.toks[j].Text] || !a.verbAt(sn, j) {
		return 0
	}
	if p := hanAt(sn, k, -1); p >= 0 && (degreeAdverbs[sn.toks[p].Text] || degreeDemonstratives[sn.toks[p].Text]) {
		return 0
	}
	if !a.anyEntry(sn.toks[k].Text, again) {
		return 0
	}
	if again(in) {
		return 1
	}
	return -1
}

// againEntry reports whether in has a plain sense "again" or "re-" (againNeed).
func againEntry(in *entryInfo) bool {
	for i, s := range in.senses {
		if in.plain(i, s) && (s == "again" || s == "re-") {
			return true
		}
	}
	return false
}

// adverbOrVerbNeed is, for a character with an entry of no verb's senses
// (还 hai2 "still; yet", 中 zhong1 "within; among; in", 处 chu4 "place;
// classifier for locations") and one whose first sense is a verb (huan2
// "to pay back; to return", zhong4 "to hit; to win", chu3 "to get along
// with"), +1 for the verb's entry and -1 for the other where the token
// stands where only a verb does: before an aspect particle and more of
// its clause (他买彩票中了五百万, 他们俩处了三年了, 他还了我五百块); and,
// where the other entry is an adverb's, wherever no adverb stands
// (verbOnlySlot: 还钱的事下周再商量, 借了钱就得还, 钱还了吗), though the adverb
// is the more common word. An adjective's entry is left alone (长了,
// 干了: a change of state), and so is a negation (havingNot: 没钱 mei2).
func (a *Analyzer) adverbOrVerbNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	verb := freeVerbFirst
	text := sn.toks[k].Text
	if utf8.RuneCountInString(text) != 1 {
		return 0
	}
	if pr := hanAt(sn, k, -1); pr >= 0 && strings.HasPrefix(sn.posOf(a, pr), "v") {
		return 0 // a complement: 订好了 hao3
	}
	loses := adverbEntry
	if j := hanAt(sn, k, 1); j >= 0 && aspectParticles[sn.toks[j].Text] && hanAt(sn, j, 1) >= 0 && a.oneVerbReading(text) {
		// (Not 了 closing the clause, which follows a noun too: 都大学
		// 生了. Nor where two readings are verbs, 转 zhuan3 / zhuan4, or
		// one an adjective, 干 gan1 "dry": their own rules choose.)
		loses = verblessEntry
	} else if !a.verbOnlySlot(sn, k, nb) {
		return 0
	}
	if !a.anyEntry(text, loses) || !a.anyEntry(text, verb) {
		return 0
	}
	switch {
	case verb(in):
		return 1
	case loses(in):
		return -1
	}
	return 0
}

// oneVerbReading reports whether every entry of text is either
// verblessEntry or freeVerbFirst, the latter all of one reading: 处 chu4
// "place" and chu3 "to get along with", not 转 (zhuan3 and zhuan4 both
// verbs) or 干 (幹 gan4 first "tree trunk", with verbs after it).
func (a *Analyzer) oneVerbReading(text string) bool {
	reading := ""
	for _, e := range a.dict.Lookup(text) {
		if e.IsName() {
			continue
		}
		switch in := a.info(e); {
		case verblessEntry(in):
		case freeVerbFirst(in):
			if reading != "" && !strings.EqualFold(reading, e.Pinyin) {
				return false
			}
			reading = e.Pinyin
		default:
			return false
		}
	}
	return reading != ""
}

// verblessEntry reports whether in has no verb's sense and is neither a
// negation nor a modal, and its first plain gloss no adjective's for
// WordNet: an adverb (还 hai2 "still"), a localizer (中 zhong1 "within")
// or a noun (处 chu4 "place"); not 空 kong1 "empty".
func verblessEntry(in *entryInfo) bool {
	if in.kinds.verb != 0 || in.kinds.negative || in.kinds.modal || in.firstPlain < 0 {
		return false
	}
	return adverbEntry(in) || partsOfSpeech(firstGloss(in.senses[in.firstPlain]))&wordnet.Adj == 0
}

// adverbEntry reports whether in is an adverb's entry: mostly function
// words, no verb's sense, its first plain gloss an adverb for WordNet and
// not a place's (还 hai2 "still; yet", not 中 zhong1 "within; among; in"
// nor 与 yu3 "and; to give; together with").
func adverbEntry(in *entryInfo) bool {
	if in.kinds.verb != 0 || in.kinds.negative || in.kinds.modal || in.firstPlain < 0 || in.kinds.kinds().function < 0.5 {
		return false
	}
	g := firstGloss(in.senses[in.firstPlain])
	return partsOfSpeech(g)&wordnet.Adv != 0 && !placeGlosses[g]
}

// placeGlosses say where: a localizer's or a preposition's first gloss.
var placeGlosses = map[string]bool{"in": true, "within": true, "among": true, "inside": true, "at": true, "on": true}

// freeVerbFirst reports whether in's first plain sense is a verb, not a
// bound form (干 gan1 "(bound form) to have to do with") nor a negation.
func freeVerbFirst(in *entryInfo) bool {
	return verbFirst(in) && !in.kinds.negative && !strings.HasPrefix(in.senses[in.firstPlain], "(bound form)")
}

// thingNounAt reports whether token j is a noun by its first plain sense,
// whose first gloss is a noun for WordNet and neither an adverb nor an
// adjective (钱 "coin; money", 书 "book"; not 无法 "unable to", 有点 "a
// little", which gse tags n).
func (a *Analyzer) thingNounAt(sn *sentence, j int) bool {
	in := a.headAt(sn, j)
	if in == nil {
		return false
	}
	if in.firstPlain < 0 || in.kinds.kinds().verb >= 0.5 || !nounish(in.senses[in.firstPlain]) {
		return false
	}
	return partsOfSpeech(firstGloss(in.senses[in.firstPlain]))&(wordnet.Adv|wordnet.Adj|wordnet.Noun) == wordnet.Noun
}

// adverbActs reports whether token j, a character gse tags an adverb
// with an entry of adverbs and one first a verb's (还 hai2, huan2), is
// the verb, a thing after it its object (先还钱) or closing its clause,
// where no adverb stands (借的钱，得还): adverbOrVerbNeed's case asked of a
// word further on.
func (a *Analyzer) adverbActs(sn *sentence, j int) bool {
	t := sn.toks[j].Text
	if utf8.RuneCountInString(t) != 1 {
		return false
	}
	n := hanAt(sn, j, 1)
	if !bareClose(sn, j) && (n < 0 || sn.posOf(a, n) != "n" || !a.thingNounAt(sn, n)) {
		return false
	}
	return a.anyEntry(t, adverbEntry) && a.anyEntry(t, freeVerbFirst)
}

// aspectParticles follow a verb: 了, 过, 着.
var aspectParticles = map[string]bool{"了": true, "过": true, "着": true}

// verbOnlySlot reports whether token k stands where a verb does and an
// adverb does not: before an aspect particle (还了); not after a noun,
// closing its clause (钱我明天还, 借了就得还); before a noun that is not a
// time (还钱, 还书), or a person and then a noun, a quantity or the end of
// the clause (还我钱, 你什么时候还我). An adverb stands before a verb, an
// adjective or another adverb.
func (a *Analyzer) verbOnlySlot(sn *sentence, k int, nb *neighbours) bool {
	j := hanAt(sn, k, 1)
	if j >= 0 && aspectParticles[sn.toks[j].Text] {
		return true
	}
	// After a noun or a place the character may be a localizer's (过程
	// 中, 生活中朋友很重要: zhong1 "in; among"): only an aspect particle
	// tells there.
	pr := hanAt(sn, k, -1)
	if pr >= 0 && !spans[sn.toks[pr].Text] {
		// (A time is no place: 什么时候还 huan2.)
		if p := sn.posOf(a, pr); strings.HasPrefix(p, "n") || p == "s" || p == "f" {
			return false
		}
	}
	if j < 0 {
		return nb.clauseEnd && pr >= 0
	}
	switch t, p := sn.toks[j].Text, sn.posOf(a, j); {
	case p == "y":
		return nb.objectless && pr >= 0
	case personalPronouns[t]:
		n := hanAt(sn, j, 1)
		return n < 0 && closesClause(sn, j) || n >= 0 && (sn.posOf(a, n) == "n" || sn.posOf(a, n) == "m" || numeralWord(sn.toks[n].Text))
	case p == "n" && utf8.RuneCountInString(t) <= 2:
		// (A noun by its senses: gse tags 无法, 有点 n.)
		if pr >= 0 && (sn.toks[pr].Text == "的" || nb.afterNumeral) {
			return false
		}
		if n := hanAt(sn, j, 1); n >= 0 && sn.toks[n].Text == "呢" {
			return false // still being it: 他还孩子呢 hai2
		}
		return !a.predicateAt(sn, j) && a.thingNounAt(sn, j)
	}
	return false
}

// transferNeed is, for a character one of whose entries is first "to
// transfer" (调 diao4 "to transfer; to move (troops or cadres)"), +1 for
// that entry and -1 for the others where a person is moved: the token
// before a complement of direction (调到, 调走, 调去, 调回, 调过来) after 把
// and a person, after 被, or after a person who goes: 公司把他调走了, 他被
// 调到北京工作了, 后来我调到了市场部 are diao4, not tiao2 "to adjust",
// which 把温度调高一点, 把音量调到最大 keep (a thing is adjusted).
func (a *Analyzer) transferNeed(sn *sentence, k int, in *entryInfo) float64 {
	transfers := transfersEntry
	if utf8.RuneCountInString(sn.toks[k].Text) != 1 {
		return 0
	}
	j := hanAt(sn, k, 1)
	if j < 0 || !directionComplement(sn.toks[j].Text) && !goneTo[sn.toks[j].Text] {
		return 0
	}
	if sn.toks[j].Text == "到" {
		// To a place or a unit (调到北京, 调到了市场部), not a setting
		// (调到最大, 调到静音).
		d := hanAt(sn, j, 1)
		if d >= 0 && sn.toks[d].Text == "了" {
			d = hanAt(sn, d, 1)
		}
		if d < 0 {
			return 0
		}
		if t, p := sn.toks[d].Text, sn.posOf(a, d); p != "ns" && p != "nt" && p != "s" && !compoundEndsIn(t, "部处局科厂所组司") &&
			!(hanAt(sn, d, 1) >= 0 && compoundEndsIn(sn.toks[d].Text+sn.toks[hanAt(sn, d, 1)].Text, "部处局科厂所组司")) {
			return 0
		}
	}
	p := hanAt(sn, k, -1)
	for p >= 0 && (auxiliaries[sn.toks[p].Text] || sn.posOf(a, p) == "d" || sn.posOf(a, p) == "t") && sn.toks[p].Text != "被" {
		p = hanAt(sn, p, -1) // (我下个月想调到销售部, 他又被调走了)
	}
	if p < 0 {
		return 0
	}
	moved := false
	switch t := sn.toks[p].Text; {
	case t == "被":
		moved = true
	case personalPronouns[t] || personSubject(t) || strings.HasPrefix(sn.posOf(a, p), "nr"):
		// Who goes (我调到了市场部), or whom 把 brings (把他调走).
		b := hanAt(sn, p, -1)
		moved = b < 0 || sn.toks[b].Text != "的"
	}
	if !moved || !a.anyEntry(sn.toks[k].Text, transfers) {
		return 0
	}
	if transfers(in) {
		return 1
	}
	return -1
}

// phraseFits appends to out, for each of entries (of text, a word of two
// to four characters), what pinyin-pro's phrases say of its reading: at
// each character that the entries read with different full tones (分量:
// 分 fen1 "(vector) component", fen4 "(food) portion size; quantity"; 恶心
// e3 "nausea; disgusting", e4 "bad habit"; 空地 kong1 "air-to-surface",
// kong4 "vacant land"; 卷子 juan3 "steamed roll", juan4 "test paper"), the
// log1p of the phrases that read it so beside its neighbours in the word.
// Otherwise a word's reading rests on how many headwords read each of its
// characters so (分 fen1 is in far more than fen4), which says nothing of
// the word. A character one entry reads in the neutral tone is not asked:
// the phrases give no neutral tones. It returns out unchanged when no
// character is asked.
func (a *Analyzer) phraseFits(text string, entries []*dict.Entry, out []float64) []float64 {
	var rs [4]rune
	n := 0
	for _, r := range text {
		if n == len(rs) {
			return out
		}
		rs[n] = r
		n++
	}
	if n < 2 {
		return out
	}
	// asked[i]: the entries read character i with different full tones.
	var asked [4]bool
	any := false
	for i := range n {
		first, differ, neutral := "", false, false
		for _, e := range entries {
			if e.IsName() {
				continue
			}
			sy, ok := syllableAt(e.Pinyin, i, n)
			if !ok || strings.HasSuffix(sy, "5") {
				neutral = true
				break
			}
			if first == "" {
				first = sy
			} else if !strings.EqualFold(sy, first) {
				differ = true
			}
		}
		asked[i] = differ && !neutral
		any = any || asked[i]
	}
	if !any {
		return out
	}
	for _, e := range entries {
		f := 0.0
		for i := range n {
			if !asked[i] || e.IsName() {
				continue
			}
			sy, _ := syllableAt(e.Pinyin, i, n)
			sy = strings.ToLower(sy)
			if i > 0 {
				f += math.Log1p(a.pairs.get(rs[i-1], rs[i], true, sy))
			}
			if i+1 < n {
				f += math.Log1p(a.pairs.get(rs[i], rs[i+1], false, sy))
			}
		}
		out = append(out, f)
	}
	return out
}

// syllableAt returns the i-th of the n syllables of pinyin, and whether
// pinyin has n of them.
func syllableAt(pinyin string, i, n int) (string, bool) {
	var out string
	k := 0
	for sy := range strings.FieldsSeq(pinyin) {
		if k == i {
			out = sy
		}
		k++
	}
	return out, k == n
}

// negatedWord reports whether token k, 没, stands right before a verb of
// several characters, which it negates: 还没收到快递, 我没想到 (mei2, not
// mo4 of 没收 "to confiscate", the pair the phrases count across the cut).
func (a *Analyzer) negatedWord(sn *sentence, k int) bool {
	if sn.toks[k].Text != "没" {
		return false
	}
	n := hanAt(sn, k, 1)
	return n == k+1 && utf8.RuneCountInString(sn.toks[n].Text) > 1 && strings.HasPrefix(sn.posOf(a, n), "v")
}

// pluckNeed is +1 for 弹's entry tan2 "to pluck (a string); to play (a
// stringed musical instrument)" and -1 for dan4 "bullet; pellet" right
// before a musical instrument, whatever stands before it (半夜弹钢琴).
func (a *Analyzer) pluckNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "弹" {
		return 0
	}
	j := hanAt(sn, k, 1)
	if j != k+1 || !a.instrument(sn.toks[j].Text) {
		return 0
	}
	switch in.e.Pinyin {
	case "tan2":
		return 1
	case "dan4":
		return -1
	}
	return 0
}

// tuneNeed is +1 for 调's entry tiao2 "to adjust; to regulate" and -1 for
// its others (diao4 "to transfer; …; tune; tone; melody") right before a
// musical instrument or its strings (调琴, 调钢琴, 给吉他调弦), or after one
// (instrumentBefore: 这架钢琴很多年没调过了): tuning an
// instrument is adjusting it, whatever "tune" in the English says (the
// noun "tune" is diao4's, which the -1 keeps from deciding). 调人, 调兵,
// 调监控 "to pull up the CCTV" are not asked.
func (a *Analyzer) tuneNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "调" {
		return 0
	}
	j := hanAt(sn, k, 1)
	if j < 0 || !a.instrument(sn.toks[j].Text) && !(j == k+1 && settingResults[sn.toks[j].Text]) {
		if !a.instrumentBefore(sn, k) {
			return 0
		}
	}
	if in.e.Pinyin == "tiao2" {
		return 1
	}
	return -1
}

// instrumentBefore reports whether an instrument or its strings stand
// before token k in its sentence, within a few words: the thing 调 tunes,
// said first (琴十几年没调过, 两百多根弦，调一遍得两个小时 tiao2). (A
// person sent somewhere is transferNeed's, asked before: 钢琴老师被调到北京
// diao4.)
func (a *Analyzer) instrumentBefore(sn *sentence, k int) bool {
	for j, n := k, 0; n < 8; n++ {
		if j--; j < 0 {
			return false
		}
		if t := sn.toks[j].Text; isHan(firstRune(t)) && a.instrument(t) {
			return true
		}
	}
	return false
}

// settingResults are the results of adjusting a setting, right after 调:
// 把音乐调小一点, 调高, 调好了 (tiao2; "music" or "tune" in the English
// may say diao4's "tune; melody"); and 成, what the setting is turned
// into (把手机调成静音, 调成飞行模式: "put your phone in airplane mode" says
// no tiao2 sense).
var settingResults = map[string]bool{"小": true, "大": true, "高": true, "低": true, "快": true, "慢": true, "亮": true, "暗": true, "好": true, "准": true, "短": true, "长": true,
	"成": true}

// instrument reports whether a CC-CEDICT sense of w names a musical
// instrument or its strings (琴 "musical instrument in general", 钢琴
// "piano", 弦 "string of musical instrument"): what 调 tiao2 tunes.
func (a *Analyzer) instrument(w string) bool {
	for _, e := range a.dict.Lookup(w) {
		if e.IsName() {
			continue
		}
		for _, s := range a.info(e).senses {
			for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' }) {
				if instrumentWords[f] {
					return true
				}
			}
		}
	}
	return false
}

// instrumentWords name musical instruments and their strings (instrument).
var instrumentWords = map[string]bool{"instrument": true, "piano": true, "guitar": true, "violin": true, "fiddle": true,
	"zither": true, "lute": true, "guqin": true, "guzheng": true, "erhu": true, "pipa": true, "cello": true, "harp": true}

// transfersEntry reports whether in's first plain sense is "to transfer…" (transferNeed).
func transfersEntry(in *entryInfo) bool {
	return in.firstPlain >= 0 && strings.HasPrefix(in.senses[in.firstPlain], "to transfer")
}

// carryOrLearnNeed is, for a character with an entry first "to carry"
// (背 bei1 "to carry on one's back") and one that learns by heart (bei4
// "… to learn by heart; to recite from memory"), +1 for the one its
// complement calls for and -1 for the other: a complement of motion (背起
// 书包, 把孩子背在背上, 把老人背回了家, and 把书包背上) or of a load moved
// (背得动, 背不动) carries; one of knowing (背熟, 背会) learns; so does the
// noun after 的 that the verb describes (heldAfter: 你背的这个包 carries,
// 你背的单词 learns). The complement of a potential form, after 得 or 不,
// calls as the complement itself does (背不起来, 背得熟).
func (a *Analyzer) carryOrLearnNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	carries := carriesEntry
	learns := learnsEntry
	j := hanAt(sn, k, 1)
	if j < 0 || utf8.RuneCountInString(sn.toks[k].Text) != 1 {
		return 0
	}
	t := sn.toks[j].Text
	if c := hanAt(sn, j, 1); (t == "得" || t == "不") && c >= 0 {
		j, t = c, sn.toks[c].Text
	}
	var want func(*entryInfo) bool
	switch {
	case t == "熟" || t == "会":
		want = learns
	case t == "起" || t == "起来" || t == "回" || t == "在" || t == "到" || t == "走" || t == "进" || t == "动":
		want = carries
	case t == "上":
		// (Not the noun 背上 "on one's back": 你背上有个虫子.)
		if n := hanAt(sn, j, 1); a.baObjectBefore(sn, k, nb) || n >= 0 && a.nounAt(sn, n) {
			want = carries
		}
	case t == "的" && hanAt(sn, k, -1) >= 0:
		// What one carries or learns, named after 的 (你背的这个包, 他背的
		// 单词): the verb of a clause that describes it, after its doer.
		switch heldAfter(sn, j) {
		case heldCarried:
			want = carries
		case heldLearnt:
			want = learns
		}
	}
	if want == nil || !a.anyEntry(sn.toks[k].Text, carries) || !a.anyEntry(sn.toks[k].Text, learns) {
		return 0
	}
	if want(in) {
		return 1
	}
	return -1
}

// What heldAfter finds: a thing one carries (a bag, luggage, a child) or
// one learns by heart (words, a text, a poem), or neither.
const (
	heldNeither = iota
	heldCarried
	heldLearnt
)

// heldAfter says what the noun after 的 at token j, past a demonstrative
// or a count and its measure word (这个, 那一个), is: 包 and the words
// ending in it, 行李, 孩子 and 箱子 are carried; 单词, 课文, 诗 and the words
// ending in 词 or 文 are learnt.
func heldAfter(sn *sentence, j int) int {
	n := hanAt(sn, j, 1)
	for steps := 0; n >= 0 && steps < 2; steps++ {
		if t := sn.toks[n].Text; !determiner(t) && !countWords[t] {
			break
		}
		n = hanAt(sn, n, 1)
	}
	if n < 0 {
		return heldNeither
	}
	switch t := sn.toks[n].Text; {
	case strings.HasSuffix(t, "包") || t == "行李" || t == "孩子" || t == "箱子":
		return heldCarried
	case t == "诗" || strings.HasSuffix(t, "词") || strings.HasSuffix(t, "文"):
		return heldLearnt
	}
	return heldNeither
}

// countWords are a count and its measure word, or the measure word alone,
// that may stand between 的 and its noun (你背的这个包, 背的那一个包).
var countWords = map[string]bool{"个": true, "一个": true, "这个": true, "那个": true, "一": true, "两个": true, "些": true, "这些": true, "那些": true}

// learnsEntry reports whether in has a plain sense "to learn by heart…" (carryOrLearnNeed).
func learnsEntry(in *entryInfo) bool {
	for i, s := range in.senses {
		if in.plain(i, s) && strings.HasPrefix(s, "to learn by heart") {
			return true
		}
	}
	return false
}

// carriesEntry reports whether in's first plain sense is "to carry…" (carryOrLearnNeed).
func carriesEntry(in *entryInfo) bool {
	return in.firstPlain >= 0 && strings.HasPrefix(in.senses[in.firstPlain], "to carry")
}

// tieNeed is, for a character with an entry first "to tie" (繫 ji4 "to
// tie; to fasten; to button up") and one first "to connect" (係 xi4 "to
// connect; to relate to; …", the reading of 关系 and 联系, whose many words
// the priors count), +1 for the first and -1 for the others where the
// token is a verb acting on a thing: before a complement of fastening (系
// 上, 系好, 系紧, 系住) or 着, or before its object after a modal, an
// adverb or its subject: 请系好安全带, 你把围巾系上吧, 我不会系领带 are ji4.
// 我是中文系的 (a department, no verb) is left alone.
func (a *Analyzer) tieNeed(sn *sentence, k int, in *entryInfo) float64 {
	ties := tiesEntry
	connects := connectsEntry
	j := hanAt(sn, k, 1)
	if j < 0 || utf8.RuneCountInString(sn.toks[k].Text) != 1 {
		return 0
	}
	acts := false
	switch t := sn.toks[j].Text; t {
	case "上", "好", "紧", "住", "着", "一下":
		acts = true
	default:
		if a.nounAt(sn, j) {
			p := hanAt(sn, k, -1)
			acts = p < 0 || auxiliaries[sn.toks[p].Text] || personalPronouns[sn.toks[p].Text] || sn.posOf(a, p) == "d"
		}
		// (Or a thing one ties, whatever stands before: 孩子弯腰系鞋带.)
		acts = acts || j == k+1 && a.glossNames(t, tiedThings)
	}
	if !acts || !a.anyEntry(sn.toks[k].Text, ties) || !a.anyEntry(sn.toks[k].Text, connects) {
		return 0
	}
	if ties(in) {
		return 1
	}
	return -1
}

// tiedThings name what is tied (tieNeed: 系鞋带, 系领带, 系安全带, 系围巾).
var tiedThings = map[string]bool{"shoelace": true, "shoelaces": true, "lace": true, "necktie": true, "tie": true, "belt": true,
	"scarf": true, "rope": true, "cord": true, "ribbon": true, "knot": true, "apron": true, "bow": true}

// glossNames reports whether a word of a CC-CEDICT sense of w (not a
// name's) is in words.
func (a *Analyzer) glossNames(w string, words map[string]bool) bool {
	for _, e := range a.dict.Lookup(w) {
		if e.IsName() {
			continue
		}
		for _, s := range a.info(e).senses {
			for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' || r == '/' }) {
				if words[f] {
					return true
				}
			}
		}
	}
	return false
}

// connectsEntry reports whether in's first plain sense is "to connect…" (tieNeed).
func connectsEntry(in *entryInfo) bool {
	return in.firstPlain >= 0 && strings.HasPrefix(in.senses[in.firstPlain], "to connect")
}

// tiesEntry reports whether in's first plain sense is "to tie…" (tieNeed).
func tiesEntry(in *entryInfo) bool {
	return in.firstPlain >= 0 && strings.HasPrefix(in.senses[in.firstPlain], "to tie")
}

// weighNeed is, for a character with an entry first "to weigh" (稱 cheng1
// "to weigh; to state; to name") and another that is not (稱 chen4 "to fit;
// to match; to suit", a bound form in 称心 and 相称 whose senses, all of
// them verbs', the verb slot favours), +1 for the first and -1 for the
// others where the token, alone, is a verb acting on a thing: before 一下,
// a doubling, a count, a complement (好, 完, 过) or 了 and more of its
// clause, or before its object after a modal, an adverb, a pronoun or
// nothing: 你帮我称一下这些苹果, 称称体重, 称了三斤, 先称体重 are cheng1.
// After a degree adverb or 不 it is a state (不称身 chen4 "not to fit").
func (a *Analyzer) weighNeed(sn *sentence, k int, in *entryInfo) float64 {
	weighs := weighsEntry
	text := sn.toks[k].Text
	j := hanAt(sn, k, 1)
	if j < 0 || utf8.RuneCountInString(text) != 1 {
		return 0
	}
	acts := false
	switch t := sn.toks[j].Text; {
	case t == "一下" || t == text || t == "好" || t == "完" || t == "过" || isNumeral(firstRune(t)):
		acts = true
	case t == "了":
		acts = hanAt(sn, j, 1) >= 0
	case a.nounAt(sn, j):
		p := hanAt(sn, k, -1)
		acts = p < 0 || auxiliaries[sn.toks[p].Text] || personalPronouns[sn.toks[p].Text] || sn.posOf(a, p) == "d" && !degreeAdverbs[sn.toks[p].Text] && sn.toks[p].Text != "不"
	}
	if !acts || !a.anyEntry(text, weighs) {
		return 0
	}
	if weighs(in) {
		return 1
	}
	return -1
}

// weighsEntry reports whether in's first plain sense is "to weigh" (weighNeed).
func weighsEntry(in *entryInfo) bool {
	// (Not 约 yao1 "to weigh in a balance or on a scale": 约三成
	// "about 30%" is yue1.)
	return in.firstPlain >= 0 && in.senses[in.firstPlain] == "to weigh"
}

// caredFor holds what one looks after (看 kan1 "to look after; to take
// care of; to guard"): a child or grandchild (grandparents mind them),
// the home, its door, a shop, luggage.
var caredFor = map[string]bool{"孩子": true, "小孩": true, "小孩子": true, "小孩儿": true, "孩子们": true, "宝宝": true, "家": true, "门": true, "店": true, "行李": true,
	"孙子": true, "孙女": true, "外孙": true, "外孙女": true, "小孙子": true, "小孙女": true}

// lookAfterNeed is, for a character with an entry first "to look after"
// (看 kan1) beside one that is not (看 kan4 "to see; to look at; …"), +1 for
// the first and -1 for the others where the token, alone, takes what one
// looks after (caredFor) and the clause ends there or with a particle: 我
// 在家看孩子, 今天我看店, 谁帮我们看孩子呢 are kan1. Not what is looked at of it (看孩子的作业), nor a visit (去看孩子,
// 来看孩子), nor more of a clause (看孩子写作业) that may be a watching.
// Also where it is done for someone for a while (mindedForSomeone: 帮我看
// 一会儿).
func (a *Analyzer) lookAfterNeed(sn *sentence, k int, in *entryInfo) float64 {
	text := sn.toks[k].Text
	if utf8.RuneCountInString(text) != 1 || !a.caredForAfter(sn, k) && !mindedForSomeone(sn, k) {
		return 0
	}
	looks := looksAfterEntry
	if !a.anyEntry(text, looks) {
		return 0
	}
	if looks(in) {
		return 1
	}
	return -1
}

// caredForAfter reports whether token k takes what one looks after
// (caredFor), maybe after a span of time, and the clause ends there or
// with a particle; not after 去 or 来, a visit (lookAfterNeed).
func (a *Analyzer) caredForAfter(sn *sentence, k int) bool {
	j := hanAt(sn, k, 1)
	if j >= 0 && !caredFor[sn.toks[j].Text] {
		j = spanOfTime(sn, j)
	}
	if j < 0 || !caredFor[sn.toks[j].Text] {
		return false
	}
	if n := hanAt(sn, j, 1); n >= 0 && !finalParticles[sn.toks[n].Text] {
		return false
	}
	p := hanAt(sn, k, -1)
	return p < 0 || sn.toks[p].Text != "去" && sn.toks[p].Text != "来" && sn.toks[p].Text != "回来"
}

// mindedForSomeone reports whether token k is done for someone, after 帮,
// 帮忙 or 替 (and the person: 帮我), for a while (一会儿, 半天) that closes
// the clause, with no object: 锅你先帮忙看一会儿 "keep an eye on the pot for
// a while", 你帮我看一会儿，我马上回来 are kan1 "to look after", what one
// does for another while they are away; a look for someone is brief (帮我看
// 一下, which stays kan4), and a reading has its object (帮我看一会儿这份报告).
func mindedForSomeone(sn *sentence, k int) bool {
	p := hanAt(sn, k, -1)
	if p >= 0 && personalPronouns[sn.toks[p].Text] {
		p = hanAt(sn, p, -1)
	}
	if p < 0 || sn.toks[p].Text != "帮" && sn.toks[p].Text != "帮忙" && sn.toks[p].Text != "替" {
		return false
	}
	j := hanAt(sn, k, 1)
	if j >= 0 && sn.toks[j].Text == "了" {
		j = hanAt(sn, j, 1)
	}
	return j >= 0 && (sn.toks[j].Text == "一会儿" || sn.toks[j].Text == "一会" || sn.toks[j].Text == "半天") && closesClause(sn, j)
}

// spanOfTime returns the token after a span of time that starts at token
// j, after 了 or not: 半天, 一会儿, 一下午, 三年, 两个小时, 一整天 (看半天孩子,
// 帮我们看了三年孩子: how long one looks after someone); -1 where none
// starts there. (Not 一下 "a moment": 看一下孩子 may be a look.)
func spanOfTime(sn *sentence, j int) int {
	if sn.toks[j].Text == "了" {
		if j = hanAt(sn, j, 1); j < 0 {
			return -1
		}
	}
	switch sn.toks[j].Text {
	case "半天", "一会儿", "一会", "一下午", "一上午", "一晚上", "一整天", "一天", "一夜", "一宿", "几天", "一阵子", "一段时间":
		return hanAt(sn, j, 1)
	}
	t := sn.toks[j].Text
	if !numeralWord(t) {
		// 三年, 两天, 几个小时 cut as one word
		if isNumeral(firstRune(t)) && spanUnits[strings.TrimLeft(t, "一二两三四五六七八九十几半")] {
			return hanAt(sn, j, 1)
		}
		return -1
	}
	u := hanAt(sn, j, 1)
	if u >= 0 && sn.toks[u].Text == "个" {
		u = hanAt(sn, u, 1)
	}
	if u < 0 || !spanUnits[sn.toks[u].Text] {
		return -1
	}
	return hanAt(sn, u, 1)
}

// spanUnits measure a span of time (spanOfTime).
var spanUnits = map[string]bool{"天": true, "年": true, "小时": true, "个小时": true, "钟头": true, "个钟头": true, "月": true, "个月": true,
	"星期": true, "个星期": true, "周": true, "晚上": true, "下午": true, "上午": true, "礼拜": true, "个礼拜": true}

// looksAfterEntry reports whether in's first plain sense is "to look after…" (lookAfterNeed).
func looksAfterEntry(in *entryInfo) bool {
	return in.firstPlain >= 0 && strings.HasPrefix(in.senses[in.firstPlain], "to look after")
}

// chooseNeed is, for a character of which one entry chooses ("to
// choose", 挑 tiao1 "to carry on a shoulder pole; to choose; to pick; to
// nitpick") and another does not (tiao3 "to raise; to dig up; to poke; …;
// to incite", the reading of 挑战 and 挑衅, whose words the priors count),
// +1 for the first and -1 for the others where what is chosen is counted
// or the choosing done (choosingSlot): 你挑一个吧, 她去市场挑了几个西瓜, 别
// 挑了, 你慢慢挑吧, 他吃饭太挑了 are tiao1.
func (a *Analyzer) chooseNeed(sn *sentence, k int, in *entryInfo) float64 {
	chooses := choosesEntry
	if utf8.RuneCountInString(sn.toks[k].Text) != 1 || !a.choosingSlot(sn, k) {
		return 0
	}
	if !a.chooseTwins(sn.toks[k].Text) {
		return 0
	}
	if chooses(in) {
		return 1
	}
	return -1
}

// chooseTwins reports whether text has, among its entries not a name's,
// one that chooses (choosesEntry) and one verb that does not (chooseNeed).
func (a *Analyzer) chooseTwins(text string) bool {
	n := 0
	for _, e := range a.dict.Lookup(text) {
		if !e.IsName() && a.info(e).meaning != nil {
			if choosesEntry(a.info(e)) {
				n++
			} else if verbFirst(a.info(e)) {
				n += 10
			}
		}
	}
	return n == 11 // (one entry that chooses, one verb that does not)
}

// choosesEntry reports whether in has a plain sense "to choose" (chooseNeed).
func choosesEntry(in *entryInfo) bool {
	for i, s := range in.senses {
		if in.plain(i, s) && s == "to choose" {
			return true
		}
	}
	return false
}

// choosingSlot reports whether token k, a verb that may choose, is
// followed by a quantity of what is chosen (挑一个, 挑几个), by what is
// chosen, a noun or a pronoun (挑西瓜, 专挑那个时候去, 挑别人的毛病: the
// other verb, tiao3 "to raise; to poke", takes its objects in words of
// its own, 挑战, 挑起, 挑灯), an aspect particle or a complement of having
// chosen (挑了, 挑好, 挑中, 挑到, 挑完, 挑一下), or closes its clause after
// a degree adverb, a negation or an adverb of manner (太挑了, 别挑了, 慢慢挑
// 吧).
func (a *Analyzer) choosingSlot(sn *sentence, k int) bool {
	j := hanAt(sn, k, 1)
	if j >= 0 {
		switch t, p := sn.toks[j].Text, sn.posOf(a, j); {
		case t == "了" || t == "好" || t == "中" || t == "到" || t == "完" || t == "一下":
			return true
		case p == "m" || p == "mq" || p == "q" || numeralWord(t):
			return true
		case strings.HasPrefix(p, "n") || strings.HasPrefix(p, "r"): // (what is chosen)
			return true
		}
	}
	if j >= 0 && !(sn.toks[j].Text == "了" || sn.posOf(a, j) == "y") {
		return false
	}
	p := hanAt(sn, k, -1)
	return p >= 0 && (degreeAdverbs[sn.toks[p].Text] || sn.toks[p].Text == "别" || sn.toks[p].Text == "不" || sn.posOf(a, p) == "d" || strings.HasSuffix(sn.toks[p].Text, "慢"))
}

// goneTo are verbs of going after a verb: 调走, 调去, 调回, 调到.
var goneTo = map[string]bool{"走": true, "去": true, "来": true, "回": true, "到": true}

// linkingVerbs link what stands before them to what follows rather than
// act: 重在参与, 重达一吨, 重于泰山.
var linkingVerbs = map[string]bool{"是": true, "在": true, "有": true, "达": true, "于": true, "为": true, "如": true, "过": true}

// verbAt reports whether token j is a verb: gse tags it one, or its
// character is mostly a verb in CC-CEDICT (verbChar).
func (a *Analyzer) verbAt(sn *sentence, j int) bool {
	p := sn.posOf(a, j)
	if strings.HasPrefix(p, "v") {
		return true
	}
	if strings.HasPrefix(p, "u") || p == "d" || p == "p" || p == "c" || p == "y" || p == "m" || p == "q" || strings.HasPrefix(p, "r") {
		return false
	}
	return a.verbChar(sn.toks[j].Text)
}

// heldStateNeed is, for a single character before 着 and a part of the
// body (heldParts), +1 for an entry whose first plain sense is an
// adjective's and -1 for one whose first is a verb's: the state the body
// is kept in, "with an empty stomach": 别空着肚子喝酒, 他空着手来了 are kong1
// "empty", not kong4 "to empty" (还空着两个位子 is left to the slots).
func heldStateNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if nb.next != "着" || nb.sn == nil || in.firstPlain < 0 || utf8.RuneCountInString(sn.toks[k].Text) != 1 {
		return 0
	}
	j := hanAt(sn, k, 1)
	if j < 0 {
		return 0
	}
	if j = hanAt(sn, j, 1); j < 0 || !heldParts[sn.toks[j].Text] {
		return 0
	}
	s := in.senses[in.firstPlain]
	switch {
	case isVerbSense(s):
		return -1
	case partsOfSpeech(firstGloss(s))&wordnet.Adj != 0:
		return 1
	}
	return 0
}

// heldParts are the parts of the body (and the pockets) that a state
// holds while one does something: 空着肚子, 光着脚, 红着脸.
var heldParts = map[string]bool{"肚子": true, "手": true, "双手": true, "两手": true, "脚": true, "嘴": true,
	"脸": true, "身子": true, "胃": true, "头": true, "口袋": true, "嗓子": true}

// closesAsked reports whether token j closes its clause, a final particle
// after it or not: 你当我傻啊.
func closesAsked(sn *sentence, j int) bool {
	n := hanAt(sn, j, 1)
	return n < 0 || finalParticles[sn.toks[n].Text] && hanAt(sn, n, 1) < 0
}

// regardNeed is, for a character one of whose entries has the sense "to
// regard as" (当 dang4), +1 for that entry and -1 for the others where
// what the token takes for what follows 是 (当是, 当我是傻子, 我一直当你是
// 朋友) or, after 就, what did not happen, a person before it or not (就当我
// 没说, 你就当没听见), or a person and a quality closing the clause (你当我傻
// 啊), or after an adverb of how one takes it (takenByAdverbs) a person and
// a clause (你真当我不知道): 你当我是傻子吗 is dang4, not dang1 "to be; to act as".
func (a *Analyzer) regardNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	regards := regardsEntry
	if int(in.runes) != 1 || nb.next == "" || hanAt(sn, k, -1) < 0 {
		return 0 // (opening its clause, 当 is "when": 当我是学生的时候)
	}
	for j := hanAt(sn, k, 1); j >= 0; j = hanAt(sn, j, 1) {
		if t := sn.toks[j].Text; t == "时候" || t == "时" {
			return 0 // (当…的时候 "when", after a subject too)
		}
	}
	taken := nb.next == "是" || nb.prev == "就" && (nb.next == "没" || nb.next == "没有" || nb.next == "不")
	if !taken && (nb.in(nextPersonal) || nb.next == "他们" || nb.next == "我们") {
		if j := hanAt(sn, hanAt(sn, k, 1), 1); j >= 0 {
			t := sn.toks[j].Text
			taken = t == "是" || nb.prev == "就" && (t == "没" || t == "没有" || t == "不") ||
				sn.posOf(a, j) == "a" && utf8.RuneCountInString(t) == 1 && closesAsked(sn, j) ||
				takenByAdverbs[nb.prev] && t != "的" && !inPresenceOf(sn, j)
		}
	}
	if !taken || !a.anyEntry(sn.toks[k].Text, regards) {
		return 0
	}
	if regards(in) {
		return 1
	}
	return -1
}

// takenByAdverbs say how one takes a person, before 当 and the person and
// what one takes them for, a clause of its own (regardNeed): 你真当我不知道,
// 别当我还是小孩子, 他还当我在开玩笑 are dang4 "to regard as", not dang1
// (他还当我们的老师, the person's role after 的, is dang1).
var takenByAdverbs = map[string]bool{"真": true, "别": true, "还": true, "可别": true, "千万别": true, "总": true, "老": true}

// inPresenceOf reports whether 面 or 面前 comes at token j or after it in
// its clause: 别当他的面说 is dang1 "in the presence of".
func inPresenceOf(sn *sentence, j int) bool {
	for ; j >= 0; j = hanAt(sn, j, 1) {
		if t := sn.toks[j].Text; t == "面" || t == "面前" || t == "的面" {
			return true
		}
	}
	return false
}

// regardsEntry reports whether in has a plain sense "to regard as" (regardNeed).
func regardsEntry(in *entryInfo) bool {
	for i, s := range in.senses {
		if in.plain(i, s) && strings.HasPrefix(s, "to regard as") {
			return true
		}
	}
	return false
}

// towardNeed is +1 for the entry of prepositions (verb senses none, a
// preposition's among them: 衝 chong4 "towards") and -1 for the others
// of a character that has one, where 着, a person and a verb follow the
// token (towardPerson): 她冲着我大喊 chong4, not chong1 "(of water) to dash
// against", which the 着 after it, a verb's particle, favoured.
func (a *Analyzer) towardNeed(sn *sentence, k int, in *entryInfo) float64 {
	prep := towardEntry
	if !a.towardPerson(sn, k) || !a.anyEntry(sn.toks[k].Text, prep) {
		return 0
	}
	if prep(in) {
		return 1
	}
	return -1
}

// towardEntry reports whether in has no verb's sense and a preposition's (towardNeed).
func towardEntry(in *entryInfo) bool {
	return in.kinds.kinds().verb == 0 && hasPreposition(in)
}

// towardPerson reports whether 着 follows token k, then a person (a
// personal pronoun or 谁) and a verb: 她冲着我大喊 "she shouted at me",
// 你冲着谁发火 are the preposition chong4 "towards" with the 着 that
// spoken Chinese adds to it; so is 是冲着 before anything.
func (a *Analyzer) towardPerson(sn *sentence, k int) bool {
	j := hanAt(sn, k, 1)
	if j < 0 || sn.toks[j].Text != "着" {
		return false
	}
	if p := hanAt(sn, k, -1); p >= 0 && strings.HasSuffix(sn.toks[p].Text, "是") && hanAt(sn, j, 1) >= 0 {
		// 是冲着 … 来的 "came for …": after 是, what is aimed at is
		// the reason, whatever it is (很多人是冲着这家店的名气来的).
		return true
	}
	if j = hanAt(sn, j, 1); j < 0 || !personalPronouns[sn.toks[j].Text] && sn.toks[j].Text != "谁" {
		return false
	}
	v := hanAt(sn, j, 1)
	return v >= 0 && a.predicateAt(sn, v)
}

// spans are nouns of a stretch of time, the subject of a state (时间长了).
var spans = map[string]bool{"时间": true, "日子": true, "时候": true, "时期": true, "假期": true, "周期": true}

// muchAfter reports whether the tokens from j on are 很多 (as one word
// or two) or 不少 closing the clause: how much a predicate before them
// differs.
func muchAfter(sn *sentence, j int) bool {
	switch sn.toks[j].Text {
	case "很多", "不少":
		return closesClause(sn, j)
	case "很":
		m := hanAt(sn, j, 1)
		return m >= 0 && sn.toks[m].Text == "多" && closesClause(sn, m)
	}
	return false
}

// degreeDemonstratives say "so" of the adjective after them: 这么大, 那么高.
var degreeDemonstratives = map[string]bool{"这么": true, "那么": true, "这样": true, "那样": true}

// resultMarkers follow a verb and its resultative complement: 长高了,
// 调小一点, 调高一些.
var resultMarkers = map[string]bool{"了": true, "一点": true, "一点儿": true, "一些": true, "点": true, "些": true}

// slotOf returns the part of speech that the words around token k, a
// single character of several entries, call for:
//
//   - a verb before a word that CC-CEDICT says comes after a verb (一下
//     "(used after a verb) give it a go": 量一下 liang2);
//   - a verb before a one-character adjective that is its result, then
//     了 or 一点 (长高了 zhang3 "to grow", 调小一点 tiao2 "to adjust");
//   - a verb before its aspect particle and an object, or a quantity of
//     one (种了一棵树 zhong4, 干了什么 gan4; not 重了两斤, a change);
//   - a verb between its subject (a pronoun, a time, an adverb or a
//     modal) and a noun object: an entry that has a verb sense (我们种西瓜
//     zhong4 "to plant", not zhong3 "seed; kind");
//   - a noun after a quantity that ends the clause (请一天假, 放了三天假
//     jia4 "vacation", not jia3 "fake");
//   - a modal before an adverb and a verb (你得多喝水 dei3);
//   - a preposition before its object and a verb (我为这件事忙了 wei4);
//   - a predicate, verb or adjective, after 比 and what is compared (他考
//     得比我差 cha4 "inferior");
//   - an adjective before 了一点 ending the clause, "a bit too …" (差了一
//     点 cha4).
//
// Function words (还 hai2 / huan2, 为, 得, 好 "so") are left to their own
// rules: a token gse tags as one, or one with an entry mostly made of
// them, has no slot here.
func (a *Analyzer) slotOf(sn *sentence, k int, entries []*dict.Entry, nb *neighbours) slot {
	if a.modalSlot(sn, k, entries) {
		return slotModal
	}
	next := hanAt(sn, k, 1)
	if next >= 0 && (sn.toks[next].Text == "了" || sn.toks[next].Text == "过") && next == k+1 {
		// (Its aspect particle between: 我量了一下 liang2, 数过一下.)
		if n := hanAt(sn, next, 1); n >= 0 && sn.toks[n].Text == "一下" {
			next = n
		}
	}
	if next >= 0 && a.needsVerbBefore(sn, next) && !degreeAdverbs[sn.toks[k].Text] {
		// Before 一下 the token is a verb, whatever follows (数一下人数再
		// 出发 shu3, not a preposition before its object).
		if p := sn.posOf(a, k); !(p == "d" || p == "p" || p == "c" || p == "y" || strings.HasPrefix(p, "r") || strings.HasPrefix(p, "u")) {
			return slotVerb
		}
	}
	if (nb.objectThenVerb || a.objectThenVerbFirst(sn, k, nb)) && (!sn.rare(a, k) || a.inManyWords(sn.toks[k].Text, entries)) {
		// A preposition before its object and the verb (为这件事忙, 为我们
		// 提供): the entry of prepositions (wei4 "because of; for; to"),
		// not one of verbs that may take a function word's gloss (wei2
		// "as; to act as; to be"). Only for a common character: a rare
		// one there is more likely part of a name (沮渠牧犍).
		for _, e := range entries {
			if k := a.info(e).kinds.kinds(); k.function >= 0.5 && k.verb < 0.5 {
				return slotPrep
			}
		}
	}
	if nb.objectThenVerb && nb.in(nextPersonal) && a.verbOrPreposition(entries) {
		// Before a person and the verb, the entry of prepositions, though
		// few of its senses are (冲我笑 chong4 "towards", not chong1 "to
		// dash against"): a verb there would act on the person.
		return slotToward
	}
	switch p := sn.posOf(a, k); {
	case p == "d" || p == "p" || p == "c" || p == "y" || strings.HasPrefix(p, "r") || strings.HasPrefix(p, "u"):
		return slotNone
	}
	if degreeAdverbs[sn.toks[k].Text] {
		return slotNone
	}
	sl := a.slotAround(sn, k, entries, nb)
	if sl == slotNone {
		return slotNone
	}
	if sl == slotObject && nb.next == "了" && (strings.HasPrefix(nb.prevPos, "r") || strings.HasPrefix(nb.prevPos, "n")) {
		// After its subject and before 了 and an object a function
		// word's character is the verb (他中了彩票 zhong4 "to win", not
		// zhong1 "within; among; in").
		return sl
	}
	for _, e := range entries {
		in := a.info(e)
		if kd := in.kinds.kinds(); kd.function >= 0.5 || kd.particle >= 0.5 || kd.modal {
			return slotNone
		}
		for _, s := range in.senses {
			if strings.HasPrefix(s, "(before an adjective") {
				return slotNone // 好 hao3 "so" in 好大
			}
		}
	}
	return sl
}

// prepositionNeed is, for a single character with an entry of
// prepositions (为 wei4 "because of; for; to") and one of verbs (wei2 "as;
// to act as; to become"), +1 for the preposition's and -1 for the others
// where the character stands before its object and a verb
// (objectThenVerbFirst) and no 以 before it in the clause calls for 以…为…
// "to take … as …": 我们为明天做准备, 为健康干杯 are wei4, which the slot
// alone (wSlot) did not make against the priors of the pair 为明 (以他为榜样
// is left alone).
func (a *Analyzer) prepositionNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	return singleSlotNeed(in, nb, factObjectThenVerb, func() bool { return a.prepositionOrVerb(sn, k, nb) }, prepositionEntry)
}

// prepositionEntry reports whether in is mostly a function word and has a
// preposition's sense.
func prepositionEntry(in *entryInfo) bool {
	kd := in.kinds.kinds()
	return kd.function >= 0.5 && kd.verb < 0.5 && hasPreposition(in)
}

// mostlyVerbEntry reports whether in is mostly a verb's entry
// (prepositionOrVerb).
func mostlyVerbEntry(in *entryInfo) bool { return in.kinds.kinds().verb >= 0.5 }

// prepositionOrVerb is prepositionNeed's question of the token, whatever
// the entry: it stands before an object and a verb (objectThenVerbFirst),
// with no 以 before it, and has both a preposition's entry and a verb's.
func (a *Analyzer) prepositionOrVerb(sn *sentence, k int, nb *neighbours) bool {
	// (The entries first, remembered per headword: few characters have
	// both.)
	if !a.wordAny(sn, k, wordPreposition, prepositionEntry) || !a.wordAny(sn, k, wordVerbs, mostlyVerbEntry) || !a.objectThenVerbFirst(sn, k, nb) {
		return false
	}
	for j := hanAt(sn, k, -1); j >= 0; j = hanAt(sn, j, -1) {
		if sn.toks[j].Text == "以" {
			return false
		}
	}
	return true
}

// objectThenVerbFirst reports whether token k stands before its object
// (a noun, a pronoun, or a word gse tags a time, with its modifiers and
// 的) and a verb, which neighbours.objectThenVerb misses where gse tags
// the object a time or the verb a noun: for a word whose first sense is
// a verb (为下一代负责 "responsible for the next generation", 为明天做准备,
// 为我们的友谊干杯 "to drink a toast", tagged n). Not after a verb other
// than a modal, whose complement the token is (任命为经理负责销售 "as").
func (a *Analyzer) objectThenVerbFirst(sn *sentence, k int, nb *neighbours) bool {
	if t := sn.toks[k].Text; demonstratives[t] || numeralWord(t) {
		return false // (那本杂志: a demonstrative before what it points at, as objectThenVerb has it)
	}
	if p := nb.nextPos; !strings.HasPrefix(p, "n") && !strings.HasPrefix(p, "r") && p != "t" && p != "a" && p != "vn" {
		return false // (an adjective or a verbal noun too, which names the thing: 为健康干杯, 为胜利干杯)
	}
	if (strings.HasPrefix(nb.prevPos, "v") || nb.prevPos == "zg" && a.verbChar(nb.prev)) && !nb.in(prevModal) && !nb.in(prevAuxiliary) {
		return false // (gse tags 选 of 被选为 zg)
	}
	j := hanAt(sn, k, 1)
	for n := 0; n < 4 && j >= 0; n++ {
		if j = hanAt(sn, j, 1); j < 0 {
			return false
		}
		t := sn.toks[j].Text
		if t == "的" {
			continue
		}
		if a.predicateAt(sn, j) || a.anyEntry(t, verbFirst) && closesClause(sn, j) {
			return true // (a verb gse tags a noun only closing the clause: 售票大厅 is no verb)
		}
		if q := sn.posOf(a, j); !strings.HasPrefix(q, "n") && !strings.HasPrefix(q, "r") && q != "a" && q != "t" {
			return false
		}
	}
	return false
}

// slotAround is the slot of slotOf as the words around token k make it,
// before slotOf checks the token's entries.
func (a *Analyzer) slotAround(sn *sentence, k int, entries []*dict.Entry, nb *neighbours) slot {
	if a.afterCompared(sn, k) {
		return slotPredicate // 比我差 cha4 "inferior", not cha1 "difference"
	}
	if pr := hanAt(sn, k, -1); (pr < 0 || (personalPronouns[sn.toks[pr].Text] || personSubject(sn.toks[pr].Text)) && nb.next != "这么" && nb.next != "那么") && a.pointedObjectNext(sn, k) {
		// Opening its clause before what a demonstrative points at
		// (maybe after a pronoun), or after its subject, a person: a
		// verb and its object (干这行的, 干我们这一行的, 他干这行很久了
		// gan4 "to do", not gan1 "dry"; not 这么 or 那么, a degree:
		// 他重这么多 zhong4).
		return slotObject
	}
	if a.saidOfPointed(sn, k) {
		// What a demonstrative standing for a thing is said to be,
		// closing the clause: the predicate (这行吗, 那行吧, 这行不行 xing2
		// "all right; OK", not hang2 "row; line of business").
		return slotPredicate
	}
	if countedAfterDemonstrative(sn, k) {
		// A demonstrative and a numeral count the token: a noun or a
		// measure word (干这一行 hang2 "line of business", not xing2
		// "capable").
		return slotNoun
	}
	if nb.prev == "谁" && (nb.next == "的" || nb.objectless) {
		// 谁 "who", then the token closing the clause or before its 的:
		// what someone did (这件事是谁干的, 谁干？ gan4 "to do", not gan1
		// "dry").
		return slotVerb
	}
	if nb.prev == "又" && pairedState(sn, k) {
		// Each of a pair of qualities, 又 X 又 Y, is a state of its
		// subject: 他的头发又长又黑 chang2 "long", not zhang3 "to grow";
		// 皮肤又干又痒 gan1 "dry" (where no entry's first sense is an
		// adjective's alone, as slotState asks, one that is a state's).
		if !a.anyAdjectiveFirst(entries) {
			return slotBareState
		}
		return slotState
	}
	if sn.toks[k].Text == "干" && (nb.prev == "没" || nb.prev == "没有") && bareClose(sn, k) && a.thingSubject(sn, hanAt(sn, k, -1)) {
		// A thing, then 没 and 干 closing the clause: not yet dry (衣服还没
		// 干呢, 地上的水还没干 gan1, not gan4 "to do"; 他还没干 is left to
		// the others).
		return slotBareState
	}
	if personFirst(sn, k) && whenOrIf(sn, k) {
		// A person, then the token before 的时候 or 的话: the state the
		// person is in when or if (他累的时候就睡觉, 累的话就休息 lei4
		// "tired", not lei3 "to accumulate").
		return slotState
	}
	if spans[nb.prev] && hanAt(sn, k, -1) == k-1 {
		// A stretch of time is said to be long or short, never to
		// grow: 时间长了你就习惯了 is chang2 "long", not zhang3 "to
		// grow" (which 了 and the clause after it favoured).
		return slotState
	}
	if nb.in(prevDegree) && (noObjectAfter(nb) || quantityNext(sn, k)) {
		// A degree adverb and the token, all the clause says of its
		// subject: a state (我今天很累 lei4 "tired", not lei3 "to
		// accumulate"; 说话很冲 chong4 "brash", not chong1 "to dash").
		// Before a quantity the two describe it (很长一段时间, 很大一部
		// 分): chang2 "long", not zhang3 "to grow" with an object.
		if bareClose(sn, k) && !a.anyAdjectiveFirst(entries) {
			return slotBareState // (空气太干了 gan1 "dry")
		}
		return slotState
	}
	if bareClose(sn, k) && willingBefore[nb.prev] && a.anyEntry(sn.toks[k].Text, hasVerbSense) {
		// Closing its clause after a modal of will, which takes an action:
		// 没人愿意干, 他不肯干, 你敢干吗 gan4 "to do", not gan1 "dry" (会
		// and 要 may take a state: 衣服明天会干).
		return slotVerb
	}
	if bareClose(sn, k) && doneWith(sn, k) {
		// Closing its clause after who does it with whom, or after a verb
		// of coming or going: an action (我们一起干, 自己出来干, 我来干 gan4
		// "to do", not gan1 "dry").
		return slotVerb
	}
	next := hanAt(sn, k, 1)
	if next < 0 {
		// At the end of the clause, after a quantity: a noun.
		if !nb.clauseEnd {
			return slotNone
		}
		return a.quantityBefore(sn, k, nb)
	}
	nt := sn.toks[next].Text
	if a.stateSlot(sn, k, next) {
		if bareClose(sn, k) && a.thingSubject(sn, k) && !a.anyAdjectiveFirst(entries) {
			return slotBareState // (衣服已经干了 gan1 "dry", 他干了 left to the others)
		}
		return slotState
	}
	if nt == "了" && littleAfter(sn, next) && hanAt(sn, hanAt(sn, next, 1), 1) < 0 {
		// X了一点 ending the clause: "a bit too X", an adjective (味道差了
		// 一点 cha4 "not up to standard", not chai1 "to send").
		return slotAdjective
	}
	if nt == "了" || nt == "过" || nt == "着" || sn.posOf(a, next) == "y" {
		after := hanAt(sn, next, 1)
		if after < 0 {
			if nt == "了" || sn.posOf(a, next) == "y" {
				return a.quantityBefore(sn, k, nb)
			}
			return slotNone
		}
		if nt == "了" && durationCloses(sn, after) && a.afterPlacePhrase(sn, k) {
			// Where it was done, then 了 and how long: a verb (他在这一
			// 行干了十年 gan4 "to do", not gan1 "dry").
			return slotVerb
		}
		// A verb, its aspect particle, then its object: a noun or a
		// pronoun, or a quantity of a noun (种了一棵树 zhong4; 干了什么
		// gan4). A quantity alone measures a change (重了两斤 zhong4
		// "heavy"): no slot.
		// (After a measure word comes the noun it counts, whatever gse's
		// tag: 一棵树 tags 树 a verb.)
		counted, quantity := false, false
		for n := 0; n < 4 && after >= 0; n++ {
			switch p := sn.posOf(a, after); {
			case strings.HasPrefix(p, "n") || strings.HasPrefix(p, "r"):
				return slotObject
			case p == "m" || p == "q" || quantity && p == "uj":
				// (一棵树; 五百万的彩票: 的 after a quantity, the noun
				// it counts follows.)
				counted = counted || p == "q" || p == "uj"
				quantity = true
				after = hanAt(sn, after, 1)
				continue
			case counted && !strings.HasPrefix(p, "u") && p != "y" && p != "p" && p != "c":
				return slotObject
			}
			break
		}
		return slotNone
	}
	if a.needsVerbBefore(sn, next) {
		return slotVerb
	}

	if nt == "得" && a.judgedAfter(sn, next) {
		// Before 得 and a judgement of how it was done the token is a
		// verb, a state being done neither well nor badly: 他干得很好
		// gan4 "to do", not gan1 "dry" (她长得很好看 zhang3).
		return slotVerb
	}
	if nt == "不" || nt == "得" {
		// A verb before its potential complement: 干不了 gan4.
		if c := hanAt(sn, next, 1); c >= 0 && (sn.toks[c].Text == "了" || sn.toks[c].Text == "着") {
			return slotVerb
		}
	}
	if nt == "不了" {
		return slotVerb // (the complement one token: regroup's joined)
	}
	if nb.prev != "的" && !nb.afterNumeral && muchAfter(sn, next) {
		// A predicate and how much it differs, closing the clause: 他们
		// 的成绩差很多 cha4 "different; not up to standard", not cha1
		// "difference" (重很多 alike).
		return slotPredicate
	}
	if degreeDemonstratives[nt] && nb.prev != "的" && !nb.afterNumeral {
		// Before 这么 or 那么 and a one-character adjective, the token is
		// a verb and the two its complement of degree, 得 left out in
		// speech: 我长这么大 zhang3 "to grow", not chang2 "long" (an
		// adjective takes no degree after it; 这么长 has it before). Not
		// after 的 or a quantity, where the token is a noun (他的量这么大).
		if after := hanAt(sn, next, 1); after >= 0 && sn.posOf(a, after) == "a" && utf8.RuneCountInString(sn.toks[after].Text) == 1 {
			return slotVerb
		}
	}
	np := sn.posOf(a, next)
	if np == "a" && utf8.RuneCountInString(nt) == 1 {
		if after := hanAt(sn, next, 1); after >= 0 && resultMarkers[sn.toks[after].Text] {
			return slotVerb
		}
		return slotNone
	}
	if a.nounAt(sn, next) && !nb.afterNumeral {
		prev := hanAt(sn, k, -1)
		if prev < 0 {
			return slotNone // at the head of a clause: as often a modifier (倒卵状) or a name
		}
		pp, pt := nb.prevPos, sn.toks[prev].Text
		if determiner(pt) || pp == "m" || pp == "q" || pt == "的" {
			return slotNone
		}
		if pb := hanAt(sn, prev, -1); pb >= 0 && (strings.HasPrefix(pp, "n") || strings.HasPrefix(pp, "r")) &&
			(sn.posOf(a, pb) == "p" || sn.toks[pb].Text == "帮" || sn.toks[pb].Text == "替") {
			// After a preposition and its object comes the verb: 护士给
			// 孩子量身高 liang2.
			return slotObject
		}
		if strings.HasPrefix(pp, "r") || pp == "d" || pp == "t" || auxiliaries[pt] || personSubject(pt) || a.placeBeforeVerb(sn, k) {
			// An adjective may stand there too, before a word gse
			// takes for a noun (它难溶于水): no slot then.
			for _, e := range entries {
				in := a.info(e)
				if f := a.firstFree(e); f >= 0 && predicateSense(in.senses[f]) && !isVerbSense(in.senses[f]) {
					return slotNone
				}
			}
			return slotObject
		}
	}
	return slotNone
}

// personSubject reports whether a word names a person who may be the
// subject before a verb and its object: a word for a relative, a friend or
// one's trade (儿子, 妈妈, 朋友, 老师). (Not a name, whose next characters
// may be more of it: 王重盈.) 我儿子弹钢琴
// is tan2 "to play (a string instrument)", not dan4 "crossball", which
// the phrase 子弹 "bullet" across the word's end favoured.
func personSubject(w string) bool {
	return personSuffix(w) || compoundEndsIn(w, "妈爸爷奶哥姐弟妹母父婆友儿") ||
		w == "孩子" || w == "儿子" || w == "妻子" || w == "老公" || w == "丈夫" || w == "同事" || w == "同学"
}

// judgements are complements after 得 that judge how something was done.
var judgements = map[string]bool{"好": true, "很好": true, "挺好": true, "不好": true, "不错": true, "很不错": true, "对": true, "很对": true, "不对": true, "出色": true}

// judgedAfter reports whether 得, token j, is followed by a judgement of
// how it was done (judgements, after a degree adverb or not) closing the
// clause: 干得很好, 说得不对.
func (a *Analyzer) judgedAfter(sn *sentence, j int) bool {
	c := hanAt(sn, j, 1)
	if c >= 0 && (degreeAdverbs[sn.toks[c].Text] || sn.toks[c].Text == "不") {
		if n := hanAt(sn, c, 1); n >= 0 && judgements[sn.toks[c].Text+sn.toks[n].Text] {
			return closesClause(sn, n)
		}
		c = hanAt(sn, c, 1)
	}
	return c >= 0 && judgements[sn.toks[c].Text] && closesClause(sn, c)
}

// afterPlacePhrase reports whether token k follows a personal pronoun, 在
// and a place of up to three words (nouns, pronouns, numerals, measure
// words: 他在这一行, 我在那家公司): where someone does something.
func (a *Analyzer) afterPlacePhrase(sn *sentence, k int) bool {
	j := k
	for n := 0; n < 4; n++ {
		if j = hanAt(sn, j, -1); j < 0 {
			return false
		}
		if sn.toks[j].Text == "在" {
			// (Someone does it there: a pronoun before 在.)
			s := hanAt(sn, j, -1)
			return n > 0 && s >= 0 && personalPronouns[sn.toks[s].Text]
		}
		if p := sn.posOf(a, j); !strings.HasPrefix(p, "r") && p != "m" && p != "q" && !strings.HasPrefix(p, "n") && p != "s" {
			return false
		}
	}
	return false
}

// placeBeforeVerb reports whether token k follows 在 and a place that
// ends in a localizer or a place word (在地里, 在院子里, 在老家): where
// something is done, the verb after it (农民在地里种玉米 zhong4 "to
// plant", not zhong3 "seed; kind"), whoever does it.
func (a *Analyzer) placeBeforeVerb(sn *sentence, k int) bool {
	j := hanAt(sn, k, -1)
	if j < 0 {
		return false
	}
	if p := sn.posOf(a, j); p != "f" && p != "s" && !strings.HasSuffix(sn.toks[j].Text, "里") && !strings.HasSuffix(sn.toks[j].Text, "上") {
		return false
	}
	for n := 0; n < 3; n++ {
		if j = hanAt(sn, j, -1); j < 0 {
			return false
		}
		if sn.toks[j].Text == "在" {
			return true
		}
		// (Any word but a verb's or a function word's: gse tags the 地
		// of 在地里 a particle.)
		if p := sn.posOf(a, j); strings.HasPrefix(p, "v") || p == "p" || p == "c" || p == "d" || p == "y" {
			return false
		}
	}
	return false
}

// stateSlot reports whether token k, after its subject (a pronoun or a
// noun) and any adverbs, is all its clause says of it: before 了 closing the clause
// (我累了, 鞋带散了) or before 得 and a degree complement (我累得不行). An
// entry whose first sense is an adjective is the word there (lei4
// "tired", not lei3 "to accumulate", which would take an object); next
// is the token after k.
func (a *Analyzer) stateSlot(sn *sentence, k, next int) bool {
	if sn.toks[k].Text == "累" && sn.toks[next].Text == "得" && hanAt(sn, next, 1) >= 0 {
		// 累得 and what it brings is the state, after anyone or nothing:
		// 今天累得不行, 累得满头大汗, 他累得一动不动 lei4 "tired" (lei3 "to
		// accumulate" takes an object, never 得 and a result).
		return true
	}
	prev := hanAt(sn, k, -1)
	for prev >= 0 && (sn.posOf(a, prev) == "d" && !degreeAdverbs[sn.toks[prev].Text] || sn.posOf(a, prev) == "t") {
		prev = hanAt(sn, prev, -1) // adverbs or a time between: 我们都累了, 你今天累吗
	}
	if prev < 0 {
		return false
	}
	if p := sn.posOf(a, prev); !strings.HasPrefix(p, "n") && !strings.HasPrefix(p, "r") {
		return false
	}
	after := hanAt(sn, next, 1)
	switch sn.toks[next].Text {
	case "了":
		return after < 0 || (sn.posOf(a, after) == "y" || sn.toks[after].Text == "没有") && hanAt(sn, after, 1) < 0 || durationCloses(sn, after)
	case "得":
		return after >= 0 && degreeComplements[sn.toks[after].Text]
	case "吗", "啊", "呀", "呢":
		// Asked or exclaimed of its subject, closing the clause: 你累吗,
		// 你今天累吗 lei4 "tired", as 你累了吗 (not lei3 "to accumulate").
		return after < 0
	}
	return false
}

// durationCloses reports whether the tokens from j on are a length of time
// that closes the clause: a numeral and a time unit, as one word or two
// (我累了一天 lei4; 累了三个小时, with a measure word between, is left out).
func durationCloses(sn *sentence, j int) bool {
	t := sn.toks[j].Text
	if !numeralWord(t) {
		r, n := utf8.DecodeRuneInString(t)
		if !isNumeral(r) || !timeUnit(t[n:]) {
			return false
		}
		return closesClause(sn, j)
	}
	u := hanAt(sn, j, 1)
	return u >= 0 && timeUnit(sn.toks[u].Text) && closesClause(sn, u)
}

// verbOrPreposition reports whether, of entries, one has a preposition's
// sense and no verb's (chong4 "towards") and another is a verb's (chong1
// "to dash against").
func (a *Analyzer) verbOrPreposition(entries []*dict.Entry) bool {
	prep, verb := false, false
	for _, e := range entries {
		in := a.info(e)
		k := in.kinds.kinds()
		prep = prep || k.verb == 0 && hasPreposition(in)
		verb = verb || k.verb > 0
	}
	return prep && verb
}

// hasPreposition reports whether a plain sense of in glosses a
// preposition ("towards").
func hasPreposition(in *entryInfo) bool {
	for i, s := range in.senses {
		if in.plain(i, s) && prepositionGloss(s) {
			return true
		}
	}
	return false
}

// quantityBefore is slotNoun when the word before token k is a quantity:
// a measure word (天 in 请一天假) or a numeral word that ends in one (一周).
func (a *Analyzer) quantityBefore(sn *sentence, k int, nb *neighbours) slot {
	if nb.prevPos == "q" {
		return slotNoun
	}
	if nb.prevPos == "m" && utf8.RuneCountInString(nb.prev) > 1 && !numeralWord(nb.prev) {
		return slotNoun
	}
	return slotNone
}

// needsVerbBefore reports whether every entry of token j's word asks, in
// its first free sense, for a verb before it (一下 "(used after a verb)
// give it a go"). Such words are of several characters (一下, 起来, 出来).
func (a *Analyzer) needsVerbBefore(sn *sentence, j int) bool {
	if utf8.RuneCountInString(sn.toks[j].Text) < 2 {
		return false
	}
	entries := a.word(sn, j).entries
	if len(entries) == 0 {
		return false
	}
	for _, e := range entries {
		in := a.info(e)
		if f := in.firstFree; f < 0 || in.marks[f].need != needVerbBefore {
			return false
		}
	}
	return true
}

// verbComplementAt reports whether some entry of token j's word asks,
// in its first free sense, for a verb before it: 起来 qi5 lai5 "(after a
// verb) indicating the beginning …", though qi3 lai5 "to stand up" does
// not (needsVerbBefore asks it of every entry).
func (a *Analyzer) verbComplementAt(sn *sentence, j int) bool {
	if utf8.RuneCountInString(sn.toks[j].Text) < 2 {
		return false
	}
	for _, e := range a.word(sn, j).entries {
		if in := a.info(e); in.firstFree >= 0 && in.marks[in.firstFree].need == needVerbBefore {
			return true
		}
	}
	return false
}

// pointedTwin returns the entry of text read with full tones to which
// its entry with a neutral tone sends the reader ("see also 老公[lao3
// gong1]") where that entry does not send the reader back, or the full
// tones' entry where the neutral one is only a retort (retortOnly: 个头
// ge5 tou2 "(coll.) my ass!", said after a claim; ge4 tou2 "size;
// height" is the word of 他个头很高), nil if none.
// The neutral reading is then the rarer word, not the everyday one
// (老公 lao3 gong5 "(coll.) eunuch" points to lao3 gong1 "(coll.)
// husband"); where both point at each other (得罪 de2 zui4, de2 zui5)
// the neutral reading stays the everyday one.
func (a *Analyzer) pointedTwin(text string, entries []*dict.Entry) *dict.Entry {
	points := func(from, to *dict.Entry) bool {
		for _, s := range a.info(from).senses {
			ref, ok := strings.CutPrefix(s, "see also ")
			if !ok {
				continue
			}
			w, py, ok := strings.Cut(ref, "[")
			if _, simp, two := strings.Cut(w, "|"); two {
				w = simp
			}
			if ok && w == text && strings.EqualFold(strings.TrimSuffix(py, "]"), to.Pinyin) {
				return true
			}
		}
		return false
	}
	var found *dict.Entry
	for _, n := range entries {
		if !strings.Contains(n.Pinyin, "5") {
			continue
		}
		for _, e := range entries {
			if e != n && !strings.Contains(e.Pinyin, "5") && (points(n, e) && !points(e, n) || a.retortOnly(n) && !a.retortOnly(e)) {
				found = e
			}
		}
	}
	return found
}

// commonReading is the number of CC-CEDICT headwords that read a
// character in a reading beyond which the reading is a common one of the
// character (量 liang2 in 34, 属 zhu3 in 3).
const commonReading = 10

// readingWords is the number of CC-CEDICT headwords holding character c
// in entry in's reading.
func (a *Analyzer) readingWords(c rune, in *entryInfo) int {
	if !in.score.sylKnown {
		return 0
	}
	return int(a.w.words.get(readingKeyOf(c, in.score.syl)))
}

// slotFit is how well entry in fills slot sl: its share of verb senses for
// a verb, of nounish senses (not verbs, adjectives nor function words:
// "vacation", not "fake") for a noun, 1 for a modal's entry in a modal's
// slot.
func (a *Analyzer) slotFit(sl slot, in *entryInfo, c rune) float64 {
	k := in.kinds.kinds()
	switch sl {
	case slotVerb:
		return k.verb
	case slotModal:
		if k.modal {
			return 1
		}
	case slotPrep:
		return max(0, k.function-k.verb)
	case slotPredicate:
		return in.predicateShare()
	case slotState:
		if in.adjectiveFirst() || freeAdjectiveFirst(in) {
			return 1
		}
	case slotBareState:
		if in.adjectiveFirst() || freeAdjectiveFirst(in) || stateFirst(in) {
			return 1
		}
	case slotToward:
		if k.verb == 0 && hasPreposition(in) {
			return 1
		}
	case slotAdjective:
		n, adj := 0, 0
		for i, s := range in.senses {
			if !in.plain(i, s) {
				continue
			}
			n++
			if predicateSense(s) && !isVerbSense(s) {
				adj++
			}
		}
		if n > 0 {
			return float64(adj) / float64(n)
		}
	case slotObject:
		// Any entry with a verb sense may take an object: the share of
		// verb senses would favour a rare reading made only of verbs
		// (属 zhu3 "to fix one's attention on" over shu3, whose verb "to
		// belong to" comes after its nouns: 他属狗).
		// An entry whose first sense is a verb is the verb there, unless
		// few words read the character so (量身高 liang2 "to measure",
		// not liang4 "capacity; …; to estimate"; but 属 zhu3, of three
		// words, stays behind shu3).
		if f := a.firstFree(in.e); f >= 0 && isVerbSense(in.senses[f]) && a.readingWords(c, in) >= commonReading {
			return 2
		}
		if k.verb > 0 {
			return 1
		}
	case slotNoun:
		n, nouns := 0, 0
		for _, s := range in.senses {
			if !isFreeSense(s) || strings.HasPrefix(s, "CL:") {
				continue
			}
			n++
			if nounish(s) && !strings.Contains(s, "classifier") && !strings.Contains(s, "particle") {
				nouns++
			}
		}
		if n > 0 {
			return float64(nouns) / float64(n)
		}
	}
	return 0
}

// anyAdjectiveFirst reports whether an entry of entries is first an
// adjective, which slotState finds: only where none is does slotBareState
// look further (长 chang2 "long" keeps the state of 非常长, not zhang3
// "chief").
func (a *Analyzer) anyAdjectiveFirst(entries []*dict.Entry) bool {
	for _, e := range entries {
		if in := a.info(e); in.adjectiveFirst() || freeAdjectiveFirst(in) {
			return true
		}
	}
	return false
}

// pointedObjectNext reports whether the word after token k opens with a
// demonstrative (这, 这个, 那行), or is a personal pronoun before one (我们
// 这行).
func (a *Analyzer) pointedObjectNext(sn *sentence, k int) bool {
	j := hanAt(sn, k, 1)
	if j < 0 {
		return false
	}
	if t := sn.toks[j].Text; personalPronouns[t] || t == "我们" || t == "你们" || t == "他们" || t == "咱们" {
		if j = hanAt(sn, j, 1); j < 0 {
			return false
		}
	}
	c := string(firstRune(sn.toks[j].Text))
	return c == "这" || c == "那"
}

// countedAfterDemonstrative reports whether a numeral word stands right
// before token k and a demonstrative (这, 那, 哪, 每) right before it: 这一行,
// 哪一行.
func countedAfterDemonstrative(sn *sentence, k int) bool {
	n := hanAt(sn, k, -1)
	if n < 0 || n != k-1 || !numeralWord(sn.toks[n].Text) {
		return false
	}
	d := hanAt(sn, n, -1)
	return d >= 0 && d == n-1 && demonstratives[sn.toks[d].Text]
}

// saidOfPointed reports whether token k, one character, follows 这 or 那
// that opens its clause (or follows 觉得 or 认为, whose object is a
// clause) and closes the clause, with a final particle or 不 and itself
// again after it: 这行吗, 你觉得这行吗, 那行吧, 这行不行.
func (a *Analyzer) saidOfPointed(sn *sentence, k int) bool {
	d := hanAt(sn, k, -1)
	if d < 0 || d != k-1 || (sn.toks[d].Text != "这" && sn.toks[d].Text != "那") || utf8.RuneCountInString(sn.toks[k].Text) != 1 {
		return false
	}
	if b := hanAt(sn, d, -1); b >= 0 && sn.toks[b].Text != "觉得" && sn.toks[b].Text != "认为" {
		return false
	}
	j := hanAt(sn, k, 1)
	if j >= 0 && sn.toks[j].Text == "不"+sn.toks[k].Text {
		return closesClause(sn, j) // (这行不行, 不行 one word)
	}
	if j >= 0 && sn.toks[j].Text == "不" {
		if r := hanAt(sn, j, 1); r >= 0 && sn.toks[r].Text == sn.toks[k].Text {
			return closesClause(sn, r)
		}
		return false
	}
	return j < 0 || sn.posOf(a, j) == "y" && closesClause(sn, j)
}

// bareClose reports whether token k closes its clause, alone or with 了
// (or a final particle) after it.
func bareClose(sn *sentence, k int) bool {
	j := hanAt(sn, k, 1)
	if j >= 0 && (sn.toks[j].Text == "了" || sn.toks[j].Text == "啊" || sn.toks[j].Text == "呢") {
		j = hanAt(sn, j, 1)
	}
	if j >= 0 && askedClose(sn, j) {
		return true // 衣服已经干了吗, 衣服干了没有
	}
	return j < 0
}

// doneWith reports whether the token before token k says who does what
// follows or how it is set about, which only an action takes: 一起, 一块儿,
// 接着, 继续, 亲自, 自己 (not after a preposition: 对自己好), or a verb of
// coming or going before its purpose (来, 去, 出来, 回来, 过来; 下去, 进去
// and the other directional compounds: 得钻下去量 liang2 "to measure").
func doneWith(sn *sentence, k int) bool {
	j := hanAt(sn, k, -1)
	if j < 0 || j != k-1 {
		return false
	}
	switch sn.toks[j].Text {
	case "一起", "一块儿", "一块", "接着", "继续", "亲自", "来", "去", "出来", "回来", "过来",
		"下去", "上去", "下来", "上来", "进去", "进来", "出去", "回去": // (钻下去量 liang2)
		return true
	case "自己":
		if p := hanAt(sn, j, -1); p >= 0 {
			switch sn.toks[p].Text {
			case "对", "给", "为", "跟", "和", "替", "让", "被", "把":
				return false
			}
		}
		return true
	}
	return false
}

// personFirst reports whether token k opens its clause, or follows a
// person (a personal pronoun, a relative or friend) that does.
func personFirst(sn *sentence, k int) bool {
	p := hanAt(sn, k, -1)
	if p < 0 {
		return true
	}
	t := sn.toks[p].Text
	return (personalPronouns[t] || personSubject(t)) && (hanAt(sn, p, -1) < 0 || sn.toks[hanAt(sn, p, -1)].Text == "当")
}

// whenOrIf reports whether 的时候, 的时 or 的话 follows token k: the clause
// it closes says when or if.
func whenOrIf(sn *sentence, k int) bool {
	j := hanAt(sn, k, 1)
	if j < 0 {
		return false
	}
	if sn.toks[j].Text == "的话" {
		return true
	}
	if sn.toks[j].Text != "的" {
		return false
	}
	n := hanAt(sn, j, 1)
	return n >= 0 && (sn.toks[n].Text == "时候" || sn.toks[n].Text == "时")
}

// askedClose reports whether token j closes its clause as a question's
// end: a final particle (吗, 吧) or 没有 or 没 asking whether it has
// happened (衣服干了没有).
func askedClose(sn *sentence, j int) bool {
	t := sn.toks[j].Text
	return (finalParticles[t] || t == "没有" || t == "没") && hanAt(sn, j, 1) < 0
}

// thingSubject reports whether the subject before token k, past any
// adverbs, is a noun that names no person (gse's n, nz, ng; not a name, a
// pronoun, nor a word of people): 衣服, 水, 空气, not 他, 老王, 工人们.
func (a *Analyzer) thingSubject(sn *sentence, k int) bool {
	prev := hanAt(sn, k, -1)
	for prev >= 0 && sn.posOf(a, prev) == "d" {
		prev = hanAt(sn, prev, -1)
	}
	if prev < 0 {
		return false
	}
	t, p := sn.toks[prev].Text, sn.posOf(a, prev)
	if p == "nr" && a.nounFirst(t) && !personSubject(t) {
		p = "n" // a thing gse takes for a name: 毛巾 "towel" (毛 is a surname)
	}
	return (p == "n" || p == "nz" || p == "ng") && !strings.HasSuffix(t, "们") && !strings.HasSuffix(t, "人") && !hiddenFrom[t]
}

// stateFirst reports whether the first plain sense of in is a gloss that
// WordNet has for an adjective, though for a noun too, and no verb's
// ("dry": 乾 gan1): a state the subject is in (衣服干了 gan1, not gan4 "to
// do").
func stateFirst(in *entryInfo) bool {
	if in.firstPlain < 0 {
		return false
	}
	s := in.senses[in.firstPlain]
	return !isVerbSense(s) && partsOfSpeech(firstGloss(s))&wordnet.Adj != 0
}

// freeAdjectiveFirst reports whether the first plain sense of in is a
// bound form and the next plain one glosses an adjective (by WordNet, and
// no noun): standing alone the character is that adjective. 分量很足 is
// zu2 "sufficient; ample" (after "(bound form) foot; leg"), not ju4
// "excessive", a reading no other headword has.
func freeAdjectiveFirst(in *entryInfo) bool {
	if in.firstPlain < 0 || !strings.HasPrefix(in.senses[in.firstPlain], "(bound form)") {
		return false
	}
	for i := int(in.firstPlain) + 1; i < len(in.senses); i++ {
		if s := in.senses[i]; in.plain(i, s) {
			return !isVerbSense(s) && partsOfSpeech(firstGloss(s))&(wordnet.Adj|wordnet.Noun) == wordnet.Adj
		}
	}
	return false
}

// slotFits appends slotFit of each of entries to out. Before its object
// an entry whose first sense is a verb outweighs one that merely has a
// verb's senses, where many words read the character so (slotFit); where
// one does, a rarer reading whose verb sense the English names (evs[i] >
// 0 at sense bis[i]) fits as well: the slot cannot tell two verbs apart,
// the English can (撒 sa3 "to sprinkle", of 7 words, against sa1 "to let
// go", of 87; 削 xiao1 "to peel with a knife" against xue1 "to pare"; 背
// bei4 "to recite from memory", whose first sense is "the back", against
// bei1 "to carry on one's back").
func (a *Analyzer) slotFits(sl slot, entries []*dict.Entry, evs []float64, bis []int, c rune, out []float64) []float64 {
	lead := false
	for _, e := range entries {
		f := a.slotFit(sl, a.info(e), c)
		lead = lead || f == 2
		out = append(out, f)
	}
	if sl != slotObject || !lead {
		return out
	}
	for i, e := range entries {
		if out[i] == 2 || evs[i] == 0 || bis[i] < 0 || e.IsName() {
			continue
		}
		if isVerbSense(a.info(e).senses[bis[i]]) {
			out[i] = 2
		}
	}
	return out
}

// primaryOf returns, for each of the entries, whether the English names
// its first free sense (bis[i], the sense bestByEnglish found, is that
// sense) while it names a later sense of another entry just as well (看孩子
// "looks after": kan1's first sense "to look after", kan4's sixth): the
// reading whose main meaning the English says is the one meant. Only
// ties count: evs[i] must be the best evidence among the entries. So is
// the one entry the English names plainly when it names no other
// (onlyNamed). None is where the other entry, whose later sense the
// English names, has every sense said (namedWhole: 吓 xia4 "to frighten;
// to scare" against he4 "to scare; to intimidate; …").
func (a *Analyzer) primaryOf(entries []*dict.Entry, evs []float64, bis []int, en *english, out []bool) []bool {
	best := 0.0
	for _, ev := range evs {
		best = max(best, ev)
	}
	if best == 0 {
		return out
	}
	if i := onlyNamed(evs); i >= 0 {
		// The English names one entry plainly and no other at all (系好
		// 安全带 "fasten": ji4 "to tie; to fasten", not xi4 "to connect;
		// system"; 中了彩票 "won").
		for j := range entries {
			out = append(out, j == i)
		}
		return out
	}
	// tied: the English names a sense of entry i (bis[i]) about as well as
	// it names any entry's.
	tied := func(i int) bool { return evs[i] != 0 && evs[i] >= best-0.15 && bis[i] >= 0 }
	firsts, laters := 0, 0
	for i, e := range entries {
		if !tied(i) {
			out = append(out, false)
			continue
		}
		first := bis[i] == a.firstFree(e)
		if first {
			firsts++
		} else {
			laters++
		}
		out = append(out, first)
	}
	if firsts != 1 || laters == 0 {
		clear(out)
		return out
	}
	// An entry whose later sense the English names, and every other
	// sense as well, is named by its main meaning too (asked only here,
	// where primacy would go to the other).
	for i, e := range entries {
		if !out[i] && tied(i) && a.namedWhole(e, en) {
			clear(out)
			break
		}
	}
	return out
}

// namedWhole reports whether the English says every free sense of e, two
// or more (each at least as a synonym says it): then the sense it names is
// e's main meaning whatever its place. 吓 xia4 is "to frighten; to scare",
// and "it scared me to death" says both: no less than he4, whose first
// sense is "to scare" (then "to intimidate; to threaten"), the English
// names xia4's meaning, and primacy goes to neither.
func (a *Analyzer) namedWhole(e *dict.Entry, en *english) bool {
	in := a.info(e)
	n := 0
	for j, s := range in.senses {
		if !isFreeSense(s) || strings.HasPrefix(s, "CL:") {
			continue
		}
		if relatedEvidence(in, en, j) < relWeight(wordnet.Synonym) {
			return false
		}
		n++
	}
	return n >= 2
}

// onlyNamed returns the index of the one entry that the English names
// plainly (evidence 0.9 or more: its words, not a related word) when it
// says nothing of any other entry, -1 if none.
func onlyNamed(evs []float64) int {
	only := -1
	for i, ev := range evs {
		switch {
		case ev >= 0.9 && only < 0:
			only = i
		case ev > 0:
			return -1
		}
	}
	return only
}

// firstFree returns the index of e's first free sense, -1 if none.
func (a *Analyzer) firstFree(e *dict.Entry) int { return int(a.info(e).firstFree) }

// firstFreeOf is firstFree of in's entry, found once per entry
// (entryInfo.firstFree).
func firstFreeOf(in *entryInfo) int32 {
	for i, s := range in.senses {
		if isFreeSense(s) && !strings.HasPrefix(s, "CL:") {
			return int32(i)
		}
	}
	return -1
}

// readingNeed is particleNeed, or modalNeed, or complementNeed, or the
// reading of a split compound (split, splitReading's answer for the
// token), or classifierNeed: +1 when the construction calls for entry in,
// -1 when it rules it out, 0 when it says nothing; or ruledOut where the
// entry's own note in CC-CEDICT rules it out (哪 na5, a final particle
// "after a word ending in "n"", is no particle after 去).
func (a *Analyzer) readingNeed(sn *sentence, k int, in *entryInfo, nb *neighbours, split string) float64 {
	if needProbe != nil {
		needProbe(sn, k, in, nb)
	}
	g, x := a.needsAt(sn, k) // (needgate.go, needtext.go: the rules that cannot fire on the word are not asked)
	if g&needSpelling != 0 {
		if n := a.twinBySense(sn.toks[k].Text, in); n != 0 {
			return n
		}
	}
	if g&needSpelling != 0 && (sendsToTwin(sn.toks[k].Text, in) || a.pastOnlyTwin(sn.toks[k].Text, in)) || g&needNounsAll != 0 && (a.nounAfterDegree(sn, k, in) || a.nounBeforeAspect(sn, k, in)) {
		return -1
	}
	if x.is(text得) {
		if n := a.prizeNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if x.is(text不了) {
		if n := a.unableNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if x.is(text地) {
		if n := idiomDeNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text得) && in.e.Pinyin == "de2" && a.noObjectAfter(sn, k) {
		return ruledOut
	}
	if in.memorize.Load() != -1 && a.memorizeSense(in, nb) >= 0 {
		// A text its object calls for the entry that learns it by heart
		// (sense.go memorizeSense): 我每天背课文 bei4, not bei1 "to
		// carry on one's back".
		return 1
	}
	if x.is(text得) {
		if n := minimumNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if n := a.countedToNeed(sn, k, in, nb); n != 0 {
		return n
	}
	if n := a.particleNeed(sn, k, in, nb); n != 0 {
		return n
	}
	if in.final {
		switch {
		case !nb.clauseEnd && nb.next != "" && nb.nextPos != "y":
			// A particle that only ends a sentence does not stand before a
			// word of its clause: 你是哪国人 is na3 "which", not na5.
			return -1
		case saysAfterN(in):
			// 哪 na5 stands for 啊 "after a word ending in "n"", as
			// CC-CEDICT says: 天哪！, but 你去哪？ na3 "where". Its own
			// note rules it out: ruledOut outweighs what a final
			// particle earns at the end of a clause.
			if afterN(sn, k) {
				return 1
			}
			return ruledOut
		}
	}
	if nb.objectless && hanAt(sn, k, -1) >= 0 && len(in.senses) > 0 && strings.HasPrefix(in.senses[0], "(modal particle") {
		// Closing its clause after a word, a modal particle is that
		// particle, whatever the English relates to its other entries:
		// 你少喝点酒吧 "drink less alcohol" is ba5, not ba1 "bar (loanword)
		// (serving drinks…)".
		return 1
	}
	if a.modalNeed(sn, k, in, nb) || a.fondNeed(sn, k, in) || g&needFirstSense != 0 && (stayNeed(in, nb) || revolveNeed(in, nb) || mindNeed(in, nb)) {
		return 1
	}
	if x.is(text得) && in.particle < 0 && !in.kinds.modal && a.degreeSlot(sn, k, nb) {
		return -1 // de2 "to obtain" takes an object, not a degree
	}
	if placeSuffix(nb.prev) && nb.predicateNext && len(in.senses) > 0 && strings.HasPrefix(in.senses[0], "(bound form)") {
		// A character alone after a place word, before its verb, is not
		// the entry whose first sense is a bound form, though the pair
		// makes a word that wants it: 会议上将讨论 jiang1 "will", not
		// jiang4 "(bound form) a general" of 上将. CC-CEDICT's own note
		// rules it out: ruledOut outweighs the pair's statistics.
		return ruledOut
	}
	if !nb.clauseEnd && nb.next != "" && g&needBoundTwin != 0 && a.boundTwin(sn.toks[k].Text, in) {
		// A character standing alone before what follows it in its clause
		// is not the entry that gives as a bound form the verb another
		// entry of the character gives free: 她教我们中文, 谁教你的 are jiao1
		// "to teach", not jiao4 "(bound form) to teach; …; a religion", the
		// reading of 教育 and 教室 (whose counts the priors carry). At the
		// end of a clause the noun may be meant: 他信什么教.
		return ruledOut
	}
	if in.kinds.negative && (havingNot(nb) || a.negatedChar(nb) || negatedLink(nb) || x.is(text没) && a.negatedWord(sn, k)) {
		return 1 // 我没时间 mei2 "not have", not mo4 "drowned"
	}
	if nb.in(prevDegree) && noObjectAfter(nb) && objectAsking(in) {
		return -1 // 唱得非常好 hao3 "well", not hao4 "to be fond of"
	}
	if kd := in.kinds.kinds(); kd.function >= 0.5 && kd.verb < 0.5 && (negatedVerb(nb) || resultCloses(sn, k) || a.twoObjects(sn, k, nb)) && a.verbChar(sn.toks[k].Text) {
		return -1
	} else if kd.verb >= 0.5 && a.twoObjects(sn, k, nb) && a.anyEntry(sn.toks[k].Text, adverbOnlyEntry) {
		// The verb's entry, where another is an adverb's (还 hai2
		// "still"): the person and what is given back follow it, 你还我
		// 那本书了吗 huan2, whatever the 了吗 at the end favours.
		return 1
	}
	if g&needMore != 0 {
		if n := a.degreeNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if g&needToward != 0 {
		if n := a.towardNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needRegard != 0 {
		if n := a.regardNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if x.is(text当) {
		if n := a.roleNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if n := a.placeLackedNeed(sn, k, in, nb); n != 0 {
		return n
	}
	if x.is(text还) {
		if n := a.repaidNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if n := a.doneOnceNeed(sn, k, in); n != 0 {
		return n
	}
	if x.is(text假) {
		if n := a.leaveNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text过) {
		if n := a.spendNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text长) {
		if n := a.olderNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if n := heldStateNeed(sn, k, in, nb); n != 0 {
		return n
	}
	if x.is(text空) {
		if n := vacantNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if x.is(text行) {
		if n := okayNeed(sn, k, in, nb); n != 0 {
			return n
		}
		if n := a.topicLineNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text好) {
		if n := a.soNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text转) {
		if n := moveOnNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if x.is(text落) {
		if n := leftBehindNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if g&needAgain != 0 {
		if n := a.againNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needTransfer != 0 {
		if n := a.transferNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text调) {
		if n := a.tuneNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text弹) {
		if n := a.pluckNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needCarryOrLearn != 0 {
		if n := a.carryOrLearnNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if g&needTie != 0 {
		if n := a.tieNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needChoose != 0 {
		if n := a.chooseNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needWeigh != 0 {
		if n := a.weighNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needLookAfter != 0 {
		if n := a.lookAfterNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needNounsAll != 0 {
		if n := a.objectNounNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needShortBy != 0 {
		if n := a.shortByNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needChangedBy != 0 {
		if n := a.changedByNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needAdverbOrVerb != 0 {
		if n := a.adverbOrVerbNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if g&needPreposition != 0 {
		if n := a.prepositionNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if g&needLack != 0 {
		if n := a.lackNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if a.bracketNeed(sn, k, in, nb) {
		return 1
	}
	if g&needFirstSense != 0 && (dazedNeed(in, nb) || deceiveNeed(in, nb) || snapNeed(sn, k, in, nb)) {
		return 1
	}
	if g&needCopula != 0 {
		if n := a.copulaNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if g&needHowMany != 0 {
		if n := a.howManyNeed(in, nb); n != 0 {
			return n
		}
	}
	if questionTwinAsked(sn, k, in) {
		return ruledOut
	}
	if x.is(text背着) {
		if n := a.carryNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needSeveral != 0 {
		if n := a.severalNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if g&needTwin != 0 {
		if n := a.twinNeed(in, nb); n != 0 {
			return n
		}
	}
	if g&needHead != 0 {
		if n := a.headNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if g&needMeasure != 0 {
		if n := a.measureNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if x.is(text为) {
		if n := a.asNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if g&needFalls != 0 {
		if n := a.fallAdverbNeed(sn, k, in, nb); n != 0 {
			return n
		}
	}
	if g&needFalls != 0 && nb.once(factDisposal, func() bool { return a.disposalAround(sn, k, nb) }) {
		if n := a.disposalNeed(sn.toks[k].Text, in); n != 0 {
			return n
		}
	}
	if g&needComplement != 0 {
		if n := a.complementNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if r := split; r != "" {
		if strings.EqualFold(r, in.e.Pinyin) {
			return 1
		}
		return -1
	}
	if x.is(text撒) {
		if n := spillNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text吐) {
		if n := vomitNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text薄) {
		if n := thinNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text削) {
		if n := peelNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text倒) {
		if n := a.backwardNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text重) {
		if n := heavierNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text多少) {
		if n := a.howManyWordNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text累) {
		if n := tiredNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text干) {
		if n := a.workedNeed(sn, k, in); n != 0 {
			return n
		}
	}
	if x.is(text种) {
		if n := a.plantedNeed(sn, k, in); n != 0 {
			return n
		}
	}
	return a.classifierNeed(sn, k, in, nb)
}

// howManyWordNeed is +1 for 多少's entry duo1 shao5 "how much?; how many?"
// and -1 for duo1 shao3 "number; amount; somewhat" where 多少 asks a
// number: before a measure word or a noun (有多少家门店, 卖出去多少件, 多少钱)
// or closing its clause (一共多少?). 多少有点 "somewhat" (before a verb
// or adverb) and 没(有)多少 "not much" are not asked.
func (a *Analyzer) howManyWordNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "多少" {
		return 0
	}
	if p := hanAt(sn, k, -1); p >= 0 && (sn.toks[p].Text == "没有" || sn.toks[p].Text == "没" || sn.toks[p].Text == "不") {
		return 0 // 没有多少人, 没多少钱 "not much": duo1 shao3
	}
	asked := closesClause(sn, k)
	if n := hanAt(sn, k, 1); !asked && n == k+1 && !strings.HasPrefix(sn.toks[n].Text, "有") {
		// (多少有点紧张 "somewhat": gse may tag 有点 a noun.)
		t, p := sn.toks[n].Text, sn.posOf(a, n)
		asked = (strings.HasPrefix(p, "n") || p == "q") && !strings.HasPrefix(p, "nr") || utf8.RuneCountInString(t) == 1 && a.measureChar(t)
	}
	if !asked {
		return 0
	}
	switch in.e.Pinyin {
	case "duo1 shao5":
		return 1
	case "duo1 shao3":
		return -1
	}
	return 0
}

// tiredNeed is +1 for 累's entry lei4 "tired; weary; to strain" and -1 for
// lei3 "to accumulate; to involve" where 累 is said of someone: closing its
// clause or before 了, 的, 得, 死, 坏, 着 or a final particle (你要是累了,
// 知道妈妈累, 够累的了, 累死了, 累坏了), or after a degree adverb or 够.
// lei3 lives in the words the segmenter keeps whole (积累, 累计, 连累).
func tiredNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "累" {
		return 0
	}
	said := closesClause(sn, k)
	if n := hanAt(sn, k, 1); !said && n == k+1 {
		said = tiredAfter[sn.toks[n].Text] || finalParticles[sn.toks[n].Text]
	}
	if p := hanAt(sn, k, -1); !said && p >= 0 && p == k-1 {
		said = degreeAdverbs[sn.toks[p].Text] || sn.toks[p].Text == "够"
	}
	if !said {
		return 0
	}
	switch in.e.Pinyin {
	case "lei4":
		return 1
	case "lei3":
		return -1
	}
	return 0
}

// tiredAfter follow 累 "tired" (tiredNeed): so do the complements of what
// the strain brought about (累出来的病, 累出病来, 累倒了, 累病了, 累垮了).
var tiredAfter = map[string]bool{"了": true, "的": true, "得": true, "死": true, "坏": true, "着": true, "死了": true,
	"出来": true, "出": true, "倒": true, "病": true, "垮": true}

// workedNeed is +1 for 干's entry gan4 "to work; to do" and -1 for gan1
// "dry" before what says it is done: a complement of result or of what
// can be done (干不完, 干完了, 干得完, 干起活来; not 干不了, which clothes
// may say: 衣服干不了 "won't dry"), a length of time (每天干八个小时) or a
// question word as its object (干哪一行, 干啥): 这些活我干不完 is gan4, not
// "dry".
func (a *Analyzer) workedNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "干" {
		return 0
	}
	n := hanAt(sn, k, 1)
	if n != k+1 {
		return 0
	}
	done := workedAfter[sn.toks[n].Text] || spanAt(sn, n) // (每天干八个小时)
	if !done && (sn.toks[n].Text == "不" || sn.toks[n].Text == "得") {
		m := hanAt(sn, n, 1)
		done = m >= 0 && sn.toks[m].Text == "完" // (干不了 may be "won't dry": 衣服干不了)
	}
	if !done {
		return 0
	}
	switch in.e.Pinyin {
	case "gan4":
		return 1
	case "gan1":
		return -1
	}
	return 0
}

// workedAfter follow the verb 干 "to do" (workedNeed).
var workedAfter = map[string]bool{"完": true, "完了": true, "起": true, "起来": true, "哪": true, "哪儿": true, "啥": true, "嘛": true, "不完": true, "得完": true}

// plantedNeed is +1 for 种's entry zhong4 "to plant; to grow" and -1 for
// zhong3 "kind; type; seed" where no numeral or demonstrative counts it:
// after someone before 的 (自己种的西红柿, 我妈妈种的), or before a noun it
// plants, opening its clause or after a verb (想到种番茄, 种粮食挣不到钱).
// 这种, 一种, 各种 … count kinds (zhong3).
func (a *Analyzer) plantedNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "种" {
		return 0
	}
	p, n := hanAt(sn, k, -1), hanAt(sn, k, 1)
	if p >= 0 && (p != k-1 || countingRune(lastRuneOf(sn.toks[p].Text)) || kindCounters[sn.toks[p].Text]) {
		if p != k-1 {
			p = -1 // (after a comma: opening its clause)
		} else {
			return 0
		}
	}
	if n != k+1 {
		return 0
	}
	planted := false
	switch {
	case sn.toks[n].Text == "的":
		planted = p >= 0 && (personalPronouns[sn.toks[p].Text] || sn.toks[p].Text == "自己" || personSubject(sn.toks[p].Text))
	case strings.HasPrefix(sn.posOf(a, n), "n") && !strings.HasPrefix(sn.posOf(a, n), "nr"):
		planted = p < 0 || strings.HasPrefix(sn.posOf(a, p), "v")
	}
	if !planted {
		return 0
	}
	switch in.e.Pinyin {
	case "zhong4":
		return 1
	case "zhong3":
		return -1
	}
	return 0
}

// kindCounters count kinds before 种 (plantedNeed).
var kindCounters = map[string]bool{"各": true, "多": true, "某": true, "哪": true, "这": true, "那": true, "几": true, "每": true, "同": true, "另": true, "好几": true, "一": true, "两": true}

// heavierNeed is +1 for 重's entry zhong4 "heavy; weight" and -1 for
// chong2 "to repeat; again" where 重 and 了 come before how much heavier:
// a number of jin, kilos or grams, or 不少/一点 (他又重了两斤, 最近重了不少):
// a change of weight, whatever "again" in the English (said of 又) tells
// chong2.
func heavierNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "重" {
		return 0
	}
	le := hanAt(sn, k, 1)
	if le != k+1 || sn.toks[le].Text != "了" {
		return 0
	}
	m := hanAt(sn, le, 1)
	if m < 0 {
		return 0
	}
	heavier := heavierBy[sn.toks[m].Text]
	if !heavier && numeralWord(sn.toks[m].Text) {
		u := hanAt(sn, m, 1)
		heavier = u >= 0 && (weightUnits[sn.toks[u].Text] || sn.toks[u].Text == "磅")
	}
	if !heavier {
		return 0
	}
	switch in.e.Pinyin {
	case "zhong4":
		return 1
	case "chong2":
		return -1
	}
	return 0
}

// heavierBy say how much heavier after 重了 (heavierNeed).
var heavierBy = map[string]bool{"不少": true, "一点": true, "一点儿": true, "点": true, "很多": true, "好多": true, "好几斤": true}

// backwardNeed is +1 for 倒's entry dao4 "to reverse; upside down;
// backwards" and -1 for dao3 "to fall; to collapse" before 着 and a verb:
// how the verb is done (倒着走 "to walk backwards", 倒着放, 倒着写). 树倒着,
// with no verb after, is not asked.
func (a *Analyzer) backwardNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "倒" {
		return 0
	}
	z := hanAt(sn, k, 1)
	if z != k+1 || sn.toks[z].Text != "着" {
		return 0
	}
	v := hanAt(sn, z, 1)
	if v < 0 || !strings.HasPrefix(sn.posOf(a, v), "v") {
		return 0
	}
	switch in.e.Pinyin {
	case "dao4":
		return 1
	case "dao3":
		return -1
	}
	return 0
}

// peelNeed is +1 for 削's entry xiao1 "to peel with a knife; to pare" and
// -1 for xue1 "to pare; to reduce; to remove" where 削 is a word of its own:
// the verb of everyday talk (削苹果, 把土豆削了皮, 削铅笔). xue1 lives in the
// words the segmenter keeps whole (削减, 剥削, 削弱).
func peelNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "削" {
		return 0
	}
	switch in.e.Pinyin {
	case "xiao1":
		return 1
	case "xue1":
		return -1
	}
	return 0
}

// thinNeed is +1 for 薄's entry bao2 "thin; cold in manner" and -1 for bo2
// "meager; slight; to belittle" where 薄 stands alone as what a thing is:
// after a degree adverb or 这么/那么 (这本书很薄, 穿这么薄), or before 了, 的,
// 一点 or the end of its clause (衣服太薄了, 薄的那件). Spoken Chinese says
// it bao2; bo2 lives in the words the segmenter keeps whole (单薄, 微薄,
// 薄弱, 刻薄), and in 待人不薄 "to treat well", which 不 before it leaves
// alone.
func thinNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "薄" || hanAt(sn, k, -1) == k-1 && k > 0 && sn.toks[k-1].Text == "不" {
		return 0 // (待我不薄 "treats me well": bo2)
	}
	alone := false
	if p := hanAt(sn, k, -1); p >= 0 && (degreeAdverbs[sn.toks[p].Text] || degreeDemonstratives[sn.toks[p].Text]) {
		alone = true
	}
	if n := hanAt(sn, k, 1); n < 0 || closesClause(sn, k) || thinAfter[sn.toks[n].Text] {
		alone = true
	}
	if !alone {
		return 0
	}
	switch in.e.Pinyin {
	case "bao2":
		return 1
	case "bo2":
		return -1
	}
	return 0
}

// thinAfter follow an adjective standing alone (thinNeed).
var thinAfter = map[string]bool{"了": true, "的": true, "一点": true, "一点儿": true, "点": true, "些": true, "一些": true, "得": true}

// vomitNeed is +1 for 吐's entry tu4 "to vomit; to throw up" and -1 for
// tu3 "to spit; to send out; to say" where 吐 puts out nothing it names
// (vomited): closing its clause (喝多了，吐了, 一上车就想吐), before 了 and
// where or how often (吐了一地, 吐了好几次), before 得 (吐得很厉害) or 奶 (孩
// 子吐奶了, a baby's). What is spat or said follows tu3 (吐痰, 吐了一口痰, 吐
// 出来, 吐苦水), and 把 brings it before the verb (把骨头吐了): not asked.
func vomitNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "吐" || !vomited(sn, k) || baBefore(sn, k) {
		return 0
	}
	switch in.e.Pinyin {
	case "tu4":
		return 1
	case "tu3":
		return -1
	}
	return 0
}

// vomited reports whether token k, 吐, has nothing after it that it puts
// out (vomitNeed).
func vomited(sn *sentence, k int) bool {
	n := hanAt(sn, k, 1)
	if n < 0 || closesClause(sn, k) {
		return true
	}
	switch sn.toks[n].Text {
	case "得", "奶":
		return true
	case "了":
		m := hanAt(sn, n, 1)
		if m >= 0 && sn.toks[m].Text == "一" {
			// (吐了一地, cut 一 地)
			if p := hanAt(sn, m, 1); p >= 0 {
				return vomitAfter["一"+sn.toks[p].Text]
			}
		}
		return m < 0 || closesClause(sn, n) || vomitAfter[sn.toks[m].Text]
	}
	return false
}

// vomitAfter say where or how often one threw up, after 吐了.
var vomitAfter = map[string]bool{"一地": true, "一身": true, "一次": true, "两次": true, "好几次": true, "几次": true, "一晚上": true, "一路": true}

// spillNeed is +1 for 撒's entry sa3 "to scatter; to sprinkle; to spill"
// and -1 for sa1 "to let go; to cast; …; (coll.) to pee" where 撒 stands
// alone before what says where or how much was spilt (spiltAfter: 水撒了
// 一地, 汤撒了, 撒点盐, 把种子撒在地里, 撒上芝麻) and no split compound
// claims it (split, asked before): sa1 lives in its words, which the
// segmenter keeps whole (撒谎, 撒娇, 撒手, 撒腿, 撒网, 撒气) or
// splitReading finds across a count (撒了个谎). Not with an anger (把火撒
// 在他身上, 你有火别往我身上撒 "to take it out on": sa1 as in 撒气), nor in
// a name (撒尼, 以撒的), which spiltAfter does not follow. The English
// still decides where it names sa1 plainly.
func spillNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "撒" {
		return 0
	}
	n := hanAt(sn, k, 1)
	if n < 0 && !closesClause(sn, k) || n >= 0 && !spiltAfter[sn.toks[n].Text] {
		return 0
	}
	if ventedAnger(sn, k) {
		return 0
	}
	switch in.e.Pinyin {
	case "sa3":
		return 1
	case "sa1":
		return -1
	}
	return 0
}

// twinBySense is, for an entry of a word that another entry, read
// otherwise, shares every sense with (CC-CEDICT's 儘量 jin3 liang4 and 盡量
// jin4 liang4, both "as much as possible; to the greatest extent": two
// traditional spellings of 尽量), +1 where the traditional character that
// tells the two apart has, read as the entry reads it, a sense of the word
// (儘 jin3 "to the greatest extent") and the other's has none (盡 jin4 "to
// use up; to exhaust; …; to the utmost"), -1 the other way round: the
// spelling whose character means what the word means is the word, whatever
// the character's priors say (尽 is jin4 in most words).
func (a *Analyzer) twinBySense(text string, in *entryInfo) float64 {
	if utf8.RuneCountInString(text) < 2 || len(in.senses) == 0 {
		return 0
	}
	for _, e := range a.dict.Lookup(text) {
		o := a.info(e)
		if o == in || e.IsName() || strings.EqualFold(e.Pinyin, in.e.Pinyin) || !slices.Equal(o.senses, in.senses) {
			continue
		}
		mine, theirs := a.spellingMeans(in.e, in.senses), a.spellingMeans(e, in.senses)
		switch {
		case mine && !theirs:
			return 1
		case theirs && !mine:
			return -1
		}
	}
	return 0
}

// spellingMeans reports whether a character of e's traditional headword
// that is not e's simplified one has, read as e reads it, a sense among
// senses: 儘 jin3 "to the greatest extent" of 儘量.
func (a *Analyzer) spellingMeans(e *dict.Entry, senses []string) bool {
	trad, simp, syls := []rune(e.Trad), []rune(e.Simp), strings.Fields(e.Pinyin)
	if len(trad) != len(simp) || len(trad) != len(syls) {
		return false
	}
	for i, c := range trad {
		if c == simp[i] {
			continue
		}
		for _, ce := range a.dict.Traditional(string(c)) {
			if !strings.EqualFold(ce.Pinyin, syls[i]) {
				continue
			}
			for _, s := range ce.Senses() {
				if slices.Contains(senses, s) {
					return true
				}
			}
		}
	}
	return false
}

// sendsToTwin reports whether in, an entry of text read with full tones,
// only sends the reader to text read otherwise: CC-CEDICT's 尽快 jin4
// kuai4 "see 儘快|尽快[jin3 kuai4]", 尽可能 jin4 ke3 neng2 alike. The entry
// it names is the word; the other reading is the rarer one, which the
// character's priors (尽 jin4 in most words) would choose. (A neutral
// tone's pointer is pointedTwin's: 过来 guo4 lai5 stays a complement's.)
func sendsToTwin(text string, in *entryInfo) bool {
	if len(in.senses) == 0 || strings.Contains(in.e.Pinyin, "5") {
		return false
	}
	ref, ok := strings.CutPrefix(in.senses[0], "see ")
	if !ok || len(in.e.Senses()) != 1 {
		return false
	}
	w, py, ok := strings.Cut(ref, "[")
	if _, simp, two := strings.Cut(w, "|"); two {
		w = simp
	}
	py = strings.TrimSuffix(py, "]")
	return ok && w == text && !strings.EqualFold(py, in.e.Pinyin)
}

// pastOnlyTwin reports whether in, an entry of text, a word of several
// characters, is of the past or of books in every sense ("(in imperial
// China)", "(old)", "(archaic)", "(literary)") while another entry of
// text, read otherwise, is not: today's word is the other. 大夫 "senior
// official (in imperial China)" da4 fu1 lost to dai4 fu5 "doctor" only
// by the priors of 大 da4; 小子 xiao3 zi3 "(literary) youngster" beside
// xiao3 zi5 "boy; kid".
func (a *Analyzer) pastOnlyTwin(text string, in *entryInfo) bool {
	if utf8.RuneCountInString(text) < 2 || !pastOnly(in) {
		return false
	}
	for _, e := range a.dict.Lookup(text) {
		if o := a.info(e); o != in && !e.IsName() && !strings.EqualFold(e.Pinyin, in.e.Pinyin) && !pastOnly(o) && o.meaning != nil {
			return true
		}
	}
	return false
}

// nounAfterDegree reports whether in, an entry of a word of several
// characters all of whose plain senses are nouns', stands after a degree
// adverb (很, 太, 有点 as gse splits it: 有 点; not 有些 "some", before a
// noun: 有些地方) while another entry of the
// word, read otherwise, has a predicate's sense: a degree is said of a
// state, not of a thing. 他觉得很恶心 is e3 xin1 "nauseating", not e4 xin1
// "bad habit"; 这家的菜很地道 di4 dao5 "authentic", not di4 dao4 "tunnel".
func (a *Analyzer) nounAfterDegree(sn *sentence, k int, in *entryInfo) bool {
	text := sn.toks[k].Text
	if utf8.RuneCountInString(text) < 2 || !nounsAll(in) {
		return false
	}
	p := hanAt(sn, k, -1)
	if p < 0 {
		return false
	}
	if t := sn.toks[p].Text; !degreeAdverbs[t] || t == "有些" {
		b := hanAt(sn, p, -1)
		if t != "点" || b < 0 || sn.toks[b].Text != "有" {
			return false
		}
	}
	for _, e := range a.dict.Lookup(text) {
		o := a.info(e)
		if o == in || e.IsName() || strings.EqualFold(e.Pinyin, in.e.Pinyin) || o.meaning == nil {
			continue
		}
		for i, s := range o.senses {
			if o.plain(i, s) && predicateSense(s) {
				return true
			}
		}
	}
	return false
}

// objectNounNeed is, for a word of several characters with an entry all of
// whose plain senses are nouns' (地道 di4 dao4 "tunnel; causeway") and
// another, read otherwise, with a predicate's sense (地道 di4 dao5
// "authentic; genuine"), +1 for the noun and -1 for the predicate where
// the word is the object of a verb of one character or counted by a
// measure word and nothing of a noun phrase follows it (its clause ends, or
// a verb or a particle comes next), or before a place word: 我们走地道过
// 马路, 挖了一条地道, 地道里很黑 are di4 dao4; 地道的北京菜, 说得很地道 are left to the degree and
// to 的 (nounAfterDegree).
func (a *Analyzer) objectNounNeed(sn *sentence, k int, in *entryInfo) float64 {
	text := sn.toks[k].Text
	if utf8.RuneCountInString(text) < 2 {
		return 0
	}
	n := hanAt(sn, k, 1)
	if n < 0 || !placeSuffix(sn.toks[n].Text) {
		// (Before a place word the word is a place: 地道里很黑.)
		p := hanAt(sn, k, -1)
		if p < 0 || utf8.RuneCountInString(sn.toks[p].Text) != 1 {
			return 0
		}
		// (点 and 些 are a degree: 我有点恶心 e3 xin1.)
		if pt := sn.toks[p].Text; pt == "点" || pt == "些" || !(strings.HasPrefix(sn.posOf(a, p), "v") && a.verbChar(pt)) && !a.counted(sn, p) {
			return 0
		}
		if n >= 0 {
			t := sn.toks[n].Text
			if !aspectParticles[t] && !finalParticles[t] && !strings.HasPrefix(sn.posOf(a, n), "v") {
				return 0
			}
		}
	}
	predicate := func(o *entryInfo) bool {
		for i, s := range o.senses {
			if o.plain(i, s) && predicateSense(s) {
				return true
			}
		}
		return false
	}
	noun := nounsAll(in)
	if !noun && !predicate(in) {
		return 0
	}
	for _, e := range a.dict.Lookup(text) {
		o := a.info(e)
		if o == in || e.IsName() || strings.EqualFold(e.Pinyin, in.e.Pinyin) || o.meaning == nil {
			continue
		}
		switch {
		case noun && !nounsAll(o) && predicate(o):
			return 1
		case !noun && nounsAll(o):
			return -1
		}
	}
	return 0
}

// shortByNeed is, for a character with an entry that means "to fall
// short; to lack" (差 cha4) beside others that do not (差 cha1
// "difference; discrepancy", chai1 "to send"), +1 for the first and -1 for
// the others where the token, alone, stands right before a count (a
// numeral, 几 or 一点) or 多少, which asks one: what it lacks. 离开学还差三
// 天, 现在差十分钟三点, 还差一点, 你还差多少钱 are cha4 (cha1, the reading of
// 差别 and 误差, was taken from the priors).
func (a *Analyzer) shortByNeed(sn *sentence, k int, in *entryInfo) float64 {
	text := sn.toks[k].Text
	j := hanAt(sn, k, 1)
	if j < 0 || utf8.RuneCountInString(text) != 1 {
		return 0
	}
	if t := sn.toks[j].Text; !isNumeral(firstRune(t)) && firstRune(t) != '几' && t != "一点" && t != "多少" {
		return 0
	}
	lacks := fallsShortEntry
	if !a.anyEntry(text, lacks) {
		return 0
	}
	if lacks(in) {
		return 1
	}
	return -1
}

// fallsShortEntry reports whether a sense of in is "to fall short…" (shortByNeed).
func fallsShortEntry(in *entryInfo) bool {
	for _, s := range in.senses {
		if strings.HasPrefix(s, "to fall short") {
			return true
		}
	}
	return false
}

// changedByNeed is, for a character alone before 了 and a count (少了两成
// "down by 20%", 长了三公分 "grew 3 cm"), +1 for an entry with a verb's
// sense and -1 for one with none, where the character has both: what
// changed by an amount is a verb's doing, not a quality's (少 shao4
// "young", 长 chang2 "long; length"). 今年比去年少了两成 is shao3.
func (a *Analyzer) changedByNeed(sn *sentence, k int, in *entryInfo) float64 {
	text := sn.toks[k].Text
	j := hanAt(sn, k, 1)
	if j < 0 || utf8.RuneCountInString(text) != 1 || sn.toks[j].Text != "了" {
		return 0
	}
	c := hanAt(sn, j, 1)
	if c < 0 || !isNumeral(firstRune(sn.toks[c].Text)) {
		return 0
	}
	if !a.changeTwins(text) {
		return 0
	}
	if verbSensed(in) {
		return 1
	}
	return -1
}

// verbSensed reports whether a sense of in is a verb's (changedByNeed).
func verbSensed(in *entryInfo) bool { return slices.ContainsFunc(in.senses, isVerbSense) }

// changeTwins reports whether text has an entry with a verb's sense and
// another with senses, none a verb's (changedByNeed).
func (a *Analyzer) changeTwins(text string) bool {
	return a.anyEntry(text, verbSensed) && a.anyEntry(text, func(o *entryInfo) bool { return len(o.senses) > 0 && !verbSensed(o) && !o.e.IsName() })
}

// counted reports whether token p is a measure word after its count or a
// demonstrative (一条, 这条, 几个): 该片 "this film" is no count.
func (a *Analyzer) counted(sn *sentence, p int) bool {
	if !a.isClassifier(sn.toks[p].Text) {
		return false
	}
	b := hanAt(sn, p, -1)
	if b < 0 {
		return false
	}
	t := sn.toks[b].Text
	return isNumeral(firstRune(t)) || t == "这" || t == "那" || t == "几" || t == "哪"
}

// nounBeforeAspect reports whether in, an entry of a word of several
// characters all of whose plain senses are nouns', stands before an
// aspect particle and more of its clause while another entry of the word,
// read otherwise, is first a verb: what takes 了 is the verb. 他教会了我很
// 多东西 is jiao1 hui4 "to teach", not jiao4 hui4 "Christian church".
func (a *Analyzer) nounBeforeAspect(sn *sentence, k int, in *entryInfo) bool {
	text := sn.toks[k].Text
	if utf8.RuneCountInString(text) < 2 {
		return false
	}
	j := hanAt(sn, k, 1)
	if j < 0 || !aspectParticles[sn.toks[j].Text] || hanAt(sn, j, 1) < 0 || !nounsAll(in) {
		return false
	}
	for _, e := range a.dict.Lookup(text) {
		if o := a.info(e); o != in && !e.IsName() && !strings.EqualFold(e.Pinyin, in.e.Pinyin) && o.meaning != nil && freeVerbFirst(o) {
			return true
		}
	}
	return false
}

// nounsAll reports whether every plain sense of in is a noun's: nounish,
// with no infinitive in its first gloss, whose last word is a noun for
// WordNet ("bad habit", "vice").
func nounsAll(in *entryInfo) bool {
	n := 0
	for i, s := range in.senses {
		if !in.plain(i, s) {
			continue
		}
		g := firstGloss(s)
		last := g[strings.LastIndexByte(g, ' ')+1:]
		if !nounish(s) || strings.Contains(g, "to ") || partsOfSpeech(last)&wordnet.Noun == 0 {
			return false // (not "easy to learn", which nounish lets by)
		}
		n++
	}
	return n > 0
}

// pastOnly reports whether every plain sense of in is marked as of the
// past or of books.
func pastOnly(in *entryInfo) bool {
	n := 0
	for _, s := range in.senses {
		if strings.HasPrefix(s, "CL:") || strings.HasPrefix(s, "surname") {
			continue
		}
		if !strings.Contains(s, "(in imperial China)") && !strings.HasPrefix(s, "(old)") && !strings.HasPrefix(s, "(archaic)") && !strings.HasPrefix(s, "(literary)") {
			return false
		}
		n++
	}
	return n > 0
}

// hiddenFrom are people one keeps things from (背着父母 bei4 "keeping sth
// secret from"); a child before a verb is mostly carried (背着孩子去买菜).
var hiddenFrom = map[string]bool{"父母": true, "爸妈": true, "爸爸": true, "妈妈": true, "老师": true, "家人": true, "家里人": true,
	"大家": true, "别人": true, "老婆": true, "老公": true, "丈夫": true, "妻子": true, "领导": true, "老板": true, "同事": true, "朋友": true}

// carryNeed is, for 背着, +1 for the entry "carrying on one's back" (bei1)
// and -1 for the others before what is carried: a thing or a quantity,
// not a pronoun, a name or someone one hides things from: 他背着书包上学,
// 她背着一个大包 are bei1, not bei4 "turning one's back to; keeping sth
// secret from" (他背着我做了这件事 stays bei4).
func (a *Analyzer) carryNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "背着" {
		return 0
	}
	j := hanAt(sn, k, 1)
	if j < 0 {
		return 0
	}
	t, p := sn.toks[j].Text, sn.posOf(a, j)
	if personPos(p) || hiddenFrom[t] || !(strings.HasPrefix(p, "n") || p == "m" || p == "mq" || numeralWord(t)) || t == "身" || t == "脸" || t == "光" {
		return 0
	}
	if len(in.senses) > 0 && strings.HasPrefix(in.senses[0], "carrying") {
		return 1
	}
	return -1
}

// questionTwinAsked reports whether entry in of token k is a variant of a
// question word (那 na3 "variant of 哪[na3]") while another word of the
// sentence asks a question: 那你怎么知道的 "so how did you know" is na4
// "then (in that case)", the English "how" being 怎么's. The English side
// is the whole pair's, so the question word may stand in another clause:
// 那现在呢？一个月能卖出去多少件？ "And now? How many pieces …", 那可不。
// 哪棵树几月掉叶子 "Oh, you bet. Which tree …", 爷爷那辈 … ("How many
// generations …", 几代) are na4 too.
func questionTwinAsked(sn *sentence, k int, in *entryInfo) bool {
	if !in.questionTwin { // questionTwinEntry(in), found once per entry
		return false
	}
	for j := range sn.toks {
		if j != k && asksQuestion(sn.toks[j].Text) {
			return true
		}
	}
	return false
}

// asksQuestion reports whether word t is 吗 or holds a question word: 哪,
// 几, 怎, 谁, 什么 or 多少 (哪儿, 哪些, 几个, 怎么, 怎么会, 为什么, 什么样 …):
// what says the English "how", "which" or "what" of a question where 那
// might be taken for 哪. (几乎 "almost" holds 几 as well, and counts.)
func asksQuestion(t string) bool {
	if t == "吗" {
		return true
	}
	for _, r := range t {
		switch r {
		case '哪', '几', '怎', '谁':
			return true
		}
	}
	return strings.Contains(t, "什么") || strings.Contains(t, "多少")
}

// questionTwinEntry reports whether in is a spelling of 哪 (its first
// sense "variant of 哪"), which questionTwinAsked weighs.
func questionTwinEntry(in *entryInfo) bool {
	return len(in.senses) > 0 && strings.HasPrefix(in.senses[0], "variant of 哪")
}

// headNeed is, for entry in of token k, a single character right after a
// noun or verb of several characters and right before its clause's
// predicate (是, 为, or a degree adverb and an adjective other than 多 or
// 少), +1 for an entry whose first sense is a noun and -1 for one whose
// first sense is a verb, where the character has both: it ends the
// subject, a compound the dictionary lacks (我们的失败率很高, 准确率是多少
// lü4 "rate", not shuai4 "to lead", which would want an object). 0
// elsewhere (成绩差很多: 多 is a quantity, 差 cha4 the predicate).
//
// Where only a verb stands (verbPlaced), -1 for a noun's entry that has
// no verb's sense at all, and the other entries are left to the rest: 种
// 在院子里 is zhong4 "to plant", not zhong3 "seed" (钉 ding1 "nail; to follow
// closely" has verbs of its own, and 给 gei3's first gloss "to" is no
// noun's but nounish takes it for one).
func (a *Analyzer) headNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if in.firstPlain < 0 {
		return 0
	}
	if nb.once(factNounHead, func() bool { return a.nounOrVerbHead(sn, k, nb) }) {
		switch {
		case headNounFirst(in):
			return 1
		case verbFirst(in):
			return -1
		}
		return 0
	}
	if headNounFirst(in) && !hasVerbSense(in) && nb.once(factVerbPlaced, func() bool { return a.verbPlaced(sn, k, nb) }) {
		return -1
	}
	return 0
}

// verbPlaced is headNeed's other question of token k, a single character
// whose word has an entry first a noun's and one first a verb's (needHead):
// does it stand where a verb does, not a thing? Right after 被, whose verb
// it is (钱被塞在…, 他被钉在…); or, not counted and not after 的 (where
// the thing is named: 三种, 我的背), right before 在 or 到 and the place it
// put something (种在院子里, 扣子缝在衣服上, 书传到了国外), or before an aspect
// particle and more of its clause (种了很多树, 钉了一颗钉子).
func (a *Analyzer) verbPlaced(sn *sentence, k int, nb *neighbours) bool {
	if utf8.RuneCountInString(sn.toks[k].Text) != 1 || hanAt(sn, k, 1) < 0 {
		return false
	}
	// (The entries as nounOrVerbHead asks them, needHead's bit.)
	if !a.wordAny(sn, k, wordNounFirst, headNounFirst) || !a.wordAny(sn, k, wordVerbFirst, verbFirst) || a.wordAny(sn, k, wordNeither, neitherEntry) {
		return false
	}
	if nb.prev == "被" {
		return true
	}
	if nb.afterNumeral || nb.prev == "的" || nounDeterminers[nb.prev] || hanAt(sn, k, -1) >= 0 && a.counted(sn, hanAt(sn, k, -1)) {
		return false
	}
	n := hanAt(sn, k, 1)
	switch sn.toks[n].Text {
	case "在", "到":
		return hanAt(sn, n, 1) >= 0
	case "了", "着", "过":
		return hanAt(sn, n, 1) >= 0
	}
	return false
}

// headNounFirst reports whether in's first plain sense is a noun's.
func headNounFirst(in *entryInfo) bool {
	return in.firstPlain >= 0 && nounish(in.senses[in.firstPlain])
}

// neitherEntry reports whether in has a plain sense and is first neither
// a noun nor a verb (nounOrVerbHead).
func neitherEntry(ie *entryInfo) bool {
	return ie.firstPlain >= 0 && !headNounFirst(ie) && !verbFirst(ie)
}

// nounOrVerbHead is headNeed's question of token k, whatever the entry: a
// single character after a word of several, making a noun phrase with it
// before a verb, 是 or a degree adverb and an adjective, with an entry
// that is first a noun and one first a verb (and no other).
func (a *Analyzer) nounOrVerbHead(sn *sentence, k int, nb *neighbours) bool {
	// The entries first, remembered per headword: every entry (not a
	// name, with a plain sense) a noun or a verb first, not 了, whose
	// particle's entry is neither; one a noun, one a verb.
	if !a.wordAny(sn, k, wordNounFirst, headNounFirst) || !a.wordAny(sn, k, wordVerbFirst, verbFirst) || a.wordAny(sn, k, wordNeither, neitherEntry) {
		return false
	}
	if utf8.RuneCountInString(sn.toks[k].Text) != 1 || utf8.RuneCountInString(nb.prev) < 2 || hanAt(sn, k, -1) != k-1 {
		return false
	}
	// After 的 or a determiner the word before and the token make the
	// noun phrase (的通过率提高了: gse tags 通过 a preposition).
	pp := hanAt(sn, k-1, -1)
	phrase := pp >= 0 && (sn.toks[pp].Text == "的" || nounDeterminers[sn.toks[pp].Text])
	if p := nb.prevPos; !strings.HasPrefix(p, "n") && !strings.HasPrefix(p, "v") && !(phrase && (p == "p" || p == "a")) {
		return false
	}
	if p := sn.posOf(a, k); strings.HasPrefix(p, "u") || p == "y" || p == "p" || p == "c" || p == "d" {
		return false
	}
	next := hanAt(sn, k, 1)
	if next < 0 || a.verbComplementAt(sn, next) {
		// Before a word that comes after a verb the token is that verb,
		// not the head of a noun: 你的想法听起来有意思 ting1 "to
		// listen", not yin3 "smile (archaic)".
		return false
	}
	switch t := sn.toks[next].Text; {
	case t == "是" || t == "为":
	case phrase && (strings.HasPrefix(nb.prevPos, "v") || nb.prevPos == "p") && strings.HasPrefix(sn.posOf(a, next), "v") && utf8.RuneCountInString(t) > 1 && !negation(firstRune(t)):
		// The phrase's verb, after a verb the token makes a noun of:
		// 这个完成率提高了 (not after a noun, which may end the phrase
		// itself: 一些黄铁矿磨制成宝石 mo2 "to grind"; nor the token's
		// own question, 这个办法行不行).
	case degreeAdverbs[t]:
		after := hanAt(sn, next, 1)
		if after < 0 || sn.posOf(a, after) != "a" || sn.toks[after].Text == "多" || sn.toks[after].Text == "少" {
			return false
		}
	default:
		return false
	}
	return true
}

// negatedVerb reports whether the token stands right after a negation (不,
// 没, 没有, 别) with nothing for an adverb to modify after it: a pronoun
// or a noun, its object, or the end of its clause. The character is the
// verb there, not an adverb, if the character has a verb's entry: 我还没
// 还他钱, 借的书他一直没还 huan2 "to pay back; to return", not hai2
// "still" (你不还有我吗 keeps hai2: 有 follows; 不只 keeps zhi3 "only",
// 只 has no verb's entry).
func negatedVerb(nb *neighbours) bool {
	switch nb.prev {
	case "不", "没", "没有", "别":
		return nb.objectless || strings.HasPrefix(nb.nextPos, "r") || strings.HasPrefix(nb.nextPos, "n")
	}
	return false
}

// bracketNeed reports whether in is the one entry of a single character
// whose plain sense names in brackets what it is about, and a noun beside
// the token (its subject before it, its object after it, within a few
// words) is that thing by its first gloss: 会议散了 is san4 "to break up (a
// meeting etc)", not san3 "scattered; loose"; 树上结了很多果子 jie1 "(of a
// plant) to produce (fruit or seeds)", not jie2 "knot; to tie". Where the
// nouns name no entry's bracket, or several entries', false.
func (a *Analyzer) bracketNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
	if len(in.bracketStems()) == 0 || !nb.once(factNounsAround, func() bool {
		nb.nounStems = a.nounStemsAround(sn, k)
		return len(nb.nounStems) > 0
	}) {
		return false
	}
	nounStems := nb.nounStems
	named := func(e *entryInfo) bool {
		for _, st := range e.bracketStems() {
			if slices.Contains(nounStems, st) {
				return true
			}
		}
		return false
	}
	if !named(in) {
		return false
	}
	for _, e := range a.dict.Lookup(sn.toks[k].Text) {
		if ie := a.info(e); ie != in && !e.IsName() && ie.meaning == ie.e && named(ie) {
			return false
		}
	}
	return true
}

// nounStemsAround is bracketNeed's question of token k, whatever the
// entry: the glossStems of the first glosses of the nouns around a single
// character that is not rare and has no particle's entry; nil if none.
func (a *Analyzer) nounStemsAround(sn *sentence, k int) []string {
	text := sn.toks[k].Text
	if utf8.RuneCountInString(text) != 1 || sn.rare(a, k) || a.wordAny(sn, k, wordParticle, func(e *entryInfo) bool { return e.particle >= 0 }) {
		// (A rare character beside a noun is more often part of a name:
		// 鸡仔木; a particle's character is left to particleNeed: 时候得过
		// 冠军 is guo5, whatever "(of time) to pass" says.)
		return nil
	}
	var nouns []string
	for d, dir := range [2]int{-1, 1} {
		j := k
		for n := 0; n < 4; n++ {
			if j = hanAt(sn, j, dir); j < 0 {
				break
			}
			p := sn.posOf(a, j)
			if strings.HasPrefix(p, "n") {
				nouns = append(nouns, sn.toks[j].Text)
				if d == 0 {
					break // the subject: the nearest noun before
				}
				continue
			}
			t := sn.toks[j].Text
			if dir < 0 && p != "d" && p != "f" {
				break // (an adverb or a place word between the subject and the token: 树上结了)
			}
			if p != "d" && p != "m" && p != "q" && p != "mq" && !strings.HasPrefix(p, "u") && p != "f" && !degreeAdverbs[t] && t != "多" && t != "少" {
				break // (adverbs, quantities and particles between: 结了很多果子)
			}
		}
	}
	if len(nouns) == 0 {
		return nil
	}
	return a.firstGlossStems(nouns)
}

// bracketStems returns the stems of the words that in's plain senses
// name in brackets ("to break up (a meeting etc)": meeting), found once.
func (in *entryInfo) bracketStems() []string {
	if p := in.brackets.Load(); p != nil {
		return *p
	}
	var sts []string
	for i, s := range in.senses {
		if in.plain(i, s) {
			forBracketWords(s, func(_, st string, _ bool) { sts = append(sts, st) })
		}
	}
	in.brackets.Store(&sts) // two goroutines may both find it: same result
	return sts
}

// firstGlossStems returns the glossStems of the words of the first plain
// gloss of the entries (not names') of those of words whose first gloss
// is a noun's.
func (a *Analyzer) firstGlossStems(words []string) []string {
	var sts []string
	for _, w := range words {
		if !a.nounFirst(w) {
			continue
		}
		for _, ne := range a.dict.Lookup(w) {
			ni := a.info(ne)
			if ne.IsName() || ni.firstPlain < 0 {
				continue
			}
			for _, gw := range glossWords(firstGloss(ni.senses[ni.firstPlain])) {
				sts = append(sts, glossStem(gw))
			}
		}
	}
	return sts
}

// singleSlotNeed is, for a single character in a slot (fact, found once
// per token by holds), +1 for the entry that fits the slot and -1 for the
// others; 0 for a word of several characters or where the slot is not
// there: prepositionNeed, lackNeed and severalNeed.
func singleSlotNeed(in *entryInfo, nb *neighbours, fact tokenFact, holds func() bool, fits func(*entryInfo) bool) float64 {
	if int(in.runes) != 1 || !nb.once(fact, holds) {
		return 0
	}
	if fits(in) {
		return 1
	}
	return -1
}

// lackNeed is, for a single character one of whose entries has a plain
// sense "to lack" or "to fall short of" (差 cha4), +1 for that entry and
// -1 for the others where the token, after its subject or an adverb,
// takes what is lacking: a quantity of a noun (还差两个人), or the person
// and the amount (你差我十块钱): not cha1 "difference", nor chai1 "to send
// (on an errand)", which a verb's slot would favour. 0 elsewhere.
func (a *Analyzer) lackNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	return singleSlotNeed(in, nb, factLacking, func() bool { return a.lacking(sn, k, nb) }, lackSense)
}

// lackSense reports whether in has a plain sense "to lack…" or "to fall
// short…".
func lackSense(in *entryInfo) bool {
	for i, s := range in.senses {
		if in.plain(i, s) && (strings.HasPrefix(s, "to lack") || strings.HasPrefix(s, "to fall short")) {
			return true
		}
	}
	return false
}

// lacking is lackNeed's question of token k, whatever the entry: after its
// subject or an adverb, before a counted object (or a person and one), with
// an entry that lacks.
func (a *Analyzer) lacking(sn *sentence, k int, nb *neighbours) bool {
	if !a.wordAny(sn, k, wordLacks, lackSense) {
		return false
	}
	if p := nb.prevPos; !strings.HasPrefix(p, "r") && !strings.HasPrefix(p, "n") && p != "d" && p != "t" && !(utf8.RuneCountInString(nb.prev) == 1 && adverbChar(nb.left)) {
		return false // (还 of 还差 may be tagged otherwise)
	}
	next := hanAt(sn, k, 1)
	if !a.countedObject(sn, next) && !(nb.in(nextPersonal) && a.countedObject(sn, hanAt(sn, next, 1))) {
		return false
	}
	return true
}

// countedObject reports whether the tokens from j on are a quantity of a
// noun: a numeral, a measure word (as one word with it or not) and the
// noun it counts, or 钱 (两个人, 十块钱, 一个解释).
func (a *Analyzer) countedObject(sn *sentence, j int) bool {
	if j < 0 {
		return false
	}
	t := sn.toks[j].Text
	r, n := utf8.DecodeRuneInString(t)
	if !isNumeral(r) && r != '两' && !numeralWord(t) {
		return false
	}
	allNumerals := true
	for _, c := range t {
		allNumerals = allNumerals && (isNumeral(c) || c == '两')
	}
	m := j
	if n == len(t) || allNumerals {
		// The numeral alone: the measure word comes next (一个, 两本:
		// the token holds it).
		if m = hanAt(sn, j, 1); m < 0 || !a.measureWord(sn.toks[m].Text) {
			return false
		}
	}
	o := hanAt(sn, m, 1)
	return o >= 0 && (a.nounAt(sn, o) || sn.toks[o].Text == "钱")
}

// measureWord reports whether a sense of an entry of w glosses a measure
// word: "classifier for …", or 个's "(classifier used before a noun that
// has no specific classifier)", which isClassifier does not see.
func (a *Analyzer) measureWord(w string) bool {
	for _, e := range a.dict.Lookup(w) {
		for _, s := range e.Senses() {
			if strings.HasPrefix(s, "classifier") || strings.HasPrefix(s, "(classifier") {
				return true
			}
		}
	}
	return false
}

// twoObjects reports whether token k, a single character, is followed by
// a personal pronoun and then what is given or owed to that person (a
// noun, 钱, or a numeral or demonstrative before it), no verb: the token
// is the verb of two objects, not an adverb, where the character has a
// verb's entry: 我明天还你钱, 你还我十块钱, 还我那本书 are huan2 "to pay
// back; to return", not hai2 "still" (他还我们帮了不少忙 is left alone: 帮
// a verb).
func (a *Analyzer) twoObjects(sn *sentence, k int, nb *neighbours) bool {
	if !nb.in(nextPersonal) || utf8.RuneCountInString(sn.toks[k].Text) != 1 {
		return false
	}
	j := hanAt(sn, hanAt(sn, k, 1), 1)
	if (j < 0 || (sn.toks[j].Text == "吧" || sn.toks[j].Text == "了") && closesClause(sn, j)) && hanAt(sn, k, -1) >= 0 {
		// Given back to the person, the thing said before: 你把书还我,
		// 你把书还我吧, 钱我已经还他了 (the person closing the clause but
		// for a particle).
		return true
	}
	if j < 0 || a.predicateAt(sn, j) {
		return false
	}
	t := sn.toks[j].Text
	r, _ := utf8.DecodeRuneInString(t)
	return t == "钱" || isNumeral(r) || r == '这' || r == '那' || strings.HasPrefix(sn.posOf(a, j), "n") && closesClause(sn, j)
}

// adverbOnlyEntry reports whether in is a function word's entry and no
// verb's (还 hai2 "still; yet"): twoObjects.
func adverbOnlyEntry(in *entryInfo) bool {
	kd := in.kinds.kinds()
	return kd.function >= 0.5 && kd.verb < 0.5
}

// resultCloses reports whether token k, a single character, is followed
// by a complement of result or direction (上, 完, 掉, 回, 回去, 回来) that
// closes its clause, or only 了 and final particles follow it: the token
// is the verb, not an adverb (钱都还上了, 书还回去了 are huan2 "to pay back;
// to return", not hai2 "still"; 他还上了大学, an object after, is left
// alone).
func resultCloses(sn *sentence, k int) bool {
	if utf8.RuneCountInString(sn.toks[k].Text) != 1 || negation(firstRune(sn.toks[k].Text)) {
		return false // (他还没回来: 没 mei2 negates the verb after it)
	}
	c := hanAt(sn, k, 1)
	if c < 0 {
		return false
	}
	switch sn.toks[c].Text {
	case "上", "完", "掉", "回", "回去", "回来":
	default:
		return false
	}
	if closesClause(sn, c) {
		return true
	}
	n := hanAt(sn, c, 1)
	return sn.toks[n].Text == "了" && closesClause(sn, n)
}

// fallFirst reports whether in's first plain sense is a verb of falling: 倒
// dao3 "to fall; to collapse", 落 luo4 "to fall or drop".
func fallFirst(in *entryInfo) bool {
	if in.firstPlain < 0 {
		return false
	}
	g := firstGloss(in.senses[in.firstPlain])
	return g == "to fall" || strings.HasPrefix(g, "to fall or ")
}

// disposalNeed is, for entry in of text, the verb of a 把 clause
// (baObjectBefore), -1 for an entry of falling where text has one, +1 for
// another whose first sense is a verb: what 把 brings is acted on, and
// does not fall by itself. 把杯子倒满了水, 把剩菜倒了 dao4 "to pour; to
// dump", 把钥匙落在家里了 la4 "to leave behind", not dao3 or luo4 (nor lao4,
// "colloquial reading of 落 in certain compounds"). 0 for a character
// without an entry of falling.
func (a *Analyzer) disposalNeed(text string, in *entryInfo) float64 {
	switch {
	case !a.anyEntry(text, fallFirst):
		return 0
	case fallFirst(in):
		return -1
	case verbFirst(in):
		return 1
	}
	return 0
}

// disposalAround is readingNeed's question of token k before disposalNeed,
// whatever the entry: it has an entry of falling (without one disposalNeed
// says nothing) and is the verb of a 把 clause or acts, a person its
// subject, on an object.
func (a *Analyzer) disposalAround(sn *sentence, k int, nb *neighbours) bool {
	return a.wordAny(sn, k, wordFalls, fallFirst) && (a.baObjectBefore(sn, k, nb) || a.objectAfter(sn, k, nb) && a.agentBefore(sn, k))
}

// anyEntry reports whether an entry of text, not a name's, has property
// f: an entry of falling (disposalNeed), a verb first (adjectiveOrVerb).
func (a *Analyzer) anyEntry(text string, f func(*entryInfo) bool) bool {
	for _, e := range a.dict.Lookup(text) {
		if !e.IsName() && f(a.info(e)) {
			return true
		}
	}
	return false
}

// hasVerbSense reports whether some sense of in is a verb's.
func hasVerbSense(in *entryInfo) bool { return in.kinds.kinds().verb > 0 }

// verbFirst reports whether in's first plain sense is a verb's ("to …").
func verbFirst(in *entryInfo) bool {
	return in.firstPlain >= 0 && isVerbSense(in.senses[in.firstPlain])
}

// baObjectBefore reports whether token k is the verb of a 把 clause, right
// after 把's object (a noun or a pronoun, or a character gse tags zg that
// is no verb: 把车倒一下); a verb before it makes it a complement (把人撞倒
// 了 dao3).
func (a *Analyzer) baObjectBefore(sn *sentence, k int, nb *neighbours) bool {
	p := nb.prevPos
	if !strings.HasPrefix(p, "n") && !strings.HasPrefix(p, "r") && (p != "zg" || a.verbChar(nb.prev)) {
		return false
	}
	return hanAt(sn, k, -1) >= 0 && baBefore(sn, k)
}

// objectAfter reports whether an object follows token k, a verb: a noun or
// a pronoun, a quantity (一杯茶), 了 and one of those, or 一下 (倒一下).
func (a *Analyzer) objectAfter(sn *sentence, k int, nb *neighbours) bool {
	next := hanAt(sn, k, 1)
	if next < 0 {
		return false
	}
	if nb.next == "了" {
		if next = hanAt(sn, next, 1); next < 0 {
			return false
		}
	}
	t, p := sn.toks[next].Text, sn.posOf(a, next)
	return t == "一下" || strings.HasPrefix(p, "n") || strings.HasPrefix(p, "r") || p == "m" || p == "q" || numeralWord(t)
}

// agentBefore reports whether the subject of token k, a verb, is a person:
// a personal pronoun (not 它) or 请 before it in its clause, with only
// adverbs, modal verbs, 去 or 来, and a phrase of 给, 帮 or 替 with its
// object between (她给我们每人倒了一杯茶, 请帮我倒一杯茶, 你去倒一下吧);
// or such a phrase right before the verb, whoever the subject. A
// person acts on the object: 倒 dao4 "to pour", not dao3 "to fall", which
// takes none (disposalNeed); 树倒了 has no object, 他累倒了 a verb before.
func (a *Analyzer) agentBefore(sn *sentence, k int) bool {
	// 给 and the person, then the verb: 给每位客人倒 (the person may be a
	// noun phrase).
	for j, n := hanAt(sn, k, -1), 0; j >= 0 && n < 5; j, n = hanAt(sn, j, -1), n+1 {
		t, p := sn.toks[j].Text, sn.posOf(a, j)
		if benefactives[t] {
			if n > 0 {
				return true
			}
			break
		}
		if !strings.HasPrefix(p, "n") && !strings.HasPrefix(p, "r") && p != "m" && p != "q" && p != "d" && p != "zg" {
			break
		}
	}
	j := hanAt(sn, k, -1)
	for n := 0; j >= 0 && n < 6; n++ {
		t, p := sn.toks[j].Text, sn.posOf(a, j)
		b := hanAt(sn, j, -1)
		switch {
		case (personalPronouns[t] || strings.HasPrefix(p, "r")) && b >= 0 && benefactives[sn.toks[b].Text]:
			j = hanAt(sn, b, -1) // 给我们, 帮我: the phrase, not the subject
		case personalPronouns[t] && t != "它" && t != "它们" || t == "请":
			return true
		case benefactives[t] || p == "d" || modalVerbs[t] || t == "去" || t == "来" || strings.HasPrefix(p, "r"):
			j = b
		default:
			return false
		}
	}
	return false
}

// fallAdverbNeed is, for entry in of token k, the character of a verb of
// falling (倒, whose other entry has an adverb's sense: dao4 "contrary to
// what one might expect; but; yet") standing between its subject, or 得,
// and a predicate that is no complement of its own: +1 for the entry with
// a function word's sense, -1 for the entry of falling. 我倒是想去,
// 其实我倒觉得, 说得倒容易, 这样倒也不错 are dao4; 他倒在地上, 树倒了,
// 倒下来, 把水倒满 keep the verb (在, 了 and a complement follow it; a 把
// clause is disposalNeed's). 0 elsewhere, and for a character without
// both entries.
func (a *Analyzer) fallAdverbNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if in.e.IsName() || !nb.once(factFallOrAdverb, func() bool { return a.fallOrAdverb(sn, k, nb) }) {
		return 0
	}
	switch {
	case fallFirst(in):
		return -1
	case in.kinds.kinds().function > 0:
		return 1
	}
	return 0
}

// fallOrAdverb is fallAdverbNeed's question of the token, whatever the
// entry: a single character, not in a 把 clause, between its subject (or
// 得) and a predicate, with an entry of falling and an entry of a
// function word.
func (a *Analyzer) fallOrAdverb(sn *sentence, k int, nb *neighbours) bool {
	fallAdverb := func(ie *entryInfo) bool { return !fallFirst(ie) && ie.kinds.kinds().function > 0 }
	// The entries first: few characters have both, and the construction
	// asks predicateAt of the next word.
	if !a.wordAny(sn, k, wordFalls, fallFirst) || !a.wordAny(sn, k, wordFallAdverb, fallAdverb) || utf8.RuneCountInString(sn.toks[k].Text) != 1 || baBefore(sn, k) {
		return false
	}
	next := hanAt(sn, k, 1)
	if next < 0 {
		return false
	}
	switch t := sn.toks[next].Text; {
	case t == "是" || t == "也" || t == "不" || t == "没" || t == "还" || degreeAdverbs[t]:
	case a.degreeWord(t):
		// A degree adverb in one word with its quality (挺好 "very
		// good", as the English side may make it): 质量倒挺好.
	case utf8.RuneCountInString(t) == 1 && sn.posOf(a, next) == "a" && closesClause(sn, next):
		// A quality closing the clause, said against what was expected:
		// 现在倒好, 这下倒好 "now, of all things"; 把水倒好 is disposalNeed's.
	case utf8.RuneCountInString(t) > 1 && a.predicateAt(sn, next) && !a.needsVerbBefore(sn, next) && !strings.HasPrefix(t, "在") && !directionComplement(t):
		// (A verb or adjective of its own, not a complement of
		// direction: 倒下去, 倒过来.)
	default:
		return false
	}
	if p := hanAt(sn, k, -1); p >= 0 {
		// (Or a state or an action of one character named as the topic,
		// before 还 or 也: 困倒还好, 累倒也没什么 "sleepy, that's actually
		// fine"; 累倒了 keeps the verb.)
		if pp := nb.prevPos; !(strings.HasPrefix(pp, "r") || strings.HasPrefix(pp, "n") || pp == "d" || pp == "t" || nb.prev == "得" || topicBeforeStill(sn, p, next)) {
			return false
		}
	}
	return true
}

// topicBeforeStill reports whether token p, before 倒 (fallOrAdverb), is a
// verb or adjective of one character, and the word after 倒, token next,
// opens with 还 or 也: what is said of p "still" or "also" holds.
func topicBeforeStill(sn *sentence, p, next int) bool {
	t := sn.toks[next].Text
	return utf8.RuneCountInString(sn.toks[p].Text) == 1 && (strings.HasPrefix(t, "还") || strings.HasPrefix(t, "也"))
}

// measureNeed is, for entry in of token k, a single character after 有多
// closing its clause (howMuch), or before a
// quantity of weight or length (a numeral and a unit: 五公斤, 三米, with
// 约, 大约 or 近 between), or after a word of degree (qualityAfterDegree):
// the adjective it measures, +1 for an entry
// whose first plain sense is an adjective, -1 for one whose first is a
// verb. 这个箱子约重五公斤, 重约五公斤, 这么重的箱子 are zhong4 "heavy", not
// chong2 "to repeat". (Not across 了: 长了三公斤 "gained three kilos" is
// zhang3.) 0 elsewhere.
func (a *Analyzer) measureNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if in.firstPlain < 0 || !nb.once(factMeasures, func() bool { return a.measures(sn, k) }) {
		return 0
	}
	if !a.wordAny(sn, k, wordVerbFirst, verbFirst) {
		return 0 // (adjectiveOrVerb's first test, remembered per headword)
	}
	return a.adjectiveOrVerb(sn.toks[k].Text, in)
}

// measures is measureNeed's question of token k, whatever the entry: a
// single character after 有多 closing its clause, or before a quantity of
// weight or length.
func (a *Analyzer) measures(sn *sentence, k int) bool {
	if utf8.RuneCountInString(sn.toks[k].Text) != 1 {
		return false
	}
	if a.howMuch(sn, k) || a.qualityAfterDegree(sn, k) {
		return true
	}
	j := hanAt(sn, k, 1)
	for n := 0; j >= 0 && n < 2 && approximately[sn.toks[j].Text]; n++ {
		j = hanAt(sn, j, 1)
	}
	if j < 0 || !numeralWord(sn.toks[j].Text) && sn.posOf(a, j) != "m" {
		return false
	}
	if j = hanAt(sn, j, 1); j >= 0 && sn.toks[j].Text == "多" {
		j = hanAt(sn, j, 1)
	}
	if j < 0 || !physicalUnits[sn.toks[j].Text] {
		return false
	}
	return true
}

// adjectiveOrVerb is measureNeed's answer for in, one of the entries of
// text: where an entry of text is a verb first (重 chong2 "to repeat"),
// -1 for such an entry and +1 for one whose first plain sense WordNet knows
// as an adjective (zhong4 "heavy"); 0 for any entry of a character with no
// verb-first entry (长: chang2 "length", zhang3 "chief" are left to the
// rest of choose).
func (a *Analyzer) adjectiveOrVerb(text string, in *entryInfo) float64 {
	switch {
	case !a.anyEntry(text, verbFirst):
		return 0
	case verbFirst(in):
		return -1
	case partsOfSpeech(firstGloss(in.senses[in.firstPlain]))&wordnet.Adj != 0:
		return 1
	}
	return 0
}

// qualityAfterDegree reports whether token k is the quality a word of
// degree says "so" or "very" of: after an adverb of degree, 这么, 那么
// (这样, 那样) or an exclaiming 好 and before the 的 that makes it an
// attribute (这么重的箱子, 那么重的东西, 好重的箱子), or after an adverb of
// degree closing its clause (exclaimedDegreeAt). A verb there would have
// its object or complement after it (这么干不行); 这么 before a verb closing
// the clause says how it is done (别这么干), and is left out.
func (a *Analyzer) qualityAfterDegree(sn *sentence, k int) bool {
	p := hanAt(sn, k, -1)
	if p < 0 {
		return false
	}
	prev := sn.toks[p].Text
	if n := hanAt(sn, k, 1); n >= 0 && sn.toks[n].Text == "的" && (degreeAdverbs[prev] || degreeDemonstratives[prev] || prev == "好") {
		return true
	}
	return p == k-1 && a.exclaimedDegreeAt(sn, k)
}

// howMuch reports whether token k closes its clause after 有多 or 没有多,
// which ask "how …" of the adjective: 这些苹果有多重 "how heavy".
func (a *Analyzer) howMuch(sn *sentence, k int) bool {
	m := hanAt(sn, k, -1)
	if m < 0 || sn.toks[m].Text != "多" || !closesClause(sn, k) {
		return false
	}
	h := hanAt(sn, m, -1)
	return h >= 0 && (sn.toks[h].Text == "有" || sn.toks[h].Text == "没有")
}

// approximately are the words of an estimate before a quantity: 约重五公斤.
var approximately = map[string]bool{"约": true, "大约": true, "近": true, "将近": true, "足足": true, "足有": true, "有": true}

// physicalUnits are the units of weight and length a measure adjective
// (重, 长, 高, 宽) takes: 重五公斤, 长三米.
var physicalUnits = map[string]bool{"公斤": true, "斤": true, "克": true, "吨": true, "两": true, "磅": true, "米": true,
	"厘米": true, "毫米": true, "公里": true, "千米": true, "公分": true, "里": true, "尺": true, "寸": true, "英尺": true, "英寸": true}

// asNeed is, for entry in of token k, 为 right after a verb of one
// character that a passive (被, 叫, 让) or 把 puts in its clause, or after
// which the clause has no verb: the verb's complement "as", +1 for the
// entry mostly of verbs (wei2 "as (in the capacity of); to take sth as;
// to act as …"), -1 for the entry of function words (wei4 "because of;
// for; to"). 他被选为公司的新总裁, 大家把他评为最佳员工 are wei2; 他来为我们
// 讲课 keeps wei4 (来, a verb of motion, and a verb follows). 0 elsewhere.
func (a *Analyzer) asNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "为" {
		return 0
	}
	if a.purposeAhead(sn, k) {
		// 为 before a verb and its object, then the clause's verb: "for
		// (doing)", the entry of function words (这个发现为治疗癌症提供了
		// 新的思路 wei4).
		return -asEntry(in)
	}
	v := hanAt(sn, k, -1)
	if v < 0 || v != k-1 || utf8.RuneCountInString(sn.toks[v].Text) != 1 {
		return 0
	}
	if p := sn.posOf(a, v); !strings.HasPrefix(p, "v") && !(p == "zg" && a.verbChar(sn.toks[v].Text)) {
		return 0 // (gse tags 选 zg)
	}
	switch sn.toks[v].Text {
	case "是", "来", "去", "回", "要", "会", "能", "想", "得", "该", "敢", "肯":
		return 0
	}
	passive := false
	if b := hanAt(sn, v, -1); b >= 0 {
		switch sn.toks[b].Text {
		case "被", "叫", "让", "给":
			passive = true
		}
	}
	if !passive && !baBefore(sn, v) {
		for j := hanAt(sn, k, 1); j >= 0; j = hanAt(sn, j, 1) {
			if strings.HasPrefix(sn.posOf(a, j), "v") {
				return 0
			}
		}
	}
	return asEntry(in)
}

// asEntry is +1 for an entry of 为 mostly of verbs (wei2 "as; to act as"),
// -1 for one mostly of function words (wei4 "because of; for; to"), 0 for
// another.
func asEntry(in *entryInfo) float64 {
	switch kd := in.kinds.kinds(); {
	case kd.verb >= 0.5:
		return 1
	case kd.function >= 0.5:
		return -1
	}
	return 0
}

// purposeAhead reports whether token k is followed by a verb of several
// characters, its object (a noun), and within three words more a verb:
// 为治疗癌症提供, 为提高效率做了 (为 brings the purpose of the clause's
// verb).
func (a *Analyzer) purposeAhead(sn *sentence, k int) bool {
	v := hanAt(sn, k, 1)
	if v < 0 || utf8.RuneCountInString(sn.toks[v].Text) < 2 || !strings.HasPrefix(sn.posOf(a, v), "v") {
		return false
	}
	o := hanAt(sn, v, 1)
	if o < 0 || !strings.HasPrefix(sn.posOf(a, o), "n") {
		return false
	}
	for j, n := hanAt(sn, o, 1), 0; j >= 0 && n < 3; j, n = hanAt(sn, j, 1), n+1 {
		if t := sn.toks[j].Text; t == "而" || strings.HasPrefix(sn.posOf(a, j), "v") {
			return true
		}
	}
	return false
}

// directionComplement reports whether w is a complement of direction of two
// characters: a direction and 来 or 去 (下去, 过来, 出来, 回去).
func directionComplement(w string) bool {
	d, n := utf8.DecodeRuneInString(w)
	return len(w) == n+len("来") && strings.ContainsRune("上下进出回过起开", d) && (strings.HasSuffix(w, "来") || strings.HasSuffix(w, "去"))
}

// benefactives bring the person a verb is done for: 给我倒, 帮我倒, 替我倒.
var benefactives = map[string]bool{"给": true, "帮": true, "替": true}

// stayEntry reports whether in is a character's entry first "to stay…"
// (stayNeed).
func stayEntry(in *entryInfo) bool {
	return in.firstPlain >= 0 && strings.HasPrefix(in.senses[in.firstPlain], "to stay") && int(in.runes) == 1
}

// stayNeed reports whether in is a single character's entry of staying
// (待 dai1, 呆 dai1 "to stay; to remain") and a place or a length of time
// follows it: 在硅谷待了十五年, 待在家里, 多待几天 (not dai4 "to wait").
func stayNeed(in *entryInfo, nb *neighbours) bool {
	if !stayEntry(in) {
		return false
	}
	switch {
	case nb.next == "在":
		return true
	case nb.next == "了" || nb.next == "过" || nb.next == "着":
		return true
	}
	// (A time unit alone is no length: 嵩门待月 "waiting for the moon",
	// gse tags 月 a numeral.)
	return (nb.nextPos == "m" || nb.nextPos == "mq") && !timeUnit(nb.next) || numeralWord(nb.next)
}

// degreeNeed is, for an entry of a single character one of whose entries
// is first the adverb "more" (更 geng4 "more; even more"), +1 for that
// entry and -1 for the others where a predicate follows it (an adjective,
// a verb, 多 or 少): 为用户提供更好的体验 "a better experience" is geng4,
// not geng1 "to change; to experience", though the English says
// "experience" (体验's word). 0 elsewhere (更衣, a word of its own).
func (a *Analyzer) degreeNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if int(in.runes) != 1 || !nb.predicateNext && nb.nextPos != "a" && nb.next != "多" && nb.next != "少" {
		return 0
	}
	if moreFirst(in) {
		return 1
	}
	if a.wordAny(sn, k, wordMore, moreFirst) {
		return -1
	}
	return 0
}

// moreFirst reports whether in's first plain gloss is "more".
func moreFirst(in *entryInfo) bool {
	return in.firstPlain >= 0 && firstGloss(in.senses[in.firstPlain]) == "more"
}

// copulaNeed is, for a single character between 是 and 的 closing its
// clause, +1 for an entry whose first sense is a verb or an adjective and
// -1 for one whose first sense is a noun, where the character has both:
// 是…的 says what its subject is like or did (她的头发是卷的 juan3 "to roll
// up; to curl", not juan4 "scroll; volume"; 这是假的 jia3 "fake", not jia4
// "vacation"). So, for an adjective against a noun, after 多 or 多么 "how"
// where the character closes its clause: 有多难, 不管多难, 多难啊 ask how
// hard it is (nan2 "difficult", not nan4 "disaster", which 多灾多难 lends 难
// after 多; 喝多了 asks nothing of 了). 0 elsewhere (是我的 asks nothing of
// a character).
func (a *Analyzer) copulaNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if int(in.runes) != 1 {
		return 0
	}
	pred := copulaPredicate
	if (nb.prev == "多" || nb.prev == "多么") && closesClause(sn, k) {
		pred = (*entryInfo).adjectiveFirst
	} else if nb.prev != "是" || nb.next != "的" || !closesClause(sn, hanAt(sn, k, 1)) {
		return 0
	}
	noun := copulaNoun
	text := sn.toks[k].Text
	if !a.anyEntry(text, pred) || !a.anyEntry(text, noun) {
		return 0
	}
	switch {
	case pred(in):
		return 1
	case noun(in):
		return -1
	}
	return 0
}

// copulaNoun reports whether in's first plain sense is a noun's (copulaNeed).
func copulaNoun(in *entryInfo) bool {
	return in.firstPlain >= 0 && nounish(in.senses[in.firstPlain])
}

// copulaPredicate reports whether in's first plain sense is a verb's or an adjective's (copulaNeed).
func copulaPredicate(in *entryInfo) bool {
	return in.firstPlain >= 0 && (isVerbSense(in.senses[in.firstPlain]) || in.adjectiveFirst())
}

// firstSenseIs reports whether the first plain sense of in, a single
// character's entry, starts with one of prefixes.
func firstSenseIs(in *entryInfo, prefixes ...string) bool {
	if in.firstPlain < 0 || int(in.runes) != 1 {
		return false
	}
	for _, p := range prefixes {
		if strings.HasPrefix(in.senses[in.firstPlain], p) {
			return true
		}
	}
	return false
}

// dazedEntry, snapEntry and deceiveEntry report whether in is a
// character's entry first "(knocked) unconscious" or "dazed" (dazedNeed),
// "to snap" (snapNeed), "to deceive" (deceiveNeed).
func dazedEntry(in *entryInfo) bool   { return firstSenseIs(in, "(knocked) unconscious", "dazed") }
func snapEntry(in *entryInfo) bool    { return firstSenseIs(in, "to snap") }
func deceiveEntry(in *entryInfo) bool { return firstSenseIs(in, "to deceive") }

// dazedNeed reports whether in is an entry whose first sense is a state
// of being dazed ("(knocked) unconscious; dazed", 蒙 meng1) and the token
// closes its clause with 了, a result or a state no object follows: 他被
// 打蒙了, 我当时就蒙了 (蒙了一层灰, with its object, is meng2 "to cover").
func dazedNeed(in *entryInfo, nb *neighbours) bool {
	if !dazedEntry(in) || nb.next != "了" || nb.sn == nil {
		return false
	}
	return closesClause(nb.sn, hanAt(nb.sn, nb.k, 1))
}

// snapNeed reports whether in is an entry whose first sense is "to snap"
// (折 she2 "to snap; to break (a stick, a bone etc)") and the token closes
// its clause with 了 after what breaks or the verb that breaks it (the
// verb 把 brings, if any) and no number before it: 他的腿摔折了, 树枝折了,
// 把胳膊摔折了 are she2, not zhe2 (他把纸折了 "folded it" and 打了八折 keep
// zhe2).
func snapNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
	if !snapEntry(in) || nb.next != "了" || nb.afterNumeral {
		return false
	}
	if baBefore(sn, k) && !strings.HasPrefix(nb.prevPos, "v") {
		return false // (把胳膊摔折了: 折 completes 摔, the verb 把 brings)
	}
	return closesClause(sn, hanAt(sn, k, 1))
}

// deceiveNeed reports whether in is an entry whose first sense is "to
// deceive" (矇 meng1 "to deceive; to cheat; … to make a wild guess") and
// the token takes a person and nothing more (别蒙我, 你蒙谁呢), or is the
// guess: after 瞎, or before 对 or 错 (蒙对了), or between 是 and 的 closing
// the clause (我是蒙的): meng1, not meng2 "to cover".
func deceiveNeed(in *entryInfo, nb *neighbours) bool {
	if !deceiveEntry(in) || nb.sn == nil {
		return false
	}
	switch {
	case nb.prev == "瞎" || nb.next == "对" || nb.next == "错":
		return true
	case nb.prev == "是" && nb.next == "的":
		return closesClause(nb.sn, hanAt(nb.sn, nb.k, 1))
	case nb.in(nextPersonal) || nb.next == "谁" || nb.next == "人" || nb.next == "别人":
		j := hanAt(nb.sn, nb.k, 1)
		return closesClause(nb.sn, j)
	}
	return false
}

// severalNeed is, for a single character one of whose entries is first
// "how many; several" (几 ji3), +1 for that entry and -1 for the others
// where the token counts what follows it: a measure word, a numeral's
// unit (百, 千, 万) or a noun (几个人, 几百美元, 只需几美元). The English
// may say another entry's sense for another word: "almost free" is
// 近乎's, not 几 ji1 "almost". 0 elsewhere (几乎, a word of its own).
func (a *Analyzer) severalNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	return singleSlotNeed(in, nb, factCountsNext, func() bool { return a.countsNext(sn, k) }, severalEntry)
}

// severalEntry reports whether in's first plain sense is "how many".
func severalEntry(in *entryInfo) bool {
	return in.firstPlain >= 0 && strings.HasPrefix(in.senses[in.firstPlain], "how many")
}

// countsNext is severalNeed's question of token k, whatever the entry: it
// has an entry first "how many" and stands before a measure word, a noun
// or a numeral's unit.
func (a *Analyzer) countsNext(sn *sentence, k int) bool {
	if !a.wordAny(sn, k, wordSeveral, severalEntry) {
		return false
	}
	j := hanAt(sn, k, 1)
	if j < 0 {
		return false
	}
	t := sn.toks[j].Text
	if p := sn.posOf(a, j); !a.measureWord(t) && !strings.HasPrefix(p, "n") && p != "q" && p != "mq" && !strings.ContainsRune("十百千万亿", firstRune(t)) {
		return false // (gse tags 美元 q)
	}
	return true
}

// twinKind is what the first plain sense of a word's entry glosses, by
// WordNet: twinNoun for a noun and no adjective, twinAdjective for an
// adjective and no noun, twinOther otherwise.
type twinKind uint8

const (
	twinOther twinKind = iota
	twinNoun
	twinAdjective
)

func twinKindOf(in *entryInfo) twinKind {
	if in.firstPlain < 0 {
		return twinOther
	}
	s := in.senses[in.firstPlain]
	if isVerbSense(s) {
		return twinOther
	}
	switch partsOfSpeech(firstGloss(s)) & (wordnet.Adj | wordnet.Noun) {
	case wordnet.Noun:
		return twinNoun
	case wordnet.Adj:
		return twinAdjective
	case 0:
		if nounish(s) {
			return twinNoun // "general idea", a phrase WordNet lacks
		}
	}
	return twinOther
}

// nounAdjectiveTwins reports whether the entries of simp, names and
// variants aside, are one noun and one adjective by their first plain
// sense (twinKindOf, twinNeed).
func (a *Analyzer) nounAdjectiveTwins(simp string) bool {
	nouns, adjectives := 0, 0
	for _, e := range a.dict.Lookup(simp) {
		if e.IsName() || a.info(e).meaning == nil {
			continue
		}
		switch twinKindOf(a.info(e)) {
		case twinNoun:
			nouns++
		case twinAdjective:
			adjectives++
		default:
			return false
		}
	}
	return nouns == 1 && adjectives == 1
}

// twinNeed is, for an entry of a word of several characters that has two
// readings, one a noun's and the other an adjective's (大意 da4 yi4
// "general idea" / da4 yi5 "careless", 地道 di4 dao4 "tunnel" / di4 dao5
// "authentic", 公道 gong1 dao4 "justice" / gong1 dao5 "fair"), +1 for the
// entry the slot asks for and -1 for the other: the adjective after a
// degree adverb or a negation, before 的 or before 了 closing the clause
// (他太大意了, 千万别大意, 很地道的菜); the noun after 的, 把, a numeral or a
// demonstrative (文章的大意, 把大意写下来, 挖了一条地道). 0 elsewhere.
func (a *Analyzer) twinNeed(in *entryInfo, nb *neighbours) float64 {
	if int(in.runes) < 2 {
		return 0
	}
	kind := twinKindOf(in)
	if kind == twinOther {
		return 0
	}
	if !a.nounAdjectiveTwins(in.e.Simp) {
		return 0
	}
	want := twinOther
	switch {
	case nb.in(prevDegree) || nb.prev == "太" || nb.prev == "不" || nb.prev == "别" || nb.prev == "不要" || nb.prev == "千万别" || nb.prev == "不能":
		want = twinAdjective
	case nb.next == "的" || nb.next == "了" && nb.objectless:
		want = twinAdjective
	case nb.prev == "的" || nb.prev == "把" || nb.afterNumeral || nb.prevPos == "q" || nb.prevPos == "mq" || a.countedAfter(nb):
		want = twinNoun
	}
	switch {
	case want == twinOther:
		return 0
	case want == kind:
		return 1
	}
	return -1
}

// countedAfter reports whether the token nb describes follows a measure
// word after its numeral or demonstrative, whatever gse tags it (一条地道:
// 条 n).
func (a *Analyzer) countedAfter(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	p := hanAt(nb.sn, nb.k, -1)
	if p < 0 || !a.isClassifier(nb.prev) {
		return false
	}
	q := hanAt(nb.sn, p, -1)
	if q < 0 {
		return false
	}
	t := nb.sn.toks[q].Text
	return numeralWord(t) || determiner(t) || t == "这" || t == "那" || t == "哪"
}

// asksHowMuch reports whether an entry of simp, not a name's, is first
// "how much" (howManyNeed).
func (a *Analyzer) asksHowMuch(simp string) bool {
	asking := false
	for _, e := range a.dict.Lookup(simp) {
		if ie := a.info(e); !e.IsName() && ie.firstPlain >= 0 && strings.HasPrefix(ie.senses[ie.firstPlain], "how much") {
			asking = true
		}
	}
	return asking
}

// howManyNeed is, for an entry of a word one of whose entries is first
// "how much; how many" (多少 duo1 shao5), +1 for that entry and -1 for
// the others (duo1 shao3 "number; amount; somewhat") where the word asks:
// before what it counts (a noun, a measure word, a numeral) or closing its
// clause: 这件衣服多少钱, 你要多少？, 电话号码是多少？ ("what's your phone
// number?" must not make it "number"). Before a predicate it modifies it
// is the adverb "somewhat" (他多少懂一点), after a negation an amount
// (没有多少时间): 0 there, and elsewhere.
func (a *Analyzer) howManyNeed(in *entryInfo, nb *neighbours) float64 {
	if int(in.runes) < 2 || in.firstPlain < 0 {
		return 0
	}
	if !a.asksHowMuch(in.e.Simp) {
		return 0
	}
	counts := !nb.in(nextDegree) && strings.HasPrefix(nb.nextPos, "n") || nb.nextPos == "q" || nb.nextPos == "m" || nb.nextPos == "mq" || numeralWord(nb.next) || nb.next == "钱"
	if !counts && !nb.objectless && !nb.clauseEnd && nb.next != "来着" {
		return 0 // (来着 closes the clause it asks in: 是多少来着？)
	}
	switch nb.prev {
	case "没有", "没", "不", "并没有", "没什么":
		// A negated amount asks nothing: 没有多少时间 "not much time" is
		// the amount, duo1 shao3.
		return 0
	}
	if strings.HasPrefix(in.senses[in.firstPlain], "how much") {
		return 1
	}
	return -1
}

// mindEntry reports whether in is first "to look after…" or "to keep an
// eye on…" (mindNeed).
func mindEntry(in *entryInfo) bool {
	if in.firstPlain < 0 {
		return false
	}
	f := in.senses[in.firstPlain]
	return strings.HasPrefix(f, "to look after") || strings.HasPrefix(f, "to keep an eye on")
}

// mindNeed reports whether in is an entry whose first sense is "to look
// after" (看 kan1) or "to keep an eye on" (看好 kan1 hao3) where someone
// does it for another and keeps at it: after 帮 or 替 and the person (or
// 帮 alone), the character before 着, 住 or 好: 你帮我看着孩子 is kan1, not
// kan4 "to see; to look at"; 替他看好行李 kan1 hao3, not kan4 hao3 "to
// regard as having good prospects"; before 一下 and a thing one watches
// over (watchedAfter): 你帮我看一下行李 kan1 (帮我看一下这篇文章 is left to
// the English and the priors).
func mindNeed(in *entryInfo, nb *neighbours) bool {
	if !mindEntry(in) || nb.sn == nil {
		return false
	}
	if int(in.runes) == 1 && nb.next != "着" && nb.next != "住" && nb.next != "好" && !watchedAfter(nb) {
		return false
	}
	if nb.prev == "帮" || nb.prev == "替" {
		return true
	}
	p := hanAt(nb.sn, nb.k, -1)
	if p < 0 || !strings.HasPrefix(nb.prevPos, "r") && !strings.HasPrefix(nb.prevPos, "n") {
		return false
	}
	b := hanAt(nb.sn, p, -1)
	return b >= 0 && (nb.sn.toks[b].Text == "帮" || nb.sn.toks[b].Text == "替")
}

// watchedThings are what one asks another to look after for a while: 帮我
// 看一下行李 "keep an eye on my luggage".
var watchedThings = map[string]bool{"行李": true, "孩子": true, "东西": true, "包": true, "箱子": true, "家": true,
	"门": true, "店": true, "车": true, "位子": true, "座位": true, "小孩": true, "宝宝": true}

// watchedAfter reports whether 一下 or 一会儿 and one of watchedThings
// follow the token: 帮我看一下行李 (帮我看一下这篇文章 is left alone).
func watchedAfter(nb *neighbours) bool {
	if nb.next != "一下" && nb.next != "一会儿" {
		return false
	}
	j := hanAt(nb.sn, hanAt(nb.sn, nb.k, 1), 1)
	return j >= 0 && watchedThings[nb.sn.toks[j].Text]
}

// revolveEntry reports whether in is a character's entry first "to
// revolve…" (revolveNeed).
func revolveEntry(in *entryInfo) bool {
	return in.firstPlain >= 0 && strings.HasPrefix(in.senses[in.firstPlain], "to revolve") && int(in.runes) == 1
}

// revolveNeed reports whether in is a single character's entry whose first
// sense is turning round and round ("to revolve", 转 zhuan4), where the
// token takes neither an object nor a direction: before 得 and a
// complement of speed (轮子转得很快, 电扇转得太慢; 风向转得很突然 is left
// alone), before 起来 "to start" or 个不停 "on and on", or closing its
// clause after 在 (风扇还在转, 地球一直在转). zhuan3 "to turn; to change
// direction; to transfer" says where it turns or what it passes on (转向,
// 转告他, 往左转).
func revolveNeed(in *entryInfo, nb *neighbours) bool {
	if !revolveEntry(in) || nb.sn == nil {
		return false
	}
	switch {
	case nb.next == "得":
		after := hanAt(nb.sn, hanAt(nb.sn, nb.k, 1), 1)
		if after < 0 {
			return false
		}
		if degreeAdverbs[nb.sn.toks[after].Text] {
			if after = hanAt(nb.sn, after, 1); after < 0 {
				return false
			}
		}
		t := nb.sn.toks[after].Text
		return t == "快" || t == "慢" || t == "飞快"
	case nb.prev == "在" || nb.prev == "正在":
		return nb.objectless
	case nb.next == "起来":
		// Starting to turn round: 洗衣机一转起来就很吵, 风扇转起来了.
		return true
	case nb.next == "个":
		// Turning on and on: 风车转个不停.
		after := hanAt(nb.sn, hanAt(nb.sn, nb.k, 1), 1)
		return after >= 0 && nb.sn.toks[after].Text == "不停"
	}
	return false
}

// splitReading returns the reading of token k, a single character, in a
// verb-object compound split by an aspect particle, a quantity or a
// modifier (离合词), "" if none. Its verb stands before it (放了三天假 is
// 放假 fang4 jia4, 请一天假 请假 qing3 jia4, 睡了一个好觉 睡觉 shui4 jiao4),
// or it is the verb and its object follows (当了三年兵 is 当兵 dang1 bing1,
// 倒了两次车 倒车 dao3 che1). The compound is a CC-CEDICT headword of two
// characters whose first sense is a verb.
func (a *Analyzer) splitReading(sn *sentence, k int) string {
	// A measure word right after its numeral counts; it is not an
	// object (下了一场大雨 is not 下场 "to go off the stage"). So after an
	// ordinal: 下了第一场雪 chang2 (雪's note), not 下场 across 第一.
	if j := hanAt(sn, k, -1); j >= 0 && (numeralWord(sn.toks[j].Text) || ordinalWord(sn.toks[j].Text)) {
		return ""
	}
	// So does one right after a verb and its 了, the 一 left out, before
	// the noun it counts: 下了场大雨 chang2, 打了场比赛 chang3 (classifierNeed),
	// not 下场 xia4 chang3 "to go off the stage" nor 打场 da3 chang2 "to
	// thresh grain" across the 了 (他下了场 "left the field" keeps it).
	if a.verbLeBefore(sn, k) {
		if n := hanAt(sn, k, 1); n >= 0 && countedTag(sn.posOf(a, n)) && a.anyEntry(sn.toks[k].Text, func(o *entryInfo) bool { return o.kinds.classifier > 0 }) {
			return ""
		}
	}
	if j := hanAt(sn, k, -1); j >= 0 && aspectParticle(sn.toks[k].Text) && (strings.HasPrefix(sn.posOf(a, j), "v") || sn.posOf(a, j) == "zg" && a.verbChar(sn.toks[j].Text) || sn.toks[j].Text == "得" && sn.toks[j].Reading == "de2" || isVerbSense(sn.toks[j].Gloss)) {
		// An aspect particle right after its verb is no verb of a split
		// compound: 他打了一个结 is le5, not 了结 liao3 jie2 "to settle";
		// 路上出了点事 le5, not 了事 "to dispose of a matter" (gse tags
		// 出 zg). So after 得 read as the verb "to obtain" (gse tags it
		// a particle): 她得过两次奖 guo5, not 过奖 guo4 jiang3 "to
		// overpraise" across the count.
		// So after any character already read as a verb (gse tags 省
		// a noun): 钱得省着点花 zhe5, not 着 zhao2 of a word across 点.
		return ""
	}
	if j := hanAt(sn, k, -1); j >= 0 && sn.toks[k].Text == "的" && sn.toks[j].Text != "个" && sn.toks[j].Text != "辆" {
		// 的 after how long it took, or anything but the measure word of
		// a taxi ride, is the particle: 打了三个小时的球, 打了半天的电话,
		// 打了两年的工 are de5, not di1 of 打的 "to take a taxi" across
		// the span (打个的 keeps it).
		return ""
	}
	if r := a.negatedHave(sn, k); r != "" {
		return r
	}
	if r := a.doubledHalf(sn, k); r != "" {
		return r
	}
	if r := a.splitAcross(sn, k, -1); r != "" {
		return r
	}
	return a.splitAcross(sn, k, 1)
}

// ordinalWord reports whether w is 第 and a numeral, one word as gse
// makes it (第一, 第三十).
func ordinalWord(w string) bool {
	rest, ok := strings.CutPrefix(w, "第")
	return ok && numeralWord(rest)
}

// doubledHalf returns the reading of token k, a single character, where
// it is the first or the last of the AABB form of the word AB between
// (segment cuts it A AB B: doubledPair): its syllable in AB, "" elsewhere.
// 打扮得漂漂亮亮的 is piao4 … liang4, not piao1 "to float"; 快快乐乐 le4,
// not yue4 "music".
func (a *Analyzer) doubledHalf(sn *sentence, k int) string {
	text := sn.toks[k].Text
	if k+2 < len(sn.toks) && sn.toks[k+2].Text != text {
		if ab := sn.toks[k+1].Text; utf8.RuneCountInString(ab) == 2 && strings.HasPrefix(ab, text) && strings.HasSuffix(ab, sn.toks[k+2].Text) {
			return a.syllableOf(ab, "", 0)
		}
	}
	if k+1 < len(sn.toks) && utf8.RuneCountInString(text) == 1 && (k == 0 || sn.toks[k-1].Text != text) {
		// The AAB form of a verb and its object: 种种花 is 种 种花, both
		// zhong4 (doubledObject).
		if ab := sn.toks[k+1].Text; utf8.RuneCountInString(ab) == 2 && strings.HasPrefix(ab, text) && !strings.HasSuffix(ab, text) && a.verbSense(ab) {
			return a.syllableOf(ab, "", 0)
		}
	}
	if k >= 2 && sn.toks[k-2].Text != text {
		if ab := sn.toks[k-1].Text; utf8.RuneCountInString(ab) == 2 && strings.HasSuffix(ab, text) && strings.HasPrefix(ab, sn.toks[k-2].Text) {
			return a.syllableOf(ab, sn.toks[k-1].Reading, 1)
		}
	}
	return ""
}

// syllableOf returns syllable i of word w's reading: read (the reading
// chosen for it) if given, else that of its first entry not a name's.
func (a *Analyzer) syllableOf(w, read string, i int) string {
	if read == "" {
		for _, e := range a.dict.Lookup(w) {
			if !e.IsName() {
				read = e.Pinyin
				break
			}
		}
	}
	if s := strings.Fields(read); len(s) == 2 {
		return s[i]
	}
	return ""
}

// negatedHave returns the reading of token k, a single character right
// after 没 or 没有, that it has in 有 and it, a CC-CEDICT headword whose
// first sense is a verb; "" if there is none. 没 negates 有, so 没X says
// 有X is not so, the dictionary lacking the negative: 我现在没空 is 有空
// kong4 "to have time", not kong1 "empty" (没数 有数 shu4 alike). Not an
// aspect particle (没着 is no 有着).
func (a *Analyzer) negatedHave(sn *sentence, k int) string {
	j := hanAt(sn, k, -1)
	if j < 0 || j != k-1 || (sn.toks[j].Text != "没" && sn.toks[j].Text != "没有") || aspectParticle(sn.toks[k].Text) {
		return ""
	}
	for _, e := range a.dict.Lookup("有" + sn.toks[k].Text) {
		f := a.firstFree(e)
		if e.IsName() || f < 0 || !isVerbSense(a.info(e).senses[f]) {
			continue
		}
		if s := strings.Fields(e.Pinyin); len(s) == 2 {
			return s[1]
		}
	}
	return ""
}

// splitAcross looks for the other half of token k's split compound in
// direction d (-1: the verb before, 1: the object after) and returns
// token k's syllable in it, "" if none.
func (a *Analyzer) splitAcross(sn *sentence, k, d int) string {
	text := sn.toks[k].Text
	quantified := false
	for j, n := k, 0; n < 5; n++ {
		if j = hanAt(sn, j, d); j < 0 {
			return ""
		}
		t, p := sn.toks[j].Text, sn.posOf(a, j)
		// (Nor is a measure word after its numeral the object ahead: 当
		// 两家公司 is not 当家; unless it closes the clause, the object
		// itself: 我们干一杯 is 干杯 gan1 "to drink a toast", 转了一圈
		// 转圈 zhuan4 "to go around".)
		// (Nor a character and itself: 用了五年了 is no 了了 liao3 liao3.)
		// (Nor 来, 多 or 余 after a quantity, which make it "about" or
		// "over": 得一个来月 is no 得来 "to obtain" across the count.)
		approx := quantified && (t == "来" || t == "多" || t == "余")
		partner := ""
		switch {
		case approx:
		case n > 0 && utf8.RuneCountInString(t) == 1 && t != text && !(d > 0 && numeralWord(sn.toks[hanAt(sn, j, -1)].Text) && hanAt(sn, j, 1) >= 0):
			partner = t
		case d < 0 && potentialForm(t):
			// The verb with its potential complement as one word: 睡得着
			// 觉 is 睡觉 jiao4.
			r, _ := utf8.DecodeRuneInString(t)
			partner = string(r)
		}
		if partner != "" {
			word, syl := partner+text, 1
			if d > 0 {
				word, syl = text+partner, 0
			}
			for _, e := range a.dict.Lookup(word) {
				in := a.info(e)
				f := a.firstFree(e)
				if e.IsName() || f < 0 || !isVerbSense(in.senses[f]) {
					continue
				}
				if s := strings.Fields(e.Pinyin); len(s) == 2 {
					return s[syl]
				}
			}
		}
		// What may stand between the verb and its object: 了 过 着 的, a
		// numeral, a measure word or a time counted (一个星期的; 四个小时
		// 的, which gse tags a noun: 只睡四个小时的觉 jiao4), an
		// adjective (一个好觉), 什么.
		// What as the object's modifier asks "what … for" (着什么急,
		// 生什么气).
		// (An adjective only inside a quantity's noun phrase: 得早点来 is
		// "must come a bit early", not 得点 "to score".)
		// So may a potential complement (睡不着觉, 睡不好觉: 睡觉 shui4
		// jiao4, not 觉 jue2 "to feel").
		if !(approx || p == "m" || p == "q" || p == "t" || p == "a" && (quantified || d < 0) || p == "ul" || p == "uz" || p == "ug" || p == "uj" || t == "个" || t == "什么" || t == "不" || t == "得" || potentialTail(t) || timeUnit(t) || d < 0 && a.countedMeasure(sn, j)) {
			return ""
		}
		quantified = quantified || p == "m" || p == "q" || t == "个"
	}
	return ""
}

// countedMeasure reports whether token j is a measure word of one
// character after its numeral or after 了 (the 一 left out), whatever gse
// tags it: 出了一趟差, 出了趟差 (趟), where the count splits 出差 chu1 chai1.
func (a *Analyzer) countedMeasure(sn *sentence, j int) bool {
	if utf8.RuneCountInString(sn.toks[j].Text) != 1 {
		return false
	}
	b := hanAt(sn, j, -1)
	return b >= 0 && (numeralWord(sn.toks[b].Text) || sn.toks[b].Text == "了") && a.measureChar(sn.toks[j].Text)
}

// potentialForm reports whether w is a verb of one character with its
// potential complement, as one word of three: 睡得着, 吃不下.
func potentialForm(w string) bool {
	r := []rune(w)
	return len(r) == 3 && (r[1] == '得' || r[1] == '不')
}

// potentialTail reports whether w is a potential complement of two
// characters, 不 or 得 and the result: 不好, 不着, 得着.
func potentialTail(w string) bool {
	r := []rune(w)
	return len(r) == 2 && (r[0] == '得' || r[0] == '不')
}

// modalSlot reports whether token k, of which an entry is a modal verb (得
// dei3 "must"), stands where a modal does before an adverb and the verb
// it modifies: 你得多喝水, 我们得马上走. (score weighs a modal right
// before a verb.) 多 and 少 before a verb are adverbs ("more", "less").
// gse tags some adverbs of manner adjectives (重新, 认真, 仔细): one of
// two characters before the verb is the adverbial too, when no verb or
// adjective stands before the modal (我们得重新开始, 你得认真学习 dei3; 他学
// 得认真 is the particle after its verb).
func (a *Analyzer) modalSlot(sn *sentence, k int, entries []*dict.Entry) bool {
	next := hanAt(sn, k, 1)
	if next < 0 {
		return false
	}
	if t := sn.toks[next].Text; sn.posOf(a, next) != "d" && t != "多" && t != "少" && !mannerWords[t] && !a.mannerAdjective(sn, k, next) {
		return false
	}
	if verb := hanAt(sn, next, 1); verb < 0 || !strings.HasPrefix(sn.posOf(a, verb), "v") && !a.verbWord(sn.toks[verb].Text) {
		return false
	}
	for _, e := range entries {
		if a.info(e).kinds.modal {
			return true
		}
	}
	return false
}

// doneToIt reports whether what follows token k (得) is something done:
// no degree or state brought by the particle (热得要命), no aspect
// particle after 得 "to obtain" (得了奖), and a character with a verb's
// sense within three words (省着点花, 趁热吃, 按时还).
func (a *Analyzer) doneToIt(sn *sentence, k int, nb *neighbours) bool {
	if a.degreeSlot(sn, k, nb) || nb.next == "了" || nb.next == "过" || nb.next == "着" || strings.HasPrefix(nb.nextPos, "u") || nb.nextPos == "y" {
		return false
	}
	for j, n := hanAt(sn, k, 1), 0; j >= 0 && n < 3; j, n = hanAt(sn, j, 1), n+1 {
		if a.anyEntry(sn.toks[j].Text, hasVerbSense) {
			return true
		}
	}
	return false
}

// mannerWords say how a verb is done; gse tags them pronouns, numerals or
// nouns, not adverbs: 这事就得这么办, 就得全力投入 dei3.
var mannerWords = map[string]bool{"这么": true, "那么": true, "这样": true, "那样": true, "一起": true, "全力": true}

// verbWord reports whether w, a word of several characters gse tags no
// verb, is one all the same: a CC-CEDICT verb (努力 "to strive", an
// adjective to gse), a verb done briefly (等一等, 想一想) or with its
// potential complement (拿不动): 我们得再努力一点, 我们还得再等一等 dei3.
func (a *Analyzer) verbWord(w string) bool {
	r := []rune(w)
	switch {
	case len(r) < 2:
		return false
	case len(r) == 3 && r[1] == '一' && r[0] == r[2] && a.verbSense(string(r[0])):
		return true
	}
	return potentialForm(w) || a.verbSense(w)
}

// mannerAdjective reports whether token next, after the modal at k, is
// an adjective of two characters (gse's a or ad) while the word before k is
// no verb or adjective: the adverbial of the verb after it (得重新开始).
func (a *Analyzer) mannerAdjective(sn *sentence, k, next int) bool {
	if p := sn.posOf(a, next); (p != "a" && p != "ad") || utf8.RuneCountInString(sn.toks[next].Text) != 2 {
		return false
	}
	if prev := hanAt(sn, k, -1); prev >= 0 {
		if p := sn.posOf(a, prev); strings.HasPrefix(p, "v") || strings.HasPrefix(p, "a") {
			return false
		}
	}
	return true
}

// pointedAt reports whether a demonstrative, alone or with its measure
// word, or a numeral and a measure word stand right before token j: 这事,
// 这件事, 这种病, 两个人.
func (a *Analyzer) pointedAt(sn *sentence, j int) bool {
	i := hanAt(sn, j, -1)
	if i < 0 {
		return false
	}
	t, p := sn.toks[i].Text, sn.posOf(a, i)
	if demonstratives[t] {
		return true
	}
	if c, n := utf8.DecodeRuneInString(t); n < len(t) && demonstratives[t[:n]] && c != '些' && a.measureChar(t[n:]) {
		return true // 这种, 那个, 每位
	}
	if p != "q" && p != "mq" && !a.measureChar(t) {
		return false // (gse tags 件 zg)
	}
	if i = hanAt(sn, i, -1); i < 0 {
		return false
	}
	return demonstratives[sn.toks[i].Text] || numeralWord(sn.toks[i].Text)
}

// costUnits are the units of what something takes: time and money.
var costUnits = map[string]bool{"小时": true, "个小时": true, "天": true, "年": true, "分钟": true, "个月": true, "月": true,
	"星期": true, "个星期": true, "周": true, "块": true, "块钱": true, "元": true, "钱": true, "时间": true, "秒钟": true, "钟头": true}

// roundSum reports whether t, a numeral word, ends in 万, 千 or 亿: a sum
// of money said without its unit (两百万, 三千).
func roundSum(t string) bool {
	return strings.HasSuffix(t, "万") || strings.HasSuffix(t, "千") || strings.HasSuffix(t, "亿")
}

// costAfterVerb reports whether token k, 得, follows a verb (not a modal
// one: 他每月能得三千块 "can get") and what follows it to the end of its
// clause is an amount of time or money (costCloses): 走路得二十分钟, 开车得
// 一个小时, 走过去得半个小时 are dei3 "to need". A complement of degree
// is no bare amount (他高兴得三天没睡着 goes on with its verb).
func (a *Analyzer) costAfterVerb(sn *sentence, k int, nb *neighbours) bool {
	j := hanAt(sn, k, -1)
	if j < 0 || noAspectAfter[nb.prev] || nb.prev == "要" || nb.prev == "想" || !(strings.HasPrefix(nb.prevPos, "v") || a.predicateAt(sn, j)) {
		return false
	}
	return a.costCloses(sn, k)
}

// activityMust reports whether token k, 得, follows an everyday activity
// said as a verb and its object in one word (activities) and goes on with
// how it must be done, not with an aspect particle or what was got (唱歌
// 得了第一名, 考试得一百分: de2 "to obtain"): 开车得小心点, 你跟她聊天得
// 大声点, 晚上走路得注意安全 are dei3 "must". A complement of degree does
// not follow such a word: it follows the verb said again (他说话说得很快,
// 唱歌唱得好听).
func (a *Analyzer) activityMust(sn *sentence, k int, nb *neighbours) bool {
	if !activities[nb.prev] {
		return false
	}
	n := hanAt(sn, k, 1)
	if n < 0 {
		return false
	}
	t, p := sn.toks[n].Text, sn.posOf(a, n)
	if aspectParticles[t] || isNumeral(firstRune(t)) || strings.HasPrefix(t, "第") {
		return false
	}
	// What was got is a thing (冠军, 奖): a noun with no verb's sense. (gse
	// tags 小心 a noun: "to be careful".)
	return !strings.HasPrefix(p, "n") || a.verbSense(t)
}

// activities are everyday activities CC-CEDICT gives as one word, a verb
// and its object (activityMust).
var activities = map[string]bool{"说话": true, "聊天": true, "开车": true, "走路": true, "吃饭": true, "睡觉": true, "唱歌": true,
	"跳舞": true, "跑步": true, "游泳": true, "洗澡": true, "上班": true, "上课": true, "上学": true, "下班": true, "做饭": true,
	"做菜": true, "买菜": true, "看病": true, "吃药": true, "出门": true, "考试": true, "写字": true, "打字": true, "打球": true,
	"踢球": true, "骑车": true, "排队": true, "开会": true, "请假": true, "加班": true, "搬家": true, "过马路": true, "打电话": true,
	"做事": true, "办事": true, "干活": true, "干活儿": true, "做生意": true, "喝酒": true, "抽烟": true, "减肥": true, "写作业": true}

// timeWord reports whether w (gse tag p) is a time, which 得 dei3 "must"
// may follow (以后得, 明天得), never 得 de5: gse tags a time t, and
// 以后 and its kin localizers.
func timeWord(w, p string) bool {
	return p == "t" || p == "f" && timesAfter[w]
}

// beforeOrAfter are the localizers that make a time of the noun or verb
// before them (饭后, 睡前, 下班以后).
var beforeOrAfter = map[string]bool{"前": true, "后": true, "以前": true, "以后": true, "之前": true, "之后": true}

// timesAfter are the localizers gse tags f that say a time: 以后, 以前.
var timesAfter = map[string]bool{"以后": true, "之后": true, "今后": true, "往后": true, "以前": true, "之前": true}

// placeGoneTo reports whether token j closes a place name the segmenter
// cut in two characters, after 去, 到 or 回: 去北站, 到南站 (站 "station",
// whatever gse tags it, not the verb "to stand" that 得 de5 would follow).
// After a place of its own the character may be the verb: 去门口站着.
func (a *Analyzer) placeGoneTo(sn *sentence, j int) bool {
	if j < 0 || utf8.RuneCountInString(sn.toks[j].Text) != 1 {
		return false
	}
	i := hanAt(sn, j, -1)
	if i < 0 || utf8.RuneCountInString(sn.toks[i].Text) != 1 {
		return false
	}
	if p := sn.posOf(a, i); !strings.HasPrefix(p, "n") && p != "s" && p != "f" {
		return false
	}
	i = hanAt(sn, i, -1)
	return i >= 0 && (sn.toks[i].Text == "去" || sn.toks[i].Text == "到" || sn.toks[i].Text == "回")
}

// doingBefore reports whether 得, token k, follows a verb made with its
// object (开车, 做饭, 做生意: gse tags it a verb, its last character alone a
// noun) and comes before a verb, a coverb, an adverb or an adjective of
// manner, not a degree: what one must do in doing it (开车得小心, 洗澡得用
// 热水, 考试得认真准备, dei3).
// A complement after such a verb repeats the verb (开车开得很稳), so 得
// right after it is no particle; not after a feeling's (生气得说不出话来,
// 伤心得哭了: de5).
func (a *Analyzer) doingBefore(sn *sentence, k int, nb *neighbours) bool {
	n := utf8.RuneCountInString(nb.prev)
	if n < 2 || n > 3 || !strings.HasPrefix(nb.prevPos, "v") && !(strings.HasPrefix(nb.prevPos, "n") && a.predicateAt(sn, hanAt(sn, k, -1))) {
		return false // (gse tags 走路 a noun: a verb by its first sense)
	}
	first, _ := utf8.DecodeRuneInString(nb.prev)
	last, _ := utf8.DecodeLastRuneInString(nb.prev)
	if last >= maxRune || strings.ContainsRune("心气急惊愁羞火怕劲", last) || !a.verbHalf(first) && !a.verbChar(string(first)) {
		return false
	}
	if lp := a.w.posNames[a.singles[last].pos]; !strings.HasPrefix(lp, "n") && lp != "q" && !a.nounFirst(string(last)) {
		return false // (gse tags 班 of 上班 a measure word, 澡 of 洗澡 otherwise)
	}
	j := hanAt(sn, k, 1)
	if j < 0 {
		return false
	}
	t, p := sn.toks[j].Text, sn.posOf(a, j)
	if degreeAdverbs[t] || t == "不" || t == "了" || t == "过" || t == "着" {
		return false
	}
	// A verb or a coverb (用热水), an adjective of manner (小心, 认真) or an
	// adverb: what must be done, or how.
	return strings.HasPrefix(p, "v") || p == "p" || p == "a" || p == "ad" || p == "d" || p == "zg" && a.verbChar(t) || a.predicateAt(sn, j)
}

// causedFeeling reports whether 得, token k, stands between a feeling or a
// state of the body (feelingsCaused) and a personal pronoun with more of
// the clause after it: what the feeling did to the person (气得我直哭, 吓得
// 他不敢动). So after any verb or state of one character that gse tags zg
// (as it tags 响), the pronoun then a clause of its own: the complement of
// what it did to the person (响得我睡不着 de5), where the modal's subject
// would stand before 得, not after a verb.
func (a *Analyzer) causedFeeling(sn *sentence, k int, nb *neighbours) bool {
	if !personalPronouns[nb.next] || nb.objectless {
		return false
	}
	if feelingsCaused[nb.prev] {
		return true
	}
	n := hanAt(sn, k, 1)
	return nb.prevPos == "zg" && utf8.RuneCountInString(nb.prev) == 1 && !modalChar(firstRune(nb.prev)) &&
		n >= 0 && hanAt(sn, n, 1) >= 0 && a.anyEntry(nb.prev, hasVerbSense)
}

// feelingsCaused are the feelings and states of the body, of one
// character, that 得 and the person they got to follow: 气得我, 吓得他, 急得
// 她, 热得我, 疼得我.
var feelingsCaused = map[string]bool{"气": true, "吓": true, "急": true, "热": true, "冷": true, "饿": true, "渴": true, "疼": true, "痛": true, "累": true, "烦": true, "困": true, "乐": true, "笑": true, "逗": true, "馋": true, "闷": true, "吵": true, "挤": true, "憋": true, "羞": true, "晒": true, "冻": true, "辣": true, "痒": true, "酸": true}

// pairedState reports whether token k, after 又, is one of a pair 又 X 又
// Y: the next token is 又, or 又 stands two tokens before it (又长又黑).
func pairedState(sn *sentence, k int) bool {
	if n := hanAt(sn, k, 1); n >= 0 && sn.toks[n].Text == "又" {
		return hanAt(sn, n, 1) >= 0
	}
	p := hanAt(sn, hanAt(sn, k, -1), -1)
	if p < 0 {
		return false
	}
	p = hanAt(sn, p, -1)
	return p >= 0 && sn.toks[p].Text == "又"
}

// pairedAfter reports whether 得, token k, brings a pair of qualities, 又
// … 又 …, closing the clause: 雪下得又大又急, 跑得又快又稳 (de5). Before 地
// and a verb the pair is an adverbial of what must be done: 我们得又快又好地
// 完成 (dei3).
func pairedAfter(sn *sentence, k int) bool {
	c := hanAt(sn, k, 1)
	if c < 0 || sn.toks[c].Text != "又" {
		return false
	}
	c = hanAt(sn, c, 1)
	if c < 0 {
		return false
	}
	if c = hanAt(sn, c, 1); c < 0 || sn.toks[c].Text != "又" {
		return false
	}
	c = hanAt(sn, c, 1)
	return c >= 0 && closesClause(sn, c)
}

// costCloses reports whether what follows token k (得) to the end of its
// clause is an amount of time or money, a numeral or 多少 with its unit
// (and 多, 左右 or a final particle): 修这个得三天, 从这儿到机场得一个小时, 这个
// 得多少钱 are dei3 "to need", not de2 "to obtain" (得 了 and 分, points,
// are left alone: 他得了一百分).
func (a *Analyzer) costCloses(sn *sentence, k int) bool {
	number, unit := false, false
	for j := hanAt(sn, k, 1); j >= 0; j = hanAt(sn, j, 1) {
		switch t, p := sn.toks[j].Text, sn.posOf(a, j); {
		case numeralWord(t) || t == "多少" || t == "几" || t == "一个" || t == "两个" || t == "几个":
			number = true
			// A round sum says its own unit, money: 少说也得两百万, 得好几万
			// (dei3 "to need").
			unit = unit || roundSum(t)
		case costUnits[t]:
			unit = unit || number
		case t == "多" || t == "左右" || t == "个" || t == "来" && number || finalParticles[t] && t != "了":
			// (来 after a number is "about": 得一个来月, 得十来天.)
		case p == "m" && !strings.Contains(t, "分"):
			number = true
		default:
			return false
		}
	}
	return number && unit
}

// modalGlosses are the first glosses of a modal verb's senses (得 dei3
// "to have to; must; ought to; to need to", 应 ying1 "should; ought to").
var modalGlosses = map[string]bool{"must": true, "should": true, "ought to": true, "to have to": true,
	"to need to": true, "shall": true, "have to": true}

// modalEntry reports whether most of in's free senses gloss a modal verb.
func modalEntry(in *entryInfo) bool {
	if !in.kinds.modal {
		return false // most entries: no modal word in any sense
	}
	n, m := 0, 0
	for _, s := range in.senses {
		if !isFreeSense(s) || strings.HasPrefix(s, "CL:") {
			continue
		}
		n++
		if g := firstGloss(s); modalGlosses[g] || modalGlosses[strings.TrimPrefix(g, "(legal) ")] {
			m++
		}
	}
	return n > 0 && 2*m >= n
}

// saysHowOften reports whether a gloss of in is an adverb of how often
// ("generally", "usually", "normally", "ordinarily"): 一般, 平常 (modalNeed).
func saysHowOften(in *entryInfo) bool {
	for _, s := range in.senses {
		for g := range strings.SplitSeq(s, "; ") {
			switch g {
			case "generally", "usually", "normally", "ordinarily", "in general", "as a rule":
				return true
			}
		}
	}
	return false
}

// modalNeed reports whether in, a modal verb's entry, is called for: the
// token stands after its subject (not after a verb or an adjective, whose
// complement a particle would bring: 跑得快) and before the verb it
// modifies, with at most adverbs, times and amounts of time between (我得
// 赶紧回家, 我们得六点起床, 我得去医院: dei3 "must", not de2 "to obtain",
// whose object follows: 他得了第一名, 他得一百分).
func (a *Analyzer) modalNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
	if !in.modal { // modalEntry(in), found once per entry
		return false
	}
	if j := hanAt(sn, k, -1); j >= 0 {
		switch p := nb.prevPos; {
		case pairedAfter(sn, k) || a.causedFeeling(sn, k, nb) || a.tooMuchTo(sn, k, nb):
			return false // 雪下得又大又急, 气得我直哭, 多得数不清: de5 (particleNeed)
		case degreeComplements[nb.next] && closesClause(sn, hanAt(sn, k, 1)):
			// A complement of degree closing the clause, whatever stands
			// before: 人多得要命 de5 (gse tags 多 a numeral), as 热得要命.
			return false
		case p == "zg" && utf8.RuneCountInString(nb.prev) == 1 && a.anyEntry(nb.prev, verbFirst) && !modalChar(firstRune(nb.prev)):
			// A verb of one character gse tags zg, then 得: the particle of
			// how it went, whatever follows (这份工作我干得挺开心的 de5, not
			// dei3 before 开心, which gse tags a verb).
			return false
		case a.doingBefore(sn, k, nb):
			// A verb and its object as the topic: 开车得小心, 上班得穿正装
			// (the verb after it decides).
		case nb.prev == "可":
			// 可 "really", an adverb gse tags a verb: 这事可得小心 (the
			// verb after it decides).
		case a.costAfterVerb(sn, k, nb):
			// What doing it takes, after the verb: 走路得二十分钟, 开车得
			// 一个小时 are dei3 "to need" (a complement of degree is no
			// bare amount).
			return true
		case a.activityMust(sn, k, nb):
			// An activity, a verb and its object in one word, then how
			// it must be done: 开车得小心点, 跟老人说话得慢一点 dei3 (its
			// complement of degree would follow the verb said again:
			// 他说话说得很快).
			return true
		case timeWord(nb.prev, p) || a.placeGoneTo(sn, j):
			// A time or a place gone to before it, then what must be
			// done: 以后得少吃, 去北站得坐几路车 (the verb after it decides).
		case (p == "a" || p == "ad") && a.anyEntry(nb.prev, saysHowOften):
			// An adjective that is an adverb of how often too, before
			// the modal: 您一般得琢磨多久, 读完一本一般得在棚里待几天 are
			// dei3 (一般 "generally"; the verb after it decides), not the
			// particle of a complement (长得一般 has it after).
		case strings.HasPrefix(p, "v") || p == "a" || p == "ad" || p == "an" || p == "z" || p == "p" || strings.HasPrefix(p, "u"):
			return false
		case strings.HasPrefix(p, "n") && utf8.RuneCountInString(nb.prev) == 1 && hanAt(sn, j, -1) < 0 && nounish(sn.toks[j].Gloss) && a.doneToIt(sn, k, nb):
			// A thing opening its clause is the subject of what must be
			// done to it: 钱得省着点花, 饭得趁热吃, 书得按时还 dei3 (gse
			// tags 省 a noun, 趁热 an idiom, 还 an adverb).
			return true
		case strings.HasPrefix(p, "n") && utf8.RuneCountInString(nb.prev) == 1 && !a.pointedAt(sn, j):
			// A noun of one character: as often an adjective gse takes
			// for one (热得要命 de5) or literary text, where 得 + verb
			// is de2 "to get to" (诗得释). Not one a demonstrative or a
			// measure word points at, a subject: 这件事得马上处理 dei3.
			return false
		case a.predicateAt(sn, j):
			return false
		}
		if a.costCloses(sn, k) {
			return true
		}
	}
	for j, n := k, 0; n < 4; n++ {
		if j = hanAt(sn, j, 1); j < 0 {
			return false
		}
		t, p := sn.toks[j].Text, sn.posOf(a, j)
		switch {
		case n == 0 && t == "过" && (spanAt(sn, hanAt(sn, j, 1)) || nextIn(sn, j, goingOn)):
			// 过 before a length of time is the verb "to pass", after
			// the modal: 我们还得过一段时间才能回去, 得过两天再说 are dei3
			// (得过 "has got", de2 guo5, takes what was got). So is 过
			// "to live" before going on: 日子还得过下去.
			return true
		case t == "地" && n > 0:
			continue // an adverbial's particle: 我们得非常认真地准备
		case n == 0 && (strings.HasPrefix(p, "n") || strings.HasPrefix(p, "v")) && nextIn(sn, j, beforeOrAfter):
			// A noun or a verb and 前 or 后: when it must be done, before
			// the verb (这药得饭后吃, 你得睡前关灯), not what is obtained.
			continue
		case (p == "l" || p == "i") && a.verbSense(t) || doubledThenVerb(a, t):
			// A set phrase that is a verb's, or a doubled adverb and a
			// verb in one headword (慢慢来 "take your time"): what must be
			// done, 这事得慢慢来 dei3 (not de2 "to obtain", which takes a
			// thing).
			return true
		case n == 0 && utf8.RuneCountInString(t) == 1 && nextIn(sn, j, durativeAfter) && a.anyEntry(t, hasVerbSense):
			// A verb of one character and its 着 or 了, whatever gse
			// tags it: 下个月得省着点儿花 dei3 (省 "province" to gse).
			return true
		case n == 0 && (p == "a" || p == "ad") && utf8.RuneCountInString(t) == 1 && hanAt(sn, j, 1) == j+1 && strings.HasPrefix(sn.posOf(a, j+1), "v"):
			continue // how it must be done, right before the verb: 就是得早去, 你得快走
		case p == "f" && n > 0 && timeBefore(sn.posOf(a, hanAt(sn, j, -1))):
			continue // the end of a time: 我得八点前到公司, 得三天以后才知道
		case n == 0 && strings.HasPrefix(p, "u") && t != "得" && !aspectParticles[t] && utf8.RuneCountInString(t) == 1 && a.anyEntry(t, verbFirst):
			// A character whose entry is first a verb, which gse tags a
			// particle, right after 得: 我得等他, 总是得等很久 are dei3
			// (等 "to wait for", which gse takes for "etc."); no particle
			// but an aspect's follows 得 there.
			return true
		case t == "了" || t == "过" || t == "着" || strings.HasPrefix(p, "u") || p == "y":
			return false
		case t == "把" || p == "p" || placeAt(t):
			return n == 0 || sn.posOf(a, hanAt(sn, j, -1)) == "d" // 我得跟老师商量, 得在家休息
		case utf8.RuneCountInString(t) == 1 && nextIn(sn, j, aspectParticles) && t != "得" && a.anyEntry(t, verbFirst):
			// A character with an aspect particle after it is a verb,
			// whatever gse tags it: 下个月得省着点儿花 dei3 (gse tags 省 n).
			return true
		case (p == "a" || p == "ad") && utf8.RuneCountInString(t) == 1 && strings.HasPrefix(sn.posOf(a, max(hanAt(sn, j, 1), 0)), "v") && hanAt(sn, j, 1) >= 0:
			continue // how, before the verb: 就是得早去, 你得多吃
		case p == "f" && n > 0:
			continue // when, after a time: 我得八点前到公司
		case p == "d" && a.adverbActs(sn, j):
			return true // 我得先还钱: 还 huan2 "to pay back"
		case p == "d" || p == "t" || p == "m" || p == "q" || t == "多" || t == "少" || degreeAdverbs[t]:
			// (gse tags 很 zg: 你得很小心 dei3.)
			continue
		case t == "自己" || t == "亲自" || t == "一起":
			continue // who does it, as an adverbial: 什么都得自己干
		case n == 0 && p == "zg" && utf8.RuneCountInString(t) == 1 && a.verbChar(t) && hanAt(sn, j, 1) >= 0 && !strings.HasPrefix(sn.posOf(a, hanAt(sn, j, 1)), "u"):
			// A verb of one character that gse tags zg, before more of the
			// clause: 还得当带教老师, 你就得当好这个家 are dei3 (当 "to act
			// as").
			return true
		case n == 0 && (t == "上" || t == "下") && p == "f" && hanAt(sn, j, 1) >= 0:
			// 上 and 下 before what they bring in or go to, right after 得
			// (that opens its clause or follows a subject: the checks on
			// the word before it above), are the verbs "to go to; to apply" (gse tags them localizers): 光靠
			// 人工不行，得上机器, 这个病得上医院, 你得上点心 are dei3.
			return true
		case n == 0 && (t == "有" || t == "有人" || t == "有个"):
			// What must be there: 这事还得有人管, 家里得有个大人, 你得有
			// 耐心 are dei3 "must" (gse makes 有人 a word).
			return true
		case n == 0 && personalPronouns[t] && t != "它" && t != "它们":
			// Whom it falls to, before the verb: 这事得你自己拿主意, 这件
			// 事得我们一起商量, 这个得你说了算 are dei3 "must", not de2 "to
			// obtain", whose object a person would not be.
			continue
		case n == 0 && (t == "人" || t == "别人" || personSubject(t)) && hanAt(sn, j, 1) >= 0 && strings.HasPrefix(sn.posOf(a, hanAt(sn, j, 1)), "v"):
			// A person, then a verb: who must do it, as after a pronoun
			// (这事还得人去办, 这个得家长签字 dei3), not what is obtained.
			continue
		case (p == "a" || p == "ad") && littleAfter(sn, j):
			continue // an adverbial "a bit …": 你得早点来, 你得多穿点
		case (p == "a" || p == "ad") && n > 0 && degreeAdverbs[sn.toks[hanAt(sn, j, -1)].Text]:
			continue // an adverbial with its degree: 我得很早起床
		case strings.HasPrefix(p, "v"):
			return true
		}
		if p == "zg" && n > 0 && utf8.RuneCountInString(t) == 1 && closesClause(sn, j) && a.anyEntry(t, hasVerbSense) {
			// A character gse tags zg closing the clause after the
			// modal's adverbials, with a verb's sense in some entry: the
			// verb (什么都得自己干: 幹 gan4 "… to work; to do").
			return true
		}
		if !a.predicateAt(sn, j) || sn.ids[j] < 0 {
			return false
		}
		w := a.word(sn, j)
		return len(w.entries) > 0 && a.headInfo(w).kinds.kinds().verb >= 0.5
	}
	return false
}

// timeBefore reports whether gse's tag p is a numeral's, a measure word's
// or a time's: what a localizer closes into a time (四点前, 三天以后).
func timeBefore(p string) bool { return p == "m" || p == "q" || p == "t" }

// durativeAfter are the aspect particles after a verb (modalNeed).
var durativeAfter = map[string]bool{"着": true, "了": true}

// adjectiveWord reports whether token j is a word of several characters
// whose first plain sense is an adjective by WordNet and not a noun: 高兴
// "happy", which gse tags b: 得 after it brings a complement of degree
// (高兴得直拍手 de5).
func (a *Analyzer) adjectiveWord(sn *sentence, j int) bool {
	if sn.ids[j] < 0 || utf8.RuneCountInString(sn.toks[j].Text) < 2 {
		return false
	}
	w := a.word(sn, j)
	if len(w.entries) == 0 {
		return false
	}
	in := a.headInfo(w)
	if in.firstPlain < 0 {
		return false
	}
	p := partsOfSpeech(firstGloss(in.senses[in.firstPlain]))
	return p&wordnet.Adj != 0 && p&wordnet.Noun == 0
}

// potentialVerb reports whether token j is a verb of one character by
// gse's tag, the verb of a potential complement after it (吃得了, 吃不了,
// 买不着). A verb of more characters before 得了 is rarely one (考试得了
// 九十分 "got ninety", 比赛 a noun). (Where gse tags the verb otherwise,
// 干 zg, nothing is said: any character has some verb sense.)
func potentialVerb(sn *sentence, a *Analyzer, j int) bool {
	return j >= 0 && strings.HasPrefix(sn.posOf(a, j), "v") && sn.posOf(a, j) != "vn" && utf8.RuneCountInString(sn.toks[j].Text) == 1
}

// potentialAt is potentialVerb, or, where gse tags token j otherwise (干
// zg), a character with a verb's senses whose complement, token c (了 or
// 着 after 得 or 不), closes the clause: 这个工作你干得了吗 de5 liao3, 我干
// 不了 liao3. (Before an object 了 is the aspect particle: 考试得了九十分;
// 干 gan4 is not mostly verbs: "tree trunk; main part of sth; to manage
// …".)
func (a *Analyzer) potentialAt(sn *sentence, j, c int) bool {
	if potentialVerb(sn, a, j) {
		return true
	}
	if j < 0 || c < 0 || sn.posOf(a, j) != "zg" || utf8.RuneCountInString(sn.toks[j].Text) != 1 {
		return false
	}
	if after := hanAt(sn, c, 1); after >= 0 && !(sn.posOf(a, after) == "y" && hanAt(sn, after, 1) < 0) {
		return false
	}
	for _, e := range a.dict.Lookup(sn.toks[j].Text) {
		if !e.IsName() && a.info(e).kinds.kinds().verb > 0 {
			return true
		}
	}
	return false
}

// complementNeed is the reading of 着 between a verb and 了 (找着了
// zhao2), and of 了 or 着 after 得 or 不: after a verb
// they say what it can or cannot do (吃得了, 干不了 liao3 "(used with 得
// or 不 after a verb to express (im)possibility)"; 买不着 zhao2 "(after a
// verb) hitting the mark"): +1 for such an entry, -1 for the aspect
// particle. After 得 read as the verb "to obtain" (考试得了九十分, 他得了
// 冠军), 了 is the aspect particle: +1 for it. 0 elsewhere.
func (a *Analyzer) complementNeed(sn *sentence, k int, in *entryInfo) float64 {
	p := hanAt(sn, k, -1)
	if p < 0 {
		return 0
	}
	aspect := in.particle >= 0 && int32(a.firstFree(in.e)) == in.particle
	if n := hanAt(sn, k, 1); n >= 0 && sn.toks[n].Text == "了" && potentialVerb(sn, a, p) {
		// 着 between a verb and 了 is its result, not the particle of
		// an ongoing state (找着了, 猜着了 zhao2 "(after a verb) hitting
		// the mark").
		if aspect {
			return -1
		}
		if afterVerbSense(in) {
			return 1
		}
		return 0
	}
	if sn.toks[k].Text == "着" && harmWarned(sn, k) {
		// A warning against what would harm one: 当心冻着, 别累着, 小心
		// 烫着 zhao2 "to be affected by" (harmWarned), not the ongoing
		// state.
		if aspect {
			return -1
		}
		if afterVerbSense(in) {
			return 1
		}
		return 0
	}
	if sn.toks[k].Text == "着" && soughtVerbs[sn.toks[p].Text] && (closesClause(sn, k) || objectNext(sn, a, k)) {
		if q := hanAt(sn, p, -1); q >= 0 && (sn.toks[q].Text == "没" || sn.toks[q].Text == "没有") {
			// A verb of seeking or catching, negated, and 着 closing the
			// clause or before what it sought: what was not reached (我找了
			// 半天也没找着, 这次没猜着, 我没见着他 zhao2), not an ongoing
			// state.
			if aspect {
				return -1
			}
			if afterVerbSense(in) {
				return 1
			}
			return 0
		}
	}
	pt := sn.toks[p].Text
	if pt != "得" && pt != "不" {
		return 0
	}
	if pt == "得" && sn.toks[p].Reading == "de2" {
		if aspect && strings.HasPrefix(in.senses[in.particle], "(completed action marker") {
			return 1
		}
		return 0
	}
	if (pt == "得" && sn.toks[p].Reading != "de5") || !a.potentialAt(sn, hanAt(sn, p, -1), k) {
		return 0
	}
	if aspect {
		return -1
	}
	if afterVerbSense(in) {
		return 1
	}
	return 0
}

// afterVerbSense reports whether one of in's senses is a complement after
// a verb: "(after a verb) hitting the mark; succeeding in" (着 zhao2),
// "(used with 得 or 不 after a verb to express (im)possibility…)" (了
// liao3).
func afterVerbSense(in *entryInfo) bool {
	for _, s := range in.senses {
		if strings.HasPrefix(s, "(after a verb)") || strings.Contains(s, "after a verb to express (im)possibility") {
			return true
		}
	}
	return false
}

// retortOnly reports whether every plain sense of entry e is an
// exclamation said back at what another said (个头 ge5 tou2 "(coll.) my
// ass!; yeah, right! (used to mock a claim sb just made…)"): a word to
// read so only where it answers, never the everyday word of its twin.
func (a *Analyzer) retortOnly(e *dict.Entry) bool {
	in := a.info(e)
	any := false
	for i, s := range in.senses {
		if !in.plain(i, s) {
			continue
		}
		if !strings.Contains(s, "!") {
			return false
		}
		any = true
	}
	return any
}

// reduplicated reports whether token k, a single character, is doubled
// by the token after or before it (量量, 数数 the segmenter leaves in
// two) as a verb done briefly, as in X一X, or is the second X of X一X
// (先凉一凉再喝: both 凉 liang4 "to let cool").
func (a *Analyzer) reduplicated(sn *sentence, k int) bool {
	text := sn.toks[k].Text
	if utf8.RuneCountInString(text) != 1 {
		return false
	}
	if k >= 2 && sn.toks[k-1].Text == "一" && sn.toks[k-2].Text == text {
		return true // the second X of X一X (凉一凉): the first is choose's
	}
	// X了X is the verb done briefly, in the past, both halves read alike
	// (他数了数钱 shu3 twice: the second was shu4 "number", as a noun
	// before 钱), where a subject or an adverb comes before it: not 好了
	// 好了 "all right, all right", which opens its sentence.
	if k >= 2 && sn.toks[k-1].Text == "了" && sn.toks[k-2].Text == text {
		return a.doerBefore(sn, k-2) || a.subjectNounBefore(sn, k-2)
	}
	if k+2 < len(sn.toks) && sn.toks[k+1].Text == "了" && sn.toks[k+2].Text == text {
		return a.doerBefore(sn, k) || a.subjectNounBefore(sn, k)
	}
	first := k
	if j := hanAt(sn, k, -1); j >= 0 && sn.toks[j].Text == text && j == k-1 {
		first = j
	} else if j := hanAt(sn, k, 1); j < 0 || sn.toks[j].Text != text || j != k+1 {
		return false
	}
	// An adjective doubles too, before 的 or 地 or what it describes (长长
	// 的, 长长一块布), and a measure word before 都 (趟趟都停): the verb
	// has its subject, an adverb or a verb (去, 帮) before it, and its
	// object, 吧 or nothing after it (我帮你量量腰围吧, 我们去转转).
	if !a.doerBefore(sn, first) {
		return false
	}
	j := hanAt(sn, first+1, 1)
	if j < 0 {
		return first+2 < len(sn.toks) // a punctuation mark ends the clause, not a letter or digit
	}
	switch t, p := sn.toks[j].Text, sn.posOf(a, j); {
	case t == text || t == "的" || t == "地" || t == "都" || p == "m" || p == "q":
		return false
	}
	return true
}

// doerBefore reports whether the word before token k can stand before a
// verb: a pronoun (its subject), an adverb, a verb (去, 帮) or an
// auxiliary, not a determiner (这, 那).
func (a *Analyzer) doerBefore(sn *sentence, k int) bool {
	j := hanAt(sn, k, -1)
	if j < 0 {
		return false
	}
	p := sn.posOf(a, j)
	return (strings.HasPrefix(p, "r") || p == "d" || strings.HasPrefix(p, "v") || auxiliaries[sn.toks[j].Text]) && !determiner(sn.toks[j].Text)
}

// subjectNounBefore reports whether the word before token k is a noun
// (老师点了点头: the subject of X了X).
func (a *Analyzer) subjectNounBefore(sn *sentence, k int) bool {
	j := hanAt(sn, k, -1)
	return j >= 0 && strings.HasPrefix(sn.posOf(a, j), "n")
}

// subjectBefore reports whether a person stands right before token j, as
// its subject: a personal pronoun or a noun of two characters or more
// (他气得…, 妈妈气得…), not a character that may be an object's head.
func (a *Analyzer) subjectBefore(sn *sentence, j int) bool {
	i := hanAt(sn, j, -1)
	if i < 0 {
		return false
	}
	t := sn.toks[i].Text
	return personalPronouns[t] || strings.HasPrefix(sn.posOf(a, i), "n") && utf8.RuneCountInString(t) > 1
}

// nounAt reports whether token j is a noun: by gse's tag, or, where gse
// takes it for a verb, by the dictionary, when its first plain sense is a
// noun (身高 "(a person's) height", tagged v).
func (a *Analyzer) nounAt(sn *sentence, j int) bool {
	p := sn.posOf(a, j)
	if strings.HasPrefix(p, "n") {
		return true
	}
	if p != "v" || sn.ids[j] < 0 || utf8.RuneCountInString(sn.toks[j].Text) < 2 {
		return false
	}
	w := a.word(sn, j)
	if len(w.entries) != 1 {
		return false
	}
	in := a.headInfo(w)
	return in.firstPlain >= 0 && nounish(in.senses[in.firstPlain]) && in.kinds.kinds().verb == 0
}

// doubledVerb returns the entry of a verb done briefly (X一X, XX: 数一数,
// 量量, 说说), nil if none: of the entries mostly of verbs whose first
// sense is a verb, the one of the reading most words hold (说 shuo1 "to
// speak", not shui4 "to persuade", all verbs too; 看 kan4, not kan1).
func (a *Analyzer) doubledVerb(entries []*dict.Entry, c rune) *dict.Entry {
	var best *dict.Entry
	bestWords, bestVerb := -1, 0.0
	for _, e := range entries {
		in := a.info(e)
		v := in.kinds.kinds().verb
		if e.IsName() || v <= 0.5 {
			continue
		}
		if f := a.firstFree(e); f < 0 || !isVerbSense(in.senses[f]) {
			continue
		}
		if n := a.readingWords(c, in); n > bestWords || n == bestWords && v > bestVerb {
			best, bestWords, bestVerb = e, n, v
		}
	}
	return best
}

// afterCompared reports whether token k follows 比 and what is compared,
// a noun phrase of up to three words (比我, 比那家, 比去年的): the
// predicate of the comparison.
func (a *Analyzer) afterCompared(sn *sentence, k int) bool {
	for j, n := k, 0; n < 4; n++ {
		if j = hanAt(sn, j, -1); j < 0 {
			return false
		}
		if sn.toks[j].Text == "比" {
			return n > 0
		}
		if t := sn.toks[j].Text; t == "跟" || t == "和" || t == "与" {
			// Compared with 跟 or 和, how much it differs after the
			// token says it is the predicate: 我们的产品跟他们的差很多,
			// 他跟我差三岁 cha4.
			next := hanAt(sn, k, 1)
			return n > 0 && next >= 0 && (muchAfter(sn, next) || quantityNext(sn, k))
		}
		// (Not across a verb, an adverb, a preposition or a particle
		// other than 的: 比 then begins another phrase. gse tags 家 in
		// 那家 zg.)
		if p := sn.posOf(a, j); strings.HasPrefix(p, "v") || p == "a" || p == "d" || p == "p" || p == "c" || p == "y" || strings.HasPrefix(p, "u") && p != "uj" {
			return false
		}
	}
	return false
}

// splitZhe splits, among the words of run in out from index from on, a
// headword of a verb and 着 that is not the verb with its particle there,
// into the two (着 then reads as the particle, zhe5):
//   - a noun (穿着 "attire") before the verb's object, a quantity,
//     pronoun, noun or its modifier: 她穿着一件红裙子, 他穿着新衣服;
//     or before a degree adverb or another adverb, the verb saying how
//     it feels: 这双鞋穿着很舒服, 这条裙子你穿着正合适 (她的穿着很时髦
//     keeps the noun);
//   - a word before the other half of a verb-object compound of its verb
//     (睡着 "to fall asleep" before 觉: 猫正睡着觉, 睡觉 with 着 between);
//   - a word before 呢 or after 在 or 正在, the verb going on (她还睡着呢).
func (a *Analyzer) splitZhe(run string, out *segWords, from int) {
	for k := from; k < len(out.ends); k++ {
		start := out.start(k, from)
		w := run[start:out.ends[k]]
		c1, n1 := utf8.DecodeRuneInString(w)
		if len(w) != n1+len("着") || !strings.HasSuffix(w, "着") || out.ids[k] < 0 || c1 >= maxRune {
			continue
		}
		l1, lz := a.singles[c1], a.singles['着']
		if l1.logp == 0 || lz.logp == 0 || !a.verbChar(w[:n1]) {
			continue
		}
		if k+1 == len(out.ends) {
			// Closing the run: only the verb going on (他正睡着).
			if k > from && progressiveMarks[run[out.start(k-1, from):start]] {
				out.split(k, start, n1, l1, lz)
			}
			break
		}
		next := run[out.ends[k]:out.ends[k+1]]
		np := a.w.posNames[out.pos[k+1]]
		split := false
		if utf8.RuneCountInString(next) == 1 {
			for _, e := range a.dict.Lookup(w[:n1] + next) {
				if f := a.firstFree(e); !e.IsName() && f >= 0 && isVerbSense(a.info(e).senses[f]) {
					split = true
				}
			}
		}
		if !split && (next == "呢" || k > from && progressiveMarks[run[out.start(k-1, from):start]]) {
			// The verb going on, not done: 她在屋里睡着呢 "she is
			// sleeping", 他正睡着 (睡着了 keeps 睡着 zhao2 "to fall
			// asleep"; 找着呢 "still looking", 找着了 "found").
			split = true
		}
		if !split && (np == "m" || np == "q" || np == "a" || np == "b" || strings.HasPrefix(np, "r") || strings.HasPrefix(np, "n") || (degreeAdverbs[next] || np == "d") && !(k > from && run[out.start(k-1, from):start] == "的")) {
			split = a.nounsOnly(w)
		}
		if split {
			out.split(k, start, n1, l1, lz)
			k++
		}
	}
}

// progressiveMarks say that the verb after them is going on: 在, 正在, 正.
var progressiveMarks = map[string]bool{"在": true, "正在": true, "正": true}

// nounsOnly reports whether every sense of every CC-CEDICT entry of w
// glosses a noun by WordNet (穿着 "attire; clothes; dress"), and there is
// one: not 背着 "carrying on one's back", whose gloss WordNet does not
// know as a noun.
func (a *Analyzer) nounsOnly(w string) bool {
	entries := a.dict.Lookup(w)
	for _, e := range entries {
		in := a.info(e)
		for i, s := range in.senses {
			if !in.plain(i, s) {
				continue
			}
			if isVerbSense(s) || partsOfSpeech(firstGloss(s))&wordnet.Noun == 0 {
				return false
			}
		}
	}
	return len(entries) > 0
}

// verbChar reports whether c, a character, is mostly a verb in
// CC-CEDICT (gse tags 穿 zg).
func (a *Analyzer) verbChar(c string) bool {
	for _, e := range a.dict.Lookup(c) {
		if !e.IsName() && a.info(e).kinds.kinds().verb >= 0.5 {
			return true
		}
	}
	return false
}

// littleAfter reports whether "a bit" (点, 一点, 些, 一些) follows token
// j: an adjective before it is an adverbial (早点来, 多穿点衣服).
func littleAfter(sn *sentence, j int) bool {
	n := hanAt(sn, j, 1)
	if n < 0 {
		return false
	}
	switch sn.toks[n].Text {
	case "点", "一点", "一点儿", "点儿", "些", "一些":
		return true
	}
	return false
}

// boundTwin reports whether in, an entry of the single character text,
// has first a verb marked "(bound form)" that another entry of text has
// first and free (教 jiao4 "(bound form) to teach; to instruct" beside
// jiao1 "to teach; to instruct"). Few entries begin so, so the dictionary
// is asked only for them.
func (a *Analyzer) boundTwin(text string, in *entryInfo) bool {
	if len(in.senses) == 0 || utf8.RuneCountInString(text) != 1 {
		return false
	}
	verb, ok := strings.CutPrefix(in.senses[0], "(bound form) to ")
	if !ok {
		return false
	}
	for _, e := range a.dict.Lookup(text) {
		if other := a.info(e); other != in && len(other.senses) > 0 && other.senses[0] == "to "+verb {
			return true
		}
	}
	return false
}

// mainMotionVerbs are the verbs of direction that CC-CEDICT gives both as
// a complement "(after a verb …)" and, read otherwise, as a verb of their
// own: 出来 chu5 lai5 and chu1 lai2 "to come out; to appear".
var mainMotionVerbs = map[string]bool{
	"出来": true, "起来": true, "下来": true, "过来": true, "回来": true, "进来": true, "上来": true,
	"出去": true, "下去": true, "过去": true, "回去": true, "进去": true, "上去": true,
}

// adverbialAdjectives are adjectives that gse tags so where they stand
// as adverbs before a verb: 全 "all; completely", 早 "early; long ago",
// 快 "quickly; soon".
var adverbialAdjectives = map[string]bool{"全": true, "早": true, "快": true}

// subjectBeforeMotion reports whether the word before a verb of direction
// (mainMotionVerbs) is no verb it completes but its subject or an adverb:
// a noun gse tags so, whatever verb senses CC-CEDICT gives it (体检结果出
// 来了, 通知出来了: 结果 "as a result; … to kill"), a negation (检测结
// 果还没出来: gse tags 没 a verb), or an adjective used as an adverb
// (问题全出来了, 他早出来了, 你快出来吧). Then the token is the verb
// "to come out", not the complement "(after a verb, …)". (Not 不 or 得
// before it with a verb before them: 认不出来, nb.potential.)
func subjectBeforeMotion(nb *neighbours) bool {
	if nb.sn == nil || !mainMotionVerbs[nb.sn.toks[nb.k].Text] {
		return false
	}
	switch {
	case strings.HasPrefix(nb.prevPos, "n"):
		return true
	case nb.prev == "没" || nb.prev == "没有" || nb.prev == "不" || nb.prev == "别":
		return true
	}
	return adverbialAdjectives[nb.prev]
}

// leaveNeed is +1 for the entry of 假 read jia4 "vacation" and -1 for its
// others where the character heads a noun phrase (leaveHead): 五一的假太短
// 了, 公司给了我们一周的假, 一年有十天带薪假, 我还有五天假没休 are the
// holiday, not jia3 "fake", which stands before what it qualifies (假名字,
// 是假的).
func (a *Analyzer) leaveNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "假" || !a.leaveHead(sn, k) {
		return 0
	}
	if in.e.Pinyin == "jia4" {
		return 1
	}
	return -1
}

// leaveHead reports whether token k heads a noun phrase: after 的, a
// length of time (三天, 一周) or a verb that takes it (带薪, 请, 放, 休; not
// the copula: 这是假的), and before neither 的 nor a noun it would qualify.
func (a *Analyzer) leaveHead(sn *sentence, k int) bool {
	j := hanAt(sn, k, -1)
	if j < 0 {
		return false
	}
	if n := hanAt(sn, k, 1); n >= 0 {
		t, p := sn.toks[n].Text, sn.posOf(a, n)
		if t == "的" || t == "地" || strings.HasPrefix(p, "n") || p == "vn" {
			return false
		}
	}
	switch t, p := sn.toks[j].Text, sn.posOf(a, j); {
	case t == "的":
		return true
	case timeUnit(t) && t != "点" && t != "号" && t != "日" && t != "半":
		return true
	case strings.HasPrefix(p, "v") && t != "是" && t != "不是" && t != "就是" && t != "都是" && t != "也是":
		return true
	}
	return false
}

// spendNeed is +1 for 过's entry guo4 "to cross; to pass (time); to
// celebrate (a holiday)" and -1 for its others where the character closes
// its clause (final particles and 的 aside) after no verb: after a
// question of where or how, a place, a time or an adverb it is the verb
// of spending the time (今年春节你在哪儿过, 周末你打算怎么过, 生日在家
// 过的, 我们一起过吧), never the particle guo5, which follows its verb
// (这本书我看过). particleNeed rules guo5 out there but leaves it the
// priors and the end of the clause.
func (a *Analyzer) spendNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "过" {
		return 0
	}
	if j := hanAt(sn, k, -1); j >= 0 && sn.toks[j].Text == "着" && livedOn(sn, k) {
		// After a verb and 着: the verb of living (凑合着过 guo4).
		if in.e.Pinyin == "guo4" {
			return 1
		}
		return -1
	}
	if j := hanAt(sn, k, -1); j >= 0 && sn.toks[j].Text == "得" && sn.toks[j].Reading == "dei3" {
		// After the modal 得 "must": the verb (还得过一段时间 guo4).
		if in.e.Pinyin == "guo4" {
			return 1
		}
		return -1
	}
	n := hanAt(sn, k, 1)
	for n >= 0 && (finalParticles[sn.toks[n].Text] || sn.toks[n].Text == "的") {
		n = hanAt(sn, n, 1)
	}
	j := hanAt(sn, k, -1)
	if n >= 0 || j < 0 || a.predicateAt(sn, j) {
		return 0
	}
	switch p := sn.posOf(a, j); {
	case strings.HasPrefix(p, "r") || p == "t" || p == "s" || p == "f" || p == "d":
	case strings.HasPrefix(p, "n") && !a.anyEntry(sn.toks[j].Text, hasVerbSense):
		// (A noun with a verb's sense may be the verb gse tags a noun:
		// 他俩昨天辩论过 guo5.)
	default:
		return 0
	}
	if in.e.Pinyin == "guo4" {
		return 1
	}
	return -1
}

// vacantNeed is +1 for 空's entry kong4 "vacant; unoccupied" and -1 for
// its others where 着 follows the character and closes the clause (a
// final particle or 的 after it aside): what is left unused, a seat, a
// bed, a flat (床位是空着的, 这个座位空着吗, 那套房子一直空着) is kong4, not
// kong1 "empty". Before a body part the state is held (空着肚子,
// heldStateNeed).
func vacantNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if nb.next != "着" || sn.toks[k].Text != "空" {
		return 0
	}
	n := hanAt(sn, hanAt(sn, k, 1), 1)
	for n >= 0 && (finalParticles[sn.toks[n].Text] || sn.toks[n].Text == "的") {
		n = hanAt(sn, n, 1)
	}
	if n >= 0 {
		return 0
	}
	if in.e.Pinyin == "kong4" {
		return 1
	}
	return -1
}

// roleNeed is +1 for 当's entry dang1 "to be; to act as" and -1 for its
// others after a modal verb (得 read dei3 among them, which gse tags a
// particle) and before a role: a noun, or 好 and what one acts as well
// (还得当带教老师, 你得当好这个家, 她能当翻译). What it is taken for, a
// clause, follows dang4 "to regard as" (你可以当我没说 is left alone).
// After 在 and a place too (workPlaceBefore), whatever "at" of the English
// matches dang4's "at or in the very same...": 我姐姐在医院当护士 / "is a
// nurse at the hospital", 你在保护区当护林员 are dang1.
func (a *Analyzer) roleNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "当" {
		return 0
	}
	j, n := hanAt(sn, k, -1), hanAt(sn, k, 1)
	if j < 0 || n < 0 || sn.toks[j].Text == "得" && sn.toks[j].Reading != "dei3" || sn.toks[j].Text == "是" {
		return 0
	}
	if !auxiliaries[sn.toks[j].Text] && !(a.workPlaceBefore(sn, j) && a.roleAt(sn, n)) {
		return 0
	}
	if sn.toks[n].Text == "好" {
		n = hanAt(sn, n, 1)
	}
	if n < 0 || !a.nounAt(sn, n) && sn.posOf(a, n) != "v" {
		return 0
	}
	if in.e.Pinyin == "dang1" {
		return 1
	}
	return -1
}

// placeLackedNeed is, for a character of which one entry is first a
// place (处 chu4 "(bound form) place; locality") and another a verb (chu3
// "to reside; …"), +1 for the place and -1 for the others right after 没 or
// 没有 and before a verb: what one has no place to do, 脚都没处放, 钱没处花,
// 没处说理 are chu4. (没处理 is one word.)
func (a *Analyzer) placeLackedNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if nb.prev != "没" && nb.prev != "没有" || utf8.RuneCountInString(sn.toks[k].Text) != 1 || !strings.HasPrefix(nb.nextPos, "v") {
		return 0
	}
	if !a.anyEntry(sn.toks[k].Text, placeFirst) || !a.anyEntry(sn.toks[k].Text, verbFirst) {
		return 0
	}
	if placeFirst(in) {
		return 1
	}
	return -1
}

// doneOnceNeed is, for a character between 一 "as soon as" and a number
// (一量三十八度五, 一称五公斤, 一数三十个), +1 for its one reading whose entry
// is first a verb and -1 for its entries that are not: no measure word
// stands before another number. 0 where the verbs are read two ways, or
// none is (一米八, 一块五).
func (a *Analyzer) doneOnceNeed(sn *sentence, k int, in *entryInfo) float64 {
	if k == 0 || sn.toks[k-1].Text != "一" {
		return 0 // (what the test below asks of p first, without its walks)
	}
	p, n := hanAt(sn, k, -1), hanAt(sn, k, 1)
	if p < 0 || p != k-1 || n != k+1 || sn.toks[p].Text != "一" || !numeralWord(sn.toks[n].Text) || utf8.RuneCountInString(sn.toks[k].Text) != 1 {
		return 0
	}
	verb := ""
	for _, e := range a.dict.Lookup(sn.toks[k].Text) {
		if e.IsName() || !verbFirst(a.info(e)) {
			continue
		}
		if verb != "" && verb != e.Pinyin {
			return 0
		}
		verb = e.Pinyin
	}
	switch {
	case verb == "":
		return 0
	case in.e.Pinyin == verb:
		return 1
	case !verbFirst(in):
		return -1
	}
	return 0
}

// repaidNeed is, for 还, +1 for its verb's entry (huan2 "to pay back; to
// return") and -1 for the others before a potential complement of paying
// back closing the clause: 不 or 得 and 上, 起, 清 or 完 (信用卡快还不上了,
// 这么多钱我还不起, 你还得起吗). No adverb hai2 "still" stands there: 还不
// 上班, 还不起床 and 还得上学 are other words after it.
func (a *Analyzer) repaidNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "还" {
		return 0
	}
	j := hanAt(sn, k, 1)
	if j < 0 {
		return 0
	}
	tail := sn.toks[j].Text
	if (tail == "不" || tail == "得") && hanAt(sn, j, 1) == j+1 {
		j++
		tail += sn.toks[j].Text
	}
	switch tail {
	case "不上", "得上", "不起", "得起", "不清", "得清", "不完", "得完":
	default:
		return 0
	}
	for j = hanAt(sn, j, 1); j >= 0 && (finalParticles[sn.toks[j].Text] || sn.toks[j].Text == "的"); j = hanAt(sn, j, 1) {
	}
	if j >= 0 {
		return 0
	}
	if !in.e.IsName() && verbFirst(in) {
		return 1
	}
	return -1
}

// placeFirst reports whether in's first sense, bound form or not, is a
// place ("(bound form) place; locality": placeLackedNeed).
func placeFirst(in *entryInfo) bool {
	return len(in.senses) > 0 && strings.HasPrefix(strings.TrimPrefix(in.senses[0], "(bound form) "), "place")
}

// workPlaceBefore reports whether token j, right before 当, is a place
// (gse n, s or j, or nounAt; no person, no pronoun) after 在 within four words, and
// no time word follows in the clause (当…时, 当…的时候 is "when": 在我们
// 当学生的时候): 在医院当护士, 在一家公司当会计, 在国内当教练.
func (a *Analyzer) workPlaceBefore(sn *sentence, j int) bool {
	p := sn.posOf(a, j)
	// (A noun gse takes for a verb counts: 在超市当收银员, 超市 tagged v.)
	if !(strings.HasPrefix(p, "n") || p == "s" || p == "j" || a.nounAt(sn, j)) || strings.HasPrefix(p, "nr") || personSubject(sn.toks[j].Text) {
		return false
	}
	at := false
	for i, d := hanAt(sn, j, -1), 0; i >= 0 && d < 4 && !at; i, d = hanAt(sn, i, -1), d+1 {
		at = sn.toks[i].Text == "在"
	}
	if !at {
		return false
	}
	for i := hanAt(sn, j, 1); i >= 0; i = hanAt(sn, i, 1) {
		switch sn.toks[i].Text {
		case "时", "时候", "的时候", "之时", "之际", "以后", "之后":
			return false
		}
	}
	return true
}

// roleAt reports whether token n names what one may work as: a noun (gse
// n or vn, no name) such as 护士, 教练, 护林员, 经理.
func (a *Analyzer) roleAt(sn *sentence, n int) bool {
	p := sn.posOf(a, n)
	return (p == "vn" || a.nounAt(sn, n)) && !strings.HasPrefix(p, "nr")
}

// moveOnNeed is +1 for 转's entry zhuan3 "to transfer; to change
// direction" and -1 for its others before 去 and what one moves on to do
// or where (大部分转去做远程操控了, 他转去北京工作了): a move to other work or
// another place, not zhuan4 "to revolve" nor its classifier. (转来转去
// "to wander about" is its own word.)
func moveOnNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if nb.next != "去" || sn.toks[k].Text != "转" || hanAt(sn, hanAt(sn, k, 1), 1) < 0 {
		return 0
	}
	if in.e.Pinyin == "zhuan3" {
		return 1
	}
	return -1
}

// harmVerbs say what cold, heat, a fright, a fall or overwork does to one;
// 着 zhao2 after them is "to be affected by" (冻着 "to catch a chill", 吓着
// "to be frightened", 累着 "to be worn out"). (Not 晒, 淋, 闷: their 着
// is as often the state: 衣服在外面晒着.)
var harmVerbs = map[string]bool{"冻": true, "吓": true, "累": true, "烫": true, "摔": true, "饿": true, "呛": true,
	"噎": true, "撞": true, "磕": true, "扭": true, "闪": true, "气": true, "凉": true, "伤": true}

// harmWarners warn against what may happen: 别冻着, 当心冻着.
var harmWarners = map[string]bool{"别": true, "当心": true, "小心": true, "留神": true, "不要": true, "可别": true,
	"千万别": true, "别再": true, "不能": true, "怕": true, "生怕": true, "免得": true, "省得": true}

// harmWarned reports whether 着, token k, follows a verb of harm
// (harmVerbs) right after a warning (harmWarners) and closes its clause,
// or comes before 了 or a person or body part it befalls: 当心冻着, 小心烫
// 着, 你别累着, 别吓着孩子, 小心烫着嘴, 别把孩子吓着了 (把 and its object
// between). Not the state of
// other verbs after a warning: 别站着, 别闲着.
func harmWarned(sn *sentence, k int) bool {
	v := hanAt(sn, k, -1)
	if v < 0 || !harmVerbs[sn.toks[v].Text] {
		return false
	}
	w := hanAt(sn, v, -1)
	if w >= 0 && !harmWarners[sn.toks[w].Text] {
		// 别把孩子吓着: the warning before 把 and its object.
		for i, d := w, 0; i >= 0 && d < 3; i, d = hanAt(sn, i, -1), d+1 {
			if sn.toks[i].Text == "把" {
				w = hanAt(sn, i, -1)
				break
			}
		}
	}
	if w < 0 || !harmWarners[sn.toks[w].Text] {
		return false
	}
	n := hanAt(sn, k, 1)
	if n < 0 || finalParticles[sn.toks[n].Text] || sn.toks[n].Text == "了" {
		return true
	}
	t := sn.toks[n].Text
	return personalPronouns[t] || personSubject(t) || t == "自己" || t == "别人" || t == "大家" || harmedParts[t] && sn.toks[v].Text != "饿"
}

// harmedParts are the body parts cold, heat or a fall may hurt: 小心烫着嘴,
// 别冻着手. (饿着肚子 "on an empty stomach" is the state.)
var harmedParts = map[string]bool{"嘴": true, "手": true, "脚": true, "腰": true, "头": true, "腿": true, "脸": true, "眼睛": true, "耳朵": true, "胳膊": true}

// soughtVerbs seek, catch or come upon what 着 zhao2 "(after a verb)
// hitting the mark; succeeding in" says they reached: 找着, 猜着, 买着,
// 见着, 碰着, 抓着, 接着 (a call or a ball: 电话我没接着). (Not verbs of posture or state, whose 着 is the
// ongoing state even negated: 他没坐着.)
var soughtVerbs = map[string]bool{"找": true, "猜": true, "买": true, "见": true, "碰": true, "遇": true,
	"抓": true, "借": true, "摸": true, "逮": true, "捞": true, "赶": true, "够": true, "请": true, "问": true, "接": true}

// objectNext reports whether a pronoun or a noun follows token k.
func objectNext(sn *sentence, a *Analyzer, k int) bool {
	n := hanAt(sn, k, 1)
	if n < 0 {
		return false
	}
	p := sn.posOf(a, n)
	return strings.HasPrefix(p, "r") || strings.HasPrefix(p, "n")
}

// okayNeed is +1 for 行's entry xing2 "all right; OK" and -1 for its
// others where the character closes its clause (a final particle after
// it aside) right after 就, 也, 都 or 才: 跟着指示牌走就行, 你来就行了, 怎么
// 都行, 得这样才行 say that it will do, whatever the English says of rows
// or lines ("change lines at the station": hang2).
func okayNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if sn.toks[k].Text != "行" || !closesClause(sn, k) {
		return 0
	}
	switch nb.prev {
	case "就", "也", "都", "才":
	default:
		return 0
	}
	if in.e.Pinyin == "xing2" {
		return 1
	}
	return -1
}

// topicLineNeed is +1 for 行 hang2 ("line of business; profession") and
// -1 for its others where 这 opens the clause right before it and a
// pronoun or a word of time follows: the line of work is the topic the
// clause goes on about (这行现在好做吗, 这行我干了十年, 这行你不懂), not xing2
// "all right", which closes its clause (这行吗, 这行不行: saidOfPointed).
// (那 before 行 may be "then": 那行我就不去了.)
func (a *Analyzer) topicLineNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "行" || k == 0 || sn.toks[k-1].Text != "这" || hanAt(sn, k-1, -1) >= 0 {
		return 0
	}
	j := hanAt(sn, k, 1)
	if j < 0 || j != k+1 {
		return 0
	}
	if p := sn.posOf(a, j); !strings.HasPrefix(p, "r") && p != "t" {
		return 0
	}
	if in.e.Pinyin == "hang2" {
		return 1
	}
	return -1
}

// leftBehindNeed is +1 for 落's entry la4 "to leave behind or forget to
// bring" and -1 for its others where the character, after no 把 (the 把
// clause is disposalNeed's), is followed by 在, a place and 了 closing the
// clause: 我的雨伞落在公司了, 钥匙落在家里了, 外套落在饭店了 say where a thing
// was left. Not a surface a thing falls on (落在地上, 落在他头上: luo4),
// which fallSurfaces lists.
func leftBehindNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if nb.next != "在" || sn.toks[k].Text != "落" {
		return 0
	}
	j := hanAt(sn, k, 1)
	last := -1
	for n := 0; n < 4; n++ {
		if j = hanAt(sn, j, 1); j < 0 {
			return 0
		}
		if sn.toks[j].Text == "了" {
			break
		}
		last = j
	}
	if j < 0 || sn.toks[j].Text != "了" || last < 0 || !closesClause(sn, j) || fallSurfaces[sn.toks[last].Text] {
		return 0
	}
	if in.e.Pinyin == "la4" {
		return 1
	}
	return -1
}

// fallSurfaces are where a thing falls (落在地上, 落在他头上), not where it
// is left.
var fallSurfaces = map[string]bool{"地上": true, "地下": true, "地面": true, "地面上": true, "水里": true, "水中": true, "身上": true,
	"头上": true, "肩上": true, "脸上": true, "手上": true, "手里": true, "上面": true, "下面": true, "跑道": true, "跑道上": true,
	"屋顶": true, "屋顶上": true, "后面": true, "心上": true, "地": true, "草地上": true, "雪地里": true}

// spanAt reports whether token j opens a length of time: a numeral (and a
// measure word) before a unit of time or 时间 (一段时间, 两天, 几个月), or a
// word that is one (一会儿, 一阵子).
func spanAt(sn *sentence, j int) bool {
	if j < 0 {
		return false
	}
	switch t := sn.toks[j].Text; {
	case t == "一会儿" || t == "一阵子" || t == "一阵" || t == "一段时间" || t == "些日子" || t == "几天":
		return true
	case numeralWord(t) || t == "一段" || t == "几" || t == "两":
		for n, u := 0, hanAt(sn, j, 1); n < 2 && u >= 0; n, u = n+1, hanAt(sn, u, 1) {
			if w := sn.toks[u].Text; timeUnit(w) || w == "时间" {
				return true
			}
		}
	default:
		r, size := utf8.DecodeRuneInString(t)
		return size < len(t) && (isNumeral(r) || r == '几' || r == '两') && timeUnit(t[size:])
	}
	return false
}

// askedTwice gives the first X of a question X不X or X没X the word the
// second X was read as, where the second is the better placed: it has
// its object or complement after it (你还不还钱, 头发长不长得快, 你干不干
// 这个活), or it closes the question after a person, the one who does it
// (你到底干不干). The first, with 不 after it, is read alone (干 gan1
// "dry", 还 hai2 "still", 长 chang2 "long"). A thing asked of closing the
// clause is left alone (衣服干不干: gan1, "dry").
func (a *Analyzer) askedTwice(sn *sentence) {
	toks := sn.toks
	for k := 0; k+2 < len(toks); k++ {
		if n := toks[k+1].Text; n != "不" && n != "没" || n == "没" && toks[k].Text == "还" {
			continue // (他还没还钱: 还没 "not yet" before the verb 还 huan2)
		}
		x, y := &toks[k], &toks[k+2]
		if x.Text != y.Text || x.Entry == y.Entry || y.Entry == "" || utf8.RuneCountInString(x.Text) != 1 {
			continue
		}
		if after := hanAt(sn, k+2, 1); after < 0 || finalParticles[toks[after].Text] {
			p := hanAt(sn, k, -1)
			for p >= 0 && sn.posOf(a, p) == "d" {
				p = hanAt(sn, p, -1) // 你到底干不干, 你还干不干
			}
			if p < 0 || !personalPronouns[toks[p].Text] {
				continue
			}
		}
		x.Word, x.Trad, x.Reading, x.Gloss, x.Senses, x.Sense, x.Entry, x.Evidence = y.Word, y.Trad, y.Reading, y.Gloss, y.Senses, y.Sense, y.Entry, y.Evidence
	}
}

// recalled reports whether the token is 起来 right after 想, where gse
// cuts CC-CEDICT's 想起来 xiang3 qi5 lai5 "to remember; to recall" in two:
// 我想起来了, 你想起来没有, 我突然想起来一件事, 我没想起来 read qi5 lai5, the
// complement after a verb, though 想 takes a clause for object elsewhere
// (clauseVerbs, need.go). Not after a word that makes 想 "to want": 我不想
// 起来 "I don't want to get up", 别想, 很想, 真想 (想不起来, the potential
// form, is read qi5 lai5 already).
func recalled(nb *neighbours) bool {
	if nb.prev != "想" || nb.sn == nil || nb.sn.toks[nb.k].Text != "起来" {
		return false
	}
	p := hanAt(nb.sn, nb.k, -1)
	pp := hanAt(nb.sn, p, -1)
	return pp < 0 || !wantingMarks[nb.sn.toks[pp].Text]
}

// wantingMarks before 想 make it "to want; to wish" (recalled): a
// negation of the wish or a degree of it.
var wantingMarks = map[string]bool{"不": true, "别": true, "很": true, "真": true, "挺": true, "好": true, "太": true, "特别": true, "非常": true}

// soNeed is +1 for 好's entry hao3 and -1 for hao4 "to be fond of" where
// 好 stands right before a word whose first sense is an adjective's and
// that closes its clause (stateClosesAt): 好 is "so" there, an
// exclamation, at the head of a clause too (好奇怪！, 好奇怪，他怎么还没
// 来, 好麻烦啊), where the pair 好奇 "curious" (hao4) the phrase priors
// hold across the word boundary once outweighed it. 他好赌 hao4 (赌 is a
// verb first) and 好回答 "easy to" are not asked.
func (a *Analyzer) soNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "好" || k+1 >= len(sn.toks) {
		return 0
	}
	if in.e.Pinyin != "hao3" && in.e.Pinyin != "hao4" {
		return 0
	}
	if !a.adjectiveFirst(sn.toks[k+1].Text) || !a.stateClosesAt(sn, k+1, false) {
		return 0
	}
	if in.e.Pinyin == "hao3" {
		return 1
	}
	return -1
}

// spiltAfter follow 撒 sa3 and say how it went or where the things went
// (spillNeed).
var spiltAfter = map[string]bool{"了": true, "在": true, "到": true, "上": true, "满": true, "点": true, "一点": true,
	"些": true, "一些": true, "得": true, "出来": true, "下": true}

// ventedAnger reports whether an anger (angerWords, sense.go's ventSense)
// stands right after token k or before it in its clause within six words:
// 把气撒在孩子身上, 把火全撒到我们头上了, 你有火别往我身上撒.
func ventedAnger(sn *sentence, k int) bool {
	if k+1 < len(sn.toks) && angerWords[sn.toks[k+1].Text] {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-6 && !clauseEndsAt(sn.toks, j); j-- {
		if angerWords[sn.toks[j].Text] {
			return true
		}
	}
	return false
}

// prizeNeed is +1 for 得's entry de2 "to obtain" and -1 for its others
// where 得 follows a verb or a noun (what was done: 考试, 游泳, 比赛) and a
// prize or a score follows it (prizes, or a numeral and a word ending in
// 分): 他考试得一百分, 她游泳得冠军了, 他比赛得第一 are what one won, not
// the particle de5 of a complement nor dei3 "must" (至少得六十分, after an
// adverb, and 你得考一百分, a verb after 得, are not asked).
func (a *Analyzer) prizeNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if sn.toks[k].Text != "得" || nb.next == "" || !(strings.HasPrefix(nb.prevPos, "v") || strings.HasPrefix(nb.prevPos, "n")) {
		return 0
	}
	n := hanAt(sn, k, 1)
	if n < 0 {
		return 0
	}
	if !prizes[sn.toks[n].Text] {
		m := hanAt(sn, n, 1)
		for m >= 0 && numeralWord(sn.toks[m].Text) {
			m = hanAt(sn, m, 1) // (一 百 分, cut by pointsScored)
		}
		if !numeralWord(sn.toks[n].Text) || m < 0 || !strings.HasSuffix(sn.toks[m].Text, "分") {
			return 0
		}
	}
	if in.e.Pinyin == "de2" {
		return 1
	}
	return -1
}

// prizes are what one wins or scores (prizeNeed).
var prizes = map[string]bool{"冠军": true, "亚军": true, "季军": true, "第一": true, "第二": true, "第三": true, "第一名": true,
	"满分": true, "金牌": true, "银牌": true, "铜牌": true, "奖": true, "大奖": true, "一等奖": true, "二等奖": true, "三等奖": true,
	"奖学金": true, "高分": true, "零分": true, "好成绩": true}

// goingOn are the complements of going on after 过 "to live" (particleNeed).
var goingOn = map[string]bool{"下去": true, "不下去": true, "得下去": true}

// livedOn reports whether token j, 过 after a verb and 着, is the verb "to
// live; to get along": it closes the clause, or 日子, 下去 or a final
// particle follows (凑合着过, 将就着过日子, 省着过吧).
func livedOn(sn *sentence, j int) bool {
	if j < 0 || sn.toks[j].Text != "过" {
		return false
	}
	if n := hanAt(sn, j, 1); n >= 0 && (sn.toks[n].Text == "日子" || goingOn[sn.toks[n].Text]) {
		return true
	}
	if p := hanAt(sn, j, -1); p < 0 || sn.toks[p].Text != "着" || hanAt(sn, p, -1) < 0 {
		return false
	}
	return closesClause(sn, j)
}

// nextIn reports whether the token after token j is in set.
func nextIn(sn *sentence, j int, set map[string]bool) bool {
	n := hanAt(sn, j, 1)
	return n >= 0 && set[sn.toks[n].Text]
}

// minimumNeed is +1 for 得's entry dei3 "to need; must" and -1 for its
// others right after a word of "at least" (minimumWords), with no aspect
// particle after 得: what is needed at the least, 至少得六十分才能及格, 起码
// 得五个人, 这事至少得三天 (were de2 "to obtain" before an amount). 他至少
// 得了六十分 "got" keeps de2.
func minimumNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if sn.toks[k].Text != "得" || !minimumWords[nb.prev] || nb.next == "了" || nb.next == "过" || nb.next == "着" {
		return 0
	}
	if in.e.Pinyin == "dei3" {
		return 1
	}
	return -1
}

// minimumWords say "at least" (minimumNeed).
var minimumWords = map[string]bool{"至少": true, "起码": true, "最少": true, "最起码": true, "起码也": true, "至少也": true}

// noObjectAfter reports whether token k, 得, stands right before what no
// object begins: an adverb, a preposition, a pronoun of today's speech, or
// an adjective that an adverbial's 地 or "a bit" (一点, 些) follows. 得
// de2 "to obtain" takes a thing (得奖, 得了第一名), so there 得 is the
// modal dei3 "must" or the particle de5 of a complement: 丢了得赶紧挂失,
// 我们得认真地去想, 嗓门得大一点, 电钻响得我一宿没合眼. readingNeed rules
// de2 out there: the counts of pairs (病人得, 人得病) say de2 loudly.
func (a *Analyzer) noObjectAfter(sn *sentence, k int) bool {
	if sn.toks[k].Text != "得" {
		return false
	}
	n := hanAt(sn, k, 1)
	if n != k+1 {
		return false
	}
	switch p := sn.posOf(a, n); {
	case p == "d" || p == "p":
		return true
	case strings.HasPrefix(p, "r"):
		return !literaryPronouns[sn.toks[n].Text] // (得此殊荣, 得之不易: de2)
	case p == "a" || p == "ad":
		m := hanAt(sn, n, 1)
		return littleAfter(sn, n) || m >= 0 && sn.toks[m].Text == "地"
	}
	return false
}

// literaryPronouns are the pronouns of the written language, which 得 de2
// "to obtain" takes as its object (得此殊荣, 得之不易).
var literaryPronouns = map[string]bool{"之": true, "其": true, "此": true, "彼": true}

// idiomDeNeed decides 地 right after an idiom or set phrase of four
// characters or more and before a word of its clause: the particle de5
// that makes the phrase an adverbial of the verb after it (一动不动地坐着,
// 毫不犹豫地答应了, 争先恐后地挤上车), whatever pairs the idiom's last
// character makes with 地 elsewhere (动地 of 惊天动地 is di4). The noun 地
// "ground" does not stand alone after a phrase of four characters. +1 for
// de5, -1 for the others, 0 elsewhere.
func idiomDeNeed(sn *sentence, k int, in *entryInfo) float64 {
	if sn.toks[k].Text != "地" || k == 0 || hanAt(sn, k, -1) != k-1 || hanAt(sn, k, 1) != k+1 || utf8.RuneCountInString(sn.toks[k-1].Text) < 4 {
		return 0
	}
	if in.e.Pinyin == "de5" {
		return 1
	}
	return -1
}

// unableNeed decides 不了 after a verb or an adjective: bu4 liao3 "unable to".
// A character CC-CEDICT gives a verb's sense is a verb there, whatever gse tags it
// (干 zg).
func (a *Analyzer) unableNeed(sn *sentence, k int, in *entryInfo, nb *neighbours) float64 {
	if sn.toks[k].Text != "不了" || hanAt(sn, k, -1) != k-1 || !strings.HasPrefix(nb.prevPos, "v") && nb.prevPos != "a" && !(utf8.RuneCountInString(nb.prev) == 1 && a.verbSense(nb.prev)) {
		return 0
	}
	for _, s := range in.senses {
		if strings.Contains(s, "unable to") {
			return 1
		}
	}
	return -1
}

// adverbialTag reports whether gse's tag p marks a word that may be an
// adverbial before 地: an adjective, an adverb, a distinguishing word, a
// descriptive word or a set phrase (认真, 不停, 高兴, 悄悄, 争先恐后).
func adverbialTag(p string) bool {
	switch p {
	case "a", "ad", "b", "d", "z", "i", "l":
		return true
	}
	return false
}
