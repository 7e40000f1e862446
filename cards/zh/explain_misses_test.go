package zh

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"cika/cards/wordnet"
	"cika/cards/zh/internal/goldset"
)

// TestExplainMisses sorts the sense misses of a gold file by what the
// English side did, the first column of a table of the misses' causes
// (heldout37's and heldout40's were sorted so): for each miss of a score.sh -report file, the best exact and
// related evidence of the senses the gold accepts (in the entries of the
// readings it wants) against that of the sense chosen, and one of
//
//   - overridden: the English says a wanted sense best of all the word's
//     senses (exact ≥ 0.9), and a rule or the entry's choice took another;
//   - misled: the English says the chosen sense better than any wanted
//     one, or by a related word where it says none (a word of the English
//     read for the wrong sense: "auntie" for 阿姨 "maternal aunt", "hold
//     in" for 憋 "(urine)");
//   - related: only a related word says a wanted sense (a synonym too
//     weak, or a word one step away);
//   - unheard: the English says no wanted sense by its words or related
//     ones (a paraphrase, a phrase WordNet lacks, a construction);
//   - accepted: the sense chosen is one the gold accepts: the gloss shown
//     with it was the miss (a function word's, naming several uses the
//     scorer rejects: 让 "to have sb do sth; to make sb do"), or the
//     analyzer tested is newer than the binary the report scored.
//
// The rest of a cause (which construction, which phrase) needs a reader.
// It runs only when asked:
//
//	sh cards/zh/testdata/senses/score.sh -report /tmp/r.tsv -file heldout40.tsv BIN
//	go test ./cards/zh -run TestExplainMisses -v -explain.misses /tmp/r.tsv
var explainMisses = flag.String("explain.misses", "", "TestExplainMisses: a score.sh -report file")

func TestExplainMisses(t *testing.T) {
	if *explainMisses == "" {
		t.Skip("no -explain.misses")
	}
	f, err := os.Open(*explainMisses)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a := analyzer(t)
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for first := true; sc.Scan(); first = false {
		c := strings.Split(sc.Text(), "\t")
		if first || len(c) < 9 || c[2] == "seg" {
			continue // (the header; a segmentation miss has no sense to weigh)
		}
		zh, en, word := c[3], c[4], c[5]
		readings, accept := goldset.SplitKeys(c[6]), goldset.SplitKeys(c[8])
		class, detail := a.missClass(zh, en, word, readings, accept)
		counts[class]++
		t.Logf("%s:%s\t%s\t%s\t%s", c[0], c[1], word, class, detail)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("overridden %d, misled %d, related %d, unheard %d, accepted %d, not found %d",
		counts["overridden"], counts["misled"], counts["related"], counts["unheard"], counts["accepted"], counts["not found"])
}

// missClass is TestExplainMisses' class of the first token word of the
// pair (a report does not say which occurrence a "#2" item asks for), and
// the evidence it rests on.
func (a *Analyzer) missClass(zh, en, word string, readings, accept []string) (class, detail string) {
	var chosenEntry string
	chosen := -1
	for _, tk := range a.Analyze(zh, en) {
		if tk.Text == word || tk.Word == word {
			chosenEntry, chosen = tk.Entry, tk.Sense
			break
		}
	}
	if chosenEntry == "" {
		return "not found", ""
	}
	x := newEnglish(en)
	var wantExact, wantRel, chosenExact, chosenRel, otherExact float64
	chosenWanted := false
	for _, e := range a.dict.Lookup(word) {
		in := a.info(e)
		wanted := goldset.ReadingOK(e.Pinyin, readings)
		i := 0
		for _, m := range [2]*senseMatcher{in.m1, in.m2} {
			if m == nil {
				break
			}
			rt := relOf(m, in.senses[i:i+int(m.nSenses)])
			for j := range int(m.nSenses) {
				s := i + j
				exact, rel := x.senseScore(m, j), x.relScore(m, rt, j, wordnet.Related)
				switch {
				case in.name == chosenEntry && s == chosen:
					chosenExact, chosenRel = exact, rel
					chosenWanted = wanted && goldset.SenseOK([]string{in.senses[s]}, accept)
				case wanted && goldset.SenseOK([]string{in.senses[s]}, accept):
					wantExact, wantRel = max(wantExact, exact), max(wantRel, rel)
				default:
					otherExact = max(otherExact, exact)
				}
			}
			i += int(m.nSenses)
		}
	}
	detail = fmt.Sprintf("wanted exact %.2f related %.2f, chosen exact %.2f related %.2f, other exact %.2f", wantExact, wantRel, chosenExact, chosenRel, otherExact)
	switch {
	case chosenWanted:
		return "accepted", detail
	case wantExact >= 0.9 && wantExact >= chosenExact && wantExact >= otherExact:
		return "overridden", detail
	case chosenExact >= 0.5 && chosenExact > wantExact, chosenRel > 0 && wantExact == 0 && wantRel == 0:
		return "misled", detail
	case wantRel > 0 || wantExact > 0:
		return "related", detail
	}
	return "unheard", detail
}
