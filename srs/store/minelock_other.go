//go:build !unix

package store

import "time"

// LockMining is a no-op where flock is missing: run one `cika mine` at a
// time there.
func LockMining(path string, timeout time.Duration) (release func() error, err error) {
	return func() error { return nil }, nil
}
