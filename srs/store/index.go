package store

import (
	"bytes"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/pinyin"
)

// The lookup indexes of a word: its hanzi forms, its toneless pinyin and the
// English terms of its senses. indexWord keeps them in step with the word
// record; every key is (term 0 word ID).

// English term ranks, stored as the index value: how well a term names the
// word.
const (
	rankSense = 0 // a whole sense is this one word ("bank", "to bank")
	rankGloss = 1 // the term is in the gloss shown on cards
	rankOther = 2 // the term is in some other sense
)

// The tables and patterns of the English index are built at first use,
// not in every process's init: only mining and English lookups need them,
// and every other command paid for them at start (115 allocations).

// englishWords splits English text into lower-case words.
func englishWords(s string) []string { return slices.Collect(lowerWords(s)) }

// lowerWords yields the words of English text in lower case: the runs of
// letters of Latin-1 and apostrophes of strings.ToLower(s). englishTerms
// splits the senses of every word a big corpus brings new (60,000 for a
// million pairs, the slowest of the commit's entries, built while it
// waits): the words are cut in one pass over s, each a piece of s unless
// it has capitals, with no list of them made. ASCII text, nine senses of
// CC-CEDICT in ten, is read a byte at a time (asciiWords); other text a
// rune at a time (runeWords). Through ToLower and FieldsFunc, that tenth
// took 20 of the 54 ms a pass over all the senses took; rune by rune, 12.
func lowerWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				runeWords(s, yield)
				return
			}
		}
		asciiWords(s, yield)
	}
}

// asciiWords yields the words of ASCII text s in lower case (lowerWords).
func asciiWords(s string, yield func(string) bool) {
	start, upper := -1, false
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		if 'a' <= c && c <= 'z' || c == '\'' || 'A' <= c && c <= 'Z' {
			if start < 0 {
				start, upper = i, false
			}
			upper = upper || c <= 'Z' && c != '\''
			continue
		}
		if start >= 0 {
			if !yieldWord(s[start:i], upper, yield) {
				return
			}
			start = -1
		}
	}
}

// runeWords yields the words of text s in lower case (lowerWords). Each
// rune is lowered alone, as strings.ToLower does (unicode.ToLower through
// strings.Map, a byte that is not UTF-8 read as U+FFFD), and its lower
// case decides whether it is a letter of a word (K, the Kelvin sign, is k).
func runeWords(s string, yield func(string) bool) {
	start, upper := -1, false
	for i := 0; i <= len(s); {
		r, size := ' ', 1
		if i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		lower := unicode.ToLower(r)
		if wordRune(lower) {
			if start < 0 {
				start, upper = i, false
			}
			upper = upper || lower != r
			i += size
			continue
		}
		if start >= 0 {
			if !yieldWord(s[start:i], upper, yield) {
				return
			}
			start = -1
		}
		i += size
	}
}

// yieldWord yields w, lowered when it has capitals (asciiWords and
// runeWords keep a word a piece of s otherwise), and reports whether to go on.
func yieldWord(w string, upper bool, yield func(string) bool) bool {
	if upper {
		w = strings.ToLower(w)
	}
	return yield(w)
}

// wordRune reports whether lower-case r is part of an English word: a
// letter of Latin-1 or an apostrophe.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || r == '\''
	}
	return r <= unicode.MaxLatin1 && unicode.IsLetter(r)
}

// unindexed are the English words stem leaves out: words too common to
// find anything by, and words of CC-CEDICT's definitions that name nothing
// (sb, sth, cl, abbr…). One set, not one of each: stem asks it of every
// word of every sentence a miner stores (≈ 9 million words in a million
// pairs), and the second lookup was half of stem's time.
var unindexed = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but of to in on at by for with from as into
		is are was were be been being am it its this that these those there here he she they we you
		his her their our your my me him them us not no so if than then too very can will would
		shall should may might must do does did has have had`) {
		m[w] = true
	}
	// CC-CEDICT's noise.
	for _, w := range strings.Fields(`sb sth cl abbr lit fig etc variant used also pr esp one's oneself s see`) {
		m[w] = true
	}
	return m
})

