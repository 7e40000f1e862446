package zh

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"cika/cards/dict"
)

// Numbers, times and measures as a learner meets them. 四点十分 is "4:10"
// (四 点 十 分), not 四 点 十分 "very"; 他比她大三岁 is 大 三 岁 "three
// years older", not 大三 "third year of university" 岁; 三点多才睡着 is 三
// 点 多 才 "not until past three", not 多才 "multitalented". A dictionary
// teaches the numeral, the measure word and the 多 or 半 that follows as
// words of their own.
//
// The unigram model cannot see this: 十分 and 多才 are words, and likelier
// than their parts. The English side can: when it says the number ("4:10",
// "three years older"), a numeral of that value followed by a measure is a
// quantity, and no word may straddle its parts (quantities). Without that
// evidence nothing changes: 他十分喜欢 keeps 十分 "very".

// numeralValue returns the value of a run of Chinese numerals: 三 3, 十五
// 15, 二十 20, 一百零五 105, 两千 2000, and digit by digit when there is no
// 十, 百, 千, 万 or 亿 (二〇二五 2025). ok is false for anything else.
func numeralValue(s string) (v int64, ok bool) { return numeralRunes([]rune(s)) }

// numeralRunes is numeralValue of the characters s.
func numeralRunes(s []rune) (v int64, ok bool) {
	if len(s) == 0 {
		return 0, false
	}
	positional := true
	for _, r := range s {
		d := digitOf(r)
		if d < 0 {
			if unitOf(r) == 0 {
				return 0, false
			}
			positional = false
		}
	}
	if positional {
		for _, r := range s {
			if v > 1e15 {
				return 0, false
			}
			v = 10*v + int64(digitOf(r))
		}
		return v, true
	}
	// section is the value below 万 being read, total what 万 and 亿 closed.
	var total, section, digit int64
	pending := false
	for _, r := range s {
		if d := digitOf(r); d >= 0 {
			digit, pending = int64(d), true
			continue
		}
		u := unitOf(r)
		switch {
		case u >= 10000:
			section += digit
			if section == 0 {
				section = 1
			}
			if total > 1e15/u {
				return 0, false
			}
			total = (total + section) * u
			section, digit, pending = 0, 0, false
		default:
			if !pending {
				digit = 1 // 十五: the 一 of 一十 goes unsaid
			}
			section += digit * u
			digit, pending = 0, false
		}
	}
	return total + section + digit, true
}

// digitOf returns the digit a Chinese numeral character writes, -1 if it
// writes none.
func digitOf(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// unitOf returns the power of ten a numeral character multiplies by, 0 if
// it is not one.
func unitOf(r rune) int64 {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	case '万':
		return 10000
	case '亿':
		return 100000000
	}
	return 0
}

func isNumeral(r rune) bool {
	switch r {
	case '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿':
		return true
	}
	return false
}

// roughNumeral reports whether s is 几 "a few", alone or among numerals:
// 十几, 二十几, 几十, 几百.
func roughNumeral(s string) bool {
	ji := false
	for _, r := range s {
		switch {
		case r == '几':
			ji = true
		case !isNumeral(r):
			return false
		}
	}
	return ji
}

// isNumeralWord reports whether s is made of numerals only.
func isNumeralWord(s string) bool {
	for _, r := range s {
		if !isNumeral(r) {
			return false
		}
	}
	return s != ""
}

// measure is a measure word or unit that follows a numeral in everyday
// quantities, times and ages. A unit of time ends the quantity: 三年前 is
// 三 年 前 "three years ago", not 年前 "before New Year", 十五分开会 is 十五
// 分 开会 "meeting at :15". A classifier may start a word with what
// follows: 三部分 is 三 部分 "three parts", 一千万人口 一千万 人口. Months
// and days (三月 "March", 五号) are left out: there the numeral and the
// unit make the dictionary's word.
type measure struct {
	w    string
	time bool
}

