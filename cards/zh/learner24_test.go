package zh

import "testing"

// TestLearnerLines24 checks learner.txt's lines for frequent words outside
// HSK 2.0 (session 24) where the English says nothing, and that a linking
// verb closing its clause keeps the dictionary's first sense.
func TestLearnerLines24(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"我在开车时不看手机。", "时", "when"},
		{"我们应早点出发。", "应", "should"},
		{"声音太大了，你调一下。", "调", "to adjust"},
		{"这病得早点治。", "治", "to treat (a disease)"},
		{"我把手机设成了静音。", "成", "to become"},
		{"你每天早上到了所里先做什么？", "所", "place"},
		{"笔记在桌子上。", "笔记", "notes"},
		{"直观地看，这样更好。", "直观", "intuitive"},
		{"我们通话了半个小时。", "通话", "to talk over the telephone"},
		{"最近短剧特别火。", "短剧", "(neologism, attested by 2020) short-form video drama"},
		{"出发前给我打电话。", "前", "before"},
		{"饭前要洗手。", "前", "before"},
		{"这部电影里全是僵尸。", "僵尸", "zombie"},
		{"他早晚会知道的。", "早晚", "(in reference to sth that is bound to happen) sooner"},
		{"他的话里有破绽。", "破绽", "(fig.) flaw"},
		{"她沉浸在音乐里。", "沉浸", "to immerse"},
		{"我们半月见一次面。", "半月", "fortnight"},
		{"他对朋友很慷慨。", "慷慨", "generous"},
		// A linking verb needs what it links: closing its clause, the
		// dictionary's first.
		{"我们再试一次，说不定就成了。", "成", "to succeed"},
		{"下雨了，我们没去成。", "成", "to succeed"},
	})
}
