package wordnet

import "testing"

// BenchmarkLoad decodes the embedded table, as the first call of Groups,
// Lemmas or Relate does.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseRaw(table()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGroups looks up a mix of words: lemmas, inflected forms, an
// exception, a phrase and an unknown word.
func BenchmarkGroups(b *testing.B) {
	words := []string{"standpoint", "regulations", "went", "point of view", "framing", "bar", "safety", "xqzzy"}
	dst := make([]Group, 0, 512)
	get()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		dst = Groups(dst[:0], words[i%len(words)])
	}
}
