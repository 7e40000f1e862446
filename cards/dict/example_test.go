package dict_test

import (
	"fmt"

	"cika/cards/dict"
)

func ExampleDict_Lookup() {
	d, err := dict.Load()
	if err != nil {
		panic(err)
	}
	for _, e := range d.Lookup("行") {
		fmt.Println(e.Trad, e.Simp, e.Reading(), e.Senses()[0])
	}
	// Output:
	// 行 行 hang2 (bound form) row; line
	// 行 行 heng2 used in 道行[dao4 heng2]
	// 行 行 xing2 (bound form) to walk; to go; to travel
}
