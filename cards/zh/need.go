package zh

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"cika/cards/wordnet"
)

// What a sense asks of the words around it. CC-CEDICT writes it in the
// sense's leading note: 出来 chu5 lai5 "(after a verb, indicates coming
// out …)", 那么 "(before a number) … or so", 左右 "(after a number)". A
// sense whose need the sentence does not meet is not the sense of the
// token, whatever the English says ("so" in a long translation does not
// make 那么你的观点 "… or so"); a sense whose need is met is the one the
// construction calls for.

// senseNeed is the neighbour a sense's note asks for.
type senseNeed uint8

const (
	needNone             senseNeed = iota
	needVerbBefore                 // "(after a verb …)", "(used after a verb)"
	needComplementBefore           // "(directional complement)": 推开, 绕不开
	needVerbAfter                  // "(before a verb)"
	needNumberBefore               // "(after a number)", "(after a numeral)", "(used after a quantity)"
	needNumberAfter                // "(before a number)"
	needNounBefore                 // "(after a noun)"
	needNounAfter                  // "(before a noun)"
	needNegation                   // "(usu. used in the negative)": 不用 "need not", 断不能
	needNameAfter                  // "prefix used before the surname of a person or a numeral": 老王, 老三
	needMotionBefore               // "(after a verb of motion …)": 拿去, 跑去; not 打算去
	needPredicateAfter             // "(before an adjective …)": 好漂亮 "so"; not 好消息
	needTriedBefore                // 看 "(after a verb) to give it a try": 试试看, 想一下看; not 回头看
	needQuestion                   // "(in an interrogative sentence)": 你究竟想要什么？
	needWordBefore                 // "(after 得[de5])", "(pattern: {verb} + 個|个[ge5] + ~)": wordBefore
)

// needOf reads the need of a sense from its leading note, or from a note
// anywhere in it that the sense lives in negative sentences (用 "to need;
// to have to (usu. used in the negative or in questions)": 可用 is not
// "to need").
func needOf(sense string) senseNeed {
	if (strings.Contains(sense, "used in the negative") || strings.Contains(sense, "usu. in the negative")) && !strings.Contains(sense, "often used in the negative") {
		// ("Often" is no need: 我很在乎你 "(often used in the negative)
		// to care about".)
		return needNegation
	}
	if strings.HasPrefix(sense, "prefix used before the surname") {
		return needNameAfter // 老 "…": 老同学 is "old", 老王 the prefix
	}
	if !strings.HasPrefix(sense, "(") {
		return needNone
	}
	end := strings.IndexByte(sense, ')')
	if end < 0 {
		end = len(sense)
	}
	note := strings.ToLower(sense[1:end])
	if strings.HasPrefix(note, "after a verb") && strings.Contains(sense[end:], "give it a try") {
		return needTriedBefore
	}
	if len(wordsBefore(sense)) > 0 {
		return needWordBefore
	}
	note = strings.TrimPrefix(note, "used ")
	if strings.HasPrefix(note, "before an adjective") && !strings.HasPrefix(note, "before an adjective or verb") {
		return needPredicateAfter
	}
	for _, n := range [...]struct {
		prefix string
		need   senseNeed
	}{
		{"after a verb of motion", needMotionBefore},
		{"after a verb", needVerbBefore},
		{"verb suffix", needVerbBefore},                  // 过去 guo4 qu5
		{"verb complement", needVerbBefore},              // 上来 "(verb complement indicating success)"
		{"directional complement", needComplementBefore}, // 开 "away; off"
		{"result complement", needVerbBefore},            // 住: 把握住, 记不住
		{"before a verb", needVerbAfter},
		{"after a number", needNumberBefore},
		{"after a numeral", needNumberBefore},
		{"after a quantity", needNumberBefore},
		{"before a number", needNumberAfter},
		{"before a numeral", needNumberAfter},
		{"after a noun", needNounBefore},
		{"before a noun", needNounAfter},
		{"in an interrogative sentence", needQuestion},
		{"in interrogative sentences", needQuestion},
		{"in a question", needQuestion},
	} {
		if strings.HasPrefix(note, n.prefix) {
			return n.need
		}
	}
	return needNone
}

// questionAhead reports whether the sentence of the token, from the token
// to its end (。！？), asks a question: a question mark ends it or a
// question word (questionWords, construction.go; not 还是, "still" as
// often as "or") or 吗 stands in it (我们究竟要构建何种系统？, 你究竟想要
// 什么; not 他究竟还是个孩子).
func questionAhead(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	for j := nb.k + 1; j < len(nb.sn.toks); j++ {
		t := nb.sn.toks[j].Text
		switch {
		case strings.ContainsAny(t, "?？"):
			return true
		case strings.ContainsAny(t, "。！!.;；"):
			return false
		case questionWords[t] && t != "还是" || t == "吗":
			return true
		}
	}
	return false
}

// motionVerbs are the verbs of motion after which 去 or 来 says the
// direction: 拿去, 跑回来. (After 打算 or 想, 去 is "to go".)
var motionVerbs = map[string]bool{
	"走": true, "跑": true, "飞": true, "回": true, "进": true, "出": true, "上": true, "下": true,
	"过": true, "起": true, "带": true, "拿": true, "送": true, "搬": true, "寄": true, "传": true,
	"跳": true, "爬": true, "游": true, "骑": true, "赶": true, "冲": true, "滚": true, "逃": true,
	"追": true, "派": true, "扔": true, "拉": true, "推": true, "开": true, "流": true, "转": true,
	"退": true, "打车": true, "开车": true, "坐车": true, "飞回": true, "走回": true,
}

// directionalComplements follow a verb or adjective and say where it goes
// or that it begins: 好起来, 冷下去.
var directionalComplements = map[string]bool{"起来": true, "下去": true, "下来": true, "起": true, "上来": true, "过来": true}

// apartVerbs move things apart or away: after them 开 is the complement
// "away; off" (推开, 躲开, 切开), 上 "up" (关上 is 上's own rule).
var apartVerbs = map[string]bool{
	"推": true, "拉": true, "搬": true, "躲": true, "让": true, "切": true, "拆": true, "撕": true,
	"剪": true, "踢": true, "掀": true, "移": true, "挪": true, "闪": true, "张": true, "睁": true,
	"揭": true, "劈": true, "撬": true, "挤": true, "分": true, "散": true, "传": true, "解": true,
}

// verbObjectVerbs take a verb for object: 坚持跑完全程 is "to run", not
// the complement "away" (a verb of motion after them is their object;
// other complements stay: 坚持一下, 学习到).
var verbObjectVerbs = map[string]bool{
	"坚持": true, "喜欢": true, "开始": true, "继续": true, "决定": true, "学": true, "学习": true,
	"学会": true, "爱": true, "讨厌": true, "害怕": true, "怕": true, "停止": true, "忘记": true,
	"负责": true, "试图": true, "尝试": true, "习惯": true, "敢于": true, "善于": true,
	"打算": true, "准备": true, "拒绝": true, "放弃": true, "避免": true, "值得": true, "懂得": true, "试着": true,
}

// clauseVerbs take a clause for object, not a complement: 我认为过去五年
// is "the past five years".
var clauseVerbs = map[string]bool{
	"认为": true, "觉得": true, "知道": true, "希望": true, "相信": true, "发现": true, "表示": true,
	"以为": true, "感觉": true, "担心": true, "记得": true, "听说": true, "确保": true, "看到": true,
	"表明": true, "意识到": true, "认识到": true, "想": true, "证明": true, "显示": true,
}

// thoughtUp reports whether 想 before the token is the verb it completes,
// "to think up" (谁想出来的, 想出来一个办法, 想不出来), not the clause verb
// or the modal "to want" whose verb the token is: no verb or adjective
// follows (想出来走走 "to want to come out for a walk"). 想起来 is
// recalled's.
func thoughtUp(nb *neighbours) bool {
	return nb.prev == "想" && nb.sn != nil && nb.sn.toks[nb.k].Text == "出来" && !nb.predicateNext
}

// met reports whether the neighbours meet need (true for needNone).
func (need senseNeed) met(nb *neighbours) bool {
	switch need {
	case needVerbBefore:
		// 跳了起来, 说出来: a verb, or 了 after one; not 来 or 去 before
		// the verb of their purpose (目前来看 "as things look now").
		// (Nor after a modal verb, whose verb the token is: 要住三天,
		// 会好的; 准备好 is the complement.)
		// (Nor after 多 or 少 before the verb's object: 很少看电视, 多吃
		// 蔬菜, where they are adverbs.)
		if (nb.prev == "多" || nb.prev == "少") && isObjectPos(nb.nextPos) {
			return false
		}
		// (Nor after the copula 是, which nothing completes: 这是好的开始
		// "good", 他是来帮忙的 "to come".)
		if recalled(nb) || thoughtUp(nb) {
			return true // 我想起来了 "I remember" (readings.go), 谁想出来的
		}
		if nb.prev == "是" || nb.prev == "来" || nb.prev == "去" || clauseVerbs[nb.prev] || nb.in(prevModal) && nb.prev != "准备" && nb.prev != "打算" && nb.prev != "需要" || verbObjectVerbs[nb.prev] && nb.sn != nil && motionVerbs[nb.sn.toks[nb.k].Text] {
			return false
		}
		if !nb.potential && subjectBeforeMotion(nb) {
			return false
		}
		return strings.HasPrefix(nb.prevPos, "v") || nb.prevPos == "a" || nb.prev == "了" || nb.prevVerbal || nb.potential
	case needComplementBefore:
		// 绕不开, 推开门: after 不 or 得 and the verb it completes, or right
		// after a verb that moves things apart (not after a modal verb,
		// whose verb it is: 要开会; nor 花开了, the flowers opening).
		return nb.potential || apartVerbs[nb.prev]
	case needVerbAfter:
		// (Not a directional complement: 好起来 is "good" getting so,
		// not "(before a verb) easy to".)
		return nb.predicateNext && !directionalComplements[nb.next]
	case needNumberBefore:
		// (Not after 号: a number and its 号 label the noun after them,
		// they do not count it: 地铁三号线, 坐十号线 "line", not 线
		// "(after a number) tier" of 二线城市; 三号楼, 五号门.)
		if strings.HasSuffix(nb.prev, "号") {
			return false
		}
		// (Not after a numeral that holds its measure word: 我们俩点了三
		// 个菜 "to order".)
		return nb.afterNumeral || nb.prevPos == "m" && !measuredAlready[nb.prev] || nb.prevPos == "q" || numeralWord(nb.prev)
	case needNumberAfter:
		// (多, 少 and 些 say an amount, not a number: 那么多 "so many",
		// not "… or so".)
		if nb.next == "多" || nb.next == "少" || nb.next == "些" {
			return false
		}
		return nb.nextPos == "m" || numeralWord(nb.next) || nb.digitNext
	case needNounBefore:
		return strings.HasPrefix(nb.prevPos, "n")
	case needNounAfter:
		return strings.HasPrefix(nb.nextPos, "n")
	case needPredicateAfter:
		return (strings.HasPrefix(nb.nextPos, "a") || nb.predicateNext) && !directionalComplements[nb.next]
	case needMotionBefore:
		// (Not before a place: 打车去公司 "to go" to the office.)
		return motionVerbs[nb.prev] && !strings.HasPrefix(nb.nextPos, "n")
	case needNameAfter:
		return strings.HasPrefix(nb.nextPos, "nr") || nb.nextPos == "m" || numeralWord(nb.next)
	case needQuestion:
		return questionAhead(nb)
	case needTriedBefore:
		// Trying is a verb done briefly before it, closing the clause:
		// doubled (试试看, 想想看, 尝一尝看) or with 一下 (问一下看), or
		// 试 itself; not any verb (回头看 "to look back", 抬头看).
		if !nb.clauseEnd {
			return false
		}
		if nb.prev == "一下" || nb.prev == "一下儿" || nb.prev == "试" {
			return true
		}
		if r, size := utf8.DecodeRuneInString(nb.prev); size > 0 && size < len(nb.prev) && nb.prev == string(r)+string(r) {
			return true
		}
		if nb.sn != nil && nb.k >= 2 && nb.sn.toks[nb.k-2].Text == nb.prev {
			return true // 想 想 看, 尝 一 尝 看 split by the segmenter
		}
		return nb.sn != nil && nb.k >= 3 && nb.sn.toks[nb.k-2].Text == "一" && nb.sn.toks[nb.k-3].Text == nb.prev
	case needNegation:
		switch nb.prev {
		case "不", "没", "没有", "别", "无", "未", "甭", "毋", "不必", "沒", "沒有", "無":
			return true
		}
		return false
	}
	return true
}

