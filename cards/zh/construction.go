package zh

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Common verbs and adverbs whose sense in a sentence is set by the
// construction they head, the way function.go's words are: 想 + verb is
// "to want to", 请 + verb "please", 使 + object + verb "to make (sb do
// sth)", 太 + adjective "too". functionGloss calls constructionGloss for
// them; the glosses are written for learners, like function.go's.

// constructionWords are the words constructionGloss knows.
var constructionWords = map[string]bool{
	"想": true, "请": true, "使": true, "正": true, "太": true, "较": true, "比": true, "先": true,
	"离": true, "点": true, "一点": true, "是": true, "当": true, "没有": true, "或": true,
	"几": true, "越": true, "这么": true, "来": true, "半天": true, "一起": true, "往": true,
	"怎么": true, "这个": true, "那个": true, "一家": true, "下来": true, "叫": true, "调": true, "朝": true, "像": true,
	"话": true, "比较": true, "成": true, "到": true, "一下": true, "再说": true, "一下子": true, "除": true,
	"清": true, "累": true, "硬": true, "到底": true, "快": true, "一边": true, "刚": true, "去": true, "一次": true, "老": true,
	"走": true, "掉": true, "靠": true, "一": true, "说": true, "看": true, "不算": true, "接": true, "光": true,
	"既": true, "下去": true, "透": true, "别": true, "挺": true, "名": true, "花": true,
	"呢": true, "而且": true, "只有": true, "前": true, "完": true, "什么": true, "起来": true, "条": true, "位": true, "双": true,
	"杯": true, "瓶": true, "件": true, "张": true, "顿": true, "首": true, "辆": true, "份": true, "盘": true,
	"要命": true, "要死": true, "不得了": true, "慌": true, "可": true, "那": true, "举": true, "之所以": true, "之间": true, "则": true, "均": true, "便": true, "由": true, "于": true, "至": true, "按": true, "本": true, "起": true, "以上": true, "以下": true, "好": true, "等等": true,
	"该": true, "左右": true, "零": true, "受": true, "这": true, "那么": true, "号": true, "遍": true, "回": true, "趟": true, "场": true, "倒": true, "照": true, "干嘛": true, "干吗": true, "哪": true, "行": true, "块": true, "一口": true, "死": true, "结果": true, "本来": true, "边": true, "看看": true, "嘛": true, "出头": true, "多": true, "还好": true,
	"一块": true, "下面": true, "反过来": true, "冲": true, "隔": true, "项": true, "通过": true, "拿": true, "凭": true, "肯": true, "可能": true, "所": true,
	"总": true, "怎么样": true, "人家": true, "直": true, "住": true, "整": true, "呗": true,
	"口": true, "支": true, "根": true, "封": true, "部": true, "篇": true, "台": true, "间": true, "句": true, "棵": true, "朵": true,
	"不然": true, "会不会": true, "凭什么": true,
	"种": true, "赶": true,
}

// glossPingShenme is 凭什么 asking what gives sb the right.
const glossPingShenme = "(凭什么…?) by what right; why should …"

// Glosses of 到 between the ends of a span and before a time.
const (
	glossSpanTo  = "(A 到 B) to; up to (the end of a span)"
	glossUntil   = "(到 + time) until; up to"
	glossMovedTo = "(改到 + time) to (the new time)"
	glossAskedTo = "(被/把…请 + direction) to ask (sb to go or come)"
)

// listeners are the people spoken to: 请 + listener + verb is "please".
var listeners = map[string]bool{"你": true, "您": true, "你们": true, "大家": true, "各位": true}

// constructionWord reports whether constructionGloss knows w.
func constructionWord(w string) bool { return constructionWords[w] }

