package goldset

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSenseOK(t *testing.T) {
	tests := []struct {
		s, key string
		want   bool
	}{
		{"towards; at; for", "at", true},
		{"that", "at", false},
		{"(located) at", "at", true},
		{"(used before a verb to indicate an action in progress)", "in progress", true},
		{"(used before a verb to indicate an action in progress)", "at", false},
		{"used in the same way as 把[ba3]", "把", true},
		{"(noun suffix) on; above", "(noun suffix)", true},
		{"one", "on", false},
		{"", "at", false},
		{"to", "=to", true},
		{"to give", "=to", false},
	}
	for _, tt := range tests {
		if got := SenseOK([]string{tt.s}, []string{tt.key}); got != tt.want {
			t.Errorf("SenseOK(%q, %q) = %v, want %v", tt.s, tt.key, got, tt.want)
		}
	}
	if !ReadingOK("nu:3", []string{"nü3"}) || ReadingOK("nu3", []string{"nü3"}) {
		t.Error("ReadingOK: u: is ü, u is not")
	}
}

func TestReadParts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.tsv")
	src := "# Part 1: pairs of the seed podcast, drawn by token\n" +
		"zh\ten\tword\treading\taccept\n" +
		"我在家。\tI am at home.\t在\tzai4\tat\n" +
		"# Part 1: podcast\n" +
		"他在家。\tHe is at home.\t在\tzai4\tat\n" +
		"# Part 2: everyday\n" +
		"# a comment inside a part\n" +
		"她在家。\tShe is at home.\t在\tzai4\tat\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	items, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		got = append(got, it.Part)
	}
	want := []string{"", "podcast", "everyday"}
	if len(got) != len(want) {
		t.Fatalf("parts %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d: part %q, want %q", i, got[i], want[i])
		}
	}
}
