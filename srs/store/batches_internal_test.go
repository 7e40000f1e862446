package store

import (
	"strings"
	"testing"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
)

// storeInBatches begins a document named name of text's pairs and stores
// its sentences batch pairs at a time, as cika mine does; it returns the
// document's sequence number, the document and the miner that read it.
func storeInBatches(t *testing.T, db *DB, name, text string, at time.Time, batch int) (uint32, corpus.Document, *cards.Miner) {
	t.Helper()
	pairs, doc, err := corpus.Read(name, strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	seq, err := db.BeginDocument(name, at)
	if err != nil {
		t.Fatal(err)
	}
	mn := cards.NewMiner(cardstest.Small())
	for i := 0; i < len(pairs); i += batch {
		if err := db.AddSentences(seq, mn.Add(pairs[i:min(i+batch, len(pairs))], nil)); err != nil {
			t.Fatal(err)
		}
	}
	return seq, doc, mn
}

// indexPostings stores the sentence index's postings of mn for document
// seq, as cika mine does after the last batch.
func indexPostings(t *testing.T, db *DB, seq uint32, mn *cards.Miner) {
	t.Helper()
	words, positions := mn.Postings()
	pos := make([][]uint32, len(words))
	for i := range words {
		pos[i] = positions(i)
	}
	if err := db.IndexSentences(seq, words, pos); err != nil {
		t.Fatal(err)
	}
}
