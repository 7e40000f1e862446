package goldset

import "testing"

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
