package zh

import (
	"io/fs"
	"slices"
	"strings"
	"sync"
	"testing"

	"cika/cards"
	"cika/cards/dict"
	"cika/seeds"
)

var (
	testOnce sync.Once
	testA    *Analyzer
	testErr  error
)

// analyzer loads the analyzer once for the whole package's tests.
func analyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	testOnce.Do(func() { testA, testErr = Load() })
	if testErr != nil {
		tb.Fatal(testErr)
	}
	return testA
}

// render writes tokens the way `cika annotate` does.
func render(toks []cards.Token) string {
	var b strings.Builder
	for _, t := range toks {
		if strings.TrimSpace(t.Text) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		if t.Reading != "" {
			b.WriteString("[" + t.Reading + "]")
		}
	}
	return b.String()
}

// find returns the first token whose Text is text.
func find(toks []cards.Token, text string) (cards.Token, bool) {
	for _, t := range toks {
		if t.Text == text {
			return t, true
		}
	}
	return cards.Token{}, false
}

// TestHardCases are the readings and senses that go-pinyin and gse's default
// dictionary get wrong, and the context rules that fix single characters.
func TestHardCases(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		zh, en  string
		text    string // the token checked
		word    string // its simplified headword ("" = same as text)
		reading string
		gloss   string // a substring of the chosen gloss ("" = not checked)
		name    bool
	}{
		// Word readings from CC-CEDICT, neutral tones as it gives them.
		{zh: "我觉得这太难了", text: "觉得", reading: "jue2 de5", gloss: "to think"},
		{zh: "银行变得很重要", text: "银行", reading: "yin2 hang2", gloss: "bank"},
		{zh: "银行变得很重要", text: "变得", reading: "bian4 de5", gloss: "to become"},
		{zh: "他是校长", text: "校长", reading: "xiao4 zhang3"},
		{zh: "孩子长大了", text: "长大", reading: "zhang3 da4"},
		{zh: "请重新开始", text: "重新开始", reading: "chong2 xin1 kai1 shi3"},
		{zh: "为什么", text: "为什么", reading: "wei4 shen2 me5"},
		// 这太 is no word: 这 and 太 stay apart.
		{zh: "这太贵了", text: "这", reading: "zhe4"},
		{zh: "这太贵了", text: "太", reading: "tai4"},
		// Particles after the word they attach to take the neutral tone.
		{zh: "这太贵了", text: "了", reading: "le5"},
		{zh: "看着我", text: "着", reading: "zhe5"},
		{zh: "他跑得很快", text: "得", reading: "de5"},
		{zh: "慢慢地走", text: "地", reading: "de5"},
		{zh: "你好啊", text: "啊", reading: "a5"},
		{zh: "他会来吗", text: "吗", reading: "ma5"},
		// A variant spelling's reference in lower case is the common word,
		// not the brand read the same but for its capital: 老板 "variant
		// of 老闆|老板[lao3 ban3]" is "boss", not Lao3 ban3 "Robam (brand)".
		{zh: "我的老板很好", text: "老板", reading: "lao3 ban3", gloss: "boss"},
		{zh: "老板让我明天早点来。", text: "老板", reading: "lao3 ban3", gloss: "boss"},
		// A modal before a verb; a measure word after a numeral.
		{zh: "我得走了", text: "得", reading: "dei3", gloss: "to have to"},
		{zh: "三只狗", text: "只", word: "只", reading: "zhi1", gloss: "classifier"},
		// 一起 before 来 is the adverb, not the round number of 来
		// "(after a round number) approximately" (gse tags 一起 m).
		{zh: "你们也一起来吧", text: "来", reading: "lai2", gloss: "to come"},
		// A verb split from 到 before a late hour keeps a verb's tag, which
		// 到 "until" asks for (gse tags 学 a noun).
		{zh: "他每天学到很晚", text: "到", reading: "dao4", gloss: "(到 + time) until"},
		{zh: "他写了三行字", text: "行", reading: "hang2"},
		// An adverb right before the verb or preposition it modifies,
		// whatever the translation says: dou1 "all", not du1 "capital".
		{zh: "很多实验室都在追求这个目标", en: "Many labs are chasing this goal.", text: "都", reading: "dou1", gloss: "all"},
		{zh: "帕斯卡的一生都在影响数学研究", text: "都", reading: "dou1"},
		{zh: "却还指望我们每天使用", text: "还", reading: "hai2"},
		{zh: "在更大的范围内", text: "更", reading: "geng4"},
		// 为 before an object and a verb is the preposition "for".
		{zh: "订阅平台为我们打出五星好评", text: "为", reading: "wei4"},
		{zh: "或者说为每个人准备", text: "为", reading: "wei4"},
		{zh: "边际成本为零", text: "为", reading: "wei2"},
		// A neighbour inside a word of its own says little about the pair
		// it makes across the word boundary: 取得|了 le5 (not 得了 liao3),
		// 项目|的 de5 (not 目的 di4), 个|好|问题 hao3 (not 好问 hao4).
		{zh: "我们确实取得了很大进展", text: "了", reading: "le5"},
		{zh: "这是人工智能项目的核心问题", text: "的", reading: "de5"},
		{zh: "这是个好问题。", text: "好", reading: "hao3"},
		// 地 between two words: the adverbial particle, whatever gse's tags.
		{zh: "让您能自信地部署多智能体系统", text: "地", reading: "de5"},
		{zh: "他们在这片土地上生活", text: "土地", reading: "tu3 di4"},
		// A negative prefix before a verb: 没 mei2, not mo4 "to drown".
		{zh: "现在没发挥作用", text: "没", reading: "mei2"},
		// A rare character standing alone takes its usual reading today
		// (pinyin-pro's order), a common one the reading of the phrases
		// holding the same pair (更好 geng4).
		{zh: "登上城阇远望", text: "阇", reading: "du1"},
		{zh: "更好的办法", text: "更", reading: "geng4"},
		{zh: "登上城闍遠望", text: "闍", word: "阇", reading: "du1"},
		// Without English, a name of several characters is chosen for its
		// reading: 明朝 the Ming dynasty, not ming2 zhao1 "tomorrow morning".
		{zh: "明朝的皇帝很多", text: "明朝", reading: "ming2 chao2", gloss: "Ming Dynasty", name: true},
		{zh: "东方很美", text: "东方", reading: "dong1 fang1", gloss: "east"},
		// Function words by gse's part of speech.
		{zh: "大家都来了", text: "都", reading: "dou1"},
		{zh: "他还在家", text: "还", reading: "hai2"},
		// The English side chooses the reading and the sense.
		{zh: "他还没还钱", en: "He hasn't paid back the money yet", text: "钱", reading: "qian2", gloss: "money"},
		{zh: "这条河很长", en: "This river is very long", text: "长", reading: "chang2", gloss: "long"},
		{zh: "行", en: "a row of trees", text: "行", reading: "hang2", gloss: "row"},
		{zh: "行", en: "OK, will do", text: "行", reading: "xing2", gloss: "OK"},
		{zh: "我会说中文", en: "I can speak Chinese", text: "会", reading: "hui4", gloss: "can"},
		{zh: "开会", en: "to hold a meeting", text: "开会", reading: "kai1 hui4", gloss: "meeting"},
		// Traditional text: same words and readings via traditional headwords.
		{zh: "我們覺得這個銀行很好", text: "覺得", word: "觉得", reading: "jue2 de5"},
		{zh: "我們覺得這個銀行很好", text: "銀行", word: "银行", reading: "yin2 hang2"},
		{zh: "孩子長大了", text: "長大", word: "长大", reading: "zhang3 da4"},
		// Names: CC-CEDICT's capitalised entries, and transliterations that
		// line up with a capitalised English word.
		{zh: "北京很大", text: "北京", reading: "bei3 jing1", name: true},
		{zh: "穆斯塔法，你好", en: "Mustafa, hello", text: "穆斯塔法", reading: "mu4 si1 ta3 fa3", gloss: "Mustafa", name: true},
		{zh: "王先生", text: "王", reading: "wang2", gloss: "surname Wang", name: true},
		// No name opens with a neutral tone: 了 stays the particle.
		{zh: "我在超市碰到了小王", en: "I ran into Xiao Wang at the supermarket", text: "了", reading: "le5", gloss: "completed action"},
		{zh: "他是王", en: "He is the king", text: "王", reading: "wang2", gloss: "king"},
	}
	for _, tt := range tests {
		toks := a.Analyze(tt.zh, tt.en)
		tok, ok := find(toks, tt.text)
		if !ok {
			t.Errorf("%s (%q): no token %s in %s", tt.zh, tt.en, tt.text, render(toks))
			continue
		}
		word := tt.word
		if word == "" {
			word = tt.text
		}
		if tok.Word != word || tok.Reading != tt.reading || tok.Name != tt.name || !strings.Contains(tok.Gloss, tt.gloss) {
			t.Errorf("%s (%q): %s = %s [%s] %q name=%v, want %s [%s] %q name=%v\n\t%s",
				tt.zh, tt.en, tt.text, tok.Word, tok.Reading, tok.Gloss, tok.Name, word, tt.reading, tt.gloss, tt.name, render(toks))
		}
	}
}

