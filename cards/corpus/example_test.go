package corpus_test

import (
	"fmt"
	"io"
	"strings"

	"cika/cards/corpus"
)

func ExampleReader() {
	transcript := `My podcast, episode 1

Speaker 0

你好。

Hello.
`
	r := corpus.NewReader("episode1.txt", strings.NewReader(transcript))
	for {
		p, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s:%d %s | %s | %s\n", p.Doc, p.Line, p.Speaker, p.ZH, p.EN)
	}
	doc := r.Document()
	fmt.Println(doc.Format, doc.Pairs, doc.Skips[0].Reason)
	// Output:
	// episode1.txt:5 Speaker 0 | 你好。 | Hello.
	// podcast 1 header
}
