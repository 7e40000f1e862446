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
		// learner.txt's entries in several slots, and where the slot still gives the verb.
		{"我每个月存一千块钱。", "存", "to deposit"},
		{"他把钱都存进了银行。", "存", "to deposit"},
		{"他们俩感情很好。", "感情", "affection"},
		{"这是他们的感情问题。", "感情", "affection"},
		{"我们一定能攻克这个难题。", "攻克", "to overcome"},
		{"法律赋予每个人平等的权利。", "赋予", "to give"},
		{"毫无疑问，他是最好的。", "毫无疑问", "without a doubt"},
		{"这毫无疑问是个好主意。", "毫无疑问", "without a doubt"},
		{"说实话，我不太喜欢这个菜。", "说实话", "frankly"},
		{"其实说实话，我挺想去的。", "说实话", "frankly"},
		{"说实话我也不知道。", "说实话", "frankly"},
		{"你要说实话。", "说实话", "to speak the truth"},    // the verb: after a modal
		{"他从来不说实话。", "说实话", "to speak the truth"},  // after a negation
		{"你就跟我说实话吧。", "说实话", "to speak the truth"}, // closing its clause
		// learner.txt lines where the English says nothing (the old sense in the comment).
		{"这家工厂是用电大户。", "大户", "conspicuous spender or consumer"},   // "great family"
		{"钢铁行业是能源消耗大户。", "大户", "conspicuous spender or consumer"}, // "great family"
		{"股市里的大户开始卖出了。", "大户", "conspicuous spender or consumer"}, // "great family"
		// 租 is "to rent" (the dictionary's first, "to hire", is said
		// of people today), renting out too.
		{"我想在学校附近租一套房子。", "租", "to rent"},
		{"他把房子租给了一个学生。", "租", "to rent"},
		{"我们在机场租了一辆车。", "租", "to rent"},
	})
}

