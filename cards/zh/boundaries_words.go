package zh

import (
	"slices"
	"strings"
	"unicode/utf8"

	"cika/cards/wordnet"
)

// The word classes and the CC-CEDICT sense tests the boundary rules read
// (boundaries*.go), and a few that other files share with them: what a
// word can be (a verb, a direction, a modal, an object's start) by its gse
// tag, its characters or its first sense.

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

// resultComplement reports whether w completes a verb with its result:
// 到 (收到), 完, 好, 懂, 见, 住, 掉.
func resultComplement(w string) bool {
	switch w {
	case "到", "完", "好", "懂", "见", "住", "掉":
		return true
	}
	return false
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
			if in := a.info(e); !isVerbSense(in.senses[f]) && in.glossPOS(f)&p != 0 {
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
			p := a.info(e).glossPOS(f)
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

// afterVerbSense reports whether CC-CEDICT gives w a sense it marks as
// following a verb: 出来 chu5 lai5 "(after a verb, indicates coming out
// …)", 过去 guo4 qu5 "(verb suffix)", 上来 "(verb complement indicating
// success)". A compound direction with none (进去 "to go in", 回去 "to
// return") is a verb of its own, not a complement.
func (a *Analyzer) afterVerbSense(w string) bool {
	for _, e := range a.dict.Lookup(w) {
		for _, s := range e.Senses() {
			if strings.Contains(s, "after a verb") || strings.Contains(s, "after verb") || strings.Contains(s, "verb suffix") || strings.Contains(s, "verb complement") {
				return true
			}
		}
	}
	return false
}
