package zh

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"cika/cards/wordnet"
)

// Function words (在 对 的 了 就 上 …) are where CC-CEDICT's senses serve a
// learner worst: their first sense is often a rare content use (在 "to
// exist; to be alive", 对 "right; correct", 后 "back", 其 "his"), and the
// grammatical senses, where there are any, describe the word rather than
// the construction the sentence uses. A teacher glosses such a word by its
// construction: 在 before a place is "at; in", before a verb it marks an
// action in progress, after a verb it says where something ends up. The
// glosses below are written for that, one per construction, short enough
// for a card, and chosen from the neighbouring words and their gse parts of
// speech. Where no construction applies (对 as a predicate in 你说得对, 会
// before a locative in 会上, 要 before a noun) functionGloss declines and the
// dictionary sense stays.

// functionGloss returns the curated gloss of a function word for the
// construction it is in, and ok=false when the token is not one of them or
// no construction applies (the dictionary sense is then used). sn and k are
// the sentence and the token as in fill (the tokens before k are filled);
// reading is the lower-case numeric reading of the entry the chooser picked,
// which the gloss always agrees with (还 huan2 is never "still"); nb are the
// token's neighbours, nil to compute them here.
//
// It is called for every Han token, so it switches on the headword before
// anything else and allocates nothing (but the wordInfo of a headword met
// for the first time, which fill makes next anyway).
// functionWords are the function words of issue 12 that functionGloss
// glosses by their construction.
var functionWords = map[string]bool{
	"在": true, "对": true, "后": true, "给": true, "把": true, "被": true, "让": true, "的": true,
	"得": true, "地": true, "了": true, "着": true, "过": true, "就": true, "才": true, "还": true,
	"也": true, "都": true, "又": true, "再": true, "会": true, "要": true, "能": true, "可以": true,
	"向": true, "跟": true, "和": true, "与": true, "为": true, "对于": true, "关于": true, "以": true,
	"而": true, "其": true, "之": true, "并": true, "将": true, "等": true, "上": true, "下": true,
	"中": true, "里": true,
	// adverbs of degree and manner whose dictionary order a construction
	// overrides (adverbGloss)
	"很": true, "特别": true, "只是": true, "千万": true, "乱": true, "差不多": true, "一会儿": true, "一会": true, "有些": true,
	"正好": true, "少": true, "根本": true, "十分": true, "原来": true, "肯定": true, "就是": true, "一般": true, "真的": true,
	"超": true, "怪": true, "蛮": true, "白": true, "净": true, "干脆": true,
	"还有": true, "全": true, "一口气": true, "提前": true, "临时": true, "够": true, "另": true, "究竟": true, "真正": true, "早": true, "实在": true, "刚好": true,
	"连": true, "以前": true, "不会": true, "偏": true, "非": true, "一时": true, "真": true, "一定": true,
}

// glossedWords are functionWords and constructionWords together, the words
// functionGloss glosses: it asks every Han token, and most are neither, one
// lookup where there were two.
var glossedWords = func() map[string]bool {
	m := make(map[string]bool, len(functionWords)+len(constructionWords))
	for _, set := range []map[string]bool{functionWords, constructionWords} {
		for w, in := range set {
			if in {
				m[w] = true
			}
		}
	}
	return m
}()

// functionGloss returns the gloss a construction gives token k, a function
// word or a construction word (glossedWords) read reading, and whether it
// gives one; nb are its neighbours, nil if not found yet.
func (a *Analyzer) functionGloss(sn *sentence, k int, reading string, nb *neighbours) (gloss string, ok bool) {
	w := sn.toks[k].Word
	if w == "" {
		w = sn.toks[k].Text
	}
	if !glossedWords[w] { // (functionWords[w] || constructionWord(w))
		return "", false
	}
	return a.wordGloss(sn, k, w, reading, nb)
}

// entryGloss is functionGloss for token k filled with the entry of in (its
// Word in.e.Simp): whether the word is one glossedWords holds is in.glossed,
// found once per entry, where functionGloss looks the word up for every
// token (≈ 2 % of a pair's analysis).
func (a *Analyzer) entryGloss(sn *sentence, k int, in *entryInfo, nb *neighbours) (gloss string, ok bool) {
	if !in.glossed {
		return "", false
	}
	return a.wordGloss(sn, k, in.e.Simp, in.reading(), nb)
}

// wordGloss is functionGloss for the word w of glossedWords.
func (a *Analyzer) wordGloss(sn *sentence, k int, w, reading string, nb *neighbours) (gloss string, ok bool) {
	var own neighbours
	if nb == nil {
		own = a.neighbours(sn, k)
		nb = &own
	}
	c := fctx{a: a, sn: sn, k: k, nb: nb}
	var g string
	switch w {
	case "在":
		g = c.zai(reading)
	case "对":
		g = c.dui(reading)
	case "后":
		g = c.hou(reading)
	case "给":
		g = c.gei(reading)
	case "把":
		switch {
		case reading != "ba3":
		case nb.afterNumeral, nb.prevPos == "v" && !nb.in(prevModal) && !notPlaceVerb(nb.prev) && (c.objectNext() || c.nounNext() || unknownHan(nb.right, nb.nextPos) || nb.nextPos == "zg") && c.endsAfterNext():
			// 一把伞: the dictionary's sense; 去拿把伞, 带把伞吧: 一 left
			// out after the verb, the noun ends the clause.
			g = "classifier for things with handles"
		case c.objectNext() || c.nounNext() || !isVerbPos(nb.nextPos) && c.nearPos(1, 6, "v") || c.clauseObjectNext() || c.nounFirstAt(c.step(c.k+1, 1)) && c.verbAt(c.nth(2, 1)):
			// (Or a word gse does not tag a noun, the verb after it:
			// 把重心转移到, where gse tags 重心 an adjective; or a verb
			// that opens the object's description: 把攒了一年的钱塞给我;
			// or a noun first that gse tags a verb, then the verb:
			// 大风把树刮倒了, WordNet's "tree" being a verb too.)
			g = "(object marker) object before the verb"
		}
	case "被":
		g = c.bei(reading)
	case "让":
		if reading == "rang4" && c.thingDoneTo() {
			g = "(passive 让) by (= 被)" // 我的自行车让人偷了
		} else if reading == "rang4" && (nb.next == "一下" || nb.next == "开" || nb.next == "路") {
			g = "to yield" // 请让一下, 让开: to make way
		} else if reading == "rang4" && !c.finalNext() && nb.next != "了" && nb.next != "过" && nb.next != "着" {
			g = c.rang() // not 让了: "to yield"
		}
	case "的":
		g = c.de(reading)
	case "得":
		g = c.deComplement(reading)
	case "地":
		if reading == "de5" {
			g = "(adverb marker) -ly; in a … way"
		}
	case "了":
		g = c.le(reading)
	case "着":
		g = c.zhe(reading)
	case "过":
		switch {
		case reading == "guo5":
			g = "(experienced action) have ever done"
		case reading == "guo4" && (holidayWord(c.next()) || c.finalNext() && c.holidayBefore()):
			// 过春节, 过生日: to celebrate; 时间过得真快: time passes.
			// So the holiday named before 过 closing its clause: 春节怎么
			// 过？, 今年春节你在哪儿过？
			g = "to celebrate (a holiday)"
		case reading == "guo4" && nb.next == "得" && (nb.prev == "时间" || nb.prev == "日子" || timeUnit(nb.prev)):
			g = "to pass (time)"
		case reading == "guo4" && c.spanAfter():
			// 过了一会儿, 过几天再说, 又过了两年: a span of time goes by
			// (not "to cross").
			g = "to pass (time)"
		case reading == "guo4" && nb.next == "得" && c.word(c.nth(2, 1)) != "去" && (personPos(nb.prevPos) || nb.prevPos == "d" || nb.prev == "最近"):
			// 他每天都过得很忙, 你最近过得怎么样: how one lives, after
			// the person or an adverb (not "to cross"; 过得去 "passable";
			// 少年时代过得很快 is time passing).
			g = "to live; to get along"
		}
	case "就":
		g = c.jiu(reading)
	case "才":
		g = c.cai(reading)
	case "还":
		g = c.hai(reading)
	case "也":
		g = c.ye(reading)
	case "都":
		g = c.dou(reading)
	case "连":
		g = c.lian(reading)
	case "又":
		g = c.you(reading)
	case "再":
		g = c.zaiAgain(reading)
	case "会":
		g = c.hui(reading)
	case "要":
		g = c.yao(reading)
	case "能":
		if reading == "neng2" && (c.verbNext() || nb.clauseEnd) {
			g = "can; be able to"
		}
	case "可以":
		g = c.keyi(reading)
	case "向":
		if reading == "xiang4" && !numeralWord(nb.prev) && !c.finalNext() && (!isVerbPos(nb.nextPos) || nb.nextPos == "vn") {
			g = "towards; to (sb or sth)"
		}
	case "跟", "和", "与":
		g = c.with(w, reading)
	case "为":
		g = c.wei(reading)
	case "对于":
		if reading == "dui4 yu2" {
			g = "as for; regarding (a topic)"
		}
	case "关于":
		if reading == "guan1 yu2" {
			g = "about; on; concerning (a topic)"
		}
	case "以":
		g = c.yi(reading)
	case "而":
		g = c.er(reading)
	case "其":
		g = c.qi(reading)
	case "之":
		g = c.zhi(reading)
	case "并":
		g = c.bing(reading)
	case "将":
		g = c.jiang(reading)
	case "等":
		g = c.deng(reading)
	case "上":
		g = c.shang(reading)
	case "下":
		g = c.xia(reading)
	case "中":
		g = c.zhong(reading)
	case "里":
		g = c.li(reading)
	case "很", "特别", "只是", "千万", "乱", "差不多", "一会儿", "一会", "有些", "正好", "少", "根本", "十分", "原来", "肯定", "就是", "一般", "真的", "超", "怪", "蛮", "白", "净", "干脆",
		"还有", "全", "一口气", "提前", "临时", "够", "另", "究竟", "真正", "早", "实在", "刚好", "以前", "不会", "偏", "非", "一时", "真", "一定":
		g = c.adverbGloss(w, reading)
	default:
		g = c.constructionGloss(w, reading) // construction.go
	}
	return g, g != ""
}

// 太 before an adjective says "too" (太小了, 太贵), but before a word of
// praise or wonder, closed by 了, it exclaims (太好了, 太棒了, 这太不可思议
// 了): "so; extremely".
const (
	glossTaiToo = "(太 + adjective) too (much)"
	glossTaiSo  = "(太…了!) so; extremely (exclaiming)"
)

// praiseWords are what 太…了 exclaims over rather than finds excessive.
var praiseWords = map[string]bool{
	"好": true, "棒": true, "美": true, "漂亮": true, "好吃": true, "好看": true, "好听": true, "好玩": true,
	"可爱": true, "厉害": true, "感谢": true, "谢谢": true, "高兴": true, "开心": true, "精彩": true,
	"有意思": true, "有趣": true, "帅": true, "酷": true, "不可思议": true, "神奇": true, "舒服": true,
	"幸福": true, "激动": true, "感动": true, "了不起": true, "完美": true, "方便": true, "聪明": true, "赞": true,
}

// taiDegree glosses 太 before its adjective (construction.go's case).
func (c *fctx) taiDegree() string {
	if praiseWords[c.nb.next] && c.clauseEndsWithLe(3) {
		return glossTaiSo
	}
	return glossTaiToo
}

// xianFirst glosses 先 before its verb (construction.go's case): with a
// short span after the verb, and no "then" to come, it is "for now" (你先
// 坐一会儿, 先休息一下); else first (先吃饭再走, 先洗个澡).
func (c *fctx) xianFirst() string {
	if c.near(1, 4, false, "一会儿", "一会", "会儿") && !c.near(1, 10, true, "再", "然后", "才") {
		return "(先 … 一会儿) for now; for a while"
	}
	return "(先 + verb) first; beforehand"
}

// zhengNow glosses 正 before a predicate (construction.go's case): before
// 合适 and the like it is "exactly" (放在这儿正合适), else an action in
// progress.
func (c *fctx) zhengNow() string {
	switch c.nb.next {
	case "合适", "适合", "相反", "如此":
		return "exactly"
	}
	return "(正 + verb) in progress: just now …-ing"
}

// glossHenPlain is 很 before an adjective that ends its clause: there it
// mostly links the adjective to its subject and adds little ("它很安静"
// "it's quiet"); the English may still say "very" (englishMayPick).
const glossHenPlain = "(很 + adjective) is … (unstressed)"

// adverbGloss glosses the adverbs of degree and manner whose CC-CEDICT
// order puts another use first: 特别 "unusual; special" before "very", 千万
// "ten million" before "one must by all means", 有些 "some" and
// "somewhat" by what follows.
func (c *fctx) adverbGloss(w, reading string) string {
	nb := c.nb
	switch w {
	case "很":
		// (他复习了很久, 进步了很多: how long, how much after the verb,
		// "very".)
		if reading == "hen3" && c.predicateEnds() && nb.prev != "了" && nb.next != "多年" {
			return glossHenPlain // 它很安静。, 很好。 (not 很好的机会, 很喜欢音乐)
		}
	case "特别":
		// 今天人特别多, 我特别想去: the adverb (not "unusual"; 特别的人
		// is special, 特别是 "in particular").
		// (这个地方特别安静: gse tags 安静 an adjective of its own kind.)
		// (今天特别热: 热, first "to warm up", a state closing the clause.)
		if reading == "te4 bie2" && nb.next != "是" && nb.next != "的" && (c.verbAhead() || nb.next == "多" || nb.next == "少" || strings.HasPrefix(nb.nextPos, "a") || c.a.adjectiveGloss(nb.next) || c.a.stateClosesAt(c.sn, c.step(c.k+1, 1), false)) {
			return "very; especially; particularly"
		}
	case "只是":
		// 挺好看的，只是有点贵: opening a clause after a comma, a
		// reservation, "but" (他只是一个孩子, 我们不是朋友，只是同事:
		// merely, before a noun or an amount).
		// (gse tags 有点 a noun.)
		// A noun or pronoun that a predicate follows is the subject of
		// the reservation, not what 只是 limits: 只是头发全白了 and
		// 只是价格有点高 are "but" too (只是同事, 只是时间问题 are not).
		if p := c.step(c.k-1, -1); reading == "zhi3 shi4" && p >= 0 && c.breaks(p, false) && !c.finalNext() &&
			(nb.next == "有点" || nb.next == "有点儿" || !c.nounNext() && !isNounPos(nb.nextPos) && nb.nextPos != "m" && !numeralWord(nb.next) || c.subjectThenPredicate()) {
			return "but; however"
		}
	case "千万":
		// 你千万别告诉他, 路上千万要小心 (上千万人口 counts).
		if reading == "qian1 wan4" && !nb.afterNumeral && nb.prev != "上" && nb.prev != "几" &&
			(negationWord(nb.next) || nb.next == "要" || nb.next == "得" || c.verbAhead() && !c.nounNext()) {
			return "one must by all means"
		}
	case "乱":
		// 别乱摘, 不要乱花钱: how it is done, at random (房间很乱 is
		// messy).
		if reading == "luan4" && !nb.in(prevDegree) && nb.next != "了" && nb.next != "的" && isVerbPos(nb.nextPos) {
			return "(乱 + verb) at random; indiscriminately"
		}
	case "差不多":
		// 我的手机跟你的差不多, 他和我差不多高: after 跟/和/像 and what
		// it is compared with, "about the same" (not "almost").
		if reading == "cha4 bu5 duo1" && (c.finalNext() || strings.HasPrefix(nb.nextPos, "a") && nb.nextPos != "ad" && c.endsAfterNext()) && c.near(-1, 8, false, "跟", "和", "与", "像", "同") {
			return "about the same"
		}
		// 他差不多每天都来, 差不多一半: almost (这两个颜色差不多: about
		// the same).
		if reading == "cha4 bu5 duo1" && !c.finalNext() && nb.next != "一样" &&
			(strings.HasPrefix(nb.next, "每") || numeralWord(nb.next) || nb.nextPos == "m" || nb.next == "都" || nb.next == "所有" || nb.next == "全") {
			return "almost"
		}
	case "一会儿", "一会":
		// 他一会儿哭一会儿笑: now one thing, now another.
		if strings.HasPrefix(reading, "yi1 hui") && (c.near(1, 4, true, "一会儿", "一会") || c.near(-1, 4, true, "一会儿", "一会")) {
			return "now...now..."
		}
	case "正好", "刚好":
		// 那天正好下大雨, 我正好有空, 我刚好路过: it happened so (时间正好,
		// 来得正好, 正好十点, 刚好合适: just right, exactly).
		// (gse tags 下 in 下大雨 a locative.)
		if (reading == "zheng4 hao3" || reading == "gang1 hao3") && nb.prev != "得" && !c.finalNext() && !c.commaNext() && !numeralWord(nb.next) && nb.nextPos != "m" &&
			(strings.HasPrefix(nb.next, "有") || nb.next == "在" || personPos(nb.nextPos) ||
				!strings.HasPrefix(nb.nextPos, "a") && nb.next != "相反" && nb.next != "的" && nb.next != "合适" && nb.next != "适合" && !c.nounNext() && !isNounPos(nb.nextPos)) {
			if reading == "gang1 hao3" {
				return "to happen to be"
			}
			return "to happen to"
		}
	case "少":
		// 还是少了五十块钱, 还少一个人: an amount short (少一点 is less,
		// 很少 few).
		if reading == "shao3" && c.near(-1, 8, false, "比", "比起") {
			return "less" // 工资比我少, 比上次少了一半: the comparison
		}
		if reading == "shao3" && !nb.in(prevDegree) {
			m := c.step(c.k+1, 1)
			if nb.next == "了" {
				m = c.step(m+1, 1)
			}
			if nb.next == "多" && c.word(c.nth(2, 1)) == "了" {
				return "less" // 人少多了: much fewer, 多了 its degree (not an amount short)
			}
			if w := c.word(m); m >= 0 && (numeralWord(w) || c.pos(m) == "m") && !strings.HasPrefix(w, "一点") && w != "一些" && w != "点" {
				return "to be missing"
			}
			if nb.next != "了" && nb.nextPos == "v" {
				return "less" // 少吃一点, 少说话: do less of it
			}
		}
	case "根本":
		// 我根本不知道, 他根本就没来: (not) at all (not "simply"; 问题的
		// 根本 is the root).
		// (根本行不通, 根本看不懂: a potential complement negated.)
		if reading == "gen1 ben3" && (negationWord(nb.next) || nb.next == "就" && negationWord(c.word(c.nth(2, 1))) || c.negatedPotentialNext()) {
			return "(not) at all"
		}
	case "十分":
		// 他十分努力, 我十分感谢你: very (not "completely"; 八点十分 is
		// the minutes).
		if reading == "shi2 fen1" && !nb.afterNumeral && nb.prev != "点" && c.verbAhead() {
			return "very"
		}
	case "原来":
		// 原来是你！, 原来如此: so it turns out (我原来住在北京 originally).
		// So too before who turns out to have long done it: 原来他早就知道
		// 了, 原来你已经走了 (原来我们住在北京: at first).
		if reading == "yuan2 lai2" && c.clauseHead() && (nb.next == "是" || nb.next == "如此" || (nb.in(nextPersonal) || kinWords[nb.next]) && c.turnsOutAfter()) {
			return "so, actually, as it turns out"
		}
		// 原来的计划, 原来的那些工人: before its 的, what was there
		// before, "original; former" (not "as it turns out", whatever
		// "so" the English opens with).
		if reading == "yuan2 lai2" && nb.next == "的" && !c.finalNext() {
			return "original; former"
		}
	case "肯定":
		// 他肯定会来, 这肯定不是他的: surely, before what is said of it
		// (老师肯定了他的成绩: to affirm; 我不肯定: to be certain).
		if reading == "ken3 ding4" && (nb.in(nextModal) || negationWord(nb.next) || nb.next == "是" || nb.next == "有" || nb.next == "在" || nb.next == "也" || nb.next == "都" || nb.next == "还") {
			return "assuredly; definitely"
		}
		if reading == "ken3 ding4" && nb.next == "了" {
			return "to give recognition; to affirm"
		}
	case "就是":
		// 就是，我们当时也没想那么多: the speaker's pause, "just", not
		// "even if" whatever 也 follows.
		if reading == "jiu4 shi4" && c.clauseHead() && c.commaNext() {
			return "only; simply; just"
		}
		// 他就是不听, 我就是想问问: simply (这就是我的家: exactly).
		if reading == "jiu4 shi4" && (negationWord(nb.next) || nb.next == "想" || nb.next == "要" || nb.next == "喜欢" || nb.next == "觉得") {
			return "only; simply; just"
		}
	case "一般":
		// 我们一般七点吃饭, 他一般不喝酒: as a rule (这部电影很一般, 一般人:
		// ordinary).
		if reading == "yi1 ban1" && !nb.in(prevDegree) && !c.finalNext() &&
			(nb.nextPos == "t" || nb.nextPos == "m" || numeralWord(nb.next) || nb.next == "都" || nb.next == "会" || nb.next == "不" || nb.next == "没" || nb.next == "在" || nb.next == "是" || nb.next == "要" || nb.next == "先" || nb.nextPos == "v" && !c.nounNext()) {
			return "generally"
		}
	case "真的":
		// 这是真的吗？, 那是真的: true (他真的很好: really).
		if reading == "zhen1 de5" && nb.prev == "是" && (c.finalNext() || nb.next == "吗" || nb.next == "啊" || nb.next == "呢" || c.commaNext()) {
			return "real; true; genuine"
		}
	case "超", "蛮":
		// 蛋糕超好吃, 我超喜欢, 这部电影蛮好看的: spoken degree words
		// before a predicate, "super", "quite" (not "to exceed", not
		// "barbarian"; 超一百 exceeds).
		if c.verbAhead() && !numeralWord(nb.next) && nb.nextPos != "m" && !c.nounNext() {
			if reading == "chao1" {
				return "(超 + adjective) super-; really"
			}
			if reading == "man2" {
				return "quite"
			}
		}
	case "怪":
		// 我怪不好意思的, 怪可怜的: rather, before a predicate closed by 的
		// (别怪我: to blame).
		// (天气怪怪的: doubled, strange.)
		if reading == "guai4" && nb.next != "怪" && nb.prev != "怪" && c.verbAhead() && c.near(1, 4, false, "的") {
			return "(coll.) somewhat; rather"
		}
		// (不怪你, 都怪我, 这事只能怪他自己 too.)
		if reading == "guai4" && (nb.prev == "别" || nb.prev == "不要" || nb.prev == "不能" || nb.prev == "要" || nb.prev == "不" || nb.prev == "都" || nb.prev == "全" || nb.prev == "就" || nb.prev == "只能" || nb.prev == "得") && (personPos(nb.nextPos) || kinWords[nb.next] || nb.next == "自己") {
			return "to blame"
		}
	case "白", "净", "干脆":
		// 我白跑了一趟, 白等了半天: in vain; 这孩子净说傻话: only; 你干脆
		// 别去了: might as well (before a verb; 白衣服 is white, 干净 clean,
		// 说话很干脆 candid).
		// (gse tags 等 u, 别 r.)
		n := c.step(c.k+1, 1)
		verb := isVerbPos(nb.nextPos) || c.verbAt(n)
		if nb.in(prevDegree) || c.nounNext() && !verb {
			break
		}
		switch {
		case reading == "bai2" && verb:
			return "in vain"
		case reading == "jing4" && verb:
			return "only"
		case reading == "gan1 cui4" && (verb || negationWord(nb.next) || nb.next == "就"):
			return "(干脆 + verb) simply; might as well"
		}
	case "还有":
		// 还有，服务也不错; 买鸡蛋、牛奶，还有面包; 还有一件事: opening
		// its clause, the next item or point, "in addition" (冰箱里还有
		// 牛奶, 离春节还有三天, 还有多久: what is still there or to go).
		// (还有没有别的办法, 还有什么问题吗: asking whether there is any
		// still, unless a comma first closes 还有 itself.)
		// 还有一点，…; 还有一件事，…: one more point named, then a comma
		// and the point itself: "in addition" (米饭还有一点, 还有一点时间:
		// what is left).
		if reading == "hai2 you3" && c.clauseHead() && c.pointThenComma() {
			return "in addition"
		}
		if reading == "hai2 you3" && c.clauseHead() && !c.amountNext() && !nb.digitNext &&
			(c.commaNext() || !negationWord(nb.next) && !c.question() && !c.asksAhead(6)) {
			return "in addition"
		}
	case "全":
		// 钱全花光了, 他说的全是真的: before a verb, all of it (not
		// "whole": 全公司 is the whole company).
		if reading == "quan2" && (nb.next == "是" || nb.next == "都" || (isVerbPos(nb.nextPos) || c.verbAt(c.step(c.k+1, 1))) && !c.nounNext()) {
			return "(全 + verb) all; entirely"
		}
	case "一口气":
		// 一口气跑了五公里, 一口气看完了: before a verb, in one go (吸了一口气
		// is the breath itself). A modal before it is no verb taking it as
		// an object: 能一口气跑完, 想一口气看完 are in one go too.
		if reading == "yi1 kou3 qi4" && (!isVerbPos(nb.prevPos) || nb.in(prevModal)) && nb.prev != "了" && (isVerbPos(nb.nextPos) || c.verbAt(c.step(c.k+1, 1))) {
			return "at a stretch"
		}
	case "提前":
		// 会议提前到了周一, 考试提前了一周: the date moved earlier; 请提前
		// 十分钟到, 你要提前告诉我: done before the time, "in advance".
		if reading == "ti2 qian2" {
			switch {
			case nb.next == "到" || nb.next == "至" || nb.next == "了" || c.finalNext():
				return "to shift to an earlier date"
			case isVerbPos(nb.nextPos) || c.verbAhead() || c.amountNext() && c.nearPos(1, 5, "v"):
				return "in advance"
			}
		}
	case "临时":
		// 比赛临时取消了, 他临时有事: a change that came late, "at the
		// last moment" (临时工作, 临时的办法: temporary).
		if reading == "lin2 shi2" && (lastMinute[nb.next] || isVerbPos(nb.nextPos) && !c.nounNext() && c.near(1, 3, false, "了")) {
			return "at the last moment"
		}
	case "够":
		// 今天真够冷的, 这活儿够累的: before an adjective, with 真 before
		// it or 的 closing it, "really" (这个房间够大了: big enough).
		if reading == "gou4" && c.verbAhead() && nb.next != "用" && nb.next != "吃" && (nb.prev == "真" || nb.prev == "可" || nb.prev == "也" || c.near(1, 3, false, "的") && !c.near(1, 3, false, "了")) {
			return "(coll.) (before adj.) really"
		}
	case "另":
		// 早餐另收费, 运费另算: charged or dealt with apart,
		// "separately" (另一个问题 is another).
		if reading == "ling4" && chargedApart[nb.next] {
			return "separately"
		}
	case "究竟":
		// 你究竟想要什么？, 问题究竟出在哪里: in a question, direct or
		// not, "… on earth" (他究竟是个孩子: after all).
		if reading == "jiu1 jing4" && (c.question() || c.asksAhead(8)) {
			return "(in an interrogative sentence) finally"
		}
	case "真正":
		// 真正卡脖子的是数据, 真正难的是开头: before what its 的 makes a
		// thing, the real one, "genuine; real" (whatever verb gse sees
		// after it); the English may still say "really" (englishMayPick:
		// 真正重要的是 "what really matters").
		if reading == "zhen1 zheng4" && c.verbAhead() && c.deThenThing(4) {
			return glossZhenReal
		}
	case "早":
		// 我早知道了, 他早走了, 这事我早忘了: before a verb whose 了 ends
		// the clause, done long since, "long ago" (你来早了, 早到了十分钟,
		// 早点来: early).
		if reading == "zao3" && !isVerbPos(nb.prevPos) && !nb.in(prevDegree) && (isVerbPos(nb.nextPos) || c.verbAt(c.step(c.k+1, 1))) && c.clauseEndsWithLe(3) {
			return "long ago"
		}
	case "真":
		// 他是个真朋友, 他有真本事: before a noun, and nothing said of
		// it, the adjective "real; true; genuine" (真好, 真麻烦, 真热闹:
		// really).
		if reading == "zhen1" && strings.HasPrefix(nb.nextPos, "n") && nb.nextPos != "nr" && c.onlyNounAt(c.step(c.k+1, 1)) && !c.a.adjectiveGloss(nb.next) {
			return "real; true; genuine"
		}
	case "偏":
		// 他偏不听, 我让他休息，他偏要去: before what one does against
		// advice or what happens against the wish (偏了, 偏向: to lean).
		if reading == "pian1" && !c.finalNext() && (negationWord(nb.next) || nb.next == "要" || nb.next == "在" || nb.next == "就" || c.verbAhead() && !strings.HasPrefix(nb.nextPos, "a") && nb.next != "向" && nb.next != "了" && nb.next != "离") {
			return glossPianStubborn
		}
	case "非":
		// 你非去不可吗, 他非要走, 这事非得你来: must (not "not", which
		// 非 is before a noun: 非会员).
		if reading == "fei1" && (nb.next == "得" || nb.next == "要" || c.near(1, 6, false, "不可", "不行", "不成")) {
			return "(coll.) to insist on; simply must"
		}
	case "一时":
		// 我一时想不起来, 一时冲动, 一时半会儿: for a moment (not "at the
		// same time"; 风靡一时 ends its clause).
		if reading == "yi1 shi2" && !c.finalNext() && (c.verbAhead() || negationWord(nb.next) || nb.nextPos == "d") {
			return "for a short while"
		}
	case "一定":
		// 他一定会来, 不一定有空, 这不一定是坏事: before a verb, a modal
		// or 是/有, "surely; certainly" (在一定程度上, 有一定的道理: "a
		// certain", before a noun or 的).
		if reading == "yi1 ding4" && !nb.afterNumeral && nb.next != "的" &&
			(nb.next == "是" || strings.HasPrefix(nb.next, "有") || !c.nounNext() && !isNounPos(nb.nextPos) &&
				(isVerbPos(nb.nextPos) || modalVerbs[nb.next] || nb.next == "要" || nb.next == "得" || nb.nextPos == "d")) {
			return "surely; certainly; definitely"
		}
	case "不会":
		// 你不会累吗, 一个人不会闷吗, 这个不会太贵: before a state (or a
		// degree and a state), what will not come about, "will not"; no
		// skill, and never the reply "not at all" whatever "not … all"
		// the English says.
		if reading == "bu4 hui4" && c.stateAhead() {
			return "will not (act, happen etc)"
		}
		// 我不会游泳, 很多人不会做饭, 他不会说中文: a skill not learned,
		// "not able" (他不会来的, 明天不会下雨, 放心，我不会告诉别人, 我不
		// 会说的: will not).
		if reading == "bu4 hui4" && !c.deEnds() && !c.near(-1, 6, false, "一定", "可能", "也许", "肯定", "大概", "应该", "放心", "恐怕") && nb.prevPos != "t" && !c.nearPos(-1, 6, "t") {
			if n := nb.next; n == "说" || n == "讲" {
				if language(c.word(c.nth(2, 1))) {
					return "not able"
				}
			} else if skillVerb(n) && (utf8.RuneCountInString(n) > 1 || c.endsAfterNext() || c.craftObjectNext()) {
				// (我不会用你的东西, 我不会做这种事, 我不会打人: a
				// one-character verb before a person or a described
				// object is what one will not do; 我不会写汉字, 你不会用
				// 筷子吗: a thing, then the end, is the skill.)
				return "not able"
			}
		}
	case "以前":
		// 以前的同事, 我以前的房子, 以前的事: before 的, who or what was
		// so before, "former; previous" (三年以前的事, 睡觉以前的准备:
		// before a time or an action, "before"; after a verb only before
		// a person: 碰到了以前的同事).
		if reading == "yi3 qian2" && nb.next == "的" && !nb.afterNumeral && nb.prevPos != "m" && nb.prevPos != "q" && nb.prevPos != "t" &&
			!timeUnit(nb.prev) && !numeralWord(nb.prev) && nb.prev != "久" && nb.prev != "很久" && nb.prev != "好久" && (!isVerbPos(nb.prevPos) || c.personAt(c.nth(2, 1))) {
			return glossYiqianFormer
		}
	case "实在":
		// 他这个人很实在, 很实在的价格: after a degree adverb, the
		// adjective "honest" (我实在太累了: really).
		if reading == "shi2 zai4" && nb.in(prevDegree) {
			return "honest"
		}
		// 说句实在话, 他是个实在人: before the words or the person it
		// describes, the adjective (not "really", whatever "really" the
		// English says elsewhere).
		if reading == "shi2 zai4" && (nb.next == "话" || nb.next == "人") {
			return "honest"
		}
	case "有些":
		// 有些人不喜欢吃辣, 这里有些问题: some, before a noun (我有些累:
		// somewhat).
		if reading == "you3 xie1" && (c.nounNext() || isNounPos(nb.nextPos)) {
			return "some"
		}
	}
	return ""
}