// needFits reports whether sense i of in may be the sense of a token with
// neighbours nb (nil: nothing is known, every sense may).
func (in *entryInfo) needFits(i int, nb *neighbours) bool {
	return nb == nil || in.needMet(i, nb)
}

// needMet is met for sense i of in: a need of a word before reads the
// words from the sense (wordsBefore), the other needs ask nb alone.
func (in *entryInfo) needMet(i int, nb *neighbours) bool {
	if need := in.marks[i].need; need != needWordBefore {
		return need.met(nb)
	}
	return slices.Contains(wordsBefore(in.senses[i]), nb.prev)
}

// wordsBefore returns the words a sense's leading note asks to stand
// right before the token, where it names them all: "(after 得[de5])
// very" 得, "(used after 得[de2] …, or after 不[bu4] …)" 得 and 不,
// 不了's "(pattern: {verb} + 個|个[ge5] + ~) without end" 个 (吃不了 is
// no "without end"; 说个不了 is). A note whose list is open ("after
// 不[bu4] or 只[zhi3] or 何[he2] etc") or that names no word asks nothing
// here. Each word is written as CC-CEDICT cites one, traditional|simplified
// then its reading in brackets; both forms are returned.
func wordsBefore(sense string) []string {
	if !strings.HasPrefix(sense, "(") {
		return nil
	}
	end := strings.IndexByte(sense, ')')
	if end < 0 {
		return nil
	}
	note := sense[1:end]
	if strings.Contains(note, "etc") {
		return nil
	}
	if rest, ok := strings.CutPrefix(note, "pattern: "); ok {
		// The element right before the word itself (~).
		before, _, found := strings.Cut(rest, " + ~")
		if !found {
			return nil
		}
		if plus := strings.LastIndex(before, " + "); plus >= 0 {
			before = before[plus+3:]
		}
		return citedWords(before)
	}
	rest, ok := strings.CutPrefix(strings.TrimPrefix(note, "used "), "after ")
	if !ok {
		return nil
	}
	var words []string
	for {
		// Only the cited words themselves: "as in 谈得来[…]" is an
		// example.
		head, _, _ := strings.Cut(rest, " ")
		ws := citedWords(strings.TrimSuffix(head, ","))
		if len(ws) == 0 {
			return nil
		}
		words = append(words, ws...)
		i := strings.Index(rest, "or after ")
		if i < 0 {
			return words
		}
		rest = rest[i+len("or after "):]
	}
}

// citedWords reads a word cited as CC-CEDICT cites one, 個|个[ge5] or
// 得[de5]: its forms before the reading; nil if s is no such citation.
func citedWords(s string) []string {
	forms, _, ok := strings.Cut(s, "[")
	if !ok || forms == "" || !strings.HasSuffix(s, "]") {
		return nil
	}
	ws := strings.Split(forms, "|")
	for _, w := range ws {
		for _, r := range w {
			if !unicode.Is(unicode.Han, r) {
				return nil
			}
		}
	}
	return ws
}

// needEntry is +1 when the first free sense of in has a need that nb
// meets (起来 qi5 lai5 "(after a verb) …" in 跳了起来), -1 when it has one
// that nb does not meet (起来 at the head of a clause), 0 otherwise: how
// the neighbours weigh an entry among a word's entries.
func (in *entryInfo) needEntry(nb *neighbours) float64 {
	if nb == nil || in.needSense < 0 {
		return 0
	}
	switch need := in.marks[in.needSense].need; {
	case need == needNone:
		return 0
	case in.needMet(int(in.needSense), nb):
		return 1
	}
	return -1
}

// completesVerbBefore reports whether in is an entry whose first free
// sense completes the verb right before the token ("(after a verb,
// indicates coming out …)": 跑了出来, 找出来, 做出来的碗) and that verb is
// one: then the English does not choose another entry. A translation
// says the whole motion with its own verb ("came running out", "dig out",
// "came out round"), which names 出来 "to come out" without making the
// token the verb of its clause. The word before must be a verb by gse's
// tag and by the dictionary, or 了, not looked behind: 了 before 出来
// follows a verb (跑了出来). (gse tags 邻居 a verb in 让邻居出来认一下,
// where 出来 is "to come out".)
func (a *Analyzer) completesVerbBefore(in *entryInfo, nb *neighbours) bool {
	if nb == nil || in.needSense < 0 || in.marks[in.needSense].need != needVerbBefore {
		return false
	}
	if nb.prev == "了" {
		return true
	}
	if !strings.HasPrefix(nb.prevPos, "v") || nb.sn == nil {
		return false
	}
	j := hanAt(nb.sn, nb.k, -1)
	if j < 0 || nb.sn.ids[j] < 0 {
		return false
	}
	w := a.word(nb.sn, j)
	return len(w.entries) > 0 && a.headInfo(w).kinds.kinds().verb >= 0.5
}

// needSenseOf is the index in in.senses of the sense whose need
// needEntry weighs: the first that is neither a "CL:" note nor an "also
// pr." one, -1 if none.
func needSenseOf(in *entryInfo) int32 {
	for i, s := range in.senses {
		if !strings.HasPrefix(s, "CL:") && !strings.HasPrefix(s, "also pr.") {
			return int32(i)
		}
	}
	return -1
}

// degreeAdverbs stand before an adjective or a verb of state: after them a
// word is not a noun (最具前瞻性 "to possess", 很差 "poor").
var degreeAdverbs = map[string]bool{
	"很": true, "最": true, "太": true, "更": true, "非常": true, "特别": true, "比较": true,
	"挺": true, "越": true, "十分": true, "相当": true, "极": true, "较": true, "更加": true,
	"越来越": true, "有点": true, "有点儿": true, "有些": true, "真": true, "多么": true,
}

// degreeWord reports whether t is a headword made of a one-character
// degree adverb and a quality (挺好 "very good", 很难, 太好了): a degree
// said of a state, as the two words would be, which the segmenter may
// keep whole (as it does 挺好 where the English says "pretty good").
func (a *Analyzer) degreeWord(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	if size == len(t) || !degreeAdverbs[string(r)] {
		return false
	}
	return a.anyEntry(t[size:], func(in *entryInfo) bool { return in.firstPlain >= 0 && predicateSense(in.senses[in.firstPlain]) }) ||
		a.anyEntry(strings.TrimSuffix(t[size:], "了"), func(in *entryInfo) bool { return in.firstPlain >= 0 && predicateSense(in.senses[in.firstPlain]) })
}

// nounDeterminers stand before a noun phrase: after them a word that is a
// verb and a noun is the noun (所有工作 "work", 这种作用 "effect").
var nounDeterminers = map[string]bool{
	"的": true, "所有": true, "一切": true, "任何": true, "各种": true, "各": true, "每个": true,
	"这个": true, "那个": true, "这些": true, "那些": true, "一些": true, "很多": true, "许多": true,
	"一个": true, "这种": true, "那种": true, "某种": true, "其他": true, "他们的": true,
	"什么": true, "哪个": true, "哪些": true, "哪种": true, "每种": true, // 你喜欢什么运动 "sports"
}

// degreePredicateEnds reports whether after the token come degree adverbs
// (or 也), one word, and the end of the clause (a final particle aside):
// 工作很忙。, not 急需更多芯片 (a degree adverb in the object).
func degreePredicateEnds(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	j := nb.k + 1
	for j < len(toks) && (isBlank(toks[j].Text) || degreeAdverbs[toks[j].Text] || toks[j].Text == "也") {
		j++
	}
	if j >= len(toks) || clauseEndsAt(toks, j) {
		return false
	}
	j++
	for j < len(toks) && (isBlank(toks[j].Text) || finalParticles[toks[j].Text]) {
		j++
	}
	return clauseEndsAt(toks, j)
}

// ownerBefore reports whether a personal pronoun or a time stands right
// before the token: whose or when its state is (我手头, 这个月手头, 最近).
func ownerBefore(nb *neighbours) bool {
	if nb.in(prevPersonal) || nb.prevPos == "t" || recentTimes[nb.prev] {
		return true
	}
	switch lastRuneOf(nb.prev) {
	case '月', '年', '周', '天':
		return true
	}
	return false
}

// gradedStateEnds reports whether degree adverbs or a negation
// (degreeOrNot), then one word and the end of the clause follow the token:
// 手头有点儿紧。
func gradedStateEnds(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	j := hanAt(nb.sn, nb.k, 1)
	for j >= 0 && degreeOrNot(toks[j].Text) {
		j = hanAt(nb.sn, j, 1)
	}
	if j < 0 || j == hanAt(nb.sn, nb.k, 1) {
		return false
	}
	j++
	for j < len(toks) && (isBlank(toks[j].Text) || finalParticles[toks[j].Text]) {
		j++
	}
	return clauseEndsAt(toks, j)
}

// otherPlainSense returns the index of the first plain sense of in other
// than first of which is holds, -1 if none: the senses a slot may call for
// in place of the first (clauseSense, intentSense, orSense …).
func otherPlainSense(in *entryInfo, first int, is func(s string) bool) int {
	for i, s := range in.senses {
		if i != first && in.plain(i, s) && is(s) {
			return i
		}
	}
	return -1
}

// glossedSense returns the index of the first plain sense of in other
// than first whose first gloss is one of glosses, -1 if none.
func glossedSense(in *entryInfo, first int, glosses ...string) int {
	return otherPlainSense(in, first, func(s string) bool { return slices.Contains(glosses, firstGloss(s)) })
}

// clauseSense returns the index of a plain verb sense of in other than
// first a gloss of which takes a clause ("to suspect that", "to feel
// that ..."), -1 if none.
func clauseSense(in *entryInfo, first int) int {
	return in.searchOnce(searchClause, first, func() int {
		return otherPlainSense(in, first, func(s string) bool {
			if !isVerbSense(s) {
				return false
			}
			for _, g := range strings.Split(stripBrackets(s), ";") {
				if strings.HasSuffix(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(g), "...")), " that") {
					return true
				}
			}
			return false
		})
	})
}

// cognitionSense returns the index of a plain sense of in other than first
// that is a verb of feeling or thinking ("to feel", "to think"), -1 if
// none.
func cognitionSense(in *entryInfo, first int) int {
	return in.searchOnce(searchCognition, first, func() int {
		return glossedSense(in, first, "to feel", "to think", "to believe", "to guess", "to suspect", "to sense", "to perceive", "to reckon")
	})
}

// deAheadInClause reports whether a 的 follows the token before the end
// of its clause.
func deAheadInClause(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	for j := nb.k + 1; j < len(toks) && !clauseEndsAt(toks, j); j++ {
		if toks[j].Text == "的" {
			return true
		}
	}
	return false
}

// awarenessSense returns the index of a plain sense of in other than
// first that is a verb of becoming aware ("to notice", "to realize"), -1
// if none.
func awarenessSense(in *entryInfo, first int) int {
	return in.searchOnce(searchAwareness, first, func() int {
		return glossedSense(in, first, "to notice", "to become aware of", "to realize", "to be aware of")
	})
}

// intentSense returns the index of a plain sense of in other than first
// that takes a verb after it ("to intend", "to be about to"), -1 if none.
func intentSense(in *entryInfo, first int) int {
	return in.searchOnce(searchIntent, first, func() int {
		return glossedSense(in, first, "to intend", "to be about to", "to intend to", "to plan to")
	})
}

// computingVerbSense returns the index of in's first plain sense glossing
// a verb of computing, "(computing) to …", -1 if none.
func computingVerbSense(in *entryInfo) int {
	for i, s := range in.senses {
		if strings.HasPrefix(s, "(computing) to ") && in.plain(i, s) {
			return i
		}
	}
	return -1
}

// latinNext reports whether the token right after this one is a word in
// Latin letters (API, okta.com, GPT-4), blanks aside.
func latinNext(nb *neighbours) bool {
	if nb.sn == nil || nb.next != "" {
		return false
	}
	toks := nb.sn.toks
	for j := nb.k + 1; j < len(toks); j++ {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		r := firstRune(t)
		return r < utf8.RuneSelf && unicode.IsLetter(r)
	}
	return false
}

// tenableSense returns the index of a plain sense of in other than first
// that says a claim holds ("to be tenable"), -1 if none.
func tenableSense(in *entryInfo, first int) int {
	return in.searchOnce(searchTenable, first, func() int {
		return otherPlainSense(in, first, func(s string) bool {
			return strings.HasPrefix(s, "to be tenable")
		})
	})
}

// eventAdverbs place an event in time: after them a verb tells what
// happened (公司刚成立 "to set up").
var eventAdverbs = map[string]bool{"刚": true, "刚刚": true, "已经": true, "正式": true, "才": true, "终于": true, "新": true}

