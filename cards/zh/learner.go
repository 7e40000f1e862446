package zh

import (
	"strings"

	"cika/cards/wordnet"
)

// Where the English says nothing, cika shows the dictionary's first plain
// sense, and CC-CEDICT often lists first a word's old, literal or
// concrete sense, where a learner's dictionary puts first the sense met
// in today's talk and interviews: 水平 "horizontal; level" before "a
// standard; a level (of ability …)", 门槛 "doorstep" before "threshold",
// 网络 "network" before "Internet", 先生 "teacher" before "Mr.". No signal
// found in the dictionary itself orders these (the glosses' frequency in
// English, SemCor's counts, the words of the family were tried in earlier
// sessions and moved many more entries the wrong way than the right), so
// usualSenses names, for frequent words whose first sense misleads, the
// sense a learner's dictionary gives first: written for cika from the
// words' use today, not copied from any dictionary. It decides only what
// the English and the grammar around the token leave open (the slot's
// part of speech still chooses among the senses: 领导 "leader", but
// 领导团队 "to lead").

// usualSenses maps a headword (simplified) to the start of the sense a
// learner meets first, whole words of it (startsSense). A key must start
// exactly one plain sense of the headword's entries (TestUsualSenses):
// the entry whose sense it starts is the one it applies to.
var usualSenses = map[string]string{
	// Everyday talk.
	"先生": "gentleman; sir; mister",
	"同学": "classmate",
	"季节": "season",
	"盘子": "plate",
	"主意": "idea",
	"穿":  "to wear; to put on",
	"菜":  "dish (of food)",
	"运动": "to exercise",
	"表演": "performance",
	"服装": "clothing",
	"在乎": "(often used in the negative) to care about",
	"频道": "(television) channel",
	"电台": "radio station",
	"临时": "temporary",
	"优惠": "discount (price)",
	"配合": "to cooperate",
	"还是": "still (as before)",
	"随便": "as one wishes",
	"换":  "to change (clothes etc)",
	"不错": "not bad",
	"一句": "a sentence",
	"问道": "to ask",
	"心中": "in one's heart",
	"深处": "depths",
	"乡村": "village",
	"影片": "film; motion picture; movie",
	// Work, news and interviews.
	"水平":  "a standard; a level",
	"门槛":  "threshold",
	"漏洞":  "loophole",
	"落地":  "(fig.) to be implemented",
	"提升":  "(fig.) to elevate; to raise; to improve",
	"部署":  "to deploy",
	"反映":  "to reflect",
	"前景":  "(future) prospects",
	"角度":  "(fig.) point of view",
	"网络":  "Internet",
	"作为":  "as (in the capacity of)",
	"沟通":  "to communicate",
	"开放":  "to open",
	"数码":  "digital",
	"意义":  "meaning",
	"领导":  "leader",
	"算法":  "algorithm",
	"效果":  "effect",
	"推出":  "to launch",
	"指标":  "index; indicator",
	"产品":  "product",
	"表现":  "performance (at work etc)",
	"方面":  "aspect",
	"意见":  "opinion",
	"落实":  "to implement",
	"总体":  "overall",
	"使得":  "to make; to cause",
	"装置":  "device",
	"下岗":  "(of a worker) be to laid off",
	"天下":  "the whole world",
	"引进":  "to introduce (from outside)",
	"配置":  "configuration",
	"不算":  "to not be considered (as)",
	"板块":  "(fig.) sector",
	"接下来": "next",
	"整合":  "to integrate",
	"往前":  "ahead; forward",
	"高层":  "high level; high class",
	"一刻":  "a moment; an instant",
	"家伙":  "(coll.) guy",
	"心灵":  "heart",
	"淘汰":  "to eliminate",
	"操作":  "to operate",
	"噪音":  "noise",
	"官方":  "official",
	"动力":  "(fig.) motivation",
	"口音":  "accent",
	"革命":  "revolution",
	"运行":  "(of a train service etc) to operate; to run",
	"曝光":  "(fig.) to expose (a scandal)",
	"澄清":  "to clarify",
	"测量":  "to measure",
	"分歧":  "difference (of opinion",
	"高潮":  "climax",
}

