// Package zh analyses the Chinese side of a sentence pair: it splits the
// sentence into CC-CEDICT words, gives each its reading in this sentence and
// chooses the sense that fits the English side.
//
// Segmentation is a unigram model over CC-CEDICT's headwords (both scripts),
// weighted by the word frequencies of gse's Chinese dictionary (open-gram's
// for the cohesive words gse lacks: opengram.txt), so every word it returns
// is a dictionary headword. Readings come from CC-CEDICT; where a
// word has several, the choice uses the English translation, the
// neighbouring words and a per-character prior (CC-CEDICT readings weighted
// by gse frequencies, and for rare characters and neighbouring pairs the
// readings of pinyin-pro's character and phrase dictionaries: usual.txt,
// pairs.bin.gz). go-pinyin is used only for characters CC-CEDICT lacks.
//
// # Where things live
//
// The analysis, in the order it runs:
//   - zh.go: Load, New and Analyze, the pipeline a pair goes through
//     (segment, settle, read, gloss) and the per-entry and per-word facts
//     it fills as it meets them; annotate.go, the annotate command's
//     output; priors.go, sense counts from earlier mines (WithPriors).
//   - Segmentation: segment.go (the unigram path), lexicon.go (the
//     headwords and their probabilities), weights.go (weights.bin.gz, gse's
//     frequencies and tags per entry), opengram.go (opengram.txt, open-gram's
//     frequencies of words gse lacks), lengthprior.go (the prior that lets a
//     CC-CEDICT headword gse lacks stand whole: the unit a card teaches);
//     runmemo.go (a run's best path and last steps, remembered);
//     boundaries*.go (regroup: boundaries the grammar moves, the top of
//     boundaries.go lists its files), negatedverb.go,
//     numbers.go (numbers, times and measures), ambiguity.go (splits the
//     English settles), names.go (transliterated names).
//   - Readings: choose.go (choose: an entry, so a reading, by weighed
//     evidence; the neighbours it looks at), readings.go (the rules,
//     readingNeed), usual.go (pinyin-pro's usual readings and phrase pairs),
//     fallback.go (go-pinyin's readings where CC-CEDICT has none).
//   - Senses: sense.go (chooseSense: the English first, then the slot),
//     english.go (the English side, reduced), related.go (English words
//     related through WordNet), phrasal.go (the particles that say a
//     phrasal verb's gloss), lyadverb.go (the adverbs in -ly that say
//     nothing of the adjective they are spelled from), preposition.go
//     (a preposition's senses, which need an object after them),
//     countednoun.go (the noun a measure word counts, past a modifier or a
//     description closed by 的), need.go (what a sense's leading note asks
//     of the words around it), named.go (the object a sense's brackets
//     name), slotsense.go (senses the slot decides before the English),
//     splitverb.go (split verb–object words), family.go (a character's
//     first sense by the words it makes), learner.go and learnertxt.go (the
//     sense a learner meets first: usualSenses, learner.txt),
//     learnerslot.go (the verb and the measure word a learner meets first,
//     for a verb slot and a counting one), verbslotobject.go (verb slots
//     no particle or modal marks: a character before its object after an
//     adverb, a time word or 去/来, before 个 and a counted object, after
//     向/朝/替 and their object).
//   - Function words and constructions: function.go (functionGloss),
//     construction.go (verbs and adverbs glossed by the construction they
//     head), functionsense.go (the CC-CEDICT sense behind each gloss).
//   - Speed: memo.go (answers about senses, remembered), lower.go,
//     sensegloss.go (a sense's first gloss and its parts of speech read
//     from its entry's record by index, not from a global table),
//     cacheage.go (the per-entry and per-headword caches let go of what a
//     generation of pairs did not use), and the
//     gates that skip the rules that cannot fire at a word: needgate.go
//     (readingNeed), needtext.go (readingNeed's rules about one word, asked
//     only of that word), regroupgate.go (regroup), sensegate.go (the slot
//     rules),
//     grammargate.go (grammarSense's and contextSense's cases); headrules.go
//     (chooseSense's rules about one headword, found once per entry).
//
// Tables and their generators: weights.bin.gz (weights_gen_test.go,
// -update), usual.txt and pairs.bin.gz (usual_gen_test.go, -update-usual),
// fallback.txt.gz (fallback_gen_test.go, -update-fallback), opengram.txt
// (opengram_gen_test.go, -update-opengram, from Debian's sunpinyin-data;
// LICENSE.opengram); learner.txt is
// written by hand.
//
// Tests sit beside their file (readings_test.go, function_test.go …). The
// tables of content-word senses are filed by what decides the sense:
// sense_object, sense_subject, sense_complement, sense_pos (the slot's part
// of speech), sense_count, sense_english and sense_clause _test.go;
// gold_test.go scores the gold sets of testdata/senses; explain_test.go
// (TestExplain: why a word gets its sense in a pair) and
// explain_misses_test.go (TestExplainMisses: a score.sh report's misses
// sorted by what the English said) run only when asked; hotpath_test.go,
// onesense_test.go, sensegate_test.go, grammargate_test.go,
// matchergate_test.go (bestByEnglishIn's skip of the matchers) and
// holdsobject_test.go (a remembered fact of the word before) and
// needtext_test.go (each rule about one word under that word's gate) check
// the fast paths and gates against their references (every rule asked).
package zh
