package srs

import (
	"fmt"
	"time"
)

// A DayFunc numbers the learner's days: t and u fall on the same day when
// day(t) == day(u), and elapsed days are day(now) - day(lastReview). The
// numbers need only be consecutive integers; their origin is arbitrary.
type DayFunc func(t time.Time) int64

const msPerDay = 24 * 60 * 60 * 1000

// UTCDay numbers UTC calendar days (days since 1970-01-01 UTC), as the
// reference implementation counts elapsed days: 23:59 to 00:01 the next day
// is one day.
func UTCDay(t time.Time) int64 {
	ms := t.UnixMilli()
	d := ms / msPerDay
	if ms%msPerDay < 0 {
		d--
	}
	return d
}

// RolloverDay returns the days of a learner in loc whose day starts at hour
// o'clock local time (Anki's "next day starts at", 4 by default): a review at
// 01:30 counts for the day before. Daylight-saving changes move nothing, since
// the rollover follows the wall clock. A nil loc is UTC. It panics unless
// 0 <= hour <= 23.
func RolloverDay(loc *time.Location, hour int) DayFunc {
	if hour < 0 || hour > 23 {
		panic(fmt.Sprintf("srs: rollover hour %d out of range [0, 23]", hour))
	}
	if loc == nil {
		loc = time.UTC
	}
	return func(t time.Time) int64 {
		lt := t.In(loc)
		y, m, d := lt.Date()
		n := civilDays(y, m, d)
		if lt.Hour() < hour {
			n--
		}
		return n
	}
}

// civilDays is the number of days from 1970-01-01 to the civil date y-m-d
// (Howard Hinnant's days_from_civil), without building a time.Time.
func civilDays(y int, m time.Month, d int) int64 {
	yy := int64(y)
	if m <= 2 {
		yy--
	}
	era := yy / 400
	if yy < 0 && yy%400 != 0 {
		era--
	}
	yoe := yy - era*400
	mp := (int64(m) + 9) % 12
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}
