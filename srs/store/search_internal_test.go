package store

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/cards/pinyin"
)

const docSearch = "超级智能来了。\tSuperintelligence is coming.\n" +
	"我們的銀行是超级银行\tOur bank is a super bank.\n" +
	"他们在手臂农场工作\tThey work at the arm farm.\n" +
	"超级智能的公司\tthe superintelligence company\n" +
	"农场的手臂\tThe farm's arm.\n"

func searchDB(t testing.TB) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	pairs, doc, err := corpus.Read("s.tsv", strings.NewReader(docSearch))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	return db, path
}

type hit struct {
	pos   uint32
	spans [][2]int
	whole bool
}

func hits(t *testing.T, s Search, err error) []hit {
	if err != nil {
		t.Fatal(err)
	}
	var out []hit
	for _, f := range s.Found {
		out = append(out, hit{f.Key.Pos, f.Spans, f.Whole})
	}
	return out
}

// searchCases are what TestSearch and TestMigrateSentenceTerms expect.
func checkSearches(t *testing.T, db *DB) {
	t.Helper()
	for _, tc := range []struct {
		zh   []string
		en   string
		want []hit
	}{
		{zh: []string{"超级智能"}, want: []hit{{0, [][2]int{{0, 4}}, true}, {3, [][2]int{{0, 4}}, true}}},
		// A traditional sentence is found by the simplified text.
		{zh: []string{"银行"}, want: []hit{{1, [][2]int{{3, 5}, {8, 10}}, true}}},
		{zh: []string{"级银"}, want: []hit{{1, [][2]int{{7, 9}}, false}}},
		{zh: []string{"手臂农场"}, want: []hit{{2, [][2]int{{3, 7}}, true}}},
		{zh: []string{"农场手臂"}},
		{zh: []string{"智"}},
		{en: "arm farm", want: []hit{{2, [][2]int{{17, 25}}, true}, {4, [][2]int{{4, 14}}, false}}},
		{en: "Superintelligence", want: []hit{{0, [][2]int{{0, 17}}, true}, {3, [][2]int{{4, 21}}, true}}},
		{en: "banks", want: []hit{{1, [][2]int{{4, 8}, {20, 24}}, true}}},
		{en: "the"},
	} {
		var s Search
		var err error
		if tc.zh != nil {
			s, err = db.SearchChinese(tc.zh, 0)
		} else {
			s, err = db.SearchEnglish(tc.en, 0)
		}
		got := hits(t, s, err)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q%q: %+v, want %+v", tc.zh, tc.en, got, tc.want)
		}
	}
	s, err := db.SearchChinese([]string{"超级"}, 1)
	if err != nil || len(s.Found) != 1 || !s.More {
		t.Errorf("limit 1: %+v %v", s, err)
	}
}

func TestSearch(t *testing.T) {
	db, _ := searchDB(t)
	checkSearches(t, db)
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}

	ps, err := db.Segment("智能銀行")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		id := "-"
		if p.Word != nil {
			id = p.Word.ID()
		}
		got = append(got, p.Text+"="+id)
	}
	if want := []string{"智能=智能 zhi4 neng2", "銀行=银行 yin2 hang2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Segment: %q, want %q", got, want)
	}
	if s := Simplified(ps); s != "智能银行" {
		t.Errorf("Simplified: %s", s)
	}
	if ps, _ := db.Segment("手臂农场"); len(ps) != 4 || ps[0].Word != nil {
		t.Errorf("Segment of no words: %+v", ps)
	}

	for q, want := range map[string][]string{
		"chaoji zhineng":    {"超级智能"},
		"chao1ji2zhi4neng2": {"超级智能"},
		"chao2ji2 zhineng":  nil,
		"yinhang":           {"银行"},
	} {
		pq, ok := pinyin.ParseQuery(q)
		if !ok {
			t.Fatalf("%s: not pinyin", q)
		}
		spellings, err := db.SpellPinyin(pq, 5)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sp := range spellings {
			got = append(got, Simplified(sp))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("SpellPinyin(%s) = %q, want %q", q, got, want)
		}
	}
}

