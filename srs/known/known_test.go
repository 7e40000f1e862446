package known_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"cika/srs/known"
	"cika/srs/review"
	"cika/srs/store/storetest"
)

func TestAddRemove(t *testing.T) {
	db := storetest.Open(t)
	now := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	storetest.Mine(t, db, "p.tsv", "这是银行。\tThis is the bank.\n我们的公司\tour company\n", now)
	opt := review.Options{Location: time.UTC, Now: func() time.Time { return now }}
	res, err := known.Add(db, []string{"银行", "銀行", "我们"}, "add", opt)
	if err != nil {
		t.Fatal(err)
	}
	// 6 words, 2 of them known now (銀行 is 银行): 4 left to learn.
	if res.Added != 2 || res.Already != 1 || res.Total != 2 || res.NewWords == nil || *res.NewWords != 4 {
		t.Errorf("add: %+v (new words %v)", res, res.NewWords)
	}
	res, err = known.Remove(db, []string{"我们", "公司"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Removed != 1 || res.NotKnown != 1 || res.Total != 1 || res.NewWords != nil {
		t.Errorf("remove: %+v", res)
	}
}

// BenchmarkParseList reads a 10,000-line Pleco export.
func BenchmarkParseList(b *testing.B) {
	var s strings.Builder
	for i := range 10_000 {
		fmt.Fprintf(&s, "银行%d[銀行]\tyin2hang2\tbank\n", i)
	}
	for b.Loop() {
		if _, err := known.ParseList("pleco.txt", strings.NewReader(s.String()), 0); err != nil {
			b.Fatal(err)
		}
	}
}
