package zh

import "testing"

// TestLearnerSenseInContext checks learner.txt where the English says
// nothing: the sense a learner meets first, not CC-CEDICT's first plain
// sense (the old sense is in the comment), while the grammar around the
// token still chooses among the senses.
func TestLearnerSenseInContext(t *testing.T) {
	a := analyzer(t)
	checkGlossPrefixes(t, a, []contextGloss{
		// HSK levels 1 and 2.
		{"今天太热了。", "太", "too (much)"},          // "highest"
		{"你想点什么?", "点", "to order (food etc)"}, // "to touch briefly"
		{"你说错了。", "错", "wrong"},                // "mistake", after 说 "to grind"
		{"这道题很难。", "题", "exam question"},       // "topic"
		{"这是什么意思?", "意思", "meaning"},           // "idea"
		{"他进了房间。", "进", "to enter"},            // "to go forward"
		{"这个孩子长得很快。", "长", "to grow"},          // "chief"
		{"我们昨天上了三节课。", "课", "class"},           // "subject"
		{"这个月的工资已经花光了。", "月", "month"},         // "moon"
		{"他每天下午都去游泳。", "游泳", "to swim"},        // "swimming"
		{"我们说为每个人准备的礼物。", "准备", "to prepare"},  // "preparation"
		{"谢谢你的帮助。", "帮助", "assistance"},        // the noun after 的
		{"我们一起去吧。", "一起", "together"},
		// HSK levels 3 and 4.
		{"明天可能会下雨,别忘了带伞。", "带", "to bring"},                  // "belt"
		{"你明白我的意思吗?", "明白", "to understand"},                 // "clear; obvious"
		{"我很担心他。", "担心", "to worry"},                         // "anxious"
		{"我愿意帮你。", "愿意", "willing"},                          // "to wish"
		{"我想试一下。", "试", "to try"},                            // "to test"
		{"我的包在哪儿?", "包", "bag"},                              // "to cover"
		{"这栋楼有三十层。", "楼", "storied building"},                // "house with more than 1 story"
		{"阿姨,您好!", "阿姨", "woman of similar age"},             // "maternal aunt"
		{"你得多锻炼身体。", "锻炼", "to engage in physical exercise"}, // "to toughen"
		{"我给你倒杯水。", "倒", "to pour out"},                      // "to invert"
		{"你指的是哪个人?", "指", "to indicate or refer to"},         // "finger"
		{"他没提这件事。", "提", "to mention"},                       // "to carry (hanging down …)"
		{"杯子里的水满了。", "满", "full"},                            // "to fill"
		{"这本书值得一看。", "值得", "to merit"},                       // "worth the money"
		{"我给妈妈寄了一封信。", "寄", "to send by post"},               // "to entrust"
		{"我忘了密码。", "密码", "password"},                         // "cipher; secret code"
		{"你对这件事有什么看法?", "看法", "opinion"},                     // "way of looking at a thing"
		{"他管理一家公司。", "管理", "to manage"},                      // "to supervise"
		{"我要打印这个文件。", "打印", "to print out"},                  // "to affix a seal"
		{"这个菜太咸了。", "咸", "salty"},                            // "salted"
		{"我估计他不会来了。", "估计", "(coll.) to reckon"},             // "to estimate"
		{"这个工作很轻松。", "轻松", "relaxed"},                        // "light"
		{"他们今晚有约会。", "约会", "date"},                           // "appointment"
		{"事实证明他是对的。", "证明", "to prove"},                      // "proof"
		// HSK levels 5 and 6.
		{"宝贝,别哭了。", "宝贝", "darling"},                 // "treasured object"
		{"公司派他去上海。", "派", "to send"},                 // "clique; school; group; faction"
		{"我们分成三个组。", "组", "group"},                   // "to form"
		{"他答应了我的要求。", "答应", "to answer positively"},  // "to answer; to respond"
		{"你闻一下这个花。", "闻", "to smell"},                // "to hear"
		{"这次全凭你了。", "凭", "to rely on"},               // "to lean against" (凭什么 "(spoken) why?" is a headword)
		{"这件衣服太丑了。", "丑", "ugly"},                    // 丑 "shameful"
		{"他一个月挣五千块。", "挣", "to make (money)"},        // "to struggle to get free"
		{"他给学校捐了很多钱。", "捐", "to contribute"},         // "to relinquish; to abandon"
		{"你在哪个单位工作?", "单位", "work unit"},             // "unit (of measure)"
		{"请输入密码。", "输入", "to input"},                 // "to import"
		{"我的拼音不太好。", "拼音", "pinyin"},                 // "phonetic writing"
		{"我们要发挥自己的优势。", "发挥", "to bring out"},        // "to display"
		{"嗨,好久不见!", "嗨", "hi!"},                      // "oh alas"
		{"学生们都穿着制服。", "制服", "uniform"},               // "(in former times) what one is allowed to wear …"
		{"这首曲子很好听。", "曲子", "tune"},                   // "poem for singing"
		{"我们需要更多的销售渠道。", "渠道", "(fig.) channel"},     // "irrigation ditch"
		{"这是现在的主流观点。", "主流", "mainstream"},           // "main stream (of a river)"
		{"他是公司的骨干。", "骨干", "fig. backbone"},          // "diaphysis"
		{"你别敷衍我。", "敷衍", "to do sth half-heartedly"}, // "to elaborate (on a theme)"
		{"别给自己太大的心理包袱。", "包袱", "burden"},             // "wrapping cloth"
		{"这家店的菜很实惠。", "实惠", "economical"},            // "cheap", first of its adjectives
		// Words of interviews and everyday talk outside HSK 2.0.
		{"他在院子里养了几只鸡。", "鸡", "chicken"},                               // "fowl"
		{"妈妈在厨房蒸包子。", "蒸", "(of cooking) to steam"},                   // "to evaporate"
		{"这笔款下个月才到。", "款", "funds"},                                   // "section"
		{"他们去公司讨个说法。", "讨", "to demand or ask for"},                   // "to invite"
		{"他在城里买了房子。", "城", "city"},                                    // "city walls"
		{"你能帮我修一下电脑吗?", "修", "to repair"},                             // "to decorate"
		{"这辆车太酷了!", "酷", "(loanword) cool"},                           // "ruthless"
		{"他数学考了九十分。", "考", "to take an exam"},                         // "to beat"
		{"他在论坛上发了一个帖子。", "帖子", "(forum) post"},                        // "card"
		{"我们重新设计了整个架构。", "架构", "structure"},                           // "to construct; to build"
		{"这个模型是开源的。", "开源", "(computing) open-source"},                // "to establish additional sources of revenue"
		{"我们要简化这个流程。", "流程", "sequence of processes"},                 // "course"
		{"模型可以调用外部工具。", "调用", "(computing) to invoke"},                // "to transfer"
		{"我们要打造一个更好的产品。", "打造", "(fig.) to create"},                   // "to forge (metal)"
		{"算力是现在最大的瓶颈。", "瓶颈", "(fig.) bottleneck"},                    // "neck of a bottle"
		{"这家公司引领了整个行业。", "引领", "to lead"},                             // "to crane one's neck"
		{"老兄,最近怎么样?", "老兄", "(form of address between male friends)"}, // "elder brother (often used self-referentially)"
		{"我们要学会应对各种挑战。", "应对", "to handle"},                           // "to answer; to reply"
		{"这双袜子太臭了。", "臭", "smelly"},                                   // "stench", before 了 "to smell (bad)"
		// Where the English of the probe pairs most often contradicts the
		// first plain sense.
		{"学校为学生提供免费午餐。", "提供", "to provide"},     // "to offer"
		{"这意味着我们要重新开始。", "意味着", "to mean"},       // "to signify"
		{"他不会来了。", "不会", "will not"},             // "improbable"
		{"他发现了一个新的方法。", "发现", "to discover"},     // "to notice; to become aware of"
		{"我们的目标是明年上市。", "目标", "goal"},            // "target"
		{"饭好了,快来吃吧。", "饭", "meal"},               // "cooked rice"
		{"你能举个例子吗?", "例子", "example"},            // "case"
		{"你确定吗?", "确定", "to be sure"},            // "definite"
		{"我们相处得很好。", "相处", "to get along"},       // "to be in contact (with sb)"
		{"这个问题你可以自行解决。", "自行", "by oneself"},     // "voluntary"
		{"我们要好好利用这段时间。", "利用", "to make use of"}, // "to exploit"
		{"我们要推进这个项目。", "推进", "to advance"},       // "to impel"
		{"他总说自己很忙。", "总", "in every case"},       // "to sum up"
		{"孩子们对一切都很好奇。", "好奇", "curious"},         // "inquisitive"
		{"我给你发了一封邮件。", "邮件", "email"},            // "mail"
		// Everyday sentences of my own, read without English.
		{"对不起,我来晚了。", "晚", "late"},                    // "evening"
		{"这家餐厅的菜很好吃。", "餐厅", "restaurant"},            // "dining hall"
		{"他的工作态度很认真。", "态度", "attitude"},              // "manner"
		{"她的性格很好。", "性格", "character"},                // "nature"
		{"孩子在睡觉。", "睡觉", "to sleep"},                  // "to go to bed"
		{"我们在这方面投入了大量的精力。", "投入", "to put into"},      // "to throw into"
		{"我把钥匙落在家里了。", "落", "to leave behind"},        // la4 "to leave out"
		{"我的钱包丢了。", "钱包", "wallet"},                   // "purse"
		{"最重要的是保持好奇心。", "好奇心", "curiosity"},           // "interest in sth"
		{"我们要尊重别人的选择。", "尊重", "to respect"},           // "to esteem"
		{"你最好提前订票。", "提前", "in advance"},              // "to shift to an earlier date"
		{"我全身都湿了。", "湿", "wet"},                       // "moist"
		{"我想补充一点。", "补充", "to supplement"},            // "to replenish"
		{"你需要更新一下软件。", "更新", "to update"},             // "to replace the old with new"
		{"我们需要建立一套新的评估体系。", "一套", "a set"},            // "suit"
		{"他们的估值已经超过了一千亿美元。", "千亿", "hundred billion"}, // "myriads"
		{"他今年刚毕业,正在找工作。", "刚", "just"},                // "exactly; precisely"
		{"这个牌子的衣服质量很好。", "牌子", "brand"},               // "sign"
		{"这个产品上线以后反响很好。", "反响", "reaction"},           // "repercussions"
		{"这个问题值得深入讨论。", "深入", "thorough"},             // "to penetrate deeply"
		{"我们在网上订了一个房间。", "订", "to order"},             // "to agree"
		{"这个我得回去查一下。", "查", "to check"},               // "to research"
		{"昨天晚上刮了一夜的风。", "刮", "to blow"},               // "to scrape"
		{"这座山很高,爬上去要三个小时。", "爬", "to climb"},          // "to crawl"
		{"我们家的规矩很多。", "规矩", "rule"},                   // "fig. established standard"
		{"这是一般的问题。", "一般", "ordinary"},                // "same"
		{"他的中文水平很一般。", "一般", "ordinary"},              // "same"
		{"我们要保护用户的隐私。", "隐私", "privacy"},              // "secrets"
		{"这是我的隐私,你别问。", "隐私", "privacy"},              // "secrets"
		{"打破技术壁垒很难。", "壁垒", "barrier"},                // "rampart"
		{"两国之间有很多贸易上的壁垒。", "壁垒", "barrier"},           // "rampart"
		// The grammar still chooses: the noun after 的 or a demonstrative.
		{"这就是他的解释。", "解释", "explanation"},
		{"这次检查很仔细。", "检查", "inspection"},
		// The slot chooses among all the senses in the dictionary's order,
		// not the ones after the usual sense first: 准备 "to prepare",
		// after 的 "preparation" (not the later "reserve (fund)"); 活动
		// "activity", before 一下 or doubled the verb "to exercise" (not
		// the later "to use personal influence").
		{"这一次的准备很充分。", "准备", "preparation"},
		{"这是他的准备。", "准备", "preparation"},
		{"考试的准备做好了吗?", "准备", "preparation"},
		{"我准备明天去北京。", "准备", "to intend"},
		{"吃完饭出去活动一下。", "活动", "to exercise"},
		{"你应该多活动活动。", "活动", "to exercise"},
		// What a person's 的 owns is a noun, though the usual sense is an
		// adjective (错 "wrong"); one that modifies the noun after it
		// keeps its sense.
		{"这是你的错。", "错", "mistake"},
		{"都是我的错,对不起。", "错", "mistake"},
		{"我的好同学来了。", "好", "good"}, // (好朋友 is a headword, the unit)
		// At the head of a clause before 的, a modifier, not the adverb.
		{"一般的人不会这么想。", "一般", "ordinary"},
		{"特别的礼物要送给特别的人。", "特别", "unusual; special"},
		{"同样的情况也成立。", "同样", "same"},
		// Before a subject and its verb, what one becomes aware of is a
		// fact: 发现 "to notice", not learner.txt's "to discover" (which a
		// noun object keeps, and an object described by a clause).
		{"我发现他已经走了。", "发现", "to notice"},
		{"你有没有发现他最近很少说话?", "发现", "to notice"},
		{"我发现了一个问题。", "发现", "to discover"},
		// A sense glossed by a negation is an adjective's: after a degree
		// adverb 差 keeps learner.txt's "not up to standard" (not the first
		// plain "different"); before 了 or a quantity without one, the verb,
		// but for a little amount of degree closing the clause (差了一点).
		{"这家店的服务很差。", "差", "not up to standard"},
		{"你们的服务太差了。", "差", "not up to standard"},
		{"我的中文还很差。", "差", "not up to standard"},
		{"我还差十块钱。", "差", "to fall short"},
		{"现在差五分八点。", "差", "to fall short"},
		{"这道菜的味道差了一点。", "差", "not up to standard"}, // a little worse (littleWorse)
		{"他发现了我们以前没见过的动物。", "发现", "to discover"},
		{"他发现我们以前没见过的动物。", "发现", "to discover"},
		// and the adverb before a verb, where the usual sense is a noun
		// or an adjective (usualIsAdverbial): 一般 "ordinary", but
		{"他们一般不在家吃饭。", "一般", "generally"},
		{"我一般不喝咖啡。", "一般", "generally"},
		{"你周末一般做什么?", "一般", "generally"},
		// Frequent words by gse's frequency, read without
		// English; the dictionary's first plain sense in the comment.
		{"这个药很苦。", "药", "medicine"},                                // 葯 "leaf of the iris"
		{"这种药一天吃两片。", "药", "medicine"},                             // 葯 "leaf of the iris"
		{"我的师父教了我很多东西。", "师父", "master"},                           // "used for 師傅|师傅 (in Taiwan)"
		{"这些动物主要分布在南方。", "分布", "to be distributed"},                // "to scatter"
		{"我们要作出决定。", "作出", "to make (a choice"},                    // "to put out"
		{"你先说,我接着说。", "接着", "then"},                                // "to catch and hold on"
		{"接着,我们去了博物馆。", "接着", "then"},                              // "to catch and hold on"; "to continue" (3350e5c)
		{"这双鞋大小正合适。", "大小", "size"},                                // "large and small"
		{"尽管很累,他还是去了。", "尽管", "although"},                          // "unhesitatingly", the adverb before 很
		{"他从事教育工作二十年了。", "从事", "to engage in"},                     // "to go for"
		{"你究竟想要什么?", "究竟", "(in an interrogative sentence)"},       // "to go to the bottom of a matter"
		{"孩子的家长都来了。", "家长", "parent or guardian"},                  // "head of a household"
		{"这仅仅是开始。", "仅仅", "only"},                                  // "barely"
		{"他站在我身后。", "身后", "a place behind sb"},                     // "the time after one's death"
		{"他是个小人,别相信他。", "小人", "nasty person"},                      // "person of low social status (old)"
		{"很多网友都在讨论这件事。", "网友", "netizen"},                          // "online friend"
		{"我们的口径要统一。", "口径", "(fig.) stance"},                       // "bore; caliber"
		{"请不要堵住安全通道。", "通道", "passage"},                            // "(communications) channel"
		{"这家公司被收购了。", "收购", "to acquire or take over"},             // "to purchase … in bulk"
		{"今年公司的业绩很好。", "业绩", "(in more recent usage) performance"}, // "achievement"
		{"他看东西眼光很好。", "眼光", "vision"},                              // (有眼光 is a headword, the unit)                              // "gaze"
		{"这个问题的层次比较深。", "层次", "level"},                             // "layer"
		{"他的思想达到了一个新的境界。", "境界", "realm"},                          // "boundary"
		{"他家里有事儿,先走了。", "事儿", "matter that needs"},                 // "one's employment"
		{"这间屋子很小。", "屋子", "room"},                                  // "house"
		{"基于这些数据,我们做出了判断。", "基于", "on the basis of"},               // "because of"
		{"我的手机流量用完了。", "流量", "data traffic"},                       // "flow rate"
		{"她说的是一种南方方言。", "方言", "dialect"},                           // "topolect"
		{"今年房价上涨的幅度很大。", "幅度", "extent"},                           // "width"
		{"海外同胞都很关心国家的发展。", "同胞", "compatriot"},                     // "born of the same parents"
		{"这里山水很美。", "山水", "scenery"},                               // "water from a mountain"
		{"这家店的产品品质很好。", "品质", "quality (of a product"},             // "character"
		{"他的心态很好。", "心态", "mentality"},                             // "attitude (of the heart)"
		{"舞台上的灯光很亮。", "灯光", "light"},                               // "(stage) lighting"
		// A usual sense that is an adverb is not a noun (need.go
		// nounishOf): after its subject and before a verb it stays the
		// adverb, not the first verb sense "to part".
		{"他们分别来自北京和上海。", "分别", "separately"},
		{"我们分别在两个城市工作。", "分别", "separately"},
		// Before an aspect particle, which follows only a verb, a usual
		// sense that is an adverb gives way to the dictionary's first
		// sense, a verb's (learner.go usualFits); an adjective stays.
		{"会议提前了。", "提前", "to shift to an earlier date"},
		{"我们分别了十年。", "分别", "to part"},
		{"毕业以后我们就分别了。", "分别", "to part"},
		{"我们提前完成了任务。", "提前", "in advance"},
		{"这个字写错了,你重写一个吧。", "错", "wrong"},
		{"这家饭馆已经很不错了。", "不错", "not bad"},
		// Characters and words read in sentences of my own.
		{"别装了,我知道是你。", "装", "to pretend"},  // "adornment"
		{"我们要发挥自己的优势。", "优势", "advantage"}, // "superiority"
		{"这是我们最大的优势。", "优势", "advantage"},  // "superiority"
		{"我们跟团去旅游。", "团", "group"},         // "round"
		{"请把门封上。", "封", "to seal"},         // "to confer"
		{"他给我写了一封信。", "封", "classifier for sealed"},
		// Words 4,000 to 9,000 by gse's frequency, read the same way.
		{"昨天晚上有强盗进了他家。", "强盗", "robber"},                             // "to rob (with force)"
		{"电影里他演一个特务。", "特务", "spy"},                                  // "special assignment (military)"
		{"她每天都打扮得很漂亮。", "打扮", "to dress"},                            // "to decorate"
		{"这台电视接收不到信号。", "接收", "to receive"},                          // "reception (of transmitted signal)"
		{"他信奉佛教。", "信奉", "to believe"},                               // "belief"
		{"这个画家属于印象派这个流派。", "流派", "(fig.) school"},                    // "tributary (stream)"
		{"我们要从数据里提取有用的信息。", "提取", "to extract"},                      // "to withdraw (money)"
		{"我们终于拿下了这个订单。", "拿下", "to win"},                             // "to arrest"
		{"他给我发了一条语音。", "语音", "voice"},                                // "speech sounds"
		{"这支球队的阵容很强。", "阵容", "lineup"},                               // "troop arrangement"
		{"用信用卡买东西可以积分。", "积分", "accumulated points"},                 // "integral (calculus)"
		{"她特别喜欢八卦别人的事。", "八卦", "gossip"},                             // "the eight divinatory trigrams"
		{"他们都是社会精英。", "精英", "elite"},                                 // "cream"
		{"楼下的大妈每天都跳广场舞。", "大妈", "aunt"},                              // "father's elder brother's wife"
		{"他的语文成绩很好。", "语文", "(PRC) Chinese"},                         // "literature and language"
		{"这个手机是山寨的。", "山寨", "(fig.) knockoff"},                       // "fortified hill village"
		{"系统会随机选择一个用户。", "随机", "random"},                             // "according to the situation"
		{"她穿衣服很有品位。", "品位", "(aesthetic) taste"},                     // "rank"
		{"新车型在车展上首次亮相。", "亮相", "(fig.) to make a public appearance"}, // "to strike a pose (Chinese opera)"
		{"这份工作对我很有吸引力。", "吸引力", "attractiveness"},                    // "attractive force (such as gravitation)"
		{"今年的分数线比去年高。", "分数线", "minimum passing score"},              // "horizontal line (in a fraction)"
		{"这个案子很复杂。", "案子", "(coll.) case"},                           // "long table; counter"
		{"桌子底下有一只猫。", "底下", "the location below sth"},                // "afterwards", the dictionary's second
		{"全场观众都站起来了。", "全场", "everyone present"},                     // "unanimously", its fourth
		// Sentences of my own in the interview register, read without
		// English; after 第 a count is the ordinal (learner.go usualFits).
		{"我喜欢跑步,一周跑三次。", "三次", "three times"}, // "third"
		{"医生让我一天吃三次药。", "三次", "three times"},  // "third"
		{"这是他第三次来中国。", "三次", "third"},
		{"这是我第四次来这里。", "四次", "fourth"},
		{"我去过那里四次。", "四次", "four times"}, // "fourth"
		{"不要怕失败。", "失败", "to fail"},      // "to be defeated"
		{"他的计划失败了。", "失败", "to fail"},    // "to be defeated"
		{"这次失败让我学到了很多。", "失败", "failure"},
		// Words 9,000 to 14,000 by gse's frequency.
		{"请先登录你的账号。", "登录", "to log in"},                      // "to register"
		{"这是一个虚拟的世界。", "虚拟", "(computing) virtual"},           // "to imagine; to make up"
		{"社会底层的人生活很难。", "底层", "lowest level"},                 // "ground floor; first floor"
		{"工厂排放了大量废水。", "排放", "to emit"},                       // "to arrange in order"
		{"加油!你一定能行。", "加油", "(fig.) to make an extra effort"}, // "to add oil"
		{"我用平板看电影。", "平板", "tablet computer"},                 // "slab; flat board"
		{"这台主机的配置很高。", "主机", "(computing) host computer"},     // "main engine"
		{"这是个好点子。", "点子", "idea"},                             // "spot"
		{"请点击这个按钮。", "点击", "to click"},                        // "to hit"
		{"学编程,入门不难。", "入门", "to learn the basics"},            // "entrance door"
		{"我们的技术路线跟别人不一样。", "路线", "route"},                     // "itinerary"
		{"最后还是老板拍板的。", "拍板", "(fig.) to make a decision"},     // "wooden clappers"
		// Before a degree adverb, a word whose usual sense is a verb's and
		// whose dictionary's first is a noun's is the subject, the noun
		// (learner.go usualFits); not before 很多, which counts its object.
		{"开源社区对我们帮助很大。", "帮助", "assistance"},
		{"这个方法对我帮助很大。", "帮助", "assistance"},
		{"他担心很多事情。", "担心", "to worry"},
		{"他帮助了我很多。", "帮助", "to help"},
		{"他恢复得很快。", "恢复", "to recover"},    // "to reinstate"
		{"祝你生日快乐!", "祝", "to wish"},        // "to pray for"
		{"祝您生活愉快。", "祝", "to wish"},        // "to pray for"
		{"股价波动很大。", "波动", "to fluctuate"},  // "to undulate"
		{"价格波动了一下。", "波动", "to fluctuate"}, // "to undulate"
		// Technology and business interviews (tech12's probe pairs, read
		// without their English).
		{"免费版的功能比较有限。", "版", "version"},                    // "a register"
		{"大部分收入来自企业版。", "版", "version"},                    // "a register"
		{"你用的是哪个版?", "版", "version"},                       // "a register"
		{"利率上升对科技股打击很大。", "股", "(finance) stock; share"},   // "thigh"
		{"我买了一些银行股。", "股", "(finance) stock; share"},       // "thigh"
		{"屋里有一股烟味。", "股", "classifier"},                    // a measure word stays
		{"这家公司太烧钱了。", "烧钱", "(fig.) to flush money"},       // "to burn joss paper"
		{"创业公司都在烧钱。", "烧钱", "(fig.) to flush money"},       // "to burn joss paper"
		{"公司每年都会培训新员工。", "培训", "to train"},                 // "to cultivate"
		{"政府应该在培训方面多做一些。", "培训", "training"},               // "to cultivate"
		{"这次旅行你有什么收获?", "收获", "gain"},                      // "crop"
		{"最大的收获是认识了很多朋友。", "收获", "gain"},                   // "crop"
		{"公司今年裁了很多人。", "裁", "to cut back (e.g. on staff)"}, // "to cut out (as a dress)"
		{"他上个月被裁了。", "裁", "to cut back (e.g. on staff)"},   // "to cut out (as a dress)"
		{"很多创业公司根本买不到足够的卡。", "卡", "(loanword) card"},       // "to stop"
		{"这张卡还能用吗?", "卡", "(loanword) card"},               // "to stop"
		{"我的卡丢了。", "卡", "(loanword) card"},                 // "to stop"
		// A noun the table names for a verb-first word does not stand
		// after 被 or a degree adverb, or before 在 or 住 (usualFits).
		{"手机有点卡。", "卡", "(computing) (coll.) slow"},
		{"电脑太卡了。", "卡", "(computing) (coll.) slow"},
		{"网络很卡。", "卡", "(computing) (coll.) slow"},
		{"他被卡在路上了。", "卡", "to stop"},
		{"我们一直卡在这个问题上。", "卡", "to stop"},
		{"鱼刺卡在喉咙里了。", "卡", "to stop"},
		{"广告收入在下降。", "收入", "income"}, // 在 of an action in progress
		{"他的收入在增加。", "收入", "income"},
		{"用户今天喜欢你,明天就可能卸载你。", "卸载", "to uninstall (software)"}, // "to unload cargo"
		{"我把这个软件卸载了。", "卸载", "to uninstall (software)"},
		{"反垄断的审查也越来越严。", "严", "strict"},                             // "tight (closely sealed)"
		{"我们公司管得很严。", "严", "strict"},                                // "tight (closely sealed)"
		{"他爸爸很严。", "严", "strict"},                                   // "tight (closely sealed)"
		{"很多顶尖的研究员是华人。", "顶尖", "top (figures"},                      // "peak"
		{"这些都是顶尖人才。", "顶尖", "top (figures"},                         // "peak"
		{"电网需要大规模升级。", "升级", "(computing) to upgrade"},              // "to go up by one grade"
		{"我的手机昨天升级了。", "升级", "(computing) to upgrade"},              // "to go up by one grade"
		{"数据不用上传到云端。", "云端", "(computing) the cloud"},               // "high in the clouds"
		{"所有文件都存在云端。", "云端", "(computing) the cloud"},               // "high in the clouds"
		{"量子计算离实用还有多远?", "实用", "practical"},                         // "to apply in practice"
		{"合成数据目前还不够实用。", "实用", "practical"},                         // "to apply in practice"
		{"现在的加密算法都可能被破解。", "破解", "to crack (software)"},             // "to break (a bond"
		{"他破解了密码。", "破解", "to crack (software)"},                    // "to break (a bond"
		{"但是一旦认可你,忠诚度也很高。", "一旦", "once (sth happens"},              // "in case (sth happens)"
		{"一旦出了问题,谁负责?", "一旦", "once (sth happens"},                  // "in case (sth happens)"
		{"风口过去以后,很多公司就倒闭了。", "风口", "(fig.) hot trend"},              // "air vent"
		{"有人干脆选择躺平。", "躺平", "(neologism, attested by 2021) to opt"}, // "to lie stretched out"
		{"这道题我不会做。", "做", "to do"},                                  // "to make; to produce"
		{"这样做可以省很多钱。", "做", "to do"},                                // "to make; to produce"
		{"我们还能做什么?", "做", "to do"},                                  // "to make; to produce"
		{"他在做服装生意。", "做", "to do"},                                  // "to make; to produce"
		{"今天的作业还没做呢。", "做", "to do"},                                // "to make; to produce"
		// A dish made is cooked: the dictionary's "to make" (usualFits).
		{"饭做好了,快来吃吧。", "做", "to make"},
		{"这道菜做得很好。", "做", "to make"},
		{"他做的饺子特别好吃。", "做", "to make"},
		{"妈妈给我做了一个蛋糕。", "做", "to make"},
		{"内存不够用了。", "内存", "computer memory"},                    // "internal storage"
		{"这台电脑的内存是十六个G。", "内存", "computer memory"},              // "internal storage"
		{"这个网站的页面加载太慢。", "加载", "(computing) to load (content)"}, // "to load (cargo)"
		{"视频一直在加载。", "加载", "(computing) to load (content)"},     // "to load (cargo)"
		{"我不是一个天生的管理者。", "天生", "innate"},                        // "nature"
		{"有些人天生胆子大。", "天生", "innate"},                           // "nature"
		{"系统每周都要维护。", "维护", "to maintain"},                      // "to defend"
		{"我们要维护好客户关系。", "维护", "to maintain"},                    // "to defend"
		{"这个网站正在维护中。", "维护", "to maintain"},                     // "to defend"
		{"现在的局面很复杂。", "局面", "situation"},                        // "aspect"
		{"我们要打破这个局面。", "局面", "situation"},                       // "aspect"
		{"年底有奖金吗?", "奖金", "bonus"},                              // "premium"
		{"公司给了他一笔奖金。", "奖金", "bonus"},                           // "premium"
		// A character counted is no name: learner.txt's 周 "week", not
		// the name entry's "Zhou Dynasty" (choose.go).
		{"我两周后回来。", "周", "week"},
		{"已经过了三周了。", "周", "week"},
		{"这周我很忙。", "周", "week"},
		// 占 "to occupy" (a share, a place, time), not "to take
		// possession of".
		{"女生占了一半以上。", "占", "to occupy"},
		{"这张桌子太大了，占空间。", "占", "to occupy"}, // (占地方 is a headword, the unit)
		{"玩游戏占了他很多时间。", "占", "to occupy"},
		{"老年人占人口的百分之二十。", "占", "to occupy"},
		// 托 "to entrust" (one asks a person to do it), not "to trust".
		{"我托朋友帮我买了一张票。", "托", "to entrust"},
		{"我托他照顾我的猫。", "托", "to entrust"},
		{"这件事就托你了。", "托", "to entrust"},
		// 家常便饭 "common occurrence", the figurative use met first.
		{"迟到对他来说是家常便饭。", "家常便饭", "common occurrence"},
		{"加班在我们公司是家常便饭。", "家常便饭", "common occurrence"},
		// Frequent words the dictionary's first plain sense showed (session
		// 24: read down the default-path words of big1m by gse's frequency),
		// and a linking verb closing its clause (usualFits).
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

// BenchmarkParseLearner is what learner.txt adds to every start of cika:
// it is read once, at package initialisation.
func BenchmarkParseLearner(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parseLearner(learnerTxt)
	}
}
