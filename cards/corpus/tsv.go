package corpus

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The tsv format is one pair per line, its fields separated by tabs. The
// first data line fixes the layout, and every line must have as many
// fields:
//
//	2 fields  zh<TAB>en or en<TAB>zh: the side written in Chinese
//	          characters is the Chinese one, line by line ("tsv");
//	3 fields  English<TAB>Chinese<TAB>attribution, the layout of the
//	          Tatoeba-derived files of manythings.org/anki ("manythings");
//	          the attribution is kept with the pair;
//	4 fields  id<TAB>text<TAB>id<TAB>text, Tatoeba's "sentence pairs"
//	          export in either direction ("tatoeba"); the pair is credited
//	          "tatoeba.org #id & #id" (Chinese first).
//
// Blank lines and lines starting with "#" are skipped, and so is a first
// line with no Chinese in any field (a header row such as "zh<TAB>en").

func sniffTSV(first []line) bool {
	for _, ln := range first {
		text := strings.TrimSpace(ln.text)
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		n := strings.Count(ln.text, "\t")
		return n >= 1 && n <= 3
	}
	return false
}

type tsvParser struct {
	skipped []Skip
	seen    bool // a non-blank, non-comment line was met
	cols    int  // fields per line, fixed by the first data line
	// sides are the counts of the pair last returned, when either
	// ordered its sides.
	sides   sideCounts
	counted bool
}

// lastCounts returns the counts of the pair last returned, or nil
// (sideCounter).
func (p *tsvParser) lastCounts() *sideCounts {
	if !p.counted {
		return nil
	}
	return &p.sides
}

func (p *tsvParser) skips() []Skip { return p.skipped }

func (p *tsvParser) name() string {
	switch p.cols {
	case 3:
		return "manythings"
	case 4:
		return "tatoeba"
	}
	return "tsv"
}

func (p *tsvParser) next(l *lines) (Pair, error) {
	p.counted = false
	for {
		ln, ok := l.next()
		if !ok {
			return Pair{}, io.EOF
		}
		text := strings.TrimSpace(ln.text)
		if text == "" {
			continue
		}
		if strings.HasPrefix(text, "#") {
			p.skipped = append(p.skipped, Skip{Line: ln.n, Lines: 1, Reason: "comment"})
			continue
		}
		var buf [4]string
		cols := appendFields(buf[:0], strings.TrimRight(ln.text, " "))
		if !p.seen {
			// The first line is a header if it has no Chinese at all.
			p.seen = true
			han := 0
			for _, c := range cols {
				h, _ := hanCount(c)
				han += h
			}
			if han == 0 {
				p.skipped = append(p.skipped, Skip{Line: ln.n, Lines: 1, Reason: "header"})
				continue
			}
		}
		if p.cols == 0 {
			p.cols = len(cols)
			if p.cols < 2 || p.cols > 4 {
				return Pair{}, &Error{Doc: l.name, Line: ln.n,
					Err: fmt.Errorf("want 2, 3 or 4 tab-separated columns, got %d", len(cols))}
			}
		}
		if len(cols) != p.cols {
			want := map[int]string{2: "zh and en", 3: "English, Chinese, attribution", 4: "id, text, id, text"}[p.cols]
			return Pair{}, &Error{Doc: l.name, Line: ln.n,
				Err: fmt.Errorf("want %d tab-separated columns (%s), got %d", p.cols, want, len(cols))}
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		src := Source{Line: ln.n}
		switch p.cols {
		case 2:
			zh, en := either(cols[0], cols[1], &p.sides)
			p.counted = true
			return Pair{ZH: zh, EN: en, Source: src}, nil
		case 3:
			src.Attribution = cols[2]
			return Pair{ZH: cols[1], EN: cols[0], Source: src}, nil
		default:
			for _, i := range []int{0, 2} {
				if _, err := strconv.ParseUint(cols[i], 10, 64); err != nil {
					return Pair{}, &Error{Doc: l.name, Line: ln.n,
						Err: fmt.Errorf("column %d is %q, not a Tatoeba sentence number", i+1, clip(cols[i]))}
				}
			}
			zh, en := either(cols[1], cols[3], &p.sides)
			p.counted = true
			zid, eid := cols[0], cols[2]
			if zh != cols[1] {
				zid, eid = eid, zid
			}
			src.Attribution = "tatoeba.org #" + zid + " & #" + eid
			return Pair{ZH: zh, EN: en, Source: src}, nil
		}
	}
}

// appendFields appends the tab-separated fields of s to cols:
// strings.Split's fields, without allocating a slice for each of a
// million lines when cols has room.
func appendFields(cols []string, s string) []string {
	for {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			return append(cols, s)
		}
		cols, s = append(cols, s[:i]), s[i+1:]
	}
}

// either returns (zh, en) from two fields in either order: the Chinese one
// has the larger share of Chinese characters among its letters. On a tie
// (both Chinese, neither, one empty) the order is kept and the pair checks
// judge. c is set to the counts of (zh, en), for the pair checks.
func either(a, b string, c *sideCounts) (zh, en string) {
	ha, la := hanCount(a)
	hb, lb := hanCount(b)
	if hb*la > ha*lb || a == "" && hb > 0 {
		*c = sideCounts{hb, lb, ha, la}
		return b, a
	}
	*c = sideCounts{ha, la, hb, lb}
	return a, b
}
