package cards

import (
	"cmp"
	"math"
	"slices"

	"cika/cards/hsk"
)

// Usefulness scores a word (simplified headword) met count times in the
// learner's sentences: which new words to learn first. It adds
//
//   - how often the word occurs in the learner's own sentences: ln(1 + count);
//   - how common it is in general usage (the rank of gse's dictionary
//     frequencies, package hsk): ½·ln(40,001 / rank), 0 past rank 40,000;
//   - how early the HSK list teaches it: 0.3 for each level below 7 (level
//     1: 1.8, level 6: 0.3, not listed: 0).
//
// A word met 50 times in the learner's podcasts (3.9 from its count alone)
// goes before a rare word met once; 是 (met once: 0.7 + 4.9 + 1.8 = 7.4)
// before 银行 (met 3 times: 1.4 + 1.6 + 1.2 = 4.2).
func Usefulness(word string, count int) float64 {
	u := math.Log1p(float64(max(count, 0)))
	if r := hsk.Rank(word); r > 0 {
		u += 0.5 * math.Log(float64(hsk.Unranked)/float64(r))
	}
	if lv := hsk.Level(word); lv > 0 {
		u += 0.3 * float64(7-lv)
	}
	return u
}

// MineFilter chooses which of the words new to a collection get their new
// cards introduced (`cika mine --min-count --hsk-max --max-new --names`).
// The words that fail it are still stored, with their sentences and cards,
// but their cards are suspended: nothing is lost, and unsuspending brings
// them back.
type MineFilter struct {
	MinCount int  // occurrences needed (0: any)
	HSKMax   int  // only HSK 2.0 words of this level or below (0: any word)
	MaxNew   int  // at most this many words, the most useful (0: no limit)
	Names    bool // teach proper names as words (they get cards)

	// HeldCards counts the cards suspended by the filter (set by the
	// caller that suspends them).
	HeldCards int

	taken int // words allowed so far (MaxNew counts across documents)
}

// Active reports whether the filter holds back any word.
func (f *MineFilter) Active() bool { return f.MinCount > 0 || f.HSKMax > 0 || f.MaxNew > 0 }

// Prepare readies a document's harvest before it is stored: with Names,
// the proper names met become words with cards.
func (f *MineFilter) Prepare(m *Mined) {
	if !f.Names {
		return
	}
	for _, w := range m.Words {
		w.Name = false
	}
}

// Hold returns, of the taught words new to the collection (with their
// counts), the IDs of those whose cards are to be suspended; words are
// taken most useful first for MaxNew.
func (f *MineFilter) Hold(words []*Word) []string {
	if !f.Active() {
		return nil
	}
	sorted := slices.Clone(words)
	useful := make(map[*Word]float64, len(sorted))
	for _, w := range sorted {
		useful[w] = Usefulness(w.Word, w.Count)
	}
	slices.SortStableFunc(sorted, func(a, b *Word) int { return cmp.Compare(useful[b], useful[a]) })
	var hold []string
	for _, w := range sorted {
		lv := hsk.Level(w.Word)
		switch {
		case f.MinCount > 0 && w.Count < f.MinCount,
			f.HSKMax > 0 && (lv == 0 || lv > f.HSKMax),
			f.MaxNew > 0 && f.taken >= f.MaxNew:
			hold = append(hold, w.ID())
		default:
			f.taken++
		}
	}
	return hold
}
