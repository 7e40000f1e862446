package zh

import (
	_ "embed"
	"strconv"
	"strings"
)

// opengramTxt lists CC-CEDICT headwords that gse's dictionary lacks but
// that the open-gram language model (sunpinyin's, CC BY-SA 3.0: see
// LICENSE.opengram) counts as words, with their frequency in its corpus:
// 入职, 网购, 出主意, 前几天, 站起来, 一回事. Without it such a headword
// weighs as an unknown word and the segmenter cuts it into its parts
// (入 职, 出 主意). Only words far likelier in that corpus than their best
// split are listed (opengram_gen_test.go): open-gram's lexicon, an input
// method's, also has chunks such as 并不 and 跑得 that the gold files
// split. Regenerate it with
//
//	go test ./cards/zh -run TestGenerateOpengram -update-opengram
//
//go:embed opengram.txt
var opengramTxt string

// opengramScale is the corpus size the counts of opengram.txt are per.
const opengramScale = 1e9

// parseOpengram reads opengram.txt: word → count per opengramScale words.
// Lines starting with # are comments.
func parseOpengram(txt string) map[string]float64 {
	m := make(map[string]float64, strings.Count(txt, "\n"))
	for line := range dataLines(txt) {
		word, count, _ := strings.Cut(line, "\t")
		n, err := strconv.ParseUint(count, 10, 32)
		if err != nil || word == "" || n == 0 {
			panic("zh: opengram.txt: bad line " + line) // embedded: a build defect
		}
		m[word] = float64(n)
	}
	return m
}
