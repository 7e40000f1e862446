package anki

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"cika/cards"
	"cika/cards/gloss"
	"cika/cards/pinyin"
)

// Field rendering: what each field of a note holds (Fields), as HTML.
//
// A field is shared by the two cards and by both sides of a card, so what
// differs between them is left to the templates' CSS (notetype.go), marked
// by a few classes:
//
//	hl    an occurrence of the note's word: highlighted, and blanked on
//	      the Recall front
//	hc    the same characters as part of another word: shown plain, but
//	      blanked on the Recall front too, which would otherwise give the
//	      answer away
//	far   the part of a long sentence away from the word: only the clause
//	      around the word goes on a front, the whole sentence on the back
//	ctx   a homograph's context (below)
//	others the word's other senses, set apart from the one in context
//	t0-t5 a syllable's tone
//
// Homographs: when two notes have the same characters (将 jiāng, 将 jiàng),
// a Recognition front that shows only the characters cannot be answered,
// and Anki, which checks duplicates on the first field, flags them. So the
// Hanzi field of such a note also holds the clause of its sentence with the
// word highlighted (class ctx, hidden where the word is the answer). The
// field stays unique per word, and the note's guid, which derives from the
// word and its reading, does not change.

// Part is one piece of the example sentence as analysed: a word with its
// reading, or punctuation and other text.
type Part struct {
	Text    string // as written; the parts' texts make up Note.Sentence
	Reading string // numeric pinyin of a word, "" for anything else
	Target  bool   // an occurrence of the note's word
}

// fieldOptions are what rendering a note needs to know of the others.
type fieldOptions struct {
	script gloss.Script
	// homograph: another note has the same characters.
	homograph bool
	// ordinal, when > 0, tells apart homographs whose sentences are the
	// same too (a hidden number, for Anki's duplicate check only).
	ordinal int
	// syllables, if not nil, remembers the pinyin rendered.
	syllables *syllables
}

// fields renders note i of the export, n, knowing the others.
func (e *export) fields(i int, n *Note) []string {
	return fields(n, e.fieldOptions(i))
}

// appendFields appends note i's fields (appendFields), with scratch space
// kept from note to note: one goroutine renders an export's fields.
func (e *export) appendFields(b []byte, i int, n *Note) []byte {
	return appendFields(b, n, e.fieldOptions(i), &e.scratch)
}

func (e *export) fieldOptions(i int) fieldOptions {
	return fieldOptions{homograph: e.homographs[i] >= 0, ordinal: max(0, e.homographs[i]), syllables: &e.syllables}
}

// homographs gives each note -1 when no other note has its characters
// (words, the trimmed headwords), else 0, or 1, 2, … for the notes whose
// context would be the same as another's. Only the homographs are read
// (again) from src, for their context.
func homographs(src Source, words []string) ([]int, error) {
	out := make([]int, len(words))
	order := make([]int32, len(words))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(strings.Compare(words[a], words[b]), cmp.Compare(a, b))
	})
	var n Note
	for len(order) > 0 {
		same := 1
		for same < len(order) && words[order[same]] == words[order[0]] {
			same++
		}
		group := order[:same]
		order = order[same:]
		if len(group) == 1 {
			out[group[0]] = -1
			continue
		}
		seen := map[string]int{}
		for _, i := range group { // in the notes' order
			if err := src.Note(int(i), &n); err != nil {
				return nil, err
			}
			c := stripHTML(context(&n))
			seen[c]++
			if seen[c] > 1 {
				out[i] = seen[c] - 1
			}
		}
	}
	return out, nil
}

// fieldSep separates the fields of a note as Anki stores them (notes.flds).
// No field holds one: esc drops control characters.
const fieldSep = "\x1f"

// fields renders a note's field values, in the order of Fields.
func fields(n *Note, o fieldOptions) []string {
	return strings.Split(string(appendFields(nil, n, o, nil)), fieldSep)
}

// scratch is what rendering a note's fields may keep for the next note's.
type scratch struct {
	texts []string // the texts of a sentence's parts
}

