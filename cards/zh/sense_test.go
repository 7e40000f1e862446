package zh

import (
	"strings"
	"testing"
)

// The sense chooser on the kinds of pair issue 12 names, in sentences
// written for this test (the gold set in testdata/senses measures it on
// many more).
func TestSenseChoice(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		zh, en, word string
		reading      string // "" to leave unchecked
		gloss        string // a substring of the gloss wanted
		evidence     bool   // chosen by the English
	}{
		// Registers and trades need the English word itself.
		{"质量基准能否保持?", "Can the quality bar be maintained?", "基准", "ji1 zhun3", "standard", false},
		{"我们从网络文本中学到海量知识。", "We learn an incredible amount of knowledge from web text.", "海量", "", "enormous quantity", false},
		{"我们需要一个新的框架。", "We need a new framing.", "框架", "", "framework", false},
		{"这个房子的框架是木头的。", "The frames of this house are wood.", "框架", "", "(construction) frame", true},
		// An idiom's literal words too: "fig." is the default.
		{"这个设计思路很新颖。", "This design idea is very fresh.", "新颖", "", "new and original", false},
		{"上次的失败就是前车之鉴。", "Remember what happened last time.", "前车之鉴", "", "lesson learned", false},
		// Synonyms and phrases from WordNet.
		{"从商业角度看,这很合理。", "From a business standpoint, it makes sense.", "角度", "", "point of view", true},
		{"这个数量太大了。", "The amount is too large.", "数量", "", "quantity", true},
		// The English chooses the reading of a word of several characters.
		{"这项技术会带来什么好处?", "What advantages will this technology bring?", "好处", "hao3 chu5", "advantage", true},
		{"你看到什么东西了吗?", "Did you see something?", "东西", "dong1 xi5", "thing", true},
		// The grammar where the English says nothing.
		{"这家饭馆很好。", "", "家", "jia1", "classifier", false},
		{"我完全不同意。", "", "完全", "", "totally", false},
		{"他们通过这个方法来解决问题。", "", "通过", "", "by means of", false},
		{"我们要过更健康的生活。", "We want to live healthier lives.", "生活", "", "life", true},
		// After a noun and before an adverb, a word first an adjective is
		// the compound's noun; after the progressive 在, a verb.
		{"人类文明一直在发展。", "Humanity keeps moving forward.", "文明", "", "civilization", false},
		{"人类文明一直在发展。", "Humanity keeps moving forward.", "发展", "", "to develop", false},
		// A character standing as a word is not in its bound form when a
		// free sense is said too, nor by a preposition alone; a prefix the
		// English says stays one.
		{"数据并不充足。", "Data is not plentiful.", "不", "bu4", "no; not so", false},
		{"有位朋友跟我一起去。", "A friend went there with me.", "有", "you3", "to have", true},
		{"他们在做多智能体系统。", "They are building multi agent systems.", "多", "duo1", "multi-", true},
		// ... and a bound form said by half its gloss ("high" of "highly
		// valued") is no reason to leave the free sense.
		{"这件外套有点贵。", "This coat is a little high in price.", "贵", "gui4", "expensive", false},
		// After a degree adverb a single character is a predicate too:
		// "problem" is 题's, the English says "hard" for 难.
		{"这道数学题太难了。", "This maths problem is too hard.", "难", "nan2", "difficult", true},
		// A complement after a word gse tags a noun that the dictionary
		// knows as a verb.
		{"如果他们研发出来，我们也会研发。", "", "出来", "chu5 lai5", "after a verb", false},
		// 没 + noun + 了: "no … any more", the noun; a noun-first word
		// before its object after an auxiliary, 了 or 别 is a verb.
		{"自行车的轮胎没气了。", "", "气", "qi4", "gas", false},
		{"别忘了带雨衣。", "", "带", "dai4", "to ", false},
		// 多 and 少 before a verb are adverbs, not adjectives of a noun.
		{"为了环保，我们要少用一次性筷子。", "To protect the environment we should use fewer disposable chopsticks.", "用", "yong4", "to use", true},
		// Between a preposition of place and a locative, a noun.
		{"老板在会上表扬了她。", "The boss praised her at the meeting.", "会", "hui4", "meeting", true},
		// A tag question needs a question: "right" elsewhere is chance.
		{"你先回去吧，我马上就到。", "You go back first, I'll be right there.", "吧", "ba5", "suggestion", false},
		{"这是你的书，对吧？", "This is your book, right?", "吧", "ba5", "...right?", true},
		{"请同学们安静一下。", "", "一下", "", "(after a verb) a bit", false},
		// An inflected verb Snowball stems apart ("goes": "goe") says its
		// verb: 去 "to go", not "to play (a part)" for "play".
		{"她每天下午都去弹钢琴。", "She goes to play the piano every afternoon.", "去", "qu4", "to go", true},
		// 不 before a word at its clause's end negates a predicate.
		{"这种减肥方法不科学。", "", "科学", "", "scientific", false},
		// "right" before "now", "away", "after" … intensifies: it says no
		// "correct; right".
		{"这个办法被证明是有效的。", "This approach is proving effective right now.", "是", "shi4", "to be", false},
		{"该医院有五百张床位。", "", "该", "gai1", "that", false},
		// Nor is a numeral before its measure word.
		{"他找到了一条新的路线。", "", "一", "yi1", "one", false},
		// A demonstrative before its measure word is no preposition.
		{"我把那本杂志还给了图书馆。", "", "那", "na4", "that", false},
		// A coverb that is a verb too takes a complement (用一下), a
		// preposition of time does not (在过去).
		{"我能用一下你的电脑吗？", "", "一下", "", "(after a verb) a bit", false},
		{"在过去十二个月里，价格涨了很多。", "", "过去", "guo4 qu4", "past", false},
		// After a demonstrative and a classifier, or before 很: a noun.
		{"这本书我已经看完了。", "I have already finished reading this book.", "本", "ben3", "classifier for books", true},
		{"你能帮我拿一下这个包吗？", "Can you help me hold this bag?", "包", "bao1", "bag", true},
		{"我对这个结果很满意。", "I am very satisfied with this result.", "结果", "", "outcome; result", true},
		// A light verb alone says nothing of a phrase ("get to" is not
		// "to get rid of").
		{"请问，去火车站怎么走？", "Excuse me, how do I get to the train station?", "去", "qu4", "to go", false},
		// An English word an earlier word took says nothing of this one.
		{"我上个星期去北京出差了。", "I went to Beijing on a business trip last week.", "去", "qu4", "to go", true},
		{"这次考试他考得不错。", "He did well on this exam.", "考", "kao3", "exam", true},
		// An adverb sense before a verb, past a stop-word adjective; a verb
		// after a time.
		{"你周末一般做什么？", "", "一般", "", "generally", false},
		{"电影七点开始，我们快走吧。", "The film starts at seven.", "开始", "", "to begin", true},
		// A single character's verb by an English inflection; a prefix is
		// no preposition.
		{"他今年长高了。", "He has grown taller this year.", "长", "zhang3", "to grow", true},
		{"过街的时候要小心。", "Be careful when you cross the street.", "过", "guo4", "to cross", true}, // (过马路 is a headword, the unit)
		// A phrase's particle beside its verb, not in a phrase of its own.
		{"她在家看孩子。", "She looks after the kids at home.", "看", "kan1", "to look after", true},
		// Where only a verb stands, a noun-first word is its verb; 去 is
		// "to go" after a verb that is not one of motion.
		{"他已经习惯了这里的生活。", "", "习惯", "", "to be used to", false},
		{"她正在准备考试。", "", "准备", "", "to prepare", false},
		{"事情本不该这样发展。", "", "发展", "", "to develop", false},
		{"这个周末我打算去看电影。", "I plan to see a movie this weekend.", "去", "qu4", "to go", false},
		// A prefix of surnames needs one (老同学: of long standing, function.go).
		{"昨天我在路上遇到了老同学。", "Yesterday I ran into an old classmate.", "老", "lao3", "of long standing", false},
		// A sense of negative sentences needs the negation.
		{"我们需要随时可用的工程师。", "We want engineers available on tap.", "用", "yong4", "to use", false},
		// A suffix right after the word it attaches to.
		{"我们要实现可控性。", "", "性", "xing4", "forming noun", false},
		{"模型架构没有根本性问题。", "", "性", "xing4", "forming adjective", false},
		{"我们不该将其拟人化。", "", "化", "hua4", "-ization", false},
		{"妈妈家很远。", "", "家", "jia1", "home", false},
		// The slot beats the English word's part of speech: a noun after a
		// determiner, an adjective after a degree adverb.
		{"他忘了自己的承诺。", "He forgot his promise.", "承诺", "", "commitment", true},
		{"这是一个非常成功的项目。", "This is a very successful project.", "成功", "", "successful", true},
		// A measure word that counts, the English choosing among its
		// measure-word senses; money at a clause's end.
		{"我每周去两次健身房。", "I go to the gym two times a week.", "次", "", "classifier for enumerated events", true},
		{"这本书三十块。", "This book is thirty yuan.", "块", "", "money", false},
		// A marked sense needs a whole gloss of its own said.
		{"这家公司站在技术的前沿。", "This company stands at the forward edge of technology.", "前沿", "", "frontier", true},
		// No sentence adverb after a time unit: "after".
		{"会议三天以后举行。", "The meeting is held in three days.", "以后", "", "after", false},
		// Before an amount, what bounds or places it.
		{"他学中文还不到两年。", "He has studied Chinese for under two years.", "不到", "", "less than", false},
		{"未来几年房价会上涨。", "Housing prices will rise in the next few years.", "未来", "", "coming", false},
		// A preposition's object is a noun; a pronoun's verb before 的 or
		// an aspect particle is a verb; a complement follows a verb.
		{"我们从经验中学习。", "We learn from experience.", "经验", "", "experience", true},
		{"这是他设定的规则。", "This is the rule he set.", "设定", "", "to set", true},
		{"公司研发出一种新药。", "The company has come up with a new drug.", "研发", "", "to develop", false},
		// A bound form's suffix is no standalone word's sense: 有 "to have".
		{"我们学校有两千个学生。", "Our school has two thousand students.", "有", "you3", "to have", false},
		// Of two senses said by the same stem, the one whose word the
		// English has: "preparing" is the verb, "civilization" the noun.
		{"他在家准备明天的考试。", "He is at home preparing for tomorrow's exam.", "准备", "", "to prepare", true},
		{"这是人类文明的进步。", "This is progress for human civilization.", "文明", "", "civilization", true},
		// 把's object is a noun; a rare name the English does not say is
		// its characters, whose pair says nothing of the reading.
		{"他把工作做完了。", "He finished his work.", "工作", "", "work", true},
		{"公园里的花都开了。", "All the flowers in the park are out.", "花", "hua1", "flower", true},
		{"公园里的花都开了。", "All the flowers in the park are out.", "都", "dou1", "", false},
		// 得 before a preposition is "must"; after a verb, the complement's.
		{"我得跟老师商量一下。", "I have to discuss it with the teacher.", "得", "dei3", "", false},
		{"他跑得比我快。", "He runs faster than me.", "得", "de5", "", false},
		{"时间过得真快。", "Time flies.", "得", "de5", "", false},
		// A sense that needs the number beside it beats the English's
		// other words: "over three hundred" is 多 "... odd".
		// The head of a noun compound at a clause's end is a noun; an
		// adverb before an idiomatic verb phrase is one.
		{"老人需要情感支持。", "", "支持", "", "support", false},
		// (说不通 "it does not make sense" is a headword, the unit, and no
		// verb by its sense's form; 根本 before it is "(not) at all", right too.)
		{"这种说法根本说不过去。", "", "根本", "", "simply", false},
		{"这个村子有三百多户人家。", "This village has more than three hundred households.", "多", "duo1", "odd", true},
		{"他考试得了第一名。", "He came first in the exam.", "得", "de2", "", false},
		// A verb's sense that is only a preposition needs an object: the
		// "from" is 从's; a verb gse tags a place is no object.
		{"他从楼上走下来。", "He came down from upstairs.", "走", "zou3", "to walk", false},
		{"他走上楼去了。", "He went upstairs.", "走", "zou3", "to go", true},
		// After a quantity, a noun: the one that names the first sense.
		{"他遇到了一些困难。", "", "困难", "", "difficult situation", false},
		{"这里有许多其他方面。", "", "其他", "", "other", false},
		// Between the subject and 得, a verb; a verb repeated before its
		// complement is no preposition before an object.
		{"她长得很漂亮。", "", "长", "zhang3", "to grow", false},
		{"他打篮球打得很好。", "", "打", "da3", "semantically light", false},
		// After its subject and before a time or a verb, a verb.
		{"我们计划下个月去北京。", "", "计划", "", "to plan", false},
		{"我们当前是第一名。", "", "当前", "", "present", false},
		{"麻烦你帮我拿一下。", "", "麻烦", "", "to bother sb", false},
		// A word starting with a demonstrative is an object: 为 wei4 "for".
		{"我们说为每个人准备的礼物。", "We said a gift for everyone.", "为", "wei4", "for", false},
		// After a degree adverb a state said as "in …" is the predicate.
		{"他的桌子很乱。", "", "乱", "luan4", "in confusion or disorder", false},
		// After a verb of motion 去 is the direction, unless a place follows.
		{"我们开车去学校。", "", "去", "qu4", "to go", false},
		{"他把书拿去了。", "", "去", "qu4", "movement away", false},
		// A cross-reference shows what it refers to; the reading stays.
		{"他向我走过来。", "", "过来", "guo4 lai5", "to come over", false},
		// A verb that ends its clause has no object: not "to go to",
		// whatever "go" the English says; "to turn on" is no preposition.
		{"你先走吧，我马上就到。", "You go first, I'll be there right away.", "到", "dao4", "to arrive", false},
		{"沿着这条街走就到了。", "Go along this street and you're there.", "到", "dao4", "to arrive", false},
		{"请把台灯打开。", "Please turn on the desk lamp.", "打开", "", "to turn on", true},
		{"周末我们在海边玩得很开心。", "We had a lot of fun at the beach at the weekend.", "开心", "", "to feel happy", false},
		// An interjection opens its clause; after a degree adverb no
		// degree adverb.
		{"我们先把基础打好再说。", "Let's get the basics right first.", "好", "hao3", "completion", false},
		{"这是一座很老的房子。", "This is a very old house.", "老", "lao3", "old", true}, // (the English's "old", not "very")
		// A verb before its potential complement is no noun: "can't"
		// does not make 听 "a can".
		// An adverb gse tags an adjective (重新) stands before a verb.
		{"他们决定重新评估这个计划。", "They decided to re-evaluate the plan.", "评估", "ping2 gu1", "to evaluate", true},
		// After a measure word gse tags a noun (幅), a noun.
		{"我送了她一幅画。", "I gave her a painting.", "画", "hua4", "painting", true},
		// A sense said of things has no person for subject; the next
		// sense the English says then wins.
		{"她做这些都是为了孩子。", "She does all this for her kids.", "做", "zuo4", "to do", true},
		// Where an adverb stands, the adverb's sense the English says too.
		{"这两种方法完全不同。", "These two methods are completely different.", "完全", "", "totally", true},
		// Right after its verb the complement, though a verb follows.
		{"你们准备好出发了吗？", "", "好", "hao3", "completion", false},
		// A measure word labelled "(classifier)" counts too.
		{"公司给了他一笔奖金。", "", "笔", "bi3", "sum of money", false},
		// A sense that needs an adjective after it needs one: 好消息.
		{"他把这个好消息告诉了妈妈。", "He told his mom the good news.", "好", "hao3", "good", true},
		// 好 or 难 before a word ending its clause: "easy to" a verb.
		{"这个软件很好用。", "This software is easy to use.", "用", "yong4", "to use", true},
		// Before a directional complement no "(before a verb)" sense; 好起来
		// is one word before 了 (verbComplement).
		{"吃了药以后，他慢慢好起来了。", "", "好起来", "hao3 qi3 lai5", "to get better", false},
		{"广播的声音太小，我听不太清楚。", "The radio is too quiet, I can't make it out.", "听", "ting1", "to listen", false},
		// Of two entries read alike, the one the English says.
		{"合同上需要你签个字。", "You need to sign the contract.", "签", "qian1", "to sign one's name", true},
	} {
		var got *struct {
			reading, gloss string
			evidence       bool
		}
		for _, tk := range a.Analyze(c.zh, c.en) {
			if tk.Text == c.word {
				got = &struct {
					reading, gloss string
					evidence       bool
				}{tk.Reading, tk.Gloss, tk.Evidence}
				break
			}
		}
		if got == nil {
			t.Errorf("%s: no token %s", c.zh, c.word)
			continue
		}
		if (c.reading != "" && got.reading != c.reading) || !strings.Contains(got.gloss, c.gloss) || got.evidence != c.evidence {
			t.Errorf("%s in %s / %s: got %s %q (English evidence %v), want %s %q (%v)",
				c.word, c.zh, c.en, got.reading, got.gloss, got.evidence, c.reading, c.gloss, c.evidence)
		}
	}
}

