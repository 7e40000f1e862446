package corpus

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"testing"

	"cika/seeds"
)

// BenchmarkReadTSV reads Tatoeba's pair layout (id, Chinese, id, English),
// made of the seed's pairs, as `cika mine` does twice per file (checking,
// then mining): ns/op is per pair.
func BenchmarkReadTSV(b *testing.B) {
	raw, err := fs.ReadFile(seeds.FS(), seeds.Default)
	if err != nil {
		b.Fatal(err)
	}
	pairs, _, err := Read(seeds.Default, bytes.NewReader(raw))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for i := 0; buf.Len() < 8<<20; i++ {
		p := pairs[i%len(pairs)]
		fmt.Fprintf(&buf, "%d\t%s\t%d\t%s\n", 2*i+1, p.ZH, 2*i+2, p.EN)
	}
	data := buf.Bytes()
	// full: as mining reads; transient: as its count of the pairs met
	// again reads (Transient).
	for _, transient := range []bool{false, true} {
		b.Run(map[bool]string{false: "full", true: "transient"}[transient], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				r := NewReader("big.tsv", bytes.NewReader(data))
				if transient {
					r.Transient()
				}
				for {
					_, err := r.Next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					n++
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/pair")
		})
	}
}
