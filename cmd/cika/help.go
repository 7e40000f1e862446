package main

import (
	"embed"
	"strings"
	"unsafe"
)

// The long help of each command (its Description, shown by --help) is
// prose, kept in help/NAME.txt so that the Go files keep the flags and the
// wiring, and the text reads as it prints.
//
//go:embed help/*.txt
var helpFiles embed.FS

// help is the text of help/NAME.txt without its final newline, each
// placeholder in oldnew ("{name}", value, ...) replaced by its value.
// Every command builds its Description at start, so this runs on every run
// of cika: the file's bytes, copied once by ReadFile and never changed, are
// the string (no second copy), and a text without placeholders builds no
// Replacer (each fresh page costs ≈ 70 µs on the development VM).
func help(name string, oldnew ...string) string {
	b, err := helpFiles.ReadFile("help/" + name + ".txt")
	if err != nil {
		panic(err) // a file missing from help/: every test builds the app and fails
	}
	s := strings.TrimSuffix(unsafe.String(unsafe.SliceData(b), len(b)), "\n")
	for i := 0; i+1 < len(oldnew); i += 2 {
		s = strings.ReplaceAll(s, oldnew[i], oldnew[i+1])
	}
	return s
}
