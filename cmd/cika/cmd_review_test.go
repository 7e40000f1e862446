package main

import (
	"testing"
	"time"
)

// The stories are in testdata/script/review*.txt and due.txt; this checks
// the test clock.
func TestReviewClock(t *testing.T) {
	t.Setenv("CIKA_NOW", "2026-03-02T09:00:00+08:00")
	opt, err := reviewOptions()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 3, 2, 1, 0, 0, 0, time.UTC)
	if got := opt.Now(); got.Before(start) || got.Sub(start) > time.Minute {
		t.Errorf("CIKA_NOW clock reads %v, want just after %v", got, start)
	}
	t.Setenv("CIKA_NOW", "yesterday")
	if _, err := reviewOptions(); err == nil {
		t.Error("CIKA_NOW=yesterday accepted")
	}
}