// orSense returns the index of a plain sense of in other than first that
// is "or", -1 if none.
func orSense(in *entryInfo, first int) int {
	return in.searchOnce(searchOr, first, func() int {
		return otherPlainSense(in, first, func(s string) bool {
			return s == "or"
		})
	})
}

// alternativeQuestion reports whether the token's sentence ends its clause
// with a question mark after it, with no 吗 between (你喝茶还是咖啡?).
func alternativeQuestion(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	for j := nb.k + 1; j < len(toks); j++ {
		switch t := toks[j].Text; t {
		case "吗", "嗎":
			return false
		case "?", "？":
			return true
		default:
			if r := firstRune(t); unicode.IsPunct(r) && t != "、" {
				return false
			}
		}
	}
	return false
}

// directionNext reports whether a preposition of direction follows the
// token (往, 向, 朝, 沿着), or a word of two characters it heads (往前,
// 向东).
func directionNext(nb *neighbours) bool {
	switch nb.next {
	case "沿着", "顺着", "沿":
		return true
	}
	r, size := utf8.DecodeRuneInString(nb.next)
	return (r == '往' || r == '向' || r == '朝') && utf8.RuneCountInString(nb.next[size:]) <= 1
}

// straightSense returns the index of a plain sense of in other than first
// that says "straight" in space, -1 if none.
func straightSense(in *entryInfo, first int) int {
	return in.searchOnce(searchStraight, first, func() int {
		return otherPlainSense(in, first, func(s string) bool {
			return strings.HasPrefix(s, "straight")
		})
	})
}

// afterPlacePhrase reports whether a phrase of 在 and a place ends right
// before the token: a word of 在 and more (在家), or a place word or a
// locative after 在 (在 家里, 在 公园 里).
func afterPlacePhrase(nb *neighbours) bool {
	if strings.HasPrefix(nb.prev, "在") && utf8.RuneCountInString(nb.prev) >= 2 && nb.prev != "在于" && nb.prev != "在乎" {
		return true
	}
	if nb.sn == nil || !(nb.prevPos == "s" || nb.prevPos == "f") {
		return false
	}
	toks := nb.sn.toks
	for j, n := nb.k-2, 0; j >= 0 && n < 3; j-- {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		if t == "在" {
			return true
		}
		if clauseEndsAt(toks, j) {
			return false
		}
		n++
	}
	return false
}

// requestNext are the words that open what a polite request asks, right
// after its verb of asking (麻烦再给我一杯水, 麻烦帮我…, 麻烦让一下).
var requestNext = map[string]bool{"再": true, "帮": true, "帮忙": true, "给": true, "把": true, "让": true, "帮我": true}

// keepSense and staySense report whether sense s glosses keeping
// something ("to keep", "to retain") or staying somewhere ("to stay", "to
// remain"), its first gloss.
func keepSense(s string) bool {
	g := firstGloss(s)
	return g == "to keep" || g == "to retain"
}

func staySense(s string) bool {
	g := firstGloss(s)
	return g == "to stay" || g == "to remain"
}

// afterSubjectAndTime reports whether a time (gse's t: 明天, 下午) stands
// right before the token and a personal pronoun or a person's name right
// before the time: 他们明天比赛, 我们下午开会.
func afterSubjectAndTime(nb *neighbours) bool {
	if nb.prevPos != "t" || nb.sn == nil {
		return false
	}
	j := hanAt(nb.sn, nb.k, -1)
	if j < 0 {
		return false
	}
	if j = hanAt(nb.sn, j, -1); j < 0 {
		return false
	}
	return personalPronouns[nb.sn.toks[j].Text] || strings.HasPrefix(nb.sn.posOf(nb.a, j), "nr")
}

// negators negate the predicate after them (gse tags 没 and 没有 verbs).
var negators = map[string]bool{"不": true, "没": true, "没有": true, "别": true, "未": true, "不要": true}

// placeVerbs are verbs of going or being somewhere: after them a noun is
// the place, not a suffix of the verb.
var placeVerbs = map[string]bool{
	"到": true, "回": true, "去": true, "来": true, "进": true, "出": true, "离": true, "离开": true,
	"住": true, "在": true, "搬": true, "走": true, "上": true, "下": true, "回到": true, "来到": true,
}

// correlativeSense returns the index of a sense of in "(used
// correlatively with X)" where X comes later in the sentence, -1 if none.
func correlativeSense(in *entryInfo, first int, nb *neighbours) int {
	if nb.sn == nil {
		return -1
	}
	for i, s := range in.senses {
		rest, ok := strings.CutPrefix(s, "(used correlatively with ")
		if !ok || i == first {
			continue
		}
		w, _, ok := strings.Cut(rest, "[")
		if !ok || w == "" {
			continue
		}
		for j := nb.k + 1; j < len(nb.sn.toks); j++ {
			if nb.sn.toks[j].Text == w {
				return i
			}
		}
	}
	return -1
}

// suggestionSense returns the index of a plain sense of in other than
// first that glosses advice ("had better"), -1 if none.
func suggestionSense(in *entryInfo, first int) int {
	return in.searchOnce(searchSuggestion, first, func() int {
		return otherPlainSense(in, first, func(s string) bool {
			return strings.HasPrefix(s, "had better")
		})
	})
}

// proposalSense returns the index of a plain sense of in other than first
// that glosses a proposal ("how about...?"), -1 if none.
func proposalSense(in *entryInfo, first int) int {
	return otherPlainSense(in, first, func(s string) bool { return strings.HasPrefix(s, "how about") })
}

// proposalAhead reports whether the clause the token opens proposes
// something: 吧 closes it or 别 or 不要 stand in it (要不你就别去了); or,
// with no consequence in it (就, 会, 可能, 肯定, 该), 先 or 还是 stand in
// it or the token opens its sentence (你膝盖还疼吗？要不明天再说).
func proposalAhead(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	proposal := nb.prev == "" || nb.prev == "。" || nb.prev == "？" || nb.prev == "！" || nb.prev == "?" || nb.prev == "!"
	consequence, forbids := false, false
	for j := nb.k + 1; j < len(toks); j++ {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		if unicode.IsPunct(firstRune(t)) {
			break
		}
		switch t {
		case "吧":
			if clauseEndsAt(toks, j+1) {
				return true
			}
		case "别", "不要":
			forbids = true
		case "先", "还是":
			proposal = true
		case "就", "会", "可能", "肯定", "该":
			consequence = true
		}
	}
	return forbids || proposal && !consequence
}

// suggestionAhead reports whether the clause of the token gives advice:
// 吧 ends it, or 别 or 不要 follows the token.
func suggestionAhead(nb *neighbours) bool {
	if nb.next == "别" || nb.next == "不要" {
		return true
	}
	if nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	for j := nb.k + 1; j < len(toks); j++ {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		if t == "吧" {
			return clauseEndsAt(toks, j+1)
		}
		if clauseEndsAt(toks, j) {
			return false
		}
	}
	return false
}

// predicateAdverbs stand only before a predicate, and are not degree
// adverbs (before which an adjective is the predicate: degreeAdverbs): of
// time and frequency (经常, 再, 马上), of manner (一起, 互相, 亲自), and 去
// and 来 of purpose (去运动, 来帮助).
var predicateAdverbs = map[string]bool{
	"经常": true, "常常": true, "常": true, "总是": true, "老是": true, "一直": true, "再": true, "又": true,
	"也": true, "都": true, "就": true, "才": true, "先": true, "马上": true, "立刻": true, "赶紧": true,
	"赶快": true, "一起": true, "互相": true, "曾经": true, "刚": true, "刚刚": true, "正": true,
	"重新": true, "进一步": true, "好好": true, "亲自": true, "随时": true, "尽快": true, "逐渐": true,
	"慢慢": true, "不断": true, "共同": true, "及时": true, "按时": true, "多": true, "少": true,
	"去": true, "来": true,
	"学会": true, "学着": true, "试着": true, "尝试": true, "努力": true, "尽量": true, // 学会管理时间
	"自主": true, "独立": true, "自行": true, // 自主研发新药
}

// concernVerbs take for their object a state a word says as an
// adjective first (注意安全 "safety", 确保稳定 "stability").
var concernVerbs = map[string]bool{
	"注意": true, "重视": true, "追求": true, "保证": true, "确保": true, "关注": true, "保障": true,
	"维护": true, "威胁": true, "提高": true, "影响": true, "危害": true, "考虑": true,
}

// purposeVerbs are the verbs of motion a verb of purpose follows: 去运动,
// 来帮忙.
var purposeVerbs = map[string]bool{"去": true, "来": true}

// adjectiveSense reports whether sense s glosses an adjective: not a verb,
// and WordNet knows its first gloss as an adjective ("clear-cut",
// "steady"; not "order").
func adjectiveSense(s string) bool {
	return !isVerbSense(s) && partsOfSpeech(firstGloss(s))&wordnet.Adj != 0
}

// nounObjectFollows reports whether a noun or a pronoun follows the token
// in its clause, an object (not a quantity: 能便宜点吗 "cheap").
func nounObjectFollows(nb *neighbours) bool {
	return objectFollows(nb) && (strings.HasPrefix(nb.nextPos, "n") || strings.HasPrefix(nb.nextPos, "r"))
}

// causatives make sb do what follows: after them a verb (令人惊叹 "to
// exclaim in admiration", 不容妥协).
var causatives = map[string]bool{
	"令人": true, "让人": true, "使人": true, "叫人": true, "不容": true, "值得": true, "引人": true,
}

// auxiliaries are the verbs that take a verb, not an object: 可以训练。
// "can train", 是否需要 "whether it needs".
var auxiliaries = map[string]bool{
	"是否": true, "是": true, "要": true, "会": true, "能": true, "能够": true, "可以": true,
	"应该": true, "应当": true, "必须": true, "需要": true, "想": true, "得": true, "敢": true,
	"愿意": true, "肯": true, "不能": true, "不会": true, "不要": true, "可能": true,
}

// nounish reports whether sense s glosses neither a verb ("to …") nor a
// word WordNet knows as an adjective nor a function word: "tool",
// "flower", "work; job", not "good". (WordNet cannot say "noun only": it
// knows "tool" and "flower" as verbs too.) Remembered (memo.go).
func nounish(s string) bool { return senseFacts.of(s, factNounish, nounishOf) }

// nounishOf is nounish, computed.
func nounishOf(s string) bool {
	if isVerbSense(s) || strings.Contains(s, "verb") {
		return false
	}
	if strings.HasPrefix(s, "(it) ") || strings.HasPrefix(s, "(sth) ") || strings.HasPrefix(s, "(sb) ") {
		// A subject in brackets: what follows is its predicate, 疼
		// "(it) hurts; sore" (not the noun "hurts": 有点疼 is no "to
		// love dearly").
		return false
	}
	g := firstGloss(s)
	p := partsOfSpeech(g) & (wordnet.Adv | wordnet.Adj | wordnet.Noun | wordnet.Verb)
	return g != "" && p&wordnet.Adj == 0 && p != wordnet.Adv && !isGrammarSense(s) && !stateGloss(g)
}

// nounLike reports whether sense s glosses a noun: nounish, or not a
// verb's and its first gloss a word WordNet knows as a noun, an adjective
// too perhaps ("choice", "representative"), not a function word's.
func nounLike(s string) bool {
	if nounish(s) {
		return true
	}
	return !isVerbSense(s) && !isGrammarSense(s) && partsOfSpeech(firstGloss(s))&wordnet.Noun != 0
}

// stateGloss reports whether gloss g says a state as a prepositional
// phrase, the way an adjective does: 乱 "in confusion or disorder" (很乱
// "messy"), not a noun; or as a negated phrase: 差 "not up to standard"
// (服务很差, not the first plain "different"), 不错 "not bad".
func stateGloss(g string) bool {
	if rest, ok := strings.CutPrefix(g, "not "); ok {
		w, _, _ := strings.Cut(rest, " ")
		return w != "to" && w != "only" && w != "just" && w != "yet" && w != "at" && w != "even"
	}
	return strings.HasPrefix(g, "in ") && !strings.HasPrefix(g, "in order") && !strings.HasPrefix(g, "in the ")
}

// predicateSense reports whether sense s glosses a verb ("to …") or an
// adjective (its first gloss an adjective for WordNet: "inferior").
func predicateSense(s string) bool {
	if isVerbSense(s) {
		return true
	}
	g := firstGloss(s)
	return g != "" && (partsOfSpeech(g)&wordnet.Adj != 0 && partsOfSpeech(g)&wordnet.Noun == 0 || stateGloss(g))
}

