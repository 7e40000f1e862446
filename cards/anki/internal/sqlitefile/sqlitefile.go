// Package sqlitefile writes an SQLite database file page by page, without
// SQLite: rowid tables whose rows arrive in increasing rowid order, and
// indexes of integer columns. Each b-tree is built bottom-up, its pages
// packed full, as SQLite's own file would hold them after a VACUUM.
//
// It exists for the Anki package's collection (cards/anki), which is
// written once, from rows already in rowid order, and never updated: there
// SQLite's inserts and CREATE INDEX were a quarter of an export's CPU (a
// 70,000-note export: ≈ 2.2 s inserting through database/sql, ≈ 1.1 s
// sorting the indexes), for a file that `PRAGMA integrity_check` cannot
// tell from one written here (the tests check both).
//
// The file format is SQLite's (https://www.sqlite.org/fileformat2.html):
// 4,096-byte pages, UTF-8, schema format 4, a rollback-journal header. Only
// what a fresh file of that kind needs is written: no free pages, no
// freeblocks, no WITHOUT ROWID tables, no text in indexes.
package sqlitefile

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
)

// pageSize is the size of a page, all of it usable (no reserved bytes).
const pageSize = 4096

// Page types (the first byte of a b-tree page's header).
const (
	indexInterior = 0x02
	tableInterior = 0x05
	indexLeaf     = 0x0a
	tableLeaf     = 0x0d
)

// The largest payload kept whole in a cell, and the least kept when it
// overflows (fileformat2 §1.6, with U = pageSize).
const (
	tableMaxLocal = pageSize - 35
	indexMaxLocal = (pageSize-12)*64/255 - 23
	minLocal      = (pageSize-12)*32/255 - 23
)

// Writer writes a database file. Its tables and indexes go into the schema
// (sqlite_master) in the order they were made; their rows may be written
// interleaved, table by table, but each table's in increasing rowid order.
type Writer struct {
	f       *os.File
	bw      *bufio.Writer
	pages   uint32 // pages written, page 1 (the schema's) included
	objects []object
	tables  []*Table
	err     error // the first error; it sticks
	page    builder
}

// object is a row of sqlite_master.
type object struct {
	typ, name, table, sql string
	root                  uint32
}

// Create creates (or truncates) the file at path. Page 1, the header and
// the schema, is written last, by Close.
func Create(path string) (*Writer, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	w := &Writer{f: f, bw: bufio.NewWriterSize(f, 1<<16), pages: 1}
	if _, err := w.bw.Write(make([]byte, pageSize)); err != nil { // page 1, for now
		f.Close()
		return nil, err
	}
	return w, nil
}

// fail records the first error.
func (w *Writer) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// write writes the next page of the file and returns its number.
func (w *Writer) write(p []byte) uint32 {
	if w.err != nil {
		return 0
	}
	if _, err := w.bw.Write(p[:pageSize]); err != nil {
		w.fail(err)
		return 0
	}
	w.pages++
	return w.pages
}

// Table adds a rowid table to the schema. sql is its CREATE TABLE
// statement as sqlite_master keeps it (starting with "CREATE TABLE", no
// final semicolon); the writer does not read it, so the records given to
// Insert must have its columns, an INTEGER PRIMARY KEY as a Null.
func (w *Writer) Table(name, sql string) *Table {
	t := &Table{w: w, obj: len(w.objects)}
	w.objects = append(w.objects, object{typ: "table", name: name, table: name, sql: sql})
	w.tables = append(w.tables, t)
	t.leaf.reset(0)
	return t
}

// Table is a rowid table being written.
type Table struct {
	w       *Writer
	obj     int
	leaf    builder // the leaf being filled
	any     bool    // a row has been inserted
	last    int64   // the last rowid inserted
	leaves  []child // the leaves written
	indexes []*Index
	closed  bool
	cell    []byte
}

// child is a page of a table's b-tree below an interior page, and the
// largest rowid in it.
type child struct {
	page uint32
	key  int64
}

