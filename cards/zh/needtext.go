package zh

// Some thirty of readingNeed's rules are about one word, and open with a
// test of the token's text (sn.toks[k].Text != "累": tiredNeed). Asked of
// every entry of every word of several entries, each cost a call and a
// string comparison only to answer 0. needTextOf names those words: the
// needText of a word is found once per headword (needsAt keeps it beside
// the needBits), and readingNeed asks a rule gated on a text only where
// x.is(text…) holds, in the rule's own place among the others, so the
// rules that may fire on one token are asked in the same order as before.
//
// To add a rule about one word to readingNeed: keep its own test of the
// text, give the word a constant below and an entry in needTextOf if it
// has none, and ask the rule under `if x.is(textTHEWORD)`.
// TestNeedTextGate reads readingNeed and fails when a rule that opens with
// a test of one text is asked under another word's gate, or under none.

// needText names the word a reading need is about (needTextOf); textNone
// for every other word.
type needText uint8

const (
	textNone needText = iota
	text得
	text不了
	text地
	text当
	text还
	text假
	text过
	text长
	text空
	text行
	text好
	text转
	text落
	text调
	text弹
	text背着
	text为
	text撒
	text吐
	text薄
	text削
	text倒
	text重
	text多少
	text累
	text干
	text种
	text没

	textOpen needText = 255 // needGateOpen: every rule asked
)

// needTextOf gives the needText of the words readingNeed's rules are
// about; a word not here is textNone.
var needTextOf = map[string]needText{
	"得": text得, "不了": text不了, "地": text地, "当": text当, "还": text还, "假": text假, "过": text过,
	"长": text长, "空": text空, "行": text行, "好": text好, "转": text转, "落": text落, "调": text调,
	"弹": text弹, "背着": text背着, "为": text为, "撒": text撒, "吐": text吐, "薄": text薄, "削": text削,
	"倒": text倒, "重": text重, "多少": text多少, "累": text累, "干": text干, "种": text种, "没": text没,
}

// is reports whether the rules about word t are asked of a token whose
// needText is x: x is t, or every gate is open.
func (x needText) is(t needText) bool { return x == t || x == textOpen }