// firstGloss is the first ";"- or ","-separated gloss of s, lower case,
// without its leading notes or a trailing note. Remembered (memo.go).
func firstGloss(s string) string { return firstGlosses.of(s, firstGlossOf) }

// firstGlossOf is firstGloss, computed.
func firstGlossOf(s string) string {
	g := strings.ToLower(stripBrackets(s))
	if j := strings.IndexAny(g, ";,("); j >= 0 {
		g = g[:j]
	}
	return strings.TrimSpace(g)
}

// grammarSense returns the sense the words around the token call for
// when the English says nothing and the first plain sense first does not
// fit them; -1 if none:
//   - a sense whose note's need the neighbours meet (跳了起来 "upward
//     movement", 十年左右);
//   - after a degree adverb, a verb or adjective rather than a noun (最具
//     "to possess");
//   - before 了, 着 or 过, a verb rather than a noun (花了 "to spend");
//   - after a determiner or 的, the noun of a word that is first a verb
//     (所有工作 "work");
//   - a suffix right after the word it makes an adjective or noun of
//     (根本性的 "-ness; -ity").
func (in *entryInfo) grammarSense(first int, nb *neighbours) int {
	if nb == nil {
		return -1
	}
	met := -1
	for i, s := range in.senses {
		if in.marks[i].need != needNone && in.plainish(i, s) && in.needMet(i, nb) {
			if in.marks[i].need == needVerbBefore || in.marks[i].need == needComplementBefore {
				// Right after its verb, the complement, though a verb
				// follows too: 准备好迎接 "(verb complement indicating
				// completion)", not "(before a verb) easy to".
				return i
			}
			if met < 0 {
				met = i
			}
		}
	}
	if met >= 0 {
		return met
	}
	fs := in.senses[first]
	fm := &in.marks[first] // (facts of fs, found once per entry)
	single := int(in.runes) == 1
	g := in.grammarGate(first) // (the cases that may hold: grammargate.go)
	later := func(is func(string) bool) int {
		// (A character standing alone is not its bound form: 他长得很帅
		// "handsome", not "(bound form) to lead; to command"; nor a
		// suffix of degree, no verb of its own, which suffixSense gives
		// after its host: 这个人很坏 "bad", not "(suffix) to the utmost".)
		return in.laterPlain(first, nb, func(_ int, s string) bool {
			return is(s) && !(single && (strings.HasPrefix(s, "(bound form)") || strings.HasPrefix(s, "(suffix) to ")))
		})
	}
	if g.has(gcApproximately) && afterQuantity(nb) && !approximation(fs) {
		// 十年左右 "approximately", 三十岁上下.
		if i := later(approximation); i >= 0 {
			return i
		}
	}
	if g.has(gcBoundsQuantity) && !single && beforeQuantity(nb) && !fm.quantifier && !(clauseHead(nb) && in.glossPOS(first)&wordnet.Adv != 0) {
		// 不到一年 "less than", 未来几年 "coming": a word before an amount
		// bounds or places it. (Not a word first an adverb of time at the
		// head of its clause, which places the whole clause: 以前一个月
		// 只能挣两千块 "before; formerly", not "previous".)
		if i := later(quantifier); i >= 0 {
			return i
		}
	}
	if g.has(gcHeadNoun) && !single && !fm.verb && nb.prev == "的" && !modifiesNext(nb) && in.glossPOS(first)&(wordnet.Adj|wordnet.Noun) == wordnet.Adj {
		// 最大的困难是招人 "difficult situation", 占别人的便宜 "a petty
		// advantage", not "difficult", "cheap": after 的, with no noun
		// after it, the head noun (not a gloss WordNet knows as an
		// adjective too: 广泛的智能 stays "intelligent", not "smart").
		if i := in.saidNoun(nil, nb); i >= 0 && in.glossPOS(i)&wordnet.Adj == 0 {
			return i
		}
	}
	if g.has(gcAdjectiveThenNoun) && !single && nb.prev == "的" && !modifiesNext(nb) && in.adjectiveThenAdjective(first) {
		// 团队的热情 "passion": an entry that lists adjectives first
		// ("cordial", which WordNet knows as a noun too, then
		// "enthusiastic"), after 的 with no noun after it, is its first
		// noun that is no adjective.
		if i := later(func(s string) bool {
			return nounGloss(firstGloss(s)) && partsOfSpeech(firstGloss(s))&(wordnet.Adj|wordnet.Adv) == 0
		}); i >= 0 {
			return i
		}
	}
	if !single && !fm.verb && adjectiveAfterQuantity(fs, nb) {
		// 一些困难 "difficult situation", not "difficult": a noun after a
		// quantity.
		if i := in.saidNoun(nil, nb); i >= 0 {
			return i
		}
	}
	switch {
	case g.has(gcBlame) && single && nb.in(nextPersonal) && (adjectiveSense(fs) || feeling(fs)) && in.prepositionSense() < 0 && (nb.in(prevPersonal) || negators[nb.prev] || predicateAdverbs[nb.prev] && !goalAdverbs[nb.prev]):
		// 你怪我吗 "to blame", 别烦我 "to bother", not "odd; strange", "to
		// feel vexed": a person after a character first an adjective or a
		// feeling, after its subject, a negation or an adverb, is its
		// object, and the character the verb that takes one (a verb of one
		// word: not "to find strange"; not a character that is also a
		// preposition, whose object the person is: 对我, 跟我).
		return later(func(s string) bool {
			return isVerbSense(s) && !feeling(s) && strings.Count(firstGloss(s), " ") == 1
		})
	case g.has(gcItHurts) && strings.HasPrefix(fs, "(it) ") && objectFollows(nb) && !numeralWord(nb.next) && nb.nextPos != "m" && nb.nextPos != "mq":
		// "(it) hurts" takes no object: 奶奶最疼我了, 他很疼孩子 "to love
		// dearly" (not before a quantity, how long it hurts: 疼了三天).
		if i := later(isVerbSense); i >= 0 {
			return i
		}
		return -1
	case g.has(gcModalDeterminer) && strings.HasPrefix(nb.nextPos, "n") && utf8.RuneCountInString(nb.next) > 1 && fm.modal:
		// 该公司 "the above-mentioned", not "should".
		return later(determinerSense)
	case !single && fm.verb && fm.mindState && !(nb.objectThenVerb && nb.in(nextPersonal)) && (particlesToEnd(nb) && thingSubject(nb) || timeObjectEnds(nb)):
		// 时间已经确定了 "to fix (on sth)", not learner.txt's "to be
		// sure": a state of mind needs a person; a thing's is what was
		// done to it. So too before a date or time ending the clause
		// (我们还没确定日期).
		return later(func(s string) bool { return isVerbSense(s) && !stative(s) })
	case g.has(gcStativeObject) && !single && objectFollows(nb) && !(nb.objectThenVerb && nb.in(nextPersonal)) && fm.verb && stative(fs) && !strings.HasPrefix(in.firstGlossAt(first), "to be at "):
		// (Not before a person and their verb, a clause: 我不确定他会来
		// "to be sure"; nor where one is, the verb after it done there:
		// 很多人在家工作 "to be at home", not "to remain a layman".)
		// 进行一个测试 "to carry out", not "to be in progress".
		return later(func(s string) bool { return isVerbSense(s) && !stative(s) })
	case g.has(gcColloquialState) && single && (nb.in(prevDegree) && particlesToEnd(nb) || nb.next == "得" && intensityAfterDe(nb)) && (fm.nounish || fm.verb && !stative(fs)) && later(stateSense) < 0 && in.colloquialAdjective() >= 0:
		// 这个行业太卷了 "(slang) … hypercompetitive", 他真牛 "(slang)
		// awesome", not "to roll up" or "ox": a character after a degree
		// adverb, closing its clause, is a state, and so is one that 得
		// and an intensity follow (卷得非常厉害); where no plain sense is
		// one (an adjective, a verb "to be …"), the spoken sense that is.
		return in.colloquialAdjective()
	case g.has(gcGradedVerb) && single && nb.in(prevDegree) && !comparingDegree[nb.prev] && !fm.verb && strings.HasPrefix(nb.nextPos, "n") && in.e.Simp != "多" && in.e.Simp != "少" && later(isVerbSense) >= 0:
		// 这个游戏很花时间 "to spend (money, time)", 她很重义气 "to attach
		// importance to", 这种事真气人 "to make angry": a degree adverb, then
		// the character, then a noun with no 的 between is a verb graded
		// with its object (很重的箱子 keeps "heavy"; 很多人, 很少人 count;
		// after 最 or 更 an adjective modifies its noun without 的: 最低
		// 气温 "low", not "to lower (one's head)").
		return later(isVerbSense)
	case g.has(gcLabelledAdjective) && nb.in(prevDegree) && !fm.verb && !predicateSense(fs) && in.glossPOS(first)&wordnet.Adv == 0 && later(labelledAdjective) >= 0:
		// 很标准 "(adjective) standard", not "standard; norm; criterion"
		// (很可能 keeps "maybe").
		return later(labelledAdjective)
	case g.has(gcGradedNoun) && nb.in(prevDegree) && fm.nounish:
		// (Else an adjective WordNet knows as a noun too, not a verb, no
		// article before it: 很专业 "professional", 很自然 "natural", 很
		// 理想 "ideal", not "specialty" or "major", "nature", "an ideal";
		// where it is the predicate or before 的, and not for a word first
		// an adverb.)
		if i := later(predicateSense); i >= 0 {
			return i
		}
		if in.glossPOS(first)&wordnet.Adv != 0 || !particlesToEnd(nb) && nb.next != "的" {
			return -1 // the predicate only (很可能会 "maybe")
		}
		return later(func(s string) bool {
			return adjectiveSense(s) && !articleGloss(s) && partsOfSpeech(firstGloss(s))&wordnet.Verb == 0
		})
	case g.has(gcGradedState) && nb.in(prevDegree) && nb.objectless && fm.verb && !stative(fs) && !feeling(fs):
		// 经验非常丰富。 "rich", not "to enrich": after a degree adverb
		// and with no object, the state, where the word has it. (A
		// feeling is one already: 我很纠结 "to feel conflicted", not
		// "twisted; tangled".) The state the verb leaves first, its past
		// participle: 人口很集中 "concentrated", not "centralized".
		if i := in.participleSense(first, nb); i >= 0 {
			return i
		}
		return later(func(s string) bool {
			return !isVerbSense(s) && partsOfSpeech(firstGloss(s))&wordnet.Adj != 0
		})
	case !single && nb.prev == "不" && nb.objectless && fm.verb && !stative(fs) && in.participleSense(first, nb) >= 0:
		// 大家的意见不统一 "unified", 时间不固定 "fixed", 注意力不集中
		// "concentrated", not "to unify", "to fix", "to concentrate": 不
		// before a word closing its clause with no object negates the
		// state a transitive verb leaves, where the word has it as its
		// past participle (我不同意, 他不放心 keep their verbs: no such
		// sense; 意见统一了 keeps "to unify": done, not negated).
		return in.participleSense(first, nb)
	case !single && nb.prev == "" && fm.nounish && (nb.objectThenVerb && nb.in(nextPersonal) || clauseHead(nb) && (requestNext[nb.next] || nb.next == "您")):
		// (And before what the request asks, 再, 帮, 给, 把, 让, with the
		// person left out or 您: 麻烦再给我一杯水, 麻烦帮我拿一下, 麻烦把
		// 空调开大一点, 麻烦您帮我看一下; 麻烦来了 stays "trouble".)
		// 麻烦你帮我开一下门 "to bother sb": at the head of its clause,
		// before a person and what they are to do, a verb that takes a
		// person (当前我们训练 stays "the present time").
		return later(func(s string) bool { return isVerbSense(s) && strings.Contains(s, "sb") })
	case g.has(gcPlanVerb) && !single && (nb.in(prevPersonal) || strings.HasPrefix(nb.prevPos, "n") && nb.nextPos == "t") && (nb.nextPos == "t" || nb.predicateNext && isVerbPos(nb.nextPos) && nb.next != "是") && fm.nounish:
		// 我们计划明年去日本 "to plan", 我习惯早上喝咖啡 "to be used to":
		// after its subject, before a time or a verb, the verb (not
		// before 是: 我们当前是 "the present time"). A noun for subject
		// too, before a time: 公司计划明年上市, 政府计划下个月提高工资
		// (a noun and a word first a noun before a verb may be a
		// compound: 公司计划要改).
		return later(isVerbSense)
	case !single && nb.next == "在" && (strings.HasPrefix(nb.prevPos, "n") || nb.in(prevPersonal)) && fm.nounish && glossedSense(in, first, "to plan") >= 0 && placeThenVerb(nb):
		// 市政府计划在这里建一座公园, 他们计划在北京待三天 "to plan":
		// after its subject, before where the plan is to be done and the
		// verb done there, the verb (这个计划在上海实施 and 公司的计划在…
		// keep the noun: a determiner or 的 before it).
		return glossedSense(in, first, "to plan")
	case single && nb.prev == "的" && glossedSense(in, first, "journey") >= 0 && durationBefore(nb):
		// 十分钟的路, 走半个小时的路, 开了三天的路 "journey", not "road": a
		// way as long as a time is the going.
		return glossedSense(in, first, "journey")
	case !single && fm.quantifier && nb.objectless && goerBefore(nb):
		// 我马上过去, 你先过去吧, 我们得快点儿过去, 一个小时过去了 "to go
		// over; to pass by", not "(in the) past": a word that places an
		// amount of time has none to place where it closes its clause
		// after who goes or an adverb or modal of going (回到过去, 忘掉
		// 过去, 我们的过去 stay: a verb's object, 的's noun).
		return later(isVerbSense)
	case !single && fm.verb && measuredAttributeNext(nb):
		// 我最近工作压力很大 "job; work", 竞争压力越来越大 "competition":
		// before a noun whose size a degree adverb and an adjective of
		// size then say (压力很大, 时间很长), the word modifies that noun;
		// it is no verb with an object (学习中文很难 judges the doing).
		if i := later(nounish); i >= 0 {
			return i
		}
		return -1
	case !single && fm.verb && nb.prev == "在" && localizers[nb.next]:
		// 在工作中 "job; work", 在教育上 "education", 在训练中 "training":
		// between 在 and a word of place (中, 上, 方面 …) stands a noun.
		if i := later(nounish); i >= 0 {
			return i
		}
		return -1
	case !single && fm.verb && nb.objectless && nominalObjectBefore(nb):
		// 他得到了帮助 "assistance", 公司提供服务 "service", 受到欢迎
		// "welcome": the object of a verb that takes a thing done (得到,
		// 受到, 提供, 进行 …), closing its clause, is the noun a word first
		// a verb also is.
		if i := later(nounish); i >= 0 {
			return i
		}
		return -1
	case !single && fm.verb && nb.objectless && stateBefore[nb.prev]:
		// 变得廉价且普及 "widespread", 社会变得更加开放 "open", not "to spread
		// extensively", "to open": closing its clause after 变得, 显得,
		// 更加 or the 且 of two states, a word that is an adjective too is
		// the state.
		if i := later(adjectiveSense); i >= 0 {
			return i
		}
		return -1
	case g.has(gcNegatedNoun) && (nb.prev == "不" && nb.clauseEnd || single && nb.objectless && predicateAdverbs[nb.prev] && !goalAdverbs[nb.prev]) && fm.nounish:
		// 并不理想。 "ideal; perfect" (an adjective, though WordNet
		// knows "ideal" as a noun too), not "an ideal": 不 negates a
		// predicate. So a character closing its clause after an adverb
		// that only a predicate follows is one: 他的话你也信 "to trust",
		// 这首歌一下就火了 "hot (popular)", not "letter", "fire".
		return later(func(s string) bool {
			return isVerbSense(s) || partsOfSpeech(firstGloss(s))&wordnet.Adj != 0
		})
	case nb.prev == "不" && fm.nounish && nb.next != "的" && later(isVerbSense) >= 0:
		// 我还不习惯这儿的冬天, 他不习惯用筷子 "to be used to", not
		// "habit": 不 negates a verb, so before what follows it in the
		// clause (its object, another verb) a word first a noun is the
		// verb it also is.
		return later(isVerbSense)
	case single && nb.next == "着" && !strings.HasPrefix(in.firstGlossAt(first), "to keep") && later(keepSense) >= 0:
		// 她留着长头发, 这些旧衣服你还留着吗 "to keep", not "to leave (a
		// message etc)": before 着 a verb that keeps something is held in
		// that state.
		return later(keepSense)
	case single && nb.next == "在" && !baObjectBefore(nb) && fm.verb && !strings.HasPrefix(in.firstGlossAt(first), "to stay") && later(staySense) >= 0:
		// 他毕业以后留在了北京 "to stay", not "to leave (a message etc)":
		// before 在 and a place, who stays there (把书留在桌上 leaves the
		// book).
		return later(staySense)
	case single && fm.nounish && !objectFollows(nb) && baObjectBefore(nb):
		// 他把我气坏了 "to make sb angry", not "gas; air": after 把 and
		// its object comes the verb.
		return later(isVerbSense)
	case single && (nb.next == "了" || nb.next == "着" || nb.next == "过" || nb.next == "得" && !nb.clauseEnd) && fm.nounish && nb.prev != "没" && nb.prev != "没有" && nb.prev != "有" && nb.prev != "过":
		// (没电了 "no electricity any more": after 没 "not have" a noun;
		// so after 有: 教室里有网了 "network", not "to net"; and after
		// the 过 of a verb, whose object it is: 我坐过站了 "station",
		// not "to stand".)
		// So before 得 and its complement, which follow only a verb or
		// an adjective: 他气得说不出话 "to get angry", not "gas; air".
		return later(isVerbSense)
	case !single && (nb.prev == "有" || nb.prev == "没有" || nb.prev == "没") && glossedSense(in, -1, "objection") >= 0:
		// 他对我有意见, 大家都挺有意见的, 我没有意见 "objection", not
		// "opinion": what one has (or has not) against something (有什么
		// 意见, 一些意见 keep the opinion).
		return glossedSense(in, -1, "objection")
	case single && first == int(in.usual) && in.firstGlossAt(first) == "to pretend" && thingAhead(nb):
		// 装摄像头, 装了个软件, 装一下这个软件 "to install", not
		// learner.txt's "to pretend": one pretends to be or to do
		// something (装睡, 装不知道, 别装了), never a thing; before a thing,
		// the dictionary's next verb.
		for i := first + 1; i < len(in.senses); i++ {
			if s := in.senses[i]; in.plain(i, s) && isVerbSense(s) && in.needFits(i, nb) {
				return i
			}
		}
		return -1
	case !single && (nb.prev == "打" || nb.prev == "个" || nb.prev == "声" || nb.prev == "了") && greetedBy(nb) && glossedSense(in, -1, "to greet") >= 0:
		// 先跟大家打个招呼, 他跟我打了声招呼 "to greet", not "to call out
		// to": what 打 does to a person met is greet them.
		return glossedSense(in, -1, "to greet")
	case single && fm.verb && nothingHad(nb):
		// 这有什么用, 说了也没什么用, 一点用都没有 "usefulness; utility",
		// not "to use": what one has or has none of, after 什么 or 一点,
		// is the noun a character first a verb also is.
		return later(func(s string) bool { return nounish(s) && nounGloss(firstGloss(s)) })
	case !single && fm.verb && nothingHad(nb) && later(nounLike) >= 0:
		// So is a word of several characters (a noun WordNet knows as an
		// adjective too is one here): 这里没什么变化 "change; variation",
		// 一点帮助都没有 "assistance; aid", not "to change", "to help".
		return later(nounLike)
	case single && (nb.prev == "够" || nb.prev == "不够") && nb.objectless && fm.nounish:
		// 这点钱不够花, 钱够不够花 "to spend (money, time)", not
		// "flower": after 够 "enough", closing its clause, a word first a
		// noun is the verb there is enough for.
		return later(isVerbSense)
	case single && nb.next == "着" && !fm.verb && nounLike(fs):
		// 光着脚, 光着膀子 "to leave (a part of the body) uncovered", not
		// "light; ray": before 着 a word first a noun (that WordNet knows
		// as an adjective or a verb too: "light") is the verb it also is.
		return later(isVerbSense)
	case single && fm.nounish && objectFollows(nb) && (nb.prev == "了" || nb.prev == "别" || nb.prevPos == "d" || nb.prevPos == "t" || strings.HasPrefix(nb.prev, "每") || nb.in(prevAuxiliary) || nb.in(prevPersonal)):
		// 别忘了带伞 "to take along", not "band": after an adverb, an
		// auxiliary or a finished verb, a word before its object; so too
		// after its subject or a time (你带伞了吗 "to carry", 我每天背
		// 二十个单词 "to learn by heart").
		return later(isVerbSense)
	case g.has(gcAskedBoth) && askedBoth(nb) && fm.nounish:
		// 你信不信 "to trust", not "letter": the first of X不X asks
		// whether the predicate holds, the verb or adjective a word first
		// a noun also is (the second, after 不, takes the first's sense:
		// chooseSense).
		return later(func(s string) bool {
			return isVerbSense(s) || partsOfSpeech(firstGloss(s))&wordnet.Adj != 0
		})
	case g.has(gcOwnedState) && !single && !fm.verb && !fm.nounish && in.glossPOS(first)&wordnet.Adv == 0 && degreeOrNot(nb.next) && !askedBoth(nb) && ownerBefore(nb) && gradedStateEnds(nb) && later(nounish) >= 0:
		// 我这个月手头有点儿紧 "one's financial situation", not "on
		// hand": after whose it is (a person, a time) and before a degree
		// adverb and the state it grades, closing the clause, a word
		// first an adverb or an adjective is the subject, the noun it
		// also is (外面太吵了 stays "outside": nobody's; an adverb grades
		// the state too: 我实在太累了 "really").
		return later(nounish)
	case !single && fm.verb && (clauseHead(nb) || afterHeadTime(nb)) && (nb.in(nextDegree) || nb.next == "也") && degreePredicateEnds(nb):
		// 工作很忙 "work; job", 要求很高 "requirement", 变化也很大
		// "change": at the head of its clause (a time may come first:
		// 最近工作很忙), before a degree adverb, a word whose first sense
		// is a verb is the subject, the noun it also is (选择很重要。
		// "choice", a noun WordNet knows as an adjective too).
		return later(nounLike)
	case g.has(gcIntent) && !single && nb.prev != "的" && (nb.nextPos == "t" || nb.predicateNext && isVerbPos(nb.nextPos) && nb.nextPos != "vn") && intentSense(in, first) >= 0:
		// 我准备下个月去日本 "to intend", not "to prepare" (准备考试
		// stays): before a time or a verb, a sense that takes a verb (not
		// after 的, whose noun it is: 考试的准备做好了吗 "preparation").
		return intentSense(in, first)
	case g.has(gcComputing) && latinNext(nb) && computingVerbSense(in) >= 0 && computingVerbSense(in) != first:
		// 调用API, 访问okta.com: before a name in Latin letters (an
		// API, a site, a program) a verb's computing sense, "(computing)
		// to call", "(computing) to visit (a website)".
		return computingVerbSense(in)
	case g.has(gcTenable) && !single && nb.objectless && nb.next != "了" && nb.next != "于" && !eventAdverbs[nb.prev] && tenableSense(in, first) >= 0:
		// 同样的情况也成立。 "to be tenable", not "to establish": a
		// claim holds where nothing follows (公司成立于2015年, 公司刚成立
		// stay).
		return tenableSense(in, first)
	case g.has(gcOr) && !single && nb.prev != "" && !nb.in(prevPersonal) && orSense(in, first) >= 0 && !clauseHead(nb) && alternativeQuestion(nb):
		// 你喝茶还是咖啡? "or", not "still (as before)": between the two
		// choices of a question without 吗 (他还是没来? stays "still").
		return orSense(in, first)
	case g.has(gcStraight) && !single && directionNext(nb) && straightSense(in, first) >= 0:
		// 一直往前走 "straight (in a straight line)", not "continuously;
		// always": before a preposition of direction, "straight" in
		// space.
		return straightSense(in, first)
	case g.has(gcCorrelative) && !single && correlativeSense(in, first, nb) >= 0:
		// 就是下雨我也去 "(used correlatively with 也[ye3]) even; even
		// if": a sense used with a word that comes later has it later in
		// the sentence.
		return correlativeSense(in, first, nb)
	case g.has(gcProposal) && !single && clauseHead(nb) && proposalAhead(nb) && proposalSense(in, first) >= 0:
		// 要不我们打车吧, 要不这周别去了, 要不你先回去 "how about...?", not
		// "otherwise": opening a clause that proposes something (快走，要不就
		// 迟到了 stays "or else": a consequence follows).
		return proposalSense(in, first)
	case g.has(gcSuggestion) && !single && suggestionSense(in, first) >= 0 && suggestionAhead(nb):
		// 我们还是走吧 "had better", not "still (as before)": a sense of
		// advice where the clause gives advice (吧 closes it, or 别
		// follows).
		return suggestionSense(in, first)
	case g.has(gcClause) && !single && nb.objectThenVerb && clauseSense(in, first) >= 0:
		// 我怀疑他在说谎 "to suspect that", not "to doubt (sth)": before a
		// subject and its verb, the sense that takes a clause.
		return clauseSense(in, first)
	case g.has(gcAwareness) && !single && nb.objectThenVerb && fm.verb && !deAheadInClause(nb) && awarenessSense(in, first) >= 0:
		// 我发现他已经走了 "to notice; to become aware of", not "to
		// discover; to find" (learner.txt's usual sense, 发现了一个问题):
		// before a subject and its verb, what one becomes aware of is a
		// fact. (Not where a 的 follows in the clause: the verb is then
		// in a clause describing the object, 会发现我们未曾想过的新知识
		// "to discover".)
		return awarenessSense(in, first)
	case g.has(gcCognition) && !single && nb.in(prevPersonal) && (nb.nextPos == "d" || nb.in(nextDegree)) && fm.nounish && cognitionSense(in, first) >= 0:
		// 我感觉有点冷 "to feel", not "feeling": after its subject and
		// before an adverb, a verb of feeling or thinking.
		return cognitionSense(in, first)
	case !single && fm.nounish && nb.objectless && afterSubjectAndTime(nb):
		// 他们明天比赛。 "to compete", not "competition": after its
		// subject and when, a word closing its clause is the verb.
		return later(isVerbSense)
	case !single && fm.nounish && nb.objectless && afterPlacePhrase(nb):
		// 他在家休息。 "to rest", 我们在公园里散步: after where it is
		// done, a word at the end of its clause is the verb.
		return later(isVerbSense)
	case g.has(gcPersonObject) && !single && nb.in(prevPersonal) && fm.nounish && objectFollows(nb) && !strings.HasPrefix(nb.nextPos, "n"):
		// 他领导一个很大的团队 "to lead", 他帮助我们 "to help": after its
		// subject, before an object that is a pronoun or a quantity (not
		// a noun, which may make a compound with it: 我们研究人员
		// "research").
		return later(isVerbSense)
	case g.has(gcAdverbPredicate) && !single && (predicateAdverbs[nb.prev] && !nb.manyBefore && (fm.nounish && (objectFollows(nb) || nb.objectless) || adjectiveSense(fs) && nounObjectFollows(nb)) || nb.in(prevAuxiliary) && adjectiveSense(fs) && nounObjectFollows(nb)):
		// 他经常帮助别人 "to help", 我们下周再联系。 "to get in touch
		// with": after an adverb that only a predicate follows, before
		// its object or at the clause's end, a word whose first sense is
		// a noun is the verb it also is; so is one whose first sense is
		// an adjective, before its object (进一步明确目标 "to clarify"),
		// and so after a modal (我们要稳定物价 "to stabilize"). (Not 多
		// after 很, a quantity: 收到了很多反馈 "feedback".)
		return later(isVerbSense)
	case !single && nb.next == "的" && (nb.prev == "不" || nb.in(prevDegree)) && fm.verb:
		// 还有很多不确定的因素 "definite", not "to be sure": negated or
		// graded before 的, the word describes the noun after it, the
		// adjective it also is (我们不支持的方案 stays "to support": no
		// adjective to be).
		return later(adjectiveSense)
	case single && fm.verb && (prevClassifier(nb) || measuredGe(nb.prev)) && !amountWords[nb.prev] && !objectFollows(nb) && !verbSlot(nb) && !strings.HasPrefix(nb.nextPos, "v"):
		// 墙上挂着一幅画 "picture; painting", 门上有一把锁 "a lock", 买了
		// 一个套 "cover": what a measure word counts is a noun, the character's noun sense
		// (not before a verb or a complement: 一笔带过; nor after 些 or
		// 点, an amount of degree: 你快些来 "to come").
		return later(func(s string) bool { return nounLike(s) && nounGloss(firstGloss(s)) })
	case !single && fm.verb && (countedBefore(nb) || countedPastModifier(nb) || (nb.prev == "一点" || nb.prev == "一点儿") && objectEnds(nb)) && !objectFollows(nb):
		// 他提了三点建议 "suggestion", 公司有三项规定 "rule", 我们做了很多
		// 准备 "preparation": what a quantity counts is a noun, where no
		// object follows (so after 一点 closing the clause: 请给我一点建议
		// "suggestion"; 一点 "a bit" is no count where more follows: 快一点
		// 走) (gse tags some measure words numerals, or makes
		// one word of the number and its measure).
		return later(nounLike)
	case g.has(gcVerbWaiting) && !single && (nb.in(prevPersonal) || strings.HasPrefix(nb.prevPos, "nr")) && verbAheadInClause(nb) && verbWaitingSense(in, first) >= 0:
		// 你最好早点来 "had better ...", not "best": after its subject, a
		// sense that waits for a verb where one comes (这是最好的办法 and
		// 这样最好 stay "best").
		return verbWaitingSense(in, first)
	case g.has(gcObjectNoun) && !single && (nb.in(prevDeterminer) || nb.prevPos == "q" || nb.prev == "一下" || strings.HasPrefix(nb.prevPos, "v") && !nb.in(prevAuxiliary) && !purposeVerbs[nb.prev] && !verbObjectVerbs[nb.prev] && !negators[nb.prev] && objectEnds(nb)) && fm.verb:
		// 所有工作, 发挥作用。: the object of a verb at the end of its
		// clause (not after 去 or 来, whose verb says what for: 我每天都去
		// 运动。 "to move", not "sports"; nor after a verb that takes a
		// verb: 我们会继续努力。 "to make an effort", not
		// "hard-working"; nor after a negation gse tags a verb: 我们还没
		// 决定。 "to decide", not "decision"). A noun WordNet knows as an adjective too is
		// one here: 这个选择 "choice; option", not "to select". So before
		// the particle of a question or a suggestion that ends the clause:
		// 干这个有补贴吗 "subsidy", 最近有变化吗 "change" (not 了, which
		// follows a verb done: 你们开始工作了吗).
		return later(nounLike)
	case g.has(gcConcern) && !single && concernVerbs[nb.prev] && nb.clauseEnd && adjectiveSense(fs):
		// 开车要注意安全。 "safety", not "safe": a verb of care or aim
		// takes the state as its object, the noun.
		return later(func(s string) bool { return nounish(s) && !adjectiveSense(s) })
	case g.has(gcCompoundHead) && !single && nb.prevPos == "n" && !causatives[nb.prev] && int(in.runes) < 4 && nb.clauseEnd && fm.verb && !placeBefore(nb):
		// 不存在电力限制。, 情感支持。: the head of a noun compound at the
		// end of its clause (not an idiom, 领域高谈阔论, nor after a
		// causative gse tags a noun: 令人惊叹; nor after 在 and a place,
		// where it is done: 他在银行工作 "to work", not "job").
		return later(nounish)
	case single && nb.prev == "的" && !modifiesNext(nb) && (!nb.predicateNext && !strings.HasPrefix(nb.nextPos, "v") || predicateClosesNext(nb)) && fm.verb && later(func(s string) bool { return nounish(s) && nounGloss(firstGloss(s)) }) >= 0:
		// 我喜欢你的画 "picture; painting", not "to draw": what 的 owns is
		// a noun, where the word has one (他的笑 stays "to laugh"); so
		// before its predicate closing the clause, its subject: 门上的锁
		// 坏了 "a lock", not "to lock".
		return later(func(s string) bool { return nounish(s) && nounGloss(firstGloss(s)) })
	case single && nb.prev == "的" && nb.sn != nil && nb.k >= 2 && personalPronouns[nb.sn.toks[nb.k-2].Text] && !modifiesNext(nb) && adjectiveSense(fs):
		// 这是你的错。 "mistake", not "wrong": what a person's 的 owns is
		// a noun (我的好朋友 keeps "good": it modifies the noun after it).
		return later(func(s string) bool { return nounish(s) && nounGloss(firstGloss(s)) && !adverbGloss(s) })
	case g.has(gcSuffix) && single && nb.prev != "" && !functionPos(nb.prevPos) && !placeVerbs[nb.prev] && !afterQuantity(nb) && (nb.next == "的" || nb.clauseEnd):
		// (Not after a verb of going or being somewhere, whose place it
		// is: 我刚到家。 "home", not "noun suffix for a specialist"; nor
		// after an amount, which counts it: 你关一下门 "door", not
		// "(suffix) -gate (scandal)".)
		return later(func(s string) bool { return strings.Contains(strings.ToLower(s), "suffix") })
	}
	return -1
}

