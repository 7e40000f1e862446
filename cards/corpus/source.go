package corpus

import (
	"fmt"
	"strings"
	"time"
)

// String says where a pair came from, the way cika shows it to the learner
// (lookup prints it, an Anki note's Source field holds it):
// "podcast.txt:17, Speaker 0" for a transcript, "film.srt #12
// 00:01:02,500–00:01:04,000" for a subtitle cue, "cmn.txt:3 (CC-BY 2.0
// (France) Attribution: …)" for an attributed pair.
func (s Source) String() string {
	out := fmt.Sprintf("%s:%d", s.Doc, s.Line)
	if s.Cue != 0 {
		out = fmt.Sprintf("%s #%d %s–%s", s.Doc, s.Cue,
			strings.ReplaceAll(CueTime(s.Start), ".", ","), strings.ReplaceAll(CueTime(s.End), ".", ","))
	}
	if s.Speaker != "" {
		out += ", " + s.Speaker
	}
	if s.Attribution != "" {
		out += " (" + s.Attribution + ")"
	}
	return out
}

// CueTime writes a cue time as WebVTT does, "HH:MM:SS.mmm" (negative times
// as zero).
func CueTime(d time.Duration) string {
	ms := max(d.Milliseconds(), 0)
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}
