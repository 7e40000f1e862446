package dict

import (
	"testing"
)

// BenchmarkLoad measures what Load does once per process: parse the
// embedded CC-CEDICT and index it.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, err := New()
		if err != nil {
			b.Fatal(err)
		}
		d.ready()
	}
}