// TestNeedNegation checks that a sense of negative sentences is met after a
// negation only (用 "to need; to have to (usu. used in the negative …)").
func TestNeedNegation(t *testing.T) {
	need := needOf("to need; to have to (usu. used in the negative or in questions)")
	if need != needNegation {
		t.Fatalf("needOf: got %v, want needNegation", need)
	}
	for _, tt := range []struct {
		prev string
		want bool
	}{{"不", true}, {"没", true}, {"可", false}, {"", false}} {
		if got := need.met(&neighbours{prev: tt.prev}); got != tt.want {
			t.Errorf("after %q: met %v, want %v", tt.prev, got, tt.want)
		}
	}
}

// TestStateAfterDegreeAdverb checks that after a degree adverb, with no
// object, a word whose first sense is a verb of action takes its adjective
// sense ("rich", not "to enrich", which contains it).
func TestStateAfterDegreeAdverb(t *testing.T) {
	a := analyzer(t)
	if g, _ := tokenGloss(t, a, "这家店的水果种类非常丰富。", "", "丰富"); g != "rich" {
		t.Errorf("丰富 after 非常: got %q, want %q", g, "rich")
	}
}

// TestAdverbReading checks that a character gse tags an adverb keeps its
// adverb's reading where phrase pairs across the word before say otherwise
// (天都 and 都在 are du1 in place names): 都 dou1 "all".
func TestAdverbReading(t *testing.T) {
	a := analyzer(t)
	for _, tc := range []struct{ zh, char, want string }{
		{"我奶奶每天都在公园散步。", "都", "dou1"},
		{"孩子们每天都很开心。", "都", "dou1"},
		{"周末他们都在家休息。", "都", "dou1"},
		// The pair 更深 (更深人静 geng1) is no evidence across the head
		// of the word the adverb modifies.
		{"这背后有一个更深层的原因。", "更", "geng4"},
	} {
		found := false
		for _, tk := range a.Analyze(tc.zh, "") {
			if tk.Text == tc.char {
				found = true
				if tk.Reading != tc.want {
					t.Errorf("%s in %s: got %s, want %s", tc.char, tc.zh, tk.Reading, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no token %s", tc.zh, tc.char)
		}
	}
}

// TestPredicateSlot checks the part of speech that the words around a
// word of several characters call for, where the English says nothing:
// after an adverb that only a predicate follows (经常, 再, 进一步), before
// 一下, the verb; after 什么, the noun; after 去, no object.
func TestPredicateSlot(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"他经常帮助别人。", "帮助", "to help"},
		{"我们下周再联系。", "联系", "to get in touch"},
		{"我们需要进一步明确目标。", "明确", "to clarify"},
		{"你先休息一下。", "休息", "to rest"},
		{"出发以前,记得检查一下护照。", "检查", "to examine"},
		{"你喜欢做什么运动?", "运动", "sports"},
		// After a measure word the noun; a character after its subject
		// and before its object the verb.
		{"你能帮我看一下这份报告吗?", "报告", "report"},
		{"他找到了一份工作。", "工作", "job"},
		{"你信他吗?", "信", "to believe"},
		// After 一下 the noun; after a modal, before a noun
		// object, the verb (not before a quantity: 便宜点).
		{"请先看一下说明。", "说明", "explanation"},
		{"我们要稳定物价。", "稳定", "to stabilize"},
		// Before a time or a verb, a sense that takes a verb; before a
		// noun, not; after a time and before an object, a character's
		// verb.
		{"我准备下个月去日本。", "准备", "to intend"},
		{"他们准备出发了。", "准备", "to intend"},
		{"我们准备考试。", "准备", "to prepare"},
		{"我每天背二十个单词。", "背", "to "},
		// After a verb that takes a verb, at the clause end, the verb;
		// after a verb of care, the state as a noun.
		{"我们会继续努力。", "努力", "to make an effort"},
		{"我们还没决定。", "决定", "to decide"},
		{"他在家休息。", "休息", "to rest"},
		{"开车要注意安全。", "安全", "safety"},
		// After a determiner, a noun WordNet knows as an adjective too;
		// in a verb's slot the verb, though the usual sense comes after
		// it in the dictionary's list.
		{"这个选择很重要。", "选择", "choice"},
		{"我们想学习他们的定位。", "定位", "positioning"},
		{"他们正在表现。", "表现", "to show"},
		{"他们正在标记数据。", "标记", "to mark up"},
		{"我们正在节省开支。", "节省", "to save"},
		{"他跑得更快了。", "快", "rapid"},
		{"我们要确保稳定。", "稳定", "stability"},
		// Before a subject and its verb, the sense that takes a clause;
		// after a subject, before an adverb, a verb of feeling.
		{"我怀疑他在说谎。", "怀疑", "to have one's doubts"},
		{"我们怀疑这个数据。", "怀疑", "to doubt"},
		{"我感觉有点冷。", "感觉", "to feel"},
		{"他经验很丰富。", "经验", "experience"},
		{"这个价格太贵了,能便宜点吗?", "便宜", "cheap"},
		// Not where the noun stands: after 的, or with 很 before it.
		{"谢谢你的帮助。", "帮助", "assistance"},
		{"他的目标很明确。", "明确", "clear-cut"},
	})
}

