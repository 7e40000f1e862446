package zh

import "testing"

// Session 13 (words13a): content words whose sense the object or the
// slot decides. The tables live here, not at the end of sense_test.go,
// so that helpers appending at once do not collide.

// TestPhrasalSaid: of two senses the English says alike, the one whose
// phrasal verb it says with its particle ("hang up") beats the bare verb
// ("to hang"); the bare verb stays where the particle is not said.
func TestPhrasalSaid(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"你先别挂，我去问一下。", "Don't hang up, let me go and ask.", "挂", "to hang up (the phone)"},
		{"妈妈说她要挂了。", "Mom said she had to hang up now.", "挂", "to hang up (the phone)"},
		{"墙上挂着一幅画。", "A painting hangs on the wall.", "挂", "to hang; to suspend"}, // guard
	})
}

// TestQuestionNeed: a sense noted "(in an interrogative sentence)" is the
// one where its sentence asks a question (a question mark or word after
// it), and not elsewhere.
func TestQuestionNeed(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"你究竟想要什么？", "究竟", "(in an interrogative sentence)"},
		{"问题究竟在哪儿？", "究竟", "(in an interrogative sentence)"},
		{"他究竟是谁", "究竟", "(in an interrogative sentence)"},
		{"他究竟还是个孩子。", "究竟", "after all"}, // guard: no question
	})
}
