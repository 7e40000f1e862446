// Package seeds embeds the default corpora, so that `cika mine` with no
// arguments works on a fresh machine without any file of the user's.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed *.zh-en.txt
var files embed.FS

// Default is the name, inside FS, of the corpus mined when no file is given:
// a bilingual podcast transcript as the Bayt podcast app exports it.
const Default = "suleyman-big-technology.zh-en.txt"

// FS returns the embedded corpora.
func FS() fs.FS { return files }
