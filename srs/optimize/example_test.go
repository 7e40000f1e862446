package optimize_test

import (
	"fmt"
	"strings"

	"cika/srs"
	"cika/srs/optimize"
)

// Fit weights to a review log in the standard FSRS CSV and compare them with
// the defaults. This log is too small to fit: Run says how many reviews count
// and how many are needed.
func Example() {
	const log = `card_id,review_time,review_rating,review_state
1,1704099600000,3,0
1,1704272400000,3,2
2,1704099660000,1,0
2,1704099960000,3,1
2,1704186060000,3,2
`
	reviews, err := optimize.ReadCSV(strings.NewReader(log), "log.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = optimize.Run(reviews, optimize.Config{Current: srs.DefaultWeights, Options: optimize.DefaultOptions()})
	fmt.Println(err)
	// Output:
	// 5 reviews, 2 of them on a later day than the card's previous one, 0 left after the outlier filter; at least 8 are needed
}
