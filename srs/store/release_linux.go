package store

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// Release lets go of the pages of the collection file this process has read
// so far. The collection is mapped into memory, and every page a long scan
// touches stays counted in the process's memory (its RSS) until the file is
// closed: an export reading every word's sentences would otherwise grow with
// the collection's size, whatever it keeps. The pages stay in the kernel's
// page cache, and a later read maps them again, so this changes no result;
// it is safe while other goroutines read (the mapping is shared and only
// read, and a read transaction holds it in place).
func (db *DB) Release() { release(db.bolt) }

// release is Release on a bolt.DB (buildSentenceIndex reads every
// sentence of the file it upgrades).
func release(b *bolt.DB) {
	b.View(func(tx *bolt.Tx) error {
		syscall.Syscall(syscall.SYS_MADVISE, b.Info().Data, uintptr(tx.Size()), syscall.MADV_DONTNEED)
		return nil
	})
}
