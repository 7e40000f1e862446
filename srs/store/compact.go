package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// An upgrade can free a large part of the file: 10→11 drops schema 10's
// sentence index and the build's batches, 20,845 free pages (81 MB) of
// the year collection and 40,871 of a million-sentence one. bbolt reads
// the list of free pages at every write open and writes it at every
// commit, so each review answer afterwards paid for it: with 30,393 free
// pages (an earlier upgrade of the year collection), 8.3–10.8 against
// 3.6–4.2 ms of CPU per answer, p50 22–35 against 8–12 ms
// (BenchmarkYearCommit, before and after compacting). Mining would reuse
// the pages; a learner who only reviews never does.
//
// So an upgrade that leaves more than compactFreePages free rewrites the
// collection without them (bolt.Compact) into a temporary file beside it
// and renames that over the collection, holding the old file's lock
// until the new one is open. A process that opened the old file and waited
// for its lock finds that the path names another file once it has the
// lock, and opens again (openCurrent): nobody reads or writes the
// replaced file. The rewrite reads and writes the whole file once, and
// needs that much free disk: the year collection's upgrade from schema 10
// took 18.7 s of CPU instead of 8.6, peak RSS 435 MB instead of 392, and
// left a file of 403 MB instead of 723 (the pages are filled).
var compactFreePages = 4096 // 16 MB of 4 KB pages: a 32 KB list written per commit

// compactTxSize bounds what one transaction of the rewrite holds.
var compactTxSize int64 = 8 << 20

// compactSuffix names the temporary file of a rewrite.
const compactSuffix = ".compact"

// compactFreed rewrites the collection at path without its free pages when
// it has more than compactFreePages (see above), and returns the database
// to use: the new file, opened for writing, or bdb when it was left alone.
// A rewrite that fails leaves the collection as it was, which is correct,
// only slower to commit to: the upgrade is done, so that is not an error.
// Only a failure to open the renamed file is.
func compactFreed(bdb *bolt.DB, path string, timeout time.Duration) (*bolt.DB, error) {
	if freePages(bdb) < compactFreePages {
		return bdb, nil
	}
	tmp := path + compactSuffix
	if err := writeCompact(bdb, tmp); err != nil {
		os.Remove(tmp)
		return bdb, nil
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return bdb, nil
	}
	syncDir(filepath.Dir(path))
	// The new file is locked before the old one is let go, so that a
	// process waiting for the old lock finds the path renamed when it
	// gets it.
	nb, err := boltOpen(path, &bolt.Options{Timeout: timeout})
	bdb.Close()
	if err != nil {
		return nil, fmt.Errorf("open the compacted file: %w", err)
	}
	return nb, nil
}

// freePages counts the free pages, with those the last Update freed: bbolt
// holds these pending until the next one begins.
func freePages(bdb *bolt.DB) int {
	st := bdb.Stats()
	return st.FreePageN + st.PendingPageN
}

// writeCompact copies every bucket of src into a new file at dst, pages
// filled, as bolt.Compact does, and syncs it once at the end: until the
// rename, nothing depends on it. Unlike bolt.Compact it lets go of the
// pages of both files that it has read or written at each commit
// (release), so that the process's memory does not grow with the file:
// peak RSS 1.2 GB for the year collection with bolt.Compact, 435 MB so.
func writeCompact(src *bolt.DB, dst string) error {
	if err := os.Remove(dst); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	db, err := bolt.Open(dst, 0o600, &bolt.Options{NoSync: true})
	if err != nil {
		return err
	}
	err = src.View(func(stx *bolt.Tx) error {
		c := compactor{src: src, dst: db}
		if c.tx, err = db.Begin(true); err != nil {
			return err
		}
		defer func() { c.tx.Rollback() }()
		err := stx.ForEach(func(name []byte, b *bolt.Bucket) error {
			nb, err := c.tx.CreateBucket(name)
			if err != nil {
				return err
			}
			return c.copyBucket(b, nb, [][]byte{name})
		})
		if err != nil {
			return err
		}
		return c.tx.Commit()
	})
	if err == nil {
		err = db.Sync()
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// compactor is writeCompact's state: the open Update of the new file and
// what it holds so far.
type compactor struct {
	src, dst *bolt.DB
	tx       *bolt.Tx
	size     int64
	commits  int // of tx: a bucket of an earlier one is closed
}

// copyBucket copies from into to, whose path from the root is path, with
// its nested buckets and sequence.
func (c *compactor) copyBucket(from, to *bolt.Bucket, path [][]byte) error {
	if err := to.SetSequence(from.Sequence()); err != nil {
		return err
	}
	to.FillPercent = 1
	commits := c.commits
	return from.ForEach(func(k, v []byte) error {
		if err := c.grow(int64(len(k) + len(v))); err != nil {
			return err
		}
		if c.commits != commits {
			// The transaction that to belonged to is over.
			to, commits = c.bucket(path), c.commits
		}
		if v == nil {
			nb, err := to.CreateBucket(k)
			if err != nil {
				return err
			}
			return c.copyBucket(from.Bucket(k), nb, append(path[:len(path):len(path)], k))
		}
		return to.Put(k, v)
	})
}

// grow counts n more bytes in the transaction, committing it and starting
// another first when it would pass compactTxSize.
func (c *compactor) grow(n int64) error {
	if c.size+n <= compactTxSize {
		c.size += n
		return nil
	}
	if err := c.tx.Commit(); err != nil {
		return err
	}
	c.commits++
	release(c.src)
	release(c.dst)
	var err error
	c.tx, err = c.dst.Begin(true)
	c.size = n
	return err
}

// bucket is the bucket at path in the open transaction.
func (c *compactor) bucket(path [][]byte) *bolt.Bucket {
	b := c.tx.Bucket(path[0])
	for _, k := range path[1:] {
		b = b.Bucket(k)
	}
	b.FillPercent = 1
	return b
}

// syncDir makes a rename in dir durable. Best effort: where a directory
// cannot be synced, the rename is still atomic, only not yet on disk.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// removeStaleCompact removes the temporary file of a rewrite that was cut
// short (the process killed). Called with the collection's write lock held,
// so no rewrite is running.
func removeStaleCompact(path string) {
	os.Remove(path + compactSuffix)
}

// openedHook, when set (tests), runs after the file is open and locked,
// before openCurrent checks that the path still names it.
var openedHook func(path string)

// openCurrent is boltOpen, made again when the path was renamed over
// while this process waited for the lock: then it held the lock of a
// replaced file (compactFreed). The path is compared before the open and
// after the lock is held: a rename in between, whenever it fell, shows as
// two different files.
func openCurrent(path string, o *bolt.Options) (*bolt.DB, error) {
	for range 3 {
		before, statErr := os.Stat(path)
		bdb, err := boltOpen(path, o)
		if err != nil || statErr != nil {
			// Not there before: a new collection, which nobody rewrites.
			return bdb, err
		}
		if openedHook != nil {
			openedHook(path)
		}
		after, err := os.Stat(path)
		if err == nil && os.SameFile(before, after) {
			return bdb, nil
		}
		bdb.Close()
	}
	return nil, fmt.Errorf("the file was replaced while it was opened, three times")
}
