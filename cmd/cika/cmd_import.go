package main

import (
	"encoding/json"
	"fmt"

	"github.com/urfave/cli/v2"

	"cika/srs/ankiimport"
)

// importCommand is `cika import anki FILE`: bring back what was reviewed in
// Anki (package ankiimport).
func importCommand() *cli.Command {
	return &cli.Command{
		Name:  "import",
		Usage: "bring back the reviews you did in Anki",
		Action: func(c *cli.Context) error {
			if c.Args().Len() == 0 {
				return usageError{msg: "import needs a format: anki",
					hint: "cika import anki phone.apkg (or cika import anki --help)"}
			}
			return usageError{msg: fmt.Sprintf("import: unknown format %q (want anki)", c.Args().First()),
				hint: "cika import anki phone.apkg (or cika import anki --help)"}
		},
		Subcommands: []*cli.Command{{
			Name:        "anki",
			Usage:       "merge the reviews of an Anki package (.apkg or .colpkg) into the collection",
			ArgsUsage:   "FILE.apkg",
			Description: help("import-anki"),
			Flags: []cli.Flag{
				&cli.BoolFlag{Name: "dry-run", Usage: "show what would be merged, write nothing"},
				&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
			},
			Action: runImport,
		}},
	}
}

func runImport(c *cli.Context) error {
	argv, err := args(c)
	if err != nil {
		return err
	}
	if len(argv) != 1 {
		return usageError{msg: fmt.Sprintf("import anki takes one argument, the package to read (got %d)", len(argv)),
			hint: "cika import anki phone.apkg"}
	}
	dry := c.Bool("dry-run")
	// The package first: a bad file is refused before the collection is
	// even opened.
	pkg, err := ankiimport.ReadPackage(argv[0])
	if err != nil {
		return err
	}
	// The collection must exist: an import has nothing to merge into a new one.
	db, err := openCollection(c, true)
	if err != nil {
		return err
	}
	if !dry {
		db.Close()
		if db, err = openCollection(c, false); err != nil {
			return err
		}
	}
	defer db.Close()
	clock, err := reviewOptions() // the review session's time zone
	if err != nil {
		return err
	}
	rep, err := ankiimport.Import(db, pkg, ankiimport.Options{DryRun: dry, Location: clock.Location})
	if err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	if c.Bool("json") {
		return json.NewEncoder(c.App.Writer).Encode(rep)
	}
	return ankiimport.WriteText(c.App.Writer, rep, clock.Location)
}
