package zh

import "testing"

// hanLead is true only where hanAt's long way finds a Han word (not blank,
// a Han first rune), over every sequence of three bytes that opens with
// E0–EF; and true for every character of U+4E00–U+9FFF, the common ones.
func TestHanLead(t *testing.T) {
	b := []byte{0, 0, 0, 'x'}
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := 0; c1 < 256; c1++ {
			for c2 := 0; c2 < 256; c2++ {
				b[0], b[1], b[2] = byte(c0), byte(c1), byte(c2)
				if s := string(b); hanLead(s) && (isBlank(s) || !isHan(firstRune(s))) {
					t.Fatalf("hanLead(% x) is true: not a Han word", b[:3])
				}
			}
		}
	}
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !hanLead(string(r)) {
			t.Fatalf("hanLead(%q) is false", r)
		}
	}
	for _, s := range []string{"", "一", "中国", " ", "\u3000", "，", "a", "\u4DC0", "\u3400", "\u9FFF"[:2]} {
		if want := s != "" && !isBlank(s) && isHan(firstRune(s)) && firstRune(s) >= 0x4E00 && len(s) >= 3; hanLead(s) != want {
			t.Errorf("hanLead(%q) = %v", s, !want)
		}
	}
}
