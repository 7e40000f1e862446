package zh

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"cika/cards/wordnet"
)

// TestSingleSynonyms checks that a single character's one-word verb is
// said by a synonym (修 "to repair" by "fixing"), and that a verb marked
// after its gloss is not (去 "to die (euphemism)" by "expired").
func TestSingleSynonyms(t *testing.T) {
	for _, c := range []struct {
		sense string
		want  bool
	}{
		{"to repair", true},
		{"to fix; to mend", true},
		{"to die (euphemism)", false},
		{"to act as", false},
		{"to go to (a place)", false},
		{"lightning", false},
	} {
		if got := narrowVerb(c.sense); got != c.want {
			t.Errorf("narrowVerb(%q) = %v, want %v", c.sense, got, c.want)
		}
	}
	for _, c := range []struct {
		sense string
		want  bool
	}{
		{"seldom", true},
		{"often; frequently", true},
		{"few", false},
		{"just; only a short while ago", false},
		{"(literary) suddenly", false},
	} {
		if got := adverbOnly(c.sense); got != c.want {
			t.Errorf("adverbOnly(%q) = %v, want %v", c.sense, got, c.want)
		}
	}
	for _, c := range []struct{ w, want string }{{"dinner's", "dinner"}, {"john’s", "john"}, {"boss", "boss"}} {
		if got := withoutS(c.w); got != c.want {
			t.Errorf("withoutS(%q) = %q, want %q", c.w, got, c.want)
		}
	}
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"我的电脑坏了，得修一下。", "My computer is broken, it needs fixing.", "修", "to repair"},
		{"你能帮我修自行车吗？", "Can you fix my bike?", "修", "to repair"},
		{"我的护照过期了，得去办一个新的。", "My passport has expired; I have to get a new one.", "去", "to go"},
		{"我爷爷很少出门。", "My grandpa rarely goes out.", "少", "seldom"},
		{"饭好了，来吃吧。", "Supper's on the table, come and eat.", "饭", "meal"},
		{"我中午吃了饭。", "I had lunch at noon.", "饭", "meal"},
		// Not by a noun another word took: "cities" is 城市's, and says
		// no "metropolis" of 都 (du1).
		{"很多城市都在发展。", "Many cities are developing.", "都", "all; both"},
		{"他极具说服力。", "He is able to persuade anyone.", "具", "to possess"},
	})
}

// TestParticles checks phrasal glosses: "along" makes no phrase of "to
// take along" (带 is "take your keys"), and a verb said without its adverb
// particle or another gloss of its sense is weak evidence ("told" is 说
// "to say", not "to scold; to tell off"; "poured" still 倒 "to pour out").
func TestParticles(t *testing.T) {
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"出门别忘了带钥匙。", "Don't forget to take your keys when you go out.", "带", "to take along"},
		{"他带我们去参观工厂。", "He took us on a tour of the factory.", "带", "to take along"},
		{"我跟他说过了。", "I've told him already.", "说", "to speak; to talk; to say"},
		{"她给客人倒了一杯茶。", "She poured a cup of tea for the guest.", "倒", "to pour out"},
	})
}

// TestDerivedBrackets checks that what a sense is about, named in its
// brackets, is said by another form of the word ("prescribed" for 开's
// "(a prescription …)", "windy" for "to blow (of the wind)"), but not by
// the word itself where an earlier word took it, nor by a hedge ("I don't
// think" names no "(a thought or moral)"), which relates to no gloss at
// all.
func TestDerivedBrackets(t *testing.T) {
	for _, w := range []string{"think", "know", "mean", "guess", "suppose", "believe"} {
		if !hedges[stem(w)] {
			t.Errorf("hedges lacks the stem of %q (%q)", w, stem(w))
		}
	}
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"医生给我开了一些药。", "The doctor prescribed me some medicine.", "开", "to write out (a prescription"},
		{"外面刮大风了，多穿点衣服。", "It's really windy out there, put on more clothes.", "刮", "to blow"},
		{"明天下午我们要开一个会。", "Tomorrow afternoon we are going to hold a meeting.", "一个", "a; an; one"},
		{"而且我觉得说它现在没发挥作用是不公平的。", "And I don't think it's fair to say that it's not delivering at the moment.", "发挥", "to bring out implicit or innate qualities"},
		// A hedge relates to nothing: "I think" does not say 考虑 "to
		// think over" where "consider" says "to consider".
		{"我认为需要考虑的是成本。", "I think one thing to consider is the cost.", "考虑", "to consider"},
	})
}

