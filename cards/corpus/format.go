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
	{name: "podcast", exts: nil, sniff: sniffPodcast, newParser: func() parser { return &podcastParser{} }},
	{name: "tsv", exts: []string{".tsv", ".tab"}, sniff: sniffTSV, newParser: func() parser { return &tsvParser{} }},
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
