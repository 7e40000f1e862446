package zh

import "strings"

// The sense a slot gives a word where the English says nothing, for the
// slots whose sense learner.txt may name apart from the usual one: a verb
// slot and a measure word's.
//
// The verb. The
// usual sense (usualSenses, learner.txt) is one per word; where the
// grammar makes a word a verb (contextSense's verb slot, relativeVerbSense,
// the verb half of a split word) and that sense is a noun's, the word
// took the dictionary's first verb: 包 "bag", but 自己包的饺子 "to cover".
// learner.txt's "verb: " lines (learnertxt.go, learnerVerbSenses) name
// the verb a learner meets first there: "to wrap".

// usualVerbOf returns the index in in.senses of the verb learner.txt's
// "verb: " line names for in's headword: the verb a learner meets first
// where the slot wants one, of a word whose usual sense is a noun (包
// "bag", but 自己包的饺子 "to wrap", not the dictionary's first verb "to
// cover") or whose first verb is an old or narrow one (信 "to believe",
// not "to trust"); -1 if none or if it is not a plain verb sense of this
// entry.
func (in *entryInfo) usualVerbOf() int32 {
	key, ok := learnerVerbSenses[in.e.Simp]
	if !ok {
		return -1
	}
	i := senseKeyIndex(in.senses, key)
	if i < 0 || !in.plain(i, in.senses[i]) || !isVerbSense(in.senses[i]) {
		return -1
	}
	return int32(i)
}

// slotVerb returns the verb a verb slot gives in: learner.txt's verb for
// it (usualVerb), else its first plain verb sense; -1 if none.
func (in *entryInfo) slotVerb() int {
	if in.usualVerb >= 0 {
		return int(in.usualVerb)
	}
	return in.firstVerbSense()
}

// usualClassifierOf returns the index in in.senses of the measure word's
// sense learner.txt's "classifier: " line names for in's headword, where
// the dictionary's first is a rare one: 这回, 哪回, 去过两回 回 "classifier
// for occurrences or times", not "… literary divisions (acts of a play
// …)"; 一刀下去 刀 "classifier for knife cuts or stabs", not "… sets of one
// hundred sheets (of paper)". slotClassifier gives it where the slot
// counts; -1 if none or if it is no classifier sense of this entry.
func (in *entryInfo) usualClassifierOf() int32 {
	key, ok := learnerClassifierSenses[in.e.Simp]
	if !ok {
		return -1
	}
	i := senseKeyIndex(in.senses, key)
	if i < 0 || !in.isClassifier(i) {
		return -1
	}
	return int32(i)
}

// slotClassifier returns the measure word's sense countingSense gives in
// where nb counts: learner.txt's (usualClassifier), but after an ordinal
// (第三回 "chapter", the dictionary's literary division) or where it has
// none, the dictionary's first (classifierSense).
func (in *entryInfo) slotClassifier(nb *neighbours) int {
	ordinal := strings.HasPrefix(nb.prev, "第") || numeralWord(nb.prev) && secondBefore(nb) == "第"
	if in.usualClassifier >= 0 && !ordinal {
		return int(in.usualClassifier)
	}
	return in.classifierSense()
}
