package zh

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"cika/cards/wordnet"
)

// TestPartsOfSpeechMemo checks partsOfSpeech against WordNet on the first
// glosses of every sense of the dictionary, the senses themselves and
// their last words (pieces of the embedded dictionary, which glossParts
// keeps), copies of them (which it does not) and English words, asked in
// two orders: far more pieces than slots, so that slots are taken over
// and a stale answer would show.
func TestPartsOfSpeechMemo(t *testing.T) {
	a := analyzer(t)
	var words []string
	for i := range a.dict.Entries {
		for _, s := range a.dict.Entries[i].Senses() {
			g := firstGloss(s)
			words = append(words, g, s, strings.Clone(g))
			if j := strings.LastIndexByte(g, ' '); j >= 0 {
				words = append(words, g[j+1:])
			}
		}
	}
	for _, p := range seedPairs(t) {
		words = append(words, strings.Fields(strings.ToLower(p.EN))...)
	}
	kept, held, kinds := 0, 0, map[wordnet.POS]bool{}
	for pass := range 2 {
		for _, w := range words {
			want := wordnet.PartsOfSpeech(w)
			key, i, ok := senseSlot(w, posKeyShift)
			if ok {
				kept++
				if glossParts.slots[i].Load()>>posKeyShift == key {
					held++
				}
			}
			if got := partsOfSpeech(w); got != want {
				t.Fatalf("pass %d: partsOfSpeech(%q) = %d, want %d (kept %v)", pass, w, got, want, ok)
			}
			kinds[want] = true
		}
		slices.Reverse(words)
	}
	if kept == 0 || held == 0 || kept == len(words)*2 || len(kinds) < 4 {
		t.Fatalf("%d of %d asks kept, %d held already, %d kinds of answer", kept, 2*len(words), held, len(kinds))
	}
}

// relOfByAppend is relOf's lists as relOf made them before its scratch
// lists, each grown by append: the reference of TestRelOfExact.
func relOfByAppend(senses []string) (word [][]wordnet.Group, text []string, gloss [][]wordnet.Group) {
	var gw []string
	var buf []wordnet.Group
	for _, sense := range senses {
		forMatchGlosses(sense, func(part string) {
			gw = appendGlossWords(gw[:0], part)
			var content, funcs int
			start := len(word)
			for _, w := range gw {
				if glossStem(w) != "" {
					word = append(word, glossGroups.of(w))
					text = append(text, w)
					content++
				} else if !glueWords[w] {
					funcs++
				}
			}
			if content == 0 && funcs == 0 {
				if !isDoGloss(gw) {
					word, text = word[:start], text[:start]
					return
				}
				funcs = 1
			}
			for range funcs {
				word = append(word, nil)
				text = append(text, "")
			}
			var phrase []wordnet.Group
			if len(gw) >= 2 && len(gw) <= 4 {
				buf = wordnet.Groups(buf[:0], strings.Join(gw, " "))
				phrase = groupSet(buf)
			}
			gloss = append(gloss, phrase)
		})
	}
	return word, text, gloss
}

// TestRelOfExact checks the relTables of the matchers of every third
// entry of the dictionary (both of an entry whose meaning is another's)
// against the lists grown by append, and that each list has no room
// beyond its length.
func TestRelOfExact(t *testing.T) {
	a := analyzer(t)
	tables, phrases, empty := 0, 0, 0
	for k := 0; k < len(a.dict.Entries); k += 3 {
		in := a.info(&a.dict.Entries[k])
		off := 0
		for _, m := range [2]*senseMatcher{in.m1, in.m2} {
			if m == nil {
				break
			}
			senses := in.senses[off : off+int(m.nSenses)]
			off += int(m.nSenses)
			rt := relOf(m, senses)
			word, text, gloss := relOfByAppend(senses)
			if !reflect.DeepEqual(rt.word, word) || !slices.Equal(rt.text, text) || !reflect.DeepEqual(rt.gloss, gloss) {
				t.Fatalf("%s: relTable %v %q %v, want %v %q %v", in.name, rt.word, rt.text, rt.gloss, word, text, gloss)
			}
			if cap(rt.word) != len(rt.word) || cap(rt.text) != len(rt.text) || cap(rt.gloss) != len(rt.gloss) {
				t.Fatalf("%s: lists of %d/%d, %d/%d, %d/%d", in.name, len(rt.word), cap(rt.word), len(rt.text), cap(rt.text), len(rt.gloss), cap(rt.gloss))
			}
			tables++
			if len(word) == 0 {
				empty++
			}
			for _, g := range gloss {
				if g != nil {
					phrases++
				}
			}
		}
	}
	if tables < 10000 || phrases == 0 || empty == 0 {
		t.Fatalf("%d tables, %d with phrases, %d empty", tables, phrases, empty)
	}
}

