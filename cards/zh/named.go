package zh

import (
	"strings"

	"cika/cards/wordnet"
)

// The Chinese itself often says which sense a verb has, by what it acts
// on: 接电话 is 接 "to answer (the phone)", not the dictionary's first "to
// receive"; 订报纸 "to subscribe to (a newspaper etc)", 刮风 "to blow (of
// the wind)". CC-CEDICT names those objects in the sense's brackets (the
// bracketWords that the English may say, english.go), and the words
// around the token gloss them: 电话 "phone call". Where the English says
// too little to choose, a sense whose brackets a nearby noun names is
// the one.

// namedBefore and namedAfter are how many words before and after the
// token, within its clause, may name a sense's bracket: the subject of
// "(of the wind)" just before it, an object a few words on (接一下电话,
// 订了一份报纸).
const (
	namedBefore = 1
	namedAfter  = 4
)

// namedSense returns the first plain verb sense of in, fitting nb, whose
// bracket words a noun near the token glosses (not a noun's or an
// adjective's: 智能系统 is not 智能 "smart (phone, system, bomb etc)") (see namedBefore); -1 if
// none, or if nb does not know the sentence.
func (a *Analyzer) namedSense(in *entryInfo, nb *neighbours) int {
	if nb == nil || nb.sn == nil || !in.hasBracketWords() {
		return -1
	}
	for i := range in.senses {
		m, j, _ := in.senseAt(i)
		if m == nil || m.brackets == nil || len((*m.brackets)[j]) == 0 || !in.marks[i].verb || in.marks[i].marked || !in.needFits(i, nb) {
			continue
		}
		if a.nearbyNames(nb.sn, nb.k, (*m.brackets)[j]) {
			return i
		}
	}
	return -1
}

// hasBracketWords reports whether a sense of in has bracket words.
func (in *entryInfo) hasBracketWords() bool {
	return in.m1 != nil && in.m1.brackets != nil || in.m2 != nil && in.m2.brackets != nil
}

// nearbyNames reports whether a noun within namedBefore words before
// token k of sn or namedAfter after it, in its clause, has a content word
// of ws in its glosses.
func (a *Analyzer) nearbyNames(sn *sentence, k int, ws []bracketWord) bool {
	look := func(j int) (stop, found bool) {
		t := sn.toks[j].Text
		if isBlank(t) {
			return false, false
		}
		if !isHan(firstRune(t)) {
			return true, false // punctuation, Latin text: another clause
		}
		return false, a.glosses(sn, j, ws)
	}
	// Each way from the token, up to its reach or the clause's end.
	for _, way := range [2]struct{ step, reach int }{{-1, namedBefore}, {1, namedAfter}} {
		j := k + way.step
		if way.step < 0 {
			j = beforePlacePhrase(sn, k)
		}
		for n := 0; j >= 0 && j < len(sn.toks) && n < way.reach; j += way.step {
			stop, found := look(j)
			if found {
				return true
			}
			if stop {
				break
			}
			if p := sn.posOf(a, j); way.step > 0 || p != "d" && p != "t" && !adverbialAmounts[sn.toks[j].Text] && !intentWords[sn.toks[j].Text] && !dateAt(sn, j) {
				n++ // (an adverb, a time, a date or a modal after the subject: 房价又跌了, 价格一下子跌了, 公司明年要上市, 护照下个月三号就到期了)
			}
		}
	}
	return false
}

// dateAt reports whether token j is a day of the month or its number: 号
// or 日 after a numeral (十五 号), or the numeral before them; gse tags
// neither a time.
func dateAt(sn *sentence, j int) bool {
	t := sn.toks[j].Text
	if t == "号" || t == "日" {
		return j > 0 && numeralWord(sn.toks[j-1].Text)
	}
	return numeralWord(t) && j+1 < len(sn.toks) && (sn.toks[j+1].Text == "号" || sn.toks[j+1].Text == "日")
}

// intentWords stand between a subject and its verb saying what is meant,
// likely or due: 公司明年要上市, 公司打算在香港上市, 价格可能会跌, 贷款快到期了.
var intentWords = map[string]bool{
	"要": true, "会": true, "能": true, "想": true, "打算": true, "准备": true, "计划": true,
	"可能": true, "将": true, "将要": true, "即将": true, "就要": true, "快要": true, "快": true, "希望": true,
}

