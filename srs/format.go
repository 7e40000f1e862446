package srs

import (
	"strconv"
	"time"
)

// FormatInterval writes an interval the way review buttons show it: "<1m",
// "10m", "1.5h", "8d", "3.2mo", "1.5y" (a month is 30 days, a year 365).
func FormatInterval(d time.Duration) string {
	switch m := d.Round(time.Minute); {
	case d < time.Minute:
		return "<1m"
	case m < time.Hour:
		return strconv.Itoa(int(m/time.Minute)) + "m"
	case d < day:
		return short(d.Hours()) + "h"
	}
	days := d.Hours() / 24
	switch {
	case days < 29.5:
		return strconv.Itoa(int(days+0.5)) + "d"
	case days < 364.5:
		return short(days/30) + "mo"
	default:
		return short(days/365) + "y"
	}
}

// short formats x with one decimal, dropping ".0": 1.5, 2, 12.
func short(x float64) string {
	s := strconv.FormatFloat(x, 'f', 1, 64)
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		s = s[:len(s)-2]
	}
	return s
}
