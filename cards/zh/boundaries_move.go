package zh

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Rules of regroup (boundaries.go) that move the boundary between two
// words, where the characters around it belong to the other word: 拿出 来
// is 拿 出来, 一 早就 一早 就.

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

// compoundDirection moves the boundary between a verb of two characters
// that ends in a direction (word k: 拿出, 坐下, 写下) and 来 or 去 alone
// after it (word k+1), where the direction and 来/去 make the complement
// of direction a teacher reads as one word (出来, 下来, 起来):
// 把手机拿出来 is 拿 出来, not 拿出 "to take out" 来; 请坐下来 is 坐 下来;
// 写下来, 想出来 alike. The English side often says the verb and its
// particle ("take out", "sit down") and so favours the shorter verb; the
// grammar settles it all the same. Only a complement CC-CEDICT glosses as
// one (afterVerbSense: 出来 "(after a verb, …)", 过去 "(verb suffix)"):
// 进去 "to go in", 回去 "to return" are verbs of their own, and the verb
// keeps its direction, as a gold writer takes the longest headword
// (钻进去 is 钻进 去, 退回去 退回 去, 带回来 带回 来). The first character
// must be a verb and word k tagged one, so a time or place word keeps its
// 上/下 (晚上来, 马上去). It reports whether it moved the boundary.
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
	if n1+n2 != len(w) || c1 >= maxRune || a.singles[c1].logp == 0 || !directionComplement(w[n1:]+next) || !a.verbChar(w[:n1]) || !a.afterVerbSense(w[n1:]+next) {
		return false
	}
	return a.shiftAs(out, k, w[:n1], w[n1:]+next)
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
