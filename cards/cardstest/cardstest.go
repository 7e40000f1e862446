// Package cardstest provides a small, deterministic cards.Analyzer for the
// tests and benchmarks of the packages that store and show mined words, so
// that they run in milliseconds without loading a segmenter. The real
// analysis is package zh; its own tests cover it.
package cardstest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"cika/cards"
)

// Entry is one word of the test dictionary.
type Entry struct {
	Word, Trad, Reading string
	Senses              []string
	Name                bool
}

// Analyzer segments by longest match against its dictionary; Han characters
// not in it become one-character tokens with no word, everything else
// (punctuation, Latin, digits) runs of non-words.
type Analyzer struct {
	words   map[string]Entry
	longest int // in runes
}

// New returns an analyzer over the given entries.
func New(entries ...Entry) *Analyzer {
	a := &Analyzer{words: map[string]Entry{}}
	for _, e := range entries {
		a.words[e.Word] = e
		if e.Trad != "" {
			a.words[e.Trad] = e
		}
		a.longest = max(a.longest, utf8.RuneCountInString(e.Word))
	}
	return a
}

// Small is a dictionary covering a few sentences of the seed podcast and the
// tests' own examples.
func Small() *Analyzer {
	return New(
		Entry{Word: "我们", Reading: "wo3 men5", Senses: []string{"we", "us"}},
		Entry{Word: "智能", Reading: "zhi4 neng2", Senses: []string{"intelligent", "able", "smart (phone, system etc)"}},
		Entry{Word: "超级", Reading: "chao1 ji2", Senses: []string{"super-", "ultra-", "hyper-"}},
		Entry{Word: "银行", Trad: "銀行", Reading: "yin2 hang2", Senses: []string{"bank", "CL:家[jia1],個|个[ge4]"}},
		Entry{Word: "行", Reading: "xing2", Senses: []string{"to walk", "to go", "OK"}},
		Entry{Word: "是", Reading: "shi4", Senses: []string{"is", "are", "am", "yes", "to be"}},
		Entry{Word: "微软", Trad: "微軟", Reading: "Wei1 ruan3", Senses: []string{"Microsoft corporation"}, Name: true},
		Entry{Word: "公司", Reading: "gong1 si1", Senses: []string{"company", "firm", "corporation"}},
		Entry{Word: "回来", Trad: "回來", Reading: "hui2 lai5", Senses: []string{"to return", "to come back"}},
		Entry{Word: "谢谢", Trad: "謝謝", Reading: "xie4 xie5", Senses: []string{"to thank", "thanks", "thank you"}},
		Entry{Word: "你", Reading: "ni3", Senses: []string{"you (informal)"}},
		Entry{Word: "好", Reading: "hao3", Senses: []string{"good", "well"}},
		Entry{Word: "再见", Trad: "再見", Reading: "zai4 jian4", Senses: []string{"goodbye", "see you again later"}},
		Entry{Word: "西安", Reading: "Xi1 an1", Senses: []string{"Xi'an, sub-provincial city and capital of Shaanxi"}, Name: true},
		Entry{Word: "人工", Reading: "ren2 gong1", Senses: []string{"artificial", "manpower"}},
		Entry{Word: "的", Reading: "de5", Senses: []string{"of", "~'s (possessive particle)"}},
		Entry{Word: "这", Trad: "這", Reading: "zhe4", Senses: []string{"this"}},
		Entry{Word: "回头见", Trad: "回頭見", Reading: "hui2 tou2 jian4", Senses: []string{"see you later"}},
	)
}

// Analyze implements cards.Analyzer.
func (a *Analyzer) Analyze(zh, en string) []cards.Token {
	var toks []cards.Token
	rs := []rune(zh)
	for i := 0; i < len(rs); {
		if unicode.Is(unicode.Han, rs[i]) {
			n := min(a.longest, len(rs)-i)
			for ; n > 0; n-- {
				if e, ok := a.words[string(rs[i:i+n])]; ok {
					toks = append(toks, token(string(rs[i:i+n]), e, en))
					break
				}
			}
			if n == 0 {
				toks = append(toks, cards.Token{Text: string(rs[i])})
				n = 1
			}
			i += n
			continue
		}
		j := i
		for j < len(rs) && !unicode.Is(unicode.Han, rs[j]) {
			j++
		}
		toks = append(toks, cards.Token{Text: string(rs[i:j])})
		i = j
	}
	return toks
}

// token makes a word token, choosing the first sense whose words appear in
// the English side (Evidence), else the first sense.
func token(text string, e Entry, en string) cards.Token {
	gloss, sense, evidence := e.Senses[0], 0, false
	low := strings.ToLower(en)
	for i, s := range e.Senses {
		if strings.Contains(low, strings.ToLower(s)) {
			gloss, sense, evidence = s, i, true
			break
		}
	}
	trad := e.Trad
	if trad == "" {
		trad = e.Word
	}
	return cards.Token{Text: text, Word: e.Word, Trad: e.Trad, Reading: e.Reading, Gloss: gloss,
		Senses: e.Senses, Name: e.Name, Sense: sense, Evidence: evidence,
		Entry: trad + " " + e.Word + " [" + e.Reading + "]"}
}