// predicateUsual maps a character whose first sense is a noun to the
// sense a learner meets where it is the predicate (after a degree adverb,
// or closing its clause after its subject with 了 or 起来), where the
// dictionary's first sense of that kind is a rarer one: 这家店很火, 这首歌
// 火了 "hot (popular)", not "urgent"; 你真牛 "awesome", not "ox"; 这件衣服
// 很土 "unsophisticated", not "indigenous"; 手机很卡 "(coll.) slow", not
// "card"; 天热了 "hot (of weather)", not "to warm up" (热, first a verb).
// Written for cika from today's
// talk, like usualSenses; a key starts one plain or slang sense of the
// character (TestPredicateUsual).
var predicateUsual = map[string]string{
	"火": "hot (popular)",
	"牛": "(slang) awesome",
	"土": "unsophisticated",
	"水": "(coll.) lacking in substance",
	"菜": "(of one's skills etc) weak",
	"卡": "(computing) (coll.) slow",
	"热": "hot (of weather)",
}

// predicateSenseOf returns the index in in.senses of the sense
// predicateUsual names for in's headword, -1 if none.
func (in *entryInfo) predicateSenseOf() int32 {
	key, ok := predicateUsual[in.e.Simp]
	if !ok {
		return -1
	}
	return int32(senseKeyIndex(in.senses, key))
}

// predicateUsualAt returns in's predicateUsual sense where the token is a
// predicate: after a degree adverb, closing its clause or before 的 (这家店
// 很火, 很火的节目), before 得 and an intensity (卡得要命), or after its
// subject, before 了 or 起来 closing the clause (这首歌火了, 突然火起来了);
// -1 if not (小心火, 火很大).
func (in *entryInfo) predicateUsualAt(nb *neighbours) int {
	if in.predicate < 0 || nb == nil {
		return -1
	}
	switch {
	case nb.in(prevDegree) && (nb.objectless || nb.next == "的"):
	case nb.objectless && oftenAdverbs[nb.prev]:
		// So after an adverb of how often or how widely, closing its
		// clause: 开个网页都卡, 手机一直卡 "(coll.) slow", 这家店一直火.
	case nb.next == "得" && intensityAfterDe(nb):
		// Or before 得 and how far it goes: 看视频卡得要命, 这首歌火得不行
		// (卡得很死, 卡得动不了 are not asked: no intensity after 得).
	case (nb.next == "了" && nb.objectless || nb.next == "起来" && closesAfterNext(nb)) && nb.prev != "" && nb.prev != "的" && !nb.in(prevDeterminer) && (nb.prevPos != "m" || measuredAlready[nb.prev]) && (nb.prevPos != "q" || uncountedMeasure(nb)) && !strings.HasPrefix(nb.prevPos, "v") && !baObjectBefore(nb):
		// (Not after 的, whose noun it is, nor after 把's object, the
		// verb's: 把汤热了再喝.)
	case nb.next != "了" && nb.in(nextFinal) && closesAfterNext(nb) && nb.prev != "的" && subjectPos(nb.prevPos) && !baObjectBefore(nb):
		// Before the particle of a question closing the clause, after
		// its subject: 外面热吗, 这首歌火吗 (这是你的卡吗, 再加点水吧
		// keep the noun).
	default:
		return -1
	}
	return int(in.predicate)
}

// subjectPos reports whether gse's tag p is a subject's: a noun, a
// pronoun, a place, a time or a localizer (外面).
func subjectPos(p string) bool {
	return p != "" && (p[0] == 'n' || p[0] == 'r' || p == "s" || p == "t" || p == "f")
}

// uncountedMeasure reports whether the word before the token, which gse
// tags a measure, has no number or demonstrative before it: it opens its
// clause (天热了: 天 the sky, not the day counted in 三天).
func uncountedMeasure(nb *neighbours) bool {
	p := secondBefore(nb)
	return p == "" || !isHan(firstRune(p))
}

// oftenAdverbs say how often or how widely a predicate holds: only a
// predicate follows them (电脑老卡, 网页都卡).
var oftenAdverbs = map[string]bool{
	"都": true, "也": true, "又": true, "还": true, "一直": true, "老": true, "老是": true,
	"总": true, "总是": true, "经常": true, "常常": true, "常": true,
}

