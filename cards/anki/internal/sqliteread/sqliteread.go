// Package sqliteread reads the rows of an SQLite database file, without
// SQLite: the schema from sqlite_master, rowid tables and WITHOUT ROWID
// tables, walked in key order, their records decoded column by column.
//
// It exists so that cika reads the collection inside an Anki package
// (cards/anki, for `cika import`) without linking an SQL engine into every
// command: modernc.org/sqlite, a translation of SQLite's C to Go, cost each
// start of the binary ≈ 55 page faults of package init and pulled in
// net and cgo. Import needs full scans of a few tables and nothing else,
// so that is all this package does: no SQL, no indexes used for lookups,
// no journal or WAL replay (a package holds the main file alone), no
// writes.
//
// Nothing here trusts the file: every offset, length and page number is
// checked against the page or the file, a scan reads each page at most
// once (a b-tree or overflow page reached twice is damage), and damage is
// an error wrapping ErrCorrupt that names the page, never a panic, a loop
// or an allocation the file's size does not bound.
//
// The format is https://www.sqlite.org/fileformat2.html; section numbers
// below are that page's.
package sqliteread

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Errors; each comes wrapped with what was being read.
var (
	// ErrNotDatabase is returned by Open and New for a file that is not an
	// SQLite database (no header, or one this reader does not know).
	ErrNotDatabase = errors.New("file is not an SQLite database")
	// ErrNoTable is returned by Scan for a table the schema does not have.
	ErrNoTable = errors.New("no such table")
	// ErrNoColumn is returned by Scan for a column the table does not have.
	ErrNoColumn = errors.New("no such column")
	// ErrCorrupt is wrapped by every error about a damaged file.
	ErrCorrupt = errors.New("damaged database")
	// Stop, returned by a Scan callback, ends the scan without an error.
	Stop = errors.New("stop scan")
)

// corrupt is the error for damage found on page n (0: in the header).
func corrupt(n uint32, format string, args ...any) error {
	return &CorruptError{Page: n, Msg: fmt.Sprintf(format, args...)}
}

// CorruptError is damage found in the file, on a page where known.
type CorruptError struct {
	Page uint32 // 0 when not on a page (the header)
	Msg  string
}

func (e *CorruptError) Error() string {
	if e.Page == 0 {
		return ErrCorrupt.Error() + ": " + e.Msg
	}
	return fmt.Sprintf("%s: page %d: %s", ErrCorrupt, e.Page, e.Msg)
}

func (e *CorruptError) Unwrap() error { return ErrCorrupt }

// Page types (§1.6).
const (
	indexInterior = 0x02
	tableInterior = 0x05
	indexLeaf     = 0x0a
	tableLeaf     = 0x0d
)

// maxDepth bounds a b-tree's depth. SQLite's own cursors stop at 20.
const maxDepth = 40

// DB is a database file open for reading. It is not safe for concurrent
// use: scans share its buffers.
type DB struct {
	r        io.ReaderAt
	closer   io.Closer
	pageSize int    // bytes a page
	usable   int    // bytes a page that hold b-tree content: pageSize less the reserved bytes
	pages    uint32 // pages in the file
	order    binary.ByteOrder
	utf16    bool // text is UTF-16 (order says which), else UTF-8
	schema   []Object
	tables   map[string]*table // parsed CREATE TABLE statements, by object
}

// Object is a row of sqlite_master: a table, an index, a view or a
// trigger, with its CREATE statement.
type Object struct {
	Type  string // "table", "index", "view" or "trigger"
	Name  string
	Table string // the table an index or trigger belongs to; a table's own name
	Root  uint32 // the root page of a table's or index's b-tree, 0 for others
	SQL   string // "" for an index SQLite made itself (a UNIQUE constraint's)
}

// Open opens the database file at path.
func Open(path string) (*DB, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	db, err := New(f, fi.Size())
	if err != nil {
		f.Close()
		return nil, err
	}
	db.closer = f
	return db, nil
}

