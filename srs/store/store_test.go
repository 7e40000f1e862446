package store_test

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/cards/pinyin"
	"cika/srs"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

const docA = `Speaker 0
我们是银行。
We are a bank.

Speaker 1
微软公司回来了。
Microsoft company is back.

Speaker 0
123 OK!
123 OK!
`

const docB = "谢谢你，银行！\tThank you, bank!\n我们的智能\tour intelligence\n"

func mineText(t testing.TB, db *store.DB, text string) {
	t.Helper()
	storetest.Mine(t, db, "bench.tsv", text, t0)
}

func mine(t *testing.T, db *store.DB, name, text string, now time.Time) store.MineResult {
	t.Helper()
	return storetest.Mine(t, db, name, text, now)
}

func TestMine(t *testing.T) {
	db := storetest.Open(t)
	res := mine(t, db, "a.txt", docA, t0)
	want := store.MineResult{Sentences: 3, NewWords: 5, NewNames: 1, NewCards: 10, NoWords: 1}
	res.Document = store.Document{}
	if !reflect.DeepEqual(res, want) {
		t.Errorf("first mine: %+v, want %+v", res, want)
	}
	st, _ := db.Stats()
	if st != (store.Stats{Documents: 1, Sentences: 3, Words: 5, Names: 1, Cards: 10}) {
		t.Errorf("stats %+v", st)
	}

	// Same text, another name, other line ends: nothing happens.
	again := mine(t, db, "renamed.txt", strings.ReplaceAll(docA, "\n", "\r\n"), t0.Add(time.Hour))
	if !again.Already || again.Document.Name != "a.txt" || again.Sentences != 0 {
		t.Errorf("re-mine: %+v", again)
	}

	// Answer a card, then mine a new document: its words gain sentences,
	// the card's schedule stays.
	key := store.CardKey{Word: "银行 yin2 hang2", Kind: cards.Recognition}
	c, err := db.Card(key)
	if err != nil {
		t.Fatal(err)
	}
	after := c.Card
	after.State, after.Due, after.Reps, after.Stability = srs.Review, t0.Add(72*time.Hour), 1, 3.2
	if _, err := db.Answer(key, after, srs.ReviewLog{Time: t0.Add(time.Minute), Grade: srs.Good, Before: c.Card, After: after}); err != nil {
		t.Fatal(err)
	}
	res = mine(t, db, "b.tsv", docB, t0.Add(2*time.Hour))
	res.Document = store.Document{}
	// 谢谢 你 的 智能 are new; 银行 and 我们 gained sentences.
	if want := (store.MineResult{Sentences: 2, NewWords: 4, NewCards: 8, Gained: 2}); !reflect.DeepEqual(res, want) {
		t.Errorf("second mine: %+v, want %+v", res, want)
	}
	c2, _ := db.Card(key)
	if !c2.Due.Equal(after.Due) || c2.Reps != 1 || c2.State != srs.Review {
		t.Errorf("mining touched a schedule: %+v", c2)
	}
	w, err := db.Word("银行 yin2 hang2")
	if err != nil {
		t.Fatal(err)
	}
	if w.Count != 2 || w.Pairs != 2 || w.First != (cards.Origin{Doc: "a.txt", Line: 2}) || w.Trad != "銀行" || w.Gloss != "bank" {
		t.Errorf("银行: %+v", w)
	}
	ex, err := db.Examples(w.ID(), 0)
	if err != nil || len(ex) != 2 || ex[0].ZH != "我们是银行。" || ex[1].Doc != "b.tsv" || ex[1].Line != 1 {
		t.Fatalf("examples %+v %v", ex, err)
	}
	if got := cards.SentencePinyin(ex[1].Parts); got != "xièxie nǐ, yínháng!" {
		t.Errorf("sentence pinyin %q", got)
	}
	if cs, _ := db.Cards("微软 Wei1 ruan3"); len(cs) != 0 {
		t.Errorf("a name got cards: %+v", cs)
	}
	docs, _ := db.Documents()
	if len(docs) != 2 || docs[1].Name != "b.tsv" || docs[1].Format != "tsv" || docs[0].Skips != nil {
		t.Errorf("documents %+v", docs)
	}
}

