package sqlitefile

import (
	"database/sql"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// schema is what both SQLite and the writer make: two tables with
// indexes, the second left empty.
var schema = []struct {
	name, table, sql string
	cols             int // an index's
}{
	{"t", "", "CREATE TABLE t (\n    id integer primary key,\n    a integer not null,\n    b integer not null,\n    s text not null,\n    n integer not null,\n    r real\n)", 0},
	{"e", "", "CREATE TABLE e (x integer not null, y text not null)", 0},
	{"ix_t_a", "t", "CREATE INDEX ix_t_a on t (a)", 1},
	{"ix_t_ba", "t", "CREATE INDEX ix_t_ba on t (b, a)", 2},
	{"ix_e_x", "e", "CREATE INDEX ix_e_x on e (x)", 1},
}

type row struct {
	id, a, b int64
	s, n     string // n goes into a column of integer affinity
	r        float64
}

// numbers are texts for a column of INTEGER affinity: SQLite stores some
// as integers, some as reals, the rest as text.
var numbers = []string{
	"", " ", "0", "-0", "+0", "1", "-1", "007", " 42 ", "\t42\n", "42x", "x42", "1.5", "-1.5", "5.", ".5", ".",
	"-.5", "1e3", "1E3", "1e", "1e+", "1e-2", "1.5e3", "2.5e-1", "5.e3", "+", "-", "1 2", "0x10", "inf", "nan",
	"Infinity", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
	"99999999999999999999", "1e999", "-1e999", "1e-999", "9223372036854775807.0", "12345678901234567890e-5",
	"3.0000000000000000001", "0.1", "1_000", "１２", "4611686018427387904.5", "1.7976931348623157e308", "-0.0",
	"1.", "+.5e+2", "  -7  ", "\v8\f", "0.30000000000000004", "123456789012345678", "1e18", "9.2233720368547758e18",
}

func randomRows(rng *rand.Rand, n int) []row {
	rows := make([]row, n)
	id := int64(rng.IntN(1000)) - 500
	for i := range rows {
		id += 1 + int64(rng.IntN(1<<rng.IntN(40)))
		var a int64
		switch rng.IntN(4) {
		case 0:
			a = int64(rng.IntN(5)) - 2
		case 1:
			a = int64(rng.Uint64())
		default:
			a = rng.Int64N(1<<rng.IntN(63)) - int64(rng.IntN(100))
		}
		size := rng.IntN(60)
		if rng.IntN(20) == 0 {
			size = rng.IntN(30000) // overflow pages
		}
		rows[i] = row{id: id, a: a, b: int64(rng.IntN(3)), s: strings.Repeat("词x", size/4) + fmt.Sprint(i),
			n: numbers[rng.IntN(len(numbers))], r: rng.NormFloat64()}
	}
	return rows
}

// sqliteFile writes the rows with SQLite itself.
func sqliteFile(t *testing.T, path string, rows []row) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, o := range schema {
		if _, err := db.Exec(o.sql); err != nil {
			t.Fatal(err)
		}
	}
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if _, err := tx.Exec(`INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)`, r.id, r.a, r.b, r.s, r.n, r.r); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// writerFile writes the rows with the writer.
func writerFile(t *testing.T, path string, rows []row) {
	t.Helper()
	w, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string]*Table{}
	indexes := map[string]*Index{}
	for _, o := range schema {
		if o.table == "" {
			tables[o.name] = w.Table(o.name, o.sql)
		} else {
			indexes[o.name] = tables[o.table].Index(o.name, o.sql, o.cols)
		}
	}
	var rec Record
	for _, r := range rows {
		rec.Reset()
		rec.Null()
		rec.Int(r.a)
		rec.Int(r.b)
		rec.Text(r.s)
		rec.Numeric(r.n)
		rec.Real(r.r)
		if err := tables["t"].Insert(r.id, &rec); err != nil {
			t.Fatal(err)
		}
		indexes["ix_t_a"].Add(r.id, r.a)
		indexes["ix_t_ba"].Add(r.id, r.b, r.a)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func open(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=query_only(1)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// integrity fails the test unless SQLite finds the file sound: every page
// used once, b-trees in order, every index entry matching its row.
func integrity(t *testing.T, db *sql.DB) {
	t.Helper()
	var out []string
	for _, r := range dump(t, db, `PRAGMA integrity_check`) {
		out = append(out, fmt.Sprint(r[0]))
	}
	if len(out) != 1 || out[0] != "ok" {
		t.Fatalf("integrity_check:\n%s", strings.Join(out[:min(len(out), 10)], "\n"))
	}
}

// dump is every row of a query.
func dump(t *testing.T, db *sql.DB, query string) [][]any {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				vals[i] = string(b)
			}
		}
		out = append(out, vals)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// everything is what a file holds, read back through SQLite: the schema,
// every row with its values' types, and each index's entries in its order.
var everything = []string{
	`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid`,
	`SELECT id, typeof(a), a, b, s, typeof(n), n, r FROM t ORDER BY id`,
	`SELECT a, id FROM t INDEXED BY ix_t_a WHERE a > -9223372036854775808 OR a = -9223372036854775808 ORDER BY a, id`,
	`SELECT b, a, id FROM t INDEXED BY ix_t_ba WHERE b >= 0 ORDER BY b, a, id`,
	`SELECT count(*) FROM e`,
}

// TestSameAsSQLite writes the same rows with SQLite and with the writer:
// SQLite finds the writer's file sound and reads the same from both.
func TestSameAsSQLite(t *testing.T) {
	for _, seed := range []uint64{1} {
		rng := rand.New(rand.NewPCG(seed, 7))
		rows := randomRows(rng, 2000)
		dir := t.TempDir()
		want, got := filepath.Join(dir, "sqlite.db"), filepath.Join(dir, "writer.db")
		sqliteFile(t, want, rows)
		writerFile(t, got, rows)
		wdb, gdb := open(t, want), open(t, got)
		integrity(t, gdb)
		for _, q := range everything {
			w, g := dump(t, wdb, q), dump(t, gdb, q)
			if !reflect.DeepEqual(w, g) {
				for i := range min(len(w), len(g)) {
					if !reflect.DeepEqual(w[i], g[i]) {
						t.Fatalf("seed %d, %s:\nrow %d = %v\nSQLite: %v", seed, q, i, g[i], w[i])
					}
				}
				t.Fatalf("seed %d, %s: %d rows, SQLite %d", seed, q, len(g), len(w))
			}
		}
	}
}

// TestNumeric checks numeric against what SQLite stores in a column of
// INTEGER affinity.
func TestNumeric(t *testing.T) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE x (n integer)`); err != nil {
		t.Fatal(err)
	}
	for _, s := range numbers {
		if _, err := db.Exec(`DELETE FROM x; INSERT INTO x VALUES (?)`, s); err != nil {
			t.Fatal(err)
		}
		var typ string
		var v any
		if err := db.QueryRow(`SELECT typeof(n), n FROM x`).Scan(&typ, &v); err != nil {
			t.Fatal(err)
		}
		i, f, kind := numeric(s)
		var got any
		switch kind {
		case isInt:
			got = i
		case isReal:
			got = f
		default:
			got = s
		}
		if b, ok := v.([]byte); ok {
			v = string(b)
		}
		if got != v {
			t.Errorf("numeric(%q) = %T %v; SQLite stores %s %v", s, got, got, typ, v)
		}
	}
}

// TestShapes writes trees of every depth and shape, pages cut to a few
// cells each, for 0 to 60 rows: every last page of a level, every
// divider, every right-most pointer SQLite checks.
func TestShapes(t *testing.T) {
	defer func(m int) { maxCells = m }(maxCells)
	rng := rand.New(rand.NewPCG(3, 3))
	all := randomRows(rng, 60)
	for _, m := range []int{2, 3, 5} {
		maxCells = m
		for n := 0; n <= len(all); n++ {
			path := filepath.Join(t.TempDir(), "shape.db")
			writerFile(t, path, all[:n])
			db := open(t, path)
			integrity(t, db)
			var got int
			if err := db.QueryRow(`SELECT count(*) FROM t INDEXED BY ix_t_ba WHERE b >= 0`).Scan(&got); err != nil || got != n {
				t.Fatalf("%d cells a page, %d rows: index holds %d (%v)", m, n, got, err)
			}
			db.Close()
		}
	}
}

// TestDeep writes 30,000 rows on full pages (TestShapes makes the deeper
// trees).
func TestDeep(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deep.db")
	w, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	tb := w.Table("t", "CREATE TABLE t (id integer primary key, a integer, b integer)")
	ia := tb.Index("ix_a", "CREATE INDEX ix_a on t (a)", 1)
	ib := tb.Index("ix_ab", "CREATE INDEX ix_ab on t (b, a)", 2)
	var rec Record
	const n = 30_000
	for i := range int64(n) {
		a, b := (i*7919)%n-n/2, i%3
		rec.Reset()
		rec.Null()
		rec.Int(a)
		rec.Int(b)
		if err := tb.Insert(3*i+1, &rec); err != nil {
			t.Fatal(err)
		}
		ia.Add(3*i+1, a)
		ib.Add(3*i+1, b, a)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	db := open(t, path)
	integrity(t, db)
	var count, sum int64
	if err := db.QueryRow(`SELECT count(*), sum(a) FROM t INDEXED BY ix_ab WHERE b >= 0`).Scan(&count, &sum); err != nil {
		t.Fatal(err)
	}
	if count != n || sum != -n/2 {
		t.Errorf("count, sum = %d, %d; want %d, %d", count, sum, n, -n/2)
	}
}

func TestInsertOutOfOrder(t *testing.T) {
	w, err := Create(filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	tb := w.Table("t", "CREATE TABLE t (id integer primary key)")
	var rec Record
	rec.Null()
	if err := tb.Insert(5, &rec); err != nil {
		t.Fatal(err)
	}
	if err := tb.Insert(5, &rec); err == nil || !strings.Contains(err.Error(), "rowid 5 after 5") {
		t.Errorf("second insert of rowid 5: %v", err)
	}
	w.Close()
}

// TestVarint decodes what appendVarint writes with SQLite's rules
// (sqlite3GetVarint), at every length's edges.
func TestVarint(t *testing.T) {
	get := func(b []byte) (uint64, int) {
		var v uint64
		for i := range 8 {
			v = v<<7 | uint64(b[i]&0x7f)
			if b[i]&0x80 == 0 {
				return v, i + 1
			}
		}
		return v<<8 | uint64(b[8]), 9
	}
	vals := []uint64{0, 1, 0x7f, 0x80, 0x3fff, 0x4000, math.MaxUint64, 1<<63 - 1, 1 << 63}
	for n := 7; n <= 63; n += 7 {
		vals = append(vals, 1<<n-1, 1<<n, 1<<n+1)
	}
	for _, v := range vals {
		b := appendVarint(nil, v)
		got, n := get(append(b, 0, 0, 0, 0, 0, 0, 0, 0, 0))
		if got != v || n != len(b) || n != varintLen(v) {
			t.Errorf("%#x: %x decodes as %#x in %d bytes, varintLen %d", v, b, got, n, varintLen(v))
		}
	}
}
