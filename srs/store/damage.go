package store

import (
	"encoding/binary"
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
// end would crash the process with SIGBUS), the root bucket's page read
// through bbolt, with its panics on a page that is not what it should be
// turned into an error, and the header of every bucket's root page, which
// must name itself and be a branch or a leaf (a zeroed page names page 0).
// The headers are read with pread, not through the memory map: each page a
// process first touches in its map costs ≈ 70 µs of CPU on the development
// VM, and the walk to every bucket's first and last leaf that this probe
// replaced touched ≈ 50 pages (3.5 ms) that most commands never read.
// Damage below a bucket's root is found by DB.Check (the checkdb command of
// the tests), or by bbolt's panics when a command reads it.

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
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	return bdb.View(func(tx *bolt.Tx) error {
		if fi.Size() < tx.Size() {
			return fmt.Errorf("%w (truncated: %d bytes, its pages need %d)", ErrDamaged, fi.Size(), tx.Size())
		}
		h := pageHeads{f: f, size: int64(bdb.Info().PageSize), end: tx.Size()}
		if err := h.check("the root bucket", uint64(tx.Cursor().Bucket().Root())); err != nil {
			return err
		}
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if root := uint64(b.Root()); root != 0 { // 0: an inline bucket, inside its parent's page
				return h.check(fmt.Sprintf("bucket %q", name), root)
			}
			return nil
		})
	})
}

// pageHeads reads bbolt page headers from the file.
type pageHeads struct {
	f    *os.File
	size int64 // the page size
	end  int64 // the size the transaction's pages need
	buf  [16]byte
}

// bbolt's page header: id (8 bytes), flags (2), count (2), overflow (4), in
// the machine's byte order (bbolt maps its pages onto Go structs).
const (
	pageBranch = 0x01
	pageLeaf   = 0x02
)

// check tells whether page id, the root of what, is a branch or leaf page
// that names itself.
func (h *pageHeads) check(what string, id uint64) error {
	off := int64(id) * h.size
	if id >= uint64(h.end/h.size) {
		return fmt.Errorf("%w (%s: root page %d is past the last page %d)", ErrDamaged, what, id, h.end/h.size-1)
	}
	if _, err := h.f.ReadAt(h.buf[:], off); err != nil {
		return fmt.Errorf("%w (%s: read root page %d: %v)", ErrDamaged, what, id, err)
	}
	got := binary.NativeEndian.Uint64(h.buf[0:8])
	flags := binary.NativeEndian.Uint16(h.buf[8:10])
	if got != id || flags&(pageBranch|pageLeaf) == 0 {
		return fmt.Errorf("%w (%s: root page %d reads as page %d with flags %#x)", ErrDamaged, what, id, got, flags)
	}
	return nil
}
