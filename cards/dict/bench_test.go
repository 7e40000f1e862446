package dict

import (
	"testing"
)

// BenchmarkLoad measures what Load does once per process: decompress and
// parse the embedded CC-CEDICT and index it.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		st, err := streamGunzip(cedictGz)
		if err != nil {
			b.Fatal(err)
		}
		d, err := parseStream(st, true)
		if err != nil {
			b.Fatal(err)
		}
		d.ready()
	}
}

// BenchmarkGunzip is the decompression alone.
func BenchmarkGunzip(b *testing.B) {
	for i := 0; i < b.N; i++ {
		st, err := streamGunzip(cedictGz)
		if err != nil {
			b.Fatal(err)
		}
		for range st.avail {
		}
	}
}
