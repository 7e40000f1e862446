package cards_test

import (
	"testing"

	"cika/cards"
)

// BenchmarkSentencePinyin writes the pinyin of a sentence as a lookup
// shows fifty of them: mostly words with readings, some punctuation and a
// Latin word.
func BenchmarkSentencePinyin(b *testing.B) {
	parts := []cards.Part{{Text: "昨天", Word: "昨天", Reading: "zuo2 tian1"}, {Text: "我"},
		{Text: "在", Word: "在", Reading: "zai4"}, {Text: "图书馆", Word: "图书馆", Reading: "tu2 shu1 guan3"},
		{Text: "看", Word: "看", Reading: "kan4"}, {Text: "了", Word: "了", Reading: "le5"},
		{Text: "一本", Word: "一本", Reading: "yi1 ben3"}, {Text: "关于"}, {Text: "Python"},
		{Text: "的", Word: "的", Reading: "de5"}, {Text: "书", Word: "书", Reading: "shu1"},
		{Text: "，"}, {Text: "很", Word: "很", Reading: "hen3"}, {Text: "有意思", Word: "有意思", Reading: "you3 yi4 si5"},
		{Text: "。"}}
	for b.Loop() {
		if cards.SentencePinyin(parts) == "" {
			b.Fatal("no pinyin")
		}
	}
}
