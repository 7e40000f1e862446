package zh

import (
	"strings"
	"testing"
)

// TestLowerInto checks that lowerInto answers as strings.ToLower, for
// ASCII with and without capitals, non-ASCII text, and the empty string,
// one buffer serving every call.
func TestLowerInto(t *testing.T) {
	var buf []byte
	for _, s := range []string{
		"", "to repair; to mend", "Beijing municipality", "CL:個|个[ge4]", "ABC xyz 123 [@`{",
		"Ürümqi", "résumé", "İstanbul", "abc", "(Tw) (coll.) to post (online)", "Z",
	} {
		if got, want := lowerInto(&buf, s), strings.ToLower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
}