// closesAfterNext reports whether only final particles (了, 吧 …) stand
// between the word after the token and the end of the clause: 火起来了。
func closesAfterNext(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	j := nb.k + 2
	for j < len(nb.sn.toks) && finalParticles[nb.sn.toks[j].Text] {
		j++
	}
	return j >= len(nb.sn.toks) || clauseEndsAt(nb.sn.toks, j)
}

// usualSenseOf returns the index in in.senses of the sense usualSenses
// names for in's headword, -1 if none or if it is not a plain sense of
// this entry.
func (in *entryInfo) usualSenseOf() int32 {
	key, ok := usualSenses[in.e.Simp]
	if !ok {
		if key, ok = learnerSenses[in.e.Simp]; !ok { // learner.txt
			return -1
		}
	}
	i := senseKeyIndex(in.senses, key)
	if i < 0 || !in.plain(i, in.senses[i]) || in.marks[i].attributive {
		return -1
	}
	return int32(i)
}

// usualFits reports whether in's usual sense may stand where nb puts the
// token; where it may not, the slot chooses from the dictionary's order
// (after 第, the ordinal).
// Before 得 and its complement a noun may not (在这方面表现得相当出色
// "to show", not "performance"), nor an adverb before an aspect particle,
// which follows only a verb: 会议提前了 "to shift to an earlier date",
// 我们分别了十年 "to part" (提前 "in advance", 分别 "separately" elsewhere).
// goingBefore reports whether a verb of going stands right before the token,
// its destination: 去, 到, 逛, 来, 回 (去市场, 逛逛市场).
func goingBefore(nb *neighbours) bool {
	switch nb.prev {
	case "去", "到", "逛", "逛逛", "来", "回", "去了", "到了":
		return true
	}
	return false
}