// Built on first use: every cika command links this package, and most
// (lookup among them) never analyze a pair.
var measures = sync.OnceValue(func() []measure {
	var ms []measure
	for _, w := range []string{"小时", "钟头", "分钟", "秒钟", "点钟", "星期", "礼拜", "岁", "年", "天", "点", "分", "秒", "刻", "周"} {
		ms = append(ms, measure{w, true})
	}
	for _, w := range []string{
		"公里", "公斤", "公分", "毫米", "厘米",
		"个", "次", "遍", "块", "元", "米", "斤", "本", "张", "条", "件", "只", "位", "名", "口", "杯", "瓶",
		"碗", "双", "套", "辆", "台", "层", "页", "篇", "首", "句", "场", "部", "份", "种", "节", "班", "倍",
		"人", "间", "座",
	} {
		ms = append(ms, measure{w, false})
	}
	return ms
})

// measuresBy are the measures by first character, longest first (as
// listed: the words of two characters come first).
// Built on first use: every cika command links this package, and most
// (lookup among them) never analyze a pair.
var measuresBy = sync.OnceValue(func() map[rune][]measure {
	by := map[rune][]measure{}
	for _, m := range measures() {
		r := firstRune(m.w)
		by[r] = append(by[r], m)
	}
	return by
})

// approximators follow a numeral or its measure: 三十多年 "thirty-odd
// years", 两个半小时 "two and a half hours", 十来个 "about ten".
func isApproximator(r rune) bool { return r == '多' || r == '半' || r == '余' || r == '来' }

// measureAt returns the length in runes of the measure word starting at
// runes[i], 0 if none does, and whether it is a unit of time that ends the
// quantity. 年 before 代 or 级 does not: 八十年代 "the eighties", 三年级
// "third grade".
func measureAt(runes []rune, i int) (n int, ends bool) {
	if i >= len(runes) {
		return 0, false
	}
	for _, m := range measuresBy()[runes[i]] {
		n := 0
		for _, r := range m.w {
			if i+n >= len(runes) || runes[i+n] != r {
				n = -1
				break
			}
			n++
		}
		if n > 0 {
			ends = m.time
			if m.w == "年" && i+1 < len(runes) && (runes[i+1] == '代' || runes[i+1] == '级') {
				ends = false
			}
			return n, ends
		}
	}
	return 0, false
}

