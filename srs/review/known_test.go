package review_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/srs"
	"cika/srs/review"
	"cika/srs/store/storetest"
)

func TestKnownSkipped(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 10, t0.Add(-time.Hour))
	if _, err := db.AddKnown([]string{word(0), word(3)}, "test", t0); err != nil {
		t.Fatal(err)
	}
	c := &clock{t0}
	s := start(t, db, review.Options{Now: c.now, New: intp(100)})
	if got := s.Counts(); got.New != 8 {
		t.Fatalf("counts %+v, want 8 new (10 words, 2 known)", got)
	}
	next, err := review.Next(db, 0, review.Options{Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	if len(next) != 8 {
		t.Fatalf("Next lists %d words, want 8", len(next))
	}
	for _, u := range next {
		if u.Word == wordID(0) || u.Word == wordID(3) {
			t.Errorf("Next lists known word %s", u.Word)
		}
	}
	for i := 1; i < len(next); i++ {
		if next[i].Usefulness > next[i-1].Usefulness {
			t.Errorf("Next out of order at %d: %v", i, next)
		}
	}
	for s.Current() != nil {
		if w := s.Current().Card.Word; w == wordID(0) || w == wordID(3) {
			t.Fatalf("known word %s shown", w)
		}
		answer(t, s, c, srs.Easy)
	}
	d, err := review.Count(db, review.Options{Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	if d.NewTotal != 8 {
		t.Errorf("NewTotal %d, want 8 (the recall cards of 8 words)", d.NewTotal)
	}
}

func TestKnow(t *testing.T) {
	db := storetest.Open(t)
	mineN(t, db, 3, t0.Add(-time.Hour))
	c := &clock{t0}
	s := start(t, db, review.Options{Now: c.now, New: intp(2)})
	first := s.Current()
	if first.Queue != review.QueueNew {
		t.Fatalf("first card %s is %v", first.Key(), first.Queue)
	}
	if err := s.Know(); err != nil {
		t.Fatal(err)
	}
	if set, _ := db.KnownWords(); !set[first.Word.Word] {
		t.Fatalf("%s not on the known list after Know", first.Word.Word)
	}
	// The new-card limit is given back: two other words still come.
	if got := s.Counts().New; got != 2 {
		t.Errorf("%d new left after Know, want 2", got)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if set, _ := db.KnownWords(); set[first.Word.Word] {
		t.Fatal("undo left the word known")
	}
	if s.Current().Key() != first.Key() {
		t.Fatalf("undo shows %s, want %s", s.Current().Key(), first.Key())
	}
	// Know again, then answer the rest: the known word never comes back,
	// not even its recall card.
	if err := s.Know(); err != nil {
		t.Fatal(err)
	}
	seen := 0
	for s.Current() != nil {
		if s.Current().Card.Word == first.Card.Word {
			t.Fatal("known word shown again")
		}
		if s.Current().Queue == review.QueueNew {
			seen++
		}
		answer(t, s, c, srs.Good)
	}
	if seen != 2 {
		t.Errorf("%d new cards after Know, want 2", seen)
	}
	sum, _ := s.Finish()
	if sum.Known != 1 {
		t.Errorf("summary Known %d, want 1", sum.Known)
	}
	// A review card cannot be marked known.
	c.advance(48 * time.Hour)
	s = start(t, db, review.Options{Now: c.now, New: intp(0)})
	if it := s.Current(); it != nil {
		if err := s.Know(); !errors.Is(err, review.ErrNotNew) {
			t.Errorf("Know on a %v card: %v, want ErrNotNew", it.Queue, err)
		}
	}
}

// The card shows the best i+1 sentence: the one whose other words are known.
func TestExampleSentence(t *testing.T) {
	db := storetest.Open(t)
	entries := []cardstest.Entry{
		{Word: "银行", Reading: "yin2 hang2", Senses: []string{"bank"}},
		{Word: "龘龘", Reading: "da2 da2", Senses: []string{"dragon"}},
		{Word: "我们", Reading: "wo3 men5", Senses: []string{"we"}},
		{Word: "去", Reading: "qu4", Senses: []string{"to go"}},
	}
	doc := "龘龘的银行。\tDragon bank.\n我们都去银行。\tWe all go to the bank.\n"
	pairs, d, err := corpus.Read("ex.tsv", strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(d, cards.Mine(pairs, cardstest.New(entries...), nil), t0.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	c := &clock{t0}
	s := start(t, db, review.Options{Now: c.now, New: intp(10)})
	for s.Current() != nil && s.Current().Word.Word != "银行" {
		if err := s.Bury(); err != nil {
			t.Fatal(err)
		}
	}
	it := s.Current()
	if it == nil {
		t.Fatal("银行 not shown")
	}
	if it.Sentence == nil || it.Sentence.ZH != "我们都去银行。" {
		t.Errorf("银行 shown with %+v, want 我们都去银行。, longer but its other words are easier)", it.Sentence)
	}
}