// TestUsualSenseOrEnglish checks the sense a learner meets first
// (learner.txt) in sentences with their English, and that an English that
// says another sense keeps it.
func TestUsualSenseOrEnglish(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		// learner.txt entries, each in several slots
		// without English, and where the English says the other sense.
		{"别跟我讲大道理。", "", "大道理", "sermon (reproof)"},
		{"他总是喜欢讲一堆大道理。", "", "大道理", "sermon (reproof)"},
		{"大道理谁都懂,做起来难。", "", "大道理", "sermon (reproof)"},
		{"这些大道理我都明白。", "I understand all these principles.", "大道理", "major principle"}, // the English says it
		// learner.txt's senses for 把关 (first "to guard a
		// pass"), 念 (first "to read": what one reads out is heard), 绕 (first "to
		// wind") and 闲 (a variant's "enclosure", then "leisure" before 着).
		{"这些数据最后都由他来把关。", "", "把关", "to check on sth"},
		{"质量这一块我们请了专家把关。", "We brought in experts to vet the quality.", "把关", "to check on sth"},
		{"这个词我不会念，你教教我。", "", "念", "to read aloud"},
		{"你念给我听听。", "", "念", "to read aloud"},
		{"前面在修路，我们绕过去吧。", "", "绕", "to go round"},
		{"退休以后他一天到晚闲着。", "", "闲", "idle"},
		{"你要是闲得慌就来帮我。", "", "闲", "idle"},
		// learner.txt's senses met first today, where the
		// entry lists another first: 测 "to measure" (测体温, 测血压, 测出来), not
		// "to survey"; 饶 "to forgive" (饶了我吧, 不饶人), not "rich"; 喷出 "to
		// spurt out", not "to well up". The English still decides where it says
		// another sense.
		{"你先测一下体温。", "", "测", "to measure"},
		{"我去医院测了血压。", "", "测", "to measure"},
		{"这个仪器能测出空气里的甲醛。", "", "测", "to measure"},
		{"饶了我吧。", "", "饶", "to forgive"},
		{"你就饶他一次吧。", "", "饶", "to forgive"},
		{"他这个人得理不饶人。", "", "饶", "to forgive"},
		{"火山喷出了大量岩浆。", "", "喷出", "to spurt out"},
		{"水管里喷出一股热水。", "", "喷出", "to spurt out"},
		{"工程队明天去测那块地。", "The engineering team will survey that plot tomorrow.", "测", "to survey"}, // guard: the English says it
		// 重 chong2 before a verb is "again" for a learner
		// (learner.txt); 重 zhong4 stays "heavy".
		{"你把这段重写一下。", "", "重", "again"},
		{"我没听清楚，请重说一遍。", "", "重", "again"},
		{"这次不算，我们重来。", "", "重", "again"},
		{"这个行李太重了。", "", "重", "heavy"}, // guard
		// 纠结 is met today as the mental struggle
		// (learner.txt), graded by a degree adverb as it is (a feeling, no
		// "twisted; tangled"); the English "intertwined" keeps the literal sense.
		{"别纠结了，买就是了。", "", "纠结", "to struggle (mentally)"},
		{"他纠结了很久才决定辞职。", "", "纠结", "to struggle (mentally)"},
		{"我一直在纠结这件事。", "", "纠结", "to struggle (mentally)"},
		{"这个问题让我很纠结。", "", "纠结", "to struggle (mentally)"},
		{"我在纠结选哪个。", "I'm torn over which one to choose.", "纠结", "to struggle (mentally)"},
		{"各种矛盾纠结在一起。", "All kinds of conflicts are intertwined.", "纠结", "to intertwine"}, // guard: the English
		// 心意 is met today as the kindly feeling a gift or a
		// gesture carries (learner.txt), not the intention.
		{"这是我的一点心意，请收下。", "", "心意", "regard; kindly feelings"},
		{"你的心意我领了。", "", "心意", "regard; kindly feelings"},
		{"这只是个小心意。", "", "心意", "regard; kindly feelings"},
		{"大家的心意我都明白。", "I understand everyone's kind feelings.", "心意", "regard; kindly feelings"},
		// 心疼 is met today as feeling for someone in a
		// hardship, 传话 as passing a message on (learner.txt); the English that
		// says the other sense keeps it.
		{"孩子每天学到半夜，我看着都心疼。", "", "心疼", "to feel sorry for sb"},
		{"你这么累，妈妈心疼你。", "", "心疼", "to feel sorry for sb"},
		{"看到他瘦成这样，我真心疼。", "Seeing him this thin, I really feel for him.", "心疼", "to feel sorry for sb"},
		{"奶奶最心疼我这个小孙子。", "Grandma loves me, her little grandson, dearly.", "心疼", "to love dearly"}, // guard: the English
		{"老板让秘书传话给大家。", "", "传话", "to communicate a message"},
		{"他们俩不说话，全靠我传话。", "", "传话", "to communicate a message"},
		{"他俩吵架了，让我在中间传话。", "They fell out, and had me pass messages between them.", "传话", "to communicate a message"},
		// 到期 is met today first of documents, cards and
		// contracts (learner.txt "to expire (visa etc)"); a loan before it or the
		// English keeps the others.
		{"护照明年三月到期。", "", "到期", "to expire (visa etc)"},
		{"合同二十号到期，到时候再续。", "", "到期", "to expire (visa etc)"},
		{"你的会员已经到期了。", "", "到期", "to expire (visa etc)"},
		{"我的驾照快到期了。", "My driving licence is about to run out.", "到期", "to expire (visa etc)"},
		{"这笔贷款下个月到期。", "", "到期", "to fall due (loan etc)"},   // guard
		{"贷款快到期了，得赶紧还。", "", "到期", "to fall due (loan etc)"}, // guard
		// 夸 is met today praising someone (learner.txt "to
		// praise"); an English "boast" keeps the first sense.
		{"老师夸我作文写得好。", "", "夸", "to praise"},
		{"大家都夸他能干。", "", "夸", "to praise"},
		{"妈妈经常夸邻居家的孩子。", "Mum is always praising the neighbours' kid.", "夸", "to praise"},
		{"他总爱夸自己有多厉害。", "He always likes to boast about how great he is.", "夸", "to boast"}, // guard: the English
		// 拿 is met first as taking or fetching (learner.txt "to
		// take": 帮我拿一下快递, 我拿三个, 外头下雨，拿把伞); before 着 it holds
		// (contactGloss: 手里拿着一本书 "to hold").
		{"你帮我拿一下快递。", "", "拿", "to take"},
		{"老板，这个我拿三个。", "", "拿", "to take"},
		{"别忘了把伞拿回来。", "Don't forget to bring the umbrella back.", "拿", "to take"},
		{"他手里拿着一本书。", "", "拿", "to hold"},
		{"这把伞你先拿着。", "", "拿", "to hold"},
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
