// Package suspend takes words' cards out of reviews, or puts them back:
// `cika suspend` and `cika unsuspend`. Review's s key and mine's filters
// suspend cards one at a time or by rule; this is how a learner names words
// to take out, and gets them back.
package suspend

import (
	"fmt"
	"strings"

	"cika/cards"
	"cika/srs/store"
)

// Result is `cika suspend --json` and `cika unsuspend --json`.
type Result struct {
	Words []string `json:"words"` // the IDs of the words
	Cards int      `json:"cards"` // the cards whose flag changed
}

// WordError is a word the collection lacks, typed in Chinese characters,
// with a hint to look it up.
type WordError struct{ Msg, Hint string }

func (e *WordError) Error() string { return e.Msg }

// Words suspends the cards of words (unsuspends them with suspend false)
// in one change: a word the collection lacks changes nothing. A word is
// written in Chinese characters, simplified or traditional (every word
// written so), or given as its ID ("行 hang2").
func Words(db *store.DB, words []string, suspend bool) (Result, error) {
	ids, err := IDs(db, words)
	if err != nil {
		return Result{}, err
	}
	return set(db, ids, suspend)
}

// All unsuspends every suspended card.
func All(db *store.DB) (Result, error) {
	ids, err := db.SuspendedWords()
	if err != nil {
		return Result{}, err
	}
	return set(db, ids, false)
}

func set(db *store.DB, ids []string, suspend bool) (Result, error) {
	n, err := db.SetSuspended(ids, suspend)
	if err != nil {
		return Result{}, err
	}
	if ids == nil {
		ids = []string{}
	}
	return Result{Words: ids, Cards: n}, nil
}

// IDs resolves words as the learner types them: an ID ("行 hang2") as is,
// Chinese characters to every word written so. A word the collection lacks
// is an error naming it (a *WordError for characters).
func IDs(db *store.DB, words []string) ([]string, error) {
	var ids []string
	for _, w := range words {
		if head, reading := cards.SplitID(w); reading != "" {
			if _, err := db.Word(cards.ID(head, reading)); err != nil {
				return nil, fmt.Errorf("no word %q in the collection: %w", w, err)
			}
			ids = append(ids, cards.ID(head, reading))
			continue
		}
		ms, err := db.LookupHanzi(w)
		if err != nil {
			return nil, err
		}
		found := false
		for _, m := range ms {
			if m.By == "hanzi" {
				ids = append(ids, m.ID())
				found = true
			}
		}
		if !found {
			return nil, &WordError{Msg: fmt.Sprintf("no word %q in the collection", w),
				Hint: "cika lookup " + strings.TrimSpace(w) + " shows what is there"}
		}
	}
	return ids, nil
}
