package zh

import "testing"

// TestUsualSenses checks that every key of usualSenses and learner.txt
// (no word in both) starts a plain
// sense of its headword's entries of one reading (an entry and its
// variants: 傢伙 and 家夥 are both 家伙 jia1 huo5), so that a typo or a
// new dictionary that rewords the sense fails here, not silently.
func TestUsualSenses(t *testing.T) {
	a := analyzer(t)
	for word, key := range learnerSenses {
		if k, ok := usualSenses[word]; ok {
			t.Errorf("%s: in learner.txt (%q) and in usualSenses (%q)", word, key, k)
		}
	}
	for word, key := range all(usualSenses, learnerSenses) {
		readings := map[string]bool{}
		for _, e := range a.dict.Lookup(word) {
			if e.Simp != word {
				continue
			}
			in := a.info(e)
			i := senseKeyIndex(in.senses, key)
			if i < 0 {
				continue
			}
			s := in.senses[i]
			readings[e.Pinyin] = true
			if int(in.usual) != i {
				t.Errorf("%s %q: sense %d %q is not plain (usual %d)", word, key, i, s, in.usual)
			}
			for j := range in.senses {
				// (A key that is a whole sense names it: 日 "day", not
				// "day of the month"; 问道 "to ask", not "to ask the
				// way".)
				if j != i && s != key && startsSense(in.senses[j], key) {
					t.Errorf("%s %q starts senses %d and %d", word, key, i, j)
				}
			}
		}
		if len(readings) != 1 {
			t.Errorf("%s %q starts a sense of entries of %d readings, want 1", word, key, len(readings))
		}
	}
}

// TestUsualSenseInContext checks the sense a learner meets first where the
// English says nothing, and that the grammar around the token still
// chooses among the senses.
func TestUsualSenseInContext(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"他的英语水平很高。", "水平", "a standard; a level"},
		{"这项技术的门槛很高。", "门槛", "threshold"},
		{"我们在网络上发布了这个模型。", "网络", "Internet"},
		{"这个领域的前景很好。", "前景", "(future) prospects"},
		{"从商业角度来看,这很合理。", "角度", "(fig.) point of view"},
		{"他穿了一件红衬衫。", "穿", "to wear"},
		{"今天的菜很好吃。", "菜", "dish (of food)"},
		{"先生,您要点什么?", "先生", "gentleman; sir"},
		{"我们要提升用户体验。", "提升", "(fig.) to elevate"},
		{"他们把模型部署到了云端。", "部署", "to deploy"},
		{"作为老师,我很关心学生。", "作为", "as (in the capacity of)"},
		{"他还是那么年轻。", "还是", "still"},
		{"你随便坐。", "随便", "as one wishes"},
		{"这个家伙真有意思。", "家伙", "(coll.) guy"},
		{"我想换一份工作。", "换", "to change"},
		{"最近他家的日子不好过。", "日子", "days of one's life"},
		{"退休以后,我们的日子越来越舒服了。", "日子", "days of one's life"},
		{"那段日子我每天都很累。", "日子", "days of one's life"},
		{"他们家的狗很凶,别靠近。", "凶", "fierce"},
		{"两个人吵得很凶。", "凶", "fierce"},
		{"早上市场上的菜最新鲜。", "市场", "marketplace"},
		{"那个市场的饺子特别好吃。", "市场", "marketplace"},
		{"市场上的手机越来越便宜。", "市场", "(economics) market"}, // guard
		{"老师对学生太凶了。", "凶", "fierce"},
		{"这家饭馆的菜很不错。", "不错", "not bad"},
		{"我们成功应对了很多变化。", "应对", "to handle"},
		{"接下来我们聊聊模型。", "接下来", "next"},
		{"我们要整合这些资源。", "整合", "to integrate"},
		{"公司高层决定了。", "高层", "high level"},
		{"那一刻我哭了。", "一刻", "a moment"},
		{"这部影片很感人。", "影片", "film"},
		{"新政策使得很多人受益。", "使得", "to make; to cause"},
		{"这个政策还没有落实。", "落实", "to implement"},
		{"他说话有很重的口音。", "口音", "accent"},
		{"我们需要更多的动力。", "动力", "(fig.) motivation"},
		// The slot's part of speech still chooses: before an object the
		// verb (领导 is "leader" first), after 什么 the noun, before 得
		// and its complement the verb.
		{"我的领导很好。", "领导", "leader"},
		{"他领导一个很大的团队。", "领导", "to lead"},
		{"你喜欢做什么运动?", "运动", "sports"},
		{"这个模型在这方面表现得相当出色。", "表现", "to show"},
		{"这个模型的表现非常好。", "表现", "performance"},
	})
}

// all yields the entries of maps one after the other.
func all(maps ...map[string]string) func(yield func(string, string) bool) {
	return func(yield func(string, string) bool) {
		for _, m := range maps {
			for k, v := range m {
				if !yield(k, v) {
					return
				}
			}
		}
	}
}
