//go:build !linux

package store

import (
	"os"

	bolt "go.etcd.io/bbolt"
)

// readAhead is a no-op where the mapping advice is not known to matter.
func readAhead(*bolt.DB) {}

// readRandom is a no-op where the read-ahead advice is not known to matter.
func readRandom(*os.File) {}
