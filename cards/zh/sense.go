package zh

import (
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"cika/cards/wordnet"

	snowball "github.com/kljensen/snowball/english"
)

// Choosing the sense of a word in its sentence, once its entry (and so its
// reading) is chosen. What a bilingual reader does:
//
//  1. The English side says the sense: the sense whose gloss the
//     translation uses, the same word, a form of it or a synonym
//     (english.relScore). A sense the dictionary marks as narrow or rare —
//     a register ("(literary)", "(old)", "(dialect)", "(courteous)") or a
//     trade ("(surveying)", "(botany)") — needs the word itself in the
//     English: a synonym is not enough to call 基准 "(surveying) datum".
//  2. Where the English says nothing, the sense a learner meets first: the
//     dictionary's first sense that carries no such mark (CC-CEDICT lists
//     the common senses first), or an "(attributive)" sense where the word
//     stands before a noun (海量知识 "enormous quantity"). The neighbours'
//     call for a verb or a noun (verbContext) was tried as well and left
//     out: on the seed it turned 结果 "result" into "to kill" and 是 "to
//     be" into "correct" far more often than it helped.

// minEvidence is the share of a gloss the English must say for a sense to
// be chosen on its evidence.
const minEvidence = 0.5

// senseMarks describes the leading notes of a sense: marked senses (see
// markedLabels) and "(attributive)" senses; and whether it glosses a verb
// (isVerbSense), and a phrase of a light verb (lightPhrase, for verbs
// only: found once per entry, where bestByEnglishIn asked it for every
// verb sense of a character in every pair).
type senseMarks struct {
	marked, attributive, verb, light bool
	// tag: a tag question ("...right?", "...OK?"), which only an English
	// question says (吧 in 你先走吧 "You go first, I'll be right there"
	// is no "...right?").
	tag  bool
	need senseNeed // what it asks of its neighbours (need.go)
	// rel holds, for a single character's senses, what
	// singleRelatedBest asks of each (relFacts).
	rel relFacts
	// plainText: the sense's text is no list of classifiers, no
	// classifier use, no surname and no variant (plainText), found once
	// per sense: plain asks it at 52 sites of the rules, most of them for
	// every sense of every entry of a token.
	plainText bool
	// nounish, mindState, modal and quantifier are nounish, stateOfMind,
	// modalSense and quantifier of the sense (need.go), found once per
	// sense: grammarSense asks them of the first plain sense of every
	// token it is asked of, up to twenty times each.
	nounish, mindState, modal, quantifier bool
	// glossAt and glossLen place the sense's firstGloss in its text
	// (glossAway: elsewhere), found once per sense: see firstGlossAt.
	glossAt, glossLen uint16
	// pos is partsOfSpeech of the first gloss, where posKnown: found
	// once per sense for a sense that is no verb's (see glossPOS).
	pos      wordnet.POS
	posKnown bool
}

// markedLabels are CC-CEDICT's leading labels of senses that a learner does
// not meet by default: registers, regions and trades. A sense so labelled
// is chosen only on direct evidence. Labels of abstract uses ("(fig.)",
// "(computing)", "(economics)", "(coll.)") are not among them: those
// senses are the common ones in the sentences cika reads.
var markedLabels = map[string]bool{
	"literary": true, "old": true, "archaic": true, "arch.": true, "classical": true,
	"dialect": true, "tw": true, "taiwan": true, "hk": true, "cantonese": true,
	"courteous": true, "polite": true, "honorific": true, "humble": true,
	"slang": true, "internet slang": true, "vulgar": true, "derog.": true, "euphemism": true,
	"jocular": true, "historical": true, "name": true, "onom.": true,
	"surveying": true, "construction": true, "botany": true, "zoology": true, "anatomy": true,
	"geology": true, "mineralogy": true, "mining": true, "textiles": true, "tcm": true,
	"buddhism": true, "taoism": true, "daoism": true, "chemistry": true, "pharmacology": true,
	"biochemistry": true, "genetics": true, "astronomy": true, "meteorology": true,
	"aviation": true, "baseball": true, "basketball": true, "soccer": true, "mahjong": true,
	"chess": true, "chinese chess": true, "go": true, "go game": true, "music": true, "theater": true, "photography": true,
	"military": true, "nautical": true, "agriculture": true, "medicine": true, "physics": true,
	"linguistics": true, "geometry": true, "math.": true, "electronics": true,
	"statistics": true, "sports": true, "gaming": true, "acg": true, "printing": true,
	"lit.": true,
}

// marksOf reads the leading "(…)" labels of a sense.
func marksOf(sense string) senseMarks {
	m := senseMarks{need: needOf(sense)}
	s := sense
	for strings.HasPrefix(s, "(") {
		end := strings.IndexByte(s, ')')
		if end < 0 {
			break
		}
		label := strings.ToLower(s[1:end])
		for _, l := range strings.Split(label, ",") {
			l = strings.TrimSpace(l)
			if markedLabels[l] {
				m.marked = true
			}
			if l == "attributive" {
				m.attributive = true
			}
		}
		s = strings.TrimSpace(s[end+1:])
	}
	if strings.HasPrefix(s, "lit. ") {
		// An idiom's literal words ("lit. new bud" before "fig. new and
		// original", 新颖) are said only where the English says them.
		m.marked = true
	}
	m.tag = strings.HasPrefix(s, "...") && strings.HasSuffix(s, "?")
	m.plainText = plainText(sense)
	m.nounish, m.mindState, m.modal, m.quantifier = nounish(sense), stateOfMind(sense), modalSense(sense), quantifier(sense)
	m.verb = strings.HasPrefix(s, "to ")
	m.light = m.verb && lightPhrase(sense)
	m.glossAt, m.glossLen = glossPlace(sense)
	if !m.verb {
		// (What nounish asked just now, most of the time: the verbs'
		// are asked rarely, and would cost WordNet each.)
		m.pos, m.posKnown = partsOfSpeech(firstGloss(sense)), true
	}
	// "a certain ...; a given ...": a gloss that waits for its noun.
	if strings.HasSuffix(strings.TrimSpace(s), "...") && (strings.HasPrefix(s, "a ") || strings.HasPrefix(s, "another ")) {
		m.attributive = true
	}
	return m
}

// isVerbSense reports whether a sense glosses a verb: "to …" after its
// labels, or "be to …", CC-CEDICT's slip for "to be …" (下岗 "(of a
// worker) be to laid off": a noun's sense by any other test, so a verb
// slot, 他下岗了, gave the first verb "(of a guard …) to come off duty").
func isVerbSense(sense string) bool {
	s := stripBrackets(sense)
	return strings.HasPrefix(s, "to ") || strings.HasPrefix(s, "be to ")
}

// chooseSense returns the index in in.senses of the sense of a token of
// in's entry, and whether the English side chose it (evidence). nb may be
// nil (a word of one entry and several characters: its neighbours are not
// looked at).
func (a *Analyzer) chooseSense(in *entryInfo, en *english, nb *neighbours) (int, bool) {
	if len(in.senses) == 0 {
		return -1, false
	}
	if i, ev := in.askedAgain(nb); i >= 0 {
		// The second of X不X (你信不信, 值不值) asks of the first's sense:
		// 你们俩熟不熟 "familiar" twice, not "ripe" after 不.
		return i, ev
	}
	if i := in.foremostSense(nb); i >= 0 {
		// First place, not the first of a row: 健康是第一位的 / "health
		// comes first" "most important; primary; foremost".
		return i, false
	}
	if i := in.liableSense(nb); i >= 0 {
		// What befalls one is not made easy but is likely: 冬天容易感冒,
		// 最容易犯的错误 / "the easiest mistake to make" "likely; liable
		// to", whatever "easy" the English says.
		return i, false
	}
	if i := a.tradeSense(in, nb); i >= 0 {
		// A trade named, then pointed at: 餐饮这一行利润很薄 "line of
		// business", not the measure word of 利润.
		return i, false
	}
	if i := in.connectSense(nb); i >= 0 {
		// Two things joined: 水带都接不上 / "couldn't hook up the hose"
		// "to connect", whatever the English says.
		return i, false
	}
	if i := in.captureSense(nb); i >= 0 {
		// A result the camera got: 监控拍到了小偷 / "the camera caught
		// the thief", 你拍下来 "to take (a photo)", whatever the English
		// says.
		return i, false
	}
	if i, long := in.careSpan(nb); i >= 0 && long {
		// Years of it: 她带了五年中学英语 / "has coached … for five years"
		// "to look after", whatever "taking" the English says nearby.
		return i, false
	}
	if i := in.scoredPointSense(nb); i >= 0 {
		// The marks won or lost, after 的: 丢了不该丢的分 / "losing
		// marks" "a point (in sports or games)", not "fraction".
		return i, false
	}
	if i := in.fieldSense(nb); i >= 0 {
		// A line of work its object: 我是搞技术的, 他以前在上海搞广告
		// "to go in for", whatever "make" the English says of another
		// verb.
		return i, false
	}
	if i := in.heartSense(nb); i >= 0 {
		// Grief or pity, not the body: 心里难受, 听到这个消息我难受了
		// 好几天 / "felt awful" "to be difficult to bear", whatever
		// "feel" the English says.
		return i, false
	}
	if i := in.diedSense(nb); i >= 0 {
		// Gone after an illness: 爷爷去年生病走了 / "passed away" "to
		// die (euph.)", whatever "away" the English says.
		return i, false
	}
	if i := in.rummageSense(nb); i >= 0 {
		// What comes out of a search: 把被子翻出来 / "dig the comforter
		// out" "to rummage through", whatever the English says.
		return i, false
	}
	if i := in.muchBetterSense(nb); i >= 0 {
		// 好多 closing its clause before 了: 我现在好多了 / "a lot
		// better" "much better", not "quite a lot" (slotsense.go).
		return i, false
	}
	if i := in.stuffedSense(nb); i >= 0 {
		// 吃撑了 / "stuffed" "to fill to bursting point".
		return i, false
	}
	if i := in.closeSense(nb); i >= 0 {
		// 跟妈妈更亲 / "closer to" "close", not "related".
		return i, false
	}
	if i := in.putOffSense(nb); i >= 0 {
		// 把约会推了 / "push back my date" "to put off", not "to push".
		return i, false
	}
	if i := a.knowingSense(in, nb); i >= 0 {
		// 他家的情况我不太清楚 / "I don't really know about his family"
		// "to be clear about", not "clear".
		return i, false
	}
	if i := in.suchAsSense(nb); i >= 0 {
		// 像桃子、梨什么的 / "like peaches and pears" "such as".
		return i, false
	}
	if i := in.fairSense(nb); i >= 0 {
		// 味道还凑合 "passable", not "to make do".
		return i, false
	}
	if i := in.detourSense(nb); i >= 0 {
		// 看见狗就绕着走 / "walks around it" "to go round (an obstacle)".
		return i, false
	}
	if i := in.regardSense(nb); i >= 0 {
		// 这顿饭算我的 / "is on me" "to regard as".
		return i, false
	}
	if i := in.angerSense(nb); i >= 0 {
		// 气晕过去 / "fainted (from anger)" "to make angry", not "gas".
		return i, false
	}
	if i := in.setAsideSense(nb); i >= 0 {
		// 给我留菜 / "save food for me" "to leave", not "to preserve".
		return i, false
	}
	if i := a.splitStateSense(in, nb); i >= 0 {
		// The predicate of a word split by a degree adverb: 手头有点紧 /
		// "money's a bit tight" 紧 "short of money" (手头紧), whatever
		// "tight" the English says of it.
		return i, false
	}
	vc := 0.0
	if nb != nil {
		vc = verbContext(nb)
	}
	best, bi := bestByEnglishIn(in, en, vc, nb)
	if best > 0 && bi >= 0 && !en.saysDoubled(in.senses[bi]) {
		// A doubled word is said whole: "so-so" by "so-so", not by the
		// "so" of "So how do you usually…" (一般 "generally" there).
		best = 0
	}
	if best >= minEvidence*posDisagree && bi >= 0 && nb != nil && in.boundAlone(bi) {
		// A character standing as a word is not in its bound form when a
		// free sense is said too (不 "not": "no; not so", not "(bound form)
		// not; un-"), nor by a gloss of function words alone (有 "(bound
		// form) having; with" for any "with"). 多智能体 "multi agent" keeps
		// "(bound form) multi-": nothing else is said.
		if free, ev := in.bestFree(en, nb); free >= 0 && ev > 0 {
			return free, true
		}
		if !in.contentSaid(en, bi, true) {
			best = 0
		}
	}
	if best >= minEvidence*posDisagree && bi >= 0 && nb != nil && in.complementAlone(bi, nb) {
		// A verb's complement with no verb of its own before it: 生病走了
		// / "got sick and passed away" is no "away (in compound verbs
		// …)" for the "away" of "passed away".
		if free, ev := in.bestOther(en, nb, bi); free >= 0 && ev > 0 {
			return free, true
		}
		best = 0
	}
	if best >= minEvidence*posDisagree && bi >= 0 && nb != nil && a.saidOfWordBeside(in, en, nb, bi) {
		// The English word is the translation of a longer word that
		// holds the character: 管线 "general term for pipes" takes
		// "pipes" from 部门管 (管 "to manage", not "pipe").
		best = 0
	}
	if best >= minEvidence*posDisagree && bi >= 0 && nb != nil && in.nounSaidAsVerb(en, nb, bi) {
		// An English noun says no verb: 两站 / "two stops", 坐过站 / "missed
		// my stop" are 站 "station", not "to stop".
		best = 0
	}
	if best >= minEvidence*posDisagree && bi >= 0 && nb != nil && in.marks[bi].verb && int(in.runes) > 1 && !objectFollows(nb) && nb.next != "的" && (countedBefore(nb) || countedPastModifier(nb)) {
		// What a quantity counts is a noun, whatever verb the English
		// says by a word related to it: 一个小提示 / "a little hint" is
		// 提示 "suggestion", not "to suggest", where the English says the
		// noun sense too (not before 的, where the word may be the verb of
		// a modifier: 一种说话的方式 / "one way of speaking" "to speak").
		if i := in.saidNoun(en, nb); i >= 0 && relatedEvidence(in, en, i) > 0 {
			return i, true
		}
	}
	if best >= minEvidence*posDisagree && bi >= 0 && nb != nil && in.verbSaidAsNoun(en, nb, bi) {
		// An English verb says no noun: 我主要研究中国历史 / "I mainly
		// study Chinese history" is 研究 "to research", not "a study".
		if v := in.laterPlain(-1, nb, func(_ int, s string) bool { return isVerbSense(s) }); v >= 0 {
			return v, true
		}
	}
	if best >= minEvidence*posDisagree && bi >= 0 && nb != nil && in.slotForbids(bi, nb) {
		// The next sense the English says, if the slot allows it (做这份
		// 工作 / "does this job": "to do", once "for" may not make it
		// "(of a thing) to serve as; to be used for").
		best, bi = in.allowedBest(en, nb, vc, bi)
	}
	onlyPlain := len(in.senses) == 1 && in.firstPlain == 0 && !oneSenseOpen
	if best >= minEvidence*posDisagree {
		if onlyPlain {
			// One sense, and plain: every rule below gives it, the
			// English's choice (bi).
			return bi, true
		}
		if i := a.grammarBreaksTie(in, en, nb, bi); i >= 0 {
			return i, true
		}
		// Before 中 or 里 a noun, whatever adjective the English says:
		// 在现实中 / "in the real world" is "reality".
		if i := in.insideNoun(en, nb, bi); i >= 0 {
			return i, true
		}
		// Where the English says two senses as well, the grammar around
		// the token decides: 一定摩擦 "a certain amount of friction" is
		// "a certain …", not "surely; certainly".
		if def, construction := in.contextSense(nb); construction && def != bi && def >= 0 && (senseEvidence(in, en, def) >= best || in.numberSense(def, nb) && !in.numberSense(bi, nb) || in.marks[def].quantifier && !in.marks[bi].quantifier && (nb.digitNext || numeralRune(nb.right)) || in.firstGlossAt(def) == in.firstGlossAt(bi)+"ly") {
			// (A sense that needs the number beside it, and has it,
			// beats a sense the English says in other words: 两千多名学生
			// "over two thousand students" is 多 "(after a numeral) ...
			// odd", not "many; much; more"; so does a sense that bounds
			// the amount after it, where the English says the verb by a
			// word of another token: 师傅来了以后，不到一分钟就… / "when
			// the locksmith arrived, … in under a minute" 不到 "less
			// than", not "not to arrive". And the adverb in -ly of the
			// adjective the English says, where the slot makes the word
			// an adverb: 新开了一家店 / "a new shop has opened" "newly".)
			return def, true
		}
		if i := a.namedAndSaid(in, en, nb, bi); i >= 0 {
			return i, true
		}
		if i := a.objectBreaksTie(in, en, nb, bi); i >= 0 {
			return i, true
		}
		if i := a.particleUnsaid(in, en, nb, bi, best); i >= 0 {
			return i, true
		}
		if i := in.usualSaidAlike(en, nb, bi); i >= 0 {
			return i, true
		}
		if i := in.countingSense(nb, en); i >= 0 && !in.isClassifier(bi) && (best < 1 || countedNounAhead(nb)) {
			// 三次药 "three times" is the measure word, not "the second
			// (day, time etc)"; 这道菜 not "a skill". (With no noun after
			// it, a unit the English says in full stays: 十度。 "ten
			// degrees", 四十二号的 "size".)
			return i, true
		}
		if i := in.slotOverEnglish(en, nb, bi); i >= 0 {
			return i, true
		}
		if i := in.adverbSaidToo(en, nb, bi); i >= 0 {
			return i, true
		}
		return bi, true
	}
	if onlyPlain {
		// One sense, and plain: every rule below gives it (contextSense
		// finds it first), and none says the English chose it, which
		// the rules above weighed. A third of the tokens that reach here
		// are such words (我, 我们, 然后): a quarter of chooseSense's
		// calls on big1m.
		return 0, false
	}
	// A text its object: 背单词 "to learn by heart" (before the slot's
	// constructions too, which take a verb's first sense).
	if i := a.memorizeSense(in, nb); i >= 0 {
		return i, false
	}
	// The verb of a clause between its doer and 的: 自己包的饺子 "to
	// cover", not "bag" (slotsense.go).
	if i := in.relativeVerbSense(nb); i >= 0 {
		return i, false
	}
	// What boils before it: 水开了, 水已经开了 "to boil" (before the
	// slot's constructions, which take 开 after 已经 for "to open").
	if i := a.boilSense(in, nb); i >= 0 {
		return i, false
	}
	// A predicate's usual sense: 这家店很火 "hot (popular)".
	if i := in.predicateUsualAt(nb); i >= 0 {
		return i, false
	}
	// Said of a person or of how one speaks: 他说话很直 "frank".
	if i := a.frankSense(in, nb); i >= 0 {
		return i, false
	}
	// A person who knows someone or somewhere: 我跟他不熟, 我对这一带很熟
	// "familiar".
	if i := a.familiarSense(in, nb); i >= 0 {
		return i, false
	}
	// Things go into it: 这个箱子能装二十公斤, 装不下 "to load".
	if i := a.loadSense(in, nb); i >= 0 {
		return i, false
	}
	// Anger let out: 把气撒在孩子身上 "to give expression to".
	if i := a.ventSense(in, nb); i >= 0 {
		return i, false
	}
	// One gets through it: 这活儿真熬人, 熬过去了 "to endure".
	if i := a.endureSense(in, nb); i >= 0 {
		return i, false
	}
	// No object, one goes: 下了班就往医院赶 "to hurry; to rush".
	if i := in.hurrySense(nb); i >= 0 {
		return i, false
	}
	// A trade its object: 她在银行做会计 "(of a person) to be".
	if i := a.roleSense(in, nb); i >= 0 {
		return i, false
	}
	// A person in a state of mind: 别急 "hurried", 他整个人都蔫了
	// "listless".
	if i := a.moodSense(in, nb); i >= 0 {
		return i, false
	}
	// No one deceived: 抱着哄 "to coax".
	if i := a.coaxSense(in, nb); i >= 0 {
		return i, false
	}
	// Two sides to it: 跟邻居吵起来了 "to quarrel".
	if i := a.quarrelSense(in, nb); i >= 0 {
		return i, false
	}
	// The unit a price goes by: 按次收费 次 the measure word (an English
	// "kilowatt-hour" says 按度's unit first).
	if i := in.rateMeasureSense(nb); i >= 0 {
		return i, false
	}
	// How long it was put off: 航班拖了两个多钟头 "to delay".
	if i := a.delaySense(in, nb); i >= 0 {
		return i, false
	}
	// A person one goes to and talks with: 我找他谈谈 "to call on sb".
	if i := a.callOnSense(in, nb); i >= 0 {
		return i, false
	}
	// What is pressed or pressed out its object: 挤痘痘, 鞋挤脚 "to press;
	// to squeeze".
	if i := in.squeezeSense(nb); i >= 0 {
		return i, false
	}
	// Money it acts on: 话费扣了一百多, 扣了我两百块钱 "to deduct (money)".
	if i := a.moneySense(in, nb); i >= 0 {
		return i, false
	}
	// A stranger called by a kinship word: 对门的大爷 "term of respect for
	// older man".
	if i := in.addressSense(nb); i >= 0 {
		return i, false
	}
	// A shift its object: 值夜班 "to be on duty".
	if i := a.dutySense(in, nb); i >= 0 {
		return i, false
	}
	// Else an amount after it: 值多少钱 "(to be) worth".
	if i := in.worthSense(nb); i >= 0 {
		return i, false
	}
	// A place's: 街道的味道 "(fig.) feeling".
	if i := a.placeFeeling(in, nb); i >= 0 {
		return i, false
	}
	// What one is after: 图便宜 "to seek".
	if i := in.seekSense(nb); i >= 0 {
		return i, false
	}
	// Where and how people met: 我们是在大学认识的 "to get acquainted".
	if i := in.acquaintSense(nb); i >= 0 {
		return i, false
	}
	// A colour said of: 颜色都淡了 "light in color".
	if i := a.colorSense(in, nb); i >= 0 {
		return i, false
	}
	// A machine that stops working: 电脑坏了 "broken".
	if i := a.brokenSense(in, nb); i >= 0 {
		return i, false
	}
	// The verb of a verb–object word said again before its complement:
	// 包饺子，包得乱七八糟 "to wrap".
	if i := a.repeatedVerbSense(in, nb); i >= 0 {
		return i, false
	}
	// Whose charge it is: 这事不归我管 "to be in charge of".
	if i := in.chargeSense(nb); i >= 0 {
		return i, false
	}
	// A thing closed in: 把礼物包起来 "to wrap".
	if i := in.wrapSense(nb); i >= 0 {
		return i, false
	}
	// A purchase taken back: 机票不能退 "to return (sth)".
	if i := in.returnSense(nb); i >= 0 {
		return i, false
	}
	// A tool lent or tried: 借我使使 "to use".
	if i := in.useSense(nb); i >= 0 {
		return i, false
	}
	// How a thing was done, after a verb's 得: 踢得太臭了 "terrible".
	if i := a.judgedSense(in, nb); i >= 0 {
		return i, false
	}
	// A doing that came to nothing: 事情办砸了 "to fail".
	if i := a.failSense(in, nb); i >= 0 {
		return i, false
	}
	// A person and an amount after it: 找您五块钱 "to give change".
	if i := a.changeSense(in, nb); i >= 0 {
		return i, false
	}
	// A person one goes to: 周末去看爷爷奶奶 "to visit".
	if i := a.visitSense(in, nb); i >= 0 {
		return i, false
	}
	// Pay or a prize its object: 拿冠军 "to take", 发工资 "to issue".
	if i := a.rewardSense(in, nb); i >= 0 {
		return i, false
	}
	// What about a thing or a person is so: 这就是它独特的地方, 有不懂
	// 的地方 "aspect; part", not "place".
	if i := in.aspectSense(nb); i >= 0 {
		return i, false
	}
	// Where one is served: 政府窗口, 去三号窗口办 "opening providing
	// restricted access (e.g. customer service window)".
	if i := in.counterSense(nb); i >= 0 {
		return i, false
	}
	// Passed on to someone: 钱我转给你, 靠对讲机转 "to transfer".
	if i := in.transferSense(nb); i >= 0 {
		return i, false
	}
	// Shown to others online: 在朋友圈晒照片 "to expose and share (…) on
	// the Web", not "(of the sun) to shine on".
	if i := in.onlineSense(nb); i >= 0 {
		return i, false
	}
	// A thing put out in the sun: 晒被子 "to dry (clothes, grain etc) in
	// the sun", not "(of the sun) to shine on".
	if i := in.sunDriedSense(nb); i >= 0 {
		return i, false
	}
	def, construction := in.contextSense(nb)
	// Before 中 or 里 a noun, whatever the slot before says: 黑暗中有人
	// "darkness", not "darkly".
	if i := in.insideNoun(nil, nb, def); i >= 0 {
		return i, false
	}
	if construction {
		return def, false
	}
	// A vehicle near it: 坐地铁 "to take (a bus, airplane etc)". Its
	// sense is decided here alone (namedSense would take the "bus" of
	// 坐在公交车上, where one sits).
	vi, vehicular := a.vehicleSense(in, nb)
	if vi >= 0 {
		return vi, false
	}
	// A machine it switches on: 开着空调 "to turn on", not "to open".
	if i := a.switchSense(in, nb); i >= 0 {
		return i, false
	}
	// A shop or a clock time before it: 银行几点开门 "to open for
	// business".
	if i := a.businessSense(in, nb); i >= 0 {
		return i, false
	}
	// What a noun near it names (接电话 "to answer (the phone)"; named.go).
	if i := a.namedSense(in, nb); i >= 0 && (!vehicular || i != int(in.vehicle.Load())) {
		return i, false
	}
	// A child its object, taken nowhere: 在家带孩子 "to look after".
	if i := in.careSense(nb); i >= 0 {
		return i, false
	}
	// A mishap its object: 出了车祸 "to arise; to occur".
	if i := a.mishapSense(in, nb); i >= 0 {
		return i, false
	}
	// A person its object, where a sense's brackets ask for one: 送你到
	// 门口 "to see (sb) off".
	if i := a.personSense(in, nb); i >= 0 {
		return i, false
	}
	// A thing its object, where the first sense moves oneself: 把桌子搬到
	// 那边 "to move (sth relatively heavy or bulky)".
	if i := a.thingMovedSense(in, nb); i >= 0 {
		return i, false
	}
	// What the English confirmed in the learner's other pairs (Priors).
	if i := a.priorSense(in); i >= 0 {
		return i, false
	}
	// No object for a sense that takes one: 后面就开始乱动了 "to move
	// randomly", not "to fiddle with".
	if i := a.objectlessSense(in, nb, def); i >= 0 && (bi < 0 || best < minWeakEvidence) {
		return i, false
	}
	// Weaker evidence (a related word for one word of two: "position" for
	// "point of view") still beats a default the English says nothing of.
	if bi >= 0 && bi != def && best >= minWeakEvidence && (def < 0 || senseEvidence(in, en, def) == 0) {
		return bi, true
	}
	if def >= 0 && def == int(in.firstPlain) && (nb != nil || int(in.runes) > 1) {
		// Nothing chose: a first noun gives way to the noun the
		// character's or the word's longer words say most (钱 "money",
		// not "coin"; 机构 "agency", not "mechanism"; family.go).
		return a.familySense(in, def), false
	}
	return def, false
}

// saysDoubled reports whether the English says sense s's first gloss
// where it is a doubled word ("so-so", "bye-bye"): the word twice in a row
// (its hyphen splits it in two); true for any other gloss. Its half alone
// is another word ("so", "bye").
func (x *english) saysDoubled(s string) bool {
	if strings.IndexByte(s, '-') < 0 {
		return true // (most senses: no lookup of the first gloss)
	}
	half, rest, ok := strings.Cut(firstGloss(s), "-")
	if !ok || half == "" || rest != half || x == nil {
		return true
	}
	for k := 1; k < len(x.words); k++ {
		if x.words[k] == half && x.words[k-1] == half {
			return true
		}
	}
	return false
}

// oneSenseOpen, set by tests only, makes chooseSense ask every rule of a
// word of one plain sense, as before its shortcut.
var oneSenseOpen bool

// askedAgain returns the sense, and whether the English chose it, of the
// first X of X不X or X没X where the token is the second X and the first is
// a token of the same entry; -1 if not.
func (in *entryInfo) askedAgain(nb *neighbours) (int, bool) {
	if nb == nil || nb.prev != "不" && nb.prev != "没" || nb.sn == nil || nb.k < 2 {
		return -1, false
	}
	t := &nb.sn.toks[nb.k-2]
	if t.Text != nb.sn.toks[nb.k].Text || t.Entry != in.name || t.Sense < 0 || t.Sense >= len(in.senses) {
		return -1, false
	}
	return t.Sense, t.Evidence
}

// nounSaidAsVerb reports whether sense i, a verb's, of a single character
// that is first a noun is said only by English words that stand as nouns
// (after a determiner, a possessive or a number: "my stop", "two stops")
// where the Chinese puts a noun too: after a number or a demonstrative
// (两站, 哪一站) or after the 过 of a verb, its object (坐过站). The English
// noun then names the thing, and the character's noun sense is the one to
// look for, though the English does not say it ("station").
func (in *entryInfo) nounSaidAsVerb(en *english, nb *neighbours, i int) bool {
	if int(in.runes) != 1 || !in.marks[i].verb || in.firstPlain < 0 || in.marks[in.firstPlain].verb {
		return false
	}
	if !nb.afterNumeral && nb.prev != "过" || aspectNext(nb) && nb.next != "了" {
		return false
	}
	return en.everySayingWord(in, i, en.nounOrCountedAt)
}

// verbSaidAsNoun reports whether sense i, a noun's, of a word of several
// characters that is a verb too is said only by English words that stand
// as verbs, right after their subject or its adverb ("I mainly study", "we
// have studied"), where the Chinese puts the verb: after an adverb (gse's
// d or b: 主要), its subject or where it is done, and before its object
// (我主要研究中国历史). The English verb then
// says the verb sense, though its word is the noun's ("a study").
func (in *entryInfo) verbSaidAsNoun(en *english, nb *neighbours, i int) bool {
	if int(in.runes) < 2 || in.marks[i].verb || !objectFollows(nb) || !(nb.prevPos == "d" || nb.prevPos == "b" || nb.in(prevPersonal) || predicateAdverbs[nb.prev] || afterPlacePhrase(nb)) {
		return false
	}
	return en.everySayingWord(in, i, en.verbAfterSubjectAt) && in.hasVerbSense()
}

// verbAfterSubjectAt reports whether English word k stands right after a
// subject pronoun, or after one and an adverb ("I study", "she mostly
// studies"): a verb.
func (x *english) verbAfterSubjectAt(k int) bool {
	if k > 0 && subjectPronounsEn[x.words[k-1]] {
		return true
	}
	return k > 1 && adverbsEn[x.words[k-1]] && subjectPronounsEn[x.words[k-2]]
}

// verbAfterSubjectOrLet is verbAfterSubjectAt, or right after "let's"
// ("Let's share them out").
func (x *english) verbAfterSubjectOrLet(k int) bool {
	return x.verbAfterSubjectAt(k) || k > 0 && (x.words[k-1] == "let's" || x.words[k-1] == "let’s" || x.words[k-1] == "us" && k > 1 && x.words[k-2] == "let")
}

