package zh

import (
	"strings"
	"unicode/utf8"

	snowball "github.com/kljensen/snowball/english"

	"cika/cards/wordnet"
)

// Verb–object words split by what stands between their halves. Spoken
// Chinese puts aspect, amount and owner inside such a word: 帮我一个忙
// "do me a favour", 开了一个会 "held a meeting", 睡了个好觉, 生我的气. The
// halves alone mislead: 忙 is "busy", 开 "to open", 气 "gas; air". Where
// the two halves of a dictionary word whose first sense is a verb stand
// apart with only such words between them, each half takes its own sense
// that shares a word with the whole word's glosses (会 "meeting", 气 "to
// get angry", 见 "to meet"); a half that has none, and whose sense is no
// noun of its own (路 "road" in 走了一段路 stays), shows the whole word's
// gloss: 忙 "(帮…忙) to help", 开 "(开…会) to hold a meeting".

// splitReach is how many words may stand between the two halves.
const splitReach = 4

// splitInside are words that stand inside a split verb–object word
// whatever gse tags them: aspect (了 过 着), the owner's 的, a complement
// of completion (完), amounts (个, 点, 半) and their degree (很 多).
var splitInside = map[string]bool{
	"了": true, "过": true, "着": true, "的": true, "完": true, "个": true, "点": true,
	"半": true, "很": true, "多": true, "什么": true, "这个": true, "那个": true,
}

// splitVerbs are verbs too general to head a split word: 有点事 is no 有事.
var splitVerbs = map[string]bool{"有": true, "是": true, "在": true, "没": true, "给": true, "让": true, "叫": true, "被": true, "把": true}

