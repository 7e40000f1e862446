package cards

// Token is one piece of a segmented Chinese sentence. Concatenating the Text
// of every token of a sentence gives the sentence back exactly.
type Token struct {
	// Text is the span as written in the sentence, in the sentence's own
	// script (simplified or traditional).
	Text string
	// Word is the simplified headword when the span is vocabulary (a
	// CC-CEDICT headword or a proper name), "" for punctuation, Latin text,
	// digits and anything else that is not taught. Word+Reading is a note's
	// identity.
	Word string
	// Trad is the traditional form of Word.
	Trad string
	// Reading is numeric-tone pinyin, one syllable per Han character of
	// Word, separated by spaces, 5 for the neutral tone: "jue2 de5".
	Reading string
	// Gloss is the short meaning chosen for this sentence, fit for a card.
	Gloss string
	// Senses are all the dictionary senses of the chosen entry, for lookup.
	Senses []string
	// Sense is the index in Senses of the sense that Gloss comes from, -1
	// when Gloss is not one sense (the entry's default summary, or a
	// grammar note written for a function word).
	Sense int
	// Entry names the chosen CC-CEDICT entry as its line starts,
	// "朝 朝 [chao2]", for checking the choice against a gold set and for
	// counting the senses the English confirms (Priors).
	Entry string
	// Evidence is set when the English side chose the sense: what
	// Priors learn from.
	Evidence bool
	// Name marks proper names (people, places, brands): kept, but not
	// taught as vocabulary by default.
	Name bool
}

// IsWord reports whether the token is vocabulary.
func (t Token) IsWord() bool { return t.Word != "" }

// Analyzer segments the Chinese side of a sentence pair into tokens and gives
// each word its reading and meaning in this sentence. The English side (may
// be "") helps choose between readings and senses.
//
// Mining depends only on this interface, so a better analysis can replace a
// first one without touching the collection code. Implementations must be
// safe for concurrent use, and give the same tokens for the same pair: a
// Miner analyses a pair met again only once and shares its tokens between
// the sentences, which only read them.
type Analyzer interface {
	Analyze(zh, en string) []Token
}

// IntoAnalyzer is an Analyzer that can write a pair's tokens into memory
// the caller gives (dst, when it has room) instead of a new list. A Miner
// copies each pair's tokens as soon as they are made (recent interns
// them), so it gives each worker one list to reuse: a new list a pair was
// the most a mining run allocated, and at a million pairs every 25 MB
// allocated costs a collection of a ≈ 200 MB heap (batchmem.go).
type IntoAnalyzer interface {
	Analyzer
	// AnalyzeInto is Analyze with the result in dst's memory if it fits;
	// the caller may reuse the result's memory once done with it.
	AnalyzeInto(dst []Token, zh, en string) []Token
}
