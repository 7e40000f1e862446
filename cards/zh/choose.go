package zh

import (
	"math"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"cika/cards"
	"cika/cards/dict"
	"cika/cards/wordnet"

	snowball "github.com/kljensen/snowball/english"
)

// Weights of the evidence for one reading over another, in log-odds-like
// units. They were set by reasoning about each rule and checked on a
// development set; the rules are general and nothing from that set ships.
const (
	wPrior      = 1.0  // log of the number of headwords reading the character so
	wFree       = 1.0  // log of the number of free-standing senses
	wContext    = 2.0  // log weight of headwords holding the same character pair
	wNameRun    = 1.0  // log of name headwords reading it so, among rare characters
	wPOS        = 2.0  // fit between gse's part of speech and the senses
	wClauseEnd  = 3.0  // particle at the end of a clause
	wClassifier = 3.0  // measure word after a numeral
	wModal      = 6.0  // modal verb before a verb
	wAdverb     = 4.0  // adverb before a verb
	wPrep       = 12.0 // preposition before an object and a verb
	wNeed       = 8.0  // an entry whose senses all ask for a neighbour (need.go)
	wNeutral    = 3.0  // the neutral-tone reading of a word of several characters
	wDegree     = 4.0  // times the share of predicate senses, after a degree adverb
	wVerbNoun   = 1.0  // verb or noun, from the neighbours
	wParticle   = 10.0 // neutral-tone particle where grammar puts one
	wName       = 5.0  // surname reading of a character gse tags as a name
	wNotName    = 20.0 // against a proper-name entry elsewhere
	wVariant    = 10.0 // against an old, archaic or other marked variant
	wEnglish    = 4.0  // times the fraction of a gloss found in the English
	wUsual      = 2.0  // the character's most common reading (usual.txt)
	wPairs      = 4.0  // log of the number of pinyin-pro phrases holding the pair
	wPhrases    = 2.0  // log of the number of pinyin-pro phrases reading it so
)

// wVariantOther weighs against a single character's entry that is a
// variant of another character (弟 ti4 "variant of 悌[ti4]"): half of
// wVariant, as its meaning is the other character's and may be meant.
const wVariantOther = 5.0

// neighbours is what choose looks at around a token.
type neighbours struct {
	left, right      rune   // adjacent Han characters, 0 if none
	prevPos, nextPos string // gse parts of speech of the adjacent words
	prev, next       string // adjacent token texts
	clauseEnd        bool   // the token ends a clause (punctuation or end follows)
	// objectless: nothing but sentence-final particles (了 吧 呢 …) stands
	// between the token and the end of its clause: a verb there has no
	// object (我一会儿就到, 往前走就到了).
	objectless     bool
	afterNumeral   bool // a numeral or demonstrative precedes: 三只, 这种
	inRun          bool // a rare single character next to another: part of a name?
	objectThenVerb bool // a pronoun or noun follows, then a verb: 为我们提供
	digitNext      bool // a number in digits follows: 那么3个
	predicateNext  bool // a verb or adjective follows (predicateAt): 好相处
	// prevVerbal: the word before is tagged a noun, a preposition or a bare
	// morpheme (zg, as gse tags 穿 and 唱: 穿起来, 唱起来) but
	// the dictionary knows it as a verb at least as often (研发 "research
	// and development; to develop", 用 "to use"): before a complement
	// (研发出来, 用一下) it is one. (Not a preposition of place or time:
	// 在过去 "in the past".)
	prevVerbal bool
	// manyBefore: a quantity of things precedes (很多, 许多, 一些, 这些,
	// and 很 多 as gse splits it): a noun follows (很多困难 "difficulties").
	manyBefore bool
	// potential: 不 or 得 stands between the token and a verb before it:
	// a potential complement (绕不开, 做不起来, 撑得下去).
	potential bool
	// sn and k: the sentence and the token's index in it, for the rules
	// that look further than the adjacent words (namedSense); a, the
	// analyzer, for the tags of those words.
	sn *sentence
	k  int
	a  *Analyzer
	// vc is verbContext's answer once vcKnown: asked of every candidate
	// entry (score) and again of the chosen one (chooseSense).
	vc      float64
	vcKnown bool
	// known and facts hold the tokenFacts answered so far (once).
	known, facts uint32
	// nounStems is bracketNeed's answer about the nouns around the token
	// (factNounsAround).
	nounStems []string
	// setsKnown and sets hold the wordSet answers found so far (in): one
	// bit a set, sixteen at most; a seventeenth set needs them wider
	// (TestWordSets fails, its bit being 0).
	setsKnown, sets uint16
	// prevRef and nextRef are the lexicon ids of prev and next plus one,
	// 0 where none is known: in reads their wordSets by id (setsOfWord).
	prevRef, nextRef int32
}

// wordSet names a word set that the rules ask of the word before or after
// a token, at many sites each (personalPronouns[nb.next] at 30,
// degreeAdverbs[nb.prev] at 29): in finds the answer once per token,
// where each site hashed the word again.
type wordSet uint8

const (
	prevPersonal   wordSet = iota // personalPronouns[nb.prev]
	nextPersonal                  // personalPronouns[nb.next]
	prevDegree                    // degreeAdverbs[nb.prev]
	nextDegree                    // degreeAdverbs[nb.next]
	prevModal                     // modalVerbs[nb.prev]
	nextModal                     // modalVerbs[nb.next]
	prevDeterminer                // nounDeterminers[nb.prev]
	prevAuxiliary                 // auxiliaries[nb.prev]
	// The sets neighbours and verbContext ask of every token: with the
	// word's other sets, one lookup a side.
	prevCounting          // countingWords[nb.prev]
	prevMeasured          // measuredAlready[nb.prev]
	prevObjectPreposition // objectPrepositions[nb.prev]
	prevPlacePreposition  // placePrepositions[nb.prev]
	nextFinal             // finalParticles[nb.next]
	numWordSets           // (the count, for the test)
)

// prevSets and nextSets are the wordSets of the word before the token
// and of the word after it.
const (
	prevSets = 1<<prevPersonal | 1<<prevDegree | 1<<prevModal | 1<<prevDeterminer | 1<<prevAuxiliary |
		1<<prevCounting | 1<<prevMeasured | 1<<prevObjectPreposition | 1<<prevPlacePreposition
	nextSets = 1<<nextPersonal | 1<<nextDegree | 1<<nextModal | 1<<nextFinal
)

// wordSetRows names the set behind each wordSet, for the word before the
// token (prev) and the word after it (next); numWordSets where a set is
// asked of one side only.
var wordSetRows = []struct {
	set        map[string]bool
	prev, next wordSet
}{
	{personalPronouns, prevPersonal, nextPersonal},
	{degreeAdverbs, prevDegree, nextDegree},
	{modalVerbs, prevModal, nextModal},
	{nounDeterminers, prevDeterminer, numWordSets},
	{auxiliaries, prevAuxiliary, numWordSets},
	{countingWords, prevCounting, numWordSets},
	{measuredAlready, prevMeasured, numWordSets},
	{objectPrepositions, prevObjectPreposition, numWordSets},
	{placePrepositions, prevPlacePreposition, numWordSets},
	{finalParticles, numWordSets, nextFinal},
}

// wordSetsOf maps each word of the sets that wordSets name to the
// wordSets, of either side, whose set holds it: one lookup answers every
// set of a word (a token's rules ask several of the word before it), where
// each set was a lookup of its own.
var wordSetsOf = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, row := range wordSetRows {
		for w, in := range row.set {
			if !in {
				continue
			}
			if row.prev != numWordSets {
				m[w] |= 1 << row.prev
			}
			if row.next != numWordSets {
				m[w] |= 1 << row.next
			}
		}
	}
	return m
}()

// in reports whether nb's word before or after the token, as s names, is
// in s's set, looking the word up the first time one of its side's sets
// is asked.
func (nb *neighbours) in(s wordSet) bool {
	bit := uint16(1) << s
	if nb.setsKnown&bit == 0 {
		side, w := uint16(prevSets), nb.prev
		if bit&nextSets != 0 {
			side, w = nextSets, nb.next
		}
		nb.setsKnown |= side
		nb.sets |= nb.setsOfWord(side, w) & side
		// 好 and 可 are adverbs of degree before the state they exclaim
		// (我好累, 今天可热了: function.go's exclaimedDegreeAt).
		if side == prevSets && (w == "好" || w == "可") && nb.a != nil && nb.a.exclaimedDegreeAt(nb.sn, nb.k) {
			nb.sets |= 1 << prevDegree
		}
		// So is 还 of 比…还 (他比天气预报还准: function.go's comparedEvenAt).
		if side == prevSets && w == "还" && comparedEvenAt(nb.sn, nb.k) {
			nb.sets |= 1 << prevDegree
		}
	}
	return nb.sets&bit != 0
}

// setsOfWord returns wordSetsOf[w], w being the word on side of the
// token: read from the analyzer's table by the word's lexicon id where
// neighbours found one (prevRef, nextRef), without hashing w.
func (nb *neighbours) setsOfWord(side uint16, w string) uint16 {
	ref := nb.nextRef
	if side == prevSets {
		ref = nb.prevRef
	}
	if ref == 0 || nb.a == nil {
		return wordSetsOf[w]
	}
	return nb.a.wordSets[ref-1]
}

// tokenFact names a question a rule asks of a token and its neighbours
// alone, whatever entry of the token it weighs: choose asks readingNeed of
// every entry of a token, and nb.once answers such a question for the
// first only. A rule whose test starts with the words around the token and
// ends with the entry puts the first part behind once (fallAdverbNeed). A
// question about the word's entries alone (has it an entry of falling?) is
// a wordFact, answered once per headword (wordAny, zh.go): ask it first.
type tokenFact uint8

const (
	factObjectThenVerb tokenFact = iota // prepositionNeed's construction
	factDisposal                        // a 把 clause or a person acting on an object (disposalNeed)
	factFallOrAdverb                    // fallAdverbNeed's construction and entries
	factCountsNext                      // severalNeed's construction and entries
	factNounHead                        // headNeed's construction and entries
	factLacking                         // lackNeed's construction and entries
	factNounsAround                     // bracketNeed's nouns (nounStems)
	factMeasures                        // measureNeed's construction
	factVerbPlaced                      // headNeed's other construction (verbPlaced)
	factSplitName                       // splitsName
)

// once returns the answer of compute to question f about nb's token,
// computing it the first time only.
func (nb *neighbours) once(f tokenFact, compute func() bool) bool {
	bit := uint32(1) << f
	if nb.known&bit == 0 {
		nb.known |= bit
		if compute() {
			nb.facts |= bit
		}
	}
	return nb.facts&bit != 0
}

// splitsName reports whether the word before and the token, single
// characters both, make a headword that is only a name (splitUnconfirmed
// split it): their pair says nothing of the token's reading. score asks it
// of a few tokens only, where neighbours found it for every token of one
// character after another (a lexicon probe and a string made, ≈ 0.7 % of
// an analysis's instructions).
func (nb *neighbours) splitsName() bool {
	return nb.once(factSplitName, func() bool {
		t := nb.sn.toks[nb.k].Text
		return utf8.RuneCountInString(t) == 1 && utf8.RuneCountInString(nb.prev) == 1 && nb.a.namesOnly(nb.prev+t)
	})
}

// measuredAlready are the words gse tags numerals that hold their own
// measure word (一下 "a bit", 一会儿 "a moment", 一些 "some"): what
// follows is no measure word they count. 我等一下回他 is 回 "to go back",
// not "classifier for literary divisions"; 一下子来了很多人 "to come", not
// "(after a round number) approximately"; 我们俩分了吧 "to divide", not
// "minute" (俩 and 仨, two and three of people, hold their 个).
var measuredAlready = map[string]bool{
	"一下": true, "一下儿": true, "一下子": true, "一会儿": true, "一会": true, "一起": true, "一些": true, "一点": true, "一点儿": true,
	"俩": true, "仨": true,
}

