package corpus

import (
	"io/fs"

	"cika/seeds"
)

func fsReadFile(name string) ([]byte, error) { return fs.ReadFile(seeds.FS(), name) }