// New reads the header and schema of a database of size bytes read from r.
func New(r io.ReaderAt, size int64) (*DB, error) {
	var h [100]byte
	if size < int64(len(h)) {
		return nil, ErrNotDatabase
	}
	if _, err := r.ReadAt(h[:], 0); err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	if string(h[:16]) != "SQLite format 3\x00" {
		return nil, ErrNotDatabase
	}
	db := &DB{r: r, order: binary.BigEndian}
	// §1.3: the page size, a power of two from 512 to 65,536 (stored as 1).
	ps := int(binary.BigEndian.Uint16(h[16:]))
	if ps == 1 {
		ps = 65536
	}
	if ps < 512 || ps&(ps-1) != 0 {
		return nil, fmt.Errorf("%w: page size %d", ErrNotDatabase, ps)
	}
	// Versions 1 (rollback journal) and 2 (WAL) are read alike: a package
	// holds the main file alone, checkpointed.
	if h[18] < 1 || h[18] > 2 || h[19] < 1 || h[19] > 2 {
		return nil, fmt.Errorf("%w: file format version %d/%d", ErrNotDatabase, h[18], h[19])
	}
	if h[21] != 64 || h[22] != 32 || h[23] != 32 {
		return nil, fmt.Errorf("%w: payload fractions %d/%d/%d", ErrNotDatabase, h[21], h[22], h[23])
	}
	db.pageSize, db.usable = ps, ps-int(h[20])
	if db.usable < 480 {
		return nil, fmt.Errorf("%w: %d reserved bytes a page", ErrNotDatabase, h[20])
	}
	n := size / int64(ps)
	// The size in the header holds when its version-valid-for number is the
	// change counter; pages past it are free space SQLite would not read.
	if c := binary.BigEndian.Uint32(h[28:]); c > 0 && binary.BigEndian.Uint32(h[92:]) == binary.BigEndian.Uint32(h[24:]) && int64(c) < n {
		n = int64(c)
	}
	if n < 1 {
		return nil, corrupt(0, "file of %d bytes is shorter than a page of %d", size, ps)
	}
	db.pages = uint32(min(n, math.MaxUint32))
	switch binary.BigEndian.Uint32(h[56:]) {
	case 0, 1: // 0: nothing written yet
	case 2:
		db.utf16, db.order = true, binary.LittleEndian
	case 3:
		db.utf16 = true
	default:
		return nil, fmt.Errorf("%w: text encoding %d", ErrNotDatabase, binary.BigEndian.Uint32(h[56:]))
	}
	if err := db.readSchema(); err != nil {
		return nil, fmt.Errorf("read schema: %w", err)
	}
	return db, nil
}

// Close closes the file Open opened.
func (db *DB) Close() error {
	if db.closer == nil {
		return nil
	}
	return db.closer.Close()
}

// Schema is the database's sqlite_master, in its own order.
func (db *DB) Schema() []Object { return db.schema }

// masterTable is sqlite_master's own layout.
var masterTable = &table{cols: []column{
	{name: "type", pos: 0}, {name: "name", pos: 1}, {name: "tbl_name", pos: 2},
	{name: "rootpage", pos: 3}, {name: "sql", pos: 4},
}}

func (db *DB) readSchema() error {
	return db.scan(1, masterTable, []string{"type", "name", "tbl_name", "rootpage", "sql"}, func(v []Value) error {
		var o Object
		var err error
		if o.Type, err = v[0].Text(); err != nil {
			return fmt.Errorf("type: %w", err)
		}
		if o.Name, err = v[1].Text(); err != nil {
			return fmt.Errorf("name: %w", err)
		}
		o.Table, _ = v[2].Text()
		if v[3].Kind != Null {
			root, err := v[3].Int()
			if err != nil || root < 0 || root > math.MaxUint32 {
				return corrupt(1, "%s %s: root page %v", o.Type, o.Name, v[3])
			}
			o.Root = uint32(root)
		}
		if v[4].Kind != Null {
			o.SQL, _ = v[4].Text()
		}
		db.schema = append(db.schema, o)
		return nil
	})
}

// Scan calls fn with each row of table, its columns as cols names them,
// in the order of the table's key: the rowid, or a WITHOUT ROWID table's
// primary key. vals and the bytes of its values are valid only until fn
// returns. fn returning Stop ends the scan without an error; any other
// error ends it with that error.
func (db *DB) Scan(name string, cols []string, fn func(vals []Value) error) error {
	var obj *Object
	for i := range db.schema {
		if o := &db.schema[i]; o.Type == "table" && equalFold(o.Name, name) {
			obj = o
			break
		}
	}
	if obj == nil {
		if equalFold(name, "sqlite_master") || equalFold(name, "sqlite_schema") {
			return db.scan(1, masterTable, cols, fn)
		}
		return fmt.Errorf("%w: %s", ErrNoTable, name)
	}
	t, err := db.table(obj)
	if err != nil {
		return err
	}
	if obj.Root == 0 {
		return fmt.Errorf("table %s: not stored in the file (a virtual table)", obj.Name)
	}
	return db.scan(obj.Root, t, cols, fn)
}