// TestBetterSaid checks the tie between senses the English says in full:
// the gloss said in more words wins ("open minded" is 开放 "to be
// open-minded", not "to open"; "east side" 东边 "east side"), light verbs
// aside ("it makes sense to use" keeps 使用 "to use", not "to make use
// of").
func TestBetterSaid(t *testing.T) {
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"她对新想法持开放态度。", "She is open minded about new ideas.", "开放", "to be open-minded"},
		{"他住在城市的东边。", "He lives on the east side of the city.", "东边", "east side"},
		{"直接使用开源模型也许更合理。", "Maybe it makes sense just to use open source models.", "使用", "to use"},
	})
}

// TestPhraseRelated checks that related words score a phrase's words
// said without its function words as the words themselves do (结果
// "outcome; result", not "as a result", for "the results of"), and that
// "classifier for" has no function word to miss (岁 "classifier for
// years (of age)" after a numeral, whatever "years" says of 年).
func TestPhraseRelated(t *testing.T) {
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"这次调查的结果让大家很吃惊。", "The results of the survey surprised everyone.", "结果", "outcome; result"},
		{"我女儿比我儿子小两岁。", "My daughter is two years younger than my son.", "岁", "classifier for years"},
	})
}

// TestVerbOfANoun checks that a verb sense of an English word SemCor tags
// mostly as a noun relates it (cards/wordnet's markCommon counts a verb's
// share among the word's verb tags): "cope with" says 应对 "to handle; to
// deal with", deal the verb, not "to answer; to reply".
func TestVerbOfANoun(t *testing.T) {
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"我们必须应对这些挑战。", "We have to cope with these challenges.", "应对", "to handle; to deal with"},
	})
}

// TestPhrasalVerbs checks that a phrasal verb of the English, inflected or
// around an object pronoun or noun, says a gloss's synonym of it ("put off" 延期
// "to postpone", not the first "to delay"; "brought up" 提到 "to raise (a
// subject)"), and that a verb of three words is not its first two: "come
// up with" is no "come up" (出 "to arise; to occur").
func TestPhrasalVerbs(t *testing.T) {
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"比赛因为下雨延期了。", "The match was put off because of the rain.", "延期", "to postpone"},
		{"我们只好延期了。", "We'll have to put it off.", "延期", "to postpone"},
		{"他在会上提到了这个问题。", "He brought up this problem at the meeting.", "提到", "to raise (a subject)"},
		{"他在会上提到了这个问题。", "He mentioned this problem at the meeting.", "提到", "to mention"},
		{"公司研发出一种新药。", "The company has come up with a new drug.", "出", "(used after a verb"},
		{"他出了个好主意。", "He came up with a good idea.", "出", "(出…主意) to come up with ideas"}, // the split 出主意 (splitverb.go)
		// The particle after a determiner and a noun; no verb of three
		// words after an object.
		{"我们把会议延期了。", "We put the meeting off.", "延期", "to postpone"},
		{"他在会上提到了这个问题。", "He brought the issue up at the meeting.", "提到", "to raise (a subject)"},
	})
}

// TestAdverbsByGloss checks that an English adverb WordNet defines by
// another in its first sense's gloss says the sense glossed by that one:
// "usually" (generally: "usually; as a rule") says 一般 "generally".
func TestAdverbsByGloss(t *testing.T) {
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"我一般七点起床。", "I usually get up at seven.", "一般", "generally"},
		{"周末我一般在家。", "I'm usually at home at weekends.", "一般", "generally"},
	})
}

// TestAdverbDerived checks that an English adverb says a sense glossed by
// its synonym (an adverb) over one glossed by the adjective it derives
// from: "truly" is 实在 "really", not "true".
func TestAdverbDerived(t *testing.T) {
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"我实在不明白。", "I truly don't understand.", "实在", "really"},
		{"我实在太累了。", "I'm truly exhausted.", "实在", "really"},
	})
}

