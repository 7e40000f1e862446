package pinyin

import (
	"strings"
	"testing"
)

// join writes pieces the way a sentence's pinyin is written.
func join(texts []string) string {
	var b strings.Builder
	for i, sp := range Spaces(texts) {
		p := Punctuation(texts[i])
		if p == "" {
			continue
		}
		if sp {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

func TestSpaces(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"chēngzhīwéi", "“", "jíqí", "”", "。"}, `chēngzhīwéi "jíqí".`},
		{[]string{"chēngzhīwéi", "‘", "jíqí", "’", "，", "hǎo"}, `chēngzhīwéi 'jíqí', hǎo`},
		{[]string{"wǒ", "\"", "ài", "\"", "nǐ"}, `wǒ "ài" nǐ`},
		{[]string{"《", "shū", "》", "hǎo"}, `"shū" hǎo`},
		{[]string{"tā", "（", "nǚ", "）", "lái", "le", "！"}, `tā (nǚ) lái le!`},
		{[]string{"wǒmen", " ", "AI", "，", "yínháng", "。"}, `wǒmen AI, yínháng.`},
		{[]string{"", "hǎo", "…", "ba"}, `hǎo… ba`},
		// Latin text joined by a dot or a slash stays joined; a dot
		// before Chinese or a space does not join.
		{[]string{"fǎngwèn", "okta", ".", "com", "。"}, `fǎngwèn okta.com.`},
		{[]string{"GPT", "-", "3", ".", "5", "hěn", "hǎo"}, `GPT-3.5 hěn hǎo`},
		{[]string{"24", "/", "7", "zàixiàn"}, `24/7 zàixiàn`},
		{[]string{"AI", ".", "然后"}, `AI. 然后`},
		{[]string{"AI", ".", " ", "Then"}, `AI. Then`},
	}
	for _, tt := range tests {
		if got := join(tt.in); got != tt.want {
			t.Errorf("join(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