// finalParticles end a clause's predicate: after them only the clause's end
// (neighbours' objectless, fctx.finalNext).
var finalParticles = map[string]bool{"了": true, "吧": true, "呢": true, "吗": true, "嗎": true, "啊": true, "啦": true, "呀": true}

// clauseEndsAt reports whether the tokens from j on start with the end of a
// clause: punctuation or the end of the sentence (blanks skipped).
func clauseEndsAt(toks []cards.Token, j int) bool {
	for ; j < len(toks); j++ {
		if t := toks[j].Text; !isBlank(t) {
			return isClausePunct(t)
		}
	}
	return true
}

// isClausePunct reports whether t is punctuation, which closes a clause.
func isClausePunct(t string) bool {
	return !isBlank(t) && unicode.IsPunct(firstRune(t))
}

// isBlank reports whether s is empty or white space only, as
// strings.TrimSpace(s) == "" does.
func isBlank(s string) bool {
	if s != "" {
		// Most tokens open with a Han character or an ASCII letter, which
		// the first byte tells from a space (the last space of Unicode,
		// U+3000, opens with E3): the rules ask it of every neighbour.
		if c := s[0]; c >= 0xE4 || c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
			return false
		}
	}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// countingRune reports whether r, the last character of the word before a
// token, counts or points at what follows: 一二两三四五六七八九十百千万亿几每这
// 那哪某半第. (A switch: neighbours asks it of every token.)
func countingRune(r rune) bool {
	switch r {
	case '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '几', '每', '这', '那', '哪', '某', '半', '第', '整':
		return true
	}
	return false
}

func (a *Analyzer) neighbours(sn *sentence, k int) neighbours {
	toks := sn.toks
	nb := neighbours{sn: sn, k: k, a: a}
	for j := k - 1; j >= 0; j-- {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(t)
		if isHan(r) {
			nb.prev = t
			nb.prevRef = sn.ids[j] + 1
			nb.left = r
			nb.prevPos = sn.posOf(a, j)
			if littleAfterAdjective(&nb) {
				nb.prevPos = "d" // 早 点 来: gse's tag of 早点 before a verb (boundaries_split.go adverbialLittle)
			}
			if sn.ids[j] >= 0 && a.holdsObject(sn, j) {
				nb.prevPos = "" // 扫码 付款: no object after a verb that holds its own
			}
			nb.manyBefore = nb.in(prevCounting) || t == "多" && j > 0 && (toks[j-1].Text == "很" || toks[j-1].Text == "许" || toks[j-1].Text == "好") ||
				t == "点" && j > 0 && (toks[j-1].Text == "这" || toks[j-1].Text == "那") // 这点困难, 那点委屈: this bit of
			// (A day named by its number counts nothing: 周五派人来 "to
			// send", 星期三 gse tags a time; nor a day of the month, a
			// numeral with its 号 or 日 that gse tags one: 我十号回北京
			// "to go back", 每月五号发工资 "to send out".)
			nb.afterNumeral = (nb.prevPos == "m" || countingRune(r) && nb.prevPos != "t") && !nb.in(prevMeasured) && r != '号' && r != '日'
			if (t == "来" || t == "余") && j > 0 && (sn.posOf(a, j-1) == "m" || countingRune(lastRuneOf(toks[j-1].Text))) {
				// 三百来口人, 二十余位专家: a round number and 来 or 余 "or
				// so" count what follows as the number would.
				nb.afterNumeral = true
			}
			if t == "不" || t == "得" {
				for v := j - 1; v >= 0; v-- {
					if !isBlank(toks[v].Text) {
						nb.potential = strings.HasPrefix(sn.posOf(a, v), "v")
						break
					}
				}
			}
			if nb.prevPos == "zg" && sn.ids[j] >= 0 {
				// (A bare morpheme whose first sense is a verb's: 穿, 唱.)
				if w := a.word(sn, j); len(w.entries) > 0 {
					hi := a.headInfo(w)
					nb.prevVerbal = hi.firstPlain >= 0 && isVerbSense(hi.senses[hi.firstPlain])
				}
			}
			if (strings.HasPrefix(nb.prevPos, "n") || nb.prevPos == "j" || nb.prevPos == "p" && !nb.in(prevPlacePreposition)) && sn.ids[j] >= 0 {
				if w := a.word(sn, j); len(w.entries) > 0 {
					hi := a.headInfo(w)
					// (Or an adjective first, which gse may tag a name:
					// 安静一下 "be quiet for a moment".)
					nb.prevVerbal = hi.kinds.kinds().verb >= 0.5 || hi.firstPlain >= 0 && hi.glossPOS(int(hi.firstPlain))&wordnet.Adj != 0
				}
			}
		} else {
			nb.afterNumeral = r >= '0' && r <= '9'
		}
		break
	}
	nb.clauseEnd = true
	for j := k + 1; j < len(toks); j++ {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		r := firstRune(t)
		if isHan(r) {
			nb.clauseEnd = false
			nb.next = t
			nb.nextRef = sn.ids[j] + 1
			nb.right = r
			nb.nextPos = sn.posOf(a, j)
		} else {
			nb.clauseEnd = unicode.IsPunct(r)
			nb.digitNext = unicode.IsDigit(r)
		}
		break
	}
	nextTok := -1
	for j := k + 1; j < len(toks); j++ {
		if !isBlank(toks[j].Text) {
			nextTok = j
			break
		}
	}
	nb.objectless = nb.clauseEnd || nb.in(nextFinal) && clauseEndsAt(toks, nextTok+1)
	if nb.right != 0 {
		nb.predicateNext = a.predicateAt(sn, nextTok)
	}
	// The object: a pronoun, a noun, an abbreviation (gse's j: 为中小企业
	// 提供), or Latin text (对AI的试验).
	// (Not a word gse tags a place or a name that is a verb: 走上楼去 "to
	// walk" up the stairs, not 走 "from" before an object 上楼.)
	object := strings.HasPrefix(nb.nextPos, "r") || nb.nextPos == "j" || strings.HasPrefix(nb.nextPos, "n") && !(nb.predicateNext && (nb.nextPos == "ns" || nb.nextPos == "nz"))
	if !object && nb.nextPos == "" && nb.right != 0 && nextTok >= 0 && demonstratives[string(nb.right)] && utf8.RuneCountInString(toks[nextTok].Text) > 1 {
		// A word no tag was found for that starts with a demonstrative
		// (每个人, as the English may segment it) is a noun phrase:
		// 为每个人准备 wei4 "for".
		object = true
	}
	if nextTok >= 0 && nb.right == 0 {
		r := firstRune(toks[nextTok].Text)
		object = unicode.IsLetter(r) && !isHan(r)
	}
	// Or a noun phrase that starts with a modifier: 为全人类创造, 为超级智能铺平.
	modifier := !object && nextTok >= 0 && nb.right != 0 && !nb.clauseEnd && a.modifierAt(sn, nextTok)
	if (object || modifier) && (demonstratives[toks[k].Text] || numeralWord(toks[k].Text)) {
		// 把那本书借给了他, 那本书很好看: a demonstrative before its
		// measure word and noun, not a preposition before its object
		// (那 na4 "that", not na3 "which", a function word). A
		// numeral neither: 这是一档节目 "one", not "throughout".
		object, modifier = false, false
	}
	if object || modifier {
		window := 3
		if modifier {
			window = 5 // 通过一致的政策和监督来保护
		}
		joined := false // the word after 和 is the object's too: 为售票大厅和进站口
		for j, seen := nextTok+1, 0; j < len(toks) && seen < window; j++ {
			t := toks[j].Text
			if isBlank(t) {
				continue
			}
			if !isHan(firstRune(t)) {
				break
			}
			seen++
			if joined {
				joined = false
				continue
			}
			if t == "和" || t == "与" || t == "及" || t == "或" {
				joined = true
				continue
			}
			if modifier && !object {
				// The phrase must reach a noun before its predicate.
				if p := sn.posOf(a, j); strings.HasPrefix(p, "n") || strings.HasPrefix(p, "r") {
					object = true
					continue
				}
				if a.predicateAt(sn, j) {
					break
				}
				continue
			}
			if a.predicateAt(sn, j) {
				// (Not the token's own verb again: 打篮球打得很好, 说中文
				// 说得很好 repeat the verb before its complement.)
				nb.objectThenVerb = t != toks[k].Text
				break
			}
		}
	}
	return nb
}

// retag corrects the parts of speech gse gives a word whose usual tag is
// wrong in the sentence: 等 is tagged u (等 "etc.", ending a list) even as
// the verb "to wait" before its complement (叫我等一下, 等着): the rules
// that look for a verb then find it. (Not after a pronoun, nor before an
// object: 我们等… may still end a list.)
func (a *Analyzer) retag(sn *sentence) {
	for k := range sn.toks {
		if sn.toks[k].Text != "等" || a.w.posNames[sn.pos[k]] != "u" {
			continue
		}
		next := ""
		if k+1 < len(sn.toks) {
			next = sn.toks[k+1].Text
		}
		switch {
		case next == "一下" || next == "着" || next == "会儿" || next == "一会儿":
			if v := slices.Index(a.w.posNames, "v"); v >= 0 {
				sn.pos[k] = uint8(v)
			}
		}
	}
}

// predicateAt reports whether token j can be the predicate after a
// preposition's object: a verb or an adjective by gse's tag, or a word
// whose dictionary senses are mostly verbs ("to pave (a road)") or whose
// first sense is an English adjective ("happy; glad"). gse's tags are a
// word's usual part of speech and often odd (高兴 b, 铺平 ns).
func (a *Analyzer) predicateAt(sn *sentence, j int) bool {
	p := sn.posOf(a, j)
	if strings.HasPrefix(p, "v") || p == "a" || p == "ad" || p == "an" {
		return true
	}
	if strings.HasPrefix(p, "r") || p == "m" || p == "q" || strings.HasPrefix(p, "u") || p == "p" || p == "c" || p == "y" || p == "d" && utf8.RuneCountInString(sn.toks[j].Text) == 1 {
		return false
	}
	if sn.ids[j] < 0 {
		return false // not in the lexicon: its entries are not cached
	}
	w := a.word(sn, j)
	if len(w.entries) == 0 || strings.HasPrefix(p, "nr") && w.entries[0].IsName() {
		return false
	}
	in := a.headInfo(w)
	k := in.kinds.kinds()
	if strings.HasPrefix(p, "n") && p != "ns" && p != "nz" && utf8.RuneCountInString(sn.toks[j].Text) > 1 {
		// A word gse tags a noun is a verb only if the dictionary knows
		// it as one first (小心 "to be careful"), not 方法 or 研究.
		return k.verb >= 0.5 && in.firstPlain >= 0 && in.marks[in.firstPlain].verb
	}
	if k.verb >= 0.5 {
		return true
	}
	return in.adjectiveFirst()
}

// adjectiveFirst reports whether in's first plain sense glosses an
// adjective and not a noun for WordNet ("happy; glad"), found once per
// entry: predicateAt asks it for many tokens of every pair.
func (in *entryInfo) adjectiveFirst() bool {
	if v := in.adjFirst.Load(); v >= 0 {
		return v == 1
	}
	v := int32(0)
	if in.firstPlain >= 0 && in.glossPOS(int(in.firstPlain))&(wordnet.Adj|wordnet.Noun) == wordnet.Adj {
		v = 1
	}
	in.adjFirst.Store(v)
	return v == 1
}

// modifierAt reports whether token j starts a noun phrase with a
// modifier: 全 (all), 这 (this), 每, a numeral.
func (a *Analyzer) modifierAt(sn *sentence, j int) bool {
	switch p := sn.posOf(a, j); p {
	case "a", "b", "m", "r", "rz", "mq":
		return true
	}
	// Or any word followed by 的: 通过一致的政策.
	for i := j + 1; i < len(sn.toks); i++ {
		if t := sn.toks[i].Text; !isBlank(t) {
			return t == "的"
		}
	}
	return false
}

