package zh

import (
	"strings"
	"testing"
)

// TestSplitVerbObject checks the halves of a verb–object word split by
// aspect, amount or owner (splitverb.go): each takes its own sense that
// shares a word with the whole word, else shows the whole word's gloss;
// a noun of its own, a measure word right after its number, a phrase
// going on to a noun, and a doubled verb stay as they were.
func TestSplitVerbObject(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"你能帮我一个忙吗?", "忙", "(帮…忙) to help"},
		{"他帮了我很多忙。", "忙", "(帮…忙) to help"},
		{"我们下午开了一个会。", "开", "(开…会) to hold a meeting"},
		{"我们下午开了一个会。", "会", "meeting"},
		{"医生给我开了一些药。", "开", "(开…药) to prescribe medicine"},
		{"我们见过一次面。", "面", "(见…面) to meet"},
		{"他撒了一个谎。", "撒", "(撒…谎) to tell lies"},
		{"这件毛衣打完折只要两百块。", "折", "discount"},
		// After a number of two digits 折 is a share of the price, not
		// the measure word of theatrical scenes.
		{"办了会员卡可以打九五折。", "折", "discount"},
		{"周末全场一律七五折。", "折", "tenth (in price)"},
		{"这双鞋现在打六五折,很便宜。", "折", "discount"},
		{"去年这家工厂的产量翻了一番。", "翻", "to double"},
		// An object of two characters after the verb.
		{"我只是开个玩笑。", "开", "(开…玩笑) to play a joke"},
		{"护士给我量了体温。", "量", "(量…体温) to take sb's temperature"},
		{"孩子发高烧，我们半夜去挂了急诊。", "挂", "to register (at a hospital)"},
		{"见了老师要打个招呼。", "打", "(打…招呼) to greet"},
		// Guards: what stays.
		{"他帮了我很多忙。", "帮", "to help"},
		{"他走了很长一段路。", "路", "road"},
		{"合同上需要你签个字。", "字", "character"},
		{"我们在公园里转了一圈。", "圈", "classifier"},
		{"昨天下了一场大雨。", "场", "classifier"},
		{"他得了第一名。", "名", "place"},
		{"明天你得早点来。", "来", "to come"},
		{"我们好好谈一谈。", "谈", "to speak"},
	})
}

// TestSplitVerbMore checks split words whose verb gse tags a noun (理),
// with a time inside (跳了一晚上舞), and a verb half that took a noun's
// sense (照 "photo", 签 "inscribed bamboo stick"); and that after an
// amount a character is no suffix (关一下门 "door").
func TestSplitVerbMore(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"我理了个发。", "理", "(理…发)"},
		{"他们跳了一晚上舞。", "跳", "(跳…舞)"},
		{"你能帮我们照张相吗?", "照", "(照…相)"},
		{"合同上需要你签个字。", "签", "(签…字)"},
		{"你关一下门。", "门", "gate; door"},
		{"他走了很长一段路。", "路", "road"},      // guard: an object noun
		{"昨天晚上刮了一夜的风。", "刮", "to blow"}, // guard: a sense its object named
	})
}

// TestSplitVerbOwnedObject: the object of a split verb–object word takes the
// sense that says the whole word where it has one, whatever follows it,
// and a noun before 的 may stand inside as the object's owner (生妈妈的气,
// 帮朋友的忙); an object that is a noun of its own keeps it (路, 字).
func TestSplitVerbOwnedObject(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ zh, en, word, gloss string }{
		{"你别生我的气。", "Don't be mad at me.", "气", "to make angry; to annoy; to get angry"},
		{"他还在生妈妈的气呢。", "He's still angry with his mom.", "生", "(生…气) to get angry; to be furious"},
		{"你能帮朋友的忙吗?", "Can you help your friend out?", "忙", "(帮…忙) to help"},
		{"老板生员工的气了。", "The boss got mad at the staff.", "生", "(生…气) to get angry; to be furious"},
		{"我们走了很长一段路。", "We walked a long way.", "路", "road (CL:條|条[tiao2])"},
		{"他签了个字就走了。", "He signed and left.", "字", "character"},
		{"他吃了妈妈的饭就走了。", "He ate mom's food and left.", "饭", "meal"},
	} {
		if _, gloss := tokenAt(t, a, c.zh, c.en, c.word); gloss != "" && gloss != c.gloss {
			t.Errorf("%s: %s is %q, want %q", c.zh, c.word, gloss, c.gloss)
		}
	}
}

