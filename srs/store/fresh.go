package store

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/pinyin"
	"cika/srs"
)

// The records and index entries of words new to the collection, built
// bucket by bucket in key order. commitTx puts them in its transaction
// (putFresh); the commit of a corpus bringing many new words writes them
// beforehand in several Updates, out of sight, merged with the
// collection's entries, and moves the buckets in (stage.go). Both
// write what freshIndexes builds, so that they cannot differ.

// entry is a key and its value, to put.
type entry struct{ k, v []byte }

// freshWords are words new to the collection, in ID order, with what
// their entries need.
type freshWords struct {
	ws  []wordID
	ids [][]byte
	// info is a taught word's for the new queue (makeInfo: it reads the
	// known list); a name's is zero.
	info []wordInfo
	now  time.Time
}

func newFreshWords(tx *bolt.Tx, ws []wordID, now time.Time) *freshWords {
	fw := &freshWords{ws: ws, ids: make([][]byte, len(ws)), info: make([]wordInfo, len(ws)), now: now.UTC()}
	for i, wi := range ws {
		fw.ids[i] = []byte(wi.id)
		if wi.w.Taught() {
			fw.info[i] = makeInfo(tx, wi.id, wi.w.Count)
		}
	}
	return fw
}

// card is the new card of kind for fresh word i.
func (fw *freshWords) card(i int, kind cards.Kind) Card {
	return Card{Word: fw.ws[i].id, Kind: kind, Card: srs.Card{State: srs.New, Due: fw.now}, Added: fw.now}
}

// freshTally counts what new words add to the collection.
type freshTally struct {
	words, names int
	cards        int
	queued       int // cards in the new queue
	queuedWords  int // words with cards in it
}

// add adds u's counts to t's.
func (t *freshTally) add(u freshTally) {
	t.words += u.words
	t.names += u.names
	t.cards += u.cards
	t.queued += u.queued
	t.queuedWords += u.queuedWords
}

func (fw *freshWords) tally() freshTally {
	var t freshTally
	for i, wi := range fw.ws {
		if !wi.w.Taught() {
			t.names++
			continue
		}
		t.words++
		if !fw.info[i].known {
			t.queuedWords++
		}
		for _, kind := range cards.Kinds {
			t.cards++
			if c := fw.card(i, kind); inNew(&c, fw.info[i].known) {
				t.queued++
			}
		}
	}
	return t
}

// freshIndex is a bucket new words write, with the builder of their
// entries.
type freshIndex struct {
	name  []byte
	build func(fw *freshWords, es []entry) []entry
}

// entries builds the entries of idx for fw, in key order.
func (idx freshIndex) entries(fw *freshWords) []entry {
	es := idx.build(fw, nil)
	sortEntries(es)
	return es
}

// freshIndexes are the buckets new words write, as putting each word with
// putWord, putCardDue, syncQueues, putByCount and indexWord would.
var freshIndexes = []freshIndex{
	{bucketWords, func(fw *freshWords, es []entry) []entry {
		for i, wi := range fw.ws {
			es = append(es, entry{fw.ids[i], encodeWord(wi.w)})
		}
		return es
	}},
	{bucketByCount, func(fw *freshWords, es []entry) []entry {
		for _, wi := range fw.ws {
			es = append(es, entry{byCountKey(wi.id, wi.w.Count), nil})
		}
		return es
	}},
	{bucketCards, func(fw *freshWords, es []entry) []entry {
		fw.eachCard(func(i int, c *Card) { es = append(es, entry{c.Key().bytes(), encodeCard(c)}) })
		return es
	}},
	{bucketDue, func(fw *freshWords, es []entry) []entry {
		fw.eachCard(func(i int, c *Card) { es = append(es, entry{append(timeKey(c.Due), c.Key().bytes()...), dueValue(c)}) })
		return es
	}},
	{bucketNewQ, func(fw *freshWords, es []entry) []entry {
		fw.eachCard(func(i int, c *Card) {
			if info := fw.info[i]; inNew(c, info.known) {
				es = append(es, entry{newKey(info.useful, c.Key()), newValue(c, info)})
			}
		})
		return es
	}},
	{bucketForms, func(fw *freshWords, es []entry) []entry {
		for i, wi := range fw.ws {
			for _, f := range forms(wi.w) {
				es = append(es, entry{join([]byte(f), fw.ids[i]), nil})
			}
		}
		return es
	}},
	{bucketFormChars, func(fw *freshWords, es []entry) []entry {
		for i, wi := range fw.ws {
			for _, f := range forms(wi.w) {
				charKeys(f, fw.ids[i], func(k []byte) error { es = append(es, entry{k, nil}); return nil })
			}
		}
		return es
	}},
	{bucketPinyin, func(fw *freshWords, es []entry) []entry {
		for i, wi := range fw.ws {
			if key := pinyin.Toneless(wi.w.Reading); key != "" {
				es = append(es, entry{join([]byte(key), fw.ids[i]), nil})
			}
		}
		return es
	}},
	{bucketEnglish, func(fw *freshWords, es []entry) []entry {
		for i, wi := range fw.ws {
			for t, rank := range englishTerms(wi.w) {
				es = append(es, entry{join([]byte(t), fw.ids[i]), []byte{rank}})
			}
		}
		return es
	}},
}

// eachCard calls fn with each new card of the taught words, in word order.
func (fw *freshWords) eachCard(fn func(i int, c *Card)) {
	for i, wi := range fw.ws {
		if !wi.w.Taught() {
			continue
		}
		for _, kind := range cards.Kinds {
			c := fw.card(i, kind)
			fn(i, &c)
		}
	}
}

// builtIndex is the entries of one of freshIndexes, in key order.
type builtIndex struct {
	name    []byte
	entries []entry
}

// buildFresh builds the entries of freshIndexes for fw on a goroutine of
// its own, one bucket ahead of the caller, which must read the channel to
// its end (stemming the glosses of 60,000 new words takes half a second,
// while the caller puts the bucket before). Only two buckets' entries are
// held at a time: the one being put, and the next.
func buildFresh(fw *freshWords) <-chan builtIndex {
	ch := make(chan builtIndex)
	go func() {
		defer close(ch)
		for _, idx := range freshIndexes {
			ch <- builtIndex{idx.name, idx.entries(fw)}
		}
	}()
	return ch
}

// putFresh puts the entries of fw's words in tx, each bucket's in key
// order.
func putFresh(tx *bolt.Tx, fw *freshWords) error {
	if len(fw.ws) == 0 {
		return nil
	}
	built := buildFresh(fw)
	defer func() {
		for range built {
		}
	}()
	for bi := range built {
		b := tx.Bucket(bi.name)
		for _, e := range bi.entries {
			if err := b.Put(e.k, e.v); err != nil {
				return err
			}
		}
	}
	return nil
}