// TestClauseHeadAndAdverb checks two choices where the English says
// nothing: at the head of a clause a word that is also the conjunction
// "but" is that (not before a quantity), and a sense whose first gloss may
// be an adverb and whose others are adverbs only is the adverb's.
func TestClauseHeadAndAdverb(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"不过我还是想去。", "不过", "but"},
		{"我很想去,不过没有时间。", "不过", "but"},
		{"只是我没有时间。", "只是", "but"},
		{"这只是一个开始。", "只是", "merely"},
		// Before a comma at the head of a clause, a connective of
		// addition; before a quantity, no sentence adverb.
		{"还有,我明天不来了。", "还有", "in addition"},
		{"我还有一个问题。", "还有", "there still remain"},
		{"另外一个问题是成本。", "另外", "additional"},
		{"这次考试的结果还没出来。", "结果", "outcome"},
		{"结果他没来。", "结果", "in the end"},
		// Before a preposition of direction, "straight" in space.
		{"一直往前走就到了。", "一直", "straight"},
		// After a verb of going somewhere, the place, not a suffix.
		{"我刚到家。", "家", "home"},
		{"我一直在等你。", "一直", "continuously"},
		{"这件事特别重要。", "特别", "very; especially"},
		{"我特别喜欢吃面。", "特别", "very; especially"},
		{"他这个人很特别。", "特别", "unusual"},
		// Before a verb, the sense that is a phrase of a preposition and
		// the first sense's noun (not right after a verb).
		{"他一口气喝了三瓶啤酒。", "一口气", "at a stretch"}, // (before a verb: function.go)
		// After a verb and 不, 来 is its potential complement, not the
		// start of 聊起天来 (construction.go).
		{"我早上起不来。", "来", "(used after 得[de2] to indicate possibility"},
		{"你先走吧,我一会儿就来。", "一会儿", "in a moment"},
		{"我们休息一会儿再走吧。", "一会儿", "a moment"},
	})
}