// predicateShare is the share of in's plain senses that gloss a verb or an
// adjective (predicateSense), computed on first use: WordNet is asked only
// for the entries that stand after a degree adverb.
func (in *entryInfo) predicateShare() float64 {
	if v := in.predicates.Load(); v >= 0 {
		return float64(v) / 1000
	}
	n, p := 0, 0
	for i, s := range in.senses {
		if !in.plain(i, s) {
			continue
		}
		n++
		if predicateSense(s) {
			p++
		}
	}
	v := int32(0)
	if n > 0 {
		v = int32(1000 * p / n)
	}
	in.predicates.Store(v)
	return float64(v) / 1000
}

// baBefore reports whether 把 comes before token k in its clause, within
// five words.
func baBefore(sn *sentence, k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 5; j-- {
		t := sn.toks[j].Text
		if isBlank(t) {
			continue
		}
		if !isHan(firstRune(t)) {
			return false
		}
		if t == "把" {
			return true
		}
		n++
	}
	return false
}

// traceScore, when set (by TestExplain), is told each entry's score.
var traceScore func(text string, e *dict.Entry, score float64)

// choose picks the entry (and so the reading) of toks[k] among the entries
// of its headword.
func (a *Analyzer) choose(sn *sentence, k int, entries []*dict.Entry, en *english, nb *neighbours) *dict.Entry {
	if len(entries) == 1 {
		return a.resolve(entries[0])
	}
	text := sn.toks[k].Text
	single := func(j int) bool {
		t := sn.toks[j].Text
		r, n := utf8.DecodeRuneInString(t)
		return isHan(r) && n == len(t) && sn.rare(a, j)
	}
	// How much the English says of each entry, found once for the two
	// uses below.
	var evBuf [8]float64
	var biBuf [8]int
	evs, bis := evBuf[:0], biBuf[:0]
	for _, e := range entries {
		ev, bi := 0.0, -1
		if len(en.stems) > 0 {
			in := a.info(e)
			ev, bi = bestByEnglish(in, en)
			// A character standing alone is not its bound form: 教 "to
			// teach" is jiao1, not jiao4 "(bound form) to teach". (Unless
			// it closes a compound the segmenter cut and the bound form
			// is a noun's: 退货 率 "return rate", boundSuffixAt.)
			if bi >= 0 && strings.HasPrefix(in.senses[bi], "(bound form)") && utf8.RuneCountInString(text) == 1 && !(in.marks[bi].nounish && boundSuffixAt(sn, k)) {
				ev = 0 // what the English says of its free, plain senses only
				for j, s := range in.senses {
					if !strings.HasPrefix(s, "(bound form)") && !in.marks[j].marked {
						if v := senseEvidence(in, en, j); v > ev {
							ev, bi = v, j
						}
					}
				}
			}
			// Nor a noun's sense said only by English words that stand
			// as verbs, right after their subject, where another reading
			// of the character is a verb's: "we tune it ourselves" says
			// no 调 diao4 "tune" (a melody) against tiao2 "to adjust";
			// what the English says of the entry's verbs counts. (Among
			// entries read alike the reading is the same either way.)
			if bi >= 0 && utf8.RuneCountInString(text) == 1 && !in.marks[bi].verb && in.marks[bi].nounish && verbSlotAt(nb) && en.everySayingWord(in, bi, en.verbAfterSubjectOrLet) && otherReadingVerb(a, entries, e) {
				ev = 0
				for j := range in.senses {
					if in.marks[j].verb {
						if v := senseEvidence(in, en, j); v > ev {
							ev, bi = v, j
						}
					}
				}
			}
		}
		evs, bis = append(evs, ev), append(bis, bi)
	}
	// X一X (数一数, 看一看, 想一想) is a verb, done briefly: its verb entry;
	// so is XX that the segmenter leaves in two (量量, readings.go).
	if k+2 < len(sn.toks) && sn.toks[k+1].Text == "一" && sn.toks[k+2].Text == text || a.reduplicated(sn, k) {
		if best := a.doubledVerb(entries, firstRune(text)); best != nil {
			return a.resolve(best)
		}
	}
	// 把 X 当 Y: 当 is dang4 "to regard as" (你把我当什么人了).
	if text == "当" && baBefore(sn, k) {
		for _, e := range entries {
			if e.Pinyin == "dang4" {
				return a.resolve(e)
			}
		}
	}
	// An entry whose first sense asks for a neighbour the sentence has
	// (说出来: chu5 lai5 "(after a verb) …") is the word unless the
	// English says another entry plainly (and not even then when it
	// completes the verb before it: completesVerbBefore); one whose
	// neighbour is missing is not, whatever the English says.
	// So is a particle right after its verb, or a measure word of the
	// reading its noun's "CL:" note names (readings.go): of several
	// entries of that reading, the one of most free senses (当 dang1 is
	// 當 "to be; when", not 噹 "(onom.) ding dong").
	var needed *dict.Entry
	var extraBuf [8]float64
	extra := extraBuf[:0]
	if nb != nil {
		split := ""
		if utf8.RuneCountInString(text) == 1 {
			split = a.splitReading(sn, k)
		}
		for i, e := range entries {
			in := a.info(e)
			n := in.needEntry(nb)
			x := 0.0
			if n == 0 {
				x = a.readingNeed(sn, k, in, nb, split)
				n = x
			}
			extra = append(extra, x)
			switch {
			case n == 1 && x == 0:
				needed = e
			case n == 1 && (needed == nil || a.rulesAlikeBetter(in, evs[i], needed, evs[slices.Index(entries, needed)])):
				needed = e
			case n == -1:
				evs[i] = 0
			}
		}
	}
	if e := chooseByEnglish(text, entries, evs); e != nil && (needed == nil || e == needed || evs[slices.Index(entries, e)] >= minPlainEvidence && !a.completesVerbBefore(a.info(needed), nb)) {
		return a.resolve(e)
	}
	if needed != nil {
		return a.resolve(saidAlike(entries, evs, needed))
	}
	toks := sn.toks
	nb.inRun = (k > 0 && single(k-1)) || (k+1 < len(toks) && single(k+1))
	best, bestScore := entries[0], math.Inf(-1)
	rare := sn.rare(a, k) && !(len(en.stems) > 0 && a.inManyWords(text, entries))
	// A word of several characters read both with and without a neutral
	// tone is, in everyday use, the neutral one: 东西 dong1 xi5 "thing",
	// 地方 di4 fang5 "place", 便宜 pian2 yi5 "cheap", 大夫 dai4 fu5
	// "doctor", 好处 hao3 chu5 "benefit"; the full tones are the rarer,
	// literal or literary words ("east and west", "region", "convenient",
	// "senior official"). The English overrides it (chooseByEnglish above,
	// and wEnglish).
	neutral := a.neutralTwins(text, entries)
	var pointed *dict.Entry // (readings.go: 老公 lao3 gong1)
	if neutral {
		pointed = a.pointedTwin(text, entries)
	}
	ar := around{c: firstRune(text)}
	// The slot the construction makes for a single character (a verb
	// before its object, a noun after a quantity) and the entry whose
	// first sense the English names (readings.go).
	sl := slotNone
	var primaryBuf [8]bool
	primary := primaryBuf[:0]
	var fitBuf [8]float64
	fits := fitBuf[:0]
	if utf8.RuneCountInString(text) == 1 {
		sl = a.slotOf(sn, k, entries, nb)
		primary = a.primaryOf(entries, evs, bis, en, primary)
		if sl != slotNone {
			fits = a.slotFits(sl, entries, evs, bis, ar.c, fits)
		}
	}
	// What pinyin-pro's phrases say of the reading of a word of several
	// characters (readings.go: 分量 fen4, not fen1), where no rule of the
	// slot has spoken (教会了我 jiao1 "to teach", though more phrases read
	// 教会 "church").
	var phraseBuf [8]float64
	var phrase []float64
	if utf8.RuneCountInString(text) > 1 && !slices.ContainsFunc(extra, func(x float64) bool { return x != 0 }) {
		phrase = a.phraseFits(text, entries, phraseBuf[:0])
	}
	for i, e := range entries {
		s := a.score(text, rare, sn.posOf(a, k), e, evs[i], en, nb, &ar)
		if len(phrase) > i {
			s += wPairs * phrase[i]
		}
		if neutral && (pointed == e || pointed == nil && strings.Contains(e.Pinyin, "5")) {
			s += wNeutral
		}
		if len(extra) > i {
			s += wNeed * extra[i]
		}
		if len(fits) > i {
			s += wSlot * fits[i]
		}
		if len(primary) > i && primary[i] {
			s += wPrimary
		}
		if a.info(e).usual >= 0 && sameReadingTwin(entries, e) {
			s += wUsualEntry // (readings.go: 冲 衝 "to rush", not 沖 "(of water) to dash against")
		}
		if traceScore != nil {
			traceScore(text, e, s)
		}
		if s > bestScore {
			best, bestScore = e, s
		}
	}
	best = saidAlike(entries, evs, best)
	if a.info(best).score.name && len(en.stems) == 0 && utf8.RuneCountInString(text) > 1 {
		// Without an English side a name is chosen for its reading
		// only (明朝 Ming2 chao2): a common entry read the same way
		// (东方 dong1 fang1 "east", not the surname Dongfang) is the word.
		for _, e := range entries {
			if !e.IsName() && strings.EqualFold(e.Pinyin, best.Pinyin) {
				return a.resolve(e)
			}
		}
	}
	if a.info(best).score.name && len(en.stems) == 0 && (nb.afterNumeral || numeralWord(nb.prev)) {
		// A character counted is no name: 两周, 这周 zhou1 "week"
		// (learner.txt), not 周 Zhou1 "Zhou Dynasty".
		for _, e := range entries {
			// (Or a measure word: 一束花 shu4 "classifier for bunches",
			// not the surname Shu.)
			if !e.IsName() && strings.EqualFold(e.Pinyin, best.Pinyin) && (a.info(e).usual >= 0 || a.info(e).classifierSense() >= 0) {
				return a.resolve(e)
			}
		}
	}
	return a.resolve(best)
}

// rulesAlikeBetter reports whether in, an entry a reading rule asks for as
// it asks for needed (both classifiers after a numeral: 三卷胶带, where 卷
// juan3 "a roll" and juan4 "volume, scroll" both count things), is the
// better of the two: the one the English says clearly more of ("three rolls
// of tape" says juan3), else the one of more free senses. ev and nev are
// what the English says of each.
func (a *Analyzer) rulesAlikeBetter(in *entryInfo, ev float64, needed *dict.Entry, nev float64) bool {
	if in.e.Pinyin != needed.Pinyin {
		switch {
		case ev-nev >= minReadingEvidence:
			return true
		case nev-ev >= minReadingEvidence:
			return false
		}
	}
	return in.kinds.n > a.info(needed).kinds.n
}

// saidAlike returns the entry read like best that the English says, if
// best's own senses are not said: of 簽 "to sign one's name" and 籤
// "inscribed bamboo stick", both qian1, "Please sign here" says the first.
// The reading stays, so nothing but the sense is at stake. evs[i] is what
// the English says of entries[i].
func saidAlike(entries []*dict.Entry, evs []float64, best *dict.Entry) *dict.Entry {
	b := slices.Index(entries, best)
	if b < 0 || evs[b] >= minEvidence {
		return best
	}
	for i, e := range entries {
		if evs[i] >= minEvidence && evs[i] > evs[b] && e.Pinyin == best.Pinyin {
			best, b = e, i
		}
	}
	return best
}

