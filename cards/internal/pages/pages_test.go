package pages

import "testing"

func TestTouchKeepsZero(t *testing.T) {
	type withPointers struct {
		s string
		p *int
		n [100]int64
	}
	for _, n := range []int{0, 1, 7, 5000} {
		s := make([]withPointers, 0, n)
		Touch(s)
		for i, v := range s[:cap(s)] {
			if v != (withPointers{}) {
				t.Fatalf("cap %d: element %d = %+v after Touch, want zero", n, i, v)
			}
		}
		if len(s) != 0 {
			t.Fatalf("Touch changed the length: %d", len(s))
		}
	}
}
