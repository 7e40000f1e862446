package wordnet

import (
	"encoding/binary"
	"strings"
	"unsafe"
)

// cand is a lemma a form may be, with the parts of speech it may be it as.
type cand struct {
	lemma int32
	pos   uint8
}

// cands collects the lemmas of a form on the stack: a form has few.
type cands struct {
	c [12]cand
	n int
}

func (cs *cands) add(lemma int, pos uint8) {
	for i := range cs.n {
		if cs.c[i].lemma == int32(lemma) {
			cs.c[i].pos |= pos
			return
		}
	}
	if cs.n < len(cs.c) {
		cs.c[cs.n] = cand{int32(lemma), pos}
		cs.n++
	}
}

// A detachment rule of WordNet's morphy: a form ending in suffix may be
// the lemma ending in ending instead, for the parts of speech in pos.
type rule struct {
	suffix, ending string
	pos            uint8
}

// rules are morphy's, in its order (wndb(5WN), morphy(7WN)).
var rules = [...]rule{
	{"s", "", noun}, {"ses", "s", noun}, {"xes", "x", noun}, {"zes", "z", noun},
	{"ches", "ch", noun}, {"shes", "sh", noun}, {"men", "man", noun}, {"ies", "y", noun},
	{"s", "", verb}, {"ies", "y", verb}, {"es", "e", verb}, {"es", "", verb},
	{"ed", "e", verb}, {"ed", "", verb}, {"ing", "e", verb}, {"ing", "", verb},
	{"er", "", adj}, {"est", "", adj}, {"er", "e", adj}, {"est", "e", adj},
}

// maxForm bounds the forms the rules rewrite (on the stack); a longer form
// is only looked up as it is.
const maxForm = 80

// minBase is the shortest base the detachment rules may give: shorter
// lemmas are mostly abbreviations (gas is not a plural of GA, Georgia).
const minBase = 3

// lemmas collects the lemmas of the word or phrase w: w itself when it is
// a lemma, then, for each part of speech, its bases from the exception
// lists, or if it has none there, from the detachment rules. A function
// word (his, does) only has its exceptions (was → be). In a phrase the
// rules apply to the whole (the last word: "rail lines") and, when that
// finds nothing, to the first word ("points of view").
func (t *lexicon) lemmas(cs *cands, w string) {
	i := t.find(w)
	if i >= 0 {
		cs.add(i, t.posMask(i))
		if t.function(i) {
			t.exceptions(cs, w, "")
			return
		}
	}
	before := cs.n
	t.morph(cs, w, "")
	if cs.n == before {
		if sp := strings.IndexByte(w, ' '); sp > 0 {
			t.morph(cs, w[:sp], w[sp:])
		}
	}
}

// morph adds the lemmas of head+rest that come of rewriting head.
func (t *lexicon) morph(cs *cands, head, rest string) {
	if len(head)+len(rest) > maxForm {
		return
	}
	excPos := t.exceptions(cs, head, rest)
	var buf [maxForm]byte
	for _, r := range rules {
		if r.pos&excPos != 0 || len(head)-len(r.suffix)+len(r.ending) < minBase || !strings.HasSuffix(head, r.suffix) {
			continue
		}
		if r.pos == noun && strings.HasSuffix(head, "ss") {
			continue // morphy leaves these nouns alone
		}
		n := copy(buf[:], head[:len(head)-len(r.suffix)])
		n += copy(buf[n:], r.ending)
		n += copy(buf[n:], rest)
		if i := t.find(unsafe.String(&buf[0], n)); i >= 0 && t.posMask(i)&r.pos != 0 {
			cs.add(i, r.pos)
		}
	}
}

// exceptions adds the lemmas base+rest for the bases the exception lists
// give the single word form ("went" → "go", "went out" → "go out"), and
// returns the parts of speech the lists hold form for, whose rules then do
// not apply to it (an exception may name the form itself to block them:
// "his" is not a plural).
func (t *lexicon) exceptions(cs *cands, form, rest string) uint8 {
	e := t.excForms.search(form)
	if e < 0 {
		return 0
	}
	var got uint8
	var buf [maxForm]byte
	b := t.excBases.at(e)
	for len(b) > 0 {
		pos := b[0]
		l, k := binary.Uvarint(b[1:])
		b = b[1+k:]
		got |= pos
		if l == 0 {
			continue // the form blocks the rules, and is no lemma
		}
		i := int(l - 1)
		if rest != "" {
			n := copy(buf[:], t.lemma(i))
			if n+len(rest) > maxForm {
				continue
			}
			n += copy(buf[n:], rest)
			if i = t.find(unsafe.String(&buf[0], n)); i < 0 || t.posMask(i)&pos == 0 {
				continue
			}
		}
		cs.add(i, pos)
	}
	return got
}
