// Package store is cika's collection: one bbolt file holding the mined
// documents and sentences, the words (notes) with their indexes, the cards
// with their FSRS state and the review log.
//
// Every write is one bbolt Update, so a failure anywhere leaves the file as
// it was; reads are View transactions that copy what they return. The file
// is locked while open (shared by readers, exclusive for a writer), and Open
// gives up after a timeout with ErrLocked instead of waiting for ever — a
// review session therefore opens the collection around each write, and
// Open is cheap (no scan, no index building).
//
// Layout: schema.go. Encodings: codec.go. Upgrades: migrate.go.
package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Errors returned by the store. ErrLocked and ErrNoCollection carry a hint
// for the user (see HintError).
var (
	// ErrLocked: another process has the collection open for writing (or
	// for reading, when this one wants to write) for longer than the timeout.
	ErrLocked = errors.New("collection is in use by another cika process")
	// ErrNoCollection: a read-only open of a file that does not exist.
	ErrNoCollection = errors.New("no collection yet")
	// ErrNewerSchema: the file was written by a newer cika.
	ErrNewerSchema = errors.New("collection was written by a newer cika")
	// ErrMining: another process is mining into the collection
	// (LockMining).
	ErrMining = errors.New("another cika is mining into this collection")
	// ErrDamaged: the file is not a readable collection (damage.go).
	ErrDamaged = errors.New("the collection file is damaged")
	// ErrNotFound: no such word, card, review or document.
	ErrNotFound = errors.New("not found")
	// ErrConflict: the card changed since it was read (another process
	// answered it), so the answer or undo was not applied.
	ErrConflict = errors.New("card changed since it was read")
)

// DefaultTimeout is how long Open waits for another process's lock.
const DefaultTimeout = time.Second

// Options configure Open. The zero value opens for reading and writing,
// creating the file, waiting DefaultTimeout for a lock.
type Options struct {
	// ReadOnly takes a shared lock, so several readers can share the file;
	// it fails with ErrNoCollection when the file does not exist.
	ReadOnly bool
	// PointReads, with ReadOnly, is for a caller that reads a few records
	// here and there (a lookup) rather than runs of neighbouring pages:
	// the memory map keeps bbolt's random-access advice, so that a page
	// not yet in the page cache is read alone, not with the megabytes
	// around it (readAhead).
	PointReads bool
	// Timeout is how long to wait for another process's lock before
	// failing with ErrLocked; 0 means DefaultTimeout.
	Timeout time.Duration
	// Now stamps the creation time of a new collection; nil means time.Now.
	Now func() time.Time
	// StageFrom, when positive, is how many new words a document must
	// bring for CommitDocument to stage them (stage.go) instead of 20,000,
	// and AfterStage, if set, is called after each staging Update: for
	// tests that kill `cika mine` there (cmd/cika's kill_test.go).
	StageFrom  int
	AfterStage func()
}

// DB is an open collection.
type DB struct {
	bolt     *bolt.DB
	path     string
	readOnly bool
	// stageFrom and afterStage are Options' StageFrom and AfterStage.
	stageFrom  int
	afterStage func()
}

// PathError wraps an Open error with the file and a hint for the user.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return fmt.Sprintf("open collection %s: %v", e.Path, e.Err) }
func (e *PathError) Unwrap() error { return e.Err }

// Hint says what to do about the error, for `cika: hint:`.
func (e *PathError) Hint() string {
	switch {
	case errors.Is(e.Err, ErrLocked):
		return "another cika (a review session?) is using it; finish that first, or use another collection with --db"
	case errors.Is(e.Err, ErrNoCollection):
		return "run `cika mine` to mine the sample podcast, or `cika mine FILE` for your own pairs"
	case errors.Is(e.Err, ErrMining):
		return "wait for the other `cika mine` to finish"
	case errors.Is(e.Err, ErrDamaged):
		return damagedHint
	case errors.Is(e.Err, ErrNewerSchema):
		return "upgrade cika (go install ./cmd/cika in a newer checkout)"
	}
	return ""
}