// neutralTwins reports whether text, of several characters, has entries
// (not names) read with a neutral tone and entries read without one.
// A full-tone entry that is a function word (不是 bu4 shi4 "no; is not",
// against bu4 shi5 "fault") is the common one: no twins then.
func (a *Analyzer) neutralTwins(text string, entries []*dict.Entry) bool {
	if utf8.RuneCountInString(text) < 2 {
		return false
	}
	with, without := false, false
	for _, e := range entries {
		if e.IsName() {
			continue
		}
		if strings.Contains(e.Pinyin, "5") {
			// Not a variant spelling's entry (利害 li4 hai5 "variant of 厉害").
			with = with || a.info(e).meaning == e
			continue
		}
		if k := a.info(e).kinds.kinds(); k.function+k.particle >= 0.5 {
			return false
		}
		without = true
	}
	return with && without
}

// minPlainEvidence is the evidence with which the English overrides an
// entry the neighbours ask for: more than a synonym's (wordnet weights a
// synonym 0.7: "seems" for 出来 "to appear" is not enough).
const minPlainEvidence = 0.75

// minReadingEvidence is the evidence, and the lead over the other
// entries, with which the English chooses a reading. It is lower than
// minWeakEvidence: a word's entries are few, so a related word standing
// for one of them by chance is rarer than among an entry's many senses.
const minReadingEvidence = 0.3

// commonInWords is the number of CC-CEDICT headwords holding a character
// beyond which it is common, whatever gse's count of it alone says.
const commonInWords = 100

// inManyWords reports whether text, a single character, is part of more
// than commonInWords headwords under the readings of entries. gse's word list
// gives a few everyday characters absurd counts as words of their own (为,
// 才, 当, 出: 10 or so, as one rare use), which made them "rare" and let
// the phrase lists of rare characters decide their reading (为你高兴 read
// wei2).
func (a *Analyzer) inManyWords(text string, entries []*dict.Entry) bool {
	r, size := utf8.DecodeRuneInString(text)
	if size != len(text) {
		return false
	}
	n := 0
	for _, e := range entries {
		if id, ok := a.w.syl(strings.ToLower(e.Pinyin)); ok {
			n += int(a.w.words.get(readingKeyOf(r, id)))
		}
	}
	return n > commonInWords
}

// chooseByEnglish returns the entry of a word of several characters that
// the English side says and no other entry does (好处 "what good will this
// do": hao3 chu5 "benefit", not hao3 chu3 "easy to get along with"), nil
// if none; evs[i] is what the English says of entries[i] (bestByEnglish).
// Single characters are left to score, which weighs the English with the
// grammar: their senses are many and short, and a long English side says
// one of them by chance.
func chooseByEnglish(text string, entries []*dict.Entry, evs []float64) *dict.Entry {
	if utf8.RuneCountInString(text) < 2 {
		return nil
	}
	var best *dict.Entry
	bestEv, second := 0.0, 0.0
	for i, e := range entries {
		if e.IsName() {
			continue
		}
		switch ev := evs[i]; {
		case ev > bestEv:
			best, bestEv, second = e, ev, bestEv
		case ev > second:
			second = ev
		}
	}
	if bestEv >= minReadingEvidence && bestEv-second >= minReadingEvidence {
		return best
	}
	return nil
}

// resolve replaces a plain "variant of X" entry by X's entry when both have
// the same simplified headword: 只 "variant of 隻|只[zhi1]" is taught as
// 只 (隻) zhi1 with the classifier's senses.
func (a *Analyzer) resolve(e *dict.Entry) *dict.Entry {
	if m := a.info(e).meaning; m != nil && m != e && m.Simp == e.Simp {
		return m
	}
	return e
}

// around holds the parts of the context tables that concern a token, so
// that scoring its entries searches the big tables once per token, not once
// per entry. Each is found on first use.
type around struct {
	c                                        rune // first character of the token
	ctxL, ctxR                               table
	pairL, pairR                             table // for entries whose simplified form starts with c
	haveCtxL, haveCtxR, havePairL, havePairR bool
}

// ctxSpan returns the keys of the ctx table for the pair x y, the first
// read (second false) or the second.
func ctxSpan(t *table, x, y rune, second bool) table {
	lo := ctxKeyOf(x, y, second, 0)
	return t.span(lo, lo|0xffff)
}

func (ar *around) ctxLeft(a *Analyzer, left rune) *table {
	if !ar.haveCtxL {
		ar.ctxL, ar.haveCtxL = ctxSpan(&a.w.ctx, left, ar.c, true), true
	}
	return &ar.ctxL
}

func (ar *around) ctxRight(a *Analyzer, right rune) *table {
	if !ar.haveCtxR {
		ar.ctxR, ar.haveCtxR = ctxSpan(&a.w.ctx, ar.c, right, false), true
	}
	return &ar.ctxR
}

// pairLeft and pairRight are the pinyin-pro pairs of the token's first
// character with its neighbours, or the whole table for a character cs
// other than c.
func (ar *around) pairLeft(a *Analyzer, left, cs rune) *table {
	if cs != ar.c {
		return &a.pairs.t
	}
	if !ar.havePairL {
		ar.pairL, ar.havePairL = ctxSpan(&a.pairs.t, left, ar.c, true), true
	}
	return &ar.pairL
}

func (ar *around) pairRight(a *Analyzer, right, cs rune) *table {
	if cs != ar.c {
		return &a.pairs.t
	}
	if !ar.havePairR {
		ar.pairR, ar.havePairR = ctxSpan(&a.pairs.t, ar.c, right, false), true
	}
	return &ar.pairR
}

// pairCount is phrasePairs.get over t, a span of its table.
func pairCount(t *table, x, y rune, second bool, id uint16, known bool) float64 {
	if !known {
		return 0
	}
	return float64(t.get(ctxKeyOf(x, y, second, id)))
}

// complementAfterName are the words after a character gse tags a name that
// only a verb takes (its complement or aspect): the character is a verb
// (连不上网, 连起来, 连着), not a surname.
var complementAfterName = map[string]bool{"不": true, "上": true, "下": true, "起来": true, "着": true, "过": true, "得": true}

// score rates one entry of a word; higher is more likely. rare is
// a.rare(text); ev is how much the English says of the entry
// (bestByEnglish); ar is the token's context (see around).
func (a *Analyzer) score(text string, rare bool, pos string, e *dict.Entry, ev float64, en *english, nb *neighbours, ar *around) float64 {
	s := 0.0
	info := a.info(e)
	sc := &info.score
	reading := sc.reading
	c, size := utf8.DecodeRuneInString(text)
	single := size == len(text)
	// Proper names only where something says so: gse tags the character as
	// a person's name (贾 nr: the surname Jia3, not gu3 "merchant").
	// With an English side, a name is one that the English writes
	// capitalised (周 is "Zhou" only if the translation says Zhou), or
	// whose gloss it says, capitals and all (明朝 "the Ming dynasty":
	// Ming2 chao2 "Ming Dynasty (1368-1644)", not ming2 zhao1 "tomorrow
	// morning").
	if sc.name {
		switch {
		case len(en.stems) > 0:
			if len(en.caps) > 0 && (en.writesSpelling(sc.spelling) || ev >= 0.9) {
				s += wName
			} else {
				s -= wNotName
			}
		case single && strings.HasPrefix(pos, "nr") && !nb.in(prevDegree) && !(c == '连' && evenLian(nb)) && !complementAfterName[nb.next]:
			// (Nor 连 before what 都 or 也 says even: function.go. Nor
			// before a verb's complement or aspect, which no name takes:
			// 手机连不上网, 把线连起来 lian2 "to connect".)
			// (Not after a degree adverb, which no name follows: 他长得
			// 很帅 shuai4 "handsome", which gse tags a name.)
			s += wName
		case !single:
			// A word of several characters that is a name (明朝 Ming2
			// chao2, the dynasty) is no rarer than its common twin
			// (ming2 zhao1, tomorrow morning): the priors decide.
		case single && nb.inRun && rare:
			// A rare character among other single characters is
			// likely part of a name: its name readings stay in play.
		default:
			s -= wNotName
		}
	}
	// A plain "variant of X" entry reads and means like X; old, archaic
	// and other marked variants are rare.
	if info.meaning == nil {
		s -= wVariant
	}
	// A character written for another one (弟 ti4 "variant of 悌[ti4]")
	// stands so in old texts; alone, it is mostly its own word (我弟 di4
	// "younger brother").
	if single && info.meaning != nil && info.meaning != e && info.meaning.Simp != e.Simp {
		s -= wVariantOther
	}
	// The entry whose senses the translation uses.
	// (By the words themselves and by related words: "what good will
	// this do" says 好处 hao3 chu5 "benefit", not hao3 chu3 "easy to get
	// along with".)
	s += wEnglish * ev
	var priors []float64
	switch text {
	case e.Simp:
		priors = sc.priorSimp()
	case e.Trad:
		priors = sc.priorTrad()
	default:
		priors = a.priorLogs(text, reading)
	}
	for _, v := range priors {
		s += wPrior * v
	}
	id, known := sc.syl, sc.sylKnown
	lw, rw := sideWeight(nb.prev), sideWeight(nb.next)
	if single && known {
		// (Not after a degree adverb standing alone: the token is its
		// predicate, and the headwords pairing the two characters are
		// other words: 不太行 xing2 "all right", not hang2 by 太行山
		// "Taihang Mountains".)
		if nb.left != 0 && !nb.in(prevDegree) {
			s += lw * wContext * math.Log1p(float64(ar.ctxLeft(a, nb.left).get(ctxKeyOf(nb.left, c, true, id))))
		}
		if nb.right != 0 && !adverbIntoWord(pos, nb) {
			s += rw * wContext * math.Log1p(float64(ar.ctxRight(a, nb.right).get(ctxKeyOf(c, nb.right, false, id))))
		}
	}
	// An entry whose senses all ask for a neighbour (出来 chu5 lai5 "(after
	// a verb …)") is the word where the sentence has one, and not where it
	// has none.
	s += wNeed * info.needEntry(nb)
	if !single {
		return s
	}
	if nb.inRun {
		if known {
			s += wNameRun * math.Log1p(float64(a.w.names.get(readingKeyOf(c, id))))
		}
	}
	// A word standing alone is read the way the dictionary reads it
	// alone: readings whose senses are all bound forms, "used in 蛤蟆",
	// variants or literary are unlikely.
	s += wFree * sc.logFree
	// What pinyin-pro knows (usual.txt, pairs.bin.gz; its phrases are in
	// simplified characters, so 闍 is looked up as 阇):
	//   - for a rare character (rare in gse's counts, so the dictionary
	//     priors above say little), the reading it usually has today (阇
	//     du1 rather than she2) and the readings of the phrases holding it;
	//   - for any character, the readings of the phrases holding the same
	//     pair of characters (六圩 liu4 wei2, 更好 geng4). For a common
	//     character one phrase is not enough: phrase lists hold few
	//     function words, and a single 家都 (du1) must not outvote the
	//     adverb of 大家都来 (dou1).
	cs := sc.firstSimp
	pairDiscount := 1.0
	if sc.usual && rare {
		pairDiscount = 0
		if sc.usualFirst {
			s += wUsual
		}
		s += wPhrases * sc.logPhrases
	}
	if sc.usual {
		// (Not a pair that is a name the segmenter split for the English:
		// 花都开了 is 花 都 dou1, not 花都 "Huadu" du1.)
		// (Nor a pair across the end of a longer word, or of a measure
		// word, before an adverb gse found in its slot: 每天都在, 这两天都
		// 挺忙 dou1, not 天都 "Tiandu" du1; the slot may open with a
		// demonstrative or a time, 每天都这样, 每天都八点起床.)
		// (Nor after a degree adverb, as for wContext above.)
		if nb.left != 0 && !nb.splitsName() && !nb.in(prevDegree) && !(pos == "d" && (adverbSlot(nb) || strings.HasPrefix(nb.nextPos, "r") || nb.nextPos == "m" || nb.nextPos == "t") && (utf8.RuneCountInString(nb.prev) > 1 || nb.prevPos == "q")) {
			s += lw * wPairs * math.Log1p(max(0, pairCount(ar.pairLeft(a, nb.left, cs), nb.left, cs, true, sc.pairSyl, sc.pairKnown)-pairDiscount))
		}
		// (Nor a pair into a longer word after an adverb: adverbIntoWord.)
		if nb.right != 0 && !adverbIntoWord(pos, nb) {
			s += rw * wPairs * math.Log1p(max(0, pairCount(ar.pairRight(a, nb.right, cs), cs, nb.right, false, sc.pairSyl, sc.pairKnown)-pairDiscount))
		}
	}
	k := info.kinds.kinds()
	// gse tags a character's most common free use; a particle (u…: 了
	// 着 地 得) or modal particle (y: 吗 呢) takes the neutral tone.
	// A particle follows the word it attaches to: 的 了 着 过 anything;
	// 得 a verb or adjective (after a pronoun it is dei3: 我得走); 地 an
	// adverbial before a verb (精准地阐明). Modal particles (y: 吗 呢) are
	// neutral wherever they stand.
	// An entry that is only a marker (过 guo5 "(experienced action
	// marker)") is one right after a verb, whatever gse's tag.
	if sc.neutral && (particleFits(pos, nb) || (k.particle > 0.5 && strings.HasPrefix(nb.prevPos, "v")) || adverbialDe(text, nb)) {
		s += wParticle
	}
	// A preposition takes an object and the verb follows: 为我们提供 wei4.
	// (The verb of the clause comes after the object, so the word itself
	// is not a verb: 我为这件事忙了 wei4 "for", not wei2 "to act as".)
	if nb.objectThenVerb {
		s += wPrep * k.function
	}
	s += wPOS * posFit(pos, k)
	// Sentence-final particles end a clause: 啊 a5, 吧 ba5.
	if nb.clauseEnd && k.particle > 0 && sc.neutral {
		s += wClauseEnd
	}
	// After a numeral or demonstrative comes a measure word: 一只 zhi1.
	// So does a measure of length after a number proper: 走了十里路, 二十多
	// 里 li3 "li", not 裡 "inside" (两年里 keeps it: a time).
	if nb.afterNumeral && (k.classifier > 0 || k.length && numberProperBefore(nb)) {
		s += wClassifier
	}
	// After a degree adverb comes an adjective or a verb of state: 很差
	// cha4 "not up to standard", not cha1 "difference".
	if nb.in(prevDegree) {
		s += wDegree * info.predicateShare()
	}
	// A modal (must, can, should) comes before a verb: 我得走 dei3.
	// (Or before the preposition that brings the verb's object: 我们得把
	// 这件事做好, 我得跟老师商量 dei3; but after a verb 得 is its
	// complement's: 跑得比他快.)
	if (strings.HasPrefix(nb.nextPos, "v") || nb.next == "把" || nb.nextPos == "p" && !isVerbPos(nb.prevPos)) && k.modal {
		s += wModal
	}
	// A word gse tags as an adverb, right before the verb, preposition or
	// adverb it modifies, is the adverb: 实验室都在追求 dou1 "all" (not
	// du1 "capital"), 我们还希望 hai2, 每月只需 zhi3; before a word that
	// starts with a preposition of place, whatever gse's tag of it
	// (他们都在家 dou1).
	if pos == "d" && (adverbSlot(nb) || nb.right != 0 && placePrepositions[string(nb.right)]) {
		s += wAdverb * k.function
	}
	// So does a negative prefix, whatever gse's tag: 我们没注意 mei2 (not
	// mo4 "to drown").
	if k.negative && adverbSlot(nb) {
		s += wAdverb
	}
	// Verb or noun, from the neighbours: 了 着 过 or an adverb or auxiliary
	// around a verb; 的, a numeral or a locative around a noun.
	s += wVerbNoun * verbContext(nb) * (2*k.verb - 1)
	return s
}