// TestSubjectAndAdvice checks a verb-first word heading its clause before
// a degree adverb and its predicate (the noun), a sense of advice where
// the clause gives advice, and a sense "often used in the negative" that
// a positive sentence may have too.
func TestSubjectAndAdvice(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"工作很忙。", "工作", "job"},
		{"要求很高啊。", "要求", "requirement"},
		{"选择很重要。", "选择", "choice"},
		{"急需更多芯片。", "急需", "to urgently need"},
		{"我们还是走吧。", "还是", "had better"},
		{"你还是别去了。", "还是", "had better"},
		{"他还是那么年轻。", "还是", "still"},
		// Between the two choices of a question without 吗, "or".
		{"你喝茶还是咖啡?", "还是", "or"},
		{"你去还是不去?", "还是", "or"},
		{"他还是没来?", "还是", "still"},
		// A sense used with a word that comes later has it later.
		{"就是下雨我也去。", "就是", "(used correlatively with 也[ye3]) even"},
		{"他就是我的老师。", "就是", "exactly"},
		{"我很在乎你。", "在乎", "(often used in the negative) to care about"},
		// A claim holds where nothing follows; a company is set up.
		{"显然,同样的情况也成立。", "成立", "to be tenable"},
		{"这个结论成立吗?", "成立", "to be tenable"},
		{"这家公司成立于2015年。", "成立", "to establish"},
		{"公司刚成立。", "成立", "to establish"},
		// Before a name in Latin letters, a verb's computing sense.
		{"访问okta.com。", "访问", "(computing) to visit"},
		{"我明天去访问他。", "访问", "to visit; to call on"},
	})
}

// tokenAt returns the reading and gloss of the first token word of zh
// analysed with en.
func tokenAt(t *testing.T, a *Analyzer, zh, en, word string) (reading, gloss string) {
	t.Helper()
	for _, tk := range a.Analyze(zh, en) {
		if tk.Text == word {
			return tk.Reading, tk.Gloss
		}
	}
	t.Errorf("%s is not a token of %s", word, zh)
	return "", ""
}

// TestNameFirstEntry checks words whose first CC-CEDICT entry is a name
// (回 Hui2, 修 Xiu1, 用 Yong4): where gse does not tag them a name, the
// words before them see the common word, a verb (没 mei2 before it, 得
// dei3 "must"), and 回 alone is "to go back", not 迴 "to curve".
func TestNameFirstEntry(t *testing.T) {
	a := analyzer(t)
	for _, tc := range []struct{ zh, word, reading, gloss string }{
		{"他没回我的消息。", "没", "mei2", "not"},
		{"他没回我的消息。", "回", "hui2", "to go back"},
		{"我等一下回他。", "回", "hui2", "to go back"},
		{"我的电脑坏了，得修一下。", "得", "dei3", "must"},
		{"他用一只手拿着杯子。", "用", "yong4", "with"},
	} {
		r, g := tokenAt(t, a, tc.zh, "", tc.word)
		if r != tc.reading || !strings.Contains(g, tc.gloss) {
			t.Errorf("%s in %s: got %s %q, want %s %q", tc.word, tc.zh, r, g, tc.reading, tc.gloss)
		}
	}
}

