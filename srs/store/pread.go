package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sort"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// Point reads without the memory map.
//
// bbolt reads its pages through a memory map, and the first touch of each
// page costs the process a page fault. On the machines cika is measured on
// (Firecracker VMs) a fault on a page of a big collection costs 75-150 µs
// of CPU, where reading the same 4 KiB with pread costs 3.5 µs (300 random
// pages of a 910k-sentence collection, all in the page cache). Reads that
// land on pages nothing else touched, such as a phrase search's candidate
// sentences or a word's first examples, pay one fault each: 200 of them
// were most of `cika lookup quality`.
//
// pageReader finds a key as bbolt's cursor does, from the bucket's root
// page down, reading each page with pread on a file of its own; branch
// pages are kept, since many reads pass through the same ones.
//
// It reads the pages of a read transaction, which stay as they are while
// it is open: bbolt writes no page an open transaction of this process can
// reach, and no other process writes while this one has the file open
// (bbolt locks it, shared for readers and exclusive for a writer). It must
// not be used inside an Update, whose changes are not in the file yet.
type pageReader struct {
	f     *os.File
	size  int64  // the page size
	pages uint64 // the transaction's pages
	// top holds the pages of a bucket's first two levels, read once: the
	// branch pages below are too many to keep (a page each of 200 reads
	// is 200 pages of heap, each a fault of its own when first written).
	top map[uint64][]byte
	// below holds, for each level under the top, the page read there
	// last: consecutive gets of a search's candidates or a word's
	// examples, sentences near each other, often pass through the same
	// ones (`lookup time` on a million sentences: 710 preads, now 515).
	below []lastPage
	// chunk is each's buffer of neighbouring leaves (walkChunk).
	chunk []byte
	// maxPages, if set, bounds the pages page reads for one page and its
	// overflow; a longer one is errLongPage.
	maxPages int
}

// preadPages is the maxPages of a walk that falls back to the memory map
// for a longer page (wordSentencesRead). Reading a page costs its pages'
// copy and, in a fresh buffer, a fault of 12 µs for each, where the map
// costs 35-100 µs for each page touched; a lookup reads the first bytes
// of a word's entry, and a frequent word's in a big document is long
// (时 in a million sentences 16 KB, 的 430 KB). 4, 8 and 32 pages
// measured alike for `lookup time`, water and 学习 (Find's CPU in a fresh
// process, 21 runs each).
var preadPages = 8 // (a variable for the tests)

// errLongPage is a page longer than the reader's maxPages.
var errLongPage = errors.New("page longer than the reader reads")

// lastPage is a page read below the top, and its ID.
type lastPage struct {
	id uint64
	p  []byte
}

// newPageReader starts a reader of tx's pages; close it when done.
func newPageReader(tx *bolt.Tx) (*pageReader, error) {
	f, err := readFileOf(tx.DB())
	if err != nil {
		return nil, err
	}
	size := int64(tx.DB().Info().PageSize)
	return &pageReader{f: f, size: size, pages: uint64(tx.Size() / size), top: map[uint64][]byte{}}, nil
}

// readFiles holds, for each open bolt.DB that a pageReader has read, the
// file opened for pread (a *sharedFile), until closeReadFile. A lookup
// starts a dozen readers (a phrase search, the English matches, each
// word's examples), some at once; each opened, advised and closed a file
// of its own, 2.5 % of `cika lookup time`'s CPU on a million sentences.
// pread needs no file offset, so one file serves them all.
var readFiles sync.Map

// sharedFile is a collection file opened once for pread.
type sharedFile struct {
	once sync.Once
	f    *os.File
	err  error
}

// readFileOf is db's file for pread, opened (with readRandom's advice) by
// the first reader.
func readFileOf(db *bolt.DB) (*os.File, error) {
	v, ok := readFiles.Load(db)
	if !ok {
		v, _ = readFiles.LoadOrStore(db, &sharedFile{})
	}
	sf := v.(*sharedFile)
	sf.once.Do(func() {
		if sf.f, sf.err = os.Open(db.Path()); sf.err == nil {
			readRandom(sf.f)
		}
	})
	return sf.f, sf.err
}