// pointThenComma reports whether the token is followed by one point or
// one matter (一点, 一件事, 一个问题), then a comma and more of the
// sentence: 还有一点，我希望…; 还有一件事，明天的会改到下午了.
func (c *fctx) pointThenComma() bool {
	j := c.step(c.k+1, 1)
	w := c.word(j)
	if w == "一" { // (gse may cut 一 点, 一 件)
		j = c.step(j+1, 1)
		w += c.word(j)
	}
	switch w {
	case "一点", "一点儿":
	case "一件", "一个":
		j = c.step(j+1, 1)
		switch c.word(j) {
		case "事", "事情", "问题", "情况":
		default:
			return false
		}
	default:
		return false
	}
	n := c.step(j+1, 1)
	if n < 0 {
		return false
	}
	t := c.sn.toks[n].Text
	return (t == "，" || t == "," || t == "：" || t == ":") && c.step(n+1, 1) >= 0
}

// turnsOutAfter reports whether the person after the token (原来) is
// followed by 早就, 早, 已经, 根本, 一直 or 也: what they turn out to have
// done all along (原来他早就知道了, 原来你一直在骗我).
func (c *fctx) turnsOutAfter() bool {
	switch c.word(c.nth(2, 1)) {
	case "早就", "早", "已经", "根本", "一直", "也", "早已":
		return true
	}
	return false
}

// pauseAfterBefore reports whether w stands among the n tokens before the
// token (across commas) with a comma right after it: 就是，… is a pause,
// not the 就是 of "even if" (就是，我们当时也没想).
func (c *fctx) pauseAfterBefore(w string, n int) bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < n; j, seen = c.step(j-1, -1), seen+1 {
		if c.word(j) == w {
			e := c.step(j+1, 1)
			return e >= 0 && (c.sn.toks[e].Text == "，" || c.sn.toks[e].Text == ",")
		}
	}
	return false
}

// stateAhead reports whether the next word is a state (an adjective or a
// feeling by the dictionary, no skill), or a degree adverb before one:
// 不会累, 不会闷, 不会太贵, 不会很难.
func (c *fctx) stateAhead() bool {
	j := c.step(c.k+1, 1)
	if j < 0 || c.breaks(j, false) {
		return false
	}
	w := c.word(j)
	if degreeAdverbs[w] || w == "那么" || w == "这么" {
		if j = c.step(j+1, 1); j < 0 || c.breaks(j, false) {
			return false
		}
		w = c.word(j)
	}
	switch {
	case skillVerb(w):
		return false
	case c.a.feltWord(w) || c.a.beingWord(w):
		return true // 不会腻, 不会害怕
	}
	return !(isVerbPos(c.pos(j)) && c.verbAt(j)) && c.a.stateWord(w)
}

// beingWord reports whether the first plain sense of w's first entry
// says a state, "to be" and an adjective: 害怕 "to be afraid; to be
// scared", 失望 "to be disappointed".
func (a *Analyzer) beingWord(w string) bool {
	for _, e := range a.dict.Lookup(w) {
		if e.IsName() {
			continue
		}
		in := a.info(e)
		for i, s := range in.senses {
			if !in.plain(i, s) {
				continue
			}
			g, ok := strings.CutPrefix(firstGloss(s), "to be ")
			return ok && !strings.Contains(g, " ") && partsOfSpeech(g)&wordnet.Adj != 0
		}
		return false
	}
	return false
}

// glossZhenReal is 真正 before a verb phrase its 的 makes a thing: the
// real one (真正卡脖子的是…), unless the English says "really".
const glossZhenReal = "genuine; real; true"

// deThenThing reports whether a 的 stands among the n tokens after the
// token, within its clause, and 是 or a noun follows it: 真正难的是, 真正
// 需要的东西.
func (c *fctx) deThenThing(n int) bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < n && !c.breaks(j, false); j, seen = c.step(j+1, 1), seen+1 {
		if c.sn.toks[j].Text != "的" {
			continue
		}
		m := c.step(j+1, 1)
		return m >= 0 && !c.breaks(m, false) && (c.word(m) == "是" || c.nounAt(m) || isNounPos(c.pos(m)))
	}
	return false
}

// lastMinute are what happens at the last moment after 临时: plans
// changed or called off, something that came up.
var lastMinute = map[string]bool{
	"取消": true, "改": true, "改变": true, "变": true, "变卦": true, "决定": true, "有事": true,
	"通知": true, "推迟": true, "退出": true, "换": true, "改期": true, "加班": true, "请假": true,
}

// chargedApart are charged or dealt with apart after 另 "separately".
var chargedApart = map[string]bool{
	"算": true, "付": true, "收": true, "收费": true, "收取": true, "计": true, "计算": true,
	"计费": true, "交": true, "议": true, "定": true, "行": true, "报销": true,
}

// asksAhead reports whether one of questionWords (construction.go) is
// among the n tokens after the token, within its clause: a question,
// direct or reported (问题出在哪里，还要查). 还是 is no question word here
// (他究竟还是个孩子 "after all").
func (c *fctx) asksAhead(n int) bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < n && !c.breaks(j, false); j, seen = c.step(j+1, 1), seen+1 {
		if w := c.word(j); questionWords[w] && w != "还是" || w == "何种" {
			return true
		}
	}
	return false
}

// amountNext reports whether a numeral, an amount or 多久/多少 follows
// the token: 还有三天, 还有多久.
func (c *fctx) amountNext() bool {
	n := c.nb.next
	return numeralWord(n) || startsWithNumeral(n) || c.nb.nextPos == "m" || c.nb.nextPos == "mq" || n == "多久" || n == "多少" || n == "几" || n == "好几"
}

// goToDo reports whether 去 or 来 then what is to be done follow the
// token: 快去叫爷爷, 快来看 (快 "hurry", construction.go), where the clause
// goes on past the verb (快去把碗筷摆上).
func (c *fctx) goToDo() bool {
	if c.nb.next != "去" && c.nb.next != "来" {
		return false
	}
	j := c.nth(2, 1)
	return j >= 0 && !c.breaks(j, false) && (isVerbPos(c.pos(j)) || c.verbAt(j) || c.word(j) == "把")
}

// onlyThisThen reports whether a noun or a pointed one follows the token,
// then 就, 都 or 也 within its clause: 光房租就要三千, 光这一项就花了一万,
// 每天光路上就要两个小时 (光 "only; merely", construction.go; not the
// light of 没有光).
func (c *fctx) onlyThisThen() bool {
	if isVerbPos(c.nb.prevPos) || !(c.nounNext() || isObjectPos(c.nb.nextPos) || pointedOne(c.nb.next)) {
		return false
	}
	return c.near(1, 5, false, "就", "都", "也", "就要", "就得", "都要", "也要", "就能", "就有")
}

// paidVerbs pay or charge money: 多 before them is paid or charged in
// excess.
var paidVerbs = map[string]bool{"花": true, "付": true, "收": true, "交": true, "扣": true, "算": true, "掏": true, "花钱": true, "付钱": true, "交钱": true, "掏钱": true, "出钱": true}

// paidInExcess reports whether the token, no degree before it, comes
// before a verb of paying or charging that asks no "bit more" (点, 一点,
// 些, 几): 多收了我十块钱, 你多付了五十块, 觉得是多花钱 (多 "too many; in
// excess", construction.go; 多花点钱买个好的 is "more"); or before any
// verb done that much too much (extraDone).
func (c *fctx) paidInExcess() bool {
	if degreeAdverbs[c.nb.prev] {
		return false
	}
	if !paidVerbs[c.nb.next] {
		return c.extraDone()
	}
	switch w := c.word(c.nth(2, 1)); w {
	case "点", "一点", "点儿", "一点儿", "些", "一些", "几":
		return false
	}
	return true
}

// extraDone reports whether a verb (or 给, which gse tags a preposition),
// 了, maybe who it was done to, then an
// amount follow the token: done that much more than was due (他多给了我一
// 张票, 超市多找了我五块钱, 我多买了两个; not 多睡了一会儿, 多吃了点:
// a bit more).
func (c *fctx) extraDone() bool {
	if !isVerbPos(c.nb.nextPos) && c.nb.next != "给" || c.word(c.nth(2, 1)) != "了" {
		return false
	}
	j := c.nth(3, 1)
	if personPos(c.pos(j)) {
		j = c.step(j+1, 1)
	}
	if j < 0 || c.breaks(j, false) {
		return false
	}
	switch w := c.word(j); w {
	case "一会儿", "一会", "一点", "一点儿", "点", "点儿", "一些", "些", "一下":
		return false
	default:
		return numeralWord(w) || startsWithNumeral(w) || c.pos(j) == "m" || c.pos(j) == "mq" || w == "几" || w == "半"
	}
}

// negatedPotentialNext reports whether the next word is a verb with a
// negated potential complement, as one word or as verb 不 complement:
// 行不通, 看不懂, 受不了, 买 不到.
func (c *fctx) negatedPotentialNext() bool {
	n := c.nb.next
	if i := strings.Index(n, "不"); i > 0 && utf8.RuneCountInString(n) == 3 {
		return true
	}
	return isVerbPos(c.nb.nextPos) && c.word(c.nth(2, 1)) == "不" && c.nth(3, 1) >= 0 && !c.breaks(c.nth(3, 1), false)
}

// predicateEnds reports whether the word after the token, no verb, ends
// its clause, maybe before a particle (了, 的, 啊 …): the token's
// adjective is the predicate (它很安静。, 很好，…).
func (c *fctx) predicateEnds() bool {
	n := c.step(c.k+1, 1)
	if n < 0 || c.breaks(n, false) || isVerbPos(c.pos(n)) && c.verbAt(n) {
		// (我很喜欢。: a verb of feeling, "very much".)
		return false
	}
	e := c.step(n+1, 1)
	switch {
	case e < 0 || c.breaks(e, false):
		return true
	case finalParticle(c.word(e)):
		f := c.step(e+1, 1)
		return f < 0 || c.breaks(f, false)
	}
	return false
}

// finalParticle reports whether w is a particle that may close a clause
// after its predicate.
func finalParticle(w string) bool {
	switch w {
	case "了", "的", "啊", "呀", "吗", "呢", "吧", "啦", "哦", "嘛":
		return true
	}
	return false
}

// fctx is a token seen by functionGloss: its sentence, index and
// neighbours. Its methods return "" when no construction applies.
type fctx struct {
	a  *Analyzer
	sn *sentence
	k  int
	nb *neighbours
}

// word is token j's simplified headword, its text when it has none ("" for
// j < 0). The
// tokens after k are not filled yet: their headword is that of their first
// dictionary entry (說 is 说), found through the analyzer's per-headword
// cache, which fill uses next anyway.
func (c *fctx) word(j int) string {
	if j < 0 {
		return "" // (c.nth found no such token)
	}
	t := &c.sn.toks[j]
	if t.Word != "" {
		return t.Word
	}
	if c.sn.ids[j] >= 0 {
		if w := c.a.word(c.sn, j); len(w.entries) > 0 {
			return w.entries[0].Simp
		}
	}
	return t.Text
}

// next is the word of the token after k, "" if none.
func (c *fctx) next() string {
	if j := c.step(c.k+1, 1); j >= 0 {
		return c.word(j)
	}
	return ""
}

// prevWord is the word of the token before k (filled: its simplified
// headword), "" if none.
func (c *fctx) prevWord() string {
	if j := c.step(c.k-1, -1); j >= 0 {
		return c.word(j)
	}
	return ""
}

// afterNext returns the index of the token after the one after k, -1 if
// either is missing.
func (c *fctx) afterNext() int {
	if j := c.step(c.k+1, 1); j >= 0 {
		return c.step(j+1, 1)
	}
	return -1
}

// pos is token j's gse part of speech, "" for a token that is not Han (or
// j < 0).
func (c *fctx) pos(j int) string {
	if j < 0 || !isHan(firstRune(c.sn.toks[j].Text)) {
		return ""
	}
	return c.sn.posOf(c.a, j)
}

// step returns the index of the first token from j in direction d (±1)
// that is not blank, -1 if none.
func (c *fctx) step(j, d int) int {
	for ; j >= 0 && j < len(c.sn.toks); j += d {
		if !isBlank(c.sn.toks[j].Text) {
			return j
		}
	}
	return -1
}

// nth returns the index of the n-th token on side d (±1) of the token,
// blanks skipped; -1 if there is none.
func (c *fctx) nth(n, d int) int {
	j := c.k
	for ; n > 0 && j >= 0; n-- {
		j = c.step(j+d, d)
	}
	return j
}

// breaks reports whether token j ends a clause: punctuation other than the
// enumeration comma 、 (and, when lists is set, other than the comma and
// the dash too: a list or an aside runs across them).
func (c *fctx) breaks(j int, lists bool) bool {
	t := c.sn.toks[j].Text
	if hanLead(t) {
		return false // (most words, not decoded)
	}
	r := firstRune(t)
	if isHan(r) || unicode.IsLetter(r) || unicode.IsNumber(r) {
		return false
	}
	if r == '、' || (lists && (r == '，' || r == ',' || r == '—' || r == '–')) {
		return false
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// near reports whether one of words is among the n tokens on side d (±1)
// of the token, within its clause (across commas when wide is set).
func (c *fctx) near(d, n int, wide bool, words ...string) bool {
	for j, seen := c.step(c.k+d, d), 0; j >= 0 && seen < n; j, seen = c.step(j+d, d), seen+1 {
		if c.breaks(j, wide) {
			return false
		}
		w := c.word(j)
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// nearIn is near with a set for the words: whether a word of set is among
// the n tokens on side d of the token, within its clause (wide: the
// clause as breaks(…, true) bounds it).
func (c *fctx) nearIn(d, n int, wide bool, set map[string]bool) bool {
	for j, seen := c.step(c.k+d, d), 0; j >= 0 && seen < n; j, seen = c.step(j+d, d), seen+1 {
		if c.breaks(j, wide) {
			return false
		}
		if set[c.word(j)] {
			return true
		}
	}
	return false
}

// nearPos reports whether a token whose part of speech starts with prefix
// is among the n tokens on side d of the token, within its clause.
func (c *fctx) nearPos(d, n int, prefix string) bool {
	for j, seen := c.step(c.k+d, d), 0; j >= 0 && seen < n; j, seen = c.step(j+d, d), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if strings.HasPrefix(c.pos(j), prefix) {
			return true
		}
	}
	return false
}

// isVerbPos reports whether a gse part of speech is a verb's (v, vn, vg,
// vd) or an idiomatic phrase's (l, i: 打电话 is tagged l).
func isVerbPos(p string) bool { return strings.HasPrefix(p, "v") || p == "l" || p == "i" }

// isNounPos reports whether a gse part of speech is a noun's, a place's or
// an abbreviation's (not a pronoun's).
func isNounPos(p string) bool {
	return strings.HasPrefix(p, "n") || p == "s" || p == "j" || p == "vn"
}

// isObjectPos is isNounPos or a pronoun.
func isObjectPos(p string) bool { return isNounPos(p) || strings.HasPrefix(p, "r") }

// personPos reports whether a gse part of speech is a pronoun's or a
// person's name.
func personPos(p string) bool { return strings.HasPrefix(p, "r") || strings.HasPrefix(p, "nr") }

// determiner reports whether w starts a noun phrase though gse does not tag
// it a pronoun: 对每项技术, 对此 (每 and 此 are tagged zg).
func determiner(w string) bool {
	switch w {
	case "每", "各", "此", "其", "该", "某", "本", "诸", "彼":
		return true
	}
	return false
}

// unknownHan reports whether a Han neighbour is a word gse does not know
// (no part of speech): a technical term or a name, so most likely a noun
// (播客中, 在当前范式下).
func unknownHan(r rune, pos string) bool { return r != 0 && pos == "" }

// numeralWord reports whether w is a numeral written out or in digits: 三
// 里 is three li, 两年里 within two years.
func numeralWord(w string) bool {
	for _, r := range w {
		if !numeralRune(r) {
			return false
		}
	}
	return w != ""
}

// roundedNumeral reports whether w is a numeral and 多, 来 or 余 "odd; or
// so" (二十多, 十来, 三百余), one word as gse makes it.
func roundedNumeral(w string) bool {
	for _, suffix := range [...]string{"多", "来", "余"} {
		if len(w) > len(suffix) && strings.HasSuffix(w, suffix) {
			return numeralWord(w[:len(w)-len(suffix)])
		}
	}
	return false
}

// numeralRune reports whether r is a digit or one of 零〇一二两三四五六七八九十
// 百千万亿几半数. (A switch: strings.ContainsRune on the set was 2 % of the
// analysis, numeralWord being asked of most neighbours.)
func numeralRune(r rune) bool {
	switch r {
	case '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '几', '半', '数':
		return true
	}
	return r >= '0' && r <= '9'
}

// latinNext and latinPrev report whether the token right after (before) k
// is Latin text or digits: 对AI的试验, iPhone上.
func (c *fctx) latinNext() bool { return c.latinAt(c.step(c.k+1, 1)) }
func (c *fctx) latinPrev() bool { return c.latinAt(c.step(c.k-1, -1)) }

func (c *fctx) latinAt(j int) bool {
	if j < 0 {
		return false
	}
	r := firstRune(c.sn.toks[j].Text)
	return !isHan(r) && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// objectNext reports whether a noun, a pronoun, a numeral or Latin text
// follows: the object of a preposition (or a word gse tags b, 整个 and
// 所有: 对整个社会).
func (c *fctx) objectNext() bool {
	p := c.nb.nextPos
	return isObjectPos(p) || p == "m" || p == "mq" || p == "t" || p == "b" || c.latinNext() ||
		determiner(c.nb.next) || unknownHan(c.nb.right, p)
}

// subjectThenPredicate reports whether the next token is a noun or a
// pronoun and the one after it, in the same clause, an adverb, an
// adjective or a verb other than 是: a subject and its predicate, where a
// clause opens (价格有点高, 他不知道), not a noun phrase (时间问题, 我的).
func (c *fctx) subjectThenPredicate() bool {
	n := c.step(c.k+1, 1)
	if n < 0 || !isObjectPos(c.pos(n)) && !c.nounAt(n) {
		return false
	}
	j := c.step(n+1, 1)
	if j < 0 || c.breaks(j, false) || c.word(j) == "是" || c.word(j) == "的" {
		return false
	}
	p := c.pos(j)
	return strings.HasPrefix(p, "d") || strings.HasPrefix(p, "a") || isVerbPos(p) && p != "vn"
}

// nounNext reports whether the next token is a noun by the dictionary:
// its first plain sense glosses a noun for WordNet (gse tags 车 otherwise:
// 他把车停在门口).
func (c *fctx) nounNext() bool { return c.nounAt(c.step(c.k+1, 1)) }

// nounAfterNext reports whether the token after the next is a noun, by
// gse's tag or the dictionary: 下了车 (the noun after the particle).
func (c *fctx) nounAfterNext() bool {
	n := c.nth(2, 1)
	return n >= 0 && (isNounPos(c.pos(n)) || c.nounAt(n))
}

// verbAt reports whether token j's first dictionary entry glosses a verb
// first (gse tags 穿 zg: 多穿点衣服).
func (c *fctx) verbAt(j int) bool {
	s, ok := c.firstPlainAt(j)
	return ok && isVerbSense(s)
}

// firstPlainAt returns the first plain sense of token j's head entry (the
// one the grammar rules look at), false if it has none.
func (c *fctx) firstPlainAt(j int) (string, bool) {
	in := c.a.headAt(c.sn, j)
	if in == nil {
		return "", false
	}
	if in.firstPlain < 0 {
		return "", false
	}
	return in.senses[in.firstPlain], true
}

// nounAt reports whether token j is a noun by the dictionary (nounNext).
func (c *fctx) nounAt(j int) bool {
	if j < 0 || c.sn.ids[j] < 0 {
		return false
	}
	for _, e := range c.a.word(c.sn, j).entries {
		if e.IsName() {
			continue // 车 Che1 "surname Che"
		}
		in := c.a.info(c.a.resolve(e))
		return in.firstPlain >= 0 && partsOfSpeech(firstGloss(in.senses[in.firstPlain]))&(wordnet.Noun|wordnet.Verb|wordnet.Adj) == wordnet.Noun
	}
	return false
}

// onlyNounAt reports whether token j is a noun by the dictionary
// (nounAt) and none of its head entry's senses glosses a verb: gse tags
// 超市 a verb, while 准备 "preparation; to prepare" is one.
func (c *fctx) onlyNounAt(j int) bool {
	if !c.nounAt(j) {
		return false
	}
	in := c.a.headInfo(c.a.word(c.sn, j))
	for _, s := range in.senses {
		if isVerbSense(s) {
			return false
		}
	}
	return true
}

// nounFirstAt reports whether token j's first plain sense glosses a noun,
// whatever else WordNet knows the word as ("position" is a verb too).
func (c *fctx) nounFirstAt(j int) bool {
	s, ok := c.firstPlainAt(j)
	return ok && !isVerbSense(s) && partsOfSpeech(firstGloss(s))&wordnet.Noun != 0
}

// plainNounAt reports whether token j (filled) is a noun and no adjective:
// its head entry glosses neither a verb nor an adjective first, nor does
// its sense (真皮 "genuine leather", 木头 "wood"; not 不公平 "unfair", 假
// "fake", which gse tags nouns).
func (c *fctx) plainNounAt(j int) bool {
	if j < 0 || c.sn.ids[j] < 0 || c.verbAt(j) {
		return false
	}
	w := c.a.word(c.sn, j)
	if len(w.entries) == 0 || c.a.headInfo(w).adjectiveFirst() {
		return false
	}
	// The sense the token was given (it is filled) says no adjective
	// either: 是假的 "fake", 是空的 "empty" (gse tags both nouns).
	return partsOfSpeech(firstGloss(c.sn.toks[j].Gloss))&wordnet.Adj == 0
}

// nounPrev reports whether the token right before is a noun (not a
// pronoun) or Latin text: what a locative (上 下 中 里) follows.
func (c *fctx) nounPrev() bool {
	return isNounPos(c.nb.prevPos) || c.latinPrev() || unknownHan(c.nb.left, c.nb.prevPos) ||
		c.nb.prevPos == "v" && c.nounAt(c.step(c.k-1, -1)) // 超市里人太多: gse tags 超市 a verb
}

// timePrev reports whether the word before is a time or a measured span:
// 两年里, 几天中, 过去的日子里 (gse tags 年 and 月 as numerals).
func (c *fctx) timePrev() bool {
	p := c.nb.prevPos
	return (p == "t" || p == "m" || p == "q" || p == "mq") && !numeralWord(c.nb.prev)
}

// verbNext reports whether a verb, an adverb, a preposition or an
// adjective follows: a modal's or an adverb's predicate (会很好, 将快得…).
func (c *fctx) verbNext() bool {
	p := c.nb.nextPos
	return c.nb.predicateNext || isVerbPos(p) || p == "d" || p == "df" || p == "p" || p == "zg" || p == "ad" || p == "a" || p == "b"
}

// verbAfterObject reports whether the token is followed by an object then,
// within three words of its clause, a verb: 给我打电话, 跟他一起去. It
// is neighbours.objectThenVerb, also counting idiomatic verb phrases (l).
func (c *fctx) verbAfterObject() bool {
	if c.nb.objectThenVerb {
		return true
	}
	if !c.objectNext() {
		return false
	}
	j := c.step(c.k+1, 1)
	for seen := 0; j >= 0 && seen < 3; seen++ {
		if j = c.step(j+1, 1); j < 0 || c.breaks(j, false) {
			return false
		}
		if isVerbPos(c.pos(j)) {
			return true
		}
	}
	return false
}

// finalNext reports whether the clause ends at the token, or only a
// sentence-final particle comes before its end: 对。, 对了。, 对吗?
func (c *fctx) finalNext() bool {
	if c.nb.clauseEnd {
		return true
	}
	if finalParticles[c.nb.next] || c.nb.next == "的" {
		j := c.afterNext()
		return j < 0 || c.breaks(j, false)
	}
	return false
}

// deClosesAfterNext reports whether 的 follows the word after the token and
// closes the clause, final particles aside: 挺精神的。, 挺好的吧。
func (c *fctx) deClosesAfterNext() bool {
	j := c.afterNext()
	if j < 0 || c.sn.toks[j].Text != "的" {
		return false
	}
	for j = c.step(j+1, 1); j >= 0 && finalParticles[c.sn.toks[j].Text]; j = c.step(j+1, 1) {
	}
	return j < 0 || c.breaks(j, false)
}

// endsAfterNext reports whether the clause ends right after the word that
// follows the token, or after a sentence-final particle there: 我会中文。
func (c *fctx) endsAfterNext() bool {
	j := c.afterNext()
	if j >= 0 {
		switch c.sn.toks[j].Text {
		case "了", "吗", "吧", "呢", "啊", "呀", "嗎":
			j = c.step(j+1, 1)
		}
	}
	return j < 0 || c.breaks(j, false)
}

// clauseEndsWithLe reports whether a 了 among the next n tokens ends the
// clause: 都十点了, 要下雨了.
func (c *fctx) clauseEndsWithLe(n int) bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < n; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if c.word(j) == "了" {
			e := c.step(j+1, 1)
			if e >= 0 {
				switch c.word(e) {
				case "吗", "吧", "呢", "啊", "呀", "嗎":
					e = c.step(e+1, 1)
				}
			}
			return e < 0 || c.breaks(e, false)
		}
	}
	return false
}

// plural reports whether w names several people or things: 我们, 大家,
// 他们都.
func plural(w string) bool {
	return strings.HasSuffix(w, "们") || strings.HasSuffix(w, "們") || w == "大家" || w == "两" || w == "俩" || w == "全家"
}

// laiShuoAhead reports whether 来说 (而言, 来讲), which the segmenter may
// split into 来 说, closes the phrase the token opens: 对学生来说.
func (c *fctx) laiShuoAhead() bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < 8; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		switch c.word(j) {
		case "来说", "而言", "来讲":
			return true
		case "来":
			if n := c.step(j+1, 1); n >= 0 && (c.word(n) == "说" || c.word(n) == "讲") {
				return true
			}
		}
	}
	return false
}