// TestCountedAndAdvice checks a word that is first a verb, after what
// counts it (the noun), 最好 after its subject before a verb ("had
// better"), and 未来 before an amount ("coming").
func TestCountedAndAdvice(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"他给我提了三点建议。", "建议", "proposal"},
		{"公司有三项规定。", "规定", "regulations"},
		{"我们做了很多准备。", "准备", "preparation"},
		{"你最好早点来。", "最好", "had better"},
		{"我们最好现在就走。", "最好", "had better"},
		{"你最好先问问老师。", "最好", "had better"},
		{"未来几年会很难。", "未来", "coming"},
		// Guards.
		{"我建议你早点休息。", "建议", "to propose"},
		{"会议将在下午三点开始。", "开始", "to begin"},
		{"这是最好的办法。", "最好", "best"},
		{"他是我最好的朋友。", "最好", "best"},
		{"我们要为未来做准备。", "未来", "future"},
	})
}

// TestThingsAndHeads checks a state of mind ("to be sure") where a thing
// is the subject or a date the object (the verb's other sense), the head
// noun after 的 of a word that is first an adjective, and a split word
// whose verb gse tags a noun (结了婚).
func TestThingsAndHeads(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"时间已经确定了。", "确定", "to fix"},
		{"开会的地点确定了吗?", "确定", "to fix"},
		{"我们还没确定日期。", "确定", "to fix"},
		{"我不确定他会来。", "确定", "to be sure"},
		{"最大的困难是招人。", "困难", "difficult situation"},
		{"别总想占别人的便宜。", "便宜", "a petty advantage"},
		{"他们结了婚。", "结", "(结…婚)"},
		// Guards.
		{"你确定吗?", "确定", "to be sure"},
		{"老师也不确定。", "确定", "to be sure"},
		{"会议正在进行。", "进行", "(of a process etc)"},
		{"这是一种广泛的智能。", "智能", "intelligent"},
	})
}

// TestManyThenNoun checks that 多 after 很 (as gse splits 很多) is a
// quantity, not the adverb of 多休息: the word after it is the noun.
func TestManyThenNoun(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"我们收到了很多反馈。", "反馈", "feedback"},
		{"他们做了很多研究。", "研究", "research"},
		{"你要多休息。", "休息", "to rest"}, // guard
	})
}

// TestNegatedVerb checks that 不 and a verb whose headword together is a
// written adverb (不想 "unexpectedly") are two words where speech has
// them: after the subject, or before a verb.
func TestNegatedVerb(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"我不想去。", "想", "(想 + verb) to want to"},
		{"他不想工作了。", "想", "(想 + verb) to want to"},
		{"不想去。", "想", "(想 + verb) to want to"},
		{"不想他竟然来了。", "不想", "unexpectedly"}, // guard: the written adverb
	})
}

// TestDescribedAndCounted checks a word negated or graded before 的 (the
// adjective it also is), and a measure word's noun over an adverbial
// phrase the English says ("big" for "(do sth) in a big way").
func TestDescribedAndCounted(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"还有很多不确定的因素。", "", "确定", "definite"},
		{"这是一个非常成功的项目。", "", "成功", "successful"},
		{"结婚是一件大事。", "Getting married is a big thing.", "大事", "major event"},
		{"这是我们不支持的方案。", "", "支持", "to support"}, // guard
	})
}

// TestSoMany checks that 多, 少 and 些 after 那么 are no number: 那么多
// is "so many", not "(before a number) … or so".
func TestSoMany(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"我们当时也没想那么多。", "那么", "like that"},
		{"他有那么多钱。", "那么", "like that"},
		{"来了那么三十个人。", "那么", "(before a number)"}, // guard
	})
}

// TestAfterDegreeAdverb checks a noun-first word after a degree adverb
// as the predicate: its adjective, labelled or by WordNet.
func TestAfterDegreeAdverb(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"他做事很专业。", "专业", "professional"},
		{"她的表情很自然。", "自然", "natural"},
		{"他的发音很标准。", "标准", "(adjective) standard"},
		{"结果不是很理想。", "理想", "ideal"},
		{"它很可能会成功。", "可能", "maybe"}, // guard: before a verb
	})
}

// TestBaAndDegree checks the verb after 把 and its object, and a
// character after a degree adverb: no name (gse tags 帅 one), and not its
// bound form.
func TestBaAndDegree(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"他把我气哭了。", "气", "to make angry"}, // (气坏 "furious" is a headword, the unit)
		{"他长得很帅。", "帅", "handsome"},
		{"你把气放了吧。", "气", "gas; air"}, // guard: 把's object
	})
}

// TestWhereItIsDone checks a verb-first word after 在 and a place at the
// end of its clause: the verb, not the head of a noun compound.
func TestWhereItIsDone(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"他在银行工作。", "工作", "to work"},
		{"不存在电力限制。", "限制", "restriction"}, // guard: a noun compound
	})
}

// TestOwnedNoun checks a verb-first character that 的 owns: its noun.
func TestOwnedNoun(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"我喜欢你的画。", "画", "picture; painting"},
		{"这是我的爱。", "爱", "affection"},
		{"他的笑很好看。", "笑", "to laugh"},                         // guard: no noun sense
		{"各领域的最先进技术。", "最", "(before an adjective or verb)"}, // guard
	})
}

// TestAfterMust checks a noun-first word after 得 read dei3 "must": the
// verb.
func TestAfterMust(t *testing.T) {
	a := analyzer(t)
	if g, _ := tokenGloss(t, a, "你得休息。", "", "休息"); !strings.HasPrefix(g, "to rest") {
		t.Errorf("休息 in 你得休息: got %q, want %q", g, "to rest")
	}
}

// TestHeadOverEnglish checks the head noun after 的 where the English
// says the adjective by a derivation ("difficulty" of "difficult").
func TestHeadOverEnglish(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"最大的困难是招人。", "The biggest difficulty is hiring.", "困难", "difficult situation"},
		{"这是一种广泛的智能。", "This is a broad intelligence.", "智能", "intelligent"}, // guard
	})
}

// TestTriedNeed: 看 "(after a verb) to give it a try" follows a verb done
// briefly and closes its clause (问一下看, 尝一尝看), never any verb
// before it (回头看 "to look back", 抬头看).
func TestTriedNeed(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct {
		zh  string
		try bool
	}{
		{"这个菜你尝一尝看。", true},
		{"你可以问一下看。", true},
		{"现在回头看，那是一个正确的决定。", false},
		{"他抬头看天。", false},
	} {
		toks := a.Analyze(c.zh, "")
		tok, ok := goldLikeToken(toks, "看", 1)
		if !ok {
			t.Errorf("%s: no token 看: %s", c.zh, render(toks))
			continue
		}
		if try := strings.Contains(tok.Gloss, "give it a try"); try != c.try {
			t.Errorf("%s: 看 = %q, trying %v, want %v", c.zh, tok.Gloss, try, c.try)
		}
	}
}