// quantities marks in cut the positions (rune offsets, 0..len(runes))
// where a word must end because a quantity the English side states starts,
// ends or changes part there: a numeral whose value the English has (see
// englishNumbers), an approximator, a measure, an approximator, a second
// measure after it (两个半小时: 两|个|半|小时). A numeral after 第 (an
// ordinal) or in a weekday (星期三) does not start one. lead is the value
// of Arabic digits written right before the run (3点多), -1 if none. nums
// gives the English side's numbers, called only for a numeral followed by
// a measure or an approximator. It reports whether it marked anything.
func quantities(runes []rune, lead int64, nums func() *englishNumbers, cut []bool) bool {
	marked := false
	n := len(runes)
	for i := 0; i < n; {
		start, end := i, i
		var v int64 = -1
		if i == 0 && lead >= 0 {
			v = lead
		} else {
			if !isNumeral(runes[i]) {
				i++
				continue
			}
			if start > 0 && (runes[start-1] == '期' || runes[start-1] == '拜' || runes[start-1] == '周') {
				i++ // 星期三: the weekday's numeral is part of its name
				continue
			}
			for end < n && isNumeral(runes[end]) {
				end++
			}
			var ok bool
			if v, ok = numeralRunes(runes[start:end]); !ok || (start > 0 && runes[start-1] == '第') {
				v = -1
			}
			if start > 0 && isApproximator(runes[start-1]) && runes[start-1] != '半' {
				v = -1 // 多一点: 多 is not after a number here
			}
		}
		if v < 0 {
			i = max(end, i+1)
			continue
		}
		var parts [8]int // room for start and end too
		np := 0
		p := end
		if p < n && isApproximator(runes[p]) && runes[p] != '半' {
			p++ // 三十多年
			parts[np], np = p, np+1
		}
		measured := false
		if m, ends := measureAt(runes, p); m > 0 {
			p += m
			measured = true
			if ends {
				parts[np], np = p, np+1
				if timePostposition(runes, p) {
					parts[np], np = p+1, np+1 // 三天后|来了
				}
			} else if u := unitOfTime(runes, p); u > 0 && runes[p-1] == '个' && timePostposition(runes, p+u) {
				parts[np], np = p+u+1, np+1 // 两个月前|来过
			}
			if p < n && isApproximator(runes[p]) {
				parts[np], np = p, np+1 // 三点多, 两个半: before 多, 半…
				p++
				parts[np], np = p, np+1 // …and after
				if m, ends := measureAt(runes, p); m > 0 && ends {
					p += m // 两个半小时
					parts[np], np = p, np+1
				}
			}
		}
		// A bare numeral, or one the English does not say: nothing
		// tells how it and what follows divide.
		if (np == 0 && !measured) || !nums().has(v) {
			i = max(end, i+1)
			continue
		}
		for _, k := range append(parts[:np], start, end) {
			if k == end && timesOf(runes, start, end, p) {
				continue
			}
			if k > 0 && k < n && !cut[k] {
				cut[k], marked = true, true
			}
		}
		i = p
	}
	return marked
}

// timePostposition reports whether runes[i] is 前 or 后 after a unit of
// time that ends a quantity, the postposition that makes the quantity a
// time (三天后 "three days later", 两年前 "two years ago"), where what
// follows is no postposition too (三年前后 "around three years"): it ends
// the time, so that no word takes it across (三天后来了 is 后 来 了, not 后来
// "afterwards"; 两年前来过 is 前 来过, not 前来 "to come").
func timePostposition(runes []rune, i int) bool {
	if i+1 >= len(runes) || runes[i] != '前' && runes[i] != '后' {
		return false
	}
	return runes[i+1] != '前' && runes[i+1] != '后'
}

// unitOfTime returns the length in runes of the unit of time at runes[i]
// that 个 counts (两个月, 一个星期, 两个小时), 0 if none is there. 月 is
// no measure of its own (三月 is "March", 月饼 "mooncake"), nor is a
// measure after 个 taken to end the quantity (一个星期天 "a Sunday"): only
// before a time postposition does the quantity end with them
// (timePostposition).
func unitOfTime(runes []rune, i int) int {
	if i < len(runes) && runes[i] == '月' {
		return 1
	}
	if m, ends := measureAt(runes, i); ends {
		return m
	}
	return 0
}

// timesOf reports whether the quantity of runes start to p is one numeral
// character, at start to end, and 次 or 倍 right after it, a multiple that
// CC-CEDICT may list as a word of its own: 三次 "three times", 三倍
// "threefold", 二次 "twice". No cut then parts them: the segmenter keeps
// the dictionary's word where there is one (一天吃三次药 is 三次, the unit
// a card teaches) and splits the rest (五 次).
func timesOf(runes []rune, start, end, p int) bool {
	return end-start == 1 && p == end+1 && (runes[end] == '次' || runes[end] == '倍')
}

// englishNumbers are the numbers an English sentence states, in digits
// ("4:10", "2025", "3rd") or in words ("three", "twenty-five", "a
// hundred"), and whether it tells a time of day (a clock time, "o'clock",
// "a.m.", "half past"). One is kept only with a time: "one" is more often
// a pronoun than a number.
type englishNumbers struct {
	vals  []int64
	clock bool
}

func (x *englishNumbers) has(v int64) bool {
	if v == 1 && !x.clock {
		return false
	}
	for _, w := range x.vals {
		if w == v {
			return true
		}
	}
	return false
}