// locatives end a 在… phrase of place or time: 在桌子上, 在这些人中, 在…的时候.
var locatives = []string{"上", "中", "里", "下", "时", "时候", "前", "后", "以前", "以后",
	"之前", "之后", "期间", "方面", "之间", "中间", "内", "外", "旁边", "当中", "以来", "之中", "之下"}

// doingAsked ask what sb is doing: after 在 they are in progress (在干嘛,
// 在忙什么), as a verb is.
var doingAsked = map[string]bool{"干嘛": true, "干吗": true, "干啥": true, "干什么": true, "做什么": true, "忙什么": true}

// coverb reports whether w is a preposition that opens a phrase before
// its verb (为用户创造, 向他学习), whatever gse tags it (为 and 向 are
// tagged zg).
func coverb(w string) bool {
	switch w {
	case "为", "向", "给", "跟", "对", "替", "朝", "往", "和", "与":
		return true
	}
	return false
}

// talkVerbs are said to someone: after 跟 or 和 and a person they make it
// the one spoken to (我跟你讲, 跟他道歉).
var talkVerbs = map[string]bool{
	"说": true, "讲": true, "聊": true, "谈": true, "解释": true, "道歉": true, "打招呼": true,
	"说话": true, "聊天": true, "谈谈": true, "聊聊": true, "讲讲": true, "说说": true, "交流": true,
	"沟通": true, "商量": true, "开玩笑": true, "发火": true, "借": true, "要": true, "提": true,
}

// ongoingAdverbs say how an action goes on: after 在 they open its verb
// (技术在不断进步, 他在慢慢恢复), whatever gse tags them.
var ongoingAdverbs = map[string]bool{
	"不断": true, "不停": true, "逐渐": true, "逐步": true, "慢慢": true, "积极": true, "拼命": true,
	"默默": true, "悄悄": true, "继续": true, "持续": true, "迅速": true, "快速": true, "飞速": true,
	"大力": true, "全力": true, "偷偷": true, "努力": true, "认真": true, "一点点": true, "一步步": true,
}

// notPlaceVerb reports whether w is a verb after which 在 is not "verb +
// 在": modals and 是 come before a 在 phrase (要在这里, 是在北京).
func notPlaceVerb(w string) bool {
	switch w {
	case "是", "不是", "要", "会", "能", "想", "请", "应该", "愿意", "可能", "需要", "得", "该", "敢", "肯", "可以", "必须", "就是", "还是", "也是", "都是", "正是",
		"好像", "好象", "似乎", "仿佛", "像":
		return true
	}
	// (A verb that takes a verb or a clause: 喜欢在家做饭, 决定在北京
	// 工作, 我觉得在这里: 在 opens the place of the verb to come.)
	return verbObjectVerbs[w] || clauseVerbs[w]
}

func (c *fctx) zai(reading string) string {
	if reading != "zai4" {
		return ""
	}
	nb := c.nb
	if isVerbPos(nb.prevPos) && nb.prevPos != "vn" && !notPlaceVerb(c.prevWord()) && !c.finalNext() {
		return "(verb + 在) at; in; on (where it ends)"
	}
	if c.finalNext() && c.stillAround() {
		return "to exist; to be alive"
	}
	if c.finalNext() || nb.next == "着" {
		return "to be (here, there, in)"
	}
	// gse tags 等 "to wait" a particle (u): 他们在等你; a verb by the
	// dictionary a noun: 公司在招人, 是在浪费时间; a preposition or a bare
	// morpheme (p, zg) whose first sense is a verb's: 每天都在用, 手在抖;
	// and 干嘛 "doing what" a noun: 不知道在干嘛. (Not a word gse
	// tags a verb that the dictionary knows only as a noun: 在超市买,
	// 在发展中国家; a preposition gse tags zg opens a phrase too: 在为用户
	// 创造价值.)
	j := c.step(c.k+1, 1)
	if isVerbPos(nb.nextPos) && !c.onlyNounAt(j) || c.next() == "等" || (nb.nextPos == "p" || nb.nextPos == "zg") && c.verbAt(j) || doingAsked[nb.next] || c.verbNounAfter(j) || ongoingAdverbs[nb.next] && !c.near(1, 6, false, locatives...) || ((nb.nextPos == "d" || nb.nextPos == "ad" || nb.nextPos == "p" || nb.next == "和" || nb.next == "与" || nb.nextPos == "zg" && coverb(nb.next)) && (c.nearPos(1, 6, "v") || c.nearPos(1, 6, "l"))) {
		// (他在跟客户打电话: gse tags 打电话 l, an idiomatic phrase; 她在
		// 和朋友吃饭: 和 c, a conjunction.)
		if !c.near(1, 6, false, locatives...) {
			return "(在 + verb) be …-ing (in progress)"
		}
	}
	return "at; in; on (a place or time)"
}

// couples are the pairs of people 对 counts after 这, 那 or a numeral,
// whose CC-CEDICT entries name no classifier: 这对夫妻 (not 这对你).
var couples = map[string]bool{"夫妻": true, "夫妇": true, "情侣": true, "恋人": true, "新人": true, "夫妻俩": true}

func (c *fctx) dui(reading string) string {
	nb := c.nb
	if reading != "dui4" || numeralWord(nb.prev) || c.finalNext() {
		return "" // 一对 a pair; 你说得对, 对吗: correct
	}
	if !c.objectNext() {
		// 对就业的影响, 对学习的兴趣: a verb is the topic, a noun after
		// its 的 (gse tags the preposition p; 做对的事 has 的 next).
		if isVerbPos(nb.nextPos) && c.pos(c.k) == "p" && c.word(c.nth(2, 1)) == "的" && c.nounAfterDe() {
			return glossDuiTo
		}
		// 公司对迟到有规定, 他对学习没有兴趣: a verb as the topic, then
		// 有 or 没有 in the same clause, what one has towards it (not
		// "right; correct").
		if isVerbPos(nb.nextPos) && nb.prevPos != "uj" && nb.prev != "得" && c.near(1, 6, false, "有", "没有") {
			return glossDuiTo
		}
		return ""
	}
	if c.laiShuoAhead() {
		return "(对 sb 来说) for sb; in sb's view"
	}
	if nb.afterNumeral && (couples[nb.next] || c.a.takes(nb.next, "对")) {
		// 这对夫妻很幸福, 那对双胞胎 (CL:对): the measure word, though a
		// verb follows.
		return ""
	}
	if nb.afterNumeral && !c.verbAfterObject() {
		return "" // 这对夫妻: the measure word "couple"
	}
	return glossDuiTo
}

func (c *fctx) hou(reading string) string {
	if reading != "hou4" {
		return ""
	}
	p := c.nb.prevPos
	switch {
	case isVerbPos(p) || p == "t" || p == "m" || p == "q" || p == "mq" || c.nb.afterNumeral:
		return "(…后) after; later"
	case isObjectPos(p) && c.objectOfVerbBefore():
		// 吃完饭后, 看完电影后, 开完会后: the noun is what a verb acts
		// on, so 后 follows the deed (not "behind" the thing).
		return "(…后) after; later"
	case isObjectPos(p) || c.latinPrev():
		return "(…后) after; behind"
	}
	return ""
}

// objectOfVerbBefore reports whether the word before the token is the
// object of a verb just before it in the clause (吃完饭后: 饭 after 完), not
// a place a preposition or a verb of motion (在, 到, 往) brings: 躲在门后,
// 走到门后 stay "behind".
func (c *fctx) objectOfVerbBefore() bool {
	j := c.nth(2, -1)
	if j < 0 || c.breaks(j, false) {
		return false
	}
	switch c.word(j) {
	case "在", "到", "往", "向", "朝", "从", "站", "坐", "躲", "藏", "放", "挂", "跟", "走":
		return false
	}
	return isVerbPos(c.pos(j)) && c.pos(j) != "vn"
}

func (c *fctx) gei(reading string) string {
	if reading != "gei3" {
		return ""
	}
	nb := c.nb
	switch {
	case c.commandedAfter():
		return glossGeiCommand // 你给我站住！ 给我闭嘴
	case c.meantFor():
		return "(是给…的) for (sb)" // construction.go: 这是给你的礼物
	case c.stressedDisposal():
		return "(把/被…给 + verb) (emphasis)" // construction.go: 我把作业给忘了
	case isVerbPos(nb.prevPos) && nb.prevPos != "vn" && !notPlaceVerb(c.prevWord()) && nb.prev != "来" && nb.prev != "去" && !nb.in(prevAuxiliary) && !nb.in(prevModal) && c.objectNext():
		// (我来给大家介绍一下: 来 is no verb that gives; 你能不能给我们
		// 举个例子, 我想给她打电话: a modal's verb comes after 给's person.)
		return "(verb + 给) to (sb)"
	case nb.next == "了" || nb.next == "过" || nb.next == "着":
		return "to give"
	case nb.next == "的" && (!isVerbPos(nb.prevPos) || nb.prevPos == "vn"):
		return "to give" // 公司给的工资, 你给的钱: what is given (送给的 is the verb's)
	case c.letTry():
		return glossGeiLet // construction.go: 给我看看, 给我尝尝
	case c.describedReceiver():
		return "(给 sb + verb) for; to (sb)" // construction.go: 给乡下的父母寄钱
	case c.objectNext() && c.word(c.nth(2, 1)) == "的" && c.nounAfterDe() && (isObjectPos(nb.prevPos) || nb.prevPos == "d"):
		// 他给我们的印象, 你给我的书: what the subject gave (not 这是给
		// 你的礼物, for you).
		return "to give"
	case c.receiverThenDe():
		return "to give" // construction.go: 平台给作者的钱
	case c.givesThing():
		return "to give" // construction.go: 给她一个惊喜
	case c.thingDoneTo():
		// 车子给人偷了, 杯子给打破了: a thing, then 给 and what was done
		// to it, nothing after: the passive, as 被.
		return "(passive 给) by (= 被)"
	case c.verbAfterObject():
		return "(给 sb + verb) for; to (sb)"
	case isObjectPos(nb.prevPos) && !personPos(nb.prevPos) && c.nearPos(-1, 5, "v") && !c.near(-1, 6, false, "把", "将") && (personPos(nb.nextPos) || kinWords[nb.next]) && c.endsAfterNext():
		// 打了一个电话给他, 寄了一封信给妈妈: the verb, its object, then
		// the one it goes to (not 我想把书给他, where 给 is the verb).
		return "(verb + 给) to (sb)"
	case c.objectNext() || nb.clauseEnd:
		return "to give"
	}
	return ""
}

// thingDoneTo reports whether a thing (a noun that names no person) stands
// before the token, and after it an optional doer then a verb close the
// clause with 了 (doneToAhead): 给, 让 and 叫 are then the passive's "by".
func (c *fctx) thingDoneTo() bool {
	nb := c.nb
	return isNounPos(nb.prevPos) && !strings.HasPrefix(nb.prevPos, "nr") && !personSuffix(nb.prev) && !kinWords[nb.prev] && !giverWords[nb.prev] && c.doneToAhead()
}

// giverWords are people who give or do things for others, though their
// names are not a person's by gse or by their last character: 老板给我
// 加了 (kinWords are others).
var giverWords = map[string]bool{"老板": true, "领导": true, "经理": true, "别人": true, "人家": true, "客户": true, "政府": true, "医生": true, "警察": true}

// doneToAhead reports whether, after the token, an optional doer then a
// verb (and a complement of one word) close the clause with 了: 给人偷了,
// 给打破了, 给小偷偷走了. A verb with an object after it (给员工发了奖金)
// is not one.
func (c *fctx) doneToAhead() bool {
	j := c.step(c.k+1, 1)
	if j < 0 || c.breaks(j, false) {
		return false
	}
	if isObjectPos(c.pos(j)) && !isVerbPos(c.pos(j)) {
		j = c.step(j+1, 1)
	}
	if j < 0 || c.breaks(j, false) || !(isVerbPos(c.pos(j)) || c.verbAt(j)) {
		return false
	}
	j = c.step(j+1, 1)
	if j >= 0 && !c.breaks(j, false) && c.word(j) != "了" {
		j = c.step(j+1, 1) // 偷走, 打破 as two
	}
	if j < 0 || c.breaks(j, false) || c.word(j) != "了" {
		return false
	}
	e := c.step(j+1, 1)
	return e < 0 || c.breaks(e, false)
}

// predicateAfterDe are the words that, right after 的, start a predicate:
// the 的 then closes a subject of its own (他说的没错, 红的比蓝的好看).
var predicateAfterDe = map[string]bool{
	"比": true, "都": true, "也": true, "很": true, "太": true, "真": true, "挺": true, "更": true,
	"没错": true, "对": true, "不对": true, "不错": true, "有道理": true, "就是": true, "才是": true,
	// adverbs, which open a predicate and never a noun: 贵的其实不一定好,
	// 我们买的还没到 (not 可能, 特别, also a noun and an adjective: 成功的可能)
	"其实": true, "比较": true, "还": true, "就": true, "已经": true, "不": true, "没": true, "确实": true,
	"应该": true, "才": true, "总是": true, "一直": true, "往往": true,
	"还是": true, // 红的还是蓝的: a choice between the … ones
}

// stressAdverbs before an adjective and a clause-final 的 make the
// assertion: 挺贵的, 蛮好的, 怪不好意思的.
var stressAdverbs = map[string]bool{"挺": true, "蛮": true, "怪": true, "可": true, "真": true}

// nounAfterDe reports whether a noun follows the 的 that is the second
// token after the token: 给我们的印象.
func (c *fctx) nounAfterDe() bool {
	n := c.nth(3, 1)
	return n >= 0 && !c.breaks(n, false) && (isNounPos(c.pos(n)) || c.nounAt(n))
}

// notThenTwo reports whether 不 stands three words before the token, then
// a modal and a verb (不想干了) or a verb and its object (不去北京了); 不小心
// 摔倒了 is an adverb, no negation of what follows.
func (c *fctx) notThenTwo() bool {
	j := c.nth(3, -1)
	if j < 0 || c.breaks(c.nth(1, -1), false) || c.breaks(c.nth(2, -1), false) {
		return false
	}
	if c.modalNotBefore() {
		return true // 不能来上课了, 不想参加比赛了: a verb and its object after the modal
	}
	if c.word(j) != "不" {
		return false
	}
	w1 := c.nth(2, -1)
	if modalVerbs[c.word(w1)] || c.word(w1) == "想" || c.word(w1) == "再" {
		return true
	}
	p := c.pos(c.nth(1, -1))
	return isVerbPos(c.pos(w1)) && (isNounPos(p) && p != "vn")
}

// clauseObjectNext reports whether the words after the token describe a
// noun with a clause of their own, its verb first, and a verb follows
// that noun in the same clause: 把攒了一年的钱全塞给了我, 把刚买的菜放进冰箱
// (the 的 within five words, the verb within six after it).
func (c *fctx) clauseObjectNext() bool {
	j, seen := c.step(c.k+1, 1), 0
	for ; j >= 0 && seen < 5; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if c.word(j) == "的" {
			break
		}
	}
	if j < 0 || seen == 5 || seen < 1 {
		return false
	}
	for j, seen = c.step(j+2, 1), 0; j >= 0 && seen < 6; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if isVerbPos(c.pos(j)) || c.verbAt(j) || c.word(j) == "给" {
			return true
		}
	}
	return false
}

// modalNots are a negation and a modal in one word: 不能 + verb + object +
// 了 is "not any more" as 不 + verb + 了 is.
var modalNots = map[string]bool{"不能": true, "不想": true, "不会": true, "不用": true, "不敢": true, "不再": true, "不要": true, "不可以": true, "没法": true}

// modalNotBefore reports whether a negated modal (不能, 不想, 不 想 cut
// apart) stands three to five words before the token in its clause, a verb
// and what it takes between: 明天不能来上课了, 我不想看这部电影了. (A plain
// 不 that far back may negate another verb: 不知道他走了.)
func (c *fctx) modalNotBefore() bool {
	for j, seen := c.step(c.k-1, -1), 1; j >= 0 && seen <= 5; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) || c.word(j) == "了" || c.word(j) == "过" {
			return false
		}
		if seen < 3 {
			continue
		}
		w := c.word(j)
		if modalNots[w] || w == "不" && (modalVerbs[c.word(c.step(j+1, 1))] || c.word(c.step(j+1, 1)) == "想" || c.word(c.step(j+1, 1)) == "再") {
			return true
		}
	}
	return false
}

// spanThenNot reports whether a span of time stands before the 没 of the
// token's clause: 好久没见了, 三天没吃饭了.
func (c *fctx) spanThenNot() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 8; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if w := c.word(j); w == "没" || w == "沒" || w == "没有" {
			for i, n := c.step(j-1, -1), 0; i >= 0 && n < 3 && !c.breaks(i, false); i, n = c.step(i-1, -1), n+1 {
				switch u := c.word(i); {
				case u == "好久" || u == "很久" || u == "半天" || u == "多久" || u == "好几天" || u == "多年" || u == "好多年":
					return true
				case compoundEndsIn(u, "天年久") && c.pos(i) != "t" && u != "今天" && u != "明天" && u != "昨天" && u != "天天":
					return true
				case u == "天" || u == "年" || u == "个月" || u == "月" || u == "小时" || u == "星期" || u == "个星期":
					q := c.word(c.step(i-1, -1))
					return numeralWord(q) || numeralWord(strings.TrimSuffix(q, "个")) // 三 天, 两个 月
				}
			}
			return false
		}
	}
	return false
}

// doneRightAfter reports whether the one word after 被 (the token) is
// followed only by 了 or an adjective, at most two words, to the end of
// its clause: no verb comes after it, so it is the verb and not the doer
// (被坑了, 被坑惨了; 被车撞了 and 被他骗了 have their verb after the doer).
func (c *fctx) doneRightAfter() bool {
	j := c.step(c.k+1, 1)
	if j < 0 || c.breaks(j, false) || !isHan(firstRune(c.word(j))) {
		return false
	}
	for n, i := 0, c.step(j+1, 1); ; n, i = n+1, c.step(i+1, 1) {
		if i < 0 || c.breaks(i, false) {
			return true
		}
		w, p := c.word(i), c.pos(i)
		if n >= 2 || !(w == "了" || strings.HasPrefix(p, "a")) {
			return false
		}
	}
}

// kindWords say what kind a noun is before its 的: 这样的日子.
var kindWords = map[string]bool{"这样": true, "那样": true, "怎样": true, "什么样": true, "这么样": true, "这般": true, "那般": true, "一样": true, "同样": true}

func (c *fctx) bei(reading string) string {
	if reading != "bei4" {
		return ""
	}
	switch {
	case c.doneRightAfter():
		// 被坑了, 被坑惨了: gse tags 坑 a noun, but nothing done follows
		// it: it is what was done, no doer named.
		return "(passive) is …-ed (被 + verb)"
	case c.objectNext() || c.nounNext() && !c.nb.predicateNext:
		// (被车撞了: gse tags 车 zg; the dictionary knows the noun.)
		return "(passive) by (the doer)"
	case !c.nb.clauseEnd:
		return "(passive) is …-ed (被 + verb)"
	}
	return ""
}

func (c *fctx) de(reading string) string {
	if reading != "de5" {
		return "" // 的确 di2, 目的 di4
	}
	nb := c.nb
	if nb.left == 0 && !c.latinPrev() {
		if j := c.step(c.k-1, -1); j >= 0 && !nb.clauseEnd && closingQuote(c.sn.toks[j].Text) {
			return "(links a description to its noun)" // 名为'聊天管家'的系统
		}
		return ""
	}
	if !nb.clauseEnd && !c.finalNext() && kindWords[nb.prev] {
		// 这样的日子, 什么样的工作, 那样的人: a kind described, not an
		// owner (gse tags 这样 a pronoun).
		return "(links a description to its noun)"
	}
	possessor := isObjectPos(nb.prevPos) || c.latinPrev()
	pronoun := strings.HasPrefix(nb.prevPos, "r")
	if nb.next == "时候" && !pronoun {
		// 买菜的时候, 我小的时候: the time when, described by what comes
		// before (not its owner).
		return "(links a description to its noun)"
	}
	if nb.next == "是" && nb.prev != "是" {
		// 他指的是, 要明确的是, 我们讨论的是: what he meant, what must
		// be clear, what we discuss "is …". 我的是: mine is.
		if pronoun {
			return "'s; the one of (mine, his…)"
		}
		return glossDeWhat
	}
	if !nb.clauseEnd && c.splitShiDe() {
		return "(是…的) stresses when, where, how" // 我们是去年结的婚。
	}
	if !nb.clauseEnd && predicateAfterDe[nb.next] {
		// 他说的没错, 红的比蓝的好看: 的 closes a subject, the predicate
		// follows (no noun): what he said, the red one.
		switch {
		case pronoun:
			return "'s; the one of (mine, his…)" // 他的其实也不错: his
		case strings.HasPrefix(nb.prevPos, "a") || nb.prevPos == "nr" && c.a.adjectiveGloss(nb.prev):
			return "(adjective + 的) the … one" // (蓝的还是白的: gse tags 蓝 a name)
		case isVerbPos(nb.prevPos) && nb.prevPos != "vn":
			return glossDeWhat
		}
	}
	if !nb.clauseEnd && (strings.HasPrefix(nb.prevPos, "a") || c.a.adjectiveFirst(nb.prev)) && strings.HasPrefix(nb.next, "一") && c.near(1, 4, false, "都", "也") {
		// 辣的一口都不能吃, 贵的一件也没买: the … one(s), topic of "not
		// even one" (no noun follows the 的).
		return "(adjective + 的) the … one"
	}
	if !nb.clauseEnd && !c.finalNext() { // (挺累的吧, 是你的吧: the particle closes the clause)
		if possessor && !pronoun && (c.describes() || c.spanBefore() || c.namedAdjectiveDescribes()) { // (排一个小时的队: how long)
			return "(links a description to its noun)"
		}
		if possessor {
			return "'s; of (possession)"
		}
		return "(links a description to its noun)"
	}
	switch {
	case nb.prev == "是":
		return "(是的) yes; that's right"
	case c.listedDe() && strings.HasPrefix(nb.prevPos, "a"):
		return "(adjective + 的) the … one" // construction.go: 红的、蓝的
	case c.listedDe():
		return glossDeWhat // construction.go: 吃的、喝的，什么都有
	case c.replyDe():
		return "(好的, 对的) OK; right (a reply)"
	case (isVerbPos(nb.prevPos) || c.verbAt(c.step(c.k-1, -1))) && c.near(-1, 2, false, "刚", "刚刚", "才", "已经") && (c.nearPos(-1, 6, "t") || c.near(-1, 6, false, "上个月", "上周", "上次", "去年", "昨天", "前天", "刚才", "那天", "当时", "那时候")):
		// 上个月刚换的, 我昨天才到的: a verb, just done at a time, the
		// 是…的 of when without its 是.
		return "(是…的) stresses when, where, how"
	case c.stressedClause():
		// 大家都挺有激情的, 他挺喜欢你的, 那挺累的吧: a stress adverb
		// before the predicate the 的 closes, the assertion (not a
		// possessor).
		return "(sentence-final) it is so (emphasis)"
	case c.tradeAfterShi():
		return glossDeWhat // construction.go: 他是开出租车的, 到处都是卖小吃的, 你是干什么的
	case pronoun:
		return "'s; the one of (mine, his…)"
	case isNounPos(nb.prevPos) && nb.prevPos != "vn" && c.plainNounAt(c.step(c.k-1, -1)) && strings.HasSuffix(c.word(c.nth(2, -1)), "是"):
		// 这个包是真皮的, 我的车是红色的, 这是中国的: 是, a noun, 的: the
		// one of it or made of it (not the stress of 是…的).
		return "'s; the one of (mine, his…)"
	case c.near(-1, 8, false, "是"):
		// 这是不可能的, 是不公平的 (gse tags 不公平 a noun): the
		// assertion, not a possessor.
		return "(是…的) stresses when, where, how"
	case possessor:
		return "'s; the one of (mine, his…)"
	case c.near(-1, 8, false, "所", "像", "正如", "如", "就像", "好像"):
		// 我们所做的, 就像我说的: what we did, (as) what I said.
		return glossDeWhat
	case c.near(-1, 6, false, "会", "一定", "肯定") || stressAdverbs[c.word(c.nth(2, -1))]:
		// 我会努力的, 这个东西挺贵的: the assertion, not "the … one".
		return "(sentence-final) it is so (emphasis)"
	case strings.HasPrefix(nb.prevPos, "a") || nb.prev == "一点" || nb.prev == "一些":
		return "(adjective + 的) the … one"
	case !c.near(-1, 1, false, "有", "要", "买", "换", "找", "卖") && c.near(-1, 8, false, "有", "有没有", "要", "买", "换", "找", "卖"):
		// 有四十二号的吗, 我要红色的: the thing had or wanted, named by
		// what it is of (not the stress; 刚换的 is the verb's own 的).
		return "'s; the one of (mine, his…)"
	}
	return "(sentence-final) it is so (emphasis)"
}