// BenchmarkRelGroups measures finding the meaning groups of an English
// side (its words, "X of Y" phrases and phrasal verbs: relGroups), once per
// pair, on the English sides of the seed's pairs. One op is one side.
func BenchmarkRelGroups(b *testing.B) {
	pairs := seedPairs(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		newEnglish(pairs[i%len(pairs)].EN).relGroups()
	}
}

// TestSupplementRelations checks that relations of English WordNet lacks
// (cards/wordnet/supplement.txt) say a gloss: "strengths" says 优点
// "strong point" (strength~strong), "the web" 网络 "Internet"; and that a
// light verb's phrase is looked up whole: "make sure" says 保证 "to
// ensure" (make sure~ensure), not its first verb "to guarantee".
func TestSupplementRelations(t *testing.T) {
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"你的优点是什么？", "What are your strengths?", "优点", "strong point"},
		{"这家公司的优点是服务好。", "This company's strength is its good service.", "优点", "strong point"},
		{"每个人都有自己的长处。", "Everyone has their own strengths.", "长处", "strong points"},
		{"你要保证数据是正确的。", "You have to make sure the data is correct.", "保证", "to ensure"},
		{"出门前一定要保证门锁好了。", "Make sure the door is locked before you go out.", "保证", "to ensure"},
		{"网络上什么都有。", "You can find everything on the web.", "网络", "Internet"},
		{"这个决定是基于事实的。", "This decision is based on facts.", "基于", "on the basis of"},
		{"我给你们做个演示。", "Let me give you a demo.", "演示", "demonstration"},
		// Light verbs' phrases that say what their words say already.
		{"你要照顾好自己。", "Take good care of yourself.", "照顾", "to take care of"},
		{"别担心，我会处理的。", "Don't worry, I'll take care of it.", "处理", "to handle; to deal with"},
		{"他们在准备考试。", "They are getting ready for the exam.", "准备", "to prepare"},
		{"他拿了一本书。", "He took a book.", "拿", "to take"},
	})
}

// TestSingleVerbPhrases checks that a single character's verb glossed by
// a WordNet lemma of several words is said by that lemma's synonyms:
// "memorize" says 背 "to learn by heart" (a synonym by supplement.txt),
// "rely on" 靠 "to depend on", "switch on" 开 "to turn on".
func TestSingleVerbPhrases(t *testing.T) {
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"我每天背二十个单词。", "I memorize twenty words every day.", "背", "to learn by heart"},
		{"我在背课文。", "I'm memorizing the text.", "背", "to learn by heart"},
		{"你能背这首诗吗？", "Can you recite this poem from memory?", "背", "to recite from memory"},
		{"我们只能靠自己。", "We can only rely on ourselves.", "靠", "to depend on"},
		{"把电视开了吧。", "Switch on the TV.", "开", "to turn on"},
		{"这就看天气了。", "It depends on the weather.", "看", "to depend on"}, // (要看 is a headword, the unit)
	})
}

