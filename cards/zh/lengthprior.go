package zh

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	snowball "github.com/kljensen/snowball/english"

	"cika/cards/dict"
	"cika/cards/wordnet"
)

// unseenPerChar is what the segmenter adds, in nats, to the log
// probability of a headword that neither gse nor open-gram has, for each
// of its characters beyond the first.
//
// The unit a card teaches is the longest CC-CEDICT headword that is right
// in the sentence (testdata/senses/JUDGEMENTS.md), but the unigram model
// weighs words by gse's counts, taken from text that jieba segmented:
// the CC-CEDICT compounds jieba splits (关系到, 起作用, 不舒服, 少放) have
// no count there and get unknownFreq, the lowest of all, so that any cut
// into frequent parts beats them. Per character, so that the prior grows
// with what the split has to explain. Words gse counts keep their counts:
// they compete on evidence; but a count at gse's floor (rareCount: 看球,
// 到齐, 听清) is none, and such a word earns the prior too. (Two nats: on
// the studied gold files 1.5 and 2.5 do as well, 3 worse.)
const unseenPerChar = 2.0

// doneVerbPrior is what lengthPrior adds, beyond unseenPerChar, to an
// unseen verb of two characters whose first is a verb, where it closes
// the run or 了 follows: the verb with its result or object, done (想通了
// "to figure out", 找着了 "to find", 下架了, 刻个章送人 "to give away").
// CC-CEDICT lists these compounds and jieba's text splits them, so that
// the verb and the character after it, each counted, outscore them by 2
// to 4 nats. Within the clause, before an object, the split is likelier
// (来台风 is 来 台风, not 来台 "to Taiwan"); nor is a particle the second
// character (破的 "to hit the target" of 破的 "the torn ones", 完了 of
// 看完了), nor a character a numeral counts (八点见 is 八 点 见, not 点见).
// (On the studied gold files 1.5 gains less; 3.5 no more.)
const doneVerbPrior = 2.5

// priorKind says whether a headword earns the length prior.
type priorKind uint8

const (
	// noPrior: gse or open-gram counts the headword; or its one sense
	// only sends the reader to another (没有关系 "see 没关系", 等一会儿
	// "erhua variant of 等一会"), or its
	// first sense is a note on usage (在那儿 "(adverbial expression …)"):
	// a card could not teach it as a word.
	noPrior         priorKind = iota
	unseenWord                // a headword neither counts
	unseenVerb                // one whose first sense is a verb's ("to …")
	unseenUtterance           // one said as a clause of its own (utterance)
)

// lengthPrior is what the headword of kind k at runes i to j of a run
// adds to its log probability in segment and search. It adds nothing
// where the text says otherwise:
//   - an utterance that is not the whole run: 奶奶的 "damn it!" is a
//     clause of its own, not the 奶奶的 of 奶奶的病;
//   - a word a counted headword crosses from the left (crossedBySeen);
//   - a word gse counts (rareCount times or less) that a counted headword
//     crosses from the right (rareCrossed: 期中考试 is 期中 考试);
//   - a word that is a counted headword and 了 (不行了 "on the point of
//     death", 不见了): the 了 is the particle of that word;
//   - 不X right after X or its first character, an A-not-A question
//     (方便不方便, 值不值得): the 不 denies the X before it, and the
//     question asks both;
//   - 不X, X of two characters or more, right after a character that
//     makes a headword with X's first (听 and 清 make 听清 "to hear
//     clearly"): the 不 of a potential complement, V 不 X, the
//     resultative verb's negative form (我听不清楚 is 听 不 清楚, not 不清楚
//     "unclear");
//   - a word of two characters, the second 得, right before an adverb or
//     an adjective (adverbOrAdjective): the 得 that opens a complement of
//     degree (来得快去得也快 is 去 得 也 快, not 去得 "can go");
//   - a word whose first sense is no verb's right before 得 and a degree
//     adverb, the complement of a verb or a quality (门卡得很紧 is 门 卡
//     得 很 紧, not 门卡 "keycard"; 这几天得多喝水 keeps 这几天, before
//     the modal);
//   - a verb's word right before 去 or 来, which make its verb the first
//     of a series (带孩子去公园 is 带 "to take" the children, not 带孩子
//     "to look after a baby").
//
// A headword gse lacks is no word at all where its first character is
// said again after 了 or 一 (V了V, V一V: the pattern of a verb done
// briefly; the character's part of speech is not asked): 他翻了翻桌上的报纸
// is 翻 了 翻 桌 上, not 翻桌 "to flip a table over"; the repeated verb
// stands alone. (Counted words keep their evidence: 点了点头 keeps 点头
// "to nod".)
func (a *Analyzer) lengthPrior(k priorKind, logp float32, run string, off []int, runes []rune, i, j int) float64 {
	if k == noPrior || k == unseenUtterance && (i > 0 || j < len(runes)) {
		return 0
	}
	if a.crossedBySeen(run, off, runes, i, j) {
		return 0
	}
	if float64(logp) > a.logUnknown+0.5 && a.rareCrossed(run, off, runes, i, j) {
		return 0 // (a word of rareCount: 期中考 before 试, 裁缝师 before 傅)
	}
	if runes[i] == '不' && aNotA(runes, i, j) {
		return 0
	}
	if i >= 2 && runes[i-2] == runes[i] && (runes[i-1] == '了' || runes[i-1] == '一') {
		return math.Inf(-1) // the verb said again, V了V or V一V
	}
	if runes[i] == '不' && i >= 1 && j-i >= 3 && a.long2.get(runes[i-1], runes[i+1]).isWord {
		return 0
	}
	if j-i == 2 && runes[i+1] == '得' && j < len(runes) && a.adverbOrAdjective(run[off[j]:off[j+1]]) {
		return 0
	}
	if j < len(runes) {
		next := runes[j]
		if next == '得' && k != unseenVerb && j+1 < len(runes) && degreeAdverbs[string(runes[j+1])] {
			return 0
		}
		if (next == '去' || next == '来') && k == unseenVerb {
			return 0
		}
	}
	if runes[j-1] == '了' && j-i >= 3 {
		if le, ok := a.lex.get(run[off[i]:off[j-1]]); ok && le.prior == noPrior {
			return 0
		}
	}
	if k == unseenVerb && j-i == 2 && (j == len(runes) || runes[j] == '了') && runes[i+1] != '的' && runes[i+1] != '了' && (i == 0 || !isNumeral(runes[i-1]) && runes[i-1] != '几') && (a.verbHalf(runes[i]) || a.verbChar(run[off[i]:off[i+1]])) {
		return unseenPerChar + doneVerbPrior
	}
	return unseenPerChar * float64(j-i-1)
}