func (in *entryInfo) usualFits(nb *neighbours) bool {
	if nb == nil {
		return true
	}
	if nb.prev == "第" {
		// After 第 a count is the ordinal: 第三次 "third", not learner.txt's
		// 三次 "three times" (去过三次).
		return false
	}
	if in.firstPlain >= 0 && answerGloss(in.senses[in.firstPlain]) && clauseHead(nb) && (commaNext(nb) || nb.clauseEnd) {
		// Alone in its clause, a word whose dictionary's first sense is
		// an answer is that: 不是，我没说过 "no" (learner.txt's "is not"
		// is for 这不是我的错).
		return false
	}
	s := in.senses[in.usual]
	if in.marks[in.usual].nounish && in.firstPlain >= 0 && isVerbSense(in.senses[in.firstPlain]) && nb.in(nextPersonal) && nb.next != "大家" && nb.prevPos != "q" && nb.prevPos != "m" && nb.prev != "的" && !nb.in(prevDeterminer) {
		// A person right after it is its object, and a noun takes none:
		// 这个问题卡了我们很久, 审批能卡你好几个月 "to stop; to block" (not
		// learner.txt's 卡 "card": 我的卡; after a measure word a noun,
		// the topic before its comment: 这张卡你拿着).
		return false
	}
	if in.marks[in.usual].nounish && in.firstPlain >= 0 && isVerbSense(in.senses[in.firstPlain]) &&
		(nb.prev == "被" || nb.in(prevDegree) || nb.next == "住" ||
			nb.next == "在" && (strings.HasPrefix(nb.prevPos, "n") || nb.prevPos == "d") && !verbAfterNext(nb)) {
		// A noun the table names for a word whose dictionary's first sense
		// is a verb's stands nowhere a noun cannot: after 被 or a degree
		// adverb, before 住, or before 在 after a noun or an adverb (the
		// verb's complement of place). 卡 is "card" (我的卡, 这张卡), but
		// 手机有点卡 "(coll.) slow", 鱼刺卡在喉咙里 and 一直卡在这个问题上
		// "to stop; to block"; 我的包在哪儿 keeps "bag", and so does a
		// subject before the 在 of an action in progress: 广告收入在下降
		// "income".
		return false
	}
	if nb.objectless && linkingGloss(firstGloss(s)) && in.firstPlain >= 0 {
		// A linking verb needs what it links: closing its clause the
		// word keeps the dictionary's first, 说不定就成了, 没去成 "to
		// succeed" (learner.txt's 成 "to become" is for 设成免打扰,
		// 切成小块).
		return false
	}
	if in.firstPlain >= 0 && strings.HasPrefix(in.senses[in.firstPlain], "to make") && (dishNear(nb) || nb.a != nil && nb.sn != nil && nb.a.objectHeadIn(nb.sn, nb.k, artifactGlosses) >= 0) {
		// A dish made is cooked, the dictionary's "to make": 饭做好了,
		// 这道菜做得很好, 他做的饺子, 做了一个蛋糕 (learner.txt's 做 "to do"
		// is for the rest: 做作业, 这样做, 做生意); so is a thing made its
		// object: 这家工厂做家具, 我们是做手机软件的.
		return false
	}
	if in.firstPlain >= 0 && rawHandled(nb) && in.glossEndsIn(rawFoodGlosses) && !in.usualNamesRaw() {
		// Food bought, grown, washed or cut is raw, the dictionary's
		// first: 顺路买点菜, 院子里种了很多菜, 把菜洗一下 "vegetable; greens",
		// not the usual "dish (of food)" (点了四个菜, 这家饭馆的菜).
		return false
	}
	if eatenBefore(nb) && in.firstPlain >= 0 && in.marks[in.firstPlain].nounish && !isVerbSense(s) {
		// What one eats is the meal, the dictionary's first: 去我家吃顿家常
		// 便饭 "simple home-style meal", not learner.txt's "common
		// occurrence" (加班是家常便饭).
		return false
	}
	if adverbialGloss(s) && !isVerbSense(s) && in.firstPlain >= 0 && isVerbSense(in.senses[in.firstPlain]) &&
		(verbSlot(nb) || negators[nb.prev] || nb.objectless && !clauseHead(nb) && !commaNext(nb) && nb.prevPos != "c") {
		// An adverb the table names for a word whose dictionary's first
		// sense is a verb's is a parenthesis at the head of its clause,
		// after a conjunction or before a comma (说实话我也不知道, 不过说实
		// 话，这很难, 其实说实话，… "frankly"); after a modal or a
		// negation, or closing its clause after anything else, the verb:
		// 你要说实话, 他从来不说实话, 跟我说实话吧 "to speak the truth".
		return false
	}
	if (goingBefore(nb) || dishNear(nb)) && in.firstPlain >= 0 && in.marks[in.firstPlain].nounish && (strings.HasPrefix(s, "(fig.)") || strings.HasPrefix(s, "(economics)")) {
		// Where one goes is a place: 去市场买菜 "marketplace", the
		// dictionary's first, not learner.txt's "(economics) market"
		// (进入欧洲市场 keeps it: entering a market is no going there);
		// so is where food is sold: 市场上的菜很新鲜 (市场上的手机 keeps
		// it).
		return false
	}
	if (nb.next == "在" || nb.next == "着" && contactGloss(firstGloss(in.senses[max(in.firstPlain, 0)]))) && int(in.runes) == 1 && !baObjectBefore(nb) && isVerbSense(s) && in.firstPlain >= 0 && isVerbSense(in.senses[in.firstPlain]) {
		// Before 在, a character's first verb, where one puts oneself:
		// 他靠在墙上 "to lean against or on" (not learner.txt's "to
		// depend on": 靠父母); so before 着 where that verb is one of
		// contact (靠着墙; 穿着 keeps "to wear"). (Not where 把's object
		// is put there: 把垃圾倒在这里 "to pour out".)
		return false
	}
	switch nb.next {
	case "得":
		return !nounish(s)
	case "很", "非常", "特别", "十分", "挺", "太", "更", "最", "比较", "相当":
		// Before a degree adverb, a word whose usual sense is a verb's
		// and whose dictionary's first is a noun's is the subject, the
		// noun: 对我们帮助很大 "assistance", not learner.txt's "to help".
		// (Not before 很多 or 很少, which count its object: 担心很多事情.)
		return !isVerbSense(s) || in.firstPlain < 0 || isVerbSense(in.senses[in.firstPlain]) || quantityAhead(nb)
	case "了", "过":
		// A preposition takes no aspect particle: before 了 or 过 a word
		// whose usual sense is one is the verb it also is (这双鞋跟了我三
		// 年 "to follow closely", not learner.txt's 跟 "with"). (着 makes
		// prepositions of verbs: 沿着, 顺着.)
		if prepositionGloss(s) {
			return false
		}
		return isVerbSense(s) || !adverbialGloss(s) || in.firstPlain < 0 || !isVerbSense(in.senses[in.firstPlain])
	case "着":
		// (Only to the dictionary's first sense, a verb's.)
		return isVerbSense(s) || !adverbialGloss(s) || in.firstPlain < 0 || !isVerbSense(in.senses[in.firstPlain])
	}
	return true
}