// splitSense returns the gloss and sense index of token k of sn, a
// single character whose sense the English did not choose, as half of a
// split verb–object word (see above); gloss and sense, what it has
// otherwise, where it is none or the half keeps its sense. in is its
// entry.
func (a *Analyzer) splitSense(sn *sentence, k int, in *entryInfo, gloss string, sense int) (string, int) {
	if sense < 0 || sense >= len(in.senses) {
		return gloss, sense
	}
	whole, verb, object := a.splitWhole(sn, k)
	if whole == nil {
		return gloss, sense
	}
	if s := in.senses[sense]; sn.toks[k].Text == object && nounish(s) && !in.isClassifier(sense) {
		// An object that is a noun of its own: 走了一段路 "road", 签个字
		// "character". (A verb that took a noun's sense has none: 照了
		// 很多相 is no 照 "photo".) But where another sense of the object
		// says the whole word, that one: 生我的气 is 气 "to get angry"
		// (生气), not "gas; air", whatever follows it.
		words := splitContent(whole.senses)
		for i, s := range in.senses {
			if i != sense && in.plain(i, s) && !nounish(s) && sharesWord(s, words) {
				return in.shortGloss(i), i
			}
		}
		return gloss, sense
	}
	if sn.toks[k].Text == object && in.isClassifier(sense) {
		if j := hanAt(sn, k, -1); j >= 0 && utf8.RuneCountInString(sn.toks[j].Text) == 1 && countingRune(firstRune(sn.toks[j].Text)) {
			// Right after a number the object is its measure: 转了一圈
			// "lap", 翻了一番 (the verb shows the whole: "to double").
			return gloss, sense
		}
	}
	words := splitContent(whole.senses)
	if sharesWord(in.senses[sense], words) {
		return gloss, sense // 帮 "to help" in 帮…忙 already
	}
	if sn.toks[k].Text == verb && sense != int(in.firstPlain) && sense != in.firstVerbSense() && sense != int(in.usualVerb) && !a.doublesWord(sn, k) {
		// A verb whose sense the words around it chose, not its first
		// one: 刮了一夜的风 "to blow (of the wind)" (namedSense). (Not a
		// doubled verb: 点了点头 is no 点 "to order (food etc)", the
		// sense a learner meets first.)
		return gloss, sense
	}
	for i, s := range in.senses {
		if in.plain(i, s) && sharesWord(s, words) {
			return in.shortGloss(i), i // 开…会 "meeting; gathering"
		}
	}
	if m := a.measuredAfterNumber(sn, k, object); m != nil && sn.toks[k].Text == verb {
		// The object a measure right after its number counts the doing,
		// no object of the word: 闹钟响了三遍 "to make a sound", 找了一遍
		// "to look for" (not 响遍 "to resound (all over the place)", 找遍
		// "to search everywhere"); the verb's sense that shares a word
		// with the measure's, if one does: 转了一圈 "to circle about"
		// (圈 "circle"), not 转圈 "to rotate".
		words := splitContent(m.senses)
		for i, s := range in.senses {
			if in.plain(i, s) && isVerbSense(s) && sharesWord(s, words) {
				return in.shortGloss(i), i
			}
		}
		return gloss, sense
	}
	if sn.toks[k].Text == verb {
		// The verb half shows the whole word's gloss, for the learner who
		// meets the halves apart, but names its own sense, chosen as
		// before (拉…手 "to pull", 接…单 "to receive"): a card
		// and `annotate --json` name a dictionary sense of the character,
		// and JUDGEMENTS.md judges a verb half by them (接 of a split 接班,
		// 打 of 打…电话). The object half names none: its senses are
		// mostly another word's (折 "to fold" of 打…折). A verb half whose
		// sense is no verb names its first verb sense (充…电 "to fill", not
		// "sufficient; full"); a verb sense the whole word's gloss says in
		// related words names that one (relatedVerbSense: 受…伤 "to
		// suffer"), else its sense that makes verb–object phrases, if it
		// has one (verbObjectSense: 打…折). Naming none loses (validate
		// −1, held-out −2).
		if v := in.slotVerb(); v >= 0 && !isVerbSense(in.senses[sense]) {
			sense = v
		}
		if r := relatedVerbSense(in, whole.senses); r >= 0 {
			sense = r
		} else if l := in.verbObjectSense(); l >= 0 {
			sense = l
		}
		return "(" + verb + "…" + object + ") " + whole.gloss, sense
	}
	return "(" + verb + "…" + object + ") " + whole.gloss, -1
}

// measuredAfterNumber returns the entry of object, the second half of a
// split word whose verb is token k of sn, where it stands right after a
// number of one character (一, 三, 几) and can be a measure word (转了一圈,
// 响了三遍); nil otherwise.
func (a *Analyzer) measuredAfterNumber(sn *sentence, k int, object string) *entryInfo {
	for j, n := k+1, 0; j < len(sn.toks) && n <= splitReach; j++ {
		if sn.toks[j].Text != object {
			if !isBlank(sn.toks[j].Text) {
				n++
			}
			continue
		}
		p := hanAt(sn, j, -1)
		if p < 0 || utf8.RuneCountInString(sn.toks[p].Text) != 1 || !countingRune(firstRune(sn.toks[p].Text)) {
			return nil
		}
		// (Not a fraction, what is given: 打八折 is 打折 "to give a
		// discount".)
		for _, e := range a.dict.Lookup(object) {
			if in := a.info(e); in.classifierSense() >= 0 && in.fractionSense() < 0 {
				return in
			}
		}
		return nil
	}
	return nil
}