// TestEverydayProbeSenses checks senses found wrong on everyday probes,
// each with the construction that decides it.
func TestEverydayProbeSenses(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		// A determiner's sense ("few") is no preposition before a noun
		// and a verb: 小 + noun is "small".
		{"他在一家小公司上班。", "", "小", "small"},
		{"小公司赚钱很难。", "", "小", "small"},
		{"这个问题只在小圈子里讨论过。", "", "小", "small"}, // (小范围 is a headword, the unit)
		{"我们更需要时间。", "", "更", "more"},        // guard: a comparative stays
		// A sense whose brackets name vehicles, with a vehicle where they
		// put it: the object after the verb, the subject of "(of …)".
		{"我每天坐地铁上班。", "", "坐", "to take (a bus"},
		{"我们坐了两站地铁。", "", "坐", "to take (a bus"},
		{"我们坐出租车去吧。", "", "坐", "to take (a bus"},
		{"我要赶地铁，先走了。", "", "赶", "to try to catch"},
		{"火车快开了，快点上车。", "", "开", "(of ships, vehicles"},
		{"他坐在公交车上睡着了。", "", "坐", "to sit"}, // guard: a place
		{"我坐下来等公交车。", "", "坐", "to sit"},   // guard
		// (guard: not leaving; driven, vehicleDriven)
		{"车开得很快。", "", "开", "to turn on; to put in operation"},
		// "(it) hurts" is a predicate, no noun "hurts" for a degree
		// adverb to turn into a verb; with an object, the verb.
		{"我的头有点疼。", "", "疼", "(it) hurts"},
		{"我头很疼。", "", "疼", "(it) hurts"},
		{"奶奶最疼我了。", "", "疼", "to love dearly"},
		{"他很疼孩子。", "", "疼", "to love dearly"},
		{"腿疼了三天。", "", "疼", "(it) hurts"},
		// After a number, a fraction is the unit it counts (30 %).
		{"我们只有三成的把握。", "", "成", "one tenth"},
		{"价格降了两成。", "Prices fell by twenty percent.", "成", "one tenth"},
		{"我们成了朋友。", "", "成", "to become"}, // guard
		{"现在差五分八点。", "", "分", "minute"},   // guard: a unit first
		// 不是 "is not" (learner.txt), its "no" no preposition before
		// a pronoun and a verb; alone in its clause, the answer "no".
		{"这不是我的错。", "", "不是", "is not"},
		{"我不是老师。", "", "不是", "is not"},
		{"不是我不想去，是没时间。", "", "不是", "is not"},
		{"不是，我没说过。", "", "不是", "no"},
		// The predicate after an object: every token looked at (not every
		// other), a verb before 的 a modifier.
		{"我看你写的书。", "", "看", "to see"},
		{"我看他不会来了。", "", "看", "to consider"}, // guard
		// At the head of a clause before a noun, a word first an
		// adjective modifies it; not the sentence adverb.
		{"根本原因是我们没有钱。", "", "根本", "fundamental"},
		{"集体利益比个人利益更重要。", "", "集体", "collective"},
		{"本来计划明天去。", "", "本来", "originally"}, // guard: 计划 a verb
		// 没有 and a word closing the clause that a learner meets first
		// as a noun: "not have" and the noun.
		{"我们第一年基本上没有收入。", "", "没有", "(没有 + noun)"},
		{"我们第一年基本上没有收入。", "", "收入", "income"},
		{"他没有收入，生活很困难。", "", "收入", "income"},
		{"我还没有决定。", "", "没有", "(没有 + verb)"}, // guard
		{"我没有去。", "", "去", "to go"},          // guard
		// learner.txt: the sense met first.
		{"他是我们家的老大。", "", "老大", "eldest child"},
		// "to be implemented" says what was done to a thing already: no
		// state of mind to turn into a verb done to it.
		{"项目终于落地了。", "", "落地", "(fig.) to be implemented"},
		{"飞机落地了。", "", "落地", "(of a plane) to land"},
		{"时间已经确定了。", "", "确定", "to fix"}, // guard
		// After 的 with no noun after it, an entry listing adjectives
		// first is its noun.
		{"我非常感谢团队的热情。", "", "热情", "passion"},
		{"他的热情让我很感动。", "", "热情", "passion"},
		{"他很热情。", "", "热情", "cordial"}, // guard
	})
}

// contextGloss is a word of a sentence read without its English, and the
// start of the gloss it should have there.
type contextGloss struct{ zh, word, want string }

// checkGlossPrefixes fails on every case whose word's gloss does not start
// with want.
func checkGlossPrefixes(t *testing.T, a *Analyzer, cases []contextGloss) {
	t.Helper()
	for _, tc := range cases {
		checkPairGlosses(t, a, []pairGloss{{tc.zh, "", tc.word, tc.want}})
	}
}

// pairGloss is a word of a sentence pair (the English may be empty) and
// the start of the gloss it should have there.
type pairGloss struct{ zh, en, word, want string }

// checkPairGlosses fails on every case whose word's gloss does not start
// with want.
func checkPairGlosses(t *testing.T, a *Analyzer, cases []pairGloss) {
	t.Helper()
	for _, tc := range cases {
		if g, _ := tokenGloss(t, a, tc.zh, tc.en, tc.word); !strings.HasPrefix(g, tc.want) {
			t.Errorf("%s in %s: got %q, want %q", tc.word, tc.zh, g, tc.want)
		}
	}
}

