package lookup_test

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/srs/lookup"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

func TestGuess(t *testing.T) {
	for q, want := range map[string]string{
		"智能": "hanzi", "智neng": "hanzi", "zhineng": "pinyin+english", "zhi4neng2": "pinyin",
		"zhìnéng": "pinyin", "men": "pinyin+english", "bank": "english", "savings account": "english",
	} {
		if got := lookup.Guess(q); got != want {
			t.Errorf("Guess(%q) = %s, want %s", q, got, want)
		}
	}
}

func collection(t testing.TB) *store.DB {
	db := storetest.Open(t)
	text := "这是银行。\tThis is the bank.\n我们的公司\tour company\n"
	storetest.Mine(t, db, "p.tsv", text, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	return db
}

func TestFind(t *testing.T) {
	db := collection(t)
	for _, tc := range []struct {
		query, by string
		words     []string // IDs found, in order
		matched   string
	}{
		{"银行", "", []string{"银行 yin2 hang2"}, "hanzi"},
		{"銀行", "", []string{"银行 yin2 hang2"}, "hanzi"},
		{"yinhang", "", []string{"银行 yin2 hang2"}, "pinyin"},
		{"bank", "", []string{"银行 yin2 hang2"}, "english"},
		{"company", "english", []string{"公司 gong1 si1"}, "english"},
		{"飞机", "", nil, ""},
	} {
		res, err := lookup.Find(db, tc.query, tc.by, 0)
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		var ids []string
		for _, w := range res.Words {
			ids = append(ids, w.ID)
		}
		if !reflect.DeepEqual(ids, tc.words) || (len(ids) > 0 && res.Words[0].By != tc.matched) {
			t.Errorf("%s: found %v, want %v matched by %s", tc.query, ids, tc.words, tc.matched)
		}
	}
	res, err := lookup.Find(db, "银行", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	s := res.Words[0].Sentences[0]
	if s.ZH != "这是银行。" || s.Source != "p.tsv:1" || !reflect.DeepEqual(s.Highlight, [][2]int{{2, 4}}) || s.Key == "" {
		t.Errorf("sentence %+v", s)
	}
}

// A query whose English words are all stop words finds nothing, and says
// so (StopWords); one word of meaning among them is searched.
func TestFindStopWords(t *testing.T) {
	db := collection(t)
	for _, tc := range []struct {
		query, by   string
		stop, found bool
	}{
		{"the", "", true, false},
		{"is the", "english", true, false},
		{"the bank", "", false, true},
		{"银行", "", false, true},
	} {
		res, err := lookup.Find(db, tc.query, tc.by, 0)
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		if res.StopWords != tc.stop || res.Found() != tc.found {
			t.Errorf("%s: StopWords %v, Found %v; want %v, %v", tc.query, res.StopWords, res.Found(), tc.stop, tc.found)
		}
	}
}

func TestFindBadQuery(t *testing.T) {
	db := collection(t)
	for _, tc := range []struct{ query, by, msg string }{
		{"bank", "pinyin", `"bank" is not pinyin`},
		{"bank", "meaning", "--by meaning: want hanzi, pinyin or english"},
	} {
		_, err := lookup.Find(db, tc.query, tc.by, 0)
		var qe *lookup.QueryError
		if !errors.As(err, &qe) || qe.Msg != tc.msg {
			t.Errorf("%s --by %s: %v, want %q", tc.query, tc.by, err, tc.msg)
		}
	}
}

// BenchmarkFind looks up a frequent word of a 20,000-sentence collection by
// hanzi, and a syllable by pinyin, five sentences each.
func BenchmarkFind(b *testing.B) {
	db := storetest.Open(b)
	vocab, err := storetest.Fill(db, storetest.Synthetic{Sentences: 20_000, Documents: 4, Vocabulary: 12_000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{vocab[2].Word, strings.ReplaceAll(vocab[3].Reading, " ", "")} {
		b.Run(lookup.Guess(q), func(b *testing.B) {
			for b.Loop() {
				if _, err := lookup.Find(db, q, "", 5); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestFindWordsInOrder checks that the words Find reads side by side
// (readWords) come back in the order the store lists them, each with its
// own sentences, and the rest in More: fourteen words of "time", each in
// sentences of its own.
func TestFindWordsInOrder(t *testing.T) {
	var dict []cardstest.Entry
	var text strings.Builder
	for i, w := range []string{"时间", "时候", "次", "回", "时代", "期间", "当时", "时期", "有时", "同时", "准时", "按时", "及时", "时光"} {
		dict = append(dict, cardstest.Entry{Word: w, Reading: strings.Repeat("shi2 ", utf8.RuneCountInString(w)-1) + "shi2", Senses: []string{"time", "a word of time"}})
		// The i-th word is in i+1 sentences (so they differ in count),
		// each of them unique.
		for n := range i + 1 {
			fmt.Fprintf(&text, "%s%s。\tsentence %d of word %d, time\n", w, strings.Repeat("好", n), n, i)
		}
	}
	dict = append(dict, cardstest.Entry{Word: "好", Reading: "hao3", Senses: []string{"good"}})
	db := storetest.Open(t)
	pairs, doc, err := corpus.Read("time.tsv", strings.NewReader(text.String()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(doc, cards.Mine(pairs, cardstest.New(dict...), nil), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	ids, err := db.LookupEnglishIDs("time")
	if err != nil || len(ids) != 14 {
		t.Fatalf("time: %v %v, want 14 words", ids, err)
	}
	res, err := lookup.Find(db, "time", lookup.ByEnglish, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Words) != lookup.MaxWords || !reflect.DeepEqual(res.More, ids[lookup.MaxWords:]) {
		t.Fatalf("%d words and %v more, want %d and %v", len(res.Words), res.More, lookup.MaxWords, ids[lookup.MaxWords:])
	}
	for i, w := range res.Words {
		_, ss, err := db.WordExamples(ids[i], 3)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, s := range ss {
			keys = append(keys, s.Key.String())
		}
		var got []string
		for _, s := range w.Sentences {
			got = append(got, s.Key)
		}
		if w.ID != ids[i] || len(got) == 0 || !reflect.DeepEqual(got, keys) {
			t.Errorf("word %d: %s with %v, want %s with %v", i, w.ID, got, ids[i], keys)
		}
	}
}

// TestFindWordOnce checks that a word a query matches both by pinyin and
// by English (ma: 妈 read ma1, glossed "ma") is shown once, as found by
// pinyin, among the other words read so.
func TestFindWordOnce(t *testing.T) {
	dict := []cardstest.Entry{
		{Word: "妈", Reading: "ma1", Senses: []string{"ma", "mum"}},
		{Word: "马", Reading: "ma3", Senses: []string{"horse"}},
		{Word: "麻", Reading: "ma2", Senses: []string{"hemp"}},
		{Word: "骑", Reading: "qi2", Senses: []string{"to ride"}},
	}
	text := "妈骑马。\tMa rides a horse.\n麻。\tHemp.\n"
	db := storetest.Open(t)
	pairs, doc, err := corpus.Read("ma.tsv", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(doc, cards.Mine(pairs, cardstest.New(dict...), nil), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	res, err := lookup.Find(db, "ma", "", 1)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]string{}
	for _, w := range res.Words {
		if by, twice := found[w.ID]; twice {
			t.Errorf("%s shown twice (by %s and %s)", w.ID, by, w.By)
		}
		found[w.ID] = w.By
	}
	want := map[string]string{"妈 ma1": "pinyin", "马 ma3": "pinyin", "麻 ma2": "pinyin"}
	if !reflect.DeepEqual(found, want) || len(res.More) != 0 {
		t.Errorf("ma: %v and %v more, want %v", found, res.More, want)
	}
}
