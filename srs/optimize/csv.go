package optimize

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"cika/srs"
)

// ReadCSV reads a review log in the standard FSRS CSV, the format fsrs-rs's
// convertCsvToFsrsItems and the FSRS tools read: a header naming at least
// card_id, review_time (Unix milliseconds), review_rating (1-4) and
// review_state (0 New, 1 Learning, 2 Review, 3 Relearning), in any order,
// then one review per line. Other columns are ignored. name is used in
// errors, which give the line: "log.csv:12: review_rating "5": want 1 to 4".
func ReadCSV(r io.Reader, name string) ([]Review, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	var col = map[string]int{"card_id": -1, "review_time": -1, "review_rating": -1, "review_state": -1}
	var out []Review
	var ncols int
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if line == 1 {
			text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
		}
		if len(text) == 0 {
			continue
		}
		fields := bytes.Split(text, []byte(","))
		if ncols == 0 {
			for i, f := range fields {
				if _, ok := col[string(bytes.TrimSpace(f))]; ok {
					col[string(bytes.TrimSpace(f))] = i
				}
			}
			for _, k := range []string{"card_id", "review_time", "review_rating", "review_state"} {
				if col[k] < 0 {
					return nil, fmt.Errorf("%s:%d: header has no %s column (want card_id,review_time,review_rating,review_state,...)", name, line, k)
				}
			}
			ncols = len(fields)
			continue
		}
		if len(fields) < ncols {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", name, line, len(fields), ncols)
		}
		get := func(k string) string { return string(bytes.TrimSpace(fields[col[k]])) }
		id, err := strconv.ParseInt(get("card_id"), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: card_id %q: want an integer", name, line, get("card_id"))
		}
		ms, err := strconv.ParseInt(get("review_time"), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: review_time %q: want Unix milliseconds", name, line, get("review_time"))
		}
		rating, err := strconv.Atoi(get("review_rating"))
		if err != nil || rating < 1 || rating > 4 {
			return nil, fmt.Errorf("%s:%d: review_rating %q: want 1 to 4", name, line, get("review_rating"))
		}
		state, err := strconv.Atoi(get("review_state"))
		if err != nil || state < 0 || state > 3 {
			return nil, fmt.Errorf("%s:%d: review_state %q: want 0 to 3", name, line, get("review_state"))
		}
		out = append(out, Review{Card: id, Time: time.UnixMilli(ms).UTC(), Rating: srs.Grade(rating), State: srs.State(state)})
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("%s:%d: line too long", name, line+1)
		}
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if ncols == 0 {
		return nil, fmt.Errorf("%s: empty file, want a header line card_id,review_time,review_rating,review_state,...", name)
	}
	return out, nil
}
