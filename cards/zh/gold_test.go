package zh

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"cika/cards"
	"cika/cards/zh/internal/goldset"
)

// The gold set (testdata/senses, see JUDGEMENTS.md there) is the team's
// yardstick for the sense and reading chooser: sentence pairs, a word of
// each, its reading and the senses that fit. testdata/senses/score.go
// scores any `annotate --tsv --json` command on the same files with the
// same rules: both read and judge through internal/goldset.

var goldReport = flag.String("gold.report", "", "write the gold set's misses to this TSV file")

// goldFloors are the lowest accuracies (percent) TestGold accepts, a little
// under the figures of the chooser when they were set (segmentation /
// reading / sense on 2026-12-05, with need.go, the neutral-tone twins and
// the constructions of the second session: podcast 99.4/99.4/89.9,
// everyday 99.2/95.8/89.4; at the end of the session that built the chooser:
// podcast 99.4/97.5/79.1, everyday 97.5/92.8/85.6; with readings.go
// (session 3, at dc4c039) everyday 99.3/97.4/90.0 on 270 items, heldout
// 99.1/96.5/83.8, heldout2 97.4/96.4/80.1 (95.4 without readings.go);
// at 71344a0 podcast
// 99.4/96.2/71.5, everyday 96.6/91.9/83.5; at 7e642a8 podcast 99.4/94.9/62.7, everyday
// 94.9/88.1/75.0; before function.go, at 279f00b, the senses were 42.4 and
// 65.3). They are raised as the chooser improves, so that a change that
// loses ground is noticed.
//
// index is the sense judged by the CC-CEDICT sense the token names alone
// (Senses[Sense]), as a judge keyed by entry and sense index would: a
// construction gloss of cika's own counts only through the sense it names
// (functionsense.go). Session 3 (functionSenses): podcast 47.5 → 89.2,
// everyday 59.7 → 88.6, heldout 57.6 → 81.2.
var goldFloors = map[string]struct{ seg, reading, sense, index float64 }{
	// Session 19's unit audit (JUDGEMENTS.md) renamed 28 studied items to the longer
	// CC-CEDICT word the file rule asks for (三次, 不了, 一块 …), most of which cika splits:
	// the floors of heldout4, 5, 6, 10, 11 and 13 were lowered under the figures at 027876e + audit.
	// At the end of session 3 (d007b41): podcast 100/100/91.1 (index
	// 91.1), everyday 99.3/97.8/91.1 (91.1), heldout 99.1/96.5/84.7
	// (83.8), heldout2 97.4/96.7/81.1 (81.1).
	"podcast.tsv":  {seg: 99, reading: 99, sense: 90, index: 90},
	"everyday.tsv": {seg: 98.5, reading: 97, sense: 90, index: 90},
	// heldout.tsv was judged after the chooser was tuned and never tuned on
	// (JUDGEMENTS.md): 99.1/93.9/81.7 at 3cf55cb.
	"heldout.tsv": {seg: 98.5, reading: 95.5, sense: 83.5, index: 82.5},
	// heldout2.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md): 97.4/95.4/77.8 at 109a4a9 (96.4/94.4/74.2 before
	// its clerical corrections); 97.4/95.4/78.1, index 78.5, at 180ede7.
	"heldout2.tsv": {seg: 97, reading: 96, sense: 80, index: 80},
	// heldout3.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md): 98.1/97.8/82.5, index 82.8, at a816345
	// (94.6/94.3/79.0 before its clerical corrections).
	// Studied from session 13 on: 100/100/96.8, index 96.8, at 929f483.
	"heldout3.tsv": {seg: 99.5, reading: 99.5, sense: 99.5, index: 99.5},
	// heldout4.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md): 99.7/98.4/77.5, index 78.1, at ab0775e
	// (99.0/97.7/77.2 before its two clerical corrections).
	// Studied from session 13 on: 99.7/99.4/96.5, index 96.8, at 929f483.
	"heldout4.tsv": {seg: 98.5, reading: 98.5, sense: 97.5, index: 97.5},
	// heldout5.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md): 99.0/97.1/83.1, index 83.1, at cc865ea
	// (98.4/96.4/82.8 before its three clerical corrections).
	// Studied from session 13 on: 100/99.4/97.1, index 96.8, at 929f483.
	"heldout5.tsv": {seg: 98.5, reading: 98.5, sense: 97, index: 97},
	// heldout6.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md): 98.7/97.1/78.6, index 78.6, at 5ba88ee
	// (98.1/96.5/77.0 before its five clerical corrections).
	// Studied from session 13 on: 100/99.4/96.5, index 95.8, at 929f483.
	"heldout6.tsv": {seg: 99.5, reading: 99.5, sense: 98, index: 97},
	// heldout7.tsv was judged and committed (and landed, with a zero floor)
	// before any cika ran on it (JUDGEMENTS.md): 97.9/95.2/73.8, index 74.4,
	// at b35c000 (95.8/93.1/71.4 before its nine clerical corrections).
	// Studied from late in session 13 on: 100/99.1/88.9, index 89.5, at
	// 929f483.
	"heldout7.tsv": {seg: 99.5, reading: 99.5, sense: 96.5, index: 96.5},
	// heldout8.tsv was judged and committed (and landed, with a zero floor)
	// before any cika ran on it (JUDGEMENTS.md): 98.8/96.6/78.6, index 77.7,
	// at f33f3c0 (98.8/96.6/77.1, index 76.1, before its five clerical
	// corrections).
	// Held out still: 98.8/97.6/84.7, index 83.8, at 929f483.
	"heldout8.tsv": {seg: 99.5, reading: 99.5, sense: 98.5, index: 97.5},
	// heldout9.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md): 95.6/94.4/78.2, index 78.2, at c5c45c9 (76.9 at
	// 189a7f3; 77.6 and 76.3 before its two clerical corrections). The
	// floor was zero until the lead landed the file after every other
	// helper had stopped (715d169: 95.6/94.1/77.9, index 77.9).
	// Held out still: 96.3/95.3/83.5, index 83.2, at 929f483. Studied from
	// session 15: 96.6/95.6/85.4, index 85.0, at 61b9ab2; 99.4/99.4/98.4,
	// index 98.1, at 4d1a451.
	"heldout9.tsv": {seg: 99, reading: 99, sense: 98, index: 97.5},
	// heldout10.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md): 97.9/96.6/80.1, index 80.1, at 575a2e7 and 177cb2a
	// (94.8/93.6/76.7 before its eleven clerical corrections). The floor
	// was zero until the lead landed the file after every other helper of
	// session 12 had stopped (23dc694: 98.5/97.2/82.2, index 82.2).
	// Held out still: 98.5/97.9/84.7, index 84.7, at 929f483. Studied from
	// session 15: 99.1/98.5/86.2, index 86.2, at 61b9ab2; 99.7/99.4/98.8,
	// index 98.8, at 4d1a451.
	"heldout10.tsv": {seg: 98.5, reading: 98.5, sense: 98, index: 98},
	// heldout11.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md), while session 13's helpers added rules:
	// 98.2/96.2/86.8, index 86.5, at 140fee0 and 6e9510e (97.4/95.3/84.5,
	// index 84.2, before its twelve clerical corrections). The floor is
	// zero until the lead landed the file after every other helper of that
	// session had stopped (929f483: 98.5/96.8/88.0, index 87.7).
	// verbComplement (boundaries_join.go) costs one segmentation
	// item (index 88.9 with it) while heldout16 gains five: index 88.5.
	// Studied from session 16: 98.5/97.1/89.5, index 89.2, at 30d9149;
	// 99.7/99.7/99.1, index 98.8, at f6b9454.
	"heldout11.tsv": {seg: 99, reading: 99, sense: 98.5, index: 98},
	// heldout12.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md), while session 14's helpers added rules:
	// 99.1/98.4/89.0, index 87.7, at 163b281 and 99.1/98.4/89.3, index
	// 88.1, at 6a8e219 (98.7/98.1/86.8, index 85.5, at 163b281 before its
	// seven clerical corrections). The floor was zero until the lead landed
	// the file after every other helper of that session had stopped
	// (7813161: 99.4/98.7/90.6, index 89.3).
	"heldout12.tsv": {seg: 99, reading: 99, sense: 92, index: 90.5},
	// heldout13.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md), in session 14, for study: its misses are the work
	// list of that session's late helpers. At 163b281 (session start)
	// 96.9/95.3/84.1, index 83.8; landed at 80b10f1's successor with
	// 96.9/95.3/84.4, index 84.1 (gold14b's corrections included); after
	// the late helpers (7813161) 99.7/99.1/94.7, index 94.4.
	"heldout13.tsv": {seg: 99, reading: 99, sense: 95, index: 94.5},
	// heldout14.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md), in session 14, by a helper who read none of the
	// chooser's rules, while that session's helpers added rules: at 163b281
	// 99.1/98.1/91.3, index 91.0 (97.2/96.3/87.0, index 86.6, before its
	// fifteen clerical corrections and renames). The floor was zero until
	// the lead landed the file after every other helper of that session had
	// stopped (7813161: 99.1/98.1/91.9, index 91.6).
	// verbComplement costs one segmentation item (index 91.9 with
	// it): index 91.5.
	"heldout14.tsv": {seg: 99, reading: 98, sense: 92, index: 91.5},
	// heldout16.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md), in session 15, by a helper who read none of the
	// chooser's rules, for study: its misses are the work list of a late
	// round of helpers. At 61b9ab2 97.1/96.0/84.8, index 84.5; the lead
	// landed it at 5267420 (97.1/96.0/85.1, index 84.8); after the late
	// round, 4d1a451: 98.0/98.0/93.4, index 93.1; after a last round,
	// 867b87a: 99.1/99.1/97.4, index 97.1.
	"heldout16.tsv": {seg: 99, reading: 99, sense: 97, index: 96.5},
	// heldout15.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md), in session 15, by a helper who read none of the
	// chooser's rules, while that session's helpers added rules: at 61b9ab2
	// (session start) and 90ce3fe 98.5/96.7/84.3, index 84.3 (93.4/91.6/79.2,
	// index 79.2, before its sixteen clerical renames and one merge). The
	// floor was zero until the lead landed the file after every other helper
	// of that session had stopped (4d1a451: 98.8/97.0/85.8, index 85.8).
	// The length prior (session 20, the unit a card teaches) costs two
	// items: 98.5/97.0/86.1, index 86.1 (seg 326 of 331, 98.49 %): seg
	// floor 98, as the coordinator accepted.
	"heldout15.tsv": {seg: 98, reading: 96.5, sense: 85.5, index: 85.5},
	// heldout18.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md), in session 16, by a helper who read none of the
	// chooser's rules, for study: its misses are the work list of a late
	// round of helpers. At 30d9149 (session start) and a240be6
	// 95.4/93.8/86.5, index 86.5 (95.4/93.8/84.6, index 84.6, before its six
	// clerical corrections). The lead landed it at once for the late round
	// of study (floors under the landing's 95.4/93.8/86.5, index 86.5).
	// After the late round and a clerical correction, f6b9454:
	// 99.1/99.1/97.8, index 97.8.
	"heldout18.tsv": {seg: 99, reading: 99, sense: 97.5, index: 97.5},
	// heldout17.tsv was judged and committed before any cika ran on it
	// (JUDGEMENTS.md), in session 16, by a helper who read none of the
	// chooser's rules, while that session's helpers added rules: at 30d9149
	// (session start) and 74f25fd 97.6/95.8/89.8, index 89.5 (97.6/95.5/
	// 88.0, index 87.7, before its six clerical corrections). The floor was
	// zero until the lead landed the file after every other helper of that
	// session had stopped (0051e1b: 97.3/95.8/89.8, index 89.5).
	"heldout17.tsv": {seg: 97, reading: 95.5, sense: 89.5, index: 89},
	// heldout19.tsv and heldout20.tsv were judged and committed before any
	// cika ran on them (JUDGEMENTS.md), in session 17, by two helpers who
	// read none of the chooser's rules, while that session's helpers added
	// rules; landed after every rule helper had stopped and scored once.
	// heldout19 at 277be49 (session start) and ac63080 (end): 93.4/93.1/
	// 79.6, index 79.6, 333 items; 93.7/93.4/82.8, index 82.8, on 332
	// items after its eleven clerical corrections. heldout20 at both:
	// 98.0/96.8/88.0, index 88.0, 349 items; 98.3/97.1/89.4, index 89.4,
	// on 348 items after its five. No rule of session 17 moved either.
	"heldout19.tsv": {seg: 93.5, reading: 93, sense: 82.5, index: 82.5},
	"heldout20.tsv": {seg: 98, reading: 97, sense: 89, index: 89},
	// heldout21.tsv, heldout22.tsv and heldout23.tsv were judged and committed
	// before any cika ran on them (JUDGEMENTS.md), in session 18, by three
	// helpers who read none of the chooser's rules (heldout23 judges other
	// words of the seed podcast's own pairs); landed once every helper that
	// could change cika's output had stopped. At c5a7fb4 (session start),
	// first scoring: heldout21 97.5/96.0/89.5, heldout22 97.9/96.5/87.9,
	// heldout23 98.8/98.8/94.6;
	// after their clerical corrections (2, 7 and 0): heldout21 97.5/96.0/
	// 90.2, index 89.8, 325 items; heldout22 98.5/97.0/89.9, index 89.6,
	// 337 items; heldout23 98.8/98.8/94.6, index 94.3, 336 items. The same at
	// the end of session 18 (open-gram's words, 4d2c39b, moved none of them).
	"heldout21.tsv": {seg: 97.5, reading: 96, sense: 90, index: 89.5},
	"heldout22.tsv": {seg: 98.5, reading: 97, sense: 89.5, index: 89.5},
	"heldout23.tsv": {seg: 98.5, reading: 98.5, sense: 94.5, index: 94},
	// heldout24.tsv and heldout25.tsv were judged and committed before any
	// cika ran on them (JUDGEMENTS.md), in session 19, by two helpers who read
	// none of the chooser's rules (gold24: people who make or run technology
	// and the internet; gold25: health, law, sport and public life; each with
	// everyday pairs); scored once every helper that could change cika's
	// output had stopped. First scoring at a7585fd: heldout24 98.5/97.9/90.9
	// (podcast part 93.0, everyday 88.5), heldout25 98.8/98.5/88.6 (88.6,
	// 88.7); the session's base, 659c437, scored the same. After their
	// clerical corrections (0 and 7): heldout24 98.5/97.9/90.9, index 90.6,
	// 341 items; heldout25 98.8/98.5/90.8, index 90.5, 325 items.
	"heldout24.tsv": {seg: 98.5, reading: 97.5, sense: 90.5, index: 90.5},
	"heldout25.tsv": {seg: 98.5, reading: 98, sense: 90.5, index: 90},
	// heldout26.tsv and heldout27.tsv were judged and committed before any
	// cika ran on them (JUDGEMENTS.md), in session 20, by two helpers who read
	// none of the chooser's rules (gold26: people who grow, make, move and
	// sell things; gold27: teaching, the arts and science; each with everyday
	// pairs); scored once every helper that could change cika's output had
	// stopped. First scoring at 20e2b69: heldout26 98.8/97.7/92.2 (podcast
	// part 94.7, everyday 89.7), heldout27 97.6/97.1/87.6 (podcast 85.5,
	// everyday 90.2); the session's base, 69861b4, scored 98.0/96.8/91.3 and
	// 97.3/96.5/87.0. After their clerical corrections (0 and 5): heldout26
	// 98.8/97.7/92.2, index 92.2, 345 items; heldout27 97.9/97.3/88.8, index
	// 88.5, 339 items.
	"heldout26.tsv": {seg: 98.5, reading: 97.5, sense: 92, index: 92},
	"heldout27.tsv": {seg: 97.5, reading: 97, sense: 88.5, index: 88},
	// heldout28.tsv (gold28, session 21: people whose work is outdoors, in
	// travel or in sport, with everyday pairs) and heldout29.tsv (gold29:
	// people whose work is with words, money or the past, with everyday pairs
	// as TV-drama subtitles) were judged and committed before any cika ran on
	// them (JUDGEMENTS.md), held out while that session's helpers worked and
	// scored once at its end, at 2306f33: heldout28 97.9/97.1/91.2 (podcast
	// part 91.0, everyday 91.4), heldout29 98.5/97.9/89.8 (podcast 88.1,
	// everyday 91.5); the session's base af0caa9 scored 97.6/96.8/90.9 and
	// 98.5/97.9/89.8. After their clerical checks (1 and 0 corrections):
	// heldout28 97.9/97.1/91.4, index 91.4 (339 items); heldout29
	// 98.5/97.9/89.8, index 89.5 (332 items). Floors just under.
	"heldout28.tsv": {seg: 97.5, reading: 97, sense: 91, index: 91},
	"heldout29.tsv": {seg: 98, reading: 97.5, sense: 89.5, index: 89},
	// heldout30.tsv, heldout31.tsv and heldout32.tsv (gold30–32, session 22:
	// care, food and the body with everyday chat messages; machines and the
	// city with textbook dialogues; the countryside with a graded reader's
	// narrative) were judged and committed before any cika ran on them
	// (JUDGEMENTS.md) and scored once at that session's end (main 135dd55):
	// 98.2/97.0/88.9, 98.6/97.8/91.0, 97.5/96.6/86.8. After their clerical
	// checks (4, 1 and 2 corrections): heldout30 98.2/97.0/90.1, index 90.1
	// (333 items); heldout31 98.6/97.8/91.3, index 91.3 (357); heldout32
	// 97.5/96.6/87.1, index 87.1 (325). Floors just under.
	"heldout30.tsv": {seg: 98, reading: 96.5, sense: 90, index: 90},
	"heldout31.tsv": {seg: 98.5, reading: 97.5, sense: 91, index: 91},
	"heldout32.tsv": {seg: 97, reading: 96.5, sense: 87, index: 87},
	// heldout33.tsv, heldout34.tsv and heldout35.tsv (gold33–35, session 23:
	// people who serve the public face to face with office small talk;
	// people who make or repair things by hand with family life at home;
	// people who keep others safe with a first-person diary) were judged and
	// committed before any cika ran on them (JUDGEMENTS.md) and scored once
	// at that session's end (main a819276): 97.0/96.7/86.8, 98.8/98.2/87.2,
	// 97.6/97.3/86.1. After their clerical checks (1, 4 and 1 corrections):
	// heldout33 97.0/96.7/87.1, index 87.4 (333 items); heldout34
	// 98.8/98.2/88.1, index 88.1 (327); heldout35 97.6/97.3/86.4, index 86.7
	// (339). Floors just under.
	"heldout33.tsv": {seg: 96.5, reading: 96.5, sense: 87, index: 87},
	"heldout34.tsv": {seg: 98.5, reading: 98, sense: 88, index: 88},
	"heldout35.tsv": {seg: 97.5, reading: 97, sense: 86, index: 86.5},
	// heldout36.tsv and heldout37.tsv (gold36–37, session 24: people who
	// work with animals, plants or the land with shopping and errands;
	// people who make things for an audience with a first-person account of
	// a trip or a day) were judged and committed before any cika ran on
	// them (JUDGEMENTS.md) and scored first with the session's base (main
	// 9f0e3ee): 98.8/98.2/90.8 and 97.9/97.2/83.4. After their clerical
	// checks (1 and 3 corrections), at the session's end (main a6ca94b):
	// heldout36 99.1/98.5/91.7, index 91.7 (338 items); heldout37
	// 98.5/97.8/84.6, index 84.9 (325). Floors just under.
	"heldout36.tsv": {seg: 98.5, reading: 98, sense: 91.5, index: 91.5},
	// heldout37 was released for study in session 25 (train since): at that
	// session's end (main 367589a) 99.1/98.8/88.6, index 88.9.
	"heldout37.tsv": {seg: 98.5, reading: 98.5, sense: 88.5, index: 88.5},
	// heldout38.tsv and heldout39.tsv (gold38–39, session 25: people whose
	// work is to advise, coach or judge others, with plans and arrangements
	// by phone and message; people who changed their lives, with weather,
	// seasons, festivals and family gatherings) were judged and committed
	// before any cika ran on them (JUDGEMENTS.md) and scored first with the
	// session's base (main e7052f4): 99.1/98.5/85.7 and 98.2/97.4/88.0.
	// After their clerical checks (8 and 2 corrections), at the session's
	// end (main 367589a), unchanged by the session's rules: heldout38
	// 99.1/98.5/88.0, index 88.3 (343 items); heldout39 98.2/97.4/88.3,
	// index 88.3 (341). Floors just under.
	"heldout38.tsv": {seg: 99, reading: 98, sense: 87.5, index: 88},
	"heldout39.tsv": {seg: 98, reading: 97, sense: 88, index: 88},
	// heldout40.tsv and heldout41.tsv (gold40–41, session 26: people who look
	// after others or places, with home life between friends; people who
	// explain the world for a living, with money and shopping) were judged
	// and committed before any cika ran on them (JUDGEMENTS.md) and scored
	// first with the session's base (main d77144e): 98.0/95.7/85.1 and
	// 99.4/98.8/91.9. After their clerical checks (3 and 1 corrections), at
	// the session's end (main ce87926), unchanged by the session's rules:
	// heldout40 98.3/96.0/85.9, index 85.6 (348 items); heldout41
	// 99.4/98.8/92.2, index 92.2 (333). Floors just under.
	// heldout40 was released for study in session 27 (train since): at that
	// session's end 98.3/96.3/86.5, index 86.2.
	"heldout40.tsv": {seg: 98, reading: 95.5, sense: 85.5, index: 85.5},
	"heldout41.tsv": {seg: 99, reading: 98.5, sense: 92, index: 92},
	// heldout42.tsv and heldout43.tsv (gold42–43, session 27: people who move
	// people and goods, with travel; people who work with memory and
	// meaning, with the body, sleep, exercise, pets and the neighbourhood)
	// were judged and committed before any cika ran on them (JUDGEMENTS.md)
	// and scored first with the session's base (main a633134): 99.4/98.2/90.9
	// and 96.7/95.2/86.5. After their clerical checks (2 and 0 corrections),
	// at the session's end, unchanged by the session's rules: heldout42
	// 99.4/98.2/91.5, index 91.2 (330 items); heldout43 96.7/95.2/86.5,
	// index 86.2 (333). Floors just under.
	"heldout42.tsv": {seg: 99, reading: 98, sense: 91, index: 91},
	"heldout43.tsv": {seg: 96.5, reading: 95, sense: 86, index: 86},
	// cov-covF.tsv is session 17's coverage set of function words and their
	// grammatical uses (helper covF), judged and committed before any cika
	// ran on it: 96.5/96.1/90.7 at 277be49 (99.6/99.2/93.8 after eight items
	// were renamed to the longer word the segmenter gives); studied since,
	// 99.6/99.2/97.7, index 97.7, at f62973b.
	"cov-covF.tsv": {seg: 99, reading: 98.5, sense: 97, index: 97},
	// cov-covR.tsv is session 17's coverage set of readings (polyphonic
	// characters) and word boundaries, judged and committed before any cika
	// ran on it (covR): 97.5/97.5/94.7 at 277be49 as first judged,
	// 98.9/98.9/96.8, index 96.8, after six clerical corrections;
	// 99.6/99.6/97.9, index 97.9, at 4491179 (verbComplement's 写完 做完,
	// splitverb's 生我的气). The length prior (session 20) gives 重新开始
	// whole, where an item judges 重新 of it: 98.9/98.9/97.5, index 97.5.
	"cov-covR.tsv": {seg: 98.5, reading: 98.5, sense: 97.5, index: 97.5},
	// cov-covW.tsv is session 17's coverage set of frequent content words
	// with several senses (helper covW), judged and committed before any
	// cika ran on it; studied. First scored at 75e94a6: 96.0/96.0/88.8;
	// after covW's fixes, d69f00b: 96.3/96.3/91.0, index 91.0.
	"cov-covW.tsv": {seg: 96, reading: 96, sense: 90.5, index: 90.5},
	// narrative1.tsv is session 24's narrative set (a first-person diary and
	// blog, helper senseN), judged and committed before any cika ran on it;
	// studied (train). First scored at main 9f0e3ee: 98.4/98.0/90.3, index
	// 90.3 (after one clerical correction: 起来#2 → 起来, the scorer counts
	// tokens, and 站起来 is one).
	"narrative1.tsv": {seg: 98, reading: 97.5, sense: 90, index: 90},
}

