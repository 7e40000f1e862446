package zh

import (
	"strings"
	"sync"
	"unicode/utf8"

	"cika/cards/dict"
)

// Segmentation ambiguities settled by the English side. Where the lexicon
// allows several splits of a stretch, the unigram model alone picks 长沙
// "Changsha" 发 in 汤姆在长沙发上睡着了 and 人 家当 "belongings" in
// 别把人家当傻瓜. A reader with the translation does not hesitate: "on the
// long sofa" says 长 沙发, "take people for fools" says 人家 当. So, when
// the pair has an English side, a word earns, besides its log
// probability, splitWeight per character times how well its senses match
// the English (english.match and senseScore, the evidence the sense
// chooser uses), and the split with the best total wins.
//
// The burden of proof is on the change. The model's split (the base) is
// kept unless a word crossing one of its boundaries matches the English by
// a content word (沙发 "sofa" across 长沙|发); the words of the base earn
// their match, function words included, so that 这个 "this" 人 "person"
// stand against 个人 "personal"; a word nested in a word of the base earns
// nothing, so that 实际 "actual" does not break 实际上 "in fact" when the
// English says "actually". But a word of the base that lies wholly inside a
// crossing word the English confirms earns only a match of content words
// too: a function word's match ("at", "will") is in nearly every English
// sentence, and is no evidence against the content word that names the
// longer word (好 在 "at" against 好在 "luckily" where the English says
// "luckily … at the back"; 要 看 against 要看 "depends on").
//
// The same pass keeps quantities the English states apart (numbers.go),
// and reads a clause that is a single headword the English confirms as
// that word (是的 "yes", 不了 "no thanks"), which the unigram model splits
// because a particle alone is so frequent.
//
// Without an English side, segmentRun is segment but for clock times
// (clockTimes), which need no translation to be read.

// splitWeight is what a word fully matched by the English side adds to a
// split's score, per character, in the unit of the model's log
// probabilities (nats). 人 家当 is 4.9 nats likelier than 人家 当, and 人
// "people" matches too: 人家 must gain more than 4.9 over 人's one
// character.
const splitWeight = 5.0

// weakFit is the match below which a word earns nothing: half a gloss
// (似的 "rather like" for "looks like", against 相似 "similar") is a
// coincidence more often than a translation, except for a noun (halfFit).
const weakFit = 0.75

// segmentRun segments run, a string of Han characters of the sentence, the
// English side en (analysed) and enText (as written) in view; before is
// the sentence before run (Arabic digits there start a quantity: 3点多).
func (a *Analyzer) segmentRun(run string, out *segWords, en *english, enText, before string) {
	// splitZhe, splitAfterNumeral, regroup, last (runmemo.go), given the
	// run's decoded words when segmentEnglish keeps them.
	var decoded *memoRun
	defer func(from int) { a.settleRun(run, out, from, decoded) }(len(out.ends))
	if len(en.words) == 0 {
		// A numeral and its classifier made one word counts the noun
		// after it all the same (一家小店 is 一 家 小店): splitCounted,
		// with no English to confirm the word; 早点 before a verb is 早
		// 点 (adverbialLittle), as splitUnconfirmed would find with one.
		// 的话 reads as what was said (他说的话很有道理) by its
		// neighbours alone, as with an English side.
		if strings.Contains(run, "的话") {
			defer a.splitDeHua(run, out, len(out.ends))
		}
		if strings.Contains(run, "多") {
			defer a.splitRoundMore(run, out, len(out.ends))
		}
		defer a.splitCounted(run, out, len(out.ends), en, 0)
		defer a.adverbialLittle(run, out, len(out.ends)) // boundaries_split.go
		if !strings.Contains(run, "点") {
			a.segment(run, out)
			return
		}
		sc := splitScratchPool.Get().(*splitScratch)
		defer splitScratchPool.Put(sc)
		a.segmentClock(run, out, sc)
		return
	}
	sc := splitScratchPool.Get().(*splitScratch)
	defer splitScratchPool.Put(sc)
	decoded = a.segmentEnglish(run, out, en, enText, before, sc)
}

// segmentClock is segment with the parts of the clock times of run kept
// apart (clockTimes): 四点十分 is 四 点 十 分 "4:10" with or without an
// English side.
func (a *Analyzer) segmentClock(run string, out *segWords, sc *splitScratch) {
	n := sc.decode(run)
	cut := grow(sc.cut, n+1)
	sc.cut = cut
	clear(cut)
	if !a.clockTimes(sc.runes, cut) {
		ss := segScratchPool.Get().(*segScratch)
		a.segmentDecoded(run, sc.off, sc.runes, out, ss)
		segScratchPool.Put(ss)
		return
	}
	sc.cutsMade()
	a.search(run, sc, nil)
	sc.emit(out)
}

// decode fills sc.runes and sc.off (where each rune of run starts, and
// len(run) last) and returns the number of runes.
func (sc *splitScratch) decode(run string) int {
	off, runes := sc.off[:0], sc.runes[:0]
	for i, r := range run {
		off = append(off, i)
		runes = append(runes, r)
	}
	off = append(off, len(run))
	sc.off, sc.runes = off, runes
	return len(runes)
}

