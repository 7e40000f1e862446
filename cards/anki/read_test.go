package anki

import (
	"archive/zip"
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
)

// TestReadPackageBack reads what WriteAPKG wrote: the note type, every note
// with its guid and fields, the cards with their kinds and FSRS memory, and
// the review log.
func TestReadPackageBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.apkg")
	notes := testNotes()
	if err := WriteAPKG(path, notes, testOptions(true)); err != nil {
		t.Fatal(err)
	}
	p, err := ReadPackage(path)
	if err != nil {
		t.Fatal(err)
	}
	checkReadBack(t, p, notes)
	if p.Member != "collection.anki2" || p.Schema != 11 {
		t.Errorf("member %s schema %d, want collection.anki2 schema 11", p.Member, p.Schema)
	}
}

func checkReadBack(t *testing.T, p *Package, notes []Note) {
	t.Helper()
	if len(p.Notes) != len(notes) || len(p.Cards) != 2*len(notes) {
		t.Fatalf("%d notes, %d cards; want %d, %d", len(p.Notes), len(p.Cards), len(notes), 2*len(notes))
	}
	byGUID := map[string]*PackageNote{}
	for i := range p.Notes {
		byGUID[p.Notes[i].GUID] = &p.Notes[i]
	}
	for _, n := range notes {
		pn := byGUID[GUID(n.Word, n.Reading)]
		if pn == nil {
			t.Fatalf("no note with the guid of %s", n.Word)
		}
		nt := p.Notetypes[pn.Notetype]
		if nt == nil || !nt.IsCika() {
			t.Fatalf("%s: note type %v is not cika's", n.Word, nt)
		}
		if got := Hanzi(nt.Field(pn, "Hanzi")); got != n.Word {
			t.Errorf("Hanzi of %s = %q", n.Word, got)
		}
		if got, want := PinyinKey(nt.Field(pn, "Pinyin")), PinyinKey(n.Reading); got != want || got == "" {
			t.Errorf("pinyin key of %s = %q, want %q", n.Word, got, want)
		}
	}
	reviews := 0
	for _, n := range notes {
		for _, c := range n.Cards {
			reviews += len(c.Reviews)
		}
	}
	if len(p.Revlog) != reviews {
		t.Fatalf("%d revlog entries, want %d", len(p.Revlog), reviews)
	}
	cardByID := map[int64]*PackageCard{}
	for i := range p.Cards {
		cardByID[p.Cards[i].ID] = &p.Cards[i]
	}
	// The first note's recognition card: three answers, in review, with
	// its FSRS memory.
	first := byGUID[GUID("银行", "yin2 hang2")]
	var rec *PackageCard
	for i := range p.Cards {
		if c := &p.Cards[i]; c.Note == first.ID {
			if k, ok := p.Notetypes[first.Notetype].Kind(c.Ord); ok && k == Recognition {
				rec = c
			}
		}
	}
	if rec == nil || rec.Type != 2 || rec.Memory == nil || rec.Memory.Stability != 40.2 ||
		!rec.Memory.LastReview.Equal(at("2026-11-04 11:00")) {
		t.Fatalf("recognition card of 银行 = %+v", rec)
	}
	var times []time.Time
	for i := range p.Revlog {
		r := &p.Revlog[i]
		if cardByID[r.Card] == nil {
			t.Fatalf("revlog entry %d of unknown card %d", r.ID, r.Card)
		}
		if !r.Answered() {
			t.Errorf("revlog entry %+v is not an answer", r)
		}
		if r.Card == rec.ID {
			times = append(times, r.Time())
		}
	}
	want := []time.Time{at("2026-11-01 10:05"), at("2026-11-01 10:16"), at("2026-11-04 11:00")}
	if len(times) != 3 || !times[0].Equal(want[0]) || !times[1].Equal(want[1]) || !times[2].Equal(want[2]) {
		t.Errorf("reviews of 银行 recognition at %v, want %v", times, want)
	}
}