// constructionGloss returns the gloss of word w at c for the construction
// it heads, "" when none applies (the dictionary's sense then stays).
func (c *fctx) constructionGloss(w, reading string) string {
	nb := c.nb
	switch w {
	case "想":
		// 我想点一杯咖啡, 我想提出: a verb follows. (我想我们… "I think"
		// keeps the dictionary's "to think"; 想出来 is thought up.)
		// (再想想, 想一想: the verb doubled, not "to want to".)
		// (我想是的, 我想是这样: 是 after 想 is what one thinks.)
		if reading == "xiang3" && c.verbAhead() && !c.finalNext() && !resultComplements[nb.next] && nb.next != "想" && nb.next != "是" && nb.next != "是的" && !(nb.next == "一" && c.word(c.nth(2, 1)) == "想") {
			return "(想 + verb) to want to; would like to"
		}
		// 我很想你, 我好想你们, 我想你了: a person closing the clause, the
		// one missed (我想他会来 goes on: what one thinks).
		// (他在想你, 想想: thinking, the verb at work.)
		if reading == "xiang3" && nb.in(nextPersonal) && c.endsAfterNext() && nb.prev != "在" && nb.prev != "正在" && nb.prev != "想" {
			return "to miss (feel wistful about the absence of)"
		}
		// 我很想和你探讨: "really want to", the verb after its partner.
		if reading == "xiang3" && nb.in(prevDegree) && (nb.nextPos == "p" || nb.next == "和" || nb.next == "跟") && c.nearPos(1, 5, "v") {
			return "(想 + verb) to want to; would like to"
		}
		// 我想在家好好睡一觉, 想把这些翻译成英文, 还想再吃一碗, 他想当医生:
		// a preposition or an adverb, then the verb wanted (not "to think";
		// 我想他会来 has a subject after 想).
		// (我想当我们听到…: 当 "when" before its clause, 想 "to think".)
		if reading == "xiang3" && wantLead[nb.next] && c.verbWithin(2, 4) && !(nb.next == "当" && (personalPronouns[c.word(c.nth(2, 1))] || c.near(1, 8, false, "时", "的时候"))) {
			return "to desire; to want (to)" // (the dictionary's, as the English "wanna" picks it)
		}
	case "除":
		// 除此以外, 除他之外: except; besides (not "to get rid of").
		if reading == "chu2" && c.near(1, 4, false, "以外", "之外", "外") {
			return "except; not including"
		}
	case "一下子":
		// 他一下子就明白了: all at once (not "once; one time"); after its
		// verb, for a moment.
		switch {
		case reading != "yi1 xia4 zi5":
		case c.verbAhead() || nb.next == "就" || nb.nextPos == "d" || nb.nextPos == "p",
			!c.finalNext() && !isVerbPos(nb.prevPos) && !c.verbAt(c.step(c.k-1, -1)): // 心情一下子好多了
			return "all at once; all of a sudden"
		case (isVerbPos(nb.prevPos) || c.verbAt(c.step(c.k-1, -1))) && c.finalNext():
			return "(following a verb) for a moment; briefly"
		}
	case "一下":
		// 你过来一下: after a word the dictionary knows as a verb, "a
		// bit", whatever gse tags it.
		if reading == "yi1 xia4" && !isVerbPos(nb.prevPos) && c.verbAt(c.step(c.k-1, -1)) && !c.verbAhead() && nb.next != "就" {
			return "(after a verb) a bit"
		}
		// 我去一下洗手间, 等一下: right after a verb gse tags one (not a
		// modal: 要一下子), "a bit", before an object or none.
		if reading == "yi1 xia4" && nb.prevPos == "v" && c.step(c.k-1, -1) == c.k-1 && !nb.in(prevModal) && !c.verbAhead() && nb.next != "就" && nb.next != "子" {
			return "(after a verb) a bit"
		}
		// 你能帮我一下吗, 让我看你一下: verb + person + 一下 is "a bit",
		// as after the verb itself (not "all at once; suddenly").
		if p := c.step(c.k-1, -1); reading == "yi1 xia4" && p >= 0 && nb.in(prevPersonal) && !c.breaks(p, false) {
			v := c.step(p-1, -1)
			if v >= 0 && c.sn.toks[v].Text == "了" {
				v = c.step(v-1, -1) // 他打了我一下
			}
			if v >= 0 && !c.breaks(v, false) && (c.verbAt(v) || c.pos(v) == "v") {
				// (他打了我一下: 打's first entry is da2 "dozen".)
				return "(verb + sb + 一下) a bit; briefly"
			}
		}
	case "再说":
		// 明天再说吧, 以后再说: "let's leave it until later"; at the head
		// of a clause that goes on, 再说，… "besides".
		head := nb.left == 0 || nb.prev == "" || c.breaks(c.step(c.k-1, -1), true)
		switch {
		case reading != "zai4 shuo1":
		case head && c.commaNext():
			return "(再说，…) besides; what's more"
		case c.finalNext():
			return "(…再说) to leave it until later"
		}
		// (再说一次 "to say again": the dictionary's first sense.)
	case "到底":
		// 你到底去不去? "after all", in a question; 坚持到底 "to the end",
		// after its verb.
		switch {
		case reading != "dao4 di3":
		case c.question() || c.near(1, 4, false, "不", "没", "什么", "谁", "哪", "哪儿", "哪里", "怎么", "为什么", "多少", "几") || nb.next != "还是" && c.near(1, 8, false, "还是"):
			// (你到底是A还是B: a choice asked, with or without a question
			// mark; 到底还是 is "in the end … still".)
			return "(in questions) after all; … on earth"
		case isVerbPos(nb.prevPos) && c.finalNext():
			return "(verb + 到底) to the end"
		}
	case "直":
		// 冻得直哆嗦, 急得直跺脚, 疼得直叫: after 得, 直 + verb is doing it
		// on and on (not "straight"); so is 直摇头, 直点头.
		if reading == "zhi2" && (nb.prev == "得" && isVerbPos(nb.nextPos) || keptUp[nb.next]) {
			return "(直 + verb) keep (doing); on and on"
		}
	case "总":
		// 总不能不管吧, 总不会错的: "surely (not)"; 总会有办法的 "sooner
		// or later". (他总迟到 keeps "always".)
		switch {
		case reading != "zong3":
		case nb.next == "不能" || nb.next == "不会" || nb.next == "不可能" || nb.next == "不至于" || nb.next == "不好":
			return "(总 + 不能/不会) surely (not); after all"
		case nb.next == "会" || nb.next == "会有" || nb.next == "有一天":
			return "(总会) sooner or later; eventually"
		}
	case "怎么样":
		// 周末去爬山怎么样? 我们吃火锅怎么样: a proposal, then 怎么样,
		// is "how about …?" (你最近怎么样, 考得怎么样, 你觉得怎么样 ask
		// "how?").
		if reading == "zen3 me5 yang4" && c.proposalBefore() {
			return "(proposal + 怎么样?) how about …?"
		}
	case "人家":
		// 人家明明没错, 我…: where the speaker says 我, 人家 is someone
		// else, never the coy "I, me".
		if reading == "ren2 jia5" && c.speakerSaysI() {
			return "other people; sb else; he, she or they"
		}
	case "或":
		// 初创企业或第三方公司: "or" between two nouns, not "maybe".
		if reading == "huo4" && isObjectPos(nb.prevPos) && (isObjectPos(nb.nextPos) || c.nounNext()) {
			return "or"
		}
	case "没有":
		// 我跑得没有他快, 这里没有那里那么热: A is not as … as B.
		if reading == "mei2 you3" && c.objectNext() && c.adjectiveAfterObject() {
			return "(A 没有 B + adjective) not as … as"
		}
		// 你的作业做完了没有？ 你去过长城没有？: closing a question on an
		// action done (了 or 过 before it in the clause), "haven't (you)?",
		// not "to not have".
		if reading == "mei2 you3" && c.finalNext() && c.question() && c.near(-1, 6, false, "了", "过") {
			return "(…了没有？) have (you) … or not?"
		}
		// 我们还没有真正关注, 它并没有欺骗我们: the past action denied;
		// 没有问题 keeps the dictionary's "to not have" or "to not be",
		// which the English chooses.
		if reading == "mei2 you3" && c.usualNounEnds() {
			return "(没有 + noun) to not have; there is no"
		}
		if reading == "mei2 you3" && !c.finalNext() && (isVerbPos(nb.nextPos) && nb.nextPos != "vn" || nb.nextPos == "d") {
			return "(没有 + verb) did not; have not (done)"
		}
		// 没有人相信, 没有时间: "there is no …; to not have", not
		// "haven't" (the English may still say "haven't").
		if reading == "mei2 you3" && (strings.HasPrefix(nb.nextPos, "n") || nb.nextPos == "r" && !nb.in(nextPersonal)) {
			return "(没有 + noun) to not have; there is no"
		}
	case "请":
		// 请坐, 所以请解释一下: please; 请他来: to ask sb to.
		if reading != "qing3" {
			return ""
		}
		if c.treats() {
			return "to treat (to a meal etc)" // 她请全组同事喝了咖啡
		}
		if c.invitedGuest() {
			return "to invite" // 今天请到的嘉宾, 请来了很多明星
		}
		if ushered[nb.next] && (nb.prev == "被" || c.near(-1, 4, false, "把", "被")) {
			// 他被保安请出去了, 把客人请进来: sb asked to go somewhere (not
			// the imperative 请进来 "please").
			return glossAskedTo
		}
		if c.verbAhead() || listeners[nb.next] && c.verbAfterObject() && !nb.in(prevPersonal) && !strings.HasPrefix(nb.prevPos, "n") && !nb.in(prevModal) ||
			pleaseLead[nb.next] && !nb.in(prevPersonal) && !strings.HasPrefix(nb.prevPos, "n") && !nb.in(prevModal) {
			// (请把你的名字写下来, 请不要抽烟: what is asked starts with 把 or
			// a negation.)
			// (请你说慢一点, 请大家安静: the listener asked, with no
			// one before who asks, is "please"; 我请你吃饭 "to treat",
			// 我想请你帮忙 "to ask": 想 has its subject.)
			return "(请 + verb) please (do sth)"
		}
		if c.verbAfterObject() && nb.in(nextPersonal) && treatVerbs[c.word(c.nth(2, 1))] {
			// 我请你吃饭, 想请你喝咖啡: the one who pays.
			return "to treat (to a meal etc)"
		}
		if c.verbAfterObject() {
			return "(请 + sb + verb) to ask; to invite"
		}
		// 我们请了一位律师, 请几个工人: a person engaged, counted (not
		// 我请你吃饭 "to treat", nor 请了三天假).
		if c.personCountedAhead() {
			return "to invite"
		}
	case "使":
		if reading == "shi3" && c.verbAfterObject() {
			return "(使 + sb + verb) to make; to cause (sb to do sth)"
		}
	case "正":
		// 他正看着窗外, 我正通过…: in the middle of doing.
		if reading == "zheng4" && (c.verbAhead() || nb.next == "在" || nb.nextPos == "p") {
			return c.zhengNow() // function.go
		}
	case "太":
		if reading == "tai4" && nb.prev == "不" && !c.finalNext() {
			// 还不太习惯: "not very", whatever gse tags the word after.
			return "(不太 + adjective) not very; not too"
		}
		if reading == "tai4" && c.verbNext() {
			return c.taiDegree() // function.go
		}
	case "该":
		// 不知道该怎么办, 我们该出发了, 该不该问: before a verb or a way of
		// doing, "should", whatever the English's "turn" or "that" (该你了
		// is one's turn; 该公司 "that"; 该不会 "probably"; 活该, 应该 are
		// words of their own). Opening its clause before a verb, 该 is
		// "that" in writing (——该限制原本…, gse tagging 限制 a verb) unless
		// a 了 says it is time (该吃饭了).
		if reading == "gai1" && !nb.in(nextPersonal) && nb.next != "不会" && nb.next != "是" && (c.verbNext() && !c.nounNext() && (!c.clauseHead() || c.near(1, 4, false, "了")) || dutyWays[nb.next] || nb.next == "不该") {
			return glossGaiShould
		}
	case "硬":
		// 他硬把糖塞给我, 硬要去, 硬是不肯: before 把, 要 or a verb, and
		// after no word of degree, how he does it, "resolutely" (很硬,
		// 硬得很, 硬的 are "hard; stiff").
		if reading == "ying4" && !nb.in(prevDegree) && (nb.next == "把" || nb.next == "要" || nb.next == "是" || c.verbNext() && !c.nounNext()) {
			return "resolutely; uncompromisingly"
		}
	case "累":
		// 累死了, 累了一天, 累得说不出话, 挺累的: with no one after it that
		// it wears out, the state "tired" (不要累着自己, 累人 are the
		// verb), whatever "worn out" or "hardly" the English says.
		if reading == "lei4" && !personPos(nb.nextPos) && !personNoun(nb.next) && nb.next != "人" && nb.next != "着" && nb.next != "自己" {
			return "tired"
		}
	case "清":
		// 听清, 看不清, 说得清: right after a verb, or its 不 or 得, the
		// result "clear; distinct", not water's "clear; clean".
		if reading == "qing1" && c.completesVerb() {
			return "clear; distinct"
		}
	case "快":
		// 他一说快我就听不懂, 走快点: right after a verb (not a modal),
		// how it is done, "rapid", whatever "as soon as" the
		// English says of 一…就.
		if reading == "kuai4" && c.completesVerb() && nb.prev != "得" {
			return "rapid"
		}
		// 天快黑了, 我们快到了: "soon; almost", a change about to come
		// (not "rapid": 他跑得很快).
		if reading == "kuai4" && (c.verbAhead() || nb.predicateNext) && !nb.in(prevDegree) && nb.prev != "得" && c.near(1, 4, false, "了") {
			return "(快 + verb + 了) soon; almost; about to"
		}
		// 等了快一个小时, 快十点了, 他快四十岁了: before an amount, how
		// near it comes, "almost" (not "rapid"; 快一点, 快些, 快多了 is
		// faster).
		if reading == "kuai4" && (numeralWord(nb.next) || nb.nextPos == "m" || nb.nextPos == "mq") && !nb.in(prevDegree) && nb.prev != "得" && !fasterAmount[nb.next] && c.amountAfter() {
			return glossKuaiAmount
		}
		// 快走！ 快睡吧, 你快去吧: at the head of a command, "hurry".
		if reading == "kuai4" && c.verbAhead() && !c.near(1, 4, false, "了") && (nb.prev == "" || nb.left == 0 || listeners[nb.prev]) && (c.command() || c.goToDo()) {
			return "(快 + verb!) hurry; quick"
		}
	case "去":
		// 回家去, 上楼去吧, 走进去 (as 走进 去): after a verb of going
		// somewhere, the motion away from the speaker, not "to go" again.
		if reading == "qu4" && c.directedBefore() && (nb.clauseEnd || nb.next == "了" || nb.next == "吧") {
			return "(verb + 去) away (from the speaker)"
		}
		if reading == "qu4" && c.finalNext() && !isVerbPos(nb.prevPos) && !c.verbAt(c.step(c.k-1, -1)) {
			// (一定要带孩子去, 坐地铁去, 我不去了: closing its clause after
			// no verb, the going itself, whatever "next time" the English
			// says; 朝门口走去 is the motion away.)
			return "to go"
		}
		// 花了很多时间去理解: after a verb and its object, 去 + verb is
		// the purpose ("to go in order to do sth"), not "to go" (去上班
		// keeps the dictionary's "to go").
		if reading == "qu4" && c.verbAhead() && c.objectEndsBefore() && c.purposeVerbBefore() {
			return "(去 + verb) to go and (do); in order to"
		}
	case "一次":
		// 开一次会, 我只去过一次: once (第一次 is the first time, one word).
		if reading == "yi1 ci4" && nb.prev != "第" {
			return "once; one time"
		}
	case "一边":
		// 一边走一边聊, 他一边吃饭，一边看手机: two actions at once.
		if reading == "yi1 bian1" && c.verbAhead() && (c.near(1, 10, true, "一边") || c.near(-1, 10, true, "一边")) {
			return "(一边 A 一边 B) doing A while doing B"
		}
	case "刚":
		// 他刚下飞机就…, 我刚到家: a moment ago (not "exactly").
		if reading == "gang1" && (c.verbAhead() || nb.nextPos == "p") {
			return "(刚 + verb) just; a moment ago"
		}
	case "老":
		return c.lao(reading) // function.go
	case "较":
		if reading == "jiao4" && c.verbNext() {
			return "(较 + adjective) relatively; comparatively"
		}
	case "比":
		if reading != "bi3" {
			return ""
		}
		// 两比一: a score or a ratio between numbers.
		if numeralWord(nb.prev) || nb.prevPos == "m" {
			return "(number 比 number) to (in a score or ratio)"
		}
		// 他比我高, 比以前更好: the object, then what it is compared in.
		if c.objectNext() || nb.nextPos == "f" || c.nounNext() {
			// (A noun by the dictionary too: 鱼比超市的新鲜, gse tags
			// 超市 a verb.)
			return "(A 比 B + adjective) than; compared with"
		}
		// 比最优秀的医学专家更聪明, 比去年的还多: a longer B, then 更 or 还
		// before what is compared (not "to compare").
		if c.near(1, 8, false, "更", "还", "更加", "还要") {
			return "(A 比 B + adjective) than; compared with"
		}
	case "当":
		switch {
		case reading == "dang4" && baBefore(c.sn, c.k):
			return "(把 X 当 Y) to regard as; to treat (X) as (Y)"
		case reading == "dang4" && c.takenFor():
			// 你真当我是傻子啊, 我当你是朋友, 你真当我不会做饭呢: who is
			// taken for what, "to regard as" (not "at the very same…").
			return glossDangRegard
		case reading == "dang4" && nb.next == "是" && (nb.prevPos == "d" || nb.in(prevPersonal)):
			// 就当是放松一下, 我就当是在夸我, 你只当是玩玩: what happened
			// is taken as something, "to regard as" (当是 is no
			// headword of its own).
			return glossDangTakeAs
		case reading == "dang1" && (strings.HasPrefix(nb.nextPos, "n") || nb.nextPos == "vn" || c.nounNext()) && !strings.HasPrefix(nb.nextPos, "nr") && (isVerbPos(nb.prevPos) || nb.prev == "了" || c.endsAfterNext() || c.roleAfterPlace() || c.roleAfterSubject()):
			// 想当医生, 要当老师, 在一家外企当会计。: a role (当…的时候
			// goes on after the noun; gse tags 会计 a verb, 教练 vn).
			return "(当 + role) to be; to act as; to work as"
		}
	case "是":
		// 是啊。 是的, …: the whole reply is 是, "yes".
		if reading == "shi4" && c.nb.prev == "" && c.nb.left == 0 && c.finalNext() {
			return "(as a reply) yes; that's right"
		}
		// 累是累，但是很开心; 好是好，就是太贵: A 是 A, conceding A before a
		// but (not the copula).
		if reading == "shi4" && nb.prev != "" && nb.prev == nb.next && c.near(1, 3, true, "但是", "但", "可是", "可", "不过", "就是", "只是") {
			return glossShiConcede
		}
		// 我的意思是，…, 你的回答是对的, 我们的策略是先…: with words after
		// it in its clause, the copula, whatever "well" or "right" the
		// English says ("very well" and "correct; right" stand alone).
		// 这绝对是在浪费时间, 他不是在开玩笑: 是 before an action in
		// progress asserts it (CC-CEDICT's emphatic 是), not the copula.
		if reading == "shi4" && nb.next == "在" && c.progressiveAt(c.step(c.k+1, 1)) {
			return glossShiAssert
		}
		if reading == "shi4" && (!c.finalNext() || c.commaNext() && c.nb.prev != "") {
			return "to be (followed by substantives only)"
		}
	case "先":
		if reading == "xian1" && c.verbAhead() {
			return c.xianFirst() // function.go
		}
	case "点":
		// The dictionary's own senses, so that the token keeps their
		// index: 八点出发 "(after a number) o'clock", 这点 and 差异点
		// "point; dot; spot; speck".
		if reading != "dian3" {
			return ""
		}
		switch {
		case numeralWord(nb.prev) && numeralWord(nb.next) && decimalUnits[c.word(c.nth(2, 1))]:
			// 三点五公里, 二点五倍, 一点二亿: a number, 点, its decimals
			// and what is measured, "(math.) decimal point" (三点五分
			// is a time).
			return "(math.) decimal point"
		case (numeralWord(nb.prev) || nb.prevPos == "m") && nb.prev != "一" && (pointNouns[nb.next] || c.pointsMade()),
			strings.HasPrefix(nb.prev, "第") && numeralWord(strings.TrimPrefix(nb.prev, "第")):
			// 三点建议, 两点意见, 原因有两点, 有两点需要注意, 我补充两点：
			// the points made, counted (not "o'clock"); 第一点 counts
			// them in order (a time is never ordinal).
			return "(number + 点) points; items (三点建议)"
		case numeralWord(nb.prev) || nb.prevPos == "m" && strings.ContainsFunc(nb.prev, numeralRune):
			// (你说话大声点: gse tags 大声 a numeral.)
			// 一点水 is a little water; 八点出发, 三点半 a time (三点见面:
			// gse tags 见面 a noun, the dictionary knows the verb).
			// (八点的票, 三点的课: the time before its 的 and noun.)
			// (我们的航班是十点的: the ten o'clock one, 的 closing.)
			if (!strings.HasPrefix(nb.nextPos, "n") || nb.predicateNext) && (nb.next != "的" || !pointNouns[c.word(c.nth(2, 1))] && (c.nounAfterNext() || c.endsAfterNext())) {
				return "(after a number) o'clock"
			}
		case nb.prev == "了" && c.verbDoneAt(c.nth(2, -1)) && (strings.HasPrefix(nb.nextPos, "n") || c.nounNext() || c.thingsDoneNext() || nb.next == "什么"):
			// 买了点水果, 喝了点酒: verb 了 (一)点 + noun, "a bit (of)"
			// (not "to order"); 带了点吃的: a verb and 的 are the noun.
			return "(verb + 点) a little; some"
		case c.determinedBefore():
			// 新的增长点, 一个平衡点: after 的 or a determiner, the verb
			// and 点 are a noun, "point" (not "a bit more").
			return "point; dot; spot; speck"
		case (nb.clauseEnd || nb.next == "吧" || nb.next == "啊") && !nb.in(prevModal) && c.verbAt(c.step(c.k-1, -1)),
			(nb.clauseEnd || nb.next == "吧" || nb.next == "啊") && !c.nounAt(c.step(c.k-1, -1)) && !demonstratives[nb.prev] && !numeralWord(nb.prev) && !nb.in(prevPersonal) && !nb.in(prevDegree) && c.near(-1, 4, false, "能不能", "能", "不能", "可以", "请", "你", "您", "你们"):
			// (你能不能小声点？ 请安静点: the manner asked of the
			// listener, "a bit more", though 小声 is no verb.)
			// 你小心点。 慢点吧: a verb or adjective the dictionary knows
			// as one (gse tags 小心 a noun), then 点: "a bit more".
			return "(verb + 点) a little; some"
		case (nb.prev == "这" || nb.prev == "那") && (strings.HasPrefix(nb.nextPos, "n") && nb.nextPos != "nr" || c.onlyNounAt(c.step(c.k+1, 1))):
			// 这点钱不够, 那点时间: how little there is of it, "a small
			// amount; a bit" (这点很重要: the point).
			return "a small amount; a bit"
		case nb.prev == "了" && (nb.clauseEnd || nb.next == "吧" || nb.next == "啊") && c.a.adjectiveFirst(c.word(c.nth(2, -1))):
			// 这件衣服贵了点, 来得晚了点: an adjective, 了 and 点 closing
			// the clause, "a bit (too)" (not "to order").
			return "(verb + 点) a little; some"
		case nb.prev == "这" || nb.prev == "那" || (c.nounPrev() && (nb.clauseEnd || nb.next == "的")):
			return "point; dot; spot; speck"
		case (isVerbPos(nb.prevPos) && nb.prevPos != "vn" || nb.prevPos == "zg" && c.verbAt(c.step(c.k-1, -1))) && !nb.in(prevModal) && (strings.HasPrefix(nb.nextPos, "n") || strings.HasPrefix(nb.nextPos, "r")),
			strings.HasPrefix(nb.prevPos, "a") && (isVerbPos(nb.nextPos) || nb.predicateNext || nb.clauseEnd || nb.next == "吧" || nb.next == "吗"),
			// 换个轻松点的话题, 便宜点的房子, 大点的盒子: an adjective and
			// 点 describing a noun, "a bit more" (not "to order").
			(strings.HasPrefix(nb.prevPos, "a") || c.a.adjectiveFirst(nb.prev)) && nb.next == "的" && c.nounAfterNext():
			// (早点来, 便宜点吧: an adjective and 点, "a bit more"; 早点回家
			// too, though gse tags 回家 a noun.)
			// 吃点什么, 喝点水, 买点东西: (一)点 "a bit (of)" after a verb
			// (after 想 or 要 it is the verb: 你想点什么 "to order").
			return "(verb + 点) a little; some"
		}
	case "一点":
		// 这一点 "this point", not "a bit".
		if reading == "yi1 dian3" && (nb.prev == "这" || nb.prev == "那" || (nb.prev == "有" || nb.prev == "还有") && c.colonNext()) {
			// (还有一点，… "one more point": 有 then 一点 opening what
			// the colon or comma goes on to say.)
			return "a point (in a discussion etc)"
		}
		// 一点也不累, 一点都没变: the least amount denied, "(not) the
		// least bit", not "a bit".
		if reading == "yi1 dian3" && c.negatedAhead() && !c.adjectivePrev() {
			return "(一点也不…) not a bit; not at all"
		}
		// 便宜一点吧, 说慢一点, 大一点的房子: after an adjective, "a bit
		// more, -er" (吃一点, 会说一点中文: after a verb, "a little").
		if reading == "yi1 dian3" && c.adjectivePrev() {
			return "(adjective + 一点) a bit more; -er"
		}
	case "而且":
		// 这家店便宜，而且东西很好: "moreover" where no 不但 or 不仅
		// before it asks for its other half, "(not only …) but also".
		if reading == "er2 qie3" && !c.near(-1, 20, true, notOnly...) {
			return "moreover; in addition; furthermore"
		}
	case "只有":
		// 只有努力学习，才能考上大学: with 才 after it, the only
		// condition; 只有他才知道: the only one (只有三个人 "there are
		// only").
		if reading == "zhi3 you3" && c.near(1, 16, true, "才") {
			if nb.in(nextPersonal) || strings.HasPrefix(nb.nextPos, "nr") || personSuffix(nb.next) {
				return "(只有 sb 才) only (sb)"
			}
			return "(只有…才) only if; only by"
		}
	case "几":
		// 有几家公司, 过几天: "a few" where nothing is asked.
		if reading == "ji3" && !c.question() {
			return "several; a few"
		}
	case "越":
		// 越来越 is a word; 雨越下越大: the more … the more.
		if reading == "yue4" && (c.near(1, 6, true, "越") || c.near(-1, 6, true, "越")) { // (你越是着急，越容易出错)
			return "the more... the more"
		}
	case "这么":
		// 你还这么认为吗: "like this" before a verb; 这么大 "so (much)".
		if reading == "zhe4 me5" && isVerbPos(nb.nextPos) {
			return "this way"
		}
	case "来":
		// 对我们来说, 从长远来看: the point of view, with the verb after.
		if g := c.viewpoint(w, reading); g != "" {
			return g
		}
		// 聊起天来, 说起话来: 起 and 来 around the object, starting
		// (the segmenter may join 说起).
		// (Not across 不 or 得: 起不来 is a potential complement.)
		if reading == "lai2" && strings.HasSuffix(c.word(c.nth(2, -1)), "起") && !c.breaks(c.step(c.k-1, -1), false) && nb.prev != "不" && nb.prev != "得" {
			return "(verb 起 … 来) start (doing sth)"
		}
		// 我来介绍一下, 我们来看一下: the speaker takes the task on, not
		// "to come" (我来看你 is a visit: no 一下).
		if reading == "lai2" && (nb.prev == "我" || nb.prev == "我们" || nb.prev == "咱们" || nb.prev == "让我" || nb.prev == "让我们") && nb.nextPos == "v" && c.word(c.nth(2, 1)) == "一下" {
			return glossLaiLets
		}
		// 我们来聊聊, 今天我们来谈一谈, 咱们来看一个例子, 我来介绍: the
		// speakers take on the task the verb names, not "to come" (我们来
		// 看你 is a visit; 我们来学中文 can be either, so it stays).
		if reading == "lai2" && c.takesOnTask() {
			return glossLaiLets
		}
		// 我第一次来中国, 欢迎来北京: before a place, "to come", whatever
		// the words before (第三次 is a quantity, not "the coming"); 他是
		// 从美国来的, 我是坐飞机来的: before the 的 of 是…的 too (not a
		// prefix, which comes before its noun; 一年来 after a time is "for
		// the past").
		if reading == "lai2" && (strings.HasPrefix(nb.nextPos, "ns") || nb.next == "的" && !c.timePrev() && nb.prevPos != "t" && !nb.afterNumeral && c.near(-1, 10, false, "是")) {
			return "to come"
		}
		// 没关系，我自己来, 让我来吧: 来 stands for the verb of the task
		// at hand (not "to come").
		// So after 我 and the thing to be done named first: 这个我来.
		if reading == "lai2" && (nb.prev == "自己" || nb.prev == "我" && (nb.next == "吧" || c.word(c.nth(2, -1)) == "让" || c.thingNamedAt(c.nth(2, -1)))) && (nb.clauseEnd || nb.next == "吧") {
			return glossLaiDoIt
		}
		// 他明天不来, 你怎么不来, 来不来: after a 不 with no verb before
		// it (or with 来 itself, asking), the coming, not the potential
		// complement of 吃不来 and 起不来 ("used after 不[bu4] to indicate
		// impossibility"), which needs its verb before 不. A modal there
		// is no such verb: 他可能不来, 会不来.
		if reading == "lai2" && nb.prev == "不" && c.subjectBeforeNegation() {
			return "to come"
		}
		// 坐下来休息, 拿出来 (as 拿出 来), 转过身来: after a verb and its
		// complement of direction, the motion towards the speaker.
		if reading == "lai2" && c.directedBefore() {
			return glossLaiHither
		}
		// 再来一碗, 来两杯咖啡: 来 stands for the verb (to have, to bring).
		if reading == "lai2" && !nb.afterNumeral && (nb.nextPos == "m" || nb.nextPos == "mq" || numeralWord(nb.next)) {
			return glossLaiAmount
		}
		// 今天来的人很少, 快来吃吧: before the 的 of those who came or
		// after 快, the coming itself (not "(prefix) the coming ...",
		// whatever "came" the English says).
		if reading == "lai2" && (nb.next == "的" && c.nounAfterNext() || nb.prev == "快" || nb.prev == "赶快" || nb.prev == "赶紧") {
			return "to come"
		}
		// 用新方法来解决问题, 需要更多的数据来测试, 投入数十亿美元来建设:
		// a verb and its object (or amount),
		// then 来 and the verb of the purpose: "in order to". (Not after
		// a verb that sends or asks the object: 请专家来讲课 "to come"; nor
		// 对…来说, 从…来看 "for; as seen from".)
		if reading == "lai2" && nb.next != "说" && nb.next != "讲" && nb.next != "看" && c.verbAhead() && (c.objectEndsBefore() && c.purposeVerbBefore() || c.meansBefore()) {
			return "(verb + object + 来 + verb) in order to"
		}
	case "说", "看":
		if g := c.viewpoint(w, reading); g != "" {
			return g
		}
		// 看情况吧, 去不去要看天气, 关键看用的人: what the outcome turns on,
		// after 要/得/就/主要/关键 or before a word of circumstances, "to
		// depend on" (要看电影 is watching).
		if w == "看" && reading == "kan4" && (dependNouns[nb.next] || dependLead[nb.prev] && c.dependAhead()) {
			return "to depend on"
		}
		// 他拿出手机看了看: V 了 V, the same verb (not "(after a verb)
		// to give it a try").
		if w == "看" && reading == "kan4" && nb.prev == "了" && c.word(c.nth(2, -1)) == "看" {
			return "to see; to look at"
		}
		// 你怎么看？ 你们怎么看这个问题: asked of a person, one's view
		// (not "to look at"; 这个表怎么看 asks how to read it).
		if w == "看" && reading == "kan4" && nb.prev == "怎么" && personalPronouns[c.word(c.nth(2, -1))] {
			return "to consider; to think"
		}
		// 我看他不会来了, 你看这样行吗: at the head of a clause, before
		// a clause of its own, the speaker's view ("I think …").
		if w == "看" && reading == "kan4" && (nb.prev == "我" || nb.prev == "你" || nb.prev == "您") && c.headAt(c.step(c.k-1, -1)) && (nb.in(nextPersonal) || nb.next == "这样" || nb.next == "这个" || nb.next == "那个") && c.predicateFrom(2, 4) ||
			w == "看" && reading == "kan4" && nb.prev == "我" && c.headAt(c.step(c.k-1, -1)) && (nb.next == "这" || nb.next == "那") && c.verbWithin(3, 5) ||
			w == "看" && reading == "kan4" && nb.prev == "我" && c.headAt(c.step(c.k-1, -1)) && nb.in(nextPersonal) && c.judgedWithin(3, 5) {
			// (我看你脸色不太好: a person, then how they seem.)
			// (我看这事儿没戏了: 这 and its noun, then the judgment.)
			return "to consider; to think"
		}
	case "左右":
		// 一个小时左右, 一百人左右, 三百块钱左右: an amount then its noun,
		// then 左右, "approximately" (the sense chooser sees the amount
		// only right before: 十年左右). Not 他的左右 "left and right".
		if reading == "zuo3 you4" && c.countedBefore() {
			return "approximately"
		}
		// 他们左右看了看: before a verb of looking, "left and right"; 被别人
		// 左右, 受情绪左右: the passive, "to control".
		if reading == "zuo3 you4" && c.near(-1, 3, false, "被", "受", "所") {
			return "to control"
		}
		if reading == "zuo3 you4" && (nb.next == "看" || nb.next == "看看" || nb.next == "张望" || nb.next == "摇摆" || nb.next == "摇晃" || nb.next == "两边") {
			return "left and right"
		}
	case "不算":
		// 这个不算太贵, 不算很远: "not … by any measure", before a
		// predicate (不算钱 keeps "to not count"); 不算什么 "is nothing
		// much".
		if reading == "bu4 suan4" && (c.verbNext() && !strings.HasPrefix(nb.nextPos, "v") || nb.in(nextDegree) || nb.next == "什么") {
			return "to not be considered (as)"
		}
	case "接":
		// 去机场接我妈妈, 接孩子: a person met and brought back (接电话
		// is named.go's "to answer (the phone)").
		if reading == "jie1" && (nb.in(nextPersonal) || strings.HasPrefix(nb.nextPos, "nr") || kinWords[nb.next] || c.kinAfterPronoun()) {
			return "to meet or welcome sb"
		}
	case "怎么":
		// 你怎么看, 怎么走: how; 你怎么不去: why.
		switch {
		case reading != "zen3 me5":
		case (nb.next == "都" || nb.next == "也") && c.triedInVain():
			// 怎么都睡不着, 怎么也找不到, 他怎么都不肯说: however it is
			// tried, "how" (no matter how), whatever "what" the English
			// says (你怎么也来了 asks why).
			return "how?"
		case nb.next == "不" || nb.next == "没" || nb.next == "没有" || nb.next == "又" || nb.next == "还":
			return "why?"
		case nb.next == "这么" || nb.next == "那么":
			// 你今天怎么这么晚才到？, 怎么那么贵: surprise at a degree,
			// "why" (how come), not the manner.
			return "why?"
		case isVerbPos(nb.nextPos) && c.word(c.nth(2, 1)) == "了" && c.endsAfterNext():
			// 你怎么来了？ 他怎么哭了: surprise at what happened, "why"
			// (你怎么来的: how).
			return "why?"
		case isVerbPos(nb.nextPos) || nb.next == "能" || nb.next == "会" || nb.next == "可以":
			return "how?"
		}
	case "叫":
		// 我叫王明, 这叫什么, 他叫Tom: a name; 妈妈叫我回家: to ask sb to;
		// 钱包叫小偷偷走了: the passive's "by".
		switch {
		case reading != "jiao4":
		case c.thingDoneTo():
			return "(passive 叫) by (= 被)"
		case strings.HasPrefix(nb.nextPos, "nr") || nb.next == "什么" || c.latinNext() || unknownHan(nb.right, nb.nextPos):
			return "to be called"
		case c.titleNext():
			return "to be called" // 这首歌叫《朋友》
		case c.namedThing():
			return "to be called" // 这种病叫糖尿病; 有句老话，叫…
		case c.splitNameNext():
			return "to be called" // 我叫小明, 他儿子叫小宝
		case c.verbAfterObject() && summonVerbs[c.word(c.nth(2, 1))] && c.endsAt(c.nth(2, 1)):
			// 快去叫爷爷下楼, 叫他过来, 叫孩子起床: called to come, not
			// asked to do something (叫我回家吃饭: asked to come and eat).
			return "to call"
		case c.verbAfterObject():
			return "to ask"
		}
	case "话":
		// 他说的话, 这句话: what sb said, not "dialect" (上海话 keeps
		// the dictionary's first sense).
		if reading == "hua4" && (nb.prev == "的" || nb.prevPos == "q" || strings.HasSuffix(nb.prev, "句") || nb.prev == "说" || nb.prev == "这" || nb.prev == "那") {
			return "what sb said"
		}
		// 上海话, 四川话, 家乡话: after a place, the way it speaks, the
		// dictionary's first sense (not the family's "talk").
		if reading == "hua4" && (nb.prevPos == "ns" || nb.prev == "家乡" || nb.prev == "老家") {
			return "dialect"
		}
	case "到":
		// 从北京到上海, 从早到晚, 从操作系统到应用: after 从 and its
		// starting point, where the span ends (not "to leave for"). Not
		// a complement right after a verb (从书里学到).
		if reading == "dao4" && (!isVerbPos(nb.prevPos) || nb.prevPos == "vn") && nb.prev != "从" && c.near(-1, 6, false, "从", "由", "自") && !nb.clauseEnd {
			return "(从…到) to; until"
		}
		// 三到六个月, 五点到七点, 周一到周五: between two numbers or times,
		// where the span ends.
		// (Not 每到周末 nor 一到周末就…: when the time comes.)
		comes := nb.prev == "每" || nb.prev == "一" && !numeralWord(nb.next)
		if reading == "dao4" && !comes && (nb.prevPos == "m" || nb.prevPos == "t" || nb.prevPos == "q" || nb.afterNumeral) && !isVerbPos(nb.prevPos) &&
			(nb.nextPos == "m" || nb.nextPos == "t" || nb.digitNext || numeralWord(nb.next)) {
			return glossSpanTo
		}
		// 这笔投资到现在还没有回报, 到目前为止: up to a time, at the head
		// of its clause or after the subject (not 等到明年: the verb's).
		if reading == "dao4" && !comes && nb.nextPos == "t" && (!isVerbPos(nb.prevPos) || nb.prevPos == "vn") && nb.prev != "了" && !c.finalNext() && !c.near(1, 2, false, "了") {
			return glossUntil
		}
		// 今天的会开到几点, 聊到半夜, 说到三点: right after a verb, before
		// the time it lasts until (not "to leave for"; 送到北京 is a place).
		// 会改到下午了, 推迟到下周: a verb that moves a time, then the new
		// time: "to" (that time), not the complement "reaching a point".
		if reading == "dao4" && rescheduled[nb.prev] && (nb.nextPos == "t" || lateTimes[nb.next] || strings.HasPrefix(nb.next, "周") || strings.HasPrefix(nb.next, "星期") || strings.HasPrefix(nb.next, "礼拜") || strings.HasPrefix(nb.next, "下周") || strings.HasPrefix(nb.next, "下个") || strings.HasPrefix(nb.next, "下星期") || nb.next == "下" && strings.HasPrefix(c.word(c.nth(2, 1)), "周")) {
			return glossMovedTo
		}
		if reading == "dao4" && !comes && isVerbPos(nb.prevPos) && nb.prevPos != "vn" && !rescheduled[nb.prev] && (lateTimes[nb.next] || nb.next == "很" && c.word(c.nth(2, 1)) == "晚" || nb.nextPos == "t" || (numeralWord(nb.next) || nb.nextPos == "m") && c.word(c.nth(2, 1)) == "点") {
			return glossUntil
		}
		// 他说他马上就到, 我已经到了: 到 closing its clause after 就/马上/
		// 已经, "to arrive" (not "to (a place); until").
		if reading == "dao4" && (c.finalNext() || c.commaNext()) && (nb.prev == "就" || nb.prev == "马上" || nb.prev == "快" || nb.prev == "已经" || nb.prev == "刚" || nb.prev == "才" || nb.prev == "还没" || nb.prev == "没") {
			return "to reach; to arrive"
		}
		// 到了路口往右走: opening the clause, 了 then the place reached.
		if reading == "dao4" && c.clauseHead() && nb.next == "了" && (c.nounAfterNext() || c.word(c.nth(2, 1)) == "家") && c.pos(c.nth(2, 1)) != "t" && !c.near(1, 5, false, "去", "来", "从") {
			return "to reach; to arrive"
		}
		// 我一到家就睡觉了, 到第二个路口往右拐: 到 + the place reached,
		// after 一/刚 or opening its clause, "to reach; to arrive" (到北京去
		// goes there).
		if reading == "dao4" && (nb.prev == "一" || nb.prev == "刚" || nb.prev == "刚刚" || c.clauseHead() && !nb.in(prevPersonal)) && (isNounPos(nb.nextPos) || c.nounNext() || nb.next == "家" || nb.nextPos == "m" || strings.HasPrefix(nb.next, "第")) && nb.nextPos != "vn" && !c.near(1, 4, false, "去", "来") && !c.near(-1, 6, false, "从") {
			return "to reach; to arrive"
		}
		// 派了两个工程师到成都的工厂去, 到北京来: the place one goes or
		// comes to, with 去 or 来 after it (not "to arrive").
		if reading == "dao4" && !comes && !nb.clauseEnd && (isObjectPos(nb.nextPos) || strings.HasPrefix(nb.nextPos, "s") || c.nounNext()) && c.goneTo() {
			return glossToPlace
		}
		// 从两周缩短到了两天, 增加到三百人: after a verb of change, the
		// amount it reaches.
		if reading == "dao4" && changeVerbs[nb.prev] && (numeralWord(nb.next) || nb.nextPos == "m" || nb.digitNext || nb.next == "了" && (numeralWord(c.word(c.nth(2, 1))) || c.pos(c.nth(2, 1)) == "m")) {
			return glossUpTo
		}
		// 练到闭着眼睛都能穿好, 忙到忘了吃饭, 累到走不动: after a verb or an
		// adjective, before the verb of what it came to, "until; to the
		// point that" (走到门口, 送到医院 go to a place: a noun follows;
		// 从…到 spans: the rule above).
		if reading == "dao4" && !comes && (isVerbPos(nb.prevPos) && nb.prevPos != "vn" || nb.prevPos == "a") && !nb.clauseEnd && (strings.HasPrefix(nb.nextPos, "v") && nb.nextPos != "vn" || c.verbAt(c.step(c.k+1, 1)) || heldVerb(nb.next)) && !pointReached[nb.next] && !c.near(-1, 8, false, "从", "由") {
			return glossTillPoint
		}
	case "成":
		// 翻译成英文, 换成人民币, 变成: after a verb, what it turns into
		// (not "to succeed").
		if reading == "cheng2" && (isVerbPos(nb.prevPos) || nb.prevVerbal) && !nb.clauseEnd && nb.next != "了" && nb.next != "功" {
			return "(verb + 成) into; to become"
		}
		// 远程办公一下子成了常态, 他们成了好朋友: the verb itself, with
		// what it became after 了.
		if reading == "cheng2" && nb.next == "了" && !isVerbPos(nb.prevPos) && (c.nounAfterNext() || strings.HasPrefix(c.pos(c.nth(2, 1)), "a") && c.nounAt(c.nth(3, 1))) {
			return "to become"
		}
	case "下去":
		// 撑不下去, 坚持下去, 说下去: after a verb (or its 不, 得), going
		// on; after a verb of motion the motion down (走下去, 跳下去).
		potential := c.potential()
		if reading == "xia4 qu4" && (isVerbPos(nb.prevPos) && nb.prevPos != "vn" || potential) {
			v := nb.prev
			if potential {
				v = c.word(c.nth(2, -1))
			}
			if motionVerb(v) {
				return "to go down"
			}
			return "to go on; to continue"
		}
	case "透":
		// 把一个城市做透, 湿透了, 看透: after a verb or adjective, done
		// through and through.
		if reading == "tou4" && (isVerbPos(nb.prevPos) && nb.prevPos != "vn" || strings.HasPrefix(nb.prevPos, "a") || c.potential()) {
			return "thoroughly; through and through"
		}
	case "比较":
		// 比较快, 比较贵: relatively, before an adjective; 我比较喜欢安静,
		// 比较了解他, 比较有意思: before a verb too, which the verb "to
		// compare" never takes (its object is a noun or an amount:
		// 比较两个方案, 比较一下).
		if reading == "bi3 jiao4" && (strings.HasPrefix(nb.nextPos, "a") || isVerbPos(nb.nextPos) && nb.nextPos != "vn" && !c.finalNext()) {
			return "relatively"
		}
	case "像":
		// 像我猜测的那样, 像他一样: to be like.
		if reading == "xiang4" && c.near(1, 8, false, "那样", "一样", "这样", "似的", "那么") {
			return "to be like"
		}
		// 像谷歌、微软等公司, 像苹果之类的水果: the examples of a list.
		if reading == "xiang4" && c.near(1, 10, false, "等", "等等", "之类") {
			return "such as"
		}
	case "靠":
		// 还是要靠自己, 这次全靠你了, 他靠父母生活: before oneself or a
		// person, 靠 is depending on them, not "to lean against" (靠着墙,
		// 靠在椅子上: 着, 在 or a place after it).
		if reading == "kao4" && (nb.next == "自己" || nb.in(nextPersonal) || kinWords[nb.next]) {
			return glossKaoDepend
		}
	case "走", "掉":
		// 偷走了, 带走, 被风吹走; 扔掉, 裁掉一半员工, 把灯关掉: right after
		// a verb of its own (not a modal: 想走, 该走; nor 去走走), the
		// complement that says the thing is gone, not "to walk", "to fall".
		if (reading == "zou3" || reading == "diao4") && c.goneComplement() {
			if w == "走" {
				return "(verb + 走) away"
			}
			return "(verb + 掉) away; off (gone, done)"
		}
		// 他已经走了, 你怎么还没走, 我先走了, 别走: closing its clause after
		// its subject, a negation or an adverb of when, 走 is leaving, not
		// "to walk" (nor after a direction or a manner: 往前走, 快走).
		if w == "走" && reading == "zou3" && c.finalNext() && leaveBefore(nb.prev) {
			return glossZouLeave
		}
	case "光":
		// 钱都花光了, 吃光: the complement "used up", not "light".
		if reading == "guang1" && c.goneComplement() {
			return "used up; finished"
		}
		// 光靠新能源车是不够的, 光说不做: before a verb, "only".
		if reading == "guang1" && (nb.prev == "" || nb.left == 0 || !isVerbPos(nb.prevPos) || nb.in(prevModal) || modalVerbs[strings.TrimPrefix(nb.prev, "不")] || clauseVerbs[nb.prev]) && c.verbAt(c.step(c.k+1, 1)) && !c.goneComplement() {
			// (After a modal or a verb taking a clause too: 你不能光吃肉,
			// 我发现光靠广告不够.)
			return "only; merely"
		}
		if reading == "guang1" && c.onlyThisThen() {
			return "only; merely" // 光房租就要三千 (function.go)
		}
	case "别":
		// 你最好别告诉他, 别担心: before a verb, "don't" (gse may tag it
		// a pronoun).
		// (别跟妈妈说, 别在这儿抽烟: a preposition's phrase, then the
		// verb; 把花别在衣服上 is the verb "to pin".)
		if reading == "bie2" && ((c.verbAhead() || c.verbAt(c.step(c.k+1, 1))) && nb.next != "在" || nb.nextPos == "p" && c.nearPos(1, 4, "v")) {
			return "don't ...!"
		}
	case "花":
		// 这次旅行花的钱, 花了三个小时, 要花很多时间: money or time
		// spent (not "flower"), before 的 or 了 or the amount.
		if reading == "hua1" && (nb.next == "的" || nb.next == "了" || nb.nextPos == "m" || numeralWord(nb.next) || nb.next == "很多" || nb.next == "不少") &&
			c.near(1, 5, false, "钱", "时间", "小时", "天", "年", "分钟", "功夫", "力气", "精力", "多少", "块", "元") {
			return "to spend (money, time)"
		}
	case "挺":
		// 那你们是怎么挺过来的, 挺住: before a complement of getting
		// through, the verb "to withstand" (not "quite").
		if reading == "ting3" && enduredComplements[nb.next] {
			return "to withstand"
		}
		// 挺没意思的, 挺好, 挺喜欢: before a predicate, "quite; very".
		// So in the frame 挺…的 closing the clause, whatever gse tags the
		// word between: 你穿这件挺精神的 (精神 n).
		if reading == "ting3" && (c.verbAhead() || strings.HasPrefix(nb.nextPos, "a") || nb.nextPos == "l" || nb.nextPos == "i" || strings.HasPrefix(nb.next, "不") || strings.HasPrefix(nb.next, "没") || c.deClosesAfterNext()) {
			return "(coll.) quite; very"
		}
	case "赶":
		// 得赶在天亮前把菜分好, 想赶在日出之前爬到山顶: 赶在 + a time +
		// 前, to hurry to get something done by then (not "to overtake").
		if reading == "gan3" && nb.next == "在" && c.near(1, 6, false, "前", "之前", "以前") {
			return glossGanBefore
		}
	case "名":
		// 考第一名, 第 三 名: a place among winners, after an ordinal.
		if reading == "ming2" && (strings.HasPrefix(nb.prev, "第") || c.word(c.nth(2, -1)) == "第" || nb.prev == "前") {
			return "place (e.g. among winners)"
		}
	case "既":
		// 既不能太贵，也不能牺牲质量; 既聪明又努力: both … and.
		if reading == "ji4" && c.near(1, 12, true, "也", "又") {
			return "both... (and...)"
		}
	case "一":
		// 我一看到他就知道, 他一回来，我们就出发: as soon as … (then).
		if reading == "yi1" && (isVerbPos(nb.nextPos) && nb.nextPos != "vn" || c.verbByDictionaryNext()) && !nb.afterNumeral && c.near(1, 8, true, "就", "便") {
			return "(一 + verb … 就) as soon as"
		}
		// 结果一聊，发现…; 他一看，原来是我: 一 and a lone verb close
		// their clause, the next says what followed at once.
		if reading == "yi1" && !nb.afterNumeral && !numeralWord(nb.prev) && c.verbAt(c.step(c.k+1, 1)) && isVerbPos(nb.nextPos) && nb.nextPos != "vn" {
			if j := c.afterNext(); j >= 0 && (c.sn.toks[j].Text == "，" || c.sn.toks[j].Text == ",") && c.step(j+1, 1) >= 0 {
				return "(一 + verb … 就) as soon as"
			}
		}
	case "调":
		// 把声音调小一点, 调高温度: to adjust, an adjective saying how.
		if reading == "tiao2" && (strings.HasPrefix(nb.nextPos, "a") || c.nb.predicateNext) {
			return "to adjust"
		}
	case "朝":
		// 他朝我笑了笑, 朝南走: towards, then the verb.
		if reading == "chao2" && (directionWord(nb.next) || c.verbAfterObject()) {
			return "towards"
		}
	case "呗":
		// 不想去就别去呗, 你不会就问老师呗, 没钱就少买点呗: after 就 or 别 and
		// the verb the speaker advises, "that's all there is to do" (not
		// "lack of enthusiasm": 随便呗, 那就这样呗, 他不来就不来呗 keep it).
		if reading == "bei5" && c.onlyWayBefore() {
			return glossBeiOnlyWay
		}
	case "整":
		// 整批货, 整瓶酒, 整晚没睡: before a measure word or a span of
		// time, "whole" (not "to fix sb", which takes a person: 整人).
		if reading == "zheng3" && !nb.clauseEnd && (nb.nextPos == "q" || measureWords[nb.next] || wholeSpans[nb.next] || c.countsAt(c.step(c.k+1, 1))) {
			return glossZhengWhole
		}
	case "住":
		// 留不住, 记得住, 守得住: after a verb of one character and 得 or
		// 不, the potential complement "firmly; to a stop" (not "to
		// live": 住不惯, 不住这里 have no verb before; 决定不住 is two
		// characters, 想不住 a modal's).
		if reading == "zhu4" && (nb.prev == "得" || nb.prev == "不") && nb.potential && c.heldBy(c.nth(2, -1)) {
			return glossZhuHeld
		}
	case "种":
		// 你要哪种？, 最好的是哪种: after 哪 closing the clause, the kind
		// asked about stands for its noun, "kind" (not the classifier,
		// which counts a noun after it: 哪种茶).
		if reading == "zhong3" && nb.prev == "哪" && (nb.clauseEnd || finalParticles[nb.next] || nb.next == "的") {
			return "kind"
		}
	case "下来":
		// 一天下来, 几个月下来, 两年下来: after a span of time, counted,
		// the span gone by, "to be over (of a period of time)".
		if reading == "xia4 lai5" && spanCounted(c.word(c.nth(1, -1)), c.word(c.nth(2, -1))) {
			return "to be over (of a period of time)"
		}
		// 把课文背下来, 记下来, 停下来: after a verb its complement; after
		// a verb of motion the motion down (坐下来, 跳下来).
		if reading == "xia4 lai5" && nb.prev == "了" {
			// 坚持了下来, 停了下来: the verb before 了.
			if v := c.nth(2, -1); v >= 0 && !c.breaks(v, false) && (isVerbPos(c.pos(v)) && c.pos(v) != "vn" || c.verbAt(v)) {
				if motionVerb(c.word(v)) {
					return "(motion verb + 下来) down (towards us)"
				}
				if keptThroughVerbs[c.word(v)] {
					return glossXialaiLasted
				}
				return "(completed action marker)"
			}
		}
		if reading == "xia4 lai5" && (isVerbPos(nb.prevPos) || nb.prevVerbal) {
			if motionVerb(nb.prev) {
				return "(motion verb + 下来) down (towards us)"
			}
			if keptThroughVerbs[nb.prev] {
				return glossXialaiLasted
			}
			return "(completed action marker)"
		}
		// 你先冷静下来, 天黑下来了, 慢下来: after an adjective, the state
		// reached (not "to come down").
		if reading == "xia4 lai5" && (nb.prevPos == "a" || nb.prevPos == "ad" || nb.prevPos == "an") && !c.clauseHead() {
			return "(completed action marker)"
		}
	case "口":
		// 喝了两口, 咬一口, 尝了一口: counted after a verb of the mouth,
		// "a mouthful" (五口人, 一家三口 count people).
		if reading == "kou3" && (nb.afterNumeral || numeralWord(nb.prev)) && c.mouthVerbBefore() {
			return glossMouthful
		}
		return c.countedAfterVerb(w)
	case "这个":
		// 这个承诺: before its noun; 这个很好, 就是这个: standing alone.
		if reading == "zhe4 ge5" {
			if c.determines() {
				return "(adjective) this"
			}
			return "(pronoun) this"
		}
	case "那个":
		// 那个穿红衣服的女孩, 那个问题: before its noun, not "(used before
		// a verb or adjective for emphasis)"; 我要那个: standing alone.
		if reading == "na4 ge5" {
			// 那个，我想问一下; 就是那个，…: at the head of its clause
			// or after a word of hesitation, before a comma, the filler.
			if c.commaNext() && (c.clauseHead() || hesitations[nb.prev]) {
				return "(filler) umm; you know"
			}
			if c.determines() {
				return "that (as opposed to this)"
			}
			if c.finalNext() || nb.next == "是" || nb.next == "就是" {
				return "that one"
			}
		}
	case "一家":
		// 开了一家分公司, 哪一家?, 那一家: 一 and the measure word of a
		// business, not "the whole family" (他们一家, 一家人).
		if reading == "yi1 jia1" && !familyNext(nb.next) && (strings.HasPrefix(nb.nextPos, "n") && !strings.HasPrefix(nb.nextPos, "nr") || c.nounNext() || deNounAhead(c.sn, c.k) ||
			(nb.prev == "那" || nb.prev == "这" || nb.prev == "哪" || nb.prev == "另") && (c.finalNext() || nb.next == "的" || nb.next == "是")) {
			return glossOneFirm
		}
	case "半天":
		// 我等了你半天了: a long time, after the verb it lasts.
		if reading == "ban4 tian1" && (isVerbPos(nb.prevPos) || nb.prev == "了" || c.near(-1, 3, false, "了")) {
			return "a long time"
		}
	case "一起":
		// 和你一起去, 与他一起。: together; (not 一起多少钱 "altogether");
		// before a noun it counts an event: 一起交通事故 "a case of".
		switch {
		case reading != "yi1 qi3" || numeralWord(nb.next) || nb.nextPos == "m":
		case nb.prev != "在" && nb.next != "时" && nb.next != "时候" && !nb.predicateNext && (strings.HasPrefix(nb.nextPos, "n") || c.nounNext()):
			// (从小一起长大: gse tags 长大 a place; it is the verb.)
			// (结合在一起时: together.)
			return glossYiqiCase
		default:
			return "together; in company (with)"
		}
	case "往":
		// 往左拐, 往前走, 往北京开: towards (a direction or place), then
		// the verb.
		if reading == "wang3" && (directionWord(nb.next) || c.verbAfterObject() || c.verbAfterNext()) {
			return "towards"
		}
	case "呢":
		if reading == "ne5" {
			return c.ne()
		}
	case "起来":
		if reading == "qi5 lai5" {
			return c.qilai()
		}
	case "要命", "不得了", "慌":
		// 累得要命, 高兴得不得了, 饿得慌: after 得, the degree, not "to
		// cause sb's death" or "desperately serious".
		if nb.prev == "得" && (w == "要命" && reading == "yao4 ming4" || w == "不得了" && reading == "bu4 de2 liao3" || w == "慌" && reading == "huang1") {
			return degreeAfterDe[w]
		}
	case "那":
		// 那你呢？ 那我们就开始吧: at the head of a clause, before its
		// subject, "then (in that case)" (那是我的书: "that").
		if reading == "na4" && c.clauseHead() && (nb.in(nextPersonal) && nb.next != "它" || nb.next == "就" || nb.next == "还" || nb.next == "也" || nb.next == "咱们") {
			return "then (in that case)"
		}
		// 如果价格太高，那这个方案就不行; 要是下雨的话，那比赛就取消了:
		// opening the clause after a condition, "then (in that case)",
		// whatever its subject (如果你喜欢，那本书送给你: before a
		// measure word it points, "that").
		if reading == "na4" && c.clauseHead() && c.afterCondition() && !timeNouns[nb.next] && nb.nextPos != "q" && !measureWords[nb.next] && !nb.clauseEnd {
			return "then (in that case)"
		}
		// 那温室里的温度这些，都是自动调节的吗？ 那你们公司的产品呢？: a
		// question's head, before a topic described with 的 (a noun, maybe
		// a locative, then 的), "then; and" going on from the last turn
		// (那人是谁？, 那地方远吗？: the specifier, no 的).
		if reading == "na4" && c.sentenceHead() && c.question() && c.describedTopicNext() {
			return "then (in that case)"
		}
		// 那为什么…？ 那如果失败了呢？ 那这个问题怎么解决？ 那在中国呢？: at
		// the head of a clause, before a question word, a condition, 这 or
		// a frame (frameNext), going on from what was said: "then" (那对
		// 吗？, 那跟我有什么关系？, 那比这个好: 那 is the subject).
		if reading == "na4" && c.clauseHead() && (thenLeads[nb.next] || nb.next == "什么" && c.word(c.nth(2, 1)) == "时候" || c.frameNext()) {
			return "then (in that case)"
		}
		// 那对吗？ 那跟我有什么关系？ 那比这个好, 那在哪儿？ 那什么意思？:
		// opening the clause before a preposition, 什么 or 多少 that is no
		// frame, 那 is what the clause is about, the pronoun "that" (那对
		// 夫妻: 对 counts the noun after it).
		if reading == "na4" && c.clauseHead() && (nb.nextPos == "p" || nb.next == "对" || nb.next == "在" || nb.next == "跟" || nb.next == "比" || nb.next == "什么" || nb.next == "多少") && !(nb.next == "对" && (c.nounAfterNext() || couples[c.word(c.nth(2, 1))])) {
			return glossNaPronoun
		}
		// 我们那时候刚起步, 那天, 那次: before the time or the measure
		// word it points to, "that" (not "then", whatever "back then"
		// the English says).
		if reading == "na4" && (timeNouns[nb.next] || nb.nextPos == "q" || measureWords[nb.next]) {
			return glossNaThat
		}
		// 那是我的, 那不是真的, 那太好了: standing for what was said or
		// pointed at, the subject before its predicate, the pronoun
		// "that" (not the specifier of 那本书).
		if reading == "na4" && (standsAlone[nb.next] || degreeLead(nb.next)) {
			return glossNaPronoun
		}
	case "那么":
		// 那么，你觉得呢？ 那么我们开始吧, 如果大家都同意，那么就…:
		// opening a clause, before its subject or a pause, "then; in that
		// case" (那么多人, 那么好的机会: before how much, "like that").
		if reading == "na4 me5" && c.clauseHead() && (c.commaNext() || nb.in(nextPersonal) || nb.next == "就" || nb.next == "是" || nb.next == "是否" || nb.next == "咱们" || nb.next == "大家" || c.afterCondition() && !strings.HasPrefix(nb.nextPos, "a") && !strings.HasPrefix(nb.nextPos, "m") && !nb.in(nextDegree)) {
			return "then; in that case"
		}
	case "号":
		// After a number: 三月八号, 下个月五号出发 "day of the month";
		// 三号窗口, 座位是十二号 "number" (一百多号人 keeps the
		// classifier of people).
		if reading != "hao4" || !numeralWord(nb.prev) && nb.prevPos != "m" || nb.next == "人" {
			return ""
		}
		a := c.nth(2, -1)
		if c.word(a) == "了" {
			a = c.step(a-1, -1) // 小了一号, 大了两号
		}
		if a >= 0 && (c.word(a) == "大" || c.word(a) == "小") {
			return glossSizeUp // 大一号的, 小两号
		}
		if c.dayOfMonth() {
			return glossDayOfMonth
		}
		if c.nounNext() || isNounPos(nb.nextPos) || c.finalNext() {
			return glossNumbered
		}
	case "遍", "回", "趟":
		// 听了好几遍, 去过那儿两回, 跑了一趟: counting the times the verb
		// before is done (not "everywhere", nor a chapter: 第三回).
		if c.actionCounted() {
			return actionCounts[w]
		}
	case "场":
		// 看场电影, 打场球: 一 left out between the verb and the measure
		// word of a show or a match (not "a large place").
		if reading == "chang3" && isVerbPos(nb.prevPos) && nb.prevPos != "vn" && showNouns[c.word(c.nounAheadAt())] {
			return "(verb + 场) a (film, match, show)"
		}
	case "这":
		// 这套系统, 这本书, 这件事: before the measure word that counts
		// what it points at, CC-CEDICT's "this; these (followed by a
		// classifier)"; 这问题 before the noun, "this; the (followed by a
		// noun)"; standing for a thing (这是…, 这很重要) it stays the
		// pronoun. (这双鞋: CC-CEDICT gives 双 no classifier sense.)
		if reading != "zhe4" || nb.clauseEnd {
			return ""
		}
		if nb.nextPos == "q" || measureWords[nb.next] || nb.next == "双" || nb.next == "对" && couples[c.word(c.nth(2, 1))] || classifierOnly(c, c.step(c.k+1, 1)) || c.countedNext() {
			return glossZheCounted
		}
		if isNounPos(nb.nextPos) && nb.nextPos != "vn" && !strings.HasPrefix(nb.nextPos, "nr") && c.nounFirstAt(c.step(c.k+1, 1)) && !c.endsAfterNext() {
			// (这现实吗？ the word after is the predicate: 这 the pronoun.)
			return glossZheNoun
		}
	case "受":
		// 受大雪影响, 受疫情的冲击: what one is subjected to, before the
		// 影响 or the blow it deals (not "to receive").
		if reading == "shou4" && c.near(1, 6, false, "影响", "冲击", "限制", "干扰", "打击", "困扰", "威胁", "约束", "制约", "牵连", "连累", "波及") {
			return "subjected to"
		}
	case "零":
		// 一百二十块零五毛, 三岁零两个月: between an amount in a larger
		// unit and a smaller amount (not "zero").
		if reading == "ling2" && (nb.prevPos == "q" || measureWords[nb.prev] || moneyUnits[nb.prev] || nb.prev == "岁") && !c.clauseHead() && (numeralWord(nb.next) || nb.nextPos == "m" || strings.ContainsFunc(nb.next, numeralRune) && utf8.RuneCountInString(nb.next) <= 3) {
			return glossLingBetween
		}
	case "举":
		// 举个例子, 我来举一个例子: an example cited, not "to lift".
		if reading == "ju3" && c.near(1, 3, false, "例子", "例", "个例子", "实例", "案例") {
			return "to cite"
		}
	case "则":
		// 大公司有资源，小公司则更灵活: after its subject, before the
		// predicate, the contrast (not "standard; norm"; 一则 counts).
		if reading == "ze2" && !nb.afterNumeral && !numeralWord(nb.prev) && !c.clauseHead() && (c.verbNext() || nb.in(nextDegree)) {
			return "(A…, B 则…) while; but; then"
		}
	case "均":
		// 这些模型均已开源, 双方均表示: after its subject, before the
		// predicate, "all" (not "equal; even").
		if reading == "jun1" && !c.clauseHead() && (c.verbNext() || nb.next == "已" || nb.next == "为" || nb.next == "未" || nb.next == "可") {
			return "(literary) without exception; all"
		}
	case "便":
		// 一有问题，他便来找我: before its verb, 就 "then" (not "soon
		// afterwards", "convenient").
		if reading == "bian4" && !c.clauseHead() && (c.verbAhead() || nb.nextPos == "d" || nb.next == "是") {
			return "(便 = 就) then; right away"
		}
	case "由":
		// 这项工作由他负责, 由政府决定: a doer, then the verb: "it is for
		// (sb) to" (not "from"; 由三部分组成 keeps the dictionary's).
		if reading == "you2" && (nb.in(nextPersonal) || strings.HasPrefix(nb.nextPos, "nr") || personSuffix(nb.next) || bodyWords[nb.next]) && c.verbAfterObject() {
			return "(由 sb + verb) by (sb); it is for sb to"
		}
	case "于":
		// 适用于很多领域, 有助于学习: after a verb, the indirect object
		// "to; for" (于2023年, 于去年: the time, the dictionary's first
		// sense; 来自于: "from").
		if reading == "yu2" && sourceVerbs[nb.prev] && !c.dateNext() {
			return "(verb + 于) from (a source)" // 始于一个想法, 源于
		}
		if reading == "yu2" && nb.prevPos == "v" && !sourceVerbs[nb.prev] && !c.dateNext() {
			return "(verb + 于) to; for; with regard to"
		}
	case "至":
		// 从北京至上海, 周一至周五: where a span ends (not "to arrive").
		if reading == "zhi4" && !c.clauseHead() && (c.near(-1, 6, false, "从", "自", "由") || nb.prevPos == "t" || nb.prevPos == "m" || nb.afterNumeral) && !nb.clauseEnd {
			return "(A 至 B) to; until"
		}
		// 延长至2032年, 推迟至下周: after a verb of extending or moving,
		// the time or the amount it reaches.
		if reading == "zhi4" && isVerbPos(nb.prevPos) && nb.prevPos != "vn" && (nb.digitNext || nb.nextPos == "t" || nb.nextPos == "m" || numeralWord(nb.next)) {
			return "(A 至 B) to; until"
		}
	case "所":
		// 我们所做的, 正如你所说, 我们所知道的: before a verb, what the
		// subject does, the relative particle (not "actually"); 被大家所
		// 喜爱, 为人所知: after 被 or 为, the passive. (一所大学, 这所学校:
		// the classifier, after a number or 这.)
		switch {
		case reading != "suo3" || nb.afterNumeral || numeralWord(nb.prev) || demonstratives[nb.prev]:
		case !(isVerbPos(nb.nextPos) && nb.nextPos != "vn" || c.verbAt(c.step(c.k+1, 1))):
		case c.near(-1, 6, false, "被", "为"):
			return "(被/为…所 + verb) (passive)"
		default:
			return "(所 + verb) what (sb does); that which"
		}
	case "可能":
		// 这是不可能的, 那很有可能, 完全可能: after 不, 有 or a degree,
		// closing the clause or its 的, the adjective "possible" (他可能
		// 来: maybe); 这种可能, 一种可能: counted, "possibility".
		switch {
		case reading != "ke3 neng2":
		case (nb.prev == "不" || nb.prev == "有" || nb.in(prevDegree) || nb.prev == "完全" || nb.prev == "是") && (c.finalNext() || nb.next == "的" && c.endsAfterNext()):
			return "possible"
		case nb.prev == "这种" || nb.prev == "那种" || nb.prev == "一种" || nb.prev == "种" || nb.prev == "的" && c.describedBeforeDe() && (!c.verbNext() || nb.next == "是" || nb.next == "就是" || nb.next == "就"):
			// (最大的可能是…: possibility; 他说的可能是真的: what he said
			// maybe is, a verb before 的.)
			return "possibility"
		}
	case "肯":
		// 他不肯说, 你肯帮我吗, 没人肯去: before a verb, "to be willing
		// to" (not "to agree; to consent": 他肯了 stays).
		if reading == "ken3" && (c.verbAhead() || c.verbNext()) && !c.finalNext() && nb.next != "了" {
			return "(肯 + verb) to be willing to"
		}
	case "拿":
		// 就拿我们公司来说, 拿他来讲, 拿这个为例: the example taken up,
		// "(拿…来说) to take (as an example)" (not "to hold").
		if reading == "na2" && c.objectNext() && c.exampleTaken() {
			return "(拿…来说) to take (as an example)"
		}
		// 别拿我开玩笑, 拿孩子出气, 别拿他当小孩, 拿健康开玩笑: 拿 + what
		// is treated + a verb of treating it, the 把 of spoken Chinese
		// (not "to hold": 拿钱买书 takes the money).
		if reading == "na2" && !nb.clauseEnd && !aspectParticle(nb.next) && c.treatedAhead() {
			return glossNaBa
		}
	case "会不会":
		// 明天会不会下雨, 这会不会影响生意: will it; 会不会游泳 asks a
		// skill, the dictionary's "can or cannot?" (function.go's hui).
		switch {
		case reading != "hui4 bu4 hui4" || c.finalNext():
		case c.skillAsked(c.step(c.k+1, 1)):
			return glossHuiBuHuiCan
		default:
			return glossHuiBuHuiWill
		}
	case "凭什么":
		// 凭什么要别人去冒险: one word since the segmenter keeps CC-CEDICT's
		// chunks whole; the 凭 below no longer sees 什么 after it. Asking
		// what a claim rests on: "by what right", CC-CEDICT's "for which
		// reason?" (not a plain "why?").
		if reading == "ping2 shen2 me5" {
			return glossPingShenme
		}
	case "凭":
		// 凭什么他能拿这么多钱？, 凭经验判断, 凭票入场: what a judgment or a
		// right rests on, "on the basis of" (全凭你了 keeps "to rely on").
		if reading == "ping2" && (nb.next == "什么" || c.objectNext() && !c.endsAfterNext() && c.nearPos(2, 4, "v")) {
			return "on the basis of; by"
		}
	case "一块":
		// 一块二, 一块五毛, 一块钱: money, "(coll.) one yuan; a dollar" (not
		// "a piece").
		if reading == "yi1 kuai4" && (nb.next == "钱" || numeralWord(nb.next) && (c.endsAfterNext() || c.word(c.nth(2, 1)) == "毛")) {
			return "(coll.) one yuan; a dollar"
		}
		// 教育这一块, 营销这一块是他负责的: a topic, then 这 一块 and no
		// noun it counts: (coll.) "aspect; area"; 我们一块去吧, 跟我一块走:
		// before a verb, "together" (一块蛋糕 keeps "a piece").
		switch {
		case reading != "yi1 kuai4":
		case (nb.prev == "这" || nb.prev == "那") && c.topicBefore(c.nth(2, -1)) && !c.nounNext() && !isNounPos(nb.nextPos):
			return glossAspect
		case !demonstratives[nb.prev] && !numeralWord(nb.prev) && nb.prev != "了" && (nb.in(prevPersonal) || c.near(-1, 4, false, "跟", "和")) && c.verbNext() && !c.nounNext() && !(deNounAhead(c.sn, c.k) && c.objectPerson()):
			// (Not after the person a verb gives to, where the verb after
			// opens a description of the noun it counts: 送了我一块刚出炉
			// 的面包 "a piece"; 我跟他一块吃的饭 keeps "together".)
			return "together; in company"
		}
	case "下面":
		// 下面我们来看第二个问题, 下面请王老师讲话, 下面是…: opening the
		// sentence, before who goes on or what comes, "next; the
		// following" (桌子下面 keeps "below").
		if reading == "xia4 mian4" && c.sentenceHead() && (nb.in(nextPersonal) || nb.next == "请" || nb.next == "就" || nb.next == "是" || nb.next == "咱们" || nb.next == "大家" || nb.next == "让" || nb.next == "进入" || c.commaNext()) {
			return "next; the following"
		}
	case "反过来":
		// 反过来，如果…; 反过来说: opening a clause, "conversely"; after a
		// verb or a 把 (把衣服反过来穿) the other way round, "in an opposite
		// direction".
		switch {
		case reading != "fan3 guo5 lai2":
		case c.clauseHead() && (c.commaNext() || nb.next == "说" || nb.next == "讲" || nb.next == "看" || nb.next == "也" || nb.in(nextPersonal)):
			return "conversely"
		case !c.clauseHead() && (isVerbPos(nb.prevPos) || c.near(-1, 6, false, "把", "将")):
			return "in an opposite direction"
		}
	case "冲":
		// 他是冲着你来的, 冲着美食来, 狗冲着我叫: 冲 + 着 + what one
		// faces or comes for, "towards; in view of" (not "powerful").
		if reading == "chong4" && nb.next == "着" && !c.endsAfterNext() {
			return "(冲着) towards; for (the sake of)"
		}
		// 他冲我笑了笑, 冲他喊: 冲 + a person + a verb, "towards; at (sb)".
		if reading == "chong4" && nb.in(nextPersonal) && c.verbAfterObject() {
			return "(冲 + sb + verb) towards; at (sb)"
		}
	case "隔":
		// 隔一天, 隔几个村, 只隔一条街: before an amount, "at an interval
		// of; at a distance of" (not "to separate").
		if reading == "ge2" && (numeralWord(nb.next) || nb.nextPos == "m" || nb.nextPos == "mq" || numeralRune(firstRune(nb.next)) && nb.next != "") {
			return "(隔 + amount) at intervals of; … apart"
		}
	case "项":
		// 各项指标, 这项工作, 每项活动: after a determiner or a number,
		// before its noun, the measure word of items and tasks.
		if reading == "xiang4" && (determiner(nb.prev) || nb.prev == "这" || nb.prev == "那" || nb.prev == "哪" || numeralWord(nb.prev)) && (c.nounNext() || isNounPos(nb.nextPos) || nb.nextPos == "v") {
			return "classifier for items, tasks, clauses"
		}
	case "通过":
		// 我们通过网络学习, 你可以通过邮件联系我, 通过和伙伴一起做: 通过 +
		// the means, then the verb it serves, "by means of; through; via"
		// (他通过了考试, 法案通过了: to pass).
		if reading == "tong1 guo4" && nb.next != "了" && nb.next != "过" && !c.finalNext() && c.meansThenVerb() {
			return "by means of; through; via"
		}
	case "按":
		// 按自己的想法做, 按计划进行: a rule or a plan, then the verb:
		// "according to" (按按钮, 按一下: "to press").
		if reading == "an4" && c.objectNext() && !buttonWords[nb.next] && c.nearPos(2, 6, "v") {
			return "according to"
		}
		// 按度收费, 按人头算, 按成绩排: whatever the criterion (gse tags
		// 度 zg), a verb of charging, counting or ranking after it.
		if reading == "an4" && !buttonWords[nb.next] && byVerbs[c.word(c.nth(2, 1))] && !c.breaks(c.nth(1, 1), false) {
			return "according to"
		}
		// 按小时收费, 按公里计价, 按度收费: a unit, then what is charged or
		// counted by it (gse tags 收费 and 计价 nouns, 公里 a measure word).
		if reading == "an4" && (c.objectNext() || nb.nextPos == "q") && !buttonWords[nb.next] && c.verbAt(c.nth(2, 1)) && !c.breaks(c.nth(2, 1), false) {
			return "according to"
		}
	case "本":
		// 本次会议, 本届, 本周: before a measure word or a unit of time,
		// "this; the current" (not "originally").
		if reading == "ben3" && (nb.nextPos == "q" || currentUnits[nb.next]) {
			return "(本 + measure word) this; the current"
		}
		if reading == "ben3" {
			return c.countedAfterVerb(w) // 买了本书, 借本小说
		}
	case "起":
		// 从明天起, 从一百块起: after 从 and a time, place or amount,
		// where it starts (not "verb suffix, to start").
		if reading == "qi3" && c.near(-1, 6, false, "从", "自") && !isVerbPos(nb.prevPos) && (nb.clauseEnd || c.commaNext() || nb.prevPos == "t" || nb.prevPos == "m" || nb.prevPos == "q") {
			return "(从…起) starting from"
		}
		// 下个月起房租要涨, 明年起，…, 三月一号起实行: 从 left out after
		// a day, a month or a year from which on things change (早上起得
		// 很早: to get up; 今天起风了: the wind rising).
		if reading == "qi3" && c.fromDate() && (c.commaNext() || isObjectPos(nb.nextPos) && !risingThings[nb.next] && c.verbWithin(2, 5) || nb.nextPos == "d" || nb.in(nextModal) || nb.nextPos == "v" && nb.next != "床" && !c.endsAfterNext()) {
			return "(从…起) starting from"
		}
		// 每天几点起, 六点起, 起晚了, 起得早: after a time of day or before
		// how early or late, the verb of its clause is "to get up" (风起了
		// and 太阳升起 rise; 起 after a verb is its complement).
		if reading == "qi3" && !isVerbPos(nb.prevPos) && c.gotUp() {
			return "to get up"
		}
	case "以上", "以下":
		// 以上就是我的想法, 以下是具体内容: at the head of a clause, not
		// after an amount, what was said above or comes below (十八岁以上:
		// "or more").
		if (reading == "yi3 shang4" || reading == "yi3 xia4") && c.clauseHead() && !c.latinNext() {
			if w == "以上" {
				return "the above-mentioned"
			}
			return "the following"
		}
	case "好":
		// 好，我知道了; 好，那我们明天见: alone before a comma at the head
		// of the sentence, the reply "all right!" (not "good").
		if reading == "hao3" && c.clauseHead() && (c.commaNext() || c.particleThenComma() || c.nb.next == "的" && c.endsAfterNext()) {
			return "all right!"
		}
		// 好吧好吧，听你的; 好啦好啦: the reply said twice.
		if reading == "hao3" && c.repliedTwice() {
			return "all right!"
		}
		// 这个好难啊, 他好聪明: before an adjective, exclaimed, "so".
		// So before a state closing the clause: 我好累, 这里好热, 他最近好忙;
		// and before a verb of feeling after its person: 我好想你.
		if reading == "hao3" && (strings.HasPrefix(nb.nextPos, "a") && !strings.HasPrefix(nb.nextPos, "ad") && nb.next != "好" && c.near(1, 3, false, "啊", "呀", "啦", "哦", "了") || c.a.exclaimedDegreeAt(c.sn, c.step(c.k+1, 1)) || c.feelingGraded()) {
			return glossHaoSo
		}
		// 我的手机没你的好, 这个不如那个的好: after 的, closing a clause
		// that compares (没, 没有, 不如, 比), "good" (no greeting).
		if reading == "hao3" && nb.prev == "的" && c.finalNext() && c.near(-1, 8, false, "没", "没有", "不如", "比", "不比") {
			return "good"
		}
		// 大家好，欢迎…, 各位好: the greeting after the people addressed,
		// opening the sentence (not "good").
		if reading == "hao3" && addressed[nb.prev] && c.step(c.k-1, -1) == c.step(0, 1) && (nb.clauseEnd || c.commaNext() || nb.next == "啊" || nb.next == "呀") {
			return "(after a form of address) hello"
		}
		// 不好招, 很好找, 还好用吗: after 不 or a degree, before a verb that
		// closes its clause (its object the topic before), "easy to" — not
		// "good", whatever "good" the English says of another word.
		if reading == "hao3" && (nb.prev == "不" || nb.prev == "还" || nb.in(prevDegree)) && c.easyVerbNext() {
			return "(before a verb) easy to"
		}
		// 排了好长的队, 下了好大的雨, 等了好长时间: before an adjective
		// describing its noun (的, a number, 时间 after it), exclaimed, "so"
		// (not a verb's complement: 准备好新的材料 completes 准备).
		if reading == "hao3" && c.soDescribing() {
			return glossHaoSo
		}
		// 约好了, 想好了吗, 穿好衣服: right after a one-character verb,
		// before 了 or the verb's object, the verb is done (not "good";
		// 变好了 and 身体好了 are the state).
		if reading == "hao3" && c.doneVerbBefore() {
			return "(verb complement indicating completion)"
		}
		// 我们是好朋友, 一个好办法: before its noun, "good" (not a verb's
		// complement: 是 is no verb done).
		if reading == "hao3" && (nb.prev == "是" || nb.prev == "个" || nb.prev == "一个" || nb.prev == "很多" || nb.prev == "最") && (c.onlyNounAt(c.step(c.k+1, 1)) || strings.HasPrefix(nb.nextPos, "n") && nb.nextPos != "nr") {
			return "good"
		}
	case "等等":
		// 等等，我还没说完; 我们再等等吧: the verb 等 doubled, "wait a
		// minute!" (苹果、香蕉等等: "et cetera").
		// (等等我！: at the head, before who is waited for.)
		if reading == "deng3 deng3" && (c.clauseHead() && (c.commaNext() || nb.clauseEnd || nb.next == "吧" || nb.in(nextPersonal) && c.endsAfterNext()) || waitAdverb(nb.prev) || nb.in(prevPersonal) || nb.prev == "请" || nb.prev == "稍" || nb.prev == "可以") {
			return "(等等 the verb) wait a minute; wait a bit"
		}
	case "哪":
		// 哪本书, 哪种音乐, 哪一年: before a measure word or a numeral,
		// "which" (哪有这么便宜的, 我哪数得过来 ask "how": 数 the verb).
		if reading == "na3" && nb.next != "数" && (nb.nextPos == "q" || nb.nextPos == "m" || nb.nextPos == "mq" || numeralWord(nb.next) || measureWords[nb.next]) {
			return "which"
		}
	case "行":
		// 他是干哪一行的, 在这一行干了十年, 干我们这行: after 这/那/哪 (and
		// 一), with no noun counted after it (这一行字 is a line of
		// text), the line of business, not "classifier for rows".
		if reading == "hang2" && c.tradeDeterminer() && !isNounPos(nb.nextPos) && !c.nounNext() && !numeralWord(nb.next) {
			return glossTrade
		}
		// 努力就行了, 这样也行, 随便都行: after 就/也/都, closing the
		// clause, "all right; OK!" (你真行 is "capable").
		if reading == "xing2" && (nb.prev == "就" || nb.prev == "也" || nb.prev == "都" || nb.prev == "才" || nb.prev == "还") && c.finalNext() {
			return "all right; OK!; will do"
		}
		// 行，那你问问她; 这样行不行？: the reply or the question whether
		// it will do.
		// (你行吗？ asks whether you, the subject, are up to it: "capable";
		// 对你行吗 whether it suits you.)
		if reading == "xing2" && (c.k == c.step(0, 1) && (c.commaNext() || nb.clauseEnd || c.particleThenComma()) || (nb.next == "不行" || nb.next == "吗" && c.finalNext()) && !c.subjectBefore()) {
			return "all right; OK!; will do"
		}
		// 我觉得这个时间行, 这个价格行吗: right after a thing, its
		// subject, closing the clause: whether it will do (not "(bound
		// form) to walk"; a person, 你行吗, is "capable").
		if reading == "xing2" && isNounPos(nb.prevPos) && (c.commaNext() || nb.clauseEnd || c.finalNext()) {
			return "all right; OK!; will do"
		}
	case "块":
		// 三块五, 二十块钱, 五十多块: after a number, before 钱, a number
		// or nothing counted, the money (colloquial yuan), not "classifier
		// for pieces of cloth, cake" (三块蛋糕).
		// (把蛋糕分成四块, 切成两块: the pieces something is cut into.)
		if reading == "kuai4" && (numeralWord(nb.prev) || nb.prevPos == "m" || nb.afterNumeral && nb.prev != "这" && nb.prev != "那" && nb.prev != "哪" || nb.prev == "多") &&
			(nb.next == "钱" || numeralWord(nb.next) || nb.next == "多" || nb.next == "左右" || c.finalNext() || c.commaNext()) &&
			!c.near(-1, 6, false, "成", "把", "切", "分", "掰", "撕", "分成", "切成") {
			return glossKuaiMoney
		}
		// 教育这块, 营销这块是他负责的: a topic, then 这 块 and no noun it
		// counts, the figurative piece of it, "part; area" (CC-CEDICT has
		// the colloquial "aspect; area" under 一块 only; 块's own sense is
		// "lump; chunk; piece").
		if reading == "kuai4" && (nb.prev == "这" || nb.prev == "那") && c.topicBefore(c.nth(2, -1)) && !c.nounNext() && !isNounPos(nb.nextPos) {
			return glossKuaiArea
		}
	case "一口":
		// 喝了一口水, 咬了一口: after a verb of eating or drinking, or
		// before what is eaten, a mouthful (not "readily", 一口答应).
		if reading == "yi1 kou3" && (c.near(-1, 2, false, "喝", "吃", "咬", "尝", "吸", "抽", "喝了", "吃了") || c.nounNext() && !c.verbAt(c.step(c.k+1, 1))) {
			return "a mouthful; a bite"
		}
	case "死":
		// 累死了, 热死了, 气死我了, 倒霉死了: after an adjective or a
		// feeling, before 了, "extremely" (not "to die": 被车撞死了, 病死了).
		if reading == "si3" && (nb.next == "了" || (nb.in(nextPersonal) || nb.next == "人") && c.word(c.nth(2, 1)) == "了") &&
			(strings.HasPrefix(nb.prevPos, "a") || feelings[nb.prev]) && !c.near(-1, 8, false, "被", "把", "让", "给", "叫") {
			return "extremely"
		}
	case "结果":
		// 结果一聊，…; 我准备了很久，结果还是没考好: opening its clause,
		// before what happened, "in the end; as a result" (结果是…, 考试
		// 结果 are the outcome).
		if reading == "jie2 guo3" && c.clauseHead() && nb.next != "是" && nb.next != "的" && !nb.clauseEnd && !c.commaNext() && (nb.in(nextPersonal) || c.verbNext() || nb.next == "一" || nb.nextPos == "r" || nb.nextPos == "c" || c.newSubjectNext() || c.timeNext() && c.step(c.k-1, -1) >= 0) {
			return "in the end; as a result"
		}
		// 考试结果很好, 这个结果, 结果怎么样: the outcome itself, after
		// its noun or a determiner, or before what is said of it.
		if reading == "jie2 guo3" && (isNounPos(nb.prevPos) || nb.prev == "的" || nb.prev == "这个" || nb.prev == "那个" || nb.afterNumeral) && !c.clauseHead() {
			return glossOutcome
		}
	case "本来":
		// 本来我都不想去的, 我本来想去: before what was first so, the
		// adverb "originally" (本来的样子 "original"; 本来就 is left).
		if reading == "ben3 lai2" && nb.next != "的" && nb.next != "就" && !nb.clauseEnd && (nb.in(nextPersonal) || c.verbNext()) {
			return "originally"
		}
	case "边":
		// 边吃边聊, 边走边说: 边 before each of two verbs, the two done at
		// once (not "side").
		if reading == "bian1" && c.verbAhead() && (c.near(1, 4, false, "边") || c.near(-1, 4, false, "边")) {
			return "simultaneously"
		}
	case "看看":
		// 你可以看看, 去看看, 看看这个: the look taken, at the clause's
		// end or before what is looked at ("(coll.) pretty soon" is 看看
		// before what is about to happen: 看看就到了).
		if reading == "kan4 kan5" && (c.finalNext() || c.objectNext() || c.nounNext()) {
			return "to take a look at"
		}
	case "嘛":
		// 这个嘛，我再想想; 其实嘛，…: before a comma, the speaker's pause
		// (at the end, 这很简单嘛, what is obvious).
		// Before a comma after a whole clause (这很简单嘛，别着急, 你是老师
		// 嘛，…), what is obvious again: the pause is a topic's, a word or
		// two with no predicate.
		if reading == "ma5" && c.commaNext() && !c.predicateBefore() {
			return "particle indicating a pause for emphasis"
		}
		if reading == "ma5" && c.commaNext() {
			return glossMaObvious
		}
	case "出头":
		// 他今年二十出头, 三十岁出头: after a round number (or its unit),
		// "a little more than" (not "to get out of a predicament").
		if reading == "chu1 tou2" && (numeralWord(nb.prev) || nb.prevPos == "m" || nb.prev == "岁" || nb.prev == "块" || nb.prev == "万") {
			return "a little more than"
		}
	case "多":
		// 跌了七成多, 涨了两成多: after a numeral and 成 "tenth" (which gse
		// does not tag a measure word), "… odd", not "many".
		if reading == "duo1" && nb.prev == "成" && numeralWord(c.word(c.nth(2, -1))) {
			return "(after a numeral) ... odd"
		}
		// 你多大了, 要多长时间, 这天多好啊: before an adjective of degree,
		// asked or exclaimed, "how (to what extent)" (多吃点 "more").
		if reading == "duo1" && degreeAdjectives[nb.next] && (c.question() || c.near(1, 3, false, "啊", "呀", "啦") || nb.prev == "有" || nb.prev == "不管" || nb.prev == "无论" || nb.prev == "不论") {
			return "how (to what extent) (Taiwan pr. [duo2])"
		}
		// 多晚我都等着, 多贵也得买: 多 opening its clause before an
		// adjective, then 都 or 也, "no matter how" (the 无论 left out).
		if reading == "duo1" && c.clauseHead() && c.degreeNext() && c.near(1, 4, false, "都", "也") {
			return "how (to what extent) (Taiwan pr. [duo2])"
		}
		// 这花多好看啊, 多漂亮呀: any adjective exclaimed (function.go).
		if reading == "duo1" && c.howExclaimed() {
			return "how (to what extent) (Taiwan pr. [duo2])"
		}
		if reading == "duo1" && c.paidInExcess() {
			return "too many; in excess" // 多收了我十块钱 (function.go)
		}
	case "还好":
		// 还好吧，习惯了就好了; 还行，还好: the reply, "not bad; pretty
		// good" (还好没下雨 "fortunately", before what happened).
		if reading == "hai2 hao3" && (c.finalNext() || c.commaNext() || c.particleThenComma()) {
			return "not bad; pretty good"
		}
	case "之所以":
		// 我们之所以这样做，是因为…: the reason why (CC-CEDICT's second
		// sense is only an example of the first).
		if reading == "zhi1 suo3 yi3" {
			return "(之所以…是因为) the reason why …"
		}
	case "之间":
		// 它们之间, 我们之间, 人与人之间: between (not the short time of
		// 忽然之间, 转眼之间).
		if reading == "zhi1 jian1" && !momentWords[nb.prev] {
			return "(after a noun) between; among; amid"
		}
	case "可":
		// 可他不听: at the head of a clause, before its subject, "but";
		// 这可不行, 今天可热了, 你可别忘了, 这可怎么办, 他可是好人, 这可不是
		// 小事: after
		// the subject, before a negation, a degree, an adjective, 怎么 or
		// 是, the stress (not "can").
		switch {
		case reading != "ke3":
		case c.clauseHead() && (nb.in(nextPersonal) || strings.HasPrefix(nb.nextPos, "n") || nb.next == "这" || nb.next == "那"),
			c.clauseHead() && c.near(-1, 8, true, "，", ",") && (nb.next == "没" || nb.next == "没有" || nb.next == "不" || nb.next == "是" || nb.next == "就是" || nb.next == "也" || nb.next == "还"):
			// (他想去，可没时间: after a comma, before a negation, the
			// contrast too.)
			return "but; however"
		case nb.in(prevDegree) && c.verbNext() && utf8.RuneCountInString(nb.next) == 1:
			return "(prefix) can; may; able to; -able" // 非常可控 (function.go's able)
		case !c.clauseHead() && (nb.next == "不" || nb.next == "别" || nb.next == "没" || nb.next == "真" || nb.next == "太" || nb.next == "千万" || nb.next == "怎么" || nb.next == "怎么办" || nb.next == "是" || nb.next == "不是" || strings.HasPrefix(nb.next, "不") && isVerbPos(nb.nextPos) || strings.HasPrefix(nb.nextPos, "a") && !strings.HasPrefix(nb.nextPos, "ad")):
			return "(可 + 不, 别, adjective) really; (stress)"
		case !c.clauseHead() && (isVerbPos(nb.nextPos) && c.near(1, 6, false, "了", "啦", "呢") || c.a.exclaimedDegreeAt(c.sn, c.step(c.k+1, 1))):
			// 我可喜欢吃饺子了, 他可会说了: 可 + verb … 了, the stress
			// too (not "can; -able").
			return "(可 + 不, 别, adjective) really; (stress)"
		}
	case "不然":
		// 快点，不然要迟到了; 多穿点，不然会感冒: opening a clause after a
		// comma, before what follows if not, "or else; otherwise" (不然。
		// alone: "not so").
		if reading == "bu4 ran2" && c.clauseHead() && c.step(c.k-1, -1) >= 0 && !nb.clauseEnd && !c.commaNext() && !finalParticles[nb.next] {
			return glossBuranOtherwise
		}
	case "倒":
		// 你说得倒容易, 我倒觉得挺好, 他倒不怕, 他倒很高兴: before what is said
		// of the subject (an adverb, a degree, an adjective, a verb of
		// thinking), "contrary to
		// what one might expect" (not "to pour out": 倒水, 把水倒了).
		if reading == "dao4" && !c.near(-1, 4, false, "把", "将", "往") && (strings.HasPrefix(nb.nextPos, "d") || strings.HasPrefix(nb.nextPos, "a") && !strings.HasPrefix(nb.nextPos, "ad") || clauseVerbs[nb.next] || degreeAdverbs[nb.next] || c.a.degreeWord(nb.next) || nb.next == "是" || strings.HasPrefix(nb.next, "也") || strings.HasPrefix(nb.next, "还") || strings.HasPrefix(nb.next, "不") || strings.HasPrefix(nb.next, "没")) {
			return "contrary to what one might expect; yet"
		}
	case "照":
		// 照你这么说, 照我看, 照这样下去: 照 + whose word or way, then a
		// verb of saying, seeing or going on: "according to" (照镜子,
		// 照一张相 take or look).
		// 阳光照在地上, 月光照进来: light shining somewhere.
		if reading == "zhao4" && (nb.next == "在" || nb.next == "着" || nb.next == "亮" || nb.next == "进" || nb.next == "进来" || nb.next == "到") && (c.nounPrev() || c.nounPastAdverbs()) {
			return "to shine"
		}
		if reading == "zhao4" && (nb.in(nextPersonal) || nb.next == "这样" || nb.next == "那样" || nb.next == "这么" || strings.HasPrefix(nb.nextPos, "n") && nb.next != "镜子") && c.near(1, 4, false, "说", "讲", "看", "说的", "做", "下去", "办", "理解", "规定", "计划") {
			return "according to"
		}
	case "干嘛", "干吗":
		// 你干嘛不早说, 干嘛这么着急: before what is questioned, "whatever
		// for?; why on earth?"; at the end (你在干嘛？) "what are you doing?".
		if reading == "gan4 ma2" && !nb.clauseEnd && !finalParticles[nb.next] && nb.next != "去" && nb.next != "用" && nb.next != "的" && (c.verbNext() || nb.next == "这么" || nb.next == "那么" || nb.next == "非" || nb.next == "非要" || nb.next == "老" || nb.next == "总") {
			return "whatever for?; why on earth?"
		}
		// 好好的墙弄那么花干嘛, 买这么多干嘛: closing a clause that has
		// already said what is done, "whatever for?" (你在干嘛, 你干嘛？,
		// 你去干嘛 ask what is being done).
		if reading == "gan4 ma2" && (nb.clauseEnd || finalParticles[nb.next]) && c.deedBefore() {
			return "whatever for?; why on earth?"
		}
	case "条":
		// 一条消息, 两条建议: what is said or written counts by items,
		// not "long thin things" (一条路, 一条河); the sense stays
		// CC-CEDICT's classifier, whose gloss names only those.
		if reading == "tiao2" && (nb.afterNumeral || numeralWord(nb.prev)) && itemNouns[c.word(c.nounAheadAt())] {
			return "(classifier) item; piece (news, rules…)"
		}
	case "杯", "瓶", "件", "张", "顿", "首", "辆", "份", "盘", "支", "根", "封", "部", "篇", "台", "间", "句", "棵", "朵":
		// 喝杯茶, 买张票, 吃顿饭: 一 left out between the verb and the
		// measure word, which the noun after takes by its CL note.
		return c.countedAfterVerb(w)
	case "双":
		// 一双鞋, 这双手: counted, before the noun, a pair (CC-CEDICT
		// gives 双 no classifier sense, and its first, "two", is the
		// numeral of 双方 and 双胞胎).
		if reading == "shuang1" && (nb.afterNumeral || numeralWord(nb.prev)) && c.nounAheadAt() >= 0 {
			return "pair"
		}
		// 我要那双, 这双多少钱？: after a demonstrative, the noun left out,
		// still a pair (not "two").
		if reading == "shuang1" && (nb.prev == "这" || nb.prev == "那" || nb.prev == "哪" || nb.prev == "每") {
			return "pair"
		}
	case "位":
		// 他是位好医生, 来了位客人: after a verb, 一 left out, counting a
		// person (not "position").
		if reading == "wei4" && (nb.prev == "是" || nb.prev == "了" || nb.prev == "有") && personSuffix(c.word(c.nounAheadAt())) {
			return "classifier for people (honorific)"
		}
	case "什么":
		// 你有什么问题吗？ 不需要什么帮助, 什么都可以: asked with 吗, under a
		// negation or before 都/也, "anything", not "what?" (你说什么？).
		if reading == "shen2 me5" && (c.maQuestion() && !c.embeddedWhat() || nb.next == "都" || nb.next == "也" || c.negationBefore(3)) {
			return "something; anything"
		}
		// 有什么问题随时给我打电话: 有 什么 + noun in a sentence that asks
		// nothing, a condition, "any".
		if reading == "shen2 me5" && nb.prev == "有" && (c.nounNext() || isNounPos(nb.nextPos)) && !c.question() {
			return "something; anything"
		}
	case "前":
		// 三天前, 两个月前, 几年前: after a span of time, "ago" (吃饭前,
		// 八点前: before an event or a point of time).
		if reading == "qian2" && c.spanBefore() {
			return "(time span + 前) ago"
		}
	case "完":
		// 吃完饭, 这本书我看完了, 吃不完: after a verb, the action
		// finished (not "to be over": 电影完了).
		if reading == "wan2" && (nb.prevPos == "v" || nb.prevVerbal || c.potential()) && c.step(c.k-1, -1) == c.k-1 && !nb.in(prevModal) {
			return "(verb + 完) to finish (doing)"
		}
	case "离":
		// 我们家离学校很近: the distance from a place.
		// 离大规模应用还有很长的路, 离春节只有三天了: the distance to a
		// goal, in space or time, whatever gse makes of the goal.
		if reading == "li2" && (c.objectNext() || c.near(1, 10, false, "远", "近", "很远", "很近", "不远", "多远", "还有", "只有", "还差", "差")) {
			return "(A 离 B + near/far) from; away from"
		}
	}
	return ""
}

