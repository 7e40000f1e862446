package lookup_test

import (
	"flag"
	"reflect"
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/srs/lookup"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

const phrasePairs = "他们在手臂农场工作，我们的公司也在手臂农场。\tThey work at the arm farm, and so does our company.\n" +
	"超级智能来了。\tSuperintelligence is here.\n" +
	"这是超级智能公司的银行，你好。\tThis is the superintelligence company's bank, hello.\n" +
	"我们超级智能\tour superintelligence\n" +
	"手臂农场\tArm Farm\n" +
	"农场里的手臂\tThe arm in the farm\n"

func phraseCollection(t testing.TB) *store.DB {
	db := storetest.Open(t)
	storetest.Mine(t, db, "talk.tsv", phrasePairs, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	return db
}

// keys are the pair keys of a phrase's sentences, in the order shown.
func keys(p *lookup.Phrase) []string {
	var ks []string
	for _, s := range p.Sentences {
		ks = append(ks, s.Key)
	}
	return ks
}

func TestFindPhrase(t *testing.T) {
	db := phraseCollection(t)
	for _, tc := range []struct {
		query, by string
		limit     int
		text      string
		parts     []string // text=pinyin
		keys      []string
		count     int
	}{
		// Shortest first; every sentence has the phrase as words.
		{"超级智能", lookup.ByHanzi, 0, "超级智能", []string{"超级=chāojí", "智能=zhìnéng"}, []string{"1:1", "1:3", "1:2"}, 3},
		// Traditional characters find the same sentences.
		{"超级智能公司的銀行", lookup.ByHanzi, 0, "超级智能公司的银行",
			[]string{"超级=chāojí", "智能=zhìnéng", "公司=gōngsī", "的=de", "銀行=yínháng"}, []string{"1:2"}, 1},
		{"超级智能", lookup.ByHanzi, 1, "超级智能", []string{"超级=chāojí", "智能=zhìnéng"}, []string{"1:1"}, 3},
		{"手臂农场", lookup.ByHanzi, 0, "手臂农场", []string{"手=", "臂=", "农=", "场="}, []string{"1:4", "1:0"}, 2},
		{"chaoji zhineng", lookup.ByPinyin, 0, "超级智能", []string{"超级=chāojí", "智能=zhìnéng"}, []string{"1:1", "1:3", "1:2"}, 3},
		{"chāojí zhìnéng", lookup.ByPinyin, 0, "超级智能", []string{"超级=chāojí", "智能=zhìnéng"}, []string{"1:1", "1:3", "1:2"}, 3},
		// The words one after the other before the words apart.
		{"arm farm", lookup.ByEnglish, 0, "arm farm", nil, []string{"1:4", "1:0", "1:5"}, 3},
		{"superintelligence", lookup.ByEnglish, 0, "superintelligence", nil, []string{"1:1", "1:3", "1:2"}, 3},
	} {
		res, err := lookup.Find(db, tc.query, "", tc.limit)
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		p := res.Phrase
		if p == nil {
			t.Errorf("%s: no phrase", tc.query)
			continue
		}
		var parts []string
		for _, pt := range p.Parts {
			parts = append(parts, pt.Text+"="+pt.Pinyin)
		}
		if p.Text != tc.text || p.By != tc.by || !reflect.DeepEqual(parts, tc.parts) ||
			!reflect.DeepEqual(keys(p), tc.keys) || p.Count != tc.count || p.More || !res.Found() {
			t.Errorf("%s: %s by %s, parts %q, sentences %v, count %d more %v; want %s by %s, %q, %v, %d",
				tc.query, p.Text, p.By, parts, keys(p), p.Count, p.More, tc.text, tc.by, tc.parts, tc.keys, tc.count)
		}
	}

	// The highlight is where the phrase is, in the Chinese or the English.
	res, _ := lookup.Find(db, "手臂农场", "", 0)
	if s := res.Phrase.Sentences[1]; !reflect.DeepEqual(s.Highlight, [][2]int{{3, 7}, {17, 21}}) || !s.Whole {
		t.Errorf("highlight %v whole %v", s.Highlight, s.Whole)
	}
	res, _ = lookup.Find(db, "arm farm", "", 0)
	if s := res.Phrase.Sentences[2]; !reflect.DeepEqual(s.HighlightEN, [][2]int{{4, 7}, {15, 19}}) || s.Whole {
		t.Errorf("English highlight %v whole %v", s.HighlightEN, s.Whole)
	}
	if s := res.Phrase.Sentences[1]; !reflect.DeepEqual(s.HighlightEN, [][2]int{{17, 25}}) || !s.Whole {
		t.Errorf("English highlight %v whole %v", s.HighlightEN, s.Whole)
	}

	// A word is found as a word, not as a phrase; a phrase found nowhere
	// finds nothing.
	for _, q := range []string{"银行", "yinhang", "超级"} {
		if res, _ := lookup.Find(db, q, "", 0); res.Phrase != nil || !res.Found() {
			t.Errorf("%s: phrase %+v", q, res.Phrase)
		}
	}
	for _, q := range []string{"农场手臂", "farm arms robot", "chaoji yinhang"} {
		res, err := lookup.Find(db, q, "", 0)
		if err != nil || res.Found() {
			t.Errorf("%s: %+v %v", q, res.Phrase, err)
		}
	}
}

// The words the learner knows make a sentence easier: 我们超级智能 (six
// characters, 我们 new) comes after 超级智能来了。 (seven, no word to
// learn) until 我们 is known.
func TestFindPhraseKnown(t *testing.T) {
	db := phraseCollection(t)
	res, _ := lookup.Find(db, "超级智能", "", 0)
	if got := keys(res.Phrase); !reflect.DeepEqual(got, []string{"1:1", "1:3", "1:2"}) {
		t.Fatalf("before: %v", got)
	}
	if _, err := db.AddKnown([]string{"我们"}, "test", time.Now()); err != nil {
		t.Fatal(err)
	}
	res, _ = lookup.Find(db, "超级智能", "", 0)
	if got := keys(res.Phrase); !reflect.DeepEqual(got, []string{"1:3", "1:1", "1:2"}) {
		t.Errorf("after: %v", got)
	}
}

// BenchmarkFindPhrase looks up phrases of a 20,000-sentence collection,
// five sentences shown: four characters of a sentence (across words), and
// the first two words of its English.
func BenchmarkFindPhrase(b *testing.B) {
	db := storetest.Open(b)
	vocab, err := storetest.Fill(db, storetest.Synthetic{Sentences: 20_000, Documents: 4, Vocabulary: 12_000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	ss, err := db.Examples(cards.ID(vocab[40].Word, vocab[40].Reading), 1)
	if err != nil || len(ss) == 0 {
		b.Fatal(ss, err)
	}
	zh := string([]rune(ss[0].ZH)[2:6])
	en := strings.Join(strings.Fields(ss[0].EN)[:2], " ")
	for _, q := range []string{zh, en} {
		b.Run(lookup.Guess(q), func(b *testing.B) {
			for b.Loop() {
				res, err := lookup.Find(db, q, "", 5)
				if err != nil {
					b.Fatal(err)
				}
				if res.Phrase == nil || res.Phrase.Count == 0 {
					b.Fatalf("%s: not found", q)
				}
			}
		})
	}
}

// A big collection to look phrases up in, for BenchmarkFindBig: made by
// `cika mine` of the corpus cmd/cika's TestWriteBigCorpus writes.
var bigDB = flag.String("lookupdb", "", "BenchmarkFindBig looks phrases up in this collection (opened read-only)")

// BenchmarkFindBig looks up phrases in a big collection (-lookupdb), five
// sentences shown:
//
//	go test ./cmd/cika -run TestWriteBigCorpus -bigcorpus /tmp/big1m.tsv -bigpairs 1000000
//	cika --db /tmp/big1m.db mine /tmp/big1m.tsv
//	go test ./srs/lookup -run '^$' -bench FindBig -lookupdb /tmp/big1m.db
func BenchmarkFindBig(b *testing.B) {
	if *bigDB == "" {
		b.Skip("give -lookupdb FILE")
	}
	db, err := store.Open(*bigDB, &store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	// water and time match 160 and 297 words by their senses, ten shown.
	for _, q := range []string{"超级智能", "我们正处于", "chaoji zhineng", "quality bar", "superintelligence", "water", "time"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				if _, err := lookup.Find(db, q, "", 5); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
