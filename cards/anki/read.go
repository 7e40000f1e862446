package anki

// Reading packages back: what a learner brings home from Anki (AnkiDroid,
// the desktop) after reviewing cika's cards there. A package is a zip; its
// collection is an SQLite file in one of three layouts (APKG.md, "Reading
// packages back"):
//
//	collection.anki2    schema 11, the only member of the oldest packages,
//	                    and a dummy "please update Anki" note in every
//	                    modern one
//	collection.anki21   schema 11, "support older Anki versions"
//	collection.anki21b  zstd-compressed schema 18, the default since 2.1.50
//
// The "meta" member (protobuf: field 1, a version enum) says which to read;
// without it, anki21 is preferred over anki2, as Anki itself does.
//
// Nothing here trusts the file: members are found by exact name and never
// written under their own names, the collection's size is bounded before
// it is decompressed, and every error names the file.

import (
	"archive/zip"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"cika/cards/anki/internal/sqliteread"

	"github.com/klauspost/compress/zstd"
	"golang.org/x/text/unicode/norm"
)

// Package is what a package holds that an importer needs: the note types,
// the notes, their cards and the review log.
type Package struct {
	Path string
	// Member is the collection read: "collection.anki2", "collection.anki21"
	// or "collection.anki21b".
	Member string
	// Schema is the collection's schema version (col.ver): 11 for the
	// classic layout, 18 for anki21b.
	Schema int
	// Created is day 0 of the collection (col.crt): review due dates count
	// from it.
	Created time.Time

	Notetypes map[int64]*Notetype
	Notes     []PackageNote
	Cards     []PackageCard
	Revlog    []RevlogEntry // in id (time) order
}

// Notetype is a note type: its fields and card templates by ord.
type Notetype struct {
	ID        int64
	Name      string
	Fields    []string
	Templates []string
}

// PackageNote is a note as read: its fields are HTML, as Anki keeps them.
type PackageNote struct {
	ID       int64
	GUID     string
	Notetype int64
	Fields   []string
	Tags     string // " a b ", as Anki stores them
}

// PackageCard is a card row: Anki's own numbers, as described in APKG.md.
type PackageCard struct {
	ID       int64
	Note     int64
	Ord      int
	Type     int // 0 new, 1 learning, 2 review, 3 relearning
	Queue    int // -1 suspended, -2/-3 buried, 0 new, 1/3 learning, 2 review
	Due      int64
	Interval int
	Factor   int
	Reps     int
	Lapses   int
	// Memory is the FSRS memory state Anki keeps in cards.data, nil when
	// the card has none (FSRS off, or a new card).
	Memory *Memory
}

// Memory is a card's FSRS memory state as Anki stores it.
type Memory struct {
	Stability        float64
	Difficulty       float64
	DesiredRetention float64   // 0 when not stored
	Decay            float64   // 0 when not stored (FSRS-5 and earlier)
	LastReview       time.Time // zero when not stored
}

// RevlogEntry is one row of the review log.
type RevlogEntry struct {
	// ID is the time of the review in ms since 1970, unique in the log.
	ID   int64
	Card int64
	// Ease is the button: 1 Again … 4 Easy; 0 for an entry that is not an
	// answer (a manual reschedule, a reset).
	Ease         int
	Interval     int // days, or minus seconds for a step
	LastInterval int
	Factor       int
	Duration     time.Duration
	Type         RevlogType
}

// Time is when the review happened.
func (r *RevlogEntry) Time() time.Time { return time.UnixMilli(r.ID) }

// RevlogType is a review log entry's kind, as Anki numbers them.
type RevlogType int

const (
	RevlogLearn       RevlogType = 0
	RevlogReview      RevlogType = 1
	RevlogRelearn     RevlogType = 2
	RevlogFiltered    RevlogType = 3 // a review in a filtered deck (cramming when its ease factor is 0)
	RevlogManual      RevlogType = 4 // "set due date", "forget": not an answer
	RevlogRescheduled RevlogType = 5 // rescheduled by FSRS: not an answer
)

// Answered reports whether the entry is an answer that scheduling counts,
// as Anki's FSRS counts them: a button pressed (ease 1-4), and not a cram
// review of a filtered deck that does not reschedule.
func (r *RevlogEntry) Answered() bool {
	if r.Ease < 1 || r.Ease > 4 {
		return false
	}
	return r.Type <= RevlogRelearn || (r.Type == RevlogFiltered && r.Factor != 0)
}

