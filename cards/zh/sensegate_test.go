package zh

import (
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
