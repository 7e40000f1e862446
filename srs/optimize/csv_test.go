package optimize

import (
	"strings"
	"testing"
	"time"

	"cika/srs"
)

func TestReadCSV(t *testing.T) {
	const head = "card_id,review_time,review_rating,review_state,review_duration,elapsed_days\n"
	for _, c := range []struct {
		name, in string
		want     int    // reviews
		err      string // substring of the error
	}{
		{"the shared format", head + "1,1704121103087,4,0,16565,0\n2,1704121119652,3,0,6228,0\n", 2, ""},
		{"columns in another order, no extras", "review_state,card_id,review_rating,review_time\n0,1,3,1704121103087\n", 1, ""},
		{"BOM, CRLF and blank lines", "\ufeff" + strings.ReplaceAll(head, "\n", "\r\n") + "\r\n1,1704121103087,4,0,1,0\r\n", 1, ""},
		{"header only", head, 0, ""},
		{"empty", "", 0, "log.csv: empty file"},
		{"no state column", "card_id,review_time,review_rating\n1,2,3\n", 0, "log.csv:1: header has no review_state column"},
		{"short line", head + "1,1704121103087,4\n", 0, "log.csv:2: 3 fields, want 6"},
		{"bad card", head + "x,1704121103087,4,0,1,0\n", 0, `log.csv:2: card_id "x": want an integer`},
		{"bad time", head + "1,2024-01-01,4,0,1,0\n", 0, `log.csv:2: review_time "2024-01-01": want Unix milliseconds`},
		{"rating 0", head + "1,1704121103087,4,0,1,0\n1,1704121103088,0,1,1,0\n", 0, `log.csv:3: review_rating "0": want 1 to 4`},
		{"state 4", head + "1,1704121103087,4,4,1,0\n", 0, `log.csv:2: review_state "4": want 0 to 3`},
	} {
		got, err := ReadCSV(strings.NewReader(c.in), "log.csv")
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil || len(got) != c.want {
			t.Errorf("%s: %d reviews, %v; want %d", c.name, len(got), err, c.want)
		}
	}
	got, _ := ReadCSV(strings.NewReader(head+"7,1704121103087,2,3,1,0\n"), "log.csv")
	want := Review{Card: 7, Time: time.UnixMilli(1704121103087).UTC(), Rating: srs.Hard, State: srs.Relearning}
	if len(got) != 1 || got[0] != want {
		t.Errorf("read %+v, want %+v", got, want)
	}
}

// Whatever the file, the reader never panics, and what it returns converts
// and evaluates without NaN.
func FuzzReadCSV(f *testing.F) {
	const head = "card_id,review_time,review_rating,review_state\n"
	f.Add(head + "1,1704121103087,4,0\n1,1704293903087,1,2\n1,1704293963087,3,3\n1,1704553163087,3,2\n")
	f.Add(head + "1,-5,3,0\n1,9223372036854775807,3,2\n")
	f.Add("review_state,card_id,review_rating,review_time\n0,1,3,1\n")
	f.Add(head + "1,1,3\n")
	f.Fuzz(func(t *testing.T, in string) {
		rs, err := ReadCSV(strings.NewReader(in), "f.csv")
		if err != nil {
			return
		}
		d := NewData(rs, nil)
		m := Evaluate(srs.DefaultWeights, d)
		if m.LogLoss != m.LogLoss || m.RMSE != m.RMSE {
			t.Fatalf("NaN metrics %+v from %q", m, in)
		}
	})
}
