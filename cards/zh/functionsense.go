package zh

import (
	"strings"

	"cika/cards/wordnet"
)

// The CC-CEDICT sense behind each construction gloss. function.go and
// construction.go show a function word by its construction ("(在 + verb)
// be …-ing (in progress)"), a gloss of cika's own; but a card, an Anki
// note and `annotate --json` also name the dictionary sense they teach
// (entry and sense index), for the learner who wants the dictionary's
// wording and for anyone who checks cika against CC-CEDICT. Without this
// table a construction gloss named no sense at all, and a judge keyed by
// sense indices found every function word wrong.
//
// Each gloss maps to keys tried in order, separated by "|": a key names a
// sense of the token's chosen entry by its whole text, else by the start
// of its text. Several keys serve a gloss that several words share ("and
// (joining two nouns)" is 和's first sense and 跟's last). A gloss whose
// keys meet no sense of the entry names none, as before. Where a gloss
// covers several senses, its keys list them all, the usual one first, and
// the English side chooses (senseOfGloss).
var functionSenses = map[string]string{
	// 在
	"at; in; on (a place or time)":          "(of sb or sth) to be (located) at",
	"(verb + 在) at; in; on (where it ends)": "(of sb or sth) to be (located) at",
	"to be (here, there, in)":               "(of sb or sth) to be (located) at",
	"(在 + verb) be …-ing (in progress)":     "(used before a verb to indicate an action in progress)",
	// 喝杯茶, 买张票: construction.go's countedGlosses.
	"a cup; a glass (of)": "classifier for", "a bottle (of)": "classifier for", "a piece; an item (of)": "classifier for",
	"a sheet (of flat things)": "classifier for", "a meal; a bout (of)": "classifier for", "a (song, poem)": "classifier for",
	"a (vehicle)": "classifier for", "a copy; a portion (of)": "classifier for", "a plate; a dish (of)": "classifier for",
	"a (book, magazine)": "classifier for", "a mouthful (of)": "classifier for bites or mouthfuls", "a (cigarette, pen, song)": "classifier for",
	"a (long thin thing)": "classifier for", "a (letter)": "classifier for", "a (film, book, machine)": "classifier for",
	"a (piece of writing)": "classifier for", "a (machine)": "classifier for", "a (room)": "classifier for", "a (sentence, line)": "classifier for",
	"a (tree, plant)": "classifier for", "a (flower, cloud)": "classifier for",
	// 对, 对于, 关于, 向
	"(对 sb 来说) for sb; in sb's view":  "towards; at; for",
	glossDuiTo:                        "towards; at; for",
	"as for; regarding (a topic)":     "regarding; as far as",
	"about; on; concerning (a topic)": "about|concerning",
	"towards; to (sb or sth)":         "towards",
	glossMaObvious:                    "modal particle indicating that sth is obvious", // 嘛
	glossYaoIf:                        "if (same as 要是",
	// 后
	"(…后) after; behind": "after|behind",
	"(…后) after; later":  "after",
	// 给
	"(verb + 给) to (sb)":         "to",
	"(passive 给) by (= 被)":       "(grammatical equivalent of 被)",
	"(给 sb + verb) for; to (sb)": "for",
	"(是给…的) for (sb)":            "for",
	"(把/被…给 + verb) (emphasis)":  "(sentence intensifier)",
	glossBuranOtherwise:          "otherwise|or else|if not",
	glossGeiCommand:              "(sentence intensifier)",
	// 把, 将, 被, 让
	"(object marker) object before the verb": "(used to put the object before the verb",
	"(formal 把) object before the verb":      "(introduces object of main verb",
	"will; shall (formal future)":            "will",
	"(passive) by (the doer)":                "used to indicate passive voice",
	"(passive) is …-ed (被 + verb)":           "used to indicate passive voice",
	"(让 + sb + feeling) to make (sb feel …)": "to make sb (feel sad etc)",
	"to have sb do sth; to make sb do":       "to have sb do sth|to let sb do sth|to make sb (feel sad etc)",
	"(, 而 …) but; whereas; while":            "(indicates contrast)|but (not)|yet (not)",
	"to let; to make; to have sb do sth":     "to let sb do sth|to have sb do sth|to make sb (feel sad etc)|to permit",
	// 的, 地, 得
	"'s; of (possession)":                  "of; ~'s (possessive particle)",
	"(links a description to its noun)":    "(used after an attribute when it modifies a noun)",
	"'s; the one of (mine, his…)":          "(used after a noun, verb or adjective to form a nominal expression",
	glossDeWhat:                            "(used after a noun, verb or adjective to form a nominal expression",
	"(好的, 对的) OK; right (a reply)":         "(used at the end of a declarative sentence for emphasis)",
	"(adjective + 的) the … one":            "(used after a noun, verb or adjective to form a nominal expression",
	"(sentence-final) it is so (emphasis)": "(used at the end of a declarative sentence for emphasis)",
	"(是…的) stresses when, where, how":      "(used at the end of a declarative sentence for emphasis)",
	"(是的) yes; that's right":               "(used at the end of a declarative sentence for emphasis)",
	"(adverb marker) -ly; in a … way":      "-ly",
	"(structural particle) verb 得 + how":   "structural particle: used after a verb",
	"(verb 得 result) can; manage to":       "structural particle: used after a verb",
	"to have to; must":                     "to have to",
	// 一块, 下面, 反过来, 冲, 隔, 项, 通过 (construction.go)
	"(拿…来说) to take (as an example)":         "to take",
	glossPingShenme:                          "for which reason?",
	glossHuiBuHuiCan:                         "is able to or not",
	"on the basis of; by":                    "on the basis of",
	"(肯 + verb) to be willing to":            "to be willing to",
	glossAspect:                              "(fig.) (coll.) (typically preceded by a specifier",
	"(所 + verb) what (sb does); that which":  "that which|particle introducing a relative clause or passive",
	"(被/为…所 + verb) (passive)":               "particle introducing a relative clause or passive",
	"(就 + topic) concerning; with regard to": "with regard to; concerning",
	glossKuaiArea:                            "lump; chunk; piece",
	"together; in company":                   "together; in the same place; in company",
	"next; the following":                    "next",
	"conversely":                             "conversely",
	"in an opposite direction":               "in an opposite direction",
	"(冲着) towards; for (the sake of)":        "towards",
	"(冲 + sb + verb) towards; at (sb)":       "towards",
	"(隔 + amount) at intervals of; … apart":  "after or at an interval of|at a distance from",
	"classifier for items, tasks, clauses":   "classifier for principles, items, clauses",
	"by means of; through; via":              "by means of; through; via",
	// 了, 着, 过
	"(after a verb) completed action":       "(completed action marker)",
	"(verb + 了) done; change of state":      "(modal particle indicating change of state, situation now)|(completed action marker)",
	"(sentence-final) change of state: now": "(modal particle indicating change of state, situation now)",
	"(不…了) not any more":                    "(modal particle indicating change of state, situation now)",
	"(别…了) stop (doing it)":                 "(modal particle indicating change of state, situation now)",
	"(太…了) so; too much (modal particle)":   "(modal particle intensifying preceding clause)",
	glossLeIntensifying:                     "(modal particle intensifying preceding clause)",
	// 了 and 要 share it: each entry has one of the two.
	"(要…了) about to (happen)":             "will; shall; about to|(modal particle indicating change of state, situation now)",
	"(V1着 V2) while V1 is in progress":    "aspect particle indicating action in progress or ongoing state",
	"(verb + 着) -ing; ongoing state":      "aspect particle indicating action in progress or ongoing state",
	"(experienced action) have ever done": "(experienced action marker)",
	"to live; to get along":               "to live",
	glossLiaoCan:                          "(used with 得[de2] or 不[bu4] after a verb",
	// 就
	"(if …,) then":                      "(after a suppositional clause) in that case; then",
	"(每…就) then (each time)":            "(after a clause of action) as soon as; immediately after",
	"then; just; right away":            "(after a suppositional clause) in that case; then|(after a clause of action) as soon as; immediately after|(same as 就是[jiu4 shi4]) merely",
	"as soon as … then (一/刚/了…就)":       "(after a clause of action) as soon as; immediately after",
	"(so soon) already; right away":     "(after a clause of action) as soon as; immediately after",
	"(就在) right (here, there); exactly": "(same as 就是[jiu4 shi4]) merely",
	"(就是) exactly; precisely":           "(same as 就是[jiu4 shi4]) merely",
	"only; just (that much)":            "only; as little as",
	// CC-CEDICT has no "as early as" for 就; its emphatic sense (just;
	// precisely) is the one 从小就 stresses: right from then.
	"(从小, 一开始 + 就) already; right from then": "(same as 就是[jiu4 shi4]) merely",
	"(超 + adjective) super-; really":         "super-",
	"(干脆 + verb) simply; might as well":      "might as well|simply",
	"(就这样) just (like this); simply":         "(same as 就是[jiu4 shi4]) merely",
	"(就像) just like; exactly like":           "(same as 就是[jiu4 shi4]) merely",
	glossJiuAllAlong:                         "(same as 就是[jiu4 shi4]) merely",
	glossJiuJust:                             "(same as 就是[jiu4 shi4]) merely",
	glossZaiFurther:                          "further; beyond this point of time",
	// 才
	"(才是) really is; is the one":           "(emphatic, esp. in contrast or correction) really; actually",
	"(才 + verb) just now; only just":       "just now",
	"(才不…呢) really (not); certainly (not)": "(emphatic, esp. in contrast or correction) really; actually",
	glossCaiStressed:                       "(emphatic, esp. in contrast or correction) really; actually",
	"not until; only then":                 "then and only then",
	"only then; not until; just":           "then and only then",
	"only (before an amount)":              "(before an expression of quantity) only",
	// 还
	glossHaiEven:                      "even more",
	"(全 + verb) all; entirely":        "all",
	glossHaiAlso:                      "in addition|also",
	"else; still more (还…什么)":         "else",
	"fairly; passably (还可以: not bad)": "fairly",
	"still (not); (not) yet":          "still",
	glossHaiStill:                     "still|yet",
	// 也
	"(even if …) still":                      "also; too; as well",
	"(连…也) even":                             "(used after a verbal or nominal expression X",
	glossHenPlain:                            "(also, often used before an adjective without intensifying",
	"(乱 + verb) at random; indiscriminately": "indiscriminate",
	"(一点也不…) (not) at all; (not) even":       "(used after a verbal or nominal expression X",
	"also (not); (not) either":               "also; too; as well",
	"also; too":                              "also; too; as well",
	// 都
	"(every/any …) all, without exception": "all; both; entirely",
	"all; both (every one)":                "all; both; entirely",
	"(连…都) even":                           "(used for emphasis) even",
	glossLianEven:                          "(used with 也[ye3], 都[dou1] etc) even",
	"(都…了) already":                        "already",
	// 又
	"(used for emphasis) anyway; after all": "(used for emphasis) anyway",
	"(又…又) both... and...":                  "both... and...",
	"(既…又) both... and...":                  "both... and...",
	"again (it happened again)":             "(once) again",
	"(V A 又 V B) both... and...":            "both... and...",
	// 再
	"(先…再) then; after that":              "then (after sth, and not until then)",
	"(再 + adjective) more; however …":     "(before an adjective) more",
	"(再也不) never again; no more":          "again; once more; re-",
	"(再 + verb) a bit longer; a bit more": "further; beyond this point of time",
	"again (later); once more; then":      "again; once more; re-",
	// 会, 要, 能, 可以
	"can (know how to)":        "can; to have the skill; to know how to",
	glossHuiKnow:               "can; to have the skill; to know how to",
	"will; be likely to":       "to be likely to; to be sure to",
	glossYaoVerb:               "will; shall; about to|need to; should|to want; to need; to ask for",
	"can; be able to":          "can",
	"can; may (be allowed to)": "can",
	"can; may; it's OK":        "can",
	"not bad; fine":            "not bad",
	// 和, 跟, 与
	"and (joining two nouns)":         "(joining two nouns) and; together with|and (joining two nouns)",
	"and (formal, joining two nouns)": "(formal) and; together with",
	"and; with (formal)":              "(formal) and; together with",
	"and; with (sb)":                  "(joining two nouns) and; together with|with",
	"with; and (sb)":                  "with|(joining two nouns) and; together with|(formal) with; from",
	"with; to (sb)":                   "with|to|(joining two nouns) and; together with|(formal) with; from",
	// (跟's "compared with" is the comparison's own sense.)
	glossSameAs:        "compared with|with|(joining two nouns) and; together with|(formal) with; from",
	glossDifferentFrom: "compared with|with|(joining two nouns) and; together with|(formal) with; from",
	glossComparedWith:  "compared with|with|(joining two nouns) and; together with|(formal) with; from",
	glossSimilarTo:     "compared with|with|(joining two nouns) and; together with|(formal) with; from",
	glossYuWith:        "(formal) with; from",
	// 为, 以
	"(verb + 为) as; into; to be":    "as (in the capacity of)",
	"as; to be; to act as":          "as (in the capacity of)",
	"(以…为) as; to take … as":        "to take sth as",
	"(为…所) by (formal passive)":     "by (in the passive voice)",
	"for; because of":               "because of",
	"for; for the sake of (sb)":     "for",
	"(以…为) to take … as":            "to use",
	"(以 X 作为 Y) to use X as Y":      "to use",
	"by means of; with; as":         "by means of",
	"by means of; with; in (a way)": "by means of",
	"in order to; so as to":         "in order to",
	// 而, 其, 之, 并, 等
	"(因…而) and so; for that reason":       "(indicates causal relation)",
	"and; but; whereas (links two parts)": "and|(indicates contrast)|but (not)|yet (not)",
	"it; him; them (literary object)":     "it (refers to sth preceding it)|it",
	glossQiOwner:                          "its",
	"(literary) its":                      "its",
	"(literary) their":                    "their",
	"(literary) his":                      "his",
	"(literary) her":                      "her",
	"(literary 的) of; 's":                 "(possessive particle, literary equivalent of 的[de5])",
	"(…之一) one of":                        "(possessive particle, literary equivalent of 的[de5])",
	"(并 + not) not at all; actually not":  "(not) at all",
	"and (also); and then":                "and",
	"and; moreover; also":                 "furthermore|and|also",
	"etc.; and so on (ends a list)":       "and so on; etc.; et al.",
	// 上, 下, 中, 里
	"(after a noun) on; on top of; in":   "(noun suffix) on; above",
	"(after a verb) up; onto; on":        "(directional complement) up",
	"(上 + number) up to; over (上千)":      "(bound form) up; upper; above; previous",
	"last; previous (上个月)":               "(bound form) up; upper; above; previous",
	"to go to; to attend (school, work)": "to attend (class or university)",
	"(after a noun) under; below":        "below",
	"(在…下) under (help, rule…)":          "below",
	"(after a verb) down":                "down",
	"(下 + rain, snow) to fall":           "to go down",
	"(number + 下) times (of an action)":  "measure word to show the frequency of an action",
	"next (下个月)":                         "next (week etc)",
	"(after a noun) in; among; within":   "within; among; in",
	"(time + 中) during; in":              "while (doing sth); during",
	"(verb + 中) in the course of":        "while (doing sth); during",
	"(after a noun) in; inside":          "inside",
	"(time + 里) in; within (a time)":     "inside",
	// construction.go
	"(verb + 点) a little; some":                        "a small amount; a bit; (after a verb or adjective) a bit more",
	"(verb + sb + 一下) a bit; briefly":                  "(after a verb) a bit",
	"(…再说) to leave it until later":                    "to put off a discussion until later",
	"(再说，…) besides; what's more":                      "moreover",
	"(总 + 不能/不会) surely (not); after all":              "surely|anyway; after all",
	"(总会) sooner or later; eventually":                 "anyway; after all",
	"(proposal + 怎么样?) how about …?":                   "how about?",
	"other people; sb else; he, she or they":           "other people|sb else|he, she or they",
	"(in questions) after all; … on earth":             "after all",
	"(verb + 到底) to the end":                           "to the end",
	"(没有 + verb) did not; have not (done)":             "haven't|hasn't",
	"(没有 + noun) to not have; there is no":             "to not have",
	"(想 + verb) to want to; would like to":             "to desire; to want (to)",
	"(请 + verb) please (do sth)":                       "please (do sth)",
	"(请 + sb + verb) to ask; to invite":                "to ask",
	"(使 + sb + verb) to make; to cause (sb to do sth)": "to make",
	"(正 + verb) in progress: just now …-ing":           "just (at that time)",
	glossYiqiCase:     "an instance of; a case of",
	glossLaiAmount:    "(used as a substitute for a more specific verb)",
	glossZhuHeld:      "(result complement indicating firmness",
	glossGeiLet:       "to allow",
	glossBeiOnlyWay:   "modal particle indicating that things should only or can only be done a certain way",
	glossXialaiLasted: "(indicates continuation from the past towards us)",
	glossZhengWhole:   "(bound form) whole; complete; entire",
	glossNaBa:         "(used in the same way as 把",
	"(motion verb + 下来) down (towards us)": "(after verb of motion, indicates motion down",
	glossTaiToo: "too (much)",
	glossTaiSo:  "very|extremely",
	"(先 … 一会儿) for now; for a while":              "for the time being; for now",
	"(verb + 成) into; to become":                  "to turn into",
	"(从…到) to; until":                             "to (a place); until (a time); up to (a point)",
	glossSpanTo:                                   "to (a place); until (a time); up to (a point)",
	glossMovedTo:                                  "to (a place); until (a time); up to (a point)",
	glossAskedTo:                                  "to ask",
	"(直 + verb) keep (doing); on and on":          "(indicates continuing motion or action)",
	glossUntil:                                    "to (a place); until (a time); up to (a point)",
	"to go on; to continue":                       "to go on",
	"(coll.) quite; very":                         "(coll.) quite",
	"(verb + object + 来 + verb) in order to":      "(between two verbs) in order to",
	"(一边 A 一边 B) doing A while doing B":           "doing while",
	"(刚 + verb) just; a moment ago":               "just; only a short while ago",
	"(去 + verb) to go and (do); in order to":      "(when used either before or after a verb) to go in order to do sth",
	"once; one time":                              "once",
	"to consider; to think":                       "to consider; to regard as",
	"(快 + verb!) hurry; quick":                    "to make haste",
	"(verb + 走) away":                             "away (in compound verbs",
	"(verb + 掉) away; off (gone, done)":           "(used after certain verbs to express completion",
	"(一 + verb … 就) as soon as":                   "as soon as",
	"(不太 + adjective) not very; not too":          "too (much)",
	"(老 + surname) old (familiar address)":        "prefix used before the surname",
	"(快 + verb + 了) soon; almost; about to":       "soon|almost",
	glossKuaiAmount:                               "almost|soon",
	glossGaiShould:                                "should|ought to",
	"(较 + adjective) relatively; comparatively":   "(before an adjective) relatively; comparatively; rather",
	"(A 比 B + adjective) than; compared with":     "(followed by a noun and adjective) more {adj.} than {noun}",
	"(number 比 number) to (in a score or ratio)":  "ratio",
	"(当 + role) to be; to act as; to work as":     "to act as",
	"(把 X 当 Y) to regard as; to treat (X) as (Y)": "to regard as",
	glossDangRegard:                               "to regard as",
	glossDangTakeAs:                               "to regard as",
	glossGanBefore:                                "to hurry; to rush",
	glossGenFollow:                                "to follow closely|to go with",
	glossRangLet:                                  "to let sb do sth|to permit",
	glossLianBoth:                                 "including",
	"(as a reply) yes; that's right":              "correct; right; true",
	"(先 + verb) first; beforehand":                "beforehand; first; earlier",
	"(A 离 B + near/far) from; away from":          "(in giving distances) from",
	"(一点也不…) not a bit; not at all":               "(used in negative expressions) (not) the least bit",
	"(adjective + 一点) a bit more; -er":            "(after an adjective, used to form the comparative)",
	"(number + 点) points; items (三点建议)":           "point; dot; spot; speck",
	"(classifier) item; piece (news, rules…)":     "classifier for long thin things",
	"(得慌) unbearably; terribly":                   "(coll.) (after 得[de2]) unbearably; terribly",
	"(可 + 不, 别, adjective) really; (stress)":      "(particle used for emphasis) certainly; very",
	"(filler) umm; you know":                      "(used in speech as a filler",
	"(verb + time + 就) then (after that long)":    "(after a suppositional clause) in that case; then",
	"(再 + adjective … 也) no matter how …":         "no matter how",
	"(之所以…是因为) the reason why …":                  "(after a noun N and before a predicate P) the reason why N P",
	"(A…, B 则…) while; but; then":                 "(literary) (conjunction used to express contrast with a previous clause) but; then",
	"(便 = 就) then; right away":                    "equivalent to 就[jiu4]: then",
	"(由 sb + verb) by (sb); it is for sb to":      "(before a noun and a verb) it is for ... to ...",
	"(verb + 于) to; for; with regard to":          "(indicating any indirect relation) to; toward; vis-à-vis; with regard to; for",
	"(A 至 B) to; until":                           "to|until",
	"(本 + measure word) this; the current":        "(bound form) this; the current (year etc)",
	"(从…起) starting from":                         "starting from (a time, place, price etc)",
	"(老 + verb) always; all the time":             "always",
	glossLaoLong:                                  "of long standing",
	glossYiqianFormer:                             "previous",
	glossPianStubborn:                             "stubbornly|contrary to expectations",
	// 真的 has the sense whole; 真 has "real" on its own.
	"real; true; genuine":                     "real; true; genuine|real",
	"(passive 让) by (= 被)":                    "by (indicates the agent in a passive clause",
	"(passive 叫) by (= 被)":                    "by (indicates agent in the passive mood)",
	"(等等 the verb) wait a minute; wait a bit": "wait a minute!",
	glossDengWhen:                             "by the time; when; till",
	"(verb + 于) from (a source)":              "(indicating a source) from; out of",
	glossQilaiUp:                              "indicating an upward movement",
	glossQilaiTogether:                        "indicating completion",
	glossQilaiSeems:                           "(after a perception verb, e.g. 看[kan4]) expressing preliminary judgment",
	"(一点都不…) (not) at all":                    "(not) at all",
	"(只有…才) only if; only by":                 "(used in combination with 才[cai2]) it is only if",
	"(只有 sb 才) only (sb)":                     "it is only (someone) who",
	"(time span + 前) ago":                     "ago",
	"(verb + 完) to finish (doing)":            "to finish",
	glossLaiDoIt:                              "(used as a substitute for a more specific verb)",
	glossLaiLets:                              "(used as a substitute for a more specific verb)",
	"whatever for?; why on earth?":            "whatever for?|why on earth?",
	"contrary to what one might expect; yet":  "contrary to what one might expect",
	"a mouthful; a bite":                      "a mouthful",
	glossShiConcede:                           "(adverb for emphatic assertion)",
	glossShiAssert:                            "(adverb for emphatic assertion)",
	glossYaoTakes:                             "to want; to need; to ask for",
	glossHaoSo:                                "(before an adjective for exclamatory effect) so",
	glossTrade:                                "(bound form) line of business; trade; profession",
	"(…了没有？) have (you) … or not?":            "haven't",
	glossLaiHither:                            "hither (directional complement for motion toward the speaker",
	"(verb + 去) away (from the speaker)":      "(after a verb of motion indicates movement away from the speaker)",
	glossNeQuestion:                           "(sentence-final particle) used in questions",
	glossNeStill:                              "(sentence-final particle) indicating that a state or situation still holds",
	glossNeOngoing:                            "(sentence-final particle) indicating that a state or situation still holds",
	glossNeAsks:                               "(sentence-final particle) used in questions",
	glossNePause:                              "(discourse particle) used to mark a slight pause",
	glossNeEmphasis:                           "(discourse particle) used to mark a slight pause",
	glossDayOfMonth:                           "day of the month",
	glossYaoMust:                              "need to; should",
	glossLingBetween:                          "(placed between two numbers",
	glossToPlace:                              "to (a place); until (a time); up to (a point)",
	glossUpTo:                                 "to (a place); until (a time); up to (a point)",
	glossTillPoint:                            "to (a place); until (a time); up to (a point)",
	glossErNot:                                "but (not)|yet (not)",
	glossErYetNot:                             "but (not)|yet (not)",
	glossZheCounted:                           "(bound form) this; these (followed by a classifier)",
	glossZheNoun:                              "(bound form) this; the (followed by a noun)",
	"(verb + number + 遍) times (start to end)": "classifier for actions: one time",
	"(verb + number + 回) times; occasions":     "classifier for occurrences or times",
	"(verb + number + 趟) trips; times":         "classifier for times, round trips",
	"(verb + 场) a (film, match, show)":         "classifier for sporting or recreational activities",
	glossNumbered:                              "(after a numeral) number designation",
	glossSizeUp:                                "(bound form) size; type; category",
}