// Glosses of 呢 by where it stands: ending a question, ending a statement
// of how things still are, before a pause, or stressing a statement.
const (
	glossNeQuestion = "(…呢？) and …?; what about …? (question)"
	glossNeAsks     = "(什么/怎么…呢？) (softens a question)"
	glossNeStill    = "(还…呢) still (the state holds)"
	glossNeOngoing  = "(正在…呢, 着呢) (going on right now)"
	glossNePause    = "(topic + 呢，…) as for …; (a pause)"
	glossNeEmphasis = "(…呢！) (emphasis)"
)

// pointNouns are what a speaker lists point by point: 三点建议, 两点原因.
var pointNouns = map[string]bool{
	"建议": true, "意见": true, "想法": true, "看法": true, "要求": true, "原因": true, "理由": true,
	"体会": true, "感想": true, "区别": true, "不同": true, "好处": true, "优势": true, "经验": true,
	"共识": true, "结论": true, "原则": true, "内容": true, "担心": true, "考虑": true,
	"收获": true, "启示": true, "教训": true, "问题": true, "希望": true, "不足": true,
}

// pointsMade reports whether a counted 点 (两点, 几点) is the points a
// speaker makes rather than a time: after 有 (有两点需要注意, 理由有三点),
// where a time would be followed by its 的 (有两点的课); after a verb of
// saying only at the end of the clause (我补充两点。 我说三点：), since
// 他说三点到 says when.
func (c *fctx) pointsMade() bool {
	switch c.nb.next {
	case "的", "钟", "半", "整", "多", "零", "一刻", "左右", "前", "后", "以前", "以后", "之前", "之后", "了", "过":
		return false
	}
	switch c.word(c.nth(2, -1)) {
	case "有", "还有":
		return true
	case "说", "讲", "谈", "补充", "提", "强调", "总结", "提出", "说明", "分享":
		return c.nb.clauseEnd || c.colonNext()
	}
	return false
}

