package ankiimport_test

import (
	"archive/zip"
	"bytes"
	"database/sql"
	"flag"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/anki"
	"cika/cards/cputime"
	"cika/srs"
	"cika/srs/ankiimport"
	"cika/srs/export"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

// The benchmarks import a package of about 10,000 notes whose cards were
// answered about 50,000 times on the phone, into the collection it was
// exported from (5,000 cards with two answers in cika before the export,
// which come back and are recognised). Time the whole command on the same
// files with
//
//	go test ./srs/ankiimport -run TestWriteImportFixture -importdir /tmp/imp
//	go build -o /tmp/cika ./cmd/cika
//	cp /tmp/imp/c.db /tmp/imp/run.db
//	/usr/bin/time -f "%e s wall %U s user %M KB" /tmp/cika --db /tmp/imp/run.db import anki /tmp/imp/phone.apkg
var importDir = flag.String("importdir", "", "TestWriteImportFixture writes c.db and phone.apkg to this directory")

func TestWriteImportFixture(t *testing.T) {
	if *importDir == "" {
		t.Skip("give -importdir DIR")
	}
	if err := writeFixture(t, *importDir); err != nil {
		t.Fatal(err)
	}
}

// writeFixture writes dir/c.db, the collection, and dir/phone.apkg, its
// export answered on the phone.
func writeFixture(t testing.TB, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, "c.db")
	os.Remove(path)
	db, err := store.Open(path, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := storetest.Fill(db, storetest.Synthetic{Sentences: 20_000, Documents: 4, Vocabulary: 12_000, Seed: 1}); err != nil {
		return err
	}
	var keys []store.CardKey
	db.Words(func(w cards.Word) bool {
		if w.Taught() {
			for _, k := range cards.Kinds {
				keys = append(keys, store.CardKey{Word: w.ID(), Kind: k})
			}
		}
		return true
	})
	// Two answers in cika for the first 5,000 cards.
	sched := scheduler(t, db)
	t1 := time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC)
	var as []store.Answered
	for i, k := range keys[:min(5000, len(keys))] {
		c := srs.NewCard(t1)
		c.Seed = srs.SeedOf(k.String())
		stored, err := db.Card(k)
		if err != nil {
			return err
		}
		c.Due = stored.Due
		at := t1.Add(time.Duration(i) * time.Second)
		a1, l1 := sched.Schedule(c, srs.Good, at)
		a2, l2 := sched.Schedule(a1, srs.Good, at.Add(10*time.Minute+time.Duration(i%7)*time.Second))
		l1.Duration, l2.Duration = 3*time.Second, 2*time.Second
		as = append(as, store.Answered{Card: k, After: a1, Log: l1}, store.Answered{Card: k, After: a2, Log: l2})
	}
	if err := db.AnswerAll(as); err != nil {
		return err
	}
	x, err := export.Read(db, export.Options{WithProgress: true})
	if err != nil {
		return err
	}
	apkg := filepath.Join(dir, "cika.apkg")
	if err := x.WriteAPKG(apkg, "", time.Date(2026, 1, 3, 12, 0, 0, 0, time.UTC)); err != nil {
		return err
	}
	return answerOnPhone(apkg, filepath.Join(dir, "phone.apkg"), time.Date(2026, 1, 4, 8, 0, 0, 0, time.UTC))
}

// answerOnPhone gives each card of the package 2 or 3 answers (2.5 on
// average), three days apart from start, and writes the package again.
func answerOnPhone(in, out string, start time.Time) error {
	zr, err := zip.OpenReader(in)
	if err != nil {
		return err
	}
	rc, err := zr.File[0].Open() // collection.anki2
	if err != nil {
		return err
	}
	raw, err := io.ReadAll(rc)
	rc.Close()
	zr.Close()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "cika-phone-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	path := filepath.Join(tmp, "collection.anki21")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		return err
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(off)&_pragma=synchronous(off)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var ids []int64
	rows, err := db.Query(`SELECT id FROM cards ORDER BY id`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	ins, err := tx.Prepare(`INSERT INTO revlog VALUES (?, ?, -1, ?, 3, 1, 2500, 4000, 1)`)
	if err != nil {
		return err
	}
	for i, id := range ids {
		n := 2 + i%2
		for j := range n {
			at := start.AddDate(0, 0, 3*j).Add(time.Duration(i) * time.Second)
			ease := 3
			switch {
			case (i+j)%7 == 0:
				ease = 1
			case (i+j)%11 == 0:
				ease = 2
			case (i+j)%13 == 0:
				ease = 4
			}
			if _, err := ins.Exec(at.UnixMilli(), id, ease); err != nil {
				return err
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	if raw, err = os.ReadFile(path); err != nil {
		return err
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, m := range []struct {
		name string
		data []byte
	}{{"collection.anki21", raw}, {"meta", []byte{0x08, 0x02}}, {"media", []byte("{}")}} {
		w, err := zw.Create(m.name)
		if err != nil {
			return err
		}
		w.Write(m.data)
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}

var (
	fixtureOnce sync.Once
	fixtureDir  string
	fixtureErr  error
)

func fixture(b *testing.B) (db, apkg string) {
	b.Helper()
	fixtureOnce.Do(func() {
		if fixtureDir, fixtureErr = os.MkdirTemp("", "cika-import-bench-"); fixtureErr == nil {
			fixtureErr = writeFixture(b, fixtureDir)
		}
	})
	if fixtureErr != nil {
		b.Fatal(fixtureErr)
	}
	return filepath.Join(fixtureDir, "c.db"), filepath.Join(fixtureDir, "phone.apkg")
}

// BenchmarkReadPackage10k reads the package: unzip, SQLite, every row.
func BenchmarkReadPackage10k(b *testing.B) {
	_, apkg := fixture(b)
	var p *anki.Package
	c0 := cputime.Used()
	for b.Loop() {
		var err error
		if p, err = anki.ReadPackage(apkg); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cputime.Used()-c0).Milliseconds())/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(len(p.Notes)), "notes")
	b.ReportMetric(float64(len(p.Revlog)), "revlog")
}

// BenchmarkImport10k is the whole import into a fresh copy of the
// collection each time: read the package, match, merge, replay, write.
func BenchmarkImport10k(b *testing.B) {
	src, apkg := fixture(b)
	raw, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "run.db")
	var rep *ankiimport.Report
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		if err := os.WriteFile(path, raw, 0o600); err != nil {
			b.Fatal(err)
		}
		db, err := store.Open(path, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c0 := cputime.Used()
		p, err := anki.ReadPackage(apkg)
		if err != nil {
			b.Fatal(err)
		}
		if rep, err = ankiimport.Import(db, p, ankiimport.Options{Location: time.UTC}); err != nil {
			b.Fatal(err)
		}
		cpu += cputime.Used() - c0
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(rep.Matched), "notes")
	b.ReportMetric(float64(rep.Added), "added")
	b.ReportMetric(float64(rep.Present), "present")
}
