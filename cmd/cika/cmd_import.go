package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"cika/cards/anki"
	"cika/srs/ankiimport"
	"cika/srs/store"
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
			Name:      "anki",
			Usage:     "merge the reviews of an Anki package (.apkg or .colpkg) into the collection",
			ArgsUsage: "FILE.apkg",
			Description: "After `cika export anki --with-progress` and some days of reviews in Anki\n" +
				"or AnkiDroid, export from Anki (File → Export, \"Anki Deck Package\" with\n" +
				"\"Include scheduling information\", or a whole \"Anki Collection Package\")\n" +
				"and import the file here. Anki's layouts old and new are read.\n\n" +
				"Notes are matched to your words by the id cika's export gave them; a note\n" +
				"of cika's note type added in Anki is matched by its Hanzi and Pinyin when\n" +
				"exactly one word fits. Other notes are listed as skipped, with the reason,\n" +
				"never guessed. The answers given in Anki are added to each card's review\n" +
				"log (those already there, like the reviews cika exported, are not added\n" +
				"twice) and the card is rescheduled as if every answer had been given in\n" +
				"cika, with your settings (`cika settings`). Your reviews in cika are all\n" +
				"kept. Importing the same file again changes nothing. Notes, fields,\n" +
				"suspensions and Anki's own FSRS state are not imported.\n\n" +
				"Examples:\n" +
				"  cika import anki phone.apkg --dry-run\n" +
				"  cika import anki phone.apkg\n" +
				"  cika import anki collection.colpkg --json",
			Flags: []cli.Flag{
				&cli.BoolFlag{Name: "dry-run", Usage: "show what would be merged, write nothing"},
				&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
			},
			Action: runImport,
		}},
	}
}

// hinted is an error with a hint for `cika: hint:`.
type hinted struct {
	err  error
	hint string
}

func (e hinted) Error() string { return e.err.Error() }
func (e hinted) Unwrap() error { return e.err }
func (e hinted) Hint() string  { return e.hint }

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
	pkg, err := anki.ReadPackage(argv[0])
	if err != nil {
		if errors.Is(err, anki.ErrNotPackage) || errors.Is(err, anki.ErrNoCollection) {
			return hinted{err, "export from Anki with File → Export: \"Anki Deck Package (.apkg)\" with scheduling information, or \"Anki Collection Package (.colpkg)\""}
		}
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
	switch {
	case errors.Is(err, ankiimport.ErrForeign):
		return hinted{err, "cika reads back its own notes (note type \"" + anki.NotetypeName + "\"), from a package of `cika export anki` reviewed in Anki"}
	case errors.Is(err, store.ErrConflict):
		return hinted{err, "a card changed while importing (a review session?); import again"}
	case err != nil:
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