// subjectPronounsEn and adverbsEn: who does it, and the adverbs and
// auxiliaries that stand between the subject and its verb.
var (
	subjectPronounsEn = map[string]bool{"i": true, "you": true, "we": true, "they": true, "he": true, "she": true}
	adverbsEn         = map[string]bool{
		"mostly": true, "mainly": true, "also": true, "just": true, "really": true, "still": true, "only": true,
		"usually": true, "often": true, "always": true, "never": true, "now": true, "actually": true, "even": true,
		"have": true, "has": true, "had": true, "will": true, "can": true, "would": true, "could": true,
	}
)

// nounOrCountedAt reports whether English word k stands as a noun
// (nounAt) or after a number ("two stops", "3 stops").
func (x *english) nounOrCountedAt(k int) bool {
	if x.nounAt(k) {
		return true
	}
	if k == 0 {
		return false
	}
	p := x.words[k-1]
	if p == "more" && k > 1 {
		p = x.words[k-2] // "two more stops"
	}
	return numberWordsEn[p] || p != "" && p[0] >= '0' && p[0] <= '9'
}

// numberWordsEn are the English cardinals and the ordinals and question
// words that stand before a counted or a picked-out noun ("which stop",
// "the next stop").
var numberWordsEn = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "couple": true, "which": true, "whose": true,
	"next": true, "last": true, "first": true, "second": true,
}

// namedAndSaid returns the sense whose brackets both a noun near the token
// names (namedSense) and the English says, where the English said another
// sense bi better by a word of its own: two sides name the object of the
// narrower sense (or the English writes what the brackets name). 换点儿外币 / "change some foreign currency" is "to
// convert (currency)", not "to change (clothes etc)"; 哄孩子睡觉 / "coaxing
// the child to sleep" "to amuse (a child)", not "to coax". -1 if none, or
// if bi's brackets are named too. A vehicle's sense is vehicleSense's to
// give (坐在公交车上 sits on the bus).
func (a *Analyzer) namedAndSaid(in *entryInfo, en *english, nb *neighbours, bi int) int {
	if nb == nil || bi < 0 || !in.hasBracketWords() {
		return -1
	}
	i := a.namedSense(in, nb)
	if i < 0 || i == bi || lazySense(&in.vehicle, in.vehicleSenseOf) == i {
		return -1
	}
	if in.saidScore(en, i) == 0 {
		// (Or the English writes the subject a leading "(of …)" names,
		// though the noun that names it took the word: 价格跌了一半 /
		// "the price fell by half" is "(of prices etc) to drop", not "to
		// fall". Not a bracket of the means: 大火烧了三天 / "the fire
		// burned" is no "to heat (over a fire)".)
		if m, j, _ := in.senseAt(i); m == nil || m.brackets == nil || !en.writesBracket(ofWords((*m.brackets)[j])) {
			return -1
		}
	}
	if m, j, _ := in.senseAt(bi); m != nil && m.brackets != nil && len((*m.brackets)[j]) > 0 && a.nearbyNames(nb.sn, nb.k, (*m.brackets)[j]) {
		return -1 // the English's own sense is named too
	}
	return i
}

// ofWords returns the words of ws in a leading "(of …)", nil if none.
func ofWords(ws []bracketWord) []bracketWord {
	for k, w := range ws {
		if !w.of {
			return ws[:k]
		}
	}
	return ws
}

// phrasalSaid reports whether a gloss of sense i (-1: none) is a phrasal
// verb, "to" + verb + particle, that the English says with the verb's
// stem and its particle one or two words after it ("hang up", "hanging
// it up"), or a particle WordNet makes the verb a synonym with ("throw it
// out" says "to throw away"). The verb may be an irregular form ("ran
// away" says "to run away", not only "to run"), and the gloss may follow
// a leading note ("(of a form etc) to fill in": "fill in reports" says
// it, not "to fill or stuff").
func (in *entryInfo) phrasalSaid(en *english, i int) bool { return in.phrasalGloss(en, i, false) }

// phrasalWhole is phrasalSaid of a gloss that is the phrasal verb and
// nothing more ("to throw away", not "to put up with"): the English says
// it in full, a unit, though a particle such as "away" or "back" is a
// content word the English may put otherwise (bestByEnglishIn).
func (in *entryInfo) phrasalWhole(en *english, i int) bool { return in.phrasalGloss(en, i, true) }

// phrasalGloss is phrasalSaid, of glosses of exactly three words if whole.
func (in *entryInfo) phrasalGloss(en *english, i int, whole bool) bool {
	if i < 0 || !in.marks[i].verb {
		return false
	}
	for g := range strings.SplitSeq(in.senses[i], ";") {
		f := strings.Fields(stripBrackets(strings.TrimSpace(g)))
		if len(f) < 3 || whole && len(f) > 3 || f[0] != "to" || !glossParticle(f[2]) {
			continue
		}
		vs := stem(strings.ToLower(f[1]))
		if vs == "" {
			continue // "to be in": no verb of content to find
		}
		for k, w := range en.words {
			if glossParticle(w) && (k >= 1 && en.verbStemIs(k-1, vs) || k >= 2 && en.verbStemIs(k-2, vs)) && phrasalSynonyms(f[1], f[2], w) {
				return true
			}
		}
	}
	return false
}

// verbStemIs reports whether the English word at k has stem st, itself
// or as the inflection of a verb whose stem Snowball keeps apart ("ran"
// for "run", "went" for "go": stemmed.verb).
func (x *english) verbStemIs(k int, st string) bool {
	if x.wordStems[k] == st {
		return true
	}
	w := x.words[k]
	v := englishStems.stemOf(w, fnv32(w)).verb
	return v != "" && stem(v) == st
}

// allowedBest returns the best English evidence among the senses other
// than forbidden that the neighbours allow (needFits, slotForbids), and
// its sense; 0 and -1 when none is said. A sense of the part of speech the
// slot does not want (verbContext vc) counts posDisagree of its evidence,
// as in bestByEnglishIn.
func (in *entryInfo) allowedBest(en *english, nb *neighbours, vc float64, forbidden int) (float64, int) {
	best, bi := 0.0, -1
	for i := range in.senses {
		if i == forbidden || !in.needFits(i, nb) {
			continue
		}
		v := in.saidScore(en, i)
		if vc != 0 && (vc > 0) != in.marks[i].verb {
			v *= posDisagree
		}
		if v > best && !in.slotForbids(i, nb) {
			best, bi = v, i
		}
	}
	return best, bi
}

// saidScore is the evidence bestByEnglishIn gives sense i by the words
// themselves (a marked sense's direct words), not by related words: once
// the sense the English chose is ruled out, a related word (the "limited"
// another word took) is too weak to choose again (功率约束 stays the
// default "restriction", not "to restrict").
func (in *entryInfo) saidScore(en *english, i int) float64 {
	m, j, off := in.senseAt(i)
	if m == nil {
		return 0
	}
	v := en.senseScore(m, j)
	if v > 0 && in.marks[i].marked {
		v = en.directScore(m, relOf(m, in.senses[off:off+int(m.nSenses)]), j)
	}
	return v
}

// slotForbids reports whether the words around a token rule out sense i,
// whatever the English says of it:
//   - a verb's sense that is only a preposition (走 "from", "through")
//     needs the preposition's slot, an object after it: in 他从楼上走下来
//     "came down from upstairs" the "from" is 从's;
//   - an interjection opens its clause (做好一个市场 / "get one market
//     right" is not 好 "all right!"), and a word after a degree adverb is
//     not one itself (很老的问题 / "very old" is 老 "old", not "very");
//   - a character that is first a verb, before 不 or 得 and its
//     complement (听不懂, 买得起) or an aspect particle (听着), is the verb:
//     听不太懂 / "I can't really understand" is not 听 "a can"; so
//     before a 了 the clause goes on after (its object): 排了半天队 /
//     "stood in line" is 排 "to line up", not "row; line";
//   - a sense said of things ("(of a thing) to serve as") has no person
//     for subject: 他是为了钱才做这份工作的 is 做 "to do", whatever the
//     "for" of the English says;
//   - a sense whose every gloss waits for its object (到 "to leave for; to
//     go to") is not the sense of a verb that ends its clause: 我一会儿就到
//     "I'll be there" is "to arrive", whatever "go" the English says.
func (in *entryInfo) slotForbids(i int, nb *neighbours) bool {
	s := in.senses[i]
	switch {
	case in.prepositionOfVerb(i) && !nb.objectThenVerb && !strings.HasPrefix(nb.nextPos, "n") && !strings.HasPrefix(nb.nextPos, "r"):
		return true
	case nb.prev != "" && interjection(s), nb.in(prevDegree) && degreeWords[in.firstGlossAt(i)]:
		return true
	case (in.marks[i].nounish || in.isClassifier(i)) && (in.verbCharacter() || in.coverbCharacter()) && (complementAfter(nb) || nb.next == "了" && !nb.objectless):
		return true
	case thingSense(s) && personBefore(nb):
		return true
	case strings.HasPrefix(s, "(coverb)") && (nb.objectless || nb.clauseEnd):
		// 这台电脑很好用 is no "(coverb) with; using": a coverb takes
		// its object.
		return true
	case strings.Contains(s, "(unit") && !numberBefore(nb) && int(in.runes) == 1:
		// A unit counts: 分 "0.01 yuan (unit of money)" needs its number
		// (五分钱); 奖金分到每个人手里 is "to distribute", whatever
		// "yuan" the English says.
		return true
	case strings.HasPrefix(nb.nextPos, "v") && strings.HasPrefix(s, "to lean ") && int(in.runes) == 1:
		// One leans on a thing, not on a deed: before a verb, what one
		// lives by (靠卖菜养活自己 / "lean on selling vegetables" is
		// 靠 "to depend on", not "to lean against or on").
		return true
	case comparativeGloss(in.firstGlossAt(i)) && !compared(nb):
		// 强 "better" compares, with 比 or 多 (比以前强多了); where
		// nothing is compared it is "strong", whatever "better" the
		// English says: 抗病能力强 / "resists disease better".
		return true
	case (nb.objectless || closesWithDe(nb)) && in.marks[i].verb && nb.in(prevDegree) && in.firstPlain >= 0 && int(i) != int(in.firstPlain) && adjectiveSense(in.senses[in.firstPlain]) && !stative(s) && !feeling(s):
		// After a degree adverb, closing its clause, a word first an
		// adjective is that state, not a verb it also is that the English
		// says in another clause: 这几天太闷了，一动就一身汗 / "so muggy …
		// covered in sweat" is 闷 "stuffy", not "to cover tightly"; 挺累的
		// / "in your line of work … pretty exhausting" 累 "tired", not
		// "to work hard".
		return true
	case int(in.runes) == 1 && in.marks[i].verb && nb.sn != nil && (nb.next == "了" || nb.nextPos == "m") && !delayGloss(s) && spanCloses(nb.sn, nb.k+1) && in.may(ruleDelay) && in.ruleSense(ruleDelay) >= 0:
		// How long, closing the clause, is how long something was put
		// off, not how far it was dragged: 航班拖了两个多钟头 / "got dragged
		// out by two hours" is 拖 "to delay" or "to drag on", not "to drag".
		return true
	case nb.next == "了" && nb.objectless && in.marks[i].nounish && !in.marks[i].verb && nb.prevPos == "n" && in.hasVerbSense():
		// After its subject, a noun, before the 了 that closes the
		// clause, a word that is a verb too is that verb, whatever noun
		// the English says: 搬家的时候腰伤了 / "I hurt my back" 伤 "to
		// injure", not "injury" (这点伤不算什么 keeps the noun).
		return true
	case (nb.next == "了" || nb.next == "过") && int(in.runes) == 1 && prepositionGloss(s) && !in.marks[i].verb:
		// A preposition takes no aspect particle: 这双鞋跟了我三年 /
		// "have been with me" is 跟 the verb "to go with", not "with".
		return true
	case int(in.runes) == 1 && in.marks[i].verb && i != int(in.firstPlain) && outTakesObject(in.firstGlossAt(i)) && keepsNoObject(nb):
		// A transitive "to shake out" takes what is shaken out; with
		// none, going on or to a degree (抖个不停, 抖得厉害), the English
		// "shaking" says the first sense: 抖 "to tremble".
		return true
	case nb.sn != nil && !in.marks[i].verb && in.plainNounAt(i) && verbOnlySlot(nb, int(in.runes), s) && in.hasVerbSense():
		// Where the slot wants a verb, a word that is one too is no noun
		// whatever the English says: after a modal of ability or duty
		// (电脑也能合成图片 / "can synthesise pictures": a verb sense, not
		// "synthesis"), between its subject and a pronoun object (你一般
		// 建议我们怎么办 / "what would you suggest" "to suggest"), before a
		// result 成 (把错字标成蓝色 / "marks the typos in blue" "to mark", not
		// "mark").
		return true
	case nb.next == "着" && int(in.runes) > 1 && !in.marks[i].verb && in.hasVerbSense():
		// Before 着 a word that is a verb too is doing it: 凑合着过 /
		// "kind of put up with it" is 凑合 "to make do", not "not too
		// bad", whatever "bad" the English says in another clause.
		return true
	case conjunctionGlosses[in.firstGlossAt(i)] && predicateSlot(nb):
		// A link between clauses is no predicate: 说不累是假的 / "I'd be
		// lying if I said …" is 假 "fake; false", not "if".
		return true
	case int(in.runes) == 1 && strings.HasPrefix(s, "(prefix)") && !hostAfter(nb), int(in.runes) == 1 && strings.HasPrefix(s, "(suffix)") && !hostBefore(nb):
		// A prefix or a suffix standing as a word has a word to attach
		// to: 可 before 真正, 每次 or 把 is no "(prefix) -able" (可真正懂行
		// 的人 / "But people who really know …": "but"), 会 opening its
		// clause (会啊) no "(suffix) union".
		return true
	case in.stateMeasured(i, nb):
		// Before the 得 of how much or 了 and how long, a character first
		// an adjective is that state, not a verb the English says: 累得说
		// 不出话 / "too exhausted to talk" "tired", not "to work hard";
		// 累了一天 / "worn out from the day" not "to wear out"
		// (slotsense.go).
		return true
	case nb.prev == "有" && in.marks[i].verb && in.firstPlain >= 0 && !in.marks[in.firstPlain].verb && int(in.runes) == 1:
		// What 有 has is a noun: 教室里就有网了 / "there's internet" is
		// 网 the noun, not "to net" (said by "internet"), where the
		// character is first a noun.
		return true
	}
	return nb.objectless && awaitsObject(s)
}

// outObjectVerbs are English verbs that with "out" take an object: "to
// shake out" (sth), "to pick out", "to spit out" (not "to go out", "to
// stand out").
var outObjectVerbs = map[string]bool{
	"shake": true, "pick": true, "spit": true, "squeeze": true, "carry": true, "take": true, "point": true,
	"hand": true, "throw": true, "sort": true, "dig": true, "root": true, "weed": true, "rule": true,
	"single": true, "print": true, "fill": true, "cross": true, "cut": true, "lay": true, "kick": true,
	"drive": true, "wipe": true, "spell": true, "seek": true, "smooth": true, "iron": true, "clean": true,
	"clear": true, "empty": true, "hunt": true, "search": true, "ferret": true, "wring": true, "spread": true,
}

// givenToPerson reports whether 给 and a personal pronoun stand right
// before the token (给他们建议): the token is what is given.
func givenToPerson(nb *neighbours) bool {
	if !nb.in(prevPersonal) || nb.sn == nil {
		return false
	}
	j := hanAt(nb.sn, nb.k, -1)
	if j < 0 {
		return false
	}
	g := hanAt(nb.sn, j, -1)
	return g >= 0 && nb.sn.toks[g].Text == "给"
}

// closesWithDe reports whether the 的 of an assertion follows the token
// and closes its clause (挺累的。, 很好吃的): what stands before it is a
// predicate, with no object.
func closesWithDe(nb *neighbours) bool {
	if nb.next != "的" || nb.sn == nil {
		return false
	}
	j := hanAt(nb.sn, nb.k, 1)
	return j >= 0 && clauseEndsAt(nb.sn.toks, j+1)
}

// outTakesObject reports whether gloss g is a verb of outObjectVerbs with
// "out": "to shake out".
func outTakesObject(g string) bool {
	v, ok := strings.CutPrefix(g, "to ")
	if !ok {
		return false
	}
	v, ok = strings.CutSuffix(v, " out")
	return ok && outObjectVerbs[v]
}

// keepsNoObject reports whether nothing the verb acts on follows it: its
// clause ends (objectless), or 个不停 or 得 follows (抖个不停, 抖得厉害),
// and 把 put no object before it.
func keepsNoObject(nb *neighbours) bool {
	if baObjectBefore(nb) {
		return false
	}
	if nb.objectless || nb.next == "得" {
		return true
	}
	return nb.next == "个" && nb.sn != nil && nb.k+2 < len(nb.sn.toks) && nb.sn.toks[nb.k+2].Text == "不停"
}

// verbCharacter reports whether in is a single character whose first
// plain sense is a verb (听 "to listen to; to hear", not 书 "book").
func (in *entryInfo) verbCharacter() bool {
	return in.firstPlain >= 0 && in.marks[in.firstPlain].verb && int(in.runes) == 1
}

// coverbCharacter reports whether in is a single character whose first
// plain sense is a preposition and that is a verb too (照 "according to",
// "to take (a photo)"): before a complement it is the verb (这张照片照得
// 不太清楚 is no 照 "photo", whatever "photo" the English says).
func (in *entryInfo) coverbCharacter() bool {
	if in.firstPlain < 0 || int(in.runes) != 1 || !prepositionGloss(in.senses[in.firstPlain]) {
		return false
	}
	for i := range in.senses {
		if in.marks[i].verb && in.plain(i, in.senses[i]) {
			return true
		}
	}
	return false
}

// complementAfter reports whether 不 or 得 then a word of the clause
// (a potential complement: 听不懂, 看得见), or an aspect particle 着 or
// 过, follows the token.
func complementAfter(nb *neighbours) bool {
	switch nb.next {
	case "着", "过":
		return true
	case "不", "得":
		if nb.sn == nil {
			return false
		}
		for j := nb.k + 2; j < len(nb.sn.toks); j++ {
			if t := nb.sn.toks[j].Text; !isBlank(t) {
				return !clauseEndsAt(nb.sn.toks, j)
			}
		}
	}
	return false
}