// senseOfGloss returns the index in in.senses of the sense that gloss g
// teaches: the sense itself when g is one (a construction that keeps the
// dictionary's wording), else the sense functionSenses names for it; -1
// when there is none in this entry. Where the keys name several senses of
// the entry (让 "to let; to make; to have sb do sth" is three of
// CC-CEDICT's), the English side picks the one it says ("this film made
// me cry": "to make sb (feel sad etc)"), the first when it says none.
func (in *entryInfo) senseOfGloss(g string, en *english) int {
	if i := in.senseOf(g); i >= 0 {
		return i
	}
	keys, ok := functionSenses[g]
	if !ok {
		return -1
	}
	// Where the keys name one sense of the entry only, it is the answer,
	// whatever the English says: its evidence, weighed for every function
	// word of every pair (的 "(possessive particle…)"), is looked for only
	// where there are two senses to tell apart.
	first, several := -1, false
	for key := range strings.SplitSeq(keys, "|") {
		if i := in.senseKeyed(key); i >= 0 && first < 0 {
			first = i
		} else if i >= 0 && i != first {
			several = true
			break
		}
	}
	if !several || en == nil {
		return first
	}
	first, best, bestEv := -1, -1, 0.0
	for key := range strings.SplitSeq(keys, "|") {
		i := in.senseKeyed(key)
		if i < 0 {
			continue
		}
		if first < 0 {
			first = i
		}
		if en == nil {
			break
		}
		if ev := lemmaEvidence(in, en, i); ev > bestEv {
			best, bestEv = i, ev
		}
	}
	if best >= 0 {
		return best
	}
	return first
}