// table is the parsed CREATE TABLE of obj, parsed once.
func (db *DB) table(obj *Object) (*table, error) {
	if t := db.tables[obj.Name]; t != nil {
		return t, nil
	}
	t, err := parseTable(obj.SQL)
	if err != nil {
		return nil, fmt.Errorf("table %s: %w", obj.Name, err)
	}
	if db.tables == nil {
		db.tables = map[string]*table{}
	}
	db.tables[obj.Name] = t
	return t, nil
}

// scanner is the state of one scan.
type scanner struct {
	db     *DB
	fn     func([]Value) error
	want   []column // the columns asked for, in the order asked
	last   int      // the largest record position asked for
	vals   []Value
	types  []uint64 // the serial types of the record being read
	text   [][]byte // UTF-8 of UTF-16 text, a buffer a column asked for
	seen   []uint64 // b-tree pages visited, a bit each
	bufs   [][]byte // a page buffer for each depth
	ovf    []byte   // an overflow page
	joined []byte   // a payload put together from its overflow pages
}

func (db *DB) scan(root uint32, t *table, cols []string, fn func([]Value) error) error {
	s := &scanner{db: db, fn: fn, last: -1, vals: make([]Value, len(cols)), text: make([][]byte, len(cols))}
	for _, name := range cols {
		c, ok := t.column(name)
		if !ok {
			return fmt.Errorf("%w: %s", ErrNoColumn, name)
		}
		if c.virtual {
			return fmt.Errorf("column %s: generated, not stored", name)
		}
		s.want = append(s.want, c)
		s.last = max(s.last, c.pos)
	}
	err := s.walk(root, 0, !t.withoutRowid)
	if err == Stop {
		return nil
	}
	return err
}

// page reads page n into the buffer of depth d.
func (s *scanner) page(n uint32, d int) ([]byte, error) {
	db := s.db
	if n < 1 || n > db.pages {
		return nil, corrupt(n, "page number out of the file's %d", db.pages)
	}
	for len(s.bufs) <= d {
		s.bufs = append(s.bufs, make([]byte, db.pageSize))
	}
	p := s.bufs[d]
	if _, err := db.r.ReadAt(p, int64(n-1)*int64(db.pageSize)); err != nil && err != io.EOF {
		return nil, fmt.Errorf("page %d: %w", n, err)
	}
	return p[:db.usable], nil
}

// walk reads the b-tree below page n, at depth d, calling fn for every
// row in key order. A table b-tree (rowid) keeps its rows in the leaves;
// an index b-tree (WITHOUT ROWID) has rows in its interior cells too,
// each between the subtrees to its left and right.
func (s *scanner) walk(n uint32, d int, rowid bool) error {
	if d > maxDepth {
		return corrupt(n, "b-tree deeper than %d", maxDepth)
	}
	if s.seen == nil {
		s.seen = make([]uint64, s.db.pages/64+1)
	}
	if n >= 1 && n <= s.db.pages {
		if s.seen[n/64]&(1<<(n%64)) != 0 {
			return corrupt(n, "page reached twice in a b-tree")
		}
		s.seen[n/64] |= 1 << (n % 64)
	}
	p, err := s.page(n, d)
	if err != nil {
		return err
	}
	h := 0
	if n == 1 {
		h = 100
	}
	kind := p[h]
	switch {
	case rowid && (kind == tableLeaf || kind == tableInterior):
	case !rowid && (kind == indexLeaf || kind == indexInterior):
	default:
		return corrupt(n, "page type %#x where a %s b-tree page belongs", kind, map[bool]string{true: "table", false: "index"}[rowid])
	}
	leaf := kind == tableLeaf || kind == indexLeaf
	ptrs := h + 12
	if leaf {
		ptrs = h + 8
	}
	cells := int(binary.BigEndian.Uint16(p[h+3:]))
	if ptrs+2*cells > len(p) {
		return corrupt(n, "%d cells do not fit", cells)
	}
	for i := range cells {
		off := int(binary.BigEndian.Uint16(p[ptrs+2*i:]))
		if off < ptrs+2*cells || off >= len(p) {
			return corrupt(n, "cell %d at offset %d", i, off)
		}
		c := p[off:]
		if !leaf {
			if len(c) < 4 {
				return corrupt(n, "cell %d cut short", i)
			}
			if err := s.walk(binary.BigEndian.Uint32(c), d+1, rowid); err != nil {
				return err
			}
			if rowid {
				continue // a divider key only
			}
			c = c[4:]
		}
		size, k := varint(c)
		if k == 0 {
			return corrupt(n, "cell %d: payload size cut short", i)
		}
		c = c[k:]
		var key int64
		if rowid {
			v, k := varint(c)
			if k == 0 {
				return corrupt(n, "cell %d: rowid cut short", i)
			}
			key, c = int64(v), c[k:]
		}
		payload, err := s.payload(n, i, c, size, rowid)
		if err != nil {
			return err
		}
		if err := s.row(n, i, payload, key); err != nil {
			return err
		}
	}
	if !leaf {
		return s.walk(binary.BigEndian.Uint32(p[h+8:]), d+1, rowid)
	}
	return nil
}