// thingSense reports whether sense s is labelled as said of things:
// "(of a thing) …", "(of objects) …".
func thingSense(s string) bool {
	for _, l := range [...]string{"(of a thing)", "(of things)", "(of an object", "(of objects)"} {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// personBefore reports whether a personal pronoun stands before the token
// in its clause: its subject, or near it (你这么做, 他才做).
func personBefore(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	for j := nb.k - 1; j >= 0; j-- {
		t := nb.sn.toks[j].Text
		if personalPronouns[t] {
			return true
		}
		if clauseEndsAt(nb.sn.toks, j) && !isBlank(t) {
			return false
		}
	}
	return false
}

// interjection reports whether sense s is an exclamation ("all right!"),
// not a command that waits for its verb (别 "don't ...!").
func interjection(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "!") && !strings.Contains(s, "...")
}

// degreeWords are the first glosses of a degree adverb's sense.
var degreeWords = map[string]bool{"very": true, "extremely": true, "really": true, "quite": true, "so": true, "too": true, "rather": true, "always": true, "most": true}

// awaitsObject reports whether sense s glosses a verb and each of its
// glosses ends with a preposition that takes an object, or with the person
// it is done to ("to leave for; to go to", "to wait for", "to make fun of
// sb"; not "to get up", "to turn on", "to be about to").
func awaitsObject(s string) bool {
	if !isVerbSense(s) {
		return false
	}
	for _, g := range strings.Split(stripBrackets(s), ";") {
		g = strings.TrimSpace(g)
		rest, w := "", g
		if i := strings.LastIndexByte(g, ' '); i >= 0 {
			rest, w = g[:i], g[i+1:]
		}
		if !objectPrepositionWords[w] || w == "to" && verbBeforeTo[rest[strings.LastIndexByte(rest, ' ')+1:]] {
			return false // (临 "to be about to" waits for a verb)
		}
	}
	return true
}

// objectPrepositionWords end a verb's gloss that waits for its object.
var objectPrepositionWords = map[string]bool{"to": true, "for": true, "at": true, "with": true, "about": true, "into": true, "from": true, "towards": true, "toward": true, "sb": true}

// verbBeforeTo are the words before a final "to" that then waits for a verb.
var verbBeforeTo = map[string]bool{"about": true, "have": true, "has": true, "used": true, "want": true, "going": true, "able": true, "ought": true, "need": true, "wish": true, "try": true}

// prepositionOfVerb reports whether sense i of a single character whose
// first plain sense is a verb, and that the grammar does not know as a
// preposition (走, not 往 or 给), glosses only English function words
// and starts with a preposition ("from", "through"; not "to walk", nor
// a conjunction's "if").
func (in *entryInfo) prepositionOfVerb(i int) bool {
	if int(in.runes) != 1 || functionWords[in.e.Simp] || placePrepositions[in.e.Simp] || objectPrepositions[in.e.Simp] || in.firstPlain < 0 || !in.marks[in.firstPlain].verb || in.marks[i].verb {
		return false
	}
	if !prepositionGloss(in.senses[i]) {
		return false // a conjunction (若 "if") needs no object
	}
	m, j, _ := in.senseAt(i)
	if m == nil {
		return false
	}
	for _, g := range m.senseGlosses(j) {
		if g.content > 0 {
			return false
		}
	}
	return true
}

// boundAlone reports whether sense i is a bound form of a single
// character, which a token standing alone is rarely in.
func (in *entryInfo) boundAlone(i int) bool {
	return strings.HasPrefix(in.senses[i], "(bound form)") && int(in.runes) == 1
}

// complementAlone reports whether sense i of a single character is a
// verb's complement ("away (in compound verbs, such as 撤走[che4 zou3])")
// where no verb of one character stands right before the token, past 不
// or 得 (拿走, 搬不走, 带得走 keep it): the character is a verb of its own
// (他突然生病走了).
func (in *entryInfo) complementAlone(i int, nb *neighbours) bool {
	if int(in.runes) != 1 || !strings.Contains(in.senses[i], "(in compound verbs") {
		return false
	}
	j := nb.k - 1
	if j >= 1 && (nb.prev == "不" || nb.prev == "得") {
		j--
	}
	if j < 0 {
		return true
	}
	t := nb.sn.toks[j].Text
	return utf8.RuneCountInString(t) != 1 || !strings.HasPrefix(nb.sn.posOf(nb.a, j), "v")
}

// bestOther returns the sense other than skip that fits nb and that the
// English says most of, with how much; -1 if it says none.
func (in *entryInfo) bestOther(en *english, nb *neighbours, skip int) (int, float64) {
	best, bi := 0.0, -1
	for i := range in.senses {
		if i == skip || in.marks[i].marked || !in.needFits(i, nb) {
			continue
		}
		if ev := senseEvidence(in, en, i); ev > best {
			best, bi = ev, i
		}
	}
	return bi, best
}

// bestFree returns the sense, not a bound form, that fits nb and that the
// English says most of, with how much; -1 if it says none.
func (in *entryInfo) bestFree(en *english, nb *neighbours) (int, float64) {
	best, bi := 0.0, -1
	for i, s := range in.senses {
		if strings.HasPrefix(s, "(bound form)") || in.marks[i].marked || !in.needFits(i, nb) {
			continue
		}
		if ev := senseEvidence(in, en, i); ev > best {
			best, bi = ev, i
		}
	}
	return bi, best
}

// lightPhrase reports whether a verb sense is a phrase of a light verb
// ("to get rid of", "to take part"): a form of the light verb alone says
// nothing of it.
func lightPhrase(sense string) bool {
	ws := strings.Fields(strings.TrimPrefix(firstGloss(sense), "to "))
	return len(ws) > 1 && lightVerb(stem(ws[0]))
}

// minWeakEvidence is the least evidence that overrides a default sense of
// which the English says nothing.
const minWeakEvidence = 0.34

// senseAt returns the senseMatcher that holds sense i of in, the sense's
// index in it and the index in in.senses of its first sense; m is nil if
// no matcher holds it.
func (in *entryInfo) senseAt(i int) (m *senseMatcher, j, off int) {
	m, j = in.m1, i
	if n := int(in.m1.nSenses); i >= n {
		m, j, off = in.m2, i-n, n
	}
	if m != nil && j >= int(m.nSenses) {
		m = nil
	}
	return m, j, off
}

// senseEvidence is how much the English says of sense i of in, as
// bestByEnglish scores it.
func senseEvidence(in *entryInfo, en *english, i int) float64 {
	m, j, off := in.senseAt(i)
	if m == nil {
		return 0
	}
	if in.marks[i].marked {
		return en.directScore(m, relOf(m, in.senses[off:off+int(m.nSenses)]), j)
	}
	return en.relScore(m, relOf(m, in.senses[off:off+int(m.nSenses)]), j, in.related)
}

// relatedEvidence is senseEvidence counting related words (synonyms,
// derivations) even for a single character: for choosing among the few
// senses a slot allows, where chance matches matter less ("hard" says 难
// "difficult").
func relatedEvidence(in *entryInfo, en *english, i int) float64 {
	m, j, off := in.senseAt(i)
	if m == nil || in.marks[i].marked {
		return senseEvidence(in, en, i)
	}
	return max(senseEvidence(in, en, i), en.relScore(m, relOf(m, in.senses[off:off+int(m.nSenses)]), j, wordnet.Related))
}

// bestByEnglish returns how much of its best gloss the English says of
// in's senses (0 to 1) and the index of that sense, -1 if none. A marked
// sense counts only the words themselves; ties go to the earlier sense.
// Related words count for words of several characters only: a single
// character has many short senses, and a long English side has a synonym,
// a derived form or even an inflection of one of them by chance ("better"
// and "best" are forms of "well", which would make 是 "(acknowledging a
// command) very well" in sentences about better data).
func bestByEnglish(in *entryInfo, en *english) (float64, int) {
	return bestByEnglishIn(in, en, 0, nil)
}

// posDisagree is the factor on the evidence for a sense whose kind (verb
// or not) the grammar around the token contradicts: it decides between
// senses the English says as well ("healthier lives": 生活 "to live" by
// its stem, "life" by its lemma; after 的 the noun).
const posDisagree = 0.9

// matcherGateOpen, set by tests, makes bestByEnglishIn read the matchers
// of an entry whose fold or relQuiet, or an English side without meaning
// groups, says they cannot change its answer.
var matcherGateOpen bool

// bestByEnglishIn is bestByEnglish in a context that calls for a verb (vc
// > 0), a noun (vc < 0) or says nothing (0; see verbContext), between
// neighbours nb (nil if not known): a sense whose need nb does not meet
// scores nothing.
func bestByEnglishIn(in *entryInfo, en *english, vc float64, nb *neighbours) (float64, int) {
	if len(en.stems) == 0 && len(en.words) == 0 {
		return 0, -1
	}
	fit := func(k int, v float64) float64 {
		if !in.needFits(k, nb) || in.marks[k].tag && !en.question {
			return 0
		}
		if v > 0 && nb != nil && nb.clauseEnd && in.prepositionOnly(k) {
			// A preposition takes an object: 对，… / "Yeah, … for new
			// workers" is no 对 "towards; at; for" at its clause's end.
			return 0
		}
		if vc != 0 && (vc > 0) != in.marks[k].verb {
			return v * posDisagree
		}
		return v
	}
	// The words themselves first: a gloss the English says in full is
	// not beaten by related words.
	best, bi := 0.0, -1
	i := 0
	for _, m := range [2]*senseMatcher{in.m1, in.m2} {
		if m == nil || !matcherGateOpen && in.fold[0]&en.stemFold == 0 && in.fold[1]&en.wordFold == 0 {
			// (Neither matcher may match: mayMatch's first test, made
			// without reading them.)
			break
		}
		n := int(m.nSenses)
		if en.mayMatch(m) {
			var rt *relTable
			for j := range n {
				v := en.senseScore(m, j)
				if v > 0 && v < 1 && in.phrasalWhole(en, i+j) {
					// "throw it out" says "to throw away" whole, where
					// its "away" (a content word) is not the English's.
					v = 1
				}
				if v > 0 && in.marks[i+j].marked {
					if rt == nil {
						rt = relOf(m, in.senses[i:i+n])
					}
					v = en.directScore(m, rt, j)
				}
				if v = fit(i+j, v); v > best || v == best && v > 0 && (in.related > 0 && (in.betterSaid(en, i+j, bi) || in.modifierSaid(en, nb, i+j, bi) || in.adjectiveSaid(en, i+j, bi) || in.usualSaidSame(en, nb, i+j, bi)) || in.phrasalSaid(en, i+j) && !in.phrasalSaid(en, bi)) {
					// (Of two senses of a word of several characters said
					// alike by their stems, the one whose own word the
					// English has: "preparing" is "to prepare", not
					// "preparation". A single character's many short
					// senses are too often said by chance.)
					// (Of a verb and a noun said alike, the noun where
					// both sides have a noun modifier: 训练目标 / "training
					// objectives" is "training", not "to train".)
					// (Of two senses said alike, the one whose phrasal verb
					// the English says, its particle too: 别挂 / "Don't
					// hang up" is "to hang up (the phone)", not "to hang".)
					best, bi = v, i+j
				}
			}
		}
		i += n
	}
	// Related words are looked for only when the words themselves say
	// too little, or say a sense of the kind the grammar rejects: they
	// rarely beat a gloss the English half says, and finding them is most
	// of the cost of a pair.
	if best >= minEvidence && fit(bi, 1) == 1 {
		return best, bi
	}
	if in.related == 0 {
		// A single character: its verbs only (see singleRelatedBest).
		if best >= minEvidence || in.relQuiet && !matcherGateOpen {
			return best, bi
		}
	}
	if len(en.relGroups()) == 0 && !matcherGateOpen {
		// No meaning group on the English side: relScore (and phraseSaid
		// after it) is 0 for every sense, and the related words change
		// nothing (a quarter of relatedBest's calls on big1m, whose
		// matchers and relTables it read).
		return best, bi
	}
	if in.related == 0 {
		return in.singleRelatedBest(en, fit, best, bi)
	}
	return in.relatedBest(en, fit, best, bi, in.related, nil)
}

// relatedBest raises best (at sense bi) to the best score by related
// words up to kind of in's unmarked senses that skip (nil: none) does not
// leave out, each through fit; marked senses count their own words only,
// which bestByEnglishIn scored already.
func (in *entryInfo) relatedBest(en *english, fit func(int, float64) float64, best float64, bi int, kind wordnet.Kind, skip func(int) bool) (float64, int) {
	i := 0
	for _, m := range [2]*senseMatcher{in.m1, in.m2} {
		if m == nil {
			break
		}
		n := int(m.nSenses)
		var rt *relTable
		for j := range n {
			if in.marks[i+j].marked || skip != nil && skip(i+j) {
				continue
			}
			if rt == nil {
				rt = relOf(m, in.senses[i:i+n])
			}
			if v := fit(i+j, en.relScore(m, rt, j, kind)); v > best {
				best, bi = v, i+j
			}
		}
		i += n
	}
	return best, bi
}

// bloodKin are relatives by blood, whom 亲 before them makes one's own:
// 亲兄弟, 亲妈, 亲姐姐.
var bloodKin = map[string]bool{
	"兄弟": true, "姐妹": true, "兄妹": true, "姐弟": true, "哥哥": true, "弟弟": true, "姐姐": true,
	"妹妹": true, "哥": true, "弟": true, "姐": true, "妹": true, "妈": true, "爸": true, "妈妈": true,
	"爸爸": true, "母亲": true, "父亲": true, "儿子": true, "女儿": true, "闺女": true, "孙子": true,
	"孙女": true, "爷爷": true, "奶奶": true, "外婆": true, "外公": true, "骨肉": true, "叔叔": true,
	"舅舅": true, "姑姑": true, "姨": true, "阿姨": true, "爹": true, "娘": true,
}

// collectiveGlosses name a number of people or things taken together: a
// word with such a sense and none of a classifier's counts by it after a
// numeral or a demonstrative (countingSense: 一帮年轻人 "group").
var collectiveGlosses = []string{"group", "gang", "crowd", "bunch", "band", "batch", "pile", "flock", "herd"}

// contextSense is the sense shown when the English says nothing: the
// first plain sense (free-standing, unmarked, not a classifier list) that
// fits the grammar around the token; the entry's default sense if none.
// construction is set when the grammar around the token chose it (a
// measure word, an attributive), not the dictionary's order.
func (in *entryInfo) contextSense(nb *neighbours) (i int, construction bool) {
	// After a numeral or a demonstrative a word that can be a measure word
	// is one: 这家饭馆 "classifier for families or businesses", 一封邮件 (but
	// not the second of a doubled verb: 听听).
	if i := in.countingSense(nb, nil); i >= 0 {
		return i, true
	}
	// After a verb's 个, what it gets at is a noun, never an adverb: 猜个大概,
	// 看了个大概 "general idea", not "roughly" (before 的 it may describe
	// the noun after: 报了个大概的数 "rough").
	if nb != nil && nb.prev == "个" && nb.next != "的" && int(in.runes) > 1 && in.firstPlain >= 0 && in.glossPOS(int(in.firstPlain))&wordnet.Adv != 0 {
		if i := in.laterPlain(int(in.firstPlain), nb, func(_ int, s string) bool { return nounish(s) && nounGloss(firstGloss(s)) }); i >= 0 {
			return i, true
		}
	}
	// A character that can be a suffix, right after the word it attaches
	// to, is one: 可控性 "-ness; -ity", 垂直化 "-ization", 安全感 "sense
	// of ~" (where the dictionary has no word of both).
	if nb != nil && nb.left != 0 && !nb.afterNumeral && int(in.runes) == 1 && !(aspectNext(nb) && in.firstPlain >= 0 && in.marks[in.firstPlain].verb) {
		// (Not a character first a verb before an aspect particle: 他新
		// 学了一首歌 "to learn", not "-ology".)
		if i := in.suffixSense(nb); i >= 0 {
			return i, true
		}
	}
	if in.attributive >= 0 && nb != nil && beforeNoun(nb) {
		return int(in.attributive), true
	}
	first := int(in.firstPlain)
	if first < 0 {
		return in.glossSense, false
	}
	if c := int(in.comparative); c > first && nb != nil && compared(nb) && in.needFits(c, nb) {
		// Where something is compared, a character's comparative sense:
		// 他的中文比我强多了, 有工作总比没工作强 强 "better", not "strong".
		return c, true
	}
	if in.usual >= 0 && in.usualFits(nb) {
		// 水平 "a standard; a level", not "horizontal" (but before 得 and
		// its complement a verb: 在这方面表现得相当出色 "to show", not
		// "performance").
		first = int(in.usual)
	}
	// Before a relative by blood, a sense "one's own (flesh and blood)":
	// 我们是亲兄弟, 她是我亲姐姐 亲, not "to kiss" or "parent" (after a
	// noun, its subject, the verb: 妈妈亲孩子).
	if nb != nil && bloodKin[nb.next] && !strings.HasPrefix(nb.prevPos, "n") {
		if i := glossedSense(in, -1, "one's own"); i >= 0 {
			return i, true
		}
	}
	// Before an aspect particle or a complement, or after a modal or 正在,
	// a word whose first sense is a noun is the verb it also is: 习惯了这里
	// 的生活 "to be used to", 正在准备考试 "to prepare", 研发出新药 "to
	// develop" (not "habit", "preparation", "research and development").
	// For a word of several characters, a noun WordNet knows as an
	// adjective too: 正在标记数据 "to mark up", not "sign" (a character's
	// "rapid" stays: 跑得更快了).
	g := in.grammarGate(first) // (the cases that may hold: grammargate.go)
	if nb != nil && g.has(gcVerbSlot) && ((verbSlot(nb) || beforeQuantity(nb) || nb.next == "得" && !comparedBefore(nb)) && !nb.in(prevDegree) && negatedState(in.senses[first]) && !littleWorse(nb) || verbSlot(nb) && (in.marks[first].nounish || int(in.runes) > 1 && in.nounLikeAt(first)) && !in.adverbGlossAt(first) || complementNext(nb) && !in.marks[first].verb && !predicateSense(in.senses[first])) {
		// (laterPlain: a usual sense may come after the verb's, 表现
		// "performance", 正在表现 "to show". A verb sense whose brackets
		// a noun near it names comes first: 照了几张照片 "to take (a
		// photo)", not "to shine".)
		if nb.a != nil {
			if i := nb.a.namedSense(in, nb); i > first {
				return i, true
			}
		}
		if i := in.laterPlain(first, nb, func(_ int, s string) bool { return isVerbSense(s) }); i >= 0 {
			return i, true
		}
	}
	if nb != nil && g.has(gcNounHead) && nounHeadSlot(nb) && int(in.runes) > 1 && predicateFirst(in.senses[first]) {
		// After a noun that names no person and before the clause's
		// predicate, a word that is first a verb or an adjective is the
		// head of a noun compound, the noun it also is: 产品定位是
		// "position", not "to orientate"; 人类文明进步 "civilization", not
		// "civilized" (a person there is its subject: 老师工作很忙).
		if i := in.laterPlain(first, nb, func(i int, s string) bool {
			return !isVerbSense(s) && nounish(s) && nounGloss(firstGloss(s))
		}); i >= 0 {
			return i, true
		}
	}
	if nb != nil && int(in.runes) > 1 && in.marks[first].verb && nb.objectless && givenToPerson(nb) {
		// What 给 gives a person, closing the clause, is a thing: 你会给
		// 他们建议吗 "proposal", not "to propose".
		if i := in.laterPlain(first, nb, func(_ int, s string) bool {
			return !isVerbSense(s) && nounish(s) && nounGloss(firstGloss(s))
		}); i >= 0 {
			return i, true
		}
	}
	if nb != nil && nb.prev == "把" && in.marks[first].verb && !nb.clauseEnd {
		// Right after 把 its object stands: a word first a verb that is
		// a noun too is that noun, 把活干完 "work", 把画挂上 "picture",
		// 把决定告诉他 "decision" (not "to live", "to draw", "to decide").
		if i := in.laterPlain(first, nb, func(_ int, s string) bool {
			return !isVerbSense(s) && nounish(s) && nounGloss(firstGloss(s))
		}); i >= 0 {
			return i, true
		}
	}
	if !in.needFits(first, nb) {
		// 那么你的观点: not "(before a number) … or so".
		next := in.laterPlain(first, nb, in.notAttributive)
		if next < 0 {
			return first, false
		}
		first = next
		g = in.grammarGate(first)
	}
	if i := in.grammarSense(first, nb); i >= 0 && i != first {
		return i, true
	}
	// A character standing as a word of its own is not in its bound form:
	// 你行吗 "capable; competent", not "(bound form) to walk".
	// (Not the function words, whose uses function.go glosses: 过上 is
	// not 上 "first".)
	if nb != nil && strings.HasPrefix(in.senses[first], "(bound form)") && int(in.runes) == 1 && !functionWords[in.e.Simp] {
		if i := in.laterPlain(first, nb, func(i int, s string) bool {
			return in.notAttributive(i, s) && !strings.HasPrefix(s, "(bound form)")
		}); i >= 0 {
			return i, false
		}
	}
	// At the head of a clause and before a comma, a word that is also a
	// connective of addition is that: 还有,我明天不来了 "in addition",
	// not "there still remain(s)".
	if nb != nil && g.has(gcAddition) && int(in.runes) > 1 && clauseHead(nb) && commaNext(nb) {
		if i := in.additionSense(); i >= 0 && i != first {
			return i, true
		}
	}
	// At the head of a clause, before anything but a quantity, a word
	// that is also the conjunction "but" is that: 不过我还是想去 "but;
	// however", not "only; merely" (只是一个开始 stays "merely").
	if nb != nil && g.has(gcBut) && int(in.runes) > 1 && clauseHead(nb) && !beforeQuantity(nb) && !nb.clauseEnd {
		if i := in.butSense(); i >= 0 && i != first {
			return i, true
		}
	}
	// Before a verb, a character whose first gloss is an adjective and
	// a later one that adjective's adverb in -ly is that adverb: 新开了
	// 一家店, 我新买了一辆车 "newly", not "new" (adverbSenseOf leaves
	// characters out; their -ly sense is no rare one). Not where the
	// verb is a noun's head after a determiner (一个新发现), nor where
	// no 了, 过 or 的 after the verb shows it one (新想法, 新擂主: gse
	// tags 想法 and 擂 verbs).
	if nb != nil && g.has(gcNewly) && int(in.runes) == 1 && strings.HasPrefix(nb.nextPos, "v") && nb.nextPos != "vn" && nb.prev != "的" && !nb.in(prevDeterminer) && nb.prevPos != "m" && nb.prevPos != "q" && doneVerbNext(nb) {
		if i := in.lySense(first); i >= 0 {
			return i, true
		}
	}
	// Before a verb, an adjective or a negation, a word that has an
	// adverb's sense is one: 完全不认为 "totally", 异常强大 "extremely",
	// 较小 "relatively", 太多 "too".
	// At the head of a clause, a word with an adverb's sense is the
	// sentence adverb: 当然, "of course"; 那么是否 "then". (Not after a
	// time unit: 两个小时以后开始 "after"; nor before a quantity, which
	// it qualifies: 另外一个问题 "additional", not "besides"; nor after
	// 的, whose noun it is: 考试的结果还没出来 "outcome; result", not "in
	// the end"; nor at the head before 的, which makes it a modifier:
	// 一般的人 "ordinary", 特别的礼物 "unusual; special".)
	if nb != nil && g.has(gcAdverb) && !in.usualIsAdverbial() && !headBeforeDegree(nb) && !timeUnit(nb.prev) && nb.prev != "的" && (adverbPosition(nb) || nb.prev == "" && nb.left == 0 && !beforeQuantity(nb) && nb.next != "的" && !headModifier(in, first, nb)) {
		// (A word whose usual sense is itself adverbial keeps it there:
		// 我们还是走吧 "still", not "unexpectedly"; 你随便坐 "as one
		// wishes". One whose usual sense is a noun or an adjective does
		// not: 一般 "ordinary", 你周末一般做什么 "generally".)
		if i := in.adverbSense(); i >= 0 && i != first {
			return i, true
		}
		// Before a verb, a sense glossed by a phrase of a preposition
		// is the adverbial: 他一口气喝了三瓶啤酒 "in one breath", not "one
		// breath".
		if adverbPosition(nb) && !strings.HasPrefix(nb.prevPos, "v") {
			// (Not right after a verb, whose measure it is: 休息一会儿再走
			// "a while".)
			if i := in.phraseAdverbSense(first); i >= 0 {
				return i, true
			}
		}
	}
	return first, false
}

// doneVerbNext reports whether 了, 过 or 的 follows the word after the
// token: 新开了一家店, 新来的老师.
func doneVerbNext(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	j := hanAt(nb.sn, nb.k, 1)
	if j < 0 {
		return false
	}
	j = hanAt(nb.sn, j, 1)
	if j < 0 {
		return false
	}
	switch nb.sn.toks[j].Text {
	case "了", "过", "的":
		return true
	}
	return false
}

// lySense returns the index of the first plain sense of in after first
// whose first gloss is the first gloss of first with -ly, an adverb only
// to WordNet ("new", then "newly"; "gradual", then "gradually"), -1 if
// none.
func (in *entryInfo) lySense(first int) int {
	ly := in.firstGlossAt(first) + "ly"
	for i := first + 1; i < len(in.senses); i++ {
		if s := in.senses[i]; in.plain(i, s) && firstGloss(s) == ly && partsOfSpeech(ly)&(wordnet.Adv|wordnet.Adj|wordnet.Noun|wordnet.Verb) == wordnet.Adv {
			return i
		}
	}
	return -1
}

// comparedBefore reports whether 比 stands before the token in its clause:
// 他的英语比我差得远 compares (差 "not up to standard"), where 我的中文还差
// 得远 falls short of a goal (差 "to fall short").
func comparedBefore(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	for j := nb.k - 1; j >= 0; j-- {
		if clauseEndsAt(nb.sn.toks, j) {
			return false
		}
		if nb.sn.toks[j].Text == "比" {
			return true
		}
	}
	return false
}

// numberBefore reports whether a number, or a word that asks or stands
// for one (几, 多少, 每), comes right before the token.
func numberBefore(nb *neighbours) bool {
	return nb.afterNumeral || numeralWord(nb.prev) || nb.prevPos == "m" || nb.prev == "多少" || nb.prev == "每"
}

// littleWorse reports whether a little amount of degree (一点, 一点儿,
// 点, 一些), perhaps after 了, closes the clause after the token, and 还
// (still) is not before it: 英语差一点儿, 反手差了点 say how much worse
// it is (差 "not up to standard"), where 还差一点 and 还差十块钱 say what
// is still lacking.
func littleWorse(nb *neighbours) bool {
	if nb.prev == "还" || nb.sn == nil {
		return false
	}
	j := nb.k + 1
	if j < len(nb.sn.toks) && nb.sn.toks[j].Text == "了" {
		j++
	}
	if j >= len(nb.sn.toks) {
		return false
	}
	switch nb.sn.toks[j].Text {
	case "一点", "一点儿", "点", "点儿", "一些", "些":
		return j+1 >= len(nb.sn.toks) || clauseEndsAt(nb.sn.toks, j+1)
	}
	return false
}

// comparativeGloss reports whether a sense whose first gloss is g says a
// comparison, "better" or "worse" (强 "strong; powerful", then "better"):
// it stands only where something is compared (compared).
func comparativeGloss(g string) bool {
	switch g {
	case "better", "worse":
		return true
	}
	return false
}

// comparativeSenseOf returns the index of the first plain sense of a
// single character whose first gloss is comparativeGloss, -1 if none or
// if it is the first plain sense.
func (in *entryInfo) comparativeSenseOf() int32 {
	if int(in.runes) != 1 {
		return -1
	}
	for i, s := range in.senses {
		if comparativeGloss(in.firstGlossAt(i)) && in.plain(i, s) && int32(i) != in.firstPlain {
			return int32(i)
		}
	}
	return -1
}

// compared reports whether the token is compared with something: 比
// before it in its clause (比以前强), or 多 (perhaps after 得) right after
// it, how much more (强多了, 强得多).
func compared(nb *neighbours) bool {
	if nb.next == "多" || nb.next == "多了" || nb.next == "得多" {
		return true
	}
	if nb.next == "得" && nb.sn != nil && nb.k+2 < len(nb.sn.toks) && nb.sn.toks[nb.k+2].Text == "多" {
		return true
	}
	return comparedBefore(nb)
}

// negatedState reports whether the first gloss of s says a state by
// negating it ("not up to standard"): before 了 or a quantity such a word
// is the verb it also is (差五分八点, 还差十块钱 "to fall short; to
// lack"), and so before 得 where nothing is compared (还差得远).
func negatedState(s string) bool {
	g := firstGloss(s)
	return strings.HasPrefix(g, "not ") && stateGloss(g)
}

// usualIsAdverbial reports whether in has a usual sense (usualSenses,
// learner.txt) that may stand where an adverb does: any sense but one
// whose first gloss WordNet knows only as a noun or an adjective. The
// usual sense is what a learner meets first, not what every slot asks
// for: 一般 "ordinary" before a verb is still "generally".
func (in *entryInfo) usualIsAdverbial() bool {
	if in.usual < 0 {
		return false
	}
	s := in.senses[in.usual]
	if isVerbSense(s) {
		return true
	}
	p := partsOfSpeech(firstGloss(s)) & (wordnet.Adv | wordnet.Adj | wordnet.Noun | wordnet.Verb)
	return p == 0 || p&(wordnet.Adv|wordnet.Verb) != 0
}

// verbSlot reports whether the token stands where only a verb does: an
// aspect particle after it, how long it lasts closing its clause, a modal
// or a progressive before it, or (verbslotobject.go) 向 and its object
// before it, 个 and a counted object after it, or its object after it and
// an adverb, a time word or 去/来 before it.
func verbSlot(nb *neighbours) bool {
	if (nb.prev == "没" || nb.prev == "没有") && (nb.next == "了" || nb.clauseEnd || singleBeforeVerb(nb)) {
		// 没电了, 没钱了: "no … any more", 没 "not have" and a noun; so
		// too closing the clause (没有收入。 "income"; a word first a verb
		// stays one: 我没有去。), and a character before a verb, what
		// one has not to do it with: 我没空陪你 "free time", 没钱买房.
		return false
	}
	if nb.prev == "有" && (nb.next == "了" || nb.clauseEnd) {
		// So after 有 "to have": 教室里就有网了 "network", 现在有电了
		// "electricity", not "to net", "to get an electric shock".
		return false
	}
	if nb.prev == "过" && (nb.next == "了" || nb.clauseEnd) && strings.HasPrefix(prevGloss(nb), "(experienced action)") {
		// And after a verb's 过, its object: 我坐过站了 "station", not
		// "to stand".
		return false
	}
	switch nb.next {
	case "了", "着", "过", "出", "出来", "起来", "下来", "下去", "完", "一下", "一下儿":
		// 研发出尖端模型 "to develop": a complement follows only a verb
		// (and so does 一下 "a bit": 你先休息一下 "to rest").
		return true
	}
	if lastsAfter(nb) {
		return true
	}
	if (nb.prev == "多" || nb.prev == "少") && nb.sn != nil && nb.k >= 2 {
		// 你需要多休息, 要少喝酒: 多 and 少 are adverbs after a modal.
		switch nb.sn.toks[nb.k-2].Text {
		case "要", "需要", "应该", "应当", "得", "该", "可以", "请", "必须", "最好":
			return true
		}
	}
	switch nb.prev {
	case "正在", "要", "会", "会不会", "能", "想", "可以", "应该", "别", "不要", "已经", "没", "没有", "不能", "不会", "打算", "开始", "继续",
		"这样", "那样", "怎么", "如何", "怎样": // 不该这样发展 "to develop"
		return true
	case "在":
		// 一直在发展 "to develop": 在 glossed as the progressive.
		return strings.HasPrefix(prevGloss(nb), "(在 + verb)")
	case "得":
		// 你得休息 "to rest": 得 read dei3 "must".
		return strings.Contains(prevGloss(nb), "must")
	case "被":
		// 被坑惨了 "to cheat": right after the passive 被, with no verb
		// after it, the word is what was done (被水淹了: a verb follows
		// 水, the doer).
		return !strings.HasPrefix(nb.nextPos, "v")
	}
	return towardsBefore(nb) || countedObjectNext(nb) || verbBeforeObject(nb) // 向经理报告, 刷个牙, 接着包花 (verbslotobject.go)
}

// singleBeforeVerb reports whether the token is a single character and a
// verb or a preposition (gse's tags) follows it: 没空陪你, 没空跟你去.
func singleBeforeVerb(nb *neighbours) bool {
	return nb.sn != nil && utf8.RuneCountInString(nb.sn.toks[nb.k].Text) == 1 && (strings.HasPrefix(nb.nextPos, "v") && nb.nextPos != "vn" || nb.nextPos == "p")
}

// lastsAfter reports whether how long it lasts follows the token and
// closes its clause (a numeral, perhaps 个, and a unit of time; 一会儿,
// 半天), perhaps before 了, 吧 or 呢: only a verb takes that right after
// it (得在家休息两个星期 "to rest", 他训练了三个月 — 了 is verbSlot's —,
// 我们讨论两个小时吧). Not after 的, a measure word or a demonstrative,
// whose noun it is (这次考试两个小时).
func lastsAfter(nb *neighbours) bool {
	if nb.sn == nil || nb.prev == "的" || nb.afterNumeral || !(numeralWord(nb.next) || nb.nextPos == "m" || nb.nextPos == "mq" || nb.next == "一会儿" || nb.next == "一会" || nb.next == "半天") {
		return false
	}
	toks := nb.sn.toks
	j := nb.k + 1
	if t := toks[j].Text; t != "一会儿" && t != "一会" && t != "半天" {
		if j++; j < len(toks) && toks[j].Text == "个" {
			j++
		}
		if j >= len(toks) || !timeUnit(toks[j].Text) {
			return false
		}
	}
	j++
	if j < len(toks) && (toks[j].Text == "了" || toks[j].Text == "吧" || toks[j].Text == "呢") {
		j++
	}
	return clauseEndsAt(toks, j)
}

// complementNext reports whether the token stands between its subject and
// 得 with its complement: 她长得很漂亮 "to grow" (not "chief"). (After a
// noun 得 may be dei3 "must": 病得治.)
func complementNext(nb *neighbours) bool {
	return nb.next == "得" && (nb.in(prevPersonal) || nb.prev == "")
}

// headBeforeDegree reports whether the token heads a noun phrase that a
// degree adverb or a negation follows: 这个结果很好 "result", not "as a
// result" (but 一个完全通用的模型: an adverb after the determiner).
func headBeforeDegree(nb *neighbours) bool {
	if !nb.in(prevDeterminer) {
		return false
	}
	switch nb.next {
	case "不", "没", "没有", "很", "非常":
		return true
	}
	return false
}

// adverbPosition reports whether the token stands where an adverb does:
// before a verb, an adjective, a preposition, another adverb or a
// negation.
func adverbPosition(nb *neighbours) bool {
	switch nb.next {
	case "不", "没", "没有", "很", "非常":
		return true
	case "怎么", "怎样", "如何":
		// How, then the verb: 您一般怎么安抚她们 "generally".
		return true
	}
	// (An idiomatic verb phrase too: 根本说不通 "at all".)
	return adverbSlot(nb) || nb.nextPos == "l" || nb.nextPos == "i"
}

// adverbSaidToo returns the adverb's sense of in (adverbSense) where the
// token stands where an adverb does and the English chose the first
// plain sense, an adjective, while saying the adverb's sense too, if only
// by a related word: 完全不同 / "completely different" is "totally;
// entirely" (said by its synonym), not "complete; whole" (said by its
// stem). -1 otherwise.
func (in *entryInfo) adverbSaidToo(en *english, nb *neighbours, bi int) int {
	if nb == nil || headBeforeDegree(nb) || timeUnit(nb.prev) || !adverbPosition(nb) {
		return -1
	}
	g := in.firstGlossAt(bi)
	if in.glossPOS(bi)&wordnet.Adj == 0 {
		return -1 // 路上 "on the road" is no adjective: 路上很滑
	}
	if first := int(in.firstPlain); bi != first {
		// An adjective said only by its adverb ("probably" for "probable")
		// leaves the first sense where that is a modal or an adverb: 可能
		// 只在课本上见过 "might (happen)", not "probable" (指数增长 keeps
		// "exponential", not "index").
		if first >= 0 && (extraFunction[in.firstGlossAt(first)] || in.glossPOS(first) == wordnet.Adv) && en.saysOnlyAdverbOf(g) {
			return first
		}
		return -1
	}
	i := in.adverbSense()
	if i < 0 || i == bi || relatedEvidence(in, en, i) == 0 {
		return -1
	}
	return i
}

// saysOnlyAdverbOf reports whether the English has the adverb in -ly of
// adjective g and not g itself ("probably", not "probable"): the English
// said the adjective's sense by its stem, but an adverb is meant (可能只在
// 课本上见过 / "have probably only seen it in textbooks").
func (x *english) saysOnlyAdverbOf(g string) bool {
	if x == nil || len(g) < 4 || strings.Contains(g, " ") {
		return false
	}
	ly := g + "ly"
	switch {
	case strings.HasSuffix(g, "le"):
		ly = g[:len(g)-1] + "y" // probable → probably
	case strings.HasSuffix(g, "y"):
		ly = g[:len(g)-1] + "ily" // easy → easily
	case strings.HasSuffix(g, "ic"):
		ly = g + "ally" // basic → basically
	}
	return slices.Contains(x.words, ly) && !slices.Contains(x.words, g)
}

// adverbSenseOf returns the index of the first plain sense of in that
// glosses an adverb — its first gloss is a word or phrase WordNet knows as
// an adverb and not as a noun or verb ("totally; entirely", "of course";
// not "back") — for a word of several characters whose first plain sense
// is an adjective or a noun (完全 "complete; whole", 目前 "at the present
// time"); -1 otherwise. Single characters are left out: their adverb
// senses are mostly rare ones (是 "very well", 来 "hither").
func (in *entryInfo) adverbSenseOf() int32 {
	return in.laterSense(
		func(s string) bool {
			// A verb (需要 "to need" before a verb) or a function word (即便
			// "even if") first: no adverb to prefer. (An adjective among
			// Snowball's stop words is not one: 一般 "same" before a verb
			// is "generally".)
			return isVerbSense(s) && !stateVerbGloss(s) || isGrammarSense(s) && partsOfSpeech(firstGloss(s))&wordnet.Adj == 0
		},
		func(s string) bool {
			// Not a word that is an adjective as well ("so-so"): 一般 before
			// a verb is "generally". But a sense whose first gloss may be
			// an adverb and whose others are adverbs only is one: 特别重要
			// "very; especially; particularly", not "expressly".
			g := firstGloss(s)
			if g == "needs" {
				return false
			}
			p := partsOfSpeech(g) & (wordnet.Adv | wordnet.Adj | wordnet.Noun | wordnet.Verb)
			return p == wordnet.Adv || p&wordnet.Adv != 0 && laterGlossAdverb(s)
		})
}

// stateVerbGloss reports whether sense s glosses its word as "to be" and an
// adjective WordNet knows ("to be certain; to be positive"): a state, which
// Chinese says as an adjective, not a verb that takes a verb as its object
// (需要 "to need"). Before a verb such a word is its adverb: 肯定不少, 肯定
// 会来 "assuredly; definitely".
func stateVerbGloss(s string) bool {
	g, ok := strings.CutPrefix(firstGloss(s), "to be ")
	return ok && !strings.Contains(g, " ") && partsOfSpeech(g)&wordnet.Adj != 0
}

// phraseAdverbSense returns, for a word of several characters whose
// first sense is a noun, the index of the first plain sense after it
// whose first gloss is a phrase of a preposition and that noun ("one
// breath", then "in one breath"; "a moment", then "in a moment"), -1 if
// none.
func (in *entryInfo) phraseAdverbSense(first int) int {
	fs := in.senses[first]
	if int(in.runes) < 2 || !nounish(fs) || prepositionPhrase(fs) {
		return -1
	}
	ws := strings.Fields(firstGloss(fs))
	if len(ws) == 0 {
		return -1
	}
	noun := ws[len(ws)-1]
	for i := first + 1; i < len(in.senses); i++ {
		if s := in.senses[i]; in.plain(i, s) && prepositionPhrase(s) && slices.Contains(strings.Fields(firstGloss(s)), noun) {
			return i
		}
	}
	return -1
}

// prepositionPhrase reports whether the first gloss of sense s is "in",
// "at", "on" or "by" and two words or more after it.
func prepositionPhrase(s string) bool {
	ws := strings.Fields(firstGloss(s))
	if len(ws) < 3 {
		return false
	}
	switch ws[0] {
	case "in", "at", "on", "by":
		return true
	}
	return false
}

// clauseHead reports whether the token opens its clause: nothing or
// punctuation before it.
func clauseHead(nb *neighbours) bool {
	return nb.prev == "" && nb.left == 0 || nb.prev != "" && unicode.IsPunct(firstRune(nb.prev))
}

// commaNext reports whether a comma follows the token.
func commaNext(nb *neighbours) bool {
	if nb.sn == nil || nb.next != "" {
		return false
	}
	toks := nb.sn.toks
	for j := nb.k + 1; j < len(toks); j++ {
		if t := toks[j].Text; !isBlank(t) {
			return t == "," || t == "，" || t == "、"
		}
	}
	return false
}

// additionSense returns the index of the first plain sense of in whose
// first gloss adds a point ("in addition", "besides", "moreover"), -1 if
// none.
func (in *entryInfo) additionSense() int {
	for i, s := range in.senses {
		switch firstGloss(s) {
		case "in addition", "besides", "moreover", "furthermore", "additionally":
			if in.plain(i, s) {
				return i
			}
		}
	}
	return -1
}

// butSense returns the index of the first plain sense of in whose first
// gloss is "but" or "however", -1 if none.
func (in *entryInfo) butSense() int {
	for i, s := range in.senses {
		if g := firstGloss(s); (g == "but" || g == "however") && in.plain(i, s) {
			return i
		}
	}
	return -1
}

// laterGlossAdverb reports whether a gloss of sense s after its first is
// a word WordNet knows as an adverb only ("especially" in "very;
// especially; particularly").
func laterGlossAdverb(s string) bool {
	gs := strings.Split(stripBrackets(s), ";")
	for _, g := range gs[1:] {
		if partsOfSpeech(strings.TrimSpace(g))&(wordnet.Adv|wordnet.Adj|wordnet.Noun|wordnet.Verb) == wordnet.Adv {
			return true
		}
	}
	return false
}

// laterSense returns the index of the first plain sense after the first
// for which is holds, for a word of several characters whose first plain
// sense is neither such a sense nor one that stop rejects; -1 otherwise.
func (in *entryInfo) laterSense(stop, is func(sense string) bool) int32 {
	if int(in.runes) < 2 {
		return -1
	}
	first := true
	for i, s := range in.senses {
		if !in.plain(i, s) {
			continue
		}
		if first {
			if is(s) || stop(s) {
				return -1
			}
			first = false
			continue
		}
		if is(s) {
			return int32(i)
		}
	}
	return -1
}

// plain reports whether sense i, s, is one a learner meets by default:
// not marked, not a list of classifiers, not a classifier use. Bound forms
// stay: a character's bound-form sense is often its core meaning (上
// "(bound form) up; upper; above").
func (in *entryInfo) plain(i int, s string) bool {
	if in.marks[i].marked {
		return false
	}
	if s == in.senses[i] {
		// (Nearly every caller's s: the same string, which the
		// comparison tells by its pointer.)
		return in.marks[i].plainText
	}
	return plainText(s)
}

// plainText reports whether sense s is, by its text, no list of
// classifiers, no classifier use, no surname and no variant (plain).
func plainText(s string) bool {
	return !strings.HasPrefix(s, "CL:") && !strings.HasPrefix(s, "classifier") &&
		!strings.HasPrefix(s, "surname") && !strings.Contains(s, "variant of")
}

// beforeNoun reports whether the token stands where a modifier of a noun
// does: before 的, or before a noun or a word of several characters that
// is not a function word (gse's tags are a word's usual part of speech,
// not its part in this sentence: 知识 is tagged a verb).
func beforeNoun(nb *neighbours) bool {
	if nb.next == "的" || strings.HasPrefix(nb.nextPos, "n") {
		return true
	}
	switch nb.nextPos {
	case "d", "p", "c", "r", "y", "m", "q":
		return false
	}
	return !strings.HasPrefix(nb.nextPos, "u") && utf8.RuneCountInString(nb.next) >= 2
}

// clockBefore reports whether a clock time, a numeral and its 点 or 点钟,
// stands right before the token (三点回公司, 八点钟开会): the token is no
// measure word of the numeral, which 点 took.
func clockBefore(nb *neighbours) bool {
	if nb.prev != "点" && nb.prev != "点钟" || nb.sn == nil || nb.k < 2 || nb.sn.toks[nb.k-1].Text != nb.prev {
		return false
	}
	t := nb.sn.toks[nb.k-2].Text
	return numeralWord(t) || t != "" && t[0] >= '0' && t[0] <= '9'
}

// countingSense returns the measure-word sense of a token that counts
// what follows, -1 if it does not: after a numeral or a demonstrative
// (这家饭馆 "classifier for families or businesses", 一封邮件; not the
// second of a doubled verb, 听听), or after 有 or 是 before a noun (有位创业者
// "classifier for people", 是件大事). Of several measure-word senses, the
// one the English says (en may be nil), else at the end of a clause the
// one for money (两百块。 "two hundred yuan", 两百块钱), else the first.
func (in *entryInfo) countingSense(nb *neighbours, en *english) int {
	if nb == nil {
		return -1
	}
	// (是位给电影配字幕的老翻译, 有家卖包子的店: after 有 or 是 before what it
	// counts, the 一 of a single thing left out, countedNounAhead.)
	oneDropped := (nb.prev == "有" || nb.prev == "是") && countedNounAhead(nb)
	// (每场都来, 这批也不错, 喝了两口就…: after 每, a demonstrative or a
	// number but 一 (一听就懂: 听 the verb), a measure word counts before
	// an adverb too, the noun left out; 那这与…: 这 is none.)
	if beforeAdverb(nb) && !describedNounAhead(nb) && !oneDropped && !(pointsAtCounted(nb.prev) && !pointsAtCounted(in.e.Simp) || numeralWord(nb.prev) && nb.prev != "一") || nb.prev == in.e.Simp || nb.prev == in.e.Trad {
		return -1
	}
	if nb.next == in.e.Simp && !numeralWord(nb.prev) {
		return -1 // 多听听: the first of a doubled verb after 多 (tagged m)
	}
	if measuredGe(nb.prev) || clockBefore(nb) || measureHeldBefore(nb) {
		// 一个, 这个, 两个 hold their measure word: what follows is the
		// noun counted (画了一个圈 "circle", 买了一个套 "cover"), not
		// another measure word; a clock time counts nothing (三点回公司
		// "to go back", not the measure word of chapters).
		return -1
	}
	if !nb.afterNumeral && !oneDropped && !doneVerbCounts(nb) {
		return -1
	}
	first := in.slotClassifier(nb) // (learner.txt's, learnerslot.go)
	if first < 0 && !nb.afterNumeral && nb.prev == "了" {
		return -1 // (doneVerbCounts: a measure word proper, not 这 nor 带 "band")
	}
	if first < 0 {
		// 走一百米, 三分钟: after a number proper (not 这米), the unit.
		if u := in.unitSense(); u >= 0 && (numeralWord(nb.prev) || nb.prevPos == "m" && !unitCountedBefore(nb)) {
			if p := in.pointSense(); p >= 0 && scoredBefore(nb) {
				// What one scores is points: 考了八十五分, 扣了两分 "a
				// point (in sports or games)", not "minute".
				return p
			}
			return u
		}
		if countedNounAhead(nb) {
			// 一帮年轻人, 那帮人 "group; gang": before a noun, a word
			// with no classifier's sense counts by the collective it
			// names (collectiveGlosses).
			return glossedSense(in, -1, collectiveGlosses...)
		}
		return -1
	}
	best, bi, money := 0.0, -1, -1
	for i, s := range in.senses {
		if !in.isClassifier(i) {
			continue
		}
		if en != nil {
			if v := senseEvidence(in, en, i); v > best {
				best, bi = v, i
			}
		}
		if strings.Contains(s, "money") {
			money = i
		}
	}
	switch {
	case bi >= 0:
		return bi
	case money >= 0 && (nb.clauseEnd || moneyNouns[nb.next]):
		return money
	}
	if (numeralWord(nb.prev) || nb.prevPos == "m") && !strings.HasPrefix(nb.nextPos, "v") && !strings.HasPrefix(nb.nextPos, "n") && !predicateAdverbs[nb.next] {
		// After a number proper, the degree a measure word's entry names
		// too, where neither what occurred nor a thing counted follows
		// (两度获奖, 两度夺冠 count occurrences): 烧到三十九度, 外面三十五度
		// "degree (angles, temperature etc)", not "classifier for events
		// and occurrences".
		if d := glossedSense(in, -1, "degree"); d >= 0 && strings.HasPrefix(in.senses[d], "degree (angles") {
			return d
		}
	}
	if f := in.fractionSense(); f >= 0 && (numeralWord(nb.prev) || nb.prevPos == "m") {
		// After a number proper a fraction beats a measure word the
		// English does not say: 八折, 打八五折, 七五折 "tenth (in
		// price)", a discount, not "classifier for theatrical scenes".
		return f
	}
	return first
}

// doneVerbCounts reports whether the token stands between a verb's 了 and
// a noun, where spoken Chinese drops the 一 of a single thing counted:
// 开了家药店, 买了件衣服, 来了位客人 (开了一家药店). A word there that can
// be a measure word is one, as after the numeral it stands for. So it is
// right after the verb itself (bareVerbCounts).
func doneVerbCounts(nb *neighbours) bool {
	if nb.prev != "了" && bareVerbCounts(nb) {
		return true
	}
	if nb.prev != "了" || !strings.HasPrefix(nb.nextPos, "n") || nb.sn == nil || nb.k < 2 {
		return false
	}
	// (Not a verb itself, the second of two: 忘了带钥匙 "to bring"; nor a
	// demonstrative, which counts with a measure word of its own: 促成了这笔
	// 交易.)
	if nb.a == nil || !strings.HasPrefix(nb.sn.posOf(nb.a, nb.k-2), "v") {
		return false
	}
	own := nb.sn.posOf(nb.a, nb.k)
	return !strings.HasPrefix(own, "v") && !strings.HasPrefix(own, "r")
}

// bareVerbCounts reports whether the token stands right after a verb (by
// gse's tag, or a bare morpheme the dictionary knows as a verb: 录) and
// before a noun that is no verb's (by its first sense) and that it counts
// (its CL note names the token, or gse tags it a common noun): the 一 of
// a single thing is dropped there as after 了 (拍段视频, 戴条围巾, 去趟银
// 行). construction.go's countedAfterVerb gives the commonest measure words
// (杯, 张, 本 …) a short gloss of their own there; this is every other
// measure word's classifier sense. (Not 加完班回家 nor 拼团买菜: 回家 and
// 买菜, which gse tags nouns, are verbs, and 班 and 团 the objects of the
// verb before.)
func bareVerbCounts(nb *neighbours) bool {
	if nb.sn == nil || nb.k < 1 || nb.a == nil || !(strings.HasPrefix(nb.prevPos, "v") && nb.prevPos != "vn" || nb.prevPos == "zg" && nb.prevVerbal) {
		return false
	}
	own := nb.sn.posOf(nb.a, nb.k)
	if strings.HasPrefix(own, "v") || strings.HasPrefix(own, "r") || nb.next == "" {
		return false
	}
	if !nb.a.takesAsHead(nb.next, nb.sn.toks[nb.k].Text) && !commonNounPos(nb.nextPos) {
		return false
	}
	return nb.a.noVerbFirst(nb.next)
}

// unitCountedBefore reports whether the word before the token, tagged a
// numeral but none (斤), follows a numeral itself: the number counts that
// word, a unit or measure of its own, and the token is what is measured
// (十斤米 "uncooked rice", not "meter"). 多, 来, 余 and 几 after a number
// leave it to the unit: 十多米, 二十来米 are meters.
func unitCountedBefore(nb *neighbours) bool {
	if nb.sn == nil || nb.k < 2 {
		return false
	}
	switch nb.prev {
	case "多", "来", "余", "几":
		return false
	}
	return numeralWord(nb.sn.toks[nb.k-2].Text)
}

// pointsAtCounted reports whether w picks out what a measure word after it
// counts (每, 这, 那, 哪, 各, 整): the measure word then stands for its
// noun (每场都来, 整批都坏了).
func pointsAtCounted(w string) bool {
	switch w {
	case "每", "这", "那", "哪", "各", "整":
		return true
	}
	return false
}

// measureHeldBefore reports whether the word before the token is a
// numeral or a demonstrative and its measure word, one word of two
// characters other than 个 (一口, 一块, 这种): what follows it is the noun
// counted, not another measure word (喝了一口水 "water", not "classifier
// for washings of a garment").
func measureHeldBefore(nb *neighbours) bool {
	r, size := utf8.DecodeRuneInString(nb.prev)
	if nb.a == nil || nb.sn == nil || !countingRune(r) || r == '第' || utf8.RuneCountInString(nb.prev) != 2 {
		return false
	}
	if !nb.a.anyEntry(nb.prev[size:], func(in *entryInfo) bool { return in.classifierSense() >= 0 }) {
		return false
	}
	// (Not the object half of a split word, which shows the whole: 见过一次
	// 面 "(见…面) meet" — splitSense.)
	whole, _, object := nb.a.splitWhole(nb.sn, nb.k)
	return whole == nil || object != nb.sn.toks[nb.k].Text
}

// measuredGe reports whether w is a numeral or a demonstrative with its
// measure word 个, one word (一个, 这个, 两个, 几个): what follows it is
// the noun counted.
func measuredGe(w string) bool {
	return len(w) > len("个") && strings.HasSuffix(w, "个")
}

// pointSense returns the index of a plain sense whose first gloss is "a
// point" or "point" (分 "a point (in sports or games)"), -1 if none.
func (in *entryInfo) pointSense() int {
	for i, s := range in.senses {
		if g := firstGloss(s); (g == "a point" || g == "point") && in.plain(i, s) {
			return i
		}
	}
	return -1
}

// scoringVerbs win, lose or are given marks: the number after them in
// their clause counts points (考了九十分, 打了八分, 赢了三分).
var scoringVerbs = map[string]bool{
	"考": true, "考了": true, "考到": true, "考出": true, "拿": true, "拿了": true, "拿到": true,
	"得": true, "得了": true, "得到": true, "获得": true, "扣": true, "扣了": true, "打": true,
	"打了": true, "赢": true, "赢了": true, "输": true, "输了": true, "丢": true, "丢了": true,
	"领先": true, "落后": true, "只得": true, "丢掉": true, "扣掉": true,
}

// scoredBefore reports whether a scoring verb stands before the number
// the token counts, in its clause, past a few words (只, 了, the number):
// 他只考了六十一分, 被扣了两分 (not 差五分八点, the time).
func scoredBefore(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	for j, n := nb.k-1, 0; j >= 0 && n < 6; j, n = j-1, n+1 {
		t := nb.sn.toks[j].Text
		if clauseEndsAt(nb.sn.toks, j) {
			return false
		}
		if scoringVerbs[t] {
			return true
		}
	}
	return false
}

// scoredPointSense returns a single character's plain sense "a point"
// (分) after 的 where a scoring verb stands before it in its clause: what
// was scored or lost, no number counting it (丢了不该丢的分, 这次考的分不高,
// 把丢掉的分补回来). -1 if not (十分之一, 三点十分 count; 我们分的 is the
// verb).
func (in *entryInfo) scoredPointSense(nb *neighbours) int {
	if !in.may(rulePoint) || nb == nil || nb.prev != "的" || int(in.runes) != 1 || nb.sn == nil {
		return -1
	}
	if p := in.pointSense(); p >= 0 && scoredBefore(nb) {
		return p
	}
	return -1
}

// fractionSense returns the index of a plain sense glossing a fraction
// (fractionGloss), -1 if none.
func (in *entryInfo) fractionSense() int {
	for i := range in.senses {
		if !in.marks[i].marked && fractionGloss(in.firstGlossAt(i)) {
			return i
		}
	}
	return -1
}

// moneyNouns are sums and dealings that a measure word of money counts:
// 一笔补贴, 这笔交易 (not 一笔一画, the strokes).
var moneyNouns = map[string]bool{
	"钱": true, "资金": true, "交易": true, "补贴": true, "收入": true, "费用": true, "投资": true,
	"贷款": true, "生意": true, "买卖": true, "款": true, "订单": true, "账": true, "债": true,
	"开支": true, "预算": true, "奖金": true, "财富": true, "罚款": true, "捐款": true, "遗产": true,
	"存款": true, "资产": true, "经费": true, "款项": true, "债务": true, "支出": true, "利润": true,
	"税": true, "费": true, "房租": true, "租金": true,
}

// isClassifier reports whether sense i glosses a measure word, as
// classifierSense finds them.
func (in *entryInfo) isClassifier(i int) bool {
	return !in.marks[i].marked && !strings.HasPrefix(in.senses[i], "CL:") && strings.Contains(in.senses[i], "classifier")
}

// classifierSense returns the index of the sense glossing a measure word,
// "classifier for …" before other kinds ("classifier: handful"), -1 if
// none.
func (in *entryInfo) classifierSense() int {
	other := -1
	for i, s := range in.senses {
		if in.marks[i].marked || strings.HasPrefix(s, "CL:") {
			continue
		}
		ls := stripBrackets(s)
		if strings.HasPrefix(ls, "classifier for") {
			return i
		}
		if other < 0 && strings.Contains(s, "classifier") {
			other = i // (also "(classifier) sum of money", whose label stripBrackets drops)
		}
	}
	return other
}

// unitSense returns the index of a plain sense glossing a unit of measure
// ("meter (unit of length)", "minute (unit of time)"), -1 if none.
func (in *entryInfo) unitSense() int {
	fraction := -1
	for i, s := range in.senses {
		switch {
		case in.marks[i].marked:
		case strings.Contains(s, "(unit"):
			return i
		case fraction < 0 && fractionGloss(in.firstGlossAt(i)):
			fraction = i
		}
	}
	// (A unit first: 五分 "minute (unit of time)", not "one tenth (of
	// certain units)".)
	return fraction
}

// fractionGloss reports whether a gloss names a fraction, the unit a
// number counts (三成 "one tenth": 30 %, not "to succeed").
func fractionGloss(g string) bool {
	switch g {
	case "one tenth", "one hundredth", "one thousandth", "percent", "one percent", "tenth":
		return true
	}
	return false
}

// suffixSense returns the index of the sense that makes the character a
// suffix of the word before it ("-ization", "(suffix) sense of ~", "suffix
// forming noun from adjective, corresponding to -ness or -ity"), -1 if it
// has none or the word before cannot take it. After a verb only a
// character with a suffix that says it attaches to verbs is one (回家 is
// "home"; 可控性 is "-ity"). Of two, the one forming an adjective goes
// before 的 or a noun (根本性的问题), the other elsewhere.
func (in *entryInfo) suffixSense(nb *neighbours) int {
	if nb.in(prevModal) {
		return -1 // 眼睛会坏的: 会 is no host (坏 "bad", not "(suffix) to the utmost")
	}
	host := nb.prevPos
	verb := strings.HasPrefix(host, "v") && host != "vn"
	if !verb && !strings.HasPrefix(host, "n") && !strings.HasPrefix(host, "a") && host != "vn" && host != "b" && host != "z" {
		return -1
	}
	if strings.HasPrefix(host, "nr") || strings.HasPrefix(host, "ns") {
		return -1 // 北京家: names take no suffix
	}
	sx := in.suffixes()
	if sx.first < 0 || verb && !sx.takesVerb || sx.degree && !verb && !strings.HasPrefix(host, "a") {
		return -1
	}
	if strings.HasPrefix(in.senses[sx.first], "(bound form)") {
		// A suffix only inside a word ("-ful" as in 有意): standing alone,
		// 公司有三百个员工 is "to have".
		return -1
	}
	if nb.next == "的" || strings.HasPrefix(nb.nextPos, "n") || nb.nextPos == "vn" {
		if sx.adjective >= 0 {
			return sx.adjective
		}
	} else if sx.noun >= 0 {
		return sx.noun
	}
	return sx.first
}

// suffixSenses are the suffix senses of an entry (suffixSense): the
// first, the first forming an adjective and the first forming something
// else, -1 for none; whether one says it attaches to verbs, and whether
// the first is a degree.
type suffixSenses struct {
	first, adjective, noun int
	takesVerb              bool
	// degree: the first is a degree after a verb or an adjective ("(suffix)
	// to the utmost"), never after a noun: 电脑坏了 is "broken".
	degree bool
}

// suffixes returns in's suffixSenses, found once per entry (packed in
// in.suffix: a byte per index plus one, then the verb bit).
func (in *entryInfo) suffixes() suffixSenses {
	v := in.suffix.Load()
	if v == unknownSense {
		v = 0
		first, adj, noun, verb, degree := -1, -1, -1, false, false
		for i, s := range in.senses {
			ls := strings.ToLower(stripBrackets(s))
			if !strings.Contains(strings.ToLower(s), "suffix") && !strings.HasPrefix(ls, "-") && !strings.Contains(ls, " -") ||
				strings.HasPrefix(ls, "noun suffix") || i > 250 {
				// (家 "noun suffix for a specialist": 妈妈家 is her home;
				// 音乐家 is a word of its own.)
				continue
			}
			verb = verb || strings.Contains(ls, "verb")
			if first < 0 {
				first = i
				// "(suffix) to the utmost", "(suffix) to death": a degree
				// after a verb or an adjective (气坏了, 笑死), no word
				// formed from a noun.
				degree = strings.HasPrefix(ls, "to ")
			}
			switch {
			case !strings.Contains(ls, "forming"):
			case strings.Contains(ls, "forming adjective"):
				if adj < 0 {
					adj = i
				}
			case noun < 0:
				noun = i
			}
		}
		v = int32(first+1) | int32(adj+1)<<8 | int32(noun+1)<<16
		if verb || degree {
			v |= 1 << 24
		}
		if degree {
			v |= 1 << 25
		}
		in.suffix.Store(v)
	}
	return suffixSenses{int(v&0xff) - 1, int(v>>8&0xff) - 1, int(v>>16&0xff) - 1, v>>24&1 == 1, v>>25&1 == 1}
}

// beforeAdverb reports whether an adverb, preposition or conjunction
// follows the token: after 一 that is a verb (一听就懂 "as soon as one
// hears"), not a measure word.
func beforeAdverb(nb *neighbours) bool {
	switch nb.nextPos {
	case "d", "p", "c":
		return true
	}
	return false
}

// prepositionSenseOf returns the index of the first plain sense of in that
// glosses a preposition, for a word of several characters whose first
// plain sense does not: 通过 "by means of; through; via" after "to pass
// through", 作为 "as (in the capacity of)" after "one's conduct"; -1
// otherwise.
func (in *entryInfo) prepositionSenseOf() int32 {
	return in.laterSense(
		func(string) bool { return false },
		prepositionGloss)
}

// prepositionGloss reports whether sense s starts with an English
// preposition ("by means of; through", "from"), brackets left out.
func prepositionGloss(s string) bool {
	w, _, _ := strings.Cut(strings.ToLower(stripBrackets(s)), " ")
	return leadingPreposition(strings.TrimRight(w, ";,"))
}

// unknownSense marks a sense index not computed yet.
const unknownSense = -2

// adverbSense returns adverbSenseOf, computed once.
func (in *entryInfo) adverbSense() int {
	return lazySense(&in.adverb, in.adverbSenseOf)
}

// prepositionSense returns prepositionSenseOf, computed once.
func (in *entryInfo) prepositionSense() int {
	return lazySense(&in.preposition, in.prepositionSenseOf)
}

// lazySense returns *v, computing it with f when unknown. Two goroutines
// may both compute it: same result.
func lazySense(v *atomic.Int32, f func() int32) int {
	i := v.Load()
	if i == unknownSense {
		i = f()
		v.Store(i)
	}
	return int(i)
}

// plainSenses returns the index of the first plain sense of in that is
// not attributive, and of the first attributive one, -1 if none: what
// contextSense chooses from, found once per entry.
func (in *entryInfo) plainSenses() (first, attributive int32) {
	first, attributive = -1, -1
	for i, s := range in.senses {
		if !in.plain(i, s) {
			continue
		}
		switch {
		case in.marks[i].attributive:
			if attributive < 0 {
				attributive = int32(i)
			}
		case first < 0:
			first = int32(i)
		}
	}
	return first, attributive
}

// numberSense reports whether sense i of in needs a number beside the
// token ("(after a numeral) ... odd", "(before a number) ... or so") and
// nb has one.
func (in *entryInfo) numberSense(i int, nb *neighbours) bool {
	need := in.marks[i].need
	return (need == needNumberBefore || need == needNumberAfter) && need.met(nb)
}

// formEvidence is english.formScore of sense i of in.
func (in *entryInfo) formEvidence(en *english, i int) float64 {
	m, j, off := in.senseAt(i)
	if m == nil {
		return 0
	}
	return en.formScore(m, relOf(m, in.senses[off:off+int(m.nSenses)]), j, in.senses[i])
}

// slotOverEnglish returns the sense of a word of several characters that
// the slot it stands in calls for, where the English says a sense of the
// other kind (the English word's part of speech often differs from the
// Chinese one's); -1 if the slot says nothing or agrees with bi:
//   - after a determiner, 的 or a measure word only a noun stands
//     (兑现了这个承诺 "delivered on this promise" is "commitment", not "to
//     promise"; 是件大事 "a major event"): the first plain sense whose
//     first gloss WordNet knows as a noun (假设 "hypothesis", not
//     "supposing that ...");
//   - after a degree adverb, a predicate (最成功的 "successful", not
//     "success", which "most successful" says by its stem).
func (in *entryInfo) slotOverEnglish(en *english, nb *neighbours, bi int) int {
	if nb == nil {
		return -1
	}
	if int(in.runes) < 2 {
		// A single character after a degree adverb is a predicate too
		// (这道题太难了 "difficult", not "problem", which 题 says): the
		// one the English says most of, if it says one.
		if !nb.in(prevDegree) || !in.marks[bi].nounish || in.glossPOS(bi)&wordnet.Noun == 0 {
			return -1
		}
		i, _ := in.saidPredicate(en, nb)
		return i
	}
	if v := in.verbSlotSaid(en, nb, bi); v >= 0 {
		return v
	}
	var want func(s string) bool
	switch {
	case in.marks[bi].verb && (nb.in(prevDeterminer) || nb.prevPos == "q") && !stateAfterVerbGe(nb):
		want = func(s string) bool {
			return !isVerbSense(s) && !isGrammarSense(s) && partsOfSpeech(firstGloss(s))&wordnet.Noun != 0
		}
	case (nb.prevPos == "q" || countedBefore(nb)) && !objectFollows(nb) && prepositionPhrase(in.senses[bi]):
		// 买房子是件大事 / "a big deal": "major event", not "(do sth) in a
		// big way", whatever "big" says: a measure word counts a noun.
		want = func(s string) bool { return nounish(s) && nounGloss(firstGloss(s)) }
	case !in.marks[bi].verb && nb.prev == "的" && headEndsPhrase(nb) && in.glossPOS(bi)&(wordnet.Adj|wordnet.Noun) == wordnet.Adj:
		// 最大的困难是招人 / "The biggest difficulty is hiring":
		// "difficult situation", not "difficult" (said by its
		// derivation): after 的, with no noun after it, the head noun,
		// if no adjective too (广泛的智能 stays "intelligent").
		if i := in.saidNoun(en, nb); i >= 0 && in.glossPOS(i)&wordnet.Adj == 0 {
			return i
		}
		return -1
	case !in.marks[bi].verb && adjectiveAfterQuantity(in.senses[bi], nb):
		// 很多困难 "difficulties": after a quantity a noun, the one the
		// English says most of ("difficult situation", not "difficult").
		return in.saidNoun(en, nb)
	case nb.in(prevDegree) && in.marks[bi].nounish:
		// An adjective before a verb: 很好客 "hospitable", not "to treat
		// guests well".
		if i := in.firstPlainThat(nb, func(s string) bool { return predicateSense(s) && !isVerbSense(s) }); i >= 0 {
			return i
		}
		want = predicateSense
	default:
		return -1
	}
	return in.firstPlainThat(nb, want)
}

// verbSlotSaid returns the verb sense of a word of several characters that
// the English says as well as the noun sense bi it chose (a noun, not a
// connective: 再说我一个人 "besides"), where the slot is
// a verb's: a personal pronoun right after it, its object or the subject
// of its clause (麻烦你帮我 / "trouble you to help me" "to bother sb", not
// "trouble; inconvenience"), or a personal pronoun before it, its subject,
// and an object after it said as much as the noun (我感觉投资人很谨慎 / "I
// get the feeling investors are cautious" "to feel", not "feeling"). -1
// otherwise.
func (in *entryInfo) verbSlotSaid(en *english, nb *neighbours, bi int) int {
	if int(in.runes) < 2 || in.marks[bi].verb || !in.marks[bi].nounish || nb.prev == "的" || nb.in(prevDeterminer) || nb.prevPos == "q" || nb.prevPos == "m" {
		return -1
	}
	// (At the head of its clause or after an adverb, a modal or its
	// subject: after a verb it is that verb's object, the pronoun the
	// subject of what follows: 过安检我们就等了四十分钟.)
	pronounAfter := nb.in(nextPersonal) && (nb.prev == "" || nb.prevPos == "d" || modalVerbs[nb.prev] || nb.in(prevPersonal))
	if !pronounAfter && !(nb.in(prevPersonal) && objectFollows(nb)) {
		return -1
	}
	best, v := 0.0, -1
	for i, s := range in.senses {
		if in.plain(i, s) && isVerbSense(s) {
			if e := senseEvidence(in, en, i); e > best {
				best, v = e, i
			}
		}
	}
	if v < 0 || !pronounAfter && best < senseEvidence(in, en, bi) {
		return -1
	}
	return v
}

// insideLocatives close a noun phrase as the place or state something is
// in: 现实中, 黑暗里, 痛苦之中, 困难当中.
var insideLocatives = map[string]bool{"中": true, "里": true, "之中": true, "当中": true}

// insideNoun returns the noun sense of a word of several characters that
// stands right before a locative of inside (insideLocatives), where the
// sense cur chosen for it is an adjective or an adverb by its first gloss:
// only a noun is what one is in. 在现实中 / "in the real world" is 现实
// "reality; actuality", not "real; actual"; 黑暗中 "darkness", not
// "darkly"; 在困难中 "difficult situation", not "difficult"; 幸福中
// "happiness". Of the nouns made from cur's first gloss (nounOf) that
// are no adjectives too (WordNet: "dark" and "real" are nouns as well),
// the one the English says most of, else the first. -1 if the slot is
// another or no such noun exists.
func (in *entryInfo) insideNoun(en *english, nb *neighbours, cur int) int {
	// (The map lookup last: most tokens fail a cheaper test first.)
	if nb == nil || cur < 0 || int(in.runes) < 2 || in.marks[cur].verb || !insideLocatives[nb.next] {
		return -1
	}
	if in.glossPOS(cur)&(wordnet.Adj|wordnet.Adv) == 0 {
		return -1
	}
	adj := in.firstGlossAt(cur)
	best, bi := -1.0, -1
	for i, s := range in.senses {
		if !in.plain(i, s) || isVerbSense(s) || isGrammarSense(s) || !nounGloss(firstGloss(s)) || partsOfSpeech(firstGloss(s))&(wordnet.Adj|wordnet.Adv) != 0 || !nounOf(adj, firstGloss(s)) {
			continue
		}
		ev := 0.0
		if en != nil {
			ev = relatedEvidence(in, en, i)
		}
		if strings.Contains(s, in.firstGlossAt(cur)) {
			ev += 0.01 // the noun of the adjective: "difficult situation"
		}
		if ev > best {
			best, bi = ev, i
		}
	}
	return bi
}

// modifierSaid reports whether noun sense i of in is said as well as verb
// sense v by English words in -ing that modify a noun after them
// (ingModifierAt), where the token too stands before a noun at the start
// of a noun phrase: at the clause's head, or after 的, 和, a determiner, a
// measure word, an amount or an adjective (各种训练目标, 大量训练数据, 损失
// 函数和训练目标; not 正在训练新员工, where an adverb makes it the verb).
func (in *entryInfo) modifierSaid(en *english, nb *neighbours, i, v int) bool {
	if nb == nil || v < 0 || in.marks[i].verb || !in.marks[v].verb || !strings.HasPrefix(nb.nextPos, "n") || !in.marks[i].nounish {
		return false
	}
	if !(nb.prev == "" || nb.prev == "的" || nb.prev == "和" || nb.prev == "与" || nb.prev == "及" || nb.in(prevDeterminer) || nb.prevPos == "q" || nb.prevPos == "m" || nb.prevPos == "a" || nb.prevPos == "b") {
		return false
	}
	return en.everySayingWord(in, v, en.ingModifierAt)
}

// usualSaidSame reports whether sense i is the learner's usual sense
// (learner.txt) and the English says it by the very words that say sense
// b, so that it cannot tell them apart: 海外市场 / "overseas markets" says
// "market" of both 市场 "marketplace; market; bazaar" and "(economics)
// market"; the usual sense then, where it fits the slot (usualFits).
func (in *entryInfo) usualSaidSame(en *english, nb *neighbours, i, b int) bool {
	if b < 0 || int(in.usual) != i || !in.usualFits(nb) {
		return false
	}
	var wi, wb []int
	en.eachSayingWord(in, i, func(k int) bool { wi = append(wi, k); return true })
	en.eachSayingWord(in, b, func(k int) bool { wb = append(wb, k); return true })
	return len(wi) > 0 && slices.Equal(wi, wb)
}

// grammarBreaksTie returns the sense the rules without the English choose
// (chooseSense of an English that says nothing) where it is one the
// English says by the very words that say sense bi, as much: English that
// cannot tell two senses apart is no evidence between them, and the
// dictionary's order is none either. 这家小店周末不开门 / "doesn't open at
// weekends" says "open" of 开门 "(lit. and fig.) to open a door" and "to
// open for business" alike. -1 if not.
func (a *Analyzer) grammarBreaksTie(in *entryInfo, en *english, nb *neighbours, bi int) int {
	if !en.exactTie(in, bi) {
		return -1
	}
	said := en.saidGlossWords(in.senses[bi])
	if len(said) == 0 || in.phrasalSaid(en, bi) {
		return -1
	}
	ev := senseEvidence(in, en, bi)
	if d, _ := a.chooseSense(in, newEnglish(""), nb); d >= 0 && d != bi && in.marks[d].verb == in.marks[bi].verb && slices.Equal(en.saidGlossWords(in.senses[d]), said) && senseEvidence(in, en, d) == ev {
		return d
	}
	return -1
}

// exactTie reports whether another sense of in, of bi's kind (verb or
// not), has the same score as sense bi by the English's own words
// (senseScore), above 0: the cheap first test of grammarBreaksTie, made of
// every sense the English chooses.
func (x *english) exactTie(in *entryInfo, bi int) bool {
	m, j, _ := in.senseAt(bi)
	if m == nil {
		return false
	}
	v := x.senseScore(m, j)
	if v == 0 {
		return false
	}
	for k := range in.senses {
		if mk, jk, _ := in.senseAt(k); mk != nil && k != bi && in.marks[k].verb == in.marks[bi].verb && x.senseScore(mk, jk) == v {
			return true
		}
	}
	return false
}

// saidGlossWords returns the words of sense's glosses (glossWords, in
// order, once each) whose stems the English has: the words by which the
// English says it.
func (x *english) saidGlossWords(sense string) []string {
	var out []string
	for _, w := range glossWords(sense) {
		if st := stem(w); st != "" && !slices.Contains(out, w) && slices.Contains(x.wordStems, st) {
			out = append(out, w)
		}
	}
	return out
}

// adjectiveSaid reports whether sense i of in, an adjective by its first
// gloss (WordNet: no noun), is said as well as noun sense n by English
// adverbs in -ly alone, which derive from the adjective: 递归自我改进 /
// "recursively self improving" is "recursive (calculation)", not
// "recursion".
func (in *entryInfo) adjectiveSaid(en *english, i, n int) bool {
	if n < 0 || in.marks[i].verb || in.marks[n].verb {
		return false
	}
	pi, pn := in.glossPOS(i), in.glossPOS(n)
	if pi&wordnet.Adj == 0 || pi&wordnet.Noun != 0 || pn&wordnet.Noun == 0 || pn&wordnet.Adj != 0 {
		return false
	}
	return en.everySayingWord(in, i, func(k int) bool {
		w := en.words[k]
		return strings.HasSuffix(w, "ly") && (partsOfSpeech(w)&wordnet.Adv != 0 || partsOfSpeech(w[:len(w)-2])&wordnet.Adj != 0)
	})
}

// ingModifierAt reports whether English word k is a word in -ing that
// stands right before a noun that is no verb ("training objectives",
// "training data", "marketing budget"): a noun modifying the next, as a
// Chinese noun before another (训练目标 "training", not "to train"). Not
// after a form of be or a modal, where it is a verb ("are training new
// staff"), nor before a word that may be a verb ("training models").
func (x *english) ingModifierAt(k int) bool {
	w := x.words[k]
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || k+1 >= len(x.words) || k > 0 && verbBeforeIng[x.words[k-1]] {
		return false
	}
	var buf [4]string
	ls := wordnet.Lemmas(buf[:0], x.words[k+1])
	for _, l := range ls {
		if partsOfSpeech(l)&wordnet.Verb != 0 {
			return false
		}
	}
	for _, l := range ls {
		if partsOfSpeech(l)&wordnet.Noun != 0 {
			return true
		}
	}
	return false
}

// verbBeforeIng are the English words after which a word in -ing is a
// verb: the forms of be, and the verbs of starting and stopping.
var verbBeforeIng = map[string]bool{
	"am": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "'m": true, "'re": true, "'s": true, "m": true, "re": true, "start": true, "started": true,
	"stop": true, "stopped": true, "keep": true, "kept": true, "began": true, "begin": true, "finish": true,
	"finished": true, "enjoy": true, "like": true, "love": true, "about": true,
}

// nounOf reports whether English noun n is made from adjective or adverb
// a: it starts with a, or with a but for its last two letters ("darkly"
// and "darkness", "happy" and "happiness", "difficult" and "difficult
// situation"), and shares four letters at least. 学科 "subject" is no
// adjective whose noun "branch of learning" is.
func nounOf(a, n string) bool {
	k := 0
	for k < len(a) && k < len(n) && a[k] == n[k] {
		k++
	}
	return k >= 4 && k >= len(a)-2
}

// saidNoun returns the noun sense (nounGloss) that nb allows and the English (nil: none) says most of, the
// first if it says none; -1 if there is no such sense.
func (in *entryInfo) saidNoun(en *english, nb *neighbours) int {
	best, bi := -1.0, -1
	for i, s := range in.senses {
		if !in.plain(i, s) || !in.needFits(i, nb) || isVerbSense(s) || isGrammarSense(s) || !nounGloss(firstGloss(s)) {
			continue
		}
		ev := 0.0
		if en != nil {
			ev = relatedEvidence(in, en, i)
		}
		if in.firstPlain >= 0 && strings.Contains(s, in.firstGlossAt(int(in.firstPlain))) {
			// With nothing said, the noun of the word's first sense: 困难
			// "difficult situation", not "straitened circumstances".
			ev += 0.01
		}
		if ev > best {
			best, bi = ev, i
		}
	}
	return bi
}

// nounGloss reports whether WordNet knows gloss g as a noun, or, for a
// phrase it does not know, its last word ("difficult situation").
// Remembered (memo.go): chooseSense asks it of the default sense of
// every word the English says nothing of.
func nounGloss(g string) bool { return senseFacts.of(g, factNounGloss, nounGlossOf) }

// nounGlossOf is nounGloss, computed.
func nounGlossOf(g string) bool {
	if p := partsOfSpeech(g); p != 0 || !strings.Contains(g, " ") {
		return p&wordnet.Noun != 0
	}
	if i := strings.Index(g, " of "); i > 0 && !strings.HasPrefix(g, "to ") {
		// "sense of being wronged", "piece of news": the head comes
		// before "of".
		g = g[:i]
	}
	last := g[strings.LastIndexByte(g, ' ')+1:]
	return partsOfSpeech(last)&wordnet.Noun != 0 || partsOfSpeech(strings.TrimSuffix(last, "s"))&wordnet.Noun != 0
}

// saidPredicate returns the predicate sense (a verb or an adjective) that
// nb allows and the English says most of, synonyms counted, with how
// much; -1 if it says none.
func (in *entryInfo) saidPredicate(en *english, nb *neighbours) (int, float64) {
	best, bi := 0.0, -1
	for i, s := range in.senses {
		if in.plain(i, s) && in.needFits(i, nb) && predicateSense(s) {
			if ev := relatedEvidence(in, en, i); ev > best {
				best, bi = ev, i
			}
		}
	}
	return bi, best
}

// firstPlainThat returns the first plain sense that nb allows and is
// accepts, -1 if none.
func (in *entryInfo) firstPlainThat(nb *neighbours, is func(s string) bool) int {
	for i, s := range in.senses {
		if in.plain(i, s) && in.needFits(i, nb) && is(s) {
			return i
		}
	}
	return -1
}

// nounHeadSlot reports whether the token stands after a noun that names
// no person (by gse's tag, a name, or a trade's last character: 律师,
// 工人) and before its clause's predicate: 是 or an adverb. (Not before
// an adjective, which may begin the object: 在欧洲部署新的数据中心.)
func nounHeadSlot(nb *neighbours) bool {
	return (nb.next == "是" || nb.nextPos == "d") && nb.left != 0 && strings.HasPrefix(nb.prevPos, "n") && nb.prevPos != "nr" && !personSuffix(nb.prev)
}

// predicateFirst reports whether sense s glosses a verb, or an adjective
// that WordNet knows as nothing else (文明 "civilized").
func predicateFirst(s string) bool {
	if isVerbSense(s) {
		return true
	}
	p := partsOfSpeech(firstGloss(s))
	return p&wordnet.Adj != 0 && p&(wordnet.Noun|wordnet.Verb|wordnet.Adv) == 0
}

// headEndsPhrase reports whether the token ends its noun phrase: the
// clause ends, or its predicate starts (是, an adverb, a negation):
// 最大的困难是…, not 新的科学发现.
func headEndsPhrase(nb *neighbours) bool {
	return nb.clauseEnd || nb.next == "是" || nb.nextPos == "d" || nb.in(nextDegree) || negators[nb.next]
}

// vehicleWords are the English words of a vehicle, as the brackets of a
// verb's sense list them ("to take (a bus, airplane etc)", "(of ships,
// vehicles, troops etc) to start") and the glosses of the nouns for them
// say them (地铁 "underground railway; subway", 高铁 "high speed rail").
var vehicleWords = map[string]bool{
	"bus": true, "buses": true, "train": true, "trains": true, "subway": true, "metro": true,
	"railway": true, "rail": true, "airplane": true, "aeroplane": true, "plane": true,
	"planes": true, "aircraft": true, "flight": true, "taxi": true, "cab": true, "car": true,
	"cars": true, "boat": true, "boats": true, "ship": true, "ships": true, "ferry": true,
	"tram": true, "vehicle": true, "vehicles": true, "truck": true, "trucks": true, "lorry": true,
}

// vehicleSense returns the sense of in whose brackets name vehicles when
// a noun for a vehicle stands where the brackets put it, -1 if none, and
// whether in has such a sense: the
// object after the verb (坐地铁 "to take (a bus, airplane etc)", 赶公交 "to
// try to catch (the bus etc)"), the subject before it for a bracket of
// "(of …)" (火车快开了 "(of ships, vehicles, troops etc) to start"). The
// brackets give examples ("etc"), and namedSense matches their words
// only: 地铁 and 出租车 gloss no "bus".
func (a *Analyzer) vehicleSense(in *entryInfo, nb *neighbours) (sense int, has bool) {
	if nb == nil || nb.sn == nil {
		return -1, false
	}
	v := lazySense(&in.vehicle, in.vehicleSenseOf)
	if v < 0 {
		return -1, false
	}
	if !in.needFits(v, nb) {
		return -1, true
	}
	sn, k := nb.sn, nb.k
	if strings.HasPrefix(in.senses[v], "(of ") && a.vehicleDriven(in, nb) {
		// A vehicle one drives: its object, 把's, or the object of the
		// same verb before it (开汽车, 把车开到门口, 开车开了十年).
		if op := in.operateSense(); op >= 0 && in.needFits(op, nb) {
			return op, true
		}
	}
	if strings.HasPrefix(in.senses[v], "(of ") {
		// The vehicle leaving, its subject: the verb ends its clause
		// (火车快开了; not 车开得很快, which drives), the vehicle at most
		// an adverb or two before it.
		if nb.next != "了" && !nb.clauseEnd {
			return -1, true
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if a.vehicleNoun(sn, j) {
				return v, true
			}
			if t := sn.toks[j].Text; sn.posOf(a, j) != "d" && t != "快" && t != "要" {
				break // (快…了, 要…了: about to)
			}
		}
		return -1, true
	}
	// The object: right after the verb or after a quantity of it (坐了两站
	// 地铁, 坐一个小时的火车). 坐在公交车上 sits in a place; 坐下来等公交车
	// waits for the bus. Or before it: 把's (把车停在楼下), or the topic
	// put somewhere (车停在门口 "to park (a car)"; 车停了 stops).
	if a.vehicleObject(sn, k) {
		return v, true
	}
	if k >= 1 && a.vehicleNoun(sn, k-1) && (k >= 2 && sn.toks[k-2].Text == "把" || nb.next == "在" || nb.next == "到") {
		return v, true
	}
	return -1, true
}

// personSense returns the first plain verb sense of a character whose
// brackets ask for a person, "(sb)", where a person is the verb's object
// and its first plain sense asks for none: the person right after it,
// past 着 or 了, with no thing after the person (送你到门口, 明天我去机场送
// 你 "to see (sb) off"; 别瞒着我 "to keep (sb) in the dark"; with a thing
// after the person, givingSense: 送我一本书), or 把's object before it (她把孩子送到了幼儿园, 把他关起
// 来 "to lock (sb) up"). -1 if none. As with namedSense's nouns, the
// bracket says what the verb acts on; a person is no noun's gloss.
func (a *Analyzer) personSense(in *entryInfo, nb *neighbours) int {
	if nb == nil || nb.sn == nil || int(in.runes) != 1 {
		return -1
	}
	p := lazySense(&in.person, in.personSenseOf)
	if p < 0 || !in.needFits(p, nb) {
		return -1
	}
	sn := nb.sn
	if baObjectBefore(nb) && a.personAt(sn, nb.k-1) {
		return in.goingAlong(p, sn, nb.k+1)
	}
	j := nb.k + 1
	for j < len(sn.toks) && (sn.toks[j].Text == "着" || sn.toks[j].Text == "了") {
		j++
	}
	if j >= len(sn.toks) || !a.personAt(sn, j) {
		return -1
	}
	if n := j + 1; n < len(sn.toks) && !clauseEndsAt(sn.toks, n) {
		if in.goingAlong(-1, sn, n) >= 0 {
			return in.goingAlong(p, sn, n)
		}
		// A thing after the person is what is given (送了我一本书, 送他
		// 书 "to give (as a present)"); the person's 的 owns it (送我的书).
		// (送我上学, 送你回家: gse tags 上学 and 回家 nouns, the dictionary
		// knows them as verbs.)
		if t, pos := sn.toks[n].Text, sn.posOf(a, n); t == "的" {
			return -1
		} else if numeralWord(t) || pos == "m" || pos == "mq" || pos == "q" || strings.HasPrefix(pos, "n") && !a.predicateAt(sn, n) {
			return in.givingSense()
		}
	}
	return p
}

// goingAlong returns in's first plain sense "to accompany" where token j
// goes somewhere (到, 去, 回, 进, 上 or a word they start: 送孩子去学校, 送
// 我上学, 把我们送到了酒店): the verb takes the person there. p if not.
func (in *entryInfo) goingAlong(p int, sn *sentence, j int) int {
	if j >= len(sn.toks) || !strings.ContainsRune("到去回进上", firstRune(sn.toks[j].Text)) {
		return p
	}
	for i, s := range in.senses {
		if in.marks[i].verb && in.plain(i, s) && strings.HasPrefix(s, "to accompany") {
			return i
		}
	}
	return p
}

// objectBreaksTie returns the sense that the verb's object chooses (a
// person: personSense; a thing moved: thingMovedSense; pay or a prize:
// rewardSense) where the English
// says it as well as the sense bi it chose: 把这张桌子搬到那边 / "move
// this table" is "to move (sth relatively heavy or bulky)", not the first
// "to move (i.e. relocate oneself)", both "move". -1 if none.
func (a *Analyzer) objectBreaksTie(in *entryInfo, en *english, nb *neighbours, bi int) int {
	if nb == nil || bi < 0 || int(in.runes) != 1 {
		return -1
	}
	for _, i := range [...]int{a.personSense(in, nb), a.thingMovedSense(in, nb), a.rewardSense(in, nb)} {
		if i >= 0 && i != bi && in.saidScore(en, i) >= in.saidScore(en, bi) {
			return i
		}
	}
	return -1
}

// particleUnsaid returns the sense the object or the learner's usual
// sense chooses where the English said sense bi only by the verb of a
// phrasal gloss, not its particle (best < 1): "I left my phone" says
// "leave" of 落 "to leave out" as much as of the usual "to leave behind
// or forget to bring", and "every time we go" says "go" of 送 "to go along
// with" but nothing of the person and the thing it gives (多送我们一碟花生
// 米). The usual sense must be said too, related words counting; the
// object's sense need not. -1 if none.
func (a *Analyzer) particleUnsaid(in *entryInfo, en *english, nb *neighbours, bi int, best float64) int {
	if nb == nil || best >= 1 || !in.marks[bi].verb || !in.onlyVerbSaid(en, bi) {
		return -1
	}
	if u := int(in.usual); u >= 0 && u != bi && in.marks[u].verb && in.usualFits(nb) && relatedEvidence(in, en, u) > 0 {
		return u
	}
	if i := a.personSense(in, nb); i >= 0 && i != bi {
		return i
	}
	if f := int(in.firstPlain); f >= 0 && f != bi && nb.objectless && nb.prev != "被" && !baObjectBefore(nb) && in.marks[f].verb && !takesObject(in.senses[f]) && relatedEvidence(in, en, f) > 0 {
		// With no object the phrasal verb has nothing to act on: 一紧张我
		// 的手就抖 / "my hands shake" is the first "to tremble", which
		// "shake" says by a related word, not "to shake out". (Not a
		// first sense that takes an object itself, nor after 被 or 把's
		// object: 插座全被占了 / "all taken" "to take up".)
		return f
	}
	return -1
}

// usualSaidAlike returns a character's learner's usual sense where the
// English says sense bi only by related words and the usual sense as much
// (a synonym both share): 靠进口 / "rely on imports" says 靠 "to depend on"
// and "to trust" alike, and the usual "to depend on" is what a learner
// meets. -1 if not.
func (in *entryInfo) usualSaidAlike(en *english, nb *neighbours, bi int) int {
	u := int(in.usual)
	if u < 0 || u == bi || int(in.runes) != 1 || in.saidScore(en, bi) > 0 || !in.usualFits(nb) {
		// (Only a character's senses said by related words alone: a
		// word's own gloss said, or a word of several characters whose
		// part of speech the slot chose, stays.)
		return -1
	}
	if v := relatedEvidence(in, en, u); v > 0 && v >= relatedEvidence(in, en, bi) {
		return u
	}
	return -1
}

// onlyVerbSaid reports whether sense i has a phrasal gloss, "to" + verb +
// particle, whose particle the English lacks, and no other gloss whose
// words' stems the English has: what the English says of it is the verb
// alone.
func (in *entryInfo) onlyVerbSaid(en *english, i int) bool {
	phrasal := false
	for g := range strings.SplitSeq(stripBrackets(in.senses[i]), "; ") {
		f := strings.Fields(g)
		if len(f) >= 3 && f[0] == "to" && phrasalParticles[f[2]] {
			if slices.Contains(en.words, f[2]) {
				return false
			}
			phrasal = true
			continue
		}
		for _, w := range f {
			if len(w) > 3 && slices.Contains(en.wordStems, stem(strings.ToLower(w))) {
				return false
			}
		}
	}
	return phrasal
}

// thingMovedSense returns the first plain verb sense of a character that
// takes a thing, "(sth …)", where its first plain sense is said of
// oneself ("(i.e. relocate oneself)") and a thing is its object: 把's
// before it (我们把桌子搬到那边去吧) or a noun after it (他在搬箱子); -1
// if none (他们下个月搬到上海 relocates).
func (a *Analyzer) thingMovedSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleThingMoved) || nb == nil || nb.sn == nil || int(in.runes) != 1 {
		return -1
	}
	sn := nb.sn
	thing := func(j int) bool {
		return j >= 0 && j < len(sn.toks) && strings.HasPrefix(sn.posOf(a, j), "n") && !a.personAt(sn, j) && !a.predicateAt(sn, j)
	}
	baBefore := func() bool { // 把 and its object before the token (把这张桌子搬)
		for j := nb.k - 2; j >= 0 && j >= nb.k-5; j-- {
			if t := sn.toks[j].Text; t == "把" {
				return true
			} else if clauseEndsAt(sn.toks, j) && !isBlank(t) {
				return false
			}
		}
		return false
	}
	if !(thing(nb.k-1) && baBefore() || thing(nb.k+1)) {
		return -1
	}
	return in.ruleSense(ruleThingMoved)
}

