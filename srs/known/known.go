// Package known is the known-words job: the words the learner already
// knows (their new cards are never introduced) added from the command line,
// a word-list file (a plain list, a Pleco or Anki export) or the HSK list,
// and taken off again, with what that leaves to learn.
package known

import (
	"cika/srs/review"
	"cika/srs/store"
)

// Result is what a change to the known list did; its JSON form is
// `cika known add|import|hsk|remove --json` (README).
type Result struct {
	Added    int `json:"added,omitempty"`
	Already  int `json:"already,omitempty"`   // add: already known
	Removed  int `json:"removed,omitempty"`   // remove
	NotKnown int `json:"not_known,omitempty"` // remove: were not known
	Total    int `json:"known"`               // on the list now
	// NewWords is how many words still have new cards to introduce
	// (add only).
	NewWords *int `json:"new_words,omitempty"`
}

// Add puts words on the known list, with the source they came from ("add",
// "import FILE", "hsk 2"), at opt's time, and counts the words left to
// learn in the order and limits of opt's sessions (review.Next).
func Add(db *store.DB, words []string, source string, opt review.Options) (Result, error) {
	res, err := db.AddKnown(words, source, opt.Now())
	if err != nil {
		return Result{}, err
	}
	next, err := review.Next(db, 0, opt)
	if err != nil {
		return Result{}, err
	}
	left := len(next)
	return Result{Added: res.Changed, Already: res.Already, Total: total(db), NewWords: &left}, nil
}

// Remove takes words off the known list: their new cards come back.
func Remove(db *store.DB, words []string) (Result, error) {
	res, err := db.RemoveKnown(words)
	if err != nil {
		return Result{}, err
	}
	return Result{Removed: res.Changed, NotKnown: res.Already, Total: total(db)}, nil
}

// total is the length of the known list (0 if the count cannot be read, as
// the command always printed it).
func total(db *store.DB) int {
	st, err := db.Stats()
	if err != nil {
		return 0
	}
	return st.Known
}
