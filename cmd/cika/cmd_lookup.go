package main

import (
	"errors"
	"strings"

	"github.com/urfave/cli/v2"

	"cika/srs/lookup"
)

// lookupCommand is `cika lookup`: find words by hanzi, pinyin or English and
// show the learner's own sentences for them. It reads the collection only:
// no dictionary, no segmenter.
func lookupCommand() *cli.Command {
	return &cli.Command{
		Name:      "lookup",
		Usage:     "find a word or phrase by 汉字, pinyin or English and show your sentences with it",
		ArgsUsage: "QUERY",
		Description: "QUERY is matched against the words of your collection:\n" +
			"  汉字     the word written so (simplified or traditional), else words containing it\n" +
			"  pinyin   with or without tones: zhineng, zhi neng, zhi4neng2, zhìnéng\n" +
			"  English  a word of its meanings: bank, banks, intelligent\n" +
			"Toneless pinyin that is also an English word (\"men\", \"fan\") shows both.\n" +
			"A query that is no word (超级智能, \"chaoji zhineng\") is looked for in your\n" +
			"sentences, with the words it is made of; English is always looked for in the\n" +
			"sentences' English too (\"arm farm\"). Sentences with the phrase as whole\n" +
			"words come first, then the shortest, easiest for the words you know.\n" +
			"Each sentence is printed with the word highlighted, its pinyin, the English,\n" +
			"and where it came from: file:line and speaker, or a subtitle's cue number\n" +
			"and times, or the credit a Tatoeba pair carries.\n\n" +
			"The exit status is grep's: 0 when a word was found, 1 when none was,\n" +
			"2 on an error (the message on stderr).\n\n" +
			"Examples:\n" +
			"  cika lookup 智能\n" +
			"  cika lookup zhi4neng2\n" +
			"  cika lookup intelligent --limit 1\n" +
			"  cika lookup 超级智能\n" +
			"  cika lookup \"arm farm\"\n" +
			"  cika lookup 银行 --json | jq '.words[0].sentences[].en'",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "limit", Value: 5, Usage: "sentences shown per word or phrase (0 = all)"},
			&cli.StringFlag{Name: "by", Usage: "match only by `KIND`: hanzi, pinyin or english (default: guess from QUERY)"},
			&cli.BoolFlag{Name: "json", Usage: "print the matches as JSON (shape in README)"},
		},
		// The exit status is grep's (status.go): 0 found, 1 nothing
		// found, 2 an error, a mistake on the command line included.
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return statusError{err: usageError{msg: err.Error(), hint: "`cika lookup --help` lists the flags"}, status: 2}
		},
		Action: grepStatus(func(c *cli.Context) error {
			argv, err := args(c)
			if err != nil {
				return err
			}
			if len(argv) != 1 {
				return usageError{msg: "lookup takes one QUERY (quote it if it has spaces)", hint: "cika lookup 智能, cika lookup \"zhi neng\", cika lookup bank"}
			}
			query := strings.TrimSpace(argv[0])
			if query == "" {
				return usageError{msg: "empty query"}
			}
			db, err := openCollection(c, true)
			if err != nil {
				return err
			}
			defer db.Close()
			res, err := lookup.Find(db, query, c.String("by"), c.Int("limit"))
			var qe *lookup.QueryError
			if errors.As(err, &qe) {
				return usageError{msg: qe.Msg, hint: qe.Hint}
			}
			if err != nil {
				return err
			}
			if c.Bool("json") {
				if err := writeJSON(c.App.Writer, res); err != nil || res.Found() {
					return err
				}
				return statusError{status: 1}
			}
			if err := lookup.WriteText(c.App.Writer, res, useColor(c.App.Writer)); err != nil {
				return err
			}
			if !res.Found() {
				return statusError{status: 1}
			}
			return nil
		}),
	}
}

// usageError is a mistake on the command line, with an example to follow.
type usageError struct{ msg, hint string }

func (e usageError) Error() string { return e.msg }
func (e usageError) Hint() string  { return e.hint }
