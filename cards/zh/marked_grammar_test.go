package zh

import "testing"

// TestMarkedNoGrammarDefault checks that a sense of a register or a trade
// (markedLabels) is no entry's grammar sense, the one fill gives a word
// before its object and a verb whatever the English says: 聊聊你的工作
// is "to chat" twice, not 聊 "(literary) temporarily" for the second.
func TestMarkedNoGrammarDefault(t *testing.T) {
	a := analyzer(t)
	for _, zh := range []string{"咱们聊聊你的工作吧。", "我们聊两个小时再走吧。"} {
		n := 0
		for _, tk := range a.Analyze(zh, "") {
			if tk.Text != "聊" {
				continue
			}
			n++
			if tk.Gloss != "(coll.) to chat" {
				t.Errorf("聊 #%d in %s: got %q, want \"(coll.) to chat\"", n, zh, tk.Gloss)
			}
		}
		if n == 0 {
			t.Errorf("聊 is not a token of %s", zh)
		}
	}
}
