package store

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/corpus"
	"cika/srs"
)

func TestMigrationsCoverVersion(t *testing.T) {
	if len(migrations) != Version {
		t.Fatalf("%d migrations for schema version %d", len(migrations), Version)
	}
}

func TestNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.bolt.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keyVersion, u64(Version+1)) })
	db.Close()
	for _, ro := range []bool{false, true} {
		if _, err := Open(path, &Options{ReadOnly: ro}); !errors.Is(err, ErrNewerSchema) {
			t.Errorf("read-only %v: %v", ro, err)
		}
	}
}

// A read-only open of a file that needs upgrading upgrades it first.
func TestReadOnlyUpgrades(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	b.Close() // an empty bbolt file: schema 0
	db, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _ := db.version(); v != Version {
		t.Errorf("version %d", v)
	}
}

func TestCodec(t *testing.T) {
	w := cards.Word{Word: "银行", Trad: "銀行", Reading: "yin2 hang2", Gloss: "bank",
		Met: []cards.Sense{{Gloss: "bank", Count: 3}, {Gloss: "row", Count: 1}}, Senses: []string{"bank", "row"}, Count: 4, Pairs: 3,
		First: cards.Origin{Doc: "a.txt", Line: 7}, Name: true}
	got, err := decodeWord(encodeWord(&w))
	if err != nil || !reflect.DeepEqual(got, w) {
		t.Errorf("word round trip: %+v %v", got, err)
	}
	head := w
	head.Met, head.Senses = nil, nil
	if got, err := decodeWordHead(encodeWord(&w)); err != nil || !reflect.DeepEqual(got, head) {
		t.Errorf("word without senses: %+v %v", got, err)
	}
	s := cards.Sentence{Pair: corpus.Pair{ZH: "银行。", EN: "Bank.", Source: corpus.Source{Line: 3, Pos: 2,
		Speaker: "Speaker 1", Cue: 4, Start: time.Second, End: 2 * time.Second, Attribution: "x"}},
		Parts: []cards.Part{{Text: "銀行", Word: "银行", Reading: "yin2 hang2", Gloss: "bank"}, {Text: "。"}}}
	gs, err := decodePair(encodePair(&s))
	if err != nil || !reflect.DeepEqual(gs, s) {
		t.Errorf("pair round trip: %+v %v", gs, err)
	}
	// reused is decoded into again and again (decodePairInto, as a search
	// does): nothing of the sentence before is left, source or parts.
	reused := gs
	// Parts that give the sentence back (as the analysis makes them) are
	// stored as lengths; a word that is its text is not repeated.
	for _, s := range []cards.Sentence{
		{Pair: corpus.Pair{ZH: "我的銀行 OK。", EN: "My bank, OK."}, Parts: []cards.Part{
			{Text: "我", Word: "我", Reading: "wo3", Gloss: "I; me"}, {Text: "的", Word: "的", Reading: "de5"},
			{Text: "銀行", Word: "银行", Reading: "yin2 hang2", Gloss: "bank"}, {Text: " "}, {Text: "OK"}, {Text: "。"}}},
		{Pair: corpus.Pair{ZH: "银行", EN: "bank"}, Parts: []cards.Part{{Text: "银"}, {Text: "行"}, {Text: "x"}}},
		{Pair: corpus.Pair{ZH: "银行", EN: "bank"}, Parts: []cards.Part{{Text: "银行", Word: "银行", Gloss: "bank"}}},
		{Pair: corpus.Pair{ZH: "", EN: "bank"}, Parts: []cards.Part{{Text: ""}}},
	} {
		raw := encodePair(&s)
		if gs, err := decodePair(raw); err != nil || !reflect.DeepEqual(gs, s) {
			t.Errorf("pair round trip: %+v %v", gs, err)
		}
		if v1 := encodePairV1(&s); len(raw) >= len(v1) && s.ZH == "我的銀行 OK。" {
			t.Errorf("codecV2 record of %d bytes, codecV1 %d", len(raw), len(v1))
		}
		// Records written before schema 4 still read.
		if gs, err := decodePair(encodePairV1(&s)); err != nil || !reflect.DeepEqual(gs, s) {
			t.Errorf("codecV1 pair: %+v %v", gs, err)
		}
		for _, raw := range [][]byte{raw, encodePairV1(&s)} {
			if err := decodePairInto(string(raw), &reused); err != nil || !reflect.DeepEqual(reused, s) {
				t.Errorf("pair decoded into a used sentence: %+v %v", reused, err)
			}
		}
	}
	// A record from before the last fields existed decodes them as zero.
	full := encodeWord(&w)
	old, err := decodeWord(full[:len(full)-1])
	if err != nil || old.Name || old.First.Line != 7 {
		t.Errorf("short record: %+v %v", old, err)
	}
	for _, bad := range [][]byte{nil, {9}, {codecV1, 200}, append([]byte{codecV1}, 0x7f)} {
		if _, err := decodeWord(bad); err == nil {
			t.Errorf("decoded %x", bad)
		}
	}
}