// Insert appends a row: rowid must be larger than every rowid before it.
func (t *Table) Insert(rowid int64, r *Record) error {
	w := t.w
	if w.err != nil {
		return w.err
	}
	if t.closed {
		return fmt.Errorf("sqlitefile: insert into %s: table closed", w.objects[t.obj].name)
	}
	if t.any && rowid <= t.last {
		return fmt.Errorf("sqlitefile: insert into %s: rowid %d after %d", w.objects[t.obj].name, rowid, t.last)
	}
	t.any, t.last = true, rowid
	payload := r.bytes()
	local := localSize(len(payload), tableMaxLocal)
	c := appendVarint(t.cell[:0], uint64(len(payload)))
	c = appendVarint(c, uint64(rowid))
	c = append(c, payload[:local]...)
	if local < len(payload) {
		c = binary.BigEndian.AppendUint32(c, w.overflow(payload[local:]))
	}
	t.cell = c
	if !t.leaf.fits(len(c)) {
		t.leaves = append(t.leaves, child{w.write(t.leaf.finish(tableLeaf, 0)), t.leaf.key})
		t.leaf.reset(0)
	}
	t.leaf.add(c)
	t.leaf.key = rowid
	return w.err
}

// overflow writes the part of a payload that does not fit in its cell to
// a chain of overflow pages, written one after the other, and returns the
// number of the first.
func (w *Writer) overflow(rest []byte) uint32 {
	first := w.pages + 1
	p := make([]byte, pageSize)
	for len(rest) > 0 {
		n := min(len(rest), pageSize-4)
		clear(p)
		next := uint32(0)
		if n < len(rest) {
			next = w.pages + 2
		}
		binary.BigEndian.PutUint32(p, next)
		copy(p[4:], rest[:n])
		w.write(p)
		rest = rest[n:]
	}
	return first
}

// localSize is how much of a payload of n bytes stays in its cell
// (fileformat2 §1.6).
func localSize(n, maxLocal int) int {
	if n <= maxLocal {
		return n
	}
	k := minLocal + (n-minLocal)%(pageSize-4)
	if k <= maxLocal {
		return k
	}
	return minLocal
}

// Close writes what is left of the table: its last leaf, the interior
// pages above its leaves, and its indexes.
func (t *Table) Close() error {
	w := t.w
	if t.closed {
		return w.err
	}
	t.closed = true
	if t.leaf.cells > 0 || len(t.leaves) == 0 {
		t.leaves = append(t.leaves, child{w.write(t.leaf.finish(tableLeaf, 0)), t.leaf.key})
	}
	w.objects[t.obj].root = w.tableInteriors(t.leaves)
	t.leaves, t.cell = nil, nil
	for _, x := range t.indexes {
		w.objects[x.obj].root = x.build()
		x.keys = nil
	}
	return w.err
}

// tableInteriors writes the interior pages above a table's pages, level
// by level, and returns the root's number.
func (w *Writer) tableInteriors(level []child) uint32 {
	var cell []byte
	for len(level) > 1 {
		var up []child
		for i := 0; i < len(level); {
			w.page.reset(0)
			// Children i..j-1 become cells while they fit, child j the
			// right-most pointer; the last page must not be left with a
			// right-most pointer and no cell.
			j := i
			for ; j < len(level)-1; j++ {
				cell = binary.BigEndian.AppendUint32(cell[:0], level[j].page)
				cell = appendVarint(cell, uint64(level[j].key))
				if !w.page.fits(len(cell)) {
					break
				}
				w.page.add(cell)
			}
			if len(level)-(j+1) == 1 && j > i+1 {
				w.page.pop()
				j--
			}
			up = append(up, child{w.write(w.page.finish(tableInterior, level[j].page)), level[j].key})
			i = j + 1
		}
		level = up
	}
	return level[0].page
}

// Index is an index of a table's integer columns. Its entries may be
// added in any order; they are sorted when the table is closed.
type Index struct {
	t    *Table
	obj  int
	cols int     // columns indexed, the rowid not counted
	keys []int64 // each entry's columns, then its rowid
}

// Index adds an index of cols integer columns of t to the schema; sql is
// its CREATE INDEX statement as sqlite_master keeps it.
func (t *Table) Index(name, sql string, cols int) *Index {
	w := t.w
	if cols < 1 || cols > 8 {
		// Small entries keep two or more to a page, which build needs.
		w.fail(fmt.Errorf("sqlitefile: index %s: %d columns, want 1 to 8", name, cols))
	}
	x := &Index{t: t, obj: len(w.objects), cols: cols}
	w.objects = append(w.objects, object{typ: "index", name: name, table: w.objects[t.obj].name, sql: sql})
	t.indexes = append(t.indexes, x)
	return x
}

