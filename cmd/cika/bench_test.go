package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// The read commands on a big collection, in process (no exec, no process
// start-up). Make the collection first:
//
//	go test ./srs/store -run TestWriteSynthetic -synthetic /tmp/c100k.db
//	CIKA_BENCH_DB=/tmp/c100k.db go test ./cmd/cika -run XXX -bench Command -benchmem
//
// On another collection, name a word in it: CIKA_BENCH_WORD=智能
// CIKA_BENCH_PINYIN=zhineng (the defaults are frequent words of the
// synthetic collection).
func benchCommand(b *testing.B, args ...string) {
	path := os.Getenv("CIKA_BENCH_DB")
	if path == "" {
		b.Skip("set CIKA_BENCH_DB to a collection (see the comment above)")
	}
	argv := append([]string{"cika", "--db", path}, args...)
	for b.Loop() {
		if code := run(argv, nil, io.Discard, io.Discard); code != 0 {
			b.Fatalf("%v: exit %d", argv, code)
		}
	}
}

func BenchmarkWordsCommand(b *testing.B)      { benchCommand(b, "words") }
func BenchmarkWordsJSONCommand(b *testing.B)  { benchCommand(b, "words", "--json") }
func BenchmarkWordsLimitCommand(b *testing.B) { benchCommand(b, "words", "--limit", "50") }
func BenchmarkLookupCommand(b *testing.B) {
	benchCommand(b, "lookup", envOr("CIKA_BENCH_WORD", "檜血"))
}
func BenchmarkLookupPinyinCommand(b *testing.B) {
	benchCommand(b, "lookup", envOr("CIKA_BENCH_PINYIN", "tusiao"))
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
func BenchmarkStatsCommand(b *testing.B) { benchCommand(b, "stats", "--json") }

func BenchmarkExportCommand(b *testing.B) {
	benchCommand(b, "export", "anki", filepath.Join(b.TempDir(), "out.apkg"))
}

func BenchmarkExportProgressCommand(b *testing.B) {
	benchCommand(b, "export", "anki", "--with-progress", filepath.Join(b.TempDir(), "out.apkg"))
}
