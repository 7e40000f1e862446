package corpus

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// Two files, one per language, make one document: two subtitle files paired
// by time, or two plain-text files paired line by line.

// subtitleAligner pairs a Chinese and an English subtitle file by time
// overlap. A constant offset between the two is found first (the shift of
// the English cues that makes them overlap the Chinese ones most), then the
// cues are grouped: a Chinese and an English cue that overlap by at least
// half of the shorter one belong together, and groups that share a cue
// merge, so a sentence split into two cues in one language and one cue in
// the other becomes one pair. A cue with no partner gives a pair with an
// empty side, which the pair checks skip and report.
type subtitleAligner struct {
	en      *lines
	zhVTT   bool
	enVTT   bool
	out     []Pair
	read    bool
	skipped []Skip
	offset  time.Duration
}

func (a *subtitleAligner) skips() []Skip { return a.skipped }

func readCues(l *lines, vtt bool) ([]cue, []Skip, error) {
	p := &cueParser{vtt: vtt}
	var cs []cue
	for {
		c, err := p.nextCue(l)
		if err == io.EOF {
			if l.err != nil {
				return nil, nil, l.err
			}
			return cs, p.skipped, nil
		}
		if err != nil {
			return nil, nil, err
		}
		if len(c.text) > 0 {
			cs = append(cs, c)
		}
	}
}

func (a *subtitleAligner) next(zl *lines) (Pair, error) {
	if !a.read {
		a.read = true
		zh, skips, err := readCues(zl, a.zhVTT)
		if err != nil {
			return Pair{}, err
		}
		a.skipped = skips
		en, _, err := readCues(a.en, a.enVTT)
		if err != nil {
			return Pair{}, err
		}
		if len(en) == 0 {
			return Pair{}, &Error{Doc: a.en.name, Err: ErrEmpty}
		}
		a.out, a.offset = alignCues(zh, en)
	}
	if len(a.out) == 0 {
		return Pair{}, io.EOF
	}
	p := a.out[0]
	a.out = a.out[1:]
	return p, nil
}

func overlap(s1, e1, s2, e2 time.Duration) time.Duration {
	o := min(e1, e2) - max(s1, s2)
	return max(o, 0)
}

