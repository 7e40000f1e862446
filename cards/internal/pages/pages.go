// Package pages helps the big tables built at load time take fewer page
// faults.
package pages

import "unsafe"

// Touch writes a zero byte into each page of s's backing array (up to its
// capacity), which must still be all zero bytes. Memory fresh from the
// kernel is mapped on first access: a read (a hash table's probe before
// its insert, the collector scanning a slice not yet filled) maps the
// shared zero page, and the write that follows faults a second time for a
// page of its own. Writing first costs one fault a page. The bytes are
// written as bytes: storing a zero T where T holds pointers would go
// through the write barrier, which reads the old value first while the
// collector runs; a zero byte over a zero byte changes no pointer.
//
// On the analyzer's load (`cika annotate </dev/null`) this took the page
// faults from 19,000 to 12,800 (perf stat).
func Touch[T any](s []T) {
	n := cap(s) * int(unsafe.Sizeof(*new(T)))
	if n == 0 {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s[:cap(s)]))), n)
	for i := 0; i < n; i += pageSize {
		b[i] = 0
	}
}

// pageSize is the smallest page size of the systems cika runs on; where
// pages are bigger, Touch writes more often than it needs to.
const pageSize = 4096
