package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// preadFile writes a bbolt file with a bucket "big" of 30,000 keys (three
// levels of pages, so that get reads below the pages it keeps), some
// values longer than a page (overflow pages) and a nested bucket; and a
// bucket "small" of two keys, stored inline in its parent.
func preadFile(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "p.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("big"))
		if err != nil {
			return err
		}
		for i := 0; i < 30000; i++ {
			v := []byte(fmt.Sprintf("value %d", i))
			if i%2500 == 7 {
				v = bytes.Repeat(v, 1000) // 10 KB: overflow pages
			}
			if err := b.Put(binary.BigEndian.AppendUint64(nil, uint64(2*i+1)), v); err != nil {
				return err
			}
		}
		if _, err := b.CreateBucket([]byte("nested")); err != nil {
			return err
		}
		s, err := tx.CreateBucket([]byte("small"))
		if err != nil {
			return err
		}
		s.Put([]byte("a"), []byte("1"))
		return s.Put([]byte("b"), []byte("2"))
	})
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// closeBolt closes db and the file its pageReaders read (DB.Close does
// both for a collection).
func closeBolt(db *bolt.DB) {
	db.Close()
	closeReadFile(db)
}

// openPreadFile opens a preadFile read-only, closed when the test ends.
func openPreadFile(t *testing.T) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(preadFile(t), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeBolt(db) })
	return db
}