// Add adds the entry of row rowid, whose indexed columns hold vals.
func (x *Index) Add(rowid int64, vals ...int64) {
	if len(vals) != x.cols {
		x.t.w.fail(fmt.Errorf("sqlitefile: index %s: %d values, want %d", x.t.w.objects[x.obj].name, len(vals), x.cols))
		return
	}
	x.keys = append(x.keys, vals...)
	x.keys = append(x.keys, rowid)
}

// entries sorts an index's flat entries (sort.Interface).
type entries struct {
	k []int64
	w int // values an entry
}

func (e entries) Len() int { return len(e.k) / e.w }
func (e entries) Less(i, j int) bool {
	a, b := e.k[i*e.w:(i+1)*e.w], e.k[j*e.w:(j+1)*e.w]
	for n := range a {
		if a[n] != b[n] {
			return a[n] < b[n]
		}
	}
	return false
}
func (e entries) Swap(i, j int) {
	a, b := e.k[i*e.w:(i+1)*e.w], e.k[j*e.w:(j+1)*e.w]
	for n := range a {
		a[n], b[n] = b[n], a[n]
	}
}

// build sorts the index's entries (SQLite compares integers as numbers,
// column by column) and writes its b-tree; it returns the root's number.
// An index b-tree keeps entries in its interior pages too: after each
// page but the last of a level, the next entry goes up as the divider.
func (x *Index) build() uint32 {
	w := x.t.w
	e := entries{x.keys, x.cols + 1}
	if !sort.IsSorted(e) {
		sort.Sort(e)
	}
	n := e.Len()
	var rec Record
	entry := func(i int) []byte {
		rec.Reset()
		for _, v := range e.k[i*e.w : (i+1)*e.w] {
			rec.Int(v)
		}
		return rec.bytes()
	}
	var cell []byte
	leafCell := func(i int) []byte {
		p := entry(i)
		cell = appendVarint(cell[:0], uint64(len(p)))
		return append(cell, p...)
	}
	// The leaves, and the entries between them.
	var pages []uint32
	var divs []int // entry number of the divider after pages[k]
	for i := 0; i < n || len(pages) == 0; {
		w.page.reset(0)
		j := i
		for ; j < n; j++ {
			c := leafCell(j)
			if !w.page.fits(len(c)) {
				break
			}
			w.page.add(c)
		}
		if j == n-1 && j > i+1 { // the divider would be the last entry, the next leaf empty
			w.page.pop()
			j--
		}
		pages = append(pages, w.write(w.page.finish(indexLeaf, 0)))
		if j < n {
			divs = append(divs, j)
		}
		i = j + 1
	}
	// The interior levels: cells (page k, divider k) while they fit, the
	// next page the right-most pointer, the divider after it up a level.
	for len(pages) > 1 {
		var upPages []uint32
		var upDivs []int
		for i := 0; i < len(pages); {
			w.page.reset(0)
			j := i
			for ; j < len(pages)-1; j++ {
				p := entry(divs[j])
				cell = binary.BigEndian.AppendUint32(cell[:0], pages[j])
				cell = appendVarint(cell, uint64(len(p)))
				cell = append(cell, p...)
				if !w.page.fits(len(cell)) {
					break
				}
				w.page.add(cell)
			}
			if len(pages)-(j+1) == 1 && j > i+1 {
				w.page.pop()
				j--
			}
			upPages = append(upPages, w.write(w.page.finish(indexInterior, pages[j])))
			if j < len(pages)-1 {
				upDivs = append(upDivs, divs[j])
			}
			i = j + 1
		}
		pages, divs = upPages, upDivs
	}
	return pages[0]
}

// Close closes every table not closed yet, writes the schema and the
// header on page 1, and closes the file.
func (w *Writer) Close() error {
	for _, t := range w.tables {
		t.Close()
	}
	if w.err == nil {
		w.fail(w.bw.Flush())
	}
	if w.err == nil {
		w.fail(w.writeFirstPage())
	}
	if err := w.f.Close(); err != nil {
		w.fail(err)
	}
	return w.err
}

