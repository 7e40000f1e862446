package main

import (
	"archive/zip"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	_ "modernc.org/sqlite"

	"cika/cards/anki"
	"cika/cards/anki/ankitest"
)

// cmdAnkiPhone is the testscript command
//
//	ankiphone IN.apkg OUT.apkg SCRIPT
//
// which plays AnkiDroid: it opens the collection of a package cika exported,
// applies SCRIPT line by line, and exports the result as a modern Anki does
// (meta, collection.anki21 beside a dummy collection.anki2). Lines:
//
//	review HANZI ORD EASE TIME   an answer (TIME RFC 3339, ms kept)
//	forget HANZI ORD TIME        Anki's Forget: a manual entry, ease 0
//	add HANZI PINYIN             a note of cika's type added on the phone
//	notetype NAME                rename cika's note type and its fields (someone else's deck)
func cmdAnkiPhone(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: ankiphone IN.apkg OUT.apkg SCRIPT")
	}
	zr, err := zip.OpenReader(ts.MkAbs(args[0]))
	ts.Check(err)
	var raw []byte
	for _, f := range zr.File {
		if f.Name == "collection.anki2" {
			rc, err := f.Open()
			ts.Check(err)
			raw, err = io.ReadAll(rc)
			ts.Check(err)
			rc.Close()
		}
	}
	zr.Close()
	dir, err := os.MkdirTemp("", "ankiphone")
	ts.Check(err)
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "collection.anki21")
	ts.Check(os.WriteFile(path, raw, 0o600))
	db, err := sql.Open("sqlite", "file:"+path)
	ts.Check(err)
	defer db.Close()
	db.SetMaxOpenConns(1)
	exec := func(q string, args ...any) {
		if _, err := db.Exec(q, args...); err != nil {
			ts.Fatalf("%s: %v", q, err)
		}
	}
	cardOf := func(hanzi, ord string) int64 {
		var id int64
		err := db.QueryRow(`SELECT cards.id FROM cards JOIN notes ON notes.id = cards.nid
			WHERE (notes.sfld = ? OR notes.flds LIKE ? || '<%') AND cards.ord = ?`, hanzi, hanzi, ord).Scan(&id)
		if err != nil {
			ts.Fatalf("card %s/%s: %v", hanzi, ord, err)
		}
		return id
	}
	when := func(s string) time.Time {
		t, err := time.Parse(time.RFC3339Nano, s)
		ts.Check(err)
		return t
	}
	added := int64(0)
	for i, line := range strings.Split(ts.ReadFile(args[2]), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case f[0] == "review" && len(f) == 5:
			cid := cardOf(f[1], f[2])
			ease, err := strconv.Atoi(f[3])
			ts.Check(err)
			at := when(f[4])
			exec(`INSERT INTO revlog VALUES (?, ?, -1, ?, 3, 1, 2500, 4000, 1)`, at.UnixMilli(), cid, ease)
			exec(`UPDATE cards SET type = 2, queue = 2, reps = reps + 1, usn = -1 WHERE id = ?`, cid)
		case f[0] == "forget" && len(f) == 4:
			exec(`INSERT INTO revlog VALUES (?, ?, -1, 0, 0, 0, 0, 0, 4)`, when(f[3]).UnixMilli(), cardOf(f[1], f[2]))
			exec(`UPDATE cards SET type = 0, queue = 0, usn = -1 WHERE id = ?`, cardOf(f[1], f[2]))
		case f[0] == "add" && len(f) == 3:
			added++
			id := 1_800_000_000_000 + added
			var mid int64
			ts.Check(db.QueryRow(`SELECT mid FROM notes LIMIT 1`).Scan(&mid))
			flds := make([]string, len(anki.Fields))
			flds[0], flds[1] = f[1], f[2]
			exec(`INSERT INTO notes VALUES (?, ?, ?, 0, -1, '', ?, ?, 0, 0, '')`, id, "phone"+strconv.FormatInt(added, 10), mid, strings.Join(flds, "\x1f"), f[1])
			for ord := range 2 {
				exec(`INSERT INTO cards VALUES (?, ?, 1, ?, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')`, id*10+int64(ord), id, ord)
			}
		case f[0] == "notetype" && len(f) == 2:
			exec(`UPDATE col SET models = replace(replace(replace(models, '"`+anki.NotetypeName+`"', '"'||?||'"'), '"Hanzi"', '"Front"'), '"Pinyin"', '"Back"')`, f[1])
			exec(`UPDATE col SET models = replace(models, '1764460800001', '1500000000000')`)
			exec(`UPDATE notes SET mid = 1500000000000`)
		default:
			ts.Fatalf("%s:%d: unknown line %q", args[2], i+1, line)
		}
	}
	ts.Check(db.Close())
	raw, err = os.ReadFile(path)
	ts.Check(err)
	pkg, err := ankitest.ModernPackage(raw)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), pkg, 0o644))
}