// Reset reports whether the entry is Anki's "Forget" / "Reset": a manual
// entry without an answer that sends the card back to new.
func (r *RevlogEntry) Reset() bool {
	return r.Type == RevlogManual && r.Ease == 0 && r.Interval == 0
}

// Errors of ReadPackage; each comes wrapped with the file's name.
var (
	// ErrNotPackage is returned for a file that is not a zip.
	ErrNotPackage = errors.New("not an Anki package (.apkg or .colpkg: a zip file)")
	// ErrNoCollection is returned for a zip without a collection member.
	ErrNoCollection = errors.New("no Anki collection inside (want collection.anki2, collection.anki21 or collection.anki21b)")
	// ErrTooNew is returned for a package whose meta names a layout this
	// reader does not know.
	ErrTooNew = errors.New("package from a newer Anki than cika reads")
	// ErrTooBig is returned when the collection would exceed MaxCollection.
	ErrTooBig = errors.New("collection too big")
)

// MaxCollection bounds the size of the collection read out of a package,
// uncompressed: a few MB of zip (or zstd) can declare gigabytes. A learner's
// whole collection of 100,000 notes with a million reviews is ≈ 300 MB.
var MaxCollection int64 = 2 << 30

// collections are the collection members, by meta version (APKG.md).
var collections = map[uint64]string{
	1: "collection.anki2",
	2: "collection.anki21",
	3: "collection.anki21b",
}

// ReadPackage reads an Anki package (.apkg or .colpkg). The collection is
// copied out to a temporary directory, read, and removed.
func ReadPackage(path string) (*Package, error) {
	p, err := readPackage(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return p, nil
}

func readPackage(path string) (*Package, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, ErrNotPackage
		}
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, pe.Err
		}
		return nil, err
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
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "cika-import-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	dbPath := filepath.Join(tmp, "collection.sqlite") // never the member's own name
	if err := extract(members[name], dbPath, strings.HasSuffix(name, ".anki21b")); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p, err := readCollection(dbPath)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p.Path, p.Member = path, name
	return p, nil
}

// chooseMember picks the collection to read: the one meta names, else
// collection.anki21, else collection.anki2.
func chooseMember(members map[string]*zip.File) (string, error) {
	if f := members["meta"]; f != nil {
		v, err := metaVersion(f)
		if err != nil {
			return "", err
		}
		name, ok := collections[v]
		if !ok {
			return "", fmt.Errorf("%w (meta version %d)", ErrTooNew, v)
		}
		if members[name] == nil {
			return "", fmt.Errorf("%w: meta names %s, which is missing", ErrNoCollection, name)
		}
		return name, nil
	}
	for _, name := range []string{"collection.anki21", "collection.anki2"} {
		if members[name] != nil {
			return name, nil
		}
	}
	if members["collection.anki21b"] != nil {
		return "collection.anki21b", nil // no meta, but nothing else to read
	}
	return "", ErrNoCollection
}

// metaVersion reads the version of a meta member: a protobuf message whose
// field 1 is a varint (0 unknown, 1 legacy anki2, 2 anki21, 3 anki21b).
func metaVersion(f *zip.File) (uint64, error) {
	if f.UncompressedSize64 > 1<<10 {
		return 0, fmt.Errorf("meta: %d bytes, not a package's meta", f.UncompressedSize64)
	}
	rc, err := f.Open()
	if err != nil {
		return 0, fmt.Errorf("meta: %w", err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, 1<<10))
	if err != nil {
		return 0, fmt.Errorf("meta: %w", err)
	}
	version := uint64(0)
	for len(b) > 0 {
		key, n := uvarint(b)
		if n <= 0 {
			return 0, errors.New("meta: bad protobuf")
		}
		b = b[n:]
		field, wire := key>>3, key&7
		switch wire {
		case 0:
			v, n := uvarint(b)
			if n <= 0 {
				return 0, errors.New("meta: bad protobuf")
			}
			if field == 1 {
				version = v
			}
			b = b[n:]
		case 2:
			l, n := uvarint(b)
			if n <= 0 || l > uint64(len(b)-n) {
				return 0, errors.New("meta: bad protobuf")
			}
			b = b[n+int(l):]
		case 1:
			if len(b) < 8 {
				return 0, errors.New("meta: bad protobuf")
			}
			b = b[8:]
		case 5:
			if len(b) < 4 {
				return 0, errors.New("meta: bad protobuf")
			}
			b = b[4:]
		default:
			return 0, errors.New("meta: bad protobuf")
		}
	}
	return version, nil
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, -1
}