// bestOffset returns the shift d (subtract from the English times) that
// makes the cues overlap most; ties go to the smallest shift.
func bestOffset(zh, en []cue) time.Duration {
	cands := map[time.Duration]bool{0: true}
	step := max(1, len(zh)/40)
	for i := 0; i < len(zh); i += step {
		// The English cues starting within a minute of this one.
		j := sort.Search(len(en), func(j int) bool { return en[j].start >= zh[i].start-time.Minute })
		for ; j < len(en) && en[j].start <= zh[i].start+time.Minute; j++ {
			d := (en[j].start - zh[i].start).Round(10 * time.Millisecond)
			cands[d] = true
		}
	}
	best, bestScore := time.Duration(0), time.Duration(-1)
	for d := range cands {
		score := time.Duration(0)
		j := 0
		for _, z := range zh {
			for j < len(en) && en[j].end-d <= z.start {
				j++
			}
			for k := j; k < len(en) && en[k].start-d < z.end; k++ {
				score += overlap(z.start, z.end, en[k].start-d, en[k].end-d)
			}
		}
		if score > bestScore || score == bestScore && abs(d) < abs(best) {
			best, bestScore = d, score
		}
	}
	return best
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func alignCues(zh, en []cue) ([]Pair, time.Duration) {
	sort.SliceStable(zh, func(i, j int) bool { return zh[i].start < zh[j].start })
	sort.SliceStable(en, func(i, j int) bool { return en[i].start < en[j].start })
	d := bestOffset(zh, en)
	// Union-find over zh (0..n-1) and en (n..n+m-1).
	n := len(zh)
	parent := make([]int, n+len(en))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	j := 0
	for i, z := range zh {
		for j < len(en) && en[j].end-d <= z.start {
			j++
		}
		for k := j; k < len(en) && en[k].start-d < z.end; k++ {
			s, e := en[k].start-d, en[k].end-d
			shorter := min(z.end-z.start, e-s)
			if o := overlap(z.start, z.end, s, e); o > 0 && o*2 >= shorter {
				parent[find(i)] = find(n + k)
			}
		}
	}
	type group struct {
		zh, en []int
		at     time.Duration
	}
	groups := map[int]*group{}
	var order []*group
	add := func(root int, at time.Duration) *group {
		g := groups[root]
		if g == nil {
			g = &group{at: at}
			groups[root] = g
			order = append(order, g)
		}
		return g
	}
	for i := range zh {
		g := add(find(i), zh[i].start)
		g.zh = append(g.zh, i)
	}
	for k := range en {
		g := add(find(n+k), en[k].start-d)
		g.en = append(g.en, k)
	}
	sort.SliceStable(order, func(a, b int) bool { return order[a].at < order[b].at })
	var out []Pair
	for _, g := range order {
		var zs, es []string
		p := Pair{}
		for _, i := range g.zh {
			c := zh[i]
			zs = append(zs, strings.Join(c.text, " "))
			if p.Line == 0 {
				p.Line, p.Cue, p.Start, p.End = c.line, c.num, c.start, c.end
			}
			p.End = max(p.End, c.end)
		}
		for _, k := range g.en {
			c := en[k]
			es = append(es, strings.Join(c.text, " "))
			if p.Line == 0 {
				// No Chinese cue: located by the English file's line.
				p.Line, p.Cue, p.Start, p.End = c.line, c.num, c.start-d, c.end-d
			}
		}
		p.ZH, p.EN = strings.Join(zs, " "), strings.Join(es, " ")
		out = append(out, p)
	}
	return out, d
}

// textAligner pairs two plain-text files line by line: line n of the
// Chinese file with line n of the English one. Lines blank in both are
// skipped; a line blank in one gives a pair with an empty side.
type textAligner struct {
	en *lines
}

func (a *textAligner) skips() []Skip { return nil }

func (a *textAligner) next(zl *lines) (Pair, error) {
	for {
		z, zok := zl.next()
		e, eok := a.en.next()
		if zl.err != nil {
			return Pair{}, zl.err
		}
		if a.en.err != nil {
			return Pair{}, a.en.err
		}
		switch {
		case !zok && !eok:
			return Pair{}, io.EOF
		case !zok && strings.TrimSpace(e.text) != "":
			return Pair{}, &Error{Doc: a.en.name, Line: e.n,
				Err: fmt.Errorf("%s ends at line %d but this file goes on: the two are not line-aligned", zl.name, zl.n)}
		case !eok && strings.TrimSpace(z.text) != "":
			return Pair{}, &Error{Doc: zl.name, Line: z.n,
				Err: fmt.Errorf("%s ends at line %d but this file goes on: the two are not line-aligned", a.en.name, a.en.n)}
		}
		zt, et := strings.TrimSpace(z.text), strings.TrimSpace(e.text)
		if zt == "" && et == "" {
			continue
		}
		n := z.n
		if !zok {
			n = e.n
		}
		return Pair{ZH: zt, EN: et, Source: Source{Line: n}}, nil
	}
}

// textLanguageLines is how many non-blank lines TextLanguage reads: enough
// to tell a book's language, few enough that a big file costs nothing.
const textLanguageLines = 1000

// TextLanguage reads the start of a plain-text file (one that is in none of
// the one-file formats, by its extension or first lines) and tells its
// language: "zh" when at least four in five of its non-blank lines hold
// Chinese characters, "en" when at least four in five hold letters and
// no Chinese character, "both" otherwise; "" when the file is in one
// of the formats (--format forces one), is empty or cannot be read.
// `cika mine book.zh.txt book.en.txt` uses it, as it does SubtitleLanguage
// for subtitles, to see that two files are one document line by line.
func TextLanguage(name string, r io.Reader, o *Options) string {
	rd := Open(name, r, o)
	if rd.opts.Format != "" {
		return ""
	}
	if _, err := rd.detect(); err == nil || !errors.Is(err, ErrUnknownFormat) {
		return ""
	}
	n, zh, en := 0, 0, 0
	for n < textLanguageLines {
		ln, ok := rd.lines.next()
		if !ok {
			break
		}
		if strings.TrimSpace(ln.text) == "" {
			continue
		}
		n++
		switch han, letters := hanCount(ln.text); {
		case han > 0:
			zh++
		case letters > 0:
			en++
		}
	}
	switch {
	case rd.lines.err != nil || n == 0:
		return ""
	case zh*5 >= n*4:
		return "zh"
	case en*5 >= n*4:
		return "en"
	}
	return "both"
}
