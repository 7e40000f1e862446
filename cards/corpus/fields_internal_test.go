package corpus

import (
	"slices"
	"strings"
	"testing"
)

// appendFields cuts a line as strings.Split does, within its room and
// beyond.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", "a", "\t", "a\tb", "我们\tWe.\t", "1\t我\t2\tI", "a\t\tb\tc\td\te", "\t\t\t\t\t"} {
		var buf [4]string
		if got, want := appendFields(buf[:0], s), strings.Split(s, "\t"); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}