// rareCrossed reports whether a headword gse or open-gram counts, of two
// to four characters, starts inside the word of runes i to j and ends
// after it. For a word gse counts rareCount times or less, its count is
// then the evidence of the split: 期中考试 is 期中 考试 "exam", not 期中考
// "mid-term (exam)" 试; 裁缝师傅 is 裁缝 师傅, not 裁缝师 傅. (A word gse
// lacks keeps its prior there, as before: the left side's evidence alone
// rules it out, crossedBySeen.)
func (a *Analyzer) rareCrossed(run string, off []int, runes []rune, i, j int) bool {
	for k := i + 1; k < j; k++ {
		for m := j + 1; m <= len(runes) && m-k <= 4; m++ {
			if a.countedHeadword(run, off, runes, k, m) {
				return true
			}
		}
	}
	return false
}

// crossedBySeen reports whether a headword gse or open-gram counts, of up
// to four characters, starts before the word of runes i to j and ends
// inside it: the earlier word's evidence is then against the unseen
// word's cut (看不见|了, not 看|不见了; 有没有|什么, not 有|没有什么).
func (a *Analyzer) crossedBySeen(run string, off []int, runes []rune, i, j int) bool {
	for k := max(0, i-3); k < i; k++ {
		for m := i + 1; m < j && m-k <= 4; m++ {
			if a.countedHeadword(run, off, runes, k, m) {
				return true
			}
		}
	}
	return false
}

// countedHeadword reports whether runes k to m (two to four characters)
// are a headword that gse or open-gram counts, and not a proper name's
// only: the evidence that rareCrossed and crossedBySeen look for across a
// word's edge. A name's count is no evidence there: a name's two
// characters meet by chance inside a sentence of common words, as the
// county 子长 in 孩子长高了 (孩子 长高 "to grow taller"). A pair is asked
// of the two-character table, which answers without building the string.
func (a *Analyzer) countedHeadword(run string, off []int, runes []rune, k, m int) bool {
	if m-k == 2 {
		p := a.long2.get(runes[k], runes[k+1])
		return p.isWord && p.prior == noPrior && !a.lex.words[p.id].names
	}
	le, ok := a.lex.get(run[off[k]:off[m]])
	return ok && le.prior == noPrior && !a.lex.words[le.id].names
}

// adverbOrAdjective reports whether gse tags the character c an adverb
// (也, 很) or an adjective (快): what opens a complement of degree after
// 得.
func (a *Analyzer) adverbOrAdjective(c string) bool {
	le, ok := a.lex.get(c)
	if !ok {
		return false
	}
	t := a.w.posNames[le.pos]
	return t == "d" || t == "a"
}

