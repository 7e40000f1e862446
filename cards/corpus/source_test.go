package corpus

import (
	"testing"
	"time"
)

func TestSourceString(t *testing.T) {
	for _, tc := range []struct {
		src  Source
		want string
	}{
		{Source{Doc: "podcast.txt", Line: 17, Speaker: "Speaker 0"}, "podcast.txt:17, Speaker 0"},
		{Source{Doc: "film.srt", Line: 40, Cue: 12, Start: 62500 * time.Millisecond, End: 64 * time.Second},
			"film.srt #12 00:01:02,500–00:01:04,000"},
		{Source{Doc: "cmn.txt", Line: 3, Attribution: "CC-BY 2.0"}, "cmn.txt:3 (CC-BY 2.0)"},
		{Source{Doc: "a.vtt", Cue: 1, Start: -time.Second, End: 3723004 * time.Millisecond}, "a.vtt #1 00:00:00,000–01:02:03,004"},
	} {
		if got := tc.src.String(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.src, got, tc.want)
		}
	}
}
