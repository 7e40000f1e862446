package ankiimport_test

import (
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/anki"
	"cika/srs"
	"cika/srs/ankiimport"
	"cika/srs/export"
	"cika/srs/review"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

const pairs = "我们是公司。\tWe are a company.\n这是银行。\tThis is the bank.\n谢谢你。\tThank you.\n智能银行。\tA smart bank.\n"

func day(d int, hhmm string) time.Time {
	t, err := time.Parse("15:04", hhmm)
	if err != nil {
		panic(err)
	}
	return t0.AddDate(0, 0, d).Truncate(24 * time.Hour).Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute)
}

func mined(t testing.TB) *store.DB {
	t.Helper()
	db := storetest.Open(t)
	storetest.Mine(t, db, "pairs.tsv", pairs, t0)
	return db
}

// scheduler is a review session's: the collection's settings, UTC days.
func scheduler(t testing.TB, db *store.DB) *srs.Scheduler {
	t.Helper()
	s, err := review.LoadScheduler(db)
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Parameters()
	if err != nil {
		t.Fatal(err)
	}
	sched, err := srs.NewScheduler(p, srs.RolloverDay(time.UTC, s.DayStartsAt))
	if err != nil {
		t.Fatal(err)
	}
	return sched
}

// answer is one answer, in cika or on the phone.
type answer struct {
	word  string // hanzi; the word is the collection's only one so written
	kind  cards.Kind
	grade srs.Grade
	at    time.Time
	took  time.Duration
}

func key(t testing.TB, db *store.DB, hanzi string, kind cards.Kind) store.CardKey {
	t.Helper()
	var id string
	db.Words(func(w cards.Word) bool {
		if w.Word == hanzi && w.Taught() {
			id = w.ID()
			return false
		}
		return true
	})
	if id == "" {
		t.Fatalf("no word %s", hanzi)
	}
	return store.CardKey{Word: id, Kind: kind}
}

// answerInCika answers as a review session does (store.Answer with the
// scheduler's log, the card seeded by its key).
func answerInCika(t testing.TB, db *store.DB, a answer) {
	t.Helper()
	k := key(t, db, a.word, a.kind)
	c, err := db.Card(k)
	if err != nil {
		t.Fatal(err)
	}
	if c.Seed == 0 {
		c.Seed = srs.SeedOf(k.String())
	}
	after, log := scheduler(t, db).Schedule(c.Card, a.grade, a.at)
	log.Duration = a.took
	if _, err := db.Answer(k, after, log); err != nil {
		t.Fatalf("answer %s at %s: %v", k, a.at, err)
	}
}

func guidOf(t testing.TB, db *store.DB, hanzi string) string {
	t.Helper()
	var g string
	db.Words(func(w cards.Word) bool {
		if w.Word == hanzi && w.Taught() {
			g = anki.GUID(w.Word, w.Reading)
			return false
		}
		return true
	})
	return g
}

func exportWithProgress(t testing.TB, db *store.DB, words ...string) string {
	t.Helper()
	x, err := export.Read(db, export.Options{WithProgress: true, Words: words})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "cika.apkg")
	if err := x.WriteAPKG(path, "", day(1, "12:00")); err != nil {
		t.Fatal(err)
	}
	return path
}

