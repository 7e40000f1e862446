package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"cika/srs/store"
)

// openCollection opens the collection named by --db / $CIKA_DB / the XDG
// default. Commands that only read pass readOnly, so that they share the
// file with other readers and never create it.
func openCollection(c *cli.Context, readOnly bool) (*store.DB, error) {
	path, err := dbPath(c)
	if err != nil {
		return nil, err
	}
	return store.Open(path, &store.Options{ReadOnly: readOnly})
}

// show runs a command that reads (or changes) the collection and reports
// a value: get computes the value on the open collection, which stays
// open until the value is printed, as JSON with --json, else by text.
func show[T any](c *cli.Context, readOnly bool, get func(*store.DB) (T, error), text func(io.Writer, T) error) error {
	db, err := openCollection(c, readOnly)
	if err != nil {
		return err
	}
	defer db.Close()
	v, err := get(db)
	if err != nil {
		return err
	}
	return present(c, v, text)
}

// present writes v as JSON with --json, else by text.
func present[T any](c *cli.Context, v T, text func(io.Writer, T) error) error {
	if c.Bool("json") {
		return writeJSON(c.App.Writer, v)
	}
	return text(c.App.Writer, v)
}

// isTerminal reports whether rw, a reader or a writer, is a terminal (a
// character device).
func isTerminal(rw any) bool {
	f, ok := rw.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// useColor reports whether to colour output written to w: only on a
// terminal, and never when NO_COLOR is set (https://no-color.org).
func useColor(w io.Writer) bool {
	return os.Getenv("NO_COLOR") == "" && isTerminal(w)
}

// now is the clock of the commands; tests replace it.
var now = time.Now

// noArgs is args for the commands that take none: it applies the flags and
// refuses any argument, naming the command as typed ("known list takes no
// arguments (got "x")").
func noArgs(c *cli.Context) error {
	argv, err := args(c)
	if err != nil {
		return err
	}
	if len(argv) > 0 {
		return usageError{msg: fmt.Sprintf("%s takes no arguments (got %q)", strings.TrimPrefix(c.Command.HelpName, c.App.Name+" "), argv[0])}
	}
	return nil
}

// args returns the command's positional arguments, applying any flags that
// follow them: urfave/cli stops parsing flags at the first argument, but
// learners type `cika lookup 智能 --limit 2`. "--" ends the flags; "-" is an
// argument (standard input).
func args(c *cli.Context) ([]string, error) {
	var pos []string
	in := c.Args().Slice()
	for i := 0; i < len(in); i++ {
		a := in[i]
		if a == "--" {
			return append(pos, in[i+1:]...), nil
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := findFlag(c.Command.Flags, name)
		if f == nil {
			return nil, usageError{msg: fmt.Sprintf("unknown flag %s", a), hint: fmt.Sprintf("cika %s --help lists the flags", c.Command.Name)}
		}
		if _, isBool := f.(*cli.BoolFlag); isBool && !hasValue {
			value, hasValue = "true", true
		}
		if !hasValue {
			if i+1 == len(in) {
				return nil, usageError{msg: fmt.Sprintf("flag %s needs a value", a)}
			}
			i++
			value = in[i]
		}
		if err := c.Set(name, value); err != nil {
			return nil, usageError{msg: fmt.Sprintf("flag %s: %v", a, err)}
		}
	}
	return pos, nil
}

func findFlag(flags []cli.Flag, name string) cli.Flag {
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return f
			}
		}
	}
	return nil
}