// TestWordRolesRel checks the roles relGroups reads of each English word
// (english.wordRoles) against the word sets they stand for, on the
// English of the test sentences and of sentences that make reset add
// words of its own ("want", "not", "cannot", "able", mainDo, a negated
// modal): every word of every side has its roles, and each role is held
// by some word.
func TestWordRolesRel(t *testing.T) {
	sets := []struct {
		words map[string]bool
		role  uint16
	}{
		{phrasalParticles, rolePhrasal}, {lightVerbForms, roleLightVerb}, {objectPronounsEn, roleObjectPronoun},
		{nounDeterminersEn, roleNounDeterminer}, {auxiliariesEn, roleAuxiliary}, {adverbParticles, roleAdverbParticle},
		{phrasalObjects, rolePhrasalObject},
	}
	sides := []string{"I'd like a coffee", "I can't go", "You don't know", "What did you do today?", "It won't rain",
		"They made sure of it", "Put the meeting off", "Figure it out", "He came up with an idea", "We took care of them"}
	for _, p := range testSentences(t) {
		sides = append(sides, p[1])
	}
	x := &english{}
	held := map[uint16]int{}
	added := map[string]bool{}
	for _, en := range sides {
		x.reset(en)
		if len(x.wordRoles) != len(x.words) {
			t.Fatalf("%q: %d roles for %d words %q", en, len(x.wordRoles), len(x.words), x.words)
		}
		for i, w := range x.words {
			added[w] = true
			for _, set := range sets {
				if got := x.wordRoles[i]&set.role != 0; got != set.words[w] {
					t.Fatalf("%q word %d %q: role %016b %v, want %v", en, i, w, set.role, got, !got)
				}
				if set.words[w] {
					held[set.role]++
				}
			}
		}
	}
	for _, w := range []string{"want", "not", "cannot", "able", mainDo, "will"} {
		if !added[w] {
			t.Errorf("no side had %q among its words", w)
		}
	}
	if len(held) != len(sets) {
		t.Errorf("roles held: %v, want all %d", held, len(sets))
	}
}

