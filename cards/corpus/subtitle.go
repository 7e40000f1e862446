package corpus

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Subtitles: SubRip (.srt) and WebVTT (.vtt). A file is a list of cues
// separated by blank lines:
//
//	12                                   ← cue number (SRT; an optional id in WebVTT)
//	00:01:02,500 --> 00:01:04,000        ← timing (WebVTT: "." and optional hours, settings after)
//	我们走吧。                            ← text lines
//	Let's go.
//
// A bilingual file (the srt and vtt formats) holds a Chinese and an English
// line in each cue: the lines holding Chinese characters are the Chinese
// side, the others the English side (cue.sides). A file in one language is
// paired with its partner by time (OpenPair). Markup (<i>, <c.x>,
// {\an8}) is dropped; WebVTT NOTE, STYLE and REGION blocks are skipped.

// The patterns are compiled on first use, not at every command's start.
var (
	timingLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(\S+)\s+-->\s+(\S+)(\s.*)?$`) })
	stamp      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})$`) })
	markup     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<[^>]*>|\{\\[^}]*\}`) })
)

// cue is one subtitle cue.
type cue struct {
	num        int // cue number (or position, when the file numbers none)
	line       int // line of the first text line
	start, end time.Duration
	text       []string // text lines, markup dropped, blank ones removed
}

func parseStamp(s string) (time.Duration, bool) {
	m := stamp().FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	sec, _ := strconv.Atoi(m[3])
	frac := m[4]
	for len(frac) < 3 {
		frac += "0"
	}
	ms, _ := strconv.Atoi(frac)
	if mi > 59 || sec > 59 {
		return 0, false
	}
	return time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute + time.Duration(sec)*time.Second +
		time.Duration(ms)*time.Millisecond, true
}

func sniffSRT(first []line) bool {
	for i, ln := range first {
		text := strings.TrimSpace(strings.TrimPrefix(ln.text, "\ufeff"))
		if text == "" {
			continue
		}
		if _, err := strconv.Atoi(text); err == nil && i+1 < len(first) {
			return timingLine().MatchString(first[i+1].text)
		}
		return false
	}
	return false
}

func sniffVTT(first []line) bool {
	return len(first) > 0 && strings.HasPrefix(strings.TrimPrefix(first[0].text, "\ufeff"), "WEBVTT")
}

// cueParser reads cues.
type cueParser struct {
	vtt     bool
	header  bool // the WEBVTT line has been read
	n       int  // cues read
	skipped []Skip
}

// nextCue returns the next cue, or io.EOF.
func (p *cueParser) nextCue(l *lines) (cue, error) {
	if p.vtt && !p.header {
		ln, ok := l.next()
		if !ok {
			return cue{}, io.EOF
		}
		if !strings.HasPrefix(ln.text, "WEBVTT") {
			return cue{}, &Error{Doc: l.name, Line: ln.n, Err: errors.New("a WebVTT file starts with a WEBVTT line")}
		}
		p.header = true
		// The header block runs to the first blank line.
		for {
			ln, ok := l.peek(0)
			if !ok || strings.TrimSpace(ln.text) == "" {
				break
			}
			l.next()
		}
	}
	for {
		// Skip blank lines; the block starts at the first non-blank one.
		var block []line
		for {
			ln, ok := l.next()
			if !ok {
				if len(block) == 0 {
					return cue{}, io.EOF
				}
				break
			}
			if strings.TrimSpace(ln.text) == "" {
				if len(block) == 0 {
					continue
				}
				break
			}
			block = append(block, ln)
		}
		first := strings.TrimSpace(block[0].text)
		if p.vtt && (first == "NOTE" || strings.HasPrefix(first, "NOTE ") || first == "STYLE" || first == "REGION") {
			reason := strings.ToLower(strings.Fields(first)[0])
			p.skipped = append(p.skipped, Skip{Line: block[0].n, Lines: len(block), Reason: reason})
			continue
		}
		t := 0 // index of the timing line
		if !strings.Contains(block[0].text, "-->") {
			t = 1
		}
		if t >= len(block) || !strings.Contains(block[t].text, "-->") {
			if _, err := strconv.Atoi(first); err == nil && len(block) > 1 {
				return cue{}, &Error{Doc: l.name, Line: block[1].n, Err: fmt.Errorf("broken cue timing %q (want 00:00:01,000 --> 00:00:04,000)", clip(block[1].text))}
			}
			return cue{}, &Error{Doc: l.name, Line: block[0].n, Err: fmt.Errorf("a cue without a timing line: %q", clip(first))}
		}
		c := cue{num: p.n + 1}
		if t == 1 {
			if n, err := strconv.Atoi(first); err == nil {
				c.num = n
			} else if !p.vtt {
				return cue{}, &Error{Doc: l.name, Line: block[0].n, Err: fmt.Errorf("cue number %q is not a number", clip(first))}
			}
		}
		m := timingLine().FindStringSubmatch(block[t].text)
		var ok1, ok2 bool
		if m != nil {
			c.start, ok1 = parseStamp(m[1])
			c.end, ok2 = parseStamp(m[2])
		}
		if !ok1 || !ok2 {
			return cue{}, &Error{Doc: l.name, Line: block[t].n, Err: fmt.Errorf("broken cue timing %q (want 00:00:01,000 --> 00:00:04,000)", clip(block[t].text))}
		}
		if c.end < c.start {
			return cue{}, &Error{Doc: l.name, Line: block[t].n, Err: fmt.Errorf("the cue ends (%s) before it starts (%s)", m[2], m[1])}
		}
		for _, ln := range block[t+1:] {
			if strings.Contains(ln.text, "-->") && timingLine().MatchString(ln.text) {
				return cue{}, &Error{Doc: l.name, Line: ln.n, Err: errors.New("a timing line inside a cue (a blank line missing before it?)")}
			}
			text := strings.TrimSpace(markup().ReplaceAllString(ln.text, ""))
			if text == "" {
				continue
			}
			if c.line == 0 {
				c.line = ln.n
			}
			c.text = append(c.text, text)
		}
		if c.line == 0 {
			c.line = block[t].n
		}
		p.n++
		return c, nil
	}
}

// sides splits a cue's lines into its Chinese and English text. The
// Chinese lines are those that hold Chinese characters: a Chinese line may
// be mostly Latin letters (我是来自 Brain Robotics 团队的 Alex，, 访问okta.com。),
// an English line holds none. Only when every line holds some (an English
// line quoting 你好) does the share decide: the lines mostly in Chinese
// characters are the Chinese side, unless that is none of them or all.
func (c *cue) sides() (zh, en string, zhLine int) {
	isZH := make([]bool, len(c.text))
	withHan, mostly := 0, 0
	for i, t := range c.text {
		if han, _ := hanCount(t); han > 0 {
			isZH[i] = true
			withHan++
		}
	}
	if withHan == len(c.text) {
		most := make([]bool, len(c.text))
		for i, t := range c.text {
			if han, letters := hanCount(t); han*2 >= letters {
				most[i] = true
				mostly++
			}
		}
		if mostly > 0 && mostly < len(c.text) {
			isZH = most
		}
	}
	var z, e []string
	for i, t := range c.text {
		if isZH[i] {
			if len(z) == 0 {
				zhLine = c.line + i
			}
			z = append(z, t)
		} else {
			e = append(e, t)
		}
	}
	if zhLine == 0 {
		zhLine = c.line
	}
	return strings.Join(z, " "), strings.Join(e, " "), zhLine
}

// subtitleParser reads a bilingual subtitle file: each cue a pair.
type subtitleParser struct {
	cueParser
	zhOnly, enOnly int // cues with one language only
}

func (p *subtitleParser) skips() []Skip { return p.skipped }

func (p *subtitleParser) next(l *lines) (Pair, error) {
	c, err := p.nextCue(l)
	if err != nil {
		return Pair{}, err
	}
	zh, en, line := c.sides()
	switch {
	case zh != "" && en == "":
		p.zhOnly++
	case en != "" && zh == "":
		p.enOnly++
	}
	return Pair{ZH: zh, EN: en, Source: Source{Line: line, Cue: c.num, Start: c.start, End: c.end}}, nil
}

// oneLanguage tells, when most cues of a bilingual-format file held only one
// language, which: the file wants a partner.
func (p *subtitleParser) oneLanguage() string {
	switch {
	case p.n == 0:
		return ""
	case p.zhOnly*5 >= p.n*4:
		return "Chinese"
	case p.enOnly*5 >= p.n*4:
		return "English"
	}
	return ""
}

// SubtitleLanguage reads a subtitle file and tells what its cues hold:
// "zh" or "en" when at least four in five cues hold only that language,
// "both" otherwise, "" when the file is not subtitles (by its extension or
// first lines) or cannot be read. `cika mine zh.srt en.srt` uses it to see
// that two files are one document.
func SubtitleLanguage(name string, r io.Reader, o *Options) string {
	rd := Open(name, r, o)
	f, err := rd.detect()
	if err != nil || f.name != "srt" && f.name != "vtt" {
		return ""
	}
	p := &subtitleParser{cueParser: cueParser{vtt: f.name == "vtt"}}
	for {
		if _, err := p.next(rd.lines); err != nil {
			break
		}
	}
	switch p.oneLanguage() {
	case "Chinese":
		return "zh"
	case "English":
		return "en"
	}
	return "both"
}
