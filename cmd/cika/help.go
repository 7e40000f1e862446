package main

import (
	"embed"
	"strings"
)

// The long help of each command (its Description, shown by --help) is
// prose, kept in help/NAME.txt so that the Go files keep the flags and the
// wiring, and the text reads as it prints.
//
//go:embed help/*.txt
var helpFiles embed.FS

// help is the text of help/NAME.txt without its final newline, each
// placeholder in oldnew ("{name}", value, ...) replaced by its value.
func help(name string, oldnew ...string) string {
	b, err := helpFiles.ReadFile("help/" + name + ".txt")
	if err != nil {
		panic(err) // a file missing from help/: every test builds the app and fails
	}
	return strings.NewReplacer(oldnew...).Replace(strings.TrimSuffix(string(b), "\n"))
}