// splitWhole returns the entry of the split verb–object word token k of
// sn is a half of, and its two halves; nil if none: a single character
// that is no function word or modal verb, then up to splitReach words
// inside such a word (splitInsideAt; no ordinal: 得了第一名 is no 得名),
// then the object, another single character or, after the verb, a word
// of two (开个玩笑, 挂了急诊), that is not a particle, an adverb or a
// numeral and that ends its phrase (no noun or verb after it, whose
// measure or modifier it would be: 下了一场大雨, 研发出一种新药), the two a
// headword whose first plain sense is a verb ("to …").
func (a *Analyzer) splitWhole(sn *sentence, k int) (whole *entryInfo, verb, object string) {
	t := sn.toks[k].Text
	if utf8.RuneCountInString(t) != 1 {
		return nil, "", ""
	}
	if in, object := a.doubledWhole(sn, k, t); in != nil {
		return in, t, object
	}
	for _, step := range [2]int{1, -1} {
		n := 0
		for j := k + step; j >= 0 && j < len(sn.toks); j += step {
			u := sn.toks[j].Text
			if isBlank(u) {
				continue
			}
			if !isHan(firstRune(u)) || strings.HasPrefix(u, "第") {
				break
			}
			if n > 0 && (utf8.RuneCountInString(u) == 1 || step > 0 && utf8.RuneCountInString(u) == 2) {
				// (An object of two characters after the verb, the
				// phrases of three CC-CEDICT lists whole: 开了个玩笑, 量了
				// 体温, 挂了急诊 "to register (at a hospital)".)
				verb, object, first, last := t, u, k, j
				if step < 0 {
					verb, object, first, last = u, t, j, k
				}
				if a.splitHalves(sn, verb, object, first, last) {
					if in := a.splitEntry(verb + object); in != nil {
						return in, verb, object
					}
				}
			}
			if object, ok := countedLast(u); ok && step > 0 && !measuredAlready[u] && !adverbialAmounts[u] && a.splitHalves(sn, t, object, k, j) {
				// A number and the object in one word: 翻了三倍 (gse's
				// 三倍) as 翻了一倍 (not 一下, an amount of doing: 拿一下).
				if in := a.splitEntry(t + object); in != nil {
					return in, t, object
				}
			}
			if n >= splitReach || !a.splitInsideAt(sn, j) {
				break
			}
			n++
		}
	}
	return nil, "", ""
}

// countedLast returns the last character of w where the characters before
// it are a number (三倍, 两倍), and whether they are.
func countedLast(w string) (string, bool) {
	r, size := utf8.DecodeLastRuneInString(w)
	if size == 0 || size == len(w) || !numeralWord(w[:len(w)-size]) {
		return "", false
	}
	return string(r), true
}

// doubledWhole returns the entry of the verb–object word after token k of
// sn (t, its text) whose verb token k repeats, and the word's object; nil
// if none. Doubling the verb does it briefly, the word written whole the
// second time: 点了点头, 摇了摇头, 散散步, 聊聊天 (点 "to nod", not
// learner.txt's "to order (food etc)"). The word follows right after
// token k or past 了 or 一, and ends its phrase.
func (a *Analyzer) doubledWhole(sn *sentence, k int, t string) (*entryInfo, string) {
	j := hanAt(sn, k, 1)
	if j >= 0 && (sn.toks[j].Text == "了" || sn.toks[j].Text == "一" || sn.toks[j].Text == "不" || sn.toks[j].Text == "没") {
		// (Or past 不 or 没, the question X不X asked of the word: 开不开药,
		// 你吃不吃饭.)
		j = hanAt(sn, j, 1)
	}
	if j < 0 {
		return nil, ""
	}
	w := sn.toks[j].Text
	if utf8.RuneCountInString(w) != 2 || !strings.HasPrefix(w, t) {
		return nil, ""
	}
	// (The word lists after the tests above, which fail for most tokens
	// and cost no map lookup.)
	if functionWords[t] || modalVerbs[t] || splitVerbs[t] {
		return nil, ""
	}
	if n := hanAt(sn, j, 1); n >= 0 {
		// The word ends its phrase: 翻了翻桌上的报纸 is no 翻桌.
		if p := sn.posOf(a, n); strings.HasPrefix(p, "n") || strings.HasPrefix(p, "v") || p == "f" {
			return nil, ""
		}
	}
	if in := a.splitEntry(w); in != nil {
		return in, w[len(t):]
	}
	return nil, ""
}