// nothingHad reports whether the token, after an amount that asks or
// denies (什么, 啥, 一点, 多大), is what one has or has none of: the object
// of 有 or 没(有) closing its clause (有什么用, 没什么用), or before 都 or 也
// and the negation (一点用都没有, 什么用也没有).
func nothingHad(nb *neighbours) bool {
	switch nb.prev {
	case "什么", "啥", "一点", "一点儿", "多大", "任何":
	case "没什么", "没啥": // (gse's words: 说了也没什么用)
		return objectEnds(nb)
	default:
		return false
	}
	if nb.sn == nil || nb.k < 1 {
		return false
	}
	toks := nb.sn.toks
	if nb.next == "都" || nb.next == "也" {
		j := nb.k + 2
		return j < len(toks) && negators[toks[j].Text]
	}
	if nb.k < 2 || !objectEnds(nb) {
		return false
	}
	switch toks[nb.k-2].Text {
	case "有", "没", "没有", "有没有":
		return true
	}
	return false
}

// objectEnds reports whether the token ends its clause but for the particle
// of a question or a suggestion (吗, 呢, 吧 …; not 了, after a verb done): a
// verb's object stands there (有补贴吗).
func objectEnds(nb *neighbours) bool {
	return nb.clauseEnd || nb.objectless && nb.next != "了"
}