// addressed are the people a greeting names before its 好 (大家好).
var addressed = map[string]bool{"大家": true, "各位": true, "你们": true, "您们": true, "同学们": true, "朋友们": true, "各位听众": true}

// measureWords are common measure words gse does not always tag q (哪本书).
var measureWords = map[string]bool{
	"本": true, "个": true, "种": true, "家": true, "位": true, "件": true, "条": true, "次": true,
	"天": true, "年": true, "些": true, "样": true, "部": true, "首": true, "张": true, "所": true,
	"只": true, "辆": true, "门": true, "份": true, "类": true, "国": true, "句": true, "场": true,
}

// doneVerbBefore reports whether the token follows a one-character verb
// it completes: the verb first by the dictionary (whatever gse's tag), not one of
// becoming or being (变好, 是好), and 了 or a noun after (约好了, 穿好衣服),
// the time agreed on (约好七点见, 说定好明天) or the end of the clause (把门
// 关好。, 坐好！): a result closes the clause where "good" would need a
// subject (身体好。) or a degree (很好).
func (c *fctx) doneVerbBefore() bool {
	j := c.step(c.k-1, -1)
	// (关 chosen "to close" though its first sense is "mountain pass".)
	if j < 0 || utf8.RuneCountInString(c.word(j)) != 1 || !c.verbAt(j) && !isVerbSense(c.sn.toks[j].Gloss) || degreeAdverbs[c.word(j)] {
		return false
	}
	switch c.pos(j) {
	case "v", "vg", "zg", "d": // gse tags 穿 zg, 约 d
	default:
		return false
	}
	switch c.word(j) {
	case "变", "是", "有", "像", "要", "会", "能", "说", "过", "叫", "觉", "看", "听", "问":
		return false
	}
	if w := c.word(c.step(j-1, -1)); w == "没" || w == "没有" || w == "还没" || w == "已经" {
		return true // 还没想好要不要去: the verb done or not, whatever follows
	}
	n := c.nb
	return n.next == "了" || isNounPos(n.nextPos) && n.nextPos != "vn" || n.nextPos == "t" || numeralWord(n.next) || c.finalNext() || c.commaNext()
}

// triedInVain reports whether, after 怎么 and the 都 or 也 that follow
// it, the clause says it fails however tried: a negated potential (睡不着,
// 登录 不 上去), or 不 before an unwilling verb (不肯, 不愿意, 不听), or it
// ends on 不行, 没用 or 行 (怎么都行: any way will do).
func (c *fctx) triedInVain() bool {
	for j, seen := c.nth(2, 1), 0; j >= 0 && seen < 4; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		w := c.word(j)
		switch {
		case w == "不行" || w == "没用" || w == "行" || w == "可以" || w == "不肯" || w == "不愿意" || w == "不听":
			return true
		case utf8.RuneCountInString(w) == 3 && strings.Index(w, "不") == 3 || utf8.RuneCountInString(w) == 4 && strings.Index(w, "不") == 6:
			return true // 睡不着, 想不起来
		case w == "不" && seen > 0:
			n := c.step(j+1, 1)
			return n >= 0 && !c.breaks(n, false) // 登录 不 上去
		case w == "不" || w == "没":
			n := c.step(j+1, 1)
			return n >= 0 && (c.word(n) == "肯" || c.word(n) == "愿意" || c.word(n) == "听")
		}
	}
	return false
}

// soDescribing reports whether 好, the token, grades an adjective that
// describes a noun after it: the adjective (by gse's tag or the
// dictionary), then 的, a numeral (好大一个西瓜) or 时间 (好长时间), and no
// verb right before 好 that it would complete (了, 着, 是, 有 are no such
// verb: 排了好长的队, 是好大的一笔钱, 有好长一段路).
func (c *fctx) soDescribing() bool {
	nb := c.nb
	if nb.next == "好" || nb.prev == "不" || nb.prev == "没" || nb.prev == "的" || nb.afterNumeral {
		return false
	}
	if isVerbPos(nb.prevPos) && nb.prev != "是" && nb.prev != "有" {
		return false
	}
	if !(strings.HasPrefix(nb.nextPos, "a") && nb.nextPos != "ad" || utf8.RuneCountInString(nb.next) == 1 && c.a.stateWord(nb.next)) {
		return false
	}
	after := c.word(c.nth(2, 1))
	return after == "的" || after == "时间" || strings.HasPrefix(after, "一") && after != "一样" && after != "一点" && after != "一些" && after != "一下"
}

// feelings are the states 死 (了) intensifies though gse does not tag them
// adjectives: 累死了, 气死我了, 笑死人了.
var feelings = map[string]bool{
	"累": true, "热": true, "冷": true, "饿": true, "渴": true, "困": true, "忙": true, "烦": true, "气": true,
	"急": true, "吓": true, "笑": true, "疼": true, "痛": true, "倒霉": true, "无聊": true, "高兴": true,
	"开心": true, "担心": true, "想": true, "羡慕": true, "麻烦": true, "丑": true, "难看": true, "难受": true,
}

// lateTimes are times a verb + 到 lasts until: 聊到半夜, 开到几点.
var lateTimes = map[string]bool{"几点": true, "半夜": true, "深夜": true, "很晚": true, "天亮": true, "凌晨": true, "最后": true, "现在": true, "晚上": true, "中午": true}

// rescheduled are verbs that move a time: 改到下午三点 is "to", not
// "until".
var rescheduled = map[string]bool{"改": true, "推": true, "推迟": true, "提前": true, "延": true, "延迟": true, "延期": true, "定": true, "安排": true, "约": true, "调": true, "挪": true, "换": true}

// repliedTwice reports whether the token is one of the two 好 of a doubled
// reply opening the sentence (好吧好吧，…, 好啦好啦，…): 好, a particle, 好,
// the particle again, then a comma or the end.
func (c *fctx) repliedTwice() bool {
	first := c.step(0, 1)
	if first < 0 || c.word(first) != "好" {
		return false
	}
	p := c.step(first+1, 1)
	second := c.step(p+1, 1)
	if p < 0 || second < 0 || c.word(second) != "好" || c.k != first && c.k != second {
		return false
	}
	switch c.word(p) {
	case "吧", "啦", "了", "啊", "呀":
	default:
		return false
	}
	q := c.step(second+1, 1)
	if q < 0 || c.word(q) != c.word(p) {
		return false
	}
	e := c.step(q+1, 1)
	return e < 0 || c.breaks(e, false)
}

// subjectBefore reports whether the word before the token is a person
// (a pronoun or a name) opening its clause: its subject (你行吗).
func (c *fctx) subjectBefore() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || !personalPronouns[c.word(p)] && !strings.HasPrefix(c.pos(p), "nr") {
		return false
	}
	q := c.step(p-1, -1)
	return q < 0 || c.breaks(q, true)
}

// nounPastAdverbs reports whether a noun that names no person stands
// before the token past adverbs and a modal of ability (能, 会, 可以): the
// subject of 阳光能一直照到沙发上, 太阳一直照到窗台上 (gse tags 阳光
// nr, so persons are named by their words).
func (c *fctx) nounPastAdverbs() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || c.pos(p) != "d" && c.word(p) != "能" && c.word(p) != "会" && c.word(p) != "可以" {
		return false
	}
	for p >= 0 && (c.pos(p) == "d" || c.word(p) == "能" || c.word(p) == "会" || c.word(p) == "可以") {
		p = c.step(p-1, -1)
	}
	w := c.word(p)
	return p >= 0 && c.pos(p) != "r" && !kinWords[w] && !personSubject(w) && (isNounPos(c.pos(p)) || c.nounAt(p))
}

// judgedWithin reports whether a judgment (an adjective, or a word that
// starts with 不/没/很/挺/太/真) is among the from-th to to-th tokens after the
// token, within its clause: 我看你脸色不太好.
func (c *fctx) judgedWithin(from, to int) bool {
	for n := from; n <= to; n++ {
		j := c.nth(n, 1)
		if j < 0 || c.breaks(j, false) {
			return false
		}
		w := c.word(j)
		if strings.HasPrefix(c.pos(j), "a") && !strings.HasPrefix(c.pos(j), "ad") || strings.ContainsRune("不没很挺太真", firstRune(w)) && utf8.RuneCountInString(w) > 1 {
			return true
		}
	}
	return false
}

// verbWithin reports whether a verb (by gse's tag or the dictionary) is
// among the tokens from the from-th to the to-th after the token, within
// its clause.
func (c *fctx) verbWithin(from, to int) bool {
	for n := from; n <= to; n++ {
		j := c.nth(n, 1)
		if j < 0 || c.breaks(j, false) {
			return false
		}
		if p := c.pos(j); strings.HasPrefix(p, "v") && p != "vn" || c.verbAt(j) {
			return true
		}
	}
	return false
}

// wantLead are the words between 想 "to want to" and its verb: 想在家睡,
// 想把它翻译, 还想再吃, 想当医生.
var wantLead = map[string]bool{"在": true, "在家": true, "把": true, "再": true, "当": true, "给": true, "跟": true, "和": true, "去": true, "来": true, "多": true, "早点": true, "好好": true, "一直": true, "先": true, "马上": true, "赶紧": true, "找": true}

// pleaseLead open what 请 asks: 请把…, 请不要…, 请先….
var pleaseLead = map[string]bool{"把": true, "不要": true, "别": true, "先": true, "务必": true, "尽快": true, "马上": true, "在": true, "按": true, "准时": true}

// dependNouns are the circumstances 看 "to depend on" names: 看情况.
var dependNouns = map[string]bool{"情况": true, "天气": true, "心情": true, "安排": true, "条件": true, "具体情况": true, "个人": true, "运气": true, "需要": true, "时间": true}

// dependLead stand before 看 "to depend on": 要看, 关键看, 全看.
var dependLead = map[string]bool{"要": true, "得": true, "就": true, "全": true, "主要": true, "关键": true, "还要": true, "还得": true, "都": true, "就要": true, "还是": true}

// dependAhead reports whether what follows 看 is a circumstance (a
// dependNoun within four words of its clause) or a choice (A不A, 怎么,
// 是否, 能不能, 谁 right after it) rather than a thing watched: 要看我老婆的
// 安排, 要看他来不来, 还是看谁的价格更低.
func (c *fctx) dependAhead() bool {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < 5; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		switch w := c.word(j); {
		case dependNouns[w], w == "怎么", w == "是否", w == "能不能", w == "用的人", w == "人":
			return true
		case w == "不" && j > 0 && c.word(j-1) == c.word(c.step(j+1, 1)):
			return true // 来不来
		case seen == 0 && (w == "谁" || w == "哪个" || w == "哪家" || w == "哪一个" || w == "哪边"):
			return true // 就看谁跑得快, 还是看谁的价格低: who wins decides
		case seen == 0 && personalPronouns[w]:
			// 就看你自己了, 全看你了: the person, then 了 closing the
			// clause (就看你一眼 looks).
			n := c.step(j+1, 1)
			if c.word(n) == "自己" {
				n = c.step(n+1, 1)
			}
			if e := c.step(n+1, 1); c.word(n) == "了" && (e < 0 || c.breaks(e, false) || finalParticles[c.word(e)]) {
				return true
			}
		}
	}
	return false
}

// degreeAdjectives are asked about by 多 "how": 多大, 多长, 多远.
var degreeAdjectives = map[string]bool{"忙": true, "累": true, "冷": true, "热": true, "大": true, "长": true, "远": true, "高": true, "久": true, "重": true, "好": true, "深": true, "宽": true, "贵": true, "难": true, "快": true, "美": true, "厚": true, "老": true}

// glossHaoSo is 好 before an adjective it exclaims (CC-CEDICT's "(before an
// adjective for exclamatory effect) so", too long for a card).
const glossHaoSo = "(好 + adjective) so (exclaimed)"

// glossNaThat is 那 the specifier, CC-CEDICT's own sense.
const glossNaThat = "(specifier) that; the; those (colloquial pr. [nei4])"

// timeNouns are what 那 points to as a time: 那时候, 那会儿.
var timeNouns = map[string]bool{"时候": true, "时": true, "会儿": true, "阵子": true, "段": true, "年": true, "天": true, "次": true}

// glossShiConcede is the 是 of A 是 A (累是累): CC-CEDICT's emphatic
// assertion.
const glossShiConcede = "(A 是 A, 但…) A indeed (conceding)"

// glossShiAssert is 是 before an action in progress (是在浪费时间): the
// emphatic assertion, like glossShiConcede.
const glossShiAssert = "(是 + 在 + verb) (emphatic) it is that …"

// enduredComplements follow 挺 the verb "to withstand": 挺过来, 挺住.
var enduredComplements = map[string]bool{"过来": true, "过去": true, "住": true, "下来": true, "下去": true, "不住": true, "得住": true}

// glossOutcome is 结果 the noun, CC-CEDICT's own sense.
const glossOutcome = "outcome; result; consequence"

// glossKuaiMoney is 块 counting money, CC-CEDICT's own sense (longer than a
// construction gloss may be: the sense's text is shown as it is).
const glossKuaiMoney = "(coll.) classifier for money and currency units"

// glossTrade is 行 hang2 as a line of business (CC-CEDICT's sense, without
// its "(bound form)" to fit a card).
const glossTrade = "line of business; trade; profession"

// tradeDeterminer reports whether 这, 那, 哪 or 同 stands before the token,
// with 一 between or not (这一行, 这行, 哪一行, 同行).
func (c *fctx) tradeDeterminer() bool {
	w := c.nb.prev
	if w == "一" {
		w = c.word(c.nth(2, -1))
	}
	switch w {
	case "这", "那", "哪", "同", "本":
		return true
	}
	return false
}

// countedBefore reports whether the token follows an amount and what it
// counts, within its clause: a numeral or a number in digits among the
// four tokens before it, the ones after it measure words or nouns (一个
// 小时, 一百 人, 300 块 钱; gse tags 块 zg).
func (c *fctx) countedBefore() bool {
	for n := 1; n <= 4; n++ {
		j := c.nth(n, -1)
		if j < 0 || c.breaks(j, false) {
			return false
		}
		p := c.pos(j)
		if w := c.word(j); numeralWord(w) || p == "m" || p == "mq" || c.latinAt(j) && unicode.IsDigit(firstRune(w)) {
			return true
		}
		if !(isNounPos(p) || p == "q" || p == "mq" || p == "m" || p == "t" || p == "zg") || p == "vn" {
			return false
		}
	}
	return false
}

// colonNext reports whether a comma or a colon follows the token: what it
// names is spelled out after it (还有一点，…).
func (c *fctx) colonNext() bool {
	j := c.step(c.k+1, 1)
	return c.commaNext() || j >= 0 && (c.sn.toks[j].Text == "：" || c.sn.toks[j].Text == ":")
}

// clauseHead reports whether the token opens its clause, after a comma too.
func (c *fctx) clauseHead() bool {
	p := c.step(c.k-1, -1)
	return p < 0 || c.breaks(p, false)
}

// degreeAfterDe glosses the words that say, after 得, how much: CC-CEDICT's
// senses of degree, or the curated gloss of one too long for a card.
var degreeAfterDe = map[string]string{
	"要命":  "extremely; terribly",
	"不得了": "extremely",
	"慌":   "(得慌) unbearably; terribly",
}

