package corpus

import (
	"math/rand/v2"
	"testing"
	"unicode"
)

// hanCountByRune is hanCount as it was before its short way for the common
// ideographs: rune by rune, through isHan and unicode.IsLetter.
func hanCountByRune(s string) (han, letters int) {
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				letters++
			}
		case IsHan(r):
			han++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return han, letters
}

// hanCount reads the common ideographs and ASCII from their bytes: it counts as
// rune by rune does at the edges of their block (U+4DFF a hexagram, U+4E00,
// U+9FFF, U+A000 Yi), in Extension A just below it, on sequences cut short
// or invalid, and on random bytes drawn mostly from the leading and
// continuation bytes around the block.
func TestHanCountFast(t *testing.T) {
	cases := []string{
		"", "a", "我们", "Hi, 我们走吧。", "䷿一鿿ꀀ", "㐀䶿", "é中文ß", "\xe4\xb8", "\xe4\xb8\x80", "\xe4\xb7\xbf",
		"中\xe4\xb8", "\xe9\xbf\xbf\xe9\xbf", "\xe4\x80\x80", "\xe9\xc0\x80", "\xe4\xb8\xc0", "ａｂｃ，。", "Ελλάδα", "𠀀𪚥",
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte{'a', 'Z', ' ', 0xE3, 0xE4, 0xE5, 0xE9, 0xEA, 0x80, 0xB7, 0xB8, 0xBF, 0xC0, 0xF0, 0x9F}
	for range 20000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	// Eight ASCII bytes at a time (asciiLetters): every ASCII byte, the
	// letters' edges ('@' 'A' 'Z' '[' '`' 'a' 'z' '{'), and long random
	// strings of mostly ASCII with some ideographs and other letters.
	all := make([]byte, 128)
	for i := range all {
		all[i] = byte(i)
	}
	cases = append(cases, string(all), string(all[1:]), "@AZ[`az{@AZ[`az{", "The bank, 银行, is OK.", "Ünïcödé and ASCII text here")
	mixed := []string{"a", "Z", "m", "@", "[", "`", "{", " ", ",", "0", "\x00", "\x7f", "银", "é", "，"}
	for range 20000 {
		var b []byte
		for range r.IntN(40) {
			b = append(b, mixed[r.IntN(len(mixed))]...)
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		h, l := hanCount(s)
		wh, wl := hanCountByRune(s)
		if h != wh || l != wl {
			t.Fatalf("hanCount(%q) = %d, %d; rune by rune %d, %d", s, h, l, wh, wl)
		}
	}
}

var hanSink int

// BenchmarkHanCount counts a Tatoeba-like pair's sides, as the side-order
// guess and the pair checks do: ns/op is one pair.
func BenchmarkHanCount(b *testing.B) {
	zh := "我的意思是,我们正处于这些差异化个性刚刚显现的最初阶段,因为所有这些模型都将拥有强大的专业知识。"
	en := "I mean, we're at the very beginning of these differentiated personalities emerging, because all of these models will have strong expertise."
	for b.Loop() {
		h, l := hanCount(zh)
		h2, l2 := hanCount(en)
		hanSink += h + l + h2 + l2
	}
}
