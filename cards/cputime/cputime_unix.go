//go:build unix

// Package cputime reports the CPU time the process has used, for the
// benchmarks of several packages (cards/zh's analysis, srs/optimize,
// srs/ankiimport, srs/review): on a shared machine the wall clock swells
// with the load, CPU time much less. Only tests import it.
package cputime

import (
	"syscall"
	"time"
)

// Used is the process's user and system time so far (0 if unknown).
func Used() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
