package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Version is the schema version this code writes.
const Version = 12

// migrations[i] upgrades a collection from schema i to schema i+1, inside
// the Update that opened it; migrations[0] makes a new collection. A
// migration must keep everything learned: words, cards and reviews move to
// their new form, never away.
var migrations = []func(tx *bolt.Tx, now time.Time) error{
	0: func(tx *bolt.Tx, now time.Time) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keyCreated, []byte(now.UTC().Format(time.RFC3339)))
	},
	// 1→2: the known-words bucket (known.go), empty, with its count at 0;
	// each due-index entry gets its card's state as value, and the
	// retention counts are taken from the review log (overview.go).
	1: func(tx *bolt.Tx, now time.Time) error {
		if _, err := tx.CreateBucketIfNotExists(bucketKnown); err != nil {
			return err
		}
		return migrateOverview(tx)
	},
	// 2→3: due-index values also flag buried cards, so that the review
	// queue is read from the index alone (ReviewDay).
	2: txOnly(rewriteDueValues),
	// 3→4: the word index holds one posting per word and document instead
	// of one key per word and sentence (postings.go).
	3: txOnly(migratePostings),
	// 4→5: the review queue kept ready: the cards past the new state by
	// due time, and the new cards in the order they are introduced, with
	// their counts (queue.go).
	4: txOnly(buildQueues),
	// 5→6: newq values also carry the word's frequency rank and HSK level
	// (`cika words --next` then needs no frequency table): rebuilt.
	5: txOnly(buildQueues),
	// 6→7: what stats needs kept ready: the headwords learned, the answers
	// by quarter hour, the cards past new by state (tally.go).
	6: txOnly(buildTally),
	// 7→8: the words by count, for `cika words --limit N` (read.go).
	7: txOnly(buildByCount),
	// 8→9: the learned index by word instead of headword, so that choosing
	// a card's example sentence reads it instead of the cards (tally.go).
	8: txOnly(buildTally),
	// 9→10 built the sentence index of schema 10, in this Update; it is
	// now built by 10→11, before.
	9: func(tx *bolt.Tx, now time.Time) error { return nil },
	// 10→11: the sentence index by term (sentindex.go), built before this
	// Update (upgrade); schema 10's, by batch, goes. The character index
	// of the words' forms (index.go).
	10: func(tx *bolt.Tx, now time.Time) error {
		if err := adoptSentenceIndex(tx); err != nil {
			return err
		}
		return buildFormChars(tx)
	},
	// 11→12: the review log in binary (reviewcodec.go): about 110 bytes a
	// review where JSON took 600, each decoding to what it did.
	11: txOnly(binaryReviews),
}

// txOnly is the migration f, which reads no clock.
func txOnly(f func(tx *bolt.Tx) error) func(tx *bolt.Tx, now time.Time) error {
	return func(tx *bolt.Tx, _ time.Time) error { return f(tx) }
}

// upgrade brings a collection of schema version (0: new) up to Version.
// What is too big for one Update is built first, in Updates of its own
// that leave the version alone (buildSentenceIndex): if the process dies
// there, the collection is still of its old schema, with buckets that
// schema does not know, and the next upgrade starts again. Then one Update
// runs the migrations and records the new version.
func upgrade(db *bolt.DB, version uint64, now time.Time) error {
	if version > 0 && version < 11 {
		if err := buildSentenceIndex(db); err != nil {
			return fmt.Errorf("build the sentence index: %w", err)
		}
	}
	return db.Update(func(tx *bolt.Tx) error { return migrate(tx, version, now) })
}

// migrate runs the migrations from version up to Version and records the
// new version.
func migrate(tx *bolt.Tx, version uint64, now time.Time) error {
	for v := version; v < Version; v++ {
		if err := migrations[v](tx, now); err != nil {
			return fmt.Errorf("migration %d→%d: %w", v, v+1, err)
		}
	}
	return tx.Bucket(bucketMeta).Put(keyVersion, u64(Version))
}
