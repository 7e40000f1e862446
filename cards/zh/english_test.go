package zh

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"cika/cards/wordnet"
)

// besideRef is english.beside on strings.
func (x *english) besideRef(st string, funcs []string) bool {
	for i, w := range x.words {
		if englishStems.stemOf(w, fnv32(w)).stem != st && !x.verbStemIs(i, st) {
			continue
		}
		if i+len(funcs) < len(x.words) && slices.Equal(x.words[i+1:i+1+len(funcs)], funcs) {
			return true
		}
		if len(funcs) == 1 && slices.Contains(x.words[min(i+2, len(x.words)):min(i+particleReach+1, len(x.words))], funcs[0]) {
			return true
		}
		if i > 0 && x.words[i-1] == funcs[len(funcs)-1] {
			return true
		}
	}
	return false
}

// glossSeparators are where a sense splits into its alternative glosses
// outside brackets; glossSplitter splits as forGlosses does without a
// regexp (compiled at every start of cika, it was built for the tests
// only).
var glossSeparators = regexp.MustCompile(`;|,| or `)

var glossSplitter = splitterFunc(func(s string) []string {
	// The separators found in s with its bracketed parts masked, unless
	// it is all in brackets.
	mask, depth := []byte(s), 0
	if !strings.ContainsFunc(outsideBrackets(s), unicode.IsLetter) {
		return glossSeparators.Split(s, -1)
	}
	for i, c := range mask {
		switch {
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth = max(depth-1, 0)
		case depth > 0:
			mask[i] = 'x'
		}
	}
	var out []string
	beg := 0
	for _, m := range glossSeparators.FindAllIndex(mask, -1) {
		out = append(out, s[beg:m[0]])
		beg = m[1]
	}
	return append(out, s[beg:])
})

// refGlosses is glossSplitter's parts of sense with a choice of
// prepositions after " or " made whole, as forMatchGlosses gives them to
// compileSenses.
func refGlosses(sense string) []string {
	parts := glossSplitter.Split(sense, -1)
	out := slices.Clone(parts)
	off := 0
	for i, p := range parts[:len(parts)-1] {
		off += len(p)
		if strings.HasPrefix(sense[off:], " or ") {
			out[i+1] = prepositionChoice(p, parts[i+1])
			off += len(" or ")
		} else {
			off++
		}
	}
	return slices.DeleteFunc(out, isLabel)
}

// splitterFunc gives a function the Split method of a regexp.
type splitterFunc func(string) []string

func (f splitterFunc) Split(s string, _ int) []string { return f(s) }

// senseScoreRef is senseScore as it was before senses were compiled: split
// and stem the sense at every call. TestCompiledSensesMatch checks the
// compiled form against it.
func (x *english) senseScoreRef(sense string) float64 {
	if len(x.stems) == 0 {
		return 0
	}
	best := 0.0
	for _, part := range refGlosses(intensifiersDropped(sense)) {
		content, matched, light, olds, numerals, function, fmatched := 0, 0, 0, 0, 0, 0, 0
		var first string
		var funcs []string
		for _, w := range glossWords(part) {
			if st := glossStem(w); st != "" {
				if content == 0 {
					first = st
				}
				content++
				if x.hasStem(st, hash8(st)) && !(content == 1 && isVerbSense(sense) && !copulaSense(sense) && x.adjectival(st)) {
					matched++
					if lightVerb(st) {
						light++
					} else if st == oldStem {
						olds++
					} else if x.bareNumeral(st) {
						numerals++
					}
				}
			} else if !glueWords[w] {
				funcs = append(funcs, w)
				function++
				if x.hasWord(w, hash8(w)) {
					fmatched++
				}
			}
		}
		if content == 0 && function == 0 && isDoGloss(glossWords(part)) {
			function++ // mainDo: see compileSenses
			if x.hasWord(mainDo, hash8(mainDo)) {
				best = max(best, doSaid)
			}
			continue
		}
		if light+olds+numerals == matched && matched < content {
			matched = 0 // a light verb, "old" or a numeral alone: see senseScore
		}
		particleSaid := slices.ContainsFunc(funcs, func(w string) bool {
			return adverbParticles[w] && x.besideRef(first, []string{w})
		})
		switch {
		case content == 1 && matched == 1 && light == 1 && slices.ContainsFunc(funcs, func(w string) bool { return adverbParticles[w] }) && !particleSaid:
			// a light verb without its particle: see senseScore
		case content > 0 && matched == content && function > 0 && fmatched < function && nGlosses(sense) > 1 && slices.ContainsFunc(funcs, func(w string) bool {
			return adverbParticles[w] && !x.hasWord(w, hash8(w))
		}):
			best = max(best, phraseMissing)
		case content > 0 && matched == content && function > 0 && (fmatched < function || content == 1 && !x.besideRef(first, funcs)):
			best = max(best, phraseShort)
		case content > 0:
			best = max(best, float64(matched)/float64(content))
		case function > 0 && fmatched < function && isVerbSense(sense):
			// a verb phrase of function words in part: see senseScore
		case function > 0:
			best = max(best, float64(fmatched)/float64(function))
		}
	}
	bw, said := bracketWords(sense), false
	for _, w := range bw {
		said = said || x.hasStem(w.stem, hash8(w.stem))
	}
	said = said || len(bw) > 0 && bw[0].of && x.writesBracket(ofWords(bw))
	switch {
	case best < bracketEvidence && said:
		best = bracketEvidence
	case best == 1 && !said && len(bw) > 0 && bw[0].of:
		best = restrictedShort
	}
	return best
}