// namedAdjectiveDescribes reports whether the word before the token is an
// adjective gse tags a name (安静, 蓝: nr) right after a verb, a measure
// word or a degree adverb, so it describes the noun after 的: 他们喜欢安静
// 的咖啡馆, 找个安静的房间. After a noun or 和 it may be a noun the dictionary
// glosses as an adjective first (城市文明的进步, 科学和文明的关系: 文明
// "civilized; civilization"), an owner.
func (c *fctx) namedAdjectiveDescribes() bool {
	if c.nb.prevPos != "nr" || !c.a.adjectiveGloss(c.nb.prev) {
		return false
	}
	b := c.nth(2, -1)
	if b < 0 || c.breaks(b, false) {
		return false
	}
	p := c.pos(b)
	return p == "v" || p == "q" || p == "m" || p == "mq" || degreeAdverbs[c.word(b)]
}

// stressedClause reports whether a stress adverb (挺, 蛮, 怪, 真, 可)
// stands among the five tokens before the token in its clause, with no 是
// between (这是真的: the 是…的).
func (c *fctx) stressedClause() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 5; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		switch w := c.word(j); {
		case w == "是":
			return false
		case stressAdverbs[w]:
			return seen > 0
		}
	}
	return false
}

// describes reports whether the words before 的, though the last is a
// noun to gse, make a description of the noun after it, not its owner:
// an adjective by the dictionary after a degree adverb or a determiner
// (一个大胆的设想, 很古老的寺庙: gse tags them a noun and a name), a
// 关于/对于 phrase (关于消费者习惯的调查), or a verb and its object at the
// head of the noun phrase, after a determiner or a number (那个穿红衣服的
// 女孩, 一个有经验的老师); a
// subject before the verb, or none, makes the noun an owner (我喜欢老师的书,
// 了解用户的需求).
func (c *fctx) describes() bool {
	p := c.step(c.k-1, -1)
	if p >= 0 && c.sn.ids[p] >= 0 && c.a.headInfo(c.a.word(c.sn, p)).adjectiveFirst() {
		// (After a degree adverb, a number or a determiner: 一个大胆的,
		// 很古老的; 超级智能的含义 is the meaning of superintelligence.)
		b := c.step(p-1, -1)
		if b >= 0 && !c.breaks(b, false) && (degreeAdverbs[c.word(b)] || nounDeterminers[c.word(b)] || c.pos(b) == "m" || c.pos(b) == "mq" || c.pos(b) == "q") {
			return true
		}
	}
	for j, seen := p, 0; j >= 0 && seen < 8; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		w, pos := c.word(j), c.pos(j)
		switch {
		case w == "的":
			return false
		case w == "关于" || w == "对于":
			return true
		case pos == "p":
			return false // 在政府的支持下, 在城市的东边
		case (pos == "v" || pos == "zg" && c.verbAt(j)) && w != "是" || w == "有": // (gse tags 穿 zg)
			i := c.step(j-1, -1)
			for i >= 0 && (c.pos(i) == "d" || c.word(i) == "最") && !c.breaks(i, false) {
				i = c.step(i-1, -1) // 很有经验的
			}
			if i < 0 || c.breaks(i, false) {
				return w == "有" // (了解用户的需求: the verb heads the clause, 用户 owns)
			}
			switch c.pos(i) {
			case "m", "q", "mq":
				return true
			}
			return nounDeterminers[c.word(i)] // (是处于技术曲线的末端: the end of the curve)
		}
	}
	return false
}

// splitShiDe reports whether 的 stands between a verb and its object at
// the end of a clause that 是 and a word of when, where or how opened: 我们
// 是去年结的婚, 我是在北京上的大学, 他是坐飞机来的 (the object after 的
// ends the clause). 这是我买的书 is a description: a subject follows 是.
func (c *fctx) splitShiDe() bool {
	v := c.step(c.k-1, -1)
	if v < 0 || !isVerbPos(c.pos(v)) && !c.verbAt(v) || !c.endsAfterNext() {
		return false
	}
	for j, seen := c.step(v-1, -1), 0; j >= 0 && seen < 8; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if c.word(j) != "是" {
			continue
		}
		a := c.step(j+1, 1)
		if a >= v {
			return false
		}
		switch c.word(a) {
		case "在", "从", "跟", "和", "坐", "用", "骑", "怎么", "什么时候", "哪年", "为了", "通过":
			return true
		}
		return c.pos(a) == "t"
	}
	return false
}

// glossLiaoCan is 了 liao3 after a verb and 不 or 得.
const glossLiaoCan = "(verb 不了/得了) can't / can (do it)"

// glossLeIntensifying is 了 closing a clause that 可 stresses or a degree
// complement (累死了) ends.
const glossLeIntensifying = "(可…了, 累死了) so; really (intensifying)"

// glossDeWhat is 的 closing a verb phrase that stands for a thing: 他指的是
// "what he meant is", 我们所做的 "what we did".
const glossDeWhat = "(verb + 的) what …; the one who …"

// replyDe reports whether 的 and one word before it make the whole clause,
// a reply: 好的。对的。
func (c *fctx) replyDe() bool {
	j := c.step(c.k-1, -1)
	if j < 0 || utf8.RuneCountInString(c.sn.toks[j].Text) != 1 {
		return false
	}
	i := c.step(j-1, -1)
	return i < 0 || c.breaks(i, false)
}

// closingQuote reports whether t closes a quotation or a bracket.
func closingQuote(t string) bool {
	switch t {
	case "'", "\"", "’", "”", "」", "』", "》", ")", "）", "]", "】":
		return true
	}
	return false
}

// potentialComplement reports whether w is a result complement of the
// potential construction: 看得见, 做得到, 来得及.
func potentialComplement(w string) bool {
	switch w {
	case "见", "到", "了", "完", "动", "懂", "起", "出", "清", "住", "过", "及", "下", "着":
		return true
	}
	return false
}

func (c *fctx) deComplement(reading string) string {
	switch reading {
	case "dei3":
		return "to have to; must"
	case "de5":
	default:
		return "" // de2 "to obtain"
	}
	if c.nb.left == 0 {
		return ""
	}
	if potentialComplement(c.nb.next) {
		j := c.afterNext()
		if j < 0 || c.breaks(j, false) || c.word(j) == "吗" || c.word(j) == "了" {
			return "(verb 得 result) can; manage to"
		}
	}
	return "(structural particle) verb 得 + how"
}

func (c *fctx) le(reading string) string {
	if reading == "liao3" && (c.nb.prev == "不" || c.nb.prev == "得") && (c.potential() || c.stateBeforeNegation()) {
		// 解决不了, 受得了: the potential complement, not "to finish".
		return glossLiaoCan
	}
	if reading != "le5" {
		return "" // liao3 "to finish", 了解
	}
	nb := c.nb
	if nb.left == 0 {
		return ""
	}
	end := nb.clauseEnd
	switch nb.next {
	case "吗", "吧", "呢", "啊", "呀", "嗎":
		end = true
	}
	if !end {
		return "(after a verb) completed action"
	}
	switch {
	case c.near(-1, 3, false, "太"):
		return "(太…了) so; too much (modal particle)"
	case c.keStressed() || c.degreeDeath():
		return glossLeIntensifying // construction.go: 可好吃了, 累死了
	case c.near(-1, 2, false, "没", "沒") && c.spanThenNot():
		// 我们好久没见了, 三天没吃饭了: for so long it has not happened
		// (the situation now, not "not any more").
		return "(sentence-final) change of state: now"
	case c.near(-1, 2, false, "不", "没", "沒", "不会", "不想", "不要", "不能", "不用", "不敢", "不再") || c.notThenTwo():
		// (不想干了, 不去北京了: the verb's object or a second verb
		// between; 下次不会了: 不会 is one word.)
		return "(不…了) not any more"
	case c.near(-1, 3, false, "别"):
		return "(别…了) stop (doing it)"
	case c.near(-1, 4, false, "要", "快", "快要", "就要") && !c.adjectiveKuai():
		return "(要…了) about to (happen)"
	case isVerbPos(nb.prevPos) && !c.near(-1, 4, false, "都"):
		// (菜都凉了 "the food has gone cold": the situation now.)
		return "(verb + 了) done; change of state"
	}
	return "(sentence-final) change of state: now"
}

// adjectiveKuai reports whether the 快 before 了 is the adjective "fast",
// not "soon": right before 了, or after 得 or a degree adverb (发展得更快了),
// or compared: before 多 "much more" or within three words after 比
// (他跑得比我快多了, 比以前快了).
func (c *fctx) adjectiveKuai() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 4; j, seen = c.step(j-1, -1), seen+1 {
		if c.word(j) != "快" {
			continue
		}
		p := c.word(c.step(j-1, -1))
		if c.word(c.step(j+1, 1)) == "多" {
			return true
		}
		for b, n := c.step(j-1, -1), 0; b >= 0 && n < 3; b, n = c.step(b-1, -1), n+1 {
			if c.word(b) == "比" {
				return true
			}
		}
		return seen == 0 && !c.near(-1, 4, false, "要", "快要", "就要") || p == "得" || degreeAdverbs[p] || p == "这么" || p == "那么" // (这么快就答应了)
	}
	return false
}

func (c *fctx) zhe(reading string) string {
	if reading == "zhao2" {
		return c.reached() // 睡不着, 找得着 (construction.go)
	}
	if reading != "zhe5" || c.nb.left == 0 {
		return "" // zhao2 "to touch; to fall asleep", zhuo2 "to wear"
	}
	if isVerbPos(c.nb.nextPos) {
		return "(V1着 V2) while V1 is in progress"
	}
	return "(verb + 着) -ing; ongoing state"
}

func (c *fctx) jiu(reading string) string {
	if reading != "jiu4" {
		return ""
	}
	nb := c.nb
	switch {
	case c.topicDiscussed():
		return "(就 + topic) concerning; with regard to" // construction.go: 就这个问题讨论了很久
	case (nb.nextPos == "m" || nb.nextPos == "mq") && nb.next != "多" && nb.next != "少":
		// (就多待几天吧: 多 "more" is no amount.)
		return "only; just (that much)"
	case nb.next == "是":
		return "(就是) exactly; precisely"
	case (nb.next == "这么" || nb.next == "那么") && littleAmount(c.word(c.nth(2, 1))):
		// 退休金就那么点, 就这么几个人: so little, "only" (not "just
		// like this").
		return "only; just (that much)"
	case (nb.next == "这样" || nb.next == "这么" || nb.next == "那样" || nb.next == "那么") && !c.conditionBefore():
		// 这件事就这么定了, 就这样吧: just so, that's it (not "then").
		return "(就这样) just (like this); simply"
	case personPos(nb.nextPos) && c.peopleCounted(c.nth(2, 1)) && (c.headAt(c.k) || !c.near(-1, 6, false, "一", "刚", "刚刚") && !c.conditionBefore()):
		// 就你一个人去吗, 就我们两个, 家里就我们俩, 周末就我们三个人去:
		// only those (not "then", not "(so soon) already" after a time).
		return "only; just (that much)"
	case nb.prev == "也" && (nb.nextPos == "m" || numeralWord(nb.next) || startsWithNumeral(nb.next) || c.verbThenAmount()):
		// 也就一百块钱, 他每天也就睡五六个小时, 我一年也就回家一两次:
		// 也就 before an amount, "only (about)" (你来了，我也就放心了
		// is "then"; 一 counts the year, it is no 一…就).
		return "only; just (that much)"
	case (nb.next == "像" || nb.next == "好像") && !c.near(-1, 6, false, "一", "刚", "刚刚") && !c.conditionBefore():
		// 就像你说的, 他笑起来就像他爸爸: just like (not "then"; 就像 is
		// no amount either).
		return "(就像) just like; exactly like"
	case nb.prev == "本来" || nb.prev == "原本" || nb.prev == "本身" || nb.prev == "天生":
		// 这个行业本来就很难, 他本来就不想去: so it was all along,
		// "simply; just" (not "(so soon) already", though gse tags 本来 a
		// time).
		return glossJiuAllAlong
	case c.fromStartBefore() && !c.conditionBefore():
		// 他从小就喜欢画画, 我一开始就知道, 当初定价的时候，就没打算: so
		// from that time on (not 一…就 "as soon as", not "then").
		return "(从小, 一开始 + 就) already; right from then"
	case nb.next == "在" && !c.near(-1, 6, true, "如果", "要是", "只要"):
		return "(就在) right (here, there); exactly" // 超市就在对面
	case nb.prev == "了" && c.negatedAfter() && !c.near(-1, 6, false, "一", "刚", "刚刚"):
		// 饭凉了就不好吃了, 去晚了就买不到票了, 天黑了就别出去了: a state
		// reached, then what no longer holds: a condition (not "as soon
		// as"; 写了两行就写不下去了 is an action, then).
		return "(if …,) then"
	case c.conditionBefore() && !isVerbPos(nb.prevPos) && (nb.prevPos == "t" || nb.prevPos == "m" || nb.prevPos == "q" || nb.afterNumeral || numeralWord(c.word(c.nth(2, -1)))):
		// 要是不下雨，一年就白干了; 如果没有你，一天就完了: an amount
		// after a condition, its consequence "then" (not "(so soon)
		// already", not 一…就 "as soon as": 一 counts the year).
		return "(if …,) then"
	case c.near(-1, 4, false, "了") && c.conditionBefore() && !c.near(-1, 6, false, "一", "刚", "刚刚", "一旦"):
		// 你要是累了就先睡吧, 如果饿了就吃点东西: the 了 closes the
		// condition (要是, 如果 …), not an action done first ("as soon
		// as" is 他吃了饭就走了, with no condition).
		return "(if …,) then"
	case c.near(-1, 6, false, "一", "刚", "刚刚", "一旦") && !nb.afterNumeral, c.near(-1, 4, false, "了"), c.yiVerbBefore(),
		c.near(-1, 10, true, "刚", "刚刚"):
		// (我刚出门，就下雨了: 刚 in the clause before, across the comma.)
		return "as soon as … then (一/刚/了…就)"
	case nb.prev == "后来" || nb.prev == "然后" || nb.prev == "于是" || nb.prev == "接着" || nb.prev == "最后",
		(nb.prev == "一下" || nb.prev == "一声" || nb.prev == "一遍" || nb.prev == "一眼") && c.verbAt(c.nth(2, -1)):
		// (喊一声就行, 看一下就知道: a verb done once, then; 我一下就明白了
		// is "at once".)
		// 后来就自己学着写歌: what came next (not "(so soon) already",
		// though gse tags 后来 a time).
		return "then; just; right away"
	case (nb.prev == "那" || nb.prev == "那么" || nb.prev == "要不" || nb.prev == "不然") && !c.nounNext():
		// 那就吃火锅吧, 那就这么定了: 那 "in that case" before it, the
		// consequence (not "(so soon) already": 那 is no amount here).
		return "(if …,) then"
	case c.topicAhead():
		// 就这个问题，我们…: the topic, "concerning".
		return "with regard to; concerning"
	case c.near(-1, 6, false, "每", "每次", "每当", "每隔", "每逢", "每到") || c.near(-1, 10, true, "每次", "每当", "每逢", "每到"):
		// 她每到周末就去爬山, 每次下雨，他就不想出门: each time the
		// first thing happens, the second follows it (CC-CEDICT's "as soon
		// as; immediately after", not the "in that case" of a condition).
		return "(每…就) then (each time)"
	case (nb.next == "能" || nb.next == "可以" || nb.next == "能够") && c.spanStart() >= 0:
		// 走十分钟就能到, 三天就能学会, 吃几天药就可以好: that little
		// time is all it takes, "only; as little as" (他三天就学会了: so
		// soon already; 五点就能到: a time, no span).
		return "only; just (that much)"
	case (nb.prevPos == "t" || nb.prevPos == "m" || nb.prevPos == "q" || nb.afterNumeral) && c.spanAfterVerb():
		// 休息几天就好了, 再等几分钟就到了: done for that long, then.
		return "(verb + time + 就) then (after that long)"
	case nb.prevPos == "t" || nb.prevPos == "m" || nb.prevPos == "q" || nb.afterNumeral:
		return "(so soon) already; right away"
	}
	switch c.prevWord() {
	case "马上", "立刻", "立即", "早", "已经", "很快", "快", "现在", "这", "早已":
		return "(so soon) already; right away"
	}
	if c.conditionBefore() {
		return "(if …,) then"
	}
	if c.amountAfterVerb() {
		return "only; just (that much)" // 我就要一个。
	}
	if !c.actionBefore() && c.contrastBefore() {
		// 我就去过一次, 冰箱里就剩两个鸡蛋了, 我们不熟，就聊过几句: a
		// verb done no more than that much (not "then": no condition,
		// no action before it in its clause; 他吃完饭，就去买了两斤苹果
		// is one action after the other).
		if c.verbThenAmount() {
			return "only; just (that much)"
		}
		// 我就想问问, 我哪儿也不想去，就想在家躺着, 他什么也没说，就笑了
		// 笑: that and nothing else (not "then"; 你不想去，就别去了 is
		// a condition: a negation follows).
		if nb.next == "想" || nb.next == "想要" || c.clauseHead() && c.nothingElseBefore() && c.justVerbNext() {
			return glossJiuJust
		}
	}
	if c.actionBefore() && isVerbPos(nb.nextPos) && !settledVerbs[nb.next] && c.clauseEndsWithLe(4) {
		// 他把书包放在桌子上就出去了, 他看到我就跑了: one action right
		// after the other in one clause (not "in that case").
		return "as soon as … then (一/刚/了…就)"
	}
	return "then; just; right away"
}

// glossZaiFurther is 再 before a verb and a span of time: that much
// longer from now.
const glossZaiFurther = "(再 + verb + time) another …; further"

// glossJiuJust is 就 before a verb after a clause that denies the rest:
// that and nothing else.
const glossJiuJust = "(就 + verb) just; merely (nothing else)"

// peopleCounted reports whether token j counts people: a numeral opens it
// (一个人, 两个, 十几) or it is 俩 or 仨 (我们俩).
func (c *fctx) peopleCounted(j int) bool {
	w := c.word(j)
	return startsWithNumeral(w) || w == "俩" || w == "仨"
}

// verbThenAmount reports whether a verb (no modal, not 是), then maybe
// 了, 过 or 个, then an amount follow the token: 就见过一两次, 就吃了两口,
// 就剩百分之五, 就喝点粥, 也就跑个六七十公里.
func (c *fctx) verbThenAmount() bool {
	v := c.step(c.k+1, 1)
	if v < 0 || c.breaks(v, false) || !isVerbPos(c.pos(v)) && !c.verbAt(v) {
		return false
	}
	if w := c.word(v); modalVerbs[w] || w == "是" || settledVerbs[w] && w != "有" {
		return false
	}
	j := c.step(v+1, 1)
	for n := 0; n < 2 && j >= 0; n++ {
		if w := c.word(j); w != "了" && w != "过" && w != "个" {
			break
		}
		j = c.step(j+1, 1)
	}
	if j < 0 || c.breaks(j, false) {
		return false
	}
	w := c.word(j)
	return c.pos(j) == "m" || c.pos(j) == "mq" || startsWithNumeral(w) || w == "几" || w == "点" || w == "一点" || w == "一点儿"
}

// contrastBefore reports whether the clause before the token's, across a
// comma, leaves 就 its "only": it is negated (我们不熟，就…; 我不怎么吃东
// 西，就…), what 就 limits standing against what was denied (下了班，他就
// 买了两斤肉 is one thing after the other), and it is no span that did not
// run its length (不到一个小时，他就喝了三瓶: how soon, "already"). A
// clause opening the sentence passes.
func (c *fctx) contrastBefore() bool {
	p := c.step(c.k-1, -1)
	for p >= 0 && !c.breaks(p, false) {
		p = c.step(p-1, -1)
	}
	if p < 0 {
		return true
	}
	if t := c.sn.toks[p].Text; t != "，" && t != "," {
		return true
	}
	denied := false
	for j, seen := c.step(p-1, -1), 0; j >= 0 && seen < 10 && !c.breaks(j, false); j, seen = c.step(j-1, -1), seen+1 {
		switch w := c.word(j); {
		case w == "不到" || w == "没到" || w == "不久" || w == "没多久" || w == "没过":
			return false
		case negationWord(w) || strings.HasPrefix(w, "不") || strings.HasPrefix(w, "没"):
			denied = true
		}
	}
	return denied
}

// nothingElseBefore reports whether the clause before the comma ahead of
// the token denies everything else, a negation with 也, 都 or a word of
// "any" (哪儿也不想去, 什么也没说, 不要别的, 没什么爱好): the clause 就
// opens is then all there is.
func (c *fctx) nothingElseBefore() bool {
	p := c.step(c.k-1, -1)
	for j, seen := c.step(p-1, -1), 0; j >= 0 && seen < 10 && !c.breaks(j, false); j, seen = c.step(j-1, -1), seen+1 {
		switch c.word(j) {
		case "也", "都", "什么", "哪儿", "哪里", "别的", "没什么", "不怎么", "谁":
			return true
		}
	}
	return false
}

// justVerbNext reports whether a verb follows that 就 can limit: no
// negation, no 别, no modal but 想, 要 and 爱 (你不想去，就别去了,
// 钱不够就得借), no 算了.
func (c *fctx) justVerbNext() bool {
	n := c.nb.next
	if negationWord(n) || strings.HasPrefix(n, "不") || strings.HasPrefix(n, "没") || n == "算了" || n == "算" || n == "只" || n == "只能" || n == "只好" {
		return false
	}
	if modalVerbs[n] {
		return n == "想" || n == "要" || n == "爱"
	}
	return isVerbPos(c.nb.nextPos) || c.verbAt(c.step(c.k+1, 1))
}

// glossJiuAllAlong is 就 after 本来 and the like: so it was all along.
const glossJiuAllAlong = "(本来就) simply; just (all along)"

// startsWithNumeral reports whether w opens with a numeral: 一个人, 两个,
// 三.
func startsWithNumeral(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return numeralRune(r) && w != ""
}

// conditionBefore reports whether a conjunction of condition (如果, 要是,
// 只要 …) opens the token's sentence part: 就 is then its "then".
func (c *fctx) conditionBefore() bool {
	return c.near(-1, 12, true, "如果", "要是", "只要", "既然", "假如", "一旦", "若", "如果说")
}

// fromStartBefore reports whether a time something started from stands
// before the token in its sentence part: 从小, 当初, 小时候, 一开始 (gse
// cuts it 一 开始).
func (c *fctx) fromStartBefore() bool {
	if c.near(-1, 8, true, "从小", "当初", "小时候", "一开始", "从一开始", "从前", "那时候", "早在") {
		return true
	}
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 4; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if c.word(j) == "开始" {
			p := c.step(j-1, -1)
			return p >= 0 && c.word(p) == "一"
		}
	}
	return false
}

// negatedAfter reports whether a negation or a prohibition follows the
// token, or a verb whose potential complement is negated: 就不好吃了,
// 就别去了, 就买不到了.
func (c *fctx) negatedAfter() bool {
	switch n := c.nb.next; n {
	case "不", "没", "没有", "别", "不要", "不用", "不能":
		return true
	default:
		// 不好吃, 买不到 as one word, or 买 不到.
		return strings.Contains(n, "不") || isVerbPos(c.nb.nextPos) && strings.HasPrefix(c.word(c.nth(2, 1)), "不")
	}
}

// settledVerbs after 就 say that it is enough, settled or reached, not a
// second action: 放在门口就行了, 说一声就好了, 沿着这条街走就到了.
var settledVerbs = map[string]bool{"行": true, "好": true, "可以": true, "够": true, "算": true, "算了": true, "是": true, "有": true, "到": true}

// actionBefore reports whether a verb of action stands before the token in
// its clause (not a modal, 是 or 有, and not negated: 不来就算了 is a
// condition).
func (c *fctx) actionBefore() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 8; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		w := c.word(j)
		if p := c.pos(j); p == "v" && !modalVerbs[w] && w != "是" && w != "有" {
			q := c.step(j-1, -1)
			return q < 0 || c.word(q) != "不" && c.word(q) != "没"
		}
	}
	return false
}

// spanStart returns the index of the token that starts a span of time
// ending right before the token (几天, 十分钟, 三个小时, 一会儿), -1 if
// none.
func (c *fctx) spanStart() int {
	p := c.step(c.k-1, -1)
	if p < 0 {
		return -1
	}
	switch w := c.word(p); {
	case w == "一会儿" || w == "一会" || w == "几天" || w == "几年" || spanWord(w) && (!strings.HasSuffix(w, "月") || strings.HasSuffix(w, "个月")):
		return p // (五月 is May)
	case timeUnit(w) || w == "会儿" || w == "星期" || w == "礼拜":
		// (Not a time on the clock or the calendar: 五点, 三号, 五月.)
		j := c.step(p-1, -1)
		counted := j >= 0 && c.word(j) == "个"
		if counted {
			j = c.step(j-1, -1)
		}
		switch w {
		case "点", "点钟", "号", "日", "分":
			return -1
		case "月":
			if !counted {
				return -1
			}
		}
		if j >= 0 && (numeralWord(c.word(j)) || c.word(j) == "几") {
			return j
		}
	}
	return -1
}

// spanAfterVerb reports whether a span of time, right after a verb, ends
// right before the token: 休息几天就, 等十分钟就 (not 三天就到了, 他五岁就).
func (c *fctx) spanAfterVerb() bool {
	p := c.step(c.k-1, -1)
	if p < 0 {
		return false
	}
	j := p // the token that starts the span
	switch w := c.word(p); {
	case w == "一会儿" || w == "一会" || w == "几天" || w == "几年":
	case timeUnit(w) || w == "会儿" || w == "星期" || w == "礼拜":
		// 几 天, 三 个 小时: the number before the unit.
		j = c.step(p-1, -1)
		if j >= 0 && c.word(j) == "个" {
			j = c.step(j-1, -1)
		}
		if j < 0 || !numeralWord(c.word(j)) && c.word(j) != "几" {
			return false
		}
	case spanWord(w):
	default:
		return false
	}
	v := c.step(j-1, -1)
	return v >= 0 && !c.breaks(v, false) && (c.pos(v) == "v" || c.word(v) == "等") && !modalVerbs[c.word(v)]
}

