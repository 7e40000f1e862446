package corpus

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// The tsv format is one pair per line, the two sides separated by a tab, in
// either order: the side written in Chinese characters is the Chinese one,
// line by line. Blank lines and lines starting with "#" are skipped, and so is
// a first line with no Chinese on either side (a header row such as
// "zh<TAB>en").

func sniffTSV(first []line) bool {
	for _, ln := range first {
		text := strings.TrimSpace(ln.text)
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		return strings.Count(ln.text, "\t") == 1
	}
	return false
}

type tsvParser struct {
	skipped []Skip
	seen    bool // a non-blank, non-comment line was met
}

func (p *tsvParser) skips() []Skip { return p.skipped }

func (p *tsvParser) next(l *lines) (Pair, error) {
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
		first := !p.seen
		p.seen = true
		cols := strings.Split(strings.TrimRight(ln.text, " "), "\t")
		if len(cols) != 2 {
			return Pair{}, &Error{Doc: l.name, Line: ln.n,
				Err: fmt.Errorf("want 2 tab-separated columns (zh and en), got %d", len(cols))}
		}
		a, b := strings.TrimSpace(cols[0]), strings.TrimSpace(cols[1])
		ha, la := hanCount(a)
		hb, lb := hanCount(b)
		switch {
		case ha == 0 && hb == 0 && first:
			p.skipped = append(p.skipped, Skip{Line: ln.n, Lines: 1, Reason: "header"})
			continue
		case ha == 0 && hb == 0:
			return Pair{}, &Error{Doc: l.name, Line: ln.n, Err: errors.New("no Chinese on either side")}
		case a == "" || b == "":
			return Pair{}, &Error{Doc: l.name, Line: ln.n, Err: errors.New("one side is empty")}
		}
		// The Chinese side is the one with the larger share of Chinese
		// characters among its letters.
		if ha*lb > hb*la {
			return Pair{ZH: a, EN: b, Source: Source{Line: ln.n}}, nil
		}
		if hb*la > ha*lb {
			return Pair{ZH: b, EN: a, Source: Source{Line: ln.n}}, nil
		}
		return Pair{}, &Error{Doc: l.name, Line: ln.n, Err: errors.New("cannot tell which side is Chinese")}
	}
}
