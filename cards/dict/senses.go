package dict

import (
	"strings"
	"unicode"
)

// Ref is a reference to another headword inside a sense, as CC-CEDICT
// writes them: 隻|只[zhi1] (traditional|simplified[reading]) or 我的[wo3 de5].
type Ref struct {
	Trad, Simp string
	// Pinyin is the reading in the reference, normalised like
	// Entry.Pinyin; "" when the reference gives none.
	Pinyin string
}

// Variant is a "variant of" sense: Kind is the words before "variant of"
// ("", "old", "erhua", "Japanese", …).
type Variant struct {
	Kind string
	Of   Ref
}

// IsName reports whether the entry is a proper name: CC-CEDICT writes the
// pinyin of names (people, places, brands) capitalised ("Bei3 jing1").
func (e *Entry) IsName() bool {
	for _, r := range e.Pinyin {
		return unicode.IsUpper(r)
	}
	return false
}

// IsSurname reports whether one of the senses is "surname X".
func (e *Entry) IsSurname() bool {
	for _, s := range e.Senses() {
		if strings.HasPrefix(s, "surname ") {
			return true
		}
	}
	return false
}

// Classifiers returns the measure words of the "CL:" senses
// (CL:個|个[ge4],位[wei4] → 个 ge4, 位 wei4) and of the notes that newer
// entries put at the end of a sense instead ("apartment building; block
// of flats (CL:套[tao4])" → 套 tao4).
func (e *Entry) Classifiers() []Ref {
	var out []Ref
	for _, s := range e.Senses() {
		rest, ok := ClassifierNote(s)
		if !ok {
			continue
		}
		for _, part := range strings.Split(rest, ",") {
			if r, ok := ParseRef(strings.TrimSpace(part)); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// ClassifierNote returns the measure words a sense names as a "CL:" note,
// as written ("個|个[ge4],位[wei4]"): the sense itself ("CL:個|个[ge4],位
// [wei4]"), or a note that closes it ("block of flats (CL:套[tao4])").
// A note followed by more text ("o'clock (CL:點|点[dian3],分[fen1]) (as
// in 五分鐘 …)") tells how the word is read in a longer one, not what
// counts it.
func ClassifierNote(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "CL:"); ok {
		return rest, true
	}
	i := strings.LastIndex(s, "(CL:")
	if i < 0 || strings.IndexByte(s[i:], ')') != len(s)-i-1 {
		return "", false
	}
	return s[i+len("(CL:") : len(s)-1], true
}

// Variants returns the "… variant of X" senses.
func (e *Entry) Variants() []Variant {
	var out []Variant
	for _, s := range e.Senses() {
		i := strings.Index(s, "variant of ")
		if i < 0 {
			continue
		}
		kind := strings.TrimSpace(s[:i])
		if strings.ContainsAny(kind, "();,") {
			continue // "variant of" inside a longer explanation
		}
		ref := s[i+len("variant of "):]
		if j := strings.IndexAny(ref, ",; )"); j >= 0 && !strings.Contains(ref[:j], "[") {
			ref = ref[:j]
		} else if j := strings.IndexByte(ref, ']'); j >= 0 {
			ref = ref[:j+1]
		}
		if r, ok := ParseRef(ref); ok {
			out = append(out, Variant{Kind: kind, Of: r})
		}
	}
	return out
}

// IsVariantOnly reports whether every sense of the entry is a "variant of"
// reference: such entries carry no meaning of their own.
func (e *Entry) IsVariantOnly() bool {
	ss := e.Senses()
	if len(ss) == 0 {
		return false
	}
	for _, s := range ss {
		if !strings.Contains(s, "variant of ") {
			return false
		}
	}
	return true
}

// AlsoPronounced returns the readings given as "also pr. [xx]" in the
// senses, normalised like Entry.Pinyin.
func (e *Entry) AlsoPronounced() []string {
	var out []string
	for _, s := range e.Senses() {
		for {
			i := strings.Index(s, "also pr. [")
			if i < 0 {
				break
			}
			s = s[i+len("also pr. ["):]
			j := strings.IndexByte(s, ']')
			if j < 0 {
				break
			}
			out = append(out, NormalizePinyin(s[:j]))
			s = s[j+1:]
		}
	}
	return out
}

// ParseRef parses a CC-CEDICT cross-reference: 隻|只[zhi1], 我的[wo3 de5]
// or a bare headword.
func ParseRef(s string) (Ref, bool) {
	var r Ref
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '['); i >= 0 {
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return r, false
		}
		r.Pinyin = NormalizePinyin(strings.TrimSpace(s[i+1 : i+j]))
		s = s[:i]
	}
	if s == "" {
		return r, false
	}
	if t, simp, ok := strings.Cut(s, "|"); ok {
		r.Trad, r.Simp = t, simp
	} else {
		r.Trad, r.Simp = s, s
	}
	if r.Trad == "" || r.Simp == "" {
		return r, false
	}
	return r, true
}