// yiVerbBefore reports whether 一 then a verb opens the token's sentence
// part, across a comma: 一遇到问题，他就… "as soon as".
func (c *fctx) yiVerbBefore() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 12; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, true) {
			return false
		}
		if c.sn.toks[j].Text != "一" {
			continue
		}
		v := c.step(j+1, 1)
		p := c.step(j-1, -1)
		return v >= 0 && c.pos(v) == "v" && (p < 0 || !numeralWord(c.word(p)) && c.pos(p) != "m")
	}
	return false
}

// topicAhead reports whether the token opens its clause and a noun
// phrase, with no verb, runs from it to a comma: 就这个问题，….
func (c *fctx) topicAhead() bool {
	if !c.headAt(c.k) || !c.objectNext() {
		return false
	}
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < 6; j, seen = c.step(j+1, 1), seen+1 {
		t := c.sn.toks[j].Text
		if t == "，" || t == "," {
			return true
		}
		if c.breaks(j, false) || isVerbPos(c.pos(j)) && c.pos(j) != "vn" {
			return false
		}
	}
	return false
}

// amountAfterVerb reports whether a verb then an amount follows the token
// and ends its clause: 我就要一个, 就剩两天了; or the one pointed at: 我就要
// 这个, 我就买这件 (only that one).
func (c *fctx) amountAfterVerb() bool {
	if c.nb.nextPos != "v" {
		return false
	}
	m := c.nth(2, 1)
	if m < 0 || c.breaks(m, false) || !(c.pos(m) == "m" || c.pos(m) == "mq" || numeralWord(c.word(m)) || pointedOne(c.word(m))) {
		return false
	}
	for j, seen := c.step(m+1, 1), 0; ; j, seen = c.step(j+1, 1), seen+1 {
		if j < 0 || c.breaks(j, false) {
			return true
		}
		if seen >= 2 {
			return false
		}
	}
}

// pointedOne reports whether w points at one thing or a few: 这, 那, 这个,
// 那些.
func pointedOne(w string) bool {
	switch w {
	case "这", "那", "这个", "那个", "这些", "那些", "这儿", "那儿":
		return true
	}
	return false
}

func (c *fctx) cai(reading string) string {
	if reading != "cai2" {
		return ""
	}
	nb := c.nb
	switch {
	case nb.nextPos == "m" || nb.nextPos == "mq" || c.latinNext():
		return "only (before an amount)"
	case nb.next == "是" && !sequenceWords[nb.prev]:
		// (After a step of a sequence, 才是 is the step that comes only
		// then: 先写故事，再…，最后才是装修 "only at the very end".)
		return "(才是) really is; is the one"
	case (strings.HasPrefix(nb.next, "不") || strings.HasPrefix(nb.next, "没") || nb.next == "别") && c.near(1, 6, false, "呢") && !c.near(-1, 8, true, "只有", "必须", "要", "得"):
		// 我才不信呢！ 他才不去呢: the stress of a retort, "really (not)".
		return "(才不…呢) really (not); certainly (not)"
	case c.stressedJudgment():
		// 这才对, 这才像话, 这才长久, 你才笨呢: a judgment stressed against
		// what came before, "really", not "only then".
		return glossCaiStressed
	case (nb.prevPos == "t" || nb.prevPos == "m" || nb.prevPos == "q" || nb.afterNumeral || c.nearPos(-1, 4, "t")) && c.countAfter(6):
		// 一年才回一次家, 一个星期才见一面: a span, then how often, is
		// "only" (so seldom), not "not until".
		return "only (before an amount)"
	case nb.prevPos == "t" || nb.prevPos == "m" || nb.prevPos == "q" || nb.afterNumeral || c.nearPos(-1, 4, "t") || c.spanBefore():
		// (A span of time before it: 半个钟头才挪了一站地 "took half an
		// hour to crawl one stop".)
		return "not until; only then"
	case nb.in(prevPersonal) && c.step(c.k-1, -1) == c.step(0, 1) && nb.nextPos == "v" && !nb.in(nextModal) && !c.near(1, 8, true, "才", "就") && !c.nearPos(1, 5, "m"):
		// 我才到家, 他才知道这件事: the subject opening the sentence, then
		// 才 and its verb, nothing before that waits or sets a condition:
		// "just now" (not 我们等了一个小时他才来, 只有这样你才能成功).
		return "(才 + verb) just now; only just"
	case c.nearPos(1, 4, "m") && !c.degreeAfter(4):
		return "only (before an amount)" // 他才来了两天
	}
	return "only then; not until; just"
}

// sequenceWords are the steps of a sequence that a later step follows
// (然后, 最后, 后来): 才 after one is "only then".
var sequenceWords = map[string]bool{"然后": true, "最后": true, "后来": true, "之后": true, "以后": true, "接着": true}

// degreeAfter reports whether the first numeral within n tokens after the
// token, in its clause, is a degree (一点, 一些, 点儿: 日子才好过一点 "a
// bit easier"), not an amount counted.
func (c *fctx) degreeAfter(n int) bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < n; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if strings.HasPrefix(c.pos(j), "m") {
			switch c.word(j) {
			case "一点", "一点儿", "一些", "点", "点儿", "些":
				// (Closing the clause, not before the noun it counts:
				// 才赚了一点钱 "only a tiny bit of money".)
				nx := c.step(j+1, 1)
				return nx < 0 || c.breaks(nx, false) || finalParticle(c.word(nx))
			}
			return false
		}
	}
	return false
}

// littleAmount reports whether w, after 这么 or 那么, is an amount: 点,
// 一点, 些, 一些, 几 and a measure word (几个, 几天), or a numeral.
func littleAmount(w string) bool {
	switch w {
	case "点", "一点", "点儿", "一点儿", "些", "一些", "几", "一", "两":
		return true
	}
	return strings.HasPrefix(w, "几") || numeralWord(w)
}

// glossCaiStressed is 才 stressing a judgment: 这才对, 你才笨呢.
const glossCaiStressed = "(这才 + judgment) really; that's what"

// judgmentWords are judgments 这才 stresses, besides adjectives: 这才对,
// 这才像话, 这才叫生活.
var judgmentWords = map[string]bool{"对": true, "像话": true, "像样": true, "叫": true, "算": true, "正常": true, "合理": true, "公平": true, "划算": true, "长久": true, "靠谱": true}

// stressedJudgment reports whether 才 at c stresses a judgment: after 这 or
// 那 (这样, 那样), an adjective or one of judgmentWords closing the clause
// (这才对嘛, 这才长久; 这才叫 + its noun); or after a pronoun, an adjective
// and then 呢 (你才笨呢). 他这才明白 (a verb after) keeps "only then".
func (c *fctx) stressedJudgment() bool {
	nb := c.nb
	if !judgmentWords[nb.next] && !strings.HasPrefix(nb.nextPos, "a") && !c.a.adjectiveGloss(nb.next) {
		return false // (gse tags 长远 an adverb, 笨 zg)
	}
	after := c.word(c.afterNext())
	switch nb.prev {
	case "这", "那", "这样", "那样":
		return nb.next == "叫" || c.endsAfterNext() || after == "嘛"
	}
	return nb.in(prevPersonal) && after == "呢"
}

// countAfter reports whether a count of times (一次, 两回, 一趟, 一面)
// follows the token within n tokens of its clause: how often something
// happens.
func (c *fctx) countAfter(n int) bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < n; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		switch w := c.word(j); w {
		case "一次", "两次", "一回", "两回", "一趟", "两趟", "一面":
			return true
		case "次", "回", "趟":
			if p := c.step(j-1, -1); p >= 0 && (c.pos(p) == "m" || numeralWord(c.word(p))) {
				return true
			}
		}
	}
	return false
}

// rang is 让 before what it lets, has done or makes happen: before sb or
// sth and what it makes them feel or become (这部电影让我很感动, 让我觉得,
// 让智能变得廉价);
// after its subject it has them do it (老板让我明天早点来); at the head of
// a clause it lets (让我说说, 让我们开始吧).
func (c *fctx) rang() string {
	// 最让我感动的是, 很让人失望, 太让我生气了: a degree adverb before 让
	// grades the state it brings about, so 让 makes, never lets.
	if c.feelingAfterPerson() || degreeAdverbs[c.nb.prev] && c.objectNext() {
		return "(让 + sb + feeling) to make (sb feel …)"
	}
	if consentVerbs[c.nb.prev] {
		// 村民乐意让你们画吗, 他不同意让我去: who consents lets, whatever
		// gse tags the verb of consent (乐意 n).
		return glossRangLet
	}
	if i := c.step(c.k-1, -1); i >= 0 && !c.breaks(i, false) && (isNounPos(c.pos(i)) || personPos(c.pos(i))) {
		return "to have sb do sth; to make sb do"
	}
	return "to let; to make; to have sb do sth"
}

// consentVerbs consent or refuse to what follows them: before 让 they let
// (or do not let) sb do it.
var consentVerbs = map[string]bool{
	"愿意": true, "乐意": true, "同意": true, "允许": true, "肯": true, "答应": true, "准": true, "不许": true, "不准": true,
}

// glossRangLet is 让 after a verb of consent: CC-CEDICT's "to let sb do
// sth; to permit".
const glossRangLet = "(愿意/同意 让 sb + verb) to let; to allow"

// adverbialAdjective reports whether the adjective at token j modifies the
// verb after it (with 点 or 一点 between): 让我早点回家 "to let", not "to
// make (sb feel …)"; 让我很高兴 is a feeling.
func (c *fctx) adverbialAdjective(j int) bool {
	n := c.step(j+1, 1)
	if n >= 0 && !c.breaks(n, false) && (c.word(n) == "点" || c.word(n) == "一点" || c.word(n) == "些") {
		n = c.step(n+1, 1)
	}
	return n >= 0 && !c.breaks(n, false) && (isVerbPos(c.pos(n)) || c.a.predicateAt(c.sn, n))
}

// feelingWord reports whether w, after 让 and a person, says how they
// feel or become: 让我觉得, 让人很难过, 让智能变得廉价.
func feelingWord(w string) bool {
	switch w {
	case "觉得", "感到", "感觉", "变得", "很", "更", "非常", "特别", "十分", "太", "越来越", "有点", "挺", "好", "真":
		return true
	case "后怕", "害怕", "担心", "着急", "放心", "伤心", "难过", "头疼", "心疼":
		// 还让你后怕, 让父母担心: a feeling gse may tag a verb.
		return true
	case "失业", "破产", "生病", "受伤", "发胖", "上瘾", "失眠", "迷路", "后悔", "丢脸":
		// 会让工人失业, 让他破产: what befalls them, which nobody is let
		// do; 让 makes it happen.
		return true
	}
	return false
}

func (c *fctx) hai(reading string) string {
	if reading != "hai2" {
		return "" // huan2 "to give back"
	}
	nb := c.nb
	switch {
	case nb.next == "没" || nb.next == "没有" || nb.next == "不" || nb.next == "未" || nb.next == "沒" || nb.next == "沒有":
		return "still (not); (not) yet"
	case c.near(-1, 6, false, "比"):
		return glossHaiEven
	case (nb.next == "可以" || nb.next == "行" || nb.next == "好" || nb.next == "不错" || nb.next == "算") && c.endsAfterNext(),
		nb.next == "算" && (strings.HasPrefix(c.pos(c.nth(2, 1)), "a") || c.word(c.nth(2, 1)) == "是" || c.word(c.nth(2, 1)) == "不错" || c.word(c.nth(2, 1)) == "可以" || c.word(c.nth(2, 1)) == "行"):
		// (还算顺利, 还算不错: counts as fairly good; 还算了 and 还要
		// 算三天 count.)
		// (Before alsoNext: 这个办法还可以。 is "not bad", 还可以用 "also".)
		return "fairly; passably (还可以: not bad)"
	case c.near(1, 4, false, "什么", "谁", "哪", "哪儿", "哪里", "别的"):
		// (Before alsoNext: 你还要什么, 还有谁 ask what else.)
		return "else; still more (还…什么)"
	case (nb.next == "要" || nb.next == "需要" || nb.next == "得") && c.spanAfterNext():
		// 至少还要两年, 到机场还要一个小时: the time still to go (not "in
		// addition"; 还要一杯咖啡 adds).
		return glossHaiStill
	case (nb.next == "会" || nb.next == "要" || nb.next == "能" || nb.next == "将") && lastingVerbs[c.word(c.nth(2, 1))]:
		// 这个趋势还会持续很多年, 还要继续努力: what goes on lasts
		// (not "also").
		return glossHaiStill
	case (nb.next == "挺" || nb.next == "蛮" || nb.next == "比较") && !c.near(-1, 16, true, "都", "已经", "现在", "至今", "如今", "岁", "多年", "仍然", "依然"):
		// 这件事对我们来说还挺重要的, 味道还蛮好的: fairly (都八十多了，
		// 身体还挺硬朗: after the years gone by, still).
		return "fairly; passably (还可以: not bad)"
	case (nb.next == "能" || nb.next == "会" || nb.next == "可以" || nb.next == "能够") && c.question():
		// 它还能用吗？, 他还会来吗？: asking whether it still holds (not
		// "also"; 还能做什么 asks what else, above).
		return glossHaiStill
	case alsoNext(c.next()):
		return glossHaiAlso // 还有, 我们还希望…
	case nb.next == "想要":
		return glossHaiAlso // 我还想要一碗汤 (还想要什么: else)
	case c.near(-1, 12, true, "不但", "不仅", "不光", "不只", "除了", "以外", "之外", "此外"):
		// 他不但迟到了，还忘了带作业; 除此以外，他还喜欢画画 (gse: 除 此
		// 以外): the second of two things said (not "still").
		return glossHaiAlso
	case c.addedClause():
		return glossHaiAlso // 电脑太慢了，还挡了光线
	}
	return glossHaiStill
}

// lastingVerbs go on: after 还 and a modal they say it still lasts.
var lastingVerbs = map[string]bool{"持续": true, "继续": true, "保持": true, "存在": true, "坚持": true, "维持": true, "延续": true, "留": true, "住": true}

// addedClause reports whether the token opens a clause after a comma
// that adds a second thing said of the subject before it: before a verb
// done once (V 了/过: 太慢了，还挡了光线) or 有点 (我头疼，还
// 有点发烧). Not a state that lasts (九十岁了，还每天去散步: "still"), nor
// with its own subject (保费还涨了).
func (c *fctx) addedClause() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || c.sn.toks[p].Text != "，" && c.sn.toks[p].Text != "," {
		return false
	}
	if c.nb.next == "有点" || c.nb.next == "有点儿" || c.nb.next == "有些" {
		return true
	}
	if !isVerbPos(c.nb.nextPos) && !c.verbAt(c.step(c.k+1, 1)) || c.nb.next == "在" || c.nb.next == "是" {
		return false
	}
	return c.near(1, 3, false, "了", "过")
}

// spanAfterNext reports whether a span of time follows the token's next
// word: a numeral, then a unit of time within three words (两年, 三 到 五
// 年, 一个 小时), or 多久 / 很久.
func (c *fctx) spanAfterNext() bool {
	j := c.nth(2, 1)
	if j < 0 || c.breaks(j, false) {
		return false
	}
	if w := c.word(j); w == "多久" || w == "很久" || w == "好久" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(c.word(j)); !numeralRune(r) {
		return false
	}
	for seen := 0; j >= 0 && seen < 4 && !c.breaks(j, false); j, seen = c.step(j+1, 1), seen+1 {
		w := c.word(j)
		for _, u := range []string{"年", "天", "个月", "月", "小时", "钟头", "分钟", "周", "星期", "礼拜", "秒"} {
			if strings.HasSuffix(w, u) {
				return true
			}
		}
	}
	return false
}

// holidayWord reports whether w names a holiday or an anniversary one
// celebrates (过 "to celebrate" it): 春节, 生日, 新年, 中秋节.
func holidayWord(w string) bool {
	return strings.HasSuffix(w, "节") || w == "生日" || w == "年" || w == "新年" || w == "春节" || w == "周末" || w == "假期"
}

// holidayBefore reports whether a holiday (holidayWord) stands before the
// token in its clause, within six words: the topic 过 celebrates (春节你
// 在哪儿过).
func (c *fctx) holidayBefore() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 6; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if holidayWord(c.word(j)) {
			return true
		}
	}
	return false
}

// alsoNext reports whether 还 before w adds something (also) rather than
// lasting (still): 还有, 还要, 还想, 还希望.
func alsoNext(w string) bool {
	switch w {
	case "有", "要", "想", "希望", "需要", "能", "可以", "会", "得", "应该", "包括", "打算", "准备", "买", "去":
		return true
	}
	return false
}

func (c *fctx) ye(reading string) string {
	if reading != "ye3" {
		return ""
	}
	switch {
	case c.near(-1, 6, false, "连"):
		return "(连…也) even"
	case c.near(-1, 8, true, "无论", "不管", "即使", "哪怕", "就算"), c.near(-1, 8, true, "就是") && !c.pauseAfterBefore("就是", 8),
		c.near(-1, 4, false, "怎么", "怎样", "再") && c.word(c.step(c.k-1, -1)) != "再":
		// (你再忙也要吃饭, 我怎么也睡不着: however much; 再也 is "never
		// again".)
		return "(even if …) still"
	}
	if negationWord(c.nb.next) {
		if c.leastBefore() {
			return "(一点也不…) (not) at all; (not) even"
		}
		return "also (not); (not) either"
	}
	if c.negatedPotentialNext() && c.leastBefore() {
		return "(一点也不…) (not) at all; (not) even" // 一步也走不动
	}
	return "also; too"
}

// glossLaoLong is 老 before someone one has long known or dealt with, or a
// thing one has long had: 老同学, 老顾客, 老毛病 (not "old (of people)":
// an old classmate need not be aged).
const glossLaoLong = "(老 + friend, customer) of long standing"

// longKnown are the people one knows or deals with, and the things one has,
// over years: after 老 they are of long standing.
var longKnown = map[string]bool{
	"同学": true, "朋友": true, "同事": true, "邻居": true, "顾客": true, "客户": true, "客人": true, "熟人": true,
	"战友": true, "乡亲": true, "街坊": true, "伙伴": true, "伙计": true, "搭档": true, "会员": true, "用户": true,
	"球迷": true, "粉丝": true, "队员": true, "队友": true, "员工": true, "职工": true, "部下": true, "下属": true,
	"领导": true, "上司": true, "对手": true, "同乡": true, "主顾": true, "常客": true, "房东": true, "房客": true,
	"租客": true, "病人": true, "患者": true, "读者": true, "观众": true, "听众": true, "网友": true, "校友": true,
	"同伴": true, "东家": true, "病号": true, "同行": true, "合作伙伴": true, "党员": true,
	"习惯": true, "毛病": true, "规矩": true, "传统": true, "交情": true, "关系": true, "品牌": true, "牌子": true,
	"地方": true, "问题": true, "办法": true, "号码": true, "地址": true, "套路": true, "话题": true, "路线": true,
}

// lao glosses 老: before a surname the familiar address (问老王, 老李来了);
// before someone long known, of long standing (约几个老同学, 他是店里的
// 老顾客); before a predicate after its subject or a time, "always; all
// the time" (你别老看手机, 他上课老迟到, 猫最近老不吃东西: not "old").
func (c *fctx) lao(reading string) string {
	if reading != "lao3" {
		return ""
	}
	nb := c.nb
	if strings.HasPrefix(nb.nextPos, "nr") && utf8.RuneCountInString(nb.next) == 1 {
		return "(老 + surname) old (familiar address)"
	}
	if longKnown[nb.next] {
		return glossLaoLong
	}
	if c.clauseHead() || nb.prev == "的" || nb.afterNumeral || nb.in(prevDegree) {
		return ""
	}
	// (我最近老加班, 他昨天老咳嗽: after a time too; gse tags 最近 f.)
	subject := nb.in(prevPersonal) || strings.HasPrefix(nb.prevPos, "r") || nb.prev == "别" || nb.prev == "不" || nb.prev == "总" || nb.prev == "也" || nb.prev == "还" ||
		strings.HasPrefix(nb.prevPos, "n") || nb.prevPos == "t" || nb.prevPos == "f"
	verb := strings.HasPrefix(nb.nextPos, "v") && nb.nextPos != "vn" || c.verbAhead() && !c.nounNext()
	switch nb.next {
	case "不", "没", "没有", "跟", "和", "往", "把", "给", "在", "找", "对", "拿", "被", "让", "有":
		// 老不吃东西, 老跟我吵架, 老往外跑, 老把钥匙忘在家里.
		verb = true
	}
	// (他上课老迟到: after an action that is the occasion.)
	if verb && (subject || nb.prevPos == "v" && !c.nounNext()) {
		return "(老 + verb) always; all the time"
	}
	return ""
}

// timeNext reports whether a time opens what follows the token (第二天,
// 后来, 当晚): 他没带伞，结果第二天就感冒了 says what happened then.
func (c *fctx) timeNext() bool {
	switch c.nb.nextPos {
	case "t", "tg":
		return true
	}
	switch c.nb.next {
	case "第二天", "第二年", "当天", "当晚", "没过几天", "没几天", "不久", "后来":
		return true
	}
	return false
}

// craftObjectNext reports whether, after the verb that follows the token,
// one plain thing (a noun, no person, no pronoun, no 的 or pointing word)
// ends the clause, maybe before 吗 or 呢: 不会写汉字, 不会用筷子吗.
func (c *fctx) craftObjectNext() bool {
	j := c.nth(2, 1)
	if j < 0 || c.breaks(j, false) || !isNounPos(c.pos(j)) || personPos(c.pos(j)) || c.personAt(j) || c.word(j) == "人" {
		return false
	}
	e := c.step(j+1, 1)
	if e >= 0 && (c.word(e) == "吗" || c.word(e) == "呢" || c.word(e) == "啊") {
		e = c.step(e+1, 1)
	}
	return e < 0 || c.breaks(e, false)
}

// deEnds reports whether 的 closes the token's clause: 他不会来的 (a
// certainty asserted).
func (c *fctx) deEnds() bool {
	last := -1
	for j := c.step(c.k+1, 1); j >= 0 && !c.breaks(j, false); j = c.step(j+1, 1) {
		last = j
	}
	return last >= 0 && c.word(last) == "的"
}

// howExclaimed reports whether an adjective follows the token and 啊, 呀
// or 啦 closes it within three words: 这花多好看啊, 多漂亮呀 (多 "how"; 人多
// 热闹啊 is many people).
func (c *fctx) howExclaimed() bool {
	if c.nb.prev == "人" || !strings.HasPrefix(c.nb.nextPos, "a") && !c.a.adjectiveGloss(c.nb.next) {
		return false
	}
	return c.near(1, 3, false, "啊", "呀", "啦")
}

// glossPianStubborn is 偏 before what is done or happens against the wish
// or the advice of others.
const glossPianStubborn = "(偏 + verb) stubbornly; against the wish"

// glossYiqianFormer is 以前 before 的 and who or what was so before.
const glossYiqianFormer = "(以前的) former; previous"

// personAt reports whether token j names a person: by gse's tag, by its
// last character (同事, 律师), or one known over years (longKnown).
func (c *fctx) personAt(j int) bool {
	w := c.word(j)
	return j >= 0 && (personPos(c.pos(j)) || personSuffix(w) || longKnown[w] || w == "老板" || w == "老师" || w == "对象")
}

// glossLianEven is 连 opening what even 都 or 也 later says: 他连饭都没
// 吃, 连我也不信.
const glossLianEven = "(连…都/也) even"

// lian glosses 连 before what 都 or 也 then says even that holds of: 连
// 小孩都知道, 她忙得连喝水的时间都没有, 连他这样的老手，也犯了错 (not
// "to link": 手机连不上网，也…, 连在一起, 连着三天, 连他在内 "including").
func (c *fctx) lian(reading string) string {
	if reading != "lian2" || c.finalNext() {
		return ""
	}
	switch n := c.nb.next; n {
	case "着", "上", "在", "起", "起来", "接", "成", "到", "不", "同", "带", "续", "忙", "连", "通", "上网", "一起":
		return ""
	}
	if c.word(c.nth(2, 1)) == "带" {
		// 连人带车滑到沟里, 连吃带住: 连 A 带 B, A and B together.
		return glossLianBoth
	}
	if c.near(1, 5, false, "在内") || !c.near(1, 14, true, "都", "也") {
		return ""
	}
	return glossLianEven
}

// glossLianBoth is 连 of 连 A 带 B (连人带车): CC-CEDICT's "including".
const glossLianBoth = "(连 A 带 B) A and B together; including"

// ailments are what the body suffers, unwanted: after 容易 they are
// likely, not made easy (容易抽筋, 容易上火).
var ailments = map[string]bool{
	"抽筋": true, "上火": true, "拉肚子": true, "长痘": true, "发炎": true, "感染": true, "晕车": true, "晕": true,
	"头疼": true, "头晕": true, "出汗": true, "咳嗽": true, "过期": true, "变质": true, "发霉": true, "生锈": true,
	"着火": true, "走神": true, "分心": true, "犯困": true, "饿": true, "渴": true, "困": true, "落枕": true, "中毒": true, "受凉": true, "便秘": true,
}

// bodyParts are hurt or worn by what 容易 then says is likely: 伤胃,
// 磨脚, 伤眼睛.
var bodyParts = map[string]bool{
	"胃": true, "脚": true, "眼睛": true, "眼": true, "身体": true, "嗓子": true, "皮肤": true, "腰": true,
	"肝": true, "牙": true, "牙齿": true, "头": true, "手": true, "腿": true, "膝盖": true, "脖子": true,
	"心脏": true, "肠胃": true, "喉咙": true, "耳朵": true, "头发": true, "脸": true, "背": true,
}

// harmDone are result complements of harm or error: 写错, 弄丢, 摔倒,
// 碰坏; after 容易 the verb they close is likely.
var harmDone = map[string]bool{
	"错": true, "坏": true, "伤": true, "丢": true, "混": true, "倒": true, "破": true, "断": true, "碎": true, "歪": true,
}

// liableAhead reports whether what follows 容易 (the token of nb) befalls
// its subject unwanted, so that 容易 is "likely; liable to" (sense.go's
// liableSense): an ailment (容易抽筋), a state one falls into (容易累, 容易
// 脏: an adjective), a verb that fails (容易睡不着), harms a part of the
// body (容易伤胃, 容易磨脚) or ends in harm or error (容易写错, 容易弄
// 丢). 容易解决, 容易相处, 容易看懂 stay "easy".
func liableAhead(nb *neighbours) bool {
	if nb.sn == nil || ailments[nb.next] {
		return nb.sn != nil
	}
	c := fctx{a: nb.a, sn: nb.sn, k: nb.k, nb: nb}
	if strings.HasPrefix(nb.nextPos, "a") && !nb.clauseEnd {
		return !c.verbAt(c.step(c.k+1, 1)) || c.endsAfterNext()
	}
	n := nb.next
	if r, size := utf8.DecodeLastRuneInString(n); size < len(n) && harmDone[string(r)] {
		return true // 弄丢, 摔倒 as one word
	}
	if !isVerbPos(nb.nextPos) && !c.verbAt(c.step(c.k+1, 1)) {
		return false
	}
	if c.negatedPotentialNext() {
		return true
	}
	m := c.nth(2, 1)
	if m < 0 || c.breaks(m, false) {
		return false
	}
	w := c.word(m)
	return bodyParts[w] || harmDone[w] || strings.HasPrefix(w, "错")
}