// viewPreadFile runs fn in a read transaction of a preadFile, with a
// pageReader of it, and fails the test on fn's error.
func viewPreadFile(t *testing.T, fn func(tx *bolt.Tx, r *pageReader) error) {
	t.Helper()
	db := openPreadFile(t)
	err := db.View(func(tx *bolt.Tx) error {
		r, err := newPageReader(tx)
		if err != nil {
			return err
		}
		defer r.close()
		return fn(tx, r)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// pageReader.get finds what Bucket.Get finds, key by key: present (odd)
// and absent (even, before the first, after the last) keys, long values,
// a nested bucket (nil, as Cursor.Seek) and an inline bucket.
func TestPageReader(t *testing.T) {
	viewPreadFile(t, func(tx *bolt.Tx, r *pageReader) error {
		big := tx.Bucket([]byte("big"))
		if s := big.Stats(); s.Depth < 3 || s.LeafOverflowN == 0 {
			t.Fatalf("bucket depth %d, %d overflow pages: want 3 levels and overflow", s.Depth, s.LeafOverflowN)
		}
		keys := [][]byte{nil, {0}, []byte("nested"), []byte("zz"), binary.BigEndian.AppendUint64(nil, 1<<40)}
		for i := 0; i <= 60001; i += 3 {
			keys = append(keys, binary.BigEndian.AppendUint64(nil, uint64(i)))
		}
		found := 0
		for _, k := range keys {
			got, err := r.get(big, k)
			if err != nil {
				return fmt.Errorf("%x: %w", k, err)
			}
			want := big.Get(k)
			if !bytes.Equal(got, want) || (got == nil) != (want == nil) {
				t.Fatalf("%x: got %.20q (%d bytes), want %.20q (%d)", k, got, len(got), want, len(want))
			}
			if got != nil {
				found++
			}
		}
		if found < 9000 {
			t.Errorf("%d keys found", found)
		}
		small := tx.Bucket([]byte("small"))
		if small.Root() != 0 {
			t.Fatal("small bucket not inline")
		}
		if v, err := r.get(small, []byte("b")); err != nil || string(v) != "2" {
			t.Errorf("inline bucket: %q %v", v, err)
		}
		return nil
	})
}

// pageReader.each walks what a Cursor walks, in the same order: every key
// and value of a bucket of three levels with long values (overflow pages)
// and a nested bucket (nil), of an inline bucket, and up to a stop.
func TestPageReaderEach(t *testing.T) {
	db := openPreadFile(t)
	err := db.View(func(tx *bolt.Tx) error {
		for _, name := range []string{"big", "small"} {
			b := tx.Bucket([]byte(name))
			var want [][2][]byte
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				want = append(want, [2][]byte{k, v})
			}
			for _, stop := range []int{len(want), 1, len(want) / 2} {
				r, err := newPageReader(tx)
				if err != nil {
					return err
				}
				n := 0
				err = r.each(b, func(k, v []byte) (bool, error) {
					if n == len(want) {
						return false, fmt.Errorf("%s: more than %d keys", name, len(want))
					}
					w := want[n]
					if !bytes.Equal(k, w[0]) || !bytes.Equal(v, w[1]) || (v == nil) != (w[1] == nil) {
						return false, fmt.Errorf("%s: key %d is %x = %.20q (%d bytes), want %x = %.20q (%d)", name, n, k, v, len(v), w[0], w[1], len(w[1]))
					}
					n++
					return n < stop, nil
				})
				r.close()
				if err != nil {
					return err
				}
				if n != stop {
					t.Errorf("%s: %d keys walked, want %d", name, n, stop)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// pageReader.seek walks what a Cursor walks from Seek, in the same order:
// from keys present and absent, before the first and after the last, in a
// bucket of three levels (long values, a nested bucket) and an inline one,
// 40 keys at a time and to the end.
func TestPageReaderSeek(t *testing.T) {
	viewPreadFile(t, func(tx *bolt.Tx, r *pageReader) error {
		froms := [][]byte{nil, {0}, []byte("a"), []byte("b"), []byte("nested"), []byte("zz"), binary.BigEndian.AppendUint64(nil, 1<<40)}
		for i := 0; i <= 60001; i += 4999 {
			froms = append(froms, binary.BigEndian.AppendUint64(nil, uint64(i)))
		}
		walked := 0
		for _, name := range []string{"big", "small"} {
			b := tx.Bucket([]byte(name))
			for _, from := range froms {
				for _, stop := range []int{40, 1 << 30} {
					var want [][2][]byte
					c := b.Cursor()
					for k, v := c.Seek(from); k != nil && len(want) < stop; k, v = c.Next() {
						want = append(want, [2][]byte{k, v})
					}
					n := 0
					err := r.seek(b, from, func(k, v []byte) (bool, error) {
						if n == len(want) {
							return false, fmt.Errorf("%s from %x: more than %d keys", name, from, len(want))
						}
						w := want[n]
						if !bytes.Equal(k, w[0]) || !bytes.Equal(v, w[1]) || (v == nil) != (w[1] == nil) {
							return false, fmt.Errorf("%s from %x: key %d is %x = %.20q (%d bytes), want %x = %.20q (%d)", name, from, n, k, v, len(v), w[0], w[1], len(w[1]))
						}
						n++
						return n < stop, nil
					})
					if err != nil {
						return err
					}
					if n != len(want) {
						t.Errorf("%s from %x: %d keys walked, want %d", name, from, n, len(want))
					}
					walked += n
				}
			}
		}
		if walked < 50_000 {
			t.Errorf("%d keys walked in all", walked)
		}
		return nil
	})
}

// A page that does not name itself, or whose elements run out of it, is
// damage (ErrDamaged), not a panic or a wrong value, to get and to each.
func TestPageReaderDamaged(t *testing.T) {
	for _, damage := range []string{"id", "element"} {
		path := preadFile(t)
		var leaf uint64
		var key []byte
		db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		db.View(func(tx *bolt.Tx) error {
			// The leaf holding the key 20001 (a page of its own: the
			// bucket has three levels).
			key = binary.BigEndian.AppendUint64(nil, 20001)
			r, _ := newPageReader(tx)
			defer r.close()
			id := uint64(tx.Bucket([]byte("big")).Root())
			for {
				p, err := r.page(id, 2)
				if err != nil {
					t.Fatal(err)
				}
				if binary.NativeEndian.Uint16(p[8:10])&pageLeaf != 0 {
					leaf = id
					return nil
				}
				n := int(binary.NativeEndian.Uint16(p[10:12]))
				i := 0
				for i+1 < n && bytes.Compare(elementKey(p, i+1), key) <= 0 {
					i++
				}
				id = binary.NativeEndian.Uint64(p[pageHeader+i*elementSize+8:])
			}
		})
		size := int64(db.Info().PageSize)
		closeBolt(db)
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		var b [8]byte
		switch damage {
		case "id": // the page names another
			binary.NativeEndian.PutUint64(b[:], leaf+1)
			_, err = f.WriteAt(b[:], int64(leaf)*size)
		case "element": // its first key starts past the page
			binary.NativeEndian.PutUint32(b[:4], uint32(size))
			_, err = f.WriteAt(b[:4], int64(leaf)*size+pageHeader+4)
		}
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		db, err = bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		var walkErr error
		err = db.View(func(tx *bolt.Tx) error {
			r, err := newPageReader(tx)
			if err != nil {
				return err
			}
			defer r.close()
			walkErr = r.each(tx.Bucket([]byte("big")), func(k, v []byte) (bool, error) { return true, nil })
			_, err = r.get(tx.Bucket([]byte("big")), key)
			return err
		})
		closeBolt(db)
		if !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: %v, want ErrDamaged", damage, err)
		}
		if !errors.Is(walkErr, ErrDamaged) {
			t.Errorf("%s: walk: %v, want ErrDamaged", damage, walkErr)
		}
	}
}

// The pageReaders of a DB read one file, opened by the first and closed
// with the DB.
func TestPageReadersShareFile(t *testing.T) {
	db, err := bolt.Open(preadFile(t), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var files []*os.File
	for range 2 {
		err := db.View(func(tx *bolt.Tx) error {
			r, err := newPageReader(tx)
			if err != nil {
				return err
			}
			defer r.close()
			if _, err := r.get(tx.Bucket([]byte("big")), binary.BigEndian.AppendUint64(nil, 1)); err != nil {
				return err
			}
			files = append(files, r.f)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if files[0] != files[1] {
		t.Errorf("two readers, two files")
	}
	closeBolt(db)
	if _, ok := readFiles.Load(db); ok {
		t.Errorf("the file is still listed after Close")
	}
	if _, err := files[0].ReadAt(make([]byte, 1), 0); !errors.Is(err, os.ErrClosed) {
		t.Errorf("read after Close: %v, want os.ErrClosed", err)
	}
}