func importFile(t testing.TB, db *store.DB, path string, dry bool) *ankiimport.Report {
	t.Helper()
	p, err := anki.ReadPackage(path)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ankiimport.Import(db, p, ankiimport.Options{DryRun: dry, Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func fileSum(t testing.TB, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// TestRoundTrip is the learner's trip: mine, review in cika, export with
// progress, review on the phone (and a little more in cika meanwhile),
// import. Every card's state and log must be what answering the same
// sequence in cika gives; importing again changes nothing.
func TestRoundTrip(t *testing.T) {
	R, C := cards.Recognition, cards.Recall
	before := []answer{ // in cika, before the export
		{"银行", R, srs.Good, day(0, "10:00"), 4 * time.Second},
		{"我们", R, srs.Again, day(0, "10:01"), 9 * time.Second},
		{"公司", C, srs.Good, day(0, "10:02"), 3 * time.Second},
		{"银行", R, srs.Good, day(0, "10:10"), 2 * time.Second},
		{"我们", R, srs.Good, day(0, "10:11"), 5 * time.Second},
	}
	phoned := []answer{ // in AnkiDroid, after it
		{"这", C, srs.Good, day(2, "08:00"), 6 * time.Second},
		{"公司", C, srs.Good, day(2, "08:01"), 7 * time.Second},
		{"我们", R, srs.Good, day(2, "08:02"), 2500 * time.Millisecond},
		{"这", C, srs.Good, day(2, "08:12"), 3 * time.Second},
		{"银行", R, srs.Good, day(3, "21:30"), 1234 * time.Millisecond},
		{"这", C, srs.Easy, day(5, "07:45"), 2 * time.Second},
		{"我们", R, srs.Again, day(6, "19:00"), 20 * time.Second},
		{"我们", R, srs.Good, day(6, "19:10"), 4 * time.Second},
		{"银行", R, srs.Hard, day(9, "06:00"), 8 * time.Second},
	}
	after := []answer{ // in cika again, before the import (not in the package)
		{"公司", C, srs.Good, day(4, "09:00"), 3 * time.Second}, // after the phone's answer of day 2
		{"谢谢", R, srs.Good, day(3, "09:00"), 3 * time.Second},
	}

	db := mined(t)
	for _, a := range before {
		answerInCika(t, db, a)
	}
	apkg := exportWithProgress(t, db)
	ph := onPhone(t, apkg)
	for _, a := range phoned {
		ph.review(ph.card(guidOf(t, db, a.word), ord(a.kind)), int(a.grade), a.at.Add(123*time.Millisecond), a.took)
	}
	// Entries that are not answers: a manual reschedule, cramming.
	ph.log(ph.card(guidOf(t, db, "银行"), 1), 4, 0, 5, 0, day(7, "10:00"))
	ph.log(ph.card(guidOf(t, db, "银行"), 0), 3, 3, 0, 0, day(7, "10:05"))
	// 你: answered, reset (Anki's Forget), answered again: not merged.
	you := ph.card(guidOf(t, db, "你"), 0)
	ph.review(you, 3, day(2, "10:00"), time.Second)
	ph.log(you, 4, 0, 0, 0, day(3, "10:00"))
	ph.review(you, 3, day(4, "10:00"), time.Second)
	file := ph.export("phone.apkg")
	for _, a := range after {
		answerInCika(t, db, a)
	}

	dry := importFile(t, db, file, true)
	sum := fileSum(t, db.Path())
	rep := importFile(t, db, file, false)
	t.Logf("import: %s", reportText(rep))
	if fileSum(t, db.Path()) == sum {
		t.Fatal("the import changed nothing")
	}
	dry.DryRun = false
	if d, r := reportText(dry), reportText(rep); d != r {
		t.Errorf("dry run reported\n%s\nthe import\n%s", d, r)
	}
	if rep.Added != len(phoned) || rep.Present != len(before) || rep.Relogged != 1 || rep.NotAnswers != 3 ||
		rep.Answers != len(phoned)+len(before)+2 || len(rep.Cards) != 4 {
		t.Errorf("report: %s", reportText(rep))
	}
	if len(rep.Skipped) != 1 || !strings.Contains(rep.Skipped[0].Reason, "reset in Anki") || rep.Skipped[0].Answers != 2 ||
		rep.Skipped[0].Note != "你 nǐ" {
		t.Errorf("skipped: %+v", rep.Skipped)
	}

	// The same answers, all given in cika.
	want := mined(t)
	all := slices.Concat(before, after)
	for _, a := range phoned {
		a.at = a.at.Add(123 * time.Millisecond)
		all = append(all, a)
	}
	slices.SortStableFunc(all, func(a, b answer) int { return a.at.Compare(b.at) })
	for _, a := range all {
		answerInCika(t, want, a)
	}
	sameCollection(t, db, want)

	// Again: nothing to add, the file untouched.
	sum = fileSum(t, db.Path())
	again := importFile(t, db, file, false)
	if again.Added != 0 || again.Present != again.Answers-2 || len(again.Cards) != 0 || again.Relogged != 0 {
		t.Errorf("second import: %s", reportText(again))
	}
	if fileSum(t, db.Path()) != sum {
		t.Error("importing the same file again changed the collection")
	}
}

func ord(k cards.Kind) int {
	if k == cards.Recall {
		return 1
	}
	return 0
}

func reportText(r *ankiimport.Report) string {
	var b strings.Builder
	b.WriteString(strings.Join([]string{r.File, r.Collection}, " "))
	for _, c := range r.Cards {
		b.WriteString("\n  " + c.Word + " " + c.Card + " +" + itoa(c.Added) + " " + c.State + " " + c.Due.UTC().Format(time.RFC3339))
	}
	for _, s := range r.Skipped {
		b.WriteString("\n  skipped " + s.Note + " " + s.Card + " " + itoa(s.Answers) + ": " + s.Reason)
	}
	b.WriteString("\n  notes " + itoa(r.Notes) + " other " + itoa(r.OtherNotes) + " matched " + itoa(r.Matched) +
		" by reading " + itoa(r.ByReading) + " answers " + itoa(r.Answers) + " present " + itoa(r.Present) +
		" added " + itoa(r.Added) + " relogged " + itoa(r.Relogged) + " not answers " + itoa(r.NotAnswers))
	return b.String()
}

func itoa(n int) string { return strconv.Itoa(n) }

// sameCollection compares every card's state and the whole review log.
func sameCollection(t *testing.T, got, want *store.DB) {
	t.Helper()
	var ids []string
	want.Words(func(w cards.Word) bool {
		if w.Taught() {
			ids = append(ids, w.ID())
		}
		return true
	})
	for _, id := range ids {
		g, err := got.Cards(id)
		if err != nil {
			t.Fatal(err)
		}
		w, err := want.Cards(id)
		if err != nil {
			t.Fatal(err)
		}
		if len(g) != len(w) {
			t.Fatalf("%s: %d cards, want %d", id, len(g), len(w))
		}
		for i := range g {
			if !sameCard(g[i].Card, w[i].Card) || g[i].Suspended != w[i].Suspended {
				t.Errorf("%s: card\n%+v\nwant\n%+v", g[i].Key(), g[i].Card, w[i].Card)
			}
		}
	}
	logs := func(db *store.DB) []store.Review {
		var rs []store.Review
		db.Reviews(time.Time{}, func(r store.Review) bool { rs = append(rs, r); return true })
		return rs
	}
	g, w := logs(got), logs(want)
	if len(g) != len(w) {
		t.Fatalf("%d reviews, want %d", len(g), len(w))
	}
	for i := range g {
		a, b := g[i], w[i]
		if a.ID.Card != b.ID.Card || !a.ID.Time.Equal(b.ID.Time) || a.Grade != b.Grade || !a.Time.Equal(b.Time) ||
			a.ElapsedDays != b.ElapsedDays || a.ScheduledDays != b.ScheduledDays || a.Duration != b.Duration ||
			a.Retrievability != b.Retrievability || !sameCard(a.Before, b.Before) || !sameCard(a.After, b.After) {
			t.Errorf("review %d of %s at %s:\n%+v\nwant\n%+v", i, a.ID.Card, a.ID.Time, a.ReviewLog, b.ReviewLog)
		}
	}
}

func sameCard(a, b srs.Card) bool {
	return a.State == b.State && a.Stability == b.Stability && a.Difficulty == b.Difficulty &&
		a.Step == b.Step && a.Due.Equal(b.Due) && a.LastReview.Equal(b.LastReview) &&
		a.ScheduledDays == b.ScheduledDays && a.Reps == b.Reps && a.Lapses == b.Lapses && a.Seed == b.Seed
}

// TestNotesAddedInAnki: notes of cika's note type that cika did not write
// are matched by hanzi and reading when exactly one word fits, and
// otherwise reported, never guessed.
func TestNotesAddedInAnki(t *testing.T) {
	db := mined(t)
	apkg := exportWithProgress(t, db, "我们", "银行")
	ph := onPhone(t, apkg)
	smart := ph.addNote("智能", "zhìnéng")                         // in the collection, not exported: matched
	bye := ph.addNote("再见", "zàijiàn")                           // not in the collection
	wrong := ph.addNote("银行", "yínxíng")                         // a reading the collection does not have
	twice := ph.addNote("我们", "<b>wǒmen</b>")                    // the word of an exported note
	bare := ph.addNote("公司", "")                                 // no reading
	trad := ph.addNote("銀行<div class=ctx>x</div>", "yin2 hang2") // traditional, numeric: 银行, but taken
	for i, g := range []string{smart, bye, wrong, twice, bare, trad} {
		ph.review(ph.card(g, 0), 3, day(3, "10:00").Add(time.Duration(i)*time.Minute), time.Second)
	}
	rep := importFile(t, db, ph.export("phone.apkg"), false)
	if rep.Notes != 8 || rep.Matched != 2 || rep.ByReading != 1 || rep.Added != 1 {
		t.Errorf("report: %s", reportText(rep))
	}
	if len(rep.Cards) != 1 || rep.Cards[0].Word != "智能 zhi4 neng2" || rep.Cards[0].Card != "recognition" {
		t.Errorf("cards: %+v", rep.Cards)
	}
	reasons := map[string]string{}
	for _, s := range rep.Skipped {
		if s.Answers != 1 {
			t.Errorf("skipped %+v: want 1 answer", s)
		}
		reasons[s.GUID] = s.Reason
	}
	for g, want := range map[string]string{
		bye:   "no word 再见 with cards in the collection",
		wrong: "no word 银行 with this reading in the collection (it has 银行 yin2 hang2)",
		twice: "the same word (我们 wo3 men5) as note",
		bare:  "no Pinyin in the note",
		trad:  "the same word (银行 yin2 hang2) as note",
	} {
		if !strings.HasPrefix(reasons[g], want) {
			t.Errorf("note %s skipped for %q, want %q", g, reasons[g], want)
		}
	}
	if len(rep.Skipped) != 5 {
		t.Errorf("skipped: %+v", rep.Skipped)
	}
}

// TestBadFilesChangeNothing: a file that is not a package, or a package of
// other note types, is an error naming the file, and the collection stays
// byte for byte as it was.
func TestBadFilesChangeNothing(t *testing.T) {
	db := mined(t)
	answerInCika(t, db, answer{"银行", cards.Recognition, srs.Good, day(0, "10:00"), time.Second})
	apkg := exportWithProgress(t, db)
	sum := fileSum(t, db.Path())

	notZip := filepath.Join(t.TempDir(), "notes.apkg")
	os.WriteFile(notZip, []byte("银行\tbank\n"), 0o600)
	if _, err := anki.ReadPackage(notZip); err == nil || !strings.Contains(err.Error(), notZip) ||
		!errors.Is(err, anki.ErrNotPackage) {
		t.Errorf("not a zip: %v", err)
	}

	// Someone else's deck: the note type renamed, its fields too.
	ph := onPhone(t, apkg)
	ph.exec(`UPDATE col SET models = replace(replace(replace(models, '"cika word"', '"Basic"'), '"Hanzi"', '"Front"'), '1764460800001', '1500000000000')`)
	ph.exec(`UPDATE notes SET mid = 1500000000000`)
	ph.review(ph.card(guidOf(t, db, "银行"), 0), 3, day(3, "10:00"), time.Second)
	foreign := ph.export("basic.apkg")
	p, err := anki.ReadPackage(foreign)
	if err != nil {
		t.Fatal(err)
	}
	_, err = ankiimport.Import(db, p, ankiimport.Options{})
	if !errors.Is(err, ankiimport.ErrForeign) || !strings.Contains(err.Error(), foreign) || !strings.Contains(err.Error(), `"Basic"`) {
		t.Errorf("foreign package: %v", err)
	}
	if fileSum(t, db.Path()) != sum {
		t.Error("a failed import changed the collection")
	}
}

// TestWholeCollection: a .colpkg holds the learner's other decks too; their
// notes are counted and left alone, cika's are merged.
func TestWholeCollection(t *testing.T) {
	db := mined(t)
	ph := onPhone(t, exportWithProgress(t, db))
	ph.exec(`UPDATE col SET models = json_set(models, '$."1500000000000"', json(?))`,
		`{"id":1500000000000,"name":"Basic","flds":[{"name":"Front","ord":0},{"name":"Back","ord":1}],"tmpls":[{"name":"Card 1","ord":0}]}`)
	ph.exec(`INSERT INTO notes VALUES (1700000000000, 'spanish0001', 1500000000000, 0, -1, '', 'hola' || char(31) || 'hello', 'hola', 0, 0, '')`)
	ph.exec(`INSERT INTO cards VALUES (1700000000001, 1700000000000, 1, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')`)
	ph.review(1700000000001, 3, day(3, "10:00"), time.Second)
	ph.review(ph.card(guidOf(t, db, "银行"), 1), 3, day(3, "10:01"), time.Second)
	rep := importFile(t, db, ph.export("collection.colpkg"), false)
	if rep.OtherNotes != 1 || rep.Added != 1 || len(rep.Skipped) != 0 || rep.Answers != 1 {
		t.Errorf("report: %s", reportText(rep))
	}
}