// errSchemaTooLarge: the schema must fit on page 1, which is all this
// writer makes of sqlite_master.
var errSchemaTooLarge = errors.New("sqlitefile: schema does not fit on page 1")

// writeFirstPage writes page 1: the file's header, then sqlite_master as
// a single leaf.
func (w *Writer) writeFirstPage() error {
	var b builder
	b.reset(100)
	b.limit = 0
	var rec Record
	var cell []byte
	for i, o := range w.objects {
		rec.Reset()
		rec.Text(o.typ)
		rec.Text(o.name)
		rec.Text(o.table)
		rec.Int(int64(o.root))
		rec.Text(o.sql)
		p := rec.bytes()
		if len(p) > tableMaxLocal {
			return errSchemaTooLarge
		}
		cell = appendVarint(cell[:0], uint64(len(p)))
		cell = appendVarint(cell, uint64(i+1))
		cell = append(cell, p...)
		if !b.fits(len(cell)) {
			return errSchemaTooLarge
		}
		b.add(cell)
	}
	p := b.finish(tableLeaf, 0)
	h := p[:100]
	copy(h, "SQLite format 3\x00")
	binary.BigEndian.PutUint16(h[16:], pageSize)
	h[18], h[19] = 1, 1 // file format versions: rollback journal
	h[20] = 0           // reserved bytes a page
	h[21], h[22], h[23] = 64, 32, 32
	binary.BigEndian.PutUint32(h[24:], 1) // file change counter
	binary.BigEndian.PutUint32(h[28:], w.pages)
	binary.BigEndian.PutUint32(h[40:], 1) // schema cookie
	binary.BigEndian.PutUint32(h[44:], 4) // schema format
	binary.BigEndian.PutUint32(h[56:], 1) // UTF-8
	binary.BigEndian.PutUint32(h[92:], 1) // version-valid-for: the change counter
	binary.BigEndian.PutUint32(h[96:], 3049001)
	_, err := w.f.WriteAt(p, 0)
	return err
}

// builder fills one b-tree page: the cell pointers grow from the header
// down, the cells from the end of the page up.
type builder struct {
	p     [pageSize]byte
	hdr   int // where the page header starts: 100 on page 1, else 0
	cells int
	top   int   // where the cell content starts
	sizes []int // of the cells, for pop
	key   int64 // a table leaf's largest rowid
	limit int   // maxCells, but for page 1
}

func (b *builder) reset(hdr int) {
	b.hdr, b.cells, b.top, b.sizes, b.limit = hdr, 0, pageSize, b.sizes[:0], maxCells
}

// maxCells, when not 0, is the most cells a page takes: the tests make
// deep trees of a few rows with it.
var maxCells = 0

// fits reports whether a cell of n bytes and its pointer fit, with an
// interior page's header (12 bytes, 4 more than a leaf's).
func (b *builder) fits(n int) bool {
	if b.limit > 0 && b.cells >= b.limit {
		return false
	}
	return b.hdr+12+2*(b.cells+1) <= b.top-n
}

func (b *builder) add(c []byte) {
	b.top -= len(c)
	copy(b.p[b.top:], c)
	binary.BigEndian.PutUint16(b.p[b.hdr+12+2*b.cells:], uint16(b.top))
	b.cells++
	b.sizes = append(b.sizes, len(c))
}

// pop takes the last cell off the page.
func (b *builder) pop() {
	b.cells--
	b.top += b.sizes[b.cells]
	b.sizes = b.sizes[:b.cells]
}

// finish writes the page header (right, the right-most child, for an
// interior page) and returns the page, the gap between the pointers and
// the cells zeroed. Cell pointers were put after a 12-byte header; a
// leaf's is 8 bytes, so its pointers move up 4.
func (b *builder) finish(kind byte, right uint32) []byte {
	p := b.p[:]
	h := b.hdr
	ptrs := h + 12
	hl := 12
	if kind == tableLeaf || kind == indexLeaf {
		hl = 8
		copy(p[h+8:], p[ptrs:ptrs+2*b.cells])
		ptrs = h + 8
	}
	clear(p[ptrs+2*b.cells : b.top])
	p[h] = kind
	binary.BigEndian.PutUint16(p[h+1:], 0) // no freeblock
	binary.BigEndian.PutUint16(p[h+3:], uint16(b.cells))
	binary.BigEndian.PutUint16(p[h+5:], uint16(b.top))
	p[h+7] = 0 // no fragmented bytes
	if hl == 12 {
		binary.BigEndian.PutUint32(p[h+8:], right)
	}
	return p
}