// appendFields appends a note's field values to b, in the order of Fields,
// separated by fieldSep as in notes.flds: a note's fields rendered straight
// into its row, not as nine strings then joined (rendering the fields
// allocated about 4 KB a note). sc, if not nil, is scratch space kept from
// one call to the next.
func appendFields(b []byte, n *Note, o fieldOptions, sc *scratch) []byte {
	if sc == nil {
		sc = &scratch{}
	}
	b = append(b, esc(strings.TrimSpace(n.Word))...)
	if o.homograph {
		if c := context(n); c != "" {
			b = append(append(append(b, `<div class=ctx>`...), c...), `</div>`...)
		}
		if o.ordinal > 0 {
			b = fmt.Appendf(b, `<span class=n hidden>%d</span>`, o.ordinal)
		}
	}
	b = append(append(b, fieldSep...), esc(marks(n.Reading))...)
	b = o.syllables.appendColored(append(b, fieldSep...), n.Reading)
	b = append(append(b, fieldSep...), blankWord(meaning(n, o.script), n)...)
	b = appendSentence(append(b, fieldSep...), n)
	b = appendSentencePinyin(append(b, fieldSep...), n, o.syllables, sc)
	b = append(append(b, fieldSep...), esc(n.Translation)...)
	b = append(append(b, fieldSep...), esc(n.Source)...)
	b = append(b, fieldSep...)
	if n.Trad != n.Word {
		b = append(b, esc(n.Trad)...)
	}
	return b
}

// meaning is the sense in context, then the word's other senses set apart,
// each written for people (package gloss), never cut.
func meaning(n *Note, script gloss.Script) string {
	main := strings.TrimSpace(n.Meaning)
	s := esc(gloss.Render(main, script))
	var others []string
	for _, m := range n.Others {
		m = strings.TrimSpace(m)
		if m == "" || m == main || slices.Contains(others, m) {
			continue
		}
		others = append(others, m)
	}
	if len(others) > 0 {
		for i, m := range others {
			others[i] = esc(gloss.Render(m, script))
		}
		s += `<div class=others>` + strings.Join(others, " · ") + `</div>`
	}
	return s
}