// relGroupsByMaps is relGroups as it asked the word sets, by map
// lookups: the reference of TestRelGroupsRoles. It returns the groups in
// the order relGroups gathers them, before the set keeps each once.
func relGroupsByMaps(x *english) []wordnet.Group {
	var g []wordnet.Group
	ws := x.words
	var phrase []byte
	// Content words of letters only: digits and pinyin ("jue2") are no
	// English word WordNet knows, and looking them up costs.
	// (A possessive or "is" after a noun counts its noun: "Dinner's
	// ready" says "dinner". A hedge counts nothing: "I think one thing
	// to consider" says 考虑 "to consider", not "to think over".)
	content := func(i int) bool {
		w := withoutS(ws[i])
		return len(w) > 2 && isASCIILetters(w) && x.wordStems[i] != "" && !hedges[x.wordStems[i]]
	}
	for i, w := range ws {
		if !content(i) {
			continue
		}
		w = withoutS(w)
		g = append(g, englishGroups.of(w)...)
		switch {
		case i+2 < len(ws) && ws[i+1] == "of" && content(i+2):
			phrase = append(append(append(phrase[:0], w...), " of "...), withoutS(ws[i+2])...)
			g = append(g, englishGroups.of(unsafe.String(&phrase[0], len(phrase)))...)
		}
	}
	// Phrasal verbs: a verb and its particle, or the particle after an
	// object pronoun or a determiner and a noun ("put it off", "turned
	// the offer down"), as WordNet's lemma of the two ("brought up" is
	// "bring up"). Translators say a gloss's verb so: "the match was put
	// off" says 延期 "to postpone", "he brought up this problem" 提到 "to
	// raise (a subject)". (Light verbs too: "take over", "get by".)
	for i := 0; i+1 < len(ws); i++ {
		k := i + 1
		switch {
		case objectPronounsEn[ws[k]] && k+1 < len(ws) && adverbParticles[ws[k+1]]:
			k++
		case nounDeterminersEn[ws[k]] && k+2 < len(ws) && adverbParticles[ws[k+2]] && isASCIILetters(ws[k+1]):
			k += 2 // "put the meeting off"
		}
		if !phrasalParticles[ws[k]] || len(ws[i]) < 2 || auxiliariesEn[ws[i]] || !isASCIILetters(ws[i]) {
			continue
		}
		phrase = append(append(append(phrase[:0], ws[i]...), ' '), ws[k]...)
		if k == i+1 && k+1 < len(ws) && phrasalObjects[ws[k+1]] {
			// A verb of three words is not its first two: "come up
			// with an idea" is no "come up" (to arise), "catch up
			// with" is WordNet's own lemma. (Not after an object:
			// "brought the issue up at the meeting".)
			phrase = append(append(phrase, ' '), ws[k+1]...)
		}
		g = append(g, englishGroups.of(unsafe.String(&phrase[0], len(phrase)))...)
	}
	// A light verb and the word after it, as WordNet's lemma of the two
	// or, before a preposition, of the three ("made sure", "take care
	// of", "paid attention to"): the phrase says the gloss's verb, which
	// its words alone do not (the light verb says nothing): "make sure
	// the door is locked" says 保证 "to ensure".
	for i := 0; i+1 < len(ws); i++ {
		if !lightVerbForms[ws[i]] || phrasalParticles[ws[i+1]] || !isASCIILetters(ws[i+1]) {
			continue // (a particle makes a phrasal verb, above)
		}
		phrase = append(append(append(phrase[:0], ws[i]...), ' '), ws[i+1]...)
		if i+2 < len(ws) && phrasalObjects[ws[i+2]] {
			n := len(phrase)
			phrase = append(append(phrase, ' '), ws[i+2]...)
			if gs := englishGroups.of(unsafe.String(&phrase[0], len(phrase))); len(gs) > 0 {
				g = append(g, gs...)
				continue
			}
			phrase = phrase[:n]
		}
		g = append(g, englishGroups.of(unsafe.String(&phrase[0], len(phrase)))...)
	}
	return g
}

// TestRelGroupsRoles checks relGroups, which reads the word sets of phrasal
// and light verbs from english.wordRoles, against the same gathering by
// map lookups, on the English of the test sentences and phrasal verbs of
// each kind.
func TestRelGroupsRoles(t *testing.T) {
	sides := []string{"Put the meeting off", "Figure it out", "He came up with an idea", "We took care of them",
		"They made sure the door was locked", "She paid attention to it", "He brought the issue up", "I can't go",
		"We get by on little", "He took in the view", "Make it up to her"}
	for _, p := range testSentences(t) {
		sides = append(sides, p[1])
	}
	x := &english{}
	var set groupTable
	var bits bits1k
	phrasal := 0
	for _, en := range sides {
		x.reset(en)
		want := relGroupsByMaps(x)
		want = set.fill(nil, want, &bits)
		if got := x.relGroups(); !slices.Equal(got, want) {
			t.Fatalf("%q: groups %v, want %v", en, got, want)
		}
		if strings.Contains(en, " off") || strings.Contains(en, " up") {
			phrasal++
		}
	}
	if phrasal == 0 {
		t.Fatal("no phrasal verb met")
	}
}

// TestQuestionTwinEntry checks entryInfo.questionTwin, which
// questionTwinAsked reads, against the test of the first sense it stands
// for, on every entry of the dictionary.
func TestQuestionTwinEntry(t *testing.T) {
	a := analyzer(t)
	twins := 0
	for i := range a.dict.Entries {
		in := a.info(&a.dict.Entries[i])
		want := len(in.senses) > 0 && strings.HasPrefix(in.senses[0], "variant of 哪")
		if in.questionTwin != want {
			t.Fatalf("%s: questionTwin %v, want %v", in.name, in.questionTwin, want)
		}
		if want {
			twins++
		}
	}
	if twins == 0 {
		t.Fatal("no entry is a spelling of 哪")
	}
}
