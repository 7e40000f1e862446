package store

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// A damaged collection is told on Open, cheaply (Open must stay fast on a
// big file): bbolt's own checks of the meta pages (magic, version,
// checksum), a file shorter than its pages say (truncated: reading past the
// end would crash the process with SIGBUS), and a walk from the root to the
// first and last leaf of every bucket, with bbolt's panics on a page that is
// not what it should be turned into an error. Damage deeper inside a big
// bucket is found by DB.Check (the checkdb command of the tests).

// damagedHint is what to do about a damaged collection file.
const damagedHint = "restore the file from a backup, or move it aside and mine again " +
	"(keep the damaged file: your reviews are in it)"

// openError classifies an error of bolt.Open.
func openError(err error) error {
	if errors.Is(err, berrors.ErrInvalid) || errors.Is(err, berrors.ErrVersionMismatch) ||
		errors.Is(err, berrors.ErrChecksum) || strings.Contains(err.Error(), "file size too small") {
		return fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	return err
}

// boltOpen is bolt.Open with its panics on a damaged file (a freelist page
// that is not one, on a read-write open) turned into ErrDamaged.
func boltOpen(path string, o *bolt.Options) (db *bolt.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, fmt.Errorf("%w (%v)", ErrDamaged, r)
		}
	}()
	return bolt.Open(path, 0o600, o)
}

// probed holds the files this process has probed, with their size and
// modification time then: a review session opens the collection around
// each read (store.Lazy), and on a 550 MB file each probe touches a
// hundred pages spread over it (2 ms, five opens before the first card).
// A file changed since (size or time) is probed again.
var probed sync.Map // path → probeStamp

type probeStamp struct {
	size int64
	mod  time.Time
}

// probeOnce is probe, skipped when this process has probed the file as it
// is now.
func probeOnce(bdb *bolt.DB, path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return probe(bdb, path)
	}
	stamp := probeStamp{fi.Size(), fi.ModTime()}
	if s, ok := probed.Load(path); ok && s.(probeStamp) == stamp {
		return nil
	}
	if err := probe(bdb, path); err != nil {
		probed.Delete(path)
		return err
	}
	probed.Store(path, stamp)
	return nil
}

// restamp notes the file at path, probed when this process opened it for
// writing, as probed as it is now that it has written it.
func restamp(path string) {
	if _, ok := probed.Load(path); !ok {
		return
	}
	if fi, err := os.Stat(path); err == nil {
		probed.Store(path, probeStamp{fi.Size(), fi.ModTime()})
	}
}

// probe looks for damage that bolt.Open lets through.
func probe(bdb *bolt.DB, path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w (%v)", ErrDamaged, r)
		}
	}()
	return bdb.View(func(tx *bolt.Tx) error {
		if fi, err := os.Stat(path); err == nil && fi.Size() < tx.Size() {
			return fmt.Errorf("%w (truncated: %d bytes, its pages need %d)", ErrDamaged, fi.Size(), tx.Size())
		}
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			c := b.Cursor()
			c.First()
			c.Last()
			return nil
		})
	})
}