// payload is a cell's payload of size bytes, whose local part starts at
// c: c itself when it is all in the cell, else put together with its
// overflow pages (§1.6).
func (s *scanner) payload(n uint32, i int, c []byte, size uint64, rowid bool) ([]byte, error) {
	u := uint64(s.db.usable)
	maxLocal := u - 35
	if !rowid {
		maxLocal = (u-12)*64/255 - 23
	}
	minLocal := (u-12)*32/255 - 23
	local := size
	if size > maxLocal {
		// Everything past the local part fills overflow pages of u-4 bytes,
		// and they must be in the file.
		if size-minLocal > uint64(s.db.pages)*(u-4) {
			return nil, corrupt(n, "cell %d: payload of %d bytes, more than the file holds", i, size)
		}
		local = minLocal + (size-minLocal)%(u-4)
		if local > maxLocal {
			local = minLocal
		}
	}
	if local > uint64(len(c)) {
		return nil, corrupt(n, "cell %d: payload runs off the page", i)
	}
	if local == size {
		return c[:size], nil
	}
	if uint64(len(c)) < local+4 {
		return nil, corrupt(n, "cell %d: overflow page number runs off the page", i)
	}
	s.joined = append(s.joined[:0], c[:local]...)
	next := binary.BigEndian.Uint32(c[local:])
	if s.ovf == nil {
		s.ovf = make([]byte, s.db.pageSize)
	}
	for rest := size - local; rest > 0; {
		if next < 1 || next > s.db.pages {
			return nil, corrupt(n, "cell %d: overflow page %d out of the file", i, next)
		}
		// Each overflow page belongs to one cell: a chain that loops, or
		// meets another, is damage, and a scan reads each page once.
		if s.seen[next/64]&(1<<(next%64)) != 0 {
			return nil, corrupt(n, "cell %d: overflow page %d reached twice", i, next)
		}
		s.seen[next/64] |= 1 << (next % 64)
		if _, err := s.db.r.ReadAt(s.ovf, int64(next-1)*int64(s.db.pageSize)); err != nil && err != io.EOF {
			return nil, fmt.Errorf("page %d: %w", next, err)
		}
		k := min(rest, u-4)
		s.joined = append(s.joined, s.ovf[4:4+k]...)
		rest -= k
		next = binary.BigEndian.Uint32(s.ovf)
	}
	return s.joined, nil
}

// row decodes the record of a row (§2.1) into the values asked for and
// calls fn.
func (s *scanner) row(n uint32, i int, rec []byte, rowid int64) error {
	hsize, k := varint(rec)
	if k == 0 || hsize < uint64(k) || hsize > uint64(len(rec)) {
		return corrupt(n, "cell %d: record header of %d bytes", i, hsize)
	}
	s.types = s.types[:0]
	for h := rec[k:hsize]; len(h) > 0 && len(s.types) <= s.last; {
		t, k := varint(h)
		if k == 0 {
			return corrupt(n, "cell %d: record header cut short", i)
		}
		s.types = append(s.types, t)
		h = h[k:]
	}
	// Where each value starts: the sizes of those before it.
	body := rec[hsize:]
	var offs [64]int
	starts := offs[:0]
	at := 0
	for _, t := range s.types {
		size, ok := serialSize(t)
		if !ok || size > uint64(len(body)-at) {
			return corrupt(n, "cell %d: record value of type %d runs off the record", i, t)
		}
		starts = append(starts, at)
		at += int(size)
	}
	for j, c := range s.want {
		v := &s.vals[j]
		switch {
		case c.pos < 0:
			*v = Value{Kind: Integer, I: rowid}
		case c.pos >= len(s.types):
			// A row written before ALTER TABLE ADD COLUMN: the default.
			if c.defErr != nil {
				return fmt.Errorf("column %s: %w", c.name, c.defErr)
			}
			*v = c.def
		default:
			t := s.types[c.pos]
			size, _ := serialSize(t)
			*v = decode(t, body[starts[c.pos]:starts[c.pos]+int(size)])
			if v.Kind == Text && s.db.utf16 {
				s.text[j] = utf8Of(s.text[j][:0], v.B, s.db.order)
				v.B = s.text[j]
			}
		}
	}
	return s.fn(s.vals)
}

