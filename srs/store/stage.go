package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash"
	"hash/fnv"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/corpus"
)

// Committing a big corpus without holding its new words in memory.
//
// CommitDocument makes a document part of the collection in one Update,
// and bbolt holds every page an Update dirties in memory until it commits.
// For a million pairs that is the records and index entries of 60,000 new
// words, 1.1 million keys and ≈ 75 MB of pages: the commit held ≈ 240 MB of
// heap and was the peak of the miner's memory.
//
// So when a document brings many words new to the collection, stageFresh
// writes the buckets they fill (freshIndexes) beforehand, a few megabytes
// an Update, into buckets of the same names under wordstage/seq, where no
// reader looks: each holds the new words' entries and the collection's
// entries of its name, merged in key order, so that every Update appends.
// The commit's one Update then deletes the collection's buckets and moves
// the staged ones in their place (bbolt's MoveBucket rewrites one key of
// the root, whatever the bucket holds), and merges the words the document
// shares with the collection, as for any document: it dirties the pages of
// those words, not the new ones'.
//
// The collection's entries may change between the Updates (a review
// session answers a card, another process adds words to the known list),
// so stageBucket hashes those it copies, and the commit hashes the
// collection's buckets again: a bucket that changed is staged again
// (restage) before the commit is tried again, and after maxRestage tries,
// or when the known list, which decides the new queue, changed, or when a
// staged word is in the collection, the stage is dropped and the words
// committed as for any other document. The words thus appear with their
// document or not at all, with every answer given meanwhile. If the
// process dies first, RollBack deletes the stage with the document's other
// pending records.

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

func (db *DB) stagedUpdate() error {
	if db.afterStage != nil {
		db.afterStage()
	}
	if stageHook != nil {
		return stageHook()
	}
	return nil
}

// maxRestage is how many times the commit stages again the buckets that
// changed meanwhile before it gives up the stage.
const maxRestage = 2

// errStale stops a commit whose staged buckets are out of date;
// errCollision a staging that meets a staged word in the collection.
var (
	errStale     = errors.New("staged words out of date")
	errCollision = errors.New("a staged word is in the collection")
)

// staged is what stageFresh wrote, as the commit needs it.
type staged struct {
	fw    *freshWords // the staged words, in ID order
	sums  [][]byte    // the hash of the collection's entries in each of freshIndexes when staged
	tally freshTally
	known uint64 // knownStamp when the words were built
}

// stageFresh writes the words of pending document seq that are new to the
// collection under wordstage, with the collection's entries of the same
// buckets, when they are many (stageFrom), and returns what it staged; nil
// when it did not stage. ws are the document's words in ID order (byID).
func (db *DB) stageFresh(seq uint32, ws []wordID, now time.Time) (*staged, error) {
	from := stageFrom
	if db.stageFrom > 0 {
		from = db.stageFrom
	}
	if len(ws) < from {
		return nil, nil
	}
	st := &staged{sums: make([][]byte, len(freshIndexes))}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if _, err := getPending(tx, seq); err != nil {
			return err
		}
		words := tx.Bucket(bucketWords)
		var fresh []wordID
		for _, wi := range ws {
			if words.Get([]byte(wi.id)) == nil {
				fresh = append(fresh, wi)
			}
		}
		if len(fresh) < from {
			return nil
		}
		// (A stage left by an interrupted run is deleted by RollBack, but
		// not by a cika that predates stages.)
		if err := dropWordStage(tx, seq); err != nil {
			return err
		}
		all, err := tx.CreateBucketIfNotExists(bucketWordStage)
		if err != nil {
			return err
		}
		sb, err := all.CreateBucket(u32(seq))
		if err != nil {
			return err
		}
		for _, idx := range freshIndexes {
			if _, err := sb.CreateBucket(idx.name); err != nil {
				return err
			}
		}
		st.fw = newFreshWords(tx, fresh, now)
		st.tally, st.known = st.fw.tally(), knownStamp(tx)
		return nil
	})
	if err != nil || st.fw == nil {
		return nil, err
	}
	if err := db.stagedUpdate(); err != nil {
		return nil, err
	}
	built := buildFresh(st.fw)
	defer func() {
		for range built {
		}
	}()
	i := 0
	for bi := range built {
		for ; !bytes.Equal(freshIndexes[i].name, bi.name); i++ {
		}
		if st.sums[i], err = db.stageBucket(seq, bi.name, bi.entries); err != nil {
			break
		}
	}
	if errors.Is(err, errCollision) {
		return nil, db.dropStage(seq)
	}
	if err != nil {
		return nil, err
	}
	return st, nil
}

// restage stages again the buckets of freshIndexes numbered in stale,
// whose entries in the collection changed since they were staged.
func (db *DB) restage(seq uint32, st *staged, stale []int) error {
	for _, i := range stale {
		name := freshIndexes[i].name
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			if _, err := getPending(tx, seq); err != nil {
				return err
			}
			sb := wordStage(tx, seq)
			if err := sb.DeleteBucket(name); err != nil {
				return err
			}
			_, err := sb.CreateBucket(name)
			return err
		})
		if err != nil {
			return err
		}
		if st.sums[i], err = db.stageBucket(seq, name, freshIndexes[i].entries(st.fw)); err != nil {
			return err
		}
	}
	return nil
}