// extract copies a collection member to path, decompressing zstd, and
// refuses more than MaxCollection bytes.
func extract(f *zip.File, path string, zstdCompressed bool) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	var r io.Reader = rc
	if zstdCompressed {
		d, err := zstd.NewReader(rc, zstd.WithDecoderMaxMemory(uint64(MaxCollection)), zstd.WithDecoderConcurrency(1))
		if err != nil {
			return err
		}
		defer d.Close()
		r = d
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	n, err := io.Copy(out, io.LimitReader(r, MaxCollection+1))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	switch {
	case err != nil && zstdCompressed:
		return fmt.Errorf("zstd: %w", err)
	case err != nil:
		return err
	case n > MaxCollection:
		return fmt.Errorf("%w: more than %d bytes", ErrTooBig, MaxCollection)
	case n == 0:
		return errors.New("empty collection")
	}
	return nil
}

// readCollection reads a collection file (schema 11 to 18). It reads the
// SQLite file itself (internal/sqliteread): a full scan of each table the
// importer needs, in rowid order, which is the order of the ids.
func readCollection(path string) (*Package, error) {
	db, err := sqliteread.Open(path)
	if err != nil {
		if errors.Is(err, sqliteread.ErrNotDatabase) {
			return nil, errNotCollection
		}
		return nil, err
	}
	defer db.Close()
	p := &Package{Notetypes: map[int64]*Notetype{}}
	var crt int64
	var models string
	found := false
	err = scan(db, "col", []string{"ver", "crt", "models"}, func(r row) error {
		found = true
		p.Schema, crt, models = int(r.int(0)), r.int(1), r.text(2)
		if r.err != nil {
			return r.err
		}
		return sqliteread.Stop // the first row, as SQLite's would be
	})
	switch {
	case errors.Is(err, sqliteread.ErrNoTable):
		return nil, errNotCollection
	case err != nil:
		return nil, err
	case !found:
		return nil, errors.New("read col: no row")
	}
	p.Created = time.Unix(crt, 0)
	tables := 0
	for _, o := range db.Schema() {
		if o.Type == "table" && (o.Name == "notetypes" || o.Name == "fields" || o.Name == "templates") {
			tables++
		}
	}
	if tables == 3 {
		err = readNotetypes18(db, p)
	} else {
		err = readNotetypes11(models, p)
	}
	if err != nil {
		return nil, err
	}
	if err := readNotes(db, p); err != nil {
		return nil, err
	}
	if err := readCards(db, p); err != nil {
		return nil, err
	}
	if err := readRevlog(db, p); err != nil {
		return nil, err
	}
	return p, nil
}

// errNotCollection is the error for a file that is not SQLite, or is
// SQLite without Anki's tables.
var errNotCollection = errors.New("not an Anki collection (SQLite with a col table)")

// scan reads the columns cols of every row of table, with errors that
// name the table.
func scan(db *sqliteread.DB, table string, cols []string, fn func(row) error) error {
	err := db.Scan(table, cols, func(v []sqliteread.Value) error {
		return fn(row{v: v, cols: cols})
	})
	if err != nil {
		return fmt.Errorf("read %s: %w", table, err)
	}
	return nil
}

// row is a row's values in the order of their columns' names, read as
// integers or text; the first value that is neither sets err, which names
// its column.
type row struct {
	v    []sqliteread.Value
	cols []string
	err  error
}

func (r *row) int(i int) int64 {
	n, err := r.v[i].Int()
	if err != nil && r.err == nil {
		r.err = fmt.Errorf("column %s: %w", r.cols[i], err)
	}
	return n
}

func (r *row) text(i int) string {
	s, err := r.v[i].Text()
	if err != nil && r.err == nil {
		r.err = fmt.Errorf("column %s: %w", r.cols[i], err)
	}
	return s
}

