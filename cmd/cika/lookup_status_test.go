package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLookupStatus: `cika lookup` exits as grep does — 0 found, 1 nothing
// found (and nothing on stderr but the hint for a query of stop words), 2
// an error (its message on stderr).
func TestLookupStatus(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	tsv := filepath.Join(dir, "pairs.tsv")
	if err := os.WriteFile(tsv, []byte("我把钱存在银行里。\tI keep my money in the bank.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cika := func(args ...string) (status int, stdout, stderr string) {
		var out, errw bytes.Buffer
		status = run(append([]string{"cika"}, args...), strings.NewReader(""), &out, &errw)
		return status, out.String(), errw.String()
	}
	if status, _, stderr := cika("--db", db, "mine", tsv); status != 0 {
		t.Fatalf("mine: %d %s", status, stderr)
	}
	for _, tt := range []struct {
		args   []string
		status int
		stdout string // a part of it
		stderr string // a part of it; "" when nothing may be written there
	}{
		{[]string{"lookup", "银行"}, 0, "【银行】", ""},
		{[]string{"lookup", "--json", "bank"}, 0, `"matched_by": "english"`, ""},
		{[]string{"lookup", "图书馆"}, 1, `no word in the collection matches "图书馆"`, ""},
		{[]string{"lookup", "yin1hang2"}, 1, "no word in the collection matches", ""},
		{[]string{"lookup", "--json", "图书馆"}, 1, `"words": []`, ""},
		// Stop words only: the sentences hold them, and stderr says why
		// nothing is found.
		{[]string{"lookup", "in the"}, 1, `no word in the collection matches "in the"`, `cika: hint: every word of "in the" is too common`},
		{[]string{"lookup", "--json", "the"}, 1, `"stop_words": true`, "too common to look up"},
		{[]string{"lookup"}, 2, "", "cika: error: lookup takes one QUERY"},
		{[]string{"lookup", " "}, 2, "", "cika: error: empty query"},
		{[]string{"lookup", "--by", "sound", "银行"}, 2, "", "cika: error: --by sound: want hanzi, pinyin or english"},
		{[]string{"lookup", "--limit", "many", "银行"}, 2, "", "invalid value \"many\" for flag -limit"},
		{[]string{"lookup", "--bogus", "银行"}, 2, "", "cika: hint: `cika lookup --help` lists the flags"},
		{[]string{"--db", filepath.Join(dir, "none.db"), "lookup", "银行"}, 2, "", "no collection yet"},
	} {
		args := tt.args
		if args[0] == "lookup" {
			args = append([]string{"--db", db}, args...)
		}
		status, stdout, stderr := cika(args...)
		if status != tt.status || !strings.Contains(stdout, tt.stdout) ||
			tt.stderr == "" && stderr != "" || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("cika %q: status %d\nstdout %q\nstderr %q\nwant status %d, stdout with %q, stderr with %q",
				tt.args, status, stdout, stderr, tt.status, tt.stdout, tt.stderr)
		}
	}
}
