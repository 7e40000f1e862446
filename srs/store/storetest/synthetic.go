package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/srs/store"
)

// Synthetic describes a generated collection for benchmarks: documents of
// sentences whose words follow a Zipf law over a random vocabulary, the
// shape a learner's collection has after mining many episodes.
type Synthetic struct {
	Sentences  int    // total sentence pairs
	Documents  int    // spread over this many documents (one Update each)
	Vocabulary int    // distinct dictionary words to draw from
	Seed       uint64 // same seed, same collection
}

// Fill mines a synthetic corpus into db and returns the dictionary it used,
// so that benchmarks can pick words to look up.
func Fill(db *store.DB, s Synthetic) ([]cardstest.Entry, error) {
	r := rand.New(rand.NewPCG(s.Seed, 1))
	vocab := syntheticVocabulary(r, s.Vocabulary)
	analyzer := cardstest.New(vocab...)
	zipf := rand.NewZipf(rand.New(rand.NewPCG(s.Seed, 2)), 1.07, 2, uint64(len(vocab)-1))
	t := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	per := (s.Sentences + s.Documents - 1) / s.Documents
	for d := 0; d < s.Documents; d++ {
		var text strings.Builder
		n := min(per, s.Sentences-d*per)
		for i := 0; i < n; i++ {
			zh, en := syntheticPair(r, zipf, vocab)
			fmt.Fprintf(&text, "%s\t%s\n", zh, en)
		}
		name := fmt.Sprintf("synthetic-%03d.tsv", d)
		pairs, doc, err := corpus.Read(name, strings.NewReader(text.String()))
		if err != nil {
			return nil, err
		}
		if _, err := db.MineDocument(doc, cards.Mine(pairs, analyzer, nil), t.Add(time.Duration(d)*time.Hour)); err != nil {
			return nil, err
		}
	}
	return vocab, nil
}

// SyntheticVocabulary returns the dictionary Fill(db, s) uses, without
// filling anything.
func SyntheticVocabulary(s Synthetic) []cardstest.Entry {
	return syntheticVocabulary(rand.New(rand.NewPCG(s.Seed, 1)), s.Vocabulary)
}

var (
	initials = strings.Fields("b p m f d t n l g k h j q x zh ch sh r z c s y w")
	finals   = strings.Fields("a o e ai ei ao ou an en ang eng ong i ia ie iao iu ian in iang ing u ua uo uai ui uan un uang")
	letters  = "etaoinshrdlucmfwypvbgk"
)

func syntheticVocabulary(r *rand.Rand, n int) []cardstest.Entry {
	seen := map[string]bool{}
	english := make([]string, 4000)
	for i := range english {
		var b strings.Builder
		for l := 3 + r.IntN(6); l > 0; l-- {
			b.WriteByte(letters[r.IntN(len(letters))])
		}
		english[i] = b.String()
	}
	vocab := make([]cardstest.Entry, 0, n)
	for len(vocab) < n {
		size := []int{1, 2, 2, 2, 2, 2, 3, 3, 4}[r.IntN(9)]
		var w strings.Builder
		var syls []string
		for i := 0; i < size; i++ {
			w.WriteRune(rune(0x4E00 + r.IntN(0x9FA5-0x4E00)))
			syls = append(syls, initials[r.IntN(len(initials))]+finals[r.IntN(len(finals))]+fmt.Sprint(1+r.IntN(5)))
		}
		if seen[w.String()] {
			continue
		}
		seen[w.String()] = true
		var senses []string
		for k := 1 + r.IntN(4); k > 0; k-- {
			var s []string
			for m := 1 + r.IntN(3); m > 0; m-- {
				s = append(s, english[r.IntN(len(english))])
			}
			senses = append(senses, strings.Join(s, " "))
		}
		vocab = append(vocab, cardstest.Entry{Word: w.String(), Reading: strings.Join(syls, " "),
			Senses: senses, Name: r.IntN(50) == 0})
	}
	return vocab
}

func syntheticPair(r *rand.Rand, zipf *rand.Zipf, vocab []cardstest.Entry) (zh, en string) {
	var z, e strings.Builder
	for n := 6 + r.IntN(20); n > 0; n-- {
		v := vocab[zipf.Uint64()]
		z.WriteString(v.Word)
		e.WriteString(v.Senses[0])
		e.WriteByte(' ')
		if r.IntN(8) == 0 {
			z.WriteString("，")
		}
	}
	z.WriteString("。")
	return z.String(), strings.TrimSpace(e.String()) + "."
}
