//go:build unix

package engine

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used: on a loaded machine a
// benchmark's wall time counts the time other processes had the cores.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