// closeReadFile closes db's file for pread, if a reader opened one; DB.Close
// calls it, after which no transaction of db is open.
func closeReadFile(db *bolt.DB) {
	if v, ok := readFiles.LoadAndDelete(db); ok {
		if sf := v.(*sharedFile); sf.f != nil {
			sf.f.Close()
		}
	}
}

// close gives r's buffers to the next reader.
func (r *pageReader) close() {
	spare.Lock()
	defer spare.Unlock()
	for _, p := range r.top {
		spare.pages = append(spare.pages, p[:cap(p)])
	}
	for _, b := range r.below {
		if b.p != nil {
			spare.pages = append(spare.pages, b.p[:cap(b.p)])
		}
	}
	if r.chunk != nil {
		spare.pages = append(spare.pages, r.chunk[:cap(r.chunk)])
	}
	r.top, r.below, r.chunk = nil, nil, nil
}

// spare keeps the buffers of closed readers. A lookup reads with a dozen
// readers one after the other (a search, each word's examples), and each
// new buffer is fresh memory, a page fault when first written: about 40
// faults of `cika lookup quality` before they were handed on.
var spare struct {
	sync.Mutex
	pages [][]byte
}

// buffer is a buffer of n bytes (or longer), a spare one if any: the
// shortest that will do, so that a walk's runs of pages (walkChunk) and a
// get's pages each find theirs.
func (r *pageReader) buffer(n int) []byte {
	spare.Lock()
	defer spare.Unlock()
	best := -1
	for i, p := range spare.pages {
		if cap(p) >= n && (best < 0 || cap(p) < cap(spare.pages[best])) {
			best = i
		}
	}
	if best < 0 {
		return make([]byte, n)
	}
	p := spare.pages[best]
	last := len(spare.pages) - 1
	spare.pages[best] = spare.pages[last]
	spare.pages = spare.pages[:last]
	return p[:n]
}

// bbolt's page layout (in the machine's byte order, as bbolt maps its
// pages onto Go structs): a 16-byte header (id 8, flags 2, count 2,
// overflow 4), then count 16-byte elements, each locating its key (and a
// leaf's value) by an offset from the element itself. A branch element is
// pos 4, ksize 4, child page id 8; a leaf element flags 4, pos 4, ksize 4,
// vsize 4, its value right after its key.
const (
	pageHeader  = 16
	elementSize = 16
	leafBucket  = 0x01 // a leaf element that is a nested bucket
)

// get returns the value of key in bucket b, nil when there is none (or
// key names a nested bucket, as Cursor.Seek has it). The value is valid
// until the next get.
//
// A big bucket's root and the pages below it are read once; below that,
// a get reads the pages on its way down, about two (3.5 µs each).
func (r *pageReader) get(b *bolt.Bucket, key []byte) ([]byte, error) {
	id := uint64(b.Root())
	if id == 0 {
		// An inline bucket lives in its parent's page, read already.
		return b.Get(key), nil
	}
	for depth := 0; depth < 32; depth++ {
		p, err := r.page(id, depth)
		if err != nil {
			return nil, err
		}
		n := int(binary.NativeEndian.Uint16(p[10:12]))
		if binary.NativeEndian.Uint16(p[8:10])&pageLeaf != 0 {
			i := sort.Search(n, func(i int) bool { return bytes.Compare(elementKey(p, i), key) >= 0 })
			if i == n || !bytes.Equal(elementKey(p, i), key) {
				return nil, nil
			}
			if binary.NativeEndian.Uint32(p[pageHeader+i*elementSize:])&leafBucket != 0 {
				return nil, nil
			}
			at, ksize, vsize := elementSpan(p, i)
			return p[at+ksize : at+ksize+vsize], nil
		}
		// The last element whose key is at most key (the first when key
		// comes before them all), as Cursor.searchPage.
		i := sort.Search(n, func(i int) bool { return bytes.Compare(elementKey(p, i), key) > 0 })
		if i > 0 {
			i--
		}
		id = binary.NativeEndian.Uint64(p[pageHeader+i*elementSize+8:])
	}
	return nil, fmt.Errorf("%w (bucket with root page %d: more than 32 levels)", ErrDamaged, uint64(b.Root()))
}