// TestSenseBySlotOrObject checks content words whose sense the slot or the
// object decides, each with the construction that decides it and guards
// where it must not.
func TestSenseBySlotOrObject(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		// 不 negates a verb: before what follows it in its clause, a
		// word first a noun is the verb it also is.
		{"我还不习惯这儿的冬天。", "", "习惯", "to be used to"},
		{"他不习惯用筷子。", "", "习惯", "to be used to"},
		{"我们今年不计划买房。", "", "计划", "to plan"},
		{"刚到的时候我很不习惯那边的饮食。", "At first I wasn't used to the food there.", "习惯", "to be used to"},
		{"早睡早起是一个好习惯。", "", "习惯", "habit"}, // guard
		{"他有很多不好的习惯。", "", "习惯", "habit"},  // guard: after 的
		// A machine its object, after it or before it (把, the topic): the
		// verb switches it on.
		{"他每天晚上都开着电视睡觉。", "", "开", "to turn on"},
		{"太热了，把空调开着吧。", "", "开", "to turn on"},
		{"你先开一下电脑，我马上过来。", "", "开", "to turn on"},
		{"电视一直开着，没人看。", "", "开", "to turn on"},
		{"我打开电视看新闻。", "", "打开", "to turn on"},
		{"进门先打开灯。", "", "打开", "to turn on"},
		{"你开一下门。", "", "开", "to open"},     // guard: a door
		{"他打开箱子看了看。", "", "打开", "to open"}, // guard
		{"他开了一家电脑公司。", "", "开", "to open"}, // guard: the machine heads no noun
		// A day named by its number (周五, 星期三) counts nothing: the
		// character after it is no measure word for that number.
		{"房东说周五派人来修。", "", "派", "to send"},
		{"我们星期三派人过去。", "", "派", "to send"},
		{"我周三封好了信。", "", "封", "to seal"},
		{"他们分成了两派。", "", "派", "classifier"}, // guard: a number
		{"这批货周五到。", "", "批", "classifier"},  // guard: a demonstrative
		// A noun for subject, before a time: the verb.
		{"公司计划明年开一家新店。", "", "计划", "to plan"},
		{"政府计划下个月提高工资。", "", "计划", "to plan"},
		{"学校计划今年招一千个学生。", "", "计划", "to plan"},
		{"这个计划明年开始。", "", "计划", "plan"},  // guard: a determiner
		{"公司的计划明年开始。", "", "计划", "plan"}, // guard: after 的
		// A verb doubled before its verb–object word: the word's verb.
		{"他想了想，点了点头。", "", "点", "to nod"},
		{"她笑着点点头。", "", "点", "to nod"},
		{"我们出去散散步吧。", "", "散", "(散…步) to take a walk"},
		{"我们跳跳舞吧。", "", "跳", "(跳…舞) to dance"},
		{"我们点了两个菜。", "", "点", "to order"},       // guard: no doubling
		{"他翻了翻桌上的报纸。", "", "翻", "to turn over"}, // guard: 桌 is 桌上's
		// A shop for subject, or a clock time before it: opening and
		// closing for business.
		{"图书馆早上九点开门。", "", "开门", "to open for business"},
		{"超市九点半才开门。", "", "开门", "to open for business"},
		{"这家店几点开门？", "", "开门", "to open for business"},
		{"银行周末不开门。", "", "开门", "to open for business"},
		{"商店晚上十点关门。", "", "关门", "(of a shop etc) to close"},
		{"有人敲门，快去开门。", "", "开门", "(lit. and fig.) to open a door"}, // guard
		{"妈妈给我开门。", "", "开门", "(lit. and fig.) to open a door"},    // guard
		{"请随手关门。", "", "关门", "to close a door"},                    // guard
		// Where one is, before a verb done there: no object to turn the
		// state into another verb.
		{"很多人在家工作。", "", "在家", "to be at home"},
		{"在家办公很方便。", "", "在家", "to be at home"},
		{"我明天在家休息。", "", "在家", "to be at home"},
		// A potential complement inside a split verb–object word.
		{"这件事我帮不上忙。", "", "忙", "(帮…忙) to help"},
		{"我一个人干不了这么多活。", "", "干", "(干…活) to work"},
		{"如果成本是零，这怎么说得通呢？", "", "说", "to speak"}, // guard: 通 the complement
		// A verb and 不到 that make no word: 到 the complement.
		{"这本书在网上买不到。", "", "到", "(verb complement"},
		{"他们今年赚不到钱。", "", "到", "(verb complement"},
		{"一个月不到，他就走了。", "", "不到", ""}, // guard: no verb, 不到 stays a word
		// The subject of "(of prices etc)" past an adverb or a time.
		{"房价又跌了。", "", "跌", "(of prices etc) to drop"},
		{"股价昨天跌了一半。", "", "跌", "(of prices etc) to drop"},
		{"他在冰上跌了一跤。", "", "跌", "to fall"}, // guard
		{"价格一下子跌了很多。", "", "跌", "(of prices etc) to drop"},
		// 市场 "(economics) market" (learner.txt); where one goes, the
		// marketplace.
		{"我们打算明年进入欧洲市场。", "", "市场", "(economics) market"},
		{"房地产市场最近不太好。", "", "市场", "(economics) market"},
		{"我们的产品在市场上很受欢迎。", "", "市场", "(economics) market"},
		{"去市场买点菜吧。", "", "市场", "marketplace"},
		{"我妈每天早上去市场。", "", "市场", "marketplace"},
		// After its subject and when, closing its clause: the verb.
		{"他们明天比赛。", "", "比赛", "to compete"},
		{"我们明天比赛吧。", "", "比赛", "to compete"},
		{"他们明天的比赛。", "", "比赛", "competition"}, // guard: after 的
		// A bracket's item names its head before a preposition: "(a
		// company on the stock market)" is about companies.
		{"公司明年上市。", "", "上市", "to float"},
		{"这家公司去年上市了。", "", "上市", "to float"},
		{"新产品下个月上市。", "", "上市", "to hit the market"}, // guard
		// A liquid its subject, nothing after it: 开 "to boil".
		{"水开了，快把火关小一点。", "", "开", "to boil"},
		{"水还没开。", "", "开", "to boil"},
		{"水已经开了。", "", "开", "to boil"},
		{"门开了。", "", "开", "to open"},   // guard
		{"窗户还没开。", "", "开", "to open"}, // guard
		{"水龙头开着。", "", "开", "to open"}, // guard: 水龙头 "faucet"
		// A number and the object gse makes one word: the split word.
		{"房租这几年翻了两倍。", "", "翻", "to double"},
		{"今年的销量翻了三倍。", "", "翻", "to double"},
		{"麻烦你帮我拿一下。", "", "拿", "to take"}, // guard: 一下 (learner.txt: "to take")
		// Before 着, a verb that keeps something; before 在 and a place
		// (no 把), one that stays.
		{"她留着长头发。", "", "留", "to retain"},
		{"这些旧衣服你还留着吗？", "", "留", "to retain"},
		{"他毕业以后留在了北京。", "", "留", "to stay"},
		{"他把书留在桌子上了。", "", "留", "to leave"}, // guard: 把
		{"他留了一张纸条。", "", "留", "to leave"},   // guard
		// Before 着 a word first a noun WordNet knows as more than a
		// noun ("light") is its verb: 光 "to leave (a part of the body)
		// uncovered".
		{"他光着脚在沙滩上跑。", "", "光", "to leave (a part of the body) uncovered"},
		{"别光着膀子出门。", "", "光", "to leave (a part of the body) uncovered"},
		{"孩子们光着身子在河里游泳。", "The kids were swimming naked in the river.", "光", "to leave (a part of the body) uncovered"},
		{"他忙着做饭。", "", "忙", "busy"},    // guard: an adjective
		{"饭都吃光了。", "", "光", "used up"}, // guard
		// 日子 "days of one's life" (learner.txt) where the English says
		// no date.
		{"结婚的日子定在五月。", "The wedding date is set for May.", "日子", "a (calendar) date"}, // guard
		{"这样的日子什么时候是个头?", "When will this kind of life end?", "日子", "days of one's life"},
		// A text its object: 背 "to learn by heart".
		{"我每天背二十个单词。", "", "背", "to learn by heart"},
		{"你把课文背下来。", "", "背", "to learn by heart"},
		{"演员在背台词。", "", "背", "to learn by heart"},
		// 差 before 得 where nothing is compared falls short of a goal.
		{"你做得已经很好了，我还差得远。", "", "差", "to fall short"},
		{"离我们的目标还差得远。", "", "差", "to fall short"},
		{"他的英语比我差得远。", "", "差", "not up to standard"}, // guard: 比
	})
}