// numberProperBefore reports whether a number proper stands right before the
// token: a numeral (十, 二十), with 多, 来 or 余 (二十多, 十来), or gse's
// numeral then 多 or 来 (三百 多).
func numberProperBefore(nb *neighbours) bool {
	if numeralWord(nb.prev) || roundedNumeral(nb.prev) {
		return true
	}
	return (nb.prev == "多" || nb.prev == "来") && nb.sn != nil && nb.k >= 2 && numeralWord(nb.sn.toks[nb.k-2].Text)
}

// adverbIntoWord reports whether a word gse tags an adverb (pos) stands
// before a word of several characters: the pair it makes with that word's
// first character then says nothing of its reading (更深层的问题 geng4
// "more", not the geng1 of 更深人静, a headword and a phrase that pair
// 更 with 深): the adverb modifies the whole word after it.
func adverbIntoWord(pos string, nb *neighbours) bool {
	return pos == "d" && utf8.RuneCountInString(nb.next) > 1
}

// rare reports whether a word is unknown to gse's dictionary or seen fewer
// than 2,000 times there (in 60 million words).
func (a *Analyzer) rare(word string) bool {
	le, ok := a.lex.get(word)
	return !ok || float64(le.logp) < a.rareBelow
}

// particleFits reports whether a word that gse tags as a particle (pos) is
// used as one between these neighbours.
func particleFits(pos string, nb *neighbours) bool {
	switch pos {
	case "y":
		return true
	case "uj", "ul", "uz", "ug":
		return nb.left != 0
	case "ud":
		return strings.HasPrefix(nb.prevPos, "v") || strings.HasPrefix(nb.prevPos, "a")
	case "uv":
		return strings.HasPrefix(nb.nextPos, "v") || nb.prevPos == "a" || nb.prevPos == "ad" || nb.prevPos == "d" || nb.prevPos == "z"
	}
	return strings.HasPrefix(pos, "u") && nb.left != 0
}

// adverbialDe reports whether text is 地 between two words of several
// characters, making an adverbial of the first: 自信地部署, 精确地达到.
// gse's tags are no help there (自信 v, 部署 n), and the noun 地 "ground;
// place" does not stand alone between two words: 土地, 各地, 地方 are
// words of their own.
func adverbialDe(text string, nb *neighbours) bool {
	return text == "地" && utf8.RuneCountInString(nb.prev) > 1 && utf8.RuneCountInString(nb.next) > 1
}

// verbSlotAt reports whether the token stands as a verb by what follows
// it: an aspect particle or 一下 (分一下), or the end of its clause after
// its doer or an adverb (我们自己调).
func verbSlotAt(nb *neighbours) bool {
	if nb == nil {
		return false
	}
	switch nb.next {
	case "了", "着", "过", "一下", "一下儿":
		return true
	}
	return nb.objectless && (strings.HasPrefix(nb.prevPos, "r") || nb.prevPos == "d")
}

// otherReadingVerb reports whether an entry of entries read otherwise
// than e (not a name) has a verb's sense.
func otherReadingVerb(a *Analyzer, entries []*dict.Entry, e *dict.Entry) bool {
	for _, o := range entries {
		if !o.IsName() && !strings.EqualFold(o.Pinyin, e.Pinyin) && hasVerbSense(a.info(o)) {
			return true
		}
	}
	return false
}

// adverbSlot reports whether the next word is one an adverb modifies: a
// verb, an adjective (更大 geng4), a preposition (在 before a verb phrase)
// or another adverb, by gse's tag; a degree adverb (很, which gse tags zg)
// or a word the dictionary knows as a predicate (predicateNext); or a
// character gse tags a particle whose entry is first a verb (particleVerb:
// 得, 等), which after an adverb is the modal or a verb (每天都得早起, 每天
// 都等他: dou1, not du1 "capital" by 天都; 等 "etc." follows a list, not an
// adverb).
func adverbSlot(nb *neighbours) bool {
	n := nb.nextPos
	return strings.HasPrefix(n, "v") || n == "p" || n == "d" || n == "a" || nb.in(nextDegree) || nb.predicateNext || strings.HasPrefix(n, "u") && particleVerb(nb)
}

// particleVerb reports whether the next word, which gse tags a particle,
// is a single character (not an aspect's: 了, 着, 过) with an entry whose
// first sense is a verb's: 得 "to obtain" (the modal dei3 after an
// adverb), 等 "to wait for" (gse's "etc."), as modalNeed (readings.go)
// finds it after 得.
func particleVerb(nb *neighbours) bool {
	t := nb.next
	return utf8.RuneCountInString(t) == 1 && !aspectParticles[t] && nb.a.anyEntry(t, verbFirst)
}

// verbContext is +1 where the neighbours call for a verb, -1 for a noun, 0
// when they say nothing.
func verbContext(nb *neighbours) float64 {
	if !nb.vcKnown {
		nb.vc, nb.vcKnown = verbContextOf(nb), true
	}
	return nb.vc
}

// verbContextOf is verbContext, computed.
func verbContextOf(nb *neighbours) float64 {
	v := 0.0
	switch {
	case nb.nextPos == "ul" || nb.nextPos == "uz" || nb.nextPos == "ug":
		v++
	case nb.nextPos == "f" || nb.nextPos == "uj":
		v--
	}
	switch {
	case nb.in(prevDeterminer) || (nb.prevPos == "m" || nb.prevPos == "q") && !timeUnit(nb.prev) || nb.prevPos == "a" && nb.prev != "多" && nb.prev != "少" && !prevAdverb(nb) && !easyTo(nb) || prevClassifier(nb) && !isNounPos(nb.nextPos):
		// 这个包 "bag", not "to hold"; 的结果. (多 and 少 before a
		// verb say "more" and "less": 少用塑料袋 "to use", 多喝水.)
		v--
	case (nb.in(prevObjectPreposition) || nb.prev == "把") && !strings.HasPrefix(nb.nextPos, "r"):
		// 从经验流中 "experience", 通过研究 "research", 把工作做完 "job":
		// a preposition's object (通过规范其使用的语言 "by regulating": a
		// verb and its object).
		v--
	case nb.in(prevPlacePreposition) && nb.nextPos == "f":
		// 在会上 "meeting", 在房间里: a place between a preposition and
		// a locative (the locative already counted).
	case nb.prevPos == "d" && afterDe(nb):
		// 的真实想法 "way of thinking": what gse tags an adverb between
		// 的 and the token modifies a noun.
		v--
	case nb.prevPos == "d" || nb.prevPos == "a" && (prevAdverb(nb) || easyTo(nb)) || nb.prevPos == "p" || nb.prev == "不" || nb.prev == "没" || nb.prev == "要" || nb.prev == "会" || nb.prev == "能" || nb.prev == "被":
		v++
	case nb.in(prevPersonal) && (nb.next == "的" || nb.next == "了" || nb.next == "着" || nb.next == "过"):
		// 它设定的期望 "to set": a subject, its verb, then 的 or an
		// aspect particle (我的设定 has 的 before).
		v++
	}
	return v
}

// easyTo reports whether 好 or 难 stands before a token that ends its
// clause: "easy to", "hard to" a verb (这台电脑很好用 "to use", not
// "usefulness").
func easyTo(nb *neighbours) bool {
	return (nb.prev == "好" || nb.prev == "难") && nb.clauseEnd
}

// prevAdverb reports whether the word before the token, already glossed,
// is an adverb by its gloss though gse tags it an adjective: 重新
// "again; once more; re-" (会重新评估我们的战略 "to evaluate", not
// "evaluation").
func prevAdverb(nb *neighbours) bool {
	g := prevGloss(nb)
	if g == "" {
		return false
	}
	p := partsOfSpeech(firstGloss(g))
	return p&wordnet.Adv != 0 && p&(wordnet.Adj|wordnet.Noun|wordnet.Verb) == 0
}

// prevClassifier reports whether the word before the token was glossed a
// measure word after a numeral or a demonstrative, though gse tags it a
// noun: 一幅画 "picture; painting", not "to draw". (verbContext asks it
// only where no noun follows: 一条满足条件的路径 is a verb and its object.)
func prevClassifier(nb *neighbours) bool {
	g := prevGloss(nb)
	return strings.HasPrefix(g, "classifier") || strings.HasPrefix(g, "(classifier)")
}

