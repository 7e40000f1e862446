package main

import (
	"archive/zip"
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	_ "modernc.org/sqlite"

	"cika/cards"
	"cika/cards/anki"
	"cika/srs"
	"cika/srs/store"
)

// TestExportProgressMatchesCollection mines, reviews and exports with
// progress, then reads the package as Anki would and compares it with the
// collection: same words (by guid), each card's schedule and FSRS memory, and
// the whole review log.
func TestExportProgressMatchesCollection(t *testing.T) {
	dir := t.TempDir()
	dbFile := filepath.Join(dir, "c.db")
	pairs := filepath.Join(dir, "pairs.tsv")
	os.WriteFile(pairs, []byte("我们的银行\tour bank\n北京的银行。\tThe bank of Beijing.\n我们去银行。\tWe go to the bank.\n"), 0o644)
	cika := func(stdin string, args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(append([]string{"cika", "--db", dbFile}, args...), strings.NewReader(stdin), &out, &errb); code != 0 {
			t.Fatalf("cika %v: exit %d: %s", args, code, errb.String())
		}
		return out.String()
	}
	cika("", "mine", pairs)
	t.Setenv("CIKA_NOW", "2026-03-02T09:00:00Z")
	cika(strings.Repeat("\n3\n", 8), "review", "--plain")
	t.Setenv("CIKA_NOW", "2026-03-02T12:00:00Z")
	apkg := filepath.Join(dir, "out.apkg")
	cika("", "export", "anki", apkg, "--with-progress")

	db, err := store.Open(dbFile, &store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	want := map[string]store.Card{} // guid/ord → card
	var words int
	db.Words(func(w cards.Word) bool {
		if !w.Taught() {
			return true
		}
		words++
		cs, err := db.Cards(w.ID())
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			ord := "0"
			if c.Kind == cards.Recall {
				ord = "1"
			}
			want[anki.GUID(w.Word, w.Reading)+"/"+ord] = c
		}
		return true
	})
	var logged []store.Review
	db.Reviews(time.Time{}, func(r store.Review) bool { logged = append(logged, r); return true })

	col := openPackage(t, apkg)
	var crt int64
	col.QueryRow("SELECT crt FROM col").Scan(&crt)
	day := srs.RolloverDay(time.Local, 4)
	rows, err := col.Query(`SELECT n.guid, c.ord, c.type, c.queue, c.due, c.ivl, c.reps, c.data,
		(SELECT count(*) FROM revlog r WHERE r.cid = c.id),
		(SELECT type FROM revlog r WHERE r.cid = c.id ORDER BY r.id LIMIT 1)
		FROM cards c JOIN notes n ON n.id = c.nid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	seen, revs, reviewed := 0, 0, 0
	for rows.Next() {
		var guid, ord, data string
		var typ, queue, due, ivl, reps, nrev int64
		var firstType sql.NullInt64
		if err := rows.Scan(&guid, &ord, &typ, &queue, &due, &ivl, &reps, &data, &nrev, &firstType); err != nil {
			t.Fatal(err)
		}
		c, ok := want[guid+"/"+ord]
		if !ok {
			t.Errorf("card %s/%s is not in the collection", guid, ord)
			continue
		}
		seen++
		revs += int(nrev)
		if int64(c.State) != typ && !(c.State == srs.Relearning && typ == 3) {
			t.Errorf("%s %v: type %d, collection state %v", c.Word, c.Kind, typ, c.State)
		}
		if int(reps) != c.Reps {
			t.Errorf("%s %v: reps %d, want %d", c.Word, c.Kind, reps, c.Reps)
		}
		switch c.State {
		case srs.Review:
			reviewed++
			if d := day(c.Due) - day(time.Unix(crt, 0)); queue != 2 || due != d {
				t.Errorf("%s %v: queue %d due %d, want 2 and day %d after crt", c.Word, c.Kind, queue, due, d)
			}
			var mem struct{ S, D float64 }
			json.Unmarshal([]byte(data), &mem)
			if math.Abs(mem.S-c.Stability) > 1e-4 || math.Abs(mem.D-c.Difficulty) > 1e-3 {
				t.Errorf("%s %v: data %s, collection S %v D %v", c.Word, c.Kind, data, c.Stability, c.Difficulty)
			}
			if !firstType.Valid || firstType.Int64 != 0 {
				t.Errorf("%s %v: history starts with type %v, want a learning entry", c.Word, c.Kind, firstType)
			}
		case srs.New:
			if queue != 0 || nrev != 0 {
				t.Errorf("%s %v: new card in queue %d with %d reviews", c.Word, c.Kind, queue, nrev)
			}
		}
	}
	if seen != 2*words || seen != len(want) {
		t.Errorf("%d cards exported, collection has %d (%d words)", seen, len(want), words)
	}
	if reviewed != 4 {
		t.Errorf("%d cards in review, want the 4 answered Good twice", reviewed)
	}
	if revs != len(logged) || revs == 0 {
		t.Errorf("%d reviews exported, collection logged %d", revs, len(logged))
	}
}

// openPackage unzips an .apkg and opens its collection.
func openPackage(t *testing.T, path string) *sql.DB {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	dst := filepath.Join(t.TempDir(), "collection.anki2")
	for _, f := range zr.File {
		if f.Name != "collection.anki2" {
			continue
		}
		rc, _ := f.Open()
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(dst, b, 0o600)
	}
	db, err := sql.Open("sqlite", "file:"+dst+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// cmdAPKGCards is the testscript command `apkgcards FILE.apkg`: it opens the
// package's collection the way Anki does and prints one line a card,
// "WORD ord=N type=N queue=N tags=TAGS", in note order.
func cmdAPKGCards(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: apkgcards FILE.apkg")
	}
	zr, err := zip.OpenReader(ts.MkAbs(args[0]))
	ts.Check(err)
	defer zr.Close()
	dst := ts.MkAbs("apkgcards.anki2")
	found := false
	for _, f := range zr.File {
		if f.Name != "collection.anki2" {
			continue
		}
		rc, err := f.Open()
		ts.Check(err)
		b, err := io.ReadAll(rc)
		rc.Close()
		ts.Check(err)
		ts.Check(os.WriteFile(dst, b, 0o600))
		found = true
	}
	if !found {
		ts.Fatalf("%s: no collection.anki2", args[0])
	}
	defer os.Remove(dst)
	db, err := sql.Open("sqlite", "file:"+dst+"?mode=ro")
	ts.Check(err)
	defer db.Close()
	rows, err := db.Query(`SELECT n.flds, c.ord, c.type, c.queue, n.tags
		FROM cards c JOIN notes n ON n.id = c.nid ORDER BY n.id, c.ord`)
	ts.Check(err)
	defer rows.Close()
	for rows.Next() {
		var flds, tags string
		var ord, typ, queue int64
		ts.Check(rows.Scan(&flds, &ord, &typ, &queue, &tags))
		word, _, _ := strings.Cut(flds, "\x1f")
		fmt.Fprintf(ts.Stdout(), "%s ord=%d type=%d queue=%d tags=%s\n", word, ord, typ, queue, strings.TrimSpace(tags))
	}
	ts.Check(rows.Err())
}
