package anki

// The note type: fields (see Fields), two templates and their CSS.
//
// Anki matches note types by id and duplicates a type whose fields or
// templates changed under the same id (APKG.md, gotcha 4). So:
//   - changing the fields, their order, or the template names/count needs a
//     new notetypeID;
//   - changing only the HTML or CSS of the templates needs a later
//     notetypeMod, so Anki replaces the old styling on import.
const (
	notetypeID  int64 = 1764460800001 // 2025-11-30, layout 1
	notetypeMod int64 = 1764460800    // seconds; bump when templates or CSS change
)

// template is one card template.
type template struct {
	Name string
	Q, A string
}

// templates are indexed by Kind.
var templates = []template{
	Recognition: {
		Name: "Recognition",
		Q: `<div class="kind">认读 · recognise</div>
<div class="hanzi">{{Hanzi}}</div>
{{#Traditional}}<div class="trad">{{Traditional}}</div>{{/Traditional}}`,
		A: `{{FrontSide}}
<hr id="answer">
<div class="pinyin">{{PinyinColored}}</div>
<div class="meaning">{{Meaning}}</div>
{{#Sentence}}<div class="example">
<div class="sentence">{{Sentence}}</div>
{{#SentencePinyin}}<div class="spinyin">{{SentencePinyin}}</div>{{/SentencePinyin}}
{{#Translation}}<div class="translation">{{Translation}}</div>{{/Translation}}
</div>{{/Sentence}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}`,
	},
	Recall: {
		Name: "Recall",
		Q: `<div class="kind">回想 · recall</div>
<div class="meaning">{{Meaning}}</div>
{{#Sentence}}<div class="example cloze">
<div class="sentence">{{Sentence}}</div>
{{#Translation}}<div class="translation">{{Translation}}</div>{{/Translation}}
</div>{{/Sentence}}`,
		A: `<div class="answered">{{FrontSide}}</div>
<hr id="answer">
<div class="hanzi">{{Hanzi}}</div>
{{#Traditional}}<div class="trad">{{Traditional}}</div>{{/Traditional}}
<div class="pinyin">{{PinyinColored}}</div>
{{#Sentence}}<div class="example">
<div class="sentence">{{Sentence}}</div>
{{#SentencePinyin}}<div class="spinyin">{{SentencePinyin}}</div>{{/SentencePinyin}}
{{#Translation}}<div class="translation">{{Translation}}</div>{{/Translation}}
</div>{{/Sentence}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}`,
	},
}

// requirements says which fields a template needs to make a card, in Anki's
// schema-11 "req" form: [ord, "any", [field ords]].
var requirements = []any{
	[]any{0, "any", []int{0}}, // Recognition needs Hanzi
	[]any{1, "any", []int{3}}, // Recall needs Meaning
}

// css colours tones (the common Dummitt scheme: 1 red, 2 orange, 3 green,
// 4 blue, neutral grey), sizes text in rem for phones, and has a night mode.
const css = `.card {
  font-family: "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: center;
  color: #1d1d1f;
  background: #fdfdfd;
  padding: 0 0.75rem;
  max-width: 36rem;
  margin: 0 auto;
}
.hanzi, .sentence, .trad {
  font-family: "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Hiragino Sans GB",
    "Microsoft YaHei", "Source Han Sans SC", sans-serif;
}
.kind { font-size: 0.7rem; color: #8a8a8e; letter-spacing: 0.05em; margin-bottom: 0.5rem; }
.hanzi { font-size: 3.2rem; line-height: 1.2; margin: 0.5rem 0; }
.trad { font-size: 1.4rem; color: #6e6e73; }
.pinyin { font-size: 1.5rem; margin: 0.25rem 0; }
.meaning { font-size: 1.15rem; margin: 0.5rem 0; }
.example { margin-top: 1rem; padding-top: 0.75rem; border-top: 1px solid #e5e5ea; text-align: left; }
.sentence { font-size: 1.3rem; }
.spinyin { font-size: 0.85rem; color: #6e6e73; }
.translation { font-size: 0.95rem; color: #3a3a3c; font-style: italic; margin-top: 0.25rem; }
.source { font-size: 0.7rem; color: #8a8a8e; margin-top: 1rem; }
.hl { color: #c2410c; font-weight: bold; }
/* Recall: the word is blanked in the question's sentence, which the answer
   side then shows whole. */
.cloze .hl { color: transparent; border-bottom: 2px solid #c2410c; }
.answered .cloze { display: none; }
.t1 { color: #e30000; }
.t2 { color: #d97706; }
.t3 { color: #15803d; }
.t4 { color: #1d4ed8; }
.t5, .t0 { color: #6b7280; }
@media (max-width: 480px) {
  .hanzi { font-size: 2.6rem; }
  .example { font-size: 0.95em; }
}
.nightMode .card, .night_mode .card, .card.nightMode, .card.night_mode {
  color: #ececf1; background: #1c1c1e;
}
.nightMode .hl, .night_mode .hl { color: #fb923c; }
.nightMode .cloze .hl, .night_mode .cloze .hl { color: transparent; border-bottom-color: #fb923c; }
.nightMode .t1, .night_mode .t1 { color: #ff6b6b; }
.nightMode .t2, .night_mode .t2 { color: #fbbf24; }
.nightMode .t3, .night_mode .t3 { color: #4ade80; }
.nightMode .t4, .night_mode .t4 { color: #60a5fa; }
.nightMode .t5, .nightMode .t0, .night_mode .t5, .night_mode .t0 { color: #a1a1aa; }
.nightMode .example, .night_mode .example { border-top-color: #3a3a3c; }
.nightMode .translation, .night_mode .translation { color: #d1d1d6; }
`

// notetypeJSON is the note type as the col.models JSON holds it.
func notetypeJSON(deckID int64) map[string]any {
	tmpls := make([]map[string]any, len(templates))
	for i, t := range templates {
		tmpls[i] = map[string]any{
			"name": t.Name, "ord": i, "qfmt": t.Q, "afmt": t.A,
			"bqfmt": "", "bafmt": "", "did": nil, "bfont": "", "bsize": 0,
		}
	}
	flds := make([]map[string]any, len(Fields))
	for i, f := range Fields {
		flds[i] = map[string]any{
			"name": f, "ord": i, "sticky": false, "rtl": false,
			"font": "Arial", "size": 20, "media": []any{},
		}
	}
	return map[string]any{
		"id":        notetypeID,
		"name":      NotetypeName,
		"type":      0,
		"mod":       notetypeMod,
		"usn":       -1,
		"sortf":     0,
		"did":       deckID,
		"tmpls":     tmpls,
		"flds":      flds,
		"css":       css,
		"latexPre":  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
		"latexPost": "\\end{document}",
		"latexsvg":  false,
		"req":       requirements,
		"tags":      []any{},
		"vers":      []any{},
	}
}
