package zh

import (
	"cmp"
	"slices"
	"strings"

	"cika/cards"
)

// maxNameChars is the longest transliterated name markNames looks for.
const maxNameChars = 8

// markNames finds runs of characters that transliterate a capitalised word
// of the English side (穆斯塔法 for "Mustafa", which CC-CEDICT lacks and the
// segmenter splits into 穆 斯 塔 法) and merges each into one token flagged
// as a name, so that its characters are not taught as words.
//
// A run qualifies when it is made of single characters or name entries, is
// at least two characters long, and its toneless pinyin is within a third of
// its length (in edits) of the English word.
func (a *Analyzer) markNames(toks []cards.Token, en *english) []cards.Token {
	if len(en.caps) == 0 {
		return toks
	}
	// Every qualifying span, then the closest matches first, without
	// overlaps: 与穆斯塔法 is "yu" + Mustafa, not a longer, looser match.
	type span struct {
		start, end int
		dist       float64
		word       string
	}
	var spans []span
	var pyBuf [64]byte
	for k := range toks {
		py := pyBuf[:0]
		chars := 0
		for j := k; j < len(toks); j++ {
			t := toks[j]
			if t.Reading == "" || !(hanCount(t.Text) == 1 || t.Name) {
				break
			}
			if j == k && strings.HasSuffix(firstSyllable(t.Reading), "5") {
				// A name does not open with a neutral tone: 碰到了小李
				// "ran into Xiao Li" is no 了小 "Xiao".
				break
			}
			if chars += hanCount(t.Text); chars > maxNameChars {
				break
			}
			for s := range strings.FieldsSeq(t.Reading) {
				py = append(py, toneless(s)...)
			}
			if chars < 2 {
				continue
			}
			if w, d := en.nameLike(py); w != "" {
				spans = append(spans, span{k, j + 1, d, w})
			}
		}
	}
	if len(spans) == 0 {
		return toks
	}
	slices.SortStableFunc(spans, func(x, y span) int {
		if c := cmp.Compare(x.dist, y.dist); c != 0 {
			return c
		}
		return cmp.Compare(y.end-y.start, x.end-x.start) // longer first
	})
	taken := make([]bool, len(toks))
	word := make(map[int]span)
	for _, sp := range spans {
		if slices.Contains(taken[sp.start:sp.end], true) {
			continue
		}
		for i := sp.start; i < sp.end; i++ {
			taken[i] = true
		}
		word[sp.start] = sp
	}
	out := make([]cards.Token, 0, len(toks))
	for k := 0; k < len(toks); {
		if sp, ok := word[k]; ok {
			out = append(out, a.nameToken(toks[sp.start:sp.end], sp.word))
			k = sp.end
			continue
		}
		out = append(out, toks[k])
		k++
	}
	return out
}

// nameToken merges toks into one name token glossed with the English word.
func (a *Analyzer) nameToken(toks []cards.Token, word string) cards.Token {
	var text, simp, trad, reading strings.Builder
	for i, t := range toks {
		text.WriteString(t.Text)
		if i > 0 {
			reading.WriteByte(' ')
		}
		reading.WriteString(t.Reading)
		s, tr := t.Word, t.Trad
		if s == "" {
			s, tr = t.Text, t.Text
		}
		simp.WriteString(s)
		trad.WriteString(tr)
	}
	return cards.Token{
		Text: text.String(), Word: simp.String(), Trad: trad.String(),
		Reading: reading.String(), Gloss: word, Senses: []string{word}, Name: true,
	}
}

// toneless strips the tone digit and writes ü as u.
func toneless(syl string) string {
	syl = strings.TrimRight(syl, "12345")
	return strings.ReplaceAll(syl, "ü", "u")
}

// nameLike returns the capitalised English word that the toneless pinyin py
// transliterates and its distance (edits per letter, at most 1/3); "" if
// none.
func (x *english) nameLike(py []byte) (string, float64) {
	best, bestD := "", 1.0
	for _, c := range x.caps {
		lw, orig := c.lw, c.orig
		n := max(len(lw), len(py))
		if n < 4 || abs(len(lw)-len(py))*3 > n {
			continue
		}
		d := float64(editDistance(lw, py)) / float64(n)
		if d <= 1.0/3 && (d < bestD || (d == bestD && orig < best)) {
			best, bestD = orig, d
		}
	}
	return best, bestD
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// editDistance is the Levenshtein distance between two ASCII strings.
func editDistance[S ~string | ~[]byte](a string, b S) int {
	var pb, cb [48]int
	prev, cur := pb[:], cb[:]
	if len(b)+1 > len(pb) {
		prev, cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// firstSyllable is the first of a reading's space-separated syllables,
// strings.Fields(reading)[0] without the slice: markNames asks it of every
// single character of a pair whose English has a capitalised word.
func firstSyllable(reading string) string {
	for s := range strings.FieldsSeq(reading) {
		return s
	}
	return ""
}
