package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"cika/srs/optimize"
)

// optimizeCommand is `cika optimize`: fit the FSRS weights to the learner's
// reviews (package optimize) and keep them if they predict better.
func optimizeCommand() *cli.Command {
	return &cli.Command{
		Name:        "optimize",
		Usage:       "fit the FSRS-6 weights to your own reviews, as Anki's Optimize does",
		Description: help("optimize"),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "revlog", Usage: "fit this FSRS CSV review log instead of the collection's", TakesFile: true},
			&cli.BoolFlag{Name: "dry-run", Usage: "show the fit without storing the weights"},
			&cli.BoolFlag{Name: "json", Usage: "print a JSON object: the report of package optimize, and stored"},
		},
		Action: func(c *cli.Context) error {
			if err := noArgs(c); err != nil {
				return err
			}
			return runOptimize(c)
		},
	}
}

func runOptimize(c *cli.Context) error {
	j := optimize.Job{Revlog: c.String("revlog"), DryRun: c.Bool("dry-run"), Clock: reviewOptions}
	j.Note = func(err error) {
		fmt.Fprintf(c.App.ErrWriter, "cika: note: %v; comparing with the default weights, storing nothing\n", err)
	}
	// The collection gives the weights in use and the desired retention,
	// and its review log unless --revlog names another.
	path, err := dbPath(c)
	switch {
	case err != nil && j.Revlog == "":
		return err
	case err != nil:
		j.Note(err)
	default:
		j.Collection = path
	}
	if !c.Bool("json") && isTerminal(c.App.ErrWriter) {
		j.Progress = func(done, total int) {
			fmt.Fprintf(c.App.ErrWriter, "\rcika: fitting, step %d of %d", done, total)
			if done == total {
				fmt.Fprint(c.App.ErrWriter, "\r\033[K")
			}
		}
	}
	out, err := j.Run()
	if err != nil {
		return err
	}
	return present(c, out, func(w io.Writer, o optimize.Outcome) error { return optimize.WriteText(w, o, j.DryRun) })
}