// A collection of schema 9 or 10 gets its sentence index when opened, built
// in several Updates; a build cut short leaves the old schema, and the next
// open builds it again. Check finds an entry naming a sentence that lacks
// its term.
func TestMigrateSentenceTerms(t *testing.T) {
	defer func(b, c int) { buildBatch, buildChunk, buildStepped = b, c, nil }(buildBatch, buildChunk)
	buildBatch, buildChunk = 2, 3 // several batches, several Updates
	db, path := searchDB(t)
	// The pending batches of a killed mine stay pending.
	seq, err := db.BeginDocument("p.tsv", time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	pairs, _, err := corpus.Read("p.tsv", strings.NewReader(docSearch))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AddSentences(seq, cards.NewMiner(cardstest.Small()).Add(pairs, nil)); err != nil {
		t.Fatal(err)
	}
	var want map[string]string
	db.bolt.View(func(tx *bolt.Tx) error { want = dump(tx, bucketSentIndex); return nil })
	for _, version := range []uint64{9, 10} {
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			for _, name := range [][]byte{bucketSentIndex, bucketSentStage, bucketFormChars} {
				if err := tx.DeleteBucket(name); err != nil {
					return err
				}
			}
			if version == 10 {
				b, err := tx.CreateBucket(bucketSentTerms10)
				if err != nil {
					return err
				}
				if err := b.Put([]byte("schema 10 key"), nil); err != nil {
					return err
				}
			}
			return tx.Bucket(bucketMeta).Put(keyVersion, u64(version))
		})
		if err != nil {
			t.Fatal(err)
		}
		db.Close()

		// Killed after three Updates of the build: the old schema, with a
		// half-built index it does not know.
		steps := 0
		buildStepped = func() error {
			if steps++; steps == 3 {
				return errors.New("killed")
			}
			return nil
		}
		if _, err := Open(path, nil); err == nil || !strings.Contains(err.Error(), "killed") {
			t.Fatalf("schema %d, build killed: %v", version, err)
		}
		buildStepped = nil
		raw, err := bolt.Open(path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		raw.View(func(tx *bolt.Tx) error {
			if v := tx.Bucket(bucketMeta).Get(keyVersion); !bytes.Equal(v, u64(version)) {
				t.Errorf("after a killed build: version %x, want %d", v, version)
			}
			if version == 10 && tx.Bucket(bucketSentTerms10) == nil {
				t.Errorf("after a killed build: schema 10's index is gone")
			}
			return nil
		})
		raw.Close()

		db, err = Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Check(); err != nil {
			t.Fatalf("after migration from %d: %v", version, err)
		}
		checkSearches(t, db)
		db.bolt.View(func(tx *bolt.Tx) error {
			if got := dump(tx, bucketSentIndex); !reflect.DeepEqual(got, want) {
				t.Errorf("from %d: index %v, want %v", version, got, want)
			}
			if tx.Bucket(bucketSentTerms10) != nil {
				t.Errorf("from %d: schema 10's index is left", version)
			}
			if stageOf(tx, seq) == nil {
				t.Errorf("from %d: the pending document lost its batches", version)
			}
			return nil
		})
	}
	if n, err := db.RollBack(); n != 1 || err != nil {
		t.Fatalf("RollBack: %d, %v", n, err)
	}
	if err := db.Check(); err != nil {
		t.Fatalf("after rolling back: %v", err)
	}

	err = db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSentIndex).Put(indexKey(nil, []byte("银行"), 1), appendPositions(nil, []uint32{1, 4}))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Check(); err == nil || !strings.Contains(err.Error(), "lacks") {
		t.Errorf("Check of a wrong entry: %v", err)
	}
}

// dump is a bucket's keys and values, as text.
func dump(tx *bolt.Tx, name []byte) map[string]string {
	m := map[string]string{}
	tx.Bucket(name).ForEach(func(k, v []byte) error {
		m[fmt.Sprintf("%q", k)] = fmt.Sprintf("%x", v)
		return nil
	})
	return m
}

// A document mined in batches, its index merged a little at a time, gets
// the same index as one mined in one Update, whether the commit merges
// the rest or the merge is done (its batches then gone) before.
func TestMergeSentenceTerms(t *testing.T) {
	for _, steps := range []int{3, 1000} {
		t.Run(fmt.Sprint(steps), func(t *testing.T) { testMergeSentenceTerms(t, steps) })
	}
}

