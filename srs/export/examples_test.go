package export_test

import (
	"testing"

	"cika/cards"
	"cika/srs/export"
	"cika/srs/store/storetest"
)

// TestReadChoosesAsEachWord checks that reading each sentence once for all
// the words it is an example of (chooseExamples) gives every note the
// sentence that choosing among the word's own first sentences gives.
func TestReadChoosesAsEachWord(t *testing.T) {
	db := storetest.Open(t)
	if _, err := storetest.Fill(db, storetest.Synthetic{Sentences: 2000, Documents: 3, Vocabulary: 400, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	words := map[string]cards.Word{}
	if err := db.Words(func(w cards.Word) bool { words[w.ID()] = w; return true }); err != nil {
		t.Fatal(err)
	}
	familiar, err := db.FamiliarFunc()
	if err != nil {
		t.Fatal(err)
	}
	x, err := export.Read(db, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	notFirst := 0
	for _, n := range x.Notes() {
		w := words[cards.ID(n.Word, n.Reading)]
		ss, err := db.Examples(w.ID(), 24)
		if err != nil {
			t.Fatal(err)
		}
		if len(ss) == 0 {
			if n.Sentence != "" {
				t.Errorf("%s: example %q, but no sentence", w.ID(), n.Sentence)
			}
			continue
		}
		ps := make([]*cards.Sentence, len(ss))
		for i := range ss {
			ps[i] = &ss[i].Sentence
		}
		best := cards.ChooseExample(&w, ps, familiar)
		if s := ss[best]; n.Sentence != s.ZH || n.Translation != s.EN || n.Source != s.Source.String() {
			t.Errorf("%s: example %q (%s), want %q (%s)", w.ID(), n.Sentence, n.Source, s.ZH, s.Source.String())
		}
		if best > 0 {
			notFirst++
		}
	}
	if notFirst == 0 {
		t.Fatal("every note shows its word's first sentence: the choice is not tried")
	}
	t.Logf("%d notes, %d not showing the first sentence", len(x.Notes()), notFirst)
}