// blankWord marks, in rendered HTML, the note's word (simplified and
// traditional) and its tone-marked reading where a meaning names them —
// "(给 sb + verb) for", "used in 菩萨 púsà" — as class hc, which the Recall
// front blanks. Tags are left alone.
func blankWord(h string, n *Note) string {
	var words []string
	for _, w := range []string{n.Word, n.Trad, marks(n.Reading)} {
		w = esc(strings.TrimSpace(w))
		// A toneless reading ("de", "le") is also English letters.
		if w != "" && !slices.Contains(words, w) && !isASCII(w) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return h
	}
	var b strings.Builder
	for h != "" {
		// Copy a tag as it is.
		if h[0] == '<' {
			end := strings.IndexByte(h, '>')
			if end < 0 {
				end = len(h) - 1
			}
			b.WriteString(h[:end+1])
			h = h[end+1:]
			continue
		}
		text := h
		if i := strings.IndexByte(h, '<'); i >= 0 {
			text = h[:i]
		}
		h = h[len(text):]
		for text != "" {
			at, w := -1, ""
			for _, c := range words {
				if i := strings.Index(text, c); i >= 0 && (at < 0 || i < at) {
					at, w = i, c
				}
			}
			if at < 0 {
				b.WriteString(text)
				break
			}
			b.WriteString(text[:at] + `<span class=hc>` + w + `</span>`)
			text = text[at+len(w):]
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// marked is a byte range of the sentence and how it is marked.
type marked struct {
	start, end int
	class      string // "hl" or "hc"
}

// occurrences finds the word in the sentence: the word's own occurrences
// (class hl: the target parts, else the given Highlight, else every
// occurrence of its characters) and the same characters elsewhere (hc).
func occurrences(n *Note) []marked {
	s := n.Sentence
	var out []marked
	if parts := n.Parts; partsMatch(n) {
		at := 0
		for _, p := range parts {
			if p.Target {
				out = append(out, marked{at, at + len(p.Text), "hl"})
			}
			at += len(p.Text)
		}
	} else if h := n.Highlight; validSpan(s, h.Start, h.End) {
		out = append(out, marked{h.Start, h.End, "hl"})
	}
	class := "hc"
	if len(out) == 0 {
		class = "hl"
	}
	for _, w := range []string{n.Word, n.Trad} {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(w)
			if !slices.ContainsFunc(out, func(m marked) bool { return a < m.end && m.start < b }) {
				out = append(out, marked{a, b, class})
			}
			from = b
		}
	}
	slices.SortFunc(out, func(x, y marked) int { return x.start - y.start })
	return out
}

// partsMatch reports whether the note's parts make up its sentence.
func partsMatch(n *Note) bool {
	if len(n.Parts) == 0 {
		return false
	}
	at := 0
	for _, p := range n.Parts {
		if !strings.HasPrefix(n.Sentence[at:], p.Text) {
			return false
		}
		at += len(p.Text)
	}
	return at == len(n.Sentence)
}

func validSpan(s string, a, b int) bool {
	return 0 <= a && a < b && b <= len(s) && utf8.RuneStart(s[a]) && (b == len(s) || utf8.RuneStart(s[b]))
}

// clause is the byte range of the sentence a front shows: the clause
// around the word's first occurrence when the sentence is long
// (cards.Clause).
func clause(s string, first marked) (int, int) {
	if first.end == 0 {
		return 0, len(s)
	}
	return cards.Clause(s, first.start, first.end)
}

// sentence renders the example sentence with the word's occurrences marked
// and, in a long sentence, what lies away from the word wrapped in far.
func sentence(n *Note) string { return string(appendSentence(nil, n)) }

// appendSentence appends sentence(n) to out.
func appendSentence(out []byte, n *Note) []byte {
	s := n.Sentence
	ms := occurrences(n)
	var first marked
	for _, m := range ms {
		if m.class == "hl" {
			first = m
			break
		}
	}
	a, b := clause(s, first)
	write := func(from, to int, far bool) {
		if from >= to {
			return
		}
		if far {
			out = append(out, `<span class=far>`...)
		}
		at := from
		for _, m := range ms {
			if m.start < from || m.end > to {
				continue
			}
			out = append(out, esc(s[at:m.start])...)
			out = append(append(append(out, `<span class=`...), m.class...), '>')
			out = append(append(out, esc(s[m.start:m.end])...), `</span>`...)
			at = m.end
		}
		out = append(out, esc(s[at:to])...)
		if far {
			out = append(out, `</span>`...)
		}
	}
	// An occurrence that straddles the clause's edge goes with the clause.
	for _, m := range ms {
		if m.start < a && m.end > a {
			a = m.start
		}
		if m.start < b && m.end > b {
			b = m.end
		}
	}
	write(0, a, true)
	write(a, b, false)
	write(b, len(s), true)
	return out
}

// context is a homograph's context on its Recognition front: the clause
// around the word, the word highlighted; "" without a sentence.
func context(n *Note) string {
	ms := occurrences(n)
	var first marked
	for _, m := range ms {
		if m.class == "hl" {
			first = m
			break
		}
	}
	if first.end == 0 {
		return ""
	}
	s := n.Sentence
	a, b := clause(s, first)
	return esc(s[a:first.start]) + `<span class=hl>` + esc(s[first.start:first.end]) + `</span>` + esc(s[first.end:b])
}

// sentencePinyin is the sentence's pinyin: with the parts, each syllable
// coloured by its tone and the word highlighted; else the pinyin given.
func sentencePinyin(n *Note, c *syllables) string {
	return string(appendSentencePinyin(nil, n, c, &scratch{}))
}

// appendSentencePinyin appends sentencePinyin(n, c) to b, with sc's
// scratch space.
func appendSentencePinyin(b []byte, n *Note, c *syllables, sc *scratch) []byte {
	if !partsMatch(n) {
		return append(b, esc(n.SentencePinyin)...)
	}
	texts := sc.texts[:0]
	for _, p := range n.Parts {
		texts = append(texts, p.Text)
	}
	sc.texts = texts
	for i, space := range pinyin.Spaces(texts) {
		p := &n.Parts[i]
		start := len(b)
		if space {
			b = append(b, ' ')
		}
		if p.Target {
			b = append(b, `<span class=hl>`...)
		}
		piece := len(b)
		if strings.TrimSpace(p.Reading) != "" {
			b = c.appendColored(b, p.Reading)
		} else {
			b = append(b, esc(pinyin.Punctuation(p.Text))...)
		}
		if len(b) == piece { // nothing to show: no space, no span
			b = b[:start]
			continue
		}
		if p.Target {
			b = append(b, `</span>`...)
		}
	}
	return b
}
