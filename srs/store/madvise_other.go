//go:build !linux

package store

import bolt "go.etcd.io/bbolt"

// readAhead is a no-op where the mapping advice is not known to matter.
func readAhead(*bolt.DB) {}
