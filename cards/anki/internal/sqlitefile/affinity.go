package sqlitefile

import (
	"math"
	"strconv"
)

// Kinds of value a text becomes in a column of INTEGER affinity.
const (
	isText = iota
	isInt
	isReal
)

// numeric is what SQLite stores for text s in a column of INTEGER
// affinity (https://www.sqlite.org/datatype3.html#type_affinity): a
// well-formed integer that fits in 64 bits as an integer; any other
// well-formed number as a real, or as an integer if the real is one
// exactly; anything else as text. Well-formed follows sqlite3AtoF:
// optional ASCII spaces around, an optional sign, digits with at most one
// decimal point (at least one digit), an optional exponent with digits.
// Hexadecimal, "inf" and "nan" are text.
func numeric(s string) (int64, float64, int) {
	isSpace := func(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }
	i, j := 0, len(s)
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	t := s[i:j]
	k := 0
	if k < len(t) && (t[k] == '+' || t[k] == '-') {
		k++
	}
	digits := 0
	for k < len(t) && t[k] >= '0' && t[k] <= '9' {
		k, digits = k+1, digits+1
	}
	pure := true
	if k < len(t) && t[k] == '.' {
		pure = false
		for k++; k < len(t) && t[k] >= '0' && t[k] <= '9'; k++ {
			digits++
		}
	}
	if k < len(t) && (t[k] == 'e' || t[k] == 'E') {
		pure = false
		k++
		if k < len(t) && (t[k] == '+' || t[k] == '-') {
			k++
		}
		exp := 0
		for ; k < len(t) && t[k] >= '0' && t[k] <= '9'; k++ {
			exp++
		}
		if exp == 0 {
			return 0, 0, isText
		}
	}
	if digits == 0 || k != len(t) {
		return 0, 0, isText
	}
	if pure {
		if v, err := strconv.ParseInt(t, 10, 64); err == nil {
			return v, 0, isInt
		}
	}
	mant := t
	if mant[len(mant)-1] == '.' { // "5." is 5: ParseFloat wants a digit after the point
		mant = mant[:len(mant)-1]
	}
	f, err := strconv.ParseFloat(mant, 64)
	if err != nil && !isRangeErr(err) {
		return 0, 0, isText
	}
	// A real that is exactly an integer strictly inside int64's range is
	// stored as that integer (sqlite3VdbeIntegerAffinity).
	if f == math.Trunc(f) && f > math.MinInt64 && f < math.MaxInt64 {
		return int64(f), 0, isInt
	}
	return 0, f, isReal
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