// TestNamedAndSaid: a sense whose brackets a noun near the token names
// and the English says beats the sense the English says by its verb
// alone (换外币 / "change … currency" "to convert (currency)", not "to
// change (clothes etc)"); where the English's own sense is named too, it
// stays (换衣服 / "change clothes").
func TestNamedAndSaid(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		{"我在机场换了一些外币。", "I changed some foreign currency at the airport.", "换", "to convert (currency)"},
		{"到了以后再换外币吧。", "Let's change currency after we arrive.", "换", "to convert (currency)"},
		{"妈妈在哄孩子睡觉。", "Mom is coaxing the child to sleep.", "哄", "to amuse (a child)"},
		{"我想先换衣服。", "I want to change clothes first.", "换", "to change (clothes etc)"}, // guard
		{"他在接电话。", "He is answering the phone.", "接", "to answer (the phone)"},         // guard
	})
}

// TestVehicleDriven: a vehicle 开 acts on (its object, 把's, the object
// of 开 said before and repeated, or before 开得) makes it "to operate";
// a vehicle that leaves, its subject, keeps "(of ships, vehicles …) to
// start".
func TestVehicleDriven(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		{"我爸爸会开卡车。", "开", "to turn on; to put in operation; to operate"},
		{"他开着一辆旧卡车去上班。", "开", "to turn on; to put in operation; to operate"},
		{"你开过飞机吗?", "开", "to turn on; to put in operation; to operate"},
		{"他开车开了十年。", "开", "to turn on; to put in operation; to operate"},
		{"她开出租车开了五年。", "开", "to turn on; to put in operation; to operate"},
		{"你把车开到门口来。", "开", "to turn on; to put in operation; to operate"},
		{"这辆车开得很快。", "开", "to turn on; to put in operation; to operate"},
		{"火车快开了。", "开", "(of ships, vehicles, troops etc) to start"}, // guard
		{"他开了一家公司。", "开", "to open"},                                 // guard
		{"我坐了两站地铁。", "坐", "to take (a bus, airplane etc)"},           // guard
	})
}

// TestContentWordRules: content words' senses by rules of the words
// around them, one block a rule.
func TestContentWordRules(t *testing.T) {
	a := analyzer(t)
	checkPairGlosses(t, a, []pairGloss{
		// Before 得 and its complement a character first a noun is the
		// verb it also is: 气 "to get angry", not "gas; air".
		{"妈妈气得直哭。", "", "气", "to make angry; to annoy; to get angry"},
		{"我同事气得一上午没说话。", "", "气", "to make angry; to annoy; to get angry"},
		{"老师气得直摇头。", "The teacher shook his head, fuming.", "气", "to make angry; to annoy; to get angry"},
		{"孩子病得很重。", "", "病", "to fall ill"},
		{"轮胎没气了。", "", "气", "gas; air"},                    // guard: after 没 a noun
		{"这个月的钱花得太快了。", "", "花", "to spend (money, time)"}, // guard
		// Opening its clause before a new subject and its verb, 结果 is
		// the connective "in the end; as a result" (construction.go).
		{"我本来想早点睡,结果手机一直响。", "", "结果", "in the end; as a result"},
		{"我们到了车站,结果火车已经开走了。", "", "结果", "in the end; as a result"},
		{"他出门没锁车,结果车被人偷了。", "He didn't lock his bike, and it got stolen.", "结果", "in the end; as a result"},
		{"结果钱包丢了。", "", "结果", "in the end; as a result"},
		{"结果报告很长。", "", "结果", "outcome; result; consequence"},  // guard: no verb after the noun
		{"考试结果出来了。", "", "结果", "outcome; result; consequence"}, // guard
		// Before a relative by blood, 亲 is "one's own (flesh and blood)".
		{"她是我亲姐姐。", "", "亲", "one's own (flesh and blood)"},
		{"他们是亲姐妹,长得一模一样。", "", "亲", "one's own (flesh and blood)"},
		{"亲兄弟也要明算账。", "", "亲", "one's own (flesh and blood)"},
		{"那是他的亲儿子。", "That's his own son.", "亲", "one's own (flesh and blood)"},
		{"他亲了她一下。", "", "亲", "to kiss"}, // guard
		// After 够 "enough", closing its clause, a character first a noun
		// is the verb there is enough for: 花 "to spend".
		{"这点钱根本不够花。", "", "花", "to spend (money, time)"},
		{"钱够花吗?", "", "花", "to spend (money, time)"},
		{"工资太低,不够花啊。", "My salary is too low, it's not enough to live on.", "花", "to spend (money, time)"},
		{"这些花不够漂亮。", "", "花", "flower"}, // guard
		// After 有 or 没有, 意见 is what one has against something.
		{"他对我有意见。", "", "意见", "objection"},
		{"邻居们都挺有意见的。", "", "意见", "objection"},
		{"我没有意见,你定吧。", "", "意见", "objection"},
		{"你们有什么意见可以提。", "", "意见", "opinion"}, // guard
		{"他提了一些意见。", "", "意见", "opinion"},    // guard
		// Before a thing, 装 is "to install", not learner.txt's "to
		// pretend", which takes a verb or nothing.
		{"我在手机上装了个软件。", "", "装", "to install"},
		{"我们家刚装了空调。", "", "装", "to install"},
		{"你帮我装一下这个软件吧。", "", "装", "to install"},
		{"楼道里装了两个摄像头。", "Two cameras were put up in the stairwell.", "装", "to install"},
		{"别装了,我知道是你。", "", "装", "to pretend"}, // guard
		{"他装不知道。", "", "装", "to pretend"},     // guard
		// After a place, 话 is its dialect (construction.go).
		{"他说一口地道的温州话。", "", "话", "dialect"}, // (上海话 is a headword, the unit)
		{"四川话和普通话差别不大。", "", "话", "dialect"},
		{"她会说东北话。", "", "话", "dialect"},
		{"我有话跟你说。", "", "话", "talk"},            // guard
		{"你这句话是什么意思?", "", "话", "what sb said"}, // guard
		// After a numeral or a demonstrative, before a noun, a word with
		// no classifier's sense counts by the collective it names.
		{"一帮朋友来我家吃饭。", "", "帮", "group"},
		{"他们那帮人天天喝酒。", "", "帮", "group"},
		{"这帮孩子真调皮。", "These kids are really naughty.", "帮", "group"},
		{"你帮我一下。", "", "帮", "to help"}, // guard
		// After 打 (a measure or 了 between), a sense "to greet".
		{"先跟大家打个招呼。", "", "招呼", "to greet"},
		{"他跟我打了个招呼就走了。", "", "招呼", "to greet"},
		{"见了老师要打声招呼。", "", "招呼", "to greet"},
		{"你去招呼一下客人。", "", "招呼", "to call out to"}, // guard
		// At the head of its clause, a word first an adverb of time
		// places the clause, whatever amount follows it.
		{"以前一个月只能挣两千块。", "", "以前", "before"},
		{"以前一条街上有好几家书店。", "", "以前", "before"},
		{"未来几年,人工智能会发展得很快。", "", "未来", "coming"}, // guard
		{"不到一年他就走了。", "", "不到", "less than"},     // guard
	})
}