func ids(ms []store.Match) string {
	var s []string
	for _, m := range ms {
		s = append(s, m.ID()+"/"+m.By)
	}
	return strings.Join(s, ", ")
}

func TestLookup(t *testing.T) {
	db := storetest.Open(t)
	mine(t, db, "a.txt", docA, t0)
	mine(t, db, "b.tsv", docB+"行\tOK\n西安\tXi'an\n", t0)
	hanzi := []struct{ q, want string }{
		{"银行", "银行 yin2 hang2/hanzi"},
		{"銀行", "银行 yin2 hang2/hanzi"},
		{"行", "行 xing2/hanzi"},
		{"智", "智能 zhi4 neng2/contains"},
		// Inside or at the end of a form, traditional or simplified.
		{"能", "智能 zhi4 neng2/contains"},
		{"銀", "银行 yin2 hang2/contains"},
		{"没有", ""},
	}
	for _, tt := range hanzi {
		ms, err := db.LookupHanzi(tt.q)
		if err != nil || ids(ms) != tt.want {
			t.Errorf("LookupHanzi(%q) = %s, %v; want %s", tt.q, ids(ms), err, tt.want)
		}
	}
	py := []struct{ q, want string }{
		{"zhineng", "智能 zhi4 neng2/pinyin"},
		{"zhi neng", "智能 zhi4 neng2/pinyin"},
		{"zhi4neng2", "智能 zhi4 neng2/pinyin"},
		{"zhìnéng", "智能 zhi4 neng2/pinyin"},
		{"zhi2neng2", ""},
		{"xian", "西安 Xi1 an1/pinyin"},
		{"xi'an", "西安 Xi1 an1/pinyin"},
	}
	for _, tt := range py {
		q, ok := pinyin.ParseQuery(tt.q)
		if !ok {
			t.Errorf("ParseQuery(%q) failed", tt.q)
			continue
		}
		ms, err := db.LookupPinyin(q)
		if err != nil || ids(ms) != tt.want {
			t.Errorf("LookupPinyin(%q) = %s, %v; want %s", tt.q, ids(ms), err, tt.want)
		}
	}
	en := []struct{ q, want string }{
		{"bank", "银行 yin2 hang2/english"},
		{"banks", "银行 yin2 hang2/english"},
		{"Intelligent", "智能 zhi4 neng2/english"},
		{"thank", "谢谢 xie4 xie5/english"},
		{"corporation", "公司 gong1 si1/english, 微软 Wei1 ruan3/english"},
		{"the", ""},
	}
	for _, tt := range en {
		ms, err := db.LookupEnglish(tt.q)
		if err != nil || ids(ms) != tt.want {
			t.Errorf("LookupEnglish(%q) = %s, %v; want %s", tt.q, ids(ms), err, tt.want)
		}
	}
}

