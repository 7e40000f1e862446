package mine

import (
	"errors"
	"time"

	"cika/cards"
	"cika/cards/corpus"
	"cika/srs/store"
)

// commitFiltered commits a mined document, the filter applied: with
// --names its proper names become words, and the cards of the new words the
// filters leave out are suspended (a second Update: were cika stopped
// between the two, those cards would merely stay unsuspended).
func commitFiltered(db *store.DB, f *cards.MineFilter, seq uint32, doc corpus.Document, m *cards.Mined, t time.Time) (store.MineResult, error) {
	if f != nil {
		f.Prepare(m)
	}
	res, err := db.CommitDocument(seq, doc, m, t)
	if err != nil || res.Already {
		return res, err
	}
	n, err := holdFiltered(db, f, m)
	if f != nil {
		f.HeldCards += n
	}
	return res, err
}

// holdFiltered suspends the cards of the words new to the collection from
// this document that the filter does not select, and returns how many
// cards it suspended. A word is new when the collection's count of it is
// this document's (it had none before).
func holdFiltered(db *store.DB, f *cards.MineFilter, m *cards.Mined) (int, error) {
	if f == nil || !f.Active() || m == nil {
		return 0, nil
	}
	var fresh []*cards.Word
	for _, w := range m.Words {
		if !w.Taught() {
			continue
		}
		stored, err := db.Word(w.ID())
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return 0, err
		}
		if stored.Count == w.Count && stored.Taught() {
			fresh = append(fresh, w)
		}
	}
	return db.HoldNew(f.Hold(fresh))
}
