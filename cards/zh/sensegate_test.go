package zh

import (
	"strings"
	"testing"
)

// TestSenseGate checks the slot rules' gate (sensegate.go): every gated
// rule, asked of every entry of every Han word of the package's test
// sentences and generated pairs, gives what it gives with every rule asked,
// and fires only where its bit is set; and the analysis with the gate gives
// what it gives without.
func TestSenseGate(t *testing.T) {
	a := analyzer(t)
	type rule = func(in *entryInfo, nb *neighbours) int
	rules := []struct {
		name string
		r    senseRule
		f    rule
	}{
		{"coaxSense", ruleCoax, func(in *entryInfo, nb *neighbours) int { return a.coaxSense(in, nb) }},
		{"quarrelSense", ruleQuarrel, func(in *entryInfo, nb *neighbours) int { return a.quarrelSense(in, nb) }},
		{"delaySense", ruleDelay, func(in *entryInfo, nb *neighbours) int { return a.delaySense(in, nb) }},
		{"squeezeSense", ruleSqueeze, (*entryInfo).squeezeSense},
		{"putOffSense", rulePutOff, (*entryInfo).putOffSense},
		{"captureSense", ruleCapture, (*entryInfo).captureSense},
		{"callOnSense", ruleCallOn, func(in *entryInfo, nb *neighbours) int { return a.callOnSense(in, nb) }},
		{"changeSense", ruleChange, func(in *entryInfo, nb *neighbours) int { return a.changeSense(in, nb) }},
		{"visitSense", ruleVisit, func(in *entryInfo, nb *neighbours) int { return a.visitSense(in, nb) }},
		{"chargeSense", ruleCharge, (*entryInfo).chargeSense},
		{"rummageSense", ruleRummage, (*entryInfo).rummageSense},
		{"wrapSense", ruleWrap, (*entryInfo).wrapSense},
		{"brokenSense", ruleBroken, func(in *entryInfo, nb *neighbours) int { return a.brokenSense(in, nb) }},
		{"useSense", ruleUse, (*entryInfo).useSense},
		{"failSense", ruleFail, func(in *entryInfo, nb *neighbours) int { return a.failSense(in, nb) }},
		{"judgedSense", ruleJudged, func(in *entryInfo, nb *neighbours) int { return a.judgedSense(in, nb) }},
		{"returnSense", ruleReturn, (*entryInfo).returnSense},
		{"boilSense", ruleBoil, func(in *entryInfo, nb *neighbours) int { return a.boilSense(in, nb) }},
		{"businessSense", ruleBusiness, func(in *entryInfo, nb *neighbours) int { return a.businessSense(in, nb) }},
		{"thingMovedSense", ruleThingMoved, func(in *entryInfo, nb *neighbours) int { return a.thingMovedSense(in, nb) }},
		{"counterSense", ruleCounter, (*entryInfo).counterSense},
		{"aspectSense", ruleAspect, (*entryInfo).aspectSense},
		{"sunDriedSense", ruleSunDried, (*entryInfo).sunDriedSense},
		{"onlineSense", ruleOnline, (*entryInfo).onlineSense},
		{"tradeSense", ruleTrade, func(in *entryInfo, nb *neighbours) int { return a.tradeSense(in, nb) }},
		{"scoredPointSense", rulePoint, (*entryInfo).scoredPointSense},
	}
	if len(rules) != int(nSenseRules) {
		t.Fatalf("%d rules tested, %d gated", len(rules), nSenseRules)
	}
	pairs := append(testSentences(t), tatoebaPairs(t, a, 3000)...)
	fired := make([]int, len(rules))
	asks, closed := 0, 0
	eachEntryAsked(a, pairs, func(p [2]string, tok string, _ *english, nb *neighbours, in *entryInfo) {
		asks++
		for i, r := range rules {
			gated := r.f(in, nb)
			senseGateOpen = true
			all := r.f(in, nb)
			senseGateOpen = false
			if !in.may(r.r) {
				closed++
			}
			if all >= 0 {
				fired[i]++
			}
			if gated != all {
				t.Errorf("%s on %s (%s %s) in %s: gated %d, asked %d", r.name, tok, in.e.Pinyin, in.senses, p[0], gated, all)
			}
		}
	})
	names := make([]string, len(rules))
	for i, r := range rules {
		names[i] = r.name
	}
	checkGate(t, a, pairs, &senseGateOpen, func() {}, names, fired, &asks, &closed, "entries asked")
}

// TestBareGlossSense checks that a sense whose bracket narrows its object
// does not pass for the gloss said bare: 装 "to wrap (sth in a bag)" is no
// 包 "to wrap" (wrapSense would give it before 好 and 上: 把手机装好).
func TestBareGlossSense(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct {
		word, reading string
		want          bool
	}{{"包", "bao1", true}, {"装", "zhuang1", false}} {
		for _, e := range a.dict.Lookup(c.word) {
			if e.Simp != c.word || e.Pinyin != c.reading {
				continue
			}
			in := a.info(e)
			i := bareGlossSense(in, -1, "to wrap")
			if got := i >= 0; got != c.want {
				t.Errorf("%s %s: bareGlossSense \"to wrap\" = %d, want found %v", c.word, c.reading, i, c.want)
			}
			if i >= 0 && in.senses[i] != "to wrap" {
				t.Errorf("%s %s: bareGlossSense \"to wrap\" = %q", c.word, c.reading, in.senses[i])
			}
		}
	}
	checkPairGlosses(t, a, []pairGloss{
		{"把礼物包起来。", "", "包", "to wrap"},
	})
	if g, _ := tokenGloss(t, a, "把手机装好。", "", "装"); strings.HasPrefix(g, "to wrap") {
		t.Errorf("装 in 把手机装好: got %q, a sense narrowed to a bag", g)
	}
}