// prevGloss is the gloss fill gave the token before nb's ("" if none).
func prevGloss(nb *neighbours) string {
	if nb.sn == nil {
		return ""
	}
	j := nb.k - 1
	for j >= 0 && isBlank(nb.sn.toks[j].Text) {
		j--
	}
	if j < 0 {
		return ""
	}
	return nb.sn.toks[j].Gloss
}

// objectPrepositions take a noun phrase as their object (not 在 or 被,
// before which a verb stands: 在研究 "researching", 被发现).
var objectPrepositions = map[string]bool{
	"从": true, "对于": true, "关于": true, "通过": true, "根据": true, "按照": true, "随着": true,
	"由于": true, "向": true, "自": true, "自从": true, "经过": true, "凭": true, "依靠": true,
}

// countingWords count the things that follow them: after them a noun.
var countingWords = map[string]bool{
	"很多": true, "许多": true, "一些": true, "这些": true, "那些": true, "不少": true, "好多": true,
	"各种": true, "种种": true, "大量": true, "少数": true, "多数": true,
}

// demonstratives stand before a measure word or a noun (那本书, 这件事,
// 该公司 "the above-mentioned"); they are never prepositions.
var demonstratives = map[string]bool{"这": true, "那": true, "哪": true, "每": true, "某": true, "该": true, "此": true}

// placePrepositions place what follows them in space or time (在过去,
// 从上面): the word after them is not their complement.
var placePrepositions = map[string]bool{
	"在": true, "从": true, "自": true, "于": true, "当": true, "向": true, "往": true, "朝": true,
	"到": true, "离": true, "由": true, "自从": true, "随着": true, "沿着": true,
}

// personalPronouns are the pronouns that stand as a subject.
var personalPronouns = map[string]bool{
	"我": true, "你": true, "您": true, "他": true, "她": true, "它": true, "我们": true, "你们": true,
	"他们": true, "她们": true, "它们": true, "咱们": true, "大家": true,
}

// timeUnit reports whether w, after a numeral, says when or how long: a
// verb may follow it (电影七点开始 "starts at seven"), where a noun
// follows a measure word.
func timeUnit(w string) bool {
	switch w {
	case "点", "点钟", "分", "秒", "号", "日", "月", "年", "天", "小时", "分钟", "周", "星期", "个月", "半":
		return true
	}
	return false
}

// entryInfo is what the analysis keeps about an entry it has met: what
// score needs to know about its senses and what a token of it shows. One
// is kept for every entry met (tens of thousands in a big corpus), so it
// holds few pointers and little that can be found again.
type entryInfo struct {
	// The fields holding pointers come first, so that the garbage
	// collector scans only the start of the struct.
	e       *dict.Entry // the entry
	meaning *dict.Entry // see meaningOf
	senses  []string    // e's senses, then meaning's when it is not e (shared: full capacity, so append copies)
	// fold is the folds of m1 and m2 together (senseMatcher.fold): where
	// it meets neither of the English side's, mayMatch is false for both,
	// and bestByEnglishIn knows it without reading the matchers, a cache
	// miss each (57 % of its calls on big1m).
	fold [2]uint64
	// used is the generation of cacheAge the entryInfo was last used in.
	used atomic.Uint32
	// m1 is the senseMatcher of e, m2 that of meaning when it is neither
	// e nor nil: their senses are senses, in the same order.
	m1, m2 *senseMatcher
	gloss  string // defaultGloss of the senses
	// glossSense is the index in senses of gloss's sense, -1 if none.
	glossSense int
	// cut holds the shortGloss of the senses for which it is not a
	// prefix of the sense ("…" added), "" for the others; nil if none.
	cut *[]string
	// brackets holds bracketStems, nil until first asked.
	brackets atomic.Pointer[[]string]
	score    scoreInfo
	// particle is the index in senses of the first sense describing a
	// particle or marker ("(experienced action marker)"), grammar that of
	// the first sense glossing a function word ("towards; at; for") or a
	// construction ("(used to put the object before the verb…"); -1 if
	// none. A token shows their shortGloss.
	particle, grammar int32
	// grammarBits has bit i set when sense i (below 64) isGrammarSense.
	grammarBits uint64
	kinds       kindCounts // kinds of meaning's senses
	// marks are the senseMarks of senses.
	marks []senseMarks
	// related is the farthest relation of English words to a gloss that
	// counts as evidence for the entry's senses, 0 for none (see
	// bestByEnglish).
	related wordnet.Kind
	// relQuiet is set for a single character none of whose senses
	// singleRelatedBest weighs (weighedAlone): it would return what it is
	// given, after reading the matchers.
	relQuiet bool
	// name is EntryName(e).
	name string
	// adverb and preposition hold the indexes in senses of the first
	// plain sense glossing an adverb (adverbSenseOf) or a preposition
	// (prepositionSenseOf), -1 if none, found when a token first stands
	// where one would (unknownSense until then).
	adverb, preposition atomic.Int32
	// suffix packs suffixes(), unknownSense until found.
	suffix atomic.Int32
	// predicates is predicateShare in thousandths, found on first use
	// (-1: not yet).
	predicates atomic.Int32
	// adjFirst is adjectiveFirst: -1 not yet, 0 or 1.
	adjFirst atomic.Int32
	// family is familySense's answer (-1: the first sense stays),
	// unknownSense until asked.
	family atomic.Int32
	// vehicle is vehicleSenseOf (sense.go), unknownSense until asked.
	vehicle atomic.Int32
	// person is personSenseOf (sense.go), unknownSense until asked.
	person atomic.Int32
	// switching is switchSenseOf (sense.go), unknownSense until asked.
	switching atomic.Int32
	// memorize and colour are memorizeSenseOf and colourSenseOf
	// (sense.go), unknownSense until asked.
	memorize, colour atomic.Int32
	// firstPlain and attributive are plainSenses.
	firstPlain, attributive int32
	// usual is usualSenseOf(in): the sense a learner meets first, where
	// the dictionary's first misleads; -1 for most entries.
	usual int32
	// usualVerb is usualVerbOf(in): the verb a learner meets first, for
	// a verb slot where it is not the dictionary's first verb; -1 for
	// most entries.
	usualVerb int32
	// usualClassifier is usualClassifierOf(in): the measure word's sense
	// a learner meets first, where it is not the dictionary's first; -1
	// for most entries.
	usualClassifier int32
	// comparative is comparativeSenseOf(in): the plain sense of a
	// character that says a comparison ("better"), -1 for most entries.
	comparative int32
	// occur is occurSenseOf(in): a character's later sense "to arise;
	// to occur" (出), which a mishap its object chooses; -1 for most.
	occur int32
	// frank and acquaint are the plain senses "frank" of a character
	// first "straight" (直) and "to get acquainted …" (认识) when not the
	// first, which frankSense and
	// acquaintSense give where the slot asks; -1 for most entries.
	frank, acquaint int32
	// liable is the plain sense "likely; liable to" (容易) when not the
	// first, which liableSense gives before a mishap; -1 for most.
	liable int32
	// predicate is predicateSenseOf(in): the sense a learner meets where
	// the character is a predicate (predicateUsual), -1 for most.
	predicate int32
	// care is a character's later plain sense "to look after" (带), which
	// careSense gives where a child is its object; -1 for most.
	care int32
	// seek is the later sense "to seek" of a character first a noun (图),
	// which seekSense gives before what one is after; -1 for most.
	seek int32
	// duty is a character's later sense "to be on duty" (值), which
	// dutySense gives where a shift is its object; -1 for most.
	duty int32
	// foremost is the later sense "most important …" (第一), which
	// foremostSense gives before a 位 that ends the phrase; -1 for most.
	foremost int32
	// worth is the later sense "(to be) worth" (值), which worthSense
	// gives before an amount; -1 for most.
	worth int32
	// feeling is the later sense "(fig.) feeling …" (味道), which
	// placeFeeling gives to a place's; -1 for most.
	feeling int32
	// familiar is a character's later sense "familiar …" (熟, first
	// "ripe; mature"), which familiarSense gives where a person knows
	// someone or somewhere; -1 for most.
	familiar int32
	// reward is a character's later sense "to take" or "to issue" (拿, 发),
	// which rewardSense gives where pay or a prize is its object; -1 for
	// most.
	reward int32
	// role is a character's later sense "(of a person) to be …" (做),
	// which roleSense gives where a trade or a role is its object; -1
	// for most.
	role int32
	// hurry is a character's later sense "to hurry …" (赶, first "to
	// overtake; to catch up with"), which hurrySense gives where it has no
	// object; -1 for most.
	hurry int32
	// endure is a character's later sense "to endure" (熬, first "to cook
	// on a slow fire"), which endureSense gives where what is got through
	// follows; -1 for most.
	endure int32
	// vent is a character's later sense "to give expression to" (撒 sa1),
	// which ventSense gives where anger is let out; -1 for most.
	vent int32
	// address is the later sense of a kinship word that addresses or
	// names someone outside the family ("term of respect for older man",
	// 大爷; "polite appellation for an elderly male", 老爷子), which
	// addressSense gives where the word names a stranger; -1 for most.
	address int32
	// mood is a character's later sense of a person's state of mind
	// ("hurried", "worried", "listless": 急, 蔫), which moodSense gives
	// where a person is in it; -1 for most.
	mood int32
	// money is a character's later verb sense said of money ("to deduct
	// (money)", 扣, first "to fasten"), which moneySense gives where
	// money is what it acts on; -1 for most.
	money int32
	// load is a character's later sense "to load" (装, learner.txt's "to
	// pretend"), which loadSense gives where things go into it; -1 for
	// most.
	load int32
	// readingOK is set when score.reading is one syllable per character,
	// the reading of a token of the entry.
	readingOK bool
	// final is finalOnly(in) and fond fondFirst(in), which readingNeed
	// asks of every entry of a headword of several in every pair.
	final, fond bool
	// firstTakes is takesObject of the first plain sense, which
	// objectlessSense asks of the tokens that close their clause.
	firstTakes bool
	// runes is the number of characters of e.Simp (255 if more), which
	// some 50 sites of the sense and reading rules ask (== 1, < 2, < 4):
	// counted once per entry, where each site decoded the headword again.
	// (It takes the byte of padding after fond: entryInfo's size is
	// unchanged.)
	runes uint8
	// questionTwin is questionTwinEntry(in), which readingNeed asks of
	// every entry of a headword of several in every pair (a byte of the
	// padding after runes).
	questionTwin bool
	// glossed is glossedWords[e.Simp]: a function or construction word,
	// which fill asks functionGloss of (entryGloss).
	glossed bool
	// modal is modalEntry(in), which modalNeed asks of every entry of a
	// headword of several in every pair (the byte of padding after
	// glossed).
	modal bool
	// firstFree is firstFreeOf(in), which the readings ask of the entries
	// around many tokens.
	firstFree int32
	// needSense is needSenseOf(in), which needEntry asks of every entry
	// of a headword of several in every pair.
	needSense int32
	// searched holds the answers of the senseSearches made so far
	// (searchOnce).
	searched atomic.Uint64
	// grammarMay holds grammarCasesOf the first plain sense and of the
	// usual sense, 0 until found (grammargate.go).
	grammarMay [2]atomic.Uint64
	// head is the rule of chooseSense about e's headword, headNone for
	// most (headrules.go).
	head headRule
	// rules is senseRulesOf(in): the slot rules that may fire on the
	// entry (sensegate.go).
	rules senseRules
}

// shortGloss returns the shortGloss of sense i, without allocating.
func (in *entryInfo) shortGloss(i int) string {
	if in.cut != nil && (*in.cut)[i] != "" {
		return (*in.cut)[i]
	}
	return shortGloss(in.senses[i])
}

