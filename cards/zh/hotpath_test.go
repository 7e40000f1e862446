package zh

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"cika/cards"
	"cika/cards/dict"
)

// TestAnalyzeInto checks that AnalyzeInto, given the memory of the pair
// before's tokens (longer or shorter, every field set), gives what Analyze
// gives: no field of the pair before may show through.
func TestAnalyzeInto(t *testing.T) {
	a := analyzer(t)
	pairs := tatoebaPairs(t, a, 200)
	pairs = append(pairs, [2]string{"他说", "He said"}, [2]string{"我们明天在北京的银行见面，好吗？", "Shall we meet at the bank in Beijing tomorrow?"})
	var buf []cards.Token
	reused := 0
	for _, p := range pairs {
		want := a.Analyze(p[0], p[1])
		for i := range buf[:cap(buf)] {
			// Every field set, as no analysis sets them all.
			buf[:cap(buf)][i] = cards.Token{Text: "x", Word: "x", Trad: "x", Reading: "x1", Gloss: "x", Senses: []string{"x"},
				Sense: 7, Entry: "x", Evidence: true, Name: true}
		}
		got := a.AnalyzeInto(buf[:0], p[0], p[1])
		if len(got) > 0 && cap(buf) >= len(got) && &got[0] == &buf[:1][0] {
			reused++
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("AnalyzeInto(%q, %q) = %+v, Analyze gives %+v", p[0], p[1], got, want)
		}
		if cap(got) > cap(buf) {
			buf = got[:0]
		}
	}
	if reused < len(pairs)/2 {
		t.Fatalf("the memory given was reused for %d pairs of %d", reused, len(pairs))
	}
}

// TestMayMatchSum checks that a long senseMatcher's summary (sum) answers
// mayMatch as testing its words one by one does, for every entry of a
// long matcher against English sides that match some of them and not
// others.
func TestMayMatchSum(t *testing.T) {
	a := analyzer(t)
	pairs := tatoebaPairs(t, a, 300)
	d := a.Dict()
	var long []*senseMatcher
	for i := range d.Entries {
		// Only entries of many senses have long matchers: 打, 上, 开…
		if e := &d.Entries[i]; len(e.Senses()) > 4 {
			if m := a.matcher(e); m.sum != nil {
				long = append(long, m)
			}
		}
	}
	if len(long) < 10 {
		t.Fatalf("%d long matchers, want at least 10", len(long))
	}
	yes, no := 0, 0
	for _, p := range pairs {
		x := newEnglish(p[1])
		for _, m := range long {
			plain := &senseMatcher{text: m.text, data: m.data, nSenses: m.nSenses, nGlosses: m.nGlosses, brackets: m.brackets,
				fold: [2]uint64{^uint64(0), ^uint64(0)}} // (folds that meet everything: the words alone decide)
			got, want := x.mayMatch(m), x.mayMatch(plain)
			if got != want {
				t.Fatalf("mayMatch of %q against %q: %v with the sum, %v word by word", m.text, p[1], got, want)
			}
			if want {
				yes++
			} else {
				no++
			}
		}
	}
	if yes == 0 || no == 0 {
		t.Fatalf("mayMatch said yes %d times and no %d times: the test needs both", yes, no)
	}
	t.Logf("%d long matchers, %d yes, %d no", len(long), yes, no)
}

// TestSpanCache checks that span gives the same keys from its cache as by
// searching, for the pairs of characters of the ctx and phrase-pair tables
// (each asked three times, from many slots, so that slots are replaced) and
// for pairs they lack.
func TestSpanCache(t *testing.T) {
	a := analyzer(t)
	for _, tb := range []*table{&a.w.ctx, &a.pairs.t} {
		if tb.spans == nil {
			t.Fatal("no span cache")
		}
		plain := &table{keys: tb.keys, vals: tb.vals, first: tb.first}
		found := 0
		for round := range 3 {
			for i := round; i < len(tb.keys); i += 331 {
				for _, lo := range []uint64{tb.keys[i] &^ 0xffff, tb.keys[i]&^0xffff ^ 1<<17} {
					got, want := tb.span(lo, lo|0xffff), plain.span(lo, lo|0xffff)
					if len(got.keys) != len(want.keys) || len(got.keys) > 0 && (&got.keys[0] != &want.keys[0] || &got.vals[0] != &want.vals[0]) {
						t.Fatalf("span of %x: %d keys, want %d", lo, len(got.keys), len(want.keys))
					}
					found += len(got.keys)
				}
			}
		}
		if found == 0 {
			t.Fatal("no keys found")
		}
	}
}

// hasQuestionMark answers as strings.ContainsAny(s, "?？") does, on
// sides with either mark, both, neither, other full-width punctuation that
// shares the mark's first byte (，！) and a cut mark.
func TestHasQuestionMark(t *testing.T) {
	for _, s := range []string{"", "?", "？", "好吗？", "好吗?", "Is it?", "你好，我叫李明！", "（好）", "\xef\xbc", "\xef\xbc\x9f", "a？b?c", "没问题。"} {
		if got, want := hasQuestionMark(s), strings.ContainsAny(s, "?？"); got != want {
			t.Errorf("hasQuestionMark(%q) = %v, ContainsAny says %v", s, got, want)
		}
	}
}

