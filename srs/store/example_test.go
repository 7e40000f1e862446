package store_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/srs/store"
)

func Example() {
	dir, _ := os.MkdirTemp("", "cika")
	defer os.RemoveAll(dir)
	db, err := store.Open(filepath.Join(dir, "collection.db"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()

	// Mine a document: read its pairs, analyse them, store them in one
	// transaction. (cika mine uses the real analysis, zh.Load().)
	pairs, doc, _ := corpus.Read("pairs.tsv", strings.NewReader("我们的银行\tour bank\n"))
	res, _ := db.MineDocument(doc, cards.Mine(pairs, cardstest.Small(), nil), time.Now())
	fmt.Println(res.NewWords, "new words,", res.NewCards, "new cards")

	// Look a word up and show its sentences.
	ms, _ := db.LookupEnglish("bank")
	ss, _ := db.Examples(ms[0].ID(), 1)
	fmt.Println(ms[0].ID(), "|", ss[0].ZH, "|", cards.SentencePinyin(ss[0].Parts))
	// Output:
	// 3 new words, 6 new cards
	// 银行 yin2 hang2 | 我们的银行 | wǒmen de yínháng
}
