package anki

import (
	"crypto/sha1"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// The tests below follow ../shared/anki/APKG.md rule by rule.

func TestZipMembersAndMediaMap(t *testing.T) {
	p := writeTestAPKG(t, testNotes(), testOptions(true))
	got := keys(p.members)
	sort.Strings(got)
	if want := []string{"collection.anki2", "media"}; !reflect.DeepEqual(got, want) {
		t.Errorf("members = %v, want %v", got, want)
	}
	var media map[string]string
	if err := json.Unmarshal(p.members["media"], &media); err != nil {
		t.Fatalf("media is not a JSON map: %v (%q)", err, p.members["media"])
	}
	for member := range media {
		if _, ok := p.members[member]; !ok {
			t.Errorf("media lists member %q, which the zip lacks", member)
		}
	}
	if len(media) != 0 {
		t.Errorf("media = %v, want {} (cika writes no media)", media)
	}
}

func TestSchema11Tables(t *testing.T) {
	p := writeTestAPKG(t, testNotes(), testOptions(true))
	want := map[string][]string{
		"col":    {"id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"},
		"notes":  {"id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"},
		"cards":  {"id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "left", "odue", "odid", "flags", "data"},
		"revlog": {"id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"},
		"graves": {"usn", "oid", "type"},
	}
	for table, cols := range want {
		rows, err := p.db.Query("SELECT name FROM pragma_table_info(?)", table)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for rows.Next() {
			var c string
			rows.Scan(&c)
			got = append(got, c)
		}
		rows.Close()
		if !reflect.DeepEqual(got, cols) {
			t.Errorf("%s columns = %v, want %v", table, got, cols)
		}
	}
	var n, ver, graves int
	p.db.QueryRow("SELECT count(*), max(ver) FROM col").Scan(&n, &ver)
	if n != 1 || ver != 11 {
		t.Errorf("col: %d rows, ver %d; want 1 row, ver 11", n, ver)
	}
	p.db.QueryRow("SELECT count(*) FROM graves").Scan(&graves)
	if graves != 0 {
		t.Errorf("graves has %d rows, want none", graves)
	}
	var crt, mod, scm int64
	p.db.QueryRow("SELECT crt, mod, scm FROM col").Scan(&crt, &mod, &scm)
	if crt > testNow.Unix() || crt < testNow.Unix()-60*86400 {
		t.Errorf("crt = %d, want seconds shortly before %d", crt, testNow.Unix())
	}
	if mod != testNow.UnixMilli() || scm != testNow.UnixMilli() {
		t.Errorf("mod, scm = %d, %d; want %d ms", mod, scm, testNow.UnixMilli())
	}
}

func requireKeys(t *testing.T, what string, m map[string]any, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s: no %q key", what, k)
		}
	}
}

