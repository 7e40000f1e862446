//go:build unix

package zh

import (
	"syscall"
	"time"
)

// cpuTime is the process's user and system time so far: the analysis
// benchmarks report it beside wall time, which a shared machine inflates.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