// itemNouns are what one counts by items with 条: news, messages,
// rules, pieces of advice.
var itemNouns = map[string]bool{
	"消息": true, "新闻": true, "信息": true, "短信": true, "微信": true, "建议": true, "意见": true,
	"规定": true, "规则": true, "法律": true, "原则": true, "评论": true, "留言": true, "推文": true,
	"广告": true, "理由": true, "经验": true, "要求": true, "标准": true, "措施": true, "政策": true,
	"新规": true, "线索": true, "记录": true, "回复": true, "通知": true, "警告": true, "帖子": true,
}

// countedAfterVerb returns the gloss of the token as a measure word (杯
// "a cup; a glass (of)") right after a verb (and its 了) and
// before a noun whose CL note names it (茶 CL:杯), "" otherwise: 一 is
// left out (喝杯茶 "a cup of tea", not "trophy cup"; 喝了瓶可乐).
func (c *fctx) countedAfterVerb(w string) string {
	v := c.step(c.k-1, -1)
	if v >= 0 && c.word(v) == "了" {
		v = c.step(v-1, -1)
	}
	if v < 0 || !isVerbPos(c.pos(v)) || c.pos(v) == "vn" || notPlaceVerb(c.word(v)) || c.sn.ids[c.k] < 0 {
		return ""
	}
	if w := c.word(v); (w == "来" || w == "余") && numeralWord(c.word(c.step(v-1, -1))) {
		return "" // 两千来口人: 来 "or so" after a number, no verb
	}
	j := c.nounAheadAt()
	if j < 0 && c.headLeftOut() {
		// 买了部新的, 换了件红的: what it counts is left out after its
		// description and 的, the clause ending there.
		return c.countedGloss(w)
	}
	if j < 0 || w == "口" && (c.word(j) == "人" || personNoun(c.word(j))) {
		return "" // (口 counting people is "things with mouths", not a mouthful)
	}
	// 买瓶酱油, 喝杯豆浆, 买件外套: a common noun right after the measure
	// word is what it counts, though its CL note (if any) does not name
	// it; 张 + a noun may be the surname and a title (找张老师).
	if !c.a.takesAsHead(c.word(j), w) && !(w != "张" && j == c.step(c.k+1, 1) && (commonNounPos(c.pos(j)) || c.nounAt(j) && utf8.RuneCountInString(c.word(j)) > 1 && !locativePos(c.pos(j)))) {
		return ""
	}
	return c.countedGloss(w)
}

// countedGloss returns countedGlosses' gloss of the measure word w where
// the token's entry has a classifier sense for it to name, "" otherwise.
func (c *fctx) countedGloss(w string) string {
	for _, e := range c.a.word(c.sn, c.k).entries {
		if c.a.info(e).classifierSense() >= 0 {
			return countedGlosses[w]
		}
	}
	return ""
}

// headLeftOut reports whether the noun after the token is left out: one
// or two words of description (an adjective, a word gse tags a
// distinguishing one) then 的, and the clause ends (买了部新的).
func (c *fctx) headLeftOut() bool {
	j := c.step(c.k+1, 1)
	for n := 0; n < 2 && j >= 0 && !c.breaks(j, false); n, j = n+1, c.step(j+1, 1) {
		if p := c.pos(j); !strings.HasPrefix(p, "a") && p != "b" {
			break
		}
	}
	if j < 0 || j == c.step(c.k+1, 1) || c.word(j) != "的" {
		return false
	}
	e := c.step(j+1, 1)
	return e < 0 || c.breaks(e, false)
}

// subjectBeforeNegation reports whether what stands before the 不 before
// the token is the clause's subject or an adverb of it, not a verb whose
// complement the token is (吃不来, 起不来): the clause's start, a pronoun,
// a noun, a time word, an adverb, a conjunction, a modal (会不来, 可能不
// 来) or the token's own word asking (来不来).
func (c *fctx) subjectBeforeNegation() bool {
	q := c.nth(2, -1)
	if q < 0 || c.breaks(q, false) {
		return true
	}
	w, p := c.word(q), c.pos(q)
	return w == c.word(c.k) || modalVerbs[w] || w == "可能" || p == "t" || p == "c" ||
		strings.HasPrefix(p, "r") || strings.HasPrefix(p, "n") && p != "vn" || strings.HasPrefix(p, "d")
}

// completesVerb reports whether the token completes the verb before it:
// right after a one-character verb that is no modal nor copula (听清,
// 说快; not 是快了, 算快的), or after the 不 or 得 that follow one (看不
// 清, 说得清).
func (c *fctx) completesVerb() bool {
	v := c.step(c.k-1, -1)
	if v >= 0 && (c.word(v) == "不" || c.word(v) == "得") {
		v = c.step(v-1, -1)
	}
	if v < 0 || c.breaks(v, false) || utf8.RuneCountInString(c.word(v)) != 1 || modalVerbs[c.word(v)] || c.word(v) == "是" || c.word(v) == "算" {
		return false
	}
	return isVerbPos(c.pos(v)) && c.pos(v) != "vn" || c.verbAt(v)
}

// commonNounPos reports whether a gse part of speech is a common noun's
// (not a name's, a place's or a locative's: 倒进瓶里, 放在杯中).
func commonNounPos(p string) bool { return p == "n" || p == "nz" || p == "ng" }

// locativePos reports whether a gse part of speech is a locative's, a
// place's or a name's.
func locativePos(p string) bool {
	return p == "f" || p == "s" || strings.HasPrefix(p, "nr") || p == "ns" || p == "nt"
}

// countedGlosses say what a measure word counts after a verb, short enough
// for a card (CC-CEDICT's "classifier for meals, beatings, scoldings etc:
// time, bout, spell, meal" is not); functionSenses names the sense.
var countedGlosses = map[string]string{
	"杯": "a cup; a glass (of)", "瓶": "a bottle (of)", "件": "a piece; an item (of)",
	"张": "a sheet (of flat things)", "顿": "a meal; a bout (of)", "首": "a (song, poem)",
	"辆": "a (vehicle)", "份": "a copy; a portion (of)", "盘": "a plate; a dish (of)",
	"本": "a (book, magazine)", "口": glossMouthful, "支": "a (cigarette, pen, song)",
	"根": "a (long thin thing)", "封": "a (letter)", "部": "a (film, book, machine)",
	"篇": "a (piece of writing)", "台": "a (machine)", "间": "a (room)", "句": "a (sentence, line)",
	"棵": "a (tree, plant)", "朵": "a (flower, cloud)",
}

// nounAheadAt returns the index of the noun the token counts: the next
// token, or the one after an adjective or a description closed by 的
// (一条很长的路, 一条新消息), -1 if none within four tokens.
func (c *fctx) nounAheadAt() int {
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < 5; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return -1
		}
		p := c.pos(j)
		if isNounPos(p) || c.nounAt(j) {
			return j
		}
	}
	return -1
}

// Glosses of 起来 after a verb, by the verb: the motion up, the things
// put away or together, the impression of doing it; the start of an
// action or a state (哭了起来, 暖和起来) is the dictionary's first sense.
const (
	glossQilaiUp       = "(verb + 起来) up (upward movement)"
	glossQilaiTogether = "(verb + 起来) away; together (done)"
	glossQilaiSeems    = "(verb 起来 + comment) when (doing it)"
)

// risingVerbs move their subject or object up: 跳了起来, 站起来, 抬起来.
var risingVerbs = map[string]bool{"跳": true, "站": true, "抬": true, "举": true, "捡": true, "拿": true, "飞": true, "升": true, "扶": true, "爬": true, "坐": true, "蹦": true, "提": true, "拉": true, "立": true}

// gatheringVerbs put things away or together: 收起来, 加起来, 结合起来.
var gatheringVerbs = map[string]bool{
	"收": true, "存": true, "藏": true, "包": true, "装": true, "锁": true, "关": true, "绑": true,
	"捆": true, "堆": true, "加": true, "合": true, "连": true, "串": true, "叠": true, "卷": true,
	"收拾": true, "保存": true, "储存": true, "隐藏": true, "结合": true, "联系": true, "组织": true,
	"团结": true, "集中": true, "连接": true, "联合": true, "统一": true, "积累": true, "盖": true,
	"围": true, "躲": true, "串联": true, "整合": true, "建立": true,
}

// sensingVerbs are the doings a speaker judges by their feel: 用起来很方便,
// 说起来容易, 听起来不错.
var sensingVerbs = map[string]bool{"用": true, "说": true, "做": true, "听": true, "看": true, "吃": true, "喝": true, "闻": true, "摸": true, "读": true, "写": true, "学": true, "玩": true, "穿": true, "开": true, "走": true, "操作": true, "使用": true}

// qilai is 起来 by the verb before it (after 了 too: 跳了起来).
func (c *fctx) qilai() string {
	p := c.step(c.k-1, -1)
	if p >= 0 && c.word(p) == "了" {
		p = c.step(p-1, -1)
	}
	if p < 0 || c.breaks(p, false) {
		return ""
	}
	v := c.word(p)
	switch {
	case risingVerbs[v]:
		return glossQilaiUp
	case gatheringVerbs[v]:
		return glossQilaiTogether
	case sensingVerbs[v] && p == c.k-1 && c.judgedAhead():
		return glossQilaiSeems
	}
	return ""
}

// judgedAhead reports whether a comment on the doing follows the token: a
// degree adverb, a negation or an adjective (用起来很方便, 说起来容易).
func (c *fctx) judgedAhead() bool {
	nb := c.nb
	return nb.in(nextDegree) || nb.next == "不" || nb.next == "也" || nb.next == "还" || nb.next == "就" ||
		strings.HasPrefix(nb.nextPos, "a") || nb.next == "不错" || nb.next == "容易" || nb.next == "简单" ||
		c.commentCloses()
}

// commentCloses reports whether one word of Han text after the token closes
// its clause, no particle, pronoun or verb: 闻起来香，, 摸起来软。 (gse tags
// 香 a noun); 他吃起来了, 是怎么做起来的 are not comments.
func (c *fctx) commentCloses() bool {
	nb := c.nb
	if nb.right == 0 || finalParticles[nb.next] || nb.next == "的" || nb.next == "来" || nb.next == "去" || isVerbPos(nb.nextPos) || strings.HasPrefix(nb.nextPos, "u") || strings.HasPrefix(nb.nextPos, "r") {
		return false
	}
	j := c.afterNext()
	return j < 0 || c.breaks(j, false)
}

// dateNext reports whether a time or a date follows the token: 于去年, 于
// 2024年, 于三月 (not 一个想法, an amount of things).
func (c *fctx) dateNext() bool {
	nb := c.nb
	if nb.nextPos == "t" {
		return true
	}
	if !c.latinNext() && !numeralWord(nb.next) && nb.nextPos != "m" {
		return false
	}
	j := c.nth(2, 1)
	for seen := 0; j >= 0 && seen < 6 && numeralWord(c.word(j)) && !c.breaks(j, false); seen++ {
		j = c.step(j+1, 1) // 于二零一五年: gse cuts the year digit by digit
	}
	switch c.word(j) {
	case "年", "月", "日", "号", "年代", "世纪":
		return true
	}
	return c.latinNext() || strings.HasSuffix(nb.next, "年") || strings.HasSuffix(nb.next, "月") || strings.HasSuffix(nb.next, "日")
}

// bodyWords are groups that act as one: 由政府决定, 由公司承担.
var bodyWords = map[string]bool{"政府": true, "公司": true, "团队": true, "学校": true, "国家": true, "委员会": true, "双方": true, "用户": true, "大家": true, "系统": true, "模型": true}

// sourceVerbs take 于 as "from": 来自于, 源于, 出于.
var sourceVerbs = map[string]bool{"来自": true, "源": true, "出": true, "起源": true, "产生": true, "始": true}

// buttonWords are pressed: 按按钮, 按键.
var buttonWords = map[string]bool{"按钮": true, "键": true, "开关": true, "门铃": true, "喇叭": true, "电梯": true}

// currentUnits follow 本 "this; the current": 本次, 本周, 本届.
var currentUnits = map[string]bool{"次": true, "届": true, "期": true, "轮": true, "周": true, "月": true, "年": true, "季度": true, "学期": true, "文": true, "章": true, "节": true, "场": true, "项": true, "篇": true}

// momentWords before 之间 make it a short while: 忽然之间, 转眼之间.
var momentWords = map[string]bool{"忽然": true, "突然": true, "转眼": true, "眨眼": true, "弹指": true, "刹那": true, "瞬息": true, "顷刻": true, "一夜": true}

// hesitations are what a speaker says while looking for words: 那个 after
// them, before a comma, is one too.
var hesitations = map[string]bool{"嗯": true, "呃": true, "就是": true, "然后": true, "所以": true, "但是": true, "对": true, "啊": true, "这个": true}

// particleThenComma reports whether a modal particle (啦, 吧, 了, 啊) then
// a comma or the end follow the token: 好啦，别哭了; 好吧。
func (c *fctx) particleThenComma() bool {
	switch c.nb.next {
	case "啦", "吧", "了", "啊", "呀":
	default:
		return false
	}
	j := c.afterNext()
	return j < 0 || c.breaks(j, false)
}

// notOnly open the first half of "not only … but also", whose second half
// 而且 is.
var notOnly = []string{"不但", "不仅", "不只", "不光", "不单", "不仅仅", "不但是", "不仅是"}

// negatedAhead reports whether 也 or 都 then a negation follows the
// token: 一点也不累, 一点都没变 (not 有一点不舒服, a bit unwell).
func (c *fctx) negatedAhead() bool {
	j := c.step(c.k+1, 1)
	if j < 0 || c.breaks(j, false) || c.word(j) != "也" && c.word(j) != "都" {
		return false // 有一点不舒服: a bit of the negated state
	}
	if j = c.step(j+1, 1); j < 0 || c.breaks(j, false) {
		return false
	}
	switch c.word(j) {
	case "不", "没", "没有", "别", "沒", "沒有":
		return true
	}
	return false
}

// adjectivePrev reports whether the word before the token is an adjective
// (gse's tag), or one of the adjectives gse tags otherwise (早, 快, 慢
// before 一点: 早一点来).
func (c *fctx) adjectivePrev() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || c.breaks(p, false) {
		return false
	}
	switch c.word(p) {
	case "早", "晚", "快", "慢", "多", "少", "小声", "大声":
		return true
	}
	return strings.HasPrefix(c.pos(p), "a") && c.pos(p) != "ad"
}

// questionWords ask what a question asks; a 呢 in their clause ends the
// question (你在干什么呢, 为什么要做这个呢).
var questionWords = map[string]bool{
	"什么": true, "怎么": true, "怎么样": true, "怎样": true, "为什么": true, "哪": true, "哪儿": true,
	"哪里": true, "哪个": true, "哪些": true, "谁": true, "多少": true, "几": true, "如何": true,
	"怎么办": true, "干什么": true, "干嘛": true, "为何": true, "何": true, "是否": true, "还是": true,
	"是不是": true, "有没有": true, "要不要": true, "能不能": true, "会不会": true, "好不好": true,
	"对不对": true, "行不行": true, "可不可以": true, "多久": true, "多大": true, "多长": true,
}

// ne is 呢 by its place. Before a comma it marks the topic and a pause (我
// 呢，比较喜欢安静; 其实呢，…); ending a question or a clause that asks
// (你呢？ 你在干什么呢) it asks "and …?"; ending a statement after 还, 在,
// 正在 or 着 it says the state still holds (我还没吃饭呢, 外面下着雨呢);
// ending any other statement it stresses it (他才不去呢). CC-CEDICT's
// first sense, the question's, is no default: a podcast's 呢 is as often
// the pause.
func (c *fctx) ne() string {
	j := c.step(c.k+1, 1)
	if j >= 0 && (c.sn.toks[j].Text == "，" || c.sn.toks[j].Text == ",") {
		if listeners[c.nb.prev] && c.question() {
			return glossNeQuestion // 你呢，最近怎么样？ "and you?"
		}
		// 外面下着雨呢，带把伞吧; 他还没起床呢，你小声点: a clause of its
		// own before the comma, going on or still holding (not a topic's
		// pause, 我呢，…).
		if c.near(-1, 12, false, "还", "还没", "还没有", "还在") {
			return glossNeStill
		}
		if c.near(-1, 12, false, "正在", "着") {
			return glossNeOngoing
		}
		return glossNePause
	}
	if j >= 0 && !c.breaks(j, false) {
		return "" // inside its clause: not the particle's place
	}
	// A question word before it (你在干什么呢, 这怎么说得通呢) makes the
	// question; 呢 only softens it. Without one (那你呢？) 呢 asks
	// "and …?; what about …?" itself.
	if c.askedBefore() {
		return glossNeAsks
	}
	if j >= 0 && (c.sn.toks[j].Text == "？" || c.sn.toks[j].Text == "?") {
		return glossNeQuestion
	}
	// 还…呢 says the state still holds; 正在…呢 and 着呢 only that it is
	// going on (爸爸正在修自行车呢 is no "still"; 我还以为…呢 is what one
	// had wrongly thought, no state holding).
	if c.near(-1, 12, false, "还", "还在", "还没", "还没有") && !c.near(-1, 12, false, "以为") {
		return glossNeStill
	}
	if c.near(-1, 12, false, "在", "正在", "正", "着") {
		return glossNeOngoing
	}
	return glossNeEmphasis
}

// askedBefore reports whether a question word stands in the token's clause
// before it: 你在干什么呢, 那怎么办呢.
func (c *fctx) askedBefore() bool { return c.nearIn(-1, 12, false, questionWords) }

// Glosses of 来 and the verb after it in 对…来说 and 从…来看: the point of
// view from which the clause is said or seen, not "to come", "to speak",
// "to see".
const (
	glossForSb    = "(对…来说) for sb; as far as … is concerned"
	glossSeenFrom = "(从…来看/来说) judging from; as seen from"
)

// viewpoint returns glossForSb or glossSeenFrom where the token is 来
// before 说 or 看, or 说 or 看 after such a 来, and 对 (对于, 就) or 从
// opens the phrase; "" otherwise.
func (c *fctx) viewpoint(w, reading string) string {
	nb := c.nb
	lai := c.k
	switch {
	case w == "来" && reading == "lai2" && (nb.next == "说" || nb.next == "看"):
		w = nb.next
	case (w == "说" && reading == "shuo1" || w == "看" && reading == "kan4") && (nb.prev == "来" || nb.prev == "上" && c.near(-1, 8, false, "从")):
		// (从某种意义上说, 从技术上看: 上 closes the point of view as 来
		// does.)
		lai = c.step(c.k-1, -1)
	default:
		return ""
	}
	at := fctx{a: c.a, sn: c.sn, k: lai, nb: nb}
	switch {
	case w == "说" && at.near(-1, 8, false, "对", "对于", "就", "拿"):
		return glossForSb
	case at.near(-1, 8, false, "从", "由", "就"): // 从商业角度来说 too
		return glossSeenFrom
	}
	return ""
}

// determines reports whether the token (这个, 那个) stands before its
// noun: right before it, before a time, an adjective and a noun, or a
// description closed by 的 and its noun (那个穿红衣服的女孩).
func (c *fctx) determines() bool {
	nb := c.nb
	return beforeNoun(nb) && nb.next != "的" || c.nounNext() || timeUnit(nb.next) || nb.nextPos == "t" || c.adjectiveThenNoun() || deNounAhead(c.sn, c.k)
}

// adjectiveAfterObject reports whether, after the object that follows the
// token, an adjective (or 那么/这么 and one) ends the clause: 没有他快.
func (c *fctx) adjectiveAfterObject() bool {
	a := c.nth(2, 1)
	if a >= 0 && (c.word(a) == "那么" || c.word(a) == "这么" || c.word(a) == "那样" || c.word(a) == "这样") {
		a = c.step(a+1, 1)
	}
	if a < 0 || c.breaks(a, false) || !strings.HasPrefix(c.pos(a), "a") {
		return false
	}
	e := c.step(a+1, 1)
	return e < 0 || c.breaks(e, false) || c.word(e) == "了" || c.word(e) == "吗" || c.word(e) == "呢"
}

// kinWords are people one meets, fetches or visits: 接孩子, 接妈妈.
var kinWords = map[string]bool{
	"孩子": true, "妈妈": true, "爸爸": true, "母亲": true, "父亲": true, "儿子": true, "女儿": true,
	"奶奶": true, "爷爷": true, "朋友": true, "客人": true, "老婆": true, "老公": true, "妻子": true,
	"丈夫": true, "女朋友": true, "男朋友": true, "同事": true, "老师": true, "学生": true, "家人": true,
	"外婆": true, "外公": true, "姐姐": true, "哥哥": true, "弟弟": true, "妹妹": true, "孙子": true,
}

// kinAfterPronoun reports whether a possessor then one of kinWords
// follows the token: 接我妈妈, 接他的女儿.
func (c *fctx) kinAfterPronoun() bool {
	j := c.step(c.k+1, 1)
	if j < 0 || !personalPronouns[c.sn.toks[j].Text] {
		return false
	}
	n := c.step(j+1, 1)
	if n >= 0 && c.sn.toks[n].Text == "的" {
		n = c.step(n+1, 1)
	}
	return n >= 0 && kinWords[c.word(n)]
}

// verbAfterNext reports whether a verb (by gse or the dictionary)
// follows the word after the token, whatever gse makes of that word: 往家
// 跑 (gse tags 家 zg).
func (c *fctx) verbAfterNext() bool {
	if j := c.nth(1, 1); j < 0 || c.breaks(j, false) {
		return false
	}
	v := c.nth(2, 1)
	return v >= 0 && !c.breaks(v, false) && (strings.HasPrefix(c.pos(v), "v") || c.verbAt(v))
}

// newSubjectNext reports whether the token after k is a noun that a verb,
// a preposition or an adverb other than one of degree follows, the subject
// of a clause of its own: 结果钱包丢了, 结果手机被偷了 (not 结果很好, where
// nothing follows the noun: 结果报告).
func (c *fctx) newSubjectNext() bool {
	if n := c.step(c.k+1, 1); n < 0 || !isNounPos(c.pos(n)) && !c.nounAt(n) {
		return false
	}
	v := c.nth(2, 1)
	if v < 0 || c.breaks(v, false) || degreeAdverbs[c.word(v)] || c.word(v) == "的" {
		return false
	}
	p := c.pos(v)
	return p == "p" || p == "d" || strings.HasPrefix(p, "v") || c.verbAt(v)
}

// headAt reports whether token j opens its clause: nothing but blanks
// before it, or punctuation.
func (c *fctx) headAt(j int) bool {
	if j < 0 {
		return false
	}
	p := c.step(j-1, -1)
	return p < 0 || c.breaks(p, true)
}

// adjectiveThenNoun reports whether an adjective (gse a) then a noun
// follow the token: 这个好消息, 这个新方法.
func (c *fctx) adjectiveThenNoun() bool {
	if !strings.HasPrefix(c.nb.nextPos, "a") {
		return false
	}
	n := c.nth(2, 1)
	return n >= 0 && isNounPos(c.pos(n))
}

// determinedBefore reports whether the word before the token follows 的,
// a determiner or a numeral with its measure word (新的增长点, 一个平衡点,
// 这个关键点): the two make a noun.
func (c *fctx) determinedBefore() bool {
	if p := c.nth(1, -1); p < 0 || c.breaks(p, false) {
		return false
	}
	d := c.nth(2, -1)
	if d < 0 || c.breaks(d, false) {
		return false
	}
	w := c.word(d)
	return w == "的" || nounDeterminers[w] || c.pos(d) == "m" && utf8.RuneCountInString(w) > 1
}

// goneComplement reports whether the token directly follows a verb (by
// gse's tag or the dictionary's: gse tags 裁 a noun) of one character that is not a modal nor a verb of going
// (想走, 要走, 去走走): 走 and 掉 are then its complement.
func (c *fctx) goneComplement() bool {
	nb := c.nb
	if p := c.step(c.k-1, -1); p != c.k-1 || nb.prevPos != "v" && !nb.prevVerbal || utf8.RuneCountInString(nb.prev) != 1 {
		return false
	}
	switch nb.prev {
	case "去", "来", "走", "掉", "回", "到", "爱", "是", "有",
		"没", "沒", "不", "别": // (你怎么还没走: a negation, which gse may tag v)
		return false
	}
	return !nb.in(prevAuxiliary) && !nb.in(prevModal)
}

// resultComplements follow a verb and say what came of it: after 想 they
// make it "to think (up)", not "to want to" (想出来, 想好了).
var resultComplements = map[string]bool{"出来": true, "出": true, "起来": true, "好": true, "完": true, "通": true, "清楚": true, "明白": true, "开": true, "错": true, "过": true, "着": true}

// senders make their object come or act: 请专家来讲课, 派人来修.
var senders = map[string]bool{"请": true, "让": true, "叫": true, "派": true, "邀请": true, "使": true, "要": true, "带": true, "找": true, "喊": true}

// objectEndsBefore reports whether the word before the token ends an
// object or an amount: a noun, a unit or a number (数十亿美元, 两百万元);
// not a time, which says when (答应明天来帮我 "to come"). A word after 的
// is a noun there.
func (c *fctx) objectEndsBefore() bool {
	switch c.nb.prevPos {
	case "q", "mq", "m":
		return true
	}
	// (A word after 的 is a noun there, whatever gse tags it: 根据市场的
	// 反馈来调整.)
	return isNounPos(c.nb.prevPos) || c.nounPrev() || c.word(c.nth(2, -1)) == "的"
}

// meansWords name the means that 来 joins to the purpose: 用…来, 通过…来.
var meansWords = map[string]bool{"用": true, "通过": true, "利用": true, "借助": true, "靠": true, "依靠": true, "使用": true, "采用": true,
	"根据": true, "按照": true, "依据": true, "基于": true}

// meansBefore reports whether a word of means (用, 通过, 根据 …) opens a
// phrase earlier in the token's clause, not right before it: 通过用户反馈
// 来改进 (反馈 may be tagged a verb, which objectEndsBefore does not
// take for an object).
func (c *fctx) meansBefore() bool {
	for j, seen := c.step(c.k-2, -1), 0; j >= 0 && seen < 8; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if meansWords[c.word(j)] {
			return true
		}
	}
	return false
}

// purposeVerbBefore reports whether a verb that does not send its object
// nor carry it (骑自行车来上班 "to come") stands earlier in the token's
// clause, not right before it: 来 then joins the means to the purpose.
func (c *fctx) purposeVerbBefore() bool {
	for j, seen := c.step(c.k-2, -1), 0; j >= 0 && seen < 6; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		w := c.word(j)
		if meansWords[w] {
			return true // 用这个工具来检查 (gse tags 用 a preposition)
		}
		if isVerbPos(c.pos(j)) && c.pos(j) != "vn" {
			return !senders[w] && !motionVerbs[w] && w != "坐" && w != "乘"
		}
	}
	return false
}

// modalVerbs stand before the verb they modify: after them a word that
// may be a verb is one (你想点什么 "to order").
// treatVerbs are what one treats sb to: after 请 and a person they make
// 请 "to treat" (我请你吃饭), not "to ask".
var treatVerbs = map[string]bool{
	"吃": true, "喝": true, "吃饭": true, "喝酒": true, "喝茶": true, "喝咖啡": true, "吃午饭": true,
	"吃晚饭": true, "吃早饭": true, "吃顿饭": true, "喝一杯": true, "看电影": true,
}

var modalVerbs = map[string]bool{
	"想": true, "要": true, "能": true, "会": true, "可以": true, "打算": true, "需要": true,
	"应该": true, "得": true, "愿意": true, "准备": true, "敢": true, "肯": true, "该": true,
}

// potential reports whether the token is a potential complement: not only
// neighbours.potential (gse tags the verb before 不 or 得 a verb) but also
// where the dictionary knows that word as a verb first, or gse tags it a
// particle (过 in 过不下去: no particle stands before 不).
func (c *fctx) potential() bool {
	if c.nb.potential {
		return true
	}
	if c.nb.prev != "不" && c.nb.prev != "得" {
		return false
	}
	v := c.nth(2, -1)
	return c.verbAt(v) || c.pos(v) == "ug"
}

// personCountedAhead reports whether a numeral or 了 follows, then within
// four words a person's classifier (位, 名) or a word for a person (律师,
// 工人, 专家): 请了一位律师.
func (c *fctx) personCountedAhead() bool {
	if !(c.nb.next == "了" || c.nb.nextPos == "m" || numeralWord(c.nb.next) || c.nb.next == "一位" || c.nb.next == "一个") {
		return false
	}
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < 5; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		w := c.word(j)
		if w == "假" || w == "天" {
			return false // 请了三天假
		}
		if w == "名" || strings.HasSuffix(w, "位") || personSuffix(w) {
			return true
		}
	}
	return false
}

// personSuffix reports whether w names a person by its last character, as
// a trade or a role: 律师, 工人, 专家, 顾问 are not all, but most are.
func personSuffix(w string) bool { return compoundEndsIn(w, "师人家员工生匠手") }

// compoundEndsIn reports whether w has two characters or more and its last
// is one of chars: a word that names its kind by its last character.
func compoundEndsIn(w, chars string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune(chars, r)
}

// verbAhead reports whether a verb or an adjective follows: by gse's tag or
// by the dictionary (predicateAt: gse tags 问 a noun).
func (c *fctx) verbAhead() bool {
	return isVerbPos(c.nb.nextPos) || c.nb.predicateNext
}

// glossNaBa is 拿 marking what a verb of treating acts on (functionSenses
// names CC-CEDICT's "(used in the same way as 把…)").
const glossNaBa = "(拿 sb/sth + verb) (object marker, like 把)"

// treatingVerbs treat what 拿 marks: make fun of it, vent on it, take it
// for something, be at a loss with it.
var treatingVerbs = map[string]bool{
	"开玩笑": true, "开涮": true, "出气": true, "撒气": true, "开心": true, "开刀": true, "当": true,
	"当成": true, "当作": true, "当做": true, "做文章": true, "说事": true, "没办法": true, "没辙": true,
	"怎么样": true, "寻开心": true, "撒火": true, "发火": true, "练手": true,
}

// treatedAhead reports whether one of treatingVerbs follows the token
// within four words of its clause, past what 拿 marks: 拿我开玩笑, 拿你妈
// 开涮, 拿他当朋友.
func (c *fctx) treatedAhead() bool {
	for j, seen := c.step(c.k+2, 1), 0; j >= 0 && seen < 4; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if treatingVerbs[c.word(j)] {
			return true
		}
	}
	return false
}

// heldVerb reports whether w is a verb of one character and 着 cut as one
// token (闭着, 躺着): the verb held.
func heldVerb(w string) bool {
	return len(w) == 2*len("着") && strings.HasSuffix(w, "着")
}

