package zh

import "testing"

// TestClassifiersByEnglish: where the numeral before a character asks for
// two of its entries alike, both measure words read apart (卷 juan3 "a
// roll", juan4 "volume, scroll"), the English chooses between them.
func TestClassifiersByEnglish(t *testing.T) {
	a := analyzer(t)
	checkReadingGloss(t, a, []readingGloss{
		{"他在桌上放了三卷胶带。", "He put three rolls of tape on the desk.", "卷", "juan3", "classifier for small rolled-up things"},
		{"我借了两卷保鲜膜。", "I borrowed two rolls of cling film.", "卷", "juan3", "classifier for small rolled-up things"},
		{"这部小说一共有三卷。", "The novel has three volumes in all.", "卷", "juan4", "volume"}, // guard
	})
}
