package zh

import "unicode/utf8"

// The reading needs (readingNeed) are some fifty rules asked in turn of
// every entry of a word of several entries, ≈ 10 words a pair: 的 alone is
// a quarter of the asks. Most rules fire on a few words only, and say so
// in a test of the word's entries (has it an entry first "to transfer",
// and one that is not?) that comes after their tests of the neighbours,
// the costlier part. needsAt answers those tests of the entries once per
// headword, as one bit per rule: a rule whose bit is clear cannot fire on
// the word, and readingNeed does not ask it.
//
// A bit is the rule's own test of the entries, made with the rule's own
// predicates (regardsEntry, chooseTwins…) over every entry of the word:
// a rule that changes the test it makes of the entries changes its bit
// below. TestNeedGate checks every gated rule against its bit on the
// sentences of the package's tests.

// needBits holds one bit per gated rule of readingNeed: set when the rule
// may fire on some entry of the word.
type needBits uint32

const (
	needSpelling     needBits = 1 << iota // twinBySense, sendsToTwin, pastOnlyTwin: a spelling twin
	needNounsAll                          // nounAfterDegree, nounBeforeAspect: several characters, an entry all nouns
	needBoundTwin                         // boundTwin
	needMore                              // degreeNeed: an entry first "more" (moreFirst)
	needToward                            // towardNeed (towardEntry)
	needRegard                            // regardNeed (regardsEntry)
	needAgain                             // againNeed (againEntry)
	needTransfer                          // transferNeed (transfersEntry)
	needCarryOrLearn                      // carryOrLearnNeed (carriesEntry and learnsEntry)
	needTie                               // tieNeed (tiesEntry and connectsEntry)
	needChoose                            // chooseNeed (chooseTwins)
	needWeigh                             // weighNeed (weighsEntry)
	needLookAfter                         // lookAfterNeed (looksAfterEntry)
	needShortBy                           // shortByNeed (fallsShortEntry)
	needChangedBy                         // changedByNeed (changeTwins)
	needAdverbOrVerb                      // adverbOrVerbNeed (adverbEntry or verblessEntry, and freeVerbFirst)
	needCopula                            // copulaNeed (copulaPredicate and copulaNoun)
	needHowMany                           // howManyNeed (asksHowMuch)
	needTwin                              // twinNeed (nounAdjectiveTwins)
	needFirstSense                        // stayNeed, revolveNeed, mindNeed, dazedNeed, deceiveNeed, snapNeed: an entry first "to stay"…
	needPreposition                       // prepositionNeed (prepositionOrVerb's prepositionEntry and mostlyVerbEntry)
	needLack                              // lackNeed (lacking's lackSense)
	needSeveral                           // severalNeed (countsNext's severalEntry)
	needHead                              // headNeed (nounOrVerbHead's headNounFirst, verbFirst and no neitherEntry)
	needMeasure                           // measureNeed (verbFirst)
	needFalls                             // fallAdverbNeed, disposalNeed (fallFirst)
	needComplement                        // complementNeed: an aspect particle's entry, or "(after a verb)"

	needKnown needBits = 1 << 31 // the bits are computed (never 0 then)
	needAll   needBits = 1<<31 - 1
)

// needGateOpen, set by tests only, makes needsAt answer needAll: every rule
// asked, as before the gate.
var needGateOpen bool

// needProbe, set by tests only, is told each ask of readingNeed before it
// is answered.
var needProbe func(sn *sentence, k int, in *entryInfo, nb *neighbours)

// needsAt returns the needBits of token k's word, computed once per
// headword of the lexicon, and its needText (needtext.go); needAll and
// textOpen for a token out of the lexicon.
func (a *Analyzer) needsAt(sn *sentence, k int) (needBits, needText) {
	if sn.ids[k] < 0 || needGateOpen {
		return needAll, textOpen
	}
	w := a.word(sn, k)
	if v := w.needs.Load(); v != 0 {
		return needBits(v), needText(v >> 32)
	}
	text := sn.toks[k].Text
	b, x := a.needsOf(text, w)|needKnown, needTextOf[text]
	w.needs.Store(uint64(b) | uint64(x)<<32) // (two goroutines may both compute it: the same bits)
	return b, x
}

// needsOf computes the needBits of text, whose wordInfo is w.
func (a *Analyzer) needsOf(text string, w *wordInfo) needBits {
	var b needBits
	set := func(bit needBits, may bool) {
		if may {
			b |= bit
		}
	}
	n := utf8.RuneCountInString(text)
	for _, e := range w.entries {
		in := a.info(e)
		set(needSpelling, a.twinBySense(text, in) != 0 || sendsToTwin(text, in) || a.pastOnlyTwin(text, in))
		set(needNounsAll, n >= 2 && nounsAll(in))
		set(needBoundTwin, a.boundTwin(text, in))
		set(needMore, moreFirst(in))
		set(needCopula, utf8.RuneCountInString(e.Simp) == 1)
		set(needHowMany, utf8.RuneCountInString(e.Simp) >= 2 && in.firstPlain >= 0 && a.asksHowMuch(e.Simp))
		set(needTwin, utf8.RuneCountInString(e.Simp) >= 2 && twinKindOf(in) != twinOther && a.nounAdjectiveTwins(e.Simp))
		set(needComplement, in.particle >= 0 && int32(a.firstFree(in.e)) == in.particle || afterVerbSense(in))
		set(needFirstSense, stayEntry(in) || revolveEntry(in) || mindEntry(in) || dazedEntry(in) || deceiveEntry(in) || snapEntry(in))
	}
	set(needToward, a.anyEntry(text, towardEntry))
	set(needRegard, a.anyEntry(text, regardsEntry))
	set(needAgain, a.anyEntry(text, againEntry))
	set(needTransfer, a.anyEntry(text, transfersEntry))
	set(needCarryOrLearn, a.anyEntry(text, carriesEntry) && a.anyEntry(text, learnsEntry))
	set(needTie, a.anyEntry(text, tiesEntry) && a.anyEntry(text, connectsEntry))
	set(needChoose, a.chooseTwins(text))
	set(needWeigh, a.anyEntry(text, weighsEntry))
	set(needLookAfter, a.anyEntry(text, looksAfterEntry))
	set(needShortBy, a.anyEntry(text, fallsShortEntry))
	set(needChangedBy, a.changeTwins(text))
	set(needAdverbOrVerb, (a.anyEntry(text, adverbEntry) || a.anyEntry(text, verblessEntry)) && a.anyEntry(text, freeVerbFirst))
	set(needPreposition, a.anyEntry(text, prepositionEntry) && a.anyEntry(text, mostlyVerbEntry))
	set(needLack, a.anyEntry(text, lackSense))
	set(needSeveral, a.anyEntry(text, severalEntry))
	set(needHead, a.anyEntry(text, headNounFirst) && a.anyEntry(text, verbFirst) && !a.anyEntry(text, neitherEntry))
	set(needMeasure, a.anyEntry(text, verbFirst))
	set(needFalls, a.anyEntry(text, fallFirst))
	if !(a.anyEntry(text, copulaPredicate) && a.anyEntry(text, copulaNoun)) {
		b &^= needCopula
	}
	return b
}
