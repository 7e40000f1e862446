package store

import (
	"hash/fnv"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/corpus"
)

// Committing a first big corpus without holding its words in memory.
//
// CommitDocument makes a document part of the collection in one Update,
// and bbolt holds every page an Update dirties in memory until it commits.
// For a first corpus of a million pairs that is the records and index
// entries of 60,000 new words, 1.1 million keys and ≈ 75 MB of pages: the
// commit held ≈ 240 MB of heap and was the peak of the miner's memory.
//
// When the collection has no words yet, the buckets the new words fill
// (freshIndexes) can be built elsewhere and swapped in. stageFresh writes
// them, in key order, a few megabytes an Update, into buckets of the same
// names under wordstage/seq, and the commit's one Update moves each in
// place of the empty bucket of its name (bbolt's MoveBucket rewrites one
// key of the root, whatever the bucket holds). No reader looks in
// wordstage, so the words appear with their document or not at all; if the
// process dies first, RollBack deletes them with the document's other
// pending records. The commit moves them only if what they were built from
// still holds, since other processes may write between the Updates: the
// collection still has no words, and the known list, which decides the new
// queue, is unchanged. Otherwise it deletes them and commits the words as
// for any other document.

// stageFrom is how many words a document must bring for stageFresh to
// stage them: below it the commit's one Update is small, and staging
// would only add Updates (each an fsync).
var stageFrom = 20000

// stageBudget bounds what one staging Update writes: the bytes of its keys
// and values, and the node entry bbolt makes for each (entryCost). bbolt
// holds that until the Update commits, and at the commit the pages it is
// written to besides. A million pairs' words (60,000, 1.1 million keys)
// cost 137 MB so counted: 17 Updates, 19 with the one that makes the
// buckets and the commit.
var stageBudget = 12 << 20

// entryCost is what bbolt holds for each key of an Update besides the key
// and value: its node entry (an inode, 48 bytes, in a slice that grows by
// doubling) and the page element the key is written with (16 bytes).
const entryCost = 80

// stageHook, when set (by tests), runs after each staging Update; an error
// stops the commit there, as a killed process would stop.
var stageHook func() error

func afterStage() error {
	if stageHook != nil {
		return stageHook()
	}
	return nil
}

// staged is what stageFresh wrote, as the commit needs it.
type staged struct {
	tally freshTally
	known uint64 // knownStamp when the words were built
}

// stageFresh writes the words of pending document seq under wordstage when
// the collection has none and they are many (stageFrom), and returns what
// it staged; nil when it did not stage.
func (db *DB) stageFresh(seq uint32, m *cards.Mined, now time.Time) (*staged, error) {
	if len(m.Words) < stageFrom {
		return nil, nil
	}
	var fw *freshWords
	st := &staged{}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if _, err := getPending(tx, seq); err != nil {
			return err
		}
		if !noWords(tx) {
			return nil
		}
		// (A stage left by an interrupted run is deleted by RollBack, but
		// not by a cika that predates stages.)
		if err := dropWordStage(tx, seq); err != nil {
			return err
		}
		ws, err := tx.CreateBucketIfNotExists(bucketWordStage)
		if err != nil {
			return err
		}
		sb, err := ws.CreateBucket(u32(seq))
		if err != nil {
			return err
		}
		for _, idx := range freshIndexes {
			if _, err := sb.CreateBucket(idx.name); err != nil {
				return err
			}
		}
		fw = newFreshWords(tx, byID(m.Words), now)
		st.tally, st.known = fw.tally(), knownStamp(tx)
		return nil
	})
	if err != nil || fw == nil {
		return nil, err
	}
	if err := afterStage(); err != nil {
		return nil, err
	}
	built := buildFresh(fw)
	defer func() {
		for range built {
		}
	}()
	for bi := range built {
		for es := bi.entries; len(es) > 0; {
			n, size := 0, 0
			for n < len(es) && (n == 0 || size < stageBudget) {
				size += len(es[n].k) + len(es[n].v) + entryCost
				n++
			}
			err := db.bolt.Update(func(tx *bolt.Tx) error {
				if _, err := getPending(tx, seq); err != nil {
					return err
				}
				b := wordStage(tx, seq).Bucket(bi.name)
				// Keys only ever append: pages can be packed (packBulk).
				b.FillPercent = 0.9
				for _, e := range es[:n] {
					if err := b.Put(e.k, e.v); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
			clear(es[:n]) // written: the collector may have them
			es = es[n:]
			if err := afterStage(); err != nil {
				return nil, err
			}
		}
	}
	return st, nil
}

// commitStaged moves the words stageFresh wrote for document seq into the
// collection and writes the rest of the commit, the document's record and
// the counts (as commitTx does); false, having changed nothing, when what
// they were built from no longer holds.
func commitStaged(tx *bolt.Tx, seq uint32, doc corpus.Document, m *cards.Mined, now time.Time, st *staged, res *MineResult) (bool, error) {
	sb := wordStage(tx, seq)
	if sb == nil || !noWords(tx) || knownStamp(tx) != st.known {
		return false, nil
	}
	for _, idx := range freshIndexes {
		if sb.Bucket(idx.name) == nil {
			return false, nil
		}
	}
	if err := putDocument(tx, seq, doc, m, now, res); err != nil {
		return false, err
	}
	for _, idx := range freshIndexes {
		if err := tx.DeleteBucket(idx.name); err != nil {
			return false, err
		}
		if err := tx.MoveBucket(idx.name, sb, nil); err != nil {
			return false, err
		}
	}
	if err := dropWordStage(tx, seq); err != nil {
		return false, err
	}
	return true, addMineCounts(tx.Bucket(bucketMeta), res, st.tally)
}

// wordStage is document seq's bucket in wordstage, nil when it has none.
func wordStage(tx *bolt.Tx, seq uint32) *bolt.Bucket {
	ws := tx.Bucket(bucketWordStage)
	if ws == nil {
		return nil
	}
	return ws.Bucket(u32(seq))
}

// dropWordStage deletes document seq's staged words, and wordstage once it
// holds no other document's.
func dropWordStage(tx *bolt.Tx, seq uint32) error {
	ws := tx.Bucket(bucketWordStage)
	if ws == nil {
		return nil
	}
	if ws.Bucket(u32(seq)) != nil {
		if err := ws.DeleteBucket(u32(seq)); err != nil {
			return err
		}
	}
	if k, _ := ws.Cursor().First(); k == nil {
		return tx.DeleteBucket(bucketWordStage)
	}
	return nil
}

// noWords reports whether the buckets new words fill are all empty.
func noWords(tx *bolt.Tx) bool {
	for _, idx := range freshIndexes {
		if k, _ := tx.Bucket(idx.name).Cursor().First(); k != nil {
			return false
		}
	}
	return true
}

// knownStamp is a hash of the known list's headwords: what the new queue
// of new words depends on besides the words themselves.
func knownStamp(tx *bolt.Tx) uint64 {
	h := fnv.New64a()
	tx.Bucket(bucketKnown).ForEach(func(k, _ []byte) error {
		h.Write(k)
		h.Write([]byte{sep})
		return nil
	})
	return h.Sum64()
}
