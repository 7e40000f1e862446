package zh_test

import (
	"fmt"
	"os"
	"strings"

	"cika/cards/zh"
)

func ExampleAnalyzer_Analyze() {
	a, err := zh.Load()
	if err != nil {
		panic(err)
	}
	for _, t := range a.Analyze("我觉得银行很重要。", "I think banks are important.") {
		if t.IsWord() {
			fmt.Printf("%s [%s] %s\n", t.Word, t.Reading, t.Gloss)
		}
	}
	// Output:
	// 我 [wo3] I; me; my
	// 觉得 [jue2 de5] to think that ...; to feel that ...
	// 银行 [yin2 hang2] bank
	// 很 [hen3] (很 + adjective) is … (unstressed)
	// 重要 [zhong4 yao4] important; significant; major
}

func ExampleAnalyzer_Annotate() {
	a, err := zh.Load()
	if err != nil {
		panic(err)
	}
	in := strings.NewReader("他會說中文\n")
	if err := a.Annotate(os.Stdout, in, zh.AnnotateOptions{Marks: true}); err != nil {
		panic(err)
	}
	// Output:
	// 他[tā] 會[huì] 說[shuō] 中文[zhōng wén]
}
