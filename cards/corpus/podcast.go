package corpus

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
)

// The podcast format is a bilingual transcript as the Bayt podcast app
// exports it:
//
//	Big Technology Podcast - 大型科技播客 …      ← header (title, intro), not data
//
//	Speaker 0
//
//	微软AI首席执行官重返节目,……                 ← the Chinese line
//
//	Microsoft's AI CEO returns to explain …      ← the English line
//
//	展开剩余字幕(还有 132 条)                     ← "show the remaining N subtitles" marker
//	Speaker 1
//	…
//	关于 Bayt 播客                                ← footer from here to the end
//
// Every block is a `Speaker N` line, then the Chinese line, then the English
// line, blank lines between them optional. Anything else is an error.

// The patterns are compiled on first use, not at every command's start
// (most commands read no corpus).
var (
	speakerLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^Speaker \d+$`) })
	moreMarker  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^展开剩余字幕[(（]还有 ?\d+ ?条[)）]$`) })
)

const footerStart = "关于 Bayt 播客"

func sniffPodcast(first []line) bool {
	for _, ln := range first {
		if speakerLine().MatchString(strings.TrimSpace(ln.text)) {
			return true
		}
	}
	return false
}

type podcastParser struct {
	started bool // a Speaker line was met
	footer  bool // the footer was met: the rest is chrome
	skipped []Skip
	first   string // the header's first line (title)
}

func (p *podcastParser) skips() []Skip { return p.skipped }

// title is the header's first line without the app's "封面" (cover)
// caption: "Big Technology Podcast - 大型语言模型会是通往超级智能的途径吗?…",
// the show and the episode.
func (p *podcastParser) title() string { return p.first }

func (p *podcastParser) skip(ln line, reason string) {
	if n := len(p.skipped); n > 0 && p.skipped[n-1].Reason == reason &&
		p.skipped[n-1].Line+p.skipped[n-1].Lines >= ln.n-1 {
		p.skipped[n-1].Lines = ln.n - p.skipped[n-1].Line + 1
		return
	}
	p.skipped = append(p.skipped, Skip{Line: ln.n, Lines: 1, Reason: reason})
}

func (p *podcastParser) next(l *lines) (Pair, error) {
	for {
		ln, ok := l.next()
		if !ok {
			if !p.started && l.err == nil {
				return Pair{}, &Error{Doc: l.name, Err: errors.New("no `Speaker N` block found")}
			}
			return Pair{}, io.EOF
		}
		text := strings.TrimSpace(ln.text)
		switch {
		case text == "":
			continue
		case p.footer:
			if speakerLine().MatchString(text) {
				return Pair{}, &Error{Doc: l.name, Line: ln.n,
					Err: fmt.Errorf("a Speaker block after the %q footer", footerStart)}
			}
			p.skip(ln, "footer")
			continue
		case text == footerStart && p.started:
			p.footer = true
			p.skip(ln, "footer")
			continue
		case moreMarker().MatchString(text):
			p.skip(ln, "more-subtitles marker")
			continue
		case speakerLine().MatchString(text):
			p.started = true
			return p.block(l, ln, text)
		case !p.started:
			if p.first == "" {
				p.first = strings.TrimSpace(strings.TrimSuffix(text, "封面"))
			}
			p.skip(ln, "header")
			continue
		default:
			return Pair{}, &Error{Doc: l.name, Line: ln.n,
				Err: fmt.Errorf("unexpected text outside a Speaker block: %q", clip(text))}
		}
	}
}

// block reads the Chinese and English lines that follow a Speaker line.
func (p *podcastParser) block(l *lines, speaker line, label string) (Pair, error) {
	var got [2]line
	for i := range got {
		for {
			ln, ok := l.peek(0)
			if !ok {
				if l.err != nil {
					return Pair{}, l.err
				}
				return Pair{}, p.short(l, speaker, i, speaker.n)
			}
			text := strings.TrimSpace(ln.text)
			if text == "" {
				l.next()
				continue
			}
			if speakerLine().MatchString(text) || moreMarker().MatchString(text) || text == footerStart {
				return Pair{}, p.short(l, speaker, i, ln.n)
			}
			l.next()
			got[i] = line{n: ln.n, text: text}
			break
		}
	}
	return Pair{ZH: got[0].text, EN: got[1].text, Source: Source{Line: got[0].n, Speaker: label}}, nil
}

func (p *podcastParser) short(l *lines, speaker line, have, at int) error {
	what := "the Chinese and the English line"
	if have == 1 {
		what = "the English line"
	}
	return &Error{Doc: l.name, Line: at,
		Err: fmt.Errorf("the %s block at line %d has no %s", strings.TrimSpace(speaker.text), speaker.n, strings.TrimPrefix(what, "the "))}
}

// clip shortens text for an error message.
func clip(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