// adverbialGloss reports whether one of the glosses of sense s is a word
// WordNet knows as an adverb and not as an adjective, or a phrase it knows
// as an adverb: "separately; individually", "in advance"; not "wrong;
// incorrect" (写错了) or "full" (满了), adjectives that stand before 了.
func adverbialGloss(s string) bool {
	for g := range strings.SplitSeq(s, "; ") {
		// (WordNet knows a phrase such as "in advance" as an adjective
		// too, standing after its noun.)
		if p := partsOfSpeech(g); p&wordnet.Adv != 0 && (p&wordnet.Adj == 0 || strings.Contains(g, " ")) {
			return true
		}
	}
	return false
}

// senseKeyIndex returns the index of the sense that key names: the sense
// that is key whole (问道 "to ask", not "to ask the way"), else the first
// that key starts (startsSense); -1 if none.
func senseKeyIndex(senses []string, key string) int {
	first := -1
	for i, s := range senses {
		if s == key {
			return i
		}
		if first < 0 && startsSense(s, key) {
			first = i
		}
	}
	return first
}

// startsSense reports whether key is sense s or its start up to the end of
// a word: "leader" starts "leader", not "leadership".
func startsSense(s, key string) bool {
	if !strings.HasPrefix(s, key) {
		return false
	}
	rest := s[len(key):]
	return rest == "" || !isWordByte(rest[0])
}

// isWordByte reports whether b continues an English word.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '\''
}

// quantityAhead reports whether the degree adverb after the token makes a
// quantity with the word after it (很多, 太少).
func quantityAhead(nb *neighbours) bool {
	if nb.sn == nil || nb.k+2 >= len(nb.sn.toks) {
		return false
	}
	w := nb.sn.toks[nb.k+2].Text
	return w == "多" || w == "少"
}

// dishes are what is cooked, made rather than done: the subject or the
// object of 做 there is "to make" (dishNear).
var dishes = map[string]bool{
	"饭": true, "菜": true, "早饭": true, "午饭": true, "晚饭": true, "早餐": true, "午餐": true, "晚餐": true,
	"饺子": true, "包子": true, "面": true, "面条": true, "汤": true, "蛋糕": true, "面包": true, "点心": true,
	"菜肴": true, "饭菜": true, "便当": true, "粥": true,
}

// dishNear reports whether a dish is the token's subject, right before it
// (饭做好了, 这道菜做得很好), or its object, within three words after it
// in its clause (他做的饺子, 做了一个蛋糕).
func dishNear(nb *neighbours) bool {
	if dishes[nb.prev] {
		return true
	}
	if nb.sn == nil {
		return false
	}
	for j, n := nb.k+1, 0; j < len(nb.sn.toks) && n < 3; j, n = j+1, n+1 {
		t := nb.sn.toks[j].Text
		if dishes[t] {
			return true
		}
		if !isHan(firstRune(t)) {
			return false
		}
	}
	return false
}

// rawFoodGlosses name food before it is cooked (rawHandled): 菜
// "vegetable; greens".
var rawFoodGlosses = map[string]bool{"vegetable": true, "vegetables": true, "greens": true}

