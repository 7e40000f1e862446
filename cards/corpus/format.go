package corpus

import (
	"path"
	"strings"
)

// parser turns lines into pairs for one format. next returns the next pair
// (Doc and Pos are filled in by the Reader) or io.EOF; an error is an *Error
// naming the line. skips reports the non-data stretches met so far.
type parser interface {
	next(l *lines) (Pair, error)
	skips() []Skip
}

// sideCounter is a parser that counts the letters of a pair's sides (to
// tell which is the Chinese one) and keeps the counts for the pair checks.
type sideCounter interface {
	// lastCounts is counts(p) of the pair p next returned last, or nil.
	lastCounts() *sideCounts
}

// format is one input format cika reads.
type format struct {
	name string
	// exts are the file extensions (lower case, with the dot) that select
	// this format without looking at the content.
	exts []string
	// sniff reports whether the first lines of an unnamed document (or one
	// whose extension no format owns) look like this format.
	sniff     func(first []line) bool
	newParser func() parser
}

// formats in the order they are tried when sniffing.
var formats = []format{
	{name: "vtt", exts: []string{".vtt"}, sniff: sniffVTT, newParser: func() parser { return &subtitleParser{cueParser: cueParser{vtt: true}} }},
	{name: "srt", exts: []string{".srt"}, sniff: sniffSRT, newParser: func() parser { return &subtitleParser{} }},
	{name: "podcast", exts: nil, sniff: sniffPodcast, newParser: func() parser { return &podcastParser{} }},
	{name: "tsv", exts: []string{".tsv", ".tab"}, sniff: sniffTSV, newParser: func() parser { return &tsvParser{} }},
}

// Formats lists the names Options.Format accepts. A tsv document reports
// itself as "tatoeba" or "manythings" when its columns say so (tsv.go); two
// files make "srt", "vtt" or "text" documents (OpenPair).
func Formats() []string {
	var names []string
	for _, f := range formats {
		names = append(names, f.name)
	}
	return names
}

// detectName is the name of the format detect picks, "" when none.
func detectName(name string, l *lines) string {
	f, err := detect(name, l)
	if err != nil {
		return ""
	}
	return f.name
}

// sniffLines is how many lines detection may look at.
const sniffLines = 200

// detect picks the format of the document from its name, else from its first
// lines.
func detect(name string, l *lines) (*format, error) {
	ext := strings.ToLower(path.Ext(name))
	for i := range formats {
		for _, e := range formats[i].exts {
			if e == ext {
				return &formats[i], nil
			}
		}
	}
	var first []line
	for i := 0; i < sniffLines; i++ {
		ln, ok := l.peek(i)
		if !ok {
			break
		}
		first = append(first, ln)
	}
	if l.err != nil {
		return nil, l.err
	}
	for i := range formats {
		if formats[i].sniff(first) {
			return &formats[i], nil
		}
	}
	blank := true
	for _, ln := range first {
		blank = blank && strings.TrimSpace(ln.text) == ""
	}
	if blank {
		return nil, &Error{Doc: name, Err: ErrEmpty}
	}
	return nil, &Error{Doc: name, Err: ErrUnknownFormat}
}
