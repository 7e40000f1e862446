package anki

import (
	"archive/zip"
	"compress/flate"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// schema is Anki's schema 11, as Anki 2.1.x created it; later Anki versions
// upgrade it when they open the package.
const schema = `
CREATE TABLE col (
    id              integer primary key,
    crt             integer not null,
    mod             integer not null,
    scm             integer not null,
    ver             integer not null,
    dty             integer not null,
    usn             integer not null,
    ls              integer not null,
    conf            text not null,
    models          text not null,
    decks           text not null,
    dconf           text not null,
    tags            text not null
);
CREATE TABLE notes (
    id              integer primary key,
    guid            text not null,
    mid             integer not null,
    mod             integer not null,
    usn             integer not null,
    tags            text not null,
    flds            text not null,
    sfld            integer not null,
    csum            integer not null,
    flags           integer not null,
    data            text not null
);
CREATE TABLE cards (
    id              integer primary key,
    nid             integer not null,
    did             integer not null,
    ord             integer not null,
    mod             integer not null,
    usn             integer not null,
    type            integer not null,
    queue           integer not null,
    due             integer not null,
    ivl             integer not null,
    factor          integer not null,
    reps            integer not null,
    lapses          integer not null,
    left            integer not null,
    odue            integer not null,
    odid            integer not null,
    flags           integer not null,
    data            text not null
);
CREATE TABLE revlog (
    id              integer primary key,
    cid             integer not null,
    usn             integer not null,
    ease            integer not null,
    ivl             integer not null,
    lastIvl         integer not null,
    factor          integer not null,
    time            integer not null,
    type            integer not null
);
CREATE TABLE graves (
    usn             integer not null,
    oid             integer not null,
    type            integer not null
);
`

// indexes are Anki's schema-11 indexes, created after the rows are in
// (faster than keeping them up to date row by row).
const indexes = `
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`

// WriteAPKG writes notes to an Anki package at path. The package is built in
// temporary files and renamed into place, so a failed export leaves nothing
// at path (and an existing file there untouched).
func WriteAPKG(path string, notes []Note, opts Options) (err error) {
	e, err := prepare(notes, opts)
	if err != nil {
		return err
	}
	tmpDir, err := os.MkdirTemp("", "cika-apkg-*")
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	defer os.RemoveAll(tmpDir)
	dbPath := filepath.Join(tmpDir, "collection.anki2")
	if err := e.writeCollection(dbPath); err != nil {
		return fmt.Errorf("export %s: write collection: %w", path, err)
	}

	out, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			out.Close()
			os.Remove(out.Name())
		}
	}()
	if err := writeZip(out, dbPath); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := out.Sync(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := os.Chmod(out.Name(), 0o644); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := os.Rename(out.Name(), path); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}

// writeZip writes the package: the collection, and an empty media map (cika's
// cards carry no media files).
func writeZip(w io.Writer, dbPath string) error {
	zw := zip.NewWriter(w)
	// BestSpeed: a third of the time of the default level, a package a
	// few percent larger.
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	db, err := os.Open(dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	f, err := zw.CreateHeader(&zip.FileHeader{Name: "collection.anki2", Method: zip.Deflate})
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, db); err != nil {
		return err
	}
	m, err := zw.CreateHeader(&zip.FileHeader{Name: "media", Method: zip.Deflate})
	if err != nil {
		return err
	}
	if _, err := io.WriteString(m, "{}"); err != nil {
		return err
	}
	return zw.Close()
}

// writeCollection creates the schema-11 collection file at path.
func (e *export) writeCollection(path string) error {
	// The file is private and temporary: no journal, no fsync.
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(off)&_pragma=synchronous(off)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(schema); err != nil {
		return fmt.Errorf("create schema: %w", err)
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()

	c := e.colRow()
	if _, err := tx.Exec(`INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)`,
		c.crt, c.mod, c.scm, c.conf, c.models, c.decks, c.dconf, c.tags); err != nil {
		return fmt.Errorf("insert col: %w", err)
	}

	notesIns := newBatch(tx, "notes", "(?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")
	cardsIns := newBatch(tx, "cards", "(?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)")
	revlogIns := newBatch(tx, "revlog", "(?, ?, -1, ?, ?, ?, ?, ?, ?)")
	usedRev := make(map[int64]bool)
	var revs []revlogRow
	for i := range e.notes {
		n := e.noteRow(i)
		notesIns.add(n.id, n.guid, notetypeID, n.mod, n.tags, n.flds, n.sfld, n.csum)
		for _, k := range []Kind{Recognition, Recall} {
			r := e.cardRow(i, k, int64(i+1))
			cardsIns.add(r.id, r.nid, r.did, r.ord, r.mod, r.typ, r.queue, r.due,
				r.ivl, r.factor, r.reps, r.lapses, r.left, r.data)
			if st := e.state(i, k); st != nil && len(st.Reviews) > 0 {
				revs = e.revlogRows(r.id, st, usedRev, revs[:0])
				for _, v := range revs {
					revlogIns.add(v.id, v.cid, v.ease, v.ivl, v.lastIvl, v.factor, v.time, v.typ)
				}
			}
		}
	}
	for _, b := range []*batch{notesIns, cardsIns, revlogIns} {
		if err := b.flush(); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(indexes); err != nil {
		return fmt.Errorf("create indexes: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	return db.Close()
}

// batch inserts rows many at a time: one statement per batchRows rows costs
// far less than one per row.
type batch struct {
	tx     *sql.Tx
	table  string
	values string // "(?, ?, ...)" for one row
	args   []any
	rows   int
	stmt   *sql.Stmt // the prepared statement for a full batch
	err    error
}

const batchRows = 200

func newBatch(tx *sql.Tx, table, values string) *batch {
	return &batch{tx: tx, table: table, values: values}
}

func (b *batch) add(args ...any) {
	if b.err != nil {
		return
	}
	b.args = append(b.args, args...)
	b.rows++
	if b.rows == batchRows {
		if b.stmt == nil {
			b.stmt, b.err = b.tx.Prepare(b.query(batchRows))
			if b.err != nil {
				b.err = fmt.Errorf("insert into %s: %w", b.table, b.err)
				return
			}
		}
		if _, err := b.stmt.Exec(b.args...); err != nil {
			b.err = fmt.Errorf("insert into %s: %w", b.table, err)
		}
		b.args, b.rows = b.args[:0], 0
	}
}

// flush inserts the rows left and reports the first error.
func (b *batch) flush() error {
	if b.err == nil && b.rows > 0 {
		if _, err := b.tx.Exec(b.query(b.rows), b.args...); err != nil {
			b.err = fmt.Errorf("insert into %s: %w", b.table, err)
		}
		b.args, b.rows = b.args[:0], 0
	}
	return b.err
}

func (b *batch) query(rows int) string {
	var q strings.Builder
	q.WriteString("INSERT INTO " + b.table + " VALUES ")
	for i := range rows {
		if i > 0 {
			q.WriteByte(',')
		}
		q.WriteString(b.values)
	}
	return q.String()
}