// EntryName names e as its CC-CEDICT line starts: "朝 朝 [chao2]", the
// name a gold set and the sense priors (Priors) know an entry by.
func EntryName(e *dict.Entry) string {
	return e.Trad + " " + e.Simp + " [" + e.Pinyin + "]"
}

// reading is e's lower-case reading, "" if not one syllable per character.
func (in *entryInfo) reading() string {
	if in.readingOK {
		return in.score.reading
	}
	return ""
}

// matcher is the senseMatcher of meaning, or of e when meaning is nil.
func (in *entryInfo) matcher() *senseMatcher {
	if in.m2 != nil {
		return in.m2
	}
	return in.m1
}

// isGrammar reports whether sense i isGrammarSense.
func (in *entryInfo) isGrammar(i int) bool {
	if i < 64 {
		return in.grammarBits&(1<<i) != 0
	}
	return isGrammarSense(in.senses[i])
}

// scoreInfo is what score computes from the entry alone, done once.
type scoreInfo struct {
	reading  string // e.Reading()
	spelling string // nameSpelling(reading), for a name
	// priors are the priorLogs of e.Simp (nSimp of them), then of e.Trad
	// when it differs.
	priors     []float64
	logFree    float64 // log1p of the free senses of meaning
	logPhrases float64 // see usual
	firstSimp  rune    // first character of e.Simp
	nSimp      int32
	syl        uint16 // reading's syllable id in the weights, if sylKnown
	pairSyl    uint16 // reading's syllable id in pairs.bin.gz, if pairKnown
	name       bool   // e.IsName()
	neutral    bool   // reading ends in the neutral tone
	sylKnown   bool
	// usual is set when usual.txt lists firstSimp; usualFirst when
	// reading is its usual reading, logPhrases the log1p of the phrases
	// reading it so.
	usual, usualFirst bool
	pairKnown         bool
}

// priorSimp and priorTrad are the priorLogs of e.Simp and of e.Trad (the
// latter only when it differs from e.Simp).
func (sc *scoreInfo) priorSimp() []float64 { return sc.priors[:sc.nSimp] }
func (sc *scoreInfo) priorTrad() []float64 { return sc.priors[sc.nSimp:] }

// priorLogs returns, for each character of text whose syllable in reading
// (one per character, space-separated) the weights know, the log1p of the
// number of headwords reading the character so.
func (a *Analyzer) priorLogs(text, reading string) []float64 {
	return a.appendPriorLogs(nil, text, reading)
}

// appendPriorLogs appends priorLogs(text, reading) to out.
func (a *Analyzer) appendPriorLogs(out []float64, text, reading string) []float64 {
	rest := reading
	for _, r := range text {
		var sy string
		sy, rest, _ = strings.Cut(rest, " ")
		if id, ok := a.w.syl(sy); ok {
			out = append(out, math.Log1p(float64(a.w.words.get(readingKeyOf(r, id)))))
		}
	}
	return out
}

// scoreInfoOf computes the scoreInfo of e, whose reading is reading and
// whose meaning has free free senses.
func (a *Analyzer) scoreInfoOf(e *dict.Entry, reading string, free int) scoreInfo {
	sc := scoreInfo{reading: reading, name: e.IsName(), logFree: math.Log1p(float64(free))}
	if sc.name {
		sc.spelling = nameSpelling(sc.reading)
	}
	sc.neutral = strings.HasSuffix(sc.reading, "5")
	n := utf8.RuneCountInString(e.Simp)
	if e.Trad != e.Simp {
		n += utf8.RuneCountInString(e.Trad)
	}
	sc.priors = a.appendPriorLogs(make([]float64, 0, n), e.Simp, sc.reading)
	sc.nSimp = int32(len(sc.priors))
	if e.Trad != e.Simp {
		sc.priors = a.appendPriorLogs(sc.priors, e.Trad, sc.reading)
	}
	if len(sc.priors) == 0 {
		sc.priors = nil
	}
	sc.syl, sc.sylKnown = a.w.syl(sc.reading)
	sc.firstSimp = firstRune(e.Simp)
	if u, ok := a.usual[sc.firstSimp]; ok {
		sc.usual = true
		sc.usualFirst = u.first == sc.reading
		sc.logPhrases = math.Log1p(u.count(sc.reading))
	}
	sc.pairSyl, sc.pairKnown = a.pairs.sylID[sc.reading]
	return sc
}

// info returns the entryInfo of e, computed once per entry and process
// (again if cacheAge let it go).
func (a *Analyzer) info(e *dict.Entry) *entryInfo {
	i := a.dict.Index(e)
	slot := &a.infos[i]
	if in := slot.Load(); in != nil {
		a.age.use(&in.used)
		return in
	}
	in := &entryInfo{e: e, meaning: a.meaningOf(e), particle: -1, grammar: -1, runes: uint8(min(utf8.RuneCountInString(e.Simp), 255)), head: headRules[e.Simp]}
	m := in.meaning
	if m == nil {
		m = e
	}
	ss := e.Senses()
	ms := ss // m's senses
	if m != e {
		ms = m.Senses()
	}
	free := freeSenses(ms)
	in.kinds = countKinds(ms)
	reading := e.Reading()
	in.readingOK = strings.Count(reading, " ")+1 == utf8.RuneCountInString(e.Simp) && syllablesOK(reading)
	in.gloss, in.glossSense = defaultGloss(ss), defaultSense(ss)
	in.m1 = a.matcherOf(e, ss)
	if m != e {
		// A variant means what its original means: 粘 nian2 "variant of
		// 黏[nian2]" is glossed "sticky".
		in.gloss, in.glossSense = defaultGloss(ms), -1
		if i := defaultSense(ms); i >= 0 {
			in.glossSense = len(ss) + i
		}
		in.m2 = a.matcherOf(m, ms)
		ss = append(ss[:len(ss):len(ss)], ms...)
	}
	for _, m := range [2]*senseMatcher{in.m1, in.m2} {
		if m != nil {
			in.fold[0] |= m.fold[0]
			in.fold[1] |= m.fold[1]
		}
	}
	in.senses = ss[:len(ss):len(ss)]
	in.marks = make([]senseMarks, len(in.senses))
	if utf8.RuneCountInString(e.Simp) > 1 {
		in.related = wordnet.Related
	}
	in.name = EntryName(e)
	for i, sense := range in.senses {
		in.marks[i] = marksOf(sense)
		ls := strings.ToLower(sense)
		if in.particle < 0 && (strings.Contains(ls, "particle") || strings.Contains(ls, "marker")) {
			in.particle = int32(i)
		}
		g := isGrammarSense(sense)
		if in.grammar < 0 && g && !in.marks[i].marked && !strings.HasSuffix(sense, "-") && !determinerGloss(firstGloss(sense)) && !(in.related > 0 && in.marks[i].verb) {
			// (Not a prefix: 过 "too-" is no preposition before an object
			// and a verb, 过马路的时候 "to cross"; nor a determiner, which
			// modifies the noun after it, or the answer "no": 在一家小公司
			// 上班 is 小 "small", not "few"; 这不是我的错 不是 "is not"; nor
			// a sense of a register or a trade, which needs the English
			// to say it (markedLabels): 聊两个小时以后 "to chat", not 聊
			// "(literary) temporarily".)
			in.grammar = int32(i)
		}
		if g && i < 64 {
			in.grammarBits |= 1 << i
		}
		if g := shortGloss(sense); !strings.HasPrefix(sense, g) {
			if in.cut == nil {
				cut := make([]string, len(in.senses))
				in.cut = &cut
			}
			(*in.cut)[i] = g
		}
	}
	in.needSense = needSenseOf(in)
	in.firstPlain, in.attributive = in.plainSenses()
	in.usual = in.usualSenseOf()
	in.usualVerb = in.usualVerbOf()
	in.usualClassifier = in.usualClassifierOf()
	in.comparative = in.comparativeSenseOf()
	in.occur = in.occurSenseOf()
	if in.firstPlain >= 0 && in.firstGlossAt(int(in.firstPlain)) == "straight" {
		in.frank = in.laterSenseStarting("frank") // (not 爽 "bright", whose 很爽 feels good)
	} else {
		in.frank = -1
	}
	in.acquaint = in.laterSenseStarting("to get acquainted")
	in.liable = in.laterSenseStarting("likely")
	in.predicate = in.predicateSenseOf()
	in.care, in.seek, in.duty, in.familiar, in.reward, in.role, in.hurry, in.endure, in.vent = -1, -1, -1, -1, -1, -1, -1, -1, -1
	in.address = -1
	in.mood = -1
	in.money = -1
	if int(in.runes) > 1 {
		in.address = in.addressSenseOf()
	}
	in.load = -1
	in.foremost = in.laterSenseStarting("most important")
	in.worth = in.laterSenseStarting("(to be) worth")
	in.feeling = in.laterSenseStarting("(fig.) feeling")
	if int(in.runes) == 1 {
		in.care = in.laterSenseStarting("to look after")
		in.duty = in.laterSenseStarting("to be on duty")
		in.familiar = in.laterSenseStarting("familiar")
		in.mood = in.moodSenseOf()
		in.money = in.moneySenseOf()
		in.reward = in.rewardSenseOf()
		in.role = in.laterSenseStarting("(of a person) to be")
		in.hurry = in.laterSenseStarting("to hurry")
		in.endure = in.laterSenseStarting("to endure")
		in.vent = in.laterSenseStarting("to give expression to")
		in.load = in.laterSenseStarting("to load")
		if in.firstPlain >= 0 && in.marks[in.firstPlain].nounish {
			in.seek = in.laterSenseStarting("to seek")
		}
	}
	in.markRelFacts()
	in.relQuiet = in.related == 0
	for k := range in.senses {
		if weighed, _, _ := in.weighedAlone(k); weighed {
			in.relQuiet = false
			break
		}
	}
	in.rules = senseRulesOf(in)
	in.final = finalOnly(in)
	in.firstTakes = in.firstPlain >= 0 && takesObject(in.senses[in.firstPlain])
	in.questionTwin = questionTwinEntry(in)
	in.glossed = glossedWords[e.Simp]
	in.firstFree = firstFreeOf(in)
	in.fond = fondFirst(in)
	in.modal = modalEntry(in)
	in.adverb.Store(unknownSense)
	in.preposition.Store(unknownSense)
	in.vehicle.Store(unknownSense)
	in.person.Store(unknownSense)
	in.switching.Store(unknownSense)
	in.memorize.Store(unknownSense)
	in.colour.Store(unknownSense)
	in.suffix.Store(unknownSense)
	in.family.Store(unknownSense)
	in.predicates.Store(-1)
	in.adjFirst.Store(-1)
	in.score = a.scoreInfoOf(e, reading, free)
	a.age.use(&in.used)
	slot.Store(in) // two goroutines may both compute it: same result
	return in
}

// meaningOf returns the entry whose senses give e's meaning: e itself, or
// for a plain "variant of X" entry the entry of X with the same reading;
// nil for old, archaic and other marked variants.
func (a *Analyzer) meaningOf(e *dict.Entry) *dict.Entry {
	if !e.IsVariantOnly() {
		return e
	}
	for _, v := range e.Variants() {
		if v.Kind != "" {
			continue
		}
		// A single character's reference keeps its first entry read
		// so, capital or not: such variants stand mostly in names (豊
		// li3, variant of 禮 li3, as in 豊一郎).
		if x := a.entryOfRef(v.Of, e, utf8.RuneCountInString(e.Simp) > 1); x != nil {
			return x
		}
	}
	return nil
}

