package zh

import (
	"strings"
	"unicode/utf8"
)

// Rules of regroup (boundaries.go) that cut a headword in two where the
// words around it need the halves: a verb and its particle or complement
// (见 得 多), an adverb and a verb (别 管), a place word and a verb (上 装).

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

// mustServe splits 得 and a verb of one character that make a word whose
// first sense is no verb (得当 "appropriate") after an adverb or a person,
// before more of the clause: 还得当带教老师 "also has to act as a mentor",
// 你就得当好这个家 are 得 dei3 "must" 当 "to act as". Closing the clause
// (处理得当) or before 的 the word stays, and so does a word whose sense is
// a predicate of "it" (itPredicate: 得看 "(it) depends on"). It reports
// whether it did.
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
	if finalParticles[next] || next == "的" || next == "地" || !a.verbChar(x) || !a.noVerbFirst(w) || a.itPredicate(w) {
		return false
	}
	if _, n := utf8.DecodeRuneInString(next); n < len(next) {
		if _, ok := a.lex.get(x + next[:n]); ok {
			return false // 我们得当面谈: gse's 得当 面谈 hides 当面, not 当 alone
		}
	}
	return a.splitAs(out, k, start, "得", x)
}

// itPredicate reports whether a first sense of w is a predicate with its
// subject "it" in parentheses, "(it) depends on ...": 得看 is the verb of
// its clause (那得看原因, 还得看天气 "depends on the weather"), no quality
// like 得当 "appropriate" that mustServe splits.
func (a *Analyzer) itPredicate(w string) bool {
	for _, e := range a.dict.Lookup(w) {
		for s := range e.SensesSeq() {
			if strings.HasPrefix(s, "(it) ") {
				return true
			}
			break
		}
	}
	return false
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

// beforeNext holds the headwords that the word after them shows to be
// two words, each with that word: cutBefore splits them after their first
// character.
var beforeNext = map[string]string{
	// 光顾 "to visit (as a customer)" before 着 is 光 "only" and 顾 "to
	// attend to": 别光顾着玩 "don't just think of playing", 他光顾着说话，菜
	// 都凉了. A customer's visit takes a shop, not 着 (欢迎再次光顾).
	"光顾": "着",
	// 只得 "to have no alternative but to", which takes a verb, before 了
	// is 只 "only" and 得 "to obtain": 他只得了六十分 "he only got sixty",
	// 这次只得了第三名 (他只得放弃 keeps the word).
	"只得": "了",
	// 干什么 "what are you doing?" before 用 is 干 "to do" and 什么: 这是干
	// 什么用的 "what is it for", 你买这个干什么用.
	"干什么": "用",
}

// cutBefore splits word k, a headword of beforeNext, after its first
// character where the word after it is the one beforeNext gives: 光 顾 着.
// It reports whether it split.
func (a *Analyzer) cutBefore(run string, out *segWords, k, from int) bool {
	if k+1 >= len(out.ends) {
		return false
	}
	start := out.start(k, from)
	w := run[start:out.ends[k]]
	next, ok := beforeNext[w]
	if !ok || run[out.ends[k]:out.ends[k+1]] != next {
		return false
	}
	_, n := utf8.DecodeRuneInString(w)
	return a.splitAs(out, k, start, w[:n], w[n:])
}

// surelyNot splits 可不, which CC-CEDICT has only for 可不是 "exactly;
// right", before what 不 negates: 可 of emphasis and 不 "not" (这个老师可不
// 给你偷懒的机会 "this teacher sure won't let you slack off", 这可不行, 你可不能走, 他可不
// 想去). 可不是, 可不嘛 and 可不 closing its clause ("exactly") keep the
// word. So does 可不是 after its subject, before what it denies: 这可不是小
// 事 "this is no small matter" is 可 不是, as 这可不行 is 可 不; "exactly"
// is a clause of its own (可不是嘛, 可不是，我也这么想). It reports whether
// it split.
func (a *Analyzer) surelyNot(run string, out *segWords, k, from int) bool {
	start := out.start(k, from)
	if k+1 >= len(out.ends) {
		return false
	}
	w, next := run[start:out.ends[k]], run[out.ends[k]:out.ends[k+1]]
	if finalParticle(next) || !isHan(firstRune(next)) {
		return false
	}
	if w == "可不是" && k > from {
		return a.splitAs(out, k, start, "可", "不是")
	}
	if w != "可不" || next == "是" {
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