// The rune sets written as switches answer as strings.ContainsRune on the
// set they replaced does, for every rune.
func TestRuneSets(t *testing.T) {
	sets := []struct {
		name string
		is   func(rune) bool
		set  string
	}{
		{"numeralRune", numeralRune, "零〇一二两三四五六七八九十百千万亿几半数0123456789"},
		{"negation", negation, "不没未非无沒無"},
		{"adverbChar", adverbChar, "才总都也还只又再就便却"},
		{"modalChar", modalChar, "能会要可该"},
		{"countingRune", countingRune, "一二两三四五六七八九十百千万亿几每这那哪某半第整"},
	}
	for _, s := range sets {
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if got, want := s.is(r), strings.ContainsRune(s.set, r); got != want {
				t.Fatalf("%s(%q) = %v, want %v", s.name, r, got, want)
			}
		}
	}
}

// isBlank answers as strings.TrimSpace(s) == "" does, and firstRune as
// utf8.DecodeRuneInString, on every string of one to three bytes that
// opens with a byte above ASCII (their fast paths read the first bytes),
// and on ASCII and spaces.
func TestBlankFirstRune(t *testing.T) {
	check := func(s string) {
		if got, want := isBlank(s), strings.TrimSpace(s) == ""; got != want {
			t.Fatalf("isBlank(%q) = %v, want %v", s, got, want)
		}
		if got, want := firstRune(s), func() rune { r, _ := utf8.DecodeRuneInString(s); return r }(); got != want {
			t.Fatalf("firstRune(%q) = %U, want %U", s, got, want)
		}
	}
	for _, s := range []string{"", " ", "\t\n", "\u3000", " \u00a0", "\u2028", "a", " a", "你", "你好", "，", "\xe4"} {
		check(s)
	}
	for c := 0; c < 256; c++ {
		check(string([]byte{byte(c)}))
		check(string([]byte{byte(c), ' '}))
	}
	b := make([]byte, 3)
	for c := 0x80; c < 256; c++ {
		for d := 0; d < 256; d++ {
			for e := 0; e < 256; e++ {
				b[0], b[1], b[2] = byte(c), byte(d), byte(e)
				check(string(b))
			}
		}
	}
}

// A tokenFact is answered once per token: neighbours.once computes it the
// first time it is asked, and a token's neighbours are new. 倒 twice in
// one sentence, in constructions that call for different entries, keeps
// each its own (fallAdverbNeed, disposalNeed).
func TestTokenFactOnce(t *testing.T) {
	var nb neighbours
	n := 0
	yes := func() bool { n++; return true }
	no := func() bool { n++; return false }
	if !nb.once(factFallOrAdverb, yes) || !nb.once(factFallOrAdverb, no) || nb.once(factDisposal, no) || nb.once(factDisposal, yes) || n != 2 {
		t.Fatalf("once: %d computations, want 2 (answers kept per fact)", n)
	}
	a := analyzer(t)
	for _, tt := range []struct {
		zh   string
		want []string // reading and gloss prefix of each 倒
	}{
		{"树倒了，我倒觉得没关系。", []string{"dao3 to fall", "dao4 contrary to"}},
		{"请帮我倒一杯茶，我倒是想喝。", []string{"dao4 to pour", "dao4 contrary to"}},
		{"其实我倒觉得他倒在地上了。", []string{"dao4 contrary to", "dao3 to fall"}},
	} {
		var got []string
		for _, tok := range a.Analyze(tt.zh, "") {
			if tok.Text == "倒" {
				got = append(got, tok.Reading+" "+tok.Gloss)
			}
		}
		if len(got) != len(tt.want) {
			t.Fatalf("%s: 倒 %q, want %q", tt.zh, got, tt.want)
		}
		for i := range got {
			if !strings.HasPrefix(got[i], tt.want[i]) {
				t.Errorf("%s: 倒 #%d is %q, want %q…", tt.zh, i+1, got[i], tt.want[i])
			}
		}
	}
}

// wordAny answers as anyEntry does, asked twice (the second time from the
// headword's facts), for the tokens of generated pairs, in and out of the
// lexicon.
func TestWordAny(t *testing.T) {
	a := analyzer(t)
	facts := []struct {
		f  wordFact
		is func(*entryInfo) bool
	}{
		{wordFalls, fallFirst},
		{wordSeveral, severalEntry},
		{wordMore, moreFirst},
		{wordLacks, lackSense},
		{wordVerbFirst, verbFirst},
		{wordNounFirst, headNounFirst},
	}
	held := 0
	for _, p := range tatoebaPairs(t, a, 300) {
		sn := &sentence{toks: a.Analyze(p[0], "")}
		for _, tok := range sn.toks {
			id := int32(-1)
			if le, ok := a.lex.get(tok.Text); ok {
				id = le.id
			}
			sn.ids = append(sn.ids, id)
		}
		for k, tok := range sn.toks {
			if !isHan(firstRune(tok.Text)) {
				continue
			}
			for round := range 2 {
				for _, f := range facts {
					got, want := a.wordAny(sn, k, f.f, f.is), a.anyEntry(tok.Text, f.is)
					if got != want {
						t.Fatalf("%s, fact %d, round %d: wordAny %v, anyEntry %v", tok.Text, f.f, round, got, want)
					}
					if got {
						held++
					}
				}
			}
		}
	}
	if held == 0 {
		t.Fatal("no fact held")
	}
}