// Open opens the collection at path, creating it (and its directory) unless
// opts.ReadOnly, and upgrading an older layout.
func Open(path string, opts *Options) (*DB, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	fail := func(err error) (*DB, error) { return nil, &PathError{Path: path, Err: err} }
	if o.ReadOnly {
		if fi, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) || err == nil && fi.Size() == 0 {
			return fail(ErrNoCollection)
		}
	} else if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fail(err)
	}
	bdb, err := openCurrent(path, &bolt.Options{Timeout: o.Timeout, ReadOnly: o.ReadOnly})
	if errors.Is(err, berrors.ErrTimeout) {
		return fail(ErrLocked)
	}
	if err != nil {
		return fail(openError(err))
	}
	if !o.ReadOnly {
		removeStaleCompact(path)
	}
	if err := probeOnce(bdb, path); err != nil {
		bdb.Close()
		return fail(err)
	}
	db := &DB{bolt: bdb, path: path, readOnly: o.ReadOnly, stageFrom: o.StageFrom, afterStage: o.AfterStage}
	if o.ReadOnly && !o.PointReads {
		readAhead(bdb)
	}
	version, err := db.version()
	if err != nil {
		bdb.Close()
		return fail(err)
	}
	switch {
	case version > Version:
		bdb.Close()
		return fail(fmt.Errorf("%w (schema %d; this cika knows up to %d)", ErrNewerSchema, version, Version))
	case version < Version && o.ReadOnly:
		// Upgrade under a write lock, then reopen for reading.
		bdb.Close()
		w, err := Open(path, &Options{Timeout: o.Timeout, Now: o.Now})
		if err != nil {
			return nil, err
		}
		if err := w.Close(); err != nil {
			return fail(err)
		}
		return Open(path, &o)
	case version < Version:
		if err := upgrade(bdb, version, o.Now()); err != nil {
			bdb.Close()
			return fail(fmt.Errorf("upgrade from schema %d: %w", version, err))
		}
		if version > 0 {
			if db.bolt, err = compactFreed(bdb, path, o.Timeout); errors.Is(err, berrors.ErrTimeout) {
				return fail(ErrLocked)
			} else if err != nil {
				return fail(fmt.Errorf("upgrade from schema %d: %w", version, err))
			}
		}
	}
	return db, nil
}

// version reads the schema version; 0 for a new, empty file.
func (db *DB) version() (uint64, error) {
	var v uint64
	err := db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketMeta)
		if b == nil {
			return nil
		}
		raw := b.Get(keyVersion)
		if len(raw) != 8 {
			return fmt.Errorf("%w: schema version", errCorrupt)
		}
		v = binary.BigEndian.Uint64(raw)
		return nil
	})
	return v, err
}

// Close releases the file and its lock. A file this process wrote is
// taken as probed as it is now (damage.go): its changes are this
// process's own committed transactions.
func (db *DB) Close() error {
	err := db.bolt.Close()
	closeReadFile(db.bolt) // after bolt's Close, which waits for every read
	if err == nil && !db.readOnly {
		restamp(db.path)
	}
	return err
}

// Path is the collection file.
func (db *DB) Path() string { return db.path }

// Check verifies the file's page structure and that the running counts
// match the records; for tests and `cika check`-style tools.
func (db *DB) Check() error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		for name, bucket := range counted {
			want := uint64(tx.Bucket(bucket).Stats().KeyN)
			if name == countSentences {
				want -= uint64(pendingPairs(tx)) // not yet committed (pending.go)
			}
			if got := getCount(meta, name); got != want {
				return fmt.Errorf("count %s is %d, bucket %s holds %d", name, got, bucket, want)
			}
		}
		if err := checkIndexes(tx); err != nil {
			return err
		}
		if err := checkFormChars(tx); err != nil {
			return err
		}
		return checkSentenceTerms(tx)
	})
}

func getCount(meta *bolt.Bucket, name string) uint64 {
	raw := meta.Get(countKey(name))
	if len(raw) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(raw)
}

func addCount(meta *bolt.Bucket, name string, delta int) error {
	v := int64(getCount(meta, name)) + int64(delta)
	if v < 0 {
		return fmt.Errorf("%w: count %s below zero", errCorrupt, name)
	}
	return meta.Put(countKey(name), u64(uint64(v)))
}
