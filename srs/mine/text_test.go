package mine_test

import (
	"bytes"
	"strings"
	"testing"

	"cika/cards"
	"cika/cards/corpus"
	"cika/srs/mine"
	"cika/srs/store"
)

// WriteText says what was done with each document and the collection's
// size, every kind of line once.
func TestWriteText(t *testing.T) {
	r := &mine.Report{
		RolledBack: []string{"big.tsv"},
		Documents: []mine.DocReport{
			{Name: "bad.tsv", Error: "bad.tsv:3: no tab"},
			{Name: "copy.txt", Already: true, AlreadyAs: "ep1.txt"},
			{Name: "ep1.txt", Already: true, AlreadyAs: "ep1.txt"},
			{Name: "film.srt", Format: "srt", Encoding: "gb18030", Pairs: 120, OffsetMS: 1500,
				Skipped: []corpus.Skip{{Line: 1, Lines: 1, Reason: "header"}, {Line: 400, Lines: 3, Reason: "footer"}},
				Checks: []corpus.Problem{
					{Reason: corpus.ProblemEmpty, Count: 12, Lines: []int{4, 9}},
					{Reason: "swapped", Count: 1, Lines: []int{7}, Kept: true},
				},
				NoWords: 2, NewWords: 1, NewCards: 2, NewNames: 3, Gained: 5},
		},
		Collection: store.Stats{Sentences: 118, Words: 1, Cards: 2, Reviews: 1},
	}
	var b bytes.Buffer
	if err := mine.WriteText(&b, r, "~/c.db", &cards.MineFilter{HeldCards: 4}); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"big.tsv: cleared what an interrupted `cika mine` had begun to store",
		"bad.tsv: FAILED, nothing stored: bad.tsv:3: no tab",
		"copy.txt: already mined as ep1.txt, nothing to do",
		"ep1.txt: already mined, nothing to do",
		"film.srt: srt (GB18030), 120 pairs read",
		"  English cues shifted by -1.500s to match the Chinese ones",
		"  skipped line 1 (header)",
		"  skipped lines 400-402 (footer)",
		"  skipped 12 pairs (" + corpus.ProblemEmpty + "): lines 4, 9, …",
		"  kept 1 pair with the sides swapped back: line 7",
		"  2 pairs kept but teach nothing (no Chinese words)",
		"  1 new word, 2 new cards, 3 new names (kept, no cards)",
		"  5 words already known gained sentences",
		"collection ~/c.db: 118 sentences, 1 word, 2 cards, 1 review",
		"held back 4 cards of new words (suspended by --min-count/--hsk-max/--max-new; `cika unsuspend` brings words back)",
		"",
	}, "\n")
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// The bar goes by pairs when their number is known, by lines when not, and
// is cleared at the end only if it was drawn.
func TestBar(t *testing.T) {
	var b bytes.Buffer
	bar := mine.NewBar(&b)
	bar.Start("p.tsv", 10, 0)
	bar.Analysed(10)
	bar.Done()
	got := b.String()
	if !strings.HasPrefix(got, "\rmining p.tsv 100% ["+strings.Repeat("#", 30)+"] 10/10 pairs, ") || !strings.HasSuffix(got, "pairs/s\x1b[K\r\x1b[K") {
		t.Errorf("known pairs: %q", got)
	}
	b.Reset()
	bar.Start("big.tsv", 0, 100)
	bar.Reached(50)
	bar.Analysed(40)
	if got := b.String(); !strings.HasPrefix(got, "\rmining big.tsv  50% ["+strings.Repeat("#", 15)+strings.Repeat(" ", 15)+"] 40 pairs, ") {
		t.Errorf("by lines: %q", got)
	}
	b.Reset()
	bar.Start("empty.tsv", 0, 0)
	bar.Done()
	bar.Say("loading\n")
	if b.String() != "loading\n" {
		t.Errorf("undrawn bar: %q", b.String())
	}
}