// seek calls fn with each key and value of bucket b from the first key at
// or after from, in key order, until fn returns false or an error: what a
// Cursor walk from Seek(from) finds, a nested bucket's value nil. k and v
// are valid during the call only, and fn must not read with r: the pages
// of the walk stay in r's buffers until it is done.
//
// A walk through the memory map pays a fault for each page it touches
// first, a pread costs a tenth of that (the package comment): the English
// index's entries of "time" are a dozen leaves of a million sentences'
// collection, ~20 faults of `cika lookup time` before.
func (r *pageReader) seek(b *bolt.Bucket, from []byte, fn func(k, v []byte) (bool, error)) error {
	id := uint64(b.Root())
	if id == 0 {
		// An inline bucket lives in its parent's page, read already.
		c := b.Cursor()
		for k, v := c.Seek(from); k != nil; k, v = c.Next() {
			if more, err := fn(k, v); err != nil || !more {
				return err
			}
		}
		return nil
	}
	_, err := r.seekBelow(id, 0, from, fn)
	return err
}

// seekBelow is seek in the subtree of page id, depth levels under the
// root; more is false once fn has returned false.
func (r *pageReader) seekBelow(id uint64, depth int, from []byte, fn func(k, v []byte) (bool, error)) (more bool, err error) {
	if depth >= 32 {
		return false, fmt.Errorf("%w (page %d: more than 32 levels)", ErrDamaged, id)
	}
	p, err := r.page(id, depth)
	if err != nil {
		return false, err
	}
	n := int(binary.NativeEndian.Uint16(p[10:12]))
	if binary.NativeEndian.Uint16(p[8:10])&pageLeaf != 0 {
		return eachInLeafFrom(p, sort.Search(n, func(i int) bool { return bytes.Compare(elementKey(p, i), from) >= 0 }), fn)
	}
	// From the last element whose key is at most from (the first when
	// from comes before them all), as get; the children after it hold
	// only greater keys. p stays in its buffer: the pages read below are
	// at other levels.
	i := sort.Search(n, func(i int) bool { return bytes.Compare(elementKey(p, i), from) > 0 })
	if i > 0 {
		i--
	}
	for ; i < n; i++ {
		child := binary.NativeEndian.Uint64(p[pageHeader+i*elementSize+8:])
		if more, err := r.seekBelow(child, depth+1, from, fn); err != nil || !more {
			return more, err
		}
	}
	return true, nil
}

// elementSpan is where element i of page p has its key, [at, at+ksize),
// and how long its value is (0 in a branch page).
func elementSpan(p []byte, i int) (at, ksize, vsize int) {
	e := p[pageHeader+i*elementSize:]
	at = pageHeader + i*elementSize
	if binary.NativeEndian.Uint16(p[8:10])&pageLeaf != 0 {
		return at + int(binary.NativeEndian.Uint32(e[4:8])), int(binary.NativeEndian.Uint32(e[8:12])), int(binary.NativeEndian.Uint32(e[12:16]))
	}
	return at + int(binary.NativeEndian.Uint32(e[0:4])), int(binary.NativeEndian.Uint32(e[4:8])), 0
}

// elementKey is the key of element i of page p (checked by page).
func elementKey(p []byte, i int) []byte {
	at, ksize, _ := elementSpan(p, i)
	return p[at : at+ksize]
}

