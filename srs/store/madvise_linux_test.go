package store

import (
	"os"
	"testing"
	"unsafe"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// residentPages counts the pages of path in the page cache (mincore).
func residentPages(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	m, err := unix.Mmap(int(f.Fd()), 0, int(fi.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(m)
	vec := make([]byte, (len(m)+os.Getpagesize()-1)/os.Getpagesize())
	if _, _, e := unix.Syscall(unix.SYS_MINCORE, uintptr(unsafe.Pointer(&m[0])), uintptr(len(m)), uintptr(unsafe.Pointer(&vec[0]))); e != 0 {
		t.Fatal(e)
	}
	n := 0
	for _, v := range vec {
		n += int(v & 1)
	}
	return n
}

// A pageReader reads the pages it needs and no more (readRandom): walking
// the first tenth of a bucket whose pages are not in the page cache brings
// in about the pages walked (52 of the file's 1,024), where the kernel's
// read-ahead, taking the walk for a sequence, brought in half the file.
func TestPageReaderReadsAlone(t *testing.T) {
	path := preadFile(t)
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer closeBolt(db)
	err = db.View(func(tx *bolt.Tx) error {
		big := tx.Bucket([]byte("big"))
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		// The pages bbolt's map has touched stay (the meta pages, the
		// root's leaf); the others leave the page cache.
		if err := unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED); err != nil {
			t.Skip(err)
		}
		before := residentPages(t, path)
		r, err := newPageReader(tx)
		if err != nil {
			return err
		}
		defer r.close()
		keys := 0
		err = r.each(big, func(k, v []byte) (bool, error) {
			keys++
			return keys < 3000, nil
		})
		if err != nil {
			return err
		}
		fi, err := os.Stat(path)
		if err != nil {
			return err
		}
		if n, most := residentPages(t, path)-before, int(fi.Size())/os.Getpagesize()/8; n > most {
			t.Errorf("a walk of %d keys of 30,000 brought %d pages of the file into the page cache, want at most %d", keys, n, most)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