// pointReached are verbs after 到 that name no result but the place or
// what is there: 走到有人的地方, 说到做到, 来到是…
var pointReached = map[string]bool{"有": true, "没有": true, "是": true, "来": true, "去": true, "了": true, "过": true, "做到": true, "为止": true}

// easyVerbNext reports whether a verb follows the token and closes its
// clause, or a particle closes it after the verb: 不好招，, 很好找的, 好回答吗
// (不好想哭 goes on: the verb has its own).
func (c *fctx) easyVerbNext() bool {
	j := c.step(c.k+1, 1)
	if j < 0 || c.breaks(j, false) || notEasyVerbs[c.word(j)] || !(strings.HasPrefix(c.pos(j), "v") && c.pos(j) != "vn" || c.verbAt(j)) {
		return false
	}
	e := c.step(j+1, 1)
	if e >= 0 && finalParticle(c.word(e)) {
		e = c.step(e+1, 1)
	}
	return e < 0 || c.breaks(e, false)
}

// glossBeiOnlyWay is 呗 closing advice (functionSenses names CC-CEDICT's
// "modal particle indicating that things should only or can only be done a
// certain way").
const glossBeiOnlyWay = "(verb + 呗) just (do it); that's all"

// onlyWayBefore reports whether, in the clause before the token (six words
// at most), 就, 别 or 只好 stands before a verb (an adverb between), and the
// clause is no X就X (不来就不来呗, 去就去呗: the speaker shrugs); or whether
// the clause opens with its verb (重拍呗, 你去问他呗).
func (c *fctx) onlyWayBefore() bool {
	last := c.step(c.k-1, -1)
	if last < 0 || c.breaks(last, false) {
		return false
	}
	first, head := -1, false
	for j, seen := last, 0; ; j, seen = c.step(j-1, -1), seen+1 {
		if j < 0 || c.breaks(j, false) {
			head = true
			break
		}
		if seen == 6 {
			break
		}
		first = j
		switch c.word(j) {
		case "就", "别", "只好", "只能", "干脆":
			v := c.step(j+1, 1)
			if v >= 0 && (c.pos(v) == "d" || c.word(v) == "不" || c.word(v) == "少" || c.word(v) == "多" || c.word(v) == "早") {
				v = c.step(v+1, 1) // 就少买点, 就不去
			}
			if v < 0 || c.breaks(v, false) || !(strings.HasPrefix(c.pos(v), "v") || c.verbAt(v)) || notEasyVerbs[c.word(v)] && c.word(v) != "去" && c.word(v) != "来" {
				return false
			}
			b := c.step(j-1, -1)
			return c.word(j) != "就" || b < 0 || c.breaks(b, false) || c.word(b) != c.word(last)
		}
	}
	// 我能怎么办，重拍呗; 等着呗; 你去问他呗: a clause that is the verb
	// itself (after 你 at most), the one thing to do (随便呗, 行呗 reply).
	if first >= 0 && (c.word(first) == "你" || c.word(first) == "你们") {
		first = c.step(first+1, 1)
	}
	if first >= 0 && first < last && (c.pos(first) == "d" || c.pos(first) == "a" && utf8.RuneCountInString(c.word(first)) == 1) {
		first = c.step(first+1, 1) // 重拍呗 (重 tagged a), 再等等呗
	}
	if !head || first < 0 || first > last {
		return false
	}
	switch c.word(first) {
	case "行", "好", "可以", "随便", "算", "算了", "没", "不":
		return false
	}
	w := c.word(first)
	return (strings.HasPrefix(c.pos(first), "v") || w == "等等") && (!notEasyVerbs[w] || w == "去" || w == "来") // (gse tags 等等 a particle)
}

// glossZhengWhole is 整 before a measure word (functionSenses names
// CC-CEDICT's "(bound form) whole; complete; entire; (before a measure
// word) whole; …").
const glossZhengWhole = "(整 + measure word) whole; entire"

// wholeSpans are the spans of time 整 makes whole: 整晚, 整夜.
var wholeSpans = map[string]bool{"晚": true, "夜": true, "天": true, "年": true, "月": true, "周": true, "宿": true}

// countsAt reports whether token j's head entry has a measure word's sense
// (批 "classifier for batches, lots").
func (c *fctx) countsAt(j int) bool {
	if j < 0 || c.breaks(j, false) {
		return false
	}
	in := c.a.headAt(c.sn, j)
	return in != nil && in.classifierSense() >= 0
}

// glossMouthful is 口 counting mouthfuls (functionSenses names CC-CEDICT's
// "classifier for bites or mouthfuls").
const glossMouthful = "a mouthful (of)"

// mouthVerbBefore reports whether one of mouthVerbs (boundaries_split.go) stands within four
// words before the token in its clause (喝了两口, 咬一口).
func (c *fctx) mouthVerbBefore() bool { return c.nearIn(-1, 4, false, mouthVerbs) }

// verbDoneAt reports whether token j is a verb by its first sense or by
// the gloss fill chose for it (带 "to carry", first "band; belt").
func (c *fctx) verbDoneAt(j int) bool {
	return j >= 0 && (c.verbAt(j) || j < c.k && isVerbSense(c.sn.toks[j].Gloss))
}

// thingsDoneNext reports whether a verb and 的 closing the clause follow
// the token: 吃的, 喝的, 穿的 — the things eaten, drunk, worn.
func (c *fctx) thingsDoneNext() bool {
	j := c.step(c.k+1, 1)
	if j < 0 || c.breaks(j, false) || !c.verbAt(j) || c.word(c.nth(2, 1)) != "的" {
		return false
	}
	return c.endsAfterNext() || c.nth(3, 1) < 0 || c.breaks(c.nth(3, 1), false)
}

// glossZhuHeld is 住 as a verb's complement (functionSenses names
// CC-CEDICT's "(result complement indicating firmness or a stable achieved
// state)").
const glossZhuHeld = "(verb + 住) firmly; to a stable hold (complement)"

// heldBy reports whether token j is a verb of one character that 住 can
// complete (留, 记, 守, 抓, 忍): not a modal nor one of moving or staying
// (来住, 去住, 想住, 要住).
func (c *fctx) heldBy(j int) bool {
	if j < 0 || c.breaks(j, false) || utf8.RuneCountInString(c.word(j)) != 1 || !(isVerbPos(c.pos(j)) && c.pos(j) != "vn" || c.verbAt(j)) {
		return false
	}
	switch c.word(j) {
	case "是", "要", "想", "会", "能", "敢", "肯", "该", "说", "来", "去", "回", "搬", "租", "借", "爱", "可":
		return false
	}
	return true
}

// glossXialaiLasted is 下来 after a verb of keeping on or keeping
// something: what has lasted from the past until now (functionSenses names
// CC-CEDICT's "(indicates continuation from the past towards us)").
const glossXialaiLasted = "(verb + 下来) continuing until now"

// keptThroughVerbs keep on through hard times or keep something from the past:
// 坚持下来, 熬了下来, 流传下来, 保存下来 — 下来 the continuation until now,
// not the action merely completed (记下来, 停下来).
var keptThroughVerbs = map[string]bool{
	"坚持": true, "熬": true, "撑": true, "挺": true, "扛": true, "忍": true, "保存": true, "保留": true,
	"流传": true, "传": true, "延续": true, "沿袭": true, "传承": true, "继承": true, "留传": true, "遗留": true,
	"传递": true, "维持": true, "保持": true, "存活": true, "幸存": true, "活": true,
}

// motionVerb reports whether w moves its subject or object from place to
// place: after it 下来 is the motion down.
func motionVerb(w string) bool {
	switch w {
	case "走", "跑", "跳", "坐", "爬", "掉", "落", "流", "飞", "搬", "拿", "放", "扔", "摔", "躺", "蹲", "滑", "滚", "开", "降":
		return true
	}
	return false
}

// glossOneFirm is 一家 counting a business.
const glossOneFirm = "a; one (classifier for businesses)"

// familyNext reports whether w makes 一家 the family itself: 一家人, 一家
// 三口, 一家老小.
func familyNext(w string) bool {
	switch w {
	case "人", "人们", "三口", "四口", "五口", "老小", "之主", "团聚", "子":
		return true
	}
	return false
}

// glossYiqiCase is 一起 counting an event.
const glossYiqiCase = "(一起 + event) a case of (an accident…)"

// Glosses of 来 after a verb: the task taken on (我自己来), the motion
// towards the speaker (坐下来).
const (
	glossLaiDoIt   = "(我来, 自己来) to do it (for the verb)"
	glossLaiHither = "(verb + 来) towards the speaker; here"
	glossLaiLets   = "(我/我们来 + verb) let me; let's (do)"
)

// taskVerbs are what a speaker or a host takes on with 来 + verb: talking a
// subject through, showing it, trying it (我们来聊聊, 我来介绍一下).
var taskVerbs = map[string]bool{
	"聊": true, "聊聊": true, "谈": true, "谈谈": true, "说": true, "说说": true, "讲": true, "讲讲": true,
	"讨论": true, "看": true, "看看": true, "听": true, "听听": true, "介绍": true, "回顾": true,
	"分析": true, "总结": true, "回答": true, "解释": true, "分享": true, "试": true, "试试": true,
	"想": true, "想想": true, "算": true, "算算": true, "玩": true, "猜": true, "猜猜": true,
	"比较": true, "举": true, "做": true, "帮": true, "帮帮": true, "念": true, "读": true,
	"处理": true, "解决": true, "安排": true, "负责": true, "付": true, "开车": true, "收拾": true, "做饭": true,
	"弄": true, "搞": true, "办": true, "搞定": true, "洗碗": true, "洗": true, "打扫": true, "整理": true, // (剩下的我来弄)
}

// takesOnTask reports whether 来 stands between its speakers (我, 我们,
// 咱们, 大家, with at most a time or an adverb between: 今天我们来, 我们先来)
// and a verb of the task they take on, with nothing saying a visit: no
// person as the verb's object (我们来看你), no 了 after it, no 是 before
// (是…来的).
func (c *fctx) takesOnTask() bool {
	subj := c.nth(1, -1)
	if p := c.pos(subj); subj >= 0 && (p == "t" || p == "d") {
		subj = c.step(subj-1, -1)
	}
	switch c.word(subj) {
	case "我", "我们", "咱们", "大家", "咱":
	default:
		return false
	}
	v := c.step(c.k+1, 1)
	if v < 0 || !taskVerbs[c.word(v)] {
		return false
	}
	if a := c.step(v+1, 1); (personalPronouns[c.word(a)] || strings.HasPrefix(c.pos(a), "nr")) && c.word(c.step(a+1, 1)) != "的" {
		return false // (我们来谈谈你的新书 is a task)
	}
	return !c.near(1, 8, false, "了") && !c.near(-1, 6, false, "是")
}

// directedBefore reports whether the word right before the token is a verb
// with a complement of direction, or going somewhere, or a body part
// turned: 坐下, 拿出, 走进, 回家, 上楼, 转过身. 来 and 去 after it say
// which way the motion goes.
func (c *fctx) directedBefore() bool {
	p := c.step(c.k-1, -1)
	if p != c.k-1 || p < 0 {
		return false
	}
	w := c.word(p)
	if (w == "身" || w == "头") && p > 0 {
		v := c.word(p - 1) // 转过身来, 回过头来, 站起身来
		return strings.HasSuffix(v, "过") || strings.HasSuffix(v, "起") || strings.HasSuffix(v, "回")
	}
	if !isVerbPos(c.pos(p)) && !c.verbAt(p) || utf8.RuneCountInString(w) != 2 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("下上过起回出进开", last) && !strings.ContainsRune("上下回出进过起", first) ||
		strings.ContainsRune("回上下进出", first) && (c.nounAt(p) || placeSecond(w))
}

// placeSecond reports whether a verb of two characters goes to the place
// its second names: 回家, 上楼, 下楼, 进城, 出门.
func placeSecond(w string) bool {
	_, size := utf8.DecodeRuneInString(w)
	switch w[size:] {
	case "家", "楼", "城", "门", "山", "床", "车", "屋", "国", "街":
		return true
	}
	return false
}

// spanAfter reports whether a span of time follows the token, after 了 if
// one stands between: 过了一会儿, 过几天, 过了两年 (spanBefore's units).
func (c *fctx) spanAfter() bool {
	j := c.step(c.k+1, 1)
	if j >= 0 && !c.breaks(j, false) && c.word(j) == "了" {
		j = c.step(j+1, 1)
	}
	if j < 0 || c.breaks(j, false) {
		return false
	}
	switch c.word(j) {
	case "一会儿", "一会", "一阵", "一阵子", "不久", "很久", "好久", "几天", "几年", "半天", "一段时间", "些日子", "一些日子", "好几天", "好几年":
		return true
	}
	// 两年, 三个月, 几分钟: a number then a unit, up to 个 between.
	n := c.step(j+1, 1)
	if n >= 0 && c.word(n) == "个" {
		n = c.step(n+1, 1)
	}
	if !numeralWord(c.word(j)) || n < 0 || c.breaks(n, false) {
		return spanWord(c.word(j))
	}
	return spanWord(c.word(n))
}

// spanWord reports whether w is a unit of a span of time, or a number and
// one as gse may join them (两年, 三天).
func spanWord(w string) bool {
	for _, u := range []string{"年", "天", "个月", "月", "周", "星期", "礼拜", "小时", "分钟", "秒", "秒钟", "会儿"} {
		if w == u {
			return true
		}
		if n, ok := strings.CutSuffix(w, u); ok && numeralWord(strings.TrimSuffix(n, "个")) {
			return true
		}
	}
	return false
}

// negationBefore reports whether one of the n words before the token, in
// its clause, is a negation or starts with one: 不想吃什么, 没有什么.
func (c *fctx) negationBefore(n int) bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < n; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		w := c.word(j)
		if r, _ := utf8.DecodeRuneInString(w); (r == '不' || r == '没' || r == '沒' || r == '别') && utf8.RuneCountInString(w) <= 3 {
			return true
		}
	}
	return false
}

// embeddedWhat reports whether 什么 asks inside a question of its own,
// after 了 or a verb of knowing or guessing: 你知道他说了什么吗, 猜不到发生
// 了什么吗 ("what", though 吗 ends the sentence).
func (c *fctx) embeddedWhat() bool {
	if c.nb.prev == "了" {
		return true
	}
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 8; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		w := c.word(j)
		for _, v := range []string{"知道", "猜", "明白", "记得", "告诉", "问", "懂", "清楚", "看看", "发现", "想想"} {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

// maQuestion reports whether 吗 ends the token's sentence part: a yes-no
// question, where a question word asks nothing (你有什么问题吗？).
func (c *fctx) maQuestion() bool {
	for j := c.k + 1; j < len(c.sn.toks); j++ {
		switch c.sn.toks[j].Text {
		case "吗", "嗎":
			return true
		case "。", "!", "！", "，", ",", "?", "？":
			return false
		}
	}
	return false
}

// spanBefore reports whether a span of time ends right before the token:
// a unit of time after a number (三天, 两个月, 几年, 半年), not a point of
// time (八点, 五号).
func (c *fctx) spanBefore() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || c.breaks(p, false) {
		return false
	}
	w := c.word(p)
	for _, u := range []string{"年", "天", "个月", "月", "周", "星期", "礼拜", "小时", "分钟", "秒", "秒钟", "个星期", "个小时", "钟头", "个钟头"} {
		if !strings.HasSuffix(w, u) {
			continue
		}
		if n := strings.TrimSuffix(w, u); n != "" {
			return numeralWord(strings.TrimSuffix(n, "个")) // 三天, 两个月
		}
		q := c.step(p-1, -1)
		if q < 0 || c.breaks(q, false) {
			return false
		}
		n := c.word(q)
		if u == "年" && (len(n) >= 3 && numeralWord(n) && n[0] >= '0' && n[0] <= '9' || strings.ContainsAny(n, "〇零")) {
			return false // 在2028年前, 一九九〇年前: a year, a point of time
		}
		return numeralWord(n) || n == "个" || n == "几" || n == "半" || n == "多" || n == "好几" || n == "不久" ||
			n != "个" && strings.HasSuffix(n, "个") && numeralWord(strings.TrimSuffix(n, "个")) // 一个 小时
	}
	return w == "不久" || w == "很久" || w == "多年"
}

// glossLaiAmount is 来 standing for the verb before an amount.
const glossLaiAmount = "(来 + amount) to have; to bring (sth)"

// ushered are where sb is asked to go: 被请出去, 把他请进来.
var ushered = map[string]bool{"出去": true, "出来": true, "进来": true, "进去": true, "走": true, "回来": true, "回去": true, "过来": true, "过去": true, "上台": true, "下台": true, "离开": true}

// keptUp are bodily reactions that 直 before them keeps going: 他直摇头,
// 冷得直发抖.
var keptUp = map[string]bool{"摇头": true, "点头": true, "哆嗦": true, "发抖": true, "冒汗": true, "流汗": true, "掉眼泪": true, "流泪": true, "咳嗽": true, "打哈欠": true, "叫好": true}

// proposalBefore reports whether the token (怎么样) closes a clause that
// proposes something: a verb (not an opinion verb, nor 得 after one) in the
// clause before it, no third person doing it, and nothing after it but a
// question mark, a final particle or the end.
func (c *fctx) proposalBefore() bool {
	if e := c.step(c.k+1, 1); e >= 0 && !c.breaks(e, false) && (!finalParticles[c.word(e)] || c.word(e) == "了") {
		return false // 怎么样了, 怎么样的人
	}
	verb := false
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 8; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			break
		}
		switch c.word(j) {
		case "得", "觉得", "认为", "感觉", "看", "打算", "想", "准备", "要", "他", "她", "它", "他们", "她们", "是", "的":
			return false
		}
		if p := c.pos(j); isVerbPos(p) && p != "vn" {
			verb = true
		}
	}
	return verb
}

// speakerSaysI reports whether the sentence has 我 or 我们 in a token
// other than the current one.
func (c *fctx) speakerSaysI() bool {
	for j, t := range c.sn.toks {
		if j != c.k && (t.Text == "我" || t.Text == "我们") {
			return true
		}
	}
	return false
}

// question reports whether the token's sentence asks something: a
// question mark or a question particle ends it (几 then asks "how many").
func (c *fctx) question() bool {
	for j := c.k + 1; j < len(c.sn.toks); j++ {
		switch c.sn.toks[j].Text {
		case "?", "？", "吗", "嗎":
			return true
		case "。", "!", "！":
			return false
		}
	}
	return false
}

// command reports whether the token's clause ends with 吧 or an
// exclamation mark, or is the whole sentence with nothing after its verb
// but the end: 快走！ 快睡吧, 快来。
func (c *fctx) command() bool {
	for j := c.step(c.k+1, 1); j >= 0; j = c.step(j+1, 1) {
		t := c.sn.toks[j].Text
		switch {
		case t == "吧" || t == "！" || t == "!":
			return true
		case t == "。" || t == "." || t == "":
			return j == len(c.sn.toks)-1 && j-c.k <= 2
		case c.breaks(j, false):
			return false
		}
	}
	return true
}

// commaNext reports whether a comma follows the token: 再说，… opens what
// comes after it.
func (c *fctx) commaNext() bool {
	j := c.step(c.k+1, 1)
	return j >= 0 && (c.sn.toks[j].Text == "，" || c.sn.toks[j].Text == ",")
}

// glossMaObvious is 嘛 closing a clause whose point is plain to all:
// 这很正常嘛 (CC-CEDICT: "modal particle indicating that sth is obvious").
const glossMaObvious = "(clause + 嘛) as is obvious; after all"

// predicateBefore reports whether the token's clause has a verb (not a
// verbal noun), an adjective, 是 or a degree adverb before it: a whole clause (这很正常嘛,
// 你是老师嘛), not a topic (其实嘛, 这个嘛).
func (c *fctx) predicateBefore() bool {
	for j := c.step(c.k-1, -1); j >= 0 && !c.breaks(j, true); j = c.step(j-1, -1) {
		// (A degree adverb too: 这很正常嘛, gse tagging 很 zg, 正常 d.)
		if p, w := c.pos(j), c.word(j); p == "v" || strings.HasPrefix(p, "a") || w == "是" || degreeAdverbs[w] {
			return true
		}
	}
	return false
}

// directionWord reports whether w is a direction that 往 or 向 points to.
func directionWord(w string) bool {
	switch w {
	case "左", "右", "前", "后", "上", "下", "里", "外", "东", "南", "西", "北", "这边", "那边", "这儿", "那儿", "这里", "那里", "回":
		return true
	}
	// 左边, 前面, 后头, 东边: a direction and a locative suffix.
	if d, size := utf8.DecodeRuneInString(w); size > 0 && len(w) > size && strings.ContainsRune("左右前后上下里外东南西北", d) {
		switch w[size:] {
		case "边", "面", "头", "方":
			return true
		}
	}
	return false
}

// describedNounAhead reports whether, after the token, a description
// closed by 的 leads to a noun within its clause: 一场深刻的变革, 一项关于
// 消费者习惯的调查. The measure word then counts that noun, though the
// word right after it is an adverb or a preposition to gse.
func describedNounAhead(nb *neighbours) bool {
	if nb.sn == nil || !nb.afterNumeral {
		return false
	}
	switch nb.sn.toks[nb.k].Text {
	case "这", "那", "哪", "這":
		return false // 那这与…: not a measure word
	}
	return deNounAhead(nb.sn, nb.k)
}

// deNounAhead reports whether a description closed by 的, then a noun,
// follows token k within its clause (describedNounAhead): 那个穿红衣服的
// 女孩, 一场深刻的变革.
func deNounAhead(sn *sentence, k int) bool {
	toks := sn.toks
	for j, seen := k+1, 0; j < len(toks) && seen < 8; j++ {
		t := toks[j].Text
		if isBlank(t) {
			continue
		}
		if !isHan(firstRune(t)) {
			return false
		}
		if t == "的" {
			if seen == 0 || j+1 >= len(toks) || !isHan(firstRune(toks[j+1].Text)) {
				return false
			}
			switch toks[j+1].Text {
			case "是", "了", "吗", "呢", "吧", "啊", "时候", "话":
				return false
			}
			return true
		}
		seen++
	}
	return false
}

// predicateFrom reports whether a verb stands among the n tokens from the
// m-th after the token on, in its clause, that is not a modifier before
// 的: the predicate of the clause after an object. (nearPos(2, …) stepped
// two tokens at a time, past 你们今天会来吗's 会, and took 你写的书's 写 for
// a predicate: 我看你写的书 reads the book.)
func (c *fctx) predicateFrom(m, n int) bool {
	for j, seen := c.nth(m, 1), 0; j >= 0 && seen < n; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if strings.HasPrefix(c.pos(j), "v") {
			if next := c.step(j+1, 1); next < 0 || c.sn.toks[next].Text != "的" {
				return true
			}
		}
	}
	return false
}

// usualNounEnds reports whether the word after the token ends its clause
// and is first a noun to a learner (learner.txt), though the dictionary
// and gse make it first a verb: 我们第一年基本上没有收入 "to not have"
// "income", not "did not" "to take in".
func (c *fctx) usualNounEnds() bool {
	j := c.step(c.k+1, 1)
	if j < 0 || c.sn.ids[j] < 0 {
		return false
	}
	if after := c.step(j+1, 1); after >= 0 && !c.breaks(after, false) {
		return false
	}
	w := c.a.word(c.sn, j)
	if len(w.entries) == 0 {
		return false
	}
	in := c.a.headInfo(w)
	return in.usual >= 0 && in.marks[in.usual].nounish
}

// glossKaoDepend is 靠 before the one depended on; the English may say
// "lean" instead (englishMayPick: 她靠我肩上 "she leaned on my shoulder").
const glossKaoDepend = "to depend on"

// glossZouLeave is 走 closing its clause after who leaves or when; the
// English may say "go" instead (englishMayPick: 我得走了 "I have to go").
const glossZouLeave = "to leave"

// leaveBefore reports whether prev, the word before 走 closing its clause,
// says who leaves or when (a personal pronoun, a negation, an adverb of
// time or a modal): 走 is then leaving.
func leaveBefore(prev string) bool {
	if personalPronouns[prev] {
		return true
	}
	switch prev {
	case "已经", "先", "就", "没", "没有", "别", "不", "要", "得", "该", "刚", "刚刚", "早就", "马上", "就要", "必须", "想", "不想", "也", "都", "又", "才", "还没":
		return true
	}
	return false
}

// feelingAfterPerson reports whether the token (让, 使) is followed by the
// people it acts on and then how they feel or become: 让我很高兴, and with
// the group named by several words or an adverb between (让大家都很吃惊,
// 让整个部门都很意外, 让我一直很头疼), "to make (sb feel …)". A verb of
// doing there is what they are let or told to do (让大家都准备一下, 让我们
// 都早点睡觉).
func (c *fctx) feelingAfterPerson() bool {
	j := c.step(c.k+1, 1)
	if j >= 0 && c.word(j) == "很" && c.word(c.step(j+1, 1)) == "多" {
		j = c.step(j+1, 1) // 让很多员工都很担心: gse cuts 很 多
	}
	// (A personal pronoun by the word, for gse tags 您 zg.)
	if j < 0 || !isObjectPos(c.pos(j)) && !personalPronouns[c.word(j)] && !determiner(c.word(j)) && !groupWords[c.word(j)] && c.pos(j) != "m" {
		return false
	}
	for seen := 0; seen < 4; seen++ {
		if j = c.step(j+1, 1); j < 0 || c.breaks(j, false) {
			return false
		}
		w, p := c.word(j), c.pos(j)
		switch {
		case feelingWord(w) || degreeAdverbs[w] || strings.HasPrefix(p, "a") && !c.adverbialAdjective(j):
			// (A degree adverb grades the feeling after it, whichever one:
			// 让您最头疼, 让人相当失望.)
			return true
		case (w == "都" || w == "也" || w == "一直" || w == "总是" || w == "总" || w == "又" || w == "还") && seen < 3,
			isObjectPos(p) && seen == 0, w == "们":
			// (都, 也 … before the feeling; 整个 部门, 所有 人, 球迷
			// 们: the group in two words.)
		default:
			return false
		}
	}
	return false
}

// objectPerson reports whether the token before c is a person a verb
// takes as its object: a verb or its 了 before it (送了我, 给他).
func (c *fctx) objectPerson() bool {
	if !c.nb.in(prevPersonal) {
		return false
	}
	v := c.nth(2, -1)
	return v >= 0 && !c.breaks(v, false) && (c.word(v) == "了" || isVerbPos(c.pos(v)))
}

// groupWords open a noun phrase of people though gse does not tag them a
// noun or a pronoun: 整个部门, 所有人, 全家.
var groupWords = map[string]bool{"整个": true, "所有": true, "全": true, "每个": true, "全体": true, "很多": true, "不少": true, "全组": true, "全家": true, "全班": true}

// conditions open a clause that a "then" may answer: 如果…，那…
var conditions = []string{"如果", "要是", "假如", "假如说", "既然", "万一", "假设", "若", "如果说", "要不是", "只要", "的话"}

// afterCondition reports whether a clause before the token's, in the
// same sentence, states a condition: it opens with 如果, 要是, 既然 … or
// ends with 的话 (如果你明天没空，那…; 下雨的话，那…).
func (c *fctx) afterCondition() bool {
	return c.near(-1, 24, true, conditions...)
}

// Glosses of 号 after a number: a date, or the number a thing bears.
const (
	glossDayOfMonth = "day of the month"
	glossNumbered   = "(after a numeral) number designation"
	glossSizeUp     = "(大一号) one size (bigger, smaller)"
)

// dayOfMonth reports whether 号 after its number is a date: a month
// before the number (三月八号, 下个月十五号), a day word before
// (今天是十二号, 生日是五号), a part of the day or a weekday after (十二号
// 晚上, 五号星期几), or the verb of what happens that day right after
// (二十号有空吗, 我们五号出发; 三号窗口, 座位是十二号: a number).
func (c *fctx) dayOfMonth() bool {
	n := c.step(c.k-1, -1)
	for n >= 0 && numeralWord(c.word(n)) {
		n = c.step(n-1, -1) // (二十 三 号: the number in two tokens)
	}
	if n >= 0 && !c.breaks(n, false) && strings.HasSuffix(c.word(n), "月") {
		return true
	}
	if c.near(-1, 5, false, "今天", "明天", "昨天", "后天", "前天", "生日", "日期", "日子", "哪天", "那天", "当天") {
		return true
	}
	next := c.nb.next
	if dayParts[next] || strings.HasPrefix(next, "星期") || strings.HasPrefix(next, "礼拜") || strings.HasPrefix(next, "周") && utf8.RuneCountInString(next) == 2 {
		return true
	}
	return !c.nb.clauseEnd && next != "是" && next != "的" && (isVerbPos(c.nb.nextPos) && c.nb.nextPos != "vn" && !c.nounNext() || c.verbAt(c.step(c.k+1, 1)) || c.nb.nextPos == "d" || c.nb.nextPos == "p")
}

// dayParts are the parts of a day, and the times around it, that may
// follow a date: 十二号晚上, 五号以前.
var dayParts = map[string]bool{
	"早上": true, "上午": true, "中午": true, "下午": true, "晚上": true, "凌晨": true, "夜里": true, "晚": true,
	"前": true, "以前": true, "之前": true, "后": true, "以后": true, "之后": true, "左右": true, "当天": true, "那天": true,
}

// glossYaoMust is 要 + verb as an obligation or an instruction.
const glossYaoMust = "(要 + verb) must; need to; should"

// mannerFirst are the adverbs of how or when a thing is to be done that
// make 要 + verb an instruction: 要另外付, 进门要先换鞋, 要马上处理.
var mannerFirst = map[string]bool{
	"先": true, "另外": true, "提前": true, "按时": true, "准时": true, "及时": true, "马上": true,
	"立刻": true, "尽快": true, "尽量": true, "分开": true, "单独": true, "亲自": true, "早点": true,
	"早点儿": true, "重新": true, "提早": true, "赶紧": true, "赶快": true, "随时": true, "一起": true,
}