// givingSense returns in's first plain sense "to give …" unless it is
// the first plain sense; -1 if none: a verb with two objects, a person
// and then a thing, gives the thing.
func (in *entryInfo) givingSense() int {
	for i, s := range in.senses {
		if in.marks[i].verb && in.plain(i, s) && strings.HasPrefix(s, "to give") {
			if int32(i) == in.firstPlain {
				return -1
			}
			return i
		}
	}
	return -1
}

// personSenseOf is the index of in's first plain verb sense with "(sb)"
// in it, -1 if none or if the first plain sense has it.
func (in *entryInfo) personSenseOf() int32 {
	for i, s := range in.senses {
		if in.marks[i].verb && in.plain(i, s) && strings.Contains(s, "(sb)") {
			if int32(i) == in.firstPlain {
				return -1
			}
			return int32(i)
		}
	}
	return -1
}

// colourSenseOf is the index of in's first plain sense that speaks of
// colour, -1 if none: colorSense's sense, found once per entry (it was
// looked for at every single character a pair's English left open).
func (in *entryInfo) colourSenseOf() int32 {
	for i, s := range in.senses {
		if in.plain(i, s) && strings.Contains(s, "color") {
			return int32(i)
		}
	}
	return -1
}

// colorSense returns the plain sense of a character that speaks of
// colour ("light in color", "light (color)"), where the noun it is said of
// glosses "color": its subject before it (adverbs between: 颜色都淡了,
// 这个颜色太浅了) or the noun right after it (浅颜色); -1 if not. 这个菜
// 太淡了 keeps "insipid".
func (a *Analyzer) colorSense(in *entryInfo, nb *neighbours) int {
	if nb == nil || nb.sn == nil || int(in.runes) != 1 {
		return -1
	}
	c := lazySense(&in.colour, in.colourSenseOf)
	if c < 0 {
		return -1
	}
	sn := nb.sn
	colour := func(j int) bool {
		hi := a.nounHead(sn, j)
		return hi != nil && strings.Contains(hi.senses[0], "color")
	}
	if colour(hanAt(sn, nb.k, 1)) {
		return c
	}
	for j := nb.k - 1; j >= 0 && j >= nb.k-3; j-- {
		if colour(j) {
			return c
		}
		if p := sn.posOf(a, j); p != "d" && !degreeAdverbs[sn.toks[j].Text] {
			break
		}
	}
	return -1
}