// serialSize is the size in the record's body of a value of serial type t
// (§2.1); false for the reserved types 10 and 11.
func serialSize(t uint64) (uint64, bool) {
	switch {
	case t <= 4:
		return t, true
	case t == 5:
		return 6, true
	case t == 6 || t == 7:
		return 8, true
	case t <= 9:
		return 0, true
	case t <= 11:
		return 0, false
	}
	return (t - 12) / 2, true
}

// decode is the value of serial type t held in b, of the type's size.
func decode(t uint64, b []byte) Value {
	switch t {
	case 0:
		return Value{}
	case 7:
		return Value{Kind: Float, F: math.Float64frombits(binary.BigEndian.Uint64(b))}
	case 8:
		return Value{Kind: Integer}
	case 9:
		return Value{Kind: Integer, I: 1}
	}
	if t <= 6 {
		// A big-endian two's-complement integer of len(b) bytes.
		v := int64(int8(b[0]))
		for _, c := range b[1:] {
			v = v<<8 | int64(c)
		}
		return Value{Kind: Integer, I: v}
	}
	if t%2 == 0 {
		return Value{Kind: Blob, B: b}
	}
	return Value{Kind: Text, B: b}
}

// utf8Of appends the UTF-8 of UTF-16 text b to dst.
func utf8Of(dst, b []byte, order binary.ByteOrder) []byte {
	for i := 0; i+1 < len(b); i += 2 {
		r := rune(order.Uint16(b[i:]))
		if utf16.IsSurrogate(r) && i+3 < len(b) {
			if r2 := utf16.DecodeRune(r, rune(order.Uint16(b[i+2:]))); r2 != utf8.RuneError {
				r, i = r2, i+2
			}
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// varint reads SQLite's varint (§1.6: big-endian groups of 7 bits, the
// high bit set on all but the last; a ninth byte of 8 bits); 0 bytes read
// when b ends first.
func varint(b []byte) (uint64, int) {
	var v uint64
	for i := range min(len(b), 8) {
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	if len(b) < 9 {
		return 0, 0
	}
	return v<<8 | uint64(b[8]), 9
}

// Kind is a value's storage class.
type Kind uint8

const (
	Null Kind = iota
	Integer
	Float
	Text
	Blob
)

// Value is a column's value in a row. B, the bytes of a Text (UTF-8) or a
// Blob, is valid only during the Scan callback that got it.
type Value struct {
	Kind Kind
	I    int64
	F    float64
	B    []byte
}

// Int is the value as an integer: an integer, a real with an integral
// value, or a text or blob of a decimal integer, as database/sql would
// convert it; NULL and anything else are errors.
func (v Value) Int() (int64, error) {
	switch v.Kind {
	case Integer:
		return v.I, nil
	case Float:
		if v.F == math.Trunc(v.F) && v.F >= -(1<<63) && v.F < 1<<63 {
			return int64(v.F), nil
		}
	case Text, Blob:
		if i, err := strconv.ParseInt(string(v.B), 10, 64); err == nil {
			return i, nil
		}
	}
	return 0, fmt.Errorf("%v is not an integer", v)
}

// Text is the value as a string: a text or a blob's bytes, a number in
// decimal; NULL is an error.
func (v Value) Text() (string, error) {
	switch v.Kind {
	case Text, Blob:
		return string(v.B), nil
	case Integer:
		return strconv.FormatInt(v.I, 10), nil
	case Float:
		return strconv.FormatFloat(v.F, 'g', -1, 64), nil
	}
	return "", errors.New("NULL is not a text")
}

// String shows the value for error messages.
func (v Value) String() string {
	switch v.Kind {
	case Null:
		return "NULL"
	case Integer:
		return strconv.FormatInt(v.I, 10)
	case Float:
		return strconv.FormatFloat(v.F, 'g', -1, 64)
	case Text:
		if len(v.B) > 40 {
			return strconv.Quote(string(v.B[:40]) + "…")
		}
		return strconv.Quote(string(v.B))
	}
	return fmt.Sprintf("blob of %d bytes", len(v.B))
}