// readNotetypes11 reads the note types of col.models (schema 11).
func readNotetypes11(models string, p *Package) error {
	var m map[string]struct {
		Name string `json:"name"`
		Flds []struct {
			Name string `json:"name"`
			Ord  int    `json:"ord"`
		} `json:"flds"`
		Tmpls []struct {
			Name string `json:"name"`
			Ord  int    `json:"ord"`
		} `json:"tmpls"`
	}
	if err := json.Unmarshal([]byte(models), &m); err != nil {
		return fmt.Errorf("note types (col.models): %w", err)
	}
	for key, v := range m {
		id, err := strconv.ParseInt(key, 10, 64)
		if err != nil {
			return fmt.Errorf("note types (col.models): id %q", key)
		}
		nt := &Notetype{ID: id, Name: v.Name}
		for _, f := range v.Flds {
			nt.Fields = place(nt.Fields, f.Ord, f.Name)
		}
		for _, t := range v.Tmpls {
			nt.Templates = place(nt.Templates, t.Ord, t.Name)
		}
		p.Notetypes[id] = nt
	}
	return nil
}

// place sets s[ord] = v, growing s; a wild ord (a hostile file) is ignored.
func place(s []string, ord int, v string) []string {
	if ord < 0 || ord > 1000 {
		return s
	}
	for len(s) <= ord {
		s = append(s, "")
	}
	s[ord] = v
	return s
}

