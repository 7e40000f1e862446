package zh

import "testing"

// TestCaptureSense: 拍 before a complement of result that closes the verb
// phrase (到 with an object or nothing after it, 下来, 下) is "to take (a
// photo)": the camera got something. 到 + a place closed by 上 (where the
// hand lands) and 拍下去 keep "to pat".
func TestCaptureSense(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"监控拍到了那个小偷。", "", "拍", "to take (a photo)"},
		{"监控拍到了那个小偷。", "The security camera caught the thief.", "拍", "to take (a photo)"},
		{"记者拍到过很多珍贵的画面。", "", "拍", "to take (a photo)"},
		{"你能拍到月亮吗？", "", "拍", "to take (a photo)"},
		{"你拍下来发给我看看。", "", "拍", "to take (a photo)"},
		{"我拍下了整个过程。", "", "拍", "to take (a photo)"},
		{"他一巴掌拍到桌子上。", "", "拍", "to pat"},                                             // guard: where the hand lands
		{"他拍到我肩膀上说没事。", "He patted my shoulder and said it was fine.", "拍", "to pat"}, // guard
		{"他一巴掌拍下去，蚊子死了。", "", "拍", "to pat"},                                          // guard
		{"他拍了拍我的肩膀。", "", "拍", "to pat"},                                              // guard
	})
}