// adjectiveAfterQuantity reports whether sense s glosses an adjective
// (WordNet knows its first gloss as one and not as a noun) where a
// quantity before the token calls for the head noun of a phrase: 很多困难.
func adjectiveAfterQuantity(s string, nb *neighbours) bool {
	if !nb.manyBefore || modifiesNext(nb) {
		return false
	}
	p := partsOfSpeech(firstGloss(s))
	if p == 0 {
		// A participle WordNet does not know ("wronged; aggrieved") is
		// said of someone, no noun: 受了很多委屈 "sense of being wronged".
		return strings.HasSuffix(firstGloss(s), "ed")
	}
	return p&(wordnet.Adj|wordnet.Noun) == wordnet.Adj
}

// modifiesNext reports whether a noun or 的 follows the token: it is then
// the modifier of what follows (许多其他方面 "other"), not the head.
func modifiesNext(nb *neighbours) bool {
	return strings.HasPrefix(nb.nextPos, "n") || nb.next == "的"
}

// laterPlain returns the first plain sense after first that nb allows and
// is accepts, -1 if none: where contextSense and grammarSense look when the
// first plain sense does not fit the sentence.
func (in *entryInfo) laterPlain(first int, nb *neighbours, is func(i int, s string) bool) int {
	from := first + 1
	if first == int(in.usual) {
		// The sense a learner meets first may come late in the
		// dictionary's list: the slot then chooses among all the others,
		// in the dictionary's order (领导 "leader", before an object "to
		// lead"; 准备 "to prepare", after 的 "preparation", not the later
		// "reserve (fund)").
		from = max(int(in.firstPlain), 0)
	}
	for i := from; i < len(in.senses); i++ {
		if s := in.senses[i]; i != first && in.plain(i, s) && in.needFits(i, nb) && is(i, s) {
			if v := int(in.usualVerb); v >= 0 && v != i && v != first && isVerbSense(s) && in.needFits(v, nb) && is(v, in.senses[v]) {
				// Where the slot takes a verb, the verb a learner meets
				// first (learner.txt's "verb: " line): 我不信 "to
				// believe", not the dictionary's first verb "to trust".
				return v
			}
			return i
		}
	}
	return -1
}

// notAttributive reports whether sense i is not an "(attributive)" one.
func (in *entryInfo) notAttributive(i int, _ string) bool { return !in.marks[i].attributive }

// plainish is plain for a sense that carries a need: its note is not a
// register, so only lists and classifier uses are left out.
func (in *entryInfo) plainish(i int, s string) bool {
	return !strings.HasPrefix(s, "CL:") && !strings.HasPrefix(s, "surname") && !strings.Contains(s, "variant of") && !in.marks[i].marked
}