// stem is the index form of an English word, "" for words not worth
// indexing: lower case, plural taken off ("banks" → "bank", "companies" →
// "company", "boxes" → "box"). It is deliberately lighter than a Porter
// stemmer: "intelligent" and "intelligence" stay apart, as they are
// different words for a learner.
func stem(w string) string {
	w = strings.Trim(w, "'")
	w = strings.TrimSuffix(w, "'s")
	if len(w) < 2 || unindexed()[w] {
		return ""
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes") ||
		strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// QueryTerms are the index terms of an English query: "banks" → ["bank"].
func QueryTerms(q string) []string {
	var terms []string
	for _, w := range englishWords(q) {
		if s := stem(w); s != "" {
			terms = append(terms, s)
		}
	}
	return terms
}

// indexable cleans a sense for the English index: no classifier lists, no
// cross-references, no inline readings or examples.
func indexable(sense string) string {
	for _, skip := range []string{"CL:", "see ", "variant of", "old variant", "used in "} {
		if strings.HasPrefix(sense, skip) {
			return ""
		}
	}
	if strings.IndexAny(sense, "([") < 0 {
		// Nothing for the expressions to take out (most senses): running
		// them anyway was a third of building a new word's English terms.
		return sense
	}
	// CC-CEDICT's inline readings, "门[men2]", and its traditional|
	// simplified pairs; then the parentheticals that quote Chinese or give
	// an example.
	return cutSpans(cutSpans(sense, '[', ']', nil), '(', ')', isExample)
}

// The spans cut from a sense are found by hand, not by regular
// expressions: the index of the 60,000 words a million pairs bring
// (freshIndexes) ran them on a third of their senses, and they were half of
// building its English entries, the slowest of the commit's (0.6 s, the
// commit waiting for it). Each cut is the leftmost-first match of the
// expression it replaces (TestCutSpans: every sense of CC-CEDICT).

// cutSpans returns s without its spans from open to the next close, both
// included, whose inside drop (nil: all) accepts, leftmost first: what
// regexp `\(open)[^(close)]*\(close)` (with drop's test inside) replaced
// with "" took out. A span drop refuses is kept whole, openers inside it
// too: each of them closes where it does, around a part of its inside.
func cutSpans(s string, open, close byte, drop func(inside string) bool) string {
	var out []byte
	from := 0 // s[from:] is not copied to out yet
	for i := 0; i < len(s); {
		o := strings.IndexByte(s[i:], open)
		if o < 0 {
			break
		}
		o += i
		c := strings.IndexByte(s[o+1:], close)
		if c < 0 {
			break // (no later opener closes either)
		}
		c += o + 1
		if drop == nil || drop(s[o+1:c]) {
			out = append(out, s[from:o]...)
			from = c + 1
		}
		i = c + 1
	}
	if from == 0 {
		return s
	}
	return string(append(out, s[from:]...))
}

// isExample reports whether the inside of a parenthetical quotes Chinese or
// gives an example (`\p{Han}|as in |e\.g\.`).
func isExample(inside string) bool {
	if strings.Contains(inside, "as in ") || strings.Contains(inside, "e.g.") {
		return true
	}
	for _, r := range inside {
		if r >= 0x2E80 && unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// cutBrackets returns s without its parentheticals and bracketed spans,
// each from its opener to the next closer of its kind, leftmost first
// (regexp `\([^)]*\)|\[[^\]]*\]` replaced with "").
func cutBrackets(s string) string {
	var out []byte
	from := 0
	for i := 0; i < len(s); i++ {
		var close byte
		switch s[i] {
		case '(':
			close = ')'
		case '[':
			close = ']'
		default:
			continue
		}
		c := strings.IndexByte(s[i+1:], close)
		if c < 0 {
			continue // (an opener of the other kind may still close)
		}
		c += i + 1
		out = append(out, s[from:i]...)
		from = c + 1
		i = c
	}
	if from == 0 {
		return s
	}
	return string(append(out, s[from:]...))
}

// onlyWord returns the word of text (lowerWords) if it has one only.
func onlyWord(text string) (string, bool) {
	n, only := 0, ""
	for w := range lowerWords(text) {
		if n++; n > 1 {
			return "", false
		}
		only = w
	}
	return only, n == 1
}

// englishTerms maps each index term of a word to its rank.
//
// The gloss is read once: its terms are kept for the rank they get last
// (rankGloss), and a sense that is the gloss itself, as most glosses are
// (a new word's terms are the costliest part of a big commit's building,
// fresh.go), is not read again; read again it would change no rank, as
// add only lowers one and rankSense is the lowest.
func englishTerms(w *cards.Word) map[string]byte {
	terms := map[string]byte{}
	var glossTerms []string
	sense := func(s string, gloss bool) {
		s = indexable(s)
		for word := range lowerWords(s) {
			if t := stem(word); t != "" {
				if r, ok := terms[t]; !ok || rankOther < r {
					terms[t] = rankOther
				}
				if gloss {
					glossTerms = append(glossTerms, t)
				}
			}
		}
		// A sense that is one word ("bank", "to bank", "a bank (finance)")
		// names the word best.
		for _, piece := range strings.Split(s, ";") {
			bare := strings.ToLower(piece)
			if strings.IndexAny(bare, "([") >= 0 {
				bare = cutBrackets(bare)
			}
			bare = strings.TrimSpace(bare)
			for _, article := range []string{"to ", "a ", "an ", "the "} {
				bare = strings.TrimPrefix(bare, article)
			}
			if w, ok := onlyWord(bare); ok {
				if t := stem(w); t != "" {
					terms[t] = rankSense
				}
			}
		}
	}
	sense(w.Gloss, true)
	for _, s := range w.Senses {
		if s != w.Gloss {
			sense(s, false)
		}
	}
	for _, t := range glossTerms {
		if terms[t] > rankGloss {
			terms[t] = rankGloss
		}
	}
	return terms
}

// forms are a word's hanzi forms.
func forms(w *cards.Word) []string {
	if w.Trad != "" && w.Trad != w.Word {
		return []string{w.Word, w.Trad}
	}
	return []string{w.Word}
}

// indexWord replaces the index entries of old (nil for a new word) with those
// of w.
func indexWord(tx *bolt.Tx, old, w *cards.Word) error {
	id := []byte(w.ID())
	fb, pb, eb := tx.Bucket(bucketForms), tx.Bucket(bucketPinyin), tx.Bucket(bucketEnglish)
	if old != nil {
		for _, f := range forms(old) {
			if err := fb.Delete(join([]byte(f), id)); err != nil {
				return err
			}
		}
		for t := range englishTerms(old) {
			if err := eb.Delete(join([]byte(t), id)); err != nil {
				return err
			}
		}
	}
	for _, f := range forms(w) {
		if err := fb.Put(join([]byte(f), id), nil); err != nil {
			return err
		}
	}
	if old == nil || !slices.Equal(forms(old), forms(w)) {
		if err := reindexChars(tx, old, w, id); err != nil {
			return err
		}
	}
	if key := pinyin.Toneless(w.Reading); key != "" {
		if err := pb.Put(join([]byte(key), id), nil); err != nil {
			return err
		}
	}
	for t, rank := range englishTerms(w) {
		if err := eb.Put(join([]byte(t), id), []byte{rank}); err != nil {
			return err
		}
	}
	return nil
}

// The character index: which words have a form holding a character, so
// that hanzi that are no word (超级智能, 臂) find the words containing them
// without reading every form (LookupHanzi read the whole forms bucket, about
// 100,000 keys on a million sentences: 6 ms of CPU and 80 page faults for
// every such query, every phrase among them). Keys are (character 0 form
// 0 word ID), one per distinct character of each form: the form is in the
// key so that a query is checked against it without reading the word.

// charKeys calls fn with the character index keys of form of word id.
func charKeys(form string, id []byte, fn func(k []byte) error) error {
	var seen []rune
	for _, r := range form {
		if slices.Contains(seen, r) {
			continue
		}
		seen = append(seen, r)
		if err := fn(join([]byte(string(r)), []byte(form), id)); err != nil {
			return err
		}
	}
	return nil
}

// reindexChars replaces the character index keys of old (nil for a new
// word) with those of w, whose ID is id.
func reindexChars(tx *bolt.Tx, old, w *cards.Word, id []byte) error {
	b := tx.Bucket(bucketFormChars)
	if old != nil {
		for _, f := range forms(old) {
			if err := charKeys(f, id, b.Delete); err != nil {
				return err
			}
		}
	}
	for _, f := range forms(w) {
		if err := charKeys(f, id, func(k []byte) error { return b.Put(k, nil) }); err != nil {
			return err
		}
	}
	return nil
}

// containing returns the IDs of the words with a form that contains
// query (hanzi), each once, in the order the index gives them.
func containing(tx *bolt.Tx, query string) []string {
	r, n := utf8.DecodeRuneInString(query)
	if n == 0 {
		return nil
	}
	p := prefix(string(r))
	seen := map[string]bool{}
	var ids []string
	c := tx.Bucket(bucketFormChars).Cursor()
	for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
		rest := k[len(p):]
		i := bytes.IndexByte(rest, sep)
		if i < 0 || !bytes.Contains(rest[:i], []byte(query)) {
			continue
		}
		if id := string(rest[i+1:]); !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids
}

// buildFormChars makes the character index from the forms index (schema
// 11), in key order.
func buildFormChars(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketFormChars)
	if err != nil {
		return err
	}
	b.FillPercent = 0.9 // written in order
	var keys [][]byte
	err = tx.Bucket(bucketForms).ForEach(func(k, _ []byte) error {
		i := bytes.IndexByte(k, sep)
		if i < 0 {
			return fmt.Errorf("forms entry %q: %w", k, errCorrupt)
		}
		return charKeys(string(k[:i]), k[i+1:], func(k []byte) error { keys = append(keys, k); return nil })
	})
	if err != nil {
		return err
	}
	slices.SortFunc(keys, bytes.Compare)
	for _, k := range keys {
		if err := b.Put(k, nil); err != nil {
			return err
		}
	}
	return nil
}

// checkFormChars verifies that the character index holds exactly the keys
// of the forms index's forms.
func checkFormChars(tx *bolt.Tx) error {
	b := tx.Bucket(bucketFormChars)
	want := 0
	err := tx.Bucket(bucketForms).ForEach(func(k, _ []byte) error {
		i := bytes.IndexByte(k, sep)
		if i < 0 {
			return fmt.Errorf("forms entry %q: %w", k, errCorrupt)
		}
		return charKeys(string(k[:i]), k[i+1:], func(ck []byte) error {
			want++
			if b.Get(ck) == nil {
				return fmt.Errorf("form %s of %s: %q not in the character index", k[:i], k[i+1:], ck)
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	if n := b.Stats().KeyN; n != want {
		return fmt.Errorf("character index holds %d keys, the forms make %d", n, want)
	}
	return nil
}
