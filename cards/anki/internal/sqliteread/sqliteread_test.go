package sqliteread

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	_ "modernc.org/sqlite" // the reference: SQLite itself reads each file
)

// build makes a database file with SQLite, running stmts; pragmas (page
// size, encoding) go first.
func build(t testing.TB, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%.80s: %v", s, err)
		}
	}
}

// insert adds rows to table with SQLite, in one transaction.
func insert(t testing.TB, path, q string, rows [][]any) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if _, err := tx.Exec(q, r...); err != nil {
			t.Fatalf("%s %v: %v", q, r, err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// want reads a query's rows with SQLite.
func want(t testing.TB, path, q string) [][]any {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out [][]any
	for rows.Next() {
		r := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range r {
			ptrs[i] = &r[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// got reads table's cols with this package, values as database/sql gives
// them.
func got(t testing.TB, path, table string, cols ...string) [][]any {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out [][]any
	err = db.Scan(table, cols, func(vals []Value) error {
		r := make([]any, len(vals))
		for i, v := range vals {
			r[i] = v.any()
		}
		out = append(out, r)
		return nil
	})
	if err != nil {
		t.Fatalf("scan %s: %v", table, err)
	}
	return out
}

func (v Value) any() any {
	switch v.Kind {
	case Integer:
		return v.I
	case Float:
		return v.F
	case Text:
		return string(v.B)
	case Blob:
		return bytes.Clone(v.B)
	}
	return nil
}

func same(t *testing.T, what string, got, want [][]any) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d rows, SQLite reads %d", what, len(got), len(want))
		return
	}
	if len(want) == 0 {
		t.Errorf("%s: no rows to compare", what)
	}
	for i := range want {
		for j := range want[i] {
			g, w := got[i][j], want[i][j]
			if gb, ok := g.([]byte); ok {
				if wb, ok := w.([]byte); ok && bytes.Equal(gb, wb) {
					continue
				}
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("%s: row %d column %d = %.60v (%T), SQLite reads %.60v (%T)", what, i, j, g, g, w, w)
				return
			}
		}
	}
}

// values is a row of every kind of value, big ones overflowing their cell
// by a few bytes, a page or many pages.
func values(r *rand.Rand, i int) []any {
	ints := []int64{0, 1, -1, 127, -128, 128, 32767, -32768, 1<<23 - 1, -1 << 23, 1<<31 - 1, -1 << 31,
		1<<47 - 1, -1 << 47, math.MaxInt64, math.MinInt64, 2, -2, 300, 70000}
	texts := []string{"", "银行", "yín háng", strings.Repeat("长", 2000), strings.Repeat("a", 4061),
		strings.Repeat("b", 4062), strings.Repeat("x", 30_000), "it's"}
	var n any
	switch i % 4 {
	case 1:
		n = 1.5
	case 2:
		n = "12"
	case 3:
		n = []byte{0, 1, 2}
	}
	blob := make([]byte, []int{0, 3, 1000, 5000, 20_000}[i%5])
	for k := range blob {
		blob[k] = byte(r.IntN(256))
	}
	s := texts[i%len(texts)]
	if i%3 == 0 {
		s = fmt.Sprintf("row %d %x", i, r.Uint64())
	}
	return []any{ints[i%len(ints)], float64(i) / 7, s, blob, n}
}

// TestAgainstSQLite: every table of files SQLite wrote reads back as
// SQLite reads it: rowid tables and WITHOUT ROWID tables several levels
// deep, values of every kind, payloads that overflow, quoted names,
// columns added later, generated columns, the three text encodings, the
// smallest and largest page sizes, freed space and pointer-map pages.
func TestAgainstSQLite(t *testing.T) {
	for _, c := range []struct {
		name    string
		pragmas []string
		rows    int
	}{
		{"4k", nil, 600},
		{"512", []string{"PRAGMA page_size = 512"}, 600},
		{"64k", []string{"PRAGMA page_size = 65536"}, 100},
		{"utf16le", []string{"PRAGMA encoding = 'UTF-16le'"}, 100},
		{"utf16be", []string{"PRAGMA encoding = 'UTF-16be'", "PRAGMA page_size = 1024"}, 100},
		{"autovacuum", []string{"PRAGMA auto_vacuum = FULL", "PRAGMA page_size = 1024"}, 200},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "t.db")
			build(t, path, append(c.pragmas,
				`CREATE TABLE t (id INTEGER PRIMARY KEY, i integer, r real, s text, b blob, n)`,
				`CREATE TABLE w (a integer NOT NULL, s text COLLATE NOCASE, b blob, r real,
					PRIMARY KEY (s, a)) WITHOUT ROWID`,
				`CREATE INDEX t_i ON t (i, s)`,
				`CREATE TABLE "odd ""name""" ([select] TEXT, "x y" INT, id INTEGER PRIMARY KEY DESC)`,
				`CREATE TABLE p (k integer, v text, PRIMARY KEY (k DESC))`,
				`CREATE TABLE g (a integer, twice integer AS (a * 2), next integer GENERATED ALWAYS AS (a + 1) STORED, z text)`,
				`CREATE TABLE plain (v) -- no key: the rowid is no column`,
			)...)
			r := rand.New(rand.NewPCG(1, uint64(c.rows)))
			var trows, wrows, orows, prows, grows, plain [][]any
			for i := range c.rows {
				v := values(r, i)
				trows = append(trows, append([]any{i*3 + 1}, v...))
				wrows = append(wrows, []any{i % 7, v[2], v[3], v[1]})
				orows = append(orows, []any{v[2], i, i * 5})
				prows = append(prows, []any{i * 11, v[2]})
				grows = append(grows, []any{i, v[2]})
				plain = append(plain, []any{v[4]})
			}
			insert(t, path, `INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)`, trows)
			insert(t, path, `INSERT OR IGNORE INTO w VALUES (?, ?, ?, ?)`, wrows)
			insert(t, path, `INSERT INTO "odd ""name""" VALUES (?, ?, ?)`, orows)
			insert(t, path, `INSERT INTO p VALUES (?, ?)`, prows)
			insert(t, path, `INSERT INTO g (a, z) VALUES (?, ?)`, grows)
			insert(t, path, `INSERT INTO plain VALUES (?)`, plain)
			build(t, path,
				`DELETE FROM t WHERE id % 5 = 0`, // freed cells inside pages, free pages
				`ALTER TABLE t ADD COLUMN late integer DEFAULT -7`,
				`ALTER TABLE t ADD COLUMN later text DEFAULT 'x''y'`,
				`ALTER TABLE t ADD COLUMN latest DEFAULT NULL`,
				`INSERT INTO t (id, i, late, later, latest) VALUES (1000000, 5, 6, 'seven', 8.5)`,
			)
			same(t, "t", got(t, path, "t", "id", "i", "r", "s", "b", "n", "late", "later", "latest"),
				want(t, path, `SELECT id, i, r, s, b, n, late, later, latest FROM t ORDER BY rowid`))
			same(t, "w", got(t, path, "W", "a", "s", "b", "r"),
				want(t, path, `SELECT a, s, b, r FROM w ORDER BY s, a`))
			same(t, "odd", got(t, path, `odd "name"`, "select", "X Y", "id"),
				want(t, path, `SELECT "select", "x y", id FROM "odd ""name""" ORDER BY rowid`))
			same(t, "p", got(t, path, "p", "k", "v"),
				want(t, path, `SELECT k, v FROM p ORDER BY rowid`))
			same(t, "g", got(t, path, "g", "a", "next", "z"),
				want(t, path, `SELECT a, next, z FROM g ORDER BY rowid`))
			same(t, "plain", got(t, path, "plain", "v"),
				want(t, path, `SELECT v FROM plain ORDER BY rowid`))
			same(t, "sqlite_master", got(t, path, "sqlite_master", "type", "name", "tbl_name", "rootpage", "sql"),
				want(t, path, `SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master`))

			db, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if err := db.Scan("g", []string{"twice"}, func([]Value) error { return nil }); err == nil {
				t.Error("a virtual generated column was read")
			}
			if err := db.Scan("t", []string{"nope"}, func([]Value) error { return nil }); !errors.Is(err, ErrNoColumn) {
				t.Errorf("missing column: %v", err)
			}
			if err := db.Scan("nope", nil, func([]Value) error { return nil }); !errors.Is(err, ErrNoTable) {
				t.Errorf("missing table: %v", err)
			}
			n := 0
			err = db.Scan("t", []string{"id"}, func([]Value) error {
				if n++; n == 3 {
					return Stop
				}
				return nil
			})
			if err != nil || n != 3 {
				t.Errorf("Stop after 3 rows: %d rows, %v", n, err)
			}
		})
	}
}

// TestParseTable: where each column sits in the record, for statements
// as SQLite keeps them.
func TestParseTable(t *testing.T) {
	for _, c := range []struct {
		sql  string
		want string // name:pos …
	}{
		{`CREATE TABLE col (id integer primary key, crt integer not null, models text not null)`, "id:-1 crt:1 models:2"},
		{`CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
			config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid`, "ntid:0 ord:1 name:2 config:3"},
		{`CREATE TABLE x (a, b, c, PRIMARY KEY (c, a)) WITHOUT ROWID`, "a:1 b:2 c:0"},
		{`CREATE TABLE x (a INTEGER PRIMARY KEY DESC, b)`, "a:0 b:1"},
		{`CREATE TABLE x (a INTEGER, b, PRIMARY KEY (a DESC))`, "a:-1 b:1"},
		{`CREATE TABLE x (a INT PRIMARY KEY, b)`, "a:0 b:1"},
		{`CREATE TABLE x (a INTEGER, b INTEGER, PRIMARY KEY (a, b))`, "a:0 b:1"},
		{`CREATE TABLE IF NOT EXISTS main.x (a VARCHAR(10, 2) DEFAULT (1), "b" INTEGER CONSTRAINT pk PRIMARY KEY)`, "a:0 b:-1"},
		{`CREATE TABLE x (a, v AS (a + 1), s GENERATED ALWAYS AS (a) STORED, z)`, "a:0 v:0 s:1 z:2"},
		{"CREATE TABLE x (/* c */ a -- d\n, `b`, [c d])", "a:0 b:1 c d:2"},
	} {
		tb, err := parseTable(c.sql)
		if err != nil {
			t.Errorf("%s: %v", c.sql, err)
			continue
		}
		var parts []string
		for _, col := range tb.cols {
			parts = append(parts, fmt.Sprintf("%s:%d", col.name, col.pos))
		}
		if got := strings.Join(parts, " "); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.sql, got, c.want)
		}
	}
	for _, bad := range []string{"", "CREATE INDEX i ON t (a)", "CREATE TABLE x", "CREATE TABLE x (a", "CREATE TABLE x ('a",
		"CREATE TABLE x (a) WITHOUT ROWID", "CREATE TABLE x ()"} {
		if _, err := parseTable(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestVarint checks the decoder against the encoding's edges.
func TestVarint(t *testing.T) {
	for _, c := range []struct {
		b []byte
		v uint64
		n int
	}{
		{[]byte{0}, 0, 1},
		{[]byte{0x7f}, 0x7f, 1},
		{[]byte{0x81, 0}, 0x80, 2},
		{[]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, math.MaxUint64, 9},
		{[]byte{0x81}, 0, 0},
		{nil, 0, 0},
	} {
		if v, n := varint(c.b); v != c.v || n != c.n {
			t.Errorf("varint(%x) = %d, %d; want %d, %d", c.b, v, n, c.v, c.n)
		}
	}
}

// small is a database of a few pages for the damage tests: a table of
// 60 rows on 512-byte pages (a root, leaves, overflow pages) and a
// WITHOUT ROWID table.
func small(t testing.TB) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "small.db")
	build(t, path, `PRAGMA page_size = 512`,
		`CREATE TABLE t (id INTEGER PRIMARY KEY, s text, b blob)`,
		`CREATE TABLE w (k text PRIMARY KEY, v) WITHOUT ROWID`)
	var rows, wrows [][]any
	for i := range 60 {
		rows = append(rows, []any{i, fmt.Sprintf("row %d", i), bytes.Repeat([]byte{byte(i)}, i%7*100)})
		wrows = append(wrows, []any{fmt.Sprintf("key %03d %s", i, strings.Repeat("k", i%5*100)), i})
	}
	insert(t, path, `INSERT INTO t VALUES (?, ?, ?)`, rows)
	insert(t, path, `INSERT INTO w VALUES (?, ?)`, wrows)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readAll opens a file held in b and reads every column of every table:
// what a caller may do with any file.
func readAll(b []byte) (rows int, err error) {
	db, err := New(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return 0, err
	}
	for _, o := range db.Schema() {
		if o.Type != "table" {
			continue
		}
		tb, err := db.table(&o)
		if err != nil {
			return rows, err
		}
		var cols []string
		for _, c := range tb.cols {
			if !c.virtual {
				cols = append(cols, c.name)
			}
		}
		err = db.Scan(o.Name, cols, func(vals []Value) error {
			rows++
			for _, v := range vals {
				v.Int()
				v.Text()
			}
			return nil
		})
		if err != nil {
			return rows, err
		}
	}
	return rows, nil
}

// TestDamaged: damage where a reader trips on it is an error that says
// so and names the page; never a panic, a loop or a huge allocation.
func TestDamaged(t *testing.T) {
	good := small(t)
	if n, err := readAll(good); err != nil || n != 120 {
		t.Fatalf("the undamaged file: %d rows, %v", n, err)
	}
	at := func(page, off int) int { return (page-1)*512 + off }
	edit := func(f func(b []byte)) []byte {
		b := bytes.Clone(good)
		f(b)
		return b
	}
	// The table t's root is page 2 (the schema is page 1); an interior page.
	root := 2
	cases := []struct {
		name string
		file []byte
		want error
		text string
	}{
		{"empty", nil, ErrNotDatabase, ""},
		{"text", []byte(strings.Repeat("not a database ", 10)), ErrNotDatabase, ""},
		{"pagesize", edit(func(b []byte) { b[16], b[17] = 0x03, 0x00 }), ErrNotDatabase, "page size"},
		{"truncated", good[:512*3+100], ErrCorrupt, "out of the file"},
		{"zeroed root", edit(func(b []byte) { clear(b[at(root, 0):at(root+1, 0)]) }), ErrCorrupt, "page 2: page type 0"},
		{"loop", edit(func(b []byte) { b[at(root, 8)], b[at(root, 9)], b[at(root, 10)], b[at(root, 11)] = 0, 0, 0, byte(root) }), ErrCorrupt, "twice"},
		{"cells", edit(func(b []byte) { b[at(root, 3)], b[at(root, 4)] = 0xff, 0xff }), ErrCorrupt, "do not fit"},
		{"cell offset", edit(func(b []byte) { b[at(root, 12)], b[at(root, 13)] = 0, 1 }), ErrCorrupt, "cell 0 at offset 1"},
		{"schema root", edit(func(b []byte) { b[100+3], b[100+4] = 0xff, 0xff }), ErrCorrupt, "page 1"},
	}
	// One row whose blob fills overflow pages 3 to 8, in order: page 4
	// pointing back to 3 makes a loop.
	path := filepath.Join(t.TempDir(), "loop.db")
	build(t, path, `PRAGMA page_size = 512`, `CREATE TABLE b (x blob)`, `INSERT INTO b VALUES (zeroblob(3000))`)
	loop, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := readAll(loop); err != nil || n != 1 {
		t.Fatalf("the loop file before the loop: %d rows, %v", n, err)
	}
	loop[at(4, 3)] = 3
	cases = append(cases, struct {
		name string
		file []byte
		want error
		text string
	}{"overflow loop", loop, ErrCorrupt, "overflow page 3 reached twice"})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := readAll(c.file)
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.text) {
				t.Errorf("error %q, want %v with %q", err, c.want, c.text)
			}
		})
	}
	// Each byte of the header, the schema, the roots and every page's
	// header and first cell pointers changed, and 2,000 bytes elsewhere:
	// errors, not panics, and never more rows than the file holds.
	r := rand.New(rand.NewPCG(2, 3))
	var offs []int
	for off := range 3 * 512 {
		offs = append(offs, off)
	}
	for p := 3 * 512; p < len(good); p += 512 {
		for off := range 16 {
			offs = append(offs, p+off)
		}
	}
	for range 2000 {
		offs = append(offs, r.IntN(len(good)))
	}
	b := bytes.Clone(good)
	for _, off := range offs {
		b[off] ^= byte(1 + r.IntN(255))
		if n, _ := readAll(b); n > 120 {
			t.Fatalf("byte %d changed: %d rows", off, n)
		}
		b[off] = good[off]
	}
}