// TestGroupSet checks the English side's set of meaning groups (groupSet,
// hasGroup) against a binary search of its groups sorted, as relation did:
// one english reused for every seed pair (its slots stamped from pair to
// pair), asked every group of the pair, of the pair before, of all its
// words (content or not) and their neighbours in the numbering; and its
// list of groups distinct.
func TestGroupSet(t *testing.T) {
	pairs := seedPairs(t)
	x := &english{}
	var prev []wordnet.Group
	asked := 0
	for i, p := range pairs {
		x.reset(p.EN)
		gs := slices.Clone(x.relGroups())
		sorted := slices.Clone(gs)
		slices.Sort(sorted)
		if len(slices.Compact(slices.Clone(sorted))) != len(sorted) {
			t.Fatalf("pair %d: groups repeat: %v", i, gs)
		}
		var all []wordnet.Group // the groups of all its words
		for _, w := range x.words {
			all = append(all, englishGroups.of(withoutS(w))...)
		}
		for _, set := range [][]wordnet.Group{gs, prev, all} {
			for _, g := range set {
				for _, q := range []wordnet.Group{g, g + 1, g - 1, g ^ 1<<20} {
					_, want := slices.BinarySearch(sorted, q)
					if got := x.hasGroup(q); got != want {
						t.Fatalf("pair %d (%q): hasGroup(%v) = %v, want %v", i, p.EN, q, got, want)
					}
					asked++
				}
			}
		}
		prev = gs
	}
	if asked < 10000 {
		t.Fatalf("only %d groups asked", asked)
	}
	// When the stamps wrap, the slots of the pair stamped 1 long ago are
	// stale too.
	x.reset(pairs[0].EN)
	old := slices.Clone(x.relGroups())
	for i := range x.groupSet.slots {
		x.groupSet.slots[i].stamp = 1
	}
	x.groupSet.stamp = ^uint32(0)
	x.reset(pairs[1].EN)
	sorted := slices.Sorted(slices.Values(x.relGroups()))
	for _, g := range slices.Concat(old, sorted) {
		if _, want := slices.BinarySearch(sorted, g); x.hasGroup(g) != want {
			t.Fatalf("after the stamps wrapped: hasGroup(%v) = %v", g, !want)
		}
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
			if int(rt.nWord) != len(word) || int(rt.nGloss) != len(gloss) || !slices.Equal(rt.text, text) {
				t.Fatalf("%s: relTable of %d words, %d glosses, %q; want %d, %d, %q", in.name, rt.nWord, rt.nGloss, rt.text, len(word), len(gloss), text)
			}
			for k, want := range word {
				if got := rt.wordGroups(k); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: word %d (%q) groups %v, want %v", in.name, k, text[k], got, want)
				}
			}
			for gi, want := range gloss {
				if got := rt.phraseGroups(gi); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: gloss %d groups %v, want %v", in.name, gi, got, want)
				}
			}
			if cap(rt.flat) != len(rt.flat) || cap(rt.text) != len(rt.text) {
				t.Fatalf("%s: lists of %d/%d, %d/%d", in.name, len(rt.flat), cap(rt.flat), len(rt.text), cap(rt.text))
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
	ws := x.words
	g, phrase := x.contentGroups(nil, nil) // (no word set asked there)
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

// contentGroupsByLookup is contentGroups as it found each word's groups,
// by a lookup in englishGroups with the test of the word made there: the
// reference of TestWordGroups.
func contentGroupsByLookup(x *english) []wordnet.Group {
	ws := x.words
	content := func(i int) bool {
		w := withoutS(ws[i])
		return len(w) > 2 && isASCIILetters(w) && x.wordStems[i] != "" && !hedges[x.wordStems[i]]
	}
	var g []wordnet.Group
	for i, w := range ws {
		if !content(i) {
			continue
		}
		w = withoutS(w)
		g = append(g, englishGroups.of(w)...)
		if i+2 < len(ws) && ws[i+1] == "of" && content(i+2) {
			g = append(g, englishGroups.of(w+" of "+withoutS(ws[i+2]))...)
		}
	}
	return g
}

// TestWordGroups checks the groups contentGroups reads from the English
// words' stemmed (english.wordGroups, roleRelated) against looking each
// word up, on the English of the test sentences and of sentences with a
// hedge, a possessive, pinyin and "X of Y": the same groups in the same
// order, and every kind of word met.
func TestWordGroups(t *testing.T) {
	sides := []string{"I think one thing to consider is the cost", "Dinner's ready", "It is pronounced jue2",
		"From my point of view", "I can't go", "I'd like a coffee", "What did you do today?"}
	for _, p := range testSentences(t) {
		sides = append(sides, p[1])
	}
	x := &english{}
	var related, hedged, other int
	for _, en := range sides {
		x.reset(en)
		if len(x.wordGroups) != len(x.words) {
			t.Fatalf("%q: groups of %d words, want %d", en, len(x.wordGroups), len(x.words))
		}
		got, _ := x.contentGroups(nil, nil)
		if want := contentGroupsByLookup(x); !slices.Equal(got, want) {
			t.Fatalf("%q: groups %v, want %v", en, got, want)
		}
		for i, st := range x.wordStems {
			switch {
			case st != "" && x.wordRoles[i]&roleRelated != 0:
				related++
			case hedges[st]:
				hedged++
			default:
				other++
			}
		}
	}
	if related == 0 || hedged == 0 || other == 0 {
		t.Fatalf("words: %d related, %d hedges, %d others", related, hedged, other)
	}
}