// brokenThings are the English words, besides deviceWords, of things
// that break down and stop working.
var brokenThings = map[string]bool{
	"phone": true, "cellphone": true, "elevator": true, "lift": true, "refrigerator": true,
	"fridge": true, "printer": true, "camera": true, "watch": true, "clock": true, "car": true,
	"lock": true, "toilet": true, "washer": true, "bike": true, "bicycle": true, "headphones": true,
}

// brokenSense returns the sense "broken" of a character closing its clause
// (了 may follow) after a machine or a thing that works, its subject
// (adverbs between): 我的电脑坏了, 电梯又坏了, 手机坏了 "broken", not
// "bad" (这个人很坏, 鸡蛋坏了 keep "bad"); -1 if the slot is another or
// the word has no such sense after its first.
func (a *Analyzer) brokenSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleBroken) || nb == nil || nb.sn == nil || int(in.runes) != 1 || !particlesToEnd(nb) || in.firstPlain < 0 {
		return -1
	}
	b := in.ruleSense(ruleBroken)
	if b < 0 {
		return -1
	}
	sn := nb.sn
	for j := nb.k - 1; j >= 0 && j >= nb.k-3; j-- {
		if sn.posOf(a, j) == "d" {
			continue
		}
		if a.deviceNoun(sn, j) {
			return b
		}
		if hi := a.nounHead(sn, j); hi != nil {
			for _, w := range splitWords(strings.ToLower(stripBrackets(hi.senses[0]))) {
				if brokenThings[w] {
					return b
				}
			}
		}
		return -1
	}
	return -1
}

// changeSense returns the sense "to give change" of a character followed
// by a person and an amount of money, what the person gets back: 找您五
// 块钱, 找你两块, 还没找我钱 "to give change", not "to try to find" (我找你
// 有事, 我找你三天了 keep it: no money). -1 if not.
func (a *Analyzer) changeSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleChange) || nb == nil || nb.sn == nil || int(in.runes) != 1 || !nb.in(nextPersonal) {
		return -1
	}
	sn := nb.sn
	j := hanAt(sn, nb.k, 1)
	n := j + 1
	for n < len(sn.toks) && isBlank(sn.toks[n].Text) {
		n++
	}
	if n >= len(sn.toks) {
		return -1
	}
	t := sn.toks[n].Text
	if t == "钱" || t == "零钱" {
		return in.ruleSense(ruleChange) // 你还没找我钱呢
	}
	if !numeralWord(t) && sn.posOf(a, n) != "m" && !unicode.IsDigit(firstRune(t)) {
		return -1
	}
	for m := n + 1; m < len(sn.toks) && m <= n+3; m++ {
		switch sn.toks[m].Text {
		case "块", "元", "毛", "块钱", "钱", "分", "美元":
			return in.ruleSense(ruleChange)
		}
	}
	if strings.HasSuffix(t, "块") || strings.HasSuffix(t, "元") {
		return in.ruleSense(ruleChange)
	}
	return -1
}

// visitGoers are the verbs of going to a person to do what follows.
var visitGoers = map[string]bool{"去": true, "来": true, "回去": true, "回来": true, "过去": true, "过来": true, "回家": true, "专门": true}

// visitSense returns the sense "to visit" of a character standing after
// a verb of going (visitGoers, 回老家; a place may stand between) and
// before a person, its object: 周末我们去看爷爷奶奶, 他来医院看我, 回老家看父母
// "to visit; to call on", not "to see; to look at" (你看我干什么, 去看
// 电影 keep it). -1 if the slot is another or the word has no such sense.
func (a *Analyzer) visitSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleVisit) || nb == nil || nb.sn == nil || int(in.runes) != 1 {
		return -1
	}
	sn, k := nb.sn, nb.k
	if !visitGoers[nb.prev] && !(strings.HasPrefix(nb.prev, "回") && len(nb.prev) > len("回")) {
		// (去医院看, 回老家看: a place after the going.)
		j := hanAt(sn, k, -1)
		if j < 1 || !strings.HasPrefix(sn.posOf(a, j), "n") && !strings.HasPrefix(sn.posOf(a, j), "s") || !visitGoers[sn.toks[j-1].Text] && !strings.HasPrefix(sn.toks[j-1].Text, "回") {
			return -1
		}
	}
	j := k + 1
	for j < len(sn.toks) && (sn.toks[j].Text == "了" || sn.toks[j].Text == "过") {
		j++
	}
	if !a.personAt(sn, j) {
		return -1
	}
	return in.ruleSense(ruleVisit)
}

// coaxSense returns a character's later plain sense "to coax" (哄, first
// "to deceive") where it has no object of its own: one deceives someone,
// but soothes a child with nothing after (你只能抱着哄, 哄了半天才睡着, 你去
// 哄哄); -1 if an object follows or it is done to the subject (别哄我了, 他被
// 哄了 "to deceive").
func (a *Analyzer) coaxSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleCoax) || nb == nil || nb.sn == nil || int(in.runes) != 1 || nb.prev == "被" || nb.prev == "给" {
		return -1
	}
	if !nb.objectless && !durationAfter(nb) {
		return -1
	}
	return in.ruleSense(ruleCoax)
}

// durationAfter reports whether how long follows the token (past 了) and
// closes its clause: 哄了半天, 拖了三天.
func durationAfter(nb *neighbours) bool {
	if nb.next == "了" && nb.k+2 < len(nb.sn.toks) && (nb.sn.toks[nb.k+2].Text == "半天" || nb.sn.toks[nb.k+2].Text == "好久" || nb.sn.toks[nb.k+2].Text == "一会儿") {
		return true
	}
	return spanCloses(nb.sn, nb.k+1)
}

// quarrelSense returns a character's later plain sense "to quarrel …"
// (吵, first "noisy; loud") where there are two sides: 跟, 和, 同 or 与 and
// the other before it in its clause (跟邻居为一个车位吵起来了, 我和他吵了一架), or
// people its subject, past adverbs (他们又吵起来了, 你们俩别吵了), or before
// 完 (吵完就和好了); -1 if not (外面太吵了, 这儿很吵, 嫌他们吵).
func (a *Analyzer) quarrelSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleQuarrel) || nb == nil || nb.sn == nil || int(in.runes) != 1 || nb.in(prevDegree) {
		return -1
	}
	sn := nb.sn
	j := nb.k - 1
	for ; j >= 0; j-- {
		t := sn.toks[j].Text
		if sn.posOf(a, j) != "d" && !negators[t] {
			break
		}
	}
	two := j >= 0 && (pluralPeople[sn.toks[j].Text]) && !(j > 0 && sn.toks[j-1].Text == "嫌")
	// (嫌他们吵: the people are what 嫌 finds noisy, not a subject.)
	// 吵完 is done quarrelling: only the verb finishes.
	two = two || nb.next == "完"
	for b := nb.k - 1; !two && b >= 0 && b >= nb.k-8; b-- {
		if clauseEndsAt(sn.toks, b) {
			break
		}
		if t := sn.toks[b].Text; t == "跟" || t == "和" || t == "同" || t == "与" {
			two = b+1 < nb.k && isHan(firstRune(sn.toks[b+1].Text)) // (gse tags 邻居 v)
		}
	}
	if !two {
		return -1
	}
	return in.ruleSense(ruleQuarrel)
}

// pluralPeople are subjects of more than one person: 他们, 你们俩.
var pluralPeople = map[string]bool{
	"他们": true, "她们": true, "你们": true, "我们": true, "咱们": true, "俩": true, "他俩": true, "她俩": true,
	"你俩": true, "我俩": true, "两口子": true, "夫妻": true, "夫妻俩": true, "大家": true,
}

// delaySense returns a character's later plain sense "to delay" where
// how long follows and closes the clause (航班拖了两个多钟头, 这事拖了三天了,
// 会议推了一个星期), or where it closes its clause after 别, 再 or 一直, told
// not to put something off (别再拖了, 这事不能再拖了); -1 if not (把箱子拖
// 过来 "to drag").
func (a *Analyzer) delaySense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleDelay) || nb == nil || nb.sn == nil || int(in.runes) != 1 || !(nb.next == "了" || numeralWord(nb.next) || nb.nextPos == "m" || nb.objectless) {
		return -1
	}
	if !(nb.objectless && (nb.prev == "别" || nb.prev == "再" || nb.prev == "一直" || nb.prev == "老")) && !spanCloses(nb.sn, nb.k+1) {
		return -1
	}
	d := in.ruleSense(ruleDelay)
	if d < 0 || !in.needFits(d, nb) {
		return -1
	}
	return d
}

// hasVerbSense reports whether a plain sense of in is a verb's.
func (in *entryInfo) hasVerbSense() bool {
	for i, s := range in.senses {
		if in.marks[i].verb && in.plain(i, s) {
			return true
		}
	}
	return false
}

// delayGloss reports whether sense s puts something off: "to delay", "to
// drag on", "to put off", "to postpone".
func delayGloss(s string) bool {
	return strings.HasPrefix(s, "to delay") || strings.HasPrefix(s, "to drag on") || strings.HasPrefix(s, "to put off") || strings.HasPrefix(s, "to postpone")
}

// spanCloses reports whether from token j (past 了) an amount of time
// closes the clause: numerals, 个, 多 and a unit of duration, then only 了
// (两个多钟头, 三天了, 一个星期; not 两个小时的车).
func spanCloses(sn *sentence, j int) bool {
	if j < len(sn.toks) && sn.toks[j].Text == "了" {
		j++
	}
	counted := false
	for ; j < len(sn.toks) && !clauseEndsAt(sn.toks, j); j++ {
		t := sn.toks[j].Text
		switch {
		case durationUnits[t] || t == "个" || t == "多" || numeralWord(t) || roundedNumeral(t) || measuredGe(t):
			counted = counted || durationUnits[t]
		case t == "的":
			return false // 推两个小时的车: the time describes a thing
		case t == "了":
		default:
			for u := range durationUnits {
				if n, ok := strings.CutSuffix(t, u); ok && n != "" && numeralWord(n) {
					counted = true
				}
			}
			if !counted {
				return false
			}
		}
	}
	return counted
}

