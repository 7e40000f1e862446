package wordnet_test

import (
	"fmt"

	"cika/cards/wordnet"
)

func Example() {
	fmt.Println(wordnet.Lemmas(nil, "went"))
	fmt.Println(wordnet.Relate("standpoint", "point of view"))
	fmt.Println(wordnet.Relate("regulate", "regulations"))
	fmt.Println(wordnet.Relate("cat", "dog"))

	// Comparing one word with many: keep its groups.
	gloss := wordnet.Groups(nil, "quantity")
	for _, w := range []string{"amount", "amounts", "size"} {
		fmt.Println(w, wordnet.Relation(gloss, wordnet.Groups(nil, w)))
	}
	// Output:
	// [go]
	// synonym
	// derived
	// none
	// amount synonym
	// amounts synonym
	// size none
}
