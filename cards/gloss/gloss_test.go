package gloss

import (
	"fmt"
	"testing"
)

func TestRender(t *testing.T) {
	tests := []struct {
		in     string
		script Script
		want   string
	}{
		{"game (CL:場|场[chang3])", Simplified, "game (classifier: 场 chǎng)"},
		{"game (CL:場|场[chang3])", Traditional, "game (classifier: 場 chǎng)"},
		{"CL:個|个[ge4],位[wei4]", Simplified, "classifiers: 个 gè, 位 wèi"},
		{"Bodhisattva; see 菩薩|菩萨[pu2 sa4]", Simplified, "Bodhisattva; see 菩萨 púsà"},
		{"(colloquial pr. [nei4])", Simplified, "(colloquial pr. nèi)"},
		{"把[ba3] + {noun} + 给[gei3]", Simplified, "把 bǎ + noun + 给 gěi"},
		{"variant of 臺|台[tai2]", Simplified, "variant of 台 tái"},
		{"capital of China, see 北京|北京[Bei3 jing1]", Simplified, "capital of China, see 北京 Běijīng"},
		{"karaoke, see 卡拉OK|卡拉OK[ka3 la1 O K]", Simplified, "karaoke, see 卡拉OK kǎlā O K"},
		{"woman, see 女[nu:3]", Simplified, "woman, see 女 nǚ"},
		{"Xi'an, see 西安[Xi1 an1]", Simplified, "Xi'an, see 西安 Xī'ān"},
		{"also pr. [hao4]", Simplified, "also pr. hào"},
		{"(typically preceded by 就[jiu4]…[xx5] or 對…|对…[dui4 xx5] etc)", Simplified, "(typically preceded by 就 jiù… or 对… duì… etc)"},
		{"bank", Simplified, "bank"},
		{"one of 银行 the banks", Simplified, "one of 银行 the banks"}, // Chinese text, not a reference
		{"unclosed [abc", Simplified, "unclosed [abc"},
		{"braces { alone", Simplified, "braces { alone"},
		{"CL: nothing", Simplified, "CL: nothing"},
		{"a|b", Simplified, "a|b"},
	}
	for _, tt := range tests {
		if got := Render(tt.in, tt.script); got != tt.want {
			t.Errorf("Render(%q, %d) = %q, want %q", tt.in, tt.script, got, tt.want)
		}
	}
}

func TestRaw(t *testing.T) {
	for s, want := range map[string]bool{
		"game (CL:場|场[chang3])":      true,
		"see 菩薩|菩萨":                  true,
		"(colloquial pr. [nei4])":    true,
		"game (classifier: 场 chǎng)": false,
		"[sic] as written":           false,
	} {
		if got := Raw(s); got != want {
			t.Errorf("Raw(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzRender: whatever the sense, the rendering is valid UTF-8 when the
// input is, and rendering twice changes nothing more.
func FuzzRender(f *testing.F) {
	f.Add("game (CL:場|场[chang3])")
	f.Add("把[ba3] + {noun}")
	f.Add("[[|CL:CL:,|]")
	f.Fuzz(func(t *testing.T, s string) {
		once := Render(s, Simplified)
		if twice := Render(once, Simplified); Raw(s) && !Raw(once) && twice != once {
			t.Errorf("Render not stable: %q → %q → %q", s, once, twice)
		}
	})
}

func ExampleRender() {
	fmt.Println(Render("game (CL:場|场[chang3])", Simplified))
	// Output: game (classifier: 场 chǎng)
}