// callOnSense returns in's plain sense "to call on sb" where a person
// follows (past 过 or 了) and then what one goes to them to do, a verb of
// talking or asking (talkVerbs, 问, 帮忙): 我找他谈谈, 你去找老师问问, 我找
// 他们说了两回 (not "to try to find"); -1 if not (有人找你, 我找了他半天).
func (a *Analyzer) callOnSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleCallOn) || nb == nil || nb.sn == nil || int(in.runes) != 1 {
		return -1
	}
	sn := nb.sn
	j := nb.k + 1
	for j < len(sn.toks) && (sn.toks[j].Text == "了" || sn.toks[j].Text == "过") {
		j++
	}
	if j+1 >= len(sn.toks) || !a.personAt(sn, j) {
		return -1
	}
	switch t := sn.toks[j+1].Text; {
	case talkVerbs[t], t == "问", t == "问问", t == "帮忙", t == "谈话", t == "理论":
	default:
		return -1
	}
	return in.ruleSense(ruleCallOn)
}

// squeezed are what one presses or presses out (squeezeSense): a pimple,
// a foot a shoe pinches, a sauce or juice out of its tube or fruit.
var squeezed = map[string]bool{
	"痘痘": true, "痘": true, "青春痘": true, "脚": true, "牙膏": true, "奶": true, "汁": true, "柠檬汁": true,
	"果汁": true, "番茄酱": true, "沙拉酱": true, "酱": true, "眼泪": true, "伤口": true, "橙子": true, "柠檬": true,
}

// squeezeSense returns a single character's later plain sense "to press"
// (挤, first "to crowd in") where what is pressed or pressed out is its
// object, past 了, 点 or 一点 (他在挤痘痘, 这双鞋有点挤脚, 往鱼上挤点柠檬汁);
// -1 if not (挤地铁, 别挤了 keep "to crowd in").
func (in *entryInfo) squeezeSense(nb *neighbours) int {
	if !in.may(ruleSqueeze) || nb == nil || nb.sn == nil || int(in.runes) != 1 || nb.objectless {
		return -1
	}
	toks := nb.sn.toks
	j := nb.k + 1
	for j < len(toks) && j <= nb.k+2 && (toks[j].Text == "了" || toks[j].Text == "点" || toks[j].Text == "一点" || toks[j].Text == "出") {
		j++
	}
	if j >= len(toks) || !squeezed[toks[j].Text] {
		return -1
	}
	return in.ruleSense(ruleSqueeze)
}

// personAt reports whether token j of sn names a person: a personal
// pronoun (not 它), a word for a relative, a friend or a trade
// (personSubject, kinWords), or a name gse tags nr.
func (a *Analyzer) personAt(sn *sentence, j int) bool {
	if j < 0 || j >= len(sn.toks) {
		return false
	}
	t := sn.toks[j].Text
	if t == "它" || t == "它们" {
		return false
	}
	return personalPronouns[t] || kinWords[t] || personSubject(t) || t == "人" || strings.HasPrefix(sn.posOf(a, j), "nr")
}

// vehicleDriven reports whether the vehicle near the verb token is what
// it acts on rather than its subject: the object after it (开汽车, 开着
// 一辆旧卡车, 你开过飞机吗), 把's object before it (把车开到门口), or the
// object of the same verb said just before and now repeated to say how
// long or how well (开车开了十年, 她开出租车开了五年; 开车 "to drive a
// car" is a word); or a vehicle before it and 得, how it is driven (车开
// 得很快).
func (a *Analyzer) vehicleDriven(in *entryInfo, nb *neighbours) bool {
	sn, k := nb.sn, nb.k
	if a.vehicleObject(sn, k) {
		return true
	}
	if k < 1 {
		return false
	}
	if p := sn.toks[k-1].Text; p != in.e.Simp && strings.HasPrefix(p, in.e.Simp) && a.drivesVehicle(sn, k-1) {
		return true // 开车 开了
	}
	if !a.vehicleNoun(sn, k-1) {
		return false
	}
	if nb.next == "得" {
		return true
	}
	if nb.next == "了" && k+2 < len(sn.toks) && (numeralWord(sn.toks[k+2].Text) || sn.posOf(a, k+2) == "m") {
		return true // how long or how far it was driven: 这车开了十年了
	}
	// 把's object, or the same verb's before it (开车开了十年), an
	// adjective before the vehicle (开大卡车开了十几年, 把旧车开到门口).
	j := k - 2
	if j >= 1 && strings.HasPrefix(sn.posOf(a, j), "a") {
		j--
	}
	return j >= 0 && (sn.toks[j].Text == "把" || sn.toks[j].Text == in.e.Simp)
}

// vehicleObject reports whether a vehicle is the object of the verb token
// k: right after it or after its aspect particle or a quantity (坐了两站
// 地铁, 坐一个小时的火车, 开着一辆旧卡车), an adjective before it (开大货车).
func (a *Analyzer) vehicleObject(sn *sentence, k int) bool {
	for j, counted := k+1, false; j < len(sn.toks) && j <= k+namedAfter; j++ {
		t := sn.toks[j].Text
		if a.vehicleNoun(sn, j) {
			return true
		}
		switch p := sn.posOf(a, j); {
		case t == "了" || t == "过" || t == "着" || t == "的" || p == "m" || p == "q" || p == "mq" || numeralWord(t):
			counted = counted || p != "ul" && t != "了" && t != "过" && t != "着" && t != "的"
		case counted && (timeUnit(t) || utf8.RuneCountInString(t) == 1):
			// 两站, 一个小时: the measure after the number.
		case counted && strings.HasPrefix(p, "a"):
			// 一辆旧卡车: an adjective before the noun.
		case strings.HasPrefix(p, "a") && j+1 < len(sn.toks) && a.vehicleNoun(sn, j+1):
			// 开大货车, 坐新地铁: an adjective right before it, uncounted.
		default:
			return false
		}
	}
	return false
}

// drivesVehicle reports whether token j is a verb whose first sense
// names a vehicle it acts on (开车 "to drive a car (or train etc)").
func (a *Analyzer) drivesVehicle(sn *sentence, j int) bool {
	hi := a.headAt(sn, j)
	if hi == nil {
		return false
	}
	if len(hi.senses) == 0 || !isVerbSense(hi.senses[0]) {
		return false
	}
	for _, w := range splitWords(strings.ToLower(hi.senses[0])) {
		if vehicleWords[w] {
			return true
		}
	}
	return false
}

// operateSense returns the first plain verb sense of in glossed "to
// operate", "to drive" or "to pilot": what one does with a vehicle (开
// "to turn on; to put in operation; to operate; to run"); -1 if none.
func (in *entryInfo) operateSense() int {
	for i, s := range in.senses {
		if !in.marks[i].verb || !in.plain(i, s) {
			continue
		}
		for _, g := range strings.Split(stripBrackets(s), ";") {
			switch strings.TrimSpace(g) {
			case "to operate", "to drive", "to pilot":
				return i
			}
		}
	}
	return -1
}

// vehicleSenseOf returns the first plain verb sense of in whose brackets
// hold a vehicleWord (or, for a word of several characters, its sense "in
// time for"), -1 if none.
func (in *entryInfo) vehicleSenseOf() int32 {
	for i, s := range in.senses {
		if s == "in time for" && int(in.runes) > 1 {
			// A vehicle one is in time for is caught: 赶上飞机, 没赶上
			// 末班车 (赶上其他同学 keeps "to keep up with").
			return int32(i)
		}
		if !in.marks[i].verb || !strings.Contains(s, "(") {
			continue
		}
		for rest := s; ; {
			_, after, ok := strings.Cut(rest, "(")
			if !ok {
				break
			}
			inside, tail, _ := strings.Cut(after, ")")
			for _, w := range splitWords(strings.ToLower(inside)) {
				if vehicleWords[w] {
					return int32(i)
				}
			}
			rest = tail
		}
	}
	return -1
}

// vehicleNoun reports whether token j of sn is a noun whose head entry's
// first sense names a vehicle (地铁, 出租车, 火车; not 培训 "to train").
func (a *Analyzer) vehicleNoun(sn *sentence, j int) bool {
	hi := a.nounHead(sn, j)
	if hi == nil {
		return false
	}
	for _, w := range splitWords(strings.ToLower(stripBrackets(hi.senses[0]))) {
		if vehicleWords[w] {
			return true
		}
	}
	return false
}

// deviceWords are the English words of a machine one switches on and off,
// as the glosses of the nouns for them say them (空调 "air conditioning",
// 电视 "television; TV", 暖气 "central heating", 灯 "lamp", 风扇 "electric
// fan", 电脑 "computer").
var deviceWords = map[string]bool{
	"conditioning": true, "conditioner": true, "television": true, "tv": true,
	"heating": true, "heater": true, "lamp": true, "light": true, "fan": true,
	"computer": true, "laptop": true, "radio": true, "engine": true, "motor": true,
	"machine": true, "stove": true, "oven": true,
}

// switchSense returns the sense of in that switches a machine on ("to turn
// on", "to switch on") where a noun for a machine is its object, -1 if
// none: after the verb, past an aspect particle, 一下 or how long (开着空调,
// 打开电视, 开一下电脑, 开了一个夏天空调, 开了一个夏天的空调), or before it, after 把 or as its topic (把暖气开着, 电视一直
// 开着). 开 is first "to open (transitive or intransitive)" and 打开 "to
// open": a door, a window, a box. (Not where another noun follows the
// machine, whose head it is: 开电脑公司 opens a company.)
func (a *Analyzer) switchSense(in *entryInfo, nb *neighbours) int {
	if nb == nil || nb.sn == nil {
		return -1
	}
	v := lazySense(&in.switching, in.switchSenseOf)
	if v < 0 || !in.needFits(v, nb) {
		return -1
	}
	sn, k := nb.sn, nb.k
	for j := k + 1; j < len(sn.toks) && j <= k+5; j++ {
		if a.deviceNoun(sn, j) {
			if j+1 < len(sn.toks) && strings.HasPrefix(sn.posOf(a, j+1), "n") {
				return -1
			}
			return v
		}
		if t := sn.toks[j].Text; t != "着" && t != "了" && t != "一下" && t != "一下儿" && !durationPart(sn, a, j) && (t != "的" || !durationPart(sn, a, j-1)) {
			break
		}
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if a.deviceNoun(sn, j) {
			return v
		}
		if sn.toks[j].Text != "把" && sn.posOf(a, j) != "d" {
			break
		}
	}
	return -1
}

// durationPart reports whether token j of sn is part of an amount of time
// that may stand between a verb and its object (开了一个夏天空调, 看了一晚上
// 电视, 开了三个小时空调): a numeral, a measure word, a time word (gse's t:
// 夏天, 晚上, 整天) or a unit of time.
func durationPart(sn *sentence, a *Analyzer, j int) bool {
	t, p := sn.toks[j].Text, sn.posOf(a, j)
	return p == "m" || p == "mq" || p == "q" || p == "t" || numeralWord(t) || timeUnit(t)
}

// switchSenseOf returns the first plain verb sense of in, after its first
// plain sense, with a gloss "to turn on" or "to switch on", -1 if none.
func (in *entryInfo) switchSenseOf() int32 {
	for i, s := range in.senses {
		if int32(i) <= in.firstPlain || !in.marks[i].verb || !in.plain(i, s) {
			continue
		}
		for _, g := range strings.Split(stripBrackets(s), ";") {
			if g = strings.TrimSpace(g); g == "to turn on" || g == "to switch on" {
				return int32(i)
			}
		}
	}
	return -1
}

// textWords are the English words of what one learns by heart, as the
// glosses of the nouns for them say them (单词 "word", 课文 "text", 台词
// "an actor's lines", 公式 "formula").
var textWords = map[string]bool{
	"word": true, "words": true, "text": true, "poem": true, "verse": true, "lines": true,
	"lyric": true, "lyrics": true, "formula": true,
}

// memorizeSenseOf is the index of in's plain sense, not its first, whose
// first gloss is "to learn by heart", -1 if none: memorizeSense's sense,
// found once per entry (it was looked for at every token the English left
// open).
func (in *entryInfo) memorizeSenseOf() int32 {
	for i, s := range in.senses {
		if i != int(in.firstPlain) && in.plain(i, s) && firstGloss(s) == "to learn by heart" {
			return int32(i)
		}
	}
	return -1
}

// memorizeSense returns the sense of in glossed "to learn by heart", not
// its first, where a text is its object, -1 otherwise: after it, past an
// aspect particle, a number and its measure word or a demonstrative (我每天
// 背二十个单词, 背课文), or 把's object before it (把课文背下来). 背 bei4 is
// first "the back of a body or object", then "to turn one's back".
func (a *Analyzer) memorizeSense(in *entryInfo, nb *neighbours) int {
	if nb == nil || nb.sn == nil {
		return -1
	}
	v := lazySense(&in.memorize, in.memorizeSenseOf)
	if v < 0 || !in.needFits(v, nb) {
		return -1
	}
	sn, k := nb.sn, nb.k
	for j := k + 1; j < len(sn.toks) && j <= k+5; j++ {
		if a.textNoun(sn, j) {
			return v
		}
		t, p := sn.toks[j].Text, sn.posOf(a, j)
		if t != "了" && t != "过" && t != "着" && p != "m" && p != "q" && p != "mq" && p != "r" && !numeralWord(t) {
			break
		}
	}
	if j := hanAt(sn, k, -1); j >= 0 && a.textNoun(sn, j) {
		for b := j - 1; b >= 0 && b >= j-3; b-- {
			if sn.toks[b].Text == "把" {
				return v
			}
		}
	}
	return -1
}

// textNoun reports whether token j of sn is a noun whose head entry's
// first sense names a text (textWords).
func (a *Analyzer) textNoun(sn *sentence, j int) bool {
	if !strings.HasPrefix(sn.posOf(a, j), "n") {
		return false
	}
	hi := a.nounHead(sn, j)
	if hi == nil {
		return false
	}
	for _, w := range splitWords(strings.ToLower(stripBrackets(hi.senses[0]))) {
		if textWords[w] {
			return true
		}
	}
	return false
}

// liquidWords are the English words of what boils, as the glosses of the
// nouns for them say them (水 "water", 汤 "soup", 牛奶 "cow's milk").
var liquidWords = map[string]bool{
	"water": true, "soup": true, "milk": true, "broth": true, "porridge": true, "congee": true,
}

// boilSense returns the sense of in glossed "to boil", not its first,
// where a liquid is its subject and nothing but 了 follows it: the liquid
// right before it, past adverbs and a negation (水开了, 汤开了, 水还没开;
// 开 is first "to open"); -1 otherwise.
func (a *Analyzer) boilSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleBoil) || nb == nil || nb.sn == nil || !nb.objectless || nb.k == 0 {
		return -1
	}
	sn := nb.sn
	found := false
	for j := nb.k - 1; j >= 0 && j >= nb.k-3; j-- {
		if hi := a.nounHead(sn, j); hi != nil && strings.HasPrefix(sn.posOf(a, j), "n") {
			for _, w := range splitWords(strings.ToLower(stripBrackets(hi.senses[0]))) {
				found = found || liquidWords[w]
			}
			break
		}
		if t, p := sn.toks[j].Text, sn.posOf(a, j); p != "d" && !negators[t] && !functionWords[t] {
			break
		}
	}
	if !found {
		return -1
	}
	for i, s := range in.senses {
		if in.boilsAt(i, s) && in.needFits(i, nb) {
			return i
		}
	}
	return -1
}

// boilsAt reports whether sense i, s, of in is a later plain verb sense
// glossed "to boil" (boilSense's).
func (in *entryInfo) boilsAt(i int, s string) bool {
	return i != int(in.firstPlain) && in.marks[i].verb && in.plain(i, s) && firstGloss(s) == "to boil"
}

// deviceNoun reports whether token j of sn is a noun whose head entry's
// first sense names a machine (空调, 电视, 灯; not 开关 "power switch").
func (a *Analyzer) deviceNoun(sn *sentence, j int) bool {
	hi := a.nounHead(sn, j)
	if hi == nil {
		return false
	}
	for _, w := range splitWords(strings.ToLower(stripBrackets(hi.senses[0]))) {
		if deviceWords[w] {
			return true
		}
	}
	return false
}

// businessWords are the English words of a place that opens and closes
// for business, as the glosses of the nouns for them say them (商店
// "store; shop", 银行 "bank", 超市 "supermarket", 图书馆 "library").
var businessWords = map[string]bool{
	"shop": true, "store": true, "supermarket": true, "bank": true, "restaurant": true,
	"museum": true, "library": true, "market": true, "mall": true, "pharmacy": true,
	"drugstore": true, "café": true, "cafe": true, "canteen": true, "cafeteria": true,
}

// businessSense returns the sense of in glossed "… for business" or "(of a
// shop …)" (开门 "to open for business", not "(lit. and fig.) to open a
// door"; 关门 "(of a shop etc) to close", not "to close a door") where its
// subject is a shop (商店, 银行: businessWords) or a clock time says when
// (几点开门, 九点半才开门), past adverbs, times and a negation; -1
// otherwise.
func (a *Analyzer) businessSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleBusiness) || nb == nil || nb.sn == nil || nb.k == 0 || int(in.runes) < 2 {
		return -1
	}
	v := in.ruleSense(ruleBusiness)
	if v < 0 || !in.needFits(v, nb) {
		return -1
	}
	sn := nb.sn
	for j := nb.k - 1; j >= 0 && j >= nb.k-4; j-- {
		t, p := sn.toks[j].Text, sn.posOf(a, j)
		if clockTime(sn, j) {
			return v
		}
		if hi := a.nounHead(sn, j); hi != nil {
			for _, w := range splitWords(strings.ToLower(stripBrackets(hi.senses[0]))) {
				if businessWords[w] {
					return v
				}
			}
		}
		if p != "d" && p != "t" && !negators[t] && !functionWords[t] && t != "半" {
			break
		}
	}
	return -1
}

// clockTime reports whether token j of sn ends a clock time: 几点, 九点,
// 九点半, 十点钟 (gse makes one word of some, two of others: 九 点).
func clockTime(sn *sentence, j int) bool {
	t := sn.toks[j].Text
	if t == "半" && j > 0 {
		j--
		t = sn.toks[j].Text + t
	}
	for _, suffix := range [...]string{"点钟", "点半", "点"} {
		if n, ok := strings.CutSuffix(t, suffix); ok {
			if n == "" && j > 0 {
				n = sn.toks[j-1].Text
			}
			return n == "几" || numeralWord(n)
		}
	}
	return false
}

// headModifier reports whether a word of several characters at the head
// of its clause stands before a noun that its first plain sense, not an
// adverb's, modifies: 根本原因是 "fundamental", 集体利益 "collective", not
// the sentence adverbs "simply", "as a group".
//
// (Not where a time or a verb other than 是 follows the noun, which is then
// the verb gse tags a noun: 本来计划明天去 "originally".)
func headModifier(in *entryInfo, first int, nb *neighbours) bool {
	if int(in.runes) < 2 || !strings.HasPrefix(nb.nextPos, "n") || in.adverbGlossAt(first) || nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	for j, n := nb.k+1, 0; j < len(toks); j++ {
		if isBlank(toks[j].Text) {
			continue
		}
		if n++; n == 2 {
			p := nb.sn.posOf(nb.a, j)
			return p != "t" && !(strings.HasPrefix(p, "v") && toks[j].Text != "是")
		}
	}
	return true
}

// aspectNext reports whether 了, 着 or 过 follows the token.
func aspectNext(nb *neighbours) bool {
	return nb.next == "了" || nb.next == "着" || nb.next == "过"
}

// occurSenseOf returns the index of a single character's plain verb sense
// that says something happens ("to arise; to occur", "to happen"), -1 if
// none or if it is the first plain sense.
func (in *entryInfo) occurSenseOf() int32 {
	if int(in.runes) != 1 {
		return -1
	}
	for i, s := range in.senses {
		if !in.marks[i].verb || !in.plain(i, s) {
			continue
		}
		for g := range strings.SplitSeq(s, "; ") {
			if g == "to occur" || g == "to happen" || g == "to arise" {
				if int32(i) == in.firstPlain {
					return -1
				}
				return int32(i)
			}
		}
	}
	return -1
}

// mishapSense returns in's occurSenseOf where what goes wrong is its
// object, within a few words after it in its clause (出了车祸, 电脑又出问题
// 了, 机器出了故障, 出了点儿差错; past a quantity: 出了很多问题, 出了不少
// 毛病): a mishap comes about, nobody goes out. -1 if not.
func (a *Analyzer) mishapSense(in *entryInfo, nb *neighbours) int {
	if in.occur < 0 || nb == nil || nb.sn == nil {
		return -1
	}
	sn := nb.sn
	for j, n := nb.k+1, 0; j < len(sn.toks) && n < 4; j, n = j+1, n+1 {
		if clauseEndsAt(sn.toks, j) {
			return -1
		}
		switch sn.toks[j].Text {
		case "了", "过", "点", "点儿", "一点", "一点儿", "个", "一个", "了个", "什么", "大", "这么", "那么", "这种", "一次", "这样", "那样",
			"很多", "好多", "许多", "不少", "一些", "些", "好些", "一堆", "这么多", "那么多", "太多", "很", "多":
			continue
		}
		if a.mishapAt(sn, j) {
			return int(in.occur)
		}
		return -1
	}
	return -1
}

// rewardGlosses name what one is paid or awarded (rewardSense): 工资
// "wages; pay", 奖 "prize; award; bonus; reward", 冠军 "champion", 驾照
// "driver's license".
var rewardGlosses = map[string]bool{
	"wage": true, "wages": true, "pay": true, "salary": true, "bonus": true, "prize": true,
	"award": true, "reward": true, "champion": true, "championship": true, "medal": true,
	"scholarship": true, "pension": true, "remuneration": true, "certificate": true,
	"license": true, "licence": true, "diploma": true, "trophy": true, "dividend": true,
}

// rewardSenseOf returns a character's later plain verb sense glossed
// first "to take", "to issue", "to receive" or "to win" (拿 "to hold", then
// "to take"; 发 "to send out", then "to issue"; 领 "neck", then "to
// receive"; 赢 "to beat", then "to win"), -1 if none.
func (in *entryInfo) rewardSenseOf() int32 {
	for i, s := range in.senses {
		if int32(i) > in.firstPlain && in.marks[i].verb && in.plain(i, s) {
			if g := firstGloss(s); g == "to take" || g == "to issue" || g == "to receive" || g == "to win" {
				return int32(i)
			}
		}
	}
	return -1
}

// rewardSense returns in.reward where what one is paid or awarded
// (rewardGlosses) is the verb's object: after it in its clause, past an
// aspect particle, an amount and modifiers (他去年拿了全国冠军, 她每个月拿八千
// 块工资, 公司这个月还没发工资), or, with no object after it, the topic
// before it, past times, numbers and adverbs (工资每个月十号发, 奖金已经发下来
// 了). One takes one's pay and prize, and they are issued; 拿着 holds (他手
// 里拿着一张奖状), and a message is sent (发了一条消息). -1 otherwise.
func (a *Analyzer) rewardSense(in *entryInfo, nb *neighbours) int {
	if in.reward < 0 || nb == nil || nb.sn == nil || nb.next == "着" {
		return -1
	}
	sn := nb.sn
	for j, n := nb.k+1, 0; j < len(sn.toks) && n < 5; j, n = j+1, n+1 {
		if clauseEndsAt(sn.toks, j) {
			break
		}
		if a.rewardAt(sn, j) {
			return int(in.reward)
		}
		if t, p := sn.toks[j].Text, sn.posOf(a, j); t != "了" && t != "过" && t != "的" && p != "m" && p != "q" && p != "mq" && p != "zg" && p != "r" && p != "a" && !strings.HasPrefix(p, "n") && !numeralWord(t) {
			break
		}
	}
	if !nb.objectless && !directionalAfter[nb.next] {
		return -1
	}
	for j := nb.k - 1; j >= 0 && j >= nb.k-6; j-- {
		if a.rewardAt(sn, j) {
			return int(in.reward)
		}
		if t, p := sn.toks[j].Text, sn.posOf(a, j); p != "d" && p != "t" && p != "m" && p != "q" && p != "mq" && p != "r" && !negators[t] && !numeralWord(t) {
			return -1
		}
	}
	return -1
}

// directionalAfter are the complements after which a verb has no object
// of its own: 奖金已经发下来了.
var directionalAfter = map[string]bool{"下来": true, "下去": true, "出来": true, "出去": true, "上来": true, "过来": true}

// rewardAt reports whether token j of sn is a noun (its head entry first a
// noun's: gse tags 工资 vn, 驾照 v) with a gloss of its first three plain
// senses ending in a word of rewardGlosses (奖金 "premium; award money;
// bonus", 驾照 "driver's license (abbr. …)").
func (a *Analyzer) rewardAt(sn *sentence, j int) bool {
	in := a.nounHead(sn, j)
	if in == nil || in.firstPlain < 0 {
		return false
	}
	for i, n := int(in.firstPlain), 0; i < len(in.senses) && n < 3; i++ {
		s := in.senses[i]
		if !in.plain(i, s) {
			continue
		}
		n++
		for g := range strings.SplitSeq(stripBrackets(s), ";") {
			g = strings.TrimSpace(g)
			if k := strings.LastIndexByte(g, ' '); rewardGlosses[g[k+1:]] {
				return true
			}
		}
	}
	return false
}

// mishapGlosses name what goes wrong: a word glossed so is a mishap
// (mishapAt).
var mishapGlosses = map[string]bool{
	"accident": true, "crash": true, "problem": true, "trouble": true, "mishap": true,
	"malfunction": true, "breakdown": true, "fault": true, "defect": true, "error": true,
	"mistake": true, "failure": true, "incident": true, "disaster": true, "glitch": true,
}

// mishapAt reports whether token j of sn is a noun that names a mishap: a
// gloss of its first two plain senses ends in a word of mishapGlosses (车祸
// "traffic accident", 故障 "malfunction", 问题 "question; problem").
func (a *Analyzer) mishapAt(sn *sentence, j int) bool {
	in := a.headAt(sn, j)
	if in == nil || in.firstPlain < 0 || !strings.HasPrefix(sn.posOf(a, j), "n") && sn.posOf(a, j) != "vn" {
		return false
	}
	return in.glossEndsIn(mishapGlosses)
}

// glossEndsIn reports whether a gloss of in's first two plain senses ends
// in a word of words (车祸 "traffic accident", 夜班 "night shift").
func (in *entryInfo) glossEndsIn(words map[string]bool) bool {
	for i, n := int(in.firstPlain), 0; i < len(in.senses) && n < 2; i++ {
		s := in.senses[i]
		if !in.plain(i, s) {
			continue
		}
		n++
		for g := range strings.SplitSeq(stripBrackets(s), "; ") {
			if k := strings.LastIndexByte(g, ' '); words[g[k+1:]] {
				return true
			}
		}
	}
	return false
}

// shiftGlosses name a turn of work (dutySense).
var shiftGlosses = map[string]bool{"shift": true}

// dutySense returns in's later sense "to be on duty" (值) where a shift is
// its object, past a number and its 个 (值夜班, 一个月要值六七个夜班); -1
// if not (这个东西值多少钱 "(to be) worth").
func (a *Analyzer) dutySense(in *entryInfo, nb *neighbours) int {
	if in.duty < 0 || nb == nil || nb.sn == nil {
		return -1
	}
	sn := nb.sn
	for j, n := nb.k+1, 0; j < len(sn.toks) && n < 5; j, n = j+1, n+1 {
		t := sn.toks[j].Text
		if clauseEndsAt(sn.toks, j) {
			return -1
		}
		if numeralWord(t) || t == "个" || t == "了" || t == "过" || measuredGe(t) {
			continue
		}
		if h := a.headAt(sn, j); h != nil && h.firstPlain >= 0 && h.glossEndsIn(shiftGlosses) {
			return int(in.duty)
		}
		return -1
	}
	return -1
}

// temperWords are what is frank or not: one's speech and one's nature.
var temperWords = map[string]bool{
	"说话": true, "讲话": true, "话": true, "性格": true, "性子": true, "个性": true,
	"脾气": true, "为人": true, "嘴": true, "人": true,
}

// frankSense returns a character's plain sense "frank" where what it says
// is a person or a person's speech or nature, right before it or before
// the degree adverb before it, and it closes its clause or stands before
// 的: 他说话很直, 他这个人太直了, 他说话直 (这条路很直 stays
// "straight"); -1 if not.
func (a *Analyzer) frankSense(in *entryInfo, nb *neighbours) int {
	if in.frank < 0 || nb == nil || nb.sn == nil || int(in.runes) != 1 || !nb.objectless && nb.next != "的" {
		// (Closing its clause or before 的, the predicate: before a verb
		// 直 is the adverb, 辣得我直冒汗.)
		return -1
	}
	j := nb.k - 1
	if nb.in(prevDegree) {
		j--
	}
	if j < 0 || !(temperWords[nb.sn.toks[j].Text] || a.personAt(nb.sn, j)) {
		return -1
	}
	return int(in.frank)
}

// askedBoth reports whether the token is the first of an A-not-A question
// (熟不熟, 忙不忙): 不 and the token again follow it.
func askedBoth(nb *neighbours) bool {
	return nb.next == "不" && nb.sn != nil && nb.k+2 < len(nb.sn.toks) && nb.sn.toks[nb.k+2].Text == nb.sn.toks[nb.k].Text
}

// familiarSense returns a character's later sense "familiar …" (熟, first
// "ripe; mature") where it is the predicate of one who knows someone or
// somewhere: a personal pronoun, a kinship word or a word for a person
// stands right before it, past adverbs, a negation and a degree (我们俩很
// 熟, 我和她不太熟), or the object of 对, 跟, 同 or 与 does (我对这一带很熟,
// 他对公司的情况还不熟, 你跟老张熟吗, 我跟他们老板挺熟的). Food is no person
// and takes none of them: 肉还没熟, 苹果和梨都熟了 keep the first sense (gse
// tags some foods names: 西红柿 nr). -1 otherwise, and before a noun, which
// it qualifies (熟肉).
func (a *Analyzer) familiarSense(in *entryInfo, nb *neighbours) int {
	if in.familiar < 0 || nb == nil || nb.sn == nil || !nb.objectless && nb.next != "的" && !askedBoth(nb) {
		return -1
	}
	sn := nb.sn
	j := nb.k - 1
	for ; j >= 0; j-- {
		t := sn.toks[j].Text
		if sn.posOf(a, j) != "d" && !negators[t] && !degreeAdverbs[t] && t != "一点儿" && t != "一点" {
			break
		}
	}
	if j > 0 && (sn.toks[j].Text == "俩" || sn.toks[j].Text == "仨") {
		j--
	}
	if j < 0 {
		return -1
	}
	if t := sn.toks[j].Text; personalPronouns[t] || kinWords[t] || personSubject(t) {
		return int(in.familiar)
	}
	for b := j; b >= 0 && b >= j-3; b-- {
		if t := sn.toks[b].Text; t == "对" || t == "跟" || t == "同" || t == "与" {
			// (Not 和, which joins the fruits of 苹果和梨都熟了.)
			return int(in.familiar)
		}
		if clauseEndsAt(sn.toks, b) {
			break
		}
	}
	return -1
}

