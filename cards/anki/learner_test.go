package anki

import (
	"path/filepath"
	"strings"
	"testing"

	"cika/cards/anki/ankitest"
)

// learnerNotes are the cases a learner stumbles on: a word twice in its
// sentence and once inside another word, two words written alike, a long
// sentence, a meaning in CC-CEDICT's notation, other senses.
func learnerNotes() []Note {
	parts := func(target string, texts ...string) []Part {
		var ps []Part
		for _, t := range texts {
			p := Part{Text: t}
			if r, ok := readings[t]; ok {
				p.Reading = r
			}
			p.Target = t == target
			ps = append(ps, p)
		}
		return ps
	}
	return []Note{
		{Word: "客户", Reading: "ke4 hu4", Meaning: "client; customer",
			Sentence:    "只要我们为客户提供价值，客户就会回来，客户端也一样。",
			Parts:       parts("客户", "只要", "我们", "为", "客户", "提供", "价值", "，", "客户", "就", "会", "回来", "，", "客户端", "也", "一样", "。"),
			Translation: "As long as we give clients value, they come back.", Source: "podcast.txt:3, Speaker 0"},
		{Word: "将", Reading: "jiang1", Meaning: "will; shall", Others: []string{"(literary) to take"},
			Sentence: "我们将改变世界。", Parts: parts("将", "我们", "将", "改变", "世界", "。"), Translation: "We will change the world."},
		{Word: "将", Reading: "jiang4", Meaning: "general; commander-in-chief (military)",
			Sentence: "他是一位将。", Translation: "He is a general."},
		{Word: "给", Reading: "gei3", Meaning: "(给 sb + verb) for; to (sb)", Sentence: "我给你打电话。"},
		{Word: "萨", Reading: "sa4", Meaning: "used in 菩薩|菩萨[pu2 sa4]", Sentence: "菩萨很慈悲。"},
		{Word: "比赛", Reading: "bi3 sai4", Meaning: "competition (sports etc); match; CL:場|场[chang3],次[ci4]",
			Others:      []string{"to compete", "see 菩薩|菩萨[pu2 sa4]", "(colloquial pr. [nei4])"},
			Sentence:    "他们在讨论今天晚上的那场非常重要而且所有人都一直期待着的足球比赛，大家都觉得结果很难预料，但是每个人心里都有自己支持的球队。",
			Translation: "They were discussing tonight's very important football match."},
	}
}

var readings = map[string]string{"只要": "zhi3 yao4", "我们": "wo3 men5", "为": "wei4", "客户": "ke4 hu4", "提供": "ti2 gong1",
	"价值": "jia4 zhi2", "就": "jiu4", "会": "hui4", "回来": "hui2 lai2", "客户端": "ke4 hu4 duan1", "也": "ye3", "一样": "yi1 yang4",
	"将": "jiang1", "改变": "gai3 bian4", "世界": "shi4 jie4"}

func TestLearnerSees(t *testing.T) {
	path := filepath.Join(t.TempDir(), "l.apkg")
	if err := WriteAPKG(path, learnerNotes(), testOptions(false)); err != nil {
		t.Fatal(err)
	}
	p, err := ankitest.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range p.Problems() {
		t.Error(pr)
	}
	// Identities stay what they were: a re-export updates the notes in place.
	guids := map[string]bool{}
	for _, n := range p.Notes {
		guids[n.GUID] = true
	}
	for _, n := range learnerNotes() {
		if !guids[GUID(n.Word, n.Reading)] {
			t.Errorf("%s %s: guid %s not in the package", n.Word, n.Reading, GUID(n.Word, n.Reading))
		}
	}
	note := func(first string) *ankitest.Note {
		for i := range p.Notes {
			if strings.HasPrefix(p.Notes[i].First, first) {
				return &p.Notes[i]
			}
		}
		t.Fatalf("no note %s", first)
		return nil
	}
	client := p.Cards(note("客户"))
	recall := client[1]
	if got := ankitest.Visible(recall.Front, "hl", "hc", "far"); !strings.Contains(got, "只要我们为提供价值，就会回来，端也一样。") {
		t.Errorf("客户's recall front: %q, want every 客户 blanked", got)
	}
	if !strings.Contains(recall.Back, `<span class=hl><span class=t4>kè</span><span class=t4>hù</span></span>`) {
		t.Errorf("客户's sentence pinyin does not highlight the word: %q", recall.Back)
	}
	if strings.Contains(ankitest.Visible(recall.Back, "answered"), "客户端") == false {
		t.Errorf("客户's back lost the whole sentence: %q", recall.Back)
	}
	jiang := 0
	for _, n := range p.Notes {
		if strings.HasPrefix(n.First, "将") {
			jiang++
			front := ankitest.Visible(p.Cards(&n)[0].Front)
			if front == "recognise\n将" || !strings.Contains(front, "将") {
				t.Errorf("将's recognition front shows only the characters: %q", front)
			}
		}
	}
	if jiang != 2 {
		t.Errorf("%d notes for 将, want 2", jiang)
	}
	match := *note("比赛")
	m := match.Fields["Meaning"]
	for _, want := range []string{"classifiers: 场 chǎng, 次 cì", "<div class=others>to compete · see 菩萨 púsà · (colloquial pr. nèi)</div>"} {
		if !strings.Contains(m, want) {
			t.Errorf("比赛's meaning %q lacks %q", m, want)
		}
	}
	front := ankitest.Visible(p.Cards(&match)[1].Front, "hl", "hc", "far")
	if !strings.Contains(front, "足球") || strings.Contains(front, "球队") {
		t.Errorf("比赛's long sentence: front %q, want the clause around the word", front)
	}
	if !strings.Contains(ankitest.Text(p.Cards(&match)[1].Back), "支持的球队") {
		t.Error("比赛's back lacks the whole sentence")
	}
}

// TestProblemsFound: the checker sees an answer on a front, raw notation,
// a duplicate first field and leftover template syntax.
func TestProblemsFound(t *testing.T) {
	p := &ankitest.Package{
		Templates: []ankitest.Template{{Name: "Recall", Front: "{{Meaning}} {{Sentence}}", Back: "{{FrontSide}} {{Nope}}"}},
		Notes: []ankitest.Note{
			{First: "银行", Fields: map[string]string{"Hanzi": "银行", "Pinyin": "yínháng", "Meaning": "bank (CL:家[jia1])", "Sentence": "我去银行。", "Traditional": ""}},
			{First: "银行", Fields: map[string]string{"Hanzi": "银行", "Pinyin": "yínxíng", "Meaning": "x", "Sentence": "", "Traditional": ""}},
		},
	}
	got := strings.Join(p.Problems(), "\n")
	for _, want := range []string{"gives the answer", "raw dictionary notation", "first field", "template syntax"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
}