// A failure inside the transaction leaves the collection as it was.
func TestMineAtomic(t *testing.T) {
	db := storetest.Open(t)
	mine(t, db, "a.txt", docA, t0)
	before, _ := db.Stats()
	pairs, doc, err := corpus.Read("big.tsv", strings.NewReader("我们\twe\n银行\tbank\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := cards.Mine(pairs, cardstest.Small(), nil)
	// A word whose key bbolt refuses (over 32 KiB) fails the Update after
	// the sentences were written.
	m.Words = append(m.Words, &cards.Word{Word: strings.Repeat("长", 20000), Reading: "chang2"})
	if _, err := db.MineDocument(doc, m, t0); err == nil {
		t.Fatal("mined an impossible word")
	}
	after, _ := db.Stats()
	if before != after {
		t.Errorf("stats changed: %+v → %+v", before, after)
	}
	if _, found, _ := db.DocumentByID(doc.ID); found {
		t.Error("failed document recorded")
	}
	if w, _ := db.Word("我们 wo3 men5"); w.Count != 1 {
		t.Errorf("我们 count %d after a failed mine", w.Count)
	}
}

func TestAnswerUndo(t *testing.T) {
	db := storetest.Open(t)
	mine(t, db, "a.txt", docA, t0)
	var due []store.Card
	if err := db.DueCards(t0, func(c store.Card) bool { due = append(due, c); return true }); err != nil {
		t.Fatal(err)
	}
	if len(due) != 10 {
		t.Fatalf("%d cards due, want 10", len(due))
	}
	if err := db.DueCards(t0.Add(-time.Second), func(store.Card) bool { t.Error("card due before mining"); return false }); err != nil {
		t.Fatal(err)
	}
	c := due[0]
	after := c.Card
	after.State, after.Due, after.Reps, after.LastReview = srs.Learning, t0.Add(10*time.Minute), 1, t0
	log := srs.ReviewLog{Time: t0, Grade: srs.Again, Before: c.Card, After: after}
	id, err := db.Answer(c.Key(), after, log)
	if err != nil {
		t.Fatal(err)
	}
	// The same answer again conflicts: the card is no longer in log.Before.
	if _, err := db.Answer(c.Key(), after, srs.ReviewLog{Time: t0.Add(time.Second), Before: c.Card, After: after}); !errors.Is(err, store.ErrConflict) {
		t.Errorf("second answer: %v", err)
	}
	var n int
	db.DueCards(t0, func(store.Card) bool { n++; return true })
	if n != 9 {
		t.Errorf("%d due after answering one, want 9", n)
	}
	var logged []store.Review
	db.Reviews(time.Time{}, func(r store.Review) bool { logged = append(logged, r); return true })
	if len(logged) != 1 || logged[0].ID.Card != c.Key() || !logged[0].ID.Time.Equal(t0) || logged[0].Grade != srs.Again {
		t.Errorf("log %+v", logged)
	}
	if st, _ := db.Stats(); st.Reviews != 1 {
		t.Errorf("stats %+v", st)
	}
	if err := db.Undo(id); err != nil {
		t.Fatal(err)
	}
	back, _ := db.Card(c.Key())
	if back.State != srs.New || !back.Due.Equal(t0) || back.Reps != 0 {
		t.Errorf("after undo: %+v", back)
	}
	if st, _ := db.Stats(); st.Reviews != 0 {
		t.Errorf("stats after undo %+v", st)
	}
	if err := db.Undo(id); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("second undo: %v", err)
	}
	back.Suspended = true
	back.Due = t0.Add(24 * time.Hour)
	if err := db.UpdateCard(back); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Card(c.Key()); !got.Suspended {
		t.Errorf("suspend lost: %+v", got)
	}
}

func TestSettings(t *testing.T) {
	db := storetest.Open(t)
	type limits struct{ New, Reviews int }
	var got limits
	if found, err := db.Setting("limits", &got); found || err != nil {
		t.Fatalf("unset setting: %v %v", found, err)
	}
	if err := db.PutSetting("limits", limits{20, 200}); err != nil {
		t.Fatal(err)
	}
	if found, err := db.Setting("limits", &got); !found || err != nil || got != (limits{20, 200}) {
		t.Errorf("setting %+v %v %v", got, found, err)
	}
}

func TestLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	if _, err := store.Open(path, &store.Options{ReadOnly: true}); !errors.Is(err, store.ErrNoCollection) {
		t.Errorf("read-only open of nothing: %v", err)
	}
	w, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{false, true} {
		_, err := store.Open(path, &store.Options{ReadOnly: ro, Timeout: 50 * time.Millisecond})
		if !errors.Is(err, store.ErrLocked) || err.Error() != "open collection "+path+": collection is in use by another cika process" {
			t.Errorf("read-only %v: %v", ro, err)
		}
		var h interface{ Hint() string }
		if !errors.As(err, &h) || h.Hint() == "" {
			t.Errorf("no hint in %v", err)
		}
	}
	w.Close()
	// Readers share the file.
	r1, err := store.Open(path, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := store.Open(path, &store.Options{ReadOnly: true, Timeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	r2.Close()
}

func TestWordsOrder(t *testing.T) {
	db := storetest.Open(t)
	mine(t, db, "a.txt", docA, t0)
	var got []string
	db.Words(func(w cards.Word) bool { got = append(got, w.Word); return true })
	want := []string{"公司", "回来", "微软", "我们", "是", "银行"} // byte order of the IDs
	if !reflect.DeepEqual(got, want) {
		t.Errorf("words %v, want %v", got, want)
	}
}