// entryOfRef returns the entry (not e, not a variant only) that a
// reference "X|Y[reading]" names, nil if none. With exact, the one read
// exactly so comes before one read so but for a capital, for a reference
// in lower case means the common word (variant of 老闆|老板[lao3 ban3] is
// "boss", not Lao3 ban3 "Robam (brand)"); else the first of either.
func (a *Analyzer) entryOfRef(r dict.Ref, e *dict.Entry, exact bool) *dict.Entry {
	var folded *dict.Entry
	for _, x := range a.dict.Lookup(r.Simp) {
		if x == e || x.Trad != r.Trad || x.IsVariantOnly() || !strings.EqualFold(x.Pinyin, r.Pinyin) {
			continue
		}
		if x.Pinyin == r.Pinyin || !exact {
			return x
		}
		if folded == nil {
			folded = x
		}
	}
	return folded
}

// seeOnly returns the entry that e, an entry whose one sense is a
// cross-reference "see 過來|过来[guo4 lai2]", sends the reader to (one of
// that headword and reading whose first sense is no reference itself),
// nil if e is no such entry or the reference is not found.
func (a *Analyzer) seeOnly(e *dict.Entry) *dict.Entry {
	ss := e.Senses()
	if len(ss) != 1 || !strings.HasPrefix(ss[0], "see ") {
		return nil
	}
	if ref, _, _ := strings.Cut(ss[0][len("see "):], "["); strings.ContainsAny(ref, " ,;(") {
		return nil // "see also …", an explanation: not a plain reference
	}
	r, ok := dict.ParseRef(ss[0][len("see "):])
	if !ok || r.Pinyin == "" {
		return nil
	}
	for _, x := range a.dict.Lookup(r.Simp) {
		if x != e && x.Trad == r.Trad && strings.EqualFold(x.Pinyin, r.Pinyin) && !x.IsVariantOnly() {
			if xs := x.Senses(); len(xs) > 0 && !strings.HasPrefix(xs[0], "see ") {
				return x
			}
		}
	}
	return nil
}

// freeSenses counts the senses (of an entry) that describe a free use of the word:
// not a bound form, not "used in X", not a variant, surname, literary,
// archaic or dialect use.
func freeSenses(senses []string) int {
	n := 0
	for _, sense := range senses {
		if !isFreeSense(sense) {
			continue
		}
		n++
	}
	return n
}

var boundPrefixes = []string{
	"(bound form)", "used in", "(used in", "surname", "(literary)", "(archaic)", "(old)",
	"(dialect)", "(Taiwan", "Taiwan pr.", "CL:", "(phonetic", "old variant", "(onom.)",
	"(Cantonese)", "(classical)", "(loanword)", "see ",
}

// isFreeSense reports whether sense describes a free use of the word
// (freeSenses). Remembered (memo.go).
func isFreeSense(sense string) bool { return senseFacts.of(sense, factFreeSense, isFreeSenseOf) }

// isFreeSenseOf is isFreeSense, computed.
func isFreeSenseOf(sense string) bool {
	for _, p := range boundPrefixes {
		if strings.HasPrefix(sense, p) {
			return false
		}
	}
	// A trailing register note as well: 秊 年 "grain; harvest (old)".
	if strings.HasSuffix(sense, "(old)") || strings.HasSuffix(sense, "(archaic)") || strings.HasSuffix(sense, "(literary)") {
		return false
	}
	return !strings.Contains(sense, "variant of")
}

// defaultGloss is the sense shown on a card when the English side says
// nothing: the first sense that is not a measure-word list.
func defaultGloss(senses []string) string {
	i := defaultSense(senses)
	if i < 0 {
		return ""
	}
	return shortGloss(senses[i])
}

// defaultSense is the index of defaultGloss's sense, -1 if none.
func defaultSense(senses []string) int {
	for i, s := range senses {
		if !strings.HasPrefix(s, "CL:") {
			return i
		}
	}
	if len(senses) > 0 {
		return 0
	}
	return -1
}

// maxGloss is the longest gloss, in bytes, that a card shows.
const maxGloss = 60

// shortGloss cuts a long sense to its first "; "-separated glosses that fit
// maxGloss, or at a word with "…". The glosses kept are a prefix of s,
// returned without a copy.
func shortGloss(s string) string {
	if len(s) <= maxGloss {
		return s
	}
	if strings.HasPrefix(s, "; ") {
		return shortGlossJoin(s) // an empty first gloss is left out
	}
	cut := 0 // s[:cut] are the glosses kept
	for pos := 0; ; {
		i := strings.Index(s[pos:], "; ")
		end := len(s)
		if i >= 0 {
			end = pos + i
		}
		if end > maxGloss {
			break
		}
		cut = end
		if i < 0 {
			break
		}
		pos = end + 2
	}
	if cut > 0 {
		return s[:cut]
	}
	if i := strings.LastIndexByte(s[:maxGloss], ' '); i > 0 {
		return s[:i] + "…"
	}
	return s
}

// shortGlossJoin is shortGloss joining the glosses kept anew.
func shortGlossJoin(s string) string {
	if len(s) <= maxGloss {
		return s
	}
	cut := ""
	for _, part := range strings.Split(s, "; ") {
		next := part
		if cut != "" {
			next = cut + "; " + part
		}
		if len(next) > maxGloss {
			break
		}
		cut = next
	}
	if cut != "" {
		return cut
	}
	if i := strings.LastIndexByte(s[:maxGloss], ' '); i > 0 {
		return s[:i] + "…"
	}
	return s
}

// senseKinds describes the senses of an entry by the kind of word they
// gloss: the fraction that are verbs ("to …"), function words (glossed by
// English function words: "all; both", "because of; for"), particles or
// interjections, and measure words.
type senseKinds struct {
	verb, function, particle, classifier float64
	modal                                bool
	negative                             bool // a negative prefix for verbs: 没 mei2, 不 bu4
	length                               bool // a measure of length: 里 li3 "li"
}

// kindCounts is senseKinds as counts of senses, out of n free senses: what
// entryInfo keeps.
type kindCounts struct {
	verb, function, particle, classifier, n uint16
	modal, negative, length                 bool
}

// kinds returns the senseKinds of k.
func (k kindCounts) kinds() senseKinds {
	sk := senseKinds{verb: float64(k.verb), function: float64(k.function), particle: float64(k.particle),
		classifier: float64(k.classifier), modal: k.modal, negative: k.negative, length: k.length}
	if k.n > 0 {
		n := float64(k.n)
		sk.verb /= n
		sk.function /= n
		sk.particle /= n
		sk.classifier /= n
	}
	return sk
}

// countKinds counts the kinds of the senses of an entry (see senseKinds).
func countKinds(senses []string) kindCounts {
	var k kindCounts
	for _, s := range senses {
		if !isFreeSense(s) {
			continue
		}
		k.n++
		ls := strings.ToLower(s)
		for _, w := range splitWords(ls) {
			if modalWords[w] {
				k.modal = true
			}
		}
		if strings.Contains(ls, "negative prefix") {
			k.negative = true
		}
		switch {
		case strings.Contains(ls, "particle") || strings.Contains(ls, "marker") || strings.Contains(ls, "interjection"):
			k.particle++
		case strings.Contains(ls, "measure of length"):
			k.length = true
		case strings.Contains(ls, "classifier") || strings.Contains(ls, "measure word"):
			k.classifier++
		case strings.HasPrefix(stripBrackets(ls), "to "):
			k.verb++
		default:
			if isFunctionGloss(ls) {
				k.function++
			}
		}
	}
	return k
}

// stripBrackets removes leading "(…)" notes: "(bound form) to walk" → "to walk".
func stripBrackets(s string) string {
	for strings.HasPrefix(s, "(") {
		i := strings.IndexByte(s, ')')
		if i < 0 {
			break
		}
		s = strings.TrimSpace(s[i+1:])
	}
	return s
}

// determinerWords are the English words that count or pick out the noun
// after them (Snowball stop words all, so isGrammarSense takes a sense of
// them for a function word's). Not the comparatives (more, most, less):
// they are adverbs too, 更 "more" before an adjective.
var determinerWords = map[string]bool{
	"few": true, "many": true,
	"some": true, "any": true, "all": true, "both": true, "each": true, "every": true, "other": true,
	"another": true, "several": true, "such": true, "own": true, "same": true, "no": true,
}

// determinerGloss reports whether a gloss is made of determinerWords only
// ("few", "a few"): a sense that modifies a noun, never a preposition
// before its object and a verb.
func determinerGloss(g string) bool {
	ws := splitWords(g)
	n := 0
	for _, w := range ws {
		switch {
		case determinerWords[w]:
			n++
		case w != "a" && w != "an" && w != "the":
			return false
		}
	}
	return n > 0
}

// isGrammarSense reports whether a sense glosses a function word or a
// construction rather than a content word. Remembered (memo.go).
func isGrammarSense(sense string) bool { return senseFacts.of(sense, factGrammar, isGrammarSenseOf) }

// isGrammarSenseOf is isGrammarSense, computed.
func isGrammarSenseOf(sense string) bool {
	ls := strings.ToLower(sense)
	return isFunctionGloss(ls) || strings.HasPrefix(ls, "(used to") || strings.HasPrefix(ls, "(grammatical")
}

// isFunctionGloss reports whether one of the ";"-separated glosses of a
// sense is made only of English function words (Snowball's stop-word list):
// "all; both; entirely", "because of", "still".
func isFunctionGloss(ls string) bool {
	for _, g := range strings.Split(stripBrackets(ls), ";") {
		ws := splitWords(g)
		if len(ws) == 0 {
			continue
		}
		all, glue := true, true
		for _, w := range ws {
			if !snowball.IsStopWord(w) && !extraFunction[w] {
				all = false
				break
			}
			glue = glue && glueWords[w]
		}
		if all && !glue {
			return true
		}
	}
	return false
}

// modalWords are the English modal verbs.
var modalWords = map[string]bool{"must": true, "ought": true, "should": true, "can": true, "may": true}

// extraFunction are adverbs Snowball's stop-word list lacks.
var extraFunction = map[string]bool{"still": true, "also": true, "even": true, "already": true, "yet": true, "ever": true, "never": true, "always": true, "must": true, "could": true, "would": true, "may": true, "might": true, "shall": true, "whether": true, "however": true, "therefore": true}

// posFit rates how well an entry suits gse's part of speech for the word.
func posFit(pos string, k senseKinds) float64 {
	if pos == "" {
		return 0
	}
	switch {
	case strings.HasPrefix(pos, "v"):
		return k.verb
	case strings.HasPrefix(pos, "u"), pos == "y", pos == "e", pos == "o":
		return k.particle
	case pos == "q":
		return k.classifier
	case pos == "d", pos == "p", pos == "c", pos == "r":
		return k.function
	case strings.HasPrefix(pos, "n"), pos == "a", pos == "s", pos == "f", pos == "t", pos == "b":
		return 1 - k.verb - k.function - k.particle
	}
	return 0
}

// sideWeight is how much the reading of the pair a token's character makes
// with its neighbour's says: fully when the neighbour stands alone, as the
// pair may be a word the segmenter did not know; less when the neighbour
// belongs to a word of its own (取得|了: 得了 de2 liao3 is not what is
// written).
func sideWeight(neighbour string) float64 {
	if utf8.RuneCountInString(neighbour) > 1 {
		return 0.5
	}
	return 1
}

// afterDe reports whether 的 stands right before the word before the token.
func afterDe(nb *neighbours) bool {
	if nb.sn == nil {
		return false
	}
	seen := false
	for j := nb.k - 1; j >= 0; j-- {
		t := nb.sn.toks[j].Text
		if isBlank(t) {
			continue
		}
		if seen {
			return t == "的"
		}
		seen = true
	}
	return false
}

// lastRuneOf returns the last rune of s.
func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// boundSuffixAt reports whether token k, a single character, closes a
// word of several characters right before it: a compound the segmenter
// cut, whose last character is a bound form of a noun (退货 率 "return
// rate": 率 lü4 "(bound form) ratio; rate", not shuai4 "to lead").
func boundSuffixAt(sn *sentence, k int) bool {
	j := hanAt(sn, k, -1)
	return j >= 0 && j == k-1 && utf8.RuneCountInString(sn.toks[j].Text) > 1
}
