package export_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/anki"
	"cika/srs"
	"cika/srs/export"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

func mine(t testing.TB, db *store.DB, name, text string, at time.Time) {
	t.Helper()
	storetest.Mine(t, db, name, text, at)
}

// small is two documents: 银行 is met first in a sentence where it has
// another word beside it, then in one that says "bank".
func small(t testing.TB) *store.DB {
	db := storetest.Open(t)
	mine(t, db, "first.tsv", "我们是公司。\tWe are a company.\n银行是公司。\tThe firm is a firm.\n", t0)
	mine(t, db, "second.tsv", "这是银行。\tThis is the bank.\n谢谢你。\tThank you.\n", t0.Add(time.Hour))
	return db
}

func TestRead(t *testing.T) {
	db := small(t)
	x, err := export.Read(db, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range x.Notes() {
		got = append(got, n.Word)
	}
	// The order words were first met: first.tsv line 1, line 2, then
	// second.tsv (on a line, by identity).
	want := []string{"公司", "我们", "是", "银行", "这", "你", "谢谢"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("notes %v, want %v", got, want)
	}
	bank := x.Notes()[3]
	// Both sentences have 银行; the second says "bank" (the gloss), the
	// first does not: the second is the example.
	if bank.Sentence != "这是银行。" || bank.Translation != "This is the bank." ||
		bank.Source != "second.tsv:1" || bank.Meaning != "bank" || bank.Trad != "銀行" {
		t.Errorf("银行's note: %+v", bank)
	}
	if bank.Highlight != (anki.Span{Start: len("这是"), End: len("这是银行")}) {
		t.Errorf("银行 highlighted at %+v", bank.Highlight)
	}
	if !reflect.DeepEqual(bank.Tags, []string{"HSK3", "corpus::first"}) {
		t.Errorf("银行's tags %v", bank.Tags)
	}
	if !bank.Added.Equal(t0) || len(bank.Cards) != 2 || bank.Cards[0].Kind != anki.Recognition || bank.Cards[1].Kind != anki.Recall {
		t.Errorf("银行 added %v, cards %+v", bank.Added, bank.Cards)
	}
	if s := x.Summary(); s != (export.Summary{Notes: 7, Cards: 14}) {
		t.Errorf("summary %+v", s)
	}
}

func TestKnownAndProgress(t *testing.T) {
	db := small(t)
	if _, err := db.AddKnown([]string{"谢谢"}, "test", t0); err != nil {
		t.Fatal(err)
	}
	k := store.CardKey{Word: "银行 yin2 hang2", Kind: cards.Recall}
	before, err := db.Card(k)
	if err != nil {
		t.Fatal(err)
	}
	after := before.Card
	after.State, after.Stability, after.Difficulty, after.Step, after.Reps = srs.Learning, 1.5, 6.2, 1, 1
	after.LastReview, after.Due = t0.Add(2*time.Hour), t0.Add(2*time.Hour+10*time.Minute)
	log := srs.ReviewLog{Time: after.LastReview, Grade: srs.Hard, Before: before.Card, After: after, Duration: 4 * time.Second}
	if _, err := db.Answer(k, after, log); err != nil {
		t.Fatal(err)
	}

	x, err := export.Read(db, export.Options{WithProgress: true})
	if err != nil {
		t.Fatal(err)
	}
	if s := x.Summary(); s != (export.Summary{Notes: 7, Cards: 14, Reviews: 1, Known: 1}) {
		t.Errorf("summary %+v", s)
	}
	for _, n := range x.Notes() {
		if n.Known != (n.Word == "谢谢") {
			t.Errorf("%s known = %v", n.Word, n.Known)
		}
		if n.Word != "银行" {
			continue
		}
		c := n.Cards[1]
		wantCard := anki.Schedule{State: anki.Learning, Stability: 1.5, Difficulty: 6.2, Step: 1, Reps: 1,
			LastReview: after.LastReview, Due: after.Due}
		if c.Kind != anki.Recall || !reflect.DeepEqual(c.Card, wantCard) {
			t.Errorf("recall card %+v, want %+v", c.Card, wantCard)
		}
		if len(c.Reviews) != 1 || c.Reviews[0].Grade != anki.Hard || c.Reviews[0].Duration != 4*time.Second ||
			!c.Reviews[0].After.Due.Equal(after.Due) || c.Reviews[0].Before.State != anki.New {
			t.Errorf("recall reviews %+v", c.Reviews)
		}
	}

	// Without progress the review log is not read.
	x, err = export.Read(db, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := x.Summary(); s.Reviews != 0 {
		t.Errorf("without progress: %d reviews", s.Reviews)
	}
}

func TestWords(t *testing.T) {
	db := small(t)
	for _, tc := range []struct {
		words []string
		want  []string
		err   string
	}{
		{[]string{"銀行", "谢谢 xie4 xie5", "银行"}, []string{"银行", "谢谢"}, ""},
		{[]string{"谢谢", "公司"}, []string{"公司", "谢谢"}, ""},                               // in the order first met
		{[]string{"银行", "微软"}, nil, `"微软" is not a word of the collection with cards`}, // a name
		{[]string{"飞机"}, nil, `"飞机" is not a word of the collection with cards`},
	} {
		x, err := export.Read(db, export.Options{Words: tc.words})
		if tc.err != "" {
			var u *export.UnknownWordError
			if !errors.As(err, &u) || err.Error() != tc.err {
				t.Errorf("%v: error %v, want %q", tc.words, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%v: %v", tc.words, err)
		}
		var got []string
		for _, n := range x.Notes() {
			got = append(got, n.Word)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%v: notes %v, want %v", tc.words, got, tc.want)
		}
	}
}

func TestNothing(t *testing.T) {
	db := storetest.Open(t)
	_, err := export.Read(db, export.Options{})
	if !errors.Is(err, export.ErrNothing) {
		t.Errorf("empty collection: %v, want ErrNothing", err)
	}
	// The command line prints the hint after the error.
	var h interface{ Hint() string }
	if !errors.As(err, &h) || !strings.Contains(h.Hint(), "cika mine") {
		t.Errorf("empty collection: %v has no hint to mine first", err)
	}
}

func TestWrite(t *testing.T) {
	db := small(t)
	x, err := export.Read(db, export.Options{WithProgress: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	now := t0.Add(24 * time.Hour)
	if err := x.WriteAPKG(filepath.Join(dir, "out.apkg"), "Chinese::cika", now); err != nil {
		t.Fatal(err)
	}
	z, err := zip.OpenReader(filepath.Join(dir, "out.apkg"))
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	if len(z.File) != 2 || z.File[0].Name != "collection.anki2" {
		t.Errorf("package holds %v", z.File)
	}

	var buf bytes.Buffer
	if err := x.WriteText(&buf, "cika", now); err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(dir, "out.txt")
	if err := x.WriteTextFile(txt, "cika", now); err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile(txt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(file, buf.Bytes()) || !strings.Contains(buf.String(), "\t这是<span class=hl>银行</span>。\t") {
		t.Errorf("text export:\n%s\nfile:\n%s", buf.String(), file)
	}
	// A failed write leaves the file as it was, and no temporary file.
	if err := x.WriteTextFile(filepath.Join(dir, "missing", "out.txt"), "cika", now); err == nil {
		t.Error("writing into a missing directory: no error")
	}
	if err := x.WriteTextFile(txt, "Default", now); err == nil {
		t.Error("deck Default: no error")
	}
	if again, _ := os.ReadFile(txt); !bytes.Equal(again, file) {
		t.Error("a failed write changed the file")
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 2 {
		t.Errorf("files left: %v", ents)
	}
}
