package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cika/srs/store"
	"cika/srs/store/storetest"
)

// Flags after the arguments work, as learners type them.
func TestInterspersedFlags(t *testing.T) {
	db := storetest.Open(t)
	storetest.Mine(t, db, "p.tsv", "银行\tbank\n我们的银行\tour bank\n", time.Now())
	path := db.Path()
	db.Close()
	for _, tt := range []struct {
		args []string
		code int
		out  string // substring of stdout, or of stderr when code != 0
	}{
		{[]string{"lookup", "银行", "--limit", "1"}, 0, "… 1 sentence more"},
		{[]string{"lookup", "银行", "--limit=1", "--json"}, 0, `"matched_by": "hanzi"`},
		// lookup's exit status is grep's: 1 when nothing matches (and
		// nothing on stderr), 2 on an error.
		{[]string{"lookup", "银行", "--nope"}, 2, "unknown flag --nope"},
		{[]string{"lookup", "银行", "--limit"}, 2, "flag --limit needs a value"},
		{[]string{"lookup", "银行", "--limit", "x"}, 2, "flag --limit"},
		{[]string{"lookup", "yinhang", "--by", "english"}, 1, ""},
		{[]string{"lookup", "bank", "--by", "pinyin"}, 2, `"bank" is not pinyin`},
		{[]string{"words", "--sort", "pinyin", "--reverse"}, 0, "银行"},
		{[]string{"stats", "--json"}, 0, `"sentences": 2`},
		{[]string{"stats", "x"}, 1, "stats takes no arguments"},
	} {
		var out, errOut bytes.Buffer
		code := run(append([]string{"cika", "--db", path}, tt.args...), nil, &out, &errOut)
		got := out.String()
		if code != 0 {
			got = errOut.String()
		}
		if code != tt.code || !strings.Contains(got, tt.out) {
			t.Errorf("%v: exit %d, output %q; want %d and %q", tt.args, code, got, tt.code, tt.out)
		}
	}
}

func TestDisplayPath(t *testing.T) {
	t.Setenv("HOME", "/home/learner")
	if got := displayPath("/home/learner/.local/share/cika/collection.db"); got != filepath.Join("~", ".local/share/cika/collection.db") {
		t.Errorf("displayPath = %q", got)
	}
	if got := displayPath("/tmp/c.db"); got != "/tmp/c.db" {
		t.Errorf("displayPath = %q", got)
	}
	_ = store.ErrLocked
}