// evenLian reports whether 连 (the token of nb) opens what 都 or 也 then
// says even that holds of (lian): no surname then, though gse tags it one
// (choose.go).
func evenLian(nb *neighbours) bool {
	if nb == nil || nb.sn == nil {
		return false
	}
	c := fctx{a: nb.a, sn: nb.sn, k: nb.k, nb: nb}
	return c.lian("lian2") != ""
}

// evenTopic reports whether 都 follows one small thing that opens its
// clause, an action (说话, 吃个饭, 看) or a thing (门, 饭), maybe after one
// person (我饭都没吃), and comes before what that takes or what fails
// (evenPredicate): 都 is then "even". Nothing plural, counted by each or
// by a person stands before it (他们说话都很小声, 孩子都没回来: all).
func (c *fctx) evenTopic() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || c.breaks(p, false) {
		return false
	}
	start, n := p, 0
	for j := p; j >= 0 && !c.breaks(j, false); j = c.step(j-1, -1) {
		if n++; n > 4 {
			return false
		}
		start = j
	}
	person := false
	if w := c.word(start); singularPerson(w) {
		if start == p {
			return false // 他都走不动了: the person, not a thing
		}
		person = true
		start = c.step(start+1, 1)
	}
	verb := false
	for j := start; j >= 0 && j <= p; j = c.step(j+1, 1) {
		w, pos := c.word(j), c.pos(j)
		if plural(w) || personPos(pos) || pos == "t" || pos == "m" || strings.HasSuffix(w, "们") || pointedOne(w) && w != "这" && w != "那" || personSuffix(w) || w == "人" {
			return false
		}
		if j == start && (isVerbPos(pos) && pos != "vn" || c.verbAt(j) && !isNounPos(pos)) {
			verb = !modalVerbs[w] && w != "是" && w != "有"
			if !verb {
				return false
			}
		}
	}
	return c.evenPredicate(verb, person)
}

// singularPerson reports whether w is one person by a pronoun: 我, 你, 他.
func singularPerson(w string) bool {
	switch w {
	case "我", "你", "他", "她", "您", "它":
		return true
	}
	return false
}

// hardWords say that something is hard to do or hurts: after 说话都, 走路都
// they say what even that takes.
var hardWords = map[string]bool{
	"费劲": true, "费力": true, "吃力": true, "困难": true, "难": true, "疼": true, "痛": true, "麻烦": true,
	"成问题": true, "够呛": true, "难受": true, "不容易": true, "不方便": true, "喘": true, "很难": true, "很累": true,
}

// evenPredicate reports whether what follows 都 is what even a small
// thing takes or how it fails: a negated potential complement (打不开, 说
// 不出来; not 吃不完, which counts all of it), the verb before 都 denied
// (看都没看, 站都站不稳), a lack after an action (没时间), 得 "must" (都得排队: 得 on
// its own after 都 is dei3; 都得到了 is one word), a
// hardship (费劲, 疼), a state denied (走路都不稳). After one person and a
// thing (我饭都没吃) a denied verb does too. verb says an action opens the
// topic.
func (c *fctx) evenPredicate(verb, person bool) bool {
	n := c.nb.next
	if c.negatedPotentialNext() {
		return !strings.HasSuffix(n, "完") && c.word(c.nth(3, 1)) != "完" && (utf8.RuneCountInString(n) == 3 || !c.breaks(c.nth(3, 1), false))
	}
	if hardWords[n] || n == "得" {
		return true
	}
	if n != "不" && n != "没" && n != "没有" {
		return false
	}
	m := c.nth(2, 1)
	if m < 0 || c.breaks(m, false) {
		return false
	}
	w, pos := c.word(m), c.pos(m)
	switch {
	case w == c.prevWord() || strings.HasPrefix(w, c.prevWord()) && c.prevWord() != "":
		return true // 看都没看, 站都站不稳
	case verb && n != "不" && isNounPos(pos) && !c.verbAt(m):
		return true // 吃饭都没时间 (not 手机都没电了: already)
	case verb && strings.HasPrefix(pos, "a"):
		return true // 走路都不稳
	case person && !verb && (isVerbPos(pos) || c.verbAt(m)):
		return true // 我饭都没吃
	}
	return false
}

// negationWord reports whether w negates what follows it: 不, 没, 别, and
// the modals they make one word with (不能, 不想, 没法; not 不错 "not bad").
func negationWord(w string) bool {
	switch w {
	case "不", "没", "没有", "别", "无", "沒", "沒有", "不能", "不会", "不想", "不要", "不用", "不敢", "不肯", "不再", "不必", "不该", "没法", "没能":
		return true
	}
	return false
}

// leastBefore reports whether the token follows the least amount, 一点 or
// 一 and a measure word (一点也不累, 一分钱也没有, 一次也没去过): the
// negation after it is total.
func (c *fctx) leastBefore() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || c.breaks(p, false) {
		return false
	}
	switch w := c.word(p); w {
	case "一点", "一点儿", "一点点", "一下", "丝毫":
		return true
	default:
		if strings.HasPrefix(w, "一") && c.pos(p) == "m" {
			return true // 一次, 一个
		}
	}
	// 一分钱也没有: 一 and a measure word, then a noun (not 想了一晚上也
	// 没想明白: the whole evening).
	q := c.step(p-1, -1)
	if q < 0 || c.breaks(q, false) {
		return false
	}
	if c.word(q) == "一" && (c.pos(p) == "q" || utf8.RuneCountInString(c.word(p)) == 1) {
		return true // 一分钟也不能等, 一单也不能晚: a single one
	}
	if !isNounPos(c.pos(p)) && (c.pos(p) == "t" || !c.nounAt(p)) {
		return false
	}
	if w := c.word(q); strings.HasPrefix(w, "一") && c.pos(q) == "m" || w == "一" {
		return true // 一个人也不认识, 一分钱也没有 (gse cuts 一 分钱)
	}
	// (gse tags 分 in 一分钱 a numeral.)
	return (c.pos(q) == "q" || utf8.RuneCountInString(c.word(q)) == 1) && c.word(c.step(q-1, -1)) == "一"
}

func (c *fctx) dou(reading string) string {
	if reading != "dou1" {
		return "" // du1 "capital"
	}
	nb := c.nb
	switch {
	case c.lianOpens():
		return "(连…都) even"
	case c.near(-1, 8, false, "甚至", "就连", "哪怕", "即使"):
		// 甚至说出来都显得可笑 "even": the emphasis 甚至 opens.
		return "(连…都) even"
	case c.near(-1, 6, true, "每", "每个", "所有", "任何", "谁", "什么", "哪", "哪儿", "哪里", "怎么", "无论", "不管", "各", "一切", "多少"):
		// (所有的代码都开源了: "all", though the clause ends in 了.)
		return "(every/any …) all, without exception"
	case c.evenTopic():
		// 说话都费劲, 吃个饭都得排队, 门都打不开, 看都没看, 我饭都没吃:
		// one small thing, then what it takes or what fails, "even" (我
		// 上班都坐地铁, 他们说话都很小声, 菜都吃不完: all).
		return "(连…都) even"
	case c.leastBefore() && negationWord(nb.next) && isNounPos(nb.prevPos):
		// 一句话都没说, 一个人都不认识: a single thing counted, then the
		// negation, "not even one".
		return "(连…都) even"
	case c.leastBefore() && negationWord(nb.next):
		// 一点都不饿, 一次都没去过: the least amount, then the negation.
		return "(一点都不…) (not) at all"
	case strings.HasPrefix(nb.prevPos, "a") && (nb.next == "能" || nb.next == "会" || nb.next == "可以") && c.intensifiedPrev():
		// 离很远都能听见, 这么远都能看见: so far, and even then.
		return "(连…都) even"
	case (nb.next == "算" || nb.next == "不够" || nb.next == "不到" || nb.next == "嫌") && c.amountPrev():
		// 十年都算快的, 三个小时都不够, 一百块都不到: even that much (三个
		// 人都来了: all).
		return "(连…都) even"
	case c.degreeBefore() && !plural(nb.prev) && !personPos(nb.prevPos):
		// 我累得饭都不想吃, 疼得路都走不了: how much, shown by what one
		// could not even do (not "already"; 他说得我们都笑了: all).
		return "(连…都) even"
	case c.clauseEndsWithLe(2) && (strings.HasPrefix(nb.prevPos, "n") || nb.prevPos == "vn") && !personPos(nb.prevPos) && strings.HasPrefix(nb.nextPos, "v") && !c.a.adjectiveGloss(nb.next):
		// 会议都取消了, 活动都推迟了: things, then what was done to them
		// and 了 ending the clause, "all" (菜都凉了, 天都黑了: a state
		// reached, "already"; 电影都开演二十分钟了: how long, "already").
		return "all; both (every one)"
	case (nb.next == "快" || nb.next == "快要") && c.near(1, 6, false, "了") && !plural(nb.prev) && !strings.HasSuffix(nb.prev, "们"):
		// 他都快四十了还没结婚, 都快十二点了: almost there already (我们都
		// 快到了: all).
		return glossDouAlready
	case c.spanNotAhead() && c.clauseEndsWithLe(8) && !plural(nb.prev):
		// 我都半年没碰过现金了, 他都三天没睡觉了: how long it has been
		// already.
		return glossDouAlready
	case (c.clauseEndsWithLe(5) || c.amountThenLe()) && !plural(nb.prev) && !c.near(-1, 6, true, "、", "和", "与", "跟", "及", "以及"):
		return glossDouAlready // 菜都凉了, 都十点了, 我都说了三遍了; but 我们都吃了: all
	case c.oneDenies():
		// 你都不知道我有多担心, 我都没注意到, 他都没看我一眼: one person
		// opening the clause, then what they did not do, "even" (there is
		// no "all" of one; 我们都没去, 这些我都不要: all).
		return "(连…都) even"
	}
	return glossDouAll
}

// lianOpens reports whether a 连 before the token, across commas, opens
// the 连…都 it closes: not one an earlier 都 or 也 closed already (连大妈都
// 能用手机了，我都半年没…).
func (c *fctx) lianOpens() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 16; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, true) {
			return false
		}
		switch c.word(j) {
		case "连":
			return true
		case "都", "也":
			return false
		}
	}
	return false
}

// spanNotAhead reports whether a span of time, then 没, follows the token
// (spanThenNot from that 没): 都半年没碰过, 都三天没睡觉.
func (c *fctx) spanNotAhead() bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < 4 && !c.breaks(j, false); j, seen = c.step(j+1, 1), seen+1 {
		switch c.word(j) {
		case "没", "沒", "没有":
			after := c.step(j+1, 1)
			if seen == 0 || after < 0 {
				return false
			}
			at := *c
			at.k = after // (spanThenNot looks back from after its 没)
			return at.spanThenNot()
		}
	}
	return false
}

// oneDenies reports whether the token follows a single person (我, 你, 他,
// 她, 您) who opens the sentence (or follows a time word opening it; a
// time word may follow) and comes before 不, 没 or 没有 and a verb: 我都不
// 知道, 我昨天都没睡觉.
func (c *fctx) oneDenies() bool {
	nb := c.nb
	if !negationWord(nb.next) || nb.next == "不是" {
		return false
	}
	if v := c.nth(2, 1); v < 0 || c.breaks(v, false) || c.word(v) == "是" {
		return false
	}
	who := c.step(c.k-1, -1)
	if c.pos(who) == "t" {
		who = c.step(who-1, -1) // 我昨天都没睡觉
	}
	switch c.word(who) {
	case "我", "你", "他", "她", "您":
	default:
		return false
	}
	// (饺子，我都不喜欢, 手机响了好几次，我都没敢接: what a clause before
	// names, 都 counts.)
	p := c.step(who-1, -1)
	return p < 0 || c.pos(p) == "t"
}

// amountThenLe reports whether a verb, 了, an amount and a final 了 follow
// the token: 我都说了三遍了, 他都走了两天了, 都等了你一个钟头了 (how much
// already; a pronoun, the verb's object, may come before the amount, and
// the verb may be one gse tags otherwise, as 等 "etc.").
func (c *fctx) amountThenLe() bool {
	v := c.step(c.k+1, 1)
	le := c.step(v+1, 1)
	if v < 0 || le < 0 || c.word(le) != "了" || !isVerbPos(c.pos(v)) && !c.verbAt(v) {
		return false
	}
	m := c.step(le+1, 1)
	if m >= 0 && strings.HasPrefix(c.pos(m), "r") {
		m = c.step(m+1, 1) // 等了你一个钟头
	}
	if m < 0 || !numeralWord(c.word(m)) && c.pos(m) != "m" {
		return false
	}
	for j, seen := c.step(m+1, 1), 0; j >= 0 && seen < 3; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if c.word(j) == "了" {
			e := c.step(j+1, 1)
			return e < 0 || c.breaks(e, false)
		}
	}
	return false
}

// amountPrev reports whether an amount ends right before the token: a
// numeral then a unit (十年, 三个小时, 一百块) or a numeral alone.
func (c *fctx) amountPrev() bool {
	p := c.step(c.k-1, -1)
	if p < 0 {
		return false
	}
	w := c.word(p)
	if numeralWord(w) || startsWithNumeral(w) && c.pos(p) == "m" {
		return true
	}
	q := c.step(p-1, -1)
	if q >= 0 && c.word(q) == "个" {
		q = c.step(q-1, -1)
	}
	return q >= 0 && (numeralWord(c.word(q)) || c.pos(q) == "m")
}

// intensifiedPrev reports whether the word before the token follows 很,
// 这么, 那么 or 再: 很远都能…
func (c *fctx) intensifiedPrev() bool {
	p := c.step(c.k-1, -1)
	if p < 0 {
		return false
	}
	switch c.word(c.step(p-1, -1)) {
	case "很", "这么", "那么", "再", "多么":
		return true
	}
	return false
}

// degreeBefore reports whether the complement 得 of degree stands among
// the three words before the token, but not right before it: 累得饭都, 疼
// 得下楼都 (跑得都很快 is all of them).
func (c *fctx) degreeBefore() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 3; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if c.word(j) == "得" && c.sn.toks[j].Reading == "de5" {
			return seen > 0
		}
	}
	return false
}

func (c *fctx) you(reading string) string {
	if reading != "you4" {
		return ""
	}
	switch {
	case c.near(-1, 6, false, "既"):
		// 既轻又结实: the second half of 既…又, as 既 is its first.
		return "(既…又) both... and..."
	case c.near(-1, 6, false, "又") || c.near(1, 6, false, "又"):
		return "(又…又) both... and..."
	}
	if c.wantedThenFeared() {
		// 我想去，又怕花钱, 他想说又不敢说: wanting it, and yet held back
		// (not "again", not "anyway").
		return "and yet"
	}
	switch nb := c.nb; nb.next {
	case "如何", "怎么", "怎能", "怎么能", "哪", "何", "何必", "什么", "不", "没", "没有", "何尝", "不是":
		return "(used for emphasis) anyway; after all"
	}
	if c.verbAgain() {
		// 她懂技术又懂管理, 会写代码又会做设计的人: the verb said again
		// with another object, both (not "again").
		return "(V A 又 V B) both... and..."
	}
	if p := c.step(c.k-1, -1); p >= 0 && (c.sn.toks[p].Text == "，" || c.sn.toks[p].Text == "," || c.word(p) == "而且") {
		switch c.nb.next {
		case "是", "有", "很", "能", "会":
			// 他很聪明，又很努力: a second quality, also.
			return glossHaiAlso
		}
		if strings.HasPrefix(c.nb.nextPos, "a") && c.word(c.nth(2, 1)) != "了" {
			return glossHaiAlso // 这件衣服便宜，又好看 (电脑修好了，又坏了: again)
		}
		if c.anotherDeed(p) {
			// 我煮了个鸡蛋，又泡了一杯茶; 他打了电话，又发了短信: a second
			// thing done after a first, also (not "again").
			return glossHaiAlso
		}
	}
	// (Not "also" here: 油价又要涨了, 手机又找不到了 happen again.)
	return "again (it happened again)"
}

// anotherDeed reports whether 又, the token right after the comma p,
// opens a clause doing something else than the clause before: a verb, 了
// and what it did (an object or an amount) after 又, and before the comma
// a different verb with its 了 (煮了个鸡蛋，又泡了一杯茶). The same verb
// again (吃了一碗，又吃了一碗) or a state (又坏了) is "again".
func (c *fctx) anotherDeed(p int) bool {
	n := c.nb.next
	le := c.nth(2, 1)
	if !isVerbPos(c.nb.nextPos) || c.word(le) != "了" {
		return false
	}
	if o := c.step(le+1, 1); o < 0 || c.breaks(o, false) || finalParticles[c.word(o)] {
		return false
	}
	done := false
	for j, seen := c.step(p-1, -1), 0; j >= 0 && seen < 10; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			break
		}
		w := c.word(j)
		if w == n {
			return false
		}
		if w == "了" {
			if v := c.step(j-1, -1); v >= 0 && isVerbPos(c.pos(v)) && c.word(v) != n {
				done = true
			}
		}
	}
	return done
}

// wantedThenFeared reports whether a fear or a holding back follows the
// token (怕, 担心, 不敢 …) and a wish (想, 要, 打算 …) stands before it in
// its sentence part: 想去，又怕花钱.
func (c *fctx) wantedThenFeared() bool {
	n := c.nb.next
	if n == "不" {
		n += c.word(c.nth(2, 1)) // 不 敢
	}
	switch n {
	case "怕", "害怕", "担心", "不敢", "不好意思", "舍不得", "怕是", "不想", "不愿意":
	default:
		return false
	}
	return c.near(-1, 8, true, "想", "要", "打算", "愿意", "希望", "很想")
}

// verbAgain reports whether the verb after the token stands before it in
// its clause too, with its own object between: 懂技术又懂管理 (not 想了又想
// or 看了又看, the same action again).
func (c *fctx) verbAgain() bool {
	n := c.nb.next
	if n == "" || !isVerbPos(c.nb.nextPos) && !modalVerbs[n] {
		return false
	}
	p := c.step(c.k-1, -1)
	if p < 0 || c.word(p) == n || c.word(p) == "了" || c.breaks(p, false) {
		return false // (我吃了一碗，又吃了一碗: the comma closes the clause)
	}
	for j, seen := c.step(p-1, -1), 0; j >= 0 && seen < 5; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if c.word(j) == n {
			return true
		}
	}
	return false
}

// waitedBefore reports whether 等 or 等到 "to wait (until)" stands among
// the 12 tokens before the token, across commas (等我们有了数据再决定);
// not 等 "etc." ending a list (修改等，如果再…), which fill glossed
// already.
func (c *fctx) waitedBefore() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 12; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, true) {
			return false
		}
		if t := &c.sn.toks[j]; (t.Text == "等" || t.Text == "等到") && !strings.HasPrefix(t.Gloss, "etc.") {
			return true
		}
	}
	return false
}

func (c *fctx) zaiAgain(reading string) string {
	if reading != "zai4" {
		return ""
	}
	nb := c.nb
	switch {
	case nb.next == "也":
		return "(再也不) never again; no more"
	case nb.prev == "不能" || nb.prev == "不要" || nb.prev == "别" || nb.prev == "不会" || nb.prev == "不可以" || nb.prev == "不想" || nb.prev == "不准":
		// 这次不能再迟到了, 别再说了: a repetition forbidden, "again"
		// (though 先 opens an earlier clause; 迟到 is no adjective).
		return "again; once more; re-"
	case c.near(-1, 12, true, "先", "首先"), c.waitedBefore(), c.near(-1, 4, false, "后", "以后", "之后"), afterQuantity(nb) && nb.prevPos != "t",
		c.doneFirst() && !c.near(1, 4, false, "一次", "一遍", "一下"):
		// (吃完饭再走, 你考虑好了再决定: one thing done first in its
		// clause, then the next, "then".)
		// 先吃饭再走; 饭后半小时再吃药, 等一会儿再说, 等我们有了数据再
		// 决定: not until then (but
		// 明天再来 "again").
		return "(先…再) then; after that"
	case (nb.prev == "最后" || c.untilTimeBefore() || c.doneBrieflyBefore()) && !c.near(1, 4, false, "一次", "一遍", "一下") && !c.nearPos(1, 4, "m"):
		// 热一热再吃: a brief action first, then this;
		// 攒到周三再去买: not until that time; 葱花最后再撒: last, after
		// the rest ("then", not "again"; 最后再问一个问题 is one more).
		return "(先…再) then; after that"
	case nb.prevPos == "t" && c.nowClauseBefore() && !c.near(-1, 16, true, "又") && !c.near(1, 4, false, "一次", "一遍", "一下"):
		// 我今天太累了，明天再洗吧; 今天没时间，下周再去: not now, but at
		// that later time, "then" (明天再来 alone stays "again").
		return "(先…再) then; after that"
	case (strings.HasPrefix(nb.nextPos, "a") || c.verbNext()) && c.near(1, 4, false, "也", "都"):
		// 他再忙也会打电话, 再好的模型也会犯错: however busy, good.
		return "(再 + adjective … 也) no matter how …"
	case (strings.HasPrefix(nb.nextPos, "a") || c.a.adjectiveFirst(nb.next)) && c.commaNext2() && c.near(1, 6, true, "也", "都", "还", "还是"):
		// 工作再忙，也要按时吃饭; 设备再先进，最后还得靠人: the adjective
		// closes a clause of concession, the next one holds anyway.
		return "(再 + adjective … 也) no matter how …"
	case nb.nextPos == "a":
		return "(再 + adjective) more; however …"
	case c.spanAfterNext():
		// 再过两三年, 再等十分钟, 再住一个月: a further span of time from
		// now (not "again").
		return glossZaiFurther
	case c.verbDoubled() || c.word(c.nth(2, 1)) == "一会儿" || c.word(c.nth(2, 1)) == "一会":
		// 我们再等等吧, 你再想想, 再等一会儿: a while longer (not
		// "again").
		return "(再 + verb) a bit longer; a bit more"
	}
	return "again (later); once more; then"
}

// doneFirst reports whether, in the token's clause, a verb done before it
// is marked done: by 完 or 好 right after it (吃完饭, 考虑好), or by 了
// after it (吃了饭, 想好了): 再 then says what follows.
func (c *fctx) doneFirst() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 6 && !c.breaks(j, false); j, seen = c.step(j-1, -1), seen+1 {
		switch w := c.word(j); w {
		case "完", "好", "了":
			p := c.step(j-1, -1)
			return p >= 0 && !c.breaks(p, false) && (isVerbPos(c.pos(p)) || c.verbAt(p) || c.word(p) == "完" || c.word(p) == "好") && (w != "好" || c.pos(p) == "v")
		default:
			if strings.HasSuffix(w, "完") && utf8.RuneCountInString(w) == 2 && isVerbPos(c.pos(j)) {
				return true // 吃完, 做完 as one word
			}
		}
	}
	return false
}

// untilTimeBefore reports whether a time word ends right before the token,
// itself after 到 or 等到 "until": 攒到周三再去买 (not until Wednesday).
func (c *fctx) untilTimeBefore() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || c.pos(p) != "t" {
		return false
	}
	switch c.word(c.step(p-1, -1)) {
	case "到", "等到":
		return true
	}
	return false
}

// doneBrieflyBefore reports whether the token follows a verb done briefly,
// doubled (热一热, 想想, 看 看): something done first (查一下 再 is
// afterQuantity's).
func (c *fctx) doneBrieflyBefore() bool {
	p := c.step(c.k-1, -1)
	if p < 0 {
		return false
	}
	w := c.word(p)
	if r := []rune(w); len(r) == 2 && r[0] == r[1] && isVerbPos(c.pos(p)) {
		return true // 想想
	}
	q := c.step(p-1, -1)
	if q >= 0 && c.word(q) == "一" {
		q = c.step(q-1, -1)
	}
	return q >= 0 && q != p && c.word(q) == w && utf8.RuneCountInString(w) == 1 && isHan(firstRune(w)) && (c.verbAt(q) || isVerbPos(c.pos(q)))
}

// nowClauseBefore reports whether an earlier clause of the token's
// sentence, before a comma, speaks of now (今天, 现在, 今晚, 这会儿): 我今天
// 做不完了，明天再做.
func (c *fctx) nowClauseBefore() bool {
	comma := false
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 16; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, true) {
			return false
		}
		if c.breaks(j, false) {
			comma = true
			continue
		}
		switch c.word(j) {
		case "今天", "现在", "今晚", "这会儿", "今天晚上":
			return comma
		}
	}
	return false
}

// commaNext2 reports whether a comma closes the clause right after the
// token's next word: 再忙，… (the adjective ends the clause).
func (c *fctx) commaNext2() bool {
	j := c.afterNext()
	if j < 0 {
		return false
	}
	switch c.sn.toks[j].Text {
	case "，", ",":
		return true
	}
	return false
}

// verbDoubled reports whether the verb after the token is said twice, as
// one word or two: 等等, 想 想, 看一看.
func (c *fctx) verbDoubled() bool {
	n := c.nb.next
	if r := []rune(n); len(r) == 2 && r[0] == r[1] && c.nb.nextPos != "m" {
		return true
	}
	if !isVerbPos(c.nb.nextPos) {
		return false
	}
	j := c.nth(2, 1)
	if c.word(j) == "一" {
		j = c.nth(3, 1)
	}
	return c.word(j) == n
}

func (c *fctx) hui(reading string) string {
	nb := c.nb
	if reading != "hui4" || numeralWord(nb.prev) || nb.nextPos == "f" {
		return "" // kuai4 "accounts"; 一会 a moment; 会上: the meeting
	}
	if (c.k == c.step(0, 1) || c.meetingNamer()) && c.next() == "开" {
		// 会开了一上午, 会开得怎么样, 今天的销售会开得很顺利: the meeting,
		// then its verb (not "will").
		switch c.word(c.nth(2, 1)) {
		case "了", "得", "到", "完", "完了":
			return "meeting; gathering"
		}
	}
	if (measured(nb.prev) || nb.prev == "的") && nb.prevPos != "t" {
		// 这个会开了三个小时, 明天的会, and at the end of the clause
		// too: 每周开一次会。 (Not after a time: 下次会早点来.)
		return "meeting; gathering"
	}
	if c.meetingNamed() {
		return "meeting; gathering" // 下午有个部门会, (construction.go)
	}
	if c.finalNext() {
		return "" // 我不会
	}
	if nb.next == "不会" {
		// 你会不会开车? 会 asks what 不会 answers: a skill (会不会游泳,
		// 会不会说中文) is "can", as 不会 is "not able" there; anything
		// else (明天会不会下雨) will be or not.
		if c.skillAsked(c.nth(2, 1)) {
			return "can (know how to)"
		}
		return "will; be likely to"
	}
	// 会 before a verb is mostly the future or a likelihood; before a verb
	// of a skill one learns (会游泳, 我儿子会说三种语言) it is "can", unless
	// a time or a word of likelihood says otherwise (明天会说).
	switch {
	case skillVerb(c.next()) && c.clauseEndsWithLe(4) && !c.near(-1, 6, false, "一定", "可能", "也许", "肯定", "大概", "应该", "将", "迟早", "总", "终将", "将来", "否则"):
		// 他才十岁就会做饭了, 孩子已经会走路了: a skill now had, though
		// 就 or a time stands before.
		return "can (know how to)"
	case c.near(-1, 6, false, "担心", "怕", "害怕", "恐怕", "担忧", "估计", "预计", "猜") && !language(c.word(c.nth(2, 1))):
		// 老师担心学生会用AI来写作业: what is feared or expected will
		// happen (not a skill: 用 is one).
		return "will; be likely to"
	case (c.next() == "说" || c.next() == "讲") && c.clauseSaid():
		// 我会说还是得靠自己, 我会说，…: what one would say follows, a
		// clause (not a language one speaks).
		return "will; be likely to"
	case (c.next() == "说" || c.next() == "讲") && language(c.word(c.nth(2, 1))) && nb.prevPos != "t" && !c.nearPos(-1, 6, "t"):
		// 他也会说日语, 还会说法语: a language one speaks, after 也 and
		// 还 too.
		return "can (know how to)"
	case c.near(-1, 6, false, "一定", "可能", "也许", "肯定", "大概", "应该", "将",
		"迟早", "总", "终将", "将来", "否则") || nb.prevPos == "t" || c.nearPos(-1, 6, "t"):
		return "will; be likely to"
	case c.near(-1, 6, false, "就", "都", "还", "也", "这", "那") && (!skillVerb(c.next()) || c.next() == "说" || c.next() == "讲"):
		// (他不光会唱歌，还会跳舞: a skill after 还 is still "can"; 就会说
		// '…' says what will be said.)
		return "will; be likely to"
	case skillVerb(c.next()):
		return "can (know how to)"
	case isNounPos(nb.nextPos) && c.endsAfterNext():
		return glossHuiKnow // 我会中文。
	}
	return "will; be likely to"
}