func TestColJSON(t *testing.T) {
	p := writeTestAPKG(t, testNotes(), testOptions(true))

	conf := p.colJSON(t, "conf")
	requireKeys(t, "conf", conf, "schedVer", "rollover", "creationOffset")
	if conf["schedVer"] != 2.0 || conf["rollover"] != 4.0 || conf["creationOffset"] != 0.0 {
		t.Errorf("conf schedVer, rollover, creationOffset = %v, %v, %v; want 2, 4, 0 (UTC)",
			conf["schedVer"], conf["rollover"], conf["creationOffset"])
	}

	models := p.colJSON(t, "models")
	if len(models) != 1 {
		t.Fatalf("models has %d note types, want 1", len(models))
	}
	for id, v := range models {
		m := v.(map[string]any)
		requireKeys(t, "model", m, "id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css")
		if id != "1764460800001" || m["id"] != 1764460800001.0 || m["type"] != 0.0 || m["name"] != NotetypeName {
			t.Errorf("model %s: id %v, type %v, name %v", id, m["id"], m["type"], m["name"])
		}
		var names []string
		for i, f := range m["flds"].([]any) {
			fm := f.(map[string]any)
			requireKeys(t, "field", fm, "name", "ord", "sticky", "rtl", "font", "size")
			if fm["ord"] != float64(i) {
				t.Errorf("field %v ord %v, want %d", fm["name"], fm["ord"], i)
			}
			names = append(names, fm["name"].(string))
		}
		if !reflect.DeepEqual(names, Fields) {
			t.Errorf("fields = %v, want %v", names, Fields)
		}
		tmpls := m["tmpls"].([]any)
		if len(tmpls) != 2 {
			t.Fatalf("%d templates, want 2", len(tmpls))
		}
		ref := regexp.MustCompile(`\{\{[#/^]?([^}]+)\}\}`)
		for i, tv := range tmpls {
			tm := tv.(map[string]any)
			requireKeys(t, "template", tm, "name", "ord", "qfmt", "afmt")
			if tm["ord"] != float64(i) || tm["name"] != []string{"Recognition", "Recall"}[i] {
				t.Errorf("template %d: name %v ord %v", i, tm["name"], tm["ord"])
			}
			// Every field a template names must exist, or Anki shows an error card.
			for _, side := range []string{"qfmt", "afmt"} {
				for _, mm := range ref.FindAllStringSubmatch(tm[side].(string), -1) {
					if mm[1] != "FrontSide" && !slices.Contains(Fields, mm[1]) {
						t.Errorf("template %v %s names unknown field %q", tm["name"], side, mm[1])
					}
				}
			}
		}
		for _, class := range []string{".t1", ".t2", ".t3", ".t4", ".t5", ".hl", "@media"} {
			if !strings.Contains(m["css"].(string), class) {
				t.Errorf("css lacks %s", class)
			}
		}
	}

	decks := p.colJSON(t, "decks")
	var names []string
	for id, v := range decks {
		d := v.(map[string]any)
		requireKeys(t, "deck "+id, d, "id", "name", "usn", "lrnToday", "revToday", "newToday",
			"timeToday", "collapsed", "dyn", "conf")
		names = append(names, d["name"].(string))
	}
	sort.Strings(names)
	if want := []string{"Chinese", "Chinese::cika", "Default"}; !reflect.DeepEqual(names, want) {
		t.Errorf("decks = %v, want %v", names, want)
	}

	dconf := p.colJSON(t, "dconf")
	var cika map[string]any
	for id, v := range dconf {
		c := v.(map[string]any)
		requireKeys(t, "dconf "+id, c, "id", "mod", "name", "usn", "maxTaken", "autoplay", "timer",
			"new", "rev", "lapse")
		requireKeys(t, "dconf new", c["new"].(map[string]any), "delays", "initialFactor", "ints", "order", "perDay")
		requireKeys(t, "dconf rev", c["rev"].(map[string]any), "ease4", "ivlFct", "maxIvl", "perDay")
		requireKeys(t, "dconf lapse", c["lapse"].(map[string]any), "delays", "leechAction", "leechFails", "minInt", "mult")
		if id != "1" {
			cika = c
		}
	}
	if cika == nil {
		t.Fatal("no cika preset in dconf")
	}
	w, _ := cika["fsrsParams6"].([]any)
	if len(w) != 21 || w[20] != 0.1542 || cika["desiredRetention"] != 0.9 {
		t.Errorf("preset fsrsParams6 = %v, desiredRetention = %v", cika["fsrsParams6"], cika["desiredRetention"])
	}
	for _, v := range decks {
		d := v.(map[string]any)
		if d["name"] != "Default" {
			if _, ok := dconf[jsonID(d["conf"])]; !ok {
				t.Errorf("deck %v uses preset %v, not in dconf", d["name"], d["conf"])
			}
		}
	}
}

