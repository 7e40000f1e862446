//go:build unix

package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// LockMining takes the miner's lock of the collection at path: an exclusive
// flock on the file path+"-mining", held until release is called or the
// process ends (the kernel drops it even after SIGKILL). Holding it, a
// miner knows that pending batches in the collection are a dead run's and
// may RollBack them. It waits up to timeout (0: DefaultTimeout) for another
// miner, then fails with ErrMining.
func LockMining(path string, timeout time.Duration) (release func() error, err error) {
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, &PathError{Path: path, Err: err}
	}
	f, err := os.OpenFile(path+"-mining", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, &PathError{Path: path, Err: err}
	}
	deadline := time.Now().Add(timeout)
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, &PathError{Path: path, Err: fmt.Errorf("lock for mining: %w", err)}
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, &PathError{Path: path, Err: ErrMining}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return f.Close, nil
}