// obliged reports whether 要 before its verb says what must be done, not
// what is wanted or will happen: after 都 when every one or every time is
// named (每周都要交, 每个人都要带); before an adverb of how or when to do it
// (要另外付, 要先换鞋, not after 我: 我要先走); opening a clause with no
// subject (…，要分开放); or in a statement to the listener (你出门要带伞,
// not 你要去哪儿？).
func (c *fctx) obliged() bool {
	nb := c.nb
	switch nb.next {
	case "说", "想", "是", "不", "不然", "么", "了", "的":
		return false // 要说, 要不, 要的
	}
	if !c.verbNext() && !mannerFirst[nb.next] {
		return false
	}
	if nb.prev == "都" && c.everyBefore() {
		return true
	}
	if mannerFirst[nb.next] && nb.prev != "我" && nb.prev != "我们" && nb.prev != "咱们" {
		return true
	}
	if c.question() || c.near(-1, 6, false, "为什么", "为啥", "干嘛", "干吗", "怎么", "何必") || c.near(1, 8, false, "什么", "哪", "哪儿", "哪里", "谁", "多少") {
		return false // (你为什么要构建它: what is wanted, asked)
	}
	if c.clauseHead() && c.k > 0 && c.verbAhead() {
		return true // (not the sentence's first word: 要下雨了, 要我说)
	}
	if c.rateBefore() {
		return true // 一天要跑三百公里, 每天要坐地铁: what each day asks of one
	}
	return c.near(-1, 4, false, "你", "你们", "您")
}

// rateBefore reports whether the token follows a span counted as one or
// each (一天, 一个月, 每天, 每周; or 一 and its unit cut apart): 要 after it
// is what every such span requires (一天要送两百个, 这药一天要吃三次), not what
// one wants or will do (明天要去 names one day).
func (c *fctx) rateBefore() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || c.breaks(p, false) {
		return false
	}
	w, start := c.word(p), -1
	for _, head := range []string{"一个", "一", "每个", "每"} {
		if rest, ok := strings.CutPrefix(w, head); ok && rest != "" {
			if timeUnit(rest) && rest != "点" && rest != "点钟" && rest != "号" && rest != "半" || rest == "晚" || rest == "星期" {
				start = p
			}
			break
		}
	}
	if start < 0 && (timeUnit(w) || w == "晚") {
		if q := c.step(p-1, -1); q >= 0 && !c.breaks(q, false) && (c.word(q) == "一" || c.word(q) == "每" || c.word(q) == "一个" || c.word(q) == "每个") {
			start = q
		}
	}
	if start < 0 {
		return false
	}
	b := c.step(start-1, -1)
	return b < 0 || c.breaks(b, false) || c.word(b) != "有" && c.word(b) != "总有" && c.word(b) != "那" && c.word(b) != "这" // 总有一天要…: some day, not each
}

// everyBefore reports whether a word of 每 (每周, 每个人, 每次) stands
// before the token in its clause.
func (c *fctx) everyBefore() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 8; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if strings.HasPrefix(c.word(j), "每") {
			return true
		}
	}
	return false
}

// progressiveAt reports whether token j is 在 before a verb of an action
// in progress, with no locative closing a place after it: 是在浪费时间 (not
// 是在北京拍的). The test is zai's for a verb, done here on the tokens (a
// call back into zai or functionGloss would make the neighbours of every
// token escape to the heap).
func (c *fctx) progressiveAt(j int) bool {
	if j < 0 || c.word(j) != "在" {
		return false
	}
	n := c.step(j+1, 1)
	if n < 0 || c.breaks(n, false) {
		return false
	}
	p := c.pos(n)
	verb := isVerbPos(p) && !c.onlyNounAt(n) || isNounPos(p) && !strings.HasPrefix(p, "nr") && !strings.HasPrefix(p, "ns") && (c.verbAt(n) || c.nounAt(n) && !c.onlyNounAt(n) || izeWord(c.word(n)))
	if !verb {
		return false
	}
	for k, seen := c.step(n+1, 1), 0; k >= 0 && seen < 16; k, seen = c.step(k+1, 1), seen+1 {
		if c.breaks(k, false) {
			break
		}
		if slices.Contains(locatives, c.word(k)) {
			return false
		}
	}
	return true
}

// verbNounAfter reports whether token j, after 在, is a verb by the
// dictionary that gse tags a noun (公司在招人, 是在浪费时间, 在商品化), with
// no locative closing a place in the clause after it (在更大的集群中: 更
// is no noun; 在布拉德·格斯特纳播客中: a name).
func (c *fctx) verbNounAfter(j int) bool {
	p := c.pos(j)
	if !isNounPos(p) || strings.HasPrefix(p, "nr") || strings.HasPrefix(p, "ns") || !c.verbAt(j) && !(c.nounAt(j) && !c.onlyNounAt(j)) && !izeWord(c.word(j)) {
		return false
	}
	return !c.near(1, 16, false, locatives...)
}

// actionCounts gloss the measure words that count how many times an
// action is done (functionSenses names CC-CEDICT's sense).
var actionCounts = map[string]string{
	"遍": "(verb + number + 遍) times (start to end)",
	"回": "(verb + number + 回) times; occasions",
	"趟": "(verb + number + 趟) trips; times",
}

// showNouns are the shows and matches 场 counts: 看场电影, 打场球.
var showNouns = map[string]bool{
	"电影": true, "比赛": true, "球赛": true, "演出": true, "音乐会": true, "演唱会": true, "戏": true,
	"球": true, "足球": true, "篮球": true, "话剧": true, "京剧": true, "表演": true, "晚会": true,
}

// actionCounted reports whether the token counts the times of a verb
// before it: a number right before (三遍, 好几遍, 一回), and before the
// number the verb, with 了 or 过 and its object between (听了好几遍,
// 来过我家一回, 去过那家博物馆两回); not 第三回 (the third chapter).
func (c *fctx) actionCounted() bool {
	j := c.step(c.k-1, -1)
	if j < 0 || !numeralWord(c.word(j)) && c.word(j) != "好几" {
		return false
	}
	for j >= 0 && (numeralWord(c.word(j)) || c.word(j) == "好几" || c.word(j) == "好") {
		j = c.step(j-1, -1)
	}
	for seen := 0; j >= 0 && seen < 6; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) || c.word(j) == "第" {
			return false
		}
		w, p := c.word(j), c.pos(j)
		switch {
		case w == "了" || w == "过":
		case isVerbPos(p) && p != "vn" || c.verbAt(j):
			return true
		case !isObjectPos(p) && p != "zg" && p != "q" && !c.nounFirstAt(j):
			return false // (来过我家一回: gse tags 家 zg)
		}
	}
	return false
}

// Glosses of 这 before what it points at: a measure word, a noun.
const (
	glossZheCounted = "(这 + measure word) this; these"
	glossZheNoun    = "(这 + noun) this; the"
)

// classifierOnly reports whether token j is a measure word by the
// dictionary: its head entry's first sense is a classifier's (套 "classifier
// for sets", gse tags it a verb).
func classifierOnly(c *fctx, j int) bool {
	in := c.a.headAt(c.sn, j)
	if in == nil {
		return false
	}
	return in.classifierSense() == 0
}

// meetingNamed reports whether 会 closing its clause is a meeting named by
// the noun before it (有个部门会, 开了个项目会，…): a noun that names no
// person (老师会。 "the teacher can"), after a measure word or 开.
func (c *fctx) meetingNamed() bool {
	nb := c.nb
	if !(c.finalNext() || c.commaNext()) || !isNounPos(nb.prevPos) || strings.HasPrefix(nb.prevPos, "nr") || personSuffix(nb.prev) {
		return false
	}
	p := c.step(c.k-1, -1)
	b := c.step(p-1, -1)
	if b < 0 {
		return false
	}
	w := c.word(b)
	return w == "个" || w == "开" || w == "次" || w == "场" || w == "的" || strings.HasSuffix(w, "个")
}

// fromDate reports whether the word before the token names a day, a
// month or a year from which a change runs (下个月, 明年, 五号, 三月): not
// a time of day (早上起得很早 is getting up).
func (c *fctx) fromDate() bool {
	w := c.nb.prev
	switch w {
	case "今天", "明天", "后天", "下周", "下星期", "下个星期", "今年", "明年", "下个月", "本月", "下月", "本周", "这个月", "即日", "今日", "明日", "当天", "次日", "下学期", "这学期":
		return true
	}
	return (strings.HasSuffix(w, "号") || strings.HasSuffix(w, "日") || strings.HasSuffix(w, "月") || strings.HasSuffix(w, "年")) && utf8.RuneCountInString(w) > 1 && !strings.HasSuffix(w, "岁月")
}

// gotUp reports whether 起, the token, says when one gets up: right
// before 早 or 晚 (起晚了, 起早点), or 得 and them (起得太早), or right
// after a clock time closing its clause (几点起？, 六点起了).
func (c *fctx) gotUp() bool {
	nb := c.nb
	switch {
	case nb.next == "晚" || nb.next == "早" || nb.next == "晚了" || nb.next == "早了":
		return true
	case nb.next == "得":
		return c.near(1, 4, false, "早", "晚")
	}
	p := nb.prev
	if p == "点" || p == "点钟" {
		p = c.word(c.nth(2, -1)) + p // 六 点, as gse may cut it
	}
	clock := strings.HasSuffix(p, "点") || strings.HasSuffix(p, "点钟") || strings.HasSuffix(p, "点半")
	if !clock || p == "一点" || p == "有点" || p == "点" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p)
	return (numeralWord(string(r)) || r == '几') && (c.finalNext() || nb.next == "了")
}

// verbByDictionaryNext reports whether the next word is a verb by the
// dictionary (its first plain sense) though gse tags it a place, a noun or
// nothing: 一上台就结巴 (上台 ns "to go on stage"). A measure word, a
// numeral or a time is never the verb of 一…就 (一年就, 一次就, 进了一趟洗衣机就).
func (c *fctx) verbByDictionaryNext() bool {
	switch p := c.nb.nextPos; {
	case p == "q" || p == "m" || p == "t" || p == "tg" || isVerbPos(p):
		return false
	}
	// (一趟: 趟 tang4 counts trips, whatever tang1 "to wade" says.)
	return c.verbAt(c.step(c.k+1, 1)) && !c.a.isClassifier(c.nb.next)
}

// glossGanBefore is 赶 in 赶在…前: CC-CEDICT's "to hurry; to rush".
const glossGanBefore = "(赶在…前) to hurry (to finish before)"

// degreeNext reports whether the next word says a degree that 多 can ask
// or leave open: an adjective by gse's tag or the dictionary's first
// gloss, one of degreeAdjectives, or 晚/早, which gse tags times.
func (c *fctx) degreeNext() bool {
	n := c.nb.next
	return degreeAdjectives[n] || n == "晚" || n == "早" || strings.HasPrefix(c.nb.nextPos, "a") || c.a.adjectiveGloss(n)
}

// deedBefore reports whether a verb stands two to six words before the
// token in its clause, the word right before being neither a person nor a
// verb that asks what one does (在, 要, 想, 去, 来 …): 弄那么花干嘛.
func (c *fctx) deedBefore() bool {
	switch c.nb.prev {
	case "在", "正在", "要", "想", "去", "来", "打算", "准备", "能", "会", "又", "还", "都", "了":
		return false
	}
	if c.nb.in(prevPersonal) || personPos(c.nb.prevPos) {
		return false
	}
	p := c.step(c.k-1, -1)
	if p < 0 {
		return false
	}
	for j, seen := c.step(p-1, -1), 0; j >= 0 && seen < 5; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if isVerbPos(c.pos(j)) && c.pos(j) != "vn" {
			return true
		}
	}
	return false
}

// risingThings rise or start of themselves after 起: 起风, 起雾.
var risingThings = map[string]bool{"风": true, "雾": true, "火": true, "浪": true, "床": true, "身": true, "来": true}

// glossDangRegard is 当 dang4 between who takes and who is taken, before
// what they are taken for: 你当我是傻子, CC-CEDICT's "to regard as".
const glossDangRegard = "(当 sb 是…) to take sb for; to regard as"

// glossDangTakeAs is 当 dang4 before 是 after an adverb or its subject:
// 就当是放松一下 "just as a way to unwind", CC-CEDICT's "to regard as".
const glossDangTakeAs = "(就当是…) to take it as; to regard as"

// takenFor reports whether 当, the token, follows its subject (a pronoun or
// a noun, or an adverb after one: 真, 一直, 总, 老, 别) and is followed
// by a person, then what the person is taken for (是, an adverb, a verb or
// a noun) within its clause: 你真当我是傻子, 我当你是朋友 (当我回到家的时候 opens
// its clause: "when").
func (c *fctx) takenFor() bool {
	nb := c.nb
	if c.clauseHead() {
		return false
	}
	switch {
	case nb.in(prevPersonal) || isNounPos(nb.prevPos) && !strings.HasPrefix(nb.prevPos, "nr") || strings.HasPrefix(nb.prevPos, "nr") && utf8.RuneCountInString(nb.prev) > 1:
	case nb.prevPos == "d" || nb.prev == "真" || nb.prev == "还" || nb.prev == "总" || nb.prev == "老" || nb.prev == "别" || nb.prev == "不要":
	default:
		return false
	}
	if !(nb.in(nextPersonal) || kinWords[nb.next]) {
		return false
	}
	j := c.nth(2, 1)
	if j < 0 || c.breaks(j, false) {
		return false
	}
	w, p := c.word(j), c.pos(j)
	return w == "是" || w == "还是" || p == "d" || isVerbPos(p) || isNounPos(p)
}

// glossBuranOtherwise is 不然 opening the clause of what follows if not:
// CC-CEDICT's "or else", "otherwise", "if not" together.
const glossBuranOtherwise = "or else; otherwise; if not"

// thingNamedAt reports whether token j names the thing to be done, as a
// topic before who does it: 这个, 那个, 这些, 这事, 这件事 … (这个我来).
func (c *fctx) thingNamedAt(j int) bool {
	switch c.word(j) {
	case "这个", "那个", "这些", "那些", "这事", "这件事", "这事儿", "剩下的":
		return true
	}
	return false
}

// schoolgoer reports whether 上 before a school or a school year
// (schoolYear; 了 or 过 may stand between) follows who attends it, a noun
// with no 在, 从 or 于 making it a place (孩子上小学以后, 我儿子上初中了, 女儿上
// 初二了, 孩子上了大学; not 在书上学到的).
func (c *fctx) schoolgoer() bool {
	j := c.step(c.k+1, 1)
	if w := c.word(j); w == "了" || w == "过" {
		j = c.step(j+1, 1)
	}
	return (schoolWords[c.word(j)] || c.schoolYearAt(j)) && c.nounPrev() && !c.near(-1, 3, false, "在", "从", "于")
}

// schoolYearAt reports whether token j, alone or with the token after it
// (gse cuts 高 三, 三 年级), is a schoolYear.
func (c *fctx) schoolYearAt(j int) bool {
	if j < 0 {
		return false
	}
	w := c.word(j)
	if schoolYear(w) {
		return true
	}
	n := c.step(j+1, 1)
	return n >= 0 && utf8.RuneCountInString(w) == 1 && schoolYear(w+c.word(n))
}

// schoolYear reports whether w names a year of school, which one attends
// (上初三, 上三年级, 上大一): 初 高 大 研 + 一 to 四, or a numeral + 年级.
func schoolYear(w string) bool {
	if g, ok := strings.CutSuffix(w, "年级"); ok {
		return numeralWord(g)
	}
	r := []rune(w)
	if len(r) != 2 {
		return false
	}
	switch r[0] {
	case '初', '高', '大', '研':
	default:
		return false
	}
	switch r[1] {
	case '一', '二', '三', '四':
		return true
	}
	return false
}

// glossErNot is 而 before 非 or 不是: what is said, set against what is
// not (关乎缺陷而非能力), CC-CEDICT's "but (not)".
const glossErNot = "(A 而非 B, A 而不是 B) rather than; not"

// glossErYetNot is 而 between a quality and 不 and the one it does not
// bring along: 肥而不腻 "rich but not greasy", CC-CEDICT's "but (not)".
const glossErYetNot = "(A 而不 B) but not; yet not"

// treats reports whether 请, after who pays, is followed by the people
// treated, in a word or a few (全组同事, 我们), and what they are treated
// to: 她请全组同事喝了咖啡, 老板请我们看了一场电影, 今天我请大家吃饭 (请大家
// 喝茶 with no one before is "please").
func (c *fctx) treats() bool {
	nb := c.nb
	if c.clauseHead() || !(nb.in(prevPersonal) || isNounPos(nb.prevPos) || nb.prevPos == "d" || nb.prev == "想" || nb.prev == "要") {
		return false
	}
	j := c.step(c.k+1, 1)
	for seen := 0; j >= 0 && seen < 4; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		w, p := c.word(j), c.pos(j)
		switch {
		case treatVerbs[w] && seen > 0:
			return true
		case w == "看" && seen > 0:
			n := c.step(j+1, 1)
			if n >= 0 && c.word(n) == "了" {
				n = c.step(n+1, 1)
			}
			for k := 0; n >= 0 && k < 3; n, k = c.step(n+1, 1), k+1 {
				if showNouns[c.word(n)] {
					return true
				}
			}
			return false
		case isObjectPos(p) || groupWords[w] || determiner(w) || p == "m" || p == "q" || p == "b" || p == "zg" || c.nounFirstAt(j):
			// (全 组 同事: gse tags 组 zg.)
		default:
			return false
		}
	}
	return false
}

// summonVerbs are the comings one is called to: 叫爷爷下楼, 叫他过来.
var summonVerbs = map[string]bool{
	"来": true, "过来": true, "回来": true, "进来": true, "出来": true, "上来": true, "下来": true,
	"下楼": true, "上楼": true, "起床": true, "回家": true, "进屋": true, "出去": true,
}

// Glosses of 到 before the place one goes to and the amount a change
// reaches.
const (
	glossToPlace = "(到 + place + 去/来) to (a place)"
	glossUpTo    = "(verb + 到 + amount) to; up to"
	// glossTillPoint is 到 before what an action or a state came to.
	glossTillPoint = "(verb + 到 + result) until; to the point that"
)

// changeVerbs change an amount, which 到 then says: 缩短到两天.
var changeVerbs = map[string]bool{
	"缩短": true, "延长": true, "增加": true, "减少": true, "提高": true, "降低": true, "涨": true, "降": true,
	"增长": true, "下降": true, "上升": true, "扩大": true, "缩小": true, "提升": true, "减": true, "加": true,
	"涨价": true, "降价": true, "升": true, "跌": true, "压缩": true, "控制": true, "推迟": true, "提前": true,
}

// goneTo reports whether 去 or 来 closes the place after 到 (到成都的工厂
// 去, 到我家来), within its clause.
func (c *fctx) goneTo() bool {
	for j, seen := c.step(c.k+2, 1), 0; j >= 0 && seen < 6; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		switch c.word(j) {
		case "去", "来":
			n := c.step(j+1, 1)
			return n < 0 || c.breaks(n, false) || isVerbPos(c.pos(n)) || finalParticles[c.word(n)] || c.word(n) == "了"
		}
	}
	return false
}

// endsAt reports whether the clause ends after token j, or after a
// sentence-final particle or 了 there (叫他过来。 叫爷爷下楼吧).
func (c *fctx) endsAt(j int) bool {
	if j < 0 {
		return false
	}
	n := c.step(j+1, 1)
	if n >= 0 && (finalParticles[c.word(n)] || c.word(n) == "了") {
		n = c.step(n+1, 1)
	}
	return n < 0 || c.breaks(n, false)
}

// stateBeforeNegation reports whether 不 or 得 before the token follows
// an adjective or a verb of state that 了 liao3 then says can or cannot
// come about: 衣服都干不了 (干 is first "dry"), 他的病好不了.
func (c *fctx) stateBeforeNegation() bool {
	v := c.nth(2, -1)
	if v < 0 || c.breaks(v, false) {
		return false
	}
	p := c.pos(v)
	return strings.HasPrefix(p, "a") || isVerbPos(p) || c.word(v) == "干" || c.word(v) == "好"
}

// reached glosses 着 zhao2 after a verb and 不 or 得, the potential
// complement of success: 睡不着 "(coll.) to fall asleep", 找得着
// "succeeding in"; after a verb of harm, what it does to one: 当心冻着,
// 别吓着孩子 "to be affected by"; "" elsewhere (着火, 着急).
func (c *fctx) reached() string {
	if harmVerbs[c.nb.prev] {
		return "to be affected by" // 当心冻着, 别吓着孩子 (readings.go harmWarned)
	}
	if c.nb.prev != "不" && c.nb.prev != "得" {
		return ""
	}
	v := c.nth(2, -1)
	if v < 0 || c.breaks(v, false) {
		return ""
	}
	if c.word(v) == "睡" {
		return "(coll.) to fall asleep"
	}
	if c.verbAt(v) || isVerbPos(c.pos(v)) {
		return "succeeding in"
	}
	return ""
}

// glossLingBetween is 零 between a larger amount and a smaller one.
const glossLingBetween = "(三岁零两个月) and (a smaller amount)"

// moneyUnits are the units of money and age 零 may follow: 块零五毛.
var moneyUnits = map[string]bool{"块": true, "元": true, "毛": true, "角": true, "岁": true, "斤": true, "公斤": true, "米": true, "个月": true, "年": true}

// struckBy glosses 中 zhong4 before what strikes: 中了病毒, 中了一枪 "to be
// struck by (a bullet, illness etc)"; "" elsewhere (中奖, 猜中).
func (c *fctx) struckBy() string {
	j := c.step(c.k+1, 1)
	if j >= 0 && c.word(j) == "了" {
		j = c.step(j+1, 1)
	}
	for seen := 0; j >= 0 && seen < 3; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return ""
		}
		switch c.word(j) {
		case "病毒", "毒", "枪", "弹", "子弹", "箭", "暑", "风", "邪", "计", "圈套", "埋伏", "招":
			return "to be struck by (a bullet, illness etc)"
		}
	}
	return ""
}

// comparedClause glosses 跟 or 和 opening a clause that a later clause
// of the sentence compares with the first (你管一千人，跟管十个人，完全是
// 两回事; 现在，和十年前比，…): the comparison, not "with"; "" elsewhere.
func (c *fctx) comparedClause() string {
	if !c.clauseHead() || c.k == c.step(0, 1) || c.nb.clauseEnd {
		return ""
	}
	switch {
	case c.near(1, 20, true, "两回事", "不一样", "不同", "两码事") || c.negatedSame():
		return glossDifferentFrom
	case c.near(1, 20, true, "一样", "差不多", "相同", "比", "相比", "比起来"):
		return glossSameAs
	}
	return ""
}

// negatedSame reports whether 一样 or 相同 with a negation right before
// it (不 一样, 不太 一样: gse's two tokens) follows in the sentence.
func (c *fctx) negatedSame() bool {
	prev := ""
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < 20; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, true) {
			return false
		}
		w := c.word(j)
		if (w == "一样" || w == "相同") && (prev == "不" || prev == "不太" || prev == "不大" || prev == "并不" || prev == "没") {
			return true
		}
		prev = w
	}
	return false
}

// glossNaPronoun is 那 standing for a thing, CC-CEDICT's own sense.
const glossNaPronoun = "(pronoun) that (referring to persons, things or situations)"

// standsAlone are the words that start a predicate right after a
// demonstrative standing for a thing: 那是…, 那不是…, 那太好了.
var standsAlone = map[string]bool{"是": true, "不是": true, "就是": true, "太": true, "很": true, "真": true, "真是": true, "并不": true, "可不": true}

// countedNext reports whether a numeral and then a measure word follow
// the token: 这两本书, 这几个问题 (this, counted).
func (c *fctx) countedNext() bool {
	if r, size := utf8.DecodeRuneInString(c.nb.next); size < len(c.nb.next) && numeralRune(r) && measureWords[c.nb.next[size:]] {
		return true // 这几个问题: 几个 one token
	}
	if !numeralWord(c.nb.next) && c.nb.next != "几" {
		return false
	}
	j := c.nth(2, 1)
	return j >= 0 && !c.breaks(j, false) && (c.pos(j) == "q" || measureWords[c.word(j)] || classifierOnly(c, j))
}

// degreeLead reports whether w is a degree adverb joined to its adjective
// by gse (太好, 很好, 太好了): 那太好了 says how "that" is.
func degreeLead(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && utf8.RuneCountInString(w) <= 3 && (strings.HasPrefix(w, "太") || strings.HasPrefix(w, "很") || strings.HasPrefix(w, "真"))
}

// izeWord reports whether w is a word in -化 (商品化, 数字化, 自动化): a
// change going on after 在, "-ize", though CC-CEDICT glosses many of them
// by the noun (commoditization) alone.
func izeWord(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && strings.HasSuffix(w, "化") && w != "文化" && !strings.HasSuffix(w, "文化")
}

// describedNounNext reports whether an attributive (主要, 核心, 新), 的 or
// not, and then a noun follow the token: 作为其主要供应商, 发挥其核心作用 (其
// "its; their" before its noun, not the object of the verb before).
func (c *fctx) describedNounNext() bool {
	p := c.nb.nextPos
	if !strings.HasPrefix(p, "a") && p != "b" {
		return false
	}
	n := c.nth(2, 1)
	if n >= 0 && c.word(n) == "的" {
		n = c.nth(3, 1) // 有其特殊的意义, 说出其真实的想法: the 的 of the description
	}
	// (作为其主要算力供应商: gse does not know 算力, a noun.)
	return n >= 0 && !c.breaks(n, false) && (isNounPos(c.pos(n)) || c.nounAt(n) || unknownHan(firstRune(c.sn.toks[n].Text), c.pos(n)))
}

// meetingNamer reports whether the word before 会 is a noun that may name
// a meeting and names no person (销售会, 项目会; not 老师会, 他会).
func (c *fctx) meetingNamer() bool {
	p := c.nb.prevPos
	return isNounPos(p) && !strings.HasPrefix(p, "nr") && !personSuffix(c.nb.prev)
}

// roleAfterPlace reports whether 当 at c follows 在 + a place (在医院当护士长,
// 在县城当老师) with no time word later in its clause: the place one works
// at, then the post, which may run on past the next token (gse cuts
// 护士长 护士 长). 当…时, 当…的时候 is "when" (在我们当学生的时候).
func (c *fctx) roleAfterPlace() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || c.breaks(p, false) || !isNounPos(c.pos(p)) || personPos(c.pos(p)) || personalPronouns[c.word(p)] {
		return false
	}
	return c.near(-1, 4, false, "在") && !c.near(1, 8, false, "时", "的时候", "时候", "之时", "之际", "以后", "之后")
}

// roleAfterSubject reports whether 当 at c follows its subject, a personal
// pronoun, a kinship word or a person's name (您当医生快三十年了, 他当护士很多年
// 了, 我妈当老师三十年了, 老王当司机很多年了), with no time word later in its
// clause: 当…的时候 "when" has its subject after 当.
func (c *fctx) roleAfterSubject() bool {
	nb := c.nb
	if !nb.in(prevPersonal) && !kinWords[nb.prev] && !strings.HasPrefix(nb.prevPos, "nr") && !personSuffix(nb.prev) {
		return false
	}
	return !c.near(1, 8, false, "时", "的时候", "时候", "之时", "之际", "以后", "之后")
}

// glossKuaiAmount is 快 before an amount it nearly reaches.
const glossKuaiAmount = "(快 + amount) almost; nearly"

// fasterAmount follow 快 as "a bit faster" or "much faster", not an
// amount: 快一点, 快些, 快多了.
var fasterAmount = map[string]bool{"一点": true, "一点儿": true, "一些": true, "些": true, "点": true, "点儿": true, "一下": true, "一": true, "多": true, "得多": true}

// amountAfter reports whether a numeral after the token counts something:
// a unit of time, age, money or a measure word within its next three
// tokens (快一个小时, 快十点, 快四十岁, 快两百块), or the numeral ends
// the clause (都快一百了).
func (c *fctx) amountAfter() bool {
	j := c.step(c.k+1, 1)
	for seen := 0; seen < 3; seen++ {
		if j = c.step(j+1, 1); j < 0 || c.breaks(j, false) {
			return seen == 0
		}
		w, p := c.word(j), c.pos(j)
		switch {
		case w == "了" && seen == 0:
			return true
		case timeUnit(w) || measureWords[w] || p == "q" || p == "mq" || w == "岁" || w == "块" || w == "元" || w == "个小时" || w == "个月" || w == "公里" || w == "斤":
			return true
		case !numeralWord(w) && p != "m":
			return false
		}
	}
	return false
}

// glossGaiShould is 该 before the verb it says should be done.
const glossGaiShould = "(该 + verb) should; ought to"

// dutyWays are the ways of doing that 该 asks about: 该怎么办.
var dutyWays = map[string]bool{"怎么": true, "如何": true, "怎样": true, "怎么样": true, "干什么": true, "干嘛": true, "多": true}

// givesThing reports whether 给 at the token has two objects, the one who
// gets and what is given, counted: 我想给她一个惊喜, 给他一个机会吧, 给大家一点
// 时间. The thing closes the clause (within four words of its amount), so
// 给 is the verb "to give", not "for" before a verb (gse tags 惊喜 an
// adjective and 建议 a verb: verbAfterObject would find one).
func (c *fctx) givesThing() bool {
	p := c.step(c.k+1, 1)
	if p < 0 || c.breaks(p, false) {
		return false
	}
	if w := c.word(p); !personalPronouns[w] && !kinWords[w] && !strings.HasPrefix(c.pos(p), "nr") && w != "大家" && w != "别人" && w != "人家" && w != "自己" {
		return false
	}
	a := c.step(p+1, 1)
	if a < 0 || c.breaks(a, false) {
		return false
	}
	if w := c.word(a); !amountWords[w] && !(numeralRune(firstRune(w)) && (c.pos(a) == "m" || c.pos(a) == "mq")) {
		return c.roomGranted(a)
	}
	for j, seen := c.step(a+1, 1), 0; j >= 0; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) || finalParticles[c.word(j)] {
			return seen > 0
		}
		if seen == 4 || c.word(j) == "给" || c.word(j) == "去" || c.word(j) == "来" || c.word(j) == "地" || c.word(j) == "得" {
			return false // 给他一个人去做, 一个一个地介绍: a verb after all
		}
	}
	return true
}

// grantedThings are what one gives a person room or leave for, after the
// 的 of what it is for: 休息的时间, 说话的机会, 玩的空间.
var grantedThings = map[string]bool{"时间": true, "机会": true, "空间": true, "余地": true, "权利": true, "自由": true, "理由": true, "条件": true}

