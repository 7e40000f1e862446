package anki

// The reader as it was with SQLite (modernc.org/sqlite) through
// database/sql, kept as the reference the tests hold internal/sqliteread's
// reading to.

import (
	"archive/zip"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	sqlite "modernc.org/sqlite"
)

// registerUnicase registers the "unicase" collation schema-18 collections
// declare on names, without which SQLite refuses to read those tables.
var registerUnicase = sync.OnceFunc(func() {
	// Only this package opens SQLite files; an error means another caller
	// registered it already, which serves as well.
	_ = sqlite.RegisterCollationUtf8("unicase", func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
})

// readCollection reads a collection file (schema 11 to 18).
func readCollectionSQL(path string) (*Package, error) {
	registerUnicase()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=query_only(1)")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	p := &Package{Notetypes: map[int64]*Notetype{}}
	var crt int64
	var models string
	if err := db.QueryRow(`SELECT ver, crt, models FROM col`).Scan(&p.Schema, &crt, &models); err != nil {
		if strings.Contains(err.Error(), "file is not a database") || strings.Contains(err.Error(), "no such table") {
			return nil, errors.New("not an Anki collection (SQLite with a col table)")
		}
		return nil, fmt.Errorf("read col: %w", err)
	}
	p.Created = time.Unix(crt, 0)
	var tables int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('notetypes', 'fields', 'templates')`).Scan(&tables); err != nil {
		return nil, err
	}
	if tables == 3 {
		err = readNotetypes18SQL(db, p)
	} else {
		err = readNotetypes11(models, p)
	}
	if err != nil {
		return nil, err
	}
	if err := readNotesSQL(db, p); err != nil {
		return nil, err
	}
	if err := readCardsSQL(db, p); err != nil {
		return nil, err
	}
	if err := readRevlogSQL(db, p); err != nil {
		return nil, err
	}
	return p, nil
}

// readNotetypes18 reads the note types of a schema-18 collection, from
// their own tables.
func readNotetypes18SQL(db *sql.DB, p *Package) error {
	rows, err := db.Query(`SELECT id, name FROM notetypes`)
	if err != nil {
		return fmt.Errorf("read notetypes: %w", err)
	}
	for rows.Next() {
		nt := &Notetype{}
		if err := rows.Scan(&nt.ID, &nt.Name); err != nil {
			rows.Close()
			return fmt.Errorf("read notetypes: %w", err)
		}
		p.Notetypes[nt.ID] = nt
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("read notetypes: %w", err)
	}
	for _, table := range []string{"fields", "templates"} {
		rows, err := db.Query(`SELECT ntid, ord, name FROM ` + table)
		if err != nil {
			return fmt.Errorf("read %s: %w", table, err)
		}
		for rows.Next() {
			var id int64
			var ord int
			var name string
			if err := rows.Scan(&id, &ord, &name); err != nil {
				rows.Close()
				return fmt.Errorf("read %s: %w", table, err)
			}
			nt := p.Notetypes[id]
			if nt == nil {
				continue
			}
			if table == "fields" {
				nt.Fields = place(nt.Fields, ord, name)
			} else {
				nt.Templates = place(nt.Templates, ord, name)
			}
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("read %s: %w", table, err)
		}
	}
	return nil
}

func readNotesSQL(db *sql.DB, p *Package) error {
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM notes`).Scan(&n); err != nil {
		return fmt.Errorf("read notes: %w", err)
	}
	p.Notes = make([]PackageNote, 0, min(n, 1<<20))
	rows, err := db.Query(`SELECT id, guid, mid, tags, flds FROM notes ORDER BY id`)
	if err != nil {
		return fmt.Errorf("read notes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var note PackageNote
		var flds string
		if err := rows.Scan(&note.ID, &note.GUID, &note.Notetype, &note.Tags, &flds); err != nil {
			return fmt.Errorf("read notes: %w", err)
		}
		note.Fields = strings.Split(flds, "\x1f")
		p.Notes = append(p.Notes, note)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read notes: %w", err)
	}
	return nil
}

func readCardsSQL(db *sql.DB, p *Package) error {
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM cards`).Scan(&n); err != nil {
		return fmt.Errorf("read cards: %w", err)
	}
	p.Cards = make([]PackageCard, 0, min(n, 1<<21))
	rows, err := db.Query(`SELECT id, nid, ord, type, queue, due, ivl, factor, reps, lapses, data FROM cards ORDER BY id`)
	if err != nil {
		return fmt.Errorf("read cards: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c PackageCard
		var data string
		if err := rows.Scan(&c.ID, &c.Note, &c.Ord, &c.Type, &c.Queue, &c.Due, &c.Interval, &c.Factor,
			&c.Reps, &c.Lapses, &data); err != nil {
			return fmt.Errorf("read cards: %w", err)
		}
		c.Memory = memoryOf(data)
		p.Cards = append(p.Cards, c)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read cards: %w", err)
	}
	return nil
}

func readRevlogSQL(db *sql.DB, p *Package) error {
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM revlog`).Scan(&n); err != nil {
		return fmt.Errorf("read revlog: %w", err)
	}
	p.Revlog = make([]RevlogEntry, 0, min(n, 1<<23))
	rows, err := db.Query(`SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id`)
	if err != nil {
		return fmt.Errorf("read revlog: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r RevlogEntry
		var ms int64
		if err := rows.Scan(&r.ID, &r.Card, &r.Ease, &r.Interval, &r.LastInterval, &r.Factor, &ms, &r.Type); err != nil {
			return fmt.Errorf("read revlog: %w", err)
		}
		r.Duration = time.Duration(max(0, min(ms, 24*3600*1000))) * time.Millisecond
		p.Revlog = append(p.Revlog, r)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read revlog: %w", err)
	}
	return nil
}

// readPackageSQL is ReadPackage as it was: the same member chosen and
// extracted, read with SQLite.
func readPackageSQL(t testing.TB, path string) *Package {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	members := map[string]*zip.File{}
	for _, f := range zr.File {
		if _, dup := members[f.Name]; !dup {
			members[f.Name] = f
		}
	}
	name, err := chooseMember(members)
	if err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(t.TempDir(), "collection.sqlite")
	if err := extract(members[name], dbPath, strings.HasSuffix(name, ".anki21b")); err != nil {
		t.Fatal(err)
	}
	p, err := readCollectionSQL(dbPath)
	if err != nil {
		t.Fatalf("%s with SQLite: %v", path, err)
	}
	p.Path, p.Member = path, name
	return p
}

// TestReadLikeSQLite: ReadPackage reads what SQLite reads from a package
// of each layout, with thousands of notes, cards and reviews (tables of
// many pages under interior ones), a note whose fields overflow onto many
// pages and a card whose data does.
func TestReadLikeSQLite(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src.apkg")
	if err := WriteAPKG(src, testNotes(), testOptions(true)); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "c.anki2")
	if err := os.WriteFile(dbPath, openAPKG(t, src).members["collection.anki2"], 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+dbPath)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1) // one connection: the temporary tables are its own
	stmts := []string{
		`PRAGMA journal_mode = OFF`, `PRAGMA synchronous = OFF`,
	}
	// Eight doublings: each copy's ids moved past all the ids before it.
	for k := range 8 {
		d := fmt.Sprint(int64(1<<33) << k)
		for _, s := range []string{
			`CREATE TEMP TABLE n AS SELECT * FROM notes`,
			`UPDATE n SET id = id + ` + d + `, guid = guid || '` + fmt.Sprint(k) + `'`,
			`INSERT INTO notes SELECT * FROM n`,
			`CREATE TEMP TABLE c AS SELECT * FROM cards`,
			`UPDATE c SET id = id + ` + d + `, nid = nid + ` + d,
			`INSERT INTO cards SELECT * FROM c`,
			`CREATE TEMP TABLE r AS SELECT * FROM revlog`,
			`UPDATE r SET id = id + ` + d + `, cid = cid + ` + d,
			`INSERT INTO revlog SELECT * FROM r`,
			`DROP TABLE n`, `DROP TABLE c`, `DROP TABLE r`,
		} {
			stmts = append(stmts, s)
		}
	}
	stmts = append(stmts,
		`UPDATE notes SET flds = flds || char(31) || hex(randomblob(40000)) WHERE id = (SELECT min(id) FROM notes)`,
		`UPDATE cards SET data = '{"s":1.5,"d":5.25,"pad":"' || hex(zeroblob(6000)) || '"}' WHERE id = (SELECT max(id) FROM cards)`)
	for _, s := range stmts {
		exec(t, db, s)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	raw := readFile(t, dbPath)
	anki2 := filepath.Join(dir, "anki2.apkg")
	writeZipMembers(t, anki2, map[string][]byte{"collection.anki2": raw})
	anki21 := filepath.Join(dir, "anki21.apkg")
	writeZipMembers(t, anki21, map[string][]byte{"meta": {0x08, 0x02}, "collection.anki2": []byte("dummy"), "collection.anki21": raw})
	anki21b := filepath.Join(dir, "anki21b.apkg")
	writeLatest(t, anki2, anki21b)
	for _, path := range []string{anki2, anki21, anki21b} {
		got, err := ReadPackage(path)
		if err != nil {
			t.Fatal(err)
		}
		want := readPackageSQL(t, path)
		if len(want.Notes) < 1000 || len(want.Revlog) < 1000 {
			t.Fatalf("%s: %d notes, %d reviews: too few for interior pages", path, len(want.Notes), len(want.Revlog))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: read differs from SQLite's (%d notes, %d cards, %d reviews; SQLite %d, %d, %d)",
				filepath.Base(path), len(got.Notes), len(got.Cards), len(got.Revlog), len(want.Notes), len(want.Cards), len(want.Revlog))
		}
	}
}