// cutsMade sets cutAt from cut: cutAt[i] is the first cut after i, so no
// word starting at i goes past it.
func (sc *splitScratch) cutsMade() {
	n := len(sc.runes)
	cutAt := grow(sc.cutAt, n+1)
	sc.cutAt = cutAt
	cutAt[n] = n
	for i := n - 1; i >= 0; i-- {
		cutAt[i] = cutAt[i+1]
		if sc.cut[i+1] {
			cutAt[i] = i + 1
		}
	}
}

// splitScratch is the working memory of segmentEnglish, reused across
// calls.
type splitScratch struct {
	off, next, cutAt []int
	wStart, wEnd     []int
	runes            []rune
	best, fits       []float64
	pos              []uint8
	ids              []int32
	logps            []float32
	cut, hot         []bool
	covered          []bool // characters inside a crossing word the English confirms (crossingFits)
	nums             englishNumbers
	numsOf           string // the English side nums holds, when numsDone (one string kept per scratch)
	numsDone         bool
	base             segWords
}

var splitScratchPool = sync.Pool{New: func() any { return new(splitScratch) }}

// segmentEnglish is segment's search with each word's English fit added
// to its log probability (splitWeight per character) and the cuts of
// quantities enforced.
//
// It starts from the model's split under those cuts, the base (segment's
// split when nothing is cut). A word nested in a word of the base earns
// nothing: 实际 "actual" does not break 实际上 "in fact" when the English
// says "actually", nor 多数 "most" 大多数. Only a word that crosses a
// boundary of the base (沙发 across 长沙|发) can change it; when none
// matches the English and the run is not a confirmed headword, the base is
// the answer, found without a second search. Where one matches, only the
// base words it overlaps are matched against the English (hot). It
// returns the run's memoRun of its decoded words, nil if none is kept.
func (a *Analyzer) segmentEnglish(run string, out *segWords, en *english, enText, before string, sc *splitScratch) *memoRun {
	n := sc.decode(run)
	off, runes := sc.off, sc.runes
	// counts: a numeral or 几 "how many; a few", which splitCounted reads
	// as it does without an English side (有几点我很同意 "a few of his
	// points" is 几 点, not 几点 "what time?"); quantities and clock times
	// take numerals only.
	hasNumeral, counts := false, false
	for _, r := range runes {
		hasNumeral = hasNumeral || isNumeral(r)
		counts = counts || r == '几'
	}
	counts = counts || hasNumeral

	cut := grow(sc.cut, n+1)
	sc.cut = cut
	clear(cut)
	cuts := false
	if hasNumeral && strings.Contains(run, "点") {
		cuts = a.clockTimes(runes, cut)
	}
	if lead := trailingDigits(before); hasNumeral || lead >= 0 {
		cuts = quantities(runes, lead, func() *englishNumbers {
			if !sc.numsDone || sc.numsOf != enText {
				// Once per English side, mostly: the runs of a sentence
				// come one after the other.
				sc.nums.vals, sc.nums.clock = sc.nums.vals[:0], false
				if mayHaveNumber(enText, en) {
					sc.nums.reset(enText)
				}
				sc.numsOf, sc.numsDone = enText, true
			}
			return &sc.nums
		}, cut) || cuts
	}
	sc.cutsMade()

	base := &sc.base
	base.reset()
	var memo *memoRun // the run's decoded words, kept (runmemo.go)
	if cuts {
		a.search(run, sc, nil)
		sc.emit(base)
	} else {
		ss := segScratchPool.Get().(*segScratch)
		memo = a.decodeRun(run, off, runes, base, ss)
		segScratchPool.Put(ss)
	}
	wStart, wEnd := grow(sc.wStart, n), grow(sc.wEnd, n)
	sc.wStart, sc.wEnd = wStart, wEnd
	for k, i := 0, 0; k < len(base.ends); k++ {
		j := i
		for off[j] < base.ends[k] {
			j++
		}
		for c := i; c < j; c++ {
			wStart[c], wEnd[c] = i, j
		}
		i = j
	}
	// nested reports whether the word of characters i..j-1 lies inside a
	// longer word of the base; crossing whether it is neither nested nor a
	// word of the base.
	nested := func(i, j int) bool { return wStart[i] == wStart[j-1] && j-i < wEnd[i]-wStart[i] }
	crossing := func(i, j int) bool { return !nested(i, j) && (wStart[i] != i || wEnd[i] != j) }
	sl := slang(en)

	// The run as one headword the English confirms, when the base splits
	// it: 是的 "yes", 不了 "no thanks".
	var whole lexEntry
	wholeFit := 0.0
	if len(base.ends) > 1 && !cuts && n <= maxWholeRun {
		if p := a.long2.get(runes[0], runes[1]); p.lens&lenBit(n) != 0 {
			if le, ok := a.lex.get(run); ok {
				whole, wholeFit = le, a.fit(run, le.id, en, sl, true)
			}
		}
	}

	hot := grow(sc.hot, n)
	sc.hot = hot
	clear(hot)
	covered := grow(sc.covered, n)
	sc.covered = covered
	clear(covered)
	if wholeFit > 0 {
		for k := range hot {
			hot[k] = true
		}
	}
	from := len(out.ends)
	if !a.crossingFits(run, sc, en, sl, crossing, memo) && wholeFit == 0 {
		out.ends = append(out.ends, base.ends...)
		out.pos = append(out.pos, base.pos...)
		out.ids = append(out.ids, base.ids...)
		out.logp = append(out.logp, base.logp...)
		if counts {
			a.splitCounted(run, out, from, en, sl)
		}
		a.splitUnconfirmed(run, out, from, en, sl)
		a.splitModalTail(run, out, from, en, sl)
		a.splitDeHua(run, out, from)
		return memo
	}

	// A word of the base earns what english.match gives it, function
	// words included (这个 "this" 人 "person" stand against 个人
	// "personal"); a word that crosses the base earns only a match of
	// content words; a word nested in the base, nothing.
	a.search(run, sc, func(w string, id int32, i, j int) float64 {
		switch {
		case !hot[i] || !hot[j-1]:
			return 0
		case nested(i, j) && j == i+1 && a.boundOnly(w):
			// Breaking a word of the base must not leave a character that
			// is no word alone: 多模 "multimode" matches "multimodal", but
			// 多|模态 "modal" is not 多模|态 (态, a bound form).
			return -boundPenalty
		case nested(i, j):
			return 0
		case crossing(i, j):
			return a.fit(w, id, en, sl, true)
		}
		return a.fit(w, id, en, sl, covered[i] && covered[j-1])
	})
	next := sc.next
	if wholeFit > 0 && next[0] < n {
		found := 0.0
		for i := 0; i < n; i = next[i] {
			found += float64(next[i]-i) * sc.fits[i]
		}
		if float64(n)*wholeFit >= found {
			next[0], sc.pos[0], sc.ids[0], sc.logps[0] = n, whole.pos, whole.id, whole.logp
		}
	}
	sc.emit(out)
	if counts {
		a.splitCounted(run, out, from, en, sl)
	}
	a.splitUnconfirmed(run, out, from, en, sl)
	a.splitModalTail(run, out, from, en, sl)
	a.splitDeHua(run, out, from)
	return memo
}