// clauseSaid reports whether a clause follows the verb after the token (会
// 说 + clause): a comma or colon, a pronoun, an adverb, 是 or 还是, or
// 什么 asking for it.
func (c *fctx) clauseSaid() bool {
	j := c.nth(2, 1)
	if j < 0 {
		return false
	}
	switch t := c.sn.toks[j].Text; t {
	case "，", ",", "：", ":", "是", "还是", "这", "那", "什么":
		return true // (你会说什么？ what one would say)
	}
	p := c.pos(j)
	return personalPronouns[c.word(j)] || p == "d"
}

// measured reports whether w ends in a measure word, so that a noun
// follows: 这个会, 那场会.
func measured(w string) bool {
	for _, m := range []string{"个", "場", "场", "次", "届", "個"} {
		if strings.HasSuffix(w, m) {
			return true
		}
	}
	return false
}

// language reports whether w names a language: 日语, 中文, 上海话.
func language(w string) bool {
	switch w {
	case "电话", "笑话", "实话", "坏话", "好话":
		return false
	}
	return compoundEndsIn(w, "语文话")
}

// skillAsked reports whether token j, the verb after 会 不会 (or after 会不会
// as one word), is a skill one learns, asked of no time to come (会不会游
// 泳, 会不会说中文; not 明天会不会说): "can", where anything else is "will".
func (c *fctx) skillAsked(j int) bool {
	w := c.word(j)
	return skillVerb(w) && c.nb.prevPos != "t" && !c.nearPos(-1, 6, "t") || (w == "说" || w == "讲") && language(c.word(c.step(j+1, 1)))
}

// glossHuiBuHuiWill is 会不会 asking whether something will happen (会不会
// 下雨, 这会不会影响生意): CC-CEDICT's entry has only "can or cannot?".
const glossHuiBuHuiWill = "(会不会…?) will it (or not)?; is it likely"

// glossHuiBuHuiCan is 会不会 asking a skill (会不会游泳): the dictionary's
// sense, in a card's length.
const glossHuiBuHuiCan = "(会不会 + skill) can or cannot?"

// skillVerb reports whether w is a verb of a skill one learns: 会说, 会游泳.
func skillVerb(w string) bool {
	switch w {
	case "说", "讲", "写", "读", "游泳", "开车", "做饭", "做菜", "唱歌", "跳舞", "弹", "画", "画画", "骑", "骑车", "思考",
		"下棋", "用", "打", "做", "编程", "拉", "吹", "滑冰", "滑雪", "说话", "修", "踢", "包", "写字", "弹琴", "游",
		"走路", "认字", "数数", "打字", "骑自行车", "用筷子":
		return true
	}
	return false
}

// earlyLateNext reports whether 早 or 晚 (早点, 晚一点) follows as how the
// verb after it is done, not before 的: 我可能要晚到二十分钟, 我估计要晚
// 一点回家 (gse tags 晚 a time, not a predicate).
func (c *fctx) earlyLateNext() bool {
	switch c.nb.next {
	case "早", "晚", "早点", "晚点", "早点儿", "晚点儿", "早一点", "晚一点":
		return c.word(c.nth(2, 1)) != "的" && !c.breaks(c.nth(2, 1), false)
	}
	return false
}

func (c *fctx) yao(reading string) string {
	if reading != "yao4" {
		return "" // yao1 "to demand"
	}
	if c.askedBack() {
		// 把钱要回来, 钱要不回来: what one asks for is brought back,
		// "to want; to need; to ask for" (not "will"; 他要回来了 keeps it).
		return ""
	}
	if c.moreThenVerb() || adviceVerbs[c.next()] {
		// advice: 要多休息, 要少吃糖 (the dictionary's sense); 你要小心,
		// 路上要注意安全, 要好好学习: before a verb of care or effort.
		return "need to; should"
	}
	if c.costNext() {
		// 走路大概要十分钟, 要多少钱, 要多长时间: the time or money it
		// takes (not "will; about to").
		return glossYaoTakes
	}
	if (c.obliged() || c.customBefore()) && !c.clauseEndsWithLe(5) {
		return glossYaoMust // 每周都要交, 要另外付, 你出门要带伞 (construction.go)
	}
	if (c.nb.next == "不" || c.nb.next == "没" || c.nb.next == "没有") && c.near(1, 8, true, "就") {
		// 你要不想听就先走吧, 他要没空我们就改天: a negation after 要 and 就
		// after the clause, the condition ("if", 要是); no one "wants" or
		// "will" not do. (要不要, 要不是 are words of their own.)
		return glossYaoIf
	}
	if !c.verbNext() && !(c.nb.next == "下" && c.clauseEndsWithLe(5)) && !c.earlyLateNext() {
		return "" // 要 + noun: "to want; to need; to ask for" (要下雪了: about to)
	}
	if c.clauseEndsWithLe(5) {
		return "(要…了) about to (happen)"
	}
	return glossYaoVerb
}

// askedBack reports whether 要 is asking for something back: 把 and its
// object before it and 回来/回去 after it (把钱要回来), or the potential
// 不回来/不回 after it (这笔钱要不回来了), which no "will" makes.
func (c *fctx) askedBack() bool {
	n := c.nb.next
	if n == "不" || n == "得" {
		n2 := c.word(c.nth(2, 1))
		return n2 == "回来" || n2 == "回" || n2 == "回去"
	}
	return (n == "回来" || n == "回去") && baObjectBefore(c.nb)
}

// glossYaoIf is 要 opening a condition that 就 answers: 你要不想听就先走吧.
const glossYaoIf = "(要 …, 就 …) if"

// glossYaoTakes is 要 before the time or money something takes.
const glossYaoTakes = "(要 + time or money) to need; to take"

// costNext reports whether an amount of time or money follows the token:
// a numeral, 几, 多少 or 多长/多久, with a unit of time or money (or 钱,
// 时间) among the next four tokens in its clause (要十分钟, 要多少钱).
func (c *fctx) costNext() bool {
	n := c.nb.next
	if n == "多久" {
		return true
	}
	if !numeralWord(n) && c.nb.nextPos != "m" && n != "多少" && n != "多长" && n != "几" && !c.latinNext() {
		return false
	}
	for j, seen := c.step(c.k+2, 1), 0; j >= 0 && seen < 4; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		switch c.word(j) {
		case "分钟", "小时", "个小时", "天", "年", "个月", "星期", "个星期", "秒", "块", "元", "钱", "块钱", "时间", "分", "毛":
			return true
		}
	}
	return false
}

// moreThenVerb reports whether 多 or 少 then a verb follow the token: 要多
// 休息, 应该少吃糖 (gse tags 多 a numeral).
// adviceVerbs are the care and effort one is told to take: 要 before them
// is "should" (你要小心, 要注意身体), not "to want".
var adviceVerbs = map[string]bool{
	"小心": true, "注意": true, "当心": true, "努力": true, "坚持": true, "记住": true, "记得": true,
	"好好": true, "认真": true, "保重": true, "按时": true, "听话": true, "耐心": true, "冷静": true,
	"珍惜": true, "尊重": true, "重视": true, "遵守": true, "准时": true, "诚实": true, "虚心": true,
}

func (c *fctx) moreThenVerb() bool {
	if c.nb.next != "多" && c.nb.next != "少" {
		return false
	}
	v := c.nth(2, 1)
	return v >= 0 && (isVerbPos(c.pos(v)) || c.verbAt(v))
}

func (c *fctx) keyi(reading string) string {
	if reading != "ke3 yi3" {
		return ""
	}
	nb := c.nb
	switch {
	case c.verbNext() || c.objectNext():
		return "can; may (be allowed to)"
	case nb.clauseEnd || c.finalNext():
		switch c.prevWord() {
		case "很", "还", "挺", "也", "真", "还算", "蛮", "都":
			return "not bad; fine"
		}
		return "can; may; it's OK"
	}
	return ""
}

// glossYuWith is 与 before the other party of an action or a comparison:
// 与IFS共同创新, 与去年不同.
const glossYuWith = "(formal) with; from (the other party)"

// reciprocal are words that take a partner: A 与/和/跟 B 见面 is "with".
var reciprocal = []string{"一起", "一同", "共同", "见面", "见", "合作", "讨论", "对话", "聊", "聊天", "谈",
	"谈话", "交流", "结婚", "分手", "比较", "竞争", "联系", "握手", "商量", "沟通", "相比", "不同", "一样", "相同", "相似", "保持"}

// partnerVerbs take a partner as reciprocal and talkVerbs do, without
// 一起 before them: 跟系统说话, 跟英语对应, 跟客户打交道, 跟邻居吵架.
var partnerVerbs = map[string]bool{
	"对应": true, "打交道": true, "吵架": true, "吵": true, "打架": true, "相处": true, "接触": true,
	"来往": true, "约会": true, "配合": true, "连接": true, "挂钩": true, "有关": true, "无关": true,
	"相关": true, "谈恋爱": true, "签约": true, "告别": true, "道别": true, "作对": true, "对接": true,
	"见面": true, "结婚": true, "离婚": true, "分手": true, "合作": true, "讨论": true, "竞争": true,
	"联系": true, "握手": true, "打招呼": true,
}

// partnerAhead reports whether, among the n tokens after the token within
// its clause, a verb that takes a partner (partnerVerbs, reciprocal's
// verbs, talkVerbs; or a word ending in one: 一一对应) comes before any
// 都, 也 or 全 that would make the two before it one subject: 方言跟系统说
// 话, 这个词跟英语的哪个词对应, 它跟中文是一一对应的 (我爸跟我妈都是老师,
// 米饭跟面条都有: "and").
func (c *fctx) partnerAhead(n int) bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < n; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		switch w := c.word(j); {
		case w == "都" || w == "也" || w == "全" || w == "各" || w == "分别" || w == "来说" || w == "来":
			return false // (对消费者和企业来说: the frame's 说)
		case seen > 0 && (partnerVerbs[w] || talkVerbs[w] && w != "要" && w != "提" || len(w) > 6 && partnerVerbs[w[len(w)-6:]]):
			// (苹果跟香蕉要洗一下: 要 the modal, not "to ask for".)
			return true
		}
	}
	return false
}

// alikeAtEnd reports whether the token's clause ends, within n tokens, on
// 像 "alike" (a final particle may follow): A 跟 B (长得)很像.
func (c *fctx) alikeAtEnd(n int) bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < n; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if w := c.word(j); w == "像" || w == "很像" {
			e := c.step(j+1, 1)
			return e < 0 || c.breaks(e, false) || finalParticles[c.word(e)]
		}
	}
	return false
}

// sameAtEnd reports whether the token's clause ends, within n tokens, on
// 一样, 不一样, 相同 or 不同 (a final particle may follow): A 跟 B …
// 一样.
func (c *fctx) sameAtEnd(n int) bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < n; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		switch c.word(j) {
		case "一样", "不一样", "相同", "不同":
			e := c.step(j+1, 1)
			for e >= 0 && finalParticles[c.word(e)] {
				e = c.step(e+1, 1)
			}
			return e < 0 || c.breaks(e, false)
		}
	}
	return false
}

// comparedAtEnd reports whether the token's clause ends, within n tokens,
// on 比, 相比 or 比起来 "to compare" (a final particle may follow): A 跟 B
// 比，… .
func (c *fctx) comparedAtEnd(n int) bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < n; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if w := c.word(j); w == "比" || w == "相比" || w == "比起来" || w == "比较" {
			e := c.step(j+1, 1)
			return e < 0 || c.breaks(e, false)
		}
	}
	return false
}

// with glosses 跟 和 与 as a conjunction between two nouns or as "with".
// glossGenFollow is 跟 before who is followed and 来/走 closing the
// clause: CC-CEDICT's "to follow closely; to go with".
const glossGenFollow = "(跟 sb 来/走) to follow; to go with"

// followed reports whether the token is followed by a person and then by
// 来 or 走 that closes the clause (跟我来, 跟我走吧, 快跟他走): the person
// is followed, no one does anything "with" them.
func (c *fctx) followed() bool {
	nb := c.nb
	if !(personalPronouns[nb.next] || personPos(nb.nextPos)) {
		return false
	}
	j := c.nth(2, 1)
	if w := c.word(j); w != "来" && w != "走" {
		return false
	}
	n := c.step(j+1, 1)
	return n < 0 || c.breaks(n, false) || finalParticles[c.word(n)]
}

func (c *fctx) with(w, reading string) string {
	switch {
	case w == "跟" && reading == "gen1", w == "和" && reading == "he2", w == "与" && reading == "yu3":
	default:
		return "" // 和 huo4 "to mix", 与 yu4 "to take part in"
	}
	nb := c.nb
	if w == "跟" && c.followed() {
		return glossGenFollow // 跟我来, 跟我走吧
	}
	if g := c.comparedClause(); g != "" {
		return g // 管一千人，跟管十个人，是两回事 (construction.go)
	}
	if c.near(1, 6, false, "似的") {
		return glossSimilarTo // 他跟个孩子似的, 跟疯了似的: like
	}
	if !c.objectNext() && !(w != "跟" && isVerbPos(nb.nextPos)) && !(nb.nextPos == "f" && c.near(1, 5, false, "一样", "不一样", "不同", "相比", "比")) {
		// (这座城市跟以前大不一样: gse tags 以前 f, a locative; it is what is
		// compared.)
		return "" // 跟我来? no: 我 is an object; 跟着, 跟上: "to follow"
	}
	prevNoun := isObjectPos(nb.prevPos) || c.latinPrev() || unknownHan(nb.left, nb.prevPos)
	// 你跟他一样高, 和以前不一样: the comparison, not "with" nor "and".
	switch {
	case c.near(1, 5, false, "相似", "类似", "相近", "相像"):
		return glossSimilarTo // 与原始现实相似: like, not the same
	case c.alikeAtEnd(8):
		// 我跟我姐长得很像, 他跟他爸一点都不像: the two compared, the
		// clause ending on 像 (not "with").
		if c.near(1, 8, false, "不", "不太", "没", "没有") {
			return glossDifferentFrom
		}
		return glossSimilarTo
	case c.near(1, 5, false, "不一样", "不同") || c.near(1, 5, false, "一样", "相同") && c.near(1, 5, false, "不", "不太", "不大", "没", "没有", "并不"):
		return glossDifferentFrom // (跟你的不太一样: 不太 一样)
	case c.near(1, 5, false, "一样", "相同"):
		return glossSameAs
	case c.sameAtEnd(8):
		// 这里跟我想象的不太一样, 结果跟我们预想的完全不同: what is
		// compared said at length, the clause closing on 一样/不同.
		if c.near(1, 8, false, "不", "不太", "不大", "没", "没有", "并不", "不一样", "不同") {
			return glossDifferentFrom
		}
		return glossSameAs
	case c.comparedAtEnd(8):
		// 跟去年比，今年好多了, 山里的孩子跟城里的孩子比，差别大吗: the one
		// compared with, the clause ending on 比 (not "and").
		return glossComparedWith
	}
	if w == "跟" && prevNoun && c.verbAfterObject() && c.adverbialNounBefore() {
		// 一个礼拜跟同事打两次, 去公园跟人下棋: the noun before is how
		// often or where, not the first of two joined: "with". (Only
		// 跟, mostly the preposition: 让人类和环境繁荣 joins the two.)
		return "with; to (sb)"
	}
	switch {
	case prevNoun && c.verbAfterObject() && c.near(1, 5, false, reciprocal...):
		if w == "与" {
			return glossYuWith
		}
		return "with; to (sb)" // 总统与记者见了面
	case w != "与" && prevNoun && (personPos(nb.nextPos) || kinWords[nb.next]) && talkVerbs[c.word(c.nth(2, 1))]:
		// 我跟你讲, 你和妈妈说一声: the person spoken to, "to".
		return "with; to (sb)"
	case prevNoun && (personPos(nb.prevPos) || personPos(nb.nextPos)):
		// 我和他一起去, 我跟他不熟: "and" or "with", the same thing.
		switch w {
		case "与":
			return "and; with (formal)"
		case "跟":
			return "with; and (sb)"
		}
		return "and; with (sb)"
	case w != "与" && prevNoun && c.partnerAhead(6):
		// 用英语跟客户说话, 这个词跟英语的哪个词对应, 学校跟家长打交道:
		// the other party of a verb that takes one, whatever the thing
		// before (苹果跟香蕉都放在冰箱里 has none: "and").
		return "with; to (sb)"
	case prevNoun:
		if w == "与" {
			return "and (formal, joining two nouns)"
		}
		return "and (joining two nouns)"
	case isVerbPos(nb.prevPos) && nb.prevPos != "vn" && !notPlaceVerb(c.prevWord()) && !c.verbAfterObject():
		return "" // 学习和工作: the dictionary's "and"
	case isVerbPos(nb.prevPos) && isVerbPos(nb.nextPos) && c.headAt(c.step(c.k-1, -1)):
		return "" // 学习和工作都很重要: two verbs as the subject, "and"
	case w == "与":
		return glossYuWith
	}
	return "with; to (sb)"
}

// adverbialNounBefore reports whether the noun right before the token
// belongs to what comes before it, not to a phrase the token joins: a
// unit of time after its number (一个礼拜, 两天: how often), or a place
// after a verb of going or being there (去公园, 在家, 到公司).
func (c *fctx) adverbialNounBefore() bool {
	j := c.step(c.k-1, -1)
	if j < 0 {
		return false
	}
	b := c.step(j-1, -1)
	if b < 0 || c.breaks(b, false) {
		return false
	}
	w := c.word(j)
	if timeUnit(w) || w == "礼拜" || w == "钟头" {
		return numeralWord(c.word(b)) || c.pos(b) == "m" || c.pos(b) == "q"
	}
	return placeGoers[c.word(b)]
}

// placeGoers take a place for object: 去公园, 在家, 到公司, 回老家.
var placeGoers = map[string]bool{"去": true, "来": true, "到": true, "回": true, "在": true}

// Glosses of 跟, 和, 与 in a comparison: A 跟 B 一样 / 不同.
const (
	glossSameAs        = "(A 跟 B 一样) the same as; as … as"
	glossDifferentFrom = "(A 跟 B 不同) different from"
	glossComparedWith  = "(跟/和/与 B 比) compared with"
	glossSimilarTo     = "(A 与 B 相似) similar to; like"
)

func (c *fctx) wei(reading string) string {
	nb := c.nb
	switch reading {
	case "wei4":
		switch {
		case c.verbAfterObject():
			return "for; for the sake of (sb)"
		case c.objectNext():
			return "for; because of"
		}
	case "wei2":
		switch {
		case c.near(1, 6, false, "所"):
			return "(为…所) by (formal passive)"
		case c.near(-1, 6, false, "以"):
			return "(以…为) as; to take … as"
		case isVerbPos(nb.prevPos) && nb.prevPos != "vn":
			return "(verb + 为) as; into; to be"
		}
		return "as; to be; to act as"
	}
	return ""
}

func (c *fctx) yi(reading string) string {
	if reading != "yi3" || c.finalNext() {
		return ""
	}
	switch {
	case c.near(1, 6, false, "为"):
		return "(以…为) to take … as"
	case c.near(1, 10, false, "作为", "作", "当作"):
		return "(以 X 作为 Y) to use X as Y"
	case c.near(1, 8, false, "方式", "方法", "形式", "手段", "名义", "身份", "态度", "速度", "价格"):
		return "by means of; with; in (a way)"
	case isVerbPos(c.nb.nextPos) && c.nb.nextPos != "vn":
		return "in order to; so as to"
	case c.clauseHead() && c.step(c.k-1, -1) >= 0 && c.verbAt(c.step(c.k+1, 1)):
		// 他每天加班，以养活全家: opening a clause after a comma, before a
		// verb by the dictionary that gse tags otherwise, the purpose.
		return "in order to; so as to"
	}
	return "by means of; with; as"
}

func (c *fctx) er(reading string) string {
	if reading != "er2" {
		return ""
	}
	if c.nb.next == "非" || c.nb.next == "不是" {
		return glossErNot // 关乎缺陷而非能力, 是机会而不是威胁 (construction.go)
	}
	if c.near(-1, 12, true, "因", "因为", "由于") {
		return "(因…而) and so; for that reason"
	}
	if c.nb.next == "不" && (strings.HasPrefix(c.nb.prevPos, "a") || c.a.adjectiveGloss(c.nb.prev)) {
		return glossErYetNot // 肥而不腻, 忙而不乱 (construction.go)
	}
	if j := c.step(c.k-1, -1); j >= 0 && c.breaks(j, false) {
		// 天黑了，而他还没回来: a clause set against the one before.
		return "(, 而 …) but; whereas; while"
	}
	return "and; but; whereas (links two parts)"
}

func (c *fctx) qi(reading string) string {
	if reading != "qi2" {
		return ""
	}
	// 将其性能推向, 推动其成本下降, 探讨其潜在风险, 实现其前一步: before a
	// noun (or a word that describes one, or 前/后 and an amount) 其 owns
	// it, whatever stands before; before a verb it is the object (将其拟人化,
	// 使其适应, 要求其改正).
	if c.ownedNext() {
		return glossQiOwner
	}
	switch c.prevWord() {
	case "将", "使", "令", "让", "把", "对", "为", "给", "向", "任", "促使", "对于", "关于", "由":
		return "it; him; them (literary object)" // 将其拟人化, 对其
	}
	if isVerbPos(c.nb.prevPos) && c.nb.prevPos != "vn" && !((isNounPos(c.nb.nextPos) || c.nounNext()) && !c.verbAfterNext()) && !c.describedNounNext() {
		// (有其优点, 发挥其作用: its; 要求其改正: him.)
		return "it; him; them (literary object)"
	}
	return glossQiOwner
}

// glossQiOwner is 其 before what it owns; the English, when it says whose
// (their, its, his, her), narrows it (functionsense.go, ownerGloss).
const glossQiOwner = "its; their; his; her (literary)"

func (c *fctx) zhi(reading string) string {
	if reading != "zhi1" {
		return ""
	}
	nb := c.nb
	switch {
	case nb.next == "一":
		if j := c.afterNext(); j < 0 || c.breaks(j, false) || !isNounPos(c.pos(j)) {
			return "(…之一) one of"
		}
	case isVerbPos(nb.prevPos) && nb.prevPos != "vn" && !isObjectPos(nb.nextPos) && !boundNouns[nb.next]:
		// (好坏之分, 胜负之争: 之 then the one-character noun the pair
		// before it names; gse tags 好坏 a verb.)
		return "it; him; them (literary object)"
	}
	if nb.left == 0 && !c.latinPrev() {
		return ""
	}
	return "(literary 的) of; 's"
}

// boundNouns are one-character nouns that close a literary X之Y (好坏之分).
var boundNouns = map[string]bool{"分": true, "别": true, "争": true, "差": true, "处": true, "道": true, "感": true, "际": true, "时": true}

func (c *fctx) bing(reading string) string {
	if reading != "bing4" {
		return ""
	}
	if r := firstRune(c.nb.next); strings.ContainsRune("不没非未无沒", r) {
		return "(并 + not) not at all; actually not" // 并不, 并不是, 并没有
	}
	if isVerbPos(c.nb.nextPos) {
		return "and (also); and then"
	}
	return "and; moreover; also"
}

func (c *fctx) jiang(reading string) string {
	if reading != "jiang1" {
		return "" // jiang4 "a general"
	}
	nb := c.nb
	// 将 + object + verb is the literary 把 (将其拟人化, 将数据塞入); anywhere
	// else it is the future (这将产生…: gse tags 产生 a noun there).
	switch {
	case (strings.HasPrefix(nb.nextPos, "r") && nb.next != "自己") || determiner(nb.next) || (c.verbAfterObject() && !c.verbNext()):
		return "(formal 把) object before the verb"
	case c.finalNext():
		return ""
	}
	return "will; shall (formal future)"
}

func (c *fctx) deng(reading string) string {
	nb := c.nb
	if reading == "deng3" && c.awaitedClause() {
		// 等你长大了，你就明白了; 等他再学两年，就能当老师: opening a clause
		// whose subject does something, a later clause after it, "by the
		// time; when".
		return glossDengWhen
	}
	if reading == "deng3" && !numeralWord(nb.prev) && c.near(1, 8, false, "再", "再说") {
		// 等他来了再说, 等雨停了再走: waiting, then acting, in one
		// clause: "to wait for", whatever "until" or "when" the
		// English says (等你到了上海，给我发个消息 keeps "when").
		return "to wait for; to await"
	}
	if reading != "deng3" || numeralWord(nb.prev) || (nb.left == 0 && !c.latinPrev()) {
		return "" // 一等 first class
	}
	nounPrev := isNounPos(nb.prevPos) || c.latinPrev() || unknownHan(nb.left, nb.prevPos)
	// After a noun 等 ends a list: 苹果、香蕉等, 重力等规律 (laws such as
	// gravity), (如SFT等). But 妈妈等我, 妈妈等了很久, 在车站等: "to wait".
	listed := false
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 12 && !listed; j, seen = c.step(j-1, -1), seen+1 {
		if c.sn.toks[j].Text == "、" {
			listed = true // 红帽等: whatever gse makes of 帽
			break
		}
		if c.breaks(j, false) {
			break
		}
		switch c.word(j) {
		case "和", "与", "及", "以及", "跟":
			listed = nounPrev && !strings.HasPrefix(nb.nextPos, "r")
		case "比如", "例如", "如", "包括", "像", "诸如", "譬如":
			listed = true // 比如思维链等
		}
	}
	if !listed && !nounPrev {
		if waitAdverb(nb.prev) {
			// 我们在等他回来: the verb, not "by the time; when" the
			// clause after it might suggest.
			return "to wait for; to await"
		}
		return "" // 等我一下, 我等你: "to wait for"
	}
	nounNext := (isNounPos(nb.nextPos) || unknownHan(nb.right, nb.nextPos)) && !strings.HasPrefix(nb.nextPos, "r")
	if listed || nounNext || (nb.clauseEnd && !c.near(-1, 8, false, "在")) {
		return "etc.; and so on (ends a list)"
	}
	return ""
}

