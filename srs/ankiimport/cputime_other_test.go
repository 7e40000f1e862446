//go:build !unix

package ankiimport_test

import "time"

func cpuTime() time.Duration { return 0 }