// roomGranted reports whether, from token a on, within three words, 的 and
// one of grantedThings close the clause: 不给我们吃饭的时间, 给我们说话的机会 —
// 给 gives it (给他买的衣服很贵 is "for": the clause goes on).
func (c *fctx) roomGranted(a int) bool {
	for j, seen := a, 0; j >= 0 && seen < 4; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if c.word(j) == "的" {
			t := c.step(j+1, 1)
			if t < 0 || !grantedThings[c.word(t)] {
				return false
			}
			e := c.step(t+1, 1)
			return e < 0 || c.breaks(e, false) || finalParticles[c.word(e)]
		}
	}
	return false
}

// glossGeiLet is 给 letting a person see, taste or try (functionSenses
// names CC-CEDICT's "to allow").
const glossGeiLet = "(给 sb + 看/尝/试) to let (sb see, try)"

// triedVerbs are what 给 + a person lets them do: see, taste, try, use.
var triedVerbs = map[string]bool{
	"看": true, "看看": true, "瞧瞧": true, "瞧": true, "尝": true, "尝尝": true, "试": true, "试试": true,
	"玩": true, "玩玩": true, "用": true, "用用": true, "听": true, "听听": true, "摸摸": true, "闻闻": true,
}

// letTry reports whether a personal pronoun follows 给, then one of
// triedVerbs (maybe 一下 or 一 + the verb again): 给我看看你的照片, 给他尝一口,
// 给我用一下 — the person is let do it (not "for": 给我买 does it for me).
func (c *fctx) letTry() bool {
	if !c.nb.in(nextPersonal) {
		return false
	}
	v := c.nth(2, 1)
	return v >= 0 && !c.breaks(v, false) && triedVerbs[c.word(v)]
}

// describedReceiver reports whether 给 is followed by a person described by
// a 的 phrase (three words at most before 的), then, after an adverb at most,
// a verb in the same clause: 给乡下的父母寄钱, 给隔壁的王阿姨打个电话, 给我们班的
// 同学讲故事 — the one the act is done for or to, not what is given (你给我
// 的书丢了: 书 is no person; 他给我的老师很多帮助: no verb after).
func (c *fctx) describedReceiver() bool {
	j, seen := c.step(c.k+1, 1), 0
	for ; j >= 0 && seen < 4; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if c.word(j) == "的" {
			break
		}
	}
	if j < 0 || seen == 0 || seen == 4 {
		return false
	}
	p := c.step(j+1, 1)
	if p < 0 || c.breaks(p, false) || !personNoun(c.word(p)) && !strings.HasPrefix(c.pos(p), "nr") {
		return false
	}
	v := c.step(p+1, 1)
	if v >= 0 && !c.breaks(v, false) && (personNoun(c.word(v)) || c.pos(v) == "d") {
		v = c.step(v+1, 1) // 王 + 阿姨, 父母 + 都
	}
	if v < 0 || c.breaks(v, false) || c.word(v) == "是" || c.word(v) == "的" {
		return false
	}
	return isVerbPos(c.pos(v)) && c.pos(v) != "vn" || c.verbAt(v)
}

// personNoun reports whether w names a person or people by its word (kin,
// a trade's suffix, those who give, 们) or is one of peopleNouns.
func personNoun(w string) bool {
	return kinWords[w] || giverWords[w] || peopleNouns[w] || personSuffix(w) || compoundEndsIn(w, "们")
}

// peopleNouns are people kinWords and personSuffix miss: 邻居, 父母, 阿姨.
var peopleNouns = map[string]bool{
	"邻居": true, "父母": true, "爸妈": true, "老人": true, "阿姨": true, "叔叔": true, "伯伯": true, "大家": true,
	"同学": true, "亲戚": true, "姥姥": true, "姥爷": true, "爷爷奶奶": true, "老人家": true, "长辈": true, "舅舅": true,
	"姑姑": true, "大爷": true, "大妈": true, "小孩": true, "宝宝": true, "老乡": true, "室友": true, "孙女": true,
}

// amountWords are amounts that count a thing given without a numeral of
// their own: 给我一点时间, 给他些钱.
var amountWords = map[string]bool{"一点": true, "一点儿": true, "点": true, "一些": true, "些": true, "很多": true, "不少": true, "许多": true}

// receiverThenDe reports whether the one who gets (a person or a group:
// 音乐人, 员工) follows 给 in one or two words, then 的 and a noun, and a
// giver stands before 给 (a noun or an adverb): 平台给作者的钱, 学校给学生的
// 补贴 "what the platform gives authors" (not 这是给你的礼物, after 是:
// "for you").
func (c *fctx) receiverThenDe() bool {
	if !isObjectPos(c.nb.prevPos) && c.nb.prevPos != "d" {
		return false
	}
	p := c.step(c.k+1, 1)
	for seen := 0; p >= 0 && seen < 2; p, seen = c.step(p+1, 1), seen+1 {
		if c.breaks(p, false) || !isNounPos(c.pos(p)) && !personPos(c.pos(p)) {
			return false
		}
		d := c.step(p+1, 1)
		if d >= 0 && c.word(d) == "的" {
			n := c.step(d+1, 1)
			// (分成 "share", which gse and the dictionary take for a
			// verb first: whatever is named after 的 is what is given.)
			return n >= 0 && !c.breaks(n, false) && !finalParticles[c.word(n)]
		}
	}
	return false
}

// invitedGuest reports whether 请 takes 到 or 来 as its result, then 了 or
// 的, or a person counted: 我们今天请到的嘉宾, 节目请来了很多明星, 请到了三位
// 专家 "to invite" (someone engaged and come), not "please": 请到这边来,
// 请到前台办理 ask the listener to go somewhere.
func (c *fctx) invitedGuest() bool {
	if c.nb.next != "到" && c.nb.next != "来" {
		return false
	}
	n := c.nth(2, 1)
	if n < 0 || c.breaks(n, false) {
		return false
	}
	switch w := c.word(n); {
	case w == "的" || w == "了":
		return true
	case numeralRune(firstRune(w)) && c.word(c.step(n+1, 1)) == "位":
		return true
	}
	return strings.HasSuffix(c.word(n), "位") && numeralRune(firstRune(c.word(n)))
}

// keStressed reports whether the stress adverb 可 stands within four words
// before the token, in its clause and not at its head, before an adjective
// or a verb (not a negation: 你可别忘了 is 别…了): 这家店的面条可好吃了,
// 他在学校里可受欢迎了, 可忙了. The 了 closing it intensifies the clause.
func (c *fctx) keStressed() bool {
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 4; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if c.word(j) != "可" {
			continue
		}
		b := c.step(j-1, -1)
		if b < 0 || c.breaks(b, true) {
			return false // 可他不听: "but"
		}
		n := c.step(j+1, 1)
		switch w := c.word(n); {
		case w == "不" || w == "别" || w == "没" || w == "能" || w == "以" || w == "是":
			return false
		case strings.HasPrefix(c.pos(n), "a") || c.a.adjectiveFirst(w) || c.a.exclaimedDegreeAt(c.sn, n) || w == "受欢迎" || w == "有意思" || w == "有名" || w == "好" || strings.HasPrefix(w, "好"):
			return true
		}
		return false
	}
	return false
}

// degreeDeath reports whether the token closes an adjective or a feeling
// and then 死 or 坏, the complement of degree: 累死了, 饿坏了, 高兴坏了 "so
// (tired, hungry, glad)" (他的猫死了 and 电脑坏了 are a change of state).
func (c *fctx) degreeDeath() bool {
	if c.nb.prev != "死" && c.nb.prev != "坏" {
		return false
	}
	j := c.nth(2, -1)
	if j < 0 || c.breaks(j, false) {
		return false
	}
	w := c.word(j)
	return strings.HasPrefix(c.pos(j), "a") || c.a.adjectiveFirst(w) || feelings[w]
}

// glossKuaiArea is 块 after a topic and 这 (教育这块): the piece of it.
const glossKuaiArea = "(X 这块) part; area (of X)"

// glossAspect is 一块 after a topic and 这: CC-CEDICT's colloquial sense.
const glossAspect = "(X 这一块) aspect; area (of X)"

// topicBefore reports whether token j (before 这) is the topic that
// 这一块 takes up: a noun or a word gse does not know (食品安全这一块,
// 教育这一块).
func (c *fctx) topicBefore(j int) bool {
	if j < 0 || c.breaks(j, false) {
		return false
	}
	p := c.pos(j)
	// (食品安全这一块: gse tags 安全 an adjective.)
	return isNounPos(p) || strings.HasPrefix(p, "a") || c.nounAt(j) || unknownHan(firstRune(c.sn.toks[j].Text), p)
}

// sentenceHead reports whether the token opens its sentence: nothing
// before it but the end of another (。！？) or the start.
func (c *fctx) sentenceHead() bool {
	p := c.step(c.k-1, -1)
	if p < 0 {
		return true
	}
	switch c.sn.toks[p].Text {
	case "。", "！", "？", "!", "?", "…", "：", ":":
		return true
	}
	return false
}

// namedThing reports whether 叫 names what stands before it, "to be
// called": a thing, not a person nor a place (这种病叫糖尿病, 这道菜叫…), or
// a thing the clause before has (有句老话，叫活到老学到老, 有个规矩，叫…).
// What follows is the name: no person then a verb (叫我回家), no 了 or 着
// (狗叫了一晚上).
func (c *fctx) namedThing() bool {
	nb := c.nb
	if nb.in(nextPersonal) || kinWords[nb.next] || nb.next == "了" || nb.next == "着" || nb.next == "过" || nb.next == "起来" || c.finalNext() {
		return false
	}
	p := c.step(c.k-1, -1)
	if p < 0 {
		return false
	}
	if c.breaks(p, false) {
		// 有句老话，叫…: 有, a measure word, then the thing, before the
		// comma.
		if t := c.sn.toks[p].Text; t != "，" && t != "," {
			return false
		}
		n := c.step(p-1, -1)
		for seen := 0; n >= 0 && seen < 3 && !c.breaks(n, false); n, seen = c.step(n-1, -1), seen+1 {
			if w := c.word(n); w == "有" || w == "有个" || w == "有一个" || w == "有种" {
				return seen > 0
			}
		}
		return false
	}
	// A thing before, not one who tells others what to do (老板叫小王去,
	// 公司叫员工加班, 经理叫人来修), nor an animal calling.
	w, pp := c.word(p), c.pos(p)
	if personPos(pp) || pp == "s" || pp == "f" || kinWords[w] || personSuffix(w) || biddingWords[w] {
		return false
	}
	if !isNounPos(pp) || pp == "vn" || !c.plainNounAt(p) {
		return false
	}
	// The name closes the clause: no person after 叫, no verb after the
	// name (这种声音叫人害怕, 叫个不停).
	n := c.step(c.k+1, 1)
	if w := c.word(n); strings.HasPrefix(c.pos(n), "nr") || personSuffix(w) || w == "人" || w == "别人" || w == "大家" || w == "个" || c.pos(n) == "q" {
		return false
	}
	for j, seen := c.step(n+1, 1), 0; j >= 0 && seen < 4; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) || finalParticles[c.word(j)] {
			return true
		}
		if c.pos(j) == "v" || c.pos(j) == "d" {
			return false
		}
	}
	return false
}

// biddingWords are who bids others do things, and animals that call: 叫
// after them is "to ask; to order" or "to shout", not "to be called".
var biddingWords = map[string]bool{
	"老板": true, "领导": true, "经理": true, "公司": true, "学校": true, "单位": true, "政府": true,
	"警察": true, "家里": true, "上司": true, "主管": true, "队长": true, "班长": true, "教练": true,
	"狗": true, "猫": true, "鸟": true, "鸡": true, "人": true, "闹钟": true, "手机": true, "电话": true,
}

// meansThenVerb reports whether a noun phrase follows the token (or 和,
// 跟 and a partner: 通过和伙伴一起做), then, within six words in its
// clause, a word the dictionary knows as a verb: the means and what it
// serves.
func (c *fctx) meansThenVerb() bool {
	n := c.step(c.k+1, 1)
	if n < 0 || !(c.objectNext() || c.nounNext() || c.word(n) == "和" || c.word(n) == "跟" || c.word(n) == "与") {
		return false
	}
	for j, seen := c.step(n+1, 1), 0; j >= 0 && seen < 6; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if w := c.word(j); w != "的" && w != "了" && (c.verbAt(j) || c.pos(j) == "v") {
			return true
		}
		// 通过邮件联系我, 通过邮件和我联系: a word that is a verb among its
		// senses (联系 "connection; to contact"), after a noun or a
		// person (not after 这个: 通过这个计划 passes the plan).
		if b := c.word(c.step(j-1, -1)); c.anyVerbSenseAt(j) && !demonstratives[b] && !determiner(b) && b != "这个" && b != "那个" && (isObjectPos(c.pos(c.step(j-1, -1))) || c.nounAt(c.step(j-1, -1))) {
			return true
		}
	}
	return false
}

// anyVerbSenseAt reports whether a sense of token j's head entry glosses
// a verb: 联系 "connection; to contact".
func (c *fctx) anyVerbSenseAt(j int) bool {
	in := c.a.headAt(c.sn, j)
	if in == nil {
		return false
	}
	for _, s := range in.senses {
		if isVerbSense(s) {
			return true
		}
	}
	return false
}

// lessonsCounted reports whether lessons counted follow 上: a number (or
// 节, 堂) first, then within four words a lesson (a word in 课 or 课程):
// 去上一节绘画课, 要上两节英语课, 每周上三堂课 "to attend" (not "last; previous"
// nor "up to"). Someone or something comes before 上 in its clause: opening
// it (上一节课我们讲了语法) 上 is "last".
func (c *fctx) lessonsCounted() bool {
	n := c.step(c.k+1, 1)
	if n < 0 || c.breaks(n, false) || c.clauseHead() || c.nb.prev == "的" {
		return false
	}
	if c.word(n) == "了" || c.word(n) == "过" {
		n = c.step(n+1, 1) // 上了三个月的培训班
		if n < 0 || c.breaks(n, false) {
			return false
		}
	}
	if w := c.word(n); !numeralRune(firstRune(w)) && w != "节" && w != "堂" {
		return false
	}
	for j, seen := n, 0; j >= 0 && seen < 6; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		// 一节课, 两年的培训班, 半年的补习班: lessons or a course.
		if w := c.word(j); strings.HasSuffix(w, "课") || strings.HasSuffix(w, "课程") || strings.HasSuffix(w, "培训班") || strings.HasSuffix(w, "补习班") || strings.HasSuffix(w, "辅导班") || strings.HasSuffix(w, "兴趣班") {
			return true
		}
	}
	return false
}

// byVerbs are what is done by a criterion that 按 names: 按小时收费, 按人头算,
// 按成绩排.
var byVerbs = map[string]bool{
	"收费": true, "计费": true, "计价": true, "计算": true, "算": true, "算钱": true, "付费": true, "付钱": true,
	"收": true, "卖": true, "分": true, "分配": true, "排": true, "排列": true, "排序": true, "结算": true,
	"支付": true, "发放": true, "发": true, "扣": true, "扣钱": true, "计": true,
}

// describedTopicNext reports whether a noun follows the token, then 的
// within two more words (a locative between: 那温室里的温度), the topic a
// question goes on to.
func (c *fctx) describedTopicNext() bool {
	n := c.step(c.k+1, 1)
	if n < 0 || c.breaks(n, false) || !(isNounPos(c.pos(n)) || c.nounAt(n)) || measureWords[c.word(n)] || timeNouns[c.word(n)] {
		return false
	}
	for j, seen := c.step(n+1, 1), 0; j >= 0 && seen < 2; j, seen = c.step(j+1, 1), seen+1 {
		switch c.word(j) {
		case "的":
			return true
		case "里", "上", "中", "方面":
			continue
		}
		if !isNounPos(c.pos(j)) {
			return false
		}
	}
	return false
}

// tradeAfterShi reports whether the 的 at the token closes 是 + a verb +
// its object, nothing else between: 他是开出租车的, 我爸爸是教英语的, 到处都是
// 卖小吃的 "one who (sells snacks)", a trade or a kind of people, not the
// 是…的 that stresses when or how (我是昨天来的, 他是坐飞机来的: a time or
// a second verb between).
func (c *fctx) tradeAfterShi() bool {
	if c.tradeAsked() {
		return true
	}
	o := c.step(c.k-1, -1)
	v := c.step(o-1, -1)
	s := c.step(v-1, -1)
	if o < 0 || v < 0 || s < 0 || c.breaks(o, false) || c.breaks(v, false) || !strings.HasSuffix(c.word(s), "是") {
		return false
	}
	if vw := c.word(v); modalVerbs[vw] || vw == "有" || vw == "在" || !(c.pos(v) == "v" || c.verbAt(v)) {
		return false
	}
	// (她是做销售的: 销售 a noun of the trade, though a verb too.)
	p, vw := c.pos(o), c.word(v)
	return (isNounPos(p) || c.nounAt(o)) && !personPos(p) && p != "t" && (!c.verbAt(o) || p == "vn" && tradeVerbs[vw])
}

// tradeVerbs are the verbs of what one does for a living: 做销售, 搞设计.
var tradeVerbs = map[string]bool{"做": true, "搞": true, "干": true, "教": true, "卖": true, "学": true}

// customBefore reports whether the clause, or the one before it, says by
// what custom or rule (按照老家的习惯, 按规定, 照我们这儿的规矩): 要 + verb is
// then what it requires, "must; should" (按照计划他明天要去: a plan says
// what will be).
func (c *fctx) customBefore() bool {
	by := false
	for j, seen := c.step(c.k-1, -1), 0; j >= 0 && seen < 12; j, seen = c.step(j-1, -1), seen+1 {
		if c.breaks(j, true) {
			return false
		}
		switch w := c.word(j); {
		case customWords[w]:
			by = true
		case by && (w == "按照" || w == "按" || w == "照" || w == "依照" || w == "根据" || w == "照着"):
			return true
		}
	}
	return false
}

// customWords are the customs and rules 按照 may name.
var customWords = map[string]bool{
	"习惯": true, "规矩": true, "老规矩": true, "传统": true, "规定": true, "习俗": true, "风俗": true,
	"惯例": true, "法律": true, "要求": true, "礼节": true, "礼仪": true, "制度": true,
}

// splitNameNext reports whether a person (a pronoun, kin, a person noun)
// stands before 叫 and, after it, two or three tokens of one character
// each close the clause: a name the segmenter cut into its characters (我叫
// 小明, 我叫张伟，…, 他儿子叫小宝; a pet's too: 这条狗叫旺财). One character (我叫车), a word of two (叫
// 外卖), a person (叫我), a number (叫一声) or a complement (叫醒) is no name.
func (c *fctx) splitNameNext() bool {
	p := c.step(c.k-1, -1)
	if p < 0 || c.breaks(p, false) {
		return false
	}
	if w := c.word(p); !personalPronouns[w] && !kinWords[w] && !personSuffix(w) && w != "名字" && !pets[w] {
		return false
	}
	n := 0
	for j := c.step(c.k+1, 1); j >= 0; j = c.step(j+1, 1) {
		if c.breaks(j, false) || finalParticles[c.word(j)] && n >= 2 {
			break
		}
		w := c.word(j)
		if utf8.RuneCountInString(c.sn.toks[j].Text) != 1 || n == 3 || personalPronouns[w] || numeralWord(w) || finalParticle(w) || w == "着" || w == "过" || w == "得" || w == "地" || n == 0 && (resultComplements[w] || w == "醒" || w == "住" || w == "来" || w == "去" || w == "上") {
			return false
		}
		n++
	}
	return n >= 2
}

// exampleTaken reports whether, within six words after the token in its
// clause, 来说, 来讲 (or 来 then 说, 讲), 为例 (or 为 then 例) or 举例
// closes what 拿 takes up as an example.
func (c *fctx) exampleTaken() bool {
	prev := ""
	for j, seen := c.step(c.k+1, 1), 0; j >= 0 && seen < 7; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		w := c.word(j)
		switch {
		case w == "来说" || w == "来讲" || w == "为例" || w == "举例":
			return true
		case (w == "说" || w == "讲") && prev == "来", w == "例" && prev == "为":
			return true
		}
		prev = w
	}
	return false
}

// listedDe reports whether the token closes a verb or an adjective + 的 that
// is an item of a list (、 after it, or before the word): 吃的、喝的，什么都
// 有, 红的、蓝的 "what one eats, what one drinks", not a reply (好的).
func (c *fctx) listedDe() bool {
	v := c.step(c.k-1, -1)
	if v < 0 || c.breaks(v, false) {
		return false
	}
	n, b := c.step(c.k+1, 1), c.step(v-1, -1)
	if !(n >= 0 && c.sn.toks[n].Text == "、" || b >= 0 && c.sn.toks[b].Text == "、") {
		return false
	}
	p := c.pos(v)
	return isVerbPos(p) && p != "vn" || strings.HasPrefix(p, "a") || c.verbAt(v)
}

// meantFor reports whether 给 follows 是 (or 都是, 就是) and the one it is
// meant for, then 的, comes before the clause's end or a noun: 这是给你的礼物,
// 这些花是给妈妈的 "for (sb)", not "to give" (他给我的感觉: a giver, no 是).
func (c *fctx) meantFor() bool {
	if !strings.HasSuffix(c.nb.prev, "是") || !c.objectNext() {
		return false
	}
	p := c.step(c.k+1, 1)
	for seen := 0; p >= 0 && seen < 2; p, seen = c.step(p+1, 1), seen+1 {
		if c.breaks(p, false) {
			return false
		}
		if d := c.step(p+1, 1); d >= 0 && c.word(d) == "的" {
			return true
		}
	}
	return false
}

// boardsCounted reports whether 上 is the verb of getting onto something:
// someone before it, then 了 and, within four words, a vehicle or a height
// (他上了一辆公共汽车, 我们刚上了飞机, 他上了山): "to climb; to get onto; to go
// up", not the bound form "up; upper".
func (c *fctx) boardsCounted() bool {
	nb := c.nb
	if nb.next != "了" || !(nb.in(prevPersonal) || personPos(nb.prevPos) || kinWords[nb.prev] || nb.prevPos == "d") {
		return false
	}
	for j, seen := c.nth(2, 1), 0; j >= 0 && seen < 4; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if boarded[c.word(j)] {
			return true
		}
	}
	return false
}

// boarded are what one gets onto or climbs: 上车, 上飞机, 上山.
var boarded = map[string]bool{
	"车": true, "汽车": true, "公共汽车": true, "公交车": true, "公交": true, "出租车": true, "火车": true,
	"地铁": true, "飞机": true, "船": true, "高铁": true, "大巴": true, "楼": true, "山": true, "台": true,
	"舞台": true, "岸": true, "床": true, "电梯": true, "楼梯": true,
}

// thenLeads open a clause after 那 "then": a question word, a condition, a
// demonstrative that is the clause's topic (那这个问题怎么解决). Not 什么,
// 谁, 多少, 怎么样: 那什么意思？ 那谁啊？ 那多少钱？ ask about "that".
var thenLeads = map[string]bool{
	"为什么": true, "为啥": true, "怎么": true, "怎么办": true, "怎样": true, "什么时候": true,
	"哪": true, "哪个": true, "哪里": true, "哪儿": true, "如果": true,
	"要是": true, "假如": true, "万一": true, "这": true, "这个": true, "这些": true, "这样": true,
	"这种": true, "现在": true, "接下来": true, "后来": true, "以后": true, "当时": true,
}

// tradeAsked reports whether the 的 at the token closes 是 + 干, 做 or 搞 +
// 什么 or 哪(一)行: 你是干什么的？ 他是干哪一行的？ "what one does for a
// living", the one who does it, not the stress of 是…的.
func (c *fctx) tradeAsked() bool {
	o := c.step(c.k-1, -1)
	if o < 0 || c.breaks(o, false) {
		return false
	}
	switch w := c.word(o); {
	case w == "干什么" || w == "做什么" || w == "干嘛" || w == "干吗":
		return strings.HasSuffix(c.word(c.step(o-1, -1)), "是")
	case w != "什么" && !strings.HasSuffix(w, "行"):
		return false
	}
	for j, seen := c.step(o-1, -1), 0; j >= 0 && seen < 3 && !c.breaks(j, false); j, seen = c.step(j-1, -1), seen+1 {
		if w := c.word(j); w == "干" || w == "做" || w == "搞" {
			return strings.HasSuffix(c.word(c.step(j-1, -1)), "是")
		}
	}
	return false
}

// titleNext reports whether a title or a quotation opens right after the
// token: 这首歌叫《朋友》, 这个项目叫“星火”: what follows 叫 is the name.
func (c *fctx) titleNext() bool {
	n := c.step(c.k+1, 1)
	if n < 0 {
		return false
	}
	switch c.sn.toks[n].Text {
	case "《", "“", "「", "『", "\"", "'", "‘":
		return true
	}
	return false
}

// decimalUnits are what a number with decimals measures: 三点五公里.
var decimalUnits = map[string]bool{
	"公里": true, "米": true, "厘米": true, "毫米": true, "公斤": true, "千克": true, "斤": true, "克": true,
	"吨": true, "升": true, "倍": true, "亿": true, "万": true, "元": true, "度": true, "个百分点": true,
	"秒": true, "平方米": true, "平米": true, "英里": true, "磅": true, "寸": true, "米高": true,
}

// ownedNext reports whether what follows 其 is what it owns: a plain noun
// (gse's n, not vn, or the dictionary's noun first), a word describing a
// noun that follows (潜在风险, 主要算力供应商), or 前/后 and an amount (其前一
// 步). A verb or a modal after 其 (其改正, 其能被) is no such thing.
func (c *fctx) ownedNext() bool {
	n := c.step(c.k+1, 1)
	if n < 0 || c.breaks(n, false) {
		return false
	}
	p := c.pos(n)
	if strings.HasPrefix(p, "v") || modalVerbs[c.word(n)] || c.verbAt(n) && !c.nounFirstAt(n) {
		return false
	}
	m := c.step(n+1, 1)
	if m >= 0 && c.word(m) == "化" {
		return false // 将其拟人化: the noun made a verb
	}
	if m >= 0 && strings.HasPrefix(p, "a") && strings.HasPrefix(c.pos(m), "v") {
		return false // 让其自由发展: how it is let do, not what it owns
	}
	if strings.HasPrefix(p, "n") && p != "nr" || c.nounNext() {
		return true
	}
	if m < 0 || c.breaks(m, false) {
		return false
	}
	if p == "f" {
		return numeralWord(c.word(m)) || c.pos(m) == "m" // 其前一步
	}
	q := c.pos(m)
	return (p == "t" || p == "b" || strings.HasPrefix(p, "a") || p == "") && (strings.HasPrefix(q, "n") && q != "nr" || unknownHan(firstRune(c.sn.toks[m].Text), q))
}

// stressedDisposal reports whether 给 stands right before the verb of a
// clause that 把, 将, 被, 让 or 叫 opened: 我把作业给忘了, 杯子被他给打碎了.
// It only stresses what befell the object (CC-CEDICT's "sentence
// intensifier"), neither "by" nor "to give"; 我把书给他 has a person after.
func (c *fctx) stressedDisposal() bool {
	n := c.step(c.k+1, 1)
	if n < 0 || c.breaks(n, false) || personalPronouns[c.word(n)] || c.pos(n) != "v" && !(c.verbAt(n) && !c.nounAt(n)) {
		return false
	}
	return c.near(-1, 6, false, "把", "将", "被", "让", "叫")
}

// frameNext reports whether a prepositional phrase that frames the clause
// follows the token: 对于, 关于, 至于, 从, 按照, 根据, 随着; 对 … 来说/而言;
// 在 … and a locative (中, 下, 上, 里, 方面, 时) with more after it, or 在 …
// 呢 (那在中国呢？). 那跟我有什么关系, 那比这个好, 那对吗, 那在哪儿 are no frame.
func (c *fctx) frameNext() bool {
	switch c.nb.next {
	case "对于", "关于", "至于", "从", "按照", "根据", "随着":
		return true
	case "对":
		// (对你来说: gse may cut 来 and 说.)
		return c.near(1, 7, false, "来说", "而言", "说来") || c.near(1, 5, false, "来") && c.near(1, 6, false, "说", "讲")
	case "在":
		for j, seen := c.nth(2, 1), 0; j >= 0 && seen < 7; j, seen = c.step(j+1, 1), seen+1 {
			if c.breaks(j, false) {
				return false
			}
			switch c.word(j) {
			case "呢":
				return true
			case "中", "下", "上", "里", "方面", "时", "时候", "期间":
				n := c.step(j+1, 1)
				return n >= 0 && (!c.breaks(n, false) || c.sn.toks[n].Text == "，" || c.sn.toks[n].Text == ",")
			}
		}
	}
	return false
}

// describedBeforeDe reports whether the word before the 的 that precedes
// the token is an adjective or a superlative (最大的, 唯一的): what the 的
// phrase describes is then the token, a noun.
func (c *fctx) describedBeforeDe() bool {
	j := c.nth(2, -1)
	if j < 0 || c.breaks(j, false) {
		return false
	}
	w := c.word(j)
	return strings.HasPrefix(c.pos(j), "a") || strings.HasPrefix(w, "最") || w == "唯一" || c.a.adjectiveFirst(w)
}

// pets are animals that are given names: 这条狗叫旺财.
var pets = map[string]bool{"狗": true, "猫": true, "小狗": true, "小猫": true, "鸟": true, "兔子": true, "狗狗": true, "猫咪": true}

// topicDiscussed reports whether 就 is the preposition of a topic: 这个, 这一,
// 此, 该 or 这些 after it, then within five words in its clause a verb of
// discussing (我们就这个问题讨论了很久, 双方就此达成一致, 他就这一点发表了
// 看法): "concerning; with regard to", not "then" (这个问题我就不说了: 就 after
// the topic).
func (c *fctx) topicDiscussed() bool {
	switch c.nb.next {
	case "这个", "这一", "这些", "此", "该", "这":
	default:
		return false
	}
	for j, seen := c.nth(2, 1), 0; j >= 0 && seen < 6; j, seen = c.step(j+1, 1), seen+1 {
		if c.breaks(j, false) {
			return false
		}
		if discussVerbs[c.word(j)] {
			return true
		}
	}
	return false
}

// discussVerbs are what is done about a topic that 就 names.
var discussVerbs = map[string]bool{
	"讨论": true, "谈": true, "谈谈": true, "聊": true, "聊聊": true, "发表": true, "交换": true, "达成": true,
	"进行": true, "提出": true, "回答": true, "表示": true, "说": true, "说明": true, "解释": true, "沟通": true,
	"协商": true, "商量": true, "磋商": true, "展开": true, "作出": true, "做出": true, "问": true, "提问": true,
}