// loadSense returns in.load where things go into what the verb fills: a
// complement of going in (装进箱子里, 把衣服都装进去), a potential of room
// (装不下, 装得下), or, after a modal of ability, how much (这个箱子能装二十
// 公斤): "to load", not learner.txt's 装 "to pretend" (他在装睡). -1
// otherwise.
func (a *Analyzer) loadSense(in *entryInfo, nb *neighbours) int {
	if in.load < 0 || nb == nil || nb.sn == nil {
		return -1
	}
	sn, k := nb.sn, nb.k
	switch nb.next {
	case "进", "进去", "进来", "满", "下":
		return int(in.load)
	case "不", "得":
		if k+2 < len(sn.toks) && (sn.toks[k+2].Text == "下" || sn.toks[k+2].Text == "满") {
			return int(in.load)
		}
	}
	if (nb.prev == "能" || nb.prev == "可以" || nb.prev == "能够") && k+1 < len(sn.toks) && (numeralWord(nb.next) || sn.posOf(a, k+1) == "m") {
		return int(in.load)
	}
	return -1
}

// angerWords are the anger one lets out on someone: 把气撒在他身上, 有火别往我
// 身上撒 (火 and 气 gloss no anger in CC-CEDICT).
var angerWords = map[string]bool{
	"火": true, "气": true, "脾气": true, "怒气": true, "怨气": true, "火气": true, "怒火": true, "闷气": true,
}

// ventSense returns a character's later plain sense "to give expression
// to" (撒 sa1, first "to let go") where anger is its object: right after
// it, or before it in its clause within six words (把气撒在孩子身上, 把火全撒
// 到我们头上了, 你有火别往我身上撒). 把米撒了一地 lets no anger out. -1
// otherwise.
func (a *Analyzer) ventSense(in *entryInfo, nb *neighbours) int {
	if in.vent < 0 || nb == nil || nb.sn == nil {
		return -1
	}
	sn, found := nb.sn, angerWords[nb.next]
	for j := nb.k - 1; !found && j >= 0 && j >= nb.k-6 && !clauseEndsAt(sn.toks, j); j-- {
		found = angerWords[sn.toks[j].Text]
	}
	if !found {
		return -1
	}
	return int(in.vent)
}

// gotThrough are the complements of getting through a hard time: 熬过去,
// 熬不住, 熬下去.
var gotThrough = map[string]bool{
	"过": true, "过去": true, "过来": true, "下去": true, "不住": true, "得住": true,
	"不下去": true, "出头": true, "不过": true,
}

// endureSense returns in.endure where what the verb gets through follows
// it: a person it wears down (带孩子真熬人, 这份工作特别熬人), a complement
// of getting through (熬过去了, 熬不住了), or how long, where no dish
// stands before it in its clause (再熬两个月就毕业了; 这锅汤熬了三个小时
// cooks). 熬粥 cooks. -1 otherwise.
func (a *Analyzer) endureSense(in *entryInfo, nb *neighbours) int {
	if in.endure < 0 || nb == nil || nb.sn == nil {
		return -1
	}
	sn, k := nb.sn, nb.k
	if gotThrough[nb.next] || a.personAt(sn, k+1) {
		return int(in.endure)
	}
	j := k + 1
	if nb.next == "了" {
		j++
	}
	if j >= len(sn.toks) || !numeralWord(sn.toks[j].Text) && sn.posOf(a, j) != "m" {
		return -1
	}
	for b := k - 1; b >= 0 && !clauseEndsAt(sn.toks, b); b-- {
		if dishes[sn.toks[b].Text] {
			return -1
		}
	}
	for ; j < len(sn.toks) && j <= k+4; j++ {
		if timeUnit(sn.toks[j].Text) {
			return int(in.endure)
		}
	}
	return -1
}

// objectlessSense returns the first later plain verb sense of in that
// needs no object, where def, the sense chosen so far, is its first plain
// sense and needs one (all its glosses end in a preposition: 乱动 "to
// fiddle with", then "to tamper with", "to meddle with", "to move
// randomly") and the verb has none: nothing but particles after it in its
// clause, no 把 or 被 before it, and no noun but its subject before it in its
// clause, which could be the object put first (我的东西你别乱动 fiddles).
// 后面就开始乱动了, 孩子们一直在乱动 "to move randomly". -1 otherwise.
func (a *Analyzer) objectlessSense(in *entryInfo, nb *neighbours, def int) int {
	if !in.firstTakes || def < 0 || def != int(in.firstPlain) || nb == nil || nb.sn == nil || !nb.objectless || nb.in(prevDegree) {
		// (After a degree adverb a state of mind, whose object is
		// understood: 全家都很期待 "to look forward to".)
		return -1
	}
	sn, nouns := nb.sn, 0
	for j := nb.k - 1; j >= 0 && !clauseEndsAt(sn.toks, j); j-- {
		t, p := sn.toks[j].Text, sn.posOf(a, j)
		if t == "把" || t == "将" || t == "被" {
			return -1 // (他被车撞了: the object is the subject, passive)
		}
		if (strings.HasPrefix(p, "n") || p == "r") && !whenWords[t] && (j+1 >= len(sn.toks) || sn.toks[j+1].Text != "的") {
			// (Not a modifier before 的, nor the time of 上课的时候.)
			nouns++
		}
	}
	if nouns > 1 {
		return -1
	}
	return in.laterPlain(def, nb, func(i int, s string) bool { return in.marks[i].verb && !takesObject(s) })
}

// whenWords close a clause of time: 上课的时候, 吃饭以后.
var whenWords = map[string]bool{"时候": true, "时": true, "以后": true, "之后": true, "以前": true, "之前": true}

// glossPrepositions end the glosses of a verb that needs an object:
// "to fiddle with", "to care about".
var glossPrepositions = map[string]bool{
	"with": true, "on": true, "at": true, "to": true, "for": true, "about": true, "into": true,
	"of": true, "from": true, "against": true, "upon": true, "over": true,
}

// takesObject reports whether every gloss of sense s is a verb of three
// words or more ending in a preposition (glossPrepositions): "to fiddle
// with", "to tamper with".
func takesObject(s string) bool {
	n := 0
	for g := range strings.SplitSeq(stripBrackets(s), ";") {
		g = strings.TrimSpace(g)
		if g == "" {
			continue
		}
		k := strings.LastIndexByte(g, ' ')
		if !strings.HasPrefix(g, "to ") || strings.Count(g, " ") < 2 || !glossPrepositions[g[k+1:]] {
			return false
		}
		n++
	}
	return n > 0
}

// wentThere are the complements of a verb of going somewhere: 赶过去, 赶回来.
var wentThere = map[string]bool{
	"过去": true, "过来": true, "回去": true, "回来": true, "回": true, "来": true, "去": true,
	"进来": true, "进去": true, "上来": true, "上去": true,
}

// hurrySense returns in.hurry where the verb has no object: nothing but
// particles after it in its clause (往南边赶, 下了班他就往医院赶, 不用赶) or a
// complement of going (我马上赶过去). What one overtakes is an object (赶
// 不上他 is a word; 赶八点的飞机 catches); where no one is overtaken one
// hurries. -1 otherwise.
func (in *entryInfo) hurrySense(nb *neighbours) int {
	if in.hurry < 0 || nb == nil || in.firstPlain < 0 || !nb.objectless && !wentThere[nb.next] || !in.marks[in.firstPlain].verb {
		// (Only a verb first: 这个月我很忙 is busy.)
		return -1
	}
	return int(in.hurry)
}

// roleGlosses name a trade or a role one is (roleSense): 会计 "accountant",
// 护士 "nurse", 朋友 "friend".
var roleGlosses = map[string]bool{
	"accountant": true, "teacher": true, "doctor": true, "nurse": true, "lawyer": true,
	"engineer": true, "programmer": true, "designer": true, "secretary": true, "assistant": true,
	"manager": true, "waiter": true, "waitress": true, "cook": true, "chef": true, "driver": true,
	"chauffeur": true, "reporter": true, "journalist": true, "volunteer": true, "nanny": true,
	"babysitter": true, "housekeeper": true, "guide": true, "tutor": true, "cashier": true,
	"clerk": true, "salesman": true, "salesperson": true, "consultant": true, "coach": true,
	"intern": true, "broker": true, "presenter": true, "boss": true, "actor": true,
	"actress": true, "singer": true, "farmer": true, "employee": true, "housewife": true,
	"mother": true, "father": true, "friend": true, "husband": true, "wife": true,
}

// artifactGlosses name things made (usualFits keeps 做 "to make" before
// them): 软件 "software", 家具 "furniture", 衣服 "clothes".
var artifactGlosses = map[string]bool{
	"software": true, "app": true, "website": true, "product": true, "goods": true,
	"merchandise": true, "furniture": true, "clothes": true, "clothing": true, "garment": true,
	"toy": true, "cake": true, "bread": true, "dumpling": true, "cookie": true, "robot": true,
	"drone": true, "chip": true, "video": true, "handicraft": true, "pottery": true,
	"jewelry": true, "shoes": true, "gadget": true,
}

// roleSense returns in.role where the head of its object names a trade or
// a role (roleGlosses): 她在银行做会计, 他以后想做律师 "(of a person) to be"
// (not learner.txt's 做 "to do", which stays for 做作业, 做生意 and 做城市规划
// 的, whose heads name no one). -1 otherwise.
func (a *Analyzer) roleSense(in *entryInfo, nb *neighbours) int {
	if in.role < 0 || nb == nil || nb.sn == nil || a.objectHeadIn(nb.sn, nb.k, roleGlosses) < 0 {
		return -1
	}
	return int(in.role)
}

// objectHeadIn returns the index of the head noun of the object of verb
// token k, where a gloss of its first two plain senses ends in a word of
// words; -1 if none. The object runs from after the verb, past an aspect
// particle, a number, a measure word, a demonstrative and an adjective, to
// its last noun, which must close the clause or stand before 的 or a
// sentence particle: 做了一个新网站, 是做手机软件的 (软件). A verb after
// the nouns makes them a compound's modifiers, no object: 做电池回收的,
// 做葡萄酒进口生意 name no thing made.
func (a *Analyzer) objectHeadIn(sn *sentence, k int, words map[string]bool) int {
	h := -1
	for j := k + 1; j < len(sn.toks) && j <= k+5; j++ {
		if clauseEndsAt(sn.toks, j) {
			break
		}
		t, p := sn.toks[j].Text, sn.posOf(a, j)
		if h < 0 && (t == "了" || t == "过" || p == "m" || p == "q" || p == "mq" || p == "r" || p == "a" || numeralWord(t)) {
			continue
		}
		if p != "r" && p != "d" && p != "p" && p != "c" && p != "y" && !strings.HasPrefix(p, "u") && a.nounHead(sn, j) != nil {
			// (By the head entry: gse tags 会计 v.)
			h = j
			continue
		}
		if h >= 0 && (t == "的" || t == "吧" || t == "了" || t == "呢" || t == "吗" || t == "啊") {
			break
		}
		return -1
	}
	if h < 0 || !a.nounHead(sn, h).glossEndsIn(words) {
		return -1
	}
	return h
}

// acquaintSense returns in's plain sense "to get acquainted …" where the
// verb is the event of meeting, not the state of knowing: before the 的
// that closes a 是…的 clause (我们是在大学认识的, 你们怎么认识的), before
// 一下, or after 刚 or 高兴 (我们刚认识, 很高兴认识你); -1 if not (我认识
// 他很多年了 "to know").
func (in *entryInfo) acquaintSense(nb *neighbours) int {
	if in.acquaint < 0 || nb == nil || nb.sn == nil {
		return -1
	}
	event := nb.next == "一下" || nb.prev == "刚" || nb.prev == "刚刚" || nb.prev == "高兴"
	if !event && nb.next == "的" {
		j := nb.k + 2
		event = j >= len(nb.sn.toks) || clauseEndsAt(nb.sn.toks, j) || nb.sn.toks[j].Text == "吗" || nb.sn.toks[j].Text == "呢"
	}
	if !event {
		return -1
	}
	return int(in.acquaint)
}

// moodGlosses are the first glosses of a sense that says a person's state
// of mind, which a character first said of things (急 "urgent", 蔫 "to
// fade") has too.
var moodGlosses = map[string]bool{
	"hurried": true, "worried": true, "anxious": true, "listless": true, "bored": true, "depressed": true,
	"dejected": true, "nervous": true, "impatient": true, "upset": true, "annoyed": true, "irritated": true,
}

// moodSenseOf returns the index of a character's later plain sense whose
// first gloss is a state of mind (moodGlosses), -1 if none or if the
// first plain sense says one or is a noun.
func (in *entryInfo) moodSenseOf() int32 {
	if in.firstPlain < 0 || moodGlosses[in.firstGlossAt(int(in.firstPlain))] || in.marks[in.firstPlain].nounish {
		return -1 // (干 "tree trunk", whose "annoyed" is slang: 他干了一辈子)
	}
	for i := int(in.firstPlain) + 1; i < len(in.senses); i++ {
		if s := in.senses[i]; in.plain(i, s) && moodGlosses[firstGloss(s)] {
			return int32(i)
		}
	}
	return -1
}

// moodSense returns in's state of mind (moodSenseOf) where a person is in
// it: told not to be (别急, 你先别急, 不要急), or a person its subject
// (adverbs, negation and degree between) where it closes its clause or
// before 了, 得 or 什么 (我心里很急, 他整个人都蔫了, 你急什么); -1 if
// not (这件事很急 "urgent", 花都蔫了 "to fade").
func (a *Analyzer) moodSense(in *entryInfo, nb *neighbours) int {
	if in.mood < 0 || nb == nil || nb.sn == nil {
		return -1
	}
	if nb.prev == "别" || nb.prev == "不要" || nb.prev == "甭" {
		return int(in.mood)
	}
	if !nb.objectless && nb.next != "了" && nb.next != "得" && nb.next != "什么" {
		return -1
	}
	if a.personSubject(nb) {
		return int(in.mood)
	}
	return -1
}

// personSubject reports whether a person is the subject right before the
// token, past adverbs, negation and degree (我心里很急, 他整个人都蔫了, 我也
// 不太清楚): a pronoun or noun of a person, or 人.
func (a *Analyzer) personSubject(nb *neighbours) bool {
	sn := nb.sn
	j := nb.k - 1
	for ; j >= 0; j-- {
		t := sn.toks[j].Text
		if sn.posOf(a, j) != "d" && !negators[t] && !degreeAdverbs[t] && t != "心里" {
			break
		}
	}
	return j >= 0 && (a.personAt(sn, j) || sn.toks[j].Text == "人")
}

// moneySenseOf returns the index of a character's later plain verb sense
// said of money (its brackets: "to deduct (money)", "to make (money)"),
// -1 if none or if it is the first plain sense.
func (in *entryInfo) moneySenseOf() int32 {
	for i, s := range in.senses {
		if in.marks[i].verb && in.plain(i, s) && strings.Contains(s, " (money") {
			if int32(i) == in.firstPlain {
				return -1
			}
			return int32(i)
		}
	}
	return -1
}

// moneySense returns in.money where money is what the verb acts on: an
// amount after it in its clause, past 了, 过 and a person (扣了一百多, 扣了我
// 两百块钱, 迟到一次扣五十) or money or points there (扣钱, 扣分), or money
// the topic before it, past adverbs, times, 被 and 都 (工资被扣了, 话费扣了);
// -1 if not (把门扣上, 你把扣子扣好).
func (a *Analyzer) moneySense(in *entryInfo, nb *neighbours) int {
	if in.money < 0 || nb == nil || nb.sn == nil {
		return -1
	}
	sn := nb.sn
	for j, n := nb.k+1, 0; j < len(sn.toks) && n < 4; j, n = j+1, n+1 {
		if clauseEndsAt(sn.toks, j) {
			break
		}
		t := sn.toks[j].Text
		if moneyWord(t) || t == "分" || (numeralWord(t) || roundedNumeral(t)) && sumEnds(sn, j+1) {
			return int(in.money)
		}
		if t != "了" && t != "过" && !personalPronouns[t] {
			break
		}
	}
	for j := nb.k - 1; j >= 0 && j >= nb.k-5; j-- {
		if clauseEndsAt(sn.toks, j) {
			break
		}
		t := sn.toks[j].Text
		if moneyWord(t) {
			return int(in.money)
		}
		if p := sn.posOf(a, j); p != "d" && p != "t" && t != "被" && t != "给" && !negators[t] && (t != "一" || j != nb.k-1) {
			break // (一 right before it: 房租、水电费一扣 "once … are taken out")
		}
	}
	return -1
}

// sumEnds reports whether from token j to the end of its clause stand only
// numerals, measures of money and final particles: the rest of a sum (一百
// 多, 两百块钱, 五百块。; not 一块砖).
func sumEnds(sn *sentence, j int) bool {
	for ; j < len(sn.toks) && !clauseEndsAt(sn.toks, j); j++ {
		switch t := sn.toks[j].Text; t {
		case "块", "元", "块钱", "毛", "钱", "多", "来", "左右", "了", "吧", "呢", "啊":
		default:
			if !numeralWord(t) && !roundedNumeral(t) {
				return false
			}
		}
	}
	return true
}

// moneyWord reports whether w is money or a sum of it: one of moneyNouns,
// or a word ending in 钱, 费, 资, 款 or 税 (话费, 工资, 房钱, 个税).
func moneyWord(w string) bool {
	return moneyNouns[w] || compoundEndsIn(w, "钱费资款税")
}

// addressMarks are what CC-CEDICT writes in a kinship word's sense for
// someone outside the family that the word addresses or names.
var addressMarks = []string{"term of respect", "polite appellation", "polite address", "affectionate term",
	"term used to address", "form of address", "term of address"}

// kinMarks are what the first sense of a kinship word names.
var kinMarks = []string{"father", "mother", "brother", "sister", "uncle", "aunt", "wife", "husband", "grand"}

// addressSenseOf returns the index of in's later plain sense that
// addresses or names someone outside the family (addressMarks) where its
// first plain sense names a relative (kinMarks): 大爷 "(coll.) father's
// older brother", then "term of respect for older man"; -1 if none.
func (in *entryInfo) addressSenseOf() int32 {
	if in.firstPlain < 0 || !containsAny(in.senses[in.firstPlain], kinMarks) {
		return -1
	}
	for i := int(in.firstPlain) + 1; i < len(in.senses); i++ {
		if s := in.senses[i]; in.plain(i, s) && containsAny(s, addressMarks) {
			return int32(i)
		}
	}
	return -1
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// addressSense returns in's address sense (addressSenseOf) where the word
// names a stranger, not someone's relative: counted or pointed at (一个老爷子,
// 有位大爷, 那位大姐, 有的大爷, 那些大爷), after the 的 of a place or of anything but a person
// (对门的大爷, 楼下的大娘, 卖菜的大姐), or called at the head of the sentence
// (大爷，您去哪儿); -1 if not (我大爷, 我家老爷子, 他的大哥: a relative).
func (in *entryInfo) addressSense(nb *neighbours) int {
	if in.address < 0 || nb == nil {
		return -1
	}
	switch {
	case nb.prev == "的":
		if nb.sn == nil || nb.k < 2 {
			return -1
		}
		if t := nb.sn.toks[nb.k-2].Text; personalPronouns[t] || personSubject(t) || bloodKin[t] || kinWords[t] {
			return -1
		}
	case nb.prevPos == "q" || nb.prevPos == "m" || nb.prevPos == "mq" || nb.prev == "位" || nb.prev == "个" || strings.HasSuffix(nb.prev, "位") || strings.HasSuffix(nb.prev, "个") && nb.prev != "整个":
	case nb.manyBefore || nb.prev == "有的" || nb.prev == "有些":
		// (Some or many of them, a group counted: 有的大爷听了就笑, 那些
		// 大爷, 有些大娘.)
	case nb.prev == "" && nb.left == 0 && commaNext(nb):
	default:
		return -1
	}
	return int(in.address)
}

// laterSenseStarting returns the index of in's first plain sense that
// key starts (startsSense), -1 if none or if it is the first plain sense.
func (in *entryInfo) laterSenseStarting(key string) int32 {
	for i, s := range in.senses {
		if startsSense(s, key) && in.plain(i, s) {
			if int32(i) == in.firstPlain {
				return -1
			}
			return int32(i)
		}
	}
	return -1
}

// befallVerbs are what befalls a person or goes wrong, unwanted: before
// them 容易 is "likely; liable to" (liableSense), not "easy".
var befallVerbs = map[string]bool{
	"犯": true, "犯错": true, "出错": true, "出事": true, "出问题": true, "出现": true, "生病": true,
	"得病": true, "感冒": true, "发烧": true, "着凉": true, "中暑": true, "过敏": true, "受伤": true,
	"忘": true, "忘记": true, "迷路": true, "摔": true, "摔倒": true, "坏": true, "上当": true,
	"发胖": true, "长胖": true, "生气": true, "发火": true, "吵架": true, "失眠": true, "疲劳": true,
	"紧张": true, "误会": true, "误解": true, "堵车": true, "堵": true, "引起": true, "导致": true,
	"造成": true, "被": true, "掉": true, "丢": true, "上瘾": true, "失败": true,
}

// liableSense returns in's sense "likely; liable to" where an unwanted
// happening follows the token (冬天容易感冒, 他很容易生气, 老人容易被骗,
// 最容易犯的错误); -1 if not (这个问题很容易解决 stays "easy").
func (in *entryInfo) liableSense(nb *neighbours) int {
	if in.liable < 0 || nb == nil || !befallVerbs[nb.next] && !liableAhead(nb) {
		return -1
	}
	return int(in.liable)
}

// childWords are who is looked after (careSense).
var childWords = map[string]bool{
	"孩子": true, "小孩": true, "小孩儿": true, "孩子们": true, "宝宝": true, "娃": true, "娃娃": true,
	"孙子": true, "孙女": true, "儿子": true, "女儿": true, "婴儿": true,
}

// pupilWords are who is taught and led (careSense): 带学生, 带了两个徒弟,
// 带过三届毕业班.
var pupilWords = map[string]bool{
	"学生": true, "徒弟": true, "研究生": true, "博士生": true, "新人": true, "新手": true, "学徒": true,
	"毕业班": true, "队员": true, "球员": true, "选手": true, "运动员": true, "实习生": true,
}

// pupilCounted holds the words that count or size the pupils between the
// verb and them: 带了三年研究生, 带过很多学生, 带了两个徒弟.
var pupilCounted = map[string]bool{
	"个": true, "名": true, "位": true, "批": true, "届": true, "多": true, "很多": true, "不少": true,
	"好几": true, "几": true, "好多": true, "这些": true, "那些": true, "一些": true, "很": true, // (gse cuts 很 多)
}

// careSense returns a character's later sense "to look after" where a
// child is its object (after 着, 了 or 过) and is taken nowhere after it:
// 她在家带孩子, 带孩子很累, 奶奶帮我们带孩子 带 "to look after", not
// learner.txt's "to bring" (我带孩子去公园 keeps it: taken along). So too
// pupils, perhaps counted or after how long, taught and led (他带了三年研究生,
// 王老师带过很多学生, 师傅带了两个徒弟; 带学生去参观 keeps "to bring"). -1 if
// not.
func (in *entryInfo) careSense(nb *neighbours) int {
	i, _ := in.careSpan(nb)
	return i
}

// careSpan is careSense, and whether years or months of it are said (带了
// 十多年少儿篮球): no one brings a thing along for years, so that holds
// whatever the English says of taking.
func (in *entryInfo) careSpan(nb *neighbours) (int, bool) {
	if in.care < 0 || nb == nil || nb.sn == nil {
		return -1, false
	}
	toks := nb.sn.toks
	j := nb.k + 1
	for j < len(toks) && (toks[j].Text == "着" || toks[j].Text == "了" || toks[j].Text == "过") {
		j++
	}
	if j >= len(toks) {
		return -1, false
	}
	long := false
	if !childWords[toks[j].Text] { // 带了十多年少儿篮球: how long one led them
		for n := j; j < len(toks) && j < n+5; j++ {
			t := toks[j].Text
			if !pupilCounted[t] && !durationUnits[t] && !numeralWord(t) && !roundedNumeral(t) {
				break
			}
			long = long || durationUnits[t] && t != "分钟" && t != "小时" && t != "个小时" && t != "钟头" && t != "个钟头" && t != "天"
		}
		if j >= len(toks) || clauseEndsAt(toks, j) || toks[j].Text == "的" || !pupilWords[toks[j].Text] && !long {
			return -1, false
		}
	}
	if n := j + 1; n < len(toks) && !clauseEndsAt(toks, n) && strings.ContainsRune("去到回来上进出过", firstRune(toks[n].Text)) {
		return -1, false
	}
	return int(in.care), long
}

// seekSense returns the later sense "to seek" of a character first a noun
// (图 "diagram") where what one is after follows it, a quality or 个 and
// one, or 什么: 买这个就是图便宜, 我就图个方便, 你图什么 (这张图很清楚 and
// 你看这个图 keep the noun). -1 if not.
func (in *entryInfo) seekSense(nb *neighbours) int {
	if in.seek < 0 || nb == nil || nb.in(prevDeterminer) || nb.prevPos == "q" || nb.prev == "的" {
		return -1
	}
	if nb.next == "个" || nb.next == "什么" || strings.HasPrefix(nb.nextPos, "a") && !nb.in(nextDegree) {
		return int(in.seek)
	}
	return -1
}

// foremostSense returns in's later sense "most important; primary;
// foremost" (第一) before a 位 that counts no one: closing its clause,
// perhaps after 的 (健康是第一位的, 把安全放在第一位); -1 if not (第一位
// 来的客人 "first").
func (in *entryInfo) foremostSense(nb *neighbours) int {
	if in.foremost < 0 || nb == nil || nb.next != "位" || nb.sn == nil {
		return -1
	}
	toks := nb.sn.toks
	j := nb.k + 2
	if j < len(toks) && toks[j].Text == "的" {
		j++
	}
	if j < len(toks) && !clauseEndsAt(toks, j) {
		return -1
	}
	return int(in.foremost)
}

// worthSense returns in's later sense "(to be) worth" (值 "value") before
// what it is worth, an amount or money (这个东西值多少钱, 这辆车值十万,
// 值不少钱), or after 不 (不值这个价); -1 if not (这个值很高 "value").
func (in *entryInfo) worthSense(nb *neighbours) int {
	if in.worth < 0 || nb == nil {
		return -1
	}
	if beforeQuantity(nb) || nb.next == "多少" || nb.next == "钱" || nb.next == "不少" || nb.next == "很多" || nb.prev == "不" {
		return int(in.worth)
	}
	return -1
}

// dwellingGlosses name a place one lives in, which has a feeling but no
// taste (placeFeeling).
var dwellingGlosses = map[string]bool{
	"street": true, "city": true, "town": true, "village": true, "lane": true, "alley": true,
	"neighborhood": true, "district": true, "community": true,
}

// placeFeeling returns in's later sense "(fig.) feeling (of ...)" (味道)
// where its owner before 的 is a place (a noun glossed street, city,
// town, village, alley …): 街道的味道一下子就没了, 这座城市的味道 (这道菜
// 的味道 keeps "flavor; taste"); -1 if not.
func (a *Analyzer) placeFeeling(in *entryInfo, nb *neighbours) int {
	if in.feeling < 0 || nb == nil || nb.prev != "的" || nb.sn == nil || nb.k < 2 {
		return -1
	}
	if h := a.headAt(nb.sn, nb.k-2); h != nil && h.firstPlain >= 0 && h.glossEndsIn(dwellingGlosses) {
		return int(in.feeling)
	}
	return -1
}

// judgedSense returns, for a single character closing its clause as the
// complement of the 得 of a performance (degree adverbs may stand between:
// 踢得太臭了, 写得很烂), its first plain sense that judges how well a thing is done
// ("terrible", "crappy; bad"), where its first plain sense does not: a
// doing has no smell and no texture (臭 "smelly", 烂 "soft; mushy"). -1
// otherwise (这鱼有点臭了 stays "smelly").
func (a *Analyzer) judgedSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleJudged) || nb == nil || nb.sn == nil || int(in.runes) != 1 || !particlesToEnd(nb) {
		return -1
	}
	sn := nb.sn
	j := hanAt(sn, nb.k, -1)
	for j >= 0 && degreeAdverbs[sn.toks[j].Text] {
		j = hanAt(sn, j, -1)
	}
	if j < 0 || sn.toks[j].Text != "得" {
		return -1
	}
	if v := hanAt(sn, j, -1); v < 0 || !performed[sn.toks[v].Text] {
		return -1
	}
	return in.ruleSense(ruleJudged)
}

// performed are the verbs of a performance, whose complement after 得 judges
// how well it went (踢得很臭, 写得很烂), not the state of a thing (面条煮得
// 太烂了 "soft; mushy", 衣服穿得很烂 "worn out").
var performed = map[string]bool{
	"踢": true, "打": true, "写": true, "唱": true, "演": true, "说": true, "讲": true, "下": true,
	"画": true, "弹": true, "拍": true, "跳": true, "考": true, "干": true, "教": true, "翻译": true,
	"表演": true, "演奏": true, "发挥": true, "表现": true, "玩": true, "比": true, "答": true,
}

// judgingGlosses are the glosses of a sense that judges how well a thing
// is done.
var judgingGlosses = map[string]bool{
	"terrible": true, "bad": true, "crappy": true, "lousy": true, "awful": true, "poor": true, "shoddy": true,
}

// judging reports whether a gloss of sense s judges how well a thing is
// done (judgingGlosses).
func judging(s string) bool {
	for g := range strings.SplitSeq(stripBrackets(s), ";") {
		if judgingGlosses[strings.TrimSpace(g)] {
			return true
		}
	}
	return false
}

// failSense returns the plain sense "to fail" of a single character whose
// first plain sense is "to smash" (砸), where it closes its clause with
// nothing it is done to: right after a verb, whose result it is (事情办砸
// 了, 演砸了, 别弄砸了), or after its subject, no 把, 被 or 将 before it in
// the clause (演出全砸了). -1 otherwise: 把杯子砸了, 窗户被砸了, 砸了我的
// 车窗 smash.
func (a *Analyzer) failSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleFail) || nb == nil || nb.sn == nil || int(in.runes) != 1 || !particlesToEnd(nb) {
		return -1
	}
	sn := nb.sn
	f := in.ruleSense(ruleFail)
	if v := hanAt(sn, nb.k, -1); v >= 0 && utf8.RuneCountInString(sn.toks[v].Text) == 1 && strings.HasPrefix(sn.posOf(a, v), "v") && !baOrBei[sn.toks[v].Text] {
		return f // 把事情办砸了: the result of 办, whatever 把 holds
	}
	for j := nb.k - 1; j >= 0; j-- {
		t := sn.toks[j].Text
		if !isHan(firstRune(t)) && !isBlank(t) {
			break
		}
		if baOrBei[t] {
			return -1
		}
	}
	if nb.in(prevPersonal) {
		return -1 // 他砸了: what he smashed is elsewhere
	}
	return f
}

// baOrBei are the words that put the thing done to before its verb.
var baOrBei = map[string]bool{"把": true, "被": true, "将": true, "叫": true, "让": true, "给": true}

