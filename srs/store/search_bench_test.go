package store

import (
	"path/filepath"
	"testing"

	"math/rand/v2"
	"strings"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/corpus"
)

// batchSentences is a mining batch of synthetic sentences: 2,500 of 8 to
// 16 two-character words over a vocabulary of 12,000, and an English side
// of as many words of 3 to 8 letters.
func batchSentences(b *testing.B) []cards.Sentence {
	r := rand.New(rand.NewPCG(1, 2))
	ss := make([]cards.Sentence, 2500)
	for i := range ss {
		var zh, en strings.Builder
		var parts []cards.Part
		for n := 8 + r.IntN(9); n > 0; n-- {
			w := r.IntN(12000)
			text := string([]rune{rune(0x4E00 + w/110), rune(0x4E00 + 200 + w%110)})
			zh.WriteString(text)
			parts = append(parts, cards.Part{Text: text, Word: text, Reading: "ci2 yu3"})
			for l := 3 + w%6; l > 0; l-- {
				en.WriteByte(byte('a' + (w>>l)%26))
			}
			en.WriteByte(' ')
		}
		ss[i] = cards.Sentence{Pair: corpus.Pair{ZH: zh.String(), EN: en.String()}, Parts: parts}
		ss[i].Pos = i
	}
	return ss
}

// BenchmarkSentenceTerms finds the index terms of a batch of 2,500
// sentences (as putSentenceTerms does), and BenchmarkPutSentenceTerms also
// sorts and writes them (the
// transaction rolled back): what the index adds to each AddSentences.
func BenchmarkSentenceTerms(b *testing.B) {
	ss := batchSentences(b)
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for i := range ss {
			eachBigram(&ss[i], func(a, b rune) { n++ })
			eachEnglishTerm(ss[i].EN, func(string) { n++ })
		}
	}
}

func BenchmarkPutSentenceTerms(b *testing.B) {
	ss := batchSentences(b)
	db, err := Open(filepath.Join(b.TempDir(), "c.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.ResetTimer()
	for b.Loop() {
		tx, err := db.bolt.Begin(true)
		if err != nil {
			b.Fatal(err)
		}
		if err := putSentenceTerms(tx, 1, ss, nil); err != nil {
			b.Fatal(err)
		}
		tx.Rollback()
	}
}

// BenchmarkMergeSentenceTerms merges the staged index of a document of 8
// batches of 2,500 synthetic sentences into sentindex (the transaction
// rolled back): what the merge adds to committing a document, per 20,000
// sentences.
func BenchmarkMergeSentenceTerms(b *testing.B) {
	ss := batchSentences(b)
	db, err := Open(filepath.Join(b.TempDir(), "c.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		for i := 0; i < 8; i++ {
			for j := range ss {
				ss[j].Pos = i*len(ss) + j
			}
			if err := putSentenceTerms(tx, 1, ss, nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		tx, err := db.bolt.Begin(true)
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := mergeSentenceTerms(tx, 1, nil, 0, 20000); err != nil {
			b.Fatal(err)
		}
		tx.Rollback()
	}
}

// BenchmarkLookupEnglishMany orders the many words an English word matches
// by the bycount index (englishCounts): "time" on a copy of a big
// collection,
//
//	go test ./srs/store -run '^$' -bench LookupEnglishMany -preaddb COPY
//
// and without -preaddb "big" on a small one, every match taken for many.
func BenchmarkLookupEnglishMany(b *testing.B) {
	path, query := *preadDB, "time"
	if path == "" {
		var small *DB
		small, path = searchDB(b)
		small.Close()
		query = "super"
		defer func(n int) { byCountOrder = n }(byCountOrder)
		byCountOrder = 0
	}
	db, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for b.Loop() {
		ids, err := db.LookupEnglishIDs(query)
		if err != nil || len(ids) == 0 {
			b.Fatalf("%d matches, %v", len(ids), err)
		}
	}
}
