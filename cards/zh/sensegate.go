package zh

import "strings"

// The slot rules of chooseSense (sense.go, slotsense.go: coaxSense,
// boilSense, counterSense …) are asked in turn of every token of several
// senses, ≈ 7 a pair. Each fires on a few words only, those with a sense
// of its own ("to coax", "to boil", "opening providing …"), but most tested
// the neighbours first and searched the senses for theirs last, or read a
// sense's text for every token: ≈ 4 % of a pair's analysis went to rules
// that could not fire on the word. senseRulesOf makes each rule's search of
// the senses once per entry; the rule asks its bit first (may) and its
// sense last (ruleSense), from the same search.

// senseRule names a slot rule whose sense is found by a search of the
// entry's senses alone (senseRuleSearches).
type senseRule uint8

const (
	ruleCoax       senseRule = iota // coaxSense: a later sense "to coax"
	ruleQuarrel                     // quarrelSense: "to quarrel"
	ruleDelay                       // delaySense, slotForbids: "to delay"
	ruleSqueeze                     // squeezeSense: "to press"
	rulePutOff                      // putOffSense: "to put off"
	ruleCapture                     // captureSense: "to take (a photo)"
	ruleCallOn                      // callOnSense: "to call on sb"
	ruleChange                      // changeSense: "to give change"
	ruleVisit                       // visitSense: "to visit"
	ruleCharge                      // chargeSense: "to be in charge of"
	ruleRummage                     // rummageSense: "to rummage through"
	ruleWrap                        // wrapSense: "to wrap"
	ruleBroken                      // brokenSense: "broken"
	ruleUse                         // useSense: "to use", first "to make"
	ruleFail                        // failSense: "to fail", first "to smash"
	ruleJudged                      // judgedSense: a judging sense, first none
	ruleReturn                      // returnSense: "to return (sth)"
	ruleBoil                        // boilSense: "to boil" (boilsAt)
	ruleBusiness                    // businessSense: "… for business" (opensAt)
	ruleThingMoved                  // thingMovedSense: "(sth …)", first "… oneself"
	ruleCounter                     // counterSense: 窗口's "opening providing …"
	ruleAspect                      // aspectSense: "aspect", first "place"
	ruleSunDried                    // sunDriedSense: "to dry … in the sun"
	ruleOnline                      // onlineSense: an online sense of onlineVerbs
	ruleTrade                       // tradeSense: "(bound form) line of business"
	rulePoint                       // scoredPointSense: "a point"
	nSenseRules
)