var numberWords = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

var numberScales = map[string]int64{"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}

// numberHashes are numberWords and numberScales with their hash8, for
// mayHaveNumber.
// Built on first use: every cika command links this package, and most
// (lookup among them) never analyze a pair.
var numberHashes = sync.OnceValue(func() []slangWord {
	var l []slangWord
	for w := range numberWords {
		l = append(l, slangWord{w: w, h: hash8(w)})
	}
	for w := range numberScales {
		l = append(l, slangWord{w: w, h: hash8(w)})
	}
	return l
})

// mayHaveNumber reports whether the English side en (enText as written)
// may state a number: a digit, or a number word by en's Bloom filter.
// Most do not, and reading one costs a pass over its words.
func mayHaveNumber(enText string, en *english) bool {
	if strings.IndexAny(enText, "0123456789") >= 0 {
		return true
	}
	for _, n := range numberHashes() {
		if en.hasWord(n.w, n.h) {
			return true
		}
	}
	return false
}

// reset makes x the numbers of en.
func (x *englishNumbers) reset(en string) {
	x.vals, x.clock = x.vals[:0], false
	// cur is the number being read in words ("twenty five", "two hundred
	// and ten"), -1 when none.
	var cur, total int64 = -1, 0
	flush := func() {
		if cur >= 0 || total > 0 {
			x.vals = append(x.vals, total+max(cur, 0))
		}
		cur, total = -1, 0
	}
	prevNumber, prev := false, ""
	forWords(en, func(w string) {
		lw := strings.ToLower(w)
		isNum := false
		defer func() { prevNumber, prev = isNum, lw }()
		switch v, ok := numberWords[lw]; {
		case ok:
			switch {
			case cur >= 20 && cur%10 == 0 && v < 10:
				cur += v // twenty five
			case cur == 0 && total > 0:
				cur = v // two hundred and ten
			default:
				if cur >= 0 {
					flush()
				}
				cur = v
			}
			isNum = true
		case numberScales[lw] > 0:
			if cur < 0 {
				cur = 1 // a hundred
			}
			total += cur * numberScales[lw]
			cur, isNum = 0, true
		case lw == "and" && (cur >= 0 || total > 0):
			return // two hundred and ten
		default:
			flush()
			if d, rest := leadingDigits(lw); d >= 0 {
				x.vals = append(x.vals, d)
				isNum = true
				if rest == "am" || rest == "pm" {
					x.clock = true
				}
			}
			switch lw {
			case "o'clock", "oclock", "noon", "midnight":
				x.clock = true
			case "am", "pm":
				if prevNumber {
					x.clock = true
				}
			case "past", "to":
				// ten past four, half past five, a quarter to six; not
				// "the past five years" nor "two to three days".
				if (lw == "past" && (prevNumber || prev == "half")) || prev == "quarter" {
					x.clock = true
				}
			}
		}
	})
	flush()
	// A clock time: digits, a colon, two digits.
	for i := 1; i+2 < len(en); i++ {
		if en[i] == ':' && isDigit(en[i-1]) && isDigit(en[i+1]) && isDigit(en[i+2]) {
			x.clock = true
			break
		}
	}
	if strings.Contains(en, "a.m.") || strings.Contains(en, "p.m.") {
		x.clock = true
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// leadingDigits returns the number the ASCII digits starting w write and
// what follows them; -1 if w does not start with a digit.
func leadingDigits(w string) (int64, string) {
	var v int64
	i := 0
	for i < len(w) && isDigit(w[i]) && i < 16 {
		v = 10*v + int64(w[i]-'0')
		i++
	}
	if i == 0 {
		return -1, w
	}
	return v, w[i:]
}

// trailingDigits returns the value of the ASCII or full-width digits that
// end s, -1 if s does not end with one.
func trailingDigits(s string) int64 {
	end := len(s)
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if (r < '0' || r > '9') && (r < '０' || r > '９') {
			break
		}
		start -= size
		if end-start > 48 {
			return -1
		}
	}
	if start == end {
		return -1
	}
	var v int64
	for _, r := range s[start:end] {
		if r >= '０' {
			r -= '０' - '0'
		}
		v = 10*v + int64(r-'0')
	}
	return v
}

// clockTimes marks in cut the parts of the clock times in runes: an hour
// (a numeral of 0 to 24), 点, minutes (1 to 59), 分, as 四|点|十|分 "4:10".
// The pattern needs no English side: no word of the lexicon reads across it
// but 十分 "very", which would otherwise swallow the minutes' 十 and the
// 分. It is left alone where 十分 may well be "very": after a word that
// counts points rather than hours (这两点十分重要 "these two points are
// very important", 有一点, 第三点, 每一点), and before an adjective
// (四点十分明显). It reports whether it marked anything.
func (a *Analyzer) clockTimes(runes []rune, cut []bool) bool {
	marked := false
	n := len(runes)
	for i := 0; i < n; i++ {
		if runes[i] != '点' || i == 0 || !isNumeral(runes[i-1]) {
			continue
		}
		s := i
		for s > 0 && isNumeral(runes[s-1]) {
			s--
		}
		m := i + 1
		for m < n && isNumeral(runes[m]) {
			m++
		}
		if m == i+1 || m >= n || runes[m] != '分' {
			continue
		}
		hour, ok1 := numeralRunes(runes[s:i])
		minute, ok2 := numeralRunes(runes[i+1 : m])
		if !ok1 || !ok2 || hour > 24 || minute < 1 || minute > 59 {
			continue
		}
		if s > 0 && strings.ContainsRune("这那哪几些有第每上中", runes[s-1]) {
			continue
		}
		if a.adjectiveAt(runes, m+1) {
			continue
		}
		for _, k := range [...]int{s, i, i + 1, m, m + 1} {
			if k > 0 && k < n && !cut[k] {
				cut[k], marked = true, true
			}
		}
		i = m
	}
	return marked
}

// adjectiveAt reports whether the word starting at runes[i] is an
// adjective by gse's part of speech (a, ad, an): the word of two characters
// there if the lexicon has one, else the character.
func (a *Analyzer) adjectiveAt(runes []rune, i int) bool {
	if i >= len(runes) {
		return false
	}
	var pos uint8
	if p := a.long2.get(runes[i], runes[min(i+1, len(runes)-1)]); i+1 < len(runes) && p.isWord {
		pos = p.pos
	} else if r := runes[i]; r < maxRune {
		pos = a.singles[r].pos
	}
	p := a.w.posNames[pos]
	return p != "" && p[0] == 'a'
}

// splitAfterNumeral splits, among the words of run in out from index from
// on, a word after a numeral that starts with a classifier counting what
// follows it: 五个人 "five people" is 五 个 人, not 五 个人 "personal". The
// rest must be a word that takes the classifier by CC-CEDICT's CL notes (人
// CL:个), so that 三部分 "three parts" keeps 部分 (分 takes no 部). The
// numeral is a word of numerals only, or 几 alone or with numerals (十几
// "a dozen or so", 几十: 只有十几个人 is 十几 个 人), or left out after a verb of
// one character (找个人帮忙 "find someone to help" is 找 个 人), unless a
// noun or 的 follows (这是个人问题 keeps 个人 "personal").
func (a *Analyzer) splitAfterNumeral(run string, out *segWords, from int) {
	start := 0
	for k := from; k < len(out.ends); k++ {
		if k > from {
			start = out.ends[k-1]
		}
		if k == from || out.ids[k] < 0 {
			continue
		}
		pstart := 0
		if k-1 > from {
			pstart = out.ends[k-2]
		}
		if a.digitAndMeasure(run, out, k, start, run[pstart:start]) {
			k++
			start = out.ends[k-1]
			continue
		}
		if a.countedThenVerb(run, out, k, from, start) {
			k++
			start = out.ends[k-1]
			continue
		}
		omitted := false // 一 left out after a verb
		if prev := run[pstart:start]; !isNumeralWord(prev) && !roughNumeral(prev) && !oddNumber(run[:start]) {
			if utf8.RuneCountInString(prev) != 1 || !strings.HasPrefix(a.w.posNames[out.pos[k-1]], "v") {
				continue
			}
			omitted = true
		}
		w := run[start:out.ends[k]]
		cl, n := utf8.DecodeRuneInString(w)
		if n == len(w) || cl >= maxRune || a.singles[cl].logp == 0 {
			continue
		}
		le, ok := a.lex.get(w[n:])
		if ok && !omitted && timeUnit(w[:n]) && (placeAfterTime(w[n:]) || a.namesOnly(w)) {
			// A time counted and a place word: 十年内 "within ten years"
			// is 十 年 内, not 十 年内 "during the current year"; 三天后
			// is 三 天 后, not 天后 "queen of heaven" (gse tags 内 a
			// noun). So is a name that starts with the unit: 爬了一天山
			// "climbed for a day" is 一 天 山, not 天山 "Tianshan".
		} else if !ok || omitted && !a.measureChar(w[:n]) || !a.takes(w[n:], w[:n]) && !a.anyNounCounted(w[:n], w[n:], omitted) {
			// (takes reads CC-CEDICT's senses anew: after a verb, where
			// most words are no measure word and noun, the cached kinds
			// are asked first.)
			continue
		}
		if omitted && k+1 < len(out.ends) {
			// 这是个人问题 "a personal problem": a noun after the word
			// says it modifies it (a noun to gse: 找个人问路 "to ask the
			// way" is a verb).
			if next := run[out.ends[k]:out.ends[k+1]]; next == "的" || strings.HasPrefix(a.w.posNames[out.pos[k+1]], "n") && !a.verbSense(next) {
				continue
			}
		}
		lc := a.singles[cl]
		out.split(k, start, n, lc, le)
		k++
		start = out.ends[k-1]
	}
}

// countedThenVerb splits word k, which starts at byte start of the run, a
// word of two characters after a demonstrative or a numeral and a measure
// word, into the noun the measure counts (its first character, by the CL
// notes) and a verb, where 得 or an aspect particle follows: 这本书写得很好
// is 本 书 写 得, not 书写 "to write"; 这首歌唱得真好 is 歌 唱. The measure
// counts its noun; the word it does not count by its notes is no word
// there. (这张纸条是谁的 keeps 纸条: no verb's complement follows.) It
// reports whether it split.
func (a *Analyzer) countedThenVerb(run string, out *segWords, k, from, start int) bool {
	if k-2 < from || k+1 >= len(out.ends) {
		return false
	}
	switch next := run[out.ends[k]:out.ends[k+1]]; next {
	case "得", "了", "着", "过":
	default:
		return false
	}
	w := run[start:out.ends[k]]
	c1, n1 := utf8.DecodeRuneInString(w)
	c2, n2 := utf8.DecodeRuneInString(w[n1:])
	if n1+n2 != len(w) || c1 >= maxRune || c2 >= maxRune || a.singles[c1].logp == 0 || a.singles[c2].logp == 0 {
		return false
	}
	cl := run[out.ends[k-2]:start]
	before := run[out.start(k-2, from):out.ends[k-2]]
	if utf8.RuneCountInString(cl) != 1 || !demonstratives[before] && !isNumeralWord(before) && !roughNumeral(before) {
		return false
	}
	if !a.verbChar(w[n1:]) || !a.measureChar(cl) || !a.takes(w[:n1], cl) || a.takesAsHead(w, cl) {
		return false
	}
	out.split(k, start, n1, a.singles[c1], a.singles[c2])
	return true
}

// anyNounCounted reports whether cl is 个, the measure word of any noun,
// and rest a noun of one character the CL notes do not name it for, after
// a numeral written out: 这两个数差三 "these two numbers differ by three"
// is 两 个 数, not 两 个数 "number of items" (数 "number" has no CL note).
func (a *Analyzer) anyNounCounted(cl, rest string, omitted bool) bool {
	return cl == "个" && !omitted && utf8.RuneCountInString(rest) == 1 && a.nounFirst(rest)
}

// digitAndMeasure splits word k, which starts at byte start of the run,
// into a digit and a measure word when the word before, prev, is a
// numeral word that ends in a unit (十, 百, 千, 万): the digit goes on the
// number. 三十五度 "35 degrees" is 三十 五 度, not 三十 五度 "five
// degrees". It reports whether it split.
func (a *Analyzer) digitAndMeasure(run string, out *segWords, k, start int, prev string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if !isNumeralWord(prev) || unitOf(last) == 0 {
		return false
	}
	w := run[start:out.ends[k]]
	d, n := utf8.DecodeRuneInString(w)
	if n == len(w) || digitOf(d) < 1 || d >= maxRune || a.singles[d].logp == 0 {
		return false
	}
	rest := w[n:]
	m, ok := a.lex.get(rest)
	if !ok || !a.measureChar(rest) && !timeUnit(rest) {
		return false
	}
	out.split(k, start, n, a.singles[d], m)
	return true
}

// countsNounAfter reports whether the headword w of 一 and a classifier,
// word k of out, counts the noun right after it though no CL note says
// so: the next word is a noun by gse's tag and no sense of w is itself a
// count of one ("a …", "an …", "one …", "first …", "once"). (Other
// numerals count by their own senses: 三次 "three times" before 班.) 一家豆腐坊 is
// 一 家 "a" workshop, not 一家 "the whole family"; 少一道工序 is 一 道 "a"
// step, not 一道 "together". An adjective of one character may stand
// between (一家小馆子 is 一 家 小 馆子 "a small restaurant"). A word that
// counts keeps its own: 一块电池 "a piece", 一套设备 "a set", 一层 "one
// layer".
func (a *Analyzer) countsNounAfter(run string, out *segWords, k int, w string) bool {
	if !strings.HasPrefix(w, "一") || k+1 >= len(out.ends) {
		return false
	}
	j := k + 1
	if j+1 < len(out.ends) && utf8.RuneCountInString(run[out.ends[j-1]:out.ends[j]]) == 1 && a.w.posNames[out.pos[j]] == "a" {
		j++ // past an adjective of one character: 一家小馆子 "a small restaurant"
	}
	if out.ids[j] < 0 || !strings.HasPrefix(a.w.posNames[out.pos[j]], "n") {
		return false
	}
	for _, e := range a.dict.Lookup(w) {
		for s := range e.SensesSeq() {
			if countOfOne(s) {
				return false
			}
		}
	}
	return true
}

// countOfOne reports whether a sense of a numeral-and-classifier headword
// is a count of one thing or time, in any of its parts: "a piece", "one
// layer", "first round", "once", "some; a few".
func countOfOne(s string) bool {
	for part := range strings.SplitSeq(s, "; ") {
		for _, p := range []string{"a ", "an ", "one ", "first", "once"} {
			if strings.HasPrefix(part, p) {
				return true
			}
		}
	}
	return false
}

// countNamesUnit reports whether the headword w of a numeral and the
// classifier cl has a sense that counts one of what cl counts, by name:
// 一块 "a piece" and 块 "classifier for pieces of cloth, cake, soap etc"
// (the word itself or its plural),
// 一套 "a set" and 套 "classifier for sets, collections", 一层 "one layer".
// The headword is then the unit a card teaches before a noun cl counts
// (一块手表, 一套房子: JUDGEMENTS.md, "The unit a card teaches"), where a
// headword of another sense is not (一家 "the whole family" of 一家银行,
// 一头 "one head" of 一头牛: 头 counts "pigs or livestock"). Not where cl
// counts other things too: 口 is the classifier "for things with mouths"
// and "for bites or mouthfuls", and 一口 "a mouthful" is no unit of 一口
// 地道的上海话.
func (a *Analyzer) countNamesUnit(w, cl string) bool {
	var units []string
	for _, e := range a.dict.Lookup(w) {
		for s := range e.SensesSeq() {
			for part := range strings.SplitSeq(s, "; ") {
				for _, p := range []string{"a ", "an ", "one "} {
					if u, ok := strings.CutPrefix(part, p); ok && u != "" && !strings.ContainsAny(u, " (") {
						units = append(units, u)
					}
				}
			}
		}
	}
	if len(units) == 0 {
		return false
	}
	named, other := false, false
	for _, e := range a.dict.Lookup(cl) {
		for s := range e.SensesSeq() {
			rest, ok := strings.CutPrefix(s, "classifier for ")
			if !ok {
				continue
			}
			if slices.ContainsFunc(splitWords(rest), func(g string) bool { return slices.Contains(units, strings.TrimSuffix(g, "s")) }) {
				named = true
			} else {
				other = true
			}
		}
	}
	return named && !other
}

// takesAsHead is takes, or, for a word of several characters whose
// entries name no classifier, takes of its last character, the head of
// the compound: 小店 "small store" has no CL note, 店 "shop (CL:家)" has.
func (a *Analyzer) takesAsHead(noun, cl string) bool {
	if a.takes(noun, cl) {
		return true
	}
	head, n := utf8.DecodeLastRuneInString(noun)
	if n == len(noun) || head >= maxRune {
		return false
	}
	for _, e := range a.dict.Lookup(noun) {
		if _, any := clNamed(a.info(e).senses, ""); any {
			return false
		}
	}
	return a.takes(noun[len(noun)-n:], cl)
}

// placeAfterTime reports whether w says where in or around a span of
// time: 内, 前, 后, 以内, 左右.
func placeAfterTime(w string) bool {
	switch w {
	case "内", "前", "后", "里", "中", "间", "以内", "以前", "以后", "之内", "之前", "之后", "左右":
		return true
	}
	return false
}

// measureChar reports whether an entry of the character c has a sense
// as a measure word (个, 本, 张), by the counts entryInfo keeps.
func (a *Analyzer) measureChar(c string) bool {
	for _, e := range a.dict.Lookup(c) {
		if a.info(e).kinds.classifier > 0 {
			return true
		}
	}
	return false
}

// takes reports whether the word noun has the classifier cl among the CL
// notes of its entries.
func (a *Analyzer) takes(noun, cl string) bool {
	for _, e := range a.dict.Lookup(noun) {
		if named, _ := clNamed(a.info(e).senses, cl); named {
			return true
		}
	}
	return false
}

// clNamed reports whether a "CL:" note of senses names the measure word
// cl (by its simplified or traditional form), and whether there is a note
// at all: what dict.Entry.Classifiers reads, read from the senses
// entryInfo keeps rather than split again (takes runs for the words after
// most numerals).
func clNamed(senses []string, cl string) (named, any bool) {
	for _, s := range senses {
		rest, ok := dict.ClassifierNote(s)
		if !ok {
			continue
		}
		for rest != "" {
			var part string
			part, rest, _ = strings.Cut(rest, ",")
			if i := strings.IndexByte(part, '['); i >= 0 {
				part = part[:i]
			}
			trad, simp, ok := strings.Cut(strings.TrimSpace(part), "|")
			if !ok {
				simp = trad
			}
			if trad == "" || simp == "" {
				continue
			}
			any = true
			if simp == cl || trad == cl {
				return true, true
			}
		}
	}
	return false, any
}