// Record is a row's values, encoded as SQLite stores them (fileformat2
// §2.1): a header of serial types, then the values.
type Record struct {
	types, body, out []byte
}

// Reset empties the record, to be filled again.
func (r *Record) Reset() { r.types, r.body = r.types[:0], r.body[:0] }

// Null appends a NULL (the value of an INTEGER PRIMARY KEY column, which
// is the rowid).
func (r *Record) Null() { r.types = append(r.types, 0) }

// Int appends an integer, in the fewest bytes that hold it.
func (r *Record) Int(v int64) {
	switch {
	case v == 0:
		r.types = append(r.types, 8)
	case v == 1:
		r.types = append(r.types, 9)
	case v >= math.MinInt8 && v <= math.MaxInt8:
		r.types = append(r.types, 1)
		r.body = append(r.body, byte(v))
	case v >= math.MinInt16 && v <= math.MaxInt16:
		r.types = append(r.types, 2)
		r.body = binary.BigEndian.AppendUint16(r.body, uint16(v))
	case v >= -1<<23 && v < 1<<23:
		r.types = append(r.types, 3)
		r.body = append(r.body, byte(v>>16), byte(v>>8), byte(v))
	case v >= math.MinInt32 && v <= math.MaxInt32:
		r.types = append(r.types, 4)
		r.body = binary.BigEndian.AppendUint32(r.body, uint32(v))
	case v >= -1<<47 && v < 1<<47:
		r.types = append(r.types, 5)
		r.body = append(r.body, byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
	default:
		r.types = append(r.types, 6)
		r.body = binary.BigEndian.AppendUint64(r.body, uint64(v))
	}
}

// Real appends a floating-point value.
func (r *Record) Real(v float64) {
	r.types = append(r.types, 7)
	r.body = binary.BigEndian.AppendUint64(r.body, math.Float64bits(v))
}

// Text appends a text value (UTF-8).
func (r *Record) Text(s string) {
	r.types = appendVarint(r.types, uint64(13+2*len(s)))
	r.body = append(r.body, s...)
}

// Numeric appends s as a column of INTEGER (or NUMERIC) affinity stores a
// text: as an integer or a real if it is a well-formed number (see
// numeric), as text otherwise.
func (r *Record) Numeric(s string) {
	switch i, f, kind := numeric(s); kind {
	case isInt:
		r.Int(i)
	case isReal:
		r.Real(f)
	default:
		r.Text(s)
	}
}

// bytes is the encoded record; valid until the record changes.
func (r *Record) bytes() []byte {
	n := len(r.types) + 1 // the header's size, itself included
	for n != len(r.types)+varintLen(uint64(n)) {
		n = len(r.types) + varintLen(uint64(n))
	}
	r.out = appendVarint(r.out[:0], uint64(n))
	r.out = append(r.out, r.types...)
	r.out = append(r.out, r.body...)
	return r.out
}

// appendVarint appends v as SQLite's varint: big-endian groups of 7 bits,
// the high bit set on all but the last, and a ninth byte of 8 bits.
func appendVarint(b []byte, v uint64) []byte {
	if v <= 0x7f {
		return append(b, byte(v))
	}
	if v > 1<<56-1 {
		var tmp [9]byte
		tmp[8] = byte(v)
		v >>= 8
		for i := 7; i >= 0; i-- {
			tmp[i] = byte(v&0x7f) | 0x80
			v >>= 7
		}
		return append(b, tmp[:]...)
	}
	var tmp [8]byte
	i := len(tmp)
	for last := true; v > 0 || last; last = false {
		c := byte(v & 0x7f)
		if !last {
			c |= 0x80
		}
		i--
		tmp[i] = c
		v >>= 7
	}
	return append(b, tmp[i:]...)
}

func varintLen(v uint64) int {
	n := 1
	for v > 0x7f && n < 9 {
		v >>= 7
		n++
	}
	return n
}