// splitModalTail splits, among the words of run in out from index from
// on, a headword of three characters that ends in a modal verb's
// character (学生会 "student union") into the noun before it and the modal,
// where a verb follows, the English has a modal verb ("will", "can") and
// says the noun but not the whole word: 学生会组织这次活动 "the students
// will organize this activity" is 学生 会, not 学生会. ("The student union
// will organize" says the word, and keeps it.)
func (a *Analyzer) splitModalTail(run string, out *segWords, from int, en *english, sl slangWords) {
	for k := from; k+1 < len(out.ends); k++ {
		start := out.start(k, from)
		w, id := run[start:out.ends[k]], out.ids[k]
		m, nm := utf8.DecodeLastRuneInString(w)
		// (The modal's character first, the cheapest test: a word's
		// rune count decodes it.)
		if id < 0 || !modalChar(m) || utf8.RuneCountInString(w) != 3 || m >= maxRune || a.singles[m].logp == 0 || !englishModal(en) {
			continue
		}
		if next := run[out.ends[k]:out.ends[k+1]]; !a.verbStart(a.w.posNames[out.pos[k+1]], next) {
			continue
		}
		head, ok := a.lex.get(w[:len(w)-nm])
		if !ok || a.fit(w[:len(w)-nm], head.id, en, sl, true) == 0 || a.matchOf(w, id, en, sl, true) >= weakFit {
			continue
		}
		out.split(k, start, len(w)-nm, head, a.singles[m])
		k++
	}
}

// englishModals are the English words of a modal verb that 会, 能 or 要
// translates.
var englishModals = func() []slangWord {
	l := []slangWord{{w: "will"}, {w: "would"}, {w: "can"}, {w: "could"}, {w: "shall"}, {w: "going"}, {w: "able"}, {w: "want"}, {w: "wants"}, {w: "must"}}
	for i := range l {
		l[i].h = hash8(l[i].w)
	}
	return l
}()

// englishModal reports whether en has an English modal verb.
func englishModal(en *english) bool {
	for _, w := range englishModals {
		if en.hasWord(w.w, w.h) {
			return true
		}
	}
	return false
}

// splitDeHua splits 的话 "if (after a conditional clause)" into 的 话
// "words; speech" where no conditional opens the run and the words go on
// after it: 他的话让我很生气 "what he said made me angry". A condition's
// 的话 ends its clause (如果你有空的话，…) or follows 如果, 要是…; at the
// end of a run only after 说 or 讲, or words' sound (soundOfWords: 他说了很
// 多难听的话), is it what was said (我没听清他说的话。).
func (a *Analyzer) splitDeHua(run string, out *segWords, from int) {
	for k := from; k < len(out.ends); k++ {
		start := out.start(k, from)
		if run[start:out.ends[k]] != "的话" || conditionalBefore(run[:start]) {
			continue
		}
		if k+1 == len(out.ends) && !strings.HasSuffix(run[:start], "说") && !strings.HasSuffix(run[:start], "讲") && !a.heedWords(run, out, k, from) && !(k > from && soundOfWords[run[out.start(k-1, from):start]]) {
			continue // 你想去的话，…: the condition ends its run
		}
		if thenAfter(run, out, k, from) && !a.heedWords(run, out, k, from) {
			continue // 我有时间的话就去看你: the condition before its 就
		}
		if a.actionBefore(run, out, k, from) {
			continue // 你出去的话记得带伞: the condition before what to do
		}
		de, hua := a.singles['的'], a.singles['话']
		if de.logp == 0 || hua.logp == 0 {
			return
		}
		out.split(k, start, len("的"), de, hua)
		k++
	}
}

