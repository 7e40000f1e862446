package vocab_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/srs/store"
	"cika/srs/store/storetest"
	"cika/srs/vocab"
)

func collection(t testing.TB) *store.DB {
	db := storetest.Open(t)
	text := "这是银行。\tThis is the bank.\n我们的公司是银行\tour company is a bank\n微软是公司\tMicrosoft is a company\n"
	storetest.Mine(t, db, "p.tsv", text, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	return db
}

func list(t *testing.T, db *store.DB, o vocab.Options) []string {
	t.Helper()
	var got []string
	err := vocab.List(db, o, func(n int, word func(int, *cards.Word) error) error {
		var w cards.Word
		for i := range n {
			if err := word(i, &w); err != nil {
				return err
			}
			got = append(got, w.Word)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestList(t *testing.T) {
	db := collection(t)
	for _, tc := range []struct {
		o    vocab.Options
		want []string
	}{
		// 是 3 times, 公司 and 银行 twice (by identity on a tie), then once each.
		{vocab.Options{}, []string{"是", "公司", "银行", "我们", "的", "这"}},
		{vocab.Options{Limit: 2}, []string{"是", "公司"}},
		{vocab.Options{Limit: 2, Reverse: true}, []string{"这", "的"}},
		{vocab.Options{Names: true, Limit: 7}, []string{"是", "公司", "银行", "微软", "我们", "的", "这"}},
		{vocab.Options{Sort: "pinyin"}, []string{"的", "公司", "是", "我们", "银行", "这"}},
		{vocab.Options{Sort: "first"}, []string{"是", "这", "银行", "公司", "我们", "的"}},
	} {
		if got := list(t, db, tc.o); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%+v: %v, want %v", tc.o, got, tc.want)
		}
	}
	if vocab.KnownSort("size") || !vocab.KnownSort("") || !vocab.KnownSort("gloss") {
		t.Error("KnownSort")
	}
	if err := vocab.List(db, vocab.Options{Sort: "size"}, nil); err == nil {
		t.Error("sort by size: no error")
	}
}

func TestEntry(t *testing.T) {
	b, err := json.Marshal(vocab.EntryOf(&cards.Word{Word: "行", Reading: "xing2"}))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"行 xing2","word":"行","reading":"xing2","pinyin":"xíng","gloss":"","senses_met":[],"senses":[],"count":0,"sentence_count":0,"first":{"doc":"","line":0},"name":false}`
	if string(b) != want {
		t.Errorf("%s\nwant %s", b, want)
	}
}

// BenchmarkList lists a 20,000-sentence collection's words by pinyin (every
// word summarised and sorted) and its 50 most frequent (the count index).
func BenchmarkList(b *testing.B) {
	db := storetest.Open(b)
	if _, err := storetest.Fill(db, storetest.Synthetic{Sentences: 20_000, Documents: 4, Vocabulary: 12_000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	for _, o := range []vocab.Options{{Sort: "pinyin"}, {Limit: 50}} {
		b.Run(o.Sort+"/"+strings.Repeat("x", min(o.Limit, 1)), func(b *testing.B) {
			for b.Loop() {
				err := vocab.List(db, o, func(n int, word func(int, *cards.Word) error) error {
					var w cards.Word
					for i := range n {
						if err := word(i, &w); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