// TestCompiledSensesMatch scores every sense of a sample of CC-CEDICT
// entries against English sentences made of words of those senses, and
// compares the compiled scores with the string-based ones exactly.
func TestCompiledSensesMatch(t *testing.T) {
	a := analyzer(t)
	entries := a.dict.Entries
	step := len(entries) / 3000
	var ens []*english
	for _, s := range []string{
		"", "I want to see the king and the monarch", "Both of them are entirely right.",
		"And together with you, because of that.", "He plays the guitar; she sings.",
		"to be or not to be", "Large-scale models of language, a pattern (mold).",
	} {
		ens = append(ens, newEnglish(s))
	}
	n := 0
	for i := 0; i < len(entries); i += step {
		e := &entries[i]
		ss := e.Senses()
		// An English side made of this entry's own sense words, so that
		// matches are common.
		own := newEnglish(strings.Join(ss, " "))
		half := newEnglish(strings.Join(ss[:(len(ss)+1)/2], " "))
		m := compileSenses(ss)
		if int(m.nSenses) != len(ss) {
			t.Fatalf("%s: %d senses compiled, want %d", e.Simp, int(m.nSenses), len(ss))
		}
		for _, x := range append(ens, own, half) {
			for j, s := range ss {
				got, want := 0.0, x.senseScoreRef(s)
				if len(x.stems) > 0 {
					got = x.senseScore(m, j)
				}
				if want > 0 && !x.mayMatch(m) {
					t.Fatalf("%s sense %q scores %v against %v, but mayMatch says no", e.Simp, s, want, x.stems)
				}
				if got != want {
					t.Fatalf("%s sense %q (sense %d of %q), English %v: compiled score %v, want %v", e.Simp, s, j, ss, x.stems, got, want)
				}
				if want > 0 {
					n++
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d positive scores compared; the test compares too little", n)
	}
}

// TestForGlosses checks forGlosses against glossSplitter on every sense of
// the dictionary and a few edge cases.
func TestForGlosses(t *testing.T) {
	a := analyzer(t)
	check := func(s string) {
		var got []string
		forGlosses(s, func(p string) { got = append(got, p) })
		if want := glossSplitter.Split(s, -1); !slices.Equal(got, want) {
			t.Fatalf("forGlosses(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"", ";", ",,", " or ", "a or or b", "king or monarch", "x; y, z or w", " or", "or ",
		"to write out (a prescription, check, invoice etc)", "(x; y) z, w", "a (b, (c; d) e) f; g", ") a, b", "(x, y or z)", "(x) (y; z)", "(x) y, (z; w)"} {
		check(s)
	}
	for i := range a.dict.Entries {
		for _, s := range a.dict.Entries[i].Senses() {
			check(s)
		}
	}
}

// TestLongEnglish checks the maps that index a long English side against
// scans of its lists.
func TestLongEnglish(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 300; i++ {
		name := fmt.Sprintf("Zh%cng%c", 'a'+rune(i%26), 'a'+rune(i/26))
		if i%7 == 0 {
			name = strings.ToUpper(name) // a second spelling of an earlier name
		}
		fmt.Fprintf(&b, "%s runs quickly to the %dth station; ", name, i)
	}
	x := newEnglish(b.String())
	if x.stemSet == nil || x.wordSet == nil || x.capIndex == nil {
		t.Fatal("a long English side is not indexed")
	}
	want := map[string]string{}
	forWords(b.String(), func(w string) {
		if lw := strings.ToLower(w); len(w) >= 3 && w[0] >= 'A' && w[0] <= 'Z' && isASCIILetters(lw) {
			want[lw] = w
		}
	})
	if len(x.caps) != len(want) {
		t.Fatalf("%d capitalised words, want %d", len(x.caps), len(want))
	}
	for lw, orig := range want {
		if got, ok := x.capital(lw); !ok || got != orig {
			t.Fatalf("capital(%q) = %q %v, want %q", lw, got, ok, orig)
		}
	}
	scan := *x
	scan.stemSet, scan.wordSet, scan.capIndex = nil, nil, nil
	for _, w := range append(x.words, "absent", "stations", "zhxngz") {
		if x.hasWord(w, hash8(w)) != scan.hasWord(w, hash8(w)) {
			t.Fatalf("hasWord(%q) differs", w)
		}
		st := stem(w)
		if x.hasStem(st, hash8(st)) != scan.hasStem(st, hash8(st)) {
			t.Fatalf("hasStem(%q) differs", st)
		}
	}
	x.release()
	if x.stemSet != nil || x.capIndex != nil {
		t.Fatal("release keeps the maps")
	}
}

// TestShortGlossPrefix checks that shortGloss, which returns the glosses it
// keeps as a prefix of the sense, gives what joining them gives, on every
// sense of the dictionary and a few edge cases.
func TestShortGlossPrefix(t *testing.T) {
	a := analyzer(t)
	long := strings.Repeat("x", maxGloss+5)
	check := func(s string) {
		if got, want := shortGloss(s), shortGlossJoin(s); got != want {
			t.Fatalf("shortGloss(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{
		"", "short", long, "a; " + long, "; " + long, "; ; a; " + long, "ab; ; cd; " + long,
		strings.Repeat("word ", 20), strings.Repeat("ab; ", 20), long + "; a",
	} {
		check(s)
	}
	for i := range a.dict.Entries {
		for _, s := range a.dict.Entries[i].Senses() {
			check(s)
		}
	}
}

func TestComparativeBase(t *testing.T) {
	for w, want := range map[string]string{
		"bigger": "big", "larger": "large", "largest": "large", "easier": "easy", "happiest": "happy", "earlier": "early",
		"better": "", "other": "", "number": "", "water": "", "bee": "", "ber3": "",
	} {
		if got := comparativeBase(w); got != want {
			t.Errorf("comparativeBase(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestDropIntensifiers(t *testing.T) {
	for in, want := range map[string]string{
		"We need it right now.":           "We need it now.",
		"Right after this, Right away.":   "after this, away.",
		"That's the right answer, right?": "That's the right answer, right?",
		"Alright then.":                   "Alright then.",
		"Right now we can.":               "now we can.",
		"Turn right at the bank.":         "Turn right at the bank.",
	} {
		if got := dropIntensifiers(in); got != want {
			t.Errorf("dropIntensifiers(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMainDo checks which forms of "do" the English side counts as its
// verb (mainDo), and that one says 干 "to do"; and that "would like" says
// "want".
func TestMainDo(t *testing.T) {
	for _, c := range []struct {
		en   string
		main bool
	}{
		{"What did you do today?", true},
		{"I did my homework.", true},
		{"What are you doing?", true},
		{"Let me do it.", true},
		{"Did the train leave?", false},
		{"Why does he want to go?", false},
		{"I don't know.", false},
		{"You do not understand.", false},
		{"Do you like it?", false},
	} {
		if got := newEnglish(c.en).hasWord(mainDo, hash8(mainDo)); got != c.main {
			t.Errorf("%q: main-verb do %v, want %v", c.en, got, c.main)
		}
	}
	a := analyzer(t)
	for _, c := range []struct{ zh, en, word, gloss string }{
		{"你今天干了什么？", "What did you do today?", "干", "to do"},
		{"我想点一杯咖啡。", "I'd like to order a cup of coffee.", "想", "to want"},
	} {
		found := false
		for _, tk := range a.Analyze(c.zh, c.en) {
			if tk.Text == c.word {
				found = true
				if !strings.Contains(tk.Gloss, c.gloss) || !tk.Evidence {
					t.Errorf("%s in %s / %q: gloss %q (evidence %v), want %q by the English", c.word, c.zh, c.en, tk.Gloss, tk.Evidence, c.gloss)
				}
			}
		}
		if !found {
			t.Errorf("%s is not a token of %s", c.word, c.zh)
		}
	}
}

// TestBracketWords checks which bracketed words of a sense name what it
// is about, and that the English saying them chooses the sense.
func TestBracketWords(t *testing.T) {
	for _, c := range []struct {
		sense string
		want  string // the stems, space-separated
	}{
		{"dish (of food) (CL:樣|样[yang4],道[dao4])", "food"},
		{"to wear; to put on (clothes, shoes etc.)", "cloth shoe"},
		{"to write out (a prescription, check, invoice etc)", "prescript check invoic"},
		{"(computing) to access (a website)", "websit"},
		{"(after a verb) completed action", ""},
		{"(bound form) this; these (followed by a classifier) (in this sense, commonly pr. [zhei4], esp. in Beijing)", ""},
		{"hither (directional complement for motion toward the speaker, as in 回來|回来[hui2 lai5])", ""},
		{"(completed action marker)", ""}, // all in brackets: forGlosses's
		{"older (than another person)", ""},
	} {
		var got []string
		for _, w := range bracketWords(c.sense) {
			got = append(got, w.stem)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("bracketWords(%q) = %q, want %q", c.sense, g, c.want)
		}
	}
	a := analyzer(t)
	for _, c := range []struct{ zh, en, word, gloss string }{
		{"这家餐厅的菜特别好吃。", "The food at this restaurant is especially good.", "菜", "dish"},
		{"你穿这件衣服很好看。", "You look good in these clothes.", "穿", "to wear"},
		{"昨天这里发生了一起交通事故。", "There was a traffic accident here yesterday.", "一起", "a case of"},
		// A sense restricted by "(of …)" to things the English does not
		// name yields to an unrestricted one said as well.
		{"你穿这件衣服很好看。", "You look good in these clothes.", "好看", "good-looking"},
		{"这部电影很好看。", "This movie is really good.", "好看", "(of a movie"},
	} {
		if gloss, ok := tokenGloss(t, a, c.zh, c.en, c.word); ok && !strings.Contains(gloss, c.gloss) {
			t.Errorf("%s in %s / %q: gloss %q, want %q", c.word, c.zh, c.en, gloss, c.gloss)
		}
	}
}

// nGlosses is the number of glosses of sense that compileSenses keeps.
func nGlosses(sense string) int {
	n := 0
	for _, part := range refGlosses(intensifiersDropped(sense)) {
		content, function := 0, 0
		gw := glossWords(part)
		for _, w := range gw {
			if glossStem(w) != "" {
				content++
			} else if !glueWords[w] {
				function++
			}
		}
		if content+function > 0 || isDoGloss(gw) {
			n++
		}
	}
	return n
}

// TestNegatedModals checks that "won't" says "will" and "can't" says "not
// able" (不会 "not able"), an "able" that no word other than a negated
// modal takes (智能 stays "intelligent").
func TestNegatedModals(t *testing.T) {
	if x := newEnglish("He won't come."); !x.hasWord("will", hash8("will")) || !x.hasWord("not", hash8("not")) {
		t.Errorf(`"won't": words %q, want "will" and "not" among them`, x.words)
	}
	a := analyzer(t)
	for _, c := range []struct{ zh, en, word, gloss string }{
		{"这个问题太难了，我不会做。", "This problem is too hard, I can't do it.", "不会", "not able"},
		{"我们不能开发超级智能。", "We couldn't build superintelligence.", "智能", "intelligent"},
	} {
		if gloss, ok := tokenGloss(t, a, c.zh, c.en, c.word); ok && !strings.HasPrefix(gloss, c.gloss) {
			t.Errorf("%s in %s / %q: gloss %q, want %q", c.word, c.zh, c.en, gloss, c.gloss)
		}
	}
}

// TestFormGloss checks that "form" outside brackets is a word of meaning
// (形式 "form"), not CC-CEDICT's notation as in "(bound form)".
func TestFormGloss(t *testing.T) {
	if ws := glossWords("(bound form) shop; form"); !slices.Equal(ws, []string{"shop", "form"}) {
		t.Errorf("glossWords: %q, want [shop form]", ws)
	}
	a := analyzer(t)
	if gloss, ok := tokenGloss(t, a, "音乐是一种艺术形式。", "Music is a form of art.", "形式"); ok && gloss != "form" {
		t.Errorf("形式 in 音乐是一种艺术形式: gloss %q, want \"form\"", gloss)
	}
}

// TestEnglishWords checks the words the English side adds for what
// CC-CEDICT glosses in other words (alsoSays): low quality says "inferior"
// (差 "not up to standard; inferior", read cha4 even after 太 where chai1
// "to send" won), leaving a gloss that says the word itself as it is (穷
// "poor"); "bad" says "serious" (重感冒), "vulnerability" "loophole"; the
// verb "book" says 订 "to order", and no other word's "order" (去 "to go
// in order to do sth").
func TestEnglishWords(t *testing.T) {
	a := analyzer(t)
	checkReadingGloss(t, a, []readingGloss{
		{"那家餐馆的菜太差了。", "The food at that restaurant is terrible.", "差", "cha4", "not up to standard; inferior"},
		{"我的中文还很差。", "My Chinese is still poor.", "差", "cha4", "not up to standard; inferior"},
		{"他家很穷。", "His family is poor.", "穷", "qiong2", "poor"},
		{"我想订一张明天去上海的火车票。", "I'd like to book a train ticket to Shanghai for tomorrow.", "订", "ding4", "to order"},
		{"我想订一张明天去上海的火车票。", "I'd like to book a train ticket to Shanghai for tomorrow.", "去", "qu4", "to go"},
		{"我们已经订好了机票。", "We've already booked our flights.", "订", "ding4", "to order"},
		{"我弟弟得了重感冒。", "My brother has a bad cold.", "重", "zhong4", "serious"},
		{"这个行李箱很重。", "This suitcase is heavy.", "重", "zhong4", "heavy"},
		{"他们在软件里发现了一个漏洞。", "They found a vulnerability in the software.", "漏洞", "lou4 dong4", "loophole"},
	})
}

// TestEnglishEvidence checks, on pairs of the kind each rule is for, how
// the English side's words are counted:
//   - claims (reclaim, english.take): a word after a single character takes
//     the English the character's sense was chosen by (最 before 顶尖
//     "best"), and any word holding the character its bound form (要 is not
//     "(bound form) important" before 重要 "important"); a word sharing a
//     character leaves a sense that is not a bound form as it was (考试
//     "exam", 考 "to take an exam"), and a verb the object its gloss names
//     (犯 "to make a mistake" before 错误), a measure word its noun (笔
//     before 交易); a claim takes one occurrence of a stem ("older" twice
//     says 姐姐 "older sister" and 大 "older (than another person)");
//   - a comparative before "than" says its adjective even where it is a
//     verb too: "lower than" is 低 "low", not "to lower (one's head)", after
//     要 as before a bare predicate;
//   - an English word standing as an adjective (after "very") does not say
//     the verb of a verb's gloss: "very mature" is 成熟 "mature; ripe", not
//     "to mature; to ripen", before 了 as elsewhere; but a verb's gloss that
//     holds an adverb after its verb is said by it (认真 "to take
//     seriously").
func TestEnglishEvidence(t *testing.T) {
	if !adjectivalRole("very", "mature") || !adjectivalRole("", "clearly") || adjectivalRole("", "mature") || adjectivalRole("", "family") || adjectivalRole("", "temporarily") {
		t.Error("adjectivalRole: want very mature and clearly, not mature alone, family nor temporarily")
	}
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"我下午要交一份很重要的报告。", "I have to hand in a very important report this afternoon.", "要", "(要 + verb)"},
		{"我下午要交一份很重要的报告。", "I have to hand in a very important report this afternoon.", "重要", "important"},
		{"这次考试他考得不错。", "He did well on this exam.", "考", "to take an exam"},
		{"这是市场上最顶尖的产品。", "This is the absolute best product on the market.", "最", "(before an adjective or verb)"},
		{"他昨天犯了一个错误。", "He made a mistake yesterday.", "犯", "to make a mistake"},
		{"这家银行每天处理几千笔交易。", "This bank handles thousands of transactions a day.", "笔", "(classifier) sum of money"},
		{"我姐姐比我大两岁。", "My older sister is two years older than me.", "大", "older (than another person)"},
		{"我姐姐比我大两岁。", "My older sister is two years older than me.", "姐姐", "older sister"},
		{"这次的票价比上次要低。", "The fare this time is lower than last time.", "低", "low"},
		{"他的成绩比我低。", "His marks are lower than mine.", "低", "low"},
		{"我们的产品很成熟了。", "Our product is already very mature.", "成熟", "mature; ripe"},
		{"我们必须认真对待这个问题。", "We must take this problem seriously.", "认真", "to take seriously"},
		// A label is no gloss; "to be" and an adjective are said by the
		// adjective; an example's modifier says nothing of the sense.
		{"这些建议来自我们的客户。", "These suggestions came from our customers.", "来自", "to come from"},
		{"他的想法很开放。", "His thinking is very open.", "开放", "to be open"},
		{"这道菜做得很好。", "This dish is very good.", "做", "to make"},
		// The English word's part of speech breaks a tie of stems.
		{"这里的教育水平很高。", "The educational standard here is high.", "教育", "education"},
		{"他很擅长教育孩子。", "He is good at educating children.", "教育", "to educate"},
		// A word after a determiner is a noun: the noun sense said as
		// well as the verb wins.
		{"下个月你有什么安排吗？", "Do you have any plans for next month?", "安排", "plans"},
		{"她的工作很辛苦。", "Her work is very hard.", "工作", "work"},
		{"我们想学习他们的定位。", "We want to learn from their positioning.", "定位", "position"},
		{"我们计划下个月开业。", "We plan to open next month.", "计划", "to plan"},
		// A gerund after a preposition, with no object of its own, is a
		// noun, though it is a form of the verb's word.
		{"这家网站的钱都来自广告。", "All of this website's money comes from advertising.", "广告", "advertisement"},
		// What gse tags an adverb between 的 and the word modifies a noun.
		{"这就是我的真实想法。", "That's what I really think.", "想法", "way of thinking"},
		// After a noun that names no person, before 是 or an adverb: the
		// head of a noun compound.
		{"我们品牌定位是年轻人。", "Our brand targets young people.", "定位", "position"},
		{"老师定位很准。", "The teacher locates it precisely.", "定位", "to orientate"},
	})
}

// TestGlossParts checks the glosses the English is matched against:
// a choice of prepositions is two glosses of the verb, not a gloss of the
// second preposition alone; a label ("From:") is none.
func TestGlossParts(t *testing.T) {
	var got []string
	forMatchGlosses("to lean against or on; to trust", func(p string) { got = append(got, strings.TrimSpace(p)) })
	if want := []string{"to lean against", "to lean on", "to trust"}; !slices.Equal(got, want) {
		t.Errorf("forMatchGlosses: %q, want %q", got, want)
	}
	for _, c := range [][2]string{{"is able to", "not"}, {"to look at", "about it"}, {"king", "monarch"}} {
		if g := prepositionChoice(c[0], c[1]); g != c[1] {
			t.Errorf("prepositionChoice(%q, %q) = %q, want it unchanged", c[0], c[1], g)
		}
	}
	if !isLabel("From: (in email header)") || isLabel("to come from (a place)") || isLabel("(fig.) x") {
		t.Error("isLabel: want From: only")
	}
	m := compileSenses([]string{"to lean against or on", "to trust"})
	if v := newEnglish("Our sales rely on ads.").senseScore(m, 0); v != 0 {
		t.Errorf(`"rely on" says "to lean against or on" %.2f, want 0`, v)
	}
	if v := newEnglish("Don't lean on the door.").senseScore(m, 0); v != 1 {
		t.Errorf(`"lean on" says "to lean against or on" %.2f, want 1`, v)
	}
}

// TestMayMatchFold checks that the folds mayMatch tests first leave out
// no entry the words themselves would let through: for the matchers of
// every 23rd entry against English sides of several kinds, mayMatch
// answers as it does with folds that meet everything.
func TestMayMatchFold(t *testing.T) {
	a := analyzer(t)
	d := a.Dict()
	sides := []string{
		"She poured the tea and handed me a cup.",
		"We booked a double room for two nights.",
		"The doctor prescribed me some medicine for my cough.",
		"Don't worry, I can't come tomorrow anyway.",
		"The wind blew the old fence down last night.",
		"Their research team developed a new drug against the disease.",
		"How do I get to the railway station from here?",
		"He told me to look after the kids at home.",
		"The company will invest heavily in clean energy and batteries.",
		"What did you do today?",
		"The river froze early this winter, so the boats stayed in port.",
		"Could you turn the music down a little, please?",
	}
	met, skipped := 0, 0
	for _, en := range sides {
		x := newEnglish(en)
		for i := 0; i < len(d.Entries); i += 23 {
			m := a.matcher(&d.Entries[i])
			open := senseMatcher{text: m.text, data: m.data, nSenses: m.nSenses, nGlosses: m.nGlosses,
				sum: m.sum, brackets: m.brackets, verbs: m.verbs, fold: [2]uint64{^uint64(0), ^uint64(0)}}
			want := x.mayMatch(&open)
			if got := x.mayMatch(m); got != want {
				t.Fatalf("%q, %s: mayMatch %v, without the folds %v", en, EntryName(&d.Entries[i]), got, want)
			}
			if want {
				met++
			} else {
				skipped++
			}
		}
	}
	if met < 1000 || skipped < 1000 {
		t.Fatalf("%d matchers may match, %d not: too few of one to test", met, skipped)
	}
}

// TestInformalEnglish checks that a transcript's spoken contractions say
// what they stand for: "gotta" is "have to" (得 dei3, not de2 "to
// obtain"), "wanna" "want to" (想 "to want", not "to think"), "okay" "OK"
// (行 "all right; OK!", not "capable"); words that only contain one are
// left alone.
func TestInformalEnglish(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"We gotta move faster.", "We have to move faster."},
		{"I Wanna go, 'cause it's late.", "I want to go, because it's late."},
		{"It's kinda like an assistant, y'know?", "It's kind of like an assistant, you know?"},
		{"The Tottas gonna-be", "The Tottas going to-be"},
		{"Savanna and Gianna went to Canna.", "Savanna and Gianna went to Canna."},
		{"Okay, alright.", "OK, all right."},
		{"", ""},
	} {
		if got := expandInformal(c.in); got != c.want {
			t.Errorf("expandInformal(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	a := analyzer(t)
	checkReadingGloss(t, a, []readingGloss{
		{"我们得更快一点。", "We gotta move faster.", "得", "dei3", "to have to"},
		{"我们得重新考虑这个问题。", "We gotta rethink this.", "得", "dei3", "to have to"},
		{"我想给你看一样东西。", "I wanna show you something.", "想", "xiang3", "to desire; to want"},
		{"我想跟你谈谈这个。", "I wanna talk to you about this.", "想", "xiang3", "to desire; to want"},
		{"行。", "Okay.", "行", "xing2", "all right; OK!"},
		{"好,我们走吧。", "Alright, let's go.", "好", "hao3", "all right!"},
	})
}

// readingGloss is a token word of zh analysed with en, with the reading it
// must have and the start of its gloss.
type readingGloss struct{ zh, en, word, reading, gloss string }

// checkReadingGloss fails t for each case whose token has another reading
// or a gloss that does not start so, or that is no token at all.
func checkReadingGloss(t *testing.T, a *Analyzer, cases []readingGloss) {
	t.Helper()
	for _, c := range cases {
		found := false
		for _, tk := range a.Analyze(c.zh, c.en) {
			if tk.Text == c.word {
				found = true
				if tk.Reading != c.reading || !strings.HasPrefix(tk.Gloss, c.gloss) {
					t.Errorf("%s in %s / %q: %s %q, want %s %q", c.word, c.zh, c.en, tk.Reading, tk.Gloss, c.reading, c.gloss)
				}
			}
		}
		if !found {
			t.Errorf("%s is not a token of %s", c.word, c.zh)
		}
	}
}

// TestCacheSets checks the two-slot sets of stemCache and groupCache: on
// the English words of the seed's pairs and words made to fall in the
// same set, looked up in turn in one cache, each answer is what a cache
// of its own gives (stem, base, verb; groups), and of two words of one
// slot met in turn, both stay (the same entry is returned again).
func TestCacheSets(t *testing.T) {
	var words []string
	seen := map[string]bool{}
	for _, p := range seedPairs(t) {
		forWords(p.EN, func(w string) {
			if lw := strings.ToLower(w); !seen[lw] {
				seen[lw], words = true, append(words, lw)
			}
		})
	}
	const mask = 1<<14 - 1
	// Words of the slots of the first 200 words: "go" and "go1", "go2" …
	// that fall in its slot or the one beside it.
	for _, w := range slices.Clone(words[:200]) {
		slot := fnv32(w) & mask
		for i, n := 0, 0; n < 2; i++ {
			if v := fmt.Sprint(w, i); fnv32(v)&mask&^1 == slot&^1 {
				words, n = append(words, v), n+1
			}
		}
	}
	// What a cache of its own gives.
	stems, groups := map[string]stemmed{}, map[string][]wordnet.Group{}
	fs, fg := new(stemCache), &groupCache{}
	for _, w := range words {
		clear(fs[:])
		clear(fg.slots[:])
		stems[w], groups[w] = *fs.stemOf(w, fnv32(w)), fg.of(w)
	}
	sc, gc := new(stemCache), &groupCache{}
	for round := range 3 {
		for k, w := range words {
			if k%3 == round { // (a different order each round)
				continue
			}
			got, want := sc.stemOf(w, fnv32(w)), stems[w]
			if !got.is(w) || got.stem != want.stem || got.base != want.base || got.verb != want.verb || got.h != want.h {
				t.Fatalf("stemOf(%q) = %+v, want %+v", w, *got, want)
			}
			if got := gc.of(w); !slices.Equal(got, groups[w]) {
				t.Fatalf("groups of %q: %v, want %v", w, got, groups[w])
			}
		}
	}
	// Two words of one slot, in turn.
	a := "models"
	var b string
	for i := 0; b == ""; i++ {
		if v := fmt.Sprint("x", i); fnv32(v)&mask == fnv32(a)&mask {
			b = v
		}
	}
	pa, ga := sc.stemOf(a, fnv32(a)), gc.of(a)
	sc.stemOf(b, fnv32(b))
	gc.of(b)
	if sc.stemOf(a, fnv32(a)) != pa {
		t.Errorf("stemOf(%q) stemmed again after %q", a, b)
	}
	if g := gc.of(a); len(g) > 0 && &g[0] != &ga[0] {
		t.Errorf("groups of %q found again after %q", a, b)
	}
	if len(ga) == 0 {
		t.Fatalf("%q has no groups", a)
	}
}

// TestAdjectivalRoles checks the roles that reset reads from a word's
// stemmed (adjectivalAfter, after the previous word's roleDegree) against
// adjectivalRole itself, for the English words of the test sentences and
// the words of every 20th entry's glosses, after the adverbs of degree and
// other words.
func TestAdjectivalRoles(t *testing.T) {
	a := analyzer(t)
	words := map[string]bool{}
	add := func(s string) {
		forWords(s, func(w string) { words[strings.ToLower(w)] = true })
	}
	for _, p := range testSentences(t) {
		add(p[1])
	}
	for i := 0; i < len(a.dict.Entries); i += 20 {
		for _, s := range a.dict.Entries[i].Senses() {
			add(s)
		}
	}
	prevs := []string{"", "the", "is", "really", "very"}
	for w := range degreeBefore {
		prevs = append(prevs, w)
	}
	counts := map[string]int{}
	for lw := range words {
		p := englishStems.stemOf(lw, fnv32(lw))
		for _, prev := range prevs {
			pp := englishStems.stemOf(prev, fnv32(prev))
			got, want := p.adjectivalAfter(pp.roles&roleDegree != 0), adjectivalRole(prev, lw)
			if got != want {
				t.Fatalf("%q after %q: adjectivalAfter %v, adjectivalRole %v", lw, prev, got, want)
			}
			switch {
			case p.roles&roleLyAdverb != 0:
				counts[fmt.Sprint("ly ", want)]++
			case want:
				counts["after a degree"]++
			}
		}
	}
	for _, k := range []string{"ly true", "ly false", "after a degree"} {
		if counts[k] == 0 {
			t.Errorf("no word %s checked: %v", k, counts)
		}
	}
}

// TestWordRoles checks the word sets reset reads from a word's stemmed
// (roleBooked, roleAlsoSays, roleCan) against the sets, for the English
// words of the test sentences and the sets' own words.
func TestWordRoles(t *testing.T) {
	words := map[string]bool{"book": true, "can": true}
	for _, p := range testSentences(t) {
		forWords(p[1], func(w string) { words[strings.ToLower(w)] = true })
	}
	for _, set := range []map[string]bool{bookedWords, canWords} {
		for w := range set {
			words[w] = true
		}
	}
	for w := range alsoSays() {
		words[w] = true
	}
	held := map[uint16]int{}
	for lw := range words {
		p := englishStems.stemOf(lw, fnv32(lw))
		for _, c := range []struct {
			role uint16
			want bool
		}{{roleBooked, bookedWords[lw]}, {roleAlsoSays, len(alsoSays()[lw]) > 0}, {roleCan, canWords[lw]}} {
			if got := p.roles&c.role != 0; got != c.want {
				t.Fatalf("%q: role %08b %v, want %v", lw, c.role, got, c.want)
			}
			if c.want {
				held[c.role]++
			}
		}
	}
	if len(held) != 3 {
		t.Errorf("roles held: %v, want all three", held)
	}
}