// beforePlacePhrase returns the index of the token before a phrase of 在
// (在 and at most two words of place) that ends right before token k, or
// k-1 if there is none: the place names nothing the verb does (公司打算
// 明年在纽约上市: 纽约 "New York" is no "new product").
func beforePlacePhrase(sn *sentence, k int) int {
	for j := k - 2; j >= 0 && j >= k-3; j-- {
		if sn.toks[j].Text == "在" {
			return j - 1
		}
	}
	return k - 1
}

// glosses reports whether token j of sn is a noun (gse's tag; and its
// head entry's first sense is no verb) whose head entry has a content
// word of ws in its glosses. (Not an adjective or adverb: 做好 does not
// name 做's "(of a person) to be (an intermediary, a good student etc)",
// nor 一起 "in the same place" 去's "to go to (a place)".)
func (a *Analyzer) glosses(sn *sentence, j int, ws []bracketWord) bool {
	p := sn.posOf(a, j)
	if !strings.HasPrefix(p, "n") && p != "v" && p != "vn" && p != "s" {
		return false
	}
	hi := a.nounHead(sn, j)
	if hi == nil || !strings.HasPrefix(p, "n") && !nounish(hi.senses[0]) {
		// (gse tags 签证 "visa" a verb, 高中 a place: the dictionary's
		// first sense, a noun, makes it one.)
		return false
	}
	for _, m := range [2]*senseMatcher{hi.m1, hi.m2} {
		if m == nil {
			break
		}
		words := m.words()
		for _, g := range m.glosses() {
			for k := int(g.start); k < int(g.start+g.content); k++ {
				kin := bracketKin[m.word(words, k)]
				for _, bw := range ws {
					if uint8(words[k].h8) == bw.h8 && m.word(words, k) == bw.stem || clippedSynonym(bw.stem, m.word(words, k)) || kin == bw.stem {
						return true
					}
				}
			}
		}
		if m.brackets != nil && bracketsName(*m.brackets, ws) {
			// A noun's own brackets say what kind of thing it is:
			// 纪录片 "documentary (film or TV program)" names 拍's "to
			// shoot (a film)".
			return true
		}
	}
	return false
}

// bracketKin maps a noun's gloss word to the bracket word of a verb's
// sense that names its kind, where neither the word nor WordNet's synonyms
// say it: a video is shot as a film is (拍视频 "to shoot (a film)"), a
// university attended as a school is (念大学, 读大学 "to attend (a
// school)"). Stems, as the matchers keep them.
var bracketKin = func() map[string]string {
	m := map[string]string{}
	for w, b := range map[string]string{
		"video": "film", "university": "school", "college": "school", "kindergarten": "school",
		"selfie": "photo",
	} {
		m[stem(w)] = stem(b)
	}
	return m
}()

// bracketsName reports whether a bracket word of a noun's senses, bs (not
// a leading "(of …)", which says what the sense is said of), is one of ws.
func bracketsName(bs [][]bracketWord, ws []bracketWord) bool {
	for _, b := range bs {
		for _, x := range b {
			if x.of {
				continue
			}
			for _, bw := range ws {
				if x.h8 == bw.h8 && x.stem == bw.stem {
					return true
				}
			}
		}
	}
	return false
}

// nounHead returns what the rules ask of token j's head entry when its
// first sense is no verb's (a noun's, as 地铁 "subway" or 火车 "train"),
// nil otherwise or where the lexicon lacks the word (no entry to gloss it).
func (a *Analyzer) nounHead(sn *sentence, j int) *entryInfo {
	hi := a.headAt(sn, j)
	if hi == nil {
		return nil
	}
	if len(hi.senses) == 0 || isVerbSense(hi.senses[0]) {
		return nil
	}
	return hi
}

// clippedSynonym reports whether bracket word b is a clipped form of
// gloss word w that WordNet knows as its synonym: "(a photo)" is named by
// 照片 "photograph" (拍照片, 照了几张照片 "to take (a photo)"); so the other
// way, a gloss word clipped: 合影 "group photo" names "(photographs)"
// (把这张合影洗出来 "to develop (photographs)"). The prefix test comes
// first: WordNet is asked about few pairs.
func clippedSynonym(b, w string) bool {
	if len(w) < len(b) {
		b, w = w, b
	}
	return len(b) >= 4 && len(w) > len(b) && strings.HasPrefix(w, b) && wordnet.Relate(b, w) == wordnet.Synonym
}
