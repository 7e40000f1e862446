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
	}
	for _, tt := range tests {
		if got := join(tt.in); got != tt.want {
			t.Errorf("join(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
