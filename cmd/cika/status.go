package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"
)

// statusError ends cika with an exit status other than 1. `cika lookup`
// answers as grep does, so that scripts can branch on it: 0 when something
// was found, 1 when nothing was (the output says so; err is nil, and
// stderr has at most the hint for a query of stop words), 2 on an error
// (its message and hint on stderr, as for any command).
type statusError struct {
	err    error
	status int
}

func (e statusError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.status)
	}
	return e.err.Error()
}

// Unwrap gives the error wrapped, whose hint run prints.
func (e statusError) Unwrap() error { return e.err }

// Status is the exit status. (Not ExitCode: urfave/cli exits the process
// itself on an error with that method, before run has printed it.)
func (e statusError) Status() int { return e.status }

// grepStatus makes action's errors end cika with status 2, leaving those
// that carry a status of their own.
func grepStatus(action cli.ActionFunc) cli.ActionFunc {
	return func(c *cli.Context) error {
		err := action(c)
		var s statusError
		if err != nil && !errors.As(err, &s) {
			err = statusError{err: err, status: 2}
		}
		return err
	}
}