// senseKeyed returns the index of the sense whose text is key, else of the
// first that starts with key when key is long enough to say which (a short
// key is a whole sense: "to" is 给's "to", never 和's "to make peace");
// -1 if none.
func (in *entryInfo) senseKeyed(key string) int {
	for i, s := range in.senses {
		if s == key {
			return i
		}
	}
	if len(key) < minPrefixKey {
		return -1
	}
	for i, s := range in.senses {
		if strings.HasPrefix(s, key) {
			return i
		}
	}
	return -1
}

// minPrefixKey is the shortest key (in bytes) that may name a sense by
// the start of its text.
const minPrefixKey = 12

// lemmaEvidence is how much the English says of sense i of in by the
// words themselves and their lemmas ("made" for "to make sb …"), even for
// a single character, whose related words senseEvidence leaves out: here
// the construction has already narrowed the choice to a few senses.
func lemmaEvidence(in *entryInfo, en *english, i int) float64 {
	m, j, off := in.senseAt(i)
	if m == nil {
		return 0
	}
	return en.relScore(m, relOf(m, in.senses[off:off+int(m.nSenses)]), j, max(in.related, wordnet.Same))
}

// ownerGloss narrows 其's possessive gloss to the owner the English names
// (their, its, his, her: the first it says; else the first of they, it,
// he, she), since one card gloss for four owners teaches none of them:
// 作为其主要供应商 / "their primary provider" is "(literary) their". Without
// such a word the gloss stays whole.
func (x *english) ownerGloss(g string) string {
	if g != glossQiOwner || x == nil {
		return g
	}
	for _, w := range x.words {
		switch w {
		case "their", "theirs":
			return "(literary) their"
		case "its":
			return "(literary) its"
		case "his":
			return "(literary) his"
		case "her", "hers":
			return "(literary) her"
		}
	}
	// No possessive: the pronoun that stands for the owner (其规模将超过…
	// / "it's gonna be bigger").
	for _, w := range x.words {
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // it's, they're, it'll
		}
		switch w {
		case "they", "them":
			return "(literary) their"
		case "it":
			return "(literary) its"
		case "he", "him":
			return "(literary) his"
		case "she":
			return "(literary) her"
		}
	}
	return g
}
