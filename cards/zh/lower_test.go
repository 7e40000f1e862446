package zh

import (
	"strings"
	"testing"
	"unsafe"
)

// TestLowerInto checks that lowerInto answers as strings.ToLower, for
// ASCII with and without capitals, non-ASCII text (Han beside capitals,
// letters with a lower case, full-width capitals, U+FFFD and bytes that
// are no UTF-8), and the empty string, one buffer serving every call; and
// on every sense of CC-CEDICT.
func TestLowerInto(t *testing.T) {
	var buf []byte
	for _, s := range []string{
		"", "to repair; to mend", "Beijing municipality", "CL:個|个[ge4]", "ABC xyz 123 [@`{",
		"Ürümqi", "résumé", "İstanbul", "abc", "(Tw) (coll.) to post (online)", "Z",
		"see 過來|过来[guo4 lai2]", "Abbr. for 北京[Bei3 jing1]", "CL:個|个[ge4] Ω", "ＡＢＣ 个", "个\uFFFDA",
		"A\xff个", "个\xe4\xb8", "\xe4\xb8\xaaB", "〇A", "。A，", "Ǆ个",
	} {
		if got, want := lowerInto(&buf, s), strings.ToLower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
	d := analyzer(t).Dict()
	kept := 0
	for i := range d.Entries {
		for s := range d.Entries[i].SensesSeq() {
			got := lowerInto(&buf, s)
			if want := strings.ToLower(s); got != want {
				t.Fatalf("lowerInto(%q) = %q, want %q", s, got, want)
			}
			if len(buf) > 0 && unsafe.StringData(got) == &buf[0] {
				kept++
			}
		}
	}
	if kept == 0 {
		t.Fatal("no sense was lowered into the buffer")
	}
}
