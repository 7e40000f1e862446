package mine

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A big one-file input is identified without a full read; a small one, a
// two-file one and the sample are read in full.
func TestIdentifyQuick(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.tsv")
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, "我们第%d次去银行。\tWe go to the bank for the %dth time.\n", i, i)
	}
	if err := os.WriteFile(big, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	in := &Input{Name: "big.tsv", ZH: big}
	in.identify(nil, 1000, false)
	full := &Input{Name: "big.tsv", ZH: big}
	full.Check(nil)
	if in.Err != nil || !in.Quick || in.Doc.ID != full.Doc.ID || in.Doc.Pairs != 0 || in.Doc.Lines != full.Doc.Lines || full.Doc.Pairs != 300 {
		t.Errorf("big: quick %v, %+v, %v; full %+v", in.Quick, in.Doc, in.Err, full.Doc)
	}
	in = &Input{Name: "big.tsv", ZH: big}
	if in.identify(nil, 100_000_000, false); in.Quick || in.Doc.Pairs != full.Doc.Pairs {
		t.Errorf("small: quick %v, %d pairs", in.Quick, in.Doc.Pairs)
	}
	seed := &Input{Name: "seed", Seed: true}
	if seed.identify(nil, 1, false); seed.Quick || seed.Doc.Pairs == 0 {
		t.Errorf("the sample: quick %v, %d pairs", seed.Quick, seed.Doc.Pairs)
	}
}

// With ahead set, identifying a big input starts the count of its repeats
// (the identity's read and the count's then overlap, and mining does not
// wait for it); a small input is counted by its check, and a
// count the miner will not need is stopped.
func TestIdentifyAhead(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.tsv")
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, "我们第%d次去银行。\tWe go to the bank for the %dth time.\n", i%100, i%100)
	}
	if err := os.WriteFile(big, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	in := &Input{Name: "big.tsv", ZH: big}
	if in.identify(nil, 1000, true); in.Err != nil || !in.Quick || in.count == nil || in.repeats != nil {
		t.Fatalf("big: quick %v, counting %v, repeats %v, %v", in.Quick, in.count != nil, in.repeats != nil, in.Err)
	}
	for !in.takeCount() {
		time.Sleep(time.Millisecond) // (takeCount does not wait)
	}
	if in.repeats == nil {
		t.Error("big, count taken: no repeats")
	}
	small := &Input{Name: "big.tsv", ZH: big}
	if small.identify(nil, 100_000_000, true); small.Quick || small.count != nil || small.repeats == nil {
		t.Errorf("small: quick %v, counting %v, repeats %v", small.Quick, small.count != nil, small.repeats != nil)
	}
	dropped := &Input{Name: "big.tsv", ZH: big}
	dropped.identify(nil, 1000, true)
	if dropped.dropCount(); dropped.count != nil || dropped.repeats != nil {
		t.Errorf("dropped: counting %v, repeats %v", dropped.count != nil, dropped.repeats != nil)
	}
	dropped.dropCount() // (nothing left to stop)
}

func TestPlan(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	zh := write("book.zh.txt", "我们去银行。\n他是老师。\n")
	en := write("book.en.txt", "We go to the bank.\nHe is a teacher.\n")
	tsv := write("pairs.tsv", "我们去银行。\tWe go to the bank.\n")
	for _, tc := range []struct {
		names []string
		en    string
		want  []string // names of the inputs
		err   string
	}{
		{nil, "", []string{"suleyman-big-technology.zh-en.txt"}, ""},
		{[]string{en, zh}, "", []string{zh + " + " + en}, ""}, // either order
		{[]string{zh, tsv}, "", []string{zh, tsv}, ""},
		{[]string{zh}, en, []string{zh + " + " + en}, ""},
		{nil, en, nil, "--en needs the Chinese FILE"},
		{[]string{zh, tsv}, en, nil, "--en pairs with one FILE, got 2"},
	} {
		ins, cleanup, err := Plan(tc.names, tc.en, nil, nil)
		cleanup()
		var ue *UsageError
		if tc.err != "" {
			if !errors.As(err, &ue) || ue.Msg != tc.err {
				t.Errorf("%v --en %q: %v, want %q", tc.names, tc.en, err, tc.err)
			}
			continue
		}
		var got []string
		for _, in := range ins {
			got = append(got, in.Name)
		}
		if err != nil || strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%v --en %q: %v %v, want %v", tc.names, tc.en, got, err, tc.want)
		}
	}
}