// functionPos reports whether gse's tag p is that of a function word.
func functionPos(p string) bool {
	return p == "" || strings.HasPrefix(p, "u") || p == "p" || p == "c" || p == "y" || p == "d" || strings.HasPrefix(p, "r")
}

// afterQuantity reports whether the token follows a number or a number's
// measure word or time unit (十年, 三个, 5点).
func afterQuantity(nb *neighbours) bool {
	switch nb.prevPos {
	case "m", "mq", "q":
		return true
	}
	return nb.afterNumeral && numeralWord(nb.prev)
}

// approximation reports whether sense s glosses "about; approximately".
func approximation(s string) bool {
	switch firstGloss(s) {
	case "approximately", "about", "around", "roughly", "or so", "more or less":
		return true
	}
	return false
}

// beforeQuantity reports whether a number or a numeral word follows the
// token (不到一年, 未来几年, 超过30).
func beforeQuantity(nb *neighbours) bool {
	return nb.digitNext || nb.nextPos == "m" || nb.nextPos == "mq" || numeralWord(nb.next)
}

// quantifier reports whether sense s glosses what bounds or places an
// amount: "less than", "more than", "nearly", "coming" (the coming
// years), "past". (Not "approaching", which 未来 lists before "coming":
// 未来几年 is "the coming years".)
func quantifier(s string) bool {
	switch firstGloss(s) {
	case "less than", "more than", "fewer than", "over", "under", "nearly", "almost", "at least", "at most",
		"coming", "next", "past", "last", "previous", "following":
		return true
	}
	return false
}

// stative reports whether most glosses of sense s, a verb's, are "to be
// …": 进行 "(of a process etc) to proceed; to be in progress; to be
// underway" takes no object.
func stative(s string) bool {
	n, be := 0, 0
	for rest := stripBrackets(s); rest != ""; {
		var g string
		g, rest, _ = strings.Cut(rest, ";")
		if g = strings.TrimSpace(g); g == "" {
			continue
		}
		n++
		if strings.HasPrefix(g, "to be ") {
			be++
		}
	}
	return n > 0 && 2*be > n
}

// feeling reports whether sense s glosses a state of mind by a verb of
// feeling ("to struggle (mentally) with (sth); to overthink; to feel
// conflicted"): a degree adverb grades it as it is.
func feeling(s string) bool {
	return strings.HasPrefix(s, "to feel ") || strings.Contains(s, "; to feel ")
}

// objectFollows reports whether a noun, a pronoun, a number or a verb used
// as a noun follows the token in its clause: its object.
func objectFollows(nb *neighbours) bool {
	if nb.clauseEnd || nb.next == "" {
		return false
	}
	p := nb.nextPos
	return strings.HasPrefix(p, "n") || strings.HasPrefix(p, "r") || p == "m" || p == "mq" || p == "vn" || numeralWord(nb.next)
}

// modalSense reports whether sense s glosses a modal verb: "should",
// "must", "can".
func modalSense(s string) bool {
	return modalWords[firstGloss(s)]
}

// determinerSense reports whether sense s glosses a determiner: "that",
// "this", "the above-mentioned".
func determinerSense(s string) bool {
	switch g := firstGloss(s); g {
	case "that", "this", "the above-mentioned", "the said", "the aforementioned":
		return true
	}
	return false
}

// adverbialAmounts are words gse tags numerals that say how or how often
// a verb is done, not what is counted: 一次说清楚, 一起讨论, 一再强调.
var adverbialAmounts = map[string]bool{
	"一次": true, "一起": true, "一直": true, "一再": true, "一边": true, "一面": true, "一块": true,
	"一道": true, "一齐": true, "一同": true, "一下": true, "一下儿": true, "一会儿": true, "一会": true,
	"一下子": true, "一口气": true, "一步": true,
}

// countedBefore reports whether what stands before the token counts it:
// many or some (很多, 一些), a measure word after its number (三点, gse
// tags 点 a numeral), a number and its measure made one word (三项, 两个),
// or a word whose gloss is a classifier's.
func countedBefore(nb *neighbours) bool {
	if nb.manyBefore || prevClassifier(nb) {
		return true
	}
	if nb.prevPos != "m" || adverbialAmounts[nb.prev] || timeUnit(nb.prev) && nb.sn == nil {
		return false
	}
	first, _ := utf8.DecodeRuneInString(nb.prev)
	last, _ := utf8.DecodeLastRuneInString(nb.prev)
	if utf8.RuneCountInString(nb.prev) > 1 {
		return countingRune(first) && !countingRune(last) && !timeUnit(string(last))
	}
	// A measure word alone, after its number: 三 点 建议 (not 三点 "o'clock":
	// 会议三点开始).
	if countingRune(first) || nb.sn == nil || nb.k < 2 || strings.Contains(prevGloss(nb), "o'clock") {
		return false
	}
	for j := nb.k - 2; j >= 0; j-- {
		if t := nb.sn.toks[j].Text; !isBlank(t) {
			return numeralWord(t)
		}
	}
	return false
}

// predicateClosesNext reports whether the word after the token is a
// predicate that closes its clause, sentence-final particles aside (锁|坏
// 了。, 包|丢了): the token is its subject.
func predicateClosesNext(nb *neighbours) bool {
	if !nb.predicateNext || nb.sn == nil {
		return false
	}
	j := hanAt(nb.sn, nb.k, 1)
	if j < 0 {
		return false
	}
	for j++; j < len(nb.sn.toks) && finalParticles[nb.sn.toks[j].Text]; j++ {
	}
	return clauseEndsAt(nb.sn.toks, j)
}

// verbOfClause reports whether sense i, a verb's, is the predicate that
// takes the clause after the token for object, where in's grammar sense is
// no preposition (信 "at will"): after its subject or a negation (我信你说
// 的话, 我不信他说的 "to trust", 我把它设成了 设 "to set up"; 我为你们提供
// keeps 为 "for", a preposition; 就像我说的 keeps 像 "such as": 就 may
// stand before a preposition).
func (in *entryInfo) verbOfClause(i int, nb *neighbours) bool {
	if i < 0 || !in.marks[i].verb || in.grammar < 0 || prepositionGloss(in.senses[in.grammar]) {
		return false
	}
	return nb.in(prevPersonal) || nb.prev == "不" || nb.prev == "没"
}

// goalAdverbs are the predicateAdverbs after which a noun closing its
// clause is what one goes for or has more or less of (我们去海边, 多放
// 点盐): no verb.
var goalAdverbs = map[string]bool{"去": true, "来": true, "多": true, "少": true}

// comparingDegree are the degree adverbs of a superlative or a comparative,
// after which an adjective modifies a noun with no 的 between (最低气温, 更
// 大范围, 较高水平).
var comparingDegree = map[string]bool{"最": true, "更": true, "更加": true, "较": true, "越": true, "越来越": true, "极": true}

// participleSense returns the first plain sense after first whose first
// gloss is the past participle ("-ed") of the verb sense first glosses
// first ("to fix" and "fixed", "to unify" and "unified", "to concentrate"
// and "concentrated": the same Snowball stem), -1 if none: the state the
// doing leaves.
func (in *entryInfo) participleSense(first int, nb *neighbours) int {
	v := headVerb(in.senses[first])
	if v == "" {
		return -1
	}
	vs := stem(strings.ToLower(v))
	return in.laterPlain(first, nb, func(_ int, s string) bool {
		g := firstGloss(s)
		return strings.HasSuffix(g, "ed") && !strings.Contains(g, " ") && stem(strings.ToLower(g)) == vs
	})
}

