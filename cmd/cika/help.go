package main

import (
	_ "embed"
	"fmt"
	"strings"
)

// The long help of each command (its Description, shown by --help) is
// prose, kept in help/NAME.txt so that the Go files keep the flags and the
// wiring, and the text reads as it prints.
//
// Every command builds its Description at start, so this runs on every run
// of cika, `cika lookup` included. Each file is a string of its own, in the
// binary's read-only data: an embed.FS's ReadFile copies the file into
// fresh heap, and the 17 copies (13 KB in many size classes) were about
// 18 page faults of every run (≈ 10 µs each on the development VM).
var (
	//go:embed help/annotate.txt
	helpAnnotate string
	//go:embed help/cika.txt
	helpCika string
	//go:embed help/due.txt
	helpDue string
	//go:embed help/export.txt
	helpExport string
	//go:embed help/export-anki.txt
	helpExportAnki string
	//go:embed help/export-tsv.txt
	helpExportTsv string
	//go:embed help/import-anki.txt
	helpImportAnki string
	//go:embed help/known.txt
	helpKnown string
	//go:embed help/known-import.txt
	helpKnownImport string
	//go:embed help/lookup.txt
	helpLookup string
	//go:embed help/mine.txt
	helpMine string
	//go:embed help/optimize.txt
	helpOptimize string
	//go:embed help/review.txt
	helpReview string
	//go:embed help/settings.txt
	helpSettings string
	//go:embed help/stats.txt
	helpStats string
	//go:embed help/suspend.txt
	helpSuspend string
	//go:embed help/words.txt
	helpWords string
)

// helpText is the text of help/NAME.txt.
func helpText(name string) string {
	switch name {
	case "annotate":
		return helpAnnotate
	case "cika":
		return helpCika
	case "due":
		return helpDue
	case "export":
		return helpExport
	case "export-anki":
		return helpExportAnki
	case "export-tsv":
		return helpExportTsv
	case "import-anki":
		return helpImportAnki
	case "known":
		return helpKnown
	case "known-import":
		return helpKnownImport
	case "lookup":
		return helpLookup
	case "mine":
		return helpMine
	case "optimize":
		return helpOptimize
	case "review":
		return helpReview
	case "settings":
		return helpSettings
	case "stats":
		return helpStats
	case "suspend":
		return helpSuspend
	case "words":
		return helpWords
	}
	panic(fmt.Sprintf("no help/%s.txt", name)) // every test builds the app and fails
}

// help is the text of help/NAME.txt without its final newline, each
// placeholder in oldnew ("{name}", value, ...) replaced by its value; a
// text without placeholders builds no Replacer (each fresh page costs
// ≈ 70 µs on the development VM).
func help(name string, oldnew ...string) string {
	s := strings.TrimSuffix(helpText(name), "\n")
	for i := 0; i+1 < len(oldnew); i += 2 {
		s = strings.ReplaceAll(s, oldnew[i], oldnew[i+1])
	}
	return s
}