// TestReadLatestLayout reads a package as Anki 2.1.50+ writes it by
// default: a meta member naming collection.anki21b (zstd, schema 18, note
// types in their own tables with the unicase collation), beside a dummy
// collection.anki2 that must not be read.
func TestReadLatestLayout(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "old.apkg")
	notes := testNotes()
	if err := WriteAPKG(src, notes, testOptions(true)); err != nil {
		t.Fatal(err)
	}
	latest := filepath.Join(dir, "latest.apkg")
	writeLatest(t, src, latest)
	p, err := ReadPackage(latest)
	if err != nil {
		t.Fatal(err)
	}
	if p.Member != "collection.anki21b" || p.Schema != 18 {
		t.Errorf("member %s schema %d, want collection.anki21b schema 18", p.Member, p.Schema)
	}
	checkReadBack(t, p, notes)
}

// writeLatest turns a package of cika's into the layout of a modern Anki
// export, as Anki's upgrade to schema 18 would.
func writeLatest(t testing.TB, src, dst string) {
	t.Helper()
	old := openAPKG(t, src)
	dbPath := filepath.Join(t.TempDir(), "c.anki21")
	if err := os.WriteFile(dbPath, old.members["collection.anki2"], 0o600); err != nil {
		t.Fatal(err)
	}
	registerUnicase()
	db, err := sql.Open("sqlite", "file:"+dbPath)
	if err != nil {
		t.Fatal(err)
	}
	models := old.colJSON(t, "models")
	stmts := []string{
		`CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE unicase,
			mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL)`,
		`CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name)`,
		`CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
			config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid`,
		`CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid)`,
		`CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase,
			mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid`,
		`CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid)`,
		`UPDATE col SET ver = 18, models = '', decks = '', dconf = ''`,
		`PRAGMA journal_mode = WAL`,
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	for _, v := range models {
		m := v.(map[string]any)
		id := int64(m["id"].(float64))
		exec(t, db, `INSERT INTO notetypes VALUES (?, ?, 0, 0, x'')`, id, m["name"])
		for _, f := range m["flds"].([]any) {
			f := f.(map[string]any)
			exec(t, db, `INSERT INTO fields VALUES (?, ?, ?, x'')`, id, f["ord"], f["name"])
		}
		for _, tm := range m["tmpls"].([]any) {
			tm := tm.(map[string]any)
			exec(t, db, `INSERT INTO templates VALUES (?, ?, ?, 0, 0, x'')`, id, tm["ord"], tm["name"])
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := zstd.NewWriter(nil)
	writeZipMembers(t, dst, map[string][]byte{
		"meta":               {0x08, 0x03},
		"collection.anki2":   []byte("Please update to the latest Anki version, then import the .colpkg/.apkg file again."),
		"collection.anki21b": enc.EncodeAll(raw, nil),
		"media":              enc.EncodeAll(nil, nil),
	})
}

func exec(t testing.TB, db *sql.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func writeZipMembers(t testing.TB, path string, members map[string][]byte) {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"meta", "collection.anki2", "collection.anki21", "collection.anki21b", "media", "../evil", "0"} {
		data, ok := members[name]
		if !ok {
			continue
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestReadBadPackages: every file that is not a package Anki would import
// gives an error naming the file and what is wrong, never a panic.
func TestReadBadPackages(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "good.apkg")
	if err := WriteAPKG(src, testNotes(), testOptions(false)); err != nil {
		t.Fatal(err)
	}
	good := openAPKG(t, src).members["collection.anki2"]
	damaged := bytes.Clone(good) // the schema page whole, every other page zeroed
	clear(damaged[4096:])
	// A card whose ord is a text.
	dbPath := filepath.Join(dir, "badord.anki2")
	if err := os.WriteFile(dbPath, good, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+dbPath)
	if err != nil {
		t.Fatal(err)
	}
	exec(t, db, `UPDATE cards SET ord = 'x' WHERE id = (SELECT max(id) FROM cards)`)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	badOrd := readFile(t, dbPath)
	cases := []struct {
		name    string
		members map[string][]byte // nil: raw is the file
		raw     string
		want    error
		text    string
	}{
		{name: "text", raw: "我们的银行\tour bank\n", want: ErrNotPackage},
		{name: "empty", raw: "", want: ErrNotPackage},
		{name: "truncated", raw: string(readFile(t, src)[:200]), want: ErrNotPackage},
		{name: "nocollection", members: map[string][]byte{"media": []byte("{}")}, want: ErrNoCollection},
		{name: "toonew", members: map[string][]byte{"meta": {0x08, 0x09}, "collection.anki2": good}, want: ErrTooNew},
		{name: "metamissing", members: map[string][]byte{"meta": {0x08, 0x03}, "collection.anki2": good}, want: ErrNoCollection},
		{name: "badmeta", members: map[string][]byte{"meta": {0x08}, "collection.anki2": good}, text: "meta: bad protobuf"},
		{name: "notsqlite", members: map[string][]byte{"collection.anki2": []byte("hello")}, text: "collection.anki2: not an Anki collection"},
		{name: "damaged", members: map[string][]byte{"collection.anki2": damaged}, text: "collection.anki2: read col: damaged database: page "},
		{name: "badord", members: map[string][]byte{"collection.anki2": badOrd}, text: `collection.anki2: read cards: column ord: "x" is not an integer`},
		{name: "emptycol", members: map[string][]byte{"collection.anki21": {}}, text: "collection.anki21: empty collection"},
		{name: "badzstd", members: map[string][]byte{"meta": {0x08, 0x03}, "collection.anki21b": []byte("not zstd")}, text: "collection.anki21b: zstd"},
		{name: "hostile", members: map[string][]byte{"../evil": []byte("x"), "0": []byte("y")}, want: ErrNoCollection},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.name+".apkg")
			if c.members != nil {
				writeZipMembers(t, path, c.members)
			} else if err := os.WriteFile(path, []byte(c.raw), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := ReadPackage(path)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), "read "+path+": ") {
				t.Errorf("error %q does not name the file", err)
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("error %q, want %q", err, c.want)
			}
			if c.text != "" && !strings.Contains(err.Error(), c.text) {
				t.Errorf("error %q, want %q in it", err, c.text)
			}
		})
	}
	if _, err := ReadPackage(filepath.Join(dir, "missing.apkg")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
}

// TestCollectionBound: a collection larger than MaxCollection is refused
// before it fills the disk.
func TestCollectionBound(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "good.apkg")
	if err := WriteAPKG(src, testNotes(), testOptions(false)); err != nil {
		t.Fatal(err)
	}
	defer func(m int64) { MaxCollection = m }(MaxCollection)
	MaxCollection = 4096
	if _, err := ReadPackage(src); !errors.Is(err, ErrTooBig) {
		t.Errorf("error %v, want %v", err, ErrTooBig)
	}
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPinyinKey(t *testing.T) {
	same := [][]string{
		{"yin2 hang2", "yínháng", "yín háng", "Yínháng", "yin2hang2", "<b>yín</b>háng", "YIN2 HANG2"},
		{"xi1 an1", "xī'ān", "xī’ān", "Xī ān"},
		{"nu:3 er2", "nǚ'ér", "nü3er2", "nv3 er2"},
		{"wo3 men5", "wǒmen", "wo3men5"},
	}
	for _, group := range same {
		want := PinyinKey(group[0])
		if want == "" {
			t.Fatalf("empty key for %q", group[0])
		}
		for _, s := range group[1:] {
			if got := PinyinKey(s); got != want {
				t.Errorf("PinyinKey(%q) = %q, want %q (as %q)", s, got, want, group[0])
			}
		}
	}
	if PinyinKey("yin2 hang2") == PinyinKey("yin2 hang4") || PinyinKey("xi1 an1") == PinyinKey("xian1") {
		t.Error("different readings share a key")
	}
}

func TestHanzi(t *testing.T) {
	for in, want := range map[string]string{
		"银行": "银行",
		"将<div class=ctx>他<span class=hl>将</span>来</div>":      "将",
		"将<div class=ctx>x</div><span class=n hidden>2</span>": "将",
		" <b>银行</b> ": "银行",
		"&lt;银&gt;":   "<银>",
	} {
		if got := Hanzi(in); got != want {
			t.Errorf("Hanzi(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzReadPackage: whatever the bytes, ReadPackage returns a package or an
// error, never panics. The seeds are a real package of each layout and
// broken ones; only the seeds run outside `go test -fuzz`.
func FuzzReadPackage(f *testing.F) {
	dir := f.TempDir()
	src := filepath.Join(dir, "good.apkg")
	if err := WriteAPKG(src, testNotes(), testOptions(true)); err != nil {
		f.Fatal(err)
	}
	f.Add(readFile(f, src))
	latest := filepath.Join(dir, "latest.apkg")
	writeLatest(f, src, latest)
	f.Add(readFile(f, latest))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.apkg")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		p, err := ReadPackage(path)
		if err == nil && p == nil {
			t.Fatal("no package and no error")
		}
	})
}
