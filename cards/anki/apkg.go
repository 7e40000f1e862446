package anki

import (
	"archive/zip"
	"bufio"
	"cmp"
	"compress/flate"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"cika/cards/anki/internal/sqlitefile"
)

// Anki's schema 11, as Anki 2.1.x created it (later Anki versions upgrade
// it when they open the package): its tables, then its indexes, each
// statement as sqlite_master keeps it. TestSchemaAsSQLiteKeepsIt checks
// them against the schema SQLite itself makes of them.
const (
	colTable = `CREATE TABLE col (
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
)`
	notesTable = `CREATE TABLE notes (
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
)`
	cardsTable = `CREATE TABLE cards (
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
)`
	revlogTable = `CREATE TABLE revlog (
    id              integer primary key,
    cid             integer not null,
    usn             integer not null,
    ease            integer not null,
    ivl             integer not null,
    lastIvl         integer not null,
    factor          integer not null,
    time            integer not null,
    type            integer not null
)`
	gravesTable = `CREATE TABLE graves (
    usn             integer not null,
    oid             integer not null,
    type            integer not null
)`
)

// collectionIndexes are the schema's indexes, in the order Anki made them,
// with the number of columns each indexes.
var collectionIndexes = []struct {
	name, table, sql string
	cols             int
}{
	{"ix_notes_usn", "notes", "CREATE INDEX ix_notes_usn on notes (usn)", 1},
	{"ix_cards_usn", "cards", "CREATE INDEX ix_cards_usn on cards (usn)", 1},
	{"ix_revlog_usn", "revlog", "CREATE INDEX ix_revlog_usn on revlog (usn)", 1},
	{"ix_cards_nid", "cards", "CREATE INDEX ix_cards_nid on cards (nid)", 1},
	{"ix_cards_sched", "cards", "CREATE INDEX ix_cards_sched on cards (did, queue, due)", 3},
	{"ix_revlog_cid", "revlog", "CREATE INDEX ix_revlog_cid on revlog (cid)", 1},
	{"ix_notes_csum", "notes", "CREATE INDEX ix_notes_csum on notes (csum)", 1},
}

// WriteAPKG writes notes to an Anki package at path. The package is built in
// temporary files and renamed into place, so a failed export leaves nothing
// at path (and an existing file there untouched).
func WriteAPKG(path string, notes []Note, opts Options) error {
	return WriteAPKGFrom(path, Notes(notes), opts)
}

