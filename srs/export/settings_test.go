package export_test

import (
	"archive/zip"
	"database/sql"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"cika/srs"
	"cika/srs/export"
	"cika/srs/review"

	_ "modernc.org/sqlite" // reads the package's collection
)

// TestFollowsSettings: the package's deck preset and day carry the
// collection's scheduler settings (cika settings), not FSRS's defaults.
func TestFollowsSettings(t *testing.T) {
	db := small(t)
	s := review.DefaultScheduler()
	s.DesiredRetention, s.MaximumInterval, s.DayStartsAt = 0.85, 400, 6
	s.LearningSteps, s.RelearningSteps = "2m 15m 1h", "20m"
	w := srs.DefaultParameters().W
	w[0], w[20] = 0.5, 0.3
	s.Weights = w[:]
	if err := review.SaveScheduler(db, s); err != nil {
		t.Fatal(err)
	}
	x, err := export.Read(db, export.Options{WithProgress: true})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "out.apkg")
	if err := x.WriteAPKG(path, "", t0.Add(24*60*60*1e9)); err != nil {
		t.Fatal(err)
	}
	conf, dconf := colJSON(t, path)
	if conf["rollover"] != 6.0 {
		t.Errorf("rollover %v, want 6", conf["rollover"])
	}
	var preset map[string]any
	for _, c := range dconf {
		if c := c.(map[string]any); c["name"] == "cika: cika" {
			preset = c
		}
	}
	if preset == nil {
		t.Fatalf("no preset cika: cika in %v", dconf)
	}
	if preset["desiredRetention"] != 0.85 {
		t.Errorf("desired retention %v, want 0.85", preset["desiredRetention"])
	}
	var gotW []float64
	for _, v := range preset["fsrsParams6"].([]any) {
		gotW = append(gotW, v.(float64))
	}
	if !reflect.DeepEqual(gotW, w[:]) {
		t.Errorf("weights %v, want %v", gotW, w)
	}
	if got := preset["rev"].(map[string]any)["maxIvl"]; got != 400.0 {
		t.Errorf("maximum interval %v, want 400", got)
	}
	if got := preset["new"].(map[string]any)["delays"]; !reflect.DeepEqual(got, []any{2.0, 15.0, 60.0}) {
		t.Errorf("learning steps %v, want 2 15 60 minutes", got)
	}
	if got := preset["lapse"].(map[string]any)["delays"]; !reflect.DeepEqual(got, []any{20.0}) {
		t.Errorf("relearning steps %v, want 20 minutes", got)
	}
}

// colJSON opens a package's collection and returns its col row's conf and
// dconf.
func colJSON(t *testing.T, apkg string) (conf, dconf map[string]any) {
	t.Helper()
	z, err := zip.OpenReader(apkg)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	f, err := z.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	path := filepath.Join(t.TempDir(), "collection.anki2")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, f); err != nil {
		t.Fatal(err)
	}
	out.Close()
	sq, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	var c, d string
	if err := sq.QueryRow("SELECT conf, dconf FROM col").Scan(&c, &d); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(c), &conf); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(d), &dconf); err != nil {
		t.Fatal(err)
	}
	return conf, dconf
}
