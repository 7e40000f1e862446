package zh

// Some rules of chooseSense are about one headword each (heartSense about
// 难受, fieldSense about 搞, knowingSense about 清楚 and 明白 …), and each
// asked every token whether its headword was theirs. The compare read the
// headword's text, for most tokens the first read of it and a cache miss:
// ≈ 0.4 % of a mined pair's CPU. info looks the headword up once in
// headRules; the rules compare entryInfo.head.

// headRule names the headword a rule of chooseSense is about.
type headRule uint8

const (
	headNone       headRule = iota // no rule's headword
	headDied                       // diedSense: 走
	headTransfer                   // transferSense: 转
	headHeart                      // heartSense: 难受
	headField                      // fieldSense: 搞
	headMuchBetter                 // muchBetterSense: 好多
	headStuffed                    // stuffedSense: 撑
	headClose                      // closeSense: 亲
	headRegard                     // regardSense: 算
	headAnger                      // angerSense: 气
	headSetAside                   // setAsideSense: 留
	headDetour                     // detourSense: 绕
	headKnowing                    // knowingSense: a word of knowingWords
	nHeadRules
)

// headRules holds each rule's headword, and the words of knowingWords.
var headRules = func() map[string]headRule {
	m := map[string]headRule{
		"走": headDied, "转": headTransfer, "难受": headHeart, "搞": headField, "好多": headMuchBetter,
		"撑": headStuffed, "亲": headClose, "算": headRegard, "气": headAnger, "留": headSetAside,
		"绕": headDetour,
	}
	for w := range knowingWords {
		m[w] = headKnowing
	}
	return m
}()