// doublesWord reports whether token k of sn is the first of a doubled
// verb (doubledWhole).
func (a *Analyzer) doublesWord(sn *sentence, k int) bool {
	in, _ := a.doubledWhole(sn, k, sn.toks[k].Text)
	return in != nil
}

// splitHalves reports whether verb and object, tokens first and last of
// sn, may be the halves of a split word (see splitWhole): the verb is
// one by gse's tag (早点来 is no 早来), and no doubled verb (谈一谈).
func (a *Analyzer) splitHalves(sn *sentence, verb, object string, first, last int) bool {
	if verb == object || functionWords[verb] || modalVerbs[verb] || splitVerbs[verb] || numeralWord(object) || countingRune(firstRune(object)) {
		return false
	}
	if p := sn.posOf(a, first); !strings.HasPrefix(p, "v") && p != "zg" && !(strings.HasPrefix(p, "n") && a.anyEntry(verb, hasVerbSense)) {
		return false // (gse tags 结 in 他们结了婚, 理 in 我理了个发 nouns)
	}
	switch p := sn.posOf(a, last); {
	case strings.HasPrefix(p, "u"), p == "y", p == "p", p == "c", p == "d":
		return false // a particle or an adverb: 了…了, 中了…的
	}
	for j := last + 1; j < len(sn.toks); j++ {
		if t := sn.toks[j].Text; !isBlank(t) {
			if !isHan(firstRune(t)) {
				return true
			}
			p := sn.posOf(a, j)
			return !strings.HasPrefix(p, "n") && !strings.HasPrefix(p, "v")
		}
	}
	return true
}

// splitInsideAt reports whether token j of sn may stand inside a split
// verb–object word: splitInside, or a numeral, a measure word, a pronoun,
// an adjective or a time by gse's tag (帮我一个忙, 睡了个好觉, 见过一次面,
// 跳了一晚上舞), a noun before 的, whose the object is (生妈妈的气, 帮朋友的
// 忙), or a unit of time (睡了八个小时觉).
func (a *Analyzer) splitInsideAt(sn *sentence, j int) bool {
	t := sn.toks[j].Text
	if splitInside[t] || potentialInside(sn, j) {
		return true
	}
	switch p := sn.posOf(a, j); {
	case p == "m" || p == "mq" || p == "q" || p == "r" || p == "a":
		return !modalVerbs[t]
	case p == "t":
		return true // how long: 跳了一晚上舞
	case strings.HasPrefix(p, "n"):
		if n := hanAt(sn, j, 1); n >= 0 && sn.toks[n].Text == "的" {
			return true
		}
	}
	return timeUnit(t) // 睡了八个小时觉
}

// potentialInside reports whether token j of sn is a potential complement
// inside a split word, 不 or 得 and the result after it: 帮不上忙, 见不了面,
// 帮得上忙 (gse makes some one word: 睡不好觉); not 得 and what is itself
// the complement (说得通 is no 说通).
func potentialInside(sn *sentence, j int) bool {
	switch t := sn.toks[j].Text; t {
	case "不好", "不了", "不上", "不完", "不成", "得了", "得上", "得好":
		return true
	case "不", "得":
		n := hanAt(sn, j, 1)
		return n >= 0 && potentialResults[sn.toks[n].Text]
	default:
		// (A result is one character, three bytes: tested before the map.)
		if len(t) != 3 || !potentialResults[t] {
			return false
		}
		p := hanAt(sn, j, -1)
		return p >= 0 && (sn.toks[p].Text == "不" || sn.toks[p].Text == "得")
	}
}

// potentialResults are the results a potential complement names after 不
// or 得 inside a split word (帮不上忙, 见不了面).
var potentialResults = map[string]bool{
	"上": true, "了": true, "着": true, "好": true, "完": true, "到": true, "起": true,
	"下": true, "成": true, "动": true,
}

