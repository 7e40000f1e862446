package anki

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// manyNotes builds n distinct notes; every other one has a reviewed
// recognition card with five reviews, the shape of a collection in use.
func manyNotes(n int) []Note {
	notes := make([]Note, n)
	added := at("2026-06-01 09:00")
	for i := range notes {
		notes[i] = Note{
			Word: fmt.Sprintf("词%d", i), Reading: fmt.Sprintf("ci2 %d", i),
			Meaning:        "word; term; expression <used in tests>",
			Sentence:       fmt.Sprintf("这是第%d个例句，里面有词%d。", i, i),
			SentencePinyin: "zhè shì dì gè lìjù, lǐmiàn yǒu cí.",
			Translation:    "This is an example sentence with a word in it.",
			Source:         fmt.Sprintf("corpus.txt line %d", i+1),
			Tags:           []string{"HSK4", "corpus::bench"},
			Added:          added.Add(time.Duration(i/100) * time.Second),
		}
		if i%2 == 0 {
			var logs []Answer
			t := added.Add(time.Duration(i) * time.Minute)
			before := Schedule{State: New}
			for k := 0; k < 5; k++ {
				after := Schedule{State: Review, Stability: float64(3 * (k + 1)), Difficulty: 5,
					LastReview: t, Due: t.Add(time.Duration(3*(k+1)) * 24 * time.Hour), ScheduledDays: 3 * (k + 1), Reps: k + 1}
				logs = append(logs, Answer{Time: t, Grade: Good, Before: before, After: after,
					ScheduledDays: after.ScheduledDays, Duration: 3 * time.Second})
				before, t = after, after.Due
			}
			notes[i].Cards = []CardState{{Kind: Recognition, Card: before, Reviews: logs}}
		}
	}
	return notes
}

func TestManyNotes(t *testing.T) {
	notes := manyNotes(500)
	p := writeTestAPKG(t, notes, testOptions(true))
	var nNotes, nCards, nRevs int
	p.db.QueryRow("SELECT (SELECT count(*) FROM notes), (SELECT count(*) FROM cards), (SELECT count(*) FROM revlog)").
		Scan(&nNotes, &nCards, &nRevs)
	if nNotes != 500 || nCards != 1000 || nRevs != 250*5 {
		t.Errorf("notes, cards, revlog = %d, %d, %d; want 500, 1000, 1250", nNotes, nCards, nRevs)
	}
}

// BenchmarkWriteAPKG10k exports 10,000 notes (20,000 cards, 25,000 reviews)
// with progress. RSS: go test -c, then /usr/bin/time -v on the binary.
func BenchmarkWriteAPKG10k(b *testing.B) {
	notes := manyNotes(10000)
	opts := testOptions(true)
	path := filepath.Join(b.TempDir(), "out.apkg")
	b.ResetTimer()
	for b.Loop() {
		if err := WriteAPKG(path, notes, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if st, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(st.Size())/1e6, "MB-apkg")
	}
}

func BenchmarkWriteText10k(b *testing.B) {
	notes := manyNotes(10000)
	opts := testOptions(false)
	for b.Loop() {
		if err := WriteText(io.Discard, notes, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFields renders the fields of a note whose example sentence is
// analysed into parts, as srs/export gives them: the sentence's pinyin is
// rendered from the parts' readings, each syllable coloured.
func BenchmarkFields(b *testing.B) {
	words := []Part{{"我们", "wo3 men5", false}, {"明天", "ming2 tian1", false}, {"要", "yao4", false},
		{"去", "qu4", false}, {"银行", "yin2 hang2", true}, {"办", "ban4", false}, {"一些", "yi1 xie1", false},
		{"事情", "shi4 qing5", false}, {"，", "", false}, {"然后", "ran2 hou4", false}, {"一起", "yi4 qi3", false},
		{"吃", "chi1", false}, {"午饭", "wu3 fan4", false}, {"。", "", false}}
	var sentence string
	for _, p := range words {
		sentence += p.Text
	}
	n := Note{Word: "银行", Reading: "yin2 hang2", Meaning: "bank", Others: []string{"(of a river) bank"},
		Sentence: sentence, Parts: words, Translation: "Tomorrow we go to the bank, then have lunch together.",
		Source: "podcast.txt line 12", Tags: []string{"HSK3"}}
	e := &export{homographs: []int{-1}}
	var size int
	for b.Loop() {
		for _, f := range e.fields(0, &n) {
			size += len(f)
		}
	}
	if size == 0 {
		b.Fatal("no fields")
	}
}