// TestTokensRebuildSentence checks the contract of cards.Token: the texts
// give the sentence back, words are headwords, readings have one syllable
// per character.
func TestTokensRebuildSentence(t *testing.T) {
	a := analyzer(t)
	for _, s := range []string{
		"我觉得这太难了，银行变得很重要。",
		"微软AI首席执行官重返节目，将解释公司为何现在追求超级智能。",
		"Hello 世界 123!  tabs\tand\r\nnewlines",
		"混合English和中文、數字3.14與標點……",
		"\xff\xfe invalid 无效 \xc3",
		"",
		"𠮷野家 〇 㐀",
	} {
		toks := a.Analyze(s, "")
		var b strings.Builder
		for _, tok := range toks {
			b.WriteString(tok.Text)
			if tok.Word != "" {
				if !a.dict.Has(tok.Word) && !tok.Name {
					t.Errorf("%q: %s is neither a headword nor a name", s, tok.Word)
				}
			}
			if tok.Reading != "" && len(strings.Fields(tok.Reading)) != hanCount(tok.Text) {
				t.Errorf("%q: %s has reading %q", s, tok.Text, tok.Reading)
			}
			if hanCount(tok.Text) > 0 && tok.Reading == "" {
				t.Errorf("%q: Han token %s has no reading", s, tok.Text)
			}
		}
		if b.String() != s {
			t.Errorf("tokens give %q, want %q", b.String(), s)
		}
	}
}