// countedPastModifier reports whether a quantity counts the token past an
// adjective that modifies it with no 的: 一个新应用, 一个重要决定, 一次小
// 调整, 是个新发现, 这项新研究. The adjective makes no verb of the token:
// what a quantity counts, modified or not, is a noun (countedBefore sees
// the quantity right before the token only).
func countedPastModifier(nb *neighbours) bool {
	if nb.prevPos != "a" || nb.sn == nil || utf8.RuneCountInString(nb.prev) > 2 {
		return false
	}
	j := hanAt(nb.sn, nb.k, -1)
	if j < 0 {
		return false
	}
	i := hanAt(nb.sn, j, -1)
	if i < 0 {
		return false
	}
	t := nb.sn.toks[i].Text
	if countingWords[t] {
		return true // 很多新想法, 一些小调整
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if utf8.RuneCountInString(t) > 1 {
		// 一个, 两项, 这种, 每次 (not a time: 三天, 这年).
		return countingRune(first) && !countingRune(last) && !timeUnit(string(last)) && !timeUnit(t[len(string(first)):])
	}
	// A measure word alone, after a number or a demonstrative (一 项, 这
	// 种) or after the verb whose 一 it drops (是个, 有个, 做个).
	if p := nb.sn.posOf(nb.a, i); p != "q" && !strings.HasPrefix(nb.sn.toks[i].Gloss, "classifier") || timeUnit(t) {
		return false
	}
	h := hanAt(nb.sn, i, -1)
	if h < 0 {
		return false
	}
	b := nb.sn.toks[h].Text
	return numeralWord(b) || demonstratives[b] || strings.HasPrefix(nb.sn.posOf(nb.a, h), "v")
}

// durationUnits measure a stretch of time.
var durationUnits = map[string]bool{
	"分钟": true, "小时": true, "个小时": true, "钟头": true, "个钟头": true, "天": true,
	"星期": true, "个星期": true, "周": true, "个月": true, "年": true,
}

// durationBefore reports whether 的 before the token follows an amount
// of time: a numeral (or 半个, 几) and a unit of time (十分钟的, 半个小时
// 的, 三天的), gse's cut of it or one word with its numeral (两小时).
func durationBefore(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	j := hanAt(nb.sn, nb.k, -1) // 的
	if j < 0 {
		return false
	}
	if j = hanAt(nb.sn, j, -1); j < 0 {
		return false
	}
	t := nb.sn.toks[j].Text
	for u := range durationUnits {
		if n, ok := strings.CutSuffix(t, u); ok && n != "" && (numeralWord(n) || isNumeral(firstRune(n))) {
			return true
		}
	}
	if !durationUnits[t] {
		return false
	}
	i := hanAt(nb.sn, j, -1)
	if i < 0 {
		return false
	}
	p := nb.sn.toks[i].Text
	return numeralWord(p) || isNumeral(firstRune(p)) || p == "半个" || p == "几" || p == "半" || nb.sn.posOf(nb.a, i) == "m"
}

// placeThenVerb reports whether the token's next word, 在, opens a place
// of one to three words followed by a verb in the same clause: 计划在这里
// 建, 计划在北京开一家店.
func placeThenVerb(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	for j, n := hanAt(nb.sn, nb.k, 1)+1, 0; j > 0 && j < len(toks) && n < 4; j++ {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		if !isHan(firstRune(t)) || t == "的" {
			return false
		}
		if p := nb.sn.posOf(nb.a, j); n > 0 && !strings.HasPrefix(p, "a") && nb.a.predicateAt(nb.sn, j) {
			return true
		}
		n++
	}
	return false
}

// verbAheadInClause reports whether a verb follows the token in its
// clause with only adverbials between (你最好早点来, 我们最好现在就走),
// and no 的 (最好的办法).
func verbAheadInClause(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	for j, n := nb.k+1, 0; j < len(toks) && n < 4; j++ {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		if !isHan(firstRune(t)) || t == "的" {
			return false
		}
		if t == "别" || t == "不要" {
			return true
		}
		// (A verb by gse's tag or the dictionary's, not an adjective
		// that is an adverbial here: 早 in 早点来; gse tags 问 in 先问问
		// a noun.)
		if p := nb.sn.posOf(nb.a, j); !strings.HasPrefix(p, "a") && nb.a.predicateAt(nb.sn, j) {
			return true
		}
		n++
	}
	return false
}

// verbWaitingSense returns the index of a plain sense of in other than
// first whose first gloss waits for a verb ("had better ...", "to be keen
// to ..."), -1 if none.
func verbWaitingSense(in *entryInfo, first int) int {
	return otherPlainSense(in, first, func(s string) bool {
		g := firstGloss(s)
		return strings.HasSuffix(g, " to ...") || strings.HasSuffix(g, " better ...")
	})
}

// stateOfMind reports whether sense s is glossed first "to be" and an
// adjective WordNet knows as no noun ("to be sure", "to be overdue"):
// a state someone or something is in.
func stateOfMind(s string) bool {
	g, ok := strings.CutPrefix(firstGloss(s), "to be ")
	return ok && !strings.Contains(g, " ") && partsOfSpeech(g)&(wordnet.Adj|wordnet.Noun|wordnet.Verb) == wordnet.Adj && !passiveGloss(g)
}

// passiveGloss reports whether g, after "to be ", is the participle of a
// verb done to a thing ("implemented": 项目终于落地了 "(fig.) to be
// implemented"), which says what was done to it already, not a state of
// mind ("sure").
func passiveGloss(g string) bool {
	if !strings.HasSuffix(g, "ed") {
		return false
	}
	var buf [4]string
	for _, l := range wordnet.Lemmas(buf[:0], g) {
		if l != g && partsOfSpeech(l)&wordnet.Verb != 0 {
			return true
		}
	}
	return false
}

// thingSubject reports whether the token's subject, the word before it
// past adverbs and negations, in its clause, is a noun that names no
// person: 时间已经确定了, 开会的地点确定了吗 (not 你确定吗, 老师也不确定).
func thingSubject(nb *neighbours) bool {
	if nb.sn == nil || nb.a == nil {
		return false
	}
	for j := nb.k - 1; j >= 0; j-- {
		t := nb.sn.toks[j].Text
		if isBlank(t) {
			continue
		}
		if !isHan(firstRune(t)) {
			return false
		}
		p := nb.sn.posOf(nb.a, j)
		if p == "d" || negators[t] {
			continue
		}
		if !strings.HasPrefix(p, "n") && p != "s" || p == "nr" {
			return false // (gse tags 地点 s, a place)
		}
		for _, w := range splitWords(strings.ToLower(nb.sn.toks[j].Gloss)) {
			if personWords[w] {
				return false
			}
		}
		return true
	}
	return false
}

// personWords are the words of a noun's gloss that name people (or
// those who decide, as people do: a company, a team).
var personWords = map[string]bool{
	"person": true, "people": true, "man": true, "woman": true, "men": true, "women": true, "child": true,
	"children": true, "teacher": true, "student": true, "doctor": true, "friend": true, "mother": true,
	"father": true, "mom": true, "dad": true, "boss": true, "manager": true, "colleague": true,
	"everyone": true, "everybody": true, "somebody": true, "someone": true, "company": true,
	"government": true, "team": true, "leader": true, "expert": true, "customer": true, "parents": true,
	"wife": true, "husband": true, "son": true, "daughter": true, "brother": true, "sister": true,
}

// timeObjectEnds reports whether a date or time (gse's t) follows the
// token and ends its clause: its object (确定日期。), not a time
// adverbial before the verb of a clause (不确定明天能来).
func timeObjectEnds(nb *neighbours) bool {
	if nb.nextPos != "t" || nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	for j := nb.k + 1; j < len(toks); j++ {
		if !isBlank(toks[j].Text) {
			return clauseEndsAt(toks, j+1) || j+1 < len(toks) && finalParticles[toks[j+1].Text] && clauseEndsAt(toks, j+2)
		}
	}
	return false
}

// particlesToEnd reports whether only sentence-final particles (了 吗 …)
// stand between the token and the end of its clause: 确定了吗?
func particlesToEnd(nb *neighbours) bool {
	if nb.objectless || nb.sn == nil {
		return nb.objectless
	}
	toks := nb.sn.toks
	for j := nb.k + 1; j < len(toks); j++ {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		if !finalParticles[t] {
			return clauseEndsAt(toks, j)
		}
	}
	return true
}

// labelledAdjective reports whether sense s is one CC-CEDICT labels
// "(adjective)".
func labelledAdjective(s string) bool { return strings.HasPrefix(s, "(adjective)") }

// articleGloss reports whether the first gloss of sense s starts with an
// article: "an ideal" is a noun.
func articleGloss(s string) bool {
	g := firstGloss(s)
	return strings.HasPrefix(g, "a ") || strings.HasPrefix(g, "an ") || strings.HasPrefix(g, "the ")
}

// baObjectBefore reports whether 把 and one word, its object, stand right
// before the token: 把我气坏了.
func baObjectBefore(nb *neighbours) bool {
	return nb.prev != "" && nb.prev != "把" && secondBefore(nb) == "把"
}

// placeBefore reports whether 在 and one word, a place, stand right
// before the token: 他在银行工作.
func placeBefore(nb *neighbours) bool {
	return secondBefore(nb) == "在"
}

// secondBefore is the second word before the token, blanks aside ("" if
// none or the sentence is unknown): 把 in 把我气坏了 for 气坏.
func secondBefore(nb *neighbours) string {
	if nb.sn == nil {
		return ""
	}
	for j, n := nb.k-1, 0; j >= 0; j-- {
		t := nb.sn.toks[j].Text
		if isBlank(t) {
			continue
		}
		if n == 1 {
			return t
		}
		n++
	}
	return ""
}

// sizeAdjectives say how much of an attribute there is: 压力很大, 时间很长.
var sizeAdjectives = map[string]bool{
	"大": true, "小": true, "高": true, "低": true, "长": true, "短": true, "快": true, "慢": true,
	"多": true, "少": true, "重": true,
}

// measuredAttributeNext reports whether a noun of two or more characters
// follows the token, then a degree adverb (or 越来越) and an adjective of
// size closing the clause: 工作压力很大, 工作时间很长.
func measuredAttributeNext(nb *neighbours) bool {
	if nb.sn == nil || !strings.HasPrefix(nb.nextPos, "n") || strings.HasPrefix(nb.nextPos, "nr") || utf8.RuneCountInString(nb.next) < 2 {
		return false
	}
	toks := nb.sn.toks
	j := nb.k + 2
	if j >= len(toks) || !degreeAdverbs[toks[j].Text] && toks[j].Text != "越来越" {
		return false
	}
	j++
	if j >= len(toks) || !sizeAdjectives[toks[j].Text] {
		return false
	}
	j++
	if j < len(toks) && toks[j].Text == "了" {
		j++
	}
	return clauseEndsAt(toks, j)
}

// localizers close a phrase of 在 that says where or in what: 在工作中,
// 在教育上, 在技术方面.
var localizers = map[string]bool{"中": true, "上": true, "里": true, "方面": true, "当中": true, "之中": true, "过程中": true}

// nominalObjectVerbs take for object a thing done, said by a word that is
// a verb too: 得到帮助, 受到欢迎, 提供服务, 进行比较, 表示感谢.
var nominalObjectVerbs = map[string]bool{
	"得到": true, "受到": true, "获得": true, "取得": true, "提供": true, "给予": true, "寻求": true,
	"缺乏": true, "加强": true, "表示": true, "引起": true, "失去": true, "接受": true, "进行": true,
	"开展": true, "做出": true, "作出": true, "遭到": true,
}

// nominalObjectBefore reports whether one of nominalObjectVerbs stands
// before the token, perhaps with 了 between (得到了帮助).
func nominalObjectBefore(nb *neighbours) bool {
	if nominalObjectVerbs[nb.prev] {
		return true
	}
	return nb.prev == "了" && nominalObjectVerbs[secondBefore(nb)]
}

// stateBefore are the words after which a state follows: 变得 and 显得
// "to become, to seem", 更加 "more", 且 "and" between two states.
var stateBefore = map[string]bool{"变得": true, "显得": true, "更加": true, "且": true}

// goerBefore reports whether the word before the token is who goes (a
// personal pronoun: 让它过去吧) or an adverb or a modal that only a verb follows (先,
// 马上, 就, 要, 得, 快点儿), or a stretch of time that passes before 了 (一个
// 小时过去了).
func goerBefore(nb *neighbours) bool {
	switch {
	case nb.prev == "是" || nb.prev == "是否":
		return false
	case predicateAdverbs[nb.prev] || nb.in(prevAuxiliary) || nb.in(prevPersonal) || nb.prevPos == "d":
		return true
	case nb.prev == "快点" || nb.prev == "快点儿" || nb.prev == "赶快":
		return true
	}
	return nb.next == "了" && (timeUnit(nb.prev) || spans[nb.prev])
}

// afterHeadTime reports whether the word before the token is a time
// (gse's t, or a word of recent time gse tags otherwise) that heads its
// clause: 最近工作很忙, 今年变化很大.
func afterHeadTime(nb *neighbours) bool {
	if nb.prevPos != "t" && !recentTimes[nb.prev] || nb.sn == nil {
		return false
	}
	j := hanAt(nb.sn, nb.k, -1)
	if j < 0 {
		return false
	}
	for i := j - 1; i >= 0; i-- {
		if t := nb.sn.toks[i].Text; !isBlank(t) {
			return unicode.IsPunct(firstRune(t))
		}
	}
	return true
}

// recentTimes say "lately", which gse may tag other than a time.
var recentTimes = map[string]bool{"最近": true, "近来": true, "目前": true, "如今": true, "这几天": true, "这两天": true, "这段时间": true}

// intensityWords say how far a state goes, as the complement after 得:
// 卷得很厉害, 牛得不行.
var intensityWords = map[string]bool{"厉害": true, "严重": true, "不行": true, "要命": true, "要死": true}

// intensityAfterDe reports whether the token's 得 is followed by an
// intensity (intensityWords), degree adverbs between: 卷得非常厉害.
func intensityAfterDe(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	toks := nb.sn.toks
	for j := nb.k + 2; j < len(toks) && j <= nb.k+4; j++ {
		t := toks[j].Text
		if intensityWords[t] {
			return true
		}
		if !degreeAdverbs[t] && t != "很" && t != "非常" {
			return false
		}
	}
	return false
}

// stateSense reports whether sense s glosses a state: an adjective (or a
// phrase that starts with one: "hard of hearing"), or a verb "to be …".
func stateSense(s string) bool {
	if isVerbSense(s) {
		return stative(s)
	}
	if predicateSense(s) {
		return true
	}
	w, _, phrase := strings.Cut(firstGloss(s), " ")
	return phrase && partsOfSpeech(w)&wordnet.Adj != 0
}

// colloquialAdjective returns the first sense of in labelled slang or
// colloquial ("(slang)", "(coll.)", "(internet slang)") with a gloss that
// is one adjective: not "to …", and WordNet knows it as an adjective or
// not at all ("hypercompetitive"); -1 if none.
func (in *entryInfo) colloquialAdjective() int {
	for i, s := range in.senses {
		if !in.marks[i].marked || !strings.HasPrefix(s, "(slang)") && !strings.HasPrefix(s, "(coll.)") && !strings.HasPrefix(s, "(internet slang)") {
			continue
		}
		for g := range strings.SplitSeq(stripBrackets(s), ";") {
			g = strings.TrimSpace(g)
			if g == "" || strings.Contains(g, " ") {
				continue
			}
			if p := partsOfSpeech(g); p == 0 || p&wordnet.Adj != 0 {
				return i
			}
		}
	}
	return -1
}

// adjectiveThenAdjective reports whether sense first of in glosses an
// adjective that WordNet knows as a noun too and the next plain sense an
// adjective only: the entry lists the adjective first (热情 "cordial",
// then "enthusiastic"), whatever noun "cordial" also is.
func (in *entryInfo) adjectiveThenAdjective(first int) bool {
	if in.glossPOS(first)&wordnet.Adj == 0 {
		return false
	}
	for i := first + 1; i < len(in.senses); i++ {
		if s := in.senses[i]; in.plain(i, s) {
			return partsOfSpeech(firstGloss(s))&(wordnet.Adj|wordnet.Noun|wordnet.Verb) == wordnet.Adj
		}
	}
	return false
}

// greetedBy reports whether 打 stands before the token, a measure of it
// (个, 声) or 了 between: 打个招呼, 打了个招呼, 打了声招呼.
func greetedBy(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	for j, n := nb.k-1, 0; j >= 0 && n < 3; j-- {
		t := nb.sn.toks[j].Text
		if isBlank(t) {
			continue
		}
		n++
		switch t {
		case "打":
			return true
		case "个", "声", "了", "一", "一声":
			continue
		}
		return false
	}
	return false
}

// thingAhead reports whether a noun that names no person follows the
// token within its clause, an aspect particle, a complement of direction,
// a quantity, a determiner or an adjective between: 装了个软件, 装上两个
// 摄像头, 装一下这个软件.
func thingAhead(nb *neighbours) bool {
	if nb.sn == nil || nb.a == nil {
		return false
	}
	toks := nb.sn.toks
	for j, n := nb.k+1, 0; j < len(toks) && n < 5; j++ {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		n++
		p := nb.sn.posOf(nb.a, j)
		switch {
		case t == "了" || t == "上" || t == "好" || t == "个" || t == "一下" || p == "m" || p == "mq" || p == "q" || p == "a" || nounDeterminers[t]:
			continue
		case strings.HasPrefix(p, "n") && p != "nr" && !personalPronouns[t]:
			return true
		}
		return false
	}
	return false
}
