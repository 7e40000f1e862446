package corpus

// Pair checks run on every pair a parser returns, whatever the format:
//
//   - an empty side (a cue with no partner, a line blank in one file):
//     skipped;
//   - no Chinese character on the Chinese side but some on the English
//     side (even among many Latin letters): the sides are swapped back,
//     and the pair kept;
//   - no Chinese on either side: kept (a line such as "OK!" in both
//     languages: stored, but it teaches no word);
//   - Chinese on both sides (the "English" side is mostly Chinese
//     characters): skipped;
//   - a wildly implausible length ratio (15 Chinese characters or more
//     against fewer than a third as many English letters, or 80 English
//     letters or more against a 25th as many Chinese characters): skipped.
//
// With Options.Strict each of these is an error instead.

// Reasons the pair checks give.
const (
	ProblemEmpty   = "empty side"
	ProblemSwapped = "sides swapped"
	ProblemBothZH  = "Chinese on both sides"
	ProblemRatio   = "implausible length ratio"
)

// Problem counts the pairs one check caught in a document.
type Problem struct {
	Reason string `json:"reason"`
	Count  int    `json:"count"`
	Lines  []int  `json:"lines"` // the first few (problemLines) lines
	Kept   bool   `json:"kept"`  // fixed and kept (swapped sides), not skipped
}

// problemLines is how many lines a Problem lists.
const problemLines = 10

// sideCounts are hanCount's figures for the two sides of a pair: the
// Chinese characters and letters of its ZH (hz, lz) and of its EN (he, le).
type sideCounts struct{ hz, lz, he, le int }

// counts returns hanCount's figures for p's sides.
func counts(p *Pair) sideCounts {
	var c sideCounts
	c.hz, c.lz = hanCount(p.ZH)
	c.he, c.le = hanCount(p.EN)
	return c
}

// check returns the problem with p ("" for none), swapping its sides when
// they are the wrong way round. c, if not nil, is counts(p), which the
// parser found when it ordered the sides (tsv's either): counted again,
// both sides of every pair were read twice.
func check(p *Pair, c *sideCounts) string {
	if p.ZH == "" || p.EN == "" {
		return ProblemEmpty
	}
	if c == nil {
		n := counts(p)
		c = &n
	}
	hz, lz, he, le := c.hz, c.lz, c.he, c.le
	swapped := false
	if hz == 0 {
		if he == 0 {
			return ""
		}
		// The side with Chinese characters is the Chinese one, however
		// many Latin letters it holds (访问okta.com。).
		p.ZH, p.EN = p.EN, p.ZH
		hz, lz, he, le = he, le, hz, lz
		swapped = true
	}
	if he > 0 && he*2 >= le {
		return ProblemBothZH
	}
	if lz >= 15 && le*3 < lz || le >= 80 && le > 25*lz {
		return ProblemRatio
	}
	if swapped {
		return ProblemSwapped
	}
	return ""
}

// problems collects what the checks found in one document.
type problems struct {
	list []Problem
}

func (ps *problems) add(reason string, line int) {
	for i := range ps.list {
		if ps.list[i].Reason == reason {
			ps.list[i].Count++
			if len(ps.list[i].Lines) < problemLines {
				ps.list[i].Lines = append(ps.list[i].Lines, line)
			}
			return
		}
	}
	ps.list = append(ps.list, Problem{Reason: reason, Count: 1, Lines: []int{line}, Kept: reason == ProblemSwapped})
}
