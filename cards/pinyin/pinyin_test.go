package pinyin

import (
	"fmt"
	"reflect"
	"testing"
)

func TestMarks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"yin2 hang2", "yín háng"},
		{"jue2 de5", "jué de"},
		{"lu:4 se4", "lǜ sè"},
		{"lv3 xing2", "lǚ xíng"},
		{"nu:3", "nǚ"},
		{"gou3", "gǒu"},
		{"hui4", "huì"},
		{"liu2", "liú"},
		{"xue2", "xué"},
		{"er4", "èr"},
		{"Bei3 jing1", "Běi jīng"},
		{"Ou1 zhou1", "Ōu zhōu"},
		{"ng4", "ǹg"},
		{"zhi1 dao5", "zhī dao"},
		{"r5", "r"},
		{"", ""},
	} {
		if got := Marks(tc.in); got != tc.want {
			t.Errorf("Marks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestToneless(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"yin2 hang2", "yinhang"},
		{"Yin2 hang2", "yinhang"},
		{"lu:4 se4", "lvse"},
		{"lü4 se4", "lvse"},
		{"zhi4 neng2", "zhineng"},
	} {
		if got := Toneless(tc.in); got != tc.want {
			t.Errorf("Toneless(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTones(t *testing.T) {
	if got := Tones("jue2 de5 ma"); !reflect.DeepEqual(got, []int{2, 5, 0}) {
		t.Errorf("Tones = %v", got)
	}
}

func TestParseQuery(t *testing.T) {
	for _, tc := range []struct {
		in    string
		key   string
		tones []int
		ok    bool
	}{
		{"zhineng", "zhineng", []int{0, 0}, true},
		{"zhi neng", "zhineng", []int{0, 0}, true},
		{"zhi4neng2", "zhineng", []int{4, 2}, true},
		{"zhi4 neng2", "zhineng", []int{4, 2}, true},
		{"zhìnéng", "zhineng", []int{4, 2}, true},
		{"Zhìnéng", "zhineng", []int{4, 2}, true},
		{"zhineng2", "zhineng", []int{0, 2}, true},
		{"xian", "xian", []int{0}, true},
		{"xi'an", "xian", []int{0, 0}, true},
		{"lv4", "lv", []int{4}, true},
		{"lü4", "lv", []int{4}, true},
		{"lu:4", "lv", []int{4}, true},
		{"nǚ", "nv", []int{3}, true},
		{"智能", "", nil, false},
		{"bank", "", nil, false},
		{"", "", nil, false},
		{"4", "", nil, false},
	} {
		q, ok := ParseQuery(tc.in)
		if ok != tc.ok {
			t.Errorf("ParseQuery(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if q.Key != tc.key || !reflect.DeepEqual(q.Tones, tc.tones) {
			t.Errorf("ParseQuery(%q) = %q %v, want %q %v", tc.in, q.Key, q.Tones, tc.key, tc.tones)
		}
	}
}

func TestQueryMatches(t *testing.T) {
	for _, tc := range []struct {
		query, reading string
		want           bool
	}{
		{"zhineng", "zhi4 neng2", true},
		{"zhi4neng2", "zhi4 neng2", true},
		{"zhìnéng", "zhi4 neng2", true},
		{"zhi1neng2", "zhi4 neng2", false},
		{"zhineng", "zhi4 neng4", true},
		{"zhi neng", "zhi1 neng2", true},
		{"fāngàn", "fang1 an4", true},
		{"fāngān", "fang1 an4", false},
		{"yinhang", "yin2 xing2", false},
		{"lvse", "lu:4 se4", true},
		{"jue2de", "jue2 de5", true},
	} {
		q, ok := ParseQuery(tc.query)
		if !ok {
			t.Fatalf("ParseQuery(%q) failed", tc.query)
		}
		if got := q.Matches(tc.reading); got != tc.want {
			t.Errorf("%q matches %q = %v, want %v", tc.query, tc.reading, got, tc.want)
		}
	}
}

func TestIsNumericReading(t *testing.T) {
	for in, want := range map[string]bool{"yin2 hang2": true, "lu:4": true, "yin hang": false, "": false, "银行": false} {
		if got := IsNumericReading(in); got != want {
			t.Errorf("IsNumericReading(%q) = %v", in, got)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"zhineng", "zhìnéng", "zhi4 neng2", "lu:4", "xi'an", "智能", "4a", "ǚ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, ok := ParseQuery(s)
		if !ok {
			return
		}
		if len(q.Syllables) != len(q.Tones) || q.Key == "" {
			t.Fatalf("ParseQuery(%q) = %+v", s, q)
		}
		joined := ""
		for _, syl := range q.Syllables {
			if !syllables()[syl] {
				t.Fatalf("ParseQuery(%q): %q is not a syllable", s, syl)
			}
			joined += syl
		}
		if joined != q.Key {
			t.Fatalf("ParseQuery(%q): key %q != syllables %q", s, q.Key, joined)
		}
	})
}

func ExampleMarks() {
	fmt.Println(Marks("yin2 hang2"), Marks("lu:4 se4"))
	// Output: yín háng lǜ sè
}

func FuzzMarks(f *testing.F) {
	for _, s := range []string{"yin2 hang2", "lu:4", "ȺȺa1", "0\xafA1", "Ou1", "ng4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = Marks(s)
		_ = Toneless(s)
		_ = Tones(s)
	})
}
