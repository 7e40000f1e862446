package known_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"cika/srs/known"
	"cika/srs/review"
	"cika/srs/store/storetest"
)

// The list, empty and not, and what add and remove say.
func TestListAndText(t *testing.T) {
	db := storetest.Open(t)
	now := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	storetest.Mine(t, db, "p.tsv", "这是银行。\tThis is the bank.\n我们的公司\tour company\n", now)
	list, err := known.List(db)
	if err != nil {
		t.Fatal(err)
	}
	if j, _ := json.Marshal(list); string(j) != "[]" {
		t.Errorf("empty list in JSON: %s", j)
	}
	opt := review.Options{Location: time.UTC, Now: func() time.Time { return now }}
	res, err := known.Add(db, []string{"银行", "我们"}, "hsk 1", opt)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	known.WriteResult(&b, res)
	if want := "added 2 known words (0 already known); 2 known, 4 words left to learn\n"; b.String() != want {
		t.Errorf("add says %q, want %q", b.String(), want)
	}
	if list, err = known.List(db); err != nil {
		t.Fatal(err)
	}
	b.Reset()
	known.WriteList(&b, list)
	if want := "我们\thsk 1\n银行\thsk 1\n"; b.String() != want {
		t.Errorf("list %q, want %q", b.String(), want)
	}
	if res, err = known.Remove(db, []string{"银行", "公司"}); err != nil {
		t.Fatal(err)
	}
	b.Reset()
	known.WriteResult(&b, res)
	if want := "removed 1 known words (1 were not known); 1 known\n"; b.String() != want {
		t.Errorf("remove says %q, want %q", b.String(), want)
	}
}
