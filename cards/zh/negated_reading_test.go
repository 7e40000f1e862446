package zh

import "testing"

// TestNegatedReadingByEnglish checks 都 and 又 before a negation, read
// two ways the words around them do not tell apart: the English's adverb
// says which ("even", "again"); without it the construction's reading
// stays.
func TestNegatedReadingByEnglish(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我忙了一整天，午饭都没吃。", "I was so busy I didn't even eat lunch.", "都", glossDouEven},
		{"他考试又没及格。", "He failed the exam again.", "又", glossYouAgain},
		// Guards: no such adverb, or a concession's "even if".
		{"我忙了一整天，午饭都没吃。", "I was so busy I skipped lunch.", "都", glossDouAll},
		{"你又不是小孩子。", "You're not a child, after all.", "又", glossYouAnyway},
		{"我忙了一整天，午饭都没吃。", "I was so busy, even if I skipped lunch.", "都", glossDouAll},
	})
}