func testMergeSentenceTerms(t *testing.T, steps int) {
	db, _ := searchDB(t)
	var want map[string]string
	db.bolt.View(func(tx *bolt.Tx) error { want = dump(tx, bucketSentIndex); return nil })

	other, err := Open(filepath.Join(t.TempDir(), "b.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	seq, doc, mn := storeInBatches(t, other, "s.tsv", docSearch, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 2)
	indexPostings(t, other, seq, mn)
	merges := 0
	for done := false; !done && merges < steps; merges++ {
		if done, err = other.MergeSentenceTerms(seq, 1); err != nil {
			t.Fatal(err)
		}
		if err := other.Check(); err != nil {
			t.Fatalf("merging: %v", err)
		}
		if s, _ := other.SearchChinese([]string{"超级"}, 0); len(s.Found) != 0 {
			t.Errorf("a pending document is found: %+v", s.Found)
		}
	}
	if _, err := other.CommitDocument(seq, doc, mn.Mined(), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if err := other.Check(); err != nil {
		t.Fatalf("committed: %v", err)
	}
	checkSearches(t, other)
	other.bolt.View(func(tx *bolt.Tx) error {
		if got := dump(tx, bucketSentIndex); !reflect.DeepEqual(got, want) {
			t.Errorf("index %v, want %v", got, want)
		}
		if stageOf(tx, seq) != nil {
			t.Errorf("batches left after the commit")
		}
		return nil
	})
}

// A killed mine's batches go with their index entries, however the roll
// back is cut up, merged or not: every step leaves an index that matches
// the sentences, and none of the document's entries is left.
func TestRollBackSentenceTerms(t *testing.T) {
	for _, merges := range []int{0, 2, 1000} {
		db, _ := searchDB(t)
		seq, _, _ := storeInBatches(t, db, "p.tsv", strings.Repeat(docSearch, 3), time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), 4)
		for i := 0; i < merges; i++ {
			if done, err := db.MergeSentenceTerms(seq, 1); err != nil || done {
				break
			}
		}
		if err := db.Check(); err != nil {
			t.Fatalf("pending: %v", err)
		}
		if s, _ := db.SearchChinese([]string{"超级智能"}, 0); len(s.Found) != 2 {
			t.Errorf("pending sentences found: %+v", s.Found)
		}
		for done := false; !done; {
			err := db.bolt.Update(func(tx *bolt.Tx) (err error) {
				done, err = dropSentences(tx, seq, 3)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Check(); err != nil {
				t.Fatalf("%d merges, rolling back: %v", merges, err)
			}
		}
		db.bolt.View(func(tx *bolt.Tx) error {
			tx.Bucket(bucketSentIndex).ForEach(func(k, _ []byte) error {
				if _, s, _ := splitPostingKey(k); s == seq {
					t.Errorf("%d merges: entry %q left", merges, k)
				}
				return nil
			})
			if stageOf(tx, seq) != nil {
				t.Errorf("%d merges: batches left", merges)
			}
			return nil
		})
	}
}

// intersectPositions finds what every list has, as a plain intersection
// does, and stops when told.
func TestIntersectPositions(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 300; n++ {
		lists := make([][]uint32, 1+r.IntN(4))
		for i := range lists {
			for p := uint32(r.IntN(5)); p < 200; p += uint32(1 + r.IntN(1+i*3)) {
				lists[i] = append(lists[i], p)
			}
		}
		var want []uint32
		for _, p := range lists[0] {
			all := true
			for _, l := range lists[1:] {
				_, found := slices.BinarySearch(l, p)
				all = all && found
			}
			if all {
				want = append(want, p)
			}
		}
		stop := 1 + r.IntN(len(want)+1)
		rs := make([]positionReader, len(lists))
		for i, l := range lists {
			rs[i] = positionReader{v: appendPositions(nil, l)}
		}
		var got []uint32
		more, err := intersectPositions(rs, func(p uint32) (bool, error) {
			got = append(got, p)
			return len(got) < stop, nil
		})
		if len(want) > stop {
			want = want[:stop]
		}
		if err != nil || !slices.Equal(got, want) || more != (len(got) < stop) {
			t.Fatalf("%v: %v more %v (%v), want %v", lists, got, more, err, want)
		}
	}
}

// A batch's value gives back its terms and positions, gaps of several
// bytes included.
func TestBatchEntries(t *testing.T) {
	want := map[string][]uint32{"a": {0}, "bank": {1, 2, 200, 70000}, "银行": {5, 5, 300000}}
	var v []byte
	for _, term := range []string{"a", "bank", "银行"} {
		v = appendBatchEntry(v, term, want[term])
	}
	got := map[string][]uint32{}
	for e := (batchEntries{b: v}); ; {
		ok, err := e.next()
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		if got[string(e.term)], err = positionsOf(e.pos); err != nil {
			t.Fatal(err)
		}
	}
	want["银行"] = []uint32{5, 300000} // a position once
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%v, want %v", got, want)
	}
	if _, err := (&batchEntries{b: v[:len(v)-1]}).next(); err != nil {
		t.Fatal(err) // the first entry is whole
	}
	e := batchEntries{b: v[:len(v)-1]}
	var err error
	for ok := true; ok && err == nil; ok, err = e.next() {
	}
	if err == nil {
		t.Error("a cut value reads without error")
	}
}

// LookupEnglish orders many matches by the bycount index
// (matchesByCount): the same words, counts, ranks and order as read one
// by one.
func TestLookupEnglishByCount(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "c.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	dict := cardstest.New(
		cardstest.Entry{Word: "大", Reading: "da4", Senses: []string{"big", "large"}},
		cardstest.Entry{Word: "巨大", Reading: "ju4 da4", Senses: []string{"huge", "very big"}},
		cardstest.Entry{Word: "大型", Reading: "da4 xing2", Senses: []string{"large-scale", "big (of a machine)"}},
		cardstest.Entry{Word: "高", Reading: "gao1", Senses: []string{"tall", "big (of a building)"}},
		cardstest.Entry{Word: "房子", Reading: "fang2 zi5", Senses: []string{"house", "building"}},
	)
	text := "大房子\tbig house\n巨大的大房子\ta huge big house\n大型房子\ta large building\n" +
		"高房子\ta tall house\n很大\tbig\n巨大\thuge\n"
	pairs, doc, err := corpus.Read("big.tsv", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(doc, cards.Mine(pairs, dict, nil), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	defer func(n int) { byCountOrder = n }(byCountOrder)
	for q, n := range map[string]int{"big": 4, "large": 2, "big building": 1, "house": 1, "small": 0} {
		byCountOrder = 1 << 30
		want, err := db.LookupEnglish(q)
		if err != nil || len(want) != n {
			t.Fatalf("%s: %d matches, %v; want %d", q, len(want), err, n)
		}
		byCountOrder = 0
		got, err := db.LookupEnglish(q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: by count %+v, one by one %+v", q, got, want)
		}
	}
}

// WordExamples reads what Word and Examples read.
func TestWordExamples(t *testing.T) {
	db, _ := searchDB(t)
	for _, id := range []string{"超级 chao1 ji2", "银行 yin2 hang2", "的 de5"} {
		for _, limit := range []int{0, 1} {
			w, ss, err := db.WordExamples(id, limit)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := db.Word(id)
			wantSS, _ := db.Examples(id, limit)
			if !reflect.DeepEqual(w, want) || !reflect.DeepEqual(ss, wantSS) || len(ss) == 0 {
				t.Errorf("%s %d: %+v %+v, want %+v %+v", id, limit, w, ss, want, wantSS)
			}
		}
	}
	if _, _, err := db.WordExamples("无 wu2", 1); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing word: %v", err)
	}
}

// TestPartsGiveZH checks partsGiveZH, which takes parts that spell ZH byte
// for byte without counting characters, against the count on sentences
// whose parts spell ZH, write it in other characters (traditional for
// simplified, of other lengths in bytes), leave out or add a character,
// or stop short of its end.
func TestPartsGiveZH(t *testing.T) {
	counted := func(s *cards.Sentence) bool {
		if len(s.Parts) == 0 {
			return false
		}
		n := 0
		for i := range s.Parts {
			n += utf8.RuneCountInString(s.Parts[i].Text)
		}
		return n == utf8.RuneCountInString(s.ZH)
	}
	pieces := []string{"银行", "銀行", "我", "们", "的", "a", "AI", "，", "。", " ", "𠀀", "é", "100", ""}
	r := rand.New(rand.NewPCG(1, 2))
	kinds := map[string]int{}
	for range 20000 {
		var parts []cards.Part
		var zh strings.Builder
		for range r.IntN(6) {
			p := pieces[r.IntN(len(pieces))]
			parts = append(parts, cards.Part{Text: p})
			zh.WriteString(p)
		}
		s := cards.Sentence{Pair: corpus.Pair{ZH: zh.String()}, Parts: parts}
		kind := "spelt"
		if len(parts) > 0 {
			switch r.IntN(5) {
			case 1: // another text of the same characters, or not
				i := r.IntN(len(parts))
				s.Parts = slices.Clone(parts)
				s.Parts[i].Text = pieces[r.IntN(len(pieces))]
				kind = "changed"
			case 2: // ZH longer than the parts
				s.ZH += pieces[r.IntN(len(pieces))]
				kind = "longer"
			case 3: // a part left out
				s.Parts = slices.Delete(slices.Clone(parts), 0, 1)
				kind = "left out"
			}
		}
		got, want := partsGiveZH(&s), counted(&s)
		if got != want {
			t.Fatalf("%q %v: partsGiveZH %v, want %v", s.ZH, s.Parts, got, want)
		}
		kinds[fmt.Sprint(kind, " ", want, " ", partsSpellZH(&s))]++
	}
	for _, k := range []string{"spelt true true", "changed true false", "changed false false", "longer true true", "longer false false", "left out false false", "left out true true"} {
		if kinds[k] == 0 {
			t.Errorf("no sentence %s (partsGiveZH, partsSpellZH): %v", k, kinds)
		}
	}
}

// TestTermCache checks the English terms batchTermsValue takes through its
// termCache against eachEnglishTerm's, text after text with one cache (and
// more distinct words than the cache holds, so that it starts again), on
// words of every case, with apostrophes, Latin-1 letters and stop words.
func TestTermCache(t *testing.T) {
	words := []string{"Banks", "banks", "BANK", "the", "The", "isn't", "'quoted'", "dog's", "Café", "naïve",
		"classes", "boxes", "cities", "bus", "is", "a", "I", "x", "2024", "e-mail", "don’t", "Über"}
	r := rand.New(rand.NewPCG(3, 4))
	var c termCache
	seps := []string{" ", ", ", ". ", "—", "\t", "3", "？"}
	for i := range 40000 {
		var b strings.Builder
		for range r.IntN(12) {
			w := words[r.IntN(len(words))]
			if r.IntN(4) == 0 {
				w += fmt.Sprint("z", i%20000) // new words: the cache fills up
			}
			b.WriteString(w)
			b.WriteString(seps[r.IntN(len(seps))])
		}
		text := b.String()
		if r.IntN(2) == 0 { // a word at the very end
			text = strings.TrimRightFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
		}
		var want, direct, got []string
		wordTerms(text, func(t string) { want = append(want, t) })
		eachEnglishTerm(text, func(t string) { direct = append(direct, t) })
		eachEnglishWord(text, func(w string) {
			if t := c.term(w); t != "" {
				got = append(got, t)
			}
		})
		if !slices.Equal(direct, want) {
			t.Fatalf("%q: terms %q, want %q", text, direct, want)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q: terms through the cache %q, want %q", text, got, want)
		}
	}
	if len(c) == 0 || len(c) > termCacheMax {
		t.Errorf("cache of %d words, want 1 to %d", len(c), termCacheMax)
	}
}

// wordTerms is eachEnglishTerm as it was before eachEnglishWord and the
// term cache, which TestTermCache holds them to.
func wordTerms(text string, fn func(string)) {
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if t := stem(lowerWord(text[start:end])); t != "" {
			fn(t)
		}
		start = -1
	}
	for i, r := range text {
		if unicode.IsLetter(r) && r <= unicode.MaxLatin1 || r == '\'' {
			if start < 0 {
				start = i
			}
		} else {
			flush(i)
		}
	}
	flush(len(text))
}