// WriteAPKGFrom is WriteAPKG with the notes read from src one at a time: a
// writer's memory then does not grow with the number of notes beyond their
// identities (a few dozen bytes a note).
func WriteAPKGFrom(path string, src Source, opts Options) (err error) {
	e, err := prepare(src, opts)
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
	if err := writeZip(out, dbPath, tmpDir); err != nil {
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
// cards carry no media files). The collection is deflated first, in pieces
// on every core (deflateFile), into a file in tmpDir, since the zip entry's
// header comes before the data and holds its size.
func writeZip(w io.Writer, dbPath, tmpDir string) error {
	db, err := os.Open(dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := db.Stat()
	if err != nil {
		return err
	}
	deflated, err := os.Create(filepath.Join(tmpDir, "collection.deflate"))
	if err != nil {
		return err
	}
	defer deflated.Close()
	bw := bufio.NewWriterSize(deflated, 1<<20)
	crc, size, err := deflateFile(bw, db, st.Size())
	if err != nil {
		return fmt.Errorf("deflate %s: %w", dbPath, err)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if _, err := deflated.Seek(0, io.SeekStart); err != nil {
		return err
	}

	zw := zip.NewWriter(w)
	// BestSpeed: a third of the time of the default level, a package a
	// few percent larger.
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	f, err := zw.CreateRaw(&zip.FileHeader{
		Name: "collection.anki2", Method: zip.Deflate,
		CreatorVersion: 20, ReaderVersion: 20, // deflate, as CreateHeader writes them
		CRC32: crc, CompressedSize64: uint64(size), UncompressedSize64: uint64(st.Size()),
	})
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, deflated); err != nil {
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

// writeCollection writes the schema-11 collection file at path, page by
// page (sqlitefile): every table gets its rows in the order of their ids,
// and its indexes are sorted and written when its last row is in. Through
// SQLite (database/sql, 200-row INSERTs, then CREATE INDEX), the inserts
// and the indexes took a quarter of a 70,000-note export's CPU.
func (e *export) writeCollection(path string) error {
	w, err := sqlitefile.Create(path)
	if err != nil {
		return err
	}
	tables := map[string]*sqlitefile.Table{}
	for _, t := range []struct{ name, sql string }{
		{"col", colTable}, {"notes", notesTable}, {"cards", cardsTable}, {"revlog", revlogTable}, {"graves", gravesTable},
	} {
		tables[t.name] = w.Table(t.name, t.sql)
	}
	ix := map[string]*sqlitefile.Index{}
	for _, x := range collectionIndexes {
		ix[x.name] = tables[x.table].Index(x.name, x.sql, x.cols)
	}
	var rec sqlitefile.Record
	insert := func(t string, id int64) {
		if err == nil {
			err = tables[t].Insert(id, &rec)
		}
	}

	c := e.colRow()
	rec.Reset()
	rec.Null() // id, the rowid
	for _, v := range []int64{c.crt, c.mod, c.scm, 11, 0, 0, 0} {
		rec.Int(v)
	}
	for _, v := range []string{c.conf, c.models, c.decks, c.dconf, c.tags} {
		rec.Text(v)
	}
	insert("col", 1)

	// The rows are rendered on another goroutine while they are written,
	// each table's in the order of its ids (see rows).
	quit := make(chan struct{})
	defer close(quit)
	for r := range e.rows(quit) {
		if r.err != nil {
			w.Close()
			return r.err
		}
		for _, v := range r.revs {
			rec.Reset()
			rec.Null()
			for _, x := range []int64{v.cid, -1, v.ease, v.ivl, v.lastIvl, v.factor, v.time, v.typ} {
				rec.Int(x)
			}
			insert("revlog", v.id)
			ix["ix_revlog_usn"].Add(v.id, -1)
			ix["ix_revlog_cid"].Add(v.id, v.cid)
		}
		if len(r.notes) > 0 && err == nil {
			err = tables["revlog"].Close() // every review is in: its indexes go
		}
		for j := range r.notes {
			n := &r.notes[j]
			rec.Reset()
			rec.Null()
			rec.Text(n.guid)
			rec.Int(notetypeID)
			rec.Int(n.mod)
			rec.Int(-1)
			rec.Text(n.tags)
			rec.Text(n.flds)
			rec.Numeric(n.sfld) // sfld is an integer column: numbers sort as numbers
			rec.Int(n.csum)
			rec.Int(0)
			rec.Text("")
			insert("notes", n.id)
			ix["ix_notes_usn"].Add(n.id, -1)
			ix["ix_notes_csum"].Add(n.id, n.csum)
			for k := range n.cards {
				c := &n.cards[k]
				rec.Reset()
				rec.Null()
				for _, v := range []int64{c.nid, c.did, c.ord, c.mod, -1, c.typ, c.queue, c.due,
					c.ivl, c.factor, c.reps, c.lapses, c.left, 0, 0, 0} {
					rec.Int(v)
				}
				rec.Text(c.data)
				insert("cards", c.id)
				ix["ix_cards_usn"].Add(c.id, -1)
				ix["ix_cards_nid"].Add(c.id, c.nid)
				ix["ix_cards_sched"].Add(c.id, c.did, c.queue, c.due)
			}
		}
		if err != nil {
			w.Close()
			return err
		}
	}
	return w.Close()
}

// noteRows are a note's rows: its own and its two cards'.
type noteRows struct {
	noteRow
	cards [2]cardRow
}

// rowChunk is the rows of up to rowsChunk notes, or revlog rows, or the
// error that stopped them.
type rowChunk struct {
	notes []noteRows
	revs  []revlogRow
	err   error
}

// rowsChunk is how many notes' (or reviews') rows go to the inserting
// goroutine at once.
const rowsChunk = 256

// rows renders every row on a goroutine of its own, until quit is closed:
// with progress first the revlog's, then the notes' and cards'. Each table
// gets its rows in the order of their ids (the rowid): SQLite then only
// appends to its b-trees, on their rightmost pages, where rows in the
// notes' order land all over them and split pages that its small cache
// then writes out and reads back (on a 70,000-note export, a third of the
// inserts' time, and a file a fifth larger).
//
// A revlog id is the review's time, moved up past the ids taken before
// it, in the notes' order: so the review logs are rendered in that order
// first, then sorted (64 bytes a review).
func (e *export) rows(quit <-chan struct{}) <-chan *rowChunk {
	out := make(chan *rowChunk, 4)
	go func() {
		defer close(out)
		send := func(c *rowChunk) bool {
			select {
			case out <- c:
				return true
			case <-quit:
				return false
			}
		}
		var note Note
		if e.opts.WithProgress {
			revs, err := e.revlog()
			if err != nil {
				send(&rowChunk{err: err})
				return
			}
			for len(revs) > 0 {
				k := min(len(revs), 16*rowsChunk)
				if !send(&rowChunk{revs: revs[:k]}) {
					return
				}
				revs = revs[k:]
			}
		}
		for from := 0; from < e.n; from += rowsChunk {
			c := &rowChunk{notes: make([]noteRows, 0, rowsChunk)}
			for _, i := range e.byID[from:min(e.n, from+rowsChunk)] {
				if err := e.src.Note(int(i), &note); err != nil {
					send(&rowChunk{err: err})
					return
				}
				r := noteRows{noteRow: e.noteRow(int(i), &note)}
				for k, kind := range []Kind{Recognition, Recall} {
					r.cards[k] = e.cardRow(int(i), &note, kind, int64(i+1))
				}
				c.notes = append(c.notes, r)
			}
			if !send(c) {
				return
			}
		}
	}()
	return out
}

// revlog is every card's revlog rows, sorted by id.
func (e *export) revlog() ([]revlogRow, error) {
	revs := make([]revlogRow, 0, e.reviews)
	used := make(map[int64]bool, e.reviews)
	var note Note
	for i := range e.n {
		if err := noteWord(e.src, i, &note); err != nil {
			return nil, err
		}
		for k, kind := range []Kind{Recognition, Recall} {
			if st := e.state(&note, kind); st != nil && len(st.Reviews) > 0 {
				revs = e.revlogRows(e.cardIDs[i][k], st, used, revs)
			}
		}
	}
	slices.SortFunc(revs, func(a, b revlogRow) int { return cmp.Compare(a.id, b.id) })
	return revs, nil
}