// splitStateSense returns, for a single character closing its clause as
// the predicate of the word before it, degree adverbs or a negation between
// (手头有点紧, 手很紧), where the two make a dictionary word whose first
// plain sense is no verb's (手头紧, 手紧 "short of money"), the first plain
// sense of the character that shares a content word with that word's
// senses (紧 "short of money", not "tight"), where its first plain sense
// shares none; -1 otherwise.
func (a *Analyzer) splitStateSense(in *entryInfo, nb *neighbours) int {
	if nb == nil || nb.sn == nil || int(in.runes) != 1 || in.firstPlain < 0 || !degreeOrNot(nb.prev) || !particlesToEnd(nb) {
		return -1
	}
	sn := nb.sn
	j := hanAt(sn, nb.k, -1)
	for j >= 0 && degreeOrNot(sn.toks[j].Text) {
		j = hanAt(sn, j, -1)
	}
	if j < 0 {
		return -1
	}
	entries := a.dict.Lookup(sn.toks[j].Text + in.e.Simp)
	if len(entries) == 0 {
		return -1
	}
	whole := a.info(a.resolve(headEntry(entries)))
	if whole.firstPlain < 0 || isVerbSense(whole.senses[whole.firstPlain]) {
		return -1
	}
	words := splitContent(whole.senses)
	if sharesWord(in.senses[in.firstPlain], words) {
		return -1
	}
	// (A state shared, no thing: 手机有点卡 is no 卡 "card" of 手机卡 "SIM
	// card".)
	return otherPlainSense(in, int(in.firstPlain), func(s string) bool { return predicateSense(s) && sharesWord(s, words) })
}

// degreeOrNot reports whether w grades or negates the predicate after it
// (很, 有点儿, 不太, 不).
func degreeOrNot(w string) bool {
	switch w {
	case "有点儿", "不", "不太", "不是很", "也", "还":
		return true
	}
	return degreeAdverbs[w]
}

// useSense returns the plain sense "to use" of a single character whose
// first plain sense makes someone do something ("to make", "to cause":
// 使, the 使 + sb + verb of written Chinese), where no one follows to be
// made to do anything: the verb doubled (借我使使), or before 一下 or an
// aspect particle, or closing its clause (这刀你先使着, 借我使一下). -1
// otherwise: 他使我很生气.
func (in *entryInfo) useSense(nb *neighbours) int {
	if !in.may(ruleUse) || nb == nil || int(in.runes) != 1 {
		return -1
	}
	switch {
	case nb.next == in.e.Simp || nb.prev == in.e.Simp:
	case nb.next == "一下" || nb.next == "一下儿" || aspectNext(nb) || nb.objectless:
	default:
		return -1
	}
	return in.ruleSense(ruleUse)
}

// rummageSense returns a single character's plain sense "to rummage
// through" where 出来 or 出 follows it: what is turned over until it comes
// out was searched for (把那床厚被子翻出来, 从抽屉里翻出一张旧照片), not
// "to turn over". So where a container or records are its object, past
// 了, 一下, 半天 or whose (他在翻我的手机, 翻了半天包, 我翻一下聊天记录): one
// searches them. -1 otherwise (把衣服翻过来 turns it over, 翻了个身, 翻一下书).
func (in *entryInfo) rummageSense(nb *neighbours) int {
	if !in.may(ruleRummage) || nb == nil || int(in.runes) != 1 || nb.next != "出来" && nb.next != "出" && !searchedAfter(nb) {
		return -1
	}
	return in.ruleSense(ruleRummage)
}

// searchedThings are containers and records one goes through looking for
// something (rummageSense).
var searchedThings = map[string]bool{
	"包": true, "书包": true, "抽屉": true, "柜子": true, "衣柜": true, "箱子": true, "口袋": true, "兜": true,
	"垃圾桶": true, "手机": true, "记录": true, "聊天记录": true, "短信": true, "邮件": true, "订单": true,
	"订单号": true, "单号": true, "号码": true, "手机号": true, "资料": true, "文件": true, "档案": true, "通讯录": true,
}

// searchedFillers stand between the verb and what it searches: 翻了半天包,
// 翻一下他的手机, 翻翻抽屉, 翻一下聊天记录.
var searchedFillers = map[string]bool{
	"了": true, "一下": true, "半天": true, "遍": true, "一遍": true, "我": true, "你": true, "他": true,
	"她": true, "的": true, "聊天": true, "翻": true, "过": true,
}

// searchedAfter reports whether a container or record (searchedThings) is
// the token's object, past searchedFillers.
func searchedAfter(nb *neighbours) bool {
	if nb.sn == nil || !searchedFillers[nb.next] && !searchedThings[nb.next] {
		return false
	}
	toks := nb.sn.toks
	for j := nb.k + 1; j < len(toks) && j <= nb.k+5 && !clauseEndsAt(toks, j); j++ {
		if t := toks[j].Text; searchedThings[t] {
			return true
		} else if !searchedFillers[t] {
			return false
		}
	}
	return false
}

// captureSense returns a single character's later plain sense "to take (a
// photo)" (拍, first "to pat") where a complement of result follows and
// closes the verb phrase: 到 with nothing or an object after it (监控拍到了
// 小偷, 拍到过很多画面, 能拍到月亮吗) or 下来/下 (你拍下来, 我拍下了整个过程).
// One pats someone on a place, not into a result: 拍到桌子上, 拍到我肩膀上
// (到 + a place closed by 上 or 里) and 一巴掌拍下去 keep "to pat"; -1 then.
func (in *entryInfo) captureSense(nb *neighbours) int {
	if !in.may(ruleCapture) || nb == nil || nb.sn == nil || int(in.runes) != 1 || nb.next != "到" && nb.next != "下来" && nb.next != "下" {
		return -1
	}
	photo := in.ruleSense(ruleCapture)
	if photo < 0 {
		return -1
	}
	if nb.next == "到" {
		toks := nb.sn.toks
		for j := nb.k + 2; j < len(toks) && !clauseEndsAt(toks, j); j++ {
			if t := toks[j].Text; (t == "上" || t == "里") && (j+1 >= len(toks) || toks[j+1].Text != "的") {
				return -1 // 拍到桌子上: where the hand lands
			}
		}
	}
	return int(photo)
}

// returnSense returns a single character's later plain sense with a gloss
// "to return (sth)" (退 "to reject; to return (sth)") where something is
// given back: after a modal (能退吗, 机票不能退, 我想退), or before a
// noun or pronoun, its object (退这双鞋, 退我钱). -1 otherwise: 敌人退了,
// 退一步 keep "to retreat".
func (in *entryInfo) returnSense(nb *neighbours) int {
	if !in.may(ruleReturn) || nb == nil || int(in.runes) != 1 {
		return -1
	}
	if !modalVerbs[nb.prev] && !modalsNegated[nb.prev] && !nounObjectFollows(nb) {
		return -1
	}
	return in.ruleSense(ruleReturn)
}

// modalsNegated are the modals with their negation, and the questions of
// both (能不能).
var modalsNegated = map[string]bool{
	"不能": true, "不可以": true, "能不能": true, "可不可以": true, "不想": true, "不要": true,
}

// repeatedVerbSense returns, for a single character before 得, 了 or 过
// that repeats the verb opening a verb–object word a little before it
// (包饺子，包得乱七八糟; 我们包饺子包了一下午), the first plain sense of
// the character whose verb is that word's (包饺子 "to wrap jiaozi": 包 "to
// wrap", not "to cover"); -1 if none, or if the first plain sense has it
// already.
func (a *Analyzer) repeatedVerbSense(in *entryInfo, nb *neighbours) int {
	if nb == nil || nb.sn == nil || int(in.runes) != 1 || in.firstPlain < 0 || nb.next != "得" && !aspectNext(nb) {
		return -1
	}
	sn := nb.sn
	for j, n := nb.k-1, 0; j >= 0 && n < 6; j-- {
		t := sn.toks[j].Text
		if isBlank(t) {
			continue
		}
		n++
		if utf8.RuneCountInString(t) < 2 || !strings.HasPrefix(t, in.e.Simp) {
			continue
		}
		entries := a.dict.Lookup(t)
		if len(entries) == 0 {
			return -1
		}
		whole := a.info(a.resolve(headEntry(entries)))
		if whole.firstPlain < 0 || !isVerbSense(whole.senses[whole.firstPlain]) {
			return -1
		}
		v := headVerb(whole.senses[whole.firstPlain])
		if v == "" || headVerb(in.senses[in.firstPlain]) == v {
			return -1
		}
		return otherPlainSense(in, int(in.firstPlain), func(s string) bool { return headVerb(s) == v })
	}
	return -1
}

// headVerb returns the verb of a sense's first gloss, the word after its
// "to" ("to wrap jiaozi …": "wrap"), "" if it glosses no verb.
func headVerb(s string) string {
	g := stripBrackets(s)
	if !strings.HasPrefix(g, "to ") {
		return ""
	}
	g = g[3:]
	if i := strings.IndexAny(g, " ;,"); i >= 0 {
		g = g[:i]
	}
	return g
}

// saidOfWordBeside reports whether every English word that says sense i of
// a single character says a gloss of a word before it in the sentence, of
// several characters, that holds the character (管线 "pipeline; general
// term for pipes, cables etc" for "pipes"): the English word translates
// that word, and says nothing of the character standing alone elsewhere
// (归不同的部门管). Words that chose their sense by the English claim what
// they say already (claim); this finds a word whose chosen sense the English
// did not say. (Not a word after it: 钉了一个钉子 / "hammered a nail" is the
// verb that does to the nail; nor a sense other than a noun's, which the
// longer word's verb shares: 这次考试他考得不错 / "did well on this exam"
// is 考 "to take an exam", as the English says.)
func (a *Analyzer) saidOfWordBeside(in *entryInfo, en *english, nb *neighbours, i int) bool {
	if int(in.runes) != 1 || nb.sn == nil || !in.marks[i].nounish {
		return false
	}
	sn := nb.sn
	var words map[string]bool
	for j, t := range sn.toks[:nb.k] {
		if utf8.RuneCountInString(t.Text) < 2 || !strings.Contains(t.Text, in.e.Simp) {
			continue
		}
		if hi := a.headAt(sn, j); hi != nil {
			if words == nil {
				words = map[string]bool{}
			}
			for w := range splitContent(hi.senses) {
				words[w] = true
			}
		}
	}
	if words == nil {
		return false
	}
	return en.everySayingWord(in, i, func(k int) bool { return words[stem(en.words[k])] })
}

// chargeSense returns a single character's plain sense "to be in charge
// of" where 归 or 由 names, a few words before it in its clause, who does
// it: 这事不归我管, 管线归不同的部门管, 由谁来管 (not "to take care (of)").
// -1 otherwise.
func (in *entryInfo) chargeSense(nb *neighbours) int {
	if !in.may(ruleCharge) || nb == nil || nb.sn == nil || int(in.runes) != 1 || !particlesToEnd(nb) {
		return -1
	}
	found := false
	for j, n := nb.k-1, 0; j >= 0 && n < 5; j-- {
		t := nb.sn.toks[j].Text
		if isBlank(t) {
			continue
		}
		if !isHan(firstRune(t)) {
			break
		}
		if t == "归" || t == "由" {
			found = j < nb.k-1 // someone between: 归我管
			break
		}
		n++
	}
	if !found {
		return -1
	}
	return in.ruleSense(ruleCharge)
}

// wrapSense returns a single character's later plain sense "to wrap"
// before a complement that closes something in (起来, 好, 上, 住): 把礼物
// 包起来, 包好了, 用纸包上 (not "to cover"). -1 otherwise.
func (in *entryInfo) wrapSense(nb *neighbours) int {
	if !in.may(ruleWrap) || nb == nil || int(in.runes) != 1 {
		return -1
	}
	switch nb.next {
	case "起来", "好", "上", "住":
		return in.ruleSense(ruleWrap)
	}
	return -1
}

// connectSense returns a single character's later plain sense "to
// connect" before the complement 上 (or 不上, 得上) that closes its clause
// with nothing after it: what is joined is the topic before (水带都接不上,
// 管子接上了 "to connect", not "to catch"). Where a person or a thing
// follows, it is the verb's object and its sense is the slot's and the
// English's (接上孩子 "to meet", 接不上话). -1 otherwise.
func (in *entryInfo) connectSense(nb *neighbours) int {
	if nb == nil || nb.sn == nil || int(in.runes) != 1 {
		return -1
	}
	j := hanAt(nb.sn, nb.k, 1)
	if j >= 0 && (nb.next == "不" || nb.next == "得") {
		j = hanAt(nb.sn, j, 1)
	}
	if j < 0 || nb.sn.toks[j].Text != "上" {
		return -1
	}
	for j++; j < len(nb.sn.toks) && (isBlank(nb.sn.toks[j].Text) || finalParticles[nb.sn.toks[j].Text]); j++ {
	}
	if !clauseEndsAt(nb.sn.toks, j) {
		return -1
	}
	return glossedSense(in, int(in.firstPlain), "to connect")
}

// stateAfterVerbGe reports whether the token closes its clause after a verb
// (its chosen gloss "to …") and 个: the state the verb seeks or reaches
// (图个踏实, 图个安心, 玩个痛快), which 个 does not count as a noun.
func stateAfterVerbGe(nb *neighbours) bool {
	if nb.prev != "个" || !nb.objectless || nb.sn == nil || nb.k < 1 {
		return false
	}
	v := hanAt(nb.sn, nb.k-1, -1)
	return v >= 0 && isVerbSense(nb.sn.toks[v].Gloss)
}

// tradeSense returns a single character's plain sense "(bound form) line of
// business; trade; profession" where a demonstrative (这, 那, with 一 or
// not) points at it right after a noun that names the trade (餐饮这一行,
// 保险这行, IT这一行): the noun and the demonstrative phrase are one thing
// said twice, and no measure word counts what follows (这一行利润很薄).
// -1 otherwise (这一行字 counts the characters).
func (a *Analyzer) tradeSense(in *entryInfo, nb *neighbours) int {
	if !in.may(ruleTrade) || nb == nil || nb.sn == nil || int(in.runes) != 1 {
		return -1
	}
	j := hanAt(nb.sn, nb.k, -1)
	if j >= 0 && nb.sn.toks[j].Text == "一" {
		j = hanAt(nb.sn, j, -1)
	}
	if j < 0 || nb.sn.toks[j].Text != "这" && nb.sn.toks[j].Text != "那" && nb.sn.toks[j].Text != "这一" && nb.sn.toks[j].Text != "那一" {
		return -1
	}
	if n := hanAt(nb.sn, j, -1); n < 0 || !strings.HasPrefix(nb.sn.posOf(a, n), "n") && nb.sn.posOf(a, n) != "vn" && nb.sn.posOf(a, n) != "j" || personalPronouns[nb.sn.toks[n].Text] {
		return -1
	}
	return in.tradeIndex()
}

// tradeIndex returns the index of in's plain sense "(bound form) line of
// business …", -1 if none.
func (in *entryInfo) tradeIndex() int {
	for i, s := range in.senses {
		if strings.HasPrefix(s, "(bound form) line of business") && in.plain(i, s) {
			return i
		}
	}
	return -1
}

// onlineVerbs are the characters CC-CEDICT gives a sense of what one does
// online, after their everyday ones: 晒 "(fig.) to expose and share
// (one's experiences and thoughts) on the Web", 转 "(Internet) to share
// (sb else's content)", 喷 "(slang) to criticize scathingly (esp.
// online)", 踩 "(online) to downvote", 刷 "to scroll on (a phone)".
var onlineVerbs = map[string]bool{"晒": true, "转": true, "喷": true, "踩": true, "刷": true}

// onlinePlaces are where one posts: 朋友圈 (WeChat Moments), 网上, 微博 ….
var onlinePlaces = map[string]bool{
	"朋友圈": true, "网上": true, "微博": true, "微信": true, "群里": true, "群": true, "抖音": true,
	"小红书": true, "网络": true, "论坛": true, "评论区": true, "空间": true, "社交媒体": true,
	"知乎": true, "微信群": true, "网": true, "直播间": true,
}

// sharedMedia are what one shows others by posting it: 晒照片, 晒了几张自拍.
var sharedMedia = map[string]bool{
	"照片": true, "相片": true, "自拍": true, "视频": true, "截图": true, "图": true, "图片": true,
	"合影": true, "合照": true, "自拍照": true, "美照": true,
}

// scrolledThings are what one scrolls through on a phone: 刷手机, 刷视频.
var scrolledThings = map[string]bool{"手机": true, "视频": true, "短视频": true, "新闻": true, "帖子": true}

// onlineSense returns the online sense of an onlineVerbs character (the
// first whose gloss says "(Internet)", "(online)", "online)" or "on the
// Web") where the clause puts it online: an online place before it (在朋
// 友圈晒了一张照片, 他在网上喷人) or after it (晒到朋友圈, 转到群里), or,
// for 晒, something one posts as its object (晒了几张旅游的照片, 晒自拍).
// -1 otherwise: 晒衣服, 晒太阳, 往左转, 踩了我一脚 keep their senses.
func (in *entryInfo) onlineSense(nb *neighbours) int {
	if !in.may(ruleOnline) || nb == nil || nb.sn == nil {
		return -1
	}
	i := in.ruleSense(ruleOnline)
	if i < 0 {
		return -1
	}
	toks := nb.sn.toks
	for j := nb.k - 1; j >= 0 && j >= nb.k-6 && !clauseEndsAt(toks, j); j-- {
		if onlinePlaces[toks[j].Text] {
			return i
		}
	}
	for j := nb.k + 1; j < len(toks) && j <= nb.k+8 && !clauseEndsAt(toks, j); j++ {
		if t := toks[j].Text; onlinePlaces[t] || in.e.Simp == "晒" && sharedMedia[t] || in.e.Simp == "刷" && scrolledThings[t] {
			return i
		}
	}
	return -1
}

// diedSense returns 走's sense "to die (euph.)" where 走了 follows an
// illness (生病, 病, 得病, a word ending in 病, 癌 or 症: 他去年生病走了,
// 奶奶得癌症走了, 因病走了): one who went after an illness died. -1
// otherwise (他生病了，先走了: a clause between; 他走了 leaves).
func (in *entryInfo) diedSense(nb *neighbours) int {
	if nb == nil || nb.next != "了" || in.head != headDied || !illnessWord(nb.prev) {
		return -1
	}
	return glossedSense(in, -1, "to die")
}

// illnessWord reports whether w names falling ill or an illness: 生病,
// 病, 得病, 因病, or a word ending in 病, 癌 or 症 (心脏病, 肺癌, 癌症).
func illnessWord(w string) bool {
	switch w {
	case "病", "生病", "得病", "因病", "患病", "病重":
		return true
	}
	return compoundEndsIn(w, "病癌症")
}

// aspectSense returns 地方's later sense "aspect; part" (a sense starting
// "aspect" after a first sense "place …") where the modifier before its 的
// says how a thing or a person is, not where: a likeness or a difference
// (相同, 不一样 …), a merit or a fault (厉害, 值钱, 不足 …), or what one
// understands, notes or learns (不懂, 不明白, 需要注意, 值得学习):
// 这就是它独特的地方, 你有什么不懂的地方, 两种方法有很多相似的地方. -1
// otherwise, and after a measure (一个特别的地方, 这个好玩的地方: a place),
// and where a place is done in (我住的地方, 没去过的地方).
func (in *entryInfo) aspectSense(nb *neighbours) int {
	if !in.may(ruleAspect) || nb == nil || nb.prev != "的" || nb.sn == nil || nb.k < 2 {
		return -1
	}
	i := in.ruleSense(ruleAspect)
	if i < 0 || !aspectPredicates[nb.sn.toks[nb.k-2].Text] {
		return -1
	}
	j := nb.k - 3
	if j >= 1 && degreeAdverbs[nb.sn.toks[j].Text] {
		j-- // 一个很特别的地方
	}
	if j >= 0 {
		if t := nb.sn.toks[j].Text; t == "个" || t == "这个" || t == "那个" || t == "一个" || t == "处" {
			return -1
		}
	}
	return i
}

// aspectPredicates say how a thing or a person is, what is alike or
// different in it, or what one understands, notes or learns of it: the
// modifiers that make 地方 an aspect (aspectSense).
var aspectPredicates = map[string]bool{
	"相同": true, "不同": true, "一样": true, "不一样": true, "相似": true, "类似": true, "共同": true,
	"相通": true, "相像": true, "不足": true, "厉害": true, "值钱": true, "可爱": true, "可取": true,
	"了不起": true, "高明": true, "优秀": true, "过人": true, "出色": true, "成功": true, "失败": true,
	"独特": true, "矛盾": true, "奇怪": true, "可惜": true, "遗憾": true, "不妥": true, "欠缺": true,
	"懂": true, "明白": true, "清楚": true, "理解": true, "对": true, "满意": true, "合理": true,
	"注意": true, "改进": true, "改善": true, "学习": true, "借鉴": true, "提高": true, "完善": true,
	"加强": true, "强": true, "弱": true, "毛病": true, "问题": true,
}

// counterSense returns the sense "opening providing restricted access
// (e.g. customer service window)" of 窗口 (a later sense starting
// "opening providing") where one is served at it: after a number and 号
// (三号窗口), after a word of an office or a service (servingPlaces: 政府
// 窗口, 银行的窗口, 售票窗口), or before a business done there (在窗口排
// 队, 到窗口办理, 窗口缴费). -1 otherwise: 站在窗口, 打开窗口 keep "window".
func (in *entryInfo) counterSense(nb *neighbours) int {
	if !in.may(ruleCounter) || nb == nil || nb.sn == nil {
		return -1
	}
	p := nb.prev
	if p == "的" && nb.k >= 2 {
		p = nb.sn.toks[nb.k-2].Text
	}
	if servingPlaces[p] || p == "号" && nb.k >= 2 && numeralWord(nb.sn.toks[nb.k-2].Text) || servedBusiness[nb.next] {
		return in.ruleSense(ruleCounter)
	}
	if (nb.next == "前" || nb.next == "前面" || nb.next == "口") && nb.k+2 < len(nb.sn.toks) && servedBusiness[nb.sn.toks[nb.k+2].Text] {
		return in.ruleSense(ruleCounter) // 在窗口前排队
	}
	return -1
}

// servingPlaces are the offices and services whose window serves the
// public (counterSense).
var servingPlaces = map[string]bool{
	"政府": true, "银行": true, "医院": true, "服务": true, "办事": true, "售票": true, "收费": true,
	"挂号": true, "营业": true, "车站": true, "火车站": true, "机场": true, "邮局": true, "大厅": true,
	"办事处": true, "派出所": true, "税务": true, "社保": true, "人工": true, "缴费": true, "取票": true,
}

// servedBusiness are what one does at a service window: 排队, 办理, 缴费.
var servedBusiness = map[string]bool{
	"排队": true, "办理": true, "办": true, "缴费": true, "交费": true, "付款": true, "取票": true,
	"买票": true, "咨询": true, "挂号": true, "领取": true,
}

// transferSense returns 转's sense "to transfer" (a later plain sense so
// glossed, after "to turn") where something is passed on through it: to
// someone (转给你, 转给了他), money after it, past a person (我微信转你两百,
// 转了五百块钱), money 把's object (把钱转过去), or a go-between before it
// in its clause (靠对讲机转, 通过微信转, 用支付宝转). -1 otherwise: 往左转,
// 转过身来, 转了一圈, 把身子转过去 turn.
func (in *entryInfo) transferSense(nb *neighbours) int {
	if nb == nil || nb.sn == nil || in.head != headTransfer {
		return -1
	}
	i := glossedSense(in, -1, "to transfer")
	if i < 0 {
		return -1
	}
	toks := nb.sn.toks
	if nb.next == "给" || nb.next == "账" || nb.next == "钱" || baObjectBefore(nb) && moneyWord(nb.prev) {
		return i // (把钱转过去: money 把's object)
	}
	j := nb.k + 1
	for j < len(toks) && (toks[j].Text == "了" || personalPronouns[toks[j].Text]) {
		j++
	}
	if j < len(toks) && !clauseEndsAt(toks, j) && moneyWord(toks[j].Text) {
		return i
	}
	n := j
	for n < len(toks) && (numeralWord(toks[n].Text) || roundedNumeral(toks[n].Text)) {
		n++ // (五 百 块 钱: gse cuts the sum)
	}
	if n > j && (sumEnds(nb.sn, n) || n < len(toks) && (moneyWord(toks[n].Text) || toks[n].Text == "块" || toks[n].Text == "元")) {
		return i
	}
	for j := nb.k - 1; j >= 0 && j >= nb.k-4 && !clauseEndsAt(toks, j); j-- {
		switch toks[j].Text {
		case "靠", "通过", "经过":
			return i
		case "用":
			if j+1 < nb.k && transferMeans[toks[j+1].Text] {
				return i
			}
		}
	}
	return -1
}

// transferMeans are what money or a message is passed on with, after 用:
// 用微信转, 用支付宝转 (用手转 turns).
var transferMeans = map[string]bool{
	"微信": true, "支付宝": true, "手机": true, "手机银行": true, "网银": true, "银行卡": true, "对讲机": true,
	"电台": true, "邮件": true, "短信": true,
}

// heartSense returns 难受's sense "to be difficult to bear" (of a feeling;
// its first sense "to feel unwell" is the body's) where the heart is what
// suffers: 心里 before it in its clause (我心里很难受), or news or a sight
// taken in earlier in the sentence (知道, 听说, 听到, 看到, 想到, 想起, 得知:
// 听到这个消息我难受了好几天, 看到他这样我很难受). -1 otherwise (我头疼，
// 浑身难受; 吃多了，胃里难受 keep the body's).
func (in *entryInfo) heartSense(nb *neighbours) int {
	if nb == nil || nb.sn == nil || in.head != headHeart {
		return -1
	}
	toks := nb.sn.toks
	for j, clause := nb.k-1, true; j >= 0 && j >= nb.k-14; j-- {
		t := toks[j].Text
		if clauseEndsAt(toks, j) {
			clause = false
		}
		if clause && t == "心里" || heartNews[t] {
			return glossedSense(in, -1, "to be difficult to bear")
		}
	}
	return -1
}

// heartNews are the verbs of taking in news or a sight that make one's
// heart suffer (heartSense).
var heartNews = map[string]bool{
	"知道": true, "听说": true, "听到": true, "看到": true, "看见": true, "想到": true, "想起": true,
	"得知": true, "听见": true,
}

// sunDriedSense returns the sense "to dry (…) in the sun" of a character
// first "(of the sun) to shine on" (晒) where a thing is put out in the
// sun: a noun its object (晒被子, 晒晒被子) or 把's object earlier in its
// clause (把被子拿出去晒晒). -1 otherwise, and where the sun is named
// before it (太阳晒得我头疼) or online (在朋友圈晒照片: onlineSense).
func (in *entryInfo) sunDriedSense(nb *neighbours) int {
	if !in.may(ruleSunDried) || nb == nil || nb.sn == nil {
		return -1
	}
	toks := nb.sn.toks
	thing := false
	j := nb.k + 1
	if j < len(toks) && toks[j].Text == in.e.Simp {
		j++ // 晒晒被子
	} else if j < len(toks) && strings.HasPrefix(toks[j].Text, in.e.Simp) {
		return -1 // 晒晒太阳: the word after is the verb's own phrase
	}
	if j < len(toks) && !clauseEndsAt(toks, j) && strings.HasPrefix(nb.sn.posOf(nb.a, j), "n") && !sunWords[toks[j].Text] && !sharedMedia[toks[j].Text] {
		thing = true
	}
	for j := nb.k - 1; j >= 0 && j >= nb.k-6 && !clauseEndsAt(toks, j); j-- {
		if sunWords[toks[j].Text] {
			return -1
		}
		if toks[j].Text == "把" {
			thing = true
		}
	}
	if !thing {
		return -1
	}
	return in.ruleSense(ruleSunDried)
}

// sunWords name the sun or its light.
var sunWords = map[string]bool{"太阳": true, "阳光": true, "日头": true, "太阳光": true}

// fieldSense returns 搞's sense "to go in for" where a line of work is its
// object, right after it or past 了 (workFields: 我是搞技术的, 他以前搞销售,
// 她在大学搞研究): one works in it. -1 otherwise (搞清楚, 搞点吃的, 搞砸了).
func (in *entryInfo) fieldSense(nb *neighbours) int {
	if nb == nil || nb.sn == nil || in.head != headField {
		return -1
	}
	j := nb.k + 1
	if j < len(nb.sn.toks) && nb.sn.toks[j].Text == "了" {
		j++
	}
	if j >= len(nb.sn.toks) || !workFields[nb.sn.toks[j].Text] {
		return -1
	}
	return glossedSense(in, -1, "to go in for")
}

// workFields are lines of work one is in: the objects of 搞 "to go in
// for" (fieldSense).
var workFields = map[string]bool{
	"广告": true, "技术": true, "销售": true, "研究": true, "科研": true, "艺术": true, "音乐": true,
	"设计": true, "建筑": true, "金融": true, "教育": true, "房地产": true, "电商": true, "互联网": true,
	"新闻": true, "文学": true, "体育": true, "物流": true, "外贸": true, "装修": true, "餐饮": true,
	"投资": true, "营销": true, "开发": true, "软件": true, "农业": true, "养殖": true, "摄影": true,
	"写作": true, "翻译": true, "科技": true, "IT": true, "传媒": true, "影视": true, "贸易": true,
}

// opensAt reports whether sense i, s, of in is a later plain verb sense
// glossed "… for business" or "(of a shop …)" (businessSense's).
func (in *entryInfo) opensAt(i int, s string) bool {
	return i != int(in.firstPlain) && in.marks[i].verb && in.plain(i, s) && (strings.Contains(s, "for business") || strings.HasPrefix(s, "(of a shop"))
}

// hostAfter reports whether a content word a prefix could attach to
// follows the token: a noun, a verb or an adjective by gse's tag that is
// no negation or modal verb (可控, 来年; not 可别, 可没有, 可把).
func hostAfter(nb *neighbours) bool {
	return hostPos(nb.nextPos) && !negationWord(nb.next) && !nb.in(nextModal)
}

// hostBefore reports whether a content word a suffix could attach to
// stands right before the token: a noun, a verb or an adjective by gse's
// tag that is no modal verb (参与感, 乐坏; not 会坏, nor 会 opening its
// clause).
func hostBefore(nb *neighbours) bool {
	return nb.prev != "" && hostPos(nb.prevPos) && !nb.in(prevModal)
}

// hostPos reports whether gse's tag p is a content word's an affix can
// attach to: a noun, a verb or an adjective (hostAfter, hostBefore).
func hostPos(p string) bool {
	return strings.HasPrefix(p, "n") || strings.HasPrefix(p, "v") || strings.HasPrefix(p, "a")
}

// grammarTakesObject reports whether in's grammar sense may stand before
// an object and its verb, where fill gives it whatever the English says
// (objectThenVerb): not an adverb's gloss, which says how or when of the
// verb and takes no object (老小区装电梯 is 老 "old", not "always"); a
// preposition WordNet files as an adverb stays (顺着水往下漂 "along").
func (in *entryInfo) grammarTakesObject() bool {
	g := int(in.grammar)
	if g < 0 || in.glossPOS(g) != wordnet.Adv || prepositionGloss(in.senses[g]) {
		return true
	}
	// (A function word's gloss stays, a conjunction or a focus adverb
	// WordNet files as an adverb too: 却 "but", 光 "only".)
	w, _, _ := strings.Cut(in.firstGlossAt(g), " ")
	return snowball.IsStopWord(w)
}
