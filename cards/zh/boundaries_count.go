package zh

import (
	"strings"
	"unicode/utf8"
)

// Rules of regroup (boundaries.go) that settle the words of a count:
// numerals, measure words, ordinals and spans of time (好几 天, 第一 个, 大
// 三 岁, 下 个 星期二), whether they join, move or split a boundary.

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
// 妈妈一个人在家, 就我一个人; so after a pronoun before 的 (你一个人的声音
// "your voice alone"), and after a modal or an adverb that follows the
// person (自己会一个人去旅行, 他总是一个人吃饭). After a verb or 是 the words
// count a person: 我认识一个人, 这是一个人的问题. It reports whether it did.
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
	pronoun := false
	switch prev {
	case "我", "你", "您", "他", "她", "自己":
		pronoun = true
	case "会", "要", "想", "能", "敢", "得", "可以", "打算", "也", "都", "就", "还", "总是", "经常":
		// A modal or an adverb between the person and 一个人: 自己会一个
		// 人去旅行, 我想一个人待会儿, 他总是一个人吃饭 (the person is the
		// word before it).
		if j := k - n; j < from || !oneOfPeople(run[out.start(j, from):out.ends[j]]) {
			return false
		}
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
		if tag := a.w.posNames[out.pos[k+2]]; !a.verbStart(tag, next) && !strings.HasPrefix(tag, "d") && tag != "p" && !potentialForm(next) && !strings.HasPrefix(next, "在") && !(pronoun && next == "的") {
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

// oneOfPeople reports whether w names one person who may do a thing
// alone: a personal pronoun of one, 自己, or a person (personSubject).
func oneOfPeople(w string) bool {
	switch w {
	case "我", "你", "您", "他", "她", "自己":
		return true
	}
	return personSubject(w)
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
