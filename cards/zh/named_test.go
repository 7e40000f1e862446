package zh

import "testing"

// TestNamedSense checks that a verb takes the sense whose brackets a noun
// near it names when the English says too little (接电话 "to answer (the
// phone)"), and not by an adjective or adverb near it (做好, 一起去).
func TestNamedSense(t *testing.T) {
	a := analyzer(t)
	wantGlosses(t, a, []glossCase{
		{"他不接电话。", "He's not picking up.", "接", "to answer (the phone)"},
		{"我每天坐公共汽车上班。", "", "坐", "to take (a bus"},
		{"我爸爸订了一份报纸。", "My dad gets the paper delivered.", "订", "to subscribe to"},
		{"明天要降温了，多穿点衣服。", "", "穿", "to wear"},
		{"晚饭做好了，快来吃吧。", "Dinner's ready, come and eat.", "做", "to make"},
		{"你跟我一起去吧。", "Come with me.", "去", "to go"},
	})
}
