package main

import (
	"os"
	"strings"
	"testing"
)

// Every file in help/ is one help knows, with its text.
func TestHelpFiles(t *testing.T) {
	es, err := os.ReadDir("help")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		name := strings.TrimSuffix(e.Name(), ".txt")
		b, err := os.ReadFile("help/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: %v", name, r)
				}
			}()
			if got, want := help(name), strings.TrimSuffix(string(b), "\n"); got != want {
				t.Errorf("help(%q) is not help/%s", name, e.Name())
			}
		}()
	}
	if got := help("suspend", "{name}", "bury"); strings.Contains(got, "{name}") || !strings.Contains(got, "bury") {
		t.Errorf("suspend's {name} not replaced: %q", got)
	}
}
