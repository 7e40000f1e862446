package suspend_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"cika/srs/store/storetest"
	"cika/srs/suspend"
)

func TestWords(t *testing.T) {
	db := storetest.Open(t)
	now := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	storetest.Mine(t, db, "p.tsv", "这是银行。\tThis is the bank.\n我们的公司\tour company\n", now)
	suspended := func() []string {
		t.Helper()
		ids, err := db.SuspendedWords()
		if err != nil {
			t.Fatal(err)
		}
		return ids
	}

	// An unknown word changes nothing, whatever the others.
	_, err := suspend.Words(db, []string{"银行", "不存在"}, true)
	var we *suspend.WordError
	if !errors.As(err, &we) || we.Msg != `no word "不存在" in the collection` || we.Hint != "cika lookup 不存在 shows what is there" {
		t.Fatalf("unknown word: %v", err)
	}
	if _, err := suspend.Words(db, []string{"银行 yin2 hang3"}, true); err == nil || errors.As(err, &we) {
		t.Fatalf("unknown ID: %v, want a plain error", err)
	}
	if got := suspended(); len(got) != 0 {
		t.Fatalf("suspended after errors: %v", got)
	}

	// Characters name every word written so; an ID one word.
	res, err := suspend.Words(db, []string{"銀行", "公司 gong1 si1"}, true)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"银行 yin2 hang2", "公司 gong1 si1"}
	if !slices.Equal(res.Words, want) || res.Cards != 4 {
		t.Fatalf("suspend: %+v, want %v and 4 cards", res, want)
	}
	if got := suspended(); len(got) != 2 {
		t.Fatalf("suspended words %v", got)
	}
	if res, err = suspend.Words(db, []string{"银行"}, false); err != nil || res.Cards != 2 {
		t.Fatalf("unsuspend 银行: %+v, %v", res, err)
	}
	if res, err = suspend.All(db); err != nil || !slices.Equal(res.Words, want[1:]) || res.Cards != 2 {
		t.Fatalf("unsuspend --all: %+v, %v", res, err)
	}
	// Nothing left: an empty list, not null, for --json.
	if res, err = suspend.All(db); err != nil || res.Words == nil || len(res.Words) != 0 || res.Cards != 0 {
		t.Fatalf("unsuspend --all again: %#v, %v", res, err)
	}
}