// stageBucket writes into document seq's staged bucket name the
// collection's entries of that bucket and es, the new words' (in key
// order), merged in key order, about stageBudget an Update, and returns
// the hash of the collection's entries as it copied them (bucketHash's, if
// they did not change meanwhile). es is cleared as it is written.
func (db *DB) stageBucket(seq uint32, name []byte, es []entry) ([]byte, error) {
	h := sha256.New()
	var after []byte // the last of the collection's keys copied
	for done := false; !done; {
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			if _, err := getPending(tx, seq); err != nil {
				return err
			}
			b := wordStage(tx, seq).Bucket(name)
			// Keys only ever append: pages can be packed (packBulk).
			b.FillPercent = 0.9
			c := tx.Bucket(name).Cursor()
			var k, v []byte
			if after == nil {
				k, v = c.First()
			} else if k, v = c.Seek(after); bytes.Equal(k, after) {
				k, v = c.Next()
			}
			last := after
			for size := 0; size < stageBudget && (k != nil || len(es) > 0); {
				var err error
				switch {
				case len(es) == 0 || k != nil && bytes.Compare(k, es[0].k) < 0:
					err = b.Put(k, v)
					hashEntry(h, k, v)
					size += len(k) + len(v) + entryCost
					last = k
					k, v = c.Next()
				case k != nil && bytes.Equal(k, es[0].k):
					return errCollision
				default:
					err = b.Put(es[0].k, es[0].v)
					size += len(es[0].k) + len(es[0].v) + entryCost
					es[0] = entry{} // written: the collector may have it
					es = es[1:]
				}
				if err != nil {
					return err
				}
			}
			after = bytes.Clone(last) // (k points into the Update's pages)
			done = k == nil && len(es) == 0
			return nil
		})
		if err != nil {
			return nil, err
		}
		if err := db.stagedUpdate(); err != nil {
			return nil, err
		}
	}
	return h.Sum(nil), nil
}

// hashEntry adds key k and value v to h, each with its length.
func hashEntry(h hash.Hash, k, v []byte) {
	var n [2 * binary.MaxVarintLen64]byte
	l := binary.PutUvarint(n[:], uint64(len(k)))
	l += binary.PutUvarint(n[l:], uint64(len(v)))
	h.Write(n[:l])
	h.Write(k)
	h.Write(v)
}

// bucketHash is the hash of b's entries, as stageBucket computes it.
func bucketHash(b *bolt.Bucket) []byte {
	h := sha256.New()
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		hashEntry(h, k, v)
	}
	return h.Sum(nil)
}

// checkStage says whether document seq's stage can be committed: not at
// all (ok false) when it is missing or the known list changed, and if so
// which buckets of freshIndexes changed in the collection since they were
// staged.
func checkStage(tx *bolt.Tx, seq uint32, st *staged) (stale []int, ok bool) {
	sb := wordStage(tx, seq)
	if sb == nil || knownStamp(tx) != st.known {
		return nil, false
	}
	for i, idx := range freshIndexes {
		if sb.Bucket(idx.name) == nil {
			return nil, false
		}
		if !bytes.Equal(bucketHash(tx.Bucket(idx.name)), st.sums[i]) {
			stale = append(stale, i)
		}
	}
	return stale, true
}

// commitStaged moves the buckets stageFresh wrote for document seq, which
// checkStage found up to date, into the collection and writes the rest of
// the commit, the document's record, the words it shares with the
// collection and the counts (as commitTx does). ws are the document's
// words in ID order.
func commitStaged(tx *bolt.Tx, seq uint32, doc corpus.Document, ws []wordID, m *cards.Mined, now time.Time, st *staged, res *MineResult) error {
	if err := putDocument(tx, seq, doc, m, now, res); err != nil {
		return err
	}
	sb := wordStage(tx, seq)
	for _, idx := range freshIndexes {
		// (Nothing was put in either bucket in this Update: MoveBucket
		// would drop it, etcd-io/bbolt#1239.)
		if err := tx.DeleteBucket(idx.name); err != nil {
			return err
		}
		if err := tx.MoveBucket(idx.name, sb, nil); err != nil {
			return err
		}
	}
	if err := dropWordStage(tx, seq); err != nil {
		return err
	}
	t, err := commitWords(tx, ws, st.fw.ws, now, res)
	if err != nil {
		return err
	}
	t.add(st.tally)
	return addMineCounts(tx.Bucket(bucketMeta), res, t)
}

// dropStage deletes document seq's staged words, in an Update.
func (db *DB) dropStage(seq uint32) error {
	return db.bolt.Update(func(tx *bolt.Tx) error { return dropWordStage(tx, seq) })
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
