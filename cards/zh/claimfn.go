package zh

import (
	"slices"
	"strings"

	"cika/cards"
)

// An English function word says one Chinese word of the pair. Where a
// single character took its sense from function words of the English
// only ("all", "at", "for") and other words of the pair translate each of
// them whole (the first gloss of their chosen sense is that word alone:
// 都 "all; both", 全 "(全 + verb) all; entire", 在 "at; in; on"), the word
// is theirs, and the character is chosen again without it
// (reclaimFunctionWords): 一咬全是汤 / "it's all soup" is 全's "all", not
// 一 "entire; whole; all"; 在养老院当护理员 / "a carer at a nursing home"
// is 在's "at", not 当 dang4 "at or in the very same...". Content words
// are claimed by english.used (claim, reclaim), and only by words of
// several characters; function words were claimed by no one, so a
// character whose gloss holds one took it from whichever word it belonged
// to. (Letting single characters claim content words as well changed 66
// senses of the train pairs, most of them wrongly: 睡 "to sleep" took
// 睡好觉's "sleep" from 觉, 门 "classifier for … courses" 课's "course".)

// reclaimFunctionWords chooses again, with those words taken
// (english.fnTaken), each single character whose English evidence is
// function words that other words of the pair translate whole, as many
// times as the English says them.
func (a *Analyzer) reclaimFunctionWords(sn *sentence, en *english, nbBuf *neighbours) {
	var taken [4]string
	for _, p := range en.picks {
		t := &sn.toks[p.k]
		if !t.Evidence || t.Sense < 0 || strings.Contains(t.Gloss, "?") {
			// (A question's word is the question's: "Huh? What did you
			// say?" is 啊 a2 "what?" beside 什么 "what?".)
			continue
		}
		ws := en.functionEvidence(p.in, t.Sense, taken[:0])
		if len(ws) == 0 || !functionWordsClaimed(sn, p.k, en, ws) {
			continue
		}
		*t = cards.Token{Text: t.Text}
		en.fnTaken = append(en.fnTaken[:0], ws...)
		a.fill(sn, p.k, en, nbBuf)
		en.fnTaken = en.fnTaken[:0]
	}
}

// functionEvidence appends to dst the function words by which the English
// says sense i of in, when it says the sense by nothing else: the words
// of its glosses made of function words only, all said. It returns dst
// unchanged when a content word of the sense is said (that evidence is
// the sense's own) or no such gloss is said whole.
func (x *english) functionEvidence(in *entryInfo, i int, dst []string) []string {
	m, j, _ := in.senseAt(i)
	if m == nil {
		return dst
	}
	words := m.words()
	n := len(dst)
	for _, g := range m.senseGlosses(j) {
		start := int(g.start)
		for k := start; k < start+int(g.content); k++ {
			if x.stemBits.has(uint8(words[k].h8)) && slices.Contains(x.stems, m.word(words, k)) {
				return dst[:n]
			}
		}
		if g.content > 0 || g.function == 0 {
			continue
		}
		all := true
		for k := start; k < start+int(g.function); k++ {
			if !x.hasWord(m.word(words, k), uint8(words[k].h8)) {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		for k := start; k < start+int(g.function); k++ {
			if w := m.word(words, k); !slices.Contains(dst[n:], w) && len(dst) < cap(dst) {
				dst = append(dst, w)
			}
		}
	}
	return dst
}

// functionWordsClaimed reports whether each of ws is translated whole by
// as many words of sn other than the one at k, and sharing no character
// with it, as the English says it: the first gloss of their chosen sense
// is the word alone (在 "at; in; on (a place or time)" translates "at",
// not "in"; any gloss changed 8 more senses of the train pairs, 3 wrongly:
// 越…越 "the more", 在…上 "on").
//
// A word whose next word the English says right after w while the next
// word of the character does not (in order, as a phrase is translated)
// does not claim w: 他一晚上都没睡 / "He didn't sleep all night" leaves
// "all" to 一 before 晚上 "night", not to 都 before 没; 在养老院当护理员 /
// "a carer at a nursing home" gives "at" to 在 before 养老院 "nursing
// home" (当's next word 护理 says "nursing" too: a tie is the claimant's).
func functionWordsClaimed(sn *sentence, k int, en *english, ws []string) bool {
	self := sn.toks[k].Text
	for _, w := range ws {
		need := countOf(en.words, w)
		selfNext := -1 // whether the character's next word says w's next word (-1 not yet asked)
		for j := range sn.toks {
			if need <= 0 {
				break
			}
			o := &sn.toks[j]
			if j == k || o.Gloss == "" || strings.ContainsAny(o.Text, self) || !glossIsWord(o.Gloss, w) {
				continue
			}
			if selfNext < 0 {
				selfNext = 0
				if en.nextSaidBy(w, sn, k) {
					selfNext = 1
				}
			}
			if selfNext == 1 && !en.nextSaidBy(w, sn, j) {
				continue
			}
			need--
		}
		if need > 0 {
			return false
		}
	}
	return true
}

// glossIsWord reports whether the first of the glosses of gloss
// (forMatchGlosses) is function word w alone.
func glossIsWord(gloss, w string) bool {
	found, first := false, true
	var buf [8]string
	forMatchGlosses(gloss, func(part string) {
		if !first {
			return
		}
		first = false
		n := 0
		one := ""
		for _, g := range appendGlossWords(buf[:0], part) {
			if glueWords[g] {
				continue
			}
			n++
			one = g
		}
		found = n == 1 && one == w && glossStem(one) == ""
	})
	return found
}

// nextSaidBy reports whether, after an occurrence of w in the English,
// the next word (past articles) is a content word of the gloss of the Han
// word after token k.
func (x *english) nextSaidBy(w string, sn *sentence, k int) bool {
	n := k + 1
	if n >= len(sn.toks) || sn.toks[n].Gloss == "" {
		return false
	}
	var buf [16]string
	gw := appendGlossWords(buf[:0], sn.toks[n].Gloss)
	for i, lw := range x.words {
		if lw != w {
			continue
		}
		j := i + 1
		for j < len(x.words) && (x.words[j] == "a" || x.words[j] == "an" || x.words[j] == "the") {
			j++
		}
		if j == len(x.words) || x.wordStems[j] == "" {
			continue
		}
		for _, g := range gw {
			if glossStem(g) == x.wordStems[j] {
				return true
			}
		}
	}
	return false
}
