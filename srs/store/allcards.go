package store

import (
	"bytes"

	bolt "go.etcd.io/bbolt"
)

// allCardsRead is how many cards AllCards reads in one transaction (a
// variable for the tests).
var allCardsRead = 16384

// AllCards calls fn with every card of the collection, in key order (a
// word's cards together and in the order Cards gives them, the words in the
// byte order of their IDs), until fn returns an error. A reader of every
// word's cards (export) reads the cards bucket page after page, each page
// once, where a Cards call a word seeks from the root again: 70,000 of them
// cost 1.7 s, mostly page faults.
//
// The cards are read in transactions of allCardsRead, with the pages read
// let go (Release) between two, so that the process's memory does not grow
// with the collection; a card changed by a writer between two transactions
// is seen as it was or as it is.
func (db *DB) AllCards(fn func(Card) error) error {
	var after []byte // the last key read
	for {
		n := 0
		err := db.bolt.View(func(tx *bolt.Tx) error {
			cur := tx.Bucket(bucketCards).Cursor()
			k, v := cur.First()
			if after != nil {
				if k, v = cur.Seek(after); k != nil && bytes.Equal(k, after) {
					k, v = cur.Next()
				}
			}
			for ; k != nil; k, v = cur.Next() {
				if n == allCardsRead {
					return nil
				}
				c, err := decodeCard(k, v)
				if err != nil {
					return err
				}
				if err := fn(c); err != nil {
					return err
				}
				after = append(after[:0], k...)
				n++
			}
			after = nil // the end
			return nil
		})
		if err != nil || after == nil {
			return err
		}
		db.Release()
	}
}
