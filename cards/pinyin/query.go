package pinyin

import (
	"strings"
	"sync"
	"unicode"
)

// Query is pinyin as a learner types it, parsed for matching against stored
// readings: the toneless key and, syllable by syllable, any tone given.
type Query struct {
	// Key is the toneless, spaceless form: "zhineng".
	Key string
	// Syllables are the query's syllables (toneless, ü written v) as split
	// by ParseQuery; Tones[i] is the tone given for Syllables[i], 0 if none.
	Syllables []string
	Tones     []int
}

// HasTones reports whether any tone was given.
func (q Query) HasTones() bool {
	for _, t := range q.Tones {
		if t != 0 {
			return true
		}
	}
	return false
}

// Matches reports whether a stored numeric reading fits the query: same
// toneless key and, where the query gives a tone, the same tone.
func (q Query) Matches(reading string) bool {
	if Toneless(reading) != q.Key {
		return false
	}
	if !q.HasTones() {
		return true
	}
	syls := strings.Fields(reading)
	sameSplit := len(syls) == len(q.Syllables)
	for i := 0; sameSplit && i < len(syls); i++ {
		letters, _ := Split(syls[i])
		sameSplit = Toneless(letters) == q.Syllables[i]
	}
	tones := Tones(reading)
	if sameSplit {
		for i, t := range q.Tones {
			if t != 0 && t != tones[i] {
				return false
			}
		}
		return true
	}
	// The query split differently ("fāngàn" read as fan+gan, the word is
	// fang+an): the tones given must then be the reading's, in order.
	var given []int
	for _, t := range q.Tones {
		if t != 0 {
			given = append(given, t)
		}
	}
	if len(given) != len(tones) {
		return false
	}
	for i := range given {
		if given[i] != tones[i] {
			return false
		}
	}
	return true
}

// ParseQuery reads pinyin in any of the forms learners type — "zhineng",
// "zhi neng", "zhi4neng2", "zhi4 neng2", "zhìnéng", "lv4", "lü4" — and
// splits it into syllables. It reports false when s is not pinyin (Chinese,
// English words that are not syllables, stray symbols).
func ParseQuery(s string) (Query, bool) {
	// Chunks end at a space or a tone digit; tone marks are taken off the
	// vowels and remembered per chunk position.
	type chunk struct {
		letters []rune
		marks   []int // tone mark on letters[i], 0 if none
		tone    int   // trailing digit
	}
	var chunks []chunk
	cur := chunk{}
	flush := func() {
		if len(cur.letters) > 0 {
			chunks = append(chunks, cur)
		} else if cur.tone != 0 && len(chunks) > 0 {
			return
		}
		cur = chunk{}
	}
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "u:", "v")
	for _, r := range s {
		switch {
		case r == ' ' || r == '\'' || r == '-' || r == '’':
			flush()
		case r >= '1' && r <= '5':
			if len(cur.letters) == 0 {
				return Query{}, false
			}
			cur.tone = int(r - '0')
			flush()
		case r >= 'a' && r <= 'z':
			cur.letters = append(cur.letters, r)
			cur.marks = append(cur.marks, 0)
		case r == 'ü':
			cur.letters = append(cur.letters, 'v')
			cur.marks = append(cur.marks, 0)
		default:
			u, ok := unmarked()[r]
			if !ok {
				if unicode.Is(unicode.Mn, r) { // combining mark typed separately
					continue
				}
				return Query{}, false
			}
			base := unicode.ToLower(u.base)
			if base == 'ü' {
				base = 'v'
			}
			cur.letters = append(cur.letters, base)
			cur.marks = append(cur.marks, u.tone)
		}
	}
	flush()
	if len(chunks) == 0 {
		return Query{}, false
	}
	var q Query
	for _, c := range chunks {
		parts, ok := segment(c.letters, c.marks)
		if !ok {
			return Query{}, false
		}
		for i, p := range parts {
			q.Syllables = append(q.Syllables, p.text)
			tone := p.mark
			if i == len(parts)-1 && c.tone != 0 {
				tone = c.tone
			}
			q.Tones = append(q.Tones, tone)
			q.Key += p.text
		}
	}
	return q, true
}

type part struct {
	text string
	mark int
}

// syllables is the set of valid syllables, built on first use (a pinyin
// query), not at every command's start.
var syllables = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, strings.Count(syllableList, " ")+1) // no growing
	for s := range strings.FieldsSeq(syllableList) {
		m[s] = true
	}
	return m
})

// segment splits letters into the fewest valid syllables, each with at most
// one tone mark (so "xian" stays one syllable but "xīān" is two).
func segment(letters []rune, marks []int) ([]part, bool) {
	n := len(letters)
	const inf = 1 << 30
	best := make([]int, n+1) // fewest syllables covering letters[:i]
	prev := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = inf
	}
	for end := 1; end <= n; end++ {
		for start := max(0, end-6); start < end; start++ {
			if best[start] == inf || !syllables()[string(letters[start:end])] {
				continue
			}
			nmarks := 0
			for _, m := range marks[start:end] {
				if m != 0 {
					nmarks++
				}
			}
			if nmarks > 1 {
				continue
			}
			if best[start]+1 < best[end] {
				best[end] = best[start] + 1
				prev[end] = start
			}
		}
	}
	if best[n] == inf {
		return nil, false
	}
	var parts []part
	for end := n; end > 0; end = prev[end] {
		start := prev[end]
		p := part{text: string(letters[start:end])}
		for _, m := range marks[start:end] {
			if m != 0 {
				p.mark = m
			}
		}
		parts = append(parts, p)
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return parts, true
}