// goldTotalsOnly keeps TestGold's log to the totals when CIKA_GOLD_TOTALS
// is set: whoever lands a change (the team's land script sets it) must not
// see the items of a set held out from them when a floor fails.
var goldTotalsOnly = os.Getenv("CIKA_GOLD_TOTALS") != ""

// goldToken returns the occ-th token whose Word or Text is word.
func goldToken(toks []cards.Token, word string, occ int) (cards.Token, bool) {
	for _, t := range toks {
		if t.Word == word || t.Text == word {
			if occ--; occ == 0 {
				return t, true
			}
		}
	}
	return cards.Token{}, false
}

// goldShown is the text a token's sense is judged on: the gloss shown
// and, when it comes from one sense, that whole sense.
func goldShown(t cards.Token) []string {
	out := []string{t.Gloss}
	if t.Sense >= 0 && t.Sense < len(t.Senses) {
		out = append(out, t.Senses[t.Sense])
	}
	return out
}

// goldScore is the tally of one file.
type goldScore struct {
	items, seg, reading, sense, index int
}

func pct(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

// TestGold scores the analyzer on the gold set and fails when a file's
// accuracy falls under its floor. -v logs every miss; -gold.report FILE
// writes them as TSV.
func TestGold(t *testing.T) {
	a := analyzer(t)
	files, err := filepath.Glob(filepath.Join("testdata", "senses", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files in testdata/senses: %v", err)
	}
	var report strings.Builder
	report.WriteString("file\tline\tmiss\tzh\ten\tword\twant reading\tgot reading\taccept\tgot entry\tgot sense\tnote\n")
	for _, path := range files {
		items, err := goldset.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		var sc goldScore
		for _, it := range items {
			sc.items++
			tok, found := goldToken(a.Analyze(it.ZH, it.EN), it.Word, it.Occ)
			var miss []string
			if !found {
				miss = append(miss, "seg")
			} else {
				sc.seg++
				if goldset.ReadingOK(tok.Reading, it.Reading) {
					sc.reading++
				} else {
					miss = append(miss, "reading")
				}
				if goldset.SenseOK(goldShown(tok), it.Accept) && !goldset.SenseOK(goldShown(tok), it.Reject) {
					sc.sense++
				} else {
					miss = append(miss, "sense")
				}
				if named := goldShown(tok)[1:]; goldset.SenseOK(named, it.Accept) && !goldset.SenseOK(named, it.Reject) {
					sc.index++
				} else if !slices.Contains(miss, "sense") {
					miss = append(miss, "index")
				}
			}
			if len(miss) == 0 {
				continue
			}
			shown := tok.Gloss
			if tok.Sense >= 0 && tok.Sense < len(tok.Senses) {
				shown = tok.Senses[tok.Sense]
			}
			if !goldTotalsOnly {
				t.Logf("%s:%d %s: %s in %s (%s): got %q %q, want %s %q  %s",
					it.File, it.Line, strings.Join(miss, "+"), it.Word, it.ZH, it.EN, tok.Reading, shown,
					strings.Join(it.Reading, "|"), strings.Join(it.Accept, "|"), it.Note)
			}
			fmt.Fprintf(&report, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
				it.File, it.Line, strings.Join(miss, "+"), it.ZH, it.EN, it.Word,
				strings.Join(it.Reading, "|"), tok.Reading, strings.Join(it.Accept, "|"),
				tok.Entry, shown, it.Note)
		}
		name := filepath.Base(path)
		seg, rd, se, ix := pct(sc.seg, sc.items), pct(sc.reading, sc.items), pct(sc.sense, sc.items), pct(sc.index, sc.items)
		t.Logf("%s: %d items, segmentation %.1f%%, reading %.1f%%, sense %.1f%% (by the sense index alone %.1f%%)", name, sc.items, seg, rd, se, ix)
		fl, ok := goldFloors[name]
		if !ok {
			t.Errorf("%s: no floor in goldFloors", name)
			continue
		}
		if seg < fl.seg || rd < fl.reading || se < fl.sense || ix < fl.index {
			t.Errorf("%s: segmentation %.1f%%, reading %.1f%%, sense %.1f%%, by index %.1f%%: under the floor %g/%g/%g/%g",
				name, seg, rd, se, ix, fl.seg, fl.reading, fl.sense, fl.index)
		}
	}
	if *goldReport != "" {
		if err := os.WriteFile(*goldReport, []byte(report.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGoldWellFormed checks every item against the sentence and the
// dictionary, so that a typo cannot pass for a miss of the chooser: the
// word occurs in the sentence, its reading is a CC-CEDICT reading of it,
// and at least one key is met by a sense of that entry.
func TestGoldWellFormed(t *testing.T) {
	a := analyzer(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "senses", "*.tsv"))
	probes, _ := filepath.Glob(filepath.Join("testdata", "readings", "*.tsv")) // TestReadingProbe's
	for _, path := range append(files, probes...) {
		items, err := goldset.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			where := fmt.Sprintf("%s:%d %s", it.File, it.Line, it.Word)
			if strings.Count(it.ZH, it.Word) < it.Occ {
				t.Errorf("%s: not %d times in %s", where, it.Occ, it.ZH)
			}
			if it.EN == "" {
				t.Errorf("%s: no English", where)
			}
			met := false
			for _, r := range it.Reading {
				found := false
				for _, e := range a.Dict().Lookup(it.Word) {
					if !goldset.ReadingOK(e.Pinyin, []string{r}) {
						continue
					}
					found = true
					for _, s := range e.Senses() {
						met = met || goldset.SenseOK([]string{s}, it.Accept) && !goldset.SenseOK([]string{s}, it.Reject)
					}
				}
				if !found {
					t.Errorf("%s: CC-CEDICT has no reading %q", where, r)
				}
			}
			if !met {
				t.Errorf("%s: no sense of %s meets %q", where, strings.Join(it.Reading, "|"), strings.Join(it.Accept, "|"))
			}
		}
	}
}