// FuzzRead: whatever the bytes, reading every table returns rows or an
// error, never panics. The seeds are files SQLite wrote, of a few 512-byte
// pages each (the fuzzer is slow to mutate and minimize big inputs); only
// they run outside `go test -fuzz`.
func FuzzRead(f *testing.F) {
	for i, stmts := range [][]string{
		{`CREATE TABLE a (x INTEGER PRIMARY KEY, y DEFAULT 3)`, `INSERT INTO a VALUES (1, 'one'), (2, zeroblob(1200))`,
			`ALTER TABLE a ADD COLUMN z DEFAULT 'zed'`, `INSERT INTO a VALUES (3, 'three', 9.5)`},
		{`PRAGMA encoding = 'UTF-16le'`, `CREATE TABLE w (k text PRIMARY KEY, v) WITHOUT ROWID`,
			`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
			INSERT INTO w SELECT printf('key %03d', i), i FROM n`, `INSERT INTO w VALUES ('long', randomblob(700))`},
		{`CREATE TABLE t (id INTEGER PRIMARY KEY, s)`,
			`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
			INSERT INTO t SELECT i, printf('row %d', i) FROM n`},
	} {
		path := filepath.Join(f.TempDir(), fmt.Sprint(i, ".db"))
		build(f, path, append([]string{`PRAGMA page_size = 512`}, stmts...)...)
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		if n, err := readAll(b); err != nil || n == 0 {
			f.Fatalf("seed %d: %d rows, %v", i, n, err)
		}
		f.Add(b)
	}
	f.Add([]byte("SQLite format 3\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		readAll(b)
	})
}
