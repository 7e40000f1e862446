package store

import (
	"os"
	"syscall"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// readAhead undoes bbolt's MADV_RANDOM on a read-only mapping. bbolt asks
// the kernel for random access, which turns off fault-around: every 4 KiB
// page read then costs its own page fault (measured ≈ 7 µs each on the
// development VM, 11 ms for `cika words` on a 100k-sentence collection).
// Readers scan runs of neighbouring pages, so normal advice is faster. The
// mapping is only read (a read-only bbolt never remaps), and failure is
// harmless: the advice is a hint.
func readAhead(db *bolt.DB) {
	var size int64
	if err := db.View(func(tx *bolt.Tx) error { size = tx.Size(); return nil }); err != nil || size == 0 {
		return
	}
	syscall.Syscall(syscall.SYS_MADVISE, db.Info().Data, uintptr(size), syscall.MADV_NORMAL)
}

// readRandom tells the kernel that f is read a few pages here and there
// (pageReader's point reads), so that a page not yet in the page cache is
// read alone. By default the kernel reads ahead of a read it takes for
// the start of a sequence, up to the device's read_ahead_kb (8 MiB on the
// development VM): a cold `cika lookup time` on a 910k-sentence collection
// read 84 MB from disk, and 4.5 MB with this advice and the map's random
// advice (Options.PointReads). pageReader.each reads its runs of
// neighbouring pages in one pread of its own. A hint: failure is harmless.
func readRandom(f *os.File) {
	unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_RANDOM)
}
