package known

import (
	"bufio"
	"fmt"
	"io"

	"cika/srs/store"
)

// List is the known list, each word with the source it came from; an
// empty list is [] in JSON, not null.
func List(db *store.DB) ([]store.Known, error) {
	list, err := db.KnownList()
	if list == nil && err == nil {
		list = []store.Known{}
	}
	return list, err
}

// WriteList prints the list as `cika known list` does: a word and its
// source a line, tab-separated.
func WriteList(w io.Writer, list []store.Known) error {
	bw := bufio.NewWriter(w)
	for _, k := range list {
		fmt.Fprintf(bw, "%s\t%s\n", k.Word, k.Source)
	}
	return bw.Flush()
}

// WriteResult prints r as `cika known` does: for Add, the words added and
// the words left to learn; for Remove, the words removed.
func WriteResult(w io.Writer, r Result) error {
	var err error
	if r.NewWords != nil {
		_, err = fmt.Fprintf(w, "added %d known words (%d already known); %d known, %d words left to learn\n",
			r.Added, r.Already, r.Total, *r.NewWords)
	} else {
		_, err = fmt.Fprintf(w, "removed %d known words (%d were not known); %d known\n", r.Removed, r.NotKnown, r.Total)
	}
	return err
}