// TestConcurrentAnalyze runs analyses in parallel (go test -race).
func TestConcurrentAnalyze(t *testing.T) {
	a := analyzer(t)
	want := render(a.Analyze("我得走了，他还没还钱。", "I have to go; he hasn't paid back the money."))
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if got := render(a.Analyze("我得走了，他还没还钱。", "I have to go; he hasn't paid back the money.")); got != want {
					t.Errorf("got %s, want %s", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()

	// Generated pairs with new words, analysed on four goroutines while
	// the per-word and per-entry caches fill, then again on one.
	pairs := tatoebaPairs(t, a, 2000)
	got := make([]string, len(pairs))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(pairs); i += 4 {
				got[i] = render(a.Analyze(pairs[i][0], pairs[i][1]))
			}
		}()
	}
	wg.Wait()
	for i, p := range pairs {
		if want := render(a.Analyze(p[0], p[1])); got[i] != want {
			t.Fatalf("%q: concurrently %s, then %s", p[0], got[i], want)
		}
	}
}

func TestShortGloss(t *testing.T) {
	tests := []struct{ in, want string }{
		{"to think", "to think"},
		{"(bound form) line of business; trade; profession; commercial firm; to rank (first, second etc)", "(bound form) line of business; trade; profession"},
		{"a very long single gloss without any semicolons that goes on and on and on forever", "a very long single gloss without any semicolons that goes…"},
	}
	for _, tt := range tests {
		if got := shortGloss(tt.in); got != tt.want || len(got) > maxGloss+len("…") {
			t.Errorf("shortGloss(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"mustafa", "musitafa", 1}, {"suleyman", "sulaiman", 2}, {"abc", "", 3}}
	for _, tt := range tests {
		if d := editDistance(tt.a, tt.b); d != tt.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, d, tt.d)
		}
	}
}

// TestSeedVocabulary analyses every line of the embedded seed corpus: every
// word must be a CC-CEDICT headword (its simplified form) or a flagged name,
// with one syllable per character, and the tokens must give the line back.
func TestSeedVocabulary(t *testing.T) {
	a := analyzer(t)
	raw, err := fs.ReadFile(seeds.FS(), seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	words, names := 0, 0
	for n, line := range strings.Split(string(raw), "\n") {
		toks := a.Analyze(line, "")
		var b strings.Builder
		for _, tok := range toks {
			b.WriteString(tok.Text)
			if tok.Word == "" {
				continue
			}
			words++
			if tok.Name {
				names++
			}
			if !tok.Name && len(a.dict.Simplified(tok.Word)) == 0 {
				t.Errorf("line %d: %s (%s) is not a simplified CC-CEDICT headword", n+1, tok.Word, tok.Text)
			}
			if len(strings.Fields(tok.Reading)) != hanCount(tok.Word) {
				t.Errorf("line %d: %s has reading %q", n+1, tok.Word, tok.Reading)
			}
		}
		if b.String() != line {
			t.Errorf("line %d: tokens do not give the line back", n+1)
		}
	}
	if words < 5000 {
		t.Errorf("only %d words in the seed", words)
	}
	t.Logf("%d words, %d of them names", words, names)
}

// TestTableIndex checks that the indexed search of the weight tables finds
// what a plain binary search finds, for every key and its neighbours.
func TestTableIndex(t *testing.T) {
	a := analyzer(t)
	for name, tb := range map[string]*table{"words": &a.w.words, "names": &a.w.names, "ctx": &a.w.ctx, "pairs": &a.pairs.t} {
		if len(tb.top) == 0 || (name == "ctx" || name == "pairs") != (tb.first != nil) {
			t.Fatalf("%s: not indexed", name)
		}
		plain := table{keys: tb.keys, vals: tb.vals}
		for i, k := range tb.keys {
			if i > 0 && k <= tb.keys[i-1] {
				t.Fatalf("%s: keys not increasing at %d", name, i)
			}
			for _, q := range []uint64{k - 1, k, k + 1} {
				if got, want := tb.get(q), plain.get(q); got != want {
					t.Fatalf("%s: get(%d) = %v, want %v", name, q, got, want)
				}
			}
		}
		// Spans of the keys sharing all but the syllable bits, as score
		// uses them, hold the same values.
		for i := 0; i < len(tb.keys); i += 7 {
			k := tb.keys[i]
			sp := tb.span(k&^0xffff, k|0xffff)
			if len(sp.keys) == 0 || sp.get(k) != plain.get(k) {
				t.Fatalf("%s: span of %d: %v", name, k, sp.keys)
			}
			// That span and those of neighbouring prefixes, which may
			// hold nothing.
			for _, lo := range []uint64{k &^ 0xffff, k&^0xffff + 1<<16, k&^0xffff + 1<<17, k&^0xffff + 1<<38} {
				sp, pl := tb.span(lo, lo|0xffff), plain.span(lo, lo|0xffff)
				if !slices.Equal(sp.keys, pl.keys) || !slices.Equal(sp.vals, pl.vals) {
					t.Fatalf("%s: span of %d: %v, want %v", name, lo, sp.keys, pl.keys)
				}
			}
		}
		if tb.get(0) != plain.get(0) || tb.get(^uint64(0)) != plain.get(^uint64(0)) {
			t.Fatalf("%s: ends differ", name)
		}
	}
}

// TestLexiconLookup: the analysis looks words up in its lexicon instead of
// the dictionary's indexes (dictView); every headword, in either script,
// must get the entries dict.Lookup gives, in the same order.
func TestLexiconLookup(t *testing.T) {
	a := analyzer(t)
	d := a.Dict()
	n := 0
	d.Headwords(func(w string, _ []*dict.Entry) {
		n++
		got, want := a.dict.Lookup(w), d.Lookup(w)
		if !slices.Equal(got, want) {
			t.Errorf("Lookup(%q): %d entries from the lexicon, %d from the dictionary", w, len(got), len(want))
		}
	})
	for _, w := range []string{"", "x", "AA制", "卡拉OK", "龘龘龘", "銀行", "银行", "後", "后"} {
		if got, want := a.dict.Lookup(w), d.Lookup(w); !slices.Equal(got, want) {
			t.Errorf("Lookup(%q) = %v, dictionary %v", w, got, want)
		}
	}
	if n < 150000 {
		t.Fatalf("only %d headwords", n)
	}
}

// glossCase is a pair, a word of its Chinese and the start of the gloss
// the word should get.
type glossCase struct{ zh, en, word, gloss string }

// wantGlosses checks each case's token gloss starts with its gloss.
func wantGlosses(t *testing.T, a *Analyzer, cases []glossCase) {
	t.Helper()
	for _, c := range cases {
		if gloss, ok := tokenGloss(t, a, c.zh, c.en, c.word); ok && !strings.HasPrefix(gloss, c.gloss) {
			t.Errorf("%s in %s / %q: gloss %q, want %q", c.word, c.zh, c.en, gloss, c.gloss)
		}
	}
}

// tokenGloss returns the gloss of the token word of zh analysed with en
// (the first, if several), and false after failing t when word is no
// token of it.
func tokenGloss(t *testing.T, a *Analyzer, zh, en, word string) (string, bool) {
	t.Helper()
	for _, tk := range a.Analyze(zh, en) {
		if tk.Text == word {
			return tk.Gloss, true
		}
	}
	t.Errorf("%s is not a token of %s", word, zh)
	return "", false
}