func TestTimeKey(t *testing.T) {
	times := []time.Time{{}, time.Unix(0, 0), time.Date(2026, 1, 1, 0, 0, 0, 1, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tm := range times {
		if got := keyTime(timeKey(tm)); !got.Equal(tm) {
			t.Errorf("%v round trips to %v", tm, got)
		}
		if i > 0 && string(timeKey(times[i-1])) >= string(timeKey(tm)) {
			t.Errorf("%v does not sort before %v", times[i-1], tm)
		}
	}
}

// Decoding never panics, whatever the bytes, and what encodes decodes back.
func FuzzDecode(f *testing.F) {
	w := cards.Word{Word: "银行", Reading: "yin2 hang2", Met: []cards.Sense{{Gloss: "bank", Count: 1}}, Senses: []string{"bank"}}
	f.Add(encodeWord(&w))
	s := cards.Sentence{Pair: corpus.Pair{ZH: "银行", EN: "bank"}, Parts: []cards.Part{{Text: "银行", Word: "银行"}}}
	f.Add(encodePair(&s))
	f.Add([]byte{codecV1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		if w, err := decodeWord(b); err == nil {
			if back, err := decodeWord(encodeWord(&w)); err != nil || back.ID() != w.ID() || back.Count != w.Count {
				t.Fatalf("word %+v round trips to %+v, %v", w, back, err)
			}
		}
		if s, err := decodePair(b); err == nil {
			if back, err := decodePair(encodePair(&s)); err != nil || back.ZH != s.ZH || len(back.Parts) != len(s.Parts) {
				t.Fatalf("pair %+v round trips to %+v, %v", s, back, err)
			}
		}
	})
}

// Cards round-trip through their binary record, and JSON records of
// schema 3 and before still read.
func TestCardCodec(t *testing.T) {
	c := Card{Word: "银行 yin2 hang2", Kind: cards.Recall, Suspended: true,
		BuriedUntil: k0.Add(48 * time.Hour), Added: k0}
	c.Card = srs.Card{State: srs.Review, Stability: 12.345678901234, Difficulty: 5.5, Step: 1,
		Due: k0.Add(240 * time.Hour), LastReview: k0.Add(time.Hour), ScheduledDays: 9, Reps: 7, Lapses: -0, Seed: 1<<64 - 3}
	got, err := decodeCard(c.Key().bytes(), encodeCard(&c))
	if err != nil || !reflect.DeepEqual(got, c) {
		t.Errorf("binary: got %+v, %v\nwant %+v", got, err, c)
	}
	fresh := Card{Word: "我 wo3", Kind: cards.Recognition, Card: srs.Card{State: srs.New, Due: k0}, Added: k0}
	if got, err := decodeCard(fresh.Key().bytes(), encodeCard(&fresh)); err != nil || !reflect.DeepEqual(got, fresh) {
		t.Errorf("new card: got %+v, %v", got, err)
	}
	raw, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := decodeCard(c.Key().bytes(), raw); err != nil || !got.Due.Equal(c.Due) || got.Stability != c.Stability || got.Seed != c.Seed || !got.Suspended {
		t.Errorf("JSON: got %+v, %v", got, err)
	}
	if _, err := decodeCard(fresh.Key().bytes(), raw); !errors.Is(err, errCorrupt) {
		t.Errorf("JSON under another key: %v", err)
	}
	if _, err := decodeCard(c.Key().bytes(), encodeCard(&c)[:12]); !errors.Is(err, errCorrupt) {
		t.Errorf("truncated: %v", err)
	}
}

// encodePairV1 writes a sentence as cika wrote them before schema 4.
func encodePairV1(s *cards.Sentence) []byte {
	e := enc{b: []byte{codecV1}}
	e.str(s.ZH)
	e.str(s.EN)
	e.int(s.Line)
	e.int(s.Pos)
	e.str(s.Speaker)
	e.int(s.Cue)
	e.dur(s.Start)
	e.dur(s.End)
	e.str(s.Attribution)
	e.int(len(s.Parts))
	for _, p := range s.Parts {
		e.str(p.Text)
		e.str(p.Word)
		e.str(p.Reading)
		e.str(p.Gloss)
	}
	return e.b
}