// glossDengWhen is 等 opening a clause that sets the time of the next:
// CC-CEDICT's "by the time; when; till".
const glossDengWhen = "(等 + event, …) by the time; when; once"

// awaitedClause reports whether 等, the token, opens a clause (the
// sentence or after a comma) whose subject (a pronoun or a noun, not 一下
// or a span of waiting) does something, and the clause ends on a comma
// with more of the sentence after it: 等孩子上了大学，我们再去旅游, 等我有
// 钱了，… (等我一下，我马上来 and 等了半天，… wait; 等他的时候，… is the
// waiting itself).
func (c *fctx) awaitedClause() bool {
	nb := c.nb
	if !c.clauseHead() || !(nb.in(nextPersonal) || isNounPos(nb.nextPos) && !strings.HasPrefix(nb.nextPos, "nr") || kinWords[nb.next]) {
		return false
	}
	verb := false
	for j, seen := c.nth(2, 1), 0; j >= 0 && seen < 10; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			t := c.sn.toks[j].Text
			return verb && (t == "，" || t == ",") && c.step(j+1, 1) >= 0
		}
		switch w := c.word(j); w {
		case "一下", "一会儿", "一会", "会儿", "半天", "的时候", "时", "的", "着":
			return false
		default:
			// (孩子上了大学: 了 says something was done, whatever the
			// verb's tag; 等他再学两年: an adverb stands before one, gse
			// tagging 干 "dry".)
			verb = verb || isVerbPos(c.pos(j)) || c.verbAt(j) || w == "了" || c.pos(j) == "d"
		}
	}
	return false
}

// stillAround reports whether 在, closing its clause, says that its
// subject is still there or no longer is, "to exist; to be alive": after
// 还 (还会, 还能 between; 那家店还在吗, 我爷爷还在, 这家书店还会在吗), or 不
// 在了 after 已经, 早, 早就 (他爸爸早就不在了). A pronoun of a person before
// 还 asks where someone is (你还在吗, 他还在公司): left to the place.
func (c *fctx) stillAround() bool {
	nb := c.nb
	j := c.step(c.k-1, -1)
	if w := c.word(j); w == "会" || w == "能" {
		j = c.step(j-1, -1)
	}
	switch c.word(j) {
	case "还", "仍然", "依然", "都还", "也还":
		s := c.step(j-1, -1)
		return s >= 0 && !c.breaks(s, false) && !personalPronouns[c.word(s)]
	case "不":
		s := c.word(c.step(j-1, -1))
		return nb.next == "了" && (s == "已经" || s == "早" || s == "早就" || s == "都")
	}
	return false
}

// waitAdverb reports whether w, before 等, makes it the verb: 在等, 正在等,
// 要等, 别等.
func waitAdverb(w string) bool {
	switch w {
	case "在", "正在", "还在", "一直", "要", "想", "得", "会", "不", "别", "没", "没有", "先", "再", "正", "都", "也", "还":
		return true
	}
	return false
}

// previousNext are the words after which 上 is "last" and 下 "next": 上个月,
// 下次.
func previousNext(w string) bool {
	switch w {
	case "个", "次", "回", "周", "星期", "礼拜", "一", "半", "個":
		return true
	}
	return false
}

func (c *fctx) shang(reading string) string {
	if reading != "shang4" {
		return ""
	}
	nb := c.nb
	switch {
	case (schoolWords[nb.next] || c.schoolYearAt(c.step(c.k+1, 1))) && (nb.prevPos == "d" || nb.in(prevPersonal) || nb.prev == "在" || nb.prev == "正在" || nb.prev == "要" || nb.prev == "去" || nb.prev == "想" || nb.prev == "没" || nb.prev == "不" || nb.prev == "能") || c.schoolgoer():
		// 孩子在上幼儿园, 我还在上小学, 明年要上大学: attending (孩子上小学
		// 以后 too: construction.go).
		return "to go to; to attend (school, work)"
	case c.boardsCounted():
		return "to climb; to get onto; to go up" // construction.go: 他上了一辆公共汽车
	case c.lessonsCounted():
		return "to go to; to attend (school, work)" // construction.go: 去上一节绘画课
	case numeralWord(nb.next) && !nb.afterNumeral && nb.next != "一":
		// (上一次: the last time.)
		return "(上 + number) up to; over (上千)"
	case c.nounPrev() || (nb.left != 0 && !isVerbPos(nb.prevPos) && c.near(-1, 6, false, "在", "从", "于")) ||
		nb.left != 0 && !c.near(-1, 1, false, "在", "从", "于") && c.near(-1, 2, false, "在", "从", "于"):
		// 桌子上, 从根本上; 在会上: one word between 在 and 上 is a
		// place, whatever its tag (会 "meeting").
		return "(after a noun) on; on top of; in"
	case nb.prevPos == "v" && c.near(-1, 5, false, "在", "从", "于") && c.nounFirstAt(c.step(c.k-1, -1)):
		// 在这个位置上: gse tags 位置 a verb; its first sense is a noun.
		return "(after a noun) on; on top of; in"
	case isVerbPos(nb.prevPos) && !notPlaceVerb(c.prevWord()):
		return "(after a verb) up; onto; on"
	case (nb.prevPos == "v" || nb.prevVerbal || nb.prevPos == "zg" && c.verbDoneAt(c.step(c.k-1, -1))) && !nb.in(prevModal) && nb.prev != "是" && (nb.next == "了" || nb.next == "过" || c.finalNext()):
		// 爱上了一个画家, 让每个人都能用上: right after a verb that may
		// take a verb after it (爱上网), then 了 or the clause's end: the
		// complement (快把外套穿上: gse tags 穿 zg).
		return "(after a verb) up; onto; on"
	case previousNext(nb.next) || nb.nextPos == "q" || nb.nextPos == "m" && strings.HasPrefix(nb.next, "一") && !c.breaks(c.step(c.k+1, 1), false):
		// (上一轮融资, 上一代: the segmenter joins 一 and its measure
		// word.)
		return "last; previous (上个月)"
	case (nb.left == 0 || strings.HasPrefix(nb.prevPos, "r") || nb.prevPos == "d" || nb.prevPos == "t") && isNounPos(nb.nextPos):
		return "to go to; to attend (school, work)" // 我上大学的时候, 今年上小学了
	case (nb.next == "了" || nb.next == "过" || nb.next == "完") && c.near(1, 5, false, "课", "班", "学", "大学", "小学", "中学", "课程"):
		return "to go to; to attend (school, work)" // 今天上了两节课
	}
	return ""
}

// schoolWords are what one attends: 上小学, 上大学, 上课.
var schoolWords = map[string]bool{
	"幼儿园": true, "小学": true, "中学": true, "初中": true, "高中": true, "大学": true, "学": true,
	"课": true, "班": true, "夜校": true, "研究生": true, "网课": true, "补习班": true,
}

// wordBefore reports whether the n-th token before the token (blanks
// skipped) is one of words.
func (c *fctx) wordBefore(n int, words map[string]bool) bool {
	j := c.nth(n, -1)
	return j >= 0 && words[c.word(j)]
}

// progressMarkers stand before a verb that is under way: 在, 正在, 仍在
// (讨论中, 建设中).
var progressMarkers = map[string]bool{"在": true, "正在": true, "仍在": true, "尚在": true}

// fallingWeather is what 下 makes fall: 雨下了一夜.
var fallingWeather = map[string]bool{"雨": true, "雪": true, "大雨": true, "小雨": true, "大雪": true, "小雪": true, "暴雨": true, "冰雹": true, "毛毛雨": true}

func (c *fctx) xia(reading string) string {
	if reading != "xia4" {
		return ""
	}
	nb := c.nb
	switch {
	case nb.afterNumeral && numeralWord(nb.prev):
		return "(number + 下) times (of an action)"
	case c.near(1, 5, false, "雨", "雪", "大雨", "小雨", "大雪", "小雪", "暴雨", "冰雹", "毛毛雨") && (nb.next == "着" || nb.next == "了" || nb.next == "起" || nb.next == "过" || strings.HasSuffix(nb.next, "雨") || strings.HasSuffix(nb.next, "雪")):
		// 外面下着大雨, 下起雨来, 下了一场大雨: rain and snow "go down".
		return "(下 + rain, snow) to fall"
	case fallingWeather[nb.prev] && (nb.next == "了" || nb.next == "着" || nb.next == "得" || nb.next == "个" || nb.clauseEnd),
		(nb.prev == "越" || nb.prev == "又" || nb.prev == "还" || nb.prev == "一直" || nb.prev == "正在") && c.wordBefore(2, fallingWeather):
		// 这场雨下了一整夜, 雪下得很大, 雨越下越大: the rain before its
		// verb.
		return "(下 + rain, snow) to fall"
	case nb.next == "了" && (nb.prev == "" || nb.in(prevPersonal)) && c.nounAfterNext():
		// 他下了车, 我下了班就回家: the verb, getting off or down.
		return "to go down"
	case (c.nounPrev() || isVerbPos(nb.prevPos)) && c.near(-1, 8, false, "在"):
		return "(在…下) under (help, rule…)" // 在老师的帮助下
	case c.nounPrev():
		return "(after a noun) under; below"
	case isVerbPos(nb.prevPos) && !notPlaceVerb(c.prevWord()):
		return "(after a verb) down"
	case previousNext(nb.next) || nb.nextPos == "q" || strings.HasPrefix(nb.next, "一"):
		return "next (下个月)"
	}
	return ""
}

func (c *fctx) zhong(reading string) string {
	if reading == "zhong4" {
		return c.struckBy() // 中了病毒 (construction.go)
	}
	if reading != "zhong1" {
		return "" // zhong4 "to hit"
	}
	nb := c.nb
	switch {
	case c.timePrev():
		return "(time + 中) during; in"
	case isVerbPos(nb.prevPos) && c.finalNext() && c.wordBefore(2, progressMarkers):
		// 还在讨论中, 正在建设中, 仍在调查中: the clause ends on 在 + verb +
		// 中, the thing is being done (not "among" what is discussed).
		return "(verb + 中) in the course of"
	case c.nounPrev() || strings.HasPrefix(nb.prevPos, "r") || nb.prevPos == "a" ||
		(isVerbPos(nb.prevPos) && c.near(-1, 8, false, "在", "从", "于")):
		return "(after a noun) in; among; within"
	case isVerbPos(nb.prevPos):
		return "(verb + 中) in the course of"
	}
	return ""
}

func (c *fctx) li(reading string) string {
	nb := c.nb
	if reading != "li3" || numeralWord(nb.prev) || roundedNumeral(nb.prev) || (nb.prev == "多" || nb.prev == "来") && c.k >= 2 && numeralWord(c.sn.toks[c.k-2].Text) {
		return "" // 三里, 二十多里, 三百 多 里: the measure of length
	}
	switch {
	case c.timePrev():
		return "(time + 里) in; within (a time)"
	case c.nounPrev() || strings.HasPrefix(nb.prevPos, "r") || nb.prevPos == "a" || c.near(-1, 4, false, "在", "从", "到"):
		// (在超市里: gse tags 超市 a verb.)
		return "(after a noun) in; inside"
	}
	return ""
}

// The construction glosses that leave a content reading open, which the
// English side may then pick (see englishPicks).
const (
	glossDuiTo   = "to; towards; about (sb or sth)" // or 对答案 "to check", 对着 "to face"
	glossHuiKnow = "to know (a skill or language)"  // or 会朋友 "to meet"
	glossYaoVerb = "(要 + verb) will; want to; must" // or "to want" when the English says so
	// 还 adding (还能, 还有) or lasting: the English "still", "even" or
	// "else" says which (它还能保持…吗 "will it still be viable").
	glossHaiAlso  = "also; in addition"
	glossHaiStill = "still; yet"
)

// englishPicks reports whether the English side overrides the construction
// gloss g: it picks sense i (as bestByEnglish numbers them) by its content words,
// and g is one that leaves a content reading open (glossDuiTo…). For the
// other constructions the construction wins: the English words that match a
// function word's content senses are mostly there for other reasons ("came
// back" against 后 "back", "you know" against 会 "to know how to", "training
// time" against 等 "by the time").
func (in *entryInfo) englishPicks(en *english, i int, g string) bool {
	if !englishMayPick(g) {
		return false
	}
	if g == glossHenPlain {
		// "It's quiet" keeps 很 unstressed; "I'm very tired" says the
		// dictionary's "very; quite", the sense fill holds unless the
		// construction takes over (the English "very" is no content
		// word: contentSaid never sees it).
		return en.saysDegree()
	}
	// 还's senses are its grammatical uses ("still", "else"), which the
	// English may name; they are short and many, so one of two words said
	// ("progress" for "still in progress") is chance, not the English
	// choosing.
	hai := g == glossHaiAlso || g == glossHaiStill
	if i < 0 || in.isGrammar(i) && !hai {
		return false
	}
	return in.contentSaid(en, i, hai)
}

// intensifiers are the English adverbs that say 很 is "very": "so tired",
// "really good".
var intensifiers = []string{"very", "so", "really", "extremely", "quite", "incredibly", "highly", "super", "terribly", "awfully", "truly"}

// saysDegree reports whether the English has one of intensifiers.
func (x *english) saysDegree() bool {
	for _, w := range intensifiers {
		if x.hasWord(w, hash8(w)) {
			return true
		}
	}
	return false
}

// 都 counting all of them, or 都…了 saying a state reached already: the
// English may say which (花都开了 "the flowers are all out", zh.go).
const (
	glossDouAll     = "all; both (every one)"
	glossDouAlready = "(都…了) already"
)

// Before a negation 都 and 又 each read two ways that the words around
// them do not tell apart, and the English says which by its adverb: 都
// "all" or "even" (衣服我都没洗 / 晚饭都没吃 "didn't even eat dinner",
// 成绩单我都不敢拿回家 "I don't even dare"), 又 "anyway; after all" or
// "again" (又不是你的错 / 又没及格 "failed again").
const (
	glossDouEven   = "(连…都) even"
	glossYouAnyway = "(used for emphasis) anyway; after all"
	glossYouAgain  = "again (it happened again)"
)

// negatedReading returns the construction gloss fg of 都 or 又 before a
// negation as the English reads it (above); fg otherwise.
func (x *english) negatedReading(fg string, nb *neighbours) string {
	if fg != glossDouAll && fg != glossYouAnyway || x == nil || nb == nil || !negationWord(nb.next) {
		return fg // (most tokens: no construction gloss, fg "")
	}
	switch {
	case fg == glossDouAll && x.saysEven() && !x.saysAll():
		return glossDouEven
	case fg == glossYouAnyway && x.hasWord("again", hash8("again")):
		return glossYouAgain
	}
	return fg
}

// saysEven reports whether the English says "even" as the adverb of a
// least case ("didn't even eat"), not of a concession or a comparison
// ("even if", "even though", "even so", "even more").
func (x *english) saysEven() bool {
	for i, w := range x.words {
		if w != "even" {
			continue
		}
		if i+1 == len(x.words) {
			return true
		}
		switch x.words[i+1] {
		case "if", "though", "so", "when", "more", "less", "better", "worse", "after", "with", "now", "then":
			continue
		}
		return true
	}
	return false
}

// saysAll reports whether the English says all of them ("all", "both",
// "every", "everyone", "each" …; not "at all", "all right", "after all")
// and not "already": 都 is then "all" though 了 closes its clause.
func (x *english) saysAll() bool {
	if x == nil || x.wordBits.has(hash8("already")) && x.hasWord("already", hash8("already")) {
		return false
	}
	for i, w := range x.words {
		switch w {
		case "both", "every", "everyone", "everybody", "everything", "each":
			return true
		case "all":
			if (i == 0 || x.words[i-1] != "at" && x.words[i-1] != "after") && (i+1 == len(x.words) || x.words[i+1] != "right") {
				return true
			}
		}
	}
	return false
}

// saysObligation reports whether the English says a duty: "must",
// "should", or "need", "have", "got" followed by "to" ("I need to claim
// it", "I've got to go"). 要 + verb, which may be "will", "want to" or
// "must", is then "must; need to" (zh.go); "do you need anything" says no
// duty, and "need" alone would pick 要's "to want; to need".
func (x *english) saysObligation() bool {
	if x == nil || !x.wordBits.has(hash8("to")) && !x.wordBits.has(hash8("must")) && !x.wordBits.has(hash8("should")) {
		return false
	}
	for i, w := range x.words {
		switch w {
		case "must", "should":
			return true
		case "need", "needs", "have", "has", "had", "got", "gotta":
			if w == "gotta" || i+1 < len(x.words) && x.words[i+1] == "to" {
				return true
			}
		}
	}
	return false
}

// dutyAfter reports whether a word of duty (必须, 应该, 不得不 …) follows
// token k in its sentence: the English "must" or "have to" is then its
// translation (要与…融合，必须考虑… "to mesh it, you'd have to think": 要
// is "want to"), not 要's.
func dutyAfter(sn *sentence, k int) bool {
	for j := k + 1; j < len(sn.toks); j++ {
		switch sn.toks[j].Text {
		case "必须", "应该", "应当", "不得不", "务必", "必需", "得要", "只好", "只能":
			return true
		}
	}
	return false
}

// englishMayPick reports whether the English may override construction
// gloss g (englishPicks): where it may not, fill leaves the sense the
// English would choose unasked.
func englishMayPick(g string) bool {
	switch g {
	case glossDuiTo, glossHuiKnow, glossYaoVerb, glossHaiAlso, glossHaiStill, glossOutcome, glossZouLeave, glossKaoDepend, glossHenPlain, glossZhenReal:
		// (结果 after its noun: the English "result" may still name the
		// entry's own wording of it.)
		return true
	}
	return false
}

// contentSaid reports whether the English side says at least half the
// content words of one gloss of sense i (all of them if all is set):
// evidence by the words that carry the meaning, not by a gloss of function
// words alone (有 "(bound form) having; with" is not said by any English
// "with").
func (in *entryInfo) contentSaid(en *english, i int, all bool) bool {
	m, i, _ := in.senseAt(i)
	if m == nil {
		return false
	}
	words := m.words()
	for _, g := range m.senseGlosses(i) {
		if g.content == 0 {
			continue
		}
		matched := 0
		for k := int(g.start); k < int(g.start+g.content); k++ {
			if en.hasStem(m.word(words, k), uint8(words[k].h8)) {
				matched++
			}
		}
		if 2*matched >= int(g.content) && (!all || matched == int(g.content)) {
			return true
		}
	}
	return false
}

// senseOf returns the index of the sense whose shortGloss is g, -1 if none:
// a construction gloss that is a CC-CEDICT sense ("to give") keeps its index.
func (in *entryInfo) senseOf(g string) int {
	for i := range in.senses {
		if in.shortGloss(i) == g {
			return i
		}
	}
	return -1
}

// glossGeiCommand is 给我 before a command closing its clause: no one is
// given anything, the order is stressed (你给我站住！), CC-CEDICT's
// "(sentence intensifier)".
const glossGeiCommand = "(给我 + command) (stresses the order)"

// commands are what 给我 stresses: a verb of stopping, going or keeping
// still said to someone, closing the clause.
var commands = map[string]bool{
	"站住": true, "闭嘴": true, "住手": true, "住口": true, "滚": true, "滚出去": true, "滚开": true,
	"出去": true, "回来": true, "站好": true, "坐好": true, "坐下": true, "听着": true, "听好": true,
	"记住": true, "安静": true, "老实": true, "小心": true, "起来": true, "下来": true, "过来": true,
	"说清楚": true, "讲清楚": true,
}

// commandedAfter reports whether 给, the token, stands before 我 and a
// command (commands; 点, a direction or a final particle may follow)
// closing the clause, at the head of the clause or after its 你/你们: 你给
// 我站住, 给我滚出去, 你给我老实点 (给我倒杯水 and 给我看看 are done for me).
func (c *fctx) commandedAfter() bool {
	nb := c.nb
	if nb.next != "我" || !(c.clauseHead() || nb.prev == "你" || nb.prev == "你们") {
		return false
	}
	j := c.nth(2, 1)
	if !commands[c.word(j)] {
		// (gse may cut 听 着, 说 清楚: the two make the command.)
		n := c.step(j+1, 1)
		if n < 0 || !commands[c.word(j)+c.word(n)] {
			return false
		}
		j = n
	}
	for e := c.step(j+1, 1); e >= 0; e = c.step(e+1, 1) {
		if c.breaks(e, false) {
			return true
		}
		if w := c.word(e); w != "点" && w != "点儿" && w != "一点" && !finalParticles[w] && !mainMotionVerbs[w] && w != "开" {
			return false
		}
	}
	return true
}

// glossHaiEven is 还 of a comparison with 比: A 比 B 还 + state.
const glossHaiEven = "(比…还) even more"

// comparedEvenAt reports whether token j follows a 还 glossed glossHaiEven
// (the tokens before j are filled): the state after it is graded as after
// 很, 他比天气预报还准 准 "accurate" (not "to allow").
func comparedEvenAt(sn *sentence, j int) bool {
	if sn == nil || j < 1 || j >= len(sn.toks) {
		return false
	}
	t := &sn.toks[j-1]
	return t.Text == "还" && t.Gloss == glossHaiEven
}

// exclaimedDegreeAt reports whether token j, after 好 or 可, is what that
// adverb of degree exclaims: a word with an adjective sense (累 "tired",
// 热 "hot", 难 "difficult") closing its clause, final particles aside (我好
// 累, 这里好热啊, 今天可热了 — 可 with the 了, 呢 or 啊 that closes its
// stress). Then 好 is "so" and 可 "really", as 很 and 真 are before the
// same word, and the word's sense and reading are its state's (累 lei4,
// not lei3 "to accumulate"; 热 "hot", not "to warm up"). Not after a verb,
// whose complement 好 is (写好信: a verb's object is no adjective first,
// as 累 is), nor before a verb (这个问题好回答 "easy
// to", 可用 "can"), which has no adjective sense.
func (a *Analyzer) exclaimedDegreeAt(sn *sentence, j int) bool {
	if sn == nil || j < 1 || j >= len(sn.toks) {
		return false
	}
	adverb := sn.toks[j-1].Text
	if adverb != "好" && adverb != "可" {
		return false
	}
	return a.stateClosesAt(sn, j, adverb == "可")
}

// stateClosesAt reports whether token j, after an adverb of degree, is a
// state word closing its clause, final particles aside (stressed: one of
// closingStress among them, as 可 asks): exclaimedDegreeAt's test of the
// word, which 特别 asks too (今天特别热).
func (a *Analyzer) stateClosesAt(sn *sentence, j int, stressed bool) bool {
	if j < 1 || j >= len(sn.toks) {
		return false
	}
	e := j + 1
	for e < len(sn.toks) && isBlank(sn.toks[e].Text) {
		e++
	}
	closed := !stressed
	for e < len(sn.toks) && (finalParticles[sn.toks[e].Text] || isBlank(sn.toks[e].Text)) {
		closed = closed || closingStress[sn.toks[e].Text]
		e++
	}
	if !clauseEndsAt(sn.toks, e) || !closed {
		return false
	}
	w, pos := sn.toks[j].Text, sn.posOf(a, j)
	if pos == "" || strings.IndexByte("pcurmqyeo", pos[0]) >= 0 || negators[w] {
		return false // 好不了: a negation, a particle, a pronoun is no state
	}
	if j >= 2 && isHan(firstRune(sn.toks[j-2].Text)) {
		switch before, bpos := sn.toks[j-2].Text, sn.posOf(a, j-2); {
		case before == "不" || before == "没" || before == "是" || before == "的" || strings.HasPrefix(bpos, "m") || bpos == "q":
			// 不好招 "easy to"; 一个好习惯, 是好人: "good", before its noun.
			return false
		case isVerbPos(bpos):
			// After a word gse tags a verb, only a word whose first sense
			// is an adjective: 工作好累 (工作 the subject), not 写好信.
			return a.adjectiveFirst(w)
		}
	}
	// A word tagged an adjective, or of one character and no verb by its
	// tag (热, which gse tags a noun), may have its adjective sense later
	// (热 "to warm up", "hot"); any other (招 "to recruit", "contagious")
	// must have it first.
	// A feeling is a state too, whatever its tag (我好开心, 好难过, 好烦,
	// 我好伤心: "to feel happy", "to feel sad", "to feel vexed").
	if strings.HasPrefix(pos, "a") || utf8.RuneCountInString(w) == 1 && !isVerbPos(pos) {
		return a.stateWord(w) || a.feltWord(w)
	}
	// Of a longer word gse tags no verb, its first sense an adjective's,
	// a noun too or not (这里好安静, 安静 tagged a name: "quiet").
	if !isVerbPos(pos) && a.adjectiveGloss(w) {
		return true
	}
	return a.adjectiveFirst(w) || a.feltWord(w)
}

// closingStress are the particles that close 可's stress (可热了, 可冷呢).
var closingStress = map[string]bool{"了": true, "啦": true, "呢": true, "啊": true, "呀": true}

// stateWord reports whether a plain sense of an entry of w, not a name's,
// glosses an adjective by WordNet and no verb: 热 "hot (of weather)" though
// its first sense is "to warm up", 累 "tired" of lei4 (not 回答, 用, 找).
func (a *Analyzer) stateWord(w string) bool {
	for _, e := range a.dict.Lookup(w) {
		if e.IsName() {
			continue
		}
		in := a.info(e)
		for i, s := range in.senses {
			if in.plain(i, s) && !isVerbSense(s) && partsOfSpeech(firstGloss(s))&wordnet.Adj != 0 {
				return true
			}
		}
	}
	return false
}

// gradedFeelings are verbs of feeling that an adverb of degree grades (很想,
// 非常担心, 特别喜欢): after its person, 好 before one of them is "so" (我好
// 想你, 好羡慕你, 我真的好担心他), hao3, not "easy to" nor hao4 "to be fond
// of" (好担心 is no 好 + 担 + its object 心).
var gradedFeelings = map[string]bool{
	"想": true, "怕": true, "爱": true, "喜欢": true, "讨厌": true, "担心": true, "害怕": true,
	"羡慕": true, "希望": true, "佩服": true, "想念": true, "后悔": true, "感动": true, "心疼": true,
	"怀念": true, "期待": true, "舍不得": true, "在乎": true, "嫉妒": true, "同情": true, "想要": true,
	"生气": true, "激动": true, "着急": true,
}

// feelingGraded reports whether 好, token k, grades the verb of feeling
// after it: after its person (a pronoun), an adverb or at the head of its
// clause, or after a time (我今天好感动; 我好想你, 好想吃火锅啊, 我真的好担心他;
// not 这个问题好想 "easy to").
func (c *fctx) feelingGraded() bool {
	return gradedFeelings[c.nb.next] && (c.clauseHead() || c.nb.in(prevPersonal) || strings.HasPrefix(c.nb.prevPos, "d") || c.nb.prevPos == "t" || c.nb.prev == "真的")
}

// feltWord reports whether a plain sense of an entry of w, not a name's,
// is a feeling ("to feel happy", "to worry; to feel anxious"): a state of
// its subject that a degree grades (很开心, 好难过).
func (a *Analyzer) feltWord(w string) bool {
	for _, e := range a.dict.Lookup(w) {
		if e.IsName() {
			continue
		}
		in := a.info(e)
		for i, s := range in.senses {
			if in.plain(i, s) && feeling(s) {
				return true
			}
		}
	}
	return false
}