// usualNamesRaw reports whether the learner's usual sense of in itself
// names raw food (then the first sense has nothing to add).
func (in *entryInfo) usualNamesRaw() bool {
	for g := range strings.SplitSeq(stripBrackets(in.senses[in.usual]), ";") {
		g = strings.TrimSpace(g)
		if k := strings.LastIndexByte(g, ' '); rawFoodGlosses[g[k+1:]] {
			return true
		}
	}
	return false
}

// groceries are raw food and staples named beside vegetables (rawHandled):
// 菜和肉, 米、面、油和菜.
var groceries = map[string]bool{
	"肉": true, "米": true, "面": true, "油": true, "蛋": true, "鸡蛋": true, "水果": true, "鱼": true,
	"水": true, "盐": true, "面粉": true, "大米": true, "猪肉": true, "牛肉": true, "粮食": true,
}

// rawVerbs buy, grow, wash or cut food before it is cooked.
var rawVerbs = map[string]bool{
	"买": true, "种": true, "洗": true, "切": true, "摘": true, "卖": true, "择": true, "买了": true, "种了": true,
}

// rawHandled reports whether the token is the object of a verb of rawVerbs:
// right after it, past a small amount (买点菜, 种了很多菜), or 把's object
// before it (把菜洗一下).
func rawHandled(nb *neighbours) bool {
	if rawVerbs[nb.prev] || nb.prev == "把" && rawVerbs[nb.next] {
		return true
	}
	if nb.sn == nil {
		return false
	}
	if toks := nb.sn.toks; (nb.next == "和" || nb.next == "跟" || nb.next == "、") && nb.k+2 < len(toks) && groceries[toks[nb.k+2].Text] ||
		(nb.prev == "和" || nb.prev == "跟" || nb.prev == "、") && nb.k >= 2 && groceries[toks[nb.k-2].Text] {
		// Named with other groceries, it is one: 带点菜和水, 买了肉和菜
		// "vegetable; greens".
		return true
	}
	for j := nb.k - 1; j >= 0 && j >= nb.k-4; j-- {
		switch t := nb.sn.toks[j].Text; t {
		case "点", "点儿", "些", "一些", "了", "很多", "很", "多", "好多", "不少", "一点":
			continue
		default:
			return j < nb.k-1 && rawVerbs[t]
		}
	}
	return false
}

// eatenBefore reports whether the token is what is eaten: right after 吃,
// or after 吃 and a measure word of meals (吃顿, 吃个, 吃餐).
func eatenBefore(nb *neighbours) bool {
	if nb.prev == "吃" {
		return true
	}
	if nb.sn == nil || nb.k < 2 || nb.prev != "顿" && nb.prev != "个" && nb.prev != "餐" {
		return false
	}
	return nb.sn.toks[nb.k-2].Text == "吃" || nb.sn.toks[nb.k-2].Text == "吃了"
}

// verbAfterNext reports whether the word after the next token is a verb
// (gse's tag): the next token, 在, is then the progressive, not a place.
func verbAfterNext(nb *neighbours) bool {
	if nb.sn == nil || nb.a == nil || nb.k+2 >= len(nb.sn.toks) {
		return false
	}
	return strings.HasPrefix(nb.sn.posOf(nb.a, nb.k+2), "v")
}

// answerGloss reports whether a sense is a one-word answer: "no", "yes",
// "right", "OK".
func answerGloss(s string) bool {
	switch strings.ToLower(strings.TrimRight(s, "!")) {
	case "no", "yes", "right", "ok", "okay":
		return true
	}
	return false
}

// contactGloss reports whether gloss g is a verb ending in a preposition
// of contact, "on" or "against" ("to lean against or on"), or "to hold":
// it says a posture or a grip, which 着 holds (手里拿着一本书 "to hold",
// not learner.txt's 拿 "to take").
func contactGloss(g string) bool {
	return g == "to hold" || strings.HasPrefix(g, "to ") && (strings.HasSuffix(g, " on") || strings.HasSuffix(g, " against"))
}

// linkingGloss reports whether g, a sense's first gloss, is a linking
// verb's, one that says nothing without what it links to.
func linkingGloss(g string) bool {
	return g == "to become" || g == "to turn into"
}