// readNotetypes18 reads the note types of a schema-18 collection, from
// their own tables.
func readNotetypes18(db *sqliteread.DB, p *Package) error {
	err := scan(db, "notetypes", []string{"id", "name"}, func(r row) error {
		nt := &Notetype{ID: r.int(0), Name: r.text(1)}
		if r.err != nil {
			return r.err
		}
		p.Notetypes[nt.ID] = nt
		return nil
	})
	if err != nil {
		return err
	}
	for _, table := range []string{"fields", "templates"} {
		err := scan(db, table, []string{"ntid", "ord", "name"}, func(r row) error {
			id, ord, name := r.int(0), r.int(1), r.text(2)
			if r.err != nil {
				return r.err
			}
			nt := p.Notetypes[id]
			if nt == nil {
				return nil
			}
			if table == "fields" {
				nt.Fields = place(nt.Fields, int(ord), name)
			} else {
				nt.Templates = place(nt.Templates, int(ord), name)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func readNotes(db *sqliteread.DB, p *Package) error {
	p.Notes = []PackageNote{}
	err := scan(db, "notes", []string{"id", "guid", "mid", "tags", "flds"}, func(r row) error {
		note := PackageNote{ID: r.int(0), GUID: r.text(1), Notetype: r.int(2), Tags: r.text(3)}
		flds := r.text(4)
		if r.err != nil {
			return r.err
		}
		note.Fields = strings.Split(flds, "\x1f")
		p.Notes = append(p.Notes, note)
		return nil
	})
	if err != nil {
		return err
	}
	// Rows come in rowid order, which is the id's in Anki's tables (id
	// integer primary key); a file where it is not is still read by id.
	slices.SortStableFunc(p.Notes, func(a, b PackageNote) int { return cmp.Compare(a.ID, b.ID) })
	return nil
}

func readCards(db *sqliteread.DB, p *Package) error {
	cols := []string{"id", "nid", "ord", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "data"}
	p.Cards = []PackageCard{}
	err := scan(db, "cards", cols, func(r row) error {
		c := PackageCard{ID: r.int(0), Note: r.int(1), Ord: int(r.int(2)), Type: int(r.int(3)), Queue: int(r.int(4)),
			Due: r.int(5), Interval: int(r.int(6)), Factor: int(r.int(7)), Reps: int(r.int(8)), Lapses: int(r.int(9))}
		data := r.text(10)
		if r.err != nil {
			return r.err
		}
		c.Memory = memoryOf(data)
		p.Cards = append(p.Cards, c)
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortStableFunc(p.Cards, func(a, b PackageCard) int { return cmp.Compare(a.ID, b.ID) })
	return nil
}

// memoryOf reads the FSRS memory of a card's data column; nil when it has
// none (or is not JSON: data is free-form for add-ons).
func memoryOf(data string) *Memory {
	if !strings.Contains(data, `"s"`) {
		return nil
	}
	var m struct {
		S     *float64 `json:"s"`
		D     *float64 `json:"d"`
		DR    float64  `json:"dr"`
		Decay float64  `json:"decay"`
		LRT   int64    `json:"lrt"`
	}
	if json.Unmarshal([]byte(data), &m) != nil || m.S == nil || m.D == nil {
		return nil
	}
	mem := &Memory{Stability: *m.S, Difficulty: *m.D, DesiredRetention: m.DR, Decay: m.Decay}
	if m.LRT > 0 {
		mem.LastReview = time.Unix(m.LRT, 0)
	}
	return mem
}

func readRevlog(db *sqliteread.DB, p *Package) error {
	cols := []string{"id", "cid", "ease", "ivl", "lastIvl", "factor", "time", "type"}
	p.Revlog = []RevlogEntry{}
	err := scan(db, "revlog", cols, func(r row) error {
		e := RevlogEntry{ID: r.int(0), Card: r.int(1), Ease: int(r.int(2)), Interval: int(r.int(3)),
			LastInterval: int(r.int(4)), Factor: int(r.int(5)), Type: RevlogType(r.int(7))}
		ms := r.int(6)
		if r.err != nil {
			return r.err
		}
		e.Duration = time.Duration(max(0, min(ms, 24*3600*1000))) * time.Millisecond
		p.Revlog = append(p.Revlog, e)
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortStableFunc(p.Revlog, func(a, b RevlogEntry) int { return cmp.Compare(a.ID, b.ID) })
	return nil
}

// --- cika's note type, read back -------------------------------------------

// IsCika reports whether nt is cika's note type: its id (as the exporter
// wrote it), or, since Anki gives a type a new id when its layout changed
// under the old one, its name with the Hanzi and Pinyin fields.
func (nt *Notetype) IsCika() bool {
	if nt.ID == notetypeID {
		return true
	}
	return strings.HasPrefix(nt.Name, NotetypeName) && nt.field("Hanzi") >= 0 && nt.field("Pinyin") >= 0
}

func (nt *Notetype) field(name string) int {
	for i, f := range nt.Fields {
		if strings.EqualFold(f, name) {
			return i
		}
	}
	return -1
}

// Field returns the field of a note of this type named name ("" when the
// note type has no such field or the note lacks it).
func (nt *Notetype) Field(n *PackageNote, name string) string {
	if i := nt.field(name); i >= 0 && i < len(n.Fields) {
		return n.Fields[i]
	}
	return ""
}

// Kind is the card kind of template ord of cika's note type: by the
// template's name, as the exporter named them, else by ord as it numbered
// them.
func (nt *Notetype) Kind(ord int) (Kind, bool) {
	if ord >= 0 && ord < len(nt.Templates) {
		for k, t := range templates {
			if strings.EqualFold(nt.Templates[ord], t.Name) {
				return Kind(k), true
			}
		}
	}
	if ord == int(Recognition) || ord == int(Recall) {
		return Kind(ord), true
	}
	return 0, false
}

// Hanzi is the word of a Hanzi field as the exporter wrote it: the field
// without a homograph's context and number (fields.go) and without markup.
func Hanzi(field string) string {
	if i := strings.Index(field, "<div class=ctx>"); i >= 0 {
		field = field[:i]
	}
	if i := strings.Index(field, "<span class=n hidden>"); i >= 0 {
		field = field[:i]
	}
	return norm.NFC.String(stripHTML(field))
}

// PinyinKey is a reading in a form that compares equal however it was
// written: numeric ("yin2 hang2", "yin2hang2") or with tone marks
// ("yínháng", "yín háng", "Yínháng"), markup and spaces aside. Two keys are
// equal when the syllables and tones are.
func PinyinKey(s string) string {
	s = strings.ReplaceAll(stripHTML(s), "\u00a0", " ")
	// Numeric syllables written together: a space after every tone digit.
	var spaced strings.Builder
	for i := 0; i < len(s); i++ {
		spaced.WriteByte(s[i])
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); s[i] >= '1' && s[i] <= '5' && isLetter(r) {
			spaced.WriteByte(' ')
		}
	}
	m := marks(strings.ToLower(spaced.String()))
	m = strings.NewReplacer("v", "ü", "'", "", "’", "", " ", "", "-", "", "·", "").Replace(m)
	return norm.NFC.String(html.UnescapeString(m))
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ':' || r == 'ü' || r == 'Ü'
}