// page reads page id whole (with its overflow pages), level levels under
// a bucket's root, and checks that it is a branch or leaf page naming
// itself whose elements lie inside it. A page of the first two levels is
// kept (top); one below is valid until the next read at its level.
func (r *pageReader) page(id uint64, level int) ([]byte, error) {
	if p, ok := r.top[id]; ok {
		return p, nil
	}
	keep := level < 2
	var last *lastPage
	if !keep {
		for len(r.below) <= level-2 {
			r.below = append(r.below, lastPage{})
		}
		last = &r.below[level-2]
		if last.p != nil && last.id == id {
			return last.p, nil
		}
	}
	if id < 2 || id >= r.pages {
		return nil, fmt.Errorf("%w (page %d: outside the file's %d pages)", ErrDamaged, id, r.pages)
	}
	var buf []byte
	if !keep {
		buf = last.p
		last.p = nil // until read and checked
	}
	if cap(buf) < int(r.size) {
		buf = r.buffer(int(r.size))
	}
	buf = buf[:r.size]
	if _, err := r.f.ReadAt(buf, int64(id)*r.size); err != nil {
		return nil, fmt.Errorf("read page %d: %w", id, err)
	}
	if over := uint64(binary.NativeEndian.Uint32(buf[12:16])); over > 0 {
		if id+over >= r.pages {
			return nil, fmt.Errorf("%w (page %d: %d overflow pages past the file's %d)", ErrDamaged, id, over, r.pages)
		}
		if r.maxPages > 0 && over >= uint64(r.maxPages) {
			if !keep {
				last.p, last.id = buf, 0 // the buffer kept, the page not
			}
			return nil, errLongPage
		}
		if n := int64(over+1) * r.size; int64(cap(buf)) < n {
			buf = r.buffer(int(n)) // the shorter one left to the GC
		}
		buf = buf[:int64(over+1)*r.size]
		if _, err := r.f.ReadAt(buf, int64(id)*r.size); err != nil {
			return nil, fmt.Errorf("read page %d: %w", id, err)
		}
	}
	if err := checkPage(buf, id); err != nil {
		if !keep {
			last.p, last.id = buf, 0 // the buffer kept, the page not
		}
		return nil, err
	}
	if keep {
		r.top[id] = buf
	} else {
		last.p, last.id = buf, id
	}
	return buf, nil
}

// checkPage checks that p, read whole, is a branch or leaf page naming
// itself (id) whose elements lie inside it.
func checkPage(p []byte, id uint64) error {
	got, flags := binary.NativeEndian.Uint64(p[0:8]), binary.NativeEndian.Uint16(p[8:10])
	if got != id || flags&(pageBranch|pageLeaf) == 0 {
		return fmt.Errorf("%w (page %d reads as page %d with flags %#x)", ErrDamaged, id, got, flags)
	}
	n := int(binary.NativeEndian.Uint16(p[10:12]))
	if n == 0 && flags&pageBranch != 0 || pageHeader+n*elementSize > len(p) {
		return fmt.Errorf("%w (page %d: %d elements)", ErrDamaged, id, n)
	}
	for i := 0; i < n; i++ {
		if at, ksize, vsize := elementSpan(p, i); at+ksize+vsize > len(p) {
			return fmt.Errorf("%w (page %d: element %d outside the page)", ErrDamaged, id, i)
		}
	}
	return nil
}

// walkChunk bounds the neighbouring pages each reads with one pread.
// bbolt writes a bucket's leaves mostly side by side and in key order (the
// bycount index of a million sentences: 717 leaves in 13 runs), so a walk
// takes about one read per walkChunk leaves. Reading them costs less than
// mapping them: walking that index through the memory map took 5.2 ms of
// CPU, 4 KiB at a time 4.8 ms, 4 pages at a time 3.3 ms and 16 at a time
// 3.2 ms (median of 25 runs each, a thread's CPU time, load 8-10).
const walkChunk = 16

// each calls fn with each key and value of bucket b, in key order, until
// fn returns false or an error: what a Cursor walk from First finds, a
// nested bucket's value nil. k and v are valid during the call only.
func (r *pageReader) each(b *bolt.Bucket, fn func(k, v []byte) (bool, error)) error {
	id := uint64(b.Root())
	if id == 0 {
		// An inline bucket lives in its parent's page, read already.
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if more, err := fn(k, v); err != nil || !more {
				return err
			}
		}
		return nil
	}
	p, err := r.page(id, 0)
	if err != nil {
		return err
	}
	if binary.NativeEndian.Uint16(p[8:10])&pageLeaf != 0 {
		_, err = eachInLeaf(p, fn)
		return err
	}
	_, err = r.eachBelow(p, 0, fn)
	return err
}

