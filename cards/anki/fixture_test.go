package anki

import (
	"archive/zip"
	"database/sql"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fsrs6 are FSRS-6's default weights (../shared/fsrs/SPEC.md).
var fsrs6 = []float64{0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
	0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542}

var testNow = time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)

func at(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t
}

func testOptions(progress bool) Options {
	return Options{
		Deck:         "Chinese::cika",
		WithProgress: progress,
		Parameters:   Parameters{W: fsrs6, DesiredRetention: 0.9},
		Now:          testNow,
		Rollover:     4,
	}
}

// testNotes are a reviewed word, a new word, a word whose texts try to
// inject markup and break the field separator, and a word the learner knows
// (one card reviewed before it went on the known list).
func testNotes() []Note {
	learnt := Schedule{State: Learning, Step: 1, Stability: 2.3065, Difficulty: 2.1181,
		Due: at("2026-11-01 10:15"), LastReview: at("2026-11-01 10:05"), Reps: 1}
	graduated := Schedule{State: Review, Stability: 2.9, Difficulty: 2.1181,
		Due: at("2026-11-04 10:16"), LastReview: at("2026-11-01 10:16"), ScheduledDays: 3, Reps: 2}
	review := Schedule{State: Review, Stability: 40.2, Difficulty: 2.1173,
		Due: at("2026-12-14 11:00"), LastReview: at("2026-11-04 11:00"), ScheduledDays: 40, Reps: 3}
	recallLearning := Schedule{State: Learning, Step: 0, Stability: 0.212, Difficulty: 6.4133,
		Due: at("2026-11-30 11:51"), LastReview: at("2026-11-30 11:50"), Reps: 1}
	relearning := Schedule{State: Relearning, Step: 0, Stability: 1.7, Difficulty: 7.2,
		Due: at("2026-11-30 11:40"), LastReview: at("2026-11-30 11:30"), Reps: 5, Lapses: 1}
	return []Note{
		{
			Word: "银行", Trad: "銀行", Reading: "yin2 hang2", Meaning: "bank",
			Sentence: "我去银行取钱。", Highlight: Span{6, 12},
			SentencePinyin: "wǒ qù yínháng qǔqián.",
			Translation:    "I'm going to the bank to take out money.",
			Source:         "podcast.txt line 12", Tags: []string{"HSK3", "corpus::podcast"},
			Added: at("2026-11-01 10:00"),
			Cards: []CardState{
				{Kind: Recognition, Card: review, Reviews: []Answer{
					{Time: at("2026-11-01 10:05"), Grade: Good, Before: Schedule{State: New},
						After: learnt, Duration: 4200 * time.Millisecond},
					{Time: at("2026-11-01 10:16"), Grade: Good, Before: learnt, After: graduated,
						ScheduledDays: 3, Duration: 2 * time.Second},
					{Time: at("2026-11-04 11:00"), Grade: Good, Before: graduated, After: review,
						ScheduledDays: 40, Duration: 3 * time.Second},
				}},
				{Kind: Recall, Card: recallLearning, Reviews: []Answer{
					{Time: at("2026-11-30 11:50"), Grade: Again, Before: Schedule{State: New},
						After: recallLearning, Duration: 9 * time.Second},
				}},
			},
		},
		{
			Word: "智能", Reading: "zhi4 neng2", Meaning: "intelligent; intelligence",
			Sentence: "人工智能改变了一切。", SentencePinyin: "réngōng zhìnéng gǎibiàn le yīqiè.",
			Translation: "AI changed everything.", Source: "podcast.txt line 40",
			Tags: []string{"HSK5"}, Added: at("2026-11-01 10:00"),
		},
		{
			Word: "脚本", Reading: "jiao3 ben3", Meaning: `script & "code"`,
			Sentence:    "他写了<script>alert(1)</script>脚本\x1f。",
			Translation: "<img src=x onerror=alert(1)>",
			Source:      "evil\x1f<b>file</b>.txt line 1", Tags: []string{"my tag"},
			Added: at("2026-11-01 10:00"),
			Cards: []CardState{
				{Kind: Recognition, Card: review, Suspended: true},
				{Kind: Recall, Card: relearning},
			},
		},
		{
			Word: "我们", Reading: "wo3 men5", Meaning: "we; us",
			Sentence: "我们去银行。", SentencePinyin: "wǒmen qù yínháng.",
			Translation: "We go to the bank.", Source: "podcast.txt line 3",
			Tags: []string{"HSK1", "corpus::podcast"}, Known: true,
			Added: at("2026-11-01 10:00"),
			Cards: []CardState{{Kind: Recognition, Card: review}},
		},
	}
}

// pkg is an exported package opened for inspection.
type pkg struct {
	members map[string][]byte
	db      *sql.DB
}

// openAPKG reads a package the way Anki does: unzip it, parse the media map,
// open collection.anki2 with SQLite.
func openAPKG(t testing.TB, path string) *pkg {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	p := &pkg{members: map[string][]byte{}}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		p.members[f.Name] = b
	}
	col, ok := p.members["collection.anki2"]
	if !ok {
		t.Fatalf("no collection.anki2 in %v", keys(p.members))
	}
	dbPath := filepath.Join(t.TempDir(), "collection.anki2")
	if err := os.WriteFile(dbPath, col, 0o600); err != nil {
		t.Fatal(err)
	}
	p.db, err = sql.Open("sqlite", "file:"+dbPath+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.db.Close() })
	// The collection is written without SQLite (sqlitefile): SQLite must
	// find every page, b-tree and index entry sound.
	var ok2 string
	if err := p.db.QueryRow("PRAGMA integrity_check").Scan(&ok2); err != nil || ok2 != "ok" {
		t.Fatalf("%s: integrity_check: %s %v", path, ok2, err)
	}
	return p
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// col returns the JSON columns of the col row, decoded.
func (p *pkg) colJSON(t testing.TB, column string) map[string]any {
	t.Helper()
	var s string
	if err := p.db.QueryRow("SELECT " + column + " FROM col").Scan(&s); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatalf("col.%s: %v", column, err)
	}
	return m
}

func writeTestAPKG(t testing.TB, notes []Note, opts Options) *pkg {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.apkg")
	if err := WriteAPKG(path, notes, opts); err != nil {
		t.Fatal(err)
	}
	return openAPKG(t, path)
}