// aNotA reports whether the word 不X at runes i to j follows X, or the
// first character of X: the 不 of an A-not-A question (方便不方便,
// 值不值得).
func aNotA(runes []rune, i, j int) bool {
	n := j - i - 1
	return n > 0 && i >= 1 && (runes[i-1] == runes[i+1] || i >= n && slices.Equal(runes[i-n:i], runes[i+1:j]))
}

// priorOf is the kind of an entry gse and open-gram lack.
func priorOf(e *dict.Entry) priorKind {
	first, n := "", 0
	for s := range e.SensesSeq() {
		if n == 0 {
			first = s
		}
		if n++; n == 2 {
			break
		}
	}
	switch {
	case e.IsName():
		return unseenWord
	case n == 1 && (strings.HasPrefix(first, "see ") || strings.Contains(first, "variant of ")):
		// (An erhua variant too: 等一会儿 "erhua variant of 等一会",
		// which is "Wait a moment!", no verb after 再.)
		return noPrior
	case strings.HasPrefix(first, "(") && strings.HasSuffix(first, ")") && strings.Count(first, "(") == 1:
		return noPrior
	case utterance(first):
		return unseenUtterance
	case isVerbSense(first):
		return unseenVerb
	}
	return unseenWord
}

// utterance reports whether a sense is what one says as a clause of its
// own, as CC-CEDICT writes it: an exclamation ("damn it!", "See you!") or
// a sentence ("Here we go again.", "What's up?"), or a clause on "it is"
// that ends in itself (没有什么 "it is nothing", not the 没有什么 of 没有
// 什么经验); not "God knows..." or "it is said that", a clause that goes
// on.
func utterance(s string) bool {
	if strings.HasSuffix(s, "!") {
		return true
	}
	if (strings.HasPrefix(s, "it is ") || strings.HasPrefix(s, "it's ")) && !strings.HasSuffix(s, " that") && !strings.HasSuffix(s, " to") && !strings.HasSuffix(s, ".") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && (strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?")) && !strings.HasSuffix(s, "..")
}

// unseenNoun is whether the token of headword id, of three characters or
// more, that gse and open-gram lack and that is no verb by its first sense
// (a verb's is tagged v in the lexicon), is a noun by that sense's form
// (nounPhrase): AnalyzeInto tags it n, so that the rules that read a
// neighbour's tag (为 wei4 before 孩子们 "children", 成 "to become" before
// 好朋友 "good friend") see the word the length prior made a token as they
// see the words gse counts. (Two-character words gse lacks are mostly a
// word and its particle or complement, 到了, 得很, 来着, which the rules
// read untagged.) It is found for tokens only: for every headword, it
// was a third of the analyzer's start-up.
func (a *Analyzer) unseenNoun(id int32, text string) bool {
	w := &a.lex.words[id]
	if w.prior != unseenWord || w.pos != 0 || utf8.RuneCountInString(text) < 3 {
		return false
	}
	for s := range a.dict.Entries[w.ref>>1].SensesSeq() {
		return nounPhrase(firstGloss(s))
	}
	return false
}

// nounPhrase reports whether gloss g reads as a noun phrase: its first
// word no function word ("at that time" is an adverbial) and its last word
// no adjective or adverb WordNet knows ("unclear", "abnormal"): "children",
// "good friend".
func nounPhrase(g string) bool {
	ws := splitWords(g)
	if len(ws) == 0 || snowball.IsStopWord(ws[0]) || extraFunction[ws[0]] {
		return false
	}
	return partsOfSpeech(ws[len(ws)-1])&(wordnet.Adj|wordnet.Adv) == 0
}

// verbWithItsObject reports whether the word of lexicon id is a verb gse
// lacks whose first sense holds its object or complement: "to scan a QR
// code" (扫码), "to wait a moment" (等一下), "to flip a table over" (翻桌).
// It is tagged v, as a verb to the words before it (叫 "to ask" before 我
// 等一下), but the word after it is no object of its (扫码付款: 付款 "to
// pay", not "payment"), nor 给 its complement (等一下给你回电话: 给 sb +
// verb): neighbours reads it untagged from there, as before the tag.
func (a *Analyzer) verbWithItsObject(id int32) bool {
	w := &a.lex.words[id]
	if w.prior != unseenVerb {
		return false
	}
	for s := range a.dict.Entries[w.ref>>1].SensesSeq() {
		ws := strings.Fields(stripBrackets(s))
		return len(ws) >= 4 && ws[0] == "to" && objectOpeners[ws[2]]
	}
	return false
}

// objectOpeners are the words that open an object in a CC-CEDICT verb
// sense, third after "to" and the verb: "to scan a QR code", "to turn
// one's back".
var objectOpeners = map[string]bool{"a": true, "an": true, "the": true, "one's": true, "sb": true, "sth": true, "some": true}