// eachBelow walks the pages below branch page p, depth levels under the
// root. Branch pages below are read one by one and kept (top); leaves, in
// runs of neighbours (walkChunk) into one buffer. A bbolt tree has all its
// leaves at one depth, so p's first child tells which its children are.
func (r *pageReader) eachBelow(p []byte, depth int, fn func(k, v []byte) (bool, error)) (bool, error) {
	if depth >= 32 {
		return false, fmt.Errorf("%w (page %d: more than 32 levels)", ErrDamaged, binary.NativeEndian.Uint64(p[0:8]))
	}
	child := func(i int) uint64 { return binary.NativeEndian.Uint64(p[pageHeader+i*elementSize+8:]) }
	n := int(binary.NativeEndian.Uint16(p[10:12]))
	first, err := r.page(child(0), depth+1)
	if err != nil {
		return false, err
	}
	if binary.NativeEndian.Uint16(first[8:10])&pageLeaf == 0 {
		for i := range n {
			c, err := r.page(child(i), 0) // kept
			if err != nil {
				return false, err
			}
			if binary.NativeEndian.Uint16(c[8:10])&pageLeaf != 0 {
				return false, fmt.Errorf("%w (page %d: a leaf beside branch pages)", ErrDamaged, child(i))
			}
			if more, err := r.eachBelow(c, depth+1, fn); err != nil || !more {
				return more, err
			}
		}
		return true, nil
	}
	if r.chunk == nil {
		r.chunk = r.buffer(walkChunk * int(r.size))
	}
	for i := 0; i < n; {
		from := child(i)
		j := i + 1
		for j < n && j-i < walkChunk && child(j) == from+uint64(j-i) {
			j++
		}
		if from < 2 || from+uint64(j-i) > r.pages {
			return false, fmt.Errorf("%w (pages %d to %d: outside the file's %d pages)", ErrDamaged, from, from+uint64(j-i)-1, r.pages)
		}
		run := r.chunk[:int64(j-i)*r.size]
		if _, err := r.f.ReadAt(run, int64(from)*r.size); err != nil {
			return false, fmt.Errorf("read pages %d to %d: %w", from, from+uint64(j-i)-1, err)
		}
		for q := range j - i {
			id := from + uint64(q)
			c := run[int64(q)*r.size : int64(q+1)*r.size]
			if binary.NativeEndian.Uint32(c[12:16]) > 0 {
				// Overflow pages are the page's next ones, so this is
				// the run's last page; read it whole.
				if c, err = r.page(id, depth+1); err != nil {
					return false, err
				}
			} else if err := checkPage(c, id); err != nil {
				return false, err
			}
			if binary.NativeEndian.Uint16(c[8:10])&pageLeaf == 0 {
				return false, fmt.Errorf("%w (page %d: a branch beside leaves)", ErrDamaged, id)
			}
			if more, err := eachInLeaf(c, fn); err != nil || !more {
				return more, err
			}
		}
		i = j
	}
	return true, nil
}

// eachInLeaf calls fn with each key and value of leaf page p (checked).
func eachInLeaf(p []byte, fn func(k, v []byte) (bool, error)) (bool, error) {
	return eachInLeafFrom(p, 0, fn)
}

// eachInLeafFrom is eachInLeaf from element from on.
func eachInLeafFrom(p []byte, from int, fn func(k, v []byte) (bool, error)) (bool, error) {
	n := int(binary.NativeEndian.Uint16(p[10:12]))
	for i := from; i < n; i++ {
		at, ksize, vsize := elementSpan(p, i)
		v := p[at+ksize : at+ksize+vsize]
		if binary.NativeEndian.Uint32(p[pageHeader+i*elementSize:])&leafBucket != 0 {
			v = nil
		}
		if more, err := fn(p[at:at+ksize], v); err != nil || !more {
			return more, err
		}
	}
	return true, nil
}
