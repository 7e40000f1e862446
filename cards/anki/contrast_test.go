package anki

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Text on a card must stay readable by day and by night: WCAG's contrast
// ratio of at least 4.5:1 between every text colour the CSS sets and the
// card's background in that mode.

var (
	cssRule  = regexp.MustCompile(`(?s)([^{}]+)\{([^{}]*)\}`)
	cssColor = regexp.MustCompile(`(?:^|[;\s])color:\s*(#[0-9a-fA-F]{6})`)
	cssBack  = regexp.MustCompile(`background:\s*(#[0-9a-fA-F]{6})`)
)

// luminance is WCAG 2's relative luminance of "#rrggbb".
func luminance(hex string) float64 {
	var c [3]float64
	for i := range c {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		s := float64(v) / 255
		if s <= 0.04045 {
			c[i] = s / 12.92
		} else {
			c[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
}

func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func TestContrast(t *testing.T) {
	if got := contrast("#000000", "#ffffff"); math.Abs(got-21) > 1e-9 {
		t.Fatalf("contrast(black, white) = %v, want 21", got)
	}
	if got := contrast("#777777", "#ffffff"); got > 4.5 { // the classic failing grey, 4.48
		t.Fatalf("contrast(#777, white) = %v, want just under 4.5", got)
	}
	// The backgrounds, from the .card rules.
	back := map[bool]string{}
	for _, m := range cssRule.FindAllStringSubmatch(css, -1) {
		if b := cssBack.FindStringSubmatch(m[2]); b != nil && strings.Contains(m[1], ".card") {
			back[strings.Contains(m[1], "night")] = b[1]
		}
	}
	if back[false] == "" || back[true] == "" {
		t.Fatalf("backgrounds not found: %v", back)
	}
	checked := 0
	lowest := map[bool]float64{false: 21, true: 21}
	for _, m := range cssRule.FindAllStringSubmatch(css, -1) {
		sel := strings.TrimSpace(m[1])
		if i := strings.LastIndex(sel, "\n"); strings.HasPrefix(sel, "@media") && i > 0 {
			sel = sel[i+1:]
		}
		for _, c := range cssColor.FindAllStringSubmatch(m[2], -1) {
			night := strings.Contains(sel, "night")
			ratio := contrast(c[1], back[night])
			lowest[night] = min(lowest[night], ratio)
			checked++
			if ratio < 4.5 {
				t.Errorf("%s { color: %s } on %s (night %v): contrast %.2f, want ≥ 4.5", sel, c[1], back[night], night, ratio)
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d colours checked", checked)
	}
	t.Logf("%d text colours; lowest contrast %.2f by day, %.2f by night", checked, lowest[false], lowest[true])
	// Every day colour of a class must have a night colour too, or the
	// day's dark shade would show on the night background.
	for _, m := range cssRule.FindAllStringSubmatch(css, -1) {
		sel := strings.TrimSpace(m[1])
		if strings.Contains(sel, "night") || strings.HasPrefix(sel, "@") || !cssColor.MatchString(m[2]) || sel == ".card" {
			continue
		}
		for _, one := range strings.Split(sel, ",") {
			one = strings.TrimSpace(one)
			if !strings.Contains(css, ".nightMode "+one) {
				t.Errorf("%s has a day colour and no night one", one)
			}
		}
	}
}

// TestSizes: sizes in the card's own units, and a margin at the top.
func TestSizes(t *testing.T) {
	if strings.Contains(css, "rem") {
		t.Error("css sizes text in rem: Anki's root font size is not the card's")
	}
	card := cssRule.FindStringSubmatch(css)
	if !strings.Contains(card[1], ".card") || !regexp.MustCompile(`padding: [1-9]\d*px`).MatchString(card[2]) {
		t.Errorf("the .card rule has no top padding: %q", card[0])
	}
}
