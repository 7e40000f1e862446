package store_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"cika/cards"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

// TestExampleKeys checks that ExampleKeys then Sentences read what Examples
// reads, word by word, limited and not.
func TestExampleKeys(t *testing.T) {
	db := storetest.Open(t)
	if _, err := storetest.Fill(db, storetest.Synthetic{Sentences: 300, Documents: 3, Vocabulary: 200, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	var ids []string
	if err := db.Words(func(w cards.Word) bool { ids = append(ids, w.ID()); return true }); err != nil {
		t.Fatal(err)
	}
	ids = append(ids, "没有 mei2 you3 not in the collection")
	for _, limit := range []int{0, 3} {
		keys, err := db.ExampleKeys(ids, limit)
		if err != nil {
			t.Fatal(err)
		}
		many := 0
		for i, id := range ids {
			want, err := db.Examples(id, limit)
			if err != nil {
				t.Fatal(err)
			}
			var got []store.Sentence
			if err := db.Sentences(keys[i], func(s store.Sentence) error { got = append(got, s); return nil }); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("limit %d, %s: read %d sentences, Examples %d", limit, id, len(got), len(want))
			}
			// ViewSentences gives the same, valid while fn runs: each is
			// copied there as JSON.
			var viewed, wanted []string
			err = db.ViewSentences(keys[i], func(s *store.Sentence) error {
				b, err := json.Marshal(s)
				viewed = append(viewed, string(b))
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range want {
				b, _ := json.Marshal(s)
				wanted = append(wanted, string(b))
			}
			if !slices.Equal(viewed, wanted) {
				t.Fatalf("limit %d, %s: ViewSentences gave\n%q\nwant\n%q", limit, id, viewed, wanted)
			}
			if len(want) > 3 {
				many++
			}
		}
		if limit == 0 && many == 0 {
			t.Fatal("no word has more than three sentences: the limit is not tried")
		}
	}
}
