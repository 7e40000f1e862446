package store

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/cards/pinyin"
)

const docSearch = "超级智能来了。\tSuperintelligence is coming.\n" +
	"我們的銀行是超级银行\tOur bank is a super bank.\n" +
	"他们在手臂农场工作\tThey work at the arm farm.\n" +
	"超级智能的公司\tthe superintelligence company\n" +
	"农场的手臂\tThe farm's arm.\n"

func searchDB(t *testing.T) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	pairs, doc, err := corpus.Read("s.tsv", strings.NewReader(docSearch))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	return db, path
}

type hit struct {
	pos   uint32
	spans [][2]int
	whole bool
}

func hits(t *testing.T, s Search, err error) []hit {
	if err != nil {
		t.Fatal(err)
	}
	var out []hit
	for _, f := range s.Found {
		out = append(out, hit{f.Key.Pos, f.Spans, f.Whole})
	}
	return out
}

// searchCases are what TestSearch and TestMigrateSentenceTerms expect.
func checkSearches(t *testing.T, db *DB) {
	t.Helper()
	for _, tc := range []struct {
		zh   []string
		en   string
		want []hit
	}{
		{zh: []string{"超级智能"}, want: []hit{{0, [][2]int{{0, 4}}, true}, {3, [][2]int{{0, 4}}, true}}},
		// A traditional sentence is found by the simplified text.
		{zh: []string{"银行"}, want: []hit{{1, [][2]int{{3, 5}, {8, 10}}, true}}},
		{zh: []string{"级银"}, want: []hit{{1, [][2]int{{7, 9}}, false}}},
		{zh: []string{"手臂农场"}, want: []hit{{2, [][2]int{{3, 7}}, true}}},
		{zh: []string{"农场手臂"}},
		{zh: []string{"智"}},
		{en: "arm farm", want: []hit{{2, [][2]int{{17, 25}}, true}, {4, [][2]int{{4, 14}}, false}}},
		{en: "Superintelligence", want: []hit{{0, [][2]int{{0, 17}}, true}, {3, [][2]int{{4, 21}}, true}}},
		{en: "banks", want: []hit{{1, [][2]int{{4, 8}, {20, 24}}, true}}},
		{en: "the"},
	} {
		var s Search
		var err error
		if tc.zh != nil {
			s, err = db.SearchChinese(tc.zh, 0)
		} else {
			s, err = db.SearchEnglish(tc.en, 0)
		}
		got := hits(t, s, err)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q%q: %+v, want %+v", tc.zh, tc.en, got, tc.want)
		}
	}
	s, err := db.SearchChinese([]string{"超级"}, 1)
	if err != nil || len(s.Found) != 1 || !s.More {
		t.Errorf("limit 1: %+v %v", s, err)
	}
}

func TestSearch(t *testing.T) {
	db, _ := searchDB(t)
	checkSearches(t, db)
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}

	ps, err := db.Segment("智能銀行")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		id := "-"
		if p.Word != nil {
			id = p.Word.ID()
		}
		got = append(got, p.Text+"="+id)
	}
	if want := []string{"智能=智能 zhi4 neng2", "銀行=银行 yin2 hang2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Segment: %q, want %q", got, want)
	}
	if s := Simplified(ps); s != "智能银行" {
		t.Errorf("Simplified: %s", s)
	}
	if ps, _ := db.Segment("手臂农场"); len(ps) != 4 || ps[0].Word != nil {
		t.Errorf("Segment of no words: %+v", ps)
	}

	for q, want := range map[string][]string{
		"chaoji zhineng":    {"超级智能"},
		"chao1ji2zhi4neng2": {"超级智能"},
		"chao2ji2 zhineng":  nil,
		"yinhang":           {"银行"},
	} {
		pq, ok := pinyin.ParseQuery(q)
		if !ok {
			t.Fatalf("%s: not pinyin", q)
		}
		spellings, err := db.SpellPinyin(pq, 5)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sp := range spellings {
			got = append(got, Simplified(sp))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("SpellPinyin(%s) = %q, want %q", q, got, want)
		}
	}
}

// A collection of schema 9 gets its sentence index when opened; Check
// finds an entry naming a sentence that is not there.
func TestMigrateSentenceTerms(t *testing.T) {
	db, path := searchDB(t)
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketSentTerms); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyVersion, u64(9))
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Check(); err != nil {
		t.Fatalf("after migration: %v", err)
	}
	checkSearches(t, db)

	err = db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSentTerms).Put(termKey(nil, 1, 0, "银行"), appendPositions(nil, []uint32{1, 4}))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Check(); err == nil || !strings.Contains(err.Error(), "lacks") {
		t.Errorf("Check of a wrong entry: %v", err)
	}
}

// A killed mine's batches go with their index entries, however the roll
// back is cut up: every step leaves an index that matches the sentences.
func TestRollBackSentenceTerms(t *testing.T) {
	db, _ := searchDB(t)
	pairs, _, err := corpus.Read("p.tsv", strings.NewReader(strings.Repeat(docSearch, 3)))
	if err != nil {
		t.Fatal(err)
	}
	seq, err := db.BeginDocument("p.tsv", time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	mn := cards.NewMiner(cardstest.Small())
	for i := 0; i < len(pairs); i += 4 {
		if err := db.AddSentences(seq, mn.Add(pairs[i:min(i+4, len(pairs))], nil)); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Check(); err != nil {
		t.Fatalf("pending: %v", err)
	}
	if s, _ := db.SearchChinese([]string{"超级智能"}, 0); len(s.Found) != 2 {
		t.Errorf("pending sentences found: %+v", s.Found)
	}
	for done := false; !done; {
		err := db.bolt.Update(func(tx *bolt.Tx) (err error) {
			done, err = dropSentences(tx, seq, 3)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Check(); err != nil {
			t.Fatalf("rolling back: %v", err)
		}
	}
	err = db.bolt.View(func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(bucketSentTerms).Cursor().Seek(u32(seq))
		if k != nil {
			t.Errorf("entry %q left", k)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