// senseRuleSearches finds, for each senseRule, the sense of the entry the
// rule gives, -1 if none: a pure function of the entry.
var senseRuleSearches = [nSenseRules]func(in *entryInfo) int{
	ruleCoax:    func(in *entryInfo) int { return int(in.laterSenseStarting("to coax")) },
	ruleQuarrel: func(in *entryInfo) int { return int(in.laterSenseStarting("to quarrel")) },
	ruleDelay:   func(in *entryInfo) int { return int(in.laterSenseStarting("to delay")) },
	ruleSqueeze: func(in *entryInfo) int { return int(in.laterSenseStarting("to press")) },
	rulePutOff:  func(in *entryInfo) int { return int(in.laterSenseStarting("to put off")) },
	ruleCapture: func(in *entryInfo) int { return int(in.laterSenseStarting("to take (a photo)")) },
	ruleCallOn:  func(in *entryInfo) int { return glossedSense(in, -1, "to call on sb") },
	ruleChange:  func(in *entryInfo) int { return glossedSense(in, -1, "to give change") },
	ruleVisit:   func(in *entryInfo) int { return glossedSense(in, -1, "to visit") },
	ruleCharge:  func(in *entryInfo) int { return glossedSense(in, -1, "to be in charge of") },
	ruleRummage: func(in *entryInfo) int { return glossedSense(in, int(in.firstPlain), "to rummage through") },
	ruleWrap:    func(in *entryInfo) int { return bareGlossSense(in, int(in.firstPlain), "to wrap") },
	ruleBroken: func(in *entryInfo) int {
		if in.firstPlain < 0 {
			return -1
		}
		return glossedSense(in, int(in.firstPlain), "broken")
	},
	ruleUse: func(in *entryInfo) int {
		if in.firstPlain < 0 || in.firstGlossAt(int(in.firstPlain)) != "to make" {
			return -1
		}
		return glossedSense(in, int(in.firstPlain), "to use")
	},
	ruleFail: func(in *entryInfo) int {
		if in.firstPlain < 0 || in.firstGlossAt(int(in.firstPlain)) != "to smash" {
			return -1
		}
		return glossedSense(in, int(in.firstPlain), "to fail")
	},
	ruleJudged: func(in *entryInfo) int {
		if in.firstPlain < 0 || judging(in.senses[in.firstPlain]) {
			return -1
		}
		return otherPlainSense(in, int(in.firstPlain), judging)
	},
	ruleReturn: func(in *entryInfo) int {
		if in.firstPlain < 0 {
			return -1
		}
		for i, s := range in.senses {
			if i != int(in.firstPlain) && in.plain(i, s) && strings.Contains(s, "to return (sth)") {
				return i
			}
		}
		return -1
	},
	ruleBoil:     func(in *entryInfo) int { return in.firstSenseWhere(in.boilsAt) },
	ruleBusiness: func(in *entryInfo) int { return in.firstSenseWhere(in.opensAt) },
	ruleThingMoved: func(in *entryInfo) int {
		if in.firstPlain < 0 || !strings.Contains(in.senses[in.firstPlain], "oneself") {
			return -1
		}
		return in.firstSenseWhere(func(i int, s string) bool {
			return in.marks[i].verb && in.plain(i, s) && strings.Contains(s, "(sth")
		})
	},
	ruleCounter: func(in *entryInfo) int {
		if len(in.senses) < 2 || !strings.HasPrefix(in.senses[1], "opening providing") {
			return -1
		}
		return 1
	},
	ruleAspect: func(in *entryInfo) int {
		if len(in.senses) < 2 || !strings.HasPrefix(in.senses[0], "place") {
			return -1
		}
		return in.firstSenseWhere(func(_ int, s string) bool { return strings.HasPrefix(s, "aspect") })
	},
	ruleSunDried: func(in *entryInfo) int {
		if len(in.senses) < 3 || !strings.HasPrefix(in.senses[0], "(of the sun)") {
			return -1
		}
		return in.firstSenseWhere(func(_ int, s string) bool {
			return strings.HasPrefix(s, "to dry") && strings.Contains(s, "in the sun")
		})
	},
	ruleOnline: func(in *entryInfo) int {
		if !onlineVerbs[in.e.Simp] {
			return -1
		}
		return in.firstSenseWhere(func(_ int, s string) bool {
			return strings.Contains(s, "(Internet)") || strings.Contains(s, "(online)") || strings.Contains(s, "online)") || strings.Contains(s, "on the Web") || strings.Contains(s, "(a phone)")
		})
	},
	ruleTrade: func(in *entryInfo) int { return in.tradeIndex() },
	rulePoint: func(in *entryInfo) int { return in.pointSense() },
}

// senseRules has bit r set when senseRuleSearches[r] finds a sense of the
// entry: rule r may fire on it.
type senseRules uint32

// senseGateOpen, set by tests only, makes may answer true: every rule
// asked, as before the gate.
var senseGateOpen bool

// senseRulesOf makes each search of senseRuleSearches of in.
func senseRulesOf(in *entryInfo) senseRules {
	var b senseRules
	for r, find := range senseRuleSearches {
		if find(in) >= 0 {
			b |= 1 << r
		}
	}
	return b
}

// may reports whether rule r may fire on in: whether its sense search
// finds one.
func (in *entryInfo) may(r senseRule) bool { return in.rules>>r&1 != 0 || senseGateOpen }

// ruleSense returns the sense of in that rule r gives, -1 if none (its
// search made again: a rule asks it once its neighbours fit).
func (in *entryInfo) ruleSense(r senseRule) int { return senseRuleSearches[r](in) }

// firstSenseWhere returns the index of the first sense of in that is
// accepts, -1 if none.
func (in *entryInfo) firstSenseWhere(is func(i int, s string) bool) int {
	for i, s := range in.senses {
		if is(i, s) {
			return i
		}
	}
	return -1
}

// bareGlossSense is glossedSense for a gloss said bare: a sense whose first
// gloss a bracket narrows to one kind of object or of doer is not that
// gloss's (装 "to wrap (sth in a bag)" is no 包 "to wrap": 装好 is
// "installed", not "wrapped").
func bareGlossSense(in *entryInfo, first int, gloss string) int {
	return otherPlainSense(in, first, func(s string) bool {
		if firstGloss(s) != gloss {
			return false
		}
		g, _, _ := strings.Cut(s, ";")
		return !strings.Contains(g, "(")
	})
}
