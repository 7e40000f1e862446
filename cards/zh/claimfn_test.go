package zh

import "testing"

// TestFunctionWordClaimed: an English function word that another word of
// the pair translates whole (全, 都 "all"; 在 "at") says nothing of a single
// character whose gloss holds it too (reclaimFunctionWords), unless the
// character stands before the word that says the English word after it
// ("all night": 一晚上, not 都).
func TestFunctionWordClaimed(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我买了一袋橘子，全是酸的。", "I bought a bag of oranges, and they were all sour.", "一", "one"},
		{"他送来一箱书，都是旧的。", "He sent over a box of books, all of them old.", "一", "one"},
		{"我姑姑在养老院当护理员。", "My aunt is a carer at a nursing home.", "当", "(当 + role) to be"},
		{"他一晚上都没睡。", "He didn't sleep all night.", "一", "entire; whole"}, // guard: 一 before 晚上 "night"
		{"我等了一上午。", "I waited all morning.", "一", "entire; whole"},       // guard: no other word says "all"
		{"我在图书馆看书。", "I'm reading at the library.", "在", "at"},           // guard
		{"啊?你说什么?", "Huh? What did you say?", "啊", "what?"},              // guard: a question's word
	})
}
