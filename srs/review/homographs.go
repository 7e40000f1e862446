package review

import "cika/srs/store"

// Homographs returns a test of whether another word of the collection is
// written with the same characters (将 jiāng, 将 jiàng): the card then shows
// its reading to tell them apart. The collection is read once per word
// asked about, opened for that read only; false when it cannot be read.
func Homographs(coll store.Lazy) func(word string) bool {
	known := map[string]bool{}
	return func(word string) bool {
		if same, ok := known[word]; ok {
			return same
		}
		db, err := store.Open(coll.Path, &store.Options{ReadOnly: true, Timeout: coll.Timeout})
		if err != nil {
			return false
		}
		defer db.Close()
		ms, err := db.LookupHanzi(word)
		n := 0
		for _, m := range ms {
			if m.Word.Word == word && m.Word.Taught() {
				n++
			}
		}
		known[word] = err == nil && n > 1
		return known[word]
	}
}
