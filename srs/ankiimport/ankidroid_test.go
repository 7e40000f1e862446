package ankiimport_test

import (
	"archive/zip"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"cika/cards/anki"
	"cika/cards/anki/ankitest"
)

// phone is an Anki collection as AnkiDroid has it after importing cika's
// package: the test reviews cards in it the way AnkiDroid records them
// (a revlog row whose id is the answer's time in ms, the card row updated)
// and adds notes, then exports it as a modern Anki does (a meta member and
// collection.anki21 beside a dummy collection.anki2).
type phone struct {
	t    testing.TB
	dir  string
	db   *sql.DB
	path string
}

// onPhone opens the collection of a package cika exported.
func onPhone(t testing.TB, apkg string) *phone {
	t.Helper()
	zr, err := zip.OpenReader(apkg)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	dir := t.TempDir()
	ph := &phone{t: t, dir: dir, path: filepath.Join(dir, "collection.anki21")}
	for _, f := range zr.File {
		if f.Name != "collection.anki2" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(ph.path, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	ph.db, err = sql.Open("sqlite", "file:"+ph.path)
	if err != nil {
		t.Fatal(err)
	}
	ph.db.SetMaxOpenConns(1)
	t.Cleanup(func() { ph.db.Close() })
	return ph
}

func (ph *phone) exec(q string, args ...any) {
	ph.t.Helper()
	if _, err := ph.db.Exec(q, args...); err != nil {
		ph.t.Fatalf("%s: %v", q, err)
	}
}

// card is the id of a note's card (by guid and ord).
func (ph *phone) card(guid string, ord int) int64 {
	ph.t.Helper()
	var id int64
	err := ph.db.QueryRow(`SELECT cards.id FROM cards JOIN notes ON notes.id = cards.nid WHERE notes.guid = ? AND cards.ord = ?`, guid, ord).Scan(&id)
	if err != nil {
		ph.t.Fatalf("card %s/%d: %v", guid, ord, err)
	}
	return id
}

// review answers card cid with ease at t, spending d on it, as AnkiDroid
// logs an answer: type from the card's type, the card moved on.
func (ph *phone) review(cid int64, ease int, at time.Time, d time.Duration) {
	ph.t.Helper()
	var typ, ivl int
	if err := ph.db.QueryRow(`SELECT type, ivl FROM cards WHERE id = ?`, cid).Scan(&typ, &ivl); err != nil {
		ph.t.Fatal(err)
	}
	kind := map[int]int{0: 0, 1: 0, 2: 1, 3: 2}[typ]
	newIvl, newType := max(1, ivl*2), 2
	if ease == 1 {
		newIvl, newType = -600, 3
		if typ < 2 {
			newType = 1
		}
	}
	ph.exec(`INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, 2500, ?, ?)`, at.UnixMilli(), cid, ease, newIvl, ivl, d.Milliseconds(), kind)
	ph.exec(`UPDATE cards SET type = ?, queue = ?, ivl = ?, reps = reps + 1, mod = ?, usn = -1,
		data = '{"s":3.1,"d":5.2,"dr":0.9,"decay":0.1542,"lrt":' || ? || '}' WHERE id = ?`,
		newType, min(newType, 2), max(0, newIvl), at.Unix(), at.Unix(), cid)
}

// log adds a revlog row that is not an answer (a manual reschedule, a
// reset, cramming).
func (ph *phone) log(cid int64, typ, ease, ivl, factor int, at time.Time) {
	ph.t.Helper()
	ph.exec(`INSERT INTO revlog VALUES (?, ?, -1, ?, ?, 0, ?, 0, ?)`, at.UnixMilli(), cid, ease, ivl, factor, typ)
}

var noteSeq int64

// addNote adds a note of cika's note type as the learner would in
// AnkiDroid (a random guid), with two new cards, and returns its guid.
func (ph *phone) addNote(hanzi, pinyin string) string {
	ph.t.Helper()
	var mid int64
	if err := ph.db.QueryRow(`SELECT mid FROM notes LIMIT 1`).Scan(&mid); err != nil {
		ph.t.Fatal(err)
	}
	noteSeq++
	id := 1_800_000_000_000 + noteSeq
	guid := fmt.Sprintf("ph%09d", noteSeq)
	flds := make([]string, len(anki.Fields))
	flds[0], flds[1], flds[3] = hanzi, pinyin, "added on the phone"
	ph.exec(`INSERT INTO notes VALUES (?, ?, ?, 0, -1, '', ?, ?, 0, 0, '')`, id, guid, mid, strings.Join(flds, "\x1f"), hanzi)
	for ord := range 2 {
		ph.exec(`INSERT INTO cards VALUES (?, ?, 1, ?, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')`, id*10+int64(ord), id, ord)
	}
	return guid
}

// export writes the collection as a package of a modern Anki's
// "support older versions" layout, and returns its path.
func (ph *phone) export(name string) string {
	ph.t.Helper()
	if err := ph.db.Close(); err != nil {
		ph.t.Fatal(err)
	}
	raw, err := os.ReadFile(ph.path)
	if err != nil {
		ph.t.Fatal(err)
	}
	pkg, err := ankitest.ModernPackage(raw)
	if err != nil {
		ph.t.Fatal(err)
	}
	out := filepath.Join(ph.dir, name)
	if err := os.WriteFile(out, pkg, 0o600); err != nil {
		ph.t.Fatal(err)
	}
	ph.db, err = sql.Open("sqlite", "file:"+ph.path)
	if err != nil {
		ph.t.Fatal(err)
	}
	return out
}