// actionBefore reports whether a verb that says nothing of speech stands
// right before 的话 (word k), in a run where no verb of saying comes
// earlier: 你出去的话记得带伞, 需要的话告诉我 are conditions, the action of the
// condition before 的话, which spoken Chinese runs into what follows
// without a comma. 他说的话, 你要听妈妈的话, 别人骂人的话 and 他说了很多难听
// 的话 are what was said.
func (a *Analyzer) actionBefore(run string, out *segWords, k, from int) bool {
	if k == from {
		return false
	}
	prev := run[out.start(k-1, from):out.start(k, from)]
	if p := a.w.posNames[out.pos[k-1]]; !strings.HasPrefix(p, "v") && !a.stateOpens(run, out, k-1, from, p) {
		return false
	}
	for _, w := range speechVerbs {
		if strings.Contains(run[:out.start(k, from)], w) {
			return false
		}
	}
	return prev != "是"
}

// stateOpens reports whether word j (gse tag p), before 的话, is an
// adjective that opens its clause, after nothing, a personal pronoun or 不
// or 太: the condition's state, 快的话大半年, 你方便的话给我打个电话, 太贵的话就
// 别买 ("if it is …"). Not one that says how words sound (难听的话 "unkind
// words"), nor after a degree adverb or a verb (说了很多难听的话).
func (a *Analyzer) stateOpens(run string, out *segWords, j, from int, p string) bool {
	if w := run[out.start(j, from):out.ends[j]]; w != "可以" && (p != "a" && p != "ad" || soundOfWords[w]) {
		return false // (可以的话 "if possible" too, which gse tags c)
	}
	if j == from {
		return true
	}
	before := run[out.start(j-1, from):out.ends[j-1]]
	return personalPronouns[before] || before == "不" || before == "太"
}

// soundOfWords are adjectives that say how words sound, which 的 话 "words"
// follows: 难听的话, 好听的话, 客气的话.
var soundOfWords = map[string]bool{"难听": true, "好听": true, "客气": true, "动听": true, "刺耳": true, "肉麻": true, "真心": true, "漂亮": true, "中听": true, "重要": true, "难过": true}

// speechVerbs are verbs whose object may be 话 "what was said" (actionBefore).
var speechVerbs = [...]string{"说", "讲", "骂", "问", "写", "喊", "听", "告诉", "回答", "答应", "嘱咐", "叮嘱", "交代", "批评", "夸", "记"}

// thenAfter reports whether 就 "then" follows 的话 (word k), right after
// it or after the subject of the clause it opens, and no personal
// pronoun alone stands before it: spoken Chinese leaves out the comma of
// 我有时间的话就去看你, 你不来的话我就走了. (他的话就是命令 "his word is
// law" is 的 话 before 就是.)
func thenAfter(run string, out *segWords, k, from int) bool {
	if k > from && personalPronouns[run[out.start(k-1, from):out.start(k, from)]] {
		return false
	}
	for j := k + 1; j < len(out.ends) && j <= k+2; j++ {
		switch w := run[out.ends[j-1]:out.ends[j]]; {
		case w == "就":
			return true
		case j == k+2 || !personalPronouns[w]:
			return false
		}
	}
	return false
}