// splitEntry returns the entry of headword w if its first plain sense is
// a verb, nil otherwise.
func (a *Analyzer) splitEntry(w string) *entryInfo {
	entries := a.dict.Lookup(w)
	if len(entries) == 0 {
		return nil
	}
	in := a.info(a.resolve(headEntry(entries)))
	if in.firstPlain < 0 || !isVerbSense(in.senses[in.firstPlain]) {
		return nil
	}
	return in
}

// splitContent returns the stems of the content words of senses: not
// function words, not light verbs, not "sb", "sth", "one's".
func splitContent(senses []string) map[string]bool {
	out := map[string]bool{}
	for _, s := range senses {
		for _, w := range splitWords(strings.ToLower(stripBrackets(s))) {
			if len(w) < 3 || snowball.IsStopWord(w) || w == "sth" || w == "one's" {
				continue
			}
			if st := stem(w); !lightVerb(st) {
				out[st] = true
			}
		}
	}
	return out
}

// sharesWord reports whether sense s has a content word whose stem is in
// words.
func sharesWord(s string, words map[string]bool) bool {
	for _, w := range splitWords(strings.ToLower(stripBrackets(s))) {
		if len(w) >= 3 && !snowball.IsStopWord(w) && words[stem(w)] && !lightVerb(stem(w)) {
			return true
		}
	}
	return false
}

// firstVerbSense returns the index of the first plain sense of in that
// glosses a verb, -1 if none.
func (in *entryInfo) firstVerbSense() int {
	for i, s := range in.senses {
		if in.plain(i, s) && isVerbSense(s) {
			return i
		}
	}
	return -1
}

// relatedVerbSense returns the first plain verb sense of in that has a
// word WordNet makes an inflection, a derivation or a synonym of a content
// word of whole, the senses of the split word in is the verb of; -1 if
// none. The whole word's gloss says which of a polysemous verb's senses
// its half is, in other words than the half's: 受…伤 "to sustain
// injuries" is 受 "to suffer" (sustain, suffer), 开…药 "to prescribe
// medicine" is 开 "to write out (a prescription, check, invoice etc)"
// (prescribe, prescription), not the first "to receive" and "to open".
// (Not a related word one step away, a hypernym: too loose for a verb.)
func relatedVerbSense(in *entryInfo, whole []string) int {
	var ws []string
	for _, s := range whole {
		ws = appendSplitContent(ws, s)
	}
	var own []string
	for i, s := range in.senses {
		if !in.plain(i, s) || !isVerbSense(s) {
			continue
		}
		own = appendSplitContent(own[:0], s)
		for _, w := range own {
			for _, v := range ws {
				if k := wordnet.Relate(w, v); k != 0 && k <= wordnet.Synonym {
					return i
				}
			}
		}
	}
	return -1
}

// appendSplitContent appends to ws the content words of sense s, in lower
// case, its brackets' words included: what splitContent keeps, unstemmed
// for WordNet.
func appendSplitContent(ws []string, s string) []string {
	for _, w := range splitWords(strings.ToLower(s)) {
		if len(w) >= 3 && !snowball.IsStopWord(w) && w != "sth" && w != "one's" && !lightVerb(stem(w)) {
			ws = append(ws, w)
		}
	}
	return ws
}

// verbObjectSense returns the first plain sense of in that says the
// character makes verb–object phrases with its objects (打 "a
// semantically light, transitive verb that is combined with various
// grammatical objects to form compound verbs and verb-object phrases"),
// -1 if none: the verb half of a split verb–object word is that sense (打…折
// "to give a discount", 打个车, 打过工), as JUDGEMENTS.md judges 打 before
// its object (打篮球, 打疫苗), not "to hit; to strike".
func (in *entryInfo) verbObjectSense() int {
	for i, s := range in.senses {
		if in.plain(i, s) && strings.Contains(s, "verb-object") {
			return i
		}
	}
	return -1
}
