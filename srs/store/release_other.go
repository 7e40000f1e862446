//go:build !linux

package store

import bolt "go.etcd.io/bbolt"

// Release is a no-op where letting go of mapped pages is not known to matter
// (see release_linux.go).
func (db *DB) Release() {}

func release(*bolt.DB) {}