// testSentences returns the pairs the package's tests are about: each
// string literal of a *_test.go file holding a Han character, with the
// first literal of letters after it on its line as its English side (""
// if none), then the seed podcast's pairs. The rules' own tests write the
// sentences each rule is for: a gate checked on them meets every rule.
func testSentences(tb testing.TB) [][2]string {
	tb.Helper()
	files, err := filepath.Glob("*_test.go")
	if err != nil || len(files) == 0 {
		tb.Fatalf("test files: %v (%d)", err, len(files))
	}
	lit := regexp.MustCompile(`"((?:[^"\\\n]|\\.)*)"`)
	var out [][2]string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(src), "\n") {
			ms := lit.FindAllStringSubmatch(line, -1)
			for i, m := range ms {
				if hanCount(m[1]) == 0 || strings.Contains(m[1], `\`) {
					continue
				}
				en := ""
				for _, n := range ms[i+1:] {
					if hanCount(n[1]) == 0 && strings.IndexFunc(n[1], unicode.IsLetter) >= 0 {
						en = n[1]
						break
					}
				}
				out = append(out, [2]string{m[1], en})
			}
		}
	}
	for _, p := range seedPairs(tb) {
		out = append(out, [2]string{p.ZH, p.EN})
	}
	return out
}

// TestNeedGate checks readingNeed's gate (needgate.go): every gated rule,
// asked of every entry of every word readingNeed is asked about in the
// package's test sentences and generated pairs, fires only where its bit
// is set; and the analysis with the gate gives what it gives with every
// rule asked.
func TestNeedGate(t *testing.T) {
	a := analyzer(t)
	rules := []struct {
		name string
		bit  needBits
		f    func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool
	}{
		{"twinBySense", needSpelling, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
			return a.twinBySense(sn.toks[k].Text, in) != 0
		}},
		{"sendsToTwin", needSpelling, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return sendsToTwin(sn.toks[k].Text, in) }},
		{"pastOnlyTwin", needSpelling, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
			return a.pastOnlyTwin(sn.toks[k].Text, in)
		}},
		{"nounAfterDegree", needNounsAll, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.nounAfterDegree(sn, k, in) }},
		{"nounBeforeAspect", needNounsAll, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.nounBeforeAspect(sn, k, in) }},
		{"boundTwin", needBoundTwin, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.boundTwin(sn.toks[k].Text, in) }},
		{"degreeNeed", needMore, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.degreeNeed(sn, k, in, nb) != 0 }},
		{"towardNeed", needToward, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.towardNeed(sn, k, in) != 0 }},
		{"regardNeed", needRegard, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.regardNeed(sn, k, in, nb) != 0 }},
		{"againNeed", needAgain, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.againNeed(sn, k, in) != 0 }},
		{"transferNeed", needTransfer, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.transferNeed(sn, k, in) != 0 }},
		{"carryOrLearnNeed", needCarryOrLearn, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
			return a.carryOrLearnNeed(sn, k, in, nb) != 0
		}},
		{"tieNeed", needTie, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.tieNeed(sn, k, in) != 0 }},
		{"chooseNeed", needChoose, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.chooseNeed(sn, k, in) != 0 }},
		{"weighNeed", needWeigh, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.weighNeed(sn, k, in) != 0 }},
		{"lookAfterNeed", needLookAfter, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.lookAfterNeed(sn, k, in) != 0 }},
		{"shortByNeed", needShortBy, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.shortByNeed(sn, k, in) != 0 }},
		{"changedByNeed", needChangedBy, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.changedByNeed(sn, k, in) != 0 }},
		{"adverbOrVerbNeed", needAdverbOrVerb, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
			return a.adverbOrVerbNeed(sn, k, in, nb) != 0
		}},
		{"copulaNeed", needCopula, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.copulaNeed(sn, k, in, nb) != 0 }},
		{"howManyNeed", needHowMany, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.howManyNeed(in, nb) != 0 }},
		{"twinNeed", needTwin, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.twinNeed(in, nb) != 0 }},
		{"stayNeed", needFirstSense, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return stayNeed(in, nb) }},
		{"revolveNeed", needFirstSense, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return revolveNeed(in, nb) }},
		{"mindNeed", needFirstSense, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return mindNeed(in, nb) }},
		{"dazedNeed", needFirstSense, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return dazedNeed(in, nb) }},
		{"deceiveNeed", needFirstSense, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return deceiveNeed(in, nb) }},
		{"snapNeed", needFirstSense, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return snapNeed(sn, k, in, nb) }},
		{"objectNounNeed", needNounsAll, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.objectNounNeed(sn, k, in) != 0 }},
		{"prepositionNeed", needPreposition, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
			return a.prepositionNeed(sn, k, in, nb) != 0
		}},
		{"lackNeed", needLack, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.lackNeed(sn, k, in, nb) != 0 }},
		{"severalNeed", needSeveral, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
			return a.severalNeed(sn, k, in, nb) != 0
		}},
		{"headNeed", needHead, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.headNeed(sn, k, in, nb) != 0 }},
		{"measureNeed", needMeasure, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
			return a.measureNeed(sn, k, in, nb) != 0
		}},
		{"fallAdverbNeed", needFalls, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
			return a.fallAdverbNeed(sn, k, in, nb) != 0
		}},
		{"disposal", needFalls, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool {
			return a.disposalAround(sn, k, nb) && a.disposalNeed(sn.toks[k].Text, in) != 0
		}},
		{"complementNeed", needComplement, func(sn *sentence, k int, in *entryInfo, nb *neighbours) bool { return a.complementNeed(sn, k, in) != 0 }},
	}
	pairs := append(testSentences(t), tatoebaPairs(t, a, 3000)...)
	fired := make([]int, len(rules))
	asks, closed := 0, 0
	needProbe = func(sn *sentence, k int, in *entryInfo, nb *neighbours) {
		asks++
		if sn.ids[k] < 0 {
			t.Fatalf("%s: readingNeed asked of a word out of the lexicon", sn.toks[k].Text)
		}
		w := a.word(sn, k)
		if !slices.Contains(w.entries, in.e) {
			t.Fatalf("%s: readingNeed asked of %s %s, not an entry of the word", sn.toks[k].Text, in.e.Simp, in.e.Pinyin)
		}
		g := a.needsOf(sn.toks[k].Text, w)
		for i, r := range rules {
			if g&r.bit == 0 {
				closed++
			}
			if r.f(sn, k, in, nb) {
				fired[i]++
				if g&r.bit == 0 {
					t.Errorf("%s fires on %s (%s %s) in %s, its bit is clear", r.name, sn.toks[k].Text, in.e.Pinyin, in.senses, tokensText(sn.toks))
				}
			}
		}
	}
	names := make([]string, len(rules))
	for i, r := range rules {
		names[i] = r.name
	}
	checkGate(t, a, pairs, &needGateOpen, func() { needProbe = nil }, names, fired, &asks, &closed, "asks of readingNeed")
}

// tokensText is the text of toks.
func tokensText(toks []cards.Token) string {
	var b strings.Builder
	for _, tok := range toks {
		b.WriteString(tok.Text)
	}
	return b.String()
}

// TestRegroupGate checks regroup's gate (regroupgate.go): every gated rule,
// asked of every word regroup asks its rules of in the package's test
// sentences and generated pairs (on a copy of the words), fires only where
// its bit is set; every word's lexicon id is its text's; and the analysis
// with the gate gives what it gives with every rule asked.
func TestRegroupGate(t *testing.T) {
	a := analyzer(t)
	type rule = func(run string, out *segWords, k, from int, prev, prevTag string) bool
	rules := []struct {
		name string
		bits regroupBits
		f    rule
	}{
		{"moreAndMore", rgMoreAndMore, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.moreAndMore(run, out, k, from)
		}},
		{"negatedVerb", rgNegatedVerb, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.negatedVerb(run, out, k, from)
		}},
		{"joined", rgJoined | rgJoinedNext, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.joined(run, out, k, from, prev, prevTag)
		}},
		{"soonAfterYi", rgSoonAfterYi, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.soonAfterYi(run, out, k, from, prevTag)
		}},
		{"compoundDirection", rgCompoundDirection, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.compoundDirection(run, out, k, from)
		}},
		{"oneSentence", rgOneSentence, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.oneSentence(run, out, k, from, prev)
		}},
		{"dontMind", rgDontMind, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.dontMind(run, out, k, from)
		}},
		{"dontSay", rgDontSay, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.dontSay(run, out, k, from)
		}},
		{"thisOne", rgThisOne, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.thisOne(run, out, k, from, prev)
		}},
		{"ordinal", rgOrdinal, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.ordinal(run, out, k, from, prev)
		}},
		{"together", rgTogether, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.together(run, out, k, from, prev)
		}},
		{"readingNow", rgReadingNow, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.readingNow(run, out, k, from)
		}},
		{"oneRow", rgOneRow, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.oneRow(run, out, k, from, prev, prevTag)
		}},
		{"foundIt", rgFoundIt, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.foundIt(run, out, k, from)
		}},
		{"bodyMoved", rgBodyMoved, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.bodyMoved(run, out, k, from, prev, prevTag)
		}},
		{"splitBefore", rgSplitBefore, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.splitBefore(run, out, k, from, prevTag)
		}},
		{"someOf", rgSomeOf, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.someOf(run, out, k, from, prevTag)
		}},
		{"howAbout", rgHowAbout, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.howAbout(run, out, k, from, prevTag)
		}},
		{"negatedResult", rgNegatedResult, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.negatedResult(run, out, k, from)
		}},
		{"recalled", rgRecalled, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.recalled(run, out, k, from)
		}},
		{"suggestedObject", rgSuggestedObject, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.suggestedObject(run, out, k, from)
		}},
		{"toAndFro", rgToAndFro, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.toAndFro(run, out, k, from)
		}},
		{"doubledObject", rgDoubledObject, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.doubledObject(run, out, k, from)
		}},
		{"earlyThen", rgEarlyThen, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.earlyThen(run, out, k, from)
		}},
		{"degreeOfZai", rgDegreeOfZai, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.degreeOfZai(run, out, k, from, prev)
		}},
		{"askedBothWays", rgAskedBothWays, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.askedBothWays(run, out, k, from)
		}},
		{"atPlace", rgAtPlace, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.atPlace(run, out, k, from)
		}},
		{"doubled", rgDoubled, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.doubled(run, out, k, from)
		}},
		{"longerObject", rgLongerObject, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.longerObject(run, out, k, from)
		}},
		{"verbCopied", rgVerbCopied, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.verbCopied(run, out, k, from)
		}},
		{"degreeHead", rgDegreeHead, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.degreeHead(run, out, k, from, prev)
		}},
		{"haveWord", rgHaveWord, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.haveWord(run, out, k, from)
		}},
		{"olderBy", rgOlderBy, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.olderBy(run, out, k, from)
		}},
		{"cannotReach", rgCannotReach, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.cannotReach(run, out, k, from)
		}},
		{"slangCount", rgSlangCount, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.slangCount(run, out, k, from)
		}},
		{"subjectThenVerb", rgSubjectThenVerb, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.subjectThenVerb(run, out, k, from)
		}},
		{"weekday", rgWeekday, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.weekday(run, out, k, from)
		}},
		{"nextOne", rgNextOne, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.nextOne(run, out, k, from, prev)
		}},
		{"degreeAfterGain", rgDegreeAfterGain, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.degreeAfterGain(run, out, k, from)
		}},
		{"soThatHands", rgSoThatHands, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.soThatHands(run, out, k, from, prevTag)
		}},
		{"shortBy", rgShortBy, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.shortBy(run, out, k, from)
		}},
		{"noRoom", rgNoRoom, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.noRoom(run, out, k, from)
		}},
		{"byOneself", rgByOneself, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.byOneself(run, out, k, from, prev)
		}},
		{"matterFirst", rgMatterFirst, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.matterFirst(run, out, k, from, prev, prevTag)
		}},
		{"timeTill", rgTimeTill, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.timeTill(run, out, k, from)
		}},
		{"oneAspect", rgOneAspect, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.oneAspect(run, out, k, from, prev)
		}},
		{"mustServe", rgMustServe, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.mustServe(run, out, k, from, prevTag)
		}},
		{"placeThenVerb", rgPlaceThenVerb, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.placeThenVerb(run, out, k, from)
		}},
		{"goneAtEnd", rgGoneAtEnd, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.goneAtEnd(run, out, k, from)
		}},
		{"mustGo", rgMustGo, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.mustGo(run, out, k, from, prevTag)
		}},
		{"previousOne", rgPreviousOne, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.previousOne(run, out, k, from)
		}},
		{"gotPrize", rgGotPrize, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.gotPrize(run, out, k, from, prev)
		}},
		{"spokenPair", rgSpokenPair, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.spokenPair(run, out, k, from)
		}},
		{"wrongBefore", rgWrongBefore, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.wrongBefore(run, out, k, from, prev)
		}},
		{"someOfIt", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.someOfIt(run, out, k, from, prev, prevTag)
		}},
		{"cameOut", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.cameOut(run, out, k, from)
		}},
		{"atOnce", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.atOnce(run, out, k, from, prev)
		}},
		{"experienced", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.experienced(run, out, k, from, prev)
		}},
		{"countedRight", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.countedRight(run, out, k, from, prev)
		}},
		{"oneByOne", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.oneByOne(run, out, k, from)
		}},
		{"takeTaxi", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.takeTaxi(run, out, k, from)
		}},
		{"seenMuch", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.seenMuch(run, out, k, from)
		}},
		{"pointsScored", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.pointsScored(run, out, k, from, prev)
		}},
		{"dayWorked", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.dayWorked(run, out, k, from, prev)
		}},
		{"callCounted", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.callCounted(run, out, k, from, prev)
		}},
		{"mostlyAll", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.mostlyAll(run, out, k, from, prev)
		}},
		{"canReach", rgCountOrParticle, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.canReach(run, out, k, from, prev, prevTag)
		}},
		{"loneZi", rgLoneZi, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.loneZi(run, out, k, from)
		}},
		{"unrelatedTo", rgNegatedResult, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.unrelatedTo(run, out, k, from)
		}},
		{"dayOver", rgColloquialPhrases, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.dayOver(run, out, k, from, prev)
		}},
		{"cutBefore", rgColloquialPhrases, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.cutBefore(run, out, k, from)
		}},
		{"surelyNot", rgColloquialPhrases, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.surelyNot(run, out, k, from)
		}},
		{"thenCounts", rgColloquialPhrases, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.thenCounts(run, out, k, from, prev)
		}},
		{"hurriedTo", rgColloquialPhrases, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.hurriedTo(run, out, k, from)
		}},
		{"missedIt", rgColloquialPhrases, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.missedIt(run, out, k, from, prev)
		}},
		{"wonderIf", rgColloquialPhrases, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.wonderIf(run, out, k, from)
		}},
		{"ableToCome", rgColloquialPhrases, func(run string, out *segWords, k, from int, prev, prevTag string) bool {
			return a.ableToCome(run, out, k, from, prevTag)
		}},
	}
	pairs := append(testSentences(t), tatoebaPairs(t, a, 3000)...)
	fired := make([]int, len(rules))
	asks, closed := 0, 0
	var cp segWords
	regroupProbe = func(run string, out *segWords, k, from int, prev, prevTag string) {
		asks++
		for j := from; j < len(out.ends); j++ {
			if id := out.ids[j]; id >= 0 {
				if w := run[out.start(j, from):out.ends[j]]; a.lex.key(a.lex.words[id].ref) != w {
					t.Fatalf("%s: word %d %q has the lexicon id of %q", run, j, w, a.lex.key(a.lex.words[id].ref))
				} else if a.lex.words[id].names != a.namesOnly(w) {
					t.Fatalf("%s: word %d %q: names %v by its id, namesOnly %v", run, j, w, a.lex.words[id].names, a.namesOnly(w))
				}
			}
		}
		m := a.regroupMask(run, out, k, from)
		for i, r := range rules {
			if m&r.bits == 0 {
				closed++
			}
			cp.ends, cp.pos = append(cp.ends[:0], out.ends...), append(cp.pos[:0], out.pos...)
			cp.ids, cp.logp = append(cp.ids[:0], out.ids...), append(cp.logp[:0], out.logp...)
			if r.f(run, &cp, k, from, prev, prevTag) {
				fired[i]++
				if m&r.bits == 0 {
					t.Errorf("%s fires on %s (word %d) of %s, its bit is clear", r.name, run[out.start(k, from):out.ends[k]], k-from, run)
				}
			}
		}
	}
	names := make([]string, len(rules))
	for i, r := range rules {
		names[i] = r.name
	}
	checkGate(t, a, pairs, &regroupGateOpen, func() { regroupProbe = nil }, names, fired, &asks, &closed, "words asked")
}

// analyzeAll analyses every pair.
func analyzeAll(a *Analyzer, pairs [][2]string) [][]cards.Token {
	toks := make([][]cards.Token, len(pairs))
	for i, p := range pairs {
		toks[i] = a.Analyze(p[0], p[1])
	}
	return toks
}

// sameWhenOpen checks that every pair, analysed with *open set (every rule
// asked: a gate or shortcut off), gives the tokens it gave before (got,
// with the fast path, named what in errors). *open is unset after.
func sameWhenOpen(t *testing.T, a *Analyzer, pairs [][2]string, got [][]cards.Token, open *bool, what string) {
	t.Helper()
	*open = true
	defer func() { *open = false }()
	for i, p := range pairs {
		if all := a.Analyze(p[0], p[1]); !reflect.DeepEqual(all, got[i]) {
			t.Errorf("%s / %s: %s %v, every rule asked %v", p[0], p[1], what, got[i], all)
		}
	}
}

// checkGate is the part TestNeedGate and TestRegroupGate share. Their
// probe, set before, counts while every pair is analysed with the gate:
// how often each rule fired (fired[i], named names[i]), how many asks there
// were and how many rule asks a clear bit turned away. Then, the probe unset
// (unprobe), every pair analysed with every rule asked (*open set) must give
// the same tokens; every rule must have fired on the test sentences (else
// its bit is never checked) and some bit must have been clear (else the gate
// is never exercised).
func checkGate(t *testing.T, a *Analyzer, pairs [][2]string, open *bool, unprobe func(), names []string, fired []int, asks, closed *int, what string) {
	t.Helper()
	gated := analyzeAll(a, pairs)
	unprobe()
	sameWhenOpen(t, a, pairs, gated, open, "gated")
	for i, name := range names {
		if fired[i] == 0 {
			t.Errorf("%s never fires on the test sentences: its bit is not checked", name)
		}
	}
	if *closed == 0 {
		t.Fatalf("%d asks, no bit ever clear", *asks)
	}
	t.Logf("%d pairs, %d %s, %d rule asks gated off of %d", len(pairs), *asks, what, *closed, *asks*len(names))
}

// neighbours.in answers as its word set does, asked of the word before or
// after every Han token of the package's test sentences: first in one
// order, then again (from the bits), then on a fresh copy in the other
// order. Every wordSet has its row, and each holds somewhere.
func TestWordSets(t *testing.T) {
	a := analyzer(t)
	sets := map[wordSet]struct {
		set  map[string]bool
		next bool
	}{
		prevPersonal:   {personalPronouns, false},
		nextPersonal:   {personalPronouns, true},
		prevDegree:     {degreeAdverbs, false},
		nextDegree:     {degreeAdverbs, true},
		prevModal:      {modalVerbs, false},
		nextModal:      {modalVerbs, true},
		prevDeterminer: {nounDeterminers, false},
		prevAuxiliary:  {auxiliaries, false},

		prevCounting:          {countingWords, false},
		prevMeasured:          {measuredAlready, false},
		prevObjectPreposition: {objectPrepositions, false},
		prevPlacePreposition:  {placePrepositions, false},
		nextFinal:             {finalParticles, true},
	}
	for s := wordSet(0); s < numWordSets; s++ {
		if _, ok := sets[s]; !ok {
			t.Fatalf("wordSet %d has no row", s)
		}
	}
	held := make([]int, numWordSets)
	for _, p := range testSentences(t) {
		sn := lexSentence(a, p[0], p[1])
		for k, tok := range sn.toks {
			if !isHan(firstRune(tok.Text)) {
				continue
			}
			nb := a.neighbours(sn, k)
			fresh := nb
			check := func(nb *neighbours, s wordSet) {
				row := sets[s]
				w := nb.prev
				if row.next {
					w = nb.next
				}
				want := row.set[w] || s == prevDegree && (w == "好" || w == "可") && a.exclaimedDegreeAt(nb.sn, nb.k) || // 我好累: function.go
					s == prevDegree && w == "还" && comparedEvenAt(nb.sn, nb.k) // 比我还高
				if got := nb.in(s); got != want {
					t.Fatalf("%s, token %q: wordSet %d of %q is %v, its set says %v", p[0], tok.Text, s, w, got, want)
				} else if got {
					held[s]++
				}
			}
			for range 2 {
				for s := wordSet(0); s < numWordSets; s++ {
					check(&nb, s)
				}
			}
			for s := numWordSets - 1; s < numWordSets; s-- {
				check(&fresh, s)
			}
		}
	}
	for s, n := range held {
		if n == 0 {
			t.Errorf("wordSet %d never holds: its row is unchecked", s)
		}
	}
}

// entryInfo.runes is the number of characters of the entry's headword, for
// the entries of every word of the package's test sentences and of every
// thousandth entry of the dictionary (long idioms among them).
func TestEntryRunes(t *testing.T) {
	a := analyzer(t)
	seen := map[*dict.Entry]bool{}
	checked := map[int]int{}
	check := func(e *dict.Entry) {
		if seen[e] {
			return
		}
		seen[e] = true
		in := a.info(e)
		want := min(utf8.RuneCountInString(e.Simp), 255)
		if int(in.runes) != want {
			t.Fatalf("%s: runes %d, want %d", EntryName(e), in.runes, want)
		}
		checked[want]++
	}
	for _, p := range testSentences(t) {
		for _, tok := range a.Analyze(p[0], p[1]) {
			for _, e := range a.dict.Lookup(tok.Text) {
				check(e)
			}
		}
	}
	for i := 0; i < len(a.dict.Entries); i += 1000 {
		check(&a.dict.Entries[i])
	}
	for _, n := range []int{1, 2, 3, 4} {
		if checked[n] == 0 {
			t.Errorf("no entry of %d characters checked", n)
		}
	}
}

// TestPlainText checks plain, which reads a sense's text test from its
// marks (plainText, found once per sense) when asked of the entry's own
// sense, against the test of the text itself, on the entries of the test
// sentences' words and every 50th dictionary entry; and asks it of a copy
// of each sense too, which takes the text test.
func TestPlainText(t *testing.T) {
	a := analyzer(t)
	seen := map[*dict.Entry]bool{}
	var plain, notPlain int // senses unmarked, told apart by their text
	check := func(e *dict.Entry) {
		if seen[e] {
			return
		}
		seen[e] = true
		in := a.info(e)
		for i, s := range in.senses {
			want := !in.marks[i].marked && !strings.HasPrefix(s, "CL:") && !strings.HasPrefix(s, "classifier") &&
				!strings.HasPrefix(s, "surname") && !strings.Contains(s, "variant of")
			if got := in.plain(i, s); got != want {
				t.Fatalf("%s sense %d %q: plain %v, want %v", EntryName(e), i, s, got, want)
			}
			if got := in.plain(i, strings.Clone(s)); got != want {
				t.Fatalf("%s sense %d %q (a copy): plain %v, want %v", EntryName(e), i, s, got, want)
			}
			switch {
			case in.marks[i].marked:
			case want:
				plain++
			default:
				notPlain++
			}
		}
	}
	for _, p := range testSentences(t) {
		for _, tok := range a.Analyze(p[0], p[1]) {
			for _, e := range a.dict.Lookup(tok.Text) {
				check(e)
			}
		}
	}
	for i := 0; i < len(a.dict.Entries); i += 50 {
		check(&a.dict.Entries[i])
	}
	if plain == 0 || notPlain == 0 {
		t.Errorf("%d plain senses, %d not plain by their text: want both", plain, notPlain)
	}
}

// TestLazySenses checks the senses memorizeSense and colorSense now find
// once per entry (in.memorize, in.colour through lazySense) against the
// loops they ran at every token, on the entries of the test sentences'
// words and every 50th dictionary entry, asked twice.
func TestLazySenses(t *testing.T) {
	a := analyzer(t)
	seen := map[*dict.Entry]bool{}
	found := map[string]int{}
	check := func(e *dict.Entry) {
		if seen[e] {
			return
		}
		seen[e] = true
		in := a.info(e)
		memorize, colour := -1, -1
		for i, s := range in.senses {
			if i != int(in.firstPlain) && in.plain(i, s) && firstGloss(s) == "to learn by heart" {
				memorize = i
				break
			}
		}
		for i, s := range in.senses {
			if in.plain(i, s) && strings.Contains(s, "color") {
				colour = i
				break
			}
		}
		for range 2 {
			if got := lazySense(&in.memorize, in.memorizeSenseOf); got != memorize {
				t.Fatalf("%s: memorize sense %d, want %d", EntryName(e), got, memorize)
			}
			if got := lazySense(&in.colour, in.colourSenseOf); got != colour {
				t.Fatalf("%s: colour sense %d, want %d", EntryName(e), got, colour)
			}
		}
		if memorize >= 0 {
			found["memorize"]++
		}
		if colour >= 0 {
			found["colour"]++
		}
	}
	for _, p := range testSentences(t) {
		for _, tok := range a.Analyze(p[0], p[1]) {
			for _, e := range a.dict.Lookup(tok.Text) {
				check(e)
			}
		}
	}
	for i := 0; i < len(a.dict.Entries); i += 50 {
		check(&a.dict.Entries[i])
	}
	if found["memorize"] == 0 || found["colour"] == 0 {
		t.Errorf("entries with each sense: %v; want both", found)
	}
}

// TestWordSetsOf checks the map that answers every wordSet of a word in one
// lookup against the sets themselves: each word of a set has the set's
// bits, and each bit of a word is a set's that holds it.
func TestWordSetsOf(t *testing.T) {
	rows := wordSetRows
	covered := uint16(0)
	words := map[string]bool{"": true, "的": true}
	for _, r := range rows {
		if r.prev != numWordSets {
			covered |= 1 << r.prev
		}
		if r.next != numWordSets {
			covered |= 1 << r.next
		}
		for w := range r.set {
			words[w] = true
		}
	}
	if all := 1<<int(numWordSets) - 1; int(covered) != all || prevSets|nextSets != all {
		t.Fatalf("the rows cover wordSets %016b and prevSets|nextSets is %016b: want every one of %d", covered, prevSets|nextSets, numWordSets)
	}
	for w := range words {
		want := uint16(0)
		for _, r := range rows {
			if r.set[w] {
				if r.prev != numWordSets {
					want |= 1 << r.prev
				}
				if r.next != numWordSets {
					want |= 1 << r.next
				}
			}
		}
		if got := wordSetsOf[w]; got != want {
			t.Errorf("wordSetsOf[%q] = %016b, want %016b", w, got, want)
		}
	}
}

// TestGlossedWords checks functionGloss's one lookup (glossedWords)
// against the two it stands for, functionWords and constructionWord, on
// every headword of the lexicon and every word of the two sets.
func TestGlossedWords(t *testing.T) {
	a := analyzer(t)
	words := map[string]bool{"": true}
	for i := range a.dict.Entries {
		words[a.dict.Entries[i].Simp] = true
		words[a.dict.Entries[i].Trad] = true
	}
	for _, set := range []map[string]bool{functionWords, constructionWords} {
		for w := range set {
			words[w] = true
		}
	}
	held := 0
	for w := range words {
		want := functionWords[w] || constructionWord(w)
		if got := glossedWords[w]; got != want {
			t.Fatalf("glossedWords[%q] = %v, want %v", w, got, want)
		}
		if want {
			held++
		}
	}
	if held < len(functionWords) {
		t.Errorf("%d words glossed, fewer than the %d function words", held, len(functionWords))
	}
}

// lexSentence analyses a pair and gives the sentence the lexicon facts
// (part of speech, id, log probability) that fill keeps for each token,
// as the tests of neighbours and of the chooser's gates need them.
func lexSentence(a *Analyzer, zh, en string) *sentence {
	sn := &sentence{toks: a.Analyze(zh, en)}
	for _, tok := range sn.toks {
		le, ok := a.lex.get(tok.Text)
		if !ok {
			le.id = -1
		}
		sn.pos = append(sn.pos, le.pos)
		sn.ids = append(sn.ids, le.id)
		sn.logp = append(sn.logp, le.logp)
	}
	return sn
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