// TestSplitVerbMeasured: where the second half of a split word is a measure
// right after its number (转了一圈, 响了三遍) it counts the doing, and the
// verb takes no gloss of the whole word (转圈 "to rotate", 响遍 "to
// resound"): its sense that shares a word with the measure's (圈 "circle":
// 转 "to circle about"), else its own. A fraction after a number is what
// is given (打八折 keeps 打折), and a verb that shares a word with the
// whole keeps that sense (翻了一番 "to double").
func TestSplitVerbMeasured(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"吃完饭我们去湖边转了一圈。", "转", "to circle about"},
		{"门铃响了两遍才有人开门。", "响", "to make a sound"},
		{"这家店周末打八折。", "打", "(打…折)"},        // guard: a fraction
		{"这几年他的收入翻了一番。", "翻", "to double"}, // guard: shared
	})
}

// TestSplitVerbNamesOwnSense checks that a verb half showing the whole
// word's gloss still names a dictionary sense of its own character (a
// verb sense), and that an object half names none: a judge keyed by
// sense indices reads the character's senses, and 折 "to fold" is no
// sense of 打…折's object.
func TestSplitVerbNamesOwnSense(t *testing.T) {
	a := analyzer(t)
	for _, tc := range []struct{ zh, word, gloss, sense string }{
		{"他小时候受过一次伤。", "受", "(受…伤)", "to suffer"},                   // "to sustain injuries": sustain, suffer (relatedVerbSense)
		{"医生给我开了点药。", "开", "(开…药)", "to write out (a prescription"}, // "to prescribe medicine": prescribe, prescription
		{"他拉着我的手不放。", "拉", "(拉…手)", "to pull"},                      // guard: nothing related, the sense chosen as before
		{"她正在充着电呢。", "充", "(充…电)", "to fill"},                       // not "sufficient; full"
		{"这家店周末打八折。", "打", "(打…折)", "a semantically light"},         // the sense that makes verb–object phrases, not "to hit"
		{"他暑假去城里打过工。", "打", "(打…工)", "a semantically light"},
		{"这家店周末打八折。", "折", "(打…折)", ""}, // guard: the object names none
	} {
		found := false
		for _, tk := range a.Analyze(tc.zh, "") {
			if tk.Text != tc.word {
				continue
			}
			found = true
			named := ""
			if tk.Sense >= 0 && tk.Sense < len(tk.Senses) {
				named = tk.Senses[tk.Sense]
			}
			if !strings.HasPrefix(tk.Gloss, tc.gloss) || !strings.HasPrefix(named, tc.sense) || (tc.sense == "") != (named == "") {
				t.Errorf("%s in %s: gloss %q sense %q, want %q… naming %q…", tc.word, tc.zh, tk.Gloss, named, tc.gloss, tc.sense)
			}
		}
		if !found {
			t.Errorf("%s is not a token of %s", tc.word, tc.zh)
		}
	}
}

// TestPotentialResultsOneCharacter: potentialInside tests a token's
// length (three bytes, one character) before it looks the token up in
// potentialResults, so a result of another length would never be found.
func TestPotentialResultsOneCharacter(t *testing.T) {
	for r := range potentialResults {
		if len(r) != 3 {
			t.Errorf("potentialResults[%q]: %d bytes; potentialInside finds only results of 3", r, len(r))
		}
	}
}