func jsonID(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// ankiChecksum is Anki's csum computed here from the plain word.
func ankiChecksum(plain string) int64 {
	sum := sha1.Sum([]byte(plain))
	return int64(binary.BigEndian.Uint32(sum[:4]))
}

func TestNotes(t *testing.T) {
	notes := testNotes()
	p := writeTestAPKG(t, notes, testOptions(true))
	var modelID int64
	for id := range p.colJSON(t, "models") {
		json.Unmarshal([]byte(id), &modelID)
	}
	rows, err := p.db.Query("SELECT guid, mid, tags, flds, sfld, csum FROM notes ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	byGUID := map[string]Note{}
	for _, n := range notes {
		byGUID[GUID(n.Word, n.Reading)] = n
	}
	count := 0
	for rows.Next() {
		count++
		var guid, tags, flds, sfld string
		var mid, csum int64
		if err := rows.Scan(&guid, &mid, &tags, &flds, &sfld, &csum); err != nil {
			t.Fatal(err)
		}
		n, ok := byGUID[guid]
		if !ok {
			t.Errorf("note guid %q is no word's GUID", guid)
			continue
		}
		if mid != modelID {
			t.Errorf("%s: mid %d, want %d", n.Word, mid, modelID)
		}
		f := strings.Split(flds, "\x1f")
		if len(f) != len(Fields) {
			t.Errorf("%s: %d fields, note type has %d", n.Word, len(f), len(Fields))
			continue
		}
		if f[0] != n.Word || sfld != n.Word || csum != ankiChecksum(n.Word) {
			t.Errorf("%s: field0 %q sfld %q csum %d, want the word and %d", n.Word, f[0], sfld, csum, ankiChecksum(n.Word))
		}
		if !strings.HasPrefix(tags, " cika ") || !strings.HasSuffix(tags, " ") {
			t.Errorf("%s: tags %q, want \" cika ... \"", n.Word, tags)
		}
	}
	if count != len(notes) {
		t.Errorf("%d notes, want %d", count, len(notes))
	}

	var flds, tags string
	p.db.QueryRow("SELECT flds, tags FROM notes WHERE guid = ?", GUID("银行", "yin2 hang2")).Scan(&flds, &tags)
	want := []string{
		"银行", "yínháng", `<span class=t2>yín</span><span class=t2>háng</span>`, "bank",
		`我去<span class=hl>银行</span>取钱。`, "wǒ qù yínháng qǔqián.",
		"I&#39;m going to the bank to take out money.", "podcast.txt line 12", "銀行",
	}
	if got := strings.Split(flds, "\x1f"); !reflect.DeepEqual(got, want) {
		t.Errorf("银行 fields\n got %q\nwant %q", got, want)
	}
	if tags != " cika HSK3 corpus::podcast " {
		t.Errorf("银行 tags %q", tags)
	}
}

func TestEscaping(t *testing.T) {
	p := writeTestAPKG(t, testNotes(), testOptions(false))
	var flds, tags string
	if err := p.db.QueryRow("SELECT flds, tags FROM notes WHERE guid = ?", GUID("脚本", "jiao3 ben3")).Scan(&flds, &tags); err != nil {
		t.Fatal(err)
	}
	f := strings.Split(flds, "\x1f")
	if len(f) != len(Fields) {
		t.Fatalf("%d fields, want %d: a \\x1f in the text split a field", len(f), len(Fields))
	}
	all := strings.ToLower(flds)
	for _, bad := range []string{"<script", "<img", "<b>", "onerror=alert(1)>"} {
		if strings.Contains(all, bad) {
			t.Errorf("fields contain live markup %q: %q", bad, flds)
		}
	}
	if want := `他写了&lt;script&gt;alert(1)&lt;/script&gt;<span class=hl>脚本</span>。`; f[4] != want {
		t.Errorf("Sentence = %q, want %q", f[4], want)
	}
	if want := "&lt;img src=x onerror=alert(1)&gt;"; f[6] != want {
		t.Errorf("Translation = %q, want %q", f[6], want)
	}
	if want := "evil&lt;b&gt;file&lt;/b&gt;.txt line 1"; f[7] != want {
		t.Errorf("Source = %q, want %q", f[7], want)
	}
	if want := "script &amp; &#34;code&#34;"; f[3] != want {
		t.Errorf("Meaning = %q, want %q", f[3], want)
	}
	if tags != " cika my_tag " {
		t.Errorf("tags %q, want \" cika my_tag \"", tags)
	}
}

type card struct {
	id, nid, did, ord, typ, queue, due, ivl, factor, reps, lapses, left int64
	data                                                                string
}

func cardsOf(t *testing.T, p *pkg, word, reading string) []card {
	t.Helper()
	rows, err := p.db.Query(`SELECT c.id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, left, c.data
		FROM cards c JOIN notes n ON n.id = c.nid WHERE n.guid = ? ORDER BY ord`, GUID(word, reading))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []card
	for rows.Next() {
		var c card
		if err := rows.Scan(&c.id, &c.nid, &c.did, &c.ord, &c.typ, &c.queue, &c.due, &c.ivl, &c.factor,
			&c.reps, &c.lapses, &c.left, &c.data); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	if len(out) != 2 {
		t.Fatalf("%s: %d cards, want 2", word, len(out))
	}
	return out
}

func TestCardsWithProgress(t *testing.T) {
	p := writeTestAPKG(t, testNotes(), testOptions(true))
	var crt int64
	p.db.QueryRow("SELECT crt FROM col").Scan(&crt)
	// The earliest review is 2026-11-01 10:05 UTC; with the day starting at
	// 4 am, day 0 starts 2026-11-01 04:00 UTC.
	if want := at("2026-11-01 04:00").Unix(); crt != want {
		t.Errorf("crt = %d, want %d", crt, want)
	}
	deckID := int64(0)
	for id, v := range p.colJSON(t, "decks") {
		if v.(map[string]any)["name"] == "Chinese::cika" {
			json.Unmarshal([]byte(id), &deckID)
		}
	}
	// dayOf counts days since crt; crt is at the rollover hour, so whole
	// 86400 s periods are learner days (UTC has no DST).
	dayOf := func(ts time.Time) int64 { return (ts.Unix() - crt) / 86400 }

	bank := cardsOf(t, p, "银行", "yin2 hang2")
	rec, recall := bank[0], bank[1]
	if rec.did != deckID || recall.did != deckID {
		t.Errorf("cards in deck %d/%d, want %d", rec.did, recall.did, deckID)
	}
	if rec.typ != 2 || rec.queue != 2 || rec.ivl != 40 || rec.reps != 3 || rec.lapses != 0 {
		t.Errorf("review card = %+v, want type 2, queue 2, ivl 40, reps 3", rec)
	}
	if want := dayOf(at("2026-12-14 11:00")); rec.due != want || rec.due != 43 {
		t.Errorf("review due = %d, want day %d (43) after crt", rec.due, want)
	}
	var mem map[string]float64
	if err := json.Unmarshal([]byte(rec.data), &mem); err != nil {
		t.Fatalf("data %q: %v", rec.data, err)
	}
	if want := map[string]float64{"s": 40.2, "d": 2.117, "dr": 0.9, "decay": 0.1542,
		"lrt": float64(at("2026-11-04 11:00").Unix())}; !reflect.DeepEqual(mem, want) {
		t.Errorf("data = %v, want %v", mem, want)
	}
	if recall.typ != 1 || recall.queue != 1 || recall.due != at("2026-11-30 11:51").Unix() || recall.left != 2 {
		t.Errorf("learning card = %+v, want type 1, queue 1, due at unix seconds, 2 steps left", recall)
	}

	script := cardsOf(t, p, "脚本", "jiao3 ben3")
	if script[0].queue != -1 || script[0].typ != 2 {
		t.Errorf("suspended card = %+v, want type 2, queue -1", script[0])
	}
	if r := script[1]; r.typ != 3 || r.queue != 1 || r.lapses != 1 || r.left != 1 || r.due != at("2026-11-30 11:40").Unix() {
		t.Errorf("relearning card = %+v, want type 3, queue 1, 1 lapse, 1 step left", r)
	}

	for i, c := range cardsOf(t, p, "智能", "zhi4 neng2") {
		if c.typ != 0 || c.queue != 0 || c.due != 2 || c.ivl != 0 || c.data != "" {
			t.Errorf("new card %d = %+v, want type 0, queue 0, due = position 2", i, c)
		}
	}

	// A known word's cards are suspended whatever their state: the
	// reviewed one keeps its schedule and memory, the new one its position.
	known := cardsOf(t, p, "我们", "wo3 men5")
	if r := known[0]; r.typ != 2 || r.queue != -1 || r.ivl != 40 || r.reps != 3 || r.data == "" {
		t.Errorf("known word's review card = %+v, want type 2, queue -1, ivl 40, memory kept", r)
	}
	if r := known[1]; r.typ != 0 || r.queue != -1 || r.due != 4 {
		t.Errorf("known word's new card = %+v, want type 0, queue -1, due = position 4", r)
	}
	var tags string
	p.db.QueryRow("SELECT tags FROM notes WHERE guid = ?", GUID("我们", "wo3 men5")).Scan(&tags)
	if tags != " cika HSK1 corpus::podcast known " {
		t.Errorf("known word's tags %q, want \" cika HSK1 corpus::podcast known \"", tags)
	}
}

func TestCardsWithoutProgress(t *testing.T) {
	notes := testNotes()
	p := writeTestAPKG(t, notes, testOptions(false))
	for i, n := range notes {
		queue := int64(0)
		if n.Known {
			queue = -1 // suspended, progress or not
		}
		for _, c := range cardsOf(t, p, n.Word, n.Reading) {
			if c.typ != 0 || c.queue != queue || c.due != int64(i+1) || c.ivl != 0 || c.reps != 0 || c.data != "" {
				t.Errorf("%s card %d = %+v, want new in queue %d at position %d", n.Word, c.ord, c, queue, i+1)
			}
		}
	}
	if !notes[3].Known {
		t.Fatal("the fixture has no known word")
	}
	var revs int
	p.db.QueryRow("SELECT count(*) FROM revlog").Scan(&revs)
	if revs != 0 {
		t.Errorf("revlog has %d rows without progress", revs)
	}
	var crt int64
	p.db.QueryRow("SELECT crt FROM col").Scan(&crt)
	if want := at("2026-11-30 04:00").Unix(); crt != want {
		t.Errorf("crt = %d, want the export's day %d", crt, want)
	}
}

func TestRevlog(t *testing.T) {
	notes := testNotes()
	p := writeTestAPKG(t, notes, testOptions(true))
	bank := cardsOf(t, p, "银行", "yin2 hang2")
	type rev struct{ id, ease, ivl, lastIvl, factor, time, typ int64 }
	revsOf := func(cid int64) []rev {
		rows, err := p.db.Query("SELECT id, ease, ivl, lastIvl, factor, time, type FROM revlog WHERE cid = ? ORDER BY id", cid)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []rev
		for rows.Next() {
			var r rev
			rows.Scan(&r.id, &r.ease, &r.ivl, &r.lastIvl, &r.factor, &r.time, &r.typ)
			out = append(out, r)
		}
		return out
	}
	got := revsOf(bank[0].id)
	want := []rev{
		{at("2026-11-01 10:05").UnixMilli(), 3, -600, 0, 224, 4200, 0},
		{at("2026-11-01 10:16").UnixMilli(), 3, 3, -600, 224, 2000, 0},
		{at("2026-11-04 11:00").UnixMilli(), 3, 40, 3, 224, 3000, 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("revlog\n got %+v\nwant %+v", got, want)
	}
	// FSRS uses a card's history only if it starts with a learning entry.
	var cards, bad int
	p.db.QueryRow("SELECT count(DISTINCT cid) FROM revlog").Scan(&cards)
	p.db.QueryRow(`SELECT count(*) FROM revlog r WHERE r.id = (SELECT min(id) FROM revlog WHERE cid = r.cid)
		AND NOT (type = 0 AND ease > 0)`).Scan(&bad)
	if cards != 2 || bad != 0 {
		t.Errorf("%d cards with history, %d not starting with a learning entry", cards, bad)
	}
	if r := revsOf(bank[1].id); len(r) != 1 || r[0].ease != 1 || r[0].typ != 0 || r[0].ivl != -60 {
		t.Errorf("recall revlog = %+v", r)
	}
	if math.Round(((6.4133-1)/9+0.1)*1000) != float64(revsOf(bank[1].id)[0].factor) {
		t.Errorf("factor %d is not ((D-1)/9+0.1)*1000", revsOf(bank[1].id)[0].factor)
	}
}

func TestStableIdentities(t *testing.T) {
	ids := func(p *pkg) []string {
		rows, err := p.db.Query(`SELECT n.guid, n.id, c.ord, c.id FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.guid, c.ord`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var guid string
			var nid, ord, cid int64
			rows.Scan(&guid, &nid, &ord, &cid)
			out = append(out, guid+" "+jsonID(nid)+" "+jsonID(ord)+" "+jsonID(cid))
		}
		return out
	}
	first := ids(writeTestAPKG(t, testNotes(), testOptions(true)))
	// Later, without progress, in another order: the same identities.
	notes := testNotes()
	slices.Reverse(notes)
	opts := testOptions(false)
	opts.Now = testNow.Add(72 * time.Hour)
	second := ids(writeTestAPKG(t, notes, opts))
	if !reflect.DeepEqual(first, second) {
		t.Errorf("identities changed between exports\nfirst  %v\nsecond %v", first, second)
	}
	if len(first) != 8 {
		t.Fatalf("%d cards, want 8", len(first))
	}
	// Four words added in the same second still get distinct ids.
	cardIDs := map[string]bool{}
	for _, row := range first {
		cid := strings.Fields(row)[3]
		if cardIDs[cid] {
			t.Errorf("card id %s used twice", cid)
		}
		cardIDs[cid] = true
	}
	if GUID("银行", "yin2 hang2") == GUID("银行", "yin2 xing2") {
		t.Error("a word's readings share a guid")
	}
	if GUID("银行", " yin2  hang2 ") != GUID("银行", "yin2 hang2") {
		t.Error("guid depends on whitespace")
	}
}

func TestAddedIsCreationTime(t *testing.T) {
	p := writeTestAPKG(t, testNotes()[:1], testOptions(false))
	var nid int64
	p.db.QueryRow("SELECT id FROM notes").Scan(&nid)
	if added := at("2026-11-01 10:00").UnixMilli(); nid < added || nid >= added+1000 {
		t.Errorf("note id %d is not within the second the word was added (%d)", nid, added)
	}
}

func TestBadInput(t *testing.T) {
	good := testNotes
	for _, tc := range []struct {
		name   string
		notes  func() []Note
		opts   func(*Options)
		target error
		msg    string
	}{
		{"default deck", good, func(o *Options) { o.Deck = "default" }, ErrBadDeck, "Default"},
		{"empty deck part", good, func(o *Options) { o.Deck = "a:: ::b" }, ErrBadDeck, "empty part"},
		{"duplicate", func() []Note { n := good(); return append(n, n[1]) }, nil, ErrDuplicate, "note 5 (智能 zhi4 neng2)"},
		{"no word", func() []Note { return []Note{{Reading: "ma1"}} }, nil, ErrBadNote, "no word"},
		{"no reading", func() []Note { return []Note{{Word: "妈"}} }, nil, ErrBadNote, "no reading"},
		{"bad grade", func() []Note {
			n := good()
			n[0].Cards[0].Reviews[1].Grade = 0
			return n
		}, nil, ErrBadNote, "review 2 has grade 0"},
		{"two recall cards", func() []Note {
			n := good()
			n[0].Cards[0].Kind = Recall
			return n
		}, nil, ErrBadNote, "two recall cards"},
		{"no parameters", good, func(o *Options) { o.Parameters = Parameters{} }, ErrNoParameters, ""},
		{"19 weights", good, func(o *Options) { o.Parameters.W = fsrs6[:19] }, nil, "19 FSRS weights"},
		{"retention", good, func(o *Options) { o.Parameters.DesiredRetention = 1.5 }, nil, "desired retention"},
		{"no time", good, func(o *Options) { o.Now = time.Time{} }, nil, "no time"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.apkg")
			if err := os.WriteFile(path, []byte("previous export"), 0o644); err != nil {
				t.Fatal(err)
			}
			opts := testOptions(true)
			if tc.opts != nil {
				tc.opts(&opts)
			}
			err := WriteAPKG(path, tc.notes(), opts)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.target != nil && !errors.Is(err, tc.target) {
				t.Errorf("error %q is not %v", err, tc.target)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not say %q", err, tc.msg)
			}
			// The previous file is untouched and no temporary file is left.
			if b, _ := os.ReadFile(path); string(b) != "previous export" {
				t.Errorf("previous export changed to %q", b)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("directory holds %d entries, want only the previous export", len(entries))
			}
		})
	}
}

func TestWriteFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	if err := WriteAPKG(filepath.Join(dir, "missing", "out.apkg"), testNotes(), testOptions(true)); err == nil {
		t.Fatal("export into a missing directory succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left %d entries behind", len(entries))
	}
	// A successful export replaces the previous one and leaves no temporary file.
	path := filepath.Join(dir, "out.apkg")
	os.WriteFile(path, []byte("old"), 0o644)
	if err := WriteAPKG(path, testNotes(), testOptions(true)); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries after export, want 1", len(entries))
	}
	openAPKG(t, path)
}

func TestInterdayLearningStep(t *testing.T) {
	notes := testNotes()[1:2]
	c := Schedule{State: Learning, Step: 1, Stability: 3, Difficulty: 5,
		LastReview: at("2026-11-30 09:00"), Due: at("2026-12-01 09:00"), Reps: 2}
	notes[0].Cards = []CardState{{Kind: Recall, Card: c}}
	opts := testOptions(true)
	opts.Parameters.LearningSteps = []time.Duration{10 * time.Minute, 24 * time.Hour}
	p := writeTestAPKG(t, notes, opts)
	got := cardsOf(t, p, "智能", "zhi4 neng2")[1]
	if got.typ != 1 || got.queue != 3 || got.due != 1 || got.left != 1 {
		t.Errorf("day-learning card = %+v, want type 1, queue 3, due day 1, 1 step left", got)
	}
	var delays []any
	dconf := p.colJSON(t, "dconf")
	for id, v := range dconf {
		if id != "1" {
			delays = v.(map[string]any)["new"].(map[string]any)["delays"].([]any)
		}
	}
	if !reflect.DeepEqual(delays, []any{10.0, 1440.0}) {
		t.Errorf("learning steps in preset = %v, want [10 1440] minutes", delays)
	}
}

func TestTimeZoneDays(t *testing.T) {
	// A learner in Shanghai (UTC+8, day starting 4 am): a card due
	// 2026-12-02 03:00 local is still due on the learner's 2026-12-01.
	sh := time.FixedZone("CST", 8*3600)
	notes := testNotes()[1:2]
	c := Schedule{State: Review, Stability: 5, Difficulty: 5, ScheduledDays: 2,
		LastReview: time.Date(2026, 11, 29, 20, 0, 0, 0, sh), Due: time.Date(2026, 12, 2, 3, 0, 0, 0, sh), Reps: 3}
	notes[0].Cards = []CardState{{Kind: Recognition, Card: c}}
	opts := testOptions(true)
	opts.Now = time.Date(2026, 11, 30, 21, 0, 0, 0, sh)
	p := writeTestAPKG(t, notes, opts)
	var crt int64
	p.db.QueryRow("SELECT crt FROM col").Scan(&crt)
	if want := time.Date(2026, 11, 29, 4, 0, 0, 0, sh).Unix(); crt != want {
		t.Errorf("crt = %d, want %d (the learner's day of the last review)", crt, want)
	}
	if got := cardsOf(t, p, "智能", "zhi4 neng2")[0]; got.due != 2 {
		t.Errorf("due = day %d, want 2", got.due)
	}
	if off := p.colJSON(t, "conf")["creationOffset"]; off != -480.0 {
		t.Errorf("creationOffset = %v, want -480 (minutes west)", off)
	}
}

// TestIDsIndependentOfOrder: with many words added in the same second the
// ids collide and are moved; the result must not depend on the notes' order.
func TestIDsIndependentOfOrder(t *testing.T) {
	idsByGUID := func(notes []Note) map[string][3]int64 {
		e, err := prepare(Notes(notes), testOptions(false))
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][3]int64{}
		for i, g := range e.guids {
			out[g] = [3]int64{e.noteIDs[i], e.cardIDs[i][0], e.cardIDs[i][1]}
		}
		return out
	}
	notes := manyNotes(300)
	first := idsByGUID(notes)
	slices.Reverse(notes)
	if second := idsByGUID(notes); !reflect.DeepEqual(first, second) {
		t.Error("ids depend on the order of the notes")
	}
	seenNote, seenCard := map[int64]bool{}, map[int64]bool{}
	for _, ids := range first {
		if seenNote[ids[0]] || seenCard[ids[1]] || seenCard[ids[2]] {
			t.Fatalf("id used twice: %v", ids)
		}
		seenNote[ids[0]], seenCard[ids[1]], seenCard[ids[2]] = true, true, true
	}
}

// TestSchemaAsSQLiteKeepsIt checks that the collection's schema is the one
// SQLite itself makes of Anki's statements: the writer (sqlitefile) copies
// them into sqlite_master as given.
func TestSchemaAsSQLiteKeepsIt(t *testing.T) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range []string{colTable, notesTable, cardsTable, revlogTable, gravesTable} {
		if _, err := db.Exec(s + ";"); err != nil {
			t.Fatal(err)
		}
	}
	for _, x := range collectionIndexes {
		if _, err := db.Exec("\n" + x.sql + ";\n"); err != nil {
			t.Fatal(err)
		}
	}
	master := func(db *sql.DB) []string {
		rows, err := db.Query(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var typ, name, table, sql string
			if err := rows.Scan(&typ, &name, &table, &sql); err != nil {
				t.Fatal(err)
			}
			out = append(out, typ+" "+name+" "+table+"\n"+sql)
		}
		return out
	}
	want := master(db)
	got := master(writeTestAPKG(t, testNotes(), testOptions(true)).db)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sqlite_master:\n%s\nSQLite makes:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
