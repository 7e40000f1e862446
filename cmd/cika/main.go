// Command cika turns aligned Chinese–English sentence pairs into vocabulary
// flashcards and teaches them. This file only builds the app, runs it and maps
// errors to exit codes; each subcommand lives in its own cmd_*.go file.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	// Before bubbletea's init, so that it does not query the terminal.
	_ "cika/cmd/cika/internal/quietterm"
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the process exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	if err := app.Run(args); err != nil {
		status := 1
		var s statusError
		if errors.As(err, &s) {
			// An exit status of its own (status.go); without an error
			// in it, nothing to say.
			status = s.status
			if s.err == nil {
				return status
			}
		}
		fmt.Fprintf(stderr, "cika: error: %v\n", err)
		var h interface{ Hint() string }
		if errors.As(err, &h) && h.Hint() != "" {
			fmt.Fprintf(stderr, "cika: hint: %s\n", h.Hint())
		}
		return status
	}
	return 0
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:        "cika",
		Usage:       "turn Chinese–English sentence pairs into flashcards, and learn them",
		Description: help("cika"),
		Reader:      stdin,
		Writer:      stdout,
		ErrWriter:   stderr,
		Flags: []cli.Flag{
			&cli.StringFlag{
				Name:    "db",
				Usage:   "collection file (default $CIKA_DB, else $XDG_DATA_HOME/cika/collection.db)",
				EnvVars: []string{"CIKA_DB"},
			},
		},
		Commands: []*cli.Command{
			// Each command is defined in its cmd_NAME.go file.
			annotateCommand(),
			withMineFilters(mineCommand()),
			lookupCommand(),
			wordsCommand(),
			statsCommand(),
			reviewCommand(),
			dueCommand(),
			exportCommand(),
			importCommand(),
			knownCommand(),
			suspendCommand(true),
			suspendCommand(false),
			settingsCommand(),
			optimizeCommand(),
		},
		// Errors are printed once, by run.
		ExitErrHandler:  func(*cli.Context, error) {},
		HideHelpCommand: true,
	}
}

// dbPath resolves the collection file: --db, then $CIKA_DB (both through the
// flag), then $XDG_DATA_HOME/cika/collection.db, then
// ~/.local/share/cika/collection.db.
func dbPath(c *cli.Context) (string, error) {
	if p := c.String("db"); p != "" {
		return p, nil
	}
	if x := os.Getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "cika", "collection.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the collection: %w (set --db or CIKA_DB)", err)
	}
	return filepath.Join(home, ".local", "share", "cika", "collection.db"), nil
}