// conditionalBefore reports whether s holds a word that opens a condition.
func conditionalBefore(s string) bool {
	for _, w := range [...]string{"如果", "要是", "假如", "万一", "若", "如", "假使", "倘若", "只要"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// splitUnconfirmed splits, among the words of run in out from index from
// on, a headword of two characters that the English side does not confirm
// (not by half a gloss) into its characters, where the English reads them
// as two words of two kinds that make a phrase, each confirmed:
//   - an adverb and a verb, the verb by a content word: 我就要一杯茶 "I
//     just want a cup of tea" is 就 要, not 就要 "will; be going to"; 他将来
//     北京工作 "he will come to Beijing" is 将 来, not 将来 "future";
//   - an adjective and 点 or 些, "a bit (more)": 明天早点来 "come early
//     tomorrow" is 早 点, not 早点 "breakfast";
//   - 把 and its object, a verb following: 请把门关上 "close the door".
//
// A word made of its characters' own senses is confirmed and stays (不要
// "don't", 再见 "see you").
func (a *Analyzer) splitUnconfirmed(run string, out *segWords, from int, en *english, sl slangWords) {
	for k := from; k < len(out.ends); k++ {
		start := out.start(k, from)
		w, id := run[start:out.ends[k]], out.ids[k]
		c1, n1 := utf8.DecodeRuneInString(w)
		c2, n2 := utf8.DecodeRuneInString(w[n1:])
		if id < 0 || n1+n2 != len(w) || c1 >= maxRune || c2 >= maxRune {
			continue
		}
		l1, l2 := a.singles[c1], a.singles[c2]
		if l1.logp == 0 || l2.logp == 0 {
			continue
		}
		p1, p2 := a.w.posNames[l1.pos], a.w.posNames[l2.pos]
		switch {
		case p1 == "d" && strings.HasPrefix(p2, "v") && !(negation(c1) && timeOrNoun(a.w.posNames[out.pos[k]])):
			// (A noun or time word made of a negation and a verb stays
			// whole: 未来 "future", though the English says "don't" and
			// "next". 将来 "will come" is 将 来.)
			if a.fit(w[n1:], l2.id, en, sl, true) == 0 || a.fit(w[:n1], l1.id, en, sl, false) == 0 {
				continue
			}
		case strings.HasPrefix(p1, "a") && (c2 == '点' || c2 == '些'):
			if a.fit(w[:n1], l1.id, en, sl, true) == 0 {
				continue
			}
		case c1 == '把' && k+1 < len(out.ends):
			// 把 before its object and the verb: 请把门关上 "close the
			// door" is 把 门, not 把门 "to guard a gate"; 请把手放在桌子上
			// "put your hand" is 把 手, not 把手 "handle".
			if a.fit(w[n1:], l2.id, en, sl, true) == 0 {
				continue
			}
		case strings.HasPrefix(p1, "n") && adverbChar(c2) && k+1 < len(out.ends) && strings.HasPrefix(a.w.posNames[out.pos[k+1]], "v"):
			// A noun the English says, then the adverb of the verb after
			// it: 很多人才知道 "only then did many people learn" is 人 才,
			// not 人才 "talent" (这种人才很难找 "talent" keeps it).
			if a.fit(w[:n1], l1.id, en, sl, true) == 0 {
				continue
			}
		case c2 == '在' && a.verbChar(w[:n1]) && a.placeAhead(run, out, k+1):
			// A verb, then 在 opening the place it acts at, where the
			// English does not say the word: 我们的数据都存在云上 "our
			// data is stored in the cloud" is 存 在, not 存在 "to exist"
			// (这种方法存在风险 "carries risks" keeps it: no place
			// follows; so does 问题存在于系统中).
		case strings.HasPrefix(a.w.posNames[out.pos[k]], "n") && float64(out.logp[k]) < a.rareBelow && a.lex.words[id].names: // (namesOnly, by the word's id)
			// A rare word that is only a name the English does not say is
			// its characters: 花都开了 "the flowers are all out" is 花 都,
			// not 花都 "Huadu (district)" (中国 stays, though the English
			// says "Chinese").
		default:
			continue
		}
		if a.matchOf(w, id, en, sl, false) >= halfFit {
			continue
		}
		out.split(k, start, n1, l1, l2)
		k++
	}
}

// placeAhead reports whether the words of run in out from index j on
// make a place before the clause's verb: a noun or a demonstrative, up to
// three words of it, closed by a locative (云上, 银行里, 哪个文件夹里), or a
// word gse tags a place (家里).
func (a *Analyzer) placeAhead(run string, out *segWords, j int) bool {
	for n := 0; n < 4 && j < len(out.ends); n, j = n+1, j+1 {
		w, p := run[out.ends[j-1]:out.ends[j]], a.w.posNames[out.pos[j]]
		switch {
		case n > 0 && placeSuffix(w), p == "s":
			return true
		case strings.HasPrefix(p, "n") || strings.HasPrefix(p, "r") || p == "m" || p == "q" || p == "uj":
			// (A quantity or 的 may stand in the noun phrase: 那个
			// 文件夹里, 我的电脑上.)
		default:
			return false
		}
	}
	return false
}

// namesOnly reports whether every CC-CEDICT entry of w is a proper name's
// (capitalised pinyin), and there is one.
func (a *Analyzer) namesOnly(w string) bool {
	if le, ok := a.lex.get(w); ok {
		return a.lex.words[le.id].names // (a headword has an entry)
	}
	entries := a.dict.Lookup(w)
	for _, e := range entries {
		if !e.IsName() {
			return false
		}
	}
	return len(entries) > 0
}

// splitCounted splits, among the words of run in out from index from on, a
// headword made of a numeral and a classifier that the English side does
// not confirm (by half a gloss: "a kind of" keeps 一种 "one kind of"), when what follows shows the classifier counting: one of the next
// words takes it (银行 "bank", CL:家: 一家银行 is 一 家 银行 "a bank", not
// 一家 "the whole family" 银行), or the classifier alone fits the English
// (这一行字 "this line of text": 一 行 "line", not 一行 "party; delegation").
// 一家人 "the whole family" and 一个 "a; one" where the English says so keep
// their word; so does, where the classifier alone does not fit, a word
// that counts one of what its classifier counts (一块手表 "a piece",
// countNamesUnit).
func (a *Analyzer) splitCounted(run string, out *segWords, from int, en *english, sl slangWords) {
	for k := from; k < len(out.ends); k++ {
		start := out.start(k, from)
		w, id := run[start:out.ends[k]], out.ids[k]
		num, n1 := utf8.DecodeRuneInString(w)
		cl, n2 := utf8.DecodeRuneInString(w[n1:])
		if id < 0 || n1+n2 != len(w) || !(isNumeral(num) || num == '几') || num >= maxRune || cl >= maxRune {
			continue
		}
		if a.singles[num].logp == 0 || a.singles[cl].logp == 0 || !a.isClassifier(w[n1:]) || a.matchOf(w, id, en, sl, false) >= halfFit {
			continue
		}
		clFits := a.fit(w[n1:], a.singles[cl].id, en, sl, true) > 0
		counts := clFits || a.countsNounAfter(run, out, k, w)
		// The counted noun may come after its modifiers (一家大型科技公司,
		// 一家规模较小的软件公司), not after a verb's particle or a
		// preposition (我们一家去了那家饭馆). gse's tags cannot say where
		// the verb is: it tags 超市 a verb.
		for j := k + 1; !counts && j < len(out.ends) && j <= k+maxCountedGap; j++ {
			if w := run[out.ends[j-1]:out.ends[j]]; clauseVerbMark(w) {
				break
			}
			if out.ids[j] < 0 {
				continue
			}
			counts = a.takesAsHead(run[out.ends[j-1]:out.ends[j]], w[n1:])
		}
		if !counts || !clFits && a.countNamesUnit(w, w[n1:]) {
			continue // (一块手表: 一块 "a piece" is the unit, numbers.go)
		}
		ln, lc := a.singles[num], a.singles[cl]
		out.split(k, start, n1, ln, lc)
		k++
	}
}

// maxCountedGap is how many words after a numeral and classifier the
// noun they count is looked for: its modifiers come between (一家规模较小
// 的软件公司: five words).
const maxCountedGap = 6

// negation reports whether c is a character that negates: 不 没 未 非 无.
func negation(c rune) bool {
	switch c {
	case '不', '没', '未', '非', '无', '沒', '無':
		return true
	}
	return false
}

// timeOrNoun reports whether a gse part of speech is a time word's or a
// noun's.
func timeOrNoun(p string) bool { return p == "t" || strings.HasPrefix(p, "n") }

// clauseVerbMark reports whether w marks a verb phrase or a clause of its
// own: an aspect particle or a preposition or verb that starts a new
// phrase.
func clauseVerbMark(w string) bool {
	switch w {
	case "了", "过", "着", "把", "被", "给", "在", "到", "是", "有", "就", "都", "也":
		return true
	}
	return false
}

// isClassifier reports whether the character c has a sense as a
// classifier in the dictionary ("classifier for families or businesses").
func (a *Analyzer) isClassifier(c string) bool {
	for _, e := range a.dict.Lookup(c) {
		for _, s := range e.Senses() {
			if strings.HasPrefix(s, "classifier") {
				return true
			}
		}
	}
	return false
}

// search is segment's search over sc.runes, words kept within the cuts of
// sc.cutAt, each word scoring its log probability plus splitWeight per
// character times fit(word, lexicon id, start, end) (nil: 0). It leaves
// the split in sc.next, pos, ids, logps and fits, for emit. With no cut
// and no fit it finds what segment finds: same candidates, same order,
// same tie-breaking.
func (a *Analyzer) search(run string, sc *splitScratch, fit func(w string, id int32, i, j int) float64) {
	n, off, runes, cutAt := len(sc.runes), sc.off, sc.runes, sc.cutAt
	best, next := grow(sc.best, n+1), grow(sc.next, n+1)
	pos, ids, logps, fits := grow(sc.pos, n+1), grow(sc.ids, n+1), grow(sc.logps, n+1), grow(sc.fits, n+1)
	sc.best, sc.next, sc.pos, sc.ids, sc.logps, sc.fits = best, next, pos, ids, logps, fits
	fitOf := func(w string, id int32, i, j int) float64 {
		if fit == nil {
			return 0
		}
		return fit(w, id, i, j)
	}
	best[n] = 0
	for i := n - 1; i >= 0; i-- {
		bestScore, bestEnd, bestPos := a.logUnknown+best[i+1], i+1, uint8(0)
		bestID, bestLogp, bestFit := int32(-1), float32(0), 0.0
		if r := runes[i]; r < maxRune && a.singles[r].logp != 0 {
			le := &a.singles[r]
			f := fitOf(run[off[i]:off[i+1]], le.id, i, i+1)
			bestScore, bestPos, bestID, bestLogp, bestFit = float64(le.logp)+splitWeight*f+best[i+1], le.pos, le.id, le.logp, f
		}
		if i+1 < n && cutAt[i] >= i+2 {
			p := a.long2.get(runes[i], runes[i+1])
			maxLen := min(int(p.maxLen), cutAt[i]-i)
			if p.isWord {
				f := fitOf(run[off[i]:off[i+2]], p.id, i, i+2)
				if s := float64(p.logp) + a.lengthPrior(p.prior, p.logp, run, off, runes, i, i+2) + 2*splitWeight*f + best[i+2]; s >= bestScore {
					bestScore, bestEnd, bestPos, bestID, bestLogp, bestFit = s, i+2, p.pos, p.id, p.logp, f
				}
			}
			for j := i + 3; j <= n && j-i <= maxLen; j++ {
				if p.lens&lenBit(j-i) == 0 {
					continue
				}
				w := run[off[i]:off[j]]
				if !a.long.mayHave(w) {
					continue
				}
				le, ok := a.lex.get(w)
				if !ok {
					continue
				}
				f := fitOf(w, le.id, i, j)
				if s := float64(le.logp) + a.lengthPrior(le.prior, le.logp, run, off, runes, i, j) + float64(j-i)*splitWeight*f + best[j]; s >= bestScore {
					bestScore, bestEnd, bestPos, bestID, bestLogp, bestFit = s, j, le.pos, le.id, le.logp, f
				}
			}
		}
		best[i], next[i], pos[i], ids[i], logps[i], fits[i] = bestScore, bestEnd, bestPos, bestID, bestLogp, bestFit
		if i+4 <= n && cutAt[i] >= i+4 && runes[i] == runes[i+1] && runes[i+2] == runes[i+3] && runes[i] != runes[i+2] &&
			a.doubledPair(run, off, runes, i, best, next, pos, ids, logps) {
			fits[i], fits[i+1], fits[i+3] = 0, 0, 0 // (an AABB form, as segment cuts it)
		}
	}
}

// emit appends the split search left in sc to out.
func (sc *splitScratch) emit(out *segWords) {
	n := len(sc.runes)
	for i := 0; i < n; i = sc.next[i] {
		out.ends = append(out.ends, sc.off[sc.next[i]])
		out.pos = append(out.pos, sc.pos[i])
		out.ids = append(out.ids, sc.ids[i])
		out.logp = append(out.logp, sc.logps[i])
	}
}

// boundPenalty is the fit, negative, of a bound form left alone by a
// change of the base: enough to rule it out.
const boundPenalty = 3

// boundOnly reports whether every entry of the character c is a bound form
// only (CC-CEDICT's "(bound form)" first, standing for the senses after it,
// or before every sense).
func (a *Analyzer) boundOnly(c string) bool {
	entries := a.dict.Lookup(c)
	for _, e := range entries {
		ss := e.Senses()
		if len(ss) == 0 || ss[0] == "(bound form)" {
			continue
		}
		for _, s := range ss {
			if !strings.HasPrefix(s, "(bound form)") {
				return false
			}
		}
	}
	return len(entries) > 0
}

// maxWholeRun is the longest run, in characters, read as one headword: a short
// answer (是的, 不了, 没事儿), not a sentence.
const maxWholeRun = 4

// crossingFits marks in hot the characters of the base words that a word
// of the lexicon crossing a boundary of the base (crossing) overlaps, when
// it matches the English side, and reports whether it marked any. Only
// there can the English change the base; elsewhere search spares the
// matching. memo, if not nil, is the run's decoded base, which keeps the
// crossing words found the first time (they are the run's alone).
func (a *Analyzer) crossingFits(run string, sc *splitScratch, en *english, sl slangWords, crossing func(i, j int) bool, memo *memoRun) bool {
	off := sc.off
	marked := false
	fits := func(i, j int, id int32) {
		if a.fit(run[off[i]:off[j]], id, en, sl, true) > 0 {
			for k := sc.wStart[i]; k < sc.wEnd[j-1]; k++ {
				sc.hot[k] = true
			}
			for k := i; k < j; k++ {
				sc.covered[k] = true
			}
			marked = true
		}
	}
	if memo == nil {
		a.crossingWords(run, sc, crossing, fits)
		return marked
	}
	ws := memo.crossings.Load()
	if ws == nil {
		var found []crossingWord
		a.crossingWords(run, sc, crossing, func(i, j int, id int32) {
			found = append(found, crossingWord{uint16(i), uint16(j), id})
		})
		ws = &found
		memo.crossings.Store(ws) // (two goroutines may both find them: the same words)
	}
	for _, w := range *ws {
		fits(int(w.i), int(w.j), w.id)
	}
	return marked
}

// crossingWords calls f with the characters i..j-1 and the lexicon id of
// each word of the lexicon in run that crosses a boundary of the base
// (crossing) and no cut (sc.cutAt), in order.
func (a *Analyzer) crossingWords(run string, sc *splitScratch, crossing func(i, j int) bool, f func(i, j int, id int32)) {
	off, runes, cutAt := sc.off, sc.runes, sc.cutAt
	n := len(runes)
	for i := 0; i+1 < n; i++ {
		if cutAt[i] < i+2 {
			continue
		}
		p := a.long2.get(runes[i], runes[i+1])
		if p.isWord && crossing(i, i+2) {
			f(i, i+2, p.id)
		}
		for j := i + 3; j <= cutAt[i] && j-i <= int(p.maxLen); j++ {
			if p.lens&lenBit(j-i) == 0 || !crossing(i, j) {
				continue
			}
			w := run[off[i]:off[j]]
			if !a.long.mayHave(w) {
				continue
			}
			if le, ok := a.lex.get(w); ok {
				f(i, j, le.id)
			}
		}
	}
}

// fit is how well the word text (lexicon id, -1 if none) matches the
// English side, 0 to 1: the best english.match of its entries (strict:
// contentMatch), or 1 for a plain "yes" or "no" the English says
// informally (sl). A match below weakFit counts 0.
func (a *Analyzer) fit(text string, id int32, en *english, sl slangWords, strict bool) float64 {
	best := a.matchOf(text, id, en, sl, strict)
	if best < weakFit && (best < halfFit || !a.nounish(id)) {
		return 0
	}
	return best
}

// matchOf is fit before its thresholds.
func (a *Analyzer) matchOf(text string, id int32, en *english, sl slangWords, strict bool) float64 {
	if id < 0 {
		return 0
	}
	var entries []*dict.Entry
	var one [1]*dict.Entry
	if w := a.words[id].Load(); w != nil {
		entries = w.entries
	} else if e, ok := a.lex.only(id); ok {
		one[0] = e
		entries = one[:]
	} else {
		entries = a.dict.Lookup(text)
	}
	best := 0.0
	for _, e := range entries {
		m := a.matcher(e)
		if sl != 0 && sl.says(m) {
			return 1
		}
		if strict {
			best = max(best, contentMatch(en, m))
		} else {
			best = max(best, en.match(m))
		}
		if best >= 1 {
			break
		}
	}
	return best
}

// halfFit is the match a noun needs: its glosses often carry a modifier
// the English leaves out (手机 "cell phone; mobile phone" for "phone").
const halfFit = 0.5

// nounish reports whether the headword id is a noun by gse's part of
// speech, a time word among them (早上 "early morning" for "every
// morning", against 早 上去 "to go up" for "goes"), or has none (gse lacks
// it: a newer word, 算力 "computing power"; the lexicon tags v one whose
// first sense is a verb's, 写完 "to finish writing", for the rules that
// read a neighbour's tag, and that tag is not gse's evidence).
func (a *Analyzer) nounish(id int32) bool {
	w := &a.lex.words[id]
	p := a.w.posNames[w.pos]
	return p == "" || p[0] == 'n' || p == "t" || w.prior != noPrior
}

// contentMatch is english.match over the senses of m that have a content
// word: a sense whose glosses are function words only ("I; me; my", "and")
// matches most English sentences word for word, which tells a sense from
// another of the same word but says nothing of where words end.
func contentMatch(en *english, m *senseMatcher) float64 {
	if len(en.stems) == 0 || !en.mayMatch(m) {
		return 0
	}
	best := 0.0
	ends, gl := m.senseEnd(), m.glosses()
	lo := 0
	for i := range int(m.nSenses) {
		hi := int(ends[i])
		content := false
		for _, g := range gl[lo:hi] {
			content = content || g.content > 0
		}
		lo = hi
		if content {
			best = max(best, en.senseScore(m, i))
		}
	}
	return best
}

// slangWords records which informal answers the English side uses: "yeah"
// for "yes", "nope" for "no". english matches words as written, and no
// dictionary gloss says "yeah".
type slangWords uint8

const (
	slangYes slangWords = 1 << iota
	slangNo
)

// slangList are the informal answers and what they stand for, with the
// hash8 of each for english's Bloom filter.
var slangList = func() []slangWord {
	l := []slangWord{
		{w: "yeah", s: slangYes}, {w: "yep", s: slangYes}, {w: "yup", s: slangYes}, {w: "yea", s: slangYes},
		{w: "nope", s: slangNo}, {w: "nah", s: slangNo},
	}
	for i := range l {
		l[i].h = hash8(l[i].w)
	}
	return l
}()

// slangWord is an English word with its hash8 (and, for an informal
// answer, what it stands for).
type slangWord struct {
	w string
	s slangWords
	h uint8
}

// slang returns the informal answers of en.
func slang(en *english) slangWords {
	var s slangWords
	for _, w := range slangList {
		if en.hasWord(w.w, w.h) {
			s |= w.s
		}
	}
	return s
}

// says reports whether a gloss of m is the plain word an informal answer
// of s stands for.
func (s slangWords) says(m *senseMatcher) bool {
	words := m.words()
	for _, g := range m.glosses() {
		if g.content+g.function != 1 {
			continue
		}
		switch m.word(words, int(g.start)) {
		case "yes":
			if s&slangYes != 0 {
				return true
			}
		case "no":
			if s&slangNo != 0 {
				return true
			}
		}
	}
	return false
}

// splitRoundMore splits, among the words of run in out from index from
// on, a word 多 + measure (多年 "many years", 多次, 多种) after a round
// numeral (one ending in 十 百 千 万 亿) into 多 "odd; more than" and the
// measure: 二十多年 "twenty-odd years", 十多次, 一百多种 count with 多 as
// the approximator, as the English side's number shows where there is one
// (quantities); without it the model took 多年 "many years" and left the
// numeral counting nothing. Only a round numeral takes 多 before its
// measure (十一年多, not 十一多年); 他多年没回家 has no numeral.
func (a *Analyzer) splitRoundMore(run string, out *segWords, from int) {
	for k := from + 1; k < len(out.ends); k++ {
		start := out.start(k, from)
		w := run[start:out.ends[k]]
		rest, ok := strings.CutPrefix(w, "多")
		if !ok || utf8.RuneCountInString(rest) != 1 {
			continue
		}
		num := run[out.start(k-1, from):start]
		last, _ := utf8.DecodeLastRuneInString(num)
		if !isNumeralWord(num) || !strings.ContainsRune("十百千万亿", last) {
			continue
		}
		// (个, the general classifier, glosses as one in parentheses,
		// and 元 "currency unit" as no classifier: isClassifier misses
		// them. 五千多元 is not 多元 "pluralistic".)
		m, _ := utf8.DecodeRuneInString(rest)
		if m >= maxRune || a.singles[m].logp == 0 || !(rest == "个" || rest == "元" || timeUnit(rest) || a.isClassifier(rest)) {
			continue
		}
		out.split(k, start, len("多"), a.singles['多'], a.singles[m])
		k++
	}
}
